/**
 * The content blocks of `<fl-frisklivskort>`, one render function each. Feed
 * text is rendered as text only, and every link goes through feed/links.ts.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { FeedIndex } from '../../feed/index-feed.js';
import { safeHref } from '../../feed/links.js';
import { activeNotices, centreOffers, continueCounts, currentContactHours, weekdayRuns } from '../../feed/queries/card.js';
import { openingStatus } from '../../feed/opening-hours.js';
import type { Centre, Feed, LocalizedText, Municipality, Offer } from '../../feed/schema.js';
import { municipalityName, pickText } from '../../feed/localized.js';
import { formatIsoDate, formatTime, formatWeekday } from '../../i18n/format.js';
import type { Locale } from '../../i18n/locales.js';
import { str, type MsgFn } from '../../i18n/messages.js';
import { selectPlural } from '../../i18n/plural.js';
import { linkText, renderContactPairs } from '../../shared/contact-view.js';
import { renderDirections } from '../../shared/directions-view.js';
import { localizedText } from '../../shared/localized-text.js';
import { referralHeading, referralText } from '../../shared/referral-view.js';
import type { MapController } from '../../shared/map/map-controller.js';
import { renderServiceMap } from '../../shared/map/map-view.js';
import { renderOpeningStatus } from '../../shared/opening-status-view.js';
import type { Block } from './block-names.js';

// The block names are in their own small module: the element's class parses `hide` with them before the feed.
export { BLOCKS, type Block } from './block-names.js';

/** Everything a block needs to render. */
export interface CardContext {
  t: MsgFn;
  locale: Locale;
  feed: Feed;
  index: FeedIndex;
  centre: Centre;
  /** YYYY-MM-DD, for notices and contact hours in force. */
  today: string;
  /** Where the "continue afterwards" link goes (already made safe), if the editor set one. */
  continueHref?: string | undefined;
  /** The `<fl-follow-up-timeline>` on the page, if any. */
  timeline?: Element | null | undefined;
  /** The clock the opening status is read on. */
  now: Date;
  /** Offer the map app (`geo:`) in "Vis vei". */
  mapApp?: boolean;
  /** Whether the notices block is shown (it then says that the centre is temporarily closed). */
  noticesShown?: boolean;
}

const section = (block: Block, heading: string | undefined, body: unknown, wide = false) =>
  html`<section part=${block} class="block ${block}${wide ? ' wide' : ''}">
    ${heading ? html`<h3>${heading}</h3>` : nothing}${body}
  </section>`;

/** "A, B og C": our own list joining, since Intl.ListFormat has no Sámi data. */
export function joinList(t: MsgFn, items: string[]): string {
  if (items.length < 2) return items[0] ?? '';
  const head = items.slice(0, -1).join(', ');
  const last = items[items.length - 1];
  return t(str`${head} og ${last}`, {
    id: 'frisklivskort.list.and',
    desc: 'Joins the last item of a list: "Alta, Kautokeino og Karasjok".',
  });
}

const names = (c: CardContext, numbers: string[]) =>
  numbers.map((n) => {
    const m = c.index.municipalities.get(n);
    return m ? municipalityName(m, c.locale) : n;
  });

const capitalize = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

/**
 * The name, who it serves (an inter-municipal centre: "For innbyggere i Alta, Kautokeino og Karasjok."; where it
 * is, the address block says) and the opening status (on screen; a printed "open now" would be stale).
 */
export function renderHeader(c: CardContext, logo: unknown): TemplateResult {
  const { t, centre } = c;
  const inter = centre.municipalities.length > 1;
  // A temporary closure is said once, with its date, in the notices block.
  const status = openingStatus(centre, c.now);
  return html`<header part="header" class="block header wide">
    ${logo}
    <div>
      <h2 class="name">${localizedText(centre.name, c.locale)}</h2>
      ${
        inter
          ? html`<p class="serves">
              ${t(str`For innbyggere i ${joinList(t, names(c, centre.municipalities))}.`, { id: 'frisklivskort.header.serves' })}
            </p>`
          : nothing
      }
      ${status && !(status.state === 'temporarily-closed' && c.noticesShown) ? renderOpeningStatus(t, c.locale, status, c.now) : nothing}
    </div>
  </header>`;
}

