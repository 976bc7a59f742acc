#!/usr/bin/env node
import { main, usage } from '../dist/cli.js';

main(process.argv.slice(2), process.env).catch((error) => {
  console.error(`consentry-server: ${error instanceof Error ? error.message : error}`);
  if (error?.code?.startsWith?.('ERR_PARSE_ARGS')) console.error(usage);
  process.exit(2);
});
