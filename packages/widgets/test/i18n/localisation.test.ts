// Every element in every locale: no Bokmål UI text left in another locale's
// rendering (checked against the XLIFF sources, not by eye), plural forms for
// 0, 1, 2 and 3, the right lang on rendered content, and an axe audit.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { clearFeedCache } from '../../src/feed/loader.js';
import { LOCALES, type Locale } from '../../src/i18n/locales.js';
import { formatNumber } from '../../src/i18n/format.js';
import { centre, feedDocument, feedUrl, group } from '../fixtures/feed-builder.js';
import '../../src/define-all.js';

interface Unit {
  id: string;
  source: string[];
  target: string[];
}

/** A unit's text split at its placeholders (so "{0} grupper" gives ["", " grupper"]). */
function segments(element: Element | null): string[] {
  if (!element) return [];
  const parts: string[] = [''];
  for (const node of element.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) parts[parts.length - 1] += node.textContent;
    else parts.push('');
  }
  return parts;
}

const xliff = new Map<Locale, Unit[]>();
async function unitsOf(locale: Locale): Promise<Unit[]> {
  if (!xliff.has(locale)) {
    const text = await (await fetch(`/packages/widgets/locales/${locale}.xlf`)).text();
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    xliff.set(
      locale,
      [...doc.querySelectorAll('trans-unit')].map((unit) => ({
        id: unit.getAttribute('id')!,
        source: segments(unit.querySelector('source')),
        target: segments(unit.querySelector('target')),
      })),
    );
  }
  return xliff.get(locale)!;
}

/** Everything a person sees or hears in an element: text and accessible labels, not from `lang="nb"` fallbacks. */
function perceivable(root: ShadowRoot, locale: Locale): string {
  const parts: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const owner = node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element);
    // Text deliberately in another language carries its own lang: a feed text that fell back
    // to Bokmål, or a language's own name in the language menu.
    const language = owner?.closest('[lang]')?.getAttribute('lang');
    if (language && language !== locale) continue;
    // An e-mail address or a phone number is no language ("post@oslo-kommune.example.org" holds the word "kommune").
    if (owner?.closest('a[href^="mailto:"], a[href^="tel:"]')) continue;
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent!);
    else for (const name of ['aria-label', 'placeholder', 'title', 'alt']) parts.push((node as Element).getAttribute(name) ?? '');
  }
  return parts.join(' ').replace(/\s+/g, ' ');
}

const DEMO = '/demo/feed.json';
const ELEMENTS: [string, (lang: Locale) => TemplateResult][] = [
  [
    'fl-centre-finder',
    (lang) => html`<fl-centre-finder lang=${lang} feed=${DEMO} municipality="5612" show-language-switcher></fl-centre-finder>`,
  ],
  ['fl-centre-finder (no centre)', (lang) => html`<fl-centre-finder lang=${lang} feed=${DEMO} municipality="5614"></fl-centre-finder>`],
  ['fl-group-finder', (lang) => html`<fl-group-finder lang=${lang} feed=${DEMO} page-size="3"></fl-group-finder>`],
  ['fl-group-finder (empty)', (lang) => html`<fl-group-finder lang=${lang} feed=${DEMO} theme="no-such-theme"></fl-group-finder>`],
  ['fl-frisklivskort', (lang) => html`<fl-frisklivskort lang=${lang} feed=${DEMO} centre="fls-4626" show-qr></fl-frisklivskort>`],
  ['fl-frisklivskort (Sámi area)', (lang) => html`<fl-frisklivskort lang=${lang} feed=${DEMO} municipality="5612"></fl-frisklivskort>`],
  [
    'fl-follow-up-timeline',
    (lang) => html`<fl-follow-up-timeline lang=${lang} start="2026-11-02" today="2026-11-25" periods="2"></fl-follow-up-timeline>`,
  ],
  [
    'fl-follow-up-timeline (centre)',
    (lang) => html`<fl-follow-up-timeline lang=${lang} feed=${DEMO} centre="fls-5612"></fl-follow-up-timeline>`,
  ],
];

async function render(template: TemplateResult): Promise<HTMLElement & { updateComplete: Promise<boolean> }> {
  const element = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(template);
  await waitUntil(
    () => element.shadowRoot?.querySelector('[part="base"]') && !element.shadowRoot.querySelector('[part="skeleton"]'),
    'never rendered',
    {
      timeout: 8000,
    },
  );
  await element.updateComplete;
  return element;
}

describe('localisation of every element', function () {
  this.timeout(60_000);

  for (const locale of LOCALES.filter((l) => l !== 'nb')) {
    for (const [name, template] of ELEMENTS) {
      it(`${name} in ${locale}: no Bokmål UI text left, content marked lang="${locale}", accessible`, async () => {
        const element = await render(template(locale));
        const root = element.shadowRoot!;
        expect(root.querySelector('[part="base"]')!.getAttribute('lang')).to.equal(locale);
        const text = perceivable(root, locale);
        const leftovers: string[] = [];
        for (const unit of await unitsOf(locale)) {
          if (unit.target.join('{}').trim() === unit.source.join('{}').trim()) continue; // same word in both languages
          const translated = unit.target.join(' ');
          for (const piece of unit.source.map((s) => s.trim())) {
            // A piece the translation itself contains ("Du får tett oppfølging i" in Nynorsk too) is not a leftover.
            if (piece.length >= 6 && !translated.includes(piece) && text.includes(piece)) leftovers.push(`${unit.id}: "${piece}"`);
          }
        }
        expect(leftovers, `Bokmål text in the ${locale} rendering`).to.deep.equal([]);
        await expect(element).to.be.accessible();
      });
    }
  }

  it('every element is accessible in Bokmål too', async () => {
    for (const [, template] of ELEMENTS) await expect(await render(template('nb'))).to.be.accessible();
  });
});

