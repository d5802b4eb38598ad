import { readdirSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { minifyHTMLLiterals } from 'minify-html-literals';
import { transform } from 'lightningcss';
import ts from 'typescript';

// Three library builds from one config:
//   `vite build`                 → dist/frisklivs-widgets.js: the one file a web editor loads with a
//                                  script tag (Lit inside), lazy chunks beside it in dist/chunks/.
//   `vite build --mode elements` → dist/elements/fl-*.js: one self-contained file per element.
//   `vite build --mode npm`      → dist/npm/: one ES entry per element plus an all-in-one entry for
//                                  bundler users, runtime dependencies left external.
// The demo pages and the documentation site are their own workspace (packages/site).
const root = import.meta.dirname;
const elementNames = readdirSync(resolve(root, 'src/elements')).filter((name) =>
  existsSync(resolve(root, 'src/elements', name, 'define.ts')),
);

const minify = { codegen: true } as const; // full minification; see the toolchain notes

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
  if (mode === 'elements') {
    // One file per element (dist/elements/fl-*.js) for pages that use a single element; they
    // share chunks in dist/elements/chunks/, so the size gate can measure exactly what a page
    // downloads for each (the entry plus the chunks it imports).
    const entries: Record<string, string> = {};
    for (const name of elementNames) entries[`fl-${name}`] = resolve(root, `src/elements/${name}/define.ts`);
    return {
      plugins: [minifyTemplates()],
      build: {
        outDir: 'dist/elements',
        emptyOutDir: true,
        target: 'es2022',
        lib: { entry: entries, formats: ['es'], fileName: (_format, name) => `${name}.js` },
        rolldownOptions: { output: { minify, chunkFileNames: 'chunks/[name]-[hash].js' } },
      },
    };
  }
  // The script-tag build: one file with every element, plus chunks beside it that load
  // only when needed (another locale's strings, Floating UI on first search, the QR encoder).
  return {
    plugins: [minifyTemplates()],
    build: {
      outDir: 'dist',
      emptyOutDir: true, // runs first in `npm run build`; the other builds and the types follow
      target: 'es2022',
      lib: {
        entry: { 'frisklivs-widgets': resolve(root, 'src/define-all.ts') },
        formats: ['es'],
        fileName: (_format, name) => `${name}.js`,
      },
      rolldownOptions: {
        output: { minify, chunkFileNames: 'chunks/[name]-[hash].js' },
      },
    },
  };
});
