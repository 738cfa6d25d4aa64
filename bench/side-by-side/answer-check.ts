/**
 * Before any timing: every workload's answer from R, A-DL and N must equal A's, as canonical JSON;
 * any difference fails the run, after all are printed. Also counts the Cypher statements A and A-DL send for one
 * request of each workload (N and R send one by construction).
 */
import { answerHash, firstDifference } from './canonical-json.js';
import type { GraphQLRequest, Json, Workload } from './workloads.js';

export interface ContenderUrls {
  readonly api: string;
  readonly unbatched: string;
  readonly library: string;
  /** Base URL of the hand-written contender. */
  readonly cypher: string;
  /** Statements A and A-DL have sent so far, counted at their gateways. */
  readonly statements: { readonly A: number; readonly 'A-DL': number };
}

export interface WorkloadCheck {
  readonly workload: string;
  readonly hash: string;
  readonly statementsA: number;
  readonly statementsADL: number;
}

/** A workload A's cost model refuses, and what it says. */
export interface Refusal {
  readonly workload: string;
  readonly reason: string;
}

export class AnswerMismatchError extends Error {
  override readonly name = 'AnswerMismatchError';
}

export async function checkAnswers(
  workloads: readonly Workload[],
  urls: ContenderUrls,
): Promise<{ checks: WorkloadCheck[]; refused: Refusal[] }> {
  const checks: WorkloadCheck[] = [];
  const refused: Refusal[] = [];
  const mismatches: string[] = [];
  for (const workload of workloads) {
    const canonical: (data: Json) => unknown = workload.canonical ?? ((data: unknown) => data);
    const headers = workload.apiHeaders ?? {};
    const refusal = await costRefusal(urls.api, workload.api, headers);
    if (refusal !== null) {
      console.log(`refused by A's cost limit: ${workload.key} (${refusal}); not timed`);
      refused.push({ workload: workload.key, reason: refusal });
      continue;
    }
    const beforeA = urls.statements.A;
    const api = canonical(await graphql(urls.api, workload.api, `A ${workload.key}`, headers));
    const statementsA = urls.statements.A - beforeA;
    const beforeADL = urls.statements['A-DL'];
    const answers: Record<string, unknown> = {
      'A-DL': canonical(
        await graphql(urls.unbatched, workload.api, `A-DL ${workload.key}`, headers),
      ),
      R: canonical(await answer(`${urls.cypher}/cypher/${workload.key}`, '', `R ${workload.key}`)),
      N: canonical(
        workload.fromLibrary(await graphql(urls.library, workload.library, `N ${workload.key}`)),
      ),
    };
    const statementsADL = urls.statements['A-DL'] - beforeADL;
    for (const [contender, data] of Object.entries(answers)) {
      const difference = firstDifference(api, data);
      if (difference !== null) {
        mismatches.push(
          `${workload.key}: ${contender}'s answer differs from A's at ${difference.path}: ` +
            `A ${shown(difference.a)} ≠ ${contender} ${shown(difference.b)}`,
        );
      }
    }
    const hash = answerHash(api);
    if (process.env['BENCH_SHOW_ANSWERS'] !== undefined) console.log(JSON.stringify(api));
    console.log(
      `answers agree: ${workload.key} ${hash} (A ${statementsA} statements, A-DL ${statementsADL})`,
    );
    checks.push({ workload: workload.key, hash, statementsA, statementsADL });
  }
  if (mismatches.length > 0) throw new AnswerMismatchError(mismatches.join('\n'));
  return { checks, refused };
}

/**
 * Why A's cost model refuses `request` (on a large tier, a question whose answer grows with the
 * graph), or null when it answers. A refused question is timed for no contender.
 */
async function costRefusal(
  url: string,
  request: GraphQLRequest,
  headers: Readonly<Record<string, string>>,
): Promise<string | null> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(request),
  });
  const result = (await response.json()) as {
    errors?: { message: string; extensions?: { code?: string } }[];
  };
  const refusal = result.errors?.find((error) => error.extensions?.code === 'QUERY_TOO_COSTLY');
  return refusal?.message ?? null;
}

/** A value as JSON, cut short: enough to see where two answers part. */
function shown(value: unknown): string {
  return (JSON.stringify(value) as string | undefined)?.slice(0, 300) ?? 'nothing';
}

function graphql(
  url: string,
  request: GraphQLRequest,
  who: string,
  headers: Readonly<Record<string, string>> = {},
): Promise<Json> {
  return answer(url, JSON.stringify(request), who, headers);
}

async function answer(
  url: string,
  body: string,
  who: string,
  headers: Readonly<Record<string, string>> = {},
): Promise<Json> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
  const result = (await response.json()) as { data?: Json; errors?: unknown };
  if (!response.ok || result.errors !== undefined) {
    throw new AnswerMismatchError(`${who}: ${response.status} ${JSON.stringify(result.errors)}`);
  }
  return result.data;
}
