// "Rediger feeden": a feed editor for publishers without a developer. It opens a feed file (chosen or
// dropped), a URL the reader types, or an empty feed; lists the centres, contact points and groups; edits
// or adds them in forms checked live by the library's own validator; shows what is missing per locale
// and what has not been checked for a year; and saves the feed as a file. Nothing leaves the reader's
// machine: the page requests only its own files and the URL the reader typed. Under a strict CSP: no
// inline styles, no markup from strings (the feed is untrusted and only ever set as text).
import { LOCALES, type Locale } from 'frisklivs-widgets/feed';
import {
  KIND_WORDS,
  KINDS,
  LOCALE_NAMES,
  emptyFeed,
  feedFileText,
  fieldFor,
  findMunicipality,
  fold,
  healthOf,
  municipalityChoices,
  nameOf,
  nextId,
  problemsOfEntry,
  problemsOfFeed,
  problemsOfHead,
  textOf,
  today,
  type EntryProblem,
  type Kind,
  type MunicipalityChoice,
  type Raw,
} from './feed-editor-core.js';

type Child = Node | string | null | undefined | false;
function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | boolean | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === true) element.setAttribute(name, '');
    else if (typeof value === 'string') element.setAttribute(name, value);
  }
  element.append(...children.filter((child): child is Node | string => !!child));
  return element;
}
const $ = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;
const idOf = (key: string) => `fe-f-${key.replace(/[^A-Za-z0-9]+/g, '-')}`;

const WEEKDAY_WORDS: [string, string][] = [
  ['MO', 'mandag'],
  ['TU', 'tirsdag'],
  ['WE', 'onsdag'],
  ['TH', 'torsdag'],
  ['FR', 'fredag'],
  ['SA', 'lørdag'],
  ['SU', 'søndag'],
];
const STATUS_WORDS: [string, string][] = [
  ['forming', 'Under oppstart'],
  ['open', 'Åpen for nye deltakere'],
  ['full', 'Full'],
];
const CONTACT_KIND_WORDS: [string, string][] = [
  ['municipal-contact', 'Kommunal kontakt'],
  ['link-centre', 'Koblingssentral'],
  ['volunteer-centre', 'Frivilligsentral'],
  ['learning-coping-centre', 'Lærings- og mestringssenter'],
  ['frisklivssentral', 'Frisklivssentral'],
  ['selvhjelp-norge', 'Selvhjelp Norge'],
  ['other', 'Annet'],
];
const CENTRE_STATUS_WORDS: [string, string][] = [
  ['active', 'I drift'],
  ['temporarily-closed', 'Midlertidig stengt'],
  ['closed', 'Nedlagt'],
];
const REFERRAL_WORDS: [string, string][] = [
  ['self', 'Ta kontakt selv'],
  ['gp', 'Henvisning fra fastlege'],
  ['nav', 'Henvisning fra NAV'],
  ['health-personnel', 'Henvisning fra annet helsepersonell'],
];

// ---- state ----------------------------------------------------------------------------------------
let doc: Raw | undefined;
let dirty = false;
let choices: MunicipalityChoice[] = [];

function list(kind: Kind | 'themes' | 'offers'): Raw[] {
  if (!doc) return [];
  if (!Array.isArray(doc[kind])) doc[kind] = [];
  return doc[kind] as Raw[];
}

function markDirty(value: boolean): void {
  dirty = value;
  $('fe-unsaved').hidden = !value;
}

// ---- the form of one entry ------------------------------------------------------------------------
interface FieldRef {
  control: HTMLElement;
  wrap: HTMLElement;
  error: HTMLElement;
  /** Makes the control visible first (its tab). */
  reveal?: () => void;
}

class EntryForm {
  readonly fields = new Map<string, FieldRef>();
  readonly touched = new Set<string>();
  readonly readers: ((out: Raw) => void)[] = [];
  submitted = false;
  constructor(
    readonly kind: Kind,
    readonly original: Raw,
    readonly index: number | undefined,
  ) {}

  register(key: string, control: HTMLElement, wrap: HTMLElement, error: HTMLElement, reveal?: () => void): void {
    control.dataset.key = key;
    this.fields.set(key, { control, wrap, error, reveal });
  }

  unregister(prefix: string): void {
    for (const key of [...this.fields.keys()]) if (key.startsWith(prefix)) this.fields.delete(key);
  }

  read(): Raw {
    const out = structuredClone(this.original);
    for (const reader of this.readers) reader(out);
    return out;
  }
}

let form: EntryForm | undefined;

function setPath(target: Raw, key: string, value: unknown): void {
  const parts = key.split('.');
  let node = target;
  for (const part of parts.slice(0, -1)) {
    if (!node[part] || typeof node[part] !== 'object' || Array.isArray(node[part])) node[part] = {};
    node = node[part] as Raw;
  }
  const last = parts[parts.length - 1]!;
  if (value === undefined) delete node[last];
  else node[last] = value;
}

function getPath(source: Raw, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Raw)[part] : undefined), source);
}

const str = (value: unknown) => (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '');

function errorElement(id: string): HTMLElement {
  return h('p', { class: 'fe-error', id: `${id}-error`, hidden: true });
}

function hintElement(id: string, text?: string): HTMLElement | null {
  return text ? h('p', { class: 'hint', id: `${id}-hint` }, text) : null;
}

function describedBy(id: string, hint: boolean): string {
  return hint ? `${id}-hint` : '';
}

interface TextOptions {
  hint?: string;
  multiline?: boolean;
  width?: 'short' | 'medium';
  inputmode?: string;
  autocomplete?: string;
  /** How the typed text becomes the feed's value (default: trimmed text, or nothing when empty). */
  toValue?: (text: string) => unknown;
}

function textField(f: EntryForm, key: string, label: string, options: TextOptions = {}): HTMLElement {
  const id = idOf(key);
  const control = options.multiline
    ? h('textarea', { id, name: key, rows: '3', 'aria-describedby': describedBy(id, !!options.hint) || undefined })
    : h('input', {
        id,
        name: key,
        type: 'text',
        class: options.width ? `fe-${options.width}` : undefined,
        inputmode: options.inputmode,
        autocomplete: options.autocomplete ?? 'off',
        spellcheck: 'false',
        'aria-describedby': describedBy(id, !!options.hint) || undefined,
      });
  control.value = str(getPath(f.original, key));
  const error = errorElement(id);
  const wrap = h('div', { class: 'field' }, h('label', { for: id }, label), hintElement(id, options.hint), error, control);
  f.register(key, control, wrap, error);
  const toValue = options.toValue ?? ((text: string) => text.trim() || undefined);
  f.readers.push((out) => setPath(out, key, toValue(control.value)));
  return wrap;
}

/** A whole number when the text is one; the text itself otherwise (the validator then says what is wrong). */
const numberValue = (text: string) => (text.trim() === '' ? undefined : /^\d+$/.test(text.trim()) ? Number(text.trim()) : text.trim());

