/** How much of a client's input an error message repeats. */
export const ECHOED_LENGTH = 60;

/**
 * A client's value as an error message quotes it: in JSON quotes, cut short when long, so that an
 * error never echoes a large input back.
 */
export function quoted(value: string): string {
  return value.length <= ECHOED_LENGTH
    ? JSON.stringify(value)
    : `${JSON.stringify(value.slice(0, ECHOED_LENGTH))}… (${value.length} characters)`;
}
