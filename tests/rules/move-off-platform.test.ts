import { describe } from 'vitest';
import { rule } from '../../lib/rules/move-off-platform';
import { messageCases } from './message-cases';

describe('move-off-platform', () => {
  messageCases(rule, [
    ['Add me on WhatsApp: +44 20 7946 0958', true],
    ["Let's move to Telegram, @dev_tom", true],
    ['t.me/devtom for faster replies', true],
    ['Schreib mir über Signal.', true],
    ['I build Telegram bots.', false],
    ['The WhatsApp API integration is ready.', false],
    ['Please keep it on the platform.', false],
    ['You said “contact me on Telegram” — no thanks.', false],
    // Spanish, French, Portuguese; other word orders
    ['Escríbeme por Telegram, respondo antes.', true],
    ['Parlons sur WhatsApp, c’est plus simple.', true],
    ['Me chama no WhatsApp.', true],
    ['El proyecto es un bot de Telegram.', false],
    ['Nous développons une application WhatsApp.', false],
    // Real text that raised a finding once (Debian's fortunes and Debian Reference, bench/text-data.ts)
    ['Un mensaje de correo electrónico consta de tres componentes.', false],
    ['$ git config --global user.email yourname@example.com', false],
    // Written so that filters miss it, or offered: "name at gmail dot com", "send me a PM at", "I send you my number"
    ['Send me a PM at lena.hart@mailbox.org', true],
    ['Pls send me an email at lenahartATgmailDotCom to discuss it.', true],
    ['Puedes contactar conmigo en lenapuntoARROBAgmail.com', true],
    ['Contact me at lena at gmail dot com', true],
    ['I send you my phone number via email, we can talk tonight.', true],
    ['The meeting is at 5 at the office.', false],
    // A conditional clause's negation ends at its comma
    ["If you're not a designer, feel free to DM me on Telegram @lenahart", true],
  ]);
});
