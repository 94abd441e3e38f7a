// What an independent parser reads from the built pages: metascraper (the library behind many
// link previews) takes the title, description, image and author of the page, every step page
// and a record page. Each must be what a reader sees there (the heading, the standfirst), the
// page's own card, and the publisher the build was given, never a line of the page that only
// looks like a byline. Reads the files as built (scripts/test.sh gives the publisher).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import metascraper from 'metascraper';
import author from 'metascraper-author';
import description from 'metascraper-description';
import image from 'metascraper-image';
import title from 'metascraper-title';
import { DIST } from './browser.mjs';

const scrape = metascraper([author(), description(), image(), title()]);
const PUBLISHER = 'The Example Times';
// metascraper refuses the reserved .example domain as a page's address; the address only
// resolves relative URLs, and the pages' own are absolute.
const ADDRESS = 'https://www.example.com/ilrs/';

/** Text as metascraper returns it: typographic apostrophes and quotes, one space. */
const plain = (text) => text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();
/** The text of the first element with this class in the HTML. */
function textOf(html, className) {
  const match = new RegExp(`<[a-z0-9]+ class="?[^">]*\\b${className}\\b[^>]*>([\\s\\S]*?)</(h1|p)>`).exec(html);
  assert.ok(match, className);
  return plain(match[1].replace(/<[^>]+>/g, '').replace(/&#39;/g, "'").replace(/&amp;/g, '&').replace(/&quot;/g, '"'));
}

async function read(page) {
  const html = await fs.readFile(path.join(DIST, page, 'index.html'), 'utf8');
  const found = await scrape({ html, url: ADDRESS + page });
  return { html, found };
}

test('the page: its title, standfirst, card and publisher', async () => {
  const { html, found } = await read('');
  assert.equal(plain(found.title), textOf(html, 'ilrs-title'));
  assert.equal(plain(found.description), textOf(html, 'ilrs-standfirst'));
  assert.match(found.image, /\/cards\/share\.png$/);
  assert.equal(found.author, PUBLISHER);
});

test('every step page: its own title, text and card, and the publisher as author', async () => {
  const steps = (await fs.readdir(path.join(DIST, 'step'), { withFileTypes: true })).filter((d) => d.isDirectory());
  assert.ok(steps.length > 10);
  for (const { name } of steps) {
    const { html, found } = await read(`step/${name}/`);
    assert.equal(plain(found.title), textOf(html, 'ilrs-title'), name);
    assert.equal(plain(found.description), textOf(html, 'ilrs-summary'), name);
    assert.match(found.image, new RegExp(`/cards/${name}\\.png$`), name);
    assert.equal(found.author, PUBLISHER, `${name}: the publisher, not a line of the page`);
  }
});

test('a record page: the record, not the author of a report it cites', async () => {
  const { html, found } = await read('record/mou-signed/');
  assert.equal(plain(found.title), textOf(html, 'ilrs-title'));
  assert.match(plain(found.description), /^Russia and China sign the lunar station memorandum \(9 March 2021\): /);
  assert.match(found.image, /\/cards\/share\.png$/);
  assert.equal(found.author, PUBLISHER);
});