function selectField(
  f: EntryForm,
  key: string,
  label: string,
  options: [string, string][],
  settings: { hint?: string; empty?: string } = {},
): HTMLElement {
  const id = idOf(key);
  const control = h('select', { id, name: key, 'aria-describedby': describedBy(id, !!settings.hint) || undefined });
  const current = str(getPath(f.original, key));
  const known = options.some(([value]) => value === current);
  control.append(
    h('option', { value: '' }, settings.empty ?? 'Velg …'),
    ...(current && !known ? [h('option', { value: current }, `${current} (finnes ikke i feeden)`)] : []),
    ...options.map(([value, text]) => h('option', { value }, text)),
  );
  control.value = current;
  const error = errorElement(id);
  const wrap = h('div', { class: 'field' }, h('label', { for: id }, label), hintElement(id, settings.hint), error, control);
  f.register(key, control, wrap, error);
  f.readers.push((out) => setPath(out, key, control.value || undefined));
  return wrap;
}

/**
 * A fieldset of radio buttons or checkboxes, one per option, with its legend, hint and error; registered on the
 * form under `key` (focus goes to the first box). The caller reads the chosen values.
 */
function choicesFieldset(
  f: EntryForm,
  key: string,
  legend: string,
  options: [string, string][],
  input: { type: 'radio' | 'checkbox'; checked: (value: string) => boolean; className: string },
  hint?: string,
): HTMLFieldSetElement {
  const id = idOf(key);
  const boxes = options.map(([value, text], i) =>
    h(
      'div',
      { class: 'field checkbox' },
      h('input', {
        type: input.type,
        id: `${id}-${i}`,
        name: input.type === 'radio' ? id : undefined,
        value,
        checked: input.checked(value),
      }),
      h('label', { for: `${id}-${i}` }, text),
    ),
  );
  const error = errorElement(id);
  const wrap = h(
    'fieldset',
    { class: input.className, 'aria-describedby': describedBy(id, !!hint) || undefined },
    h('legend', {}, legend),
    hintElement(id, hint),
    error,
    ...boxes,
  );
  f.register(key, boxes[0]!.querySelector('input')!, wrap, error);
  return wrap;
}

function radioField(f: EntryForm, key: string, legend: string, options: [string, string][], hint?: string): HTMLElement {
  const current = str(getPath(f.original, key));
  const wrap = choicesFieldset(
    f,
    key,
    legend,
    options,
    { type: 'radio', checked: (value) => value === current, className: 'fe-group' },
    hint,
  );
  f.readers.push((out) => setPath(out, key, wrap.querySelector<HTMLInputElement>('input:checked')?.value));
  return wrap;
}

function checkboxesField(f: EntryForm, key: string, legend: string, options: [string, string][], hint?: string): HTMLElement {
  const raw = getPath(f.original, key);
  const current = Array.isArray(raw) ? raw.map(str) : [];
  // Values the form has no box for (another language code, say) are kept as they are.
  const others = current.filter((value) => !options.some(([known]) => known === value));
  const wrap = choicesFieldset(
    f,
    key,
    legend,
    options,
    { type: 'checkbox', checked: (value) => current.includes(value), className: 'fe-group fe-columns' },
    hint,
  );
  f.readers.push((out) => {
    const chosen = [...wrap.querySelectorAll<HTMLInputElement>('input:checked')].map((box) => box.value);
    setPath(out, key, chosen.length || others.length || raw !== undefined ? [...chosen, ...others] : undefined);
  });
  return wrap;
}

function booleanField(f: EntryForm, key: string, label: string, hint?: string): HTMLElement {
  const id = idOf(key);
  const raw = getPath(f.original, key);
  const input = h('input', { type: 'checkbox', id, checked: raw === true, 'aria-describedby': describedBy(id, !!hint) || undefined });
  const error = errorElement(id);
  const wrap = h('div', { class: 'field checkbox' }, input, h('div', {}, h('label', { for: id }, label), hintElement(id, hint), error));
  f.register(key, input, wrap, error);
  f.readers.push((out) => setPath(out, key, input.checked ? true : raw === undefined ? undefined : false));
  return wrap;
}

/** ARIA tabs: arrow keys, Home and End move between tabs; each tab shows one panel. */
function tabs(
  label: string,
  items: { id: string; label: string; panel: HTMLElement }[],
): {
  element: HTMLElement;
  select: (index: number, focus?: boolean) => void;
  tabs: HTMLButtonElement[];
} {
  const tablist = h('div', { role: 'tablist', 'aria-label': label, class: 'fe-tablist' });
  const buttons = items.map((item, i) =>
    h(
      'button',
      {
        type: 'button',
        role: 'tab',
        id: `${item.id}-tab`,
        'aria-controls': `${item.id}-panel`,
        'aria-selected': i === 0 ? 'true' : 'false',
        tabindex: i === 0 ? '0' : '-1',
        class: 'fe-tab',
      },
      item.label,
    ),
  );
  const panels = items.map((item, i) => {
    item.panel.id = `${item.id}-panel`;
    item.panel.setAttribute('role', 'tabpanel');
    item.panel.setAttribute('aria-labelledby', `${item.id}-tab`);
    item.panel.classList.add('fe-tabpanel');
    item.panel.hidden = i !== 0;
    return item.panel;
  });
  const select = (index: number, focus = false) => {
    buttons.forEach((button, i) => {
      button.setAttribute('aria-selected', String(i === index));
      button.tabIndex = i === index ? 0 : -1;
      panels[i]!.hidden = i !== index;
    });
    if (focus) buttons[index]!.focus();
  };
  buttons.forEach((button, i) => {
    button.addEventListener('click', () => select(i));
    button.addEventListener('keydown', (event) => {
      const last = buttons.length - 1;
      const to = { ArrowRight: i === last ? 0 : i + 1, ArrowLeft: i === 0 ? last : i - 1, Home: 0, End: last }[event.key];
      if (to === undefined) return;
      event.preventDefault();
      select(to, true);
    });
  });
  tablist.append(...buttons);
  return { element: h('div', { class: 'fe-tabs' }, tablist, ...panels), select, tabs: buttons };
}

