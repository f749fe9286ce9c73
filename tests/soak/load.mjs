// A bounded load run against the real API: mixed GraphQL reads (analyst) and writes (editor) from WORKERS concurrent
// clients for SECONDS. Each writer owns its own enterprises, so the last value it was told was committed is the value
// that must be visible afterwards. Prints one JSON line with the figures and the checks' inputs.
// Env: BASE_URL, ANALYST_KEY, EDITOR_KEY, ADMIN_KEY, SECONDS (default 120), WORKERS (default 8), API_PID.
import { readFileSync } from 'node:fs';

const base = process.env.BASE_URL;
const seconds = Number(process.env.SECONDS ?? 120);
const workers = Number(process.env.WORKERS ?? 8);
const pid = process.env.API_PID;

async function graphql(key, query, variables) {
  const started = performance.now();
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${key}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json().catch(() => null);
  return { status: response.status, body, ms: performance.now() - started };
}

function rssBytes() {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)[1]) * 1024;
}

const reads = [
  ['Chains', '{ chains { id name } }'],
  ['Map', 'query Map($c: ID!) { chain(id: $c) { map { segments { id name } } } }'],
  ['Checklist', '{ checklist(first: 10) { nodes { id severity } } }'],
  ['Enterprises', '{ enterprises(first: 20) { nodes { id name annualOutput } pageInfo { endCursor } } }'],
  ['Bottlenecks', 'query B($c: ID!) { bottlenecks(chainId: $c, first: 5) { nodes { enterprise { id } } } }'],
];
const upsert = `mutation Upsert($input: EnterpriseInput!) { upsertEnterprise(input: $input) { id annualOutput } }`;

const chains = (await graphql(process.env.ANALYST_KEY, '{ chains { id } }')).body.data.chains.map(c => c.id);
const firms = (await graphql(process.env.ANALYST_KEY,
  '{ enterprises(first: 100) { nodes { id name district region country annualOutput } } }')).body.data.enterprises.nodes
  .filter(f => f.country === 'CN' && f.district);
const latencies = [];
const statuses = {};
const acknowledged = new Map(); // enterprise id -> last annualOutput the API confirmed
let writes = 0, failedWrites = 0, committedWrites = 0;

function record(name, result) {
  latencies.push(result.ms);
  const key = `${name}:${result.status}`;
  statuses[key] = (statuses[key] ?? 0) + 1;
}

async function worker(index, deadline) {
  const mine = firms.filter((_, i) => i % workers === index).slice(0, 5);
  let n = 0;
  while (performance.now() < deadline) {
    n++;
    if (n % 10 === 0 && mine.length > 0) {
      const firm = mine[n % mine.length];
      const value = Math.round((index * 1e6 + n) * 100) / 100 + 0.5;
      const input = { id: firm.id, name: firm.name, district: firm.district, country: firm.country, annualOutput: value };
      const result = await graphql(process.env.EDITOR_KEY, upsert, { input });
      record('Upsert', result);
      writes++;
      if (result.status === 200 && result.body?.data?.upsertEnterprise?.annualOutput === value) { acknowledged.set(firm.id, value); committedWrites++; }
      else failedWrites++;
    } else {
      const [name, query] = reads[n % reads.length];
      record(name, await graphql(process.env.ANALYST_KEY, query, { c: chains[n % chains.length] }));
    }
  }
}

const auditBefore = await auditCount();
// Warm-up: 15 s of the same load, unreported, so the first RSS sample is after the JIT and caches have settled.
await Promise.all([...Array(workers)].map((_, i) => worker(i, performance.now() + 15000)));
latencies.length = 0; for (const k of Object.keys(statuses)) delete statuses[k];
const warmWrites = writes; writes = 0; failedWrites = 0;
const rssStart = rssBytes();
const rssSamples = [rssStart];
const sampler = setInterval(() => rssSamples.push(rssBytes()), 5000);
const started = performance.now();
await Promise.all([...Array(workers)].map((_, i) => worker(i, started + seconds * 1000)));
const elapsed = (performance.now() - started) / 1000;
clearInterval(sampler);
const rssEnd = rssBytes();

// Every acknowledged write is visible now.
const lost = [];
for (const [id, value] of acknowledged) {
  const result = await graphql(process.env.ANALYST_KEY, 'query E($id: ID!) { enterprise(id: $id) { annualOutput } }', { id });
  if (result.body?.data?.enterprise?.annualOutput !== value) lost.push({ id, expected: value, found: result.body?.data?.enterprise?.annualOutput });
}
const auditAfter = await auditCount();

latencies.sort((a, b) => a - b);
const pct = p => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))];
const fiveXX = Object.entries(statuses).filter(([k]) => k.endsWith(':500') || /:5\d\d$/.test(k)).reduce((s, [, v]) => s + v, 0);
console.log(JSON.stringify({
  seconds: Math.round(elapsed), workers, requests: latencies.length, rps: Math.round(latencies.length / elapsed),
  p50: Math.round(pct(0.5)), p99: Math.round(pct(0.99)), max: Math.round(latencies.at(-1)),
  fiveXX, statuses, writes: writes + warmWrites, failedWrites, committedWrites, acknowledgedFirms: acknowledged.size, lost: lost.slice(0, 5), lostCount: lost.length,
  auditRows: auditAfter - auditBefore,
  rssStartMB: Math.round(rssStart / 1048576), rssEndMB: Math.round(rssEnd / 1048576), rssMaxMB: Math.round(Math.max(...rssSamples, rssEnd) / 1048576),
}));

async function auditCount() {
  let count = 0, after = null;
  for (;;) {
    const page = await graphql(process.env.ADMIN_KEY,
      'query A($after: String) { auditLog(first: 100, after: $after) { nodes { operation keyName status } pageInfo { hasNextPage endCursor } } }', { after });
    const log = page.body.data.auditLog;
    count += log.nodes.filter(n => n.operation === 'upsertEnterprise' && n.keyName === 'soak-editor' && n.status === 'committed').length;
    if (!log.pageInfo.hasNextPage) return count;
    after = log.pageInfo.endCursor;
  }
}
