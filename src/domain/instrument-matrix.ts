/**
 * The instrument matrix of a table such as the essay's Table 1: its themes as columns in the order
 * the table prints them, SHORT and LONG horizons as rows, and in each cell the instruments the
 * table places there.
 */
import type { InstrumentMatrixModel } from './analysis-models.js';
import type { Horizon, PolicyInstrumentModel, ThemeModel } from './models.js';

/** An instrument in a table column: the theme the column stands for and its place, from 1. */
export interface Placement {
  readonly theme: ThemeModel;
  readonly instrument: PolicyInstrumentModel;
  readonly column: number;
}

export const HORIZONS: readonly Horizon[] = ['SHORT', 'LONG'];

export function instrumentMatrix(placements: readonly Placement[]): InstrumentMatrixModel {
  const columns = new Map<string, { theme: ThemeModel; column: number }>();
  for (const { theme, column } of placements) {
    const known = columns.get(theme.slug);
    if (known === undefined || column < known.column) columns.set(theme.slug, { theme, column });
  }
  const themes = [...columns.values()]
    .sort((a, b) => a.column - b.column || a.theme.slug.localeCompare(b.theme.slug))
    .map(({ theme }) => theme);
  return {
    themes,
    horizons: HORIZONS,
    cells: themes.flatMap((theme) =>
      HORIZONS.map((horizon) => ({
        theme,
        horizon,
        instruments: placements
          .filter(
            (placement) =>
              placement.theme.slug === theme.slug && placement.instrument.horizon === horizon,
          )
          .map((placement) => placement.instrument),
      })),
    ),
  };
}
