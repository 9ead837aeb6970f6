// Copies the NHS.UK frontend and htmx into the Spring Boot static folder.
// The NHS.UK stylesheet loads its Frutiger web fonts from assets.nhs.uk; Linkwork must fetch nothing
// from the internet at run time, so those @font-face rules are dropped and the stylesheet's own
// Arial fallback is used.
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const out = process.env.STATIC_OUT ?? join(import.meta.dirname, '..', 'target', 'classes', 'static');
const nhsuk = join(import.meta.dirname, 'node_modules', 'nhsuk-frontend', 'dist', 'nhsuk');
const htmx = join(import.meta.dirname, 'node_modules', 'htmx.org', 'dist');

mkdirSync(join(out, 'assets', 'css'), { recursive: true });
mkdirSync(join(out, 'assets', 'js'), { recursive: true });
cpSync(join(nhsuk, 'assets'), join(out, 'assets'), { recursive: true });

const css = readFileSync(join(nhsuk, 'nhsuk-frontend.min.css'), 'utf8')
  .replace(/@font-face\{[^}]*assets\.nhs\.uk[^}]*\}/g, '');
if (css.includes('https://')) {
  throw new Error('nhsuk-frontend.min.css still refers to an external address');
}
writeFileSync(join(out, 'assets', 'css', 'nhsuk-frontend.min.css'), css);
cpSync(join(nhsuk, 'nhsuk-frontend.min.js'), join(out, 'assets', 'js', 'nhsuk-frontend.min.js'));
cpSync(join(htmx, 'htmx.min.js'), join(out, 'assets', 'js', 'htmx.min.js'));
console.log(`front-end assets written to ${out}`);
