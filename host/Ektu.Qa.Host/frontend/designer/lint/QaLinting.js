// Live in-browser lint: runs bpmnlint after every model change, marks the elements on the
// canvas and lists the problems in the configured list element (click selects the element).
// Server validation problems (from the page) are shown the same way until the model changes.

import { createLinter, flattenResults } from './config';
import { translateLintMessage } from '../i18n/translate';

const MARKERS = { error: 'qa-lint-error', 'rule-error': 'qa-lint-error', warn: 'qa-lint-warn', info: 'qa-lint-warn', server: 'qa-lint-server' };

export default function QaLinting(config, eventBus, bpmnjs, canvas, elementRegistry, overlays, selection, translate) {
  this._config = config || {};
  this._bpmnjs = bpmnjs;
  this._canvas = canvas;
  this._elementRegistry = elementRegistry;
  this._overlays = overlays;
  this._selection = selection;
  this._translate = translate;
  this._marked = [];
  this._serverProblems = (this._config.serverProblems || []).map((p) => ({
    id: p.elementId || null, message: p.message, category: 'server', rule: 'server',
  }));
  this._problems = [];
  this._timer = null;
  this._run = 0;

  const schedule = () => this.schedule();

  eventBus.on('import.done', () => this.lint());
  eventBus.on('commandStack.changed', () => {
    // server problems describe the saved model; after an edit the live lint takes over
    this._serverProblems = [];
    schedule();
  });
}

QaLinting.$inject = [ 'config.qaLinting', 'eventBus', 'bpmnjs', 'canvas', 'elementRegistry', 'overlays', 'selection', 'translate' ];

QaLinting.prototype.schedule = function() {
  clearTimeout(this._timer);
  this._timer = setTimeout(() => this.lint(), 300);
};

/**
 * Lints the current definitions; resolves with the flattened problems.
 */
QaLinting.prototype.lint = function() {
  const definitions = this._bpmnjs.getDefinitions();
  const run = ++this._run;
  if (!definitions) {
    return Promise.resolve([]);
  }
  // a fresh linter per run: some bpmnlint rules keep state in their factory closure
  return createLinter().lint(definitions).then((results) => {
    if (run !== this._run) {
      return this._problems;
    }
    this._problems = this._serverProblems.concat(flattenResults(results));
    this._render();
    return this._problems;
  });
};

QaLinting.prototype.getProblems = function() {
  return this._problems.slice();
};

QaLinting.prototype._render = function() {
  const canvas = this._canvas;
  const overlays = this._overlays;
  const translate = this._translate;
  const registry = this._elementRegistry;

  for (const [ id, marker ] of this._marked) {
    if (registry.get(id)) {
      canvas.removeMarker(id, marker);
    }
  }
  this._marked = [];
  overlays.remove({ type: 'qa-lint' });

  const byElement = new Map();
  for (const problem of this._problems) {
    const element = problem.id && registry.get(problem.id);
    if (!element || element === canvas.getRootElement()) {
      continue;
    }
    if (!byElement.has(problem.id)) {
      byElement.set(problem.id, []);
    }
    byElement.get(problem.id).push(problem);
  }

  for (const [ id, problems ] of byElement) {
    const element = registry.get(id);
    const worst = problems.some((p) => p.category === 'server') ? 'server'
      : problems.some((p) => p.category === 'error' || p.category === 'rule-error') ? 'error' : 'warn';
    const marker = MARKERS[worst];
    canvas.addMarker(id, marker);
    this._marked.push([ id, marker ]);

    if (!element.waypoints) {
      const badge = document.createElement('div');
      badge.className = 'qa-lint-badge qa-lint-badge-' + worst;
      badge.textContent = String(problems.length);
      badge.title = problems.map((p) => translateLintMessage(translate, p.message)).join('\n');
      overlays.add(id, 'qa-lint', { position: { top: -8, right: 8 }, html: badge });
    }
  }

  this._renderList();
};

QaLinting.prototype._renderList = function() {
  const list = this._config.list;
  if (!list) {
    return;
  }
  const translate = this._translate;
  const registry = this._elementRegistry;
  const errors = this._problems.filter((p) => p.category !== 'warn' && p.category !== 'info').length;

  list.setAttribute('data-error-count', String(errors));
  list.setAttribute('data-warning-count', String(this._problems.length - errors));
  list.replaceChildren();

  if (!this._problems.length) {
    const li = document.createElement('li');
    li.className = 'list-group-item qa-lint-ok';
    li.textContent = translate('No problems found');
    list.appendChild(li);
    return;
  }

  for (const problem of this._problems) {
    const li = document.createElement('li');
    const kind = problem.category === 'server' ? 'server' : (problem.category === 'warn' || problem.category === 'info') ? 'warn' : 'error';
    li.className = 'list-group-item list-group-item-action qa-lint-item qa-lint-item-' + kind;
    li.setAttribute('role', 'button');
    li.tabIndex = 0;
    if (problem.id) {
      li.dataset.elementId = problem.id;
    }

    const badge = document.createElement('span');
    badge.className = 'badge me-2 ' + (kind === 'warn' ? 'text-bg-warning' : 'text-bg-danger');
    badge.textContent = kind === 'server' ? translate('Server') : kind === 'warn' ? translate('Warning') : translate('Error');
    li.appendChild(badge);

    const element = problem.id && registry.get(problem.id);
    const name = element && element.businessObject && element.businessObject.name;
    const where = document.createElement('code');
    where.className = 'me-2';
    where.textContent = (problem.id || '') + (name ? ' (' + name + ')' : '');
    li.appendChild(where);

    li.appendChild(document.createTextNode(translateLintMessage(translate, problem.message)));

    const select = () => this.selectElement(problem.id);
    li.addEventListener('click', select);
    li.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        select();
      }
    });
    list.appendChild(li);
  }
};

QaLinting.prototype.selectElement = function(id) {
  const element = id && this._elementRegistry.get(id);
  if (!element) {
    return;
  }
  this._selection.select(element);
  if (element !== this._canvas.getRootElement()) {
    this._canvas.scrollToElement(element);
  }
};
