/**
 * Paraphrases written on 2026-11-27 to widen the message rules (tuning data, like messages.ts): the
 * held-out sets are not used for that.
 */
import type { Labelled } from './messages';

export const TUNING_2: Labelled[] = [
  ['Can you pay me in Ethereum? It is simpler for me.', ['crypto-payment-request']],
  ['I prefer to receive my salary in BTC.', ['crypto-payment-request']],
  ['Please settle the payment with USDC.', ['crypto-payment-request']],
  ['Zahl mich bitte in Ethereum aus.', ['crypto-payment-request']],
  ['Kannst du das Geld in USDT schicken?', ['crypto-payment-request']],
  ['Send my payment to my father’s account please.', ['alt-payment-request']],
  ['Transfer the fee to my cousin, he will pass it to me.', ['alt-payment-request']],
  ['Continue the chat with me on WhatsApp please.', ['move-off-platform']],
  ['Let’s move this discussion to Skype.', ['move-off-platform']],
  ['Schick mir eine Nachricht auf Signal.', ['move-off-platform']],
  ['Send the laptop to my neighbor, I will pick it up from him.', ['ship-equipment-elsewhere']],
  ['Ship the computer to my friend’s place in Dallas.', ['ship-equipment-elsewhere']],
  ['Schick den Rechner bitte an meine Schwester.', ['ship-equipment-elsewhere']],
  ['Please use my other profile to hire me.', ['account-switch-request']],
  ['Mein Profil ist gesperrt, nutze bitte mein neues Konto.', ['account-switch-request']],
  ['Could I use your bank account to receive client payments? I will pay you a share.', ['identity-rental-request']],
  ['I am looking for a partner who lets me use their verified profile.', ['identity-rental-request']],
  ['I prefer not to turn on my camera, let us talk by text.', ['avoids-video']],
  ['I have no webcam, can we just chat?', ['avoids-video']],
  ['Ich mache keine Videoanrufe, nur Chat.', ['avoids-video']],
  ['I need 30% upfront before I begin.', ['prepayment-pressure']],
  ['Pay half in advance and I start today.', ['prepayment-pressure']],
  ['Bitte zahle 50 % im Voraus.', ['prepayment-pressure']],
  ['Kindly install RustDesk so I can connect to your computer.', ['remote-access-request']],
  ['Give me remote access to your laptop via AnyDesk.', ['remote-access-request']],
  ['I have a team of developers who can also work on this.', ['recommends-more-workers']],
  ['My colleagues are available too if you need more hands.', ['recommends-more-workers']],
  ['Wir sind ein Team von fünf Entwicklern und können mehr Leute stellen.', ['recommends-more-workers']],
  // negatives
  ['I built an Ethereum smart contract auditing tool.', []],
  ['We never accept payment in BTC or any crypto.', []],
  ['My father taught me programming.', []],
  ['WhatsApp integration for the shop is done.', []],
  ['I returned the laptop to your office yesterday.', []],
  ['I only have this one profile on the platform.', []],
  ['The bank account verification step of your app is fixed.', []],
  ['Camera on, see you at the interview.', []],
  ['No upfront payment needed, we use escrow.', []],
  ['AnyDesk is not needed, I work on my own machine.', []],
  ['My team lead approved the pull request.', []],
  ['Wir zahlen nie in Bitcoin.', []],
];