/** A text in the six locales, one tab each; Bokmål is required when `required`, the others marked as missing. */
function localizedField(
  f: EntryForm,
  key: string,
  label: string,
  settings: { required?: boolean; multiline?: boolean; hint?: string },
): HTMLElement {
  const id = idOf(key);
  const raw = getPath(f.original, key);
  const current = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const inputs = new Map<Locale, HTMLInputElement | HTMLTextAreaElement>();
  const tabLabel = (locale: Locale, value: string) =>
    `${LOCALE_NAMES[locale]}${locale === 'nb' && settings.required ? ' (påkrevd)' : ''}${value.trim() ? '' : ' – mangler'}`;
  const items = LOCALES.map((locale) => {
    const inputId = `${id}-${locale}`;
    const control = settings.multiline
      ? h('textarea', { id: inputId, rows: '3', lang: locale })
      : h('input', { id: inputId, type: 'text', lang: locale, autocomplete: 'off' });
    control.value = str(current[locale]);
    inputs.set(locale, control);
    const error = errorElement(inputId);
    const panel = h(
      'div',
      { class: 'field' },
      h(
        'label',
        { for: inputId },
        `${label} på ${LOCALE_NAMES[locale].toLowerCase()}${locale === 'nb' && settings.required ? ' (påkrevd)' : ''}`,
      ),
      error,
      control,
    );
    return { id: inputId, label: tabLabel(locale, control.value), panel, control, error, locale };
  });
  const view = tabs(label, items);
  items.forEach((item, i) => {
    f.register(`${key}.${item.locale}`, item.control, item.panel, item.error, () => view.select(i));
    item.control.addEventListener('input', () => (view.tabs[i]!.textContent = tabLabel(item.locale, item.control.value)));
  });
  f.readers.push((out) => {
    const texts: Record<string, string> = {};
    for (const [locale, input] of inputs) if (input.value.trim()) texts[locale] = input.value.trim();
    const any = Object.keys(texts).length > 0;
    if (!any && !settings.required) return setPath(out, key, undefined);
    // Bokmål is the fallback of every other locale: without it the validator says so next to its field.
    setPath(out, key, { nb: '', ...texts });
  });
  return h(
    'fieldset',
    { class: 'fe-group fe-localized', 'aria-describedby': describedBy(id, !!settings.hint) || undefined },
    h('legend', {}, label),
    hintElement(id, settings.hint),
    view.element,
  );
}

function municipalityDatalist(): HTMLDataListElement {
  return h('datalist', { id: 'fe-municipality-list' }, ...choices.map((choice) => h('option', { value: choice.label })));
}

/** One municipality: type any of its names (Norwegian, Sámi or Kven) or its number, and pick from the list. */
function municipalityField(f: EntryForm, key: string, label: string, hint: string): HTMLElement {
  const id = idOf(key);
  const current = str(getPath(f.original, key));
  const input = h('input', {
    id,
    type: 'text',
    list: 'fe-municipality-list',
    autocomplete: 'off',
    spellcheck: 'false',
    'aria-describedby': `${id}-hint`,
  });
  input.value = choices.find((choice) => choice.number === current)?.label ?? current;
  const error = errorElement(id);
  const wrap = h('div', { class: 'field' }, h('label', { for: id }, label), hintElement(id, hint), error, input);
  f.register(key, input, wrap, error);
  f.readers.push((out) => {
    if (wrap.closest('[hidden]')) return setPath(out, key, undefined);
    const typed = input.value.trim();
    setPath(out, key, typed ? (findMunicipality(choices, typed)?.number ?? typed) : undefined);
  });
  return wrap;
}

/** Several municipalities: the chosen ones as a list with «Fjern», and a picker to add one. */
function municipalitiesField(f: EntryForm, key: string, legend: string, hint: string): HTMLElement {
  const id = idOf(key);
  const raw = getPath(f.original, key);
  const chosen: string[] = Array.isArray(raw) ? raw.map(str).filter(Boolean) : [];
  const listEl = h('ul', { class: 'fe-chosen', 'aria-label': `Valgt: ${legend.toLowerCase()}` });
  const input = h('input', {
    id,
    type: 'text',
    list: 'fe-municipality-list',
    autocomplete: 'off',
    spellcheck: 'false',
    'aria-describedby': `${id}-hint`,
  });
  const add = h('button', { type: 'button', class: 'button secondary' }, 'Legg til');
  const error = errorElement(id);
  const local = h('p', { class: 'fe-error', id: `${id}-local`, role: 'alert', hidden: true });
  const render = () => {
    listEl.replaceChildren(
      ...chosen.map((number, i) => {
        const name = choices.find((c) => c.number === number)?.label ?? number;
        const remove = h(
          'button',
          { type: 'button', class: 'fe-link-button' },
          'Fjern',
          h('span', { class: 'visually-hidden' }, ` ${name}`),
        );
        remove.addEventListener('click', () => {
          chosen.splice(i, 1);
          render();
          input.focus();
          input.dispatchEvent(new Event('input', { bubbles: true }));
        });
        return h('li', {}, name, ' ', remove);
      }),
    );
    listEl.hidden = chosen.length === 0;
  };
  const addTyped = () => {
    const found = findMunicipality(choices, input.value);
    local.hidden = !!found || !input.value.trim();
    local.textContent = found ? '' : `Fant ingen kommune som heter «${input.value.trim()}». Velg fra lista.`;
    if (!found) return;
    if (!chosen.includes(found.number)) chosen.push(found.number);
    input.value = '';
    render();
    input.dispatchEvent(new Event('input', { bubbles: true }));
  };
  add.addEventListener('click', addTyped);
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      addTyped();
    }
  });
  render();
  const wrap = h(
    'fieldset',
    { class: 'fe-group' },
    h('legend', {}, legend),
    error,
    listEl,
    h(
      'div',
      { class: 'field' },
      h('label', { for: id }, 'Legg til en kommune'),
      hintElement(id, hint),
      local,
      h('div', { class: 'fe-row' }, input, add),
    ),
  );
  f.register(key, input, wrap, error);
  f.readers.push((out) => setPath(out, key, chosen.length || raw !== undefined ? [...chosen] : undefined));
  return wrap;
}

