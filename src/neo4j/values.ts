/**
 * Converts values returned by the driver into plain JSON-like JavaScript, so that nothing above
 * `src/neo4j/` ever sees a driver type.
 */
import neo4j from 'neo4j-driver';

export type PlainValue =
  null | boolean | number | string | PlainValue[] | { [key: string]: PlainValue };

export type Row = Record<string, PlainValue>;

/**
 * Temporal values become ISO strings, nodes and relationships their property maps (the driver
 * already decodes integers as numbers: see createDriver). The lists and maps of a record are the
 * record's own (the driver builds them afresh for every record), so they are converted where they
 * are rather than copied.
 */
export function toPlain(value: unknown): PlainValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean' || typeof value === 'number' || typeof value === 'string') {
    return value;
  }
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) value[index] = toPlain(value[index]);
    return value as PlainValue[];
  }
  if (typeof value !== 'object') {
    throw new TypeError(`Cannot convert a ${typeof value} returned by Neo4j to a plain value`);
  }
  // A map the driver decoded is a plain object; its own types (dates, nodes) are instances of their
  // classes. Asking a map whether it is each of those types first was a tenth of the busy time of
  // a large nested answer (three levels of essays and authors at tier S).
  if (Object.getPrototypeOf(value) !== Object.prototype) {
    if (isTemporal(value)) return (value as { toString(): string }).toString();
    if (neo4j.isNode(value) || neo4j.isRelationship(value)) return plainCopy(value.properties);
  }
  const object = value as Record<string, unknown>;
  for (const key of Object.keys(object)) object[key] = toPlain(object[key]);
  return object as { [key: string]: PlainValue };
}

/** The driver's node and relationship objects are kept as they are: their properties are copied. */
function plainCopy(object: Record<string, unknown>): { [key: string]: PlainValue } {
  return Object.fromEntries(Object.entries(object).map(([key, item]) => [key, toPlain(item)]));
}

function isTemporal(value: unknown): boolean {
  return (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isDuration(value)
  );
}

/**
 * Prepares query parameters: JavaScript numbers that are whole become Neo4j integers. Without this
 * the driver sends every number as a float, which `LIMIT`, `SKIP` and integer properties reject or
 * store wrongly.
 */
export function toNeo4jParameters(parameters: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(parameters).map(([key, value]) => [key, toNeo4jValue(value)]),
  );
}

function toNeo4jValue(value: unknown): unknown {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toNeo4jValue);
  if (
    value !== null &&
    typeof value === 'object' &&
    Object.getPrototypeOf(value) === Object.prototype
  ) {
    return toNeo4jParameters(value as Record<string, unknown>);
  }
  return value;
}
