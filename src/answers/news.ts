import type { Briefing } from '../search/types.js';
import { safeLinkUrl } from './links.js';
import { speakerShown } from './wording.js';

/** How many questions a news post opens with. */
export const NEWS_FIRST_QUESTIONS = 3;

/** What a post announcing a newly indexed briefing says, in Discord and Slack alike. */
export interface BriefingNews {
  /** `New briefing indexed: 2026-08-17` */
  headline: string;
  title: string;
  date: string;
  key: string;
  spokesperson: string;
  exchanges: number;
  /** The first questions, verbatim (whitespace joined), with the outlet that asked. */
  firstQuestions: { outlet: string | null; question: string }[];
  /** The transcript's link, when it is a plain http(s) URL. */
  url: string | null;
  /** Its Chinese original, when that is indexed. */
  chinese: { key: string; url: string | null } | null;
}

export function briefingNews(briefing: Briefing, chinese?: Briefing): BriefingNews {
  const { summary, records } = briefing;
  const exchanges = records.filter((r) => r.kind === 'exchange');
  return {
    headline: `New briefing indexed: ${summary.date}`,
    title: summary.title,
    date: summary.date,
    key: summary.key,
    spokesperson: speakerShown(summary.spokesperson),
    exchanges: exchanges.length,
    firstQuestions: exchanges.slice(0, NEWS_FIRST_QUESTIONS).map((r) => ({ outlet: r.outlet, question: (r.question ?? '').replace(/\s+/g, ' ') })),
    url: safeLinkUrl(summary.url),
    chinese: chinese ? { key: chinese.summary.key, url: safeLinkUrl(chinese.summary.url) } : null,
  };
}
