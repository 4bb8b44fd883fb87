/**
 * A bounded load test against a Meilisearch on loopback: `clients` virtual clients, each
 * replaying the recorded search page requests round robin, back to back (no think time), over
 * one keep-alive `node:http` agent with a socket per client. Only hosts on the loopback
 * interface are accepted, and the run always has an end (a duration or a count per client).
 *
 * Figures: latency is the round trip of a request that got a 2xx answer (request written →
 * last byte of the body), in ms; errors are non-2xx answers, requests that took longer than
 * `timeoutMs`, and connection errors, counted by kind ("HTTP 500", "timeout", "ECONNRESET" …).
 * Requests started during the warm-up are neither timed nor counted.
 */
import { Agent, request as httpRequest, type AgentOptions } from 'node:http';
import { performance } from 'node:perf_hooks';
import { percentile } from './stats.ts';
import type { RecordedRequest } from './queries.ts';

export interface LoadTestOptions {
  /** `http://127.0.0.1:7700` and the like: loopback only. */
  host: string;
  /** Sent as `Authorization: Bearer …` (the public search-only key). */
  searchKey: string;
  /** Replayed round robin; client i starts at request i (mod length), so the mix is even. */
  requests: readonly RecordedRequest[];
  clients: number;
  /** Measured window after the warm-up. One of `durationMs` and `requestsPerClient` is needed. */
  durationMs?: number;
  /** Instead of a duration: each client sends exactly this many measured requests. */
  requestsPerClient?: number;
  /** Untimed load before the measured part (default 0). */
  warmupMs?: number;
  /** A request without a complete answer after this long is aborted, an error (default 10 s). */
  timeoutMs?: number;
}

export interface LoadTestResult {
  clients: number;
  /** Measured requests: answered (any status), timed out or failed. */
  requests: number;
  errors: number;
  errorKinds: Record<string, number>;
  /** Measured requests per second of the measured window. */
  rps: number;
  /** Latency of the 2xx answers, ms. */
  p50: number;
  p95: number;
  p99: number;
  max: number;
  /** The measured window: `durationMs`, or until the last measured request ended. */
  durationMs: number;
}

/** Upper bounds that keep a typo from turning the benchmark into a flood. */
export const LIMITS = { clients: 2000, durationMs: 10 * 60_000, requestsPerClient: 100_000 };

/** True for `localhost`, 127.0.0.0/8 and `::1` (IPv4-mapped included). */
export function isLoopbackHost(hostname: string): boolean {
  const name = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (name === 'localhost' || name.endsWith('.localhost')) return true;
  if (name === '::1' || name === '0:0:0:0:0:0:0:1') return true;
  const v4 = name.startsWith('::ffff:') ? name.slice('::ffff:'.length) : name;
  const parts = v4.split('.');
  return (
    parts.length === 4 &&
    parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) <= 255) &&
    parts[0] === '127'
  );
}

/** Throws unless `host` is an `http:` URL on the loopback interface. */
export function assertLoopback(host: string): URL {
  let url: URL;
  try {
    url = new URL(host);
  } catch {
    throw new Error(`load test: "${host}" is not a URL`);
  }
  if (url.protocol !== 'http:') {
    throw new Error(`load test: only http:// on loopback is allowed, not ${url.protocol}`);
  }
  if (!isLoopbackHost(url.hostname)) {
    throw new Error(
      `load test: refusing ${url.hostname}: only loopback hosts (127.0.0.1, ::1, localhost)`,
    );
  }
  return url;
}

class TimeoutError extends Error {
  constructor(ms: number) {
    super(`no complete answer within ${ms} ms`);
  }
}

interface Outcome {
  ms: number;
  /** undefined: 2xx. */
  error?: string;
}

function errorKind(error: unknown): string {
  if (error instanceof TimeoutError) return 'timeout';
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') return code;
  return `error: ${error instanceof Error ? error.message : String(error)}`;
}

