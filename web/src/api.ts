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
/** Every key the console keeps in the tab's session storage starts with this. */
const KEY_PREFIX = 'liaison.';

/** A value kept in the tab's session storage, or null when absent or unreadable. */
function readStored<T>(key: string): T | null {
  const raw = sessionStorage.getItem(key);
  if (!raw) return null;
  try {
    return JSON.parse(raw) as T;
  } catch {
    sessionStorage.removeItem(key);
    return null;
  }
}

/** The session kept for this browser tab, if any and not expired. */
export function storedSession(): Session | null {
  const session = readStored<Session>(SESSION_KEY);
  return session && Date.parse(session.expiresAt) > Date.now() ? session : null;
}

/** Keeps the session for this tab only (session storage ends with the tab), or forgets it. */
export function storeSession(session: Session | null): void {
  if (session) sessionStorage.setItem(SESSION_KEY, JSON.stringify(session));
  else sessionStorage.removeItem(SESSION_KEY);
}

/** The purpose and justification the officer works under in this tab. */
export function storedJustification(): Justification | null {
  return readStored<Justification>(WHY_KEY);
}

/** Keeps the purpose and justification for this tab, or forgets them. */
export function storeJustification(why: Justification | null): void {
  if (why) sessionStorage.setItem(WHY_KEY, JSON.stringify(why));
  else sessionStorage.removeItem(WHY_KEY);
}

/**
 * Forgets everything the console kept in this tab (the session, the
 * justification, the records opened), so that the next officer at this
 * browser finds none of it.
 */
export function forgetTab(): void {
  for (const key of Object.keys(sessionStorage)) if (key.startsWith(KEY_PREFIX)) sessionStorage.removeItem(key);
}

let onSessionEnded: () => void = () => undefined;

/** Registers what happens when the node says the session is no longer valid; returns the unregistration. */
export function whenSessionEnds(handler: () => void): () => void {
  onSessionEnded = handler;
  return () => {
    if (onSessionEnded === handler) onSessionEnded = () => undefined;
  };
}

const UNREACHABLE = 'The node cannot be reached. Check the network connection and try again.';

/**
 * Sends a request to the node as the signed-in officer and returns the
 * response when it is a success. Consultations carry the officer's purpose
 * and justification (headers `Liaison-Purpose`, `Liaison-Justification`).
 * Failures become `ApiError`s with the node's code and field issues; a 401
 * ends the session in this tab.
 */
export async function request(method: string, path: string, body?: unknown): Promise<Response> {
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
    throw new ApiError('unreachable', UNREACHABLE, 0);
  }
  if (response.ok) return response;
  const json = (await response.json().catch(() => null)) as { error?: { code?: string; message?: string; issues?: FieldIssue[] } } | null;
  const error = json?.error;
  if (response.status === 401 && path !== '/api/v1/sessions') {
    forgetTab();
    onSessionEnded();
  }
  throw new ApiError(error?.code ?? 'internal', error?.message ?? `The node answered ${response.status}.`, response.status, error?.issues ?? []);
}

/** Calls the node's API as the signed-in officer (see `request`) and returns its JSON answer (null when it has none). */
export async function api<T>(method: string, path: string, body?: unknown): Promise<T> {
  const text = await (await request(method, path, body)).text();
  if (!text) return null as T;
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new ApiError('internal', 'The node’s answer could not be read.', 200);
  }
}

/** Signs in and keeps the session for this tab. */
export async function signIn(username: string, password: string): Promise<Session> {
  const session = await api<Session>('POST', '/api/v1/sessions', { username, password });
  storeSession(session);
  return session;
}

/** Signs out: the node revokes the token, and the tab forgets the session and everything kept with it. */
export async function signOut(): Promise<void> {
  try {
    if (storedSession()) await request('DELETE', '/api/v1/sessions/current');
  } finally {
    forgetTab();
  }
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
    unreachable: UNREACHABLE,
  };
  return { title: titles[error.code] ?? 'The node could not do this.', detail: error.message, issues: error.issues };
}
