/** Builders of single synthetic records, each valid against `RecordInput`. */
import type { SeededRandom } from '../core/random.ts';
import type { PersonName } from '../model/person.ts';
import type { ProtectionInput, RecordInput } from '../model/record.ts';
import { addYears, fromPattern, isoDay, Weighted } from './draw.ts';
import type { NameLocale } from './name-pools.ts';
import { drawFamilyName, drawLocale, type SubjectCategory, type SynthPerson } from './people.ts';
import { foldDiacritics } from './romanise.ts';
import { COLOURS, drawPlate, drawVin, MAKES } from './vehicles.ts';

/** One record of the given type. */
export type RecordOf<T extends RecordInput['type']> = Extract<RecordInput, { type: T }>;

const RELIABILITY = new Weighted<ProtectionInput['sourceReliability']>([['A', 15], ['B', 45], ['C', 25], ['X', 15]]);
const ACCURACY = new Weighted<ProtectionInput['informationAccuracy']>([[1, 20], [2, 45], [3, 25], [4, 10]]);
const HANDLING = new Weighted<ProtectionInput['handlingCode']>([['H0', 50], ['H1', 25], ['H2', 15], ['H3', 10]]);
const TLP = new Weighted<ProtectionInput['tlp']>([['CLEAR', 5], ['GREEN', 15], ['AMBER', 55], ['AMBER+STRICT', 15], ['RED', 10]]);
const LEGAL_BASES = [
  'Directive (EU) 2016/680 Art. 8: necessary for a task of a competent authority',
  'Council Decision 2008/615/JHA (Prüm), Art. 3 and 9',
  'Regulation (EU) 2018/1862 (SIS, police cooperation)',
  'Convention implementing the Schengen Agreement, Art. 39',
  'Council Framework Decision 2006/960/JHA, Art. 7',
  'National code of criminal procedure: order of the public prosecutor',
];
const ASSESSMENTS = [
  'Believed to act as a courier for the group.',
  'Probably travels regularly under an alias.',
  'Likely in contact with other subjects of the case.',
  'The source considers the subject to hold a coordinating role.',
  'Assessed as unlikely to be aware of the offences.',
];

/** Data-protection fields: varied, valid, with review dates mostly ahead of `today` and about 5% already past. */
export function drawProtection(rng: SeededRandom, today: number, subjectCategory: SubjectCategory): ProtectionInput {
  const assessed = rng.chance(0.08);
  return {
    subjectCategory,
    sourceReliability: RELIABILITY.draw(rng),
    informationAccuracy: ACCURACY.draw(rng),
    handlingCode: HANDLING.draw(rng),
    tlp: TLP.draw(rng),
    legalBasis: rng.pick(LEGAL_BASES),
    reviewBy: isoDay(rng.chance(0.05) ? today - rng.int(1, 365) : today + rng.int(30, 3 * 365)),
    nature: assessed ? 'assessment' : 'fact',
    assessments: assessed
      ? [{ statement: rng.pick(ASSESSMENTS), assessedBy: `analyst-${String(rng.int(1, 40)).padStart(2, '0')}`, assessedOn: isoDay(today - rng.int(0, 700)) }]
      : [],
  };
}

function aliasOf(rng: SeededRandom, p: SynthPerson): PersonName {
  const { locale, givenNames, familyName } = p;
  const folded = { givenNames: givenNames.map(foldDiacritics), familyName: foldDiacritics(familyName) };
  const r = rng.next();
  if (locale.script === 'Latn' && r < 0.4 && folded.familyName + folded.givenNames.join() !== familyName + givenNames.join()) {
    return { kind: 'alias', ...folded, script: 'Latn' };
  }
  const other = rng.pick(p.gender === 'female' ? locale.female : locale.male);
  if (r < 0.7) return { kind: 'alias', givenNames: [other], familyName, script: locale.script };
  return { kind: 'alias', givenNames: [], fullName: `${other} ${drawFamilyName(rng, locale, p.gender)}`, script: locale.script };
}

const IDENTIFIERS: Record<string, readonly [scheme: string, pattern: string]> = {
  DE: ['Steuer-ID', '###########'], FR: ['NIR', '###############'], PL: ['PESEL', 'Y#####'], CZ: ['rodné číslo', 'Y/####'],
  ES: ['DNI', '########'], PT: ['NIF', '#########'], RO: ['CNP', '#Y######'], TR: ['T.C. Kimlik No', '###########'],
  SE: ['personnummer', 'Y-####'], NO: ['fødselsnummer', 'D#####'], RU: ['INN', '############'], UA: ['RNOKPP', '##########'],
  BG: ['EGN', 'Y####'], RS: ['JMBG', '#############'], GR: ['AFM', '#########'], JO: ['national number', '##########'],
};

