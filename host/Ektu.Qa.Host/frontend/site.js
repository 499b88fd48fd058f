// Ektu.Qa.Host front-end entry point, bundled by frontend/build.mjs into wwwroot/lib/site.bundle.js (IIFE).
// Third-party code comes from npm (package-lock.json); nothing here is downloaded at run time.
import bootstrap from 'bootstrap/dist/js/bootstrap.bundle.js';
import htmx from 'htmx.org';

// Expose the libraries for inline scripts and hx-on handlers (the ESM builds do not set globals).
window.bootstrap = bootstrap;
window.htmx = htmx;

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

// <select data-autosubmit> submits its form on change (culture switcher, list filters).
// requestSubmit() fires the submit event, so validation, data-confirm and hx-post forms behave as usual.
document.addEventListener('change', (event) => {
  const select = event.target;
  if (select instanceof HTMLSelectElement && select.hasAttribute('data-autosubmit') && select.form) {
    select.form.requestSubmit();
  }
});
