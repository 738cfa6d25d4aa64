/**
 * Curation over the real HTTP endpoint against the real database: only curators write, every
 * rejected write leaves the graph exactly as it was, repeats change nothing (even sent all at once:
 * one of them changes the graph), each write records who and when, and curated knowledge survives a
 * reseed.
 */
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../src/graphql/global-id.js';
import { seedGraph } from '../../seed/seed-graph.js';
import { countGraph, type GraphCounts } from '../../seed/writer/graph-writer.js';
import { startHttpApi, type GraphQLResponse, type HttpApi } from '../support/http-api.js';
import { connectTestDatabase, QueryLog, type TestConnection } from '../support/test-database.js';

const ALICE = { name: 'alice', key: 'alice-key-0123456789abcdefghij' };
const BOB = { name: 'bob', key: 'bob-key-0123456789abcdefghijklm' };
const WRONG_KEY = 'mallory-guess-0123456789abcdef';
const AS_ALICE = `Bearer ${ALICE.key}`;
const AS_BOB = `Bearer ${BOB.key}`;

const SLUG = 'test-curation-projecten-zoeken-aangrijpingspunten';
const PASSAGE = 'voorwoord-kks-essays--p003';
/** Starts at offset 427 of the passage, after its page break at 385: page 5, not the passage's 4. */
const QUOTE = 'Praktisch gezien draaiden de projecten om het zoeken naar aangrijpingspunten';
const SEEDED_FINDING = 'steden-knooppunten-netwerksamenleving';

const id = {
  passage: toGlobalId('Passage', PASSAGE),
  finding: toGlobalId('Finding', SLUG),
  seededFinding: toGlobalId('Finding', SEEDED_FINDING),
  concept: toGlobalId('Concept', 'economische-geografie'),
  seededSubject: toGlobalId('Concept', 'netwerksamenleving'),
  theme: toGlobalId('Theme', 'institutionele-hervorming'),
  // The theme is the same node as the concept, which is its type wherever a finding lists it.
  themeNode: toGlobalId('Concept', 'institutionele-hervorming'),
  region: toGlobalId('Region', 'randstad'),
  labelled: toGlobalId('Concept', 'job-carving'),
};

/** The SubjectInput of each subject above. */
const subject = {
  concept: { concept: id.concept },
  seededSubject: { concept: id.seededSubject },
  theme: { theme: id.theme },
  region: { region: id.region },
};

const INPUT = {
  slug: SLUG,
  kind: 'CLAIM',
  statementNl: 'De KKS-projecten zochten naar aangrijpingspunten voor beleid en bestuur.',
  statementEn: 'The KKS projects looked for levers for policy and governance.',
  passage: id.passage,
  quote: QUOTE,
  about: [subject.concept, subject.theme, subject.concept],
};

const ADD_FINDING = `mutation ($input: AddFindingInput!) {
  addFinding(input: $input) {
    changed
    created { curator at }
    finding { slug kind statement(lang: EN) evidence { quote page passage { slug } } about { ... on Node { id } } }
  } }`;
const LINK = (mutation: 'linkSubject' | 'unlinkSubject') => `mutation ($input: SubjectLinkInput!) {
  ${mutation}(input: $input) {
    changed updated { curator at } finding { slug about { ... on Node { id } } } subject { ... on Node { id } } } }`;
const ADD_LABEL = `mutation ($input: AddConceptLabelInput!, $lang: Language!) {
  addConceptLabel(input: $input) {
    changed updated { curator at } concept { slug altLabels(lang: $lang) } } }`;
const FINDING = `query ($slug: String!) {
  finding(slug: $slug) { kind statement evidence { quote page passage { slug } } about { ... on Node { id } } } }`;

interface AddFindingData {
  addFinding: {
    changed: boolean;
    created: { curator: string; at: string } | null;
    finding: {
      slug: string;
      statement: string;
      evidence: { quote: string; page: number; passage: { slug: string } };
      about: { id: string }[];
    };
  };
}

let connection: TestConnection;
let api: HttpApi;
const statements = new QueryLog();
/** How many statements since `before` read or wrote the finding (not, say, the cost model's sizes). */
const statementsOnFinding = (before: number) =>
  statements.parameters
    .slice(before)
    .filter((parameters) => JSON.stringify(parameters).includes(SLUG)).length;
const logged: string[] = [];
let seeded: GraphCounts;

