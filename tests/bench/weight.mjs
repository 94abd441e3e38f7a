// Prints where a page load's bytes go, for whoever weighs what the page should carry: each file
// the main page loads (brotli as the build precompressed it, the `.br` beside it), what each part
// of `index.html` adds to its brotli, its words against its markup, and the wasm's sections.
// Figures only: nothing here passes or fails. `scripts/bench.sh` runs it after a release build;
// alone: `node tests/bench/weight.mjs [DIST]`.
//
// "What a part adds" is the brotli of the whole page minus that of the page without the part:
// brotli shares repeats across the page, so a part's own compressed size would overstate what
// leaving it out saves, and the parts do not add up to the whole.

import fs from 'node:fs/promises';
import path from 'node:path';
import { brotli as compress } from '../../scripts/brotli.mjs';

const DIST = path.resolve(process.argv[2] ?? 'dist');
/** The brotli size of `text` (or bytes), compressed as the build's `.br` files are. */
const brotli = (text) => compress(Buffer.from(text)).length;
const bytes = (n) => n.toLocaleString('en-GB');
const row = (label, ...cells) => console.log(`| ${label} | ${cells.join(' | ')} |`);

const html = await fs.readFile(path.join(DIST, 'index.html'), 'utf8');

// 1. The files of a load: the page, and what its head names (the stylesheet, the module, the wasm).
const named = (pattern, what) => {
  const found = html.match(pattern);
  if (!found) throw new Error(`weight: index.html names no ${what} (${pattern})`);
  return found[1].replace(/^\.\//, '');
};
const files = [
  ['the page (index.html)', 'index.html'],
  ['the wasm', named(/['"(]\.?\/?([\w.-]+_bg\.wasm)['")]/, 'wasm')],
  ['its glue (the module)', named(/<link[^>]*?href=["']?\.?\/?([\w.-]+\.js)["']?[^>]*rel=["']?modulepreload/, 'module')],
  ['the stylesheet', named(/<link[^>]*?href=["']?\.?\/?([\w.-]+\.css)["']?[^>]*rel=["']?stylesheet/, 'stylesheet')],
];
console.log('\nWhat the main page loads (brotli as served: the precompressed .br files)');
console.log('| file | raw B | brotli B |\n| --- | ---: | ---: |');
let total = 0;
for (const [label, name] of files) {
  const raw = (await fs.stat(path.join(DIST, name))).size;
  const br = await fs.stat(path.join(DIST, `${name}.br`)).then(
    (stat) => stat.size,
    () => {
      throw new Error(`weight: no ${name}.br in ${DIST}: only a release build (trunk build --release) writes them`);
    },
  );
  total += br;
  row(label, bytes(raw), bytes(br));
}
row('**total**', '', `**${bytes(total)}**`);
console.log('(the browser also counts response headers: see load.mjs for what a load transfers)');

// The wasm's chunks (src/chunk.rs): not part of a load, fetched when needed.
const chunks = (await fs.readdir(DIST)).filter((n) => /^ilrs-(?!explainer-)[\w]+-[0-9a-f]+\.wasm$/.test(n)).sort();
if (chunks.length > 0) {
  console.log('\nThe wasm\'s chunks, fetched only when needed (the explorer: as a reader nears it; the frame: in an iframe)');
  console.log('| file | raw B | brotli B |\n| --- | ---: | ---: |');
  for (const name of chunks) {
    const raw = (await fs.stat(path.join(DIST, name))).size;
    const br = (await fs.stat(path.join(DIST, `${name}.br`))).size;
    row(name, bytes(raw), bytes(br));
  }
}

// 2. index.html, part by part.
/** The [start, end) of the element whose start tag begins at `start`, nested ones of its name counted. */
function element(start) {
  const name = html.slice(start + 1).match(/^[a-z0-9-]+/)[0];
  const tags = new RegExp(`<(/?)${name}\\b[^>]*>`, 'g');
  tags.lastIndex = start;
  let depth = 0;
  for (let tag; (tag = tags.exec(html)); ) {
    if (tag[1]) depth -= 1;
    else if (!tag[0].endsWith('/>')) depth += 1;
    if (depth === 0) return [start, tags.lastIndex];
  }
  throw new Error(`weight: <${name}> at ${start} is never closed`);
}
/** Every element whose start tag matches `pattern`, outermost only. */
function elements(pattern) {
  const starts = new RegExp(pattern, 'g');
  const spans = [];
  for (let found; (found = starts.exec(html)); ) {
    const span = element(found.index);
    spans.push(span);
    starts.lastIndex = span[1];
  }
  return spans;
}
const without = (spans) => {
  let rest = html;
  for (const [start, end] of [...spans].sort((a, b) => b[0] - a[0])) rest = rest.slice(0, start) + rest.slice(end);
  return rest;
};
const whole = brotli(html);
const adds = (label, spans) => {
  if (spans.length === 0 || spans.some(([start, end]) => !(end > start))) throw new Error(`weight: no ${label} in index.html`);
  const raw = spans.reduce((sum, [start, end]) => sum + end - start, 0);
  row(label, spans.length, bytes(raw), bytes(whole - brotli(without(spans))));
};
console.log(`\nindex.html: what each part adds to its ${bytes(whole)} B of brotli`);
console.log('| part | elements | raw B | brotli B it adds |\n| --- | ---: | ---: | ---: |');
// The minifier leaves out the optional <head> tag: the head is what comes before <body>.
adds('the head (its tags, scripts and JSON-LD)', [[0, html.indexOf('<body')]]);
adds('the hero', elements('<header\\b'));
for (const [, id] of html.matchAll(/<section\b[^>]*\bid="([^"]+)"/g)) {
  adds(`section #${id}`, elements(`<section\\b[^>]*\\bid="${id}"`));
}
adds('every inline SVG', elements('<svg\\b'));
adds("the explorer's records", elements('<li\\b[^>]*\\bdata-record='));
adds('every "Sources:" line', elements('<p class="ilrs-cites"'));
adds('every passages disclosure', elements('<details\\b[^>]*\\bdata-passages'));

const body = html.slice(html.indexOf('<body'));
const words = body
  .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, '')
  .replace(/<[^>]+>/g, ' ')
  .replace(/\s+/g, ' ');
console.log(
  `\nThe body's words alone (tags dropped): ${bytes(words.length)} B raw, ${bytes(brotli(words))} B brotli; ` +
    `the body as built: ${bytes(body.length)} B raw, ${bytes(brotli(body))} B brotli.`,
);

// Each attribute's raw bytes first; only the 20 heaviest are compressed without it (a pass each).
const attributes = new Map();
for (const [whole, name] of html.matchAll(/\s([a-zA-Z:-]+)=(?:"[^"]*"|'[^']*'|[^\s>]+)/g)) {
  const [count, raw] = attributes.get(name) ?? [0, 0];
  attributes.set(name, [count + 1, raw + whole.length]);
}
const heaviest = [...attributes.entries()]
  .sort((a, b) => b[1][1] - a[1][1])
  .slice(0, 20)
  .map(([name, [count, raw]]) => {
    const pattern = new RegExp(`\\s${name}=(?:"[^"]*"|'[^']*'|[^\\s>]+)`, 'g');
    return { name, count, raw, adds: whole - brotli(html.replace(pattern, '')) };
  })
  .sort((a, b) => b.adds - a.adds)
  .slice(0, 12);
console.log('\nindex.html: the attributes that add most to its brotli');
console.log('| attribute | times | raw B | brotli B it adds |\n| --- | ---: | ---: | ---: |');
for (const a of heaviest) row(a.name, bytes(a.count), bytes(a.raw), bytes(a.adds));

// 3. The wasm, section by section (its own brotli each: code and data compress differently).
const wasm = await fs.readFile(path.join(DIST, files[1][1]));
const SECTIONS = { 0: 'custom', 1: 'types', 2: 'imports', 3: 'functions', 7: 'exports', 9: 'elements', 10: 'code', 11: 'data' };
const sections = new Map();
let at = 8;
const leb = () => {
  let value = 0;
  for (let shift = 0; ; shift += 7) {
    const byte = wasm[at++];
    value += (byte & 0x7f) * 2 ** shift;
    if (!(byte & 0x80)) return value;
  }
};
while (at < wasm.length) {
  const id = wasm[at++];
  const size = leb();
  const name = SECTIONS[id] ?? 'other';
  sections.set(name, [...(sections.get(name) ?? []), wasm.subarray(at, at + size)]);
  at += size;
}
console.log('\nThe wasm by section (each compressed alone)');
console.log('| section | raw B | brotli B |\n| --- | ---: | ---: |');
for (const [name, parts] of [...sections].sort((a, b) => Buffer.concat(b[1]).length - Buffer.concat(a[1]).length)) {
  const joined = Buffer.concat(parts);
  row(name, bytes(joined.length), bytes(brotli(joined)));
}
