/**
 * Issue 20 in the group finder, as a reader meets it, with a fixed clock: the
 * next meeting as a date, the planned start, a full group's waiting list, "Legg
 * i kalenderen" (the downloaded file parsed back), "Del" (a link that opens the
 * finder on that group), the record's foot and the language-fallback notice.
 */
import { expect, fixture, oneEvent, waitUntil } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import ICAL from 'ical.js';
import type { FlGroupFinder } from '../../../src/elements/group-finder/group-finder.js';
import { clearFeedCache } from '../../../src/feed/loader.js';
import type { Locale } from '../../../src/i18n/locales.js';
import { physicalLines } from '../follow-up-timeline/ics-parse.js';
import { contactPoints, feedDocumentFor, html, ready, shadow, shownIds, textOf } from './fixtures.js';

// Saturday 5 December 2026, 12:00 in Norway.
const SATURDAY = new Date('2026-12-05T11:00:00Z');
const clock = () => SATURDAY;

function feed(): string {
  const points = contactPoints.map((p) => (p.id === 'cp-norge' ? { ...p, waitingList: true } : p));
  return feedDocumentFor({ contactPoints: points }, { reportUrl: 'mailto:feil@selvhjelp.example.org' });
}

async function mount(options: { lang?: Locale; urlState?: string; url?: string } = {}): Promise<FlGroupFinder> {
  const el = await fixture<FlGroupFinder>(
    html`<fl-group-finder
      feed=${options.url ?? feed()}
      lang=${options.lang ?? 'nb'}
      url-state=${options.urlState ?? ''}
      .clock=${clock}
      page-size="10"
    ></fl-group-finder>`,
  );
  if (!options.urlState) el.removeAttribute('url-state');
  return ready(el);
}

const card = (el: FlGroupFinder, id: string) => shadow(el).querySelector<HTMLElement>(`[part~="result"][data-id="${id}"]`)!;
const line = (el: FlGroupFinder, id: string) => textOf(card(el, id).querySelector('[part~="next-meeting"]'));

async function click(target: HTMLElement) {
  target.scrollIntoView({ block: 'center' });
  const box = target.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
}

