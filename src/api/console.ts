import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '@hono/node-server/serve-static';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from './types.ts';

/** Where `npm run build:console` puts the console (web/dist). */
export const CONSOLE_DIR = fileURLToPath(new URL('../../web/dist', import.meta.url));

/**
 * Serves the officers' console, a single page that talks to this API, at `/`
 * (assets under `/assets/`). When it has not been built, `/` says how to build it.
 */
export function consoleRoutes(app: OpenAPIHono<AppEnv>): void {
  const index = join(CONSOLE_DIR, 'index.html');
  if (!existsSync(index)) {
    app.get('/', (c) => c.text('The console is not built here: run `npm run build:console` (npm start does it).', 503));
    return;
  }
  app.use('/assets/*', serveStatic({ root: CONSOLE_DIR }));
  app.get('/', serveStatic({ path: index }));
}
