// Bundles the CLI into one CommonJS file. Bundling (rather than tsc emit) lets the
// ESM-only any-ascii load under Node 20 without require(esm) warnings, and makes the
// bin start fast. Type checking is a separate step: `npm run typecheck`.
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
  logLevel: 'warning',
});
