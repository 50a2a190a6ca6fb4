import { describe } from 'vitest';
import { rule } from '../../lib/rules/crypto-payment-request';
import { messageCases } from './message-cases';

describe('crypto-payment-request', () => {
  messageCases(rule, [
    // The reader's balance waiting to be claimed: a fake payout's bait (twenty-third session, the eighteenth set read)
    ['Du hast mehr als (5) Anrufe auf deinem Konto, um dein Bitcoin-Guthaben zu erhalten.', false],
    ['Jetzt aktivieren, um Ihr Guthaben abzurufen und Zugang zur Bitcoin Wealth-Plattform zu erhalten.', false],
    ['Bitte schicke mir dein Guthaben in Bitcoin.', true],
    // The writer offers to pay the reader in a coin: no request to be paid (a hiring manager's review, 2026-12-01)
    ['Te pago en USDT si prefieres.', false],
    ['We can pay you in USDC if you prefer.', false],
    ['Je vous paie en bitcoin si vous voulez.', false],
    ['Wir können Ihnen auch in USDT zahlen.', false],
    ['Posso te pagar em USDT.', false],
    ['Págame en USDT por favor.', true],
    // An exchange account or "this wallet" as where to send the pay (the review, 2026-12-01)
    ['Send it to my Binance account.', true],
    ['Please send the payment to this wallet, not through Upwork, it saves us both the 10% fee.', true],
    ['This wallet app lets you send tokens to friends.', false],
    ['Please pay me in USDT.', true],
    ['Pay me in BTC or ETH, whatever is easier.', true],
    ['My wallet: 1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2', true],
    ['Bezahlung über Krypto bitte.', true],
    ['We never pay in crypto.', false],
    ['> pay me in USDT\nNo, only through the platform.', false],
    ['I build crypto payment gateways.', false],
    ['Our client accepts crypto from their customers.', false],
    ['Random id 1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN3', false],
    // Spanish, French, Portuguese; other word orders
    ['¿Me pagas en USDT cada semana?', true],
    ['Je voudrais être payé en bitcoin.', true],
    ['Quero receber o pagamento em USDT.', true],
    ['Integramos pagos con bitcoin en la tienda.', false],
    ['Nous ne payons jamais en crypto.', false],
    ['Não pagamos em criptomoedas.', false],
    ['Crypto is volatile, I prefer to be paid in EUR through the platform.', false],
    ['Págame en USDT, por favor.', true],
    // The writer pays: asking where to send the reader's money is no request to be paid
    ['Please send us the ETH address you wish to receive your funds to.', false],
    ['Where should I send your USDT reward?', false],
    ['The easiest way to support me is donating sats.', true],
    ['Colle mon adresse LTC et indique le montant à envoyer.', true],
    ['Please, I want to pay for the service in Bitcoin.', false],
    ['Send me usdt', true],
    ['Submit a pull request containing your bitcoin address and get paid the amount above once merged.', false],
    ['If you have a Tron USDT address, I would love to donate.', false],
    // A coin and a word of paying between the writer and the reader; a platform's or third person's payouts, a
    // shop's checkout steps and "only" far from the coin are not.
    ['You can pay me in USDT.', true],
    ['Bitte die Zahlung in Ethereum an mich.', true],
    ['USDT only.', true],
    ['Boutysource only pays out cashouts by Paypal right now, and is considering Bitcoin.', false],
    ['When a bounty is won by a user with no ETH address saved, the bot can not confirm the payout.', false],
    ['Applicants can also provide their DOT/KSM addresses for payment.', false],
    ['I think maybe one in a thousand would be willing to pay with cryptocurrency.', false],
    // A reason after the comma ("weil meine Bank … nicht annimmt") does not negate the request before it.
    [
      'Die Bezahlung hätte ich gern, am liebsten in Bitcoin oder USDT, weil meine Bank Auslandsüberweisungen nicht annimmt.',
      true,
    ],
    ['Ich zahle dafür nicht in Bitcoin.', false],
    // The newer coins by name (issue 12: TON, XRP, BNB and the like), and "not X but Y": Y is still asked for
    ['Please pay me in Toncoin, it is faster for me.', true],
    ['You can pay me in XRP or BNB instead.', true],
    ["Please don't pay through Upwork but in USDT to my wallet.", true],
    ['Please do not pay in bitcoin but through Upwork.', false],
    // From a fresh-eyes review: the coin refused before the way stays refused; "el rechazo" (a noun) and a
    // "decline" told to the reader negate nothing; "Air BnB" is a place to stay
    ["Please don't send me USDT via email but through the Upwork escrow.", false],
    ['Ich schicke dir kein USDT per Mail, sondern zahle über Upwork.', false],
    ['Para evitar el rechazo, envíame el pago por Binance en USDT.', true],
    ['You can decline the contract here and pay me directly in USDT.', true],
    ['Can you pay the Air bnb for the team offsite? I will reimburse you next week.', false],
    // Verbs of avoiding negate their object only (eighth set, read): a warning, and a reason that refuses nothing
    ['Lehnen Sie Schecks, Zahlungsanweisungen, Gutscheine und Kryptowährungen ab.', false],
    ['Avoid payments in crypto from people you do not know.', false],
    ['Évitez les paiements en bitcoin.', false],
    ['Avoid the Upwork fees by paying me in USDT to my wallet.', true],
    ['Zahlen Sie mir bitte in USDT, um Gebühren zu vermeiden.', true],
    // "if someone asks …" in five languages is advice
    ['Se alguém pedir pagamento em USDT, desconfie.', false],
    ['Wenn jemand dich bittet, ihm in Bitcoin zu zahlen, ist das Betrug.', false],
    ['Pour éviter les frais payez-moi en USDT', true],
    ['We can avoid fees if you pay me in USDT', true],
    ['Without upwork fees pay me in USDT', true],
    ['No hay opción de pago en criptomonedas.', false],
    ['If someone wants you to pay in crypto, refuse.', false],
    // The writer who would pay in a coin, or advice on how the reader gets paid in one, asks nobody to pay the writer
    // (fifteenth session, tuning text read); a scam's price list that takes the coin still does
    ['Request: Please consider adding USDT (TRC-20/ERC-20) as a payment option.', false],
    ["I'm ready to pay $5-10/month, please accept USDT or BTC.", false],
    ['Specify whether you prefer to be paid in Bitcoin or stablecoins like USDT.', false],
    ['You pay: [ 299 $ BitCoin / PerfectMoney ] You receive: [ $2000 WU or MG ]', true],
    ['Please pay me in USDT, you will receive the files right after.', true],
    // The reader who pays first to be paid is still asked (review)
    ['If you are able to pay the onboarding fee in Bitcoin we can start today.', true],
    ['Deposit 100 USDT so you can get paid for the completed tasks.', true],
    ['Top up 0.05 ETH first, after that you will be paid for each task.', true],
    // A sum in a coin to send; the writer happy to send it is the payer (sixteenth session)
    ['Send 0.1 BTC to restore your files.', true],
    ['Überweisen Sie mir 0,05 Bitcoin bis morgen.', true],
    ['I sent 0.1 BTC to the exchange yesterday.', false],
    ['Very happy to send you 0.05 USDT, just tell me where to send it!', false],
    // (review) the writer happy to send something else still asks; the writer sending a sum pays
    ['Happy to send you my wallet address, please transfer 500 USDT first and I will start.', true],
    ['Glad to send you the first draft today, then please pay 200 USDT to start the rest.', true],
    ['I will send 0.2 ETH for the first milestone once it is approved.', false],
    // The reader asked to take crypto donations: the writer is the one who would pay (seventeenth session)
    ['Please consider adding donations to a USDT wallet in TRC20, PayPal is not available here.', false],
    ['Could you accept Bitcoin donations? I would like to support the project.', false],
    ['I understand your preference for crypto donations, but I have no crypto processor yet.', false],
    ['Please consider my work and donate in USDT to my wallet.', true],
    // a condition's negation stays in it; French elided pronouns; the payer in French (seventeenth session, blind battery)
    ['Se não for problema, prefiro receber em cripto, o banco aqui segura pagamento de fora.', true],
    ["Un paiement en crypto m'arrangerait vraiment, les virements internationaux mettent des semaines.", true],
    ['Sobre o pagamento dessa etapa, topa fazer em Bitcoin?', true],
    [
      "Je peux vous régler en USDT si vous préférez, c'est moi qui envoie ; indiquez-moi simplement votre adresse.",
      false,
    ],
    [
      'Eine Bezahlung in Kryptowährung kommt bei uns, auch wenn Bewerber danach fragen, grundsätzlich nicht in Frage.',
      false,
    ],
    // (review, seventeenth session) what the first versions of this session's changes got wrong
    ["Je peux vous régler ce bug en une heure, paiement en USDT s'il vous plaît.", true],
    ["I'd like to be paid in USDT or BTC, whichever is your preference for sending.", true],
    ['Please consider accepting my invoices in USDT from now on, it is much faster for me.', true],
    ['Caso não seja problema, prefiro receber em cripto.', true],
    // a smart contract's address in web3 work is code to work on, not a wallet (twentieth session, a review class)
    [
      'The contract is deployed at 0x52908400098527886E0F7030069857D2E4169EE7, please audit the transfer function.',
      false,
    ],
    ['Pay me at 0x52908400098527886E0F7030069857D2E4169EE7, the token contract is verified.', true],
    // twenty-first session, the read text
    [
      "Je vous donne 48 heures pour me verser 500 euros sous la forme de bitcoins sinon j'enverrai les images à vos contacts.",
      true,
    ],
    ['Price is $1500 via Bitcoin or Ethereum only.', true],
  ]);
});
