/**
 * `npm run ingest -- <file.pdf>`: turns an essay's PDF into drafts a reviewer completes, beside the
 * other essays in the corpus folder: the raw text the pipeline reads (`<slug>.txt`), its metadata
 * (`<slug>.meta.draft.yaml`, taken into the seed once reviewed and renamed `<slug>.meta.yaml`),
 * candidate findings (`<slug>.findings.yaml`) and lexicon candidates
 * (`<slug>.lexicon-candidates.yaml`). The essay's record (slug, title, authors, project) comes from
 * the programme catalogue when its title names one of the series' essays.
 *
 * A file that exists is never overwritten: it may hold review work. With `check`, nothing is written
 * and the fresh draft is compared with the reviewed metadata.
 */
import { access, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { essayPassages } from './pipeline/essay-passages.js';
import { parseCatalogue } from './pipeline/catalogue.js';
import { parseEssayMetadata } from './pipeline/essay-metadata.js';
import { matchEssayRecord, type RecordMatch } from './pipeline/essay-record.js';
import { draftFindings, findingDraftsYaml } from './pipeline/finding-drafts.js';
import { lexiconCandidatesYaml } from './pipeline/lexicon-candidates.js';
import { allLexiconLabels, lexiconGaps, parseBaseline } from './pipeline/lexicon-gaps.js';
import { entrySlug, lexiconLabels } from './pipeline/lexicon.js';
import { MentionMatcher } from './pipeline/mentions.js';
import { compareMetadata, type MetadataComparison } from './pipeline/metadata-diff.js';
import { readEssay } from './pipeline/read-essay.js';
import { reviewedFindings } from './pipeline/reviewed-findings.js';
import { analyseLayout, type EssayLayout } from './pdf/layout-analysis.js';
import { draftEssay } from './pdf/essay-draft.js';
import { readPdf } from './pdf/read-pdf.js';
import { BASELINE_FILE } from './lexicon-gap-report.js';
import { readCorpus, readInputs, SEED_DIR } from './seed-graph.js';

export interface IngestOptions {
  readonly pdf: string;
  /** Where the drafts go: the seed's corpus folder by default. */
  readonly corpusDir?: string;
  /** The essay's slug when its title names no essay of the catalogue. */
  readonly slug?: string;
  /** Compare with the reviewed metadata instead of writing. */
  readonly check?: boolean;
  /** How many lexicon candidates to list. */
  readonly candidates?: number;
}

export interface IngestReport {
  readonly slug: string;
  readonly record: RecordMatch;
  readonly layout: LayoutSummary;
  /** Files written, and files left as they were because they exist. */
  readonly written: readonly string[];
  readonly kept: readonly string[];
  /** Drafted findings and lexicon candidates; null when the draft metadata cannot be read yet. */
  readonly drafted: { readonly findings: number; readonly lexiconCandidates: number } | null;
  /** What the reviewer must look at first: the draft's own doubts, and why drafts are missing. */
  readonly review: readonly string[];
  /** With `check`: the fresh draft against the reviewed metadata. */
  readonly comparison: MetadataComparison | null;
  readonly seconds: number;
}

export interface LayoutSummary {
  readonly pages: number;
  readonly title: string | null;
  readonly runningHeader: string | null;
  readonly headings: number;
  readonly footnotes: number;
  readonly tables: number;
}

export class IngestError extends Error {
  override readonly name = 'IngestError';
}

const DEFAULT_CANDIDATES = 40;
const DRAFT_METADATA_SUFFIX = '.meta.draft.yaml';

/** @throws IngestError when the PDF cannot be read or no slug can be settled. */
export async function ingestEssay(options: IngestOptions): Promise<IngestReport> {
  const started = Date.now();
  const corpusDir = options.corpusDir ?? path.join(SEED_DIR, 'corpus');
  const bytes = await readFile(options.pdf).catch((error: unknown) => {
    throw new IngestError(`cannot read ${options.pdf}: ${(error as NodeJS.ErrnoException).code}`);
  });
  const layout = analyseLayout(
    await readPdf(new Uint8Array(bytes)).catch((error: unknown) => {
      throw new IngestError(
        `${options.pdf} is not a PDF pdf.js can read: ${(error as Error).message}`,
      );
    }),
  );
  const inputs = await readInputs();
  const catalogue = parseCatalogue(inputs.catalogue.text, inputs.catalogue.name);
  const record: RecordMatch =
    layout.title === null
      ? { status: 'unmatched', why: 'the PDF shows no title (no line larger than the rest)' }
      : matchEssayRecord(catalogue, { title: layout.title, authors: frontMatterNames(layout) });
  const named = options.slug ?? (record.status === 'matched' ? record.record.slug : null);
  if (named === null) {
    throw new IngestError(
      `${describeRecord(record)}; name the essay with --slug <slug>${
        record.status === 'near-miss'
          ? ` (one of ${record.candidates.map((candidate) => candidate.record.slug).join(', ')}?)`
          : ''
      }`,
    );
  }
  const slug: string = named;
  const { lexicon } = readCorpus(inputs);
  const draft = draftEssay(layout, {
    slug,
    includeTitle: record.status !== 'matched' || record.record.slug !== slug,
    pdfName: path.basename(options.pdf),
    knownThemes: lexicon.themes.map(entrySlug),
  });
  const file = (suffix: string) => path.join(corpusDir, `${slug}${suffix}`);
  const reviewedMetadataFile = file('.meta.yaml');
  if (options.check) {
    const reviewed = await readFile(reviewedMetadataFile, 'utf8').catch(() => {
      throw new IngestError(`--check compares with ${reviewedMetadataFile}, which does not exist`);
    });
    return {
      ...common(),
      written: [],
      kept: [],
      drafted: null,
      review: [],
      comparison: compareMetadata(
        parseEssayMetadata(draft.metadataYaml, file(DRAFT_METADATA_SUFFIX)),
        parseEssayMetadata(reviewed, reviewedMetadataFile),
      ),
    };
  }

  const written: string[] = [];
  const kept: string[] = [];
  const writeNew = async (target: string, content: string) => {
    if (await exists(target)) kept.push(target);
    else {
      await writeFile(target, content, 'utf8');
      written.push(target);
    }
  };
  await writeNew(file('.txt'), draft.text);
  if (!(await exists(reviewedMetadataFile))) {
    await writeNew(file(DRAFT_METADATA_SUFFIX), draft.metadataYaml);
  }
  // Findings and lexicon candidates are drafted from the passages, read with the reviewed
  // metadata when there is one, else with the draft if it can be read as it stands.
  const review: string[] = [];
  const metadataFile = (await exists(reviewedMetadataFile))
    ? reviewedMetadataFile
    : file(DRAFT_METADATA_SUFFIX);
  let drafted: IngestReport['drafted'] = null;
  try {
    const metadata = parseEssayMetadata(await readFile(metadataFile, 'utf8'), metadataFile);
    const essay = readEssay(await readFile(file('.txt'), 'utf8'), metadata);
    const title = layout.title ?? slug;
    const stated = reviewedFindings(inputs.findings, inputs.findingDrafts).findings;
    const findings = draftFindings(essay, new MentionMatcher(lexiconLabels(lexicon)), {
      stated,
    });
    const baseline = parseBaseline(await readFile(BASELINE_FILE, 'utf8'), BASELINE_FILE);
    const gaps = lexiconGaps(essayPassages(essay), allLexiconLabels(lexicon), baseline, {
      top: options.candidates ?? DEFAULT_CANDIDATES,
    });
    await writeNew(file('.findings.yaml'), findingDraftsYaml(findings, title));
    await writeNew(file('.lexicon-candidates.yaml'), lexiconCandidatesYaml(gaps, title));
    drafted = { findings: findings.length, lexiconCandidates: gaps.length };
  } catch (error) {
    review.push(
      `findings and lexicon candidates wait for the metadata: ${(error as Error).message}; complete ${metadataFile} and run ingest again`,
    );
  }
  return { ...common(), written, kept, drafted, review, comparison: null };

  function common() {
    return {
      slug,
      record,
      layout: summarise(layout),
      seconds: (Date.now() - started) / 1000,
    } as const;
  }
}

/**
 * The names printed before the first heading, under the title ("prof. dr. A. de Vries en
 * P. Bakker"): what the catalogue's authors are checked against.
 */
function frontMatterNames(layout: EssayLayout): string[] {
  const lines: string[] = [];
  for (const page of layout.pages) {
    for (const block of page.blocks) {
      if (block.kind === 'heading') return names(lines);
      if (block.kind === 'paragraph') lines.push(...block.lines);
    }
  }
  return names(lines);
}

function names(lines: readonly string[]): string[] {
  return lines
    .join(' ')
    .split(/\s*(?:,|&|\ben\b)\s*/u)
    .map((name) => name.trim())
    .filter((name) => name !== '');
}

function summarise(layout: EssayLayout): LayoutSummary {
  const blocks = layout.pages.flatMap((page) => page.blocks);
  return {
    pages: layout.pages.length,
    title: layout.title,
    runningHeader: layout.runningHeader,
    headings: blocks.filter((block) => block.kind === 'heading').length,
    footnotes: layout.pages.reduce((sum, page) => sum + page.footnotes.length, 0),
    tables: blocks.filter((block) => block.kind === 'table').length,
  };
}

export function describeRecord(record: RecordMatch): string {
  switch (record.status) {
    case 'matched':
      return `essay ${record.record.seriesPosition} of the series, "${record.record.title}" (${record.record.slug}), by ${record.record.authors.map((author) => author.name).join(', ')}; project ${record.record.project.slug}`;
    case 'near-miss':
      return `the title is close to ${record.candidates
        .map(
          (candidate) =>
            `"${candidate.record.title}" (${candidate.record.slug}, ${candidate.titleScore.toFixed(2)})`,
        )
        .join(', ')} but names none of them exactly: ${record.why}`;
    case 'unmatched':
      return `the title names no essay of the catalogue: ${record.why}`;
  }
}

async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}
