type Count = (text: string) => number;

/** A piece of one answer paragraph: the whole paragraph, or some of its sentences or words. */
interface Piece {
  text: string;
  paragraph: number;
  cost: number;
}

const SENTENCE_END = /(?<=[.!?。！？]["'”’)\]]*)\s+/u;

const words = (text: string): string[] => text.split(/\s+/).filter((w) => w.length > 0);

/**
 * Texts to embed for one exchange: the question with each window of answer paragraphs, each within maxTokens.
 *
 * Windows are consecutive and do not overlap; every chunk starts with the question (cut by
 * words to a third of the budget when it is longer); a paragraph too long for one window is
 * cut at sentence ends, then between words.
 */
export function chunkRecord(
  question: string | null,
  answerParagraphs: string[],
  countTokens: Count,
  maxTokens: number,
): string[] {
  // Most exchanges fit one window whole: one count settles them (counting is the slow part).
  const paragraphs = answerParagraphs.map((p) => p.trim()).filter((p) => p !== '');
  const whole = [question?.trim() ?? '', ...paragraphs].filter((t) => t !== '').join('\n\n');
  if (whole === '' || countTokens(whole) <= maxTokens) return whole === '' ? [] : [whole];

  // Counts include the special tokens ([CLS] … [SEP]) once per text; pieces are costed without them.
  const special = countTokens('');
  const cost = (text: string): number => countTokens(text) - special;
  const room = maxTokens - special;

  // A third leaves most of each chunk to the answer, which is what gets quoted.
  const head = question === null ? '' : truncateWords(question.trim(), Math.floor(room / 3), cost);
  const budget = Math.max(1, room - (head === '' ? 0 : cost(head)));

  const pieces: Piece[] = [];
  answerParagraphs.forEach((paragraph, index) => {
    const text = paragraph.trim();
    if (text !== '') pieces.push(...splitParagraph(text, index, budget, cost));
  });
  if (pieces.length === 0) return head === '' ? [] : [head];

  const chunks: string[] = [];
  let queue = pieces;
  while (queue.length > 0) {
    let size = windowSize(queue, budget);
    let text = render(head, queue.slice(0, size));
    // Piece costs add up exactly for WordPiece; other tokenizers may differ, so check the whole.
    while (countTokens(text) > maxTokens && size > 1) {
      size--;
      text = render(head, queue.slice(0, size));
    }
    const first = queue[0];
    if (size === 1 && first !== undefined && countTokens(text) > maxTokens) {
      const halves = halve(first, cost);
      if (halves.length === 2) {
        queue = [...halves, ...queue.slice(1)];
        continue;
      }
    }
    chunks.push(text);
    queue = queue.slice(size);
  }
  return chunks;
}

/** How many leading pieces fit in the budget (at least one). */
function windowSize(queue: Piece[], budget: number): number {
  let used = 0;
  let size = 0;
  for (const piece of queue) {
    if (size > 0 && used + piece.cost > budget) break;
    used += piece.cost;
    size++;
  }
  return size;
}

/** The question, then the pieces: a blank line between paragraphs, a space within one. */
function render(head: string, pieces: Piece[]): string {
  let text = head;
  let previous: number | undefined;
  for (const piece of pieces) {
    const separator = text === '' ? '' : piece.paragraph === previous ? ' ' : '\n\n';
    text += separator + piece.text;
    previous = piece.paragraph;
  }
  return text;
}

function splitParagraph(text: string, paragraph: number, budget: number, cost: Count): Piece[] {
  const whole = cost(text);
  if (whole <= budget) return [{ text, paragraph, cost: whole }];
  const parts = text.split(SENTENCE_END).flatMap((sentence) => {
    const c = cost(sentence);
    return c <= budget ? [{ text: sentence, cost: c }] : splitWords(sentence, budget, cost);
  });
  return pack(parts, budget, ' ').map((p) => ({ ...p, paragraph }));
}

/** Cuts a text between words into parts within the budget; a single overlong word stands alone. */
function splitWords(text: string, budget: number, cost: Count): { text: string; cost: number }[] {
  return pack(
    words(text).map((w) => ({ text: w, cost: cost(w) })),
    budget,
    ' ',
  );
}

/** Joins consecutive parts greedily while they fit the budget. */
function pack(parts: { text: string; cost: number }[], budget: number, separator: string): { text: string; cost: number }[] {
  const packed: { text: string; cost: number }[] = [];
  for (const part of parts) {
    const last = packed[packed.length - 1];
    if (last !== undefined && last.cost + part.cost <= budget) {
      last.text += separator + part.text;
      last.cost += part.cost;
    } else {
      packed.push({ ...part });
    }
  }
  return packed;
}

/** The longest leading run of words within the budget (binary search: counting is the cost). */
function truncateWords(text: string, budget: number, cost: Count): string {
  if (cost(text) <= budget) return text;
  const all = words(text);
  let low = 0;
  let high = all.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (cost(all.slice(0, mid).join(' ')) <= budget) low = mid;
    else high = mid - 1;
  }
  return all.slice(0, low).join(' ');
}

/** Two halves of a piece by words, or the piece alone when it is one word. */
function halve(piece: Piece, cost: Count): Piece[] {
  const all = words(piece.text);
  if (all.length < 2) return [piece];
  const middle = Math.ceil(all.length / 2);
  return [all.slice(0, middle), all.slice(middle)].map((half) => {
    const text = half.join(' ');
    return { text, paragraph: piece.paragraph, cost: cost(text) };
  });
}
