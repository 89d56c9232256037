import type { LineClassifier, LineRole } from '../turns.js';
import type { SourceLine } from '../types.js';
import { englishName, SPOKESPEOPLE_ZH } from './names.js';

/** `问：`, `路透社记者：`, `赵立坚：`: a short label without sentence punctuation, then a colon. */
const LABEL = /^([^:：，。？！、；“”"（）()《》]{1,24}?)\s*[：:]\s*/;
const QUESTION = /^(问|记者问|提问)$/;
/** `记者：` alone is the journalist coming back to the question, as `Journalist:` on the English pages. */
const FOLLOWUP = /^(追问|记者追问|又问|再问|记者|记者解释|记者澄清)$/;
const ANSWER = /^答$/;
/** `路透社记者`, `总台央视记者提问`, `CNN记者`: the asker's outlet, then 记者 (journalist). */
const OUTLET = /^(.{1,20}?)记者(提问)?$/;

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
  if (outlet && line.bold !== false) return { role: 'question', outlet: outlet[1]!.trim(), followupLabel: false, text: rest };
  return { role: 'text', text: line.text };
};
