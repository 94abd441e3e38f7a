// Journeys through the explorer: facets narrow the records with counts that match what is shown,
// the URL follows without a scroll jump and reproduces the view on reload, search finds words
// anywhere (speakers too), hostile query strings run nothing, the keyboard alone does it all,
// and axe finds nothing in a filtered state. Also the click-to-DOM timing, printed as a figure.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { liveExplorer, useSite, watchedPage } from './browser.mjs';
import { axeViolations } from './axe.mjs';

const site = useSite();

async function open(query = '', { width = 1280, colorScheme = 'light' } = {}) {
  const context = await site.browser.newContext({ viewport: { width, height: 900 }, colorScheme, reducedMotion: 'reduce' });
  const { page, problems } = await watchedPage(context);
  await page.goto(`${site.server.url}/${query}`);
  await page.locator('#ilrs-explainer[data-ilrs-ready="hydrated"]').waitFor({ timeout: 15000 });
  await liveExplorer(page);
  return { context, page, problems };
}

/** The records a reader sees listed (laid out: neither hidden nor beyond "Show more"). */
const shownIds = (page) =>
  page.locator('[data-record]').evaluateAll((els) => els.filter((el) => el.getClientRects().length > 0).map((el) => el.dataset.record));
/** With scripts the list holds the first 20 matches (explorer::index::PAGE); "Show more" adds 20. */
const PAGE = 20;
const listed = (matching) => Math.min(matching, PAGE);
const resultCount = async (page) => Number(await page.getByTestId('result-count').textContent());
const value = (page, facet, v) => page.locator(`[data-facet="${facet}"][data-value="${v}"]`);
const countOn = async (button) => Number((await button.locator('.ilrs-count').textContent()).trim());
const search = (page) => new URL(page.url()).search;

/** Every facet button's value and live count, and whether it is disabled. */
const buttons = (page) =>
  page.locator('button[data-facet]').evaluateAll((els) =>
    els.map((el) => ({
      facet: el.dataset.facet,
      value: el.dataset.value,
      count: Number(el.querySelector('.ilrs-count').textContent),
      pressed: el.getAttribute('aria-pressed') === 'true',
      disabled: el.disabled,
    })),
  );

test('a facet narrows the records, counts match what is shown, the URL follows without a jump, reload and reset', async () => {
  const { context, page, problems } = await open();
  const all = await resultCount(page);
  assert.equal((await shownIds(page)).length, listed(all), 'the first records are listed');
  assert.ok(all > 60, `every event and quotation is listed (${all})`);

  await page.locator('.ilrs-filters').evaluate((el) => el.scrollIntoView({ block: 'start' }));
  const quotations = value(page, 'kind', 'quotation');
  const expected = await countOn(quotations);
  const scrollBefore = await page.evaluate(() => window.scrollY);
  assert.ok(scrollBefore > 0);
  await quotations.click();
  await page.waitForFunction((n) => document.querySelector('[data-testid="result-count"]').textContent === String(n), expected);
  assert.equal((await shownIds(page)).length, listed(expected), 'the count on the button is what matches');
  assert.equal(await quotations.getAttribute('aria-pressed'), 'true');
  assert.ok(
    (await page.locator('[data-record]:not([hidden])').evaluateAll((els) => els.every((el) => el.dataset.kind === 'quotation'))),
    'only quotations are shown',
  );
  assert.equal(search(page), '?kind=quotation');
  // The timeline draws events only: with quotations alone, none of its dots is brought forward.
  assert.equal(await page.locator('.ilrs-explorer-graphic circle.is-focus').count(), 0);
  assert.match(await page.locator('.ilrs-explorer-graphic svg:visible').getAttribute('aria-label'), /None of the \d+ events it draws match/);
  assert.equal(await page.evaluate(() => window.scrollY), scrollBefore, 'no scroll jump');
  assert.equal(await page.evaluate(() => history.length), 2, 'replaceState adds no history entry');

  // A second facet ANDs with the first: each value's count is what choosing it would show.
  for (const b of (await buttons(page)).filter((b) => b.facet === 'coalition')) {
    assert.equal(b.disabled, b.count === 0 && !b.pressed, `${b.value} is disabled exactly when it has no match`);
  }
  const ilrs = value(page, 'coalition', 'ilrs');
  const ilrsCount = await countOn(ilrs);
  await ilrs.click();
  await page.waitForFunction((n) => document.querySelector('[data-testid="result-count"]').textContent === String(n), ilrsCount);
  const shown = await shownIds(page);
  assert.equal(shown.length, listed(ilrsCount));
  assert.equal(search(page), '?coalition=ilrs&kind=quotation');
  assert.match(await page.locator('.ilrs-active-filters').textContent(), /Coalition ILRS; Kind Quotations/);
  assert.match(await page.locator('.ilrs-explorer-graphic svg:visible').getAttribute('aria-label'), /match the filters/);

  // The same URL, loaded fresh, gives the same view.
  await page.reload();
  await liveExplorer(page);
  await page.waitForFunction((n) => document.querySelector('[data-testid="result-count"]').textContent === String(n), ilrsCount);
  assert.deepEqual(await shownIds(page), shown);
  assert.equal(await value(page, 'coalition', 'ilrs').getAttribute('aria-pressed'), 'true');

  await page.getByTestId('reset-filters').click();
  await page.waitForFunction((n) => document.querySelector('[data-testid="result-count"]').textContent === String(n), all);
  assert.equal((await shownIds(page)).length, listed(all));
  assert.equal(search(page), '');
  assert.ok((await buttons(page)).every((b) => !b.pressed), 'no value stays pressed');
  assert.equal(
    await page.locator('.ilrs-explorer-graphic circle.is-focus').count(),
    await page.locator('.ilrs-explorer-graphic circle[data-event]').count(),
    'every dot is back in focus',
  );
  assert.deepEqual(problems, []);
  await context.close();
});

