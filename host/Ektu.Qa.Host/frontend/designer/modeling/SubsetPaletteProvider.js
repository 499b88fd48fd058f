// Replaces the default palette's create entries with the executable subset only
// (the default palette offers generic tasks, throw events, data objects, pools, groups).

const KEPT_TOOLS = [ 'hand-tool', 'lasso-tool', 'space-tool', 'global-connect-tool', 'tool-separator' ];

export default function SubsetPaletteProvider(palette, create, elementFactory, translate) {
  this._create = create;
  this._elementFactory = elementFactory;
  this._translate = translate;

  // lower than the default provider (1000): this updater sees and rewrites its entries
  palette.registerProvider(500, this);
}

SubsetPaletteProvider.$inject = [ 'palette', 'create', 'elementFactory', 'translate' ];

SubsetPaletteProvider.prototype.getPaletteEntries = function() {
  const create = this._create;
  const elementFactory = this._elementFactory;
  const translate = this._translate;

  function createAction(attrs, group, className, title) {
    function start(event) {
      create.start(event, elementFactory.createShape({ ...attrs }));
    }
    return { group, className, title: translate(title), action: { dragstart: start, click: start } };
  }

  const ours = {
    'create.start-event': createAction({ type: 'bpmn:StartEvent' }, 'event', 'bpmn-icon-start-event-none', 'Create start event'),
    'create.timer-catch': createAction({ type: 'bpmn:IntermediateCatchEvent', eventDefinitionType: 'bpmn:TimerEventDefinition' },
      'event', 'bpmn-icon-intermediate-event-catch-timer', 'Create timer event (drop on a task border for a boundary timer)'),
    'create.message-catch': createAction({ type: 'bpmn:IntermediateCatchEvent', eventDefinitionType: 'bpmn:MessageEventDefinition' },
      'event', 'bpmn-icon-intermediate-event-catch-message', 'Create message intermediate catch event'),
    'create.end-event': createAction({ type: 'bpmn:EndEvent' }, 'event', 'bpmn-icon-end-event-none', 'Create end event'),
    'create.terminate-end': createAction({ type: 'bpmn:EndEvent', eventDefinitionType: 'bpmn:TerminateEventDefinition' },
      'event', 'bpmn-icon-end-event-terminate', 'Create terminate end event'),
    'create.exclusive-gateway': createAction({ type: 'bpmn:ExclusiveGateway' }, 'gateway', 'bpmn-icon-gateway-xor', 'Create exclusive gateway'),
    'create.parallel-gateway': createAction({ type: 'bpmn:ParallelGateway' }, 'gateway', 'bpmn-icon-gateway-parallel', 'Create parallel gateway'),
    'create.inclusive-gateway': createAction({ type: 'bpmn:InclusiveGateway' }, 'gateway', 'bpmn-icon-gateway-or', 'Create inclusive gateway'),
    'create.user-task': createAction({ type: 'bpmn:UserTask' }, 'activity', 'bpmn-icon-user-task', 'Create user task'),
    'create.service-task': createAction({ type: 'bpmn:ServiceTask' }, 'activity', 'bpmn-icon-service-task', 'Create service task'),
  };

  return function(entries) {
    const result = {};
    for (const key of KEPT_TOOLS) {
      if (entries[key]) {
        result[key] = entries[key];
      }
    }
    Object.assign(result, ours);

    // the default entry creates the sub-process together with its start event
    if (entries['create.subprocess-expanded']) {
      result['create.subprocess-expanded'] = entries['create.subprocess-expanded'];
    }
    return result;
  };
};
