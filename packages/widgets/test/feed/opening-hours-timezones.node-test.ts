// The opening status must not depend on the device's time zone: the same fixed-clock
// cases as the browser test, on devices set to zones far east and west of Norway.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isOpenNow, openingStatus } from '../../src/feed/opening-hours.js';
import { STATUS_CASES, centreHours } from './opening-hours-cases.js';

for (const zone of ['America/Los_Angeles', 'Pacific/Auckland', 'Asia/Kolkata', 'UTC', 'Europe/Oslo']) {
  test(`opening status on a device in ${zone}`, () => {
    const saved = process.env.TZ;
    process.env.TZ = zone;
    try {
      // The device really is in that zone (Node applies TZ at once).
      const offset = new Date('2026-11-30T12:00:00Z').getTimezoneOffset();
      assert.equal(
        offset,
        { 'America/Los_Angeles': 480, 'Pacific/Auckland': -780, 'Asia/Kolkata': -330, UTC: 0, 'Europe/Oslo': -60 }[zone],
      );
      for (const c of STATUS_CASES) {
        assert.deepEqual(openingStatus(c.source ?? centreHours, c.at), c.expected, `${zone}: ${c.name}`);
        assert.equal(isOpenNow(c.source ?? centreHours, c.at), c.expected?.state === 'open', `${zone}: ${c.name}`);
      }
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });
}
