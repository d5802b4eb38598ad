// The configurator for web editors: pick an element, the feed, its options and
// colours; see it live; copy the three lines. Options come from custom-elements.json,
// their Norwegian labels from configurator-words.ts (checked against the manifest).
// Everything runs in this page: no account, no build step, no request to anyone else.
// Under a strict CSP: no inline styles (colours go through CSSOM), no innerHTML.
import 'frisklivs-widgets/define-all';
import { loadFeed } from 'frisklivs-widgets';
import { aliasesOf, codeSpans, elementsOf, type ElementDoc, type Manifest, type TypeAliases } from './manifest.js';
import {
  attributesOf,
  coloursFor,
  fieldsFor,
  snippet,
  stylesheetRule,
  suggestionsFrom,
  SUGGESTED_OPTIONS,
  type Suggestion,
  type Config,
  type Field,
  type ColourProperty,
} from './configurator-core.js';
import { ELEMENT_WORDS } from './configurator-words.js';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

const form = $<HTMLFormElement>('cfg-form');
const elementSelect = $<HTMLSelectElement>('cfg-element');
const scriptInput = $<HTMLInputElement>('cfg-script');
const feedInput = $<HTMLInputElement>('cfg-feed');
const optionsBox = $<HTMLElement>('cfg-options');
const coloursBox = $<HTMLElement>('cfg-colours');
const preview = $<HTMLElement>('cfg-preview');
const snippetBox = $<HTMLTextAreaElement>('cfg-snippet');
const cssBox = $<HTMLTextAreaElement>('cfg-css');
const cssWrapper = $<HTMLElement>('cfg-css-wrapper');
const suggestionsBox = $<HTMLElement>('cfg-suggestions');

let elements: ElementDoc[] = [];
let aliases: TypeAliases = {};
let current: ElementDoc;
let fields: Field[] = [];
let colours: ColourProperty[] = [];

function make<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

function hint(id: string, text: string, attribute?: string): HTMLElement {
  // `code` spans become <code>, as text; a folded option also names its attribute, for developers.
  return make(
    'span',
    { id, class: 'hint' },
    ...codeSpans(text).map((piece) => (piece.code ? make('code', {}, piece.text) : piece.text)),
    ...(attribute ? [text ? ' ' : '', make('code', {}, attribute)] : []),
  );
}

function control(field: Field): HTMLElement {
  const id = `opt-${field.attribute}`;
  const hintId = `${id}-hint`;
  const label = make('label', { for: id }, field.label);
  const description = hint(hintId, field.hint ?? '', field.editor ? undefined : field.attribute);
  switch (field.kind.kind) {
    case 'boolean': {
      const input = make('input', { type: 'checkbox', id, name: field.attribute, 'aria-describedby': hintId });
      return make('div', { class: 'field checkbox' }, input, make('div', {}, label, description));
    }
    case 'enum': {
      const select = make('select', { id, name: field.attribute, 'aria-describedby': hintId });
      const words = (value: string) => field.choices?.[value] ?? value;
      const fallback = field.default ? `Standard (${words(field.default)})` : 'Ikke valgt';
      select.append(make('option', { value: '' }, fallback), ...field.kind.values.map((value) => make('option', { value }, words(value))));
      return make('div', { class: 'field' }, label, select, description);
    }
    default: {
      const input = make('input', {
        type: 'text',
        id,
        name: field.attribute,
        'aria-describedby': hintId,
        autocomplete: 'off',
        spellcheck: 'false',
      });
      if (field.kind.kind === 'number') input.inputMode = 'numeric';
      if (field.default) input.placeholder = field.default;
      // Choices from the feed (suggestFromFeed fills the list).
      if (SUGGESTED_OPTIONS.includes(field.attribute)) input.setAttribute('list', `list-${field.attribute}`);
      return make('div', { class: 'field' }, label, input, description);
    }
  }
}

function renderOptions(): void {
  // The options an editor uses, then the rest folded away.
  const more = fields.filter((field) => !field.editor);
  const folded = make(
    'details',
    { class: 'fold', id: 'cfg-more-options' },
    make('summary', {}, `Flere valg (${more.length})`),
    make('p', { class: 'hint' }, 'Sjelden nødvendig; mest for utviklere. Attributtets navn står etter hver forklaring.'),
    ...more.map(control),
  );
  optionsBox.replaceChildren(
    make('legend', {}, 'Valg'),
    ...fields.filter((field) => field.editor).map(control),
    ...(more.length ? [folded] : []),
  );
}

/** Loads the chosen feed (the same request the preview makes) and offers its centres, themes … as choices. */
async function suggestFromFeed(): Promise<void> {
  const url = feedInput.value.trim();
  let found: Record<string, Suggestion[]> = {};
  try {
    if (url) found = suggestionsFrom((await loadFeed(url)).feed);
  } catch {
    // No feed there (yet): the fields stay plain text fields.
  }
  if (url !== feedInput.value.trim()) return; // another address was typed meanwhile
  suggestionsBox.replaceChildren(
    ...Object.entries(found).map(([attribute, items]) =>
      make('datalist', { id: `list-${attribute}` }, ...items.map((item) => make('option', { value: item.value }, item.label))),
    ),
  );
}

