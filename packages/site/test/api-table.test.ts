// The API tables of the documentation site, rendered in the browser from /custom-elements.json:
// every attribute, property, method, event, slot, part and custom property of every element
// shows, manifest text stays text, and the configurator reads the same manifest.
import { expect } from '@open-wc/testing';
import { mountApi, renderApi } from '../docs-site/api-table.js';
import { aliasesOf, elementsOf, valueKind, type ElementDoc, type Manifest } from '../docs-site/manifest.js';
import { coloursFor, fieldsFor, snippet, stylesheetRule, type Config } from '../docs-site/configurator-core.js';
import { COLOUR_WORDS, ELEMENT_WORDS, wordedAttributes, wordsFor } from '../docs-site/configurator-words.js';
import { reserveCss } from 'frisklivs-widgets/reserve-css';

const ALIASES = { FrisklivskortLayout: ['card', 'compact', 'print'], FrisklivskortPaper: ['a4', 'a6'], UrlStateMode: ['query', 'hash'] };

let manifest: Manifest;
let elements: ElementDoc[];

function render(element: ElementDoc): HTMLElement {
  const box = document.createElement('div');
  box.append(...(renderApi(document, element, ALIASES) as unknown as Node[]));
  return box;
}

describe('docs-site API tables', () => {
  before(async () => {
    manifest = (await (await fetch('/packages/widgets/custom-elements.json')).json()) as Manifest;
    elements = elementsOf(manifest);
  });

  it('finds the four elements', () => {
    expect(elements.map((e) => e.tagName).sort()).to.deep.equal([
      'fl-centre-finder',
      'fl-follow-up-timeline',
      'fl-frisklivskort',
      'fl-group-finder',
    ]);
  });

  it('renders a row for everything the manifest documents', () => {
    for (const element of elements) {
      const box = render(element);
      const rows = (kind: string) => [...box.querySelectorAll(`tr[data-${kind}]`)].map((row) => row.getAttribute(`data-${kind}`));
      expect(rows('attribute'), element.tagName).to.deep.equal(element.attributes.map((a) => a.name));
      expect(rows('property')).to.deep.equal(element.properties.map((p) => p.name));
      expect(rows('method')).to.deep.equal(element.methods.map((m) => m.name));
      expect(rows('event')).to.deep.equal(element.events.map((e) => e.name));
      expect(rows('slot')).to.deep.equal(element.slots.map((s) => s.name));
      expect(rows('part')).to.deep.equal(element.cssParts.map((p) => p.name));
      expect(rows('css-property')).to.deep.equal(element.cssProperties.map((p) => p.name));
      expect(box.querySelectorAll('h3').length).to.equal(7);
    }
  });

  it('shows type, default, reflection and event detail types', () => {
    const card = render(elements.find((e) => e.tagName === 'fl-frisklivskort')!);
    const layout = card.querySelector('tr[data-attribute="layout"]')!;
    const cells = [...layout.children].map((cell) => cell.textContent!.trim());
    expect(cells[1]).to.equal('layout');
    expect(cells[2]).to.contain("'card' | 'compact' | 'print'");
    expect(cells[3]).to.equal("'card'");
    expect(cells[4]).to.equal('yes');
    expect(card.querySelector('tr[data-slot="logo"]')!.textContent).to.contain('slot="logo"');
    const finder = render(elements.find((e) => e.tagName === 'fl-centre-finder')!);
    expect(finder.querySelector('tr[data-event="fl-centre-select"] td code')!.textContent).to.equal(
      '{ centre: Centre; municipality?: string }',
    );
    expect(finder.querySelector('tr[data-attribute="municipality"] .reflects-no')).to.exist;
  });

  it('renders manifest text as text, never as markup', () => {
    const hostile: ElementDoc = {
      ...elements[0]!,
      attributes: [{ name: 'x', description: 'Use `<img src=x onerror="window.__pwned=1">` <b>here</b>', type: "'a' | '<i>'" }],
    };
    const box = render(hostile);
    document.body.append(box);
    const row = box.querySelector('tr[data-attribute="x"]')!;
    expect(row.querySelector('img, b, i')).to.equal(null);
    expect(row.textContent).to.contain('<img src=x onerror="window.__pwned=1">');
    expect(row.textContent).to.contain('<b>here</b>');
    expect(row.querySelector('code')!.textContent).to.equal('x');
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    box.remove();
  });

  it('mountApi replaces prerendered tables with the live manifest', async () => {
    const container = document.createElement('div');
    container.id = 'api-live';
    container.dataset.apiFor = 'fl-group-finder';
    container.textContent = 'prerendered';
    document.body.append(container);
    expect(await mountApi(ALIASES)).to.equal(1);
    expect(container.dataset.rendered).to.equal('live');
    expect(container.textContent).not.to.contain('prerendered');
    expect(container.querySelector('#api-live-events')!.textContent).to.equal('Events');
    expect(container.querySelector('tr[data-event="fl-group-select"]')).to.exist;
    container.remove();
  });
});

