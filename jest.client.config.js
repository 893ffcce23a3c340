/**
 * `npm run test:client`: end-to-end tests that drive the Microsoft 365 Agents Playground in headless
 * Chromium against the real bot (test/client/*.client.ts). Kept out of the normal run because they need
 * Debian's chromium (`apt-get install -y chromium`, or CHROMIUM_PATH) and take about a minute.
 * @type {import('jest').Config}
 */
const base = require('./jest.config');

module.exports = {
  ...base,
  roots: ['<rootDir>/test/client'],
  testMatch: ['**/*.client.ts'],
  testTimeout: 120000,
  maxWorkers: 1,
};
