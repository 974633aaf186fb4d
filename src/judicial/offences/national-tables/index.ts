import { createNationalTableRegistry, loadNationalTable, type NationalOffence, type NationalMatch } from '../national-table.ts';
import de from './de.json' with { type: 'json' };
import fr from './fr.json' with { type: 'json' };
import it from './it.json' with { type: 'json' };

/** The example tables shipped with Liaison, all fictional: DE, FR and IT of the demo federation. */
export const EXAMPLE_NATIONAL_TABLES = createNationalTableRegistry([de, fr, it].map(loadNationalTable));

/** The offence `code` of `country`'s example table, or `undefined`. */
export function nationalOffence(country: string, code: string): NationalOffence | undefined {
  return EXAMPLE_NATIONAL_TABLES.offence(country, code);
}

/** The offences of `country`'s example table matching `iccsCode` (see `createNationalTableRegistry`). */
export function nationalOffencesForIccs(country: string, iccsCode: string): NationalMatch[] {
  return EXAMPLE_NATIONAL_TABLES.offencesForIccs(country, iccsCode);
}
