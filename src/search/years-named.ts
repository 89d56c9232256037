/** Years a question names ("in 2023", "since 2021"): 1990 to 2099; not a target year ("by 2060"). */
export function yearsIn(question: string): number[] {
  // A target year ("carbon neutrality by 2060") says neither when the talk was nor when the event:
  // it is a word of the topic, which ranks (gate.ts), and no date asked about.
  return [...new Set([...question.matchAll(/(?<!\bby\s+)\b(19[9]\d|20\d\d)\b/gi)].map((m) => Number(m[1])))];
}
