/**
 * The name a person reads for a node, wherever the node is shown without its own fields: an export
 * file's node label, a link in an explorer list.
 */
import type { AnyNodeModel } from './models.js';

/** Longest name given to a passage or finding, which are named by their words. */
const WORDS_SHOWN = 80;

export function displayName(node: AnyNodeModel, lang: 'NL' | 'EN' = 'NL'): string {
  switch (node.label) {
    case 'Programme':
    case 'Person':
      return node.name;
    case 'Project':
    case 'Essay':
    case 'Preface':
    case 'Section':
      return node.title;
    case 'Passage':
      return `p. ${node.page}: ${shortened(node.text)}`;
    case 'Footnote':
      return `${lang === 'EN' ? 'note' : 'noot'} ${node.number}: ${shortened(node.text)}`;
    case 'Finding':
      return shortened(lang === 'EN' ? node.statementEn : node.statementNl);
    case 'Table':
      return node.caption;
    default:
      return lang === 'EN' ? (node.labels.en ?? node.labels.nl) : node.labels.nl;
  }
}

function shortened(text: string): string {
  if (text.length <= WORDS_SHOWN) return text;
  const cut = text.slice(0, WORDS_SHOWN);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : WORDS_SHOWN)}…`;
}
