/**
 * How two nodes connect: the concepts both sides' passages mention, the people who wrote both, the
 * findings about both, and the shortest paths between them.
 */
import type { BridgeModel } from '../../domain/analysis-models.js';
import { BadUserInputError } from '../../domain/errors.js';
import type { AnyNodeModel, FindingModel, PersonModel } from '../../domain/models.js';
import type { RequestContext } from '../../context.js';
import { neighbourNodes } from './node-access.js';

const BRIDGEABLE = new Set([
  'Essay',
  'Preface',
  'Project',
  'Person',
  'Section',
  'Passage',
  'Finding',
  'Concept',
  'PolicyInstrument',
  'Region',
  'Organisation',
  'Regulation',
]);
const ABOUT_RELATIONS = {
  Concept: 'findingsAboutConcept',
  PolicyInstrument: 'findingsAboutPolicyInstrument',
  Region: 'findingsAboutRegion',
  Organisation: 'findingsAboutOrganisation',
  Regulation: 'findingsAboutRegulation',
  Theme: 'findingsAboutTheme',
} as const;

export async function bridge(
  context: RequestContext,
  a: AnyNodeModel,
  b: AnyNodeModel,
): Promise<BridgeModel> {
  for (const side of [a, b]) {
    if (!BRIDGEABLE.has(side.label))
      throw new BadUserInputError(
        `A ${side.label} cannot be bridged; pass essays, projects, people, passages, findings or entities`,
      );
  }
  if (a.label === b.label && a.slug === b.slug)
    throw new BadUserInputError('`a` and `b` are the same node; a bridge needs two');
  const [sharedConcepts, authorsA, authorsB, findingsA, findingsB, paths] = await Promise.all([
    context.analysis.sharedConcepts(a, b),
    authorsOf(context, a),
    authorsOf(context, b),
    findingsAbout(context, a),
    findingsAbout(context, b),
    context.traversal.shortestPaths(a, b, 4, 3),
  ]);
  const inB = new Set(authorsB.map((person) => person.slug));
  const aboutB = new Set(findingsB.map((finding) => finding.slug));
  return {
    a,
    b,
    sharedConcepts,
    sharedAuthors: authorsA.filter((person) => inB.has(person.slug)),
    sharedFindings: findingsA.filter((finding) => aboutB.has(finding.slug)),
    paths,
  };
}

async function authorsOf(context: RequestContext, node: AnyNodeModel): Promise<PersonModel[]> {
  if (node.label === 'Essay') return neighbourNodes(context, 'authorsOfEssay', node.slug);
  if (node.label === 'Preface') return neighbourNodes(context, 'writerOfPreface', node.slug);
  if (node.label === 'Project') {
    const essays = await neighbourNodes(context, 'essaysOfProject', node.slug);
    return (
      await Promise.all(
        essays.map((essay) => neighbourNodes(context, 'authorsOfEssay', essay.slug)),
      )
    ).flat();
  }
  return [];
}

async function findingsAbout(context: RequestContext, node: AnyNodeModel): Promise<FindingModel[]> {
  const relation =
    node.label in ABOUT_RELATIONS
      ? ABOUT_RELATIONS[node.label as keyof typeof ABOUT_RELATIONS]
      : null;
  return relation === null ? [] : neighbourNodes(context, relation, node.slug);
}
