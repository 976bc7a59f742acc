#!/usr/bin/env node
/**
 * `npm run bench:server`: how many receipts a second the records server stores, and how
 * fast it answers, on PGlite and on PostgreSQL. The built CLI (server/dist) runs as a child
 * process on 127.0.0.1; autocannon posts valid receipts, a new id each request: a warm-up,
 * a short run that measures the rate, then a run sized to last about BENCH_SECONDS at that
 * rate (a count, so that no request is left in flight uncounted). Then the server's own
 * count (`/consent/verify`) must equal the 2xx answers, and the chain must hold. A
 * benchmark, not a test: it prints figures (docs/scaling.md reads them). Run it alone on
 * the machine: the client, the server and PostgreSQL share its cores.
 *
 * PostgreSQL: `DATABASE_URL` when set (the bench appends to it: use a scratch database),
 * else a throw-away cluster started as the test suites start theirs.
 *
 * Environment: BENCH_SECONDS (15), BENCH_CONNECTIONS (50), BENCH_DATABASES (pglite,postgres),
 * BENCH_WARMUP_RECEIPTS (3000), BENCH_PROFILE (a directory: the server writes a CPU profile there),
 * BENCH_CLI (another build's bin/consentry-server.js, for before/after figures), BENCH_VERBOSE
 * (the server's stderr on this one's).
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const root = fileURLToPath(new URL('../..', import.meta.url));
const seconds = Number(process.env.BENCH_SECONDS ?? 15);
const warmupReceipts = Number(process.env.BENCH_WARMUP_RECEIPTS ?? 3000);
// A bound for the warm-up's watchdog only: it is sized in receipts.
const warmup = 30;
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
const databases = (process.env.BENCH_DATABASES ?? 'pglite,postgres').split(',').map((s) => s.trim());
const token = randomUUID();
const startTimeoutMs = 120_000;
// BENCH_CLI: another build's bin/consentry-server.js, to compare two versions under the same conditions.
const cli = process.env.BENCH_CLI ?? join(root, 'server/bin/consentry-server.js');

/** A valid receipt as the widget sends it, a new id each call. */
const receipt = () =>
  JSON.stringify({
    id: randomUUID(),
    timestamp: new Date().toISOString(),
    revision: '3',
    choices: { necessary: true, preferences: Math.random() < 0.5, analytics: Math.random() < 0.6, advertising: false },
    method: 'banner',
    gpc: false,
  });

