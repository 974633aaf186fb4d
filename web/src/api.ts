/** The officer signed in to this node, as the sign-in route returns it. */
export interface Officer {
  id: string;
  username: string;
  displayName: string;
  roles: string[];
}

/** A session: the bearer token and who holds it. */
export interface Session {
  token: string;
  expiresAt: string;
  officer: Officer;
}

/** Why an officer consults personal data (LED Art. 1(1) purposes), sent with every consultation. */
export interface Justification {
  purpose: string;
  justification: string;
}

/** One problem with one field, as the node reports it. */
export interface FieldIssue {
  path: string;
  message: string;
}

/** An error from the node (or from reaching it), with the node's code and field issues. */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: number,
    readonly issues: FieldIssue[] = [],
  ) {
    super(message);
  }
}

const SESSION_KEY = 'liaison.session';
const WHY_KEY = 'liaison.justification';

/** The session kept for this browser tab, if any and not expired. */
export function storedSession(): Session | null {
  const raw = sessionStorage.getItem(SESSION_KEY);
  if (!raw) return null;
  const session = JSON.parse(raw) as Session;
  return Date.parse(session.expiresAt) > Date.now() ? session : null;
}

export function storeSession(session: Session | null): void {
  if (session) sessionStorage.setItem(SESSION_KEY, JSON.stringify(session));
  else sessionStorage.removeItem(SESSION_KEY);
}

/** The purpose and justification the officer works under in this tab. */
export function storedJustification(): Justification | null {
  const raw = sessionStorage.getItem(WHY_KEY);
  return raw ? (JSON.parse(raw) as Justification) : null;
}

export function storeJustification(why: Justification | null): void {
  if (why) sessionStorage.setItem(WHY_KEY, JSON.stringify(why));
  else sessionStorage.removeItem(WHY_KEY);
}

/** Called when the node says the session is no longer valid. */
let onSessionEnded: () => void = () => undefined;
export function whenSessionEnds(handler: () => void): void {
  onSessionEnded = handler;
}

/**
 * Calls the node's API as the signed-in officer. Consultations carry the
 * officer's purpose and justification (headers `Liaison-Purpose`,
 * `Liaison-Justification`). Errors become `ApiError`s with the node's code.
 */
export async function api<T>(method: string, path: string, body?: unknown): Promise<T> {
  const session = storedSession();
  const why = storedJustification();
  const headers: Record<string, string> = {};
  if (session) headers.authorization = `Bearer ${session.token}`;
  if (why) {
    headers['liaison-purpose'] = why.purpose;
    headers['liaison-justification'] = encodeURIComponent(why.justification);
  }
  if (body !== undefined) headers['content-type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  } catch {
    throw new ApiError('unreachable', 'The node cannot be reached. Check the network connection and try again.', 0);
  }
  const text = await response.text();
  const json = text ? (JSON.parse(text) as unknown) : null;
  if (!response.ok) {
    const error = (json as { error?: { code: string; message: string; issues?: FieldIssue[] } } | null)?.error;
    if (response.status === 401 && path !== '/api/v1/sessions') onSessionEnded();
    throw new ApiError(error?.code ?? 'internal', error?.message ?? `The node answered ${response.status}.`, response.status, error?.issues ?? []);
  }
  return json as T;
}

/** Signs in and keeps the session for this tab. */
export async function signIn(username: string, password: string): Promise<Session> {
  const session = await api<Session>('POST', '/api/v1/sessions', { username, password });
  storeSession(session);
  return session;
}

/** What an error means for an officer, in words. */
export function explain(error: unknown): { title: string; detail?: string; issues: FieldIssue[] } {
  if (!(error instanceof ApiError)) return { title: 'Something went wrong in the console.', detail: String(error), issues: [] };
  const titles: Record<string, string> = {
    unauthenticated: 'You are not signed in, or your session has ended. Sign in again.',
    forbidden: 'Your role does not allow this.',
    justification_required: 'Consulting personal data needs a purpose and a justification: set them at the top of the page.',
    invalid_input: 'Some of what was entered needs correcting.',
    not_found: 'This could not be found. It may have been erased or never existed here.',
    conflict: 'This cannot be done in the current state.',
    payload_too_large: 'What was sent is too large.',
    agreement_refused: 'The agreement with the partner does not allow this.',
    peer_unavailable: 'The partner node cannot be reached right now. Try again later.',
    integrity_failure: 'An integrity check failed.',
    storage_unavailable: 'The node’s database is not reachable. Tell the node’s administrator.',
    unreachable: 'The node cannot be reached. Check the network connection and try again.',
  };
  return { title: titles[error.code] ?? 'The node could not do this.', detail: error.message, issues: error.issues };
}
