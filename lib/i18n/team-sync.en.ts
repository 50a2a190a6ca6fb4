/** English texts of team memory (issue 16): the options' team section and the sync status. team.de.ts has the same keys. */
export const teamSyncEn = {
  'team.title': 'Team memory',
  'team.help':
    'Share what you have seen with your colleagues through your team’s own CouchDB database, so a photo, text or contact a colleague met under another name is recognised here too. Off until you choose what to share.',
  'team.url': 'Team database address',
  'team.url.help':
    'The address of one database on your team’s CouchDB server, e.g. https://couch.example.org/recruiting.',
  'team.url.invalid': 'This is not the address of a database (https://server/database).',
  'team.url.tls': 'The address must start with https:// (plain http only for this computer: localhost).',
  'team.user': 'User name',
  'team.user.help': 'Your own CouchDB user: one per recruiter. Your records are written under this name.',
  'team.password': 'Password',
  'team.password.help': 'Kept in this browser’s extension storage only, and sent only to the team database.',
  'team.recruiter': 'Your name for colleagues',
  'team.recruiter.help': 'Shown to colleagues beside a finding: “seen by Anna on 3 May”.',
  'team.key': 'Team key (optional)',
  'team.key.help':
    'A secret word your team agrees on, typed the same in every member’s browser: the fingerprints (below) then match inside your team only. Empty: the database address is used instead.',
  'team.share': 'What to share',
  'team.share.off': 'Nothing: team memory is off',
  'team.share.full':
    'Everything: each person’s name and profile address, the red flags with their evidence, your notes and trust marks, and the fingerprints below. Colleagues see who it was and what you found.',
  'team.share.hashes':
    'Fingerprints only: codes computed from each photo, profile text and contact, from which no name, address, text or picture can be read back. Colleagues learn only that a colleague saw the same photo, text or contact, under another name.',
  'team.share.help':
    'Never shared, whatever you choose: the pages themselves, the photos themselves, and your browsing outside profile pages.',
  'team.save': 'Save and connect',
  'team.saved': 'Saved.',
  'team.syncNow': 'Sync now',
  'team.permission': 'The browser did not allow access to {origin}: nothing is sent until you allow it.',
  'team.status': 'Status',
  'team.status.off': 'Team memory is off.',
  'team.status.never': 'Not synced yet.',
  'team.status.ok': 'Synced on {when}.',
  'team.status.offline': 'The team database cannot be reached; retrying. Nothing here is lost.',
  'team.status.unauthorized': 'Wrong user name or password: the team database refused them.',
  'team.status.forbidden': 'The team database refuses your changes (no write access). Ask your team’s admin.',
  'team.status.no-database': 'There is no such database on the server. Check the address.',
  'team.status.no-permission': 'Access to the team server has not been allowed in the browser: save again to allow it.',
  'team.status.failed': 'The team database sent an answer that is too large; it was not read.',
  'team.status.lastOk': 'Last synced on {when}.',
  'team.status.counts': '{pulled} colleagues’ records received, {pushed} of yours sent, {refused} refused as invalid.',
  'team.status.waiting': '{count} of your profiles wait to be sent.',
  'team.status.waiting.one': '{count} of your profiles waits to be sent.',
  'team.popup': 'Team memory: {status}',
  'team.privacyLine': 'With team memory on, what you chose to share is sent to your team’s database, and nothing else.',
  'team.forgotten':
    'Forgotten here; your own team record of it is removed from the team database (colleagues’ records stay).',
  'team.everywhere': 'Forget everywhere in the team',
  'team.everywhere.confirm':
    'Click again to delete this profile from your history here and every team record of it, colleagues’ too',
  'team.everywhere.help':
    'Deletes this profile from your history here, and your record and every colleague’s record of it from the team database. Only the team’s admin may delete colleagues’ records: the server refuses others, and you are told.',
  'team.everywhere.deleted': 'Deleted from your history here; {count} team records deleted from the team database.',
  'team.everywhere.deleted.one': 'Deleted from your history here; {count} team record deleted from the team database.',
  'team.everywhere.refused': 'The team database refused to delete {count} (only its admin may).',
  'team.everywhere.refused.one': 'The team database refused to delete {count} (only its admin may).',
  'team.everywhere.failed': 'The team database could not be reached; nothing was deleted, here or there.',
  'privacy.team.title': 'Team memory: your colleagues’ records, and what you share',
  'privacy.team.body':
    'Team memory is on: what you chose to share of the profiles you open (see the options) is sent to your team’s database, and what your colleagues shared is copied here from it, to be compared like your own.',
  'privacy.team.keep':
    'Colleagues’ records are kept while team memory is on (at most 200,000) and deleted here when you switch it off or change the team. Your own records on the team database go when you forget the profile.',
} as const;
