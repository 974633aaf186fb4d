import { describe, expect, it } from 'vitest';
import { SeededRandom } from '../core/random.ts';
import type { LiaisonError } from '../core/errors.ts';
import { parsePaxlst } from './paxlst.ts';
import { drawTraveller, paxlstOf, type SyntheticFlight, type SyntheticTraveller } from './synthetic.ts';

const TODAY = new Date('2026-11-28T09:00:00Z');
const FLIGHT: SyntheticFlight = { flight: 'SY482', carrier: 'SY', from: 'ZRH', to: 'LUX', departure: '2026-11-28T07:05:00.000Z', arrival: '2026-11-28T08:15:00.000Z' };
const ANNA: SyntheticTraveller = {
  surname: 'ERIKSSON',
  givenNames: ['ANNA', 'MARIA'],
  dateOfBirth: '1974-08-12',
  sex: 'female',
  nationality: 'UTO',
  document: { type: 'passport', number: 'L898902C3', issuingCountry: 'UTO', expiresOn: '2031-04-15' },
};

/** The error a parse throws. */
function failure(text: string): LiaisonError {
  try {
    parsePaxlst(text, TODAY);
  } catch (error) {
    return error as LiaisonError;
  }
  throw new Error('expected the interchange to be refused');
}

describe('reading PAXLST passenger lists (UN/EDIFACT D02B)', () => {
  const travellers = [ANNA, ...Array.from({ length: 4 }, (_, i) => drawTraveller(new SeededRandom(40 + i)))];
  const valid = paxlstOf(FLIGHT, travellers, { reference: 'IC0042' });

  it('reads the flight, the airports and times, and every traveller', () => {
    const interchange = parsePaxlst(valid, TODAY);
    expect(interchange).toMatchObject({ sender: 'SYNTHAIR', recipient: 'BORDERAPI', reference: 'IC0042' });
    const [message] = interchange.messages;
    expect(message).toMatchObject({
      number: 1,
      reference: 'M1',
      listType: 'passenger',
      legs: [{ flight: 'SY482', carrier: 'SY', departure: { airport: 'ZRH', at: '2026-11-28T07:05:00.000Z' }, arrival: { airport: 'LUX', at: '2026-11-28T08:15:00.000Z' } }],
    });
    expect(message.travellers).toHaveLength(5);
    expect(message.travellers[0]).toEqual({
      segment: 11,
      position: 1,
      role: 'passenger',
      surname: 'ERIKSSON',
      givenNames: ['ANNA', 'MARIA'],
      sex: 'female',
      dateOfBirth: '1974-08-12',
      nationality: 'UTO',
      documents: [{ code: 'P', type: 'passport', number: 'L898902C3', issuingCountry: 'UTO', expiresOn: '2031-04-15', segment: 15 }],
    });
    for (const [i, t] of message.travellers.entries()) expect(t).toMatchObject({ surname: travellers[i].surname, dateOfBirth: travellers[i].dateOfBirth, documents: [{ number: travellers[i].document.number }] });
  });

  it('reads crew lists, separators of its own UNA, released characters and line breaks anywhere between segments', () => {
    const crew = parsePaxlst(paxlstOf(FLIGHT, [ANNA], { listType: 'crew' }), TODAY);
    expect(crew.messages[0]).toMatchObject({ listType: 'crew', travellers: [{ role: 'crew' }] });
    const custom = valid.replace("UNA:+.? '", 'UNA|*.? !').replace(/'/g, '!').replace(/\+/g, '*').replace(/:/g, '|').replace('UNA|*.? !', "UNA|*.? !");
    expect(parsePaxlst(custom.replace(/\n/g, ''), TODAY).messages[0].travellers).toHaveLength(5);
    const released = valid.replace('NAD+FL+++ERIKSSON:ANNA:MARIA', "NAD+FL+++O?'BRIEN:ANNA:MARIA");
    expect(parsePaxlst(released, TODAY).messages[0].travellers[0].surname).toBe("O'BRIEN");
  });

  it('refuses a message cut in the middle of a segment, naming it', () => {
    const cut = valid.slice(0, valid.indexOf('NAD+FL') + 12);
    const error = failure(cut);
    expect(error.code).toBe('invalid_input');
    expect(error.message).toMatch(/^segment 11 \(NAD\) is not terminated: the interchange is cut short/);
  });

  it('refuses an interchange without UNT, UNE or UNZ trailers', () => {
    const noUnz = valid.slice(0, valid.indexOf('UNZ+'));
    expect(failure(noUnz).message).toMatch(/the interchange has no UNZ trailer/);
    const noUnt = valid.slice(0, valid.indexOf('UNT+')) + "UNE+1+G1'\nUNZ+1+IC0042'";
    expect(failure(noUnt).message).toMatch(/segment \d+ \(UNE\): the message opened by UNH at segment 3 has no UNT trailer before UNE/);
    const cutAfterSegment = valid.slice(0, valid.indexOf('CNT+'));
    expect(failure(cutAfterSegment).message).toMatch(/has no UNT trailer/);
    const noUne = valid.replace("UNE+1+G1'\n", '');
    expect(failure(noUne).message).toMatch(/the group opened by UNG at segment 2 has no UNE trailer/);
  });

  it('refuses counts and references that do not match', () => {
    const segments = valid.match(/UNT\+(\d+)/)![1];
    const count = failure(valid.replace(`UNT+${segments}+M1`, `UNT+${Number(segments) - 1}+M1`));
    expect(count.message).toMatch(new RegExp(`UNT counts ${Number(segments) - 1} segments, the message holds ${segments}`));
    expect(failure(valid.replace('UNZ+1+IC0042', 'UNZ+2+IC0042')).message).toMatch(/UNZ counts 2 groups, the interchange holds 1/);
    expect(failure(valid.replace('UNZ+1+IC0042', 'UNZ+1+IC0043')).message).toMatch(/UNZ reference "IC0043" does not match UNB reference "IC0042"/);
    expect(failure(valid.replace(`UNT+${segments}+M1`, `UNT+${segments}+M2`)).message).toMatch(/UNT reference "M2" does not match UNH reference "M1"/);
    expect(failure(valid.replace('CNT+42:5', 'CNT+42:6')).issues[0].message).toMatch(/control total 42 says 6 passengers, the message holds 5/);
  });

  it('collects every bad date, qualifier and code with its segment, and uses nothing', () => {
    const bad = valid
      .replace('DTM+329:740812', 'DTM+329:740230')
      .replace('DTM+36:310415', 'DTM+36:311315')
      .replace('LOC+91+UTO', 'LOC+999+UTO')
      .replace('NAT+2+UTO', 'NAT+2+ZZZ')
      .replace('DTM+232:2611280815:201', 'DTM+232:2611282575:201');
    const error = failure(bad);
    expect(error.issues.map((i) => `${i.path}: ${i.message}`)).toEqual([
      'segment 10 (DTM): message 1: date/time 232: "2611282575" is not a time of day',
      'segment 13 (DTM): message 1: date/time 329: "740230" is not a calendar date',
      'segment 14 (NAT): message 1: nationality "ZZZ" is not an ICAO 9303 code',
      'segment 16 (DTM): message 1: date/time 36: "311315" is not a calendar date',
      'segment 17 (LOC): message 1: unknown location qualifier "999" (125, 87, 92, 22, 178, 179, 174, 180, 91)',
    ]);
    expect(error.message).toMatch(/^the PAXLST interchange has 5 problems, nothing is used/);
  });

  it('refuses characters outside the character set, elements the segment does not have, and unknown segments', () => {
    expect(failure(valid.replace('ERIKSSON', 'Eriksson')).message).toMatch(/^segment 11 \(NAD\): Invalid character r at line 12, column \d+/);
    expect(failure(valid.replace('CNT+42:5', 'CNT+42:5x')).message).toMatch(/segment \d+ \(CNT\): Invalid character x/);
    expect(failure(valid.replace("BGM+745'", "BGM+745'XYZ+1'")).message).toMatch(/segment 5 \(XYZ\): unknown segment tag "XYZ"/);
    expect(failure(valid.replace('DTM+329:740812', 'DTM+329')).message).toMatch(/segment 13 \(DTM\): The element DTM only got 1 components but requires at least 2/);
    expect(failure(valid.replace("UNA:+.? '\nUNB", 'UNB').replace('UNOA:4', 'UNOX:4')).message).toMatch(/segment 1 \(UNB\): No definition found for character encoding level UNOX/);
    expect(failure('UNH+1+PAXLST:D:02B:UN:IATA\'').message).toMatch(/segment 1 \(UNH\): an interchange must begin with UNB/);
    expect(failure('').message).toMatch(/holds no segments/);
  });
});