describe('docs-site configurator, without the page', () => {
  before(async () => {
    manifest ??= (await (await fetch('/packages/widgets/custom-elements.json')).json()) as Manifest;
    elements ??= elementsOf(manifest);
  });

  it('offers booleans as checkboxes, string-literal unions as choices, the rest as text', () => {
    expect(valueKind('boolean')).to.deep.equal({ kind: 'boolean' });
    expect(valueKind("'auto' | 'vertical' | 'horizontal'")).to.deep.equal({ kind: 'enum', values: ['auto', 'vertical', 'horizontal'] });
    expect(valueKind('FrisklivskortLayout', ALIASES)).to.deep.equal({ kind: 'enum', values: ['card', 'compact', 'print'] });
    expect(valueKind('UrlStateMode | undefined', ALIASES)).to.deep.equal({ kind: 'enum', values: ['query', 'hash'] });
    expect(valueKind('number | undefined')).to.deep.equal({ kind: 'number' });
    expect(valueKind('number[] | undefined')).to.deep.equal({ kind: 'list' });
    expect(valueKind('string | undefined')).to.deep.equal({ kind: 'string' });
    const timeline = fieldsFor(
      elements.find((e) => e.tagName === 'fl-follow-up-timeline')!,
      ALIASES,
    );
    expect(timeline.find((f) => f.attribute === 'orientation')!.kind).to.deep.equal({
      kind: 'enum',
      values: ['auto', 'vertical', 'horizontal'],
    });
    expect(timeline.find((f) => f.attribute === 'lang')!.kind).to.deep.equal({
      kind: 'enum',
      values: ['nb', 'nn', 'se', 'sma', 'smj', 'en'],
    });
    expect(timeline.some((f) => f.attribute === 'feed')).to.equal(false);
  });

  it('offers every option whose values the manifest names as choices, with the aliases the manifest itself expands', () => {
    // The configurator reads aliasesOf(manifest), not a table: UrlStateMode reaches the group finder through a
    // re-export the analyzer does not expand, and its field was once a text box the editor had to type `hash` into.
    const aliases = aliasesOf(manifest);
    const kinds = Object.fromEntries(
      elements.flatMap((element) => fieldsFor(element, aliases).map((field) => [`${element.tagName} ${field.attribute}`, field.kind])),
    );
    expect(kinds['fl-group-finder url-state']).to.deep.equal({ kind: 'enum', values: ['query', 'hash'] });
    expect(kinds['fl-frisklivskort layout']).to.deep.equal({ kind: 'enum', values: ['card', 'compact', 'print'] });
    expect(kinds['fl-frisklivskort paper']).to.deep.equal({ kind: 'enum', values: ['a4', 'a6'] });
    expect(kinds['fl-follow-up-timeline orientation']).to.deep.equal({ kind: 'enum', values: ['auto', 'vertical', 'horizontal'] });
    for (const element of elements) {
      for (const field of fieldsFor(element, aliases)) {
        // Words for choices belong to a select, and a select has words for each of its values.
        if (field.choices) expect(field.kind.kind, `${element.tagName} ${field.attribute}`).to.equal('enum');
        if (field.kind.kind === 'enum' && field.choices && field.attribute !== 'lang') {
          expect(Object.keys(field.choices), `${element.tagName} ${field.attribute}`).to.deep.equal(field.kind.values);
        }
      }
    }
  });

  it('writes two lines, escapes values, and keeps colours out of the element for the stylesheet mode', () => {
    const element = elements.find((e) => e.tagName === 'fl-centre-finder')!;
    const fields = fieldsFor(element, ALIASES);
    const config: Config = {
      tag: 'fl-centre-finder',
      scriptUrl: 'https://kommune.example/fw/frisklivs-widgets.js',
      feedUrl: 'https://kommune.example/feed.json?a=1&b="2"',
      values: { municipality: 'Kárášjohka', compact: true, limit: '', 'heading-level': '3', offers: '  ' },
      colours: { '--fl-color-accent': '#6b2c91' },
      colourMode: 'attribute',
    };
    expect(snippet(config, fields)).to.equal(
      `<style>${reserveCss(['fl-centre-finder'])}</style>\n` +
        '<script type="module" src="https://kommune.example/fw/frisklivs-widgets.js"></script>\n' +
        '<fl-centre-finder feed="https://kommune.example/feed.json?a=1&amp;b=&quot;2&quot;" municipality="Kárášjohka" compact heading-level="3" style="--fl-color-accent: #6b2c91"></fl-centre-finder>',
    );
    const sheet = { ...config, colourMode: 'stylesheet' as const };
    expect(snippet(sheet, fields).split('\n')[2]).not.to.contain('style=');
    expect(stylesheetRule(sheet)).to.equal('fl-centre-finder {\n  --fl-color-accent: #6b2c91;\n}');
    const colours = coloursFor(element, elements).map((c) => c.name);
    expect(colours).to.include.members(['--fl-color-accent', '--fl-color-text', '--fl-color-background']);
  });
});

