// The controller that keeps what the first screen does not show out of the first load (src/shared/lazy-module.ts):
// a reader clicks, the part loads once per page, and the element shows it when it has arrived.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { css, LitElement, nothing } from 'lit';
import { LazyModule } from '../../src/shared/lazy-module.js';

interface Part {
  render(): unknown;
}

let calls = 0;
let next: { resolve: (part: Part) => void; reject: (error: Error) => void } | undefined;
/** A module load the test settles by hand, like a chunk on a slow network. */
const loadPart = (): Promise<Part> => {
  calls += 1;
  return new Promise<Part>((resolve, reject) => (next = { resolve, reject }));
};
const part: Part = { render: () => html`<p>Detaljene om sentralen</p>` };

class LazyProbe extends LitElement {
  readonly details = new LazyModule(this, loadPart);
  override render() {
    const details = this.details.module;
    return html`<button type="button" @click=${() => this.details.want()}>Les mer</button>${details ? details.render() : nothing}`;
  }
}
customElements.define('fl-test-lazy-probe', LazyProbe);

let failingCalls = 0;
let failNext = true;
/** A chunk that cannot be fetched the first time (the network dropped), and can the second. */
const loadFlaky = (): Promise<Part> => {
  failingCalls += 1;
  return failNext ? Promise.reject(new Error('network')) : Promise.resolve(part);
};
class FlakyProbe extends LitElement {
  readonly details = new LazyModule(this, loadFlaky);
  override render() {
    const details = this.details.module;
    return html`<button type="button" @click=${() => this.details.want()}>Les mer</button>${details ? details.render() : nothing}`;
  }
}
customElements.define('fl-test-lazy-flaky', FlakyProbe);

/** A part with its own CSS, as the centre finder's result views bring theirs. */
const styledPart = {
  render: () => html`<p class="details">Detaljene om sentralen</p>`,
  styles: [
    css`
      .details {
        border-left: 7px solid rgb(0, 128, 0);
      }
    `,
  ],
};
const loadStyled = () => Promise.resolve(styledPart);
class StyledProbe extends LitElement {
  static override styles = css`
    p {
      color: rgb(0, 0, 255);
    }
  `;
  readonly details = new LazyModule(this, loadStyled);
  override render() {
    const details = this.details.module;
    return html`<button type="button" @click=${() => this.details.want()}>Les mer</button>${details ? details.render() : nothing}`;
  }
}
customElements.define('fl-test-lazy-styled', StyledProbe);

const text = (el: HTMLElement) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();
const click = (el: HTMLElement) => el.shadowRoot!.querySelector('button')!.click();

describe('LazyModule', () => {
  it('loads a part on the click that needs it, once for every element on the page, and shows it when it arrives', async () => {
    const first = await fixture<LazyProbe>(html`<fl-test-lazy-probe></fl-test-lazy-probe>`);
    const second = await fixture<LazyProbe>(html`<fl-test-lazy-probe></fl-test-lazy-probe>`);
    expect(calls, 'nothing loads before the click').to.equal(0);
    expect(text(first)).to.equal('Les mer');

    click(first);
    click(first);
    click(second);
    expect(calls, 'one load for two clicks and two elements').to.equal(1);
    await first.updateComplete;
    expect(text(first), 'no placeholder while it loads').to.equal('Les mer');

    next!.resolve(part);
    await waitUntil(() => text(first).includes('Detaljene'), 'the first element shows the part');
    await waitUntil(() => text(second).includes('Detaljene'), 'the second element shows the part');
    expect(text(first)).to.equal('Les merDetaljene om sentralen');

    const third = await fixture<LazyProbe>(html`<fl-test-lazy-probe></fl-test-lazy-probe>`);
    click(third);
    await third.updateComplete;
    expect(text(third), 'a later element uses the loaded part at once').to.equal('Les merDetaljene om sentralen');
    expect(calls).to.equal(1);
  });

  it('leaves the part out when its chunk cannot be loaded, and loads it again at the next click', async () => {
    const el = await fixture<FlakyProbe>(html`<fl-test-lazy-flaky></fl-test-lazy-flaky>`);
    click(el);
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(failingCalls).to.equal(1);
    expect(text(el), 'the element stays as it was').to.equal('Les mer');
    failNext = false;
    click(el);
    await waitUntil(() => text(el).includes('Detaljene'), 'the second click loads the part');
    expect(failingCalls).to.equal(2);
  });

  it("adds a part's own styles to each element's shadow root when the part arrives, after the element's own", async () => {
    const el = await fixture<StyledProbe>(html`<fl-test-lazy-styled></fl-test-lazy-styled>`);
    expect(el.shadowRoot!.adoptedStyleSheets, 'no CSS of the part before it is needed').to.have.length(1);
    click(el);
    await waitUntil(() => el.shadowRoot!.querySelector('.details'), 'the part is shown');
    const shown = getComputedStyle(el.shadowRoot!.querySelector('.details')!);
    expect(shown.borderLeftWidth).to.equal('7px');
    expect(shown.color, "the element's own rules still apply").to.equal('rgb(0, 0, 255)');
    expect(el.shadowRoot!.adoptedStyleSheets).to.have.length(2);
    // Another element using the part already loaded gets the styles too, once.
    const other = await fixture<StyledProbe>(html`<fl-test-lazy-styled></fl-test-lazy-styled>`);
    click(other);
    await other.updateComplete;
    other.requestUpdate();
    await other.updateComplete;
    expect(getComputedStyle(other.shadowRoot!.querySelector('.details')!).borderLeftWidth).to.equal('7px');
    expect(other.shadowRoot!.adoptedStyleSheets).to.have.length(2);
  });
});
