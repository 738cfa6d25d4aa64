import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // CI also writes a machine-readable report, from which .ci/run prints its closing tally.
    ...(process.env['CI']
      ? { reporters: ['default', 'json'], outputFile: { json: 'test-results.json' } }
      : {}),
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts', 'test/e2e/**/*.test.ts'],
          // One throwaway Neo4j for the whole run: own port, temporary data, seeded once.
          globalSetup: ['test/support/neo4j-global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Files share one database; run them one at a time so counts stay meaningful.
          fileParallelism: false,
        },
      },
    ],
  },
});
