/**
 * Seeding end to end: read and validate every seed input first (catalogue, lexicon, every essay with
 * its metadata, findings, and the reviewed entries of the draft findings and lexicon candidates
 * beside the essays), build one graph batch, then write it. Nothing is written unless all input is
 * valid; draft entries not yet reviewed are counted and left out. The run's fingerprint covers
 * every input file and the pipeline code, so a seed is "current" exactly when the graph was written
 * from these files by this code.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Neo4jGateway } from '../src/neo4j/gateway.js';
import { projectPath } from '../src/project-paths.js';
import { catalogueToGraph, citeCatalogue, parseCatalogue } from './pipeline/catalogue.js';
import { essayToGraph, type PlacedPassage } from './pipeline/essay-graph.js';
import { parseEssayMetadata } from './pipeline/essay-metadata.js';
import { findingsToGraph } from './pipeline/findings.js';
import { withDerivedNames } from './pipeline/derived-names.js';
import { GraphBatchBuilder, type GraphBatch } from './pipeline/graph-batch.js';
import {
  citeLexiconLinks,
  lexiconLabels,
  lexiconToGraph,
  parseLexicon,
  type Lexicon,
} from './pipeline/lexicon.js';
import { withAcceptedCandidates } from './pipeline/lexicon-candidates.js';
import { MentionMatcher } from './pipeline/mentions.js';
import { readEssay, type EssayText } from './pipeline/read-essay.js';
import { reviewedFindings } from './pipeline/reviewed-findings.js';
import { completedSeedRun, writeGraph, type WriteProgress } from './writer/graph-writer.js';

export const SEED_DIR = projectPath('seed');
/**
 * The code the graph is built by, as TypeScript sources whether this runs from them or compiled
 * (src/domain holds the normalisation and graph model it uses).
 */
const PIPELINE_SOURCES = [
  projectPath('seed', 'pipeline'),
  projectPath('seed', 'writer'),
  projectPath('src', 'domain'),
];
const ASSEMBLY_SOURCE = projectPath('seed', 'seed-graph.ts');
const METADATA_SUFFIX = '.meta.yaml';
/** Draft findings of an essay, beside it: finding-drafts.ts writes them, a reviewer marks them. */
const FINDING_DRAFTS_SUFFIX = '.findings.yaml';
/** Lexicon candidates of an essay, beside it: lexicon-candidates.ts writes them. */
const LEXICON_CANDIDATES_SUFFIX = '.lexicon-candidates.yaml';

export class SeedInputError extends Error {
  override readonly name = 'SeedInputError';
}

export interface SeedSources {
  /** Folder holding data/ and corpus/; the project's own seed/ by default. */
  readonly seedDir?: string;
  /** More folders of essays (text + .meta.yaml) to ingest beside seedDir/corpus. */
  readonly extraCorpusDirs?: readonly string[];
}

export interface WriteOptions {
  readonly onProgress?: (progress: WriteProgress) => void;
  /** Skip writing when the graph already holds a completed run of exactly these inputs. */
  readonly ifStale?: boolean;
}

/** A validated graph batch and the fingerprint of the inputs it was built from. */
export interface PreparedSeed {
  readonly run: string;
  readonly graph: GraphBatch;
  readonly awaitingReview: AwaitingReview;
}

/** Entries of the drafts beside the essays that a reviewer has not yet taken into the graph. */
export interface AwaitingReview {
  /** Draft findings still marked `draft`. */
  readonly findings: number;
  /** Lexicon candidates still at `accept: false`. */
  readonly lexiconCandidates: number;
}

export interface SeedOutcome {
  readonly written: boolean;
  readonly run: string;
}

/**
 * Reads and validates every input and builds the graph batch; touches no database.
 * @throws SeedInputError when a seed file cannot be read, and the parse errors of each input
 *   (CatalogueError, LexiconError, EssayMetadataError, LayoutError, FindingsError, GraphBatchError)
 *   when one is invalid.
 */
export async function prepareSeed(sources: SeedSources = {}): Promise<PreparedSeed> {
  const inputs = await readInputs(sources);
  return { run: inputs.run, ...assemble(inputs) };
}

/** Writes a prepared seed (see graph-writer.ts for how reruns and interrupted runs converge). */
export async function writeSeed(
  gateway: Neo4jGateway,
  seed: PreparedSeed,
  options: WriteOptions = {},
): Promise<SeedOutcome> {
  if (options.ifStale && (await completedSeedRun(gateway)) === seed.run) {
    return { written: false, run: seed.run };
  }
  await writeGraph(gateway, seed.graph, seed.run, options.onProgress);
  return { written: true, run: seed.run };
}

/** prepareSeed, then writeSeed: nothing is written unless every input is valid. */
export async function seedGraph(
  gateway: Neo4jGateway,
  options: SeedSources & WriteOptions = {},
): Promise<SeedOutcome> {
  return writeSeed(gateway, await prepareSeed(options), options);
}

interface InputFile {
  readonly text: string;
  readonly name: string;
}

interface SeedInputs {
  readonly run: string;
  readonly catalogue: InputFile;
  readonly lexicon: InputFile;
  readonly findings: InputFile;
  /** The draft findings files beside the essays, in corpus order. */
  readonly findingDrafts: readonly InputFile[];
  /** The lexicon candidates files beside the essays, in corpus order. */
  readonly lexiconCandidates: readonly InputFile[];
  readonly essays: readonly {
    readonly metadata: string;
    readonly metadataName: string;
    readonly text: string;
  }[];
}

