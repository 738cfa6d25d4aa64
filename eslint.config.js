// @ts-check
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { importX } from 'eslint-plugin-import-x';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

/** The architecture as import rules: graphql -> loaders -> repositories -> neo4j; domain imports nothing. */
const layering = {
  'import-x/no-restricted-paths': [
    'error',
    {
      zones: [
        {
          target: './src/domain',
          from: './src',
          except: ['./domain'],
          message: 'src/domain imports nothing.',
        },
        {
          target: './src/neo4j',
          from: ['./src/repositories', './src/loaders', './src/graphql', './src/context.ts'],
        },
        {
          target: './src/repositories',
          from: ['./src/loaders', './src/graphql', './src/context.ts'],
        },
        { target: './src/loaders', from: ['./src/graphql'] },
        {
          target: './src/graphql',
          from: ['./src/neo4j'],
          message: 'Resolvers reach Neo4j only through loaders and repositories.',
        },
        {
          target: './src',
          from: './seed',
          message: 'The API never imports ingestion code; main.ts runs the seed CLI instead.',
        },
        { target: './src', from: './test' },
        {
          target: ['./src/neo4j', './src/repositories', './src/loaders', './src/graphql'],
          from: './src/http',
          message: 'The HTTP layer sits on top: it composes the layers below, never the reverse.',
        },
        {
          target: './seed/pipeline',
          from: ['./src/neo4j', './src/repositories', './seed/writer'],
          message: 'Pipeline steps are pure; only seed/writer talks to Neo4j.',
        },
      ],
    },
  ],
  'import-x/no-cycle': 'error',
};

const ONLY_NEO4J_IMPORTS_THE_DRIVER = {
  name: 'neo4j-driver',
  message: 'Only src/neo4j/ touches the driver.',
};

export default defineConfig(
  {
    ignores: [
      'node_modules/',
      'src/__generated__/',
      'web/src/__generated__/',
      'web/dist/',
      'dist/',
      'neo4j-launcher/',
      'coverage/',
      'test-artifacts/',
      '.venv-test/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['eslint.config.js'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver()] },
    rules: {
      ...layering,
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      // The driver types its options as classes, yet documents and expects plain object literals.
      '@typescript-eslint/no-unsafe-class-instance-assignment': 'off',
      'no-restricted-imports': ['error', { paths: [ONLY_NEO4J_IMPORTS_THE_DRIVER] }],
    },
  },
  {
    files: ['src/graphql/resolvers/*.resolver.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [ONLY_NEO4J_IMPORTS_THE_DRIVER],
          patterns: [
            {
              regex: '\\.resolver\\.js$',
              message:
                'Resolver files do not import each other: share through node-access.ts or entity-access.ts, or src/domain.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/neo4j/**/*.ts', 'test/**/*.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    // The side-by-side benchmark measures contenders that do without our gateway (hand-written
    // Cypher, @neo4j/graphql), so they hold drivers of their own.
    files: ['bench/side-by-side/**/*.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // Each workload walks the JSON answers of its own queries by the shape those queries ask for;
    // the answer check, not a type, is what holds them to it.
    files: ['bench/side-by-side/workloads.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
    },
  },
  prettier,
);
