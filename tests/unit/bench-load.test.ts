/**
 * The load test of `npm run bench:load` against a tiny local HTTP server on real sockets: one
 * path answers 200, one 500, one waits 100 ms, one never answers. The counts by kind, the
 * latencies and the refusal of hosts off the loopback interface are checked.
 */
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertLoopback, isLoopbackHost, runLoadTest } from '../../scripts/bench/lib/load.ts';
import type { RecordedRequest } from '../../scripts/bench/lib/queries.ts';

let server: Server;
let host: string;
const received = new Map<string, number>();
const authorizations = new Set<string>();
const bodies = new Set<string>();
const hanging = new Set<ServerResponse>();

const request = (path: string): RecordedRequest => ({
  label: path,
  path,
  body: JSON.stringify({ q: path }),
});

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      const path = req.url ?? '';
      received.set(path, (received.get(path) ?? 0) + 1);
      authorizations.add(req.headers.authorization ?? '');
      bodies.add(body);
      if (path === '/ok') res.writeHead(200, { 'Content-Type': 'application/json' }).end('{}');
      else if (path === '/fail') res.writeHead(500).end('boom');
      else if (path === '/slow') setTimeout(() => res.writeHead(200).end('{}'), 100);
      else if (path === '/never') hanging.add(res);
      else res.writeHead(404).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  host = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  for (const res of hanging) res.destroy();
  server.closeAllConnections();
  await new Promise<void>((resolve) =>
    server.close(() => {
      resolve();
    }),
  );
});

describe('runLoadTest', () => {
  it('counts 2xx, HTTP errors and timeouts separately, each exactly once', async () => {
    received.clear();
    const result = await runLoadTest({
      host,
      searchKey: 'the-key',
      requests: [request('/ok'), request('/fail'), request('/never')],
      clients: 3,
      requestsPerClient: 3,
      timeoutMs: 1000,
    });
    // Each client starts at a different request and goes round robin: 3 of each.
    expect(result.clients).toBe(3);
    expect(result.requests).toBe(9);
    expect(result.errorKinds).toEqual({ 'HTTP 500': 3, timeout: 3 });
    expect(result.errors).toBe(6);
    expect(received.get('/ok')).toBe(3);
    expect(received.get('/fail')).toBe(3);
    expect(received.get('/never')).toBe(3);
    expect(authorizations).toEqual(new Set(['Bearer the-key']));
    expect(bodies).toContain('{"q":"/ok"}');
    // Latencies are those of the three 200s only, never of the 1 s timeouts.
    expect(result.max).toBeLessThan(1000);
    expect(result.p50).toBeGreaterThan(0);
  });

  it('times the round trip: a 100 ms answer is at least 100 ms, percentiles in order', async () => {
    const result = await runLoadTest({
      host,
      searchKey: 'k',
      requests: [request('/slow')],
      clients: 4,
      requestsPerClient: 5,
    });
    expect(result.requests).toBe(20);
    expect(result.errors).toBe(0);
    expect(result.p50).toBeGreaterThanOrEqual(99);
    expect(result.p95).toBeGreaterThanOrEqual(result.p50);
    expect(result.p99).toBeGreaterThanOrEqual(result.p95);
    expect(result.max).toBeGreaterThanOrEqual(result.p99);
    expect(result.max).toBeLessThan(2000);
    // 4 clients, 5 sequential 100 ms requests each: about half a second, about 40 req/s.
    expect(result.durationMs).toBeGreaterThanOrEqual(495);
    expect(result.rps).toBeGreaterThan(10);
    expect(result.rps).toBeLessThanOrEqual(41);
  });

  it('with a duration, stops on time and leaves the warm-up out of the counts', async () => {
    received.clear();
    const started = performance.now();
    const result = await runLoadTest({
      host,
      searchKey: 'k',
      requests: [request('/slow')],
      clients: 2,
      warmupMs: 250,
      durationMs: 500,
    });
    const elapsed = performance.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(750);
    expect(elapsed).toBeLessThan(2500);
    expect(result.durationMs).toBe(500);
    // ~5 per client in the window, ~2–3 per client in the warm-up that the server saw too.
    expect(result.requests).toBeGreaterThanOrEqual(6);
    expect(result.requests).toBeLessThanOrEqual(12);
    expect(received.get('/slow')).toBeGreaterThan(result.requests);
    expect(result.rps).toBeCloseTo((result.requests * 1000) / 500, 5);
  });

  it('counts connection errors by their code', async () => {
    // A port that was free a moment ago and nobody listens on now.
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) =>
      closed.close(() => {
        resolve();
      }),
    );
    const result = await runLoadTest({
      host: `http://127.0.0.1:${port}`,
      searchKey: 'k',
      requests: [request('/ok')],
      clients: 2,
      requestsPerClient: 2,
    });
    expect(result.requests).toBe(4);
    expect(result.errors).toBe(4);
    expect(result.errorKinds).toEqual({ ECONNREFUSED: 4 });
    expect(result.p50).toBeNaN();
    expect(result.max).toBeNaN();
  });
});

describe('loopback only', () => {
  it.each([
    ['127.0.0.1', true],
    ['127.3.2.1', true],
    ['localhost', true],
    ['[::1]', true],
    ['::ffff:127.0.0.1', true],
    ['10.0.0.1', false],
    ['192.168.1.20', false],
    ['0.0.0.0', false],
    ['128.0.0.1', false],
    ['127.0.0.1.example.com', false],
    ['example.com', false],
    ['search.ocop.vn', false],
  ])('%s → %s', (hostname, loopback) => {
    expect(isLoopbackHost(hostname)).toBe(loopback);
  });

  it.each([
    'http://10.0.0.1:7700',
    'http://example.com',
    'https://search.ocop.vn',
    'http://0.0.0.0:7700',
  ])('refuses %s before sending anything', async (target) => {
    await expect(
      runLoadTest({
        host: target,
        searchKey: 'k',
        requests: [request('/ok')],
        clients: 1,
        requestsPerClient: 1,
      }),
    ).rejects.toThrow(/refusing|only http/);
  });

  it('refuses https even on loopback, and accepts an http loopback URL', () => {
    expect(() => assertLoopback('https://127.0.0.1:7700')).toThrow(/only http/);
    expect(assertLoopback('http://[::1]:7700').port).toBe('7700');
  });

  it('needs a bound: a duration or a count, and a sane number of clients', async () => {
    const base = { host, searchKey: 'k', requests: [request('/ok')] };
    await expect(runLoadTest({ ...base, clients: 1 })).rejects.toThrow(/exactly one/);
    await expect(runLoadTest({ ...base, clients: 0, durationMs: 100 })).rejects.toThrow(/clients/);
    await expect(runLoadTest({ ...base, clients: 1, durationMs: 3_600_000 })).rejects.toThrow(
      /durationMs/,
    );
  });
});