function identifierOf(rng: SeededRandom, p: SynthPerson) {
  const issuer = p.nationalities[0];
  const [scheme, pattern] = IDENTIFIERS[issuer] ?? ['national_id', '##########'];
  const birth = isoDay(p.birthDay);
  // Y stands for the date of birth as YYMMDD, D for DDMMYY, as several national numbers begin.
  const filled = pattern.replace('Y', birth.slice(2, 4) + birth.slice(5, 7) + birth.slice(8, 10)).replace('D', birth.slice(8, 10) + birth.slice(5, 7) + birth.slice(2, 4));
  let value = fromPattern(rng, filled);
  if (scheme === 'DNI') value += 'TRWAGMYFPDXBNJZSQVHLCKE'[Number(value) % 23];
  return { scheme, value, issuer };
}

/** A person record: names in the locale's script (with a Latin transliteration where needed), birth, nationalities. */
export function personRecord(rng: SeededRandom, p: SynthPerson, today: number): RecordOf<'person'> {
  const { locale } = p;
  const names: PersonName[] = [{ kind: 'primary', givenNames: p.givenNames, familyName: p.familyName, script: locale.script }];
  if (locale.romanise) {
    const romanise = locale.romanise;
    names.push({ kind: 'transliteration', givenNames: p.givenNames.map((g) => romanise(g)), familyName: romanise(p.familyName), script: 'Latn' });
  }
  if (rng.chance(0.1)) names.push(aliasOf(rng, p));
  if (p.gender === 'female' && rng.chance(0.05)) {
    names.push({ kind: 'birth', givenNames: p.givenNames, familyName: drawFamilyName(rng, locale, 'female'), script: locale.script });
  }
  const born = rng.next();
  return {
    type: 'person',
    protection: drawProtection(rng, today, p.category),
    data: {
      names,
      dateOfBirth: p.dateOfBirth,
      ...(born < 0.85 ? { placeOfBirth: { place: rng.pick(locale.places)[0], country: locale.country } } : born < 0.9 ? { placeOfBirth: { country: locale.country } } : {}),
      nationalities: p.nationalities,
      gender: p.gender,
      identifiers: rng.chance(0.15) ? [identifierOf(rng, p)] : [],
    },
  };
}

const DOCUMENT_TYPES = new Weighted([['passport', 50], ['id_card', 38], ['driving_licence', 12]] as const);
const DOCUMENT_NUMBERS = { passport: '@@#######', id_card: '@@@######', driving_licence: '@########' } as const;
const VALID_YEARS = { passport: 10, id_card: 10, driving_licence: 15 } as const;

/** An identity document of the person, issued by one of its nationalities after its 16th birthday, some of them expired. */
export function documentRecord(rng: SeededRandom, p: SynthPerson, protection: ProtectionInput, today: number): RecordOf<'document'> {
  const documentType = DOCUMENT_TYPES.draw(rng);
  const earliest = Math.min(Math.max(addYears(p.birthDay, 16), today - 12 * 365), today - 1);
  const issued = rng.int(earliest, today - 1);
  return {
    type: 'document',
    protection,
    data: {
      documentType,
      number: fromPattern(rng, DOCUMENT_NUMBERS[documentType], 'CFGHJKLMNPRTVWXYZ'),
      issuingState: rng.pick(p.nationalities),
      issuedOn: isoDay(issued),
      validUntil: isoDay(addYears(issued, VALID_YEARS[documentType]) - 1),
    },
  };
}

/** A vehicle registered in one of the person's countries: plate and VIN (at least one), make, model, colour. */
export function vehicleRecord(rng: SeededRandom, p: SynthPerson, protection: ProtectionInput): RecordOf<'vehicle'> {
  const make = rng.pick(MAKES);
  const country = rng.pick(p.nationalities);
  const plate = rng.chance(0.95);
  return {
    type: 'vehicle',
    protection,
    data: {
      ...(plate && { plate: drawPlate(rng, country), registrationCountry: country }),
      ...((!plate || rng.chance(0.9)) && { vin: drawVin(rng, make) }),
      make: make.name,
      model: rng.pick(make.models),
      ...(rng.chance(0.7) && { colour: rng.pick(COLOURS) }),
    },
  };
}