test('"Show more" lists the next matches; a new filter lists its first again; a link beyond the list shows its record', async () => {
  const { context, page, problems } = await open();
  const all = await resultCount(page);
  const more = page.getByTestId('show-more');
  assert.ok(all > 2 * PAGE, `enough records for two pages (${all})`);
  assert.equal(await more.textContent(), `Show ${PAGE} more records`);
  const first = await shownIds(page);
  await more.click();
  await page.waitForFunction((n) => [...document.querySelectorAll('[data-record]')].filter((el) => !el.hidden).length === n, 2 * PAGE);
  const second = await shownIds(page);
  assert.equal(second.length, 2 * PAGE);
  assert.deepEqual(second.slice(0, PAGE), first, 'the first records stay, in order');
  assert.equal(await resultCount(page), all, 'the count is every match');
  assert.equal(search(page), '', 'the address is unchanged');
  while (await more.isVisible()) await more.click();
  assert.equal((await shownIds(page)).length, all, 'every record can be reached');

  await value(page, 'kind', 'event').click();
  const events = await countOn(value(page, 'kind', 'event'));
  await page.waitForFunction((n) => document.querySelector('[data-testid="result-count"]').textContent === String(n), events);
  assert.equal((await shownIds(page)).length, listed(events), 'a new filter lists its first matches');
  assert.equal(await more.textContent(), `Show ${Math.min(PAGE, events - PAGE)} more records`);

  assert.deepEqual(problems, []);
  const last = (await page.locator('[data-record][data-kind="event"]').evaluateAll((els) => els.map((el) => el.id))).at(-1);
  await context.close();

  // A link to a record beyond those listed (the last event, in the address) shows it.
  const linked = await open(`#${last}`);
  await linked.page.waitForFunction((id) => document.getElementById(id).getClientRects().length > 0, last);
  const box = await linked.page.locator(`#${last}`).boundingBox();
  assert.ok(box && box.y > -5 && box.y < 900, `the record is on screen (${box?.y})`);
  assert.deepEqual(linked.problems, []);
  await linked.context.close();
});

test('search finds words anywhere in a record, speakers included, ignoring case, accents and punctuation', async () => {
  const { context, page, problems } = await open();
  const box = page.locator('input[type="search"]');
  await box.fill('luzin');
  await page.waitForFunction(() => document.querySelector('[data-testid="result-count"]').textContent !== '69');
  const byName = await shownIds(page);
  assert.ok(byName.includes('luzin-bargaining'), `a quotation found by its speaker's name (${byName})`);
  await box.fill('ROGÓZIN,  nato');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === 'ROGÓZIN,  nato');
  assert.ok((await shownIds(page)).includes('rogozin-like-nato'));
  await box.fill('xyzzy no such words');
  await page.waitForFunction(() => document.querySelector('[data-testid="result-count"]').textContent === '0');
  assert.equal((await shownIds(page)).length, 0);
  assert.equal(await page.locator('.ilrs-empty').isVisible(), true, 'an empty result says so');
  assert.deepEqual(problems, []);
  await context.close();
});