/** Contact hours: rows of weekdays with opening and closing time. */
function hoursField(f: EntryForm, key: string, legend: string): HTMLElement {
  const raw = getPath(f.original, key);
  type Row = { weekdays: string[]; opens: string; closes: string; rest: Raw };
  const rows: Row[] = (Array.isArray(raw) ? (raw as Raw[]) : []).map((row) => {
    const { weekdays, opens, closes, ...rest } = row ?? {};
    return { weekdays: Array.isArray(weekdays) ? weekdays.map(str) : [], opens: str(opens), closes: str(closes), rest };
  });
  const box = h('div', { class: 'fe-rows' });
  const add = h('button', { type: 'button', class: 'button secondary' }, 'Legg til et tidsrom');
  const render = (focusRow?: number) => {
    f.unregister(`${key}.`);
    box.replaceChildren(
      ...rows.map((row, i) => {
        const rowKey = `${key}.${i}`;
        const id = idOf(rowKey);
        const days = WEEKDAY_WORDS.map(([value, word], d) => {
          const box = h('input', { type: 'checkbox', id: `${id}-d${d}`, value, checked: row.weekdays.includes(value) });
          box.addEventListener('change', () => {
            row.weekdays = WEEKDAY_WORDS.map(([v]) => v).filter((v) => (v === value ? box.checked : row.weekdays.includes(v)));
          });
          return h('div', { class: 'field checkbox' }, box, h('label', { for: `${id}-d${d}` }, word));
        });
        const dayError = errorElement(`${id}-weekdays`);
        const dayGroup = h('fieldset', { class: 'fe-group fe-columns' }, h('legend', {}, 'Dager'), dayError, ...days);
        f.register(`${rowKey}.weekdays`, days[0]!.querySelector('input')!, dayGroup, dayError);
        const time = (field: 'opens' | 'closes', label: string) => {
          const fieldId = `${id}-${field}`;
          const input = h('input', {
            id: fieldId,
            type: 'text',
            class: 'fe-short',
            inputmode: 'numeric',
            autocomplete: 'off',
            'aria-describedby': `${fieldId}-hint`,
          });
          input.value = row[field];
          input.addEventListener('input', () => (row[field] = input.value));
          const error = errorElement(fieldId);
          const wrap = h('div', { class: 'field' }, h('label', { for: fieldId }, label), hintElement(fieldId, 'TT:MM'), error, input);
          f.register(`${rowKey}.${field}`, input, wrap, error);
          return wrap;
        };
        const remove = h('button', { type: 'button', class: 'fe-link-button' }, `Fjern tidsrom ${i + 1}`);
        remove.addEventListener('click', () => {
          rows.splice(i, 1);
          render();
          add.focus();
          add.dispatchEvent(new Event('input', { bubbles: true }));
        });
        const heading = h('h4', { tabindex: '-1' }, `Tidsrom ${i + 1}`);
        const element = h(
          'div',
          { class: 'fe-row-box' },
          heading,
          dayGroup,
          h('div', { class: 'fe-row' }, time('opens', 'Åpner'), time('closes', 'Stenger')),
          remove,
        );
        if (focusRow === i) queueMicrotask(() => heading.focus());
        return element;
      }),
    );
  };
  add.addEventListener('click', () => {
    rows.push({ weekdays: [], opens: '', closes: '', rest: {} });
    render(rows.length - 1);
    add.dispatchEvent(new Event('input', { bubbles: true }));
  });
  render();
  f.readers.push((out) =>
    setPath(
      out,
      key,
      rows.length || raw !== undefined
        ? rows.map((row) => ({ ...row.rest, weekdays: row.weekdays, opens: row.opens.trim(), closes: row.closes.trim() }))
        : undefined,
    ),
  );
  return h(
    'fieldset',
    { class: 'fe-group' },
    h('legend', {}, legend),
    h('p', { class: 'hint' }, 'Flere tidsrom samme dag er flere perioder, for eksempel stengt i lunsjen.'),
    box,
    add,
  );
}

/** Closed days (special days with no hours). Days with hours of their own are kept as they are. */
function closedDaysField(f: EntryForm, key: string, legend: string): HTMLElement {
  const raw = getPath(f.original, key);
  const all = Array.isArray(raw) ? (raw as Raw[]) : [];
  const withHours = all.filter((day) => day && Array.isArray(day.hours));
  const closed = all.filter((day) => day && !Array.isArray(day.hours)).map((day) => ({ date: str(day.date), rest: day }));
  const box = h('div', { class: 'fe-rows' });
  const add = h('button', { type: 'button', class: 'button secondary' }, 'Legg til en stengt dag');
  const render = () => {
    f.unregister(`${key}.`);
    box.replaceChildren(
      ...closed.map((day, i) => {
        const fieldId = idOf(`${key}.${i}.date`);
        const input = h('input', {
          id: fieldId,
          type: 'text',
          class: 'fe-medium',
          autocomplete: 'off',
          'aria-describedby': `${fieldId}-hint`,
        });
        input.value = day.date;
        input.addEventListener('input', () => (day.date = input.value));
        const error = errorElement(fieldId);
        const remove = h('button', { type: 'button', class: 'fe-link-button' }, `Fjern stengt dag ${i + 1}`);
        remove.addEventListener('click', () => {
          closed.splice(i, 1);
          render();
          add.focus();
          add.dispatchEvent(new Event('input', { bubbles: true }));
        });
        const wrap = h(
          'div',
          { class: 'field' },
          h('label', { for: fieldId }, `Stengt dag ${i + 1}`),
          hintElement(fieldId, 'ÅÅÅÅ-MM-DD'),
          error,
          h('div', { class: 'fe-row' }, input, remove),
        );
        f.register(`${key}.${i}.date`, input, wrap, error);
        return wrap;
      }),
    );
  };
  add.addEventListener('click', () => {
    closed.push({ date: '', rest: {} });
    render();
    box.querySelector<HTMLInputElement>(`#${idOf(`${key}.${closed.length - 1}.date`)}`)?.focus();
  });
  render();
  f.readers.push((out) =>
    setPath(
      out,
      key,
      closed.length || withHours.length ? [...closed.map((day) => ({ ...day.rest, date: day.date.trim() })), ...withHours] : undefined,
    ),
  );
  return h(
    'fieldset',
    { class: 'fe-group' },
    h('legend', {}, legend),
    h('p', { class: 'hint' }, 'Dager det er stengt utenom helligdagene (de er stengt uansett).'),
    withHours.length ? h('p', { class: 'hint' }, `${withHours.length} dag(er) med egne åpningstider beholdes som de er.`) : null,
    box,
    add,
  );
}

