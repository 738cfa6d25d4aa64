import type { QueryResolvers } from '../../__generated__/resolvers-types.js';
import { BadUserInputError } from '../../domain/errors.js';
import { MAX_PAGE_SIZE } from '../connection.js';
import { fromGlobalId } from '../global-id.js';
import { loadNode, nodeConnection } from './node-access.js';

const PROGRAMME_SORT = { NAME: 'name', START_YEAR: 'startYear' } as const;
const PROJECT_SORT = { TITLE: 'title' } as const;
const ORGANISATION_SORT = { NAME: 'name' } as const;
const ESSAY_SORT = { SERIES_POSITION: 'seriesPosition', TITLE: 'title' } as const;
const PERSON_SORT = { NAME: 'name' } as const;

export const Query: QueryResolvers = {
  node: (_, { id }, context) => {
    const { label, slug } = fromGlobalId(id);
    return loadNode(context, label, slug);
  },
  nodes: (_, { ids }, context) => {
    if (ids.length > MAX_PAGE_SIZE) {
      throw new BadUserInputError(`\`ids\` takes at most ${MAX_PAGE_SIZE} ids (got ${ids.length})`);
    }
    return Promise.all(
      ids.map((id) => fromGlobalId(id)).map(({ label, slug }) => loadNode(context, label, slug)),
    );
  },

  programme: (_, { slug }, context) => loadNode(context, 'Programme', slug),
  programmes: (_, { orderBy, ...page }, context) =>
    nodeConnection(
      context,
      {
        label: 'Programme',
        sortBy: PROGRAMME_SORT[orderBy.field],
        direction: orderBy.direction,
      },
      page,
    ),
  project: (_, { slug }, context) => loadNode(context, 'Project', slug),
  projects: (_, { orderBy, kind, ...page }, context) =>
    nodeConnection(
      context,
      {
        label: 'Project',
        sortBy: PROJECT_SORT[orderBy.field],
        direction: orderBy.direction,
        filter: { kind },
      },
      page,
    ),
  organisation: (_, { slug }, context) => loadNode(context, 'Organisation', slug),
  organisations: (_, { orderBy, ...page }, context) =>
    nodeConnection(
      context,
      {
        label: 'Organisation',
        sortBy: ORGANISATION_SORT[orderBy.field],
        direction: orderBy.direction,
      },
      page,
    ),

  essay: (_, { slug }, context) => loadNode(context, 'Essay', slug),
  essays: (_, { orderBy, ...page }, context) =>
    nodeConnection(
      context,
      {
        label: 'Essay',
        sortBy: ESSAY_SORT[orderBy.field],
        direction: orderBy.direction,
      },
      page,
    ),
  preface: (_, { slug }, context) => loadNode(context, 'Preface', slug),
  person: (_, { slug }, context) => loadNode(context, 'Person', slug),
  people: (_, { orderBy, ...page }, context) =>
    nodeConnection(
      context,
      {
        label: 'Person',
        sortBy: PERSON_SORT[orderBy.field],
        direction: orderBy.direction,
      },
      page,
    ),
};
