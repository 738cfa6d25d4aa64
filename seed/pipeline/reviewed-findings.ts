/**
 * Reading draft findings files (`<slug>.findings.yaml` beside an essay, see finding-drafts.ts) back
 * after review: an entry marked `status: reviewed` is a finding like those of seed/data/findings.yaml
 * and is validated the same way; an entry still marked `draft` is only counted. Pure.
 */
import { z } from 'zod';
import {
  checkFindings,
  findingSchema,
  FindingsError,
  parseFindings,
  type Finding,
} from './findings.js';
import { parseYamlInput } from './yaml-input.js';

export interface FindingsFile {
  readonly text: string;
  readonly name: string;
}

export interface ReviewedFindings {
  /** The curated findings and every reviewed draft, in file order. */
  readonly findings: readonly Finding[];
  /** Draft entries still awaiting review: left out of the graph. */
  readonly drafts: number;
}

const draftsFileSchema = z.strictObject({
  findings: z.array(
    z.discriminatedUnion('status', [
      // A draft may be half-edited: nothing in it is checked until it is marked reviewed.
      z.looseObject({ status: z.literal('draft') }),
      findingSchema.extend({ status: z.literal('reviewed'), reason: z.string().optional() }),
    ]),
  ),
});

/**
 * The reviewed findings of one draft findings file, and how many of its entries are still drafts.
 * @throws FindingsError naming `sourceName` and the first invalid value: an entry without a status
 *   of `draft` or `reviewed`, or a reviewed entry that parseFindings would refuse.
 */
export function parseFindingDrafts(yamlText: string, sourceName: string): ReviewedFindings {
  const file = parseYamlInput(
    yamlText,
    sourceName,
    draftsFileSchema,
    (message) => new FindingsError(message),
  );
  // A reviewed entry is a finding; its status and reason go no further than this file.
  const reviewed: Finding[] = file.findings.filter(
    (entry): entry is Extract<typeof entry, { status: 'reviewed' }> => entry.status === 'reviewed',
  );
  checkFindings(reviewed, sourceName);
  return { findings: reviewed, drafts: file.findings.length - reviewed.length };
}

/**
 * The curated findings file and the reviewed entries of every draft findings file, as one list.
 * @throws FindingsError as parseFindings and parseFindingDrafts, and when two files define the
 *   same slug (naming both).
 */
export function reviewedFindings(
  curated: FindingsFile,
  drafts: readonly FindingsFile[],
): ReviewedFindings {
  const definedIn = new Map<string, string>();
  const findings: Finding[] = [];
  let pending = 0;
  const add = (file: FindingsFile, read: readonly Finding[]) => {
    for (const finding of read) {
      const other = definedIn.get(finding.slug);
      if (other !== undefined) {
        throw new FindingsError(
          `finding ${finding.slug} is defined in both ${other} and ${file.name}; a slug names one finding`,
        );
      }
      definedIn.set(finding.slug, file.name);
      findings.push(finding);
    }
  };
  add(curated, parseFindings(curated.text, curated.name));
  for (const file of drafts) {
    const read = parseFindingDrafts(file.text, file.name);
    add(file, read.findings);
    pending += read.drafts;
  }
  return { findings, drafts: pending };
}
