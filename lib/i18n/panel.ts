/**
 * The panel's own texts, in both languages: the one-line verdict (lib/verdict.ts), the interview questions
 * (lib/interview.ts), the plain-text summary (lib/summary.ts) and the panel's actions (components/PanelActions.tsx).
 * Spread into en.ts and de.ts, so they are catalogue keys like any other.
 */
export const panelEn = {
  // One phrase per rule for the verdict line, lower case: they are joined with "; " and the first is capitalised.
  'verdict.location-timezone-mismatch': 'location and time zone disagree',
  'verdict.location-timezone-mismatch.offset': 'claims {place}, keeps {offset} time',
  'verdict.location-timezone-mismatch.zone': 'claims {place}, keeps the time of {countries}',
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
  'verdict.none': 'No red flags on this page.',
  'verdict.noneInMessage': 'No red flags in this message.',
  'verdict.notesOnly': 'No red flags, only notes to read.',
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
  'panel.verify': 'I verified this person: mark as trusted',
  'panel.unverify': 'Remove the trusted mark',
  'panel.verified': 'Marked as trusted.',
  'panel.openHistory': 'Open in history',
  'panel.notRemembered': 'This profile is not in your history, so notes and marks cannot be saved.',
  'panel.report': 'Report it',
  'panel.reportPlatform': 'Report this profile to {site}',
  'panel.reportIc3': 'Report to the FBI’s Internet Crime Complaint Center (IC3)',
  'panel.reportHint': 'Both forms ask what happened: paste the evidence.',
  'panel.copyEvidence': 'Copy the evidence to paste',
  'panel.evidenceCopied': 'Evidence copied.',
} as const;

