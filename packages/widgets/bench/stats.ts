/** Small helpers for the benchmark page: timing, statistics, waiting. */

export interface Row {
  name: string;
  median?: number;
  p95?: number;
  unit?: string;
  target?: string;
  note?: string;
}

export const now = () => performance.now();

export function median(samples: readonly number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Nearest-rank 95th percentile. */
export function p95(samples: readonly number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(0.95 * sorted.length) - 1)]!;
}

export const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Waits for `n` rendered frames. */
export async function frames(n = 2): Promise<void> {
  for (let i = 0; i < n; i++) await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
}

type Gc = (options?: { type?: 'major' | 'minor'; execution?: 'sync' | 'async' }) => void | Promise<void>;
const gcFunction = (globalThis as { gc?: Gc }).gc;
export const hasGc = typeof gcFunction === 'function';

/**
 * Full collections in tasks of their own, without the stack: a collection
 * called from script scans the stack conservatively, and a stale pointer there
 * would keep an element alive that nothing references. WeakRef targets are
 * also kept until the end of the task that created or dereferenced them.
 */
export async function collectFully(): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await sleep(10);
    await gcFunction?.({ type: 'major', execution: 'async' });
  }
}

export async function waitFor(condition: () => boolean, timeoutMs = 10_000, what = 'condition'): Promise<void> {
  const start = now();
  while (!condition()) {
    if (now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await sleep(5);
  }
}

/** Times `run` `n` times (after `setup` each time, untimed), returning the samples in ms. */
export async function repeat(
  n: number,
  run: () => unknown | Promise<unknown>,
  setup?: () => unknown | Promise<unknown>,
): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    await setup?.();
    const start = now();
    await run();
    samples.push(now() - start);
  }
  return samples;
}

export function row(name: string, samples: readonly number[], extra: Omit<Row, 'name' | 'median' | 'p95'> = {}): Row {
  return { name, median: round(median(samples), 3), p95: round(p95(samples), 3), ...extra };
}

/** "×1.8 (ours slower)" style ratio text for ours/theirs. */
export function ratioText(ours: number, theirs: number): string {
  const ratio = ours / theirs;
  return `ours/theirs = ${ratio.toFixed(2)} (${ratio < 1 ? `ours ${(1 / ratio).toFixed(1)}× faster` : `ours ${ratio.toFixed(1)}× slower`})`;
}

/**
 * Follows the self-rescheduling `setTimeout` chains the group finder starts after its first render (the sort into
 * display order and `prepareSearch`, a slice per task): resolves once every chain that scheduled itself again has
 * nothing pending and no timer callback has run for 50 ms (a one-off timer, maybe cleared, is not waited for). Install before the code that starts them; `restore()`
 * afterwards. `longestMs`: the longest single slice.
 */
export function trackTimerChain(): {
  done: Promise<{ slices: number; cpuMs: number; wallMs: number; longestMs: number }>;
  restore: () => void;
} {
  const original = window.setTimeout;
  type Chain = { pending: number; runs: number; cpu: number; longest: number; again: boolean; start: number };
  const chains = new Map<unknown, Chain>();
  let running: unknown;
  let last = now();
  let resolve!: (value: { slices: number; cpuMs: number; wallMs: number; longestMs: number }) => void;
  const done = new Promise<{ slices: number; cpuMs: number; wallMs: number; longestMs: number }>((r) => (resolve = r));
  const check = () => {
    const repeating = [...chains.values()].filter((chain) => chain.again);
    if (!repeating.length || repeating.some((chain) => chain.pending > 0) || now() - last < 50) {
      original(check, 50);
      return;
    }
    resolve({
      slices: repeating.reduce((sum, chain) => sum + chain.runs, 0),
      cpuMs: repeating.reduce((sum, chain) => sum + chain.cpu, 0),
      wallMs: last - Math.min(...repeating.map((chain) => chain.start)),
      longestMs: Math.max(...repeating.map((chain) => chain.longest)),
    });
  };
  original(check, 50);
  const wrapped = (handler: TimerHandler, delay?: number, ...args: unknown[]): number => {
    if (typeof handler !== 'function') return original(handler, delay, ...args);
    let chain = chains.get(handler);
    if (!chain) chains.set(handler, (chain = { pending: 0, runs: 0, cpu: 0, longest: 0, again: false, start: now() }));
    if (running === handler) chain.again = true;
    chain.pending++;
    const c = chain;
    return original(() => {
      c.pending--;
      const previous = running;
      running = handler;
      const start = now();
      try {
        (handler as (...a: unknown[]) => void)(...args);
      } finally {
        const took = now() - start;
        c.cpu += took;
        c.longest = Math.max(c.longest, took);
        c.runs++;
        running = previous;
        last = now();
      }
    }, delay);
  };
  window.setTimeout = wrapped as typeof window.setTimeout;
  return { done, restore: () => void (window.setTimeout = original) };
}
