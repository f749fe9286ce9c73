// (c) Validation oracle: for each corpus document, graphql-js's verdict must equal the server's. graphql-js rejects a
// request when parse or validate (specified + recommended rules) fails, or when executing it yields no `data` (operation
// selection, a missing root type, variable coercion); the server rejects it when it answers 400 with no `data`.
import { GraphQLError, execute, parse, recommendedRules, specifiedRules, validate } from 'graphql';
import { corpus } from './corpus.mjs';
import { fetchClientSchema } from './introspection.mjs';
import { postJson } from './http.mjs';

// The September 2025 spec's "Operation Type Existence" rule, as graphql-js 17's KnownOperationTypesRule has it; graphql-js
// 16 reports the same document at execution time with `data: null`.
function KnownOperationTypesRule(context) {
  return {
    OperationDefinition(node) {
      if (!context.getSchema().getRootType(node.operation)) {
        context.reportError(new GraphQLError(`The ${node.operation} operation is not supported by the schema.`, { nodes: node }));
      }
    },
  };
}

const rules = [...specifiedRules, ...recommendedRules, KnownOperationTypesRule];

export async function validation(url) {
  const schema = await fetchClientSchema(url);
  const results = [];
  for (const entry of corpus) {
    const oracle = graphqlJsVerdict(schema, entry);
    const response = await postJson(url, { query: entry.query, variables: entry.variables, operationName: entry.operationName });
    const server = response.status === 400 && response.json && !('data' in response.json) ? 'invalid' : 'valid';
    const serverWhy = response.json?.errors?.[0]?.message ?? `${response.status}`;
    const notes = [`graphql-js ${oracle.verdict} (${oracle.why}); server ${server} (${serverWhy})`];
    if (oracle.verdict !== entry.expect) notes.push(`corpus expected ${entry.expect}: has the schema changed?`);
    results.push({ name: `validation: ${entry.expect} ${entry.name}`, ok: oracle.verdict === server, note: notes.join('; '), quiet: oracle.verdict === server && oracle.verdict === entry.expect });
  }

  const valid = results.filter((r) => r.note.startsWith('graphql-js valid')).length;
  results.push({
    name: 'validation: corpus covers both verdicts (>= 20 valid and >= 20 invalid per graphql-js)',
    ok: valid >= 20 && corpus.length - valid >= 20,
    note: `${valid} valid, ${corpus.length - valid} invalid`,
  });
  return results;
}

function graphqlJsVerdict(schema, { query, variables, operationName }) {
  let document;
  try {
    document = parse(query);
  } catch (e) {
    return { verdict: 'invalid', why: `parse: ${e.message}` };
  }
  const errors = validate(schema, document, rules);
  if (errors.length > 0) return { verdict: 'invalid', why: `validate: ${errors[0].message}` };
  const result = execute({ schema, document, variableValues: variables, operationName, rootValue: {} });
  if (result instanceof Promise) return { verdict: 'valid', why: 'executes' };
  return 'data' in result ? { verdict: 'valid', why: 'executes' } : { verdict: 'invalid', why: `execute: ${result.errors[0].message}` };
}
