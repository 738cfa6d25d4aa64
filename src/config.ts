/**
 * The only reader of the environment. `loadConfig` validates everything once, at startup, and
 * throws a `ConfigError` whose message is one line naming the variable and the expected form.
 */
import path from 'node:path';
import { z } from 'zod';
import { DEFAULT_DRIVER_SETTINGS, type DriverSettings } from './neo4j/driver.js';

export interface ExternalNeo4jConfig {
  readonly mode: 'external';
  readonly uri: string;
  readonly user: string;
  readonly password: string;
  readonly database: string;
}

/** The project runs its own Neo4j; its password is generated and kept in `dataDir`. */
export interface ManagedNeo4jConfig {
  readonly mode: 'managed';
  readonly dataDir: string;
  readonly boltPort: number;
  readonly heap: string;
  readonly database: string;
}

/** A curator and the secret key they write with (KKS_CURATOR_KEYS). */
export interface CuratorKey {
  readonly name: string;
  readonly key: string;
}

/** What one client may ask of the API, and how long and large an answer may be. */
export interface RequestLimits {
  /** An operation's deadline: what it has not read by then is null with a TIMEOUT error. */
  readonly operationDeadlineMs: number;
  /** The largest answer, as JSON; a larger one is replaced by a RESPONSE_TOO_LARGE error. */
  readonly maxResponseBytes: number;
  /** GraphQL requests per client per minute; 0 for no limit. */
  readonly requestsPerMinute: number;
  /** Of those, mutations per client per minute; 0 for no limit. */
  readonly mutationsPerMinute: number;
}

export const DEFAULT_REQUEST_LIMITS: RequestLimits = {
  operationDeadlineMs: 10_000,
  maxResponseBytes: 8_000_000,
  requestsPerMinute: 600,
  mutationsPerMinute: 30,
};

