/**
 * Titles a person holds and is named after ("President Trump", "Ambassador Cui Tiankai"): what a
 * title-or-office name is made of (`OFFICES`, whole-names.ts), and what stands before a person's own
 * name (`TITLES`, unheld-names.ts). Each list adds its own words to these.
 */
export const PERSON_TITLES: readonly string[] = [
  'President', 'Premier', 'Minister', 'Secretary', 'Chairman', 'Chairwoman', 'Chancellor', 'Governor', 'Mayor', 'Ambassador',
  'Consul', 'Envoy', 'Commissioner', 'Director', 'King', 'Queen', 'Emperor',
];
