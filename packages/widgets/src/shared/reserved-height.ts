import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * - `fresh`: nothing rendered yet.
 * - `loading`: the skeleton is up; the space is reserved.
 * - `holding`: content replaced the skeleton but is shorter than the space; the rest is kept.
 * - `released`: the element takes its natural height from now on.
 */
type Phase = 'fresh' | 'loading' | 'holding' | 'released';

/** The discrete input after which the browser does not count a layout shift (for 500 ms). */
const INPUT_EVENTS = ['pointerdown', 'keydown'] as const;

/**
 * Keeps the host page still while the feed loads (layout shift 0).
 *
 * The element reserves `--fl-skeleton-height`, one screen by default, while it loads. Content taller than that
 * grows below the fold, where nothing visible moves. Content shorter than that keeps the unused space until the
 * space is out of view (giving it back then moves nothing on screen; scroll anchoring covers space above the
 * view) or until the reader presses a key or the pointer in the element (the browser does not count shifts that
 * follow input). Each time the skeleton shows again (a retry, another language) the space is reserved again.
 */
export class ReservedHeightController implements ReactiveController {
  private phase: Phase = 'fresh';
  private observer?: IntersectionObserver;

  constructor(
    private readonly host: Host,
    /** Whether the host now renders more than its loading skeleton. */
    private readonly settled: () => boolean,
  ) {
    host.addController(this);
  }

  /** Whether the element's outer wrapper reserves the space now (it gets the `reserving` class). */
  get reserving(): boolean {
    return this.phase === 'loading' || this.phase === 'holding';
  }

  /** A zero-height marker, the wrapper's last child, so the unused space can be measured and watched. */
  renderEndMarker(): unknown {
    return this.phase === 'holding' ? html`<div class="reserve-end" aria-hidden="true"></div>` : nothing;
  }

  hostUpdate(): void {
    if (!this.settled()) {
      if (this.phase !== 'loading') this.stopWatching();
      this.phase = 'loading';
    } else if (this.phase === 'loading') this.phase = 'holding';
    // Content on the very first render (a feed already loaded, no feed needed) never showed a skeleton.
    else if (this.phase === 'fresh') this.phase = 'released';
  }

  hostUpdated(): void {
    if (this.phase !== 'holding' || this.observer || !this.host.isConnected) return;
    const end = this.host.shadowRoot?.querySelector('.reserve-end');
    const wrapper = end?.parentElement;
    if (!end || !wrapper) return;
    const unused = wrapper.getBoundingClientRect().bottom - end.getBoundingClientRect().top;
    if (unused < 1) {
      // The content fills the space. Released just after this update (asking for a render inside one would
      // make Lit render twice in a row), still before the browser paints.
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
