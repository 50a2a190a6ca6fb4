/**
 * Patterns recheck calls super-linear (or cannot decide) that are not so where they run, with why. Each entry names
 * one exact pattern by the SHA-256 of its flags and source (tests/redos.test.ts): a changed pattern is checked
 * again, and its old entry is reported as unused. Measured in the twenty-second session: recheck's own attack string
 * for the pattern, pumped to 50 KB and 200 KB, run through the real entry points — analyzeMessage (alone and after a
 * sentence of trigger words, so the rules' prefilters let it through) and every site adapter's read (the string
 * in the page's title, description, heading, text and a link) — in process CPU time. A pattern whose attack took
 * seconds there was fixed instead (the commits of that session); these stayed under half a second at 200 KB.
 */
export interface Allowed {
  key: string;
  /** Where the pattern is written or built, when it was measured (lines move; the key is what counts). */
  where: string;
  why: string;
}

const THIRTY_SEVENTH =
  'recheck flagged it on some runs only; 26 pumps after 4 trigger sentences ("Can I use your account? You get 20%.", "My friends can join too.", "Let me hop on your machine.", none) at 192 KB through analyzeMessage: the worst 109 ms CPU ("2-" × n; the session\'s start: 114 ms)';

const THIRTY_EIGHTH =
  're-keyed in the thirty-eighth session (words added to lib/text/lexicon.ts RELATION: in-laws, grandparents, nieces and nephews, fiancé(e)s, "ma copine", "cunhado", "Schwager"; accountants and Bizum, added first, were taken out again after a review); at 48 / 96 / 192 KB through analyzeMessage, CPU ms, the final code: "MEIN BRÜDER" + " E" × n 273 (the first run) / 45 / 70 (the session\u2019s start 41 / 40 / 71), "My account got suspended, send the offer to my new account. " + "my " × n 107 / 45 / 26 (75 / 28 / 28), "Manda o PIX pra minha mae. pra " + "minha " × n 5 / 7 / 12 (7 / 7 / 13), "Ship the laptop to my friend. pra " + "\\t" × n + "minha mae" 33 / 17 / 4 (28 / 15 / 3), "My account was suspended. " + "ur " × n 17 / 11 / 21 (8 / 8 / 22), "Pay it to my grandma. " + "my grand" × n 20 / 9 / 6 (4 / 4 / 6), "My friends can join too. " + "my brother-in-" × n 7 / 7 / 11 (13 / 11 / 11); move-off-platform\u2019s mobile-money SMS pattern " " + "ENVIE -" × n + "a" 3 / 7 / 14; grade.ts\u2019s money-app pattern "WMZ-" × n + "E\\tE-WMZ1010-\\ta" 8 / 9 / 9; avoids-video\u2019s VIDEO (a background video as the work): "Sorry, my camera is broken. " + "video " × n 260 (the first run) / 28 / 17 (274 / 21 / 17), "Sem câmera hoje. " + "sem vídeo de " × n 15 / 11 / 9 (15 / 10 / 10)';

const FIFTY_THIRD =
  're-keyed in the fifty-third session (lib/text/lexicon.ts RELATION: "meinem Kumpel", "mon pote", "mon coloc", "mi colega"; DEVICE: "l\u2019ordi", "die Ausrüstung", "la compu"); at 48 / 96 / 192 KB through analyzeMessage, CPU ms, against the session\u2019s start, load 3–4 beside a CI run: "MEIN BRÜDER" + " E" × n 1199 (the first run) / 103 / 197 (1264 / 147 / 237), "My account got suspended, send the offer to my new account. " + "my " × n 102 / 51 / 140 (111 / 49 / 187), "to the " × n + "brother" 46 / 48 / 34 (38 / 28 / 30), "pay " × n + "my" 13 / 27 / 164 (14 / 26 / 175), "Send the laptop " + "to my a " × n + "friend" 54 / 42 / 81 (59 / 54 / 101), recheck\u2019s "MEIN\\nKOLLEG" + "\\tO" × n 31 / 59 / 130 (32 / 50 / 153), "Schick den Laptop an " + "meinem kumpel " × n 27 / 25 / 31, "Envoie l\u2019ordi à " + "mon pote " × n 44 / 47 / 64, "Envía la laptop a " + "mi colega " × n 13 / 28 / 67';

const FIFTY_FOURTH =
  're-keyed in the fifty-fourth session (account-switch-request in German, Spanish, French and Portuguese: "conta nova", "stell mich", "an mein neues" with the account named before it, "hice una nueva", "Transférons", a client hiring from its own account; lib/text/speech.ts BOUNDARY: a comma before "könntest", "tu", "stell" ends a clause); at 48 / 96 / 192 KB through analyzeMessage, CPU ms, against the session\u2019s start, load 3.2–3.4: "MEIN BRÜDER" + " E" × n 1257 (the first run) / 146 / 231 (870 / 136 / 157), "My account got suspended, send the offer to my new account. " + "my " × n 98 / 46 / 122 (71 / 40 / 102), "to the " × n + "brother" 31 / 32 / 57 (33 / 32 / 17), "pay " × n + "my" 11 / 21 / 160 (9 / 17 / 137), "MEIN\\nKOLLEG" + "\\tO" × n 16 / 31 / 62 (11 / 19 / 38), "Mein Konto wurde gesperrt, bitte schick das Angebot an " + "mein neues " × n 42 / 39 / 92 (5 / 14 / 60), "Me suspendieron la cuenta, manda la oferta " + "a la nueva " × n 24 / 50 / 170 (21 / 23 / 109; 384 and 768 KB 123 / 79, the message read only to its cap), recheck\u2019s "ZU MEIN NEUEN KONTO" + " S" × n 49 / 41 / 63 (36 / 40 / 63), ",U" + ",S" × n + "ÓVÓ" 811 (the first run) / 34 / 77 (835 / 47 / 60)';

const THIRTY_EIGHTH_ACCOUNT =
  're-keyed again in the thirty-eighth session (lib/text/lexicon.ts ACCOUNT: "compte" no longer read in the French idioms "en tenant compte", "se rendre compte", "en fin de compte" — a lookbehind after the word); at 48 / 96 / 192 KB through analyzeMessage, CPU ms, against the session\u2019s start: "Mon compte est suspendu. " + "tenant compte " × n 271 (the first run) / 31 / 17 (261 / 22 / 16), "Tu peux me prêter ton compte ? " + "rends comptes " × n 34 / 27 / 24 (32 / 15 / 24), "My account was suspended. " + "compte " × n 25 / 10 / 20 (24 / 8 / 17), "fin de compte de " × n 14 / 12 / 32 (the same)';

