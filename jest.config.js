/**
 * One jest run, four projects (npm test runs them all through scripts/test.ts, which sets
 * NODE_OPTIONS=--experimental-vm-modules: PGlite needs it):
 * - unit: the pure core and pure helpers, table-driven (tests/unit/<area>/);
 * - contract: the one store contract suite per store adapter (tests/contract/; PostgreSQL only with
 *   XIAOBEI_TEST_PG_URL, a live CloudBase only with credentials);
 * - integration: flows through the local host over HTTP, running the bundled functions
 *   (tests/integration/; globalSetup bundles them into dist/cloudfunctions);
 * - e2e: the H5 build in headless Chromium against the local host (tests/e2e/).
 * There are no client component tests in jsdom. Benchmarks are not tests: `npm run bench`.
 */
const transform = {
  '^.+\\.(t|j)sx?$': [
    '@swc/jest',
    { jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } } } },
  ],
}
const base = { transform, testEnvironment: 'node', moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'cjs', 'json'] }

module.exports = {
  // generous: starting a host (a fresh PGlite) takes 8 s alone but over a minute on a loaded 2-core CI machine
  testTimeout: 180000,
  projects: [
    { ...base, displayName: 'unit', testMatch: ['<rootDir>/tests/unit/**/*.test.ts'] },
    { ...base, displayName: 'contract', testMatch: ['<rootDir>/tests/contract/**/*.test.ts'] },
    {
      ...base,
      displayName: 'integration',
      testMatch: ['<rootDir>/tests/integration/**/*.test.ts'],
      globalSetup: '<rootDir>/tests/support/bundle-functions.ts',
    },
    {
      ...base,
      displayName: 'e2e',
      testMatch: ['<rootDir>/tests/e2e/**/*.test.ts'],
      globalSetup: '<rootDir>/tests/support/bundle-functions.ts',
      setupFilesAfterEnv: ['<rootDir>/tests/support/e2e-retry.ts'],
    },
  ],
}
