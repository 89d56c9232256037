import { briefingDoubtNote, briefingKeyShown, numberedRecords } from '../answers/briefing-list.js';
import { safeLinkUrl } from '../answers/links.js';
import { gapWords, type SourceSummary } from '../search/coverage.js';
import { pairsHeldText, pairsOnlyWords, SOURCE_NAMES, sourceEntries } from '../answers/sources.js';
import { importedBriefingNote, indexSpan, spanWords } from '../answers/span.js';
import { askerName, DESCRIBE_TIP, languageWords, MISSING_TIP, modeWords, openingText, plural, SPEAKER_TIP, TRANSCRIPT_LINK_LABEL } from '../answers/wording.js';
import type { Briefing, CorpusInfo, LanguageSummary, SpoxSearch } from '../search/types.js';
import { notIndexedWords, type SyncStatus } from '../sync/status.js';
import { ACTION } from './actions.js';
import { context, escapedLabel, linkButton, section } from './blocks.js';
import { SLACK_LIMITS, type Block, type SlackMessage } from './limits.js';
import { SHORTCUT_NAME, SLASH_COMMAND } from './manifest.js';
import { escapeMrkdwn } from './mrkdwn.js';

const C = SLASH_COMMAND;

/**
 * What spox is, in a few sentences: the Home tab and /spox help open with it. The briefings held only
 * as a research corpus's pairs are said as Discord's /about says them (`pairsHeldText`), named as the
 * sources list names them: the PressCon sample is bundled with spox, not imported, and holds only the
 * pairs that mention Ukraine.
 */
function whatSpoxIs(sources: readonly SourceSummary[]): string {
  const pairs = pairsHeldText(sources);
  return "spox quotes China's Foreign Ministry spokesperson *verbatim*, from the transcripts of its press conferences: the Ministry's English and Chinese pages, as far as the index holds them (`" +
    SLASH_COMMAND +
    ' about` says what it holds).' +
    (pairs ? ` ${escapeMrkdwn(pairs)}` : '') +
    ' Every quote comes with the spokesperson, the date, the question and who asked it, and a link to the official transcript. Nothing is paraphrased or generated.';
}

const USAGE: [string, string][] = [
  [`${C} Taiwan arms sales`, 'The best-matching answers, one card at a time (only you see them). *Previous / Next* page through every match; *List all* shows them all, ten a page, with a menu to open any; *Full answer* shows the whole answer; *Cite* gives a paste-ready citation; *Share to channel* posts the card for everyone.'],
  [`${C} the Hong Kong media tycoon arrested`, `${DESCRIBE_TIP} ${MISSING_TIP}`],
  [`${C} Huawei from:2019-01-01 to:2019-12-31 by:"Hua Chunying" outlet:Reuters sort:newest`, 'Narrow by dates (YYYY-MM-DD), spokesperson (`by:`), the outlet that asked, and order (`sort:newest`, `sort:oldest` or `sort:relevance`). Put words in "quotes" for an exact phrase. ' + SPEAKER_TIP],
  [`${C} 华为 孟晚舟`, 'A question in Chinese searches the Chinese pages, one in English the English ones. On a card, *中文原文* shows the Chinese original of an English answer, and *English* the English exchange of a Chinese one.'],
  [`${C} briefing 2020-05-22`, 'One press conference: who asked what, with each exchange’s id (`zh-2019-05-29` for a Chinese page, `pc-2022-03-10` for the PressCon corpus).'],
  [`${C} latest`, 'The newest briefing in the index, as `briefing` shows one: who asked what, with each exchange’s id.'],
  [`${C} quote 2020-05-22#3`, 'One exchange in full, by the id every card shows (`zh-2019-05-29#2`, `pc-2022-03-10#6`, `2020-05-22#s1` for a statement).'],
  [`${C} timeline Meng Wanzhou`, 'How often a topic came up, month by month, over the whole index: the first and last time, the busiest months with their transcripts, and the months the index holds no briefing of. *Share to channel* posts it with its chart.'],
  [`${C} about`, 'What the index covers and how it searches.'],
  [`More actions (⋯) on a message → ${SHORTCUT_NAME}`, 'Searches with that message’s text; only you see the answer.'],
];

function usageBlocks(): Block[] {
  return USAGE.map(([example, what]) => section(`\`${escapeMrkdwn(example)}\`\n${what}`));
}

export function helpMessage(search: Pick<SpoxSearch, 'sources'>): SlackMessage {
  return { text: `How to use ${C}`, blocks: [section(whatSpoxIs(search.sources())), ...usageBlocks()] };
}

/**
 * Coverage in words: `441 briefings from 2018-05-02 to 2021-…; 8,000 exchanges; keyword search`, with
 * the sources and the briefings held only as pairs as `ask --about` says them (`sourceEntries`).
 */
