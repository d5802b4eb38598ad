/**
 * Issue 24: on a large feed the group finder prepares its first screen a step per task and picks the first page
 * without sorting every group (the whole order follows in idle slices). What a reader sees must be exactly what the
 * full sort gives: the first page, the next page, a filtered page, in each locale.
 */
import { expect } from '@open-wc/testing';
import { NO_FILTERS, compareGroups, filterGroups } from '../../../src/feed/queries/groups.js';
import type { Feed, Group, GroupStatus } from '../../../src/feed/schema.js';
import type { Locale } from '../../../src/i18n/locales.js';
import { group, municipalities } from '../../fixtures/feed-builder.js';
import { allThemes, feedUrl, finder, html, search, shadow, shownIds, testFeed, textOf, tick } from './fixtures.js';

const TITLES = ['Sorg', 'Ángiris', 'Ærlig prat', 'Øst', 'Åpen samtale', 'Aalesund-gruppa', 'angst', 'Čoahkkin', 'Zumba-prat'];
const STATUSES: GroupStatus[] = ['open', 'forming', 'full'];
const STARTS = [undefined, '2027-03-01', '2027-01-15', '2027-02-10'];

/** 3 000 groups: titles repeat (ties), statuses and planned starts vary; some have a Northern Sámi title. */
function manyGroups(count: number): Group[] {
  return Array.from({ length: count }, (_, i) => {
    const nb = `${TITLES[i % TITLES.length]} ${i % 7 === 0 ? '' : Math.floor(i / 97)}`.trim();
    return group({
      id: `g-${i}`,
      title: i % 5 === 0 ? { nb, se: `Joavku ${TITLES[(i * 3) % TITLES.length]}` } : { nb },
      status: STATUSES[(i * 7) % 3]!,
      plannedStart: STARTS[i % STARTS.length],
      theme: allThemes[i % allThemes.length]!.id,
      municipality: municipalities[i % municipalities.length]!.number,
      contactPoint: i % 2 ? 'cp-oslo' : 'cp-alta',
    });
  });
}

const groups = manyGroups(3000);
const doc = testFeed({ groups }) as unknown as Feed;
const url = feedUrl(doc);

/** The ids in the order a full stable sort by compareGroups gives (the definition of the display order). */
const expected = (list: Group[], locale: Locale) => [...list].sort((a, b) => compareGroups(a, b, locale)).map((g) => g.id);

describe('group finder on a large feed (3 000 groups)', function () {
  this.timeout(20_000);

  for (const locale of ['nb', 'se', 'en'] as const) {
    it(`shows the first page, the next page and a filtered page in the full order (${locale})`, async () => {
      const el = await finder(html`<fl-group-finder feed=${url} lang=${locale}></fl-group-finder>`);
      const order = expected(groups, locale);
      expect(shownIds(el)).to.deep.equal(order.slice(0, 10));
      expect(textOf(shadow(el).querySelector('[part~="count"]'))).to.match(/^3\D?000 /);

      shadow(el).querySelector<HTMLButtonElement>('[part~="show-more"]')!.click();
      await el.updateComplete;
      expect(shownIds(el)).to.deep.equal(order.slice(0, 20));

      await tick(el, 'forming', true);
      const forming = groups.filter((g) => g.status === 'forming');
      expect(shownIds(el)).to.deep.equal(expected(forming, locale).slice(0, 10));

      await search(el, 'sorg');
      // Which groups match is filterGroups' business (tested against a reference); the order is this test's.
      const sorg = filterGroups(doc, forming, { ...NO_FILTERS, q: 'sorg' });
      expect(sorg.length).to.be.greaterThan(10);
      expect(shownIds(el)).to.deep.equal(expected(sorg, locale).slice(0, 10));

      // The filter menus are there, with the municipalities that have groups.
      const municipalityOptions = shadow(el).querySelectorAll('select#municipality option');
      expect(municipalityOptions.length).to.equal(municipalities.length + 1);
    });
  }

  it('shows the same page after the idle sort has finished, and many pages at once', async () => {
    const el = await finder(html`<fl-group-finder feed=${url} page-size="150"></fl-group-finder>`);
    const order = expected(groups, 'nb');
    expect(shownIds(el)).to.deep.equal(order.slice(0, 150));
    // Past the idle sort (a few hundred ms at most here), a change renders from the full order.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await search(el, 'a');
    await search(el, '');
    expect(shownIds(el)).to.deep.equal(order.slice(0, 150));
    shadow(el).querySelector<HTMLButtonElement>('[part~="show-more"]')!.click();
    await el.updateComplete;
    expect(shownIds(el)).to.deep.equal(order.slice(0, 300));
  });
});
