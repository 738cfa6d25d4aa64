/**
 * The questions every contender answers, each asked the way that contender is asked: kks-graph's
 * GraphQL (A, and A-DL with batching off), the Neo4j GraphQL Library's generated GraphQL (N) and
 * one hand-written Cypher statement (R), whose one row's `data` column is A's answer as it is.
 * `fromLibrary` turns N's answer into A's shape; `canonical` sorts what is a set, not a list, in
 * A's answer (the subjects of a finding), so that the answers can be compared as canonical JSON.
 * All are reads but W1, a curation write that is idempotent, so that every request after the first
 * asks the same question of the same graph and gets the same answer.
 */
import { NODE_LABELS, NODE_TYPE_OF, SEARCHABLE_LABELS } from '../../src/domain/graph-model.js';
import { fullTextQuery } from '../../src/domain/search-query.js';

export interface GraphQLRequest {
  readonly query: string;
  readonly variables?: Record<string, unknown>;
}

export interface Workload {
  /** Short, stable key: the hand-written contender's URL path and the report's row. */
  readonly key: string;
  readonly description: string;
  readonly api: GraphQLRequest;
  /** Headers A and A-DL are sent besides the content type: a write's curator key. */
  readonly apiHeaders?: Readonly<Record<string, string>>;
  readonly library: GraphQLRequest;
  readonly cypher: {
    readonly statement: string;
    readonly parameters?: Record<string, unknown>;
    /** Run in a write transaction, routed to the writer. */
    readonly writes?: boolean;
  };
  readonly fromLibrary: (data: Json) => Json;
  readonly canonical?: (data: Json) => Json;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a JSON answer, walked by shape
export type Json = any;

const ESSAY_SLUG = 'bouwstenen-voor-de-regionale-arbeidsmarkt';
const SEARCHED = 'regionale arbeidsmarkt';
/** A concept whose depth-2 neighbourhood in the seed graph has fewer than NEIGHBOURHOOD_FIRST links. */
const NEIGHBOURHOOD_CENTER = 'regionale-arbeidsmarkt';
const RANK_OF = Object.fromEntries(SEARCHABLE_LABELS.map((label, rank) => [label, rank]));
const NEIGHBOURHOOD_FIRST = 200;
/** A concept many findings are about. */
const FILTER_CONCEPT = 'regionaal-arbeidsmarktbeleid';

/**
 * W1's link: a finding about highly educated people taking jobs below their level, and the
 * displacement (of the less educated) that it is not yet about in the seed. No read workload sees
 * it: the finding is not among the first 50 by slug, neither it nor the concept is within a hop of
 * NEIGHBOURHOOD_CENTER, and the concept is not FILTER_CONCEPT.
 */
const LINKED_FINDING = 'hoogopgeleiden-banen-onder-niveau';
const LINKED_CONCEPT = 'verdringing';

/** The curator kks-graph knows in the bench; W1 writes with its key (made for the bench, no secret). */
const BENCH_CURATOR = { name: 'bench', key: 'side-by-side-bench-curator-key' };

/** What kks-graph's configuration needs for W1: the bench's curator, and no limit on mutations. */
export const CURATOR_ENV = {
  KKS_CURATOR_KEYS: `${BENCH_CURATOR.name}:${BENCH_CURATOR.key}`,
  KKS_MUTATIONS_PER_MINUTE: '0',
};

/** The Lucene query kks-graph's search sends for SEARCHED: R and N are given it ready-made. */
const SEARCHED_LUCENE = fullTextQuery(SEARCHED)?.allWords ?? '';

/** RANK_OF written into the statement: N's statement has no parameters but its field's arguments. */
const RANK_MAP = cypherMap(RANK_OF);

/**
 * A node as R and N name it: `Label:slug`, the readable form of A's global id. `own` is its labels,
 * read once beforehand, as kks-graph does: written as `labels(node)` in the list's condition, they
 * are read once per label listed.
 */
const nodeKey = (node: string, own: string) =>
  `[l IN ${cypherList(NODE_LABELS)} WHERE l IN ${own}][0] + ':' + ${node}.slug`;

/**
 * kks-graph's ranking of search hits, as one statement of $lucene and $first: each hit's score
 * over the best of its label; ties by SEARCHABLE_LABELS order, then by `Label:slug`. As in
 * kks-graph, the label is picked by looking each of a node's labels up (not by comparing it with
 * every searchable label), each label's hits are kept as lists of nodes and scores rather than of
 * maps, and within one label the slug alone orders the ties.
 */
export const SEARCH_STATEMENT = `CALL db.index.fulltext.queryNodes('kks_search', $lucene) YIELD node, score
  WITH node, score, labels(node) AS own
  WITH node, score, CASE size(own) WHEN 1 THEN ${RANK_MAP}[own[0]]
    ELSE reduce(first = null, label IN own |
      CASE WHEN ${RANK_MAP}[label] < coalesce(first, ${SEARCHABLE_LABELS.length})
      THEN ${RANK_MAP}[label] ELSE first END)
    END AS rank
  WHERE rank IS NOT NULL
  WITH rank, collect(node) AS nodes, collect(score) AS scores, max(score) AS best
  UNWIND range(0, size(nodes) - 1) AS at
  WITH rank, nodes[at].slug AS slug, scores[at] / best AS score
  ORDER BY score DESC, rank, slug
  LIMIT toInteger($first)
  WITH ${cypherList(SEARCHABLE_LABELS)}[rank] AS label, slug, score
  RETURN {type: ${cypherMap(NODE_TYPE_OF)}[label], score: score, id: label + ':' + slug} AS hit`;

/**
 * The links within two hops of the node `c`, as kks-graph's neighbourhood walks them: every link
 * of `c` and of each node next to it; one more than NEIGHBOURHOOD_FIRST at most, which tells that
 * the neighbourhood was cut, as kks-graph does.
 */
export const NEIGHBOURHOOD_STATEMENT = `MATCH (c)-[]-(n)
  WITH c, collect(DISTINCT n) + c AS near
  UNWIND near AS x
  MATCH (x)-[r]-()
  WITH DISTINCT r
  LIMIT ${NEIGHBOURHOOD_FIRST + 1}
  WITH r, startNode(r) AS from, endNode(r) AS to
  WITH r, from, to, labels(from) AS fromLabels, labels(to) AS toLabels
  RETURN {type: type(r), from: ${nodeKey('from', 'fromLabels')}, to: ${nodeKey('to', 'toLabels')}} AS link`;

/**
 * kks-graph's linkSubject of a concept, as one statement of $finding, $concept and $curator that
 * returns the finding `f`: the link and its stamps are written only when there is none; after that
 * the MERGE finds it and writes nothing.
 */
export const LINK_CONCEPT_STATEMENT = `MATCH (f:Finding {slug: $finding}), (s:Concept {slug: $concept})
  MERGE (f)-[r:ABOUT]->(s)
    ON CREATE SET r.createdBy = $curator, r.createdAt = datetime(),
                  f.updatedBy = $curator, f.updatedAt = datetime()
  RETURN f`;

const ENTITY_SLUG =
  '... on Concept { slug } ... on Theme { slug } ... on PolicyInstrument { slug } ... on Region { slug } ... on Organisation { slug } ... on Regulation { slug }';

/**
 * A neighbourhood as a set: its nodes and its links (`from TYPE to`), each sorted. Which links a
 * truncated neighbourhood holds is up to the database, so of one only the size is compared.
 */
function neighbourhoodSet(
  links: readonly { type: string; from: string; to: string }[],
  truncated: boolean,
): Json {
  if (truncated) return { truncated, links: links.length };
  return {
    truncated,
    nodes: [...new Set(links.flatMap((link) => [link.from, link.to]))].sort(),
    links: links.map((link) => `${link.from} ${link.type} ${link.to}`).sort(),
  };
}

/** A's global id, or R's and N's `Label:slug`, as `Label:slug`. */
function readableId(id: string): string {
  return id.includes(':') ? id : Buffer.from(id, 'base64url').toString('utf8');
}

export const WORKLOADS: readonly Workload[] = [
  // First, so that every read is checked on the graph its timed requests read: W1's first request
  // (A's, in the answer check) makes the link, and no later one changes anything.
  {
    key: 'curation-link-subject',
    description:
      'W1, a curation write: link a finding to a concept it is not yet about, then a no-op; answers the finding with its subjects',
    api: {
      query: `mutation ($input: SubjectLinkInput!) { linkSubject(input: $input) { finding { slug about { ${ENTITY_SLUG} } } } }`,
      variables: { input: { finding: LINKED_FINDING, subject: { concept: LINKED_CONCEPT } } },
    },
    apiHeaders: { authorization: `Bearer ${BENCH_CURATOR.key}` },
    // N's generated `connect` would add a link at every request: N MERGEs with R's statement in a
    // @cypher mutation (neo4j-graphql-contender.ts).
    library: {
      query: `mutation ($finding: String!, $concept: String!, $curator: String!) { linkConcept(finding: $finding, concept: $concept, curator: $curator) { slug about { ${ENTITY_SLUG} } } }`,
      variables: { finding: LINKED_FINDING, concept: LINKED_CONCEPT, curator: BENCH_CURATOR.name },
    },
    cypher: {
      statement: `CALL () { ${LINK_CONCEPT_STATEMENT} }
        RETURN {linkSubject: {finding: {
          slug: f.slug,
          about: COLLECT { MATCH (f)-[:ABOUT]->(s) RETURN {slug: s.slug} }
        }}} AS data`,
      parameters: { finding: LINKED_FINDING, concept: LINKED_CONCEPT, curator: BENCH_CURATOR.name },
      writes: true,
    },
    fromLibrary: (data) => ({ linkSubject: { finding: data.linkConcept } }),
    // A finding's subjects are a set: compared in slug order, but not made distinct, so that a
    // link written twice would show.
    canonical: (data) => {
      const { finding } = data.linkSubject;
      return {
        linkSubject: {
          finding: { ...finding, about: finding.about.map((subject: Json) => subject.slug).sort() },
        },
      };
    },
  },
  {
    key: 'essay-by-slug',
    description: 'essay by slug',
    api: {
      query: 'query ($slug: String!) { essay(slug: $slug) { slug title subtitle seriesPosition } }',
      variables: { slug: ESSAY_SLUG },
    },
    library: {
      query:
        'query ($slug: String!) { essays(where: { slug: { eq: $slug } }) { slug title subtitle seriesPosition } }',
      variables: { slug: ESSAY_SLUG },
    },
    cypher: {
      statement: `OPTIONAL MATCH (e:Essay {slug: $slug})
        RETURN {essay: e {.slug, .title, .subtitle, .seriesPosition}} AS data`,
      parameters: { slug: ESSAY_SLUG },
    },
    fromLibrary: (data) => ({ essay: data.essays[0] ?? null }),
  },
  {
    key: 'essays-authors-project',
    description: 'essays with authors and project',
    api: {
      query:
        '{ essays { edges { node { slug title project { slug title } authors { position person { slug name } } } } } }',
    },
    library: {
      query:
        '{ essays(sort: [{ seriesPosition: ASC }, { slug: ASC }], limit: 20) { slug title project { slug title } authorsConnection(sort: [{ edge: { position: ASC } }]) { edges { properties { position } node { slug name } } } } }',
    },
    cypher: {
      statement: `MATCH (e:Essay)
        WITH e ORDER BY e.seriesPosition, e.slug LIMIT 20
        RETURN {essays: {edges: collect({node: e {
          .slug, .title,
          project: COLLECT { MATCH (e)-[:OUTPUT_OF]->(p:Project) RETURN p {.slug, .title} }[0],
          authors: COLLECT {
            MATCH (a:Person)-[r:AUTHORED]->(e)
            RETURN {position: r.position, person: a {.slug, .name}} ORDER BY r.position
          }
        }})}} AS data`,
    },
    fromLibrary: (data) => ({
      essays: {
        edges: data.essays.map((essay: Json) => ({
          node: {
            slug: essay.slug,
            title: essay.title,
            project: essay.project[0] ?? null,
            authors: essay.authorsConnection.edges.map((edge: Json) => ({
              position: edge.properties.position,
              person: edge.node,
            })),
          },
        })),
      },
    }),
  },
  {
    key: 'essays-authors-essays-project',
    description: 'essays -> authors -> their essays -> project',
    api: {
      query:
        '{ essays { edges { node { slug authors { person { slug authorships { essay { slug project { slug } } } } } } } } }',
    },
    library: {
      query:
        '{ essays(sort: [{ seriesPosition: ASC }, { slug: ASC }], limit: 20) { slug authorsConnection(sort: [{ edge: { position: ASC } }]) { edges { node { slug essays(sort: [{ seriesPosition: ASC }, { slug: ASC }]) { slug project { slug } } } } } } }',
    },
    cypher: {
      statement: `MATCH (e:Essay)
        WITH e ORDER BY e.seriesPosition, e.slug LIMIT 20
        RETURN {essays: {edges: collect({node: e {
          .slug,
          authors: COLLECT {
            MATCH (a:Person)-[r:AUTHORED]->(e)
            RETURN {person: a {
              .slug,
              authorships: COLLECT {
                MATCH (a)-[:AUTHORED]->(other:Essay)
                RETURN {essay: other {
                  .slug,
                  project: COLLECT { MATCH (other)-[:OUTPUT_OF]->(p:Project) RETURN p {.slug} }[0]
                }} ORDER BY other.seriesPosition, other.slug
              }
            }} ORDER BY r.position
          }
        }})}} AS data`,
    },
    fromLibrary: (data) => ({
      essays: {
        edges: data.essays.map((essay: Json) => ({
          node: {
            slug: essay.slug,
            authors: essay.authorsConnection.edges.map((edge: Json) => ({
              person: {
                slug: edge.node.slug,
                authorships: edge.node.essays.map((other: Json) => ({
                  essay: { slug: other.slug, project: other.project[0] ?? null },
                })),
              },
            })),
          },
        })),
      },
    }),
  },
  {
    key: 'hub-concept-mentions',
    description: 'most-mentioned concept -> 20 mentions -> passage, section',
    api: {
      query:
        '{ concepts(orderBy: { field: PASSAGE_COUNT, direction: DESC }, first: 1) { edges { node { slug mentions(first: 20) { edges { node { count surfaces passage { slug page section { slug title } } } } } } } } }',
    },
    library: {
      query:
        '{ concepts(sort: [{ passageCount: DESC }, { slug: DESC }], limit: 1) { slug mentionedInConnection(first: 20, sort: [{ node: { readingKey: ASC } }]) { edges { properties { count surfaces } node { slug page section { slug title } } } } } }',
    },
    cypher: {
      statement: `MATCH (c:Concept)
        WITH c ORDER BY c.passageCount DESC, c.slug DESC LIMIT 1
        RETURN {concepts: {edges: [{node: c {
          .slug,
          mentions: {edges: COLLECT {
            MATCH (p:Passage)-[m:MENTIONS]->(c)
            RETURN {node: {count: m.count, surfaces: m.surfaces, passage: p {
              .slug, .page,
              section: COLLECT { MATCH (s:Section)-[:HAS_PASSAGE]->(p) RETURN s {.slug, .title} }[0]
            }}} ORDER BY p.readingKey LIMIT 20
          }}
        }}]}} AS data`,
    },
    fromLibrary: (data) => ({
      concepts: {
        edges: data.concepts.map((concept: Json) => ({
          node: {
            slug: concept.slug,
            mentions: {
              edges: concept.mentionedInConnection.edges.map((edge: Json) => ({
                node: {
                  count: edge.properties.count,
                  surfaces: edge.properties.surfaces,
                  passage: {
                    slug: edge.node.slug,
                    page: edge.node.page,
                    section: edge.node.section[0] ?? null,
                  },
                },
              })),
            },
          },
        })),
      },
    }),
  },
  {
    key: 'findings-subjects-evidence',
    description: '50 findings with subjects and quoted passage',
    api: {
      query: `{ findings(first: 50) { edges { node { slug statement about { ${ENTITY_SLUG} } evidence { quote page passage { slug text } } } } } }`,
    },
    library: {
      query: `{ findings(sort: [{ slug: ASC }], limit: 50) { slug statementNl about { ${ENTITY_SLUG} } statedInConnection { edges { properties { page quote } node { slug text } } } } }`,
    },
    cypher: {
      statement: `MATCH (f:Finding)
        WITH f ORDER BY f.slug LIMIT 50
        RETURN {findings: {edges: collect({node: {
          slug: f.slug,
          statement: f.statementNl,
          about: COLLECT { MATCH (f)-[:ABOUT]->(s) RETURN DISTINCT {slug: s.slug} },
          evidence: COLLECT {
            MATCH (f)-[r:STATED_IN]->(p:Passage)
            RETURN {quote: r.quote, page: r.page, passage: p {.slug, .text}}
          }[0]
        }})}} AS data`,
    },
    fromLibrary: (data) => ({
      findings: {
        edges: data.findings.map((finding: Json) => {
          const stated = finding.statedInConnection.edges[0];
          return {
            node: {
              slug: finding.slug,
              statement: finding.statementNl,
              about: finding.about,
              evidence:
                stated === undefined
                  ? null
                  : {
                      quote: stated.properties.quote,
                      page: stated.properties.page,
                      passage: stated.node,
                    },
            },
          };
        }),
      },
    }),
    // A finding's subjects are a set: compared as distinct slugs in slug order.
    canonical: (data) => ({
      findings: {
        edges: data.findings.edges.map((edge: Json) => ({
          node: {
            ...edge.node,
            about: [
              ...new Set<string>(edge.node.about.map((subject: Json) => subject.slug)),
            ].sort(),
          },
        })),
      },
    }),
  },
  {
    key: 'findings-about-concept',
    description: 'findings about one concept (a relationship filter), 50 at most',
    api: {
      query: `query ($concept: String!) { findings(concept: $concept, first: 50) { edges { node { slug statement } } } }`,
      variables: { concept: FILTER_CONCEPT },
    },
    library: {
      query: `query ($concept: String!) { findings(where: { about: { some: { Concept: { slug: { eq: $concept } } } } }, sort: [{ slug: ASC }], limit: 50) { slug statementNl } }`,
      variables: { concept: FILTER_CONCEPT },
    },
    cypher: {
      statement: `MATCH (f:Finding) WHERE EXISTS { (f)-[:ABOUT]->(:Concept {slug: $concept}) }
        WITH f ORDER BY f.slug LIMIT 50
        RETURN {findings: {edges: collect({node: {slug: f.slug, statement: f.statementNl}})}} AS data`,
      parameters: { concept: FILTER_CONCEPT },
    },
    fromLibrary: (data) => ({
      findings: {
        edges: data.findings.map((finding: Json) => ({
          node: { slug: finding.slug, statement: finding.statementNl },
        })),
      },
    }),
  },
  {
    key: 'count-claims',
    description: 'how many findings are claims (a count)',
    api: { query: '{ findings(kind: CLAIM) { totalCount } }' },
    library: {
      query:
        '{ findingsConnection(where: { kind: { eq: "CLAIM" } }) { aggregate { count { nodes } } } }',
    },
    cypher: {
      statement: `MATCH (f:Finding {kind: 'CLAIM'}) RETURN {findings: {totalCount: count(f)}} AS data`,
    },
    fromLibrary: (data) => ({
      findings: { totalCount: data.findingsConnection.aggregate.count.nodes },
    }),
  },
  {
    key: 'search-top-10',
    description: 'full-text search, top 10',
    api: {
      query:
        'query ($text: String!) { search(query: $text, first: 10) { edges { node { type score node { ... on Node { id } } } } } }',
      variables: { text: SEARCHED },
    },
    library: {
      query:
        'query ($lucene: String!) { searchHits(lucene: $lucene, first: 10) { type score id } }',
      variables: { lucene: SEARCHED_LUCENE },
    },
    cypher: {
      statement: `CALL () { ${SEARCH_STATEMENT} }
        RETURN {search: {edges: collect({node: {type: hit.type, score: hit.score, node: {id: hit.id}}})}} AS data`,
      parameters: { lucene: SEARCHED_LUCENE, first: 10 },
    },
    fromLibrary: (data) => ({
      search: {
        edges: data.searchHits.map((hit: Json) => ({
          node: { type: hit.type, score: hit.score, node: { id: hit.id } },
        })),
      },
    }),
    canonical: (data) => ({
      search: {
        edges: data.search.edges.map((edge: Json) => ({
          node: { ...edge.node, node: { id: readableId(edge.node.node.id) } },
        })),
      },
    }),
  },
  {
    key: 'neighbourhood-depth-2',
    description: 'depth-2 neighbourhood of a concept',
    api: {
      query:
        'query ($id: ID!, $first: Int!) { neighbourhood(id: $id, depth: 2, first: $first) { truncated edges { type from { id } to { id } } } }',
      variables: { id: `Concept:${NEIGHBOURHOOD_CENTER}`, first: NEIGHBOURHOOD_FIRST },
    },
    library: {
      query:
        'query ($slug: String!) { concepts(where: { slug: { eq: $slug } }) { neighbourhoodLinks { type from to } } }',
      variables: { slug: NEIGHBOURHOOD_CENTER },
    },
    cypher: {
      statement: `MATCH (c:Concept {slug: $slug})
        CALL (c) { ${NEIGHBOURHOOD_STATEMENT} }
        WITH collect(link) AS links
        RETURN {neighbourhood: {
          truncated: size(links) > $first,
          edges: [link IN links[..toInteger($first)] | {type: link.type, from: {id: link.from}, to: {id: link.to}}]
        }} AS data`,
      parameters: { slug: NEIGHBOURHOOD_CENTER, first: NEIGHBOURHOOD_FIRST },
    },
    fromLibrary: (data) => {
      const links = data.concepts[0].neighbourhoodLinks;
      return {
        neighbourhood: {
          truncated: links.length > NEIGHBOURHOOD_FIRST,
          edges: links.slice(0, NEIGHBOURHOOD_FIRST).map((link: Json) => ({
            type: link.type,
            from: { id: link.from },
            to: { id: link.to },
          })),
        },
      };
    },
    // A neighbourhood's links are a set.
    canonical: (data) =>
      neighbourhoodSet(
        data.neighbourhood.edges.map((edge: Json) => ({
          type: edge.type,
          from: readableId(edge.from.id),
          to: readableId(edge.to.id),
        })),
        data.neighbourhood.truncated,
      ),
  },
];

function cypherList(values: readonly string[]): string {
  return `[${values.map((value) => `'${value}'`).join(', ')}]`;
}

function cypherMap(entries: Readonly<Record<string, string | number>>): string {
  return `{${Object.entries(entries)
    .map(([key, value]) => `${key}: ${typeof value === 'number' ? value : `'${value}'`}`)
    .join(', ')}}`;
}
