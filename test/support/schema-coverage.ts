/**
 * Schema coverage: which fields, root-field arguments and input enum values the integration tests
 * exercised against the real API, and which list fields ever answered a non-empty list. An Apollo
 * plugin records every field that resolved without error; each test file writes what its server
 * recorded to the run's coverage folder when the server stops, and the last test file of the run
 * (schema-coverage.test.ts) compares the union with the schema.
 */
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ApolloServerPlugin } from '@apollo/server';
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  type GraphQLInputType,
  type GraphQLResolveInfo,
} from 'graphql';
import { inject } from 'vitest';

/** What one or more servers recorded; sets are kept as sorted arrays on disk. */
export interface CoverageRecord {
  /** `Type.field` that resolved without error. */
  readonly fields: string[];
  /** `Type.field` of list fields that answered a non-empty list, and of connections with edges. */
  readonly nonEmpty: string[];
  /** `Query.field(argument)` for every argument a request gave a root field explicitly. */
  readonly rootArguments: string[];
  /** `Enum.VALUE` for every enum value a request gave as input. */
  readonly inputEnumValues: string[];
}

export class CoverageRecorder {
  private readonly fields = new Set<string>();
  private readonly nonEmpty = new Set<string>();
  private readonly rootArguments = new Set<string>();
  private readonly inputEnumValues = new Set<string>();

  readonly plugin: ApolloServerPlugin = {
    requestDidStart: () =>
      Promise.resolve({
        executionDidStart: () => {
          // The field at each response path, so a connection's `edges` can be credited to the
          // field that returned the connection (its name under any alias).
          const fieldAt = new Map<string, string>();
          return Promise.resolve({
            willResolveField: ({ info, args }) => {
              const field = `${info.parentType.name}.${info.fieldName}`;
              fieldAt.set(pathKey(info.path), field);
              this.recordArguments(info, args);
              return (error: Error | null, result: unknown) => {
                if (error !== null) return;
                this.fields.add(field);
                const type = getNullableType(info.returnType);
                if (isListType(type) && Array.isArray(result) && result.length > 0) {
                  this.nonEmpty.add(field);
                }
                const parent = info.path.prev ? fieldAt.get(pathKey(info.path.prev)) : undefined;
                if (
                  info.fieldName === 'edges' &&
                  info.parentType.name.endsWith('Connection') &&
                  parent !== undefined &&
                  Array.isArray(result) &&
                  result.length > 0
                ) {
                  this.nonEmpty.add(parent);
                }
              };
            },
          });
        },
      }),
  };

  private recordArguments(info: GraphQLResolveInfo, args: Record<string, unknown>): void {
    const definition = info.parentType.getFields()[info.fieldName];
    const given = new Set(
      info.fieldNodes.flatMap((node) => node.arguments ?? []).map((a) => a.name.value),
    );
    for (const argument of definition?.args ?? []) {
      if (!given.has(argument.name)) continue;
      if (
        info.parentType === info.schema.getQueryType() ||
        info.parentType === info.schema.getMutationType()
      ) {
        this.rootArguments.add(`${info.parentType.name}.${info.fieldName}(${argument.name})`);
      }
      this.recordEnumValues(argument.type, args[argument.name]);
    }
  }

  private recordEnumValues(type: GraphQLInputType, value: unknown): void {
    if (value === null || value === undefined) return;
    const nullable = getNullableType(type);
    if (isListType(nullable)) {
      if (Array.isArray(value))
        for (const item of value) this.recordEnumValues(nullable.ofType, item);
      return;
    }
    const named = getNamedType(nullable);
    if (isEnumType(named) && typeof value === 'string') {
      // Coerced enum values are their internal values, which for an SDL schema are their names.
      this.inputEnumValues.add(`${named.name}.${value}`);
    } else if (isInputObjectType(named) && typeof value === 'object') {
      for (const [name, field] of Object.entries(named.getFields())) {
        this.recordEnumValues(field.type, (value as Record<string, unknown>)[name]);
      }
    }
  }

  toRecord(): CoverageRecord {
    const sorted = (set: Set<string>) => [...set].sort();
    return {
      fields: sorted(this.fields),
      nonEmpty: sorted(this.nonEmpty),
      rootArguments: sorted(this.rootArguments),
      inputEnumValues: sorted(this.inputEnumValues),
    };
  }

  /** Adds what was recorded to the run's coverage folder, as a file of its own. */
  save(): void {
    const folder = inject('schemaCoverageDir');
    writeFileSync(path.join(folder, `${randomUUID()}.json`), JSON.stringify(this.toRecord()));
  }
}

function pathKey(responsePath: GraphQLResolveInfo['path']): string {
  const keys: (string | number)[] = [];
  for (let at: GraphQLResolveInfo['path'] | undefined = responsePath; at; at = at.prev) {
    keys.push(at.key);
  }
  return keys.reverse().join('.');
}
