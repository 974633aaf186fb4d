import { invalidInput, type FieldIssue } from '../core/errors.ts';
import { isPartialDate } from '../model/primitives.ts';
import { isIcaoCode } from './country-codes.ts';
import { readEdifact, type EdifactSegment } from './edifact-reader.ts';

/** What a traveller is on the list: NAD party function FL, FM, DDT or DDU. */
export type TravellerRole = 'passenger' | 'crew' | 'transit_passenger' | 'transit_crew';

/** A travel document of a traveller (DOC group: DOC, DTM 36, LOC 91). */
export interface PaxlstDocument {
  /** The document name code as sent: P passport, I/A/C identity card, V visa… */
  code: string;
  type: 'passport' | 'id_card' | 'visa' | 'other';
  number: string;
  /** ICAO 9303 code of the issuing state (LOC 91). */
  issuingCountry?: string;
  /** YYYY-MM-DD (DTM 36). */
  expiresOn?: string;
  segment: number;
}

/** One passenger or crew member (NAD group). */
export interface PaxlstTraveller {
  /** The NAD segment that opens it. */
  segment: number;
  /** 1-based within its message. */
  position: number;
  role: TravellerRole;
  surname: string;
  givenNames: string[];
  /** YYYY-MM-DD (DTM 329). */
  dateOfBirth?: string;
  sex?: 'female' | 'male' | 'unspecified';
  /** ICAO 9303 code (NAT 2). */
  nationality?: string;
  /** Ports of embarkation and debarkation (LOC 178, 179). */
  embarkation?: string;
  debarkation?: string;
  documents: PaxlstDocument[];
}

/** A flight leg (TDT group): departure airport and time (LOC 125, DTM 189), arrival airport and time (LOC 87, DTM 232). */
export interface FlightLeg {
  flight: string;
  carrier?: string;
  departure?: { airport: string; at?: string };
  arrival?: { airport: string; at?: string };
}

/** One PAXLST message (UNH … UNT). */
export interface PaxlstMessage {
  /** 1-based within the interchange. */
  number: number;
  reference: string;
  listType: 'passenger' | 'crew';
  legs: FlightLeg[];
  travellers: PaxlstTraveller[];
}

/** A PAXLST interchange (UNB … UNZ) as read. */
export interface PaxlstInterchange {
  sender: string;
  recipient: string;
  reference: string;
  messages: PaxlstMessage[];
}

const ROLES: Record<string, TravellerRole> = { FL: 'passenger', FM: 'crew', DDT: 'transit_passenger', DDU: 'transit_crew' };
const LIST_TYPES: Record<string, 'passenger' | 'crew'> = { '745': 'passenger', '250': 'crew', '266': 'passenger', '655': 'passenger' };
const LOCATIONS = new Set(['125', '87', '92', '22', '178', '179', '174', '180', '91']);
const DATES = new Set(['189', '232', '329', '36', '182']);
/** DTM format codes: 101 YYMMDD, 102 CCYYMMDD, 201 YYMMDDHHMM, 203 CCYYMMDDHHMM; without one, the length tells. */
const DATE_FORMATS: Record<string, number> = { '101': 6, '102': 8, '201': 10, '203': 12 };

const at = (segment: EdifactSegment, element: number, component = 0): string => segment.elements[element]?.[component]?.trim() ?? '';
const label = (segment: EdifactSegment) => `segment ${segment.number} (${segment.tag})`;

/**
 * Reads a PAXLST date/time: a time is taken as written (the guidelines give
 * local times of the airport, without offset) and returned as ISO 8601 UTC;
 * two-digit years are placed by `kind` (births in the past, the rest this century).
 */
function edifactDate(value: string, format: string, kind: 'birth' | 'other', today: Date): string | { problem: string } {
  const length = format ? DATE_FORMATS[format] : value.length;
  if (!length) return { problem: `unknown date/time format ${JSON.stringify(format)} (101, 102, 201 or 203)` };
  if (!/^\d+$/.test(value) || value.length !== length || ![6, 8, 10, 12].includes(length)) return { problem: `${JSON.stringify(value)} is not a date/time of format ${format || 'YYMMDD, CCYYMMDD, YYMMDDHHMM or CCYYMMDDHHMM'}` };
  let digits = value;
  if (length === 6 || length === 10) {
    let year = 2000 + Number(value.slice(0, 2));
    if (kind === 'birth' && year > today.getUTCFullYear()) year -= 100;
    digits = String(year) + value.slice(2);
  }
  const date = `${digits.slice(0, 4)}-${digits.slice(4, 6)}-${digits.slice(6, 8)}`;
  if (!isPartialDate(date)) return { problem: `${JSON.stringify(value)} is not a calendar date` };
  if (digits.length === 8) return date;
  const [hh, mm] = [Number(digits.slice(8, 10)), Number(digits.slice(10, 12))];
  if (hh > 23 || mm > 59) return { problem: `${JSON.stringify(value)} is not a time of day` };
  return `${date}T${digits.slice(8, 10)}:${digits.slice(10, 12)}:00.000Z`;
}

