import { fdatasyncSync } from 'node:fs';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import { NodeFS } from '@electric-sql/pglite/nodefs';
import type { Db, Queryable, Row } from './db.js';

const queryable = (pg: PGlite | Transaction): Queryable => ({
  async query<T extends Row>(text: string, params: readonly unknown[] = []) {
    return (await pg.query<T>(text, params as unknown[])).rows;
  },
  exec: async (script) => void (await pg.exec(script)),
});

type Mod = Parameters<NodeFS['init']>[1];
interface SyncableStream {
  nfd?: number;
}
interface NodeFsType {
  stream_ops: { fsync?: (stream: SyncableStream) => number };
}

/**
 * PGlite's NodeFS, with fsync. Emscripten's NODEFS has none, so PostgreSQL's fsync() did
 * nothing, and PGlite starts PostgreSQL with fsync off (-F): a commit reached the kernel's
 * page cache only, which survives the process being killed but not the machine losing
 * power. Here fsync() is fdatasync(2), and PostgreSQL runs with fsync on and syncs its WAL
 * with fsync() (Emscripten's fdatasync() is a stub): a 201 means on disk.
 */
class DurableNodeFS extends NodeFS {
  override async init(pg: PGlite, opts: Mod) {
    const { emscriptenOpts } = await super.init(pg, opts);
    const addFsync = (mod: { NODEFS: unknown; FS: { ErrnoError: new (errno: number) => Error } }) => {
      const ops = (mod.NODEFS as NodeFsType).stream_ops;
      ops.fsync ??= (stream) => {
        try {
          if (stream.nfd !== undefined) fdatasyncSync(stream.nfd);
          return 0;
        } catch (error) {
          // A directory or a special file that cannot be synced is fine; a failed sync is EIO.
          if ((error as { code?: string }).code === 'EINVAL') return 0;
          throw new mod.FS.ErrnoError(29);
        }
      };
    };
    return { emscriptenOpts: { ...emscriptenOpts, preRun: [...(emscriptenOpts.preRun ?? []), addFsync] } };
  }
}

const durableStartParams = [
  ...PGlite.defaultStartParams.filter((p) => p !== '-F'),
  '-c',
  'fsync=on',
  '-c',
  'wal_sync_method=fsync',
];

/**
 * Embedded PostgreSQL (PGlite), kept in `dataDir`, or in memory without one. Nothing to
 * install; one process at a time may open a data directory.
 * @example const db = await openPglite('./consentry-data')
 */
export async function openPglite(dataDir?: string): Promise<Db> {
  const pg = await PGlite.create(
    dataDir ? { fs: new DurableNodeFS(dataDir), startParams: durableStartParams } : undefined,
  );
  return {
    kind: 'pglite',
    ...queryable(pg),
    transaction: (work) => pg.transaction((tx) => work(queryable(tx))),
    close: () => pg.close(),
  };
}
