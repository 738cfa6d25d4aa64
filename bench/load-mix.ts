/**
 * The request mix of `npm run load`: what the explorer and the playground's recipes send, weighted
 * the way people use them (typeahead far more often than a path search), with their variables
 * drawn from the seeded graph so the load touches many nodes, not one cached answer.
 *
 * The documents are the trusted documents themselves (web/src/__generated__/persisted-documents.json,
 * generated from web/src/explorer/operations.graphql and web/recipes/), sent byte for byte as the
 * explorer sends them; two more (neighbourhood, a page of findings) stand for API clients and
 * the exports, which the explorer does not use.
 */
import { readFileSync } from 'node:fs';
import { Kind, parse } from 'graphql';
import { projectPath } from '../src/project-paths.js';
import { Picker } from './load-picker.js';

/** One POST /graphql of the mix: the operation's name (for the per-operation tally) and its body. */
export interface MixRequest {
  readonly operation: string;
  readonly body: string;
}

interface Named {
  readonly id: string;
  readonly slug: string;
  readonly label?: string;
  readonly english?: string;
}

interface DocumentScope {
  readonly slug: string;
  readonly sections: readonly string[];
}

/** The slugs, ids and labels the mix draws its variables from; read from the graph by DISCOVERY. */
export interface Catalogue {
  readonly concepts: readonly Named[];
  readonly regions: readonly Named[];
  readonly findings: readonly Named[];
  /** `endCursor`s of successive pages of 20 findings: what a client paging on sends as `after`. */
  readonly findingCursors: readonly string[];
  readonly themes: readonly Named[];
  readonly instruments: readonly Named[];
  readonly organisations: readonly Named[];
  readonly passages: readonly Named[];
  readonly documents: readonly DocumentScope[];
}

const LABELLED = 'edges { cursor node { id slug label english: label(lang: EN) } }';

/** Everything `buildMix` needs, in one request (well under the API's cost limit). */
export const DISCOVERY = `query LoadDiscovery {
  concepts(first: 100) { ${LABELLED} }
  regions(first: 100) { ${LABELLED} }
  themes(first: 100) { ${LABELLED} }
  instruments(first: 100) { ${LABELLED} }
  organisations(first: 100) { ${LABELLED} }
  findings(first: 100) { edges { cursor node { id slug } } }
  passages(first: 100) { edges { node { id slug } } }
  essays(first: 100) {
    edges { node { slug sections { slug } preface { slug sections { slug } } } }
  }
}`;

const EXTRA_DOCUMENTS: Record<string, string> = {
  LoadNeighbourhood: `query LoadNeighbourhood($id: ID!, $depth: Int!, $first: Int!) {
  neighbourhood(id: $id, depth: $depth, first: $first) {
    truncated
    nodes { __typename id }
    edges { type from { id } to { id } evidence { quote page } provenance }
  }
}`,
  LoadFindingsPage: `query LoadFindingsPage($after: String, $kind: FindingKind, $concept: String) {
  findings(first: 20, after: $after, kind: $kind, concept: $concept) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id slug kind statement(lang: EN) evidence { quote page } about { ... on Node { id } } } }
  }
}`,
};

type Variables = Record<string, unknown>;

interface MixEntry {
  readonly operation: string;
  /** Requests out of every 100. */
  readonly weight: number;
  readonly variables: (pick: Picker, catalogue: Catalogue) => Variables;
}

