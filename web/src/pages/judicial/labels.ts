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

/** A code such as `provisional_arrest` in words: `provisional arrest`. */
export function words(code: string | null | undefined): string {
  return (code ?? '').replace(/_/g, ' ');
}

/** The instrument of a request, in words. */
export function typeName(type: string): string {
  return REQUEST_TYPES[type] ?? words(type);
}

/** A date or instant as the officer reads it. */
export function when(value: string | null | undefined): string {
  if (!value) return '—';
  if (!value.includes('T')) return value;
  return new Date(value).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}
