// Limits the context pad to the executable subset: appends create user/service tasks,
// exclusive gateways, timer catch events and end events only.

import { is } from 'bpmn-js/lib/util/ModelUtil';

const KEPT = [ 'append.end-event', 'append.gateway', 'replace', 'delete', 'connect' ];

export default function SubsetContextPadProvider(contextPad, create, elementFactory, translate, injector) {
  this._create = create;
  this._elementFactory = elementFactory;
  this._translate = translate;
  this._autoPlace = injector.get('autoPlace', false);

  contextPad.registerProvider(500, this);
}

SubsetContextPadProvider.$inject = [ 'contextPad', 'create', 'elementFactory', 'translate', 'injector' ];

SubsetContextPadProvider.prototype.getContextPadEntries = function(element) {
  const create = this._create;
  const elementFactory = this._elementFactory;
  const translate = this._translate;
  const autoPlace = this._autoPlace;

  function appendAction(attrs, className, title) {
    function appendStart(event, source) {
      create.start(event, elementFactory.createShape({ ...attrs }), { source });
    }
    const append = autoPlace ? function(event, source) {
      autoPlace.append(source, elementFactory.createShape({ ...attrs }));
    } : appendStart;

    return { group: 'model', className, title: translate(title), action: { dragstart: appendStart, click: append } };
  }

  return function(entries) {
    const result = {};
    const canAppend = !!entries['append.end-event'];

    for (const key of Object.keys(entries)) {
      if (KEPT.indexOf(key) >= 0) {
        result[key] = entries[key];
      }
    }

    if (canAppend && !is(element, 'bpmn:SequenceFlow')) {
      Object.assign(result, {
        'append.user-task': appendAction({ type: 'bpmn:UserTask' }, 'bpmn-icon-user-task', 'Append user task'),
        'append.service-task': appendAction({ type: 'bpmn:ServiceTask' }, 'bpmn-icon-service-task', 'Append service task'),
        'append.timer-catch': appendAction({ type: 'bpmn:IntermediateCatchEvent', eventDefinitionType: 'bpmn:TimerEventDefinition' },
          'bpmn-icon-intermediate-event-catch-timer', 'Append timer intermediate catch event'),
      });
    }
    return result;
  };
};
