// bpmn-js "translate" override: English templates are the keys; Kazakh and Russian dictionaries
// cover the palette, context pad, replace menu, the most visible properties-panel labels and
// the lint messages. Unknown templates stay English.
import kk from './kk';
import ru from './ru';

const DICTIONARIES = { kk, ru };

export function cultureOf(value) {
  const culture = String(value || 'en').toLowerCase().slice(0, 2);
  return DICTIONARIES[culture] ? culture : 'en';
}

export function createTranslate(culture) {
  const dictionary = DICTIONARIES[cultureOf(culture)] || {};
  return function translate(template, replacements) {
    replacements = replacements || {};
    const text = Object.prototype.hasOwnProperty.call(dictionary, template) ? dictionary[template] : template;
    return text.replace(/{([^}]+)}/g, (match, key) => (key in replacements ? replacements[key] : match));
  };
}

export function translateModule(culture) {
  return { translate: [ 'value', createTranslate(culture) ] };
}

// bpmnlint messages that embed the element type (e.g. "bpmn:Process is missing end event")
const PATTERNS = [
  [ /^(bpmn:\w+) is missing start event$/, '{type} is missing start event' ],
  [ /^(bpmn:\w+) is missing end event$/, '{type} is missing end event' ],
  [ /^(bpmn:\w+) has multiple blank start events$/, '{type} has multiple blank start events' ],
];

const TYPE_NAMES = { 'bpmn:Process': 'Process', 'bpmn:SubProcess': 'Sub-process' };

export function translateLintMessage(translate, message) {
  for (const [ pattern, template ] of PATTERNS) {
    const match = pattern.exec(message);
    if (match) {
      return translate(template, { type: translate(TYPE_NAMES[match[1]] || match[1]) });
    }
  }
  return translate(message);
}
