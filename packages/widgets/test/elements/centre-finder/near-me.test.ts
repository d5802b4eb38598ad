import { expect, html, waitUntil } from '@open-wc/testing';
import { clearFeedCache } from '../../../src/feed/loader.js';
import { $, $$, cardNames, input, mount, status, stubGeolocation, testFeed, text } from './helpers.js';

const TROMSO = { coords: { latitude: 69.65, longitude: 18.96 } };

describe('<fl-centre-finder> near me', () => {
  let geo: ReturnType<typeof stubGeolocation> | undefined;
  afterEach(() => {
    geo?.restore();
    geo = undefined;
    clearFeedCache();
  });

  it('asks for the position only on a click, then sorts all centres by distance and shows it', async () => {
    geo = stubGeolocation(TROMSO);
    const el = await mount(html`<fl-centre-finder feed=${testFeed()} municipality="0301"></fl-centre-finder>`);
    expect(geo.calls).to.equal(0);
    const button = $(el, '[part~="near-me-button"]')!;
    expect(text(button)).to.equal('Sentraler nær meg');
    expect(text($(el, '.note'))).to.equal('Posisjonen din blir ikke lagret eller sendt noe sted.');
    button.click();
    // The position is asked for once the geolocation module has loaded (it loads at this first click).
    await waitUntil(() => geo!.calls === 1, 'the position asked for');
    await waitUntil(() => $(el, '.distance'), 'distances');
    expect(geo.calls).to.equal(1);
    // Alta (site), Karasjok (no site: its municipality's point), Ålesund, Oslo.
    expect(cardNames(el)).to.deep.equal([
      'Frisklivssentralen i Vest-Finnmark',
      'Frisklivssentralen i Karasjok',
      'Frisklivssentralen i Ålesund',
      'Frisklivssentralen i Oslo',
    ]);
    const distances = $$(el, '.distance').map(text);
    expect(distances[0]).to.match(/^1\d\d km unna$/);
    expect(distances.map((d) => Number(d.replace(/\D/g, '')))).to.satisfy((km: number[]) => km.every((v, i) => i === 0 || v >= km[i - 1]!));
    expect(status(el)).to.equal('4 frisklivssentraler Sortert etter avstand fra deg.');
    // The earlier preselection is replaced by the distance list.
    expect(input(el).value).to.equal('');
    expect(el.shadowRoot!.activeElement ?? button).to.equal(button);
  });

  it('keeps distance order for filtered results and with limit', async () => {
    geo = stubGeolocation({ coords: { latitude: 59.9, longitude: 10.7 } });
    const el = await mount(html`<fl-centre-finder feed=${testFeed()} limit="2"></fl-centre-finder>`);
    $(el, '[part~="near-me-button"]')!.click();
    await waitUntil(() => $(el, '.distance'), 'distances');
    expect(cardNames(el)).to.deep.equal(['Frisklivssentralen i Oslo', 'Frisklivssentralen i Ålesund']);
    expect(status(el)).to.equal('Viser 2 av 4 frisklivssentraler Sortert etter avstand fra deg.');
  });

  const failures: [string, Parameters<typeof stubGeolocation>[0], RegExp][] = [
    ['denied (PERMISSION_DENIED)', { code: 1 }, /^Nettleseren har ikke lov til å bruke posisjonen din\./],
    ['unavailable (POSITION_UNAVAILABLE)', { code: 2 }, /^Vi fant ikke posisjonen din akkurat nå\./],
    ['timed out (TIMEOUT)', { code: 3 }, /^Det tok for lang tid å finne posisjonen din\./],
    ['not supported (no geolocation API)', undefined, /^Nettleseren din kan ikke finne posisjonen din\./],
  ];
  for (const [what, answer, message] of failures) {
    it(`explains a position that was ${what} and stays at the question`, async () => {
      geo = stubGeolocation(answer);
      const el = await mount();
      $(el, '[part~="near-me-button"]')!.click();
      await waitUntil(() => $(el, '[part~="near-me-message"]'), 'message');
      const shown = $(el, '[part~="near-me-message"]')!;
      expect(text(shown)).to.match(message);
      expect(shown.getAttribute('role')).to.equal('alert');
      expect(cardNames(el)).to.deep.equal([]);
      expect($(el, '.distance')).to.equal(null);
    });
  }

  it('ignores further clicks while a position is being found, without disabling the focused button', async () => {
    let calls = 0;
    Object.defineProperty(navigator, 'geolocation', { value: { getCurrentPosition: () => calls++ }, configurable: true });
    geo = { calls: 0, restore: () => void delete (navigator as unknown as Record<string, unknown>).geolocation };
    const el = await mount();
    const button = $<HTMLButtonElement>(el, '[part~="near-me-button"]')!;
    button.focus();
    button.click();
    await el.updateComplete;
    button.click();
    await el.updateComplete;
    await waitUntil(() => calls > 0, 'the position asked for');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(calls).to.equal(1);
    expect(text(button)).to.equal('Finner posisjonen din …');
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    expect(button.disabled).to.equal(false);
    expect(el.shadowRoot!.activeElement).to.equal(button);
  });
});
