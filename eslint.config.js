// @ts-check
/**
 * Lint for the whole tree. typescript-eslint's recommended rules without type information (fast), and
 * the import layering of docs/ontwerp.md §4 — folder = where the code may run, as in VS Code — as
 * `no-restricted-imports` per folder. tests/unit/lagen.test.ts checks the same layering by resolving
 * every import, so switching this file off does not switch the rule off.
 *
 *   renderer/  → shared/, npm packages for the page            (no Node, no Electron, no electron/**)
 *   shared/    → shared/, npm packages that run anywhere         (no Node, no Electron, no renderer/, no electron/**)
 *   electron/backend, cli, bridge → shared/, backend, Node       (no 'electron', no renderer/)
 *   electron/main    → backend, bridge, shared/, Node, 'electron'
 *   electron/preload → shared/, 'electron'                      (sandboxed: no Node builtins)
 */
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';

const ontsnap = (/** @type {string} */ s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const builtins = [...new Set(builtinModules.map((m) => m.replace(/^node:/, '').split('/')[0]))];

/** A no-restricted-imports pattern: a regex over the import specifier, with the reason. */
const verbod = (/** @type {string} */ regex, /** @type {string} */ message) => ({ regex, message });

const GEEN_NODE = verbod(
  `^(node:.*|(${builtins.map(ontsnap).join('|')})(/.*)?)$`,
  'docs/ontwerp.md §4: deze laag draait zonder Node (pagina of sandbox); Node-modules horen in electron/backend.',
);
const GEEN_ELECTRON = verbod(
  '^(electron|@electron/.*)(/.*)?$',
  "docs/ontwerp.md §4: alleen electron/main en electron/preload importeren 'electron'.",
);
const GEEN_ELECTRON_MAPPEN = verbod(
  '(^|/)electron/',
  'docs/ontwerp.md §4: renderer/ en shared/ importeren niets uit electron/**; de pagina praat alleen via het API-contract (shared/api.ts).',
);
const GEEN_RENDERER = verbod(
  '(^|/)renderer(/|$)',
  'docs/ontwerp.md §4: lagen importeren alleen naar beneden; renderer/ staat bovenaan en wordt door niemand geïmporteerd.',
);
const GEEN_NATIEF = verbod(
  '^(@journeyapps/sqlcipher|better-sqlite3|better-sqlite3-multiple-ciphers)$',
  'docs/ontwerp.md §4: de databasebinding draait alleen in electron/backend.',
);
/** From backend/cli/bridge, the shell folders above them (relative `../main` or a path naming them). */
const GEEN_SHELL = verbod(
  '(^(\\.\\./)+|(^|/)electron/)(main|preload)(/|$)',
  'docs/ontwerp.md §4: electron/main en electron/preload staan boven backend, cli en bridge.',
);
const GEEN_ADAPTERS = verbod(
  '(^(\\.\\./)+|(^|/)electron/)(cli|bridge)(/|$)',
  'docs/ontwerp.md §4: backend kent zijn adapters (cli, bridge) niet; die roepen de router aan.',
);

const lagen = (/** @type {string[]} */ files, /** @type {{regex: string, message: string}[]} */ patterns) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns }] },
});

export default defineConfig(
  globalIgnores(['dist/', 'node_modules/', 'native/', 'test-artifacts/', 'release/', 'coverage/', '**/.vite/', 'reports/', '.stryker-tmp/']),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2024, sourceType: 'module' },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // `_name` marks a parameter that a signature demands but the body does not need.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    files: ['electron/**', 'scripts/**', 'bin/**', 'tests/**', 'bench/**', '*.config.{js,ts,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
  { files: ['renderer/**'], languageOptions: { globals: { ...globals.browser } } },
  { files: ['electron/preload/**'], languageOptions: { globals: { ...globals.browser, process: 'readonly' } } },

  // The layering (docs/ontwerp.md §4). One entry per folder: a later no-restricted-imports replaces an earlier one.
  lagen(['renderer/**'], [GEEN_NODE, GEEN_ELECTRON, GEEN_ELECTRON_MAPPEN, GEEN_NATIEF]),
  lagen(['shared/**'], [GEEN_NODE, GEEN_ELECTRON, GEEN_ELECTRON_MAPPEN, GEEN_RENDERER, GEEN_NATIEF]),
  lagen(['electron/backend/**'], [GEEN_ELECTRON, GEEN_RENDERER, GEEN_SHELL, GEEN_ADAPTERS]),
  lagen(['electron/cli/**', 'electron/bridge/**'], [GEEN_ELECTRON, GEEN_RENDERER, GEEN_SHELL]),
  lagen(['electron/main/**'], [GEEN_RENDERER]),
  lagen(['electron/preload/**'], [GEEN_NODE, GEEN_RENDERER, GEEN_NATIEF]),
);
