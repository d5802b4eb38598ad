/**
 * The foot of a record: when it was last checked, and "Meld fra om feil" (the
 * record's own report address or form, else the publisher's), with an e-mail
 * subject that names the record and its id.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { safeHref } from '../feed/links.js';
import { formatIsoDate } from '../i18n/format.js';
import type { Locale } from '../i18n/locales.js';
import { str, type MsgFn } from '../i18n/messages.js';

export interface ReportTarget {
  /** The record's id in the feed. */
  id: string;
  /** The record's name, as the reader sees it. */
  name: string;
  /** The record's own `reportUrl`. */
  reportUrl?: string;
  /** When the record was last checked (YYYY-MM-DD). */
  lastVerified?: string;
}

/**
 * Where to report an error in a record, or undefined when neither the record
 * nor the publisher gives an address: a `mailto:` with the subject added
 * (kept when the feed already gives one), or the https: form as it is.
 */
export function reportHref(t: MsgFn, target: ReportTarget, publisherReportUrl?: string): string | undefined {
  const href = safeHref(target.reportUrl) ?? safeHref(publisherReportUrl);
  if (!href?.startsWith('mailto:')) return href;
  const url = new URL(href);
  if (url.searchParams.has('subject')) return href;
  const subject = t(str`Feil i oppføringen «${target.name}» (${target.id})`, {
    id: 'record.reportSubject',
    desc: 'Subject of the e-mail a reader sends to report an error',
  });
  // URLSearchParams writes spaces as "+", which mail clients show as "+": encode as %20.
  const query = [...url.searchParams].map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`);
  query.push(`subject=${encodeURIComponent(subject)}`);
  return `mailto:${url.pathname}?${query.join('&')}`;
}

/** "Sist kontrollert 1. oktober 2026 · Meld fra om feil". */
export function renderRecordFooter(t: MsgFn, locale: Locale, target: ReportTarget, publisherReportUrl?: string): TemplateResult {
  const href = reportHref(t, target, publisherReportUrl);
  return html`<p class="record-footer" part="record-footer">
    ${
      target.lastVerified
        ? html`<span class="last-checked"
            >${t(str`Sist kontrollert ${formatIsoDate(target.lastVerified, locale, 'long')}`, { id: 'record.lastChecked' })}</span
          >`
        : nothing
    }
    ${href ? html`<a class="report" part="report-link" href=${href}>${t('Meld fra om feil', { id: 'record.report' })}</a>` : nothing}
  </p>`;
}
