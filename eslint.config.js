// Lint: typescript-eslint's recommended rules plus the import boundaries of the layout
// (interfaces → workflows → store, analyze, ingest → stages → core; core imports nothing of ours).
import tseslint from 'typescript-eslint'

const inward = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
})

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', '.eval/', 'test-output/', 'src/interfaces/web/dist/'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: inward(['../stages/*', '../store/*', '../analyze/*', '../ingest/*', '../interfaces/*', '../workflows/*', '../presets.js'], 'core/ imports nothing of ours.'),
  },
  {
    files: ['src/stages/**/*.ts'],
    rules: inward(['**/store/*', '**/analyze/*', '**/interfaces/*', '**/workflows/*'], 'stages/ may import only core/ and other stages.'),
  },
  {
    files: ['src/store/**/*.ts', 'src/analyze/**/*.ts', 'src/ingest/**/*.ts'],
    rules: inward(['**/interfaces/*', '**/workflows/*'], 'store/, analyze/ and ingest/ must not import interfaces or workflows.'),
  },
)
