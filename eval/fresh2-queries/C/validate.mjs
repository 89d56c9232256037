// Checks queries-fresh2.json: parses, ids unique & kebab-case with "f2-c-" prefix, regexes compile with "iu",
// counts per kind (16/12/6/8), each non-none rule matches exchanges (question+answer text) on >= 3 pages;
// each none query's absent patterns match no corpus page or transcript and none of the 2026 plain-text files.
// Also reports, per rule, how many of its exchanges some eval/queries.json rule also matches (topic overlap check).
// Never touches the search engine.
import { readFileSync, readdirSync } from 'node:fs';
import { pages } from './extract.mjs';
const file = process.argv.slice(2).find((a) => !a.startsWith('-')) ?? new URL('queries-fresh2.json', import.meta.url).pathname;
const Q = JSON.parse(readFileSync(file, 'utf8'));
const ps = pages();
const PT = new URL('../../../seeds/plain-text/', import.meta.url).pathname;
const extra = readdirSync(PT).filter((f) => /^t2026.*\.txt$/.test(f)).map((f) => { const raw = readFileSync(PT + f, 'utf8'); return { file: f, raw, text: raw.replace(/\s+/g, ' ') }; });
const old = JSON.parse(readFileSync(new URL('../../queries.json', import.meta.url), 'utf8')).filter((q) => q.relevant)
  .map((q) => ({ id: q.id, all: q.relevant.all?.map((x) => new RegExp(x, 'iu')), any: q.relevant.any?.map((x) => new RegExp(x, 'iu')) }));
const WANT = { keyword: 16, paraphrase: 12, semantic: 6, none: 8 };
const problems = [];
const warnings = [];
const kinds = {};
const ids = new Set();
const verbose = process.argv.includes('-v');
const rx = (src, id) => { try { return new RegExp(src, 'iu'); } catch (e) { problems.push(`${id}: bad regex ${src}: ${e.message}`); return /$^/; } };
const matches = (rule, t) => (rule.all ?? []).every((r) => r.test(t)) && (!rule.any || rule.any.some((r) => r.test(t)));
for (const q of Q) {
  kinds[q.kind] = (kinds[q.kind] ?? 0) + 1;
  if (!/^f2-c-[a-z0-9][a-z0-9-]*$/.test(q.id)) problems.push(`${q.id}: id not kebab-case with f2-c- prefix`);
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
    const hit = [...ps, ...extra].filter((p) => pats.some((r) => r.test(p.text) || r.test(p.raw)));
    if (hit.length) problems.push(`${q.id}: absent pattern matches ${hit.map((p) => p.file).join(' ')}`);
    if (verbose) console.log(`  none ${q.id}: 0 pages ok=${!hit.length}`);
  } else {
    if (!q.relevant || q.absent) problems.push(`${q.id}: needs relevant, no absent`);
    const rule = { all: q.relevant?.all?.map((s) => rx(s, q.id)), any: q.relevant?.any?.map((s) => rx(s, q.id)) };
    const pg = ps.filter((p) => matches(rule, p.text)).length;
    const ex = ps.flatMap((p) => p.ex.filter((e) => matches(rule, e.q + ' ' + e.a)).map(() => p.file));
    const exPages = new Set(ex).size;
    if (ex.length < 3) problems.push(`${q.id}: rule matches only ${ex.length} exchanges`);
    if (exPages < 3) problems.push(`${q.id}: ${ex.length} exchanges but on only ${exPages} pages (brief: 3+)`);
    const texts = ps.flatMap((p) => p.ex.filter((e) => matches(rule, e.q + ' ' + e.a)).map((e) => e.q + ' ' + e.a));
    const ov = {};
    for (const t of texts) for (const o of old) if (matches(o, t)) ov[o.id] = (ov[o.id] ?? 0) + 1;
    const top = Object.entries(ov).sort((a, b) => b[1] - a[1]).slice(0, 3).map(([k, v]) => `${k}:${v}`).join(' ');
    if (verbose) console.log(`  ${q.kind.padEnd(10)} ${q.id.padEnd(30)} pages ${String(pg).padStart(3)}  exchanges ${String(ex.length).padStart(3)} on ${String(exPages).padStart(3)} pages  overlap ${top}`);
  }
}
for (const [k, n] of Object.entries(WANT)) if ((kinds[k] ?? 0) !== n) problems.push(`${n} ${k} queries wanted, ${kinds[k] ?? 0} written`);
console.log(`${Q.length} queries`, kinds, `absent patterns also tried on ${extra.map((e) => e.file).join(' ')}`);
if (warnings.length) console.log('warnings:\n  ' + warnings.join('\n  '));
if (problems.length) { console.log('PROBLEMS:\n  ' + problems.join('\n  ')); process.exit(1); }
console.log('all checks passed');