beforeAll(async () => {
  connection = await connectTestDatabase();
  const sink = new Writable({
    write: (chunk: Buffer, _encoding, done) => {
      logged.push(chunk.toString('utf8'));
      done();
    },
  });
  api = await startHttpApi(connection.gateway.withObserver(statements.observer), {
    curators: [ALICE, BOB],
    logger: pino({ level: 'trace' }, sink),
  });
  seeded = await countGraph(connection.gateway);
});

afterAll(async () => {
  // Other test files count nodes and labels: leave the seeded graph exactly as it was.
  await connection.gateway.write(
    `MATCH (f:Finding) WHERE f.slug STARTS WITH 'test-curation-' DETACH DELETE f`,
  );
  await connection.gateway.write(`MATCH ()-[r]->() WHERE r.createdBy IN $curators DELETE r`, {
    curators: [ALICE.name, BOB.name],
  });
  await connection.gateway.write(
    `MATCH (n) WHERE n.updatedBy IN $curators
     REMOVE n.curatedAltLabelsNl, n.curatedAltLabelsEn, n.curatedLabelText, n.curatedNameKeys,
            n.updatedBy, n.updatedAt`,
    { curators: [ALICE.name, BOB.name] },
  );
  await api.server.stop();
  await connection.driver.close();
});

const addFinding = (input: Record<string, unknown>, authorization?: string) =>
  api.query<AddFindingData>(ADD_FINDING, { input }, authorization);

const readFinding = async (slug = SLUG) =>
  (await api.query<{ finding: Record<string, unknown> | null }>(FINDING, { slug })).data!.finding;

function expectError(response: GraphQLResponse<unknown>, code: string, message?: RegExp): void {
  expect(response.errors).toHaveLength(1);
  expect(response.errors![0]!.extensions?.code).toBe(code);
  if (message) expect(response.errors![0]!.message).toMatch(message);
}

describe('without a curator key', () => {
  it.each([
    ['no Authorization header', undefined, /send `Authorization: Bearer <key>`/],
    ['a wrong key', `Bearer ${WRONG_KEY}`, /does not carry a valid one/],
    ['another scheme', `Basic ${Buffer.from(`alice:${ALICE.key}`).toString('base64')}`, /valid/],
    ['a key without its scheme', ALICE.key, /valid/],
  ])('every mutation is UNAUTHENTICATED with %s, and nothing is written', async (_, auth, msg) => {
    const responses = [
      await addFinding(INPUT, auth),
      await api.query(
        LINK('linkSubject'),
        { input: { finding: id.seededFinding, subject: subject.region } },
        auth,
      ),
      await api.query(
        LINK('unlinkSubject'),
        { input: { finding: id.seededFinding, subject: subject.seededSubject } },
        auth,
      ),
      await api.query(
        ADD_LABEL,
        { input: { concept: id.labelled, label: 'baanaanpassing', lang: 'NL' }, lang: 'NL' },
        auth,
      ),
    ];
    for (const response of responses) {
      expectError(response, 'UNAUTHENTICATED', msg);
      expect(Object.values(response.data ?? {})).toEqual([null]);
    }
    expect(await countGraph(connection.gateway)).toEqual(seeded);
    expect(await readFinding()).toBeNull();
  });

  it('is checked before the arguments, so an invalid request tells an anonymous caller nothing', async () => {
    expectError(await addFinding({ ...INPUT, passage: 'nonsense' }), 'UNAUTHENTICATED');
  });

  it('still reads: reads are public, with or without a (wrong) key', async () => {
    const response = await api.query(FINDING, { slug: SEEDED_FINDING }, `Bearer ${WRONG_KEY}`);
    expect(response.errors).toBeUndefined();
    expect(response.data?.['finding']).toMatchObject({ kind: 'CLAIM' });
  });

  it('never logs the key it was sent', () => {
    expect(logged.join('')).not.toContain(WRONG_KEY);
    expect(logged.join('')).not.toContain(ALICE.key);
  });
});

