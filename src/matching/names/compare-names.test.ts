import { describe, expect, it } from 'vitest';
import { compareNames, explainNames, type NameLevel } from './compare-names.ts';
import { parseName } from './parse-name.ts';

const level = (a: string, b: string): NameLevel => compareNames(parseName(a), parseName(b)).level;
const MATCHING: NameLevel[] = ['exact', 'equivalent', 'close', 'fuzzy', 'initials', 'subset'];

describe('name comparison', () => {
  it('finds the same name across scripts and romanisations', () => {
    expect(MATCHING).toContain(level('Юлия Щербакова', 'Yuliya Shcherbakova'));
    expect(MATCHING).toContain(level('Юлия Щербакова', 'Iuliia Shcherbakova'));
    expect(MATCHING).toContain(level('Олександр Коваленко', 'Aleksandr Kovalenko'));
    expect(MATCHING).toContain(level('Γιώργος Παπαδόπουλος', 'Giorgos Papadopoulos'));
    expect(MATCHING).toContain(level('محمد الأحمد', 'Mohammed al-Ahmad'));
    expect(MATCHING).toContain(level('Jürgen Müller', 'Juergen Mueller'));
  });

  it('finds names with their parts in another order, with particles or titles, or written together', () => {
    expect(level('IVANOV, Ivan', 'Ivan Ivanov')).toBe('exact');
    expect(level('Shcherbakova Yulia', 'Yulia Shcherbakova')).toBe('equivalent');
    expect(level('Shaikh Isa Bin Tarif Al Bin Ali', 'Isa Bin Tarif Al Bin Ali')).toBe('exact');
    expect(MATCHING).toContain(level('MOHAMMADHASNI Haji', 'Mohammad Hasni'));
    expect(level('Siemens AG', 'Siemens Aktiengesellschaft')).toBe('exact');
  });

  it('grades typos, initials, missing middle names and different persons', () => {
    expect(level('Angela Merkel', 'Angela Merkle')).toBe('close');
    expect(level('J. Smith', 'John Smith')).toBe('initials');
    expect(level('Angela Merkur', 'Angela Merkel')).toBe('fuzzy');
    expect(level('Akhtar Mohammad Mansour', 'Akhtar Mansour')).toBe('subset');
    expect(level('Olaf Scholz', 'Octavian Scholz')).toBe('partial');
    expect(level('Frederik Richter', 'Frank Richter')).toBe('partial');
    expect(compareNames(parseName('Olaf Scholz'), parseName('Octavian Scholz')).unpaired).toBe(true);
    expect(compareNames(parseName('Jan Svoboda'), parseName('Jqn Svoboda'))).toMatchObject({ level: 'partial', unpaired: false });
    expect(level('Maria Garcia', 'Olena Kovalenko')).toBe('different');
  });

  it('explains how the words were paired', () => {
    const pairs = explainNames(parseName('Yuliya Shcherbakova'), parseName('Юлия Щербакова'));
    expect(pairs.map((p) => [p.a, p.b])).toEqual([
      ['yuliya', 'юлия'],
      ['shcherbakova', 'щербакова'],
    ]);
    expect(pairs.every((p) => p.similarity >= 0.9)).toBe(true);
  });
});

describe('name parsing refuses bad input', () => {
  it.each([
    ['an empty name', '', /empty/],
    ['blanks', '  ', /empty/],
    ['punctuation only', '-- ..', /no letters/],
    ['a Cyrillic а in a Latin name', 'Ivаn Petrov', /mixes Latin and Cyrillic/],
    ['10,000 characters', 'x'.repeat(10_000), /longer than 300/],
    ['letters with no word to read', 'ʻʻ ʻ', /no word the matcher can read/],
  ])('%s', (_, name, message) => {
    expect(() => parseName(name)).toThrow(message);
  });
});
