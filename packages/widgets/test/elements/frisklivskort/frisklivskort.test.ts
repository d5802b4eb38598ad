import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { BLOCKS } from '../../../src/elements/frisklivskort/blocks.js';
import type { FlFrisklivskort } from '../../../src/elements/frisklivskort/frisklivskort.js';
import { clearFeedCache } from '../../../src/feed/loader.js';
import type { Centre } from '../../../src/feed/schema.js';
import type { Locale } from '../../../src/i18n/locales.js';
import { centre, feedDocument, feedUrl } from '../../fixtures/feed-builder.js';
import {
  $,
  $$,
  cardFeed,
  clean,
  dayFromToday,
  findByRole,
  items,
  mountCard,
  mountQrCard,
  partsInCard,
  ready,
  seen,
  textOf,
} from './helpers.js';
import { decode, expectedVersion } from './qr-reader.js';

const LOCALES: Locale[] = ['nb', 'nn', 'se', 'sma', 'smj', 'en'];
const ALL_PARTS = [
  'header',
  'logo',
  'opening-status',
  'notices',
  'audience',
  'offers',
  'follow-up',
  'referral',
  'price',
  'contact',
  'address',
  'directions', // one per site
  'directions',
  'map',
  'hours',
  'continue',
  'record-footer',
  'print-button',
];
const WITH_QR = [...ALL_PARTS.slice(0, -2), 'qr', 'record-footer', 'print-button'];
/** The parts inside each block, beyond the block's own. */
const INSIDE: Partial<Record<string, string[]>> = { header: ['logo', 'opening-status'], address: ['directions'] };

const cardFor = mountCard;
const qrCardFor = mountQrCard;