function documentTypeOf(code: string): PaxlstDocument['type'] {
  if (code.startsWith('P')) return 'passport';
  if (code.startsWith('V')) return 'visa';
  if (/^(I|A|C|ID)/.test(code)) return 'id_card';
  return 'other';
}

/** Reads the body of one message (BGM … CNT), collecting every problem of its content in `issues`. */
function readMessage(body: EdifactSegment[], message: PaxlstMessage, issues: FieldIssue[], today: Date): void {
  const problem = (segment: EdifactSegment, text: string) => issues.push({ path: label(segment), message: `message ${message.number}: ${text}` });
  let leg: FlightLeg | undefined;
  let traveller: PaxlstTraveller | undefined;
  let document: PaxlstDocument | undefined;
  let location: 'departure' | 'arrival' | undefined;
  let sawBgm = false;
  for (const segment of body) {
    const qualifier = at(segment, 0);
    switch (segment.tag) {
      case 'BGM': {
        const listType = LIST_TYPES[qualifier];
        if (!listType) problem(segment, `unknown document name code ${JSON.stringify(qualifier)} (745 passenger list, 250 crew list, 266, 655)`);
        else message.listType = listType;
        sawBgm = true;
        break;
      }
      case 'TDT':
        leg = { flight: at(segment, 1), ...(at(segment, 4) && { carrier: at(segment, 4) }) };
        message.legs.push(leg);
        traveller = undefined;
        document = undefined;
        break;
      case 'NAD': {
        if (qualifier === 'MS') break;
        const role = ROLES[qualifier];
        if (!role) {
          problem(segment, `unknown party function qualifier ${JSON.stringify(qualifier)} (FL, FM, DDT, DDU or MS)`);
          break;
        }
        const names = segment.elements[3] ?? [];
        const surname = (names[0] ?? '').trim();
        const givenNames = names.slice(1, 5).flatMap((n) => n.trim().split(/\s+/)).filter(Boolean);
        if (!surname && givenNames.length === 0) problem(segment, 'the traveller has no name (NAD element 4: surname and given names)');
        traveller = { segment: segment.number, position: message.travellers.length + 1, role, surname, givenNames, documents: [] };
        message.travellers.push(traveller);
        document = undefined;
        break;
      }
      case 'ATT':
        if (qualifier !== '2') problem(segment, `unknown attribute qualifier ${JSON.stringify(qualifier)} (2: sex)`);
        else if (!traveller) problem(segment, 'ATT outside a traveller (NAD) group');
        else {
          const sex = at(segment, 2);
          if (sex === 'M') traveller.sex = 'male';
          else if (sex === 'F') traveller.sex = 'female';
          else if (sex === 'U' || sex === 'X') traveller.sex = 'unspecified';
          else problem(segment, `sex ${JSON.stringify(sex)} is not M, F, U or X`);
        }
        break;
      case 'NAT': {
        const code = at(segment, 1);
        if (qualifier !== '2') problem(segment, `unknown nationality qualifier ${JSON.stringify(qualifier)} (2: current nationality)`);
        else if (!traveller) problem(segment, 'NAT outside a traveller (NAD) group');
        else if (!isIcaoCode(code)) problem(segment, `nationality ${JSON.stringify(code)} is not an ICAO 9303 code`);
        else traveller.nationality = code;
        break;
      }
      case 'DOC': {
        if (!traveller) {
          problem(segment, 'DOC outside a traveller (NAD) group');
          break;
        }
        const code = at(segment, 0);
        const number = at(segment, 1).toUpperCase();
        if (!/^[A-Z0-9]{1,35}$/.test(number)) problem(segment, `document number ${JSON.stringify(at(segment, 1))} is not 1–35 letters and digits`);
        document = { code, type: documentTypeOf(code), number, segment: segment.number };
        traveller.documents.push(document);
        break;
      }
      case 'LOC': {
        const place = at(segment, 1);
        if (!LOCATIONS.has(qualifier)) {
          problem(segment, `unknown location qualifier ${JSON.stringify(qualifier)} (125, 87, 92, 22, 178, 179, 174, 180, 91)`);
          break;
        }
        location = undefined;
        if (qualifier === '125' || qualifier === '87') {
          if (!leg || traveller) problem(segment, `LOC ${qualifier} (an airport of the flight) outside a transport (TDT) group`);
          else if (!/^[A-Z0-9]{3,5}$/.test(place)) problem(segment, `airport ${JSON.stringify(place)} is not an IATA or ICAO code`);
          else {
            location = qualifier === '125' ? 'departure' : 'arrival';
            leg[location] = { airport: place };
          }
        } else if (qualifier === '91') {
          if (!document) problem(segment, 'LOC 91 (place of issue) outside a document (DOC) group');
          else if (!isIcaoCode(place)) problem(segment, `issuing state ${JSON.stringify(place)} is not an ICAO 9303 code`);
          else document.issuingCountry = place;
        } else if (traveller && (qualifier === '178' || qualifier === '179')) {
          traveller[qualifier === '178' ? 'embarkation' : 'debarkation'] = place;
        }
        break;
      }
      case 'DTM': {
        if (!DATES.has(qualifier)) {
          problem(segment, `unknown date/time qualifier ${JSON.stringify(qualifier)} (189, 232, 329, 36, 182)`);
          break;
        }
        const value = edifactDate(at(segment, 0, 1), at(segment, 0, 2), qualifier === '329' ? 'birth' : 'other', today);
        if (typeof value !== 'string') {
          problem(segment, `date/time ${qualifier}: ${value.problem}`);
          break;
        }
        if (qualifier === '189' || qualifier === '232') {
          const place = qualifier === '189' ? 'departure' : 'arrival';
          if (!leg || location !== place || !leg[place]) problem(segment, `DTM ${qualifier} must follow the LOC ${place === 'departure' ? '125' : '87'} of its flight`);
          else leg[place]!.at = value;
        } else if (qualifier === '329') {
          if (!traveller || document) problem(segment, 'DTM 329 (date of birth) outside a traveller (NAD) group');
          else traveller.dateOfBirth = value.slice(0, 10);
        } else if (qualifier === '36') {
          if (!document) problem(segment, 'DTM 36 (expiry) outside a document (DOC) group');
          else document.expiresOn = value.slice(0, 10);
        }
        break;
      }
      case 'CNT': {
        const count = Number(at(segment, 0, 1));
        const counted = qualifier === '42' ? message.travellers.filter((t) => !t.role.endsWith('crew')).length : qualifier === '41' ? message.travellers.filter((t) => t.role.endsWith('crew')).length : undefined;
        if (counted === undefined) problem(segment, `unknown control total qualifier ${JSON.stringify(qualifier)} (42 passengers, 41 crew)`);
        else if (count !== counted) problem(segment, `control total ${qualifier} says ${count} ${qualifier === '42' ? 'passengers' : 'crew members'}, the message holds ${counted}`);
        break;
      }
      case 'UNB':
      case 'UNG':
      case 'UNH':
      case 'UNT':
      case 'UNE':
      case 'UNZ':
        problem(segment, `${segment.tag} inside a message`);
        break;
      default:
        // RFF, COM, CTA, MEA, GEI, GIS, FTX, EMP: carried, not read.
        break;
    }
  }
  if (!sawBgm) issues.push({ path: `message ${message.number}`, message: `message ${message.number} (${message.reference}) has no BGM segment` });
  if (message.legs.length === 0) issues.push({ path: `message ${message.number}`, message: `message ${message.number} (${message.reference}) has no flight (TDT)` });
}