/** «Sist sjekket» with the one-button «Opplysningene er sjekket i dag». */
function verifiedField(f: EntryForm): HTMLElement {
  const wrap = textField(f, 'lastVerified', 'Sist sjekket', {
    hint: 'ÅÅÅÅ-MM-DD. Datoen da noen sist sjekket at opplysningene stemmer.',
    width: 'medium',
  });
  const input = wrap.querySelector('input')!;
  const button = h('button', { type: 'button', class: 'button secondary', id: 'fe-verified-today' }, 'Opplysningene er sjekket i dag');
  const said = h('span', { class: 'fe-said', role: 'status' });
  button.addEventListener('click', () => {
    input.value = today();
    f.touched.add('lastVerified');
    said.textContent = `Satt til ${input.value}.`;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  wrap.append(h('p', {}, button, ' ', said));
  return wrap;
}

const languageOptions: [string, string][] = LOCALES.map((locale) => [locale, LOCALE_NAMES[locale]]);

function groupForm(f: EntryForm): HTMLElement[] {
  const themes = list('themes').map((t): [string, string] => [str(t.id), textOf(t.label) || str(t.id)]);
  const points = list('contactPoints').map((p): [string, string] => [str(p.id), nameOf('contactPoints', p)]);
  const mode = radioField(f, 'mode', 'Hvor møtes gruppen?', [
    ['physical', 'Fysisk, på et sted'],
    ['digital', 'Digitalt'],
  ]);
  const municipality = municipalityField(
    f,
    'municipality',
    'Kommune der gruppen møtes',
    'Skriv navnet på norsk eller samisk, eller kommunenummeret, og velg fra lista.',
  );
  const area = localizedField(f, 'area', 'Område eller bydel (valgfritt)', { hint: 'For eksempel «Sentrum». Ikke adresse: se nedenfor.' });
  const place = h('div', { class: 'fe-place' }, municipality, area);
  const syncMode = () => (place.hidden = mode.querySelector<HTMLInputElement>('input:checked')?.value === 'digital');
  mode.addEventListener('change', syncMode);
  syncMode();
  const status = radioField(f, 'status', 'Status', STATUS_WORDS);
  const planned = textField(f, 'plannedStart', 'Planlagt oppstart', { hint: 'ÅÅÅÅ-MM-DD', width: 'medium' });
  const syncStatus = () => (planned.hidden = status.querySelector<HTMLInputElement>('input:checked')?.value !== 'forming');
  status.addEventListener('change', syncStatus);
  syncStatus();
  return [
    textField(f, 'id', 'Id i feeden', { hint: 'Lages for deg. Endre den bare om du vet hvorfor.', width: 'medium' }),
    localizedField(f, 'title', 'Tittel', { required: true, hint: 'Kort og beskrivende, for eksempel «Sorggruppe for etterlatte – Alta».' }),
    localizedField(f, 'description', 'Beskrivelse', { multiline: true }),
    selectField(f, 'theme', 'Tema', themes, { hint: 'Temaene i feeden.' }),
    selectField(f, 'contactPoint', 'Kontaktpunkt', points, { hint: 'Den som tar imot henvendelser om å bli med.' }),
    mode,
    place,
    h(
      'div',
      { class: 'note', id: 'fe-no-address' },
      h(
        'p',
        {},
        h('strong', {}, 'Ingen felt for møtested eller medlemmer. '),
        'Gruppene møtes i trygghet: hvem som er med, og hvor de møtes, sier noe om helsen deres. Den som vil bli med, tar kontakt med kontaktpunktet og får vite hvor gruppen møtes. Derfor har feeden bare kommune og ev. område.',
      ),
    ),
    h(
      'fieldset',
      { class: 'fe-group' },
      h('legend', {}, 'Når gruppen møtes'),
      radioField(f, 'schedule.frequency', 'Hvor ofte', [
        ['weekly', 'Hver uke'],
        ['fortnightly', 'Annenhver uke'],
      ]),
      selectField(
        f,
        'schedule.weekday',
        'Ukedag',
        WEEKDAY_WORDS.map(([v, w]) => [v, w[0]!.toUpperCase() + w.slice(1)]),
      ),
      h(
        'div',
        { class: 'fe-row' },
        textField(f, 'schedule.startTime', 'Start', { hint: 'TT:MM', width: 'short', inputmode: 'numeric' }),
        textField(f, 'schedule.endTime', 'Slutt', { hint: 'TT:MM', width: 'short', inputmode: 'numeric' }),
      ),
      textField(f, 'schedule.firstMeeting', 'Første møte (valgfritt)', {
        hint: 'ÅÅÅÅ-MM-DD. Med annenhver uke: et møte i riktig uke.',
        width: 'medium',
      }),
    ),
    status,
    planned,
    checkboxesField(f, 'languages', 'Språk i gruppen', languageOptions),
    textField(f, 'minAge', 'Aldersgrense (fra og med alder)', {
      hint: 'Tomt: 18 år.',
      width: 'short',
      inputmode: 'numeric',
      toValue: numberValue,
    }),
    verifiedField(f),
  ];
}

function contactPointForm(f: EntryForm): HTMLElement[] {
  const centres = list('centres').map((c): [string, string] => [str(c.id), nameOf('centres', c)]);
  return [
    textField(f, 'id', 'Id i feeden', { hint: 'Lages for deg. Endre den bare om du vet hvorfor.', width: 'medium' }),
    localizedField(f, 'name', 'Navn', { required: true }),
    selectField(f, 'kind', 'Hva slags kontaktpunkt', CONTACT_KIND_WORDS),
    municipalitiesField(
      f,
      'municipalities',
      'Kommuner kontaktpunktet dekker',
      'Skriv navnet på norsk eller samisk, eller kommunenummeret.',
    ),
    booleanField(f, 'national', 'Landsdekkende', 'Tar imot henvendelser fra hele landet.'),
    textField(f, 'phone', 'Telefon', { width: 'medium', inputmode: 'tel', autocomplete: 'off' }),
    textField(f, 'email', 'E-post', { width: 'medium' }),
    textField(f, 'url', 'Nettside', { hint: 'https://…' }),
    textField(f, 'registerInterestUrl', 'Lenke for å melde interesse', { hint: 'https://… eller mailto:…' }),
    selectField(f, 'centre', 'Frisklivssentral (valgfritt)', centres, { empty: 'Ingen' }),
    hoursField(f, 'contactHours', 'Når dere kan nås (kontakttid)'),
    closedDaysField(f, 'specialDays', 'Stengte dager'),
    booleanField(f, 'waitingList', 'Det er venteliste'),
    verifiedField(f),
  ];
}

function centreForm(f: EntryForm): HTMLElement[] {
  const offers = list('offers').map((o): [string, string] => [str(o.id), textOf(o.label) || str(o.id)]);
  if (!Array.isArray(f.original.sites)) f.original.sites = [];
  return [
    textField(f, 'id', 'Id i feeden', { hint: 'Lages for deg. Endre den bare om du vet hvorfor.', width: 'medium' }),
    localizedField(f, 'name', 'Navn', { required: true }),
    municipalityField(f, 'hostMunicipality', 'Vertskommune', 'Kommunen sentralen hører til.'),
    municipalitiesField(f, 'municipalities', 'Kommuner sentralen dekker', 'Ta med vertskommunen.'),
    selectField(f, 'status', 'Status', CENTRE_STATUS_WORDS, { empty: 'I drift (standard)' }),
    textField(f, 'phone', 'Telefon', { width: 'medium', inputmode: 'tel' }),
    textField(f, 'email', 'E-post', { width: 'medium' }),
    textField(f, 'url', 'Nettside', { hint: 'https://…' }),
    checkboxesField(f, 'offers', 'Tilbud', offers, 'Tilbudene i feeden.'),
    checkboxesField(f, 'referral', 'Slik kommer man i gang', REFERRAL_WORDS),
    checkboxesField(f, 'languages', 'Språk', languageOptions),
    h(
      'div',
      { class: 'fe-row' },
      textField(f, 'eligibility.minAge', 'Aldersgrense fra', { width: 'short', inputmode: 'numeric', toValue: numberValue }),
      textField(f, 'eligibility.maxAge', 'til', { width: 'short', inputmode: 'numeric', toValue: numberValue }),
    ),
    localizedField(f, 'description', 'Beskrivelse', { multiline: true }),
    hoursField(f, 'contactHours', 'Åpningstider'),
    closedDaysField(f, 'specialDays', 'Stengte dager'),
    verifiedField(f),
  ];
}

// ---- checking the form ----------------------------------------------------------------------------
function showProblems(f: EntryForm, problems: EntryProblem[]): void {
  const keys = [...f.fields.keys()];
  const byField = new Map<string, string>();
  const loose: string[] = [];
  for (const problem of problems) {
    const field = fieldFor(problem.key, keys);
    if (field && !byField.has(field)) byField.set(field, problem.message);
    else if (!field) loose.push(problem.key ? `${problem.key}: ${problem.message}` : problem.message);
  }
  for (const [key, ref] of f.fields) {
    const message = byField.get(key);
    const shown = message !== undefined && (f.submitted || f.touched.has(key));
    ref.error.hidden = !shown;
    ref.error.replaceChildren(...(shown ? [h('span', { class: 'visually-hidden' }, 'Feil: '), message] : []));
    ref.wrap.classList.toggle('fe-has-error', shown);
    if (shown) ref.control.setAttribute('aria-invalid', 'true');
    else ref.control.removeAttribute('aria-invalid');
    const described = (ref.control.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id && id !== ref.error.id);
    if (shown) described.push(ref.error.id);
    if (described.length) ref.control.setAttribute('aria-describedby', described.join(' '));
    else ref.control.removeAttribute('aria-describedby');
  }
  const summary = $('fe-error-summary');
  if (!f.submitted || !problems.length) {
    summary.hidden = true;
    return;
  }
  const items = [...byField].map(([key, message]) => {
    const ref = f.fields.get(key)!;
    const link = h('a', { href: `#${ref.control.id}` }, message);
    link.addEventListener('click', (event) => {
      event.preventDefault();
      ref.reveal?.();
      ref.control.focus();
      ref.wrap.scrollIntoView({ block: 'center' });
    });
    return h('li', {}, link);
  });
  $('fe-error-list').replaceChildren(...items, ...loose.map((text) => h('li', {}, text)));
  summary.hidden = false;
}

function check(f: EntryForm): EntryProblem[] {
  const problems = problemsOfEntry(doc!, f.kind, f.read(), f.index);
  showProblems(f, problems);
  return problems;
}

let checkTimer: ReturnType<typeof setTimeout> | undefined;

function openForm(kind: Kind, index?: number): void {
  const words = KIND_WORDS[kind];
  const existing = index === undefined ? undefined : list(kind)[index];
  const original: Raw =
    existing && typeof existing === 'object'
      ? structuredClone(existing)
      : kind === 'groups'
        ? {
            id: nextId(list(kind), words.prefix),
            mode: 'physical',
            status: 'open',
            languages: ['nb'],
            schedule: { frequency: 'weekly' },
            lastVerified: today(),
          }
        : kind === 'contactPoints'
          ? { id: nextId(list(kind), words.prefix), kind: 'municipal-contact', lastVerified: today() }
          : { id: nextId(list(kind), words.prefix), municipalities: [], sites: [], offers: [], referral: ['self'], lastVerified: today() };
  const f = new EntryForm(kind, original, index);
  form = f;
  const fields = kind === 'groups' ? groupForm(f) : kind === 'contactPoints' ? contactPointForm(f) : centreForm(f);
  const title = index === undefined ? `Ny ${words.one}` : `Rediger ${words.the}: ${nameOf(kind, original)}`;
  $('fe-form-heading').textContent = title;
  $('fe-form-fields').replaceChildren(municipalityDatalist(), ...fields);
  $('fe-save-entry').textContent = `Lagre ${words.the}`;
  $('fe-delete-entry').hidden = index === undefined;
  $('fe-error-summary').hidden = true;
  $('fe-workspace').hidden = true;
  $('fe-form-section').hidden = false;
  $('fe-form-heading').focus();
  check(f);
}

function closeForm(message?: string, focusKind?: Kind): void {
  form = undefined;
  $('fe-form-section').hidden = true;
  $('fe-form-fields').replaceChildren();
  $('fe-workspace').hidden = false;
  renderWorkspace();
  if (focusKind) selectListTab(focusKind);
  const status = $('fe-status');
  status.textContent = message ?? '';
  if (message) status.focus();
}

function saveEntry(): void {
  const f = form;
  if (!f || !doc) return;
  f.submitted = true;
  const problems = check(f);
  if (problems.length) {
    $('fe-error-summary').focus();
    return;
  }
  const entry = f.read();
  if (f.index === undefined) list(f.kind).push(entry);
  else list(f.kind)[f.index] = entry;
  markDirty(true);
  closeForm(
    `${KIND_WORDS[f.kind].the[0]!.toUpperCase()}${KIND_WORDS[f.kind].the.slice(1)} «${nameOf(f.kind, entry)}» er lagret i feeden. Husk å lagre feeden som fil når du er ferdig.`,
    f.kind,
  );
}

// ---- the lists and the health view ----------------------------------------------------------------
function municipalityName(number: unknown): string {
  const found = choices.find((choice) => choice.number === number);
  return found ? found.names.join(' – ') : str(number);
}

function summaryOf(kind: Kind, entry: Raw): string {
  if (kind === 'groups') {
    const schedule = (entry.schedule ?? {}) as Raw;
    const day = WEEKDAY_WORDS.find(([v]) => v === schedule.weekday)?.[1] ?? '';
    const where = entry.mode === 'digital' ? 'Digitalt' : municipalityName(entry.municipality);
    const status = STATUS_WORDS.find(([v]) => v === entry.status)?.[1] ?? '';
    return [
      where,
      `${schedule.frequency === 'fortnightly' ? 'annenhver ' : ''}${day} ${str(schedule.startTime)}–${str(schedule.endTime)}`,
      status,
    ]
      .filter((part) => part.trim())
      .join(' · ');
  }
  if (kind === 'contactPoints') {
    const area =
      entry.national === true
        ? 'Hele landet'
        : Array.isArray(entry.municipalities)
          ? entry.municipalities.map(municipalityName).slice(0, 3).join(', ')
          : '';
    return [CONTACT_KIND_WORDS.find(([v]) => v === entry.kind)?.[1], area, str(entry.phone)].filter(Boolean).join(' · ');
  }
  return [municipalityName(entry.hostMunicipality), str(entry.phone)].filter(Boolean).join(' · ');
}

const LIST_LIMIT = 100;

function renderList(kind: Kind): void {
  const query = fold($<HTMLInputElement>(`fe-search-${kind}`).value.trim());
  const entries = list(kind);
  const matches: number[] = [];
  entries.forEach((entry, index) => {
    if (!entry || typeof entry !== 'object') return;
    if (!query) return void matches.push(index);
    const texts = [str(entry.id), ...Object.values((entry[KIND_WORDS[kind].nameField] ?? {}) as Raw).map(str), summaryOf(kind, entry)];
    if (query.split(/\s+/).every((word) => texts.some((text) => fold(text).includes(word)))) matches.push(index);
  });
  const shown = matches.slice(0, LIST_LIMIT);
  $(`fe-count-${kind}`).textContent =
    `Viser ${shown.length} av ${entries.length}${matches.length > shown.length ? ` (${matches.length} passer: skriv mer i søket for å se resten)` : ''}.`;
  $(`fe-list-${kind}`).replaceChildren(
    ...shown.map((index) => {
      const entry = entries[index]!;
      const name = nameOf(kind, entry);
      const edit = h(
        'button',
        { type: 'button', class: 'button secondary fe-edit' },
        'Rediger',
        h('span', { class: 'visually-hidden' }, ` ${name}`),
      );
      edit.addEventListener('click', () => openForm(kind, index));
      return h(
        'li',
        { class: 'fe-item' },
        h(
          'div',
          {},
          h('p', { class: 'fe-item-name' }, name),
          h('p', { class: 'hint' }, summaryOf(kind, entry), ' · sjekket ', str(entry.lastVerified) || 'aldri'),
        ),
        edit,
      );
    }),
  );
}

function renderHealth(): void {
  if (!doc) return;
  const health = healthOf(doc, today());
  const locales = LOCALES.filter((locale) => locale !== 'nb');
  const table = h(
    'table',
    { class: 'api-table fe-health-table' },
    h('caption', {}, 'Navn og titler som mangler per språk (antall oppføringer)'),
    h(
      'thead',
      {},
      h('tr', {}, h('th', { scope: 'col' }, 'Liste'), ...locales.map((locale) => h('th', { scope: 'col' }, LOCALE_NAMES[locale]))),
    ),
    h(
      'tbody',
      {},
      ...KINDS.map((kind) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, `${KIND_WORDS[kind].plural} (${health.totals[kind]})`),
          ...locales.map((locale) => h('td', {}, health.missing[kind][locale] ? `${health.missing[kind][locale]} mangler` : 'Alle har')),
        ),
      ),
    ),
  );
  const stale = health.stale.slice(0, 50).map((item) => {
    const edit = h('button', { type: 'button', class: 'fe-link-button' }, item.name);
    edit.addEventListener('click', () => openForm(item.kind, item.index));
    return h(
      'li',
      {},
      edit,
      ` (${KIND_WORDS[item.kind].one}, ${item.lastVerified ? `sist sjekket ${item.lastVerified}` : 'aldri sjekket'})`,
    );
  });
  $('fe-health').replaceChildren(
    h('h3', {}, 'Tekster som mangler'),
    h(
      'p',
      {},
      'Bokmål er påkrevd og vises når et språk mangler. Tabellen viser hvor mange som mangler navn eller tittel på hvert av de andre språkene.',
    ),
    h('div', { class: 'table-scroll', role: 'region', 'aria-label': 'Tekster som mangler', tabindex: '0' }, table),
    h('h3', {}, 'Ikke sjekket på over et år'),
    h(
      'p',
      {},
      health.stale.length
        ? `${health.stale.length} oppføringer er ikke sjekket siden ${today(new Date(new Date().getFullYear() - 1, new Date().getMonth(), new Date().getDate()))} eller tidligere. De eldste først${health.stale.length > 50 ? ' (de 50 eldste)' : ''}; velg en for å sjekke den:`
        : 'Alt er sjekket det siste året.',
    ),
    ...(stale.length ? [h('ul', { class: 'fe-stale' }, ...stale)] : []),
  );
}

