// Bundles GraphiQL, its styles and Monaco's workers into ../../src/ChainGraph.GraphQL.AspNetCore/graphiql (committed, so that
// building the API needs no Node), or into $GRAPHIQL_OUT. Deterministic: the same package-lock.json gives
// byte-identical output, which tests/conformance/suite.sh checks against the committed bundle.
import { build } from 'esbuild';
import { copyFile, mkdir, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const out = process.env.GRAPHIQL_OUT
  ? `${process.env.GRAPHIQL_OUT.replace(/\/$/, '')}/`
  : fileURLToPath(new URL('../../src/ChainGraph.GraphQL.AspNetCore/graphiql/', import.meta.url));
const common = {
  bundle: true,
  minify: true,
  // Licence headers go to *.LEGAL.txt beside each bundle instead of inflating what browsers download.
  legalComments: 'external',
  target: 'es2022',
  logLevel: 'warning',
  define: { 'process.env.NODE_ENV': '"production"' },
};

await rm(out, { recursive: true, force: true });
await mkdir(out, { recursive: true });
await build({
  ...common,
  entryPoints: { graphiql: 'src/main.js' },
  format: 'esm',
  outdir: out,
  // Monaco's codicon font is referenced from the CSS; inline it so the page needs no further request.
  loader: { '.ttf': 'dataurl' },
});
await build({
  ...common,
  entryPoints: {
    'editor.worker': 'monaco-editor/esm/vs/editor/editor.worker.js',
    'json.worker': 'monaco-editor/esm/vs/language/json/json.worker.js',
    'graphql.worker': 'monaco-graphql/esm/graphql.worker.js',
  },
  format: 'iife',
  outdir: out,
});
await copyFile('src/index.html', `${out}index.html`);
