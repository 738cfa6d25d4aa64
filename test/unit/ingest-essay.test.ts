import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestEssay } from '../../seed/ingest-essay.js';
import { parseEssayMetadata } from '../../seed/pipeline/essay-metadata.js';
import { FIXTURE_ESSAY } from '../support/fixture-essay.js';
import { writeFixturePdf } from '../support/fixture-pdf.js';

let folder: string;

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'kks-ingest-'));
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

/** The fixture essay printed under another title and authors, ingested into a folder of its own. */
async function ingestAs(title: string, authors: string, slug?: string) {
  const corpusDir = await mkdtemp(path.join(folder, 'corpus-'));
  const pdf = path.join(corpusDir, 'essay.pdf');
  await writeFile(pdf, (await writeFixturePdf({ ...FIXTURE_ESSAY, title, authors })).bytes);
  return { corpusDir, report: await ingestEssay({ pdf, corpusDir, ...(slug ? { slug } : {}) }) };
}

describe('ingest: the essay’s record', () => {
  it('is the catalogue’s when the PDF prints one of the series’ titles and its authors', async () => {
    const { corpusDir, report } = await ingestAs(
      'Thuis in de openbare ruimte?',
      'prof. dr. Jan Willem Duyvendak en Fenneke Wekker',
    );
    expect(report.record).toMatchObject({
      status: 'matched',
      authorsChecked: true,
      record: {
        slug: 'thuis-in-de-openbare-ruimte',
        seriesPosition: 3,
        authors: [{ slug: 'jan-willem-duyvendak' }, { slug: 'fenneke-wekker' }],
        project: { slug: 'brugproject-openbare-ruimte' },
      },
    });
    expect(report.slug).toBe('thuis-in-de-openbare-ruimte');
    const draft = parseEssayMetadata(
      await readFile(path.join(corpusDir, 'thuis-in-de-openbare-ruimte.meta.draft.yaml'), 'utf8'),
      'draft',
    );
    // The catalogue gives the title; the draft does not type it again.
    expect(draft.documents).toEqual([
      expect.objectContaining({ slug: 'thuis-in-de-openbare-ruimte', label: 'Essay' }),
    ]);
    expect(draft.documents[0]!.title).toBeUndefined();
  });

  it('is not guessed from a series title printed with other authors: a slug must be given', async () => {
    await expect(
      ingestAs('Thuis in de openbare ruimte?', 'Anna de Vries en Pieter Bakker'),
    ).rejects.toThrow(/thuis-in-de-openbare-ruimte.*--slug|--slug.*thuis-in-de-openbare-ruimte/);
    const { report } = await ingestAs(
      'Thuis in de openbare ruimte?',
      'Anna de Vries en Pieter Bakker',
      'een-ander-essay',
    );
    expect(report.slug).toBe('een-ander-essay');
    expect(report.record.status).toBe('near-miss');
  });
});
