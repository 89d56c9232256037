/**
 * A made-up bot token of the real shape (three dot-separated parts), for configuration tests.
 * Assembled at run time so that no token-shaped string sits in the repository for scanners to flag.
 */
export const FAKE_TOKEN = ['MTAxMjM0NTY3ODkwMTIzNDU2Nzg5', 'GabcDE', 'abcdefghijklmnopqrstuvwxyz0123456789'].join('.');
