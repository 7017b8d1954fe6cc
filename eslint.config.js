// Lint guards the layers: server/ and cli/ only reach a capability through its index.ts; capabilities never import server/ or cli/.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const capabilityInternals = [
  '**/models/*/**',
  '**/models/!(index).ts',
  '**/store/!(index).ts',
  '**/store/*/**',
  '**/guard/!(index).ts',
  '**/server/!(index).ts',
  '**/server/*/**',
  '**/platform/!(index).ts',
];

export default tseslint.config(
  { ignores: ['node_modules/**', '.genstack/**', 'dist/**', 'bench/results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        Buffer: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        AbortController: 'readonly',
        AbortSignal: 'readonly',
        fetch: 'readonly',
        TextEncoder: 'readonly',
        TextDecoder: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
        Response: 'readonly',
        Request: 'readonly',
        Headers: 'readonly',
        ReadableStream: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'max-params': ['error', 3],
    },
  },
  {
    files: ['src/server/**/*.ts', 'src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: capabilityInternals, message: 'Import a capability through its index.ts.' }] },
      ],
    },
  },
  {
    // The scanners run on every message: String.prototype.matchAll copies its pattern on every call, and its iterator cost
    // eight times the instructions of an exec loop over ordinary chat messages.
    files: ['src/guard/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='matchAll']",
          message: 'Loop with pattern.exec (reset lastIndex first): matchAll copies the pattern on every call.',
        },
      ],
    },
  },
  {
    files: ['src/core/**/*.ts', 'src/store/**/*.ts', 'src/models/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/server/**', '**/cli/**'], message: 'Capabilities never import the edges.' }] },
      ],
    },
  },
);
