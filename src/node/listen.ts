import https from 'node:https';
import { serve, type ServerType } from '@hono/node-server';
import type { TlsIdentity } from '../identity/tls.ts';

/** A listening server: the port actually bound, and how to close it. */
export interface Listener {
  port: number;
  close(): Promise<void>;
}

/** Serves `fetch` on `host:port` (0: any free port), over HTTPS with the node's certificate when `tls` is given. */
export async function listen(fetch: (request: Request) => Response | Promise<Response>, host: string, port: number, tls?: TlsIdentity): Promise<Listener> {
  const server = await new Promise<ServerType>((resolve, reject) => {
    const s = serve(
      {
        fetch,
        hostname: host,
        port,
        ...(tls && {
          createServer: https.createServer,
          serverOptions: { cert: tls.certificatePem, key: tls.privateKey.export({ type: 'pkcs8', format: 'pem' }) },
        }),
      },
      () => resolve(s),
    );
    s.once('error', reject);
  });
  const address = server.address();
  return {
    port: typeof address === 'object' && address ? address.port : port,
    close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      if ('closeIdleConnections' in server) server.closeIdleConnections();
      return closed;
    },
  };
}
