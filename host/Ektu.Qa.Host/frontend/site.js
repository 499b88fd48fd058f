// Ektu.Qa.Host front-end entry point, bundled by frontend/build.mjs into wwwroot/lib/site.bundle.js (IIFE).
// Third-party code comes from npm (package-lock.json); nothing here is downloaded at run time.
import bootstrap from 'bootstrap/dist/js/bootstrap.bundle.js';
import htmx from 'htmx.org';

// Expose the libraries to the other bundles (the ESM builds do not set globals).
window.bootstrap = bootstrap;
window.htmx = htmx;
// The Content-Security-Policy allows no eval: hx-on handlers and js: expressions would be refused anyway; page code lives
// in this bundle, wired by data attributes and element ids, not in inline scripts or on* attributes.
htmx.config.allowEval = false;

// <a|button data-confirm="Delete this document?">: ask before following the link / submitting / triggering htmx.
// Capture phase so it runs before htmx's own click handler; delegated so swapped-in content is covered too.
document.addEventListener('click', (event) => {
  const el = event.target instanceof Element ? event.target.closest('[data-confirm]') : null;
  if (el && !el.matches('form') && !window.confirm(el.getAttribute('data-confirm'))) {
    event.preventDefault();
    event.stopImmediatePropagation();
  }
}, true);

// <form data-confirm="..."> asks on submit (covers Enter-key submits as well as buttons).
document.addEventListener('submit', (event) => {
  const form = event.target;
  if (form instanceof HTMLFormElement && form.hasAttribute('data-confirm')
      && !window.confirm(form.getAttribute('data-confirm'))) {
    event.preventDefault();
    event.stopImmediatePropagation();
  }
}, true);

// <select|input data-autosubmit> submits its form on change (culture switcher, list filters, "overdue only" boxes).
// requestSubmit() fires the submit event, so validation, data-confirm and hx-post forms behave as usual.
document.addEventListener('change', (event) => {
  const field = event.target;
  if ((field instanceof HTMLSelectElement || field instanceof HTMLInputElement) && field.hasAttribute('data-autosubmit') && field.form) {
    field.form.requestSubmit();
  }
});

// Page scripts: each starts when its page's element is there (the bundle is deferred, so the document is parsed).
permissionEditor(document.getElementById('permission-editor'));
kpiChart(document.getElementById('kpi-chart'), document.getElementById('kpi-data'));
document.querySelectorAll('canvas[data-chart]').forEach(dashboardChart);
cronFields(document.getElementById('cron-kind'));
document.querySelectorAll('[data-unit-picker]').forEach(unitPicker);

// <unit-picker>: a filter box over the tree-ordered select. Typing hides the units that neither match nor lead to a
// match (a match keeps its ancestors, so the tree still reads) and chooses the first match.
function unitPicker(picker) {
  const filter = picker.querySelector('.unit-filter');
  const select = picker.querySelector('select');
  if (!filter || !select) return;
  filter.hidden = false;
  const options = [...select.options].filter((o) => o.value);
  const byId = new Map(options.map((o) => [o.value, o]));
  filter.addEventListener('input', () => {
    const text = filter.value.trim().toLocaleLowerCase();
    const matches = (o) => o.textContent.toLocaleLowerCase().includes(text);
    const keep = new Set();
    options.forEach((o) => {
      if (text && !matches(o)) return;
      for (let a = o; a && !keep.has(a); a = byId.get(a.dataset.parent)) keep.add(a);
    });
    options.forEach((o) => { o.hidden = !keep.has(o); });
    // The choice follows the filter: the first unit that matches, unless the chosen one matches already.
    const chosen = select.selectedOptions[0];
    if (text && !(chosen && chosen.value && matches(chosen))) {
      const first = options.find(matches);
      if (first) select.value = first.value;
    }
  });
}

// Role permissions: "select all" per group (checked / indeterminate), search filter, granted count.
function permissionEditor(form) {
  const search = document.getElementById('permission-search');
  if (!form || !search) return;
  const sync = () => {
    form.querySelectorAll('.permission-group').forEach((g) => {
      const boxes = [...g.querySelectorAll('.permission-item:not(.d-none) input')];
      const all = g.querySelector('.select-all');
      all.checked = boxes.length > 0 && boxes.every((b) => b.checked);
      all.indeterminate = !all.checked && boxes.some((b) => b.checked);
    });
    document.getElementById('granted-count').textContent = form.querySelectorAll('input[name=granted]:checked').length;
  };
  form.addEventListener('change', (e) => {
    if (e.target.classList.contains('select-all')) {
      e.target.closest('.permission-group').querySelectorAll('.permission-item:not(.d-none) input').forEach((b) => { b.checked = e.target.checked; });
    }
    sync();
  });
  search.addEventListener('input', (e) => {
    const q = e.target.value.trim().toLowerCase();
    form.querySelectorAll('.permission-group').forEach((g) => {
      let visible = 0;
      g.querySelectorAll('.permission-item').forEach((i) => {
        const hit = !q || i.dataset.search.includes(q);
        i.classList.toggle('d-none', !hit);
        visible += hit;
      });
      g.classList.toggle('d-none', visible === 0);
    });
    sync();
  });
  sync();
}

// KPI indicator: target and actual lines; Chart.js is loaded by that page only (a classic script before this deferred one).
function kpiChart(canvas, json) {
  if (!canvas || !json || !window.Chart) return;
  const data = JSON.parse(json.textContent);
  new window.Chart(canvas, {
    type: 'line',
    data: {
      labels: data.labels,
      datasets: [
        { label: canvas.dataset.targetLabel, data: data.target, borderDash: [6, 4], borderColor: '#0d6efd', spanGaps: true },
        { label: canvas.dataset.actualLabel, data: data.actual, borderColor: '#198754', spanGaps: true },
      ],
    },
    options: { responsive: true, plugins: { legend: { position: 'bottom' } } },
  });
}

// Dashboard charts: <canvas data-chart='{"kind","labels","series":[{name,values}],"unit","stacked"}'>, built by the host's
// Index page from the modules' IDashboardContributor charts; the same numbers are in the table next to the canvas.
function dashboardChart(canvas) {
  if (!window.Chart) return;
  const chart = JSON.parse(canvas.dataset.chart);
  const colours = ['#0d6efd', '#198754', '#fd7e14', '#6f42c1', '#dc3545', '#20c997', '#6c757d', '#d63384'];
  const unit = chart.unit || '';
  new window.Chart(canvas, {
    type: chart.kind,
    data: {
      labels: chart.labels,
      datasets: chart.series.map((s, i) => ({
        label: s.name,
        data: s.values,
        borderColor: colours[i % colours.length],
        backgroundColor: colours[i % colours.length],
        spanGaps: true,
      })),
    },
    options: {
      responsive: true,
      plugins: {
        legend: { position: 'bottom' },
        tooltip: { callbacks: { label: (c) => `${c.dataset.label}: ${c.formattedValue}${unit}` } },
      },
      scales: {
        x: { stacked: chart.stacked },
        y: { stacked: chart.stacked, beginAtZero: true, ticks: { precision: 0, callback: (v) => `${v}${unit}` } },
      },
    },
  });
}

// Report schedule: show only the fields of the chosen frequency.
function cronFields(kind) {
  if (!kind) return;
  const show = () => document.querySelectorAll('#cron-fields [data-kinds]').forEach((el) => {
    el.hidden = !el.dataset.kinds.split(' ').includes(kind.value);
  });
  kind.addEventListener('change', show);
  show();
}
