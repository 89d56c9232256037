import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { SearchFilters } from '../search/types.js';

/**
 * What a development query measures:
 * - `keyword`: the query names the topic with the words the transcripts use ("Meng Wanzhou");
 * - `paraphrase`: the query describes the topic without its rare keywords ("the detained Huawei executive");
 * - `semantic`: the query describes the topic by what it is, in words the relevant exchanges need
 *   not contain ("the world's largest trading bloc signed in Asia" for RCEP);
 * - `none`: a topic the corpus never discusses; the correct response is no hits at all.
 */
export type QueryKind = 'keyword' | 'paraphrase' | 'semantic' | 'none';

export const QUERY_KINDS: readonly QueryKind[] = ['keyword', 'paraphrase', 'semantic', 'none'];

/**
 * Which part of the development set a query belongs to: settings are tuned on `tuning` only;
 * `heldout` checks that what was tuned holds on questions it was not tuned on (see `split.ts`);
 * `fresh` is a second held-out set, written after the settings were chosen (its queries' `source`
 * is "fresh"), for figures no earlier look at the held-out half can have shaped; `fresh2` a third,
 * written after many looks at the first two (`source` "fresh2").
 */
export type QuerySplit = 'tuning' | 'heldout' | 'fresh' | 'fresh2';

export const QUERY_SPLITS: readonly QuerySplit[] = ['tuning', 'heldout', 'fresh', 'fresh2'];

/**
 * Which records count as relevant: regular expressions (case-insensitive) tested against a record's
 * question and answer together. A record is relevant when it matches every `all` pattern and, if
 * `any` is given, at least one `any` pattern.
 */
export interface RelevanceRule {
  all?: string[];
  any?: string[];
}

export interface EvalQuery {
  id: string;
  query: string;
  kind: QueryKind;
  /** Required for `keyword` and `paraphrase`; absent for `none`. */
  relevant?: RelevanceRule;
  filters?: SearchFilters;
  /**
   * For `none` queries: patterns (case-insensitive) naming the topic, which no record of the corpus
   * may match; the check that the topic really is absent.
   */
  absent?: string[];
  /** Why the rule is shaped as it is, for whoever edits it next. */
  note?: string;
  /** Where the query came from (who wrote it, before or after seeing rankings). */
  source?: string;
  /** Tuning or held-out half, or the fresh set; recorded in the file, assigned by `assignSplits`. */
  split?: QuerySplit;
}

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');

const patterns = z
  .array(z.string().min(1))
  .min(1)
  .superRefine((list, ctx) => {
    for (const source of list) {
      try {
        new RegExp(source, 'iu');
      } catch (err) {
        ctx.addIssue({ code: 'custom', message: `bad regular expression ${JSON.stringify(source)}: ${(err as Error).message}` });
      }
    }
  });

const ruleSchema = z
  .object({ all: patterns.optional(), any: patterns.optional() })
  .strict()
  .refine((r) => r.all !== undefined || r.any !== undefined, 'a rule needs "all" or "any" patterns');

const filtersSchema = z
  .object({
    from: isoDate.optional(),
    to: isoDate.optional(),
    spokesperson: z.string().min(1).optional(),
    outlet: z.string().min(1).optional(),
  })
  .strict();

const querySchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are lower-case words joined by "-"'),
    query: z.string().trim().min(1),
    kind: z.enum(['keyword', 'paraphrase', 'semantic', 'none']),
    relevant: ruleSchema.optional(),
    filters: filtersSchema.optional(),
    absent: patterns.optional(),
    note: z.string().optional(),
    source: z.string().optional(),
    split: z.enum(QUERY_SPLITS as [QuerySplit, ...QuerySplit[]]).optional(),
  })
  .strict()
  .superRefine((q, ctx) => {
    if (q.kind === 'none' && q.relevant !== undefined) {
      ctx.addIssue({ code: 'custom', message: `${q.id}: a "none" query has no relevance rule (nothing is relevant)` });
    }
    if (q.kind !== 'none' && q.relevant === undefined) {
      ctx.addIssue({ code: 'custom', message: `${q.id}: a ${q.kind} query needs a relevance rule` });
    }
    if (q.kind !== 'none' && q.absent !== undefined) {
      ctx.addIssue({ code: 'custom', message: `${q.id}: only a "none" query names absent patterns` });
    }
  });

const querySetSchema = z.array(querySchema).superRefine((list, ctx) => {
  const seen = new Set<string>();
  for (const q of list) {
    if (seen.has(q.id)) ctx.addIssue({ code: 'custom', message: `duplicate query id "${q.id}"` });
    seen.add(q.id);
  }
});

/** Validates a parsed query set; throws an Error naming every problem. */
export function parseQuerySet(data: unknown): EvalQuery[] {
  const result = querySetSchema.safeParse(data);
  if (!result.success) {
    const problems = result.error.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message));
    throw new Error(`invalid query set:\n  ${problems.join('\n  ')}`);
  }
  return result.data;
}

/** The default development query set, relative to the working directory. */
export const DEFAULT_QUERIES_PATH = 'eval/queries.json';

export function loadQuerySet(path: string = DEFAULT_QUERIES_PATH): EvalQuery[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new Error(`cannot read query set ${path}: ${(err as Error).message}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new Error(`query set ${path} is not valid JSON: ${(err as Error).message}`);
  }
  return parseQuerySet(data);
}
