import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';

const URI_FORM = 'a Bolt or Neo4j URI such as neo4j://host:7687 or neo4j+s://host';

describe('loadConfig', () => {
  it('runs its own Neo4j, with data under the working directory, when NEO4J_URI is not set', () => {
    expect(loadConfig({}, '/srv/kks')).toEqual({
      host: '127.0.0.1',
      port: 4000,
      logLevel: 'info',
      neo4j: {
        mode: 'managed',
        dataDir: '/srv/kks/.kks-data',
        boltPort: 7687,
        heap: '1g',
        database: 'neo4j',
      },
      driver: {
        connectionTimeoutMs: 3_000,
        acquisitionTimeoutMs: 5_000,
        transactionTimeoutMs: 10_000,
        maxRetryTimeMs: 3_000,
        maxPoolSize: 50,
      },
      production: false,
      curators: [],
      playground: true,
      introspection: true,
      corsOrigins: '*',
      trustProxy: false,
      trustedDocumentsOnly: false,
      limits: {
        operationDeadlineMs: 10_000,
        maxResponseBytes: 8_000_000,
        requestsPerMinute: 600,
        mutationsPerMinute: 30,
      },
    });
  });

  it.each([{ KKS_ENV: 'production' }, { NODE_ENV: 'production' }])(
    'keeps the playground and introspection off in production (%o) unless turned on',
    (env) => {
      expect(loadConfig(env)).toMatchObject({
        production: true,
        playground: false,
        introspection: false,
      });
      expect(loadConfig({ ...env, KKS_PLAYGROUND: 'on', KKS_INTROSPECTION: 'on' })).toMatchObject({
        production: true,
        playground: true,
        introspection: true,
      });
    },
  );

  it('lets KKS_ENV=development win over NODE_ENV=production', () => {
    expect(loadConfig({ NODE_ENV: 'production', KKS_ENV: 'development' }).production).toBe(false);
  });

  it('reads the limits, timeouts, CORS origins and proxy trust', () => {
    const config = loadConfig({
      KKS_OPERATION_DEADLINE_MS: '2500',
      KKS_MAX_RESPONSE_BYTES: '500000',
      KKS_REQUESTS_PER_MINUTE: '0',
      KKS_MUTATIONS_PER_MINUTE: '5',
      NEO4J_CONNECTION_TIMEOUT_MS: '1000',
      NEO4J_ACQUISITION_TIMEOUT_MS: '2000',
      NEO4J_TRANSACTION_TIMEOUT_MS: '4000',
      NEO4J_MAX_RETRY_TIME_MS: '0',
      NEO4J_MAX_POOL_SIZE: '8',
      KKS_CORS_ORIGINS: 'https://kks.example.org, http://localhost:5173',
      KKS_TRUST_PROXY: '1',
      KKS_TRUSTED_DOCUMENTS: 'only',
    });
    expect(config.limits).toEqual({
      operationDeadlineMs: 2500,
      maxResponseBytes: 500_000,
      requestsPerMinute: 0,
      mutationsPerMinute: 5,
    });
    expect(config.driver).toEqual({
      connectionTimeoutMs: 1000,
      acquisitionTimeoutMs: 2000,
      transactionTimeoutMs: 4000,
      maxRetryTimeMs: 0,
      maxPoolSize: 8,
    });
    expect(config.corsOrigins).toEqual(['https://kks.example.org', 'http://localhost:5173']);
    expect(config.trustProxy).toBe(1);
    expect(config.trustedDocumentsOnly).toBe(true);
    expect(loadConfig({ KKS_TRUST_PROXY: 'loopback' }).trustProxy).toBe('loopback');
    expect(loadConfig({ KKS_TRUST_PROXY: 'on' }).trustProxy).toBe(true);
  });

  it('turns the playground off with KKS_PLAYGROUND=off, and refuses other values', () => {
    expect(loadConfig({ KKS_PLAYGROUND: 'off' }).playground).toBe(false);
    expect(loadConfig({ KKS_PLAYGROUND: 'on' }).playground).toBe(true);
    expect(() => loadConfig({ KKS_PLAYGROUND: 'no' })).toThrow(
      'KKS_PLAYGROUND must be on or off (got "no")',
    );
  });

  it('uses the configured server when NEO4J_URI is set, and starts nothing', () => {
    const config = loadConfig({
      NEO4J_URI: 'neo4j+s://abc.databases.example:7687',
      NEO4J_USER: 'reader',
      NEO4J_PASSWORD: 's3cret',
      NEO4J_DATABASE: 'kks',
      PORT: '8080',
    });
    expect(config.neo4j).toEqual({
      mode: 'external',
      uri: 'neo4j+s://abc.databases.example:7687',
      user: 'reader',
      password: 's3cret',
      database: 'kks',
    });
    expect(config.port).toBe(8080);
  });

  it('treats blank variables as unset', () => {
    expect(loadConfig({ NEO4J_URI: '  ', PORT: '' }).neo4j.mode).toBe('managed');
  });

  it.each([
    [
      { NEO4J_URI: 'http://x' },
      'NEO4J_URI must be a Bolt or Neo4j URI such as neo4j://host:7687 or neo4j+s://host (got "http://x")',
    ],
    [{ PORT: '99999' }, 'PORT must be a port number 0-65535 (0 picks a free one) (got "99999")'],
    [{ KKS_NEO4J_PORT: 'seven' }, 'KKS_NEO4J_PORT must be a port number 1-65535 (got "seven")'],
    [
      { KKS_OPERATION_DEADLINE_MS: '0' },
      'KKS_OPERATION_DEADLINE_MS must be milliseconds, 1-600000 (got "0")',
    ],
    [
      { KKS_CORS_ORIGINS: 'example.org' },
      'KKS_CORS_ORIGINS must be * or comma-separated origins such as https://example.org,http://localhost:5173 (got "example.org")',
    ],
    [{ KKS_ENV: 'prod' }, 'KKS_ENV must be development or production (got "prod")'],
    [
      { NEO4J_MAX_POOL_SIZE: '0' },
      'NEO4J_MAX_POOL_SIZE must be a number of connections, 1-1000 (got "0")',
    ],
    [
      { LOG_LEVEL: 'loud' },
      'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent (got "loud")',
    ],
    [
      { KKS_NEO4J_HEAP: '1TB' },
      'KKS_NEO4J_HEAP must be a JVM heap size such as 512m or 1g (got "1TB")',
    ],
    [
      { NEO4J_URI: 'bolt://db:7687' },
      'NEO4J_PASSWORD must be set when NEO4J_URI is set (got nothing)',
    ],
    [
      { NEO4J_URI: 'bolt://127.0.0.1:abc', NEO4J_PASSWORD: 'p' },
      `NEO4J_URI must be ${URI_FORM} (got "bolt://127.0.0.1:abc")`,
    ],
    [
      { NEO4J_URI: 'neo4j://host:7687/extra path', NEO4J_PASSWORD: 'p' },
      `NEO4J_URI must be ${URI_FORM} (got "neo4j://host:7687/extra path")`,
    ],
    [
      { NEO4J_URI: 'neo4j+s://admin:hunter2@db.example', NEO4J_PASSWORD: 'p' },
      `NEO4J_URI must be ${URI_FORM} (got "neo4j+s://***@db.example")`,
    ],
    [
      { NEO4J_DATABASE: 'kks' },
      'NEO4J_DATABASE must be neo4j when NEO4J_URI is not set: the project\'s own Neo4j Community serves only that database (got "kks")',
    ],
  ])('rejects %j with a one-line message naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(new ConfigError(message));
  });
});
