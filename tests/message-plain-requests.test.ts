/**
 * The plainest request of each kind, in each of the five languages, as a hiring manager would receive it: each must be
 * read by its rule (as a red flag or a note). Found by trying them by hand in the sixteenth session — "I don't do video
 * calls" and its translations, and "vidéo" with its accent, were not read at all until then. Wording that other people
 * wrote is measured in tests/message-real-corpus.test.ts; these are the floor under it.
 */
import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../lib/analyze';

const PLAIN: [string, string][] = [
  ["I don't have a camera, can we just chat?", 'avoids-video'],
  ["My webcam is broken so I can't turn it on.", 'avoids-video'],
  ['I prefer not to turn on my camera during the interview.', 'avoids-video'],
  ['Can you pay me in USDT?', 'crypto-payment-request'],
  ['Please pay me through PayPal outside Upwork.', 'alt-payment-request'],
  ["Let's continue on Telegram.", 'move-off-platform'],
  ['Add me on WhatsApp.', 'move-off-platform'],
  ["Please send the laptop to my friend's address.", 'ship-equipment-elsewhere'],
  ['Can you receive the company laptop for me and forward it?', 'ship-equipment-elsewhere'],
  ['My Upwork account was suspended, can I work through another account?', 'account-switch-request'],
  ['I need to use your account to bid on jobs, I will pay you 30%.', 'identity-rental-request'],
  ['Please install AnyDesk so I can connect to your computer.', 'remote-access-request'],
  ['Please send 50% upfront before I start.', 'prepayment-pressure'],
  ['I have a team of developers who can also join the project.', 'recommends-more-workers'],
  ['My friend can also work on this with me.', 'recommends-more-workers'],
  ["Please pay to my cousin's bank account.", 'alt-payment-request'],
  ['Could you attend the interview for me?', 'identity-rental-request'],
  ['Can we skip the video call and do it by text?', 'avoids-video'],
  ['I will only accept payment in Bitcoin.', 'crypto-payment-request'],
  ["Let's move this conversation to Discord.", 'move-off-platform'],
  ['Please use my other account, this one is restricted.', 'account-switch-request'],
  ["I can't do video right now, my internet is slow.", 'avoids-video'],
  ['Ich mache keine Videoanrufe.', 'avoids-video'],
  ['No hago videollamadas.', 'avoids-video'],
  ["Je ne fais pas d'appels vidéo.", 'avoids-video'],
  ['Não faço chamadas de vídeo.', 'avoids-video'],
  ['Können Sie mich in USDT bezahlen?', 'crypto-payment-request'],
  ['¿Puedes pagarme en USDT?', 'crypto-payment-request'],
  ['Pouvez-vous me payer en USDT ?', 'crypto-payment-request'],
  ['Pode me pagar em USDT?', 'crypto-payment-request'],
  ['Lass uns auf Telegram weiterreden.', 'move-off-platform'],
  ['Sigamos por WhatsApp.', 'move-off-platform'],
  ['Continuons sur Telegram.', 'move-off-platform'],
  ['Vamos continuar no WhatsApp.', 'move-off-platform'],
  ['Bitte installieren Sie AnyDesk, damit ich mich verbinden kann.', 'remote-access-request'],
  ['Por favor instala AnyDesk para que pueda conectarme a tu computadora.', 'remote-access-request'],
  ['Installez AnyDesk pour que je puisse me connecter à votre ordinateur.', 'remote-access-request'],
  ['Instale o AnyDesk para eu acessar seu computador.', 'remote-access-request'],
  ['Bitte schicken Sie den Laptop an die Adresse meines Freundes.', 'ship-equipment-elsewhere'],
  ['Envía la laptop a la dirección de mi primo.', 'ship-equipment-elsewhere'],
  ["Envoyez l'ordinateur portable chez mon ami.", 'ship-equipment-elsewhere'],
  ['Mande o notebook para o endereço do meu primo.', 'ship-equipment-elsewhere'],
  ['Mein Upwork-Konto wurde gesperrt, kann ich über ein anderes Konto arbeiten?', 'account-switch-request'],
  ['Mi cuenta de Upwork fue suspendida, ¿puedo trabajar con otra cuenta?', 'account-switch-request'],
  ['Mon compte Upwork a été suspendu, puis-je travailler avec un autre compte ?', 'account-switch-request'],
  ['Minha conta do Upwork foi suspensa, posso trabalhar com outra conta?', 'account-switch-request'],
  ['Bitte zahlen Sie 50 % im Voraus.', 'prepayment-pressure'],
  ['Necesito el 50% por adelantado.', 'prepayment-pressure'],
  ["Je demande 50 % d'acompte avant de commencer.", 'prepayment-pressure'],
  ['Preciso de 50% adiantado antes de começar.', 'prepayment-pressure'],
  ['Ich kann Ihr Konto mieten, ich zahle 30 % pro Monat.', 'identity-rental-request'],
  ['Quiero alquilar tu cuenta de Upwork, te pago el 30%.', 'identity-rental-request'],
  ['Je veux louer votre compte Upwork, je vous paie 30 %.', 'identity-rental-request'],
  ['Quero alugar sua conta do Upwork, pago 30%.', 'identity-rental-request'],
  ['Meine Kamera ist kaputt.', 'avoids-video'],
  ['Mi cámara está rota.', 'avoids-video'],
  ['Ma caméra est cassée.', 'avoids-video'],
  ['Minha câmera está quebrada.', 'avoids-video'],
  ['Ich habe ein Team von Entwicklern, die auch mitarbeiten können.', 'recommends-more-workers'],
  ['Tengo un equipo de desarrolladores que también pueden unirse.', 'recommends-more-workers'],
  ["J'ai une équipe de développeurs qui peuvent aussi rejoindre le projet.", 'recommends-more-workers'],
  ['Tenho uma equipe de desenvolvedores que também podem participar.', 'recommends-more-workers'],
  ['Bitte zahlen Sie an das Konto meines Bruders.', 'alt-payment-request'],
  ['Paga a la cuenta de mi hermano, por favor.', 'alt-payment-request'],
  ["Payez sur le compte de mon frère, s'il vous plaît.", 'alt-payment-request'],
  ['Pague na conta do meu irmão, por favor.', 'alt-payment-request'],
];

describe('the plainest requests', () => {
  it.each(PLAIN)('%s → %s', (text, rule) => {
    expect(analyzeMessage(text).findings.map((f) => f.rule)).toContain(rule);
  });
});