describe('addFinding', () => {
  it('adds the finding with its evidence, page and subjects, recording who and when', async () => {
    const before = Date.now();
    const { data, errors } = await addFinding(INPUT, AS_ALICE);
    expect(errors).toBeUndefined();
    const added = data!.addFinding;
    expect(added).toMatchObject({
      changed: true,
      created: { curator: 'alice' },
      finding: {
        slug: SLUG,
        statement: INPUT.statementEn,
        evidence: { quote: QUOTE, page: 5, passage: { slug: PASSAGE } },
      },
    });
    expect(added.finding.about.map((subject) => subject.id).sort()).toEqual(
      [id.concept, id.themeNode].sort(),
    );
    const at = Date.parse(added.created!.at);
    expect(added.created!.at).toBe(new Date(at).toISOString());
    expect(at).toBeGreaterThanOrEqual(before - 5_000);
    expect(at).toBeLessThanOrEqual(Date.now() + 5_000);

    expect(await readFinding()).toMatchObject({
      kind: 'CLAIM',
      statement: INPUT.statementNl,
      evidence: { quote: QUOTE, page: 5, passage: { slug: PASSAGE } },
    });
    const stamps = await connection.gateway.read(
      `MATCH (f:Finding {slug: $slug})-[r]->() RETURN f.createdBy AS node, f.seedRun AS seedRun,
              collect(DISTINCT r.createdBy) AS relationships`,
      { slug: SLUG },
    );
    expect(stamps).toEqual([{ node: 'alice', seedRun: null, relationships: ['alice'] }]);
    expect(await countGraph(connection.gateway)).toEqual(
      plus(seeded, { Finding: 1 }, { STATED_IN: 1, ABOUT: 2 }),
    );
  });

  it('returns the same finding unchanged when the identical request is repeated, by anyone', async () => {
    const first = (await addFinding(INPUT, AS_ALICE)).data!.addFinding;
    const counts = await countGraph(connection.gateway);
    for (const auth of [AS_ALICE, AS_BOB]) {
      const { data, errors } = await addFinding(INPUT, auth);
      expect(errors).toBeUndefined();
      expect(data!.addFinding).toEqual({ ...first, changed: false });
    }
    expect(await countGraph(connection.gateway)).toEqual(counts);
  });

  it('takes a given page when it is the quote’s', async () => {
    expect((await addFinding({ ...INPUT, page: 5 }, AS_ALICE)).data?.addFinding.changed).toBe(
      false,
    );
  });

  it.each([
    ['statementEn', { statementEn: 'Something else.' }],
    ['kind', { kind: 'RECOMMENDATION' }],
    ['quote', { quote: 'Praktisch gezien' }],
    ['about', { about: [subject.concept] }],
  ])(
    'refuses the same slug with another %s as a CONFLICT, changing nothing',
    async (field, change) => {
      const counts = await countGraph(connection.gateway);
      const stored = await readFinding();
      const response = await addFinding({ ...INPUT, ...change }, AS_BOB);
      expectError(response, 'CONFLICT', new RegExp(`already exists with another ${field}`));
      expect(await readFinding()).toEqual(stored);
      expect(await countGraph(connection.gateway)).toEqual(counts);
    },
  );

  it.each([
    [
      'a quote that is not in the passage',
      { quote: 'Praktisch gezien draaiden alle projecten' },
      /verbatim substring/,
    ],
    ['a page that is not the quote’s', { page: 4 }, /starts on page 5 .* but page 4 was given/],
    [
      'a subject that does not exist',
      { about: [subject.concept, { concept: 'no-such-concept' }] },
      /do not exist: Concept "no-such-concept"/,
    ],
    [
      'a passage that does not exist',
      { passage: toGlobalId('Passage', 'no-such-passage') },
      /names no Passage/,
    ],
    [
      'a person as subject',
      { about: [{ concept: toGlobalId('Person', 'ruud-dorenbos') }] },
      /`about.concept` must name a Concept \(got Person "ruud-dorenbos"\)/,
    ],
    [
      'a subject with two fields',
      { about: [{ concept: id.concept, region: id.region }] },
      /exactly one key/i,
    ],
    ['a concept as passage', { passage: id.concept }, /`passage` must name a Passage/],
    ['a malformed id', { passage: 'Nonsense:x' }, /names no Passage/],
    ['a STATISTIC', { kind: 'STATISTIC' }, /CLAIM, RECOMMENDATION or DEFINITION/],
    ['a slug that is not one', { slug: 'Test Curation' }, /lowercase words/],
    ['a blank statement', { statementNl: '  ' }, /statementNl/],
  ])('refuses %s as BAD_USER_INPUT, writing nothing', async (_, change, message) => {
    const counts = await countGraph(connection.gateway);
    const slug = 'test-curation-rejected';
    expectError(
      await addFinding({ ...INPUT, slug, ...change }, AS_ALICE),
      'BAD_USER_INPUT',
      message,
    );
    expect(await readFinding(slug)).toBeNull();
    expect(await countGraph(connection.gateway)).toEqual(counts);
  });
});