function coverageLines(info: CorpusInfo, span: string, gaps: { from: string; to: string }[], languages: LanguageSummary[], sources: SourceSummary[]): string[] {
  const sourceWords = sourceEntries(sources).map((e) => escapeMrkdwn(`${SOURCE_NAMES[e.kind]}: ${plural(e.briefings, 'briefing')}, ${e.from} to ${e.to}${e.held ? `, ${e.held}` : ''}`));
  return [
    `*Briefings:* ${plural(info.briefings, 'briefing')} ${span}`,
    ...(sourceWords.length ? [`*Sources:* ${sourceWords.join(' · ')}`] : []),
    `*Languages* (a question searches the briefings of its own): ${languages.map((l) => `${languageWords(l)}${pairsOnlyWords(l, sources)}`).join(' · ')}`,
    ...(gaps.length ? [`*Gaps* (over 30 days without a briefing): ${gapWords(gaps, Infinity)}`] : []),
    `*Exchanges:* ${info.exchanges.toLocaleString('en-US')}${info.statements ? ` · *statements:* ${info.statements.toLocaleString('en-US')}` : ''}`,
    `*Search:* ${modeWords(info.mode)}${info.model ? ` (${escapeMrkdwn(info.model)})` : ''}`,
  ];
}

/** What the index covers, and the listed pages a sync could not get (`notIndexedWords`) when the app reads a data folder. */
export function aboutMessage(search: Pick<SpoxSearch, 'info' | 'coverage' | 'languages' | 'sources'>, sync?: SyncStatus): SlackMessage {
  const info = search.info();
  const notIndexed = sync ? notIndexedWords(sync, true) : null;
  const lines = coverageLines(info, spanWords(indexSpan(search)), search.coverage().gaps, search.languages(), search.sources());
  const text = [...lines, ...(notIndexed ? [`*Not indexed:* ${escapeMrkdwn(notIndexed)}`] : [])].join('\n');
  return { text: 'What spox covers', blocks: [section(whatSpoxIs(search.sources())), section(text)] };
}

/** The App Home tab: what spox is, examples, the span covered, and when the index was last updated. */
export function homeView(search: Pick<SpoxSearch, 'info' | 'coverage' | 'languages' | 'sources'>, lastUpdate: string | null): { type: 'home'; blocks: Block[] } {
  const info = search.info();
  const coverage = coverageLines(info, spanWords(indexSpan(search)), search.coverage().gaps, search.languages(), search.sources());
  coverage.push(`*Last update of the index:* ${lastUpdate ? escapeMrkdwn(lastUpdate) : 'unknown'}`);
  return {
    type: 'home',
    blocks: [
      { type: 'header', text: { type: 'plain_text', text: 'spox: the spokesperson, verbatim', emoji: false } },
      section(whatSpoxIs(search.sources())),
      { type: 'divider' },
      section('*Try it* (answers are visible only to you until you share them):'),
      ...usageBlocks(),
      { type: 'divider' },
      section(coverage.join('\n')),
    ],
  };
}

/** Room for each exchange's line in a briefing. */
const LINE_CHARS = 200;

/**
 * A briefing: each exchange's number, asker and opening words with its id, in sections within the
 * limits, under a note when the index holds it only as a research corpus's pairs (`importedBriefingNote`)
 * and one when the sheet contradicts its date (`briefingDoubtNote`, the key marked).
 */
export function briefingMessages(briefing: Briefing): SlackMessage[] {
  const { summary, records } = briefing;
  const exchanges = records.filter((r) => r.kind === 'exchange').length;
  const statements = records.length - exchanges;
  const url = safeLinkUrl(summary.url);
  const head: Block[] = [
    section(`*${escapeMrkdwn(summary.title)}*`),
    context(`${escapeMrkdwn(briefingKeyShown(briefing))} · ${plural(exchanges, 'exchange')}${statements ? ` · ${plural(statements, 'statement')}` : ''} · open one with \`${C} quote ID\``),
  ];
  // An imported briefing is no transcript: its few pairs are not the whole briefing.
  const imported = importedBriefingNote(briefing, escapeMrkdwn);
  if (imported) head.push(section(`_${imported}_`));
  const doubt = briefingDoubtNote(briefing);
  if (doubt) head.push(section(`_${escapeMrkdwn(doubt)}_`));
  const lines = numberedRecords(records).map(({ ordinal, record: r }) => `*${ordinal}.* ${escapeMrkdwn(askerName(r))}: ${escapedLabel(openingText(r), LINE_CHARS)} \`${escapeMrkdwn(r.id)}\``);
  const sections: Block[] = [];
  let current = '';
  for (const line of lines) {
    if (current && current.length + 1 + line.length > SLACK_LIMITS.sectionText) {
      sections.push(section(current));
      current = '';
    }
    current = current ? `${current}\n${line}` : line;
  }
  if (current) sections.push(section(current));
  const tail: Block[] = url ? [{ type: 'actions', elements: [linkButton(TRANSCRIPT_LINK_LABEL, ACTION.transcript, url)] }] : [];
  const room = SLACK_LIMITS.messageBlocks - head.length - tail.length;
  const messages: SlackMessage[] = [];
  for (let i = 0; i < Math.max(1, sections.length); i += room) {
    const blocks = [...(i === 0 ? head : []), ...sections.slice(i, i + room)];
    if (i + room >= sections.length) blocks.push(...tail);
    messages.push({ text: escapeMrkdwn(summary.title), blocks });
  }
  return messages;
}
