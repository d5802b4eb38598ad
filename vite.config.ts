import { readdirSync, existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { minifyHTMLLiterals } from 'minify-html-literals';

// Three library builds from one config:
//   `vite build`                 → dist/frisklivs-widgets.js: the one file a web editor loads with a
//                                  script tag (Lit inside), lazy chunks beside it in dist/chunks/.
//   `vite build --mode elements` → dist/elements/fl-*.js: one self-contained file per element.
//   `vite build --mode npm`      → dist/npm/: one ES entry per element plus an all-in-one entry for
//                                  bundler users, runtime dependencies left external.
//   `vite build --mode site`     → dist/site/: the documentation site (docs-site/) and the demos.
// `vite` (dev) serves the demo on the sample feed, and the documentation site at /docs-site/.
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
        if (result) return { code: result.code, map: result.map };
        return squeezed === code ? null : { code: squeezed, map: null };
      } catch (error) {
        // A template the minifier cannot parse (e.g. CSS built from parts) ships as written.
        this.warn(`templates left as written in ${id}: ${(error as Error).message}`);
        return null;
      }
    },
  };
}

// The documentation site (`vite build --mode site` → dist/site/): the pages of docs-site/ and
// demo/ as a multi-page app at the same paths as in dev (/docs-site/…, /demo/…), plus the files
// the pages link to or fetch, copied as they are.
function htmlPages(folder: string): Record<string, string> {
  const pages: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const entry of readdirSync(resolve(root, dir), { withFileTypes: true })) {
      const path = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.html')) pages[path.replace(/\.html$/, '')] = resolve(root, path);
    }
  };
  if (existsSync(resolve(root, folder))) walk(folder);
  return pages;
}

function copySiteFiles(): Plugin {
  // Paths as the pages use them; the script-tag bundle goes where the configurator's snippet points.
  const files = ['custom-elements.json', 'schema/feed.schema.json', 'demo/feed.json', 'demo/postcodes.json', 'docs/feed-kit.md'];
  return {
    name: 'frisklivs:copy-site-files',
    generateBundle() {
      for (const file of files) {
        if (existsSync(resolve(root, file))) this.emitFile({ type: 'asset', fileName: file, source: readFileSync(resolve(root, file)) });
        else this.warn(`${file} is missing; the site links to it`);
      }
      const bundle = resolve(root, 'dist/frisklivs-widgets.js');
      if (!existsSync(bundle)) return this.warn('dist/frisklivs-widgets.js is missing (run `vite build` first); the site will not host it');
      this.emitFile({ type: 'asset', fileName: 'frisklivs-widgets/frisklivs-widgets.js', source: readFileSync(bundle) });
      const chunks = resolve(root, 'dist/chunks');
      for (const chunk of existsSync(chunks) ? readdirSync(chunks) : []) {
        this.emitFile({ type: 'asset', fileName: `frisklivs-widgets/chunks/${chunk}`, source: readFileSync(resolve(chunks, chunk)) });
      }
    },
  };
}

export default defineConfig(({ command, mode }) => {
  if (command === 'build' && mode === 'site') {
    return {
      appType: 'mpa',
      publicDir: false,
      plugins: [minifyTemplates(), copySiteFiles()],
      build: {
        outDir: 'dist/site',
        emptyOutDir: true,
        target: 'es2022',
        rolldownOptions: { input: { ...htmlPages('docs-site'), ...htmlPages('demo') } },
      },
    };
  }
  if (command === 'serve') {
    return { server: { open: '/demo/' }, build: { target: 'es2022' } };
  }
  if (mode === 'npm') {
    const entries: Record<string, string> = {
      index: resolve(root, 'src/index.ts'),
      'define-all': resolve(root, 'src/define-all.ts'),
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
      lib: { entry: { 'frisklivs-widgets': resolve(root, 'src/define-all.ts') }, formats: ['es'], fileName: (_format, name) => `${name}.js` },
      rolldownOptions: {
        output: { minify, chunkFileNames: 'chunks/[name]-[hash].js' },
      },
    },
  };
});