/** Starts the CLI; resolves with its base URL once it prints its address, and a stop(). */
function startServer(env) {
  // BENCH_PROFILE=DIR: the server writes a V8 CPU profile there when it stops.
  const profile = process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : [];
  const child = spawn(process.execPath, [...profile, cli, '--port', '0'], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: '',
      CONSENTRY_ADMIN_TOKEN: token,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve(signal ?? code)));
  let output = '';
  child.stderr.on('data', (d) => {
    output += d;
    if (process.env.BENCH_VERBOSE) process.stderr.write(d);
  });
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the server did not start in ${startTimeoutMs / 1000} s:\n${output}`));
    }, startTimeoutMs);
    child.stdout.on('data', (d) => {
      output += d;
      const m = output.match(/Consentry records server: (http:\/\/\S+?)\/consent\//);
      if (m) {
        clearTimeout(timer);
        resolve({ base: m[1], pid: child.pid, stop });
      }
    });
    exited.then((how) => {
      clearTimeout(timer);
      reject(new Error(`the server exited (${how}):\n${output}`));
    });
  });
}

/** CPU seconds a process has used so far (user + system), from /proc; null elsewhere. */
function cpuSeconds(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

/**
 * One autocannon run of `amount` receipts against POST /consent/receipts. A count, not a
 * duration: a run cut at a time leaves requests in flight that the server stores but the
 * client never counts. A watchdog still stops a run that takes far longer than planned.
 */
function load(base, amount, plannedSeconds) {
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: `${base}/consent/receipts`,
        connections,
        amount,
        timeout: 10,
        requests: [
          {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            setupRequest: (request) => ({ ...request, body: receipt() }),
          },
        ],
      },
      (error, result) => {
        clearTimeout(watchdog);
        if (error) reject(error);
        else resolve(result);
      },
    );
    const watchdog = setTimeout(() => instance.stop(), (plannedSeconds * 3 + 30) * 1000);
  });
}

const admin = async (base, path) => {
  const r = await fetch(`${base}${path}`, { headers: { authorization: `Bearer ${token}` } });
  if (!r.ok) throw new Error(`${path}: ${r.status} ${await r.text()}`);
  return r.json();
};

/** Warm-up, probe, then the measured run; checks the stored count against the 2xx answers. */
async function bench(name, env) {
  const server = await startServer(env);
  try {
    const before = await admin(server.base, '/consent/verify');
    const warm = await load(server.base, warmupReceipts, warmup);
    // A rate measured warm sizes the measured run, so that it lasts about BENCH_SECONDS.
    const probeAmount = Math.max(connections, Math.round((warm['2xx'] / warm.duration) * 2));
    const probe = await load(server.base, probeAmount, 2);
    const amount = Math.max(connections, Math.round((probe['2xx'] / probe.duration) * seconds));
    const cpu0 = cpuSeconds(server.pid);
    const client0 = process.cpuUsage();
    const load0 = loadavg()[0];
    const run = await load(server.base, amount, seconds);
    const cpu1 = cpuSeconds(server.pid);
    const client = process.cpuUsage(client0);
    const after = await admin(server.base, '/consent/verify');
    const answered2xx = warm['2xx'] + probe['2xx'] + run['2xx'];
    const stored = after.count - before.count;
    return {
      database: name,
      seconds: run.duration,
      'receipts/s': Math.round(run['2xx'] / run.duration),
      'p50 ms': run.latency.p50,
      'p99 ms': run.latency.p99,
      'max ms': run.latency.max,
      '2xx': run['2xx'],
      non2xx: run.non2xx,
      errors: run.errors,
      timeouts: run.timeouts,
      'server CPU': cpu0 === null ? 'n/a' : `${Math.round(((cpu1 - cpu0) / run.duration) * 100)}%`,
      // What a receipt costs the server's process, whatever else the machine runs.
      'CPU ms/receipt': cpu0 === null ? 'n/a' : Number((((cpu1 - cpu0) * 1000) / run['2xx']).toFixed(2)),
      'client CPU': `${Math.round(((client.user + client.system) / 1e6 / run.duration) * 100)}%`,
      'load avg': `${load0.toFixed(1)}→${loadavg()[0].toFixed(1)}`,
      'stored = 2xx': stored === answered2xx ? 'yes' : `NO (${stored} stored, ${answered2xx} 2xx)`,
      'chain ok': after.ok,
    };
  } finally {
    await server.stop();
  }
}

/** A PostgreSQL to bench: DATABASE_URL, or a throw-away cluster as the test suites start one. */
async function postgresDatabase() {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, stop: () => {} };
  // The suites' globalSetup, loaded through Vite (it is TypeScript): the same cluster, no copy.
  const { runnerImport } = await import('vite');
  const { module } = await runnerImport(join(root, 'server/test/support/postgres-cluster.ts'), {
    configFile: false,
    logLevel: 'error',
  });
  let info = null;
  const teardown = await module.default({
    provide: (_key, value) => {
      info = value;
    },
  });
  if (!info) throw new Error('PostgreSQL is not installed (apt-get install -y postgresql), or set DATABASE_URL');
  return { url: info.url, stop: () => teardown?.() };
}

const results = [];
console.log(
  `Records server bench: ${cpus().length} cores, Node ${process.version}, ${connections} connections, ` +
    `${warmupReceipts} receipts' warm-up, then about ${seconds} s per database`,
);
for (const name of databases) {
  if (name === 'pglite') {
    const dir = mkdtempSync(join(tmpdir(), 'consentry-bench-'));
    try {
      console.log('PGlite: starting (the first start creates the database, ~20 s)…');
      results.push(await bench('PGlite', { CONSENTRY_DATA_DIR: join(dir, 'data') }));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  } else if (name === 'postgres') {
    const pg = await postgresDatabase();
    try {
      console.log('PostgreSQL: starting…');
      results.push(await bench('PostgreSQL', { DATABASE_URL: pg.url }));
    } finally {
      pg.stop();
    }
  } else {
    throw new Error(`BENCH_DATABASES: unknown database ${name} (pglite, postgres)`);
  }
}
console.table(results);
const failed = results.filter((r) => r['stored = 2xx'] !== 'yes' || !r['chain ok']);
if (failed.length > 0) {
  console.error(`Stored receipts do not match the 2xx answers on ${failed.map((r) => r.database).join(', ')}`);
  process.exitCode = 1;
}
