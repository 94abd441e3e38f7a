// Trunk pre-build hook: joins the explainer's stylesheets, each kept beside its feature's code,
// into one file for the page to load in one request (target/ilrs/explainer.css, which
// index.html links). The order is the cascade's: shared rules first, then each feature, then
// the standalone page's chrome. A missing file stops the build, naming it.
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const STYLESHEETS = [
  'style/base.css',
  'src/sections/sections.css',
  'src/site/pages.css',
  'src/explorer/explorer.css',
  'src/story/story.css',
  // After the features: the explorer and the story place their graphics, and the drawings'
  // own rules came last of the story's before they moved here.
  'src/graphics/graphics.css',
  'src/embed/embed.css',
  'style/page.css',
];

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'target/ilrs/explainer.css');
const parts = [];
for (const name of STYLESHEETS) {
  const text = await fs.readFile(path.join(root, name), 'utf8').catch((error) => {
    console.error(`bundle-css: cannot read ${name}: ${error.message}`);
    process.exit(1);
  });
  parts.push(`/* ${name} */\n${text.trimEnd()}\n`);
}
const bundle = parts.join('\n');
await fs.mkdir(path.dirname(out), { recursive: true });
// Rewritten only when it changes, so a watching `trunk serve` does not rebuild in a loop.
if ((await fs.readFile(out, 'utf8').catch(() => '')) !== bundle) await fs.writeFile(out, bundle);
