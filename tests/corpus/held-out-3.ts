/**
 * A third held-out set, written on 2026-11-27 before the rules were widened from the tuning set in
 * tests/corpus/tuning-2.ts, and never used to tune them. Reported in the README.
 */
import type { Labelled } from './messages';

export const HELD_OUT_3: Labelled[] = [
  ['I only accept payment in Litecoin or Monero, sorry.', ['crypto-payment-request']],
  ['Could you wire my fee as USDT on the Tron network?', ['crypto-payment-request']],
  ['Ich nehme Zahlungen nur in Kryptowährung an.', ['crypto-payment-request']],
  ['Send the payment to my wife’s bank account, mine is blocked.', ['alt-payment-request']],
  ['Pay me through Payoneer to a card that is not in my name, it is fine.', ['alt-payment-request']],
  ['Text me on Signal, I rarely check this site.', ['move-off-platform']],
  ['Let’s talk on Telegram instead of here: @fastcoder_dev', ['move-off-platform']],
  ['Kontaktiere mich bitte über Telegram, hier antworte ich selten.', ['move-off-platform']],
  ['Deliver the MacBook to my roommate, he will bring it to me later.', ['ship-equipment-elsewhere']],
  ['Please mail the equipment to this address in Lagos, it is my agent.', ['ship-equipment-elsewhere']],
  ['This account is new because my previous one was closed; you can pay my old one too.', ['account-switch-request']],
  ['Please hire my second profile, this one cannot take contracts now.', ['account-switch-request']],
  ['I need to borrow someone’s passport details to pass the verification.', ['identity-rental-request']],
  ['Can I rent your Upwork account? 30% of the income is yours.', ['identity-rental-request']],
  ['I don’t do video calls, only messages.', ['avoids-video']],
  ['Meine Webcam ist kaputt, lass uns nur chatten.', ['avoids-video']],
  ['Pay the full amount first and I will start right away.', ['prepayment-pressure']],
  ['I require an advance payment of $500 before the kickoff.', ['prepayment-pressure']],
  ['Install Chrome Remote Desktop and send me the access code.', ['remote-access-request']],
  ['Bitte installiere TeamViewer, damit ich mich auf deinen Rechner verbinden kann.', ['remote-access-request']],
  ['My friend is a great developer too, you could hire him as well.', ['recommends-more-workers']],
  ['We are a group of four engineers, I can get the others on board.', ['recommends-more-workers']],
  // hard negatives
  ['Our app lets users pay with Litecoin; I wrote the wallet integration.', []],
  ['I never take payments outside this platform.', []],
  ['Signal processing is my specialty, see my audio projects.', []],
  ['My wife is a teacher, so evenings are when I work best.', []],
  ['I will ship the prototype to your office in Berlin next week.', []],
  ['My previous account? I have only ever had this one.', []],
  ['Passport scanning is part of the KYC flow I built for a bank.', []],
  ['Happy to do a video call, I keep my camera on.', []],
  ['Payment after each approved milestone through the platform is fine.', []],
  ['We used TeamViewer for support at my last job; not needed here.', []],
  ['My friend recommended your company to me.', []],
  ['Ich antworte hier auf der Plattform, meistens innerhalb einer Stunde.', []],
  ['Die Kryptowährungs-Funktion der App ist in Arbeit.', []],
  ['Advance notice: I am on holiday next Friday.', []],
  ['The Telegram channel integration is live.', []],
  ['I can work alone, no team needed.', []],
  ['The MacBook you sent arrived at my home today, thanks.', []],
  ['Remote work is fine, I have worked remotely for five years.', []],
];