/** A structural error: thrown at once, naming the segment. */
function broken(segment: EdifactSegment | undefined, text: string): never {
  const where = segment ? label(segment) : 'the end of the interchange';
  throw invalidInput(`${where}: ${text}`, [{ path: where, message: text }]);
}

/**
 * Reads a UN/EDIFACT PAXLST interchange (D02B, as the WCO/IATA/ICAO API
 * guidelines use it): the interchange envelope (UNB/UNZ, optional UNG/UNE),
 * each message (UNH/UNT) with its flight legs and travellers. Structure is
 * checked first — missing or misplaced UNB, UNH, UNT, UNE or UNZ, segment and
 * message counts, references — and stops at the first break; then the content
 * of every message is read and every problem (unknown qualifiers, bad dates,
 * codes, control totals) is collected. Any problem is an `invalid_input` error
 * listing them all, each naming its segment: nothing is used of a bad interchange.
 */
export function parsePaxlst(text: string, today: Date = new Date()): PaxlstInterchange {
  const segments = readEdifact(text);
  const unb = segments[0];
  if (unb.tag !== 'UNB') broken(unb, 'an interchange must begin with UNB (after an optional UNA)');
  const interchange: PaxlstInterchange = { sender: at(unb, 1), recipient: at(unb, 2), reference: at(unb, 4), messages: [] };
  const issues: FieldIssue[] = [];
  let i = 1;
  let groups = 0;
  let group: { segment: EdifactSegment; messages: number } | undefined;
  let unz: EdifactSegment | undefined;
  while (i < segments.length) {
    const segment = segments[i];
    if (segment.tag === 'UNZ') {
      unz = segment;
      break;
    }
    if (segment.tag === 'UNG') {
      if (group) broken(segment, `UNG before the UNE of the group opened at segment ${group.segment.number}`);
      group = { segment, messages: 0 };
      groups++;
      i++;
      continue;
    }
    if (segment.tag === 'UNE') {
      if (!group) broken(segment, 'UNE without a UNG');
      if (Number(at(segment, 0)) !== group.messages) broken(segment, `UNE counts ${at(segment, 0)} messages, the group holds ${group.messages}`);
      if (at(segment, 1) !== at(group.segment, 4)) broken(segment, `UNE reference ${JSON.stringify(at(segment, 1))} does not match UNG reference ${JSON.stringify(at(group.segment, 4))}`);
      group = undefined;
      i++;
      continue;
    }
    if (segment.tag !== 'UNH') broken(segment, `expected UNH (a message)${group ? ', UNE' : ', UNG'} or UNZ, found ${segment.tag}`);
    const end = segments.findIndex((s, j) => j > i && ['UNT', 'UNH', 'UNE', 'UNZ', 'UNG'].includes(s.tag));
    const unt = end < 0 ? undefined : segments[end];
    if (!unt || unt.tag !== 'UNT') broken(unt ?? segments.at(-1), `the message opened by UNH at segment ${segment.number} has no UNT trailer${unt ? ` before ${unt.tag}` : ''}`);
    const reference = at(segment, 0);
    if (at(segment, 1, 0) !== 'PAXLST') broken(segment, `message type ${JSON.stringify(at(segment, 1, 0))} is not PAXLST`);
    const count = end - i + 1;
    if (Number(at(unt, 0)) !== count) broken(unt, `UNT counts ${at(unt, 0)} segments, the message holds ${count} (UNH to UNT)`);
    if (at(unt, 1) !== reference) broken(unt, `UNT reference ${JSON.stringify(at(unt, 1))} does not match UNH reference ${JSON.stringify(reference)}`);
    const message: PaxlstMessage = { number: interchange.messages.length + 1, reference, listType: 'passenger', legs: [], travellers: [] };
    readMessage(segments.slice(i + 1, end), message, issues, today);
    interchange.messages.push(message);
    if (group) group.messages++;
    i = end + 1;
  }
  if (group) broken(unz ?? segments.at(-1), `the group opened by UNG at segment ${group.segment.number} has no UNE trailer`);
  if (!unz) broken(segments.at(-1), 'the interchange has no UNZ trailer (it may be cut short)');
  if (unz.number !== segments.length) broken(segments[unz.number], 'segments after the UNZ trailer');
  const expected = groups > 0 ? groups : interchange.messages.length;
  if (Number(at(unz, 0)) !== expected) broken(unz, `UNZ counts ${at(unz, 0)} ${groups > 0 ? 'groups' : 'messages'}, the interchange holds ${expected}`);
  if (at(unz, 1) !== interchange.reference) broken(unz, `UNZ reference ${JSON.stringify(at(unz, 1))} does not match UNB reference ${JSON.stringify(interchange.reference)}`);
  if (interchange.messages.length === 0) broken(unz, 'the interchange holds no message');
  if (issues.length > 0) throw invalidInput(`the PAXLST interchange has ${issues.length} problem${issues.length === 1 ? '' : 's'}, nothing is used: ${issues.slice(0, 5).map((p) => `${p.path}: ${p.message}`).join('; ')}${issues.length > 5 ? '; …' : ''}`, issues);
  return interchange;
}
