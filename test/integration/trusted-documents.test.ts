/**
 * Persisted queries and trusted documents: automatic persisted queries work as Apollo clients
 * expect, and with KKS_TRUSTED_DOCUMENTS=only the server runs the playground's recipes and the
 * explorer's operations, sent whole or by hash, and nothing else.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Kind, parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TrustedDocuments } from '../../src/graphql/trusted-documents.js';
import { startHttpApi, type HttpApi } from '../support/http-api.js';
import { connectTestDatabase, QueryLog, type TestConnection } from '../support/test-database.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const RECIPES = path.join(ROOT, 'web', 'recipes');
const EXPLORER_OPERATIONS = path.join(ROOT, 'web', 'src', 'explorer', 'operations.graphql');
const MANIFEST = path.join(ROOT, 'web', 'src', '__generated__', 'persisted-documents.json');

interface Answer {
  status: number;
  body: {
    data?: Record<string, unknown> | null;
    errors?: { message: string; extensions?: { code?: string } }[];
  };
}

async function post(api: HttpApi, body: unknown): Promise<Answer> {
  const response = await fetch(api.server.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Answer['body'] };
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

function persisted(hash: string) {
  return { extensions: { persistedQuery: { version: 1, sha256Hash: hash } } };
}

function operationNames(document: string): string[] {
  return parse(document).definitions.flatMap((definition) =>
    definition.kind === Kind.OPERATION_DEFINITION && definition.name ? [definition.name.value] : [],
  );
}

const recipeFiles = readdirSync(RECIPES)
  .filter((file) => file.endsWith('.graphql'))
  .map((file) => path.join(RECIPES, file));

let connection: TestConnection;
const statements = new QueryLog();
let open: HttpApi;
let trustedOnly: HttpApi;

beforeAll(async () => {
  connection = await connectTestDatabase();
  const gateway = connection.gateway.withObserver(statements.observer);
  open = await startHttpApi(gateway);
  trustedOnly = await startHttpApi(gateway, { env: { KKS_TRUSTED_DOCUMENTS: 'only' } });
});

afterAll(async () => {
  await open.server.stop();
  await trustedOnly.server.stop();
  await connection.driver.close();
});

describe('the trusted documents', () => {
  it('are exactly the operations of the recipes and of the explorer', () => {
    const expected = [...recipeFiles, EXPLORER_OPERATIONS].flatMap((file) =>
      operationNames(readFileSync(file, 'utf8')),
    );
    expect([...TrustedDocuments.load().operationNames()].sort()).toEqual(expected.sort());
  });
});

describe('automatic persisted queries', () => {
  it('asks for an unknown hash, then runs the query by its hash once it has been sent', async () => {
    const query = `{ concepts(first: 3) { totalCount } } # ${Date.now()}`;
    const hash = sha256(query);
    const unknown = await post(open, persisted(hash));
    expect(unknown.body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');

    const registered = await post(open, { query, ...persisted(hash) });
    expect(registered.body.errors).toBeUndefined();
    const byHash = await post(open, persisted(hash));
    expect(byHash.body).toEqual(expect.objectContaining({ data: registered.body.data }));
  });

  it('refuses a hash that is not the query’s', async () => {
    const answer = await post(open, { query: '{ __typename }', ...persisted(sha256('other')) });
    expect(answer.status).toBe(400);
    expect(answer.body.errors).toEqual([
      { message: 'provided sha does not match query', extensions: { code: 'BAD_REQUEST' } },
    ]);
  });
});

describe('KKS_TRUSTED_DOCUMENTS=only', () => {
  it.each(recipeFiles.map((file) => [path.basename(file), file]))(
    'runs the recipe %s as the playground sends it, comments and all',
    async (_, file) => {
      const answer = await post(trustedOnly, { query: readFileSync(file, 'utf8') });
      expect(answer.status).toBe(200);
      expect(answer.body.errors).toBeUndefined();
    },
  );

  it('runs an explorer operation sent by its hash alone', async () => {
    const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as Record<string, string>;
    const [key] = Object.entries(manifest).find(([, document]) =>
      document.includes('query ExplorerDocuments('),
    )!;
    const answer = await post(trustedOnly, {
      ...persisted(key.replace(/^sha256:/, '')),
      variables: { lang: 'EN' },
    });
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data).toHaveProperty('essays');
  });

  it('refuses any other operation with 403 UNTRUSTED_OPERATION before any Cypher, and stores none', async () => {
    const query = '{ concepts(first: 1) { totalCount } }';
    const before = statements.count;
    const refused = await post(trustedOnly, { query });
    expect(refused.status).toBe(403);
    expect(refused.body.errors).toEqual([
      expect.objectContaining({ extensions: { code: 'UNTRUSTED_OPERATION' } }),
    ]);
    const registering = await post(trustedOnly, { query, ...persisted(sha256(query)) });
    expect(registering.status).toBe(403);
    const byHash = await post(trustedOnly, persisted(sha256(query)));
    expect(byHash.body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(statements.count).toBe(before);
  });

  it('still answers introspection while introspection is on (the development default)', async () => {
    const answer = await post(trustedOnly, { query: '{ __schema { queryType { name } } }' });
    expect(answer.body).toMatchObject({ data: { __schema: { queryType: { name: 'Query' } } } });
    expect(answer.body.errors).toBeUndefined();
  });
});
