import type {
  OrganisationResolvers,
  ProgrammeResolvers,
  ProjectResolvers,
} from '../../__generated__/resolvers-types.js';
import type { AffiliationModel, OrganisationModel } from '../../domain/models.js';
import { connectionFromList } from '../connection.js';
import { toGlobalId } from '../global-id.js';
import { altLabels, label } from './lexicon.resolver.js';
import { mentionsOf } from './text.resolver.js';
import {
  edgeText,
  firstNeighbour,
  neighbourNodes,
  neighbours,
  pageOfFindingsAbout,
} from './node-access.js';

export const Programme: ProgrammeResolvers = {
  id: (programme) => toGlobalId('Programme', programme.slug),
  coordinator: (programme, _, context) =>
    firstNeighbour(context, 'coordinatorOfProgramme', programme.slug),
  projects: async (programme, page, context) =>
    connectionFromList(
      await neighbourNodes(context, 'projectsOfProgramme', programme.slug),
      page,
      'Programme.projects.title.ASC',
      (project) => ({ value: project.title, slug: project.slug }),
    ),
};

export const Project: ProjectResolvers = {
  id: (project) => toGlobalId('Project', project.slug),
  programme: (project, _, context) => firstNeighbour(context, 'programmeOfProject', project.slug),
  essays: (project, _, context) => neighbourNodes(context, 'essaysOfProject', project.slug),
};

export const Organisation: OrganisationResolvers = {
  id: (organisation) => toGlobalId('Organisation', organisation.slug),
  affiliations: async (organisation, _, context) =>
    (await neighbours(context, 'affiliationsOfOrganisation', organisation.slug)).map(
      (item): AffiliationModel => ({
        role: edgeText(item, 'role'),
        person: item.node as AffiliationModel['person'],
        organisation: organisation satisfies OrganisationModel,
      }),
    ),
  label: (organisation, { lang }) => label(organisation.labels, lang),
  altLabels: (organisation, { lang }) => altLabels(organisation.labels, lang),
  mentions: (organisation, page, context) => mentionsOf(context, organisation, page),
  findings: (organisation, page, context) =>
    pageOfFindingsAbout(context, 'findingsAboutOrganisation', organisation.slug, page),
  coordinatedProgrammes: (organisation, _, context) =>
    neighbourNodes(context, 'programmesCoordinatedBy', organisation.slug),
};
