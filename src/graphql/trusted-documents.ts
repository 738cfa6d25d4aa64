/**
 * The trusted documents: the playground's recipes and the explorer's operations, as GraphQL Code
 * Generator lists them by hash in web/src/__generated__/persisted-documents.json (so the list can
 * never lag behind the operations). With KKS_TRUSTED_DOCUMENTS=only, the server runs these and
 * nothing else: sent whole (whitespace, comments and the order of definitions do not matter), or by
 * hash alone as an automatic persisted query. Their operation names also label the metrics.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { ApolloServerPlugin } from '@apollo/server';
import { printExecutableGraphQLDocument } from '@graphql-tools/documents';
import {
  GraphQLError,
  Kind,
  parse,
  type DocumentNode,
  type OperationDefinitionNode,
} from 'graphql';
import { projectPath } from '../project-paths.js';

export const UNTRUSTED_OPERATION = 'UNTRUSTED_OPERATION';
const MANIFEST = projectPath('web', 'src', '__generated__', 'persisted-documents.json');
const HASH_PREFIX = 'sha256:';

export class TrustedDocuments {
  private constructor(private readonly byHash: ReadonlyMap<string, string>) {}

  /** @throws Error when the manifest is missing or not a map of sha256 hashes to documents. */
  static load(file = MANIFEST): TrustedDocuments {
    const manifest = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    const byHash = new Map<string, string>();
    for (const [key, document] of Object.entries(manifest)) {
      if (!key.startsWith(HASH_PREFIX) || typeof document !== 'string') {
        throw new Error(`${file}: expected "sha256:<hash>": "<document>" entries, got ${key}`);
      }
      byHash.set(key.slice(HASH_PREFIX.length), document);
    }
    return new TrustedDocuments(byHash);
  }

  /** The names of the trusted operations. */
  operationNames(): Set<string> {
    return new Set(
      [...this.byHash.values()].flatMap((document) =>
        parse(document)
          .definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION)
          .flatMap((operation) => (operation.name ? [operation.name.value] : [])),
      ),
    );
  }

  /** Whether `document` is one of the trusted ones, however it is laid out. */
  trusts(document: DocumentNode): boolean {
    return this.byHash.has(sha256(printExecutableGraphQLDocument(document)));
  }

  /**
   * An automatic-persisted-query store holding exactly the trusted documents: a client may send
   * their hash instead of their text, and nothing a client sends is ever added to it.
   */
  persistedQueryStore() {
    return {
      // Apollo prefixes the hash with a namespace of its own ("apq:").
      get: (key: string) => Promise.resolve(this.byHash.get(key.slice(key.indexOf(':') + 1))),
      set: () => Promise.resolve(),
      delete: () => Promise.resolve(),
    };
  }
}

/**
 * Refuses, before it runs, any operation that is not a trusted document (HTTP 403,
 * UNTRUSTED_OPERATION); with `allowIntrospection`, introspection-only operations pass too.
 */
export function trustedDocumentsPlugin(
  trusted: TrustedDocuments,
  allowIntrospection: boolean,
): ApolloServerPlugin {
  return {
    requestDidStart: () =>
      Promise.resolve({
        didResolveOperation: ({ document, operation }) => {
          if (trusted.trusts(document)) return Promise.resolve();
          if (allowIntrospection && operation && introspectsOnly(operation))
            return Promise.resolve();
          throw new GraphQLError(
            'This server runs only its trusted operations (the playground recipes and the explorer operations); send one of those, or its sha256 hash as a persisted query',
            { extensions: { code: UNTRUSTED_OPERATION, http: { status: 403 } } },
          );
        },
      }),
  };
}

function introspectsOnly(operation: OperationDefinitionNode): boolean {
  return operation.selectionSet.selections.every(
    (selection) => selection.kind === Kind.FIELD && selection.name.value.startsWith('__'),
  );
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
