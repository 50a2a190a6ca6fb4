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
    // A new number given, a talk moved elsewhere, a friend request, a channel offered as a question
    ['Hi dad, my phone broke, this is my new number, save it please', true],
    ['Voici mon nouveau numéro, écris-moi sur WhatsApp', true],
    ["I sent you the details on LinkedIn, let me know if you're available", true],
    ["Let's talk offline about the payment.", true],
    ['Can I add you on Discord?', true],
    ['Je t’ai envoyé une demande d’ami, tu n’as qu’à accepter.', true],
    ['Je n’ai pas Telegram. Discord ?', true],
    ['Sorry, I don’t use Telegram, maybe Signal would work?', true],
    ['Please get back to me at lena.hart@mailbox.org', true],
    ['The new number format is shown in the settings.', false],
    ['I sent you the invoice through the platform.', false],
    ['You can mail me if required.', true],
    ['Can you message me at u/sleepyowl0931 on Reddit?', true],
    ['I found your profile on LinkedIn and liked your work.', false],
    ['Beware: scammers sent you the details on WhatsApp to lure you off the platform.', false],
    // The reader's contact asked for, or how to reach them
    ['Are you available for freelancing? What is your email?', true],
    ['Can you leave an email address so I can send the brief?', true],
    ['Do you have an email address where I can contact you?', true],
    ['Olá, como faço para entrar em contato com você?', true],
    ['Please verify your email address to finish signing up.', false],
    ['At least for the people who send me mail about a new language, the advice is simple.', false],
    ['Configuring exim4 to send the Internet mail via a smarthost.', false],
    ['Podes me passar teu e-mail? Vou corrigir agora o teu desafio.', true],
    ['Tu peux m’écrire à l’adresse mail : lena.hart@mailbox.org', true],
    ['Queria entrar em contato com você para um serviço. discord: ravix', true],
    ['Hola, ¿me escribes al wasap?', true],
    ['El pensamiento, cuanto más puro, tiene su número, su medida, su música.', false],
    ['I need your telegram', true],
    ['could I dm you on discord for further details?', true],
    ['please man installed wickr and talk to me, wickr me', true],
    ['My Skype is: thekrad4', true],
    ['my email: marco at mediainvestiga dot com', true],
    ['Join here to talk to me: https://discord.gg/Hq7vTzP', true],
    ['Hi there, the [Discord server](https://discord.gg/ZqzW2PEJVW) has been launched!', false],
    ['But when I declined to move the conversation to WhatsApp, she went dark.', false],
    // Policy v2: an invitation to join a channel counts (a community's too); an announcement that one exists, an
    // organisation's role address and what scammers "will tell you" do not; CVs sent to a person's webmail do.
    ['Join the discord here: https://discord.gg/Hq7vTzP — I respond fastest there.', true],
    ['Please join our slack: https://example-team.slack.com', true],
    ['The Discord server has been launched: https://discord.gg/ZqzW2PEJVW', false],
    ["I've joined the discord server, thanks.", false],
    ['Join Upwork on Reddit', false],
    ['Interessados deverão encaminhar currículo para: ana.rec27@gmail.com', true],
    ['Por favor envie um email para contato@empresa.com.br', false],
    ['For sure send an email over to support@wickr.com so they can help.', false],
    ["You'll be told you need to connect with someone on Telegram.", false],
    ['Most times, clients ask me to talk in Skype.', false],
    ['Asimismo, a los interesados se les solicita que contacten a través de WhatsApp.', false],
  ]);
});
