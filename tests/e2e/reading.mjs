// How the story reads on a screen, measured as a reader scrolls it: the page (or a script embed's
// shadow root) is scrolled `increment` px at a time through the whole story, one frame per stop,
// and at each stop it is noted which step is active and which cards are wholly readable (below
// the pinned panel, above the bottom of the screen). `readStory(tab, options)` runs the scan in
// a tab of any engine (tests/e2e/engines/index.mjs) or in a Playwright page, and waits for it: a
// scan takes longer than a WebDriver script may run, so it runs on its own in the page, polled.
//
// What it finds, for the journeys (tests/e2e/reading.test.mjs) and the benchmark to judge:
//   order      the steps in the order they became active, by index;
//   skipped    the ids of the steps never active;
//   stops      how many stops the scan made, and how many had some card wholly readable;
//   mismatched the stops where some card was wholly readable and the active step's was not;
//   windows    for each step, the px of scroll during which it was active and its card wholly
//              readable (stops times the increment);
//   tallest    the tallest card's height, as a share of the screen's.

/**
 * Scans the story and resolves to what it found. `options`: `increment` (px); `host`, a selector
 * for a script embed's element, whose shadow root holds the story (the host's window scrolls);
 * `around`, if set, only the stops within that many px of each change of step that a first pass
 * 10 px at a time finds, so that a 1 px scan crosses every step's line without every pixel between.
 */
export async function readStory(tab, options, timeout = 600000) {
  await tab.evaluate(startScan, options);
  const done = () => window.__ilrsScan !== null;
  if (tab.waitFor) await tab.waitFor(done, null, timeout);
  else await tab.waitForFunction(done, null, { timeout, polling: 250 });
  const found = await tab.evaluate(() => window.__ilrsScan);
  if (found.error) throw new Error(`the scan failed in the page: ${found.error}`);
  return found;
}

/** Whether `order` goes through every one of `count` steps, each once, first to last. */
export function inOrder(order, count) {
  return order.length === count && order.every((index, i) => index === i);
}

/** The share of stops with a card wholly readable where the active step's card was not. */
export function mismatchShare(found) {
  return found.stops.withReadable === 0 ? 0 : found.mismatched.length / found.stops.withReadable;
}

/**
 * Starts the scan in the page, which leaves what it found in `window.__ilrsScan`. Runs in the
 * page: self-contained.
 */
function startScan({ increment, host = null, around = 0 }) {
  const scope = host ? document.querySelector(host).shadowRoot : document;
  const story = scope.querySelector('#story');
  const steps = [...scope.querySelectorAll('[data-step]')];
  const cards = steps.map((step) => step.querySelector('.ilrs-step-card'));
  const panel = scope.querySelector('.ilrs-story-graphic');
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
  // Pinned above the cards (phones), or beside them (wide screens: nothing over the cards).
  const pinned = () => {
    const style = getComputedStyle(panel);
    return style.display !== 'none' && style.position === 'sticky' && panel.getBoundingClientRect().width > innerWidth * 0.8;
  };
  const look = () => {
    const top = pinned() ? panel.getBoundingClientRect().bottom : 0;
    const readable = [];
    cards.forEach((card, i) => {
      const r = card.getBoundingClientRect();
      // In whole pixels: layout positions are fractional, the screen's pixels are not.
      if (r.height > 0 && Math.round(r.top) >= Math.round(top) && Math.round(r.bottom) <= innerHeight) readable.push(i);
    });
    return { readable, active: steps.findIndex((step) => step.dataset.active === 'true') };
  };
  const stops = (from, to, by) => {
    const ys = [];
    for (let y = Math.max(0, Math.round(from)); y <= to; y += by) ys.push(y);
    return ys;
  };

  async function scan() {
    const storyTop = story.getBoundingClientRect().top + scrollY;
    const storyEnd = storyTop + story.getBoundingClientRect().height - innerHeight;
    let ys = stops(storyTop - innerHeight, storyEnd, increment);
    if (around > 0) {
      // A first pass 10 px at a time finds where the active step changes.
      const changes = [];
      let last = null;
      for (const y of stops(storyTop - innerHeight, storyEnd, 10)) {
        window.scrollTo(0, y);
        await frame();
        const { active } = look();
        if (last !== null && active !== last) changes.push(y);
        last = active;
      }
      const near = new Set();
      for (const y of changes) for (const stop of stops(y - around, y + around, increment)) near.add(stop);
      ys = [...near].sort((a, b) => a - b);
    }
    window.scrollTo(0, Math.max(0, ys[0] - 10));
    await frame();
    const order = [];
    const windows = steps.map(() => 0);
    const mismatched = [];
    let withReadable = 0;
    let tallest = 0;
    for (const y of ys) {
      window.scrollTo(0, y);
      await frame();
      const { readable, active } = look();
      if (order[order.length - 1] !== active) order.push(active);
      if (readable.length > 0) {
        withReadable += 1;
        if (!readable.includes(active)) {
          mismatched.push({ y, active: steps[active]?.dataset.step, readable: readable.map((i) => steps[i].dataset.step) });
        }
      }
      if (readable.includes(active)) windows[active] += increment;
      for (const i of readable) tallest = Math.max(tallest, cards[i].getBoundingClientRect().height / innerHeight);
    }
    const seen = new Set(order);
    return {
      pinned: pinned(),
      order,
      skipped: steps.filter((_, i) => !seen.has(i)).map((step) => step.dataset.step),
      stops: { all: ys.length, withReadable },
      mismatched,
      windows: Object.fromEntries(steps.map((step, i) => [step.dataset.step, windows[i]])),
      tallest,
    };
  }

  window.__ilrsScan = null;
  scan().then(
    (found) => {
      window.__ilrsScan = found;
    },
    (error) => {
      window.__ilrsScan = { error: String(error) };
    },
  );
  return true;
}