function renderPublisher(): void {
  if (!doc) return;
  const publisher = (doc.publisher && typeof doc.publisher === 'object' ? doc.publisher : (doc.publisher = {})) as Raw;
  for (const field of ['name', 'url', 'email'] as const) {
    const input = $<HTMLInputElement>(`fe-publisher-${field}`);
    input.value = str(publisher[field]);
  }
  showHeadProblems();
}

function showHeadProblems(): void {
  if (!doc) return;
  const problems = problemsOfHead(doc);
  for (const field of ['name', 'url', 'email'] as const) {
    const problem = problems.find((p) => p.key === `publisher.${field}`);
    const error = $(`fe-publisher-${field}-error`);
    error.hidden = !problem;
    error.replaceChildren(...(problem ? [h('span', { class: 'visually-hidden' }, 'Feil: '), problem.message] : []));
    const input = $(`fe-publisher-${field}`);
    if (problem) input.setAttribute('aria-invalid', 'true');
    else input.removeAttribute('aria-invalid');
  }
}

let selectListTab: (kind: Kind) => void = () => {};

function renderWorkspace(): void {
  if (!doc) return;
  for (const kind of KINDS) {
    $(`fe-tab-${kind}-label`).textContent = `${KIND_WORDS[kind].plural} (${list(kind).length})`;
    renderList(kind);
  }
  renderHealth();
}

