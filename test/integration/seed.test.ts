/**
 * Seeding against the real database: idempotent, and all-or-nothing on bad input.
 */
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CatalogueError } from '../../seed/pipeline/catalogue.js';
import { SEED_DIR, SeedInputError, seedGraph } from '../../seed/seed-graph.js';
import { countGraph } from '../../seed/writer/graph-writer.js';
import { connectTestDatabase, type TestConnection } from '../support/test-database.js';

let connection: TestConnection;

beforeAll(async () => {
  connection = await connectTestDatabase();
});

afterAll(async () => {
  await connection.driver.close();
});

describe('seeding', () => {
  it('changes no node or relationship count when run again', async () => {
    const before = await countGraph(connection.gateway);
    await seedGraph(connection.gateway);
    await seedGraph(connection.gateway);
    expect(await countGraph(connection.gateway)).toEqual(before);
    expect(before.nodes).toMatchObject({ Essay: 6, Person: 14, Project: 6, Programme: 1 });
    expect(before.relationships).toMatchObject({ AUTHORED: 14, PART_OF: 6, OUTPUT_OF: 6 });
  });

  describe('with bad input', () => {
    let seedDir: string;

    beforeAll(async () => {
      seedDir = await mkdtemp(path.join(tmpdir(), 'kks-seed-'));
      await cp(SEED_DIR, seedDir, { recursive: true });
    });

    afterAll(async () => {
      await rm(seedDir, { recursive: true, force: true });
    });

    it('writes nothing when the catalogue is invalid', async () => {
      const before = await countGraph(connection.gateway);
      await writeFile(
        path.join(seedDir, 'data', 'programme.yaml'),
        'organisations: [{ slug: new-org, name: New }]\npeople: []\n',
      );
      await expect(seedGraph(connection.gateway, { seedDir })).rejects.toThrow(CatalogueError);
      expect(await countGraph(connection.gateway)).toEqual(before);
    });

    it('writes nothing and names the file when the catalogue is missing', async () => {
      const before = await countGraph(connection.gateway);
      await rm(path.join(seedDir, 'data', 'programme.yaml'));
      const seeding = seedGraph(connection.gateway, { seedDir });
      await expect(seeding).rejects.toThrow(SeedInputError);
      await expect(seeding).rejects.toThrow(/cannot read .*programme\.yaml: ENOENT/);
      expect(await countGraph(connection.gateway)).toEqual(before);
    });
  });
});
