// Flat config. Two boundaries, kept by no-restricted-imports (ARCHITECTURE.md draws them):
// - only src/io/ may touch @actions/*, Octokit, the file system, threads, processes or sockets;
// - the floors: an import goes down, never up. From the top:
//     entries -> cli -> run -> io | report -> gates -> parsers -> stats, config -> model
//   and src/io/ is an adapter floor: it imports nothing from gates, report, parsers, stats or run.
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

/** A floor may not import these folders of src/ (matched anywhere in a relative import path). */
const up = (...dirs) =>
  dirs.map((d) => ({
    group: [`**/${d}/*`, `**/${d}/**`],
    message: `no import of src/${d}/ from this floor (ARCHITECTURE.md: imports go down)`,
  }));

/** The floors: their files, and what they may not import. */
const floors = [
  {
    files: ['src/model.ts', 'src/version.ts', 'src/inputs.ts'],
    up: ['stats', 'config', 'parsers', 'gates', 'report', 'io', 'run', 'cli', 'entries'],
  },
  {
    files: ['src/stats/**', 'src/config/**'],
    up: ['parsers', 'gates', 'report', 'io', 'run', 'cli', 'entries'],
  },
  { files: ['src/parsers/**'], up: ['gates', 'report', 'io', 'run', 'cli', 'entries'] },
  { files: ['src/gates/**'], up: ['report', 'io', 'run', 'cli', 'entries'] },
  { files: ['src/report/**'], up: ['io', 'run', 'cli', 'entries'] },
  { files: ['src/run/**'], up: ['cli', 'entries'] },
  { files: ['src/cli/**'], up: ['entries'] },
];

export default tseslint.config(
  // wasm/ is AssemblyScript (its own types: u32, usize, load<T>), checked by its compiler (asc)
  { ignores: ['.build/**', 'dist/**', 'node_modules/**', '__tests__/fixtures/**', 'coverage/**', 'wasm/**'] },
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
        AbortSignal: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    // a function a reader can hold: split along the protocol's own steps (each criterion of a gate
    // its own function). No exceptions today; one would be named here with its reason.
    files: ['src/**/*.ts'],
    rules: { 'max-lines-per-function': ['error', { max: 120, skipBlankLines: true, skipComments: true }] },
  },
  ...floors.map((f) => ({
    files: f.files,
    rules: { 'no-restricted-imports': ['error', { patterns: [...ioOnly, ...up(...f.up)] }] },
  })),
  {
    // adapters: the Actions toolkit, Octokit and the file system, and nothing of the program
    files: ['src/io/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: up('gates', 'report', 'parsers', 'stats', 'run', 'cli', 'entries') },
      ],
    },
  },
  {
    files: ['scripts/**/*.mjs', '__tests__/**/*.mjs'],
    rules: { '@typescript-eslint/no-unused-vars': 'off' },
  },
);
