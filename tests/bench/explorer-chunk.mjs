// How long the explorer's controls wait for its code (src/explorer/on_approach.rs), on the phone
// profiles (profiles.mjs): a reader who jumps to the explorer (a link, the contents list) lands
// before its chunk has been fetched, so this is the longest wait; a reader who scrolls there
// starts the fetch three screens ahead. Also what the chunk transfers, counted by the browser.
// A click in that wait is made again once the explorer runs. Figures only: `scripts/bench.sh`
// runs it after a release build; alone: `node tests/bench/explorer-chunk.mjs`.

import { launch, serveDist } from '../e2e/browser.mjs';
import { PROFILES, median, throttledPage } from './profiles.mjs';

const RUNS = Number(process.env.LOAD_RUNS ?? 5);

const server = await serveDist();
const browser = await launch();
console.log(`\nThe explorer's chunk: a jump to the explorer until it filters, medians of ${RUNS}`);
console.log('| profile | chunk transferred B | jump to filtering, ms |\n| --- | ---: | ---: |');
try {
  for (const profile of PROFILES.filter((p) => p.latency)) {
    const waits = [];
    let transferred = 0;
    for (let i = 0; i < RUNS; i++) {
      const { context, page, cdp } = await throttledPage(browser, profile);
      const chunk = new Set();
      cdp.on('Network.requestWillBeSent', (e) => {
        if (/\/ilrs-explorer-[0-9a-f]+\.wasm$/.test(e.request.url)) chunk.add(e.requestId);
      });
      cdp.on('Network.loadingFinished', (e) => {
        if (chunk.has(e.requestId)) transferred = e.encodedDataLength;
      });
      await page.goto(`${server.url}/`, { waitUntil: 'load', timeout: 120000 });
      await page.waitForSelector('[data-ilrs-ready]', { timeout: 120000 });
      await page.waitForTimeout(1000);
      waits.push(
        await page.evaluate(async () => {
          const explorer = document.querySelector('.ilrs-explorer');
          const start = performance.now();
          explorer.scrollIntoView();
          while (!explorer.classList.contains('is-live')) await new Promise((r) => setTimeout(r, 5));
          return performance.now() - start;
        }),
      );
      await context.close();
    }
    console.log(`| ${profile.name} | ${transferred} | ${Math.round(median(waits))} |`);
  }
} finally {
  await browser.close();
  await server.close();
}
