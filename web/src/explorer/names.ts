/** How the explorer names any node the API returns with the NodeName fragment. */
import type { NodeNameFragment } from '../__generated__/graphql.js';
import type { Lang } from './i18n.js';

const TYPE_NAMES: Record<NodeNameFragment['__typename'], Record<Lang, string>> = {
  Concept: { NL: 'concept', EN: 'concept' },
  Theme: { NL: 'thema', EN: 'theme' },
  PolicyInstrument: { NL: 'instrument', EN: 'instrument' },
  Region: { NL: 'regio', EN: 'region' },
  Organisation: { NL: 'organisatie', EN: 'organisation' },
  Regulation: { NL: 'regeling', EN: 'regulation' },
  Essay: { NL: 'essay', EN: 'essay' },
  Preface: { NL: 'voorwoord', EN: 'preface' },
  Section: { NL: 'sectie', EN: 'section' },
  Project: { NL: 'project', EN: 'project' },
  Person: { NL: 'persoon', EN: 'person' },
  Programme: { NL: 'programma', EN: 'programme' },
  Passage: { NL: 'passage', EN: 'passage' },
  Footnote: { NL: 'voetnoot', EN: 'footnote' },
  Finding: { NL: 'bevinding', EN: 'finding' },
  Table: { NL: 'tabel', EN: 'table' },
};

export function nameOf(node: NodeNameFragment): string {
  switch (node.__typename) {
    case 'Essay':
    case 'Preface':
    case 'Section':
    case 'Project':
      return node.title;
    case 'Person':
      return node.personName;
    case 'Programme':
      return node.programmeName;
    case 'Passage':
      return `p. ${node.page}: ${short(node.text)}`;
    case 'Footnote':
      return `${node.number}: ${short(node.text)}`;
    case 'Finding':
      return short(node.statement);
    case 'Table':
      return node.caption;
    default:
      return node.name;
  }
}

export function typeName(node: Pick<NodeNameFragment, '__typename'>, lang: Lang): string {
  return TYPE_NAMES[node.__typename][lang];
}

/** The first words of a text, cut at a word. */
export function short(text: string): string {
  return text.length > 90 ? `${text.slice(0, text.lastIndexOf(' ', 90))}…` : text;
}
