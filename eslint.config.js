// Typed ESLint for the whole workspace; each package runs `eslint .` against this file.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

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
