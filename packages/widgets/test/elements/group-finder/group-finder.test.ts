import { aTimeout, expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { clearFeedCache } from '../../../src/feed/loader.js';
import type { Group } from '../../../src/feed/schema.js';
import { formatWeekday } from '../../../src/i18n/format.js';
import { group as makeGroup } from '../../fixtures/feed-builder.js';
import { choose, contactPoints, feedUrl, finder, html, search, shadow, shownIds, testFeed, textOf, tick } from './fixtures.js';

const ALL = ['g-angst-oslo', 'g-se-parorende', 'g-sorg-oslo', 'g-sorg-karasjok', 'g-depresjon-alta', 'g-digital-angst'];

const result = (el: HTMLElement & { shadowRoot: ShadowRoot | null }, id: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~="result"][data-id="${id}"]`)!;

const liveRegion = (el: HTMLElement) => el.shadowRoot!.querySelector('[role="status"]')!;

describe('<fl-group-finder>', () => {
  let url: string;
  beforeEach(() => {
    clearFeedCache();
    url = feedUrl(testFeed());
  });

  describe('results', () => {
    it('shows every group, open ones first, then those being formed by start date, then full ones', async () => {
      const el = await finder(html`<fl-group-finder feed=${url}></fl-group-finder>`);
      expect(shownIds(el)).to.deep.equal(ALL);
      expect(textOf(shadow(el).querySelector('[part~="count"]'))).to.equal('6 grupper');
    });

    it('tells what, where, when, status, languages, age and how to join', async () => {
      const el = await finder(html`<fl-group-finder feed=${url}></fl-group-finder>`);
      const oslo = result(el, 'g-angst-oslo');
      expect(textOf(oslo.querySelector('[part~="title"]'))).to.equal('Angstgruppe');
      expect(oslo.querySelector('[part~="title"]')!.getAttribute('role')).to.equal('heading');
      expect(oslo.querySelector('[part~="title"]')!.getAttribute('aria-level')).to.equal('2');
      expect(textOf(oslo.querySelector('[part~="theme"]'))).to.equal('Angst');
      expect(textOf(oslo.querySelector('[part~="status-badge"]'))).to.equal('Åpen for nye deltakere');
      expect(textOf(oslo.querySelector('[part~="description"]'))).to.equal('For deg som kjenner på uro og angst i hverdagen.');
      const facts = textOf(oslo.querySelector('[part~="facts"]'));
      expect(facts).to.include('Oslo, Grünerløkka');
      expect(facts).to.include('Hver tirsdag kl. 18:00–20:00');
      expect(facts).to.include('Norsk');
      expect(facts, 'no age line for the usual 18').not.to.include('Alder');

      // The way in is in sight, not behind a disclosure (issue 19, point 4).
      const join = oslo.querySelector('[part~="join"]')!;
      expect(join.closest('details'), 'not folded away').to.equal(null);
      expect(textOf(join)).to.include('Slik blir du med').and.include('Frivilligsentralen i Oslo').and.include('+47 555 09 876');
      const links = [...join.querySelectorAll('a')].map((a) => [textOf(a), a.getAttribute('href')]);
      expect(links).to.deep.equal([
        ['+47 555 09 876', 'tel:+4755509876'],
        ['selvhjelp@frivillig.example.org', 'mailto:selvhjelp@frivillig.example.org'],
        ['Meld interesse', 'https://frivillig.example.org/meld-interesse'],
      ]);

      const karasjok = result(el, 'g-sorg-karasjok');
      // The badge says the status in the filter's words; the planned start is the group's meeting line.
      expect(textOf(karasjok.querySelector('[part~="status-badge"]'))).to.equal('Under oppstart');
      expect(textOf(karasjok.querySelector('[part~="next-meeting"]'))).to.equal('Planlagt oppstart: 12. januar 2027');
      expect(textOf(karasjok.querySelector('[part~="facts"]')))
        .to.include('Karasjok')
        .and.include('Annenhver onsdag kl. 10:00–12:00')
        .and.include('Nordsamisk, norsk');
      expect(textOf(result(el, 'g-depresjon-alta').querySelector('[part~="status-badge"]'))).to.equal('Under oppstart');
      expect(textOf(result(el, 'g-depresjon-alta').querySelector('[part~="facts"]'))).to.include('Alta, Sentrum');

      const digital = result(el, 'g-digital-angst');
      expect(textOf(digital.querySelector('[part~="status-badge"]'))).to.equal('Full');
      expect(textOf(digital.querySelector('[part~="facts"]')))
        .to.include('Digitalt')
        .and.include('Norsk, engelsk')
        .and.include('Hver lørdag kl. 19:00–21:00');

      expect(textOf(result(el, 'g-sorg-oslo').querySelector('[part~="facts"]')))
        .to.include('Alder')
        .and.include('Fra 16 år');
    });

    it('uses the heading level it is given', async () => {
      const el = await finder(html`<fl-group-finder feed=${url} heading-level="3"></fl-group-finder>`);
      const levels = [...shadow(el).querySelectorAll('[part~="title"]')].map((h) => h.getAttribute('aria-level'));
      expect(levels).to.deep.equal(Array(6).fill('3'));
    });

    it('explains what a self-help group is, unless hide-intro is set', async () => {
      const el = await finder(html`<fl-group-finder feed=${url}></fl-group-finder>`);
      const intro = shadow(el).querySelector('details[part~="intro"]')!;
      expect(textOf(intro.querySelector('summary'))).to.equal('Hva er en selvhjelpsgruppe?');
      const text = textOf(intro);
      for (const word of ['4–8 voksne', 'ingen leder', 'likeverdige', 'blir i gruppen', 'gratis', 'ikke behandling', 'kontaktpunkt']) {
        expect(text).to.include(word);
      }
      el.hideIntro = true;
      await el.updateComplete;
      expect(shadow(el).querySelector('[part~="intro"]')).to.equal(null);
      expect(el.hasAttribute('hide-intro')).to.equal(true);
    });
  });

  describe('filters, one at a time', () => {
    const cases: [string, string, string[]][] = [
      ['theme', 'angst', ['g-angst-oslo', 'g-digital-angst']],
      ['municipality', '0301', ['g-angst-oslo', 'g-sorg-oslo']],
      ['contactPoint', 'cp-finnmark', ['g-se-parorende', 'g-sorg-karasjok']],
      ['weekday', 'MO', ['g-se-parorende', 'g-depresjon-alta']],
      ['time', 'morning', ['g-sorg-karasjok']],
      ['time', 'afternoon', ['g-se-parorende', 'g-sorg-oslo']],
      ['time', 'evening', ['g-angst-oslo', 'g-depresjon-alta', 'g-digital-angst']],
      ['language', 'se', ['g-se-parorende', 'g-sorg-karasjok']],
      ['language', 'en', ['g-digital-angst']],
      ['mode', 'digital', ['g-digital-angst']],
      ['mode', 'physical', ALL.filter((id) => id !== 'g-digital-angst')],
    ];
    for (const [filter, value, expected] of cases) {
      it(`${filter} = ${value}`, async () => {
        const el = await finder(html`<fl-group-finder feed=${url}></fl-group-finder>`);
        await choose(el, filter, value);
        expect(shownIds(el)).to.deep.equal(expected);
        expect(el.filterState[filter as 'theme']).to.equal(value);
        await choose(el, filter, '');
        expect(shownIds(el)).to.deep.equal(ALL);
      });
    }

    it('status (checkboxes, several at once)', async () => {
      const el = await finder(html`<fl-group-finder feed=${url}></fl-group-finder>`);
      await tick(el, 'forming', true);
      expect(shownIds(el)).to.deep.equal(['g-sorg-karasjok', 'g-depresjon-alta']);
      await tick(el, 'full', true);
      expect(shownIds(el)).to.deep.equal(['g-sorg-karasjok', 'g-depresjon-alta', 'g-digital-angst']);
      await tick(el, 'forming', false);
      await tick(el, 'full', false);
      expect(shownIds(el)).to.deep.equal(ALL);
    });

    it('offers only municipalities with groups, contact points with groups, and the languages in use by name', async () => {
      const el = await finder(html`<fl-group-finder feed=${url}></fl-group-finder>`);
      const options = (id: string) => [...shadow(el).querySelectorAll(`select#${id} option`)].map((o) => textOf(o));
      expect(options('municipality')).to.deep.equal(['Alle kommuner', 'Alta', 'Karasjok', 'Kautokeino', 'Oslo']);
      expect(options('contactPoint')).to.deep.equal([
        'Alle kontaktpunkter',
        'Frivilligsentralen i Oslo',
        'Lærings- og mestringssenteret i Finnmark',
        'Selvhjelp Alta kommune',
        'Selvhjelp Norge',
      ]);
      expect(options('language')).to.deep.equal(['Alle språk', 'Norsk', 'Nordsamisk', 'Engelsk']);
      expect(options('weekday')).to.deep.equal(['Alle dager', 'Mandag', 'Tirsdag', 'Onsdag', 'Torsdag', 'Fredag', 'Lørdag', 'Søndag']);
      expect(options('theme')).to.deep.equal(['Alle temaer', 'Angst', 'Depresjon', 'Pårørende', 'Sorg']);
      // Every control has a visible label.
      for (const control of shadow(el).querySelectorAll('select, input')) {
        const labelled = control.id ? shadow(el).querySelector(`label[for="${control.id}"]`) : control.closest('label');
        expect(textOf(labelled), control.id || (control as HTMLInputElement).value).not.to.equal('');
      }
      expect(textOf(shadow(el).querySelector('fieldset.statuses legend'))).to.equal('Status');
    });
  });

  describe('combined filters', () => {
    const cases: [Record<string, string>, string[]][] = [
      [{ theme: 'sorg', municipality: '0301' }, ['g-sorg-oslo']],
      [{ weekday: 'MO', time: 'evening' }, ['g-depresjon-alta']],
      [{ language: 'nb', mode: 'physical', contactPoint: 'cp-oslo' }, ['g-angst-oslo', 'g-sorg-oslo']],
      [{ theme: 'angst', mode: 'physical', time: 'evening' }, ['g-angst-oslo']],
    ];
    for (const [filters, expected] of cases) {
      it(JSON.stringify(filters), async () => {
        const el = await finder(html`<fl-group-finder feed=${url}></fl-group-finder>`);
        for (const [key, value] of Object.entries(filters)) await choose(el, key, value);
        expect(shownIds(el)).to.deep.equal(expected);
      });
    }

    it('a filter, a status and a search together', async () => {
      const el = await finder(html`<fl-group-finder feed=${url}></fl-group-finder>`);
      await choose(el, 'theme', 'sorg');
      await tick(el, 'open', true);
      expect(shownIds(el)).to.deep.equal(['g-sorg-oslo']);
      await search(el, 'karasjok');
      expect(shownIds(el)).to.deep.equal([]);
      await tick(el, 'open', false);
      expect(shownIds(el)).to.deep.equal(['g-sorg-karasjok']);
    });
  });

  describe('text search', () => {
    const cases: [string, string[]][] = [
      ['angst', ['g-angst-oslo', 'g-digital-angst']],
      ['ANGSTGRUPPE', ['g-angst-oslo', 'g-digital-angst']],
      // A title that exists only in North Sámi, found by a Bokmål reader without the diacritics …
      ['dahkat', ['g-se-parorende']],
      // … and with them.
      ['Ságastallanjoavku', ['g-se-parorende']],
      // Municipality names in every language, folded.
      ['karasjok', ['g-sorg-karasjok']],
      ['Kárášjohka', ['g-sorg-karasjok']],
      ['karasjohka', ['g-sorg-karasjok']],
      ['parorende', ['g-se-parorende']],
      ['  sorg   oslo ', ['g-sorg-oslo']],
      ['sorg tromsø', []],
      ['grünerløkka', ['g-angst-oslo']],
      ['grunerlokka', ['g-angst-oslo']],
    ];
    for (const [query, expected] of cases) {
      it(`"${query}"`, async () => {
        const el = await finder(html`<fl-group-finder feed=${url}></fl-group-finder>`);
        await search(el, query);
        expect(shownIds(el)).to.deep.equal(expected);
      });
    }

    it('typed character by character (each keystroke narrows the last results) and back again, gives what a fresh search gives', async () => {
      const el = await finder(html`<fl-group-finder feed=${url} page-size="50"></fl-group-finder>`);
      const fresh = async (query: string) => {
        const other = await finder(html`<fl-group-finder feed=${url} page-size="50"></fl-group-finder>`);
        await search(other, query);
        const ids = shownIds(other);
        other.remove();
        return ids;
      };
      const typed = 'sorg   oslo';
      for (let i = 1; i <= typed.length; i++) {
        await search(el, typed.slice(0, i));
        expect(shownIds(el), typed.slice(0, i)).to.deep.equal(await fresh(typed.slice(0, i)));
      }
      for (const query of ['sorg', 's', '']) {
        await search(el, query);
        expect(shownIds(el), `back to "${query}"`).to.deep.equal(await fresh(query));
      }
      await choose(el, 'mode', 'digital');
      await search(el, 'a');
      await search(el, 'an');
      expect(shownIds(el)).to.deep.equal(['g-digital-angst']);
    });

    it('finds a Bokmål-only title from a North Sámi page, and shows that title marked as Bokmål', async () => {
      const el = await finder(html`<fl-group-finder feed=${url} lang="se"></fl-group-finder>`);
      await search(el, 'Tyngde');
      expect(shownIds(el)).to.deep.equal(['g-depresjon-alta']);
      const title = result(el, 'g-depresjon-alta').querySelector('[part~="title"] span')!;
      expect(title.getAttribute('lang')).to.equal('nb');
      expect(textOf(title)).to.equal('Tyngde og tristhet');
    });

    it('the municipality filter shows Sámi names to a Sámi reader (Kárášjohka) and Norwegian ones to others (Karasjok)', async () => {
      const se = await finder(html`<fl-group-finder feed=${url} lang="se"></fl-group-finder>`);
      const labels = [...shadow(se).querySelectorAll('select#municipality option')].map((o) => textOf(o));
      expect(labels.slice(1)).to.deep.equal(['Alta', 'Guovdageaidnu', 'Kárášjohka', 'Oslo']);
      await choose(se, 'municipality', '5610');
      expect(shownIds(se)).to.deep.equal(['g-sorg-karasjok']);
      expect(textOf(result(se, 'g-sorg-karasjok').querySelector('[part~="title"]'))).to.equal('Morašjoavku Kárášjogas');
      expect(textOf(result(se, 'g-sorg-karasjok').querySelector('[part~="facts"]'))).to.include('Kárášjohka');

      const nb = await finder(html`<fl-group-finder feed=${url}></fl-group-finder>`);
      const option = shadow(nb).querySelector('select#municipality option[value="5610"]');
      expect(textOf(option)).to.equal('Karasjok');
    });

    it('announces the count politely once typing pauses, with plural forms; the list itself updates at once', async () => {
      const el = await finder(html`<fl-group-finder feed=${url}></fl-group-finder>`);
      const live = liveRegion(el);
      expect(live.getAttribute('role')).to.equal('status');
      await search(el, 'a');
      await search(el, 'an');
      await search(el, 'angst');
      expect(shownIds(el), 'filtered before any announcement').to.deep.equal(['g-angst-oslo', 'g-digital-angst']);
      expect(textOf(shadow(el).querySelector('[part~="count"]'))).to.equal('2 grupper');
      expect(textOf(live), 'nothing spoken mid-word').to.equal('');
      await waitUntil(() => textOf(live) === '2 grupper', 'count announced');
      await search(el, 'angstgruppe digital');
      await waitUntil(() => textOf(live) === '1 gruppe', 'singular announced');
      await search(el, 'ingenting slikt');
      await waitUntil(() => textOf(live) === 'Ingen grupper passer søket.', 'zero announced');
    });

    it('uses the dual for two groups in a Sámi locale', async () => {
      const el = await finder(html`<fl-group-finder feed=${url} lang="sma"></fl-group-finder>`);
      await choose(el, 'theme', 'angst');
      // The `two` unit (the Sámi dual) is chosen for 2, `one` for 1.
      await waitUntil(() => textOf(liveRegion(el)) === '2 dåehkieh');
      await choose(el, 'theme', 'depresjon');
      await waitUntil(() => textOf(liveRegion(el)) === '1 dåehkie');
    });
  });

  describe('paging', () => {
    it('shows page-size groups, and "show more" reveals the next page and moves focus to its first group', async () => {
      const el = await finder(html`<fl-group-finder feed=${url} page-size="2"></fl-group-finder>`);
      expect(shownIds(el)).to.deep.equal(ALL.slice(0, 2));
      expect(textOf(shadow(el).querySelector('[part~="count"]'))).to.equal('6 grupper');
      const more = shadow(el).querySelector<HTMLButtonElement>('[part~="show-more"]')!;
      expect(textOf(more)).to.equal('Vis flere grupper');
      more.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => shownIds(el).length === 4);
      expect(shownIds(el)).to.deep.equal(ALL.slice(0, 4));
      await waitUntil(() => shadow(el).activeElement === result(el, ALL[2]!), 'focus on the first new group');
      shadow(el).querySelector<HTMLButtonElement>('[part~="show-more"]')!.click();
      await waitUntil(() => shownIds(el).length === 6);
      await waitUntil(() => shadow(el).activeElement === result(el, ALL[4]!));
      expect(shadow(el).querySelector('[part~="show-more"]'), 'no more to show').to.equal(null);
    });

    it('starts from one page again when a filter changes', async () => {
      const el = await finder(html`<fl-group-finder feed=${url} page-size="1"></fl-group-finder>`);
      shadow(el).querySelector<HTMLButtonElement>('[part~="show-more"]')!.click();
      await waitUntil(() => shownIds(el).length === 2);
      await choose(el, 'mode', 'physical');
      expect(shownIds(el)).to.deep.equal(['g-angst-oslo']);
    });

    it('defaults to ten per page', async () => {
      const many: Group[] = Array.from({ length: 14 }, (_, i) =>
        makeGroup({ id: `g-${String(i).padStart(2, '0')}`, title: { nb: `Gruppe ${String(i).padStart(2, '0')}` } }),
      );
      const el = await finder(html`<fl-group-finder feed=${feedUrl(testFeed({ groups: many }))}></fl-group-finder>`);
      expect(shownIds(el)).to.have.length(10);
      expect(textOf(shadow(el).querySelector('[part~="count"]'))).to.equal('14 grupper');
      shadow(el).querySelector<HTMLButtonElement>('[part~="show-more"]')!.click();
      await waitUntil(() => shownIds(el).length === 14);
    });
  });

  describe('empty state', () => {
    const emptyPart = (el: HTMLElement) => el.shadowRoot!.querySelector('[part~="empty"]')!;
    const pointNames = (el: HTMLElement) => [...emptyPart(el).querySelectorAll('[part~="contact-points"] > li .cp-name')].map(textOf);

    it('says so plainly and shows the contact points covering the chosen municipality', async () => {
      const el = await finder(html`<fl-group-finder feed=${url}></fl-group-finder>`);
      await choose(el, 'municipality', '5601');
      await choose(el, 'theme', 'angst');
      expect(shownIds(el)).to.deep.equal([]);
      expect(shadow(el).querySelector('[part~="results"]')).to.equal(null);
      expect(shadow(el).querySelector('[part~="count"]'), 'the empty state says it once').to.equal(null);
      expect(textOf(emptyPart(el).querySelector('.empty-title'))).to.equal('Ingen grupper passer søket.');
      expect(pointNames(el)).to.deep.equal(['Selvhjelp Alta kommune']);
      const register = emptyPart(el).querySelector<HTMLAnchorElement>('a.register')!;
      expect(textOf(register)).to.equal('Meld interesse');
      expect(register.getAttribute('href')).to.equal('https://alta.example.org/selvhjelp');
      expect(textOf(emptyPart(el))).to.include('starte en selv');
    });

    it('falls back to the county (a municipality without groups, from the municipality preset)', async () => {
      const el = await finder(html`<fl-group-finder feed=${url} municipality="5612" theme="angst"></fl-group-finder>`);
      expect(shownIds(el)).to.deep.equal([]);
      expect(pointNames(el)).to.deep.equal(['Lærings- og mestringssenteret i Finnmark']);
    });

    it('falls back to the national contact points', async () => {
      const el = await finder(html`<fl-group-finder feed=${url} municipality="1508"></fl-group-finder>`);
      // Ålesund has no groups, but stays chosen in the select.
      expect(shadow(el).querySelector<HTMLSelectElement>('select#municipality')!.value).to.equal('1508');
      expect(pointNames(el)).to.deep.equal(['Selvhjelp Norge']);
      expect(emptyPart(el).querySelector('a.register')!.getAttribute('href')).to.equal('https://selvhjelp.example.org/meld-interesse');
    });

    it('"clear filters" brings every group back and puts focus in the search field', async () => {
      const el = await finder(html`<fl-group-finder feed=${url}></fl-group-finder>`);
      await search(el, 'finnes ikke');
      const clear = emptyPart(el).querySelector<HTMLButtonElement>('[part~="clear-filters"]')!;
      expect(textOf(clear)).to.equal('Fjern filtrene');
      clear.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => shownIds(el).length === 6);
      expect(shadow(el).querySelector<HTMLInputElement>('input#q')!.value).to.equal('');
      await waitUntil(() => shadow(el).activeElement?.id === 'q');
    });
  });

  describe('errors', () => {
    it('a missing feed (404) shows a plain message and a retry that works', async () => {
      const realFetch = window.fetch;
      const el = await finder(html`<fl-group-finder feed="/no-such-feed/groups.json"></fl-group-finder>`);
      const error = shadow(el).querySelector('[part~="error"]')!;
      expect(error.getAttribute('role')).to.equal('alert');
      expect(textOf(error)).to.include('404');
      const retry = shadow(el).querySelector<HTMLButtonElement>('[part~="retry-button"]')!;
      expect(textOf(retry)).to.equal('Prøv igjen');
      const body = JSON.stringify(testFeed());
      window.fetch = async () => new Response(body, { status: 200, headers: { 'content-type': 'application/json' } });
      try {
        retry.click();
        await waitUntil(() => shownIds(el).length === 6, 'groups after retry');
      } finally {
        window.fetch = realFetch;
      }
    });
  });

  describe('privacy', () => {
    it('never renders members, participants or a meeting address, even when the feed carries them', async () => {
      const secretGroup = {
        ...makeGroup({ id: 'g-secret', title: { nb: 'Mestringsgruppe' } }),
        members: [{ name: 'Kari Nordmann', phone: '+47 999 11 222', email: 'kari@privat.example.org' }],
        participants: ['Ola Nordmann', 'Per Hansen'],
        memberCount: 7,
        address: 'Hemmeligveien 3',
        meetingAddress: { street: 'Skjultgata 7', postcode: '0150', postTown: 'OSLO' },
        location: { address: 'Lønnkammeret 1' },
        schedule: { frequency: 'weekly', weekday: 'TU', startTime: '18:00', endTime: '20:00', room: 'Rom 12, Hemmeligveien 3' },
      };
      const doc = testFeed({
        groups: [secretGroup],
        contactPoints: [{ ...contactPoints[0], members: ['Kari Nordmann'], address: 'Hemmeligveien 3' }, ...contactPoints.slice(1)],
      });
      const el = await finder(html`<fl-group-finder feed=${feedUrl(doc)}></fl-group-finder>`);
      expect(shownIds(el)).to.deep.equal(['g-secret']);
      // Following the phone link announces the way in (the link itself is not followed in the test).
      el.addEventListener('click', (event) => event.preventDefault(), { once: true });
      const selected = oneEvent(el, 'fl-group-select');
      shadow(el).querySelector<HTMLAnchorElement>('[part~="join"] a[href^="tel:"]')!.click();
      const { detail } = await selected;
      await el.updateComplete;

      const strings: string[] = [];
      const walk = (node: Node) => {
        if (node.nodeType === Node.TEXT_NODE) strings.push(node.textContent ?? '');
        if (node instanceof Element) for (const attr of node.attributes) strings.push(attr.value);
        for (const child of node.childNodes) walk(child);
      };
      walk(shadow(el));
      const everything = strings.join('\n') + shadow(el).innerHTML;
      expect(everything).to.include('Mestringsgruppe');
      for (const secret of [
        'Kari',
        'Nordmann',
        'Ola',
        'Per Hansen',
        '999 11 222',
        'privat.example',
        'Hemmeligveien',
        'Skjultgata',
        'Lønnkammeret',
        'Rom 12',
      ]) {
        expect(everything, secret).not.to.include(secret);
      }
      for (const field of ['members', 'participants', 'memberCount', 'address', 'meetingAddress', 'location']) {
        expect(detail.group, field).not.to.have.property(field);
      }
      expect(detail.group.schedule).not.to.have.property('room');
    });
  });

  describe('attribute presets', () => {
    it('contact-point limits the groups to that contact point and hides its filter', async () => {
      const el = await finder(html`<fl-group-finder feed=${url} contact-point="cp-finnmark"></fl-group-finder>`);
      expect(shownIds(el)).to.deep.equal(['g-se-parorende', 'g-sorg-karasjok']);
      expect(shadow(el).querySelector('select#contactPoint')).to.equal(null);
      const municipalities = [...shadow(el).querySelectorAll('select#municipality option')].map((o) => (o as HTMLOptionElement).value);
      expect(municipalities).to.deep.equal(['', '5610', '5612']);
      // Clearing the filters keeps the limit.
      await choose(el, 'theme', 'sorg');
      el.clearFilters();
      await el.updateComplete;
      expect(shownIds(el)).to.deep.equal(['g-se-parorende', 'g-sorg-karasjok']);
    });

    it('contact-point with nothing matching offers that contact point', async () => {
      const el = await finder(html`<fl-group-finder feed=${url} contact-point="cp-alta" status="full"></fl-group-finder>`);
      expect(shownIds(el)).to.deep.equal([]);
      expect([...shadow(el).querySelectorAll('[part~="contact-points"] .cp-name')].map(textOf)).to.deep.equal(['Selvhjelp Alta kommune']);
    });

    it('municipality presets the municipality filter, which the reader can change', async () => {
      const el = await finder(html`<fl-group-finder feed=${url} municipality="0301"></fl-group-finder>`);
      expect(shownIds(el)).to.deep.equal(['g-angst-oslo', 'g-sorg-oslo']);
      expect(shadow(el).querySelector<HTMLSelectElement>('select#municipality')!.value).to.equal('0301');
      await choose(el, 'municipality', '');
      expect(shownIds(el)).to.deep.equal(ALL);
    });

    it('theme presets the theme filter', async () => {
      const el = await finder(html`<fl-group-finder feed=${url} theme="sorg"></fl-group-finder>`);
      expect(shownIds(el)).to.deep.equal(['g-sorg-oslo', 'g-sorg-karasjok']);
      expect(shadow(el).querySelector<HTMLSelectElement>('select#theme')!.value).to.equal('sorg');
    });

    it('status presets one or more statuses', async () => {
      const el = await finder(html`<fl-group-finder feed=${url} status="forming, full"></fl-group-finder>`);
      expect(shownIds(el)).to.deep.equal(['g-sorg-karasjok', 'g-depresjon-alta', 'g-digital-angst']);
      const checked = [...shadow(el).querySelectorAll<HTMLInputElement>('input[type="checkbox"]')]
        .filter((b) => b.checked)
        .map((b) => b.value);
      expect(checked).to.deep.equal(['forming', 'full']);
    });

    it('follows a preset changed later by script', async () => {
      const el = await finder(html`<fl-group-finder feed=${url}></fl-group-finder>`);
      el.theme = 'angst';
      await el.updateComplete;
      expect(shownIds(el)).to.deep.equal(['g-angst-oslo', 'g-digital-angst']);
      expect(el.getAttribute('theme')).to.equal('angst');
    });
  });

  describe('events', () => {
    it('fl-group-select when the reader follows a way into a group (phone, e-mail or register interest), with the group and its contact point', async () => {
      const el = await finder(html`<fl-group-finder feed=${url}></fl-group-finder>`);
      const join = result(el, 'g-sorg-karasjok').querySelector<HTMLElement>('[part~="join"]')!;
      expect(textOf(join)).to.include('Lærings- og mestringssenteret i Finnmark').and.include('+47 555 56 000');
      const register = join.querySelector<HTMLAnchorElement>('a.register')!;
      expect(textOf(register)).to.equal('Meld interesse');
      // The link is not followed in the test page.
      const stay = (event: Event) => event.preventDefault();
      el.addEventListener('click', stay);
      try {
        const event = oneEvent(el, 'fl-group-select');
        register.focus();
        await sendKeys({ press: 'Enter' });
        const { detail, bubbles, composed } = await event;
        expect(bubbles && composed).to.equal(true);
        expect(detail.group.id).to.equal('g-sorg-karasjok');
        expect(detail.contactPoint.id).to.equal('cp-finnmark');
      } finally {
        el.removeEventListener('click', stay);
      }
    });

    it("shows every group's contact point with name and phone on the card, without opening anything", async () => {
      const el = await finder(html`<fl-group-finder feed=${url}></fl-group-finder>`);
      const phones: Record<string, string> = {
        'g-angst-oslo': '+47 555 09 876',
        'g-sorg-karasjok': '+47 555 56 000',
        'g-digital-angst': '+47 555 00 000',
        'g-depresjon-alta': '+47 555 78 000',
      };
      for (const [id, phone] of Object.entries(phones)) {
        const join = result(el, id).querySelector<HTMLElement>('[part~="join"]')!;
        const link = join.querySelector<HTMLAnchorElement>('a[href^="tel:"]')!;
        expect(textOf(link), id).to.equal(phone);
        expect(link.getBoundingClientRect().height, `${id}: the phone link is laid out`).to.be.greaterThan(0);
        expect(join.querySelector('.cp-name')!.getBoundingClientRect().height).to.be.greaterThan(0);
      }
      expect(shadow(el).querySelectorAll('.result details'), 'nothing to open on a card').to.have.length(0);
    });

    it('fl-filter-change with the filters and the count, for every change', async () => {
      const el = await finder(html`<fl-group-finder feed=${url}></fl-group-finder>`);
      const seen: { filters: Record<string, unknown>; count: number }[] = [];
      el.addEventListener('fl-filter-change', (e) => seen.push((e as CustomEvent).detail));
      await choose(el, 'theme', 'sorg');
      await tick(el, 'open', true);
      await search(el, 'unge');
      expect(seen.map((d) => d.count)).to.deep.equal([2, 1, 1]);
      expect(seen[2]!.filters).to.deep.include({ theme: 'sorg', q: 'unge', status: ['open'], municipality: '' });
    });
  });

  describe('keyboard', () => {
    it('the search field, selects and checkboxes work from the keyboard in a sensible order', async () => {
      const el = await finder(html`<fl-group-finder feed=${url} hide-intro></fl-group-finder>`);
      const input = shadow(el).querySelector<HTMLInputElement>('input#q')!;
      input.focus();
      await sendKeys({ type: 'sorg' });
      await el.updateComplete;
      expect(shownIds(el)).to.deep.equal(['g-sorg-oslo', 'g-sorg-karasjok']);
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement?.id).to.equal('theme');
      await sendKeys({ press: 'ArrowDown' }); // first theme: Angst
      await el.updateComplete;
      expect(el.filterState.theme).to.equal('angst');
      expect(shownIds(el)).to.deep.equal([]);
      await sendKeys({ press: 'ArrowUp' }); // back to "all themes"
      await el.updateComplete;
      expect(shownIds(el)).to.deep.equal(['g-sorg-oslo', 'g-sorg-karasjok']);
      // Municipality, then "Filtrer", which opens with Enter onto the folded filters.
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement?.id).to.equal('municipality');
      await sendKeys({ press: 'Tab' });
      expect(textOf(shadow(el).activeElement)).to.equal('Filtrer');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      const order: string[] = [];
      for (let i = 0; i < 7; i++) {
        await sendKeys({ press: 'Tab' });
        const active = shadow(el).activeElement as HTMLInputElement;
        order.push(active.id || active.value);
      }
      expect(order).to.deep.equal(['contactPoint', 'weekday', 'time', 'language', 'mode', 'forming', 'open']);
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(el.filterState.status).to.deep.equal(['open']);
      expect(shownIds(el)).to.deep.equal(['g-sorg-oslo']);
    });
  });

  describe('locales', () => {
    it('writes weekdays and municipality names in South Sámi for lang="sma"', async () => {
      const el = await finder(html`<fl-group-finder feed=${url} lang="sma"></fl-group-finder>`);
      expect(shadow(el).querySelector('[part~="base"]')!.getAttribute('lang')).to.equal('sma');
      const facts = textOf(result(el, 'g-angst-oslo').querySelector('[part~="facts"]'));
      expect(facts).to.include('Oslove');
      expect(facts).to.include(formatWeekday(1, 'sma', 'wide'));
      const weekdays = [...shadow(el).querySelectorAll('select#weekday option')].slice(1).map(textOf);
      expect(weekdays[0]!.toLowerCase()).to.equal(formatWeekday(0, 'sma', 'wide').toLowerCase());
    });
  });

  describe('accessibility', () => {
    it('passes axe in nb', async () => {
      const el = await finder(html`<fl-group-finder feed=${url}></fl-group-finder>`);
      shadow(el).querySelector<HTMLDetailsElement>('[part~="more-filters"]')!.open = true;
      shadow(el).querySelector<HTMLDetailsElement>('[part~="intro"]')!.open = true;
      await expect(el).to.be.accessible();
    });

    it('passes axe in sma', async () => {
      const el = await finder(html`<fl-group-finder feed=${url} lang="sma" page-size="3"></fl-group-finder>`);
      shadow(el).querySelector<HTMLDetailsElement>('[part~="more-filters"]')!.open = true;
      await expect(el).to.be.accessible();
    });

    it('passes axe in the empty state', async () => {
      const el = await finder(html`<fl-group-finder feed=${url} municipality="1508" lang="sma"></fl-group-finder>`);
      expect(shadow(el).querySelector('[part~="empty"]')).not.to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('passes axe in the error state', async () => {
      const el = await finder(html`<fl-group-finder feed="/no-such-feed/groups.json"></fl-group-finder>`);
      await expect(el).to.be.accessible();
    });
  });

  describe('with the sample feed', () => {
    it('renders /demo/feed.json, filters it and finds its groups by search', async function () {
      const response = await fetch('/demo/feed.json');
      if (!response.ok) this.skip();
      const el = await finder(html`<fl-group-finder feed="/demo/feed.json"></fl-group-finder>`);
      const count = textOf(shadow(el).querySelector('[part~="count"]'));
      expect(count).to.match(/^\d+ grupper$/);
      const total = Number(count.split(' ')[0]);
      expect(total).to.be.greaterThan(10);
      expect(shownIds(el)).to.have.length(10);
      const firstTheme = shadow(el).querySelector<HTMLOptionElement>('select#theme option:nth-child(2)')!.value;
      await choose(el, 'theme', firstTheme);
      const themed = shownIds(el);
      expect(themed.length).to.be.greaterThan(0);
      const firstTitle = textOf(shadow(el).querySelector('[part~="result"] [part~="title"]'));
      await search(el, firstTitle.split(' ')[0]!);
      expect(shownIds(el)).to.include(themed[0]);
      await aTimeout(0);
    });
  });
});
