// `frisklivs-feed build`: CSV files as spreadsheet programs write them → a feed,
// with every problem named by file, row and column.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildFeed, type BuildOptions, type CsvInput } from '../src/build.js';
import { COLUMNS, canonicalHeader, headerTable, type Kind } from '../src/columns.js';
import { parseCsv } from '../src/csv.js';
import { decodeBytes } from '../src/encoding.js';
import { formatProblem, type KitProblem } from '../src/report.js';
import { feedDocument } from 'frisklivs-widgets/testing';
import { ROOT, cli, cp1252, readJsonFile, sharedMunicipalities, tempDir, write } from './helpers.js';

const utf8 = (name: string, text: string): CsvInput => ({ name, bytes: Buffer.from(text, 'utf8') });
const template = (file: string): CsvInput => ({ name: `templates/${file}`, bytes: readFileSync(join(ROOT, 'templates', file)) });
const lines = (problems: KitProblem[]) => problems.map(formatProblem);
const errors = (problems: KitProblem[]) => problems.filter((p) => p.severity === 'error');

/** Offers, themes, municipalities and a contact point to build groups against. */
const base = () => ({ name: 'base.json', doc: feedDocument({ centres: [], groups: [] }) });

const GROUP_HEADER =
  'id;theme;title_nb;title_en;mode;municipality;frequency;weekday;start_time;end_time;first_meeting;status;languages;contact_point;last_verified';

describe('build from the templates', () => {
  test('the filled-in templates build a valid feed without a single problem', () => {
    const result = buildFeed({
      centres: template('centres.csv'),
      groups: template('groups.csv'),
      contactPoints: template('contact-points.csv'),
      offers: template('offers.csv'),
      themes: template('themes.csv'),
      municipalities: { name: 'municipalities.json', doc: sharedMunicipalities() },
      publisher: { name: 'Eksempelkommunen (fiktiv)' },
      generatedAt: '2026-01-05T12:00:00+01:00',
    });
    assert.deepEqual(lines(result.problems), []);
    const feed = result.feed!;
    assert.deepEqual(
      result.files.map((f) => [f.kind, f.encoding, f.separator, f.rows, f.entries]),
      [
        ['offers', 'utf-8 with BOM', ';', 4, 4],
        ['themes', 'utf-8 with BOM', ';', 2, 2],
        ['contactPoints', 'utf-8 with BOM', ';', 2, 2],
        ['centres', 'utf-8 with BOM', ';', 2, 1],
        ['groups', 'utf-8 with BOM', ';', 2, 2],
      ],
    );
    const centre = feed.centres[0]!;
    assert.equal(centre.sites.length, 2, 'the repeated row adds a second site');
    assert.equal(centre.sites[0]!.lat, 69.6492, 'decimal comma');
    assert.equal(centre.sites[1]!.stepFree, false);
    assert.deepEqual(centre.municipalities, ['5501', '5503']);
    assert.deepEqual(centre.contactHours![0], { weekdays: ['MO', 'TU', 'WE', 'TH', 'FR'], opens: '08:00', closes: '15:30' });
    assert.equal(centre.lastVerified, '2026-01-05');
    assert.deepEqual(centre.notices, [{ text: { nb: 'Stengt i romjulen.' }, validFrom: '2026-12-22', validTo: '2027-01-02' }]);
    assert.deepEqual(centre.programme, { weeks: 12, groupSessionWeeks: [2, 4, 6, 8, 10], conversationWeeks: [6], renewable: true });
    const [g1, g2] = feed.groups;
    assert.deepEqual(g1!.schedule, {
      frequency: 'weekly',
      weekday: 'TU',
      startTime: '18:00',
      endTime: '20:00',
      firstMeeting: '2026-01-06',
    });
    assert.equal(g1!.status, 'open');
    assert.equal(g2!.status, 'forming');
    assert.equal(g2!.schedule.frequency, 'fortnightly');
    assert.deepEqual(g2!.languages, ['nb', 'en']);
    assert.equal(feed.contactPoints[1]!.national, true);
  });

  test('every template column is a known column, and every required column is in the templates', () => {
    const files: Record<Kind, string> = {
      centres: 'centres.csv',
      groups: 'groups.csv',
      contactPoints: 'contact-points.csv',
      offers: 'offers.csv',
      themes: 'themes.csv',
    };
    const readme = readFileSync(join(ROOT, 'templates/README.md'), 'utf8');
    for (const [kind, file] of Object.entries(files) as [Kind, string][]) {
      const { header } = parseCsv(decodeBytes(readFileSync(join(ROOT, 'templates', file))).text);
      const known = headerTable(kind);
      for (const name of header) assert.ok(known.has(canonicalHeader(name)), `${file}: ${name}`);
      for (const def of COLUMNS[kind]) {
        if (def.required) assert.ok(header.includes(def.localized ? `${def.name}_nb` : def.name), `${file} lacks ${def.name}`);
        assert.ok(
          readme.includes(`\`${def.localized ? `${def.name}_xx` : def.name}\``),
          `templates/README.md documents ${kind}.${def.name}`,
        );
      }
    }
  });
});

