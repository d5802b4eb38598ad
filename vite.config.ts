import { readdirSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

// Two library builds from one config:
//   `vite build`             → dist/frisklivs-widgets.js: the one file a web editor loads with a
//                              script tag; Lit and Floating UI inside, locale strings in lazy chunks beside it.
//   `vite build --mode npm`  → dist/npm/: one ES entry per element plus an all-in-one entry for
//                              bundler users, runtime dependencies left external.
// `vite` (dev) serves the demo on the sample feed.
const root = import.meta.dirname;
const elementNames = readdirSync(resolve(root, 'src/elements')).filter((name) =>
  existsSync(resolve(root, 'src/elements', name, 'define.ts')),
);

const minify = { codegen: true } as const; // full minification; see the toolchain notes

export default defineConfig(({ command, mode }) => {
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
  // The script-tag build. Each element also gets a file of its own (dist/elements/fl-*.js) for
  // pages that use one element; all share the chunks beside them, so the size gate can measure
  // exactly what a page downloads for each (the entry plus the chunks it imports statically).
  const entries: Record<string, string> = { 'frisklivs-widgets': resolve(root, 'src/define-all.ts') };
  for (const name of elementNames) entries[`elements/fl-${name}`] = resolve(root, `src/elements/${name}/define.ts`);
  return {
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      target: 'es2022',
      lib: { entry: entries, formats: ['es'], fileName: (_format, name) => `${name}.js` },
      rolldownOptions: {
        output: { minify, chunkFileNames: 'chunks/[name]-[hash].js' },
      },
    },
  };
});
