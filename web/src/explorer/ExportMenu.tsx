/** Links to the exports of the map on screen, in every format a researcher's tools read. */
import { words, type Lang } from './i18n.js';

export interface MapScope {
  readonly document: string | null;
  readonly section: string | null;
  readonly normalisation: 'RAW' | 'ASSOCIATION_STRENGTH' | 'JACCARD';
  readonly minCount: number;
}

const FORMATS = [
  ['graphml', 'GraphML (Gephi, yEd, Cytoscape)'],
  ['gexf', 'GEXF (Gephi)'],
  ['vosviewer.json', 'VOSviewer'],
  ['nodes.csv', 'CSV: concepts'],
  ['edges.csv', 'CSV: links'],
] as const;

export function exportLink(scope: MapScope, format: string): string {
  const params = new URLSearchParams({
    normalisation: scope.normalisation,
    minCount: String(scope.minCount),
  });
  if (scope.document !== null) params.set('document', scope.document);
  if (scope.section !== null) params.set('section', scope.section);
  return `/export/concept-map.${format}?${params.toString()}`;
}

export function ExportMenu({ scope, lang }: { scope: MapScope; lang: Lang }) {
  return (
    <details className="export-menu">
      <summary>{words('export', lang)}</summary>
      <ul>
        {FORMATS.map(([format, name]) => (
          <li key={format}>
            <a href={exportLink(scope, format)} download>
              {name}
            </a>
          </li>
        ))}
        <li>
          <a href="/export/concepts.ttl" download>
            SKOS (Turtle): concept scheme
          </a>
        </li>
      </ul>
    </details>
  );
}
