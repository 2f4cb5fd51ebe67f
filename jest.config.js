/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  globalSetup: '<rootDir>/test/global-setup.js',
  testMatch: ['**/*.test.ts'],
  // TypeScript and the ESM-only any-ascii go through esbuild (test/esbuild-transform.js).
  transform: { '^.+\\.(t|j|mj)s$': '<rootDir>/test/esbuild-transform.js' },
  transformIgnorePatterns: ['/node_modules/(?!any-ascii/)'],
  moduleFileExtensions: ['ts', 'js', 'mjs', 'json'],
};
