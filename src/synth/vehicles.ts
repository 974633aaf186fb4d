/** Plausible registration plates, VINs and makes for synthetic vehicles. */
import type { SeededRandom } from '../core/random.ts';
import { fromPattern } from './draw.ts';

/** Letters shared by the Latin and the Cyrillic or Greek alphabets, as used on plates in those countries. */
const LOOKALIKE = 'ABEKMHOPCTYX';
const NO_IOU = 'ABCDEFGHJKLMNPQRSTVWXYZ';
const ES_CONSONANTS = 'BCDFGHJKLMNPRSTVWXYZ';

type PlateMaker = (rng: SeededRandom) => string;
const prefix = (rng: SeededRandom, codes: readonly string[]) => rng.pick(codes);

const PLATES: Record<string, PlateMaker> = {
  DE: (rng) => `${prefix(rng, ['B', 'M', 'HH', 'K', 'F', 'S', 'D', 'DO', 'HB', 'L', 'N', 'KI'])}-${fromPattern(rng, rng.chance(0.5) ? '@@' : '@')} ${rng.int(1, 9999)}`,
  FR: (rng) => fromPattern(rng, '@@-###-@@', NO_IOU),
  PL: (rng) => `${prefix(rng, ['WA', 'WX', 'KR', 'PO', 'GD', 'DW', 'EL', 'ZS', 'BI'])} ${fromPattern(rng, '#####')}`,
  CZ: (rng) => `${rng.int(1, 9)}${prefix(rng, ['A', 'B', 'C', 'E', 'H', 'J', 'K', 'L', 'M', 'P', 'S', 'T', 'U', 'Z'])}${fromPattern(rng, '# ####')}`,
  ES: (rng) => fromPattern(rng, '#### @@@', ES_CONSONANTS),
  PT: (rng) => fromPattern(rng, '@@-##-@@', NO_IOU),
  RO: (rng) => `${prefix(rng, ['B', 'CJ', 'TM', 'IS', 'CT', 'BV', 'DJ', 'GL', 'MS'])} ${fromPattern(rng, '## @@@', NO_IOU)}`,
  TR: (rng) => `${String(rng.int(1, 81)).padStart(2, '0')} ${fromPattern(rng, '@@@ ###', NO_IOU)}`,
  SE: (rng) => fromPattern(rng, rng.chance(0.5) ? '@@@ ###' : '@@@ ##@', 'ABCDEFGHJKLMNOPRSTUWXYZ'),
  NO: (rng) => fromPattern(rng, '@@ #####', 'ABCDEFHJKLNPRSTUVXYZ'),
  RU: (rng) => `${fromPattern(rng, '@###@@', LOOKALIKE)} ${prefix(rng, ['77', '78', '50', '54', '66', '116', '199', '39'])}`,
  UA: (rng) => `${prefix(rng, ['AA', 'KA', 'AI', 'BH', 'BC', 'AX', 'AE', 'BI'])}${fromPattern(rng, '####@@', LOOKALIKE)}`,
  BG: (rng) => `${prefix(rng, ['CA', 'CB', 'PB', 'B', 'A', 'PA', 'EB', 'BT'])}${fromPattern(rng, '####@@', LOOKALIKE)}`,
  RS: (rng) => `${prefix(rng, ['BG', 'NS', 'NI', 'KG', 'SU', 'ZR', 'PA'])} ${fromPattern(rng, '###-@@', 'ABCDEFGHJKLMNPRSTUVZ')}`,
  GR: (rng) => fromPattern(rng, '@@@-####', 'ABEZHIKMNOPTYX'),
  JO: (rng) => `${rng.int(10, 99)}-${fromPattern(rng, '#####')}`,
};

/** A registration plate in a format plausible for `country` (a generic one for countries without their own). */
export function drawPlate(rng: SeededRandom, country: string): string {
  return (PLATES[country] ?? ((r: SeededRandom) => fromPattern(r, '@@ ####')))(rng);
}

const VIN_CHARS = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789';
const VIN_YEARS = 'ABCDEFGHJKLMNPRSTVWXY123456789';
const VIN_VALUE: Record<string, number> = Object.fromEntries(
  [...'ABCDEFGHJKLMNPRSTUVWXYZ'].map((ch, i) => [ch, [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9][i]]),
);
const VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];

/** The ISO 3779 / 49 CFR 565 check digit of a 17-character VIN (position 9). */
export function vinCheckDigit(vin: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (VIN_VALUE[vin[i]] ?? Number(vin[i])) * VIN_WEIGHTS[i];
  const r = sum % 11;
  return r === 10 ? 'X' : String(r);
}

/** A make, its models and its world manufacturer identifier (the first three characters of its VINs). */
export interface Make {
  name: string;
  wmi: string;
  models: readonly string[];
}

/** Makes common on European roads. */
export const MAKES: readonly Make[] = [
  { name: 'Volkswagen', wmi: 'WVW', models: ['Golf', 'Passat', 'Polo', 'Tiguan'] },
  { name: 'BMW', wmi: 'WBA', models: ['320d', '520d', 'X3'] },
  { name: 'Mercedes-Benz', wmi: 'WDD', models: ['C 200', 'E 220', 'Sprinter'] },
  { name: 'Opel', wmi: 'W0L', models: ['Astra', 'Corsa', 'Vivaro'] },
  { name: 'Ford', wmi: 'WF0', models: ['Focus', 'Fiesta', 'Transit'] },
  { name: 'Renault', wmi: 'VF1', models: ['Clio', 'Mégane', 'Master'] },
  { name: 'Peugeot', wmi: 'VF3', models: ['208', '308', 'Partner'] },
  { name: 'Fiat', wmi: 'ZFA', models: ['Punto', 'Panda', 'Ducato'] },
  { name: 'Škoda', wmi: 'TMB', models: ['Octavia', 'Fabia', 'Superb'] },
  { name: 'SEAT', wmi: 'VSS', models: ['Ibiza', 'León'] },
  { name: 'Volvo', wmi: 'YV1', models: ['V70', 'XC60'] },
  { name: 'Toyota', wmi: 'JTD', models: ['Corolla', 'Yaris', 'Hilux'] },
  { name: 'Hyundai', wmi: 'KMH', models: ['i30', 'Tucson'] },
  { name: 'Dacia', wmi: 'UU1', models: ['Logan', 'Duster', 'Sandero'] },
  { name: 'Lada', wmi: 'XTA', models: ['Vesta', 'Niva'] },
];

/** A VIN for `make`: its WMI, random descriptor, a correct check digit, a model-year code and a serial number. */
export function drawVin(rng: SeededRandom, make: Make): string {
  const body = make.wmi + fromPattern(rng, '@@@@@', VIN_CHARS) + '0' + fromPattern(rng, '@', VIN_YEARS) + fromPattern(rng, '@', VIN_CHARS) + fromPattern(rng, '######');
  return body.slice(0, 8) + vinCheckDigit(body) + body.slice(9);
}

/** Vehicle colours as recorded. */
export const COLOURS = ['black', 'white', 'silver', 'grey', 'blue', 'dark blue', 'red', 'green', 'beige'] as const;
