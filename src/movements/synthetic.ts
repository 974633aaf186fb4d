/**
 * Synthetic travel data for tests and benchmarks: fictional travellers (names
 * from the synthetic pools of src/synth), their machine-readable zones (TD1,
 * TD2, TD3 with correct check digits) and PAXLST passenger lists. Never real persons.
 */
import anyAscii from 'any-ascii';
import type { SeededRandom } from '../core/random.ts';
import { icaoCheckDigit } from '../matching/fields/identifiers.ts';
import { dayOf, fromPattern, isoDay } from '../synth/draw.ts';
import { drawPerson } from '../synth/people.ts';
import { foldDiacritics } from '../synth/romanise.ts';
import { icaoOf } from './country-codes.ts';
import type { MrzFormat } from './mrz.ts';

/** A fictional traveller with one travel document; names in Latin capitals as printed in an MRZ. */
export interface SyntheticTraveller {
  surname: string;
  givenNames: string[];
  /** YYYY-MM-DD. */
  dateOfBirth: string;
  sex: 'female' | 'male';
  /** ICAO 9303 code. */
  nationality: string;
  document: { type: 'passport' | 'id_card'; number: string; issuingCountry: string; expiresOn: string };
}

/** A person as the synthetic generators draw it, in any script. */
export interface SyntheticPerson {
  givenNames: string[];
  familyName: string;
  /** YYYY-MM-DD (a partial date is completed with the 1st). */
  dateOfBirth: string;
  gender: 'female' | 'male';
  /** ISO 3166-1 alpha-2. */
  nationality: string;
  /** The romanisation of the person's script, when it is not Latin. */
  romanise?: (text: string) => string;
}

/** A name as an MRZ prints it: Latin capitals, other characters as spaces (later `<`). */
export function mrzName(text: string, romanise?: (text: string) => string): string {
  const latin = romanise ? romanise(text) : text;
  return anyAscii(foldDiacritics(latin)).toUpperCase().replace(/[^A-Z]+/g, ' ').trim();
}

/** The traveller a synthetic person would be at a border, with a passport (or an identity card) of its nationality valid for years. */
export function travellerOf(rng: SeededRandom, person: SyntheticPerson, today = '2026-11-28'): SyntheticTraveller {
  const state = icaoOf(person.nationality) ?? 'UTO';
  const dateOfBirth = person.dateOfBirth.length === 10 ? person.dateOfBirth : `${person.dateOfBirth.slice(0, 4)}-${person.dateOfBirth.slice(5, 7) || '01'}-01`;
  return {
    surname: mrzName(person.familyName, person.romanise),
    givenNames: person.givenNames.map((g) => mrzName(g, person.romanise)).filter(Boolean),
    dateOfBirth,
    sex: person.gender,
    nationality: state,
    document: {
      type: rng.chance(0.8) ? 'passport' : 'id_card',
      number: fromPattern(rng, '@@#######'),
      issuingCountry: state,
      expiresOn: isoDay(dayOf(today) + rng.int(30, 3650)),
    },
  };
}

/** A fictional traveller drawn from the synthetic name pools (any locale, romanised as travel documents do). */
export function drawTraveller(rng: SeededRandom, today = '2026-11-28'): SyntheticTraveller {
  const p = drawPerson(rng, dayOf(today));
  return travellerOf(rng, { givenNames: p.givenNames, familyName: p.familyName, dateOfBirth: isoDay(p.birthDay), gender: p.gender, nationality: p.nationalities[0], romanise: p.locale.romanise }, today);
}

const pad = (text: string, length: number) => text.slice(0, length).padEnd(length, '<');
const yymmdd = (iso: string) => iso.slice(2, 4) + iso.slice(5, 7) + iso.slice(8, 10);
const withDigit = (field: string) => field + String(icaoCheckDigit(field));

/** The name field of an MRZ: SURNAME<<GIVEN<NAMES, cut to `length`. */
function nameField(t: SyntheticTraveller, length: number): string {
  return pad(`${t.surname.replace(/ /g, '<')}<<${t.givenNames.join(' ').replace(/ /g, '<')}`, length);
}

/**
 * The machine-readable zone of a traveller's document in a format, with
 * correct check digits (ICAO 9303 Parts 4–6); a number longer than nine
 * characters is not generated.
 *
 * @example mrzOf(drawTraveller(new SeededRandom(1)), 'TD3') // two lines of 44 characters
 */