function renderColours(): void {
  const nodes = colours.map((colour) => {
    const id = `colour-${colour.name.replace(/^--/, '')}`;
    const hintId = `${id}-hint`;
    const input = make('input', { type: 'color', id, name: colour.name, value: colour.default, 'aria-describedby': hintId });
    input.dataset.default = colour.default;
    return make('div', { class: 'field colour' }, input, make('label', { for: id }, colour.label), hint(hintId, '', colour.name));
  });
  const reset = make('button', { type: 'button', class: 'button secondary', id: 'cfg-reset-colours' }, 'Tilbakestill fargene');
  reset.addEventListener('click', () => {
    for (const input of coloursBox.querySelectorAll<HTMLInputElement>('input[type="color"]')) input.value = input.dataset.default!;
    update();
  });
  coloursBox.replaceChildren(make('legend', {}, 'Farger'), ...nodes, reset);
}

function readConfig(): Config {
  const values: Config['values'] = {};
  for (const field of fields) {
    const control = document.getElementById(`opt-${field.attribute}`) as HTMLInputElement | HTMLSelectElement | null;
    if (!control) continue;
    values[field.attribute] = control instanceof HTMLInputElement && control.type === 'checkbox' ? control.checked : control.value;
  }
  const chosen: Config['colours'] = {};
  for (const input of coloursBox.querySelectorAll<HTMLInputElement>('input[type="color"]')) {
    if (input.value.toLowerCase() !== input.dataset.default) chosen[input.name] = input.value.toLowerCase();
  }
  const mode =
    form.querySelector<HTMLInputElement>('input[name="colour-mode"]:checked')?.value === 'stylesheet' ? 'stylesheet' : 'attribute';
  return { tag: current.tagName, scriptUrl: scriptInput.value, feedUrl: feedInput.value, values, colours: chosen, colourMode: mode };
}

function renderPreview(config: Config): void {
  const element = document.createElement(config.tag);
  for (const [name, value] of attributesOf(config, fields)) element.setAttribute(name, value);
  // CSSOM, not a style attribute: allowed under a strict Content-Security-Policy.
  for (const [name, value] of Object.entries(config.colours)) element.style.setProperty(name, value);
  preview.replaceChildren(element);
}

function update(): void {
  const config = readConfig();
  renderPreview(config);
  snippetBox.value = snippet(config, fields);
  const rule = config.colourMode === 'stylesheet' ? stylesheetRule(config) : '';
  cssBox.value = rule;
  cssWrapper.hidden = !rule;
  const url = new URL(location.href);
  url.searchParams.set('element', config.tag);
  history.replaceState(null, '', url);
}

function chooseElement(tag: string): void {
  current = elements.find((element) => element.tagName === tag) ?? elements[0]!;
  elementSelect.value = current.tagName;
  fields = fieldsFor(current, aliases);
  colours = coloursFor(current, elements);
  renderOptions();
  renderColours();
  $<HTMLAnchorElement>('cfg-element-docs').href = new URL(`elements/${current.slug}.html`, location.href).href;
  $('cfg-element-hint').textContent = ELEMENT_WORDS[current.tagName]?.hint ?? current.summary;
  update();
}

async function copy(source: HTMLTextAreaElement, status: HTMLElement): Promise<void> {
  try {
    if (!navigator.clipboard?.writeText) throw new Error('The Clipboard API is not available here.');
    await navigator.clipboard.writeText(source.value);
    status.dataset.state = 'ok';
    status.textContent = 'Kopiert. Lim inn i HTML-visningen i publiseringsløsningen din.';
  } catch {
    // The visible fallback: the text is selected, the reader copies it.
    source.focus();
    source.select();
    status.dataset.state = 'fallback';
    status.textContent = 'Kunne ikke kopiere automatisk. Teksten er merket: trykk Ctrl+C (⌘+C på Mac) for å kopiere den.';
  }
}

let timer: ReturnType<typeof setTimeout> | undefined;
function updateSoon(): void {
  clearTimeout(timer);
  timer = setTimeout(update, 250);
}

async function start(): Promise<void> {
  const response = await fetch('/custom-elements.json');
  if (!response.ok) throw new Error(`/custom-elements.json: HTTP ${response.status}`);
  const manifest = (await response.json()) as Manifest;
  // In the menu in the order of configurator-words.ts (finders first), then any new element.
  const order = Object.keys(ELEMENT_WORDS);
  const rank = (tag: string) => (order.includes(tag) ? order.indexOf(tag) : order.length);
  elements = elementsOf(manifest).sort((a, b) => rank(a.tagName) - rank(b.tagName));
  aliases = aliasesOf(manifest);
  elementSelect.replaceChildren(
    ...elements.map((element) => make('option', { value: element.tagName }, ELEMENT_WORDS[element.tagName]?.name ?? element.tagName)),
  );
  scriptInput.value = new URL('/frisklivs-widgets/frisklivs-widgets.js', location.href).href;
  feedInput.value = new URL('/demo/feed.json', location.href).href;
  elementSelect.addEventListener('change', () => chooseElement(elementSelect.value));
  form.addEventListener('change', (event) => {
    if (event.target !== elementSelect) update();
  });
  form.addEventListener('input', (event) => {
    const target = event.target as HTMLElement;
    if (target instanceof HTMLInputElement && (target.type === 'text' || target.type === 'url')) updateSoon();
  });
  form.addEventListener('submit', (event) => event.preventDefault());
  $<HTMLButtonElement>('cfg-copy').addEventListener('click', () => void copy(snippetBox, $('cfg-copy-status')));
  $<HTMLButtonElement>('cfg-copy-css').addEventListener('click', () => void copy(cssBox, $('cfg-copy-css-status')));
  feedInput.addEventListener('change', () => void suggestFromFeed());
  chooseElement(new URL(location.href).searchParams.get('element') ?? elements[0]!.tagName);
  void suggestFromFeed();
  form.dataset.ready = 'true';
}

start().catch((error: unknown) => {
  $('cfg-error').hidden = false;
  console.error(error);
});
