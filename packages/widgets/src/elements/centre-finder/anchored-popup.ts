import type { ReactiveController, ReactiveControllerHost } from 'lit';

type FloatingUi = typeof import('./floating.js');
let floatingUi: Promise<FloatingUi> | undefined;

/**
 * Floating UI is needed only once someone types, so it loads then (or on focus,
 * via `prepare()`), not with the page: a reader who never searches never downloads it.
 */
function loadFloatingUi(): Promise<FloatingUi> {
  floatingUi ??= import('./floating.js');
  return floatingUi;
}

/**
 * Keeps a popup (the suggestion list) attached below its anchor with Floating
 * UI: it flips above near the viewport's bottom edge, stays inside scrolling
 * containers, and is as wide as the anchor. Where the Popover API exists the
 * popup is shown in the top layer, so no `overflow: hidden` ancestor of the
 * host page can clip it. Position tracking (scroll, resize listeners) runs only
 * while the popup is open and is always stopped on close and on disconnect.
 */
export class AnchoredPopup implements ReactiveController {
  private stop?: () => void;
  /** Bumped on every show/hide, so a show that finishes loading after a hide does nothing. */
  private generation = 0;

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Whether position tracking is running. */
  get tracking(): boolean {
    return !!this.stop;
  }

  /** Starts loading the positioning code ahead of the first `show()` (e.g. when the input gets focus). */
  prepare(): void {
    void loadFloatingUi().catch(() => {});
  }

  show(anchor: HTMLElement, popup: HTMLElement): void {
    if (this.stop) return;
    const generation = ++this.generation;
    if (popup.showPopover && !popup.matches(':popover-open')) popup.showPopover();
    void loadFloatingUi().then(({ autoUpdate, computePosition, flip, offset, shift, size }) => {
      if (generation !== this.generation || this.stop) return;
      this.stop = autoUpdate(anchor, popup, () => {
        void computePosition(anchor, popup, {
          strategy: 'fixed',
          placement: 'bottom-start',
          middleware: [
            offset(4),
            flip({ padding: 8 }),
            shift({ padding: 8 }),
            size({
              padding: 8,
              apply({ availableHeight, rects }) {
                popup.style.setProperty('--_available-height', `${Math.max(96, availableHeight)}px`);
                popup.style.width = `${rects.reference.width}px`;
              },
            }),
          ],
        }).then(({ x, y }) => {
          popup.style.left = `${x}px`;
          popup.style.top = `${y}px`;
        });
      });
    });
  }

  hide(popup?: HTMLElement | null): void {
    this.generation++;
    this.stop?.();
    this.stop = undefined;
    if (popup?.hidePopover && popup.matches(':popover-open')) popup.hidePopover();
  }

  hostDisconnected(): void {
    this.hide();
  }
}
