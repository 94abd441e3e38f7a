// Trunk's one post-build hook. Trunk starts the hooks of a stage all at once, so steps that
// must follow each other run from here, in order:
//  1. split-wasm.mjs (release): the explorer's code and the host-frame protocol cut out of the
//     wasm into chunks of their own, the wasm bound again and its loader put in the glue;
//  2. shrink-wasm.mjs (release): the stream classes nothing uses out of wasm and glue, and the
//     wasm optimised for size (Trunk leaves it unoptimised);
//  3. minify-glue.mjs (release): the glue minified, embed.js staged minified;
//  4. the prerender: the page, the embed page, the embed's files, the downloads, the drawings
//     and the share files (it reads what 1 to 3 wrote);
//  5. precompress.mjs (release): `.br` and `.gz` copies of every file that compresses.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const script = (name) => fileURLToPath(new URL(name, import.meta.url));
const steps = [
  [process.execPath, [script('split-wasm.mjs')]],
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
