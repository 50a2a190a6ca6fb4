/**
 * Held-out messages, written after the rules were frozen (2026-11-26) and never used to tune them: their
 * precision and recall are the more honest figures. Not held to the targets in tests; reported in the README.
 */
import type { Labelled } from './messages';

export const HELD_OUT: Labelled[] = [
  ['For faster payment I use Binance Pay, can you send there?', ['crypto-payment-request']],
  ['Kindly remit the fee in USDC to the address I will share.', ['crypto-payment-request']],
  ['My payout method is a crypto wallet, bank is not possible.', ['crypto-payment-request']],
  ['Could you transfer the money to my sister, she will give it to me?', ['alt-payment-request']],
  ['Please pay via Western Union rather than the bank, it is quicker here.', ['alt-payment-request']],
  ['Ping me on Telegram, this chat is very slow.', ['move-off-platform']],
  ['Here is my WhatsApp: +1 202 555 0147, text me anytime.', ['move-off-platform']],
  ['Melde dich bei mir über WhatsApp, dann klären wir alles.', ['move-off-platform']],
  ['The laptop should go to my uncle, I am traveling.', ['ship-equipment-elsewhere']],
  ['Could you post the hardware to a forwarding service I use?', ['ship-equipment-elsewhere']],
  ['I was banned from the platform, but we can keep working through my cousin’s profile.', ['account-switch-request']],
  ['My old account got locked, please invite my new account.', ['account-switch-request']],
  ['Would you let me use your LinkedIn and Upwork accounts? I pay well.', ['identity-rental-request']],
  ['I am looking for someone from the US to lend me their identity for verification.', ['identity-rental-request']],
  ['My cam does not work, sorry, let us do everything in text.', ['avoids-video']],
  ['I am shy on camera, can we skip the video interview?', ['avoids-video']],
  ['Before I write any code I need the first payment.', ['prepayment-pressure']],
  ['Please set up TeamViewer so I can access your server directly.', ['remote-access-request']],
  ['Mein Team kann auch helfen, wir sind drei Entwickler.', ['recommends-more-workers']],
  ['I have two friends who are also looking for work, can they join?', ['recommends-more-workers']],
  // negatives
  ['We integrated Binance Pay for the client’s shop last year.', []],
  ['I have never asked anyone for payment outside the platform.', []],
  ['My sister works as a designer, unrelated to this job.', []],
  ['The Telegram notifications module is done.', []],
  ['My WhatsApp Business API experience: three projects.', []],
  ['The laptop arrived, thank you! I will return it at the end.', []],
  ['My account is ten years old and fully verified.', []],
  ['We do identity verification with a third-party KYC provider.', []],
  ['Camera on is fine for me, see you at 3 pm.', []],
  ['I usually ask for payment after the first milestone is approved.', []],
  ['TeamViewer is blocked in our company, so I will never need it.', []],
  ['My team lead at my previous job taught me testing.', []],
  ['Ich melde mich morgen hier im Chat.', []],
  ['Die Kamera-Funktion der App ist fertig.', []],
  ['Wir bezahlen über die Plattform, wie vereinbart.', []],
  ['I can share my screen on the video call to show the progress.', []],
  ['Sending the invoice now through the platform.', []],
  ['Shipping the test devices to your office address today.', []],
  ['I do not use messengers for work, only this platform.', []],
  ['Crypto is volatile, I prefer to be paid in USD through the platform.', []],
];