export const panelDe: Record<keyof typeof panelEn, string> = {
  'verdict.location-timezone-mismatch': 'Ort und Zeitzone passen nicht zusammen',
  'verdict.location-timezone-mismatch.offset': 'gibt als Ort {place} an, hat aber die Zeitzone {offset}',
  'verdict.location-timezone-mismatch.zone': 'gibt als Ort {place} an, hat aber die Zeitzone von {countries}',
  'verdict.new-account': 'ein neues Konto',
  'verdict.new-account.days': 'Konto erst {count} Tage alt',
  'verdict.new-account.days.one': 'Konto erst {count} Tag alt',
  'verdict.thin-history': 'behauptet weit mehr, als die Historie zeigt',
  'verdict.review-burst': 'Bestnoten auf dünner Grundlage',
  'verdict.no-photo': 'kein Foto',
  'verdict.unverified-identity': 'Identität von der Plattform nicht bestätigt',
  'verdict.off-platform-contact-in-profile': 'nennt Kontakt außerhalb der Plattform',
  'verdict.off-platform-contact-in-profile.channels': 'nennt Kontakt über {channels}',
  'verdict.crypto-payment-in-profile': 'nimmt Zahlung in Kryptowährung an',
  'verdict.free-hosting-portfolio': 'Portfolio nur auf Gratis-Hosting',
  'verdict.very-broad-skills': 'sehr breite Liste von Fähigkeiten',
  'verdict.crypto-payment-request': 'bittet um Zahlung in Kryptowährung',
  'verdict.alt-payment-request': 'will außerhalb der Plattform bezahlt werden',
  'verdict.move-off-platform': 'lädt Sie von der Plattform weg',
  'verdict.ship-equipment-elsewhere': 'bittet, Geräte an eine andere Adresse zu schicken',
  'verdict.account-switch-request': 'bittet, von einem anderen Konto aus zu arbeiten',
  'verdict.identity-rental-request': 'bietet oder sucht eine geliehene Identität',
  'verdict.avoids-video': 'meidet Videoanrufe',
  'verdict.prepayment-pressure': 'bittet um Vorauszahlung',
  'verdict.remote-access-request': 'will Fernzugriff',
  'verdict.recommends-more-workers': 'bietet weitere Arbeitskräfte an',
  'verdict.recycled-photo': 'Foto unter anderem Namen gesehen',
  'verdict.duplicate-text': 'Text unter anderem Namen gesehen',
  'verdict.shared-contact': 'Kontakt unter anderem Namen gesehen',
  'verdict.shared-reviewer-burst': 'bewertet von einem Kunden, der viele auf einmal bewertet',
  'verdict.profile-changed': 'seit Ihrem letzten Besuch geändert',
  'verdict.none': 'Keine Warnsignale auf dieser Seite.',
  'verdict.noneInMessage': 'Keine Warnsignale in dieser Nachricht.',
  'verdict.notesOnly': 'Keine Warnsignale, nur Hinweise zum Lesen.',
  'contact.email': 'E-Mail',
  'contact.phone': 'Telefon',

  'question.location-timezone-mismatch':
    'Ort und Zeitzone in Ihrem Profil passen nicht zusammen; zu welchen Zeiten arbeiten Sie üblicherweise, und wo sind Sie gerade?',
  'question.location-timezone-mismatch.place':
    'Sie geben {place} an; zu welchen Zeiten arbeiten Sie üblicherweise, und wo sind Sie gerade?',
  'question.new-account':
    'Ihr Konto hier ist neu; wo haben Sie vorher gearbeitet, und kann ich dieses Profil sehen oder diese Kunden kontaktieren?',
  'question.thin-history':
    'Ihr Profil zeigt bisher wenig Arbeit; welche früheren Kunden oder Arbeitgeber kann ich selbst kontaktieren?',
  'question.review-burst': 'Wer sind die Kunden hinter Ihren Bewertungen, und kann ich mit einem von ihnen sprechen?',
  'question.no-photo': 'Können wir vor dem Start kurz per Video sprechen, mit eingeschalteten Kameras?',
  'question.unverified-identity':
    'Die Plattform hat Ihre Identität nicht bestätigt; schließen Sie deren Identitätsprüfung vor dem Start ab?',
  'question.off-platform-contact-in-profile':
    'Ihr Profil bittet um Kontakt außerhalb der Plattform; können wir alle Nachrichten und Zahlungen auf der Plattform lassen?',
  'question.off-platform-contact-in-profile.channels':
    'Ihr Profil bittet um Kontakt über {channels}; können wir alle Nachrichten und Zahlungen auf der Plattform lassen?',
  'question.crypto-payment-in-profile':
    'Sie nehmen Zahlungen in Kryptowährung an; akzeptieren Sie die Zahlung über die Plattform oder auf ein Bankkonto auf Ihren Namen?',
  'question.free-hosting-portfolio':
    'Ihr Portfolio liegt auf Gratis-Hosting; können Sie mir Arbeit zeigen, die ich prüfen kann, etwa die Website eines Kunden oder ein Repository mit seiner Historie?',
  'question.very-broad-skills':
    'Welche zwei Ihrer angegebenen Fähigkeiten haben Sie im letzten Jahr am meisten genutzt, und in welchem Projekt?',
  'question.crypto-payment-request':
    'Sie möchten in Kryptowährung bezahlt werden; akzeptieren Sie die Zahlung über die Plattform oder auf ein Bankkonto auf Ihren Namen?',
  'question.alt-payment-request':
    'Warum soll die Zahlung außerhalb der Plattform laufen? Akzeptieren Sie die Zahlung über die Plattform?',
  'question.move-off-platform':
    'Warum möchten Sie die Nachrichten der Plattform verlassen? Können wir hier weiterschreiben?',
  'question.ship-equipment-elsewhere':
    'Warum sollen die Geräte an eine andere Adresse als Ihre gehen, und wer wohnt dort?',
  'question.account-switch-request': 'Von wessen Konto aus würden Sie arbeiten, und warum nicht von Ihrem eigenen?',
  'question.identity-rental-request':
    'Unter wessen Namen und Dokumenten liefe die Arbeit, und warum nicht unter Ihren?',
  'question.avoids-video': 'Können wir diese Woche per Video sprechen, mit eingeschalteten Kameras?',
  'question.prepayment-pressure':
    'Arbeiten Sie mit Meilensteinen, die nach Lieferung über die Plattform bezahlt werden, statt im Voraus?',
  'question.remote-access-request': 'Wozu brauchen Sie Fernzugriff auf einen Computer, und wem gehört er?',
  'question.recommends-more-workers':
    'Wer sind die Personen, die Sie empfehlen, und kann ich jede selbst per Video interviewen?',
  'question.recycled-photo':
    'Ihr Foto erscheint auch in einem Profil unter anderem Namen; können wir per Video mit eingeschalteten Kameras sprechen?',
  'question.duplicate-text':
    'Ihr Profiltext erscheint auch in einem Profil unter anderem Namen; wer hat ihn geschrieben, und kennen Sie diese Person?',
  'question.shared-contact':
    'Ein Kontakt aus Ihrem Profil erscheint auch in einem Profil unter anderem Namen; wem gehört er?',
  'question.shared-reviewer-burst':
    'Ein Kunde, der Sie bewertet hat, hat in einem Monat viele Freelancer bewertet; wie haben Sie diesen Kunden kennengelernt?',
  'question.profile-changed': 'Ihr Profil hat sich seit meinem letzten Besuch geändert; was und warum?',

  'summary.head': 'Red Flag Radar: {name} auf {site}',
  'summary.checked': 'Geprüft am {date}. {level}.',
  'summary.flags': 'Warnsignale',
  'summary.notes': 'Hinweise (keine Warnsignale)',
  'summary.dismissed': 'Von Ihnen verworfen',
  'summary.yourNotes': 'Ihre Notizen',
  'summary.questions': 'Fragen für das Gespräch',
  'summary.evidence': 'Beleg',
  'summary.source': 'Quelle',
  'summary.next': 'Was zu tun ist',
  'summary.disclaimer': 'Ein Warnsignal ist kein Beweis, sondern ein Grund zu prüfen.',

  'panel.actions': 'Was Sie tun können',
  'panel.copySummary': 'Zusammenfassung kopieren',
  'panel.summaryCopied': 'Zusammenfassung kopiert. Fügen Sie sie in eine E-Mail oder einen Chat ein.',
  'panel.copyFailed': 'Kopieren ging nicht. Markieren Sie den Text unten und kopieren Sie ihn.',
  'panel.questions': 'Fragen für das Gespräch',
  'panel.copyQuestions': 'Fragen kopieren',
  'panel.questionsCopied': 'Fragen kopiert.',
  'panel.note': 'Ihre Notiz zu diesem Profil',
  'panel.addNote': 'Notiz hinzufügen',
  'panel.saveNote': 'Notiz speichern',
  'panel.noteSaved': 'Notiz gespeichert.',
  'panel.saveFailed': 'Nicht gespeichert; es wurde nichts geändert. Versuchen Sie es erneut oder im Verlauf.',
  'panel.dismissOpen': 'Verwerfen…',
  'panel.dismissReason': 'Warum „{title}“ verwerfen?',
  'panel.dismiss': 'Verwerfen',
  'panel.dismissed': 'Verworfen: „{title}“.',
  'panel.restore': 'Wiederherstellen',
  'panel.verify': 'Ich habe die Person geprüft: als vertrauenswürdig markieren',
  'panel.unverify': 'Markierung „vertrauenswürdig“ entfernen',
  'panel.verified': 'Als vertrauenswürdig markiert.',
  'panel.openHistory': 'Im Verlauf öffnen',
  'panel.notRemembered':
    'Dieses Profil ist nicht in Ihrem Verlauf; Notizen und Markierungen können nicht gespeichert werden.',
  'panel.report': 'Melden',
  'panel.reportPlatform': 'Dieses Profil bei {site} melden',
  'panel.reportIc3': 'Beim Internet Crime Complaint Center des FBI (IC3) melden',
  'panel.reportHint': 'Beide Formulare fragen, was geschehen ist: Fügen Sie die Belege ein.',
  'panel.copyEvidence': 'Belege zum Einfügen kopieren',
  'panel.evidenceCopied': 'Belege kopiert.',
};
