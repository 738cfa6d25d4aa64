/**
 * The pages the server serves, over HTTP: the explorer at /, the playground at GET /graphql for
 * browsers (and only for browsers: GraphQL clients asking for JSON still reach the API), every asset
 * they load served from this server, and the playground switched off by KKS_PLAYGROUND=off.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpApi, type HttpApi } from '../support/http-api.js';
import { connectTestDatabase, type TestConnection } from '../support/test-database.js';

let connection: TestConnection;
let api: HttpApi;
let withoutPlayground: HttpApi;

beforeAll(async () => {
  connection = await connectTestDatabase();
  api = await startHttpApi(connection.gateway);
  withoutPlayground = await startHttpApi(connection.gateway, { playground: false });
});

afterAll(async () => {
  await api.server.stop();
  await withoutPlayground.server.stop();
  await connection.driver.close();
});

const at = (server: HttpApi, path: string) => new URL(path, server.server.graphqlUrl);

/** The scripts, styles and icons an HTML page loads. */
function assetsOf(html: string): string[] {
  return [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1]!);
}

describe('the explorer at /', () => {
  it('is an HTML page whose every asset this server serves, for good', async () => {
    const page = await fetch(at(api, '/'));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await page.text();
    expect(html).toContain('<title>kks-graph explorer</title>');
    const assets = assetsOf(html).filter((href) => href.startsWith('/assets/'));
    expect(assets.length).toBeGreaterThan(0);
    expect(assetsOf(html).every((href) => href.startsWith('/') || href === 'data:,')).toBe(true);
    for (const asset of assets) {
      const response = await fetch(at(api, asset));
      expect(response.status, asset).toBe(200);
      expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    }
  });

  it('answers an unknown asset with 404, not the page', async () => {
    expect((await fetch(at(api, '/assets/nothing.js'))).status).toBe(404);
  });
});

describe('the playground at GET /graphql', () => {
  it('is served to a browser asking for HTML, with a query from the URL', async () => {
    const response = await fetch(at(api, '/graphql?query=%7B__typename%7D'), {
      headers: { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' },
    });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>kks-graph playground</title>');
  });

  it('leaves GraphQL over HTTP to the API for clients asking for JSON, by GET and by POST', async () => {
    const get = await fetch(at(api, '/graphql?query=%7B__typename%7D'), {
      headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
    });
    expect(await get.json()).toMatchObject({ data: { __typename: 'Query' } });
    const post = await api.query('{ __typename }');
    expect(post.data).toEqual({ __typename: 'Query' });
  });

  it('is off with KKS_PLAYGROUND=off: a browser gets a JSON 404 saying so, the API still answers', async () => {
    const response = await fetch(at(withoutPlayground, '/graphql'), {
      headers: { accept: 'text/html' },
    });
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({
      errors: [
        {
          message: 'The playground is off (KKS_PLAYGROUND=off); POST GraphQL requests to /graphql',
          extensions: { code: 'PLAYGROUND_DISABLED' },
        },
      ],
    });
    expect((await withoutPlayground.query('{ __typename }')).data).toEqual({ __typename: 'Query' });
  });
});
