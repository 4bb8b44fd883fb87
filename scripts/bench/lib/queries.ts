/**
 * The Meilisearch requests the site really sends, replayed many times.
 *
 * The search page's requests are produced, not written by hand: InstantSearch-shaped requests
 * (what react-instantsearch asks for on `/tim-kiem/` with its five refinement lists, 24 hits
 * per page, a disjunctive query per refined facet) go through the page's own sanitising
 * (`sanitizeRequests`) and `instantMeiliSearch` with the page's options, against the real
 * server, and the `/multi-search` bodies it posts are recorded. The "near me" request on the
 * sales points page is built as `nearby-sales-points.ts` builds it.
 */
import { instantMeiliSearch } from '@meilisearch/instant-meilisearch';
import { Agent, request as httpRequest, type AgentOptions } from 'node:http';
import { performance } from 'node:perf_hooks';
import type { Page } from '@playwright/test';
import { sanitizeRequests, type SearchRequest } from '../../../src/islands/search/search-client.ts';
import { FACET_ATTRIBUTES, SORT_INDEX } from '../../../src/islands/search/search-state.ts';
import type { ProductDocument } from '../../../src/lib/search/documents.ts';
import { MEILISEARCH_SEARCH_PARAMS } from '../../../src/lib/search/meilisearch/search-params.ts';

export interface RecordedRequest {
  label: string;
  path: string;
  body: string;
}

export interface QueryScenario {
  label: string;
  query: string;
  refinements?: Partial<Record<(typeof FACET_ATTRIBUTES)[number], string[]>>;
  sort?: keyof typeof SORT_INDEX;
}

/** What react-instantsearch sends for the search page's state (hits, facets, refinements). */
export function instantSearchRequests(scenario: QueryScenario): SearchRequest[] {
  const refinements = Object.entries(scenario.refinements ?? {}).filter(
    ([, values]) => values.length,
  );
  const indexName = SORT_INDEX[scenario.sort ?? 'relevance'];
  const filtersWithout = (skip?: string) =>
    refinements
      .filter(([attribute]) => attribute !== skip)
      .map(([attribute, values]) => values.map((v) => `${attribute}:${v}`));
  const base = {
    query: scenario.query,
    highlightPreTag: '__ais-highlight__',
    highlightPostTag: '__/ais-highlight__',
    maxValuesPerFacet: 40,
  };
  const main = filtersWithout();
  const requests: SearchRequest[] = [
    {
      indexName,
      params: {
        ...base,
        facets: [...FACET_ATTRIBUTES],
        hitsPerPage: 24,
        page: 0,
        tagFilters: '',
        ...(main.length ? { facetFilters: main } : {}),
      },
    },
  ];
  for (const [attribute] of refinements) {
    const others = filtersWithout(attribute);
    requests.push({
      indexName,
      params: {
        ...base,
        facets: attribute,
        hitsPerPage: 0,
        page: 0,
        analytics: false,
        clickAnalytics: false,
        ...(others.length ? { facetFilters: others } : {}),
      },
    });
  }
  return requests;
}

/** Realistic scenarios, with a province and a 5-star refinement that exist in `products`. */
export function pageScenarios(products: readonly ProductDocument[]): QueryScenario[] {
  const honey = products.find((p) => p.nameFolded.includes('mat ong')) ?? products[0]!;
  return [
    { label: '"banh cay"', query: 'banh cay' },
    { label: '"nuoc mam"', query: 'nuoc mam' },
    { label: '"tra" (prefix, thousands of hits)', query: 'tra' },
    { label: '"bánh cáy" with diacritics', query: 'bánh cáy' },
    { label: '"banh cya" (typo)', query: 'banh cya' },
    {
      label: `"mat ong" + province ${honey.province}`,
      query: 'mat ong',
      refinements: { province: [honey.province] },
    },
    { label: '"" page load, all facets', query: '' },
    {
      label: '"" 5★, sorted by newest',
      query: '',
      refinements: { stars: ['5'] },
      sort: 'newest',
    },
  ];
}

