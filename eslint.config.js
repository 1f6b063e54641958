// Lint rules: TypeScript and Svelte recommended sets; generated and built folders are ignored.
import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // In-app links go through href() (hash router); Kit's resolve() does not apply to them.
      'svelte/no-navigation-without-resolve': 'off',
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: {
      parserOptions: {
        projectService: true,
        extraFileExtensions: ['.svelte'],
        parser: ts.parser,
        svelteConfig,
      },
    },
  },
  {
    ignores: [
      'build/',
      'build-*/',
      '.svelte-kit*/',
      'dist/',
      '.test-output/',
      'node_modules/',
      'lessons/**/*.svx',
      'src/lib/paraglide/',
      'project.inlang/',
    ],
  },
);
