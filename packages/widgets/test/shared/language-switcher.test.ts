import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { FlTestProbe } from '../fixtures/probe-element.js';
import '../fixtures/probe-element.js';

describe('language switcher (show-language-switcher)', () => {
  it('is absent by default', async () => {
    const probe = await fixture<FlTestProbe>(html`<fl-test-probe-no-feed></fl-test-probe-no-feed>`);
    expect(probe.shadowRoot!.querySelector('select')).to.equal(null);
  });

  it('lists every language by its own name, each marked with its lang, and switches the element', async () => {
    const probe = await fixture<FlTestProbe>(html`<fl-test-probe-no-feed show-language-switcher></fl-test-probe-no-feed>`);
    const select = probe.shadowRoot!.querySelector('select')!;
    const label = probe.shadowRoot!.querySelector(`label[for="${select.id}"]`)!;
    expect(label.textContent).to.equal('Språk');
    const options = [...select.options].map((o) => `${o.lang}:${o.textContent}`);
    expect(options).to.deep.equal([
      'nb:norsk bokmål',
      'nn:norsk nynorsk',
      'se:davvisámegiella',
      'sma:åarjelsaemien gïele',
      'smj:julevsámegiella',
      'en:English',
    ]);
    expect(select.value).to.equal('nb');

    select.value = 'en';
    const changed = oneEvent(probe, 'fl-language-change');
    select.dispatchEvent(new Event('change'));
    expect((await changed).detail).to.deep.equal({ locale: 'en' });
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await probe.updateComplete;
    expect(probe.getAttribute('lang')).to.equal('en');
    expect(probe.shadowRoot!.querySelector('.retry-label')!.textContent).to.equal('Try again');
    expect(probe.shadowRoot!.querySelector('select')!.value).to.equal('en');
    await expect(probe).to.be.accessible();
  });
});
