import { invalidInput } from '../core/errors.ts';

/** The furthest ahead a review-by date may be set: data must be reviewed at least this often (LED Art. 5). */
export const MAX_REVIEW_YEARS = 5;

/** The latest review-by date allowed on `today` (YYYY-MM-DD). */
export function latestReviewBy(today: string): string {
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCFullYear(date.getUTCFullYear() + MAX_REVIEW_YEARS);
  return date.toISOString().slice(0, 10);
}

/** Refuses a review-by date further than {@link MAX_REVIEW_YEARS} years after `today`, naming `path`. */
export function checkReviewBy(reviewBy: string, today: string, path = 'protection.reviewBy'): void {
  const latest = latestReviewBy(today);
  if (reviewBy > latest) {
    throw invalidInput(`the review-by date may be at most ${MAX_REVIEW_YEARS} years ahead`, [{ path, message: `must be on or before ${latest}` }]);
  }
}