export interface Config {
  readonly host: string;
  readonly port: number;
  readonly logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** KKS_ENV=production or NODE_ENV=production: the defaults below for a public server. */
  readonly production: boolean;
  readonly neo4j: ExternalNeo4jConfig | ManagedNeo4jConfig;
  readonly driver: DriverSettings;
  /** Who may write; empty when KKS_CURATOR_KEYS is unset, and then no one can. Reads are public. */
  readonly curators: readonly CuratorKey[];
  /** Whether browsers get the GraphiQL playground at GET /graphql (KKS_PLAYGROUND). */
  readonly playground: boolean;
  /** Whether clients may introspect the schema and get "did you mean" suggestions. */
  readonly introspection: boolean;
  /** Origins whose pages may call the API from a browser; `*` for any. */
  readonly corsOrigins: '*' | readonly string[];
  /** Express's `trust proxy`: which proxies' X-Forwarded-For names the client. */
  readonly trustProxy: boolean | number | string;
  /** When set, only the operations of the trusted-documents manifest are run. */
  readonly trustedDocumentsOnly: boolean;
  readonly limits: RequestLimits;
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

const BOLT_SCHEMES = ['neo4j:', 'neo4j+s:', 'neo4j+ssc:', 'bolt:', 'bolt+s:', 'bolt+ssc:'];
const BOLT_URI_FORM = 'a Bolt or Neo4j URI such as neo4j://host:7687 or neo4j+s://host';
/** Values never echoed in an error message. */
const SECRET_VARIABLES = new Set(['NEO4J_PASSWORD', 'KKS_CURATOR_KEYS']);

/** scheme://host[:port] and nothing else: credentials belong in NEO4J_USER/NEO4J_PASSWORD. */
function isBoltUri(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  return (
    BOLT_SCHEMES.includes(url.protocol) &&
    url.hostname !== '' &&
    url.username === '' &&
    url.password === '' &&
    (url.pathname === '' || url.pathname === '/') &&
    url.search === '' &&
    url.hash === ''
  );
}
export const MIN_CURATOR_KEY_LENGTH = 24;
const CURATOR_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
/** The characters of an RFC 6750 bearer token, so that every key can be sent as one. */
const CURATOR_KEY = /^[A-Za-z0-9._~+/-]+=*$/;
const CURATOR_KEYS_FORM = `comma-separated name:key pairs with distinct names and keys, each key at least ${MIN_CURATOR_KEY_LENGTH} characters of A-Z a-z 0-9 - . _ ~ + /`;

/**
 * `alice:<key>,bob:<key>`. The problem names the entry by position only: a misplaced separator could
 * put part of a key where the name should be.
 */
function parseCuratorKeys(value: string): CuratorKey[] | string {
  const curators: CuratorKey[] = [];
  for (const [index, entry] of value.split(',').entries()) {
    const separator = entry.indexOf(':');
    const name = entry.slice(0, separator).trim();
    const key = entry.slice(separator + 1).trim();
    const problem =
      separator < 0 || !CURATOR_NAME.test(name)
        ? 'is not name:key with a name of letters, digits, . _ -'
        : key.length < MIN_CURATOR_KEY_LENGTH || !CURATOR_KEY.test(key)
          ? 'has a key that is too short or holds other characters'
          : curators.some((curator) => curator.name === name)
            ? 'repeats a name'
            : curators.some((curator) => curator.key === key)
              ? 'repeats a key'
              : null;
    if (problem !== null) return `${CURATOR_KEYS_FORM}; entry ${index + 1} ${problem}`;
    curators.push({ name, key });
  }
  return curators;
}

const port = z.coerce.number().int().min(1).max(65535);
const listenPort = z.coerce.number().int().min(0).max(65535);
const milliseconds = (fallback: number) =>
  z.coerce.number().int().min(1).max(600_000).default(fallback);
const perMinute = (fallback: number) =>
  z.coerce.number().int().min(0).max(1_000_000).default(fallback);
const onOff = z.enum(['on', 'off']).optional();
const ORIGIN = /^https?:\/\/[A-Za-z0-9.-]+(:\d{1,5})?$/;

const schema = z.object({
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: listenPort.default(4000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NEO4J_URI: z.string().refine(isBoltUri, BOLT_URI_FORM).optional(),
  NEO4J_USER: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().min(1).optional(),
  NEO4J_DATABASE: z
    .string()
    .regex(/^[A-Za-z][A-Za-z0-9.-]{2,62}$/, 'a Neo4j database name')
    .default('neo4j'),
  KKS_DATA_DIR: z.string().min(1).default('.kks-data'),
  KKS_NEO4J_PORT: port.default(7687),
  KKS_NEO4J_HEAP: z
    .string()
    .regex(/^\d+[mg]$/, 'a JVM heap size such as 512m or 1g')
    .default('1g'),
  KKS_CURATOR_KEYS: z
    .string()
    .transform((value, context) => {
      const parsed = parseCuratorKeys(value);
      if (typeof parsed !== 'string') return parsed;
      context.addIssue({ code: 'custom', message: parsed });
      return z.NEVER;
    })
    .optional(),
  KKS_ENV: z.enum(['development', 'production']).optional(),
  NODE_ENV: z.string().optional(),
  KKS_PLAYGROUND: onOff,
  KKS_INTROSPECTION: onOff,
  KKS_TRUSTED_DOCUMENTS: z.enum(['only', 'off']).default('off'),
  KKS_CORS_ORIGINS: z
    .string()
    .refine(
      (value) => value === '*' || value.split(',').every((origin) => ORIGIN.test(origin.trim())),
    )
    .default('*'),
  KKS_TRUST_PROXY: z
    .string()
    .regex(/^(off|on|\d{1,2}|[0-9a-f.:/, ]+|loopback|linklocal|uniquelocal)$/i)
    .default('off'),
  KKS_OPERATION_DEADLINE_MS: milliseconds(DEFAULT_REQUEST_LIMITS.operationDeadlineMs),
  KKS_MAX_RESPONSE_BYTES: z.coerce
    .number()
    .int()
    .min(10_000)
    .max(1_000_000_000)
    .default(DEFAULT_REQUEST_LIMITS.maxResponseBytes),
  KKS_REQUESTS_PER_MINUTE: perMinute(DEFAULT_REQUEST_LIMITS.requestsPerMinute),
  KKS_MUTATIONS_PER_MINUTE: perMinute(DEFAULT_REQUEST_LIMITS.mutationsPerMinute),
  NEO4J_CONNECTION_TIMEOUT_MS: milliseconds(DEFAULT_DRIVER_SETTINGS.connectionTimeoutMs),
  NEO4J_ACQUISITION_TIMEOUT_MS: milliseconds(DEFAULT_DRIVER_SETTINGS.acquisitionTimeoutMs),
  NEO4J_TRANSACTION_TIMEOUT_MS: milliseconds(DEFAULT_DRIVER_SETTINGS.transactionTimeoutMs),
  NEO4J_MAX_RETRY_TIME_MS: z.coerce
    .number()
    .int()
    .min(0)
    .max(600_000)
    .default(DEFAULT_DRIVER_SETTINGS.maxRetryTimeMs),
  NEO4J_MAX_POOL_SIZE: z.coerce
    .number()
    .int()
    .min(1)
    .max(1_000)
    .default(DEFAULT_DRIVER_SETTINGS.maxPoolSize),
});

const EXPECTED_FORM: Record<string, string> = {
  HOST: 'a host name or IP address',
  PORT: 'a port number 0-65535 (0 picks a free one)',
  KKS_NEO4J_PORT: 'a port number 1-65535',
  LOG_LEVEL: 'one of fatal, error, warn, info, debug, trace, silent',
  KKS_PLAYGROUND: 'on or off',
  KKS_INTROSPECTION: 'on or off',
  KKS_ENV: 'development or production',
  KKS_TRUSTED_DOCUMENTS: 'only or off',
  KKS_CORS_ORIGINS:
    '* or comma-separated origins such as https://example.org,http://localhost:5173',
  KKS_TRUST_PROXY: 'off, on, a number of proxies, or comma-separated proxy addresses',
  KKS_OPERATION_DEADLINE_MS: 'milliseconds, 1-600000',
  KKS_MAX_RESPONSE_BYTES: 'bytes, 10000-1000000000',
  KKS_REQUESTS_PER_MINUTE: 'a number of requests, 0 for no limit',
  KKS_MUTATIONS_PER_MINUTE: 'a number of requests, 0 for no limit',
  NEO4J_CONNECTION_TIMEOUT_MS: 'milliseconds, 1-600000',
  NEO4J_ACQUISITION_TIMEOUT_MS: 'milliseconds, 1-600000',
  NEO4J_TRANSACTION_TIMEOUT_MS: 'milliseconds, 1-600000',
  NEO4J_MAX_RETRY_TIME_MS: 'milliseconds, 0-600000',
  NEO4J_MAX_POOL_SIZE: 'a number of connections, 1-1000',
};

/**
 * Reads and validates the environment.
 * @throws ConfigError naming the first invalid variable, what it expects, and what it received.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Config {
  const parsed = schema.safeParse(blankToUndefined(env));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const variable = String(issue?.path[0] ?? 'environment');
    const expected = EXPECTED_FORM[variable] ?? issue?.message ?? 'a valid value';
    throw new ConfigError(
      `${variable} must be ${expected} (got ${shown(variable, env[variable])})`,
    );
  }
  const values = parsed.data;
  const production = (values.KKS_ENV ?? values.NODE_ENV) === 'production';
  return {
    host: values.HOST,
    port: values.PORT,
    logLevel: values.LOG_LEVEL,
    production,
    neo4j:
      values.NEO4J_URI === undefined ? managed(values, cwd) : external(values, values.NEO4J_URI),
    driver: {
      connectionTimeoutMs: values.NEO4J_CONNECTION_TIMEOUT_MS,
      acquisitionTimeoutMs: values.NEO4J_ACQUISITION_TIMEOUT_MS,
      transactionTimeoutMs: values.NEO4J_TRANSACTION_TIMEOUT_MS,
      maxRetryTimeMs: values.NEO4J_MAX_RETRY_TIME_MS,
      maxPoolSize: values.NEO4J_MAX_POOL_SIZE,
    },
    curators: values.KKS_CURATOR_KEYS ?? [],
    // A public server shows neither by default; a development one shows both.
    playground: (values.KKS_PLAYGROUND ?? (production ? 'off' : 'on')) === 'on',
    introspection: (values.KKS_INTROSPECTION ?? (production ? 'off' : 'on')) === 'on',
    corsOrigins:
      values.KKS_CORS_ORIGINS === '*'
        ? '*'
        : values.KKS_CORS_ORIGINS.split(',').map((origin) => origin.trim()),
    trustProxy: trustProxy(values.KKS_TRUST_PROXY),
    trustedDocumentsOnly: values.KKS_TRUSTED_DOCUMENTS === 'only',
    limits: {
      operationDeadlineMs: values.KKS_OPERATION_DEADLINE_MS,
      maxResponseBytes: values.KKS_MAX_RESPONSE_BYTES,
      requestsPerMinute: values.KKS_REQUESTS_PER_MINUTE,
      mutationsPerMinute: values.KKS_MUTATIONS_PER_MINUTE,
    },
  };
}

function trustProxy(value: string): boolean | number | string {
  if (value === 'off') return false;
  if (value === 'on') return true;
  return /^\d+$/.test(value) ? Number(value) : value;
}

type Values = z.infer<typeof schema>;

function shown(variable: string, value: string | undefined): string {
  if (SECRET_VARIABLES.has(variable)) return 'a value that is not shown';
  // A URI may carry credentials; show its scheme and host only.
  const withoutCredentials = value?.replace(/\/\/[^@/]*@/, '//***@');
  return JSON.stringify(withoutCredentials);
}

function managed(values: Values, cwd: string): ManagedNeo4jConfig {
  if (values.NEO4J_DATABASE !== 'neo4j') {
    throw new ConfigError(
      `NEO4J_DATABASE must be neo4j when NEO4J_URI is not set: the project's own Neo4j Community serves only that database (got ${JSON.stringify(values.NEO4J_DATABASE)})`,
    );
  }
  return {
    mode: 'managed',
    dataDir: path.resolve(cwd, values.KKS_DATA_DIR),
    boltPort: values.KKS_NEO4J_PORT,
    heap: values.KKS_NEO4J_HEAP,
    database: values.NEO4J_DATABASE,
  };
}

function external(values: Values, uri: string): ExternalNeo4jConfig {
  if (values.NEO4J_PASSWORD === undefined) {
    throw new ConfigError('NEO4J_PASSWORD must be set when NEO4J_URI is set (got nothing)');
  }
  return {
    mode: 'external',
    uri,
    user: values.NEO4J_USER,
    password: values.NEO4J_PASSWORD,
    database: values.NEO4J_DATABASE,
  };
}

function blankToUndefined(env: NodeJS.ProcessEnv): Record<string, string | undefined> {
  return Object.fromEntries(
    Object.keys(schema.shape).map((key) => {
      const value = env[key];
      return [key, value === undefined || value.trim() === '' ? undefined : value];
    }),
  );
}
