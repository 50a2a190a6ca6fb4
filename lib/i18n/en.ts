/**
 * English texts of the badge and its panel (what the content script shows), and of the report the popup and the
 * history reuse. Every user-facing string goes through lib/i18n; de.ts has the same keys. The extension's own
 * pages add their texts (pages.en.ts, history.en.ts, team-sync.en.ts) through lib/i18n/pages.ts, so the content
 * script does not carry them.
 * Wording rule: "matches a red flag", never "is a fraud"; the user decides.
 */
import { evidenceEn } from './evidence-words';
import { teamEvidenceEn } from './team-evidence';
import { panelEn } from './panel';

export const en = {
  // Due-diligence steps (red-flags.md, "Due-diligence steps").
  'advice.video':
    'Hold a video interview with the camera on; compare the face with the profile photo; ask them to wave a hand in front of the face and show their surroundings.',
  'advice.documents': 'Verify identity documents, and ship equipment only to the address on them.',
  'advice.references': 'Verify employment and education directly, with contact details you find yourself.',
  'advice.consistency':
    'Check that name, location, contact details and work history agree across every profile, portfolio and payment account.',
  'advice.payment': 'Pay only to a bank account in the freelancer’s own name; do not pay in cryptocurrency.',
  'advice.platform': 'Keep communication and payment on the platform.',
  'advice.report': 'Report suspected DPRK IT workers to the FBI (tips.fbi.gov) or your national authority.',

  'rule.location-timezone-mismatch.title': 'Claimed location does not fit the profile’s time zone',
  'rule.location-timezone-mismatch.title.utc':
    'Time zone is set to UTC, which may be a default: location and time zone could not be compared',
  'rule.location-timezone-mismatch.advice':
    'Ask where they work from and at what hours; confirm it on a video call and against their ID documents.',
  'rule.new-account.title': 'Newly created account',
  'rule.new-account.advice':
    'Give new accounts extra scrutiny: verify identity and references before sharing access or paying.',
  'rule.thin-history.title': 'Claims go far beyond the visible history',
  'rule.thin-history.advice':
    'Ask for verifiable references and code or work you can check; verify past employers with contact details you find yourself.',
  'rule.review-burst.title': 'Top ratings that rest on little or tightly packed feedback',
  'rule.review-burst.advice':
    'Read the reviews and the clients behind them; ask for references outside the platform you can contact yourself.',
  'rule.no-photo.title': 'No profile photo',
  'rule.no-photo.advice': 'Insist on a video interview with the camera on.',
  'rule.recycled-photo.title': 'The same photo was seen on a profile under another name',
  'rule.recycled-photo.advice':
    'Compare both profiles and ask about the other one on a video call with the camera on. Check the photo with a reverse image search (buttons below).',
  'rule.duplicate-text.title': 'Near-identical text was seen on a profile under another name',
  'rule.duplicate-text.advice':
    'Compare both profiles. Copied bios and proposals across accounts are a sign of one team behind several personas: ask about it on a video call.',
  'rule.shared-contact.title': 'A contact or link of this profile was seen under another name',
  'rule.shared-contact.advice':
    'Open the other profile. Ask who owns the shared contact or link, and verify identity on a video call with the camera on.',
  'rule.shared-reviewer-burst.title':
    'A client rated this profile and several other freelancers at the top within a month',
  'rule.shared-reviewer-burst.advice':
    'Read the reviews critically. Ask for references you can call yourself, outside the platform’s reviews.',
  'rule.profile-changed.title': 'The profile changed since your last visit',
  'rule.profile-changed.advice':
    'Ask why the country, time zone, name or photo changed. Check the new details against documents and on a video call.',
  'rule.unverified-identity.title': 'The platform shows verification as missing',
  'rule.unverified-identity.advice': 'Verify identity documents yourself before hiring.',
  'rule.off-platform-contact-in-profile.title': 'Profile invites contact outside the platform',
  'rule.off-platform-contact-in-profile.advice': 'Keep communication on the platform, especially before a contract.',
  'rule.crypto-payment-in-profile.title': 'Profile advertises payment in cryptocurrency',
  'rule.crypto-payment-in-profile.advice':
    'Do not pay in cryptocurrency; pay only to a bank account in the freelancer’s own name.',
  'rule.free-hosting-portfolio.title': 'Portfolio only on free one-page hosting',
  'rule.free-hosting-portfolio.advice':
    'Ask for work you can verify: a client you can contact, a company site, a repository with history.',
  'rule.very-broad-skills.title': 'Unusually broad skill list across unrelated fields',
  'rule.very-broad-skills.advice': 'Test the skills you are hiring for in a live technical conversation on video.',

  'rule.crypto-payment-request.title': 'Asks to be paid in cryptocurrency',
  'rule.crypto-payment-request.advice':
    'Do not pay in cryptocurrency; pay only to a bank account in the freelancer’s own name, through the platform.',
  'rule.alt-payment-request.title': 'Asks to be paid another way than to their own bank account',
  'rule.alt-payment-request.advice':
    'Pay only to a bank account in the freelancer’s own name; never gift cards or a third person’s account.',
  'rule.move-off-platform.title': 'Invites moving the conversation off the platform',
  'rule.move-off-platform.advice':
    'Keep communication and payment on the platform, at least until identity is verified.',
  'rule.ship-equipment-elsewhere.title': 'Asks to ship equipment to another address',
  'rule.ship-equipment-elsewhere.advice': 'Ship equipment only to the address on the verified identity documents.',
  'rule.account-switch-request.title': 'Asks to work through another account or name',
  'rule.account-switch-request.advice':
    'Contract only with the verified account and person you interviewed; do not switch accounts.',
  'rule.identity-rental-request.title': 'Asks to borrow or rent an identity or account',
  'rule.identity-rental-request.advice':
    'Never lend identity documents, personal data or accounts; report the request to the platform.',
  'rule.avoids-video.title': 'Avoids video calls',
  'rule.avoids-video.advice':
    'Insist on a live video interview with the camera on before hiring; compare the face with the profile photo.',
  'rule.prepayment-pressure.title': 'Asks for payment before delivery',
  'rule.prepayment-pressure.advice': 'Pay through the platform’s milestones or escrow, not upfront outside it.',
  'rule.remote-access-request.title': 'Asks for remote-desktop access',
  'rule.remote-access-request.advice':
    'Do not install remote-desktop tools for a contractor or give remote access to your systems.',
  'rule.recommends-more-workers.title': 'Offers to bring in more workers',
  'rule.recommends-more-workers.advice':
    'Vet every additional person separately, with identity verification and a video interview.',

  'evidence.location': 'Claimed location: {location}',
  'evidence.timezone': 'Time zone on the profile: {timezone}',
  'evidence.countryZones': '{country} uses {offsets}',
  'evidence.timezoneCountries': '{zone} is a time zone of {countries}',
  'evidence.timezoneSetting': "Time zone setting in the page's data: {timezone}",
  'evidence.localTimeUtc':
    'The page shows “{time} local time”: at this check that is the time in UTC, worked out from this setting, not the time where they say they are',
  'evidence.localTimeOther':
    'The page shows “{time} local time”: at this check that fits neither UTC nor a time zone of {country} (as on a saved page, or one open for a while), so it was not used',
  'evidence.utcDefault': 'A bare UTC setting is often the platform default, not a choice',
  'evidence.memberSince': 'Member since {date} ({count} days before {now})',
  'evidence.claimsRate': 'Hourly rate {rate}',
  'evidence.claimsYears': 'Claims “{text}”',
  'evidence.claimsTitle': 'Title says “{text}”',
  'evidence.jobSuccess': 'Job success {value}%',
  'evidence.history': 'Visible history: {jobs}, {hours}, {reviews}',
  'evidence.reviewBurst': '{count} of {total} top ratings between {from} and {to}, within {days} of joining',
  'evidence.perfectFew': 'Rating {rating} resting on {count} reviews',
  'evidence.perfectFew.one': 'Rating {rating} resting on {count} review',
  'evidence.noPhoto': 'The profile shows no photo',
  'evidence.sameText':
    'Near-identical text on “{name}” ({site}, {url}), seen {date}; {score}% of the text’s phrases shared',
  'evidence.passage': 'Here: “{mine}” — there: “{theirs}”',
  'evidence.sharedContact': '{contact} is also on “{name}” ({site}, {url}), seen {date}',
  'evidence.sharedContactFirst':
    '{contact} was first on “{name}” ({site}, {url}), seen {date}; this profile shows it as well',
  'evidence.reviewerBurst': 'Client “{client}” rated this profile at the top on {date}, and also: {others}',
  'evidence.changed': '{field}: {before} → {now} (since your visit on {date})',
  'evidence.photoChanged': 'The photo is not the one seen on your visit on {date}',
  'field.country': 'Country',
  'field.timezone': 'Time zone',
  'field.name': 'Name',
  'evidence.samePhoto': 'Same photo as “{name}” on {site} ({url}), seen {date}; similarity {score}%',
  'evidence.samePhotoNoName': 'Same photo as on {site} ({url}), seen {date}; similarity {score}%',
  'photo.this': 'This profile’s photo ({name})',
  'photo.other': 'The photo seen on {name}',
  'photo.alsoSeen': 'Also seen on {site} under the same name: {url}',
  'photo.search': 'Check the photo with a reverse image search',
  'photo.searchNote': 'Opens the search site in a new tab and sends it the photo’s address — only when you click.',
  'evidence.notVerified': '{what}: not verified',
  'evidence.contact': '{kind}: “{value}”',
  'evidence.sentence': '“{text}”',
  'evidence.sentenceWords': '“{text}” — words that matched: {words}',
  'evidence.quotedWord': '“{word}”',
  'evidence.readAs': '“{shown}” is read as {word}.',
  'evidence.basis.disguised': 'Red flag: a name is written so that the marketplace’s message filter would miss it.',
  'evidence.basis.sentences': 'Red flag: more than one sentence of the message asks for it.',
  'evidence.basis.writer': 'Red flag: the writer asks you to contact them there (“{word}”).',
  'evidence.basis.corroborated': 'Red flag: the same message also asks for something else risky ({other}).',
  'evidence.basis.contact': 'Red flag: the sentence gives a contact outside the platform.',
  'evidence.basis.wallet': 'Red flag: the message gives a wallet address.',
  'evidence.basis.share': 'Red flag: the message names a sum or a share of the pay.',
  'evidence.basis.account': 'Red flag: the sentence names your account on a marketplace as what is to be used.',
  'evidence.basis.heir':
    'Red flag: the sentence asks you to receive someone’s money into your account or as their heir.',
  'evidence.basis.discount': 'Red flag: the sentence offers you a discount for paying in crypto.',
  'evidence.basis.payee': 'Red flag: the sentence gives the account to be paid into.',
  'evidence.basis.condition': 'Red flag: the sentence makes payment before the work a condition.',
  'evidence.basis.sum': 'Red flag: the sentence names the sum or share to be paid before the work.',
  'evidence.basis.outside': 'Red flag: the sentence asks for the payment to go around the marketplace.',
  'evidence.basis.recipient':
    'Red flag: the sentence names the work computer and someone else, or a forwarder, to receive it.',
  'evidence.basis.switch': 'Red flag: the sentence asks you to hire or pay the writer through another account.',
  'evidence.basis.access':
    'Red flag: the sentence asks for the ID, code or password that opens your computer to someone.',
  'evidence.basis.weak.contact':
    'Only a note: one sentence, with no contact outside the platform in it and no second request beside it. Read the message again and ask before acting on it.',
  'evidence.basis.weak.wallet':
    'Only a note: one sentence, with no wallet address in the message that checks as one and no second request beside it. Read the message again and ask before acting on it.',
  'evidence.basis.weak.share':
    'Only a note: one sentence, with no sum or share of the pay named and no second request beside it. Read the message again and ask before acting on it.',
  'evidence.basis.weak.access':
    'Only a note: one sentence, asking for no access code or password, with no second request beside it. Read the message again and ask before acting on it.',
  'evidence.basis.weak.payee':
    'Only a note: one sentence, with no account to be paid into given and no second request beside it. Read the message again and ask before acting on it.',
  'evidence.basis.weak.sum':
    'Only a note: one sentence that does not itself demand a sum or share before the work, nor make paying first a condition (none named, or only asked about or told as what is usual), with no second request beside it. Read the message again and ask before acting on it.',
  'evidence.basis.weak.recipient':
    'Only a note: one sentence, not naming both the work computer and someone else to receive it, with no second request beside it. Read the message again and ask before acting on it.',
  'evidence.basis.weak.switch':
    'Only a note: one sentence, not itself asking you to hire or pay the writer through another account, with no second request beside it. Read the message again and ask before acting on it.',
  'evidence.basis.weak.none':
    'Only a note: one sentence, with no second request beside it. Read the message again and ask before acting on it.',
  'evidence.basis.given':
    'Only a note: a contact outside the platform is given, but nothing in the message asks you to use it.',
  'evidence.basis.question': 'Only a note: the message asks whether you use it, it does not yet ask you to.',
  'evidence.basis.unnamed':
    'Only a note: the message asks to talk privately, or for your contact details, but names no channel outside the platform. Ask where, and keep the talk on the platform.',
  'evidence.wallet': '{kind} address: {value}',
  'evidence.links': 'Links: {links}',
  'evidence.skills': '{count} skills across {fields} fields: {list}',

  'verify.identity': 'Identity',
  'verify.payment': 'Payment method',
  'verify.phone': 'Phone',
  'verify.email': 'E-mail',

  'risk.none': 'No red flags',
  'risk.low': 'Low',
  'risk.medium': 'Medium',
  'risk.high': 'High',

  'unchecked.because.location-timezone-mismatch':
    "This page shows neither the freelancer's country nor a time zone, so the claimed location could not be compared with the hours they keep",
  'unchecked.because.location-timezone-mismatch.timezone':
    'This page shows the location but no time zone, so the location could not be compared with the hours they keep',
  'unchecked.because.location-timezone-mismatch.location.country':
    "This page shows a time zone but not the freelancer's country, so the two could not be compared",
  'unchecked.because.new-account':
    'This page does not show when the account was created, so its age could not be checked',
  'unchecked.because.thin-history':
    'This page does not show the work history (jobs, hours, reviews), so the claims could not be compared with it',
  'unchecked.because.review-burst':
    "This page does not show the reviews' history, so bursts of top ratings could not be looked for",
  'unchecked.because.no-photo': 'The profile photo could not be checked',
  'unchecked.because.unverified-identity':
    'This page does not say what the platform verified (identity, payment, phone)',
  'unchecked.because.off-platform-contact-in-profile':
    'The profile has no description to check for messenger handles or personal contact details',
  'unchecked.because.crypto-payment-in-profile':
    'The profile has no description to check for payment in cryptocurrency',
  'unchecked.because.free-hosting-portfolio':
    'The profile shows no portfolio or website links, so where they are hosted could not be checked',
  'unchecked.because.very-broad-skills': 'The profile lists no skills, so their breadth could not be checked',
  'unchecked.notRead.location-timezone-mismatch':
    "The freelancer's country or time zone was not read from this page, so the claimed location could not be compared with the hours they keep",
  'unchecked.notRead.location-timezone-mismatch.timezone':
    'The time zone was not read from this page, so the location could not be compared with the hours they keep',
  'unchecked.notRead.location-timezone-mismatch.location.country':
    "The freelancer's country was not read from this page, so it could not be compared with the time zone",
  'unchecked.notRead.new-account':
    'When the account was created was not read from this page, so its age could not be checked',
  'unchecked.notRead.thin-history':
    'The work history (jobs, hours, reviews) was not read from this page, so the claims could not be compared with it',
  'unchecked.notRead.review-burst':
    "The reviews' history was not read from this page, so bursts of top ratings could not be looked for",
  'unchecked.notRead.unverified-identity':
    'What the platform verified (identity, payment, phone) was not read from this page',
  'unchecked.notRead.off-platform-contact-in-profile':
    "The profile's description was not read from this page, so it was not checked for messenger handles or personal contact details",
  'unchecked.notRead.crypto-payment-in-profile':
    "The profile's description was not read from this page, so it was not checked for payment in cryptocurrency",
  'unchecked.notRead.free-hosting-portfolio':
    'The portfolio and website links were not read from this page, so where they are hosted could not be checked',
  'unchecked.notRead.very-broad-skills':
    'The skills were not read from this page, so their breadth could not be checked',
  'unchecked.failed': 'A check failed on this page and was skipped: {title}',
  'unchecked.unreadable': 'Not checked, because the page could not be read: {title}',
  'unchecked.missing.photoUrl': 'The profile photo could not be read from this page',
  'unchecked.missing.name': "The freelancer's name could not be read from this page",
  'unchecked.missing.location': 'The location could not be read from this page',
  'unchecked.missing.location.country': 'The place shown on this page names no country, so no country was read',
  'unchecked.missing.memberSince': 'The member-since date could not be read from this page',
  'unchecked.missing.embedded-state':
    "The page's embedded profile data could not be read, so only what the page shows on screen was read",
  'unchecked.missing.conflict':
    'The page holds contradicting data about this profile; what the page shows on screen was read',
  'unchecked.missing.invalid': "Some of the page's data did not look like what it claims to be and was left out",
  'unchecked.missing.other': 'Part of this page could not be read',
  'unchecked.messages': 'No proposal or message text checked',
  'unchecked.photo': 'Photo not compared with other profiles',
  'unchecked.photoNotLoaded': 'The photo could not be loaded, so it was not compared with other profiles',
  'unchecked.photoPlain': 'The photo is too plain (one colour) to compare with other profiles',
  'unchecked.photoOff': 'Photo comparison is switched off in the options',
  'storage.quota':
    'Your browser’s storage for Red Flag Radar is full: this profile was not remembered. Delete old profiles on the History page, or shorten how long history and photos are kept.',
  'storage.failed':
    'The memory could not save this profile (the browser’s storage refused it). Cross-profile checks may miss it.',
  'unchecked.emptyMessage': 'The message was empty',
  'unchecked.outside':
    'Outside what a browser can see: IP and login history, ID documents, video-interview deepfakes, laptop farms after hiring',

  'ui.badge.trusted': 'Trusted by you',
  'ui.badge.pending': 'Not checked yet',
  'ui.badge.unreadable': 'Page not read',
  'ui.badge.inPart': 'read in part',
  // The toolbar icon's badge text for a page read in part (four letters at most: the icon shows no more).
  'ui.toolbar.inPart': 'part',
  'ui.badge.label': 'Red Flag Radar: {summary}. Open details',
  'ui.badge.findings': '{count} red flags',
  'ui.badge.findings.one': '{count} red flag',
  'ui.firstStep': 'First step:',
  'ui.message.marker': 'Red Flag Radar on this message: {summary}',
  'ui.thread.label': 'Red Flag Radar on this conversation: {summary}',
  'ui.thread.flagged': '{count} of the {read} messages shown match a red flag',
  'ui.thread.flagged.one': '{count} of the {read} messages shown matches a red flag',
  'ui.thread.noted': '{count} more with notes only',
  'ui.thread.noted.one': '{count} more with a note only',
  'ui.thread.onlyNotes': 'No red flags · {count} of the {read} messages shown have notes',
  'ui.thread.onlyNotes.one': 'No red flags · {count} of the {read} messages shown has a note',
  'ui.thread.goTo': 'Show the message: {title}',
  'ui.thread.hint': 'Each is marked under its message: open the marker for the evidence and what to do.',
  'ui.badge.notes': '{count} notes',
  'ui.badge.notes.one': '{count} note',
  'ui.badge.unchecked': '{count} checks could not run',
  'ui.badge.unchecked.one': '{count} check could not run',
  'ui.badge.uncheckedShort': '{count} not checked',
  'ui.badge.uncheckedShort.one': '{count} not checked',
  'ui.note': 'Note',
  'ui.notesFound': 'Notes — not red flags',
  'ui.notesExplained':
    'Observations that are common on honest profiles. They never count one by one; only several of different kinds, on a profile without an established track record, raise the level.',
  'ui.notesEstablished':
    'This profile has an established track record on the platform, so these notes do not raise the level.',
  'ui.notesCombined':
    'These notes are of several different kinds, on a profile without an established track record: together they raise the level to medium.',
  'record.title': 'Track record, as the page shows it',
  'record.since': 'On {site} since {year}',
  'record.jobs': '{count} jobs',
  'record.jobs.one': '{count} job',
  'record.hours': '{count} hours',
  'record.hours.one': '{count} hour',
  'record.reviews': '{count} reviews',
  'record.reviews.one': '{count} review',
  'record.reviewsListed': '{count} reviews shown on the page',
  'record.reviewsListed.one': '{count} review shown on the page',
  'record.shownSpan': 'The reviews shown on the page span {years}',
  'record.years': '{count} years',
  'record.years.one': '{count} year',
  'record.verified': '{what} verified',
  'record.unverified': '{what} not verified',
  'ui.unreadable.title': 'Could not read this page (the site may have changed)',
  'ui.unreadable.missing': 'Not read: {fields}',
  'ui.unreadable.next':
    'Nothing on this page was checked: this is not a clean result. Reload the page; if it stays so, the site has changed its pages — check the profile yourself.',
  'ui.partial': 'Read only in part — not read: {fields}',
  'ui.notProfile': 'Not a freelancer profile on a supported site.',
  'ui.noAnalysis': 'This profile has not been analysed yet. If it does not appear, reload the page.',
  'ui.disabledSite': 'Red Flag Radar is switched off for {site} in the settings.',
  'ui.findings': 'What matches a red flag',
  'ui.evidence': 'Evidence',
  'ui.source': 'Source',
  'ui.nextStep': 'What to do',
  'ui.reliability':
    'On published messages that this project did not write, this check’s red flags were right in {right} of {warned} cases; of {requests} such requests it found {right} as red flags ({found} counting the notes).',
  'ui.reliability.few':
    'This check has been tried on too few published messages to say how often it is right ({count} so far).',
  'ui.reliability.few.one':
    'This check has been tried on too few published messages to say how often it is right ({count} so far).',
  'ui.reliability.notes':
    'On published messages that this project did not write, notes like this one were right in {right} of {warned} cases.',
  'ui.reliability.notes.few':
    'Notes like this one have been tried on too few published messages to say how often they are right ({count} so far).',
  'ui.reliability.notes.few.one':
    'Notes like this one have been tried on too few published messages to say how often they are right ({count} so far).',
  'ui.unchecked': 'What could not be checked',
  'ui.unchecked.inPart':
    'Part of this page could not be read: what is said to be missing below may be on the page, only not read.',
  'cli.unparsed': 'Not read: the saved file could not be parsed ({reason}), so nothing on it was checked.',
  'cli.messageCut': 'Only the first {characters} characters of the message were read; the rest was not checked',
  'cli.notAProfile':
    'Not read: this is not a profile page of a supported site, or the saved file does not say which address it came from (give it with --url).',
  'ui.disclaimer':
    'A red flag is not proof. It is a reason to verify, with the steps shown. Never decide by nationality, name or language.',
  'ui.level': 'Risk: {level}',
  'ui.close': 'Close',
  'ui.popup.title': 'Red Flag Radar',
  'ui.message.heading': 'Check a message',
  'ui.contextMenu': 'Check selected text for red flags',
  'ui.message.label': 'Paste a proposal or chat message',
  'ui.message.check': 'Check for red flags',
  'ui.message.none':
    'No red flag found in this text. The message rules look for requests the advisory warns about; they cannot judge tone or intent.',
  'ui.steps': 'Before you hire: the advisory’s due-diligence steps',
  'ui.settings': 'Settings',
  'ui.options.title': 'Red Flag Radar — settings',
  'history.trustedSince': 'Marked as trusted by you on {date}',
  'history.trustedBecause': 'Marked as trusted by you on {date}: {reason}',
  'history.notePlaceholder': 'Verified on a video call on …',
  'history.dismissedBecause': 'Dismissed by you on {date}: {reason}',
  'ui.history': 'History',
  'ui.dismissed': 'Dismissed by you',
  'ui.notes': 'Your notes',
  'site.upwork': 'Upwork',
  'site.freelancer': 'Freelancer.com',
  'site.linkedin': 'LinkedIn',
  'site.github': 'GitHub',
  'site.fiverr': 'Fiverr',
  'site.peopleperhour': 'PeoplePerHour',
  'site.guru': 'Guru',
  'ui.error': 'Red Flag Radar could not analyse this page: {reason}',
  ...evidenceEn,
  ...teamEvidenceEn,
  ...panelEn,
} as const;

export type MessageKey = keyof typeof en;
