// Bundles the chain map page (cytoscape + src/) into ../../src/ChainGraph.Api/wwwroot/chainmap (committed, so that
// building the API needs no Node), or into $CHAINMAP_OUT. Deterministic: the same package-lock.json and sources give
// byte-identical output, which tests/web/suite.sh checks against the committed bundle.
import { build } from 'esbuild';
import { copyFile, mkdir, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const out = process.env.CHAINMAP_OUT
  ? `${process.env.CHAINMAP_OUT.replace(/\/$/, '')}/`
  : fileURLToPath(new URL('../../src/ChainGraph.Api/wwwroot/chainmap/', import.meta.url));

await rm(out, { recursive: true, force: true });
await mkdir(out, { recursive: true });
await build({
  entryPoints: { chainmap: 'src/main.js' },
  bundle: true,
  minify: true,
  legalComments: 'external',
  format: 'esm',
  target: 'es2022',
  logLevel: 'warning',
  outdir: out,
});
await copyFile('src/index.html', `${out}index.html`);
await copyFile('src/chainmap.css', `${out}chainmap.css`);
