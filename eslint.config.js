import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import jsxText from './build/lint/jsx-text.js';
import layers from './build/lint/layers.js';

export default tseslint.config(
  { ignores: ['dist', 'dist-mock', 'dist-lib', 'reports', '.stryker-tmp', 'test-results', 'playwright-report', 'public/mockServiceWorker.js'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': 'off',
      // React Router's redirect() is a Response, thrown by loaders by design.
      '@typescript-eslint/only-throw-error': ['error', { allow: [{ from: 'lib', name: 'Response' }] }],
    },
  },
  {
    // React code only: Playwright fixtures also call a function named `use`.
    files: ['src/**/*.{ts,tsx}', 'mocks/**/*.tsx'],
    ...reactHooks.configs.flat['recommended-latest'],
  },
  {
    files: ['src/**/*.tsx'],
    ...jsxA11y.flatConfigs.strict,
  },
  ...pluginQuery.configs['flat/recommended'],
  {
    // Imports only go down the layers (README, Layout), and features do not import each other
    // (build/lint/layers.js): app → features → components → api → lib → config → contract; mocks → contract.
    files: ['src/**/*.{ts,tsx}', 'mocks/**/*.{ts,tsx}', 'contract/**/*.ts'],
    plugins: { layers },
    rules: { 'layers/imports': 'error' },
  },
  {
    // Words people see or hear come from the i18n catalogues (build/lint/jsx-text.js); the mock's
    // components take theirs as props from the app. Tests may write the text they look for.
    files: ['src/**/*.tsx', 'mocks/**/*.tsx'],
    ignores: ['**/*.test.tsx', 'src/test/**'],
    plugins: { 'jsx-text': jsxText },
    rules: { 'jsx-text/no-literal-text': 'error' },
  },
  {
    // The backend core stays framework-free so any adapter can host it.
    files: ['mocks/backend/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['msw', 'msw/*', 'react', 'react-*'], message: 'mocks/backend is framework-free.' }] }],
    },
  },
  {
    // Appwrite facts both sides import: plain TypeScript, no packages.
    files: ['contract/**/*.ts'],
    ignores: ['contract/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: '^[^.]', message: 'contract/ is framework-free: it imports no packages.' }] }],
    },
  },
  { files: ['**/*.js', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },
);
