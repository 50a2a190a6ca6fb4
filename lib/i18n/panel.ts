/**
 * The panel's own texts, in English (the German in panel.de.ts): the one-line verdict (lib/verdict.ts), the interview questions
 * (lib/interview.ts), the plain-text summary (lib/summary.ts) and the panel's actions (components/PanelActions.tsx).
 * Spread into en.ts and de.ts, so they are catalogue keys like any other.
 */
export const panelEn = {
  // One phrase per rule for the verdict line, lower case: they are joined with "; " and the first is capitalised.
  'verdict.location-timezone-mismatch': 'location and time zone disagree',
  'verdict.location-timezone-mismatch.offset': 'location given as {place}, but time zone {offset}',
  'verdict.location-timezone-mismatch.zone': 'location given as {place}, but time zone of {countries}',
  'verdict.new-account': 'a new account',
  'verdict.new-account.days': 'account only {count} days old',
  'verdict.new-account.days.one': 'account only {count} day old',
  'verdict.thin-history': 'claims far more than its history shows',
  'verdict.review-burst': 'top ratings on thin feedback',
  'verdict.no-photo': 'no photo',
  'verdict.unverified-identity': 'identity not verified by the platform',
  'verdict.off-platform-contact-in-profile': 'lists contact outside the platform',
  'verdict.off-platform-contact-in-profile.channels': 'lists contact on {channels}',
  'verdict.crypto-payment-in-profile': 'accepts payment in crypto',
  'verdict.free-hosting-portfolio': 'portfolio only on free hosting',
  'verdict.very-broad-skills': 'a very broad skill list',
  'verdict.crypto-payment-request': 'asks to be paid in crypto',
  'verdict.alt-payment-request': 'asks to be paid outside the platform',
  'verdict.move-off-platform': 'invites you off the platform',
  'verdict.ship-equipment-elsewhere': 'asks for equipment to go to another address',
  'verdict.account-switch-request': 'asks to work from another account',
  'verdict.identity-rental-request': 'offers or seeks a rented identity',
  'verdict.avoids-video': 'avoids video calls',
  'verdict.prepayment-pressure': 'asks for payment up front',
  'verdict.remote-access-request': 'asks for remote access',
  'verdict.recommends-more-workers': 'offers more workers',
  'verdict.recycled-photo': 'photo seen under another name',
  'verdict.duplicate-text': 'text seen under another name',
  'verdict.shared-contact': 'contact seen under another name',
  'verdict.shared-reviewer-burst': 'rated by a client who rates many at once',
  'verdict.profile-changed': 'changed since your last visit',
  'contact.email': 'e-mail',
  'contact.phone': 'phone',

  // Interview questions, one per rule (lib/interview.ts).
  'question.location-timezone-mismatch':
    'Your profile’s location and time zone do not match; what hours do you usually work, and where are you right now?',
  'question.location-timezone-mismatch.place':
    'You list {place}; what hours do you usually work, and where are you right now?',
  'question.new-account':
    'Your account here is new; where did you work before, and can I see that profile or contact those clients?',
  'question.thin-history':
    'Your profile shows little work so far; which earlier clients or employers can I contact myself?',
  'question.review-burst': 'Who were the clients behind your reviews, and can I speak with one of them?',
  'question.no-photo': 'Can we have a short video call with cameras on before we start?',
  'question.unverified-identity':
    'The platform has not verified your identity; will you complete its identity check before we start?',
  'question.off-platform-contact-in-profile':
    'Your profile asks for contact outside the platform; can we keep all messages and payments on the platform?',
  'question.off-platform-contact-in-profile.channels':
    'Your profile asks for contact on {channels}; can we keep all messages and payments on the platform?',
  'question.crypto-payment-in-profile':
    'You accept payment in cryptocurrency; will you take payment through the platform or to a bank account in your own name?',
  'question.free-hosting-portfolio':
    'Your portfolio is on free hosting; can you show me work I can check, such as a client’s live site or a repository with its history?',
  'question.very-broad-skills':
    'Which two of the skills you list have you used most in the last year, and on which project?',
  'question.crypto-payment-request':
    'You asked to be paid in cryptocurrency; will you take payment through the platform or to a bank account in your own name?',
  'question.alt-payment-request':
    'Why should payment go outside the platform? Will you accept payment on the platform?',
  'question.move-off-platform': 'Why do you want to leave the platform’s messages? Can we keep talking here?',
  'question.ship-equipment-elsewhere':
    'Why should the equipment go to another address than yours, and who lives there?',
  'question.account-switch-request': 'Whose account would you work from, and why not your own?',
  'question.identity-rental-request': 'Whose name and documents would the work run under, and why not yours?',
  'question.avoids-video': 'Can we have a video call with cameras on this week?',
  'question.prepayment-pressure':
    'Will you work to milestones paid through the platform after delivery, instead of up front?',
  'question.remote-access-request': 'Why do you need remote access to a computer, and whose computer is it?',
  'question.recommends-more-workers':
    'Who are the people you recommend, and can I interview each of them on video myself?',
  'question.recycled-photo':
    'Your photo also appears on a profile under another name; can we have a video call with cameras on?',
  'question.duplicate-text':
    'Your profile text also appears on a profile under another name; who wrote it, and do you know that person?',
  'question.shared-contact': 'A contact on your profile also appears on a profile under another name; whose is it?',
  'question.shared-reviewer-burst':
    'A client who reviewed you rated many freelancers within a month; how did you meet that client?',
  'question.profile-changed': 'Your profile changed since I last looked; what changed, and why?',

  // The plain-text summary (lib/summary.ts).
  'summary.head': 'Red Flag Radar: {name} on {site}',
  'summary.checked': 'Checked on {date}. {level}.',
  'summary.flags': 'Red flags',
  'summary.notes': 'Notes (not red flags)',
  'summary.dismissed': 'Dismissed by you',
  'summary.yourNotes': 'Your notes',
  'summary.questions': 'Questions to ask in the interview',
  'summary.evidence': 'Evidence',
  'summary.source': 'Source',
  'summary.next': 'Next step',
  'summary.disclaimer': 'A red flag is not proof. It is a reason to verify.',

  // The panel's actions (components/PanelActions.tsx).
  'panel.actions': 'What you can do',
  'panel.copySummary': 'Copy a summary',
  'panel.summaryCopied': 'Summary copied. Paste it into an e-mail or a chat.',
  'panel.copyFailed': 'Could not copy. Select the text below and copy it.',
  'panel.questions': 'Questions to ask in the interview',
  'panel.copyQuestions': 'Copy the questions',
  'panel.questionsCopied': 'Questions copied.',
  'panel.note': 'Your note on this profile',
  'panel.addNote': 'Add a note',
  'panel.saveNote': 'Save the note',
  'panel.noteSaved': 'Note saved.',
  'panel.saveFailed': 'Not saved; nothing was changed. Try again, or use the history page.',
  'panel.dismissOpen': 'Dismiss…',
  'panel.dismissReason': 'Why dismiss “{title}”?',
  'panel.dismiss': 'Dismiss',
  'panel.dismissed': 'Dismissed: “{title}”.',
  'panel.restore': 'Restore',
  'panel.verify': 'I verified this person: mark as trusted…',
  'panel.unverify': 'Remove the trusted mark',
  'panel.verified': 'Marked as trusted.',
  'panel.unverified': 'Trusted mark removed.',
  // The form that asks why, before a person is marked as trusted (components/TrustReasonForm.tsx; the history too).
  'panel.trustReason': 'How did you verify this person?',
  'panel.trustPlaceholder':
    'For example: video call with the camera on, the face matched the photo; checked a government ID; spoke with two past clients',
  'panel.trustSave': 'Mark as trusted',
  'panel.openHistory': 'Open in history',
  'panel.notRemembered': 'This profile is not in your history, so notes and marks cannot be saved.',
  'panel.report': 'Report it',
  'panel.reportAnyway': 'Report this profile for another reason',
  'panel.reportPlatform': 'Report this profile to {site}',
  'panel.reportIc3': 'Report to the FBI’s Internet Crime Complaint Center (IC3)',
  'panel.reportHint': 'Both forms ask what happened: paste the evidence.',
  'panel.copyEvidence': 'Copy the evidence to paste',
  'panel.evidenceCopied': 'Evidence copied.',
} as const;
