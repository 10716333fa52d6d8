// Writes docs/errors.md from the error catalogue in src/core/errors.ts (`npm run errors:doc`).
import { writeFileSync } from 'node:fs'
import { errorCatalog } from '../src/core/errors.js'

const rows = errorCatalog().map((e) => `| \`${e.code}\` | ${e.exit} | ${e.status} |`)
const doc = `# Errors

Generated from \`src/core/errors.ts\` by \`npm run errors:doc\`; do not edit by hand.

The CLI prints the message and exits with the code below; the HTTP API answers
\`{ "code", "message" }\` with the status below. Besides these, the CLI exits with \`0\` on success,
\`2\` when some inputs failed and the rest was stored (each failure is printed on stderr with its
file or URL), \`64\` on a usage error and \`70\` on an internal error.

| code | exit | HTTP |
|---|---|---|
${rows.join('\n')}
`
writeFileSync('docs/errors.md', doc)
console.log(`docs/errors.md: ${rows.length} codes`)
