// Starts the NHS.UK frontend components (header menu, error summary focus, skip link, buttons).
// The design system's page template does this with an inline script, which Linkwork's
// Content-Security-Policy (script-src 'self') refuses, so it lives in this file instead.
// Module scripts run only in browsers the NHS.UK frontend supports, so the class is safe to add here.
import { initAll } from './nhsuk-frontend.min.js';

document.body.classList.add('js-enabled', 'nhsuk-frontend-supported');
initAll();

// In a form that updates its results as filters change (htmx), text boxes wait for the Search
// button: the change event a text box fires when it loses focus would otherwise start a search
// that the button's own search then cancels.
document.addEventListener('change', (event) => {
  if (event.target.matches('form[hx-trigger] input:not([type=checkbox]):not([type=radio])')) {
    event.stopPropagation();
  }
}, true);
