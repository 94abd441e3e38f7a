// Post-build step (release only; scripts/post-build.mjs runs it first): cuts parts of the wasm
// out into chunks of their own, which the page fetches only when it needs them (src/chunk.rs):
// the explorer's code, fetched as a reader comes near the explorer (src/explorer/on_approach.rs),
// and the host-frame protocol's, fetched only inside an iframe. Measured when added
// (BENCHMARKS.md, 2026-12-06): the wasm a page load fetches went from 57,183 to 44,626 B of
// brotli; the explorer's chunk is 16,645 B, the frame's 2,961 B.
//
// The split points are Leptos's `wasm_split` (the mechanism under its `#[lazy]`): in the built
// wasm each entry is an import from a placeholder module. wasm-split-cli (the
// wasm_split_cli_support crate, pinned in scripts/tools.sh) splits the wasm as cargo linked it,
// with its relocations (`--emit-relocs`, set for wasm32 in .cargo/config.toml), into the main
// module, a module per split point (`split_<name>.wasm`), a module for code two split points
// share and the main module does not (`chunk_<n>.wasm`, none today) and a small loader module.
// Trunk has bound the unsplit wasm already, so this step binds the main module again with the
// pinned wasm-bindgen, under the staged names, and writes it over Trunk's wasm and glue. The
// loader goes into the glue itself: one request less, and it names the exports the chunks share
// (memory, table, stack pointer) as `wasm.<name>`, so that shrink-wasm.mjs's short names reach
// them. Each chunk is optimised here and named after a hash of what it holds, like Trunk's files,
// so a cached page never pairs with another build's chunk.
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { applyEdits, parse, walk } from './glue-ast.mjs';
import { GLUE, WASM, stagedDir, theOne } from './staging.mjs';

const LOADER = './__wasm_split.js';
const CRATE = 'ilrs-explainer';
/** The chunks' names in the site: `ilrs-{split}-{hash}.wasm` (never `…_bg.wasm`, the main's). */
const chunkName = (split, bytes) =>
  `ilrs-${split}-${crypto.createHash('sha256').update(bytes).digest('hex').slice(0, 16)}.wasm`;

const say = (message) => console.error(`split-wasm: ${message}`);
const fail = (message) => {
  say(message);
  process.exit(1);
};
const run = (command, args) => {
  try {
    execFileSync(command, args, { stdio: ['ignore', 'ignore', 'inherit'] });
  } catch (e) {
    fail(`${path.basename(command)} ${args.join(' ')} failed (${e.status ?? e.message})`);
  }
};

const dir = stagedDir('split-wasm');
const glueFile = await theOne('split-wasm', dir, GLUE);
const wasmFile = await theOne('split-wasm', dir, WASM);

// 1. The wasm as cargo linked it, where Trunk had cargo build it; its split points are imports
// from a placeholder module, which wasm-split-cli turns into imports from the loader.
const metadata = JSON.parse(execFileSync('cargo', ['metadata', '--format-version', '1', '--no-deps', '--offline']));
const raw = path.join(metadata.target_directory, 'wasm32-unknown-unknown', 'release', `${CRATE}.wasm`);
const splitImports = (module) =>
  WebAssembly.Module.imports(module)
    .filter((i) => i.module === '__wasm_split_placeholder__')
    .map((i) => i.name)
    .sort()
    .join(' ');
