// Checks queries-fresh.json: parses, ids unique & kebab-case with "f-a-" prefix, source "fresh", no split,
// regexes compile with "iu", counts per kind (20/10/8/8), each non-none rule matches >= 3 exchanges (and reports
// pages; fewer than 3 pages is a warning), each none query's absent patterns match no page of the corpus
// (HTML-stripped text AND raw HTML/text). Extra: absent patterns are also tried on the two 2026 plain-text files
// in seeds/plain-text that are not part of the judged corpus (warning only). Never touches the search engine.
import { readFileSync } from 'node:fs';
import { pages } from './extract.mjs';
const file = process.argv.slice(2).find((a) => !a.startsWith('-')) ?? new URL('queries-fresh.json', import.meta.url);
const Q = JSON.parse(readFileSync(file, 'utf8'));
const ps = pages();
const extra = ['t20260718_11985618.txt', 't20260817_12005503.txt'].map((f) => ({ file: f, text: readFileSync(new URL('../../../seeds/plain-text/', import.meta.url).pathname + f, 'utf8') }));
const problems = [], warnings = [];
const kinds = {};
const ids = new Set();
const verbose = process.argv.includes('-v');
const rx = (src, id) => { try { return new RegExp(src, 'iu'); } catch (e) { problems.push(`${id}: bad regex ${src}: ${e.message}`); return /$^/; } };
const matches = (rule, t) => (rule.all ?? []).every((r) => r.test(t)) && (!rule.any || rule.any.some((r) => r.test(t)));
const allowed = new Set(['id', 'query', 'kind', 'relevant', 'absent', 'note', 'source', 'filters']);
for (const q of Q) {
  kinds[q.kind] = (kinds[q.kind] ?? 0) + 1;
  for (const k of Object.keys(q)) if (!allowed.has(k)) problems.push(`${q.id}: unexpected field ${k}`);
  if (!/^f-a-[a-z0-9][a-z0-9-]*$/.test(q.id)) problems.push(`${q.id}: id not kebab-case with f-a- prefix`);
  if (ids.has(q.id)) problems.push(`${q.id}: duplicate id`);
  ids.add(q.id);
  if (q.source !== 'fresh') problems.push(`${q.id}: source is not "fresh"`);
  if (!['keyword', 'paraphrase', 'semantic', 'none'].includes(q.kind)) problems.push(`${q.id}: unknown kind ${q.kind}`);
  if (!q.query?.trim()) problems.push(`${q.id}: empty query`);
  if (q.kind === 'none') {
    if (q.relevant || !q.absent?.length) problems.push(`${q.id}: none query needs absent and no relevant`);
    const pats = (q.absent ?? []).map((s) => rx(s, q.id));
    const hit = ps.filter((p) => pats.some((r) => r.test(p.text) || r.test(p.raw)));
    if (hit.length) problems.push(`${q.id}: absent pattern matches ${hit.map((p) => p.file).join(' ')}`);
    const hitX = extra.filter((p) => pats.some((r) => r.test(p.text)));
    if (hitX.length) warnings.push(`${q.id}: absent pattern matches non-corpus file ${hitX.map((p) => p.file).join(' ')}`);
    if (verbose) console.log(`  none       ${q.id.padEnd(40)} corpus pages matched: ${hit.length}`);
  } else {
    if (!q.relevant || q.absent) problems.push(`${q.id}: needs relevant, no absent`);
    if (!q.relevant?.all && !q.relevant?.any) problems.push(`${q.id}: rule has neither all nor any`);
    const rule = { all: q.relevant?.all?.map((s) => rx(s, q.id)), any: q.relevant?.any?.map((s) => rx(s, q.id)) };
    const pg = ps.filter((p) => matches(rule, p.text)).length;
    const ex = ps.flatMap((p) => p.ex.filter((e) => matches(rule, e.q + ' ' + e.a)).map(() => p.file));
    const exPages = new Set(ex).size;
    if (ex.length < 3) problems.push(`${q.id}: rule matches only ${ex.length} exchanges`);
    if (exPages < 3) warnings.push(`${q.id}: exchanges on only ${exPages} pages (${ex.length} exchanges)`);
    if (verbose) console.log(`  ${q.kind.padEnd(10)} ${q.id.padEnd(40)} pages(text) ${String(pg).padStart(3)}  exchanges ${String(ex.length).padStart(3)} on ${String(exPages).padStart(2)} pages`);
  }
}
const want = { keyword: 20, paraphrase: 10, semantic: 8, none: 8 };
for (const [k, n] of Object.entries(want)) if (kinds[k] !== n) problems.push(`kind ${k}: ${kinds[k] ?? 0} queries, expected ${n}`);
console.log(`${Q.length} queries`, kinds);
if (warnings.length) console.log('WARNINGS:\n  ' + warnings.join('\n  '));
if (problems.length) { console.log('PROBLEMS:\n  ' + problems.join('\n  ')); process.exit(1); }
console.log('all checks passed');
