/**
 * The bridge beside the paths: the concepts and regions both nodes' passages mention, and for each
 * the passages on either side (page and opening words) and the findings either side states about
 * it (statement, quote, page). Every passage, finding and subject opens in the node panel.
 */
import {
  ExplorerBridgeDocument,
  type BridgePassageFragment,
  type ExplorerBridgeQuery,
  type FindingSummaryFragment,
  type NodeNameFragment,
} from '../__generated__/graphql.js';
import { playgroundLink } from './client.js';
import { words, type Lang } from './i18n.js';
import { nameOf, short } from './names.js';
import { FindingItem } from './NodePanel.js';
import { useQuery } from './use-query.js';

type BridgeAnswer = NonNullable<ExplorerBridgeQuery['bridge']>;

/** What each side says of one shared subject: the same shape for concepts and regions. */
interface SharedSubject {
  readonly subject: NodeNameFragment;
  readonly passagesA: readonly BridgePassageFragment[];
  readonly passagesB: readonly BridgePassageFragment[];
  readonly findingsA: readonly FindingSummaryFragment[] | null;
  readonly findingsB: readonly FindingSummaryFragment[] | null;
}

export interface BridgeViewProps {
  readonly a: string;
  readonly b: string;
  readonly lang: Lang;
  readonly onOpen: (id: string) => void;
}

export function BridgeView({ a, b, lang, onOpen }: BridgeViewProps) {
  const variables = { a, b, lang };
  const state = useQuery(ExplorerBridgeDocument, variables);
  if (state.status === 'failed') return <p role="alert">{state.message}</p>;
  if (state.status !== 'done') return <p aria-busy="true">{words('loading', lang)}</p>;
  const bridge = state.data.bridge;
  if (bridge === null) return null;
  const groups = [
    {
      title: words('sharedConcepts', lang),
      items: (bridge.sharedConcepts ?? []).map(({ concept, ...sides }) => ({
        subject: concept,
        ...sides,
      })),
    },
    {
      title: words('sharedRegions', lang),
      items: (bridge.sharedRegions ?? []).map(({ region, ...sides }) => ({
        subject: region,
        ...sides,
      })),
    },
  ];
  return (
    <section className="bridge" aria-label={words('bridge', lang)}>
      <h3>{words('bridge', lang)}</h3>
      {groups.map(({ title, items }) => (
        <div key={title} className="shared-group">
          <h4>{title}</h4>
          {items.length === 0 ? (
            <p className="none">{words('nothingShared', lang)}</p>
          ) : (
            items.map((item, index) => (
              <SharedItem
                key={item.subject.id}
                item={item}
                bridge={bridge}
                open={index === 0}
                lang={lang}
                onOpen={onOpen}
              />
            ))
          )}
        </div>
      ))}
      <a href={playgroundLink(ExplorerBridgeDocument, variables)} target="_blank" rel="noreferrer">
        {words('playground', lang)}
      </a>
    </section>
  );
}

function SharedItem({
  item,
  bridge,
  open,
  lang,
  onOpen,
}: {
  item: SharedSubject;
  bridge: BridgeAnswer;
  open: boolean;
  lang: Lang;
  onOpen: (id: string) => void;
}) {
  const findingsA = item.findingsA ?? [];
  const findingsB = item.findingsB ?? [];
  return (
    <details className="shared" open={open} data-subject={item.subject.id}>
      <summary>
        <span className="subject">{nameOf(item.subject)}</span>
      </summary>
      <button type="button" className="link open-subject" onClick={() => onOpen(item.subject.id)}>
        {words('openSubject', lang)}
      </button>
      <Side
        side="a"
        node={bridge.a}
        passages={item.passagesA}
        findings={findingsA}
        lang={lang}
        onOpen={onOpen}
      />
      <Side
        side="b"
        node={bridge.b}
        passages={item.passagesB}
        findings={findingsB}
        lang={lang}
        onOpen={onOpen}
      />
    </details>
  );
}

function Side({
  side,
  node,
  passages,
  findings,
  lang,
  onOpen,
}: {
  side: 'a' | 'b';
  node: NodeNameFragment;
  passages: readonly BridgePassageFragment[];
  findings: readonly FindingSummaryFragment[];
  lang: Lang;
  onOpen: (id: string) => void;
}) {
  return (
    <div className={`bridge-side side-${side}`}>
      <p className="side-name">
        {words('inSide', lang)} <strong>{nameOf(node)}</strong>
      </p>
      <ul className="side-passages">
        {passages.map((passage) => (
          <li key={passage.id}>
            <button type="button" className="link" onClick={() => onOpen(passage.id)}>
              <cite>
                {words('page', lang)} {passage.page}
              </cite>{' '}
              {short(passage.text)}
            </button>
          </li>
        ))}
      </ul>
      {findings.length > 0 && (
        <>
          <p className="side-label">{words('findings', lang)}</p>
          <ul className="findings side-findings">
            {findings.map((finding) => (
              <li key={finding.id}>
                <FindingItem finding={finding} lang={lang} onOpen={onOpen} />
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
