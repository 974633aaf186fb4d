import type { Command } from '../cli/command.ts';
import { parseCommandArgs, required, say } from '../cli/command.ts';
import { invalidInput } from '../core/errors.ts';
import { readJsonFile } from '../federation/commands.ts';
import { flushOutbox } from '../federation/outbox.ts';
import { cliActor, withNode, type OpenNode } from '../node/open-node.ts';
import { changeAgreementState, listAgreements, proposeAgreement, showAgreement, signAgreement, type AgreementView } from './service.ts';

function describe(view: AgreementView): string {
  const d = view.document;
  return [
    `${d.id}: ${d.title}`,
    `  state: ${view.effectiveState}${view.stateReason ? ` (${view.stateReason})` : ''}${view.awaiting.length > 0 ? `; awaiting signatures of ${view.awaiting.join(', ')}` : ''}`,
    `  parties: ${d.parties.map((p) => `${p.nodeId} (${p.country})`).join(', ')}`,
    `  valid ${d.validFrom} to ${d.validUntil}; purposes ${d.purposes.join(', ')}; queryable ${d.queryable.join(', ')}`,
    `  ceilings ${d.ceilings.handlingCode} / TLP:${d.ceilings.tlp}; receiver keeps data ${d.retentionDays} days; onward transfer ${d.onwardTransfer ? 'allowed' : 'not allowed'}`,
    `  digest ${view.digest}`,
  ].join('\n');
}

/** Sends what the command queued, if the partners answer now; what they do not is retried by the running node. */
async function sendNow(node: OpenNode): Promise<void> {
  const sent = await flushOutbox(node.federation).catch(() => 0);
  const [{ n }] = await node.ctx.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM outbox WHERE state = 'pending'`);
  say(`sent ${sent} message(s) to partners${n > 0 ? `; ${n} queued until they can be reached (the running node retries)` : ''}`);
}

function agreementCommand(path: string[], usage: string, summary: string, options: Record<string, { type: 'string' }>, run: (node: OpenNode, positionals: string[], values: Record<string, string | undefined>) => Promise<AgreementView | AgreementView[]>, sends: boolean): Command {
  return {
    path,
    usage,
    summary,
    async run(args) {
      const { values, positionals } = parseCommandArgs(args, { 'data-dir': { type: 'string' }, ...options }, usage);
      return withNode(required(values['data-dir'], 'data-dir', usage), async (node) => {
        const result = await run(node, positionals, values as Record<string, string | undefined>);
        for (const view of Array.isArray(result) ? result : [result]) say(describe(view));
        if (sends) await sendNow(node);
        return 0;
      });
    },
  };
}

const one = (positionals: string[], usage: string) => {
  if (positionals.length !== 1) throw invalidInput(`give one ${usage.includes('FILE') ? 'file' : 'agreement id'}\nusage: ${usage}`);
  return positionals[0];
};

const PROPOSE = 'liaison agreement propose --data-dir DIR TERMS.json';
const SIGN = 'liaison agreement sign --data-dir DIR AGREEMENT_ID';
const SHOW = 'liaison agreement show --data-dir DIR [AGREEMENT_ID]';
const REVOKE = 'liaison agreement revoke --data-dir DIR --reason TEXT AGREEMENT_ID';
const SUSPEND = 'liaison agreement suspend --data-dir DIR --reason TEXT AGREEMENT_ID';
const RESUME = 'liaison agreement resume --data-dir DIR --reason TEXT AGREEMENT_ID';

/** `liaison agreement propose|sign|show|revoke|suspend|resume`. */
export const agreementCommands: Command[] = [
  agreementCommand(['agreement', 'propose'], PROPOSE, 'propose an agreement (signed for this node, sent to the other parties)', {}, async (node, p) => proposeAgreement(node.federation, cliActor(), await readJsonFile(one(p, PROPOSE))), true),
  agreementCommand(['agreement', 'sign'], SIGN, 'sign a proposed agreement for this node', {}, (node, p) => signAgreement(node.federation, cliActor(), one(p, SIGN)), true),
  agreementCommand(['agreement', 'show'], SHOW, 'show one agreement, or all', {}, (node, p) => (p.length === 0 ? listAgreements(node.federation, cliActor()) : showAgreement(node.federation, cliActor(), one(p, SHOW))), false),
  ...([
    ['revoke', REVOKE, 'revoke an agreement for good (any party)'],
    ['suspend', SUSPEND, 'suspend an agreement (any party)'],
    ['resume', RESUME, 'resume a suspended agreement'],
  ] as const).map(([change, usage, summary]) =>
    agreementCommand(['agreement', change], usage, summary, { reason: { type: 'string' } }, (node, p, v) => changeAgreementState(node.federation, cliActor(), one(p, usage), { change, reason: required(v.reason, 'reason', usage) }), true),
  ),
];