/** What a session does most: type, search, open a node; maps, paths and tables less often. */
export const MIX: readonly MixEntry[] = [
  { operation: 'ExplorerSuggest', weight: 29, variables: (p, c) => typed(p, c) },
  {
    operation: 'ExplorerSearch',
    weight: 10,
    variables: (p, c) => ({ query: searchText(p, c), lang: p.lang() }),
  },
  {
    operation: 'SearchWithTypeahead',
    weight: 2,
    variables: (p, c) => ({ typed: typed(p, c).prefix, query: searchText(p, c) }),
  },
  {
    operation: 'ExplorerNode',
    weight: 20,
    variables: (p, c) => ({ id: anyNode(p, c), lang: p.lang() }),
  },
  {
    operation: 'ConceptEvidence',
    weight: 5,
    variables: (p, c) => ({ concept: p.one(c.concepts).slug }),
  },
  {
    operation: 'RelatedFindingsOfConcept',
    weight: 3,
    variables: (p, c) => ({ concept: p.one(c.concepts).slug }),
  },
  {
    operation: 'RelatedFindingsOfRegion',
    weight: 2,
    variables: (p, c) => ({ region: p.one(c.regions).slug }),
  },
  {
    operation: 'RelatedFindingsOfFinding',
    weight: 2,
    variables: (p, c) => ({ finding: p.one(c.findings).slug }),
  },
  { operation: 'ExplorerConceptMap', weight: 5, variables: (p, c) => conceptMapScope(p, c) },
  {
    operation: 'ConceptMapOfSection',
    weight: 1,
    variables: (p, c) => ({ section: p.one(p.one(c.documents).sections) }),
  },
  {
    operation: 'LoadNeighbourhood',
    weight: 5,
    variables: (p, c) => ({
      id: anyNode(p, c),
      depth: p.chance(0.7) ? 1 : 2,
      first: p.chance(0.5) ? 50 : 100,
    }),
  },
  {
    operation: 'ExplorerPaths',
    weight: 4,
    variables: (p, c) => ({ ...pathEnds(p, c), lang: p.lang() }),
  },
  { operation: 'PathBetween', weight: 1, variables: (p, c) => pathEnds(p, c) },
  { operation: 'LoadFindingsPage', weight: 6, variables: (p, c) => findingsPage(p, c) },
  { operation: 'InstrumentMatrix', weight: 2, variables: () => ({}) },
  { operation: 'ExplorerDocuments', weight: 2, variables: (p) => ({ lang: p.lang() }) },
  {
    operation: 'Bridge',
    weight: 1,
    variables: (p, c) => ({
      a: `Concept:${p.one(c.concepts).slug}`,
      b: `Region:${p.one(c.regions).slug}`,
    }),
  },
];

/**
 * `size` requests in the proportions of MIX (each operation exactly weight% of them, so short runs
 * carry the same mix as long ones), shuffled, with variables drawn by a seeded generator: every run
 * sends the same sequence.
 */
export function buildMix(catalogue: Catalogue, size = 500, seed = 9): MixRequest[] {
  const documents = operationDocuments();
  const pick = new Picker(seed);
  const requests: MixRequest[] = [];
  for (const entry of MIX) {
    const query = documents.get(entry.operation);
    if (query === undefined) {
      throw new Error(`the mix names ${entry.operation}, which no document defines`);
    }
    for (let n = 0; n < Math.round((entry.weight * size) / 100); n++) {
      const variables = entry.variables(pick, catalogue);
      requests.push({
        operation: entry.operation,
        body: JSON.stringify({ operationName: entry.operation, query, variables }),
      });
    }
  }
  return pick.shuffle(requests);
}

/** The answer to DISCOVERY as a Catalogue. @throws Error when the graph lacks something the mix needs. */
export function toCatalogue(data: unknown): Catalogue {
  const d = data as Record<string, { edges: { cursor: string; node: Named }[] } | undefined>;
  const nodes = (field: string) => {
    const list = (d[field]?.edges ?? []).map((edge) => edge.node);
    if (list.length === 0) throw new Error(`the seeded graph has no ${field}`);
    return list;
  };
  const findingEdges = d['findings']?.edges ?? [];
  const essays = (
    d['essays'] as
      | {
          edges: {
            node: DocumentNodeShape & { preface: DocumentNodeShape | null };
          }[];
        }
      | undefined
  )?.edges.map((edge) => edge.node);
  const documents = (essays ?? [])
    .flatMap((essay) => (essay.preface ? [essay, essay.preface] : [essay]))
    .map((doc) => ({ slug: doc.slug, sections: doc.sections.map((section) => section.slug) }))
    .filter((doc) => doc.sections.length > 0);
  if (documents.length === 0) throw new Error('the seeded graph has no document with sections');
  return {
    concepts: nodes('concepts'),
    regions: nodes('regions'),
    themes: nodes('themes'),
    instruments: nodes('instruments'),
    organisations: nodes('organisations'),
    findings: nodes('findings'),
    passages: nodes('passages'),
    findingCursors: findingEdges.filter((_, i) => i % 20 === 19).map((edge) => edge.cursor),
    documents: [...new Map(documents.map((doc) => [doc.slug, doc])).values()],
  };
}

