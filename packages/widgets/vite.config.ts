import { readdirSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { minifyHTMLLiterals } from 'minify-html-literals';
import { transform } from 'lightningcss';
import ts from 'typescript';

// Three library builds from one config:
//   `vite build`                 → dist/frisklivs-widgets.js, the file a web editor loads with a script tag,
//                                  dist/elements/fl-*.js and their chunks in dist/chunks/ (see below).
//   `vite build --mode all`      → dist/all/: every element in one file, for pages with three or four.
//   `vite build --mode npm`      → dist/npm/: one ES entry per element plus an all-in-one entry for
//                                  bundler users, runtime dependencies left external.
// The demo pages and the documentation site are their own workspace (packages/site).
const root = import.meta.dirname;
const elementNames = readdirSync(resolve(root, 'src/elements')).filter((name) =>
  existsSync(resolve(root, 'src/elements', name, 'define.ts')),
);

const minify = { codegen: true } as const; // full minification; see the toolchain notes
/** The feed reader (the streamed parser, the schema and the validator, src/feed/read-feed.ts): a chunk of its own. */
/**
 * The views a centre is shown with (its result card, filters, opening status, directions, map, referral words, and
 * their CSS): the centre finder loads them at its first question (src/elements/centre-finder/result-views.ts), the
 * card with its first screen. A chunk of their own, so that the centre finder's first load, the timeline and the group finder
 * leave them out.
 */
const CENTRE_VIEWS =
  /[\\/]src[\\/]shared[\\/](directions-view|opening-status-view|referral-view|list-format|centre-feature-styles|map[\\/]map-view)\.ts$/;
/** With CENTRE_VIEWS, what only a centre's views use, for the all-in-one build's centre-views chunk. */
const ALL_CENTRE_VIEWS = /[\\/]src[\\/](feed[\\/](holidays|opening-hours|directions)|shared[\\/]map[\\/]map-controller)\.ts$/;
const FEED_READER = /[\\/]src[\\/]feed[\\/](read-feed|stream-parse|validate|schema|schema-kit)\.ts$/;

// Lit's html`` templates are strings to the minifier; collapse their whitespace and comments at
// build time (a citizen's phone downloads every byte). The HTML minifier's own CSS minifier drops
// @layer blocks whole, so css`` templates go through Lightning CSS instead (it keeps @layer). A
// template's ${…} expressions stand in the CSS as `@fl-expression-N;` while it is minified (ours sit
// where a rule goes); a template Lightning CSS cannot parse ships as written, with a warning.
const PLACEHOLDER = /@fl-expression-(\d+);?/g;
function minifyCssTemplates(code: string, id: string, warn: (message: string) => void): string {
  const source = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const edits: { start: number; end: number; text: string }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && node.tag.text === 'css') {
      const template = node.template;
      const literals = ts.isNoSubstitutionTemplateLiteral(template)
        ? [template.rawText ?? '']
        : [template.head.rawText ?? '', ...template.templateSpans.map((span) => span.literal.rawText ?? '')];
      const expressions = ts.isNoSubstitutionTemplateLiteral(template)
        ? []
        : template.templateSpans.map((span) => code.slice(span.expression.getStart(source), span.expression.end));
      const text = literals.map((literal, i) => (i < expressions.length ? `${literal}@fl-expression-${i};` : literal)).join('');
      try {
        const minified = transform({ filename: id, code: Buffer.from(text), minify: true }).code.toString();
        const found = new Set<number>();
        const restored = minified.replace(PLACEHOLDER, (_whole, n: string) => (found.add(Number(n)), `\${${expressions[Number(n)]}}`));
        if (found.size !== expressions.length) throw new Error('an expression was not where a rule goes');
        if (/[`\\]|\$\{/.test(minified)) throw new Error('the minified CSS has a backtick, backslash or ${');
        edits.push({ start: template.getStart(source), end: template.end, text: `\`${restored}\`` });
      } catch (error) {
        warn(`a css\`\` template left as written in ${id}: ${(error as Error).message}`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  for (const edit of edits.reverse()) code = code.slice(0, edit.start) + edit.text + code.slice(edit.end);
  return code;
}
function minifyTemplates(): Plugin {
  return {
    name: 'frisklivs:minify-templates',
    enforce: 'post',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/\b(html|css|svg)`/.test(code)) return null;
      const withCss = /\bcss`/.test(code) ? minifyCssTemplates(code, id, (message) => this.warn(message)) : code;
      try {
        const result = minifyHTMLLiterals(withCss, { fileName: id, shouldMinifyCSS: () => false });
        if (result) return { code: result.code, map: result.map?.toString() ?? null };
        return withCss === code ? null : { code: withCss, map: null };
      } catch (error) {
        // A template the minifier cannot parse ships as written.
        this.warn(`templates left as written in ${id}: ${(error as Error).message}`);
        return withCss === code ? null : { code: withCss, map: null };
      }
    },
  };
}

export default defineConfig(({ mode }) => {
  if (mode === 'npm') {
    const entries: Record<string, string> = {
      index: resolve(root, 'src/index.ts'),
      'define-all': resolve(root, 'src/define-all.ts'),
      feed: resolve(root, 'src/feed/index.ts'),
      'reserve-css': resolve(root, 'src/shared/reserve-css.ts'),
    };
    for (const name of elementNames) {
      entries[`${name}`] = resolve(root, `src/elements/${name}/${name}.ts`);
      entries[`${name}.define`] = resolve(root, `src/elements/${name}/define.ts`);
    }
    return {
      plugins: [minifyTemplates()],
      build: {
        outDir: 'dist/npm',
        emptyOutDir: true,
        target: 'es2022',
        sourcemap: true,
        lib: { entry: entries, formats: ['es'] },
        rolldownOptions: {
          external: [/^lit($|\/)/, /^@lit\//, /^@floating-ui\//],
          output: { minify, chunkFileNames: 'chunks/[name]-[hash].js' },
        },
      },
    };
  }
  if (mode === 'all') {
    // dist/all/frisklivs-widgets-all.js: every element in one file with its own lazy chunks, which
    // dist/frisklivs-widgets.js loads instead of the split files on a page with three or four kinds of element.
    return {
      plugins: [minifyTemplates()],
      build: {
        outDir: 'dist/all',
        emptyOutDir: true,
        target: 'es2022',
        lib: {
          entry: { 'frisklivs-widgets-all': resolve(root, 'src/define-all.ts') },
          formats: ['es'],
          fileName: (_format, name) => `${name}.js`,
        },
        rolldownOptions: {
          // The entry may export what its lazy chunks import from it, so the code they share with it (the localize
          // runtime, the calendar tables, the feed's word lists) stays in this one file instead of three small chunks
          // fetched after it.
          preserveEntrySignatures: 'allow-extension',
          output: {
            minify,
            comments: false,
            chunkFileNames: 'chunks/[name]-[hash].js',
            // The card's content views (card-content) and the centre finder's result views share a centre's views:
            // one chunk for those; what the entry shares with its lazy chunks (Lit, the base) in one chunk beside it,
            // else rolldown cuts it into seven small chunks that gzip worse.
            codeSplitting: {
              groups: [
                {
                  name: 'centre-views',
                  test: (id: string) => CENTRE_VIEWS.test(id) || ALL_CENTRE_VIEWS.test(id),
                  priority: 2,
                  includeDependenciesRecursively: false,
                },
                {
                  name: 'all-shared',
                  test: (id: string) => !/[\\/]src[\\/]i18n[\\/](generated|locale-data)[\\/]/.test(id) && !FEED_READER.test(id),
                  minShareCount: 2,
                  priority: 1,
                },
              ],
            },
          },
        },
      },
    };
  }
  // The script-tag build: dist/frisklivs-widgets.js defines the elements a page uses (src/autoload.ts),
  // dist/elements/fl-*.js define one element each (for a page that names its element), and both share
  // dist/chunks/: one chunk of what every element needs (Lit, the base element, the feed loader and validator,
  // the Bokmål formatting), each element's own code in its file, and chunks that load only when needed
  // (another locale's strings and calendar, Floating UI on first search, the QR encoder, the .ics writer).
  // Also dist/frisklivs-widgets.css: the `:not(:defined)` rules that reserve each element's space before the script
  // runs (for the page's <head>; the WordPress plugin prints it).
  const entries: Record<string, string> = { 'frisklivs-widgets': resolve(root, 'src/autoload.ts') };
  for (const name of elementNames) entries[`elements/fl-${name}`] = resolve(root, `src/elements/${name}/define.ts`);
  return {
    plugins: [minifyTemplates(), reserveCssFile()],
    build: {
      outDir: 'dist',
      emptyOutDir: true, // runs first in `npm run build`; the npm build and the types follow
      target: 'es2022',
      lib: { entry: entries, formats: ['es'], fileName: (_format, name) => `${name}.js` },
      rolldownOptions: {
        // Needed by the centre views' group (a group of its modules only, see there).
        preserveEntrySignatures: 'allow-extension',
        output: {
          minify,
          // No /* @__PURE__ */ annotations left in what a browser downloads (46 of them in the shared chunk).
          comments: false,
          chunkFileNames: 'chunks/[name]-[hash].js',
          codeSplitting: {
            groups: [
              {
                // The calendar writer (the timeline's and the group finder's .ics files): loads on export only.
                name: 'ics',
                test: (id: string) => /[\\/]src[\\/]shared[\\/](ics|calendar-file)\.ts$/.test(id),
                priority: 1,
                includeDependenciesRecursively: false, // not the localize runtime and the feed's helpers it uses
              },
              {
                name: 'centre-views',
                test: (id: string) => CENTRE_VIEWS.test(id),
                priority: 1,
                // Only these modules: with their dependencies the group would take Lit and the base along.
                includeDependenciesRecursively: false,
              },
              {
                // What every element uses (Lit, the base element, the feed loader, the base styles), in one chunk.
                // What only two or three use (opening hours, the map's controller, "Del", the feature styles) goes in
                // the chunks rolldown makes per combination, so a page does not download another element's parts
                // (minShareCount 2 made the timeline's page carry 4.7 KB it never ran). Not the feed reader: the
                // loader asks for it with the first feed request (src/feed/loader.ts).
                name: 'shared',
                test: (id: string) => !/[\\/]src[\\/]i18n[\\/](generated|locale-data)[\\/]/.test(id) && !FEED_READER.test(id),
                minShareCount: 4,
              },
            ],
          },
        },
      },
    },
  };
});

/** Emits dist/frisklivs-widgets.css: `reserveCss()` of src/shared/reserve-css.ts. */
function reserveCssFile(): Plugin {
  return {
    name: 'frisklivs:reserve-css',
    async generateBundle() {
      const { reserveCss } = await import('./src/shared/reserve-css.js');
      this.emitFile({ type: 'asset', fileName: 'frisklivs-widgets.css', source: `${reserveCss()}\n` });
    },
  };
}
