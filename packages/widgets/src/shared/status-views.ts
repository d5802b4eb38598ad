import { html, nothing, type TemplateResult } from 'lit';
import type { FeedError } from '../feed/loader.js';
import { str, type MsgFn } from '../i18n/messages.js';

/** A placeholder that reserves the element's height while the feed loads, so the page does not jump. */
export function renderSkeleton(t: MsgFn, bars = 5): TemplateResult {
  return html`<div class="skeleton" part="skeleton" role="status" aria-busy="true">
    <span class="visually-hidden">${t('Laster …', { id: 'status.loading' })}</span>
    ${Array.from({ length: bars }, () => html`<div class="bar" aria-hidden="true"></div>`)}
  </div>`;
}

function errorText(t: MsgFn, error: FeedError): string {
  switch (error.kind) {
    case 'no-feed':
      return t('Ingen datakilde er satt opp for denne visningen.', { id: 'error.noFeed' });
    case 'timeout':
      return t('Tjenesten svarte ikke i tide. Sjekk nettforbindelsen og prøv igjen.', { id: 'error.timeout' });
    case 'network':
      return t('Vi fikk ikke kontakt med tjenesten. Sjekk nettforbindelsen og prøv igjen.', { id: 'error.network' });
    case 'http':
      return t(str`Tjenesten svarte med en feil (${error.status ?? '?'}). Prøv igjen senere.`, { id: 'error.http' });
    case 'version':
      return t('Datakilden er nyere enn denne visningen forstår. Nettstedet må oppdatere visningen.', { id: 'error.version' });
    case 'parse':
    case 'invalid':
      return t('Datakilden har feil og kan ikke vises. Prøv igjen senere.', { id: 'error.invalid' });
  }
}

/** The friendly, localized failure view with a retry button; the technical detail stays on the console. */
export function renderFeedError(t: MsgFn, error: FeedError, retry: () => void): TemplateResult {
  return html`<div class="status error" part="error" role="alert">
    <p>${errorText(t, error)}</p>
    ${
      error.kind === 'no-feed'
        ? nothing
        : html`<button type="button" part="retry-button" @click=${retry}>${t('Prøv igjen', { id: 'action.retry' })}</button>`
    }
  </div>`;
}

/** An empty state: says plainly that nothing matched, with optional next steps. */
export function renderEmpty(message: string, next: unknown = nothing): TemplateResult {
  return html`<div class="status empty" part="empty" role="status">
    <p>${message}</p>
    ${next}
  </div>`;
}

/** Shown above the content when the network failed and a last good copy is used. */
export function renderStaleNotice(t: MsgFn, savedAt: string, formatDate: (date: Date) => string): TemplateResult {
  return html`<p class="status stale" part="stale-notice" role="status">
    ${t(str`Viser lagrede opplysninger fra ${formatDate(new Date(savedAt))}. De kan være utdaterte.`, { id: 'status.stale' })}
  </p>`;
}
