// Reading custom-elements.json for the documentation site and the configurator.
// Pure data in, pure data out: no DOM here, so Node and the browser share it.

export interface ManifestType {
  text: string;
}
interface Inherited {
  name: string;
  module?: string;
}
export interface ManifestAttribute {
  name: string;
  type?: ManifestType;
  /** The type with its aliases written out (cem-plugin-expanded-types). */
  expandedType?: ManifestType;
  default?: string;
  description?: string;
  fieldName?: string;
  inheritedFrom?: Inherited;
}
export interface ManifestMember {
  kind: 'field' | 'method';
  name: string;
  type?: ManifestType;
  expandedType?: ManifestType;
  default?: string;
  description?: string;
  attribute?: string;
  reflects?: boolean;
  readonly?: boolean;
  static?: boolean;
  privacy?: 'public' | 'private' | 'protected';
  parameters?: { name: string; type?: ManifestType; optional?: boolean; description?: string }[];
  return?: { type?: ManifestType };
  inheritedFrom?: Inherited;
}
export interface ManifestNamed {
  name: string;
  description?: string;
  default?: string;
  type?: ManifestType;
  inheritedFrom?: Inherited;
}
export interface ManifestDeclaration {
  kind: string;
  name: string;
  tagName?: string;
  customElement?: boolean;
  summary?: string;
  description?: string;
  attributes?: ManifestAttribute[];
  members?: ManifestMember[];
  events?: ManifestNamed[];
  slots?: ManifestNamed[];
  cssParts?: ManifestNamed[];
  cssProperties?: ManifestNamed[];
  superclass?: { name: string; module?: string };
}
export interface Manifest {
  schemaVersion: string;
  modules: { kind: string; path: string; declarations?: ManifestDeclaration[] }[];
}

/** One custom element as the documentation shows it. */
export interface ElementDoc {
  tagName: string;
  className: string;
  /** Source module, e.g. `src/elements/centre-finder/centre-finder.ts`. */
  modulePath: string;
  /** The page name under docs-site/elements/ (the tag without `fl-`). */
  slug: string;
  summary: string;
  description: string;
  attributes: AttributeDoc[];
  /** Public instance fields that have no attribute (set them from script). */
  properties: PropertyDoc[];
  methods: MethodDoc[];
  events: EventDoc[];
  slots: ManifestNamed[];
  cssParts: ManifestNamed[];
  cssProperties: ManifestNamed[];
}
export interface AttributeDoc {
  name: string;
  /** The JavaScript property behind the attribute, when there is one. */
  property?: string;
  type?: string;
  default?: string;
  description: string;
  /** true: the property writes back to the attribute; false: it does not; undefined: no property. */
  reflects?: boolean;
  inheritedFrom?: string;
}
export interface PropertyDoc {
  name: string;
  type?: string;
  default?: string;
  description: string;
  readonly: boolean;
  inheritedFrom?: string;
}
export interface MethodDoc {
  name: string;
  signature: string;
  description: string;
}
export interface EventDoc {
  name: string;
  /** The whole event type, e.g. `CustomEvent<{ locale: string }>`. */
  type?: string;
  /** The detail type, e.g. `{ locale: string }`, when the type is a CustomEvent. */
  detail?: string;
  description: string;
  inheritedFrom?: string;
}

const isPublic = (member: { privacy?: string; name: string }) =>
  (member.privacy ?? 'public') === 'public' && !member.name.startsWith('_') && !member.name.startsWith('#');

/** The custom elements in the manifest (declarations with a tag name), in manifest order. */
export function elementsOf(manifest: Manifest): ElementDoc[] {
  const out: ElementDoc[] = [];
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration.customElement || !declaration.tagName) continue;
      out.push(toElementDoc(declaration, module.path));
    }
  }
  return out;
}

export function elementByTag(manifest: Manifest, tagName: string): ElementDoc | undefined {
  return elementsOf(manifest).find((element) => element.tagName === tagName);
}

function toElementDoc(declaration: ManifestDeclaration, modulePath: string): ElementDoc {
  const members = (declaration.members ?? []).filter((member) => isPublic(member) && !member.static);
  const fields = new Map(members.filter((m) => m.kind === 'field').map((m) => [m.name, m]));
  const attributes: AttributeDoc[] = (declaration.attributes ?? []).map((attribute) => {
    const field = attribute.fieldName ? fields.get(attribute.fieldName) : undefined;
    return {
      name: attribute.name,
      property: attribute.fieldName,
      type: attribute.type?.text ?? field?.type?.text,
      default: attribute.default ?? field?.default,
      description: clean(attribute.description ?? field?.description),
      reflects: attribute.fieldName ? field?.reflects === true : undefined,
      inheritedFrom: attribute.inheritedFrom?.name,
    };
  });
  const attributeFields = new Set(attributes.map((a) => a.property).filter(Boolean));
  const properties: PropertyDoc[] = [...fields.values()]
    .filter((field) => !attributeFields.has(field.name) && !field.attribute)
    .map((field) => ({
      name: field.name,
      type: field.type?.text,
      default: field.default,
      description: clean(field.description),
      readonly: field.readonly === true,
      inheritedFrom: field.inheritedFrom?.name,
    }));
  const methods: MethodDoc[] = members
    .filter((member) => member.kind === 'method')
    .map((method) => ({
      name: method.name,
      signature: `${method.name}(${(method.parameters ?? [])
        .map((p) => `${p.name}${p.optional ? '?' : ''}${p.type ? `: ${p.type.text}` : ''}`)
        .join(', ')}): ${method.return?.type?.text ?? 'void'}`,
      description: clean(method.description),
    }));
  const events: EventDoc[] = (declaration.events ?? []).map((event) => ({
    name: event.name,
    type: event.type?.text,
    detail: event.type ? detailType(event.type.text) : undefined,
    description: clean(event.description),
    inheritedFrom: event.inheritedFrom?.name,
  }));
  return {
    tagName: declaration.tagName!,
    className: declaration.name,
    modulePath,
    slug: declaration.tagName!.replace(/^fl-/, ''),
    summary: clean(declaration.summary),
    description: clean(declaration.description),
    attributes,
    properties,
    methods,
    events,
    slots: declaration.slots ?? [],
    cssParts: declaration.cssParts ?? [],
    cssProperties: declaration.cssProperties ?? [],
  };
}

