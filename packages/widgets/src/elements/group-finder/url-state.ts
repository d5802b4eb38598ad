import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type UrlStateMode = 'query' | 'hash';

/**
 * Keeps some state in the page URL, in its query string or its hash, when the
 * host asks for it: reads it, writes it (replace while typing, push on
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
