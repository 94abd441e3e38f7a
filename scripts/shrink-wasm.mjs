// Post-build step (release only; scripts/post-build.mjs runs it first): shrinks the wasm and
// its wasm-bindgen glue. Trunk leaves the wasm as wasm-bindgen wrote it (`data-wasm-opt="0"` in
// index.html); this step drops what nothing uses, then optimises the wasm once, for size.
//
// What nothing uses: Leptos always depends on server_fn, which brings in wasm-streams, whose
// `#[wasm_bindgen]` classes (IntoUnderlyingSource, IntoUnderlyingByteSource, IntoUnderlyingSink)
// are exported by every build that links it. The explainer has no server and makes no stream,
// so nothing calls them; but an export is a root the optimiser must keep, with all the code it
// reaches. The step drops the classes from the glue and the wasm exports they called (with
// wasm-metadce, from binaryen pinned in package-lock.json), optimises the wasm with
// `wasm-opt -Os`, and drops the glue's imports the wasm no longer asks for. It checks what it
// writes: the glue parses, the wasm compiles, and every import the wasm asks for is still in
// the glue. Measured when added, against Trunk's `wasm-opt -Oz` with the classes: 1.0 KB of
// brotli off the wasm (-Os packs smaller than -Oz here once the classes are gone), 0.3 KB off
// the glue.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import * as acorn from 'acorn';
import { GLUE, WASM, stagedDir, theOne } from './staging.mjs';

/** The classes to drop: wasm-streams', which only server functions' streams use. */
const UNUSED_CLASSES = ['IntoUnderlyingByteSource', 'IntoUnderlyingSink', 'IntoUnderlyingSource'];

const say = (message) => console.error(`shrink-wasm: ${message}`);
const fail = (message) => {
  say(message);
  process.exit(1);
};

const dir = stagedDir('shrink-wasm');
const glueFile = await theOne('shrink-wasm', dir, GLUE);
const wasmFile = await theOne('shrink-wasm', dir, WASM);
const glue = await fs.readFile(glueFile, 'utf8');
const parse = (source) => acorn.parse(source, { ecmaVersion: 'latest', sourceType: 'module' });

/** Every node under `node` (the node included), depth first. */
function* walk(node) {
  if (!node || typeof node.type !== 'string') return;
  yield node;
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) for (const child of value) yield* walk(child);
    else if (value && typeof value.type === 'string') yield* walk(value);
  }
}
const identifiers = (node) => [...walk(node)].filter((n) => n.type === 'Identifier').map((n) => n.name);

// 1. The glue's top-level statements that belong to the unused classes: the class declarations,
// the statements that name them, and the declarations (their finalisation registries) that only
// those used.
const program = parse(glue);
const unused = new Set(UNUSED_CLASSES);
const declaredClass = (statement) =>
  statement.type === 'ExportNamedDeclaration' && statement.declaration?.type === 'ClassDeclaration'
    ? statement.declaration.id.name
    : null;
const found = program.body.map(declaredClass).filter((name) => unused.has(name));
if (found.length === 0) say(`none of ${UNUSED_CLASSES.join(', ')} is in the glue: nothing to drop`);
// Each top-level statement's identifiers, walked once.
const named = new Map(program.body.map((s) => [s, identifiers(s)]));
const dropped = new Set(program.body.filter((s) => named.get(s).some((name) => unused.has(name))));
const declaredNames = (statement) =>
  statement.type === 'VariableDeclaration' ? statement.declarations.flatMap((d) => identifiers(d.id)) : [];
const namedInDropped = new Set([...dropped].flatMap((s) => named.get(s)));
for (const statement of program.body) {
  if (dropped.has(statement)) continue;
  const declared = declaredNames(statement);
  if (declared.length === 0 || !declared.every((name) => namedInDropped.has(name))) continue;
  const stillUsed = program.body
    .filter((s) => s !== statement && !dropped.has(s))
    .some((s) => named.get(s).some((name) => declared.includes(name)));
  if (!stillUsed) dropped.add(statement);
}
// The wasm exports the dropped code called: `wasm.<name>`.
const droppedExports = new Set(
  [...dropped]
    .flatMap((s) => [...walk(s)])
    .filter((n) => n.type === 'MemberExpression' && n.object.type === 'Identifier' && n.object.name === 'wasm')
    .map((n) => n.property.name),
);

