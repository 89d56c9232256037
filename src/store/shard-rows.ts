import { closeSync, openSync, readSync } from 'node:fs';

/**
 * The float32 values of chosen vectors, read from the Vectra shard files by byte position (recorded
 * while the shards were decoded), so a search process need not hold the float matrix: a query reads
 * the few hundred rows it re-ranks. The files are opened when the store is loaded and stay open while
 * it lives (as the record store's file does): a generation that another process's index run replaces
 * and later removes stays readable to a bot still serving from it.
 */
export class ShardRows {
  private readonly values: Float32Array;
  private readonly bytes: Uint8Array;
  private readonly fds: number[] = [];

  constructor(
    private readonly paths: string[],
    /** Per row: index into `paths`. */
    private readonly shardOf: Int32Array,
    /** Per row: byte position of its packed float32 values in its file; -1 for a row held in `loose`. */
    private readonly at: Float64Array,
    readonly dimension: number,
    /** Rows whose values were not stored as one run of bytes (Vectra's unpacked form), kept in memory. */
    private readonly loose: Map<number, Float32Array>,
  ) {
    this.values = new Float32Array(dimension);
    this.bytes = new Uint8Array(this.values.buffer);
    try {
      for (const path of paths) this.fds.push(openSync(path, 'r'));
    } catch (error) {
      for (const fd of this.fds) closeSync(fd);
      throw error;
    }
    closeWhenUnused.register(this, [...this.fds]);
  }

  /** Calls `each` with every row of `rows` and its values, a view overwritten by the next call. */
  read(rows: ArrayLike<number>, each: (row: number, values: Float32Array) => void): void {
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i]!;
      const position = this.at[row]!;
      if (position < 0) {
        each(row, this.loose.get(row)!);
        continue;
      }
      const shard = this.shardOf[row]!;
      const read = readSync(this.fds[shard]!, this.bytes, 0, this.bytes.length, position);
      if (read !== this.bytes.length) throw new Error(`${this.paths[shard]}: ends inside a vector (byte ${position}): the file changed after it was loaded`);
      each(row, this.values);
    }
  }
}

const closeWhenUnused = new FinalizationRegistry<number[]>((fds) => {
  for (const fd of fds) {
    try {
      closeSync(fd);
    } catch {
      // already closed
    }
  }
});
