/**
 * What a curation transaction reads before it writes: the nodes a request names (failing as bad
 * user input when one does not exist), a stored finding to compare a repeated request with, and
 * whether a link exists and who wrote it; and the write lock it takes first, so that what it reads
 * stays true until it commits. Every statement runs in the caller's write transaction.
 */
import type { CurationStamp, StoredFinding, SubjectRef } from '../domain/curation.js';
import { BadUserInputError } from '../domain/errors.js';
import {
  SUBJECT_LABELS,
  type NodeLabel,
  type RelationshipType,
  type SubjectLabel,
} from '../domain/graph-model.js';
import type { FindingModel, SubjectModel } from '../domain/models.js';
import type { StatementRunner } from '../neo4j/gateway.js';
import { toNodeModel } from './node-mappers.js';
import { optionalText, text, type Properties } from './property-readers.js';
import { quoted } from '../domain/quoted.js';
import { nodeProperties } from './node-projection.js';
import type { NodeProjection } from './node.repository.js';

export const FINDING = 'Finding' satisfies NodeLabel;
export const PASSAGE = 'Passage' satisfies NodeLabel;
export const CONCEPT = 'Concept' satisfies NodeLabel;
export const STATED_IN = 'STATED_IN' satisfies RelationshipType;
export const ABOUT = 'ABOUT' satisfies RelationshipType;

/**
 * A property no stored node has: setting and removing it is how Cypher takes a node's write lock
 * and leaves the node as it was.
 */
const LOCK = '_lock';

/**
 * Whether a read takes the write lock of the node it names first, in the same statement. Neo4j
 * reads committed data without locking, so without it concurrent transactions would all read "not
 * there yet" and all write. With it, the others wait until this transaction ends, then read what it
 * wrote. Locks are held until commit or rollback.
 */
export type ReadMode = 'unlocked' | 'locked';

function lockClause(variable: string, mode: ReadMode): string {
  return mode === 'locked' ? `SET ${variable}.${LOCK} = true REMOVE ${variable}.${LOCK}` : '';
}

/**
 * The finding with `slug`, write-locked: made here, with nothing but its slug, when there was none
 * (`created`). MERGE on the unique slug serialises concurrent transactions: while this one has made
 * the finding and not yet committed, a MERGE on the same slug waits, and then finds the finished
 * finding rather than making a second one (or failing on the constraint).
 */
export async function mergeFinding(run: StatementRunner, slug: string): Promise<boolean> {
  const [row] = await run(
    `MERGE (f:${FINDING} {slug: $slug})
       ON CREATE SET f.${LOCK} = 'created'
       ON MATCH SET f.${LOCK} = 'matched'
     WITH f, f.${LOCK} = 'created' AS created
     REMOVE f.${LOCK}
     RETURN created`,
    { slug },
  );
  return row?.['created'] === true;
}

/**
 * The stored properties of a node the request names.
 * @throws BadUserInputError naming `argument` when no node of `label` has `slug`.
 */
export async function readNode(
  run: StatementRunner,
  label: NodeLabel,
  slug: string,
  argument: string,
  mode: ReadMode = 'unlocked',
): Promise<Properties> {
  const [row] = await run(
    `OPTIONAL MATCH (n:${label} {slug: $slug}) ${lockClause('n', mode)}
     RETURN ${nodeProperties('n')} AS n`,
    { slug },
  );
  return requireNode(row?.['n'], label, slug, argument);
}

function requireNode(
  properties: unknown,
  label: NodeLabel,
  slug: string,
  argument: string,
): Properties {
  if (properties == null) {
    throw new BadUserInputError(
      `\`${argument}\` names no ${label}: there is none with slug ${quoted(slug)}`,
    );
  }
  return properties as Properties;
}

/** @throws BadUserInputError listing every subject that does not exist. */
export async function requireSubjects(
  run: StatementRunner,
  about: readonly SubjectRef[],
): Promise<void> {
  const missing: string[] = [];
  for (const [label, slugs] of bySubjectLabel(about)) {
    const rows = await run(
      `UNWIND $slugs AS slug
       OPTIONAL MATCH (e:${label} {slug: slug})
       RETURN slug, e IS NOT NULL AS found`,
      { slugs },
    );
    missing.push(
      ...rows
        .filter((row) => row['found'] !== true)
        .map((row) => `${label} ${quoted(text(row, 'slug', 'subject row'))}`),
    );
  }
  if (missing.length > 0) {
    throw new BadUserInputError(`\`about\` names nodes that do not exist: ${missing.join(', ')}`);
  }
}

