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

export type ShardItem = (id: string, metadata: Record<string, string | number | boolean>, vectorBytes: Uint8Array) => void;

/** Calls `item` for each stored item, in file order; `vectorBytes` are little-endian float32 values. */
export function decodeVectraShard(file: Uint8Array, name: string, item: ShardItem): void {
  const reader = protobuf.Reader.create(file);
  try {
    while (reader.pos < reader.len) {
      const tag = reader.uint32();
      if (tag >>> 3 === 3 && (tag & 7) === WIRE.bytes) {
        const end = reader.uint32() + reader.pos;
        decodeItem(reader, end, file, item);
      } else {
        reader.skipType(tag & 7);
      }
    }
  } catch (error) {
    throw new Error(`${name}: not a readable Vectra index file (${(error as Error).message})`);
  }
}

function decodeItem(reader: protobuf.Reader, end: number, file: Uint8Array, item: ShardItem): void {
  let id = '';
  const metadata: Record<string, string | number | boolean> = {};
  let vector: Uint8Array = new Uint8Array(0);
  const loose: number[] = [];
  while (reader.pos < end) {
    const tag = reader.uint32();
    const field = tag >>> 3;
    if (field === 1) {
      id = reader.string();
    } else if (field === 2) {
      const [key, value] = decodeMapEntry(reader, reader.uint32() + reader.pos);
      metadata[key] = value;
    } else if (field === 3 && (tag & 7) === WIRE.bytes) {
      const length = reader.uint32();
      vector = file.subarray(reader.pos, reader.pos + length);
      reader.pos += length;
    } else if (field === 3) {
      loose.push(reader.float()); // the unpacked encoding, which a protobuf reader must also accept
    } else {
      reader.skipType(tag & 7);
    }
  }
  if (loose.length > 0) vector = new Uint8Array(Float32Array.from(loose).buffer);
  item(id, metadata, vector);
}

function decodeMapEntry(reader: protobuf.Reader, end: number): [string, string | number | boolean] {
  let key = '';
  let value: string | number | boolean = '';
  while (reader.pos < end) {
    const tag = reader.uint32();
    if (tag >>> 3 === 1) key = reader.string();
    else if (tag >>> 3 === 2) value = decodeMetadataValue(reader, reader.uint32() + reader.pos);
    else reader.skipType(tag & 7);
  }
  return [key, value];
}

function decodeMetadataValue(reader: protobuf.Reader, end: number): string | number | boolean {
  let value: string | number | boolean = '';
  while (reader.pos < end) {
    const tag = reader.uint32();
    const field = tag >>> 3;
    if (field === 1) value = reader.string();
    else if (field === 2) value = reader.double();
    else if (field === 3) value = reader.bool();
    else reader.skipType(tag & 7);
  }
  return value;
}
