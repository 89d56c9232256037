import { inflateRawSync } from 'node:zlib';

/** One file of a zip, as its central directory lists it. */
export interface ZipPart {
  name: string;
  /** Its bytes as stored (deflated, or stored as they are); null when no local header lies where the directory says. */
  packed: Buffer | null;
  /** 0 stored, 8 deflated. */
  method: number;
}

const CENTRAL_HEADER = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const END_OF_DIRECTORY = Buffer.from([0x50, 0x4b, 0x05, 0x06]);

/** The files of a zip (an `.xlsx`), in its directory's order; null when the directory cannot be read (none, cut, or ZIP64). */
export function zipParts(zip: Buffer): ZipPart[] | null {
  const end = zip.lastIndexOf(END_OF_DIRECTORY);
  if (end < 0 || end + 22 > zip.length) return null;
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const parts: ZipPart[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== CENTRAL_HEADER) return null;
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    if (size === 0xffffffff || local === 0xffffffff) return null;
    const found = local + 30 <= zip.length && zip.readUInt32LE(local) === LOCAL_HEADER;
    const data = found ? local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28) : 0;
    parts.push({ name, method, packed: found ? zip.subarray(data, data + size) : null });
  }
  return parts;
}

/** A part's bytes unpacked; throws when its local header is missing, or (zlib's error) when its deflated bytes are damaged. */
export function unpack(part: ZipPart): Buffer {
  if (part.packed === null) throw new Error(`${part.name}: no local header where the zip directory says it lies`);
  return part.method === 8 ? inflateRawSync(part.packed) : Buffer.from(part.packed);
}
