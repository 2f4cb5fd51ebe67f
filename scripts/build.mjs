// Bundles the CLI into one CommonJS file. Bundling (rather than tsc emit) lets the
// ESM-only any-ascii load under Node 20 without require(esm) warnings, and makes the
// bin start fast. Type checking is a separate step: `npm run typecheck`.
import { build } from 'esbuild';

await build({
  entryPoints: ['src/cli/main.ts'],
  outfile: 'dist/cli.js',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
});