describe('what spreadsheets really export', () => {
  test('comma-separated, quoted decimal commas and lists, Norwegian weekdays, statuses, dates and times', () => {
    const centres = [
      'id,name_nb,host_municipality,street,postcode,post_town,lat,lon,offers,languages,status,last_verified',
      'fls-a,Frisklivssentralen A,301,Eksempelgata 1,584,OSLO,"59,9139","10,7522","fysisk-aktivitet, kosthold","nb, en",aktiv,01.10.2026',
    ].join('\n');
    const groups = [
      'id,theme,title_nb,mode,municipality,frequency,weekday,start_time,end_time,status,languages,contact_point,last_verified',
      'g-a,Sorg,Sorggruppe,fysisk,0301,hver uke,onsdag,18.00,20.00,under oppstart,"nb, en",cp-oslo,2026-10-01',
      'g-b,angst,Angst på nett,digitalt,,annenhver uke,Thu,19:00,20:30,fullt,nb,cp-oslo,1.10.2026',
    ].join('\r\n');
    const result = buildFeed({ centres: utf8('centres.csv', centres), groups: utf8('groups.csv', groups), base: base() });
    assert.deepEqual(lines(result.problems), []);
    const centre = result.feed!.centres[0]!;
    assert.equal(centre.hostMunicipality, '0301', 'leading zero restored');
    assert.equal(centre.sites[0]!.address.postcode, '0584');
    assert.deepEqual([centre.sites[0]!.lat, centre.sites[0]!.lon], [59.9139, 10.7522]);
    assert.deepEqual(centre.offers, ['fysisk-aktivitet', 'kosthold']);
    assert.deepEqual(centre.languages, ['nb', 'en']);
    const [a, b] = result.feed!.groups;
    assert.equal(a!.theme, 'sorg', 'theme found by its label');
    assert.deepEqual([a!.status, a!.schedule.weekday, a!.schedule.startTime], ['forming', 'WE', '18:00']);
    assert.deepEqual(
      [b!.status, b!.mode, b!.schedule.weekday, b!.schedule.frequency, b!.lastVerified],
      ['full', 'digital', 'TH', 'fortnightly', '2026-10-01'],
    );
    assert.equal(result.files[0]!.separator, ',');
  });

  test('Windows-1252 bytes (ø as 0xF8, – as 0x96) are read as Windows-1252', () => {
    const text = [
      GROUP_HEADER,
      'g-1;sorg;Sorggruppe i Tromsø – kveld;Grief group;fysisk;0301;ukentlig;tirsdag;18.00;20.00;;åpen;nb;cp-oslo;01.10.2026',
    ].join('\r\n');
    const bytes = cp1252(text);
    assert.equal(bytes.includes(0xf8), true);
    assert.equal(bytes.includes(0x96), true);
    const result = buildFeed({ groups: { name: 'grupper.csv', bytes }, base: base() });
    assert.deepEqual(lines(result.problems), []);
    assert.equal(result.files[0]!.encoding, 'windows-1252');
    assert.equal(result.feed!.groups[0]!.title.nb, 'Sorggruppe i Tromsø – kveld');
  });

  test('a file pieced together from UTF-8 and Windows-1252 lines: each line in its own encoding, with a warning', () => {
    const text = [GROUP_HEADER, 'g-1;sorg;Sorggruppe i Tromsø;;fysisk;0301;ukentlig;tirsdag;18.00;20.00;;åpen;nb;cp-oslo;01.10.2026'].join(
      '\n',
    );
    const bytes = Buffer.concat([
      Buffer.from(text, 'utf8'),
      Buffer.from([0x0a]),
      cp1252('g-2;sorg;Bodø;;fysisk;0301;ukentlig;lørdag;18.00;20.00;;åpen;nb;cp-oslo;01.10.2026'),
    ]);
    const result = buildFeed({ groups: { name: 'mixed.csv', bytes }, base: base() });
    assert.equal(result.files[0]!.encoding, 'mixed utf-8 and windows-1252');
    assert.deepEqual(lines(result.problems), [
      'mixed.csv: warning: the file mixes UTF-8 and Windows-1252 lines; each line was read in its own encoding, but check the letters æ ø å and save the file again as "CSV UTF-8"',
    ]);
    assert.deepEqual(
      result.feed!.groups.map((g) => [g.title.nb, g.schedule.weekday]),
      [
        ['Sorggruppe i Tromsø', 'TU'],
        ['Bodø', 'SA'],
      ],
    );
  });

  test('UTF-8 with BOM: the first header is still "id"', () => {
    const text = `\ufeff${GROUP_HEADER}\ng-1;sorg;Sorggruppe på Snåsa;;fysisk;0301;ukentlig;man;18;20;;åpen;nb;cp-oslo;2026-10-01`;
    const result = buildFeed({ groups: utf8('groups.csv', text), base: base() });
    assert.deepEqual(lines(result.problems), []);
    assert.equal(result.files[0]!.encoding, 'utf-8 with BOM');
    assert.equal(result.feed!.groups[0]!.id, 'g-1');
  });

  test('municipalities by name (Norwegian or Sámi) with the shared list; an ambiguous name is refused', () => {
    const groups = [
      GROUP_HEADER,
      'g-1;sorg;A;;fysisk;Kárášjohka;ukentlig;man;18;20;;åpen;nb;cp-oslo;2026-10-01',
      'g-2;sorg;B;;fysisk;Herøy;ukentlig;man;18;20;;åpen;nb;cp-oslo;2026-10-01',
    ].join('\n');
    const result = buildFeed({
      groups: utf8('groups.csv', groups),
      base: base(),
      municipalities: { name: 'municipalities.json', doc: sharedMunicipalities() },
    });
    assert.equal(result.feed!.groups[0]!.municipality, '5610');
    assert.deepEqual(lines(errors(result.problems)), [
      'groups.csv: error: row 3, column municipality (F) [g-2] "Herøy" matches several municipalitys (1515, 1818): write the id (entry skipped)',
    ]);
  });
});

