#!/usr/bin/env node
// Thin launcher, committed as plain JavaScript so the bin works right after `npm install` builds dist/.
import '../dist/bin.js';
