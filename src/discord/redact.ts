/** Replaces every occurrence of the secrets in a line, so a token can never reach a log or the terminal. */
export function redactor(secrets: (string | undefined)[]): (line: string) => string {
  const known = secrets.filter((s): s is string => typeof s === 'string' && s.length >= 8);
  return (line) => known.reduce((text, secret) => text.split(secret).join('[redacted]'), line);
}