describe('broken rows are reported by file, row and column, never dropped silently', () => {
  const broken = [
    GROUP_HEADER,
    'g-1;sorg;Sorggruppe;;fysisk;0301;ukentlig;tirsdag;18.00;20.00;;åpen;nb;cp-oslo;01.10.2026',
    'g-2;sorg;Ugyldig dag;;fysisk;0301;ukentlig;blåmandag;18.00;20.00;;åpen;nb;cp-oslo;01.10.2026',
    'g-3;sorg;Ukjent status;;fysisk;0301;ukentlig;onsdag;18.00;20.00;;kanskje;nb;cp-oslo;01.10.2026',
    'g-4;sorg;Slutter før start;;fysisk;0301;ukentlig;onsdag;20.00;18.00;;åpen;nb;cp-oslo;01.10.2026',
    'g-5;hobby;Ukjent tema;;fysisk;0301;ukentlig;onsdag;18.00;20.00;;åpen;nb;cp-oslo;01.10.2026',
    'g-6;sorg;Uten dato;;fysisk;0301;ukentlig;onsdag;18.00;20.00;;åpen;nb;cp-oslo;',
    'g-7;sorg;Dårlig første møte;;fysisk;0301;ukentlig;onsdag;18.00;20.00;31.02.2026;åpen;nb;cp-oslo;01.10.2026',
    'g-1;sorg;Samme id igjen;;fysisk;0301;ukentlig;onsdag;18.00;20.00;;åpen;nb;cp-oslo;01.10.2026',
  ].join('\n');

  test('each problem names the file, the row, the column (with its letter) and the entry', () => {
    const result = buildFeed({ groups: utf8('grupper.csv', broken), base: base() });
    assert.deepEqual(lines(result.problems), [
      'grupper.csv: error: row 3, column weekday (H) [g-2] not a weekday: "blåmandag" (write e.g. mandag, måndag, man, Monday or MO) (entry skipped)',
      'grupper.csv: error: row 4, column status (L) [g-3] unknown group status "kanskje" (write "under oppstart", "søker deltakere", "åpen" or "full") (entry skipped)',
      'grupper.csv: error: row 5, column end_time (J) [g-4] must be after startTime (entry skipped)',
      'grupper.csv: error: row 6, column theme (B) [g-5] unknown theme "hobby" (entry skipped)',
      'grupper.csv: error: row 7, column last_verified (O) [g-6] is required (entry skipped)',
      'grupper.csv: warning: row 8, column first_meeting (K) [g-7] not a real date: "31.02.2026" (field ignored)',
      'grupper.csv: error: row 9, column id (A) [g-1] duplicate id "g-1" (entry skipped)',
    ]);
    assert.deepEqual(
      result.feed!.groups.map((g) => g.id),
      ['g-1', 'g-7'],
    );
    // Every data row is accounted for: used, or reported as an error.
    const rows = broken.split('\n').length - 1;
    assert.equal(result.feed!.groups.length + errors(result.problems).length, rows);
  });

  test('the CLI exits 1 and writes nothing; --allow-partial writes the usable rows and exits 0', async () => {
    const dir = tempDir();
    write(dir, 'groups.csv', broken);
    write(dir, 'base.json', JSON.stringify(base().doc));
    const strict = await cli(['build', '--groups', 'groups.csv', '--base', 'base.json', '--out', 'feed.json'], dir);
    assert.equal(strict.code, 1);
    assert.match(strict.err, /^groups\.csv: error: row 3, column weekday \(H\) \[g-2\] not a weekday: "blåmandag"/m);
    assert.match(strict.err, /build: 6 error\(s\), 1 warning\(s\); .*NOT written/);
    assert.equal(existsSync(join(dir, 'feed.json')), false);
    const partial = await cli(['build', '--groups', 'groups.csv', '--base', 'base.json', '--out', 'feed.json', '--allow-partial'], dir);
    assert.equal(partial.code, 0);
    assert.match(partial.err, /written to feed\.json/);
    const feed = readJsonFile(join(dir, 'feed.json')) as { groups: { id: string }[] };
    assert.deepEqual(
      feed.groups.map((g) => g.id),
      ['g-1', 'g-7'],
    );
  });

  test('an unquoted decimal comma in a comma-separated file: the row is refused, not misread', () => {
    const centres = [
      'id,name_nb,host_municipality,street,postcode,post_town,lat,lon,last_verified',
      'fls-a,A,0301,Gata 1,0150,OSLO,59,91,10,75,2026-10-01',
    ].join('\n');
    const result = buildFeed({ centres: utf8('centres.csv', centres), base: base() });
    assert.deepEqual(lines(result.problems), [
      'centres.csv: error: row 2 the row has 11 or more cells but the header has 9: a "," or decimal comma in a cell without quotes? (row skipped)',
    ]);
    assert.equal(result.feed!.centres.length, 0);
  });

  test('a missing required column fails the file at row 1; unknown columns are reported, not ignored silently', () => {
    const groups = [
      'id;theme;title_nb;mode;weekday;start_time;end_time;status;contact_point;last_verified;farge',
      'g-1;sorg;A;fysisk;man;18;20;åpen;cp-oslo;2026-10-01;blå',
    ].join('\n');
    const result = buildFeed({ groups: utf8('groups.csv', groups), base: base() });
    assert.deepEqual(lines(result.problems), [
      'groups.csv: warning: row 1, column farge (K) unknown column: its values are ignored (see templates/README.md for the columns)',
      'groups.csv: error: row 1 missing required column frequency: no row of this file can be used (1 row skipped)',
    ]);
  });

  test('headers in any case, with spaces or hyphens, and a bare localized column as Bokmål; problems still name the header as written', () => {
    const groups = [
      'ID;Theme;Title;Title EN;Mode;Municipality;Frequency;WEEKDAY;Start-Time;End Time;Status;Contact Point;Last Verified',
      'g-1;sorg;;Grief;fysisk;0301;ukentlig;man;18;20;åpen;cp-oslo;2026-10-01',
    ].join('\n');
    const result = buildFeed({ groups: utf8('groups.csv', groups), base: base() });
    assert.deepEqual(lines(result.problems), ['groups.csv: error: row 2, column Title (C) [g-1] is required (entry skipped)']);
  });

  test('an unknown offer is dropped with a warning at its cell; an unreadable coordinate is ignored with a warning', () => {
    const centres = [
      'id;name_nb;host_municipality;street;postcode;post_town;lat;offers;last_verified',
      'fls-a;A;0301;Gata 1;0150;OSLO;59,9;kosthold | Yoga for alle;2026-10-01',
      'fls-b;B;0301;Gata 2;0150;OSLO;nord;kosthold;2026-10-01',
    ].join('\n');
    const result = buildFeed({ centres: utf8('centres.csv', centres), base: base() });
    assert.deepEqual(lines(result.problems), [
      'centres.csv: warning: row 2, column offers (H) [fls-a] unknown offer "Yoga for alle" (dropped)',
      'centres.csv: warning: row 3, column lat (G) [fls-b] not a number: "nord" (write e.g. 69,0123 or 69.0123) (field ignored)',
    ]);
    assert.deepEqual(result.feed!.centres[0]!.offers, ['kosthold']);
    assert.equal(result.feed!.centres[1]!.sites[0]!.lat, undefined);
  });

  test('a repeated centre row may only add a site; a different value is an error at that cell', () => {
    const centres = [
      'id;name_nb;host_municipality;street;postcode;post_town;phone;last_verified',
      'fls-a;A;0301;Gata 1;0150;OSLO;+47 555 00 001;2026-10-01',
      'fls-a;;;Gata 2;0151;OSLO;+47 555 00 002;',
      'fls-a;;;Gata 3;0152;OSLO;;',
    ].join('\n');
    const result = buildFeed({ centres: utf8('centres.csv', centres), base: base() });
    assert.deepEqual(lines(result.problems), [
      'centres.csv: error: row 3, column phone (G) [fls-a] differs from row 2, where centre "fls-a" is first given: a repeated id only adds a site, so leave the centre\'s other columns empty (row skipped)',
    ]);
    assert.deepEqual(
      result.feed!.centres[0]!.sites.map((s) => s.address.street),
      ['Gata 1', 'Gata 3'],
    );
  });

  test("a problem in a later site names that site's row; a repeated row whose site is dropped is an error", () => {
    const centres = [
      'id;name_nb;host_municipality;street;postcode;post_town;last_verified',
      'fls-a;A;0301;Gata 1;0150;OSLO;2026-10-01',
      'fls-a;;;Gata 2;01500;OSLO;',
    ].join('\n');
    const result = buildFeed({ centres: utf8('centres.csv', centres), base: base() });
    assert.deepEqual(lines(result.problems), [
      'centres.csv: error: row 3, column postcode (E) [fls-a] longer than 4 characters (site dropped: the row cannot be used)',
    ]);
    assert.equal(result.feed!.centres[0]!.sites.length, 1);
  });

  test('no publisher: a clear error, no feed', () => {
    const result = buildFeed({ themes: utf8('themes.csv', 'id;label_nb\nsorg;Sorg') });
    assert.equal(result.feed, null);
    assert.deepEqual(lines(errors(result.problems)), [
      'build: error: $.publisher.name the feed needs a publisher: give --publisher "Name" (or a --base feed that has one)',
    ]);
  });
});