/** The "near me" request of the sales points page (`nearby-sales-points.ts`, limit 12). */
export function nearbyRequest(origin = { lat: 21.0285, lng: 105.8542 }): RecordedRequest {
  return {
    label: 'sales points near Hà Nội (_geoPoint)',
    path: '/indexes/sales-points/search',
    body: JSON.stringify({
      q: '',
      limit: 12,
      sort: [`_geoPoint(${origin.lat.toFixed(5)}, ${origin.lng.toFixed(5)}):asc`],
    }),
  };
}

/**
 * Runs each scenario through the page's sanitising and `instantMeiliSearch` (with the page's
 * options) against `host`, recording the body of the request it posts.
 */
export async function recordPageRequests(
  host: string,
  searchKey: string,
  scenarios: readonly QueryScenario[],
): Promise<RecordedRequest[]> {
  const recorded: RecordedRequest[] = [];
  const originalFetch = globalThis.fetch;
  let current: { label: string; bodies: RecordedRequest[] } | undefined;
  globalThis.fetch = (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (current && typeof init?.body === 'string' && init.method === 'POST') {
      current.bodies.push({ label: current.label, path: url.pathname, body: init.body });
    }
    return originalFetch(input, init);
  };
  try {
    const { searchClient } = instantMeiliSearch(host, searchKey, {
      finitePagination: true,
      placeholderSearch: true,
      keepZeroFacets: false,
      meiliSearchParams: { ...MEILISEARCH_SEARCH_PARAMS, showRankingScore: true },
    });
    for (const scenario of scenarios) {
      current = { label: scenario.label, bodies: [] };
      await searchClient.search(sanitizeRequests(instantSearchRequests(scenario)) as never);
      const [main, ...before] = current.bodies.reverse();
      if (!main) throw new Error(`${scenario.label}: no request recorded`);
      // The client's first search of an index is preceded by one for the facet distribution
      // of the empty query (cached for the rest of the visit).
      for (const extra of before.reverse()) {
        recorded.push({ ...extra, label: 'first search of a visit: facets of ""' });
      }
      recorded.push(main);
    }
  } finally {
    current = undefined;
    globalThis.fetch = originalFetch;
  }
  return recorded;
}

export interface Sample {
  /** Round trip: request sent → body parsed. */
  roundTripMs: number;
  /** Sum of `processingTimeMs` over the queries of the request. */
  serverMs: number;
  hits: number;
  bytes: number;
}

interface SearchAnswer {
  processingTimeMs?: number;
  totalHits?: number;
  estimatedTotalHits?: number;
}

/** Server time and hit count of the first query, from a search or multi-search answer. */
export function summarize(answer: unknown): { serverMs: number; hits: number } {
  const results = (answer as { results?: SearchAnswer[] }).results ?? [answer as SearchAnswer];
  return {
    serverMs: results.reduce((sum, r) => sum + (r.processingTimeMs ?? 0), 0),
    hits: results[0]?.totalHits ?? results[0]?.estimatedTotalHits ?? 0,
  };
}

/** One request from Node's fetch (undici). */
export async function sendFromNode(
  host: string,
  searchKey: string,
  request: RecordedRequest,
): Promise<Sample> {
  const started = performance.now();
  const response = await fetch(`${host}${request.path}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${searchKey}`, 'Content-Type': 'application/json' },
    body: request.body,
  });
  const text = await response.text();
  const roundTripMs = performance.now() - started;
  if (!response.ok) throw new Error(`${request.label}: HTTP ${response.status} ${text}`);
  return { roundTripMs, ...summarize(JSON.parse(text)), bytes: Buffer.byteLength(text) };
}

/**
 * Replays `requests` from a page in the browser (its origin differs from Meilisearch's, as on
 * the real site: CORS, with the preflight cached after the warm-up): `warmup` untimed rounds,
 * then `repetitions` rounds, each round sending every request once, one at a time.
 */
