import protobuf from 'protobufjs/minimal.js';

/**
 * Reads a Vectra `LocalIndex` file written by its `ProtobufCodec`, without importing Vectra (whose entry
 * pulls in tokenizers, an HTML parser and gRPC) and without turning each vector into a `number[]`.
 * Field numbers are those of Vectra's schema, `node_modules/vectra/lib/codecs/schemas/index.proto`:
 *
 *   message IndexData { uint32 version = 1; MetadataConfig metadata_config = 2; repeated IndexItem items = 3; }
 *   message IndexItem { string id = 1; map<string, MetadataValue> metadata = 2;
 *                       repeated float vector = 3 [packed = true]; double norm = 4; optional string metadata_file = 5; }
 *   message MetadataValue { oneof value { string string_value = 1; double number_value = 2; bool bool_value = 3; } }
 *
 * test/store/vectors.test.ts checks this against files Vectra writes and queries itself.
 */
const WIRE = { varint: 0, fixed64: 1, bytes: 2, fixed32: 5 } as const;

/**
 * One stored item; `norm` is the vector's length as Vectra stored it (null when absent), `vectorAt`
 * the byte position of `vectorBytes` in the file (null when the values were not stored packed, so
 * not as one run of bytes).
 */
export type ShardItem = (id: string, metadata: Record<string, string | number | boolean>, vectorBytes: Uint8Array, norm: number | null, vectorAt: number | null) => void;

/**
 * Strings met again and again in one file (metadata keys, and a briefing's key, spokesperson and
 * outlet repeated by its consecutive items), decoded once: at archive size the strings were most of
 * the time of loading the vectors.
 */
class RepeatedStrings {
  private readonly last = new Map<number, { start: number; length: number; value: string }>();
  constructor(private readonly file: Uint8Array) {}

  /** The length-prefixed string at the reader, the same string object as last time in this slot when its bytes are. */
  read(reader: protobuf.Reader, slot: number): string {
    const at = reader.pos;
    const length = reader.uint32();
    const start = reader.pos;
    const previous = this.last.get(slot);
    if (previous && previous.length === length && this.sameBytes(previous.start, start, length)) {
      reader.pos = start + length;
      return previous.value;
    }
    reader.pos = at;
    const value = reader.string();
    this.last.set(slot, { start, length, value });
    return value;
  }

  private sameBytes(a: number, b: number, length: number): boolean {
    const file = this.file;
    for (let i = 0; i < length; i++) if (file[a + i] !== file[b + i]) return false;
    return true;
  }
}

/** Calls `item` for each stored item, in file order; `vectorBytes` are little-endian float32 values. */
export function decodeVectraShard(file: Uint8Array, name: string, item: ShardItem): void {
  const reader = protobuf.Reader.create(file);
  const strings = new RepeatedStrings(file);
  // Vectors are handed out as views of a plain Uint8Array: cheaper to make than a Buffer's.
  const bytes = new Uint8Array(file.buffer, file.byteOffset, file.byteLength);
  try {
    while (reader.pos < reader.len) {
      const tag = reader.uint32();
      if (tag >>> 3 === 3 && (tag & 7) === WIRE.bytes) {
        const end = reader.uint32() + reader.pos;
        decodeItem(reader, end, bytes, item, strings);
      } else {
        reader.skipType(tag & 7);
      }
    }
  } catch (error) {
    throw new Error(`${name}: not a readable Vectra index file (${(error as Error).message})`);
  }
}

/** Slots of `RepeatedStrings`: a metadata key's name, and the value of the key named n-th. */
const KEY_SLOT = -1;

function decodeItem(reader: protobuf.Reader, end: number, file: Uint8Array, item: ShardItem, strings: RepeatedStrings): void {
  let id = '';
  const metadata: Record<string, string | number | boolean> = {};
  let vector: Uint8Array = new Uint8Array(0);
  let vectorAt: number | null = null;
  let norm: number | null = null;
  const loose: number[] = [];
  let entry = 0;
  while (reader.pos < end) {
    const tag = reader.uint32();
    const field = tag >>> 3;
    if (field === 1) {
      id = reader.string();
    } else if (field === 2) {
      const [key, value] = decodeMapEntry(reader, reader.uint32() + reader.pos, strings, entry++);
      metadata[key] = value;
    } else if (field === 4 && (tag & 7) === WIRE.fixed64) {
      norm = reader.double();
    } else if (field === 3 && (tag & 7) === WIRE.bytes) {
      const length = reader.uint32();
      vector = file.subarray(reader.pos, reader.pos + length);
      vectorAt = reader.pos;
      reader.pos += length;
    } else if (field === 3) {
      loose.push(reader.float()); // the unpacked encoding, which a protobuf reader must also accept
    } else {
      reader.skipType(tag & 7);
    }
  }
  if (loose.length > 0) {
    vector = new Uint8Array(Float32Array.from(loose).buffer);
    vectorAt = null;
  }
  item(id, metadata, vector, norm, vectorAt);
}

function decodeMapEntry(reader: protobuf.Reader, end: number, strings: RepeatedStrings, entry: number): [string, string | number | boolean] {
  let key = '';
  let value: string | number | boolean = '';
  while (reader.pos < end) {
    const tag = reader.uint32();
    if (tag >>> 3 === 1) key = strings.read(reader, KEY_SLOT - entry);
    else if (tag >>> 3 === 2) value = decodeMetadataValue(reader, reader.uint32() + reader.pos, strings, entry);
    else reader.skipType(tag & 7);
  }
  return [key, value];
}

function decodeMetadataValue(reader: protobuf.Reader, end: number, strings: RepeatedStrings, entry: number): string | number | boolean {
  let value: string | number | boolean = '';
  while (reader.pos < end) {
    const tag = reader.uint32();
    const field = tag >>> 3;
    if (field === 1) value = strings.read(reader, entry);
    else if (field === 2) value = reader.double();
    else if (field === 3) value = reader.bool();
    else reader.skipType(tag & 7);
  }
  return value;
}
