/**
 * The bridge between two nodes as a client reads it for a side-by-side view: every shared concept
 * and region with each side's passages and findings, and where each is printed.
 */
import { expect } from 'vitest';
import { parseFindings } from '../../seed/pipeline/findings.js';

interface SidePassage {
  slug: string;
  ordinal: number;
  page: number;
  document: { slug: string };
}

export interface SideFinding {
  slug: string;
  about: { slug?: string }[];
  evidence: { page: number; quote: string; passage: SidePassage & { text: string } };
}

export interface BridgeSides {
  passagesA: SidePassage[];
  passagesB: SidePassage[];
  findingsA: SideFinding[];
  findingsB: SideFinding[];
  /** `findingsB(first: 1)`: the first page of the list above. */
  firstFindingB: SideFinding[];
}

export interface BridgeAnswer {
  bridge: { shared: (BridgeSides & { subject: { slug: string } })[] };
}

const DOCUMENT = `document { ... on Essay { slug } ... on Preface { slug } }`;
const PASSAGE = `slug ordinal page ${DOCUMENT}`;
const FINDING = `slug about { ... on Entity { slug } } evidence { page quote passage { ${PASSAGE} text } }`;

/**
 * The first `first` shared concepts or regions of a bridge (as `shared`, each named `subject`), with
 * pages of passages and findings small enough for the cost limit and larger than the seed's lists.
 */
export function bridgeQuery(shared: 'sharedConcepts' | 'sharedRegions', first: number): string {
  const subject = shared === 'sharedConcepts' ? 'concept' : 'region';
  return `query ($a: ID!, $b: ID!) { bridge(a: $a, b: $b) {
    shared: ${shared}(first: ${first}) { subject: ${subject} { slug }
      passagesA(first: 20) { ${PASSAGE} } passagesB(first: 20) { ${PASSAGE} }
      findingsA(first: 30) { ${FINDING} } findingsB(first: 30) { ${FINDING} }
      firstFindingB: findingsB(first: 1) { ${FINDING} } } } }`;
}

/**
 * The curated findings of each document about each subject, from the reviewed data file: a
 * finding is about what its `about` names and what the finding introducing its list is about.
 */
export function findingsByDocumentAndSubject(
  yamlText: string,
  sourceName: string,
): (document: string, subject: string) => string[] {
  const findings = parseFindings(yamlText, sourceName);
  const bySlug = new Map(findings.map((finding) => [finding.slug, finding]));
  const subjectsOf = (slug: string | undefined): string[] => {
    const finding = slug === undefined ? undefined : bySlug.get(slug);
    return finding === undefined
      ? []
      : [...Object.values(finding.about).flat(), ...subjectsOf(finding.itemOf)];
  };
  return (document, subject) =>
    findings
      .filter((finding) => finding.document === document)
      .filter((finding) => subjectsOf(finding.slug).includes(subject))
      .map((finding) => finding.slug)
      .sort();
}

/**
 * Checks every shared item of a bridge between the documents `a` and `b`: passages on both sides,
 * each in its side's document with its page, in reading order; on each side exactly the findings
 * `curated` says that document states about the subject, in reading order, each quoting its
 * passage of that document; `findingsB(first: 1)` the first of them.
 */
export function expectSides(
  shared: BridgeAnswer['bridge']['shared'],
  documents: { a: string; b: string },
  curated: (document: string, subject: string) => string[],
): void {
  const inReadingOrder = (ordinals: number[]) =>
    expect(ordinals).toEqual([...ordinals].sort((x, y) => x - y));
  for (const item of shared) {
    for (const side of ['A', 'B'] as const) {
      const document = side === 'A' ? documents.a : documents.b;
      const passages = item[`passages${side}`];
      expect(passages.length).toBeGreaterThan(0);
      for (const passage of passages) {
        expect(passage.document.slug).toBe(document);
        expect(passage.page).toBeGreaterThan(0);
      }
      inReadingOrder(passages.map((passage) => passage.ordinal));
      const findings = item[`findings${side}`];
      expect(findings.map((finding) => finding.slug).sort()).toEqual(
        curated(document, item.subject.slug),
      );
      inReadingOrder(findings.map((finding) => finding.evidence.passage.ordinal));
      for (const { about, evidence } of findings) {
        expect(about.map((subject) => subject.slug)).toContain(item.subject.slug);
        expect(evidence.passage.document.slug).toBe(document);
        expect(evidence.passage.text).toContain(evidence.quote);
        expect(evidence.page).toBeGreaterThanOrEqual(evidence.passage.page);
      }
    }
    expect(item.firstFindingB).toEqual(item.findingsB.slice(0, 1));
  }
}
