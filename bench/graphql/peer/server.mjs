// The graphql-js peer of bench/graphql/http.sh: the API's own schema (its ?sdl) with resolvers over the chain data the
// API exported, behind graphql-http's Node handler (graphql-js's reference GraphQL-over-HTTP server). Like graphql-js
// servers by default it parses and validates every request. WORKERS > 1 runs a node:cluster of that many processes.
// Usage: node server.mjs SDL_FILE DATA_FILE PORT
import cluster from 'node:cluster';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { buildSchema } from 'graphql';
import { createHandler } from 'graphql-http/lib/use/http';

const [sdlFile, dataFile, port] = process.argv.slice(2);
const workers = Number(process.env.WORKERS ?? 1);

if (cluster.isPrimary && workers > 1) {
  for (let i = 0; i < workers; i++) cluster.fork();
} else {
  const schema = buildSchema(readFileSync(sdlFile, 'utf8'));
  const chains = JSON.parse(readFileSync(dataFile, 'utf8')).data.chains;
  const byId = new Map(chains.map((chain) => [chain.id, chain]));
  // Root fields look the data up; every other field is graphql-js's default property resolver.
  const rootValue = { chains: () => chains, chain: ({ id }) => byId.get(id) ?? null };
  const handler = createHandler({ schema, rootValue });
  createServer((req, res) =>
    handler(req, res).catch((error) => {
      res.writeHead(500).end(String(error));
    }),
  ).listen(Number(port), '127.0.0.1', () => console.log(`graphql-js peer (pid ${process.pid}) on 127.0.0.1:${port}`));
}
