// Converts jquery-jpostal-ja's per-prefix JSONP files (Japan Post KEN_ALL + JIGYOSYO, already merged and cleaned)
// into one gzipped TSV embedded in Madoguchi.Japanese. Run: npm ci && npm run build
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const { execFileSync } = require('child_process');

const packageDir = path.dirname(require.resolve('jquery-jpostal-ja/package.json'));
const version = require('jquery-jpostal-ja/package.json').version;
const output = path.resolve(__dirname, '../../src/Madoguchi.Japanese/Postal/postal-index.tsv.gz');

function publishedDate() {
  try {
    const times = JSON.parse(execFileSync('npm', ['view', `jquery-jpostal-ja@${version}`, 'time', '--json'], { encoding: 'utf8' }));
    return (times[version] || '').slice(0, 10) || 'unknown';
  } catch {
    return 'unknown';
  }
}

function load(file) {
  const text = fs.readFileSync(path.join(packageDir, 'json', file), 'utf8');
  return JSON.parse(text.slice(text.indexOf('(') + 1, text.lastIndexOf(')')));
}

// jpostal row: [_zip, prefecture, city, town, street (事業所 only), business name, prefecture kana, city kana, town kana]
const clean = (s) => (s || '').replace(/[\t\r\n]/g, ' ');
// 000.json carries jpostal's own stamp, e.g. "ver2.13 2025-09-25 2025-09-30": the dates of the Japan Post files it was built from.
const info = load('000.json').find((r) => r[0] === '_000info');
const dataStamp = info ? info[2] : 'unknown';

const rows = [];
for (const file of fs.readdirSync(path.join(packageDir, 'json')).filter((f) => /^\d{3}\.json$/.test(f)).sort()) {
  for (const r of load(file)) {
    const zip = r[0].replace(/^_/, '');
    if (!/^\d{7}$/.test(zip)) continue;
    const business = r[5] ? 'B' : 'A';
    rows.push([zip, business, r[1], r[2], r[3], r[7], r[8], r[5], r[4]].map(clean).join('\t'));
  }
}
rows.sort();

const header = [
  '#madoguchi-postal-index\t1',
  `#source\tjquery-jpostal-ja@${version} (Japan Post KEN_ALL and JIGYOSYO)`,
  `#data\t${dataStamp}`,
  `#published\t${publishedDate()}`,
  `#rows\t${rows.length}`,
  '#columns\tzip\tkind(A=area,B=business)\tprefecture\tcity\ttown\tcity_kana\ttown_kana\tbusiness_name\tbusiness_street',
];
const body = header.concat(rows).join('\n') + '\n';
fs.writeFileSync(output, zlib.gzipSync(Buffer.from(body, 'utf8'), { level: 9 }));
console.log(`wrote ${rows.length} rows, ${fs.statSync(output).size} bytes to ${output}`);
