// A `lang` named like a property of Object.prototype ("constructor", "__proto__",
// "toString" …) on an element, an ancestor, a shadow host or <html> is a language
// the library does not ship: the element renders in Bokmål like any other unknown
// language (issue 23, point 5: a plain-object lookup used to return `Object`).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement, html as litHtml } from 'lit';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import '../../src/define-all.js';
import { clearFeedCache } from '../../src/feed/loader.js';
import { LOCALES, normalizeLocale } from '../../src/i18n/locales.js';
import { loadLocale, messagesFor } from '../../src/i18n/messages.js';
import type { FrisklivsElement } from '../../src/shared/frisklivs-element.js';
import { centre, feedDocument, feedUrl } from '../fixtures/feed-builder.js';

/** Property names of Object.prototype (and of functions) as a page might write them in `lang`. */
export const PROTOTYPE_NAMES = [
  'constructor',
  '__proto__',
  'toString',
  'tostring',
  'hasOwnProperty',
  'hasownproperty',
  'valueOf',
  'valueof',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toLocaleString',
  '__defineGetter__',
  '__lookupSetter__',
  'prototype',
  'length',
  'name',
  'call',
  'apply',
  'bind',
  'CONSTRUCTOR',
  'constructor-NO',
  'Constructor_SE',
  ' constructor ',
];

type Element = FrisklivsElement & { shadowRoot: ShadowRoot };

/** Each element with what it needs to show content, and a Bokmål text it then shows. */
const ELEMENTS = [
  { tag: 'fl-centre-finder', attributes: 'municipality="0301"', bokmal: 'Filtrer' },
  { tag: 'fl-group-finder', attributes: '', bokmal: 'Hva er en selvhjelpsgruppe?' },
  { tag: 'fl-frisklivskort', attributes: 'centre="fls-0301"', bokmal: 'Her finner du oss' },
  { tag: 'fl-follow-up-timeline', attributes: 'centre="fls-0301" start="2026-11-02"', bokmal: 'Oppfølgingen varer i 12 uker' },
] as const;

const visibleText = (element: Element) => element.shadowRoot.textContent!.replace(/\s+/g, ' ').trim();

async function rendered(element: Element): Promise<Element> {
  await waitUntil(
    () => element.shadowRoot && !element.shadowRoot.querySelector('[part~="skeleton"]') && visibleText(element).length > 0,
    `${element.localName} renders`,
    { timeout: 5000 },
  );
  await element.updateComplete;
  return element;
}

/** `<tag feed=… lang=…>`, optionally inside `<div lang=…>`. */
async function mount(tag: string, attributes: string, feed: string, own: string | null, ancestor: string | null): Promise<Element> {
  const langAttribute = own === null ? '' : ` lang="${own.replace(/"/g, '&quot;')}"`;
  const markup = `<${tag} feed="${feed}" ${attributes}${langAttribute}></${tag}>`;
  const wrapper = await fixture(staticHtml`<div lang=${ancestor ?? 'nb'}>${unsafeStatic(markup)}</div>`);
  if (ancestor === null) wrapper.removeAttribute('lang');
  return rendered(wrapper.firstElementChild as Element);
}

/** A host page's own component whose shadow root says lang="constructor". */
class ShadowHost extends LitElement {
  override render() {
    return litHtml`<section lang="constructor"></section>`;
  }
}
customElements.define('test-prototype-shadow-host', ShadowHost);

describe('a lang named like an Object.prototype property', () => {
  const htmlLang = document.documentElement.getAttribute('lang');
  const errors: unknown[] = [];
  const onError = (event: ErrorEvent | PromiseRejectionEvent) => errors.push('reason' in event ? event.reason : event.error);
  let feed: string;

  before(() => {
    feed = feedUrl(
      feedDocument({
        centres: [centre()],
      }),
    );
    addEventListener('error', onError);
    addEventListener('unhandledrejection', onError);
  });
  after(() => {
    removeEventListener('error', onError);
    removeEventListener('unhandledrejection', onError);
  });
  afterEach(() => {
    clearFeedCache();
    if (htmlLang === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.setAttribute('lang', htmlLang);
    expect(errors, 'no uncaught errors').to.deep.equal([]);
  });

  it('is not one of our locales, whatever its case or subtags', () => {
    for (const name of PROTOTYPE_NAMES) expect(normalizeLocale(name), name).to.equal(undefined);
    expect(normalizeLocale('constructor')).to.equal(undefined);
    for (const locale of LOCALES) expect(normalizeLocale(locale)).to.equal(locale);
  });

  it('a message id named like a prototype property finds no translation: the Bokmål source is shown', async () => {
    await loadLocale('en');
    const t = messagesFor(() => 'en');
    expect(t('Prøv igjen', { id: 'action.retry' })).to.equal('Try again');
    for (const id of PROTOTYPE_NAMES) expect(t('Prøv igjen', { id }), id).to.equal('Prøv igjen');
  });

  for (const { tag, attributes, bokmal } of ELEMENTS) {
    describe(tag, () => {
      it('renders in Bokmål with lang="constructor" on itself, exactly as with lang="nb", and passes axe', async () => {
        const reference = await mount(tag, attributes, feed, 'nb', null);
        const referenceText = visibleText(reference);
        expect(referenceText).to.contain(bokmal);
        const element = await mount(tag, attributes, feed, 'constructor', null);
        expect(element.locale).to.equal('nb');
        expect(element.shadowRoot.querySelector('[part="base"]')!.getAttribute('lang')).to.equal('nb');
        expect(visibleText(element)).to.contain(bokmal);
        expect(visibleText(element)).to.equal(referenceText);
        await expect(element).to.be.accessible();
      });

      it('passes over a prototype-named lang on an ancestor or on <html> to the next one that is ours', async () => {
        for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf']) {
          const element = await mount(tag, attributes, feed, null, name);
          expect(element.locale, `ancestor lang="${name}"`).to.equal('nb');
          expect(visibleText(element)).to.contain(bokmal);
          clearFeedCache();
        }
        document.documentElement.setAttribute('lang', 'constructor');
        const element = await mount(tag, attributes, feed, null, null);
        expect(element.locale).to.equal('nb');
        expect(visibleText(element)).to.contain(bokmal);
        // An English page with a prototype-named lang in between stays English.
        document.documentElement.setAttribute('lang', 'en');
        const english = await mount(tag, attributes, feed, null, 'constructor');
        expect(english.locale).to.equal('en');
      });
    });
  }

  it('inside a shadow root whose host section says lang="constructor"', async () => {
    const host = await fixture<ShadowHost>(html`<test-prototype-shadow-host></test-prototype-shadow-host>`);
    await host.updateComplete;
    const finder = document.createElement('fl-group-finder');
    finder.setAttribute('feed', feed);
    host.shadowRoot!.querySelector('section')!.append(finder);
    const element = await rendered(finder as Element);
    expect(element.locale).to.equal('nb');
    expect(visibleText(element)).to.contain('Hva er en selvhjelpsgruppe?');
  });

  it('switching a rendered element from lang="en" to lang="constructor" shows Bokmål again', async () => {
    const element = await mount('fl-group-finder', '', feed, 'en', null);
    expect(element.locale).to.equal('en');
    element.setAttribute('lang', 'constructor');
    await waitUntil(() => element.locale === 'nb', 'back to Bokmål');
    await element.updateComplete;
    expect(visibleText(element)).to.contain('Hva er en selvhjelpsgruppe?');
  });
});
