/**
 * Every list is read in index order: the plan of a page, from the first item or after a cursor,
 * reads one index in the list's order and stops after the page, so a page costs the same however
 * many nodes its label has. Asked of the planner (EXPLAIN), for every ordering of every list.
 */
import { describe, expect, it } from 'vitest';
import type { NodeLabel } from '../../src/domain/graph-model.js';
import { applyGraphSchema } from '../../src/repositories/graph-schema.repository.js';
import {
  NodeRepository,
  SORTABLE_PROPERTIES,
  type PageRequest,
} from '../../src/repositories/node.repository.js';
import { lastPlan, useLastRead } from '../support/planned-statement.js';

const database = useLastRead();

const ORDERINGS = Object.entries(SORTABLE_PROPERTIES).flatMap(([label, properties]) =>
  properties.flatMap((sortBy) =>
    (['ASC', 'DESC'] as const).map((direction) => ({
      label: label as NodeLabel,
      sortBy,
      direction,
    })),
  ),
);

const INDEX_READ = /^Node(Unique)?Index(Scan|Seek|SeekByRange)$/;

describe('a page of a list', () => {
  it.each(ORDERINGS)(
    'of $label by $sortBy $direction reads one index in order, from the first item and after a cursor',
    async (ordering) => {
      const nodes = new NodeRepository(database.gateway);
      const request: PageRequest<NodeLabel> = {
        ...ordering,
        filter: {},
        from: null,
        limit: 20,
        probe: true,
      };
      const [first] = await nodes.page(request);
      const fromStart = await lastPlan(database.connection.driver, database.gateway);
      // Footnotes, which a slug orders, are the one list the seeded graph leaves empty.
      const from = first ? { value: first.sortValue, slug: first.slug } : { value: '', slug: '' };
      await nodes.page({ ...request, from });
      const afterCursor = await lastPlan(database.connection.driver, database.gateway);
      for (const plan of [fromStart, afterCursor]) {
        expect(plan.leaves).toEqual([expect.stringMatching(INDEX_READ)]);
        // The index's order is the page's: nothing is sorted, not even the ties of one value.
        expect(plan.operators.filter((operator) => /Sort|Top/.test(operator))).toEqual([]);
      }
    },
  );
});

describe('the graph schema', () => {
  it('drops an index an earlier version made, which could still order a list and sort its ties', async () => {
    await database.connection.gateway.administer(
      'CREATE INDEX concept_sortkey IF NOT EXISTS FOR (n:Concept) ON (n.sortKey)',
    );
    await applyGraphSchema(database.connection.gateway);
    const names = (
      await database.connection.gateway.read('SHOW RANGE INDEXES YIELD name RETURN name')
    ).map((row) => row['name']);
    expect(names).not.toContain('concept_sortkey');
    expect(names).toContain('concept_sortkey_slug');
  });
});
