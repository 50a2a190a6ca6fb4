import { describe } from 'vitest';
import { rule } from '../../lib/rules/alt-payment-request';
import { messageCases } from './message-cases';

describe('alt-payment-request', () => {
  messageCases(rule, [
    // money forwarded to a go-between the writer names: a fake job's cheque, a "liaison officer" (twenty-third session)
    ['Please cash the check, take $300 out as your pay, and send the rest to the vendor for supplies.', true],
    ['Bitte senden Sie den Betrag an unseren Verbindungsbeamten, Herrn Hans Peter Lindemann, in Deutschland.', true],
    ['Please send the signed contract to our representative.', false],
    ['Please forward the invoice to the supplier.', false],
    ['We pay our vendors within 30 days of invoice.', false],
    ['Pay me with Steam gift cards please.', true],
    ['Sie sollen iTunes Apple Cards im Wert von 400 $ kaufen und mir die Codes schicken.', true],
    ["Send the money to my cousin's account.", true],
    ['Use Payoneer instead of a bank transfer.', true],
    ['Bitte auf das Konto meines Bruders überweisen.', true],
    ['Pay to my own bank account as usual.', false],
    ['The gift card feature needs a redeem page.', false],
    ["My friend's account was hacked, so I built 2FA for him.", false],
    // Spanish, French, Portuguese; other word orders
    ['Paga a mi hermana, ella me pasa el dinero.', true],
    ['Versez le paiement sur le compte de mon cousin.', true],
    ['Pague na conta do meu irmão, por favor.', true],
    ['Mi hermano me ayudó con el diseño.', false],
    ['Le paiement va sur mon propre compte.', false],
    // Real text that raised a finding once (Debian's fortunes and Debian Reference, bench/text-data.ts)
    ['I gave all of the money to my friend Slick.', false],
    ['Please send the contract to my brother’s account, mine is closed.', false],
    // Policy v2.1 (rule 13): a money app is a red flag instead of the bank or the marketplace, not as a product's
    // description or one app swapped for another; PayPal's Friends & Family when asked for, not when explained.
    ['Payments are to be made via western union money transfer only.', true],
    ['My payment processor only uses Paypal.', false],
    ['We launched our payment system through Payoneer: get paid in your own currency with no fees!', false],
    ['Can the cash portion be paid by domestic bank transfer or Alipay instead of PayPal?', false],
    ['Please pay through Payoneer instead of a bank transfer.', true],
    ['Using PayPal Friends and Family (PPFF) is free.', false],
    ['Send it as Friends and Family please, so there are no fees.', true],
    // Paid around the marketplace, however; a refusal read with its own negation is still a refusal
    ['Pode me pagar por fora da plataforma? Pix ou cripto', true],
    ['Can you pay me outside Upwork this time?', true],
    ["I don't accept PayPal, Wise or crypto outside the platform.", false],
    ['Please pay me through Upwork, not outside the platform.', false],
    // A money app in place of the marketplace (issue 12), in five languages; not a refusal, not the bank swapped
    ['Please pay through Wise instead of Upwork, it saves fees', true],
    ['Not via Upwork but via PayPal please', true],
    ['Bitte zahlen Sie per PayPal statt über Fiverr.', true],
    ['Págame por PayPal en lugar de Workana.', true],
    ['Payez-moi par PayPal au lieu de Malt.', true],
    ['Pague por Pix em vez da plataforma, fica mais barato.', true],
    ["I don't accept PayPal instead of Upwork.", false],
    ['Payment goes through Upwork, not via PayPal.', false],
    // How refunds or withdrawals go is no request (fresh-eyes review)
    ['Eine Zahlung per PayPal ist nicht auf der Plattform möglich.', false],
    ['Refunds are sent via PayPal, not through the site.', false],
    ['I withdraw my earnings to Payoneer, not through the Upwork direct transfer.', false],
    ['I never ask for payment via PayPal but only through Upwork', false],
    // A money app as a seller's only method is an ordinary term of sale (rule 13; the eleventh set, read: artists'
    // terms gave 6 wrong red flags); a cash-transfer service as the only way is still one
    ['I accept payment only through PayPal.', false],
    ['★ Pagamentos somente via PIX', false],
    ['* Solo acepto pagos en USD a través de PayPal.', false],
    ['I only accept Skrill or Perfect Money payments.', true],
    ['Zahlung nur per Western Union.', true],
    ['I only accept payment through Zelle, send it to my phone number.', true],
    ['All payments are to be made only through Upwork, not via PayPal.', false],
    ['Payments must be made exclusively via Upwork, never PayPal.', false],
    ['Payments are to be made only via PayPal.', false],
    ['Payments are to be made only via PayPal, not through Upwork.', true],
    // Asked of the reader without "please" (second fresh-eyes review: each was no finding)
    ['Just pay via PayPal instead of Upwork, it is cheaper.', true],
    ["Let's do the payment via PayPal instead of Upwork.", true],
    ["I'd like to be paid via PayPal instead of Upwork.", true],
    ['Schick mir das Geld per PayPal statt über Upwork.', true],
    ['Überweise das Geld per PayPal statt über Upwork.', true],
    ['We send invoices via PayPal instead of Upwork.', false],
    ['Clients send money via PayPal instead of Upwork, and we lose the protection.', false],
    ['Mi otro cliente me paga por PayPal en vez de Upwork.', false],
    ['O cliente paga via Pix em vez da plataforma.', false],
    ['Paga por PayPal en vez de Upwork, es más barato.', true],
    ['Você me paga via Pix em vez da plataforma?', true],
    ["Let's be clear: refunds are sent via PayPal, not through the site.", false],
    ["I'd like to mention that refunds are sent via PayPal, not through the site.", false],
    // Cash-transfer services the reader is told to pay through (eighth set and the tuning text, read)
    ['Our processing fee is $450, you will send it through Moneygram or Western Union.', true],
    [
      'Gehen Sie zum nächstgelegenen Western Union- oder Moneygram-Büro und senden Sie das Geld an unseren Agenten.',
      true,
    ],
    ['Alternativ können Sie das Geld per RIA oder Western Union auf die mitgeteilten Kontodaten überweisen.', true],
    ['Vous devez envoyer les frais par Western Union au nom de notre agent.', true],
    ['Western Union raised its fees for transfers to Kenya last year.', false],
    ['I used to send money home through Western Union.', false],
    ['Never send money by Western Union to someone you have not met.', false],
    ['You can withdraw your earnings through Western Union.', false],
    // A story of how others are made to pay names neither writer nor reader (fifteenth session)
    ['Generalmente, presionan al comprador a pagar el total mediante Zelle o incluso una tarjeta regalo.', false],
    ['Mi hermana recibe el pago: envía el dinero a su cuenta, por favor.', true],
    // The store named with the card: "Apple iTunes-Karte", "tarjetas de Google Play" (sixteenth session)
    ['I’m in a meeting and need help getting some Amazon Gift Cards', true],
    ['Bitte kaufen Sie eine Apple iTunes-Karte und senden Sie mir die Codes.', true],
    ['Quiero que vayas a cualquier tienda que venda tarjetas de Google Play o iTunes y compres algunas.', true],
    ['I bought an iTunes card for my son yesterday.', false],
    ['Los PINs de PaysafeCard se pueden comprar en tiendas físicas.', false],
    // (review) Apple Karten is a map; a gift card the writer hands out is no payment asked
    ['Nach dem Kauf soll die Route zur Filiale in Apple Karten geöffnet werden.', false],
    ['Every participant is getting a $50 Amazon gift card for a 30-minute interview.', false],
    // "directly to my" a mailbox is a contact, not a payment (seventeenth session)
    ['Kindly send to me your business plan directly to my Email: stan.r@example.org for our team review.', false],
    // paid to a friend or a friend's company who passes it on; a money app rather than the marketplace; a relation's
    // PIX key; a transfer to a relation's account (seventeenth session, from a battery written blind to the rules)
    ["My bank can't take foreign money right now, so please transfer it to a friend who holds it for me.", true],
    ['Überweisen Sie die Rechnung bitte an die Firma eines Bekannten, er leitet mir das Geld dann weiter.', true],
    ['Deposita el pago a nombre de la empresa de un amigo, él me lo pasa después.', true],
    ["Réglez la facture au nom de la société d'un ami, il me reverse l'argent ensuite.", true],
    ['Faz o depósito no nome da empresa de um amigo meu, ele me repassa depois.', true],
    ['Pouvez-vous me payer par Wise plutôt que via Upwork ? Les frais sont trop élevés ici.', true],
    ['manda no pix da minha namorada pfv, a chave é o cel dela', true],
    ['Ce serait plus simple si vous faisiez le virement sur le compte de ma sœur, le mien est bloqué.', true],
    ['Before borrowing money from a friend, decide which you need more.', false],
    ['I paid my friend back the money I owed him.', false],
    // (review, seventeenth session) what the first versions of this session's changes got wrong
    ["Let's keep everything on Upwork since paying outside Upwork is against the ToS.", false],
    ["You can pay the domain renewal to Namecheap via PayPal, not Upwork, since it's your own account.", false],
    ["Merci pour le paiement rapide, j'ai recommandé votre agence à un ami.", false],
    ['Gracias por el pago, ya le recomendé tu trabajo a un amigo.', false],
    ['Trabajé 3 años en la empresa de mi hermano, donde gestionaba los pagos a proveedores.', false],
    ['Send the payment to a buddy of mine, he holds it for me.', true],
    // a coin's wallet is crypto-payment-request's; a PayPal ID with a seller's terms and paying for a commission are
    // ordinary; a stored-value service's handle given instead still counts
    ['Could you please send the $200 reward directly to my USDT (TRC20) wallet?', false],
    ['You may send it through Paypal. My Paypal ID is: artist@example.com', false],
    ['To pay your commission I will send you an invoice via my PayPal Account.', false],
    ['You can use WebMoney, my WMZ is Z123456789012.', true],
    // (second review, seventeenth session)
    ["I'll send the first draft to a buddy of mine who proofreads, then you'll get it Friday with the invoice.", false],
    ['Fiz o site para a empresa do meu primo, que hoje fatura R$ 50 mil por mês.', false],
    ['Desarrollé el sistema de facturación para la empresa de mi hermano, con pagos por Stripe.', false],
    // Twentieth session, the tenth real set read
    ['Geh bitte so schnell wie möglich zum MoneyGram-Schalter, sobald du kannst.', true],
    ['Sie gehen mit dem Bargeld zu einer MoneyGram-Stelle. Dort zahlen Sie das Geld ein.', true],
    ['You can pick up cash at any MoneyGram counter near you.', false],
    // review classes of the nineteenth session, read in the twentieth
    ['Could you pay me directly instead? That way we both avoid the Upwork fees.', true],
    ['Me paga direto pelo PIX, assim a gente fica sem a taxa da Workana.', true],
    ["Upwork takes a 10% fee; clients can't pay freelancers directly without breaking the terms.", false],
    ['I never ask to be paid directly to avoid fees.', false],
    ['A minha conta está bloqueada, envia o dinheiro para este número em nome de Alberto.', true],
    ['Please send the payment to this account in the name of Grace Obi.', true],
    ['Pay the invoice to this account in the name of my company.', false],
    // one cash or stored-value service named as the only way (twenty-first session, the read text)
    ['Only WebMoney: Z123456789012\nAny others difficult receive in my country', true],
    ['Please pay me via WebMoney only.', true],
    ['Only PayPal and bank transfer are accepted in our shop.', false],
    // mobile money sent to a number in another person's name, in the SMS forms the thirteenth set read (twenty-first session)
    ['Bom dia, amor manda o valor neste numero, 855501444 vem em nome de, Sofia Lemos.', true],
    ['Manda Com Este NR 855501427 O Nome Vem CARLOS MENDES', true],
    ['boa tarde o valor envia nesta conta m_pesa 855501533 vem nome d TINA ROCHA', true],
    // … and the forms the sixteenth set read (twenty-second session): "vem com nome d", "sai nome d", "esta 85…", "em-pesa"
    ['O VALOR MANDA PARA EXTE NR, 855501385 VEM COM NOME D IRENE SOARES', true],
    ['Aquele Valor Podes Enviar Com Este Nmr, 855501813 Sai Nome D Fatima Costa.', true],
    ['Esse Valor Podes Transferir Para Esta 855501303, Sai O Nome De Irene Lopes.', true],
    ['entao o valor mandar pra esta conta em-pesa 855501518 vem nome d MARTA SILVA', true],
    ['O valor da fatura vem com o nome da empresa no topo.', false],
    ['O M-Pesa é o serviço de dinheiro móvel mais usado em Moçambique.', false],
    ['Guarda este número: 855501444, é o meu novo.', false],
    [
      'Veuillez vous rendre dans un bureau de tabac pour effectuer l’achat de deux coupons recharges transcash puis nous faire parvenir les codes de rechargement.',
      true,
    ],
    ['Les cartes cadeaux sont valables 1 an à partir de la date d’achat.', false],
  ]);
});
