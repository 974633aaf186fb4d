import { words } from '../../components/format.ts';

/** The instruments, in words. */
export const REQUEST_TYPES: Record<string, string> = {
  eaw: 'European arrest warrant',
  eio: 'European investigation order',
  mla: 'Mutual legal assistance',
  extradition: 'Extradition',
  interpol_notice: 'Interpol notice',
};

/** What a deadline's status means, in words. */
export const DEADLINE_STATUS: Record<string, string> = {
  pending: 'pending',
  due: 'due today',
  overdue: 'overdue',
  met: 'met',
  lapsed: 'lapsed',
};

/** The instrument of a request, in words. */
export function typeName(type: string): string {
  return REQUEST_TYPES[type] ?? words(type);
}