const LEGAL_FORMS: Record<string, string> = {
  DE: 'GmbH', FR: 'SARL', PL: 'sp. z o.o.', CZ: 's.r.o.', ES: 'S.L.', PT: 'Lda.', RO: 'S.R.L.', TR: 'Ltd. Şti.',
  SE: 'AB', NO: 'AS', RU: 'ООО', UA: 'ТОВ', BG: 'ЕООД', RS: 'д.о.о.', GR: 'Ε.Π.Ε.', JO: 'ذ.م.م',
};
const TRADES: Record<NameLocale['script'], readonly string[]> = {
  Latn: ['Logistics', 'Trading', 'Import-Export', 'Bau', 'Transport', 'Auto Parts', 'Consulting'],
  Cyrl: ['Логистик', 'Трейд', 'Импорт-Экспорт', 'Строй', 'Транс', 'Автодеталь'],
  Grek: ['Μεταφορική', 'Εμπορική', 'Κατασκευαστική', 'Συμβουλευτική'],
  Arab: ['للتجارة', 'للنقل', 'للمقاولات', 'للاستيراد والتصدير'],
};
const GROUP_WORDS = [
  ['Black', 'Silver', 'Northern', 'Eastern', 'Golden', 'Blue', 'Iron', 'Night', 'Quiet'],
  ['Harbour', 'Route', 'Lantern', 'Anchor', 'Bridge', 'Delta', 'Compass', 'Meridian', 'Orchard'],
] as const;

/** A company (with a legal form and register number) or, less often, a group known under a name. */
export function organisationRecord(rng: SeededRandom, today: number): RecordOf<'organisation'> {
  const locale = drawLocale(rng);
  const protection = drawProtection(rng, today, rng.chance(0.6) ? 'suspect' : 'other');
  if (rng.chance(0.3)) {
    const name = `${rng.pick(GROUP_WORDS[0])} ${rng.pick(GROUP_WORDS[1])}`;
    return { type: 'organisation', protection, data: { name, aliases: rng.chance(0.3) ? [`${name} group`] : [], country: locale.country } };
  }
  const family = rng.pick(locale.family);
  const trade = rng.pick(TRADES[locale.script]);
  const legalForm = LEGAL_FORMS[locale.country];
  const base = locale.script === 'Arab' ? `شركة ${family} ${trade}` : locale.script === 'Cyrl' ? `«${family} ${trade}»` : `${family} ${trade}`;
  const name = locale.script === 'Cyrl' ? `${legalForm} ${base}` : `${base} ${legalForm}`;
  const aliases = locale.romanise && rng.chance(0.5) ? [locale.romanise(base.replace(/[«»]/g, ''))] : [];
  return {
    type: 'organisation',
    protection,
    data: { name, aliases, legalForm, registrationNumber: fromPattern(rng, locale.country === 'DE' ? 'HRB ######' : '##########'), country: locale.country },
  };
}

const jitter = (rng: SeededRandom, value: number) => Math.round((value + (rng.next() - 0.5) * 0.1) * 1e5) / 1e5;
const LOCATION_LABELS = ['Residence', 'Warehouse', 'Garage', 'Café', 'Storage unit', 'Office', 'Parking area', 'Workshop'];

/** A place: a postal address in a town of some locale, coordinates near it, or both. */
export function locationRecord(rng: SeededRandom, today: number): RecordOf<'location'> {
  const locale = drawLocale(rng);
  const [city, lat, lon] = rng.pick(locale.places);
  const street = rng.pick(locale.streets);
  const number = rng.int(1, 180);
  const address = rng.chance(0.9);
  return {
    type: 'location',
    protection: drawProtection(rng, today, 'other'),
    data: {
      ...(rng.chance(0.5) && { label: rng.pick(LOCATION_LABELS) }),
      ...(address && {
        address: {
          street: locale.houseNumberFirst ? `${number} ${street}` : `${street} ${number}`,
          postalCode: fromPattern(rng, locale.postalCode),
          city,
          country: locale.country,
        },
      }),
      ...((!address || rng.chance(0.6)) && { coordinates: { lat: jitter(rng, lat), lon: jitter(rng, lon) } }),
    },
  };
}

