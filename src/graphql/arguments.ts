import { BadUserInputError } from '../domain/errors.js';

/**
 * The one check of a bounded integer argument (page sizes, depths, lengths).
 * @throws BadUserInputError naming the argument, the range expected and the value received.
 */
export function integerArgument(argument: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new BadUserInputError(
      `\`${argument}\` must be an integer from ${min} to ${max} (got ${value})`,
    );
  }
  return value;
}
