/**
 * Where to report a profile: the platform's own page on reporting a profile, per site, and the FBI's Internet
 * Crime Complaint Center (IC3), which takes reports of suspected DPRK IT workers (G3, G4, G6 name it). The
 * panel shows them with the evidence ready to paste (lib/summary.ts).
 */

/**
 * Each platform's help page on reporting a user or profile, as the platform wrote it (found 2026-12):
 * - Upwork, "Report Suspicious User Activity" (Flag as inappropriate on the profile):
 *   https://support.upwork.com/hc/en-us/articles/211063118-Report-Suspicious-User-Activity
 * - Freelancer.com, "Reporting users for violations" (Report User on the profile card):
 *   https://www.freelancer.com/support/profile/reporting-users-for-violations
 * - LinkedIn, "Recognize and report spam, inappropriate, and abusive content" (fake accounts, scams):
 *   https://www.linkedin.com/help/linkedin/answer/37822
 * - GitHub Docs, "Reporting abuse or spam" (Block or report on the user's profile):
 *   https://docs.github.com/en/communities/maintaining-your-safety-on-github/reporting-abuse-or-spam
 * - Fiverr, "How to report content or behavior on Fiverr" (a Gig or a message; not a user as a whole):
 *   https://help.fiverr.com/hc/en-us/articles/9596156809105-How-to-report-content-or-behavior-on-Fiverr
 * - PeoplePerHour, "Trust & Safety" (Report Abuse, or its support):
 *   https://www.peopleperhour.com/static/trust-and-safety
 * Guru: no page of its own on reporting was found, so only IC3 is offered there.
 */
export const PLATFORM_REPORT: Readonly<Record<string, string>> = {
  upwork: 'https://support.upwork.com/hc/en-us/articles/211063118-Report-Suspicious-User-Activity',
  freelancer: 'https://www.freelancer.com/support/profile/reporting-users-for-violations',
  linkedin: 'https://www.linkedin.com/help/linkedin/answer/37822',
  github: 'https://docs.github.com/en/communities/maintaining-your-safety-on-github/reporting-abuse-or-spam',
  fiverr: 'https://help.fiverr.com/hc/en-us/articles/9596156809105-How-to-report-content-or-behavior-on-Fiverr',
  peopleperhour: 'https://www.peopleperhour.com/static/trust-and-safety',
};

/** The FBI's Internet Crime Complaint Center: https://www.ic3.gov/ (its complaint form starts there). */
export const IC3 = 'https://www.ic3.gov/';

export function reportLinks(site: string): { platform?: string; ic3: string } {
  const platform = PLATFORM_REPORT[site];
  return platform ? { platform, ic3: IC3 } : { ic3: IC3 };
}