export async function readFinding(
  run: StatementRunner,
  slug: string,
): Promise<StoredFinding | null> {
  const [row] = await run(
    `MATCH (f:${FINDING} {slug: $slug})
     OPTIONAL MATCH (f)-[s:${STATED_IN}]->(p:${PASSAGE})
     OPTIONAL MATCH (f)-[:${ABOUT}]->(e)
     RETURN ${nodeProperties('f')} AS finding, p.slug AS passage, s.quote AS quote,
            collect(CASE WHEN e IS NULL THEN null ELSE {
              label: [label IN $subjectLabels WHERE label IN labels(e)][0], slug: e.slug
            } END) AS about`,
    { slug, subjectLabels: SUBJECT_LABELS },
  );
  if (row === undefined) return null;
  const properties = row['finding'] as Properties;
  return {
    finding: toNodeModel(FINDING, properties) as FindingModel,
    passage: typeof row['passage'] === 'string' ? row['passage'] : null,
    quote: typeof row['quote'] === 'string' ? row['quote'] : null,
    about: row['about'] as unknown as SubjectRef[],
    created: stamp(properties, 'createdBy', 'createdAt'),
  };
}

export interface StoredLink {
  readonly finding: FindingModel;
  /** The finding as the mutation's answer shows it: look-ahead's answer when it compiled one. */
  readonly shown: FindingModel;
  readonly subject: SubjectModel;
  readonly linked: boolean;
  /** Written by the seed rather than by curation. */
  readonly seeded: boolean;
  readonly updated: CurationStamp | null;
}

/**
 * The finding, the subject and the link between them, in one statement; `locked` locks the finding.
 * With `shown`, what the mutation's answer selects of the finding is read in the same statement.
 * @throws BadUserInputError when the finding or the subject does not exist.
 */
export async function readLink(
  run: StatementRunner,
  finding: string,
  subject: SubjectRef,
  mode: ReadMode,
  shown: NodeProjection | null = null,
): Promise<StoredLink> {
  const [row] = await run(
    `OPTIONAL MATCH (f:${FINDING} {slug: $finding}) ${lockClause('f', mode)}
     WITH f
     OPTIONAL MATCH (s:${subject.label} {slug: $subject})
     OPTIONAL MATCH (f)-[r:${ABOUT}]->(s)
     RETURN ${nodeProperties('f')} AS finding, ${nodeProperties('s')} AS subject,
            r IS NOT NULL AS linked, r.seedRun IS NOT NULL AS seeded,
            ${shown === null ? 'null' : `CASE WHEN f IS NULL THEN null ELSE ${shown.cypher} END`} AS shown`,
    { ...shown?.parameters, finding, subject: subject.slug },
  );
  const stored = requireNode(row?.['finding'], FINDING, finding, 'finding');
  const storedSubject = requireNode(row?.['subject'], subject.label, subject.slug, 'subject');
  const model = toNodeModel(FINDING, stored) as FindingModel;
  return {
    finding: model,
    shown: shown === null ? model : (shown.finish(row?.['shown']) as FindingModel),
    subject: toNodeModel(subject.label, storedSubject) as SubjectModel,
    linked: row?.['linked'] === true,
    seeded: row?.['seeded'] === true,
    updated: stamp(stored, 'updatedBy', 'updatedAt'),
  };
}

/** Who and when from two stored properties; the time as ISO 8601 in UTC with milliseconds. */
export function stamp(properties: Properties, byKey: string, atKey: string): CurationStamp | null {
  const curator = optionalText(properties, byKey);
  const at = optionalText(properties, atKey);
  return curator === null || at === null ? null : { curator, at: new Date(at).toISOString() };
}

/** Subjects grouped by label, so each label is named in Cypher from the whitelist, once. */
export function bySubjectLabel(about: readonly SubjectRef[]): Map<SubjectLabel, string[]> {
  const groups = new Map<SubjectLabel, string[]>();
  for (const ref of about) groups.set(ref.label, [...(groups.get(ref.label) ?? []), ref.slug]);
  return groups;
}
