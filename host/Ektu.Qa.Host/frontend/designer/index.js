// BPMN designer (edit mode) and instance viewer (view mode) for the Workflow pages.
// DOM contract (written by the Razor pages):
//   <div id="bpmn-designer" data-mode="edit|view" data-culture="kk|ru|en" data-xml-url="..."
//        data-problems='[{"elementId":"..","message":".."}]' data-completed="A,B" data-active="C">
//   edit mode: #bpmn-properties, #bpmn-lint, form#designer-form with input#designer-xml,
//              button#designer-export, input#designer-import, #designer-unsaved (all optional)
//   Unsaved edits: #designer-unsaved is shown and data-dirty="true" set on the container while the diagram differs from
//   the stored draft, and leaving the page asks first (beforeunload); saving clears both.
// window.qaDesigner is the bpmn-js instance (Modeler or NavigatedViewer).

import Modeler from 'bpmn-js/lib/Modeler';
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import {
  BpmnPropertiesPanelModule,
  BpmnPropertiesProviderModule,
  CamundaPlatformPropertiesProviderModule,
} from 'bpmn-js-properties-panel';
import CamundaBehaviorsModule from 'camunda-bpmn-js-behaviors/lib/camunda-platform';
import camundaModdle from 'camunda-bpmn-moddle/resources/camunda.json';

import qaModdle from './qa-moddle.json';
import { createTranslate, cultureOf, translateModule } from './i18n/translate';
import LintModule from './lint';
import SubsetModule from './modeling';
import QaPropertiesModule from './properties';

const moddleExtensions = { camunda: camundaModdle, qa: qaModdle };

function splitIds(value) {
  return String(value || '').split(',').map((s) => s.trim()).filter(Boolean);
}

function parseProblems(value) {
  if (!value) {
    return [];
  }
  try {
    const problems = JSON.parse(value);
    return Array.isArray(problems) ? problems : [];
  } catch (e) {
    return [];
  }
}

function messageBox(container) {
  let box = document.getElementById('designer-messages');
  if (!box) {
    box = document.createElement('div');
    box.id = 'designer-messages';
    container.parentNode.insertBefore(box, container);
  }
  return box;
}

function showMessage(container, kind, text, details) {
  const box = messageBox(container);
  const alert = document.createElement('div');
  alert.className = 'alert alert-' + kind + ' alert-dismissible qa-designer-message';
  alert.setAttribute('role', kind === 'danger' ? 'alert' : 'status');
  alert.appendChild(document.createTextNode(text));
  if (details && details.length) {
    const ul = document.createElement('ul');
    ul.className = 'mb-0';
    for (const d of details) {
      const li = document.createElement('li');
      li.textContent = d;
      ul.appendChild(li);
    }
    alert.appendChild(ul);
  }
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'btn-close';
  close.setAttribute('aria-label', 'Close');
  close.addEventListener('click', () => alert.remove());
  alert.appendChild(close);
  box.replaceChildren(alert);
}