let rawModule;
try {
  rawModule = new WebAssembly.Module(await fs.readFile(raw));
} catch (e) {
  fail(`cannot read the wasm cargo built, ${raw} (${e.message})`);
}
const splitPoints = splitImports(rawModule);
if (splitPoints === '') {
  say('the wasm has no split point: nothing to split');
  process.exit(0);
}
// The wasm Trunk bound is this one: the same split points (wasm-bindgen keeps those imports).
if (splitImports(new WebAssembly.Module(await fs.readFile(wasmFile))) !== splitPoints) {
  fail(`${raw} is not the wasm Trunk just bound into ${path.basename(wasmFile)}: their split points differ`);
}
if (WebAssembly.Module.customSections(rawModule, 'linking').length === 0) {
  fail(
    `${raw} has no relocations, which wasm-split-cli needs: .cargo/config.toml links wasm32 with ` +
      '-C link-args=--emit-relocs, but a RUSTFLAGS or CARGO_ENCODED_RUSTFLAGS variable replaces that setting' +
      (process.env.RUSTFLAGS || process.env.CARGO_ENCODED_RUSTFLAGS ? ' (one is set here)' : ''),
  );
}
// The glue must come from the wasm-bindgen that Trunk used: the one Cargo.lock names.
const lock = await fs.readFile(new URL('../Cargo.lock', import.meta.url), 'utf8');
const locked = /name = "wasm-bindgen"\nversion = "([^"]+)"/.exec(lock)?.[1];
const bindgen = execFileSync('wasm-bindgen', ['--version'], { encoding: 'utf8' }).trim();
if (!locked || bindgen !== `wasm-bindgen ${locked}`) {
  fail(`${bindgen} on PATH, where Cargo.lock has wasm-bindgen ${locked}: run the README's commands, which install it`);
}
const work = await fs.mkdtemp(path.join(os.tmpdir(), 'ilrs-split-'));
try {
  // 2. Split, then bind the main module under the staged name.
  const tools = fileURLToPath(new URL('../node_modules/.bin/', import.meta.url));
  run('wasm-split-cli', [raw, work, '--out-name', CRATE]);
  const stem = path.basename(glueFile, '.js');
  // `--keep-lld-exports`: the function table, which the chunk shares, stays exported.
  run('wasm-bindgen', ['--target', 'web', '--no-typescript', '--keep-lld-exports', '--out-name', stem, '--out-dir', path.join(work, 'bound'), path.join(work, `${CRATE}.wasm`)]);

  // 3. The chunks, optimised and hashed.
  const renamed = new Map();
  for (const name of await fs.readdir(work)) {
    // `split_<name>.wasm`, a split point's; `chunk_<n>.wasm`, code split points share.
    const [, kind, id] = /^(split|chunk)_(\w+)\.wasm$/.exec(name) ?? [];
    if (!kind) continue;
    const split = kind === 'split' ? id : `shared${id}`;
    const optimised = path.join(work, `${name}.opt`);
    run(`${tools}wasm-opt`, ['-Os', '--strip-producers', '--strip-target-features', '--enable-bulk-memory', '--enable-nontrapping-float-to-int', '--enable-sign-ext', '--enable-mutable-globals', '--enable-reference-types', '--enable-multivalue', path.join(work, name), '-o', optimised]);
    const bytes = await fs.readFile(optimised);
    try {
      new WebAssembly.Module(bytes);
    } catch (e) {
      fail(`the chunk ${name} does not compile (${e.message})`);
    }
    renamed.set(name, chunkName(split, bytes));
    await fs.writeFile(path.join(work, renamed.get(name)), bytes);
  }
  if (renamed.size === 0) fail(`wasm-split-cli wrote no chunk into ${work}`);

  // 4. The loader, made part of the glue.
  const loader = await fs.readFile(path.join(work, '__wasm_split.js'), 'utf8');
  const edits = [];
  const exported = [];
  let shares = 0;
  let streaming = 0;
  for (const statement of parse(loader).body) {
    if (statement.type === 'ImportDeclaration') {
      // `import { initSync } from "./ilrs-explainer.js"`: the glue's own initSync, once inlined.
      const names = statement.specifiers.map((s) => s.imported?.name);
      if (names.join() !== 'initSync') fail(`the loader imports ${names.join(', ')}, not initSync`);
      edits.push([statement.start, statement.end, '']);
    } else if (statement.type === 'ExportNamedDeclaration') {
      exported.push(...statement.declaration.declarations.map((d) => d.id.name));
      edits.push([statement.start, statement.declaration.start, '']);
    }
  }
  // `const { memory, … } = initSync(undefined, undefined);` becomes `wasm.<name>`s.
  for (const node of walk(parse(loader))) {
    if (node.type === 'VariableDeclarator' && node.init?.type === 'CallExpression' && node.init.callee.name === 'initSync') {
      const keys = node.id.properties.map((p) => p.key.name);
      edits.push([node.start, node.end, `{ ${keys.join(', ')} } = { ${keys.map((k) => `${k}: wasm.${k}`).join(', ')} }`]);
      shares += 1;
    }
    // A chunk served with another type than application/wasm (a static host not told about
    // .wasm) still starts, and a chunk not found says so, where instantiateStreaming would fail
    // with a type error.
    if (
      node.type === 'CallExpression' &&
      node.callee.type === 'MemberExpression' &&
      node.callee.object.name === 'WebAssembly' &&
      node.callee.property.name === 'instantiateStreaming'
    ) {
      const [response, imports] = node.arguments.map((a) => loader.slice(a.start, a.end));
      edits.push([
        node.start,
        node.end,
        `${response}.then((r) => { if (!r.ok) throw new Error(\`\${r.status} \${r.url}\`); return r.arrayBuffer(); })` +
          `.then((bytes) => WebAssembly.instantiate(bytes, ${imports}))`,
      ]);
      streaming += 1;
    }
    if (node.type === 'Literal' && typeof node.value === 'string' && renamed.has(node.value.replace(/^\.\//, ''))) {
      edits.push([node.start, node.end, JSON.stringify(`./${renamed.get(node.value.replace(/^\.\//, ''))}`)]);
    }
  }
  if (shares !== 1) fail(`expected the loader to take the shared exports from initSync once, found ${shares}`);
  if (streaming !== renamed.size) fail(`expected one instantiateStreaming per chunk, found ${streaming}`);
  const inlined = applyEdits(loader, edits);
  for (const name of renamed.keys()) {
    if (inlined.includes(name)) fail(`the loader still names ${name}`);
  }

  const glue = await fs.readFile(path.join(work, 'bound', `${stem}.js`), 'utf8');
  // wasm-bindgen imports the loader once per split point, each time as a namespace.
  const imports = parse(glue).body.filter((s) => s.type === 'ImportDeclaration' && s.source.value === LOADER);
  if (imports.length === 0 || imports.some((s) => s.specifiers.length !== 1 || s.specifiers[0].type !== 'ImportNamespaceSpecifier')) {
    fail(`expected the glue to import ${LOADER}, as a namespace each time`);
  }
  const bound = applyEdits(
    glue,
    imports.map((s) => [s.start, s.end, `const ${s.specifiers[0].local.name} = { ${exported.join(', ')} };`]),
  );
  const joined = `// The split wasm's loader (scripts/split-wasm.mjs).\n${inlined}\n${bound}`;
  try {
    parse(joined);
  } catch (e) {
    fail(`the glue with the loader does not parse (${e.message})`);
  }

  // 5. Over the staged files.
  await fs.writeFile(glueFile, joined);
  await fs.copyFile(path.join(work, 'bound', `${stem}_bg.wasm`), wasmFile);
  for (const name of renamed.values()) await fs.copyFile(path.join(work, name), path.join(dir, name));
  say(`${[...renamed.values()].join(', ')} split off; ${path.basename(wasmFile)} and its glue bound again`);
} finally {
  await fs.rm(work, { recursive: true, force: true });
}
