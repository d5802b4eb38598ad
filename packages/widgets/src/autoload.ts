/**
 * The script-tag entry (`dist/frisklivs-widgets.js`): defines the elements a page uses, loading each one's code
 * only when its tag is in the document (now, or added later). The code every element shares comes in one chunk,
 * fetched beside the elements' own small files rather than after them. A page with one element downloads that
 * element and the shared chunk; a page with all four, each element once. Each definition is guarded, so a second
 * copy of the library on the page is harmless.
 *
 * A page with three or four of them at first gets them all in one file instead (`all/frisklivs-widgets-all.js`,
 * built apart): one gzip stream is about 6 KB smaller than the shared chunk and four element files gzipped apart.
 *
 * An element inside another component's shadow root is not seen here: load its own file
 * (`dist/elements/fl-….js`) for such a page.
 */
const ELEMENTS: Record<string, () => Promise<unknown>> = {
  'fl-centre-finder': () => import('./elements/centre-finder/define.js'),
  'fl-group-finder': () => import('./elements/group-finder/define.js'),
  'fl-frisklivskort': () => import('./elements/frisklivskort/define.js'),
  'fl-follow-up-timeline': () => import('./elements/follow-up-timeline/define.js'),
};

const waiting = new Set(Object.keys(ELEMENTS));
let shared: Promise<unknown> | undefined;

function defineFound(): void {
  for (const tag of waiting) {
    if (!document.querySelector(tag)) continue;
    waiting.delete(tag);
    // The shared chunk is asked for at once, not when the element's file names it (one round trip fewer).
    shared ??= import('./shared/frisklivs-element.js');
    ELEMENTS[tag]!().catch((error: unknown) => {
      waiting.add(tag);
      console.error(`[frisklivs-widgets] could not load <${tag}>`, error);
    });
  }
}

/** How many kinds of element make one file of all four the smaller download. */
const ALL_IN_ONE_FROM = 3;

const found = Object.keys(ELEMENTS).filter((tag) => document.querySelector(tag));
if (found.length >= ALL_IN_ONE_FROM) {
  waiting.clear();
  import(/* @vite-ignore */ new URL('./all/frisklivs-widgets-all.js', import.meta.url).href).catch((error: unknown) => {
    console.error('[frisklivs-widgets] could not load the elements', error);
  });
} else defineFound();
if (waiting.size) {
  const observer = new MutationObserver(() => {
    defineFound();
    if (!waiting.size) observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true });
}