describe('<fl-frisklivskort>', () => {
  afterEach(() => clearFeedCache());

  // First in this file, before any card with show-qr has loaded the encoder.
  it('loads no QR encoder for a card without show-qr', async () => {
    await cardFor(cardFeed());
    const loaded = performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(loaded.filter((name) => name.includes('/src/elements/frisklivskort/qr'))).to.deep.equal([]);
  });

  describe('choosing the centre', () => {
    it('shows the centre named by `centre`, with the municipalities an inter-municipal centre serves, in plain words', async () => {
      const el = await cardFor(cardFeed());
      expect(textOf(el, 'h2')).to.equal('Frisklivssentralen i Vest-Finnmark');
      // Issue 19, point 9: no "Vertskommune"; where the centre is, the address says.
      expect(textOf(el, '.serves')).to.equal('For innbyggere i Alta, Kautokeino og Karasjok.');
      expect(el.resolvedCentre?.id).to.equal('fls-vest-finnmark');
    });

    it('shows the inter-municipal centre for a municipality it serves but is not hosted in, and announces it', async () => {
      const el = document.createElement('fl-frisklivskort');
      el.feed = cardFeed();
      el.municipality = '5612'; // Kautokeino: served from Alta
      const resolved = oneEvent(el, 'fl-centre-resolved');
      document.body.append(el);
      try {
        const event = (await resolved) as CustomEvent<{ centre: Centre }>;
        expect(event.detail.centre.id).to.equal('fls-vest-finnmark');
        expect(event.bubbles && event.composed).to.equal(true);
        await ready(el);
        expect(textOf(el, 'h2')).to.equal('Frisklivssentralen i Vest-Finnmark');
      } finally {
        el.remove();
      }
    });

    it('prefers the centre hosted in the municipality when several serve it', async () => {
      const el = await ready(
        await fixture<FlFrisklivskort>(html`<fl-frisklivskort feed=${cardFeed()} municipality="5610"></fl-frisklivskort>`),
      );
      expect(textOf(el, 'h2')).to.equal('Frisklivssentralen i Karasjok');
      // A single-municipality centre has no host/served line.
      expect($(el, '.serves')).to.equal(null);
    });

    it('accepts a municipality number without its leading zero', async () => {
      const el = await ready(
        await fixture<FlFrisklivskort>(html`<fl-frisklivskort feed=${cardFeed()} municipality="301"></fl-frisklivskort>`),
      );
      expect(textOf(el, 'h2')).to.equal('Frisklivssentralen i Oslo');
    });

    it('follows changes of `centre`', async () => {
      const el = await cardFor(cardFeed());
      el.centre = 'fls-0301';
      await el.updateComplete;
      expect(textOf(el, 'h2')).to.equal('Frisklivssentralen i Oslo');
    });

    it('finds the inter-municipal centre in the sample feed from a non-host municipality', async () => {
      const el = await ready(
        await fixture<FlFrisklivskort>(html`<fl-frisklivskort feed="/demo/feed.json" municipality="5622"></fl-frisklivskort>`),
      );
      expect(textOf(el, 'h2')).to.equal('Frisklivssentralen i Midt-Finnmark');
      expect(textOf(el, '.serves')).to.equal('For innbyggere i Karasjok, Porsanger og Lebesby.');
      expect(textOf(el, '[part="card"]')).not.to.contain('Vertskommune');
    });
  });

  describe('friendly empty states', () => {
    it('an unknown centre id', async () => {
      const el = await cardFor(cardFeed(), 'fls-finnes-ikke');
      expect($(el, '[part="card"]')).to.equal(null);
      expect($(el, '[part="empty"]')!.getAttribute('role')).to.equal('status');
      expect(textOf(el, '[part="empty"]')).to.equal(
        'Vi finner ikke denne frisklivssentralen. Kontakt kommunen din for å høre hva som finnes der du bor.',
      );
    });

    it('a municipality with no centre, named in the reader’s language', async () => {
      const el = await ready(
        await fixture<FlFrisklivskort>(html`<fl-frisklivskort feed=${cardFeed()} municipality="1875"></fl-frisklivskort>`),
      );
      expect(textOf(el, '[part="empty"]')).to.equal(
        'Vi finner ingen frisklivssentral for Hamarøy. Kontakt kommunen din for å høre hva som finnes der du bor.',
      );
      el.lang = 'smj';
      await el.updateComplete;
      expect(textOf(el, '[part="empty"]')).to.contain('Hábmer');
    });

    it('nothing chosen', async () => {
      const el = await ready(await fixture<FlFrisklivskort>(html`<fl-frisklivskort feed=${cardFeed()}></fl-frisklivskort>`));
      expect(textOf(el, '[part="empty"]')).to.equal('Ingen frisklivssentral er valgt.');
    });
  });

  describe('blocks', () => {
    it('shows every block by default, in card order; the QR code with show-qr', async () => {
      const el = await cardFor(cardFeed());
      expect(partsInCard(el)).to.deep.equal(ALL_PARTS);
      el.showQr = true;
      await el.updateComplete;
      expect(partsInCard(el)).to.deep.equal(WITH_QR);
    });

    for (const block of BLOCKS) {
      const hidden = [block, ...(INSIDE[block] ?? [])];
      it(`hide="${block}" removes exactly the ${block} block`, async () => {
        const el = await qrCardFor(cardFeed());
        el.setAttribute('hide', block);
        await el.updateComplete;
        expect(partsInCard(el)).to.deep.equal(WITH_QR.filter((part) => !hidden.includes(part)));
      });
      if (block !== 'qr')
        it(`hide-${block}, the older switch, does the same`, async () => {
          const el = await qrCardFor(cardFeed());
          el.setAttribute(`hide-${block}`, '');
          await el.updateComplete;
          expect(partsInCard(el)).to.deep.equal(WITH_QR.filter((part) => !hidden.includes(part)));
        });
    }

    it('hide takes several names separated by spaces, ignores unknown ones, and adds to the older switches', async () => {
      const el = await ready(
        await fixture<FlFrisklivskort>(
          html`<fl-frisklivskort
            feed=${cardFeed()}
            centre="fls-vest-finnmark"
            hide="audience  price nonsense"
            hide-hours
          ></fl-frisklivskort>`,
        ),
      );
      expect(partsInCard(el)).to.deep.equal(ALL_PARTS.filter((part) => !['audience', 'price', 'hours'].includes(part)));
      el.hide = '';
      await el.updateComplete;
      expect(partsInCard(el)).to.deep.equal(ALL_PARTS.filter((part) => part !== 'hours'));
    });

    // Issue 19, point 5: who it is for, said once.
    it('who it is for: the feed’s own words and the age limits they leave out', async () => {
      const el = await cardFor(cardFeed());
      expect(items(el, '[part="audience"] p')).to.deep.equal(['Du må bo i en av de tre kommunene.', 'Alder: 16–67 år']);
    });

    it('who it is for: no age line when the feed’s words give the age, the general sentence without them', async () => {
      const el = await cardFor(cardFeed({ eligibility: { text: { nb: 'For deg over 18 år som trenger støtte.' }, minAge: 18 } }));
      expect(items(el, '[part="audience"] p')).to.deep.equal(['For deg over 18 år som trenger støtte.']);
      const general = await cardFor(cardFeed({ eligibility: { minAge: 18 } }));
      expect(items(general, '[part="audience"] p')).to.deep.equal([
        'For deg som har økt risiko for sykdom eller lever med sykdom, og som vil endre levevaner eller trenger støtte til å mestre helseutfordringer.',
        'Alder: fra 18 år',
      ]);
    });

    it('core offers first, then the centre’s optional offers, in the reader’s language', async () => {
      const el = await cardFor(cardFeed());
      el.lang = 'en';
      await el.updateComplete;
      const lists = $$(el, '[part="offers"] ul').map((ul) => [...ul.querySelectorAll('li')].map((li) => clean(li.textContent)));
      expect(lists).to.deep.equal([
        ['Physical activity', 'Diet', 'Quitting snus and smoking'],
        ['Coping with depression course (KiD)', 'Sleep'],
      ]);
    });

    it('the follow-up in one sentence, with the weeks of the centre’s programme', async () => {
      const el = await cardFor(cardFeed());
      expect(textOf(el, '[part="follow-up"] p')).to.match(/^Du får tett oppfølging i 10 uker: du begynner med en helsesamtale/);
      el.centre = 'fls-0301'; // no programme: 12 weeks
      await el.updateComplete;
      expect(textOf(el, '[part="follow-up"] p')).to.match(/^Du får tett oppfølging i 12 uker:/);
      expect($(el, '.timeline-link')).to.equal(null);
    });

    it('links to the follow-up timeline on the page by its id', async () => {
      const wrapper = await fixture(
        html`<div>
          <fl-frisklivskort feed=${cardFeed()} centre="fls-vest-finnmark"></fl-frisklivskort>
          <fl-follow-up-timeline id="tolv-uker"></fl-follow-up-timeline>
        </div>`,
      );
      const el = await ready(wrapper.querySelector('fl-frisklivskort')!);
      const link = $<HTMLAnchorElement>(el, '[part="follow-up"] a.timeline-link')!;
      expect(link.getAttribute('href')).to.equal('#tolv-uker');
      expect(clean(link.textContent)).to.equal('Se oppfølgingen uke for uke');
    });

    it('without an id on the timeline, a button scrolls to it', async () => {
      const wrapper = await fixture(
        html`<div>
          <fl-frisklivskort feed=${cardFeed()} centre="fls-vest-finnmark"></fl-frisklivskort>
          <fl-follow-up-timeline></fl-follow-up-timeline>
        </div>`,
      );
      const el = await ready(wrapper.querySelector('fl-frisklivskort')!);
      const timeline = wrapper.querySelector('fl-follow-up-timeline')!;
      let scrolled = false;
      timeline.scrollIntoView = () => void (scrolled = true);
      $<HTMLButtonElement>(el, '[part="follow-up"] button.timeline-link')!.click();
      expect(scrolled).to.equal(true);
    });

    // Issue 19, point 5: the centre's own words or the routes as a list, never both saying the same.
    it('how to get started: the centre’s own words in the reader’s language, else the referral routes in words', async () => {
      const el = await cardFor(cardFeed());
      expect(textOf(el, '[part="referral"] p')).to.equal('Ring oss, så avtaler vi en første samtale.');
      expect($$(el, '[part="referral"] li')).to.deep.equal([]);
      el.lang = 'smj'; // no Lule Sámi words in the feed: the routes, in Lule Sámi
      await el.updateComplete;
      expect($(el, '[part="referral"] p')).to.equal(null);
      expect(items(el, '[part="referral"] li')).to.have.length(4);
      const routes = await cardFor(cardFeed({ gettingStarted: undefined }));
      expect(items(routes, '[part="referral"] li')).to.deep.equal([
        'Du kan ta kontakt selv. Du trenger ikke henvisning.',
        'Fastlegen din kan henvise deg.',
        'Nav kan henvise deg.',
        'Annet helsepersonell kan også henvise deg.',
      ]);
      expect($(routes, '[part="referral"] p')).to.equal(null);
    });

    it('keeps phone numbers and e-mail addresses in the centre’s words whole', async () => {
      const el = await cardFor(
        cardFeed({ gettingStarted: { nb: 'Ring +47 555 01 185 eller skriv til post@frisklivs-alta.example.org.' } }),
      );
      expect(items(el, '[part="referral"] .whole')).to.deep.equal(['+47 555 01 185', 'post@frisklivs-alta.example.org']);
    });

    it('price: the fee text, or free', async () => {
      const el = await cardFor(cardFeed());
      expect(textOf(el, '[part="price"] p')).to.equal('Egenandel 200 kroner for hele perioden.');
      el.centre = 'fls-0301';
      await el.updateComplete;
      expect(textOf(el, '[part="price"] p')).to.equal('Det er gratis å delta.');
    });

    it('contact details as tel:, mailto: and web links', async () => {
      const el = await cardFor(cardFeed());
      const links = $$<HTMLAnchorElement>(el, '[part="contact"] a').map((a) => [clean(a.textContent), a.getAttribute('href')]);
      expect(links).to.deep.equal([
        ['+47 555 02 000', 'tel:+4755502000'],
        ['frisklivs@alta.example.org', 'mailto:frisklivs@alta.example.org'],
        ['alta.example.org/frisklivssentralen', 'https://alta.example.org/frisklivssentralen/'],
      ]);
      expect(items(el, '[part="contact"] dt')).to.deep.equal(['Telefon', 'E-post', 'Nettside']);
    });

    it('addresses with step-free access', async () => {
      const el = await cardFor(cardFeed());
      expect(seen(el, '[part="address"] p')).to.deep.equal([
        'Helsehuset Markveien 3 9510 ALTA Trinnfri adkomst Heis til 2. etasje.',
        'Bredbuktnesveien 4 9520 KAUTOKEINO Ikke trinnfri adkomst',
      ]);
    });

    it('contact hours with weekday ranges in words', async () => {
      const el = await cardFor(cardFeed());
      const rows = () =>
        $$(el, '[part="hours"] dt').map((dt) => `${clean(dt.innerText)} ${clean((dt.nextElementSibling as HTMLElement).innerText)}`);
      expect(rows()).to.deep.equal(['Mandag–fredag 08:00–15:30', 'Lørdag 10:00–12:00 Bare telefon.']);
      el.lang = 'en';
      await el.updateComplete;
      expect(rows()).to.deep.equal(['Monday–Friday 08:00–15:30', 'Saturday 10:00–12:00 Phone only.']);
    });

    it('contact hours not yet or no longer in force are left out', async () => {
      const el = await cardFor(
        cardFeed({
          contactHours: [
            { weekdays: ['MO', 'WE'], opens: '09:00', closes: '11:00', validTo: dayFromToday(-1) },
            { weekdays: ['MO', 'TU', 'TH'], opens: '12:00', closes: '14:00', validFrom: dayFromToday(-10) },
            { weekdays: ['FR'], opens: '09:00', closes: '10:00', validFrom: dayFromToday(5) },
          ],
        }),
      );
      expect(items(el, '[part="hours"] dt')).to.deep.equal(['Mandag, tirsdag, torsdag']);
    });

    it('continue afterwards: counts of groups and offers in the served municipalities, and the editor’s link', async () => {
      const el = await ready(
        await fixture<FlFrisklivskort>(
          html`<fl-frisklivskort feed=${cardFeed()} centre="fls-vest-finnmark" continue-href="/selvhjelp?kommune=5601"></fl-frisklivskort>`,
        ),
      );
      expect(items(el, '[part="continue"] p')).to.deep.equal([
        'Målet er at du skal kunne fortsette på egen hånd når oppfølgingen er over.',
        'Dette finnes i Alta, Kautokeino og Karasjok:',
        'Finn selvhjelpsgrupper og tilbud',
      ]);
      expect(items(el, '[part="continue"] li')).to.deep.equal(['3 selvhjelpsgrupper', '5 frisklivstilbud']);
      expect($<HTMLAnchorElement>(el, '[part="continue"] a')!.href).to.equal(new URL('/selvhjelp?kommune=5601', document.baseURI).href);
    });

    it('continue afterwards: one group, and no link without continue-href or with an unsafe one', async () => {
      const el = await cardFor(cardFeed(), 'fls-0301');
      expect(items(el, '[part="continue"] li')).to.deep.equal(['1 selvhjelpsgruppe', '3 frisklivstilbud']);
      expect($(el, '[part="continue"] a')).to.equal(null);
      el.continueHref = 'javascript:alert(1)';
      await el.updateComplete;
      expect($(el, '[part="continue"] a')).to.equal(null);
    });

    it('continue afterwards: lists only what there is, never "none registered yet" beside a link to find it', async () => {
      const card = (centres: Centre[]) =>
        fixture<FlFrisklivskort>(
          html`<fl-frisklivskort
            feed=${feedUrl(feedDocument({ centres, groups: [], contactPoints: [] }))}
            centre="fls-0301"
            continue-href="/selvhjelp"
          ></fl-frisklivskort>`,
        ).then(ready);
      const noGroups = await card([centre()]);
      expect(items(noGroups, '[part="continue"] li')).to.deep.equal(['3 frisklivstilbud']);
      expect(textOf(noGroups, '[part="continue"]')).not.to.contain('ennå');
      const el = await card([centre({ offers: [] })]);
      expect(items(el, '[part="continue"] p')).to.deep.equal([
        'Målet er at du skal kunne fortsette på egen hånd når oppfølgingen er over.',
      ]);
      expect($(el, '[part="continue"] ul')).to.equal(null);
      expect($(el, '[part="continue"] a')).to.equal(null);
    });

    it('continue afterwards: counted forms in North Sámi', async () => {
      const el = await cardFor(cardFeed(), 'fls-vest-finnmark');
      el.lang = 'se';
      await el.updateComplete;
      // 3 takes the `other` form (genitive singular after a numeral in North Sámi).
      expect(items(el, '[part="continue"] li')[0]).to.equal('3 iešveahkkejoavkku');
    });
  });

  describe('notices and status', () => {
    it('shows only the notices in force today', async () => {
      const el = await cardFor(cardFeed());
      expect(items(el, '[part="notices"] li')).to.deep.equal(['Ny adresse fra 1. mars.']);
      expect($(el, '[part="notices"] .closed')).to.equal(null);
    });

    it('checks notices against the `today` attribute', async () => {
      const el = await cardFor(cardFeed());
      el.today = dayFromToday(3);
      await el.updateComplete;
      expect(items(el, '[part="notices"] li')).to.deep.equal(['Ny adresse fra 1. mars.', 'Melding som ikke gjelder ennå.']);
    });

    it('no block when nothing is in force and the centre is open', async () => {
      const el = await cardFor(cardFeed({ notices: [{ text: { nb: 'Utløpt' }, validTo: dayFromToday(-1) }] }));
      expect($(el, '[part="notices"]')).to.equal(null);
    });

    it('a temporarily closed centre says so first, with the reopening date', async () => {
      const el = await cardFor(cardFeed({ status: 'temporarily-closed', closedUntil: '2027-01-11', notices: [] }));
      // Said once, with its date: not also as the opening status in the header.
      expect(partsInCard(el).slice(0, 3)).to.deep.equal(['header', 'logo', 'notices']);
      expect(textOf(el, '[part="notices"] .closed')).to.equal('Frisklivssentralen er midlertidig stengt til og med 11. januar 2027.');
      expect(getComputedStyle($(el, '.closed')!).fontWeight).to.equal('700');
    });

    it('a temporarily closed centre without a date, and a closed one', async () => {
      const el = await cardFor(cardFeed({ status: 'temporarily-closed', notices: [] }));
      expect(textOf(el, '[part="notices"] .closed')).to.equal('Frisklivssentralen er midlertidig stengt.');
      const closed = await cardFor(cardFeed({ status: 'closed', notices: [] }));
      expect(textOf(closed, '[part="notices"] .closed')).to.equal('Frisklivssentralen er stengt og tar ikke imot nye deltakere.');
    });
  });

  describe('layouts', () => {
    it('compact: name, core offers, phone and link only', async () => {
      const el = await ready(
        await fixture<FlFrisklivskort>(
          html`<fl-frisklivskort feed=${cardFeed()} centre="fls-vest-finnmark" layout="compact"></fl-frisklivskort>`,
        ),
      );
      expect(partsInCard(el)).to.deep.equal(['header', 'logo', 'opening-status', 'offers', 'contact']);
      expect(textOf(el, 'h2')).to.equal('Frisklivssentralen i Vest-Finnmark');
      expect(items(el, '[part="offers"] li')).to.deep.equal(['Fysisk aktivitet', 'Kosthold', 'Snus- og røykeslutt']);
      const links = $$<HTMLAnchorElement>(el, '[part="contact"] a').map((a) => [clean(a.textContent), a.getAttribute('href')]);
      expect(links).to.deep.equal([
        ['+47 555 02 000', 'tel:+4755502000'],
        ['Mer om Frisklivssentralen i Vest-Finnmark', 'https://alta.example.org/frisklivssentralen/'],
      ]);
      expect($(el, '[part="print-button"]')).to.equal(null);
      el.showQr = true;
      await el.updateComplete;
      expect($(el, '[part="qr"]')).to.equal(null);
    });

    it('compact: a closed centre still says so', async () => {
      const el = await ready(
        await fixture<FlFrisklivskort>(
          html`<fl-frisklivskort feed=${cardFeed({ status: 'closed' })} centre="fls-vest-finnmark" layout="compact"></fl-frisklivskort>`,
        ),
      );
      expect(partsInCard(el)).to.deep.equal(['header', 'logo', 'notices', 'offers', 'contact']);
      expect(textOf(el, '.closed')).to.equal('Frisklivssentralen er stengt og tar ikke imot nye deltakere.');
    });

    it('compact fits a 280 px sidebar without overflowing', async () => {
      const wrapper = await fixture(
        html`<div style="width: 280px">
          <fl-frisklivskort feed=${cardFeed()} centre="fls-vest-finnmark" layout="compact"></fl-frisklivskort>
        </div>`,
      );
      const el = await ready(wrapper.querySelector('fl-frisklivskort')!);
      const card = $(el, '[part="card"]')!;
      expect(card.scrollWidth).to.be.at.most(card.clientWidth);
    });

    it('the full card fits 280 px too', async () => {
      const wrapper = await fixture(
        html`<div style="width: 280px">
          <fl-frisklivskort feed=${cardFeed()} centre="fls-vest-finnmark"></fl-frisklivskort>
        </div>`,
      );
      const el = await ready(wrapper.querySelector('fl-frisklivskort')!);
      const card = $(el, '[part="card"]')!;
      expect(card.scrollWidth).to.be.at.most(card.clientWidth);
    });

    // Issue 19, point 6: one column whatever the width (two columns printed from half a page broke every line).
    it('layout="print": black on white, one column, no print button, URLs written after links', async () => {
      const el = await ready(
        await fixture<FlFrisklivskort>(
          html`<fl-frisklivskort
            feed=${cardFeed()}
            centre="fls-vest-finnmark"
            layout="print"
            continue-href="https://alta.example.org/selvhjelp"
          ></fl-frisklivskort>`,
        ),
      );
      const card = $(el, '[part="card"]')!;
      const style = getComputedStyle(card);
      expect(style.color).to.equal('rgb(0, 0, 0)');
      expect(style.backgroundColor).to.equal('rgb(255, 255, 255)');
      expect(parseFloat(style.maxWidth)).to.be.closeTo((210 * 96) / 25.4, 0.5);
      expect(style.gridTemplateColumns.split(' ').length).to.equal(1);
      expect(getComputedStyle($(el, '[part="print-button"]')!).display).to.equal('none');
      const link = $(el, '[part="continue"] a')!;
      expect(getComputedStyle(link, '::after').content).to.equal('" (https://alta.example.org/selvhjelp)"');
      // The web page link already shows its address, so it is not repeated.
      expect(getComputedStyle($(el, '[part="contact"] a.url')!, '::after').content).to.equal('none');
      expect(getComputedStyle($(el, '[part="address"]')!).breakInside).to.equal('avoid');
    });

    it('layout="print" paper="a6": a postcard in small type, without a frame', async () => {
      const el = await ready(
        await fixture<FlFrisklivskort>(
          html`<fl-frisklivskort feed=${cardFeed()} centre="fls-vest-finnmark" layout="print" paper="a6" show-qr></fl-frisklivskort>`,
        ),
      );
      const style = getComputedStyle($(el, '[part="card"]')!);
      expect(parseFloat(style.maxWidth)).to.be.closeTo((105 * 96) / 25.4, 0.5);
      expect(parseFloat(style.fontSize)).to.be.closeTo((7.5 * 96) / 72, 0.1);
      expect(style.borderTopStyle).to.equal('none');
      expect(getComputedStyle($(el, '[part="print-button"]')!).display).to.equal('none');
      expect(parseFloat(getComputedStyle($(el, '[part="qr"] svg')!).width)).to.be.closeTo((20 * 96) / 25.4, 0.5);
    });

    describe('print media', () => {
      afterEach(() => emulateMedia({ media: 'screen' }));

      it('printing the default card gives the print layout without the print button', async () => {
        const el = await cardFor(cardFeed());
        const reference = await ready(
          await fixture<FlFrisklivskort>(
            html`<fl-frisklivskort feed=${cardFeed()} centre="fls-vest-finnmark" layout="print"></fl-frisklivskort>`,
          ),
        );
        const button = $(el, '[part="print-button"]')!;
        expect(getComputedStyle(button).display).to.not.equal('none');
        await emulateMedia({ media: 'print' });
        expect(getComputedStyle(button).display).to.equal('none');
        const printed = getComputedStyle($(el, '[part="card"]')!);
        const preview = getComputedStyle($(reference, '[part="card"]')!);
        for (const property of [
          'color',
          'backgroundColor',
          'maxWidth',
          'fontSize',
          'borderRadius',
          'padding',
          'gridTemplateColumns',
        ] as const) {
          expect(printed[property], property).to.equal(preview[property]);
        }
        expect(printed.color).to.equal('rgb(0, 0, 0)');
        expect(getComputedStyle($(el, '[part="notices"]')!).breakInside).to.equal('avoid');
      });

      // Issue 19, point 5: "Skann koden" is for paper, not for the phone in your hand.
      it('the QR code is printed, and on screen shown only with layout="print"', async () => {
        const el = await qrCardFor(cardFeed());
        const qr = $(el, '[part="qr"]')!;
        expect(getComputedStyle(qr).display).to.equal('none');
        const preview = await ready(
          await fixture<FlFrisklivskort>(
            html`<fl-frisklivskort feed=${cardFeed()} centre="fls-vest-finnmark" layout="print" show-qr></fl-frisklivskort>`,
          ),
        );
        expect(getComputedStyle($(preview, '[part="qr"]')!).display).to.not.equal('none');
        await emulateMedia({ media: 'print' });
        expect(getComputedStyle(qr).display).to.not.equal('none');
        expect(textOf(el, '[part="qr"] figcaption')).to.equal('Skann koden for å åpne nettsiden');
      });

      it('prints no opening status and no "Vis vei", but the map and when the card was last checked', async () => {
        const el = await cardFor(cardFeed());
        await emulateMedia({ media: 'print' });
        expect(getComputedStyle($(el, '[part="opening-status"]')!).display).to.equal('none');
        expect(getComputedStyle($(el, '[part="directions"]')!).display).to.equal('none');
        expect(getComputedStyle($(el, '[part="map"]')!).display).to.not.equal('none');
        expect(getComputedStyle($(el, '[part="record-footer"]')!).display).to.not.equal('none');
      });

      it('printing with paper="a6" gives the postcard', async () => {
        const el = await ready(
          await fixture<FlFrisklivskort>(
            html`<fl-frisklivskort feed=${cardFeed()} centre="fls-vest-finnmark" paper="a6"></fl-frisklivskort>`,
          ),
        );
        await emulateMedia({ media: 'print' });
        const style = getComputedStyle($(el, '[part="card"]')!);
        expect(parseFloat(style.maxWidth)).to.be.closeTo((105 * 96) / 25.4, 0.5);
        expect(parseFloat(style.fontSize)).to.be.closeTo((7.5 * 96) / 72, 0.1);
      });
    });
  });

  describe('printing', () => {
    let printed = 0;
    const realPrint = window.print;
    beforeEach(() => {
      printed = 0;
      window.print = () => void printed++;
    });
    afterEach(() => {
      window.print = realPrint;
    });

    it('the print button fires fl-print, then opens the print dialog', async () => {
      const el = await cardFor(cardFeed());
      const button = findByRole<HTMLButtonElement>(el, 'button', 'Skriv ut kortet')!;
      expect(button.getAttribute('part')).to.equal('print-button');
      const event = oneEvent(el, 'fl-print');
      button.click();
      const fired = (await event) as CustomEvent<{ centre: Centre }>;
      expect(fired.cancelable).to.equal(true);
      expect(fired.detail.centre.id).to.equal('fls-vest-finnmark');
      await waitUntil(() => printed === 1, 'print dialog not opened');
    });

    it('a cancelled fl-print opens no dialog', async () => {
      const el = await cardFor(cardFeed());
      el.addEventListener('fl-print', (e) => e.preventDefault());
      await el.print();
      expect(printed).to.equal(0);
    });
  });

  describe('QR code', () => {
    /** Reads the rendered SVG path back into modules. */
    function modulesFromSvg(el: FlFrisklivskort) {
      const svg = $(el, '[part="qr"] svg')!;
      const total = Number(svg.getAttribute('viewBox')!.split(' ')[2]);
      const size = total - 8;
      const dark = new Set<string>();
      for (const [, x, y, w] of svg
        .querySelector('path')!
        .getAttribute('d')!
        .matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
        for (let i = 0; i < Number(w); i++) dark.add(`${Number(x) - 4 + i},${Number(y) - 4}`);
      }
      return { size, dark: (x: number, y: number) => dark.has(`${x},${y}`) };
    }

    it('draws the web page address with the module count of its version, and it reads back', async () => {
      const el = await qrCardFor(cardFeed());
      const url = 'https://alta.example.org/frisklivssentralen/';
      const { size, dark } = modulesFromSvg(el);
      expect(size).to.equal(17 + 4 * expectedVersion(url.length)); // 44 bytes → version 4, 33 modules
      expect(size).to.equal(33);
      expect(decode(dark, size).text).to.equal(url);
      const svg = $(el, '[part="qr"] svg')!;
      expect(svg.getAttribute('role')).to.equal('img');
      expect(svg.getAttribute('aria-label')).to.equal('QR-kode til alta.example.org/frisklivssentralen');
    });

    it('a longer address gets a bigger version', async () => {
      const url = `https://www.kommune.example.org/helse/${'frisklivssentralen-'.repeat(4)}`;
      const el = await qrCardFor(cardFeed({ url }));
      const { size, dark } = modulesFromSvg(el);
      expect(size).to.equal(17 + 4 * expectedVersion(url.length));
      expect(decode(dark, size).text).to.equal(url);
    });

    it('no web page, no QR block', async () => {
      const el = await qrCardFor(cardFeed({ url: undefined }));
      expect($(el, '[part="qr"]')).to.equal(null);
    });

    it('makes no network request for the code', async () => {
      const before = performance.getEntriesByType('resource').length;
      await qrCardFor(cardFeed());
      const requests = performance
        .getEntriesByType('resource')
        .slice(before)
        .map((entry) => entry.name);
      expect(
        requests.filter((name) => !name.startsWith('blob:') && !name.includes('/src/') && !name.includes('/node_modules/')),
      ).to.deep.equal([]);
    });
  });

  describe('locales', () => {
    for (const lang of LOCALES) {
      it(`renders in ${lang} without errors`, async () => {
        const problems: unknown[] = [];
        const { error, warn } = console;
        const onError = (e: ErrorEvent) => problems.push(e.message);
        console.error = (...args: unknown[]) => void problems.push(args);
        console.warn = (...args: unknown[]) => void problems.push(args);
        window.addEventListener('error', onError);
        try {
          const el = await ready(
            await fixture<FlFrisklivskort>(
              html`<fl-frisklivskort lang=${lang} feed=${cardFeed()} centre="fls-vest-finnmark" show-qr></fl-frisklivskort>`,
            ),
          );
          expect(el.locale).to.equal(lang);
          expect($(el, '[part="base"]')!.getAttribute('lang')).to.equal(lang);
          // Some of the feed's text is only in Bokmål or English: the notice says so once, after the header.
          const parts = partsInCard(el);
          expect(parts.filter((part) => part !== 'fallback-notice')).to.deep.equal(WITH_QR);
          expect(parts.filter((part) => part === 'fallback-notice')).to.have.length(lang === 'nb' ? 0 : 1);
          // Every block has its text: no empty headings or lists, no stray ids or "undefined".
          for (const heading of $$(el, 'h2, h3')) expect(clean(heading.textContent), heading.outerHTML).to.not.equal('');
          const text = clean($(el, '[part="card"]')!.textContent);
          expect(text).to.not.match(/undefined|\[object|frisklivskort\./);
        } finally {
          console.error = error;
          console.warn = warn;
          window.removeEventListener('error', onError);
        }
        expect(problems).to.deep.equal([]);
      });
    }

    it('feed text in the reader’s language, falling back to Bokmål marked with lang', async () => {
      const el = await cardFor(cardFeed());
      el.lang = 'smj';
      await el.updateComplete;
      expect(textOf(el, 'h2')).to.equal('Frisklivssentral Oarjje-Finnmárkkus');
      // No Lule Sámi eligibility text: the Bokmål one is marked as such.
      expect($(el, '[part="audience"] span[lang="nb"]')?.textContent).to.equal('Du må bo i en av de tre kommunene.');
    });

    it('Sámi municipality names for Sámi readers', async () => {
      const el = await cardFor(cardFeed());
      el.lang = 'se';
      await el.updateComplete;
      expect(textOf(el, '.serves')).to.contain('Alta, Guovdageaidnu ja Kárášjohka');
    });
  });

  describe('accessibility', () => {
    it('passes axe in nb', async () => {
      const el = await qrCardFor(cardFeed());
      await expect(el).to.be.accessible();
    });

    it('passes axe in smj', async () => {
      const el = await ready(
        await fixture<FlFrisklivskort>(
          html`<fl-frisklivskort lang="smj" feed=${cardFeed()} centre="fls-vest-finnmark" show-qr></fl-frisklivskort>`,
        ),
      );
      await expect(el).to.be.accessible();
    });

    it('passes axe in the compact and print layouts and the empty state', async () => {
      for (const el of [
        await ready(
          await fixture<FlFrisklivskort>(
            html`<fl-frisklivskort feed=${cardFeed()} centre="fls-vest-finnmark" layout="compact"></fl-frisklivskort>`,
          ),
        ),
        await ready(
          await fixture<FlFrisklivskort>(
            html`<fl-frisklivskort feed=${cardFeed()} centre="fls-vest-finnmark" layout="print"></fl-frisklivskort>`,
          ),
        ),
        await cardFor(cardFeed(), 'nope'),
      ]) {
        await expect(el).to.be.accessible();
      }
    });

    it('one h2 for the centre, an h3 for each titled block', async () => {
      const el = await cardFor(cardFeed());
      expect($$(el, 'h2').length).to.equal(1);
      expect(items(el, 'h3')).to.deep.equal([
        'Viktig å vite',
        'Hvem er frisklivssentralen for?',
        'Dette kan du få hjelp med',
        'Slik foregår oppfølgingen',
        'Slik kommer du i gang',
        'Pris',
        'Kontakt',
        'Her finner du oss',
        'Kontakttid',
        'Fortsett på egen hånd',
      ]);
    });

    it('shows a slotted logo in the header', async () => {
      const el = await ready(
        await fixture<FlFrisklivskort>(
          html`<fl-frisklivskort feed=${cardFeed()} centre="fls-vest-finnmark">
            <img slot="logo" alt="Alta kommune" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="40" height="40" />
          </fl-frisklivskort>`,
        ),
      );
      const slot = $<HTMLSlotElement>(el, 'slot[name="logo"]')!;
      expect(slot.assignedElements().length).to.equal(1);
      expect(getComputedStyle(slot).display).to.equal('block');
      const bare = await cardFor(cardFeed());
      expect(getComputedStyle($(bare, 'slot[name="logo"]')!).display).to.equal('none');
    });
  });

  it('uses the Oslo sample centre from a minimal feed', async () => {
    const el = await cardFor(feedUrl(feedDocument({ centres: [centre()] })), 'fls-0301');
    expect(partsInCard(el)).to.deep.equal([
      'header',
      'logo',
      'audience',
      'offers',
      'follow-up',
      'referral',
      'price',
      'contact',
      'address',
      'directions',
      'map',
      'continue',
      'record-footer',
      'print-button',
    ]);
  });
});
