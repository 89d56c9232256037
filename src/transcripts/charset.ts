import iconv from 'iconv-lite';

/** Charsets of the Ministry's Chinese pages other than UTF-8; GB18030 reads GB2312 and GBK text too. */
const CHINESE_CHARSETS = new Set(['gbk', 'gb2312', 'gb18030', 'x-gbk', 'cp936']);

/** The charset an HTML page declares in its first kilobytes (`<meta charset>` or `content="…; charset=…"`), lower-cased. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const m = /<meta\b[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_-]+)/i.exec(head);
  return m ? m[1]!.toLowerCase() : null;
}

/** Decodes a page declared as GBK/GB2312/GB18030; null when it declares another charset (or none). */
export function decodeDeclaredChinese(bytes: Uint8Array): string | null {
  const charset = declaredCharset(bytes);
  if (charset === null || !CHINESE_CHARSETS.has(charset)) return null;
  return iconv.decode(Buffer.from(bytes), 'gb18030');
}
