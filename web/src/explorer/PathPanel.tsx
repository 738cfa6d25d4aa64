/**
 * The path view: the shortest paths from one node to another, hop by hop, each hop with the words
 * and page that back it or where the link comes from; below them, what the two share.
 */
import { ExplorerPathsDocument } from '../__generated__/graphql.js';
import { BridgeView } from './BridgeView.js';
import { playgroundLink } from './client.js';
import { words, type Lang } from './i18n.js';
import { nameOf } from './names.js';
import { SearchBox } from './SearchBox.js';
import { useQuery } from './use-query.js';

export interface PathPanelProps {
  readonly from: string;
  readonly to: string | null;
  readonly lang: Lang;
  readonly onChooseTarget: (id: string) => void;
  readonly onOpen: (id: string) => void;
  readonly onClose: () => void;
}

export function PathPanel({ from, to, lang, onChooseTarget, onOpen, onClose }: PathPanelProps) {
  const variables = to === null ? null : { from, to, lang };
  const state = useQuery(ExplorerPathsDocument, variables);
  return (
    <section className="path-panel" aria-label={words('paths', lang)}>
      <header>
        <h2>{words('paths', lang)}</h2>
        <button type="button" onClick={onClose} aria-label={words('close', lang)}>
          ×
        </button>
      </header>
      <SearchBox lang={lang} label={words('pathTo', lang)} onChoose={onChooseTarget} />
      {state.status === 'loading' && <p aria-busy="true">{words('loading', lang)}</p>}
      {state.status === 'failed' && <p role="alert">{state.message}</p>}
      {state.status === 'done' && (
        <>
          {(state.data.paths ?? []).length === 0 && <p>{words('noPath', lang)}</p>}
          <ol className="paths">
            {(state.data.paths ?? []).map((path, index) => (
              <li key={index}>
                <p className="path-length">
                  {path.length} {words('hops', lang)}
                </p>
                <ol className="hops">
                  {path.hops.map((hop, step) => {
                    const node = path.nodes[step + 1];
                    return (
                      <li key={step}>
                        <span className="relationship">{hop.type}</span>{' '}
                        {node && (
                          <button type="button" className="link" onClick={() => onOpen(node.id)}>
                            {nameOf(node)}
                          </button>
                        )}
                        {hop.evidence?.map((evidence, item) => (
                          <blockquote key={item}>
                            “{evidence.quote}”{' '}
                            <cite>
                              {words('page', lang)} {evidence.page}
                            </cite>
                          </blockquote>
                        ))}
                        {hop.provenance && <p className="provenance">{hop.provenance}</p>}
                      </li>
                    );
                  })}
                </ol>
              </li>
            ))}
          </ol>
          {variables && (
            <a
              href={playgroundLink(ExplorerPathsDocument, variables)}
              target="_blank"
              rel="noreferrer"
            >
              {words('playground', lang)}
            </a>
          )}
        </>
      )}
      {to !== null && <BridgeView a={from} b={to} lang={lang} onOpen={onOpen} />}
    </section>
  );
}
