import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../lib/analyze';

/** Each message's findings as the panel shows them: the rule, and "(note)" for weak evidence that colours no badge. */
const shown = (text: string) =>
  analyzeMessage(text)
    .findings.map((f) => `${f.rule}${f.note ? ' (note)' : ''}`)
    .sort();

// Whole messages, graded: a red flag, a note, or nothing. From the seventeenth session's reviews (faults left open
// then) and the eighteenth session's fixes.
const CASES: [string, string[]][] = [
  // the reader's WhatsApp asked for in its short form
  ['Can I get your WA number?', ['move-off-platform']],
  ["Hi! I'm in Seattle, WA. What's the WA state sales tax on this?", []],
  // "hmu" (hit me up) names the writer
  ['hmu on wa', ['move-off-platform']],
  // a call on a messenger, asked politely
  ['Is it okay for you to have a call on Telegram?', ['move-off-platform (note)']],
  ['Is it okay for you if the call is on Friday?', []],
  // a negation before a messenger's links (English "no", not Portuguese "in the")
  ['Please add no Telegram links to the README.', []],
  ['Me chama no Telegram.', ['move-off-platform']],
  // a French narration in the imperfect tells what someone else did
  ["Un faux recruteur m'écrivait sur WhatsApp pour m'envoyer un ordinateur à une autre adresse.", []],
  ["Il m'écrivait sur WhatsApp tous les jours.", []],
  ['Écrivez-moi sur WhatsApp.', ['move-off-platform']],
  // "a new one" is an account only after an account is named
  ['Sorry, the Zoom link from yesterday expired, could you send a new one?', []],
  ['My account got suspended, please send the offer to my new one.', ['account-switch-request (note)']],
  // French subjunctive of payer
  ["Ça m'arrangerait que vous me payiez en USDT.", ['crypto-payment-request (note)']],
  // a buddy is a relation like a friend
  ["Could you ship the laptop to my buddy's apartment?", ['ship-equipment-elsewhere (note)']],
  // prepayment: the sum or share asked ahead in the asking sentence is what makes it a red flag (eighteenth session)
  ['I need 50% upfront before I start.', ['prepayment-pressure']],
  ['Ich brauche 50 % Anzahlung vor Projektbeginn.', ['prepayment-pressure']],
  ['Please send a deposit before I start.', ['prepayment-pressure (note)']],
  ['Do I have to pay 50% in advance?', ['prepayment-pressure (note)']],
  ['Pague los gastos de envío (1,99€) para recibir su paquete.', ['prepayment-pressure']],
];

describe('messages graded as the panel shows them', () => {
  it.each(CASES)('%s', (text, expected) => {
    expect(shown(text)).toEqual([...expected].sort());
  });
  it('says why a prepayment finding is a red flag or only a note, in words for a person', () => {
    const lines = (text: string) => analyzeMessage(text).findings[0].evidence.join(' ');
    expect(lines('I need 50% upfront before I start.')).toMatch(/names the sum or share to be paid before the work/);
    expect(lines('Do I have to pay 50% in advance?')).toMatch(/only asked about or told as what is usual/);
  });
});
