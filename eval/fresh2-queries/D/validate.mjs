// Checks queries-fresh2.json (writer D): parses, ids unique & kebab-case with "f2-d-" prefix, regexes compile with "iu",
// counts per kind (16/12/6/8), each non-none rule matches exchanges (question+answer text) on >= 3 different
// pages; each none query's absent patterns match no corpus page and no 2026 plain-text file. Never touches the
// search engine.
import { readFileSync } from 'node:fs';
import { pages } from './extract.mjs';
import { readdirSync } from 'node:fs';
// the 2026 plain-text transcripts are not in the judged corpus, but a none query's topic must be absent there too
const PLAIN = new URL('../../../seeds/plain-text/', import.meta.url).pathname;
const later = readdirSync(PLAIN).filter((f) => /^t2026.*\.txt$/.test(f)).map((f) => { const raw = readFileSync(PLAIN + f, 'utf8'); return { file: f, raw, text: raw.replace(/\s+/g, ' ') }; });
const EXPECTED = { keyword: 16, paraphrase: 12, semantic: 6, none: 8 };
const file = process.argv.slice(2).find((a) => !a.startsWith('-')) ?? 'queries-fresh2.json';
const Q = JSON.parse(readFileSync(file, 'utf8'));
const ps = pages();
const problems = [];
const warnings = [];
const kinds = {};
const ids = new Set();
const verbose = process.argv.includes('-v');
const rx = (src, id) => { try { return new RegExp(src, 'iu'); } catch (e) { problems.push(`${id}: bad regex ${src}: ${e.message}`); return /$^/; } };
const matches = (rule, t) => (rule.all ?? []).every((r) => r.test(t)) && (!rule.any || rule.any.some((r) => r.test(t)));
for (const q of Q) {
  kinds[q.kind] = (kinds[q.kind] ?? 0) + 1;
  if (!/^f2-d-[a-z0-9][a-z0-9-]*$/.test(q.id)) problems.push(`${q.id}: id not kebab-case with f2-d- prefix`);
  if (ids.has(q.id)) problems.push(`${q.id}: duplicate id`);
  ids.add(q.id);
  if (!['keyword', 'paraphrase', 'semantic', 'none'].includes(q.kind)) problems.push(`${q.id}: unknown kind ${q.kind}`);
  if (!q.query?.trim()) problems.push(`${q.id}: empty query`);
  if (q.source !== 'fresh2') problems.push(`${q.id}: source must be "fresh2"`);
  if ('split' in q) problems.push(`${q.id}: must not have a split field`);
  for (const k of Object.keys(q)) if (!['id','query','kind','relevant','absent','note','source'].includes(k)) problems.push(`${q.id}: unexpected field ${k}`);
  if (q.kind === 'none') {
    if (q.relevant || !q.absent?.length) problems.push(`${q.id}: none query needs absent and no relevant`);
    const pats = (q.absent ?? []).map((s) => rx(s, q.id));
    const hit = [...ps, ...later].filter((p) => pats.some((r) => r.test(p.text) || r.test(p.raw)));
    if (hit.length) problems.push(`${q.id}: absent pattern matches ${hit.map((p) => p.file).join(' ')}`);
    if (verbose) console.log(`  none ${q.id}: 0 pages ok=${!hit.length}`);
  } else {
    if (!q.relevant || q.absent) problems.push(`${q.id}: needs relevant, no absent`);
    const rule = { all: q.relevant?.all?.map((s) => rx(s, q.id)), any: q.relevant?.any?.map((s) => rx(s, q.id)) };
    const pg = ps.filter((p) => matches(rule, p.text)).length;
    const ex = ps.flatMap((p) => p.ex.filter((e) => matches(rule, e.q + ' ' + e.a)).map(() => p.file));
    const exPages = new Set(ex).size;
    if (ex.length < 3) problems.push(`${q.id}: rule matches only ${ex.length} exchanges`);
    if (exPages < 3) problems.push(`${q.id}: ${ex.length} exchanges but on only ${exPages} pages (brief: at least 3)`);
    if (verbose) console.log(`  ${q.kind.padEnd(10)} ${q.id.padEnd(34)} pages ${String(pg).padStart(3)}  exchanges ${String(ex.length).padStart(3)} on ${exPages} pages`);
  }
}
console.log(`${Q.length} queries`, kinds, `(${later.length} later files checked for none queries)`);
for (const [k, n] of Object.entries(EXPECTED)) if ((kinds[k] ?? 0) !== n) problems.push(`expected ${n} ${k} queries, found ${kinds[k] ?? 0}`);
if (!later.length) problems.push('no 2026 plain-text files found');
if (warnings.length) console.log('warnings:\n  ' + warnings.join('\n  '));
if (problems.length) { console.log('PROBLEMS:\n  ' + problems.join('\n  ')); process.exit(1); }
console.log('all checks passed');
