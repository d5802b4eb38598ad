import { str, type MsgFn } from '../i18n/messages.js';

/** "Porsanger, Karasjok og Lebesby": a list joined by the locale's "and" (Intl.ListFormat has no nn or Sámi data). */
export function joinAnd(t: MsgFn, items: readonly string[]): string {
  if (items.length < 2) return items[0] ?? '';
  const head = items.slice(0, -1).join(', ');
  const last = items[items.length - 1]!;
  return t(str`${head} og ${last}`, { id: 'list.and', desc: 'The last two items of a list: "Porsanger, Karasjok og Lebesby"' });
}