export function renderNotices(c: CardContext): TemplateResult | typeof nothing {
  const { t, centre, locale } = c;
  const notices = activeNotices(centre, c.today);
  let status: string | undefined;
  if (centre.status === 'closed') {
    status = t('Frisklivssentralen er stengt og tar ikke imot nye deltakere.', { id: 'frisklivskort.status.closed' });
  } else if (centre.status === 'temporarily-closed') {
    status = centre.closedUntil
      ? t(str`Frisklivssentralen er midlertidig stengt til og med ${formatIsoDate(centre.closedUntil, locale, 'long')}.`, {
          id: 'frisklivskort.status.closedUntil',
        })
      : t('Frisklivssentralen er midlertidig stengt.', { id: 'frisklivskort.status.temporarilyClosed' });
  }
  if (!status && !notices.length) return nothing;
  return section(
    'notices',
    t('Viktig å vite', { id: 'frisklivskort.notices.heading' }),
    html`${status ? html`<p class="closed">${status}</p>` : nothing}
    ${
      notices.length
        ? html`<ul>
            ${notices.map((n) => html`<li>${localizedText(n.text, locale)}</li>`)}
          </ul>`
        : nothing
    }`,
    true,
  );
}

function ageText(t: MsgFn, locale: Locale, min?: number, max?: number): string | undefined {
  if (min !== undefined && max !== undefined) {
    return selectPlural(locale, max, {
      one: t(str`Alder: ${min}–${max} år`, { id: 'frisklivskort.audience.ageRange.one' }),
      two: t(str`Alder: ${min}–${max} år`, { id: 'frisklivskort.audience.ageRange.two', desc: 'Dual form (used by Sámi locales)' }),
      other: t(str`Alder: ${min}–${max} år`, { id: 'frisklivskort.audience.ageRange.other' }),
    });
  }
  if (min !== undefined) {
    return selectPlural(locale, min, {
      one: t(str`Alder: fra ${min} år`, { id: 'frisklivskort.audience.ageFrom.one' }),
      two: t(str`Alder: fra ${min} år`, { id: 'frisklivskort.audience.ageFrom.two', desc: 'Dual form (used by Sámi locales)' }),
      other: t(str`Alder: fra ${min} år`, { id: 'frisklivskort.audience.ageFrom.other' }),
    });
  }
  if (max !== undefined) {
    return selectPlural(locale, max, {
      one: t(str`Alder: til og med ${max} år`, { id: 'frisklivskort.audience.ageTo.one' }),
      two: t(str`Alder: til og med ${max} år`, { id: 'frisklivskort.audience.ageTo.two', desc: 'Dual form (used by Sámi locales)' }),
      other: t(str`Alder: til og med ${max} år`, { id: 'frisklivskort.audience.ageTo.other' }),
    });
  }
  return undefined;
}

/**
 * Who the centre is for, said once: the centre's own words when the feed has them, else the general sentence; the
 * age limits only when those words do not already give them.
 */
export function renderAudience(c: CardContext): TemplateResult {
  const { t, centre, locale } = c;
  const e = centre.eligibility;
  const own = pickText(e?.text, locale)?.text;
  const limits = [e?.minAge, e?.maxAge].filter((n) => n !== undefined);
  const numbers: string[] = own?.match(/\d+/g) ?? [];
  const statesAge = limits.length > 0 && limits.every((n) => numbers.includes(String(n)));
  const age = statesAge ? undefined : ageText(t, locale, e?.minAge, e?.maxAge);
  return section(
    'audience',
    t('Hvem er frisklivssentralen for?', { id: 'frisklivskort.audience.heading' }),
    html`${
      own
        ? html`<p>${localizedText(e!.text, locale)}</p>`
        : html`<p>
            ${t(
              'For deg som har økt risiko for sykdom eller lever med sykdom, og som vil endre levevaner eller trenger støtte til å mestre helseutfordringer.',
              { id: 'frisklivskort.audience.text' },
            )}
          </p>`
    }
    ${age ? html`<p>${age}</p>` : nothing}`,
    true,
  );
}

