/**
 * One jest run, five projects. PGlite needs NODE_OPTIONS=--experimental-vm-modules (set by scripts/test.ts).
 * unit: pure core, table-driven · contract: one suite per store adapter · integration: flows through
 * the local host over HTTP · e2e: the H5 build in headless Chromium · client: H5 components in jsdom.
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
    },
  ],
}