// ---- opening and saving ---------------------------------------------------------------------------
function say(text: string, state: 'ok' | 'error' | 'busy' = 'ok'): void {
  const status = $('fe-open-status');
  status.dataset.state = state;
  status.textContent = text;
}

function open(text: string, name: string): void {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return say(`${name} er ikke gyldig JSON: ${(error as Error).message}`, 'error');
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return say(`${name} er ikke en feed (ikke et JSON-objekt).`, 'error');
  if (dirty && !window.confirm('Du har endringer som ikke er lagret. Åpne en annen feed likevel?')) return;
  doc = parsed as Raw;
  choices = municipalityChoices(doc);
  markDirty(false);
  const { errors, warnings } = problemsOfFeed(doc);
  say(
    `Åpnet ${name}: ${list('groups').length} grupper, ${list('contactPoints').length} kontaktpunkter, ${list('centres').length} sentraler. ` +
      (errors || warnings ? `Feeden har ${errors} feil og ${warnings} advarsler (se «Lagre feeden»).` : 'Ingen feil.'),
  );
  renderPublisher();
  $('fe-workspace').hidden = false;
  $('fe-form-section').hidden = true;
  $('fe-save-result').replaceChildren();
  renderWorkspace();
}

async function openFile(file: File | undefined): Promise<void> {
  if (!file) return;
  say(`Leser ${file.name} …`, 'busy');
  open(await file.text(), file.name);
}

async function openUrl(address: string): Promise<void> {
  let url: URL;
  try {
    url = new URL(address.trim(), location.href);
    if (!['https:', 'http:'].includes(url.protocol)) throw new Error('protocol');
  } catch {
    return say('Skriv en hel adresse som begynner med https://', 'error');
  }
  say(`Henter ${url.href} …`, 'busy');
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'omit', cache: 'no-store' });
  } catch {
    return say(
      `Fikk ikke hentet ${url.href}. Enten er du uten nett, eller serveren tillater ikke at andre nettsider leser feeden (den sender ikke CORS-overskriften Access-Control-Allow-Origin). ` +
        'Da kan du laste ned feeden i nettleseren (åpne adressen og lagre fila) og åpne fila her i stedet.',
      'error',
    );
  }
  if (!response.ok) return say(`Serveren svarte ${response.status} ${response.statusText} for ${url.href}.`, 'error');
  open(await response.text(), url.pathname.split('/').pop() || 'feed.json');
}

async function openEmpty(): Promise<void> {
  say('Lager en tom feed …', 'busy');
  try {
    const response = await fetch(new URL('feed-editor-start.json', location.href));
    if (!response.ok) throw new Error(String(response.status));
    open(JSON.stringify(emptyFeed(await response.json())), 'ny feed');
  } catch {
    open(JSON.stringify(emptyFeed({})), 'ny feed');
  }
}

