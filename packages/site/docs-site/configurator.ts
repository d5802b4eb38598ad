// The configurator for web editors: pick an element, the feed, its options and
// colours; see it live; copy the two lines. Options come from custom-elements.json.
// Everything runs in this page: no account, no build step, no request to anyone else.
// Under a strict CSP: no inline styles (colours go through CSSOM), no innerHTML.
import 'frisklivs-widgets/define-all';
import { aliasesOf, codeSpans, elementsOf, type ElementDoc, type Manifest, type TypeAliases } from './manifest.js';
import {
  attributesOf,
  coloursFor,
  fieldsFor,
  snippet,
  stylesheetRule,
  type Config,
  type Field,
  type ColourProperty,
} from './configurator-core.js';

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

function hint(id: string, text: string): HTMLElement {
  // Descriptions come from the manifest, in English; `code` spans become <code>, as text.
  return make(
    'span',
    { id, class: 'hint', lang: 'en' },
    ...codeSpans(text).map((piece) => (piece.code ? make('code', {}, piece.text) : piece.text)),
  );
}

function renderOptions(): void {
  const nodes = fields.map((field) => {
    const id = `opt-${field.attribute}`;
    const hintId = `${id}-hint`;
    const label = make('label', { for: id }, make('code', {}, field.attribute));
    const description = hint(hintId, field.description);
    switch (field.kind.kind) {
      case 'boolean': {
        const input = make('input', { type: 'checkbox', id, name: field.attribute, 'aria-describedby': hintId });
        return make('div', { class: 'field checkbox' }, input, make('div', {}, label, description));
      }
      case 'enum': {
        const select = make('select', { id, name: field.attribute, 'aria-describedby': hintId });
        const fallback = field.default ? `(standard: ${field.default})` : '(ikke satt)';
        select.append(make('option', { value: '' }, fallback), ...field.kind.values.map((value) => make('option', { value }, value)));
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
        return make('div', { class: 'field' }, label, input, description);
      }
    }
  });
  optionsBox.replaceChildren(make('legend', {}, 'Valg (attributter)'), ...nodes);
}

function renderColours(): void {
  const nodes = colours.map((colour) => {
    const id = `colour-${colour.name.replace(/^--/, '')}`;
    const hintId = `${id}-hint`;
    const input = make('input', { type: 'color', id, name: colour.name, value: colour.default, 'aria-describedby': hintId });
    input.dataset.default = colour.default;
    return make(
      'div',
      { class: 'field colour' },
      input,
      make('label', { for: id }, make('code', {}, colour.name)),
      hint(hintId, colour.description),
    );
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
  elements = elementsOf(manifest);
  aliases = aliasesOf(manifest);
  elementSelect.replaceChildren(
    ...elements.map((element) => make('option', { value: element.tagName }, `<${element.tagName}>: ${element.summary}`)),
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
  chooseElement(new URL(location.href).searchParams.get('element') ?? elements[0]!.tagName);
  form.dataset.ready = 'true';
}

start().catch((error: unknown) => {
  $('cfg-error').hidden = false;
  console.error(error);
});
