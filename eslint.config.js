// The architecture, enforced by the linter (house style §12): which context may
// import what, where browser APIs may appear, and the DOM-safety rules. `npm test`
// runs it; tests/unit/lint-boundaries.test.ts proves each rule catches a violation.
import tseslint from 'typescript-eslint';

/** Imports a context must never make, by folder. Type-only imports are erased and allowed. */
const noImport = (...patterns) => [
  'error',
  { patterns: patterns.map(([group, message]) => ({ group, message, allowTypeImports: true })) },
];

const BROWSER_GLOBALS = [
  { name: 'browser', message: 'Browser APIs stay in entrypoints/: take what you need as a parameter.' },
  { name: 'chrome', message: 'Browser APIs stay in entrypoints/: take what you need as a parameter.' },
];
const DOM_GLOBALS = ['document', 'window', 'location', 'navigator', 'localStorage', 'indexedDB'].map((name) => ({
  name,
  message: 'data/ is pure: pass the document or element in from entrypoints/.',
}));

const NO_HTML = [
  { selector: 'AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]', message: 'Never write HTML: build nodes or render text.' },
  { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Never write HTML: build nodes or render text.' },
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Page and dataset text render as text, never as HTML.' },
  { selector: "CallExpression[callee.object.name='document'][callee.property.name=/^write(ln)?$/]", message: 'Never write HTML: build nodes or render text.' },
];
const DATA_IS_PURE = [
  ['wxt', 'wxt/*', '@webext-core/*', 'dexie', 'preact', 'preact/*', '**/entrypoints/**', '**/components/**'],
  'data/ is pure: no browser, storage, UI or context code.',
];
const NO_REGEXP = { selector: "NewExpression[callee.name='RegExp']", message: 'No RegExp built at run time: match literally.' };

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'tests/.real-markup/**', 'tests/fixtures/**', 'docs/**'] },
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { parser: tseslint.parser, parserOptions: { ecmaFeatures: { jsx: true } } },
    plugins: { '@typescript-eslint': tseslint.plugin },
  },
  {
    // Product code writes no HTML and builds no pattern from data: matching is literal
    // (data/match/find-terms.ts). Tests may build their fixtures as they like.
    files: ['entrypoints/**/*.{ts,tsx}', 'components/**/*.tsx', 'data/**/*.ts'],
    ignores: ['data/scripts/**'],
    rules: { 'no-restricted-syntax': ['error', ...NO_HTML, NO_REGEXP] },
  },
  {
    files: ['entrypoints/content/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': noImport(
        [['**/background/**', '**/popup/**', '**/options/**'], 'The content script shares only data/ and components/ with other contexts.'],
        [['dexie', 'fake-indexeddb'], 'The content script runs in the page’s origin: it never opens IndexedDB.'],
        [['zod', 'zod/*'], 'zod stays out of the page (validation happens in the background).'],
      ),
    },
  },
  {
    files: ['entrypoints/background/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': noImport(
        [['**/content/**', '**/popup/**', '**/options/**'], 'The background shares only data/ with other contexts.'],
        [['preact', 'preact/*', '**/components/**'], 'The service worker has no UI.'],
      ),
    },
  },
  {
    files: ['entrypoints/popup/**/*.{ts,tsx}', 'entrypoints/options/**/*.{ts,tsx}', 'entrypoints/sidepanel/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': noImport(
        [['**/background/**', '**/content/**'], 'UI pages share only data/ and components/ with other contexts.'],
        [['dexie'], 'Only the background opens the database.'],
      ),
    },
  },
  {
    files: ['components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-globals': ['error', ...BROWSER_GLOBALS],
      '@typescript-eslint/no-restricted-imports': noImport(
        [['wxt', 'wxt/*', '@webext-core/*', 'dexie', '**/entrypoints/**'], 'Components take data through props: no browser APIs, no storage, no contexts.'],
      ),
    },
  },
  {
    files: ['data/**/*.ts'],
    ignores: ['data/scripts/**'],
    rules: {
      'no-restricted-globals': ['error', ...BROWSER_GLOBALS, ...DOM_GLOBALS],
      '@typescript-eslint/no-restricted-imports': noImport(
        DATA_IS_PURE,
      ),
    },
  },
  {
    // The page-side core: what the annotator chunk carries. It reads folded text and a
    // compiled term index, never the records' schemas (zod) or their compiler.
    files: ['data/match/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': noImport(
        DATA_IS_PURE,
        [['**/records/**', 'zod', 'zod/*'], 'data/match/ is the page-side core: it knows the compiled term index, not the records.'],
      ),
    },
  },
);
