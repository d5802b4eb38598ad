/**
 * "Del": share a link to one result. Where the browser has a share sheet
 * (`navigator.share`, mostly phones) it opens it; elsewhere the link goes to the
 * clipboard and a polite status says so; when the clipboard is refused, the link
 * is shown selected in a read-only field to copy by hand.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { str, type MsgFn } from '../i18n/messages.js';

export type ShareOutcome = 'shared' | 'copied' | 'manual';

export interface ShareState {
  /** Which button was used (a record id). */
  key: string;
  outcome: ShareOutcome;
  url: string;
}

export class ShareController implements ReactiveController {
  /** The last share, for the status next to its button. */
  state?: ShareState;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Shares `url` (titled `title`) for the button `key`; resolves when done, with what happened. */
  async share(key: string, url: string, title: string): Promise<ShareOutcome | undefined> {
    let outcome: ShareOutcome | undefined;
    if (typeof navigator.share === 'function') {
      try {
        await navigator.share({ url, title });
        outcome = 'shared';
      } catch (error) {
        // The reader closed the share sheet: nothing to say.
        if ((error as DOMException)?.name === 'AbortError') return undefined;
      }
    }
    if (!outcome) {
      try {
        await navigator.clipboard.writeText(url);
        outcome = 'copied';
      } catch {
        outcome = 'manual';
      }
    }
    this.state = { key, outcome, url };
    this.host.requestUpdate();
    return outcome;
  }
}

export interface ShareButtonOptions {
  /** Identifies the record (its id). */
  key: string;
  /** The link to share. */
  url: string;
  /** The record's name: the share sheet's title and the button's full accessible name. */
  title: string;
}

/** The "Del" button, with its status ("Lenken er kopiert.") or the link to copy by hand. */
export function renderShareButton(t: MsgFn, controller: ShareController, options: ShareButtonOptions): TemplateResult {
  const state = controller.state?.key === options.key ? controller.state : undefined;
  const select = (event: Event) => (event.target as HTMLInputElement).select();
  return html`<span class="share" part="share">
    <button
      type="button"
      class="secondary share-button"
      part="share-button"
      aria-label=${t(str`Del lenke til ${options.title}`, { id: 'share.label' })}
      @click=${() => void controller.share(options.key, options.url, options.title)}
    >
      ${t('Del', { id: 'share.button', desc: 'Button: share a link to this result' })}
    </button>
    <span class="share-status" role="status">
      ${state?.outcome === 'copied' ? t('Lenken er kopiert.', { id: 'share.copied' }) : nothing}
    </span>
    ${
      state?.outcome === 'manual'
        ? html`<label class="share-manual"
            >${t('Kopier lenken:', { id: 'share.manual' })}
            <input type="text" readonly .value=${state.url} @focus=${select} />
          </label>`
        : nothing
    }
  </span>`;
}
