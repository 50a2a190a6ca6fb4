import { describe } from 'vitest';
import { rule } from '../../lib/rules/prepayment-pressure';
import { messageCases } from './message-cases';

describe('prepayment-pressure', () => {
  messageCases(rule, [
    ['I need 50% upfront.', true],
    ['Pay the full amount first.', true],
    ['Send the deposit today.', true],
    ['Nur gegen Vorkasse.', true],
    ['No upfront payment needed.', false],
    ['Please fund the milestone in escrow.', false],
    ['We build an advance payment feature.', false],
    ['Payment after delivery is fine.', false],
    // Spanish, French, Portuguese; other word orders
    ['Necesito la mitad por adelantado.', true],
    ['Il me faut un acompte avant de commencer.', true],
    ['Preciso de metade do valor adiantado.', true],
    ['No pedimos ningún anticipo.', false],
    ['The client paid a deposit for the venue.', false],
    // Real text that raised a finding once (Debian's fortunes and Debian Reference, bench/text-data.ts)
    ['You may need to approve your host IP in advance.', false],
    ['A quien paga adelantado, mal le sirve su criado.', false],
    ['First is the present, and afterward, having to pay for it.', false],
    // Deposit terms owed before the work
    ['A 50% deposit and signed contract books you into my calendar.', true],
    ['Going forward: 25% deposit when a project is confirmed, balance on completion.', true],
    ['Die Anzahlung wird erst nach Abnahme über die Plattform fällig.', false],
    // Deposit terms owed before the work starts, as freelancers' terms write them
    ['Se requiere un anticipo del 50% para iniciar el proyecto.', true],
    ['Bei Vertragsabschluss ist eine Anzahlung in Höhe von 40 % zu leisten.', true],
    ['I take a 50% deposit at the beginning of the project, before any work commences.', true],
    ['Acompte de 30 % demandé pour valider le lancement du projet.', true],
    ['The platform releases 50% when the first milestone is approved.', false],
    ['50% de entrada para início imediato, 50% na entrega final.', true],
    ['Projektstart erst nach Eingang der Anzahlung.', true],
    ['Forma de pagamento padrão: 50% na entrada + 50% na entrega.', true],
    ['50 % bei Beauftragung (Anzahlung), der Rest nach Abnahme.', true],
    ['Le prestataire commence la mission uniquement après encaissement de l’acompte.', true],
    ['O suporte a método de entrada com IBus foi melhorado.', false],
    ['Bei Stornierung vor Beginn kann eine Rückerstattung der Anzahlung in Betracht gezogen werden.', false],
    // Policy v2: terms addressed to the customer are asks, a shop's and a school's included; a payment owed
    // for work delivered, a warning and a feature request are not.
    ['A deposit must be paid to the School before the Student will be accepted on a course.', true],
    ['Service is started immediately after we receive payment.', true],
    ['El proyecto inicia con un anticipo del 50%.', true],
    ['Bezahlen Sie vorab per Bank-Überweisung.', true],
    ['Entrada: deve ser paga antes do início do projeto.', true],
    ['For the payment due, please remit to the address below.', false],
    ['Die Person bittet um eine Vorauszahlung, bevor die Arbeit erledigt ist. Das ist ein Warnsignal.', false],
    ['It would be great if we can select a deposit amount, as we always charge 50% up front.', false],
    ['Die Bezahlung hätte ich gern vorab.', true],
    // A fee before a parcel is released, in five languages (policy v2.1, rule 15)
    ['A $1.99 customs fee is required to release your parcel. Pay now.', true],
    ['Su paquete está retenido: pague los gastos de envío (1,99 €) en el enlace.', true],
    ['Ihr Paket unterliegt einer Zollgebühr, die Sie bezahlen müssen.', true],
    ['Shipping fees are included in the price.', false],
    // Terms that order the payment before the service, or the service after it, in any trade
    ['The full balance is due before the event.', true],
    ['Die Zahlung erfolgt vor Kursbeginn per Überweisung.', true],
    ['Le cours commence après le paiement de l’acompte.', true],
    ['We ship after receipt of payment.', true],
    ['Work will not begin until the deposit is received.', true],
    ['Aucun travail ne sera commencé sans le versement de l’acompte.', true],
    ['Payment is due 30 days after delivery.', false],
    ['We start without any deposit; you pay after delivery.', false],
    ['Cancellations before the event are refunded in full.', false],
    // A deposit the terms ask for, a price payable ahead, a fee the reader must pay (tenth session)
    ['Un acompte de 40 % vous sera demandé à la signature du devis.', true],
    ['Para reservar la fecha se pide una señal del 30 %.', true],
    ['Die Anzahlung ist erforderlich, um mit dem Druck zu beginnen.', true],
    ['Das Monatspaket ist im Voraus zahlbar.', true],
    ['Les séances sont payables d’avance.', true],
    ['Payment is made at the beginning of each month.', true],
    ['Um Ihre Sendung freizugeben, müssen Sie eine Zollgebühr von 3 € entrichten.', true],
    ['To release the funds you must pay a one-time transfer fee.', true],
    ['Un acompte peut être demandé pour les gros chantiers.', false],
    ['She was asked to deposit $500 to unlock more tasks.', false],
    ['Muss ich vorab etwas bezahlen?', false],
    ['Cash is accepted at the start of the course.', false],
    ['There is no fee to pay before the project starts.', false],
  ]);
});
