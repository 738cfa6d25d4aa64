/**
 * The most items each plain list of the schema (a list without `first` or `last`) can hold, for
 * the cost model. Most lists follow one relation of the graph, and are as long as the longest such
 * list in the graph right now: measured, not guessed, and measured again every minute so that the
 * price follows the data as essays and curated findings are added. The others are bounded by the
 * number of nodes of a label, or by a fixed limit of the field.
 */
import { ENTITY_LABELS, type NodeLabel, type RelationName } from '../domain/graph-model.js';
import type { GraphSizeRepository } from '../repositories/graph-size.repository.js';

export type SizeSource =
  | { readonly relation: RelationName }
  | { readonly count: NodeLabel; readonly times?: number }
  | { readonly fixed: number };

/** Every plain list field whose items are objects, by `Type.field`. */
export const LIST_SIZES: Readonly<Record<string, SizeSource>> = {
  'Project.essays': { relation: 'Project<-OUTPUT_OF' },
  'Organisation.affiliations': { relation: 'Organisation<-AFFILIATED_WITH' },
  'Organisation.coordinatedProgrammes': { relation: 'Organisation<-COORDINATED_BY' },
  'Essay.authors': { relation: 'Essay<-AUTHORED' },
  'Essay.sections': { relation: 'Essay-HAS_SECTION->' },
  'Preface.essays': { relation: 'Preface-INTRODUCES->' },
  'Preface.sections': { relation: 'Preface-HAS_SECTION->' },
  'Person.authorships': { relation: 'Person-AUTHORED->' },
  'Person.prefaces': { relation: 'Person-WROTE->' },
  'Person.affiliations': { relation: 'Person-AFFILIATED_WITH->' },
  'Passage.mentions': { relation: 'Passage-MENTIONS->' },
  'Passage.notes': { relation: 'Passage-CITES_NOTE->' },
  'Theme.instruments': { relation: 'Theme<-SERVES' },
  'PolicyInstrument.themes': { relation: 'PolicyInstrument-SERVES->' },
  'Region.partOf': { relation: 'Region-PART_OF->' },
  'PolicyInstrument.concepts': { relation: 'PolicyInstrument-CONCERNS->' },
  'Table.cells': { relation: 'Table-LISTS->' },
  // A node is at most each of the lexicon's types once.
  ...Object.fromEntries(
    ['Entity', 'Concept', 'Theme', 'PolicyInstrument', 'Region', 'Organisation', 'Regulation'].map(
      (type) => [`${type}.facets`, { fixed: ENTITY_LABELS.length - 1 }],
    ),
  ),
  // The programme's name and years, its number of projects and its coordinator.
  'Programme.evidence': { fixed: 3 },
  'Finding.about': { relation: 'Finding-ABOUT->' },
  'Finding.items': { relation: 'Finding<-ITEM_OF' },
  // What two findings share is among the subjects of one of them.
  'RelatedFinding.shared': { relation: 'Finding-ABOUT->' },
  // A link's evidence: the passages of the finding behind an ABOUT or ITEM_OF link; one for the others.
  'GraphEdge.evidence': { relation: 'Finding-STATED_IN->' },
  'Bridge.sharedAuthors': { count: 'Person' },
  'InstrumentMatrix.themes': { count: 'Theme' },
  'InstrumentMatrix.cells': { count: 'Theme', times: 2 },
  // A cell holds some of its theme's instruments.
  'InstrumentMatrixCell.instruments': { relation: 'Theme<-SERVES' },
  'ConceptMap.nodes': { count: 'Concept' },
  // Essays and prefaces; a preface introduces essays, so there are no more of them than essays.
  'ConceptMapNode.documents': { count: 'Essay', times: 2 },
  'ConceptMap.clusters': { count: 'Concept' },
  'ConceptCluster.concepts': { count: 'Concept' },
  // Bounded by neighbourhood(first:) (at most 200 links) and paths(maxLength:) (at most 6 hops).
  'Neighbourhood.nodes': { fixed: 201 },
  'Neighbourhood.edges': { fixed: 200 },
  'GraphPath.nodes': { fixed: 7 },
  'GraphPath.hops': { fixed: 6 },
  // A snippet is at most a few hundred characters: at most this many words.
  'SearchHit.highlights': { fixed: 100 },
};

/** How long a measurement is used before the next request measures again. */
const MEASURED_FOR_MS = 60_000;
/** What a list is priced at before its first measurement succeeds (the database is down). */
const UNMEASURED_SIZE = 100;

export class ListSizes {
  private measured: Map<string, number> | null = null;
  private measuredAt = 0;
  private measuring: Promise<void> | null = null;

  constructor(
    private readonly sizes: GraphSizeRepository,
    /** Told when a measurement fails; the sizes measured before stand meanwhile. */
    private readonly onError: (error: unknown) => void = () => undefined,
  ) {}

  /**
   * Measures the graph again when the last measurement is a minute old. Waits only for the first
   * measurement; later ones run in the background while the last stands, so that a slow database
   * never holds up pricing. Never fails: while the database cannot be measured, the last
   * measurement (or UNMEASURED_SIZE) stands.
   */
  async refresh(now = Date.now()): Promise<void> {
    if (this.measured !== null && now - this.measuredAt < MEASURED_FOR_MS) return;
    this.measuring ??= this.measure(now).finally(() => {
      this.measuring = null;
    });
    if (this.measured === null) await this.measuring;
  }

  /** The measurement sizes are read from now: another object after every measurement. */
  get measurement(): unknown {
    return this.measured;
  }

  /** The most items `Type.field` holds, or null for a field that is not a plain list of objects. */
  sizeOf(field: string): number | null {
    const source = LIST_SIZES[field];
    if (source === undefined) return null;
    if ('fixed' in source) return source.fixed;
    const key = 'relation' in source ? source.relation : source.count;
    const measured = this.measured?.get(key) ?? UNMEASURED_SIZE;
    return Math.max(1, measured * ('times' in source ? (source.times ?? 1) : 1));
  }

  private async measure(now: number): Promise<void> {
    const sources = Object.values(LIST_SIZES);
    try {
      this.measured = await this.sizes.measure(
        [...new Set(sources.flatMap((source) => ('relation' in source ? [source.relation] : [])))],
        [...new Set(sources.flatMap((source) => ('count' in source ? [source.count] : [])))],
      );
      this.measuredAt = now;
    } catch (error) {
      this.onError(error);
    }
  }
}