test('hostile query strings leave the page working and run nothing', async () => {
  const hostile = [
    '?q=%3Cscript%3Ewindow.__pwned%3D1%3C%2Fscript%3E&theme=%3Cimg%20src%3Dx%20onerror%3Dwindow.__pwned%3D1%3E',
    '?from=%E0%A4%A&to=%ZZ&actor=%&kind=quotation',
    `?q=${'a'.repeat(5000)}&source=${'b'.repeat(5000)}`,
    '?=&==&&=x&coalition=&theme=,,&kind=event,nonsense',
  ];
  for (const query of hostile) {
    const { context, page, problems } = await open(query);
    assert.equal(await page.evaluate(() => window.__pwned), undefined, `nothing ran for ${query.slice(0, 40)}`);
    assert.equal(await page.locator('#explore img, #explore script').count(), 0);
    const count = await resultCount(page);
    assert.equal((await shownIds(page)).length, listed(count), 'the count still matches what is listed');
    // The page still works: a facet still filters.
    await page.getByTestId('reset-filters').click();
    await value(page, 'kind', 'event').click();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('kind') === 'event');
    assert.deepEqual(problems, [], query.slice(0, 40));
    await context.close();
  }
  // The recognisable parts apply; the rest is named in a short notice.
  const { context, page } = await open('?from=%ZZ&kind=quotation&theme=nonsense&utm_source=paper');
  assert.equal(await value(page, 'kind', 'quotation').getAttribute('aria-pressed'), 'true');
  await page.locator('.ilrs-notice:not([hidden])').waitFor();
  assert.match(await page.locator('.ilrs-notice').textContent(), /2 filters in this link were not recognised/);
  await value(page, 'kind', 'event').click();
  await page.waitForFunction(() => new URL(location.href).searchParams.get('kind') === 'event,quotation');
  assert.equal(new URL(page.url()).searchParams.get('utm_source'), 'paper', 'a parameter the page did not set is kept');
  await context.close();
});

test('back and forward restore the filter of each history entry', async () => {
  const { context, page, problems } = await open('?kind=event');
  await page.waitForFunction(() => document.querySelector('[data-value="event"]').getAttribute('aria-pressed') === 'true');
  await page.goto(`${site.server.url}/?kind=quotation#explore`);
  await liveExplorer(page);
  await page.goBack();
  await liveExplorer(page);
  await page.waitForFunction(() => document.querySelector('[data-value="event"]').getAttribute('aria-pressed') === 'true');
  await page.goForward();
  await liveExplorer(page);
  await page.waitForFunction(() => document.querySelector('[data-value="quotation"]').getAttribute('aria-pressed') === 'true');
  assert.equal(await value(page, 'kind', 'event').getAttribute('aria-pressed'), 'false');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the keyboard alone filters, searches, sets years and resets; axe finds nothing filtered', async () => {
  for (const [width, colorScheme] of [[375, 'light'], [1280, 'dark']]) {
    const { context, page, problems } = await open('', { width, colorScheme });
    const all = await resultCount(page);
    await page.locator('input[type="search"]').focus();
    await page.keyboard.type('moon');
    await page.waitForFunction((n) => Number(document.querySelector('[data-testid="result-count"]').textContent) < n, all);
    // Tab to the first kind value and press it with the space bar.
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.dataset.facet), 'kind');
    await page.keyboard.press('Space');
    await page.waitForFunction(() => document.activeElement.getAttribute('aria-pressed') === 'true');
    // The year range, typed.
    await page.locator('[data-facet="year"][data-value="from"]').focus();
    await page.keyboard.type('2020');
    await page.keyboard.press('Tab');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('from') === '2020');
    // A disclosure opened with Enter, a value inside pressed with Enter.
    const summary = page.locator('.ilrs-facet-more summary', { hasText: 'Theme' });
    await summary.focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.dataset.facet), 'theme');
    const filtered = await resultCount(page);
    assert.equal((await shownIds(page)).length, listed(filtered));
    assert.deepEqual(await axeViolations(page), [], `axe, filtered, ${width}px ${colorScheme}`);
    await page.getByTestId('reset-filters').focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction((n) => Number(document.querySelector('[data-testid="result-count"]').textContent) === n, all);
    assert.equal(await page.locator('input[type="search"]').inputValue(), '');
    assert.equal(await page.locator('[data-facet="year"][data-value="from"]').inputValue(), '');
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test('following a link to a record the filter hides clears the filter and shows the record', async () => {
  const { context, page, problems } = await open('?kind=quotation');
  await page.waitForFunction(() => document.querySelector('[data-value="quotation"]').getAttribute('aria-pressed') === 'true');
  const id = await page.evaluate(() =>
    [...document.querySelectorAll('.ilrs-step-records a')]
      .map((a) => a.getAttribute('href').slice(1))
      .find((id) => document.getElementById(id)?.matches('[data-record][data-kind="event"][hidden]')),
  );
  assert.ok(id, 'the story links to an event the filter hides');
  const link = page.locator(`.ilrs-step-records a[href="#${id}"]`).first();
  // The step's records sit in its "Sources" disclosure: a reader opens it first.
  const sources = page.locator('.ilrs-step-sources').filter({ has: link }).first();
  await sources.locator('summary').evaluate((s) => s.scrollIntoView({ block: 'end' }));
  await sources.locator('summary').click();
  await link.click();
  await page.waitForFunction((id) => !document.getElementById(id).hidden, id);
  await page.waitForFunction(() => !new URL(location.href).searchParams.has('kind'));
  const box = await page.locator(`#${id}`).boundingBox();
  assert.ok(box && box.y > -5 && box.y < 900, `the record is on screen (${box?.y})`);
  assert.deepEqual(problems, []);
  await context.close();
});