describe('linkSubject and unlinkSubject', () => {
  const link = (
    mutation: 'linkSubject' | 'unlinkSubject',
    finding: string,
    linked: Record<string, string>,
  ) =>
    api.query<
      Record<
        string,
        {
          changed: boolean;
          updated: { curator: string } | null;
          finding: { about: { id: string }[] };
        }
      >
    >(LINK(mutation), { input: { finding, subject: linked } }, AS_BOB);

  it('link once, record who and when, and answer changed: false when repeated', async () => {
    const first = (await link('linkSubject', id.finding, subject.region)).data!['linkSubject']!;
    expect(first).toMatchObject({ changed: true, updated: { curator: 'bob' } });
    expect(first.finding.about.map((subject) => subject.id)).toContain(id.region);
    const counts = await countGraph(connection.gateway);
    const before = statements.count;
    const again = (await link('linkSubject', id.finding, subject.region)).data!['linkSubject']!;
    expect(again).toEqual({ ...first, changed: false });
    // Nothing to write: the statement that found the link read all the answer shows of the finding.
    expect(statementsOnFinding(before)).toBe(1);
    expect(await countGraph(connection.gateway)).toEqual(counts);
    // Two response keys ask for the finding: it is read by the resolvers, with the same answer.
    const beforeTwice = statements.count;
    const twice = await api.query<
      Record<string, { slugOnly: { slug: string }; subjects: { about: { id: string }[] } }>
    >(
      `mutation ($input: SubjectLinkInput!) { linkSubject(input: $input) {
         slugOnly: finding { slug } subjects: finding { about { ... on Node { id } } } } }`,
      { input: { finding: id.finding, subject: subject.region } },
      AS_BOB,
    );
    expect(twice.data!['linkSubject']).toEqual({
      slugOnly: { slug: SLUG },
      subjects: { about: first.finding.about },
    });
    expect(statementsOnFinding(beforeTwice)).toBeGreaterThan(1);
    const [row] = await connection.gateway.read(
      `MATCH (:Finding {slug: $slug})-[r:ABOUT]->(:Region {slug: 'randstad'}) RETURN r.createdBy AS by`,
      { slug: SLUG },
    );
    expect(row).toEqual({ by: 'bob' });
    // The region's findings, a list read through its index, have it: read first to last by
    // look-ahead, and last to first by the resolvers.
    const { data } = await api.query<
      Record<string, { findings: { edges: { node: { slug: string } }[] } }>
    >(
      `{ first: region(slug: "randstad") { findings(first: 100) { edges { node { slug } } } }
         last: region(slug: "randstad") { findings(last: 100) { edges { node { slug } } } } }`,
    );
    for (const read of ['first', 'last']) {
      expect(data![read]!.findings.edges.map((edge) => edge.node.slug)).toContain(SLUG);
    }
  });

  it('unlink once, and answer changed: false when repeated', async () => {
    const first = (await link('unlinkSubject', id.finding, subject.region)).data!['unlinkSubject']!;
    expect(first).toMatchObject({ changed: true, updated: { curator: 'bob' } });
    expect(first.finding.about.map((subject) => subject.id)).not.toContain(id.region);
    const counts = await countGraph(connection.gateway);
    const before = statements.count;
    expect(
      (await link('unlinkSubject', id.finding, subject.region)).data!['unlinkSubject'],
    ).toEqual({ ...first, changed: false });
    expect(statementsOnFinding(before)).toBe(1);
    expect(await countGraph(connection.gateway)).toEqual(counts);
  });

  it('show each mutation of one request the graph as the mutations before it left it', async () => {
    const { data, errors } = await api.query<
      Record<string, { finding: { about: { id: string }[] } }>
    >(
      `mutation ($input: SubjectLinkInput!) {
         linked: linkSubject(input: $input) { finding { about { ... on Node { id } } } }
         unlinked: unlinkSubject(input: $input) { finding { about { ... on Node { id } } } }
       }`,
      { input: { finding: id.finding, subject: subject.region } },
      AS_ALICE,
    );
    expect(errors).toBeUndefined();
    expect(data!['linked']!.finding.about.map((subject) => subject.id)).toContain(id.region);
    expect(data!['unlinked']!.finding.about.map((subject) => subject.id)).not.toContain(id.region);
  });

  it('refuse to unlink a link of the seed data, which a reseed would restore', async () => {
    const counts = await countGraph(connection.gateway);
    expectError(
      await link('unlinkSubject', id.seededFinding, subject.seededSubject),
      'CONFLICT',
      /in the seed data/,
    );
    expect(await countGraph(connection.gateway)).toEqual(counts);
  });

  it.each([
    [
      'an unknown finding',
      toGlobalId('Finding', 'test-curation-none'),
      subject.region,
      /names no Finding/,
    ],
    ['an unknown subject', id.finding, { region: 'atlantis' }, /names no Region/],
    [
      'a passage as subject',
      id.finding,
      { concept: id.passage },
      /must name a Concept \(got Passage "voorwoord-kks-essays--p003"\)/,
    ],
    ['no subject', id.finding, {}, /exactly one key/i],
  ])('refuse %s as BAD_USER_INPUT', async (_, finding, linked, message) => {
    expectError(await link('linkSubject', finding, linked), 'BAD_USER_INPUT', message);
  });

  it('take the finding and the subject by slug and by `Type:slug` as well as by global id', async () => {
    const bySlug = await link('linkSubject', SLUG, { region: 'randstad' });
    expect(bySlug.errors).toBeUndefined();
    const byReadableId = await link('unlinkSubject', `Finding:${SLUG}`, {
      region: 'Region:randstad',
    });
    expect(byReadableId.data!['unlinkSubject']).toMatchObject({ changed: true });
  });
});

