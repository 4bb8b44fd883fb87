/**
 * A small static file server for a built copy of the site (`dist-meili/`), the way a static
 * host serves it: `/a/` → `a/index.html`, `/a` → 301 to `/a/` when `a` is a folder, anything
 * else → 404 with the site's `404.html`. Files are read on each request, never cached. Only
 * for the end-to-end tests: it listens on 127.0.0.1 and refuses paths outside its folder.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server, type ServerResponse } from 'node:http';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
};

export interface StaticServer {
  /** `http://127.0.0.1:<port>`, no trailing slash. */
  origin: string;
  close: () => Promise<void>;
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

async function isDirectory(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isDirectory();
  } catch {
    return false;
  }
}

/** Serves `root` on 127.0.0.1 at `port` (0: a free port the OS picks). */
export async function serveStatic(root: string, port = 0): Promise<StaticServer> {
  const base = path.resolve(root);
  const send = (response: ServerResponse, status: number, file: string, head: boolean) => {
    response.writeHead(status, {
      'Content-Type': TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
      'Cache-Control': 'no-store',
    });
    if (head) response.end();
    else createReadStream(file).pipe(response);
  };

  const server: Server = createServer((request, response) => {
    void (async () => {
      const head = request.method === 'HEAD';
      if (request.method !== 'GET' && !head) {
        response.writeHead(405, { Allow: 'GET, HEAD' }).end();
        return;
      }
      const url = new URL(request.url ?? '/', 'http://localhost');
      let pathname: string;
      try {
        pathname = decodeURIComponent(url.pathname);
      } catch {
        response.writeHead(400).end();
        return;
      }
      const target = path.resolve(base, `.${pathname}`);
      if (target !== base && !target.startsWith(base + path.sep)) {
        response.writeHead(403).end();
        return;
      }
      if (pathname.endsWith('/')) {
        const index = path.join(target, 'index.html');
        if (await isFile(index)) {
          send(response, 200, index, head);
          return;
        }
      } else if (await isFile(target)) {
        send(response, 200, target, head);
        return;
      } else if (await isDirectory(target)) {
        response.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
        return;
      }
      const notFound = path.join(base, '404.html');
      if (await isFile(notFound)) send(response, 404, notFound, head);
      else response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
    })().catch((error: unknown) => {
      if (!response.headersSent) response.writeHead(500);
      response.end(String(error));
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  if (!address || typeof address !== 'object') throw new Error('static server has no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      }),
  };
}
