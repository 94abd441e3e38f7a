// Post-build step (release only; scripts/post-build.mjs runs it last): writes `name.br` and
// `name.gz` beside every compressible file of the staged site, for static hosts that serve
// precompressed copies. Node's zlib carries Google's brotli, whose quality 11 packs the page and
// the wasm a little tighter than the Rust port the prerender used before (about 0.2 KB a page
// load). Each copy is decompressed again and compared with its file before the step ends.
import fs from 'node:fs/promises';
import path from 'node:path';
import zlib from 'node:zlib';
import { brotli } from './brotli.mjs';
import { stagedDir } from './staging.mjs';

/** The kinds of file worth compressing; images and fonts are compressed already. */
const COMPRESSIBLE = new Set(['.html', '.js', '.wasm', '.css', '.json', '.csv', '.svg', '.txt', '.xml']);

const dir = stagedDir('precompress');

const files = (await fs.readdir(dir, { recursive: true, withFileTypes: true }))
  .filter((entry) => entry.isFile() && COMPRESSIBLE.has(path.extname(entry.name)))
  // `parentPath` since Node 20.12; `path` before.
  .map((entry) => path.join(entry.parentPath ?? entry.path, entry.name));
const { constants: C } = zlib;
for (const file of files) {
  const bytes = await fs.readFile(file);
  const br = brotli(bytes);
  const gz = zlib.gzipSync(bytes, { level: C.Z_BEST_COMPRESSION });
  if (!zlib.brotliDecompressSync(br).equals(bytes) || !zlib.gunzipSync(gz).equals(bytes)) {
    console.error(`precompress: a compressed copy of ${file} does not decompress to it`);
    process.exit(1);
  }
  await fs.writeFile(`${file}.br`, br);
  await fs.writeFile(`${file}.gz`, gz);
}
console.error(`precompress: ${files.length} files`);
