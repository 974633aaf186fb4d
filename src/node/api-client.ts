/** A small client of a node's HTTP API, signed in as one officer: for the demo and its scenario. */
export class ApiClient {
  private token = '';

  constructor(readonly baseUrl: string) {}

  /** Signs in; later calls carry the bearer token. */
  async signIn(username: string, password: string): Promise<this> {
    const session = await this.call<{ token: string }>('POST', '/api/v1/sessions', { username, password });
    this.token = session.token;
    return this;
  }

  /** Calls the API; a non-2xx answer throws with the node's error message. */
  async call<T>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<T> {
    const response = await fetch(this.baseUrl + path, {
      method,
      headers: {
        ...(this.token && { authorization: `Bearer ${this.token}` }),
        ...(body !== undefined && { 'content-type': 'application/json' }),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${text.slice(0, 500)}`);
    return (text ? JSON.parse(text) : undefined) as T;
  }
}

/** Calls `check` until it returns a value, every 200 ms for at most `timeoutMs`. */
export async function waitFor<T>(what: string, check: () => Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
