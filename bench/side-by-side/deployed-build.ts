/**
 * kks-graph as `npm start` serves it: the JavaScript tsc writes to dist/ (`npm run build:server`),
 * not the TypeScript tsx compiles on the fly. esbuild, under tsx, keeps every function's name by
 * calling a helper each time a closure is made (0.8% of A's busy time on the search, 1.0% more in
 * the helper itself), so serving A through tsx would measure a cost the deployed server does not
 * have. The build is brought up to date first, so that what is served is the code in src/.
 */
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';
import type * as Config from '../../src/config.js';
import type * as HttpServer from '../../src/http-server.js';
import type * as Gateway from '../../src/neo4j/gateway.js';

export interface DeployedBuild {
  readonly loadConfig: typeof Config.loadConfig;
  readonly startHttpServer: typeof HttpServer.startHttpServer;
  readonly Neo4jGateway: typeof Gateway.Neo4jGateway;
}

const ROOT = new URL('../../', import.meta.url);

export async function deployedBuild(): Promise<DeployedBuild> {
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  await promisify(execFile)(process.execPath, [tsc, '-p', 'tsconfig.build.json'], {
    cwd: ROOT,
  });
  const built = (file: string) => new URL(`dist/src/${file}`, ROOT).href;
  const [config, httpServer, gateway] = await Promise.all([
    import(built('config.js')) as Promise<typeof Config>,
    import(built('http-server.js')) as Promise<typeof HttpServer>,
    import(built('neo4j/gateway.js')) as Promise<typeof Gateway>,
  ]);
  return {
    loadConfig: config.loadConfig,
    startHttpServer: httpServer.startHttpServer,
    Neo4jGateway: gateway.Neo4jGateway,
  };
}