describe('addConceptLabel', () => {
  const addLabel = (label: string, lang: 'NL' | 'EN') =>
    api.query<{
      addConceptLabel: {
        changed: boolean;
        updated: { curator: string; at: string } | null;
        concept: { altLabels: string[] };
      };
    }>(ADD_LABEL, { input: { concept: id.labelled, label, lang }, lang }, AS_ALICE);

  it('adds the label to altLabels once, however often it is asked', async () => {
    const first = (await addLabel('  baan  op maat ', 'NL')).data!.addConceptLabel;
    expect(first).toMatchObject({
      changed: true,
      updated: { curator: 'alice' },
      concept: { altLabels: ['baan op maat'] },
    });
    const again = (await addLabel('baan op maat', 'NL')).data!.addConceptLabel;
    expect(again).toEqual({ ...first, changed: false });
    expect((await addLabel('job carving', 'NL')).data!.addConceptLabel.changed).toBe(false);
    expect((await addLabel('job crafting', 'EN')).data!.addConceptLabel).toMatchObject({
      changed: true,
      concept: { altLabels: ['job carving', 'job crafting'] },
    });
  });

  it('makes a curated label findable by search, typeahead and filters', async () => {
    await addLabel('maatwerkbanen', 'NL');
    const { data } = await api.query<{
      search: { edges: { node: { node: { id: string } } }[] };
      suggest: { node: { id: string } }[];
      byLabel: { totalCount: number };
      bySlug: { totalCount: number };
    }>(
      `{ search(query: "maatwerkbanen", types: [CONCEPT]) { edges { node { node { ... on Node { id } } } } }
         suggest(prefix: "maatwerkb", types: [CONCEPT]) { node { ... on Node { id } } }
         byLabel: findings(concept: "Maatwerkbanen") { totalCount }
         bySlug: findings(concept: "job-carving") { totalCount } }`,
    );
    expect(data!.search.edges.map((edge) => edge.node.node.id)).toEqual([id.labelled]);
    expect(data!.suggest.map((suggestion) => suggestion.node.id)).toEqual([id.labelled]);
    expect(data!.byLabel.totalCount).toBeGreaterThan(0);
    expect(data!.byLabel).toEqual(data!.bySlug);
  });

  it('refuses an unknown concept and a blank label as BAD_USER_INPUT', async () => {
    const unknown = await api.query(
      ADD_LABEL,
      { input: { concept: 'no-such-concept', label: 'x', lang: 'NL' }, lang: 'NL' },
      AS_ALICE,
    );
    expectError(unknown, 'BAD_USER_INPUT', /names no Concept/);
    expectError(await addLabel(' ', 'NL'), 'BAD_USER_INPUT', /label/);
  });
});

