import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import ICAL from 'ical.js';
import { clearFeedCache } from '../../src/feed/loader.js';
import type { IcsExportDetail } from '../../src/shared/calendar-file.js';
import type { FlTestFeatures } from '../fixtures/features-probe.js';
import '../fixtures/features-probe.js';
import { physicalLines } from '../elements/follow-up-timeline/ics-parse.js';
import { featuresFeed } from './features-fixtures.js';

// Saturday 5 December 2026, 12:00 in Norway.
const SATURDAY = '2026-12-05T11:00:00Z';

async function mount(attrs: {
  lang?: string;
  now?: string;
  centre?: string;
  group?: string;
  hideMap?: boolean;
  newTab?: boolean;
  mapApp?: boolean;
  feed?: string;
}) {
  const el = await fixture<FlTestFeatures>(
    html`<fl-test-features
      feed=${attrs.feed ?? featuresFeed()}
      lang=${attrs.lang ?? 'nb'}
      now=${attrs.now ?? SATURDAY}
      centre=${attrs.centre ?? 'fls-5622'}
      group=${attrs.group ?? 'g-sorg-5622'}
      ?hide-map=${attrs.hideMap}
      ?new-tab=${attrs.newTab}
      ?map-app=${attrs.mapApp}
    ></fl-test-features>`,
  );
  await waitUntil(() => el.shadowRoot!.querySelector('section'), 'content rendered');
  await el.updateComplete;
  return el;
}

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const text = (node: Element | null) => node?.textContent?.replace(/\s+/g, ' ').trim();

async function clickCentre(target: HTMLElement) {
  target.scrollIntoView({ block: 'center' });
  const box = target.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
}

