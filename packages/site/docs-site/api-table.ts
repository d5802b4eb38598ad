// Renders an element's API (attributes, properties, methods, events, slots, CSS
// parts, CSS custom properties) from custom-elements.json as tables.
//
// Manifest text only ever becomes text: everything is built with createElement,
// setAttribute and append(string) (never innerHTML), so a description holding
// "<img onerror=…>" shows those characters. The same functions prerender the
// element pages in Node (site-pages.ts passes a tiny document that implements
// exactly those three calls), and in the browser `mountApi` renders
// them again from the live /custom-elements.json.
import {
  aliasesOf,
  codeSpans,
  elementByTag,
  valueKind,
  type ElementDoc,
  type Manifest,
  type ManifestNamed,
  type TypeAliases,
} from './manifest.js';

/** The part of `Document` these renderers use. */
export interface DocLike {
  createElement(tag: string): ElementLike;
}
export interface ElementLike {
  setAttribute(name: string, value: string): void;
  append(...nodes: (ElementLike | string)[]): void;
}

type Child = ElementLike | string | null | undefined | false;

export function h(doc: DocLike, tag: string, attributes: Record<string, string> = {}, ...children: Child[]): ElementLike {
  const element = doc.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  const kept = children.filter((child): child is ElementLike | string => child !== null && child !== undefined && child !== false);
  if (kept.length) element.append(...kept);
  return element;
}

/** Prose from the manifest: paragraphs, with `code spans` as <code>. */
export function prose(doc: DocLike, text: string, tag = 'p'): ElementLike[] {
  return text
    .split(/\n{2,}/)
    .filter(Boolean)
    .map((paragraph) => h(doc, tag, {}, ...inline(doc, paragraph)));
}

function inline(doc: DocLike, text: string): (ElementLike | string)[] {
  return codeSpans(text).map((piece) => (piece.code ? h(doc, 'code', {}, piece.text) : piece.text));
}

const code = (doc: DocLike, text: string | undefined): Child => (text ? h(doc, 'code', {}, text) : '—');

function typeCell(doc: DocLike, type: string | undefined, aliases: TypeAliases): ElementLike {
  if (!type) return h(doc, 'td', {}, '—');
  const expanded = type
    .split('|')
    .map((member) => member.trim())
    .filter((member) => aliases[member]);
  return h(
    doc,
    'td',
    {},
    h(doc, 'code', {}, type),
    ...expanded.flatMap((alias) => [
      ' ',
      h(
        doc,
        'span',
        { class: 'alias' },
        expanded.length === 1 && type.trim() === alias ? '= ' : `${alias} = `,
        h(doc, 'code', {}, aliases[alias]!.map((v) => `'${v}'`).join(' | ')),
      ),
    ]),
  );
}

function inheritedNote(doc: DocLike, from: string | undefined): Child {
  return from ? h(doc, 'span', { class: 'inherited' }, ` (from ${from})`) : null;
}

function table(doc: DocLike, caption: string, columns: string[], rows: ElementLike[], id: string): ElementLike {
  return h(
    doc,
    'div',
    { class: 'table-scroll', role: 'region', 'aria-labelledby': id, tabindex: '0' },
    h(
      doc,
      'table',
      { class: 'api-table' },
      h(doc, 'caption', { id }, caption),
      h(doc, 'thead', {}, h(doc, 'tr', {}, ...columns.map((column) => h(doc, 'th', { scope: 'col' }, column)))),
      h(doc, 'tbody', {}, ...rows),
    ),
  );
}

function describe(doc: DocLike, text: string, extra?: Child): ElementLike {
  return h(doc, 'td', {}, ...(text ? prose(doc, text) : ['—']), extra);
}

function section(doc: DocLike, level: number, id: string, title: string, ...content: Child[]): ElementLike {
  return h(doc, 'section', { 'aria-labelledby': id, class: 'api-section' }, h(doc, `h${level}`, { id }, title), ...content);
}

const none = (doc: DocLike, text: string) => h(doc, 'p', { class: 'none' }, text);

/**
 * The full API of one element. `level` is the heading level of each part
 * (Attributes, Properties, …), `idPrefix` keeps ids unique on the page.
 */
