// Copies the web page's libraries from node_modules into src/Sitrep.Web/wwwroot/lib, with their
// licences. Run after a version change in package.json, then commit the result:
//
//   cd scripts/web && npm ci && node vendor.mjs
//
// A fresh clone serves the page from the committed copies: no npm at build or run time.

import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const lib = join(here, '..', '..', 'src', 'Sitrep.Web', 'wwwroot', 'lib');
mkdirSync(lib, { recursive: true });

const files = [
  ['d3/dist/d3.min.js', 'd3.min.js'],
  ['d3/LICENSE', 'd3.LICENSE.txt'],
  ['topojson-client/dist/topojson-client.min.js', 'topojson-client.min.js'],
  ['topojson-client/LICENSE', 'topojson-client.LICENSE.txt'],
  ['world-atlas/countries-110m.json', 'countries-110m.json'],
  ['world-atlas/LICENSE', 'world-atlas.LICENSE.txt'],
];
const versions = [];
for (const [from, to] of files) {
  const source = join(here, 'node_modules', from);
  copyFileSync(source, join(lib, to));
}
for (const name of ['d3', 'topojson-client', 'world-atlas']) {
  const pkg = JSON.parse(readFileSync(join(here, 'node_modules', name, 'package.json'), 'utf8'));
  versions.push(`${name} ${pkg.version} (${pkg.license})`);
}
writeFileSync(join(lib, 'VERSIONS.txt'),
  'Vendored by scripts/web/vendor.mjs from the npm registry; do not edit by hand.\n' + versions.join('\n') + '\n' +
  'countries-110m.json: Natural Earth country outlines (public domain) as TopoJSON, from world-atlas.\n');
console.log(`vendored ${files.length} files into ${lib}`);
