/** Reads an export's graph and writes it in the format asked for. */
import type { RequestContext } from '../context.js';
import type { ExportGraph } from './export-graph.js';
import { conceptMapExport, conceptScheme, neighbourhoodExport, wholeGraph } from './exporter.js';
import { CONTENT_TYPES, fileName, type ExportRequest, type GraphFormat } from './export-request.js';
import { toEdgesCsv, toNodesCsv } from './formats/csv.js';
import { toGexf } from './formats/gexf.js';
import { toGraphml } from './formats/graphml.js';
import { toSkosTurtle } from './formats/skos.js';
import { toVosviewer } from './formats/vosviewer.js';

export interface RenderedExport {
  readonly body: string;
  readonly contentType: string;
  readonly fileName: string;
}

const WRITERS: Record<GraphFormat, (graph: ExportGraph) => string> = {
  graphml: toGraphml,
  gexf: toGexf,
  'vosviewer.json': toVosviewer,
  'nodes.csv': toNodesCsv,
  'edges.csv': toEdgesCsv,
};

export async function renderExport(
  context: RequestContext,
  request: ExportRequest,
): Promise<RenderedExport> {
  const body =
    request.scope === 'concepts'
      ? await toSkosTurtle(await conceptScheme(context))
      : WRITERS[request.format](await graphOf(context, request));
  return { body, contentType: CONTENT_TYPES[request.format], fileName: fileName(request) };
}

function graphOf(
  context: RequestContext,
  request: Exclude<ExportRequest, { scope: 'concepts' }>,
): Promise<ExportGraph> {
  switch (request.scope) {
    case 'graph':
      return wholeGraph(context);
    case 'concept-map':
      return conceptMapExport(context, request.parameters);
    case 'neighbourhood':
      return neighbourhoodExport(context, request.parameters);
  }
}
