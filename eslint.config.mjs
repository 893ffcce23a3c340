// One lint configuration for the whole project; Prettier owns formatting.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const edgeLibraries = ['botbuilder', 'botbuilder-*', 'botframework-*', 'mongodb', 'restify', 'node-cron'];

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      '.bin/',
      '.data/',
      'coverage/',
      'bench/results/',
      '**/*.js',
      '**/*.mjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "CallExpression[callee.property.name='forEach'] > :matches(ArrowFunctionExpression, FunctionExpression)[async=true]",
          message: 'Use for ... of with await; forEach(async ...) never awaits its callbacks.',
        },
      ],
    },
  },
  {
    // The domain is pure: it may not know about Teams, the database, the HTTP server or the scheduler.
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: edgeLibraries,
              message:
                'src/domain is pure: declare an interface in src/domain/ports and implement it in an adapter.',
            },
            {
              group: [
                '**/app/**',
                '**/cards/**',
                '**/cli/**',
                '**/config/**',
                '**/http/**',
                '**/logging/**',
                '**/planFiles/**',
                '**/reports/**',
                '**/scheduler/**',
                '**/storage/**',
                '**/teams/**',
                '**/usecases/**',
              ],
              message: 'src/domain may not import outer layers.',
            },
          ],
        },
      ],
    },
  },
);
