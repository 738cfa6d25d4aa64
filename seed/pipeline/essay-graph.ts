/**
 * Turns a read essay into graph rows: its documents' sections and passages (in order, linked NEXT,
 * with page provenance), the footnotes each passage cites, what each passage mentions, and the policy instruments of its tables with
 * the theme and horizon the table gives them.
 */
import { searchableText } from '../../src/domain/text-normalisation.js';
import { indexedText } from '../../src/domain/word-forms.js';
import type { GraphBatchBuilder, NodeRef } from './graph-batch.js';
import { normaliseSpace } from './document-structure.js';
import { entrySlug, type Lexicon } from './lexicon.js';
import type { MentionMatcher } from './mentions.js';
import type { PageStart } from './paragraphs.js';
import type { EssayText } from './read-essay.js';

/** A passage as written to the graph, with what findings need to anchor their quotes. */
export interface PlacedPassage {
  readonly slug: string;
  readonly document: string;
  readonly text: string;
  /** The page on which the character at `offset` stands. */
  pageAt(offset: number): number;
}

export class EssayGraphError extends Error {
  override readonly name = 'EssayGraphError';
}

export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export function essayToGraph(
  essay: EssayText,
  lexicon: Lexicon,
  matcher: MentionMatcher,
  graph: GraphBatchBuilder,
): PlacedPassage[] {
  const placed: PlacedPassage[] = [];
  for (const document of essay.documents) {
    const documentRef: NodeRef = { label: document.label, slug: document.slug };
    if (document.title !== null) {
      graph.addNode(document.label, document.slug, { title: document.title });
    } else if (!graph.has(documentRef)) {
      throw new EssayGraphError(
        `${document.label} ${document.slug} is neither in the catalogue nor given a title in its metadata`,
      );
    }
    let ordinal = 0;
    let previous: NodeRef | null = null;
    document.sections.forEach((section, sectionIndex) => {
      const sectionRef: NodeRef = {
        label: 'Section',
        slug: `${document.slug}--${slugify(section.heading)}`,
      };
      graph
        .addNode('Section', sectionRef.slug, {
          title: section.heading,
          ordinal: sectionIndex + 1,
          page: section.page,
          document: document.slug,
        })
        .addRelationship('HAS_SECTION', documentRef, sectionRef, { order: sectionIndex + 1 });
      for (const passage of section.passages) {
        ordinal += 1;
        const passageRef: NodeRef = {
          label: 'Passage',
          slug: `${document.slug}--p${String(ordinal).padStart(3, '0')}`,
        };
        const pages = passage.pages;
        graph
          .addNode('Passage', passageRef.slug, {
            text: passage.text,
            searchText: indexedText(passage.text),
            ordinal,
            // Sorts all passages in reading order: document by document, then by position.
            readingKey: `${document.slug}:${String(ordinal).padStart(5, '0')}`,
            kind: passage.kind,
            marker: passage.marker,
            page: pages[0]?.page ?? section.page,
            pageEnd: pages.at(-1)?.page ?? section.page,
            pageStartOffsets: pages.map((start) => start.offset),
            pageStartPages: pages.map((start) => start.page),
            footnotes: passage.footnotes,
            document: document.slug,
            section: section.heading,
          })
          .addRelationship('HAS_PASSAGE', sectionRef, passageRef, { order: ordinal });
        if (previous !== null) graph.addRelationship('NEXT', previous, passageRef);
        previous = passageRef;
        passage.notes.forEach((note, index) => {
          const noteRef: NodeRef = {
            label: 'Footnote',
            slug: `${document.slug}--n${String(note.number).padStart(3, '0')}`,
          };
          graph
            .addNode('Footnote', noteRef.slug, {
              number: note.number,
              page: note.page,
              text: note.text,
              searchText: indexedText(note.text),
              document: document.slug,
            })
            .addRelationship('CITES_NOTE', passageRef, noteRef, { order: index + 1 });
        });
        for (const mention of matcher.find(passage.text)) {
          graph.addRelationship('MENTIONS', passageRef, mention.entity, {
            count: mention.count,
            surfaces: mention.surfaces,
          });
        }
        placed.push({
          slug: passageRef.slug,
          document: document.slug,
          text: passage.text,
          pageAt: (offset) => pageAt(pages, offset),
        });
      }
    });
  }
  addTableInstruments(essay, lexicon, graph);
  return placed;
}

function pageAt(pages: readonly PageStart[], offset: number): number {
  let page = pages[0]?.page ?? 0;
  for (const start of pages) if (start.offset <= offset) page = start.page;
  return page;
}

/**
 * Each table becomes a node that search finds (caption, page, the cells' texts) and that lists its
 * instruments cell by cell; each instrument's SERVES link to the theme of its column cites it.
 */
function addTableInstruments(essay: EssayText, lexicon: Lexicon, graph: GraphBatchBuilder): void {
  const essayDocument = essay.documents.find((document) => document.label === 'Essay');
  essay.tables.forEach((table, tableIndex) => {
    const caption = normaliseSpace(table.layout.caption);
    const tableRef: NodeRef = {
      label: 'Table',
      slug: `${essayDocument?.slug ?? 'essay'}--${slugify(caption)}`,
    };
    graph.addNode('Table', tableRef.slug, {
      caption,
      page: table.page,
      ordinal: tableIndex + 1,
      document: essayDocument?.slug ?? null,
      labelText: searchableText(caption),
      searchText: indexedText(
        caption,
        ...table.layout.columns.map((column) => column.printed),
        ...table.layout.rows.map((row) => row.printed),
        ...table.cells.map((cell) => cell.text),
      ),
    });
    table.cells.forEach((cell, cellIndex) => {
      const instrument = lexicon.instruments.find(
        (entry) => normaliseSpace(entry.cell) === cell.text,
      );
      if (instrument === undefined) {
        throw new EssayGraphError(
          `table "${caption}" cell "${cell.text}" has no instrument in the lexicon`,
        );
      }
      const themeRef: NodeRef = { label: 'Theme', slug: cell.theme };
      if (!graph.has(themeRef)) {
        throw new EssayGraphError(
          `table "${caption}" column theme "${cell.theme}" is not a lexicon theme`,
        );
      }
      const instrumentRef: NodeRef = { label: 'PolicyInstrument', slug: entrySlug(instrument) };
      const column = table.layout.columns.findIndex((entry) => entry.theme === cell.theme) + 1;
      graph
        .addNode('PolicyInstrument', instrumentRef.slug, { horizon: cell.horizon })
        .addRelationship('LISTS', tableRef, instrumentRef, {
          order: cellIndex + 1,
          text: cell.text,
          column,
          theme: cell.theme,
          horizon: cell.horizon,
        })
        .addRelationship('SERVES', instrumentRef, themeRef, {
          table: tableRef.slug,
          caption,
          page: table.page,
          column,
        });
    });
  });
}
