import { readdirSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { minifyHTMLLiterals } from 'minify-html-literals';

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

// Lit's html`` templates are strings to the minifier; collapse their whitespace
// and comments at build time (a citizen's phone downloads every byte). The HTML
// minifier's own CSS minifier drops @layer blocks whole, so css`` templates get a
// plain, safe squeeze instead: comments out, whitespace runs to one space, no
// space around { } ; , (none of our CSS has those inside strings).
function squeezeCss(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1')
    .trim();
}
function minifyTemplates(): Plugin {
  return {
    name: 'frisklivs:minify-templates',
    enforce: 'post',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/\b(html|css|svg)`/.test(code)) return null;
      // Only templates without ${…} (whose JavaScript must be left alone).
      const squeezed = code.replace(/\bcss`([^`$]*)`/g, (_match, body: string) => `css\`${squeezeCss(body)}\``);
      try {
        const result = minifyHTMLLiterals(squeezed, { fileName: id, shouldMinifyCSS: () => false });
        if (result) return { code: result.code, map: result.map?.toString() ?? null };
        return squeezed === code ? null : { code: squeezed, map: null };
      } catch (error) {
        // A template the minifier cannot parse (e.g. CSS built from parts) ships as written.
        this.warn(`templates left as written in ${id}: ${(error as Error).message}`);
        return null;
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
