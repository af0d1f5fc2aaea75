import { DATE_LINE } from './classify-line.ts';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** An ISO date and whether the dump printed its year or it was inferred. */
export interface ResolvedDate {
  date: string;
  year: number;
  explicitYear: boolean;
}

/**
 * The ISO date of a daily-listing date ("Sep 29, 2023", "Oct 7"). A date
 * without a year takes the capture year; with no capture year known, or a
 * day the month does not have, there is no date.
 */
export function dateTextToIso(text: string, captureYear: number | undefined): ResolvedDate | undefined {
  const match = DATE_LINE.exec(text.trim());
  if (match === null) return undefined;
  const [, monthName = '', dayText = '', yearText] = match;
  const month = MONTHS.indexOf(monthName.slice(0, 3).toLowerCase()) + 1;
  const day = Number(dayText);
  const year = yearText === undefined ? captureYear : Number(yearText);
  if (year === undefined || month === 0) return undefined;
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return undefined;
  const date = `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
  return { date, year, explicitYear: yearText !== undefined };
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
