import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { clearFeedCache } from '../../../src/feed/loader.js';
import { $, cardNames, input, mount, optionTexts, testFeed, text } from './helpers.js';
import type { FlCentreFinder } from '../../../src/elements/centre-finder/centre-finder.js';

const listbox = (el: Element) => $(el, '[role=listbox]')!;
const activeOption = (el: Element) => {
  const id = input(el).getAttribute('aria-activedescendant');
  return id ? el.shadowRoot!.getElementById(id) : null;
};
const selectedTexts = (el: Element) => [...listbox(el).querySelectorAll('[aria-selected=true]')].map(text);
const focused = (el: FlCentreFinder) => el.shadowRoot!.activeElement;

async function press(el: FlCentreFinder, key: string) {
  await sendKeys({ press: key });
  await el.updateComplete;
}

afterEach(() => clearFeedCache());

describe('<fl-centre-finder> combobox', () => {
  it('has the ARIA 1.2 combobox roles and relations', async () => {
    const el = await mount();
    const field = input(el);
    expect(field.getAttribute('role')).to.equal('combobox');
    expect(field.getAttribute('aria-autocomplete')).to.equal('list');
    expect(field.getAttribute('aria-expanded')).to.equal('false');
    expect(el.shadowRoot!.getElementById(field.getAttribute('aria-controls')!)).to.equal(listbox(el));
    expect(listbox(el).hidden).to.equal(true);
    // The field has a visible label.
    expect(text(el.shadowRoot!.querySelector(`label[for="${field.id}"]`))).to.equal('Kommune, postnummer eller frisklivssentral');
  });

  it('works with the keyboard alone: type, arrows, Home/End, Enter selects and keeps focus', async () => {
    const el = await mount();
    input(el).focus();
    await sendKeys({ type: 'ka' });
    await el.updateComplete;
    expect(input(el).getAttribute('aria-expanded')).to.equal('true');
    expect(listbox(el).hidden).to.equal(false);
    expect(optionTexts(el)).to.deep.equal([
      'Karasjok – Kárášjohka (kommune)',
      'Kautokeino – Guovdageaidnu (kommune)',
      'Frisklivssentralen i Karasjok (frisklivssentral)',
    ]);
    expect(text($(el, '[part~="hint"]'))).to.equal('3 forslag');
    expect(input(el).hasAttribute('aria-activedescendant')).to.equal(false);

    await press(el, 'ArrowDown');
    expect(text(activeOption(el))).to.equal('Karasjok – Kárášjohka (kommune)');
    expect(selectedTexts(el)).to.deep.equal(['Karasjok – Kárášjohka (kommune)']);
    await press(el, 'ArrowDown');
    expect(text(activeOption(el))).to.equal('Kautokeino – Guovdageaidnu (kommune)');
    expect(selectedTexts(el)).to.deep.equal(['Kautokeino – Guovdageaidnu (kommune)']);
    await press(el, 'End');
    expect(text(activeOption(el))).to.equal('Frisklivssentralen i Karasjok (frisklivssentral)');
    await press(el, 'ArrowDown'); // wraps to the first
    expect(text(activeOption(el))).to.equal('Karasjok – Kárášjohka (kommune)');
    await press(el, 'ArrowUp'); // wraps to the last
    expect(text(activeOption(el))).to.equal('Frisklivssentralen i Karasjok (frisklivssentral)');
    await press(el, 'Home');
    await press(el, 'ArrowDown');
    expect(text(activeOption(el))).to.equal('Kautokeino – Guovdageaidnu (kommune)');

    await press(el, 'Enter');
    expect(input(el).value).to.equal('Kautokeino');
    expect(input(el).getAttribute('aria-expanded')).to.equal('false');
    expect(input(el).hasAttribute('aria-activedescendant')).to.equal(false);
    expect(listbox(el).hidden).to.equal(true);
    expect(focused(el)).to.equal(input(el));
    expect(cardNames(el)).to.deep.equal(['Frisklivssentralen i Vest-Finnmark']);
  });

  it('Enter without an active option takes the first suggestion', async () => {
    const el = await mount();
    input(el).focus();
    await sendKeys({ type: 'guovdageaidnu' });
    await el.updateComplete;
    await press(el, 'Enter');
    expect(input(el).value).to.equal('Kautokeino');
    expect(cardNames(el)).to.deep.equal(['Frisklivssentralen i Vest-Finnmark']);
  });

  it('Escape closes the list (aria-expanded=false), a second Escape empties the field; focus stays', async () => {
    const el = await mount();
    input(el).focus();
    await sendKeys({ type: 'alt' });
    await el.updateComplete;
    await press(el, 'ArrowDown');
    expect(input(el).getAttribute('aria-expanded')).to.equal('true');
    await press(el, 'Escape');
    expect(input(el).getAttribute('aria-expanded')).to.equal('false');
    expect(listbox(el).hidden).to.equal(true);
    expect(input(el).value).to.equal('alt');
    // ArrowDown reopens the list on the same text.
    await press(el, 'ArrowDown');
    expect(input(el).getAttribute('aria-expanded')).to.equal('true');
    expect(text(activeOption(el))).to.equal('Alta (kommune)');
    await press(el, 'Escape');
    await press(el, 'Escape');
    expect(input(el).value).to.equal('');
    expect(focused(el)).to.equal(input(el));
  });

  it('Tab closes the list and moves on', async () => {
    const el = await mount();
    input(el).focus();
    await sendKeys({ type: 'oslo' });
    await el.updateComplete;
    expect(input(el).getAttribute('aria-expanded')).to.equal('true');
    await press(el, 'Tab');
    expect(input(el).getAttribute('aria-expanded')).to.equal('false');
    expect(focused(el)).not.to.equal(input(el));
  });

  it('a mouse click on an option selects it and keeps focus in the field', async () => {
    const el = await mount();
    input(el).focus();
    await sendKeys({ type: 'snå' });
    await el.updateComplete;
    const option = listbox(el).querySelector<HTMLElement>('[role=option]')!;
    option.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, cancelable: true }));
    option.click();
    await el.updateComplete;
    expect(input(el).value).to.equal('Snåsa');
    expect(focused(el)).to.equal(input(el));
  });

  it('the clear button empties the field, goes back to the question and returns focus to the field', async () => {
    const el = await mount(html`<fl-centre-finder feed=${testFeed()} municipality="5612"></fl-centre-finder>`);
    const clear = $(el, '[part~="clear-button"]')!;
    expect(clear.getAttribute('aria-label')).to.equal('Tøm søket');
    clear.focus();
    clear.click();
    await el.updateComplete;
    expect(input(el).value).to.equal('');
    expect(cardNames(el)).to.have.length(0);
    expect(focused(el)).to.equal(input(el));
  });

  describe('positioning with Floating UI', () => {
    afterEach(() => setViewport({ width: 800, height: 600 }));

    it('places the list right under the field, as wide as it, in the top layer', async () => {
      await setViewport({ width: 800, height: 600 });
      const el = await mount();
      input(el).focus();
      await sendKeys({ type: 'a' });
      await el.updateComplete;
      const field = $(el, '.field')!.getBoundingClientRect();
      await waitUntil(() => Math.abs(listbox(el).getBoundingClientRect().top - (field.bottom + 4)) < 1.5, 'list below the field');
      const list = listbox(el).getBoundingClientRect();
      expect(list.left).to.be.closeTo(field.left, 1.5);
      expect(list.width).to.be.closeTo(field.width, 1.5);
      expect(listbox(el).matches(':popover-open')).to.equal(true);
    });

    it('flips above the field near the bottom of the viewport and stays inside it', async () => {
      await setViewport({ width: 800, height: 600 });
      const wrapper = document.createElement('div');
      wrapper.style.paddingTop = '2000px';
      wrapper.style.paddingBottom = '40px';
      document.body.append(wrapper);
      try {
        const el = await mount(html`<fl-centre-finder feed=${testFeed()}></fl-centre-finder>`);
        wrapper.append(el);
        await el.updateComplete;
        const field = $(el, '.field')!;
        // Field at the very bottom of the viewport.
        window.scrollTo(0, 0);
        window.scrollBy(0, field.getBoundingClientRect().bottom - window.innerHeight + 4);
        input(el).focus({ preventScroll: true });
        await sendKeys({ type: 'a' });
        await el.updateComplete;
        await waitUntil(() => listbox(el).getBoundingClientRect().bottom <= field.getBoundingClientRect().top + 0.5, 'list flipped above');
        expect(listbox(el).getBoundingClientRect().top).to.be.at.least(0);
      } finally {
        wrapper.remove();
        window.scrollTo(0, 0);
      }
    });

    it('inside a small scrolling container: not clipped by it, and follows when it scrolls', async () => {
      await setViewport({ width: 800, height: 600 });
      const box = document.createElement('div');
      Object.assign(box.style, { height: '160px', overflow: 'auto', width: '400px', border: '1px solid' });
      document.body.append(box);
      try {
        const el = await mount(html`<fl-centre-finder feed=${testFeed()}></fl-centre-finder>`);
        // Page content below the finder, so the box has room to scroll (the finder alone is short before a search).
        const below = Object.assign(document.createElement('div'), { style: 'height: 400px' });
        box.append(el, below);
        await el.updateComplete;
        input(el).focus();
        await sendKeys({ type: 'a' });
        await el.updateComplete;
        const field = $(el, '.field')!;
        await waitUntil(() => Math.abs(listbox(el).getBoundingClientRect().top - (field.getBoundingClientRect().bottom + 4)) < 1.5);
        const list = listbox(el).getBoundingClientRect();
        const boxBottom = box.getBoundingClientRect().bottom;
        expect(list.bottom).to.be.greaterThan(boxBottom + 20);
        // What is painted below the container's edge is the list, not the page.
        const hit = document.elementFromPoint(list.left + 10, boxBottom + 10);
        expect(hit).to.equal(el);
        expect(el.shadowRoot!.elementFromPoint(list.left + 10, boxBottom + 10)?.closest('[role=listbox]')).to.equal(listbox(el));
        // Scrolling the container moves the list along with the field.
        box.scrollTop = 20;
        await waitUntil(
          () => Math.abs(listbox(el).getBoundingClientRect().top - (field.getBoundingClientRect().bottom + 4)) < 1.5,
          'list follows',
        );
        expect(listbox(el).getBoundingClientRect().top).to.be.closeTo(list.top - 20, 1.5);
      } finally {
        box.remove();
      }
    });

    it('stops tracking scroll and resize when the list closes and when the element is removed', async () => {
      const live = new Set<EventListenerOrEventListenerObject>();
      const add = window.addEventListener;
      const remove = window.removeEventListener;
      window.addEventListener = function (
        this: Window,
        type: string,
        listener: EventListenerOrEventListenerObject,
        options?: boolean | AddEventListenerOptions,
      ) {
        if (type === 'resize' || type === 'scroll') live.add(listener);
        return add.call(this, type, listener, options);
      } as typeof window.addEventListener;
      window.removeEventListener = function (
        this: Window,
        type: string,
        listener: EventListenerOrEventListenerObject,
        options?: boolean | EventListenerOptions,
      ) {
        if (type === 'resize' || type === 'scroll') live.delete(listener);
        return remove.call(this, type, listener, options);
      } as typeof window.removeEventListener;
      try {
        const el = await mount();
        input(el).focus();
        await sendKeys({ type: 'a' });
        await el.updateComplete;
        expect(live.size).to.be.greaterThan(0);
        await press(el, 'Escape');
        expect(live.size).to.equal(0);
        await press(el, 'ArrowDown');
        expect(live.size).to.be.greaterThan(0);
        el.remove();
        expect(live.size).to.equal(0);
      } finally {
        window.addEventListener = add;
        window.removeEventListener = remove;
      }
    });
  });
});