/** JSDoc wraps lines; the site re-flows paragraphs, so single newlines become spaces. */
function clean(text: string | undefined): string {
  return (text ?? '')
    .split(/\n{2,}/)
    .map((paragraph) => paragraph.replace(/\s*\n\s*/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
}

/** `CustomEvent<X>` → `X`; anything else → undefined. */
export function detailType(typeText: string): string | undefined {
  const match = /^\s*CustomEvent\s*<([\s\S]*)>\s*$/.exec(typeText);
  return match ? match[1]!.trim() : undefined;
}

/** Splits a type at its top-level `|` (not inside <>, {}, (), [] or quotes). */
export function unionMembers(typeText: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote = '';
  let current = '';
  for (const char of typeText) {
    if (quote) {
      current += char;
      if (char === quote) quote = '';
      continue;
    }
    if (char === "'" || char === '"' || char === '`') quote = char;
    else if ('<{(['.includes(char)) depth++;
    else if ('>})]'.includes(char)) depth--;
    if (char === '|' && depth === 0) {
      parts.push(current.trim());
      current = '';
    } else current += char;
  }
  if (current.trim()) parts.push(current.trim());
  return parts;
}

/**
 * Named types of the manifest resolved to their string literals
 * (`FrisklivskortLayout` → `['card', 'compact', 'print']`): the analyzer writes the alias
 * name as the type, and cem-plugin-expanded-types the literals as `expandedType`.
 */
export type TypeAliases = Record<string, string[]>;

/** The aliases the manifest's attributes and fields name, from their `expandedType`. */
export function aliasesOf(manifest: Manifest): TypeAliases {
  const aliases: TypeAliases = {};
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      for (const item of [...(declaration.attributes ?? []), ...(declaration.members ?? [])]) {
        if (!item.type || !item.expandedType) continue;
        const named = unionMembers(item.type.text).filter((member) => /^[A-Z]\w*$/.test(member));
        const literals = unionMembers(item.expandedType.text).filter((member) => /^'[^']*'$/.test(member));
        if (named.length === 1 && literals.length) aliases[named[0]!] = literals.map((member) => member.slice(1, -1));
      }
    }
  }
  return aliases;
}

export type ValueKind =
  { kind: 'boolean' } | { kind: 'enum'; values: string[] } | { kind: 'number' } | { kind: 'list' } | { kind: 'string' };

/** What an attribute accepts, for form controls and editor data. */
export function valueKind(typeText: string | undefined, aliases: TypeAliases = {}): ValueKind {
  if (!typeText) return { kind: 'string' };
  const members = unionMembers(typeText).flatMap((member) => (aliases[member] ? aliases[member]!.map((v) => `'${v}'`) : [member]));
  const meaningful = members.filter((member) => member !== 'undefined' && member !== 'null');
  if (meaningful.length === 1 && meaningful[0] === 'boolean') return { kind: 'boolean' };
  if (meaningful.length > 0 && meaningful.every((member) => /^(['"]).*\1$/.test(member))) {
    return { kind: 'enum', values: meaningful.map((member) => member.slice(1, -1)) };
  }
  if (meaningful.length === 1 && meaningful[0] === 'number') return { kind: 'number' };
  if (meaningful.some((member) => member.endsWith('[]'))) return { kind: 'list' };
  return { kind: 'string' };
}

/** `'auto'` → `auto`: manifest defaults are source text. */
export function defaultValue(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const quoted = /^(['"])(.*)\1$/.exec(text.trim());
  return quoted ? quoted[2] : text.trim();
}

/** Every CSS custom property any element documents, each once, with the elements that list it. */
export function allCssProperties(elements: ElementDoc[]): (ManifestNamed & { elements: string[] })[] {
  const byName = new Map<string, ManifestNamed & { elements: string[] }>();
  for (const element of elements) {
    for (const property of element.cssProperties) {
      const known = byName.get(property.name);
      if (known) known.elements.push(element.tagName);
      else byName.set(property.name, { ...property, elements: [element.tagName] });
    }
  }
  return [...byName.values()];
}

/** Splits text at `backticks` so a renderer can show code spans as code (never as markup). */
export function codeSpans(text: string): { code: boolean; text: string }[] {
  return text
    .split(/(`[^`]+`)/)
    .filter(Boolean)
    .map((piece) =>
      piece.startsWith('`') && piece.endsWith('`') && piece.length > 1
        ? { code: true, text: piece.slice(1, -1) }
        : { code: false, text: piece },
    );
}
