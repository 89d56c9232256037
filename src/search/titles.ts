/**
 * Titles a person holds and is named after ("President Trump", "Ambassador Cui Tiankai"): what a
 * title-or-office name is made of (`OFFICES`, whole-names.ts), and what stands before a person's own
 * name (`TITLES_BEFORE_NAMES`: unheld-names.ts, given-names.ts). Each list adds its own words to these.
 */
export const PERSON_TITLES: readonly string[] = [
  'President', 'Premier', 'Minister', 'Secretary', 'Chairman', 'Chairwoman', 'Chancellor', 'Governor', 'Mayor', 'Ambassador',
  'Consul', 'Envoy', 'Commissioner', 'Director', 'King', 'Queen', 'Emperor',
];

/** Titles that stand before a person's name ("Senator Blackburn", "Mr. Trump"). */
export const TITLES_BEFORE_NAMES: ReadonlySet<string> = new Set([
  ...PERSON_TITLES, 'Vice-President', 'Senator', 'Sen.', 'Representative', 'Rep.', 'Congressman', 'Congresswoman', 'Speaker',
  'General', 'Gen.', 'Admiral', 'Judge', 'Justice', 'Prince', 'Princess', 'Pope', 'Cardinal', 'Bishop', 'Dr', 'Dr.',
  'Mr', 'Mr.', 'Ms', 'Ms.', 'Mrs', 'Mrs.', 'Professor', 'Prof.', 'Leader',
]);
