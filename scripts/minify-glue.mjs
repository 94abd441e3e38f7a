// Post-build step (release only; scripts/post-build.mjs runs it second): minifies the
// wasm-bindgen glue in the staged site with esbuild (pinned in package-lock.json). Trunk's own
// minifier cannot parse this module and leaves it as it is; minified, it is about 1.8 KB smaller
// as served (brotli). It also stages src/embed/embed.js minified, for the prerender (which runs
// next) to write this build's file names into.
import fs from 'node:fs/promises';
import path from 'node:path';
import { transform } from 'esbuild';
import { GLUE, stagedDir, theOne } from './staging.mjs';

const dir = stagedDir('minify-glue');
const file = await theOne('minify-glue', dir, GLUE);
const source = await fs.readFile(file, 'utf8');
const { code } = await transform(source, { minify: true, treeShaking: true, format: 'esm', target: 'es2020' });
await fs.writeFile(file, code);
console.error(`minify-glue: ${path.basename(file)} ${source.length} -> ${code.length} bytes`);

// embed.js: a classic script (it must also run as a module), its header comment kept (/*!).
const embedSource = await fs.readFile(new URL('../src/embed/embed.js', import.meta.url), 'utf8');
const embed = await transform(embedSource, { minify: true, target: 'es2020' });
await fs.writeFile(path.join(dir, 'embed.js'), embed.code);
console.error(`minify-glue: embed.js ${embedSource.length} -> ${embed.code.length} bytes`);
