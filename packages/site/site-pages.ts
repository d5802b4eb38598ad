// The documentation site's pages, put together when the dev server serves them and when the site is
// built (nothing generated is checked in):
//   - ONE layout (head, skip link, navigation, footer) around every page;
//   - a hand-written page, docs-site/<name>.html, holds only its own content: a `<!-- page … -->`
//     header (title, nav label and order, lang), optionally a <head> with its own scripts and styles,
//     then the content of <main>. `<!-- insert name [argument] -->` puts in a block made from the code
//     (theme tokens, CSS properties and events from the manifest, CSS files). Adding a page is writing
//     such a file: the navigation lists every page with a `nav:` label, by `order`;
//   - docs-site/elements/<slug>.html, one per element of custom-elements.json, are made from the
//     manifest (intro, live, theming and locale examples, the API tables prerendered).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { renderApi, renderIntro, type DocLike, type ElementLike } from './docs-site/api-table.js';
import { aliasesOf, allCssProperties, codeSpans, elementsOf, unionMembers, type ElementDoc, type Manifest } from './docs-site/manifest.js';

const DOCS = 'docs-site';
const FEED = '/demo/feed.json';

// ---- a document just big enough for api-table.ts, rendering to HTML text ---------------------
const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (text: string) => escapeText(text).replace(/"/g, '&quot;');
const BLOCK = new Set(['section', 'div', 'table', 'caption', 'thead', 'tbody', 'tr', 'p', 'h2', 'h3', 'h4', 'ul', 'li']);

class StaticElement implements ElementLike {
  attributes: [string, string][] = [];
  children: (StaticElement | string)[] = [];
  constructor(readonly tag: string) {
    if (!/^[a-z][a-z0-9-]*$/.test(tag)) throw new Error(`bad tag ${tag}`);
  }
  setAttribute(name: string, value: string): void {
    if (!/^[a-z][a-z0-9-]*$/.test(name)) throw new Error(`bad attribute ${name}`);
    this.attributes = this.attributes.filter(([n]) => n !== name).concat([[name, String(value)]]);
  }
  append(...nodes: (ElementLike | string)[]): void {
    this.children.push(...(nodes as (StaticElement | string)[]));
  }
  toHTML(indent = ''): string {
    const attributes = this.attributes.map(([n, v]) => ` ${n}="${escapeAttribute(v)}"`).join('');
    const blocks = this.children.some((child) => child instanceof StaticElement && BLOCK.has(child.tag));
    const inner = this.children
      .map((child) =>
        child instanceof StaticElement
          ? (blocks && BLOCK.has(child.tag) ? `\n${indent}  ` : '') + child.toHTML(`${indent}  `)
          : escapeText(child),
      )
      .join('');
    return `<${this.tag}${attributes}>${inner}${blocks ? `\n${indent}` : ''}</${this.tag}>`;
  }
}
const staticDocument: DocLike = { createElement: (tag) => new StaticElement(tag) };
const toHTML = (nodes: ElementLike[]) => nodes.map((node) => (node as StaticElement).toHTML()).join('\n');

// ---- pages --------------------------------------------------------------------------------
export interface Page {
  /** The page's path on the site, e.g. `/docs-site/theming.html`. */
  path: string;
  title: string;
  /** Label in the navigation; pages without one are not listed. */
  nav?: string;
  order: number;
  lang: string;
  head: string;
  mainAttributes: string;
  main: string;
}

/** Reads a hand-written page: its `<!-- page … -->` header, optional <head>, and the content. */
export function parsePage(path: string, text: string): Page {
  const header = /^\s*<!-- page\n([\s\S]*?)-->\n?/.exec(text);
  if (!header) throw new Error(`${path}: starts with no <!-- page … --> header`);
  const fields = Object.fromEntries(
    header[1]!
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => {
        const colon = line.indexOf(':');
        return [line.slice(0, colon).trim(), line.slice(colon + 1).trim()];
      }),
  );
  if (!fields.title) throw new Error(`${path}: the page header has no title`);
  let rest = text.slice(header[0].length);
  const head = /^\s*<head>\n?([\s\S]*?)<\/head>\n?/.exec(rest);
  if (head) rest = rest.slice(head[0].length);
  return {
    path,
    title: fields.title,
    nav: fields.nav,
    order: Number(fields.order ?? 100),
    lang: fields.lang ?? 'nb',
    head: head?.[1] ?? '',
    mainAttributes: '',
    main: rest,
  };
}

