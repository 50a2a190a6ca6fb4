/**
 * English texts of the extension's own pages: the popup away from a profile, the welcome page, the privacy
 * page and the options page (issue 13, points 7, 9, 10). Merged into en.ts; pages.de.ts has the same keys.
 */
export const pagesEn = {
  'popup.here': 'On this page',
  'popup.kind.site':
    'This is {site}, but not a freelancer’s profile. Open a profile and Red Flag Radar checks it against the published red flags; on message pages it marks risky requests.',
  'popup.kind.siteProfilesOnly':
    'This is {site}, but not a freelancer’s profile. Open a profile and Red Flag Radar checks it against the published red flags; on {site} it does not read messages.',
  'popup.kind.messages':
    'This is a message page: Red Flag Radar reads the messages you open and marks risky requests in place.',
  'popup.kind.wall':
    'This is a sign-in page of {site}: it shows no profile, so there is nothing to check. Sign in, or open the profile’s public page.',
  'popup.kind.elsewhere': 'Red Flag Radar reads only {sites}. It reads nothing on this page and changes nothing on it.',
  'popup.messages.none': 'None of the {count} messages read here matches a red flag.',
  'popup.messages.none.one': 'The one message read here matches no red flag.',
  'popup.messages.from': 'In the message',
  'popup.messages.fromUnknown': 'In one message on this page',
  'popup.messages.notYet': 'No message has been read on this page yet.',
  'popup.messages.flagged': '{count} messages on this page match a red flag ({read} read):',
  'popup.messages.flagged.one': '{count} message on this page matches a red flag ({read} read):',
  'popup.messages.onlyNotes': 'No message read here matches a red flag; {count} have notes ({read} read):',
  'popup.messages.onlyNotes.one': 'No message read here matches a red flag; {count} has a note ({read} read):',
  'popup.messages.flaggedAndNoted': '{read} messages read here: {count} with a red flag, {noted} with notes only.',
  'popup.messages.flaggedAndNoted.one': '{read} messages read here: {count} with a red flag, {noted} with notes only.',
  'popup.recent': 'Recently seen profiles',
  'popup.recent.none': 'No profile seen yet. The profiles you open on the supported sites are listed here.',
  'popup.recent.all': 'All profiles in the history',
  'popup.recent.open': 'Open {name} in the history',
  'popup.recent.unnamed': 'Profile without a name',
  'popup.privacy': 'Privacy',

  'welcome.title': 'Welcome to Red Flag Radar',
  'welcome.lead':
    'Red Flag Radar shows, beside a freelancer’s name, which of the U.S. government’s published red flags for North Korean IT workers the profile matches — with the evidence from the page, the source, and the step to take.',
  'welcome.checks': 'What it checks',
  'welcome.checks.profile':
    'Profiles: a claimed location that does not fit the time zone, a new account with little history, contact details or payment requests that lead off the platform.',
  'welcome.checks.messages':
    'Proposals and messages: requests for payment in cryptocurrency or to someone else’s account, remote access to your computer, equipment sent elsewhere, avoiding video calls.',
  'welcome.checks.memory':
    'Across profiles: the same photo, text, contact or reviewing client under another name, and changes since your last visit.',
  'welcome.sites': 'Where it works',
  'welcome.sites.list': 'On {sites}. On other sites it reads nothing.',
  'welcome.never': 'What it never does',
  'welcome.never.send':
    'It never sends anything to a server of ours: every check runs in your browser. Only team memory, if your team switches it on, shares what you choose with your team’s own database.',
  'welcome.never.change': 'It never changes, hides or blocks anything on the sites, and never contacts anyone.',
  'welcome.never.decide':
    'It never decides for you, and never judges by nationality, name or language. A red flag is a reason to verify, not proof.',
  'welcome.badge': 'How to read the badge',
  'welcome.badge.where':
    'On a profile the badge sits beside the name, always in one of these forms. Its colour is the level; point at it for the whole summary (notes, checks that could not run), click it or press Enter on it for the findings.',
  'welcome.badge.none': 'Nothing matched a red flag, and every check ran.',
  'welcome.badge.noneChecks':
    'Nothing matched a red flag. Grey notes are things to read, not warnings. “6 not checked” means the page did not show what those checks need; the panel lists them.',
  'welcome.badge.low': 'Something to verify in the interview.',
  'welcome.badge.medium': 'Several signs or a strong one: verify before you hire.',
  'welcome.badge.high': 'Strong signs together: verify identity and payment details before anything else.',
  'welcome.badge.trusted': 'You marked this person as trusted; the red flags are still counted.',
  'welcome.badge.inPart':
    'Part of the page could not be read, so some checks did not run: nothing matched in what was read. The panel says what was not read.',
  'welcome.badge.unreadable':
    'The page did not look as expected (the site may have changed): nothing was checked — not a clean result.',
  'welcome.badge.pending': 'The check has not finished yet; reload the page if this stays.',
  'welcome.badge.toolbar': 'The toolbar icon shows the same level and the number of red flags for the open tab.',
  'welcome.badge.messages':
    'On a message page, a message that matches gets a marker under it, and the conversation a summary above its first message: the highest level, how many of the messages match a red flag, and which red flags.',
  'welcome.next': 'Next',
  'welcome.privacy': 'What is stored, and how to delete it',
  'welcome.settings': 'Settings: sites, sensitivity, language',

  'privacy.title': 'Privacy: what Red Flag Radar stores',
  'privacy.lead':
    'Everything stays in this browser, on this computer. Nothing is sent to any server, and nothing is shared with the sites. Team memory is off; if your team switches it on in the options, this page says what it shares.',
  'privacy.what': 'What is stored, and for how long',
  'privacy.profiles.title': 'The profiles you open',
  'privacy.profiles.body':
    'Name, page address, headline, photo address, location, time zone, member-since date, hourly rate, the figures of its track record (jobs, hours, reviews, rating, earnings), verifications, languages, skills, the first 800 characters of the bio, education, employment, the date, rating and client of up to 20 reviews (not their text), links, when you first and last saw it, the findings with their evidence, and how it looked on your previous visit.',
  'privacy.profiles.keep': 'Forgotten when not seen for {days} days.',
  'privacy.marks.title': 'Your own notes, dismissals and trust marks',
  'privacy.marks.body':
    'What you write or mark on a profile, in the panel or the history: your notes, why you dismissed a finding, how you verified a person you marked as trusted.',
  'privacy.marks.keep': 'Kept with the profile, and forgotten with it.',
  'privacy.prints.title': 'Fingerprints for comparing profiles',
  'privacy.prints.body':
    'A fingerprint of each profile’s text (64 numbers, not the text), its contact details (e-mail, phone, messenger handles, portfolio links) and the clients who rated it highly, with dates.',
  'privacy.prints.keep': 'Forgotten with the profile.',
  'privacy.photos.title': 'Photos for comparing profiles',
  'privacy.photos.body':
    'For each profile photo: the photo’s address, fingerprints of it (codes that recognise it re-cropped or mirrored), a small grey copy and a 64-pixel preview, with the profile’s name and address.',
  'privacy.photos.keep': 'Forgotten after {days} days.',
  'privacy.photos.off': 'Not stored: photo comparison is switched off.',
  'privacy.tabs.title': 'What is shown for each open tab',
  'privacy.tabs.body':
    'The findings of the page open in each tab, and those of the messages read on it, with the quoted sentences.',
  'privacy.tabs.keep': 'Forgotten when the tab or the browser is closed.',
  'privacy.settings.title': 'Your settings',
  'privacy.settings.body': 'Sites, sensitivity, language and the periods above.',
  'privacy.settings.keep': 'Until you change them or remove the extension.',
  'privacy.notStored':
    'Never stored: whole messages (only the sentences a finding quotes, with the open tab as above), what you paste into the message check, whole pages, and anything from sites other than the supported ones.',
  'privacy.where': 'Where',
  'privacy.where.body':
    'In this browser’s storage for the extension (IndexedDB and session storage), on this computer only. Other browsers and computers do not see it. Removing the extension deletes all of it.',
  'privacy.now': 'Stored now: {profiles}, {photos}.',
  'privacy.now.profiles': '{count} profiles',
  'privacy.now.profiles.one': '{count} profile',
  'privacy.now.photos': '{count} photos',
  'privacy.now.photos.one': '{count} photo',
  'privacy.delete': 'How to delete it',
  'privacy.delete.one': 'One profile: open the history and choose “Delete” on its row.',
  'privacy.delete.history': 'Open the history',
  'privacy.delete.all': 'Everything at once: all profiles, fingerprints, photos, notes and marks. Your settings stay.',
  'privacy.delete.button': 'Delete everything stored',
  'privacy.delete.confirm': 'Click again to delete everything stored',
  'privacy.delete.done': 'Everything stored was deleted.',
  'privacy.settings': 'Change how long things are kept',

  'options.lead': 'Changes are saved at once.',
  'options.sites.help': 'Red Flag Radar reads the pages of the sites switched on here, and no others.',
  'options.sensitivity.help':
    'How much a single finding counts towards the level. The findings themselves are always shown.',
  'options.language.help': 'The language of the badge, the popup and these pages.',
  'options.memory.help':
    'Profiles are remembered to recognise the same photo, text or contact under another name. Everything stays in this browser.',
  'options.days': 'days',
  'options.privacy': 'What exactly is stored',
} as const;
