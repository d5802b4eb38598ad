import { expect } from '@open-wc/testing';
import { buildIcs, escapeText, foldLine } from '../../../src/elements/follow-up-timeline/ics.js';
import { octets, parseIcs, physicalLines, prop, unescapeText, unfold } from './ics-parse.js';
import fc from 'fast-check';

const NOW = new Date(Date.UTC(2026, 0, 2, 9, 30, 15, 123));

describe('follow-up-timeline/ics', () => {
  it('escapes TEXT values', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg')).to.equal('a\\\\b\\;c\\,d\\ne\\nf\\ng');
    expect(escapeText('tab\there\u0007\u0000')).to.equal('tab\there'); // HTAB is allowed in TEXT
    expect(unescapeText(escapeText('Kosthold; søvn, alkohol\\snus\nny linje'))).to.equal('Kosthold; søvn, alkohol\\snus\nny linje');
  });

  it('writes NEL, LINE SEPARATOR and PARAGRAPH SEPARATOR as \\n, like CR and LF; drops C1 controls', () => {
    expect(escapeText('a\u2028b\u2029c\u0085d')).to.equal('a\\nb\\nc\\nd');
    expect(escapeText('x\u009b2Jy\u0080\u009f')).to.equal('x2Jy');
    expect(escapeText('Kárášjohka – Guovdageaidnu\u00a0ÆØÅ')).to.equal('Kárášjohka – Guovdageaidnu\u00a0ÆØÅ');
  });

  it('feed text with Unicode line breaks cannot start a property of its own in the calendar', () => {
    // A reader that breaks lines at U+2028, U+2029 or U+0085 too would have read this as three events' worth of properties.
    const hostile = 'Frisklivssentralen\u2028END:VEVENT\u2029BEGIN:VEVENT\u0085SUMMARY:Ring 820 00 000\r\nURL:https://evil.example/';
    const text = buildIcs([{ uid: 'u1@test', date: '2026-02-03', summary: hostile, description: hostile }], {
      name: hostile,
      now: new Date(0),
    });
    expect(text).not.to.match(/[\u0085\u2028\u2029]/);
    // Split at every line break any reader might honour: each line is one of ours.
    const lines = unfold(text.split(/\r\n|[\r\n\u0085\u2028\u2029]/).filter(Boolean));
    expect(lines.map((line) => line.split(/[:;]/)[0])).to.deep.equal([
      'BEGIN',
      'VERSION',
      'PRODID',
      'CALSCALE',
      'METHOD',
      'X-WR-CALNAME',
      'BEGIN',
      'UID',
      'DTSTAMP',
      'DTSTART',
      'DTEND',
      'SUMMARY',
      'DESCRIPTION',
      'TRANSP',
      'END',
      'END',
    ]);
    const event = parseIcs(text).events[0]!;
    expect(unescapeText(prop(event, 'SUMMARY').value)).to.equal(hostile.replace(/\r\n|[\u0085\u2028\u2029]/g, '\n'));
  });

  it('property: escaped text holds no line break or control character, and reads back as written', () => {
    const text = fc
      .array(
        fc.oneof(
          fc.fullUnicodeString({ maxLength: 8 }),
          fc.constantFrom('\r\n', '\r', '\n', '\u0085', '\u2028', '\u2029', '\u009b', '\u0000', '\t', ';', ',', '\\'),
        ),
        { maxLength: 20 },
      )
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (value) => {
        const escaped = escapeText(value);
        // eslint-disable-next-line no-control-regex -- what must never reach the file (tab is allowed in TEXT)
        expect(escaped).not.to.match(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029]/);
        const expected = value
          .replace(/\r\n?|[\n\u0085\u2028\u2029]/g, '\n')
          // eslint-disable-next-line no-control-regex -- dropped
          .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '');
        expect(unescapeText(escaped)).to.equal(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('folds at 75 octets, never inside a UTF-8 sequence', () => {
    // 8 + 66 = 74 octets, then "á" (2 octets) would straddle the limit: it moves to the next line.
    const line = `SUMMARY:${'a'.repeat(66)}áŋ${'č'.repeat(40)}😀${'x'.repeat(80)}`;
    const folded = foldLine(line);
    const lines = physicalLines(`${folded}\r\n`);
    expect(octets(lines[0]!)).to.equal(74);
    expect(lines[1]!.startsWith(' áŋ')).to.equal(true);
    expect(unfold(lines)).to.deep.equal([line]);
    // Short lines are left alone; a line of exactly 75 octets is not folded.
    expect(foldLine('VERSION:2.0')).to.equal('VERSION:2.0');
    expect(foldLine('X'.repeat(75))).to.equal('X'.repeat(75));
    expect(foldLine('X'.repeat(76))).to.equal(`${'X'.repeat(75)}\r\n X`);
  });

  it('writes a calendar with all-day events, parsed back field by field', () => {
    const text = buildIcs(
      [
        {
          uid: '2026-01-05-start-1@frisklivs-widgets',
          date: '2026-01-05',
          summary: 'Oppstartsamtale',
          description: 'Uke 1: Mål, plan; og avtaler\nNeste linje',
        },
        { uid: '2026-01-05-closing-12@frisklivs-widgets', date: '2026-03-23', summary: 'Avslutningssamtale' },
        { uid: '2026-01-05-x@frisklivs-widgets', date: '2026-12-31', summary: 'Nyttårsaften' },
      ],
      { now: NOW, name: 'Frisklivssentralen i Oslo, Sentrum' },
    );
    expect(text).not.to.match(/[^\r]\n/);
    const cal = parseIcs(text);
    expect(prop(cal.props, 'VERSION').value).to.equal('2.0');
    expect(prop(cal.props, 'PRODID').value).to.equal('-//frisklivs-widgets//follow-up-timeline//NB');
    expect(prop(cal.props, 'CALSCALE').value).to.equal('GREGORIAN');
    expect(prop(cal.props, 'METHOD').value).to.equal('PUBLISH');
    expect(unescapeText(prop(cal.props, 'X-WR-CALNAME').value)).to.equal('Frisklivssentralen i Oslo, Sentrum');
    expect(cal.events).to.have.length(3);

    const [first, second, third] = cal.events as [(typeof cal.events)[0], (typeof cal.events)[0], (typeof cal.events)[0]];
    expect(prop(first, 'UID').value).to.equal('2026-01-05-start-1@frisklivs-widgets');
    expect(prop(first, 'DTSTAMP').value).to.equal('20260102T093015Z');
    expect(prop(first, 'DTSTART')).to.deep.equal({ name: 'DTSTART', params: { VALUE: 'DATE' }, value: '20260105' });
    expect(prop(first, 'DTEND')).to.deep.equal({ name: 'DTEND', params: { VALUE: 'DATE' }, value: '20260106' });
    expect(prop(first, 'SUMMARY').value).to.equal('Oppstartsamtale');
    expect(prop(first, 'DESCRIPTION').value).to.equal('Uke 1: Mål\\, plan\\; og avtaler\\nNeste linje');
    expect(unescapeText(prop(first, 'DESCRIPTION').value)).to.equal('Uke 1: Mål, plan; og avtaler\nNeste linje');
    expect(prop(first, 'TRANSP').value).to.equal('TRANSPARENT');

    expect(prop(second, 'DTSTART').value).to.equal('20260323');
    expect(prop(second, 'DTEND').value).to.equal('20260324');
    expect(second.some((p) => p.name === 'DESCRIPTION')).to.equal(false);
    // DTEND rolls over the year.
    expect(prop(third, 'DTSTART').value).to.equal('20261231');
    expect(prop(third, 'DTEND').value).to.equal('20270101');
  });

  it('keeps long Sámi text intact and every line within 75 octets', () => {
    const summary = 'Álgoságastallan – Guovdageainnu dearvvašvuođaguovddáš, Čáhcesuolu ja Ŋuorggam; šaddu, ŧ, ž';
    const description = `${'Doarjja ja bagadallan joavkkus: lihkadeapmi, borramušat, snus- ja borgguhanheaittiheapmi. '.repeat(3)}Đ ŋ š ŧ ž á č`;
    const text = buildIcs([{ uid: 'u@x', date: '2026-03-29', summary, description }], { now: NOW });
    const lines = physicalLines(text);
    expect(
      lines.some((l) => l.startsWith(' ')),
      'long lines are folded',
    ).to.equal(true);
    const cal = parseIcs(text);
    const event = cal.events[0]!;
    expect(unescapeText(prop(event, 'SUMMARY').value)).to.equal(summary);
    expect(unescapeText(prop(event, 'DESCRIPTION').value)).to.equal(description);
    expect(prop(event, 'DTSTART').value).to.equal('20260329');
    expect(prop(event, 'DTEND').value).to.equal('20260330');
  });
});
