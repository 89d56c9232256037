import { createHash } from 'node:crypto';
import type { Conditions, FetchedPage } from './fetcher.js';
import { statePath } from './retry-policy.js';
import type { SyncState } from './state.js';

/**
 * The recheck asks with a conditional GET (If-None-Match, If-Modified-Since) where the site sent
 * validators with the kept copy: a 304 then says the page is unchanged without sending it again.
 * The validators are remembered with the SHA-256 of the body they came with, and sent only while the
 * kept file still holds that body: a kept file changed by other means is asked for in full.
 */

function sha256(body: Uint8Array): string {
  return createHash('sha256').update(body).digest('hex');
}

/** Remembers what the site said of the version of a page now kept (`page.body`); forgets it when the site said nothing. */
export function rememberValidators(state: SyncState, url: string, page: FetchedPage): void {
  const { etag, lastModified } = page.validators;
  const key = statePath(url);
  if (etag === null && lastModified === null) delete state.validators[key];
  else state.validators[key] = { etag, lastModified, sha256: sha256(page.body) };
}

/** Forgets the validators of a page no longer kept. */
export function forgetValidators(state: SyncState, url: string): void {
  delete state.validators[statePath(url)];
}

/** The conditions of a conditional GET for a kept page holding `kept`; undefined when none can be sent. */
export function conditionsFor(state: SyncState, url: string, kept: Uint8Array): Conditions | undefined {
  const remembered = state.validators[statePath(url)];
  if (!remembered || remembered.sha256 !== sha256(kept)) return undefined;
  return { ...(remembered.etag ? { ifNoneMatch: remembered.etag } : {}), ...(remembered.lastModified ? { ifModifiedSince: remembered.lastModified } : {}) };
}
