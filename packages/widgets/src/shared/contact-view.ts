import { html, nothing, type TemplateResult } from 'lit';
import { mailtoHref, safeHref, telHref } from '../feed/links.js';
import type { MsgFn } from '../i18n/messages.js';

/** Whatever in the feed can be phoned, written to or visited: a centre or a contact point. */
export interface ContactDetails {
  readonly phone?: string;
  readonly email?: string;
  readonly url?: string;
}

/** The safe links for a contact; a value that is not a safe link is left out. */
export interface ContactHrefs {
  readonly tel?: string;
  readonly mail?: string;
  readonly web?: string;
}

export function contactHrefs(contact: ContactDetails): ContactHrefs {
  return {
    tel: contact.phone ? telHref(contact.phone) : undefined,
    mail: contact.email ? mailtoHref(contact.email) : undefined,
    web: contact.url ? safeHref(contact.url) : undefined,
  };
}

/** A web address as a reader says it: no scheme, no "www.", no bare trailing slash ("oslo.kommune.no/frisklivs"). */
export const linkText = (href: string): string => href.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, '');

export interface ContactPairsOptions {
  /** Leave the phone out (`false`; a summary that showed it already). */
  readonly phone?: boolean;
  /** Leave the e-mail address out (`false`; a short summary shows the phone only). */
  readonly email?: boolean;
  /** Leave the web page out (the group finder shows a register-interest link in its place). */
  readonly web?: boolean;
}

/**
 * Phone, e-mail and web page as term/description pairs for the caller's `<dl>`: the one way every element shows how
 * to get in touch, with one message id per label. Nothing when there is no safe link.
 */
export function renderContactPairs(t: MsgFn, contact: ContactDetails, options: ContactPairsOptions = {}): TemplateResult | typeof nothing {
  const hrefs = contactHrefs(contact);
  const tel = options.phone !== false && hrefs.tel;
  const mail = options.email !== false && hrefs.mail;
  const web = hrefs.web;
  const showWeb = options.web !== false && web;
  if (!tel && !mail && !showWeb) return nothing;
  return html`${
    tel
      ? html`<dt>${t('Telefon', { id: 'contact.phone' })}</dt>
          <dd><a href=${tel}>${contact.phone}</a></dd>`
      : nothing
  }${
    mail
      ? html`<dt>${t('E-post', { id: 'contact.email' })}</dt>
          <dd><a href=${mail}>${contact.email}</a></dd>`
      : nothing
  }${
    showWeb
      ? html`<dt>${t('Nettside', { id: 'contact.web' })}</dt>
          <dd><a class="url" href=${web}>${linkText(web)}</a></dd>`
      : nothing
  }`;
}
