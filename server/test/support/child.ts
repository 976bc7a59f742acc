import { type ChildProcess, spawn } from 'node:child_process';

/** A CLI server process and the base URL it printed. */
export interface Child {
  process: ChildProcess;
  base: string;
  exited: Promise<NodeJS.Signals | number | null>;
}

/** How to start `consentry-server` as its own process. */
interface StartOptions {
  /** The bin to run, and the directory it runs in. */
  cli: string;
  cwd: string;
  args: string[];
  env: Record<string, string>;
  /** How long it may take to print its address (a cold PGlite takes a while). */
  timeoutMs: number;
}

/**
 * Starts `consentry-server` on a free port; resolves once it prints its address, rejects
 * with its output if it exits first or says nothing in `timeoutMs`.
 * @example const child = await startCli({ cli, cwd, args: ['--port', '0'], env, timeoutMs: 90_000 })
 */
export function startCli({ cli, cwd, args, env, timeoutMs }: StartOptions): Promise<Child> {
  const child = spawn(process.execPath, [cli, ...args], {
    cwd,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<NodeJS.Signals | number | null>((resolve) =>
    child.once('exit', (code, signal) => resolve(signal ?? code)),
  );
  let stderr = '';
  child.stderr?.on('data', (d) => {
    stderr += d;
  });
  return new Promise((resolve, reject) => {
    let stdout = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the server did not start in ${timeoutMs} ms:\n${stdout}\n${stderr}`));
    }, timeoutMs);
    child.stdout?.on('data', (d) => {
      stdout += d;
      const m = stdout.match(/Consentry records server: (http:\/\/\S+?)\/consent\//);
      if (m) {
        clearTimeout(timer);
        resolve({ process: child, base: m[1], exited });
      }
    });
    void exited.then((how) => {
      clearTimeout(timer);
      reject(new Error(`the server exited (${how}) before it started:\n${stdout}\n${stderr}`));
    });
  });
}
