/**
 * The evidence lines of matches with colleagues' records (issue 16), in English (German: team-evidence.de.ts); spread into en.ts and
 * de.ts (the badge's panel shows them; the history page's team texts are in history.en.ts / history.de.ts). `{colleague}` is the colleague's display name as they chose it, or "a colleague"; in hashes-only
 * records no name or address of the other profile exists, so the lines say "under another name".
 */
export const teamEvidenceEn = {
  'evidence.team.colleague': 'a colleague',
  'evidence.team.sameText':
    'Near-identical text on “{name}” ({site}, {url}), seen by {colleague} on {date}; {score}% of the text’s phrases shared',
  'evidence.team.sameTextHidden':
    'Near-identical text on a profile on {site} that {colleague} saw on {date} under another name; {score}% of the text’s phrases shared',
  'evidence.team.sharedContact': '{contact} is also on “{name}” ({site}, {url}), seen by {colleague} on {date}',
  'evidence.team.sharedContactFirst':
    '{contact} was first on “{name}” ({site}, {url}), seen by {colleague} on {date}; this profile shows it as well',
  'evidence.team.sharedContactHidden':
    '{contact} is also on a profile on {site} that {colleague} saw on {date} under another name',
  'evidence.team.samePhoto':
    'Same photo as “{name}” on {site} ({url}), seen by {colleague} on {date}; similarity {score}%',
  'evidence.team.samePhotoHidden':
    'Same photo as on a profile on {site} that {colleague} saw on {date} under another name',
  'evidence.team.otherRated': '“{name}” ({date}, {url}, seen by {colleague})',
  'evidence.team.otherRatedHidden': 'a profile {colleague} saw under another name ({date})',
  'evidence.team.changed': '{field}: {before} → {now} (as {colleague} saw it on {date})',
  'evidence.team.renamed': 'Seen by {colleague} on {date} under another name',
};