export function renderApi(doc: DocLike, element: ElementDoc, aliases: TypeAliases = {}, level = 3, idPrefix = 'api'): ElementLike[] {
  const id = (name: string) => `${idPrefix}-${name}`;
  const attributeRows = element.attributes.map((attribute) => {
    const kind = valueKind(attribute.type, aliases);
    const reflects = attribute.reflects === undefined ? '—' : attribute.reflects ? 'yes' : 'no';
    return h(
      doc,
      'tr',
      { 'data-attribute': attribute.name },
      h(doc, 'th', { scope: 'row' }, h(doc, 'code', {}, attribute.name), inheritedNote(doc, attribute.inheritedFrom)),
      h(doc, 'td', {}, code(doc, attribute.property)),
      typeCell(doc, attribute.type, aliases),
      h(doc, 'td', {}, code(doc, attribute.default)),
      h(doc, 'td', { class: `reflects-${reflects}` }, reflects),
      describe(
        doc,
        attribute.description,
        kind.kind === 'boolean' ? h(doc, 'p', { class: 'hint' }, 'Boolean attribute: present means on.') : null,
      ),
    );
  });
  const propertyRows = element.properties.map((property) =>
    h(
      doc,
      'tr',
      { 'data-property': property.name },
      h(doc, 'th', { scope: 'row' }, h(doc, 'code', {}, property.name), inheritedNote(doc, property.inheritedFrom)),
      typeCell(doc, property.type, aliases),
      h(doc, 'td', {}, code(doc, property.default)),
      h(doc, 'td', {}, property.readonly ? 'yes' : 'no'),
      describe(doc, property.description),
    ),
  );
  const methodRows = element.methods.map((method) =>
    h(
      doc,
      'tr',
      { 'data-method': method.name },
      h(doc, 'th', { scope: 'row' }, h(doc, 'code', {}, method.signature)),
      describe(doc, method.description),
    ),
  );
  const eventRows = element.events.map((event) =>
    h(
      doc,
      'tr',
      { 'data-event': event.name },
      h(doc, 'th', { scope: 'row' }, h(doc, 'code', {}, event.name), inheritedNote(doc, event.inheritedFrom)),
      h(doc, 'td', {}, code(doc, event.detail ?? event.type)),
      describe(doc, event.description),
    ),
  );
  const named = (items: ManifestNamed[], kind: string, label: (item: ManifestNamed) => string) =>
    items.map((item) =>
      h(
        doc,
        'tr',
        { [`data-${kind}`]: item.name },
        h(doc, 'th', { scope: 'row' }, h(doc, 'code', {}, label(item)), inheritedNote(doc, item.inheritedFrom?.name)),
        describe(doc, item.description ?? ''),
      ),
    );
  const cssPropertyRows = element.cssProperties.map((property) =>
    h(
      doc,
      'tr',
      { 'data-css-property': property.name },
      h(doc, 'th', { scope: 'row' }, h(doc, 'code', {}, property.name)),
      h(doc, 'td', {}, code(doc, property.default)),
      describe(doc, property.description ?? ''),
    ),
  );
  const tag = `<${element.tagName}>`;
  return [
    section(
      doc,
      level,
      id('attributes'),
      'Attributes',
      attributeRows.length
        ? table(
            doc,
            `Attributes of ${tag}`,
            ['Attribute', 'Property', 'Type', 'Default', 'Reflects', 'Description'],
            attributeRows,
            id('attributes-caption'),
          )
        : none(doc, 'This element has no attributes.'),
    ),
    section(
      doc,
      level,
      id('properties'),
      'Properties without an attribute',
      propertyRows.length
        ? table(
            doc,
            `Properties of ${tag} that have no attribute`,
            ['Property', 'Type', 'Default', 'Read-only', 'Description'],
            propertyRows,
            id('properties-caption'),
          )
        : none(doc, 'Every property has an attribute (see above).'),
    ),
    section(
      doc,
      level,
      id('methods'),
      'Methods',
      methodRows.length
        ? table(doc, `Methods of ${tag}`, ['Method', 'Description'], methodRows, id('methods-caption'))
        : none(doc, 'This element has no public methods.'),
    ),
    section(
      doc,
      level,
      id('events'),
      'Events',
      eventRows.length
        ? table(doc, `Events of ${tag}`, ['Event', 'detail', 'Description'], eventRows, id('events-caption'))
        : none(doc, 'This element fires no events.'),
    ),
    section(
      doc,
      level,
      id('slots'),
      'Slots',
      element.slots.length
        ? table(
            doc,
            `Slots of ${tag}`,
            ['Slot', 'Description'],
            named(element.slots, 'slot', (slot) => (slot.name ? `slot="${slot.name}"` : '(default slot)')),
            id('slots-caption'),
          )
        : none(doc, 'This element has no slots: it renders everything from the feed.'),
    ),
    section(
      doc,
      level,
      id('parts'),
      'CSS parts',
      element.cssParts.length
        ? table(
            doc,
            `CSS parts of ${tag} (style them with ::part(name))`,
            ['Part', 'Description'],
            named(element.cssParts, 'part', (part) => part.name),
            id('parts-caption'),
          )
        : none(doc, 'This element exposes no parts.'),
    ),
    section(
      doc,
      level,
      id('css-properties'),
      'CSS custom properties',
      cssPropertyRows.length
        ? table(
            doc,
            `CSS custom properties of ${tag}`,
            ['Property', 'Default', 'Description'],
            cssPropertyRows,
            id('css-properties-caption'),
          )
        : none(doc, 'This element documents no custom properties of its own.'),
    ),
  ];
}

/** The summary and description of an element, as paragraphs. */
export function renderIntro(doc: DocLike, element: ElementDoc): ElementLike[] {
  return [h(doc, 'p', { class: 'summary' }, ...inline(doc, element.summary)), ...prose(doc, element.description)];
}

/**
 * In the browser: fills every `[data-api-for="fl-…"]` container on the page from
 * the manifest the server has now (so a regenerated manifest shows at once in dev),
 * replacing the prerendered tables. Returns the number of containers filled.
 */
export async function mountApi(aliases?: TypeAliases, manifestUrl = '/custom-elements.json', root: ParentNode = document): Promise<number> {
  const containers = [...root.querySelectorAll<HTMLElement>('[data-api-for]')];
  if (!containers.length) return 0;
  const response = await fetch(manifestUrl);
  if (!response.ok) throw new Error(`${manifestUrl}: HTTP ${response.status}`);
  const manifest = (await response.json()) as Manifest;
  for (const container of containers) {
    const element = elementByTag(manifest, container.dataset.apiFor!);
    if (!element) throw new Error(`${container.dataset.apiFor} is not in ${manifestUrl}`);
    const level = Number(container.dataset.headingLevel ?? 3);
    const nodes = renderApi(document, element, aliases ?? aliasesOf(manifest), level, container.id || 'api') as unknown as Node[];
    container.replaceChildren(...nodes);
    container.dataset.rendered = 'live';
  }
  return containers.length;
}
