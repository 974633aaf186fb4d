import edifact, { type Definitions } from 'edifact';
import { invalidInput } from '../core/errors.ts';

/** One segment of an interchange: its number (1-based, UNA not counted), tag and elements, each a list of components. */
export interface EdifactSegment {
  number: number;
  tag: string;
  elements: string[][];
}

/** The segments a PAXLST interchange (UN/EDIFACT D02B, WCO/IATA/ICAO guidelines) may hold. */
const PAXLST_TAGS = new Set(['UNB', 'UNG', 'UNH', 'BGM', 'RFF', 'DTM', 'LOC', 'NAD', 'CTA', 'COM', 'TDT', 'ATT', 'MEA', 'GEI', 'GIS', 'FTX', 'EMP', 'NAT', 'DOC', 'CNT', 'UNT', 'UNE', 'UNZ']);

/** `seg(tag, required, [required components, formats…]…)`: a segment and its elements for the package's Validator. */
function seg(tag: string, requires: number, ...elements: [number, string][]): Definitions {
  const definitions: Definitions = { [tag]: { requires, elements: elements.map((_, i) => `${tag}.${i + 1}`) } };
  elements.forEach(([required, formats], i) => (definitions[`${tag}.${i + 1}`] = { requires: required, components: formats.split(' ') }));
  return definitions;
}

const an35x4 = 'an..35 an..35 an..35 an..35';

/** The segments whose elements are checked (counts, lengths, numeric fields); others pass unchecked. */
const DEFINITIONS: Definitions = {
  ...seg('UNB', 5, [2, 'an..4 an..1 an..6 an..3'], [1, an35x4], [1, an35x4], [2, 'n..8 n..4'], [1, 'an..14'], [0, 'an..14 an..2'], [0, 'an..14'], [0, 'an..1'], [0, 'an..1'], [0, 'an..35'], [0, 'an..1']),
  ...seg('UNG', 5, [1, 'an..6'], [1, 'an..35 an..4'], [1, 'an..35 an..4'], [2, 'n..8 n..4'], [1, 'an..14'], [0, 'an..3'], [0, 'an..3 an..3 an..6'], [0, 'an..14']),
  ...seg('UNH', 2, [1, 'an..14'], [4, 'an..6 an..3 an..3 an..3 an..6 an..6 an..6'], [0, 'an..35'], [0, 'n..2 an..1']),
  ...seg('BGM', 1, [1, 'an..3 an..17 an..3 an..35'], [0, 'an..35 an..9 an..6'], [0, 'an..3'], [0, 'an..3']),
  ...seg('RFF', 1, [1, 'an..3 an..70 an..6 an..35 an..35']),
  ...seg('DTM', 1, [2, 'an..3 an..35 an..3']),
  ...seg('NAD', 1, [1, 'an..3'], [0, 'an..35 an..3 an..3'], [0, 'an..35 an..35 an..35 an..35 an..35'], [0, 'an..70 an..70 an..70 an..70 an..70 an..3'], [0, an35x4], [0, 'an..35'], [0, 'an..9 an..3 an..3 an..70'], [0, 'an..17'], [0, 'an..3']),
  ...seg('TDT', 2, [1, 'an..3'], [1, 'an..17'], [0, 'an..3 an..17'], [0, 'an..8 an..17'], [0, 'an..17 an..3 an..3 an..35'], [0, 'an..3'], [0, 'an..3 an..3 an..17'], [0, 'an..9 an..3 an..3 an..35 an..3'], [0, 'an..3']),
  ...seg('LOC', 2, [1, 'an..3'], [1, 'an..35 an..3 an..3 an..256'], [0, 'an..25 an..3 an..3 an..70'], [0, 'an..25 an..3 an..3 an..70'], [0, 'an..3']),
  ...seg('ATT', 1, [1, 'an..3'], [0, 'an..3 an..3 an..3'], [0, 'an..17 an..3 an..3 an..256']),
  ...seg('NAT', 2, [1, 'an..3'], [1, 'an..3 an..3 an..3']),
  ...seg('DOC', 2, [1, 'an..3 an..17 an..3 an..35'], [1, 'an..35 an..3 an..70 an..3 an..9 an..6'], [0, 'an..3'], [0, 'n..2'], [0, 'n..2']),
  ...seg('CNT', 1, [2, 'an..3 n..18 an..3']),
  ...seg('UNT', 2, [1, 'n..10'], [1, 'an..14']),
  ...seg('UNE', 2, [1, 'n..6'], [1, 'an..14']),
  ...seg('UNZ', 2, [1, 'n..6'], [1, 'an..14']),
};

/** Line and column (1-based) of a character offset, for error messages. */
function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return `line ${line}, column ${offset - before.lastIndexOf('\n')}`;
}

/**
 * Reads a UN/EDIFACT interchange into segments with the `edifact` package's
 * Parser and a Validator holding the PAXLST segment definitions (element and
 * component counts, lengths, numeric fields), taking the separators from the
 * UNA service string advice and the character set from UNB. Any error — an
 * unterminated last segment, a character outside the character set, a segment
 * with too few or too many elements, an unknown segment tag — is an
 * `invalid_input` error naming the segment's number and tag.
 */
export function readEdifact(text: string): EdifactSegment[] {
  if (text.trim() === '') throw invalidInput('the interchange holds no segments', [{ path: 'paxlst', message: 'empty' }]);
  const validator = new edifact.Validator();
  validator.define(DEFINITIONS);
  const parser = new edifact.Parser(validator);
  const segments: EdifactSegment[] = [];
  let current: EdifactSegment | undefined;
  parser.onopensegment = (tag) => {
    current = { number: segments.length + 1, tag, elements: [] };
    segments.push(current);
    if (!PAXLST_TAGS.has(tag)) throw new Error(`unknown segment tag ${JSON.stringify(tag)} in a PAXLST interchange`);
  };
  parser.onelement = () => current!.elements.push([]);
  parser.oncomponent = (data) => {
    const elements = current!.elements;
    elements[elements.length - 1].push(data);
    // The syntax identifier (UNOA, UNOC…) sets the character set, as the package's own Reader does.
    if (current!.tag === 'UNB' && current!.number === 1 && elements.length === 1 && elements[0].length === 1) parser.encoding(data);
  };
  const where = () => (current ? `segment ${current.number} (${current.tag || 'no tag'})` : 'the start of the interchange');
  try {
    parser.write(text);
  } catch (error) {
    const message = (error as Error).message;
    const position = /at position (\d+)/.exec(message);
    const detail = position ? message.replace(/ at position \d+/, ` at ${lineAndColumn(text, Number(position[1]))}`) : message;
    throw invalidInput(`${where()}: ${detail}`, [{ path: where(), message: detail }]);
  }
  try {
    parser.end();
  } catch {
    const message = `is not terminated: the interchange is cut short`;
    throw invalidInput(`${where()} ${message}`, [{ path: where(), message }]);
  }
  if (segments.length === 0) throw invalidInput('the interchange holds no segments', [{ path: 'paxlst', message: 'empty' }]);
  return segments;
}
