/** Deutsche Texte des Teamgedächtnisses (Issue 16); dieselben Schlüssel wie team.en.ts. */
import type { teamSyncEn } from './team-sync.en';

export const teamSyncDe: Record<keyof typeof teamSyncEn, string> = {
  'team.title': 'Teamgedächtnis',
  'team.help':
    'Teilen Sie, was Sie gesehen haben, über die eigene CouchDB-Datenbank Ihres Teams mit Kolleginnen und Kollegen: Ein Foto, ein Text oder ein Kontakt, den jemand im Team unter anderem Namen gesehen hat, wird dann auch hier erkannt. Aus, bis Sie wählen, was geteilt wird.',
  'team.url': 'Adresse der Team-Datenbank',
  'team.url.help':
    'Die Adresse einer Datenbank auf dem CouchDB-Server Ihres Teams, z. B. https://couch.example.org/recruiting.',
  'team.url.invalid': 'Das ist keine Datenbankadresse (https://server/datenbank).',
  'team.url.tls': 'Die Adresse muss mit https:// beginnen (einfaches http nur für diesen Computer: localhost).',
  'team.user': 'Benutzername',
  'team.user.help':
    'Ihr eigener CouchDB-Benutzer, einer je Person. Ihre Einträge werden unter diesem Namen geschrieben.',
  'team.password': 'Passwort',
  'team.password.help':
    'Wird nur im Erweiterungsspeicher dieses Browsers gehalten und nur an die Team-Datenbank gesendet.',
  'team.recruiter': 'Ihr Name für das Team',
  'team.recruiter.help': 'Erscheint bei einem Befund im Browser der anderen: „gesehen von Anna am 3. Mai“.',
  'team.key': 'Teamschlüssel (optional)',
  'team.key.help':
    'Ein geheimes Wort, auf das sich Ihr Team einigt, in jedem Browser gleich eingegeben: Die Fingerabdrücke (unten) passen dann nur innerhalb Ihres Teams zusammen. Leer: Stattdessen wird die Datenbankadresse verwendet.',
  'team.share': 'Was geteilt wird',
  'team.share.off': 'Nichts: Das Teamgedächtnis ist aus',
  'team.share.full':
    'Alles: Name und Profiladresse jeder Person, die Warnsignale mit ihren Belegen, Ihre Notizen und Vertrauensmarkierungen und die Fingerabdrücke unten. Ihr Team sieht, wer es war und was Sie gefunden haben.',
  'team.share.hashes':
    'Nur Fingerabdrücke: Codes, aus jedem Foto, Profiltext und Kontakt berechnet, aus denen sich kein Name, keine Adresse, kein Text und kein Bild zurücklesen lässt. Ihr Team erfährt nur, dass jemand im Team dasselbe Foto, denselben Text oder Kontakt unter einem anderen Namen gesehen hat.',
  'team.share.help':
    'Nie geteilt, was Sie auch wählen: die Seiten selbst, die Fotos selbst und Ihr Surfen außerhalb von Profilseiten.',
  'team.save': 'Speichern und verbinden',
  'team.saved': 'Gespeichert.',
  'team.syncNow': 'Jetzt abgleichen',
  'team.permission':
    'Der Browser hat den Zugriff auf {origin} nicht erlaubt: Nichts wird gesendet, bis Sie ihn erlauben.',
  'team.status': 'Status',
  'team.status.off': 'Das Teamgedächtnis ist aus.',
  'team.status.never': 'Noch nie abgeglichen.',
  'team.status.ok': 'Abgeglichen am {when}.',
  'team.status.offline': 'Die Team-Datenbank ist nicht erreichbar; neuer Versuch folgt. Hier geht nichts verloren.',
  'team.status.unauthorized': 'Falscher Benutzername oder falsches Passwort: Die Team-Datenbank hat sie abgelehnt.',
  'team.status.forbidden':
    'Die Team-Datenbank lehnt Ihre Änderungen ab (kein Schreibrecht). Fragen Sie die Verwaltung Ihres Teams.',
  'team.status.no-database': 'Auf dem Server gibt es diese Datenbank nicht. Prüfen Sie die Adresse.',
  'team.status.no-permission':
    'Der Zugriff auf den Team-Server ist im Browser nicht erlaubt: Speichern Sie erneut, um ihn zu erlauben.',
  'team.status.failed': 'Die Team-Datenbank hat eine zu große Antwort geschickt; sie wurde nicht gelesen.',
  'team.status.lastOk': 'Zuletzt abgeglichen am {when}.',
  'team.status.counts':
    '{pulled} Einträge aus dem Team empfangen, {pushed} eigene gesendet, {refused} als ungültig abgelehnt.',
  'team.status.waiting': '{count} Ihrer Profile warten auf das Senden.',
  'team.status.waiting.one': '{count} Ihrer Profile wartet auf das Senden.',
  'team.popup': 'Teamgedächtnis: {status}',
  'team.privacyLine':
    'Mit Teamgedächtnis wird das, was Sie zu teilen gewählt haben, an die Datenbank Ihres Teams gesendet, sonst nichts.',
  'team.forgotten':
    'Hier vergessen; Ihr eigener Team-Eintrag dazu wird aus der Team-Datenbank entfernt (die der anderen bleiben).',
  'team.everywhere': 'Im ganzen Team vergessen',
  'team.everywhere.confirm':
    'Erneut klicken, um dieses Profil hier aus Ihrem Verlauf und alle Team-Einträge dazu zu löschen, auch die der anderen',
  'team.everywhere.help':
    'Löscht dieses Profil hier aus Ihrem Verlauf sowie Ihren Eintrag und die Einträge aller anderen im Team dazu aus der Team-Datenbank. Einträge anderer darf nur die Verwaltung des Teams löschen: Anderen verweigert der Server es, und Sie erfahren es.',
  'team.everywhere.deleted': 'Hier aus Ihrem Verlauf gelöscht; {count} Team-Einträge aus der Team-Datenbank gelöscht.',
  'team.everywhere.deleted.one':
    'Hier aus Ihrem Verlauf gelöscht; {count} Team-Eintrag aus der Team-Datenbank gelöscht.',
  'team.everywhere.refused': 'Die Team-Datenbank hat das Löschen von {count} verweigert (nur die Verwaltung darf das).',
  'team.everywhere.refused.one':
    'Die Team-Datenbank hat das Löschen von {count} verweigert (nur die Verwaltung darf das).',
  'team.everywhere.failed': 'Die Team-Datenbank war nicht erreichbar; nichts wurde gelöscht, weder hier noch dort.',
  'privacy.team.title': 'Teamgedächtnis: Einträge aus dem Team und was Sie teilen',
  'privacy.team.body':
    'Das Teamgedächtnis ist an: Was Sie von den geöffneten Profilen zu teilen gewählt haben (siehe Einstellungen), wird an die Datenbank Ihres Teams gesendet, und was die anderen geteilt haben, wird von dort hierher kopiert und wie Ihre eigenen Profile verglichen.',
  'privacy.team.keep':
    'Einträge aus dem Team bleiben, solange das Teamgedächtnis an ist (höchstens 200.000), und werden hier gelöscht, wenn Sie es ausschalten oder das Team wechseln. Ihre eigenen Einträge in der Team-Datenbank verschwinden, wenn Sie das Profil vergessen.',
};