// 2. The wasm without those exports: every other export is a root, and what only the dropped
// ones reached goes; then wasm-opt optimises what is left. Written beside the staged wasm, which
// is replaced only once every check below has passed.
const tools = fileURLToPath(new URL('../node_modules/.bin/', import.meta.url));
const before = await fs.readFile(wasmFile);
const exported = WebAssembly.Module.exports(new WebAssembly.Module(before)).map((e) => e.name);
const missing = [...droppedExports].filter((name) => !exported.includes(name));
if (missing.length > 0) fail(`the glue calls wasm exports the wasm does not have: ${missing.join(', ')}`);
const shrunk = `${wasmFile}.shrunk`;
const binaryen = (tool, args) => execFileSync(`${tools}${tool}`, args, { stdio: ['ignore', 'ignore', 'inherit'] });
try {
  let input = wasmFile;
  if (droppedExports.size > 0) {
    const graphFile = `${wasmFile}.graph.json`;
    const roots = exported.filter((name) => !droppedExports.has(name));
    await fs.writeFile(graphFile, JSON.stringify(roots.map((name) => ({ name: `export-${name}`, export: name, root: true }))));
    binaryen('wasm-metadce', [wasmFile, '-f', graphFile, '-o', shrunk]);
    await fs.rm(graphFile);
    input = shrunk;
  }
  binaryen('wasm-opt', ['-Os', input, '-o', shrunk]);
} catch (e) {
  fail(`binaryen failed (${e.message})`);
}
const after = await fs.readFile(shrunk);
let imports;
try {
  imports = new Set(WebAssembly.Module.imports(new WebAssembly.Module(after)).map((i) => i.name));
} catch (e) {
  fail(`the optimised wasm does not compile (${e.message})`);
}

// 3. The glue's imports the wasm no longer asks for: `__wbg_…` and `__wbindgen_…` properties of
// the objects `__wbg_get_imports` builds.
const ranges = [...dropped].map((s) => [s.start, s.end]);
const getImports = program.body.find((s) => s.type === 'FunctionDeclaration' && s.id?.name === '__wbg_get_imports');
if (!getImports) fail('the glue has no __wbg_get_imports function');
let droppedImports = 0;
for (const object of walk(getImports)) {
  if (object.type !== 'ObjectExpression') continue;
  const properties = object.properties;
  properties.forEach((property, i) => {
    const key = property.key?.name ?? property.key?.value;
    if (typeof key !== 'string' || !/^__wbg_|^__wbindgen_/.test(key) || imports.has(key)) return;
    droppedImports += 1;
    // With its comma, up to the next property; the last leaves a trailing comma, which is valid.
    ranges.push([property.start, i + 1 < properties.length ? properties[i + 1].start : property.end]);
  });
}
let trimmed = glue;
for (const [start, end] of ranges.sort((a, b) => b[0] - a[0])) {
  trimmed = trimmed.slice(0, start) + trimmed.slice(end);
}

// 4. Checks before anything is written over the staged wasm and glue.
try {
  parse(trimmed);
} catch (e) {
  fail(`the trimmed glue does not parse (${e.message})`);
}
const provided = [...imports].filter((name) => !trimmed.includes(name));
const left = UNUSED_CLASSES.filter((name) => trimmed.includes(name));
if (provided.length > 0 || left.length > 0) {
  fail(`the trimmed glue lacks imports ${JSON.stringify(provided)} or still names ${JSON.stringify(left)}`);
}
await fs.rename(shrunk, wasmFile);
await fs.writeFile(glueFile, trimmed);
say(
  `dropped ${found.join(', ') || 'nothing'} (${droppedExports.size} wasm exports, ${droppedImports} imports); ` +
    `wasm ${before.length} -> ${after.length} bytes, glue ${glue.length} -> ${trimmed.length} bytes`,
);
