/**
 * Record -> model mapping: turns the property map of a stored node into its plain model, checking
 * the properties every model needs so a malformed node fails loudly here, not deep in a resolver.
 */
import type { NodeLabel } from '../domain/graph-model.js';
import type { AnyNodeModel, ProjectKind } from '../domain/models.js';
import type { PlainValue } from '../neo4j/values.js';

type Properties = { readonly [key: string]: PlainValue };

export function toNodeModel(label: NodeLabel, properties: Properties): AnyNodeModel {
  const slug = text(properties, 'slug');
  switch (label) {
    case 'Programme':
      return {
        label,
        slug,
        name: text(properties, 'name'),
        acronym: text(properties, 'acronym'),
        startYear: integer(properties, 'startYear'),
        endYear: integer(properties, 'endYear'),
        endMonth: optionalInteger(properties, 'endMonth'),
        projectCountAtLeast: optionalInteger(properties, 'projectCountAtLeast'),
        projectCountSource: optionalText(properties, 'projectCountSource'),
      };
    case 'Project':
      return {
        label,
        slug,
        title: text(properties, 'title'),
        kind: text(properties, 'kind') as ProjectKind,
      };
    case 'Essay':
      return {
        label,
        slug,
        title: text(properties, 'title'),
        subtitle: optionalText(properties, 'subtitle'),
        seriesPosition: integer(properties, 'seriesPosition'),
      };
    case 'Preface':
      return {
        label,
        slug,
        title: text(properties, 'title'),
        writerRole: optionalText(properties, 'writerRole'),
      };
    case 'Person':
      return {
        label,
        slug,
        name: text(properties, 'name'),
        honorific: optionalText(properties, 'honorific'),
      };
    case 'Organisation':
      return { label, slug, name: text(properties, 'name') };
  }
}

/** Narrows a model loaded for `label` to that label's model type. */
export function isModelOf<L extends NodeLabel>(
  label: L,
  model: AnyNodeModel | null,
): model is Extract<AnyNodeModel, { label: L }> {
  return model !== null && model.label === label;
}

function text(properties: Properties, key: string): string {
  const value = properties[key];
  if (typeof value !== 'string') throw malformed(properties, key, 'a string');
  return value;
}

function optionalText(properties: Properties, key: string): string | null {
  const value = properties[key];
  return value === undefined || value === null ? null : text(properties, key);
}

function integer(properties: Properties, key: string): number {
  const value = properties[key];
  if (typeof value !== 'number' || !Number.isInteger(value))
    throw malformed(properties, key, 'an integer');
  return value;
}

function optionalInteger(properties: Properties, key: string): number | null {
  const value = properties[key];
  return value === undefined || value === null ? null : integer(properties, key);
}

function malformed(properties: Properties, key: string, expected: string): Error {
  return new Error(
    `Stored node ${JSON.stringify(properties['slug'])} has ${key}=${JSON.stringify(properties[key])}; expected ${expected}`,
  );
}
