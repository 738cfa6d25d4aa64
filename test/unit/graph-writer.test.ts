import { describe, expect, it } from 'vitest';
import { packed, WRITE_BATCH_SIZE } from '../../seed/writer/graph-writer.js';

const step = (name: string, rows: number) => ({ name, rows });
const names = (transactions: Iterable<{ name: string }[]>) =>
  [...transactions].map((transaction) => transaction.map((item) => item.name));

describe('packed', () => {
  it('puts consecutive batches in one transaction while their rows fit, in their order', () => {
    expect(
      names(
        packed([
          step('Essay', 6),
          step('Person', 9),
          step('Passage', WRITE_BATCH_SIZE - 15),
          step('MENTIONS', 1),
          step('ABOUT', WRITE_BATCH_SIZE),
          step('CITES_NOTE', 0),
        ]),
      ),
    ).toEqual([['Essay', 'Person', 'Passage'], ['MENTIONS'], ['ABOUT', 'CITES_NOTE']]);
  });

  it('writes nothing for no batches', () => {
    expect(names(packed([]))).toEqual([]);
  });
});
