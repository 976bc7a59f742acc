import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

/** What the suites get of the PostgreSQL cluster: its URL, and how to stop and start it (fault tests). */
export interface ClusterInfo {
  url: string;
  /** `pg_ctl` and the data directory, when this run started the cluster itself. */
  control: { pgCtl: string; dataDir: string; port: number; asUser: string | null } | null;
}

declare module 'vitest' {
  export interface ProvidedContext {
    postgres: ClusterInfo | null;
  }
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });

/** Debian puts each major version's programs in /usr/lib/postgresql/<major>/bin. */
export function findBin(): string | null {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const majors = readdirSync(root).sort((a, b) => Number(b) - Number(a));
  for (const m of majors) if (existsSync(join(root, m, 'bin', 'pg_ctl'))) return join(root, m, 'bin');
  return null;
}

/** Runs a PostgreSQL program; as root it runs as `postgres`, since PostgreSQL refuses to run as root. */
function run(bin: string, args: string[], asUser: string | null) {
  const [cmd, argv] = asUser ? ['runuser', ['-u', asUser, '--', bin, ...args]] : [bin, args];
  const r = spawnSync(cmd, argv, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${bin} ${args.join(' ')} failed:\n${r.stdout}\n${r.stderr}`);
}

/**
 * Starts a throw-away PostgreSQL cluster on 127.0.0.1 for the server suites, unless
 * `CONSENTRY_TEST_DATABASE_URL` names one. Without PostgreSQL installed the PostgreSQL
 * suites are skipped, loudly, except in CI, where that fails the run.
 */
export default async function setup(project: TestProject) {
  const given = process.env.CONSENTRY_TEST_DATABASE_URL;
  if (given) {
    project.provide('postgres', { url: given, control: null });
    return;
  }
  const bin = findBin();
  if (!bin) {
    if (process.env.CI) throw new Error('PostgreSQL is not installed: apt-get install -y postgresql');
    console.warn('\n*** PostgreSQL not found (apt-get install -y postgresql): its suites are SKIPPED ***\n');
    project.provide('postgres', null);
    return;
  }
  const cluster = await startCluster(bin);
  project.provide('postgres', cluster.info);
  return cluster.stop;
}

/**
 * Makes and starts a throw-away PostgreSQL cluster on 127.0.0.1 with the programs in `bin`
 * (`findBin()`); `stop()` stops it and deletes its data. The suites share one; a fault test
 * that restarts PostgreSQL starts its own, so the restart fails no other suite's queries.
 */
export async function startCluster(bin: string): Promise<{ info: ClusterInfo; stop: () => void }> {
  const asUser = process.getuid?.() === 0 ? 'postgres' : null;
  const dataDir = mkdtempSync(join(tmpdir(), 'consentry-pg-'));
  chmodSync(dataDir, 0o777);
  if (asUser) execFileSync('chown', [asUser, dataDir]);
  const port = await freePort();
  const pgCtl = join(bin, 'pg_ctl');
  run(
    join(bin, 'initdb'),
    ['-D', dataDir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-instructions'],
    asUser,
  );
  run(
    pgCtl,
    [
      '-D',
      dataDir,
      '-w',
      '-l',
      join(dataDir, 'log'),
      '-o',
      `-p ${port} -k ${dataDir} -c listen_addresses=127.0.0.1 -c max_connections=200`,
      'start',
    ],
    asUser,
  );
  return {
    info: { url: `postgres://postgres@127.0.0.1:${port}/postgres`, control: { pgCtl, dataDir, port, asUser } },
    stop() {
      try {
        run(pgCtl, ['-D', dataDir, '-m', 'immediate', 'stop'], asUser);
      } finally {
        rmSync(dataDir, { recursive: true, force: true });
      }
    },
  };
}
