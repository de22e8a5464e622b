/**
 * Structured JSON logs (pino, through fastify) that never hold a document's contents: study reports may
 * describe embargoed manuscripts. A request is logged by method, path (no query string: it may carry a
 * file name) and size; errors by status and code only, since their messages can quote keys and values.
 */
import type { FastifyServerOptions } from 'fastify';

export interface LogOptions {
  /** pino level: fatal, error, warn, info (default), debug, trace or silent. */
  level?: string;
  /** Where the JSON lines go (default standard output). */
  stream?: { write(line: string): unknown };
}

interface RawRequest {
  method?: string;
  url?: string;
  headers?: Record<string, string | string[] | undefined>;
  socket?: { remoteAddress?: string };
}

/** A header as logged: one value, at most 100 characters (headers are the client's to fill). */
function headerOf(value: string | string[] | undefined): string | undefined {
  const text = Array.isArray(value) ? value[0] : value;
  return text === undefined ? undefined : text.slice(0, 100);
}

function pathOf(url: string | undefined): string {
  const path = (url ?? '').split('?')[0]!;
  return path.length > 200 ? `${path.slice(0, 200)}…` : path;
}

export function loggerOptions({ level = 'info', stream }: LogOptions): FastifyServerOptions['logger'] {
  // fastify's types expect an error serializer that keeps message and stack; this one drops them on purpose.
  const options = {
    level,
    ...(stream ? { stream } : {}),
    serializers: {
      req: (request: RawRequest) => ({
        method: request.method,
        path: pathOf(request.url),
        contentType: headerOf(request.headers?.['content-type']),
        contentLength: headerOf(request.headers?.['content-length']),
        remoteAddress: request.socket?.remoteAddress,
      }),
      res: (reply: { statusCode?: number }) => ({ statusCode: reply.statusCode }),
      // An error's message may quote the document; its code and status say what happened.
      err: (error: { code?: string; statusCode?: number; name?: string }) => ({ type: error.name, code: error.code, statusCode: error.statusCode }),
    },
  };
  return options as unknown as FastifyServerOptions['logger'];
}
