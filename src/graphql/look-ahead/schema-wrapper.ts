/**
 * Puts look-ahead into the executable schema. Every field of an object look-ahead built is read
 * from it by response key; a relation field of a node that look-ahead can compile is answered by
 * the request's look-ahead loader; everything else by its resolver. Abstract types tell a
 * look-ahead object's type from its mark.
 */
import {
  defaultFieldResolver,
  isAbstractType,
  isObjectType,
  type GraphQLFieldResolver,
  type GraphQLSchema,
  type GraphQLTypeResolver,
} from 'graphql';
import type { RequestContext } from '../../context.js';
import { isNodeLabel } from '../../domain/graph-model.js';
import { LOOK_AHEAD_FIELDS } from './fields.js';
import { isPrefetched, orElse, PREFETCHED } from './compile.js';

export function withLookAhead(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (isObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        const spec = LOOK_AHEAD_FIELDS[type.name]?.[field.name];
        const compilable =
          isNodeLabel(type.name) && (spec?.kind === 'related' || spec?.kind === 'connection');
        field.resolve = readingPrefetched(field.resolve ?? defaultFieldResolver, compilable);
      }
    } else if (isAbstractType(type) && type.resolveType) {
      const resolveType: GraphQLTypeResolver<unknown, unknown> = type.resolveType;
      type.resolveType = (value, context, info, abstractType) =>
        isPrefetched(value) ? value[PREFETCHED] : resolveType(value, context, info, abstractType);
    }
  }
  return schema;
}

function readingPrefetched(
  resolve: GraphQLFieldResolver<unknown, RequestContext>,
  compilable: boolean,
): GraphQLFieldResolver<unknown, RequestContext> {
  return (source, args, context, info) => {
    if (isPrefetched(source)) return source[info.path.key];
    const loader = compilable ? context.loaders.lookAhead.field(info) : null;
    if (loader === null) return resolve(source, args, context, info);
    return orElse(loader.load((source as { slug: string }).slug), () =>
      resolve(source, args, context, info),
    );
  };
}
