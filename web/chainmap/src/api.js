// GraphQL over POST /graphql, with the analyst key (if any) kept in this tab's sessionStorage only.
const KEY = 'chaingraph.key';

/** Whether this caller may read analyst data (set once the page has asked): a key, or the loopback caller's role. */
export const access = { analyst: false };

export const apiKey = {
  get: () => sessionStorage.getItem(KEY) || '',
  set: (key) => (key ? sessionStorage.setItem(KEY, key) : sessionStorage.removeItem(KEY)),
};

export function authHeaders() {
  const key = apiKey.get();
  return key ? { Authorization: `Bearer ${key}` } : {};
}

export async function gql(query, variables = {}) {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json', ...authHeaders() },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json().catch(() => ({}));
  if (response.status === 401) throw Object.assign(new Error(body.errors?.[0]?.message ?? 'unauthenticated'), { status: 401 });
  if (!body.data) throw new Error(body.errors?.map((e) => e.message).join('; ') || `HTTP ${response.status}`);
  return body;
}

/** Fetches a briefing (HTML or PDF) with the key and returns it as a blob URL. */
export async function briefingBlob(path) {
  const response = await fetch(path, { headers: authHeaders() });
  if (!response.ok) {
    const body = await response.json().catch(() => ({}));
    throw new Error(body.errors?.[0]?.message ?? `HTTP ${response.status}`);
  }
  return URL.createObjectURL(await response.blob());
}
