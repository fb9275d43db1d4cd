/**
 * `npm run bench:mock`: throughput of the mock backend in-process and over HTTP for a read/write
 * mix, and the cost of one `GET /account/logs` page as the log grows to 100 000 rows.
 * A measurement, not a test: bounded in time, loopback only.
 */
import { Agent, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DEFAULT_PROJECT_ID, DEMO_USER } from '../contract/demo.ts';
import { appendLog } from './backend/audit.ts';
import { createBackend, type Backend } from './backend/backend.ts';
import type { BackendRequest } from './backend/http.ts';
import { createMockHttpServer } from './server.ts';

const PROJECT = DEFAULT_PROJECT_ID;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);

function request(method: string, path: string, session: string, body?: unknown, query = ''): BackendRequest {
  return {
    method,
    path,
    query: new URLSearchParams(query),
    headers: { 'x-appwrite-project': PROJECT, 'x-fallback-cookies': session, 'user-agent': 'bench' },
    bodyText: body === undefined ? '' : JSON.stringify(body),
    ip: '127.0.0.1',
    host: 'localhost',
  };
}

function signIn(backend: Backend): string {
  const res = backend.handle({ ...request('POST', '/account/sessions/email', ''), bodyText: JSON.stringify({ email: DEMO_USER.email, password: DEMO_USER.password }) });
  return res.headers['X-Fallback-Cookies'] ?? '';
}

/** 4 reads : 1 write, like a settings page being used. */
const MIX = [
  (s: string) => request('GET', '/account', s),
  (s: string) => request('GET', '/account/sessions', s),
  (s: string) => request('GET', '/account/logs', s, undefined, 'queries[0]={"method":"limit","values":[25]}'),
  (s: string) => request('GET', '/account/prefs', s),
  (s: string, i: number) => request('PATCH', '/account/prefs', s, { prefs: { theme: i % 2 ? 'dark' : 'light', n: i } }),
];

function benchInProcess(): number {
  const backend = createBackend({ seed: 'demo' });
  backend.state.project.rateLimits = false;
  const session = signIn(backend);
  const end = performance.now() + SECONDS * 1000;
  let count = 0;
  while (performance.now() < end) {
    const make = MIX[count % MIX.length];
    if (make) backend.handle(make(session, count));
    count++;
  }
  return count / SECONDS;
}

const agent = new Agent({ keepAlive: true, maxSockets: 64 });

/** node:http with a keep-alive agent: a lighter client than fetch, so the server is what is measured. */
function send(base: string, r: BackendRequest): Promise<void> {
  const url = new URL(`${base}${r.path}${r.query.size ? `?${r.query.toString()}` : ''}`);
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method: r.method, agent, headers: { ...r.headers, 'content-type': 'application/json' } }, (res) => {
      res.resume();
      res.on('end', resolve);
    });
    req.on('error', reject);
    req.end(r.bodyText || undefined);
  });
}

async function benchHttp(concurrency: number): Promise<number> {
  const { server, backend } = createMockHttpServer({ seed: 'demo' });
  backend.state.project.rateLimits = false;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  const session = signIn(backend);
  const end = performance.now() + SECONDS * 1000;
  let count = 0;
  async function worker() {
    while (performance.now() < end) {
      const make = MIX[count % MIX.length];
      const r = make ? make(session, count) : request('GET', '/account', session);
      count++;
      await send(base, r);
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker));
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return count / SECONDS;
}

function benchLogs(): { rows: number; firstPageUs: number; middlePageUs: number }[] {
  const backend = createBackend({ seed: 'demo' });
  const session = signIn(backend);
  const userId = backend.state.users[0]?.$id ?? '';
  const template = backend.state.logs[userId]?.[0];
  if (!template) throw new Error('demo user has no log');
  const results = [];
  for (const target of [1_000, 10_000, 100_000]) {
    const rows = backend.state.logs[userId] ?? [];
    while (rows.length < target) appendLog(backend.state, { ...template, time: template.time + rows.length }, 0);
    // Median of 7 batches of 300 after a warm-up, so GC pauses from growing the log do not count.
    const time = (offset: number) => {
      const query = `queries[0]={"method":"limit","values":[25]}&queries[1]={"method":"offset","values":[${offset}]}`;
      const batch = () => {
        const started = performance.now();
        for (let i = 0; i < 300; i++) backend.handle(request('GET', '/account/logs', session, undefined, query));
        return ((performance.now() - started) / 300) * 1000;
      };
      batch();
      const samples = Array.from({ length: 7 }, batch).sort((a, b) => a - b);
      return samples[3] ?? 0;
    };
    results.push({ rows: target, firstPageUs: time(0), middlePageUs: time(Math.floor(target / 2)) });
  }
  return results;
}

const inProcess = benchInProcess();
const http1 = await benchHttp(1);
const http16 = await benchHttp(16);
const logs = benchLogs();

console.log(`Mock backend benchmark (${SECONDS} s per run, mix of 4 reads : 1 write, Node ${process.version})`);
console.log(`  in-process backend           ${Math.round(inProcess).toLocaleString('en-US').padStart(9)} req/s`);
console.log(`  HTTP server, 1 connection    ${Math.round(http1).toLocaleString('en-US').padStart(9)} req/s`);
console.log(`  HTTP server, 16 concurrent   ${Math.round(http16).toLocaleString('en-US').padStart(9)} req/s`);
console.log('  GET /account/logs (limit 25), mean per request:');
for (const r of logs) {
  console.log(`    ${r.rows.toLocaleString('en-US').padStart(7)} rows: first page ${r.firstPageUs.toFixed(1).padStart(6)} µs, middle page ${r.middlePageUs.toFixed(1).padStart(6)} µs`);
}
