// What the post-build steps that rewrite the wasm-bindgen glue share (shrink-wasm.mjs,
// split-wasm.mjs): the glue read as an ES module by acorn (pinned in package-lock.json), its
// nodes walked, and text edits made by node positions.
import * as acorn from 'acorn';

/** `source` parsed as an ES module; throws a SyntaxError where it does not parse. */
export const parse = (source) => acorn.parse(source, { ecmaVersion: 'latest', sourceType: 'module' });

/** Every node under `node` (the node included), depth first. */
export function* walk(node) {
  if (!node || typeof node.type !== 'string') return;
  yield node;
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) for (const child of value) yield* walk(child);
    else if (value && typeof value.type === 'string') yield* walk(value);
  }
}

/** `source` with each `[start, end, text]` edit made (the ranges must not overlap). */
export function applyEdits(source, edits) {
  let out = source;
  for (const [start, end, text] of [...edits].sort((a, b) => b[0] - a[0])) {
    out = out.slice(0, start) + text + out.slice(end);
  }
  return out;
}