describe('--base', () => {
  test('CSV rows replace the base entries with the same id; the rest of the base is kept; base problems keep their JSON path', () => {
    const doc = feedDocument();
    (doc.centres as Record<string, unknown>[]).push({ id: 'fls-broken', name: { nb: 'X' } });
    const centres = [
      'id;name_nb;host_municipality;last_verified',
      'fls-0301;Frisklivssentralen i Oslo (ny);0301;2026-11-01',
      'fls-ny;Ny sentral;5612;2026-11-01',
    ].join('\n');
    const options: BuildOptions = { centres: utf8('centres.csv', centres), base: { name: 'national.json', doc } };
    const result = buildFeed(options);
    assert.deepEqual(result.replaced, { centres: 1 });
    assert.deepEqual(
      result.feed!.centres.map((c) => [c.id, c.name.nb]),
      [
        ['fls-0301', 'Frisklivssentralen i Oslo (ny)'],
        ['fls-ny', 'Ny sentral'],
      ],
    );
    assert.deepEqual(
      result.feed!.groups.map((g) => g.id),
      ['g-1'],
    );
    assert.ok(
      lines(result.problems).includes('national.json: error: $.centres[1].hostMunicipality [fls-broken] is required (entry skipped)'),
      lines(result.problems).join('\n'),
    );
  });
});

describe('special days and report URLs in the CSV templates', () => {
  test('special days: closed days, several periods, notes; a broken day is named', async () => {
    const { readSpecialDays } = await import('../src/columns.js');
    assert.deepEqual(readSpecialDays('24.12.2026 09.00-12.00 (Julaften) | 31.12.2026 stengt | 2027-01-02 09-11.30, 12-15 | 3.1.2027'), {
      value: [
        { date: '2026-12-24', hours: [{ opens: '09:00', closes: '12:00' }], note: { nb: 'Julaften' } },
        { date: '2026-12-31' },
        {
          date: '2027-01-02',
          hours: [
            { opens: '09:00', closes: '11:30' },
            { opens: '12:00', closes: '15:00' },
          ],
        },
        { date: '2027-01-03' },
      ],
      hints: [],
    });
    const bad = readSpecialDays('julaften 09-12 | 31.12.2026 ni til tolv');
    assert.deepEqual(bad.value, ['julaften 09-12', '31.12.2026 ni til tolv']);
    assert.equal(bad.hints.length, 2);
    assert.match(bad.hints[0]!, /not a date: "julaften"/);
    assert.match(bad.hints[1]!, /not a time/);
  });
});
