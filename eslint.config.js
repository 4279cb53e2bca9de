// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import layers from './eslint/layers-rule.js';

export default tseslint.config(
  { ignores: ['out/', 'dist/', 'node_modules/', 'native/', 'test-results/', 'playwright-report/', '.test-output/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node }, ecmaVersion: 2023, sourceType: 'module' },
    plugins: { wg: layers },
    rules: {
      'wg/layers': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      // The security baseline: raw HTML only through the one sanitiser module.
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Use renderer/ui/SafeHtml (the sanitiser), never raw HTML.' },
        { selector: "AssignmentExpression[left.property.name='innerHTML']", message: 'Use renderer/ui/SafeHtml (the sanitiser), never innerHTML.' },
        { selector: "AssignmentExpression[left.property.name='outerHTML']", message: 'Never assign outerHTML.' },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
);
