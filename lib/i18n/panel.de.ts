/** The German of panel.ts (panelEn): the same keys, in a module of its own so that a page can load one language. */
import type { panelEn } from './panel';

export const panelDe: Record<keyof typeof panelEn, string> = {
  'verdict.location-timezone-mismatch': 'Ort und Zeitzone passen nicht zusammen',
  'verdict.location-timezone-mismatch.offset': 'Ort laut Profil {place}, aber Zeitzone {offset}',
  'verdict.location-timezone-mismatch.zone': 'Ort laut Profil {place}, aber Zeitzone von {countries}',
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
  'panel.verify': 'Ich habe die Person geprüft: als vertrauenswürdig markieren…',
  'panel.unverify': 'Markierung „vertrauenswürdig“ entfernen',
  'panel.verified': 'Als vertrauenswürdig markiert.',
  'panel.unverified': 'Markierung „vertrauenswürdig“ entfernt.',
  'panel.trustReason': 'Wie haben Sie diese Person geprüft?',
  'panel.trustPlaceholder':
    'Zum Beispiel: Videogespräch mit Kamera, das Gesicht passte zum Foto; amtlichen Ausweis geprüft; mit zwei früheren Auftraggebern gesprochen',
  'panel.trustSave': 'Als vertrauenswürdig markieren',
  'panel.openHistory': 'Im Verlauf öffnen',
  'panel.notRemembered':
    'Dieses Profil ist nicht in Ihrem Verlauf; Notizen und Markierungen können nicht gespeichert werden.',
  'panel.report': 'Melden',
  'panel.reportAnyway': 'Dieses Profil aus einem anderen Grund melden',
  'panel.reportPlatform': 'Dieses Profil bei {site} melden',
  'panel.reportIc3': 'Beim Internet Crime Complaint Center des FBI (IC3) melden',
  'panel.reportHint': 'Beide Formulare fragen, was geschehen ist: Fügen Sie die Belege ein.',
  'panel.copyEvidence': 'Belege zum Einfügen kopieren',
  'panel.evidenceCopied': 'Belege kopiert.',
};
