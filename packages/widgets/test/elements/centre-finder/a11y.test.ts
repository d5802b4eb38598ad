import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { clearFeedCache } from '../../../src/feed/loader.js';
import { input, mount, testFeed } from './helpers.js';

afterEach(() => clearFeedCache());

describe('<fl-centre-finder> accessibility (axe)', () => {
  for (const lang of ['nb', 'se']) {
    it(`passes in ${lang} before a question (the search and "near me")`, async () => {
      const el = await mount(html`<fl-centre-finder feed=${testFeed()} lang=${lang}></fl-centre-finder>`);
      await expect(el).to.be.accessible();
    });

    it(`passes in ${lang} with the suggestion list open and an option active`, async () => {
      const el = await mount(html`<fl-centre-finder feed=${testFeed()} lang=${lang}></fl-centre-finder>`);
      input(el).focus();
      await sendKeys({ type: 'ka' });
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(input(el).getAttribute('aria-expanded')).to.equal('true');
      await expect(el).to.be.accessible();
    });

    it(`passes in ${lang} for a municipality without a centre, with filters open`, async () => {
      const el = await mount(
        html`<fl-centre-finder feed=${testFeed()} lang=${lang} municipality="5041" offers="kosthold"></fl-centre-finder>`,
      );
      await expect(el).to.be.accessible();
    });
  }

  it('passes in compact mode', async () => {
    const el = await mount(html`<fl-centre-finder feed=${testFeed()} compact municipality="5612"></fl-centre-finder>`);
    await expect(el).to.be.accessible();
  });
});