const indent = (text: string, by: string) =>
  text
    .split('\n')
    .map((line) => (line.trim() ? by + line : ''))
    .join('\n');

/** The one layout. `pages` are the listed pages, `elements` the element pages, for the navigation. */
export function layout(page: Page, pages: Page[], elements: ElementDoc[]): string {
  const nb = page.lang === 'nb' ? '' : ' lang="nb"';
  const link = (path: string, label: string) =>
    `<li><a href="${path}"${path === page.path ? ' aria-current="page"' : ''}>${label}</a></li>`;
  const nav = [
    `<nav class="site-nav" aria-label="Dokumentasjonen" lang="nb">`,
    `  <p class="site-name"><a href="/${DOCS}/index.html">frisklivs-widgets</a></p>`,
    '  <ul>',
    ...pages.filter((p) => p.nav).map((p) => `    ${link(p.path, p.nav!)}`),
    '    <li>',
    '      Elementene:',
    '      <ul>',
    ...elements.map((e) => `        ${link(elementPath(e), `<code>&lt;${e.tagName}&gt;</code>`)}`),
    '      </ul>',
    '    </li>',
    `    ${link('/demo/', 'Demosidene')}`,
    '  </ul>',
    '</nav>',
  ].join('\n');
  return `<!doctype html>
<html lang="${page.lang}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${page.title}</title>
    <link rel="icon" href="/${DOCS}/favicon.svg" type="image/svg+xml" />
    <link rel="stylesheet" href="/${DOCS}/site.css" />
${indent(page.head.trimEnd(), '    ')}
  </head>
  <body>
    <a class="skip-link" href="#main"${nb}>Hopp til innholdet</a>
    <header class="site-header">
${indent(nav, '      ')}
    </header>
    <main id="main"${page.mainAttributes}>
${indent(page.main.trimEnd(), '      ')}
    </main>
    <footer class="site-footer"${nb}>
      <p>frisklivs-widgets, MIT-lisens. Sentre, grupper og kontaktopplysninger i eksempelfeeden er oppdiktet; kommunedata © Kartverket og SSB (CC BY 4.0).</p>
    </footer>
  </body>
</html>
`;
}

// ---- element pages ------------------------------------------------------------------------
const elementPath = (element: ElementDoc) => `/${DOCS}/elements/${element.slug}.html`;

