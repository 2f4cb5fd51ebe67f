// Jest transformer: TypeScript (and the ESM-only any-ascii) → CommonJS with esbuild,
// the same compiler that builds the CLI. Types are checked separately by `tsc --noEmit`.
const { transformSync } = require('esbuild');

module.exports = {
  process(source, filename) {
    const result = transformSync(source, {
      loader: filename.endsWith('.ts') ? 'ts' : 'js',
      format: 'cjs',
      target: 'node20',
      // jest runs CommonJS: turn lazy import() of a package into require().
      supported: { 'dynamic-import': false },
      sourcemap: 'inline',
      sourcefile: filename,
    });
    return { code: result.code };
  },
};
