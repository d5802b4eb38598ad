// Shared by the leak tests (test/quality/leaks.test.ts) and the memory section of `npm run bench`.
import type { LitElement } from 'lit';
import { listenerCounts, type ListenerCounts } from './listener-count.js';

type Mountable = LitElement & { shadowRoot: ShadowRoot };

/** Puts `value` in the field at `selector` as an `input` event delivers it, and waits for the element's update. */
export async function typeInto(el: Mountable, selector: string, value: string): Promise<void> {
  const input = el.shadowRoot.querySelector<HTMLInputElement>(selector)!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

/**
 * Mounts `n` elements made by `make` in `stage`, one at a time, lets `interact` act on each, and removes it. One
 * round runs first and is not counted: lazy chunks and shared observers start once per page. Returns the listener
 * counts before the cycles, the most window/document listeners added while one element was mounted, and only a
 * WeakRef to each element (no frame here still holds one when it returns, so each can be collected).
 */
export async function mountCycles<E extends Mountable>(
  stage: HTMLElement,
  make: () => E,
  n: number,
  interact?: (el: E) => Promise<void>,
): Promise<{ before: ListenerCounts; peakGlobal: number; refs: WeakRef<E>[] }> {
  const round = async (): Promise<{ ref: WeakRef<E>; mountedGlobal: number }> => {
    const el = make();
    stage.append(el);
    await el.updateComplete;
    await interact?.(el);
    const mountedGlobal = listenerCounts().global;
    el.remove();
    // An update the removal itself triggers must not add listeners either.
    await el.updateComplete;
    return { ref: new WeakRef(el), mountedGlobal };
  };
  await round();
  // Let timers the first round started run out before counting.
  await new Promise((resolve) => setTimeout(resolve, 50));
  const before = listenerCounts();
  let peakGlobal = 0;
  const refs: WeakRef<E>[] = [];
  for (let i = 0; i < n; i++) {
    const { ref, mountedGlobal } = await round();
    peakGlobal = Math.max(peakGlobal, mountedGlobal - before.global);
    refs.push(ref);
  }
  return { before, peakGlobal, refs };
}
