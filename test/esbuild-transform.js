// Jest transformer: TypeScript (and the ESM-only any-ascii) → CommonJS with esbuild,
// the same compiler that builds the CLI. Types are checked separately by `tsc --noEmit`.
const crypto = require('node:crypto');
const fs = require('node:fs');
const { transformSync, version } = require('esbuild');

// jest caches transformed files; the key must change when this transformer or esbuild does,
// or a changed option here is silently ignored by a warm cache.
const SELF = crypto.createHash('sha256').update(fs.readFileSync(__filename)).update(version).digest('hex');

module.exports = {
  getCacheKey(source, filename) {
    return crypto.createHash('sha256').update(SELF).update(filename).update('\0').update(source).digest('hex');
  },
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
