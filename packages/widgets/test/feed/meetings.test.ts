import { expect } from '@open-wc/testing';
import { meetingInfo, nextMeeting, upcomingMeetings } from '../../src/feed/meetings.js';
import { recordFromParams, recordLink } from '../../src/shared/url-state.js';
import { contactPoint, group } from '../fixtures/feed-builder.js';

const weekly = group({ schedule: { frequency: 'weekly', weekday: 'TH', startTime: '17:30', endTime: '19:30' } });
const fortnightly = (firstMeeting?: string) =>
  group({
    schedule: { frequency: 'fortnightly', weekday: 'TH', startTime: '17:30', endTime: '19:30', ...(firstMeeting ? { firstMeeting } : {}) },
  });

describe('next meeting of a group, in Norway time', () => {
  it('weekly: the coming Thursday; today until the meeting starts, then next week', () => {
    expect(nextMeeting(weekly, new Date('2026-12-05T11:00:00Z'))).to.deep.equal({ date: '2026-12-10', start: '17:30', end: '19:30' });
    // Thursday 10 December 17:29 and 17:30 in Norway (16:29 / 16:30 UTC).
    expect(nextMeeting(weekly, new Date('2026-12-10T16:29:00Z'))!.date).to.equal('2026-12-10');
    expect(nextMeeting(weekly, new Date('2026-12-10T16:30:00Z'))!.date).to.equal('2026-12-17');
    // 23:30 UTC on Wednesday is already Thursday in Norway.
    expect(nextMeeting(weekly, new Date('2026-12-09T23:30:00Z'))!.date).to.equal('2026-12-10');
  });

  it('fortnightly: counted from the first meeting, across New Year and DST; unknown without one', () => {
    const dates = upcomingMeetings(fortnightly('2026-10-15'), new Date('2026-12-05T11:00:00Z'), 10).map((m) => m.date);
    expect(dates).to.deep.equal([
      '2026-12-10',
      '2026-12-24',
      '2027-01-07',
      '2027-01-21',
      '2027-02-04',
      '2027-02-18',
      '2027-03-04',
      '2027-03-18',
      '2027-04-01',
      '2027-04-15',
    ]);
    // The off week: the following Thursday is not a meeting day.
    expect(nextMeeting(fortnightly('2026-10-15'), new Date('2026-12-11T11:00:00Z'))!.date).to.equal('2026-12-24');
    expect(nextMeeting(fortnightly(), new Date('2026-12-05T11:00:00Z'))).to.equal(undefined);
  });

  it('a first meeting in the future is the next one; a first date on another weekday moves to the group weekday', () => {
    expect(nextMeeting(fortnightly('2027-01-14'), new Date('2026-12-05T11:00:00Z'))!.date).to.equal('2027-01-14');
    expect(nextMeeting(fortnightly('2027-01-12'), new Date('2026-12-05T11:00:00Z'))!.date).to.equal('2027-01-14');
  });

  it('forming groups show the planned start, full groups whether there is a waiting list', () => {
    const now = new Date('2026-12-05T11:00:00Z');
    expect(meetingInfo(group({ status: 'forming', plannedStart: '2027-01-14' }), undefined, now)).to.deep.equal({
      state: 'forming',
      plannedStart: '2027-01-14',
    });
    expect(meetingInfo(group({ status: 'full' }), contactPoint({ waitingList: true }), now)).to.deep.equal({
      state: 'full',
      waitingList: true,
    });
    expect(meetingInfo(group({ status: 'full' }), contactPoint(), now)).to.deep.equal({ state: 'full', waitingList: false });
    expect(meetingInfo(weekly, undefined, now)).to.deep.equal({
      state: 'next',
      meeting: { date: '2026-12-10', start: '17:30', end: '19:30' },
    });
  });
});

describe('a link to one result', () => {
  it('carries the id and the page own parameters, never our filters or search text', () => {
    const page = 'https://kommune.example.no/helse/?side=2&fl-q=mitt+navn&fl-theme=sorg#fl-mun=5501';
    expect(recordLink('query', 'fl-group', 'g-1', page)).to.equal('https://kommune.example.no/helse/?side=2&fl-group=g-1#fl-mun=5501');
    expect(recordLink('hash', 'fl-centre', 'fls 1', 'https://x.example/p#top')).to.equal('https://x.example/p#fl-centre=fls%201');
    expect(recordLink('hash', 'fl-centre', 'fls-1', 'https://x.example/p#a=1&fl-q=x')).to.equal('https://x.example/p#a=1&fl-centre=fls-1');
    expect(recordFromParams('side=2&fl-group=g-1', 'fl-group')).to.equal('g-1');
    expect(recordFromParams('side=2', 'fl-group')).to.equal(undefined);
  });
});
