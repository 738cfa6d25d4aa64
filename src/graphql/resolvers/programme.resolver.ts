import type {
  OrganisationResolvers,
  ProgrammeResolvers,
  ProjectResolvers,
} from '../../__generated__/resolvers-types.js';
import type { AffiliationModel } from '../../domain/models.js';
import { toGlobalId } from '../global-id.js';
import { altLabels, facetsOf, findingsAbout, label, mentionsOf } from './entity-access.js';
import {
  firstNeighbour,
  loadNode,
  neighbourNodes,
  neighbours,
  relationConnection,
} from './node-access.js';

export const Programme: ProgrammeResolvers = {
  id: (programme) => toGlobalId('Programme', programme.slug),
  coordinator: (programme, _, context) =>
    firstNeighbour(context, 'Programme-COORDINATED_BY->', programme.slug),
  evidence: async (programme, _, context) =>
    (
      await Promise.all(
        programme.evidence.map(async ({ passage, page, quote }) => {
          const stated = await loadNode(context, 'Passage', passage);
          return stated === null ? [] : [{ passage: stated, page, quote }];
        }),
      )
    ).flat(),
  projects: (programme, page, context) =>
    relationConnection(context, ['Programme<-PART_OF'], programme.slug, page),
};

export const Project: ProjectResolvers = {
  id: (project) => toGlobalId('Project', project.slug),
  programme: (project, _, context) => firstNeighbour(context, 'Project-PART_OF->', project.slug),
  essays: (project, _, context) => neighbourNodes(context, 'Project<-OUTPUT_OF', project.slug),
};

export const Organisation: OrganisationResolvers = {
  id: (organisation) => toGlobalId('Organisation', organisation.slug),
  affiliations: async (organisation, _, context) =>
    (await neighbours(context, 'Organisation<-AFFILIATED_WITH', organisation.slug)).map(
      (item): AffiliationModel => ({
        role: item.edge.optionalText('role'),
        person: item.node as AffiliationModel['person'],
        organisation,
      }),
    ),
  label: (organisation, { lang }) => label(organisation.labels, lang),
  altLabels: (organisation, { lang }) => altLabels(organisation.labels, lang),
  facets: (organisation, _, context) => facetsOf(context, organisation),
  mentions: (organisation, page, context) => mentionsOf(context, organisation, page),
  findings: (organisation, page, context) => findingsAbout(context, organisation, page),
  coordinatedProgrammes: (organisation, _, context) =>
    neighbourNodes(context, 'Organisation<-COORDINATED_BY', organisation.slug),
};
