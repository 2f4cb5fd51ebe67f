#!/usr/bin/env node
'use strict';
// Installed as both `screen` and `txscreen` (GNU screen owns `screen` on many machines).
require('../dist/cli.js').main(process.argv).then(
  (code) => { process.exitCode = code; },
  (err) => { process.stderr.write(`txscreen: ${err && err.message ? err.message : err}\n`); process.exitCode = 2; },
);
