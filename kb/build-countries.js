// Rebuilds the Wikidata ids of countries from the npm module @rapideditor/country-coder (ISC licence; its borders
// data carries each feature's ISO 3166-1 code and Wikidata QID). Usage, from the repo root:
//   (cd kb && npm install --no-save @rapideditor/country-coder@5.6.1 && node build-countries.js)
// Writes enrich/src/main/resources/io/newsflow/enrich/kb/country-qids.tsv: ISO 3166-1 alpha-2 code, QID, name.
const fs = require('fs');
const path = require('path');
const borders = JSON.parse(fs.readFileSync(path.join(__dirname, 'node_modules', '@rapideditor', 'country-coder', 'src', 'data', 'borders.json'), 'utf8'));

const out = path.join(__dirname, '..', 'enrich', 'src', 'main', 'resources', 'io', 'newsflow', 'enrich', 'kb', 'country-qids.tsv');
const rows = borders.features
  .map(f => f.properties)
  .filter(p => p.iso1A2 && p.wikidata && /^[A-Z]{2}$/.test(p.iso1A2))
  .sort((a, b) => a.iso1A2.localeCompare(b.iso1A2))
  .map(p => [p.iso1A2, p.wikidata, p.nameEn].join('\t'));
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, '# iso2\tqid\tname  (Wikidata ids via @rapideditor/country-coder 5.6.1, ISC)\n' + rows.join('\n') + '\n');
console.error(`${rows.length} countries written to ${out}`);