// Example markup only (the API itself always comes from the manifest).
const EXAMPLES: Record<string, { live: string; themed: string; locale: string }> = {
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
const ENDONYMS: Record<string, string> = {
  nb: 'norsk bokmål',
  nn: 'norsk nynorsk',
  se: 'davvisámegiella',
  sma: 'åarjelsaemien gïele',
  smj: 'julevsámegiella',
  en: 'English',
};

function themeExample(css: string, tagName: string): string {
  const match = new RegExp(`/\\* example: ${tagName} \\*/\\n([\\s\\S]*?)(?=\\n/\\* example: |$)`).exec(css);
  if (!match) throw new Error(`docs-site/theme-examples.css has no "/* example: ${tagName} */" block`);
  return match[1]!.trim();
}

function elementPage(element: ElementDoc, manifest: Manifest, site: string): Page {
  const example = EXAMPLES[element.tagName];
  if (!example) throw new Error(`site-pages.ts: add examples for ${element.tagName} to EXAMPLES`);
  const tag = element.tagName;
  const markup = (attributes: string, extra = '') => `<${tag} feed="${FEED}"${extra} ${attributes}></${tag}>`;
  const live = markup(example.live);
  const themed = markup(example.themed);
  const css = readFileSync(join(site, DOCS, 'theme-examples.css'), 'utf8');
  // The locales: the values of the `lang` attribute in the manifest.
  const langType = element.attributes.find((a) => a.name === 'lang')?.type ?? '';
  const locales = unionMembers(langType).map((member) => member.replace(/^'|'$/g, ''));
  const localeExamples = locales
    .map(
      (locale) => `  <div class="locale-example">
    <h3><span lang="${locale}">${escapeText(ENDONYMS[locale] ?? locale)}</span> (<code>lang="${locale}"</code>)</h3>
    ${markup(example.locale, ` lang="${locale}"`)}
  </div>`,
    )
    .join('\n');
  const api = toHTML(renderApi(staticDocument, element, aliasesOf(manifest), 3, 'api'));
  return {
    path: elementPath(element),
    title: `&lt;${tag}&gt; – frisklivs-widgets`,
    order: 0,
    lang: 'en',
    head: `<link rel="stylesheet" href="/${DOCS}/theme-examples.css" />\n<script type="module" src="/${DOCS}/element-page.ts"></script>`,
    mainAttributes: ` data-element="${tag}"`,
    main: `<h1><code>&lt;${tag}&gt;</code></h1>
<div class="intro">
${indent(toHTML(renderIntro(staticDocument, element)), '  ')}
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
${localeExamples}
  </div>
</section>

<section aria-labelledby="api-heading">
  <h2 id="api-heading">API</h2>
  <p>Rendered from <a href="/custom-elements.json"><code>custom-elements.json</code></a> (generated from the element's JSDoc by <code>npm run manifest</code>). Typings: see <a href="../for-developers.html#typings">for developers</a>.</p>
  <div id="api" class="api" data-api-for="${tag}" data-heading-level="3">
${indent(api, '    ')}
  </div>
</section>`,
  };
}

// ---- blocks made from the code (`<!-- insert name [argument] -->`) ---------------------------
function table(id: string, caption: string, lang: string, head: string[], rows: string[]): string {
  return [
    `<div class="table-scroll" role="region" aria-labelledby="${id}" tabindex="0">`,
    `  <table class="api-table"${lang}>`,
    `    <caption id="${id}">${caption}</caption>`,
    `    <thead><tr>${head.map((h) => `<th scope="col">${h}</th>`).join('')}</tr></thead>`,
    '    <tbody>',
    ...rows.map((row) => `      <tr>${row}</tr>`),
    '    </tbody>',
    '  </table>',
    '</div>',
  ].join('\n');
}
const codeOr = (text: string | undefined | null) => (text ? `<code>${escapeText(text)}</code>` : '—');
const pre = (text: string) => `<pre class="code"><code>${escapeText(text)}</code></pre>`;

function blocks(site: string, widgets: string, elements: ElementDoc[]): Record<string, (argument: string) => string> {
  const docs = join(site, DOCS);
  return {
    // `--_text: var(--fl-color-text, var(--ds-color-neutral-text-default, #1a1f24));` → a row.
    'theme-tokens': () => {
      const source = readFileSync(join(widgets, 'src/shared/styles.ts'), 'utf8');
      const rows = new Map<string, string>();
      for (const m of source.matchAll(/var\((--fl-[\w-]+),\s*(?:var\((--ds-[\w-]+),\s*([^()]+?)\)|([^()]+?))\)/g)) {
        if (!rows.has(m[1]!))
          rows.set(m[1]!, `<th scope="row">${codeOr(m[1])}</th><td>${codeOr(m[2])}</td><td>${codeOr((m[3] ?? m[4])!.trim())}</td>`);
      }
      return table(
        'theme-tokens-caption',
        'Hver egenskap og hva den faller tilbake til',
        '',
        ['Egenskap', 'Designsystemet-token', 'Standard'],
        [...rows.values()],
      );
    },
    'css-properties': () =>
      table(
        'css-properties-caption',
        'CSS custom properties in custom-elements.json',
        ' lang="en"',
        ['Property', 'Default', 'Description', 'Documented on'],
        allCssProperties(elements).map(
          (p) =>
            `<th scope="row">${codeOr(p.name)}</th><td>${codeOr(p.default)}</td><td>${escapeText(p.description ?? '')}</td><td>${p.elements.map((t) => `<code>${t}</code>`).join(', ')}</td>`,
        ),
      ),
    'events-all': () =>
      table(
        'events-all-caption',
        'Events of every element (from custom-elements.json)',
        '',
        ['Element', 'Event', 'detail', 'Description'],
        elements.flatMap((element) =>
          element.events.map(
            (event) =>
              `<td><code>&lt;${element.tagName}&gt;</code></td><th scope="row">${codeOr(event.name)}</th><td>${codeOr(event.detail ?? event.type ?? '')}</td><td>${codeSpans(
                event.description,
              )
                .map((piece) => (piece.code ? `<code>${escapeText(piece.text)}</code>` : escapeText(piece.text)))
                .join('')}</td>`,
          ),
        ),
      ),
    'theme-example': (tagName) => pre(themeExample(readFileSync(join(docs, 'theme-examples.css'), 'utf8'), tagName)),
    'css-file': (name) =>
      `<details>\n  <summary>${name}.css</summary>\n  ${pre(readFileSync(join(docs, `${name}.css`), 'utf8').trim())}\n</details>`,
    // The dark-mode part of site.css, shown on the theming page.
    'site-dark': () => {
      const source = readFileSync(join(docs, 'site.css'), 'utf8');
      const start = source.indexOf("/* The elements' colours for a dark page. */");
      const end = source.indexOf('\n  }\n}', start);
      if (start < 0 || end < 0) throw new Error('docs-site/site.css: the dark --fl-* block is missing its marker comment');
      const lines = source
        .slice(start, end)
        .split('\n')
        .slice(1)
        .map((line) => line.trim())
        .filter(Boolean);
      return pre(
        [
          ':root { color-scheme: light dark; }',
          '@media (prefers-color-scheme: dark) {',
          '  :root {',
          ...lines.map((l) => `    ${l}`),
          '  }',
          '}',
        ].join('\n'),
      );
    },
  };
}

// ---- the Vite plugin ----------------------------------------------------------------------
/**
 * @param site the site workspace (docs-site/ is in it)
 * @param widgets the library's folder (custom-elements.json, src/shared/styles.ts)
 */
export function sitePages(site: string, widgets: string): Plugin & { elementPages(): string[] } {
  const readManifest = () => JSON.parse(readFileSync(join(widgets, 'custom-elements.json'), 'utf8')) as Manifest;
  const handWritten = () =>
    readdirSync(join(site, DOCS))
      .filter((name) => name.endsWith('.html'))
      .map((name) => parsePage(`/${DOCS}/${name}`, readFileSync(join(site, DOCS, name), 'utf8')))
      .sort((a, b) => a.order - b.order || a.path.localeCompare(b.path));
  /** The page at a site path, made now (so the dev server always shows the current manifest). */
  const render = (path: string, html?: string): string | undefined => {
    const manifest = readManifest();
    const elements = elementsOf(manifest).sort((a, b) => a.tagName.localeCompare(b.tagName));
    const element = elements.find((e) => elementPath(e) === path);
    let page: Page;
    if (element) page = elementPage(element, manifest, site);
    else if (html !== undefined && /^\s*<!-- page\n/.test(html)) page = parsePage(path, html);
    else return undefined;
    const made = blocks(site, widgets, elements);
    page.main = page.main.replace(/<!-- insert ([a-z-]+)(?: ([a-z0-9-]+))? -->/g, (_whole, name: string, argument = '') => {
      if (!made[name]) throw new Error(`${path}: no block "${name}"`);
      return made[name](argument);
    });
    return layout(page, handWritten(), elements);
  };
  const elementFile = (path: string) => resolve(site, path.slice(1));
  return {
    name: 'frisklivs:site-pages',
    /** The element pages' files (they do not exist on disk), as build inputs. */
    elementPages: () => elementsOf(readManifest()).map((e) => elementFile(elementPath(e))),
    resolveId(id) {
      return elementsOf(readManifest()).some((e) => elementFile(elementPath(e)) === id) ? id : null;
    },
    load(id) {
      const element = elementsOf(readManifest()).find((e) => elementFile(elementPath(e)) === id);
      return element ? render(elementPath(element)) : null;
    },
    configureServer(server) {
      // Element pages have no file: make them here, then let Vite transform them as any page.
      server.middlewares.use(async (request, response, next) => {
        const path = new URL(request.url ?? '/', 'http://x').pathname;
        if (!/^\/docs-site\/elements\/[\w-]+\.html$/.test(path) || existsSync(elementFile(path))) return next();
        const html = render(path);
        if (!html) return next();
        response.setHeader('content-type', 'text/html; charset=utf-8');
        response.end(await server.transformIndexHtml(path, html, request.originalUrl));
      });
    },
    transformIndexHtml: {
      order: 'pre',
      handler(html, context) {
        const path = context.path.startsWith('/') ? context.path : `/${context.path}`;
        return render(path, html) ?? html;
      },
    },
  };
}
