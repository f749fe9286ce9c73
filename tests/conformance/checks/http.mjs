// Small fetch helpers shared by the checks. Every request has a deadline, so a hanging server fails a check instead
// of stalling the suite.
export const TIMEOUT_MS = 10_000;

export async function send(url, { method = 'POST', headers = {}, body } = {}) {
  const started = performance.now();
  const response = await fetch(url, { method, headers, body, signal: AbortSignal.timeout(TIMEOUT_MS) });
  const text = await response.text();
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, text, json, ms: performance.now() - started };
}

export function postJson(url, payload, accept = 'application/graphql-response+json') {
  return send(url, {
    headers: { 'content-type': 'application/json', accept },
    body: typeof payload === 'string' || payload instanceof Uint8Array ? payload : JSON.stringify(payload),
  });
}
