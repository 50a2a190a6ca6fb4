/**
 * A second held-out set, written on 2026-11-27 before the rules were widened that day and never used to
 * tune them (the first held-out set had been looked at while reading its misses). Reported in the README.
 */
import type { Labelled } from './messages';

export const HELD_OUT_2: Labelled[] = [
  ['Bitcoin works best for me as payment, I can send you my BTC address.', ['crypto-payment-request']],
  ['Can we settle the invoice in ETH? My bank charges too much.', ['crypto-payment-request']],
  ['Bitte überweise das Honorar in Bitcoin, das geht am schnellsten.', ['crypto-payment-request']],
  ['Please send the money to my brother’s PayPal, my own is limited.', ['alt-payment-request']],
  ['Could you pay with Amazon gift cards instead?', ['alt-payment-request']],
  ['Add me on Skype so we can talk more freely: live:dev.master22', ['move-off-platform']],
  ['Let’s continue our conversation on Discord, it is easier.', ['move-off-platform']],
  ['Schreib mir lieber direkt per E-Mail an dev.master22@gmail.com.', ['move-off-platform']],
  ['Please ship the company laptop to my cousin’s address in Texas.', ['ship-equipment-elsewhere']],
  ['Kannst du den Laptop an meinen Bruder schicken? Ich bin gerade unterwegs.', ['ship-equipment-elsewhere']],
  ['My profile is under review, so please send the offer to my friend’s account instead.', ['account-switch-request']],
  ['Mein Konto wurde gesperrt, bitte stelle mich über mein zweites Konto ein.', ['account-switch-request']],
  ['I will pay you monthly if you let me use your verified account to bid on jobs.', ['identity-rental-request']],
  [
    'Do you have a US bank account I could use to receive payments? I will share the profit.',
    ['identity-rental-request'],
  ],
  ['My webcam is not working today, can we do the interview by chat?', ['avoids-video']],
  ['Ich habe leider keine Kamera, können wir das Gespräch schriftlich führen?', ['avoids-video']],
  ['I need a 50% deposit before starting the work.', ['prepayment-pressure']],
  ['Zahlen Sie bitte vorab die Hälfte, dann fange ich an.', ['prepayment-pressure']],
  ['Could you install AnyDesk on your PC so I can fix it remotely?', ['remote-access-request']],
  ['Please give me RDP access to your office workstation.', ['remote-access-request']],
  ['I also have a team of five developers ready if you need more people.', ['recommends-more-workers']],
  ['Ich kann noch zwei Kollegen mitbringen, die ebenfalls freie Kapazität haben.', ['recommends-more-workers']],
  ['Please use USDT TRC20, and also can we move to WhatsApp?', ['crypto-payment-request', 'move-off-platform']],
  ['My camera broke, and please pay the first half upfront.', ['avoids-video', 'prepayment-pressure']],
  // hard negatives
  ['I built a Bitcoin price tracker dashboard with React last year.', []],
  ['We do not accept crypto, payments go through the platform only.', []],
  ['The Discord bot now posts release notes automatically.', []],
  ['My brother is also a developer, but he works at a bank.', []],
  ['I will return the laptop to your office when the contract ends.', []],
  ['The deposit feature of the checkout is finished and tested.', []],
  ['Our AnyDesk integration ticket is closed; we removed the dependency.', []],
  ['Video call at 10 am works for me, camera on.', []],
  ['Ich habe Erfahrung mit Bitcoin-Zahlungsschnittstellen für Onlineshops.', []],
  ['Die Anzahlung wird erst nach Abnahme über die Plattform fällig.', []],
  ['My team at my last job shipped a mobile banking app.', []],
  ['The gift card module supports Amazon and Steam codes.', []],
  ['I prefer to keep all communication here on the platform.', []],
  ['The remote desktop feature is out of scope for this project.', []],
  ['Wir besprechen alles im Videocall, Kamera an.', []],
  ['Please send the contract through the platform, and I will sign it today.', []],
];