describe('issue-20 views, as a reader meets them', () => {
  afterEach(() => clearFeedCache());

  it('loads no map with hide-map: no figure, and the boundaries are never requested', async () => {
    const el = await mount({ hideMap: true });
    expect($(el, 'figure')).to.equal(null);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const requested = performance.getEntriesByType('resource').map((e) => e.name);
    expect(requested.filter((name) => /map-geometry|norway-topology/.test(name))).to.deep.equal([]);
  });

  it('says whether the centre is open, in Norway time', async () => {
    const saturday = await mount({});
    expect(text($(saturday, '.centre .opening-status'))).to.equal('Åpner mandag kl. 08:00');
    const monday = await mount({ now: '2026-12-07T09:00:00Z' });
    expect(text($(monday, '.centre .opening-status'))).to.equal('Åpent nå – stenger kl. 11:30');
    expect($(monday, '.centre .opening-status')!.classList.contains('open')).to.equal(true);
    const lunch = await mount({ now: '2026-12-07T10:45:00Z' });
    expect(text($(lunch, '.centre .opening-status'))).to.equal('Åpner i dag kl. 12:00');
    const christmasEve = await mount({ now: '2026-12-24T08:00:00Z', lang: 'en' });
    expect(text($(christmasEve, '.centre .opening-status'))).to.equal('Open now – closes at 12:00 (Christmas Eve)');
    const ascension = await mount({ now: '2027-05-06T08:00:00Z' });
    expect(text($(ascension, '.centre .opening-status'))).to.equal('Stengt i dag (Kristi himmelfartsdag). Åpner i morgen kl. 08:00');
  });

  it('shows the next meeting as a date, and adds the meetings to a calendar that repeats across DST and New Year', async () => {
    const el = await mount({});
    expect(text($(el, '.group .meeting'))).to.equal('Neste møte: torsdag 10. desember kl. 17:30');
    const button = $(el, '.group button.calendar')!;
    expect(text(button)).to.equal('Legg i kalenderen');
    el.addEventListener('fl-ics-export', (event) => event.preventDefault(), { once: true });
    const exported = oneEvent(el, 'fl-ics-export');
    await clickCentre(button);
    const { detail } = (await exported) as CustomEvent<IcsExportDetail>;
    expect(detail.filename).to.equal('sorggruppe-i-lakselv.ics');
    physicalLines(detail.text); // CRLF, folded at 75 octets, whole characters
    const calendar = new ICAL.Component(ICAL.parse(detail.text));
    const zone = calendar.getFirstSubcomponent('vtimezone')!;
    expect(zone.getFirstPropertyValue('tzid')).to.equal('Europe/Oslo');
    ICAL.TimezoneService.register(zone);
    const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
    expect(event.summary).to.equal('Sorggruppe i Lakselv');
    expect(event.uid).to.equal('group-g-sorg-5622@frisklivs-widgets');
    expect(event.component.getFirstPropertyValue('rrule')!.toString()).to.equal('FREQ=WEEKLY;INTERVAL=2;BYDAY=TH');
    expect(event.description).to.equal(
      'Selvhjelpsgruppe\nKontaktpunkt: Frivilligsentralen i Oslo\n+47 555 09 876\nselvhjelp@frivillig.example.org\nhttps://frivillig.example.org/meld-interesse',
    );
    expect(event.location).to.equal('Porsanger, Lakselv sentrum');
    const it = event.iterator();
    const starts: string[] = [];
    for (let i = 0; i < 10; i++) starts.push(it.next()!.convertToZone(ICAL.Timezone.utcTimezone).toString());
    // 17:30 in Norway every other Thursday: 16:30 UTC in winter, 15:30 UTC from 28 March 2027.
    expect(starts).to.deep.equal([
      '2026-12-10T16:30:00Z',
      '2026-12-24T16:30:00Z',
      '2027-01-07T16:30:00Z',
      '2027-01-21T16:30:00Z',
      '2027-02-04T16:30:00Z',
      '2027-02-18T16:30:00Z',
      '2027-03-04T16:30:00Z',
      '2027-03-18T16:30:00Z',
      '2027-04-01T15:30:00Z',
      '2027-04-15T15:30:00Z',
    ]);
  });

  it('says a full group is full, and that its contact point keeps a waiting list', async () => {
    const { grief, point } = await import('./features-fixtures.js');
    const el = await mount({ feed: featuresFeed({ groups: [{ ...grief, status: 'full' }], contactPoints: [point] }) });
    expect(text($(el, '.group .meeting'))).to.equal('Gruppen er full. Du kan be kontaktpunktet om å sette deg på venteliste.');
    expect($(el, '.group button.calendar')).to.equal(null);
  });

  it('gives plain "Vis vei" links: Entur with the destination, OpenStreetMap, and geo: on phones', async () => {
    const el = await mount({});
    const links = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('.directions a')];
    expect(links.map((a) => text(a))).to.deep.equal(['Kollektivt (Entur)', 'Kart (OpenStreetMap)']);
    const entur = new URL(links[0]!.href);
    expect(entur.origin + entur.pathname).to.equal('https://entur.no/reiseresultater');
    expect(Object.fromEntries(entur.searchParams)).to.deep.include({
      stopLabel: 'Frisklivssentralen i Porsanger',
      stopLat: '70.0513',
      stopLon: '24.9717',
    });
    expect(links[1]!.href).to.equal('https://www.openstreetmap.org/?mlat=70.0513&mlon=24.9717#map=17/70.0513/24.9717');
    expect(links.every((a) => !a.hasAttribute('target'))).to.equal(true);
    const phone = await mount({ newTab: true, mapApp: true });
    const phoneLinks = [...phone.shadowRoot!.querySelectorAll<HTMLAnchorElement>('.directions a')];
    expect(phoneLinks.at(-1)!.getAttribute('href')).to.equal('geo:70.0513,24.9717?q=70.0513,24.9717(Frisklivssentralen%20i%20Porsanger)');
    expect(phoneLinks.every((a) => a.target === '_blank' && a.rel === 'noopener')).to.equal(true);
  });

  it('draws the served municipalities on the county, with a caption that says the same and © Kartverket', async () => {
    const el = await mount({});
    const figure = $(el, 'figure.service-map')!;
    expect(text(figure.querySelector('figcaption'))).to.equal(
      'Betjener Karasjok, Lebesby og Porsanger. Oppmøtested: Storgata 1, 9700 LAKSELV. © Kartverket',
    );
    await waitUntil(() => figure.querySelector('svg'), 'the map arrives');
    const svg = figure.querySelector('svg')!;
    expect(svg.getAttribute('aria-hidden')).to.equal('true');
    expect(svg.querySelector('.served')!.getAttribute('d')!.length).to.be.greaterThan(100);
    expect(svg.querySelectorAll('circle.pin')).to.have.length(1);
    // The served area lies inside the county view, and the pin inside the served area.
    const served = (svg.querySelector('.served') as SVGPathElement).getBBox();
    const pin = svg.querySelector('circle.pin') as SVGCircleElement;
    const [, , w, h] = svg.getAttribute('viewBox')!.split(' ').map(Number);
    expect(served.width).to.be.lessThan(w!);
    expect(served.height).to.be.lessThan(h!);
    expect(
      (svg.querySelector('.served') as SVGPathElement).isPointInFill(new DOMPoint(pin.cx.baseVal.value, pin.cy.baseVal.value)),
    ).to.equal(true);
  });

  it('shares a link that carries only the id', async () => {
    history.replaceState(null, '', `${location.pathname}?side=1&fl-q=mitt+navn&fl-theme=sorg`);
    const shared: ShareData[] = [];
    // Chromium on Linux has no share sheet: give it one that records what it is asked to share.
    Object.defineProperty(navigator, 'share', { configurable: true, value: async (data: ShareData) => void shared.push(data) });
    try {
      const el = await mount({});
      const button = $(el, '.group .share-button')!;
      expect(text(button)).to.equal('Del');
      expect(button.getAttribute('aria-label')).to.equal('Del lenke til Sorggruppe i Lakselv');
      await clickCentre(button);
      await waitUntil(() => shared.length === 1, 'shared');
      const url = new URL(shared[0]!.url!);
      expect(url.search).to.equal('?side=1&fl-group=g-sorg-5622');
      expect(shared[0]!.title).to.equal('Sorggruppe i Lakselv');
    } finally {
      delete (navigator as { share?: unknown }).share;
      history.replaceState(null, '', location.pathname);
    }
  });

  it('copies the link when there is no share sheet, and says so', async () => {
    // Watch what reaches the real clipboard (the test page may not read it back).
    const clipboard = navigator.clipboard;
    const write = clipboard.writeText;
    const written: string[] = [];
    clipboard.writeText = (data: string) => (written.push(data), write.call(clipboard, data));
    try {
      const el = await mount({});
      await clickCentre($(el, '.centre .share-button')!);
      await waitUntil(() => text($(el, '.centre .share-status')) || $(el, '.centre .share-manual'), 'an outcome');
      expect(written).to.have.length(1);
      expect(new URL(written[0]!).search).to.equal('?fl-centre=fls-5622');
      if ($(el, '.centre .share-manual')) {
        // The browser refused the clipboard: the link is there to copy by hand.
        expect(($(el, '.centre .share-manual input') as HTMLInputElement).value).to.equal(written[0]);
      } else {
        expect(text($(el, '.centre .share-status'))).to.equal('Lenken er kopiert.');
      }
    } finally {
      clipboard.writeText = write;
    }
  });

  it('shows when a record was last checked and where to report an error', async () => {
    const el = await mount({});
    expect(text($(el, '.centre .last-checked'))).to.equal('Sist kontrollert 2. november 2026');
    const report = $(el, '.centre a.report') as HTMLAnchorElement;
    expect(text(report)).to.equal('Meld fra om feil');
    expect(report.getAttribute('href')).to.equal(
      `mailto:feil@porsanger.example.org?subject=${encodeURIComponent('Feil i oppføringen «Frisklivssentralen i Porsanger» (fls-5622)')}`,
    );
    // The group has no address of its own: the publisher's form.
    expect(($(el, '.group a.report') as HTMLAnchorElement).href).to.equal('https://example.org/meld-feil');
  });

  it('says once that some text is only in Bokmål, in the reader language', async () => {
    const nb = await mount({});
    expect($(nb, '.fallback-notice')).to.equal(null);
    const en = await mount({ lang: 'en' });
    expect(en.shadowRoot!.querySelectorAll('.fallback-notice')).to.have.length(1);
    expect(text($(en, '.fallback-notice'))).to.equal(
      'Some of the text is not available in your language and is shown in Norwegian Bokmål.',
    );
  });
});

