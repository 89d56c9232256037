/** A URL safe to show as a link: http(s), no white space or characters that could end a link's markup. */
export function safeLinkUrl(url: string | null | undefined): string | null {
  return url && /^https?:\/\/[^\s()<>[\]|"'`]+$/.test(url) ? url : null;
}
