/**
 * Look-ahead: a field that walks a relation, with everything selected below it, compiled into one
 * Cypher statement that returns only what the selection asks for, for a batch of parent nodes.
 * Where the resolvers would send a statement per level and read every property of every node, this
 * sends one per compiled field and reads what the answer shows.
 *
 * The statement answers each object as a list of its fields' values, in an order the compiler
 * keeps (Neo4j then sends, and the driver decodes, no key for any value); finishing turns it into
 * the GraphQL answer: objects keyed by response key (alias or field name) and marked PREFETCHED
 * with their type, which the schema's fields then read as they are (see schema-wrapper.ts). The
 * GraphQL executor still walks the answer, so aliases, fragments, null checks, scalar
 * serialisation, the cost model and every plugin behave as without look-ahead.
 */
import {
  getArgumentValues,
  getNamedType,
  GraphQLNonNull,
  GraphQLString,
  isAbstractType,
  isEnumType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  type FieldNode,
  type GraphQLAbstractType,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import { isNodeLabel, RELATIONS, type NodeLabel, type Relation } from '../../domain/graph-model.js';
import type { CompiledField } from '../../repositories/look-ahead.repository.js';
import type { NodeProjection } from '../../repositories/node.repository.js';
import {
  relationMatch,
  relationOrder,
  relationPattern,
} from '../../repositories/relation.repository.js';
import { DEFAULT_PAGE_SIZE, encodeCursor, MAX_PAGE_SIZE } from '../connection.js';
import { toGlobalId } from '../global-id.js';
import {
  LOOK_AHEAD_FIELDS,
  type ConnectionField,
  type EdgeObject,
  type RelatedField,
} from './fields.js';

/** Marks an object look-ahead built; its value is the object's GraphQL type. */
export const PREFETCHED = Symbol('look-ahead');

export type Prefetched = Record<string, unknown> & { [PREFETCHED]: string };

export function isPrefetched(value: unknown): value is Prefetched {
  return typeof value === 'object' && value !== null && PREFETCHED in value;
}

/** What compiling reads besides the field: the schema, the document's fragments, the variables. */
export interface CompileScope {
  readonly schema: GraphQLSchema;
  readonly fragments: Readonly<Record<string, FragmentDefinitionNode>>;
  readonly variables: Readonly<Record<string, unknown>>;
}

/** Thrown inside the compiler when a selection needs a resolver; compileField answers null then. */
class NeedsResolver extends Error {}

/** Finishes a value of the statement's answer; a node's fields are told the node's type. */
type Finish = (value: unknown, nodeType?: string) => unknown;

/**
 * The field `fieldNodes` select on `parentType`, compiled; null when the field or anything selected
 * below it needs its resolver (or when the parent is not a node).
 */
export function compileField(
  parentType: GraphQLObjectType,
  fieldNodes: readonly FieldNode[],
  scope: CompileScope,
): CompiledField | null {
  const [node] = fieldNodes;
  const spec = LOOK_AHEAD_FIELDS[parentType.name]?.[node?.name.value ?? ''];
  if (node === undefined || !isNodeLabel(parentType.name) || spec === undefined) return null;
  if (spec.kind !== 'related' && spec.kind !== 'connection') return null;
  return compiling(scope, (compiler) => {
    const field = parentType.getFields()[node.name.value] as GraphQLField<unknown, unknown>;
    const args = compiler.argumentsOf(field, node);
    const value = compiler.walk(spec, field, args, fieldNodes, 'v0', parentType.name);
    return {
      statement: bySlug(parentType.name, value.cypher),
      parameters: compiler.parameters,
      finish: (raw) => value.finish(raw),
    };
  });
}

/** A root field that looks a node of `label` up by slug, with all it selects; null as above. */
export function compileLookup(
  label: NodeLabel,
  fieldNodes: readonly FieldNode[],
  scope: CompileScope,
): CompiledField | null {
  return compiling(scope, (compiler) => {
    const value = compiler.projection(label, selectionsOf(fieldNodes), 'v0');
    return {
      statement: bySlug(label, value.cypher),
      parameters: compiler.parameters,
      finish: (raw) => value.finish(raw),
    };
  });
}

/**
 * What the nodes on a page of a root connection (`fieldNodes`) select, as a projection of the
 * node `variable` of `label`; null as above.
 */
export function compileConnectionNodes(
  label: NodeLabel,
  fieldNodes: readonly FieldNode[],
  connectionType: GraphQLObjectType,
  variable: string,
  scope: CompileScope,
): NodeProjection | null {
  return compiling(scope, (compiler) => {
    const value = compiler.projection(
      label,
      compiler.connectionNodeSelections(connectionType, selectionsOf(fieldNodes)),
      variable,
    );
    return nodeProjection(compiler, value);
  });
}

/**
 * What the hits on a page of a search (`fieldNodes`) select of the nodes they found, as a
 * projection of the node `variable`, which is one of `labels`; null as above, and when a hit's
 * snippet or highlights are asked for.
 */
export function compileSearchHitNodes(
  labels: readonly NodeLabel[],
  fieldNodes: readonly FieldNode[],
  connectionType: GraphQLObjectType,
  variable: string,
  scope: CompileScope,
): NodeProjection | null {
  return compiling(scope, (compiler) => {
    const hitSelections = compiler.connectionNodeSelections(
      connectionType,
      selectionsOf(fieldNodes),
    );
    const edgeType = getNamedType(connectionType.getFields()['edges']?.type) as GraphQLObjectType;
    const hitType = getNamedType(edgeType.getFields()['node']?.type) as GraphQLObjectType;
    const foundType = getNamedType(hitType.getFields()['node']?.type) as GraphQLAbstractType;
    const value = compiler.anyOf(
      foundType,
      labels,
      compiler.hitNodeSelections(hitType, hitSelections),
      variable,
    );
    return nodeProjection(compiler, value);
  });
}

/**
 * What the answer of a mutation (`fieldNodes`, of `payloadType`) selects of the node of `label` in
 * its field `field`, as a projection of the node `variable`; null when no response key or more
 * than one selects that field, or as above.
 */
export function compilePayloadNode(
  label: NodeLabel,
  payloadType: GraphQLObjectType,
  field: string,
  fieldNodes: readonly FieldNode[],
  variable: string,
  scope: CompileScope,
): NodeProjection | null {
  return compiling(scope, (compiler) => {
    const selecting = [...compiler.fieldsOf(payloadType, selectionsOf(fieldNodes)).values()].filter(
      (nodes) => nodes[0]?.name.value === field,
    );
    if (selecting.length !== 1) throw new NeedsResolver();
    const value = compiler.projection(label, selectionsOf(selecting[0] as FieldNode[]), variable);
    return nodeProjection(compiler, value);
  });
}

/** A compiled node selection as the projection a repository puts in its own statement. */
function nodeProjection(compiler: Compiler, value: Compiled): NodeProjection {
  return {
    cypher: `${LOOK_AHEAD_MARK} ${value.cypher}`,
    parameters: compiler.parameters,
    finish: (raw) => value.finish(raw),
  };
}

/** Marks every statement look-ahead writes (or adds to), so that a query log tells them apart. */
export const LOOK_AHEAD_MARK = '/* look-ahead */';

function bySlug(label: string, value: string): string {
  return `${LOOK_AHEAD_MARK} UNWIND $slugs AS slug MATCH (v0:${label} {slug: slug}) RETURN slug, ${value} AS value`;
}

function compiling<T>(scope: CompileScope, build: (compiler: Compiler) => T): T | null {
  try {
    return build(new Compiler(scope));
  } catch (error) {
    if (error instanceof NeedsResolver) return null;
    throw error;
  }
}

interface Compiled {
  readonly cypher: string;
  readonly finish: Finish;
}

class Compiler {
  readonly parameters: Record<string, unknown> = {};
  private variableCount = 0;

  constructor(private readonly scope: CompileScope) {}

  argumentsOf(field: GraphQLField<unknown, unknown>, node: FieldNode): Record<string, unknown> {
    if (node.directives?.length) throw new NeedsResolver();
    return getArgumentValues(field, node, this.scope.variables);
  }

  /** The selection of a node of `label` (a page's or a lookup's), as a list over `variable`. */
  projection(
    label: NodeLabel,
    selections: readonly SelectionSetNode[],
    variable: string,
  ): Compiled {
    return this.node(this.scope.schema.getType(label) as GraphQLObjectType, selections, variable, [
      label,
    ]);
  }

  /**
   * What the edges of a connection select of their nodes; a part of an edge other than these needs
   * resolvers. The connection's other fields (its page info, count, a search's facets) are answered
   * by their own resolvers.
   */
  connectionNodeSelections(
    connectionType: GraphQLObjectType,
    selections: readonly SelectionSetNode[],
  ): SelectionSetNode[] {
    const edgeType = getNamedType(connectionType.getFields()['edges']?.type) as GraphQLObjectType;
    return [...this.fieldsOf(connectionType, selections)].flatMap(([, nodes]) => {
      const name = (nodes[0] as FieldNode).name.value;
      if (name !== 'edges') return [];
      return [...this.fieldsOf(edgeType, selectionsOf(nodes))].flatMap(([, edgeNodes]) => {
        const part = (edgeNodes[0] as FieldNode).name.value;
        if (part === 'cursor') return [];
        if (part !== 'node') throw new NeedsResolver();
        return selectionsOf(edgeNodes);
      });
    });
  }

  /**
   * What search hits select of the node they found. A hit's type and score are the search's own;
   * its snippet and highlights are cut from the whole node's text, so they need the whole node.
   */
  hitNodeSelections(
    hitType: GraphQLObjectType,
    selections: readonly SelectionSetNode[],
  ): SelectionSetNode[] {
    return [...this.fieldsOf(hitType, selections)].flatMap(([, nodes]) => {
      const name = (nodes[0] as FieldNode).name.value;
      if (name === 'type' || name === 'score') return [];
      if (name !== 'node') throw new NeedsResolver();
      return selectionsOf(nodes);
    });
  }

  /** The selection of a node of the abstract `type` that is one of `labels`, as a list over `variable`. */
  anyOf(
    type: GraphQLAbstractType,
    labels: readonly NodeLabel[],
    selections: readonly SelectionSetNode[],
    variable: string,
  ): Compiled {
    return this.node(type, selections, variable, labels);
  }

  /** The value of a relation field (a list, one neighbour or a connection) of the node `source`. */
  walk(
    spec: RelatedField | ConnectionField,
    field: GraphQLField<unknown, unknown>,
    args: Record<string, unknown>,
    fieldNodes: readonly FieldNode[],
    source: string,
    sourceType: string,
  ): Compiled {
    const relation = RELATIONS.get(spec.relation) as Relation;
    const relationship = `r${++this.variableCount}`;
    const target = `v${this.variableCount}`;
    const selections = fieldNodes.map((node) => node.selectionSet as SelectionSetNode);
    const read = relationMatch(relation, source, relationship, target);
    const match = `${read.match} WITH * ORDER BY ${read.orderBy}`;
    if (spec.kind === 'related') {
      const item = this.item(spec.edge, getNamedType(field.type), selections, {
        relation,
        relationship,
        target,
        source,
        sourceType,
      });
      const list = `COLLECT { ${match}${spec.one ? ' LIMIT 1' : ''} RETURN ${item.cypher} }`;
      if (spec.one) {
        return { cypher: `head(${list})`, finish: item.finish };
      }
      return {
        cypher: list,
        finish: (value) => (value as unknown[]).map((each) => item.finish(each)),
      };
    }
    return this.connection(spec, field, args, selections, relation, {
      relationship,
      target,
      source,
      sourceType,
      match,
    });
  }

  private connection(
    spec: ConnectionField,
    field: GraphQLField<unknown, unknown>,
    args: Record<string, unknown>,
    selections: readonly SelectionSetNode[],
    relation: Relation,
    at: { relationship: string; target: string; source: string; sourceType: string; match: string },
  ): Compiled {
    if (args['after'] != null || args['last'] != null || args['before'] != null) {
      throw new NeedsResolver();
    }
    const size = args['first'] ?? DEFAULT_PAGE_SIZE;
    if (typeof size !== 'number' || !Number.isInteger(size) || size < 0 || size > MAX_PAGE_SIZE) {
      throw new NeedsResolver();
    }
    const connectionType = getNamedType(field.type) as GraphQLObjectType;
    const edgeType = getNamedType(connectionType.getFields()['edges']?.type) as GraphQLObjectType;
    const pageInfoType = getNamedType(
      connectionType.getFields()['pageInfo']?.type,
    ) as GraphQLObjectType;
    const nodeType = getNamedType(edgeType.getFields()['node']?.type);
    /** The connection's parts by response key; an edge's parts likewise. */
    const parts = [...this.fieldsOf(connectionType, selections)].map(([key, nodes]) => {
      const name = (nodes[0] as FieldNode).name.value;
      if (name === 'edges') {
        const edgeParts = [...this.fieldsOf(edgeType, selectionsOf(nodes))];
        return { key, name, edgeParts, fields: new Map<string, FieldNode[]>() };
      }
      if (name === 'pageInfo') {
        return {
          key,
          name,
          edgeParts: [],
          fields: this.fieldsOf(pageInfoType, selectionsOf(nodes)),
        };
      }
      if (name === 'totalCount')
        return { key, name, edgeParts: [], fields: new Map<string, FieldNode[]>() };
      throw new NeedsResolver();
    });
    const nodeSelections = parts.flatMap((part) =>
      part.edgeParts.flatMap(([, nodes]) =>
        nodes[0]?.name.value === 'node' ? selectionsOf(nodes) : [],
      ),
    );
    const item = this.item(spec.edge, nodeType, nodeSelections, { relation, ...at });
    const limit = this.parameter(size + 1);
    const counted = parts.some((part) => part.name === 'totalCount');
    const cypher = `[
      COLLECT { ${at.match} LIMIT ${limit}
        RETURN [${relationOrder(relation, at.relationship, at.target)}, ${at.target}.slug, ${item.cypher}] },
      ${counted ? `COUNT { ${relationPattern(relation, at.source, at.relationship, at.target)} }` : 'null'}
    ]`;
    // The resolvers' cursors: the relation's name as the ordering, the neighbour's keyset.
    const cursorOf = ([sortValue, slug]: Item) =>
      encodeCursor(relation.name, { value: sortValue, slug });
    const finish: Finish = (value) => {
      const [items, totalCount] = value as [Item[], number | null];
      const visible = items.slice(0, size);
      // Each node finished once, however many of an edge's keys (aliases of `node`) show it.
      const nodes = visible.map((each) => item.finish(each[2]));
      const pageInfo = () => {
        const last = visible.at(-1);
        return {
          hasNextPage: items.length > size,
          hasPreviousPage: false,
          startCursor: visible[0] === undefined ? null : cursorOf(visible[0]),
          endCursor: last === undefined ? null : cursorOf(last),
        };
      };
      const connection: Prefetched = { [PREFETCHED]: connectionType.name };
      for (const part of parts) {
        if (part.name === 'totalCount') connection[part.key] = totalCount;
        else if (part.name === 'pageInfo')
          connection[part.key] = answerFrom(pageInfo(), pageInfoType.name, part.fields);
        else {
          connection[part.key] = visible.map((each, index) => {
            const edge: Prefetched = { [PREFETCHED]: edgeType.name };
            for (const [edgeKey, edgeNodes] of part.edgeParts) {
              edge[edgeKey] = edgeNodes[0]?.name.value === 'cursor' ? cursorOf(each) : nodes[index];
            }
            return edge;
          });
        }
      }
      return connection;
    };
    return { cypher, finish };
  }

  /** One neighbour: the node itself, or the object standing for the relationship to it. */
  private item(
    edge: EdgeObject | undefined,
    type: ReturnType<typeof getNamedType>,
    selections: readonly SelectionSetNode[],
    at: {
      relation: Relation;
      relationship: string;
      target: string;
      source: string;
      sourceType: string;
    },
  ): Compiled {
    if (edge === undefined) return this.node(type, selections, at.target, at.relation.targets);
    if (!isObjectType(type) || type.name !== edge.type) throw new NeedsResolver();
    const entries: string[] = [];
    const finishes: [string, Finish][] = [];
    for (const [key, nodes] of this.fieldsOf(type, selections)) {
      const part = edge.fields[nodes[0]?.name.value ?? ''];
      if (part === undefined) throw new NeedsResolver();
      const field = type.getFields()[nodes[0]?.name.value ?? ''] as GraphQLField<unknown, unknown>;
      if (part.from === 'edge') {
        entries.push(part.cypher(at.relationship));
        finishes.push([key, checked(field.type, `${type.name}.${field.name}`)]);
        continue;
      }
      const [variable, labels] =
        part.from === 'target'
          ? [at.target, at.relation.targets]
          : [at.source, [at.sourceType as NodeLabel]];
      const compiled = this.node(getNamedType(field.type), selectionsOf(nodes), variable, labels);
      entries.push(compiled.cypher);
      finishes.push([key, compiled.finish]);
    }
    return {
      cypher: `[${entries.join(', ')}]`,
      finish: (value) => {
        const values = value as unknown[];
        const object: Prefetched = { [PREFETCHED]: edge.type };
        finishes.forEach(([key, finish], position) => {
          object[key] = finish(values[position]);
        });
        return object;
      },
    };
  }

  /**
   * A node's selected fields as a list. Of a node that may be of several types (`about`), the
   * fields every type asks for must compile alike; its type, the first of `labels` it has, is the
   * list's last value.
   */
  private node(
    type: ReturnType<typeof getNamedType>,
    selections: readonly SelectionSetNode[],
    variable: string,
    labels: readonly NodeLabel[],
  ): Compiled {
    const possible = isAbstractType(type)
      ? this.scope.schema
          .getPossibleTypes(type)
          .filter((each) => labels.includes(each.name as NodeLabel))
      : isObjectType(type)
        ? [type]
        : [];
    if (possible.length === 0) throw new NeedsResolver();
    // Each response key's value has one position in the list; each type's fields say theirs.
    const cyphers: string[] = [];
    const positions = new Map<string, number>();
    const placed = new Map<string, [string, number, Finish][]>();
    for (const objectType of possible) {
      const ofType: [string, number, Finish][] = [];
      for (const [key, nodes] of this.fieldsOf(objectType, selections)) {
        const compiled = this.nodeField(objectType, nodes, variable);
        let position = positions.get(key);
        if (position === undefined) {
          position = cyphers.push(compiled.cypher) - 1;
          positions.set(key, position);
        } else if (cyphers[position] !== compiled.cypher) throw new NeedsResolver();
        ofType.push([key, position, compiled.finish]);
      }
      placed.set(objectType.name, ofType);
    }
    const single = possible.length === 1 ? (possible[0] as GraphQLObjectType).name : null;
    const typeEntry =
      single === null ? [`[l IN ${JSON.stringify(labels)} WHERE l IN labels(${variable})][0]`] : [];
    return {
      cypher: `[${[...cyphers, ...typeEntry].join(', ')}]`,
      finish: (value) => {
        if (value === null) return null;
        const values = value as unknown[];
        const runtime = single ?? (values[cyphers.length] as string);
        const object: Prefetched = { [PREFETCHED]: runtime };
        for (const [key, position, finish] of placed.get(runtime) ?? []) {
          object[key] = finish(values[position], runtime);
        }
        return object;
      },
    };
  }

  private nodeField(
    type: GraphQLObjectType,
    nodes: readonly FieldNode[],
    variable: string,
  ): Compiled {
    const name = (nodes[0] as FieldNode).name.value;
    const spec = LOOK_AHEAD_FIELDS[type.name]?.[name];
    const field = type.getFields()[name];
    if (spec === undefined || field === undefined) throw new NeedsResolver();
    const args = this.argumentsOf(field as GraphQLField<unknown, unknown>, nodes[0] as FieldNode);
    switch (spec.kind) {
      case 'id': {
        const slug = checked(new GraphQLNonNull(GraphQLString), `${type.name}.slug`);
        return {
          cypher: `${variable}.slug`,
          finish: (value, runtime) => toGlobalId(runtime as NodeLabel, slug(value) as string),
        };
      }
      case 'scalar': {
        const cypher = spec.cypher(variable, args);
        if (cypher === null) throw new NeedsResolver();
        return { cypher, finish: checked(field.type, `${type.name}.${name}`) };
      }
      default:
        return this.walk(
          spec,
          field as GraphQLField<unknown, unknown>,
          args,
          nodes,
          variable,
          type.name,
        );
    }
  }

  /** The fields `selections` ask of an object of `type`, by response key, fragments spread. */
  fieldsOf(
    type: GraphQLObjectType,
    selections: readonly SelectionSetNode[],
  ): Map<string, FieldNode[]> {
    const fields = new Map<string, FieldNode[]>();
    const visit = (selectionSet: SelectionSetNode) => {
      for (const selection of selectionSet.selections) {
        if (selection.directives?.length) throw new NeedsResolver();
        if (selection.kind === Kind.FIELD) {
          if (selection.name.value === '__typename') continue;
          const key = selection.alias?.value ?? selection.name.value;
          fields.set(key, [...(fields.get(key) ?? []), selection]);
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          if (this.applies(selection.typeCondition?.name.value, type))
            visit(selection.selectionSet);
        } else {
          const fragment = this.scope.fragments[selection.name.value];
          if (fragment === undefined) throw new NeedsResolver();
          if (this.applies(fragment.typeCondition.name.value, type)) visit(fragment.selectionSet);
        }
      }
    };
    selections.forEach(visit);
    return fields;
  }

  private applies(condition: string | undefined, type: GraphQLObjectType): boolean {
    if (condition === undefined || condition === type.name) return true;
    const conditionType = this.scope.schema.getType(condition);
    return (
      conditionType !== undefined &&
      isAbstractType(conditionType) &&
      this.scope.schema.isSubType(conditionType, type)
    );
  }

  private parameter(value: unknown): string {
    const name = `p${Object.keys(this.parameters).length}`;
    this.parameters[name] = value;
    return `$${name}`;
  }
}

function selectionsOf(nodes: readonly FieldNode[]): SelectionSetNode[] {
  return nodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
}

/** A neighbour on a connection's page: the keyset its cursor is made from, then the node. */
type Item = readonly [sortValue: string | number, slug: string, node: unknown];

/** An object of plain values answered by response key (a connection's page info). */
function answerFrom(
  values: Record<string, unknown>,
  type: string,
  fields: Map<string, FieldNode[]>,
): Prefetched {
  const answer: Prefetched = { [PREFETCHED]: type };
  for (const [key, nodes] of fields) answer[key] = values[(nodes[0] as FieldNode).name.value];
  return answer;
}

/**
 * Thrown when a value look-ahead read does not fit its field (a stored value the code does not
 * expect): the field is then answered by its resolvers, which fail where they read it, loudly.
 */
export class StoredValueMismatch extends Error {}

/** What look-ahead answered, or, where it read a value that does not fit, what `resolve` answers. */
export async function orElse<T>(answer: Promise<T>, resolve: () => T | Promise<T>): Promise<T> {
  try {
    return await answer;
  } catch (error) {
    if (error instanceof StoredValueMismatch) return resolve();
    throw error;
  }
}

/**
 * What `read` answers with look-ahead's `projection`; with whole nodes when there is none, or when
 * a stored value does not fit it.
 */
export function readProjected<T>(
  projection: NodeProjection | null,
  read: (projection?: NodeProjection) => Promise<T>,
): Promise<T> {
  return projection === null ? read() : orElse(read(projection), () => read());
}

/** A finish that lets through what fits `type` (a scalar or enum, or a list of them) and no more. */
function checked(type: GraphQLOutputType, field: string): Finish {
  const fits = fitting(type);
  return (value) => {
    if (!fits(value)) {
      throw new StoredValueMismatch(
        `${field} read ${JSON.stringify(value)}, which is no ${String(type)}`,
      );
    }
    return value;
  };
}

function fitting(type: GraphQLOutputType): (value: unknown) => boolean {
  if (isNonNullType(type)) {
    const inner = fitting(type.ofType);
    return (value) => value !== null && value !== undefined && inner(value);
  }
  if (isListType(type)) {
    const item = fitting(type.ofType);
    return (value) => value === null || (Array.isArray(value) && value.every(item));
  }
  if (isEnumType(type)) {
    return (value) =>
      value === null || (typeof value === 'string' && type.getValue(value) !== undefined);
  }
  const fits = SCALARS[type.name];
  if (fits === undefined) throw new NeedsResolver();
  return (value) => value === null || fits(value);
}

const SCALARS: Readonly<Record<string, (value: unknown) => boolean>> = {
  String: (value) => typeof value === 'string',
  ID: (value) => typeof value === 'string',
  Int: (value) => Number.isSafeInteger(value),
  Float: (value) => typeof value === 'number' && Number.isFinite(value),
  Boolean: (value) => typeof value === 'boolean',
};