const offerList = (offers: Offer[], locale: Locale) =>
  html`<ul>
    ${offers.map((o) => html`<li>${localizedText(o.label, locale)}</li>`)}
  </ul>`;

export function renderOffers(c: CardContext): TemplateResult {
  const { t, locale } = c;
  const { core, optional } = centreOffers(c.feed, c.centre);
  return section(
    'offers',
    t('Dette kan du få hjelp med', { id: 'frisklivskort.offers.heading' }),
    html`${offerList(core, locale)}
    ${
      optional.length
        ? html`<p class="sub">${t('Frisklivssentralen har også:', { id: 'frisklivskort.offers.also' })}</p>
            ${offerList(optional, locale)}`
        : nothing
    }`,
  );
}

export function renderFollowUp(c: CardContext, scrollToTimeline: () => void): TemplateResult {
  const { t, locale } = c;
  const weeks = c.centre.programme?.weeks ?? 12;
  const tl = c.timeline;
  const label = t('Se oppfølgingen uke for uke', { id: 'frisklivskort.followUp.timelineLink' });
  return section(
    'follow-up',
    t('Slik foregår oppfølgingen', { id: 'frisklivskort.followUp.heading' }),
    html`<p>
        ${selectPlural(locale, weeks, {
          one: t(
            str`Du får tett oppfølging i ${weeks} uke: du begynner med en helsesamtale der du setter egne mål, får veiledning og aktiviteter alene og i gruppe, og avslutter med en ny helsesamtale.`,
            {
              id: 'frisklivskort.followUp.text.one',
            },
          ),
          two: t(
            str`Du får tett oppfølging i ${weeks} uker: du begynner med en helsesamtale der du setter egne mål, får veiledning og aktiviteter alene og i gruppe, og avslutter med en ny helsesamtale.`,
            {
              id: 'frisklivskort.followUp.text.two',
              desc: 'Dual form (used by Sámi locales)',
            },
          ),
          other: t(
            str`Du får tett oppfølging i ${weeks} uker: du begynner med en helsesamtale der du setter egne mål, får veiledning og aktiviteter alene og i gruppe, og avslutter med en ny helsesamtale.`,
            {
              id: 'frisklivskort.followUp.text.other',
            },
          ),
        })}
      </p>
      ${
        tl
          ? tl.id
            ? html`<p><a class="timeline-link" href="#${tl.id}">${label}</a></p>`
            : // Without an id there is nothing to link to, so a button scrolls there instead.
              html`<p><button type="button" class="link timeline-link" @click=${scrollToTimeline}>${label}</button></p>`
          : nothing
      }`,
    true,
  );
}

/**
 * Whether the card shows the centre's own "how to get started" words: when the feed has them in the reader's
 * language, or when there are no referral routes to list instead. The words and the routes say the same thing
 * (a feed's text restates them), so the card shows one or the other, never both.
 */
export function showsGettingStarted(centre: Centre, locale: Locale): boolean {
  const picked = pickText(centre.gettingStarted, locale);
  return !!picked && (picked.lang === locale || !centre.referral.length);
}

/** E-mail addresses and phone numbers in running text (each match starts where a run starts: no quadratic retries). */
const WHOLE = /((?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?<![\d+]|\d )\+?\d[\d ]{6,}\d)/;

/**
 * Feed text with its e-mail addresses and phone numbers kept on one line (a printed "post@frisklivs-" / "kautokeino…"
 * or "+47 555" / "01 185" is hard to use); marked with `lang` when it fell back to another language.
 */
function keepWhole(value: LocalizedText, locale: Locale): TemplateResult {
  const picked = pickText(value, locale)!;
  const parts = picked.text.split(WHOLE).map((part, i) => (i % 2 ? html`<span class="whole">${part}</span>` : part));
  return picked.lang === locale ? html`${parts}` : html`<span lang=${picked.lang}>${parts}</span>`;
}

