// Reading what spreadsheet programs export: encodings, separators, quotes, and
// the Norwegian (bokmål/nynorsk) and English words people type into cells.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeBytes, decodeWindows1252 } from '../src/encoding.js';
import { detectSeparator, parseCsv } from '../src/csv.js';
import {
  readBoolean,
  readCentreStatus,
  readDate,
  readDecimal,
  readFrequency,
  readGroupStatus,
  readLanguage,
  readMode,
  readTime,
  readTimeSpan,
  readWeekday,
  readWeekdays,
  splitList,
} from '../src/values.js';
import { readContactHours } from '../src/columns.js';
import { columnLetter } from '../src/report.js';
import { cp1252 } from './helpers.js';

const value = <T>(read: { ok: true; value: T } | { ok: false; message: string }): T => {
  assert.ok(read.ok, read.ok ? '' : read.message);
  return (read as { value: T }).value;
};
const message = (read: { ok: boolean; message?: string }): string => {
  assert.equal(read.ok, false);
  return read.message!;
};

describe('encodings', () => {
  test('UTF-8 without and with BOM', () => {
    assert.deepEqual(decodeBytes(Buffer.from('Tromsø;Kárášjohka', 'utf8')), { text: 'Tromsø;Kárášjohka', encoding: 'utf-8' });
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('id;navn', 'utf8')]);
    assert.deepEqual(decodeBytes(bom), { text: 'id;navn', encoding: 'utf-8 with BOM' });
  });

  test('Windows-1252: invalid UTF-8 is read by the code page, 0x80–0x9F included', () => {
    const bytes = Buffer.from([0x54, 0x72, 0x6f, 0x6d, 0x73, 0xf8, 0x20, 0x96, 0x20, 0x80, 0x35]); // "Tromsø – €5"
    assert.deepEqual(decodeBytes(bytes), { text: 'Tromsø – €5', encoding: 'windows-1252' });
    assert.equal(decodeWindows1252(cp1252('Ærlig Åse på Øya')), 'Ærlig Åse på Øya');
  });

  test('UTF-16 with BOM (Excel "Unicode text")', () => {
    const text = 'id\tnavn\r\nx\tSnåsa';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    assert.deepEqual(decodeBytes(le), { text, encoding: 'utf-16le' });
  });
});

