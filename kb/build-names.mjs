// Rebuilds the given-name and surname lists the NER model uses as features, from the npm package @faker-js/faker
// (MIT): the person.first_name and person.last_name lists of every locale it ships. Usage, from the repo root:
//   (cd kb && npm install --no-save @faker-js/faker@10.6.0 && node build-names.mjs)
// Writes enrich/src/main/resources/io/newsflow/enrich/kb/names.tsv: name<TAB>F (given name), L (surname) or FL.
import * as F from '@faker-js/faker';
import fs from 'fs';
import path from 'path';
import { fileURLToPath } from 'url';

const here = path.dirname(fileURLToPath(import.meta.url));
const flat = v => v == null ? [] : Array.isArray(v) ? v : typeof v === 'object' ? Object.values(v).flatMap(flat) : [v];
const kinds = new Map();
const add = (n, k) => {
  // one token, starting with a letter that has case or a script without case; no templates or spaces
  if (typeof n !== 'string' || !/^\p{L}[\p{L}\p{M}'’.-]*$/u.test(n)) return;
  kinds.set(n, (kinds.get(n) || '').includes(k) ? kinds.get(n) : (kinds.get(n) || '') + k);
};
let locales = 0;
for (const [k, fk] of Object.entries(F)) {
  if (!k.startsWith('faker') || !fk || !fk.rawDefinitions || !fk.rawDefinitions.person) continue;
  locales++;
  flat(fk.rawDefinitions.person.first_name).forEach(n => add(n, 'F'));
  flat(fk.rawDefinitions.person.last_name).forEach(n => add(n, 'L'));
}
const rows = [...kinds.entries()].sort((a, b) => a[0].localeCompare(b[0])).map(([n, k]) => n + '\t' + [...k].sort().join(''));
const out = path.join(here, '..', 'enrich', 'src', 'main', 'resources', 'io', 'newsflow', 'enrich', 'kb', 'names.tsv');
fs.writeFileSync(out, '# name\tF (given name) | L (surname) | FL  (@faker-js/faker 10.6.0 person lists of ' + locales
  + ' locales, MIT; see kb/SOURCES.md)\n' + rows.join('\n') + '\n');
console.error(`${rows.length} names from ${locales} locales written to ${out}`);
