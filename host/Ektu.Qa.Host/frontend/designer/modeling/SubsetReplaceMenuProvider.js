// Limits the "change element" menu to replacements inside the executable subset.

import { is, getBusinessObject } from 'bpmn-js/lib/util/ModelUtil';

const ALLOWED = [
  'replace-with-none-start',
  'replace-with-none-end',
  'replace-with-terminate-end',
  'replace-with-error-end',
  'replace-with-user-task',
  'replace-with-service-task',
  'replace-with-expanded-subprocess',
  'replace-with-subprocess',
  'replace-with-exclusive-gateway',
  'replace-with-parallel-gateway',
  'replace-with-inclusive-gateway',
  'replace-with-timer-intermediate-catch',
  'replace-with-message-intermediate-catch',
  'replace-with-timer-boundary',
  'replace-with-non-interrupting-timer-boundary',
  'replace-with-error-boundary',
  'replace-with-sequence-flow',
  'replace-with-default-flow',
  'replace-with-conditional-flow',
];

function isErrorBoundary(element) {
  const bo = getBusinessObject(element);
  return is(bo, 'bpmn:BoundaryEvent') &&
    (bo.eventDefinitions || []).some((d) => is(d, 'bpmn:ErrorEventDefinition'));
}

export default function SubsetReplaceMenuProvider(popupMenu) {
  popupMenu.registerProvider('bpmn-replace', 500, this);
}

SubsetReplaceMenuProvider.$inject = [ 'popupMenu' ];

SubsetReplaceMenuProvider.prototype.getPopupMenuEntries = function() {
  return function(entries) {
    const result = {};
    for (const key of Object.keys(entries)) {
      if (ALLOWED.indexOf(key) >= 0) {
        result[key] = entries[key];
      }
    }
    return result;
  };
};

SubsetReplaceMenuProvider.prototype.getPopupMenuHeaderEntries = function(target) {
  return function(entries) {
    const result = {};
    for (const key of Object.keys(entries)) {
      const multiInstance = key === 'toggle-parallel-mi' || key === 'toggle-sequential-mi';
      if (multiInstance && is(target, 'bpmn:UserTask')) {
        result[key] = entries[key];
      }
      if (key === 'toggle-non-interrupting' && is(target, 'bpmn:BoundaryEvent') && !isErrorBoundary(target)) {
        result[key] = entries[key];
      }
    }
    return result;
  };
};
