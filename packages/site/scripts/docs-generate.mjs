#!/usr/bin/env node
// Generates the parts of the documentation site that come from the code, so
// nobody retypes them (`npm run docs:generate`; `--check` fails when stale):
//   docs-site/elements/<name>.html        one static page per element in custom-elements.json:
//                                         intro, live example, theming example, the six locales,
//                                         and the API tables prerendered for readers without
//                                         JavaScript (docs-site/api-table.ts renders them again
//                                         from the live manifest in the browser)
//   docs-site/generated/type-aliases.json named types of the manifest resolved to their string
//                                         literals (the analyzer writes only the alias name)
//   blocks in the hand-written pages (<!-- name --> … <!-- /name -->): the navigation, the
//                                         --fl-* → --ds-* → default chain of src/shared/styles.ts,
//                                         the CSS custom properties of the manifest, CSS examples
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import {
  finishCheck,
  loadDocsModules,
  loadManifest,
  resolveManifestTypes,
  site as siteRoot,
  typeAliases,
  widgets,
  writeOrCheck,
} from './docs-manifest.mjs';

const check = process.argv.includes('--check');
const site = join(siteRoot, 'docs-site');

// ---- a document just big enough for docs-site/api-table.ts -------------------------------
const escapeText = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (text) => escapeText(text).replace(/"/g, '&quot;');
const BLOCK = new Set(['section', 'div', 'table', 'caption', 'thead', 'tbody', 'tr', 'p', 'h2', 'h3', 'h4', 'ul', 'li']);

class StaticElement {
  constructor(tag) {
    if (!/^[a-z][a-z0-9-]*$/.test(tag)) throw new Error(`bad tag ${tag}`);
    this.tag = tag;
    this.attributes = [];
    this.children = [];
  }
  setAttribute(name, value) {
    if (!/^[a-z][a-z0-9-]*$/.test(name)) throw new Error(`bad attribute ${name}`);
    this.attributes = this.attributes.filter(([n]) => n !== name).concat([[name, String(value)]]);
  }
  append(...nodes) {
    for (const node of nodes) this.children.push(typeof node === 'string' ? { text: node } : node);
  }
  toHTML(indent = '') {
    const attributes = this.attributes.map(([n, v]) => ` ${n}="${escapeAttribute(v)}"`).join('');
    const blockChildren = this.children.some((child) => child instanceof StaticElement && BLOCK.has(child.tag));
    const inner = this.children
      .map((child) =>
        child instanceof StaticElement
          ? (blockChildren && BLOCK.has(child.tag) ? `\n${indent}  ` : '') + child.toHTML(`${indent}  `)
          : escapeText(child.text),
      )
      .join('');
    return `<${this.tag}${attributes}>${inner}${blockChildren ? `\n${indent}` : ''}</${this.tag}>`;
  }
}
const staticDocument = { createElement: (tag) => new StaticElement(tag) };
const html = (nodes, indent) => nodes.map((node) => `${indent}${node.toHTML(indent)}`).join('\n');

// ---- what each element page shows --------------------------------------------------------
// Example markup only (the API itself always comes from the manifest).
const FEED = '/demo/feed.json';
const EXAMPLES = {
  'fl-centre-finder': {
    live: 'heading-level="3" limit="3"',
    themed: 'class="example-theme" municipality="5612" limit="1" heading-level="3"',
    locale: 'municipality="5612" compact limit="1" heading-level="4"',
  },
  'fl-group-finder': {
    live: 'heading-level="3" page-size="3"',
    themed: 'class="example-theme" theme="sorg" hide-intro page-size="2" heading-level="3"',
    locale: 'theme="sorg" hide-intro page-size="1" heading-level="4"',
  },
  'fl-frisklivskort': {
    live: 'centre="fls-5612"',
    themed: 'class="example-theme" centre="fls-1875" layout="compact"',
    locale: 'centre="fls-5612" layout="compact" hide-notices hide-hours',
  },
  'fl-follow-up-timeline': {
    live: 'centre="fls-5610" start="2026-11-02" today="2026-12-01" heading-level="3"',
    themed: 'class="example-theme" start="2026-11-02" today="2026-12-01" heading-level="3"',
    locale: 'start="2026-11-02" today="2026-12-01" orientation="vertical" heading-level="4"',
  },
};
/** Each language by its own name, for the headings of the locale examples. */
const ENDONYMS = {
  nb: 'norsk bokmål',
  nn: 'norsk nynorsk',
  se: 'davvisámegiella',
  sma: 'åarjelsaemien gïele',
  smj: 'julevsámegiella',
  en: 'English',
};

const PAGES = [
  ['index.html', 'Start'],
  ['configurator.html', 'Konfigurator'],
  ['for-web-editors.html', 'For nettredaktører'],
  ['for-feed-publishers.html', 'For feedutgivere'],
  ['for-developers.html', 'For utviklere'],
  ['theming.html', 'Tema, Designsystemet og mørk modus'],
  ['gallery.html', 'Alle fire elementene'],
  ['accessibility-statement.html', 'Tilgjengelighetserklæring (mal)'],
  ['check-feed.html', 'Sjekk feeden din'],
];

function navBlock(pagePath, elements) {
  const up = '../'.repeat(pagePath.split('/').length - 1);
  const item = (indent, target, label) =>
    `${indent}<li><a href="${target.startsWith('/') ? target : up + target}"${target === pagePath ? ' aria-current="page"' : ''}>${label}</a></li>`;
  return [
    '<!-- nav: written by scripts/docs-generate.mjs -->',
    '    <nav class="site-nav" aria-label="Dokumentasjonen" lang="nb">',
    `      <p class="site-name"><a href="${up}index.html">frisklivs-widgets</a></p>`,
    '      <ul>',
    ...PAGES.map(([target, label]) => item('        ', target, label)),
    '        <li>',
    '          Elementene:',
    '          <ul>',
    ...elements.map((element) => item('            ', `elements/${element.slug}.html`, `<code>&lt;${element.tagName}&gt;</code>`)),
    '          </ul>',
    '        </li>',
    item('        ', '/demo/', 'Demosidene'),
    '      </ul>',
    '    </nav>',
    '    <!-- /nav -->',
  ].join('\n');
}

function themeExample(css, tagName) {
  const match = new RegExp(`/\\* example: ${tagName} \\*/\\n([\\s\\S]*?)(?=\\n/\\* example: |$)`).exec(css);
  if (!match) throw new Error(`docs-site/theme-examples.css has no "/* example: ${tagName} */" block`);
  return match[1].trim();
}

function elementPage(element, modules, aliases, elements, css) {
  const example = EXAMPLES[element.tagName];
  if (!example) throw new Error(`scripts/docs-generate.mjs: add examples for ${element.tagName} to EXAMPLES`);
  const tag = element.tagName;
  const markup = (attributes, extra = '') => `<${tag} feed="${FEED}"${extra} ${attributes}></${tag}>`;
  const live = markup(example.live);
  const themed = markup(example.themed);
  const intro = html(modules.renderIntro(staticDocument, element), '        ');
  const api = html(modules.renderApi(staticDocument, element, aliases, 3, 'api'), '          ');
  const locales = modules.LOCALES.map(
    (locale) => `          <div class="locale-example">
            <h3><span lang="${locale}">${escapeText(ENDONYMS[locale])}</span> (<code>lang="${locale}"</code>)</h3>
            ${markup(example.locale, ` lang="${locale}"`)}
          </div>`,
  ).join('\n');
  const pagePath = `elements/${element.slug}.html`;
  return `<!doctype html>
<!-- Generated by scripts/docs-generate.mjs from custom-elements.json; edit the script or the element's JSDoc, not this file. -->
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>&lt;${tag}&gt; – frisklivs-widgets</title>
    <link rel="icon" href="/docs-site/favicon.svg" type="image/svg+xml" />
    <link rel="stylesheet" href="/docs-site/site.css" />
    <link rel="stylesheet" href="/docs-site/theme-examples.css" />
    <script type="module" src="/docs-site/element-page.ts"></script>
  </head>
  <body>
    <a class="skip-link" href="#main" lang="nb">Hopp til innholdet</a>
    <header class="site-header">
    ${navBlock(pagePath, elements)}
    </header>
    <main id="main" data-element="${tag}">
      <h1><code>&lt;${tag}&gt;</code></h1>
      <div class="intro">
${intro}
      </div>
      <nav class="toc" aria-label="On this page">
        <ul>
          <li><a href="#example">Live example</a></li>
          <li><a href="#theming">Theming</a></li>
          <li><a href="#languages">In each language</a></li>
          <li><a href="#api-heading">API</a>: <a href="#api-attributes">attributes</a>, <a href="#api-properties">properties</a>, <a href="#api-methods">methods</a>, <a href="#api-events">events</a>, <a href="#api-slots">slots</a>, <a href="#api-parts">CSS parts</a>, <a href="#api-css-properties">CSS custom properties</a></li>
        </ul>
      </nav>

      <section aria-labelledby="example">
        <h2 id="example">Live example</h2>
        <p>On the sample feed <a href="${FEED}"><code>${FEED}</code></a> (its centres, groups and contact details are fictitious). Build your own snippet in the <a href="../configurator.html?element=${tag}" lang="nb">konfiguratoren</a>.</p>
        <div class="example">
          ${live}
        </div>
        <pre class="code"><code>${escapeText(live)}</code></pre>
      </section>

      <section aria-labelledby="theming">
        <h2 id="theming">Theming</h2>
        <p>Set the <code>--fl-*</code> custom properties on the element (or any ancestor) and style the parts with <code>::part()</code>. Details on the <a href="../theming.html">theming page</a>, the full list in the API below.</p>
        <pre class="code"><code>${escapeText(themeExample(css, tag))}</code></pre>
        <div class="example">
          ${themed}
        </div>
        <pre class="code"><code>${escapeText(themed)}</code></pre>
      </section>

      <section aria-labelledby="languages">
        <h2 id="languages">In each language</h2>
        <p>Each element renders in its own <code>lang</code>, else the nearest ancestor's, else <code>&lt;html lang&gt;</code>, else Bokmål. All six below read the one feed (one request).</p>
        <div class="locale-grid">
${locales}
        </div>
      </section>

      <section aria-labelledby="api-heading">
        <h2 id="api-heading">API</h2>
        <p>Rendered from <a href="/custom-elements.json"><code>custom-elements.json</code></a> (generated from the element's JSDoc by <code>npm run manifest</code>). Typings: see <a href="../for-developers.html#typings">for developers</a>.</p>
        <div id="api" class="api" data-api-for="${tag}" data-heading-level="3">
${api}
        </div>
      </section>
    </main>
    <footer class="site-footer" lang="nb">
      <p>frisklivs-widgets, MIT-lisens. Sentre, grupper og kontaktopplysninger i eksempelfeeden er oppdiktet; kommunedata © Kartverket og SSB (CC BY 4.0).</p>
    </footer>
  </body>
</html>
`;
}

/** `--_text: var(--fl-color-text, var(--ds-color-neutral-text-default, #1a1f24));` → a row. */
function themeTokens() {
  const source = readFileSync(join(widgets, 'src/shared/styles.ts'), 'utf8');
  const tokens = [];
  for (const match of source.matchAll(/var\((--fl-[\w-]+),\s*(?:var\((--ds-[\w-]+),\s*([^()]+?)\)|([^()]+?))\)/g)) {
    const [, fl, ds, dsDefault, plainDefault] = match;
    if (tokens.some((token) => token.fl === fl)) continue;
    tokens.push({ fl, ds: ds ?? null, default: (dsDefault ?? plainDefault).trim() });
  }
  return tokens;
}

function tokenTable(rows) {
  return [
    '<div class="table-scroll" role="region" aria-labelledby="theme-tokens-caption" tabindex="0">',
    '  <table class="api-table">',
    '    <caption id="theme-tokens-caption">Hver egenskap og hva den faller tilbake til</caption>',
    '    <thead><tr><th scope="col">Egenskap</th><th scope="col">Designsystemet-token</th><th scope="col">Standard</th></tr></thead>',
    '    <tbody>',
    ...rows.map(
      (row) =>
        `      <tr><th scope="row"><code>${escapeText(row.fl)}</code></th><td>${row.ds ? `<code>${escapeText(row.ds)}</code>` : '—'}</td><td><code>${escapeText(row.default)}</code></td></tr>`,
    ),
    '    </tbody>',
    '  </table>',
    '</div>',
  ].join('\n');
}

function cssPropertyTable(properties) {
  return [
    '<div class="table-scroll" role="region" aria-labelledby="css-properties-caption" tabindex="0">',
    '  <table class="api-table" lang="en">',
    '    <caption id="css-properties-caption">CSS custom properties in custom-elements.json</caption>',
    '    <thead><tr><th scope="col">Property</th><th scope="col">Default</th><th scope="col">Description</th><th scope="col">Documented on</th></tr></thead>',
    '    <tbody>',
    ...properties.map(
      (p) =>
        `      <tr><th scope="row"><code>${escapeText(p.name)}</code></th><td>${p.default ? `<code>${escapeText(p.default)}</code>` : '—'}</td><td>${escapeText(p.description ?? '')}</td><td>${p.elements.map((tag) => `<code>${tag}</code>`).join(', ')}</td></tr>`,
    ),
    '    </tbody>',
    '  </table>',
    '</div>',
  ].join('\n');
}

function eventTable(list) {
  const rows = list.flatMap((element) =>
    element.events.map(
      (event) =>
        `      <tr><td><code>&lt;${element.tagName}&gt;</code></td><th scope="row"><code>${escapeText(event.name)}</code></th><td><code>${escapeText(event.detail ?? event.type ?? '')}</code></td><td>${modules
          .codeSpans(event.description)
          .map((piece) => (piece.code ? `<code>${escapeText(piece.text)}</code>` : escapeText(piece.text)))
          .join('')}</td></tr>`,
    ),
  );
  return [
    '<div class="table-scroll" role="region" aria-labelledby="events-all-caption" tabindex="0">',
    '  <table class="api-table">',
    '    <caption id="events-all-caption">Events of every element (from custom-elements.json)</caption>',
    '    <thead><tr><th scope="col">Element</th><th scope="col">Event</th><th scope="col">detail</th><th scope="col">Description</th></tr></thead>',
    '    <tbody>',
    ...rows,
    '    </tbody>',
    '  </table>',
    '</div>',
  ].join('\n');
}

/** The dark-mode part of site.css, shown on the theming page. */
function siteDarkExcerpt() {
  const source = readFileSync(join(site, 'site.css'), 'utf8');
  const start = source.indexOf("/* The elements' colours for a dark page. */");
  const end = source.indexOf('\n  }\n}', start);
  if (start < 0 || end < 0) throw new Error('docs-site/site.css: the dark --fl-* block is missing its marker comment');
  const lines = source
    .slice(start, end)
    .split('\n')
    .slice(1)
    .map((line) => line.trim())
    .filter(Boolean);
  return [
    ':root { color-scheme: light dark; }',
    '@media (prefers-color-scheme: dark) {',
    '  :root {',
    ...lines.map((l) => `    ${l}`),
    '  }',
    '}',
  ].join('\n');
}

const manifest = loadManifest();
const modules = await loadDocsModules();
const elements = modules.elementsOf(manifest);
const aliases = typeAliases(resolveManifestTypes(manifest));
const css = readFileSync(join(site, 'theme-examples.css'), 'utf8');

const outputs = [['docs-site/generated/type-aliases.json', `${JSON.stringify(aliases, null, 2)}\n`]];
for (const element of elements) {
  outputs.push([`docs-site/elements/${element.slug}.html`, elementPage(element, modules, aliases, elements, css)]);
}
// Blocks in hand-written pages: <!-- name [argument] --> … <!-- /name -->, rewritten each run.
const tokens = themeTokens();
const BLOCKS = {
  nav: (page) => navBlock(page, elements),
  'theme-tokens': () => tokenTable(tokens),
  'css-properties': () => cssPropertyTable(modules.allCssProperties(elements)),
  'theme-example': (_page, tagName) => `<pre class="code"><code>${escapeText(themeExample(css, tagName))}</code></pre>`,
  'site-dark': () => `<pre class="code"><code>${escapeText(siteDarkExcerpt())}</code></pre>`,
  'events-all': () => eventTable(elements),
  'css-file': (_page, name) =>
    `<details>\n  <summary>${name}.css</summary>\n  <pre class="code"><code>${escapeText(readFileSync(join(site, `${name}.css`), 'utf8').trim())}</code></pre>\n</details>`,
};
for (const name of readdirSync(site).filter((file) => file.endsWith('.html'))) {
  const path = join(site, name);
  const text = readFileSync(path, 'utf8');
  if (!/<!-- nav[:\s]/.test(text)) throw new Error(`docs-site/${name} has no <!-- nav --> … <!-- /nav --> block`);
  const updated = text.replace(/<!-- ([a-z-]+)(?: ([a-z0-9-]+))?(?::[^>]*)? -->[\s\S]*?<!-- \/\1 -->/g, (whole, block, argument) => {
    if (!BLOCKS[block]) return whole;
    const indent = /\n( *)$/.exec(text.slice(0, text.indexOf(whole)))?.[1] ?? '';
    const opening =
      block === 'nav' ? '' : `<!-- ${block}${argument ? ` ${argument}` : ''}: written by scripts/docs-generate.mjs -->\n${indent}`;
    const content = BLOCKS[block](name, argument);
    if (block === 'nav') return content;
    // Indent markup to fit the page, but never the text of a <pre>.
    const body = content.includes('<pre') ? content : content.split('\n').join(`\n${indent}`);
    return `${opening}${body}\n${indent}<!-- /${block} -->`;
  });
  outputs.push([relative(siteRoot, path), updated]);
}

const stale = writeOrCheck(outputs, check, siteRoot);
if (check) finishCheck(stale, 'npm run docs:generate');