function saveFeed(): void {
  if (!doc) return;
  const result = $('fe-save-result');
  const { problems, errors, warnings } = problemsOfFeed(doc);
  if (errors) {
    const items = problems
      .filter((p) => p.severity === 'error')
      .slice(0, 50)
      .map((problem) => {
        const where =
          problem.kind && problem.index !== undefined ? nameOf(problem.kind, list(problem.kind)[problem.index] ?? {}) : 'Utgiver';
        const item = h('li', {}, `${where}${problem.key ? ` (${problem.key})` : ''}: ${problem.message} `);
        if (problem.kind && problem.index !== undefined) {
          const kind = problem.kind;
          const index = problem.index;
          const edit = h(
            'button',
            { type: 'button', class: 'fe-link-button' },
            'Rediger',
            h('span', { class: 'visually-hidden' }, ` ${where}`),
          );
          edit.addEventListener('click', () => openForm(kind, index));
          item.append(edit);
        } else if (problem.key.startsWith('publisher')) {
          const go = h('a', { href: '#fe-publisher-name' }, 'Gå til utgiveren');
          item.append(go);
        }
        return item;
      });
    result.replaceChildren(
      h(
        'div',
        { class: 'fe-error-summary', role: 'alert', tabindex: '-1', id: 'fe-save-problems' },
        h('h3', {}, `Feeden er ikke lagret: ${errors} feil må rettes først`),
        h('ul', {}, ...items),
      ),
    );
    $('fe-save-problems').focus();
    return;
  }
  const text = feedFileText(doc);
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = h('a', { href: url, download: 'feed.json', hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  markDirty(false);
  result.replaceChildren(
    h(
      'p',
      { class: 'fe-ok', role: 'status', tabindex: '-1', id: 'fe-saved' },
      `Lagret som feed.json (${Math.round(text.length / 1024)} kB) i nedlastingsmappa di: ${list('groups').length} grupper, ${list('contactPoints').length} kontaktpunkter, ${list('centres').length} sentraler` +
        (warnings ? `, ${warnings} advarsler.` : ', ingen feil.') +
        ' Legg fila der feeden publiseres.',
    ),
  );
  $('fe-saved').focus();
}

// ---- offline --------------------------------------------------------------------------------------
const CACHE = 'frisklivs-feed-editor-v1';

/** Keeps the page and the files it loaded (all its own) for offline use; a service worker answers from them. */
async function keepForOffline(): Promise<void> {
  if (!('serviceWorker' in navigator) || !('caches' in window) || !window.isSecureContext) return;
  try {
    const worker = new URL('feed-editor-sw.js', location.href).href;
    // Under Trusted Types (require-trusted-types-for 'script') a worker's URL must come from a policy: this one
    // passes only the worker beside this page (a host with such a CSP allows `trusted-types frisklivs-feed-editor`).
    const types = (
      window as unknown as { trustedTypes?: { createPolicy(name: string, rules: object): { createScriptURL(url: string): string } } }
    ).trustedTypes;
    const url = types
      ? types
          .createPolicy('frisklivs-feed-editor', { createScriptURL: (value: string) => (value === worker ? value : '') })
          .createScriptURL(worker)
      : worker;
    await navigator.serviceWorker.register(url, { scope: './feed-editor.html' });
    const own = performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((name) => new URL(name).origin === location.origin && !/\.json(\?|$)/.test(name));
    const page = `${location.origin}${location.pathname}`;
    const cache = await caches.open(CACHE);
    await cache.addAll([...new Set([page, ...own, new URL('feed-editor-start.json', location.href).href])]);
    document.documentElement.dataset.offline = 'ready';
  } catch {
    // Offline use is a convenience: the editor works the same without it.
  }
}

// ---- start ----------------------------------------------------------------------------------------
export function start(): void {
  const file = $<HTMLInputElement>('fe-file');
  file.addEventListener('change', () => void openFile(file.files?.[0]));
  const drop = $('fe-drop');
  drop.addEventListener('dragover', (event) => {
    event.preventDefault();
    drop.classList.add('fe-over');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('fe-over'));
  drop.addEventListener('drop', (event) => {
    event.preventDefault();
    drop.classList.remove('fe-over');
    void openFile(event.dataTransfer?.files?.[0]);
  });
  $<HTMLFormElement>('fe-url-form').addEventListener('submit', (event) => {
    event.preventDefault();
    void openUrl($<HTMLInputElement>('fe-url').value);
  });
  $('fe-empty').addEventListener('click', () => void openEmpty());

  // The lists, as tabs.
  const panels = KINDS.map((kind) => $(`fe-panel-${kind}`));
  const view = tabs('Listene i feeden', [
    ...KINDS.map((kind, i) => ({ id: `fe-tab-${kind}`, label: KIND_WORDS[kind].plural, panel: panels[i]! })),
    { id: 'fe-tab-health', label: 'Helsesjekk', panel: $('fe-panel-health') },
  ]);
  view.tabs.forEach((tab, i) => {
    if (i < KINDS.length) tab.replaceChildren(h('span', { id: `fe-tab-${KINDS[i]}-label` }, KIND_WORDS[KINDS[i]!].plural));
  });
  $('fe-lists').replaceChildren(view.element);
  selectListTab = (kind) => view.select(KINDS.indexOf(kind));
  for (const kind of KINDS) {
    $(`fe-search-${kind}`).addEventListener('input', () => renderList(kind));
    $(`fe-add-${kind}`).addEventListener('click', () => openForm(kind));
  }
  for (const field of ['name', 'url', 'email'] as const) {
    $<HTMLInputElement>(`fe-publisher-${field}`).addEventListener('input', (event) => {
      if (!doc) return;
      const value = (event.target as HTMLInputElement).value.trim();
      setPath(doc, `publisher.${field}`, value || (field === 'name' ? '' : undefined));
      markDirty(true);
      showHeadProblems();
    });
  }

  // The entry form: live checks, the error summary, saving and leaving.
  const formElement = $<HTMLFormElement>('fe-form');
  const recheck = (event: Event, touch: boolean) => {
    if (!form) return;
    const key = (event.target as HTMLElement).dataset?.key;
    if (touch && key) form.touched.add(key);
    clearTimeout(checkTimer);
    const current = form;
    checkTimer = setTimeout(() => form === current && check(current), 80);
  };
  formElement.addEventListener('input', (event) => recheck(event, false));
  formElement.addEventListener('change', (event) => recheck(event, true));
  formElement.addEventListener('focusout', (event) => recheck(event, true));
  formElement.addEventListener('submit', (event) => {
    event.preventDefault();
    saveEntry();
  });
  $('fe-cancel-entry').addEventListener('click', () => closeForm('Endringen ble ikke lagret.'));
  $('fe-delete-entry').addEventListener('click', () => {
    const f = form;
    if (!f || f.index === undefined) return;
    const name = nameOf(f.kind, list(f.kind)[f.index] ?? {});
    if (!window.confirm(`Slette «${name}» fra feeden?`)) return;
    list(f.kind).splice(f.index, 1);
    markDirty(true);
    closeForm(`«${name}» er slettet fra feeden.`, f.kind);
  });
  $('fe-save').addEventListener('click', saveFeed);
  window.addEventListener('beforeunload', (event) => {
    if (dirty) event.preventDefault();
  });
  document.documentElement.dataset.editorReady = 'true';
  if (document.readyState === 'complete') void keepForOffline();
  else window.addEventListener('load', () => void keepForOffline(), { once: true });
}

start();
