import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { LastFileSequencer } from './test/support/last-file-sequencer.js';

export default defineConfig({
  resolve: {
    // Node loads graphql's CommonJS build for Apollo (graphql's package.json has no exports map);
    // Vite would give our files the ES build, and graphql refuses types made by the other copy.
    alias: { graphql: fileURLToPath(import.meta.resolve('graphql')) },
  },
  test: {
    // The schema coverage test reads what every other file recorded, so it runs last.
    sequence: { sequencer: LastFileSequencer },
    // CI also writes a machine-readable report, from which .ci/run prints its closing tally.
    ...(process.env['CI']
      ? { reporters: ['default', 'json'], outputFile: { json: 'test-results.json' } }
      : {}),
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
        },
      },
      {
        extends: true,
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