describe('a reseed', () => {
  it('keeps curated findings, links and labels with their stamps, and restores what it owns', async () => {
    const link = await api.query(
      LINK('linkSubject'),
      { input: { finding: id.seededFinding, subject: subject.region } },
      AS_BOB,
    );
    expect(link.errors).toBeUndefined();
    const before = await readFinding();
    const curated = await countGraph(connection.gateway);

    await seedGraph(connection.gateway);

    expect(await countGraph(connection.gateway)).toEqual(curated);
    expect(await readFinding()).toEqual(before);
    const { data } = await api.query<{
      concept: { nl: string[]; en: string[] };
      finding: { about: { id: string }[] };
    }>(
      `{ concept(slug: "job-carving") { nl: altLabels en: altLabels(lang: EN) }
         finding(slug: "${SEEDED_FINDING}") { about { ... on Node { id } } } }`,
    );
    expect(data!.concept).toEqual({
      nl: ['baan op maat', 'maatwerkbanen'],
      en: ['job carving', 'job crafting'],
    });
    const found = await api.query<{ suggest: { node: { id: string } }[] }>(
      `{ suggest(prefix: "maatwerkb", types: [CONCEPT]) { node { ... on Node { id } } } }`,
    );
    expect(found.data!.suggest.map((suggestion) => suggestion.node.id)).toEqual([id.labelled]);
    expect(data!.finding.about.map((subject) => subject.id)).toEqual(
      expect.arrayContaining([id.seededSubject, id.region]),
    );
    const stamps = await connection.gateway.read(
      `MATCH (c:Concept {slug: 'job-carving'}), (f:Finding {slug: $seeded})
       RETURN c.updatedBy AS concept, f.updatedBy AS finding`,
      { seeded: SEEDED_FINDING },
    );
    expect(stamps).toEqual([{ concept: 'alice', finding: 'bob' }]);
  });
});

