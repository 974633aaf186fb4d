/** Time left until `due` (a date or an instant), in words; overdue ones highlighted. */
export function Countdown({ due, now = new Date() }: { due: string; now?: Date }) {
  const end = due.includes('T') ? Date.parse(due) : Date.parse(`${due}T23:59:59Z`);
  const ms = end - now.getTime();
  const hours = Math.abs(ms) / 3_600_000;
  const amount = hours >= 48 ? `${Math.floor(hours / 24)} days` : `${Math.floor(hours)} h ${Math.floor((hours % 1) * 60)} min`;
  return ms < 0 ? <span className="overdue">overdue by {amount}</span> : <span className="due-in">{amount} left</span>;
}
