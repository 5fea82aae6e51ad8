// The layers of docs/architecture.md, enforced: each folder may import only what the table
// there allows. `npm run lint` runs this and Prettier's check; `npm test` runs `npm run lint`.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Import patterns a layer must not use, each with the reason the lint message gives. */
const forbid = (group, message) => ({ group, message });

const EDITOR_APIS = forbid(['vscode', 'vscode-languageclient', 'vscode-languageclient/*'], 'Only the client talks to VS Code.');
const LANGUAGE_SERVER = forbid(
  ['vscode-languageserver', 'vscode-languageserver/*', 'vscode-languageserver-textdocument'],
  'Only the language server (server/src/lsp, server/src/web) speaks LSP.',
);
const LSP_FOLDER = forbid(['**/lsp/**', '**/lsp'], 'The language server is a face of the engine; nothing below it imports it.');
const CLI_FOLDER = forbid(['**/cli/**', '**/cli'], 'The command line is a face of the engine; nothing imports it.');
const WEB_FOLDER = forbid(['**/web/**', '../web', '../../web'], "The server's web build is a face of the server; only its entry imports it.");
const CLIENT_FOLDER = forbid(['**/client/**'], 'The client is a separate bundle; share code through shared/.');
const SERVER_FROM_CLIENT = forbid(
  ['**/server/**', '**/server/src/**'],
  'The client imports only shared/ from the server side: the protocol and the lesson vocabulary.',
);
const IMPORTER_FOLDER = forbid(
  ['**/src/import/**', '../import/**', '../../import/**'],
  'Writing imported files is the server and command line’s business, not the engine’s.',
);

const ANALYSIS_FOLDER = forbid(
  ['**/src/analysis/**', '../analysis/**', '../../analysis/**'],
  'Reading many files on worker threads is a service to the faces (server, command line), not part of the engine.',
);

/** Node's built-ins: the shared module runs in the browser too. */
const NODE_BUILTINS = forbid(['node:*', 'fs', 'path', 'os', 'child_process', 'worker_threads'], 'shared/ runs in the browser as well as in Node.');

/** yaml's node guards run for every node of every lesson: bound once, in one module. */
const YAML_GUARDS = {
  name: 'yaml',
  importNames: ['isAlias', 'isCollection', 'isDocument', 'isMap', 'isNode', 'isPair', 'isScalar', 'isSeq'],
  message: "Import yaml's node guards from server/src/engine/yaml/nodeKinds: bundled, each call of one imported from yaml goes through a getter.",
};

const layer = (files, ...patterns) => ({
  files,
  rules: { '@typescript-eslint/no-restricted-imports': ['error', { paths: [YAML_GUARDS], patterns }] },
});

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'out/**',
      'bench/.corpus/**',
      'node_modules/**',
      '.code-server/**',
      'test-results/**',
      '.vscode-test/**',
      '**/*.generated.*',
      'examples/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-duplicate-imports': 'off',
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      // Control characters are matched on purpose: binary-file detection, colour codes in output.
      'no-control-regex': 'off',
    },
  },
  // Production code: small files with one purpose each.
  {
    files: ['client/src/**/*.ts', 'server/src/**/*.ts', 'shared/**/*.ts'],
    rules: { 'max-lines': ['error', { max: 300 }] },
  },
  layer(
    ['shared/**/*.ts'],
    EDITOR_APIS,
    LANGUAGE_SERVER,
    NODE_BUILTINS,
    forbid(['../server/**', '../client/**', '../../server/**', '../../client/**'], 'shared/ depends on nothing of ours.'),
  ),
  layer(['server/src/engine/**/*.ts'], EDITOR_APIS, LANGUAGE_SERVER, LSP_FOLDER, CLI_FOLDER, WEB_FOLDER, CLIENT_FOLDER, IMPORTER_FOLDER, ANALYSIS_FOLDER),
  layer(['server/src/analysis/**/*.ts'], EDITOR_APIS, LANGUAGE_SERVER, LSP_FOLDER, CLI_FOLDER, WEB_FOLDER, CLIENT_FOLDER, IMPORTER_FOLDER),
  layer(['server/src/import/**/*.ts'], EDITOR_APIS, LANGUAGE_SERVER, LSP_FOLDER, CLI_FOLDER, WEB_FOLDER, CLIENT_FOLDER),
  layer(['server/src/cli/**/*.ts'], EDITOR_APIS, LANGUAGE_SERVER, LSP_FOLDER, WEB_FOLDER, CLIENT_FOLDER),
  layer(['server/src/lsp/**/*.ts'], EDITOR_APIS, CLI_FOLDER, WEB_FOLDER, CLIENT_FOLDER),
  layer(['server/src/web/**/*.ts'], EDITOR_APIS, CLI_FOLDER, CLIENT_FOLDER),
  layer(['server/src/launch/**/*.ts'], EDITOR_APIS, LANGUAGE_SERVER, LSP_FOLDER, CLI_FOLDER, WEB_FOLDER, CLIENT_FOLDER),
  layer(['client/src/**/*.ts'], LANGUAGE_SERVER, SERVER_FROM_CLIENT),
  // Tests and benchmarks: the protocol comes from shared/, never re-declared; the rest as they need.
  {
    files: ['test/**/*.ts', 'test/**/*.mts', 'bench/**/*.ts', 'bench/**/*.mts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    files: ['**/*.mjs'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        Buffer: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
        fetch: 'readonly',
        __dirname: 'readonly',
        structuredClone: 'readonly',
        AbortController: 'readonly',
        performance: 'readonly',
        TextDecoder: 'readonly',
        TextEncoder: 'readonly',
        document: 'readonly',
        window: 'readonly',
        getComputedStyle: 'readonly',
        location: 'readonly',
        URLSearchParams: 'readonly',
      },
    },
  },
  {
    files: ['test/**/*.mjs'],
    languageOptions: {
      globals: { describe: 'readonly', it: 'readonly', before: 'readonly', after: 'readonly', beforeEach: 'readonly', afterEach: 'readonly' },
    },
  },
);
