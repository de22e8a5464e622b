/** Starting and stopping a listening service. */
import type { FastifyInstance } from 'fastify';
import { buildService } from './app.js';
import { SERVICE_DEFAULTS, type ServiceOptions } from './options.js';

export interface RunningService {
  app: FastifyInstance;
  /** Where it listens, e.g. http://127.0.0.1:8080. */
  url: string;
  /**
   * Stops taking requests (503 with Retry-After, /readyz 503), lets the ones in flight finish, then
   * closes. Connections still open after the request timeout (and a second) are cut.
   */
  close(): Promise<void>;
}

export interface ListenOptions {
  /** Default 127.0.0.1: only this machine. */
  host?: string;
  /** Default 8080; 0 picks a free port. */
  port?: number;
}

export async function startService(options: ServiceOptions = {}, { host = '127.0.0.1', port = 8080 }: ListenOptions = {}): Promise<RunningService> {
  const app = await buildService(options);
  await app.listen({ host, port });
  const address = app.server.address();
  const bound = typeof address === 'object' && address !== null ? address.port : port;
  const shown = host.includes(':') ? `[${host}]` : host;
  const graceMs = (options.requestTimeoutMs ?? SERVICE_DEFAULTS.requestTimeoutMs) + 1_000;
  let closing: Promise<void> | undefined;
  return {
    app,
    url: `http://${shown}:${bound}`,
    close() {
      closing ??= (async () => {
        const deadline = setTimeout(() => app.server.closeAllConnections(), graceMs);
        deadline.unref();
        try {
          await app.close();
        } finally {
          clearTimeout(deadline);
        }
      })();
      return closing;
    },
  };
}
