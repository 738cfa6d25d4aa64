/**
 * Refuses, before GraphQL parses anything, a document or variables nested deeper than MAX_NESTING:
 * `[[[[…]]]]` list literals, `{a{a{a…}}}` selections and deep JSON variables all make the parser or
 * the input coercion recurse once per level, and a few thousand levels overflow the stack. Both
 * checks walk iteratively, so they cannot overflow themselves.
 */
import type { RequestHandler } from 'express';
import { Lexer, Source, TokenKind } from 'graphql';
import { PARSE_LIMITS } from './parse-limits.js';
import { problem } from './problem.js';

/** Far deeper than any real operation (fields nest at most 12 deep) or its variables. */
export const MAX_NESTING = 64;

const OPENING = new Set<string>([TokenKind.BRACE_L, TokenKind.BRACKET_L, TokenKind.PAREN_L]);
const CLOSING = new Set<string>([TokenKind.BRACE_R, TokenKind.BRACKET_R, TokenKind.PAREN_R]);

/**
 * How deep `document`'s braces, brackets and parentheses nest, read by GraphQL's own lexer (so
 * strings and comments are skipped). Reading stops past the parser's token limit, or at a lexical
 * error: the parser itself refuses those documents.
 */
export function documentNesting(document: string): number {
  const lexer = new Lexer(new Source(document.slice(0, PARSE_LIMITS.maxSourceLength)));
  let depth = 0;
  let deepest = 0;
  try {
    for (let tokens = 0; tokens <= PARSE_LIMITS.maxLexicalTokens; tokens++) {
      const token = lexer.advance();
      if (token.kind === TokenKind.EOF) break;
      if (OPENING.has(token.kind)) deepest = Math.max(deepest, ++depth);
      else if (CLOSING.has(token.kind)) depth -= 1;
    }
  } catch {
    // A lexical error: the parser reports it.
  }
  return deepest;
}

/** How deep arrays and objects nest in a JSON value. */
export function valueNesting(value: unknown): number {
  let deepest = 0;
  const pending: [unknown, number][] = [[value, 0]];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const [item, depth] = next;
    if (item === null || typeof item !== 'object') continue;
    deepest = Math.max(deepest, depth + 1);
    if (deepest > MAX_NESTING) return deepest;
    for (const child of Object.values(item)) pending.push([child, depth + 1]);
  }
  return deepest;
}

/** The check, for GraphQL over HTTP: the document and variables of a POST body or a GET query. */
export function nestingLimit(): RequestHandler {
  return (request, response, next) => {
    const source = (request.method === 'GET' ? request.query : request.body) as
      Record<string, unknown> | undefined;
    const document = source?.['query'];
    if (typeof document === 'string' && documentNesting(document) > MAX_NESTING) {
      response
        .status(400)
        .json(
          problem('GRAPHQL_PARSE_FAILED', `The document nests deeper than ${MAX_NESTING} levels`),
        );
      return;
    }
    if (valueNesting(variablesOf(source?.['variables'])) > MAX_NESTING) {
      response
        .status(400)
        .json(problem('BAD_USER_INPUT', `The variables nest deeper than ${MAX_NESTING} levels`));
      return;
    }
    next();
  };
}

/** A GET request's variables are JSON text; Apollo reports text that does not parse. */
function variablesOf(variables: unknown): unknown {
  if (typeof variables !== 'string') return variables;
  try {
    return JSON.parse(variables) as unknown;
  } catch {
    return null;
  }
}
