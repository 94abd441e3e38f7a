// What a listener hears: a virtual screen reader (@guidepup/virtual-screen-reader, pinned in
// package.json) reads the page from its top to the end of the story, item by item, at a phone
// size and a desktop size, and the journey checks what the listener hears:
//   - after each step's words whose graphic differs from the step before, a description of what
//     the graphic now shows (`data-describes="{graphic}:{state}"`), before the next step's words;
//   - the step announcements: "Step n of N" once for each step reached, in order, never again
//     for the same step (not on every scroll frame);
//   - no link or button named "entry 2", "here", "more" and the like, there or anywhere on the page.
// Each transcript is written to tests/e2e/artifacts/transcript-{engine}-{size}.txt, for a person
// to read what a listener hears. It runs in Chromium, Firefox and WebKit, through the engines'
// shared interface (tests/e2e/engines/index.mjs); `ILRS_ENGINES` picks some, as for engines.test.mjs.
// The virtual reader's rules are its own, not any one screen reader's: what it finds, check in
// the browser's accessibility tree before changing the page for it.

import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DIST } from './browser.mjs';
import { serve } from './server.mjs';
import { CONSOLE_PRELUDE, ENGINES, islandsStarted, startEngine } from './engines/index.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ARTIFACTS = path.join(HERE, 'artifacts');
const VSR = createRequire(import.meta.url).resolve('@guidepup/virtual-screen-reader/browser.js');
const SIZES = [
  { name: 'phone', width: 375, height: 667 },
  { name: 'desktop', width: 1280, height: 800 },
];
const chosen = process.env.ILRS_ENGINES ? process.env.ILRS_ENGINES.split(',') : ENGINES;
/** More items than the page's top and story take to read (about 1,000): a stop, not a limit. */
const MOST_ITEMS = 4000;

/** Names that say nothing out of context (as in a screen reader's list of links). */
const MEANINGLESS = /^(entry \d+|here|click here|more|read more|link|button|\d+)$/i;

/**
 * What is wrong in a transcript: `items` as the listener gives them (listener.js), `steps` the
 * story's steps in order ({ id, shows }). Empty when the listener hears what the page promises.
 */
export function transcriptProblems(items, steps) {
  const problems = [];
  const firstOf = new Map();
  items.forEach((item, i) => {
    if (item.step !== null && !firstOf.has(item.step)) firstOf.set(item.step, i);
  });
  steps.forEach((step, i) => {
    const start = firstOf.get(step.id);
    if (start === undefined) {
      problems.push(`step ${step.id} was never read`);
      return;
    }
    if (i > 0 && steps[i - 1].shows === step.shows) return;
    const next = steps[i + 1] ? firstOf.get(steps[i + 1].id) ?? items.length : items.length;
    const own = items.slice(start, next);
    const words = own.findIndex((item) => item.step === step.id && item.describes === null);
    const described = own.findIndex(
      (item, j) =>
        j > words &&
        item.describes === step.shows &&
        item.phrases.some((p) => p.includes('The graphic now')),
    );
    if (words < 0 || described < 0) {
      problems.push(`after the words of ${step.id}, no description of ${step.shows} before the next step`);
    }
  });
  const announced = items
    .flatMap((item) => item.phrases)
    .map((p) => /^(?:polite|assertive): (.*)$/.exec(p)?.[1])
    .filter((said) => said !== undefined && /^Step \d+ of \d+$/.test(said));
  const expected = steps.slice(1).map((_, i) => `Step ${i + 2} of ${steps.length}`);
  if (JSON.stringify(announced) !== JSON.stringify(expected)) {
    problems.push(`the step announcements were ${JSON.stringify(announced)}, not each step once, in order`);
  }
  for (const phrase of items.flatMap((item) => item.phrases)) {
    const name = /^(?:link|button), (.*)$/.exec(phrase)?.[1];
    if (name !== undefined && MEANINGLESS.test(name.trim())) problems.push(`a control named "${name}"`);
  }
  return problems;
}

// ---- The check itself, on made-up transcripts: it finds what it must.