export function mrzOf(t: SyntheticTraveller, format: MrzFormat): string[] {
  const d = t.document;
  const code = format === 'TD3' ? 'P<' : 'I<';
  const state = pad(d.issuingCountry, 3);
  const number = withDigit(pad(d.number, 9));
  const birth = withDigit(yymmdd(t.dateOfBirth));
  const sex = t.sex === 'female' ? 'F' : 'M';
  const expiry = withDigit(yymmdd(d.expiresOn));
  const nationality = pad(t.nationality, 3);
  if (format === 'TD1') {
    const line1 = `${code}${state}${number}${pad('', 15)}`;
    const line2 = `${birth}${sex}${expiry}${nationality}${pad('', 11)}`;
    const composite = icaoCheckDigit(line1.slice(5, 30) + line2.slice(0, 7) + line2.slice(8, 15) + line2.slice(18, 29));
    return [line1, `${line2}${composite}`, nameField(t, 30)];
  }
  if (format === 'TD2') {
    const line2 = `${number}${nationality}${birth}${sex}${expiry}${pad('', 7)}`;
    const composite = icaoCheckDigit(line2.slice(0, 10) + line2.slice(13, 20) + line2.slice(21, 35));
    return [`${code}${state}${nameField(t, 31)}`, `${line2}${composite}`];
  }
  const line2 = `${number}${nationality}${birth}${sex}${expiry}${pad('', 14)}<`;
  const composite = icaoCheckDigit(line2.slice(0, 10) + line2.slice(13, 20) + line2.slice(21, 43));
  return [`${code}${state}${nameField(t, 39)}`, `${line2}${composite}`];
}

/** A flight for a passenger list: number, carrier, airports (IATA) and times (ISO 8601 UTC). */
export interface SyntheticFlight {
  flight: string;
  carrier: string;
  from: string;
  to: string;
  departure: string;
  arrival: string;
}

/** Options of a generated interchange: references and parties, crew instead of passengers. */
export interface PaxlstOptions {
  reference?: string;
  sender?: string;
  recipient?: string;
  listType?: 'passenger' | 'crew';
}

/** Escapes the service characters of UNA `:+.? '` with the release character. */
const escape = (text: string) => text.replace(/[?'+:]/g, (c) => `?${c}`);
const stamp = (iso: string) => iso.slice(2, 4) + iso.slice(5, 7) + iso.slice(8, 10) + iso.slice(11, 13) + iso.slice(14, 16);

/**
 * A valid UN/EDIFACT PAXLST interchange (D02B, WCO/IATA/ICAO guidelines) for
 * one flight: UNA, UNB, UNG, one message (UNH, BGM, NAD MS, TDT with LOC
 * 125/87 and DTM 189/232, a NAD FL or FM group per traveller with ATT, DTM 329,
 * NAT, DOC, DTM 36 and LOC 91, CNT, UNT), UNE, UNZ; one segment a line.
 */
export function paxlstOf(flight: SyntheticFlight, travellers: readonly SyntheticTraveller[], options: PaxlstOptions = {}): string {
  const reference = options.reference ?? 'IC000001';
  const crew = options.listType === 'crew';
  const message: string[] = [
    `UNH+M1+PAXLST:D:02B:UN:IATA+${escape(flight.flight)}/${stamp(flight.departure)}+01:F`,
    `BGM+${crew ? '250' : '745'}`,
    'NAD+MS+++SYNTHETIC CONTACT',
    `TDT+20+${escape(flight.flight)}+++${escape(flight.carrier)}`,
    `LOC+125+${flight.from}`,
    `DTM+189:${stamp(flight.departure)}:201`,
    `LOC+87+${flight.to}`,
    `DTM+232:${stamp(flight.arrival)}:201`,
  ];
  for (const t of travellers) {
    message.push(
      `NAD+${crew ? 'FM' : 'FL'}+++${[t.surname, ...t.givenNames].map(escape).join(':')}`,
      `ATT+2++${t.sex === 'female' ? 'F' : 'M'}`,
      `DTM+329:${yymmdd(t.dateOfBirth)}`,
      `NAT+2+${t.nationality}`,
      `DOC+${t.document.type === 'passport' ? 'P' : 'I'}:110:111+${t.document.number}`,
      `DTM+36:${yymmdd(t.document.expiresOn)}`,
      `LOC+91+${t.document.issuingCountry}`,
    );
  }
  message.push(`CNT+${crew ? '41' : '42'}:${travellers.length}`);
  message.push(`UNT+${message.length + 1}+M1`);
  const sender = options.sender ?? 'SYNTHAIR';
  const recipient = options.recipient ?? 'BORDERAPI';
  const prepared = `${flight.departure.slice(0, 4)}${flight.departure.slice(5, 7)}${flight.departure.slice(8, 10)}:${flight.departure.slice(11, 13)}${flight.departure.slice(14, 16)}`;
  const segments = [
    `UNB+UNOA:4+${sender}:ZZ+${recipient}:ZZ+${prepared}+${reference}`,
    `UNG+PAXLST+${sender}:ZZ+${recipient}:ZZ+${prepared}+G1+UN+D:02B`,
    ...message,
    'UNE+1+G1',
    `UNZ+1+${reference}`,
  ];
  return `UNA:+.? '\n${segments.map((s) => `${s}'`).join('\n')}\n`;
}

/** A fictional flight between two airports on a day, two hours long. */
export function syntheticFlight(rng: SeededRandom, day = '2026-11-28', route: [string, string] = ['ZRH', 'LUX']): SyntheticFlight {
  const departure = new Date(`${day}T${String(rng.int(5, 20)).padStart(2, '0')}:${String(rng.int(0, 11) * 5).padStart(2, '0')}:00Z`);
  return {
    flight: `SY${rng.int(100, 9999)}`,
    carrier: 'SY',
    from: route[0],
    to: route[1],
    departure: departure.toISOString(),
    arrival: new Date(departure.getTime() + 2 * 3600_000).toISOString(),
  };
}
