// Every graphic as a reader sees it, at phone and desktop widths, light and dark: each drawing
// the page shows (every story state inline, the explorer's timeline, the lead in the hero, and
// the sticky graphics of the scrolling story) keeps its text inside the drawing, no two labels
// overlapping by more than a quarter of the smaller, none rendered under 12 px, and every label,
// faded ones too, at WCAG AA contrast against the page. The downloads exist.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSite, watchedPage } from './browser.mjs';
import { axeViolations } from './axe.mjs';

const site = useSite();

const VIEWPORTS = [
  { width: 320, height: 568 },
  { width: 375, height: 667 },
  { width: 1280, height: 800 },
];

/** Runs in the page: the problems of every visible drawing under `selector`. */
function inspect(selector) {
  const rgb = (colour) => (colour.match(/[\d.]+/g) || []).slice(0, 3).map(Number);
  const luminance = ([r, g, b]) => {
    const lin = (c) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
  };
  const contrast = (a, b) => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (hi + 0.05) / (lo + 0.05);
  };
  const root = document.querySelector('.ilrs');
  const bg = rgb(getComputedStyle(root).backgroundColor);
  const problems = [];
  const drawings = [];
  for (const svg of document.querySelectorAll(selector)) {
    const box = svg.getBoundingClientRect();
    if (box.width === 0 || getComputedStyle(svg).display === 'none') continue;
    const figure = svg.closest('[data-state]');
    const name = `${svg.closest('figure')?.className.split(' ')[0]} ${figure?.dataset.inlineGraphic || figure?.dataset.graphic || ''}:${figure?.dataset.state || ''} ${svg.dataset.width}`;
    drawings.push(name);
    const scale = svg.getScreenCTM().a;
    const texts = [...svg.querySelectorAll('text')].map((t) => ({ t, r: t.getBoundingClientRect() }));
    for (const { t, r } of texts) {
      const px = parseFloat(getComputedStyle(t).fontSize) * scale;
      if (px < 11.95) problems.push(`${name}: "${t.textContent}" is ${px.toFixed(1)} px`);
      if (r.left < box.left - 0.5 || r.right > box.right + 0.5 || r.top < box.top - 0.5 || r.bottom > box.bottom + 0.5) {
        problems.push(`${name}: "${t.textContent}" runs outside its drawing`);
      }
      // A faded label too: its ink over the page, as much as the opacities above it let through.
      let opacity = 1;
      for (let el = t; el && el !== svg; el = el.parentElement) opacity *= parseFloat(getComputedStyle(el).opacity);
      const ink = rgb(getComputedStyle(t).fill).map((c, i) => c * opacity + bg[i] * (1 - opacity));
      const ratio = contrast(ink, bg);
      if (ratio < 4.5) problems.push(`${name}: "${t.textContent}" has contrast ${ratio.toFixed(2)}`);
    }
    for (let i = 0; i < texts.length; i++) {
      for (let j = i + 1; j < texts.length; j++) {
        const [a, b] = [texts[i].r, texts[j].r];
        const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (w <= 0 || h <= 0) continue;
        const smaller = Math.min(a.width * a.height, b.width * b.height);
        if (w * h > smaller / 4) {
          problems.push(`${name}: "${texts[i].t.textContent}" overlaps "${texts[j].t.textContent}"`);
        }
      }
    }
  }
  return { problems, drawings };
}

