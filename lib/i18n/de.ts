/**
 * Deutsche Texte (gleiche Schlüssel wie en.ts; der Typ verlangt jeden Schlüssel, tests/i18n.test.ts prüft
 * zusätzlich die Platzhalter). Wortwahl: „entspricht einem Warnsignal“, nie „ist Betrug“.
 */
import type { MessageKey } from './en';
import { evidenceDe } from './evidence-words.de';
import { teamEvidenceDe } from './team-evidence.de';
import { panelDe } from './panel.de';

export const de: Record<MessageKey, string> = {
  'advice.video':
    'Führen Sie ein Videointerview mit eingeschalteter Kamera; vergleichen Sie das Gesicht mit dem Profilfoto; bitten Sie die Person, eine Hand vor dem Gesicht zu bewegen und die Umgebung zu zeigen.',
  'advice.documents': 'Prüfen Sie Ausweisdokumente und versenden Sie Geräte nur an die darin genannte Adresse.',
  'advice.references': 'Prüfen Sie Arbeitgeber und Ausbildung direkt, mit Kontaktdaten, die Sie selbst recherchieren.',
  'advice.consistency':
    'Prüfen Sie, ob Name, Ort, Kontaktdaten und Werdegang in allen Profilen, Portfolios und Zahlungskonten übereinstimmen.',
  'advice.payment': 'Zahlen Sie nur auf ein Bankkonto auf den Namen der Person; zahlen Sie nicht in Kryptowährung.',
  'advice.platform': 'Halten Sie Kommunikation und Zahlung auf der Plattform.',
  'advice.report': 'Melden Sie Verdachtsfälle dem FBI (tips.fbi.gov) oder Ihrer nationalen Behörde.',

  'rule.location-timezone-mismatch.title': 'Angegebener Ort passt nicht zur Zeitzone des Profils',
  'rule.location-timezone-mismatch.title.utc':
    'Zeitzone steht auf UTC, womöglich eine Voreinstellung: Ort und Zeitzone ließen sich nicht vergleichen',
  'rule.location-timezone-mismatch.advice':
    'Fragen Sie, von wo und zu welchen Zeiten gearbeitet wird; bestätigen Sie es im Videogespräch und anhand der Ausweisdokumente.',
  'rule.new-account.title': 'Neu angelegtes Konto',
  'rule.new-account.advice':
    'Prüfen Sie neue Konten besonders: Identität und Referenzen klären, bevor Sie Zugang gewähren oder zahlen.',
  'rule.thin-history.title': 'Angaben gehen weit über die sichtbare Historie hinaus',
  'rule.thin-history.advice':
    'Verlangen Sie überprüfbare Referenzen und Arbeiten; prüfen Sie frühere Arbeitgeber mit selbst recherchierten Kontaktdaten.',
  'rule.review-burst.title': 'Bestbewertungen, die auf wenigen oder dicht gedrängten Bewertungen beruhen',
  'rule.review-burst.advice':
    'Lesen Sie die Bewertungen und prüfen Sie die Auftraggeber dahinter; fragen Sie nach Referenzen außerhalb der Plattform.',
  'rule.no-photo.title': 'Kein Profilfoto',
  'rule.no-photo.advice': 'Bestehen Sie auf einem Videointerview mit eingeschalteter Kamera.',
  'rule.recycled-photo.title': 'Dasselbe Foto wurde bei einem Profil unter anderem Namen gesehen',
  'rule.recycled-photo.advice':
    'Vergleichen Sie beide Profile und fragen Sie im Videogespräch mit eingeschalteter Kamera nach dem anderen. Prüfen Sie das Foto mit einer umgekehrten Bildersuche (Schaltflächen unten).',
  'rule.duplicate-text.title': 'Fast gleicher Text wurde bei einem Profil unter anderem Namen gesehen',
  'rule.duplicate-text.advice':
    'Vergleichen Sie beide Profile. Kopierte Texte über mehrere Konten deuten auf ein Team hinter mehreren Identitäten: Sprechen Sie es im Videogespräch an.',
  'rule.shared-contact.title': 'Ein Kontakt oder Link dieses Profils wurde unter anderem Namen gesehen',
  'rule.shared-contact.advice':
    'Öffnen Sie das andere Profil. Fragen Sie, wem der gemeinsame Kontakt oder Link gehört, und prüfen Sie die Identität im Videogespräch mit Kamera.',
  'rule.shared-reviewer-burst.title':
    'Ein Auftraggeber hat dieses Profil und mehrere andere innerhalb eines Monats bestens bewertet',
  'rule.shared-reviewer-burst.advice':
    'Lesen Sie die Bewertungen kritisch. Lassen Sie sich Referenzen nennen, die Sie selbst anrufen können.',
  'rule.profile-changed.title': 'Das Profil hat sich seit Ihrem letzten Besuch geändert',
  'rule.profile-changed.advice':
    'Fragen Sie, warum sich Land, Zeitzone, Name oder Foto geändert haben. Prüfen Sie die neuen Angaben anhand von Dokumenten und im Videogespräch.',
  'rule.unverified-identity.title': 'Die Plattform zeigt fehlende Verifizierungen',
  'rule.unverified-identity.advice': 'Prüfen Sie Ausweisdokumente selbst, bevor Sie beauftragen.',
  'rule.off-platform-contact-in-profile.title': 'Profil lädt zum Kontakt außerhalb der Plattform ein',
  'rule.off-platform-contact-in-profile.advice':
    'Bleiben Sie mit der Kommunikation auf der Plattform, besonders vor einem Vertrag.',
  'rule.crypto-payment-in-profile.title': 'Profil bietet Bezahlung in Kryptowährung an',
  'rule.crypto-payment-in-profile.advice':
    'Zahlen Sie nicht in Kryptowährung; nur auf ein Bankkonto auf den Namen der Person.',
  'rule.free-hosting-portfolio.title': 'Portfolio nur auf kostenlosem One-Page-Hosting',
  'rule.free-hosting-portfolio.advice':
    'Verlangen Sie überprüfbare Arbeiten: einen erreichbaren Auftraggeber, eine Firmenseite, ein Repository mit Historie.',
  'rule.very-broad-skills.title': 'Ungewöhnlich breite Liste von Fähigkeiten aus vielen Gebieten',
  'rule.very-broad-skills.advice': 'Prüfen Sie die benötigten Fähigkeiten in einem technischen Gespräch per Video.',
  'rule.crypto-payment-request.title': 'Bittet um Bezahlung in Kryptowährung',
  'rule.crypto-payment-request.advice':
    'Zahlen Sie nicht in Kryptowährung; nur über die Plattform auf ein Bankkonto auf den Namen der Person.',
  'rule.alt-payment-request.title': 'Bittet um Zahlung anders als auf das eigene Bankkonto',
  'rule.alt-payment-request.advice':
    'Zahlen Sie nur auf ein Bankkonto auf den Namen der Person; nie mit Gutscheinen oder auf Konten Dritter.',
  'rule.move-off-platform.title': 'Möchte das Gespräch außerhalb der Plattform fortsetzen',
  'rule.move-off-platform.advice':
    'Bleiben Sie mit Kommunikation und Zahlung auf der Plattform, mindestens bis die Identität geprüft ist.',
  'rule.ship-equipment-elsewhere.title': 'Bittet um Versand von Geräten an eine andere Adresse',
  'rule.ship-equipment-elsewhere.advice':
    'Versenden Sie Geräte nur an die Adresse aus den geprüften Ausweisdokumenten.',
  'rule.account-switch-request.title': 'Will über ein anderes Konto oder einen anderen Namen arbeiten',
  'rule.account-switch-request.advice':
    'Schließen Sie Verträge nur mit dem geprüften Konto und der Person aus dem Interview; kein Kontowechsel.',
  'rule.identity-rental-request.title': 'Will eine Identität oder ein Konto leihen oder mieten',
  'rule.identity-rental-request.advice':
    'Verleihen Sie nie Ausweise, persönliche Daten oder Konten; melden Sie die Anfrage der Plattform.',
  'rule.avoids-video.title': 'Weicht Videoanrufen aus',
  'rule.avoids-video.advice':
    'Bestehen Sie vor der Beauftragung auf einem Live-Videointerview mit Kamera; vergleichen Sie das Gesicht mit dem Profilfoto.',
  'rule.prepayment-pressure.title': 'Bittet um Zahlung vor der Lieferung',
  'rule.prepayment-pressure.advice': 'Zahlen Sie über Meilensteine oder Treuhand der Plattform, nicht vorab außerhalb.',
  'rule.remote-access-request.title': 'Bittet um Fernzugriff auf den Rechner',
  'rule.remote-access-request.advice':
    'Installieren Sie für Auftragnehmer keine Fernwartungssoftware und geben Sie keinen Fernzugriff auf Ihre Systeme.',
  'rule.recommends-more-workers.title': 'Bietet weitere Arbeitskräfte an',
  'rule.recommends-more-workers.advice':
    'Prüfen Sie jede weitere Person einzeln, mit Identitätsprüfung und Videointerview.',

  'evidence.location': 'Angegebener Ort: {location}',
  'evidence.timezone': 'Zeitzone im Profil: {timezone}',
  'evidence.countryZones': '{country}: Zeitzonen {offsets}',
  'evidence.timezoneCountries': '{zone} gilt in: {countries}',
  'evidence.timezoneSetting': 'Zeitzonen-Einstellung in den Daten der Seite: {timezone}',
  'evidence.localTimeUtc':
    'Die Seite zeigt „{time} local time“: Bei dieser Prüfung ist das die Zeit in UTC, aus dieser Einstellung berechnet, nicht die Zeit am angegebenen Ort',
  'evidence.localTimeOther':
    'Die Seite zeigt „{time} local time“: Das passt bei dieser Prüfung weder zu UTC noch zu einer Zeitzone des Landes {country} (etwa bei einer gespeicherten oder länger geöffneten Seite) und wurde daher nicht verwendet',
  'evidence.utcDefault': 'Reines UTC ist oft die Voreinstellung der Plattform, keine Wahl',
  'evidence.memberSince': 'Mitglied seit {date} ({count} Tage vor dem {now})',
  'evidence.claimsRate': 'Stundensatz {rate}',
  'evidence.claimsYears': 'Angabe „{text}“',
  'evidence.claimsTitle': 'Im Titel steht „{text}“',
  'evidence.jobSuccess': 'Job-Erfolg {value} %',
  'evidence.history': 'Sichtbare Historie: {jobs}, {hours}, {reviews}',
  'evidence.reviewBurst':
    '{count} von {total} Bestbewertungen zwischen {from} und {to}, innerhalb von {days} nach der Anmeldung',
  'evidence.perfectFew': 'Durchschnitt {rating} bei {count} Bewertungen',
  'evidence.perfectFew.one': 'Durchschnitt {rating} bei {count} Bewertung',
  'evidence.noPhoto': 'Das Profil zeigt kein Foto',
  'evidence.sameText':
    'Fast gleicher Text bei „{name}“ ({site}, {url}), gesehen am {date}; {score} % der Formulierungen gleich',
  'evidence.passage': 'Hier: „{mine}“ — dort: „{theirs}“',
  'evidence.sharedContact': '{contact} steht auch bei „{name}“ ({site}, {url}), gesehen am {date}',
  'evidence.sharedContactFirst':
    '{contact} stand zuerst bei „{name}“ ({site}, {url}), gesehen am {date}; dieses Profil zeigt es ebenfalls',
  'evidence.reviewerBurst': 'Auftraggeber „{client}“ hat dieses Profil am {date} bestens bewertet, außerdem: {others}',
  'evidence.changed': '{field}: {before} → {now} (seit Ihrem Besuch am {date})',
  'evidence.photoChanged': 'Das Foto ist nicht das bei Ihrem Besuch am {date} gesehene',
  'field.country': 'Land',
  'field.timezone': 'Zeitzone',
  'field.name': 'Name',
  'evidence.samePhoto': 'Dasselbe Foto wie bei „{name}“ auf {site} ({url}), gesehen am {date}; Ähnlichkeit {score} %',
  'evidence.samePhotoNoName': 'Dasselbe Foto wie auf {site} ({url}), gesehen am {date}; Ähnlichkeit {score} %',
  'photo.this': 'Foto dieses Profils ({name})',
  'photo.other': 'Das bei {name} gesehene Foto',
  'photo.alsoSeen': 'Unter demselben Namen auch auf {site} gesehen: {url}',
  'photo.search': 'Foto mit einer umgekehrten Bildersuche prüfen',
  'photo.searchNote':
    'Öffnet die Suchseite in einem neuen Tab und übergibt ihr die Adresse des Fotos – nur wenn Sie klicken.',
  'evidence.notVerified': '{what}: nicht verifiziert',
  'evidence.contact': '{kind}: „{value}“',
  'evidence.sentence': '„{text}“',
  'evidence.sentenceWords': '„{text}“ — erkannt an den Wörtern: {words}',
  'evidence.quotedWord': '„{word}“',
  'evidence.readAs': '„{shown}“ wird als {word} gelesen.',
  'evidence.basis.disguised':
    'Warnsignal: ein Name ist so geschrieben, dass der Nachrichtenfilter des Marktplatzes ihn übersieht.',
  'evidence.basis.sentences': 'Warnsignal: mehr als ein Satz der Nachricht bittet darum.',
  'evidence.basis.writer': 'Warnsignal: die schreibende Person bittet Sie, sie dort zu kontaktieren („{word}“).',
  'evidence.basis.corroborated': 'Warnsignal: dieselbe Nachricht bittet noch um etwas anderes Riskantes ({other}).',
  'evidence.basis.contact': 'Warnsignal: der Satz nennt einen Kontakt außerhalb der Plattform.',
  'evidence.basis.wallet': 'Warnsignal: die Nachricht nennt eine Wallet-Adresse.',
  'evidence.basis.share': 'Warnsignal: die Nachricht nennt einen Betrag oder einen Anteil an der Bezahlung.',
  'evidence.basis.account':
    'Warnsignal: der Satz nennt Ihr Konto auf einem Marktplatz als das, was genutzt werden soll.',
  'evidence.basis.heir': 'Warnsignal: der Satz bittet Sie, fremdes Geld auf Ihr Konto oder als Erbe zu empfangen.',
  'evidence.basis.discount': 'Warnsignal: der Satz bietet Ihnen einen Rabatt, wenn Sie in Kryptowährung zahlen.',
  'evidence.basis.payee': 'Warnsignal: der Satz nennt das Konto, auf das gezahlt werden soll.',
  'evidence.basis.condition': 'Warnsignal: der Satz macht die Zahlung vor der Arbeit zur Bedingung.',
  'evidence.basis.sum': 'Warnsignal: der Satz nennt den Betrag oder Anteil, der vor der Arbeit zu zahlen ist.',
  'evidence.basis.outside': 'Warnsignal: der Satz verlangt, die Zahlung am Marktplatz vorbei abzuwickeln.',
  'evidence.basis.recipient':
    'Warnsignal: der Satz nennt den Arbeitscomputer und eine andere Person oder einen Weiterleitungsdienst, die ihn annehmen sollen.',
  'evidence.basis.switch':
    'Warnsignal: der Satz bittet Sie, die schreibende Person über ein anderes Konto zu beauftragen oder zu bezahlen.',
  'evidence.basis.access':
    'Warnsignal: der Satz fragt nach der ID, dem Code oder dem Passwort, mit denen jemand auf Ihren Computer kommt.',
  'evidence.basis.weak.contact':
    'Nur ein Hinweis: ein einzelner Satz, ohne Kontakt außerhalb der Plattform darin und ohne zweite Bitte daneben. Lesen Sie die Nachricht noch einmal und fragen Sie nach, bevor Sie danach handeln.',
  'evidence.basis.weak.wallet':
    'Nur ein Hinweis: ein einzelner Satz, ohne gültige Wallet-Adresse in der Nachricht und ohne zweite Bitte daneben. Lesen Sie die Nachricht noch einmal und fragen Sie nach, bevor Sie danach handeln.',
  'evidence.basis.weak.share':
    'Nur ein Hinweis: ein einzelner Satz, ohne genannten Betrag oder Anteil und ohne zweite Bitte daneben. Lesen Sie die Nachricht noch einmal und fragen Sie nach, bevor Sie danach handeln.',
  'evidence.basis.weak.access':
    'Nur ein Hinweis: ein einzelner Satz, der nach keinem Zugangscode und keinem Passwort fragt, ohne zweite Bitte daneben. Lesen Sie die Nachricht noch einmal und fragen Sie nach, bevor Sie danach handeln.',
  'evidence.basis.weak.payee':
    'Nur ein Hinweis: ein einzelner Satz, ohne genanntes Konto für die Zahlung und ohne zweite Bitte daneben. Lesen Sie die Nachricht noch einmal und fragen Sie nach, bevor Sie danach handeln.',
  'evidence.basis.weak.sum':
    'Nur ein Hinweis: ein einzelner Satz, der nicht selbst einen Betrag oder Anteil vor der Arbeit verlangt oder die Zahlung vorab zur Bedingung macht (keiner genannt, oder nur danach gefragt oder als üblich beschrieben), ohne zweite Bitte daneben. Lesen Sie die Nachricht noch einmal und fragen Sie nach, bevor Sie danach handeln.',
  'evidence.basis.weak.recipient':
    'Nur ein Hinweis: ein einzelner Satz, der nicht zugleich den Arbeitscomputer und eine andere Person nennt, die ihn annehmen soll, ohne zweite Bitte daneben. Lesen Sie die Nachricht noch einmal und fragen Sie nach, bevor Sie danach handeln.',
  'evidence.basis.weak.switch':
    'Nur ein Hinweis: ein einzelner Satz, der nicht selbst bittet, die Person über ein anderes Konto zu beauftragen oder zu bezahlen, ohne zweite Bitte daneben. Lesen Sie die Nachricht noch einmal und fragen Sie nach, bevor Sie danach handeln.',
  'evidence.basis.weak.none':
    'Nur ein Hinweis: ein einzelner Satz, ohne zweite Bitte daneben. Lesen Sie die Nachricht noch einmal und fragen Sie nach, bevor Sie danach handeln.',
  'evidence.basis.given':
    'Nur ein Hinweis: ein Kontakt außerhalb der Plattform wird genannt, aber nichts in der Nachricht bittet Sie, ihn zu nutzen.',
  'evidence.basis.question': 'Nur ein Hinweis: die Nachricht fragt, ob Sie es nutzen, sie bittet noch nicht darum.',
  'evidence.basis.unnamed':
    'Nur ein Hinweis: die Nachricht bittet um ein privates Gespräch oder um Ihre Kontaktdaten, nennt aber keinen Kanal außerhalb der Plattform. Fragen Sie nach, wo, und bleiben Sie mit dem Gespräch auf der Plattform.',
  'evidence.wallet': 'Adresse ({kind}): {value}',
  'evidence.links': 'Links: {links}',
  'evidence.skills': '{count} Fähigkeiten aus {fields} Gebieten: {list}',

  'verify.identity': 'Identität',
  'verify.payment': 'Zahlungsmethode',
  'verify.phone': 'Telefon',
  'verify.email': 'E-Mail',

  'risk.none': 'Keine Warnsignale',
  'risk.low': 'Niedrig',
  'risk.medium': 'Mittel',
  'risk.high': 'Hoch',

  'unchecked.because.location-timezone-mismatch':
    'Diese Seite zeigt weder Land noch Zeitzone, daher konnte der angegebene Ort nicht mit den Arbeitszeiten verglichen werden',
  'unchecked.because.location-timezone-mismatch.timezone':
    'Diese Seite zeigt den Ort, aber keine Zeitzone, daher konnte der Ort nicht mit den Arbeitszeiten verglichen werden',
  'unchecked.because.location-timezone-mismatch.location.country':
    'Diese Seite zeigt eine Zeitzone, aber kein Land, daher konnte beides nicht verglichen werden',
  'unchecked.because.new-account':
    'Diese Seite zeigt nicht, wann das Konto angelegt wurde, daher konnte sein Alter nicht geprüft werden',
  'unchecked.because.thin-history':
    'Diese Seite zeigt keine Auftragshistorie (Aufträge, Stunden, Bewertungen), daher konnten die Angaben nicht damit verglichen werden',
  'unchecked.because.review-burst':
    'Diese Seite zeigt den Verlauf der Bewertungen nicht, daher konnte nicht nach gehäuften Bestbewertungen gesucht werden',
  'unchecked.because.no-photo': 'Das Profilfoto konnte nicht geprüft werden',
  'unchecked.because.unverified-identity':
    'Diese Seite zeigt nicht, was die Plattform verifiziert hat (Identität, Zahlung, Telefon)',
  'unchecked.because.off-platform-contact-in-profile':
    'Das Profil hat keine Beschreibung, in der nach Messenger-Namen oder privaten Kontaktdaten gesucht werden könnte',
  'unchecked.because.crypto-payment-in-profile':
    'Das Profil hat keine Beschreibung, in der nach Zahlung in Kryptowährung gesucht werden könnte',
  'unchecked.because.free-hosting-portfolio':
    'Das Profil zeigt keine Portfolio- oder Website-Links, daher konnte ihr Hosting nicht geprüft werden',
  'unchecked.because.very-broad-skills':
    'Das Profil nennt keine Fähigkeiten, daher konnte ihre Breite nicht geprüft werden',
  'unchecked.notRead.location-timezone-mismatch':
    'Land oder Zeitzone wurde auf dieser Seite nicht gelesen, daher konnte der angegebene Ort nicht mit den Arbeitszeiten verglichen werden',
  'unchecked.notRead.location-timezone-mismatch.timezone':
    'Die Zeitzone wurde auf dieser Seite nicht gelesen, daher konnte der Ort nicht mit den Arbeitszeiten verglichen werden',
  'unchecked.notRead.location-timezone-mismatch.location.country':
    'Das Land wurde auf dieser Seite nicht gelesen, daher konnte es nicht mit der Zeitzone verglichen werden',
  'unchecked.notRead.new-account':
    'Wann das Konto angelegt wurde, wurde auf dieser Seite nicht gelesen, daher konnte sein Alter nicht geprüft werden',
  'unchecked.notRead.thin-history':
    'Die Auftragshistorie (Aufträge, Stunden, Bewertungen) wurde auf dieser Seite nicht gelesen, daher konnten die Angaben nicht damit verglichen werden',
  'unchecked.notRead.review-burst':
    'Der Verlauf der Bewertungen wurde auf dieser Seite nicht gelesen, daher konnte nicht nach gehäuften Bestbewertungen gesucht werden',
  'unchecked.notRead.unverified-identity':
    'Was die Plattform verifiziert hat (Identität, Zahlung, Telefon), wurde auf dieser Seite nicht gelesen',
  'unchecked.notRead.off-platform-contact-in-profile':
    'Die Profilbeschreibung wurde auf dieser Seite nicht gelesen, daher wurde sie nicht nach Messenger-Namen oder privaten Kontaktdaten durchsucht',
  'unchecked.notRead.crypto-payment-in-profile':
    'Die Profilbeschreibung wurde auf dieser Seite nicht gelesen, daher wurde sie nicht nach Zahlung in Kryptowährung durchsucht',
  'unchecked.notRead.free-hosting-portfolio':
    'Die Portfolio- und Website-Links wurden auf dieser Seite nicht gelesen, daher konnte ihr Hosting nicht geprüft werden',
  'unchecked.notRead.very-broad-skills':
    'Die Fähigkeiten wurden auf dieser Seite nicht gelesen, daher konnte ihre Breite nicht geprüft werden',
  'unchecked.failed': 'Eine Prüfung ist auf dieser Seite fehlgeschlagen und wurde übersprungen: {title}',
  'unchecked.unreadable': 'Nicht geprüft, weil die Seite nicht gelesen werden konnte: {title}',
  'unchecked.missing.photoUrl': 'Das Profilfoto konnte auf dieser Seite nicht gelesen werden',
  'unchecked.missing.name': 'Der Name konnte auf dieser Seite nicht gelesen werden',
  'unchecked.missing.location': 'Der Ort konnte auf dieser Seite nicht gelesen werden',
  'unchecked.missing.location.country':
    'Der auf dieser Seite angezeigte Ort nennt kein Land, daher wurde kein Land gelesen',
  'unchecked.missing.memberSince': 'Das Beitrittsdatum konnte auf dieser Seite nicht gelesen werden',
  'unchecked.missing.embedded-state':
    'Die eingebetteten Profildaten der Seite konnten nicht gelesen werden; gelesen wurde nur, was die Seite anzeigt',
  'unchecked.missing.conflict':
    'Die Seite enthält widersprüchliche Daten zu diesem Profil; gelesen wurde, was die Seite anzeigt',
  'unchecked.missing.invalid':
    'Einige Daten der Seite sahen nicht aus wie das, was sie sein sollten, und wurden weggelassen',
  'unchecked.missing.other': 'Ein Teil dieser Seite konnte nicht gelesen werden',
  'unchecked.messages': 'Kein Angebots- oder Nachrichtentext geprüft',
  'unchecked.photo': 'Foto nicht mit anderen Profilen verglichen',
  'unchecked.photoNotLoaded': 'Das Foto konnte nicht geladen und daher nicht mit anderen Profilen verglichen werden',
  'unchecked.photoPlain': 'Das Foto ist zu einfarbig, um es mit anderen Profilen zu vergleichen',
  'unchecked.photoOff': 'Der Fotovergleich ist in den Optionen ausgeschaltet',
  'storage.quota':
    'Der Browserspeicher für Red Flag Radar ist voll: Dieses Profil wurde nicht gemerkt. Löschen Sie alte Profile im Verlauf oder verkürzen Sie, wie lange Verlauf und Fotos aufbewahrt werden.',
  'storage.failed':
    'Das Profil konnte nicht gespeichert werden (der Browserspeicher hat es abgelehnt). Vergleiche mit anderen Profilen können es übersehen.',
  'unchecked.emptyMessage': 'Die Nachricht war leer',
  'unchecked.outside':
    'Für einen Browser unsichtbar: IP- und Anmeldeverlauf, Ausweisdokumente, Deepfakes im Videointerview, Laptop-Farmen nach der Einstellung',

  'ui.badge.trusted': 'Von Ihnen als vertrauenswürdig markiert',
  'ui.badge.pending': 'Noch nicht geprüft',
  'ui.badge.unreadable': 'Seite nicht gelesen',
  'ui.badge.inPart': 'nur teilweise gelesen',
  'ui.toolbar.inPart': 'Teil',
  'ui.badge.label': 'Red Flag Radar: {summary}. Details öffnen',
  'ui.badge.findings': '{count} Warnsignale',
  'ui.badge.findings.one': '{count} Warnsignal',
  'ui.firstStep': 'Erster Schritt:',
  'ui.message.marker': 'Red Flag Radar zu dieser Nachricht: {summary}',
  'ui.thread.label': 'Red Flag Radar zu diesem Gespräch: {summary}',
  'ui.thread.flagged': '{count} der {read} gezeigten Nachrichten entsprechen einem Warnsignal',
  'ui.thread.flagged.one': '{count} der {read} gezeigten Nachrichten entspricht einem Warnsignal',
  'ui.thread.noted': '{count} weitere nur mit Hinweisen',
  'ui.thread.noted.one': '{count} weitere nur mit Hinweis',
  'ui.thread.onlyNotes': 'Keine Warnsignale · {count} der {read} gezeigten Nachrichten haben Hinweise',
  'ui.thread.onlyNotes.one': 'Keine Warnsignale · {count} der {read} gezeigten Nachrichten hat einen Hinweis',
  'ui.thread.goTo': 'Nachricht zeigen: {title}',
  'ui.thread.hint': 'Jede ist unter ihrer Nachricht markiert: Die Markierung zeigt die Belege und was zu tun ist.',
  'ui.badge.notes': '{count} Hinweise',
  'ui.badge.notes.one': '{count} Hinweis',
  'ui.badge.unchecked': '{count} Prüfungen nicht möglich',
  'ui.badge.unchecked.one': '{count} Prüfung nicht möglich',
  'ui.badge.uncheckedShort': '{count} nicht geprüft',
  'ui.badge.uncheckedShort.one': '{count} nicht geprüft',
  'ui.note': 'Hinweis',
  'ui.notesFound': 'Hinweise — keine Warnsignale',
  'ui.notesExplained':
    'Beobachtungen, die auch bei ehrlichen Profilen häufig sind. Einzeln zählen sie nie; erst mehrere verschiedener Art erhöhen die Stufe, und nur bei einem Profil ohne längere, belegte Vorgeschichte.',
  'ui.notesEstablished':
    'Dieses Profil hat eine längere, belegte Vorgeschichte auf der Plattform. Deshalb erhöhen diese Hinweise die Stufe nicht.',
  'ui.notesCombined':
    'Diese Hinweise sind verschiedener Art, und das Profil hat keine längere, belegte Vorgeschichte: Zusammen erhöhen sie die Stufe auf „Mittel“.',
  'record.title': 'Bilanz auf der Plattform, wie die Seite sie zeigt',
  'record.since': 'Auf {site} seit {year}',
  'record.jobs': '{count} Aufträge',
  'record.jobs.one': '{count} Auftrag',
  'record.hours': '{count} Stunden',
  'record.hours.one': '{count} Stunde',
  'record.reviews': '{count} Bewertungen',
  'record.reviews.one': '{count} Bewertung',
  'record.reviewsListed': '{count} Bewertungen auf der Seite',
  'record.reviewsListed.one': '{count} Bewertung auf der Seite',
  'record.shownSpan': 'Die auf der Seite gezeigten Bewertungen reichen über {years}',
  'record.years': '{count} Jahre',
  'record.years.one': '{count} Jahr',
  'record.verified': '{what} verifiziert',
  'record.unverified': '{what} nicht verifiziert',
  'ui.unreadable.title': 'Diese Seite konnte nicht gelesen werden (die Website hat sich vielleicht geändert)',
  'ui.unreadable.missing': 'Nicht gelesen: {fields}',
  'ui.unreadable.next':
    'Auf dieser Seite wurde nichts geprüft: Das ist kein unauffälliges Ergebnis. Laden Sie die Seite neu; bleibt es so, hat die Website ihre Seiten geändert — prüfen Sie das Profil selbst.',
  'ui.partial': 'Nur teilweise gelesen — nicht gelesen: {fields}',
  'ui.notProfile': 'Kein Freelancer-Profil auf einer unterstützten Website.',
  'ui.noAnalysis': 'Dieses Profil wurde noch nicht ausgewertet. Falls nichts erscheint, laden Sie die Seite neu.',
  'ui.disabledSite': 'Red Flag Radar ist für {site} in den Einstellungen ausgeschaltet.',
  'ui.findings': 'Was einem Warnsignal entspricht',
  'ui.evidence': 'Beleg',
  'ui.source': 'Quelle',
  'ui.nextStep': 'Was zu tun ist',
  'ui.reliability':
    'Bei veröffentlichten Nachrichten, die nicht aus diesem Projekt stammen, lagen die Warnsignale dieser Prüfung in {right} von {warned} Fällen richtig; von {requests} solchen Bitten erkannte sie {right} als Warnsignal ({found} mit den Hinweisen).',
  'ui.reliability.few':
    'Diese Prüfung wurde an zu wenigen veröffentlichten Nachrichten erprobt, um zu sagen, wie oft sie richtig liegt (bisher {count}).',
  'ui.reliability.few.one':
    'Diese Prüfung wurde an zu wenigen veröffentlichten Nachrichten erprobt, um zu sagen, wie oft sie richtig liegt (bisher {count}).',
  'ui.reliability.notes':
    'Bei veröffentlichten Nachrichten, die nicht aus diesem Projekt stammen, lagen Hinweise wie dieser in {right} von {warned} Fällen richtig.',
  'ui.reliability.notes.few':
    'Hinweise wie dieser wurden an zu wenigen veröffentlichten Nachrichten erprobt, um zu sagen, wie oft sie richtig liegen (bisher {count}).',
  'ui.reliability.notes.few.one':
    'Hinweise wie dieser wurden an zu wenigen veröffentlichten Nachrichten erprobt, um zu sagen, wie oft sie richtig liegen (bisher {count}).',
  'ui.unchecked': 'Was nicht geprüft werden konnte',
  'ui.unchecked.inPart':
    'Ein Teil dieser Seite konnte nicht gelesen werden: Was unten als fehlend genannt wird, kann auf der Seite stehen und wurde nur nicht gelesen.',
  'cli.unparsed':
    'Nicht gelesen: Die gespeicherte Datei ließ sich nicht verarbeiten ({reason}), darum wurde nichts darauf geprüft.',
  'cli.messageCut': 'Nur die ersten {characters} Zeichen der Nachricht wurden gelesen; der Rest wurde nicht geprüft',
  'cli.notAProfile':
    'Nicht gelesen: Das ist keine Profilseite einer unterstützten Website, oder die gespeicherte Datei sagt nicht, von welcher Adresse sie stammt (mit --url angeben).',
  'ui.disclaimer':
    'Ein Warnsignal ist kein Beweis, sondern ein Grund zur Prüfung mit den genannten Schritten. Entscheiden Sie nie nach Nationalität, Name oder Sprache.',
  'ui.level': 'Risiko: {level}',
  'ui.close': 'Schließen',
  'ui.popup.title': 'Red Flag Radar',
  'ui.message.heading': 'Nachricht prüfen',
  'ui.contextMenu': 'Markierten Text auf Warnsignale prüfen',
  'ui.message.label': 'Angebot oder Chatnachricht einfügen',
  'ui.message.check': 'Auf Warnsignale prüfen',
  'ui.message.none':
    'In diesem Text wurde kein Warnsignal gefunden. Die Regeln suchen nach den Aufforderungen, vor denen der Behördenhinweis warnt; Ton und Absicht können sie nicht beurteilen.',
  'ui.steps': 'Vor der Beauftragung: die Prüfschritte aus dem Behördenhinweis',
  'ui.settings': 'Einstellungen',
  'ui.options.title': 'Red Flag Radar — Einstellungen',
  'history.trustedSince': 'Von Ihnen am {date} als vertrauenswürdig markiert',
  'history.trustedBecause': 'Von Ihnen am {date} als vertrauenswürdig markiert: {reason}',
  'history.notePlaceholder': 'Im Videogespräch am … geprüft',
  'history.dismissedBecause': 'Von Ihnen am {date} verworfen: {reason}',
  'ui.history': 'Verlauf',
  'ui.dismissed': 'Von Ihnen verworfen',
  'ui.notes': 'Ihre Notizen',
  'site.upwork': 'Upwork',
  'site.freelancer': 'Freelancer.com',
  'site.linkedin': 'LinkedIn',
  'site.github': 'GitHub',
  'site.fiverr': 'Fiverr',
  'site.peopleperhour': 'PeoplePerHour',
  'site.guru': 'Guru',
  'ui.error': 'Red Flag Radar konnte diese Seite nicht auswerten: {reason}',
  ...evidenceDe,
  ...teamEvidenceDe,
  ...panelDe,
};
