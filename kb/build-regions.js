// Rebuilds enrich's region gazetteer (first-level subdivisions: provinces, states, regions) from the npm module
// country-region-data (MIT; ISO 3166-2 names and codes). Usage, from the repo root:
//   (cd kb && npm install --no-save country-region-data@4.1.0 && node build-regions.js)
// Writes enrich/src/main/resources/io/newsflow/enrich/kb/regions.tsv: ISO 3166-2 code, name, country, variants
// (the name without diacritics, '|'-separated). Single words that are also common English words (Central, Delta,
// Rivers) and names of three letters or fewer are left out: in news text they are rarely the region.
const fs = require('fs');
const path = require('path');
const data = JSON.parse(fs.readFileSync(path.join(__dirname, 'node_modules', 'country-region-data', 'data.json'), 'utf8'));

const COMMON = new Set(['Central', 'Western', 'Eastern', 'Northern', 'Southern', 'North', 'South', 'East', 'West',
  'Capital', 'Centre', 'Center', 'Coast', 'Delta', 'Rivers', 'Plateau', 'Lakes', 'Islands', 'Upper', 'Lower', 'Chin',
  'Meta', 'Cesar', 'Sucre', 'Bolívar', 'Federal', 'Interior', 'Border', 'Highlands', 'Midlands', 'Lagoons', 'Savanes',
  'Plateaux', 'Littoral', 'Mountains', 'Valley', 'Nord', 'Sud', 'Est', 'Ouest', 'Centro', 'Norte',
  'Oriental', 'Occidental', 'Maritime', 'Sahel', 'Cascades', 'Liberty', 'Union', 'Ocean', 'Distrito', 'Guadalupe']);
const strip = s => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[ʻʼ’‘]/g, "'");
const rows = [];
for (const c of data) {
  for (const r of c.regions) {
    const name = r.name.trim();
    const single = !/[\s-]/.test(name);
    if (!r.shortCode || (single && (COMMON.has(name) || name.length <= 3))) continue;
    const variants = [strip(name)].filter(v => v !== name);
    rows.push([c.countryShortCode + '-' + r.shortCode, name, c.countryShortCode, variants.join('|')].join('\t'));
  }
}
const out = path.join(__dirname, '..', 'enrich', 'src', 'main', 'resources', 'io', 'newsflow', 'enrich', 'kb', 'regions.tsv');
fs.writeFileSync(out, '# iso3166-2\tname\tcountry\tvariants  (country-region-data 4.1.0, MIT)\n' + rows.join('\n') + '\n');
console.error(`${rows.length} regions written to ${out}`);
