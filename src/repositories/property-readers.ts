/**
 * Typed reads of stored properties, of nodes and of relationships. A missing or mistyped property
 * fails loudly here, naming what it belongs to and the property, instead of surfacing as a wrong
 * answer (a page 0, an empty quote, a count of NaN) in a resolver.
 */
import type { PropertyReader } from '../domain/analysis-models.js';
import type { PlainValue } from '../neo4j/values.js';

export type Properties = { readonly [key: string]: PlainValue };

/** What a property map belongs to, for error messages: a node by its slug, unless told. */
type Owner = string | undefined;

export function text(properties: Properties, key: string, owner?: Owner): string {
  const value = properties[key];
  if (typeof value !== 'string') throw malformed(properties, key, 'a string', owner);
  return value;
}

export function optionalText(properties: Properties, key: string, owner?: Owner): string | null {
  return isAbsent(properties[key]) ? null : text(properties, key, owner);
}

export function integer(properties: Properties, key: string, owner?: Owner): number {
  const value = properties[key];
  if (typeof value !== 'number' || !Number.isInteger(value))
    throw malformed(properties, key, 'an integer', owner);
  return value;
}

export function optionalInteger(properties: Properties, key: string, owner?: Owner): number | null {
  return isAbsent(properties[key]) ? null : integer(properties, key, owner);
}

export function numeric(properties: Properties, key: string, owner?: Owner): number {
  const value = properties[key];
  if (typeof value !== 'number') throw malformed(properties, key, 'a number', owner);
  return value;
}

export function textList(properties: Properties, key: string, owner?: Owner): string[] {
  const value = properties[key];
  if (isAbsent(value)) return [];
  if (!Array.isArray(value) || !value.every((item): item is string => typeof item === 'string')) {
    throw malformed(properties, key, 'a list of strings', owner);
  }
  return value;
}

export function integerList(properties: Properties, key: string, owner?: Owner): number[] {
  const value = properties[key];
  if (isAbsent(value)) return [];
  if (
    !Array.isArray(value) ||
    !value.every((item) => typeof item === 'number' && Number.isInteger(item))
  ) {
    throw malformed(properties, key, 'a list of integers', owner);
  }
  return value as number[];
}

/** A value lists are ordered by: a string or a number. */
export function sortValue(properties: Properties, key: string, owner?: Owner): string | number {
  const value = properties[key];
  if (typeof value !== 'string' && typeof value !== 'number')
    throw malformed(properties, key, 'a string or a number to order by', owner);
  return value;
}

/** A map nested in a row, e.g. the properties of a node a statement returned. */
export function record(properties: Properties, key: string, owner?: Owner): Properties {
  const value = properties[key];
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw malformed(properties, key, 'a map', owner);
  return value;
}

/** A list of maps nested in a row. */
export function records(properties: Properties, key: string, owner?: Owner): Properties[] {
  const value = properties[key];
  if (isAbsent(value)) return [];
  if (
    !Array.isArray(value) ||
    !value.every((item) => typeof item === 'object' && item !== null && !Array.isArray(item))
  ) {
    throw malformed(properties, key, 'a list of maps', owner);
  }
  return value as Properties[];
}

/**
 * A list of lists nested in a row, each read as a map of `names` by position: rows a statement
 * returns as tuples, which cost less to send and decode than maps naming every field again.
 */
export function tuples(
  properties: Properties,
  key: string,
  names: readonly string[],
  owner?: Owner,
): Properties[] {
  const value = properties[key];
  if (isAbsent(value)) return [];
  const expected = `a list of lists of at most ${names.length} values`;
  if (!Array.isArray(value)) throw malformed(properties, key, expected, owner);
  // Plain loops: a long list of links is read here, and a profile shows every allocation of it.
  const read: Properties[] = [];
  for (const item of value) {
    if (!Array.isArray(item) || item.length > names.length)
      throw malformed(properties, key, expected, owner);
    const tuple: Record<string, PlainValue> = {};
    for (let position = 0; position < names.length; position++) {
      tuple[names[position] as string] = item[position] ?? null;
    }
    read.push(tuple);
  }
  return read;
}

/** One of `allowed`, compared exactly. */
export function oneOf<T extends string>(
  properties: Properties,
  key: string,
  allowed: readonly T[],
  owner?: Owner,
): T {
  const value = properties[key];
  const known = allowed.find((candidate) => candidate === value);
  if (known === undefined) throw malformed(properties, key, allowed.join(' or '), owner);
  return known;
}

/** The properties of one stored relationship (or node), read with the checks above. */
export class StoredProperties implements PropertyReader {
  constructor(
    /** What the properties belong to, e.g. "AUTHORED relationship of ruud-dorenbos". */
    readonly owner: string,
    readonly properties: Properties,
  ) {}

  text(key: string): string {
    return text(this.properties, key, this.owner);
  }

  optionalText(key: string): string | null {
    return optionalText(this.properties, key, this.owner);
  }

  integer(key: string): number {
    return integer(this.properties, key, this.owner);
  }

  textList(key: string): string[] {
    return textList(this.properties, key, this.owner);
  }
}

function isAbsent(value: PlainValue | undefined): boolean {
  return value === undefined || value === null;
}

function malformed(properties: Properties, key: string, expected: string, owner: Owner): Error {
  const what = owner ?? `node ${JSON.stringify(properties['slug'])}`;
  return new Error(
    `Stored ${what} has ${key}=${JSON.stringify(properties[key])}; expected ${expected}`,
  );
}
