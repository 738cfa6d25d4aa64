import type {
  FootnoteResolvers,
  MentionResolvers,
  PassageResolvers,
  SectionResolvers,
} from '../../__generated__/resolvers-types.js';
import type { EntityModel, MentionModel } from '../../domain/models.js';
import type { RequestContext } from '../../context.js';
import { pageOfSurface, sentenceEvidence } from '../../domain/passage-pages.js';
import { toGlobalId } from '../global-id.js';
import { mention } from './entity-access.js';
import { firstNeighbour, neighbourNodes, neighbours, relationConnection } from './node-access.js';

export const Section: SectionResolvers = {
  id: (section) => toGlobalId('Section', section.slug),
  document: (section, _, context) => firstNeighbour(context, 'Section<-HAS_SECTION', section.slug),
  passages: (section, page, context) =>
    relationConnection(context, ['Section-HAS_PASSAGE->'], section.slug, page),
};

export const Passage: PassageResolvers = {
  id: (passage) => toGlobalId('Passage', passage.slug),
  section: (passage, _, context) => firstNeighbour(context, 'Passage<-HAS_PASSAGE', passage.slug),
  document: (passage, _, context) => documentOfPassage(context, passage.slug),
  previous: (passage, _, context) => firstNeighbour(context, 'Passage<-NEXT', passage.slug),
  next: (passage, _, context) => firstNeighbour(context, 'Passage-NEXT->', passage.slug),
  mentions: async (passage, _, context) =>
    (await neighbours(context, 'Passage-MENTIONS->', passage.slug)).map((item) =>
      mention(passage, item.node as EntityModel, item),
    ),
  findings: (passage, page, context) =>
    relationConnection(context, ['Passage<-STATED_IN'], passage.slug, page),
  notes: (passage, _, context) => neighbourNodes(context, 'Passage-CITES_NOTE->', passage.slug),
};

export const Footnote: FootnoteResolvers = {
  id: (note) => toGlobalId('Footnote', note.slug),
  passage: (note, _, context) => firstNeighbour(context, 'Footnote<-CITES_NOTE', note.slug),
  document: async (note, _, context) => {
    const passage = await firstNeighbour(context, 'Footnote<-CITES_NOTE', note.slug);
    return passage && documentOfPassage(context, passage.slug);
  },
};

export const Mention: MentionResolvers = {
  quote: (model) => sentenceEvidence(model.passage, firstSurface(model)).quote,
  page: (model) => pageOfSurface(model.passage, firstSurface(model)),
};

function firstSurface(model: MentionModel): string {
  const [surface] = model.surfaces;
  if (surface === undefined) {
    throw new Error(`The mention of ${model.entity.slug} in ${model.passage.slug} has no form`);
  }
  return surface;
}

/** The essay or preface a passage belongs to, through its section. */
async function documentOfPassage(context: RequestContext, slug: string) {
  const section = await firstNeighbour(context, 'Passage<-HAS_PASSAGE', slug);
  return section && firstNeighbour(context, 'Section<-HAS_SECTION', section.slug);
}
