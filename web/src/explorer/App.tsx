/**
 * The explorer: a search box, the concept map of the chosen document and section with its
 * weighting, the list of the map's concepts, and a side panel for the selected node, its search
 * results or a path. It uses only the public GraphQL API, through the typed operations of
 * operations.graphql.
 */
import { useCallback, useMemo, useState } from 'react';
import {
  ExplorerConceptMapDocument,
  ExplorerDocumentsDocument,
  ExplorerSearchDocument,
  type CooccurrenceNormalisation,
} from '../__generated__/graphql.js';
import { ConceptMapView, clusterColour } from './ConceptMapView.js';
import { ExportMenu, type MapScope } from './ExportMenu.js';
import { mapSummary, words, type Lang } from './i18n.js';
import { nameOf, typeName } from './names.js';
import { NodePanel } from './NodePanel.js';
import { PathPanel } from './PathPanel.js';
import { SearchBox } from './SearchBox.js';
import { useQuery } from './use-query.js';

type Panel =
  | { readonly kind: 'none' }
  | { readonly kind: 'node'; readonly id: string }
  | { readonly kind: 'search'; readonly text: string }
  | { readonly kind: 'path'; readonly from: string; readonly to: string | null };

const NORMALISATIONS: readonly CooccurrenceNormalisation[] = [
  'ASSOCIATION_STRENGTH',
  'RAW',
  'JACCARD',
];

