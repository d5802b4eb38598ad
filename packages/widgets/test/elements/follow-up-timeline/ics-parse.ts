/**
 * A tiny RFC 5545 reader for the tests: checks the physical form (CRLF only,
 * every line at most 75 octets, no split inside a character), unfolds, and
 * splits each content line into name, parameters and value.
 */
import { expect } from '@open-wc/testing';

export interface Prop {
  name: string;
  params: Record<string, string>;
  value: string;
}

export const octets = (s: string) => new TextEncoder().encode(s).length;

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export function physicalLines(text: string): string[] {
  expect(text.endsWith('\r\n'), 'ends with CRLF').to.equal(true);
  const lines = text.slice(0, -2).split('\r\n');
  for (const line of lines) {
    expect(line, 'no bare CR or LF').not.to.match(/[\r\n]/);
    expect(octets(line), `line of ${octets(line)} octets: ${line}`).to.be.at.most(75);
    expect(LONE_SURROGATE.test(line), 'no split character').to.equal(false);
    // Each physical line must be whole UTF-8 on its own: encode and decode strictly.
    expect(new TextDecoder('utf-8', { fatal: true }).decode(new TextEncoder().encode(line))).to.equal(line);
  }
  return lines;
}

export function unfold(lines: string[]): string[] {
  const logical: string[] = [];
  for (const line of lines) {
    if (line.startsWith(' ') || line.startsWith('\t')) logical[logical.length - 1] += line.slice(1);
    else logical.push(line);
  }
  return logical;
}

export function parseProp(line: string): Prop {
  const colon = line.indexOf(':');
  const [name, ...rawParams] = line.slice(0, colon).split(';');
  const params: Record<string, string> = {};
  for (const p of rawParams) {
    const [k, v] = p.split('=');
    params[k!] = v!;
  }
  return { name: name!, params, value: line.slice(colon + 1) };
}

export function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

export interface Calendar {
  props: Prop[];
  events: Prop[][];
}

/** Parses a VCALENDAR; each event is its list of properties (BEGIN/END left out). */
export function parseIcs(text: string): Calendar {
  const props = unfold(physicalLines(text)).map(parseProp);
  expect(props[0]).to.deep.equal({ name: 'BEGIN', params: {}, value: 'VCALENDAR' });
  expect(props[props.length - 1]).to.deep.equal({ name: 'END', params: {}, value: 'VCALENDAR' });
  const calendar: Calendar = { props: [], events: [] };
  let event: Prop[] | undefined;
  for (const prop of props.slice(1, -1)) {
    if (prop.name === 'BEGIN' && prop.value === 'VEVENT') event = [];
    else if (prop.name === 'END' && prop.value === 'VEVENT') {
      calendar.events.push(event!);
      event = undefined;
    } else (event ?? calendar.props).push(prop);
  }
  expect(event, 'every VEVENT is closed').to.equal(undefined);
  return calendar;
}

/** The one property `name` of an event or calendar (fails when missing or repeated). */
export function prop(list: Prop[], name: string): Prop {
  const found = list.filter((p) => p.name === name);
  expect(found.length, `${name} count`).to.equal(1);
  return found[0]!;
}
