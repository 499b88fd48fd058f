// "Ektu QA" properties group: localized names (qa:name-kk/ru/en) on the process and flow nodes,
// qa:fourEyes on user tasks, and the service task's `implementation` (the Camunda panel only
// edits camunda:class/expression/delegateExpression, while the engine reads `implementation`).

import { h } from '@bpmn-io/properties-panel/preact';
import { CheckboxEntry, TextFieldEntry, isCheckboxEntryEdited, isTextFieldEntryEdited } from '@bpmn-io/properties-panel';
import { useService } from 'bpmn-js-properties-panel';
import { getBusinessObject, is } from 'bpmn-js/lib/util/ModelUtil';

const HANDLER = /^\$\{\s*environment\.services\.([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*)\s*\}$/;

const CULTURES = [
  [ 'kk', 'Name (Kazakh)' ],
  [ 'ru', 'Name (Russian)' ],
  [ 'en', 'Name (English)' ],
];

function LocalizedNameEntry(props) {
  const { element, id, culture, label } = props;
  const modeling = useService('modeling');
  const translate = useService('translate');
  const debounce = useService('debounceInput');
  const property = 'qa:name-' + culture;

  return h(TextFieldEntry, {
    element,
    id,
    label: translate(label),
    debounce,
    getValue: () => getBusinessObject(element).get(property) || '',
    setValue: (value) => modeling.updateProperties(element, { [property]: value ? value : undefined }),
  });
}

function FourEyesEntry(props) {
  const { element, id } = props;
  const modeling = useService('modeling');
  const translate = useService('translate');

  return h(CheckboxEntry, {
    element,
    id,
    label: translate('Four-eyes principle'),
    description: translate('The approver must differ from the initiator and from earlier approvers of the instance.'),
    getValue: () => getBusinessObject(element).get('qa:fourEyes') === true,
    setValue: (value) => modeling.updateProperties(element, { 'qa:fourEyes': value ? true : undefined }),
  });
}

export function handlerKeyOf(implementation) {
  const match = HANDLER.exec(implementation || '');
  return match ? match[1] : (implementation || '');
}

export function implementationOf(handlerKey) {
  const value = (handlerKey || '').trim();
  if (!value) {
    return undefined;
  }
  return value.indexOf('${') === 0 ? value : '${environment.services.' + value + '}';
}

function ServiceHandlerEntry(props) {
  const { element, id } = props;
  const modeling = useService('modeling');
  const translate = useService('translate');
  const debounce = useService('debounceInput');

  return h(TextFieldEntry, {
    element,
    id,
    label: translate('Service handler'),
    description: translate('Handler key, e.g. Workflow.Remind; stored as ${environment.services.<key>}.'),
    debounce,
    getValue: () => handlerKeyOf(getBusinessObject(element).get('implementation')),
    setValue: (value) => modeling.updateProperties(element, { implementation: implementationOf(value) }),
  });
}

function isHandlerEdited(node) {
  return isTextFieldEntryEdited(node);
}

export default function QaPropertiesProvider(propertiesPanel, translate) {
  this._translate = translate;
  propertiesPanel.registerProvider(400, this);
}

QaPropertiesProvider.$inject = [ 'propertiesPanel', 'translate' ];

QaPropertiesProvider.prototype.getGroups = function(element) {
  const translate = this._translate;

  return function(groups) {
    const bo = getBusinessObject(element);
    const entries = [];

    if (is(bo, 'bpmn:Process') || is(bo, 'bpmn:FlowNode')) {
      for (const [ culture, label ] of CULTURES) {
        entries.push({ id: 'qa-name-' + culture, component: LocalizedNameEntry, culture, label, isEdited: isTextFieldEntryEdited });
      }
    }
    if (is(bo, 'bpmn:UserTask')) {
      entries.push({ id: 'qa-four-eyes', component: FourEyesEntry, isEdited: isCheckboxEntryEdited });
    }
    if (is(bo, 'bpmn:ServiceTask')) {
      entries.push({ id: 'qa-service-handler', component: ServiceHandlerEntry, isEdited: isHandlerEdited });
    }
    if (!entries.length) {
      return groups;
    }

    const group = { id: 'ektu-qa', label: translate('Ektu QA'), entries };
    const general = groups.findIndex((g) => g.id === 'general');
    groups.splice(general >= 0 ? general + 1 : 0, 0, group);
    return groups;
  };
};
