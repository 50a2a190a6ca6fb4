/**
 * The words of the evidence lines (lib/i18n/evidence.ts), of the advisories they cite and of what a page's
 * reader could not read, in English (the German in evidence-words.de.ts).
 * Spread into en.ts and de.ts, so they are catalogue keys like any other.
 *
 * `cite.*`: the passages the rules cite. The rules name a passage by its English citation
 * ("G1 Red flag indicators (…)", docs/red-flags.md), which is also how the history stored it, so the English
 * text here must stay exactly the rules' words: citationText() finds the key by it (lib/rules/sources.ts).
 */
export const evidenceEn = {
  'evidence.hoursUnknown': 'hours not shown',
  'evidence.reviewsUnknown': 'reviews not shown',
  'evidence.reviewBurstUndated': '{count} of {total} top ratings between {from} and {to}',
  'evidence.withinDays': '{count} days',
  'evidence.withinDays.one': '{count} day',
  'evidence.placeholderPhoto': 'The photo is the site’s placeholder picture ({url})',
  'evidence.kind.email': 'E-mail',
  'evidence.kind.phone': 'Phone',
  'evidence.otherRated': '“{name}” ({date}, {url})',
  'evidence.memberSince.one': 'Member since {date} ({count} day before {now})',
  'evidence.more': '… and {count} more lines',
  'evidence.more.one': '… and {count} more line',

  // What a reader could not read from a page ("Not read: the name and the location"), never the field's name.
  'read.name': 'the name',
  'read.location': 'the location',
  'read.location.country': 'the country (the place shown names none)',
  'read.photoUrl': 'the photo',
  'read.memberSince': 'the member-since date',
  'read.timezone': 'the time zone',
  'read.title': 'the title',
  'read.bio': 'the description',
  'read.embedded-state': 'the embedded profile data',
  'read.page': 'the page',
  'read.conflict': 'which profile this is (parts of the page name different people or hold different data)',
  'read.other': 'other parts of the page',

  // The fields of work the skill-breadth rule tells apart (lib/rules/very-broad-skills.ts).
  'skill.web-front-end': 'web front end',
  'skill.back-end': 'back end',
  'skill.mobile': 'mobile apps',
  'skill.blockchain': 'blockchain',
  'skill.data-ai': 'data and AI',
  'skill.cloud-devops': 'cloud and DevOps',
  'skill.games': 'games',
  'skill.embedded': 'embedded systems',
  'skill.design': 'design',
  'skill.marketing': 'marketing',
  'skill.e-commerce-cms': 'online shops and CMS',
  'skill.enterprise': 'enterprise software',
  'skill.media': 'video and audio production',
  'skill.admin': 'office and support work',

  // The advisories, by their key in docs/red-flags.md.
  'source.G1': 'US State Department, Treasury and FBI: guidance on DPRK IT workers (May 2022)',
  'source.G3': 'US and South Korean governments: additional guidance on DPRK IT workers (October 2023)',
  'source.G4': 'FBI: DPRK uses US-based helpers to defraud US businesses (May 2024)',
  'source.G6': 'FBI: North Korean IT workers extort data (January 2025)',
  'source.SEAL': 'Security Alliance (SEAL): frameworks on DPRK IT workers',
  'source.IND': 'Industry reports (Mandiant, Google, Microsoft, Secureworks, Nisos)',

  'cite.G1.location-hours': 'G1 Red flag indicators (inconsistent claimed work location and hours)',
  'cite.G1.new-accounts': 'G1 Potential mitigation measures (extra scrutiny for newly established accounts)',
  'cite.G1.simple-profiles': 'G1 How DPRK IT workers operate (surprisingly simple developer profiles)',
  'cite.G1.simple-portfolios': 'G1 How DPRK IT workers operate (surprisingly simple portfolio websites)',
  'cite.G1.broad-skills': 'G1 (the advisory’s sample résumé: skills across unrelated fields)',
  'cite.G1.more-workers': 'G1 How DPRK IT workers operate (recommending additional workers)',
  'cite.G1.client-ratings': 'G1 Red flag indicators for platforms (client accounts raising ratings)',
  'cite.G1.one-client-many': 'G1 Platform red flags (one client rating many new developers)',
  'cite.G1.same-templates': 'G1 Platform red flags (same templates across accounts)',
  'cite.G1.logins': 'G1 Platform red flags (logins from various IPs in different countries)',
  'cite.G1.verify-identity': 'G1 Potential mitigation measures (verify identity)',
  'cite.G1.off-platform': 'G1 Red flag indicators (requests to communicate off the platform)',
  'cite.G1.virtual-currency': 'G1 Red flag indicators (payment in virtual currency)',
  'cite.G1.avoid-virtual-currency': 'G1 Potential mitigation measures (avoid payments in virtual currency)',
  'cite.G1.payment-services': 'G1 Red flag indicators (payment services)',
  'cite.G1.prepayment': 'G1 Red flag indicators (payment before delivery)',
  'cite.G1.remote-desktop': 'G1 Potential mitigation measures (remote desktop)',
  'cite.G1.shared-identities': 'G1 Red flag indicators (shared identities and accounts)',
  'cite.G1.other-account': 'G1 Red flag indicators (using another account or name)',
  'cite.G1.renting-identities':
    'G1 Red flag indicators and How DPRK IT workers operate (renting identities and accounts)',
  'cite.G1.equipment': 'G1 Red flag indicators and mitigations (equipment shipped elsewhere)',
  'cite.G1.off-site': 'G1 Annex (accounts go "off-site")',
  'cite.G1.text-chat': 'G1 (text-based chat instead of video)',
  'cite.G3.no-photo': 'G3 (profiles with no photo)',
  'cite.G3.pictures': 'G3 (same identity, different pictures)',
  'cite.G3.avoiding-video': 'G3 (avoiding video calls)',
  'cite.G3.freight': 'G3 (freight forwarders, address changes)',
  'cite.G3.not-own-account': 'G3 (payment to accounts not in the freelancer’s name)',
  'cite.G3.prepayment': 'G3 (repeated prepayment requests)',
  'cite.G4.laptop-farms': 'G4 (laptop farms)',
  'cite.IND.photos': 'IND (photos taken from other profiles)',
  'cite.IND.netlify': 'IND Mandiant 2024 (portfolios on Netlify)',
} as const;
