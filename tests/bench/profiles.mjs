// What the load benchmarks share (load.mjs, explorer-chunk.mjs): the device profiles, a cold
// throttled page for one of them, and the median.

/** Desktop, and the two phones: CPU slowdown, round trip (ms) and download speed (kb/s). */
export const PROFILES = [
  { name: 'desktop', cpu: 1 },
  { name: 'mid phone (4x CPU, 150 ms, 1.6 Mb/s)', cpu: 4, latency: 150, kbps: 1600 },
  { name: 'low-end phone (6x CPU, 300 ms, 0.7 Mb/s)', cpu: 6, latency: 300, kbps: 700 },
];

export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * A new phone-sized page in a context of its own, throttled to `profile`, with the cache off:
 * { context, page, cdp }. `init` is added as an init script before anything is loaded.
 */
export async function throttledPage(browser, profile, init) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  if (init) await page.addInitScript(init);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (profile.latency) {
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: profile.latency,
      downloadThroughput: (profile.kbps * 1000) / 8,
      uploadThroughput: (750 * 1000) / 8,
    });
  }
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
  return { context, page, cdp };
}
