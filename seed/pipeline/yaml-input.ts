/**
 * Reading a reviewed YAML data file: parse, validate against its schema, and fail with one message
 * naming the file, the path of the first bad value and what was expected.
 */
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';

export function parseYamlInput<S extends z.ZodType>(
  yamlText: string,
  sourceName: string,
  schema: S,
  toError: (message: string) => Error,
): z.infer<S> {
  let raw: unknown;
  try {
    raw = parseYaml(yamlText);
  } catch (error) {
    throw toError(`${sourceName}: not valid YAML (${(error as Error).message})`);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw toError(
      `${sourceName}: ${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'invalid'}`,
    );
  }
  return parsed.data;
}