describe('<fl-group-finder> meetings, calendar, sharing and the record foot (issue 20)', () => {
  beforeEach(() => clearFeedCache());

  const NEXT: Record<Locale, string> = {
    nb: 'Neste møte: tirsdag 8. desember kl. 18:00',
    nn: 'Neste møte: tysdag 8. desember kl. 18:00',
    en: 'Next meeting: Tuesday 8 December at 18:00',
    se: 'Boahtte čoahkkin: maŋŋebárga juovlamánu 8. b. dii. 18:00',
    sma: 'Minngebe tjåanghkoe: dæjsta goeven 8. b. 18:00',
    smj: 'Boahtte tjåhkanibme: dijstahka javllamáno 8. b. dij. 18:00',
  };
  const FALLBACK: Record<Locale, string> = {
    nb: '',
    nn: 'Noko av teksten finst ikkje på ditt språk og blir vist på bokmål.',
    en: 'Some of the text is not available in your language and is shown in Norwegian Bokmål.',
    se: 'Muhtun teavsttat eai gávdno du gillii, ja dat čájehuvvojit girjedárogillii.',
    sma: 'Naan bïevnesh eah gååvnesh dov gïelesne, jïh dah daaroengïelesne vuesiehtamme.',
    smj: 'Muhtem tevsta e gávnnu duv gielan, ja dá vuoseduvvi girjjedárogiellaj.',
  };

  for (const lang of Object.keys(NEXT) as Locale[]) {
    it(`${lang}: each open group's next meeting as a date, the fallback notice once, and no axe violation`, async () => {
      const el = await mount({ lang });
      expect(line(el, 'g-angst-oslo')).to.equal(NEXT[lang]);
      // Monday 12:30 and Thursday 13:00 come next for the other two open groups.
      expect(line(el, 'g-se-parorende')).to.include('12:30');
      expect(line(el, 'g-sorg-oslo')).to.include('13:00');
      const notices = shadow(el).querySelectorAll('[part~="fallback-notice"]');
      expect(notices.length, 'at most once per element').to.equal(FALLBACK[lang] ? 1 : 0);
      if (FALLBACK[lang]) expect(textOf(notices[0])).to.equal(FALLBACK[lang]);
      await expect(el).to.be.accessible();
    });
  }

  it('a group being formed shows its planned start; a full group says so, with the waiting list where its contact point keeps one', async () => {
    const el = await mount();
    expect(line(el, 'g-sorg-karasjok')).to.equal('Planlagt oppstart: 12. januar 2027');
    expect(card(el, 'g-depresjon-alta').querySelector('[part~="next-meeting"]'), 'no date known').to.equal(null);
    expect(line(el, 'g-digital-angst')).to.equal('Gruppen er full. Du kan be kontaktpunktet om å sette deg på venteliste.');
    // Its contact point's phone is still on the card: that is how one asks.
    expect(textOf(card(el, 'g-digital-angst').querySelector('[part~="join"] a[href^="tel:"]'))).to.equal('+47 555 00 000');
    for (const id of ['g-sorg-karasjok', 'g-depresjon-alta', 'g-digital-angst']) {
      expect(card(el, id).querySelector('[part~="calendar-button"]'), `${id}: no calendar without a next meeting`).to.equal(null);
    }

    clearFeedCache();
    const without = await mount({ url: feedDocumentFor() });
    expect(line(without, 'g-digital-angst'), 'no waiting list').to.equal('Gruppen er full.');
  });

  it('"Legg i kalenderen" downloads an .ics that repeats weekly in Europe/Oslo time across New Year and DST', async () => {
    const el = await mount();
    const button = card(el, 'g-angst-oslo').querySelector<HTMLElement>('[part~="calendar-button"]')!;
    expect(textOf(button)).to.equal('Legg i kalenderen');
    // Catch the download link the element clicks, and read the file it points to.
    let href = '';
    let filename = '';
    const catchDownload = (event: Event) => {
      const link = event.target as HTMLAnchorElement;
      if (link.localName === 'a' && link.download) {
        event.preventDefault();
        href = link.href;
        filename = link.download;
      }
    };
    shadow(el).addEventListener('click', catchDownload, true);
    const exported = oneEvent(el, 'fl-ics-export');
    await click(button);
    await exported;
    await waitUntil(() => href, 'a download');
    shadow(el).removeEventListener('click', catchDownload, true);
    expect(filename).to.equal('angstgruppe.ics');
    const text = await (await fetch(href)).text();
    physicalLines(text);
    const calendar = new ICAL.Component(ICAL.parse(text));
    const zone = calendar.getFirstSubcomponent('vtimezone')!;
    expect(zone.getFirstPropertyValue('tzid')).to.equal('Europe/Oslo');
    ICAL.TimezoneService.register(zone);
    const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
    expect(event.summary).to.equal('Angstgruppe');
    expect(event.component.getFirstPropertyValue('rrule')!.toString()).to.equal('FREQ=WEEKLY;BYDAY=TU');
    expect(event.description).to.equal(
      'Selvhjelpsgruppe\nKontaktpunkt: Frivilligsentralen i Oslo\n+47 555 09 876\nselvhjelp@frivillig.example.org\nhttps://frivillig.example.org/meld-interesse',
    );
    expect(event.location).to.equal('Oslo, Grünerløkka');
    const it = event.iterator();
    const starts: string[] = [];
    for (let i = 0; i < 17; i++) starts.push(it.next()!.convertToZone(ICAL.Timezone.utcTimezone).toString());
    // 18:00 in Norway every Tuesday: 17:00 UTC in winter, 16:00 UTC after 28 March 2027.
    expect(starts.slice(0, 6)).to.deep.equal([
      '2026-12-08T17:00:00Z',
      '2026-12-15T17:00:00Z',
      '2026-12-22T17:00:00Z',
      '2026-12-29T17:00:00Z',
      '2027-01-05T17:00:00Z',
      '2027-01-12T17:00:00Z',
    ]);
    expect(starts.slice(-2)).to.deep.equal(['2027-03-23T17:00:00Z', '2027-03-30T16:00:00Z']);
    expect(text, 'no member data').not.to.match(/ATTENDEE|ORGANIZER/);
  });

  it('"Del" (with url-state) shares a link with only the group id, and that link opens the finder on the group', async () => {
    history.replaceState(null, '', `${location.pathname}?side=1&fl-q=sorg&fl-mode=physical`);
    const shared: ShareData[] = [];
    // Chromium on Linux has no share sheet: give it one that records what it is asked to share.
    Object.defineProperty(navigator, 'share', { configurable: true, value: async (data: ShareData) => void shared.push(data) });
    try {
      const el = await mount({ urlState: 'query' });
      expect(shownIds(el)).to.deep.equal(['g-sorg-oslo', 'g-sorg-karasjok']);
      const button = card(el, 'g-sorg-oslo').querySelector<HTMLElement>('[part~="share-button"]')!;
      expect(textOf(button)).to.equal('Del');
      expect(button.getAttribute('aria-label')).to.equal('Del lenke til Sorggruppe for unge voksne');
      await click(button);
      await waitUntil(() => shared.length === 1, 'shared');
      const link = new URL(shared[0]!.url!);
      expect(link.search, 'no search text, no filters').to.equal('?side=1&fl-group=g-sorg-oslo');
      el.remove();

      // The reader who follows the link sees that group, and can ask for all.
      history.replaceState(null, '', link.pathname + link.search);
      clearFeedCache();
      const opened = await mount({ urlState: 'query' });
      expect(shownIds(opened)).to.deep.equal(['g-sorg-oslo']);
      expect(textOf(shadow(opened).querySelector('[part~="count"]'))).to.equal('1 gruppe');
      const all = shadow(opened).querySelector<HTMLElement>('[part~="show-all"]')!;
      expect(textOf(all)).to.equal('Vis alle grupper');
      await click(all);
      await waitUntil(() => shownIds(opened).length === 6, 'every group again');
      expect(location.search).to.equal('?side=1');
      // Back returns to the shared group.
      history.back();
      await waitUntil(() => shownIds(opened).length === 1, 'the shared group after Back');
      // A filter change leaves the shared group for the list.
      const theme = shadow(opened).querySelector<HTMLSelectElement>('select#theme')!;
      theme.value = 'angst';
      theme.dispatchEvent(new Event('change'));
      await opened.updateComplete;
      expect(shownIds(opened)).to.deep.equal(['g-angst-oslo', 'g-digital-angst']);
      expect(new URLSearchParams(location.search).has('fl-group')).to.equal(false);
    } finally {
      delete (navigator as { share?: unknown }).share;
      history.replaceState(null, '', location.pathname);
    }
  });

  it('offers no "Del" without url-state (no link could open the group)', async () => {
    const el = await mount();
    expect(shadow(el).querySelector('[part~="share-button"]')).to.equal(null);
  });

  it('every group shows when it was last checked and "Meld fra om feil" with a subject naming it', async () => {
    const el = await mount();
    const foot = card(el, 'g-angst-oslo').querySelector('[part~="record-footer"]')!;
    expect(textOf(foot.querySelector('.last-checked'))).to.equal('Sist kontrollert 1. oktober 2026');
    const report = foot.querySelector<HTMLAnchorElement>('[part~="report-link"]')!;
    expect(textOf(report)).to.equal('Meld fra om feil');
    const mail = new URL(report.href);
    expect(mail.protocol + mail.pathname).to.equal('mailto:feil@selvhjelp.example.org');
    expect(decodeURIComponent(mail.search)).to.equal('?subject=Feil i oppføringen «Angstgruppe» (g-angst-oslo)');
    expect(shadow(el).querySelectorAll('[part~="record-footer"]')).to.have.length(6);
  });
});
