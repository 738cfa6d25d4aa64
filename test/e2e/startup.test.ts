/**
 * `npm start` as a user runs it: a child process that prints a line per stage, serves GraphQL, stops
 * cleanly on a signal, keeps its data across restarts and refuses bad configuration.
 */
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { prepareSeed } from '../../seed/seed-graph.js';
import { freePort } from '../support/free-port.js';
import { databaseEnv } from '../support/test-database.js';
import {
  postQuery,
  startApiProcess,
  type ApiProcess,
  type LogLine,
} from '../support/api-process.js';

const COUNTS = `{
  essays { totalCount } people { totalCount } projects { totalCount } programmes { totalCount }
  passages { totalCount } concepts { totalCount } instruments { totalCount } regions { totalCount }
  regulations { totalCount } findings { totalCount } themes { totalCount }
}`;

/** What the full graph holds: the counts of the batch the pipeline builds from seed/. */
const SEEDED = await (async () => {
  const { graph } = await prepareSeed();
  // A node is listed under each of its labels: its type and its facets.
  const count = (label: string) => ({
    totalCount: [...graph.nodes.values()]
      .flat()
      .filter((row) => (row.properties['types'] as string[]).includes(label)).length,
  });
  return {
    essays: count('Essay'),
    people: count('Person'),
    projects: count('Project'),
    programmes: count('Programme'),
    passages: count('Passage'),
    concepts: count('Concept'),
    instruments: count('PolicyInstrument'),
    regions: count('Region'),
    regulations: count('Regulation'),
    findings: count('Finding'),
    themes: count('Theme'),
  };
})();

/** The startup lines: those that name a stage (request log lines do not). */
function stages(lines: readonly LogLine[]): (string | undefined)[] {
  return lines.filter((line) => line.stage !== undefined).map((line) => line.stage);
}

/** The API on the test run's Neo4j, as NEO4J_URI names a server of one's own. */
/** What the tests started; a failed assertion must not leave an API (and its Neo4j) running. */
const started: ApiProcess[] = [];

afterEach(async () => {
  await Promise.all(started.splice(0).map((api) => api.stopIfRunning()));
});

function start(env: Record<string, string>): ApiProcess {
  const api = startApiProcess(env);
  started.push(api);
  return api;
}

function startOnTestDatabase(): ApiProcess {
  return start({ ...databaseEnv(), PORT: '0' });
}

describe('with NEO4J_URI set', () => {
  it('serves the configured database, starts no Neo4j of its own, and stops on SIGTERM', async () => {
    const api = startOnTestDatabase();
    const url = await api.listening;
    expect(await postQuery(url, COUNTS)).toMatchObject({ data: SEEDED });
    expect(stages(api.lines)).toEqual(['neo4j', 'schema', 'seed', 'listening']);
    expect(api.otherLines).toEqual([]);
    expect(api.lines.find((line) => line.stage === 'seed')!.msg).toMatch(
      /^graph already holds this seed \(run [0-9a-f]{16}\)$/,
    );
    expect(await api.stop('SIGTERM')).toBe(0);
    expect(api.lines.at(-1)!.msg).toBe('stopped cleanly');
  });

  it('logs one line per request: its id, operation, status, duration and error codes, never its headers', async () => {
    const api = startOnTestDatabase();
    const url = await api.listening;
    const secret = 'Bearer not-a-curator-key-but-secret-all-the-same';
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-request-id': 'trace-42',
        authorization: secret,
      },
      body: JSON.stringify({ query: 'query Lookup { node(id: "garbage") { id } }' }),
    });
    expect(response.headers.get('x-request-id')).toBe('trace-42');
    const anonymous = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'x'.repeat(500) },
      body: JSON.stringify({ query: '{ essays(first: 1) { totalCount } }' }),
    });
    const generatedId = anonymous.headers.get('x-request-id');
    expect(generatedId).toMatch(/^[0-9a-f-]{36}$/);
    await expect.poll(() => api.lines.filter((line) => 'req' in line).length).toBe(2);
    expect(await api.stop('SIGTERM')).toBe(0);

    const [lookup, counted] = api.lines.filter((line) => 'req' in line) as unknown as {
      req: { id: string; method: string; path: string };
      res: { status: number };
      responseTime: number;
      operation?: string;
      type?: string;
      errors?: string[];
    }[];
    expect(lookup).toMatchObject({
      req: { id: 'trace-42', method: 'POST', path: '/graphql' },
      res: { status: 200 },
      operation: 'Lookup',
      type: 'query',
      errors: ['BAD_USER_INPUT'],
    });
    expect(lookup!.responseTime).toBeGreaterThanOrEqual(0);
    expect(counted).toMatchObject({ req: { id: generatedId }, operation: '(anonymous)' });
    expect(counted).not.toHaveProperty('errors');
    const printed = JSON.stringify(api.lines) + api.stderr() + api.otherLines.join('');
    expect(printed).not.toContain('not-a-curator-key');
    expect(printed).not.toContain('authorization');
  });

  it('stops at startup with a one-line message and exit code 78 on a bad NEO4J_URI', async () => {
    const api = start({ NEO4J_URI: 'http://x', NEO4J_PASSWORD: 'p' });
    expect(await api.exited).toBe(78);
    expect(api.stderr()).toBe(
      'kks-graph: invalid configuration: NEO4J_URI must be a Bolt or Neo4j URI such as neo4j://host:7687 or neo4j+s://host (got "http://x")\n',
    );
  });
});

describe('without NEO4J_URI', () => {
  const dataDirs: string[] = [];
  afterAll(async () => {
    for (const dir of dataDirs) await rm(dir, { recursive: true, force: true });
  });

  it('runs its own Neo4j, seeds it once, and keeps the data across a restart', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'kks-graph-start-'));
    dataDirs.push(dataDir);
    const env = {
      KKS_DATA_DIR: dataDir,
      KKS_NEO4J_PORT: String(await freePort()),
      KKS_NEO4J_HEAP: '512m',
      PORT: '0',
    };

    const first = start(env);
    const firstUrl = await first.listening;
    expect(await postQuery(firstUrl, COUNTS)).toMatchObject({ data: SEEDED });
    expect(stages(first.lines)).toEqual(['jvm', 'neo4j', 'schema', 'seed', 'listening']);
    expect(first.otherLines).toEqual([]);
    expect(first.lines.find((line) => line.stage === 'seed')!.msg).toMatch(
      /^seeded \d+ nodes and \d+ relationships in [\d.]+ s \(run [0-9a-f]{16}\)$/,
    );
    expect(await first.stop('SIGINT')).toBe(0);

    const password = await stat(path.join(dataDir, 'neo4j-password'));
    expect(password.mode & 0o077).toBe(0);
    expect((await readFile(path.join(dataDir, 'neo4j-password'), 'utf8')).trim()).not.toBe('neo4j');

    const second = start(env);
    const secondUrl = await second.listening;
    expect(second.lines.find((line) => line.stage === 'seed')!.msg).toMatch(
      /^graph already holds this seed/,
    );
    expect(await postQuery(secondUrl, COUNTS)).toMatchObject({ data: SEEDED });
    expect(await second.stop('SIGTERM')).toBe(0);
  }, 180_000);
});
