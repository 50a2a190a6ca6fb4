/**
 * A fifth held-out set, written on 2026-11-27 (third session) before the rules learnt Spanish, French and
 * Portuguese, and never used to tune them: only its totals are printed.
 */
import type { Labelled } from './messages';

export const HELD_OUT_5: Labelled[] = [
  // Spanish
  ['¿Me puedes pagar en USDT? Es más fácil para mí que el banco.', ['crypto-payment-request']],
  ['Prefiero cobrar en bitcoin, te paso mi wallet.', ['crypto-payment-request']],
  ['Por favor envía el pago a la cuenta de mi hermano, la mía está bloqueada.', ['alt-payment-request']],
  ['Escríbeme por WhatsApp al +34 612 345 678 y lo hablamos.', ['move-off-platform']],
  ['Sigamos la conversación en Telegram, es más rápido.', ['move-off-platform']],
  ['Envía el portátil a casa de mi primo, yo lo recojo allí.', ['ship-equipment-elsewhere']],
  ['Mi cuenta fue suspendida, contrátame desde mi otra cuenta por favor.', ['account-switch-request']],
  ['Busco a alguien que me alquile su cuenta de Upwork, pago 25% de cada proyecto.', ['identity-rental-request']],
  ['Mi cámara no funciona, ¿podemos hacer la entrevista por chat?', ['avoids-video']],
  ['Necesito el 50% por adelantado antes de empezar.', ['prepayment-pressure']],
  ['Instala AnyDesk y pásame el código para configurarlo.', ['remote-access-request']],
  ['Tengo dos amigos desarrolladores, puedes contratarlos también.', ['recommends-more-workers']],
  // French
  ['Pouvez-vous me payer en USDT ? C’est plus simple pour moi.', ['crypto-payment-request']],
  ['Merci de verser le paiement sur le compte de ma sœur.', ['alt-payment-request']],
  ['Contactez-moi sur Telegram, je réponds plus vite.', ['move-off-platform']],
  ['Envoyez l’ordinateur chez mon ami, il me le remettra.', ['ship-equipment-elsewhere']],
  ['Mon compte a été suspendu, engagez-moi sur mon autre compte.', ['account-switch-request']],
  ['Je cherche quelqu’un pour me louer son compte vérifié, je paie chaque mois.', ['identity-rental-request']],
  ['Ma caméra est cassée, on peut faire l’entretien par écrit ?', ['avoids-video']],
  ['Il me faut un acompte de 50 % avant de commencer.', ['prepayment-pressure']],
  ['Installez TeamViewer et donnez-moi l’identifiant, je m’occupe du reste.', ['remote-access-request']],
  // Portuguese
  ['Você pode me pagar em bitcoin? Prefiro assim.', ['crypto-payment-request']],
  ['Faça o pagamento na conta do meu pai, por favor.', ['alt-payment-request']],
  ['Me chama no WhatsApp que a gente conversa melhor.', ['move-off-platform']],
  ['Mande o notebook para o endereço do meu amigo.', ['ship-equipment-elsewhere']],
  ['Minha conta foi suspensa, me contrate pela minha outra conta.', ['account-switch-request']],
  ['Minha câmera está quebrada, podemos conversar só por texto?', ['avoids-video']],
  ['Preciso de metade do valor adiantado para começar.', ['prepayment-pressure']],
  ['Instale o AnyDesk e me mande o código de acesso.', ['remote-access-request']],

  // hard negatives
  ['Estamos creando una plataforma de pagos con bitcoin, buscamos experiencia en blockchain.', []],
  ['Nunca pagamos en criptomonedas, solo por la plataforma.', []],
  ['El proyecto es un bot de Telegram para notificaciones.', []],
  ['Devolveré el portátil a su oficina al terminar el contrato.', []],
  ['Con gusto hacemos una videollamada mañana.', []],
  ['Nous développons un portefeuille crypto pour nos clients.', []],
  ['Nous ne payons jamais en cryptomonnaie.', []],
  ['Je renverrai l’ordinateur à votre bureau à la fin du projet.', []],
  ['Avec plaisir pour un appel vidéo demain matin.', []],
  ['O projeto é um bot de WhatsApp para uma clínica.', []],
  ['Não aceitamos pagamento em criptomoedas.', []],
  ['Podemos fazer uma chamada de vídeo amanhã, minha câmera funciona.', []],
  ['Pagamos por etapas, nada adiantado.', []],
];
