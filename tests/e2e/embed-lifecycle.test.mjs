// The script embed's life on a host page: inserted late by a single-page app, removed and
// inserted again (nothing left behind), started lazily near the screen with no layout shift,
// following its attributes, telling the host what the reader does, under a strict
// Content-Security-Policy, and saying why when it cannot start. Host pages: tests/hosts/script/.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import { useHosts, openHost, liveEmbeds, filterWorks, listenerCount, DIST } from './hosts.mjs';
import { serve } from './server.mjs';
import { liveExplorer, watchedPage } from './browser.mjs';

const env = useHosts();

/** Goes to a route of the single-page host, as a reader clicking its navigation. */
async function route(page, name) {
  await page.locator(`a[data-route="${name}"]`).click();
  await page.waitForFunction((n) => new URLSearchParams(location.search).get('page') === n, name);
}

test('a single-page app: embeds inserted after load go live, removed ones leave nothing running, and coming back gives exactly one', async () => {
  const { context, page, problems, warnings } = await openHost(env, 'spa');
  await page.waitForFunction(() => window.__ilrsExplainerEmbed);
  // What the page holds with embed.js loaded and no embed: the baseline to come back to.
  const idle = { listeners: await listenerCount(page), observed: await page.evaluate(() => window.observed()) };

  for (const name of ['moon', 'lunar', 'moon']) {
    await route(page, name);
    const [host] = await (await liveEmbeds(page, 1)).all();
    assert.equal(await host.evaluate((el) => el.shadowRoot.querySelectorAll('.ilrs').length), 1, `${name}: one explainer`);
    const { before, after } = await filterWorks(host);
    assert.notEqual(after, before, `${name}: it answers`);
    // The story reads its steps at each scroll frame, from a listener on the window.
    assert.ok((await listenerCount(page)) > idle.listeners, `${name}: the story listens to the window`);

    await route(page, 'front');
    await page.waitForFunction(() => !document.querySelector('[data-ilrs-ready]'));
    // Give a removed copy every chance to show it is still running.
    await page.mouse.wheel(0, 400);
    await page.setViewportSize({ width: 900, height: 700 });
    await page.waitForTimeout(200);
    await page.setViewportSize({ width: 1280, height: 800 });
    assert.deepEqual(await page.evaluate(() => window.observed()), idle.observed, `${name}: no observer left`);
    assert.equal(await listenerCount(page), idle.listeners, `${name}: no listener left on window or document`);
  }

  // The same element taken out and put back (a framework moving a node): still exactly one.
  await route(page, 'lunar');
  const [host] = await (await liveEmbeds(page, 1)).all();
  await page.evaluate(() => {
    const el = document.querySelector('ilrs-explainer');
    const parent = el.parentNode;
    el.remove();
    setTimeout(() => parent.append(el), 50);
  });
  await page.waitForFunction(() => document.querySelector('ilrs-explainer')?.isConnected);
  await liveEmbeds(page, 1);
  assert.equal(await host.evaluate((el) => el.shadowRoot.querySelectorAll('.ilrs').length), 1);
  const answer = await filterWorks(host);
  assert.notEqual(answer.after, answer.before, JSON.stringify(answer));
  // Moved within one task: it keeps running, without starting again.
  await page.evaluate(() => {
    const el = document.querySelector('ilrs-explainer');
    el.parentNode.prepend(el);
  });
  await page.waitForTimeout(100);
  assert.equal(await page.locator('[data-ilrs-ready="hydrated"]').count(), 1);

  // Back and forward through the app's history.
  await page.goBack();
  await page.waitForFunction(() => !document.querySelector('ilrs-explainer'));
  await page.goForward();
  await liveEmbeds(page, 1);
  assert.deepEqual(warnings, []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('lazy start: nothing beyond embed.js is fetched far from the screen, and the page never shifts', async () => {
  const { context, page, problems, warnings, requests } = await openHost(env, 'lazy', { width: 375, height: 667 });
  const fromSite = () => requests.filter((u) => u.startsWith(env.site.url)).map((u) => new URL(u).pathname);
  await page.waitForFunction(() => window.__ilrsExplainerEmbed);
  await page.waitForTimeout(500);
  assert.deepEqual(fromSite(), ['/embed.js'], 'only embed.js while the embed is 6,000 px away');
  // The fallback link shows (and the element keeps a screen's height) until it starts.
  const waiting = await page.locator('#far').evaluate((el) => ({
    height: el.getBoundingClientRect().height,
    link: el.querySelector('a').getBoundingClientRect().height > 0,
  }));
  assert.ok(waiting.height >= 667, `a screen's height is kept (${waiting.height})`);
  assert.ok(waiting.link, 'the host\'s fallback link shows meanwhile');

  // Two screens away: still nothing.
  const top = await page.locator('#far').evaluate((el) => el.getBoundingClientRect().top + scrollY);
  await page.evaluate((y) => window.scrollTo(0, y), top - 667 * 3);
  await page.waitForTimeout(400);
  assert.deepEqual(fromSite(), ['/embed.js'], 'nothing more two screens away');
  const before = await page.locator('#after').evaluate((el) => el.getBoundingClientRect().top);

  // Within a screen: it loads and starts; the text on screen does not move.
  await page.evaluate((y) => window.scrollTo(0, y), top - 667 * 1.5);
  await liveEmbeds(page, 1);
  const fetched = fromSite();
  for (const file of [/^\/fragment-/, /^\/embed-.*\.css$/, /^\/ilrs-explainer-.*\.js$/, /_bg\.wasm$/]) {
    assert.equal(fetched.filter((p) => file.test(p)).length, 1, `${file} fetched once`);
  }
  const onScreen = await page.locator('#long').evaluate((el) => el.getBoundingClientRect().top);
  await page.waitForTimeout(300);
  assert.equal(await page.locator('#long').evaluate((el) => el.getBoundingClientRect().top), onScreen);
  assert.ok((await page.locator('#after').evaluate((el) => el.getBoundingClientRect().top)) > before, 'what follows the embed moved down, off screen');
  // Reading on into the explainer: no layout shift at any point.
  await page.evaluate((y) => window.scrollTo(0, y), top + 200);
  await page.waitForTimeout(300);
  assert.deepEqual(await page.evaluate(() => window.shifts), [], 'no layout shift');
  assert.deepEqual(warnings, []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('events: ready, step, filter and record reach a listener on the host page', async () => {
  const { context, page, problems } = await openHost(env, 'events', { width: 1280, height: 800 });
  const [host] = await (await liveEmbeds(page, 1)).all();
  const heard = (type) => page.evaluate((t) => window.heard.filter((e) => e.type === t), type);
  assert.equal((await heard('ilrs:ready')).length, 1);

  // Scrolling the host page through the story: each step that becomes active is told.
  const ids = await host.evaluate((el) => [...el.shadowRoot.querySelectorAll('[data-step]')].map((s) => s.dataset.step));
  for (const id of [ids[1], ids[4]]) {
    await host.evaluate((el, id) => el.shadowRoot.querySelector(`[data-step="${id}"]`).scrollIntoView({ block: 'center' }), id);
    await page.waitForFunction((id) => window.heard.some((e) => e.type === 'ilrs:step' && e.detail.step === id), id);
  }

  // A filter, then a search, then clearing it all.
  await liveExplorer(host);
  await host.evaluate((el) => el.shadowRoot.querySelector('[data-facet="kind"][data-value="quotation"]').click());
  await page.waitForFunction(() => window.heard.some((e) => e.type === 'ilrs:filter'));
  await host.evaluate((el) => el.shadowRoot.querySelector('[data-testid="reset-filters"]').click());
  await page.waitForFunction(() => window.heard.filter((e) => e.type === 'ilrs:filter').length === 2);
  assert.deepEqual((await heard('ilrs:filter')).map((e) => e.detail.filter), ['kind=quotation', '']);

  // A record's passages opened, and a story link to a record followed.
  const opened = await host.evaluate((el) => {
    const record = el.shadowRoot.querySelector('[data-record] details.ilrs-evidence summary').closest('[data-record]');
    record.querySelector('summary').click();
    return record.dataset.record;
  });
  const linked = await host.evaluate((el) => {
    const root = el.shadowRoot;
    const link = [...root.querySelectorAll('.ilrs-step-records a[href^="#"]')]
      .find((a) => root.querySelector(`[data-record="${a.getAttribute('href').slice(1)}"]`));
    link.click();
    return link.getAttribute('href').slice(1);
  });
  await page.waitForFunction(() => window.heard.filter((e) => e.type === 'ilrs:record').length === 2);
  assert.deepEqual((await heard('ilrs:record')).map((e) => e.detail.record), [opened, linked]);

  const all = await page.evaluate(() => window.heard);
  assert.ok(all.every((e) => e.atElement && e.bubbles && e.composed), 'each is a bubbling, composed event at the element');
  const steps = await page.evaluate(() => window.analytics.calls);
  assert.ok(steps.length >= 2 && steps.every(([name, data]) => name === 'explainer step' && ids.includes(data.step)), 'the example in docs/embedding.md tracks steps');
  assert.deepEqual(problems, []);
  await context.close();
});

test('attributes: dark, flat and step are read at start and followed when they change', async () => {
  const { context, page, problems, warnings } = await openHost(env, 'events', { width: 1280, height: 800 });
  const [host] = await (await liveEmbeds(page, 1)).all();
  const background = () => host.evaluate((el) => getComputedStyle(el.shadowRoot.querySelector('.ilrs')).backgroundColor);
  const scrolly = () => host.evaluate((el) => el.shadowRoot.querySelectorAll('.ilrs-story--scrolly').length);
  assert.equal(await scrolly(), 1);

  await host.evaluate((el) => el.setAttribute('dark', 'on'));
  await page.waitForFunction(() => getComputedStyle(document.querySelector('#explainer').shadowRoot.querySelector('.ilrs')).backgroundColor === 'rgb(21, 23, 27)');
  await host.evaluate((el) => el.setAttribute('dark', 'off'));
  await page.waitForFunction(() => getComputedStyle(document.querySelector('#explainer').shadowRoot.querySelector('.ilrs')).backgroundColor === 'rgb(251, 250, 247)');
  assert.equal(await background(), 'rgb(251, 250, 247)');

  await host.evaluate((el) => el.setAttribute('flat', ''));
  await page.waitForFunction(() => !document.querySelector('#explainer').shadowRoot.querySelector('.ilrs-story--scrolly'));
  assert.equal(await host.evaluate((el) => el.shadowRoot.querySelector('[data-inline-graphic]').getBoundingClientRect().height > 0), true, 'each graphic inline');
  await host.evaluate((el) => el.removeAttribute('flat'));
  await page.waitForFunction(() => document.querySelector('#explainer').shadowRoot.querySelector('.ilrs-story--scrolly'));

  // A step asked for later: the story goes there, on screen.
  await host.evaluate((el) => el.setAttribute('step', 'story-budgets'));
  await page.waitForFunction(() => document.querySelector('#explainer').shadowRoot.querySelector('[data-step="story-budgets"]')?.dataset.active === 'true');
  const box = await host.evaluate((el) => el.shadowRoot.querySelector('[data-step="story-budgets"]').getBoundingClientRect().top);
  assert.ok(box >= -5 && box < 800, `the step is on screen (${box})`);
  // Nonsense is ignored and the page keeps working.
  await host.evaluate((el) => {
    el.setAttribute('step', '<img src=x onerror=alert(1)>');
    el.setAttribute('dark', 'purple');
  });
  await page.waitForTimeout(200);
  assert.equal(await host.evaluate((el) => el.shadowRoot.querySelectorAll('img[src="x"]').length), 0);
  const answer = await filterWorks(host);
  assert.notEqual(answer.after, '69', 'it still answers');
  assert.notEqual(answer.after, answer.before);
  assert.deepEqual(warnings, []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a flat embed with a starting step marks that step, and a dark one is dark before the wasm', async () => {
  const { context, page, problems } = await openHost(env, 'twice', {
    init: () => {
      // Hold the wasm back, to see the explainer as it is before it runs.
      const fetch = window.fetch;
      window.releaseWasm = null;
      const held = new Promise((resolve) => { window.releaseWasm = resolve; });
      window.fetch = (input, ...rest) => (String(input?.url ?? input).endsWith('.wasm') ? held.then(() => fetch(input, ...rest)) : fetch(input, ...rest));
    },
  });
  await page.waitForFunction(() => document.querySelector('#second').shadowRoot?.querySelector('.ilrs'));
  const second = page.locator('#second');
  await page.waitForFunction(() => getComputedStyle(document.querySelector('#second').shadowRoot.querySelector('.ilrs')).backgroundColor === 'rgb(21, 23, 27)');
  assert.equal(await page.locator('[data-ilrs-ready]').count(), 0, 'the wasm has not run');
  assert.ok((await second.evaluate((el) => el.shadowRoot.querySelectorAll('[data-step]').length)) > 10, 'the story is readable already');
  await page.evaluate(() => window.releaseWasm());
  await liveEmbeds(page, 2);
  await page.locator('#first').evaluate((el) => el.setAttribute('step', 'story-budgets'));
  await page.waitForFunction(() => document.querySelector('#first').shadowRoot.querySelector('[data-step="story-budgets"]').dataset.active === 'true');
  assert.deepEqual(problems, []);
  await context.close();
});

test('events from the iframe embed reach the parent window as messages', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
  const { page, problems } = await watchedPage(context);
  // A page of our own that frames the explainer and keeps every message it gets.
  const host = await serve(new URL('../hosts', import.meta.url).pathname);
  await page.goto(`${host.url}/iframe.html?site=${encodeURIComponent(env.site.url)}`);
  const frame = await (await page.locator('iframe').elementHandle()).contentFrame();
  await frame.locator('#ilrs-explainer[data-ilrs-ready="hydrated"]').waitFor({ timeout: 15000 });
  const ours = (type) => page.evaluate((t) => window.received.filter((m) => m.data?.source === 'ilrs-explainer' && m.data.type === t).map((m) => m.data), type);
  await page.waitForFunction(() => window.received.some((m) => m.data?.type === 'ready'));
  await frame.locator('[data-facet="kind"][data-value="quotation"]').click();
  await page.waitForFunction(() => window.received.some((m) => m.data?.type === 'filter'));
  assert.deepEqual(await ours('filter'), [{ source: 'ilrs-explainer', type: 'filter', filter: 'kind=quotation' }]);
  const id = await frame.evaluate(() => {
    const summary = document.querySelector('[data-record]:not([hidden]) details.ilrs-evidence summary');
    summary.click();
    return summary.closest('[data-record]').dataset.record;
  });
  await page.waitForFunction(() => window.received.some((m) => m.data?.type === 'record'));
  assert.deepEqual(await ours('record'), [{ source: 'ilrs-explainer', type: 'record', record: id }]);
  // A flat story in a plain frame: a step asked for in its URL is told too.
  await frame.goto(`${env.site.url}/?embed&step=story-budgets`);
  await page.waitForFunction(() => window.received.some((m) => m.data?.type === 'step' && m.data.step === 'story-budgets'));
  assert.equal((await ours('ready')).length, 2, 'one ready per start');
  const origins = new Set((await page.evaluate(() => window.received)).map((m) => m.origin));
  assert.deepEqual([...origins], [env.site.url], 'every message comes from the explainer');
  assert.deepEqual(problems, []);
  await context.close();
  await host.close();
});

test('a strict host Content-Security-Policy that allows the site: the embed works with no violation', async () => {
  const { context, page, problems, warnings } = await openHost(env, 'csp', {
    init: () => {
      window.violations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    },
  });
  const [host] = await (await liveEmbeds(page, 1)).all();
  const answer = await filterWorks(host);
  assert.notEqual(answer.after, answer.before, JSON.stringify(answer));
  assert.deepEqual(await page.evaluate(() => window.violations), []);
  assert.deepEqual(warnings, []);
  assert.deepEqual(problems, []);
  await context.close();
});

/** Opens a host whose embed cannot start, and returns what the console said and what shows. */
async function failing(name, options) {
  const opened = await openHost(env, name, options);
  const { page, warnings } = opened;
  for (let i = 0; i < 100 && !warnings.some((w) => w.startsWith('ILRS explainer:')); i++) await page.waitForTimeout(100);
  const errors = opened.problems.filter((p) => p.startsWith('page error'));
  const shown = await page.locator('ilrs-explainer, [data-ilrs-explainer]').first().evaluate((el) => ({
    steps: el.shadowRoot?.querySelectorAll('[data-step]').length ?? 0,
    ready: el.hasAttribute('data-ilrs-ready'),
    text: el.shadowRoot?.querySelector('.ilrs-title')?.getBoundingClientRect().height ?? 0,
    fallback: el.querySelector('a')?.getBoundingClientRect().height ?? 0,
  }));
  await opened.context.close();
  return { warnings: warnings.filter((w) => w.startsWith('ILRS explainer:')), errors, shown };
}

test('failures say why, and the explainer stays readable where it can', async () => {
  // No WebAssembly: the prerendered explainer, readable, and a warning that says so.
  const noWasm = await failing('async', { init: () => { delete window.WebAssembly; } });
  assert.equal(noWasm.warnings.length, 1, noWasm.warnings.join('\n'));
  assert.match(noWasm.warnings[0], /cannot run WebAssembly/);
  assert.ok(noWasm.shown.steps > 10 && noWasm.shown.text > 0 && !noWasm.shown.ready);
  assert.deepEqual(noWasm.errors, []);

  // The host's policy refuses WebAssembly: readable, and the warning names the policy.
  const csp = await failing('csp-no-wasm');
  assert.equal(csp.warnings.length, 1, csp.warnings.join('\n'));
  assert.match(csp.warnings[0], /Content-Security-Policy refused .*wasm-eval.*'wasm-unsafe-eval'/);
  assert.ok(csp.shown.steps > 10 && csp.shown.text > 0 && !csp.shown.ready);
  assert.deepEqual(csp.errors, []);

  // The site sends no CORS header: the warning says what the site must send; the host's own
  // fallback link shows.
  const plain = await serve(DIST);
  const cors = await failing('async', { query: `?site=${encodeURIComponent(plain.url)}` });
  await plain.close();
  assert.equal(cors.warnings.length, 1, cors.warnings.join('\n'));
  assert.match(cors.warnings[0], /could not fetch .*fragment-.*Access-Control-Allow-Origin \(CORS\)/);
  assert.ok(cors.shown.fallback > 0 && cors.shown.steps === 0);
  assert.deepEqual(cors.errors, []);

  // A file missing from the deployment: named, with its status.
  const fragment = (await fs.readdir(DIST)).find((f) => /^fragment-.*\.html$/.test(f));
  const partial = await serve(DIST, { cors: true, missing: [`/${fragment}`] });
  const missing = await failing('async', { query: `?site=${encodeURIComponent(partial.url)}` });
  await partial.close();
  assert.equal(missing.warnings.length, 1, missing.warnings.join('\n'));
  assert.match(missing.warnings[0], new RegExp(`${fragment} answered HTTP 404: the file is missing`));
  assert.ok(missing.shown.fallback > 0);
  assert.deepEqual(missing.errors, []);
});
