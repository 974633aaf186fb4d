/** A complete EAW form (FD 2002/584/JHA Art. 8(1)(a)–(g) and the translation of Art. 8(2)); the person and authorities are invented. */
export const EAW_CONTENT = {
  requestedPerson: { name: { family: 'Vantorre', given: 'Elric' }, nationality: ['BE'], dateOfBirth: '1984-06-17' },
  issuingAuthority: { name: 'Staatsanwaltschaft Musterstadt (fictional)', address: 'Beispielweg 1, 10115 Berlin', telephone: '+49 30 1234567', email: 'eaw@sta-musterstadt.example' },
  enforceableDecision: { kind: 'arrest_warrant', reference: 'AG Musterstadt 12 Gs 345/26', date: '2026-01-15' },
  offence: { nature: 'Invoice fraud against small businesses', legalClassification: '§ 263 StGB (fictional table: DE-263)' },
  circumstances: { description: 'Forged invoices sent to 40 companies', time: 'January to June 2025', place: 'Musterstadt and online', participation: 'principal' },
  penalty: { prescribedScale: 'up to 5 years' },
  translation: { language: 'fr', translatedOn: '2026-01-20' },
};
