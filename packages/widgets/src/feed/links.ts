const ALLOWED_PROTOCOLS = new Set(['https:', 'http:', 'mailto:', 'tel:']);
// C0 controls, DEL and C1 controls: browsers strip some of them while parsing,
// which is how `java\tscript:` tricks work, so a link holding any is refused.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/**
 * The feed is untrusted: a value becomes a link only when it is an absolute
 * https:, http:, mailto: or tel: URL. Returns the normalised href, or
 * undefined for anything else (javascript:, data:, vbscript:, relative, junk).
 */
export function safeHref(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (!trimmed || CONTROL.test(trimmed)) return undefined;
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return undefined;
  }
  return ALLOWED_PROTOCOLS.has(url.protocol) ? url.href : undefined;
}

/** A `tel:` href from a phone number as people write it ("+47 555 12 345"). */
export function telHref(phone: string): string | undefined {
  const digits = phone.replace(/[^\d+]/g, '');
  return /^\+?\d{3,15}$/.test(digits) ? `tel:${digits}` : undefined;
}

/** A `mailto:` href from an e-mail address, or undefined when it is not one. */
export function mailtoHref(email: string): string | undefined {
  return /^[^\s@<>()"':]+@[^\s@<>()"':]+\.[^\s@<>()"':]+$/.test(email) ? `mailto:${email}` : undefined;
}
