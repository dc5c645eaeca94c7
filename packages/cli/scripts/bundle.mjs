// Bundles the built CLI (dist/bin.js and the core modules it imports) into one file, dist/bundle/zorgvuldig.js,
// which bin/zorgvuldig.js prefers. Node 20 spends about 0.3 ms per ES module on resolving and loading it;
// for the ~150 modules of the CLI and core that is a noticeable part of a `check` run's start-up.
// The server stays outside the bundle: only `serve` loads it, and it brings its own dependencies.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
await build({
  absWorkingDir: root,
  entryPoints: ['dist/bin.js'],
  outfile: 'dist/bundle/zorgvuldig.js',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Node 20 supports \p{…} in regular expressions; without this esbuild rewrites every such literal into a
  // `new RegExp(…)` call, which inside a function builds the expression anew on each call.
  supported: { 'regexp-unicode-property-escapes': true },
  external: ['@zorgvuldig/server'],
  logLevel: 'warning',
});
