/**
 * Vitest's default order, except that the schema coverage test runs after every other file: it
 * reads what their servers recorded.
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

const LAST = 'schema-coverage.test.ts';

export class LastFileSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const isLast = (file: TestSpecification) => file.moduleId.endsWith(LAST);
    return [...sorted.filter((file) => !isLast(file)), ...sorted.filter(isLast)];
  }
}
