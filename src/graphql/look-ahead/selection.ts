/**
 * What a request selects below a field, for resolvers that read less when less is asked: whether
 * anything is selected at a place of the answer, and whether the nodes at some places are asked
 * only what names them (`id`, `slug`, `__typename`). A walk over hundreds of links (a
 * neighbourhood) then reads each node's label and slug, not every property of every passage and
 * finding it passes.
 */
import {
  getArgumentValues,
  getNamedType,
  isInterfaceType,
  isObjectType,
  Kind,
  type FieldNode,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';

const IDENTITY = new Set(['id', 'slug', '__typename']);

/** By field node, then by the places asked about. */
const answered = new WeakMap<FieldNode, Map<string, boolean>>();

/**
 * True when, under the field `info` resolves, every selection at each of `places` (paths of field
 * names, e.g. `['edges', 'from']`) asks only for identity fields, and nothing is selected at any of
 * `nowhere` (fields that read the nodes themselves, e.g. `['edges', 'evidence']`); false otherwise,
 * and when a directive makes the selection depend on variables.
 */
export function selectsIdentityOnly(
  info: GraphQLResolveInfo,
  places: readonly (readonly string[])[],
  nowhere: readonly (readonly string[])[] = [],
): boolean {
  const node = info.fieldNodes[0] as FieldNode;
  let byPlaces = answered.get(node);
  if (byPlaces === undefined) {
    byPlaces = new Map();
    answered.set(node, byPlaces);
  }
  const key = `${places.map((place) => place.join('.')).join(' ')} / ${nowhere.map((place) => place.join('.')).join(' ')}`;
  let answer = byPlaces.get(key);
  if (answer === undefined) {
    const roots = selectionSetsOf(info);
    answer =
      places.every((place) => onlyAt(roots, place, IDENTITY, info)) &&
      !nowhere.some((place) => reaches(roots, place, info));
    byPlaces.set(key, answer);
  }
  return answer;
}

/**
 * True when, under the field `info` resolves, the selection at `place` asks for no field but
 * `allowed` (and no directive makes it depend on variables).
 */
export function selectsOnly(
  info: GraphQLResolveInfo,
  place: readonly string[],
  allowed: ReadonlySet<string>,
): boolean {
  return onlyAt(selectionSetsOf(info), place, allowed, info);
}

/** The selection sets under the field `info` resolves (one per field node). */
function selectionSetsOf(info: GraphQLResolveInfo): SelectionSetNode[] {
  return info.fieldNodes.flatMap((field) => (field.selectionSet ? [field.selectionSet] : []));
}

function onlyAt(
  selectionSets: readonly SelectionSetNode[],
  place: readonly string[],
  allowed: ReadonlySet<string>,
  info: GraphQLResolveInfo,
): boolean {
  const fields = selectionSets.flatMap((set) => fieldsOf(set, info));
  if (fields.includes(null)) return false;
  const [next, ...rest] = place;
  if (next === undefined)
    return fields.every((field) => allowed.has((field as FieldNode).name.value));
  const deeper = (fields as FieldNode[])
    .filter((field) => field.name.value === next)
    .flatMap((field) => (field.selectionSet ? [field.selectionSet] : []));
  return onlyAt(deeper, rest, allowed, info);
}

/** Whether the field `info` resolves selects anything at `place` (or a directive leaves it open). */
export function selects(info: GraphQLResolveInfo, place: readonly string[]): boolean {
  return reaches(selectionSetsOf(info), place, info);
}

/**
 * The largest `first` (its default where not given) that the selections of the list field `name`
 * right under the field `info` resolves ask for, aliases included: 0 when none selects it, null
 * when a directive leaves the selection open. A list read with its parent is then read as far as
 * the largest of them shows, not as far as any could ask.
 */
export function largestFirst(info: GraphQLResolveInfo, name: string): number | null {
  const fields = selectionSetsOf(info).flatMap((set) => fieldsOf(set, info));
  if (fields.includes(null)) return null;
  const type = getNamedType(info.returnType);
  const definition = isObjectType(type) || isInterfaceType(type) ? type.getFields()[name] : null;
  if (!definition) throw new Error(`${type.name} has no field ${name} to look ahead at`);
  return Math.max(
    0,
    ...(fields as FieldNode[])
      .filter((field) => field.name.value === name)
      .map((field) => getArgumentValues(definition, field, info.variableValues)['first'])
      .map((first) => (typeof first === 'number' ? first : 0)),
  );
}

/** Whether anything is selected at `place` (or a directive leaves it open). */
function reaches(
  selectionSets: readonly SelectionSetNode[],
  place: readonly string[],
  info: GraphQLResolveInfo,
): boolean {
  const [next, ...rest] = place;
  if (next === undefined) return selectionSets.length > 0;
  const fields = selectionSets.flatMap((set) => fieldsOf(set, info));
  if (fields.includes(null)) return true;
  const deeper = (fields as FieldNode[]).filter((field) => field.name.value === next);
  if (rest.length === 0) return deeper.length > 0;
  return reaches(
    deeper.flatMap((field) => (field.selectionSet ? [field.selectionSet] : [])),
    rest,
    info,
  );
}

/** The fields of a selection set, fragments spread; null stands for a selection with a directive. */
function fieldsOf(selectionSet: SelectionSetNode, info: GraphQLResolveInfo): (FieldNode | null)[] {
  return selectionSet.selections.flatMap((selection): (FieldNode | null)[] => {
    if (selection.directives?.length) return [null];
    if (selection.kind === Kind.FIELD) return [selection];
    const fragment =
      selection.kind === Kind.INLINE_FRAGMENT ? selection : info.fragments[selection.name.value];
    return fragment ? fieldsOf(fragment.selectionSet, info) : [null];
  });
}