export async function sendFromBrowser(
  page: Page,
  host: string,
  searchKey: string,
  requests: readonly RecordedRequest[],
  repetitions: number,
  warmup: number,
): Promise<Sample[][]> {
  return page.evaluate(
    async ({ host, searchKey, requests, repetitions, warmup }) => {
      const samples: Sample[][] = requests.map(() => []);
      for (let round = 0; round < warmup + repetitions; round += 1) {
        for (const [i, request] of requests.entries()) {
          const started = performance.now();
          const response = await fetch(`${host}${request.path}`, {
            method: 'POST',
            headers: { Authorization: `Bearer ${searchKey}`, 'Content-Type': 'application/json' },
            body: request.body,
          });
          const text = await response.text();
          const roundTripMs = performance.now() - started;
          if (!response.ok) throw new Error(`${request.label}: HTTP ${response.status} ${text}`);
          if (round < warmup) continue;
          interface Answer {
            processingTimeMs?: number;
            totalHits?: number;
            estimatedTotalHits?: number;
          }
          const answer = JSON.parse(text) as Answer & { results?: Answer[] };
          const results: Answer[] = answer.results ?? [answer];
          samples[i]!.push({
            roundTripMs,
            serverMs: results.reduce((sum, r) => sum + (r.processingTimeMs ?? 0), 0),
            hits: results[0]?.totalHits ?? results[0]?.estimatedTotalHits ?? 0,
            bytes: new TextEncoder().encode(text).length,
          });
        }
      }
      return samples;
    },
    { host, searchKey, requests: [...requests], repetitions, warmup },
  );
}

/**
 * One request through `node:http` with a keep-alive agent, headers and body in one write: the
 * transport's floor on loopback, without fetch's extra segment (see `sendAllFromNode`).
 */
export function sendFromNodeHttp(
  agent: Agent,
  host: string,
  searchKey: string,
  request: RecordedRequest,
): Promise<Sample> {
  const url = new URL(request.path, host);
  const body = Buffer.from(request.body);
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const req = httpRequest(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        agent,
        headers: {
          Authorization: `Bearer ${searchKey}`,
          'Content-Type': 'application/json',
          'Content-Length': body.length,
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString();
          const roundTripMs = performance.now() - started;
          if (response.statusCode !== 200) {
            reject(new Error(`${request.label}: HTTP ${response.statusCode} ${text}`));
            return;
          }
          resolve({ roundTripMs, ...summarize(JSON.parse(text)), bytes: Buffer.byteLength(text) });
        });
        response.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

export interface NodeSamples {
  fetch: Sample[][];
  http: Sample[][];
}

/**
 * Same rounds as `sendFromBrowser`, from Node, each request once with `fetch` (undici) and once
 * with `node:http` (one write, `noDelay`).
 */
export async function sendAllFromNode(
  host: string,
  searchKey: string,
  requests: readonly RecordedRequest[],
  repetitions: number,
  warmup: number,
): Promise<NodeSamples> {
  const out: NodeSamples = { fetch: requests.map(() => []), http: requests.map(() => []) };
  // `noDelay` reaches the socket (net.connect option) though AgentOptions does not list it.
  const options: AgentOptions & { noDelay: boolean } = {
    keepAlive: true,
    noDelay: true,
    maxSockets: 1,
  };
  const agent = new Agent(options);
  try {
    for (let round = 0; round < warmup + repetitions; round += 1) {
      for (const [i, request] of requests.entries()) {
        const viaFetch = await sendFromNode(host, searchKey, request);
        const viaHttp = await sendFromNodeHttp(agent, host, searchKey, request);
        if (round >= warmup) {
          out.fetch[i]!.push(viaFetch);
          out.http[i]!.push(viaHttp);
        }
      }
    }
  } finally {
    agent.destroy();
  }
  return out;
}
