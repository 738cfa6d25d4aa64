/**
 * Steady traffic against a running API, recorded request by request: readers, a curator adding
 * labels (which it remembers when the API acknowledges them), and a prober of /livez and /readyz.
 * The fault tests read the records to say how long anything waited, when errors stopped, and which
 * writes were acknowledged.
 */

export interface RequestRecord {
  readonly kind: 'read' | 'write' | 'livez' | 'readyz';
  /** Epoch milliseconds. */
  readonly started: number;
  readonly ms: number;
  readonly status: number;
  /** extensions.code of each error, or the network failure's name. */
  readonly errors: readonly string[];
}

export interface TrafficOptions {
  readonly graphqlUrl: string;
  readonly readers: number;
  /** Authorization header of a curator; no writes without it. */
  readonly curator?: string;
  /** The concept the curator labels. */
  readonly concept?: string;
  /** Prefix of the labels, unique per run. */
  readonly labelPrefix?: string;
}

const READS = [
  `{ concept(slug: "job-carving") { label findings(first: 5) { edges { node { statement evidence { quote page } } } } } }`,
  `{ search(query: "regionale arbeidsmarkt", first: 5) { totalCount edges { node { snippet } } } }`,
  `{ suggest(prefix: "rel") { label } }`,
  `{ essays(first: 3) { edges { node { title sections { title } } } } }`,
];
const ADD_LABEL = `mutation ($input: AddConceptLabelInput!) { addConceptLabel(input: $input) { changed } }`;
const PROBE_INTERVAL_MS = 100;

export class Traffic {
  readonly records: RequestRecord[] = [];
  /** Labels the API answered `changed: true` for. */
  readonly acknowledged: string[] = [];
  private running = true;
  private readonly loops: Promise<void>[] = [];
  private written = 0;

  constructor(private readonly options: TrafficOptions) {
    for (let reader = 0; reader < options.readers; reader++) this.loops.push(this.readLoop(reader));
    if (options.curator !== undefined) this.loops.push(this.writeLoop());
    this.loops.push(this.probeLoop('livez'), this.probeLoop('readyz'));
  }

  async stop(): Promise<void> {
    this.running = false;
    await Promise.all(this.loops);
  }

  /** Records of `kind` that started in [from, to). */
  between(from: number, to: number, kind?: RequestRecord['kind']): RequestRecord[] {
    return this.records.filter(
      (record) =>
        record.started >= from &&
        record.started < to &&
        (kind === undefined || record.kind === kind),
    );
  }

  private async readLoop(reader: number): Promise<void> {
    for (let request = reader; this.running; request++) {
      await this.graphql('read', { query: READS[request % READS.length] });
    }
  }

  private async writeLoop(): Promise<void> {
    while (this.running) {
      const label = `${this.options.labelPrefix ?? 'traffic'} ${++this.written}`;
      const body = await this.graphql('write', {
        query: ADD_LABEL,
        variables: { input: { concept: this.options.concept, label, lang: 'EN' } },
      });
      const changed = (body?.data?.['addConceptLabel'] as { changed?: boolean } | null)?.changed;
      if (changed === true) this.acknowledged.push(label);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  private async probeLoop(probe: 'livez' | 'readyz'): Promise<void> {
    const url = this.options.graphqlUrl.replace(/graphql$/, probe);
    while (this.running) {
      const started = Date.now();
      try {
        const response = await fetch(url, { signal: AbortSignal.timeout(10_000) });
        await response.arrayBuffer();
        this.record(probe, started, response.status, []);
      } catch (error) {
        this.record(probe, started, 0, [(error as Error).name]);
      }
      await new Promise((resolve) => setTimeout(resolve, PROBE_INTERVAL_MS));
    }
  }

  private async graphql(
    kind: 'read' | 'write',
    body: unknown,
  ): Promise<{ data?: Record<string, unknown> } | null> {
    const started = Date.now();
    try {
      const response = await fetch(this.options.graphqlUrl, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(kind === 'write' ? { authorization: this.options.curator ?? '' } : {}),
        },
        body: JSON.stringify(body),
        // Far past any deadline the API has: a request this slow is what the tests look for.
        signal: AbortSignal.timeout(60_000),
      });
      const answer = (await response.json()) as {
        data?: Record<string, unknown>;
        errors?: { extensions?: { code?: string } }[];
      };
      this.record(
        kind,
        started,
        response.status,
        (answer.errors ?? []).map((error) => error.extensions?.code ?? 'NO_CODE'),
      );
      return answer;
    } catch (error) {
      this.record(kind, started, 0, [(error as Error).name]);
      await new Promise((resolve) => setTimeout(resolve, 50));
      return null;
    }
  }

  private record(
    kind: RequestRecord['kind'],
    started: number,
    status: number,
    errors: readonly string[],
  ): void {
    this.records.push({ kind, started, ms: Date.now() - started, status, errors });
  }
}

/** Whether a GraphQL request or probe failed: an error, a non-2xx status, or no answer. */
export function failed(record: RequestRecord): boolean {
  return record.errors.length > 0 || record.status < 200 || record.status >= 300;
}
