// What the configurator offers and what it writes, without the DOM: the form
// fields come from the manifest's attributes, the snippet is plain text.
import { LOCALES, type Feed } from 'frisklivs-widgets/feed';
import { reserveCss } from 'frisklivs-widgets/reserve-css';
import { allCssProperties, defaultValue, valueKind, type ElementDoc, type TypeAliases, type ValueKind } from './manifest.js';
import { COLOUR_WORDS, wordsFor } from './configurator-words.js';

export interface Field {
  attribute: string;
  kind: ValueKind;
  /** The attribute's default as the manifest writes it, unquoted. */
  default?: string;
  description: string;
  /** For the editor, in Norwegian (configurator-words.ts); the attribute name when it has none. */
  label: string;
  hint?: string;
  /** Shown to every editor; otherwise folded under "Flere valg". */
  editor: boolean;
  /** Words for the choices of a select, by value. */
  choices?: Record<string, string>;
}

export interface ColourProperty {
  name: string;
  default: string;
  description: string;
  /** For the editor, in Norwegian; the property name when it has none. */
  label: string;
}

export interface Config {
  tag: string;
  scriptUrl: string;
  feedUrl: string;
  /** Attribute → text (text fields, selects) or true/false (checkboxes). Empty or false means "leave out". */
  values: Record<string, string | boolean>;
  /** Custom property → colour, only the ones that differ from their default. */
  colours: Record<string, string>;
  /** Colours as a `style` attribute on the element (the default) or as a rule for the site's stylesheet. */
  colourMode: 'attribute' | 'stylesheet';
}

/** Attributes the configurator does not offer as options: `feed` has its own field. */
const OWN_FIELDS = new Set(['feed']);

export function fieldsFor(element: ElementDoc, aliases: TypeAliases): Field[] {
  return element.attributes
    .filter((attribute) => !OWN_FIELDS.has(attribute.name))
    .map((attribute) => {
      const words = wordsFor(element.tagName, attribute.name);
      return {
        attribute: attribute.name,
        kind: kindOf(attribute.name, attribute.type, aliases, words?.choices),
        default: defaultValue(attribute.default),
        description: attribute.description,
        label: words?.label ?? attribute.name,
        hint: words?.hint,
        editor: words?.editor ?? false,
        choices: words?.choices,
      };
    });
}

function kindOf(name: string, type: string | undefined, aliases: TypeAliases, choices?: Record<string, string>): ValueKind {
  // `lang` is the global attribute; the library takes the six locales it ships.
  if (name === 'lang' && !type) return { kind: 'enum', values: [...LOCALES] };
  const kind = valueKind(type, aliases);
  // A named type the manifest does not write out (the analyzer expands only aliases declared in the files it reads,
  // not one an element imports through a re-export, such as UrlStateMode): the words name its values.
  const named = type && /^[A-Z]\w*(\s*\|\s*undefined)?$/.test(type.trim());
  if (kind.kind === 'string' && named && choices) return { kind: 'enum', values: Object.keys(choices) };
  return kind;
}

const HEX = /^#[0-9a-f]{6}$/i;

/**
 * The colour properties to offer: the shared `--fl-color-*` ones (the base styles
 * of every element use them) and the element's own properties with a colour default.
 */
export function coloursFor(element: ElementDoc, elements: ElementDoc[]): ColourProperty[] {
  const shared = allCssProperties(elements).filter((p) => p.name.startsWith('--fl-color-') && HEX.test(p.default ?? ''));
  const own = element.cssProperties.filter((p) => !p.name.startsWith('--fl-color-') && HEX.test(p.default ?? ''));
  return [...shared, ...own].map((p) => ({
    name: p.name,
    default: p.default!.toLowerCase(),
    description: p.description ?? '',
    label: COLOUR_WORDS[p.name] ?? p.name,
  }));
}

export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** The attributes the element gets, in a stable order: feed, then the manifest's order. */
export function attributesOf(config: Config, fields: Field[]): [string, string][] {
  const out: [string, string][] = [];
  if (config.feedUrl.trim()) out.push(['feed', config.feedUrl.trim()]);
  for (const field of fields) {
    const value = config.values[field.attribute];
    if (value === true) out.push([field.attribute, '']);
    else if (typeof value === 'string' && value.trim() !== '') out.push([field.attribute, value.trim()]);
  }
  return out;
}

export function styleText(colours: Record<string, string>): string {
  return Object.entries(colours)
    .map(([name, value]) => `${name}: ${value}`)
    .join('; ');
}

/** The three lines an editor pastes: the rule that holds the element's space, the script tag and the element. */
export function snippet(config: Config, fields: Field[]): string {
  const attributes = attributesOf(config, fields).map(([name, value]) =>
    value === '' ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`,
  );
  if (config.colourMode === 'attribute' && Object.keys(config.colours).length) {
    attributes.push(` style="${escapeAttribute(styleText(config.colours))}"`);
  }
  return [
    // Holds the element's space until its script has run, so the text after it does not jump (the library's rules).
    `<style>${reserveCss([config.tag])}</style>`,
    `<script type="module" src="${escapeAttribute(config.scriptUrl.trim())}"></script>`,
    `<${config.tag}${attributes.join('')}></${config.tag}>`,
  ].join('\n');
}

/** The colours as a rule for the site's own stylesheet (for strict CSP, or a CMS that strips `style`). */
export function stylesheetRule(config: Config): string {
  const entries = Object.entries(config.colours);
  if (!entries.length) return '';
  return `${config.tag} {\n${entries.map(([name, value]) => `  ${name}: ${value};`).join('\n')}\n}`;
}

/** The options the feed offers choices for (by attribute). */
export const SUGGESTED_OPTIONS = ['centre', 'municipality', 'theme', 'contact-point'];

export interface Suggestion {
  value: string;
  label: string;
}

/** The most suggestions one option offers (the feed is untrusted: bound the work it can cause). */
const MAX_SUGGESTIONS = 1000;

/**
 * Choices from the feed for the options that take an id or a number from it, so an editor picks
 * "Frisklivssentralen i Kautokeino" rather than having to know `fls-5612`. By attribute name.
 */
export function suggestionsFrom(feed: Feed): Record<string, Suggestion[]> {
  const text = (value: unknown): string => {
    if (typeof value === 'string') return value;
    if (value && typeof value === 'object') {
      const texts = value as Record<string, unknown>;
      const first = texts.nb ?? texts.no ?? Object.values(texts)[0];
      return typeof first === 'string' ? first : '';
    }
    return '';
  };
  const list = <T>(items: readonly T[] | undefined, value: (item: T) => string, label: (item: T) => unknown) =>
    (items ?? []).slice(0, MAX_SUGGESTIONS).map((item) => ({ value: value(item), label: text(label(item)) }));
  return {
    centre: list(
      feed.centres,
      (c) => c.id,
      (c) => c.name,
    ),
    municipality: list(
      feed.municipalities,
      (m) => m.number,
      (m) => m.names,
    ),
    theme: list(
      feed.themes,
      (t) => t.id,
      (t) => t.label,
    ),
    'contact-point': list(
      feed.contactPoints,
      (p) => p.id,
      (p) => p.name,
    ),
  };
}
