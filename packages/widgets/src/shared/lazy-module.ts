import type { CSSResult, ReactiveController, ReactiveControllerHost } from 'lit';

/** A lazy part's own CSS: a module that exports `styles` brings them into each shadow root that shows it. */
interface WithStyles {
  styles?: readonly CSSResult[];
}

/** The loads a host is waiting for, so that its `updateComplete` can wait for them too (see `settleLazyModules`). */
const pending = new WeakMap<ReactiveControllerHost, Set<Promise<unknown>>>();
/** One load per module and page, whichever element asks first. */
const loads = new Map<() => Promise<unknown>, Promise<unknown>>();
const loaded = new Map<() => Promise<unknown>, unknown>();

/**
 * A part of an element that the first screen does not need (a result card, a filter panel, a share button), kept
 * out of the first load in a chunk of its own. Call `want()` when it is about to be needed (the first search, a
 * click, a focus): the chunk loads once per page and the host updates when it has arrived. `module` is undefined
 * until then; render nothing in its place, as before the moment that needs it. A chunk that fails to load is asked
 * for again at the next `want()`. A module that exports `styles` (CSSResults) has them added to the host's shadow
 * root before the host first renders with it, so the first load carries no CSS for views not yet shown.
 *
 *   private readonly views = new LazyModule(this, loadResultViews);   // loadResultViews = () => import('./views.js')
 *   willUpdate() { if (this.searched) this.views.want(); }
 *   render() { const views = this.views.module; return views ? views.renderResults(…) : nothing; }
 */
export class LazyModule<M> implements ReactiveController {
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly load: () => Promise<M>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  private adopted = false;

  /** Before each render: once the module is there, its styles join the host's own (after them, in the same layers). */
  hostUpdate(): void {
    if (this.adopted) return;
    const styles = (this.module as WithStyles | undefined)?.styles;
    const root = (this.host as Partial<Element>).shadowRoot;
    if (!styles || !root) return;
    this.adopted = true;
    const sheets = styles.map((style) => style.styleSheet).filter((sheet): sheet is CSSStyleSheet => !!sheet);
    if (sheets.length === styles.length) root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...sheets];
    else
      for (const style of styles) {
        const element = document.createElement('style');
        const nonce = (globalThis as { litNonce?: string }).litNonce;
        if (nonce) element.setAttribute('nonce', nonce);
        element.textContent = style.cssText;
        root.appendChild(element);
      }
  }

  /** The module, once loaded (by this host or any other on the page). */
  get module(): M | undefined {
    return loaded.get(this.load) as M | undefined;
  }

  /** Whether the last load failed (a network error); the next `want()` tries again. */
  get failed(): boolean {
    return this.lastFailed;
  }

  private lastFailed = false;

  /** Starts the load if it has not started; the host updates once the module is there. */
  want(): void {
    if (this.module) return;
    if (this.lastFailed) {
      this.lastFailed = false;
      this.host.requestUpdate(); // what showed the failure goes back to waiting
    }
    let load = loads.get(this.load) as Promise<M> | undefined;
    if (!load) {
      load = this.load().then(
        (module) => (loaded.set(this.load, module), module),
        (error: unknown) => {
          loads.delete(this.load);
          throw error;
        },
      );
      loads.set(this.load, load);
    }
    const waiting = pending.get(this.host) ?? new Set();
    pending.set(this.host, waiting);
    const done = load.then(
      () => this.host.requestUpdate(),
      () => {
        // Left out, as before it was needed; the next want() tries again.
        this.lastFailed = true;
        this.host.requestUpdate();
      },
    );
    waiting.add(done);
    void done.finally(() => waiting.delete(done));
  }
}

/** Resolves when the modules a host asked for have arrived (or failed): for its `getUpdateComplete`. */
export async function settleLazyModules(host: ReactiveControllerHost): Promise<boolean> {
  const waiting = pending.get(host);
  if (!waiting?.size) return false;
  await Promise.all(waiting);
  return true;
}
