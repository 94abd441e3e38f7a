// The Nu Html Checker (vnu-jar from npm, run by Java) over every HTML file the build writes:
// the page, the embed page, every step and record page, and the fragments (the script embed's
// and the record pages' passages), each fragment inside a minimal document as a host would
// place it. Prints each error with its file and line and fails when there is any. Warnings are
// not errors. Usage: node scripts/check-html.mjs [dist]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const VNU = require('vnu-jar');
const VNU_VERSION = require('vnu-jar/package.json').version;
const dist = path.resolve(process.argv[2] ?? 'dist');

async function htmlFiles(dir) {
  const out = [];
  for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await htmlFiles(file)));
    else if (entry.name.endsWith('.html')) out.push(file);
  }
  return out.sort();
}

/** A fragment has no doctype: it is checked as the body of a minimal document. */
const isFragment = (text) => !/^\s*<!doctype html>/i.test(text);

const files = await htmlFiles(dist);
const scratch = await fs.mkdtemp(path.join(os.tmpdir(), 'ilrs-html-'));
const checked = [];
const shown = new Map();
for (const file of files) {
  const text = await fs.readFile(file, 'utf8');
  if (!isFragment(text)) {
    checked.push(file);
    shown.set(file, path.relative(dist, file));
    continue;
  }
  const wrapped = path.join(scratch, path.relative(dist, file).replaceAll(path.sep, '__'));
  await fs.writeFile(
    wrapped,
    `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>Fragment</title></head><body>\n${text}\n</body></html>\n`,
  );
  checked.push(wrapped);
  shown.set(wrapped, `${path.relative(dist, file)} (in a minimal document)`);
}

// One run of the checker over every file; its JSON report comes on stderr.
const run = spawnSync('java', ['-jar', VNU, '--errors-only', '--exit-zero-always', '--format', 'json', ...checked], {
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
});
await fs.rm(scratch, { recursive: true, force: true });
let messages;
try {
  messages = JSON.parse(run.stderr).messages;
} catch {
  console.error(`check-html: the checker did not run (${run.error?.message ?? `exit ${run.status}`}):\n${run.stderr}`);
  process.exit(1);
}
const errors = messages.filter((m) => m.type === 'error' || m.subType === 'fatal');
for (const m of errors) {
  const file = shown.get(decodeURIComponent(new URL(m.url).pathname)) ?? m.url;
  console.error(`${file}:${m.lastLine ?? '?'}: ${m.message}`);
}
console.log(`check-html: ${errors.length} errors in ${checked.length} HTML files (Nu Html Checker ${VNU_VERSION})`);
process.exit(errors.length ? 1 : 0);
