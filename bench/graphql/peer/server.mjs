// The graphql-js peer of bench/graphql/http.sh: the API's own schema (its ?sdl) with resolvers over the chain data the
// API exported, behind graphql-http's Node handler (graphql-js's reference GraphQL-over-HTTP server).
// By default it parses and validates every request, as graphql-js servers do out of the box; CACHE=1 memoises both by
// query text, as the API's engine does (its document cache). WORKERS > 1 runs a node:cluster of that many processes.
// Usage: [CACHE=1] [WORKERS=n] node server.mjs SDL_FILE DATA_FILE PORT
import cluster from 'node:cluster';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { buildSchema, parse, validate } from 'graphql';
import { createHandler } from 'graphql-http/lib/use/http';

const [sdlFile, dataFile, port] = process.argv.slice(2);
const workers = Number(process.env.WORKERS ?? 1);

function cachedParseAndValidate() {
  const documents = new Map();
  const verdicts = new WeakMap();
  return {
    parse: (source, options) => {
      const key = typeof source === 'string' ? source : source.body;
      let document = documents.get(key);
      if (!document) {
        document = parse(source, options);
        if (documents.size < 1000) documents.set(key, document);
      }
      return document;
    },
    validate: (schema, document, rules) => {
      let errors = verdicts.get(document);
      if (!errors) {
        errors = validate(schema, document, rules);
        verdicts.set(document, errors);
      }
      return errors;
    },
  };
}

if (cluster.isPrimary && workers > 1) {
  for (let i = 0; i < workers; i++) cluster.fork();
} else {
  const schema = buildSchema(readFileSync(sdlFile, 'utf8'));
  const chains = JSON.parse(readFileSync(dataFile, 'utf8')).data.chains;
  const byId = new Map(chains.map((chain) => [chain.id, chain]));
  // Root fields look the data up; every other field is graphql-js's default property resolver.
  const rootValue = { chains: () => chains, chain: ({ id }) => byId.get(id) ?? null };
  const handler = createHandler({ schema, rootValue, ...(process.env.CACHE === '1' ? cachedParseAndValidate() : {}) });
  createServer((req, res) =>
    handler(req, res).catch((error) => {
      res.writeHead(500).end(String(error));
    }),
  ).listen(Number(port), '127.0.0.1', () => console.log(`graphql-js peer (pid ${process.pid}) on 127.0.0.1:${port}`));
}
