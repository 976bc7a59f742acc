#!/usr/bin/env node
import { main } from '../dist/cli.js';

main(process.argv.slice(2), process.env).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(`consentry-scan: ${error instanceof Error ? error.message : error}`);
    process.exitCode = 2;
  },
);
