import { closeSync, openSync, readSync } from 'node:fs';

/**
 * The float32 values of chosen vectors, read from the Vectra shard files by byte position (recorded
 * while the shards were decoded), so a search process need not hold the float matrix: a query reads
 * the few hundred rows it re-ranks. A committed generation's files never change; a replaced one is
 * removed after its grace period, which a reader still serving from it is told plainly.
 */
export class ShardRows {
  private readonly values: Float32Array;
  private readonly bytes: Uint8Array;

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
  }

  /**
   * Calls `each` with every row of `rows` (ascending: the files are read in order) and its values,
   * a view overwritten by the next call. Each file is opened once a call.
   */
  read(rows: ArrayLike<number>, each: (row: number, values: Float32Array) => void): void {
    let fd = -1;
    let shard = -1;
    try {
      for (let i = 0; i < rows.length; i++) {
        const row = rows[i]!;
        const position = this.at[row]!;
        if (position < 0) {
          each(row, this.loose.get(row)!);
          continue;
        }
        if (this.shardOf[row] !== shard) {
          if (fd >= 0) closeSync(fd);
          fd = -1;
          shard = this.shardOf[row]!;
          fd = this.open(this.paths[shard]!);
        }
        const read = readSync(fd, this.bytes, 0, this.bytes.length, position);
        if (read !== this.bytes.length) throw new Error(`${this.paths[shard]}: ends inside a vector (byte ${position}): the file changed after it was loaded`);
        each(row, this.values);
      }
    } finally {
      if (fd >= 0) closeSync(fd);
    }
  }

  private open(path: string): number {
    try {
      return openSync(path, 'r');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        throw new Error(`${path} is gone: a newer index generation replaced this one and its grace period has passed; open the index again`);
      }
      throw error;
    }
  }
}
