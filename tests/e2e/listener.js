// Loaded first in every page transcript.test.mjs opens (the test server's prelude): brings in the
// virtual screen reader (@guidepup/virtual-screen-reader's browser build, served at /__vsr.js)
// and reads the page item by item, as a listener moving on with a screen reader's "next" does.
//
// Like a screen reader, it brings what it reads into view: a step of the story is scrolled to
// where the story reads it (its top under the pinned panel, its `scroll-margin-top`), anything
// else just into view. So the story's engine moves from step to step as it would for a listener,
// and the "Step n of N" announcements are heard where they would be.
//
// window.ilrsListener resolves to { read(max) }: reads up to `max` items more, and for each gives
// the phrases spoken since the one before (announcements included), the story step it is in,
// the graphic state it describes (`data-describes`), and whether it is inside the story; it stops
// at the first item after the story.
window.ilrsListener = import('/__vsr.js').then(({ virtual }) => {
  const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  let started = false;
  let spoken = 0;
  let lastStep = null;
  let wasInStory = false;
  const carried = [];

  async function read(max) {
    if (!started) {
      await virtual.start({ container: document.body });
      started = true;
    }
    const items = [];
    for (let i = 0; i < max; i += 1) {
      await virtual.next();
      const node = virtual.activeNode;
      const element = node && (node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement);
      // A <noscript>'s HTML is text while scripts run, which browsers neither render nor put in
      // their accessibility tree; the virtual reader reads it out: skipped, as a screen reader
      // would, but for the announcements that came meanwhile.
      if (element?.closest('noscript')) {
        const log = await virtual.spokenPhraseLog();
        carried.push(...log.slice(spoken).filter((phrase) => /^(polite|assertive): /.test(phrase)));
        spoken = log.length;
        continue;
      }
      const step = element?.closest('[data-step]') ?? null;
      if (step && step !== lastStep) {
        step.scrollIntoView({ block: 'start' });
      } else if (!step && element && element.getBoundingClientRect().height < window.innerHeight) {
        element.scrollIntoView({ block: 'nearest' });
      }
      if (step) lastStep = step;
      await frames();
      const log = await virtual.spokenPhraseLog();
      const inStory = Boolean(element?.closest('#story'));
      items.push({
        phrases: [...carried.splice(0), ...log.slice(spoken)],
        step: step?.dataset.step ?? null,
        describes: element?.closest('[data-describes]')?.dataset.describes ?? null,
        inStory,
      });
      spoken = log.length;
      const after = wasInStory && !inStory && element !== null;
      wasInStory ||= inStory;
      if (after || node === null) return { items, done: true };
    }
    return { items, done: false };
  }

  return { read };
});