export function renderReferral(c: CardContext): TemplateResult {
  const { t, centre, locale } = c;
  return section(
    'referral',
    referralHeading(t),
    showsGettingStarted(centre, locale)
      ? html`<p>${keepWhole(centre.gettingStarted!, locale)}</p>`
      : centre.referral.length
        ? html`<ul>
            ${centre.referral.map((r) => html`<li>${referralText(t, r)}</li>`)}
          </ul>`
        : html`<p>${t('Ta kontakt med frisklivssentralen for å komme i gang.', { id: 'frisklivskort.referral.contactUs' })}</p>`,
  );
}

export function renderPrice(c: CardContext): TemplateResult {
  const { t, centre, locale } = c;
  const fee = centre.fee;
  return section(
    'price',
    t('Pris', { id: 'frisklivskort.price.heading' }),
    html`<p>
      ${
        fee.free
          ? t('Det er gratis å delta.', { id: 'frisklivskort.price.free' })
          : fee.text
            ? localizedText(fee.text, locale)
            : t('Det er en egenandel. Spør frisklivssentralen om prisen.', { id: 'frisklivskort.price.fee' })
      }
    </p>`,
  );
}

export function renderContact(c: CardContext): TemplateResult | typeof nothing {
  const { t, centre } = c;
  const pairs = renderContactPairs(t, centre);
  if (pairs === nothing) return nothing;
  return section('contact', t('Kontakt', { id: 'frisklivskort.contact.heading' }), html`<dl class="pairs">${pairs}</dl>`);
}

export function renderAddress(c: CardContext): TemplateResult | typeof nothing {
  const { t, centre, locale } = c;
  if (!centre.sites.length) return nothing;
  return section(
    'address',
    t('Her finner du oss', { id: 'frisklivskort.address.heading' }),
    html`${centre.sites.map(
      (site) =>
        html`<p class="site">
            ${site.name ? html`<strong>${localizedText(site.name, locale)}</strong><br />` : nothing} ${site.address.street}<br />${site.address.postcode}
            ${site.address.postTown}
            ${
              site.stepFree === undefined
                ? nothing
                : html`<br /><span class="access"
                      >${
                        site.stepFree
                          ? t('Trinnfri adkomst', { id: 'frisklivskort.address.stepFree' })
                          : t('Ikke trinnfri adkomst', { id: 'frisklivskort.address.notStepFree' })
                      }</span
                    >`
            }
            ${site.accessibilityNote ? html`<br />${localizedText(site.accessibilityNote, locale)}` : nothing}
          </p>
          ${renderDirections(t, site, pickText(site.name ?? centre.name, locale)!.text, { mapApp: c.mapApp ?? false })}`,
    )}`,
  );
}

/** The map of the municipalities served, with the sites pinned (also printed); the figure is the part. */
export function renderMap(c: CardContext, map: MapController): TemplateResult | typeof nothing {
  const { t, locale, centre, index } = c;
  const municipalities = centre.municipalities.map((n) => index.municipalities.get(n)).filter((m): m is Municipality => !!m);
  const figure = renderServiceMap(t, locale, map, { municipalities, sites: centre.sites });
  return figure === nothing ? nothing : html`<div class="block map-block">${figure}</div>`;
}

/** "Mandag–fredag" or "Mandag, onsdag" from weekday codes, in the reader's locale. */
export function weekdaysText(codes: readonly string[], locale: Locale): string {
  const day = (i: number) => formatWeekday(i, locale, 'wide');
  return capitalize(
    weekdayRuns(codes)
      .map(([from, to]) => (from === to ? day(from) : `${day(from)}–${day(to)}`))
      .join(', '),
  );
}

const clock = (hhmm: string, locale: Locale) => formatTime(Number(hhmm.slice(0, 2)), Number(hhmm.slice(3, 5)), locale);

export function renderHours(c: CardContext): TemplateResult | typeof nothing {
  const { t, locale } = c;
  const hours = currentContactHours(c.centre, c.today);
  if (!hours.length) return nothing;
  return section(
    'hours',
    t('Kontakttid', { id: 'frisklivskort.hours.heading' }),
    html`<dl class="pairs">
      ${hours.map(
        (h) =>
          html`<dt>${weekdaysText(h.weekdays, locale)}</dt>
            <dd>
              <span class="whole">${clock(h.opens, locale)}–${clock(h.closes, locale)}</span
              >${h.note ? html`<br />${localizedText(h.note, locale)}` : nothing}
            </dd>`,
      )}
    </dl>`,
  );
}

