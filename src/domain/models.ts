/**
 * Plain model types: what repositories return and what GraphQL resolvers receive as parents
 * (codegen `mappers`). Every model carries its `label`, which is how the `Node` interface resolves.
 */
import type { NodeLabel } from './graph-model.js';

interface NodeModel<L extends NodeLabel> {
  readonly label: L;
  readonly slug: string;
}

export interface ProgrammeModel extends NodeModel<'Programme'> {
  readonly name: string;
  readonly acronym: string;
  readonly startYear: number;
  readonly endYear: number;
  readonly endMonth: number | null;
  readonly projectCountAtLeast: number | null;
  readonly projectCountSource: string | null;
}

export type ProjectKind = 'BRIDGE' | 'RESEARCH';

export interface ProjectModel extends NodeModel<'Project'> {
  readonly title: string;
  readonly kind: ProjectKind;
}

export interface EssayModel extends NodeModel<'Essay'> {
  readonly title: string;
  readonly subtitle: string | null;
  readonly seriesPosition: number;
}

export interface PrefaceModel extends NodeModel<'Preface'> {
  readonly title: string;
  readonly writerRole: string | null;
}

export interface PersonModel extends NodeModel<'Person'> {
  readonly name: string;
  readonly honorific: string | null;
}

export interface OrganisationModel extends NodeModel<'Organisation'> {
  readonly name: string;
}

export type AnyNodeModel =
  ProgrammeModel | ProjectModel | EssayModel | PrefaceModel | PersonModel | OrganisationModel;

/** A person's place on an essay's author list (1 = first author). */
export interface AuthorshipModel {
  readonly position: number;
  readonly person: PersonModel;
  readonly essay: EssayModel;
}

/** A person's role at an organisation, as a source states it. */
export interface AffiliationModel {
  readonly role: string | null;
  readonly person: PersonModel;
  readonly organisation: OrganisationModel;
}
