// Lint rules, and the layer arrows of DESIGN.md: commands → flows → domain,
// commands → store → domain, commands → render → domain, never the other way.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const layer = (files, forbidden) => ({
  files,
  rules: {
    'no-restricted-imports': [
      'error',
      { patterns: forbidden.map((dir) => ({ group: [`**/${dir}/*`, `**/${dir}`], message: `${files[0].split('/')[1]}/ must not import ${dir}/ (see DESIGN.md, Layers).` })) },
    ],
  },
});

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly', TextDecoder: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', setInterval: 'readonly', clearInterval: 'readonly', performance: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
      'no-console': 'off',
    },
  },
  // The executable is CommonJS, as the bundle it loads is (see scripts/build.ts).
  { files: ['bin/**'], languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly' } }, rules: { '@typescript-eslint/no-require-imports': 'off' } },
  // Tests read terminal output, escape codes and all.
  { files: ['test/**'], rules: { 'no-control-regex': 'off' } },
  layer(['src/domain/**'], ['commands', 'flows', 'store', 'render', 'terminal']),
  layer(['src/render/**'], ['commands', 'flows', 'store', 'terminal']),
  layer(['src/flows/**'], ['commands', 'store', 'terminal']),
  layer(['src/store/**'], ['commands', 'flows', 'render', 'terminal']),
  layer(['src/terminal/**'], ['commands', 'store']),
);
