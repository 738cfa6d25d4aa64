import type { QueryResolvers } from '../../__generated__/resolvers-types.js';
import { BadUserInputError } from '../../domain/errors.js';
import { MAX_PAGE_SIZE } from '../connection.js';
import { nodeKey } from '../global-id.js';
import { loadNode, lookup, nodeConnection } from './node-access.js';

const PROGRAMME_SORT = { NAME: 'sortKey', START_YEAR: 'startYear' } as const;
const PROJECT_SORT = { TITLE: 'sortKey' } as const;
const ORGANISATION_SORT = { NAME: 'sortKey' } as const;
const ESSAY_SORT = { SERIES_POSITION: 'seriesPosition', TITLE: 'sortKey' } as const;
const PERSON_SORT = { NAME: 'sortKey' } as const;

export const Query: QueryResolvers = {
  node: (_, { id }, context) => {
    const { label, slug } = nodeKey(id);
    return loadNode(context, label, slug);
  },
  nodes: (_, { ids }, context) => {
    if (ids.length > MAX_PAGE_SIZE) {
      throw new BadUserInputError(`\`ids\` takes at most ${MAX_PAGE_SIZE} ids (got ${ids.length})`);
    }
    const keys = ids.map((id) => nodeKey(id, 'ids'));
    return Promise.all(keys.map(({ label, slug }) => loadNode(context, label, slug)));
  },

  programme: (_, args, context, info) => lookup(context, 'Programme', args, info),
  programmes: (_, { orderBy, ...page }, context, info) =>
    nodeConnection(
      context,
      { label: 'Programme', sortBy: PROGRAMME_SORT[orderBy.field], direction: orderBy.direction },
      page,
      info,
    ),
  project: (_, args, context, info) => lookup(context, 'Project', args, info),
  projects: (_, { orderBy, kind, ...page }, context, info) =>
    nodeConnection(
      context,
      {
        label: 'Project',
        sortBy: PROJECT_SORT[orderBy.field],
        direction: orderBy.direction,
        filter: { kind },
      },
      page,
      info,
    ),
  organisation: (_, args, context, info) => lookup(context, 'Organisation', args, info),
  organisations: (_, { orderBy, ...page }, context, info) =>
    nodeConnection(
      context,
      {
        label: 'Organisation',
        sortBy: ORGANISATION_SORT[orderBy.field],
        direction: orderBy.direction,
      },
      page,
      info,
    ),

  essay: (_, args, context, info) => lookup(context, 'Essay', args, info),
  essays: (_, { orderBy, ...page }, context, info) =>
    nodeConnection(
      context,
      { label: 'Essay', sortBy: ESSAY_SORT[orderBy.field], direction: orderBy.direction },
      page,
      info,
    ),
  preface: (_, args, context, info) => lookup(context, 'Preface', args, info),
  person: (_, args, context, info) => lookup(context, 'Person', args, info),
  people: (_, { orderBy, ...page }, context, info) =>
    nodeConnection(
      context,
      { label: 'Person', sortBy: PERSON_SORT[orderBy.field], direction: orderBy.direction },
      page,
      info,
    ),
};
