import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { rememberHeight, rememberedHeight } from '../feed/heights.js';
import { reservationFor, reserveLength } from './reserve-css.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * - `fresh`: nothing rendered yet.
 * - `loading`: the skeleton is up; the space is reserved.
 * - `holding`: content replaced the skeleton, is shorter than the space, and the reader has scrolled: the rest is
 *   kept until giving it back moves nothing the reader sees.
 * - `released`: the element takes its natural height from now on.
 */
type Phase = 'fresh' | 'loading' | 'holding' | 'released';

/** What the host shows: its loading skeleton, the feed's content, or a message (an error: not a height to remember). */
export type Shown = 'skeleton' | 'content' | 'message';

/** The discrete input after which the browser does not count a layout shift (for 500 ms). */
const INPUT_EVENTS = ['pointerdown', 'keydown'] as const;
/** Attributes that do not change an element's height. */
const NOT_LAYOUT = new Set(['feed', 'lang', 'style', 'class', 'id', 'slot', 'title', 'show-language-switcher', 'url-state']);

/**
 * Keeps the host page still while the feed loads, without leaving blank space once it has.
 *
 * While loading, the element reserves about the height it will have: the height it had last time on this page
 * (remembered per feed, element options and page width), else the estimate measured for its kind, options and a
 * phone or a wide screen (`reservations.ts`, the same figures as the page's `:not(:defined)` rules from
 * `reserveCss`), never more than one screen (taller content grows below the fold, where nothing visible moves).
 * `--fl-skeleton-height` overrides both.
 *
 * When the content (or an error message) shows and the reader has not scrolled, the unused space goes at once:
 * the estimate is close, so the text after the element moves a little or not at all, and no blank space is left.
 * When the reader has scrolled, unused space is kept until it is out of view (scroll anchoring then covers space
 * above the view) or the reader presses a key or the pointer in the element (the browser does not count shifts
 * right after input). Each time the skeleton shows again (a retry, another language) the space is reserved again.
 */
export class ReservedHeightController implements ReactiveController {
  private phase: Phase = 'fresh';
  /** The reservation while loading, as a CSS length. */
  private reserve?: string;
  private observer?: IntersectionObserver;
  /** Whether the content's height was measured for this load. */
  private measured = false;

  constructor(
    private readonly host: Host,
    /** What the host renders now. */
    private readonly shown: () => Shown,
    /** The feed URL, to remember the height with ('' for none). */
    private readonly feedUrl: () => string,
  ) {
    host.addController(this);
  }

  /** Whether the element's outer wrapper reserves the space now (it gets the `reserving` class). */
  get reserving(): boolean {
    return this.phase === 'loading' || this.phase === 'holding';
  }

  /** A zero-height marker, the wrapper's last child, so the content's height and the unused space can be measured. */
  renderEndMarker(): unknown {
    return this.phase === 'holding' || this.phase === 'loading' ? html`<div class="reserve-end" aria-hidden="true"></div>` : nothing;
  }

  hostUpdate(): void {
    const shown = this.shown();
    if (shown === 'skeleton') {
      if (this.phase !== 'loading') {
        this.stopWatching();
        this.reserve = this.estimate();
        this.measured = false;
      }
      this.phase = 'loading';
    } else if (this.phase === 'loading') {
      // The reader has not scrolled: the unused space goes with this very render. Nothing is measured now (a forced
      // layout of a long list cost 380 ms on a throttled phone); the height is remembered once the browser has laid
      // the content out anyway.
      if (scrollX === 0 && scrollY === 0) {
        this.phase = 'released';
        if (shown === 'content') this.rememberAfterPaint();
      } else this.phase = 'holding';
    }
    // Content on the very first render (a feed already loaded, no feed needed) never showed a skeleton.
    else if (this.phase === 'fresh') this.phase = 'released';
  }

  hostUpdated(): void {
    // The height to reserve, on the wrapper (set through the CSSOM, which a strict style-src allows).
    const base = this.host.shadowRoot?.querySelector<HTMLElement>('.base');
    if (this.reserving && this.reserve) base?.style.setProperty('--_reserve', this.reserve);
    else base?.style.removeProperty('--_reserve');
    if (this.phase !== 'holding' || this.observer || !this.host.isConnected) return;
    const end = this.host.shadowRoot?.querySelector('.reserve-end');
    const wrapper = end?.parentElement;
    if (!end || !wrapper) return;
    const top = wrapper.getBoundingClientRect().top;
    const contentEnd = end.getBoundingClientRect().top;
    if (!this.measured && this.shown() === 'content') {
      this.measured = true;
      rememberHeight(this.feedUrl(), this.key(), contentEnd - top);
    }
    const unused = wrapper.getBoundingClientRect().bottom - contentEnd;
    if (unused < 1) {
      // Filled: the space goes now. Released just after this update (asking for a render inside one would make Lit
      // render twice in a row), still before the browser paints.
      queueMicrotask(this.release);
      return;
    }
    // With the view's top edge pushed up by the unused height, the marker is outside the view exactly when the
    // unused space [marker, marker + unused] is: then it can go without moving anything the reader sees.
    this.observer = new IntersectionObserver((entries) => entries.some((entry) => !entry.isIntersecting) && this.release(), {
      rootMargin: `${Math.ceil(unused)}px 0px 0px 0px`,
    });
    this.observer.observe(end);
    for (const type of INPUT_EVENTS) this.host.addEventListener(type, this.release, { capture: true });
  }

  hostConnected(): void {
    // Moved in the page while holding: measure and watch again.
    if (this.phase === 'holding') this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.stopWatching();
  }

  /** Remembers the content's height after the next paint, when reading it costs no extra layout. */
  private rememberAfterPaint(): void {
    if (this.measured) return;
    this.measured = true;
    const url = this.feedUrl();
    const key = this.key();
    requestAnimationFrame(() =>
      setTimeout(() => {
        const base = this.host.shadowRoot?.querySelector('.base');
        if (this.phase === 'released' && base && this.host.isConnected) rememberHeight(url, key, base.getBoundingClientRect().height);
      }),
    );
  }

  /** The element's kind, its options that change its height, and the page's width (in 40 px steps). */
  private key(): string {
    const options = [...this.host.attributes]
      .filter((attribute) => !NOT_LAYOUT.has(attribute.name))
      .map((attribute) => `${attribute.name}=${attribute.value.slice(0, 40)}`)
      .sort();
    return `${this.host.localName}[${options.join(',')}]@${Math.round(innerWidth / 40)}`;
  }

  private estimate(): string | undefined {
    const remembered = rememberedHeight(this.feedUrl(), this.key());
    return remembered ? reserveLength(remembered) : reservationFor(this.host);
  }

  private readonly release = (): void => {
    if (this.phase === 'released') return;
    this.phase = 'released';
    this.stopWatching();
    this.host.requestUpdate();
  };

  private stopWatching(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    for (const type of INPUT_EVENTS) this.host.removeEventListener(type, this.release, { capture: true });
  }
}
