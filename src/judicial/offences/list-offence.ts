/**
 * One category of offence on an EU "list" that lifts the dual-criminality check
 * when punishable in the issuing State by a maximum of at least three years:
 * Framework Decision 2002/584/JHA Art. 2(2) (European arrest warrant) and
 * Directive 2014/41/EU Annex D (European Investigation Order).
 */
export interface ListOffence {
  /** Stable slug, prefixed by the instrument: `eaw-…` or `eio-…`. */
  id: string;
  /** The wording of the instrument, verbatim. */
  title: string;
  /** ICCS codes the category covers, best mapping; a category may span several. */
  iccs: readonly string[];
  /** Why the mapping is what it is, where it is not obvious. */
  note?: string;
}

/** The category wording shared by both lists, with its slug and ICCS mapping. */
export const LIST_CATEGORIES: ReadonlyArray<Omit<ListOffence, 'id'> & { slug: string }> = [
  { slug: 'participation-in-a-criminal-organisation', title: 'participation in a criminal organisation', iccs: ['09051'] },
  { slug: 'terrorism', title: 'terrorism', iccs: ['0906'] },
  { slug: 'trafficking-in-human-beings', title: 'trafficking in human beings', iccs: ['0204'] },
  {
    slug: 'sexual-exploitation-of-children-and-child-pornography',
    title: 'sexual exploitation of children and child pornography',
    iccs: ['03022'],
    note: 'ICCS 03022 includes child pornography (030221).',
  },
  {
    slug: 'illicit-trafficking-in-narcotic-drugs-and-psychotropic-substances',
    title: 'illicit trafficking in narcotic drugs and psychotropic substances',
    iccs: ['0601'],
    note: 'The ICCS level-3 code for trafficking (as opposed to personal use) was not sourced; mapped to 0601.',
  },
  {
    slug: 'illicit-trafficking-in-weapons-munitions-and-explosives',
    title: 'illicit trafficking in weapons, munitions and explosives',
    iccs: ['0901'],
  },
  { slug: 'corruption', title: 'corruption', iccs: ['0703'] },
  {
    slug: 'fraud',
    title:
      "fraud, including that affecting the financial interests of the European Communities within the meaning of the Convention of 26 July 1995 on the protection of the European Communities' financial interests",
    iccs: ['0701'],
  },
  { slug: 'laundering-of-the-proceeds-of-crime', title: 'laundering of the proceeds of crime', iccs: ['07041'] },
  { slug: 'counterfeiting-currency', title: 'counterfeiting currency, including of the euro', iccs: ['0702'] },
  { slug: 'computer-related-crime', title: 'computer-related crime', iccs: ['0903'] },
  {
    slug: 'environmental-crime',
    title: 'environmental crime, including illicit trafficking in endangered animal species and in endangered plant species and varieties',
    iccs: ['10'],
    note: 'The whole of ICCS section 10; trafficking in protected species is 1003.',
  },
  { slug: 'facilitation-of-unauthorised-entry-and-residence', title: 'facilitation of unauthorised entry and residence', iccs: ['08051'] },
  {
    slug: 'murder-grievous-bodily-injury',
    title: 'murder, grievous bodily injury',
    iccs: ['0101', '020111'],
    note: 'Grievous bodily harm is an inclusion of serious assault (020111).',
  },
  {
    slug: 'illicit-trade-in-human-organs-and-tissue',
    title: 'illicit trade in human organs and tissue',
    iccs: ['0204'],
    note: 'ICCS has no category for organ trade as such; closest is trafficking in persons (for organ removal).',
  },
  {
    slug: 'kidnapping-illegal-restraint-and-hostage-taking',
    title: 'kidnapping, illegal restraint and hostage-taking',
    iccs: ['02022'],
    note: 'Kidnapping is 020221; illegal restraint, which includes hostage taking, is 020222.',
  },
  {
    slug: 'racism-and-xenophobia',
    title: 'racism and xenophobia',
    iccs: ['0803', '0210'],
    note: 'Incitement to hatred falls under control of expression (0803); discrimination is 0210.',
  },
  { slug: 'organised-or-armed-robbery', title: 'organised or armed robbery', iccs: ['0401'] },
  {
    slug: 'illicit-trafficking-in-cultural-goods',
    title: 'illicit trafficking in cultural goods, including antiques and works of art',
    iccs: ['0704'],
    note: 'Handling of stolen or illicit goods falls under acts involving the proceeds of crime (0704).',
  },
  { slug: 'swindling', title: 'swindling', iccs: ['0701'] },
  {
    slug: 'racketeering-and-extortion',
    title: 'racketeering and extortion',
    iccs: ['0205'],
    note: 'Extortion and blackmail are forms of coercion (0205).',
  },
  { slug: 'counterfeiting-and-piracy-of-products', title: 'counterfeiting and piracy of products', iccs: ['0503', '0702'] },
  {
    slug: 'forgery-of-administrative-documents-and-trafficking-therein',
    title: 'forgery of administrative documents and trafficking therein',
    iccs: ['07023'],
  },
  { slug: 'forgery-of-means-of-payment', title: 'forgery of means of payment', iccs: ['0702'] },
  {
    slug: 'illicit-trafficking-in-hormonal-substances-and-other-growth-promoters',
    title: 'illicit trafficking in hormonal substances and other growth promoters',
    iccs: ['06'],
    note: 'No sourced level-2 code; mapped to the whole of section 06.',
  },
  {
    slug: 'illicit-trafficking-in-nuclear-or-radioactive-materials',
    title: 'illicit trafficking in nuclear or radioactive materials',
    iccs: ['0901'],
    note: 'ICCS 0901 covers weapons, explosives and chemical, biological or radioactive materials.',
  },
  { slug: 'trafficking-in-stolen-vehicles', title: 'trafficking in stolen vehicles', iccs: ['05021', '0704'] },
  { slug: 'rape', title: 'rape', iccs: ['03011'] },
  { slug: 'arson', title: 'arson', iccs: ['0504'], note: 'Arson is an inclusion of property damage (0504).' },
  {
    slug: 'crimes-within-the-jurisdiction-of-the-international-criminal-court',
    title: 'crimes within the jurisdiction of the International Criminal Court',
    iccs: ['1101'],
  },
  {
    slug: 'unlawful-seizure-of-aircraft-ships',
    title: 'unlawful seizure of aircraft/ships',
    iccs: ['02022'],
    note: 'Best fit: seizing a craft with people aboard deprives them of liberty (02022).',
  },
  { slug: 'sabotage', title: 'sabotage', iccs: ['0504'], note: 'Sabotage is an inclusion of property damage (0504).' },
];