/** Builds the whole graph batch from the inputs; pure. */
export function buildGraph(inputs: SeedInputs): GraphBatch {
  return assemble(inputs).graph;
}

/** The graph batch, and what the drafts beside the essays still hold for review; pure. */
function assemble(inputs: SeedInputs): Omit<PreparedSeed, 'run'> {
  const graph = new GraphBatchBuilder();
  const catalogue = parseCatalogue(inputs.catalogue.text, inputs.catalogue.name);
  catalogueToGraph(catalogue, graph);
  const { lexicon, essays, candidatesNotAccepted } = readCorpus(inputs);
  lexiconToGraph(lexicon, graph);
  const matcher = new MentionMatcher(lexiconLabels(lexicon));
  const passages: PlacedPassage[] = [];
  for (const essay of essays) passages.push(...essayToGraph(essay, lexicon, matcher, graph));
  citeCatalogue(catalogue, passages, graph);
  citeLexiconLinks(lexicon, passages, matcher, graph);
  const findings = reviewedFindings(inputs.findings, inputs.findingDrafts);
  findingsToGraph(findings.findings, passages, graph);
  // How much the corpus discusses each entity: what the concepts list can be ordered by.
  for (const { ref } of lexiconLabels(lexicon)) {
    graph.addNode(ref.label, ref.slug, { passageCount: graph.incoming('MENTIONS', ref) });
  }
  return {
    graph: withDerivedNames(graph.build()),
    awaitingReview: { findings: findings.drafts, lexiconCandidates: candidatesNotAccepted },
  };
}

/**
 * The lexicon (with the accepted lexicon candidates) and every essay read into passages, as the
 * graph gets them; pure.
 * @throws LexiconError, EssayMetadataError, LayoutError as parseLexicon, withAcceptedCandidates,
 *   parseEssayMetadata, readEssay.
 */
export function readCorpus(inputs: SeedInputs): {
  lexicon: Lexicon;
  essays: EssayText[];
  /** Lexicon candidates still at `accept: false`. */
  candidatesNotAccepted: number;
} {
  const { lexicon, notAccepted } = withAcceptedCandidates(
    parseLexicon(inputs.lexicon.text, inputs.lexicon.name),
    inputs.lexicon.name,
    inputs.lexiconCandidates,
  );
  const properNames = new Set(
    lexiconLabels(lexicon)
      .filter((entity) => entity.ref.label === 'Region')
      .map((entity) => entity.name.nl),
  );
  const essays = inputs.essays.map((essay) =>
    readEssay(essay.text, parseEssayMetadata(essay.metadata, essay.metadataName), { properNames }),
  );
  return { lexicon, essays, candidatesNotAccepted: notAccepted };
}

export async function readInputs(sources: SeedSources = {}): Promise<SeedInputs> {
  const seedDir = sources.seedDir ?? SEED_DIR;
  const hash = createHash('sha256');
  const read = async (file: string) => {
    const text = await readInput(file);
    hash.update(path.relative(seedDir, file)).update('\u0000').update(text).update('\u0000');
    return { text, name: path.relative(process.cwd(), file) };
  };
  const catalogue = await read(path.join(seedDir, 'data', 'programme.yaml'));
  const lexicon = await read(path.join(seedDir, 'data', 'lexicon.yaml'));
  const findings = await read(path.join(seedDir, 'data', 'findings.yaml'));
  const essays = [];
  const findingDrafts = [];
  const lexiconCandidates = [];
  for (const corpusDir of [path.join(seedDir, 'corpus'), ...(sources.extraCorpusDirs ?? [])]) {
    const files = await sortedFiles(corpusDir);
    for (const file of files.filter((name) => name.endsWith(FINDING_DRAFTS_SUFFIX))) {
      findingDrafts.push(await read(file));
    }
    for (const file of files.filter((name) => name.endsWith(LEXICON_CANDIDATES_SUFFIX))) {
      lexiconCandidates.push(await read(file));
    }
    for (const metadataFile of await metadataFiles(corpusDir)) {
      const metadata = await read(metadataFile);
      const source = parseEssayMetadata(metadata.text, metadata.name).source;
      const text = await read(path.join(corpusDir, source));
      essays.push({ metadata: metadata.text, metadataName: metadata.name, text: text.text });
    }
  }
  for (const dir of PIPELINE_SOURCES) {
    for (const file of await sortedFiles(dir)) await read(file);
  }
  // This file assembles the graph too.
  await read(ASSEMBLY_SOURCE);
  return {
    run: hash.digest('hex').slice(0, 16),
    catalogue,
    lexicon,
    findings,
    findingDrafts,
    lexiconCandidates,
    essays,
  };
}

async function metadataFiles(corpusDir: string): Promise<string[]> {
  const files = (await sortedFiles(corpusDir)).filter((file) => file.endsWith(METADATA_SUFFIX));
  if (files.length === 0)
    throw new SeedInputError(`${corpusDir} holds no *${METADATA_SUFFIX} essay metadata`);
  return files;
}

async function sortedFiles(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).sort().map((file) => path.join(dir, file));
  } catch (error) {
    throw new SeedInputError(
      `cannot read ${dir}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
    );
  }
}

async function readInput(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    throw new SeedInputError(
      `cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
    );
  }
}
