// Typed ESLint for the whole workspace; each package runs `eslint .` against this file.
import js from '@eslint/js';
import globals from 'globals';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import tseslint from 'typescript-eslint';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';

// The web app's zones (ADR-027): a feature uses another only through shared code (components/,
// lib/), routes reach a feature only through its index, and nothing below routes imports them.
const web = join(import.meta.dirname, 'apps/web/src');
const features = readdirSync(join(web, 'features'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => join(web, 'features', entry.name));
const shared = ['components', 'lib', 'i18n'].map((folder) => join(web, folder));
const webZones = [
  ...features.map((feature) => ({
    target: feature,
    from: features.filter((other) => other !== feature),
    message: 'A feature uses another only through shared code (components/, lib/).',
  })),
  {
    target: join(web, 'routes'),
    from: join(web, 'features/**'),
    except: [join(web, 'features/*/index.ts')],
    message: 'Routes import a feature through its index.ts, not its files.',
  },
  {
    target: [...features, ...shared],
    from: join(web, 'routes'),
    message: 'Routes import features and shared code, never the other way.',
  },
  {
    target: shared,
    from: join(web, 'features'),
    message: 'Shared code (components/, lib/, i18n/) imports no feature.',
  },
];

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      '**/routeTree.gen.ts',
      '**/.data/**',
      'migrations/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      // process.env is read once per app, in src/env.ts (validated with zod).
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Read configuration from env.ts.' },
      ],
    },
  },
  {
    files: [
      '**/env.ts',
      '**/*.test.ts',
      '**/*.test.tsx',
      '**/testing/**',
      '**/testing.ts',
      '**/vitest.config.ts',
      '**/scripts/**',
      '**/bench/**',
    ],
    rules: { 'no-restricted-properties': 'off' },
  },
  {
    // The database role and the tenant context are set in one place, runAs (ADR-023): a
    // set_config or a role switch anywhere else would bypass the principal it carries.
    files: ['**/*.ts', '**/*.tsx'],
    ignores: ['packages/db/src/context.ts', 'packages/db/src/context.test.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...['TemplateElement[value.raw', 'Literal[value'].map((node) => ({
          selector: `${node}=/set_config|\\b(set|reset)\\s+(local\\s+|session\\s+)?role\\b/i]`,
          message: 'Only runAs (packages/db/src/context.ts) sets the role and tenant context.',
        })),
      ],
    },
  },
  {
    // The browser suite drives the built server as a user would: no workspace code in it.
    files: ['apps/e2e/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@bunkai/*'], message: 'apps/e2e tests only the built server.' }] },
      ],
    },
  },
  {
    files: ['apps/web/src/**/*.ts', 'apps/web/src/**/*.tsx'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })],
    },
    rules: { 'import-x/no-restricted-paths': ['error', { zones: webZones }] },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    files: ['apps/web/**/*.tsx', 'packages/ui/**/*.tsx'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
);
