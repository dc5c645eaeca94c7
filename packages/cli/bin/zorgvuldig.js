#!/usr/bin/env node
// Thin launcher, committed as plain JavaScript so the bin works right after `npm install` builds dist/.
// `npm run build` also bundles the CLI and the core into one file that starts faster (scripts/bundle.mjs).
// A bundle older than the last TypeScript build of the CLI or the core is stale: then the modules run. `serve`
// always runs the modules: the server imports the core's modules, and a bundle would load a second core.
import { statSync } from 'node:fs';

const mtime = (path) => statSync(new URL(path, import.meta.url), { throwIfNoEntry: false })?.mtimeMs ?? -1;
const bundle = process.argv[2] === 'serve' ? -1 : mtime('../dist/bundle/zorgvuldig.js');
const fresh = bundle >= 0 && bundle >= mtime('../tsconfig.tsbuildinfo') && bundle >= mtime('../../core/tsconfig.tsbuildinfo');
await import(fresh ? '../dist/bundle/zorgvuldig.js' : '../dist/bin.js');