for (const colorScheme of ['light', 'dark']) {
  for (const viewport of VIEWPORTS) {
    test(`graphics read at ${viewport.width} px, ${colorScheme}`, async () => {
      const context = await site.browser.newContext({ viewport, colorScheme, reducedMotion: 'reduce' });
      const { page, problems } = await watchedPage(context);

      // Flat: every step's drawing inline, so every state the story shows is on the page.
      await page.goto(`${site.server.url}/?flat`);
      await page.locator('#ilrs-explainer[data-ilrs-ready="hydrated"]').waitFor({ timeout: 15000 });
      const flat = await page.evaluate(inspect, '.ilrs-graphic > svg');
      const states = await page.locator('[data-step]').evaluateAll((els) => [...new Set(els.map((e) => e.dataset.shows))]);
      const width = viewport.width >= 600 ? 'wide' : 'narrow';
      for (const shows of states) {
        const [graphic, state] = shows.split(':');
        assert.ok(flat.drawings.includes(`ilrs-inline-graphic ${graphic}:${state} ${width}`), `${shows} is checked`);
      }
      assert.ok(flat.drawings.some((d) => d.startsWith('ilrs-lead-graphic')), 'the lead is checked');
      assert.ok(flat.drawings.some((d) => d.startsWith('ilrs-explorer-graphic')), "the explorer's timeline is checked");
      assert.deepEqual(flat.problems, [], 'every inline drawing reads');

      // Scrolling: each sticky graphic as it is shown beside (or, on phones, above) the steps. A
      // screen too short for it reads the story flat (checked above): the sticky graphics are
      // checked at the same width on a taller screen.
      if (viewport.height < 600) await page.setViewportSize({ width: viewport.width, height: 700 });
      await page.goto(`${site.server.url}/`);
      await page.locator('#ilrs-explainer[data-ilrs-ready="hydrated"]').waitFor({ timeout: 15000 });
      await page.locator('.ilrs-story--scrolly').waitFor();
      await page.locator('.ilrs-story-graphic').scrollIntoViewIfNeeded();
      for (const graphic of ['coalitions', 'timeline', 'moon', 'budgets']) {
        await page.evaluate((g) => {
          for (const f of document.querySelectorAll('[data-graphic]')) f.classList.toggle('is-current', f.dataset.graphic === g);
        }, graphic);
        const sticky = await page.evaluate(inspect, '.ilrs-sticky-graphic.is-current .ilrs-graphic > svg');
        assert.equal(sticky.drawings.length, 1, `the sticky ${graphic} shows one drawing`);
        assert.deepEqual(sticky.problems, [], `the sticky ${graphic} reads`);
      }
      assert.deepEqual(problems, []);
      await context.close();
    });
  }
}

test('every graphic has a title, a source line and SVG and PNG downloads that exist', async () => {
  const context = await site.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const { page } = await watchedPage(context);
  await page.goto(`${site.server.url}/?flat`);
  const figures = await page.locator('figure:has(> .ilrs-graphic)').evaluateAll((els) =>
    els.map((f) => ({
      title: f.querySelector('.ilrs-chart-title')?.textContent.trim(),
      foot: f.querySelector('.ilrs-chart-foot')?.textContent.trim(),
      links: [...f.querySelectorAll('.ilrs-chart-foot a[download]')].map((a) => a.href),
      table: f.querySelector('.ilrs-chart-foot a:not([download])')?.href,
      label: f.querySelector('svg')?.getAttribute('aria-label'),
    })),
  );
  assert.ok(figures.length >= 26, `${figures.length} figures`);
  const files = new Set();
  const tables = new Set();
  for (const f of figures) {
    assert.ok(f.title, 'a title');
    assert.match(f.foot, /^Sources: .+\. The data as a table\. Download: SVG, PNG$/);
    tables.add(f.table);
    assert.ok(f.label && f.label.length > 40, 'a text alternative');
    f.links.forEach((l) => files.add(l));
  }
  assert.equal(files.size, 10, 'five graphics, two files each');
  // Each graphic's table, on the page of the graphics' data: there, with rows, and the records
  // in them link to pages that exist.
  assert.equal(tables.size, 5, 'five graphics, a table each');
  await page.goto([...tables][0]);
  for (const url of tables) {
    const id = new URL(url).hash.slice(1);
    const rows = await page.locator(`section#${id} tbody tr`).count();
    assert.ok(rows >= 2, `${id}: ${rows} rows`);
  }
  const records = await page.locator('.ilrs-data-table tbody a').evaluateAll((as) => as.map((a) => a.href));
  assert.ok(records.length > 30, `${records.length} records linked`);
  for (const url of new Set(records)) {
    assert.equal((await page.request.get(url)).status(), 200, url);
  }
  assert.deepEqual(await axeViolations(page), [], 'axe on the tables page');
  for (const url of files) {
    const response = await page.request.get(url);
    assert.equal(response.status(), 200, url);
    const body = await response.body();
    if (url.endsWith('.png')) {
      assert.equal(body.subarray(1, 4).toString(), 'PNG', url);
      assert.equal(body.readUInt32BE(16), 1280, `${url} is 1280 px wide`);
    } else {
      assert.match(body.toString(), /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/, url);
    }
  }
  await context.close();
});
