import { autoUpdate, computePosition, flip, offset, shift, size } from '@floating-ui/dom';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

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

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Whether position tracking is running. */
  get tracking(): boolean {
    return !!this.stop;
  }

  show(anchor: HTMLElement, popup: HTMLElement): void {
    if (this.stop) return;
    if (popup.showPopover && !popup.matches(':popover-open')) popup.showPopover();
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
  }

  hide(popup?: HTMLElement | null): void {
    this.stop?.();
    this.stop = undefined;
    if (popup?.hidePopover && popup.matches(':popover-open')) popup.hidePopover();
  }

  hostDisconnected(): void {
    this.hide();
  }
}
