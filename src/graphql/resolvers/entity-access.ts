/**
 * What the resolvers of labelled entities share: labels in a language, an entity's mentions and the
 * findings about a subject, as connections.
 */
import type {
  EntityModel,
  EvidenceModel,
  FindingModel,
  Labels,
  MentionModel,
  PassageModel,
} from '../../domain/models.js';
import type { SubjectLabel } from '../../domain/graph-model.js';
import type { RequestContext } from '../../context.js';
import type { Neighbour } from '../../repositories/relation.repository.js';
import type { ConnectionModel, PageArgs } from '../connection.js';
import { loadNode, neighbourConnection, relationConnection } from './node-access.js';

export type Lang = 'NL' | 'EN';

/** The label in `lang`, falling back to Dutch where there is no English one. */
export function label(labels: Labels, lang: Lang): string {
  return lang === 'EN' ? (labels.en ?? labels.nl) : labels.nl;
}

/** The alternative labels in `lang`, without fallback. */
export function altLabels(labels: Labels, lang: Lang): string[] {
  return [...(lang === 'EN' ? labels.altEn : labels.altNl)];
}

/**
 * One page of an entity's mentions in reading order: the passages that mention it, with count and
 * written forms.
 */
export function mentionsOf(
  context: RequestContext,
  entity: EntityModel,
  args: PageArgs,
): ConnectionModel<MentionModel> {
  return neighbourConnection(context, [`${entity.label}<-MENTIONS`], entity.slug, args, (item) =>
    mention(item.node as PassageModel, entity, item),
  );
}

/** A passage's mention of an entity, read from the MENTIONS relationship between them. */
export function mention(
  passage: PassageModel,
  entity: EntityModel,
  relationship: Neighbour,
): MentionModel {
  return {
    passage,
    entity,
    count: relationship.edge.integer('count'),
    surfaces: relationship.edge.textList('surfaces'),
  };
}

/** The same node as each of its other types. */
export async function facetsOf(
  context: RequestContext,
  entity: EntityModel,
): Promise<EntityModel[]> {
  const facets = await Promise.all(
    entity.facets.map((facet) => loadNode(context, facet, entity.slug)),
  );
  return facets.filter((facet): facet is EntityModel => facet !== null);
}

/** One page of the findings about a subject, in slug order. */
export function findingsAbout(
  context: RequestContext,
  subject: { readonly label: SubjectLabel; readonly slug: string },
  args: PageArgs,
): ConnectionModel<FindingModel> {
  return relationConnection(context, [`${subject.label}<-ABOUT`], subject.slug, args);
}

/** A finding's evidence, read from its STATED_IN relationship to the passage. */
export function statedEvidence(stated: Neighbour): EvidenceModel {
  return {
    passage: stated.node as PassageModel,
    page: stated.edge.integer('page'),
    quote: stated.edge.text('quote'),
  };
}
