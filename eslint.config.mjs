// Flat config. The import boundary: only src/io/ may touch @actions/*, node:fs, Octokit or artifacts.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const ioOnly = [
  { group: ['@actions/*', '@octokit/*'], message: 'Only src/io/ may import the Actions toolkit or Octokit.' },
  { group: ['node:fs', 'node:fs/*', 'fs', 'fs/*'], message: 'Only src/io/ may touch the file system.' },
  {
    group: ['node:child_process', 'node:worker_threads', 'node:net', 'node:http', 'node:https'],
    message: 'I/O belongs in src/io/.',
  },
];

export default tseslint.config(
  { ignores: ['.build/**', 'dist/**', 'node_modules/**', '__tests__/fixtures/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        TextDecoder: 'readonly',
        TextEncoder: 'readonly',
        structuredClone: 'readonly',
        performance: 'readonly',
        fetch: 'readonly',
        AbortController: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/io/**', 'src/entries/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: ioOnly }] },
  },
  {
    files: ['scripts/**/*.mjs', '__tests__/**/*.mjs'],
    rules: { '@typescript-eslint/no-unused-vars': 'off' },
  },
);
