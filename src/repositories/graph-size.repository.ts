/**
 * How big the lists of the graph really are: the largest number of neighbours any node has along a
 * relation, and how many nodes a label has. The cost model prices plain lists by these.
 */
import { RELATIONS, type NodeLabel, type RelationName } from '../domain/graph-model.js';
import type { Neo4jGateway } from '../neo4j/gateway.js';
import { integer, text } from './property-readers.js';

export class GraphSizeRepository {
  constructor(private readonly gateway: Neo4jGateway) {}

  /** The largest degree of each relation, and the node count of each label, in one statement. */
  async measure(
    relations: readonly RelationName[],
    labels: readonly NodeLabel[],
  ): Promise<Map<string, number>> {
    const parts = [
      ...relations.map((name) => {
        const relation = RELATIONS.get(name);
        if (relation === undefined) throw new Error(`The graph model has no relation ${name}`);
        const arrow =
          relation.direction === 'out' ? `-[:${relation.type}]->` : `<-[:${relation.type}]-`;
        return `MATCH (s:${relation.source})
                RETURN '${name}' AS key, coalesce(max(COUNT { (s)${arrow}(:${relation.targets.join('|')}) }), 0) AS size`;
      }),
      ...labels.map((label) => `MATCH (n:${label}) RETURN '${label}' AS key, count(n) AS size`),
    ];
    if (parts.length === 0) return new Map();
    const rows = await this.gateway.read(parts.join('\nUNION ALL\n'));
    return new Map(
      rows.map((row) => [text(row, 'key', 'size row'), integer(row, 'size', 'size row')]),
    );
  }
}
