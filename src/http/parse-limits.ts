/**
 * What the GraphQL parser reads at most: enough for the longest recipe several times over. Parsing
 * stops at the first token, comment or character past a limit, so an oversized document costs
 * nothing, and is refused with HTTP 400 and GRAPHQL_PARSE_FAILED.
 */
export const PARSE_LIMITS = { maxLexicalTokens: 4_000, maxComments: 500, maxSourceLength: 100_000 };
