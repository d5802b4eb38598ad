// `frisklivs-feed stats` on a known small feed.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { validateFeed } from 'frisklivs-widgets/feed';
import { computeStats, formatStats } from '../src/stats.js';
import { centre, contactPoint, feedDocument, group, themes } from 'frisklivs-widgets/testing';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SAMPLE_DIR, cli, tempDir, write } from './helpers.js';

// Municipalities of the fixture: 0301 Oslo, 5612 Kautokeino (se), 5610 Karasjok (se), 5601 Alta,
// 1875 Hamarøy (smj), 5041 Snåsa (sma), 1508 Ålesund.
const doc = feedDocument({
  themes: [{ ...themes[0]!, label: { ...themes[0]!.label, sma: 'Sårkoe' } }, themes[1]!],
  centres: [
    centre({ id: 'c-oslo', lastVerified: '2025-06-01' }),
    centre({
      id: 'c-kautokeino',
      hostMunicipality: '5612',
      municipalities: ['5612', '5610'],
      languages: ['nb', 'se'],
      lastVerified: '2026-09-01',
    }),
    centre({
      id: 'c-hamaroy',
      hostMunicipality: '1875',
      municipalities: ['1875'],
      status: 'temporarily-closed',
      lastVerified: '2024-01-15',
    }),
    centre({ id: 'c-alta', hostMunicipality: '5601', municipalities: ['5601'], status: 'closed', lastVerified: '2026-01-01' }),
  ],
  contactPoints: [contactPoint({ lastVerified: '2025-01-01' }), contactPoint({ id: 'cp-2' })],
  groups: [
    group({ id: 'g-1', status: 'open', lastVerified: '2026-10-01' }),
    group({ id: 'g-2', status: 'forming', theme: 'angst', municipality: '5612', languages: ['se', 'nb'], lastVerified: '2024-11-01' }),
    group({ id: 'g-3', status: 'full', mode: 'digital', municipality: undefined, lastVerified: '2025-11-20' }),
    group({ id: 'g-4', status: 'open', municipality: '5041', lastVerified: '2026-11-01' }),
  ],
});
const feed = validateFeed(doc).feed!;

