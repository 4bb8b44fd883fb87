// @ts-check
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    ignores: [
      'dist/',
      'dist-*/',
      '.meili/',
      '.astro/',
      'node_modules/',
      'generated/',
      'test-results/',
      'playwright-report/',
      'coverage/',
    ],
  },
  js.configs.recommended,
  tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      // TypeScript checks names; the core rule does not know ambient types such as ImageMetadata.
      'no-undef': 'off',
    },
  },
  {
    // The site never imports from scripts/: what both need lives in src/lib/ (docs/architecture.md).
    files: ['src/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)scripts/',
              message:
                'Site code must not import from scripts/: move what both need into src/lib/.',
            },
          ],
        },
      ],
    },
  },
  {
    // Interface strings are defined one way: defineStrings in src/lib/i18n/ui/ (docs/architecture.md,
    // "Interface strings"). Not here: a { vi: {…}, en: {…} } table, or words picked by the locale.
    files: ['src/**'],
    ignores: [
      'src/lib/i18n/ui/**',
      // Still to move onto defineStrings (their words are being reworked elsewhere).
      'src/lib/order/**',
      'src/lib/seo/json-ld.ts',
      // Dates in words: a format, with its own tests.
      'src/lib/i18n/format.ts',
    ],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "ObjectExpression:has(> Property[key.name='vi'][value.type='ObjectExpression']):has(> Property[key.name='en'][value.type='ObjectExpression'])",
          message:
            'Define interface strings with defineStrings in a file under src/lib/i18n/ui/ (both languages type-checked).',
        },
        {
          selector:
            "ConditionalExpression[test.left.name='locale'] > Literal.consequent[value=/ /], ConditionalExpression[test.left.name='locale'] > Literal.alternate[value=/ /], ConditionalExpression[test.left.name='locale'] > TemplateLiteral:has(TemplateElement[value.raw=/ /])",
          message:
            "Words picked by `locale === 'en' ? … : …` belong in a defineStrings file under src/lib/i18n/ui/.",
        },
      ],
    },
  },
  astro.configs['flat/recommended'],
  {
    files: ['**/*.astro'],
    ...tseslint.configs.disableTypeChecked,
    rules: { ...tseslint.configs.disableTypeChecked.rules, 'no-undef': 'off' },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
