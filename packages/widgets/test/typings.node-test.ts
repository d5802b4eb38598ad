// The typings and editor data the analyzer's plugins generate (types/): up to date with the JSDoc,
// and usable the way a consumer uses them: a React 19 app that installed the package compiles
// against types/jsx.d.ts with the real @types/react, with props, enum values and event details
// checked. Needs dist/types (`npm run build`, which `npm test` runs first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import ts from 'typescript';

const require = createRequire(import.meta.url);
/** The library's package folder: its manifest, types/ and dist/types. */
const widgets = new URL('..', import.meta.url).pathname;
const json = (path: string) => JSON.parse(readFileSync(join(widgets, path), 'utf8'));

/** `npm run manifest:check`: runs the analyzer with its plugins and compares. */
const check = () => spawnSync(process.execPath, [join(widgets, 'scripts/manifest-up-to-date.mjs')], { cwd: widgets, encoding: 'utf8' });

test('custom-elements.json and types/ are up to date with the JSDoc (manifest:check)', () => {
  const result = check();
  assert.equal(result.status, 0, `manifest:check: ${result.stderr}${result.stdout}`);
});

test('manifest:check fails on a stale file and names it', () => {
  const path = join(widgets, 'types/web-types.json');
  const saved = readFileSync(path, 'utf8');
  try {
    writeFileSync(path, saved.replace('"fl-centre-finder"', '"fl-centre-finder-old"'));
    const result = check();
    assert.equal(result.status, 1);
    assert.match(result.stderr, /types\/web-types\.json/);
  } finally {
    writeFileSync(path, saved);
  }
});

test('package.json points at the typings and editor data', () => {
  const pkg = json('package.json');
  assert.equal(pkg['web-types'], './types/web-types.json');
  assert.equal(pkg.customElements, 'custom-elements.json');
  assert.deepEqual(pkg.exports['./jsx'], { types: './types/jsx.d.ts' });
  assert.deepEqual(pkg.exports['./dom'], { types: './types/dom.d.ts' });
  assert.equal(pkg.exports['./vscode.html-custom-data.json'], './types/vscode.html-custom-data.json');
  assert.equal(pkg.exports['./web-types.json'], './types/web-types.json');
  for (const file of [
    'types/jsx.d.ts',
    'types/dom.d.ts',
    'types/web-types.json',
    'types/vscode.html-custom-data.json',
    'types/vscode.css-custom-data.json',
  ]) {
    assert.ok(existsSync(join(widgets, file)), file);
  }
});

test('the editor data has every tag and attribute of the manifest, with values for booleans and string-literal unions', () => {
  const manifest = json('custom-elements.json');
  type Declaration = { tagName?: string; attributes?: { name: string }[] };
  const declarations: Declaration[] = manifest.modules.flatMap((m: { declarations?: Declaration[] }) =>
    (m.declarations ?? []).filter((d) => d.tagName),
  );
  const vscode = json('types/vscode.html-custom-data.json');
  const webTypes = json('types/web-types.json');
  assert.equal(vscode.version, 1.1);
  for (const declaration of declarations) {
    const tag = vscode.tags.find((t: { name: string }) => t.name === declaration.tagName);
    const element = webTypes.contributions.html.elements.find((e: { name: string }) => e.name === declaration.tagName);
    assert.ok(tag && element, `${declaration.tagName} in the editor data`);
    assert.deepEqual(
      tag.attributes.map((a: { name: string }) => a.name),
      declaration.attributes!.map((a) => a.name),
    );
    assert.deepEqual(
      element.attributes.map((a: { name: string }) => a.name),
      declaration.attributes!.map((a) => a.name),
    );
  }
  const card = vscode.tags.find((t: { name: string }) => t.name === 'fl-frisklivskort');
  const attribute = (name: string) => card.attributes.find((a: { name: string }) => a.name === name);
  assert.deepEqual(attribute('layout').values, [{ name: 'card' }, { name: 'compact' }, { name: 'print' }]);
  assert.equal(attribute('show-qr').valueSet, 'v');
  assert.deepEqual(
    attribute('lang').values.map((v: { name: string }) => v.name),
    ['nb', 'nn', 'se', 'sma', 'smj', 'en'],
  );
  const css = json('types/vscode.css-custom-data.json');
  assert.ok(css.properties.some((p: { name: string }) => p.name === '--fl-color-accent'));
});

test('every property with an attribute reflects, or its description says it does not (and "Reflects" is true)', () => {
  const manifest = json('custom-elements.json');
  const problems: string[] = [];
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration.tagName) continue;
      for (const member of declaration.members ?? []) {
        if (member.kind !== 'field' || !member.attribute) continue;
        const text: string = member.description ?? '';
        const saysNot = /\b(not|n't) reflect|not reflected/i.test(text);
        const saysYes = /\breflect(s|ed)\b/i.test(text) && !saysNot;
        if (!member.reflects && !saysNot) problems.push(`${declaration.tagName}.${member.name}: does not reflect and does not say so`);
        if (member.reflects && saysNot) problems.push(`${declaration.tagName}.${member.name}: reflects but says it does not`);
        if (saysYes && !member.reflects) problems.push(`${declaration.tagName}.${member.name}: says it reflects but does not`);
      }
    }
  }
  assert.deepEqual(problems, []);
});