/**
 * Where to go on afterwards: the counts of self-help groups and offers in the served municipalities that exist,
 * and the editor's link; when there are neither, only the sentence on continuing (no "none yet" beside a link).
 */
export function renderContinue(c: CardContext): TemplateResult {
  const { t, locale } = c;
  const { groups, offers } = continueCounts(c.feed, c.index, c.centre);
  const area = joinList(t, names(c, c.centre.municipalities));
  const groupText = groups
    ? selectPlural(locale, groups, {
        one: t(str`${groups} selvhjelpsgruppe`, { id: 'frisklivskort.continue.groups.one' }),
        two: t(str`${groups} selvhjelpsgrupper`, { id: 'frisklivskort.continue.groups.two', desc: 'Dual form (used by Sámi locales)' }),
        other: t(str`${groups} selvhjelpsgrupper`, { id: 'frisklivskort.continue.groups.other' }),
      })
    : undefined;
  const offerText = offers
    ? selectPlural(locale, offers, {
        one: t(str`${offers} frisklivstilbud`, { id: 'frisklivskort.continue.offers.one' }),
        two: t(str`${offers} frisklivstilbud`, { id: 'frisklivskort.continue.offers.two', desc: 'Dual form (used by Sámi locales)' }),
        other: t(str`${offers} frisklivstilbud`, { id: 'frisklivskort.continue.offers.other' }),
      })
    : undefined;
  return section(
    'continue',
    t('Fortsett på egen hånd', { id: 'frisklivskort.continue.heading' }),
    html`<p>${t('Målet er at du skal kunne fortsette på egen hånd når oppfølgingen er over.', { id: 'frisklivskort.continue.text' })}</p>
      ${
        groupText || offerText
          ? html`<p>${t(str`Dette finnes i ${area}:`, { id: 'frisklivskort.continue.lead' })}</p>
              <ul>
                ${groupText ? html`<li class="groups">${groupText}</li>` : nothing}
                ${offerText ? html`<li class="offers-count">${offerText}</li>` : nothing}
              </ul>
              ${
                c.continueHref
                  ? html`<p>
                      <a href=${c.continueHref}>${t('Finn selvhjelpsgrupper og tilbud', { id: 'frisklivskort.continue.link' })}</a>
                    </p>`
                  : nothing
              }`
          : nothing
      }`,
  );
}

// The encoder is loaded only by cards that show a QR code, so other pages do not pay for it.
let qr: typeof import('./qr.js') | undefined;
let qrLoading: Promise<void> | undefined;

/** Loads the QR encoder once for the page; resolves when it is ready (at once when it is). */
export function loadQr(): Promise<void> {
  return (qrLoading ??= import('./qr.js').then((module) => void (qr = module)));
}

export const qrLoaded = () => !!qr;

let qrCache: { url: string; path: string; size: number } | undefined;

/** The QR block, or nothing while the encoder loads (call `loadQr` first). */
export function renderQr(c: CardContext): TemplateResult | typeof nothing {
  const { t } = c;
  const web = c.centre.url ? safeHref(c.centre.url) : undefined;
  if (!web || !qr) return nothing;
  if (qrCache?.url !== web) {
    try {
      const code = qr.encodeQr(web);
      qrCache = { url: web, path: qr.qrPath(code), size: code.size + 8 };
    } catch {
      return nothing; // longer than a version 10 code holds: no code rather than a broken one
    }
  }
  const { path, size } = qrCache;
  const shown = linkText(web);
  return section(
    'qr',
    undefined,
    html`<figure>
      <svg
        role="img"
        aria-label=${t(str`QR-kode til ${shown}`, { id: 'frisklivskort.qr.label' })}
        viewBox="0 0 ${size} ${size}"
        shape-rendering="crispEdges"
      >
        <rect width=${size} height=${size} fill="#fff"></rect>
        <path d=${path} fill="#000"></path>
      </svg>
      <figcaption>${t('Skann koden for å åpne nettsiden', { id: 'frisklivskort.qr.caption' })}</figcaption>
    </figure>`,
  );
}
