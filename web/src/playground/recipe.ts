/**
 * A research recipe: a named operation in web/recipes/, documented by the comment lines that open
 * its file (the first is its title, the rest its description).
 */
export interface Recipe {
  /** The file name, e.g. 01-concept-evidence.graphql; recipes are listed in file-name order. */
  readonly file: string;
  readonly title: string;
  readonly description: string;
  /** The whole file, comments included: what the playground opens in a tab. */
  readonly query: string;
  /** The name of the recipe's one operation. */
  readonly operationName: string;
}

/** @throws Error when the file does not open with a title comment or names no operation. */
export function parseRecipe(file: string, text: string): Recipe {
  const comments: string[] = [];
  for (const line of text.split('\n')) {
    if (!line.startsWith('#')) break;
    comments.push(line.replace(/^#\s?/, '').trim());
  }
  const [title, ...description] = comments;
  if (title === undefined || title === '') {
    throw new Error(`Recipe ${file} must open with a '# Title' comment line`);
  }
  const operationName = /^query\s+(\w+)/m.exec(text)?.[1];
  if (operationName === undefined) throw new Error(`Recipe ${file} must hold a named query`);
  return { file, title, description: description.join(' '), query: text, operationName };
}
