/**
 * Per-request look-ahead loaders (src/loaders/look-ahead.ts): for each compiled field of the
 * document (at each parent type), one DataLoader, so the field is answered for every parent on a
 * page by one statement. What is compiled is kept for the next request with the same document and
 * variables.
 */
import DataLoader from 'dataloader';
import {
  getNamedType,
  type FieldNode,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
} from 'graphql';
import type { LookAheadFactory } from '../../loaders/look-ahead.js';
import type { CompiledField } from '../../repositories/look-ahead.repository.js';
import {
  compileConnectionNodes,
  compileField,
  compileLookup,
  compilePayloadNode,
  compileSearchHitNodes,
  type CompileScope,
} from './compile.js';

/** Compiled fields by field node, then by what else they were compiled for and the variables. */
const compiled = new WeakMap<FieldNode, Map<string, unknown>>();
/** Of one field node, this many variants are kept; then it starts over. */
const VARIANTS_KEPT = 64;

function remembered<T>(
  info: GraphQLResolveInfo,
  variant: string,
  compile: (scope: CompileScope) => T | null,
): T | null {
  const node = info.fieldNodes[0] as FieldNode;
  let variants = compiled.get(node);
  if (variants === undefined) {
    variants = new Map();
    compiled.set(node, variants);
  }
  const key = `${variant}\u0000${JSON.stringify(info.variableValues)}`;
  if (!variants.has(key)) {
    if (variants.size >= VARIANTS_KEPT) variants.clear();
    variants.set(
      key,
      compile({ schema: info.schema, fragments: info.fragments, variables: info.variableValues }),
    );
  }
  return (variants.get(key) as T | undefined) ?? null;
}

export const createLookAheadLoaders: LookAheadFactory = (repository, observe, batching) => {
  const loaders = new Map<FieldNode, Map<string, DataLoader<string, unknown> | null>>();
  const loaderFor = (
    info: GraphQLResolveInfo,
    variant: string,
    compile: (scope: CompileScope) => CompiledField | null,
  ) => {
    const node = info.fieldNodes[0] as FieldNode;
    let variants = loaders.get(node);
    if (variants === undefined) {
      variants = new Map();
      loaders.set(node, variants);
    }
    let loader = variants.get(variant);
    if (loader === undefined) {
      const field = remembered(info, variant, compile);
      loader =
        field &&
        new DataLoader(
          (slugs: readonly string[]) => {
            observe('lookAhead', slugs.length);
            return repository.answers(field, slugs);
          },
          { batch: batching },
        );
      variants.set(variant, loader);
    }
    return loader;
  };
  return {
    page: (info, label) =>
      remembered(info, `page ${label}`, (scope) =>
        compileConnectionNodes(
          label,
          info.fieldNodes,
          getNamedType(info.returnType) as GraphQLObjectType,
          'n',
          scope,
        ),
      ),
    searchHits: (info, labels) =>
      remembered(info, `search ${labels.join(',')}`, (scope) =>
        compileSearchHitNodes(
          labels,
          info.fieldNodes,
          getNamedType(info.returnType) as GraphQLObjectType,
          'node',
          scope,
        ),
      ),
    payloadNode: (info, field, label) =>
      remembered(info, `payload ${field} ${label}`, (scope) =>
        compilePayloadNode(
          label,
          getNamedType(info.returnType) as GraphQLObjectType,
          field,
          info.fieldNodes,
          'f',
          scope,
        ),
      ),
    field: (info) =>
      loaderFor(info, `field ${info.parentType.name}`, (scope) =>
        compileField(info.parentType, info.fieldNodes, scope),
      ),
    lookup: (info, label) =>
      loaderFor(info, `lookup ${label}`, (scope) => compileLookup(label, info.fieldNodes, scope)),
  };
};