export const ALLOWED: Allowed[] = [
  {
    key: '4bc231ef6a01eec6',
    where: 'lib/text/hired-elsewhere.ts HIRED_ELSEWHERE as written (asciiFirst runs it rewritten: the entry below)',
    why: '2nd degree polynomial (fuzz); attack "n" + "epay œ" × n + "epay m" × n + "\\u0000" at 48 / 96 / 192 KB: the pattern as it runs 26 / 24 / 57 ms CPU, through analyzeMessage after "Mein Konto wurde gesperrt, bitte schick das Angebot an mein neues Konto." 748 (the first run) / 101 / 63 ms',
  },
  {
    key: '89037c9ff1d0c5bf',
    where:
      'lib/text/hired-elsewhere.ts HIRED_ELSEWHERE (fifty-fourth session: the reader asked to hire or pay the writer on another account in German, Spanish, French and Portuguese — grades only the sentences account-switch-request quotes)',
    why: '2nd degree polynomial (fuzz); attack "\\tà conta mein nachbar" + "pn" × n + "\\u0000": the pattern alone at 48 / 96 / 192 KB 15 / 6 / 13 ms CPU, through analyzeMessage 22 / 18 / 17 ms (after "Mein Konto wurde gesperrt. bitte schick das Angebot an das Konto meines Freundes." 19 / 12 / 17); "stell mich über das " + "konto " × n 2 / 3 / 7, "contrat " + "a " × n 2 / 4 / 7, "envoie " + "l\u2019offre " × n 2 / 3 / 7, "pass" × n 2 / 3 / 11',
  },
  // Page and profile readers (an adapter's fields, URLs, dates, counts, names, fingerprints): they run on one field
  // of a page, mostly a short part of it (a date, a count of at most 60 characters, a URL); the attack string in a
  // page's title, description, heading, text and a link, through every adapter, stayed linear. (Not proven: a field
  // this injection does not reach — an embedded state's values — see the report of the twenty-second session.)
  {
    key: '47df1169223aef8e',
    where: 'lib/geo/place.ts:17',
    why: "2nd degree polynomial; attack at 200 KB: 57 ms through analyzeMessage, 26 ms through every adapter's read",
  },
  {
    key: 'f66b5c476f12e7f6',
    where: 'lib/memory/contact-owner.ts:73',
    why: "2nd degree polynomial; attack at 200 KB: 37 ms through analyzeMessage, 31 ms through every adapter's read",
  },
  {
    key: '57cafef4ff0fa6e1',
    where: 'lib/memory/fingerprint.ts:183',
    why: "2nd degree polynomial; attack at 200 KB: 32 ms through analyzeMessage, 29 ms through every adapter's read",
  },
  {
    key: '738cb36418152f74',
    where: 'lib/parse/count.ts:86',
    why: "2nd degree polynomial; attack at 200 KB: 50 ms through analyzeMessage, 19 ms through every adapter's read",
  },
  {
    key: 'fd928941bf7c5085',
    where: 'lib/geo/timezones.ts:68',
    why: "2nd degree polynomial (fuzz); attack at 200 KB: 142 ms through analyzeMessage, 19 ms through every adapter's read",
  },
  {
    key: '77b8734675dcf3c8',
    where: 'lib/memory/fingerprint.ts:158, lib/team/config.ts:46',
    why: "2nd degree polynomial; attack at 200 KB: 59 ms through analyzeMessage, 42 ms through every adapter's read",
  },
  {
    key: 'd4c3eac3e206ef23',
    where: 'lib/memory/fingerprint.ts:224, lib/memory/fingerprint.ts:228',
    why: "2nd degree polynomial; attack at 200 KB: 44 ms through analyzeMessage, 125 ms through every adapter's read",
  },
  {
    key: 'fa020ebe27a59704',
    where: 'lib/parse/count.ts:131',
    why: "2nd degree polynomial (fuzz); attack at 200 KB: 65 ms through analyzeMessage, 23 ms through every adapter's read",
  },
  {
    key: '051e39e761ac6fe0',
    where: 'lib/rules/claims.ts:5',
    why: "2nd degree polynomial; attack at 200 KB: 86 ms through analyzeMessage, 24 ms through every adapter's read",
  },
  {
    key: 'e8c873dbb3855103',
    where: 'lib/sites/freelancer.page.ts:55',
    why: "2nd degree polynomial; attack at 200 KB: 68 ms through analyzeMessage, 26 ms through every adapter's read",
  },
  {
    key: '3b63f2a3f357dade',
    where: 'lib/sites/freelancer.ts:145',
    why: "2nd degree polynomial; attack at 200 KB: 59 ms through analyzeMessage, 37 ms through every adapter's read",
  },
  {
    key: 'a6815c6e8bf914f1',
    where: 'lib/sites/linkedin.ts:30',
    why: "2nd degree polynomial; attack at 200 KB: 40 ms through analyzeMessage, 39 ms through every adapter's read",
  },
  {
    key: '582873297177b91b',
    where: 'lib/sites/linkedin.ts:133',
    why: "2nd degree polynomial; attack at 200 KB: 76 ms through analyzeMessage, 32 ms through every adapter's read",
  },
  {
    key: '3af4b3290507ee40',
    where: 'lib/sites/upwork.ts:154',
    why: "2nd degree polynomial; attack at 200 KB: 50 ms through analyzeMessage, 34 ms through every adapter's read",
  },
  {
    key: '7e4666524a3489e3',
    where: 'lib/sites/freelancer.page.ts:43',
    why: "2nd degree polynomial; attack at 200 KB: 107 ms through analyzeMessage, 34 ms through every adapter's read",
  },
  {
    key: 'ee9507e42620d554',
    where: 'lib/sites/freelancer.ts:142',
    why: "2nd degree polynomial; attack at 200 KB: 89 ms through analyzeMessage, 35 ms through every adapter's read",
  },
  {
    key: '63da7cfdf16ab49f',
    where: 'lib/sites/linkedin.page.ts:69',
    why: "2nd degree polynomial; attack at 200 KB: 75 ms through analyzeMessage, 34 ms through every adapter's read",
  },
  {
    key: '7bca0620f944f32e',
    where: 'lib/sites/linkedin.ts:56',
    why: "2nd degree polynomial; attack at 200 KB: 100 ms through analyzeMessage, 26 ms through every adapter's read",
  },
  {
    key: '19be05548d085002',
    where: 'lib/sites/linkedin.ts:225',
    why: "2nd degree polynomial; attack at 200 KB: 78 ms through analyzeMessage, 34 ms through every adapter's read",
  },
  {
    key: '9e64a6caf723c06b',
    where: 'lib/sites/upwork.page.ts:42, lib/parse/read-helpers.ts:44',
    why: "2nd degree polynomial (fuzz); attack at 200 KB: 131 ms through analyzeMessage, 38 ms through every adapter's read",
  },
  // Message patterns behind a prefilter: a concept runs only at its anchor words' offsets (lib/text/anchors.ts), a
  // filter or rule pattern only on the sentences a combination found, grade.ts's on a finding's own quoted sentence or a
  // 40-character window, wallets and addresses only where their sign ("@", a prefix) stands; the attack string after a
  // sentence of trigger words stayed linear (the hostile-text units in tests/cooccur.test.ts hold the runs that were not).
  {
    key: 'a6eb813a9a6ee897',
    where: 'lib/rules/grade.ts:130',
    why: "2nd degree polynomial (fuzz); attack at 200 KB: 118 ms through analyzeMessage, 24 ms through every adapter's read",
  },
  {
    key: '5f434c49b8df86ce',
    where: 'lib/rules/grade.ts:221',
    why: '2nd degree polynomial (fuzz); attack at 200 KB: 55 ms through analyzeMessage, 29 ms through every adapter\'s read — re-keyed in the fifty-sixth session (IN_THE_VERB: "gostaria de receber", "quisiera recibir"), through analyzeMessage at 48 / 96 / 192 KB, CPU ms (the session’s start): "x" + "eái" × n + "\\u0000" 11 / 18 / 33 (24 / 47 / 27)',
  },
  {
    key: '166041631151dcae',
    where: 'lib/rules/grade.ts:266',
    why: "2nd degree polynomial; attack at 200 KB: 57 ms through analyzeMessage, 35 ms through every adapter's read",
  },
  {
    key: 'd42ea88163fa1c81',
    where: 'lib/rules/grade.ts:264',
    why: "2nd degree polynomial; attack at 200 KB: 46 ms through analyzeMessage, 37 ms through every adapter's read",
  },
  {
    key: '3f1241e14ec11f9f',
    where: 'lib/rules/move-off-platform.ts:162',
    why: "4th degree polynomial; attack at 200 KB: 94 ms through analyzeMessage, 50 ms through every adapter's read",
  },
  {
    key: '90167b53cb0eb17b',
    where: 'lib/rules/move-off-platform.ts:153',
    why: "2nd degree polynomial; attack at 200 KB: 119 ms through analyzeMessage, 36 ms through every adapter's read",
  },
  {
    key: '68ee3c3c644489ed',
    where: "lib/rules/move-off-platform.ts:289 (PAID_AT; thirty-fourth session: 'my paypal email is: x@…')",
    why: '2nd degree polynomial (fuzz); attack at 200 KB: 52 ms through analyzeMessage, 31 ms through every adapter\'s read; the thirty-fourth session\'s form: "PIX\\t" + "\\t " × n + "T" at 48 / 96 / 192 KB through analyzeMessage 67 (the first run) / 9 / 5 ms, "paypal " + "is : " × n + "x@y.com" 13 / 17 / 8 ms; thirty-fifth session (a money app, then its address after up to 60 characters: "Send it by Zelle to my roommate, his email is …"): "PIXIS " + "\\n " × n + "\\u0000" 81 (the first run) / 12 / 20 ms, "paypal " + "x " × n + "email is a@b.co" 30 / 36 / 56 ms; its form without "but" in the gap: "PIXIS\\t" + "\\n" × n + "\\u0000" 82 (the first run) / 16 / 22 ms; thirty-sixth session (its white space bounded: runs side by side were quadratic, 31 ms for 8K spaces alone): "" + "PIX-E-" × n + "E\\u0000" 256 (the first run) / 33 / 27 ms, after "My paypal is x@gmail.com." 33 / 30 / 46 ms',
  },
  {
    key: '0c7b98244461b0f0',
    where: 'lib/rules/move-off-platform.ts:424',
    why: "2nd degree polynomial (fuzz); attack at 200 KB: 124 ms through analyzeMessage, 41 ms through every adapter's read",
  },
  {
    key: 'ef143899d9b9e1ea',
    where: 'lib/text/contacts.ts:194',
    why: "2nd degree polynomial; attack at 200 KB: 62 ms through analyzeMessage, 24 ms through every adapter's read",
  },
  {
    key: '338321ddff58a7fe',
    where: 'lib/text/contacts.ts:200',
    why: "2nd degree polynomial (fuzz); attack at 200 KB: 96 ms through analyzeMessage, 28 ms through every adapter's read",
  },
  {
    key: '08f3c5e41e6efb41',
    where: 'lib/text/wallets.ts:198',
    why: "2nd degree polynomial (fuzz); attack at 200 KB: 116 ms through analyzeMessage, 48 ms through every adapter's read",
  },
  {
    key: 'bd24a353263afb68',
    where: 'lib/text/speech.ts:32',
    why: "IDIOMS with negative suggestion questions (twenty-eighth session): 3rd degree polynomial (fuzz); attack 'Ê WARUM NICHT' × n + 'H\\n' alone 13 / 27 / 53 ms at 48 / 96 / 192 KB (linear), through analyzeMessage 80 / 22 / 7 ms; the form before: 2nd degree (fuzz), 126 ms through analyzeMessage at 200 KB; perf34: the same pattern with \"(?=)\" where its paths join (lib/text/regexp-code.ts, less native code; the same matches): recheck's fuzzing now calls it safe, the entry kept (re-keyed in the forty-ninth session: the same pattern written with less native code — more \"(?=)\", lib/text/regexp-code.ts, and the BMP\u2019s letters for \\p{L}, lib/text/ascii-first.ts — the same matches on the BMP)",
  },
  {
    key: 'c1e23006daa8ec6f',
    where: 'lib/rules/move-off-platform.ts:333',
    why: "2nd degree polynomial; attack at 200 KB: 53 ms through analyzeMessage, 28 ms through every adapter's read",
  },
  {
    key: '8688a735ee441489',
    where: 'lib/text/speech.ts:258',
    why: "2nd degree polynomial (fuzz); attack at 200 KB: 51 ms through analyzeMessage, 33 ms through every adapter's read",
  },
  {
    key: '842ab4b6394374cd',
    where: 'lib/text/anchors.ts:175',
    why: "2nd degree polynomial; attack at 200 KB: 81 ms through analyzeMessage, 36 ms through every adapter's read",
  },
  {
    key: '4c673ab0801acfc9',
    where: 'lib/text/contacts.ts:45, lib/text/contacts.ts:63',
    why: "2nd degree polynomial (fuzz); attack at 200 KB: 76 ms through analyzeMessage, 32 ms through every adapter's read",
  },
  {
    key: '40b85c68136a8fb2',
    where: 'lib/text/contacts.ts:198',
    why: "2nd degree polynomial; attack at 200 KB: 48 ms through analyzeMessage, 30 ms through every adapter's read",
  },
  {
    key: '2d32ddf748f2b89c',
    where: 'lib/text/disguise.ts:219',
    why: "2nd degree polynomial; attack at 200 KB: 102 ms through analyzeMessage, 23 ms through every adapter's read",
  },
  {
    key: '01a1201feb845a39',
    where:
      'lib/text/message.ts:133 (QUOTATION; thirty-second session: a number put in quotation marks taken with both its marks and skipped; its attacks "„\\t" × n 151 / 91 / 152 ms, "\\"123456" × n 29 / 47 / 104 ms at 48 / 96 / 192 KB)',
    why: '4th degree polynomial (fuzz); attack at 200 KB: 338 ms through analyzeMessage, 27 ms through every adapter\'s read; with the number look-ahead, "„\\t" × n + "\\n" through analyzeMessage at 48 / 96 / 192 KB: 143 (the first run) / 81 / 157 ms CPU',
  },
  {
    key: '55ff60ebffcb62d5',
    where: 'lib/text/disguise.ts:94',
    why: "2nd degree polynomial (fuzz); attack at 200 KB: 291 ms through analyzeMessage, 25 ms through every adapter's read",
  },
  {
    key: 'f3be96e2bf74ccfb',
    where: 'lib/text/cooccur.ts:307',
    why: '2nd degree polynomial (fuzz); attack at 200 KB: 91 ms through analyzeMessage, 61 ms through every adapter\'s read; perf34: the same pattern with "(?=)" where its paths join (lib/text/regexp-code.ts, less native code; the same matches): recheck\'s fuzzing now calls it safe, the entry kept; re-keyed in the forty-ninth session (relayed requests: RELAYED_ASK among the words of asking), measured again through analyzeMessage at 48 / 96 / 192 KB, CPU ms (the session\u2019s start): "DEBE " + "P " × n + "\\u0000P \\u0000" 32 / 42 / 62 (30 / 50 / 65), "Pay me via Wise instead of Upwork. " + "wants " × n + "x" 66 / 81 / 23 (74 / 67 / 20) — re-keyed again in the forty-ninth session (its second batch: relayed requests in more frames, a fee or deposit asked politely, gift cards by store), measured through analyzeMessage at 48 / 96 / 192 KB, CPU ms (the session\u2019s start): "ASKSMY " + "P\\t" × n + "DEBE " 14 / 20 / 38 (14 / 20 / 40), "DEBE " + "P " × n + "\\u0000K" 20 / 41 / 46 (21 / 32 / 49) — re-keyed in the forty-ninth session\u2019s third batch (its second review: relayed by "says you should", "dice que le mandes", "hat gesagt, du sollst", "souhaite que tu", "pediu que você"; the reader\u2019s own client\u2019s wants ruled out; conditionals warned of; "compré", "ich habe … gekauft"), measured through analyzeMessage at 48 / 96 / 192 KB, CPU ms (the session\u2019s start): "DICE QUE " + "ME " × n + "Ê" 42 / 68 / 119 (35 / 51 / 109), "Mi jefe dice que " + "le " × n + "mandes" 8 / 8 / 23 (6 / 5 / 15) (re-keyed in the forty-ninth session: the same pattern written with less native code — more "(?=)", lib/text/regexp-code.ts, and the BMP\u2019s letters for \\p{L}, lib/text/ascii-first.ts — the same matches on the BMP); re-keyed in the fifty-first session (Spanish and French enclitics asked of the reader: "envíalo", "envoyez-le"), recheck: 3rd degree polynomial (fuzz), attack "ASKSMPIDEY ZGZN" + "TLAW P" × n + "\\u0000" through analyzeMessage at 48 / 96 / 192 KB, CPU ms: 5 / 10 / 19 (the session\u2019s start 5 / 9 / 17); re-keyed again (Portuguese \u201cmanda / envia\u201d opening a clause), recheck: 3rd degree polynomial (fuzz), "ASKSMY \u00caZY" + "TLAW EM" × n + "\\u0000" 648 (the first run) / 32 / 19 (the session\u2019s start 731 / 18 / 26)',
  },
  {
    key: '7120769df4a90db7',
    where: 'lib/rules/alt-payment-request.ts:284',
    why: "2nd degree polynomial (fuzz); attack at 200 KB: 78 ms through analyzeMessage, 16 ms through every adapter's read",
  },
  {
    key: 'db18694fbdb9f227',
    where: 'lib/text/cooccur.ts:52, lib/text/cooccur.ts:53',
    why: '2nd degree polynomial (fuzz); attack at 200 KB: 50 ms through analyzeMessage, 22 ms through every adapter\'s read; perf34: the same pattern with "(?=)" where its paths join (lib/text/regexp-code.ts, less native code; the same matches): 2nd degree polynomial (fuzz); attack "" + "  " × n at 200 KB: 2 / 4 ms CPU through analyzeMessage alone / after a sentence of trigger words (the form before: 2 / 4 ms) (re-keyed in the forty-ninth session: the same pattern written with less native code — more "(?=)", lib/text/regexp-code.ts, and the BMP\u2019s letters for \\p{L}, lib/text/ascii-first.ts — the same matches on the BMP)',
  },
  {
    key: '1bb8dbb7ca66d2cc',
    where:
      "lib/text/cooccur.ts:52, lib/text/cooccur.ts:53 (move-off-platform's channel concept; thirty-second session: an invite link needs its code)",
    why: '2nd degree polynomial (fuzz); attack at 200 KB: 127 ms through analyzeMessage, 30 ms through every adapter\'s read; the thirty-second session\'s form: "N-" × n + "\\0" at 48 / 96 / 192 KB 118 (the first run) / 51 / 66 ms CPU, "Join " + "discord.gg/" × n 52 / 50 / 49 ms',
  },
  // Rewritten this session (a confirmed attack each: see the hostile-text units); recheck's fuzzer still reports an
  // attack on the new form, which V8 runs in linear time, alone and through analyzeMessage.
  {
    key: 'c34b833abd1f580b',
    where: 'lib/text/cooccur.ts:62, lib/text/cooccur.ts:71, lib/text/cooccur.ts:72',
    why: 'move-off\'s TALK_GOES_THERE talk-set-elsewhere concept, with a "Communication:" label, the writer keeping up communication and "la comunicación será por" (twenty-ninth session) and "Preferred communication:" labels (thirtieth); recheck\'s fuzz attack "TODMAINTAINA " + "A CONTATO " × n + "\\u0000" through analyzeMessage at 48 / 96 / 192 KB: 136 / 24 / 38 ms CPU (the twenty-ninth session\'s form: 153 / 31 / 38 ms), lower-case 7 / 33 / 48 ms; perf34: the same pattern with "(?=)" where its paths join (lib/text/regexp-code.ts, less native code; the same matches): 3rd degree polynomial (fuzz); attack "R" + "FMAIN COMMUNICATION CONT" × n + "ASER " + "CONTACT A " × n + "O M\\u0000" at 200 KB: 19 / 73 ms CPU through analyzeMessage alone / after a sentence of trigger words (the form before: 32 / 74 ms) (re-keyed in the forty-ninth session: the same pattern written with less native code — more "(?=)", lib/text/regexp-code.ts, and the BMP\u2019s letters for \\p{L}, lib/text/ascii-first.ts — the same matches on the BMP)',
  },
  {
    key: 'ed7e4f7471af7cb1',
    where: 'lib/text/cooccur.ts:62, lib/text/cooccur.ts:71, lib/text/cooccur.ts:72',
    why: 'prepayment\'s FEE_REQUIRED concept with a compound fee before the required word ("Zollgebühr … erforderlich", thirtieth session); recheck\'s fuzz attack "REQUIS " + "R " × n + "\\u0000" through analyzeMessage at 48 / 96 / 192 KB: 124 / 41 / 67 ms CPU, lower-case 15 / 30 / 59 ms, after a held parcel 18 / 33 / 62 ms; perf34: the same pattern with "(?=)" where its paths join (lib/text/regexp-code.ts, less native code; the same matches): recheck\'s fuzzing now calls it safe, the entry kept (re-keyed in the forty-ninth session: the same pattern written with less native code — more "(?=)", lib/text/regexp-code.ts, and the BMP\u2019s letters for \\p{L}, lib/text/ascii-first.ts — the same matches on the BMP)',
  },
  {
    key: '4cd50eb4944162b3',
    where: 'lib/text/cooccur.ts:62, lib/text/cooccur.ts:71, lib/text/cooccur.ts:72',
    why: 'move-off\'s MAILED_YOU concept with the subjectless "Sent you an email." looking back at the sentence\'s start (thirtieth session, so its words stay anchors); recheck\'s fuzz attack "I" + " " × n + "HA" through analyzeMessage at 48 / 96 / 192 KB: 95 / 8 / 7 ms CPU; with the anchors pumped ("sent " × n) 30 / 25 / 29 ms, "  sent " 13 / 28 / 28 ms, "just sent you an email " 12 / 16 / 31 ms; perf34: the same pattern with "(?=)" where its paths join (lib/text/regexp-code.ts, less native code; the same matches): 2nd degree polynomial (fuzz); attack "F" + "AI EMAILED YOU WITHOUT A " × n + "N" at 200 KB: 10 / 81 ms CPU through analyzeMessage alone / after a sentence of trigger words (the form before: 10 / 84 ms) (re-keyed in the forty-ninth session: the same pattern written with less native code — more "(?=)", lib/text/regexp-code.ts, and the BMP\u2019s letters for \\p{L}, lib/text/ascii-first.ts — the same matches on the BMP)',
  },
  // Alternations too large for recheck to decide in 60 s (no attack string to measure): concepts, which run only at
  // their anchor words' offsets (lib/text/cooccur.ts), a filter only on the sentences a combination found, and
  // speech.ts's told-speech pattern, run only on sentences holding a telling word; the 200 KB runs of the
  // hostile-text units (tests/cooccur.test.ts) stay linear.
  {
    key: 'fd6a60aa23210c9b',
    where: 'lib/text/speech.ts:378',
    why: '2nd degree polynomial (fuzz; the told-words pattern with French impersonal \'il\' left out, twenty-seventh session); attack \'SOLL N L \' + \'E \' × n at 48 / 96 / 192 KB: 167 / 116 / 188 ms CPU through analyzeMessage; perf34: the same pattern with "(?=)" where its paths join (lib/text/regexp-code.ts, less native code; the same matches): 2nd degree polynomial (fuzz); attack "SOLL T E " + "EH" × n + "E " + " ME" × n + "L J P\\tY\\tÉ\\t" + "P" × n + "\\tA Ä" at 200 KB: 47 / 113 ms CPU through analyzeMessage alone / after a sentence of trigger words (the form before: 57 / 114 ms); thirty-fifth session ("m\'a proposé", "me propuso", "hat mir angeboten" told): "E" + "ER\\tH" × n + "\\u0000" 22 / 21 / 17 ms',
  },
  // Twenty-second session, patterns widened after the check was written (measured the same way, CPU time at 200 KB)
  {
    key: '7eab0e52514ed5f7',
    where: 'lib/rules/move-off-platform.ts:186 (NOT_A_CHANNEL)',
    why: 'recheck could not decide in 30 s; 200 KB runs of "linkedin ", "linkedin / a ", "a / ", "cv / ", "lien ", "profile a " after an invitation with a number: 31–236 ms through analyzeMessage (it runs only on sentences already found); thirty-fifth session ("my LinkedIn: linkedin.com/in/…" a profile link; recheck ran out of time): "my linkedin " + "linkedin " × n + ":" 7 / 12 / 13 ms; its form with the talk verbs looked back over: "CV,C" + "TC" × n + "\\u0000" 10 / 13 / 17 ms; the talk verbs looked back over from "my" (not before it: a run of word characters made the look-behind scan back from every position): "LINKEDINYIY" + "GE" × n + "\\u0000" 83 (the first run) / 27 / 15 ms',
  },

  {
    key: 'eb68273da5d9646a',
    where:
      "lib/text/cooccur.ts:62–64 (prepayment-pressure's PLATFORM concept; thirty-fourth session: 'en garantía'; 'hosting' taken out)",
    why: '2nd degree polynomial (fuzz); three attacks at 200 KB: 22–27 ms through analyzeMessage, 68–170 ms after a sentence of trigger words (tried only at its anchor words); without \'hosting\': "ISTERECHTIGTNOT HOW " + "F " × n + "\\u0000\\u0000H" at 48 / 96 / 192 KB 90 (the first run) / 40 / 42 ms, after a sentence asking for a deposit 104 / 48 / 34 ms; thirty-fifth session ("Treuhandservice", a booking site to build): "A " × n + "EIST N N RECHTLGTF0 B F F Ê" 16 / 38 / 72 ms; thirty-fifth session (escrow and milestones not the platform\'s when refused: "not through the milestone"): "Í" + "IST BERECHTIGT N 0 " × n 2 / 4 / 8 ms',
  },
  // Twenty-third session, patterns widened (measured the same way, CPU time at 200 KB)
  // Twenty-fourth session: crypto's WRITER_PAYS filter with its look-behind after the words it guards (its grading patterns
  // checked ASCII first are listed again below: lib/text/ascii-first.ts rewrote them); CPU time at 200 KB
  {
    key: '86145b65ac5a7fae',
    where: "lib/text/cooccur.ts:323 (crypto's WRITER_PAYS filter, the reader's balance waiting)",
    why: '3rd degree polynomial (fuzz); attack "U BE PAIDP PAIDP" + "PTOP U" × n + "\\n" at 50 and 200 KB: 24 and 24 ms through analyzeMessage, 135 and 100 ms after a sentence of trigger words; the earlier attacks on its old form 123 and 101 ms at 200 KB (a filter: tested only on sentences a coin combination found); perf34: the same pattern with "(?=)" where its paths join (lib/text/regexp-code.ts, less native code; the same matches): 3rd degree polynomial (fuzz); attack "U BE IDH" + "PTOP U" × n + "\\n" at 200 KB: 6 / 70 ms CPU through analyzeMessage alone / after a sentence of trigger words (the form before: 6 / 65 ms); thirty-fifth session (six words between "wir können Sie" and "bezahlen"): "IHR GEWINN C\\t" + "W\\nI " × n + "N" 260 (the first run) / 140 / 204 ms (re-keyed in the forty-ninth session: the same pattern written with less native code — more "(?=)", lib/text/regexp-code.ts, and the BMP\u2019s letters for \\p{L}, lib/text/ascii-first.ts — the same matches on the BMP)',
  },
  {
    key: 'eda8302bae3210db',
    where:
      "lib/text/cooccur.ts:333–342 (prepayment's WRITER_PAYS filter; twenty-sixth session: a payer who 'bietet Vorauszahlung' / 'offers upfront payment'; thirty-first: the writer's 'send' / 'provide' only with money after it; 'ich kann Ihnen 50 % … zahlen', 'puedo pagarte', 'posso te pagar' as the writer paying; thirty-third: 'remit … to your designated account')",
    why: '4th degree polynomial (fuzz); attack "\'" + "ÄPICK UP THE D\\tÀ" × n + "\\u0000" at 48, 96 and 192 KB: 121, 10 and 30 ms through analyzeMessage, 26–284 ms after a sentence of trigger words (a filter: tested only on sentences a prepayment combination found; the form before: 120, 8 and 7 ms, 51–184 ms); the thirty-first session\'s form: "É" + "ICH KANN Ü Ó" × n + "\\u0000" 97 (the first run) / 9 / 11 ms, "i can send the " × n 44 / 22 / 60 ms, "we will send you the " × n + "money" 12 / 18 / 42 ms; with the German, Spanish and Portuguese writer paying: "I " + "WILL SEND A " × n 208 (the first run) / 51 / 62 ms, "ich kann 50 % " × n + "zahlen" 7 / 14 / 29 ms; the thirty-third session\'s form ("remit", twelve words before "to your … account"): "WILL SEND A " × n 254 (the first run) / 61 / 115 ms, the attack above 36 / 53 / 81 ms, "we will remit " + "up to 50% " × n 21 / 19 / 46 ms; the thirty-fourth session\'s form (money or a deposit not followed by an invoice): "PAY£" + "PAY É" × n + "a" 69 (the first run) / 12 / 4 ms, "we will send you an advance " × n + "invoice" 23 / 13 / 24 ms; the thirty-fifth session\'s form (no release by the writer after "before / until / so"): "I \'D" + " MAKE L" × n + "\\u0000" 22 / 20 / 20 ms; thirty-fifth session ("ich zahle jetzt die Anzahlung"): "PAY T O\\nÀ\\nU\\t" + "I\\tM I\\tK F " × n + "a" 33 / 33 / 63 ms; thirty-sixth session ("sent today" not after "need", "want", "please" … within 40 characters: "I need a 50 % deposit sent today" is asked): "I \'D B Z\\n" + "SEND " × n + "\\u0000" 304 (the first run) / 62 / 46 ms, after "I need a 50% deposit before I start." 115 / 55 / 49 ms, "I need a 50% deposit" + "SEND " × n + "today" 13 / 16 / 35 ms, spaces before "sent today" 1 / 2 / 3 ms; the review of the same session (the look-behind\'s words whole: "get" was read inside "budget"): "I \'D MAKE " + "F " × n + "\\u0000" 17 / 24 / 46 ms, after "I need a 50% deposit before I start." 20 / 24 / 41 ms',
  },
  // Twenty-sixth session
  {
    key: '908269a39aec1963',
    where:
      "lib/rules/identity-rental-request.ts SHARED_USE's use words (thirty-seventh session: 'deliver/bid/invoice … through/via', and 'let me use' in five languages)",
    why: '2nd degree polynomial (fuzz); attack "LL\\u0000\\u0000WORK DJAS" × n through analyzeMessage at 48 / 96 / 192 KB, CPU time: 50 / 43 / 59 ms alone, 60 / 27 / 30 ms after "Can I use your account? You get 20%." (the session\'s start: 46 / 55 / 42 and 46 / 35 / 53 ms); "Your account: " + "work through " × n 28 / 50 / 41 ms (25 / 29 / 40), "I use your account, you get 20%. your account " + "bill via " × n 6 / 11 / 18 ms (re-keyed in the forty-ninth session: the same pattern written with less native code — more "(?=)", lib/text/regexp-code.ts, and the BMP\u2019s letters for \\p{L}, lib/text/ascii-first.ts — the same matches on the BMP)',
  },
  {
    key: '75ad571cc4092339',
    where:
      "lib/text/share.ts INCOME_SHARE (thirty-seventh session: read once for identity rental's shared use, the role split and the stand-in; 'u' for you, halves, splits in five languages, a sum a week)",
    why: '3rd degree polynomial (fuzz) on one run, could not decide (timeout) on another; attack "M" + "EU TE PAGO 0DÓ PA" × n + "M" + "EU TE PAGO 0DÓ GO" × n + " Ö D\\u0000" through analyzeMessage at 48 / 96 / 192 KB: 31 / 38 / 17 ms alone, 68 / 34 / 28 ms after a sentence asking for the reader\'s account (the filter is read only where a use was found); "you will get " + "a " × n 22 / 27 / 45 ms, "eu te pago " + "palavra " × n 2 / 3 / 6 ms — the session\'s start measured the same (31 / 34 / 15, 26 / 25 / 45, 2 / 2 / 5 ms) (re-keyed in the forty-ninth session: the same pattern written with less native code — more "(?=)", lib/text/regexp-code.ts, and the BMP\u2019s letters for \\p{L}, lib/text/ascii-first.ts — the same matches on the BMP)',
  },
  {
    key: 'd348ba78135cd415',
    where:
      "lib/text/cooccur.ts:333 (lib/text/proxy.ts's STAND_IN filter: 'work on your behalf' added; thirty-first session: the interviews 'à ma place', 'en mi lugar', 'für mich'; thirty-seventh: 'on behalf of our developers', 'im Namen unserer Entwickler', 'à la place de nos développeurs')",
    why: '2nd degree polynomial (fuzz); attack "DO R " + "I " × n + "\\u0000" at 48, 96 and 192 KB: 150, 59 and 111 ms through analyzeMessage, 55–151 ms after a stand-in sentence (tested once per message, only where a stand-in sentence was found); the form before measured the same (133, 66, 121 ms; 52–134 ms); the thirty-first session\'s form: "DO R " + "I " × n at 48 / 96 / 192 KB 66 / 63 / 129 ms; perf34: the same pattern with "(?=)" where its paths join (lib/text/regexp-code.ts, less native code; the same matches): 2nd degree polynomial (fuzz); attack "INTE M " + "I " × n + "%" at 200 KB: 81 / 220 ms CPU through analyzeMessage alone / after a sentence of trigger words (the form before: 82 / 219 ms); thirty-sixth session ("as me", "do the actual job myself", "mache ich … allein"): "INTERVIEM" + " I" × n + "\\u0000" 276 (the first run) / 75 / 84 ms, after a stand-in sentence 46 / 42 / 71 ms; the review of the same session (only "join/attend … the zoom/call/meeting/interview as me"; the work-split phrases out): "DO A " + "I " × n + "\\u0000" 51 / 44 / 72 ms, after "Can you attend the interviews on my behalf?" 39 / 41 / 70 ms; thirty-seventh session\'s form: "INTERVII\\u0000STA" + " I" × n + " %" at 48 / 96 / 192 KB 56 / 65 / 96 ms alone, 53 / 45 / 73 after a stand-in sentence; "DO R " + "I " × n 50 / 43 / 81 and 27 / 38 / 82 ms (the session\'s start: 68 / 73 / 135 and 56 / 55 / 99 ms); forty-first session (the video calls as stand-in meetings, "unter meinem Namen", "con tu perfil", "mitad y mitad", "por mim"): "PEN" + " V Q I" × n + "\\u0000" at 48 / 96 / 192 KB 41 / 50 / 80 ms CPU alone, 53 / 43 / 71 after "You do the interviews for me."; "You do the interviews under my name. " + "con tu " × n + "perfil" 10 / 15 / 13; narrowed after the session\'s second review (the profile only where the writer works through it, "I … with your profile"; no fifty-fifty words): "POSTUL" + " I" × n + "\\u0000" 365 (the first run) / 74 / 121 ms, after "You do the interviews for me." 79 / 51 / 72; "I " + "x " × n + "with your profile" 13 / 18 / 35 (re-keyed in the forty-ninth session: the same pattern written with less native code — more "(?=)", lib/text/regexp-code.ts, and the BMP\u2019s letters for \\p{L}, lib/text/ascii-first.ts — the same matches on the BMP) — re-keyed in the fiftieth session (a stand-in\'s share: "you\'d get 20% of each contract", "wir teilen 50/50", "Vorstellungsgesprächen für mich"), measured through analyzeMessage at 48 / 96 / 192 KB, CPU ms (the session\u2019s start): "GESPRÄCH" + " I" × n + "\\u0000" 75 / 107 / 180 (62 / 106 / 176), "Könnten Sie bei Vorstellungsgesprächen " + "für mich " × n + "auftreten? wir teilen 50/50" 52 / 26 / 27 (51 / 28 / 28) — re-keyed in the fifty-fourth session (lib/text/proxy.ts: the face of the team and a share of each contract in German, Spanish, French and Portuguese, "a partnership where you", appearing in the calls); recheck\u2019s 3rd-degree fuzz attack "CANDIDAT" + " I I" × n + "\\u0000" through analyzeMessage at 48 / 96 / 192 KB, CPU ms (the session\u2019s start): 894 (the first run) / 108 / 188 (1274 / 125 / 252); after "You would attend the interviews, I stay behind." 53 / 56 / 246 (77 / 82 / 328); "Du würdest in den Videocalls auftreten. Wir teilen" + " I I" × n 43 / 56 / 79 (39 / 56 / 113)',
  },
  // Twenty-sixth session (helper perf26): the rules' and grading's "u" patterns with their letters checked ASCII first
  // (lib/text/ascii-first.ts: the same matches; recheck's fuzzing calls these super-linear) and "\\b" in "iu" patterns read
  // as one side's look-around. Measured in plain node, recheck's attack at 200 KB, process CPU time through
  // analyzeMessage alone / after a sentence of trigger words (one corpus request per rule), against the pattern's form
  // before the session on the same attack ("before").
  {
    key: 'a2f284a616a4667a',
    where: 'lib/rules/alt-payment-request.ts:302 (MARKETPLACE_FEES through asciiFirst)',
    why: '2nd degree polynomial (fuzz); attack "no\\tt\\ta " + " " × n + "n" at 200 KB: 7/10 ms through analyzeMessage alone / after trigger words (before: 13/21 ms); perf34: the same pattern with "(?=)" where its paths join (lib/text/regexp-code.ts, less native code; the same matches): 2nd degree polynomial (fuzz); attack "no\\t" + " \\t" × n + "" at 200 KB: 54 / 38 ms CPU through analyzeMessage alone / after a sentence of trigger words (the form before: 51 / 41 ms) (re-keyed in the forty-ninth session: the same pattern written with less native code — more "(?=)", lib/text/regexp-code.ts, and the BMP\u2019s letters for \\p{L}, lib/text/ascii-first.ts — the same matches on the BMP)',
  },
  {
    key: '5b8842aa12d0078e',
    where: "lib/rules/identity-rental-request.ts:387 (FUND_PITCH, its \\b as one side's look-around)",
    why: '2nd degree polynomial (fuzz); attack "0:kcv:uyod/\\u0000:-çad" + "th" × n + "\\n" at 200 KB: 16/21 ms through analyzeMessage alone / after trigger words (before: 11/32 ms)',
  },
  {
    key: '2a332e1de53a3ac6',
    where: 'lib/rules/move-off-platform.ts:165 (ADDRESSEE through asciiFirst)',
    why: '2nd degree polynomial (fuzz); attack "email do destinatd" + "\\nb" × n + " " at 200 KB: 194/400 ms through analyzeMessage alone / after trigger words (before: 158/321 ms); perf34: the same pattern with "(?=)" where its paths join (lib/text/regexp-code.ts, less native code; the same matches): recheck\'s fuzzing now calls it safe, the entry kept (re-keyed in the forty-ninth session: the same pattern written with less native code — more "(?=)", lib/text/regexp-code.ts, and the BMP\u2019s letters for \\p{L}, lib/text/ascii-first.ts — the same matches on the BMP)',
  },
  {
    key: '29e38f6840d24c09',
    where: 'lib/rules/prepayment-pressure.ts:316 (DEFINED through asciiFirst)',
    why: '2nd degree polynomial (fuzz); attack "es " × n at 200 KB: 13/22 ms through analyzeMessage alone / after trigger words (before: 7/16 ms); perf34: the same pattern with "(?=)" where its paths join (lib/text/regexp-code.ts, less native code; the same matches): recheck\'s fuzzing now calls it safe, the entry kept (re-keyed in the forty-ninth session: the same pattern written with less native code — more "(?=)", lib/text/regexp-code.ts, and the BMP\u2019s letters for \\p{L}, lib/text/ascii-first.ts — the same matches on the BMP)',
  },
  {
    key: 'eaee726a81396a06',
    where: 'lib/rules/grade.ts:172 (PAID_IT through asciiFirst)',
    why: '2nd degree polynomial (fuzz); attack "i ü " + "i " × n + "\\u0000" at 200 KB: 161/219 ms through analyzeMessage alone / after trigger words (before: 175/206 ms); perf34: the same pattern with "(?=)" where its paths join (lib/text/regexp-code.ts, less native code; the same matches): 2nd degree polynomial (fuzz); attack "i " + "i " × n + "\\u0000" at 200 KB: 87 / 161 ms CPU through analyzeMessage alone / after a sentence of trigger words (the form before: 88 / 154 ms); thirty-sixth session (French "on peut vous régler", the writer paying): "i" + " i" × n + " " at 48 / 96 / 192 KB 13 / 26 / 54 ms, after "I need 50% upfront." 14 / 27 / 77 ms; the same session\'s review (the writer paying ahead written once, WRITER_PAYS_WORDS, shared with WRITER_PAYS_AHEAD; the same matches): "i f x" + "i " × n + "x" + "i " × n + "f \\u0000" at 48 / 96 / 192 KB 238 (the first run) / 63 / 80 ms, after "I need 50% upfront." 130 / 73 / 68 ms (re-keyed in the forty-ninth session: the same pattern written with less native code — more "(?=)", lib/text/regexp-code.ts, and the BMP\u2019s letters for \\p{L}, lib/text/ascii-first.ts — the same matches on the BMP) — re-keyed in the fifty-sixth session ("si lo necesitas", "se vc precisar"), through analyzeMessage at 48 / 96 / 192 KB, CPU ms (the session’s start): "i " + "i " × n + "\u0000" 23 / 46 / 184 (22 / 43 / 187)',
  },
  {
    key: 'f495db6276373932',
    where: "lib/rules/grade.ts WRITER_ALL (the writer's words for the evidence line)",
    why: '2nd degree polynomial (fuzz; forty-fourth session, the Spanish imperatives "envíame", "compárteme" added); attack "á" + "nme" × n + "á" + "n-me" × n + "r": through analyzeMessage after "Write me on WhatsApp á", "nme" × n + "á r" at 48 / 96 / 192 KB 531 (the first run) / 42 / 38 ms, "n-me" × n 36 / 39 / 74 ms (the code before: 496 / 42 / 30 and 87 / 59 / 61 ms); re-keyed in the same session (the plural imperatives "envíenme", "pásenme", "compártanme"): attack "g" + "i-me" × n + "f" at 48 / 96 / 192 KB 4 / 13 / 12 ms; re-keyed in the forty-fifth session (what is sent after the imperative, "mándamelos"): attack "ª" + "ñ-me" × n + "a" 466 (the first run) / 37 / 35 ms, after "Send the files via WhatsApp " 80 / 51 / 42 ms, "mándamelos-me " × n 10 / 8 / 21 ms',
  },
  {
    key: '145f448a1b913490',
    where: 'lib/rules/grade.ts:176 (TO_THE_WRITER through asciiFirst)',
    why: '2nd degree polynomial (fuzz); attack "c" + "m’" × n + "r" at 200 KB: 218/116 ms through analyzeMessage alone / after trigger words (before: 145/115 ms); perf34: the same pattern with "(?=)" where its paths join (lib/text/regexp-code.ts, less native code; the same matches): recheck\'s fuzzing now calls it safe, the entry kept (re-keyed in the forty-ninth session: the same pattern written with less native code — more "(?=)", lib/text/regexp-code.ts, and the BMP\u2019s letters for \\p{L}, lib/text/ascii-first.ts — the same matches on the BMP)',
  },
  {
    key: 'd326c1d1284d0edf',
    where: 'lib/rules/grade.ts:294 (IN_THE_VERB through asciiFirst)',
    why: '2nd degree polynomial (fuzz); attack "é" + "eó" × n at 200 KB: 9/14 ms through analyzeMessage alone / after trigger words (before: 5/11 ms); perf34: the same pattern with "(?=)" where its paths join (lib/text/regexp-code.ts, less native code; the same matches): 2nd degree polynomial (fuzz); attack "u" + "vímer" × n + "\\u0000" at 200 KB: 13 / 53 ms CPU through analyzeMessage alone / after a sentence of trigger words (the form before: 13 / 54 ms) (re-keyed in the forty-ninth session: the same pattern written with less native code — more "(?=)", lib/text/regexp-code.ts, and the BMP\u2019s letters for \\p{L}, lib/text/ascii-first.ts — the same matches on the BMP) — re-keyed in the fifty-sixth session (the same IN_THE_VERB through asciiFirst), through analyzeMessage at 48 / 96 / 192 KB, CPU ms (the session’s start): "c" + "náv" × n 6 / 5 / 8 (5 / 6 / 8)',
  },
  {
    key: '46e546d468d85c94',
    where:
      "lib/text/cooccur.ts:62–72 (prepayment's DEMAND concept; thirty-first session: 'könnten sie', 'podrías', 'poderia', 'pourriez-vous' alone; thirty-third: 'wir/ich verlangen'; thirty-fourth: 'tienes que', 'deberás', the customer's future tense, 'zu hinterlegen', 'I will request', 'hay que depositar una', 'que usted pague')",
    why: '2nd degree polynomial (fuzz); attack "D" + "ICC MUSS" × n + "O" through analyzeMessage at 48 / 96 / 192 KB: 102 (the first run) / 12 / 11 ms CPU; "könnten sie " × n + "zahlen" 23 / 12 / 13 ms, "muss " × n + "anzahlung" 74 / 28 / 63 ms; with "mándame", "transfiéreme" …: "À" + "ICJ MUSS" × n 87 (the first run) / 18 / 25 ms; the thirty-third session\'s form: "ICC MUSS" × n 4 / 8 / 13 ms, "wir " + "verlangen " × n + "anzahlung" 59 (the first run) / 30 / 28 ms; the thirty-fourth session\'s form: "B" + "ICHM MUSS" × n + "N\\n" 82 (the first run) / 4 / 10 ms, "tienes que " × n + "señal" 18 / 11 / 13 ms, "le client versera " × n + "acompte" 41 / 20 / 25 ms; with \'zu hinterlegen\' and \'I will request\': "Ê" + " " × n 1 / 1 / 2 ms, "I will " + "request " × n + "deposit" 62 (the first run) / 26 / 22 ms; with \'hay que depositar una\' and \'que pague\': "NHOY QUE PA\\u0000DE Ê" × n 36 / 52 / 36 ms, "hay que depositar en depósito " × n + "fianza" 17 / 5 / 11 ms, "que usted pague " × n + "anticipo" 50 / 32 / 32 ms; the review\'s form (the obligations with the paying act apart, OBLIGED_TO_PAY): "A" + "ICHM MUSS" × n + "Í\\n" 71 (the first run) / 6 / 5 ms; thirty-fifth session ("págame", "deposítame"): "U" + "ICHM MUSS" × n + "C\\n" 2 / 3 / 7 ms; thirty-sixth session ("muss … oder?" looked for within 200 characters, not to the sentence\'s end — each "muss" of a long sentence read it all, 1.3 s at 190 KB): "MUSS0" + "N " × n + "\\n" 246 (the first run) / 32 / 39 ms, after "Die Anzahlung vorab, bitte." 83 / 41 / 34 ms, "Die Anzahlung " + "muss " × n + "richtig?" 18 / 16 / 28 ms; the review of the same session ("oder?" with at most three spaces before the "?"): "A" + "Ä " × n 1 / 1 / 3 ms, after "I need 50% upfront." 71 (the first run) / 25 / 3 ms; thirty-seventh session ("I charge", "I ask for", "cobro / peço … un anticipo / um sinal"): "\'" + "N " × n + "YOBU LI" + " O" × n at 48 / 96 / 192 KB 26 / 22 / 40 ms CPU alone, 108 (the first run) / 53 / 36 after "I need a 50% deposit before I start."; "cobro " + "a " × n 23 / 32 / 65 and 12 / 24 / 50 ms (the session\'s start, the same texts: 30 / 23 / 47, 108 / 52 / 37, 24 / 27 / 63, 19 / 31 / 47 ms); forty-first session ("I take / accept / collect payment upfront", "payment upfront only"): "MUSSY" + "N " × n + "\\n" at 48 / 96 / 192 KB 11 / 20 / 40 ms CPU alone, 129 (the first run) / 61 / 41 after "I need a 50% deposit before I start." (the session\'s start: 15 / 22 / 42 and 175 / 78 / 41); "I take " + "payment " × n + "upfront" 43 / 51 / 100, "I only take payment upfront. " + "only " × n + "upfront" 34 / 19 / 12; narrowed after the review ("we only take", no "or after/monthly …" alternative within 60 characters): "I TAKEO" + " " × n + "\\n" 1 / 1 / 3 ms, after "I need a 50% deposit before I start." 114 (the first run) / 36 / 5; "I take payment upfront" + "  " × n + "or after" 35 / 20 / 17; re-keyed in the forty-sixth session (an ask put politely, "would it be ok if", "would you mind", "any chance you could"): recheck\'s attack "I TAKEF" + " \\t" × n + "\\n" at 48 / 96 / 192 KB 1 / 2 / 4 ms; "would it be ok " × n after "Please pay 50% upfront " 77 (the first run) / 30 / 44 ms; re-keyed again (the polite asks narrowed to the reader paying): "I TAKEB" + " " × n + "\\n" 1 / 3 / 4 ms; re-keyed again (French "il me faudrait"): "I TAKEÓ" + " \\t" × n + "\\n" 2 / 4 / 8 ms; re-keyed in the forty-eighth session (a request relayed to the reader: "vous demande de", "pede que você", "bittet Sie"): "MUSSS" + "N " × n + "\\n" 706 (the first run) / 37 / 64 ms CPU (the session\u2019s start 739 / 53 / 66), "Notre comptable vous demande de régler " + "N " × n + "l acompte de 30 %" 133 / 74 / 109 (28 / 35 / 52: the sentence now read as a demand) — re-keyed again in the forty-ninth session (its second batch: relayed requests in more frames, a fee or deposit asked politely, gift cards by store), measured through analyzeMessage at 48 / 96 / 192 KB, CPU ms (the session\u2019s start): prepayment DEMAND now opens with RELAYED_ASK: "ASI" + "\\t " × n + "FORA\\u0000" 3 / 10 / 15 (3 / 7 / 17), "My boss " + "wants " × n + "you to pay the deposit" 14 / 20 / 15 (6 / 4 / 7), "" + "the boss " × n + "wants you to pay a deposit" 62 / 28 / 58 (2 / 5 / 8) — re-keyed in the forty-ninth session\u2019s third batch (its second review: relayed by "says you should", "dice que le mandes", "hat gesagt, du sollst", "souhaite que tu", "pediu que você"; the reader\u2019s own client\u2019s wants ruled out; conditionals warned of; "compré", "ich habe … gekauft"), measured through analyzeMessage at 48 / 96 / 192 KB, CPU ms (the session\u2019s start): "SAYSMY\\n" + "Ç\\nÁ\\tB\\t" × n + "\\u0000" 9 / 18 / 24 (8 / 16 / 25), "My boss " + "says " × n + "you should pay" 7 / 5 / 13 (7 / 4 / 11) (re-keyed in the forty-ninth session: the same pattern written with less native code — more "(?=)", lib/text/regexp-code.ts, and the BMP\u2019s letters for \\p{L}, lib/text/ascii-first.ts — the same matches on the BMP)',
  },
  {
    key: '1950a8655f2dd4b4',
    where:
      "lib/rules/remote-access-request.ts:169 (TO_YOUR_OWN_IT, an unless of NOT_ASKED; thirty-third session: a session's password handed to the reader's own IT admin)",
    why: '2nd degree polynomial (fuzz); attack "M" + "ÀGIVE\\tD" × n + " Ca" at 48, 96 and 192 KB: 156 (the first run) / 25 / 8 ms through analyzeMessage; behind a sentence that asks ("Please install AnyDesk and share it " + the same + " with your IT admin") 26 / 7 / 13 ms; "share the AnyDesk password " + "give " × n + "with your admin" 40 / 40 / 76 ms; the pattern alone on 20,000 pumps 5 ms (anchored at the sentence start: one pass; tested only on sentences a remote-access reading found)',
  },
  {
    key: '7c216ea5371b42cd',
    where:
      "lib/text/cooccur.ts:360 (prepayment's AFTER_PAYMENT filter; thirty-third session: '(pre)payment' after 'only after 100 %')",
    why: '3rd degree polynomial (fuzz); attack "À" + "ERST NACH  " × n + "RECEIPT OF PAYM" at 48, 96 and 192 KB: 4, 7 and 14 ms through analyzeMessage; after a sentence of trigger words ("payment " + the same) 23 / 12 / 27 ms; "start " + "only after " × n + "payment" 10 / 11 / 24 ms, "nach " × n + "zahlungseingang" 3 / 5 / 13 ms (a filter: tested only on sentences holding a payment word and a service verb); perf34: the same pattern with "(?=)" where its paths join (lib/text/regexp-code.ts, less native code; the same matches): recheck\'s fuzzing now calls it safe, the entry kept (re-keyed in the forty-ninth session: the same pattern written with less native code — more "(?=)", lib/text/regexp-code.ts, and the BMP\u2019s letters for \\p{L}, lib/text/ascii-first.ts — the same matches on the BMP) — re-keyed in the fiftieth session ("luego de", and not "after delivery … the payment": "Después de la entrega se realiza el pago" is paid after); recheck now calls it safe, the entry kept with its measurements',
  },
  {
    key: 'ee1b81dfabb01817',
    where: "lib/rules/grade.ts:121 (NUMBER_IN_A_NAME; thirty-second session: 'pelo nome', 'Nome: Vem')",
    why: '3rd degree polynomial (fuzz); attack "em nm " × n + "m" through analyzeMessage at 48 / 96 / 192 KB: 12 / 21 / 27 ms CPU, after "Manda o valor neste numero 845558754 " 40 / 105 / 183 ms',
  },
  // Thirty-fourth session: deposits as the policy labels every set (measured as above, CPU time through analyzeMessage at
  // 48 / 96 / 192 KB)
  {
    key: 'aa32a4c8699377d5',
    where: "lib/text/cooccur.ts:62–72 (prepayment's KEPT concept: a deposit and its keeping in one clause)",
    why: '3rd degree polynomial (fuzz); attack "NO SE DEVUELVE" + "ÄR" × n + "\\n" 7 / 11 / 21 ms; "deposit a " × n + "x" 12 / 12 / 24 ms; "no se devuelve deposit " × n + "x" 81 (the first run) / 32 / 43 ms (the clause between is at most 60 characters) (re-keyed in the forty-ninth session: the same pattern written with less native code — more "(?=)", lib/text/regexp-code.ts, and the BMP\u2019s letters for \\p{L}, lib/text/ascii-first.ts — the same matches on the BMP)',
  },
  {
    key: '08cd94347a392e51',
    where: "lib/text/cooccur.ts:62–72 (prepayment's MAY_BE_ASKED concept: a deposit the terms say may be asked)",
    why: '2nd degree polynomial (fuzz); attack "ÊEXIGÉ O Y GÉ " × n + "O EXIGÉ O Y GÉY U\\u0000" 19 / 21 / 18 ms; "peut être exigé acompte " × n 14 / 13 / 21 ms (re-keyed in the forty-ninth session: the same pattern written with less native code — more "(?=)", lib/text/regexp-code.ts, and the BMP\u2019s letters for \\p{L}, lib/text/ascii-first.ts — the same matches on the BMP)',
  },
  // perf34: patterns rewritten with "(?=)" where their paths join (lib/text/regexp-code.ts) that recheck's fuzzing now calls
  // super-linear and had called safe before; the same matches, and the attack costs the same on the form before.
  {
    key: 'b02dd2845235f3f9',
    where: 'lib/text/cooccur.ts:67, lib/text/cooccur.ts:115',
    why: 'perf34: the same pattern with "(?=)" where its paths join (lib/text/regexp-code.ts, less native code; the same matches); recheck\'s fuzzing had called the form without them safe, and calls this one 2nd degree polynomial (fuzz); attack "GEHT" + " A" × n + "\\u0000" at 200 KB: 83 / 184 ms CPU through analyzeMessage alone / after a sentence of trigger words (the form before: 90 / 178 ms); thirty-seventh session (avoids-video\'s NOT_WORKING: "acting up", "playing up", "glitching"): "GEHTH ET" + "\\tA" × n at 48 / 96 / 192 KB 34 / 46 / 60 ms CPU, "GEHT" + " A" × n after a trigger sentence 68 / 45 / 67 ms (the session\'s start: 40 / 44 / 58 and 75 / 63 / 56 ms); narrowed after the session\'s fresh-eyes review, measured again at 48 / 96 / 192 KB (CPU time, alone and after a trigger sentence): "CANE MARCHE PAST" + " A" × n 28 / 33 / 52 and 31 / 31 / 51 ms (the session\'s start 20 / 28 / 68 and 43 / 38 / 56); forty-first session (NOT_WORKING: a camera called bad, "minha câmera é bem ruim", at most two words between): "GEHT" + "\\tÓ\\tC" × n + "\\u0000" at 48 / 96 / 192 KB 308 (the first run) / 33 / 28 ms CPU alone, 45 / 25 / 41 after "Sorry, my camera is broken." (the session\'s start: 362 / 28 / 29 and 51 / 27 / 20); "MIC\\t" + "A\\tH " × n + "Ó" 19 / 23 / 45, after "My mic is bad." 13 / 23 / 46; narrowed after the forty-first session\'s review (a camera "is/es/ist/est/é" bad, no negation before, no purpose after): "CAM É\\t" + "A " × n + "Ó" 352 (the first run) / 40 / 56 ms, after "My camera is broken." 82 / 71 / 58 (re-keyed in the forty-ninth session: the same pattern written with less native code — more "(?=)", lib/text/regexp-code.ts, and the BMP\u2019s letters for \\p{L}, lib/text/ascii-first.ts — the same matches on the BMP) (re-keyed in the fifty-second session: "deu pau", "deu ruim" added; "E" + " NO " × n + "\\u0000" at 48 / 96 / 192 KB through analyzeMessage 873 (the first run) / 25 / 48 ms CPU, the session\u2019s start 801 / 31 / 45; after "Sorry, my camera is broken." 63 / 30 / 78 (75 / 36 / 39); "GEHT" + " A" × n 34 / 64 / 124 (31 / 68 / 133))',
  },
  {
    key: '0616060e9cb89698',
    where: 'lib/text/cooccur.ts:361, lib/text/cooccur.ts:67, lib/text/cooccur.ts:115',
    why: 'perf34: the same pattern with "(?=)" where its paths join (lib/text/regexp-code.ts, less native code; the same matches); recheck\'s fuzzing had called the form without them safe, and calls this one 2nd degree polynomial (fuzz); attack "PRESENTAR SHO CAND" + " STAND" × n + "Ê" at 200 KB: 5 / 74 ms CPU through analyzeMessage alone / after a sentence of trigger words (the form before: 5 / 73 ms) (re-keyed in the forty-ninth session: the same pattern written with less native code — more "(?=)", lib/text/regexp-code.ts, and the BMP\u2019s letters for \\p{L}, lib/text/ascii-first.ts — the same matches on the BMP)',
  },
  {
    key: '8f7d2b853d4956e3',
    where: 'lib/text/cooccur.ts:67',
    why: 'perf34: the same pattern with "(?=)" where its paths join (lib/text/regexp-code.ts, less native code; the same matches); recheck\'s fuzzing had called the form without them safe, and calls this one 2nd degree polynomial (fuzz); attack "P @ C6.H6.HAFZQM" + ".HA" × n + "_TQXQFSAFZ6M" + ".H_A" × n + "FH_E\\u0000" at 200 KB: 50 / 109 ms CPU through analyzeMessage alone / after a sentence of trigger words (the form before: 54 / 110 ms) (re-keyed in the forty-ninth session: the same pattern written with less native code — more "(?=)", lib/text/regexp-code.ts, and the BMP\u2019s letters for \\p{L}, lib/text/ascii-first.ts — the same matches on the BMP)',
  },
  {
    key: 'f5e35a37177e735b',
    where: 'lib/text/cooccur.ts:67, lib/text/cooccur.ts:115',
    why: 'perf34: the same pattern with "(?=)" where its paths join (lib/text/regexp-code.ts, less native code; the same matches); recheck\'s fuzzing had called the form without them safe, and calls this one 2nd degree polynomial (fuzz); attack "" + "NVÍE E" × n + "NVÍE \\u0000" at 200 KB: 34 / 100 ms CPU through analyzeMessage alone / after a sentence of trigger words (the form before: 34 / 85 ms)',
  },
  {
    key: '99fc0cab290e3fb7',
    where: 'lib/text/ascii-first.ts:22, lib/rules/grade.ts:372',
    why: 'perf34: the same pattern with "(?=)" where its paths join (lib/text/regexp-code.ts, less native code; the same matches); recheck\'s fuzzing had called the form without them safe, and calls this one 2nd degree polynomial (fuzz); attack "p" + "t-meª" × n + "e-m" + "n-me" × n at 200 KB: 25 / 92 ms CPU through analyzeMessage alone / after a sentence of trigger words (the form before: 27 / 91 ms)',
  },
  {
    key: 'c9171abdf5bd48a5',
    where: 'lib/text/ascii-first.ts:22',
    why: 'perf34: the same pattern with "(?=)" where its paths join (lib/text/regexp-code.ts, less native code; the same matches); recheck\'s fuzzing had called the form without them safe, and calls this one 2nd degree polynomial (fuzz); attack " e\\tr" + "eª" × n + "y " + "the offer " × n + "n" at 200 KB: 14 / 77 ms CPU through analyzeMessage alone / after a sentence of trigger words (the form before: 14 / 76 ms); thirty-fifth session ("über mein zweites Konto beauftragen"): "pag" + "eª" × n 45 (the first run) / 24 / 26 ms; its German form only after "mich/uns": "\\t" + "  " × n 2 / 4 / 8 ms, "mich " + "a " × n + "über mein neues konto beauftragen" 60 / 65 / 147 ms; its "mich/uns" looked back over from the preposition, with at most three spaces (looked back first, from every position, a 200 KB run of tabs after a trigger sentence took minutes — the hostile-text test caught it): "aufuns\\ts" + "e aufei" × n + "n neukonmein neukonteª" 15 / 10 / 20 ms; after a trigger sentence, "mich " + "\\t" × n + "über mein neues konto beauftragen" 46 / 21 / 18 ms',
  },
  {
    key: 'f9c5e5fb058092b1',
    where: 'lib/text/ascii-first.ts:22',
    why: 'perf34: the same pattern with "(?=)" where its paths join (lib/text/regexp-code.ts, less native code; the same matches); recheck\'s fuzzing had called the form without them safe, and calls this one 2nd degree polynomial (fuzz); attack "c" + "to a to a re a" × n + " relatil" at 200 KB: 15 / 87 ms CPU through analyzeMessage alone / after a sentence of trigger words (the form before: 15 / 84 ms) (re-keyed in the forty-ninth session: the same pattern written with less native code — more "(?=)", lib/text/regexp-code.ts, and the BMP\u2019s letters for \\p{L}, lib/text/ascii-first.ts — the same matches on the BMP)',
  },
  {
    key: 'a38fb01f16a24cab',
    where: 'lib/text/ascii-first.ts:22',
    why: 'perf34: the same pattern with "(?=)" where its paths join (lib/text/regexp-code.ts, less native code; the same matches); recheck\'s fuzzing had called the form without them safe, and calls this one 3rd degree polynomial (fuzz); attack "ª" + "posible receive " × n + "receivev\\n" at 200 KB: 11 / 76 ms CPU through analyzeMessage alone / after a sentence of trigger words (the form before: 11 / 80 ms) (re-keyed in the forty-ninth session: the same pattern written with less native code — more "(?=)", lib/text/regexp-code.ts, and the BMP\u2019s letters for \\p{L}, lib/text/ascii-first.ts — the same matches on the BMP)',
  },
  {
    key: '2521585a92b79819',
    where:
      "lib/text/cooccur.ts:62–72 (prepayment's DEPOSIT concept with perf34's \"(?=)\"; thirty-fourth session: 'caution', 'Kaution', 'fianza', 'caução', 'security deposit')",
    why: '2nd degree polynomial (fuzz); attack "PAGO" + " DE" × n + "Ê" through analyzeMessage at 48 / 96 / 192 KB: 77 (the first run) / 23 / 11 ms; after a sentence that asks for a deposit: 97 (the first run) / 33 / 11 ms; thirty-seventh session ("retainer", "um sinal de 40 %"): "EXIGÉ Á Z " + "É Á " × n + "Z ÑOÊ" 2 / 3 / 6 ms CPU alone, 5 / 4 / 5 after a deposit asked (the session\'s start: 6 / 2 / 6 and 5 / 4 / 5); narrowed after the session\'s fresh-eyes review, measured again at 48 / 96 / 192 KB (CPU time, alone and after a trigger sentence): "EXIGÉE" + " E" × n 31 / 35 / 79 and 109 (the first run) / 69 / 75 ms (the session\'s start 29 / 36 / 78 and 112 / 69 / 81); re-keyed in the forty-fifth session ("an advance of $200", "a $200 advance"): "EXIGÉE" + " E" × n 83 / 114 / 146 ms, "A $200 advance" + "x " × n + "required" 23 / 21 / 37 ms (re-keyed in the forty-ninth session: the same pattern written with less native code — more "(?=)", lib/text/regexp-code.ts, and the BMP\u2019s letters for \\p{L}, lib/text/ascii-first.ts — the same matches on the BMP)',
  },
  {
    key: 'c1ca23d8cdfeeb02',
    where:
      "lib/text/cooccur.ts:62–72 (prepayment's FEE_IMPERATIVE concept; thirty-fifth session: 'Send the $300 fee now', 'Please pay the $50 processing fee' at a sentence's start)",
    why: '2nd degree polynomial (fuzz); attack "PAY ME " + "\\u0000 " × n through analyzeMessage at 48 / 96 / 192 KB: 113 (the first run) / 61 / 108 ms; + " fee": 21 / 30 / 36 ms; "$-É" + "  \\t" × n + "Y": 70 (the first run) / 10 / 3 ms; forty-fourth session ("que você pague" is no imperative): attack ",0 ÊÉ$0 -0" + "THEN  \\t" × n + "Ê" after "Pague a taxa de 50 reais. " at 48 / 96 / 192 KB 148 / 43 / 8 ms (re-keyed in the forty-ninth session: the same pattern written with less native code — more "(?=)", lib/text/regexp-code.ts, and the BMP\u2019s letters for \\p{L}, lib/text/ascii-first.ts — the same matches on the BMP)',
  },
  {
    key: '705bb291e35fcd8d',
    where:
      "lib/text/cooccur.ts:62–72 (remote access's TAKE_OVER concept; thirty-fifth session: 'déjame controlar tu PC', 'laisse-moi prendre la main sur ton PC', 'deixa eu controlar seu PC', 'Ihren Bildschirm übernehmen'; thirty-seventh: 'let me hop on your machine', 'I'll need to get into your PC', 'déjame conectarme a tu compu')",
    why: '2nd degree polynomial (fuzz); attack "LASS UNS UNE " + "S " × n + "Ê" through analyzeMessage at 48 / 96 / 192 KB: 11 / 21 / 42 ms (13 / 20 / 41 ms in the thirty-seventh session\'s form); its form with the possessive looked back over ("Ihren Bildschirm übernehmen", not "die Kosten für Ihren Rechner"): "ME" + " DE" × n + " S\\u0000" 23 / 10 / 20 ms (11 / 11 / 17); the thirty-seventh session\'s subject before the verb: "CAN I" + " S" × n + "\\u0000" 26 / 36 / 48 ms, "I will " + "get " × n + "into your pc" 3 / 4 / 7 ms; narrowed after the session\'s fresh-eyes review, measured again at 48 / 96 / 192 KB (CPU time, alone and after a trigger sentence): "UNS" + " S" × n … 20 / 38 / 56 and 24 / 28 / 46 ms (the session\'s start 19 / 35 / 56 and 14 / 24 / 46)',
  },
  {
    key: '3f4906a2cefa8e0c',
    where:
      'lib/rules/grade.ts:97 (ACCESS_CODE; thirty-fifth session: a compound before the code, "deine TeamViewer-ID")',
    why: '2nd degree polynomial (fuzz); attack " TK" + "ENVÍAME " × n + "R-T\\u0000" through analyzeMessage at 48 / 96 / 192 KB: 6 / 14 / 27 ms; "send me your " + "teamviewer- " × n + "x" 18 / 18 / 20 ms; forty-fourth session (an elided article before the code, "envoie-moi l\'identifiant"): attack "S" + " S" × n + "B UDIS-SAGMOI" + " S" × n + "\\u0000" after "Install AnyDesk and send me the ID. " at 48 / 96 / 192 KB 731 (the first run) / 88 / 62 ms; "envoie-moi " + "l\'" × n + "code" 16 / 39 / 54 ms — re-keyed in the forty-ninth session (the ID asked in the subjunctive or passed on, in Spanish, French and Portuguese: "que me pases el ID", "que vous m\u2019envoyiez l\u2019identifiant", "mande o ID"), through analyzeMessage at 48 / 96 / 192 KB, CPU ms (the session\u2019s start): "GI" + "S\\t" × n + "\\u0000" 1116 (the first run) / 56 / 112 (816 / 62 / 95); " TK" + "ENVÍAME " × n + "R-T\\u0000" 778 (the first run) / 54 / 69 (807 / 66 / 68); "Necesito que " + "me pases " × n + "el ID" 45 / 15 / 41 (4 / 8 / 64); "Instale o TeamViewer e " + "mande o " × n + "ID" 30 / 47 / 53 (27 / 42 / 56) (re-keyed in the forty-ninth session: the same pattern written with less native code — more "(?=)", lib/text/regexp-code.ts, and the BMP\u2019s letters for \\p{L}, lib/text/ascii-first.ts — the same matches on the BMP); re-keyed in the fifty-first session (\u201cdame el código\u201d), through analyzeMessage at 48 / 96 / 192 KB, CPU ms, this code (the session\u2019s start): recheck: "DME M\u2019S" + "MI" × n + "\\u0000" 10 / 21 / 20 (8 / 15 / 26); re-keyed in the fifty-fifth session (the code asked as a question in Spanish and Portuguese, "¿Me puedes mandar el código de ScreenConnect?", "Vc pode me mandar o código"), flagged 2nd degree polynomial (fuzz): "ME PODE DAR O S\'O" + "MF" × n + "\\u0000" through analyzeMessage at 48 / 96 / 192 KB, CPU ms: 36 / 11 / 28 (the session\u2019s start 21 / 40 / 43); "me puedes mandar " + "el " × n + "código" 6 / 6 / 15 (9 / 7 / 18); "pode me mandar o " + "x " × n + "código" 9 / 17 / 34 (10 / 19 / 37) — re-keyed in the fifty-sixth session (French "lis-moi"), through analyzeMessage at 48 / 96 / 192 KB, CPU ms (the session\u2019s start): "P" + "ZUGANGSDATEN" × n + "ASSE MC" 6 / 4 / 7 (4 / 3 / 6); again (the code asked with the verb after it, "mir die ID schicken", "mandarme el ID", "me mandar o ID"): "LIS-MOI SK" + "MC" × n 19 / 34 / 23 (21 / 28 / 24), "mir " + "die " × n 40 / 45 / 33 (37 / 36 / 54)',
  },
  {
    key: '464a07c7a02e5573',
    where:
      "lib/text/cooccur.ts:67 (move-off-platform's PRIVATELY concept; thirty-fifth session: the platform left, said with 'we' — 'bleiben wir außerhalb der Plattform', 'sigamos fuera de la plataforma')",
    why: '4th degree polynomial (fuzz); attack "EDEHORS DE CETTE PLATEFORM" × n + "\\u0000" through analyzeMessage at 48 / 96 / 192 KB: 9 / 14 / 17 ms; "continuons " + "a " × n + "en dehors de la plateforme" 52 / 36 / 84 ms (re-keyed in the forty-ninth session: the same pattern written with less native code — more "(?=)", lib/text/regexp-code.ts, and the BMP\u2019s letters for \\p{L}, lib/text/ascii-first.ts — the same matches on the BMP)',
  },
  {
    key: '703756ef25d33ce6',
    where:
      "lib/text/cooccur.ts:67 (avoids-video's REFUSING concept; thirty-fifth session: 'prefiro não fazer chamadas de vídeo', 'no me siento cómodo encendiendo la cámara'; thirty-sixth: calls and video refused together)",
    why: '2nd degree polynomial (fuzz); attack "PREFER" + " NO" × n + "N" through analyzeMessage at 48 / 96 / 192 KB: 34 / 28 / 62 ms; thirty-sixth session ("no hago llamadas ni videollamadas", "je ne fais ni appels ni visio", "I don\'t do calls, phone or video"): "PREFER" + " NO" × n + "N" 22 / 19 / 11 ms, after "My camera is broken, I cannot do video." 16 / 12 / 12 ms, "PREFER" + "NO " × n + "S NI ÁAIS " + " NO" × n + "B" 215 (the first run) / 10 / 12 ms, after that sentence 38 / 18 / 11 ms; thirty-seventh session ("the cam thing is a no for me", "Não faço chamadas de voz nem de vídeo"): "HAGCALLO " + "N " × n + "E" 25 / 22 / 38 ms CPU (the session\'s start 23 / 26 / 51), "PREFER" + " NO" × n + "N" 15 / 9 / 10 ms; forty-first session ("je ne peux pas" whole): "" + "N\'" × n + "" + "N\\t" × n + ",N" + "N\\t" × n at 48 / 96 / 192 KB 378 (the first run) / 27 / 43 ms CPU, after "I can\'t do video." 382 (the first run) / 64 / 60; forty-second session (a call called needless: "I don\'t see the point of video interviews", "No veo necesario hacer una videollamada"): "RATHER" + " NO" × n + "Ê" at 48 / 96 / 192 KB 21 / 20 / 9 ms CPU, after "I cant do video calls." 96 (the first run) / 47 / 9; "No veo " + "necesario " × n + "videollamada" 4 / 4 / 7; after the third review (the needless call named right after the words): "PREFER NO" + " NO" × n + "FPN " 320 (the first run) / 23 / 12, after "I cant do video calls." 89 / 45 / 10; "I don\'t see the point " + "of a " × n + "video call" 16 / 9 / 18; re-keyed in the forty-fifth session (a video call avoided or called needless in the five languages, "Je préfère éviter les appels vidéo", "No need for a video call"): "PREFER" + " NO" × n + "Ê" 2 / 4 / 11 ms, "I prefer" + " no" × n + "video call" 3 / 7 / 17 ms; re-keyed again ("I\u2019d like to" anchored on its pronoun; "no need for" not where a call is offered beside it), now "recheck could not decide (timeout)": "No need for " + "a " × n + "video call" 19 / 38 / 80 ms',
  },
  {
    key: 'a3cf19f5158549be',
    where:
      "lib/rules/move-off-platform.ts:607 (TOOL_INVITE; thirty-fifth session: an address given for a work tool's invite, unless a messenger or a move is named too)",
    why: '2nd degree polynomial (fuzz); attack "kkakao" + "einvitacionk" × n + "\\u0000" through analyzeMessage at 48 / 96 / 192 KB: 10 / 12 / 15 ms; "for the slack invite " + "x " × n + "my email a@b.co" 19 / 23 / 44 ms (tested only on sentences an invitation was read in)',
  },
  {
    key: '3a5f7d195e825d4a',
    where:
      "lib/text/cooccur.ts:67 (prepayment's SUM_DEMANDED concept; thirty-fifth session: 'You must pay $500 now', 'müssen Sie … überweisen', not the writer's or a user's own payment)",
    why: '2nd degree polynomial (fuzz); attack "DU MUSST H M B P W " + "S " × n + "\\t" through analyzeMessage at 48 / 96 / 192 KB: 15 / 23 / 44 ms; forty-fourth session (up to 16 words between "müssen Sie" and the verb): attack "DU  MUSST M Ü Ü T Y " + "S S " × n + "SENDS Z C \\t" at 48 / 96 / 192 KB 425 (the first run) / 32 / 45 ms, "Du musst " + "die " × n + "senden" 22 / 31 / 23 ms (the form before: 431 / 33 / 45 and 23 / 31 / 24 ms) (re-keyed in the forty-ninth session: the same pattern written with less native code — more "(?=)", lib/text/regexp-code.ts, and the BMP\u2019s letters for \\p{L}, lib/text/ascii-first.ts — the same matches on the BMP)',
  },
  // Thirty-seventh session: the patterns that session wrote or widened, which recheck's fuzzing did not flag on most runs but
  // flagged one or another on some (its fuzzing is random, its timeout depends on the host's load): entered ahead, with the
  // session's measurement of them all — 26 pumps (their words and recheck's attack strings) after 4 trigger sentences, at
  // 192 KB through analyzeMessage, CPU time.
  {
    key: '916a92d0552c48f6',
    where: 'lib/rules/recommends-more-workers.ts CAN_JOIN',
    why: THIRTY_SEVENTH,
  },
  {
    key: '223ab81030c13142',
    where: 'lib/rules/recommends-more-workers.ts PLACED',
    why: THIRTY_SEVENTH,
  },
  {
    key: '7c382a1661f5e6d0',
    where: 'lib/rules/identity-rental-request.ts SOMEONE_ELSES_ACCOUNT',
    why: `${THIRTY_SEVENTH}; ${THIRTY_EIGHTH_ACCOUNT}`,
  },
  {
    key: '410da449b8241b41',
    where: "lib/rules/identity-rental-request.ts SHARED_USE's words for someone else's account used",
    why: THIRTY_SEVENTH,
  },
  {
    key: 'cb7533fe2ecd0187',
    where: "lib/rules/identity-rental-request.ts the reader's identity or details used",
    why: THIRTY_SEVENTH,
  },
  {
    key: 'd053fa05960bd089',
    where: 'lib/rules/identity-rental-request.ts … for a verification or an account',
    why: `${THIRTY_SEVENTH}; ${THIRTY_EIGHTH_ACCOUNT}`,
  },
  {
    key: '653eee3bc6f06492',
    where: "lib/rules/identity-rental-request.ts an account in the reader's name",
    why: `${THIRTY_SEVENTH}; ${THIRTY_EIGHTH_ACCOUNT}`,
  },
  {
    key: 'db5afc655b5ee1dd',
    where: 'lib/rules/identity-rental-request.ts … that the writer runs',
    why: THIRTY_SEVENTH,
  },
  {
    key: 'cafb930619e27c24',
    where: "lib/rules/identity-rental-request.ts PARTNER_USE ('unter dessen Namen')",
    why: THIRTY_SEVENTH,
  },
  {
    key: '56243e0538c5a5e9',
    where: "lib/rules/identity-rental-request.ts INTERVIEWS_FOR_ME ('someone who can attend the interviews')",
    why: THIRTY_SEVENTH,
  },
  {
    key: '66cf2bcd6b5c6ab5',
    where: 'lib/text/role-split.ts READER (possessives)',
    why: THIRTY_SEVENTH,
  },
  {
    key: 'fcd55dac146c049b',
    where: "lib/text/role-split.ts PROVIDE ('zur Verfügung')",
    why: THIRTY_SEVENTH,
  },
  {
    key: '21b721806a4e6beb',
    where: "lib/text/role-split.ts WRITER_WORKS (the writer's team)",
    why: THIRTY_SEVENTH,
  },
  {
    key: 'dfd45c3af40b88e7',
    where: "lib/text/proxy.ts FOR_ME ('im Namen unserer', 'à la place de nos')",
    why: `${THIRTY_SEVENTH} — re-keyed in the fiftieth session (the reader appearing at the interviews: "presentarte tú en las entrevistas", "vous présenter aux entretiens", "se apresentar nas entrevistas"); recheck now calls it safe, the entry kept with its measurements — re-keyed in the fifty-fourth session (lib/text/proxy.ts: the face of the team and a share of each contract in German, Spanish, French and Portuguese, "a partnership where you", appearing in the calls); recheck\u2019s 3rd-degree fuzz attack "CANDIDAT" + " I I" × n + "\u0000" through analyzeMessage at 48 / 96 / 192 KB, CPU ms (the session\u2019s start): 894 (the first run) / 108 / 188 (1274 / 125 / 252); after "You would attend the interviews, I stay behind." 53 / 56 / 246 (77 / 82 / 328); "Du würdest in den Videocalls auftreten. Wir teilen" + " I I" × n 43 / 56 / 79 (39 / 56 / 113)`,
  },
  {
    key: '3363b1d489ebe4d3',
    where: 'lib/rules/crypto-payment-request.ts OTHER_METHOD (policy v2.11 rule 55)',
    why: THIRTY_SEVENTH,
  },
  {
    key: '69ea39872fe6f824',
    where: 'lib/rules/crypto-payment-request.ts OTHER_METHOD, ASCII first',
    why: THIRTY_SEVENTH,
  },
  // (the same, for the session's later ship and avoids-video patterns: 24 more pumps after 4 trigger sentences at 192 KB, the
  // worst 99 ms CPU, the session's start 101 ms)
  {
    key: 'a801238d0f1033e2',
    where: "lib/rules/ship-equipment-elsewhere.ts WRITER_CANNOT_RECEIVE's refusal",
    why: THIRTY_SEVENTH,
  },
  {
    key: '9eb857bcc8ecdfed',
    where: 'lib/rules/ship-equipment-elsewhere.ts READER_TAKES_IT',
    why: THIRTY_SEVENTH,
  },
  {
    key: '73149dd351f84af4',
    where: "lib/rules/ship-equipment-elsewhere.ts WRITER_CANNOT_RECEIVE's subject",
    why: THIRTY_SEVENTH,
  },
  {
    key: 'abceac4ba29946ee',
    where: "lib/rules/ship-equipment-elsewhere.ts SENDING ('weiterschicken', 'gibst', 'repassar')",
    why: THIRTY_SEVENTH,
  },
  {
    key: 'f4daff5f149c87ed',
    where: "lib/rules/ship-equipment-elsewhere.ts THING ('Firmenhandy', 'monitor')",
    why: THIRTY_SEVENTH,
  },
  {
    key: '6f932287c106bb86',
    where: "lib/rules/avoids-video.ts POSTPONE ('push the video part')",
    why: THIRTY_SEVENTH,
  },
  {
    key: '82231c375ea8bf51',
    where: "lib/rules/avoids-video.ts PUSHED_CALL's call ('the video part')",
    why: THIRTY_SEVENTH,
  },
  {
    key: 'bf17abc2da7d724a',
    where:
      "lib/rules/avoids-video.ts refused as a rule ('No voice or video calls', 'pas d'appels ni de visio'; re-keyed in the forty-seventh session: not 'No video needed for this job', 'No video editing needed')",
    why: `${THIRTY_SEVENTH}; forty-seventh session, through analyzeMessage at 48 / 96 / 192 KB, CPU ms: "No video " + "editing " × n 10 / 18 / 23 (the session\u2019s start 78 / 26 / 30), "no video needed for this " × n + "job" 59 / 42 / 40 (7 / 18 / 34)`,
  },
  {
    key: 'b261a0ac12d89e73',
    where:
      "lib/rules/alt-payment-request.ts (a money app with the marketplace named as not the way: asked of the reader, ASKED_OF_READER_WORDS and 'tu peux', 'you could')",
    why: '2nd degree polynomial (fuzz); attack "\\u0000" + "P,P-" × n + "P," × n through analyzeMessage at 48 / 96 / 192 KB, CPU time: 22 / 33 / 38 ms alone, 60 (the first run) / 38 / 36 ms after "Pay me via Wise instead of Upwork."; "pay " × n + "me " × n 42 / 28 / 30 and 6 / 12 / 26 ms; "tu peux " × n + "x " × n 35 / 12 / 15 and 5 / 8 / 16 ms; re-keyed in the forty-ninth session (relayed requests: RELAYED_ASK among the words of asking), measured again through analyzeMessage at 48 / 96 / 192 KB, CPU ms (the session\u2019s start): "\\t" + "P\\t" × n + "B" 808 (the first run) / 25 / 48 (805 / 25 / 52), "My boss " + "wants you " × n + "to" 26 / 34 / 47 (6 / 16 / 37) — re-keyed again in the forty-ninth session (its second batch: relayed requests in more frames, a fee or deposit asked politely, gift cards by store), measured through analyzeMessage at 48 / 96 / 192 KB, CPU ms (the session\u2019s start): ASKED_OF_READER with SUGGESTED_TO_READER (recheck now calls it safe; kept with its measurements) — re-keyed in the forty-ninth session\u2019s third batch (its second review: relayed by "says you should", "dice que le mandes", "hat gesagt, du sollst", "souhaite que tu", "pediu que você"; the reader\u2019s own client\u2019s wants ruled out; conditionals warned of; "compré", "ich habe … gekauft"), measured through analyzeMessage at 48 / 96 / 192 KB, CPU ms (the session\u2019s start): "ASKSMY\\tQÀMVÚWNÁMÊÜÈQÊW" + "TLAW\\tARIMFWÁJENÃV" × n + "\\u0000" 16 / 25 / 28 (9 / 22 / 28), "IHRÃ" + "\\tNÈ" × n + "\\u0000" 8 / 9 / 18 (8 / 8 / 18) (re-keyed in the forty-ninth session: the same pattern written with less native code — more "(?=)", lib/text/regexp-code.ts, and the BMP\u2019s letters for \\p{L}, lib/text/ascii-first.ts — the same matches on the BMP)',
  },
  {
    key: '3250d695c21276cf',
    where: "lib/rules/move-off-platform.ts ASK_HAVE ('r u on telegram?', 'hey man, u on tg?')",
    why: 'entered ahead (not flagged on this run); through analyzeMessage at 48 / 96 / 192 KB, CPU time, alone and after "Add me on Telegram @x1234.": "u " × n + "telegram?" 37 / 56 / 58 and 46 / 41 / 51 ms, ", u" × n 22 / 25 / 56 and 17 / 24 / 49, "r u " × n 32 / 46 / 52 and 13 / 32 / 51, "you on " × n 33 / 24 / 34 and 4 / 9 / 17 ms (the session\'s start: 31 / 50 / 47 and 47 / 34 / 46, 12 / 25 / 49 and 13 / 24 / 49, 18 / 24 / 57 and 13 / 25 / 47, 15 / 9 / 11 and 3 / 5 / 10 ms) (re-keyed in the forty-ninth session: the same pattern written with less native code — more "(?=)", lib/text/regexp-code.ts, and the BMP\u2019s letters for \\p{L}, lib/text/ascii-first.ts — the same matches on the BMP)',
  },
  {
    key: '1db5eddb983a057e',
    where:
      "lib/rules/identity-rental-request.ts the writer alone using the reader's details ('can I', 'me dejas', 'eu')",
    why: '2nd degree polynomial (fuzz); attack "EU\\t" × n at 48 / 96 / 192 KB through analyzeMessage, CPU time: 31 / 22 / 24 ms alone, 65 (the first run) / 28 / 21 after "Can I use your details for the verification?" (the session\'s start 31 / 21 / 23 and 27 / 18 / 34)',
  },
  {
    key: '4527bd33defe6e87',
    where:
      "lib/rules/remote-access-request.ts the writer needing the session's ID and password (beside a remote tool only)",
    why: THIRTY_SEVENTH,
  },
  {
    key: '3891f1a9d78008fe',
    where: "lib/rules/remote-access-request.ts HANDED ('read me')",
    why: THIRTY_SEVENTH,
  },
  {
    key: '0b87d1bb99c5acfd',
    where: "lib/rules/remote-access-request.ts REMOTE_TOOL ('QuickSupport')",
    why: THIRTY_SEVENTH,
  },
  {
    key: 'deb2997395b8572c',
    where: "lib/rules/remote-access-request.ts YOUR_COMPUTER ('tu compu', 'sua tela')",
    why: THIRTY_SEVENTH,
  },
  {
    key: '27383f9532876105',
    where: "lib/rules/crypto-payment-request.ts SET_APART ('best', 'rather')",
    why: THIRTY_SEVENTH,
  },
  {
    key: '1679997c47ebcfde',
    where: 'lib/rules/crypto-payment-request.ts SET_APART, ASCII first',
    why: THIRTY_SEVENTH,
  },
  {
    key: '21f70be9caaf0df1',
    where: "lib/rules/crypto-payment-request.ts ASKS_ANYWAY ('to my', 'I’d rather')",
    why: THIRTY_SEVENTH,
  },
  {
    key: '52c010daa995bf20',
    where: 'lib/rules/crypto-payment-request.ts ASKS_ANYWAY, ASCII first',
    why: THIRTY_SEVENTH,
  },
  {
    key: '2a409a1f69194f43',
    where: 'lib/rules/grade.ts COIN_PREFERRED',
    why: THIRTY_SEVENTH,
  },
  {
    key: 'aec413f716b711a4',
    where: 'lib/rules/grade.ts COIN_PREFERRED, ASCII first',
    why: THIRTY_SEVENTH,
  },
  // Thirty-eighth session: re-keyed by the words added to the lexicon (THIRTY_EIGHTH)
  {
    key: 'a487f801ed2b28f6',
    where:
      "lib/text/cooccur.ts concept: another account or profile, or one under a relative's name (account-switch-request, through lib/text/lexicon.ts RELATION)",
    why: `${THIRTY_EIGHTH}; ${THIRTY_EIGHTH_ACCOUNT}; ${FIFTY_THIRD}; ${FIFTY_FOURTH}`,
  },
  {
    key: 'b741cd97a87cac30',
    where:
      'lib/text/cooccur.ts concept: an account or name of a friend or relative (account-switch-request / identity-rental-request, through RELATION)',
    why: `${THIRTY_EIGHTH}; ${THIRTY_EIGHTH_ACCOUNT}; ${FIFTY_THIRD}; ${FIFTY_FOURTH}`,
  },
  {
    key: '407827ff01d59408',
    where: "lib/text/cooccur.ts concept: someone else's account (account-switch-request SWITCH_MORE, through RELATION)",
    why: THIRTY_EIGHTH,
  },
  {
    key: '55a0e23b0c5512d5',
    where: "lib/text/cooccur.ts concept: the writer's people (recommends-more-workers, through RELATION)",
    why: `${THIRTY_EIGHTH}; ${FIFTY_THIRD}`,
  },
  {
    key: '08438280c9fedfcb',
    where:
      "lib/text/cooccur.ts concept: the writer's people by whatever word (recommends-more-workers WRITERS_PEOPLE, through RELATION)",
    why: `${THIRTY_EIGHTH}; ${FIFTY_THIRD}`,
  },
  {
    key: '342476186a6c55ff',
    where: "lib/text/cooccur.ts concept: a relative's account (alt-payment-request RELATION_ACCOUNT)",
    why: THIRTY_EIGHTH,
  },
  {
    key: '87cdff7f32a61151',
    where:
      "lib/text/cooccur.ts concept: a relative or a relative's account (alt-payment-request, ship-equipment-elsewhere, through RELATION)",
    why: `${THIRTY_EIGHTH} — re-keyed in the fiftieth session (ship-equipment-elsewhere's SOMEONE_ELSE with an agent of the writer\u2019s: "to our logistics agent", "a nuestro agente"), now "recheck could not decide (timeout)"; through analyzeMessage at 48 / 96 / 192 KB, CPU ms (the session\u2019s start): "Please ship the laptop to my " + "friend " × n + "x" 25 / 17 / 16 (25 / 17 / 16), "Ship the laptop to our " + "logistics agent " × n + "x" 7 / 7 / 20 (2 / 3 / 9) — keyed back in the fiftieth session (the writer\u2019s agent read apart, WRITERS_AGENT, asked of the reader: the concept as it was), "recheck could not decide (timeout)"; "Please ship the laptop to my " + "friend " × n + "x" 46 / 45 / 22 (53 / 36 / 20); re-keyed in the fifty-first session (\u201ceinen Bekannten\u201d, \u201ceine Freundin\u201d among someone else to ship to; recheck could not decide (timeout)), through analyzeMessage at 48 / 96 / 192 KB, CPU ms, this code (the session\u2019s start): "Ship the laptop to my friend. " + "my " × n 23 / 18 / 107 (17 / 16 / 92), "my friend my " × n 8 / 12 / 17 (12 / 8 / 16); re-keyed again in the same session (\u201ceinen Freund\u201d taken out again: \u201cSchick es an einen Freund, wenn du magst\u201d shares an article), "Ship the laptop to my friend. " + "my " × n 30 / 78 / 124 (24 / 74 / 128); ${FIFTY_THIRD}`,
  },
  {
    key: '17a55283ebabdc4a',
    where:
      "lib/text/cooccur.ts concept: more people counted, or the writer's people (recommends-more-workers, through RELATION)",
    why: `${THIRTY_EIGHTH}; ${FIFTY_THIRD}`,
  },
  {
    key: 'f196a595e864ff6a',
    where: 'lib/rules/ship-equipment-elsewhere.ts:70 (TO_SOMEONE_CLOSE, through lib/text/lexicon.ts TO_RELATION)',
    why: THIRTY_EIGHTH,
  },
  {
    key: 'f3c769398dd0a665',
    where:
      'lib/rules/move-off-platform.ts:311 (a mobile-money SMS, through MOBILE_MONEY; Bizum added and taken out again this session)',
    why: '2nd degree polynomial (fuzz), attack " " + "ENVIE -" × n + "a"; at 48 / 96 / 192 KB through analyzeMessage 3 / 7 / 14 ms CPU with the final code (with Bizum: 253 / 29 / 19; the session\u2019s start: 269 / 19 / 17 ms)',
  },
  {
    key: '6a0730723ebbb4af',
    where:
      'lib/rules/grade.ts:109 (a money app and an account number, through MOBILE_MONEY_APPS; Bizum added and taken out again this session)',
    why: '3rd degree polynomial (fuzz), attack "WMZ-" × n + "E\\tE-WMZ1010-\\ta"; at 48 / 96 / 192 KB through analyzeMessage 8 / 9 / 9 ms CPU with the final code (with Bizum: 9 / 25 / 51; the session\u2019s start: 8 / 31 / 36 ms) — re-keyed in the fiftieth session (a money app\'s tag after up to six words, "@handle" tags: "venmo me @lucas-dev-22", "Cash App would be easiest for me: $devmarco22"); recheck now calls it safe, the entry kept with its measurements',
  },
  // … and entered ahead: the other patterns those words changed (not flagged on this run; recheck fuzzes at random)
  {
    key: 'de9e41291d4685a8',
    where:
      'lib/text/cooccur.ts:76, lib/text/cooccur.ts:181 ((?:(?:under|in)(?=)s+(?:a different|another|someone else[’…)',
    why: THIRTY_EIGHTH,
  },
  {
    key: '66df9b1ae06c55b5',
    where:
      'lib/text/cooccur.ts:427, lib/text/cooccur.ts:76, lib/text/cooccur.ts:181 ((?:(?:my|meu|minha|a minha|aminha|o meu|aquela|aquele|akela|…)',
    why: `${THIRTY_EIGHTH}; ${THIRTY_EIGHTH_ACCOUNT}`,
  },
  {
    key: '72c6ba02238ff5b4',
    where:
      'lib/text/cooccur.ts:427, lib/text/cooccur.ts:76, lib/text/cooccur.ts:181 ((?:(?:my|meu|minha|a minha|aminha|o meu|aquela|aquele|akela|…)',
    why: `${THIRTY_EIGHTH}; ${THIRTY_EIGHTH_ACCOUNT}`,
  },
  {
    key: '6a4184de5a778ef1',
    where:
      'lib/text/cooccur.ts:427, lib/text/cooccur.ts:76, lib/text/cooccur.ts:181 ((?:(?:this|that|another|other|esta|este|nesta|neste|nessa|ne…)',
    why: `${THIRTY_EIGHTH}; ${THIRTY_EIGHTH_ACCOUNT}`,
  },
  {
    key: '33809036df99e3e9',
    where:
      'lib/text/cooccur.ts:427, lib/text/cooccur.ts:76, lib/text/cooccur.ts:181 ((?:(?:your|sua|seu|tu|su|votre|ton|ihr[a-zA-Z0-9À-ÖØ-öø-ÿœŒ]…)',
    why: `${THIRTY_EIGHTH}; ${THIRTY_EIGHTH_ACCOUNT}`,
  },
  {
    key: '58d378541bb868b1',
    where:
      'lib/text/cooccur.ts:76, lib/text/cooccur.ts:181 ((?:(?:pay|pays|paid|paying|wire|deposit|transfer|remit|settl…)',
    why: THIRTY_EIGHTH,
  },
  {
    key: '1e704d39b341897d',
    where:
      'lib/text/cooccur.ts:76, lib/text/cooccur.ts:427, lib/text/cooccur.ts:181 ((?:(?:to|an|a|à|ao|al|para|pra|pro|pour|auf|(?:pay|pays|paid…)',
    why: THIRTY_EIGHTH,
  },
  {
    key: '8ab91c51b3d57463',
    where:
      'lib/text/cooccur.ts:76, lib/text/cooccur.ts:181 ((?:(?:(?:mys+(?:[a-zA-Z0-9À-ÖØ-öø-ÿœŒ]+s+)?(?:friend|cousi…)',
    why: `${THIRTY_EIGHTH}; ${FIFTY_THIRD}`,
  },
  {
    key: 'ea596bc2e37028e1',
    where:
      'lib/text/cooccur.ts:76, lib/text/cooccur.ts:181 ((?:m[-_ ]?pesa|em[-_ ]?pesa|e-?mola|mkesh|bizum|conta m[oó]v…)',
    why: THIRTY_EIGHTH,
  },
  {
    key: 'd3736952fb304812',
    where: 'lib/text/cooccur.ts:76 ((?:(?:pay|pays|paid|paying|wire|deposit|transfer|remit|settl…)',
    why: THIRTY_EIGHTH,
  },
  {
    key: '30f2b34ba201d927',
    where:
      'lib/text/cooccur.ts:427, lib/text/cooccur.ts:76, lib/text/cooccur.ts:181 ((?:invoice me|send me (?:an |the )?invoice|can i pay|could i…)',
    why: THIRTY_EIGHTH,
  },
  {
    key: '9179da505381275b',
    where:
      'lib/text/cooccur.ts:76, lib/text/cooccur.ts:181 ((?:video(?<!(?:edici[oó]n|edição|montaje|montagem|producci[o…)',
    why: THIRTY_EIGHTH,
  },
  {
    key: '6944ef504b2e48bc',
    where: 'lib/rules/grade.ts:267 ((?:mys+(?:p{L}+s+)?(?:friend|cousin|brother|sister|uncle|…)',
    why: THIRTY_EIGHTH,
  },
  {
    key: '96c30dfbbc2442dc',
    where: 'lib/text/ascii-first.ts:26 ((?<![a-zA-Z]|[p{L}](?<=[^x00-x7f]))(?:mys+(?:(?:[a-zA-Z]…)',
    why: THIRTY_EIGHTH,
  },
  // (the role addresses widened in the thirty-eighth session: role words, a prefix or suffix, "[at]" spelled out; the writer's own
  // "Escríbeme a", "Contact me:", "Send me a PM at" read before it)
  {
    key: '3753fa9fb54618aa',
    where: 'lib/rules/move-off-platform.ts (ROLE_ADDRESS)',
    why: '2nd degree polynomial (fuzz), attack "ME O Y VRUZ" + " ,CV.R" × n; tried only in a sentence with "@", "[" or "(" (needing); at 48 / 96 / 192 KB through analyzeMessage, CPU ms, against the session\u2019s start: that attack 239 (the first run) / 35 / 18 (253 / 28 / 16), with "@x.com" after it 2 / 14 / 12 (the same), "write me at " + " ,CV.R" × n + "@x.com" 28 / 11 / 42 (35 / 30 / 31), "contact me " + " a" × n + "@x.com" 51 / 48 / 87 (50 / 49 / 80), "Escríbeme a " + "hola" × n + "@x.com" 19 / 24 / 15 (19 / 18 / 29); re-keyed in the forty-fifth session (a greeting\u2019s or a direction\u2019s mailbox, "hello@" unless the talk leaves the platform, looked ahead for in the next 200 characters of the line): "ME T OKV" + " ,HIFUERA" × n + "@x.com" 475 (the first run) / 14 / 5 ms, "write to hello@x.com " + "a " × n + "outside" 57 / 54 / 85 ms, "Escríbeme a " + "hola" × n + "@x.com" 50 / 25 / 19 ms',
  },
  // … and entered ahead: the other patterns ACCOUNT changed (not flagged on this run)
  {
    key: '2f86898459458849',
    where:
      'lib/text/cooccur.ts:427, lib/text/cooccur.ts:76, lib/text/cooccur.ts:181 (through lib/text/lexicon.ts ACCOUNT)',
    why: THIRTY_EIGHTH_ACCOUNT,
  },
  {
    key: '21b9a8ff37981b88',
    where: 'lib/text/cooccur.ts:76, lib/text/cooccur.ts:181 (through lib/text/lexicon.ts ACCOUNT)',
    why: THIRTY_EIGHTH_ACCOUNT,
  },
  {
    key: 'd38e1d092d33eaca',
    where: 'lib/text/cooccur.ts:76, lib/text/cooccur.ts:181 (through lib/text/lexicon.ts ACCOUNT)',
    why: THIRTY_EIGHTH_ACCOUNT,
  },
  {
    key: 'c3d2cb5d8a7b1479',
    where: 'lib/text/cooccur.ts:76, lib/text/cooccur.ts:181 (through lib/text/lexicon.ts ACCOUNT)',
    why: THIRTY_EIGHTH_ACCOUNT,
  },
  // … and entered ahead after the review took accountants and Bizum out again (THIRTY_EIGHTH)
  {
    key: '0a5a03bf8ad39209',
    where: 'lib/text/cooccur.ts:427, lib/text/cooccur.ts:76 (entered ahead)',
    why: THIRTY_EIGHTH,
  },
  {
    key: '0ea0311b405b2c32',
    where: 'lib/text/cooccur.ts:427, lib/text/cooccur.ts:76 (entered ahead)',
    why: THIRTY_EIGHTH,
  },
  {
    key: '3d8d2ce6b10e2856',
    where:
      'lib/rules/move-off-platform.ts ASK_CONTACT (forty-second session: the reader\'s number asked for, "Can I get your number?", "Kann ich deine Nummer haben?", "¿Me das tu número?", "Quel est ton numéro ?", "Qual é o seu número?"; "if/whether I could get your …")',
    why: '2nd degree polynomial (fuzz); forty-second session; at 48 / 96 / 192 KB through analyzeMessage, CPU ms, alone and after a sentence its rule reads: "MANDA V " + "T J\\tP\\tÖ D " × n + "Ê" 40 / 32 / 46, after "Can I get your number?" 80 / 51 / 45; the final form (the German imperative read unless an adverb of how often or where stands before it): "SHARE " + "P " × n + "Ê" 299 (the first run) / 42 / 50, after "Can I get your number?" 53 / 41 / 51; "In manchen Fällen " + "geben Sie uns " × n + "Ihre E-Mail" 39 / 91 / 34; after the review of the session (the number asked for only where the question ends with it or with the call it is for): "WIE LAUTET IHRE NUMMER\\t" + "\\t\\n" × n + "Ê" 326 (the first run) / 18 / 12, after "Kann ich deine Nummer haben?" 8 / 8 / 9; after the second review (another number named right after the word ruled out instead): "DAS SU NÚMERO DE MÓVIL" + "#P" × n 10 / 6 / 6, after "Can I get your number?" 8 / 7 / 12; the final form ("for/from the …" another number unless a call): "CAN I GET UR DIGITSM" + "P " × n 323 (the first run) / 59 / 46, after "Can I get your number?" 50 / 42 / 54, "Can I get your number " + "for the " × n + "call" 25 / 21 / 12; with more ways to ask at the session\'s end ("any chance I could", "mind if I", "cell", "#"): "CAN I GET UR #PREFERID" + "\\tP" × n 323 (the first run) / 33 / 49, after "Can I get your number?" 41 / 33 / 52; the final form (another number "im Kundenportal", an e-mail\'s preferences or signature): "Can I get your number? CAN I GET UR #PREFERID" + "\\tP" × n 27 / 35 / 54, "Wie lautet deine Nummer? " + "Wie lautet Ihre Nummer " × n + "im" 24 / 25 / 32; with the German and Portuguese asks grouped under their look-aheads: "KANNST DU IHRE NUMMER SAGENU" + "P " × n 297 (the first run) / 38 / 56, after "Kann ich deine Nummer haben?" 50 / 40 / 58; after the third review (the number asks moved to lib/rules/number-asked.ts, each ending with the number or the call it is for): "Can I get your number? " + "can I get your number " × n 90 (the first run) / 34 / 44, "SHARE " + "P " × n 14 / 22 / 44; with the number asks read as a concept of their own (speed): "UNS R\\tT\\tR\\tU\\tÊ I " + "E B T\\t" × n 360 (the first run) / 68 / 74, after "Can I get your WhatsApp?" 98 / 71 / 96; the German "Hast du eine Handynummer?" left to NUMBER_ASKED (a review of the whole change): "GEBEN S E\\tZ\\t" + "EINE EIGENE " × n + "Ê" 310 (the first run) / 21 / 10, after "Schicken Sie uns Ihre WhatsApp-Nummer." 66 / 29 / 14',
  },
  {
    key: '7ad79fdd2a83554c',
    where:
      'lib/rules/prepayment-pressure.ts MAY_BE (forty-second session: German "kann … verlangt / fällig werden" with up to ten words between)',
    why: '2nd degree polynomial (fuzz); forty-second session; at 48 / 96 / 192 KB through analyzeMessage, CPU ms, alone and after a sentence its rule reads: "spode n" × n 303 (the first run) / 31 / 14, after "Bei Buchung kann eine Anzahlung verlangt werden." 109 / 40 / 14; "Kann " + "eine " × n + "werden" 2 / 5 / 10',
  },
  {
    key: '048b72941203117c',
    where:
      'lib/rules/prepayment-pressure.ts MAY_BE_TERM (forty-second session: the German may-be-asked form with the deposit and its sum between)',
    why: '2nd degree polynomial (fuzz); forty-second session; at 48 / 96 / 192 KB through analyzeMessage, CPU ms, alone and after a sentence its rule reads: "pode k" + "mp" × n 19 / 20 / 16, after "Bei Buchung kann eine Anzahlung verlangt werden." 90 / 33 / 13 (re-keyed in the forty-ninth session: the same pattern written with less native code — more "(?=)", lib/text/regexp-code.ts, and the BMP\u2019s letters for \\p{L}, lib/text/ascii-first.ts — the same matches on the BMP)',
  },
  {
    key: '79598619b59f5e58',
    where:
      'lib/rules/recommends-more-workers.ts (forty-second session: one friend recommended by the writer, "Ich kann dir gern einen Freund empfehlen")',
    why: '2nd degree polynomial (fuzz); forty-second session; at 48 / 96 / 192 KB through analyzeMessage, CPU ms, alone and after a sentence its rule reads: "I\\tY\\tA " + "I\\t" × n 30 / 43 / 86, after "I have a friend who can cover QA." 374 (the first run) / 76 / 87; "ich " + "kann " × n + "empfehlen" 2 / 3 / 6 (re-keyed in the forty-ninth session: the same pattern written with less native code — more "(?=)", lib/text/regexp-code.ts, and the BMP\u2019s letters for \\p{L}, lib/text/ascii-first.ts — the same matches on the BMP)',
  },
  {
    key: '559f31509ef4cd26',
    where:
      'lib/text/speech.ts:56 (thirty-first session: a comma before "hire" and "beauftragen Sie" ends a clause too; re-keyed in the forty-eighth session: a comma before "therefore / thus / hence" — fuzz attack "," + ",A" × n + "ÖA" through analyzeMessage at 48 / 96 / 192 KB 800 (the first run) / 64 / 139 ms CPU, the session\u2019s start 809 / 67 / 129; after "Write me on WhatsApp. " 127 / 39 / 87, the start 124 / 51 / 95)',
    why:
      'BOUNDARY, with a condition opening after a label or a colon and a clause opened by "only"/"nur"/"solo"/"só" after a comma (twenty-eighth session); recheck\'s fuzz attacks \'"\' + "\\t,P" × n + "Í" and "," + ",IN" × n through analyzeMessage at 48 / 96 / 192 KB: 104 / 39 / 86 ms and 36 / 23 / 28 ms CPU (the form of the session\'s start: 165 / 57 / 119 and 47 / 42 / 45 ms); the thirty-first session\'s form: 104 (the first run) / 43 / 75 and 44 / 31 / 57 ms at 48 / 96 / 192 KB; perf34: the same pattern with "(?=)" where its paths join (lib/text/regexp-code.ts, less native code; the same matches): 2nd degree polynomial (fuzz); attack "!" + "\\n,P" × n + "Í" at 200 KB: 99 / 166 ms CPU through analyzeMessage alone / after a sentence of trigger words (the form before: 78 / 162 ms); forty-fourth session (a German condition opened by its verb, "Kannst du nicht …, schick mir …"): attack "U" + " ,P" × n + "Ó" at 48 / 96 / 192 KB 399 (the first run) / 44 / 53 ms, after "Kannst du nicht per Überweisung zahlen" 19 / 27 / 56 ms (the form before: 442 / 40 / 49 and 20 / 30 / 58 ms); the same session\'s review took the verb-first condition back out of BOUNDARY (read apart, lib/text/speech.ts GERMAN_VERB_FIRST, anchored at the sentence\'s start): the form before it again, "!" + "\\n,P" × n + "Í" 30 / 31 / 63 ms; re-keyed in the forty-fifth session (a comma before "schick", "sende", "gib", "ship", "deliver", "forward" and a Spanish imperative with what is sent, "mándamelos", ends a clause): ",SB" × n + "LD" through analyzeMessage at 48 / 96 / 192 KB 492 (the first run) / 4 / 8 ms, after "Write me on WhatsApp " 53 / 37 / 36 ms; re-keyed in the forty-sixth session (a place refused at the start ends at its comma, "Not here, on WhatsApp please"): "R" + " ,E," × n + "\\n,E" × n + "Á" at 48 / 96 / 192 KB 793 (the first run) / 193 / 177 ms, the session\'s start 665 / 108 / 180; "R" + "\\n,E" × n + "Á" 276 / 157 / 317 ms, the start 251 / 146 / 339 ms (re-keyed in the forty-ninth session: the same pattern written with less native code — more "(?=)", lib/text/regexp-code.ts, and the BMP\u2019s letters for \\p{L}, lib/text/ascii-first.ts — the same matches on the BMP) — re-keyed in the fiftieth session (a clause opened after a comma by "whatsapp me", "telegram me": "upwork app not working on my phone, whatsapp me: …"), measured through analyzeMessage at 48 / 96 / 192 KB, CPU ms (the session\u2019s start): ",,Ô" + "B," × n + "ÔÓ" 726 (the first run) / 38 / 48 (726 / 26 / 40), "upwork app not working, " + "whatsapp me, " × n + "x" 72 / 52 / 76 (63 / 56 / 69) — re-keyed again in the fiftieth session ("whatsapp me" opens a clause only where no "is / was / not …" follows: "No, whatsapp me is not needed"), measured through analyzeMessage at 48 / 96 / 192 KB, CPU ms (the session\u2019s start): "D" + "\\n,S" × n + "É" 743 (the first run) / 50 / 68 (671 / 38 / 66); ' +
      FIFTY_FOURTH +
      '; re-keyed in the fifty-fifth session (a comma before a Spanish imperative with "se" or an object joined, "mándasela", "mándala", and a French one with "-le", "envoie-le"), flagged 2nd degree polynomial (fuzz): "M" + "\\t,S" × n + "Á" through analyzeMessage at 48 / 96 / 192 KB, CPU ms: 748 (the first run) / 35 / 71 (the session\u2019s start 753 / 39 / 58); "!" + "\\n,P" × n + "Í" 24 / 31 / 84 (54 / 30 / 63); "," + ",A" × n 56 / 58 / 91 (42 / 51 / 83)',
  },
  {
    key: '222c9263d56bcab5',
    where:
      'lib/rules/move-off-platform.ts INVITE (forty-second session: the writer\'s own message announced, "I\'ll text you on WhatsApp", "te chamo no zap")',
    why: 'recheck could not decide (timeout); forty-second session, at 48 / 96 / 192 KB through analyzeMessage, CPU ms: "I will text you on WhatsApp. " + "contact " × n + "me" 68 / 49 / 30, "message me " × n 31 / 25 / 32, "I will " + "text you " × n + "on" 7 / 11 / 12, after "Can we talk on Telegram?" "nous a " + "contacté " × n 16 / 14 / 15',
  },
  {
    key: '65e3423b51c99b29',
    where:
      "lib/text/speech.ts DID (forty-second session: the polite past of asking, 'I was wondering if I could …', is no deed told)",
    why: '2nd degree polynomial (fuzz); at 48 / 96 / 192 KB through analyzeMessage, CPU ms: "EE " + "I\\t" × n 271 (the first run) / 46 / 78, after "I was wondering if I could get your number?" 97 / 48 / 64; "We " + "were " × n + "wondering if we could" 2 / 3 / 5; with a year or "last year" before it keeping it a story (a bounded look back of 60 characters): "ICH HABE ICH HABE" + "I\\t" × n 41 / 48 / 62, " \\t" × n 303 (the first run) / 2 / 4, "Back in 2021 " + "I was " × n + "x" 19 / 30 / 14 — re-keyed in the forty-ninth session\u2019s third batch (its second review: relayed by "says you should", "dice que le mandes", "hat gesagt, du sollst", "souhaite que tu", "pediu que você"; the reader\u2019s own client\u2019s wants ruled out; conditionals warned of; "compré", "ich habe … gekauft"), measured through analyzeMessage at 48 / 96 / 192 KB, CPU ms (the session\u2019s start): "I " + "I WASBACK " × n + "K \\n\\n" 736 (the first run) / 16 / 43 (804 / 18 / 40), "" + "ich habe " × n + "gekauft" 14 / 30 / 39 (17 / 34 / 25) (re-keyed in the forty-ninth session: the same pattern written with less native code — more "(?=)", lib/text/regexp-code.ts, and the BMP\u2019s letters for \\p{L}, lib/text/ascii-first.ts — the same matches on the BMP)',
  },
  {
    key: '10d215915d897f96',
    where:
      "lib/rules/number-asked.ts NUMBER_ASKED, read by move-off-platform as a concept of its own (forty-second session: the reader's phone number asked for, in five languages)",
    why: 'recheck could not decide (timeout); at 48 / 96 / 192 KB through analyzeMessage, CPU ms: "Can I get your number? " + "can I get your number " × n + "x" 21 / 28 / 25, "could I get your " × n 20 / 20 / 30, "Kann ich deine Nummer haben? " + "nach deiner Nummer " × n + "x" 4 / 8 / 15 (re-keyed in the forty-ninth session: the same pattern written with less native code — more "(?=)", lib/text/regexp-code.ts, and the BMP\u2019s letters for \\p{L}, lib/text/ascii-first.ts — the same matches on the BMP)',
  },
  {
    key: 'f40d697d306c8398',
    where:
      "lib/rules/messenger-channel.ts DEALINGS, read by move-off-platform's CHAT_APP_CHANNEL (forty-third session: a chat app named as the channel of bookings, support, updates)",
    why: 'recheck could not decide (timeout) — a list of words, each a literal with a letter run after it; at 48 / 96 / 192 KB through analyzeMessage, CPU ms, after "Support via WhatsApp.": "bookingbookingbooking" × n 536 (the first run) / 28 / 15, "booking " × n 21 / 10 / 23; "via " + "WhatsApp via " × n + "support" 17 / 34 / 49',
  },
  {
    key: '3a87ad4c953cf46a',
    where:
      "lib/rules/messenger-channel.ts APP_AS_WORK, move-off-platform's filter of CHAT_APP_CHANNEL (forty-third session: the app as the work, the reader's customers, a past role, a review, a job ad)",
    why: 'recheck could not decide (timeout) — a list of words and short phrases; at 48 / 96 / 192 KB through analyzeMessage, CPU ms, after "Support via WhatsApp.": "your clients " × n 24 / 30 / 69, "customers   " × n 16 / 13 / 26, "durante el desarrollo " × n 2 / 9 / 7, "a" × n + "." 2 / 3 / 6',
  },
  {
    key: 'c901d0acf89ee96f',
    where:
      "lib/rules/messenger-channel.ts DEALINGS, re-keyed in the forty-third session (its review: 'I can share', 'keep you posted', files, meetings, 'with me', Spanish clitics)",
    why: 'recheck could not decide (timeout) after the review of the whole change took a word written twice out; before it, 2nd degree polynomial (fuzz) — a list of words, one behind a bounded look back ("I can share"); at 48 / 96 / 192 KB through analyzeMessage, CPU ms, after "Support via WhatsApp.": "A\\t" × n 507 (the first run) / 49 / 85; "I " × n + "share" 57 / 70 / 163 (the session\u2019s start 50 / 75 / 128); "we\\t" × n 28 / 9 / 16; "share " × n 9 / 22 / 19; re-keyed in the forty-fifth session (Spanish clitics with what is sent, "mándamelos"): "mándamelos" × n 480 (the first run) / 27 / 5, "A\\t" × n 43 / 60 / 87, "I " × n + "share" 50 / 63 / 102 (re-keyed in the forty-ninth session: the same pattern written with less native code — more "(?=)", lib/text/regexp-code.ts, and the BMP\u2019s letters for \\p{L}, lib/text/ascii-first.ts — the same matches on the BMP)',
  },
  {
    key: 'c825cece11ffd136',
    where:
      "lib/rules/prepayment-pressure.ts DUE_BEFORE (forty-third session: a split paid at the order or now — '50% on order, 50% on delivery', 'Half now, half when done', 'bei Bestellung')",
    why: '2nd degree polynomial (fuzz); at 48 / 96 / 192 KB through analyzeMessage, CPU ms: "INICIA QUANDO " + "A " × n + "%" 32 / 57 / 51; "TO H AOLD" + " A D" × n 505 (the first run) / 47 / 67; "50/50 " + "à la commande " × n 107 / 37 / 38; "50% " + "on order " × n 21 / 7 / 23; "Bitte überweisen Sie " + "40 % jetzt " × n 61 / 35 / 31 (re-keyed in the forty-ninth session: the same pattern written with less native code — more "(?=)", lib/text/regexp-code.ts, and the BMP\u2019s letters for \\p{L}, lib/text/ascii-first.ts — the same matches on the BMP) — re-keyed in the fiftieth session ("due within" only from the booking or the order: "Payment is due within 14 days" is an invoice\'s term), measured through analyzeMessage at 48 / 96 / 192 KB, CPU ms (the session\u2019s start): "NOW&" + "A " × n + "A %%" 26 / 41 / 69 (30 / 55 / 73), "Payment is due within " + "14 days " × n + "of booking" 21 / 8 / 23 (50 / 33 / 51)',
  },
  {
    key: '2878b1f6a5c3bdb7',
    where:
      "lib/rules/messenger-channel.ts APP_AS_WORK, re-keyed in the forty-third session (its reviews: devices and alerts, an app that 'allows', version numbers, request volumes, 'share' unless with the writer, the writer's own customers)",
    why: 'recheck could not decide (timeout) — a list of words and short phrases; at 48 / 96 / 192 KB through analyzeMessage, CPU ms, after "Support via WhatsApp.": "app " × n 2 / 6 / 16, "1 " × n 38 / 60 / 138 (the session\u2019s start 19 / 33 / 108), "v1" + ".1" × n 24 / 35 / 173 (the start 623 (the first run) / 151 / 134), "share " × n 9 / 22 / 19, "your clients " × n 24 / 30 / 69, "my clients " × n 505 (the first run) / 52 / 47, "50 " + "Termin" × n + "anfragen" 7 / 14 / 21, "50 a " × n 28 / 35 / 50; re-keyed in the forty-fourth session (a review as the writer\'s act — "I\'ll review them tonight" — is no review of an app): after "Send me the files on WhatsApp, " + "i review " × n + "them" 528 (the first run) / 80 / 83 ms, "will " × n + "review it" 21 / 15 / 31 ms, "reviews " × n 4 / 6 / 16 ms (re-keyed in the forty-ninth session: the same pattern written with less native code — more "(?=)", lib/text/regexp-code.ts, and the BMP\u2019s letters for \\p{L}, lib/text/ascii-first.ts — the same matches on the BMP)',
  },
  {
    key: '3ae62cebb536807a',
    where:
      "lib/rules/grade.ts PEOPLE_CHARGE (forty-fourth session: what people charge, told — 'la gente … cobran así', 'most people charge 50% upfront')",
    why: '2nd degree polynomial (fuzz); attack "than " + "many people " × n + "\\t" through analyzeMessage at 48 / 96 / 192 KB: 470 (the first run) / 11 / 15 ms; after "Most people charge 50% upfront. ": 156 / 53 / 6 ms',
  },
  {
    key: '5865d00418f380bc',
    where:
      "lib/rules/move-off-platform.ts ASK_CONTACT (forty-fourth session: 'compárteme tu Telegram', the messengers after the Spanish imperatives)",
    why: '3rd degree polynomial (fuzz); attack "MIR F Î C\\t" + "DEINE " × n + "Ê" through analyzeMessage at 48 / 96 / 192 KB: 19 / 27 / 42 ms; after "Compárteme tu Telegram. ": 553 (the first run) / 85 / 50 ms; re-keyed in the forty-fifth session (not a messenger\u2019s server, bot, token or API asked for: "Send me the Discord server ID"), now "recheck could not decide (timeout)": "ÜÓ" + "TU " × n + "ÊS S V Z É\\tT O\\tF\\tS\\t" 687 (the first run) / 59 / 65 ms, "Send me your " + "E " × n 104 / 80 / 153 ms (the code before 721 / 126 / 198), "Send me your discord " + "server " × n 87 / 49 / 26 ms, "MIR F Î C\\t" + "DEINE " × n 592 (the first run) / 38 / 46 ms; re-keyed again ("Send your personal email"): "send your personal " × n 506 (the first run) / 58 / 51 ms, "Send me your " + "E " × n 68 / 52 / 102 ms; re-keyed in the forty-ninth session (relayed requests: RELAYED_ASK among the words of asking), measured again through analyzeMessage at 48 / 96 / 192 KB, CPU ms (the session\u2019s start): "Send me your " + "E " × n 77 / 77 / 158 (76 / 79 / 161), "Schreib " + "mir ihre " × n + "telegram-nummer schicken" 53 / 25 / 52 (81 / 27 / 47) — re-keyed again in the forty-ninth session (its second batch: relayed requests in more frames, a fee or deposit asked politely, gift cards by store), measured through analyzeMessage at 48 / 96 / 192 KB, CPU ms (the session\u2019s start): "UR\\tKAKAO" + " POR" × n + "Ê" 21 / 11 / 16 (26 / 9 / 17), "" + "le mandes tu " × n + "número" 38 / 52 / 40 (5 / 12 / 26), "" + "lui envoyer votre " × n + "x" 5 / 9 / 43 (4 / 9 / 24) — re-keyed in the forty-ninth session\u2019s third batch (its second review: relayed by "says you should", "dice que le mandes", "hat gesagt, du sollst", "souhaite que tu", "pediu que você"; the reader\u2019s own client\u2019s wants ruled out; conditionals warned of; "compré", "ich habe … gekauft"), measured through analyzeMessage at 48 / 96 / 192 KB, CPU ms (the session\u2019s start): now "recheck could not decide (timeout)"; the German du-forms after the number ("schickst", "gibst") (re-keyed in the forty-ninth session: the same pattern written with less native code — more "(?=)", lib/text/regexp-code.ts, and the BMP\u2019s letters for \\p{L}, lib/text/ascii-first.ts — the same matches on the BMP) (re-keyed in the fifty-second session: "preciso dos seus dados" not before "bancários", "pessoais", "de acesso" — bank details are identity-rental\u2019s; now "2nd degree polynomial (fuzz)", attack "PLS PROVIDE" + " E" × n + "\\u0000" through analyzeMessage at 48 / 96 / 192 KB: 1160 (the first run) / 177 / 247 ms CPU, the session\u2019s start 867 / 107 / 171; "Send me your " + "E " × n 40 / 189 / 146 (25 / 126 / 254)); re-keyed in the fifty-sixth session (Portuguese "deixe seu número"), through analyzeMessage at 48 / 96 / 192 KB, CPU ms (the session\u2019s start): "MIR F Î C\\t" + "DEINE " × n + "Ê" 721 (the first run) / 38 / 51 (692 / 45 / 50); "passe " + "a " × n 64 / 94 / 125 (65 / 86 / 148); "deixe " + "x " × n + "seu zap" 15 / 17 / 33 (23 / 17 / 32)',
  },
  {
    key: '1bc8763985e45cdc',
    where:
      "lib/rules/prepayment-pressure.ts WRITER_PAYS (forty-fourth session: 'transferred today' after a fee asked for it is no payout)",
    why: '4th degree polynomial (fuzz); attack "I RELEASE Ó\\nX À " + "F\\t" × n + "%" through analyzeMessage at 48 / 96 / 192 KB: 16 / 23 / 39 ms; after "I highly recommend that you pay the release fee of $200 so your funds can be transferred today. ": 46 / 29 / 30 ms (re-keyed in the forty-ninth session: the same pattern written with less native code — more "(?=)", lib/text/regexp-code.ts, and the BMP\u2019s letters for \\p{L}, lib/text/ascii-first.ts — the same matches on the BMP)',
  },
  {
    key: '8f489f3e27678f48',
    where:
      "lib/rules/prepayment-pressure.ts PLATFORM (forty-fourth session: the reader's own refund or payout is no marketplace's)",
    why: '4th degree polynomial (fuzz); attack "NEST EN DROIT DE DEMA" × n + "Ê" through analyzeMessage at 48 / 96 / 192 KB: 1 / 3 / 6 ms; after "Pay the fee to get your refund. ": 92 (the first run) / 34 / 8 ms; "Pay the fee to get your " + "x " × n + "refund" 11 / 15 / 33 ms (re-keyed in the forty-ninth session: the same pattern written with less native code — more "(?=)", lib/text/regexp-code.ts, and the BMP\u2019s letters for \\p{L}, lib/text/ascii-first.ts — the same matches on the BMP)',
  },
  {
    key: '7914f594c421b2ca',
    where:
      "lib/rules/move-off-platform.ts KEPT_ON_MARKETPLACE (forty-fourth session: the marketplace refused is no keeping there — 'not through the platform')",
    why: '2nd degree polynomial (fuzz); attack "" + "\\t" × n + "TH\\u0000" after "Write me on WhatsApp " through analyzeMessage at 48 / 96 / 192 KB: 594 (the first run) / 43 / 27 ms; "Write me on WhatsApp not " + "via " × n + "upwork" 32 / 34 / 63 ms',
  },
  {
    key: '43c679f761b202ab',
    where:
      "lib/rules/messenger-channel.ts REFUSED_CHANNEL (forty-fourth session: the chat app refused for the platform or 'here')",
    why: '3rd degree polynomial (fuzz); attack "NO\\nNO\\nNONW\\t" + "NO TG\\t" × n + "\\n" after "Write me on WhatsApp. " through analyzeMessage at 48 / 96 / 192 KB: 79 / 31 / 38 ms; "here " + "x " × n + "instead of via WhatsApp" 9 / 18 / 37 ms; re-keyed in the same session (a third review: read whole, hinted, only where the sentence names one messenger and asks no "why not"; lib/rules/move-off-platform.ts NOT_THERE): attack " " + "etgfbno\\tno t" × n + "élégro\\tnotgfbno" at 48 / 96 / 192 KB 536 (the first run) / 34 / 11 ms; after "Write me on WhatsApp. ", "no telegram " × n + "here" 102 / 49 / 53 ms, "here " + "telegram not via whatsapp " × n 4 / 33 / 22 ms; re-keyed by the review of the whole change (the marketplace named from lib/text/lexicon.ts, the "instead of" words shared as INSTEAD_OF; findings byte-identical): "Write me on WhatsApp. icie" + "eno\\ten\\tthre" × n + "\\u0000" 599 (the first run) / 66 / 18 ms',
  },
  {
    key: 'e00e68c636fb13d8',
    where:
      'lib/rules/messenger-channel.ts RELATIVE_VIA (forty-fourth session: the chat app in a relative clause describing what is asked for)',
    why: '2nd degree polynomial (fuzz); attack "QUE\\tUS" + "\\t\\t" × n + "R!" after "Send me the files " through analyzeMessage at 48 / 96 / 192 KB: 10 / 13 / 27 ms; "Send me the files that " + "x " × n + "send via WhatsApp" 40 / 42 / 73 ms (re-keyed in the forty-ninth session: the same pattern written with less native code — more "(?=)", lib/text/regexp-code.ts, and the BMP\u2019s letters for \\p{L}, lib/text/ascii-first.ts — the same matches on the BMP)',
  },
  {
    key: 'df982e3aa879ffbb',
    where:
      'lib/text/speech.ts TOLD (forty-fifth session: "contact" after a modal is no telling — "so my manager can contact you directly")',
    why: '3rd degree polynomial (fuzz); attack "THE" + "THEY " × n + "Y" + " MAY" × n + "Z " + "M\\t" × n; through analyzeMessage in a sentence the move-off reading reads ("Write me on WhatsApp …") at 48 / 96 / 192 KB: "they " × n 553 (the first run) / 80 / 46 ms, "may " × n 11 / 22 / 39 ms, "may contact " × n 40 / 34 / 63 ms, "can contact " × n 27 / 22 / 56 ms; re-keyed in the same session (the modal only after the writer\u2019s own people, "my manager can contact you" — "someone might contact you" stays a warning): "Write me on WhatsApp he " + "R\\tÄ " × n 543 (the first run) / 77 / 52 ms (the session\u2019s start 584 / 58 / 50), "r " × n + "contact" 39 / 50 / 102 ms; re-keyed in the forty-sixth session ("ofreció", "bot", "a offert" tell, and "un cliente", "ein Kunde", "un client" as the one told of): recheck\'s attack "ER\\tF\\tO\\tß\\tÔ " + "O " × n + "CLIENTE F\\tO " × n + "\\u0000" through analyzeMessage at 48 / 96 / 192 KB 655 (the first run) / 55 / 42 ms, after "Write me on WhatsApp. " 691 / 142 / 39 ms, the session\'s start 619 / 58 / 46 ms; re-keyed again in the same session ("un cliente", "ein Kunde", "un client" taken back out of the third persons): recheck\'s attack "HE N N " + "M " × n after "Write me on WhatsApp. " at 48 / 96 / 192 KB 75 / 79 / 88 ms; re-keyed in the forty-seventh session ("he wrote", "she writes to me" tell): recheck\'s attack "O" + " FALSA O G\\tH\\t0\\tA" × n at 48 / 96 / 192 KB 724 (the first run) / 26 / 48 ms (the session\'s start 736 / 23 / 47), "The client wrote" + "  to me" × n + "add me on Telegram" 75 / 67 / 74 (89 / 71 / 101)',
  },
  {
    key: '31a65c00b75e1c39',
    where:
      'lib/rules/move-off-platform.ts CONNECTING_APP (forty-fifth session: a chat app as what a fault happens with — "al conectar WhatsApp" — not beside the writer asking to be contacted, WRITER_ASKS_CONTACT)',
    why: '2nd degree polynomial (fuzz); attack "Í" + "EN CON" × n + " CONN N " after "Write me on WhatsApp " through analyzeMessage at 48 / 96 / 192 KB: 721 (the first run) / 72 / 111 ms, again 633 / 60 / 47 ms; "al configurar " × n + "whatsapp" 29 / 15 / 32 ms (its guard read once from the sentence\u2019s start)',
  },
  {
    key: '23ea14abc484579f',
    where:
      'lib/rules/move-off-platform.ts BOT_WORK (forty-fifth session: a bot built, tested or installed there — not where the talk or the pay is said to go there)',
    why: '2nd degree polynomial (fuzz); attack "TA" + "TESTER" × n + "TA" after "Join my Discord " through analyzeMessage at 48 / 96 / 192 KB: 6 / 8 / 8 ms (its guard read once from the sentence\u2019s start) (re-keyed in the forty-ninth session: the same pattern written with less native code — more "(?=)", lib/text/regexp-code.ts, and the BMP\u2019s letters for \\p{L}, lib/text/ascii-first.ts — the same matches on the BMP)',
  },
  {
    key: '17b5cff85398745c',
    where:
      'lib/rules/prepayment-pressure.ts TERMS_AS_WORK (forty-fifth session: payment terms as the work — a prepayment flow to build, a shop\u2019s terms to translate)',
    why: '2nd degree polynomial (fuzz); attack "" + "P" × n + " ITAD" + "P" × n in a sentence the prepayment readings read ("A 50% deposit is required …") through analyzeMessage at 48 / 96 / 192 KB: 501 (the first run) / 45 / 37 ms; "payment " × n + "flow" 68 / 65 / 91 ms (re-keyed in the forty-ninth session: the same pattern written with less native code — more "(?=)", lib/text/regexp-code.ts, and the BMP\u2019s letters for \\p{L}, lib/text/ascii-first.ts — the same matches on the BMP) — re-keyed in the fiftieth session (the software\'s behaviour specified as work: "The booking page should require a 20% deposit"); recheck now calls it safe, the entry kept with its measurements — re-keyed again in the fiftieth session (a website\u2019s text quoted: "El texto de la web dice: …"), 2nd degree (fuzz), measured through analyzeMessage at 48 / 96 / 192 KB, CPU ms (the session\u2019s start): "C" + "AP" × n + " TEMPPPPPPPP" 7 / 6 / 8 (7 / 8 / 7), "El texto de la web dice: " + "se cobra un depósito " × n + "x" 7 / 9 / 12 (6 / 5 / 10) — re-keyed again in the fiftieth session ("the system / app / site should …" at a sentence\'s start is a specification), measured through analyzeMessage at 48 / 96 / 192 KB, CPU ms (the commit before): "TEXT" + " PP\\tPP" × n 626 (the first run) / 14 / 13 (712 / 22 / 13), "The system should require " + "a deposit " × n + "x" 67 / 82 / 96 (161 / 122 / 115); re-keyed in the fifty-first session (a deposit feature suggested, the reader\u2019s customers paying it, a module that lets them), through analyzeMessage at 48 / 96 / 192 KB, CPU ms, this code (the session\u2019s start): recheck: "THE AP" + "APP " × n + "\\u0000" 22 / 22 / 22 (16 / 23 / 20)',
  },
  {
    key: '2d29a121801b8bdd',
    where:
      'lib/rules/remote-access-request.ts PROGRAM_CODE (forty-fifth session: program code, not a session\u2019s — "den Code für das TeamViewer-Plugin als ZIP")',
    why: '2nd degree polynomial (fuzz); attack "" + "Q\\u0000CODEÓ" × n + "\\n" after "Send me the AnyDesk " through analyzeMessage at 48 / 96 / 192 KB: 162 (the first run) / 78 / 131 ms; "code x " × n + "as zip" 8 / 15 / 18 ms (the look after "code" is bounded to 40 characters); re-keyed in the same session (a program\u2019s source code only "of" something, not "the source code on your machine"): "CODEÜ" × n after "Send me the AnyDesk " 672 (the first run) / 30 / 15 ms',
  },
  {
    key: '31139a94ace5e7f3',
    where:
      'lib/rules/alt-payment-request.ts CARD_AS_WORK (forty-fifth session: gift cards as a shop\u2019s feature, customers buying or redeeming them)',
    why: '3rd degree polynomial (fuzz); attack "M" + "NPINUSERS\\tCOMPRA" × n + "F" after "Buy gift cards " through analyzeMessage at 48 / 96 / 192 KB: 672 (the first run) / 47 / 27 ms; "users buy " × n 21 / 24 / 38 ms (read only where a gift card and a purchase already met); re-keyed in the same session (not where the writer asks to be paid: "pay me", "instead", "as payment"): "NPINUSERS UTILISE" × n after "Buy gift cards " 33 / 21 / 18 ms (re-keyed in the forty-ninth session: the same pattern written with less native code — more "(?=)", lib/text/regexp-code.ts, and the BMP\u2019s letters for \\p{L}, lib/text/ascii-first.ts — the same matches on the BMP)',
  },
  {
    key: '712ccd5d410935fa',
    where:
      'lib/rules/move-off-platform.ts DIRECT, "send … to <address>" (forty-fifth session: French "envoyez-nous", "merci d\'envoyer", up to 14 words with a bracket or a comma)',
    why: '3rd degree polynomial (fuzz); attack "" + "ENVÍE\\t " × n + "\\u0000" through analyzeMessage at 192 KB: 50 ms; "envoyez-nous (cv) " × n 15 / 18 / 43 ms; "send " + "a b c d e f g h i j k l m n o p " × n + "x" 64 / 28 / 76 ms (48 / 96 / 192 KB) (re-keyed in the forty-ninth session: the same pattern written with less native code — more "(?=)", lib/text/regexp-code.ts, and the BMP\u2019s letters for \\p{L}, lib/text/ascii-first.ts — the same matches on the BMP)',
  },
  {
    key: 'e4736e83130c311a',
    where:
      'lib/rules/avoids-video.ts REFUSING (forty-sixth session: "Pas besoin d\u2019appel vidéo", the video word right after an elided "d\u2019")',
    why: 'recheck could not decide (timeout); forty-sixth session, through analyzeMessage at 48 / 96 / 192 KB, CPU ms: "pas besoin d\u2019" × n 656 (the first run) / 54 / 26; "no need for " × n + "camera" 52 / 29 / 47; "I don\u2019t see the point of " + "a a " × n 41 / 41 / 102; "pas besoin de une " × n + "x" 5 / 11 / 24; re-keyed in the same session (a video call "skipped" after "if we"): recheck\'s attack "Ã" + "NO NEEDE " × n 2 / 4 / 10 ms; re-keyed again ("skipped" taken back; a wider list of articles, "la", "le", "l\u2019"): "pas besoin d\u2019" × n 18 / 33 / 19 ms; re-keyed in the forty-seventh session (the camera not to be turned on, "I don\u2019t want to turn my camera on", "I never turn my camera on"): "I do not want to " + "turn " × n + "my camera on" 673 (the first run) / 27 / 40 (the session\u2019s start 530 / 37 / 25), "never " × n + " turn my camera on" 12 / 24 / 30 (4 / 21 / 25), "pas besoin d\u2019" × n 18 / 19 / 19 (re-keyed in the forty-ninth session: the same pattern written with less native code — more "(?=)", lib/text/regexp-code.ts, and the BMP\u2019s letters for \\p{L}, lib/text/ascii-first.ts — the same matches on the BMP); re-keyed in the fifty-third session (French spoken negation without \u201cne\u201d, \u201cje peux pas\u201d, \u201cj\u2019ai pas de\u201d, and \u201cje n\u2019ai pas\u201d not before a participle): recheck\u2019s attack "Á" + "NO P\\n" × n 1121 (the first run) / 33 / 47 ms (the session\u2019s start 831 / 26 / 33), "je n\u2019ai pas " × n + "de caméra" 114 / 75 / 74 (49 / 50 / 60), "j\u2019ai pas vu " × n 8 / 12 / 50 (3 / 5 / 28), at load 8–11',
  },
  {
    key: '340db9c95376b708',
    where:
      'lib/text/lexicon.ts TO_RELATION, read as alt-payment-request\u2019s concept and prepayment-pressure\u2019s TO_SOMEONE_CLOSE (forty-sixth session: "begleichen" among the verbs of paying)',
    why:
      'recheck could not decide (timeout); forty-sixth session, through analyzeMessage at 48 / 96 / 192 KB, CPU ms: "to the " × n + "brother" 523 (the first run) / 31 / 31; "pay " × n + "my" 61 / 47 / 92; "begleichen " × n 2 / 8 / 7; "settle on the " × n after "Pay me. " 16 / 19 / 13; "a la a la " × n 5 / 10 / 21 (re-keyed in the forty-ninth session: the same pattern written with less native code — more "(?=)", lib/text/regexp-code.ts, and the BMP\u2019s letters for \\p{L}, lib/text/ascii-first.ts — the same matches on the BMP)' +
      '; ' +
      FIFTY_THIRD,
  },
  {
    key: '2b051c7276e74abf',
    where:
      'lib/rules/avoids-video.ts NEXT_TIME_ON (forty-sixth session: a camera told to be on next time, "It\u2019ll be on next time for sure")',
    why: '2nd degree polynomial (fuzz); tested on the whole text only where a refusal was read; through analyzeMessage at 48 / 96 / 192 KB, CPU ms: "My camera is broken. " + "la próxima vez " × n 582 (the first run) / 44 / 16; "My camera is broken, " + "next time it will be " × n 31 / 43 / 111',
  },
  {
    key: '585d9f9d3228ea52',
    where:
      'lib/rules/grade.ts WRITER (forty-sixth session: French "m\u2019" before its verb names the writer, "Tu peux m\u2019ajouter sur telegram")',
    why: '2nd degree polynomial (fuzz); tested on a finding\u2019s quotes; through analyzeMessage at 48 / 96 / 192 KB, CPU ms: "Write me on WhatsApp r" + "a-mes" × n 18 / 31 / 61; "Write me on WhatsApp " + "m\u2019" × n + "x" 48 / 52 / 85; re-keyed in the same session ("m\u2019" only before a verb of contact or paying): "Write me on WhatsApp u" + "t-mei" × n 40 / 44 / 76 ms (re-keyed in the forty-ninth session: the same pattern written with less native code — more "(?=)", lib/text/regexp-code.ts, and the BMP\u2019s letters for \\p{L}, lib/text/ascii-first.ts — the same matches on the BMP)',
  },
  {
    key: '6f8f338d6912b65e',
    where:
      'lib/rules/move-off-platform.ts SITE_EDIT (forty-sixth session: a contact put on the site being built, "please put our whatsapp +44 \u2026 in the header")',
    why: '2nd degree polynomial (fuzz); tested on a finding\u2019s sentences only; through analyzeMessage at 48 / 96 / 192 KB, CPU ms: "Add me on WhatsApp +1 415 555 0134 " + "add " × n + "in the header" 673 (the first run) / 124 / 153',
  },
  {
    key: 'c90bb3367619ea8f',
    where:
      'lib/rules/prepayment-pressure.ts, a fee paid to secure a place (forty-sixth session: "para reservar tu lugar tienes que pagar una inscripción")',
    why: 'recheck could not decide (timeout); forty-sixth session, through analyzeMessage at 48 / 96 / 192 KB, CPU ms, measured while a CI run shared the two cores: "Please " + "pay " × n + "to reserve" 1,129 (the first run) / 227 / 358, the session\u2019s start 667 / 149 / 208 (the prepayment rule alone on 192 KB, alternated with the start\u2019s file: 103 / 221 against 112 / 110 ms — the host\u2019s noise); "reservar pagar " × n + "inscripción" 26 / 25 / 35 (re-keyed in the forty-ninth session: the same pattern written with less native code — more "(?=)", lib/text/regexp-code.ts, and the BMP\u2019s letters for \\p{L}, lib/text/ascii-first.ts — the same matches on the BMP)',
  },
  {
    key: '05b3ee462adcae05',
    where:
      'lib/rules/remote-access-request.ts GIVE_ACCESS (forty-sixth session: French "me donner un accès", "donne-moi un accès")',
    why: '2nd degree polynomial (fuzz); through analyzeMessage at 48 / 96 / 192 KB, CPU ms: "MAY I" + " S" × n 67 / 67 / 95; "donne-moi " × n + "accès" after "Can you install AnyDesk? " 45 / 36 / 32 (re-keyed in the forty-ninth session: the same pattern written with less native code — more "(?=)", lib/text/regexp-code.ts, and the BMP\u2019s letters for \\p{L}, lib/text/ascii-first.ts — the same matches on the BMP)',
  },
  {
    key: '82eaa2da0ddb50d5',
    where:
      'lib/rules/recommends-more-workers.ts, the writer\u2019s people for "hire them too" (forty-sixth session: "tengo un amigo", "I have a friend")',
    why:
      'recheck could not decide (timeout); through analyzeMessage at 48 / 96 / 192 KB, CPU ms: "my a " × n + "friend" 11 / 25 / 104 (the session\u2019s start 5 / 12 / 78); "tengo un amigo " × n + "contratar también" 7 / 14 / 32 (re-keyed in the forty-ninth session: the same pattern written with less native code — more "(?=)", lib/text/regexp-code.ts, and the BMP\u2019s letters for \\p{L}, lib/text/ascii-first.ts — the same matches on the BMP)' +
      '; ' +
      FIFTY_THIRD,
  },
  {
    key: '696f221c158d2d64',
    where:
      'lib/rules/ship-equipment-elsewhere.ts:70 (TO_SOMEONE_CLOSE, through lib/text/lexicon.ts TO_RELATION; forty-sixth session: "begleichen" among the verbs of paying)',
    why:
      'recheck could not decide (timeout) on the CI machine; through analyzeMessage at 48 / 96 / 192 KB, CPU ms: "Send the laptop " + "to my a " × n + "friend" 730 (the first run) / 98 / 168; "Send the laptop " + "pay " × n + "my brother" 29 / 34 / 101 (the form before it: THIRTY_EIGHTH)' +
      '; ' +
      FIFTY_THIRD,
  },
  {
    key: 'b1cf55a1a32f4c0f',
    where:
      'lib/rules/avoids-video.ts WANTS_A_CALL (forty-seventh session: the camera "on" not after a negation, "I\u2019d prefer not to turn my camera on")',
    why: '2nd degree polynomial (fuzz); through analyzeMessage at 48 / 96 / 192 KB, CPU ms: "not \u00e2 \u00aa \u00e1r\u00e9xh\u00e8luse\u00f3toi" + " t" × n 576 (the first run) / 47 / 86 (the session\u2019s start 557 / 63 / 81); "I would not" + " t t t" × n + " camera on" 28 / 38 / 67 (28 / 41 / 65); the four words before "camera" bounded to 20 letters each after a first form with unbounded words was flagged',
  },
  {
    key: '4885137004012bf4',
    where: 'lib/rules/avoids-video.ts WANTS_A_CALL through asciiFirst (forty-seventh session, as above)',
    why: '3rd degree polynomial (fuzz); through analyzeMessage at 48 / 96 / 192 KB, CPU ms: "r" + "entro bier " × n + "tro b o i c" 4 / 5 / 12 (the session\u2019s start 3 / 6 / 12) (re-keyed in the forty-ninth session: the same pattern written with less native code — more "(?=)", lib/text/regexp-code.ts, and the BMP\u2019s letters for \\p{L}, lib/text/ascii-first.ts — the same matches on the BMP)',
  },
  {
    key: 'b6732f51aac8e9ab',
    where:
      'lib/rules/grade.ts HIRE_ME_ELSEWHERE (forty-seventh session: "switch to my new account", "rehire me on my partner\u2019s account")',
    why: '2nd degree polynomial (fuzz); tested on a finding\u2019s sentences only; through analyzeMessage at 48 / 96 / 192 KB, CPU ms: "iy " + "the offer " × n 7 / 12 / 22 (the session\u2019s start 9 / 17 / 33); "Please hire me " + "the offer " × n + "through my partner account" 50 / 36 / 54 (61 / 45 / 70); re-keyed in the fifty-first session (paid through the writer\u2019s other profile in five languages: pay verbs, \u201cotro\u201d, \u201cpelo\u201d), through analyzeMessage at 48 / 96 / 192 KB, CPU ms, this code (the session\u2019s start): recheck: "o" + "\\tna meinem" × n + "s" 720 (the first run) / 38 / 70 (812 / 55 / 78)',
  },
  {
    key: '17bdf7edaccfb1dd',
    where: 'lib/rules/grade.ts HIRE_ME_ELSEWHERE through asciiFirst (forty-seventh session, as above)',
    why: '2nd degree polynomial (fuzz); through analyzeMessage at 48 / 96 / 192 KB, CPU ms: "pag\\tg\\te" + "n\u00ed" × n + "e" 4 / 4 / 16 (the session\u2019s start 7 / 20 / 19); "pag\\th\\te" + "e\u00e3" × n 3 / 6 / 11 (3 / 6 / 11) (re-keyed in the forty-ninth session: the same pattern written with less native code — more "(?=)", lib/text/regexp-code.ts, and the BMP\u2019s letters for \\p{L}, lib/text/ascii-first.ts — the same matches on the BMP); re-keyed in the fifty-first session (the pattern above as asciiFirst writes it), through analyzeMessage at 48 / 96 / 192 KB, CPU ms, this code (the session\u2019s start): recheck: "mituns \u03b9 \\t" + "mit " × n + "n" 18 / 20 / 29 (19 / 23 / 29); re-keyed again (\u201cdeuxième\u201d, \u201cnouvel\u201d, \u201cüberweis\u201d among the other account\u2019s words), recheck: " e d" + "n\u00aa" × n + "y " + "the offer " × n, its first pump through analyzeMessage at 48 / 96 / 192 KB, CPU ms: 821 (the first run) / 71 / 123 (the commit before: 799 / 139 / 58), at 384 KB 46',
  },
  {
    key: '123d842d5ff30c74',
    where:
      'lib/rules/crypto-payment-request.ts:180 through asciiFirst (the marketplace\u2019s names; unchanged, flagged by one fuzz run of the forty-seventh session, decided safe by the runs before)',
    why: '2nd degree polynomial (fuzz); through analyzeMessage at 48 / 96 / 192 KB, CPU ms: "guru\\tguru" + "freelancer" × n + "\\tp" 3 / 10 / 6 (the session\u2019s start 4 / 5 / 5) (re-keyed in the forty-ninth session: the same pattern written with less native code — more "(?=)", lib/text/regexp-code.ts, and the BMP\u2019s letters for \\p{L}, lib/text/ascii-first.ts — the same matches on the BMP); re-keyed in the fifty-fifth session (lib/text/lexicon.ts feesOf: the fee first, "las comisiones de upwork", "les frais upwork", "as taxas do upwork"), flagged 2nd degree polynomial (fuzz): "comision" + "jd" × n + "\\u0000" through analyzeMessage at 48 / 96 / 192 KB, CPU ms: 35 / 21 / 20 (the session\u2019s start 41 / 24 / 14); "\\t\\tp\\tc\\u0000" × n 746 (the first run) / 97 / 173 (900 / 121 / 200); "comisiones de " × n + "upwork" 12 / 22 / 37 (17 / 22 / 44)',
  },
  {
    key: 'fb10748962524c5d',
    where:
      'lib/rules/avoids-video.ts, audio only asked and video calls "not my thing" (forty-seventh session: "voice only please", "Solo audio por favor", "La visio c\u2019est pas mon truc")',
    why: 'a first form (the sentence start read as "^\\W*") was flagged 2nd degree polynomial (fuzz), "\u00cd" + "\u00c4\\n" × n; bounded to eight signs; through analyzeMessage at 48 / 96 / 192 KB, CPU ms: "\u00cd" + "\u00c4\\n" × n 807 (the first run) / 15 / 34; "!!!!" × n + " voice only please" 79 / 30 / 13; "voice only please " × n 30 / 25 / 56 (the session\u2019s start 12 / 15 / 22); "la visio c\u2019est pas " × n + "mon truc" 47 / 36 / 38 (9 / 11 / 23); re-keyed after the session\u2019s second review (a "but" a few words on in five languages, voice-over gigs and audiobooks), decided safe by recheck\u2019s next run; re-keyed again ("Só áudio, por favor.": a comma before the courtesy), flagged 2nd degree polynomial (fuzz): "LA CÁMARA NO NO ES LO MYÜÄ0G\\u0000" + " \\n" × n 576 (the first run) / 36 / 22 (the start 551 / 39 / 26); "Só áudio, por favor. " × n 118 / 158 / 151 (22 / 30 / 58: every sentence now a finding, quoted) (re-keyed in the forty-ninth session: the same pattern written with less native code — more "(?=)", lib/text/regexp-code.ts, and the BMP\u2019s letters for \\p{L}, lib/text/ascii-first.ts — the same matches on the BMP); re-keyed in the fifty-fifth session ("no soy muy de cámara", "não sou muito de câmera": the English "not a camera person" in two more languages), flagged 3rd degree polynomial (fuzz): "AET," + ",\\n" × n + "BGGÀET," + ",\\n" × n + "BGGÀ " + " A " × n + "\\n", all three pumps at once through analyzeMessage at 48 / 96 / 192 KB, CPU ms: 816 (the first run) / 71 / 103 (the session\u2019s start 798 / 48 / 58); "Só áudio, por favor. " × n 123 / 167 / 232 (129 / 129 / 167); "no soy muy de cámara " × n 57 / 56 / 71 (14 / 14 / 15: every sentence now a finding)',
  },
  {
    key: '737d38836ab6fa20',
    where:
      'lib/rules/account-switch-request.ts SWITCH_TO_MINE (forty-seventh session: "can we switch to my new account?")',
    why:
      'entered before any run flagged it (new, in five languages); through analyzeMessage at 48 / 96 / 192 KB, CPU ms: "switch to my new " × n + "account" 23 / 40 / 46 (the session\u2019s start 8 / 18 / 55); re-keyed after the session\u2019s second review (asked only after "can we", "please", "I could", not for another tool\u2019s account) and flagged 2nd degree polynomial (fuzz): "ZU MEINE NEUEN COMPTE" + " E" × n 485 (the first run) / 65 / 137 (the start 564 / 74 / 141), "können wir " + "zu meinen neuen Konto " × n + "wechseln" 37 / 29 / 16 (30 / 17 / 19), "can we " + "switch to my new account " × n 31 / 23 / 33 (25 / 16 / 19); re-keyed in the session\u2019s last read (the other tools\u2019 names joined with move-off-platform\u2019s WORK_TOOLS, lib/text/lexicon.ts) (re-keyed in the forty-ninth session: the same pattern written with less native code — more "(?=)", lib/text/regexp-code.ts, and the BMP\u2019s letters for \\p{L}, lib/text/ascii-first.ts — the same matches on the BMP); ' +
      FIFTY_FOURTH,
  },
  // (forty-seventh session: patterns changed in the forty-sixth and never recorded in verdicts.json, so every run fuzzed them again;
  // one run flagged these, each measured through analyzeMessage at 48 / 96 / 192 KB, CPU ms, against the session's start)
  {
    key: 'e42b56913bb2d132',
    where: 'lib/rules/alt-payment-request.ts:561 (unchanged since the forty-sixth session)',
    why: '2nd degree polynomial (fuzz); "k" + "fiverr\\to\\tl\\tb" × n 15 / 12 / 13 (the start 15 / 11 / 11)',
  },
  {
    key: '0e22c5df0af576bb',
    where: 'lib/rules/move-off-platform.ts:810 (unchanged since the forty-sixth session)',
    why: '2nd degree polynomial (fuzz); "edie leads p " × n 10 / 19 / 41 (the start 7 / 9 / 16)',
  },
  {
    key: '6952c92346699645',
    where:
      'lib/rules/move-off-platform.ts NOT_THERE (messenger-channel.ts REFUSED_CHANNEL, hinted; unchanged from the forty-sixth session to the fifty-fourth)',
    why: '2nd degree polynomial (fuzz); "i" + "efbtgno i m" × n 10 / 23 / 45 (the start 6 / 26 / 72) — re-keyed in the fifty-fourth session (the marketplace preferred to a messenger, compared: "Prefiero mantener la comunicación aquí que por WhatsApp", "lieber hier halten als über WhatsApp"; the windows bounded, 60 and 40 characters): recheck\u2019s fuzz attack "liebericials\\ni c\\n" + "no\\t" × n + "\\u0000" through analyzeMessage at 48 / 96 / 192 KB, CPU ms (the session\u2019s start): 701 (the first run) / 72 / 61 (689 / 60 / 51); after "Ich würde lieber hier " 10 / 9 / 20 (11 / 9 / 19); re-keyed in the fifty-fifth session (the chat app right after "instead of": "Can we use the Upwork chat instead of WhatsApp?"), flagged 3rd degree polynomial (fuzz): "tgwhatap" + "9preferep" × n + "\\n" through analyzeMessage at 48 / 96 / 192 KB, CPU ms: 707 (the first run) / 11 / 18 (the session\u2019s start 699 / 25 / 13); "prefer here than via " + "whatsapp " × n 72 / 37 / 52 (66 / 34 / 35); "Upwork " + "instead of " × n + "WhatsApp" 15 / 7 / 34 (7 / 10 / 46)',
  },
  {
    key: '50643f83f324729c',
    where: 'lib/text/ascii-first.ts:30, a pattern unchanged since the forty-sixth session',
    why: '2nd degree polynomial (fuzz); "ich schi" × n + "ckmu" 5 / 8 / 15 (the start 17 / 7 / 13) (re-keyed in the forty-ninth session: the same pattern written with less native code — more "(?=)", lib/text/regexp-code.ts, and the BMP\u2019s letters for \\p{L}, lib/text/ascii-first.ts — the same matches on the BMP)',
  },
  {
    key: '6a96be91769186ee',
    where: 'lib/text/ascii-first.ts:30, a pattern unchanged since the forty-sixth session',
    why: '2nd degree polynomial (fuzz); "put\\t k " + "a\\t" × n + "\\ta a a" 44 / 74 / 113 (the start 47 / 76 / 109) (re-keyed in the forty-ninth session: the same pattern written with less native code — more "(?=)", lib/text/regexp-code.ts, and the BMP\u2019s letters for \\p{L}, lib/text/ascii-first.ts — the same matches on the BMP)',
  },
  {
    key: '69dfb5d52345529a',
    where: 'lib/text/ascii-first.ts:30, a pattern unchanged since the forty-sixth session',
    why: '2nd degree polynomial (fuzz); "t" + "raduired" × n + "ijúx" 8 / 14 / 14 (the start 11 / 13 / 14) (re-keyed in the forty-ninth session: the same pattern written with less native code — more "(?=)", lib/text/regexp-code.ts, and the BMP\u2019s letters for \\p{L}, lib/text/ascii-first.ts — the same matches on the BMP)',
  },
  {
    key: 'cd6f4033853de182',
    where:
      'lib/text/speech.ts TOLD as checked without its "g" flag (forty-seventh session, the pattern entered above as df982e3aa879ffbb)',
    why: 'recheck could not decide (timeout); the same pattern, measured as above through analyzeMessage — re-keyed again in the forty-ninth session (its second batch: relayed requests in more frames, a fee or deposit asked politely, gift cards by store), measured through analyzeMessage at 48 / 96 / 192 KB, CPU ms (the session\u2019s start): TOLD with past wants of the writer and periphrastic futures: "The client " + "wollte, dass ich " × n + "x" 732 (the first run) / 33 / 24 (722 / 28 / 26), "" + "queria que " × n + "x" 3 / 7 / 21 (3 / 6 / 21), "" + "te van a pedir " × n + "x" 4 / 6 / 36 (4 / 6 / 15) (re-keyed in the forty-ninth session: the same pattern written with less native code — more "(?=)", lib/text/regexp-code.ts, and the BMP\u2019s letters for \\p{L}, lib/text/ascii-first.ts — the same matches on the BMP) — re-keyed in the fiftieth session ("everyone / everybody / every client wants you to" told as a habit, not asked), 2nd degree (fuzz) now, measured through analyzeMessage at 48 / 96 / 192 KB, CPU ms (the session\u2019s start): "THE " + "MAN\\tMY " × n + "Ä" 606 (the first run) / 34 / 48 (623 / 35 / 47), "The client " + "wollte, dass ich " × n + "x" 13 / 9 / 25 (10 / 10 / 26), "Everyone " + "wants you to " × n + "x" 6 / 12 / 65 (5 / 12 / 39) — re-keyed again in the fiftieth session ("alle wollen, dass du …", "todos quieren que", "tout le monde veut que", "todo mundo quer que" told as a habit), now 3rd degree (fuzz), measured through analyzeMessage at 48 / 96 / 192 KB, CPU ms (the session\u2019s start): "" + "ÄWURDE ER E" × n + "R ÖÖD\\u0000" 20 / 28 / 19 (12 / 28 / 22), "" + "alle wollen, dass " × n + "du" 12 / 11 / 13 (10 / 21 / 12); re-keyed in the fifty-first session (told frames: "my last / previous / former client said"), recheck: 3rd degree polynomial (fuzz), attack "Ö" + "ER\\tD\\tP B\\tH" × n + "\\u0000" through analyzeMessage at 48 / 96 / 192 KB, CPU ms: 757 (the first run) / 37 / 31 (the session\u2019s start 715 / 32 / 31); re-keyed in the fifty-first session (told frames: a previous freelancer, developer, agency; \u201cmon ancien prestataire\u201d, \u201cmi anterior freelancer\u201d, \u201cmeu antigo freelancer\u201d, \u201cmein früherer Freelancer\u201d), through analyzeMessage at 48 / 96 / 192 KB, CPU ms, this code (the session\u2019s start): recheck: "LE VA" + " A" × n + "A" + " A" × n + "VERYONE" + " ASKS ME" × n + "Ä", its pumps one at a time: " A" 44 / 40 / 107 (34 / 39 / 124), " ASKS ME" 9 / 9 / 43 (7 / 13 / 23) (re-keyed in the fifty-second session: "(tem|há|hay) gente" as a third person, "oferecendo", "ofreciendo" as telling; now "2nd degree polynomial (fuzz)", attack "SOLL ß " + "E M Ö " × n + "Ä" through analyzeMessage at 48 / 96 / 192 KB: 650 (the first run) / 64 / 82 ms CPU, the session\u2019s start 708 / 53 / 99; "Write me on WhatsApp. THE" + "THEY " × n 102 / 23 / 14 (112 / 23 / 12); "tem gente oferecendo " + " oferecendo" × n 2 / 5 / 12 (3 / 5 / 11)) — re-keyed in the fifty-fourth session (a request told as someone else\u2019s words after it: "dijo el tipo", "a dit le gars", "hat der Typ gesagt", "o cara falou"): recheck\u2019s fuzz attack "ÉL É\\t" + "A\\tMY " × n + "N" through analyzeMessage at 48 / 96 / 192 KB, CPU ms (the session\u2019s start): 50 / 55 / 89 (44 / 74 / 92); after "Send the laptop to my cousin." 64 / 32 / 24 (60 / 32 / 24); re-keyed again in the same session\u2019s review ("recruiter" read with the pattern\u2019s own letter class: "\\p{L}" is no letter class without the "u" flag): recheck\u2019s fuzz attack "HE\\tS\\tU\\t" + "C\\tMY " × n + "Ä" through analyzeMessage at 48 / 96 / 192 KB, CPU ms (before the fix): 789 (the first run) / 67 / 79 (791 / 83 / 81); after "Send the laptop to my cousin." 86 / 28 / 65 (62 / 42 / 62) — re-keyed in the fifty-sixth session (others’ question told, "Clients ask if …", and a third person contacted, in five languages), through analyzeMessage at 48 / 96 / 192 KB, CPU ms (the session’s start): "ÉL " + "A\tMY " × n + "Ä" 25 / 26 / 41 (26 / 22 / 23)',
  },
  {
    key: '033ff842548719fa',
    where:
      'lib/rules/avoids-video.ts PROPOSAL (forty-seventh session: another day proposed in five languages, "can we do Thursday at 3pm?", "passt es morgen um 14 Uhr?")',
    why: 'recheck could not decide (timeout); tested on refusals\u2019 sentences only; through analyzeMessage at 48 / 96 / 192 KB, CPU ms: "I cannot do the video call today, " + "can we do thursday at 3pm " × n + "?" 91 / 58 / 69 (the session\u2019s start 122 / 92 / 68); "Ich kann heute keinen Videocall machen, " + "passt es am montag " × n + "?" 21 / 24 / 37 (22 / 24 / 33)',
  },
  {
    key: '2c81bdc5a533d092',
    where:
      'lib/rules/move-off-platform.ts FOLLOW_ONLY (forty-eighth session: a sentence that is only a follow with its network and handle, "follow me on twitter : @x", "Síguenos en Instagram @x"; tested on the sentences an invitation was read in)',
    why: '2nd degree polynomial (fuzz); attack "sigame \\t " + "\\t\\t\\t" × n + "n" through analyzeMessage at 48 / 96 / 192 KB 1111 (the first run) / 25 / 12 ms CPU (the session\u2019s start 1125 / 13 / 12); as a sentence an invitation is read in, "Sígueme " + "\\t" × n + " en Telegram @owl_dev, escríbeme" 1327 (the first run) / 69 / 89 (1291 / 52 / 48), "Follow me on Instagram " + "\\t" × n + "@owl_dev and add me on Telegram @owl_dev" 31 / 72 / 97 (20 / 47 / 63)',
  },
  {
    key: 'f0cae792f4c46ef3',
    where:
      "lib/rules/move-off-platform.ts ROLE_ADDRESS's hint (forty-eighth session: from each \"@\" or \"(at)\", back to a desk's local part — ROLE_ADDRESS's own words, the greeting's look-ahead of 200 characters with them — and no webmail host after it, or a government's domain after it)",
    why: '4th degree polynomial (fuzz), attack "@HI)" + "A@" × n + "\\n"; tested only where ROLE_ADDRESS would be (a sentence with "@", "[" or "("), in place of the pattern itself; at 48 / 96 / 192 KB, CPU ms, the hint alone / through analyzeMessage (the session\u2019s start through analyzeMessage): that attack 32 / 50 / 94 and 82 / 97 / 131 (61 / 82 / 125); "Contact me at " + "hi@" × n 10 / 0 / 1 and 49 / 31 / 29 (29 / 29 / 29); "Write to " + "hello@" × n + " outside" 0 / 0 / 1 and 6 / 11 / 22 (the same); "Email me: " + "a.b@" × n + "x.gouv.fr" 26 / 49 / 109 and 120 / 132 / 236 (88 / 84 / 151); "Add me " + "support (at) " × n + "gmail.com" 0 / 0 / 1 and 10 / 10 / 19 (9 / 10 / 20); "Text me " + "x-" × n + "@gmail.com" 0 / 1 / 2 and 50 / 84 / 144 (48 / 77 / 144) (re-keyed in the forty-ninth session: the same pattern written with less native code — more "(?=)", lib/text/regexp-code.ts, and the BMP\u2019s letters for \\p{L}, lib/text/ascii-first.ts — the same matches on the BMP)',
  },
  {
    key: '00cba5a54b3ba9cb',
    where:
      "lib/rules/move-off-platform.ts INVITE (forty-ninth session: the Spanish subjunctive 'que me agregues', as 'agrégueme')",
    why: 'recheck could not decide (timeout); through analyzeMessage at 48 / 96 / 192 KB, CPU ms (the session\u2019s start): "" + "agregues " × n + "x" 3 / 4 / 8 (3 / 4 / 7); "Contact " + "me " × n + "x" 16 / 13 / 27 (8 / 17 / 28) — re-keyed again in the forty-ninth session (its second batch: relayed requests in more frames, a fee or deposit asked politely, gift cards by store), measured through analyzeMessage at 48 / 96 / 192 KB, CPU ms (the session\u2019s start): INVITE with "me adicione": "" + "me adicione " × n + "x" 4 / 9 / 17 (4 / 8 / 15) (re-keyed in the forty-ninth session: the same pattern written with less native code — more "(?=)", lib/text/regexp-code.ts, and the BMP\u2019s letters for \\p{L}, lib/text/ascii-first.ts — the same matches on the BMP); re-keyed in the fifty-first session (French \u201cqui ajoute\u201d, a third person, no longer \u201cadd me\u201d), recheck could not decide (timeout); through analyzeMessage at 48 / 96 / 192 KB, CPU ms, this code (the session\u2019s start): "Please contact me. " + "contact " × n 20 / 21 / 86 (22 / 21 / 94) — re-keyed in the fifty-sixth session (French "contacté" a past as "contacted"), through analyzeMessage at 48 / 96 / 192 KB, CPU ms (the session’s start): "I\'LL " + "M " × n + "N" 47 / 39 / 58 (20 / 33 / 47); "Contact " + "me " × n + "x" 33 / 33 / 43 (27 / 21 / 36)',
  },
  {
    key: 'ca1986f1aadff2cb',
    where:
      "lib/text/speech.ts ADVICE (forty-ninth session: warnings that no one will ask — 'a real employer will never ask you to', 'verlangen nie, dass Sie', 'aucun … ne vous demandera', 'nenhuma empresa … vai pedir', 'kein … wird Sie bitten' — and 'if someone wants you to' in German, Spanish and Portuguese)",
    why: 'recheck could not decide (timeout); through analyzeMessage at 48 / 96 / 192 KB, CPU ms (the session\u2019s start): "" + "nobody will ask you " × n + "x" 6 / 10 / 40 (5 / 10 / 55); "" + "kein " × n + "wird sie bitten" 24 / 17 / 10 (21 / 9 / 9); "" + "will never ask you " × n + "x" 16 / 15 / 31 (16 / 20 / 28); "" + "aucun " × n + "ne vous demandera" 3 / 5 / 12 (6 / 5 / 12) — re-keyed in the forty-ninth session\u2019s third batch (its second review: relayed by "says you should", "dice que le mandes", "hat gesagt, du sollst", "souhaite que tu", "pediu que você"; the reader\u2019s own client\u2019s wants ruled out; conditionals warned of; "compré", "ich habe … gekauft"), measured through analyzeMessage at 48 / 96 / 192 KB, CPU ms (the session\u2019s start): "VÃOC" + "NÚN  W F\\u0000\\u0000" × n 105 / 57 / 77 (117 / 56 / 62) (re-keyed in the forty-ninth session: the same pattern written with less native code — more "(?=)", lib/text/regexp-code.ts, and the BMP\u2019s letters for \\p{L}, lib/text/ascii-first.ts — the same matches on the BMP)',
  },
  {
    key: '549a940da233c166',
    where:
      "lib/text/speech.ts RELAYED (forty-ninth session: 'asked me to tell you to', 'he/she wants you to', 'asked that you', 'hat mich gebeten, Ihnen auszurichten, dass', 'bittet Sie', 'me pidió que te dijera que', 'm'a demandé de vous dire')",
    why: '2nd degree polynomial (fuzz); tested once per sentence with a told frame (memoised); through analyzeMessage at 48 / 96 / 192 KB, CPU ms (the session\u2019s start): "TOLDMY\\tNK" + "TARKHCLHKEMYMDMY" × n + "Ê" 5 / 9 / 6 (4 / 9 / 6); "My boss " + "asked me to tell you " × n + "x" 6 / 14 / 51 (6 / 21 / 48); "" + "he wants you to " × n + "x" 7 / 13 / 23 (5 / 11 / 27) — re-keyed in the forty-ninth session\u2019s third batch (its second review: relayed by "says you should", "dice que le mandes", "hat gesagt, du sollst", "souhaite que tu", "pediu que você"; the reader\u2019s own client\u2019s wants ruled out; conditionals warned of; "compré", "ich habe … gekauft"), measured through analyzeMessage at 48 / 96 / 192 KB, CPU ms (the session\u2019s start): "J" + "TU EDU EDQIZXÓÄÖKÉVÚE" × n + "ÊDDP\\u0000" 4 / 14 / 16 (6 / 11 / 28), "" + "tu cliente quiere que " × n + "x" 3 / 6 / 14 (6 / 5 / 9), "My boss " + "says " × n + "you should pay" 7 / 5 / 13 (7 / 4 / 11)',
  },
  {
    key: 'a5967879a77c51e2',
    where:
      "lib/rules/alt-payment-request.ts ASKED_OF_READER as the money-app reading's filter (forty-ninth session: RELAYED_ASK and SUGGESTED_TO_READER among the words of asking; the other of its two compiled forms is entered as 0e1d3ef473c9169c)",
    why: '3rd degree polynomial (fuzz); attack "IHRÃ" + "\\tNÈ" × n + "\\u0000" through analyzeMessage at 48 / 96 / 192 KB, CPU ms: 8 / 9 / 18 (the session\u2019s start 8 / 8 / 18); "" + "tu cliente quiere que " × n + "x" 3 / 6 / 14 (6 / 5 / 9) (re-keyed in the forty-ninth session: the same pattern written with less native code — more "(?=)", lib/text/regexp-code.ts, and the BMP\u2019s letters for \\p{L}, lib/text/ascii-first.ts — the same matches on the BMP)',
  },
  {
    key: '57b8561d13814a2e',
    where:
      'lib/text/speech.ts:313 (forty-ninth session: written with less native code — lib/text/regexp-code.ts, lib/text/ascii-first.ts — the same matches on the BMP; recheck\u2019s fuzzing found it anew)',
    why: '2nd degree polynomial (fuzz) unless said; through analyzeMessage at 48 / 96 / 192 KB, CPU ms, this code (the session\u2019s start, the same matches compiled as before): "ACÁ\\t" + "\\t" × n + "T" 910 (the first run) / 22 / 17 (786 / 12 / 12)',
  },
  {
    key: 'b700e05ef587cbd4',
    where:
      'lib/text/cooccur.ts:76, lib/text/cooccur.ts:187 (forty-ninth session: written with less native code — lib/text/regexp-code.ts, lib/text/ascii-first.ts — the same matches on the BMP; recheck\u2019s fuzzing found it anew)',
    why: '2nd degree polynomial (fuzz) unless said; through analyzeMessage at 48 / 96 / 192 KB, CPU ms, this code (the session\u2019s start, the same matches compiled as before): "HMU:DETHAT" + "W_" × n + ":" 26 / 13 / 16 (23 / 26 / 17)',
  },
  {
    key: 'c3017941c459becd',
    where:
      'lib/text/cooccur.ts:495, lib/text/cooccur.ts:76, lib/text/cooccur.ts:187 (forty-ninth session: written with less native code — lib/text/regexp-code.ts, lib/text/ascii-first.ts — the same matches on the BMP; recheck\u2019s fuzzing found it anew)',
    why: '2nd degree polynomial (fuzz) unless said; through analyzeMessage at 48 / 96 / 192 KB, CPU ms, this code (the session\u2019s start, the same matches compiled as before): "D" + "FORMURM\\t" × n 29 / 32 / 29 (31 / 37 / 33)',
  },
  {
    key: 'e41e27e127b43183',
    where:
      'lib/text/cooccur.ts:76 (forty-ninth session: written with less native code — lib/text/regexp-code.ts, lib/text/ascii-first.ts — the same matches on the BMP; recheck\u2019s fuzzing found it anew)',
    why: '2nd degree polynomial (fuzz) unless said; through analyzeMessage at 48 / 96 / 192 KB, CPU ms, this code (the session\u2019s start, the same matches compiled as before): "DEB " + "DEBES\\t" × n + "V YT\\tV\\tO \\u0000" 40 / 41 / 62 (37 / 42 / 45)',
  },
  {
    key: 'd02dab74bfef5ceb',
    where:
      'lib/text/cooccur.ts:495, lib/text/cooccur.ts:76 (forty-ninth session: written with less native code — lib/text/regexp-code.ts, lib/text/ascii-first.ts — the same matches on the BMP; recheck\u2019s fuzzing found it anew)',
    why: '2nd degree polynomial (fuzz) unless said; through analyzeMessage at 48 / 96 / 192 KB, CPU ms, this code (the session\u2019s start, the same matches compiled as before): recheck could not decide (timeout); "We will implement " + "build " × n + "the Telegram bot" 42 / 11 / 19 (36 / 13 / 18)',
  },
  {
    key: 'c07a6744de5bb012',
    where:
      'lib/text/cooccur.ts:495, lib/text/cooccur.ts:76 (forty-ninth session: written with less native code — lib/text/regexp-code.ts, lib/text/ascii-first.ts — the same matches on the BMP; recheck\u2019s fuzzing found it anew)',
    why: '2nd degree polynomial (fuzz) unless said; through analyzeMessage at 48 / 96 / 192 KB, CPU ms, this code (the session\u2019s start, the same matches compiled as before): "" + "ATÉ " × n + "\\u0000" 31 / 54 / 73 (27 / 50 / 80)',
  },
  {
    key: '94b451dcae0176c6',
    where:
      'lib/text/ascii-first.ts:43 (forty-ninth session: written with less native code — lib/text/regexp-code.ts, lib/text/ascii-first.ts — the same matches on the BMP; recheck\u2019s fuzzing found it anew)',
    why: '2nd degree polynomial (fuzz) unless said; through analyzeMessage at 48 / 96 / 192 KB, CPU ms, this code (the session\u2019s start, the same matches compiled as before): 3rd degree (fuzz); "i" + "peut p" × n + " kann kaution" 4 / 5 / 12 (4 / 6 / 10)',
  },
  {
    key: 'ee97515bc6d97041',
    where:
      'lib/text/regexp-code.ts:133 (forty-ninth session: written with less native code — lib/text/regexp-code.ts, lib/text/ascii-first.ts — the same matches on the BMP; recheck\u2019s fuzzing found it anew)',
    why: '2nd degree polynomial (fuzz) unless said; through analyzeMessage at 48 / 96 / 192 KB, CPU ms, this code (the session\u2019s start, the same matches compiled as before): "" + "S-CODEÜ" × n + "\\n" 3 / 6 / 11 (3 / 6 / 12)',
  },
  {
    key: '2465dc03c6510208',
    where:
      'lib/text/ascii-first.ts:43 (forty-ninth session: written with less native code — lib/text/regexp-code.ts, lib/text/ascii-first.ts — the same matches on the BMP; recheck\u2019s fuzzing found it anew)',
    why: '2nd degree polynomial (fuzz) unless said; through analyzeMessage at 48 / 96 / 192 KB, CPU ms, this code (the session\u2019s start, the same matches compiled as before): 3rd degree (fuzz); "b" + "many people cobrab" × n + "people cobraj\\u0000" 12 / 13 / 25 (13 / 18 / 38)',
  },
  {
    key: '52751bbdb5a51a67',
    where:
      'lib/text/ascii-first.ts:43 (forty-ninth session: written with less native code — lib/text/regexp-code.ts, lib/text/ascii-first.ts — the same matches on the BMP; recheck\u2019s fuzzing found it anew)',
    why: '2nd degree polynomial (fuzz) unless said; through analyzeMessage at 48 / 96 / 192 KB, CPU ms, this code (the session\u2019s start, the same matches compiled as before): "0l" + "0," × n + "0 " 42 / 92 / 165 (46 / 94 / 163)',
  },
  {
    key: '3cec4d7686a266c7',
    where:
      'lib/text/cooccur.ts:76, lib/text/cooccur.ts:187 (forty-ninth session: written with less native code — lib/text/regexp-code.ts, lib/text/ascii-first.ts — the same matches on the BMP; recheck\u2019s fuzzing found it anew)',
    why:
      '2nd degree polynomial (fuzz) unless said; through analyzeMessage at 48 / 96 / 192 KB, CPU ms, this code (the session\u2019s start, the same matches compiled as before): "G" + "MY\\t\\t" × n + "M\\u0000\\tM\\u0000" 30 / 59 / 140 (29 / 64 / 143)' +
      '; ' +
      FIFTY_THIRD,
  },
  {
    key: 'f8228eef3d37c5c6',
    where:
      'lib/text/regexp-code.ts:133 (fiftieth session: RELAYED_ASK read alone by remote-access-request, so that a "him" of the one whose request is passed on is not a scheme told — "My boss wants you to give him remote access")',
    why: '3rd degree polynomial (fuzz); read only on a sentence that names access given to "him", "her" or "them" (OTHERS_GET); through analyzeMessage at 48 / 96 / 192 KB, CPU ms (the session\u2019s start): "give him remote access asksmy f" + "slaw\\trs" × n + "\\u0000" 663 (the first run) / 37 / 20 (651 / 33 / 23), "asksmy f" + "slaw\\trs" × n + "\\u0000" 22 / 33 / 13 (18 / 31 / 23), "give them remote access. My boss " + "asks my f slaw " × n + "you to" 27 / 47 / 36 (26 / 60 / 42)',
  },
  {
    key: '2fb182a8c43c27d9',
    where:
      'lib/rules/remote-access-request.ts:219 (fiftieth session: RELAYED_ASK as written, before lessCode; the pattern above)',
    why: '2nd degree polynomial (fuzz); the pattern above, measured as it: "asksmy üxfslxeeüääpwpú" + "slaw x" × n + "\\u0000" 3 / 8 / 22 (3 / 6 / 12)',
  },
  {
    key: '3973499879b4dfcc',
    where:
      'lib/rules/identity-rental-request.ts PAY_TO_USE_IT (fiftieth session: the reader\'s marketplace account paid for "to use it" in the next sentence, five languages; tested on the text once, then on each sentence)',
    why: '2nd degree polynomial (fuzz); through analyzeMessage at 48 / 96 / 192 KB, CPU ms (the session\u2019s start, where the pattern was not): "lhe g" + "te pago " × n 34 / 48 / 102 (28 / 45 / 77), "Do you have an Upwork account? " + "I can pay you 200 " × n + "to use it" 17 / 28 / 82 (8 / 14 / 68); re-keyed in the fifty-fifth session ("ich zahl … um ihn zu nutzen", "je peux payer … pour l\u2019utiliser", "puedo pagarte"), flagged 2nd degree polynomial (fuzz): "m" + "\'te pago " × n + "á\\t" through analyzeMessage at 48 / 96 / 192 KB, CPU ms: 791 (the first run) / 60 / 115 (the session\u2019s start 910 / 84 / 80); "ich zahl " + "x " × n + "um ihn zu nutzen" 28 / 40 / 33 (23 / 17 / 36)',
  },
  {
    key: '81d4377def3222fc',
    where: 'lib/text/ascii-first.ts:43 (fiftieth session: PAY_TO_USE_IT as asciiFirst writes it; the pattern above)',
    why: '2nd degree polynomial (fuzz); the pattern above, measured as it: "m" + "te pago " × n as "lhe g" + "te pago " × n',
  },
  {
    key: 'a2ca27c1afff6f88',
    where:
      'lib/rules/account-switch-request.ts PAID_VIA_OTHER (fifty-first session: paid through the writer\u2019s other account or profile, five languages, with the tools\u2019 names ruled out after it)',
    why: 'recheck could not decide (timeout); through analyzeMessage at 48 / 96 / 192 KB, CPU ms (the session\u2019s start, where the pattern was not): "Pay me through my other account. " + "pay me through my other " × n 38 / 34 / 22 (31 / 41 / 95)',
  },
  {
    key: 'f7d0d61c9a357fae',
    where:
      'lib/rules/identity-rental-request.ts WORKERS_BROUGHT (fifty-first session: colleagues brought, their profiles passed on, unless the reader\u2019s account is named in the sentence)',
    why: '2nd degree polynomial (fuzz); anchored at the sentence\u2019s start; through analyzeMessage at 48 / 96 / 192 KB, CPU ms (the session\u2019s start, where the pattern was not): "N" + "MADIHR" × n + "D A\\u0000\\u0000" 836 (the first run) / 50 / 30 (725 / 62 / 44), "Traer a dos amigos. " + "traer a " × n 62 / 87 / 66 (49 / 81 / 47)',
  },
  {
    key: '67037f8b5fa6adb9',
    where:
      'lib/rules/move-off-platform.ts UI_LABEL as asciiFirst writes it (fifty-first session: a quoted label and a button or link, the work — unless the sentence invites the reader to write there)',
    why: '2nd degree polynomial (fuzz); anchored at the sentence\u2019s start; through analyzeMessage at 48 / 96 / 192 KB, CPU ms (the session\u2019s start, where the pattern was not): "" + " " × n + " e \\u0000" 41 / 24 / 29 (31 / 27 / 33), "There is a \\"WhatsApp me\\" button. " + "\\"a\\" " × n 69 / 58 / 67 (125 / 60 / 68)',
  },
  {
    key: 'e6712e1f67973da9',
    where:
      'lib/rules/alt-payment-request.ts PAID_INTO_THIS (fifty-first session: a money app\u2019s account given to be paid into, five languages)',
    why: '2nd degree polynomial (fuzz); through analyzeMessage at 48 / 96 / 192 KB, CPU ms (the session\u2019s start, where the pattern was not): "PLAGA-ME" + "PAY " × n + "I  PA\\t" 932 (the first run) / 114 / 186 (935 / 122 / 169), "Pay it to this Zelle account. " + "pay it to this " × n 53 / 31 / 33 (30 / 27 / 37), "" + "paga a esta " × n 10 / 19 / 45 (10 / 28 / 54)',
  },
  {
    key: 'd6723184759a0bb4',
    where:
      'lib/text/lexicon.ts IN_A_RELATIONS_NAME as a concept (fifty-second session: money asked in a relative\u2019s name; fifty-third: RELATION\u2019s colloquial names)',
    why: 'recheck could not decide (timeout) at load 3–4 beside a CI run (it passed when the fifty-second session wrote it); through analyzeMessage at 48 / 96 / 192 KB, CPU ms (the session\u2019s start): "Pay it " + "in the name of my " × n + "brother" 842 (the first run) / 94 / 120 (784 / 79 / 149), "Paga " + "a nombre de mi " × n 25 / 24 / 68 (27 / 25 / 60), "in the name of my a " × n + "cousin" 7 / 13 / 64 (6 / 12 / 69)',
  },
  {
    key: '72e3c713d8f5cb8e',
    where: 'lib/rules/grade.ts IN_A_RELATIONS_NAME as grade.ts compiles it (the same pattern as the concept above)',
    why: 'recheck could not decide (timeout) at load 3–4 beside a CI run; the measurements of the concept above, read through analyzeMessage',
  },
  {
    key: 'f71c367de6e807c2',
    where:
      'lib/rules/crypto-payment-request.ts PLATFORM_FEES as written (asciiFirst runs it rewritten: 123d842d5ff30c74; fifty-fifth session: lib/text/lexicon.ts feesOf with the fee first)',
    why: '2nd degree polynomial (fuzz; the form before it was decided safe); through analyzeMessage at 48 / 96 / 192 KB, CPU ms (the session\u2019s start): "\\t\\tp\\tc\\u0000" × n 746 (the first run) / 97 / 173 (900 / 121 / 200); "comision" + "jd" × n 35 / 21 / 20 (41 / 24 / 14); "frais " × n 14 / 8 / 23 (24 / 14 / 26)',
  },
  {
    key: '549fe826edf35808',
    where:
      'lib/rules/remote-access-request.ts CODE_TO_THE_WRITER (fifty-fifth session: "Mándame tu contraseña de AnyDesk", "me puedes mandar …", "el código de ScreenConnect")',
    why: '2nd degree polynomial (fuzz; the form before it was decided safe); through analyzeMessage at 48 / 96 / 192 KB, CPU ms (the session\u2019s start): "\\u0000\\u0000" + "T UNS\\u0000\\u0000T IDÈ" × n + "ÑEÈ\\nÉ" 714 (the first run) / 145 / 62 (665 / 120 / 112); "mándame " + "anydesk " × n + "contraseña" 32 / 22 / 40 (10 / 10 / 12)',
  },
  {
    key: 'a944b215466c837b',
    where:
      'lib/rules/alt-payment-request.ts LIST_REFUSED (lib/text/lexicon.ts NONE_ACCEPTED as a filter; fifty-sixth session: "…: none of that is accepted here")',
    why: '2nd degree polynomial (fuzz; the gap after "none of that" is at most 60 characters, so each start reads a bounded stretch); through analyzeMessage at 48 / 96 / 192 KB, CPU ms (the session\u2019s start): "NADA DISSO\\u0000" × n + "NAHA…" 78 / 78 / 59 (73 / 77 / 145); "none of that " × n 22 / 26 / 31 (12 / 20 / 25)',
  },
  {
    key: '1124eb0d37d7538a',
    where: 'lib/rules/crypto-payment-request.ts LIST_REFUSED as written (NONE_ACCEPTED; fifty-sixth session)',
    why: '3rd degree polynomial (fuzz; the gap is bounded at 60 characters, tried only in sentences that hold its words); through analyzeMessage at 48 / 96 / 192 KB, CPU ms (the session\u2019s start): "kein davon" × n + "\\n" 2 / 20 / 21 (14 / 11 / 6)',
  },
  {
    key: 'b1c28c0fef5e941d',
    where: 'lib/rules/crypto-payment-request.ts LIST_REFUSED through asciiFirst (fifty-sixth session)',
    why: '2nd degree polynomial (fuzz); through analyzeMessage at 48 / 96 / 192 KB, CPU ms (the session\u2019s start): "rien de ç de ça" + "n" × n + "nada disso" 14 / 16 / 14 (13 / 11 / 13); "none of that " × n 22 / 26 / 31 (12 / 20 / 25)',
  },
];
