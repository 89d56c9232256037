import type { LineClassifier, LineRole } from '../turns.js';
import type { SourceLine } from '../types.js';
import { englishName, SPOKESPEOPLE_ZH } from './names.js';

/**
 * `问：`, `路透社记者：`, `赵立坚：`, `加拿大《环球邮报》记者：`: a short label without sentence punctuation
 * (a name in 《》 counts as one piece of it), then a colon.
 */
const LABEL = /^((?:[^:：，。？！、；“”"（）()《》]|《[^:：，。？！、；“”"《》]{1,20}》){1,24}?)\s*[：:]\s*/;
const QUESTION = /^(问|记者问|提问)$/;
/**
 * `记者：` alone is the journalist coming back to the question, as `Journalist:` on the English pages;
 * `追问一：`, `追问二：` number the follow-ups of one question (2019-12-20).
 */
const FOLLOWUP = /^(追问[一二三四五六七八九十\d]{0,2}|记者追问|又问|再问|记者|记者解释|记者澄清)$/;
const ANSWER = /^答$/;
/**
 * `路透社记者`, `总台央视记者提问`, `CNN记者`, `《中国日报》记者`: the asker's outlet, then 记者 (journalist);
 * `彭博社记者追问` (2020-04-30) is that outlet following up.
 */
const OUTLET = /^(.{1,20}?)记者(提问|追问)?$/;
/** `外国记者提问` (2020-06-15): a foreign journalist, no outlet named. */
const NO_OUTLET = /^(外国|外籍)$/;

/**
 * The outlet as the other labels and the English pages name it: `《中国日报》` is 中国日报, and
 * `加拿大《环球邮报》` is 环球邮报 (written `环球邮报记者：` on other pages, The Globe and Mail in English),
 * so one outlet filter finds it however the page wrote the label.
 */
function outletName(label: string): string | null {
  const titled = /《([^》]+)》(.*)$/.exec(label);
  const name = titled ? titled[1]! + titled[2]! : label;
  return NO_OUTLET.test(name) ? null : name;
}

/** Reads the label of one line of a Chinese transcript. */
export const classifyChineseLine: LineClassifier = (line: SourceLine): LineRole => {
  const m = LABEL.exec(line.text);
  if (!m) return { role: 'text', text: line.text };
  const label = m[1]!.trim();
  const rest = line.text.slice(m[0].length);
  if (!rest) return { role: 'text', text: line.text };
  if (/\d$/.test(label) && /^\d/.test(rest)) return { role: 'text', text: line.text }; // 24：00
  if (QUESTION.test(label)) return { role: 'question', outlet: null, followupLabel: false, text: rest };
  if (FOLLOWUP.test(label)) return { role: 'question', outlet: null, followupLabel: true, text: rest };
  if (ANSWER.test(label)) return { role: 'answer', speaker: null, text: rest };
  if (SPOKESPEOPLE_ZH.has(label)) return { role: 'answer', speaker: englishName(label), text: rest };
  const outlet = OUTLET.exec(label);
  // As on the English pages, a plain (not bold) line is an answer's own text however it starts.
  if (outlet && line.bold !== false) {
    return { role: 'question', outlet: outletName(outlet[1]!.trim()), followupLabel: outlet[2] === '追问', text: rest };
  }
  return { role: 'text', text: line.text };
};
