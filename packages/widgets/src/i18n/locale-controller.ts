import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { SOURCE_LOCALE, normalizeLocale, type Locale } from './locales.js';
import { isLocaleLoaded, loadLocale, messagesFor, type MsgFn } from './messages.js';

/**
 * The locale an element renders in: its own `lang`, else the nearest
 * ancestor's — walking out of shadow roots to their hosts — else `<html lang>`,
 * else Bokmål. A `lang` we do not ship (say "de" on a quotation) is passed over.
 */
export function resolveLocale(element: Element): Locale {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const locale = normalizeLocale(node.getAttribute('lang'));
      if (locale) return locale;
      node = node.parentNode;
    } else if (node instanceof ShadowRoot) {
      node = node.host;
    } else {
      node = node.parentNode;
    }
  }
  return SOURCE_LOCALE;
}

type Host = ReactiveControllerHost & HTMLElement;

const active = new Set<LocaleController>();
let observer: MutationObserver | undefined;
const observedRoots = new WeakSet<Node>();

// One observer for the whole page: any `lang` change re-resolves every
// connected element (a cheap walk up the tree), inside shadow roots as well.
function watch(root: Node): void {
  if (observedRoots.has(root)) return;
  observer ??= new MutationObserver(() => {
    for (const controller of active) controller.resolve();
  });
  observer.observe(root, { attributes: true, attributeFilter: ['lang'], subtree: true });
  observedRoots.add(root);
}

/**
 * Gives an element its own locale (see `resolveLocale`), loads that locale's
 * strings lazily, and re-renders the element when its locale changes.
 */
export class LocaleController implements ReactiveController {
  /** The locale the element renders in now. */
  locale: Locale = 'nb';
  /** Look up a UI string in this element's locale. */
  readonly msg: MsgFn = messagesFor(() => this.locale);
  private loading?: Promise<void>;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  /** True when the strings for `locale` are available, so rendering shows no other language. */
  get ready(): boolean {
    return isLocaleLoaded(this.locale);
  }

  /** Resolves when the current locale's strings are loaded (failures fall back to Bokmål). */
  get loaded(): Promise<void> {
    return this.loading ?? Promise.resolve();
  }

  hostConnected(): void {
    active.add(this);
    for (let root = this.host.getRootNode(); ;) {
      watch(root);
      if (!(root instanceof ShadowRoot)) break;
      root = root.host.getRootNode();
    }
    this.resolve();
  }

  hostDisconnected(): void {
    active.delete(this);
  }

  /** Re-reads the `lang` chain; called by the shared observer. */
  resolve(): void {
    const next = resolveLocale(this.host);
    if (next === this.locale && this.ready) return;
    const changed = next !== this.locale;
    this.locale = next;
    if (this.ready) {
      if (changed) this.host.requestUpdate();
      return;
    }
    this.loading = loadLocale(next)
      .catch((error: unknown) => {
        // A missing locale chunk must not break the page: render in Bokmål.
        console.warn(`[frisklivs-widgets] could not load locale ${next}; showing Bokmål`, error);
        if (this.locale === next) this.locale = 'nb';
      })
      .finally(() => this.host.requestUpdate());
    this.host.requestUpdate();
  }
}
