import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type UrlStateMode = 'query' | 'hash';

/**
 * Keeps some state in the page URL, in its query string or its hash, when the
 * host asks for it (the group finder's filters, the result a shared link opens): reads it, writes it (replace while typing, push on
 * discrete changes so back/forward step through them) and reports
 * back/forward navigation. Listens only while the host is connected.
 */
export class UrlStateController implements ReactiveController {
  constructor(
    host: ReactiveControllerHost,
    private readonly mode: () => UrlStateMode | undefined,
    private readonly onNavigate: (raw: string) => void,
  ) {
    host.addController(this);
  }

  // popstate covers back/forward; hashchange also covers a hand-edited hash or an in-page link.
  private readonly handle = () => {
    const raw = this.read();
    if (raw !== undefined) this.onNavigate(raw);
  };

  hostConnected(): void {
    addEventListener('popstate', this.handle);
    addEventListener('hashchange', this.handle);
  }

  hostDisconnected(): void {
    removeEventListener('popstate', this.handle);
    removeEventListener('hashchange', this.handle);
  }

  /** The raw parameter string ("a=1&b=2"), or undefined when URL state is off. */
  read(): string | undefined {
    const mode = this.mode();
    if (!mode) return undefined;
    const raw = (mode === 'hash' ? location.hash : location.search).slice(1);
    // A plain in-page anchor ("#top") is not parameters.
    return mode === 'hash' && raw && !raw.includes('=') ? '' : raw;
  }

  /** Rewrites the parameter string through `update`; `push` adds a history entry. */
  write(update: (raw: string) => string, push: boolean): void {
    const raw = this.read();
    if (raw === undefined) return;
    const next = update(raw);
    const url = new URL(location.href);
    if (this.mode() === 'hash') url.hash = next;
    else url.search = next;
    if (url.href === location.href) return;
    // Keep the host's history.state (SPA routers keep their keys there).
    if (push) history.pushState(history.state, '', url);
    else history.replaceState(history.state, '', url);
  }
}

/** Our parameters all start with this, so the host page's own parameters are left alone. */
export const PARAM_PREFIX = 'fl-';

/**
 * A link to this page that opens the element on one record: the page's URL with
 * `param=id` in the query or the hash (`mode`), and every other `fl-*`
 * parameter taken out, so that no search text or filter a reader typed travels
 * with the link. The host page's own parameters stay.
 */
export function recordLink(mode: UrlStateMode, param: string, id: string, href: string = location.href): string {
  const url = new URL(href);
  const raw = (mode === 'hash' ? url.hash : url.search).slice(1);
  const kept = raw.split('&').filter((part) => part && !part.startsWith(PARAM_PREFIX) && (mode !== 'hash' || part.includes('=')));
  const next = [...kept, `${encodeURIComponent(param)}=${encodeURIComponent(id)}`].join('&');
  if (mode === 'hash') url.hash = next;
  else url.search = next;
  return url.href;
}

/** The record id a link carries in `param` (see `recordLink`), from a raw parameter string. */
export function recordFromParams(raw: string, param: string): string | undefined {
  const id = new URLSearchParams(raw).get(param)?.trim();
  return id ? id.slice(0, 100) : undefined;
}
