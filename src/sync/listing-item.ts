import { titleDate } from '../transcripts/manifest.js';

/** One link of a listing page: a transcript (or what claims to be one). */
export interface ListingItem {
  /** Absolute URL, resolved against the listing page. */
  url: string;
  /** The link's text: the page title as the site lists it. */
  title: string;
  /** The date printed next to the link (`YYYY-MM-DD`), when there is one. */
  listedDate: string | null;
}

/** An item's briefing date: the one its title names, else the date listed beside it. */
export function itemDate(item: Pick<ListingItem, 'title' | 'listedDate'>): string | null {
  return titleDate(item.title) ?? item.listedDate;
}
