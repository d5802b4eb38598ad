// Tests run in Debian's Chromium (no browser download is possible or wanted).
// Source tests are TypeScript, compiled by esbuild without a `target`, so the
// built files under dist/ are served untouched and tested as users get them.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { summaryReporter } from './scripts/wtr-summary-reporter.mjs';
import { defaultReporter } from '@web/test-runner';
import { visualPlugin } from './scripts/wtr-visual-plugin.mjs';

const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

/**
 * Paths the tests use as the published site does: the sample feed at /demo/, the library's
 * built files at /dist/ (the server's root is the repository).
 */
const SITE_PATHS = [
  [/^\/demo\/(feed|postcodes)\.json/, '/packages/sample-feed/$1.json'],
  [/^\/dist\//, '/packages/widgets/dist/'],
  [/^\/custom-elements\.json/, '/packages/widgets/custom-elements.json'],
];

export default {
  files: ['packages/*/test/**/*.test.ts', '!packages/*/test/fixtures/**'],
  // Workspace packages resolve to their TypeScript sources (the `source` export condition).
  nodeResolve: { exportConditions: ['source', 'development'] },
  middleware: [
    function sitePaths(context, next) {
      for (const [pattern, replacement] of SITE_PATHS) {
        if (pattern.test(context.url)) {
          context.url = context.url.replace(pattern, replacement);
          break;
        }
      }
      return next();
    },
  ],
  // One page at a time: a background tab in headless Chromium gets no animation frames.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  // visualPlugin: the screenshot comparison of packages/widgets/test/visual (UPDATE_VISUAL=1 rewrites the references).
  plugins: [esbuildPlugin({ ts: true, tsconfig: './packages/widgets/tsconfig.json' }), visualPlugin()],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        args: [
          ...(isRoot ? ['--no-sandbox'] : []),
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          // Several test pages run at once; background pages must still get animation frames and timers.
          '--disable-background-timer-throttling',
          '--disable-renderer-backgrounding',
          '--disable-backgrounding-occluded-windows',
        ],
      },
      // Pin the clock's zone so date tests mean the same on every machine.
      async createPage({ context }) {
        const page = await context.newPage();
        await page.emulateTimezone('Europe/Oslo');
        return page;
      },
    }),
  ],
  // Lit's development build runs in the tests. Its one-time "dev mode" banner is
  // expected; every other Lit warning (lit.dev/msg/…) fails the run (see the reporter).
  testRunnerHtml: (testFramework) => `<!doctype html>
    <html><head><script>globalThis.litIssuedWarnings = new Set(['dev-mode']);</script></head>
    <body><script type="module" src="${testFramework}"></script></body></html>`,
  reporters: [defaultReporter(), summaryReporter()],
};
