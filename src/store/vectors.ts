import { LocalIndex, ProtobufCodec, type MetadataFilter } from 'vectra';
import { join } from 'node:path';
import { VECTORS_DIR, writeFileDurable } from './layout.js';
import type { IndexedRecord } from './types.js';

/** What each vector carries: the record it points back to, and what search filters on. */
export interface ChunkMetadata {
  [field: string]: string | number;
  record: string;
  key: string;
  /** yyyymmdd, sortable. */
  day: number;
  spokesperson: string;
  /** Empty when the transcript names no outlet. */
  outlet: string;
}

export function chunkMetadata(record: IndexedRecord): ChunkMetadata {
  return { record: record.id, key: record.key, day: dayNumber(record.date), spokesperson: record.spokesperson, outlet: record.outlet ?? '' };
}

/** `2020-05-22` → 20200522: dates as Vectra filters compare them. */
export function dayNumber(date: string): number {
  return Number(date.replaceAll('-', ''));
}

export interface StoredChunk {
  id: string;
  vector: number[];
  metadata: ChunkMetadata;
}

export interface VectorFilter {
  /** yyyymmdd bounds, inclusive. */
  from?: number;
  to?: number;
  /** Exact metadata values, any of. */
  spokespeople?: string[];
  outlets?: string[];
}

export interface VectorMatch {
  record: string;
  similarity: number;
}

/** Vectra `LocalIndex` (protobuf file: float32 vectors, half the size of JSON) behind a small surface. */
export class VectorStore {
  private constructor(private readonly index: LocalIndex<ChunkMetadata>) {}

  private static at(generationDir: string): LocalIndex<ChunkMetadata> {
    return new LocalIndex<ChunkMetadata>(join(generationDir, VECTORS_DIR), undefined, undefined, new ProtobufCodec());
  }

  /**
   * Writes a new store holding exactly `chunks`, in Vectra's own file format through its codec.
   * Vectra's insert checks each id against every item already inserted, so inserting the whole
   * corpus item by item is quadratic; a generation is always written whole, so it is encoded at once.
   */
  static async write(generationDir: string, chunks: StoredChunk[]): Promise<void> {
    const index = VectorStore.at(generationDir);
    await index.createIndex({ version: 1, deleteIfExists: true });
    const items = chunks.map((c) => ({ ...c, norm: Math.hypot(...c.vector) }));
    const data = index.codec.serializeIndex({ version: 1, metadata_config: {}, items });
    writeFileDurable(join(index.folderPath, index.indexName), data);
  }

  /** Opens a store and loads it into memory; null when the generation has none. */
  static async open(generationDir: string): Promise<VectorStore | null> {
    const index = VectorStore.at(generationDir);
    if (!(await index.isIndexCreated())) return null;
    await index.getIndexStats(); // loads the file now, not on the first query
    return new VectorStore(index);
  }

  async chunks(): Promise<StoredChunk[]> {
    return (await this.index.listItems()).map((item) => ({ id: item.id, vector: item.vector, metadata: item.metadata }));
  }

  /** Best chunks for a query vector, narrowed (as Vectra filters) by day range and exact names. */
  async query(vector: number[], topK: number, where: VectorFilter = {}): Promise<VectorMatch[]> {
    const filter: MetadataFilter = {};
    if (where.from !== undefined || where.to !== undefined) {
      filter.day = { ...(where.from !== undefined && { $gte: where.from }), ...(where.to !== undefined && { $lte: where.to }) };
    }
    if (where.spokespeople) filter.spokesperson = { $in: where.spokespeople };
    if (where.outlets) filter.outlet = { $in: where.outlets };
    const results = await this.index.queryItems(vector, '', topK, Object.keys(filter).length > 0 ? filter : undefined);
    return results.map((r) => ({ record: r.item.metadata.record, similarity: r.score }));
  }
}
