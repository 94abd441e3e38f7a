// Trunk's one post-build hook. Trunk starts the hooks of a stage all at once, so steps that
// must follow each other run from here, in order:
//  1. shrink-wasm.mjs (release): the stream classes nothing uses out of wasm and glue, and the
//     wasm optimised for size (Trunk leaves it unoptimised);
//  2. minify-glue.mjs (release): the glue minified, embed.js staged minified;
//  3. the prerender: the page, the embed page, the embed's files, the downloads, the drawings
//     and the share files (it reads what 1 and 2 wrote);
//  4. precompress.mjs (release): `.br` and `.gz` copies of every file that compresses.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const script = (name) => fileURLToPath(new URL(name, import.meta.url));
const steps = [
  [process.execPath, [script('shrink-wasm.mjs')]],
  [process.execPath, [script('minify-glue.mjs')]],
  ['cargo', ['run', '--quiet', '--release', '--features', 'ssr', '--bin', 'prerender']],
  [process.execPath, [script('precompress.mjs')]],
];
for (const [command, args] of steps) {
  try {
    execFileSync(command, args, { stdio: 'inherit' });
  } catch (e) {
    console.error(`post-build: ${[command, ...args].join(' ')} failed (${e.status ?? e.message})`);
    process.exit(1);
  }
}
