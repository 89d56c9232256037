/**
 * The words of newsrooms' names that say what kind of outlet it is, not which: what lets a question
 * name an outlet as its own newsroom does (`asker.ts`). Data, one list per use; edit here.
 */

/**
 * Written after an outlet's name without making it another ("Kyodo News Agency" for Kyodo News,
 * "Reuters News Agency" for Reuters): a name the index holds with one or two of these after it is that outlet.
 */
export const ADDED_AFTER_A_NAME = ['Agency', 'News', 'Newspaper', 'Shimbun', 'Ilbo'] as const;

/**
 * "Newspaper" in Japanese and Korean names, which those papers' own desks leave off ("Asahi" for the
 * Asahi Shimbun, "JoongAng" for JoongAng Ilbo): what is left of a name without one is that outlet.
 * Not English kind words ("TV", "News"): what they leave may be a place or a people ("Shenzhen" of
 * Shenzhen TV); "Agency" alone is, as wires name the agencies ("Anadolu" for Anadolu Agency), since a
 * "News Agency" leaves "… News" ("Ukrainian News", not "Ukrainian").
 */
export const LEFT_OFF_A_NAME = ['Shimbun', 'Shinbun', 'Ilbo', 'Sinmun', 'Nippo', 'Agency'] as const;

/**
 * Words that make a run of capitalised words an outlet's name ("The Straits Times", "Channel
 * NewsAsia", "Fox News"), after a form of asking: one the index does not hold is said to be none,
 * not searched as the topic. A word beginning "News" in capitals ("NewsAsia") counts too.
 */
export const OUTLET_KIND_WORDS = [
  'Times', 'News', 'Post', 'Daily', 'Journal', 'Herald', 'Tribune', 'Gazette', 'Telegraph', 'Chronicle', 'Observer',
  'Guardian', 'Mail', 'Express', 'Monthly', 'Weekly', 'Magazine', 'Newspaper', 'Newsweek', 'Channel', 'TV', 'Television',
  'Radio', 'Broadcasting', 'Broadcast', 'Network', 'Agency', 'Press', 'Wire', 'Media', 'Shimbun', 'Ilbo', 'Nippo',
] as const;

/**
 * The last word of a newspaper's or magazine's name, which a desk types in lower case too ("the
 * straits times"): a run of words ending in one, after a form of asking and ending the question, is
 * an outlet's name. Not the kind words that also name a kind of source ("foreign media", "the
 * press", "state news"), which stay the topic's words.
 */
export const MASTHEAD_LAST_WORDS = [
  'Times', 'Post', 'Daily', 'Journal', 'Herald', 'Tribune', 'Gazette', 'Telegraph', 'Chronicle', 'Observer', 'Monthly', 'Weekly',
  'Magazine', 'Newspaper', 'Newsweek', 'Shimbun', 'Ilbo', 'Nippo',
] as const;

/**
 * Outlets that ask at the Ministry's briefings whose names hold no kind word, in any case: after a
 * form of asking, one the index does not hold as an asker is said to be none, not searched as the
 * topic ("questions from cna" found nothing on "cna", "questions from Voice of America" 46 exchanges
 * on "voices" in America).
 */
export const NAMES_WITHOUT_KIND_WORD = ['Voice of America', 'VOA', 'CNA', 'Channel NewsAsia', 'Radio Free Asia', 'RFA', 'Deutsche Welle', 'RT'] as const;
