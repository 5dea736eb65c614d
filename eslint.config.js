// Lint is here for the architecture's boundaries more than for style:
// src/ is browser-free, the content script never imports background code,
// and nothing imports the extension's pages from another entry point.
import tseslint from 'typescript-eslint';

const browserApis = [
  { name: 'webextension-polyfill', message: 'src/ is browser-free: pass data in, do not import browser APIs.' },
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'tests/e2e/fixtures/dist/**', 'coverage/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    rules: {
      'no-restricted-imports': ['error', { paths: browserApis, patterns: [{ group: ['**/extension/**', '../extension/*', '../../extension/*'], message: 'src/ never imports extension/.' }] }],
      'no-restricted-globals': ['error',
        { name: 'chrome', message: 'src/ is browser-free.' },
        { name: 'browser', message: 'src/ is browser-free.' },
        { name: 'document', message: 'src/ is browser-free.' },
        { name: 'window', message: 'src/ is browser-free.' },
        { name: 'fetch', message: 'src/ makes no network requests.' },
        { name: 'XMLHttpRequest', message: 'src/ makes no network requests.' },
        { name: 'WebSocket', message: 'src/ makes no network requests.' },
      ],
    },
  },
  {
    files: ['extension/content/**/*.ts', 'extension/content/**/*.tsx'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['**/background/**', '../background/*'], message: 'The content script never imports background code: talk to it with messages.' },
        { group: ['**/src/engine/**', '**/src/engine'], message: 'The engine lives in the background; the content script sends drafts there.' },
        { group: ['**/popup/**', '**/options/**'], message: 'The content script never imports extension pages.' },
      ] }],
    },
  },
  {
    files: ['extension/**/*.ts', 'extension/**/*.tsx'],
    rules: {
      'no-restricted-globals': ['error',
        { name: 'fetch', message: 'No network requests, ever.' },
        { name: 'XMLHttpRequest', message: 'No network requests, ever.' },
        { name: 'WebSocket', message: 'No network requests, ever.' },
        { name: 'EventSource', message: 'No network requests, ever.' },
      ],
    },
  },
);
