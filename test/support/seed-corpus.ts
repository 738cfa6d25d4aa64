/** The real seed essay, read once per test file, for tests that check the pipeline on real lines. */
import { readFileSync } from 'node:fs';
import { parseEssayMetadata, type EssayMetadata } from '../../seed/pipeline/essay-metadata.js';
import { readEssay, type EssayText } from '../../seed/pipeline/read-essay.js';

const CORPUS = new URL('../../seed/corpus/', import.meta.url);

export const RAW_ESSAY = readFileSync(
  new URL('bouwstenen-voor-de-regionale-arbeidsmarkt.txt', CORPUS),
  'utf8',
);

export const ESSAY_METADATA: EssayMetadata = parseEssayMetadata(
  readFileSync(new URL('bouwstenen-voor-de-regionale-arbeidsmarkt.meta.yaml', CORPUS), 'utf8'),
  'bouwstenen-voor-de-regionale-arbeidsmarkt.meta.yaml',
);

export function readSeedEssay(): EssayText {
  return readEssay(RAW_ESSAY, ESSAY_METADATA, { properNames: new Set(['Randstad']) });
}
