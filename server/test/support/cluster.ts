import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { postgresControl } from './databases.js';
import type { ClusterInfo } from './postgres-cluster.js';

type Control = ClusterInfo['control'];

/**
 * Runs pg_ctl on a test cluster (the shared one unless `control` names another; as
 * `postgres` when root) without blocking the event loop.
 */
export function pgCtl(
  args: string[],
  control: Control = postgresControl(),
): Promise<{ code: number | null; output: string }> {
  if (!control) throw new Error('this run did not start the PostgreSQL cluster');
  const { pgCtl: bin, dataDir, port, asUser } = control;
  // The same options as the globalSetup's start.
  const serverOptions = `-p ${port} -k ${dataDir} -c listen_addresses=127.0.0.1 -c max_connections=200`;
  const full =
    args[0] === 'status'
      ? ['-D', dataDir, ...args]
      : ['-D', dataDir, '-w', '-l', join(dataDir, 'log'), '-o', serverOptions, ...args];
  const [cmd, argv] = asUser ? ['runuser', ['-u', asUser, '--', bin, ...full]] : [bin, full];
  return new Promise((resolve, reject) => {
    const p = spawn(cmd, argv, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    p.stdout.on('data', (d) => {
      output += d;
    });
    p.stderr.on('data', (d) => {
      output += d;
    });
    p.once('error', reject);
    p.once('exit', (code) => resolve({ code, output }));
  });
}

/** Whatever happened, the cluster runs again for the suites after this one. */
export async function ensureClusterRuns(control: Control = postgresControl()) {
  if ((await pgCtl(['status'], control)).code === 0) return;
  const started = await pgCtl(['start'], control);
  if (started.code !== 0) throw new Error(`pg_ctl start failed:\n${started.output}`);
}
