const SCRIPTS: [string, RegExp][] = [
  ['Cyrl', /\p{Script=Cyrillic}/u],
  ['Grek', /\p{Script=Greek}/u],
  ['Arab', /\p{Script=Arabic}/u],
  ['Hebr', /\p{Script=Hebrew}/u],
  ['Geor', /\p{Script=Georgian}/u],
  ['Armn', /\p{Script=Armenian}/u],
  ['Hani', /\p{Script=Han}/u],
];

/** The ISO 15924 code of the script a name is written in; `Latn` when no other script's letters occur. */
export function detectScript(text: string): string {
  for (const [code, pattern] of SCRIPTS) if (pattern.test(text)) return code;
  return 'Latn';
}
