/**
 * The schema contract: every field of every object type, every argument of a root field and every
 * enum value a client can send was exercised by the integration tests against the real API, and
 * every list or connection answered a non-empty list at least once. Runs last (see
 * test/support/last-file-sequencer.ts) and reads what the other files' servers recorded.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  buildSchema,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isObjectType,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';
import { describe, expect, inject, it } from 'vitest';
import { loadTypeDefs } from '../../src/graphql/schema.js';
import type { CoverageRecord } from '../support/schema-coverage.js';

/**
 * List fields the seed graph has no non-empty answer for, and why. Each is still exercised (and
 * must resolve); it just cannot be shown non-empty on this data.
 */
const EMPTY_ON_SEED_DATA: Record<string, string> = {};

const schema = buildSchema(loadTypeDefs().join('\n'));

function recorded(): CoverageRecord & { files: number } {
  const folder = inject('schemaCoverageDir');
  const records = readdirSync(folder)
    .filter((file) => file.endsWith('.json'))
    .map((file) => JSON.parse(readFileSync(path.join(folder, file), 'utf8')) as CoverageRecord);
  const union = (key: keyof CoverageRecord) => new Set(records.flatMap((record) => record[key]));
  return {
    files: records.length,
    fields: [...union('fields')],
    nonEmpty: [...union('nonEmpty')],
    rootArguments: [...union('rootArguments')],
    inputEnumValues: [...union('inputEnumValues')],
  };
}

function objectTypes(graphqlSchema: GraphQLSchema) {
  return Object.values(graphqlSchema.getTypeMap())
    .filter(isObjectType)
    .filter((type) => !type.name.startsWith('__'));
}

function allFields(): string[] {
  return objectTypes(schema).flatMap((type) =>
    Object.keys(type.getFields()).map((field) => `${type.name}.${field}`),
  );
}

function listFields(): string[] {
  return objectTypes(schema).flatMap((type) =>
    Object.values(type.getFields())
      .filter(
        (field) =>
          isListType(getNullableType(field.type)) ||
          getNamedType(field.type).name.endsWith('Connection'),
      )
      .map((field) => `${type.name}.${field.name}`),
  );
}

function rootArguments(): string[] {
  return [schema.getQueryType(), schema.getMutationType()].flatMap((root) =>
    Object.values(root?.getFields() ?? {}).flatMap((field) =>
      field.args.map((argument) => `${root!.name}.${field.name}(${argument.name})`),
    ),
  );
}

/** Every value of every enum a client can send: in an argument or an input object's field. */
function inputEnumValues(): string[] {
  const enums = new Map<string, GraphQLNamedType>();
  const visit = (type: GraphQLNamedType, seen: Set<string>) => {
    if (seen.has(type.name)) return;
    seen.add(type.name);
    if (isEnumType(type)) enums.set(type.name, type);
    if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) visit(getNamedType(field.type), seen);
    }
  };
  const seen = new Set<string>();
  for (const type of objectTypes(schema)) {
    for (const field of Object.values(type.getFields())) {
      for (const argument of field.args) visit(getNamedType(argument.type), seen);
    }
  }
  return [...enums.values()].flatMap((type) =>
    isEnumType(type) ? type.getValues().map((value) => `${type.name}.${value.name}`) : [],
  );
}

function missing(expected: readonly string[], actual: readonly string[]): string[] {
  const present = new Set(actual);
  return expected.filter((item) => !present.has(item)).sort();
}

/** Fails listing every item of `expected` that `actual` lacks, under `what`. */
function expectAll(what: string, expected: readonly string[], actual: readonly string[]): void {
  const left = missing(expected, actual);
  const summary = `${expected.length - left.length}/${expected.length} ${what}; missing:\n  ${left.join('\n  ')}`;
  expect(left.length, summary).toBe(0);
}

describe('schema coverage', () => {
  const record = recorded();

  it('was recorded by the integration test files', () => {
    expect(record.files).toBeGreaterThan(3);
  });

  it('exercised every field of every object type without error', () => {
    expectAll('fields exercised', allFields(), record.fields);
  });

  it('read a non-empty answer from every list and connection field the seed graph has data for', () => {
    const expected = listFields().filter((field) => !(field in EMPTY_ON_SEED_DATA));
    expectAll('list fields read non-empty', expected, record.nonEmpty);
    for (const field of Object.keys(EMPTY_ON_SEED_DATA)) expect(listFields()).toContain(field);
  });

  it('gave every argument of every root field', () => {
    expectAll('root arguments given', rootArguments(), record.rootArguments);
  });

  it('sent every enum value a client can send', () => {
    expectAll('input enum values sent', inputEnumValues(), record.inputEnumValues);
  });
});
