/**
 * Per-element message lookup on top of @lit/localize's generated per-locale
 * modules. @lit/localize's own runtime keeps one page-wide locale (and may be
 * configured only once, possibly by the host page), so we never install it:
 * each element looks its strings up in the templates of its own locale.
 * `msg`-typed functions are what `lit-localize extract` recognises.
 */
import { runtimeMsg } from '@lit/localize/internal/runtime-msg.js';
import type { LocaleModule, MsgFn } from '@lit/localize/internal/types.js';
import type { Locale } from './locales.js';
import { registerCalendar, type CalendarTable, type TableLocale } from './calendar-data.js';

export { str } from '@lit/localize';
export type { MsgFn };
type Templates = LocaleModule['templates'];
/** A locale's strings and calendar, and for the Sámi locales the names of languages (locale-data/*.ts). */
type LocaleData = LocaleModule & { calendar?: CalendarTable; languageNames?: Readonly<Record<string, string>> };

// Static specifiers, so Vite emits one lazy chunk per locale (its strings and calendar) and a Bokmål page loads none.
const loaders: Record<Exclude<Locale, 'nb'>, () => Promise<LocaleData>> = {
  nn: () => import('./locale-data/nn.js'),
  se: () => import('./locale-data/se.js'),
  sma: () => import('./locale-data/sma.js'),
  smj: () => import('./locale-data/smj.js'),
  en: () => import('./locale-data/en.js'),
};

const loaded = new Map<Locale, LocaleData | undefined>([['nb', undefined]]);
const pending = new Map<Locale, Promise<void>>();

export function isLocaleLoaded(locale: Locale): boolean {
  return loaded.has(locale);
}

/** Loads a locale's strings once for the whole page. */
export function loadLocale(locale: Locale): Promise<void> {
  if (loaded.has(locale)) return Promise.resolve();
  let promise = pending.get(locale);
  if (!promise) {
    promise = loaders[locale as Exclude<Locale, 'nb'>]().then(
      (module) => {
        if (module.calendar) registerCalendar(locale as TableLocale, module.calendar);
        // Templates copied into a prototype-free object: no id ("constructor", "toString" …) can find Object.prototype.
        loaded.set(locale, { ...module, templates: Object.assign(Object.create(null) as Templates, module.templates) });
      },
      (error: unknown) => {
        pending.delete(locale);
        throw error;
      },
    );
    pending.set(locale, promise);
  }
  return promise;
}

/** The names of languages in a loaded Sámi locale ("polskkagiella"), by language code; undefined elsewhere. */
export function languageNamesOf(locale: Locale): Readonly<Record<string, string>> | undefined {
  return loaded.get(locale)?.languageNames;
}

/** A `msg` bound to one locale; strings not (yet) translated fall back to the Bokmål source. */
export function messagesFor(getLocale: () => Locale): MsgFn {
  return ((template: Parameters<MsgFn>[0], options?: Parameters<MsgFn>[1]) =>
    runtimeMsg(loaded.get(getLocale())?.templates, template as never, options)) as MsgFn;
}