/** ICCS codes (UNODC, version 1.0) of offences common in cross-border cases, with short labels. */
const OFFENCES = new Weighted([
  [['0101', 'Intentional homicide'], 2], [['0201', 'Assaults and threats'], 6], [['0204', 'Trafficking in persons'], 4],
  [['0401', 'Robbery'], 6], [['0501', 'Burglary'], 10], [['0502', 'Theft'], 12], [['05021', 'Theft of a motor vehicle'], 10],
  [['0601', 'Acts involving controlled drugs'], 6], [['06012', 'Drug trafficking'], 8], [['0701', 'Fraud'], 8], [['07011', 'Financial fraud'], 8],
  [['0702', 'Forgery and counterfeiting'], 5], [['0703', 'Corruption'], 2], [['07041', 'Money laundering'], 5], [['08051', 'Smuggling of migrants'], 5],
  [['0901', 'Acts involving weapons and explosives'], 3],
] as const);
const SUMMARIES = ['reported to the local police', 'detected during a border check', 'reported by a partner authority', 'found in an ongoing investigation'];

/** Standard UTC offset in hours, and whether summer time applies. */
const ZONES: Record<string, readonly [number, boolean]> = {
  PT: [0, true], DE: [1, true], FR: [1, true], PL: [1, true], CZ: [1, true], ES: [1, true], SE: [1, true], NO: [1, true], RS: [1, true],
  RO: [2, true], BG: [2, true], GR: [2, true], UA: [2, true], TR: [3, false], RU: [3, false], JO: [3, false],
};

function offsetOf(country: string, month: number): string {
  const [standard, summer] = ZONES[country] ?? [0, false];
  // Roughly the EU summer time: April to September.
  const hours = standard + (summer && month >= 4 && month <= 9 ? 1 : 0);
  return `+${String(hours).padStart(2, '0')}:00`;
}

/** An offence with its ICCS code, a local time with its UTC offset in the last three years, and a place. */
export function eventRecord(rng: SeededRandom, today: number): RecordOf<'event'> {
  const [iccs, label] = OFFENCES.draw(rng);
  const locale = drawLocale(rng);
  const [city, lat, lon] = rng.pick(locale.places);
  const day = isoDay(today - rng.int(1, 3 * 365));
  const time = `${String(rng.int(0, 23)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}:00`;
  return {
    type: 'event',
    protection: drawProtection(rng, today, 'other'),
    data: {
      offence: { iccs, label },
      occurredAt: `${day}T${time}${offsetOf(locale.country, Number(day.slice(5, 7)))}`,
      place: { description: city, country: locale.country, ...(rng.chance(0.5) && { coordinates: { lat: jitter(rng, lat), lon: jitter(rng, lon) } }) },
      ...(rng.chance(0.7) && { summary: `${label}, ${rng.pick(SUMMARIES)}.` }),
    },
  };
}

const CODENAMES = ['Amber Tide', 'Northern Lantern', 'Silver Harbour', 'Quiet River', 'Granite', 'Juniper', 'Halcyon', 'Kestrel', 'Driftwood', 'Bluebell', 'Saltmarsh', 'Windrose', 'Lodestar', 'Marigold', 'Fieldfare', 'Ironbark'];
const PARTNER_NODES = ['de-police', 'fr-police', 'pl-police', 'cz-police', 'es-police', 'ro-police', 'gr-police', 'se-police', 'nl-police', 'at-police'];
const STATUS = new Weighted([['open', 70], ['suspended', 10], ['closed', 20]] as const);

/** A case led by `nodeId`, with up to three partner nodes; `seq` makes its reference unique. */
export function caseRecord(rng: SeededRandom, today: number, nodeId: string, seq: number): RecordOf<'case'> {
  const year = isoDay(today - rng.int(0, 3 * 365)).slice(0, 4);
  const partners = PARTNER_NODES.filter((n) => n !== nodeId && rng.chance(0.2)).slice(0, 3);
  return {
    type: 'case',
    protection: drawProtection(rng, today, 'other'),
    data: {
      reference: `${nodeId.toUpperCase()}-${year}-${String(seq).padStart(5, '0')}`,
      title: `Operation ${rng.pick(CODENAMES)}`,
      status: STATUS.draw(rng),
      participants: [{ node: nodeId, role: 'lead' }, ...partners.map((node) => ({ node, role: rng.chance(0.8) ? ('partner' as const) : ('observer' as const) }))],
    },
  };
}