describe('concurrent identical requests', () => {
  const TIMES = 10;
  const CONCURRENT_SLUG = 'test-curation-concurrent-aangrijpingspunten';
  const concurrentFinding = toGlobalId('Finding', CONCURRENT_SLUG);
  const region = toGlobalId('Region', 'oost-groningen');
  const CONCURRENT_INPUT = {
    ...INPUT,
    slug: CONCURRENT_SLUG,
    about: [subject.concept, subject.theme],
  };

  /** Sends the same request `TIMES` times at once, as alice and bob by turns. */
  const atOnce = <T>(send: (authorization: string) => Promise<GraphQLResponse<T>>) =>
    Promise.all(Array.from({ length: TIMES }, (_, i) => send(i % 2 === 0 ? AS_ALICE : AS_BOB)));

  /** Each answer's `changed`, after checking that none is an error. */
  function changes<T>(responses: GraphQLResponse<T>[], changed: (data: T) => boolean): boolean[] {
    for (const response of responses) expect(response.errors).toBeUndefined();
    return responses.map((response) => changed(response.data!)).sort();
  }
  const ONE_CHANGE = [...Array.from({ length: TIMES - 1 }, () => false), true];

  /** How many times the finding is about the region, as stored. */
  const regionLinks = async () =>
    (
      await connection.gateway.read(
        `MATCH (:Finding {slug: $slug})-[r:ABOUT]->(:Region {slug: 'oost-groningen'})
         RETURN count(r) AS count`,
        { slug: CONCURRENT_SLUG },
      )
    )[0]!['count'];
  const aboutIds = async () =>
    ((await readFinding(CONCURRENT_SLUG)) as { about: { id: string }[] }).about.map(
      (linked) => linked.id,
    );

  it('addFinding adds the finding once: one answers changed, the others find it', async () => {
    const counts = await countGraph(connection.gateway);
    const responses = await atOnce((auth) => addFinding(CONCURRENT_INPUT, auth));
    expect(changes(responses, (data) => data.addFinding.changed)).toEqual(ONE_CHANGE);
    const [first, ...others] = responses.map((response) => response.data!.addFinding);
    for (const other of others) {
      expect({ ...other, changed: true }).toEqual({ ...first!, changed: true });
    }
    expect(await countGraph(connection.gateway)).toEqual(
      plus(counts, { Finding: 1 }, { STATED_IN: 1, ABOUT: 2 }),
    );
    expect((await aboutIds()).sort()).toEqual([id.concept, id.themeNode].sort());
  });

  it('addFinding with different drafts for one new slug adds one; the others are a CONFLICT', async () => {
    const slug = 'test-curation-concurrent-conflict';
    const counts = await countGraph(connection.gateway);
    const responses = await Promise.all(
      Array.from({ length: TIMES }, (_, i) =>
        addFinding({ ...CONCURRENT_INPUT, slug, statementEn: `Draft ${i}.` }, AS_ALICE),
      ),
    );
    const added = responses.filter((response) => response.errors === undefined);
    expect(added.map((response) => response.data!.addFinding.changed)).toEqual([true]);
    for (const response of responses.filter((response) => response.errors !== undefined)) {
      expectError(response, 'CONFLICT', /already exists with another statementEn/);
    }
    expect(await countGraph(connection.gateway)).toEqual(
      plus(counts, { Finding: 1 }, { STATED_IN: 1, ABOUT: 2 }),
    );
  });

  it('linkSubject links once: one answers changed, the others find the link', async () => {
    const responses = await atOnce((auth) =>
      api.query<{ linkSubject: { changed: boolean } }>(
        LINK('linkSubject'),
        { input: { finding: concurrentFinding, subject: { region } } },
        auth,
      ),
    );
    expect(changes(responses, (data) => data.linkSubject.changed)).toEqual(ONE_CHANGE);
    expect(await regionLinks()).toBe(1);
    expect((await aboutIds()).filter((linked) => linked === region)).toEqual([region]);
  });

  it('linkSubject repeated while another transaction holds the finding answers at once: a no-op waits for no lock', async () => {
    const session = connection.driver.session();
    const holder = await session.beginTransaction();
    try {
      await holder.run(`MATCH (f:Finding {slug: $slug}) SET f.heldByTest = true`, {
        slug: CONCURRENT_SLUG,
      });
      const response = await api.query<{ linkSubject: { changed: boolean } }>(
        LINK('linkSubject'),
        { input: { finding: concurrentFinding, subject: { region } } },
        AS_ALICE,
      );
      // Waiting for the holder would end in the request's deadline, a TIMEOUT.
      expect(response.errors).toBeUndefined();
      expect(response.data!.linkSubject.changed).toBe(false);
    } finally {
      await holder.rollback();
      await session.close();
    }
  }, 30_000);

  it('unlinkSubject unlinks once: one answers changed, the others find no link', async () => {
    const responses = await atOnce((auth) =>
      api.query<{ unlinkSubject: { changed: boolean } }>(
        LINK('unlinkSubject'),
        { input: { finding: concurrentFinding, subject: { region } } },
        auth,
      ),
    );
    expect(changes(responses, (data) => data.unlinkSubject.changed)).toEqual(ONE_CHANGE);
    expect(await regionLinks()).toBe(0);
    expect(await aboutIds()).not.toContain(region);
  });

  it('addConceptLabel adds the label once: one answers changed, the others find it', async () => {
    const label = 'embedded in the regional labour market';
    const responses = await atOnce((auth) =>
      api.query<{ addConceptLabel: { changed: boolean } }>(
        ADD_LABEL,
        { input: { concept: 'embeddedness', label, lang: 'EN' }, lang: 'EN' },
        auth,
      ),
    );
    expect(changes(responses, (data) => data.addConceptLabel.changed)).toEqual(ONE_CHANGE);
    const { data } = await api.query<{ concept: { altLabels: string[] } }>(
      `{ concept(slug: "embeddedness") { altLabels(lang: EN) } }`,
    );
    expect(data!.concept.altLabels).toEqual(['regional embeddedness', label]);
    const [row] = await connection.gateway.read(
      `MATCH (c:Concept {slug: 'embeddedness'})
       RETURN c.curatedAltLabelsEn AS labels, c.curatedNameKeys AS keys`,
    );
    expect(row).toEqual({ labels: [label], keys: [label] });
  });
});

/** `counts` with `nodes` and `relationships` added per label and type. */
function plus(
  counts: GraphCounts,
  nodes: Record<string, number>,
  relationships: Record<string, number>,
): GraphCounts {
  const add = (base: Record<string, number>, extra: Record<string, number>) =>
    Object.fromEntries(
      Object.entries(base).map(([key, value]) => [key, value + (extra[key] ?? 0)]),
    );
  return {
    nodes: add(counts.nodes, nodes),
    relationships: add(counts.relationships, relationships),
  };
}