describe('CSV', () => {
  test('detects ; , and tab from the header, outside quotes', () => {
    assert.equal(detectSeparator('id;name;lat\n1;"a,b";1,5'), ';');
    assert.equal(detectSeparator('id,name,lat\n1,"a;b",1.5'), ',');
    assert.equal(detectSeparator('id\tname\n'), '\t');
    assert.equal(detectSeparator('"a;b;c",d\n'), ',');
  });

  test('quotes, doubled quotes, separators and line breaks inside quotes; CRLF; row numbers as a spreadsheet shows them', () => {
    const table = parseCsv('id,text,lat\r\n1,"Hei, ""du""\r\nneste linje","69,0123"\r\n\r\n2,enkel,69.5\r\n');
    assert.equal(table.separator, ',');
    assert.deepEqual(table.header, ['id', 'text', 'lat']);
    assert.deepEqual(table.records, [
      { row: 2, cells: ['1', 'Hei, "du"\nneste linje', '69,0123'] },
      { row: 3, cells: [''] },
      { row: 4, cells: ['2', 'enkel', '69.5'] },
    ]);
  });

  test("Excel's sep= line and a BOM; trailing empty header cells", () => {
    const table = parseCsv('\ufeffsep=;\nid;name;;\n1;a;;\n');
    assert.equal(table.separator, ';');
    assert.deepEqual(table.header, ['id', 'name']);
    assert.deepEqual(table.records[0], { row: 2, cells: ['1', 'a', '', ''] });
  });

  test('an unclosed quote is reported with its row', () => {
    const table = parseCsv('id;name\n1;"never closed\n2;b\n');
    assert.deepEqual(table.damage, [
      { row: 2, message: 'a quoted cell is never closed (a missing "): the quote is read as a plain character' },
    ]);
    // The rows after it are rows, not one cell.
    assert.deepEqual(table.records, [
      { row: 2, cells: ['1', '"never closed'] },
      { row: 3, cells: ['2', 'b'] },
    ]);
  });

  test('column letters', () => {
    assert.deepEqual([0, 25, 26, 27, 701, 702].map(columnLetter), ['A', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
  });
});

describe('values typed in Norwegian and English', () => {
  test('weekdays: bokmål, nynorsk, English, abbreviations, plurals, RFC codes', () => {
    const cases: [string, string][] = [
      ['mandag', 'MO'],
      ['måndag', 'MO'],
      ['man', 'MO'],
      ['Mon', 'MO'],
      ['Monday', 'MO'],
      ['MO', 'MO'],
      ['mandager', 'MO'],
      ['måndagar', 'MO'],
      ['tirsdag', 'TU'],
      ['tysdag', 'TU'],
      ['tirs', 'TU'],
      ['Tue', 'TU'],
      ['ons', 'WE'],
      ['onsdag', 'WE'],
      ['Wed', 'WE'],
      ['torsdag', 'TH'],
      ['tor', 'TH'],
      ['Thu', 'TH'],
      ['fre', 'FR'],
      ['Fri', 'FR'],
      ['lørdag', 'SA'],
      ['laurdag', 'SA'],
      ['lør', 'SA'],
      ['Sat', 'SA'],
      ['søndag', 'SU'],
      ['sundag', 'SU'],
      ['søn', 'SU'],
      ['Sun', 'SU'],
      ['Sunday', 'SU'],
      ['TORSDAG', 'TH'],
      ['fre.', 'FR'],
    ];
    for (const [input, code] of cases) assert.equal(value(readWeekday(input)), code, input);
    assert.match(message(readWeekday('t')), /could be TU or TH/);
    assert.match(message(readWeekday('blåmandag')), /not a weekday/);
  });

  test('weekday lists and ranges', () => {
    assert.deepEqual(value(readWeekdays('man-fre')), ['MO', 'TU', 'WE', 'TH', 'FR']);
    assert.deepEqual(value(readWeekdays('mandag, onsdag og fredag')), ['MO', 'WE', 'FR']);
    assert.deepEqual(value(readWeekdays('Mon – Wed')), ['MO', 'TU', 'WE']);
    assert.deepEqual(value(readWeekdays('tysdag til torsdag')), ['TU', 'WE', 'TH']);
    assert.match(message(readWeekdays('fre-man')), /backwards/);
  });

  test('times and time spans', () => {
    for (const [input, out] of [
      ['18.00', '18:00'],
      ['18:00', '18:00'],
      ['9.30', '09:30'],
      ['1800', '18:00'],
      ['18', '18:00'],
      ['kl. 18.30', '18:30'],
      ['18:00:00', '18:00'],
    ]) {
      assert.equal(value(readTime(input!)), out, input);
    }
    assert.match(message(readTime('25.00')), /not a time of day/);
    assert.match(message(readTime('seks')), /not a time/);
    assert.deepEqual(value(readTimeSpan('09.00-14.00')), ['09:00', '14:00']);
    assert.deepEqual(value(readTimeSpan('18 til 20')), ['18:00', '20:00']);
  });

  test('dates day first or ISO', () => {
    for (const [input, out] of [
      ['05.01.2026', '2026-01-05'],
      ['5.1.2026', '2026-01-05'],
      ['05.01.26', '2026-01-05'],
      ['05/01/2026', '2026-01-05'],
      ['2026-01-05', '2026-01-05'],
      ['2026-01-05T10:00:00Z', '2026-01-05'],
    ]) {
      assert.equal(value(readDate(input!)), out, input);
    }
    assert.match(message(readDate('30.02.2026')), /not a real date/);
    assert.match(message(readDate('januar')), /not a date/);
  });

  test('decimal commas', () => {
    assert.equal(value(readDecimal('69,0123')), 69.0123);
    assert.equal(value(readDecimal('69.0123')), 69.0123);
    assert.equal(value(readDecimal('−1,5')), -1.5);
    assert.match(message(readDecimal('69,01,23')), /not a number/);
  });

  test('statuses in Norwegian', () => {
    assert.equal(value(readGroupStatus('under oppstart')), 'forming');
    assert.equal(value(readGroupStatus('Søker deltakere')), 'forming');
    assert.equal(value(readGroupStatus('søkjer deltakarar')), 'forming');
    assert.equal(value(readGroupStatus('åpen')), 'open');
    assert.equal(value(readGroupStatus('Åpen for nye deltakere')), 'open');
    assert.equal(value(readGroupStatus('full')), 'full');
    assert.equal(value(readGroupStatus('Fullt')), 'full');
    assert.equal(value(readGroupStatus('open')), 'open');
    assert.match(message(readGroupStatus('kanskje')), /unknown group status "kanskje"/);
    assert.equal(value(readCentreStatus('Midlertidig stengt')), 'temporarily-closed');
    assert.equal(value(readCentreStatus('nedlagt')), 'closed');
    assert.equal(value(readCentreStatus('aktiv')), 'active');
  });

  test('mode, frequency, yes/no, languages, lists', () => {
    assert.equal(value(readMode('Digitalt')), 'digital');
    assert.equal(value(readMode('fysisk')), 'physical');
    assert.equal(value(readFrequency('annenhver uke')), 'fortnightly');
    assert.equal(value(readFrequency('kvar andre veke')), 'fortnightly');
    assert.equal(value(readFrequency('Ukentlig')), 'weekly');
    assert.equal(value(readBoolean('Ja')), true);
    assert.equal(value(readBoolean('nei')), false);
    assert.equal(value(readLanguage('nordsamisk')), 'se');
    assert.equal(value(readLanguage('SMA')), 'sma');
    assert.match(message(readLanguage('samisk')), /not one language/);
    assert.deepEqual(splitList('nb | en,se ;sma'), ['nb', 'en', 'se', 'sma']);
  });

  test('contact hours in one cell', () => {
    const reading = readContactHours('man-fre 08.00-15.30 | tirsdag 16.00–19.00 (Kveldsåpent)');
    assert.deepEqual(reading.hints, []);
    assert.deepEqual(reading.value, [
      { weekdays: ['MO', 'TU', 'WE', 'TH', 'FR'], opens: '08:00', closes: '15:30' },
      { weekdays: ['TU'], opens: '16:00', closes: '19:00', note: { nb: 'Kveldsåpent' } },
    ]);
    const broken = readContactHours('hver dag');
    assert.equal(broken.hints.length, 1);
    assert.deepEqual(broken.value, ['hver dag']);
  });
});
