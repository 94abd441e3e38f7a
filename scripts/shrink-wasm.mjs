// Post-build step (release only; scripts/post-build.mjs runs it first): shrinks the wasm and
// its wasm-bindgen glue. Trunk leaves the wasm as wasm-bindgen wrote it (`data-wasm-opt="0"` in
// index.html); this step drops what nothing uses, optimises the wasm once, for size, and gives
// the imports and exports that wasm and glue name each other by short names.
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
// the glue. The short names, when added: 2.2 KB off the wasm and 1.6 KB off the glue.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { applyEdits, parse, walk } from './glue-ast.mjs';
import { GLUE, WASM, stagedDir, theOne } from './staging.mjs';
import { renameImportsAndExports, shortNames } from './wasm-names.mjs';

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
  binaryen('wasm-opt', ['-Os', '--strip-producers', '--strip-target-features', input, '-o', shrunk]);
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
// the objects `__wbg_get_imports` builds. Those it still asks for get short names, in the glue
// and in the wasm (see wasm-names.mjs), as do the exports the glue calls (`wasm.<name>`).
const edits = [...dropped].map((s) => [s.start, s.end, '']);
/** The glue's function that builds the wasm's imports. */
const importsBuilder = (glueProgram) =>
  glueProgram.body.find((s) => s.type === 'FunctionDeclaration' && s.id?.name === '__wbg_get_imports');
/** Whether `n` is a call's way to a wasm export: `wasm.<name>`. */
const isExportUse = (n) =>
  n.type === 'MemberExpression' && !n.computed && n.object.type === 'Identifier' && n.object.name === 'wasm';
const getImports = importsBuilder(program);
if (!getImports) fail('the glue has no __wbg_get_imports function');
let droppedImports = 0;
const importKeys = [];
for (const object of walk(getImports)) {
  if (object.type !== 'ObjectExpression') continue;
  const properties = object.properties;
  properties.forEach((property, i) => {
    const key = property.key?.name ?? property.key?.value;
    if (typeof key !== 'string' || !/^__wbg_|^__wbindgen_/.test(key)) return;
    if (imports.has(key)) {
      importKeys.push([key, property.key]);
      return;
    }
    droppedImports += 1;
    // With its comma, up to the next property; the last leaves a trailing comma, which is valid.
    edits.push([property.start, i + 1 < properties.length ? properties[i + 1].start : property.end, '']);
  });
}
const inDropped = (node) => [...dropped].some((s) => node.start >= s.start && node.end <= s.end);
const exportUses = [...walk(program)].filter((n) => isExportUse(n) && !inDropped(n));
/** Each of `names` (all different) with a short name of its own. */
const shortened = (names) => new Map(shortNames(names.length).map((short, i) => [names[i], short]));
const renamedImports = shortened(importKeys.map(([key]) => key));
if (renamedImports.size !== importKeys.length) fail('the glue provides an import twice');
const renamedExports = shortened([...new Set(exportUses.map((n) => n.property.name))]);
for (const [key, node] of importKeys) edits.push([node.start, node.end, renamedImports.get(key)]);
for (const use of exportUses) edits.push([use.property.start, use.property.end, renamedExports.get(use.property.name)]);
const trimmed = applyEdits(glue, edits);
let renamed;
try {
  renamed = renameImportsAndExports(
    after,
    (_module, field) => renamedImports.get(field) ?? field,
    (name) => renamedExports.get(name) ?? name,
  );
} catch (e) {
  fail(`the optimised wasm could not be read (${e.message})`);
}

// 4. Checks before anything is written over the staged wasm and glue: the glue parses, provides
// every import the renamed wasm asks for and calls only exports it has, and no longer names the
// dropped classes.
let glueAfter;
try {
  glueAfter = parse(trimmed);
} catch (e) {
  fail(`the trimmed glue does not parse (${e.message})`);
}
let renamedModule;
try {
  renamedModule = new WebAssembly.Module(renamed);
} catch (e) {
  fail(`the renamed wasm does not compile (${e.message})`);
}
// What the builder provides: its objects' keys, and the keys of a top-level object it names as
// a module's imports (`"./__wasm_split.js": import1`, the split wasm's loader in the glue).
const builderProperties = [...walk(importsBuilder(glueAfter))].filter((n) => n.type === 'Property');
const namedObjects = new Set(builderProperties.filter((p) => p.value.type === 'Identifier').map((p) => p.value.name));
const providedAfter = new Set(
  [
    ...builderProperties,
    ...glueAfter.body
      .filter((s) => s.type === 'VariableDeclaration')
      .flatMap((s) => s.declarations)
      .filter((d) => d.id.type === 'Identifier' && namedObjects.has(d.id.name) && d.init?.type === 'ObjectExpression')
      .flatMap((d) => d.init.properties),
  ].map((n) => n.key?.name ?? n.key?.value),
);
const exportedAfter = new Set(WebAssembly.Module.exports(renamedModule).map((e) => e.name));
const unprovided = WebAssembly.Module.imports(renamedModule)
  .map((i) => i.name)
  .filter((name) => !providedAfter.has(name));
const uncalled = [...walk(glueAfter)]
  .filter(isExportUse)
  .map((n) => n.property.name)
  .filter((name) => !exportedAfter.has(name));
const left = UNUSED_CLASSES.filter((name) => trimmed.includes(name));
if (unprovided.length > 0 || uncalled.length > 0 || left.length > 0) {
  fail(
    `the trimmed glue lacks imports ${JSON.stringify(unprovided)}, calls missing exports ` +
      `${JSON.stringify(uncalled)} or still names ${JSON.stringify(left)}`,
  );
}
await fs.writeFile(wasmFile, renamed);
await fs.rm(shrunk);
await fs.writeFile(glueFile, trimmed);
say(
  `dropped ${found.join(', ') || 'nothing'} (${droppedExports.size} wasm exports, ${droppedImports} imports); ` +
    `renamed ${renamedImports.size} imports and ${renamedExports.size} exports; ` +
    `wasm ${before.length} -> ${renamed.length} bytes, glue ${glue.length} -> ${trimmed.length} bytes`,
);
