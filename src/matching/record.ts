/**
 * What the matcher compares: one person as seen by record linkage — names in
 * any script, partial date of birth, gender, nationalities, place of birth,
 * identifiers and an address. Every field but the names is optional.
 */

/** One name of a person: a full name, or given and family names, in any script. */
export interface NameInput {
  full?: string;
  given?: string[];
  family?: string;
}

/** An identifier such as a passport number or a national identity number. */
export interface IdentifierInput {
  /** e.g. `passport`, `id_card`, `national_id`, `ssn`. */
  scheme: string;
  value: string;
}

/** A person as the matcher sees it. */
export interface MatchRecord {
  /** Unique within the dataset it comes from. */
  id: string;
  /** At least one; the first is the primary name. */
  names: NameInput[];
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  dateOfBirth?: string;
  gender?: 'female' | 'male' | 'other' | 'unknown';
  /** ISO 3166-1 alpha-2 codes. */
  nationalities?: string[];
  placeOfBirth?: string;
  identifiers?: IdentifierInput[];
  /** One line of address, where the dataset has one (FEBRL does). */
  address?: string;
}
