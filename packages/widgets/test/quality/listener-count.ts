/**
 * Counts event listeners that are really registered (a second identical
 * `addEventListener` is a no-op, removing an unknown one too) on `window`,
 * `document` and `visualViewport`, and `scroll`/`resize` listeners on any
 * target (Floating UI's `autoUpdate` puts them on every scrolling ancestor).
 *
 * Import it FIRST, before any element module, so it sees every registration.
 * It wraps `EventTarget.prototype.addEventListener`/`removeEventListener`; a
 * bare `addEventListener(…)` call (this === undefined) counts as `window`.
 * Listeners on other targets are held only in a WeakMap keyed by their
 * target, so counting never keeps an element alive.
 */

type Listener = EventListenerOrEventListenerObject;

interface Registry {
  /** "type|capture" → listeners. */
  byKey: Map<string, Set<Listener>>;
}

const original = {
  add: EventTarget.prototype.addEventListener,
  remove: EventTarget.prototype.removeEventListener,
};

const registries = new WeakMap<EventTarget, Registry>();
/** Net registrations on window/document/visualViewport (any type), and scroll/resize on any target. */
const counters = { global: 0, scrollResize: 0, added: 0, removed: 0 };
const globalLog = new Map<string, number>();

const isGlobal = (target: EventTarget) =>
  target === window || target === document || (typeof visualViewport !== 'undefined' && target === visualViewport);
const isScrollResize = (type: string) => type === 'scroll' || type === 'resize';
const captureOf = (options: unknown) =>
  typeof options === 'boolean' ? options : !!(options as AddEventListenerOptions | undefined)?.capture;
const label = (target: EventTarget) => (target === window ? 'window' : target === document ? 'document' : 'visualViewport');

function tracked(target: EventTarget, type: string): boolean {
  return isGlobal(target) || isScrollResize(type);
}

function record(target: EventTarget, type: string, listener: Listener, capture: boolean, delta: 1 | -1): void {
  let registry = registries.get(target);
  if (!registry) registries.set(target, (registry = { byKey: new Map() }));
  const key = `${type}|${capture}`;
  let set = registry.byKey.get(key);
  if (!set) registry.byKey.set(key, (set = new Set()));
  if (delta === 1) {
    if (set.has(listener)) return;
    set.add(listener);
  } else {
    if (!set.delete(listener)) return;
  }
  if (delta === 1) counters.added++;
  else counters.removed++;
  if (isGlobal(target)) {
    counters.global += delta;
    const name = `${label(target)}:${type}`;
    globalLog.set(name, (globalLog.get(name) ?? 0) + delta);
  }
  if (isScrollResize(type)) counters.scrollResize += delta;
}

function install(): void {
  const marker = Symbol.for('frisklivs-widgets.listener-count');
  const proto = EventTarget.prototype as unknown as Record<symbol, boolean>;
  if (proto[marker]) return;
  proto[marker] = true;
  EventTarget.prototype.addEventListener = function addEventListener(
    this: EventTarget | undefined,
    type: string,
    listener: Listener | null,
    options?: boolean | AddEventListenerOptions,
  ): void {
    const target = this ?? window;
    original.add.call(target, type, listener, options);
    if (!listener || !tracked(target, type)) return;
    const signal = typeof options === 'object' ? options.signal : undefined;
    if (signal?.aborted) return;
    const capture = captureOf(options);
    record(target, type, listener, capture, 1);
    if (signal) original.add.call(signal, 'abort', () => record(target, type, listener, capture, -1), { once: true });
  };
  EventTarget.prototype.removeEventListener = function removeEventListener(
    this: EventTarget | undefined,
    type: string,
    listener: Listener | null,
    options?: boolean | EventListenerOptions,
  ): void {
    const target = this ?? window;
    original.remove.call(target, type, listener, options);
    if (listener && tracked(target, type)) record(target, type, listener, captureOf(options), -1);
  };
}

install();

export interface ListenerCounts {
  /** Listeners registered now on window, document and visualViewport. */
  global: number;
  /** `scroll` and `resize` listeners registered now, on any target. */
  scrollResize: number;
  /** Effective registrations / removals of tracked listeners so far. */
  added: number;
  removed: number;
  /** Registered now, per "window:popstate" etc. (non-zero only). */
  byType: Record<string, number>;
}

export function listenerCounts(): ListenerCounts {
  const byType: Record<string, number> = {};
  for (const [name, count] of globalLog) if (count) byType[name] = count;
  return { ...counters, byType };
}

/** What changed between two snapshots (per type only where it differs). */
export function listenerDelta(before: ListenerCounts, after: ListenerCounts): ListenerCounts {
  const byType: Record<string, number> = {};
  for (const name of new Set([...Object.keys(before.byType), ...Object.keys(after.byType)])) {
    const diff = (after.byType[name] ?? 0) - (before.byType[name] ?? 0);
    if (diff) byType[name] = diff;
  }
  return {
    global: after.global - before.global,
    scrollResize: after.scrollResize - before.scrollResize,
    added: after.added - before.added,
    removed: after.removed - before.removed,
    byType,
  };
}
