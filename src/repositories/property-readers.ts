/**
 * Typed reads of stored node properties. A missing or mistyped property fails loudly here, naming the
 * node and the property, instead of surfacing as a wrong answer in a resolver.
 */
import type { PlainValue } from '../neo4j/values.js';

export type Properties = { readonly [key: string]: PlainValue };

export function text(properties: Properties, key: string): string {
  const value = properties[key];
  if (typeof value !== 'string') throw malformed(properties, key, 'a string');
  return value;
}

export function optionalText(properties: Properties, key: string): string | null {
  return isAbsent(properties[key]) ? null : text(properties, key);
}

export function integer(properties: Properties, key: string): number {
  const value = properties[key];
  if (typeof value !== 'number' || !Number.isInteger(value))
    throw malformed(properties, key, 'an integer');
  return value;
}

export function optionalInteger(properties: Properties, key: string): number | null {
  return isAbsent(properties[key]) ? null : integer(properties, key);
}

export function numeric(properties: Properties, key: string): number {
  const value = properties[key];
  if (typeof value !== 'number') throw malformed(properties, key, 'a number');
  return value;
}

export function textList(properties: Properties, key: string): string[] {
  const value = properties[key];
  if (isAbsent(value)) return [];
  if (!Array.isArray(value) || !value.every((item): item is string => typeof item === 'string')) {
    throw malformed(properties, key, 'a list of strings');
  }
  return value;
}

export function integerList(properties: Properties, key: string): number[] {
  const value = properties[key];
  if (isAbsent(value)) return [];
  if (
    !Array.isArray(value) ||
    !value.every((item) => typeof item === 'number' && Number.isInteger(item))
  ) {
    throw malformed(properties, key, 'a list of integers');
  }
  return value as number[];
}

/** One of `allowed`, compared exactly. */
export function oneOf<T extends string>(
  properties: Properties,
  key: string,
  allowed: readonly T[],
): T {
  const value = properties[key];
  const known = allowed.find((candidate) => candidate === value);
  if (known === undefined) throw malformed(properties, key, allowed.join(' or '));
  return known;
}

function isAbsent(value: PlainValue | undefined): boolean {
  return value === undefined || value === null;
}

function malformed(properties: Properties, key: string, expected: string): Error {
  return new Error(
    `Stored node ${JSON.stringify(properties['slug'])} has ${key}=${JSON.stringify(properties[key])}; expected ${expected}`,
  );
}
