// One lint configuration for every workspace (`npm run lint`, run in CI). Formatting is Prettier's
// (`npm run format:check`); eslint-config-prettier turns off the rules that would disagree with it.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { importX } from 'eslint-plugin-import-x';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const widgetsSrc = 'packages/widgets/src';

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      'packages/widgets/src/i18n/generated/**',
      'packages/widgets/bench/.build/**',
      'packages/widgets/types/**',
      'packages/wordpress/frisklivs-widgets/assets/**',
      'packages/wordpress/build/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    settings: {
      // Resolves `./x.js` to `./x.ts` and workspace packages to their sources, as TypeScript does.
      'import-x/resolver-next': [
        createTypeScriptImportResolver({
          project: ['packages/*/tsconfig.json', 'packages/*/tsconfig.node.json', 'packages/*/test/tsconfig.json'],
          conditionNames: ['source', 'types', 'import', 'node', 'default'],
          noWarnOnMultipleProjects: true,
        }),
      ],
    },
    rules: {
      // Every package a file imports is declared in the package.json of the workspace that holds the file.
      'import-x/no-extraneous-dependencies': ['error', { includeTypes: true }],
      // Workspaces import each other by package name (through `exports`), never by a path into another package.
      'import-x/no-relative-packages': 'error',
      'import-x/no-duplicates': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // `typeof import('./x.js')` types a module that is loaded lazily, without a static import.
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
      '@typescript-eslint/no-unused-expressions': ['error', { allowShortCircuit: true, allowTernary: true }],
    },
  },
  {
    // Chai's property assertions (`expect(x).to.exist`) are expressions by design.
    files: ['packages/*/test/**'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    // Browser code: the library, the site's pages, the browser tests and the bench page.
    files: [
      'packages/widgets/src/**',
      'packages/site/docs-site/**',
      'packages/*/test/**/*.test.ts',
      'packages/*/test/**/*.js',
      'packages/widgets/bench/bench-page.ts',
    ],
    languageOptions: { globals: globals.browser },
  },
  {
    // Node code: scripts, configs, Node-side tests, the feed kit, the WordPress tooling.
    files: [
      '**/*.mjs',
      '**/*.config.{js,ts,mjs}',
      'eslint.config.js',
      'scripts/**',
      'packages/*/scripts/**',
      'packages/*/test/**/*.node-test.ts',
      'packages/site/test/site-harness.ts',
      'packages/feed-kit/**',
      'packages/wordpress/**',
      'packages/sample-feed/**',
    ],
    languageOptions: { globals: globals.node },
  },
  {
    // Node scripts that drive a browser: the callbacks of page.evaluate() run in the page.
    files: ['packages/wordpress/test/e2e.mjs', 'packages/widgets/bench/*.mjs', 'packages/widgets/scripts/measure-reservations.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // The library: Lit and web-component rules, and the one-way layers i18n ← feed ← shared ← elements.
    files: [`${widgetsSrc}/**/*.ts`],
    ...lit.configs['flat/recommended'],
  },
  {
    files: [`${widgetsSrc}/**/*.ts`],
    ...wc.configs['flat/recommended'],
  },
  {
    files: [`${widgetsSrc}/**/*.ts`],
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: `${widgetsSrc}/i18n`,
              from: [`${widgetsSrc}/feed`, `${widgetsSrc}/shared`, `${widgetsSrc}/elements`],
              message: 'i18n is the lowest layer.',
            },
            { target: `${widgetsSrc}/feed`, from: [`${widgetsSrc}/shared`, `${widgetsSrc}/elements`], message: 'feed imports only i18n.' },
            { target: `${widgetsSrc}/shared`, from: `${widgetsSrc}/elements`, message: 'shared code never imports an element.' },
          ],
        },
      ],
      // Side effects (customElements.define) only in define files, behind a guard.
      'wc/no-self-class': 'off',
    },
  },
  prettier,
);