describe("the configurator's Norwegian words (configurator-words.ts) against the manifest", () => {
  before(async () => {
    manifest ??= (await (await fetch('/packages/widgets/custom-elements.json')).json()) as Manifest;
    elements ??= elementsOf(manifest);
  });

  it('every element and every attribute it offers has words, and every word names something that exists', () => {
    const missing: string[] = [];
    for (const element of elements) {
      if (!ELEMENT_WORDS[element.tagName]) missing.push(`${element.tagName}: no name for the element menu`);
      for (const field of fieldsFor(element, ALIASES)) {
        if (!wordsFor(element.tagName, field.attribute)) missing.push(`${element.tagName} ${field.attribute}: no label`);
      }
      for (const colour of coloursFor(element, elements)) if (!COLOUR_WORDS[colour.name]) missing.push(`${colour.name}: no label`);
    }
    const stale = wordedAttributes()
      .filter(({ tagName, attribute }) => !elements.find((e) => e.tagName === tagName)?.attributes.some((a) => a.name === attribute))
      .map(({ tagName, attribute }) => `${tagName} ${attribute}: words for an attribute that is not in the manifest`);
    expect([...missing, ...stale]).to.deep.equal([]);
  });

  it('labels are Norwegian words, not attribute names, and each element keeps at most six options in view', () => {
    for (const element of elements) {
      const fields = fieldsFor(element, ALIASES);
      for (const field of fields) expect(field.label, `${element.tagName} ${field.attribute}`).not.to.equal(field.attribute);
      const inView = fields.filter((field) => field.editor).length;
      expect(inView, element.tagName).to.be.within(2, 6);
    }
    const card = fieldsFor(
      elements.find((e) => e.tagName === 'fl-frisklivskort')!,
      ALIASES,
    );
    expect(card.find((f) => f.attribute === 'layout')).to.include({ label: 'Visning', editor: true });
    expect(card.find((f) => f.attribute === 'hide-price')).to.include({ label: 'Skjul pris', editor: false });
  });
});