async function fetchXml(url) {
  const response = await fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/xml, text/xml, */*' } });
  if (!response.ok) {
    throw new Error(response.status + ' ' + response.statusText);
  }
  return response.text();
}

function processIdOf(bpmnjs) {
  const definitions = bpmnjs.getDefinitions();
  const process = definitions && (definitions.rootElements || []).find((e) => e.$type === 'bpmn:Process');
  return (process && process.id) || 'process';
}

async function importInto(bpmnjs, container, xml, translate) {
  try {
    const { warnings } = await bpmnjs.importXML(xml);
    if (warnings && warnings.length) {
      showMessage(container, 'warning', translate('Imported with {count} warning(s):', { count: warnings.length }),
        warnings.map((w) => w.message));
    }
    return true;
  } catch (err) {
    showMessage(container, 'danger', translate('Import failed: {message}', { message: err.message }),
      (err.warnings || []).map((w) => w.message));
    return false;
  }
}

function fit(bpmnjs) {
  const canvas = bpmnjs.get('canvas');
  canvas.zoom('fit-viewport', 'auto');
}

// Tracks edits since the diagram was loaded or saved: a marker on the page and a question before leaving it.
function dirtyGuard(modeler, container) {
  const marker = document.getElementById('designer-unsaved');
  let dirty = false;
  const set = (value) => {
    dirty = value;
    container.dataset.dirty = String(value);
    if (marker) {
      marker.hidden = !value;
    }
  };
  // importXML clears the command stack ("clear"); every other change is an edit of the user's.
  modeler.on('commandStack.changed', (event) => {
    if (event.trigger !== 'clear') {
      set(true);
    }
  });
  window.addEventListener('beforeunload', (event) => {
    if (dirty) {
      event.preventDefault();
      event.returnValue = '';
    }
  });
  return { set, get dirty() { return dirty; } };
}

function wireForm(modeler, guard) {
  const form = document.getElementById('designer-form');
  const field = document.getElementById('designer-xml');
  if (!form || !field) {
    return;
  }
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    modeler.saveXML({ format: true }).then(({ xml }) => {
      field.value = xml;
      // The edits travel with this post: leaving the page to save them is not losing them.
      guard.set(false);
      // form.submit() skips the submit event (no second round through this handler); the page handler is in the action URL.
      HTMLFormElement.prototype.submit.call(form);
    }, (err) => showMessage(document.getElementById('bpmn-designer'), 'danger', String(err && err.message || err)));
  });
}

function wireExport(modeler, container, translate) {
  const button = document.getElementById('designer-export');
  if (!button) {
    return;
  }
  button.addEventListener('click', async (event) => {
    event.preventDefault();
    try {
      const { xml } = await modeler.saveXML({ format: true });
      const blob = new Blob([ xml ], { type: 'application/xml' });
      const link = document.createElement('a');
      link.href = URL.createObjectURL(blob);
      link.download = processIdOf(modeler) + '.bpmn';
      document.body.appendChild(link);
      link.click();
      setTimeout(() => {
        URL.revokeObjectURL(link.href);
        link.remove();
      }, 0);
    } catch (err) {
      showMessage(container, 'danger', translate('Could not export the diagram: {message}', { message: err.message }));
    }
  });
}

function wireImport(modeler, container, translate, guard) {
  const input = document.getElementById('designer-import');
  if (!input) {
    return;
  }
  input.addEventListener('change', async () => {
    const file = input.files && input.files[0];
    if (!file) {
      return;
    }
    const xml = await file.text();
    if (await importInto(modeler, container, xml, translate)) {
      fit(modeler);
      guard.set(true);
      if (!document.querySelector('#designer-messages .alert-warning')) {
        showMessage(container, 'info', translate('Diagram {file} imported; save to keep it.', { file: file.name }));
      }
    }
    input.value = '';
  });
}

async function startEditor(container) {
  const culture = cultureOf(container.dataset.culture || document.documentElement.lang);
  const translate = createTranslate(culture);
  const propertiesParent = document.getElementById('bpmn-properties');

  const modeler = new Modeler({
    container,
    moddleExtensions,
    propertiesPanel: propertiesParent ? { parent: propertiesParent } : undefined,
    qaLinting: {
      list: document.getElementById('bpmn-lint'),
      serverProblems: parseProblems(container.dataset.problems),
    },
    additionalModules: [
      BpmnPropertiesPanelModule,
      BpmnPropertiesProviderModule,
      CamundaPlatformPropertiesProviderModule,
      CamundaBehaviorsModule,
      QaPropertiesModule,
      SubsetModule,
      LintModule,
      translateModule(culture),
    ],
  });
  window.qaDesigner = modeler;

  const guard = dirtyGuard(modeler, container);
  wireForm(modeler, guard);
  wireExport(modeler, container, translate);
  wireImport(modeler, container, translate, guard);

  const url = container.dataset.xmlUrl;
  // After a refused save the page echoes the posted diagram: the designer keeps the user's edits, not the stored draft.
  const posted = document.getElementById('designer-posted-xml');
  let imported = false;
  if (posted && posted.value.trim()) {
    imported = await importInto(modeler, container, posted.value, translate);
    // A refused save: the echoed diagram is still not stored.
    guard.set(imported);
  } else if (url) {
    try {
      imported = await importInto(modeler, container, await fetchXml(url), translate);
    } catch (err) {
      showMessage(container, 'danger', translate('Could not load the diagram: {message}', { message: err.message }));
    }
  } else {
    await modeler.createDiagram();
    imported = true;
  }
  if (imported) {
    fit(modeler);
  }
  container.dataset.ready = 'true';
  return modeler;
}

async function startViewer(container) {
  const culture = cultureOf(container.dataset.culture || document.documentElement.lang);
  const translate = createTranslate(culture);
  const viewer = new NavigatedViewer({ container, moddleExtensions, additionalModules: [ translateModule(culture) ] });
  window.qaDesigner = viewer;

  try {
    const ok = await importInto(viewer, container, await fetchXml(container.dataset.xmlUrl), translate);
    if (ok) {
      const canvas = viewer.get('canvas');
      const registry = viewer.get('elementRegistry');
      const mark = (ids, marker) => {
        for (const id of ids) {
          if (registry.get(id)) {
            canvas.addMarker(id, marker);
          }
        }
      };
      mark(splitIds(container.dataset.completed), 'qa-completed');
      mark(splitIds(container.dataset.active), 'qa-active');
      mark(parseProblems(container.dataset.problems).map((p) => p.elementId).filter(Boolean), 'qa-lint-server');
      fit(viewer);
    }
  } catch (err) {
    showMessage(container, 'danger', translate('Could not load the diagram: {message}', { message: err.message }));
  }
  container.dataset.ready = 'true';
  return viewer;
}

function start() {
  const container = document.getElementById('bpmn-designer');
  if (!container) {
    return;
  }
  const run = container.dataset.mode === 'view' ? startViewer : startEditor;
  run(container).catch((err) => {
    container.dataset.ready = 'error';
    showMessage(container, 'danger', err.message);
  });
}

if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', start);
} else {
  start();
}
