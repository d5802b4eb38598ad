import { expect } from '@open-wc/testing';
describe('harness', () => {
  it('runs in Chromium with the Oslo time zone', () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal('Europe/Oslo');
  });
});