describe('issue-20 views in every locale', () => {
  afterEach(() => clearFeedCache());

  // Monday 7 December 2026 09:00 in Norway; the next group meeting is Thursday 10 December.
  const expected: Record<string, { status: string; meeting: string; caption: string; share: string; report: string }> = {
    nb: {
      status: 'Åpent nå – stenger kl. 11:30',
      meeting: 'Neste møte: torsdag 10. desember kl. 17:30',
      caption: 'Betjener Karasjok, Lebesby og Porsanger. Oppmøtested: Storgata 1, 9700 LAKSELV. © Kartverket',
      share: 'Del',
      report: 'Meld fra om feil',
    },
    nn: {
      status: 'Ope no – stengjer kl. 11:30',
      meeting: 'Neste møte: torsdag 10. desember kl. 17:30',
      caption: 'Dekkjer Karasjok, Lebesby og Porsanger. Oppmøtestad: Storgata 1, 9700 LAKSELV. © Kartverket',
      share: 'Del',
      report: 'Meld frå om feil',
    },
    en: {
      status: 'Open now – closes at 11:30',
      meeting: 'Next meeting: Thursday 10 December at 17:30',
      caption: 'Serves Karasjok, Lebesby and Porsanger. Location: Storgata 1, 9700 LAKSELV. © Kartverket',
      share: 'Share',
      report: 'Report an error',
    },
    se: {
      status: 'Rabas dál, dii. 11:30 rádjái',
      meeting: 'Boahtte čoahkkin: duorastat juovlamánu 10. b. dii. 17:30',
      caption: 'Suohkanat maid guovddáš bálvala: Kárášjohka, Lebesby ja Porsáŋgu. Čujuhus: Storgata 1, 9700 LAKSELV. © Kartverket',
      share: 'Juoge',
      report: 'Dieđit meattáhusa',
    },
    sma: {
      status: 'Gaahpode daelie, 11:30 raajan',
      meeting: 'Minngebe tjåanghkoe: duarsta goeven 10. b. 17:30',
      caption: 'Jarngen tjïelth: Karasjok, Lebesby jïh Porsanger. Tjaelemessijjie: Storgata 1, 9700 LAKSELV. © Kartverket',
      share: 'Juekieh',
      report: 'Båajhtode: bïevnedh',
    },
    smj: {
      status: 'Rabás dál, dij. 11:30 rádjáj',
      meeting: 'Boahtte tjåhkanibme: duorastahka javllamáno 10. b. dij. 17:30',
      caption: 'Suohkana gånnå guovdásj barggá: Karasjok, Lebesby ja Porsanger. Adræssa: Storgata 1, 9700 LAKSELV. © Kartverket',
      share: 'Juoge',
      report: 'Diededa jus le vihke',
    },
  };

  for (const [lang, want] of Object.entries(expected)) {
    it(`${lang}: status, next meeting, map text, share and report, and no axe violation`, async () => {
      const el = await mount({ lang, now: '2026-12-07T08:00:00Z' });
      expect(text($(el, '.centre .opening-status'))).to.equal(want.status);
      expect(text($(el, '.group .meeting'))).to.equal(want.meeting);
      expect(text($(el, '.centre figcaption'))).to.equal(want.caption);
      expect(text($(el, '.centre .share-button'))).to.equal(want.share);
      expect(text($(el, '.centre a.report'))).to.equal(want.report);
      await waitUntil(() => $(el, 'figure svg'), 'the map');
      await expect(el).to.be.accessible();
    });
  }
});
