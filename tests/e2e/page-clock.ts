import { offsetsOfCountry } from '../../lib/geo/timezones';
import { clockMinutes } from '../../lib/rules/location-timezone-mismatch';

/**
 * The real Upwork page (upwork/visitor-view.html) shows "8:34 am" as the freelancer's local time and a bare UTC setting.
 * Where the time of the check fits that clock in one of Ukraine's offsets (within ten minutes: 05:24–05:44 and
 * 06:24–06:44 UTC), the rule reads the page as keeping the country's hours and makes no note
 * (lib/rules/location-timezone-mismatch.ts). Browser tests (Chromium and Firefox) follow the clock, as the rule does, so
 * they hold at any hour (CI runs failed at 05:25 and 05:43 UTC before they did).
 */
export function pageKeepsCountryTime(now = new Date()): boolean {
  const shown = clockMinutes('8:34 am')!;
  const utc = now.getUTCHours() * 60 + now.getUTCMinutes();
  const fits = offsetsOfCountry('UA').filter((o) => {
    const d = Math.abs((((shown - utc - o) % 1440) + 1440) % 1440);
    return Math.min(d, 1440 - d) <= 10;
  });
  return fits.length === 1;
}
