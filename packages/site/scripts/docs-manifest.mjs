// Shared by scripts/docs-generate.mjs and scripts/docs-typings.mjs: the manifest,
// its reading helpers (docs-site/manifest.ts, through tsx), the TypeScript names
// it mentions resolved against the sources, and "write, or with --check compare".
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import ts from 'typescript';

/** This workspace (the documentation site). */
export const site = resolve(import.meta.dirname, '..');
/** The library's package folder: custom-elements.json, its sources, types/. */
export const widgets = dirname(createRequire(import.meta.url).resolve('frisklivs-widgets/package.json'));
const repository = resolve(site, '../..');

export function loadManifest() {
  return JSON.parse(readFileSync(join(widgets, 'custom-elements.json'), 'utf8'));
}

/** docs-site/manifest.ts and docs-site/api-table.ts, loaded from their TypeScript. */
export async function loadDocsModules() {
  const manifest = await tsImport('../docs-site/manifest.ts', import.meta.url);
  const apiTable = await tsImport('../docs-site/api-table.ts', import.meta.url);
  const locales = await tsImport(pathToFileURL(join(widgets, 'src/i18n/locales.ts')).href, import.meta.url);
  return { ...manifest, ...apiTable, LOCALES: locales.LOCALES };
}

const BUILT_IN = new Set([
  'CustomEvent',
  'Event',
  'Promise',
  'Date',
  'Array',
  'ReadonlyArray',
  'Record',
  'Partial',
  'Readonly',
  'Map',
  'Set',
  'HTMLElement',
  'Element',
  'Node',
]);

/** Capitalised identifiers in a type text (`CustomEvent<{ centre: Centre }>` → Centre). */
export function namesIn(typeText) {
  const names = new Set();
  for (const match of (typeText ?? '').replace(/(['"`]).*?\1/g, '').matchAll(/\b[A-Z][A-Za-z0-9_]*\b/g)) {
    if (!BUILT_IN.has(match[0])) names.add(match[0]);
  }
  return [...names];
}

/**
 * Every named type the manifest's elements use (in attribute, field and event
 * types), resolved from the source module that declares the member:
 * `{ name, file (repo-relative .ts), exported, literals? }`. `literals` is set
 * when the name is an alias for a union of string literals.
 */
export function resolveManifestTypes(manifest) {
  const configPath = join(widgets, 'tsconfig.json');
  const config = ts.parseJsonConfigFileContent(ts.readConfigFile(configPath, ts.sys.readFile).config, ts.sys, widgets);
  const wanted = []; // [modulePath, name]
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration.customElement || !declaration.tagName) continue;
      const from = (item) => item.inheritedFrom?.module ?? module.path;
      const members = (declaration.members ?? []).filter(
        (m) => (m.privacy ?? 'public') === 'public' && !m.static && !m.name.startsWith('_') && !m.name.startsWith('#'),
      );
      for (const item of [...(declaration.attributes ?? []), ...members, ...(declaration.events ?? [])]) {
        for (const name of namesIn(item.type?.text)) wanted.push([from(item), name]);
        for (const name of namesIn(item.return?.type?.text)) wanted.push([from(item), name]);
      }
    }
  }
  const files = [...new Set(wanted.map(([path]) => join(widgets, path)))];
  const program = ts.createProgram(files, { ...config.options, noEmit: true });
  const checker = program.getTypeChecker();
  const resolved = new Map();
  for (const [path, name] of wanted) {
    const source = program.getSourceFile(join(widgets, path));
    if (!source) throw new Error(`${path} (from custom-elements.json) is not a source file`);
    let symbol = checker.getSymbolsInScope(source, ts.SymbolFlags.Type | ts.SymbolFlags.Alias).find((s) => s.name === name);
    if (!symbol) throw new Error(`${name}, used in the manifest for ${path}, is not a type in scope there`);
    if (symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
    symbol = checker.getExportSymbolOfSymbol(symbol);
    const declaration =
      symbol.declarations?.find((d) => ts.isTypeAliasDeclaration(d) || ts.isInterfaceDeclaration(d) || ts.isClassDeclaration(d)) ??
      symbol.declarations?.[0];
    if (!declaration) throw new Error(`${name}: no declaration`);
    const declaringFile = declaration.getSourceFile();
    const file = relative(widgets, declaringFile.fileName);
    const moduleSymbol = checker.getSymbolAtLocation(declaringFile);
    const exported = !!moduleSymbol && checker.getExportsOfModule(moduleSymbol).some((s) => s.name === name);
    const entry = { name, file, exported };
    if (ts.isTypeAliasDeclaration(declaration)) {
      const type = checker.getDeclaredTypeOfSymbol(symbol);
      const members = type.isUnion() ? type.types : [type];
      if (members.every((t) => t.isStringLiteral())) entry.literals = members.map((t) => t.value);
    }
    const known = resolved.get(name);
    if (known && known.file !== entry.file) throw new Error(`${name} means two types (${known.file}, ${entry.file}); rename one`);
    resolved.set(name, entry);
  }
  return [...resolved.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** `{ Alias: ['a', 'b'] }` for the aliases that are unions of string literals. */
export function typeAliases(resolvedTypes) {
  return Object.fromEntries(resolvedTypes.filter((t) => t.literals).map((t) => [t.name, t.literals]));
}

/**
 * Writes generated files (paths relative to `base`), or with `check` compares them with what
 * is on disk and returns the stale ones (their paths from the repository root).
 */
export function writeOrCheck(outputs, check, base) {
  const stale = [];
  for (const [name, content] of outputs) {
    const full = join(base, name);
    const path = relative(repository, full);
    const current = existsSync(full) ? readFileSync(full, 'utf8') : undefined;
    if (current === content) continue;
    if (check) stale.push(path);
    else {
      mkdirSync(dirname(full), { recursive: true });
      writeFileSync(full, content);
      console.log(`wrote ${path}`);
    }
  }
  return stale;
}

export function finishCheck(stale, command) {
  if (stale.length) {
    console.error(`Out of date (run \`${command}\`):\n${stale.map((path) => `  ${path}`).join('\n')}`);
    process.exit(1);
  }
}