export function App() {
  const [lang, setLang] = useState<Lang>('NL');
  const [scope, setScope] = useState<MapScope>({
    document: null,
    section: null,
    normalisation: 'ASSOCIATION_STRENGTH',
    minCount: 1,
  });
  const [panel, setPanel] = useState<Panel>({ kind: 'none' });
  const open = useCallback((id: string) => setPanel({ kind: 'node', id }), []);

  const documents = useQuery(ExplorerDocumentsDocument, { lang });
  const map = useQuery(ExplorerConceptMapDocument, { ...scope, lang });
  const documentChoices = useMemo(() => {
    if (documents.status !== 'done') return [];
    const essays = (documents.data.essays?.edges ?? []).map((edge) => edge.node);
    const prefaces = essays.flatMap((essay) => (essay.preface ? [essay.preface] : []));
    return [...new Map([...prefaces, ...essays].map((doc) => [doc.slug, doc])).values()].filter(
      (doc) => (doc.sections ?? []).length > 0,
    );
  }, [documents]);
  const sections = documentChoices.find((doc) => doc.slug === scope.document)?.sections ?? [];
  const selected = panel.kind === 'node' ? panel.id : null;

  return (
    <div className="explorer">
      <header className="top">
        <div className="brand">
          <h1>{words('title', lang)}</h1>
          <p>{words('subtitle', lang)}</p>
        </div>
        <SearchBox
          lang={lang}
          label={words('searchLabel', lang)}
          onChoose={open}
          onSearch={(text) => setPanel({ kind: 'search', text })}
        />
        <div className="language" role="group" aria-label={words('language', lang)}>
          {(['NL', 'EN'] as const).map((choice) => (
            <button
              key={choice}
              type="button"
              aria-pressed={lang === choice}
              onClick={() => setLang(choice)}
            >
              {choice}
            </button>
          ))}
        </div>
        <a className="playground-link" href="/graphql">
          GraphQL playground
        </a>
      </header>

      <section className="controls" aria-label="Concept map">
        <label>
          {words('document', lang)}
          <select
            value={scope.document ?? ''}
            onChange={(event) =>
              setScope({ ...scope, document: event.target.value || null, section: null })
            }
          >
            <option value="">{words('allDocuments', lang)}</option>
            {documentChoices.map((doc) => (
              <option key={doc.slug} value={doc.slug}>
                {nameOf(doc)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {words('section', lang)}
          <select
            value={scope.section ?? ''}
            disabled={sections.length === 0}
            onChange={(event) => setScope({ ...scope, section: event.target.value || null })}
          >
            <option value="">{words('allSections', lang)}</option>
            {sections.map((section) => (
              <option key={section.slug} value={section.slug}>
                {nameOf(section)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {words('weighting', lang)}
          <select
            value={scope.normalisation}
            onChange={(event) =>
              setScope({ ...scope, normalisation: event.target.value as CooccurrenceNormalisation })
            }
          >
            {NORMALISATIONS.map((normalisation) => (
              <option key={normalisation} value={normalisation}>
                {words(normalisation, lang)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {words('minCount', lang)}
          <input
            type="number"
            min={1}
            max={20}
            value={scope.minCount}
            onChange={(event) =>
              setScope({ ...scope, minCount: Math.max(1, Number(event.target.value) || 1) })
            }
          />
        </label>
        <ExportMenu scope={scope} lang={lang} />
      </section>

      <main className="map-area">
        {map.status === 'done' && map.data.conceptMap && (
          <>
            <p className="map-summary">
              {mapSummary(
                lang,
                map.data.conceptMap.nodes.length,
                map.data.conceptMap.edges.length,
                map.data.conceptMap.passageCount,
              )}
            </p>
            <ConceptMapView
              map={map.data.conceptMap}
              selected={selected}
              onSelect={open}
              label={words('concepts', lang)}
            />
          </>
        )}
        {map.status === 'loading' && <p aria-busy="true">{words('loading', lang)}</p>}
        {map.status === 'failed' && <p role="alert">{map.message}</p>}
      </main>

      <aside className="side" aria-live="polite">
        {panel.kind === 'none' && <p className="hint">{words('pick', lang)}</p>}
        {panel.kind === 'node' && (
          <NodePanel
            id={panel.id}
            lang={lang}
            onOpen={open}
            onPathFrom={(from) => setPanel({ kind: 'path', from, to: null })}
          />
        )}
        {panel.kind === 'search' && <SearchResults text={panel.text} lang={lang} onOpen={open} />}
        {panel.kind === 'path' && (
          <PathPanel
            from={panel.from}
            to={panel.to}
            lang={lang}
            onChooseTarget={(to) => setPanel({ ...panel, to })}
            onOpen={open}
            onClose={() => open(panel.from)}
          />
        )}
      </aside>

      {map.status === 'done' && map.data.conceptMap && (
        <nav className="concept-list" aria-label={words('concepts', lang)}>
          <h2>{words('concepts', lang)}</h2>
          <ul>
            {map.data.conceptMap.nodes.map((node) => (
              <li key={node.concept.id}>
                <button
                  type="button"
                  aria-current={selected === node.concept.id}
                  onClick={() => open(node.concept.id)}
                >
                  <span className="dot" style={{ background: clusterColour(node.cluster) }} />
                  {node.concept.name} <span className="weight">{node.weight}</span>
                </button>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </div>
  );
}

function SearchResults({
  text,
  lang,
  onOpen,
}: {
  text: string;
  lang: Lang;
  onOpen: (id: string) => void;
}) {
  const state = useQuery(ExplorerSearchDocument, { query: text, lang });
  return (
    <section className="search-results" aria-label={words('results', lang)}>
      <h2>
        {words('results', lang)}: “{text}”
      </h2>
      {state.status === 'loading' && <p aria-busy="true">{words('loading', lang)}</p>}
      {state.status === 'failed' && <p role="alert">{state.message}</p>}
      {state.status === 'done' && (
        <>
          {(state.data.search?.edges ?? []).length === 0 && <p>{words('noResults', lang)}</p>}
          <ol>
            {(state.data.search?.edges ?? []).map(({ node: hit }) => (
              <li key={hit.node.id}>
                <button type="button" className="link" onClick={() => onOpen(hit.node.id)}>
                  <span className="kind">{typeName(hit.node, lang)}</span> {nameOf(hit.node)}
                </button>
                <p className="snippet">{highlighted(hit.snippet, hit.highlights)}</p>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

function highlighted(text: string, ranges: readonly { start: number; end: number }[]) {
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const { start, end } of ranges) {
    if (start < at) continue;
    parts.push(text.slice(at, start), <mark key={start}>{text.slice(start, end)}</mark>);
    at = end;
  }
  parts.push(text.slice(at));
  return parts;
}
