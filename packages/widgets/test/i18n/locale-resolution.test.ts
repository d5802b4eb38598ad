import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { LitElement, html as litHtml } from 'lit';
import { normalizeLocale } from '../../src/i18n/locales.js';
import type { FlTestProbe } from '../fixtures/probe-element.js';
import '../fixtures/probe-element.js';

const label = (probe: Element) => probe.shadowRoot!.querySelector('.retry-label')!.textContent;
const settled = async (probe: FlTestProbe) => {
  await nextFrame(); // let the shared MutationObserver deliver
  await probe.updateComplete;
};

/** A host element that renders a probe inside its own shadow root. */
class ShadowHost extends LitElement {
  override render() {
    return litHtml`<div><fl-test-probe-no-feed></fl-test-probe-no-feed></div>`;
  }
}
customElements.define('test-shadow-host', ShadowHost);

describe('per-element locale', () => {
  const htmlLang = document.documentElement.getAttribute('lang');
  afterEach(() => {
    if (htmlLang === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.setAttribute('lang', htmlLang);
  });

  it('normalizes the tags people write', () => {
    expect(normalizeLocale('nb-NO')).to.equal('nb');
    expect(normalizeLocale('no')).to.equal('nb');
    expect(normalizeLocale('NN-no')).to.equal('nn');
    expect(normalizeLocale('sme')).to.equal('se');
    expect(normalizeLocale('se-NO')).to.equal('se');
    expect(normalizeLocale('sma')).to.equal('sma');
    expect(normalizeLocale('smj-SE')).to.equal('smj');
    expect(normalizeLocale('en-GB')).to.equal('en');
    expect(normalizeLocale('de')).to.equal(undefined);
    expect(normalizeLocale('')).to.equal(undefined);
  });

  it('falls back to Bokmål with no lang anywhere', async () => {
    document.documentElement.removeAttribute('lang');
    const probe = await fixture<FlTestProbe>(html`<fl-test-probe-no-feed></fl-test-probe-no-feed>`);
    expect(probe.locale).to.equal('nb');
    expect(label(probe)).to.equal('Prøv igjen');
  });

  it('follows <html lang>', async () => {
    document.documentElement.setAttribute('lang', 'en-GB');
    const probe = await fixture<FlTestProbe>(html`<fl-test-probe-no-feed></fl-test-probe-no-feed>`);
    expect(probe.locale).to.equal('en');
    expect(label(probe)).to.equal('Try again');
  });

  it('prefers its own lang over ancestors and <html lang>', async () => {
    document.documentElement.setAttribute('lang', 'en');
    const wrapper = await fixture(html`<div lang="nb"><fl-test-probe-no-feed lang="nn"></fl-test-probe-no-feed></div>`);
    const probe = wrapper.firstElementChild as FlTestProbe;
    await probe.updateComplete;
    expect(probe.locale).to.equal('nn');
    expect(label(probe)).to.equal('Prøv igjen');
    expect(probe.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang')).to.equal('nn');
  });

  it('inherits the nearest ancestor lang, walking out of shadow roots', async () => {
    const outer = await fixture(html`<section lang="en"><test-shadow-host></test-shadow-host></section>`);
    const host = outer.querySelector('test-shadow-host')!;
    await (host as ShadowHost).updateComplete;
    const probe = host.shadowRoot!.querySelector('fl-test-probe-no-feed') as FlTestProbe;
    await probe.updateComplete;
    expect(probe.locale).to.equal('en');
    expect(label(probe)).to.equal('Try again');
  });

  it('passes over a lang it does not ship', async () => {
    const wrapper = await fixture(
      html`<div lang="en">
        <p lang="de"><fl-test-probe-no-feed></fl-test-probe-no-feed></p>
      </div>`,
    );
    const probe = wrapper.querySelector('fl-test-probe-no-feed') as FlTestProbe;
    await probe.updateComplete;
    expect(probe.locale).to.equal('en');
    // Its content carries its real language, not the paragraph's German.
    expect(probe.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang')).to.equal('en');
  });

  it('re-renders when its own, an ancestor or a shadow host ancestor lang changes at runtime', async () => {
    const outer = await fixture(
      html`<section lang="nb"><test-shadow-host></test-shadow-host><fl-test-probe-no-feed></fl-test-probe-no-feed></section>`,
    );
    const host = outer.querySelector('test-shadow-host') as ShadowHost;
    await host.updateComplete;
    const inner = host.shadowRoot!.querySelector('fl-test-probe-no-feed') as FlTestProbe;
    const light = outer.querySelector('fl-test-probe-no-feed') as FlTestProbe;
    await inner.updateComplete;
    expect(label(inner)).to.equal('Prøv igjen');

    outer.setAttribute('lang', 'en');
    await settled(inner);
    await settled(light);
    expect(label(inner)).to.equal('Try again');
    expect(label(light)).to.equal('Try again');

    host.shadowRoot!.querySelector('div')!.setAttribute('lang', 'nn');
    await settled(inner);
    expect(inner.locale).to.equal('nn');
    expect(light.locale).to.equal('en');

    light.setAttribute('lang', 'nb');
    await settled(light);
    expect(label(light)).to.equal('Prøv igjen');
  });

  it('shows two locales side by side on one page', async () => {
    const page = await fixture(
      html`<div><fl-test-probe-no-feed lang="en"></fl-test-probe-no-feed><fl-test-probe-no-feed lang="nb"></fl-test-probe-no-feed></div>`,
    );
    const [english, bokmal] = [...page.querySelectorAll('fl-test-probe-no-feed')] as FlTestProbe[];
    await english!.updateComplete;
    await bokmal!.updateComplete;
    expect(label(english!)).to.equal('Try again');
    expect(label(bokmal!)).to.equal('Prøv igjen');
  });
});
