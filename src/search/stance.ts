/**
 * What kind of sentence a spokesperson's sentence is, for choosing the quote: the position a reporter
 * quotes ("China firmly opposes …", "We urge …", "Our position …", "… purely China's internal
 * affairs"), or what surrounds it: background figures, words read out from others (reports,
 * documents, other governments' statements), and the preamble that answers nothing ("I have answered
 * this question", "I'd refer you to …"). Plain cue lists over the English transcripts; each cue is a
 * whole-word pattern so that no word is judged by a fragment.
 */

/** The speaker (China, we, the Chinese side) taking a position. */
const OWN_POSITION =
  /\b(?:China|We|we|Chinese side|Chinese government|Beijing|I)\b(?:\s+\w+){0,4}?\s+(?:firmly\s+|strongly\s+|resolutely\s+|always\s+|never\s+|will\s+|must\s+|do\s+|once\s+again\s+|again\s+|also\s+|hereby\s+)*(?:oppose[sd]?|urges?|deplores?|condemns?|rejects?|calls?\s+on|supports?|welcomes?|hopes?|demands?|asks?|advises?|stands?\s+ready|is\s+ready|are\s+ready|(?:is|are)\s+(?:firmly\s+)?(?:opposed|committed|determined|convinced)|believes?|never\s+accepts?|will\s+not|not\s+accept|express(?:es)?|lodged?|stays?\s+committed|remains?\s+committed|maintains?|will\s+take|have\s+the\s+confidence)\b/;

/** Words that judge: a condemnation or a claim of right, whoever the grammatical subject is. */
const JUDGING_WORDS = wordList([
  'internal affairs', 'domestic affairs', 'interfere', 'interference', 'meddl', 'sovereignty', 'territorial integrity',
  'core interests?', 'red line', 'groundless', 'smear', 'slander', 'fabricat', 'lies?\\b', 'nonsense', 'distortion',
  'ulterior motives?', 'irresponsible', 'erroneous', 'illegal', 'null and void', 'disregard', 'double standards?', 'hypocri',
  'cold[- ]war (?:mentality|mindset)', 'zero-sum', 'bully', 'hegemon', 'politiciz', 'political (?:manipulation|maneuvering|oppression|persecution)',
  'stigmatiz', 'doomed to fail', 'countermeasures', 'stern representations', 'strong dissatisfaction', 'no right', 'no so-called',
  'not accept', 'consistent and clear', 'clear and consistent', 'firm and clear', 'abused?', 'wanton', 'flagrant', 'gross(?:ly)?',
]);

/** Milder wording of a position: what someone should or must do. */
const POSITION_WORDS = wordList([
  'position', 'one-China principle', 'wrong', 'firmly', 'resolutely', 'should', 'must', 'stop', 'never', 'unchanged',
  'immediately', 'respect', 'abide by', 'honou?r its commitment',
]);

/** Accounts of meetings, calls, visits and announcements: what happened, not what China holds. */
const EVENT =
  /\b(?:phone (?:call|conversation)|held (?:talks|a meeting)|met with|meeting with|will (?:visit|attend|hold|pay)|paid a visit|visited|published|released|announced|issued|signed|was held|will be held|at the invitation of)\b/i;

function wordList(words: string[]): RegExp {
  return new RegExp(words.map((w) => `\\b${w}`).join('|'), 'i');
}

/** Reading out others' words: reports, statements, documents, what the other side said. */
const REPORTED =
  /\b(?:according to|expounded|reportedly|it is reported|reports? (?:say|said|suggest)|(?:said|says|stated|told|noted|claimed|alleged|pointed out|tweeted|wrote|stressed)\s+(?:that|in|on|at)\b|in an interview|said:|stipulates|states that|reads|quoted)\b/i;

/** Deflections and throat-clearing before the answer. */
const PREAMBLE =
  /^(?:I (?:have|had|just|already)\b.{0,40}\b(?:answered|responded|made|stated|elaborated|talked|took|given|expounded)|As I (?:said|just said|mentioned)|I(?:'d| would| will)? (?:like to )?refer you|I don't have|I do not have|I haven't|I have not|I'm not aware|I am not aware|Your question|Thank you|I noted|I have noted|We (?:have )?noted|We note|I saw|I have seen|I've seen|Apparently|Indeed|Just like you said|As you (?:see|mentioned|said)|Like I said|My colleagues?|I want to stress (?:two|three) points)/i;

const FIGURES = /\b\d[\d,.]*\s*(?:%|percent|per cent|million|billion|trillion)?/g;

export interface SentenceKind {
  /** 0..1: how much the sentence states the speaker's own position. */
  stance: number;
  /** Numbers in the sentence beyond a year or a date (background figures). */
  figures: number;
  /** Reads out others' words. */
  reported: boolean;
  /** Recounts a meeting, a call, a visit, an announcement. */
  event: boolean;
  /** Deflects or clears the throat. */
  preamble: boolean;
  /** Share of the sentence inside quotation marks (text read out verbatim). */
  quotedShare: number;
}

export function sentenceKind(sentence: string): SentenceKind {
  const own = OWN_POSITION.test(sentence);
  const judging = JUDGING_WORDS.test(sentence);
  const position = POSITION_WORDS.test(sentence);
  const figures = (sentence.match(FIGURES) ?? []).filter((n) => !/^(?:19|20)\d\d$/.test(n.trim())).length;
  const quoted = [...sentence.matchAll(/["“]([^"”]{1,400})["”]/g)].reduce((sum, m) => sum + m[1]!.length, 0);
  return {
    stance: judging ? (own ? 1 : 0.9) : own ? (position ? 0.8 : 0.65) : position ? 0.4 : 0,
    figures,
    reported: REPORTED.test(sentence),
    event: EVENT.test(sentence),
    preamble: PREAMBLE.test(sentence.trim()),
    quotedShare: sentence.length > 0 ? quoted / sentence.length : 0,
  };
}