test("the explorer's code arrives only as a reader comes near, once; a click, a year or a search meanwhile is applied", async () => {
  const context = await site.browser.newContext({ viewport: { width: 375, height: 667 }, reducedMotion: 'reduce' });
  const { page, problems } = await watchedPage(context);
  const chunks = [];
  page.on('request', (request) => {
    const name = new URL(request.url()).pathname.split('/').pop();
    if (/^ilrs-(explorer|frame)-[0-9a-f]+\.wasm$/.test(name)) chunks.push(name);
  });
  // The explorer's chunk is held back until the test has clicked a filter.
  let release;
  const clicked = new Promise((resolve) => {
    release = resolve;
  });
  await page.route(/ilrs-explorer-[0-9a-f]+\.wasm$/, async (route) => {
    await clicked;
    await route.continue();
  });
  await page.goto(`${site.server.url}/`);
  await page.locator('#ilrs-explainer[data-ilrs-ready="hydrated"]').waitFor({ timeout: 15000 });
  await page.waitForTimeout(500);
  assert.deepEqual(chunks, [], 'a page load fetches no chunk: the explorer is far below, and this is no frame');
  const all = await resultCount(page);

  // A reader scrolls down to the explorer and presses "Quotations" before its code has arrived.
  await page.locator('#explore').evaluate((el) => el.scrollIntoView());
  for (let i = 0; i < 100 && !chunks.some((c) => c.startsWith('ilrs-explorer-')); i++) await page.waitForTimeout(20);
  assert.equal(chunks.filter((c) => c.startsWith('ilrs-explorer-')).length, 1, 'coming near fetches the chunk');
  assert.equal(await page.locator('.ilrs-explorer.is-live').count(), 0, 'the explorer waits for its code');
  assert.equal((await shownIds(page)).length, listed(all), 'until then it lists the first records');
  await value(page, 'kind', 'quotation').click();
  await page.locator('[data-facet="year"][data-value="from"]').fill('2020');
  release();
  await page.locator('.ilrs-explorer.is-live').waitFor();
  await page.waitForFunction(() => document.querySelector('[data-value="quotation"]').getAttribute('aria-pressed') === 'true');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('from') === '2020');
  const quotations = await resultCount(page);
  assert.ok(quotations > 0 && quotations < all, `the click was made again, the year applied (${quotations} of ${all})`);
  assert.equal(search(page), '?kind=quotation&from=2020');
  // Scrolling away and back fetches nothing more.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.locator('#explore').evaluate((el) => el.scrollIntoView());
  await page.waitForTimeout(300);
  assert.deepEqual(chunks.filter((c) => c.startsWith('ilrs-explorer-')).length, 1);
  assert.deepEqual(chunks.filter((c) => c.startsWith('ilrs-frame-')), [], 'the frame protocol is fetched in frames only');
  // A search typed in that moment is applied too (a fresh load, its chunk held back again).
  await page.goto(`${site.server.url}/`);
  await page.locator('#ilrs-explainer[data-ilrs-ready="hydrated"]').waitFor({ timeout: 15000 });
  let again;
  const held = new Promise((resolve) => {
    again = resolve;
  });
  await page.unroute(/ilrs-explorer-[0-9a-f]+\.wasm$/);
  await page.route(/ilrs-explorer-[0-9a-f]+\.wasm$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.locator('#explore').evaluate((el) => el.scrollIntoView());
  await page.locator('input[type="search"]').fill('Rogozin');
  again();
  await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === 'Rogozin');
  assert.ok((await resultCount(page)) < all, 'the search narrows the records');
  assert.deepEqual(problems, []);
  await context.close();
});

