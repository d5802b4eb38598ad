// Its own test file, so that no other test has loaded a locale module first.
import { expect, fixture, html } from '@open-wc/testing';
import { configureLocalization, msg } from '@lit/localize';
import type { FlTestProbe } from '../fixtures/probe-element.js';
import '../fixtures/probe-element.js';

const localeRequests = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => name.includes('/i18n/generated/locales/'))
    .map((name) => name.replace(/^.*\/locales\/(\w+)\.ts.*$/, '$1'));

describe('lazy locale modules', () => {
  it('a Bokmål page requests no locale module; a Sámi element loads only its own', async () => {
    const nb = await fixture<FlTestProbe>(html`<fl-test-probe-no-feed lang="nb"></fl-test-probe-no-feed>`);
    await nb.updateComplete;
    expect(localeRequests()).to.deep.equal([]);

    const se = await fixture<FlTestProbe>(html`<fl-test-probe-no-feed lang="se"></fl-test-probe-no-feed>`);
    await se.updateComplete;
    expect(se.locale).to.equal('se');
    expect(localeRequests()).to.deep.equal(['se']);
  });

  it("leaves a host page's own @lit/localize alone, and is left alone by it", async () => {
    // The host configures @lit/localize for itself and switches its global locale.
    const { setLocale } = configureLocalization({
      sourceLocale: 'x-host',
      targetLocales: ['x-other'],
      loadLocale: async () => ({ templates: { 'host.greeting': 'Hei fra verten' } }),
    });
    await setLocale('x-other');
    expect(msg('Hello from the host', { id: 'host.greeting' })).to.equal('Hei fra verten');

    const probe = await fixture<FlTestProbe>(html`<fl-test-probe-no-feed lang="en"></fl-test-probe-no-feed>`);
    await probe.updateComplete;
    expect(probe.shadowRoot!.querySelector('.retry-label')!.textContent).to.equal('Try again');
    // And ours did not disturb the host's global locale.
    expect(msg('Hello from the host', { id: 'host.greeting' })).to.equal('Hei fra verten');
  });
});
