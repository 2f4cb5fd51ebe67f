// Bundles the CLI into one CommonJS file. Bundling (rather than tsc emit) lets the
// ESM-only any-ascii load under Node 20 without require(esm) warnings, and makes the
// bin start fast. Type checking is a separate step: `npm run typecheck`.
import { readFileSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';

// The name pool's worker (src/screen/name-pool.ts) is a second entry, loaded from dist/ next to cli.js.
await build({
  entryPoints: { cli: 'src/cli/main.ts', 'name-worker': 'src/screen/name-worker.ts' },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  // No comments or indentation (names stay, for stack traces): a smaller source, which V8
  // keeps in each thread's heap for as long as the process runs.
  minifyWhitespace: true,
  charset: 'ascii',
  logLevel: 'warning',
});

// esbuild leaves non-ASCII characters in regular expression literals ([їєґ], 株式会社), and
// one such character makes V8 hold the whole source as UTF-16: 4.4 MB instead of 2.2 for
// cli.js. A \uXXXX escape means the same character in a regex, a string or a template.
for (const file of ['dist/cli.js', 'dist/name-worker.js']) {
  const source = readFileSync(file, 'utf8');
  // An escaped character (a backslash, then ’) would become a backslash and the letters
  // u2019 in a regex without the u flag: refuse rather than change its meaning.
  const escaped = /\\[^\x00-\x7f]/.exec(source);
  if (escaped !== null) throw new Error(`${file}: a backslash before a non-ASCII character at offset ${escaped.index}; escape it by hand in src`);
  writeFileSync(file, source.replace(/[^\x00-\x7f]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`));
}