// ---- a consumer project ------------------------------------------------------------------
function consumer(files: Record<string, string>) {
  assert.ok(existsSync(join(widgets, 'dist/types/index.d.ts')), 'dist/types is missing: run `npm run build` first');
  const dir = mkdtempSync(join(tmpdir(), 'fl-typings-'));
  mkdirSync(join(dir, 'node_modules/@types'), { recursive: true });
  symlinkSync(widgets, join(dir, 'node_modules/frisklivs-widgets'), 'dir');
  symlinkSync(dirname(require.resolve('@types/react/package.json')), join(dir, 'node_modules/@types/react'), 'dir');
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const program = ts.createProgram(
    Object.keys(files).map((name) => join(dir, name)),
    {
      strict: true,
      noEmit: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      jsx: ts.JsxEmit.ReactJSX,
      lib: ['lib.es2023.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
      types: [],
      skipLibCheck: false,
    },
  );
  const diagnostics = ts.getPreEmitDiagnostics(program).map((d) => {
    const where = d.file ? `${d.file.fileName.replace(dir, '')}:${d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1}` : '';
    return `${where} ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
  });
  // The generated .d.ts files themselves (skipLibCheck is off: a broken reference there would
  // otherwise turn a prop into `any` silently).
  const own = program
    .getSourceFiles()
    .filter((file) => /\/types\/(jsx|jsx-elements|dom)\.d\.ts$/.test(file.fileName))
    .flatMap((file) => [...program.getSemanticDiagnostics(file), ...program.getSyntacticDiagnostics(file)])
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  rmSync(dir, { recursive: true, force: true });
  return { diagnostics, own, files: program.getSourceFiles().map((f) => f.fileName) };
}

const APP = `
import 'frisklivs-widgets/define-all';
import type {} from 'frisklivs-widgets/jsx';
import type { FlEventMap, FlCentreFinder } from 'frisklivs-widgets/dom';
import { useRef } from 'react';

export function App() {
  const groups = useRef<HTMLElementTagNameMap['fl-group-finder']>(null);
  return (
    <>
      <fl-centre-finder municipality="5612" limit={3} compact headingLevel={3} className="finder"
        onfl-centre-select={(event) => { const id: string = event.detail.centre.id; void id; }} />
      <fl-group-finder ref={groups} theme="sorg" pageSize={5} urlState="hash" hide-intro heading-level="3"
        onfl-filter-change={(event) => { const count: number = event.detail.count; void count; }}
        onfl-group-select={(event) => void event.detail.group} />
      <fl-frisklivskort centre="fls-5612" layout="compact" paper="a6" lang="se" class="card">
        <img slot="logo" src="logo.svg" alt="Kommunen" />
      </fl-frisklivskort>
      <fl-follow-up-timeline start="2026-11-02" groupWeeks={[2, 4]} orientation="vertical" clock={() => new Date()}
        onfl-ics-export={(event) => { event.preventDefault(); const text: string = event.detail.text; void text; }} />
      {/* @ts-expect-error: not a layout */}
      <fl-frisklivskort layout="poster" />
      {/* @ts-expect-error: React 19 would listen for an event named "FlCentreSelect" */}
      <fl-centre-finder onFlCentreSelect={() => {}} />
      {/* @ts-expect-error: limit is a number */}
      <fl-centre-finder limit="many" />
      <fl-centre-finder
        // @ts-expect-error: the detail has no "group"
        onfl-centre-select={(event) => void event.detail.group}
      />
    </>
  );
}

const finder: FlCentreFinder = document.createElement('fl-centre-finder');
const limit: number | undefined = finder.limit;
const found = document.querySelector('fl-group-finder')?.filterState;
document.addEventListener('fl-filter-change', (event) => { const count: number = event.detail.count; void count; });
const select: FlEventMap['fl-centre-select'] | undefined = undefined;
void limit; void found; void select;
`;

test('a React 19 app compiles against types/jsx.d.ts and types/dom.d.ts with @types/react (props, enums and events checked)', () => {
  const { diagnostics, own, files } = consumer({ 'app.tsx': APP });
  assert.ok(
    files.some((f) => f.endsWith('/types/jsx.d.ts')) && files.some((f) => f.endsWith('/types/jsx-elements.d.ts')),
    "jsx.d.ts and the JSX plugin's jsx-elements.d.ts are in the program",
  );
  assert.ok(
    files.some((f) => f.includes('@types/react/index.d.ts')),
    'the real React types are in the program',
  );
  assert.deepEqual(own, [], 'the generated .d.ts files have no errors');
  assert.deepEqual(diagnostics, []);
});

test("importing only 'frisklivs-widgets/define-all' types document.createElement('fl-centre-finder')", () => {
  const { diagnostics } = consumer({
    'main.ts': `import 'frisklivs-widgets/define-all';\nconst limit: number | undefined = document.createElement('fl-centre-finder').limit;\nvoid limit;\n`,
  });
  assert.deepEqual(diagnostics, []);
});
