import { readFile } from 'node:fs/promises';
import type { Command } from '../../cli/command.ts';
import { parseCommandArgs, required, say } from '../../cli/command.ts';
import { EXIT_CODES } from '../../cli/exit-codes.ts';
import { invalidInput } from '../../core/errors.ts';
import { cliActor, withNode } from '../../node/open-node.ts';
import { crossMatch } from './service.ts';

const USAGE = `liaison match crossmatch --data-dir DIR --partner NODE --keys FILE --purpose PURPOSE --justification TEXT [--reveal intersection|cardinality] [--offence ICCS]

FILE holds JSON lines, one key each (blank lines ignored):
  {"kind": "document", "value": "C01X00T47"}            document number (upper-case letters and digits are kept)
  {"kind": "phone", "value": "+49 30 1234567"}          with country code (+ or 00)
  {"kind": "iban", "value": "DE89 3704 0044 0532 0130 00"}   check digits verified; an invalid IBAN is reported
  {"kind": "wallet", "value": "0x5290..."}              crypto wallet address
  {"kind": "plate", "value": "B-XY 123", "country": "DE"}
  {"kind": "vin", "value": "WVWZZZ1JZXW000001"}
  {"kind": "person", "person": {"names": [{"given": ["Jürgen"], "family": "Müller"}], "dateOfBirth": "1971-03-04"}}
The partner learns neither the keys nor their hashes; this node learns which of its keys the partner
also holds (or only how many, when the agreement says so). Matches are printed with the hit/no-hit query
that turns them into a reference for a follow-up request.`;

/** Parses the JSON lines of a key file; a bad line is an error naming it. */
export function parseKeyLines(text: string): unknown[] {
  const keys: unknown[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    try {
      keys.push(JSON.parse(line));
    } catch {
      throw invalidInput(`line ${i + 1} is not JSON`, [{ path: 'keys', message: 'not JSON', line: i + 1 }]);
    }
  });
  return keys;
}

/** `liaison match crossmatch`: private cross-matching of linkage keys with one partner. */
export const crossMatchCommand: Command = {
  path: ['match', 'crossmatch'],
  usage: USAGE,
  summary: 'privately cross-match linkage keys with a partner (PSI): which are shared, or how many',
  async run(args) {
    const { values } = parseCommandArgs(
      args,
      { 'data-dir': { type: 'string' }, partner: { type: 'string' }, keys: { type: 'string' }, purpose: { type: 'string' }, justification: { type: 'string' }, reveal: { type: 'string' }, offence: { type: 'string' } },
      USAGE,
    );
    const file = required(values.keys, 'keys', USAGE);
    const keys = parseKeyLines(await readFile(file, 'utf8').catch((e: Error) => Promise.reject(invalidInput(`${file} cannot be read: ${e.message}`))));
    const input = { partner: required(values.partner, 'partner', USAGE), keys, ...(values.reveal && { reveal: values.reveal }), ...(values.offence && { offence: values.offence }) };
    const why = { purpose: required(values.purpose, 'purpose', USAGE), justification: required(values.justification, 'justification', USAGE) };
    return withNode(required(values['data-dir'], 'data-dir', USAGE), async (node) => {
      const result = await crossMatch(node.federation, cliActor(), input, why);
      say(`${result.partner}: ${result.outcome}${result.agreement ? ` under ${result.agreement}` : ''} (${result.reveal})`);
      for (const reason of result.reasons) say(`  ${reason}`);
      for (const bad of result.invalid) say(`  line ${bad.item + 1} not used: ${bad.reason}`);
      if (result.outcome !== 'completed') return EXIT_CODES[result.outcome === 'refused' ? 'agreement_refused' : 'peer_unavailable'];
      say(`  sent ${Object.entries(result.sent).map(([k, n]) => `${n} ${k}`).join(', ')}; partner brought ${result.partnerKeys}; shared: ${result.matchedCount}`);
      for (const m of result.matches) say(`  match ${m.kind} ${m.key} (line ${m.items.map((i) => i + 1).join(', ')})${m.followUpQuery ? `; follow up with query ${JSON.stringify(m.followUpQuery)}` : ''}`);
      return 0;
    });
  },
};
