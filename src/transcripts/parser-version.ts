/**
 * Bumped whenever a change to the parser can change its output; the index rebuilds on a change.
 * Its own module, so that checking whether the index is current loads no parser.
 */
export const PARSER_VERSION = 24;
