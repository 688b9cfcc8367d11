// Builds src/Sitrep/Resources/Places/country-regions.tsv: for each country (ISO 3166-1 alpha-2),
// its numeric code and the region names that ACLED and GTD exports use, from world-countries'
// UN subregions mapped by the tables below.
//
//   cd scripts/gazetteer && npm ci && node build-regions.mjs
//
// Deterministic (sorted, no dates); the output is committed, so a clone needs no npm.

import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '..', '..', 'src', 'Sitrep', 'Resources', 'Places', 'country-regions.tsv');
const countries = require('world-countries');

// ACLED's regions, by UN subregion; the Middle East and Caucasus are named by country below.
const ACLED_BY_SUBREGION = {
  'Western Africa': 'Western Africa', 'Middle Africa': 'Middle Africa', 'Eastern Africa': 'Eastern Africa',
  'Southern Africa': 'Southern Africa', 'Northern Africa': 'Northern Africa', 'Southern Asia': 'South Asia',
  'South-Eastern Asia': 'Southeast Asia', 'Eastern Asia': 'East Asia', 'Western Asia': 'Middle East',
  'Central Asia': 'Caucasus and Central Asia', 'Central America': 'Central America', 'South America': 'South America',
  'Caribbean': 'Caribbean', 'North America': 'North America', 'Northern America': 'North America',
  'Australia and New Zealand': 'Oceania', 'Melanesia': 'Oceania', 'Micronesia': 'Oceania', 'Polynesia': 'Oceania',
  'Northern Europe': 'Europe', 'Western Europe': 'Europe', 'Southern Europe': 'Europe', 'Eastern Europe': 'Europe',
  'Central Europe': 'Europe', 'Southeast Europe': 'Europe',
};
const ACLED_BY_COUNTRY = { AM: 'Caucasus and Central Asia', AZ: 'Caucasus and Central Asia', GE: 'Caucasus and Central Asia', IR: 'Middle East', AF: 'South Asia' };

// GTD's twelve regions, by UN subregion; countries GTD places otherwise are named below.
const GTD_BY_SUBREGION = {
  'Northern America': 'North America', 'North America': 'North America', 'Central America': 'Central America & Caribbean',
  'Caribbean': 'Central America & Caribbean', 'South America': 'South America', 'Eastern Asia': 'East Asia',
  'South-Eastern Asia': 'Southeast Asia', 'Southern Asia': 'South Asia', 'Central Asia': 'Central Asia',
  'Northern Europe': 'Western Europe', 'Western Europe': 'Western Europe', 'Southern Europe': 'Western Europe',
  'Eastern Europe': 'Eastern Europe', 'Central Europe': 'Eastern Europe', 'Southeast Europe': 'Eastern Europe',
  'Western Asia': 'Middle East & North Africa', 'Northern Africa': 'Middle East & North Africa',
  'Western Africa': 'Sub-Saharan Africa', 'Middle Africa': 'Sub-Saharan Africa', 'Eastern Africa': 'Sub-Saharan Africa',
  'Southern Africa': 'Sub-Saharan Africa', 'Australia and New Zealand': 'Australasia & Oceania', 'Melanesia': 'Australasia & Oceania',
  'Micronesia': 'Australasia & Oceania', 'Polynesia': 'Australasia & Oceania',
};
const GTD_BY_COUNTRY = {
  AM: 'Central Asia', AZ: 'Central Asia', GE: 'Central Asia', IR: 'Middle East & North Africa',
  AL: 'Eastern Europe', BA: 'Eastern Europe', HR: 'Eastern Europe', ME: 'Eastern Europe', MK: 'Eastern Europe', RS: 'Eastern Europe',
  SI: 'Eastern Europe', XK: 'Eastern Europe', BG: 'Eastern Europe', RO: 'Eastern Europe', SD: 'Sub-Saharan Africa',
};

const rows = countries
  .filter(c => c.cca2)
  .map(c => {
    const acled = ACLED_BY_COUNTRY[c.cca2] ?? ACLED_BY_SUBREGION[c.subregion] ?? (c.region === 'Antarctic' ? 'Antarctica' : '');
    const gtd = GTD_BY_COUNTRY[c.cca2] ?? GTD_BY_SUBREGION[c.subregion] ?? '';
    return [c.cca2, c.ccn3 ?? '', c.subregion ?? '', acled, gtd].join('\t');
  })
  .sort();

const header = [
  '# Countries: ISO 3166-1 numeric code, UN subregion, and the region names ACLED and GTD exports use.',
  '# source: npm world-countries 5.1.0 (mledoze/countries, ODbL-1.0 data); region tables in scripts/gazetteer/build-regions.mjs; licence: ODbL-1.0',
  '# built by: cd scripts/gazetteer && npm ci && node build-regions.mjs',
  'code\tccn3\tsubregion\tacled_region\tgtd_region',
];
writeFileSync(out, header.concat(rows).join('\n') + '\n');
console.log(`wrote ${rows.length} countries to ${out}`);