test("an explorer whose code cannot be fetched lists every record, says why in the console, and the page goes on", async () => {
  const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
  const page = await context.newPage();
  const said = [];
  page.on('console', (msg) => said.push(`${msg.type()}: ${msg.text()}`));
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.route(/ilrs-explorer-[0-9a-f]+\.wasm$/, (route) => route.fulfill({ status: 503, body: 'unavailable' }));
  await page.goto(`${site.server.url}/#explore`);
  await page.locator('#ilrs-explainer[data-ilrs-ready="hydrated"]').waitFor({ timeout: 15000 });
  await page.waitForFunction(() => document.readyState === 'complete');
  await page.waitForTimeout(1000);
  assert.ok(
    said.some((line) => line.startsWith('warning: ') && line.includes('the code for the explorer did not load')),
    `a warning names what did not load: ${JSON.stringify(said)}`,
  );
  // The loader's own error (not the browser's note of a failed request): the status and the file.
  assert.ok(said.some((line) => /\b503 https?:\/\/\S*ilrs-explorer-[0-9a-f]+\.wasm/.test(line)), 'the loader says what the server answered');
  assert.deepEqual(errors, [], 'no uncaught error, no panic');
  const records = await page.locator('[data-record]').count();
  assert.equal((await shownIds(page)).length, records, 'every record is listed');
  assert.equal(await page.getByTestId('show-more').isVisible(), false, 'no dead "Show more"');
  // The rest of the page still answers: the story's next-step control moves the story on.
  await page.locator('#story').evaluate((el) => el.scrollIntoView());
  const before = await page.getByTestId('step-number').textContent();
  await page.getByTestId('next-step').click();
  await page.waitForFunction((was) => document.querySelector('[data-testid="step-number"]').textContent !== was, before);
  await context.close();
});

test('without JavaScript the explorer lists every record and shows no dead controls', async () => {
  const context = await site.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${site.server.url}/?kind=quotation`);
  const records = await page.locator('[data-record]').count();
  assert.equal(await page.locator('[data-record]:not([hidden])').count(), records);
  assert.equal(await page.locator('.ilrs-filters').isVisible(), false);
  await context.close();
});

test('figure: a click updates the DOM (median of 25, real data)', async () => {
  const { context, page } = await open();
  const times = await page.evaluate(async () => {
    const button = document.querySelector('[data-facet="kind"][data-value="quotation"]');
    const root = document.querySelector('#explore');
    const samples = [];
    for (let i = 0; i < 25; i++) {
      let last = 0;
      const observer = new MutationObserver(() => {
        last = performance.now();
      });
      observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
      const start = performance.now();
      button.click();
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      observer.disconnect();
      samples.push(last - start);
    }
    return samples.sort((a, b) => a - b);
  });
  const median = times[Math.floor(times.length / 2)];
  console.log(`explorer: click to DOM updated, median of ${times.length}: ${median.toFixed(2)} ms (min ${times[0].toFixed(2)}, max ${times.at(-1).toFixed(2)})`);
  assert.ok(times.every((t) => t > 0), 'every click changed the DOM');
  await context.close();
});