function send(
  agent: Agent,
  base: URL,
  searchKey: string,
  request: RecordedRequest,
  timeoutMs: number,
) {
  const body = Buffer.from(request.body);
  return new Promise<Outcome>((resolve) => {
    const started = performance.now();
    let settled = false;
    const finish = (error?: string) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve({ ms: performance.now() - started, ...(error === undefined ? {} : { error }) });
    };
    const req = httpRequest(
      {
        host: base.hostname.replace(/^\[|\]$/g, ''),
        port: base.port || 80,
        path: request.path,
        method: 'POST',
        agent,
        headers: {
          Authorization: `Bearer ${searchKey}`,
          'Content-Type': 'application/json',
          'Content-Length': body.length,
        },
      },
      (response) => {
        // Read the whole body (as a browser does), without parsing it: the client's CPU is
        // shared with the server on this machine.
        response.on('data', () => {});
        response.on('end', () => {
          const status = response.statusCode ?? 0;
          finish(status >= 200 && status < 300 ? undefined : `HTTP ${status}`);
        });
        response.on('error', (error) => {
          finish(errorKind(error));
        });
      },
    );
    const timer = setTimeout(() => {
      finish('timeout');
      req.destroy(new TimeoutError(timeoutMs));
    }, timeoutMs);
    req.on('error', (error) => {
      finish(errorKind(error));
    });
    req.end(body);
  });
}

/** Runs the load test; resolves when every client has stopped. */
export async function runLoadTest(options: LoadTestOptions): Promise<LoadTestResult> {
  const base = assertLoopback(options.host);
  const { clients, requests, durationMs, requestsPerClient } = options;
  const warmupMs = options.warmupMs ?? 0;
  const timeoutMs = options.timeoutMs ?? 10_000;
  if (!Number.isInteger(clients) || clients < 1 || clients > LIMITS.clients) {
    throw new RangeError(`clients must be an integer from 1 to ${LIMITS.clients}, not ${clients}`);
  }
  if (requests.length === 0) throw new RangeError('no requests to send');
  if ((durationMs === undefined) === (requestsPerClient === undefined)) {
    throw new RangeError('give exactly one of durationMs and requestsPerClient');
  }
  if (durationMs !== undefined && !(durationMs > 0 && durationMs <= LIMITS.durationMs)) {
    throw new RangeError(`durationMs must be in (0, ${LIMITS.durationMs}], not ${durationMs}`);
  }
  if (
    requestsPerClient !== undefined &&
    !(
      Number.isInteger(requestsPerClient) &&
      requestsPerClient >= 1 &&
      requestsPerClient <= LIMITS.requestsPerClient
    )
  ) {
    throw new RangeError(
      `requestsPerClient must be an integer from 1 to ${LIMITS.requestsPerClient}`,
    );
  }
  if (!(warmupMs >= 0 && warmupMs <= LIMITS.durationMs)) {
    throw new RangeError(`warmupMs must be in [0, ${LIMITS.durationMs}]`);
  }
  if (!(timeoutMs > 0)) throw new RangeError('timeoutMs must be positive');

  // `noDelay` reaches the socket (net.connect option) though AgentOptions does not list it.
  const agentOptions: AgentOptions & { noDelay: boolean } = {
    keepAlive: true,
    noDelay: true,
    maxSockets: clients,
    maxFreeSockets: clients,
  };
  const agent = new Agent(agentOptions);
  const latencies: number[] = [];
  const errorKinds: Record<string, number> = {};
  let measured = 0;
  let lastEnd = 0;

  const started = performance.now();
  const measureFrom = started + warmupMs;
  const measureUntil = durationMs === undefined ? Infinity : measureFrom + durationMs;

  async function client(id: number): Promise<void> {
    let next = id % requests.length;
    let counted = 0;
    for (;;) {
      const at = performance.now();
      if (at >= measureUntil) return;
      if (requestsPerClient !== undefined && counted >= requestsPerClient) return;
      const request = requests[next]!;
      next = (next + 1) % requests.length;
      const outcome = await send(agent, base, options.searchKey, request, timeoutMs);
      if (at < measureFrom) continue;
      counted += 1;
      measured += 1;
      lastEnd = Math.max(lastEnd, performance.now());
      if (outcome.error === undefined) latencies.push(outcome.ms);
      else errorKinds[outcome.error] = (errorKinds[outcome.error] ?? 0) + 1;
    }
  }

  try {
    await Promise.all(Array.from({ length: clients }, (_, i) => client(i)));
  } finally {
    agent.destroy();
  }

  // With a duration: requests started in the window, over the window (those still running at
  // its end finish a little later); with a count: until the last one ended.
  const windowMs = durationMs ?? lastEnd - measureFrom;
  const errors = Object.values(errorKinds).reduce((sum, n) => sum + n, 0);
  return {
    clients,
    requests: measured,
    errors,
    errorKinds,
    rps: windowMs > 0 ? (measured * 1000) / windowMs : 0,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    max: latencies.length ? latencies.reduce((a, b) => Math.max(a, b)) : Number.NaN,
    durationMs: windowMs,
  };
}
