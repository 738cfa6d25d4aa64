/**
 * The research views over the seeded essay, through the real HTTP endpoint: instrument matrix,
 * neighbourhoods, explained paths, ranked related findings, the concept map and bridges.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEED_DIR } from '../../seed/seed-graph.js';
import { TEXT_LINK_TYPES } from '../../src/domain/graph-model.js';
import { toGlobalId } from '../../src/graphql/global-id.js';
import {
  bridgeQuery,
  expectSides,
  findingsByDocumentAndSubject,
  type BridgeAnswer,
} from '../support/bridge-query.js';
import { useHttpApi } from '../support/http-api.js';
import { connectTestDatabase } from '../support/test-database.js';

const FINDINGS_FILE = path.join(SEED_DIR, 'data', 'findings.yaml');

const api = useHttpApi();

async function query<T>(text: string, variables: Record<string, unknown> = {}): Promise<T> {
  const { data, errors } = await api.query<T>(text, variables);
  expect(errors).toBeUndefined();
  return data!;
}

interface Hop {
  type: string;
  from: { id: string };
  to: { id: string };
  evidence: {
    quote: string;
    page: number;
    passage: { text: string; page: number; pageEnd: number };
  }[];
  provenance: string | null;
}

const HOP = `type provenance from { id } to { id } evidence { quote page passage { text page pageEnd } }`;

describe('instrument matrix', () => {
  it('puts the 21 instruments of Table 1 in their theme × horizon cells', async () => {
    const data = await query<{
      instrumentMatrix: {
        horizons: string[];
        cells: {
          theme: { slug: string };
          horizon: string;
          instruments: { slug: string; mentions: { edges: { node: { page: number } }[] } }[];
        }[];
      };
    }>(
      `{ instrumentMatrix { horizons cells { theme { slug } horizon instruments { slug mentions(first: 100) { edges { node { page } } } } } } }`,
    );
    const matrix = data.instrumentMatrix;
    expect(matrix.horizons).toEqual(['SHORT', 'LONG']);
    const cell = (theme: string, horizon: string) =>
      matrix.cells
        .find((candidate) => candidate.theme.slug === theme && candidate.horizon === horizon)!
        .instruments.map((instrument) => instrument.slug);
    expect(matrix.cells.flatMap((candidate) => candidate.instruments)).toHaveLength(21);
    expect(cell('inclusiviteit', 'SHORT')).toHaveLength(8);
    expect(cell('inclusiviteit', 'LONG').sort()).toEqual([
      'cultuurverandering-arbeidsorganisaties',
      'job-carving',
      'quotumregeling',
    ]);
    expect(cell('weerbaarheid', 'LONG').sort()).toEqual(['leven-lang-leren', 'transitiebeleid']);
    expect(cell('institutionele-hervorming', 'LONG')).toHaveLength(4);
    const jobCarving = matrix.cells
      .flatMap((candidate) => candidate.instruments)
      .find((instrument) => instrument.slug === 'job-carving');
    expect(jobCarving!.mentions.edges.map((edge) => edge.node.page)).toContain(20);
  });
});

describe('paths', () => {
  it('connects two named entities hop by hop, each hop with a quote that contains its words', async () => {
    const data = await query<{ paths: { length: number; nodes: { id: string }[]; hops: Hop[] }[] }>(
      `query ($from: ID!, $to: ID!) { paths(from: $from, to: $to, maxLength: 4) { length nodes { id } hops { ${HOP} } } }`,
      {
        from: toGlobalId('Concept', 'gerelateerde-varieteit'),
        to: toGlobalId('Organisation', 'oecd'),
      },
    );
    expect(data.paths.length).toBeGreaterThan(0);
    const lengths = data.paths.map((path) => path.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
    const [shortest] = data.paths;
    expect(shortest!.nodes[0]!.id).toBe(toGlobalId('Concept', 'gerelateerde-varieteit'));
    expect(shortest!.nodes.at(-1)!.id).toBe(toGlobalId('Organisation', 'oecd'));
    for (const hop of shortest!.hops) {
      if (hop.type === 'MENTIONS' || hop.type === 'ABOUT' || hop.type === 'STATED_IN') {
        expect(hop.evidence.length).toBeGreaterThan(0);
      } else {
        expect(hop.provenance).not.toBeNull();
      }
      for (const evidence of hop.evidence) {
        expect(evidence.passage.text).toContain(evidence.quote);
        expect(evidence.page).toBeGreaterThanOrEqual(evidence.passage.page);
        expect(evidence.page).toBeLessThanOrEqual(evidence.passage.pageEnd);
      }
    }
  });

  it('gives every MENTIONS hop the sentence that names the entity', async () => {
    const data = await query<{ paths: { hops: (Hop & { surfaces: string[] })[] }[] }>(
      `query ($from: ID!, $to: ID!) { paths(from: $from, to: $to, maxLength: 4, first: 5) {
          hops { type surfaces evidence { quote } } } }`,
      {
        from: toGlobalId('Region', 'heerlen'),
        to: toGlobalId('Concept', 'ruimtelijke-uitsortering'),
      },
    );
    const mentions = data.paths
      .flatMap((path) => path.hops)
      .filter((hop) => hop.type === 'MENTIONS');
    expect(mentions.length).toBeGreaterThan(0);
    for (const hop of mentions) {
      expect(hop.evidence[0]!.quote).toContain(hop.surfaces[0]);
    }
  });

  it('gives as many paths as asked, the shortest first and then the next shortest, each joining the two nodes', async () => {
    const { driver, gateway } = await connectTestDatabase();
    const asked = [
      // One path asked: the shortest alone.
      ['Concept', 'gerelateerde-varieteit', 'Organisation', 'oecd', 4, 1, false],
      // More asked than there are shortest: then longer ones.
      ['Concept', 'gerelateerde-varieteit', 'Organisation', 'oecd', 4, 5, false],
      ['Finding', 'gedragseffect', 'Region', 'limburg', 4, 2, false],
      ['Concept', 'relatedness', 'Concept', 'gerelateerde-varieteit', 4, 3, true],
      // None within reach.
      ['Concept', 'gerelateerde-varieteit', 'Organisation', 'oecd', 2, 3, false],
    ] as const;
    // What `SHORTEST k` finds, as lengths; which of equally long paths is kept is up to the database.
    const lengthsOf = async ([
      fromType,
      from,
      toType,
      to,
      length,
      k,
      backed,
    ]: (typeof asked)[number]) =>
      (
        await gateway.read(
          `MATCH (a:${fromType} {slug: $from}), (b:${toType} {slug: $to})
           MATCH p = SHORTEST ${k} (a)(()-[r WHERE NOT $backed OR type(r) IN $textTypes OR r.passage IS NOT NULL]-()){1,${length}}(b)
           RETURN length(p) AS length ORDER BY length`,
          { from, to, backed, textTypes: TEXT_LINK_TYPES },
        )
      ).map((row) => Number(row['length']));
    try {
      const expected = await Promise.all(asked.map(lengthsOf));
      expect(expected.map((lengths) => lengths.length)).toEqual([1, 5, 2, 3, 0]);
      expect(expected[1]![0]).toBeLessThan(expected[1]!.at(-1)!);
      for (const [
        index,
        [fromType, from, toType, to, maxLength, first, backed],
      ] of asked.entries()) {
        const ends = { from: toGlobalId(fromType, from), to: toGlobalId(toType, to) };
        const data = await query<{
          paths: { length: number; nodes: { id: string }[]; hops: Hop[] }[];
        }>(
          `query ($from: ID!, $to: ID!, $maxLength: Int!, $first: Int!, $backed: Boolean!) {
             paths(from: $from, to: $to, maxLength: $maxLength, first: $first, passageBackedOnly: $backed) {
               length nodes { id } hops { type from { id } to { id } } } }`,
          { ...ends, maxLength, first, backed },
        );
        expect(data.paths.map((found) => found.length)).toEqual(expected[index]);
        const walked = data.paths.map((found) => {
          expect(found.nodes[0]!.id).toBe(ends.from);
          expect(found.nodes.at(-1)!.id).toBe(ends.to);
          found.hops.forEach((hop, step) =>
            expect([hop.from.id, hop.to.id].sort()).toEqual(
              [found.nodes[step]!.id, found.nodes[step + 1]!.id].sort(),
            ),
          );
          return found.hops.map((hop) => `${hop.from.id} ${hop.type} ${hop.to.id}`).join(', ');
        });
        expect(new Set(walked).size).toBe(walked.length);
      }
    } finally {
      await driver.close();
    }
  });

  it('refuses bounds out of range', async () => {
    const { errors } = await api.query(
      `query ($id: ID!) { paths(from: $id, to: $id, maxLength: 9) { length } }`,
      {
        id: toGlobalId('Concept', 'krimp'),
      },
    );
    expect(errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(errors![0]!.message).toBe('`maxLength` must be an integer from 1 to 6 (got 9)');
  });
});

describe('neighbourhood', () => {
  it('returns the links around a node, filtered by type and bounded', async () => {
    const id = toGlobalId('Concept', 'weerbaarheid');
    const all = await query<{
      neighbourhood: {
        center: { id: string };
        nodes: { id: string; __typename: string }[];
        edges: { type: string; from: { id: string }; to: { id: string } }[];
        truncated: boolean;
      };
    }>(
      `query ($id: ID!) { neighbourhood(id: $id, first: 200) { center { id } nodes { id __typename } edges { type from { id } to { id } } truncated } }`,
      { id },
    );
    expect(all.neighbourhood.center.id).toBe(id);
    // The center first, then every node a link touches, each once.
    const nodeIds = all.neighbourhood.nodes.map((node) => node.id);
    expect(nodeIds[0]).toBe(id);
    expect(new Set(nodeIds).size).toBe(nodeIds.length);
    expect(new Set(nodeIds)).toEqual(
      new Set([id, ...all.neighbourhood.edges.flatMap((edge) => [edge.from.id, edge.to.id])]),
    );
    expect(all.neighbourhood.truncated).toBe(false);
    // Depth 1: every link touches the centre.
    for (const edge of all.neighbourhood.edges) expect([edge.from.id, edge.to.id]).toContain(id);
    expect(all.neighbourhood.edges.map((edge) => edge.type)).toEqual(
      expect.arrayContaining(['MENTIONS', 'ABOUT']),
    );
    const passagesOnly = await query<{ neighbourhood: { nodes: { __typename: string }[] } }>(
      `query ($id: ID!) { neighbourhood(id: $id, types: [PASSAGE], first: 200) { nodes { __typename } } }`,
      { id },
    );
    expect(new Set(passagesOnly.neighbourhood.nodes.map((node) => node.__typename))).toEqual(
      new Set(['Concept', 'Passage']),
    );
    const cut = await query<{ neighbourhood: { edges: unknown[]; truncated: boolean } }>(
      `query ($id: ID!) { neighbourhood(id: $id, depth: 2, first: 5) { edges { type } truncated } }`,
      { id },
    );
    expect(cut.neighbourhood.edges).toHaveLength(5);
    expect(cut.neighbourhood.truncated).toBe(true);
  });
});

describe('neighbourhood depth', () => {
  it('grows ring by ring: depth 2 holds every depth-1 link and links beyond the first ring', async () => {
    type Result = {
      neighbourhood: { edges: { type: string; from: { id: string }; to: { id: string } }[] };
    };
    const text = `query ($id: ID!, $depth: Int!) { neighbourhood(id: $id, depth: $depth, first: 200) {
      edges { type from { id } to { id } } } }`;
    const id = toGlobalId('Region', 'heerlen');
    const key = (edge: Result['neighbourhood']['edges'][number]) =>
      `${edge.from.id}-${edge.type}-${edge.to.id}`;
    const one = (await query<Result>(text, { id, depth: 1 })).neighbourhood.edges;
    const two = (await query<Result>(text, { id, depth: 2 })).neighbourhood.edges;
    expect(one.every((edge) => edge.from.id === id || edge.to.id === id)).toBe(true);
    expect(two.map(key)).toEqual(expect.arrayContaining(one.map(key)));
    expect(two.some((edge) => edge.from.id !== id && edge.to.id !== id)).toBe(true);
    // Nearest first: the first ring's links come before the second ring's.
    expect(two.slice(0, one.length).map(key).sort()).toEqual(one.map(key).sort());
  });
});

describe('related findings', () => {
  it('ranks findings by shared subjects, rarer subjects weighing more, and says what they share', async () => {
    const data = await query<{
      finding: {
        about: { id: string }[];
        relatedFindings: {
          score: number;
          finding: { about: { id: string }[] };
          shared: { weight: number; subject: { id: string } }[];
        }[];
      };
    }>(`{ finding(slug: "werkloosheid-2014-q1") { about { ... on Node { id } }
          relatedFindings(first: 5) { score finding { about { ... on Node { id } } } shared { weight subject { ... on Node { id } } } } } }`);
    const { about, relatedFindings: related } = data.finding;
    expect(related.length).toBeGreaterThan(0);
    const scores = related.map((item) => item.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const mine = new Set(about.map((subject) => subject.id));
    for (const item of related) {
      const theirs = new Set(item.finding.about.map((subject) => subject.id));
      // Every subject the two share, heaviest first.
      expect(item.shared.map((shared) => shared.subject.id).sort()).toEqual(
        [...theirs].filter((subject) => mine.has(subject)).sort(),
      );
      const weights = item.shared.map((shared) => shared.weight);
      expect(weights).toEqual([...weights].sort((a, b) => b - a));
      expect(item.score).toBeCloseTo(item.shared.reduce((sum, shared) => sum + shared.weight, 0));
    }
  });

  it('agrees with the scores worked out finding by finding, whether the best are found without the most common subject or not', async () => {
    const { driver, gateway } = await connectTestDatabase();
    const about = new Map(
      (
        await gateway
          .read(
            `MATCH (f:Finding) RETURN f.slug AS slug, COLLECT { MATCH (f)-[:ABOUT]->(s) RETURN s.slug } AS about`,
          )
          .finally(() => driver.close())
      ).map((row) => [row['slug'] as string, row['about'] as string[]]),
    );
    const findingsAbout = new Map<string, number>();
    for (const subjects of about.values()) {
      for (const subject of subjects)
        findingsAbout.set(subject, (findingsAbout.get(subject) ?? 0) + 1);
    }
    const weight = (subject: string) => 1 + Math.log(about.size / findingsAbout.get(subject)!);
    const ranked = (source: string) => {
      // Weights added heaviest first, as the server adds them.
      const seeds = [...about.get(source)!].sort(
        (x, y) => weight(y) - weight(x) || x.localeCompare(y),
      );
      return [...about.entries()]
        .filter(([slug]) => slug !== source)
        .map(([slug, subjects]) => ({
          slug,
          score: seeds.reduce((sum, seed) => sum + (subjects.includes(seed) ? weight(seed) : 0), 0),
        }))
        .filter((finding) => finding.score > 0)
        .sort((x, y) => y.score - x.score || (x.slug < y.slug ? -1 : 1));
    };
    const data = await query<{
      findings: {
        edges: {
          node: {
            slug: string;
            three: { score: number; finding: { slug: string } }[];
            twenty: { score: number; finding: { slug: string } }[];
          };
        }[];
      };
    }>(`{ findings(first: 100) { edges { node { slug
          three: relatedFindings(first: 3) { score finding { slug } }
          twenty: relatedFindings(first: 20) { score finding { slug } } } } } }`);
    expect(data.findings.edges).toHaveLength(100);
    for (const { node } of data.findings.edges) {
      const expected = ranked(node.slug);
      for (const [page, size] of [
        [node.three, 3],
        [node.twenty, 20],
      ] as const) {
        expect(page.map((item) => item.finding.slug)).toEqual(
          expected.slice(0, size).map((finding) => finding.slug),
        );
        page.forEach((item, index) => expect(item.score).toBeCloseTo(expected[index]!.score, 9));
      }
    }
  });

  it('ranks the findings about a concept first, then those about its broader, narrower and related concepts at half weight', async () => {
    const data = await query<{
      concept: {
        id: string;
        related: { edges: { node: { id: string } }[] };
        broader: { edges: { node: { id: string } }[] };
        narrower: { edges: { node: { id: string } }[] };
        relatedFindings: {
          score: number;
          finding: { slug: string };
          shared: { weight: number; subject: { id: string } }[];
        }[];
      };
    }>(`{ concept(slug: "job-carving") { id related { edges { node { id } } } broader { edges { node { id } } } narrower { edges { node { id } } }
          relatedFindings(first: 10) { score finding { slug } shared { weight subject { ... on Node { id } } } } } }`);
    const { id, relatedFindings } = data.concept;
    const near = new Set(
      [
        ...data.concept.related.edges,
        ...data.concept.broader.edges,
        ...data.concept.narrower.edges,
      ].map((edge) => edge.node.id),
    );
    expect(relatedFindings.length).toBeGreaterThan(1);
    expect(relatedFindings[0]!.finding.slug).toBe('definitie-job-carving');
    expect(relatedFindings[0]!.shared.map((shared) => shared.subject.id)).toContain(id);
    const selfWeight = relatedFindings[0]!.shared[0]!.weight;
    for (const item of relatedFindings) {
      for (const shared of item.shared) {
        expect(shared.subject.id === id || near.has(shared.subject.id)).toBe(true);
        if (shared.subject.id !== id) expect(shared.weight).toBeLessThan(selfWeight);
      }
    }
  });

  it('ranks the findings about a region and the regions within it', async () => {
    const data = await query<{
      region: {
        id: string;
        parts: { edges: { node: { id: string; parts: { edges: { node: { id: string } }[] } } }[] };
        relatedFindings: { shared: { subject: { id: string } }[] }[];
      };
    }>(`{ region(slug: "nederland") { id parts(first: 100) { edges { node { id parts(first: 100) { edges { node { id } } } } } }
          relatedFindings(first: 50) { shared { subject { ... on Node { id } } } } } }`);
    const { id, parts, relatedFindings } = data.region;
    const within = new Set([
      id,
      ...parts.edges.flatMap(({ node: part }) => [
        part.id,
        ...part.parts.edges.map((inner) => inner.node.id),
      ]),
    ]);
    expect(relatedFindings.length).toBeGreaterThan(1);
    const subjects = relatedFindings.flatMap((item) => item.shared.map((s) => s.subject.id));
    expect(subjects).toContain(id);
    expect(subjects.some((subject) => subject !== id)).toBe(true);
    expect(subjects.every((subject) => within.has(subject))).toBe(true);
  });

  it('weighs a shared subject less the more findings are about it', async () => {
    const data = await query<{
      finding: {
        relatedFindings: {
          shared: { weight: number; subject: { findings?: { totalCount: number } } }[];
        }[];
      };
    }>(`{ finding(slug: "werkloosheid-2014-q1") { relatedFindings(first: 20) { shared { weight
          subject { ... on Concept { findings { totalCount } } ... on Region { findings { totalCount } } ... on Regulation { findings { totalCount } } } } } } }`);
    const pairs = data.finding.relatedFindings
      .flatMap((item) => item.shared)
      .filter((shared) => shared.subject.findings !== undefined)
      .map((shared) => [shared.subject.findings!.totalCount, shared.weight] as const);
    expect(new Set(pairs.map(([frequency]) => frequency)).size).toBeGreaterThan(1);
    for (const [frequency, weight] of pairs) {
      for (const [otherFrequency, otherWeight] of pairs) {
        if (frequency < otherFrequency) expect(weight).toBeGreaterThan(otherWeight);
      }
    }
  });
});

describe('concept map', () => {
  it('weighs concepts by passages and edges by co-mentions, with passages as evidence and clusters', async () => {
    const data = await query<{
      raw: {
        passageCount: number;
        nodes: {
          weight: number;
          cluster: number;
          concept: { slug: string; mentions: { totalCount: number } };
        }[];
        edges: {
          count: number;
          weight: number;
          source: { slug: string };
          target: { slug: string };
          passages: { mentions: { entity: { slug?: string } }[] }[];
        }[];
        clusters: { id: number; concepts: { slug: string }[] }[];
      };
      jaccard: { edges: { weight: number }[] };
      association: {
        passageCount: number;
        nodes: { weight: number; concept: { slug: string } }[];
        edges: {
          count: number;
          weight: number;
          source: { slug: string };
          target: { slug: string };
        }[];
      };
    }>(`{ raw: conceptMap(normalisation: RAW, document: "bouwstenen-voor-de-regionale-arbeidsmarkt") {
            passageCount nodes { weight cluster concept { slug mentions { totalCount } } }
            edges(first: 40) { count weight source { slug } target { slug } passages(first: 10) { mentions { entity { ... on Concept { slug } } } } }
            clusters { id concepts { slug } } }
          jaccard: conceptMap(normalisation: JACCARD) { edges { weight } }
          association: conceptMap(normalisation: ASSOCIATION_STRENGTH, minCount: 2) {
            passageCount nodes { weight concept { slug } } edges { count weight source { slug } target { slug } } } }`);
    expect(data.raw.passageCount).toBe(44);
    for (const node of data.raw.nodes.slice(0, 10))
      expect(node.weight).toBeLessThanOrEqual(node.concept.mentions.totalCount);
    for (const edge of data.raw.edges.slice(0, 10)) {
      expect(edge.weight).toBe(edge.count);
      expect(edge.passages).toHaveLength(edge.count);
      for (const passage of edge.passages) {
        const mentioned = passage.mentions.map((mention) => mention.entity.slug);
        expect(mentioned).toEqual(expect.arrayContaining([edge.source.slug, edge.target.slug]));
      }
    }
    expect(data.jaccard.edges.every((edge) => edge.weight > 0 && edge.weight <= 1)).toBe(true);
    const clustered = data.raw.clusters
      .flatMap((cluster) => cluster.concepts.map((concept) => concept.slug))
      .sort();
    expect(clustered).toEqual(data.raw.nodes.map((node) => node.concept.slug).sort());
    expect(data.raw.clusters.map((cluster) => cluster.id)).toEqual(
      data.raw.clusters.map((_, index) => index + 1),
    );
    for (const node of data.raw.nodes) {
      expect(data.raw.clusters[node.cluster - 1]!.concepts.map((c) => c.slug)).toContain(
        node.concept.slug,
      );
    }
    // Association strength: co-mentions against what the two concepts' passages lead one to expect.
    const { association } = data;
    const weightOf = new Map(association.nodes.map((node) => [node.concept.slug, node.weight]));
    expect(association.edges.length).toBeGreaterThan(0);
    for (const edge of association.edges) {
      expect(edge.count).toBeGreaterThanOrEqual(2);
      const expected =
        (edge.count * association.passageCount) /
        (weightOf.get(edge.source.slug)! * weightOf.get(edge.target.slug)!);
      expect(edge.weight).toBeCloseTo(expected);
    }
  });

  it('agrees with the passages read one by one: counts, documents in reading order, and each edge’s passages a page at a time', async () => {
    const { driver, gateway } = await connectTestDatabase();
    const passages = await gateway
      .read(
        `MATCH (p:Passage)
         OPTIONAL MATCH (p)-[:MENTIONS]->(c:Concept)
         WITH p, collect(DISTINCT c.slug) AS concepts
         RETURN p.slug AS slug, p.document AS document, concepts ORDER BY p.readingKey`,
      )
      .finally(() => driver.close());
    const mentioning = new Map<string, string[]>();
    for (const passage of passages) {
      for (const concept of passage['concepts'] as string[]) {
        mentioning.set(concept, [...(mentioning.get(concept) ?? []), passage['slug'] as string]);
      }
    }
    const documentOf = new Map(passages.map((passage) => [passage['slug'], passage['document']]));
    const both = (source: string, target: string, document?: string) =>
      mentioning
        .get(source)!
        .filter(
          (passage) =>
            mentioning.get(target)!.includes(passage) &&
            (document === undefined || documentOf.get(passage) === document),
        );

    const data = await query<{
      conceptMap: {
        passageCount: number;
        nodes: {
          weight: number;
          concept: { slug: string };
          documents: { slug: string }[];
        }[];
        edges: { count: number; source: { slug: string }; target: { slug: string } }[];
        heaviest: {
          source: { slug: string };
          target: { slug: string };
          firstTwo: { slug: string }[];
          all: { slug: string }[];
        }[];
      };
    }>(`{ conceptMap(normalisation: RAW) {
          passageCount
          nodes { weight concept { slug } documents { ... on Essay { slug } ... on Preface { slug } } }
          edges(first: 5000) { count source { slug } target { slug } }
          heaviest: edges(first: 5) { source { slug } target { slug } firstTwo: passages(first: 2) { slug } all: passages(first: 100) { slug } } } }`);
    const map = data.conceptMap;
    expect(map.passageCount).toBe(passages.length);
    expect(new Map(map.nodes.map((node) => [node.concept.slug, node.weight]))).toEqual(
      new Map([...mentioning].map(([concept, mentions]) => [concept, mentions.length])),
    );
    for (const node of map.nodes) {
      const inReadingOrder = [
        ...new Set(mentioning.get(node.concept.slug)!.map((passage) => documentOf.get(passage))),
      ];
      expect(node.documents.map((document) => document.slug)).toEqual(inReadingOrder);
    }
    expect(new Set(map.nodes.flatMap((node) => node.documents.map((d) => d.slug))).size).toBe(2);
    const concepts = [...mentioning.keys()].sort();
    const expectedPairs = concepts.flatMap((source, index) =>
      concepts
        .slice(index + 1)
        .map((target) => [`${source} ${target}`, both(source, target).length] as const)
        .filter(([, count]) => count > 0),
    );
    expect(
      new Map(map.edges.map((edge) => [`${edge.source.slug} ${edge.target.slug}`, edge.count])),
    ).toEqual(new Map(expectedPairs));

    expect(map.heaviest.some((edge) => edge.all.length > 2)).toBe(true);
    for (const edge of map.heaviest) {
      const evidence = both(edge.source.slug, edge.target.slug);
      expect(edge.all.map((passage) => passage.slug)).toEqual(evidence.slice(0, 100));
      expect(edge.firstTwo.map((passage) => passage.slug)).toEqual(evidence.slice(0, 2));
    }
    // The evidence of five edges is one statement, not one per edge.
    const statementsBefore = api.statementCount();
    await query(
      '{ conceptMap(normalisation: RAW) { edges(first: 5) { passages(first: 3) { slug } } } }',
    );
    expect(api.statementCount() - statementsBefore).toBe(2);

    // Within one document, only its passages are evidence.
    const essay = 'bouwstenen-voor-de-regionale-arbeidsmarkt';
    const scoped = await query<{
      conceptMap: {
        passageCount: number;
        edges: { source: { slug: string }; target: { slug: string }; all: { slug: string }[] }[];
      };
    }>(`{ conceptMap(document: "${essay}", normalisation: RAW) {
          passageCount edges(first: 200) { source { slug } target { slug } all: passages(first: 100) { slug } } } }`);
    expect(scoped.conceptMap.passageCount).toBe(
      passages.filter((passage) => passage['document'] === essay).length,
    );
    expect(
      scoped.conceptMap.edges.some(
        (edge) => both(edge.source.slug, edge.target.slug, essay).length > 2,
      ),
    ).toBe(true);
    for (const edge of scoped.conceptMap.edges) {
      expect(edge.all.map((passage) => passage.slug)).toEqual(
        both(edge.source.slug, edge.target.slug, essay).slice(0, 100),
      );
    }
  });
});

describe('bridges', () => {
  it('finds the author two bridge projects share', async () => {
    const data = await query<{ bridge: { sharedAuthors: { name: string }[] } }>(
      `query ($a: ID!, $b: ID!) { bridge(a: $a, b: $b) { sharedAuthors { name } } }`,
      {
        a: toGlobalId('Project', 'brugproject-ondernemerschap'),
        b: toGlobalId('Project', 'brugproject-regionale-arbeidsmarkt'),
      },
    );
    expect(data.bridge.sharedAuthors).toEqual([{ name: 'Ruud Dorenbos' }]);
  });

  it('shows the concepts the essay and the preface share, with passages on both sides', async () => {
    const data = await query<{
      bridge: {
        sharedConcepts: {
          concept: { slug: string };
          passagesA: { document: { __typename: string } }[];
          passagesB: { document: { __typename: string } }[];
        }[];
        paths: { length: number }[];
      };
    }>(
      `query ($a: ID!, $b: ID!) { bridge(a: $a, b: $b) {
          sharedConcepts { concept { slug } passagesA { document { __typename } } passagesB { document { __typename } } }
          paths { length } } }`,
      {
        a: toGlobalId('Essay', 'bouwstenen-voor-de-regionale-arbeidsmarkt'),
        b: toGlobalId('Preface', 'voorwoord-kks-essays'),
      },
    );
    expect(data.bridge.sharedConcepts.length).toBeGreaterThan(0);
    for (const shared of data.bridge.sharedConcepts) {
      expect(shared.passagesA.every((passage) => passage.document.__typename === 'Essay')).toBe(
        true,
      );
      expect(shared.passagesB.every((passage) => passage.document.__typename === 'Preface')).toBe(
        true,
      );
    }
    expect(data.bridge.paths.length).toBeGreaterThan(0);
  });

  it("gives every page of a side's passages as the start of the whole list, however the pages are asked", async () => {
    // A project's side is its essay's text: both sides long.
    const sides = {
      a: toGlobalId('Project', 'brugproject-regionale-arbeidsmarkt'),
      b: toGlobalId('Essay', 'bouwstenen-voor-de-regionale-arbeidsmarkt'),
    };
    type Slugs = { slug: string }[];
    const whole = await query<{
      bridge: {
        sharedConcepts: { concept: { slug: string }; passagesA: Slugs; passagesB: Slugs }[];
      };
    }>(
      `query ($a: ID!, $b: ID!) { bridge(a: $a, b: $b) { sharedConcepts(first: 100) {
         concept { slug } passagesA(first: 100) { slug } passagesB(first: 100) { slug } } } }`,
      sides,
    );
    const shared = whole.bridge.sharedConcepts;
    expect(shared.some((item) => item.passagesA.length > 5)).toBe(true);
    expect(shared.some((item) => item.passagesB.length > 1)).toBe(true);

    // Under aliases, through a variable, in a fragment and by default; b's side not asked at all.
    const paged = await query<{ bridge: { sharedConcepts: unknown[] } }>(
      `query ($a: ID!, $b: ID!, $few: Int!) { bridge(a: $a, b: $b) { sharedConcepts(first: 100) {
         concept { slug } few: passagesA(first: $few) { slug } ...more passagesA { slug } } } }
       fragment more on SharedSides { more: passagesA(first: 5) { slug } }`,
      { ...sides, few: 2 },
    );
    expect(paged.bridge.sharedConcepts).toEqual(
      shared.map((item) => ({
        concept: item.concept,
        few: item.passagesA.slice(0, 2),
        more: item.passagesA.slice(0, 5),
        passagesA: item.passagesA.slice(0, 20),
      })),
    );
    const sideB = await query<{ bridge: { sharedConcepts: unknown[] } }>(
      `query ($a: ID!, $b: ID!) { bridge(a: $a, b: $b) { sharedConcepts(first: 100) {
         concept { slug } passagesB(first: 1) { slug } } } }`,
      sides,
    );
    expect(sideB.bridge.sharedConcepts).toEqual(
      shared.map((item) => ({ concept: item.concept, passagesB: item.passagesB.slice(0, 1) })),
    );
  });

  it('shows the concepts and regions the preface and the essay share, each side with its passages, pages and findings', async () => {
    const documents = { a: 'voorwoord-kks-essays', b: 'bouwstenen-voor-de-regionale-arbeidsmarkt' };
    const sides = { a: toGlobalId('Preface', documents.a), b: toGlobalId('Essay', documents.b) };
    const curated = findingsByDocumentAndSubject(
      readFileSync(FINDINGS_FILE, 'utf8'),
      FINDINGS_FILE,
    );
    const concepts = (await query<BridgeAnswer>(bridgeQuery('sharedConcepts', 10), sides)).bridge
      .shared;
    expect(concepts.length).toBeGreaterThan(0);
    expectSides(concepts, documents, curated);
    // The data has concepts both sides state findings about.
    expect(concepts.some((item) => item.findingsA.length > 0 && item.findingsB.length > 0)).toBe(
      true,
    );
    const regions = (await query<BridgeAnswer>(bridgeQuery('sharedRegions', 10), sides)).bridge
      .shared;
    expectSides(regions, documents, curated);
    // Exactly the regions (or what is a region too) a passage of each document mentions.
    const regionsIn = async (document: string) => {
      const { passages } = await query<{
        passages: {
          pageInfo: { hasNextPage: boolean };
          edges: {
            node: {
              mentions: {
                entity: { __typename: string; slug: string; facets: { __typename: string }[] };
              }[];
            };
          }[];
        };
      }>(
        `query ($document: String!) { passages(document: $document, first: 100) { pageInfo { hasNextPage }
           edges { node { mentions { entity { __typename slug facets { __typename } } } } } } }`,
        { document },
      );
      expect(passages.pageInfo.hasNextPage).toBe(false);
      return new Set(
        passages.edges
          .flatMap((edge) => edge.node.mentions.map((mention) => mention.entity))
          .filter((entity) =>
            [entity, ...entity.facets].some((type) => type.__typename === 'Region'),
          )
          .map((entity) => entity.slug),
      );
    };
    const [inA, inB] = [await regionsIn(documents.a), await regionsIn(documents.b)];
    const inBoth = [...inA].filter((slug) => inB.has(slug));
    expect(regions.map((item) => item.subject.slug).sort()).toEqual(inBoth.sort());
  });

  it('gives a project the passages and findings of its essay: on both sides the same, region by region', async () => {
    const essay = 'bouwstenen-voor-de-regionale-arbeidsmarkt';
    const regions = (
      await query<BridgeAnswer>(bridgeQuery('sharedRegions', 10), {
        a: toGlobalId('Project', 'brugproject-regionale-arbeidsmarkt'),
        b: toGlobalId('Essay', essay),
      })
    ).bridge.shared;
    expect(regions.some((item) => item.findingsA.length > 0)).toBe(true);
    expectSides(
      regions,
      { a: essay, b: essay },
      findingsByDocumentAndSubject(readFileSync(FINDINGS_FILE, 'utf8'), FINDINGS_FILE),
    );
    for (const item of regions) {
      expect(item.passagesA).toEqual(item.passagesB);
      expect(item.findingsA).toEqual(item.findingsB);
    }
  });

  it('ranks what two concepts share by their passages on both sides, and agrees with the passages and findings read one by one', async () => {
    const { driver, gateway } = await connectTestDatabase();
    const [passages, findings, concepts] = await Promise.all([
      gateway.read(
        `MATCH (p:Passage)
         OPTIONAL MATCH (p)-[:MENTIONS]->(c:Concept)
         WITH p, collect(DISTINCT c.slug) AS concepts
         RETURN p.slug AS slug, concepts ORDER BY p.readingKey`,
      ),
      gateway.read(
        `MATCH (f:Finding)-[:STATED_IN]->(p:Passage)
         RETURN f.slug AS slug, collect(p.slug) AS passages,
                COLLECT { MATCH (f)-[:ABOUT]->(c:Concept) RETURN c.slug } AS about`,
      ),
      gateway.read('MATCH (c:Concept) RETURN c.slug AS slug, c.sortKey AS sortKey'),
    ]).finally(() => driver.close());
    const readingPlace = new Map(passages.map((passage, index) => [passage['slug'], index]));
    const mentioning = (concept: string) =>
      passages
        .filter((passage) => (passage['concepts'] as string[]).includes(concept))
        .map((passage) => passage['slug'] as string);
    const sortKey = new Map(
      concepts.map((concept) => [concept['slug'] as string, concept['sortKey'] as string]),
    );
    const [a, b] = [...sortKey.keys()]
      .map((slug) => ({ slug, passages: mentioning(slug).length }))
      .sort((x, y) => y.passages - x.passages || x.slug.localeCompare(y.slug))
      .map((concept) => concept.slug);
    const sides = { A: mentioning(a!), B: mentioning(b!) };
    const statedAbout = (concept: string, side: string[]) =>
      findings
        .filter((finding) => (finding['about'] as string[]).includes(concept))
        .map((finding) => ({
          slug: finding['slug'] as string,
          first: Math.min(
            ...(finding['passages'] as string[])
              .filter((passage) => side.includes(passage))
              .map((passage) => readingPlace.get(passage)!),
          ),
        }))
        .filter((finding) => Number.isFinite(finding.first))
        .sort((x, y) => x.first - y.first || x.slug.localeCompare(y.slug))
        .map((finding) => finding.slug);
    const expected = [...sortKey.keys()]
      .filter((slug) => slug !== a && slug !== b)
      .map((slug) => {
        const mentions = new Set(mentioning(slug));
        return {
          concept: { slug },
          passagesA: sides.A.filter((passage) => mentions.has(passage)).map((slug) => ({ slug })),
          passagesB: sides.B.filter((passage) => mentions.has(passage)).map((slug) => ({ slug })),
          findingsA: statedAbout(slug, sides.A).map((slug) => ({ slug })),
          findingsB: statedAbout(slug, sides.B).map((slug) => ({ slug })),
        };
      })
      .filter((item) => item.passagesA.length > 0 && item.passagesB.length > 0)
      .sort(
        (x, y) =>
          y.passagesA.length + y.passagesB.length - (x.passagesA.length + x.passagesB.length) ||
          sortKey.get(x.concept.slug)!.localeCompare(sortKey.get(y.concept.slug)!) ||
          x.concept.slug.localeCompare(y.concept.slug),
      );
    expect(expected.length).toBeGreaterThan(3);
    expect(expected.some((item) => item.findingsA.length > 1)).toBe(true);

    const data = await query<{ bridge: { sharedConcepts: unknown[] } }>(
      `query ($a: ID!, $b: ID!) { bridge(a: $a, b: $b) { sharedConcepts(first: 100) { concept { slug }
         passagesA(first: 100) { slug } passagesB(first: 100) { slug }
         findingsA(first: 100) { slug } findingsB(first: 100) { slug } } } }`,
      { a: toGlobalId('Concept', a!), b: toGlobalId('Concept', b!) },
    );
    expect(data.bridge.sharedConcepts).toEqual(expected);
  });

  it('lists the findings about both sides by slug, a page at a time, for subjects of one type or two', async () => {
    const { driver, gateway } = await connectTestDatabase();
    const pairs = await gateway
      .read(
        `MATCH (a)<-[:ABOUT]-(f:Finding)-[:ABOUT]->(b)
         WHERE (a:Concept AND b:Concept AND a.slug < b.slug) OR (a:Region AND b:Concept AND NOT a:Concept)
         WITH a, b, f ORDER BY f.slug
         WITH a, b, collect(f.slug) AS shared ORDER BY size(shared) DESC, a.slug, b.slug
         WITH a:Region AS regional, collect({a: a.slug, b: b.slug, shared: shared})[0] AS pair
         RETURN regional, pair ORDER BY regional`,
      )
      .finally(() => driver.close());
    expect(pairs.map((row) => row['regional'])).toEqual([false, true]);
    for (const row of pairs) {
      const pair = row['pair'] as { a: string; b: string; shared: string[] };
      const type = row['regional'] ? 'Region' : 'Concept';
      expect(pair.shared.length).toBeGreaterThan(2);
      const data = await query<{
        bridge: { all: { slug: string }[]; firstTwo: { slug: string }[] };
        reversed: { all: { slug: string }[] };
      }>(
        `query ($a: ID!, $b: ID!) {
           bridge(a: $a, b: $b) { all: sharedFindings(first: 100) { slug } firstTwo: sharedFindings(first: 2) { slug } }
           reversed: bridge(a: $b, b: $a) { all: sharedFindings(first: 100) { slug } } }`,
        { a: toGlobalId(type, pair.a), b: toGlobalId('Concept', pair.b) },
      );
      const slugs = (findings: { slug: string }[]) => findings.map((finding) => finding.slug);
      expect(slugs(data.bridge.all)).toEqual(pair.shared);
      expect(slugs(data.bridge.firstTwo)).toEqual(pair.shared.slice(0, 2));
      expect(slugs(data.reversed.all)).toEqual(pair.shared);
    }
  });

  it('lists no shared findings for a side findings cannot be about', async () => {
    const data = await query<{ bridge: { sharedFindings: unknown[] } }>(
      `query ($a: ID!, $b: ID!) { bridge(a: $a, b: $b) { sharedFindings { slug } } }`,
      {
        a: toGlobalId('Essay', 'bouwstenen-voor-de-regionale-arbeidsmarkt'),
        b: toGlobalId('Concept', 'gerelateerde-varieteit'),
      },
    );
    expect(data.bridge.sharedFindings).toEqual([]);
  });
});