interface DocumentNodeShape {
  readonly slug: string;
  readonly sections: readonly { readonly slug: string }[];
}

/** Operation name -> the whole document that defines it (with its fragments). */
function operationDocuments(): Map<string, string> {
  const manifest = JSON.parse(
    readFileSync(projectPath('web', 'src', '__generated__', 'persisted-documents.json'), 'utf8'),
  ) as Record<string, string>;
  const byName = new Map<string, string>(Object.entries(EXTRA_DOCUMENTS));
  for (const document of Object.values(manifest)) {
    for (const definition of parse(document).definitions) {
      if (definition.kind === Kind.OPERATION_DEFINITION && definition.name) {
        byName.set(definition.name.value, document);
      }
    }
  }
  return byName;
}

/** What someone has typed so far into the search box: 2-7 letters of a label (the explorer asks from 2). */
function typed(pick: Picker, catalogue: Catalogue): { prefix: string; lang: 'NL' | 'EN' } {
  const lang = pick.lang();
  const node = pick.one(pick.chance(0.7) ? catalogue.concepts : catalogue.regions);
  const label = (lang === 'EN' ? node.english : node.label) ?? node.slug;
  const word = pick.chance(0.8) ? label : pick.one(label.split(' '));
  return { prefix: word.slice(0, 2 + pick.below(6)).trimEnd(), lang };
}

const FREE_TEXT = [
  'related variety',
  'arbeidsmarkt',
  'regionale economie',
  'werkloosheid',
  'onderwijs',
  'kennis steden',
  'jongeren zonder startkwalificatie',
];

function searchText(pick: Picker, catalogue: Catalogue): string {
  if (pick.chance(0.3)) return pick.one(FREE_TEXT);
  const node = pick.one(catalogue.concepts);
  return (pick.chance(0.5) ? node.english : node.label) ?? node.slug;
}

/** A node someone opens in the explorer: mostly concepts, then findings and regions. */
function anyNode(pick: Picker, catalogue: Catalogue): string {
  const roll = pick.below(100);
  const from =
    roll < 45
      ? catalogue.concepts
      : roll < 65
        ? catalogue.findings
        : roll < 80
          ? catalogue.regions
          : roll < 85
            ? catalogue.themes
            : roll < 90
              ? catalogue.instruments
              : roll < 95
                ? catalogue.organisations
                : catalogue.passages;
  return pick.one(from).id;
}

function pathEnds(pick: Picker, catalogue: Catalogue): { from: string; to: string } {
  const from = pick.one(catalogue.concepts);
  const others = pick.chance(0.5)
    ? catalogue.concepts
    : pick.chance(0.5)
      ? catalogue.regions
      : catalogue.organisations;
  const to = pick.one(others.filter((node) => node.id !== from.id));
  return { from: from.id, to: to.id };
}

/** The explorer opens on the whole corpus; some pick a document, a section, another weighting. */
function conceptMapScope(pick: Picker, catalogue: Catalogue): Variables {
  const document = pick.chance(0.5) ? null : pick.one(catalogue.documents);
  return {
    document: document?.slug ?? null,
    section: document && pick.chance(0.5) ? pick.one(document.sections) : null,
    normalisation: pick.one(['ASSOCIATION_STRENGTH', 'ASSOCIATION_STRENGTH', 'RAW', 'JACCARD']),
    minCount: pick.chance(0.8) ? 1 : 2,
    lang: pick.lang(),
  };
}

function findingsPage(pick: Picker, catalogue: Catalogue): Variables {
  const roll = pick.below(3);
  if (roll === 0) return { after: pick.chance(0.3) ? null : pick.one(catalogue.findingCursors) };
  if (roll === 1) return { kind: pick.one(['CLAIM', 'RECOMMENDATION', 'DEFINITION', 'STATISTIC']) };
  return { concept: pick.one(catalogue.concepts).slug };
}
