import { isoDate, type Clock } from '../core/clock.ts';
import type { ProtectionInput } from '../model/record.ts';

/** The legal basis recorded when an import file names none. */
export const DEFAULT_LEGAL_BASIS = 'Directive (EU) 2016/680 Art. 8: necessary for a task of a competent authority';

/** Years after import at which a record without a review-by date must be reviewed. */
export const DEFAULT_REVIEW_YEARS = 3;

/**
 * The data-protection fields an imported row gets when its file does not give
 * them: category `other`, evaluation X4 (reliability and accuracy unknown),
 * handling H0, TLP AMBER, fact, review in three years. Documented in the README.
 */
export function defaultProtection(clock: Clock): ProtectionInput {
  const review = clock.now();
  review.setUTCFullYear(review.getUTCFullYear() + DEFAULT_REVIEW_YEARS);
  return {
    subjectCategory: 'other',
    sourceReliability: 'X',
    informationAccuracy: 4,
    handlingCode: 'H0',
    tlp: 'AMBER',
    legalBasis: DEFAULT_LEGAL_BASIS,
    reviewBy: isoDate(review),
    nature: 'fact',
    assessments: [],
  };
}
