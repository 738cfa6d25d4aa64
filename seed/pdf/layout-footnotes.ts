/**
 * The footnotes' own texts, printed at the foot of the page (the markers that point to them are
 * found with the lines, in layout-lines.ts).
 */
import { joinWrapped, type LayoutLine } from './layout-lines.js';

export interface Footnote {
  readonly number: number;
  readonly text: string;
}

const NOTE_SIZE = 0.9;
const NOTE_START = /^(\d{1,3})(?!\d)[\s.)]*/u;

/**
 * The notes at the foot of the page: the block of small lines below the body, from the first line
 * that starts with the next note's number. A line starting with the number after the last note
 * starts a new note; any other line continues the note above it.
 */
export function footnotesAtFoot(
  lines: readonly LayoutLine[],
  bodyFontSize: number,
  lastNote: number,
): { notes: Footnote[]; lines: Set<LayoutLine> } {
  let start = lines.length;
  while (start > 0 && (lines[start - 1] as LayoutLine).fontSize < bodyFontSize * NOTE_SIZE) start--;
  const foot = lines.slice(start);
  const first = foot.findIndex((line) => startsNote(line, lastNote));
  const notes: Footnote[] = [];
  const used = new Set<LayoutLine>();
  for (const line of first < 0 ? [] : foot.slice(first)) {
    const previousNumber = notes.at(-1)?.number ?? lastNote;
    const number = NOTE_START.exec(line.text);
    if (number && startsNote(line, previousNumber)) {
      notes.push({ number: Number(number[1]), text: line.text.slice(number[0].length) });
    } else {
      const note = notes.at(-1) as Footnote;
      notes[notes.length - 1] = { number: note.number, text: joinWrapped(note.text, line.text) };
    }
    used.add(line);
  }
  return { notes, lines: used };
}

function startsNote(line: LayoutLine, previousNumber: number): boolean {
  const number = NOTE_START.exec(line.text);
  return number !== null && (previousNumber === 0 || Number(number[1]) === previousNumber + 1);
}
