import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, extname, resolve } from 'node:path';
import { defaultClientConditions, defineConfig, type Plugin } from 'vite';
import { sitePages } from './site-pages.js';

// The documentation site and the demo pages.
//   `vite`        (npm start)  serves them at /docs-site/ and /demo/, the library from its sources.
//   `vite build`               writes dist/ (the pages, the files they fetch, and the script-tag bundle).
// The documentation pages are put together by site-pages.ts: one layout around each hand-written
// page's content, and one page per element from custom-elements.json (nothing generated is checked in).
// Both use the library through the `source` export condition, so the pages import
// `frisklivs-widgets/define-all` and get the TypeScript sources, not a stale build.
const root = import.meta.dirname;
const require = createRequire(import.meta.url);
const packageDir = (name: string) => dirname(require.resolve(`${name}/package.json`));
const widgets = packageDir('frisklivs-widgets');
const sampleFeed = packageDir('frisklivs-sample-feed');

/** Files the pages link to or fetch, by the path they use on the site. */
const SITE_FILES: Record<string, string> = {
  'custom-elements.json': resolve(widgets, 'custom-elements.json'),
  'schema/feed.schema.json': resolve(widgets, 'schema/feed.schema.json'),
  'demo/feed.json': resolve(sampleFeed, 'feed.json'),
  'demo/postcodes.json': resolve(sampleFeed, 'postcodes.json'),
  'docs/feed-kit.md': resolve(packageDir('frisklivs-feed'), 'README.md'),
  'docs-site/feed-editor-sw.js': resolve(root, 'docs-site/feed-editor-sw.js'),
};

/**
 * Files made from others: the feed editor's start data (the sample feed's municipalities, themes and
 * offers, for an empty feed). The editor fetches it relative to its own page.
 */
const DERIVED: Record<string, () => string> = {
  'docs-site/feed-editor-start.json': () => {
    const feed = JSON.parse(readFileSync(resolve(sampleFeed, 'feed.json'), 'utf8'));
    return JSON.stringify({ municipalities: feed.municipalities, themes: feed.themes, offers: feed.offers });
  },
};

/** The feed editor can be hosted on its own: its page asks for everything by relative address. */
const STANDALONE_PAGES = new Set(['docs-site/feed-editor.html']);

/** Where the configurator's snippet (and a web editor) loads the script-tag bundle from. */
const BUNDLE_PATH = 'frisklivs-widgets/frisklivs-widgets.js';

const TYPES: Record<string, string> = { '.js': 'text/javascript', '.json': 'application/json', '.md': 'text/markdown; charset=utf-8' };

function siteFiles(): Plugin {
  return {
    name: 'frisklivs:site-files',
    // Under `npm start` the bundle's URL is the library's all-in-one entry, compiled by the dev
    // server, so a snippet copied from the configurator works the first time.
    resolveId(id) {
      return id === `/${BUNDLE_PATH}` ? resolve(widgets, 'src/define-all.ts') : null;
    },
    configureServer(server) {
      // The address printed at start is the demo index, and the bare root leads there too.
      const printUrls = server.printUrls.bind(server);
      server.printUrls = () => {
        printUrls();
        for (const url of server.resolvedUrls?.local ?? []) {
          server.config.logger.info(`\n  Demo:          ${url}demo/\n  Documentation: ${url}docs-site/\n`);
        }
      };
      server.middlewares.use((request, response, next) => {
        const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname).slice(1);
        if (path === '') return void response.writeHead(302, { location: '/demo/' }).end();
        const derived = DERIVED[path];
        if (derived) return void response.writeHead(200, { 'content-type': 'application/json' }).end(derived());
        const file = SITE_FILES[path];
        if (!file || !existsSync(file)) return next();
        response.setHeader('content-type', TYPES[extname(file)] ?? 'application/octet-stream');
        response.end(readFileSync(file));
      });
    },
    generateBundle() {
      for (const [fileName, make] of Object.entries(DERIVED)) this.emitFile({ type: 'asset', fileName, source: make() });
      for (const [fileName, file] of Object.entries(SITE_FILES)) {
        if (existsSync(file)) this.emitFile({ type: 'asset', fileName, source: readFileSync(file) });
        else this.warn(`${file} is missing; the site links to it`);
      }
      // The built bundle and its chunks, as a web editor would copy them to a server.
      const dist = resolve(widgets, 'dist');
      const bundle = resolve(dist, 'frisklivs-widgets.js');
      if (!existsSync(bundle)) return this.warn('frisklivs-widgets/dist is missing (build the library first); the site will not host it');
      this.emitFile({ type: 'asset', fileName: BUNDLE_PATH, source: readFileSync(bundle) });
      // Beside it: the elements' own files, their chunks, the all-in-one file it loads for a page with three or four
      // kinds of element, and the :not(:defined) rules (frisklivs-widgets.css).
      for (const file of readdirSync(dist, { recursive: true, encoding: 'utf8' })) {
        if (!/^(chunks|elements|all)[\\/].*\.js$|^frisklivs-widgets\.css$/.test(file)) continue;
        this.emitFile({
          type: 'asset',
          fileName: `frisklivs-widgets/${file.replaceAll('\\', '/')}`,
          source: readFileSync(resolve(dist, file)),
        });
      }
    },
  };
}

/** Every HTML page under a folder, keyed by its path without `.html` (a multi-page build). */
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

const pages = sitePages(root, widgets);

export default defineConfig({
  appType: 'mpa',
  publicDir: false,
  plugins: [siteFiles(), pages],
  resolve: { conditions: ['source', ...defaultClientConditions] },
  server: { open: '/demo/', fs: { allow: [resolve(root, '../..')] } },
  experimental: {
    // The feed editor's page names its stylesheets, scripts and icon relative to itself (../assets/…).
    renderBuiltUrl: (fileName, { hostId, hostType }) =>
      hostType === 'html' && STANDALONE_PAGES.has(hostId) ? `${'../'.repeat(hostId.split('/').length - 1)}${fileName}` : undefined,
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    rolldownOptions: {
      input: [...Object.values(htmlPages('docs-site')), ...pages.elementPages(), ...Object.values(htmlPages('demo'))],
    },
  },
});
