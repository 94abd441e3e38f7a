// Post-build step (release only; scripts/post-build.mjs runs it second): minifies the
// wasm-bindgen glue in the staged site with esbuild (pinned in package-lock.json). Trunk's own
// minifier cannot parse this module and leaves it as it is; minified, it is about 1.8 KB smaller
// as served (brotli). It also stages src/embed/embed.js minified, for the prerender (which runs
// next) to write this build's file names into; the prerender precompresses every file.
import fs from 'node:fs/promises';
import path from 'node:path';
import { transform } from 'esbuild';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('minify-glue: TRUNK_STAGING_DIR is not set (run by Trunk as a post_build hook)');
  process.exit(1);
}
if (process.env.TRUNK_PROFILE !== 'release') process.exit(0);
const names = (await fs.readdir(dir)).filter((n) => /^ilrs-explainer-[0-9a-f]+\.js$/.test(n));
if (names.length !== 1) {
  console.error(`minify-glue: expected one wasm-bindgen module in ${dir}, found ${JSON.stringify(names)}`);
  process.exit(1);
}
const file = path.join(dir, names[0]);
const source = await fs.readFile(file, 'utf8');
const { code } = await transform(source, { minify: true, treeShaking: true, format: 'esm', target: 'es2020' });
await fs.writeFile(file, code);
console.error(`minify-glue: ${names[0]} ${source.length} -> ${code.length} bytes`);

// embed.js: a classic script (it must also run as a module), its header comment kept (/*!).
const embedSource = await fs.readFile(new URL('../src/embed/embed.js', import.meta.url), 'utf8');
const embed = await transform(embedSource, { minify: true, target: 'es2020' });
await fs.writeFile(path.join(dir, 'embed.js'), embed.code);
console.error(`minify-glue: embed.js ${embedSource.length} -> ${embed.code.length} bytes`);
