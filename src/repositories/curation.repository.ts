/**
 * Curated writes. Each change is one write transaction that first reads what it needs, then checks
 * the request against it (src/domain/curation.ts) and only then writes: a rejected request throws
 * before any write statement that counts, and the transaction rolls back, so it changes nothing.
 * Each is idempotent: when the graph already holds what was asked for, it writes nothing and says so.
 *
 * Before it reads the node it changes, each takes that node's write lock (a `locked` read, or
 * mergeFinding, in curation-reads.ts), so concurrent writes to one node take turns and each reads
 * what the one before it committed: of identical concurrent requests exactly one answers
 * `changed: true`. A link, unlink or label the graph already holds (a repeated request) is answered
 * by an `unlocked` read first, one auto-commit statement outside any write transaction, which
 * neither waits for the lock nor takes it.
 *
 * Curated nodes and relationships carry `createdBy`/`createdAt` and no `seedRun`, so a reseed leaves
 * them alone; curated changes to seeded nodes are stamped `updatedBy`/`updatedAt`, which the seed
 * writer carries across a reseed (CURATED_NODE_PROPERTIES).
 */
import type { CuratorName } from '../domain/curator.js';
import { searchableText } from '../domain/text-normalisation.js';
import { indexedText } from '../domain/word-forms.js';
import {
  anchorQuote,
  CURATED_ALT_LABELS,
  CURATED_LABEL_TEXT,
  CURATED_NAME_KEYS,
  hasLabel,
  requireSameFinding,
  type ConceptLabelAddition,
  type FindingAddition,
  type FindingDraft,
  type Lang,
  type SubjectLinkChange,
  type SubjectRef,
} from '../domain/curation.js';
import { ConflictError } from '../domain/errors.js';
import { storedLabels } from '../domain/kind-labels.js';
import type { ConceptModel, FindingModel, PassageModel } from '../domain/models.js';
import type { Neo4jGateway, StatementRunner } from '../neo4j/gateway.js';
import {
  ABOUT,
  bySubjectLabel,
  CONCEPT,
  FINDING,
  mergeFinding,
  PASSAGE,
  readFinding,
  readLink,
  readNode,
  type ReadMode,
  requireSubjects,
  stamp,
  STATED_IN,
  type StoredLink,
} from './curation-reads.js';
import { toNodeModel } from './node-mappers.js';
import type { Properties } from './property-readers.js';
import { nodeProperties } from './node-projection.js';
import type { NodeProjection } from './node.repository.js';
import { listKeyAssignments } from './relation.repository.js';

/** How the statements that link a finding to a subject name the link and its ends. */
const ABOUT_VARIABLES = { relationship: 'r', from: 'f', to: 'e' };

export class CurationRepository {
  /** Runs a read that needs no write transaction: one auto-commit statement. */
  private readonly read: StatementRunner;

  constructor(private readonly gateway: Neo4jGateway) {
    this.read = (query, parameters) => gateway.read(query, parameters);
  }

  /**
   * Adds a finding with its evidence (STATED_IN {quote, page}) and subjects (ABOUT).
   * @throws BadUserInputError when the passage or a subject does not exist, the quote is not in the
   *   passage, or the page is not the quote's.
   * @throws ConflictError when the slug is taken by a finding that differs from the draft.
   */
  addFinding(curator: CuratorName, draft: FindingDraft): Promise<FindingAddition> {
    return this.gateway.writeTransaction(async (run) => {
      const passage = await readNode(run, PASSAGE, draft.passage, 'passage');
      const page = anchorQuote(
        toNodeModel(PASSAGE, passage) as PassageModel,
        draft.quote,
        draft.page,
      );
      await requireSubjects(run, draft.about);
      // A concurrent request for the same slug waits here until this one commits, and then
      // compares its draft with the finding this one added.
      if (!(await mergeFinding(run, draft.slug))) {
        const stored = await readFinding(run, draft.slug);
        if (stored === null) throw new Error(`Finding "${draft.slug}" vanished under its lock`);
        requireSameFinding(stored, draft);
        return { finding: stored.finding, changed: false, created: stored.created };
      }
      const [row] = await run(
        `MATCH (p:${PASSAGE} {slug: $passage})
         MATCH (f:${FINDING} {slug: $slug})
         SET f.kind = $kind, f.statementNl = $statementNl, f.statementEn = $statementEn,
             f.searchText = $searchText, f.createdBy = $curator, f.createdAt = datetime()
         SET f:$($labels)
         CREATE (f)-[:${STATED_IN} {quote: $quote, page: $page, createdBy: $curator,
                                    createdAt: f.createdAt}]->(p)
         RETURN ${nodeProperties('f')} AS finding`,
        {
          slug: draft.slug,
          kind: draft.kind,
          labels: storedLabels([FINDING], draft.kind),
          statementNl: draft.statementNl,
          statementEn: draft.statementEn,
          passage: draft.passage,
          quote: draft.quote,
          page,
          curator,
          searchText: indexedText(draft.statementNl, draft.statementEn, draft.quote),
        },
      );
      for (const [label, slugs] of bySubjectLabel(draft.about)) {
        await run(
          `MATCH (f:${FINDING} {slug: $finding})
           UNWIND $slugs AS slug
           MATCH (e:${label} {slug: slug})
           CREATE (f)-[r:${ABOUT} {createdBy: $curator, createdAt: f.createdAt}]->(e)
           SET ${listKeyAssignments(ABOUT, FINDING, label, ABOUT_VARIABLES).join(', ')}`,
          { finding: draft.slug, slugs, curator },
        );
      }
      const properties = row?.['finding'] as Properties;
      return {
        finding: toNodeModel(FINDING, properties) as FindingModel,
        changed: true,
        created: stamp(properties, 'createdBy', 'createdAt'),
      };
    });
  }

