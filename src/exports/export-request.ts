/**
 * What an export request asks for: `<scope>.<format>` and the scope's parameters, validated before
 * anything is read. The same request comes from `GET /export/<file>?…` and from `npm run export`.
 */
import { z } from 'zod';
import type { Normalisation } from '../domain/cooccurrence.js';
import { BadUserInputError } from '../domain/errors.js';
import { quoted } from '../domain/quoted.js';
import type { ConceptMapParameters, NeighbourhoodParameters } from './exporter.js';

/** Formats of a graph, by their file suffix; longest first, so `.nodes.csv` wins over `.csv`. */
export const GRAPH_FORMATS = [
  'vosviewer.json',
  'nodes.csv',
  'edges.csv',
  'graphml',
  'gexf',
] as const;
export type GraphFormat = (typeof GRAPH_FORMATS)[number];

export const GRAPH_SCOPES = ['graph', 'concept-map', 'neighbourhood'] as const;

export type ExportRequest =
  | { readonly scope: 'graph'; readonly format: GraphFormat }
  | {
      readonly scope: 'concept-map';
      readonly format: GraphFormat;
      readonly parameters: ConceptMapParameters;
    }
  | {
      readonly scope: 'neighbourhood';
      readonly format: GraphFormat;
      readonly parameters: NeighbourhoodParameters;
    }
  | { readonly scope: 'concepts'; readonly format: 'ttl' };

export const CONTENT_TYPES: Record<GraphFormat | 'ttl', string> = {
  graphml: 'application/graphml+xml; charset=utf-8',
  gexf: 'application/gexf+xml; charset=utf-8',
  'vosviewer.json': 'application/json; charset=utf-8',
  'nodes.csv': 'text/csv; charset=utf-8',
  'edges.csv': 'text/csv; charset=utf-8',
  ttl: 'text/turtle; charset=utf-8',
};

const NORMALISATIONS = [
  'RAW',
  'ASSOCIATION_STRENGTH',
  'JACCARD',
] as const satisfies readonly Normalisation[];

const conceptMapQuery = z.strictObject({
  document: z.string().min(1).max(200).optional(),
  section: z.string().min(1).max(200).optional(),
  normalisation: z.enum(NORMALISATIONS).default('ASSOCIATION_STRENGTH'),
  minCount: z.coerce.number().int().min(1).max(1000).default(1),
});

const neighbourhoodQuery = z.strictObject({
  id: z.string().min(1).max(500),
  depth: z.coerce.number().int().min(1).max(3).default(1),
});

const noQuery = z.strictObject({});

/**
 * @throws BadUserInputError naming what is wrong: an unknown scope or format, or a parameter the
 *   scope does not take or that is out of range.
 */
export function parseExportRequest(file: string, query: Record<string, unknown>): ExportRequest {
  if (file === 'concepts.ttl') {
    parameters(noQuery, query, 'concepts.ttl');
    return { scope: 'concepts', format: 'ttl' };
  }
  const format = GRAPH_FORMATS.find((suffix) => file.endsWith(`.${suffix}`));
  const scope = format === undefined ? undefined : file.slice(0, -format.length - 1);
  if (format === undefined || !GRAPH_SCOPES.some((known) => known === scope)) {
    throw new BadUserInputError(
      `No export ${quoted(file)}: ask for concepts.ttl or <scope>.<format> with scope ${GRAPH_SCOPES.join(', ')} and format ${GRAPH_FORMATS.join(', ')}`,
    );
  }
  switch (scope) {
    case 'concept-map': {
      const given = parameters(conceptMapQuery, query, file);
      return {
        scope,
        format,
        parameters: {
          document: given.document ?? null,
          section: given.section ?? null,
          normalisation: given.normalisation,
          minCount: given.minCount,
        },
      };
    }
    case 'neighbourhood':
      return { scope, format, parameters: parameters(neighbourhoodQuery, query, file) };
    default:
      parameters(noQuery, query, file);
      return { scope: 'graph', format };
  }
}

function parameters<T>(schema: z.ZodType<T>, query: Record<string, unknown>, file: string): T {
  const parsed = schema.safeParse(query);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const name = issue?.code === 'unrecognized_keys' ? issue.keys.join(', ') : issue?.path.join('.');
  throw new BadUserInputError(
    `${file}: parameter ${quoted(name ?? '?')} ${issue?.code === 'unrecognized_keys' ? 'is not one this export takes' : `is invalid: ${issue?.message ?? ''}`}`,
  );
}

/** The file name a client saves the export as, e.g. kks-graph-concept-map.graphml. */
export function fileName(request: ExportRequest): string {
  return request.scope === 'concepts'
    ? 'kks-graph-concepts.ttl'
    : `kks-graph-${request.scope}.${request.format}`;
}