describe('stats', () => {
  test('the figures of a known small feed', () => {
    const stats = computeStats(feed, { today: '2026-11-25', oldest: 2 });
    assert.deepEqual(stats.counts, { offers: 5, themes: 2, municipalities: 7, contactPoints: 2, centres: 4, sites: 4, groups: 4 });
    assert.deepEqual(stats.centresByStatus, { active: 2, 'temporarily-closed': 1, closed: 1 });
    // Alta's centre is closed, so Alta counts as without a centre.
    assert.deepEqual(stats.municipalitiesWithoutCentre, [
      { number: '5601', name: 'Alta' },
      { number: '5041', name: 'Snåsa - Snåase' },
      { number: '1508', name: 'Ålesund' },
    ]);
    assert.deepEqual(stats.groupsByStatus, { forming: 1, open: 2, full: 1 });
    assert.deepEqual(stats.groupsByMode, { physical: 3, digital: 1 });
    assert.deepEqual(stats.groupsByTheme, { sorg: 3, angst: 1 });
    assert.deepEqual(stats.oldestVerified, {
      centres: [
        { id: 'c-hamaroy', lastVerified: '2024-01-15', ageDays: 1045 },
        { id: 'c-oslo', lastVerified: '2025-06-01', ageDays: 542 },
      ],
      groups: [
        { id: 'g-2', lastVerified: '2024-11-01', ageDays: 754 },
        { id: 'g-3', lastVerified: '2025-11-20', ageDays: 370 },
      ],
      contactPoints: [{ id: 'cp-oslo', lastVerified: '2025-01-01', ageDays: 693 }],
    });
    assert.deepEqual(stats.staleOverAYear, { centres: 2, groups: 2, contactPoints: 1 });
    assert.deepEqual(stats.samiArea, [
      {
        language: 'se',
        municipalities: 2,
        withCentre: 2,
        withCentreInLanguage: 2,
        groupsInArea: 1,
        groupsInLanguage: 1,
        withoutCentre: [],
      },
      {
        language: 'sma',
        municipalities: 1,
        withCentre: 0,
        withCentreInLanguage: 0,
        groupsInArea: 1,
        groupsInLanguage: 0,
        withoutCentre: [{ number: '5041', name: 'Snåsa - Snåase' }],
      },
      {
        language: 'smj',
        municipalities: 1,
        withCentre: 1,
        withCentreInLanguage: 0,
        groupsInArea: 0,
        groupsInLanguage: 0,
        withoutCentre: [],
      },
    ]);
    // The fixture's labels are in nb and en, Physical activity also in nn and se, Grief also in sma (above).
    const none = (ids: string[]) => ({ labelled: 0, of: ids.length, missing: ids });
    const notFirst = { labelled: 1, of: 5, missing: ['kosthold', 'snus-roykeslutt', 'kid', 'sovn'] };
    const offerIds = ['fysisk-aktivitet', ...notFirst.missing];
    assert.deepEqual(stats.labels, [
      { locale: 'nn', offers: notFirst, themes: none(['sorg', 'angst']) },
      { locale: 'se', offers: notFirst, themes: none(['sorg', 'angst']) },
      { locale: 'sma', offers: none(offerIds), themes: { labelled: 1, of: 2, missing: ['angst'] } },
      { locale: 'smj', offers: none(offerIds), themes: none(['sorg', 'angst']) },
      { locale: 'en', offers: { labelled: 5, of: 5, missing: [] }, themes: { labelled: 2, of: 2, missing: [] } },
    ]);
    const text = formatStats(stats, 'small.json').join('\n');
    assert.match(
      text,
      /labels per locale \(else Bokmål is shown\): nn: offers 1\/5 \(no kosthold, .*; sma: offers 0\/5 \(no .*\), themes 1\/2 \(no angst\); smj: .*; en: offers 5\/5, themes 2\/2$/m,
    );
    assert.match(text, /entries: 4 centres \(4 sites\), 4 groups, 2 contact points, 5 offers, 2 themes, 7 municipalities/);
    assert.match(text, /municipalities without a centre: 3 of 7 \(5601 Alta, 5041 Snåsa - Snåase, 1508 Ålesund\)/);
    assert.match(
      text,
      /Sámi area \(sma\): 1 municipalities, 0 with a centre, 0 with a centre in sma; 1 groups in the area, 0 groups in sma; no centre: Snåsa - Snåase/,
    );
  });

  test('label coverage of the sample feed: every offer and theme labelled in every locale', () => {
    const sample = validateFeed(JSON.parse(readFileSync(join(SAMPLE_DIR, 'feed.json'), 'utf8'))).feed!;
    for (const { locale, offers, themes } of computeStats(sample).labels) {
      assert.deepEqual(offers.missing, [], `offers without a ${locale} label`);
      assert.deepEqual(themes.missing, [], `themes without a ${locale} label`);
    }
  });

  test('the CLI prints the figures (text and JSON); an unusable feed exits 1, a missing file 2', async () => {
    const dir = tempDir();
    write(dir, 'small.json', JSON.stringify(doc));
    write(dir, 'unusable.json', JSON.stringify({ version: 1 }));
    const text = await cli(['stats', 'small.json', '--today', '2026-11-25'], dir);
    assert.equal(text.code, 0);
    assert.match(text.out, /^small\.json \(as of 2026-11-25\)$/m);
    assert.match(text.out, /centres by status: active 2, temporarily-closed 1, closed 1/);
    assert.match(text.out, /groups by status: forming 1, open 2, full 1/);
    assert.match(text.out, /oldest last verified \(centres\): c-hamaroy 2024-01-15 \(1045 days\)/);
    const json = await cli(['stats', 'small.json', '--today', '2026-11-25', '--json'], dir);
    assert.equal(JSON.parse(json.out).stats.counts.groups, 4);
    assert.equal((await cli(['stats', 'unusable.json'], dir)).code, 1);
    assert.equal((await cli(['stats', 'missing.json'], dir)).code, 2);
  });
});