  /**
   * Makes the finding about the subject; a no-op when it already is. A no-op answers the finding as
   * `shown` reads it, in the statement that found the link.
   * @throws BadUserInputError when the finding or the subject does not exist.
   */
  async linkSubject(
    curator: CuratorName,
    finding: string,
    subject: SubjectRef,
    shown: NodeProjection | null = null,
  ): Promise<SubjectLinkChange> {
    const seen = await readLink(this.read, finding, subject, 'unlocked', shown);
    if (seen.linked) return unchanged(seen);
    return this.gateway.writeTransaction(async (run) => {
      const link = await readLink(run, finding, subject, 'locked');
      if (link.linked) return unchanged(link);
      const [row] = await run(
        `MATCH (f:${FINDING} {slug: $finding})
         MATCH (e:${subject.label} {slug: $subject})
         MERGE (f)-[r:${ABOUT}]->(e)
           ON CREATE SET r.createdBy = $curator, r.createdAt = datetime(),
             ${listKeyAssignments(ABOUT, FINDING, subject.label, ABOUT_VARIABLES).join(', ')}
         SET f.updatedBy = $curator, f.updatedAt = datetime()
         RETURN ${nodeProperties('f')} AS finding`,
        { finding, subject: subject.slug, curator },
      );
      return changedLink(link, row?.['finding'] as Properties);
    });
  }

  /**
   * Removes a curated link between the finding and the subject; a no-op when there is none, which
   * answers the finding as `shown` reads it, in the statement that found no link.
   * @throws BadUserInputError when the finding or the subject does not exist.
   * @throws ConflictError when the link comes from the seed data, which a reseed would restore.
   */
  async unlinkSubject(
    curator: CuratorName,
    finding: string,
    subject: SubjectRef,
    shown: NodeProjection | null = null,
  ): Promise<SubjectLinkChange> {
    const seen = await readLink(this.read, finding, subject, 'unlocked', shown);
    if (!seen.linked) return unchanged(seen);
    return this.gateway.writeTransaction(async (run) => {
      const link = await readLink(run, finding, subject, 'locked');
      if (!link.linked) return unchanged(link);
      if (link.seeded) {
        throw new ConflictError(
          `Finding "${finding}" is about ${subject.label} "${subject.slug}" in the seed data (seed/data/findings.yaml); change it there, since a reseed restores it`,
        );
      }
      const [row] = await run(
        `MATCH (f:${FINDING} {slug: $finding})-[r:${ABOUT}]->(:${subject.label} {slug: $subject})
         DELETE r
         SET f.updatedBy = $curator, f.updatedAt = datetime()
         RETURN ${nodeProperties('f')} AS finding`,
        { finding, subject: subject.slug, curator },
      );
      return changedLink(link, row?.['finding'] as Properties);
    });
  }

  /**
   * Adds an alternative label in `lang`; a no-op when the concept already has that label
   * (preferred or alternative, seeded or curated).
   * @throws BadUserInputError when the concept does not exist.
   */
  async addConceptLabel(
    curator: CuratorName,
    concept: string,
    label: string,
    lang: Lang,
  ): Promise<ConceptLabelAddition> {
    const labelled = async (run: StatementRunner, mode: ReadMode) => {
      const stored = await readNode(run, CONCEPT, concept, 'concept', mode);
      const model = toNodeModel(CONCEPT, stored) as ConceptModel;
      return hasLabel(model.labels, label, lang)
        ? { concept: model, changed: false, updated: stamp(stored, 'updatedBy', 'updatedAt') }
        : null;
    };
    const seen = await labelled(this.read, 'unlocked');
    if (seen) return seen;
    return this.gateway.writeTransaction(async (run) => {
      const already = await labelled(run, 'locked');
      if (already) return already;
      const property = CURATED_ALT_LABELS[lang];
      const [row] = await run(
        `MATCH (c:${CONCEPT} {slug: $concept})
         SET c.${CURATED_LABEL_TEXT} = trim(coalesce(c.${CURATED_LABEL_TEXT}, '') + ' ' + $searchable),
             c.${CURATED_NAME_KEYS} = coalesce(c.${CURATED_NAME_KEYS}, []) + $searchable,
             c.${property} = coalesce(c.${property}, []) + $label,
             c.updatedBy = $curator, c.updatedAt = datetime()
         RETURN ${nodeProperties('c')} AS concept`,
        { concept, label, curator, searchable: searchableText(label) },
      );
      const properties = row?.['concept'] as Properties;
      return {
        concept: toNodeModel(CONCEPT, properties) as ConceptModel,
        changed: true,
        updated: stamp(properties, 'updatedBy', 'updatedAt'),
      };
    });
  }
}

function unchanged(link: StoredLink): SubjectLinkChange {
  return { finding: link.shown, subject: link.subject, changed: false, updated: link.updated };
}

function changedLink(link: StoredLink, finding: Properties): SubjectLinkChange {
  return {
    finding: toNodeModel(FINDING, finding) as FindingModel,
    subject: link.subject,
    changed: true,
    updated: stamp(finding, 'updatedBy', 'updatedAt'),
  };
}
