/**
 * The real saved pages in ../shared/fixtures-real/: the day each was captured (its README; the 15th where
 * only the month is known) and the address it was served at, where the page does not name it with an
 * absolute canonical link (as `radar scan --url` is given it). The unit tests read them on that day; the
 * real-browser test serves each profile page at that address (`url`, else its canonical link).
 */
export const CAPTURED: Record<string, { now: string; url?: string }> = {
  'freelancer/u_WebChapters_2021-12.html': { now: '2021-12-06' },
  'freelancer/u_acewebexperts_2021-12.html': { now: '2021-12-06' },
  'freelancer/u_gauravgargcs_2021-12.html': { now: '2021-12-06' },
  'freelancer/u_irfan811_2021-12.html': { now: '2021-12-06' },
  'freelancer/u_saidesigner87_2021-12.html': { now: '2021-12-06' },
  'freelancer/u_sweta2317_2021-12.html': { now: '2021-12-06' },
  'github/defunkt_guest_2026-01.html': { now: '2026-01-27' },
  'linkedin/NOT-A-PROFILE_authwall_2026-04.html': { now: '2026-04-15' },
  'linkedin/guest-scripts-stripped_reidhoffman_2026-07.html': { now: '2026-07-15' },
  'linkedin/guest-scripts-stripped_satyanadella_2026-07.html': { now: '2026-07-15' },
  'linkedin/guest-scripts-stripped_williamhgates_2026-07.html': { now: '2026-07-15' },
  'linkedin/guest-se_eduardo-alvarez-nowak_2024-04.html': { now: '2024-04-15' },
  'linkedin/guest-with-jsonld_2023-04.html': { now: '2023-04-15' },
  'linkedin/logged-in-dom_2026-04.html': { now: '2026-04-15', url: 'https://www.linkedin.com/in/rossrmartin' },
  // Its canonical link is the relative "/mwlite/profile/in/tpschmidt" on www.linkedin.com.
  'linkedin/logged-in-mobile-lite_tpschmidt_2025-07.html': {
    now: '2025-07-15',
    url: 'https://www.linkedin.com/mwlite/profile/in/tpschmidt',
  },
  'upwork/visitor-view_2026-06.html': { now: '2026-06-10' },
};
