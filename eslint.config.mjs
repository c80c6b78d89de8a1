// One ESLint flat config for the whole workspace. `npm run lint` = `eslint --max-warnings 0 .`
// typescript-eslint without type information keeps a full run fast; `npm run check` (tsc, svelte-check) does the typing.
// Named .mjs because the root package.json has no "type": "module".
import { existsSync } from 'node:fs';
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// The kit config lets eslint-plugin-svelte know the app's paths and aliases; absent until the frontend has one.
const svelteConfigPath = new URL('./frontend/svelte.config.js', import.meta.url);
const svelteConfig = existsSync(svelteConfigPath) ? (await import(svelteConfigPath.href)).default : undefined;

export default defineConfig([
  globalIgnores([
    '**/node_modules/',
    '**/dist/',
    '**/build/',
    '**/.svelte-kit/',
    '**/.data/',
    '**/coverage/',
    '**/test-results/',
    // generated code
    'frontend/src/lib/paraglide/',
    'frontend/src/lib/api/schema.d.ts',
    'frontend/project.inlang/',
    'backend/openapi.json',
  ]),

  js.configs.recommended,
  tseslint.configs.recommended,
  svelte.configs['flat/recommended'],
  // Prettier owns formatting: turn off the svelte plugin's formatting rules.
  svelte.configs['flat/prettier'],

  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.node },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // `_name` marks a parameter or binding kept on purpose (an interface's signature, a skipped tuple item).
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
        },
      ],
    },
  },

  // Backend (NestJS, CommonJS output).
  {
    files: ['backend/**/*.ts'],
    rules: {
      // Nest injects through constructor parameter properties: `constructor(private readonly gigs: GigService) {}`
      // has an empty body by design.
      'no-useless-constructor': 'off',
      '@typescript-eslint/no-useless-constructor': 'off',
      'no-empty-function': 'off',
      '@typescript-eslint/no-empty-function': 'off',
      // `@Module({...}) export class GigModule {}` is a class that only carries a decorator.
      '@typescript-eslint/no-extraneous-class': 'off',
      // Never turn on consistent-type-imports here: with emitDecoratorMetadata a type-only import of an
      // injected class erases the runtime reference Nest needs for dependency injection.
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'class-validator',
              importNames: ['IsOptional'],
              message:
                'IsOptional lets null through to the service. Use OptionalField from platform/http/fields: ' +
                'the field may be left out, and null is validated (and refused) like any other value.',
            },
            {
              name: 'class-validator',
              importNames: ['IsEmail'],
              message:
                'IsEmail throws (a 500) on a broken character. Use Text and Email from platform/http/fields.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['backend/**/*.js', 'backend/**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    // The svelte plugin's wrapper of no-inner-declarations crashes on CommonJS scopes; it is for .svelte files.
    rules: { '@typescript-eslint/no-require-imports': 'off', 'svelte/no-inner-declarations': 'off' },
  },

  // Frontend (SvelteKit): code runs in the browser and on the node server.
  {
    files: ['frontend/**/*.{js,ts,svelte}'],
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
    languageOptions: {
      parserOptions: {
        // <script lang="ts"> is parsed by the TypeScript parser.
        parser: tseslint.parser,
        extraFileExtensions: ['.svelte'],
        svelteConfig,
      },
    },
  },

  // Browser tests: code in page.evaluate() runs in the page.
  {
    files: ['e2e/**/*.{js,ts,mjs}'],
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
    },
  },

  // CommonJS files anywhere (config files of tools that want them).
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
]);
