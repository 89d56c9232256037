import iconv from 'iconv-lite';

/** Charsets of the Ministry's Chinese pages other than UTF-8; GB18030 reads GB2312 and GBK text too. */
const CHINESE_CHARSETS = new Set(['gbk', 'gb2312', 'gb18030', 'x-gbk', 'cp936']);

/**
 * Labels browsers read as Windows-1252 (the WHATWG Encoding Standard): a page saying ISO-8859-1 is
 * Windows-1252 in practice, and its curly quotes (0x93, 0x94) would be control characters in Latin-1.
 */
const WINDOWS_1252_LABELS = new Set(['iso-8859-1', 'iso8859-1', 'latin1', 'l1', 'us-ascii', 'ascii', 'cp1252', 'x-cp1252']);

/** The charset an HTML page declares in its first kilobytes (`<meta charset>` or `content="…; charset=…"`), lower-cased. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const m = /<meta\b[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_-]+)/i.exec(head);
  return m ? m[1]!.toLowerCase() : null;
}

/**
 * Labels iconv-lite knows that name no charset a page can be served in ("hex", "base64", "binary",
 * UTF-7), and UTF-16/32, which a page's own <meta> cannot truly declare (browsers read such a label as
 * UTF-8: a UTF-16 page starts with its byte-order mark, which decode.ts reads first).
 */
const NOT_A_PAGE_CHARSET = /^(?:hex|base64|binary|utf-?7|ucs-?2|utf-?16(?:le|be)?|utf-?32(?:le|be)?)$/;

/** Whether bytes are UTF-8 as they stand (every byte sequence valid). */
function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * Decodes a page by the charset it declares when that is not UTF-8: GBK/GB2312/GB18030 (the
 * Ministry's older Chinese pages), Windows-1252 and any other charset iconv-lite reads. Null when
 * the page declares UTF-8, nothing, or a charset nobody knows, and when its bytes are valid UTF-8
 * whatever it declares: those are read as UTF-8. A page re-saved as UTF-8 often keeps its old
 * <meta>, and legacy text with any byte over 0x7F is almost never valid UTF-8, so the bytes are
 * the better witness; reading UTF-8 as Windows-1252 would put "â€™" for "’" into every quote.
 */
export function decodeDeclaredCharset(bytes: Uint8Array): string | null {
  const charset = declaredCharset(bytes);
  if (charset === null || charset === 'utf-8' || charset === 'utf8' || NOT_A_PAGE_CHARSET.test(charset)) return null;
  if (isUtf8(bytes)) return null;
  if (CHINESE_CHARSETS.has(charset)) return iconv.decode(Buffer.from(bytes), 'gb18030');
  const label = WINDOWS_1252_LABELS.has(charset) ? 'windows-1252' : charset;
  return iconv.encodingExists(label) ? iconv.decode(Buffer.from(bytes), label) : null;
}
