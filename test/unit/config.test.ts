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
      curators: [],
      playground: true,
    });
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
