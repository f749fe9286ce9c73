// (e) Hostile requests: each must get a clear 4xx (a JSON `errors` list with no stack trace, where the endpoint
// answers rather than Kestrel) well within the deadline, never a 5xx or a hang; the server must stay healthy after.
import { request as httpRequest } from 'node:http';
import { postJson, send, TIMEOUT_MS } from './http.mjs';

const aliases = (count, selection) => `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${selection}`).join(' ')} }`;

const cases = [
  { name: 'selections nested 10,000 deep', status: 400, request: (url) => postJson(url, { query: `${'{ a '.repeat(10_000)}${'}'.repeat(10_000)}` }) },
  { name: 'introspection nested past the depth limit', status: 400, request: (url) => postJson(url, { query: `{ __schema { types { ${'fields { type { '.repeat(6)}name${' } }'.repeat(6)} } } }` }) },
  { name: '10,000 aliases', status: 400, request: (url) => postJson(url, { query: aliases(10_000, 'chains { id }') }) },
  // Under the token limit: answered or refused by the cost limit (configurable), but quickly either way.
  { name: '2,000 aliases (answered or refused, quickly)', status: [200, 400], request: (url) => postJson(url, { query: aliases(2_000, 'chains { id name }') }) },
  { name: '3,000 identical fields: field-merging work (answered or refused, quickly)', status: [200, 400], request: (url) => postJson(url, { query: `{ ${'chains { id } '.repeat(3_000)}}` }) },
  { name: 'fragment cycle', status: 400, request: (url) => postJson(url, { query: '{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }' }) },
  { name: 'fragment spread 2^20 times through nesting (valid: answered or refused, quickly)', status: [200, 400], request: (url) => postJson(url, { query: fragmentBomb(20) }) },
  { name: '5 MB string literal', status: 413, request: (url) => postExpectingContinue(url, JSON.stringify({ query: `{ chain(id: "${'x'.repeat(5_000_000)}") { id } }` })) },
  { name: 'invalid UTF-8 in the query', status: 400, request: (url) => postJson(url, new Uint8Array([...Buffer.from('{"query":"{ __typename } '), 0xc3, 0x28, ...Buffer.from('"}')])) },
  { name: 'invalid UTF-8 in an ignored property', status: 400, request: (url) => postJson(url, new Uint8Array([...Buffer.from('{"query":"{ __typename }","x":"'), 0xff, ...Buffer.from('"}')])) },
  { name: 'JSON nested 10,000 deep in variables', status: 400, request: (url) => postJson(url, `{"query":"{ __typename }","variables":${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}}`) },
  { name: 'JSON array body (batch)', status: 400, request: (url) => postJson(url, '[{"query":"{ __typename }"}]') },
  { name: 'truncated JSON body', status: 400, request: (url) => postJson(url, '{"query":"{ __typename }"') },
  { name: 'Content-Type text/plain', status: 415, request: (url) => send(url, { headers: { 'content-type': 'text/plain' }, body: '{"query":"{ __typename }"}' }) },
  { name: 'Content-Type form-urlencoded', status: 415, request: (url) => send(url, { headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'query=%7B__typename%7D' }) },
  { name: 'Content-Type application/graphql', status: 415, request: (url) => send(url, { headers: { 'content-type': 'application/graphql' }, body: '{ __typename }' }) },
  { name: 'Content-Type JSON in latin1', status: 415, request: (url) => send(url, { headers: { 'content-type': 'application/json; charset=iso-8859-1' }, body: '{"query":"{ __typename }"}' }) },
  { name: 'Accept text/csv only', status: 406, request: (url) => send(url, { headers: { 'content-type': 'application/json', accept: 'text/csv' }, body: '{"query":"{ __typename }"}' }) },
  { name: 'PUT', status: 405, request: (url) => send(url, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' }) },
  { name: 'DELETE', status: 405, request: (url) => send(url, { method: 'DELETE' }) },
  { name: 'GET with a 100 KB query string', status: 414, kestrel: true, request: (url) => send(`${url}?query=${'%7B'.repeat(33_000)}`, { method: 'GET' }) },
  { name: 'GET with variables that are not JSON', status: 400, request: (url) => send(`${url}?query=${encodeURIComponent('{ __typename }')}&variables=%7Bnope`, { method: 'GET', headers: { accept: 'application/graphql-response+json' } }) },
  { name: 'GET with the query twice', status: 400, request: (url) => send(`${url}?query=%7B__typename%7D&query=%7B__typename%7D`, { method: 'GET' }) },
];

// Sends the body only once the server asks for it (Expect: 100-continue): a server that refuses on Content-Length
// answers first, and the client is never caught mid-upload by the closing connection (fetch cannot do this).
function postExpectingContinue(url, body) {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const request = httpRequest(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', expect: '100-continue', 'content-length': Buffer.byteLength(body) },
      timeout: TIMEOUT_MS,
    });
    request.on('continue', () => request.end(body));
    request.on('timeout', () => request.destroy(new Error('timed out')));
    request.on('error', reject);
    request.on('response', (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk) => { text += chunk; });
      response.on('end', () => {
        let json;
        try { json = JSON.parse(text); } catch { json = undefined; }
        request.destroy();
        resolve({ status: response.statusCode, headers: response.headers, text, json, ms: performance.now() - started });
      });
    });
  });
}

// Each fragment spreads the next one twice (directly and inside an inline fragment): 2^levels paths if expanded naively,
// a few dozen fields for an executor that collects each fragment once per selection set, as the spec's CollectFields does.
function fragmentBomb(levels) {
  const fragments = Array.from({ length: levels }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ... on Query { ...F${i + 1} } }`);
  return `{ ...F0 } ${fragments.join(' ')} fragment F${levels} on Query { __typename }`;
}

export async function hostile(url) {
  const results = [];
  for (const c of cases) {
    let ok = false;
    let note;
    try {
      const response = await c.request(url);
      const clear = c.kestrel || response.status === 200 || (Array.isArray(response.json?.errors) && typeof response.json.errors[0]?.message === 'string');
      const leaks = /\bat [\w.<>]+\(|System\.\w+Exception|\.cs:line/.test(response.text);
      ok = [c.status].flat().includes(response.status) && clear && !leaks && response.ms < 5_000;
      note = `${response.status} in ${response.ms.toFixed(0)} ms: ${(response.json?.errors?.[0]?.message ?? response.text).slice(0, 120)}`;
    } catch (e) {
      note = `no answer: ${e.message}`;
    }
    results.push({ name: `hostile: ${c.name} -> ${[c.status].flat().join(' or ')}`, ok, note });
  }
  const health = await send(url.replace(/\/graphql$/, '/health'), { method: 'GET' });
  results.push({ name: 'hostile: server still healthy afterwards', ok: health.status === 200, note: `${health.status}` });
  return results;
}
