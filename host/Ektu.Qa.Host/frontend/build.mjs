// Builds the host's front-end assets from npm packages into wwwroot/lib/ (git-ignored).
// Run by Frontend.targets during `dotnet build` (or by hand: `node frontend/build.mjs` in host/Ektu.Qa.Host).
// Needs `npm ci` to have been run first. Offline: everything comes from node_modules.
import { build } from 'esbuild';
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const hostDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const frontendDir = join(hostDir, 'frontend');
const outDir = join(hostDir, 'wwwroot', 'lib');
const nodeModules = join(hostDir, 'node_modules');

// Third-party files copied as shipped (with their source maps, so the sourceMappingURL comments resolve).
const copies = [
  ['bootstrap/dist/css/bootstrap.min.css', 'bootstrap.min.css'],
  ['bootstrap/dist/css/bootstrap.min.css.map', 'bootstrap.min.css.map'],
  ['chart.js/dist/chart.umd.js', 'chart.umd.js'],
  ['chart.js/dist/chart.umd.js.map', 'chart.umd.js.map'],
  ['bootstrap-icons/font/bootstrap-icons.min.css', 'bootstrap-icons/bootstrap-icons.min.css'],
  ['bootstrap-icons/font/fonts/bootstrap-icons.woff2', 'bootstrap-icons/fonts/bootstrap-icons.woff2'],
  ['bootstrap-icons/font/fonts/bootstrap-icons.woff', 'bootstrap-icons/fonts/bootstrap-icons.woff'],
];

const started = Date.now();

// Start from an empty folder so nothing stale is ever served; the stamp is written last,
// so a failed run leaves no stamp and the next build runs this script again.
await rm(outDir, { recursive: true, force: true });
await mkdir(join(outDir, 'bootstrap-icons', 'fonts'), { recursive: true });

const common = { bundle: true, minify: true, sourcemap: false, logLevel: 'warning', absWorkingDir: hostDir };

await build({
  ...common,
  entryPoints: [join(frontendDir, 'site.js')],
  outfile: join(outDir, 'site.bundle.js'),
  format: 'iife',
  platform: 'browser',
  target: ['es2020'],
});

await build({
  ...common,
  entryPoints: [join(frontendDir, 'site.css')],
  outfile: join(outDir, 'site.css'),
  loader: { '.css': 'css' },
});

// BPMN designer / viewer: a separate bundle, loaded only by the Workflow designer and viewer pages.
await build({
  ...common,
  entryPoints: [join(frontendDir, 'designer', 'index.js')],
  outfile: join(outDir, 'designer.bundle.js'),
  format: 'iife',
  platform: 'browser',
  target: ['es2020'],
  loader: { '.json': 'json' },
});

await build({
  ...common,
  entryPoints: [join(frontendDir, 'designer', 'designer.css')],
  outfile: join(outDir, 'designer.css'),
  // the icon font is embedded as woff; its legacy eot/svg/ttf fallbacks are emitted next to the css
  loader: { '.css': 'css', '.eot': 'file', '.svg': 'file', '.ttf': 'file', '.woff': 'file', '.woff2': 'file' },
  assetNames: 'designer-assets/[name]-[hash]',
});

for (const [from, to] of copies) {
  await copyFile(join(nodeModules, from), join(outDir, to));
}

const versions = {};
for (const name of ['bootstrap', 'bootstrap-icons', 'chart.js', 'htmx.org', 'esbuild', 'bpmn-js', 'bpmn-js-properties-panel', 'bpmnlint']) {
  versions[name] = JSON.parse(await readFile(join(nodeModules, name, 'package.json'), 'utf8')).version;
}
await writeFile(join(outDir, '.stamp'), JSON.stringify({ versions }, null, 2) + '\n');

console.log(`frontend: wwwroot/lib built in ${Date.now() - started} ms (${Object.entries(versions).map(([n, v]) => `${n} ${v}`).join(', ')})`);
