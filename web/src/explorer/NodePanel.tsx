/**
 * The side panel of a selected node: a concept's labels in both languages and its definition, the
 * findings about it with their quotes and pages, the passages that mention it, and its related
 * findings with what they share; likewise for the other entities, themes, findings and passages.
 * Every node it names is a button that opens that node.
 */
import type {
  ExplorerNodeQuery,
  FindingSummaryFragment,
  MentionSummaryFragment,
  NodeNameFragment,
  RelatedFindingSummaryFragment,
} from '../__generated__/graphql.js';
import { ExplorerNodeDocument } from '../__generated__/graphql.js';
import { playgroundLink } from './client.js';
import { words, type Lang } from './i18n.js';
import { nameOf, typeName } from './names.js';
import { useQuery } from './use-query.js';

type PanelNode = NonNullable<ExplorerNodeQuery['node']>;

export interface NodePanelProps {
  readonly id: string;
  readonly lang: Lang;
  readonly onOpen: (id: string) => void;
  readonly onPathFrom: (id: string) => void;
}

export function NodePanel({ id, lang, onOpen, onPathFrom }: NodePanelProps) {
  const variables = { id, lang };
  const state = useQuery(ExplorerNodeDocument, variables);
  if (state.status === 'failed') return <p role="alert">{state.message}</p>;
  if (state.status !== 'done') return <p aria-busy="true">{words('loading', lang)}</p>;
  const node = state.data.node;
  if (node === null) return <p role="alert">{id}</p>;
  return (
    <article className="node-panel" aria-labelledby="node-title" data-node={node.id}>
      <header>
        <p className="kind">
          {[node, ...('facets' in node ? node.facets : [])]
            .map((type) => typeName(type, lang))
            .join(' · ')}
        </p>
        <h2 id="node-title">{node.__typename === 'Finding' ? node.statement : nameOf(node)}</h2>
        <Labels node={node} lang={lang} />
        <div className="actions">
          <button type="button" onClick={() => onPathFrom(node.id)}>
            {words('pathFrom', lang)}
          </button>
          <a
            href={playgroundLink(ExplorerNodeDocument, variables)}
            target="_blank"
            rel="noreferrer"
          >
            {words('playground', lang)}
          </a>
        </div>
      </header>
      <Details node={node} lang={lang} onOpen={onOpen} />
    </article>
  );
}

function Labels({ node, lang }: { node: PanelNode; lang: Lang }) {
  if ('nl' in node) {
    return (
      <p className="labels">
        <span lang="nl">{node.nl}</span> · <span lang="en">{node.en}</span>
        {node.altLabels.length > 0 && (
          <span className="alt">
            {' '}
            ({words('alsoCalled', lang)}: {node.altLabels.join(', ')})
          </span>
        )}
      </p>
    );
  }
  return null;
}

function Details({
  node,
  lang,
  onOpen,
}: {
  node: PanelNode;
  lang: Lang;
  onOpen: (id: string) => void;
}) {
  const definition =
    'definition' in node
      ? node.definition
      : 'themeDefinition' in node
        ? node.themeDefinition
        : null;
  return (
    <>
      {definition && (
        <Section title={words('definition', lang)}>
          <p className="definition">{definition}</p>
        </Section>
      )}
      {node.__typename === 'Finding' && (
        <Section title={words('evidence', lang)}>
          {node.evidence && <Quote evidence={node.evidence} lang={lang} />}
          {node.about && node.about.length > 0 && (
            <p>
              {words('about', lang)}: <NodeButtons nodes={node.about} lang={lang} onOpen={onOpen} />
            </p>
          )}
        </Section>
      )}
      {node.__typename === 'Passage' && (
        <Section
          title={`${words('page', lang)} ${node.page}${node.section ? ` · ${node.section.title}` : ''}`}
        >
          <blockquote>{node.text}</blockquote>
          {node.entities && (
            <p>
              <NodeButtons
                nodes={node.entities.map((mention) => mention.entity)}
                lang={lang}
                onOpen={onOpen}
              />
            </p>
          )}
        </Section>
      )}
      {'findings' in node && node.findings?.edges && node.findings.edges.length > 0 && (
        <Section
          title={`${words('findings', lang)} (${node.findings.totalCount ?? node.findings.edges.length})`}
        >
          <ul className="findings">
            {node.findings.edges.map(({ node: finding }) => (
              <li key={finding.id}>
                <FindingItem finding={finding} lang={lang} onOpen={onOpen} />
              </li>
            ))}
          </ul>
        </Section>
      )}
      {'mentions' in node && node.mentions?.edges && node.mentions.edges.length > 0 && (
        <Section
          title={`${words('mentions', lang)} (${node.mentions.totalCount ?? node.mentions.edges.length})`}
        >
          <ul className="mentions">
            {node.mentions.edges.map(({ node: mention }) => (
              <li key={mention.passage.id}>
                <MentionItem mention={mention} lang={lang} onOpen={onOpen} />
              </li>
            ))}
          </ul>
        </Section>
      )}
      {'relatedFindings' in node && node.relatedFindings && node.relatedFindings.length > 0 && (
        <Section title={words('relatedFindings', lang)}>
          <ul className="related-findings">
            {node.relatedFindings.map((related) => (
              <li key={related.finding.id}>
                <RelatedFindingItem related={related} lang={lang} onOpen={onOpen} />
              </li>
            ))}
          </ul>
        </Section>
      )}
      {node.__typename === 'Concept' && (
        <>
          <ConceptLinks
            title={words('broader', lang)}
            nodes={node.broader?.edges}
            lang={lang}
            onOpen={onOpen}
          />
          <ConceptLinks
            title={words('narrower', lang)}
            nodes={node.narrower?.edges}
            lang={lang}
            onOpen={onOpen}
          />
          <ConceptLinks
            title={words('relatedConcepts', lang)}
            nodes={node.related?.edges}
            lang={lang}
            onOpen={onOpen}
          />
        </>
      )}
    </>
  );
}

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section>
      <h3>{title}</h3>
      {children}
    </section>
  );
}

