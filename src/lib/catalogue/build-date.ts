/**
 * The day the site was built, in Vietnam time. Pages render certificate status as of this day;
 * a script in the browser recomputes it on the day the visitor looks. `OCOP_TODAY` pins it for
 * reproducible builds and tests.
 */
import { isValidIsoDate, todayInVietnam } from '../domain/dates.ts';

const pinned = process.env['OCOP_TODAY'];
if (pinned !== undefined && !isValidIsoDate(pinned)) {
  throw new Error(`OCOP_TODAY must be a date written YYYY-MM-DD, not "${pinned}"`);
}

export const BUILD_DATE: string = pinned ?? todayInVietnam();
