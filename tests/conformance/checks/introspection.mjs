// (b) Introspection round trip: graphql-js builds a client schema from our answer to getIntrospectionQuery with every
// option on, and that schema prints the same as the SDL served at ?sdl (both sorted, so only content is compared).
import {
  buildClientSchema,
  buildSchema,
  getIntrospectionQuery,
  lexicographicSortSchema,
  printSchema,
} from 'graphql';
import { postJson, send } from './http.mjs';

export const INTROSPECTION_OPTIONS = {
  descriptions: true,
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  schemaDescription: true,
  inputValueDeprecation: true,
  oneOf: true,
};

/** The served schema as graphql-js sees it through introspection (shared with the validation corpus). */
export async function fetchClientSchema(url) {
  const response = await postJson(url, { query: getIntrospectionQuery(INTROSPECTION_OPTIONS) });
  if (response.status !== 200 || response.json?.errors) {
    throw new Error(`introspection answered ${response.status}: ${response.text.slice(0, 300)}`);
  }
  return buildClientSchema(response.json.data);
}

export async function introspection(url) {
  const results = [];
  let client;
  try {
    client = await fetchClientSchema(url);
    results.push({ name: 'introspection: buildClientSchema accepts getIntrospectionQuery (all options)', ok: true });
  } catch (e) {
    results.push({ name: 'introspection: buildClientSchema accepts getIntrospectionQuery (all options)', ok: false, note: e.message });
    return results;
  }

  const sdl = await send(`${url}?sdl`, { method: 'GET' });
  results.push({
    name: 'sdl: GET ?sdl is text/plain UTF-8',
    ok: sdl.status === 200 && /^text\/plain;\s*charset=utf-8$/i.test(sdl.headers.get('content-type') ?? ''),
    note: `${sdl.status} ${sdl.headers.get('content-type')}`,
  });
  let served;
  try {
    served = buildSchema(sdl.text);
  } catch (e) {
    results.push({ name: 'sdl: buildSchema accepts the served SDL', ok: false, note: e.message });
    return results;
  }
  results.push({ name: 'sdl: buildSchema accepts the served SDL', ok: true });
  const fromIntrospection = printSchema(lexicographicSortSchema(client));
  const fromSdl = printSchema(lexicographicSortSchema(served));
  results.push({
    name: 'sdl: printSchema(introspection) equals printSchema(?sdl)',
    ok: fromIntrospection === fromSdl,
    note: fromIntrospection === fromSdl ? undefined : firstDifference(fromIntrospection, fromSdl),
  });
  return results;
}

function firstDifference(a, b) {
  const left = a.split('\n');
  const right = b.split('\n');
  const line = left.findIndex((text, i) => text !== right[i]);
  const at = line < 0 ? left.length : line;
  return `line ${at + 1}: introspection "${left[at] ?? '<end>'}" vs sdl "${right[at] ?? '<end>'}"`;
}
