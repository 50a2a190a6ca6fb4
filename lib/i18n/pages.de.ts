/** Deutsche Texte der eigenen Seiten der Erweiterung (gleiche Schlüssel wie pages.en.ts). */
import type { pagesEn } from './pages.en';

export const pagesDe: Record<keyof typeof pagesEn, string> = {
  'popup.here': 'Auf dieser Seite',
  'popup.kind.site':
    'Das ist {site}, aber kein Freelancer-Profil. Öffnen Sie ein Profil, dann prüft Red Flag Radar es auf die veröffentlichten Warnsignale; auf Nachrichtenseiten markiert es riskante Bitten.',
  'popup.kind.siteProfilesOnly':
    'Das ist {site}, aber kein Freelancer-Profil. Öffnen Sie ein Profil, dann prüft Red Flag Radar es auf die veröffentlichten Warnsignale; Nachrichten liest es auf {site} nicht.',
  'popup.kind.messages':
    'Das ist eine Nachrichtenseite: Red Flag Radar liest die Nachrichten, die Sie öffnen, und markiert riskante Bitten direkt im Text.',
  'popup.kind.wall':
    'Das ist eine Anmeldeseite von {site}: Sie zeigt kein Profil, es gibt also nichts zu prüfen. Melden Sie sich an oder öffnen Sie die öffentliche Seite des Profils.',
  'popup.kind.elsewhere': 'Red Flag Radar liest nur {sites}. Auf dieser Seite liest es nichts und ändert nichts.',
  'popup.messages.none': 'Keine der {count} hier gelesenen Nachrichten entspricht einem Warnsignal.',
  'popup.messages.none.one': 'Die eine hier gelesene Nachricht entspricht keinem Warnsignal.',
  'popup.messages.from': 'In der Nachricht',
  'popup.messages.fromUnknown': 'In einer Nachricht auf dieser Seite',
  'popup.messages.notYet': 'Auf dieser Seite wurde noch keine Nachricht gelesen.',
  'popup.messages.flagged': '{count} Nachrichten auf dieser Seite entsprechen einem Warnsignal ({read} gelesen):',
  'popup.messages.flagged.one': '{count} Nachricht auf dieser Seite entspricht einem Warnsignal ({read} gelesen):',
  'popup.messages.onlyNotes':
    'Keine hier gelesene Nachricht entspricht einem Warnsignal; {count} haben Hinweise ({read} gelesen):',
  'popup.messages.onlyNotes.one':
    'Keine hier gelesene Nachricht entspricht einem Warnsignal; {count} hat einen Hinweis ({read} gelesen):',
  'popup.messages.flaggedAndNoted':
    '{read} Nachrichten hier gelesen: {count} mit Warnsignal, {noted} nur mit Hinweisen.',
  'popup.messages.flaggedAndNoted.one':
    '{read} Nachrichten hier gelesen: {count} mit Warnsignal, {noted} nur mit Hinweisen.',
  'popup.recent': 'Zuletzt angesehene Profile',
  'popup.recent.none':
    'Noch kein Profil angesehen. Die Profile, die Sie auf den unterstützten Seiten öffnen, erscheinen hier.',
  'popup.recent.all': 'Alle Profile im Verlauf',
  'popup.recent.open': '{name} im Verlauf öffnen',
  'popup.recent.unnamed': 'Profil ohne Namen',
  'popup.privacy': 'Datenschutz',

  'welcome.title': 'Willkommen bei Red Flag Radar',
  'welcome.lead':
    'Red Flag Radar zeigt neben dem Namen eines Freelancers, welchen der von der US-Regierung veröffentlichten Warnsignale für nordkoreanische IT-Fachkräfte das Profil entspricht — mit dem Beleg von der Seite, der Quelle und dem nächsten Schritt.',
  'welcome.checks': 'Was geprüft wird',
  'welcome.checks.profile':
    'Profile: ein angegebener Ort, der nicht zur Zeitzone passt, ein neu angelegtes Konto ohne nennenswerte Vorgeschichte, Kontaktdaten oder Zahlungswünsche, die von der Plattform wegführen.',
  'welcome.checks.messages':
    'Angebote und Nachrichten: Bitten um Zahlung in Kryptowährung oder auf das Konto einer anderen Person, um Fernzugriff auf Ihren Computer, um Versand von Geräten an andere Adressen, das Ausweichen vor Videoanrufen.',
  'welcome.checks.memory':
    'Über Profile hinweg: dasselbe Foto, derselbe Text, derselbe Kontakt oder dieselben bewertenden Kunden unter anderem Namen, und Änderungen seit Ihrem letzten Besuch.',
  'welcome.sites': 'Auf welchen Seiten es prüft',
  'welcome.sites.list': 'Auf {sites}. Auf anderen Seiten liest es nichts.',
  'welcome.never': 'Was es nie tut',
  'welcome.never.send':
    'Es sendet nie etwas an einen Server von uns: Jede Prüfung läuft in Ihrem Browser. Nur das Teamgedächtnis teilt, wenn Ihr Team es einschaltet, was Sie wählen, mit der eigenen Datenbank Ihres Teams.',
  'welcome.never.change':
    'Es ändert, verbirgt oder blockiert nichts auf den Seiten und nimmt nie mit jemandem Kontakt auf.',
  'welcome.never.decide':
    'Es entscheidet nie für Sie und urteilt nie nach Staatsangehörigkeit, Name oder Sprache. Ein Warnsignal ist ein Grund zu prüfen, kein Beweis.',
  'welcome.badge': 'So lesen Sie die Markierung neben dem Namen',
  'welcome.badge.where':
    'Auf einem Profil steht die Markierung neben dem Namen, immer in einer dieser Formen. Ihre Farbe ist die Stufe; zeigen Sie darauf für die ganze Zusammenfassung (Hinweise, nicht mögliche Prüfungen), klicken Sie darauf oder drücken Sie darauf die Eingabetaste, um die Befunde zu sehen.',
  'welcome.badge.none': 'Nichts entspricht einem Warnsignal, und jede Prüfung lief.',
  'welcome.badge.noneChecks':
    'Nichts entspricht einem Warnsignal. Graue Hinweise sind zum Lesen da, keine Warnungen. „6 nicht geprüft“ heißt: Die Seite zeigte nicht, was diese Prüfungen brauchen; das Fenster nennt sie.',
  'welcome.badge.low': 'Etwas, das Sie im Gespräch prüfen sollten.',
  'welcome.badge.medium': 'Mehrere Anzeichen oder ein starkes: Prüfen Sie vor der Beauftragung.',
  'welcome.badge.high': 'Starke Anzeichen zusammen: Prüfen Sie Identität und Zahlungsdaten vor allem anderen.',
  'welcome.badge.trusted': 'Sie haben diese Person als vertrauenswürdig markiert; die Warnsignale zählen weiter.',
  'welcome.badge.inPart':
    'Ein Teil der Seite konnte nicht gelesen werden, einige Prüfungen liefen daher nicht: Im Gelesenen passte nichts. Das Fenster nennt, was nicht gelesen wurde.',
  'welcome.badge.unreadable':
    'Die Seite sah anders aus als erwartet (die Website hat sich vielleicht geändert): Nichts wurde geprüft.',
  'welcome.badge.pending': 'Die Prüfung ist noch nicht fertig; laden Sie die Seite neu, wenn das so bleibt.',
  'welcome.badge.toolbar':
    'Das Symbol in der Symbolleiste zeigt dieselbe Stufe und die Zahl der Warnsignale für den offenen Tab.',
  'welcome.badge.messages':
    'Auf einer Nachrichtenseite bekommt eine Nachricht, die etwas trifft, eine Markierung darunter, und das Gespräch über seiner ersten Nachricht eine Zusammenfassung: die höchste Stufe, wie viele der Nachrichten einem Warnsignal entsprechen und welchen.',
  'welcome.next': 'Weiter',
  'welcome.privacy': 'Was gespeichert wird und wie Sie es löschen',
  'welcome.settings': 'Einstellungen: Seiten, Empfindlichkeit, Sprache',

  'privacy.title': 'Datenschutz: was Red Flag Radar speichert',
  'privacy.lead':
    'Alles bleibt in diesem Browser, auf diesem Computer. Nichts wird an einen Server gesendet, nichts mit den Seiten geteilt. Das Teamgedächtnis ist aus; schaltet Ihr Team es in den Einstellungen ein, steht hier, was es teilt.',
  'privacy.what': 'Was gespeichert wird, und wie lange',
  'privacy.profiles.title': 'Die Profile, die Sie öffnen',
  'privacy.profiles.body':
    'Name, Adresse der Seite, Überschrift, Adresse des Fotos, Ort, Zeitzone, Mitglied seit, Stundensatz, die Zahlen der Bilanz (Aufträge, Stunden, Bewertungen, Note, Verdienst), Verifizierungen, Sprachen, Fähigkeiten, die ersten 800 Zeichen der Beschreibung, Ausbildung, Beschäftigung, Datum, Note und Kunde von bis zu 20 Bewertungen (nicht ihr Text), Links, wann Sie es zuerst und zuletzt sahen, die Befunde mit ihren Belegen und wie es bei Ihrem vorigen Besuch aussah.',
  'privacy.profiles.keep': 'Vergessen, wenn {days} Tage nicht gesehen.',
  'privacy.marks.title': 'Ihre eigenen Notizen, verworfenen Befunde und Vertrauensmarkierungen',
  'privacy.marks.body':
    'Was Sie im Fenster oder im Verlauf zu einem Profil schreiben oder markieren: Ihre Notizen, warum Sie einen Befund verworfen haben, wie Sie eine als vertrauenswürdig markierte Person geprüft haben.',
  'privacy.marks.keep': 'Beim Profil gespeichert und mit ihm vergessen.',
  'privacy.prints.title': 'Fingerabdrücke zum Vergleich von Profilen',
  'privacy.prints.body':
    'Ein Fingerabdruck des Profiltexts (64 Zahlen, nicht der Text), seine Kontaktdaten (E-Mail, Telefon, Messenger-Namen, Portfolio-Links) und die Kunden, die es gut bewertet haben, mit Datum.',
  'privacy.prints.keep': 'Mit dem Profil vergessen.',
  'privacy.photos.title': 'Fotos zum Vergleich von Profilen',
  'privacy.photos.body':
    'Für jedes Profilfoto: seine Adresse, Fingerabdrücke des Bildes (Codes, die es auch zugeschnitten oder gespiegelt wiedererkennen), eine kleine graue Kopie und eine Vorschau von 64 Pixeln, mit Name und Adresse des Profils.',
  'privacy.photos.keep': 'Nach {days} Tagen vergessen.',
  'privacy.photos.off': 'Nicht gespeichert: Der Fotovergleich ist ausgeschaltet.',
  'privacy.tabs.title': 'Was für jeden offenen Tab angezeigt wird',
  'privacy.tabs.body':
    'Die Befunde der Seite, die in einem Tab offen ist, und die der dort gelesenen Nachrichten, mit den zitierten Sätzen.',
  'privacy.tabs.keep': 'Vergessen, wenn der Tab oder der Browser geschlossen wird.',
  'privacy.settings.title': 'Ihre Einstellungen',
  'privacy.settings.body': 'Seiten, Empfindlichkeit, Sprache und die Fristen oben.',
  'privacy.settings.keep': 'Bis Sie sie ändern oder die Erweiterung entfernen.',
  'privacy.notStored':
    'Nie gespeichert: ganze Nachrichten (nur die Sätze, die ein Befund zitiert, beim offenen Tab wie oben), was Sie in die Nachrichtenprüfung einfügen, ganze Seiten und alles von anderen als den unterstützten Seiten.',
  'privacy.where': 'Wo',
  'privacy.where.body':
    'Im Speicher dieses Browsers für die Erweiterung (IndexedDB und Sitzungsspeicher), nur auf diesem Computer. Andere Browser und Computer sehen es nicht. Wer die Erweiterung entfernt, löscht alles.',
  'privacy.now': 'Jetzt gespeichert: {profiles}, {photos}.',
  'privacy.now.profiles': '{count} Profile',
  'privacy.now.profiles.one': '{count} Profil',
  'privacy.now.photos': '{count} Fotos',
  'privacy.now.photos.one': '{count} Foto',
  'privacy.delete': 'So löschen Sie es',
  'privacy.delete.one': 'Ein Profil: Öffnen Sie den Verlauf und wählen Sie in seiner Zeile „Löschen“.',
  'privacy.delete.history': 'Verlauf öffnen',
  'privacy.delete.all':
    'Alles auf einmal: alle Profile, Fingerabdrücke, Fotos, Notizen und Markierungen. Ihre Einstellungen bleiben.',
  'privacy.delete.button': 'Alles Gespeicherte löschen',
  'privacy.delete.confirm': 'Noch einmal klicken, um alles Gespeicherte zu löschen',
  'privacy.delete.done': 'Alles Gespeicherte wurde gelöscht.',
  'privacy.settings': 'Ändern, wie lange etwas aufbewahrt wird',

  'options.lead': 'Änderungen werden sofort gespeichert.',
  'options.sites.help': 'Red Flag Radar liest die Seiten der hier eingeschalteten Websites und keine anderen.',
  'options.sensitivity.help':
    'Wie stark ein einzelner Befund in die Stufe eingeht. Die Befunde selbst werden immer angezeigt.',
  'options.language.help': 'Die Sprache der Markierung, des Popups und dieser Seiten.',
  'options.memory.help':
    'Profile werden gemerkt, um dasselbe Foto, denselben Text oder Kontakt unter anderem Namen zu erkennen. Alles bleibt in diesem Browser.',
  'options.days': 'Tage',
  'options.privacy': 'Was genau gespeichert wird',
};