describe('the transcript check', () => {
  const steps = [
    { id: 'one', shows: 'moon:a' },
    { id: 'two', shows: 'moon:b' },
    { id: 'three', shows: 'moon:b' },
  ];
  const heard = (step, phrases, describes = null) => ({ phrases, step, describes, inStory: true });
  const good = () => [
    heard(null, ['heading, The story, level 2']),
    heard('one', ['Words of one.']),
    heard('one', ['The graphic now: A.'], 'moon:a'),
    heard('two', ['Words of two.', 'polite: Step 2 of 3']),
    heard('two', ['The graphic now: B.'], 'moon:b'),
    heard('three', ['Words of three.', 'polite: Step 3 of 3']),
    heard('three', ['link, Corrected on 5 December 2026: the Accords counts']),
  ];

  test('passes a transcript that has everything', () => {
    assert.deepEqual(transcriptProblems(good(), steps), []);
  });

  test("fails when a step's description is missing", () => {
    const items = good().filter((item) => item.describes !== 'moon:b');
    assert.deepEqual(transcriptProblems(items, steps), [
      'after the words of two, no description of moon:b before the next step',
    ]);
  });

  test('fails when a description comes before the words, or is of another state', () => {
    const early = good();
    [early[3], early[4]] = [early[4], early[3]];
    assert.equal(transcriptProblems(early, steps).length, 1);
    const other = good();
    other[4] = heard('two', ['The graphic now: A.'], 'moon:a');
    assert.equal(transcriptProblems(other, steps).length, 1);
  });

  test('fails on a step announced twice, or not at all', () => {
    const twice = good();
    twice[4].phrases.push('polite: Step 2 of 3');
    assert.equal(transcriptProblems(twice, steps).length, 1);
    const none = good().map((item) => ({ ...item, phrases: item.phrases.filter((p) => !p.startsWith('polite')) }));
    assert.equal(transcriptProblems(none, steps).length, 1);
  });

  test('fails on a link named "entry 2"', () => {
    const items = good();
    items[6] = heard('three', ['link, entry 2']);
    assert.deepEqual(transcriptProblems(items, steps), ['a control named "entry 2"']);
  });
});

// ---- The page, read.

const LISTENER = path.join(HERE, 'listener.js');

for (const name of chosen) {
  describe(`${name}: what a listener hears`, () => {
    let engine;
    let server;
    before(async () => {
      engine = await startEngine(name);
      await fs.mkdir(ARTIFACTS, { recursive: true });
      // WebKit's driver cannot report the console: its pages load the console prelude first.
      let prelude = LISTENER;
      if (engine.needsConsolePrelude) {
        prelude = path.join(ARTIFACTS, 'listener-with-console.js');
        const parts = await Promise.all([CONSOLE_PRELUDE, LISTENER].map((file) => fs.readFile(file, 'utf8')));
        await fs.writeFile(prelude, parts.join('\n'));
      }
      server = await serve(DIST, { prelude, files: { '/__vsr.js': VSR } });
    });
    after(async () => {
      await engine?.close();
      await server?.close();
    });

    for (const size of SIZES) {
      test(`${size.name}: each step's graphic is described after its words, steps are announced once, and every name says something`, async () => {
        const width = Math.max(size.width, engine.minWidth);
        const tab = await engine.tab({ width, height: size.height });
        await tab.goto(`${server.url}/`);
        await islandsStarted(tab);
        const steps = await tab.evaluate(() =>
          [...document.querySelectorAll('[data-step]')].map((el) => ({ id: el.dataset.step, shows: el.dataset.shows })),
        );
        assert.ok(steps.length >= 15, `the story has its steps (${steps.length})`);

        const items = [];
        for (let done = false; !done && items.length < MOST_ITEMS; ) {
          const part = await tab.evaluate(async (n) => (await window.ilrsListener).read(n), 100);
          items.push(...part.items);
          done = part.done;
        }
        const transcript = items.flatMap((item) => item.phrases);
        await fs.writeFile(path.join(ARTIFACTS, `transcript-${name}-${size.name}.txt`), `${transcript.join('\n')}\n`);

        assert.deepEqual(transcriptProblems(items, steps), []);
        // Every link and button on the page, not only those read: a name that says something.
        const names = await tab.evaluate(() =>
          [...document.querySelectorAll('a[href], button')]
            .filter((el) => !el.closest('[hidden], [aria-hidden="true"]'))
            .map((el) => (el.getAttribute('aria-label') ?? el.textContent).replace(/\s+/g, ' ').trim()),
        );
        const meaningless = names.filter((n) => n === '' || MEANINGLESS.test(n));
        assert.deepEqual(meaningless, [], 'links and buttons named without meaning');
        assert.deepEqual(await tab.problems(), []);
        await tab.close();
      });
    }
  });
}