export function FindingItem({
  finding,
  lang,
  onOpen,
}: {
  finding: FindingSummaryFragment;
  lang: Lang;
  onOpen: (id: string) => void;
}) {
  return (
    <div className="finding" data-finding={finding.id}>
      <button type="button" className="link" onClick={() => onOpen(finding.id)}>
        {finding.statement}
      </button>
      {finding.evidence && <Quote evidence={finding.evidence} lang={lang} />}
    </div>
  );
}

function Quote({
  evidence,
  lang,
}: {
  evidence: NonNullable<FindingSummaryFragment['evidence']>;
  lang: Lang;
}) {
  const document = evidence.passage.document;
  return (
    <blockquote>
      “{evidence.quote}”{' '}
      <cite>
        {document && 'title' in document ? `${document.title}, ` : ''}
        {words('page', lang)} {evidence.page}
      </cite>
    </blockquote>
  );
}

function MentionItem({
  mention,
  lang,
  onOpen,
}: {
  mention: MentionSummaryFragment;
  lang: Lang;
  onOpen: (id: string) => void;
}) {
  return (
    <button type="button" className="link mention" onClick={() => onOpen(mention.passage.id)}>
      <span className="page">
        {words('page', lang)} {mention.page}
        {mention.passage.section ? ` · ${mention.passage.section.title}` : ''}
      </span>
      <span className="quote">“{mention.quote}”</span>
    </button>
  );
}

function RelatedFindingItem({
  related,
  lang,
  onOpen,
}: {
  related: RelatedFindingSummaryFragment;
  lang: Lang;
  onOpen: (id: string) => void;
}) {
  return (
    <div className="related-finding">
      <FindingItem finding={related.finding} lang={lang} onOpen={onOpen} />
      <p className="reason">
        {words('shares', lang)}{' '}
        {related.shared.map((shared, index) => (
          <span key={shared.subject.id}>
            {index > 0 && ', '}
            <button type="button" className="link" onClick={() => onOpen(shared.subject.id)}>
              {nameOf(shared.subject)}
            </button>{' '}
            ({shared.weight.toFixed(1)})
          </span>
        ))}{' '}
        · score {related.score.toFixed(1)}
      </p>
    </div>
  );
}

function ConceptLinks({
  title,
  nodes,
  lang,
  onOpen,
}: {
  title: string;
  nodes: readonly { node: NodeNameFragment }[] | null | undefined;
  lang: Lang;
  onOpen: (id: string) => void;
}) {
  if (!nodes || nodes.length === 0) return null;
  return (
    <Section title={title}>
      <p>
        <NodeButtons nodes={nodes.map((edge) => edge.node)} lang={lang} onOpen={onOpen} />
      </p>
    </Section>
  );
}

/** Buttons that open nodes; each says what kind of node it is, since one name can name two. */
function NodeButtons({
  nodes,
  lang,
  onOpen,
}: {
  nodes: readonly NodeNameFragment[];
  lang: Lang;
  onOpen: (id: string) => void;
}) {
  return (
    <span className="node-buttons">
      {nodes.map((node) => (
        <button key={node.id} type="button" className="chip" onClick={() => onOpen(node.id)}>
          {nameOf(node)} <span className="type">{typeName(node, lang)}</span>
        </button>
      ))}
    </span>
  );
}