describe('plural forms for 0, 1, 2 and 3 in every locale', () => {
  afterEach(() => clearFeedCache());

  for (const locale of LOCALES) {
    it(`group counts in ${locale}`, async () => {
      const units = locale === 'nb' ? undefined : await unitsOf(locale);
      const expected = (n: number) => {
        const category =
          n === 0
            ? 'none'
            : new Intl.PluralRules(locale).select(n) === 'one'
              ? 'one'
              : new Intl.PluralRules(locale).select(n) === 'two'
                ? 'two'
                : 'other';
        const id = `groupFinder.count.${category}`;
        const pieces = units
          ? units.find((u) => u.id === id)!.target
          : { none: ['Ingen grupper passer søket.'], one: ['', ' gruppe'], two: ['', ' grupper'], other: ['', ' grupper'] }[category]!;
        return pieces.join(formatNumber(n, locale)).trim();
      };
      const seen: string[] = [];
      for (const n of [0, 1, 2, 3]) {
        const groups = Array.from({ length: n }, (_, i) => group({ id: `g-${i}` }));
        const element = await render(
          html`<fl-group-finder lang=${locale} feed=${feedUrl(feedDocument({ groups }))} hide-intro></fl-group-finder>`,
        );
        // With no group the count stands as the empty state's title.
        const count = element.shadowRoot!.querySelector('[part~="count"], .empty-title')!.textContent!.replace(/\s+/g, ' ').trim();
        expect(count, `${n} in ${locale}`).to.equal(expected(n));
        seen.push(count);
      }
      if (locale === 'nb') expect(seen).to.deep.equal(['Ingen grupper passer søket.', '1 gruppe', '2 grupper', '3 grupper']);
      if (locale === 'en') expect(seen).to.deep.equal([expected(0), '1 group', '2 groups', '3 groups']);
      if (locale === 'se' || locale === 'sma' || locale === 'smj') {
        // The dual: 2 has its own form, chosen by CLDR's rule (one / two / other).
        expect(new Intl.PluralRules(locale).select(2)).to.equal('two');
      }
    });
  }
});

describe('the Sámi dual where a count is the subject of a verb', () => {
  afterEach(() => clearFeedCache());

  // "2 centres serve Oslo": se and sma put the verb in the dual for 2 (bálvaleaba, lægan), and in the
  // plural from 3 (bálvalit, leah); smj likewise (gávnnuba, gávnnuji). nb, nn and en have no dual.
  const verbs: Partial<Record<Locale, [string, string, string]>> = {
    se: ['bálvala', 'bálvaleaba', 'bálvalit'],
    sma: ['lea', 'lægan', 'leah'],
    smj: ['gávnnu', 'gávnnuba', 'gávnnuji'],
  };
  for (const [locale, [one, two, other]] of Object.entries(verbs) as [Locale, [string, string, string]][]) {
    it(`centres serving a municipality in ${locale}: 1, 2 and 3`, async () => {
      const seen: string[] = [];
      for (const n of [1, 2, 3]) {
        const centres = Array.from({ length: n }, (_, i) => centre({ id: `fls-${i}` }));
        const element = await render(
          html`<fl-centre-finder lang=${locale} feed=${feedUrl(feedDocument({ centres }))} municipality="0301"></fl-centre-finder>`,
        );
        const status = element.shadowRoot!.querySelector('[part="status"]')!.textContent!.replace(/\s+/g, ' ').trim();
        expect(status, `${n} in ${locale}`).to.include(formatNumber(n, locale));
        seen.push(status);
      }
      const words = seen.map((s) => s.split(/[\s.]+/));
      expect(words[0], seen[0]).to.include(one);
      expect(words[1], seen[1]).to.include(two);
      expect(words[2], seen[2]).to.include(other);
    });
  }
});

describe('names of languages in a Sámi interface', () => {
  afterEach(() => clearFeedCache());

  const spoken = ['nb', 'lt', 'ti', 'uk', 'so', 'pl'];
  const expected: Record<'se' | 'sma' | 'smj', string[]> = {
    // se from CLDR (somáliagiella and tigrinjagiella, which CLDR lacks, ours); sma and smj ours (locales/language-names.json).
    se: ['liettuvagiella', 'tigrinjagiella', 'ukrainagiella', 'somáliagiella', 'polskkagiella'],
    sma: ['litauengïele', 'tigrinjagïele', 'ukrainengïele', 'somaliengïele', 'polskengïele'],
    smj: ['liettuvagiella', 'tigrinjagiella', 'ukrájnagiella', 'somálagiella', 'pålskagiella'],
  };
  for (const locale of ['se', 'sma', 'smj'] as const) {
    it(`the centre finder's language filter in ${locale} names no language in Norwegian`, async () => {
      const centres = [centre({ languages: spoken })];
      // The filters come with the results, after a question (here the municipality preset).
      const element = await render(
        html`<fl-centre-finder lang=${locale} municipality="0301" feed=${feedUrl(feedDocument({ centres }))}></fl-centre-finder>`,
      );
      const options = [...element.shadowRoot!.querySelectorAll('label.language option')].map((o) => o.textContent!.trim());
      for (const name of expected[locale]) expect(options, locale).to.include(name);
      // The browser's Norwegian names, as the filter showed them before.
      const norwegian = spoken.map((code) => new Intl.DisplayNames(['nb'], { type: 'language' }).of(code)!.toLowerCase());
      for (const name of norwegian.slice(1))
        expect(
          options.map((o) => o.toLowerCase()),
          locale,
        ).not.to.include(name);
      expect(options.join(' ').toLowerCase()).not.to.include(norwegian);
    });
  }
});
