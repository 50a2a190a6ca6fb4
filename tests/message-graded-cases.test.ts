import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../lib/analyze';

/** Each message's findings as the panel shows them: the rule, and "(note)" for weak evidence that colours no badge. */
const shown = (text: string) =>
  analyzeMessage(text)
    .findings.map((f) => `${f.rule}${f.note ? ' (note)' : ''}`)
    .sort();

// Whole messages, graded: a red flag, a note, or nothing. From the seventeenth session's reviews (faults left open
// then) and the eighteenth session's fixes.
const CASES: [string, string[]][] = [
  // the reader's WhatsApp asked for in its short form
  ['Can I get your WA number?', ['move-off-platform']],
  ["Hi! I'm in Seattle, WA. What's the WA state sales tax on this?", []],
  // "hmu" (hit me up) names the writer
  ['hmu on wa', ['move-off-platform']],
  // a call on a messenger, asked politely
  ['Is it okay for you to have a call on Telegram?', ['move-off-platform (note)']],
  ['Is it okay for you if the call is on Friday?', []],
  // a negation before a messenger's links (English "no", not Portuguese "in the")
  ['Please add no Telegram links to the README.', []],
  ['Me chama no Telegram.', ['move-off-platform']],
  // a French narration in the imperfect tells what someone else did
  ["Un faux recruteur m'écrivait sur WhatsApp pour m'envoyer un ordinateur à une autre adresse.", []],
  ["Il m'écrivait sur WhatsApp tous les jours.", []],
  ['Écrivez-moi sur WhatsApp.', ['move-off-platform']],
  // "a new one" is an account only after an account is named
  ['Sorry, the Zoom link from yesterday expired, could you send a new one?', []],
  ['My account got suspended, please send the offer to my new one.', ['account-switch-request']],
  // hiring the writer through another account, asked outright, is a red flag; a question about one's own accounts is not
  ['My account was suspended, so please hire me through my other account.', ['account-switch-request']],
  ['Mi cuenta está suspendida, contrátame en mi otra cuenta.', ['account-switch-request']],
  // French subjunctive of payer
  ["Ça m'arrangerait que vous me payiez en USDT.", ['crypto-payment-request (note)']],
  // a buddy is a relation like a friend
  // the work computer and someone else to receive it, in one sentence: the laptop-farm request (review24)
  ["Could you ship the laptop to my buddy's apartment?", ['ship-equipment-elsewhere']],
  // prepayment: the sum or share asked ahead in the asking sentence is what makes it a red flag (eighteenth session)
  ['I need 50% upfront before I start.', ['prepayment-pressure']],
  ['Ich brauche 50 % Anzahlung vor Projektbeginn.', ['prepayment-pressure']],
  ['Please send a deposit before I start.', ['prepayment-pressure (note)']],
  ['Do I have to pay 50% in advance?', ['prepayment-pressure (note)']],
  ['Pague los gastos de envío (1,99€) para recibir su paquete.', ['prepayment-pressure']],
  // the second review's false red flags (eighteenth session): a sum the writer pays, owes after delivery, discounts,
  // or an invoice marks as paid is no demand ahead; the money in escrow; a client's offer
  // (a note until the thirty-sixth session: an offer that asks nothing of the reader is left out)
  ['Hi! I’m happy to pay 50% upfront so you can get started right away.', []],
  ['Ich zahle gerne 50 % im Voraus, damit Sie sofort anfangen können.', []],
  ['Your payment of $250 is due on delivery of the logo.', ['prepayment-pressure (note)']],
  ['Reminder: the remaining 50% ($600) is due on delivery, not in advance.', ['prepayment-pressure (note)']],
  ['A 5% discount applies if you pay the full amount in advance.', ['prepayment-pressure (note)']],
  [
    'Invoice #1042 — Deposit (30%): $450 — Paid. Balance (70%): $1,050 — due on delivery.',
    ['prepayment-pressure (note)'],
  ],
  [
    'Payment terms: 50% upfront ($1,200), 50% on delivery. All payments through Upwork escrow.',
    ['prepayment-pressure (note)'],
  ],
  ['Please send a deposit of USD 300 before I start.', ['prepayment-pressure']],
  ['Bitte überweisen Sie vorab eine Anzahlung von EUR 500.', ['prepayment-pressure']],
  // payment asked around the marketplace, said outright
  ['Could you pay me outside Upwork? Their 10% fee is too much.', ['alt-payment-request']],
  ['Die Bezahlung bitte in USDT, nicht über Upwork – die Gebühren sind zu hoch.', ['crypto-payment-request']],
  [
    "I'd prefer to be paid in USDT instead of through Upwork, the fees here are really high.",
    ['crypto-payment-request'],
  ],
  ['you can also send USDT TRC20', ['crypto-payment-request (note)']],
  // someone else at the writer's interview
  [
    'My friend will do the interview for me because my English is not good, but I will do the work.',
    ['avoids-video (note)'],
  ],
  ['My colleague did the interview prep for me last week, thanks for the tips.', []],
  // the review's regressions: "no Upwork chat" refuses the marketplace, a later request after a French narration
  ['no Upwork chat please just WhatsApp me', ['move-off-platform']],
  ["Mes clients m'écrivaient sur Telegram, c'est plus rapide : écris-moi sur Telegram.", ['move-off-platform']],
  ['HMU on WhatsApp', ['move-off-platform']],
  // a contact given in a form people use: a Discord tag, WhatsApp's short names with a number (no country code)
  ['Add my discord, I have an interesting offer for you\n\nSnorlax#4102', ['move-off-platform']],
  ['para lhe contratar para um serviço, chama no whats 75955550137', ['move-off-platform']],
  ['Interessados, falar comigo no whatsapp(85) 985550177', ['move-off-platform']],
  // a fresh review's readings (nineteenth session): a German filler word, lending an account, Portuguese escrow milestones
  ['Gib mir mal deine Nummer.', ['move-off-platform']],
  ['Schick mir bitte deine Nummer.', ['move-off-platform']],
  [
    'Ich suche jemanden in Deutschland, der mir sein Upwork-Konto überlässt, ich zahle 20 % vom Umsatz.',
    ['identity-rental-request'],
  ],
  [
    "Je cherche quelqu'un en France qui me prête son compte Malt, je te donne 30 % de ce que je gagne.",
    ['identity-rental-request'],
  ],
  ['Para começar, preciso que você ative o primeiro marco de 30% no Workana.', []],
  ['Antes de começar, preciso que você deposite 30% em garantia na Workana.', []],
  ['Preciso de 50% adiantado antes de começar.', ['prepayment-pressure']],
  // a negation before a comma does not reach the request after it
  ['I have no time for calls, install TeamViewer and send me the ID.', ['remote-access-request']],
  ['No tengo mucho tiempo, instala AnyDesk y pásame el código.', ['remote-access-request']],
  ["I'm not on Upwork much, so let's continue on Telegram.", ['move-off-platform']],
  ['We never ask you to install AnyDesk, everything stays here.', []],
  // an issue reference is no Discord tag
  ['Fixed in owner/repo#1234, please check the release.', []],
  // review24 (twenty-fourth session): a call proposed at a time or on the marketplace is no channel; a number given
  // beside a proposed call is given to be called; the work computer and someone else to receive it, named in one
  // sentence, is the laptop-farm request; an offer to another profile, "thru", a relative's account; paid around the
  // marketplace "to avoid the Upwork fees"; remote access asked in other words; more workers offered in other words.
  [
    "My webcam died during yesterday's storm, sorry! I've ordered a new one; could we do a phone call today and video on Thursday?",
    ['avoids-video (note)'],
  ],
  // (a phone call proposed names the phone as the talk's channel: a note since the fortieth session, by policy v2.14 reading 66 —
  // review24 had read it as no channel named; on the marketplace itself it stays nothing)
  ['Can we do a phone call at 10?', ['move-off-platform (note)']],
  ['Can we have a phone call on Upwork at 5pm?', []],
  [
    'Thanks for the offer! Can we do a quick phone call at 3pm to go over the milestones?',
    ['move-off-platform (note)'],
  ],
  ['Can we do a phone call? My number is +1 415 555 0134', ['move-off-platform']],
  [
    'Is it possible to ship the work laptop to my uncle in Texas? He will forward it to me.',
    ['ship-equipment-elsewhere'],
  ],
  [
    "The yubikey and the laptop can go to my freight forwarder, I'll share their address.",
    ['ship-equipment-elsewhere'],
  ],
  [
    "I can't receive packages at my address because the building has no concierge, so please send the equipment to this address instead: 1420 Elm Street, Apt 3, Columbus OH.",
    ['ship-equipment-elsewhere'],
  ],
  [
    'Könnten Sie den Firmenlaptop bitte an die Adresse meines Bruders schicken? Ich bin gerade nicht zu Hause und er bringt ihn mir.',
    ['ship-equipment-elsewhere'],
  ],
  ['Could you send it to my colleague as well? She handles the invoices.', []],
  [
    "Please send the offer to my friend's account, he will accept it and I'll do all the work.",
    ['account-switch-request'],
  ],
  [
    'My contract ended last Friday. Where should I ship the company laptop back to? Happy to use a prepaid label if IT sends one.',
    [],
  ],
  [
    "I can't receive payments on this profile anymore, could you send the offer to my new profile please?",
    ['account-switch-request'],
  ],
  ['pls hire me thru my second acc, this one has withdrawal problem', ['account-switch-request']],
  ['Minha conta foi bloqueada, pode me contratar pela conta do meu irmão?', ['account-switch-request']],
  [
    "My account is under review, so let's make the contract under my colleague's name for now.",
    ['account-switch-request'],
  ],
  ['Can you pay me directly via PayPal to avoid the Upwork fees?', ['alt-payment-request']],
  [
    "Instead of paying on the platform, you can send it to my wife's PayPal, she handles my money.",
    ['alt-payment-request'],
  ],
  ["We can keep the payment on Upwork, it's safer for both of us and avoids fees on my side.", []],
  [
    "Also I need RDP access to one of your company workstations, it's faster than VPN for me.",
    ['remote-access-request (note)'],
  ],
  [
    '¿Me puedes dar acceso remoto a tu computadora? Así configuro el proyecto más rápido.',
    ['remote-access-request (note)'],
  ],
  ['Could you give me read access to the Jira board and the Figma file?', []],
  ['Sem problema, faço a chamada de vídeo com a câmera ligada.', []],
  [
    'Falls Sie noch Entwickler brauchen, habe ich Freunde, die auch sofort anfangen können.',
    ['recommends-more-workers (note)'],
  ],
  [
    "J'ai des collègues développeurs qui seraient intéressés par votre projet, je peux vous les présenter.",
    ['recommends-more-workers (note)'],
  ],
  [
    'We have many more devs like me available, 50+ engineers, just tell me how many you need.',
    ['recommends-more-workers (note)'],
  ],
  ['Do you have other openings? My brother is a QA engineer and looking for work.', ['recommends-more-workers (note)']],
  ['How about: Would you like to take something? My wife is available.', []],
  // the talk set to go elsewhere as terms or a habit (labelling policy v2.3): a note, a red flag where the writer is named
  ['As such, email is the best way to communicate with me.', ['move-off-platform']],
  ['Todas las comunicaciones siguientes se realizan por email o por Skype.', ['move-off-platform (note)']],
  ['La comunicación se realiza solo por WhatsApp, visible en Instagram.', ['move-off-platform (note)']],
  ['All communication regarding the project is via Slack in your workspace.', []],
  ['Our communication will take place on Upwork until the contract starts.', []],
  // the writer as "us": an agency's invitation is one (twenty-fifth session, the tuning text); the writer's customers
  // reaching the writer there is how a business runs, told (fa24)
  ['Write to us on WhatsApp.', ['move-off-platform']],
  ['If you are interested, just email us.', ['move-off-platform']],
  ['Our customers reach us mostly via WhatsApp, so the chatbot needs to work there.', []],
  ['Our customers reach me mostly via WhatsApp, so the chatbot needs to work there.', []],
  // contact asked through a link, where it leads not said: weak
  ['Entre em contato comigo pelo link...', ['move-off-platform (note)']],
  ['Contact me through the link in my bio.', ['move-off-platform (note)']],
  ['The contact form link is broken on mobile.', []],
  // a video call or a call asked for, or joined another way, is the opposite of avoiding one (fa24's honest notes)
  ["I prefer video calls over text chat – it's much faster to clarify requirements that way.", []],
  ["I'm not a fan of long text threads; could we just do a quick video call instead?", []],
  ["Let's take this to a call; it's easier than typing.", []],
  ['Meine Kamera am Laptop ist kaputt, ich nehme deshalb mit dem Handy und Kamera am Videocall teil.', []],
  [
    'Mi cámara del portátil está rota, así que me conecto a la videollamada desde el móvil con la cámara encendida.',
    [],
  ],
  ['Sorry, my camera is broken, can we do the interview by chat only?', ['avoids-video (note)']],
  // fa25: a camera replaced in the next sentence, joining by phone in German, French customers writing to the business
  ["Sorry, my laptop camera stopped working mid-call. I've plugged in an external one, see you in 5.", []],
  ['My camera is broken. I got a new one but it does not work either, so text only please.', ['avoids-video (note)']],
  ['Meine Webcam ist kaputtgegangen, ich wähle mich heute über das Handy in das Zoom-Meeting ein.', []],
  ['Nos clients nous contactent sur WhatsApp, donc le bot doit répondre sur WhatsApp.', []],
  // the seventeenth set read (twenty-fifth session): a levy paid after the funds arrive is not paid ahead; a certificate
  // of deposit is a document; a loan form's "Leihdauer" rents nothing; an addressee line and a bank's contact centre are
  // no private channel; German "mailen Sie uns"; the fund put in the reader's name
  [
    'Your total fund shall be delivered to you, and you are expected to pay the sum of $12,000 for levies after receiving your funds.',
    [],
  ],
  ['I want you to receive the fund my certificate of deposit from the Bank.', []],
  ['Dein Name: Darlehensbetrag: Leihdauer: Land: Stadt: Telefonnummer:', []],
  ['Attention To Email : someone@kbbk.dghcpj.org Good Day Sir, our group finances investments.', []],
  ['Melden Sie sich für weitere Informationen bei uns. E-Mail: contactcenter@gnbinvestorsb.com', []],
  ['Mailen Sie uns noch heute für einen Kredit.', ['move-off-platform']],
  ['Bitte kontaktieren Sie uns für weitere Informationen über someone013@hotmail.com', ['move-off-platform']],
  ['If you did not make this payment, contact us immediately at 09 55 50 14 27.', ['move-off-platform (note)']],
  [
    'My late client left a dormant deposit. I have the sum of 15.7 Million USD I wish to put in your name, and 40% will be your share.',
    ['identity-rental-request'],
  ],
  ['Please register the domain in your name.', []],
  // a number's abbreviation ends no sentence: the number stays with the ask (the twentieth set read)
  ['O valor manda para este nr. 841360298 vem em nome de Amalia Motivane ok.', ['alt-payment-request']],
  // the twentieth set read: a payout's first instalment to the reader is paid to them, not asked of them
  ['Contact Mr. John Davis, Money Gram, to pick up your first Money Gram payment $5000.00 today.', []],
  ['After we received your information, we instantly transfer the first payment of $5000 in your name.', []],
  [
    'Send $25.00 only by Money Gram; once you send this $25.00, you will definitely pick up your first payment $5,000 today.',
    ['prepayment-pressure'],
  ],
  // the reader's e-mail asked to send a calendar, call or work-tool invitation (fa24: the commonest false alarm of ordinary
  // hiring chat) — not with a messenger named, not a job invitation with the talk moved to e-mail
  ['Could you send me your company email so I can add you to the Google Meet invite for Thursday?', []],
  ['Me manda seu e-mail do trabalho que eu te envio o convite da agenda.', []],
  ['Schicken Sie mir bitte Ihre Firmen-E-Mail, damit ich Sie zum Teams-Meeting einladen kann.', []],
  [
    'Please send me your email, I will add you to our Telegram group and send the calendar invite.',
    ['move-off-platform'],
  ],
  ['Send me your email please.', ['move-off-platform']],
  [
    'Obrigado pelo convite para a vaga de DevOps. Te mandei um e-mail no seu gmail com meu currículo, acho que seria mais prático a gente continuar a conversa por lá.',
    ['move-off-platform'],
  ],
  // the third set read (twenty-sixth session): the reader's channel asked for, Portuguese "me responde lá"; terms told as
  // usual or advised; all payable on delivery offered; a payer offering prepayment; a share in words; a team's address; a
  // camera an app needs permission for
  ['hey, can you give ur discord?', ['move-off-platform (note)']],
  ['Salut, tu aurais un discord, téléphone, mail pour échanger sur le projet ?', ['move-off-platform (note)']],
  ['estou tentando falar contigo :) tem um numero celular para que eu possa falar ?', ['move-off-platform']],
  // (Portuguese "tem" names anyone: Debian's fortunes, twenty-sixth session)
  ['Acredito que todo ser humano tem um número finito de batimentos', []],
  ['Homem: Oi, o cachorrinho tem telefone?', []],
  ['Quando der, me responde lá no discord. Sua avaliação ficou ótima!', ['move-off-platform']],
  ['En cobros se suele pedir 50% del costo total para arrancar y 50% al finalizar.', []],
  [
    'Option 1 : Acompte de 50% à la signature du devis, solde de 50% à la livraison.\n\nOption 2 : Paiement intégral à la livraison du site.',
    ['prepayment-pressure (note)'],
  ],
  ['1. Bietet vollständige Vorauszahlung außerhalb der Plattform', []],
  ["Firstly, I'll need one-third of the total cost upfront.", ['prepayment-pressure']],
  ['We have not received your usdt address. Please send the address to coreDevs@tron.network ASAP.', []],
  [
    'I think it could be interesting to be able to access the chat without a microphone or a camera. If I do not allow camera/microphone access, the screen stays on the permission prompt and I cannot send a text message.',
    [],
  ],
  // the equipment to someone else's place, named without "my": the receiver given, so a red flag (the read battery)
  ["Please send the equipment to a friend's address.", ['ship-equipment-elsewhere']],
  ['The laptop: please have it delivered to a relative of mine.', ['ship-equipment-elsewhere']],
  ['We shipped the laptop to the office yesterday.', []],
  // the read battery's slang: Telegram as "tele" in French, a bare "neue Nummer" with the number, "thru"
  ['ajoute moi sur tele : karim_dev09 , je reponds + vite', ['move-off-platform']],
  ['La tele ne marche plus, je regarde sur ma tablette.', []],
  ['neue nummer, bitte ab jetzt hier schreiben: 0160 555 4411', ['move-off-platform (note)']],
  ['pls pay thru payoneer direct, not thru upwork, fees r crazy', ['alt-payment-request']],
  // the writer already writing from another account after a suspension (the tuning text's quoted Upwork message)
  ['My account got suspended, so I am writing to you from my second account.', ['account-switch-request']],
  ['I am writing to you from my new account.', []],
  // the job-proxy pitch with no word for an interview or an account (the third set read): the writer works the job the
  // reader gets, on the reader's behalf, and the reader does the talking
  [
    "Here's my proposal: If you're able to secure a job with a us company, I'd like to offer my services to work on your behalf. You would take on the role of communicating with the company, while I handle the development work.",
    ['avoids-video', 'identity-rental-request'],
  ],
  ['You would handle communication with the client, and I will work on the backend.', []],
  ['If you get the contract, I can work on it with you as a subcontractor.', []],
  // mobile-money SMS as typed (twenty-seventh session, the tuning text): "Nmero", "vém", a name after a colon, the
  // writer's own account arriving in another's name
  [
    'Aquela Minha Conta Tem Problema Agora Podes Transferir Para Este Nmero 857204816, Ou Ponto 24 Vem Em Nome De Rosa Eusébio',
    // (the writer's account in trouble and the money asked to another: account-switch-request too, as the text is labelled)
    ['account-switch-request', 'alt-payment-request'],
  ],
  // (no whole number to pay to: notes)
  ['Ok,o valor podes enviar neste: 85/27104/Mpesa vem em nome:TEREZA ANTONIO FRANCO.', ['alt-payment-request (note)']],
  ['Tia peço dinheiro podes enviar na minha conta vem em nome de Lina', ['alt-payment-request (note)']],
  ['Podes enviar na minha conta, o nome é o mesmo de sempre.', []],
  // a role address the writer gives as their own, and a named person's address at a government's domain; a team's
  // mailbox there stays a desk
  ['If you are interested email me at developer@yourtube.com', ['move-off-platform']],
  ['For bug reports, write to developers@project.org.', []],
  ['Envoie ton cv, ou ton profil linkedin par mail à paul.girard@beta.gouv.fr', ['move-off-platform']],
  ['Envoie ton cv par mail à friches@beta.gouv.fr', []],
  // twenty-seventh session, the tuning text: a phone number in its country's own writing, labelled by the phone word
  // right before it (a contact block, a booking clause) — given, a note; a date after the word is no number
  ['Les rendez-vous peuvent être pris par téléphone au 06 12 34 56 78.', ['move-off-platform (note)']],
  ['Skin Tattoo Studio Telefon/WhatsApp: 0170 / 5550142', ['move-off-platform (note)']],
  ['Eine Buchung kann telefonisch unter 06021 – 448 63 62 storniert werden.', ['move-off-platform (note)']],
  ['The phone on 12.05.2024 was repaired, it cost 120 euros.', []],
  // twenty-seventh session, the tuning text: a bank account money is to go into is no login beside the address (419
  // mails); an account to log into still is
  [
    'Tell me if you can handle the transfer into your account, then get back to me with this (owba717@yahoo.com )',
    ['move-off-platform'],
  ],
  ['Please log into your account to change the email owba717@yahoo.com', []],
  // twenty-seventh session, the tuning text: the family "new number" text — the writer's phone broken or changed, the
  // reader asked to write "here" or to save the number (a note); "write me here" with no phone changed stays on the site
  ['Oi, mãe! Troquei de número. Salva aí.', ['move-off-platform (note)']],
  ['Mamá, tengo un problema. Mi móvil se rompió, y necesito que me escribas aquí.', ['move-off-platform (note)']],
  ['Qualquer dúvida me chama aqui.', []],
  ['My phone broke last week, so I could not test the iOS build.', []],
  // twenty-seventh session, the tuning text: crypto named as a way to pay where nobody asks to be paid in it — a coin in a
  // plain list of methods (unless set apart as preferred), the reader as the one paid or holding the coins, a story of what
  // was done, a coin given as an example, a shop's checkout step, a payer asking for the reader's address
  ['We also accept other payment methods: MoneyGram, Bitcoin, Steam gift cards.', ['alt-payment-request (note)']],
  ['You can pay by Visa, MasterCard or Bitcoin; I prefer Bitcoin.', ['crypto-payment-request (note)']],
  ['Congratulations, you have been selected to receive a donation of 2 BTC from our foundation.', []],
  ['Sie haben 1.250 € auf Ihrem Bitcoin-Konto erhalten.', []],
  ['Please send 0.01 BTC to my wallet to receive the donation.', ['crypto-payment-request']],
  ['He made me send the money in crypto and then he blocked me.', []],
  ['Ich habe schon für Bezahlung in Bitcoin gearbeitet.', []],
  ['Ich möchte in Bitcoin bezahlt werden.', ['crypto-payment-request (note)']],
  ['Set your payment terms: the asset you accept (such as USDC or Bitcoin) and the network.', []],
  ['Set your payment terms: I accept USDC or Bitcoin on the Ethereum network.', ['crypto-payment-request (note)']],
  ['Step 2: choose Bitcoin as your payment method.', []],
  // (thirty-seventh session, policy v2.11 rule 55: a coin as one of a donation page's ways, beside bank transfer, direct
  // debit, Bizum or sponsors' sites; "sofort" alone is German for "at once", not the Sofortüberweisung method)
  ['Spenden sind per Überweisung, Lastschrift, PayPal oder in Bitcoin möglich.', []],
  ['Puedes colaborar mediante transferencia, Bizum, PayPal o Bitcoin.', []],
  ['We accept donations via GitHub Sponsors, Open Collective, PayPal and Bitcoin.', []],
  // (… and across sentences, with no wallet in the message: "also PayPal" offers another way; a way refused or a coin
  // preferred keeps the request)
  ['I will accept payment in bitcoin. I will also accept PayPal payment.', []],
  ['I can be paid in USDT. Bank transfer is fine as well.', []],
  ['Please pay me in USDT. PayPal takes too many fees.', ['crypto-payment-request (note)']],
  ['I prefer to be paid in USDT. PayPal also works.', ['crypto-payment-request (note)']],
  [
    'Sie überweisen mir 1700 EUR in Bitcoin, und sobald die Überweisung eingegangen ist, lösche ich sofort alles.',
    ['crypto-payment-request'],
  ],
  ['Do you have a bitcoin donation address? I would like to support the project.', []],
  // (a coin set apart as preferred beside a national currency's invoice; the writer's terms in a verb that names them)
  ['Our invoices are in USD, but crypto is preferred: we take USDT or USDC.', ['crypto-payment-request (note)']],
  ['Our invoices are in USD and are paid through the platform.', []],
  ['Estas son las criptomonedas que acepto: BTC y USDT.', ['crypto-payment-request (note)']],
  ['No acepto criptomonedas.', []],
  // twenty-seventh session, the tuning text: remote access asked BY a writer who wants help on the writer's own machine
  // (policy rules 3 and 16), access told as what others get, and a tutorial's announcement, are no request to the reader
  ['Could you help me set up this program through remote desktop access (similar to AnyDesk)?', []],
  [
    'Could you install AnyDesk on your computer and send me the ID so I can help you set it up?',
    ['remote-access-request'],
  ],
  ['Entering the code basically gives them remote access of your computer.', []],
  ['Please enter the code to give us remote access to your computer.', ['remote-access-request (note)']],
  ['Neste tutorial, vamos mostrar como baixar e instalar o Anydesk em seu computador.', []],
  ['Baixe e instale o Anydesk em seu computador e me passe o código.', ['remote-access-request']],
  // twenty-seventh session, the tuning text: avoids-video — a refusal only as a condition, the reader told to switch their
  // own camera off, a conversation told in the past naming nobody, are no refusal; the writer's own camera stays one
  ["If I don't have a camera, I can chat.", []],
  ["I don't have a camera, I can only chat.", ['avoids-video (note)']],
  ['Um sich zu schützen: Schalten Sie sofort Ihre Kamera aus, damit Ihr Gesicht nicht aufgezeichnet werden kann.', []],
  ['Meine Kamera ist kaputt, lass uns schreiben.', ['avoids-video (note)']],
  ['The online conversation was by text only.', []],
  ['My camera was broken, so text only please.', ['avoids-video (note)']],
  // twenty-seventh session, the tuning text: a deposit asked in a business's terms in the passive or impersonal — "se
  // solicita un depósito al momento de agendar", "wird vorab eine Terminkaution fällig", "30 % d'acompte … sera encaissé",
  // "ist ein erster Abschlag … zu zahlen", "la reserva se hace con un anticipo", "will only begin upon confirmation of a
  // 50 % deposit"; a bank deposit, a rental caution, a cheque cashed on delivery, a form or a sketch are no deposit ahead
  ['Por ello, se solicita un depósito al momento de agendar la cita.', ['prepayment-pressure (note)']],
  ['Se solicita un depósito bancario para abrir la cuenta.', []],
  ['Bei Vereinbarung eines Termins wird vorab eine Terminkaution fällig.', ['prepayment-pressure (note)']],
  ['Die Mietkaution ist bei Schlüsselübergabe fällig.', []],
  [
    'Afin de valider votre achat, 30% d’acompte du montant total sera encaissé le jour de l’achat.',
    ['prepayment-pressure'],
  ],
  ['Le chèque sera encaissé le jour de la livraison.', []],
  [
    'Wird der Auftrag erteilt, ist ein erster Abschlag in Höhe eines Drittels der Auftragssumme zu zahlen.',
    ['prepayment-pressure'],
  ],
  ['Der Rabatt wird als erster Abschlag vom Listenpreis abgezogen.', []],
  ['La reserva se hace con un anticipo del 50%.', ['prepayment-pressure']],
  ['La reserva se hace con un formulario en la web.', []],
  ['Production of your piece will only begin upon confirmation of a 50% deposit.', ['prepayment-pressure']],
  ['Production will only begin upon approval of the final sketch.', []],
  // twenty-seventh session, the tuning text: a parcel awaiting the payment of its fees ("aguarda o pagamento das taxas
  // … para seguir com a entrega"), and the full price asked to confirm a booking ("le paiement complet est requis pour
  // confirmer votre réservation"); a parcel awaiting an address, a full payment confirming a repair claim are not
  [
    'Sua encomenda foi taxada pela alfândega e aguarda o pagamento das taxas de importação para seguir com a entrega.',
    ['prepayment-pressure (note)'],
  ],
  ['Sua encomenda aguarda a confirmação do endereço para seguir com a entrega.', []],
  // (the whole price ahead is a share named: a red flag since the thirty-ninth session)
  ['Le paiement complet est requis pour confirmer votre réservation.', ['prepayment-pressure']],
  ['Le paiement complet est requis pour confirmer la garantie après réparation.', []],
  // twenty-seventh session, the tuning text: a German fee named as a compound or in the plural ("müssen Sie die
  // Bearbeitungsgebühr … bezahlen", "die Gebühren bezahlen"); a fee to be avoided or saved, and the transfer fee that is
  // itself the only "pay" word, are no fee asked
  [
    'Um die Überweisung Ihrer Spende abzuschließen, müssen Sie die Bearbeitungsgebühr von 850 Euro bezahlen.',
    ['prepayment-pressure'],
  ],
  ['Bitte begleichen Sie den ausstehenden Betrag umgehend, um zusätzliche Mahngebühren zu vermeiden.', []],
  ['Zahle bitte über PayPal Freunde & Familie, dann spare ich die Gebühren.', ['alt-payment-request (note)']],
  ['Überweisungsgebühren sind erforderlich, wenn Sie ins Ausland überweisen.', []],
  // twenty-seventh session, the tuning text: the writer's pay number out of use ("Ja Nao Recebe", "Nao Esta Bm", read with
  // their own negation) or typed as the SMS type it ("Esta 855553303", "Trasnferir"), the money asked to another number
  [
    'Aquele Nmr Ja Nao Recebe, O Valor Podes Mandar Neste Numero 858302917 Vem Em Nome De Lurdes',
    ['account-switch-request', 'alt-payment-request'],
  ],
  ['Aquele número já não recebe mensagens, escreve-me amanhã no mesmo.', []],
  ['Minha conta tem problema, não posso mandar neste número.', []],
  // twenty-seventh session, the tuning text: the lost account said as "I can't create an account … again" or as a noun
  // ("the recent permanent blocking of my Upwork account"), with the reader's account to work through
  [
    "Due to upwork rules, I can't create an account with my ID card again, so I am looking for someone to create an account with your info.",
    ['account-switch-request', 'identity-rental-request'],
  ],
  ["I can't create an account with my ID card, the upload fails. Can you help?", []],
  [
    'Due to the recent permanent blocking of my Upwork account, I am interested in your Upwork account.',
    ['account-switch-request (note)'],
  ],
  ['The blocking of my calendar account is annoying, I am interested in your opinion.', []],
  // twenty-seventh session, the tuning text: mobile-money SMS whose name stands in the next sentence, right after the
  // number without "nome", or beside a mobile-money number with no money word; "não manda naquele … manda neste" refuses
  // the old number only
  [
    'Peço me transferir o valor nesta conta M pesa. 855553666 Vem Em Nome De Roberto Alfredo.',
    ['alt-payment-request (note)'],
  ],
  ['Peço me transferir o valor nesta conta M pesa. Obrigado pela ajuda.', []],
  [
    'Aquele Nmr Ja Nao Recebe O Valor So Podes Mandar Neste 858302917 Lurdes Assane Macuacua.',
    ['account-switch-request', 'alt-payment-request'],
  ],
  ['Podes mandar neste 858302917 amanhã de manhã.', []],
  ['O VALOR NÃO MANDA NAQUELE NUMERO MANDA NESTE Nr 855501477 VEM EM NOME DE ELSA MARQUES.', ['alt-payment-request']],
  ['O valor não manda neste número 855501477, vem em nome de Elsa.', []],
  ['Tai o numero 865550527 Tem E-mola Vem Nome De Carlos Jaime.', ['alt-payment-request']],
  ['O meu M-pesa é 865550527, liga quando puder.', []],
  // twenty-seventh session, the tuning text: the advance-fee pitch that puts the reader forward as the foreigner, heir or
  // partner ("your help as a foreigner", "make you become his official next of kin", "a business partner to present for
  // the inheritance") — not help asked as a translator, a form's next-of-kin field, a sales partner
  [
    'I am in need of your help as a foreigner to claim an abandoned fund of $15 million left by a deceased customer.',
    ['identity-rental-request'],
  ],
  ['We need your help as a translator for our foreign partners.', []],
  [
    'You share his last name, so it will be easy to make you become his official next of kin to claim the funds.',
    ['identity-rental-request (note)'],
  ],
  ['The form lets you name your next of kin.', []],
  [
    'I am looking for a reliable business partner to present for the inheritance of a deceased client.',
    ['identity-rental-request (note)'],
  ],
  ['I am looking for a reliable business partner to present our products in Germany.', []],
  // twenty-seventh session, the tuning text: the fund moved to the reader's country or into an account the reader provides,
  // a sum in millions moved with the reader's help, a negation that belongs to another clause — not goods shipped, a bank
  // account opened, a refund told, a donation, the move refused
  [
    'I want to move this money from Burkina Faso to your country, affidavit on your name.',
    ['identity-rental-request (note)'],
  ],
  ['We ship the goods to your country within a week.', []],
  [
    '(1) Para fornecer uma nova conta bancária vazia na qual esse dinheiro seria transferido. O meu falecido pai deixou 6 milhões.',
    ['identity-rental-request (note)'],
  ],
  ['Para abrir uma nova conta bancária, traga o seu documento.', []],
  [
    'I have a project of $12.5 Million which I will like you to support me so that the fund will be transfer to your bank account.',
    ['identity-rental-request'],
  ],
  ['The refund of $1.2 million in sales will be transferred to your bank account.', []],
  ['I want to donate my fund $4.5 million to you; it will be transferred into your bank account.', []],
  [
    "My late husband's funds are no longer safe therefore I urgently need your help to transfer the amount to your bank account.",
    ['identity-rental-request (note)'],
  ],
  ['I will not transfer the inheritance of my late husband to your bank account.', []],
  // French impersonal "il" ("il vous sera demandé", "il faut") is no third person telling what someone did (twenty-seventh
  // session, the tuning text); "il m'a demandé" still tells
  ["Il vous sera demandé 25 % d'acompte à la commande.", ['prepayment-pressure']],
  ["Il m'a demandé de payer 30 % d'avance.", []],
  // the writer's own e-mail to the reader pressed on as unanswered (policy v2.3: "did you get my e-mail?"): a note — not
  // an e-mail told as sent and nothing more, a site's confirmation or reset mail, a business's procedure, someone else's
  // mail, a denial or a postal one (twenty-eighth session)
  ['I have emailed you twice with no response.', ['move-off-platform (note)']],
  ['Did you get my email?', ['move-off-platform (note)']],
  // told bare, the sentence ending on the mail, by the writer: a note too (twenty-ninth session, policy v2.3 labels
  // "Hi, i've sent you an email." move-off) — not one told with what it holds or why, nor a business's "we"
  ["Hi, I've sent you an email.", ['move-off-platform (note)']],
  ['Ich habe dir eine E-Mail geschickt.', ['move-off-platform (note)']],
  ['I sent you an email about the invoice.', []],
  ['We sent you an email.', []],
  ['Te envié un correo ayer.', []],
  ['We have sent you an email with a link to reset your password.', []],
  ['We will send you an email with the quote.', []],
  ['They sent you an email pretending to be Upwork.', []],
  ["I haven't sent you an email yet.", []],
  ['I mailed you the check last week.', []],
  // a condition opening a clause after a label or a colon, or with "in case"/"au cas où"/"im Falle, dass", ends at its
  // comma: its negation is the condition's, the request after it stands (twenty-eighth session)
  [
    'Dificuldades técnicas: Caso não consiga usar a agenda, o contato deve ser feito via WhatsApp (11) 95555-0172.',
    ['move-off-platform'],
  ],
  ["In case you don't have Upwork, add me on Telegram @jobsdev.", ['move-off-platform']],
  ['Im Falle, dass Sie kein Upwork haben, schreiben Sie mir auf WhatsApp.', ['move-off-platform']],
  ['Note: in case you wonder, I do not use Telegram, only Upwork chat.', []],
  // a coin asked for as "send me" in the other four languages, and the writer's price set in a coin (twenty-eighth session)
  ['Envoyez-moi des USDT.', ['crypto-payment-request (note)']],
  ['Mándame USDT por favor.', ['crypto-payment-request (note)']],
  ['Schick mir bitte USDT.', ['crypto-payment-request (note)']],
  ['Bitte schick mir kein USDT, nur über Upwork.', []],
  ['My price is 0.005 BTC.', ['crypto-payment-request']],
  ['Mi precio es 50 USDT.', ['crypto-payment-request']],
  ['Bitcoin costs 40000 dollars now.', []],
  ['The price of 1 BTC is 40000 USD.', []],
  // a parcel-reshipping job told to the reader: parcels received and sent on, or a prepaid label to send them with
  // (labelling policy rule 17; twenty-eighth session, the tuning text); an explainer, a scam warning or a return label is
  // no request
  [
    'You would receive a prepaid label for the package after the information is processed by your manager.',
    ['ship-equipment-elsewhere (note)'],
  ],
  [
    'Nehmen Sie die Pakete an und senden Sie sie an die Adressen weiter, die ich Ihnen schicke.',
    ['ship-equipment-elsewhere (note)'],
  ],
  ['Scammers ask job seekers to receive packages at home and reship them.', []],
  ['The job involves receiving packages at home and then reshipping them to a new address.', []],
  ['Hier wirst Du damit beauftragt, Pakete zu empfangen und weiterzusenden.', []],
  ['Reshipping is basically synonymous with parcel forwarding.', []],
  ['You will receive a prepaid label to return the laptop.', []],
  // the writer's valuables to be received by the reader or someone the writer trusts (advance-fee mails); the reader's
  // own consignment or a jeweller's delivery is not
  ['I am seeking your partnership to receive this consignment as my partner.', ['ship-equipment-elsewhere (note)']],
  ["J'ai besoin de quelqu'un au Canada pour recevoir ces diamants et les vendre.", ['ship-equipment-elsewhere (note)']],
  ['As I may trust you to receive my box that is with funds.', ['ship-equipment-elsewhere (note)']],
  ['Your consignment box is at the airport, please receive it at your earliest convenience.', []],
  ['Our jewellers ship diamonds to you insured.', []],
  ['You will receive the diamonds within a week.', []],
  // a told frame that qualifies the thing shipped (a relative clause: "the laptop the company sends") tells nothing; the
  // story of a laptop sent and a recruiter's request told still do
  ['Please have the laptop the company sends delivered to my uncle.', ['ship-equipment-elsewhere']],
  ['The laptop the company sent was delivered to his uncle.', []],
  ['The recruiter told me to send the laptop to my uncle.', []],
  ['Our IT department sends the laptop to your home address before your first day.', []],
  // "you contact" is the reader's verb, not a third person's telling
  ['Text him on WhatsApp as you contact him.', ['move-off-platform (note)']],
  ['She asked me to text her on WhatsApp.', []],
  // people offered to someone hiring: good candidates the writer knows, an outsourcing firm's dedicated teams (twenty-
  // eighth session, the tuning text); candidates told of, a client asking for a team, a job post's own engineers and a
  // dedicated account manager are not
  ['I know some good candidates.', ['recommends-more-workers (note)']],
  ['Ich kenne ein paar gute Kandidaten für die Stelle.', ['recommends-more-workers (note)']],
  ['I know some candidates who lied about their identity.', []],
  [
    'We can provide both staff augmentation and dedicated teams, depending on your needs.',
    ['recommends-more-workers (note)'],
  ],
  ['Nous proposons des équipes dédiées de développeurs pour vos projets.', ['recommends-more-workers (note)']],
  [
    '- Experience in providing documentation for different stakeholders (supported by our dedicated DevOps engineers).',
    [],
  ],
  ['We are looking for an agency that can provide a dedicated team.', []],
  ['We offer a dedicated account manager for every client.', []],
  // a parcel received in someone's place, the writer's laptop set up at the reader's (the tuning text's reshipping
  // instructions and account-rental pitch); the company's laptop to the employee's own home, one's own desk are not
  ['Could you receive the package on my behalf? I am travelling.', ['ship-equipment-elsewhere (note)']],
  ['Of course, we will purchase our laptop for it in your side.', ['ship-equipment-elsewhere (note)']],
  ['We will ship the laptop to your home before day one.', []],
  ['I keep my laptop on my side of the desk.', []],
  // a negative question that suggests ("why don't you", "why not", "can't you", "warum … nicht?", "könntest du mir nicht
  // … ?", "¿por qué no …?", "por que você não …?") negates nothing: it asks; a refusal and a past complaint stay silent
  // (twenty-eighth session)
  ["Why don't you add me on Telegram?", ['move-off-platform']],
  ["Can't you just pay me in USDT?", ['crypto-payment-request (note)']],
  ['Warum schreibst du mir nicht auf WhatsApp?', ['move-off-platform']],
  ['¿Por qué no me escribes por WhatsApp?', ['move-off-platform']],
  ['Por que você não me chama no WhatsApp?', ['move-off-platform']],
  ["I can't add you on Telegram, sorry.", []],
  ["Why didn't you pay me in USDT?", []],
  ["Can't you read? I said no Telegram.", []],
  // "no X, only Y": after a comma, "only"/"nur"/"solo"/"só" opens a clause of its own — the negation takes X, Y is offered
  // (twenty-eighth session)
  ['No phone calls, only Telegram @devguy', ['move-off-platform']],
  ["I don't use WhatsApp, only Upwork chat.", []],
  ['No Telegram, only Upwork.', []],
  // an estate put into the reader's account (the tuning text's 419 mails, twenty-eighth session): the dead relative whose
  // money it is is nobody to be paid (no alt-payment), the reader put forward as the receiver is an account lent (a red
  // flag); money to a living relative stays alt-payment, the reader's own relative's estate stays a note
  [
    "I am seeking your assistance to stand as my late father's foreign partner and receive this money into your private or company account.",
    ['identity-rental-request'],
  ],
  [
    'I want you to receive this funds into your country as the beneficiary, to invest the money of my late father.',
    ['identity-rental-request'],
  ],
  ['My brother will receive the money, please pay him.', ['alt-payment-request (note)']],
  [
    'I am instructed to inform you of your appointment as the next of kin to your deceased relative estate.',
    ['identity-rental-request (note)'],
  ],
  // prepayment (twenty-eighth session, the tuning text): a fee paid at check-in or on arrival is paid on the spot, a
  // surcharge on the pay-ahead option is the option's price, the writer's own ask told in the past is a story (a note);
  // a deposit at booking beside the balance on arrival, a demand to pay ahead, an ask now stay red flags
  ['Die Kurtaxe von 2,50 € pro Nacht ist bei Anreise zu zahlen.', []],
  ['Uma taxa de R$ 25,00 por animal deverá ser paga no ato do check-in.', []],
  [
    'Um die Reservierung zu bestätigen, ist eine Anzahlung von 30 % bei Buchung fällig, der Rest bei Anreise.',
    ['prepayment-pressure'],
  ],
  ['Bei Vorkasse fallen zusätzliche Gebühren in Höhe von 5,00 € an.', []],
  ['Vorkasse: bitte überweisen Sie 50 % vorab.', ['prepayment-pressure']],
  ['Da wollte ich die Hälfte im voraus.', ['prepayment-pressure (note)']],
  ['Ich will die Hälfte im Voraus.', ['prepayment-pressure']],
  // "reach me on wa" is the short name after a verb of reaching, as "add me on wa" (twenty-eighth session)
  ['you can reach me on wa 7911123456', ['move-off-platform']],
  ['I live in Seattle, reach me on WA state time.', []],
  // the talk set to go elsewhere as terms: a "Communication:" label before the channel, the writer keeping up
  // communication there, Spanish "la comunicación será por" (twenty-ninth session, the tuning text) — not a feature list
  [
    'Communication: We will maintain communication via email or WhatsApp to ensure that all details are recorded.',
    ['move-off-platform'],
  ],
  [
    'Terms of service:- Communication: Via Telegram or Discord- The type of work I will do: anything.',
    ['move-off-platform'],
  ],
  ['La comunicación será por WhatsApp.', ['move-off-platform (note)']],
  ['Features - Communication: via WhatsApp API and Telegram bots', []],
  // a fee named as required while the reader's money or goods are held — the advance-fee letter with no pay verb
  // (twenty-ninth session, the tuning text); not a fee said to be not required, nor "required" beside another noun
  [
    'Um den Vorgang abzuschließen, ist eine kleine ausstehende Gebühr erforderlich. Ausstehender Betrag: 2,99 € Sobald diese Gebühr beglichen ist, wird Ihre Sendung für die Zustellung eingeplant.',
    ['prepayment-pressure'],
  ],
  ['Ohne die erforderliche Gebühr können wir Ihre Spende nicht weiterverarbeiten.', ['prepayment-pressure (note)']],
  ['No fee is required to receive your prize.', []],
  ['Eine Bearbeitungsgebühr ist für Ihre Spende nicht erforderlich.', []],
  ['The required documents for your funds are attached.', []],
  // a cash-transfer form filled in with the receiver's name (twenty-ninth session, the tuning text) — not a blank one (the
  // reader's payout being set up), nor a bank transfer's beneficiary (how a freelancer gives their own account)
  [
    "Send your first payment transfer fees to the office on below address Receiver's Name====== ALDO UDEH Country=====BENIN AMOUNT =====$58.00 only.",
    ['alt-payment-request', 'prepayment-pressure'],
  ],
  ["To receive your funds by Western Union, fill in: Receiver's Name: ________ Amount: $5,000", []],
  ['My bank details: Beneficiary name: John Smith, amount $500. Please send the payment.', []],
  // what a fresh-eyes review of these readings found them flagging (twenty-ninth session): a gig's package whose extras
  // cost a fee, "Mandatory fees: none", a freelancer's own bank form with "Receiver name", the talk kept on the
  // marketplace with the messengers refused; and the bare e-mail pressed with "please check" is a note too
  ['Your package includes 3 revisions. For more, an additional fee is required.', []],
  ['Ihr Paket enthält 2 Korrekturschleifen. Für weitere ist eine zusätzliche Gebühr erforderlich.', []],
  ['Mandatory fees: none. Your package ships in 2 days.', []],
  [
    'Bank transfer details - Receiver name: Anna Kowalski, IBAN: DE89 3704 0044 0532 0130 00, Amount: EUR 1,200. Please transfer by Friday.',
    [],
  ],
  ['Communication: via Upwork only (no WhatsApp or Telegram).', []],
  ['We keep communication via the Fiverr inbox; email is only for invoices.', []],
  ["I've sent you an email, please check.", ['move-off-platform (note)']],
  // the form written one field per line, the sum in another line (the review's miss); a blank form's next label is no name
  [
    "Receiver's Name====== ALDO UDEH\nCountry=====BENIN\nAMOUNT =====$58.00 only.\nSend it today.",
    ['alt-payment-request (note)'],
  ],
  // (the fee asked in the imperative is prepayment's, as "Send your first payment transfer fees … $58.00" above: thirty-fifth
  // session)
  [
    "Send the fee today. RECEIVER'S NAME:_____________ DELIVERY ADDRESS:___________ AMOUNT $50",
    ['prepayment-pressure (note)'],
  ],
  // access to the reader's computer asked for without a tool's name, in German, Spanish and French as in English and
  // Portuguese (thirty-first session: only those two were read) — a computer of the writer's or a repository is not
  ['Ich brauche Fernzugriff auf Ihren Rechner.', ['remote-access-request (note)']],
  ['Wir benötigen Zugriff auf Ihren Rechner, um das Problem zu lösen.', ['remote-access-request (note)']],
  ['Necesito acceso remoto a tu computadora.', ['remote-access-request (note)']],
  ["J'ai besoin d'un accès à distance à votre ordinateur.", ['remote-access-request (note)']],
  ['Ich brauche Zugriff auf einen Rechner mit Windows.', []],
  ['Ich brauche keinen Fernzugriff auf Ihren Rechner.', []],
  // the same requests in five languages (thirty-first session): a contact asked for with "puedes enviar" / "m'envoyer" /
  // "passar seu WhatsApp"; a deposit "antes de empezar / começar"; "I can't do a video call" (read as wanting one); more
  // developers brought "in Ihr Projekt" / "trazer mais dois"; hire me "über mein anderes Konto" / "engagez-moi sur mon
  // autre compte" graded as in English
  ['¿Me puedes enviar tu número de WhatsApp?', ['move-off-platform']],
  // (a red flag as in English and Spanish since the forty-sixth session: French "m'" names the writer)
  ["Pouvez-vous m'envoyer votre numéro WhatsApp ?", ['move-off-platform']],
  ['Pode me passar seu WhatsApp?', ['move-off-platform']],
  ['¿Me puedes enviar tu número de pedido?', []],
  ['Necesito un depósito de 200 € antes de empezar.', ['prepayment-pressure']],
  ['Preciso de um depósito de R$ 200 antes de começar.', ['prepayment-pressure']],
  ["My camera is broken, so I can't do a video call. Can we just chat by text?", ['avoids-video (note)']],
  ["I can't wait to do a video call with you.", []],
  ['Could we just do a quick video call instead?', []],
  ['Ich kann auch zwei weitere Entwickler aus meinem Team in Ihr Projekt bringen.', ['recommends-more-workers (note)']],
  [
    'Também posso trazer mais dois desenvolvedores da minha equipe para o seu projeto.',
    ['recommends-more-workers (note)'],
  ],
  ['Können Sie die Änderungen ins Projekt einbringen?', []],
  ['Mein Konto wurde gesperrt, bitte beauftragen Sie mich über mein anderes Konto.', ['account-switch-request']],
  ["Mon compte a été suspendu, engagez-moi sur mon autre compte s'il vous plaît.", ['account-switch-request']],
  // … a fee demanded "before we can send you the contract" (the writer sending a contract is no payment by the writer);
  // "au lieu d'Upwork" and "au lieu de passer par Upwork"; "laisse-moi utiliser ton nom"
  ['You need to pay a $50 registration fee before we can send you the contract.', ['prepayment-pressure']],
  ['I can send the necessary money in advance to purchase a separate computer.', []],
  ["Pouvez-vous me payer par Wise au lieu d'Upwork ?", ['alt-payment-request']],
  ['Pode me pagar pelo Wise em vez de passar pela Upwork?', ['alt-payment-request']],
  ["Au lieu d'Upwork, j'utilise Malt.", []],
  ['Laisse-moi utiliser ton nom pour le compte.', ['identity-rental-request (note)']],
  ['Laisse-moi utiliser ton ordinateur pour le test.', []],
  // third battery, soft forms: the writer's receiving in a coin asked as possible; "bist du zufällig auf WhatsApp?"; a
  // channel preferred in German, Spanish, French and Portuguese as in English ("I prefer to talk on Telegram"); half asked
  // "before I start" as a polite question; the camera kept off, asked or said
  ['Would it be possible to receive the payment in Bitcoin?', ['crypto-payment-request (note)']],
  ['Wäre es möglich, die Zahlung in Bitcoin zu erhalten?', ['crypto-payment-request (note)']],
  ['Seria possível receber o pagamento em Bitcoin?', ['crypto-payment-request (note)']],
  ['Is it possible to pay with Bitcoin?', []],
  ['It is possible to receive payments in Bitcoin with our gateway.', []],
  ['Bist du zufällig auf WhatsApp?', ['move-off-platform (note)']],
  ['Ich rede lieber auf Telegram.', ['move-off-platform']],
  ['Prefiero hablar por Telegram.', ['move-off-platform']],
  ['Je préfère parler sur Telegram.', ['move-off-platform']],
  ['Prefiro conversar pelo Telegram.', ['move-off-platform']],
  ['Prefiero hablar por aquí.', []],
  ['Prefiro falar pela plataforma.', []],
  ['Könnten Sie die Hälfte des Betrags zahlen, bevor ich anfange?', ['prepayment-pressure (note)']],
  ['¿Podrías pagar la mitad del monto antes de que empiece?', ['prepayment-pressure (note)']],
  ['Você poderia pagar metade do valor antes de eu começar?', ['prepayment-pressure (note)']],
  ['Könnten Sie mir sagen, wann Sie zahlen?', []],
  ['Is it ok if I keep the camera off during the call?', ['avoids-video (note)']],
  ['Ist es ok, wenn ich die Kamera während des Anrufs auslasse?', ['avoids-video (note)']],
  ['¿Está bien si dejo la cámara apagada durante la llamada?', ['avoids-video (note)']],
  ["Ça te dérange si je laisse la caméra éteinte pendant l'appel ?", ['avoids-video (note)']],
  ['Tudo bem se eu deixar a câmera desligada durante a chamada?', ['avoids-video (note)']],
  ['I never keep my camera off in meetings.', []],
  ['Please keep your camera off during the webinar.', []],
  // fourth battery: a marketplace account opened with the reader's details (five languages: the reader's account, a red
  // flag), not a portal's sign-up; the video interviews done "in my place" in five languages, not a colleague's meeting
  [
    'Can you open an Upwork account with your details? I will do all the work and pay you monthly.',
    ['identity-rental-request'],
  ],
  ['Kannst du ein Upwork-Konto mit deinen Daten eröffnen? Ich mache die ganze Arbeit.', ['identity-rental-request']],
  ['¿Puedes abrir una cuenta de Upwork con tus datos? Yo hago todo el trabajo.', ['identity-rental-request']],
  ['Peux-tu ouvrir un compte Upwork avec tes informations ? Je fais tout le travail.', ['identity-rental-request']],
  ['Você pode abrir uma conta no Upwork com seus dados? Eu faço todo o trabalho.', ['identity-rental-request']],
  ['Erstellen Sie ein Konto mit Ihren Daten, um fortzufahren.', []],
  ['Abre una cuenta con tus datos para continuar.', []],
  ['Ich brauche jemanden, der die Videointerviews für mich führt.', ['avoids-video', 'identity-rental-request']],
  [
    "J'ai besoin de quelqu'un pour passer les entretiens vidéo à ma place.",
    ['avoids-video', 'identity-rental-request'],
  ],
  ['Preciso de alguém para fazer as entrevistas por vídeo no meu lugar.', ['avoids-video', 'identity-rental-request']],
  ['Mi colega hará la reunión en mi lugar mientras estoy de vacaciones.', []],
  ['Kannst du das Meeting für mich organisieren?', []],
  // a negation belongs to its clause: the comma before "hire me" / "beauftragen Sie" ends it, as before "contrátame",
  // "engagez-moi", "me contrate" (thirty-first session: English and German alone read the request as refused)
  ["I can't use this account, hire me on my new account.", ['account-switch-request']],
  ['Ich kann dieses Konto nicht nutzen, beauftragen Sie mich über mein neues Konto.', ['account-switch-request']],
  ["I don't want to hire anyone, hire me instead? No.", []],
  // … and a clause of a negation alone or a "whatever happens" aside carries on into the next ("Nunca, pase lo que pase,
  // te pediría …": the comma before "te" had left "nunca" behind)
  ['Nunca, pase lo que pase, te pediría que me pagues en cripto.', []],
  ['Eu nunca, aconteça o que acontecer, pediria para você me pagar em cripto.', []],
  ['Never, ever! Pay me in USDT.', ['crypto-payment-request (note)']],
  // the reader paid ahead by the writer is no demand, in five languages ("Puedo pagarte …", "Posso te pagar …", "Ich kann
  // Ihnen 50 % im Voraus zahlen" — three of five were red flags; the issue's "a client offering to pay in advance")
  ['Ich kann Ihnen 50 % im Voraus zahlen, wenn Sie möchten.', []],
  ['Puedo pagarte el 50 % por adelantado si quieres.', []],
  ['Posso te pagar 50% adiantado se quiser.', []],
  ['Ich kann erst anfangen, wenn Sie 50 % im Voraus zahlen.', ['prepayment-pressure']],
  ['Posso começar quando você pagar 50% adiantado.', ['prepayment-pressure']],
  // what most freelancers ask, told as normal, is a note at most in German as elsewhere ("die meisten", "das ist normal")
  ['Die meisten Freelancer verlangen vor Beginn 30 % Anzahlung, das ist normal.', ['prepayment-pressure (note)']],
  // the reader asked in the verb in Spanish ("¿Puedes pagar por Binance Pay?"), as "Can you pay via Binance Pay?"
  ['¿Puedes pagar por Binance Pay?', ['crypto-payment-request (note)']],
  ['¿Puedes explicar cómo funciona Bitcoin?', []],
  // the informal French "appelle-moi" as "appelez-moi" (a phone battery in five languages)
  ['Appelle-moi demain au 06 12 34 56 78', ['move-off-platform']],
  ["Il m'appelle au bureau.", []],
  // the polite imperatives: Spanish "usted" ("escríbame", "llámeme", "contácteme", "agrégueme") and Portuguese "me ligue",
  // "me escreva" as the familiar ones (a battery of du / Sie, tú / usted, tu / vous forms: these were unread)
  ['Escríbame por WhatsApp.', ['move-off-platform']],
  ['Llámeme por WhatsApp.', ['move-off-platform']],
  ['Contácteme por Telegram.', ['move-off-platform']],
  ['Agrégueme en Skype.', ['move-off-platform']],
  ['Me ligue no WhatsApp.', ['move-off-platform']],
  ['Me escreva no Telegram.', ['move-off-platform']],
  ['Mándeme su número de WhatsApp.', ['move-off-platform']],
  ['Me passe seu WhatsApp.', ['move-off-platform']],
  ['Mande-me o seu WhatsApp.', ['move-off-platform']],
  ['Passe seu número de pedido.', []],
  ['Deme su opinión.', []],
  ['Transfiéreme el anticipo hoy.', ['prepayment-pressure (note)']],
  ['Envíeme el anticipo hoy.', ['prepayment-pressure (note)']],
  ['Senden Sie mir bitte Ihre Telegram-Nummer.', ['move-off-platform']],
  // a payment to someone close asked in Portuguese with "ao" (a + o) as with "à"; told in the past, in any language, none
  ['Pague ao meu irmão diretamente.', ['alt-payment-request (note)']],
  ['Ele pagou ao meu irmão ontem.', []],
  ['Il a payé à mon frère hier.', []],
  // the remote session's code asked with the polite Spanish "envíeme" as with "envíame" (a red flag, as in the others)
  ['Descargue AnyDesk y envíeme el código, por favor.', ['remote-access-request']],
  ['Ich brauche Zugriff auf Ihr GitHub-Repository.', []],
  // details sent to the reader are no payout: the form beside them is still the writer's ask (thirty-first session);
  // money sent to the reader is one (the name is the reader's)
  [
    'We have sent you the details. Send the $50 fee by Western Union to this receiver. Receiver Name: John Smith',
    ['alt-payment-request', 'prepayment-pressure'],
  ],
  ['I will send you $200 by Western Union. Receiver Name: John Smith', []],
  // a message about scams named in Portuguese, Spanish or French ("golpe", "estafa", "arnaque", "alerta vermelho") is a
  // warning, as "scammers" and "red flags" make one (twenty-ninth session, the tuning text); a scam denied ("não é golpe")
  // warns of nothing, and a request that gives a way to pay the writer still asks
  ['Alerta vermelho: qualquer proposta que exige pagamento antecipado deve ser encarada com suspeita.', []],
  [
    'Estafas laborales. Publican en sitios de empleo y luego solicitan un pago por adelantado para la capacitación.',
    [],
  ],
  ['Les arnaques au colis sont partout. Payez 1,99 € de frais de livraison pour recevoir votre colis, dit le SMS.', []],
  ['Payez 1,99 € de frais de livraison pour recevoir votre colis.', ['prepayment-pressure']],
  // … and so do impersonation and cyber-criminals named ("haciéndose pasar por", "suplantando la identidad", "los
  // ciberdelincuentes"); a way to reach the writer given beside them still asks
  [
    'El objetivo es contactar a la persona que dejó un comentario, haciéndose pasar por la cuenta verdadera mediante un mensaje directo y la solicitud de un número de WhatsApp para comunicarse y ayudarla con su consulta.',
    [],
  ],
  [
    'Si el usuario finalmente cae en el engaño y entrega esta información, los ciberdelincuentes tendrán acceso a los activos guardados en esas billeteras y podrán transferirlos a otra billetera bajo su control.',
    [],
  ],
  ['Una campaña suplanta al Ministerio: escríbenos por WhatsApp al +57 300 555 0142.', ['move-off-platform']],
  ['Não é golpe! Pague a taxa de R$ 50 agora para liberar sua encomenda.', ['prepayment-pressure']],
  ['Pague a taxa de R$ 50 agora para liberar sua encomenda.', ['prepayment-pressure']],
  // the reader as the one who asks a client for a deposit is advice to freelancers, not terms set for the reader (labelling
  // policy v2.1, rule 15; twenty-ninth session, the tuning text): "vous lui … demandant un acompte", "peça parte adiantado",
  // "you want to get a fraction in advance", "wer … verlangt Vorkasse", "votre travail débutera après … un acompte"; the
  // writer's own ask, terms told to the reader, the reader's project and the reader asked to get the money to the writer stay
  ['Vous lui envoyez alors un devis en lui demandant un acompte de 20 ou 30% comme vous demandez toujours.', []],
  ['Estipule um valor e peça parte adiantado (50%), é mais seguro.', []],
  ['Sometimes you want to get a fraction of the payment in advance (usually around 30 - 50%).', []],
  ['Wer auf Nummer sicher gehen will, verlangt Vorkasse.', []],
  ['Précisez également que votre travail débutera après versement d’un acompte.', []],
  ['Peço 50% adiantado antes de começar.', ['prepayment-pressure']],
  ['Ich verlange Vorkasse, bitte überweisen Sie 50 % vorab.', ['prepayment-pressure']],
  ['Votre projet débutera après versement d’un acompte de 30 %.', ['prepayment-pressure']],
  ['Je vous envoie le devis : un acompte de 30 % est demandé avant le début des travaux.', ['prepayment-pressure']],
  ['You need to get the 50% deposit to me before Friday.', ['prepayment-pressure']],
  ['You are required to pay 50% upfront before I start.', ['prepayment-pressure']],
  // paying on receipt offered beside paying ahead (cash on delivery, "Nachnahme", "Kauf auf Rechnung", "ou au plus tard
  // durant le cours"): paying ahead is one option (twenty-ninth session, the tuning text's shop terms); a deposit beside
  // it, the only way, or the other way refused stay
  [
    'Zahlungsarten: Nachnahme – Sie zahlen bei Erhalt an den Postboten. Vorauszahlung – zahlbar per Überweisung vor dem Versand.',
    [],
  ],
  ['Payment: bank transfer before shipping, or cash on delivery.', []],
  ['Les cours doivent être payés en avance ou au plus tard durant le cours.', []],
  ['Les cours doivent être payés en avance.', ['prepayment-pressure']],
  ['Zahlung: 30 % Anzahlung bei Bestellung, Rest per Nachnahme.', ['prepayment-pressure']],
  ['Wir liefern nur gegen Vorkasse, Nachnahme auf Anfrage.', ['prepayment-pressure (note)']],
  ['Lieferung gegen Vorkasse. Nachnahme ist leider nicht möglich.', ['prepayment-pressure (note)']],
  ['Payment by bank transfer before shipping. Cash on delivery is not available.', ['prepayment-pressure (note)']],
  [
    'Price and payment: payment is made online at the time of booking or in cash in person.\n\nConfirmation: an automatic confirmation email is sent as soon as payment is validated.',
    [],
  ],
  ['Confirmation: your session is booked as soon as payment is validated.', ['prepayment-pressure (note)']],
  ['A deposit is required at booking. The rest can be paid on arrival or in person.', ['prepayment-pressure']],
  // what is customary or frequent, said of no one, explains a custom (twenty-ninth session, the tuning text's articles);
  // the writer's own custom, a custom with an ask, and a shop's "üblich" beside its terms stay
  ['Es ist üblich, bei der Buchung eines Tattoo-Termins eine Anzahlung zu leisten.', []],
  ['In France, advance payment is made frequently.', []],
  ['Hay que saber que muchas empresas exigen el pago del servicio por adelantado.', []],
  ['Em grande parte dos casos, o valor precisa ser quitado antes da consulta.', []],
  ['Bei uns ist es üblich, 50 % vorab zu zahlen.', ['prepayment-pressure (note)']],
  ['In most cases I ask for a 50% deposit before I start.', ['prepayment-pressure']],
  [
    'Es ist üblich, eine Anzahlung von 30 % bei Buchung zu leisten – bitte überweisen Sie diese bis Freitag.',
    ['prepayment-pressure (note)'],
  ],
  ['Bei Auftragsbestätigung ist eine Anzahlung von 50% üblich.', ['prepayment-pressure (note)']],
  // a prepayment that may be asked is a soft term, a note: "peut nécessiter", "es ist möglich, … anzufordern", "eine
  // eventuelle Vorauszahlung", the right to ask ("wir sind berechtigt, … zu verlangen") however far its verb (twenty-ninth
  // session, the tuning text; a term since policy v2.9 rule 45 was applied to every set, thirty-fourth); set terms stay red
  ['Toute prise de rendez-vous peut nécessiter le versement d’un acompte.', ['prepayment-pressure (note)']],
  ['Es ist möglich, eine Vorauszahlung für Neukunden anzufordern.', ['prepayment-pressure (note)']],
  ['Eine eventuelle Vorauszahlung soll erst nach der Buchungsbestätigung erfolgen.', ['prepayment-pressure (note)']],
  [
    'Wir sind berechtigt, bei der Auftragserteilung eine angemessene Vorauszahlung zu verlangen.',
    ['prepayment-pressure (note)'],
  ],
  ['A 30% deposit may be required before I start, please send it today.', ['prepayment-pressure']],
  ['Toute prise de rendez-vous nécessite le versement d’un acompte de 30 %.', ['prepayment-pressure']],
  ['Für Neukunden fordern wir eine Vorauszahlung von 50 % an.', ['prepayment-pressure']],
  ['Bei Auftragserteilung verlangen wir eine Vorauszahlung von 30 %.', ['prepayment-pressure']],
  // paid at the end, once the work is there (a final payment, the end of the project, code verified as delivered, a draft
  // approved; twenty-ninth session, the tuning text); a part still asked ahead, or before the work starts, stays
  ['Payment due at the end of your project before final file delivery.', []],
  ['Upon final payment, the Client is granted full ownership of the delivered website.', []],
  ['Payment is due upon verification that the code has been delivered or one week, whichever is sooner.', []],
  ['Um depósito de 50% do valor total é feito na aprovação do rascunho.', []],
  ['Um depósito de 50% do valor total é feito na contratação.', ['prepayment-pressure']],
  ['Please pay the deposit now; the balance is due at the end of the project.', ['prepayment-pressure']],
  [
    'Full payment is due before the work starts; files are released after the work has been completed.',
    ['prepayment-pressure'],
  ],
  ['The final payment is due before I send the files, 50% upfront.', ['prepayment-pressure']],
  // what "they" ask told with an impersonal French "on" in a subordinate clause ("puisqu'on vous demande", "quand on vous
  // demande") or a Spanish "te indiquen / te digan" is reported speech (twenty-ninth session, the tuning text); a business's
  // own "on vous demande …" and the ask itself stay
  [
    'Les offres sont alléchantes, puisqu’on vous demande simplement de prêter votre compte en banque pour y recevoir de grosses sommes.',
    [],
  ],
  [
    'Puede ser que te indiquen que ganaste un premio y para reclamarlo tienes que pagar mediante la compra de una tarjeta de regalo.',
    [],
  ],
  [
    'Para reclamar el premio tienes que pagar mediante la compra de una tarjeta de regalo.',
    ['alt-payment-request (note)'],
  ],
  ['On vous demande de payer un acompte de 30 % avant le début des travaux.', ['prepayment-pressure']],
  ['Prête-moi ton compte bancaire pour recevoir un virement, je te donne 10 %.', ['identity-rental-request']],
  // the reader's account threatened by a policy or reported hit ("your account will be suspended", "has been compromised")
  // is no account asked for (twenty-ninth session, the tuning text's terms and help pages); a rental that promises the
  // account will not be banned stays
  // the writer asking support or a forum for help with their own account ("why was my account suspended?", "should i create
  // my new fiverr account …?", "what if i created another account …?") asks no switch of the reader (twenty-ninth session,
  // the tuning text); the switch asked of the reader beside such a question stays
  ['Can someone explain to me why my account was suspended? I made a new account.', []],
  [
    'Option 1: should i create my new fiverr account and verify it with my id and start working from zero. Option 2: should i continue this account because it has three warnings?',
    [],
  ],
  [
    'what if i created another account , would i still get banned sometime ? because my bot account go banned so they flagged the ip ?',
    [],
  ],
  ['My account was suspended. What should I do? Please send the offer to my new account.', ['account-switch-request']],
  ['My Upwork account got banned, I made a new account, can you hire me there?', ['account-switch-request (note)']],
  ["If you use another person's payment method, your account will be suspended.", []],
  ['If you feel your account has been compromised, please reach out to us via chat.', []],
  [
    'I want to use your account for work, your account will not be banned, and I will pay you 30% every month.',
    ['identity-rental-request'],
  ],
  // the review's misses of the twenty-ninth session, read in the thirtieth: a "preferred communication" label naming a
  // messenger (a note alone, a red flag with a number; the marketplace named keeps it silent), an e-mail sent with no
  // subject ("Sent you an email.") a note, one the reader asked for ("As requested, …") an answer; a compound fee
  // ("Zollgebühr") named required while the reader's parcel is held, not a gig's extra revisions
  ['Preferred communication: WhatsApp', ['move-off-platform (note)']],
  ['Preferred communication: WhatsApp +1 555 201 4455', ['move-off-platform']],
  ['Bevorzugter Kommunikationsweg: Telegram', ['move-off-platform (note)']],
  ['Preferred communication: Upwork chat', []],
  ['Preferred communication: via Upwork only (no WhatsApp)', []],
  ['Sent you an email.', ['move-off-platform (note)']],
  ['Hi, just sent you an email!', ['move-off-platform (note)']],
  ['As requested, I have sent you an email.', []],
  ['Upwork sent you an email.', []],
  ['Zollgebühr von 2,99 EUR erforderlich. Ihr Paket wartet auf Zustellung.', ['prepayment-pressure']],
  ['Ihr Paket enthält 3 Korrekturen. Für weitere ist eine Zusatzgebühr erforderlich.', []],
  // a cash-transfer form whose label ends its sentence in a run of dots, the name in the next ("Receiver..............
  // ALAN OBI"), and one beside the payout promised as bait for the sum; not the reader's own blank ("Your Full
  // Name____"), nor a form where the reader is the one paid (thirtieth session, the tuning text's 419 mails)
  ['Send the $50 by Western Union. Receiver.............. John Smith Country.......Benin', ['alt-payment-request']],
  [
    'Please send the delivery fee of $75 today. Receiver.............. Your Full Name________ House Address________',
    ['prepayment-pressure'],
  ],
  ['You will receive your payment of $500 via Western Union. Receiver.............. Anna Meyer. Pick it up today.', []],
  ['I will send you $200 by Western Union. Receiver.............. John Smith', []],
  // the laptop shipped to the writer, a colleague named for something else, is the worker's own address (a fresh-eyes
  // review, thirtieth session); shipped to the colleague, or to the writer at a friend's, it stays
  ['Please ship the laptop to me, my colleague will set it up.', []],
  ['Ship the laptop to my colleague in Dallas, he will set it up.', ['ship-equipment-elsewhere']],
  ["Ship the laptop to me at my friend's house.", ['ship-equipment-elsewhere']],
  // a number masked by the page or its publisher is a number given (thirty-second session, the tuning text); not a
  // format shown, nor "xxx xxx xxx" standing for a name
  ['It is for sale! You can reach me at XXX-XXX-XXXX.', ['move-off-platform']],
  ['Meine WhatsApp-Nummer lautet: +49 XXXXXXXXXXXX', ['move-off-platform']],
  ['Text me at (555) XXX-XXXX', ['move-off-platform']],
  ['Call me on 07XXX XXXXXX', ['move-off-platform']],
  ['Please enter your phone in the format XXX-XXX-XXXX.', ['move-off-platform (note)']],
  ["I've recently come to understand that you were hiring at xxx xxx xxx, is it still the case?", []],
  ['Your order XXX-XXX-XXXX has shipped.', []],
  // a phone's story above a mobile-money number does not label it a contact; a messenger above a number does
  ['Meu telefone caiu na agua. M-pesa 855550161 vem em nome de Sara.', ['alt-payment-request']],
  ['Meu WhatsApp:\n+258 84 555 0161', ['move-off-platform']],
  // mobile-money SMS as the twenty-first set typed them: the number after a colon, the account "nesta conta: …", the name
  // after "vem" or a dash with no "nome", "pelo nome de", a number in quotation marks (thirty-second session); a payment
  // told as done, with its pronoun left out, asks nothing
  [
    'Minha Conta Tem Problema, Esse Valor Transfere Nesta: 855558952, Sai Nome De Ernesto Paulo Sitoe.',
    ['account-switch-request', 'alt-payment-request'],
  ],
  ['Manda Nesta Conta 845551322.Tem Ponto.24 Na M-pesa Vem VASCO INACIO CHILAULE', ['alt-payment-request']],
  [
    'Boa Tarde, Envia Me Aquele Valor Neste Numero A Conta Do M-pesa 845558754- Zeca Antonio Nhantumbo.',
    ['alt-payment-request'],
  ],
  ['bom dia, este valor enviame nesta conta: 855551169 vem em nome de ALFREDO MARIO BILA', ['alt-payment-request']],
  [
    'Bom Dia, Podes Enviar Aquele Valor Neste Numero 855556798, M-pesa Confirma-se Pelo Nome De Marta Lucas Novela.',
    ['alt-payment-request'],
  ],
  [
    'Aquele Valor Podes Enviar Nesta Conta Movel Ou Ponto 24 Nr;"855551820 M-pesa Esta Em Nome De Sonia Eduardo Langa."',
    ['alt-payment-request'],
  ],
  ['Já enviei o valor neste numero 845558754- Zeca Antonio Nhantumbo.', []],
  // (… but a payment told, then an ask, still asks: a review of the thirty-second session)
  ['Te envié el contrato, envía el dinero a este número 845558754 a nombre de Juan Perez.', ['alt-payment-request']],
  ['Se não mandei ainda, manda tu o valor neste numero 845558754 vem em nome de Zeca', ['alt-payment-request']],
  ['Não mandes o valor nesta: 855558952, Sai Nome De Ernesto Paulo Sitoe.', []],
  ['O pedido 845551322 vem com Entrega Rapida Gratis.', []],
  // the twenty-first set's other forms (thirty-second session): the fee sent to a person named by a title or a pronoun,
  // not an address sent to them; a share paid "por anticipado" in the future tense; the reader's channel asked without
  // "is", or to be provided
  ['Send your ATM Card delivery fee $15.00 only to Mr. JOHN DAW.', ['alt-payment-request', 'prepayment-pressure']],
  ['Please send your home address to him.', []],
  ['Se abonará un 40 % por anticipado de los pedidos.', ['prepayment-pressure']],
  ['Se abonará el 40 % a la entrega.', []],
  ['What your new telegram?', ['move-off-platform (note)']],
  ['Please provide your WhatsApp number so we can talk.', ['move-off-platform']],
  ['You will provide email support to our customers.', []],
  ['What your team needs is a Telegram bot.', []],
  // a session's ID and password shared with a help desk's person, a tool's password asked for; an account's login with no
  // tool named is identity-rental's, not remote access
  [
    'After TeamViewer is installed launch the application. Please share with OLE your ID number and password as per the below image.',
    ['remote-access-request'],
  ],
  ['Dígame su contraseña de AnyDesk.', ['remote-access-request']],
  ['Never share your AnyDesk password with anyone.', []],
  ['Please send me your ID and password of your Upwork account.', ['identity-rental-request']],
  // money sent to a number is no channel to talk on, however many words stand between the verb and the money
  ['Desculpe Mande Me Neste Numero Aquele Valor Agora 845559390', []],
  ['Ao mandar manda para este meu novo numero de 855501458  nome  HELENA COSTA', []],
  // an invite link needs its code (or a publisher's "[invite]" for it): a template's empty link invites nobody
  ['💬 Discord da equipe: [discord.gg](https://discord.gg/)', []],
  ['We have a discord, does that sound good?\nhttps://discord.gg/[invite]', ['move-off-platform']],
  // the work's timeline started by the deposit (a note: no sum named); a warranty or a subscription that starts on payment
  // demands nothing (policy v2.7 rule 35)
  [
    '*Timeline starts when deposit is received and assets (logo, photos, content) are provided.*',
    ['prepayment-pressure (note)'],
  ],
  ['The warranty starts when payment is received.', []],
  // (said the other way round and in French, Spanish and Portuguese — a review of the session)
  ['Timeline starts when we receive your deposit.', ['prepayment-pressure (note)']],
  ["Le projet commence à la réception de l'acompte.", ['prepayment-pressure (note)']],
  ['El proyecto comienza cuando se recibe el depósito.', ['prepayment-pressure (note)']],
  ['O trabalho começa quando o sinal é recebido.', ['prepayment-pressure (note)']],
  ['La garantía comienza cuando se recibe el producto.', []],
  ['Your subscription starts when the payment is confirmed.', []],
  // a review of the thirty-second session's readings: the session's ID and password on the reader's screen stay remote
  // access whatever account is named; a meeting's, an employee's ID opens no computer
  [
    'Tell me the ID and password shown on your screen so our technician can secure your account.',
    ['remote-access-request'],
  ],
  ['Share with us your employee ID and a password hint.', []],
  ['Please share with the client the meeting ID and password for tomorrow’s Zoom call.', []],
  // a contact card's number with a name, no money spoken of, is a number to call
  ['Este é o meu novo numero 845551234 nome Carlos, liga-me.', ['move-off-platform']],
  // a capitalised day or time after "vem" / "sai" is no payee; the fee to a person needs a sum or "only"
  ['Envia O Valor Neste Numero 845551322 Que O Produto Vem Amanhã Cedo', []],
  ['envia o valor neste numero 845551322 que o recibo sai HOJE', []],
  ['Please pay the registration fee to Mr. Brown at the front desk.', ['prepayment-pressure (note)']],
  ['Please send the payment to her account on Upwork.', []],
  ['We will transfer the money to him via Upwork escrow.', []],
  // "please provide" with or without "me"; "what your new …" only as a question for a channel
  ['Please provide me your telegram', ['move-off-platform']],
  ['I saw what your new number of followers is, congrats!', []],
  // a masked number in a form's instruction is a format shown, in any case
  ['Please enter your phone number, Format: XXX-XXX-XXXX', ['move-off-platform (note)']],
  // the twenty-sixth set read (thirty-third session): a link after a channel's label is no handle ("Instagram: https"); a
  // list of Telegram groups, a bot's authorisation link and a template's value to replace invite nobody
  ['- Twitter: https://twitter.com/rizalhkm31\n- Instagram: https://instagram.com/rizalhkm31', []],
  ['Telegram: https://t.me/rizalhkm31', ['move-off-platform']],
  ['- https://t.me/vuejsbrasil\n- https://t.me/laravelbr\nLista de grupos do Telegram que participo e recomendo', []],
  [
    'Você pode adicionar o bot clicando aqui: https://discord.com/oauth2/authorize?client_id=1010761152789225522&scope=bot. Ele dá o cargo quando alguem entra no server.',
    [],
  ],
  ['Entra no meu Discord: https://discord.gg/cGcU2F26Er', ['move-off-platform']],
  ['Sustituye 50200000000 por el WhatsApp real.', []],
  ['debes cambiar hola@ejemplo.com por tu email', []],
  ['Escríbeme al WhatsApp 50255501234 y te respondo.', ['move-off-platform']],
  // a profile's contact lines: "erreiche mich", a number after "Me contacter :", a badge row under "Contact with me" (no
  // handle: a note) — not a row of other words
  ['Erreiche mich auf Discord unter devmaulwurfi.', ['move-off-platform']],
  ['Me contacter : 22891555300 . Je suis disponible pour toutes collaboration', ['move-off-platform']],
  ["Hi, I'm Dan\nContact with me\nLinkedIn Telegram Instagram", ['move-off-platform (note)']],
  ['Contact me for more\nFacebook pages and groups', []],
  ['Die Fotos erreichen mich per Post.', []],
  // … a cancellation's fee is no deposit; terms that take the pay first, in the words the set used
  ['bei Absage am Unterrichtstag werden 50% des Honorares fällig', []],
  // (thirty-seventh session, a policy-labelled battery read: a cancellation schedule dated "14 Tage vor Kursbeginn" names
  // no payment before the work; "Cancellation is free …" is a cancellation clause too — a deposit beside it still counts)
  ['Eine Stornierung ist bis 14 Tage vor Kursbeginn kostenfrei, danach werden 80 % der Kursgebühr fällig.', []],
  ['Cancellation is free up to 14 days before the course; after that 80% of the fee is due.', []],
  ['Cancellation is free, but a 30% deposit is due before we start.', ['prepayment-pressure']],
  ['For jobs under $150, full payment is due once we agree on price and deadline.', ['prepayment-pressure']],
  [
    'Jobs between $150 and $500 require a 20% down payment once we agree on price and deadline.',
    ['prepayment-pressure'],
  ],
  ['i will start working on your request only after 100% prepayment.', ['prepayment-pressure']],
  ['Payment is due only after delivery; no prepayment needed.', []],
  [
    'Upon contract signing, we will remit up to 50% of the agreed-upon fee as a prepayment to your designated account.',
    [],
  ],
  ['Wir verlangen für unseren Design Service eine Anzahlung von 20 %.', ['prepayment-pressure']],
  ['Wir verlangen keine Anzahlung.', []],
  ['Mit der Vertragsunterzeichnung wird eine Reservierungspauschale von 300 Euro fällig.', ['prepayment-pressure']],
  ['Coaching-Pakete werden jeweils monatlich im Voraus fällig.', ['prepayment-pressure (note)']],
  // (the whole price demanded ahead: a red flag since the thirty-ninth session)
  ['Personaltrainings sind vor Leistungsbeginn vollständig zu zahlen.', ['prepayment-pressure']],
  ['Las comisiones se realizarán con previo pago del total.', ['prepayment-pressure (note)']],
  ['Le travail débute dès réception du règlement.', ['prepayment-pressure (note)']],
  // what a review of the thirty-second session saw and left: a profile's login asked is identity rental as an account's is;
  // a session's password handed to the reader's own IT asks nothing of the writer's; "conosco" names the writer; masked
  // French and Brazilian numbers; "El cliente abonará … por anticipado"; an invite link with a blank for its code
  ['Send me your ID and password so I can log into your Upwork profile and bid for you.', ['identity-rental-request']],
  ['Me passa a senha para eu entrar na sua conta do Upwork.', ['identity-rental-request']],
  ['We will never log into your account.', []],
  ['Could you check whether I can log in to your staging profile page?', []],
  ['Share your AnyDesk password with your IT admin only.', []],
  ['Please install AnyDesk and send me the ID, I will do it with your admin on the call.', ['remote-access-request']],
  ['Compartilhe conosco o ID e a senha do AnyDesk.', ['remote-access-request (note)']],
  ['Appelez-moi au 06 XX XX XX XX', ['move-off-platform']],
  ['Me chama no (11) 9XXXX-XXXX', ['move-off-platform']],
  ['Le format est 06 XX XX XX XX', []],
  ['El cliente abonará un 40 % por anticipado.', ['prepayment-pressure']],
  ['El cliente pagará al final, nada por adelantado.', []],
  ['Join us: discord.gg/<invite-code>', []],
  ['Add me: t.me/{username}', []],
  ['Join my server: https://discord.gg/cGcU2F26Er', ['move-off-platform']],
  // a checklist's step that pays the deposit, bookings taken only with one, a booking fee that must be paid — not a bank
  // deposit
  ['2. 💳 Realizar anticipo del 50%', ['prepayment-pressure']],
  ['- [ ] Realizar primeiro pagamento', ['prepayment-pressure (note)']],
  ['Todas las reservaciones se manejan sólo con depósito.', ['prepayment-pressure (note)']],
  ['The booking fee of 50 euros must be paid within 24 hours.', ['prepayment-pressure']],
  ['- Make a deposit at any ATM to top up your card.', []],
  ['You do not have to make advance payments of any kind.', []],
  // a review of the thirty-third session's readings: logging into a client's own tools is the work; "due once" before only
  // when the deal is struck; the writer's down payment, the writer's new number and a handle starting with "your" are no
  // blanks; a fee demanded first is not cancelled by the salary promised after it
  ['Please add me as staff so I can log into your Shopify account and fix the theme.', []],
  ['As your VA I will sign in to your LinkedIn profile and accept the pending connection requests.', []],
  ['I could log in to your account yesterday, but today the password you gave me doesn’t work.', []],
  [
    'Dame tu contraseña para que pueda iniciar sesión en tu cuenta de Upwork y postular por ti.',
    ['identity-rental-request'],
  ],
  ['Donne-moi ton mot de passe pour que je puisse me connecter à ton compte Upwork.', ['identity-rental-request']],
  ['The remaining 50% is due once the app is live on the App Store.', []],
  ['Payment is due once the work is delivered and approved.', []],
  ['I can make a 30% down payment if you need it to get started.', []],
  [
    'Send the $30 training fee upfront and we will wire your first salary straight to your bank account.',
    ['prepayment-pressure'],
  ],
  ['Pour toute question sur votre facture, merci de contacter 01 23 45 67 89 (service client Orange).', []],
  ['Please replace +44 7911 123456 with my new number +44 7700 900123 and WhatsApp me there.', ['move-off-platform']],
  ['Message me on Telegram: t.me/yourdevhelper', ['move-off-platform']],
  ['Join: https://discord.gg/your-invite-code', []],
  ['Teilen Sie das AnyDesk-Kennwort nur Ihrer IT-Abteilung mit, dann geben Sie mir die ID.', ['remote-access-request']],
  ['Comparte la contraseña de AnyDesk solo con tu administrador de TI.', []],
  ['La cliente abona el 40 % por anticipado.', ['prepayment-pressure']],
  // the writer's own number, masked by its publisher, under "my number"
  ['Mon numéro : 06 XX XX XX XX', ['move-off-platform']],
  ['Mon numéro : +33 6 XX XX XX XX', ['move-off-platform']],
  ['Meu número: (11) 9XXXX-XXXX', ['move-off-platform']],
  ['My number is in the format XXX-XXX-XXXX', []],
  // a transfer the reader is asked to make for the writer, paid back or with a failing app (a note); not another favour,
  // not through the marketplace, not a request told
  [
    'Can you make a bank transfer for me? My app is not working, I will pay you back tonight.',
    ['alt-payment-request (note)'],
  ],
  [
    'Kannst du für mich eine Überweisung machen? Meine Banking-App geht nicht, ich zahle es dir morgen zurück.',
    ['alt-payment-request (note)'],
  ],
  [
    'Estou tentando fazer uma transferência bancária e meu aplicativo está dando erro. Consegue fazer para mim?',
    ['alt-payment-request (note)'],
  ],
  ['Can you do it for me? I will review the pull request tomorrow.', []],
  ['Could you make the payment for me through Upwork? My card is not working.', []],
  ['My brother asked: can you make a transfer for me? I said no, it was a scam.', []],
  // terms that demand a deposit as the twenty-seventh set wrote them (thirty-fourth session): "tienes que", "deberás", the
  // customer's future tense, a booking confirmed or closed with the deposit, a share at the contract's signing, a booking
  // firm only after payment, work started only after the payment is booked; an abbreviation inside the sentence
  ['Si el día está libre solo tienes que dar una paga y señal del 50% y ese día será tuyo.', ['prepayment-pressure']],
  ['Para reservar tienes que llamarnos por la mañana.', []],
  ['Deberás firmar un contrato y hacer un depósito del 50% del importe de la sala.', ['prepayment-pressure']],
  ["Le client versera 30% d'acompte lors du retour du devis.", ['prepayment-pressure']],
  ["Le vendeur prétend que je dois verser 495 euros à l'avance.", []],
  ['La reserva del mobiliario se confirma con un anticipo del 50% del total.', ['prepayment-pressure']],
  [
    'As reservas serão concluídas com o envio do comprovante de depósito do sinal de 50% do valor.',
    ['prepayment-pressure'],
  ],
  ['Para fechamento do pedido: entrada mínima de 50% do valor total.', ['prepayment-pressure']],
  ['Encomendas só serão confirmadas após a entrada de 50% do valor.', ['prepayment-pressure']],
  ['A criação das artes é iniciada somente após a contabilização do pagamento.', ['prepayment-pressure']],
  ['A entrega é feita somente após a aprovação do cliente.', []],
  ['La réservation devient ferme uniquement après paiement intégral de 200 €.', ['prepayment-pressure']],
  ['Terceiros: 50% do valor da locação quando da assinatura do contrato.', ['prepayment-pressure']],
  ['50% der Gesamtsumme (inkl. Kaution) werden direkt bei Beauftragung fällig.', ['prepayment-pressure']],
  ['Der Preis versteht sich inkl. MwSt. Die Zahlung erfolgt nach Lieferung.', []],
  // the twenty-seventh set's wrong red flags, read (thirty-fourth session): a buyer asking to be invoiced pays; a PayPal
  // address is where money goes; "vor Ort" is on the spot; a conversation named where something was agreed, a website's
  // contact section and a shop's desk address are no invitation; a ban appeal to a community's moderators asks no switch
  ['if u want to invoice me on paypal ill buy them for 165 since u wont pay ebay fees.', []],
  ['Please pay me on PayPal instead of Upwork, that way we both avoid the fees.', ['alt-payment-request']],
  ['my paypal email is: love2you71@gmail.co', []],
  ['Bezahlung mit EC-Karte vor Ort bei Abholung (hier kommen noch 1,42% Gebühr hinzu).', []],
  ['A LOCADORA cede os bens pelo prazo estabelecido em conversa de WhatsApp.', []],
  ['Conversa comigo no WhatsApp: +55 11 95555-1234', ['move-off-platform']],
  ['Você pode mandar um e-mail para contato@casaemfesta.com com o código dos produtos.', []],
  ['Manda um whats para contato, por favor.', ['move-off-platform (note)']],
  ['Escríbeme por WhatsApp o contáctame aquí.', ['move-off-platform']],
  [
    'I am writing to appeal an automatic ban on your Discord server for my account. Now I only use this new account as my primary profile. Could an administrator please review my case?',
    [],
  ],
  ['My Upwork account was banned. Please send the offer to my new account instead.', ['account-switch-request']],
  // deposits as the policy labels every set since the thirty-fourth session: kept on cancellation (a note without a sum), a
  // security deposit demanded before the hand-over; not English "caution", not a landlord's rent deposit
  ['A deposit is non-refundable.', ['prepayment-pressure (note)']],
  ['We never take deposits, and nothing is non-refundable.', []],
  ['Une caution de 300 € sera demandée lors de la réservation.', ['prepayment-pressure']],
  ['Die Kaution in Höhe von 1.000 EUR bitten wir bei Übergabe zu bezahlen.', ['prepayment-pressure']],
  ['Se requiere una fianza de 200 € para reservar la sala.', ['prepayment-pressure']],
  ['Enabling these options requires extra caution.', []],
  ['Die Mietkaution beträgt drei Monatsmieten.', []],
  // … kept in words with their own negation ("no se reembolsará", "will in no case refund"), unless the deposit is denied
  // or held in a marketplace's escrow; an advance invoice the writer sends is a demand, not the writer paying
  ['The school will in no case refund the deposit.', ['prepayment-pressure (note)']],
  ['The deposit will not be refunded.', ['prepayment-pressure (note)']],
  ['El anticipo no se reembolsará.', ['prepayment-pressure (note)']],
  ['We don’t ask for a deposit, and payments are not refundable after delivery.', []],
  ['The deposit is held in escrow and will not be refunded once the milestone is approved.', []],
  [
    'After sending the booking confirmation, we will send you an advance invoice with a booking fee of 50 euros, which must be paid within 24 hours.',
    ['prepayment-pressure'],
  ],
  ['I can send you a deposit if you need one to start.', []],
  ['Hay que depositar una fianza del 30% del importe de su pedido.', ['prepayment-pressure']],
  ['Hay que pagarles por adelantado y luego rezar.', []],
  ['For pieces $55 and up I will request a 50% deposit.', ['prepayment-pressure']],
  ['Bei Übergabe des Fahrzeugs ist eine Kaution in Höhe von € 1.500 zu hinterlegen.', ['prepayment-pressure']],
  // the marketplace named as left (the review's miss), not a job post's warning against it
  ["Let's talk outside Upwork, use the contact form on my website.", ['move-off-platform']],
  ['Vamos conversar fora da Upwork, me manda mensagem no meu site.', ['move-off-platform (note)']],
  ['If you reach out to me outside of Upwork, you will be discarded.', []],
  ['Never talk to clients outside Upwork, it breaks the terms.', []],
  ['Podemos hablar fuera de Upwork?', ['move-off-platform (note)']],
  ['Können wir außerhalb von Upwork schreiben?', ['move-off-platform (note)']],
  ['Podemos hablar mañana por la tarde sobre el proyecto.', []],
  // a money app with the marketplace's cut as the reason (a note), not a seller's terms that pay through the marketplace
  ['Pls pay me via PayPal F&F, Upwork takes 20%.', ['alt-payment-request (note)']],
  ['Zahl mir lieber per PayPal, Fiverr nimmt 20 % Gebühr.', ['alt-payment-request (note)']],
  ['I accept PayPal for direct clients; on Upwork, Upwork takes its 10% fee as usual.', []],
  // staff augmentation pitched to the reader (policy rules 31 and 49), not a writer's own team, not a tool
  [
    "Augment your team with top talent: just contact us and we'll send you the right developers.",
    ['recommends-more-workers (note)'],
  ],
  ['Verstärken Sie Ihr Team mit unseren erfahrenen Entwicklern.', ['recommends-more-workers (note)']],
  ['Refuerza tu equipo con nuestros desarrolladores senior.', ['recommends-more-workers (note)']],
  ['We want to grow our team with two more React developers.', []],
  ["This tool integrates seamlessly with your team's Slack workspace.", []],
  // the reader's computer named, then connected to as "it" (a fake support caller), not a VPN or a printer
  [
    'We have determined there is a virus on your computer. I will connect to it and fix the problem.',
    ['remote-access-request (note)'],
  ],
  ["The VPN drops every hour on my laptop. I can't connect to it from home.", []],
  ['Your laptop has a printer attached? We can connect to it over the network share.', []],
  // "hosting" named in the sentence no longer hides the deposit asked beside it (a payment plugin's "hosting" was why)
  ['Hosting is extra; please pay the 50% deposit today so I can start.', ['prepayment-pressure']], // the thirty-fourth session's review: obligations that pay nothing, a deposit refunded, not forfeited, in a marketplace's
  // escrow, a landlord's or a court's deposit, French "caution" as endorsement, an abbreviation that ends a price's
  // sentence or is spaced, the "I'll buy the equipment" scam, a ban appealed beside a switch, a third party paid, a
  // booking confirmed by e-mail, the final payment before the files, deposits that may be asked, asks the rules missed
  ['Primero tienes que aprobar el 50% de las pantallas y luego sigo con el resto.', []],
  ['Primeiro você tem que validar 50% das telas, depois eu continuo.', []],
  ['Debes revisar el adelanto del 50% del diseño antes del viernes.', []],
  ['Tienes que depositar el anticipo del 30% en Workana; la plataforma lo retiene en garantía hasta que apruebes.', []],
  ['Your $200 security deposit will be refunded in full; only the $20 cleaning fee is non-refundable.', []],
  ['Falls ich den Auftrag absage, verfällt Ihre Anzahlung von 30 % natürlich nicht.', []],
  ['Fiverr keeps the payment until delivery; the 50% deposit cannot be forfeited by me.', []],
  ['Die Anzahlung von 30 % wird von Upwork treuhänderisch verwahrt und verfällt nicht.', []],
  ['Mi casero exige una fianza de 1200 €, por eso necesito este contrato.', []],
  ['Ich habe die Kaution von 300 € letzte Woche an den Vermieter überwiesen, also brauche ich keinen Vorschuss.', []],
  ['Fue liberado bajo fianza de 10.000 euros; necesito que traduzcas la noticia al inglés.', []],
  ["Le projet bénéficie de la caution scientifique de l'INRIA, merci de nous contacter.", []],
  ["La caution de l'entreprise est nécessaire pour signer le bail.", []],
  [
    "Tout passe par Malt, frais incl. Ensuite vous m'envoyez 50 % d'acompte par PayPal avant de commencer.",
    ['prepayment-pressure'],
  ],
  [
    'I never ask for a deposit, taxes excl. Please send the 40% upfront payment to my Wise account today.',
    ['prepayment-pressure'],
  ],
  ['50 % der Gesamtsumme (z. B. für Material) werden bei Beauftragung fällig.', ['prepayment-pressure']],
  [
    "Kindly send the money through Western Union, then I'll buy the equipment for your project.",
    ['alt-payment-request (note)'],
  ],
  [
    'My old account got banned. I will appeal the ban later, for now we continue on my new account john_dev2.',
    ['account-switch-request'],
  ],
  ['El cliente pagará el anticipo del 30% a la imprenta directamente, yo no toco ese dinero.', []],
  ['La reserva del estudio se confirma con un correo electrónico y el pago se hace tras la sesión.', []],
  ['Je livre les fichiers sources seulement après le paiement final.', []],
  ['Un acompte de 30 % peut être demandé.', ['prepayment-pressure (note)']],
  ['Se puede solicitar un anticipo del 30%.', ['prepayment-pressure (note)']],
  ["You may be asked by your bank to confirm the deposit; that's normal for international transfers.", []],
  ["I'd ask for a 50% deposit to lock in your slot.", ['prepayment-pressure']],
  ['Je demanderai un acompte de 40 % pour bloquer la date.', ['prepayment-pressure']],
  ['Ich werde eine Anzahlung von 40 % anfordern.', ['prepayment-pressure']],
  ['Il faut que vous versiez un acompte de 30 % pour que je commence.', ['prepayment-pressure']],
  // a sum or a fee the reader is told to pay now or for something to come (thirty-fifth session)
  ['You must pay the transfer fee of $500 before we release your funds.', ['prepayment-pressure']],
  ['We are planning to release the first batch of the funds next week.', []],
  ['Send the $300 fee now so I can start the work.', ['prepayment-pressure']],
  ['Send the transaction with the fee set to 0.', []],
  ['Pay attention to the fees.', []],
  ['You must pay $500 now.', ['prepayment-pressure']],
  ['Sie müssen 300 Euro überweisen, damit wir beginnen können.', ['prepayment-pressure']],
  ['Tiene que pagar 300 euros para recibir el dinero.', ['prepayment-pressure']],
  ['Vous devez payer 300 euros pour recevoir le colis.', ['prepayment-pressure']],
  ['Você precisa pagar R$ 300 para liberar o pagamento.', ['prepayment-pressure']],
  ['You must pay the $20 invoice within 30 days of delivery.', []],
  ['You will need to pay $10 a month for hosting.', []],
  ['A locação foi cancelada, e ela deverá pagar 50% do valor do aluguel.', []],
  ['He must pay $500 now or the landlord evicts him.', []],
  ['You must pay $500 through Upwork before I start.', []],
  // a five-language probe of plain chat asks and their look-alikes (thirty-fifth session): "Y, not X" negates X only; "quiero /
  // quero" name the writer; a messenger named only as the reason to stay; paid first, the work after; no camera asked; PayPal
  // between friends, a gift card, Cash App, Pix outside the marketplace; control of the reader's PC without a tool; c/o, a
  // forwarder, "an folgende Adresse"; a compound account ("dein Upwork-Konto"); interviews done for the writer for a share;
  // "Ton WhatsApp ?"; a writer who pays, a booking site to build, a narrated offer refused
  ['Bezahl mich bitte in USDT, nicht per Überweisung.', ['crypto-payment-request (note)']],
  ['Quero receber em bitcoin.', ['crypto-payment-request (note)']],
  ['Quiero cobrar en bitcoin.', ['crypto-payment-request (note)']],
  ['Alguém aqui já recebeu em Bitcoins e gostaria de compartilhar?', []],
  ["My WhatsApp is broken anyway, so let's stay here.", []],
  ['Mi Telegram no funciona, sigamos por aquí.', []],
  ['Mein WhatsApp geht nicht, lass uns hier weiter schreiben.', []],
  ['My WhatsApp is broken, text me on Telegram instead.', ['move-off-platform']],
  ['Págame primero y te envío el código.', ['prepayment-pressure (note)']],
  ["Paie-moi d'abord, ensuite je t'envoie les fichiers.", ['prepayment-pressure (note)']],
  ['Primeiro você paga, depois eu faço.', ['prepayment-pressure (note)']],
  ['Zahl erst mal die Hälfte, dann fange ich an.', ['prepayment-pressure']],
  ['Deposítame 100 dólares de anticipo y arranco hoy.', ['prepayment-pressure']],
  ["I'll deliver the files once you pay the full $800.", ['prepayment-pressure']],
  ['Send the money today or I stop working on the project.', ['prepayment-pressure (note)']],
  ["I'll pay first, then you deliver.", []],
  ["Once you pay the invoice through Upwork, I'll start.", []],
  ["I'd prefer an audio-only call, no camera.", ['avoids-video (note)']],
  ['Sin cámara, por favor, solo audio.', ['avoids-video (note)']],
  ['Ohne Kamera bitte, nur Audio.', ['avoids-video (note)']],
  ['I bought a laptop without a camera, it arrived today.', []],
  ['It should be possible to answer a video call on PC with no webcam.', []],
  ['Paie-moi par PayPal entre amis plutôt que par Malt stp.', ['alt-payment-request']],
  ['Consegue pagar em gift card da Amazon?', ['alt-payment-request (note)']],
  ['can u pay me thru cashapp? $alexdev22', ['alt-payment-request (note)']],
  ['Me manda por Pix fora da plataforma?', ['alt-payment-request']],
  ['pay me on paypal pls, not upwork', ['alt-payment-request (note)']],
  ['Refunds are sent via PayPal, not Upwork.', []],
  ['I can pay you via Zelle if you prefer.', []],
  ['Déjame controlar tu PC un momento y lo arreglo.', ['remote-access-request (note)']],
  ['Puedes controlar tu PC desde el móvil con esta app.', []],
  ['Schick mir deine TeamViewer-ID und das Passwort.', ['remote-access-request']],
  ['Ich übernehme die Kosten für Ihren Computer.', []],
  ['Mon frère cherche aussi du travail, vous auriez quelque chose ?', ['recommends-more-workers (note)']],
  ['Send the equipment c/o James Carter, 55 Pine Ave, Newark NJ.', ['ship-equipment-elsewhere']],
  ['Schicken Sie den Laptop bitte an folgende Adresse: Müllerstr. 5, 10115 Berlin.', ['ship-equipment-elsewhere']],
  ['Envoie le laptop à mon ami à Lyon, il me le fera suivre.', ['ship-equipment-elsewhere']],
  ['Our office address is c/o Regus, 5 Main St.', []],
  ['Ich zahle dir 30 %, wenn ich dein Upwork-Konto nutzen darf.', ['identity-rental-request']],
  ['Kannst du für mich die Vorstellungsgespräche machen? Du bekommst 30 % vom Gehalt.', ['identity-rental-request']],
  ['Kannst du für mich die Interviews mit den Nutzern machen? Ich zahle 50 € pro Stunde.', []],
  ['Mein Konto wurde gesperrt, kannst du mich über mein zweites Konto beauftragen?', ['account-switch-request']],
  ['Mi cuenta está suspendida, ¿puedes contratarme por la cuenta de un amigo?', ['account-switch-request (note)']],
  ['Ton WhatsApp ?', ['move-off-platform (note)']],
  ['Your WhatsApp API key is wrong?', []],
  ['Wir können Sie auf Wunsch auch in Bitcoin bezahlen.', []],
  ['Ich zahle jetzt die Anzahlung über den Treuhandservice der Plattform.', []],
  ['Preciso de um site de reservas onde o cliente paga um sinal na hora.', []],
  ["Quelqu'un m'a proposé de louer mon compte, j'ai refusé.", []],
  // a probe of realistic multi-sentence marketplace messages (thirty-fifth session): a payment handle is no contact; a work
  // tool's invitation, an accounts-payable address, a LinkedIn profile link and a code host's handle are no channel; paid
  // directly, not through the milestone; paid directly around the marketplace; a session code asked in a bug-fix message; the
  // laptop sent elsewhere after "the address on my profile"; the platform left with "we"; refusals of the camera in Spanish and
  // Portuguese
  // (a red flag since the fiftieth session: the roommate's Zelle address is the account to be paid into)
  ['Send it by Zelle to my roommate, his email is tom.k@gmail.com', ['alt-payment-request']],
  ['I use PayPal for invoices; to talk, my email is dan.k@gmail.com', ['move-off-platform']],
  ['Please pay me via PayPal Friends & Family instead of Upwork, saves us both fees.', ['alt-payment-request']],
  ['Please pay the fees now, it saves us both time.', ['prepayment-pressure (note)']],
  ['Hello, please email the invoice to ap@brightline.io and cc me.', []],
  ['Bitte schick die Rechnung an buchhaltung@nordwind.de, das ist unsere Kreditorenadresse.', []],
  ['Email me at ap.kumar@gmail.com', ['move-off-platform']],
  [
    "Hi, thanks for hiring me! For the Slack and Jira invites you can use my email, lena.kowalski@gmail.com. I'll accept them as soon as they arrive.",
    [],
  ],
  ['Für die Jira-Einladung kannst du meine E-Mail nehmen: lena.kowalski@gmail.com.', []],
  ['Email me at lena.kowalski@gmail.com, Slack is slow.', ['move-off-platform']],
  ["Hi, here's my LinkedIn: linkedin.com/in/arjun-mehta.", []],
  ['Message me on LinkedIn: linkedin.com/in/arjun-mehta', ['move-off-platform']],
  ['Sure, I can add the repo. My handle is @jwong.', []],
  ['About the repo: my handle is @jwong, ping me on Telegram.', ['move-off-platform']],
  ['However, I need 50% upfront before I start, paid directly, not through the milestone.', ['prepayment-pressure']],
  ['I need 50% upfront through the milestone.', []],
  [
    'Maybe next month we can skip the platform and you just wire the money to me directly?',
    ['alt-payment-request (note)'],
  ],
  ["Tu peux me faire un virement directement sur mon compte, je t'envoie mon RIB.", ['alt-payment-request (note)']],
  ['Você me paga o resto direto pelo PayPal?', ['alt-payment-request (note)']],
  ['Upwork pays me directly to my bank account every week.', []],
  ['Please send the files directly to my account manager.', []],
  ['Can i send payment directly to your bank account ?', []],
  [
    "Hi, I'm ready to start on the bug fixes. Please install AnyDesk and send me the access code.",
    ['remote-access-request'],
  ],
  ['AnyDesk crashes with an error when I send the access code to my colleague. Any fix?', []],
  [
    "Hello, I got the email from IT about the laptop. Please don't send it to the address on my profile; send it to this address instead: 1427 Oak St, Columbus, OH, c/o James Miller.",
    ['ship-equipment-elsewhere (note)'],
  ],
  ['Könnten Sie mir Ihre private E-Mail-Adresse geben?', ['move-off-platform']],
  ['Dann bleiben wir außerhalb der Plattform in Kontakt.', ['move-off-platform']],
  ['Scammers ask you to keep the conversation outside the platform.', []],
  ['Wir halten Ihre Kontaktdaten privat und bleiben mit Ihnen in Kontakt.', []],
  ['Olá, prefiro não fazer chamadas de vídeo, fico mais à vontade no chat.', ['avoids-video (note)']],
  ['No me siento cómodo encendiendo la cámara, espero que no sea problema.', ['avoids-video (note)']],
  ['Wir können Sie auf Wunsch auch in Bitcoin bezahlen.', []],
  // a review of the session's readings against their look-alikes (thirty-fifth session): a cost paid to a third party or by the
  // writer, a user's in-app price, "once you send me the brief", a product's "pays first", the number "Zahl", an overdue
  // invoice; the employer's own shipping; a client hiring a recruiter; the writer as the client; a voice job's post; a camera
  // required; a work tool's invite or "stay here" beside another channel asked; a platform's slow payout as the reason; an
  // echoed ask refused; warnings and refusals with their own negation
  ['You will need to pay $99 to Apple for the developer account before I can publish the app.', []],
  ["I need to pay $30 for the stock photos before I can use them; I'll add that to the invoice.", []],
  ['Sie müssen die 29 € für die Domain selbst bezahlen, damit ich sie einrichten kann.', []],
  ['Users must pay $4.99 to unlock the full version of the app.', []],
  ['Pay the $350 filing fee on the USPTO website and send me the receipt.', []],
  ["Once you send me the brief, I'll start on the first drafts.", []],
  ['El cliente paga primero y luego recibe el enlace de descarga.', []],
  ['Gib zuerst die Zahl ein und dann das Passwort.', []],
  ["Send the payment today or I'll pause the work, the invoice is 30 days overdue.", []],
  ['Wir schicken den Laptop an folgende Adresse: Hauptstr. 12, 50667 Köln (aus Ihrem Profil). Passt das?', []],
  ["Please take good care of the laptop, it's company property. We'll send it on Monday.", []],
  [
    'Kannst du für mich die Vorstellungsgespräche führen? Ich zahle dir 40 € pro Stunde, ich suche zwei Entwickler.',
    [],
  ],
  // (the client hires from its own new profile: no switch — the fifty-fourth session)
  ['Ich werde Sie über mein neues Profil beauftragen.', []],
  ['Die Firma wird die Kosten für Ihren Rechner übernehmen.', []],
  ['Vou acessar sua máquina virtual na AWS amanhã.', []],
  ['Buscamos locutor: sin cámara, solo voz. Envía una muestra por favor.', []],
  ['Sin cámara no podemos seguir con la entrevista, por favor enciéndela.', []],
  ['Prefiro não usar vídeo no banner do site.', []],
  ['For the Jira access use my email john.k@gmail.com, and WhatsApp me at +1 415 555 0199.', ['move-off-platform']],
  ['We can chat here, but Telegram is way faster. Do you have it?', ['move-off-platform']],
  ["I will send you the invoice; pay it via Wise outside the platform, it's cheaper.", ['alt-payment-request']],
  [
    'Upwork pays me only after 10 days, can you pay me through Cash App instead? $jdev99',
    ['alt-payment-request (note)'],
  ],
  ["Let's talk on my LinkedIn: linkedin.com/in/arjun-mehta, I'm more active there.", ['move-off-platform']],
  [
    "I don't use PayPal, but my email address is dan.k@gmail.com, send the project details there.",
    ['move-off-platform'],
  ],
  ["Your Telegram? Sorry, I don't use it, Upwork chat is fine.", []],
  ['Your number? You mean the invoice number?', []],
  ["We'll be in touch with the private beta invite next week.", []],
  ['Nunca pague via PayPal amigos e familiares, você perde a proteção.', []],
  ["Don't pay me with Cash App, please use the Upwork milestone.", []],
  ['Krypto nehme ich, ehrlich gesagt, nicht.', []],
  ['Quero entender como receber em bitcoin, tem algum tutorial?', []],
  ['Um cliente queria me contratar pela conta de um amigo e eu recusei.', []],
  // (the marketplace named between: the thirty-fifth session's probe, "seen, not fixed")
  ['Sigamos el contrato en la cuenta de Upwork de mi amigo.', ['account-switch-request (note)']],
  ["Let's move the contract to the Upwork account of my brother.", ['account-switch-request (note)']],
  // (a video made as the work, guests brought to a party: the thirty-fifth session's probe, "seen, not fixed")
  ["I'm not comfortable with the video editing part, but the rest is fine.", []],
  ['No tengo experiencia en edición de video, pero aprendo rápido.', []],
  ['Ich kann keinen Videoschnitt, nur Fotos.', []],
  ['No puedo hacer video hoy, solo chat.', ['avoids-video (note)']],
  ['Can I bring two friends to the launch party?', []],
  ['I can bring two friends to help with the project.', ['recommends-more-workers (note)']],
  // A battery of 320 passages written blind to the rules and labelled by the labelling policy (thirty-sixth session): a deposit
  // "sent today" is asked, not sent; rule 49's adverts; a friend's account or a relative's name after the writer's own is lost;
  // the reader to receive the laptop and send it on; a handle after a word of reaching (rule 51); an account used for a share
  // in Portuguese; "pra minha mãe"; the writer paying ahead (a note no longer)
  ['I need a 50% deposit sent today before I start.', ['prepayment-pressure']],
  ['HERE IS YOUR PAYMENT DETAILS FOR THE FIRST £US5000.00 SENT TODAY.', []],
  [
    'Hire dedicated React Native developers from CodeNest — scale your team in 48 hours.',
    ['recommends-more-workers (note)'],
  ],
  ['Contrate desenvolvedores dedicados da DevSul e monte seu time em 72 horas.', ['recommends-more-workers (note)']],
  ['We hire dedicated developers for long-term projects.', []],
  ['Hire a developer to build your app.', []],
  [
    'Me bloquearon la cuenta de Workana. ¿Podemos seguir el proyecto con la cuenta de un amigo?',
    ['account-switch-request (note)'],
  ],
  [
    'Minha conta no 99Freelas foi suspensa, podemos continuar pelo perfil de um amigo meu?',
    ['account-switch-request (note)'],
  ],
  [
    'Mon compte a été restreint, on peut continuer le projet sous le nom de mon associé ?',
    ['account-switch-request (note)'],
  ],
  [
    "My Freelancer profile is restricted right now, so I'll send you the invoice under my brother's name, Daniel Reyes.",
    ['account-switch-request (note)'],
  ],
  ["L'accès est restreint aux membres.", []],
  [
    "The company will send me a laptop but I'm travelling right now, can you receive it at your address and forward it to me?",
    ['ship-equipment-elsewhere (note)'],
  ],
  [
    'La empresa me va a mandar un portátil pero no puedo recibirlo en mi dirección, ¿podrías recibirlo tú y reenviármelo?',
    ['ship-equipment-elsewhere (note)'],
  ],
  ['Puedes recibir documentos de varias autoridades como la Comisión Nacional del Agua.', []],
  ["The company will send me the laptop next week, I'll set it up myself.", []],
  ['reach me: @quietmaple_77', ['move-off-platform']],
  ['Pour me joindre : leamorel_dev', ['move-off-platform']],
  ['Contact: John', []],
  ['contact: v2.3 release notes', []],
  ['eu uso sua conta do Upwork para trabalhar e você fica com 25%.', ['identity-rental-request']],
  ['Uso tu cuenta de correo para enviarte el contrato.', []],
  // ("tarjetas regalo" without "de" stays unread: a pinned look-alike tells how buyers are pressed — tests/rules)
  ['Si no tienes PayPal, puedes pagarme con tarjetas regalo de Amazon, me vale igual.', []],
  ['Manda o PIX pra minha mãe.', ['alt-payment-request (note)']],
  ['Vou levar o presente pra minha mãe.', []],
  [
    "We're happy to pay the first month upfront if that makes you more comfortable — just say the word and I'll fund it today.",
    [],
  ],
  ['Si quieres, te pago la mitad por adelantado para que empieces tranquilo.', []],
  ["On peut vous régler la moitié d'avance si vous préférez, aucun souci de notre côté.", []],
  // A second battery labelled blind by the policy, of marketplace conversations (thirty-sixth session): the remote session's code
  // asked with the German verb last; the laptop farm (the reader receives the machine, keeps it on, the writer connects from
  // afar); "em casa" where the equipment is named; the money in the writer's account before the work (rule 46); a video call
  // pushed with answers in writing meanwhile; calls and video refused together; "can you hire him too?"
  [
    // (red since the fifty-sixth session: "mir die ID … schicken" asks the code as "send me the ID" does)
    'Am einfachsten wäre es, wenn Sie kurz AnyDesk installieren und mir die ID plus Passwort schicken, dann richte ich die Umgebung direkt bei Ihnen ein.',
    ['remote-access-request'],
  ],
  [
    "Would you be able to receive the laptop for me and keep it plugged in and online? I'd connect remotely to work.",
    ['remote-access-request', 'ship-equipment-elsewhere'],
  ],
  [
    'A empresa vai me mandar um notebook, mas não posso receber em casa. Você pode receber pra mim e deixar ligado na internet? Eu acesso remoto.',
    ['remote-access-request', 'ship-equipment-elsewhere'],
  ],
  ["Please keep the server running over the weekend, I'll connect remotely on Monday to deploy.", []],
  // A third and fourth battery labelled blind by the policy (thirty-seventh session): remote access with no tool named — the
  // writer getting onto the reader's machine, a remote-support link to accept, the session's ID read out or needed, the
  // machine kept on in French and German ("l'ordi", "lass … an") and the writer working on it from here
  [
    "Let me hop on your machine real quick and I'll show you where the config lives, just click 'allow' when the prompt pops up.",
    ['remote-access-request (note)'],
  ],
  [
    'Déjame conectarme a tu compu un rato, solo tienes que aceptar cuando te salga la ventanita.',
    ['remote-access-request (note)'],
  ],
  ['Me deixa controlar sua tela rapidinho? Vou te mandar um código, é só aceitar.', ['remote-access-request (note)']],
  [
    'Please download a quick-support app and read me the ID and password so I can jump on your machine.',
    ['remote-access-request'],
  ],
  [
    'Ist bei dir die Fernwartung schon eingerichtet? Dann brauch ich deine ID und das Kennwort.',
    ['remote-access-request'],
  ],
  [
    "Est-ce que tu pourrais laisser l'ordi allumé cette nuit ? Je me connecterai dessus pour finir la migration.",
    ['remote-access-request (note)'],
  ],
  [
    'Lass den Rechner heute über Nacht an, dann log ich mich ein und lass die Builds durchlaufen.',
    ['remote-access-request (note)'],
  ],
  // (the laptop received for the writer is ship-equipment-elsewhere's too since the forty-first session: the two back each other)
  [
    "Could u receive the work laptop for me and just leave it running? I'll handle everything remotely.",
    ['remote-access-request', 'ship-equipment-elsewhere'],
  ],
  ["I'll work on your screen designs tomorrow.", []],
  // Identity rental in other words (same batteries): the reader's share read once (lib/text/share.ts: "send u 25%", "partage
  // 70/30", "ich teile die Einnahmen", "100 usd por semana"), someone else's account by other words, the reader's identity or
  // details used for a verification or an account, an account in the reader's name the writer runs, interviews "on behalf of
  // our developers"
  [
    'My upwork account got suspended. Can i work through ur account? I will do all the work and send u 25% every week',
    ['account-switch-request', 'identity-rental-request'],
  ],
  [
    'Hat jemand ein verifiziertes Konto, über das ich weiterarbeiten kann? Ich teile die Einnahmen fair.',
    ['identity-rental-request'],
  ],
  ['Je travaille sous ton nom, partage 70/30.', ['identity-rental-request']],
  [
    'Can I use your details for the verification step on the freelance site? Account would be in your name, I do the jobs.',
    ['identity-rental-request'],
  ],
  [
    'Se você topar, eu uso teus dados pra abrir a conta no Upwork e te repasso 25% todo mês.',
    ['identity-rental-request'],
  ],
  [
    'Part-time job: join technical interviews on camera on behalf of our developers. $50 per interview.',
    ['identity-rental-request', 'avoids-video'],
  ],
  ['We use your details only to send the invoice.', []],
  // More workers offered in other words (same batteries): the writer's people by whatever word and their joining the work;
  // people a firm provides, counted
  [
    'Mis compas de la uni también programan en Python, si te hace falta más gente te los paso.',
    ['recommends-more-workers (note)'],
  ],
  [
    'If your roadmap grows, my colleagues in Android and backend can come on board quickly.',
    ['recommends-more-workers (note)'],
  ],
  [
    'Ein befreundeter Backend-Entwickler und eine Designerin aus meinem Netzwerk könnten kurzfristig mit einsteigen.',
    ['recommends-more-workers (note)'],
  ],
  [
    'Ich bringe außerdem zwei Kollegen mit, mit denen ich seit Jahren zusammenarbeite.',
    ['recommends-more-workers (note)'],
  ],
  [
    'Tenho uma equipe de quatro devs que pode entrar no seu projeto caso precise acelerar as entregas.',
    ['recommends-more-workers (note)'],
  ],
  ['We can provide 3-5 engineers for your project within one week.', ['recommends-more-workers (note)']],
  ['Can you check if there is room for two more of my devs?', ['recommends-more-workers (note)']],
  ['My colleague can join the call on Monday.', []],
  ['How long would it take to design this system if I assign five programmers to it?', []],
  ['Mes collègues peuvent vous proposer un devis demain.', []],
  // Equipment taken in for a writer who cannot receive it, read over two sentences; the writer's colleague in other words; the
  // reader passing it on; a company phone, a monitor (same batteries)
  [
    "They will send me a work laptop but I'm abroad right now and can't receive it. Could you receive it at your place and keep it connected?",
    ['ship-equipment-elsewhere'],
  ],
  [
    'La empresa me va a enviar un portátil pero no puedo recibirlo en mi país. ¿Puedes recibirlo tú y dejarlo encendido?',
    ['ship-equipment-elsewhere'],
  ],
  [
    'Cuando te llegue el ordenador del cliente no lo abras: lo recoge un compañero mío el lunes.',
    ['ship-equipment-elsewhere (note)'],
  ],
  ['Das Firmenhandy, das du bekommst, gibst du bitte an meinen Cousin weiter.', ['ship-equipment-elsewhere (note)']],
  ["We'll ship the laptop next week. Let me know when you receive it.", []],
  // Video avoided in other words (same batteries)
  [
    'I communicate exclusively through written messages. No voice or video calls, thanks for understanding.',
    ['avoids-video (note)'],
  ],
  ['Atendo somente por e-mail. Não faço chamadas de voz nem de vídeo.', ['avoids-video (note)']],
  ["Je bosse qu'à l'écrit, pas d'appels ni de visio, désolé — tout par mail.", ['avoids-video (note)']],
  ['the cam thing is a no for me, cultural reasons. voice only or chat pls', ['avoids-video (note)']],
  [
    'Sorry, my mic and cam are both acting up on this laptop. Could you send the questions in writing?',
    ['avoids-video (note)'],
  ],
  ['Can we push the video part to next week? Meanwhile happy to answer anything by text.', ['avoids-video (note)']],
  ['The video player is acting up in Safari.', []],
  // A money app with the marketplace named as not the way, asked of the reader
  [
    // (red since the fifty-sixth session: "plutôt que par la plateforme" sets the marketplace aside as "rather than" does)
    'Pour ce versement, tu peux passer par Wise plutôt que par la plateforme ? Ça nous évite les 20 % de frais.',
    ['alt-payment-request'],
  ],
  ['We pay our vendors via Wise instead of the platform we used before.', []],
  // A deposit charged or asked in the first person (same batteries)
  ['I charge a 40% deposit.', ['prepayment-pressure']],
  [
    'For a project this size I ask for a $300 retainer before kickoff, credited against the final invoice.',
    ['prepayment-pressure'],
  ],
  ['Pra começar eu cobro um sinal de 40%, o resto na entrega.', ['prepayment-pressure']],
  ['Cobro un anticipo del 40%.', ['prepayment-pressure']],
  ['My bank charges a fee on every deposit.', []],
  ['Eu sempre cobro no primeiro dia do mês seguinte o valor referente as sessões do mês.', []],
  ['The retainer agreement is attached.', []],
  // A coin set apart as the preferred way, or with a discount, in a seller's impersonal terms (a battery labelled blind by the policy)
  ['Payment: USDT or BTC preferred (5% discount), bank transfer also accepted.', ['crypto-payment-request (note)']],
  [
    'Webdesign ab 490 €. Zahlung bevorzugt in USDT oder ETH, dafür gibt es 10 % Rabatt.',
    ['crypto-payment-request (note)'],
  ],
  ['Pagamento preferencialmente em USDT, com 5% de desconto.', ['crypto-payment-request (note)']],
  ['Bitcoin price drops 5% after the ETF news; analysts expect a discount on miners.', []],
  // "are you on …?" in chat spelling (a battery labelled blind by the policy)
  ['hey man, u on tg? way easier to send screenshots there. @codewolf_88', ['move-off-platform (note)']],
  ['r u on telegram?', ['move-off-platform (note)']],
  ['I saw you on LinkedIn yesterday.', []],
  ['Thank you, on Telegram the bot works now.', []],
  // What a fresh-eyes review of the session found these readings raising on ordinary text (each now silent)
  ['The code is fully documented, so other developers can easily take over later if needed.', []],
  ["I'll loop in my colleague from accounting so she can sort out the invoice.", []],
  ['Our developers can start reviewing your pull request tomorrow morning.', []],
  ["My colleague will cover for me while I'm on vacation next week.", []],
  ['You will work closely with developers from our team in Berlin.', []],
  ['Mi compañero terminó el informe ayer, te lo paso mañana.', []],
  ["I'd happily recommend you to a friend who runs an e-commerce shop.", []],
  [
    "You'll get a 10% discount if you book both projects. Just share your Shopify store details and I'll handle the whole setup.",
    [],
  ],
  [
    "Agreed, let's do a 50/50 split of the hosting costs. Please create your account on AWS and I'll handle the configuration.",
    [],
  ],
  ["I'm the project manager. On behalf of our developers I'll attend the weekly calls and send you a summary.", []],
  ['Estou gravando os vídeos sem microfone externo.', []],
  ["The camera in the conference room keeps glitching, let's use room B.", []],
  [
    "Thanks for shipping the laptop! Unfortunately I'm away Monday and can't receive it. Could you hold it until Wednesday?",
    [],
  ],
  ['Our IT team will send the company phone to our assistant in Madrid.', []],
  ["I'll need your Apple ID and password to publish the app on the App Store.", []],
  ['During the workshop I can get on your laptop to help you install Python.', []],
  ['The Google Ads account will be in your name, I just manage the campaigns for you.', []],
  ['We will use your details to set up your account on our portal.', []],
  ["I'm on a retainer with another agency, so I need to check my availability first.", []],
  [
    'My account was restricted for a week. Is there anyone here with a verified account who knows how long the review takes?',
    [],
  ],
  ["My account is blocked, so I'm using my brother's name on the invoices.", []],
  ['Send the 300 USD in USDT to my Binance Pay ID. Or PayPal.', ['crypto-payment-request']],
  ["I'd rather get paid in USDT. Bank transfer is possible as well.", ['crypto-payment-request (note)']],
  // Another's account after the writer's own is lost, in other words (same batteries)
  [
    'Mi cuenta está suspendida, pero podemos seguir con la de mi primo, yo hago todo el trabajo igual.',
    ['account-switch-request (note)'],
  ],
  [
    "My account is under review and I can't send proposals for a while, so I'll apply using my teammate's name — would that work for you?",
    ['account-switch-request (note)'],
  ],
  [
    'Mein Account ist seit heute eingeschränkt. Ich schick dir das Angebot vom Profil eines Kumpels, passt das?',
    ['account-switch-request (note)'],
  ],
  ['My account was suspended last year; I use their profile templates now.', []],
  ['The laptop is new. I cannot receive calls today. Could you receive it anyway?', []],
  ['Someone with an Upwork account asked me about the rates.', []],
  ['The account is in your name, so only you can change the password.', []],
  ['I need to get into your account settings to fix this.', []],
  ['Lass das Licht im Büro an, ich logge mich morgen ein.', []],
  ["I'll handle everything remotely, no need to travel.", []],
  [
    'La empresa me va a mandar una computadora pero no la puedo recibir en mi dirección.',
    ['ship-equipment-elsewhere (note)'],
  ],
  ["I can't get any work done at home, too noisy.", []],
  ['No puedo recibir visitas en casa esta semana.', []],
  ["My laptop is old. I can't get good wifi at home.", []],
  ['Sobald die erste Hälfte auf meinem Konto ist, fange ich an.', ['prepayment-pressure (note)']],
  ['Apenas me caiga el pago a mi cuenta arranco con el diseño.', ['prepayment-pressure (note)']],
  ['Assim que cair o Pix da entrada eu começo, tá?', ['prepayment-pressure (note)']],
  ["Once the payment clears on Upwork I'll start the next milestone.", []],
  [
    'Hey, can we push the video call to next week? Meanwhile happy to answer everything here in chat.',
    ['avoids-video (note)'],
  ],
  [
    '¿Podemos dejar la videollamada para la próxima semana? Ando sin buena conexión, mientras tanto te respondo todo por escrito.',
    ['avoids-video (note)'],
  ],
  ["Can we reschedule the video call to Tuesday? Meanwhile I'll send the agenda here.", []],
  [
    "Before we start, just to set expectations: I don't do calls, phone or video. All communication is via email only.",
    ['avoids-video', 'move-off-platform'],
  ],
  [
    'Para que lo sepas desde el inicio: no hago llamadas ni videollamadas, toda la comunicación es únicamente por correo electrónico.',
    ['avoids-video (note)'],
  ],
  [
    'Un amigo mío también es desarrollador Flutter y está muy interesado en tu trabajo, ¿lo podrías contratar a él también?',
    ['recommends-more-workers (note)'],
  ],
  [
    'Um colega meu viu sua vaga e ficou super interessado, você pode contratar ele também?',
    ['recommends-more-workers (note)'],
  ],
  [
    'Recrutez une équipe dédiée de développeurs PHP à Madagascar : 3 devs seniors disponibles dès la semaine prochaine.',
    ['recommends-more-workers (note)'],
  ],
  ['Could you hire the designer too? She did great work.', []],
  // (the interviews taken "as me")
  [
    "bro I have an interview with a US client tmrw and my english accent is not good. can you join the zoom as me and answer the tech questions? I'll pay you $100 and do the actual job myself",
    ['avoids-video', 'identity-rental-request'],
  ],
  ['Can you join the zoom call at 3?', []],
  // A fresh-eyes review of the day's readings (thirty-sixth session): what they first found too wide
  ['You will attend the same client meetings as me and take notes.', []],
  ["You'll join the Zoom calls as well as me, we work together as a team.", []],
  ["You would lead the client calls, and I'll do the actual work myself on the backend.", []],
  [
    'If you need to reschedule the Zoom call, just let me know. In the meantime, feel free to ask anything here in the chat.',
    [],
  ],
  ["I'll record a video report of the bug. Until then, I'll keep you posted in the chat.", []],
  ["I will push the video to YouTube tonight. For now, I'll send you the draft by email.", []],
  ["We work remotely as a distributed team. Let's keep it on schedule.", []],
  ['I work remotely from Lisbon. Please keep them updated on the progress of the laptop order.', []],
  ['The budget is approved and your deposit was sent today.', []],
  ['Contact: sales_team for the invoice.', []],
  ["My laptop is fine. I can't receive calls at home, the signal is bad, so let's write here.", []],
  ["Sorry, I can't do the video-editing part, but the rest is fine.", []],
  ["Dès réception de l'acompte, je commence.", ['prepayment-pressure (note)']],
  ['Sobald die erste Hälfte der Übersetzung fertig ist, beginne ich mit dem Lektorat.', []],
  ["Engagez notre équipe de développeurs dès aujourd'hui.", ['recommends-more-workers (note)']],
  ['Usé la cuenta de un amigo para probar la app.', []],
  // Thirty-eighth session: a discount offered to the reader for a coin is the coin asked for (policy rule 14) — not a
  // seller's terms that name no reader, nor a discount for a bank transfer or the coin alike (rule 55)
  ['If you pay in USDT I can give you a 10% discount.', ['crypto-payment-request']],
  ['Te hago un 10% de descuento si pagas en USDT.', ['crypto-payment-request']],
  ['Wenn du in USDT zahlst, gebe ich dir 10 % Rabatt.', ['crypto-payment-request']],
  ['If you pay in USDT instead of card I give you 10% off.', ['crypto-payment-request']],
  [
    'We accept BTC, ETH and USDT, and you save 10% off your order when paying in crypto.',
    ['crypto-payment-request (note)'],
  ],
  ['Payment: USDT or BTC preferred (5% discount).', ['crypto-payment-request (note)']],
  ['We offer you a 5% discount when you pay by bank transfer or in Bitcoin.', ['crypto-payment-request (note)']],
  // … money to the writer's people by the payment systems' own verbs ("faz o PIX", "haz el Bizum"), and the writer paying
  // their own people is no ask
  ['Faz o PIX na conta da minha mãe.', ['alt-payment-request (note)']],
  ['Haz el Bizum al 655 55 98 76, sale a nombre de Marta Gil.', ['alt-payment-request']],
  [
    "Could you pay the setup invoice to my brother-in-law's account? He handles all my billing.",
    ['alt-payment-request (note)'],
  ],
  ['Je préfère que tu règles sur le compte de ma copine, le mien est à découvert.', ['alt-payment-request (note)']],
  ['I pay my brother every quarter.', []],
  ['I pay my accountant every quarter.', []],
  // (… but a remark about paying one's own people does not cancel an ask in the same sentence: a review of the day's readings)
  [
    "We pay our team weekly; send the payment to my partner's Payoneer account instead of Upwork.",
    ['alt-payment-request'],
  ],
  ['My accountant receives all payments and will confirm once your invoice is paid.', []],
  // (Bizum named beside a phone number does not make the number a payee: the invitation stays one)
  ['Llámame al 612345678 y lo hablamos fuera de la plataforma, también tengo Bizum.', ['move-off-platform']],
  ['Mi cuñado vive en Madrid y trabaja de contable.', []],
  // (a background video is part of the work, not a call)
  ['Faço a edição sem vídeo de fundo, só com as imagens que você mandar.', []],
  // (the reader as the one who cannot, as a condition: the writer offers the call)
  ['If you are unable to do lessons in person, we can consider online lessons by Zoom.', []],
  ['Si no puedes hacer videollamada, podemos hablar por chat.', []],
  ["Sorry, I can't do video calls, if you don't mind we chat here.", ['avoids-video (note)']],
  // An organisation's role address (policy rule 12), also spelled out or with a prefix, is its desk — a hunt for false alarms on
  // published business pages (thirty-eighth session); the writer's own ("Escríbeme a", "Contact me:", "Send me a PM at") is not
  ['E-mail volunteer [at] bsidessf.com if you have questions.', []],
  ['Shoot us an email at sponsors@bsidessf.org.', []],
  ['Am besten per E-Mail an bremen-info@freifunk.net.', []],
  ['Envíe un correo detallando el problema a soporte.lamanovisible@unmsm.edu.pe.', []],
  ['Escríbeme a hola@miweb.com', ['move-off-platform']],
  ['Contact me: hello@maria-design.com', ['move-off-platform']],
  ['Send me a PM at hello@lambertxx.ca', ['move-off-platform']],
  ['email me at hello@gmail.com', ['move-off-platform']],
  // (a greeting or a shop word before the "@" is no desk: one-person businesses write hello@ and shop@ for themselves)
  ["Write to hello@janedesigns.com and we'll continue outside Upwork.", ['move-off-platform']],
  // (a form's dummy address, a third party's privacy policy, a signal that is no messenger: bench/benign-web's pages)
  ['Note: although the email is required, feel free to use anonymous@anon.com if you wish to remain anonymous.', []],
  [
    'Weitere Informationen hierzu finden Sie in der Datenschutzerklärung von Facebook unter https://www.facebook.com/about/privacy/.',
    [],
  ],
  ['Let’s dive right into our first view signal to get a feel for it.', []],
  ['add me on signal', ['move-off-platform']],
  ['Lass uns auf WhatsApp weiterschreiben.', ['move-off-platform']],
  // (arrears and cancellation fees are owed after the work, no demand before it)
  ['Bei Zahlungsverzug werden Verzugszinsen in Höhe von 2% über dem Basiszinssatz fällig.', []],
  [
    'Wird der Vertrag unter 48 Stunden vor dem geplanten ersten Leistungsdatum gekündigt, verpflichtet sich der Kunde 100% der vertraglich geregelten Vergütung als Ausfallgebühr an den Dienstleister zu zahlen.',
    [],
  ],
  ['Die Anzahlung von 30 % ist vor Projektbeginn fällig, bei Zahlungsverzug ruht die Arbeit.', ['prepayment-pressure']],
  [
    'Bitte überweisen Sie vorab 50 % des Honorars, bei Zahlungsverzug werden Verzugszinsen fällig.',
    ['prepayment-pressure'],
  ],
  // (a video named only as a recording refuses no call)
  ["We won't cover that package in the video.", []],
  ['Wir setzen zum Einbinden von Videos den Anbieter YouTube ein, die Daten werden nicht ausgewertet.', []],
  ["I can't do video, sorry.", ['avoids-video (note)']],
  ['No puedo hacer video, todo está explicado en el video que te mandé.', ['avoids-video (note)']],
  ['Si no puede aceptarlo, lo siento, pero no hago videollamadas ni enciendo la cámara.', ['avoids-video (note)']],
  [
    'I understand the situation, so if you are unable to do lessons in person we can consider online lessons by Zoom.',
    [],
  ],
  ['Se você não puder aceitar sem vídeo, tudo bem, eu não ligo câmera.', ['avoids-video (note)']],
  ['Não consigo aparecer no vídeo hoje.', ['avoids-video (note)']],
  // (French idioms with "compte" are no account)
  [
    'La DINUM prête assistance à l’Administration pour répondre aux demandes, en tenant compte de la nature du traitement.',
    [],
  ],
  ['Tu peux me prêter ton compte Malt ? Je te donne 20 %.', ['identity-rental-request']],
  // thirty-ninth session (the tuning text's misses): the whole price named as the share to pay ahead is as concrete as "100 %"
  // — a red flag; rights passed once all is paid, "total or partial", the whole price on delivery, asked or already paid are not.
  ['Full payment is required before I start.', ['prepayment-pressure']],
  ['Payment in full upfront please, then I begin.', ['prepayment-pressure']],
  ['El pago completo deberá realizarse antes de empezar el trabajo.', ['prepayment-pressure']],
  ['Le paiement intégral est exigé avant le début de la prestation.', ['prepayment-pressure']],
  ['O pagamento integral deve ser feito antes do início do serviço.', ['prepayment-pressure']],
  ['Die vollständige Zahlung ist vor Arbeitsbeginn fällig.', ['prepayment-pressure']],
  // (rights passed once all is paid: a note in the thirty-ninth session, nothing since the fortieth — pinned below)
  ['La réservation devient ferme après le paiement total ou partiel de la prestation.', ['prepayment-pressure (note)']],
  ['Full payment on delivery.', []],
  ['Do you need full payment upfront?', ['prepayment-pressure (note)']],
  ['I paid the full amount upfront last time.', []],
  // … demanded or made the terms, not told, offered, reported, generalised or refunded (a review of the change: these were notes
  // and stay notes)
  [
    "Hi! I'd love to take on the project. My terms: full payment before I start, via Wise. Let me know!",
    ['prepayment-pressure'],
  ],
  [
    'Bonjour, pour ce projet je demande le paiement intégral avant de commencer, par virement.',
    ['prepayment-pressure'],
  ],
  ['El pago se realiza íntegramente antes del inicio.', ['prepayment-pressure']],
  ["I'll send the full payment before the deadline on Friday, as agreed.", ['prepayment-pressure (note)']],
  // (told of a previous freelancer: nothing since the fifty-first session — "the previous freelancer" frames reported speech)
  ['The previous freelancer wanted full payment before starting, so we cancelled.', []],
  [
    'Muchos freelancers piden el pago completo por adelantado, y eso asusta a los clientes.',
    ['prepayment-pressure (note)'],
  ],
  ["If I cancel before the session, you'll get your full payment back.", ['prepayment-pressure (note)']],
  ['You can pay the total fee before the course or in three monthly instalments.', ['prepayment-pressure (note)']],
  // "before" also as "préalablement à", "de manera previa a", "con anterioridad a", "previamente a" (thirty-ninth session);
  // sessions, meetings and "realización" are no service of their own (tried and taken back after a review: "vor der Sitzung",
  // "avant la séance du conseil", "antes da realização do pagamento final" read as payment ahead)
  ['Le paiement se fait préalablement à la prestation.', ['prepayment-pressure (note)']],
  ['El anticipo del 50% se abonará de manera previa a la realización del trabajo.', ['prepayment-pressure']],
  ['El pago se realiza con anterioridad a la entrega.', ['prepayment-pressure (note)']],
  ['Avant la séance du conseil, le solde du compte était de 20 000 €.', []],
  ['Vor der Sitzung prüfen wir den Betrag der offenen Rechnungen (ca. 30 % des Umsatzes).', []],
  ['Antes da realização do pagamento final de 50%, você aprova o trabalho entregue.', []],
  ['Au début de la mission, 20 % du temps sera consacré à l’audit.', []],
  ['You pay $80 after the session, not before the session.', []],
  ['Bitte prüfen Sie die Zahlen vor der Sitzung: der Umsatz lag bei 5.000 €.', []],
  ['La sesión se graba con anterioridad a la publicación.', []],
  ['Previo a la sesión, envíame tus dudas por aquí.', []],
  // the whole amount as the payment and the French imperative were tried and taken out by a second review ("Der Gesamtbetrag
  // … beträgt 900 €", "Réglez les derniers détails avant le début"): misses again
  ['The whole amount has to be transferred before I begin the work.', []],
  ['Der Gesamtbetrag ist vor Beginn der Arbeiten fällig.', []],
  ["L'intégralité du prix est payable à la commande.", ['prepayment-pressure']],
  ["Réglez 50 € avant la prestation, s'il vous plaît.", []],
  ['Réglez les derniers détails avec moi avant le début du projet.', []],
  ['Hallo, bitte teilen Sie mir den Gesamtpreis vor Projektbeginn mit.', []],
  ['Please confirm the total price before we start and whether it includes revisions.', ['prepayment-pressure (note)']],
  ['I will send the full payment before Friday, please start the work.', []],
  ['You have to pay the full price before I start your commission.', ['prepayment-pressure']],
  ['Vous payez après la prestation, jamais avant la prestation.', []],
  ['The total amount was calculated before the project started.', []],
  ['Der Gesamtbetrag wird nach Abnahme fällig.', []],
  ['Je tiens à vous payer avant notre arrivée.', []],
  // a share of the time or of a budget spent is no share of pay (a review of the thirty-ninth session)
  // the whole price in more words (a review's misses)
  ['Le règlement intégral est exigé avant le début des travaux.', ['prepayment-pressure']],
  ['Der gesamte Betrag muss vor Beginn bezahlt werden.', ['prepayment-pressure']],
  ['A totalidade do valor deve ser paga antes do início.', ['prepayment-pressure']],
  ['La totalidad del importe debe abonarse antes de empezar.', ['prepayment-pressure']],
  ['At the start of the project, 20% of the time goes to research.', []],
  // "contacted" is a past or a passive, as "contactó" is: an article's or a story's, no invitation (thirty-ninth session)
  [
    'A recruiter contacts you via a LinkedIn message and invites you to apply for a job. You could also be contacted over LinkedIn and told you have been hired.',
    ['move-off-platform (note)'],
  ],
  ['I contacted him on WhatsApp yesterday.', []],
  // guides and advice for freelancers: the reader (or freelancers) as the one paid in crypto, a tip to peers, "when clients
  // agree to deposits" (a hunt for false alarms on hiring advice, thirty-ninth session)
  [
    'However, if you are able to understand the risks and take a careful approach to accepting crypto payments while freelancing, you might benefit.',
    [],
  ],
  [
    'Il se peut que certains de vos clients vous aient déjà demandé si vous acceptiez les paiements en crypto-monnaies.',
    [],
  ],
  ['Los freelancers que eligen recibir pagos en USDT no necesitan preocuparse.', []],
  ['I am accepting crypto payments now, USDT TRC20 preferred.', ['crypto-payment-request (note)']],
  [
    'Uma dica estratégica é cobrar um percentual do valor como sinal, algo como 30% ou 50% antes de iniciar o trabalho.',
    [],
  ],
  // ("when clients agree", "your quotes" and a tip that does not charge were tried as advice and taken out by a second review:
  // "One tip is that a 50 % deposit is required before work starts" is the writer's own term)
  [
    'When clients agree to deposits or full payment before work starts, the need to chase invoices drops.',
    ['prepayment-pressure (note)'],
  ],
  ['One tip is that a 50% deposit is required before work starts.', ['prepayment-pressure']],
  ['As shown in your quotes, a 40% deposit is required before the project begins.', ['prepayment-pressure']],
  // (a crypto payee that is the reader, but money asked of the reader in the message: the task scam, a second review)
  ['You receive your commission in USDT. Deposit 100 USDT to unlock level 2.', ['crypto-payment-request']],
  ["Vous acceptez de régler en crypto ? Envoyez 300 USDT à l'adresse indiquée.", ['crypto-payment-request']],
  ['To lock in the project and kickoff date, I require a 50% deposit up front.', ['prepayment-pressure']],
  ['I can be contacted on WhatsApp at +1 555 201 3344.', ['move-off-platform']],
  ['Zu Beginn des Projekts fließen 20 % der Zeit in die Recherche.', []],
  // (money said to go to something was tried as no pay and taken out: "I need 50 % before the start; it goes to buying
  // materials"; the budget sentence stays a red flag, as before the session)
  ['Antes del proyecto, el 30% del importe del presupuesto se destinó a publicidad.', ['prepayment-pressure']],
  ['I need 50% before the start; it goes to buying materials.', ['prepayment-pressure']],
  ['At the start of the project, 20% of the time goes to research and a 30% deposit is due.', ['prepayment-pressure']],
  // a crypto note names who pays whom: the writer as the one paid or the reader as the one who pays (fortieth session, the
  // hunt's crypto guides: "we'll cover", "I recommend", "cobrar por tu trabajo", "vous régler" name people, but as the paid)
  ["Here, we'll cover the pros and cons of taking payment in crypto.", []],
  [
    'I have been accepting BTC for more than 4 years and I have not had any problems, but I recommend that you first know how it works.',
    [],
  ],
  [
    'La segunda gran ventaja es la estabilidad; cobrar por tu trabajo en criptomonedas estables permite escapar a las crisis.',
    [],
  ],
  ['Comment proposer à vos clients de vous régler avec des bitcoins ?', []],
  ['Nos últimos anos, as criptomoedas emergiram como uma solução para pagamentos internacionais.', []],
  ['O USDT oferece pagamentos rápidos, baratos e estáveis quando sua moeda local está perdendo valor.', []],
  ['Payments can be made in US dollars or USDT.', []],
  // (… and its look-alikes that name a role: the writer paid, the writer's terms, the reader paying, a proposal to both)
  ["J'accepte uniquement les paiements en USDT.", ['crypto-payment-request (note)']],
  ['Ich möchte in Bitcoin bezahlt werden.', ['crypto-payment-request (note)']],
  ['Können Sie das Geld über Bitcoin senden?', ['crypto-payment-request (note)']],
  ['Pouvez-vous nous payer en USDT ?', ['crypto-payment-request (note)']],
  ["Vous pouvez m'envoyer le paiement en bitcoins.", ['crypto-payment-request (note)']],
  [
    'if ur ok with it we could do the payments in USDT on Binance — no middleman, instant.',
    ['crypto-payment-request (note)'],
  ],
  ['pay in crypto, save 5%.', ['crypto-payment-request (note)']],
  // (a possessive names the writer as paid only on what a payment goes to: not "our guide"; the reader's clients pay the reader)
  ['Check out our guide to accepting crypto payments.', []],
  ['Avec cette solution : Vous permettez à vos clients de payer en bitcoin, en toute légalité.', []],
  [
    'btw would it be ok if the final payment came as USDT? bank fees are killing me here. I can send you my TRC20 address',
    ['crypto-payment-request (note)'],
  ],
  ['Bitcoin goes to our wallet, see the invoice.', ['crypto-payment-request (note)']],
  // (a review of the change: the roles widened — the writer wanting, using or billing, the reader asked whether a coin suits,
  // a proposal to switch, terms said of the payment; a story's perfect and "we must take it into account" stay out)
  ["I'd like to receive payment in Bitcoin.", ['crypto-payment-request (note)']],
  ["I'd be paid in USDT, right?", ['crypto-payment-request (note)']],
  ['We invoice in USDT after the first milestone.', ['crypto-payment-request (note)']],
  ['Wir bevorzugen Zahlungen in USDT.', ['crypto-payment-request (note)']],
  ["J'aimerais être payé en USDT.", ['crypto-payment-request (note)']],
  ['Nosotros cobramos en bitcoin.', ['crypto-payment-request (note)']],
  ['Hi! Quick question before we start — is USDT ok for you?', ['crypto-payment-request (note)']],
  ['Would you be open to paying via crypto?', ['crypto-payment-request (note)']],
  ['Wäre eine Zahlung in Bitcoin für Sie möglich?', ['crypto-payment-request (note)']],
  ['¿Te parece bien USDT para el pago?', ['crypto-payment-request (note)']],
  ['Can we switch the payment to crypto for the next milestones?', ['crypto-payment-request (note)']],
  ['Können wir die Zahlung in USDT abwickeln?', ['crypto-payment-request (note)']],
  [
    'Die Bezahlung erfolgt in USDT, die Wallet-Adresse bekommen Sie nach Auftragsbestätigung.',
    ['crypto-payment-request (note)'],
  ],
  ['About payment, USDT is the best option because my country has restrictions.', ['crypto-payment-request (note)']],
  [
    'Nowadays, Bitcoin is one of the most popular forms of payment on the Internet, therefore we must take it into account as freelance workers.',
    [],
  ],
  ['can we do something to get a lil crypto stash for bounties and tips plz..', []],
  // ("paid" after "get" or "be" is a passive to come, not a deed told: fortieth session)
  ['Can I get paid in USDT like last time?', ['crypto-payment-request (note)']],
  ['I got paid in USDT last week.', []],
  // (kindly, and a question of the payment itself: the first review's backlog)
  ['Kindly make payment in USDT.', ['crypto-payment-request (note)']],
  ['Could the payment be done in USDT?', ['crypto-payment-request (note)']],
  ['Is there a way to get paid in crypto instead?', ['crypto-payment-request (note)']],
  ['Is there a way to buy bitcoin with PayPal?', []],
  // (a second review: the writer paid in the passive, terms of a salary, a comfort; guides stay out)
  ['Kann ich in USDT bezahlt werden?', ['crypto-payment-request (note)']],
  ['Puis-je être payé en bitcoin ?', ['crypto-payment-request (note)']],
  ['Usually I’m paid in USDT, does that work?', ['crypto-payment-request (note)']],
  ['Salary is paid in USDT every two weeks.', ['crypto-payment-request (note)']],
  ["I'd be more comfortable with USDT as payment.", ['crypto-payment-request (note)']],
  ['Dans cet article, nous verrons comment se faire payer en bitcoin.', []],
  ['In diesem Beitrag erklären wir, wie Freelancer Zahlungen in Bitcoin annehmen.', []],
  // asking for a deposit as a topic, or put to the reader as the one who asks: guides for freelancers (fortieth session)
  ['For brief tasks, asking for full payment in advance is common.', []],
  ['Is it normal to ask for a deposit before starting freelance work?', []],
  ['Verlangt ihr bevor ihr beginnt eine Anzahlung ?', []],
  ['Solicitar formas de pago por adelantado teletrabajando es algo que muy pocos freelancers hacen.', []],
  ['Es ist üblich, vor Projektbeginn eine Anzahlung zu verlangen.', []],
  ['Do you charge a deposit before you start?', []],
  // (… but a please or an imperative in the sentence still asks, and a gerund said to be nothing is a freelancer's own terms:
  // a review of the change)
  ['Asking for a deposit is standard, so please send it before Monday.', ['prepayment-pressure (note)']],
  ['Eine Anzahlung zu verlangen ist normal, bitte überweisen Sie sie vor Montag.', ['prepayment-pressure (note)']],
  ['Requesting payment upfront before starting.', ['prepayment-pressure (note)']],
  ['Asking for payment in advance this time, hope you understand.', ['prepayment-pressure (note)']],
  // (a second review: a requirement, a must, a sum, a permission asked or the writer's own "here" keep it)
  ['Charging a deposit is required before starting.', ['prepayment-pressure (note)']],
  ['Pedir um sinal é normal, você precisa pagar 50% antes de começarmos.', ['prepayment-pressure (note)']],
  ['Is it okay to ask for a deposit before starting?', ['prepayment-pressure (note)']],
  ['Asking for an upfront payment is standard procedure here. Kindly proceed.', ['prepayment-pressure (note)']],
  [
    'All rights pass to the client upon full payment; please pay the full amount now so I can start.',
    ['prepayment-pressure (note)'],
  ],
  // (… and its look-alikes: the writer's ask, a term that someone may ask, a demand beside the topic)
  ['We ask for a 50% deposit before we start.', ['prepayment-pressure']],
  ['La empresa podrá pedir el pago anticipado del total del evento.', ['prepayment-pressure (note)']],
  ['I need to ask for a deposit before I start.', ['prepayment-pressure (note)']],
  ['Before starting, asking for a deposit is standard here: please pay 50% upfront.', ['prepayment-pressure']],
  // rights or ownership passed once all is paid ask nothing ahead — unless the sentence says ahead (fortieth session)
  [
    'Upon receipt of full payment, Developer assigns to Client all rights, title, and interest in the deliverables.',
    [],
  ],
  ['Die Nutzungsrechte gehen erst nach vollständiger Zahlung auf den Kunden über.', []],
  ['Full payment upfront, then I transfer all rights to you.', ['prepayment-pressure (note)']],
  // the phone offered as the channel of the talk itself, no number printed: policy v2.14 reading 66, a note (fortieth session)
  ['We can arrange in person meetings or by telephone.', ['move-off-platform (note)']],
  ['Gerne werde ich Sie telefonisch kontaktieren.', ['move-off-platform (note)']],
  ['Gerne können wir das auch telefonisch besprechen.', ['move-off-platform (note)']],
  ["I'd love to discuss this over the phone.", ['move-off-platform (note)']],
  ['Je vous recommande fortement un entretien préalable par téléphone ou en visio.', ['move-off-platform (note)']],
  ['¿Podemos hablar por teléfono mañana?', ['move-off-platform (note)']],
  ['Posso te ligar? Podemos conversar por telefone.', ['move-off-platform (note)']],
  // (… not a transaction's medium, a story, a refusal or a tool's callback; a number given makes it a red flag)
  ['Termine müssen mindestens 24 Stunden vorher telefonisch abgesagt werden.', []],
  [
    'El cliente puede solicitar un presupuesto a través del formulario de contacto, correo electrónico o llamada telefónica.',
    [],
  ],
  ['Pour une pré-inscription, n’hésitez pas à prendre contact par téléphone.', []],
  ['He called me by phone and asked for my ID.', []],
  ["I won't discuss this over the phone.", []],
  ['Prior to version 2.2, you can use the afterScroll callback function.', []],
  ['Happy to jump on a phone call — my number is +1 415 555 0134.', ['move-off-platform']],
  // (a review of the change: the offers proposals close with, the talk about money or a booked call; the phone as the work,
  // as the talk with the client's customers, a language skill or a way to dial into a meeting is none)
  ["I'm available for a phone call at your convenience to discuss my approach.", ['move-off-platform (note)']],
  ['I look forward to discussing this with you over the phone.', ['move-off-platform (note)']],
  ['Können wir kurz telefonieren?', ['move-off-platform (note)']],
  ['Hätten Sie Zeit für ein kurzes Telefonat?', ['move-off-platform (note)']],
  ['Seriez-vous disponible pour un appel téléphonique demain ?', ['move-off-platform (note)']],
  ['¿Tienes tiempo para una llamada telefónica?', ['move-off-platform (note)']],
  ['Gostaria de falar com você por telefone.', ['move-off-platform (note)']],
  ['Happy to discuss payment terms by phone.', ['move-off-platform (note)']],
  ['Feel free to book a phone call with me, I’m flexible this week.', ['move-off-platform (note)']],
  ['I can implement phone call recording for your CRM.', []],
  ['Gerne baue ich Ihnen eine Rückrufbitte-Funktion in den Shop ein.', []],
  ['As your VA I can make and receive calls and talk to suppliers by phone.', []],
  ['I can speak English fluently, on the phone and in writing.', []],
  ['If the video fails I can call in by phone, the meeting stays on Zoom.', []],
  ['Puedes hablar con nuestros clientes por teléfono en inglés.', []],
  // (a second review: a call agreed or held before, a call found difficult, someone else's call; more offers)
  ['As discussed on the phone, please find the revised proposal attached.', []],
  ['Wie in unserem Telefonat vereinbart, bitte hier die Details.', []],
  ["I'm hard of hearing, so phone calls are difficult for me; please write here.", []],
  ['Do you have any notes from your phone call with the designer?', []],
  ['Vielen Dank für das nette Telefonat gestern, gerne schicke ich Ihnen die Unterlagen hier.', []],
  ['Sollen wir kurz telefonieren?', ['move-off-platform (note)']],
  ['¿Hablamos por teléfono mañana?', ['move-off-platform (note)']],
  ['On pourrait en parler au téléphone ?', ['move-off-platform (note)']],
  ['Let me know if a phone call works for you.', ['move-off-platform (note)']],
  ['Can I call you over the phone to explain my approach?', ['move-off-platform (note)']],
  // (a refusal said far from the camera or the call word was tried as none and taken back by a second review: German says it
  // at the clause's end, asides and relative clauses stand between — fortieth session)
  [
    'Ich kann meine Kamera bei unseren wöchentlichen Besprechungen mit dem ganzen Team leider nicht einschalten.',
    ['avoids-video (note)'],
  ],
  [
    'Regarding the video interview you mentioned for Friday, I’m afraid I won’t be able to join it.',
    ['avoids-video (note)'],
  ],
  [
    "I really can't, honestly, whatever you offer me, and for many reasons, do any kind of video call.",
    ['avoids-video (note)'],
  ],
  ['Eine Kamera habe ich leider nicht.', ['avoids-video (note)']],
  ["I can't stay longer on the video chat because of the low wifi subscription", ['avoids-video (note)']],
  // forty-first session: a plain negation ("can't", "nicht", "no tengo", "without") refuses the camera only where it governs it —
  // in its clause and within seven words or through a verb of taking part, held open by an aside, or set after it where it ends
  // the clause or a pronoun stands for it. Refusals kept:
  ['A video call is something I can’t do.', ['avoids-video (note)']],
  ['La caméra, je ne peux pas l’allumer.', ['avoids-video (note)']],
  ['Eine Kamera habe ich an meinem Arbeitsrechner im Moment leider keine.', ['avoids-video (note)']],
  ['Zoom calls every morning I cannot do.', ['avoids-video (note)']],
  ['Camera: I won’t turn it on, I work text-only here, thanks for understanding.', ['avoids-video (note)']],
  ['I won’t be able to join any of the daily standups with video this month.', ['avoids-video (note)']],
  ['I don’t have access right now to a laptop with a working webcam.', ['avoids-video (note)']],
  ['A chamada de vídeo que o seu cliente quer fazer amanhã, sinceramente, eu não posso.', ['avoids-video (note)']],
  ['Estou num lugar sem luz boa e minha câmera é bem ruim.', ['avoids-video (note)']],
  ['Peut-on faire l’entretien par chat plutôt qu’en visio ?', ['avoids-video (note)']],
  // … and none where the negation is about something else (a specs search, a database table, a bug, a tool's output):
  ['I can’t find the specs of the iPhone internal speaker and mic, so I don’t know what the hard limits are.', []],
  [
    'This means that we don’t have to have a separate table in our database for an EventComment or a VideoComment for example.',
    [],
  ],
  ['I can’t hear her audio at all, nor do I see an empty black camera window.', []],
  ['It takes --video, needs no prompt, and returns a text score plus a report link rather than generated media.', []],
  ['Tô editando o vídeo e não tenho a logo em alta, pode me mandar?', []],
  // forty-first session: payment taken, accepted or collected upfront is the writer's term
  ['I only take payment upfront.', ['prepayment-pressure (note)']],
  ['We accept payment in advance by bank transfer.', ['prepayment-pressure (note)']],
  ['Payment upfront only.', ['prepayment-pressure (note)']],
  ['Erst die Zahlung, dann fange ich an.', ['prepayment-pressure (note)']],
  ['I never take payment upfront.', []],
  ['Do you take payment upfront?', []],
  ['Most freelancers I know take payment upfront.', []],
  // forty-first session, the fourth battery's misses (written and labelled blind by the policy): the stand-in at the video calls,
  // a profile lent, a session's code read out, a machine left on, parcels forwarded — the advisory's own schemes
  [
    'Du würdest nur die Videocalls machen, unter meinem Namen, ich sitz daneben und schreib dir die Antworten.',
    ['avoids-video', 'identity-rental-request'],
  ],
  [
    'Te propongo algo: yo hago las entregas con tu perfil y tú solo das la cara en las videollamadas. Mitad y mitad.',
    ['avoids-video', 'identity-rental-request'],
  ],
  [
    'Preciso de alguém que faça as entrevistas por mim, de câmera ligada; eu passo as respostas técnicas pelo chat. Pago bem.',
    ['avoids-video', 'identity-rental-request'],
  ],
  [
    'Hi, ich hätte ein Angebot: Du stellst dein Profil zur Verfügung, ich erledige die Aufträge und du bekommst jeden Monat 30 % ab.',
    ['identity-rental-request'],
  ],
  [
    'hey, tiny favour — could I borrow your LinkedIn for a few weeks? you’d get half of the first paycheck',
    ['identity-rental-request'],
  ],
  ['Ich stelle Ihnen gerne mein Portfolio zur Verfügung.', []],
  ['You would join the client calls and I handle the backend.', []],
  ['Can I borrow your charger?', []],
  [
    'Quick one — could you install the small helper I’m sending over and tell me the 9-digit code it shows? Then I can take over.',
    ['remote-access-request (note)'],
  ],
  [
    'Oye, ¿te paso un link de soporte remoto? Le das a ‘permitir’ y lo arreglo desde aquí en dos minutos.',
    ['remote-access-request'],
  ],
  [
    'Note I’ll need to get into your PC remotely at some point to configure the printer drivers.',
    ['remote-access-request (note)'],
  ],
  ['Please leave the machine on. I’ll log in to it from here.', ['remote-access-request (note)']],
  ['Enter the 6-digit code we sent to your email to verify your account.', []],
  ['Please accept the connection request on LinkedIn.', []],
  [
    'could u receive the work laptop for me and just leave it running w/ the charger in? I’ll handle everything remotely',
    ['remote-access-request', 'ship-equipment-elsewhere'],
  ],
  [
    'Kannst du das Paket, das die Agentur dir schickt, einfach an meine Adresse in Kiew weiterschicken?',
    ['ship-equipment-elsewhere (note)'],
  ],
  ['Sie sollen die Pakete annehmen und weiterleiten, so beschreiben die Betrüger den Job.', []],
  ['Send it to my Binance ID 123456789.', ['crypto-payment-request (note)']],
  ['I lost access to my Binance ID and support does not answer.', []],
  ['My Binance ID was locked after KYC, any idea?', []],
  // (a review of the forty-first session: refusals with the camera named first and the negation going on with when or why, a
  // verb of taking part or a pronoun; "without" and its own verb; a camera called bad — not one bad for a purpose or not bad)
  ['Video calls I can’t do until next month.', ['avoids-video (note)']],
  ['Cámara no tengo en este momento, pero puedo escribir.', ['avoids-video (note)']],
  ['Concernant la caméra, je ne peux pas car je partage ma chambre.', ['avoids-video (note)']],
  [
    'Sobre la entrevista por videollamada que mencionaste, no puedo asistir por motivos personales.',
    ['avoids-video (note)'],
  ],
  ['Une webcam, je n’ai pas sur cet ordinateur du bureau.', ['avoids-video (note)']],
  ['I’d like to do the interview without turning on the camera.', ['avoids-video (note)']],
  ['Mejor por chat en vez de videollamada, gracias.', ['avoids-video (note)']],
  ['Mi cámara está mala, mejor seguimos por chat.', ['avoids-video (note)']],
  ['My camera is not bad at all, you will see me clearly on the call.', []],
  ['My camera is bad in low light, so I’ll bring extra lighting to the shoot.', []],
  ['I think the camera angle looks bad in scene 3, can you reshoot it?', []],
  ['I can’t share my screen but my camera will be on during the whole call.', []],
  ['No puedo aceptar la oferta a ese precio, pero podemos hablarlo en una videollamada.', []],
  // (payment taken upfront with an alternative beside it, or a business's "we take", is no demand)
  ['No tengo problema en encender la cámara.', []],
  ['Ich habe kein Problem damit, die Kamera einzuschalten.', []],
  ['I have no issue with turning on my camera.', []],
  ['Ich habe kein Mikrofon.', ['avoids-video (note)']],
  ['I was unable to finish the logo yesterday, but the Zoom call tomorrow is still on.', []],
  ['Delivery by Friday is not possible for me, but we can talk about a new timeline on Zoom tomorrow.', []],
  ['I’d prefer not to turn on my camera, but I can talk.', ['avoids-video (note)']],
  ['I accept payment upfront or after delivery, whatever you prefer.', []],
  ['FAQ: We take payment upfront for hosting renewals.', []],
  ['We only accept payment upfront.', ['prepayment-pressure (note)']],
  // (the fourth battery: the reader's mobile number asked in German, a personal mailbox in French, contact details as the reply)
  ['Gib mir kurz deine Handynummer, dann ruf ich dich heute Abend an.', ['move-off-platform']],
  ['Envoie-moi plutôt un mail sur ma boîte perso, je te réponds ce soir.', ['move-off-platform']],
  ['Reply with your number or email so I can send over the onboarding docs and the NDA.', ['move-off-platform']],
  ['Ma boîte perso est pleine, je vais la vider.', []],
  ['Reply with your name and the job ID.', []],
  // (a second review of the session: ordinary teamwork, costs split, a colleague interviewing a candidate, LinkedIn and 2FA, a parcel
  // of one's own, a number of years — none asks anything of the kind)
  ['Can you jump on the client call at 4? Just join with your account.', []],
  ['Die Kosten für die Software teilen wir halbe-halbe.', []],
  ['¿Puedes hacer la entrevista al candidato por mí mañana?', []],
  ['Could you borrow your LinkedIn post for our newsletter?', []],
  ['Der Kunde stellt dir ein Konto zur Verfügung.', []],
  ['Accept my connection request on LinkedIn and send me your portfolio.', ['move-off-platform']],
  ['Enter the 6-digit code from your authenticator app and I’ll finish the Stripe setup.', []],
  ['I’ll send you the AnyDesk invoice tomorrow.', []],
  ['Just leave my laptop on the desk, I’ll log in from my end later.', []],
  ['Könnten Sie das Paket an meine neue Adresse weiterleiten? Ich bin umgezogen.', []],
  ['Answer with your number of years of experience.', []],
  ['Mon mail perso est en copie, mais continuons ici sur la plateforme.', []],
  [
    'You only jump on the weekly Zoom as the developer, I’ll be texting you answers. You get 25% of my pay.',
    ['avoids-video', 'identity-rental-request'],
  ],
  // forty-second session, chat turns probed in five languages: the reader's phone number asked for, a share to be paid "before"
  // standing alone, work refused without a deposit, one friend offered — and what only looks like them
  ['Can I get your number?', ['move-off-platform']],
  ['I wondered whether I could take your number for when I get there?', ['move-off-platform']],
  ['Kann ich deine Nummer haben?', ['move-off-platform']],
  ['¿Me das tu número?', ['move-off-platform']],
  ['Tu peux me donner ton numéro ?', ['move-off-platform']],
  ['Quel est ton numéro ?', ['move-off-platform (note)']],
  ['Qual é o seu número?', ['move-off-platform (note)']],
  ['Can I get your order number?', []],
  ['¿Cuál es tu número de pedido?', []],
  ['Quel est votre numéro de commande ?', []],
  ['¿Cuál es tu correo para agregarte a la invitación de Meet del viernes?', []],
  ['In manchen Fällen geben Sie uns lediglich Ihre E-Mail-Adresse, damit wir mit Ihnen in Kontakt treten können.', []],
  ['Sie können diese Einwilligung schriftlich oder per E-Mail uns gegenüber jederzeit widerrufen.', []],
  ['Schicken Sie uns Ihre WhatsApp-Nummer.', ['move-off-platform']],
  ['Paga la mitad antes y empiezo.', ['prepayment-pressure']],
  ['Zahl mir die Hälfte vorher.', ['prepayment-pressure']],
  ['Você pode me pagar metade antes?', ['prepayment-pressure (note)']],
  ['Negação de adiantamento: rejeita pagar sequer 20–30% antes.', []],
  ['Ich zahle dir die Hälfte vorher.', []],
  ['I don’t start without a deposit.', ['prepayment-pressure (note)']],
  ['We don’t start work without a signed contract.', []],
  ['Bei Buchung kann eine Anzahlung von 30 % verlangt werden.', ['prepayment-pressure (note)']],
  ['Bei der Buchung von Stylisten kann eine Künstlersozialabgabe in Höhe von 5,8 % (Stand 2006) fällig werden.', []],
  ['I have a friend who can cover QA.', ['recommends-more-workers (note)']],
  ['Ich kann dir gern einen Freund empfehlen.', ['recommends-more-workers (note)']],
  ['Tengo un amigo que también puede trabajar en el proyecto.', ['recommends-more-workers (note)']],
  ['The code is fully documented, so other developers can easily take over later if needed.', []],
  ['I have a friend who can cover for me at the party.', []],
  // (avoids-video: a negation that takes finding or hearing, a camera word that names a link, another time or tool proposed)
  ['I can’t find the Zoom invite, can you resend it?', []],
  ['I don’t have the Zoom link yet.', []],
  ['I can’t hear you on the video call, let me reconnect.', []],
  ['I can’t make the video call at 3, can we do 4?', []],
  ['Zoom isn’t working for me today, can we use Google Meet?', []],
  ['I can’t see myself doing video calls.', ['avoids-video (note)']],
  ['I can’t turn on my camera.', ['avoids-video (note)']],
  // (the session's review: look-alikes of each new reading, and refusals that must stay)
  ['I was wondering if I could get your number?', ['move-off-platform']],
  ['Kannst du mir deine Nummer geben?', ['move-off-platform']],
  ['Je peux avoir ton numéro ?', ['move-off-platform']],
  ['Can I have your number one priority for this sprint?', []],
  ['Can I get your number for the quote?', []],
  ['Quel est votre numéro d’adhérent ?', []],
  ['¿Cuál es tu número favorito?', []],
  ['Qual é o seu número da nota fiscal?', []],
  ['Mi abuelo siempre me da su número antiguo y nunca contesta.', []],
  ['Haben Sie Ihre Telefonnummer geändert? Die Rechnung kam zurück.', []],
  ['I’ll text you on WhatsApp.', ['move-off-platform']],
  ['I’ll message you on Upwork.', []],
  ['I do not start work without a 30% deposit.', ['prepayment-pressure']],
  ['I don’t mind starting without a deposit.', []],
  ['Keine Sorge, ich fange auch ohne Anzahlung an.', []],
  ['The bank can’t process the transfer without a payment reference.', []],
  ['Manda la mitad de los archivos antes, y el resto después.', []],
  ['Con la nueva tarifa pagas un 20% más que antes.', []],
  ['Vor Beginn kann eine Anzahlung von 50 % fällig werden.', ['prepayment-pressure (note)']],
  ['I have a friend who can cover the cost of the flight, so don’t worry about it.', []],
  ['Te recomiendo un amigo que da clases de guitarra.', []],
  ['Ich kann dir gern einen Freund empfehlen, der eine tolle Ferienwohnung an der Ostsee vermietet.', []],
  ['Je peux vous recommander un ami pour la partie mobile.', ['recommends-more-workers (note)']],
  ['I don’t do video calls, can we use Skype chat instead?', ['avoids-video', 'move-off-platform']],
  ['No video call please, can we do 5 by chat?', ['avoids-video (note)']],
  ['I can’t find a good time for a video call, can we just continue here?', ['avoids-video (note)']],
  ['I can’t join the video call today, could we reschedule to Thursday?', []],
  ['Ich würde Sie niemals, ohne Rücksprache, bitten, mir auf WhatsApp zu schreiben.', []],
  ['Den Laptop an eine andere Adresse zu schicken, ohne Grund, mache ich nicht.', []],
  // (the session's second review)
  ['I don’t turn on my camera, can we use Teams?', ['avoids-video (note)']],
  ['I won’t be on video, could we reschedule to Friday?', ['avoids-video (note)']],
  ['Can I get your number for the call?', ['move-off-platform']],
  ['If I could get your number we can skip the Upwork fees.', ['move-off-platform']],
  ['¿Me das tu número y te llamo?', ['move-off-platform']],
  ['Can I get your number? I mean your Upwork contract number, for the tax form.', []],
  ['Kann ich Ihre Nummer haben? Die Auftragsnummer, meine ich.', []],
  ['I was just wondering if we could continue on WhatsApp', ['move-off-platform']],
  ['Last year I was wondering whether to move my clients to WhatsApp; I decided against it.', []],
  ['I was about to send you my Telegram, then I remembered that’s against the rules. Let’s stay here.', []],
  ['Ahora pagas la mitad de lo que pagabas antes.', []],
  ['Envíame el 50% antes y arranco.', ['prepayment-pressure']],
  ['Without a deposit I don’t start.', ['prepayment-pressure (note)']],
  ['I never start without a clear brief; no deposit needed.', []],
  ['I have a friend who can cover my shift at my day job, so I’m free on Friday.', []],
  ['Tengo un amigo que también puede venir a la fiesta del trabajo.', []],
  ['Is USDT on TRC20 okay for you?', ['crypto-payment-request (note)']],
  ['Can I get your number for the expense report? The total from the Berlin trip.', []],
  ['Can I get your number, i.e. the total hours you logged last week?', []],
  ['Can I get your number for a quick call?', ['move-off-platform']],
  // (the reviews' misses, read at the session's end: more ways to ask for a number, one person able to take a part of the work,
  // a video call called needless)
  ['Any chance I could get your number?', ['move-off-platform']],
  ['Can I get your cell?', ['move-off-platform']],
  ['Can I get your cell phone charger back?', []],
  ['Gibst du mir deine Nummer?', ['move-off-platform']],
  ['¿Me compartes tu número?', ['move-off-platform']],
  ['Tu me donnes ton numéro ?', ['move-off-platform']],
  ['C’est quoi ton numéro de client ?', []],
  ['My friend can handle QA if you need.', ['recommends-more-workers (note)']],
  ['Un amigo mío puede encargarse del QA.', ['recommends-more-workers (note)']],
  ['I don’t see the point of video interviews, my work speaks for itself.', ['avoids-video (note)']],
  ['No veo necesario hacer una videollamada.', ['avoids-video (note)']],
  ['No veo necesario editar el video.', []],
  ['Pouvez-vous me donner votre numéro d’identification fiscale pour la facture ?', []],
  ['Wie lautet Ihre Nummer im Kundenportal, damit ich das Ticket zuordnen kann?', []],
  ['I was wondering if I could get your email preferences updated, do you still want the weekly digest?', []],
  ['We were wondering if we should accept crypto payments, and decided not to.', []],
  ['Kann ich Ihre Telefonnummer haben, falls der Kurier Rückfragen hat?', []],
  ['Posso pegar seu número do pedido?', []],
  // (the session's third review: a quote's number, the phone itself, another's identifier; the call wanted; someone else's work)
  ['Can I get your number in writing before we start? Finance needs a fixed quote.', []],
  ['Can I get your number with VAT included, please?', []],
  ['¿Me pasas tu móvil? Quiero ver cómo se ve la app en una pantalla pequeña.', []],
  ['Tu me donnes ton numéro EORI ? La douane le demande pour l’envoi.', []],
  ['Posso pegar seu celular emprestado rapidinho? O meu descarregou.', []],
  ['¿Me pasas tu número? El de WhatsApp, para escribirte.', ['move-off-platform']],
  ['Can I get your cell phone number?', ['move-off-platform']],
  ['I don’t see the need to wait — let’s do the video call today.', []],
  ['I don’t see the point of a second campaign video.', []],
  ['Ich sehe keinen Sinn in einem Videocall.', ['avoids-video (note)']],
  ['My colleague can bring the signed NDA to your office before the project starts.', []],
  ['Mein Kollege kann morgen keinen Urlaub machen, weil das Projekt brennt.', []],
  ['I know a guy who can do the backend.', ['recommends-more-workers (note)']],
  ['Back in 2021 I was wondering if I could get paid in USDT on Upwork; turns out you can’t, so I stopped asking.', []],
  // (crypto: a coin that suits the writer better, asked to be fine for the reader, or paid for with a discount)
  ['If you can do ETH I’ll knock 5% off.', ['crypto-payment-request']],
  ['USDT works better for me.', ['crypto-payment-request (note)']],
  ['Would crypto be ok for you?', ['crypto-payment-request (note)']],
  ['Ich hätte es am liebsten in USDT.', ['crypto-payment-request (note)']],
  ['Is the Bitcoin price ok for you?', []],
  [
    'Laut einer Umfrage würden 29 Prozent der Freiberufler am liebsten direkt in Bitcoin oder Ethereum bezahlt werden.',
    [],
  ],
  // (forty-third session: a chat app named as the channel of the dealings — bookings, support, updates — is a note; with the
  // number in the sentence a red flag; not the app as the work, a story, a privacy page, a refusal or a channel set aside)
  ['I offer support via WhatsApp during the project.', ['move-off-platform (note)']],
  ['Is it ok if I send you the designs via WhatsApp?', ['move-off-platform (note)']],
  ['Appointments can be scheduled via WhatsApp, Instagram, email, or in person.', ['move-off-platform (note)']],
  ['Die Teilnahme ist nur nach vorheriger Anmeldung per Mail oder WhatsApp möglich.', ['move-off-platform (note)']],
  ['Te envío los avances por WhatsApp todos los días.', ['move-off-platform (note)']],
  ['Je vous envoie les maquettes par WhatsApp.', ['move-off-platform (note)']],
  ['Te mando as atualizações pelo zap.', ['move-off-platform (note)']],
  ['Suporte via WhatsApp (53) 95555-0148 durante o projeto.', ['move-off-platform']],
  ['I built a booking system that sends confirmations via WhatsApp.', []],
  ['I can build you a chatbot so customers can book via WhatsApp.', []],
  ['Do not share your OTP via WhatsApp with anyone.', []],
  ['Support via WhatsApp is not available.', []],
  ['We do not offer support via WhatsApp.', []],
  ["I'd rather keep communication here than via WhatsApp.", []],
  ['He contacted me via WhatsApp last week.', []],
  ['Evitar: mandar todo por WhatsApp sin criterio desde el inicio.', []],
  [
    'Durch die Kommunikation des Nutzers mit dem Anbieter über WhatsApp erhält auch WhatsApp die Mobilrufnummer des Nutzers.',
    [],
  ],
  ['Written-only appointments (e.g., via WhatsApp, email, or chat) are no longer supported.', []],
  // (the same session's review of it: the reader's product restated, a service to the reader's customers, a past role, a
  // status report, a review, a job ad and a scam explainer are no channel offered; more dealings and shapes are)
  ['With the new site, your clients will be able to schedule appointments via WhatsApp in two clicks.', []],
  ['Ich habe für einen Friseursalon eine Lösung gebaut, mit der Kunden Termine per WhatsApp buchen können.', []],
  ['Como assistente virtual, faço o atendimento dos seus clientes pelo WhatsApp.', []],
  ['In my last role I provided customer support via WhatsApp and Zendesk for 200+ tickets a day.', []],
  ['Les confirmations par WhatsApp sont maintenant envoyées correctement.', []],
  ['Great seller! He answered all my questions via WhatsApp within minutes.', []],
  ['Vaga: atendente para suporte ao cliente pelo WhatsApp, 6h por dia.', []],
  ['Según la policía, la banda contactaba a las víctimas por Telegram.', []],
  ['New leads are sent to your CRM by a Zap every 15 minutes.', []],
  // ("lets" with its object is the verb, not a misspelt "let's")
  ['Our app lets users book appointments via WhatsApp.', []],
  ['Lets move this to Telegram.', ['move-off-platform (note)']],
  ['I can share the mockups by WhatsApp if that’s easier.', ['move-off-platform (note)']],
  ['Mándame las fotos por wasap y te digo.', ['move-off-platform']],
  ['Une fois le contrat lancé, on communiquera par WhatsApp.', ['move-off-platform (note)']],
  ['The app lets users share photos via WhatsApp and Instagram.', []],
  ['Share the design assets with me via Discord.', ['move-off-platform']],
  ['Please send your requirements on my WhatsApp.', ['move-off-platform']],
  ['Cualquier cambio me lo pasas por Telegram.', ['move-off-platform']],
  ['Vous pouvez me transmettre les fichiers via Discord.', ['move-off-platform']],
  ['Meine Kunden schicken mir ihre Bestellungen per WhatsApp, ich brauche ein einfaches Tool.', []],
  ['Mein ESP32 schickt mir bei über 30 Grad eine Warnung per Telegram.', []],
  ['Nuestra app permite a los clientes reservar por WhatsApp.', []],
  ['Nous recevons environ 200 demandes par jour par WhatsApp.', []],
  ['Avis : très pro, tout s’est fait sur la plateforme, sans passer par WhatsApp.', []],
  // (a client's job post about its own customers writing on WhatsApp: the business, not the reader's channel — a third review)
  ['Je tiens une petite pâtisserie et mes clients m’envoient leurs commandes de gâteaux par WhatsApp.', []],
  ['Wir bekommen pro Woche etwa 50 Terminanfragen über Instagram und WhatsApp, das ist Chaos.', []],
  ['Rather than sending updates via WhatsApp, I’ll post them here every evening.', []],
  ['I’ll keep you posted via WhatsApp with screenshots every day.', ['move-off-platform (note)']],
  ['Je vous tiens au courant par WhatsApp.', ['move-off-platform (note)']],
  ['Sie erreichen mich jederzeit über mein WhatsApp.', ['move-off-platform']],
  ['We can set up our weekly meetings via Skype.', ['move-off-platform (note)']],
  ['Devis et commandes uniquement par WhatsApp.', ['move-off-platform (note)']],
  ['Soporte por WhatsApp/Email durante el desarrollo.', ['move-off-platform (note)']],
  // (the writer named as the one to receive there: a red flag, as "write me on Telegram" is; an offer to send stays a note)
  ['Please send me the files via Telegram.', ['move-off-platform']],
  ['Pásame los archivos por WhatsApp.', ['move-off-platform']],
  ['Envoyez-moi les maquettes par WhatsApp.', ['move-off-platform']],
  ['Me envia os arquivos pelo Telegram.', ['move-off-platform']],
  ['I can send you updates via WhatsApp.', ['move-off-platform (note)']],
  // (the forty-second session's review leftovers: a chain chosen for a contract, a raffle's or a shoe's number, a friend for
  // the reader's private affairs; the terse "no deposit, no work")
  ['Would Ethereum be ok for you as the chain for the NFT contract?', []],
  ['Would Ethereum be ok for you as payment?', ['crypto-payment-request (note)']],
  ['What’s your number? I need it for the raffle ticket.', []],
  ['Qual é o seu número de sapato?', []],
  ['¿Cuál es tu número? Te llamo en 5 minutos para lo de la rifa.', ['move-off-platform (note)']],
  ['Was Steuern angeht, kann ich dir eine Freundin empfehlen.', []],
  ['My friend can help with the move.', []],
  ['No deposit, no work.', ['prepayment-pressure (note)']],
  ['Keine Anzahlung, keine Arbeit.', ['prepayment-pressure (note)']],
  ['No deposit, no problem: I bill at the end.', []],
  // (forty-third session: a split whose first share is paid at the order or now, and the writer starting once a share arrives)
  ['50% on order, 50% on delivery.', ['prepayment-pressure']],
  ['50% al hacer el pedido y 50% a la entrega.', ['prepayment-pressure']],
  ['Metade no pedido e metade na entrega.', ['prepayment-pressure']],
  ['Half now, half when done.', ['prepayment-pressure']],
  ['I’ll start as soon as I receive the first 30%.', ['prepayment-pressure']],
  ['Comienzo después de recibir el 50%.', ['prepayment-pressure']],
  ['Ich fange an, sobald die Hälfte eingegangen ist.', ['prepayment-pressure']],
  ['Je commence dès réception de 50 %.', ['prepayment-pressure']],
  ['Começo assim que receber 50%.', ['prepayment-pressure']],
  ['I can pay 50% now and the rest on delivery.', []],
  ['We’ll pay 50% on order and 50% on delivery.', []],
  ['Now, 50% of users are on mobile, and half of them use iOS.', []],
  ['Get 20% off on orders over $100, and free shipping.', []],
  ['Once I receive your feedback, I’ll start the next round.', []],
  ['Je commence dès réception de vos fichiers.', []],
  ['I’ll start as soon as you fund the milestone.', []],
  // (the review of these readings: a share asked now so that the writer starts; not half of the materials, a phase delivered,
  // advice, a survey, the client's own offer, escrow)
  ['Please send 30% now so I can lock your slot and begin Monday.', ['prepayment-pressure']],
  ['Kindly release 30% advance so that I can start the work.', ['prepayment-pressure']],
  ['Faz o pix de 50% e eu começo agora.', ['prepayment-pressure']],
  ['Bitte überweisen Sie 40 % jetzt, dann lege ich heute noch los.', ['prepayment-pressure']],
  ['Merci de régler la moitié maintenant, je commence aujourd’hui.', ['prepayment-pressure']],
  ['Nach Erhalt von 50 % des Betrags beginne ich sofort.', ['prepayment-pressure']],
  ['50% payment now and the rest when the site is live.', ['prepayment-pressure']],
  ['I can start as soon as I get half of the product photos; the rest can come later.', []],
  ['Ich fange an, sobald die Hälfte der Texte eingegangen ist.', []],
  ['Começo assim que receber metade dos textos.', []],
  ['La phase 1 est livrée : 50 % maintenant, 50 % à la fin de la phase 2.', []],
  ['Pagaremos la mitad al hacer el pedido y la otra mitad a la entrega, ¿te parece?', []],
  ['Pro tip for new freelancers: ask for half now, half when done.', []],
  ['Consejo para freelancers: pedid 50% al hacer el pedido y 50% a la entrega.', []],
  ['I will send half now and the rest on delivery.', []],
  ['Sobald die Zahlung da ist, fange ich an.', ['prepayment-pressure (note)']],
  ['Una vez recibido el 50% comienzo inmediatamente.', ['prepayment-pressure']],
  ['Je lance le projet dès que les 50 % sont versés.', ['prepayment-pressure']],
  ['Versez-moi la moitié d’abord, puis je commence.', ['prepayment-pressure']],
  ['Primero me envías el 30% y arranco hoy.', ['prepayment-pressure']],
  ['Sobald die Unterlagen da sind, fange ich an.', []],
  ['Je me mets au travail dès réception de vos textes.', []],
  ['Me pasas la mitad de los textos y arranco.', []],
  ['We split it 50/50 with my partner.', []],
  // (the forty-third session's third review: the writer named by a Spanish imperative, "envíame"; a server's credentials are not a
  // community's server)
  ['Envíame los archivos por Telegram.', ['move-off-platform']],
  ['Envía los archivos por Telegram al cliente.', ['move-off-platform (note)']],
  ['Please send me the server credentials via Telegram.', ['move-off-platform']],
  ['Join the server on Discord.', ['move-off-platform (note)']],
  // (a German condition opened by its verb keeps its "nicht": the main clause is still asked for)
  ['Geht die Zahlung nicht durch, musst du mir 50 % vorab per PayPal senden.', ['prepayment-pressure']],
  ['Sollte die Zahlung nicht eingehen, ist eine Anzahlung von 50 % vor Beginn fällig.', ['prepayment-pressure']],
  ['Ist das nicht möglich, bleiben wir hier auf Upwork.', []],
  // (what people usually charge, told: a note at most; the writer's own ask beside it stays a red flag)
  [
    'Cuando la gente trabaja en local, ojo, cobran así: 50% ahora, 50% después del trabajo.',
    ['prepayment-pressure (note)'],
  ],
  ['People pay me 50% upfront, so please send 50% now before I start.', ['prepayment-pressure']],
  // (the advance fee in German and Spanish as the English reading has it: a loan's registration, a compensation held, a fee
  // "suggested"; a loan is not a trademark's "registro", and a recommendation to no one in particular demands nothing)
  ['Usted debe enviar los 450 euros para el registro del préstamo lo antes posible.', ['prepayment-pressure']],
  ['Debe pagar 450 euros para el registro de la marca antes de enviar la solicitud.', []],
  [
    'Die Bank benötigt die obligatorischen Überweisungsgebühren von 850 Euro. Sie dienen der Abwicklung der Überweisung Ihrer Entschädigungszahlung.',
    ['prepayment-pressure'],
  ],
  [
    'Ich schlage vor, dass Sie die Gebühr von 300 Euro per RIA-Geldtransfer bezahlen, damit Ihre Entschädigung freigegeben wird.',
    // (paid by a cash-transfer service, suggested to the reader: alt-payment too since the forty-ninth session)
    ['alt-payment-request', 'prepayment-pressure'],
  ],
  ['We recommend paying the membership fee by bank transfer.', []],
  ['Sobald ich Ihre Zahlung erhalten habe, fange ich an.', ['prepayment-pressure (note)']],
  // (a signal in a compound, or a "view-related signal", is no messenger; the messenger's group and number are)
  ['Durch neue Treiber tritt hoffentlich das Signal-Abbruch-Problem seltener auf.', []],
  ['Let’s do one more view-related signal to show how primitive values are handled.', []],
  ['Tritt unserer Signal-Gruppe bei, schreib mir dort.', ['move-off-platform']],
  // (a review of the forty-fourth session: the German verb-first condition only before a main clause, not in a question or
  // before a "zu" clause; what people charge weakens only where nothing is asked; a fee suggested only where the reader's money
  // is held; the reader's own refund is no marketplace's; Spanish plural and "compárteme" imperatives, Portuguese "envia-me")
  ['Hast du keine Zeit, schick mir deine AnyDesk-ID und das Passwort.', ['remote-access-request']],
  ['Ist nicht nötig, mir deine AnyDesk-ID zu schicken, ich brauche keinen Zugriff.', []],
  ['Ist es nicht einfacher, wenn du die Fragen hier stellst, statt mir auf Telegram zu schreiben?', []],
  ['Hat nicht funktioniert, dich auf Telegram zu erreichen, also schreibe ich hier.', []],
  ['Most people charge 50% upfront, so please send $500 via PayPal before I start.', ['prepayment-pressure']],
  ['Other people charge more, but I need 50% upfront.', ['prepayment-pressure']],
  ['I suggest you pay the $29 fee for the Upwork Plus plan.', []],
  ['Le recomiendo pagar la cuota anual del curso.', []],
  [
    'I highly recommend that you pay the release fee of $200 so your funds can be transferred today.',
    ['prepayment-pressure'],
  ],
  ['Um Ihre Rückerstattung freizugeben, zahlen Sie bitte die Gebühr von 50 Euro.', ['prepayment-pressure']],
  ['Refunds are processed within 5 days through the platform.', []],
  ['Envíenme los archivos por WhatsApp.', ['move-off-platform']],
  ['Pásame los documentos por Telegram.', ['move-off-platform']],
  ['Compárteme tu Telegram.', ['move-off-platform']],
  ['Envia-me os ficheiros pelo Telegram.', ['move-off-platform']],
  ['Envíame las credenciales del servidor por Telegram.', ['move-off-platform']],
  ['Send me the files on WhatsApp, I’ll review them tonight.', ['move-off-platform']],
  ['Sobald ich Ihre Zahlung erhalten habe, lege ich los.', ['prepayment-pressure (note)']],
  // (German "senden Sie" gift cards; a card the writer gives the reader is a gift; "schick mir einfach USDT")
  ['Können Sie nicht über die Plattform zahlen, senden Sie bitte Steam-Gutscheine.', ['alt-payment-request']],
  ['We will send you a gift card as a thank you.', []],
  ['Wir senden Ihnen einen Gutschein als Dankeschön.', []],
  ['Schick mir einfach USDT (TRC20).', ['crypto-payment-request (note)']],
  // (a second review: the chat app in a description of what is asked for, or refused for the platform; the marketplace refused
  // is no keeping there; a hiring decision is no switch; "que você pague" is no imperative)
  [
    'Envíenme ejemplos de los mensajes que hoy mandan por WhatsApp a sus clientes, así redacto las plantillas del bot.',
    [],
  ],
  ['Envoyez-moi des exemples des messages que vous envoyez aujourd’hui par WhatsApp, je rédige les modèles.', []],
  ['Schick mir die Dateien, die ihr per WhatsApp bekommt.', []],
  ['Envoyez-moi les documents par la plateforme plutôt que par WhatsApp, c’est plus sûr pour nous deux.', []],
  ['Envíame los archivos que me puedas enviar por WhatsApp.', ['move-off-platform']],
  ['Write me on WhatsApp, not on Telegram.', ['move-off-platform']],
  ['Send me the documents on WhatsApp, not through the platform.', ['move-off-platform']],
  ['Merci pour votre proposition, mais nous avons retenu un autre profil. Bonne continuation !', []],
  ['Sugiro que você pague a taxa do Google Play (US$ 25) para publicar o app.', []],
  ['Pague a taxa de 50 reais para liberar o seu prêmio.', ['prepayment-pressure']],
  // (text chat insisted on; a single call moved to a time the writer offers is no avoiding, a repeated one is)
  ["I can't do video calls, my camera is broken. Let's keep it to chat.", ['avoids-video (note)']],
  ['Let’s keep it in writing so we have a record of the scope.', []],
  ["I can't join the Zoom today, my internet is down in the whole neighborhood. Can we do it tomorrow morning?", []],
  ["I can't do a video call today as I'm at a family event, but tomorrow 10am EST works, or Thursday?", []],
  [
    "I can't turn on my camera today. Can we do it tomorrow? Again sorry, same issue as last week.",
    ['avoids-video (note)'],
  ],
  // (the session's ID asked in French, "envoie-moi l'identifiant", "Donne-moi ton ID AnyDesk"; a share offered for an account is no
  // platform's fee — "Rent me your Upwork account, 25% commission" — while "Upwork takes a 20% commission" is)
  ['Installe AnyDesk et envoie-moi l’identifiant pour que je configure ton poste.', ['remote-access-request']],
  ['Donne-moi ton ID AnyDesk.', ['remote-access-request']],
  ['Rent me your Upwork account, 25% commission.', ['identity-rental-request']],
  ['Ich suche jemanden, der mir sein Upwork-Konto vermietet, 25 % Provision.', ['identity-rental-request']],
  ['Upwork takes a 20% commission from your account earnings.', []],
  // (a third review: a greeting's "again" repeats nothing; a time offered for a chat or a phone call is no counter-proposal; a habit
  // refused stays; "Let's keep it to chat" is not read on its own; French "donne-moi" only with the tool; a share with "I pay a" stays
  // a share; "that you send … via WhatsApp" after a wish asks; a refusal of one messenger beside another invites; "why not" suggests)
  ['Hello again! I can’t make the video call at 3, can we do 4?', []],
  ['I don’t do video interviews, my internet is down. Can we do it tomorrow?', ['avoids-video (note)']],
  ['Let’s keep everything in chat here on Upwork so we have a written record of the scope.', []],
  ['Rent me your Upwork account, I pay a 25% commission.', ['identity-rental-request']],
  ['Payments reach your bank account within 3 days; you get 90% of the price after the 10% fee.', []],
  ['I’d prefer that you send updates via Telegram.', ['move-off-platform (note)']],
  ['Write me on WhatsApp, not on Telegram, I’m rarely here.', ['move-off-platform']],
  ['Warum schreiben wir nicht per WhatsApp statt hier?', ['move-off-platform']],
  ['Schick mir bitte die Dokumente statt per WhatsApp hier über Upwork.', []],
  ['Envíame ejemplos de los mensajes que mandas por WhatsApp a tus clientes.', []],
  ['Wir senden Gutscheine an alle Newsletter-Abonnenten.', []],
  [
    'Te mando la lista de tarjetas de regalo, cómpralas y envíame los códigos como pago.',
    // (a red flag since the forty-ninth session: the cards' codes asked for are the money handed over)
    ['alt-payment-request'],
  ],
  // (the Spanish imperatives "págame", "envíame" name who the payment is between, as "mándame" did)
  ['Págame con tarjetas de regalo de Steam.', ['alt-payment-request (note)']],
  ['Envíame el pago en tarjetas de regalo de Amazon.', ['alt-payment-request (note)']],
  // (forty-fifth session: French "envoyez-nous … à <a person's address>" as English "send your CV to" was; a greeting's or a
  // direction's mailbox is a desk; one person asking for the reader's contact details with no talk word, not a business's form)
  ['Envoyez-nous votre CV à adrien@dossierfacile.fr.', ['move-off-platform']],
  [
    'Merci d’envoyer votre candidature (CV et lettre de motivation) par mail à simon.pascaud@fun-mooc.fr.',
    ['move-off-platform'],
  ],
  ['Envoyez-nous votre CV à recrutement@acme.fr.', []],
  ['Vous pouvez envoyer un mail à l’adresse suivante : hello@ledessertdabord.fr', []],
  ['Envíe su idea a direccion.revista@unmsm.edu.pe.', []],
  ['Email me: hi@gmail.com', ['move-off-platform']],
  ['Laissez-moi vos coordonnées, je vous rappelle.', ['move-off-platform (note)']],
  ['Déjame tus datos de contacto y te escribo.', ['move-off-platform (note)']],
  ['If you are interested, please reply with contact details.', ['move-off-platform (note)']],
  ['Laissez-nous vos coordonnées, nous revenons vers vous rapidement.', []],
  // (old faults two reviews confirmed: the chat app with "use", Spanish "mándamelos", a refusal of "here" ending at a German
  // imperative's comma; the writer's talk with their own family is told, not asked)
  ['Use WhatsApp to send me the files', ['move-off-platform']],
  ['Rather than Upwork, use WhatsApp to send me the files', ['move-off-platform']],
  ['Por aquí no puedo mandar archivos, mándamelos por WhatsApp', ['move-off-platform']],
  ['Hier im Chat geht das nicht, schick mir die Dateien per WhatsApp', ['move-off-platform']],
  ['We use WhatsApp to send notifications to users', []],
  ['Most of my clients use WhatsApp to send me feedback.', []],
  ['Bitte nicht per WhatsApp, schick mir die Dateien hier', []],
  ["I'm using Telegram to talk with my family.", []],
  ['Uso WhatsApp para hablar con mi familia.', []],
  ['I use Telegram to talk with my clients, let’s talk there.', ['move-off-platform']],
  // (false alarms two reviews confirmed: a bot job's server, the writer reached right on the marketplace, a chat app's connection
  // error, a plugin's code, gift cards as a shop's feature — each beside the request it must not hide)
  ['Send me the Discord server ID and I’ll add the bot.', []],
  ['Send me the Telegram bot token so I can deploy it.', []],
  ['Send me your Discord.', ['move-off-platform']],
  ['Join the project’s Discord server so I can test the bot with you.', []],
  ['Join our Discord server, I’ll add you.', ['move-off-platform']],
  ['The best way to reach me is right here on Upwork, I get notifications on my phone.', []],
  ['Reach me here on Upwork or on WhatsApp +1 415 555 0134.', ['move-off-platform']],
  ['Envíame el mensaje de error que te sale al conectar WhatsApp.', []],
  ['Envíame un mensaje por WhatsApp.', ['move-off-platform']],
  ['Schick mir den Code für das TeamViewer-Plugin als ZIP.', []],
  ['Schick mir den TeamViewer-Code, dann verbinde ich mich.', ['remote-access-request']],
  ['We need a gift card feature in the shop: customers buy gift cards and pay with them at checkout.', []],
  ['Buy three Apple gift cards and send me the codes, my customers use them.', ['alt-payment-request']],
  // (someone else's address told, a participle telling someone's habit: the Debian text's last findings that ask nothing)
  ['Email de Esteban Tuero: ultimo.lugar@grid.f1.com', []],
  ['Email de contacto: ultimo.lugar@gmail.com', ['move-off-platform']],
  ['You could contact him directly. His email is sasi@tealorcx.com', []],
  ['My email is sasi@tealorcx.com', ['move-off-platform']],
  ['The author was incapable of expressing his wishes, preferring to communicate via e-mail.', []],
  ['I prefer to communicate via e-mail.', ['move-off-platform']],
  // (a second review of the forty-fifth session: an opener that is no one's speech, a manager who "can contact you", a messenger
  // asked in two words, the personal e-mail, payment terms and test wallets as work, a recovery phone, "give me a call", money-app
  // handles and PayPal's friends & family)
  ['That said, my WhatsApp is +1 646 555 0123 if you want quicker replies.', ['move-off-platform']],
  ['Having said that, my telegram is @lena_builds, write me there.', ['move-off-platform']],
  ['Kindly drop your whatsapp number so my manager can contact you directly.', ['move-off-platform']],
  ['Not here but on Telegram please.', ['move-off-platform (note)']],
  ['WhatsApp please, I rarely check Upwork.', ['move-off-platform']],
  ['No Telegram please.', []],
  ['The Telegram please button does not work.', []],
  ['Send your personal email.', ['move-off-platform (note)']],
  ['Never send your personal email to strangers.', []],
  ['Our app needs a prepayment flow: users pay a 20% deposit when booking a room.', []],
  ['La réservation est confirmée après paiement d’un acompte de 30 % — texte à traduire en anglais pour le site.', []],
  ['I need 50% upfront before I start.', ['prepayment-pressure']],
  ['Test wallet for the staging dApp: 0x52908400098527886E0F7030069857D2E4169EE7 (Sepolia, no real funds).', []],
  ['My wallet: 0x52908400098527886E0F7030069857D2E4169EE7', ['crypto-payment-request']],
  ['Task: replace the hardcoded WhatsApp number +55 11 91234-5678 in config.js with the one from the .env file.', []],
  [
    'Small request: our Google Workspace needs a recovery phone for your new company account, please add yours in the admin console.',
    [],
  ],
  ['Give me a call on +1 (415) 555-0198 when you have a minute.', ['move-off-platform']],
  ['send the money to cashapp $jdev2024 pls', ['alt-payment-request']],
  // (a red flag since the fiftieth session: a Venmo tag is the account to be paid into)
  ['my venmo is @dev-jake, send it there', ['alt-payment-request']],
  ['Send it via PayPal F&F please', ['alt-payment-request (note)']],
  ['Our app integrates Venmo @handles for tipping.', []],
  ['PayPal’s friends and family option has no buyer protection, so never use it for work.', []],
  // (the reader's marketplace login asked for is an account handed over; a client's shop or ads login for the work is not)
  ['Send me your Upwork password.', ['identity-rental-request']],
  ['Dame tu contraseña de Fiverr y yo me encargo.', ['identity-rental-request']],
  [
    'Schick mir deine Zugangsdaten, dann logge ich mich ein und erledige das für dich.',
    ['identity-rental-request (note)'],
  ],
  ['Never share your Upwork password with anyone.', []],
  ['Send me your Shopify login details so I can fix the theme.', []],
  ['Send me your AnyDesk password.', ['remote-access-request']],
  ['would you let my team use your upwork account to apply for jobs? we pay monthly', ['identity-rental-request']],
  [
    'Could you open a Fiverr account in your name for me? My country is not supported.',
    ['identity-rental-request (note)'],
  ],
  ['Could you open a Google Ads account in your name for the shop?', []],
  // (the review's misses in the other four languages and rules: a video call avoided or called needless, "an advance of $200",
  // a shipment refused to one place and asked to another, "Mon tel :", "On passe sur WhatsApp ?")
  ['Je préfère éviter les appels vidéo, on peut tout faire par message.', ['avoids-video (note)']],
  ['Ich möchte Videoanrufe lieber vermeiden.', ['avoids-video (note)']],
  ['No need for a video call, my portfolio speaks for itself.', ['avoids-video (note)']],
  ['The app must avoid video calls dropping when the network changes.', []],
  ['An advance of $200 is required before I begin.', ['prepayment-pressure']],
  ['We offer a cash advance of $500 to employees.', []],
  ['Don’t ship the laptop to me, ship it to my cousin.', ['ship-equipment-elsewhere']],
  ['Don’t ship the laptop to my cousin, ship it to me.', []],
  ['Mon tel : 07 81 22 43 90, appelle-moi quand tu peux', ['move-off-platform (note)']],
  ['On passe sur WhatsApp ? Ici c’est galère pour envoyer des fichiers.', ['move-off-platform (note)']],
  ['On ne passe pas sur WhatsApp, on reste ici.', []],
  // (a second review against the session's start: each new exception kept from hiding the request beside it, each new reading from
  // a look-alike)
  ['Our donation page should show our Venmo @CityFoodBank and Cash App $CityFoodBank.', []],
  ['Someone might contact you on Telegram claiming to be me; it’s not me, I only use Upwork.', []],
  ['Send the weekly sales report generated by the script every Monday morning to mark.t@acme-retail.com.', []],
  ['Le script doit envoyer un rapport quotidien par mail à l.moreau@entreprise-lemaire.fr.', []],
  ['Your website will need a 50% advance payment before I begin.', ['prepayment-pressure']],
  [
    'Install AnyDesk and send me the access code so I can look at the source code on your machine.',
    ['remote-access-request'],
  ],
  ['His email is ahmed.devs@gmail.com, contact him there for the job and payment.', ['move-off-platform']],
  ['You can reach me here, but Telegram is faster, so let’s move there.', ['move-off-platform']],
  ['Join my Discord to test the bot; all our communication happens there, not on Upwork.', ['move-off-platform']],
  ['Para a recuperação da conta, me chama no WhatsApp (11) 98765-4321.', ['move-off-platform']],
  [
    'Al configurar WhatsApp en tu teléfono nuevo, agrégame: +52 55 1234 5678 y seguimos por ahí.',
    ['move-off-platform'],
  ],
  ['Please pay me in Amazon gift cards instead of Upwork, my other clients pay that way too.', ['alt-payment-request']],
  ['Which platform do you want the ads on? Instagram please, not TikTok.', []],
  ['Find 50 bakeries in Lyon and reply with contact details (name, email, phone) in a Google Sheet.', []],
  ['Pouvez-vous me laisser vos coordonnées de facturation pour l’invoice Upwork ?', []],
  ['Falamos no Upwork sobre a integração com o WhatsApp.', []],
  ['Send me your Xero password and I’ll log in to do the monthly bookkeeping.', []],
  ['We’re a small startup that used a friends and family round to fund this app.', []],
  ['No need for Zoom, we’ll use Upwork’s built-in video call.', []],
  ['No need for a Zoom link, in the meantime we’ll use Upwork’s built-in video call.', []],
  ['Me passa sua senha do Upwork que eu envio as propostas por você.', ['identity-rental-request']],
  // the forty-fifth session's left-overs, read in the forty-sixth, with their look-alikes
  ['I need your Upwork login. Send me the password and the code you get.', ['identity-rental-request']],
  ["can u share the otp code you just got? i'm logging in on your acc", ['identity-rental-request']],
  ['Send me the password please. Your profile looks great.', []],
  ['Send me the password for the zip. I logged in to Upwork yesterday.', []],
  ['Send me the password. I will fix the theme on your Shopify account.', []],
  ['Send me your Freelancer.com password', ['identity-rental-request']],
  ['Please open a Payoneer account for me.', ['identity-rental-request (note)']],
  ['Ábreme una cuenta de Upwork, por favor.', ['identity-rental-request (note)']],
  ['I will open a Payoneer account for me to receive payments.', []],
  ['You need to create a PayPal account for me to send you the payment.', []],
  ['Can you create a Stripe account for us so I can test the integration?', []],
  ["Pas besoin d'appel vidéo, on peut avancer par écrit.", ['avoids-video (note)']],
  ["Il n'y a pas besoin de caméra pour utiliser l'application.", []],
  ['Pas ici, sur WhatsApp stp', ['move-off-platform (note)']],
  ['Not here, on WhatsApp please', ['move-off-platform (note)']],
  ["Not here, I don't use WhatsApp", []],
  ['Use Signal to send me the documents', ['move-off-platform']],
  ['Use the signal to send a notification to the server', []],
  ['Once the company sends the laptop, forward it to my cousin', ['ship-equipment-elsewhere']],
  ['The company sends the laptop to the new hire, who then forwards it to IT.', []],
  ['Could we use tether for this one? upwork fees r killing me', ['crypto-payment-request']],
  ['Could we use Solana for this one? The platform fee for the NFT mint is high.', []],
  ['Könnten Sie die Rechnung in Bitcoin begleichen?', ['crypto-payment-request (note)']],
  ['Die Rechnung ist per Überweisung zu begleichen.', []],
  ['Ich habe noch zwei Kollegen, die auch für Sie arbeiten könnten', ['recommends-more-workers (note)']],
  ['Two of my colleagues used to work with you at Google.', []],
  // copy to be written, quoted; a lead-generation task's channel
  [
    'Please write the FAQ for our help center: "If you have any problem, message us at +1 415 555 0134 on WhatsApp."',
    [],
  ],
  ['Write this copy for the landing page: "Questions? Text us on WhatsApp: +44 7700 900123"', []],
  ['Add me on Telegram @devjohn and write the footer: "Call us at 415 555 0134"', ['move-off-platform']],
  [
    'Write the text for the ad: "Hire us on Upwork". Then message me on WhatsApp +1 415 555 0134',
    ['move-off-platform'],
  ],
  ['Use WhatsApp to contact the leads from the list and send me the ones who reply.', []],
  ['Nutze WhatsApp, um die Interessenten zu kontaktieren.', []],
  ['Contact the leads by email. Then add me on WhatsApp so we can go over the results.', ['move-off-platform']],
  // a probe of realistic chat, forty-sixth session: payment around the marketplace, "so" before a request, polite asks, look-alikes
  ['can we do the payment off upwork?', ['alt-payment-request']],
  ["We can't do the payment outside Upwork, it's against the ToS.", []],
  ['could you pay me thru paypal this time? the upwork fees are killing me lol', ['alt-payment-request']],
  ['Kannst du mir das Geld per PayPal Freunde schicken? Dann sparen wir die Gebühren', ['alt-payment-request']],
  ['Pay me via PayPal please.', []],
  ["I don't check upwork often so please add me on telegram @dev_x", ['move-off-platform']],
  [
    "I'm not in the US right now so pls mail the macbook to my roommate, he'll ship it to me",
    ['ship-equipment-elsewhere'],
  ],
  ["I don't use WhatsApp so please keep everything on Upwork.", []],
  ['would it be possible to install anydesk?', ['remote-access-request (note)']],
  ['Is it possible to install AnyDesk on a Mac?', []],
  [
    'would it be ok if you paid the first week in advance? I need to cover my internet bill',
    ['prepayment-pressure (note)'],
  ],
  ['Would it be ok if I paid the first week in advance?', []],
  ['We skipped the video call last week because of the holiday.', []],
  ['Alguien me ofreció alquilar mi cuenta por 200 dólares al mes, lo bloqueé.', []],
  ['Jemand bot mir 200 Euro im Monat, um mein Konto zu mieten, ich habe ihn blockiert.', []],
  ["Quelqu'un m'a offert 200 euros pour louer mon compte.", []],
  ['Te ofrezco 200 dólares al mes por alquilar tu cuenta.', ['identity-rental-request']],
  ['Não posso falar agora, estou numa reunião', []],
  ["I can't take calls, text only please", ['avoids-video (note)']],
  ["My camera was off earlier because of a bad connection, sorry! It'll be on next time for sure.", []],
  ['please pay me via paypal to avoid the fee', ['alt-payment-request']],
  ['please pay me in usdt to save the fiverr fee', ['crypto-payment-request']],
  ['please put our whatsapp +44 7911 123456 in the header', []],
  ['Add me on WhatsApp +44 7911 123456, and put the same number in the footer', ['move-off-platform']],
  ['I got scammed by a client, so I only work with 50% upfront now.', ['prepayment-pressure']],
  ["Tu peux m'ajouter sur telegram stp", ['move-off-platform']],
  ["Il m'a ajouté sur Telegram hier.", []],
  ['no por aquí sino por whatsapp, te paso mi número', ['move-off-platform']],
  ["I can't talk here, only on WhatsApp.", []],
  ['Je préfère éviter la visio, on peut faire ça par écrit ?', ['avoids-video (note)']],
  [
    'btw if you need more devs I have 3 friends, all senior, can send you their profiles',
    ['recommends-more-workers (note)'],
  ],
  ['If you need more developers, Upwork has thousands.', []],
  ['tengo un amigo que también es diseñador, ¿lo podrías contratar también?', ['recommends-more-workers (note)']],
  ['Tengo un amigo en Madrid, lo vi ayer.', []],
  ['¿me das acceso remoto a tu compu? así lo configuro en 5 minutos', ['remote-access-request (note)']],
  ['Tu peux me donner un accès à distance à ton PC ?', ['remote-access-request (note)']],
  ['Pouvez-vous me donner accès au serveur ?', []],
  ['To fix the bug, can you install anydesk?', ['remote-access-request (note)']],
  ['I installed AnyDesk and it crashes with an error, can you help?', []],
  [
    "you'd only need to verify the account with your passport once, after that I take care of everything",
    ['identity-rental-request (note)'],
  ],
  [
    'preciso de alguém dos EUA pra abrir uma conta no seu nome, eu trabalho e a gente divide',
    ['identity-rental-request (note)'],
  ],
  [
    'would you be ok doing the video interviews with your face while I handle the coding? we split 50/50',
    ['identity-rental-request'],
  ],
  ['For the interviews, please use a headshot that shows your face clearly.', []],
  ["just share your login and the 2FA code with me, I'll manage the bids for you", ['identity-rental-request (note)']],
  ['Can we just move the payments outside of the platform from now on?', ['alt-payment-request']],
  ['Kannst du mir das Geld per PayPal schicken? Upwork-Gebühren sind zu hoch.', ['alt-payment-request']],
  ['Il me faudrait un acompte de 40% avant de commencer, par virement', ['prepayment-pressure']],
  ["Il faut compter un acompte de 30% en général, c'est l'usage.", []],
  ['para reservar tu lugar tienes que pagar una inscripción de 40 dólares', ['prepayment-pressure']],
  ['To get this job you must first buy our software license, $89, after that we onboard you', ['prepayment-pressure']],
  ['To start the project you need to purchase the hosting plan.', []],
  // The forty-seventh session: a combination is told when more of its words stand in the told frame than in the writer's own
  // clause; a request the writer makes before a frame that tells why; the forty-sixth session's avoids-video left-overs.
  ['My friend got scammed: the guy asked him to send the laptop to another address.', []],
  ['My brother got the job: the company asked him to receive laptops for other people.', []],
  ['Once the company sends the laptop, forward it to my cousin', ['ship-equipment-elsewhere']],
  ['Please pay me in USDT, my bank told me they block transfers from Upwork.', ['crypto-payment-request (note)']],
  ["Add me on Telegram, my previous client told me it's faster: @bobcat22", ['move-off-platform']],
  ['Send the laptop to my cousin, the guy said.', []],
  ["Pay me in USDT, the freelancer said, or there's no deal.", []],
  ["I'd prefer not to turn my camera on", ['avoids-video (note)']],
  ["I'd like to keep my camera on during calls.", []],
  ['voice only please', ['avoids-video (note)']],
  ['Voice only recordings are fine for the podcast.', []],
  ["video calls aren't really my thing", ['avoids-video (note)']],
  ["I'm not really a camera person, can we chat?", ['avoids-video (note)']],
  ['No video needed for this job', []],
  ['Je préfère éviter la visio le lundi, mardi ça marche ?', []],
  ['Prefiero evitar la videollamada hoy, mañana a las 10 te va bien?', []],
  ['Ich möchte Videoanrufe lieber vermeiden, morgen passt?', ['avoids-video (note)']],
  ["can we switch to my new account? i'll send you the username", ['account-switch-request']],
  ["please close this contract and rehire me on my partner's account", ['account-switch-request']],
  // (as red as the English — the fifty-fourth session's parity reading, lib/text/hired-elsewhere.ts)
  ['¿podemos pasarnos a mi otra cuenta?', ['account-switch-request']],
  ['können wir zu meinem neuen Konto wechseln?', ['account-switch-request']],
  ['I switched to my new account last year.', []],
  ["Let's switch to my new Slack account.", []],
  ['Can you move the repo to my other GitHub account?', []],
  // (a review of the forty-seventh session's first reading: 405 probes, these were worse than before it)
  ['Send the laptop to my cousin, the guy told me.', []],
  ['Pay the $200 training fee, the recruiter told me yesterday. Is this legit?', []],
  ['Add me on Telegram, the recruiter told me, then he unmatched.', []],
  ['Please add me here on Upwork, my last client told me he got scammed on Telegram.', []],
  ['Please pay me via Upwork milestones, my bank told me crypto transfers get flagged.', []],
  ['If the company sends you a laptop, give it to my friend Tom, he lives near you', ['ship-equipment-elsewhere']],
  ['Once the company sends you the laptop, hand it to my cousin', ['ship-equipment-elsewhere']],
  ['Export the podcast as audio only please', []],
  ["Voice only please, I'm driving right now", []],
  ["Videos aren't really my thing, I do static graphics and logos", []],
  ["Zoom calls aren't for me, can we use Google Meet instead?", []],
  ["I'm not a camera person, but I'll turn it on for the kickoff", []],
  ["I don't want to turn my camera on", ['avoids-video (note)']],
  ['Voice call only please, no video', ['avoids-video (note)']],
  ['Solo audio por favor', ['avoids-video (note)']],
  ["La visio c'est pas mon truc", ['avoids-video (note)']],
  ['Las videollamadas no son lo mío', ['avoids-video (note)']],
  ["I'd rather avoid the video call on Monday, Tuesday works?", []],
  ['Sin videollamadas los lunes, el martes me va bien', []],
  ['No video experience needed for this role', []],
  ['Do you want me to turn my camera on?', []],
  ['Once the company sends the laptop, just forward it to my cousin', ['ship-equipment-elsewhere']],
  ['Could you pay me in USDT, my bank told me they block transfers from Upwork', ['crypto-payment-request (note)']],
  ["Send the laptop to my brother's address, my manager told me that's fine", ['ship-equipment-elsewhere']],
  ['The CEO asked me to move our chat to Telegram, add me there: @ceo_assistant_k', ['move-off-platform']],
  ['The client asked me to move to WhatsApp, please keep everything here on Upwork.', []],
  ['He wrote that I should add him on Telegram.', []],
  ['Add me on Telegram, he wrote, and then he blocked me on Upwork.', []],
  ["Please pay me in USDT, he said it's faster.", ['crypto-payment-request (note)']],
  ['Add me on Telegram, he is my colleague.', ['move-off-platform']],
  // (a second review of the session's reading: 356 probes)
  ["Pay me upfront, the guy told me it's standard in his country. Obviously I said no.", []],
  ["Pay the fee in Bitcoin, the recruiter said it's how they verify candidates. Needless to say I blocked him.", []],
  [
    "Ship the laptop to my brother's address in Dallas, the office told me they can't deliver to my building.",
    ['ship-equipment-elsewhere'],
  ],
  ["The client asked me to move to Telegram, would you please tell me if that's allowed?", []],
  ['Las videollamadas no son lo mío, pero para la entrevista no hay problema.', []],
  ["Video calls aren't my thing either, haha, but let's do a quick one Monday.", []],
  ["Voice only please, it's a voice-over gig, no on-camera work.", []],
  ['Podemos mudar para minha nova conta do Slack?', []],
  ['Please switch to my new account on Figma, I lost access to the old one.', []],
  ['Switching to my new account was the worst decision, lost all my reviews.', []],
  [
    'Upwork support told me my account is under review, can we switch to my new account for the milestone?',
    ['account-switch-request'],
  ],
  ['I could switch to my new account if you prefer, just let me know.', ['account-switch-request']],
  ['Só áudio, por favor.', ['avoids-video (note)']],
  ["Can't do the video call today, can we do Thursday at 3pm?", []],
  ['Ich kann heute keinen Videocall machen, passt es morgen um 14 Uhr?', []],
  ["I can't do video calls, can we do Thursday?", ['avoids-video (note)']],
  [
    'Págame en USDT por favor, mi banco me dijo que bloquean transferencias de Upwork.',
    ['crypto-payment-request (note)'],
  ],
  ['Págame en USDT, el reclutador me dijo que es normal. Obviamente dije que no.', []],
  ['Add me on Telegram since my client told me he prefers it', ['move-off-platform']],
  ['Add me on Telegram since the recruiter told me to, and I did.', []],
  // a stop joined to the next sentence, and the ask after a past deed and "therefore" (the tuning text's 419 letters)
  [
    'Bear in mind that i have paid all the charges they requested,Both mailing charges and insurance.All you need to do is to pay their security keeping fee of $350 USD.',
    ['prepayment-pressure'],
  ],
  [
    'I tried to get an account from your country that will help you easily to transfer the fee to avoid much delay for your funds transfer, therefore use the below account details to transfer the fee $1080.00 usd and let me know as soon as you transfer it.',
    ['prepayment-pressure'],
  ],
  ['I tried to transfer the fee for your funds transfer, it was easy.', []],
  ['Zero start-up fee', []],
  // a request relayed to the reader (the forty-seventh session's left-overs), not one asked of the writer, a question about it,
  // advice, or someone in general
  ['My boss wants you to add him on WhatsApp, his number is +1 415 555 0100.', ['move-off-platform (note)']],
  ['Mi jefe quiere que usted le escriba por WhatsApp al +34 612 555 010.', ['move-off-platform']],
  ['Mon manager veut que vous lui écriviez sur WhatsApp au +33 6 55 50 14 92.', ['move-off-platform']],
  [
    'Die Bankleitung hat Sie schriftlich angewiesen, die Zahlung an den Vertreter in Deutschland zu leisten.',
    ['alt-payment-request (note)'],
  ],
  ['My boss asked me to add him on WhatsApp.', []],
  ['The client wants you to move to Telegram?', []],
  ['Scammers want you to add them on WhatsApp.', []],
  ['If the client wants you to move to Telegram, it is a scam.', []],
  ["My boss doesn't want you to add him on WhatsApp.", []],
  // Twitter as a channel, "mail" as the way; a profile to follow is no channel
  ['Reach me on Twitter : @owl_dev', ['move-off-platform']],
  ['Contact me for Twitter ads management.', []],
  ['Please reply me on mail thanks', ['move-off-platform']],
  ['Écrivez-moi par mail, s’il vous plaît.', ['move-off-platform']],
  ['I will send the invoice by mail.', []],
  ['Contact me if you need alerts sent via mail or push notifications in your app.', []],
  ['You should follow me on twitter : @owl_dev', []],
  ['Síguenos en Instagram @panaderia_lx', []],
  ['Follow me on Instagram and DM me there: @owl_dev', ['move-off-platform']],
  ['Follow me on Instagram and add me on Telegram: @devsam_77', ['move-off-platform']],
  ['Please follow our process: add our HR manager on Telegram @hr_jane_k to continue.', ['move-off-platform']],
  // something to be sent to the writer by e-mail, in every language (German and Portuguese were read already)
  ['Send me the details by email.', ['move-off-platform']],
  ['Envíame los detalles por correo.', ['move-off-platform']],
  ['Envoie-moi les détails par mail.', ['move-off-platform']],
  ['Send me the email template you use for clients.', []],
  ["Don't send me anything by email, keep it here.", []],
  ['Envoyez-nous votre CV par email:', []],
  // a fee asked through a request relayed to the reader
  [
    'Notre directeur vous demande de payer les frais de dossier avant la signature du contrat.',
    ['prepayment-pressure (note)'],
  ],
  ['O diretor pede que você pague a taxa de inscrição antes da entrevista.', ['prepayment-pressure (note)']],
  ['Mon client me demande de payer les frais de dossier, est-ce normal ?', []],
  ["Notre comptable vous demande de régler l'acompte de 30 % avant le démarrage.", ['prepayment-pressure']],
  ["Mon comptable me demande de régler l'acompte de 30 %.", []],
  // "therefore" opens a clause; a list after "never" keeps its negation
  ['We will never ask you to pay a fee, use crypto or move to Telegram.', []],
  // paid to the reader once the reader pays is no payout
  [
    'The funds will be released to you after you send the clearance fee to our agent in Ghana via MoneyGram.',
    ['alt-payment-request', 'prepayment-pressure'],
  ],
  // an organisation's desk rules a sentence out only where it gives nothing else to reach someone by — a handle or a webmail
  // address, not a phone number (an organisation's landline is its desk too)
  ['Impressum: Muster GmbH, Tel. +49 30 1234567, E-Mail: info@muster-gmbh.de', []],
  ['Questions? Write to support@acme.io or ping me on Telegram @lena_dev.', ['move-off-platform']],
  ['Write to info@atelier.io or WhatsApp me at +351 912 555 014.', ['move-off-platform']],
  ['For questions, write to contact@acme-studio.com or call +49 30 5555 0143.', []],
  ['Follow us on Instagram @studio_nord for behind-the-scenes content.', []],
  ['Envoyez-nous votre LinkedIn / CV à recrutement@beta.gouv.fr.', []],
  ['Write to support@acme.io or to my own address lena.dev@gmail.com.', ['move-off-platform (note)']],
  // access to the reader's computer asked with the verb ("acceder a", "acessar")
  ['Necesitamos acceder a tu equipo de forma remota.', ['remote-access-request (note)']],
  ['Precisamos acessar seu computador de forma remota.', ['remote-access-request (note)']],
  ['Necesito acceder a la base de datos de tu equipo.', []],
  ['Tenemos que acceder a tu equipo de fútbol favorito en el ranking.', []],
  ['You can start today. There is a start-up fee of $50, pay it today.', ['prepayment-pressure']],
  // a payment around the marketplace asked through a relayed request (RELAYED_ASK), the writer's to pass on — not a warning about
  // what scammers or "they" want, nor the marketplace's own rule
  ['My boss wants you to send the payment to his personal PayPal instead of Upwork.', ['alt-payment-request']],
  ['El gerente quiere que usted pague por PayPal en vez de Upwork.', ['alt-payment-request']],
  ['Mein Chef möchte, dass Sie per PayPal statt über Upwork zahlen.', ['alt-payment-request']],
  ['Scammers want you to send the payment to their PayPal instead of Upwork.', []],
  ['They want you to pay via PayPal instead of Upwork.', []],
  ['Upwork wants you to pay through Upwork, not PayPal.', []],
  // Spanish subjunctives after "que" ("necesito que instales", "quiero que me agregues"); German's verb-last Telegram number
  ['El gerente necesita que instales AnyDesk en tu computadora.', ['remote-access-request (note)']],
  ['Quiero que me agregues en Telegram: @dev_ana', ['move-off-platform']],
  ['No me agregues en Telegram, prefiero Upwork.', []],
  ['No instales AnyDesk si te lo pide un desconocido.', []],
  ['Mein Vorgesetzter möchte, dass Sie mir Ihre Telegram-Nummer schicken.', ['move-off-platform']],
  // the writer's suggestion to the reader is a request put softly (SUGGESTED_TO_READER) — not one to refuse, report or never pay
  ['I suggest you pay through Wise instead of Upwork.', ['alt-payment-request']],
  ['Te recomiendo que envíes los 300 euros por Western Union.', ['alt-payment-request (note)']],
  ["Je vous conseille d'envoyer l'argent par MoneyGram.", ['alt-payment-request (note)']],
  ['Sugiro que você pague via PayPal em vez da Upwork.', ['alt-payment-request']],
  ['I suggest you never pay through Western Union.', []],
  ['I recommend you report anyone who asks you to pay via Western Union.', []],
  ["Je vous conseille de ne jamais envoyer d'argent par MoneyGram.", []],
  ["N'envoyez jamais d'argent par MoneyGram.", []],
  ['Ich empfehle Ihnen, nicht per Western Union zu zahlen.', []],
  // requests relayed in more frames (a review of the forty-ninth session): "asked me to tell you", "me pidió que te dijera que",
  // "m'a demandé de vous dire", "hat mich gebeten, Ihnen auszurichten"; "he/she wants you to" after a named role; a fee or deposit
  // asked through a relayed or polite request; the reader's number to be sent to someone named; gift cards by store — not the
  // reader's own client's wants, everyone's, a warning that no employer will ask, a past want of the writer, a future warned of
  ['My boss asked me to tell you to message him on WhatsApp at +1 415 555 0182.', ['move-off-platform']],
  ['I talked to my manager. He wants you to contact him on Telegram: @alex_dev_pro.', ['move-off-platform']],
  ['The scam works like this: the fake client says his webcam is broken. Then he asks you to install AnyDesk.', []],
  ['Our accountant wants you to pay the setup fee of $150 upfront.', ['prepayment-pressure']],
  ['Your client wants you to pay a deposit? Run.', []],
  ["Everyone wants you to pay upfront these days, it's sad.", []],
  ['Le pido que me envíe el depósito del 30 % antes del lunes.', ['prepayment-pressure']],
  ["Je vous prie de m'envoyer l'acompte de 30 % avant lundi.", ['prepayment-pressure']],
  ['Te van a pedir que instales AnyDesk; no lo hagas.', []],
  ['Der letzte Kunde wollte, dass ich ihn auf WhatsApp hinzufüge, ich habe ihn gemeldet.', []],
  ['O último cliente queria que eu o adicionasse no WhatsApp, então denunciei.', []],
  ['Remember: a real employer will never ask you to buy gift cards.', []],
  ['Seriöse Arbeitgeber verlangen nie, dass Sie Gutscheinkarten kaufen.', []],
  ['Wenn jemand möchte, dass Sie Ihr Konto vermieten, melden Sie ihn.', []],
  ['Mein Chef möchte, dass Sie ihm Ihre WhatsApp-Nummer schicken.', ['move-off-platform']],
  ['Mi jefe pide que le mandes tu número de WhatsApp.', ['move-off-platform']],
  ['Mon chef vous demande de lui envoyer votre numéro WhatsApp.', ['move-off-platform']],
  ['Quero que você me adicione no Telegram.', ['move-off-platform']],
  ['Necesito que me pagues con tarjetas de Google Play.', ['alt-payment-request (note)']],
  ['El contador necesita que pagues por PayPal en vez de Upwork.', ['alt-payment-request']],
  ['Mi jefe me pidió que te dijera que tienes que pagar el 50 % por adelantado.', ['prepayment-pressure']],
  ["Mon chef m'a demandé de vous dire que vous devez payer 50 % d'avance.", ['prepayment-pressure']],
  [
    'Der Kunde hat mich gebeten, Ihnen auszurichten, dass Sie ihn bitte auf Skype hinzufügen: live:kunde_2024.',
    ['move-off-platform'],
  ],
  ['Nenhuma empresa séria vai pedir que você compre cartões-presente.', []],
  // polite forms of asking to be paid first or in a coin ("vous pourriez", "te importaría", "wäre es möglich, dass Sie", "would it
  // be possible to get paid in …"); the writer's own channel asked back and refused in the next breath
  ["Est-ce que vous pourriez me payer la première semaine d'avance ?", ['prepayment-pressure (note)']],
  ['¿Te importaría pagarme por adelantado la primera semana?', ['prepayment-pressure (note)']],
  ['Wäre es möglich, dass Sie vorab bezahlen?', ['prepayment-pressure (note)']],
  ['Wäre es möglich, dass Sie die Dateien vorab schicken?', []],
  ['Would it be possible to get paid in USDT?', ['crypto-payment-request (note)']],
  ["Reach me on Twitter? No, I don't use it anymore, stay here.", []],
  ["Tweet me? lol I'm not even on Twitter.", []],
  ["Reach me on Telegram? I don't use WhatsApp, but Telegram @dev_ana works.", ['move-off-platform']],
  // the second review of the forty-ninth session: relayed by "says you should", "dice que le mandes", "disse que você deve", "hat
  // gesagt, du sollst", "souhaite que tu", "pediu que você", "möchte, dass du … schickst"; not the reader's own client's wants in
  // any language, "if your boss wants you to …" and "si quelqu'un veut que …", a piece of work named by its coin
  ['My boss asked me to tell you to send the crypto wallet integration demo by Friday.', []],
  ['Falls dein Chef möchte, dass du per Western Union zahlst, ist es nicht dein Chef.', []],
  ['¿Tu cliente quiere que le pagues una tarifa antes de empezar? Huye.', []],
  ['Votre client veut que vous payiez des frais avant de commencer ? Fuyez.', []],
  ['Seu cliente quer que você pague uma taxa antes de começar? Fuja.', []],
  ["Si quelqu'un veut que vous installiez AnyDesk, refusez.", []],
  [
    'She says you should install AnyDesk so she can check the server setup on your machine.',
    ['remote-access-request (note)'],
  ],
  ['Ella dice que le mandes el dinero por Western Union a su hermana.', ['alt-payment-request (note)']],
  ['Ele disse que você deve me passar seu número de WhatsApp.', ['move-off-platform']],
  ['Il souhaite que tu lui envoies le paiement par PayPal plutôt que par Upwork.', ['alt-payment-request']],
  ['Ele pediu que você o chame no WhatsApp: +55 11 91234-5678.', ['move-off-platform']],
  ['Sie möchte, dass du ihr deine WhatsApp-Nummer schickst.', ['move-off-platform (note)']],
  ['Mein Chef hat gesagt, du sollst ihn auf WhatsApp unter +49 151 5550 1432 kontaktieren.', ['move-off-platform']],
  ['If your client wants you to pay a training fee, report him.', []],
  ['My boss says you should keep all messages on Upwork.', []],
  ['Er bittet Sie um Geduld.', []],
  // red flags alike in the five languages: a gift card's codes asked for with the card named (the codes are the money), a remote
  // session's ID asked in the subjunctive or passed on
  ['Please buy 4 Google Play cards of $50 and send me pictures of the back.', ['alt-payment-request']],
  ['Compra tarjetas de Amazon por 200 dólares y mándame los códigos.', ['alt-payment-request']],
  ['Kaufen Sie Steam-Karten für 100 Euro und schicken Sie mir die Codes.', ['alt-payment-request']],
  ['Achetez des cartes Steam et envoyez-moi les codes.', ['alt-payment-request']],
  ['Compre cartões-presente da Amazon e me mande os códigos.', ['alt-payment-request']],
  ['Mi supervisor desea que usted instale TeamViewer y le pase el ID y la contraseña.', ['remote-access-request']],
  ['Necesito que instales TeamViewer y me pases el ID y la contraseña.', ['remote-access-request']],
  ["Il faut que vous installiez TeamViewer et que vous m'envoyiez l'ID et le mot de passe.", ['remote-access-request']],
  ['Instale o TeamViewer e mande o ID e a senha.', ['remote-access-request']],
  // the fiftieth session, from the forty-ninth's reviews: the asker's "him" in a relayed request, a payee who is the asker's
  // relation, an agent of the writer's as the laptop's address, a question about the marketplace's rules, "everyone wants you to",
  // the reader asked to refer developers, gift cards the writer bought
  ['My boss wants you to give him remote access to your computer.', ['remote-access-request (note)']],
  ['Mi jefe quiere que le des acceso remoto por AnyDesk.', ['remote-access-request (note)']],
  ['Never give him remote access, he is a scammer.', []],
  ['My boss wants you to send the payment to his wife.', ['alt-payment-request (note)']],
  ['Mein Chef möchte, dass Sie die Zahlung an seine Frau senden.', ['alt-payment-request (note)']],
  ['He sent the payment to his wife.', []],
  ['Please ship the laptop to our logistics agent in Dubai.', ['ship-equipment-elsewhere (note)']],
  ['Mande o notebook para o nosso agente.', ['ship-equipment-elsewhere (note)']],
  ['The laptop was shipped by our agent yesterday.', []],
  ["Is it against Upwork's rules to share my WhatsApp number?", ['move-off-platform (note)']],
  ['Am I allowed to give you my email? It is john.dev@gmail.com', ['move-off-platform']],
  ['Everyone wants you to move to WhatsApp.', []],
  ['Could you refer a few more developers to us? My colleague asked.', []],
  ['¿Podrías recomendarnos otros programadores?', []],
  ['Ich kann Ihnen weitere Entwickler empfehlen.', ['recommends-more-workers (note)']],
  ['Compré tarjetas de regalo de Amazon para mí.', []],
  ["J'ai acheté des cartes cadeaux Amazon pour moi.", []],
  ['Compre cartões da Amazon e me mande os códigos.', ['alt-payment-request']],
  // a review of the fiftieth session (realistic marketplace chat, five languages): honest messages that were flagged, requests
  // as people type them that were missed
  ['Please share the staging credentials through Upwork messages or a 1Password link, whichever you prefer.', []],
  ['Send the login details please.', []],
  ['Send me your Upwork password.', ['identity-rental-request']],
  ['The booking page should require a 20% deposit before confirming the reservation, right?', []],
  ['El sistema de reservas debe pedir un depósito del 20% antes de confirmar, ¿correcto?', []],
  ['Our team lead can also join the interview on Zoom.', []],
  ['Payment is due within 14 days of the invoice date.', []],
  ['After delivery the payment is made.', []],
  ['Después de la entrega se realiza el pago.', []],
  ['Empiezo a trabajar luego de que se hace el pago.', ['prepayment-pressure (note)']],
  ['Em todos os passeios é cobrada uma taxa de caução de 50€.', ['prepayment-pressure']],
  ['upwork app not working on my phone, whatsapp me: 0803 555 1290', ['move-off-platform']],
  ["Is it against Upwork's rules to share my WhatsApp number? +1 415 555 0134", ['move-off-platform']],
  ['can u pay via zelle? my email for zelle is same as here', ['alt-payment-request (note)']],
  ['Cash App would be easiest for me: $devmarco22', ['alt-payment-request']],
  ["venmo me @lucas-dev-22 and I'll start right away", ['alt-payment-request']],
  ['Do not pay via Zelle, it is a scam.', []],
  ['Wäre eine Zahlung in Bitcoin möglich? Das wäre für mich einfacher.', ['crypto-payment-request (note)']],
  ['Bitte erst die volle Zahlung, dann schicke ich den Quellcode.', ['prepayment-pressure (note)']],
  ['Primeiro me manda o pagamento total, depois entrego o código.', ['prepayment-pressure (note)']],
  ['hello bro, do you have an verified account on upwork? i can pay $200/month to use it', ['identity-rental-request']],
  ['My Upwork account is verified. I pay $10/month to use it.', []],
  [
    "We need someone in the US to attend interviews as the face of our team, you'd get 20% of each contract.",
    ['avoids-video', 'identity-rental-request'],
  ],
  ['Close this contract and hire me from my other account, this one has payment problems.', ['account-switch-request']],
  ['Please send the payment through Western Union to my uncle, name: Kim Sung Ho, Shenyang', ['alt-payment-request']],
  ['Send it via Western Union to my uncle please.', ['alt-payment-request (note)']],
  // the session's second review (its new readings' look-alikes): the writer's own delivery to an agent, an app's spec, "venmo me"
  // as a joke or refused, "would be easiest for me" of an integration, a crypto question about an app's checkout, "whatsapp me is
  // not needed", a website's text quoted for translation
  ["I shipped the laptop to our logistics agent myself, it's tracked by DHL and you'll get it Monday.", []],
  ['The app should let the user ship a laptop to our logistics agent and track it.', []],
  ['Could you send the laptop to our agent?', ['ship-equipment-elsewhere (note)']],
  ['venmo me lol, just kidding, all payments through Upwork of course', []],
  ["Please don't venmo me.", []],
  ['Zelle would be easiest for me to integrate first in the checkout, then Venmo.', []],
  ["Le paiement en Bitcoin est-il possible dans l'appli ? Le client voudrait l'ajouter au checkout.", []],
  ["No, whatsapp me is not needed, let's keep all talk on Upwork.", []],
  ["El texto de la web dice: 'se cobra un depósito del 30 % al reservar'. ¿Puedes traducirlo al inglés?", []],
  [
    "Do you have a verified Upwork account? I'd pay you $300 a month to use it for my projects.",
    ['identity-rental-request'],
  ],
  ['Mon patron veut que tu lui donnes un accès à distance à ton ordinateur.', ['remote-access-request (note)']],
  ['The system should require a 20% deposit when the user books a room.', []],
  ['A 30% deposit is required at booking.', ['prepayment-pressure']],
  // the fifty-first session: the fiftieth's left-overs — the rule stated (not asked), a quoted or reported "whatsapp me", the
  // writer's own account closed, paid days after delivery, an imperative naming the reader, enclitic "envíalo", gift cards
  // bought for the writer
  ["I read that it's against Upwork's rules to share contact info, so I won't.", []],
  ["It's against Upwork's rules to share contact info.", []],
  ["It's against the rules to share contact info here, but you can email me.", ['move-off-platform']],
  ['Its against the rules to share contact here so add me on skype live:abc', ['move-off-platform']],
  ['My last client said, whatsapp me anytime — I told him no.', []],
  ["There is a 'WhatsApp me' button on the landing page that I will remove.", []],
  ["Click the 'WhatsApp me' button below to reach me.", ['move-off-platform']],
  ['I had payment problems on my other account last year, so I closed it.', []],
  ['My account was closed, please send the offer to my new account.', ['account-switch-request']],
  ['Your first payment is due within 5 days of the work being delivered.', []],
  ['The deposit is due within 5 days of booking.', ['prepayment-pressure']],
  ["Please send the payment to his wife, her PayPal is below, he can't access Upwork.", ['alt-payment-request (note)']],
  ['Envíalo por Western Union, nombre: Kim Chol', ['alt-payment-request']],
  ['Envoyez-le par Western Union, nom : Kim Chol', ['alt-payment-request']],
  ['Si quieres, te lo envío por Western Union.', []],
  ['Buy me two Amazon gift cards and send the codes here.', ['alt-payment-request']],
  // the fifty-first session's review of long texts: a product's deposit feature, an extension "qui ajoute" to Gmail, "un signal
  // d'alerte", a shop's orders to another address, an abandoned-cart flow, workers brought (not an account), control taken of the
  // reader's mouse, "dame el código", the laptop sent on in five languages, a discount for paying outside the platform, no start
  // without a deposit, a sum needed first, paid through another profile, "faster than the platform"
  [
    "Freelancer: I'd suggest the system requires a 20% deposit when the guest books a room, charged through Stripe, and the rest 48 hours before check-in.",
    [],
  ],
  [
    'Freelancer: Ich würde vorschlagen, dass das System bei der Buchung eine Anzahlung von 20 % über Stripe einzieht und den Rest 48 Stunden vor Anreise.',
    [],
  ],
  [
    'Pour votre boutique de cuisines sur mesure, le module permettra à vos clients de verser un acompte de 30 % à la commande par carte bancaire, puis de régler le solde à la livraison.',
    [],
  ],
  ['Our system requires a 30% deposit before we start work.', ['prepayment-pressure']],
  [
    'Mission : développer une extension Chrome qui ajoute des modèles de réponses rapides dans Gmail et WhatsApp Web pour notre service client.',
    [],
  ],
  ["Vous avez bien fait, c'est un signal d'alerte classique.", []],
  ['Écrivez-moi sur Signal, c’est plus simple : +33 6 12 34 56 78', ['move-off-platform']],
  ["Client : Mon ancien prestataire voulait être payé en bitcoins sur un portefeuille perso, j'ai refusé.", []],
  [
    'Your shipping rules will need some care: laptops ship from your warehouse, but customers sometimes want the order delivered to a different address, such as their office, so I would enable separate shipping addresses.',
    [],
  ],
  [
    "For your store I'd start with an audit of your flows (welcome, abandoned cart, post-purchase). I'll need to be added as a user in your Klaviyo account — please invite me rather than sharing your login. This typically lifts revenue by 20–40%.",
    [],
  ],
  [
    'Si quieres, también puedo traer a dos compañeros míos para avanzar más rápido; te paso sus perfiles y les haces un contrato a cada uno.',
    ['recommends-more-workers (note)'],
  ],
  [
    "We'll do a screen share there and I'll take control of your mouse to fix it directly.",
    ['remote-access-request (note)'],
  ],
  ['Ich übernehme Ihre Website-Pflege ab Montag.', []],
  ['Descarga RustDesk y dame el código de acceso, así lo dejo todo listo en una hora.', ['remote-access-request']],
  [
    'Cliente: O TI vai enviar seu notebook na segunda. Freelancer: Obrigado! Manda pro endereço do meu primo, por favor: Bruno Almeida, 215 Ferry St, Newark.',
    ['ship-equipment-elsewhere (note)'],
  ],
  [
    "L'entreprise va vous envoyer un ordinateur portable. Envoyez-le chez mon cousin, s'il vous plaît.",
    ['ship-equipment-elsewhere (note)'],
  ],
  ['Long-term clients get 15% discount when paying outside the platform.', ['alt-payment-request']],
  ['Clientes fixos têm 15% de desconto pagando fora da plataforma.', ['alt-payment-request']],
  ['We never offer a discount for paying outside Upwork, that is against the rules.', []],
  ['Oui, mais sans avance de 50 % je ne commence pas.', ['prepayment-pressure']],
  ["Without a 50% deposit I won't start.", ['prepayment-pressure']],
  ['I need $200 before I start.', ['prepayment-pressure']],
  ['Preciso de R$ 200 antes de começar.', ['prepayment-pressure']],
  ['We need a budget of $5,000 before we start hiring.', []],
  ['Pay me through my other profile, the fees are lower.', ['account-switch-request']],
  [
    'Oui, mais payez-moi plutôt via mon autre profil Fiverr, « nico_webdesign », les frais sont plus bas.',
    ['account-switch-request'],
  ],
  ['Me paga pelo meu outro perfil.', ['account-switch-request']],
  ["I'd like to be paid in BTC or USDT, it's faster than the platform.", ['crypto-payment-request']],
  // … and hire-them-too across sentences, the rental pitch's log-in, the camera never turned on
  [
    'Tenho também 3 amigos muito bons (backend, design e QA) disponíveis agora. Contrata eles também que a gente entrega na metade do tempo.',
    ['recommends-more-workers (note)'],
  ],
  [
    'Wenn Sie meine Kollegen ebenfalls einstellen, liefern wir viel schneller. Bitte schicken Sie auch jedem von ihnen ein Angebot.',
    ['recommends-more-workers'],
  ],
  ['Our QA team found two bugs. We will send offers to each of them next week.', []],
  [
    'We are a team of experienced developers and we will do all the work; you only need to let us log in to your account and receive the payments, then forward our part.',
    ['identity-rental-request (note)'],
  ],
  ['Please let me log in to your Shopify account to fix the theme.', []],
  ["Je n'active jamais ma caméra, c'est une règle personnelle.", ['avoids-video (note)']],
  ['Ich schalte meine Kamera nie ein.', ['avoids-video (note)']],
  ['My laptop never turns on the camera after the update, is this a driver bug?', []],
  // the second review (look-alikes of the session's readings): money the writer spends, a platform rule on discounts, control of a
  // project, the laptop asked among a shop's words, a label with a request, Signal as a channel and as a word, "on ajoute", workers
  // brought beside an account asked
  ["We need $200 worth of API credits before we start testing; I'll buy them on our OpenAI account today.", []],
  ['Wir brauchen sofort 300 € für die Serverkosten, die zahle ich selbst.', []],
  ['Upwork prohibits offering a discount for paying outside the platform, so my rate is the same for everyone.', []],
  ["I'll take control of your desktop app's release process, including code signing.", []],
  ["Je prendrai la main sur la refonte de votre écran d'accueil dès lundi.", []],
  [
    "My customers want fast delivery, so ship the company laptop to my friend's address, he will set it up for me.",
    ['ship-equipment-elsewhere'],
  ],
  ["Follow the 'WhatsApp me' link below to reach me directly.", ['move-off-platform']],
  ['Schreiben Sie mir auf Signal, das wäre ein Signal des Vertrauens.', ['move-off-platform']],
  ['On ajoute nos numéros sur WhatsApp ? Ce sera plus simple.', ['move-off-platform']],
  [
    'Puedo traer a dos compañeros si me dejas usar tu cuenta de Upwork para facturar.',
    ['identity-rental-request', 'recommends-more-workers'],
  ],
  ['Schick es an einen Freund, wenn du magst – der Artikel über sichere Laptops ist wirklich gut.', []],
  ['Ich habe mein anderes Konto letztes Jahr geschlossen.', []],
  ["J'ai fermé mon autre compte l'an dernier, je n'utilise que celui-ci.", []],
  ['I closed my account, so please hire me through my other account.', ['account-switch-request']],
  ['Ohne Anzahlung von 50 % fange ich nicht an.', ['prepayment-pressure']],
  ['Manda por Western Union no nome do meu irmão.', ['alt-payment-request (note)']],
  ['Meu tio manda dinheiro pela Western Union todo mês.', []],
  ['Você pode me adiantar R$ 200 pra eu começar?', ['prepayment-pressure (note)']],
  ['Send me $200 before I start.', ['prepayment-pressure']],
  ['Could you send me the $200 invoice right now?', []],
  ['This time pay the milestone to this Zelle account: carlos.m.pagos@gmail.com', ['alt-payment-request']],
  ['Überweisen Sie bitte auf dieses PayPal-Konto: max@beispiel.de', ['alt-payment-request']],
  ['We will send the payout to this PayPal account once approved.', []],
  [
    "BTW: @gray224, I have a PayPal account, so I could theoretically create an team, but the payment won't come to my account then.",
    [],
  ],
  ['Könnten Sie diesmal Amazon-Gutscheine über 200 € kaufen und mir die Codes schicken?', ['alt-payment-request']],
  ["Pour le paiement, vous pouvez m'envoyer des cartes Google Play de 100 € ?", ['alt-payment-request']],
  ['We sell Google Play cards in our shop, can you send me the product photos?', []],
  ['Paga por mi otra cuenta de Upwork, esta tiene retenido el pago.', ['account-switch-request']],
  ['Mi cliente paga por mi otra cuenta de PayPal.', []],
  ['Payez-moi plutôt sur mon deuxième compte Fiverr.', ['account-switch-request']],
  ['Bitte überweisen Sie es über mein neues Profil.', ['account-switch-request']],
  // ConnectWise is a remote-support tool, not the verb "connect" (a help desk's procedure read as a request, bench/benign-web)
  [
    'Procedure: Overview: This procedure focuses on the methodology for remote support engagements using ConnectWise. Outline how remote support engagements will be conducted using ConnectWise.',
    [],
  ],
  ['Can you send me the ScreenConnect code?', ['remote-access-request']],
  // The laptop farm's own request: the delivered computer taken in for the writer and set up, or kept running (a review of the
  // fifty-second session) — not the employer's own IT, nor the reader's own computer kept on, nor a warning quoting "can you
  // receive it for me?" (a note, as before)
  [
    'When the equipment arrives, could you accept the delivery for me and keep it plugged in and connected to the wifi? Thanks a lot',
    ['ship-equipment-elsewhere'],
  ],
  [
    'Quando o notebook chegar, pode aceitar a entrega e deixar ligado na internet? Valeu!',
    ['ship-equipment-elsewhere'],
  ],
  [
    'Quand le portable arrive, vous pourriez accepter la livraison et le laisser allumé et branché au wifi ?',
    ['ship-equipment-elsewhere'],
  ],
  [
    'Wenn das Notebook kommt, könnten Sie die Lieferung entgegennehmen und es eingeschaltet am WLAN lassen?',
    ['ship-equipment-elsewhere'],
  ],
  [
    'Te va a llegar una caja de parte de la empresa la semana que viene, ¿me haces el favor de guardarla y prenderla cuando te avise? es el equipo de trabajo',
    ['ship-equipment-elsewhere'],
  ],
  [
    'The company will ship a laptop to you next week, can you receive it for me and set it up? I will send the instructions.',
    ['ship-equipment-elsewhere'],
  ],
  ['La empresa te va a enviar una laptop, ¿puedes recibirla por mí y configurarla?', ['ship-equipment-elsewhere']],
  ['When the laptop arrives, please keep it plugged in overnight so our IT team can push the updates.', []],
  ['We shipped your laptop yesterday. Please keep it on and connected the first day so the setup finishes.', []],
  ['Please keep the laptop on while the tests run.', []],
  ['Kannst du den Rechner bitte über Nacht eingeschaltet lassen, damit das Backup läuft?', []],
  ['Could you leave it on the desk? The laptop is for the new hire.', []],
  // The account lost and the money asked in someone else's name (the same review)
  [
    "They closed my account for no reason. Please pay through PayPal to this name: Daniel Reyes, it's my manager.",
    ['account-switch-request'],
  ],
  [
    'me cerraron la cuenta sin motivo, paga a nombre de mi hermano porfa',
    ['account-switch-request', 'alt-payment-request'],
  ],
  [
    'fecharam minha conta, faz o pagamento no nome da minha esposa pf',
    ['account-switch-request', 'alt-payment-request'],
  ],
  ['Bitte zahlen Sie auf den Namen meines Bruders.', ['alt-payment-request (note)']],
  ['Mi cuenta fue cerrada; ahora pago las facturas a nombre de mi esposa.', []],
  ['Fecharam minha conta do banco ontem.', []],
  // More workers brought in as chats say it (the same review) — not a couple's chores, a brother's restaurant or a meeting
  ['mi amigo tambien es dev senior, si necesitas mas gente lo meto al proyecto', ['recommends-more-workers (note)']],
  ['meu amigo tbm é dev, se precisar de mais gente ele entra', ['recommends-more-workers (note)']],
  [
    'mein bruder ist auch entwickler und sucht grad was, soll ich ihn mit reinholen? dann gehts doppelt so schnell',
    ['recommends-more-workers (note)'],
  ],
  ['Falls das Projekt wächst, kann ich ein paar Kollegen dazuholen.', ['recommends-more-workers (note)']],
  [
    'Si el proyecto crece, puedo sumar a unos compañeros con los que trabajo hace años.',
    ['recommends-more-workers (note)'],
  ],
  ['Do you need more developers? My cousin and I can both work on this.', ['recommends-more-workers (note)']],
  [
    'can i refer my friend for the QA job you posted? he is very good and works cheap',
    ['recommends-more-workers (note)'],
  ],
  ['My wife and I can do the cleaning on Saturday.', []],
  ["Can I recommend my brother's restaurant for the team dinner?", []],
  ['Il peut venir sur le projet demain pour la réunion.', []],
  ['O rascunho fica guardado: se a base legal já está no inventário, elas entram na política sem você redigitar.', []],
  // The microphone said short, slang for broken, a bug told with text or voice offered instead (the same review)
  ['el micro está roto, escribimos por aquí mejor', ['avoids-video (note)']],
  ["micro cassé aujourd'hui, on s'écrit ici plutôt", ['avoids-video (note)']],
  ['mikro ist heute kaputt, schreiben wir lieber hier', ['avoids-video (note)']],
  ['minha webcam deu pau hoje, bora fazer por escrito?', ['avoids-video (note)']],
  ['cam not working on my laptop since the update lol, voice call ok?', ['avoids-video (note)']],
  ['Zoom crashed after the update, my camera is not working, any fix?', []],
  ['The microservice is not working for us today, sorry.', []],
  ['Sorry, our micro frontends are broken on my machine.', []],
  ['Meine Webcam ist letzten Monat kaputtgegangen, aber ich habe eine neue, Dienstag passt also.', []],
  // The reader's computer lent to be worked through from afar (the same review) — not a laptop or a charger borrowed
  [
    'mi laptop se dañó ayer, me prestas acceso a tu pc? trabajo desde ahí remoto, tú no tienes que hacer nada',
    ['remote-access-request (note)'],
  ],
  [
    "mon pc est en panne, vous pouvez me donner accès au votre ? je travaille dessus à distance, c'est plus simple",
    ['remote-access-request (note)'],
  ],
  [
    'Wäre es okay, wenn ich mich ab und zu auf Ihren Rechner aufschalte, um Einstellungen zu machen?',
    ['remote-access-request (note)'],
  ],
  ['Would you be ok with me connecting to your machine remotely when needed?', ['remote-access-request (note)']],
  ['¿Me prestas tu laptop el sábado para la presentación?', []],
  ['Can you lend me your laptop charger?', []],
  // The reader's bank account for the writer's clients' payments, or the reader's ID with a selfie to verify an account, for money
  // (the same review) — not the client paying the reader, nor a platform's own check
  [
    "just need your bank details to receive the client payments, i'll send you 15% of each one",
    ['identity-rental-request'],
  ],
  [
    'Preciso dos seus dados bancários pra receber dos clientes, você fica com 15% de tudo.',
    ['identity-rental-request'],
  ],
  [
    'I need your ID and a selfie to verify an account. You will receive $300 monthly without doing anything.',
    ['identity-rental-request'],
  ],
  ['Please send your bank details so I can pay you the $300 for the logo.', []],
  ['Upload your ID and a selfie to verify your account. You will receive a confirmation in 24h.', []],
  ['Busco socio en EE.UU.: tú pones tu cuenta, yo hago el trabajo y repartimos 70/30.', ['identity-rental-request']],
  ['Tú pones la música, yo hago la comida y repartimos 50/50 los gastos.', []],
  ['Preciso dos seus dados pra te chamar no whats', ['move-off-platform (note)']],
  // (the look-alikes' review of the session's readings)
  ['¿Puedo sumar a unos compañeros a la fiesta del viernes?', []],
  [
    'Cuando llegue la laptop, ¿me haces el favor de dejarla prendida y conectada al wifi?',
    ['ship-equipment-elsewhere'],
  ],
  ['La empresa te manda una laptop, ¿la puedes recibir por mí y configurarla?', ['ship-equipment-elsewhere']],
  ['The company is sending a laptop, could you take it in for me and get it set up?', ['ship-equipment-elsewhere']],
  ["Could you take it in for me? It's the dry cleaning.", []],
  // The reader as the face on the calls, the writer doing the work, the pay shared (the same review)
  [
    'Would you be interested in a partnership where you show up on the video calls and I do the technical work? We share the salary 50/50.',
    ['avoids-video', 'identity-rental-request'],
  ],
  ["Can you show up on the call tomorrow at 10? I'll share my screen.", []],
  // A warning that others offer money for the reader's account tells of them (the same review: a red flag in Portuguese alone)
  ["Atenção: tem gente oferecendo dinheiro pra 'alugar' sua conta do Upwork. Não caiam nessa.", []],
  ['hay gente ofreciendo dinero por alquilar tu cuenta de Upwork.', []],
  ['Estou oferecendo dinheiro pra alugar sua conta do Upwork.', ['identity-rental-request']],
  [
    'Fecharam minha conta, faz o pagamento no nome do meu primo, Pedro Alves.',
    ['account-switch-request', 'alt-payment-request'],
  ],
  ['Please install ConnectWise Control so I can connect to your computer.', ['remote-access-request (note)']],
  // The computer lent in one sentence, the writer working on it from afar in the next (the fifty-second session's review left it:
  // the question mark ends the asking sentence); borrowed for oneself, or a charger, asks nothing of the kind
  ['vc me empresta teu pc? eu acesso remoto e faço o trabalho, te pago 30%', ['remote-access-request']],
  ["Could you lend me your laptop? I'll log in remotely.", ['remote-access-request']],
  ['¿Puedes prestarme tu compu unas horas? Me conecto remoto desde aquí.', ['remote-access-request']],
  ["Tu peux me prêter ton ordi ce soir ? Je m'y connecterai à distance.", ['remote-access-request']],
  [
    'Kannst du mir deinen Laptop für ein paar Stunden leihen? Ich logge mich dann aus der Ferne ein.',
    ['remote-access-request'],
  ],
  ['Pode me emprestar o seu notebook por uns dias? Eu acesso remoto e faço tudo.', ['remote-access-request']],
  ['Can you lend me your laptop on Saturday? Mine is broken.', []],
  ["Could you lend me your laptop charger? I'll connect remotely to the meeting from the cafe.", []],
  ['Pode me emprestar o seu notebook? Eu trabalho remoto e o meu quebrou.', []],
  ['Tu peux me prêter ton ordi ce soir ? Le mien est en panne.', []],
  ['Kannst du mir deinen Laptop leihen? Meiner ist kaputt.', []],
  ['I can lend you my laptop if you need; you can log in remotely.', []],
  // Voice alone told as the writer's habit (the same review: nothing in English, a note in Spanish and German) — a note; not a
  // business's hours, a voice job's calls, nor a habit with its limits told
  ['Is a video call required? I usually do voice only.', ['avoids-video (note)']],
  ['I prefer voice calls only, no video.', ['avoids-video (note)']],
  ['Hi! I only do voice calls, sorry. Text is fine too.', ['avoids-video (note)']],
  ['Só faço chamada de voz.', ['avoids-video (note)']],
  ['Je ne fais que des appels audio.', ['avoids-video (note)']],
  ['Solo hago llamadas de voz.', ['avoids-video (note)']],
  ['Ich mache nur Sprachanrufe.', ['avoids-video (note)']],
  ['We only take phone calls from customers between 9 and 5.', []],
  ['I only do voice calls for the podcast episodes.', []],
  ['I only do voice calls on Mondays, the rest of the week video is fine.', []],
  ['I only use phone calls to reach the support team.', []],
  // The writer's own contact offered as a question in every language, as in English; a view offered is no contact
  ['Can I give you my WhatsApp?', ['move-off-platform']],
  ['Darf ich dir meine WhatsApp-Nummer geben?', ['move-off-platform']],
  ['¿Te puedo pasar mi WhatsApp?', ['move-off-platform']],
  ['¿Puedo darte mi WhatsApp?', ['move-off-platform']],
  ['Posso te passar meu WhatsApp?', ['move-off-platform']],
  ['Je peux te donner mon WhatsApp ?', ['move-off-platform']],
  ['Puis-je vous envoyer mon numéro WhatsApp ?', ['move-off-platform']],
  ['¿Te puedo pasar mi portfolio?', []],
  ['Can I give you my opinion on the Telegram bot you built?', []],
  ['I can send you my honest feedback about the WhatsApp integration.', []],
  ['Kann ich Ihnen meine Erfahrung mit WhatsApp-Bots schicken?', []],
  ['Puedo darte mi opinión sobre el bot de Telegram que hiciste.', []],
  // A parity battery (English cases rendered in the four languages): the short names after the languages' own verbs, and French
  // spoken negation without "ne"; a video not yet watched is no refusal
  ['escríbeme al wa', ['move-off-platform']],
  ['écris-moi sur wa', ['move-off-platform']],
  ['me chama no wa', ['move-off-platform']],
  ['adde mich auf Signal', ['move-off-platform']],
  ['meld dich auf wa', ['move-off-platform (note)']],
  ['Wir suchen Leute in WA (Washington state)', []],
  ['Je peux pas faire de vidéo, désolé.', ['avoids-video (note)']],
  ["J'ai pas de caméra, je peux juste discuter par chat.", ['avoids-video (note)']],
  ["Je fais pas d'appels vidéo, on peut utiliser le chat Skype à la place ?", ['avoids-video (note)']],
  ["Je n'ai pas vu ta vidéo encore, je regarde ce soir.", []],
  ["J'ai pas encore regardé la vidéo.", []],
  ['Je fais pas de montage vidéo, désolé.', []],
  // The coin asked for in the four languages stays a red flag beside another way named after it, as in English
  ['Envía los 300 USD en USDT a mi Binance Pay ID. O PayPal.', ['crypto-payment-request']],
  ['Schick die 300 USD in USDT an meine Binance-Pay-ID. Oder PayPal.', ['crypto-payment-request']],
  ['Envoie les 300 USD en USDT sur mon Binance Pay ID. Ou PayPal.', ['crypto-payment-request']],
  ['Manda os 300 USD em USDT pro meu Binance Pay ID. Ou PayPal.', ['crypto-payment-request']],
  ['Acepto pagos en USDT. También PayPal.', []],
  // The colloquial words for the computer ('l'ordi', 'die Ausrüstung', 'la compu'): the parity battery's equipment sent elsewhere
  ["Quand la boîte envoie l'ordi, fais-le suivre à mon cousin", ['ship-equipment-elsewhere']],
  ['Bitte schicken Sie die Ausrüstung an die Adresse eines Freundes.', ['ship-equipment-elsewhere']],
  // … and the people close to the writer by their colloquial names ('meinem Kumpel', 'mon coloc', 'mon pote', 'mi colega')
  [
    'je suis pas aux US en ce moment donc envoie le macbook à mon coloc stp, il me l’enverra',
    ['ship-equipment-elsewhere'],
  ],
  ['Schick mir den Laptop an die Adresse von meinem Kumpel.', ['ship-equipment-elsewhere']],
  ['Envía la laptop a mi colega en Dallas, él la configura.', ['ship-equipment-elsewhere']],
  // The writer's relative at the interviews in the writer's place (a hiring manager's review: nothing found) — a note
  ['My son will attend the interviews for me, I will do the coding.', ['avoids-video (note)']],
  ['My son will attend the interview at his school tomorrow.', []],
  ["Mon pote m'a prêté son ordi pour le weekend.", []],
  ['Mi colega me recomendó tu perfil.', []],
  // The fifty-fourth session: the reader asked to hire or pay the writer on another account, in the four languages as in English
  // (a parity battery: notes or nothing before) — lib/text/hired-elsewhere.ts grades them
  ['Ich kann dieses Konto nicht nutzen, stell mich über mein neues Konto ein.', ['account-switch-request']],
  ['Não consigo usar essa conta, me contrata na minha conta nova.', ['account-switch-request']],
  ['Paye-moi via mon autre profil, les frais sont plus bas.', ['account-switch-request']],
  ['Págame a través de mi otro perfil, las comisiones son más bajas.', ['account-switch-request']],
  ['¿podemos cambiar a mi cuenta nueva? te paso el usuario', ['account-switch-request']],
  ['dá pra mudar pra minha conta nova? te mando o usuário', ['account-switch-request']],
  ['Mein Konto wurde gesperrt, bitte schick das Angebot an mein neues.', ['account-switch-request']],
  ['Me suspendieron la cuenta, por favor manda la oferta a la nueva.', ['account-switch-request']],
  ["Mon compte a été suspendu, envoie l'offre sur le nouveau stp.", ['account-switch-request']],
  ['Minha conta foi suspensa, por favor manda a proposta pra nova.', ['account-switch-request']],
  [
    'bitte stell mich über meinen zweiten acc ein, der hier hat probleme mit der auszahlung',
    ['account-switch-request'],
  ],
  ['stp engage-moi sur mon 2e compte, celui-ci a un souci de retrait', ['account-switch-request']],
  ['por favor cierra este contrato y vuelve a contratarme en la cuenta de mi socio', ['account-switch-request']],
  [
    'Bitte schick das Angebot an das Konto meines Freundes, er nimmt es an und ich mache die ganze Arbeit.',
    ['account-switch-request'],
  ],
  [
    'Ich könnte auf mein neues Konto wechseln, wenn dir das lieber ist, sag einfach Bescheid.',
    ['account-switch-request'],
  ],
  ['Posso mudar pra minha conta nova se vc preferir, é só avisar.', ['account-switch-request']],
  [
    'Ich kann auf diesem Profil keine Zahlungen mehr empfangen, könntest du das Angebot bitte an mein neues Profil schicken?',
    ['account-switch-request'],
  ],
  [
    "Je ne peux plus recevoir de paiements sur ce profil, tu pourrais envoyer l'offre sur mon nouveau profil stp ?",
    ['account-switch-request'],
  ],
  // … the new one made after the lost one, the account left out: a note, as in English
  ['Minha conta do Upwork foi banida, criei uma nova, vc pode me contratar lá?', ['account-switch-request (note)']],
  ['Me banearon la cuenta de Upwork, hice una nueva, ¿me puedes contratar ahí?', ['account-switch-request (note)']],
  ['Mein Konto wurde gesperrt. Ich hab eine neue Idee für das Logo.', []],
  ['Minha conta foi bloqueada, criei uma nova senha e voltou.', []],
  // … and the client hiring from its own new account is no switch (red in English before)
  ["I'll hire you from my new company account next week.", []],
  ['Te voy a contratar desde mi nueva cuenta de empresa.', []],
  ["Je vais t'engager depuis mon nouveau compte client.", []],
  ['Können Sie mich über mein zweites Konto beauftragen?', ['account-switch-request']],
  ['Ich kann auf mein neues Projekt wechseln, wenn du willst.', []],
  ['Posso mudar pra minha casa nova semana que vem.', []],
  ['@robfalcon , I transferred ownership of the projects to your new Github account.', []],
  // The reader as the face of the team at the interviews, in the four languages as in English (the parity battery: nothing)
  [
    'Wir suchen jemanden in den USA, der als Gesicht unseres Teams an Interviews teilnimmt, du bekommst 20 % von jedem Vertrag.',
    ['avoids-video', 'identity-rental-request'],
  ],
  [
    'Buscamos a alguien en EE. UU. que asista a las entrevistas como la cara de nuestro equipo, te llevarías el 20% de cada contrato.',
    ['avoids-video', 'identity-rental-request'],
  ],
  [
    'Vc teria interesse numa parceria em que vc aparece nas chamadas de vídeo e eu faço a parte técnica? A gente divide o salário 50/50.',
    ['avoids-video', 'identity-rental-request'],
  ],
  [
    "Ça t'intéresserait un partenariat où tu te montres dans les appels vidéo et moi je fais le travail technique ? On partage le salaire 50/50.",
    ['avoids-video', 'identity-rental-request'],
  ],
  ['La cara de nuestro equipo en las reuniones con clientes será Ana, nuestra directora.', []],
  ['Ana ist das Gesicht unseres Teams bei Kundenterminen und bekommt 20 % von jedem Vertrag als Bonus.', []],
  // … the reader's account lent or used, the one-time code asked with the logging in beside it
  [
    'würdest du mein Team dein Upwork-Konto nutzen lassen, um sich auf Jobs zu bewerben? wir zahlen monatlich',
    ['identity-rental-request'],
  ],
  [
    'tu laisserais mon équipe utiliser ton compte upwork pour postuler à des missions ? on paie tous les mois',
    ['identity-rental-request'],
  ],
  [
    'hé, petit service : je peux t’emprunter ton LinkedIn quelques semaines ? tu touches la moitié du premier salaire',
    ['identity-rental-request'],
  ],
  [
    'hey, kleiner Gefallen – kann ich mir dein LinkedIn für ein paar Wochen ausleihen? du kriegst die Hälfte vom ersten Gehalt',
    ['identity-rental-request'],
  ],
  [
    'kannst du mir den otp code schicken, den du grad bekommen hast? ich logg mich in deinen account ein',
    ['identity-rental-request'],
  ],
  ['me passa o código otp que chegou agora? tô entrando na tua conta', ['identity-rental-request']],
  ['só me passa teu login e o código 2FA, eu cuido das propostas pra vc', ['identity-rental-request (note)']],
  ['me pasas el código otp? gracias', []],
  ['Deja que tu equipo use tu cuenta de Figma para revisar el diseño.', []],
  ['Te mando el código de verificación por SMS para activar tu cuenta.', []],
  // Honest look-alikes the parity battery read as red flags in other languages than English: the marketplace preferred to a
  // messenger, a request told as someone else's words after it
  ['Prefiero mantener la comunicación aquí que por WhatsApp.', []],
  ['Prefiro manter a comunicação aqui do que pelo WhatsApp.', []],
  ['Ich würde die Kommunikation lieber hier halten als über WhatsApp.', []],
  ['Prefiero hablar por WhatsApp que aquí.', ['move-off-platform']],
  ['Manda la laptop a mi primo, dijo el tipo.', []],
  ['Schick den Laptop an meinen Cousin, hat der Typ gesagt.', []],
  ["Envoie l'ordi à mon cousin, a dit le gars.", []],
  ['Manda o notebook pro meu primo, o cara falou.', []],
  ['Schick den Laptop an meinen Cousin, hat der Recruiter gesagt.', []],
  ['Manda la laptop a mi primo, te lo dije ayer.', ['ship-equipment-elsewhere']],
  // The marketplace inside the German compound (nothing before, as red as the English)
  ['Schick mir dein Upwork-Passwort.', ['identity-rental-request']],
  ['Ich habe mein Upwork-Passwort vergessen, kannst du mir helfen?', []],
  ['Bitte teile niemals dein Upwork-Passwort mit anderen.', []],
  // The writer's own number right after "my number" or the verb, in every language as in Spanish (nothing before)
  ['my number is 415 555 0132', ['move-off-platform']],
  ['My cell is 415 555 0132', ['move-off-platform']],
  ['Meine Handynummer ist 0151 23456789', ['move-off-platform']],
  ['Meine Nummer: 0151 23456789', ['move-off-platform']],
  ['Boa tarde. Me chama 49 99555 0172', ['move-off-platform']],
  ['Llámame 612 345 678', ['move-off-platform']],
  ['Schreib mir 0151 23456789', ['move-off-platform']],
  ['my number of orders is 12345678', []],
  ['My number is 3 on the list, 1234567 points', []],
  ['Schick mir 1000000 Euro', []],
  // Payment ahead made a condition, no sum named: a red flag (a note before); the writer's own habit, a refund policy, a
  // warning's told message, advice to charge one and a way to pay on delivery beside it stay notes
  ['Payment must be done before I start working on your commission.', ['prepayment-pressure']],
  ['Payment upfront is required to obtain a slot in the queue.', ['prepayment-pressure']],
  ['Projektstart erst nach Eingang der Anzahlung.', ['prepayment-pressure']],
  ['Die Anzahlung muss innerhalb von 3 Tagen geleistet werden.', ['prepayment-pressure']],
  ['Le paiement doit être effectué en entier avant que je ne commence la commission.', ['prepayment-pressure']],
  ['O pagamento deve ser feito antes do início de cada sessão.', ['prepayment-pressure']],
  ['Para confirmar la reserva es necesario realizar un pago previo.', ['prepayment-pressure']],
  ['We must pay the deposit before they start.', ['prepayment-pressure (note)']],
  ['Um den Termin zu halten, brauche ich den Betrag bis morgen, sonst muss ich den Platz vergeben.', []],
  ['Muss ich eine Vorauszahlung leisten?', ['prepayment-pressure (note)']],
  [
    'Sie erhalten die Nachricht, dass Sie zunächst eine Vorauszahlung leisten müssen, um angebliche Provisionen zu erhalten.',
    ['prepayment-pressure (note)'],
  ],
  [
    'Debe ser entendido como un depósito inicial que dará seguridad al freelancer para empezar a trabajar en el proyecto.',
    ['prepayment-pressure (note)'],
  ],
  ['Ich arbeite nur gegen Vorkasse.', ['prepayment-pressure (note)']],
  // More workers offered as the four languages say it (nothing before); a client asking for more, a friend for a private errand,
  // friends brought to a party, none
  ['Ich kenne jemanden, der das Backend machen kann.', ['recommends-more-workers (note)']],
  ['Mein Kumpel kann QA machen, wenn du brauchst.', ['recommends-more-workers (note)']],
  ['Conozco a un tipo que puede hacer el backend.', ['recommends-more-workers (note)']],
  ['Je connais un gars qui peut faire le backend.', ['recommends-more-workers (note)']],
  ['Conheço um cara que pode fazer o backend.', ['recommends-more-workers (note)']],
  ['Ich kann zwei Freunde mitbringen, die beim Projekt helfen.', ['recommends-more-workers (note)']],
  ['Wir können innerhalb einer Woche 3–5 Entwickler für Ihr Projekt stellen.', ['recommends-more-workers (note)']],
  ['Nous pouvons fournir 3 à 5 ingénieurs pour votre projet sous une semaine.', ['recommends-more-workers (note)']],
  ['Vc pode ver se tem vaga pra mais dois devs meus?', ['recommends-more-workers (note)']],
  ['Mi primo y yo podemos trabajar los dos en esto.', ['recommends-more-workers (note)']],
  ['kann ich meinen Freund für den QA-Job empfehlen, den du gepostet hast?', ['recommends-more-workers (note)']],
  ['Temos muitos outros devs como eu disponíveis, é só falar quantos vc precisa.', ['recommends-more-workers (note)']],
  ['Do you have more developers available?', []],
  ['¿Tienes más desarrolladores disponibles?', []],
  ['Kann ich zwei Freunde zur Party mitbringen?', []],
  ['Je connais un gars qui peut réparer ta voiture.', []],
  ['Puedo recomendarte a mi amigo, es buen abogado.', []],
  // A camera or call declined as the four languages say it (nothing before); a call moved to another time or tool is none
  ['Preferiría no encender la cámara', ['avoids-video (note)']],
  ['Je préférerais ne pas allumer ma caméra', ['avoids-video (note)']],
  ['No puedo atender llamadas, solo texto porfa', ['avoids-video (note)']],
  ['Não posso atender ligação, só texto pfv', ['avoids-video (note)']],
  ["Je peux pas prendre d'appels, que par écrit stp", ['avoids-video (note)']],
  ['Videollamada no porfa, ¿lo hacemos a las 5 por chat?', ['avoids-video (note)']],
  ["Pas d'appel vidéo svp, on peut faire à 17h par chat ?", ['avoids-video (note)']],
  ['Não sou muito de câmera, podemos conversar por chat?', ['avoids-video (note)']],
  [
    'Oi, dá pra passar a chamada de vídeo pra semana que vem? Enquanto isso respondo tudo aqui no chat.',
    ['avoids-video (note)'],
  ],
  ['Um 3 schaff ich den Videocall nicht, geht auch 4?', []],
  ['Zoom geht bei mir heute nicht, können wir Google Meet nehmen?', []],
  ['O Zoom não tá funcionando aqui hoje, podemos usar o Google Meet?', []],
  ['Ich mache keine Videocalls, geht auch 4?', ['avoids-video (note)']],
  ['Können wir das Meeting auf nächste Woche schieben?', []],
  // "we" said in the verb ("podemos", "on peut") names the writer as "we" does; the phone alone as the talk's channel stays a
  // note in every language (policy v2.14 reading 66)
  ['¿Podemos hablar por Skype?', ['move-off-platform']],
  ['On peut discuter sur Telegram ?', ['move-off-platform']],
  ['Podemos falar pelo Telegram?', ['move-off-platform']],
  ['Can we talk on the phone tomorrow?', ['move-off-platform (note)']],
  ['Call me on my phone', ['move-off-platform (note)']],
  ['My phone number is 415 555 0132, call me', ['move-off-platform']],
  ['May I have your phone number?', ['move-off-platform']],
  // The marketplace's fee to be saved, as the four languages put it (a note before in es and pt)
  ['págame en usdt porfa para ahorrar la comisión de fiverr', ['crypto-payment-request']],
  ['me paga em usdt pfv pra economizar a taxa do fiverr', ['crypto-payment-request']],
  ['Ahorrar la comisión es importante para todos.', []],
  // The session's code asked in Spanish and Portuguese as in English; a tool to install asked after a purpose, in every language
  ['Mándame tu contraseña de AnyDesk.', ['remote-access-request']],
  ['¿Me puedes mandar el código de ScreenConnect?', ['remote-access-request']],
  ['Vc pode me mandar o código do ScreenConnect?', ['remote-access-request']],
  ['¿Me puedes mandar el código fuente del plugin de TeamViewer?', []],
  ['Mándame tu currículum.', []],
  ['Um den Bug zu fixen, kannst du anydesk installieren?', ['remote-access-request (note)']],
  ['Para arreglar el bug, ¿puedes instalar anydesk?', ['remote-access-request (note)']],
  ['Instalé AnyDesk y da error al abrir.', []],
  // (the condition reading's review: a payment approved, not paid, and a deposit the marketplace asks stay notes)
  ['Your payment must be approved by your manager first.', ['prepayment-pressure (note)']],
  ['A deposit is required by Upwork for fixed-price contracts.', ['prepayment-pressure (note)']],
  ['A deposit is required before we start, and the rest on delivery.', ['prepayment-pressure']],
  // The marketplace's chat chosen "instead of" a chat app refuses the app (red in English before, and in Spanish once "podemos"
  // named the writer); the app chosen instead of the marketplace's chat still invites
  ['Can we use the Upwork chat instead of WhatsApp?', []],
  ['¿Podemos usar el chat de Upwork en vez de WhatsApp?', []],
  ['Können wir den Upwork-Chat statt WhatsApp nutzen?', []],
  ['Can we use WhatsApp instead of the Upwork chat?', ['move-off-platform']],
  // "Not to me but to my cousin" in Spanish and French as in English and German: the clause after the comma is asked
  ['No me mandes la laptop a mí, mándasela a mi primo.', ['ship-equipment-elsewhere']],
  ["N'envoie pas l'ordi à moi, envoie-le à mon cousin.", ['ship-equipment-elsewhere']],
  ['No le mandes la laptop a mi primo, mándamela a mí.', []],
  ['No puedo ver la película, envíala por correo.', []],
  // Identity rental in the four languages as in English: a verified account paid for "to use it", the reader's ID and a selfie
  // or bank details for money (nothing before)
  [
    'hallo bro, hast du einen verifizierten account auf upwork? ich zahl 200 $/monat, um ihn zu nutzen',
    ['identity-rental-request'],
  ],
  [
    "salut frérot, t'as un compte vérifié sur upwork ? je peux payer 200 $/mois pour l'utiliser",
    ['identity-rental-request'],
  ],
  [
    'Necesito tu DNI y una selfie para verificar una cuenta. Recibirás 300 $ al mes sin hacer nada.',
    ['identity-rental-request'],
  ],
  [
    'brauch nur deine Bankdaten, um die Zahlungen der Kunden zu empfangen, du kriegst 15 % von jeder',
    ['identity-rental-request'],
  ],
  ['Ich zahle 20 € im Monat für Netflix, um es zu nutzen.', []],
  ["Je peux payer 10 € par mois pour l'utiliser, c'est un logiciel.", []],
  // The marketplace's fees named fee first ("las comisiones de upwork", "les frais upwork", "as taxas do upwork") as the reason for
  // a coin or a money app, and payment "instead of through" the marketplace with "pela", "pelo", "por" — as in English
  ['¿Podemos usar tether para este? las comisiones de upwork me están matando', ['crypto-payment-request']],
  ['On peut passer par tether pour celui-là ? les frais upwork me tuent', ['crypto-payment-request']],
  ['Können wir das diesmal mit Tether machen? die upwork gebühren bringen mich um', ['crypto-payment-request']],
  ['kannst du mich diesmal über paypal zahlen? die upwork gebühren bringen mich um lol', ['alt-payment-request']],
  ['¿me puedes pagar por paypal esta vez? las comisiones de upwork me están matando jaja', ['alt-payment-request']],
  ['Você pode me pagar pelo PIX em vez de pela Workana?', ['alt-payment-request']],
  ['¿Me puedes pagar el viernes? Gracias.', []],
  ['Kannst du mich morgen bezahlen?', []],
  // The marketplace's fee saved is no fee to pay ahead (a prepayment red flag beside the crypto one before, German only)
  ['bitte zahl mich in usdt, dann sparen wir die fiverr gebühr', ['crypto-payment-request']],
  ['Bitte zahl die Fiverr Gebühr vorab.', ['prepayment-pressure (note)']],
  // (fifty-sixth session, the parity battery's false red flags) The writer offering an advance "if you need it", in Spanish and
  // Portuguese as in English; a bot's token asked for, the messenger only its owner; a third person the writer contacted, told
  ['Puedo dar un 30% de anticipo si lo necesitas para arrancar.', ['prepayment-pressure (note)']],
  ['Posso dar 30% de entrada se vc precisar pra começar.', ['prepayment-pressure (note)']],
  ['I can give a 30% advance if you need it to get started.', ['prepayment-pressure (note)']],
  ['Schick mir den Telegram-Bot-Token, damit ich ihn deployen kann.', []],
  ['Me manda o token do bot do Telegram pra eu fazer o deploy.', []],
  ['Send me the Telegram bot token so I can deploy it.', []],
  ['Schick mir die Details per Telegram.', ['move-off-platform']],
  ['Me manda no Telegram, é mais rápido.', ['move-off-platform']],
  ["Je l'ai contacté hier sur WhatsApp.", []],
  ['Lo contacté ayer por WhatsApp.', []],
  ['Ich habe ihn gestern auf WhatsApp kontaktiert.', []],
  ['I contacted him yesterday on WhatsApp.', []],
  ['Contactez-moi sur WhatsApp.', ['move-off-platform']],
  // Others' question told ("Clients ask if …"), in five languages as "They ask if …" was
  ['Clients ask if we can talk on WhatsApp, but I say no.', []],
  ['Los clientes me preguntan si podemos hablar por WhatsApp, pero digo que no.', []],
  ['Kunden fragen oft, ob wir auf WhatsApp schreiben können, aber ich sage nein.', []],
  ['Des clients me demandent si on peut parler sur WhatsApp, mais je dis non.', []],
  ['Clientes perguntam se podemos falar no WhatsApp, mas eu digo que não.', []],
  ['Can we talk on WhatsApp? Clients ask if we can, and I say yes.', ['move-off-platform']],
  // A sum sent now so that the writer can start, the first share awaited, a start refused without a share — in the four
  // languages as in English (the parity battery's misses, fifty-sixth session); not a count of things to send
  ['Send $300 now so I can start the work.', ['prepayment-pressure']],
  ['Manda ya la tarifa de 300 $ para que pueda empezar el trabajo.', ['prepayment-pressure']],
  ['Schick jetzt die 300 $ Gebühr, damit ich mit der Arbeit anfangen kann.', ['prepayment-pressure']],
  ['Envoie les 300 $ de frais maintenant pour que je puisse commencer.', ['prepayment-pressure']],
  ['Manda a taxa de US$ 300 agora pra eu poder começar o trabalho.', ['prepayment-pressure']],
  ['Por gentileza, libere 30% de adiantamento pra eu começar o trabalho.', ['prepayment-pressure']],
  ['Please send 2 logos so I can start the design.', []],
  ['Manda 3 fotos para que pueda empezar.', []],
  ['Ich fange an, sobald die ersten 30 % da sind.', ['prepayment-pressure']],
  ['Empiezo en cuanto reciba el primer 30%.', ['prepayment-pressure']],
  ['Je commence dès que je reçois les premiers 30 %.', ['prepayment-pressure']],
  ['Começo assim que receber os primeiros 30%.', ['prepayment-pressure']],
  ['Sin un 50% de anticipo no empiezo.', ['prepayment-pressure']],
  ['Ohne 50 % Anzahlung fange ich nicht an.', ['prepayment-pressure']],
  ['Sem 50% de entrada eu não começo.', ['prepayment-pressure']],
  ["Sans 50 % d'acompte, je ne commence pas.", ['prepayment-pressure']],
  // A sum the writer needs ahead, said with "upfront" alone (nothing in five languages before; "I need 50% upfront" was red)
  ['I need $100 upfront.', ['prepayment-pressure']],
  ['Necesito 100 dólares por adelantado.', ['prepayment-pressure']],
  ['Ich brauche 100 € im Voraus.', ['prepayment-pressure']],
  ["J'ai besoin de 100 € d'avance.", ['prepayment-pressure']],
  ['Preciso de R$ 100 adiantado.', ['prepayment-pressure']],
  ['We need a $5,000 budget upfront.', []],
  ['Do you need $100 upfront?', []],
  // A share told as what works, advice to freelancers (bench/benign-advice) — not where it works for the writer
  [
    '25% works well for larger projects where the total cost is significant and the client might hesitate at a bigger upfront number.',
    ['prepayment-pressure (note)'],
  ],
  ['50% upfront works well for me, please send it today.', ['prepayment-pressure']],
  // Crypto asked in the four languages as in English (the parity battery's misses, fifty-sixth session): politely ("Merci
  // d'effectuer", "Por gentileza"), asked whether it suits the reader ("¿Te parece bien en cripto?"), whether there is a way to be
  // paid so, the writer wishing to receive it, an exchange's id named id first, a price "c'est" in a coin, a discount for paying
  // in a coin ("te rebajo un 5%", "geh ich 5 % runter"), the marketplace set aside with "plutôt que"
  ["Merci d'effectuer le paiement en USDT.", ['crypto-payment-request (note)']],
  ["Merci d'avoir payé en USDT.", []],
  ['Por gentileza, faça o pagamento em USDT.', ['crypto-payment-request (note)']],
  ['¿Te parece bien en cripto?', ['crypto-payment-request (note)']],
  ['La crypto, ça te va ?', ['crypto-payment-request (note)']],
  ['Cripto tá ok pra vc?', ['crypto-payment-request (note)']],
  ['¿Te parece bien el precio del bitcoin hoy?', []],
  ['Gibt es eine Möglichkeit, stattdessen in Krypto bezahlt zu werden?', ['crypto-payment-request (note)']],
  ['¿Hay forma de cobrar en cripto en vez de eso?', ['crypto-payment-request (note)']],
  ["Il y a moyen d'être payé en crypto plutôt ?", ['crypto-payment-request (note)']],
  ['Tem como receber em cripto em vez disso?', ['crypto-payment-request (note)']],
  ['Ich würde die Zahlung gern in Bitcoin erhalten.', ['crypto-payment-request (note)']],
  ['Gostaria de receber o pagamento em Bitcoin.', ['crypto-payment-request (note)']],
  ['Gostaria de entender como funciona o pagamento em Bitcoin na plataforma.', []],
  ['Queria receber em BTC ou USDT, é mais rápido que a plataforma.', ['crypto-payment-request']],
  ['Envoie-le sur mon ID Binance 123456789.', ['crypto-payment-request (note)']],
  ['Manda pro meu ID da Binance 123456789.', ['crypto-payment-request (note)']],
  ["Mon prix c'est 0,005 BTC.", ['crypto-payment-request']],
  ['Wenn du in ETH zahlen kannst, geh ich 5 % runter.', ['crypto-payment-request']],
  ['Si puedes pagar en ETH te rebajo un 5%.', ['crypto-payment-request']],
  ['Se vc pagar em USDT posso te dar 10% de desconto.', ['crypto-payment-request']],
  ['Der Bitcoin-Kurs ging heute 5 % runter, du solltest kaufen.', []],
  [
    'Je préférerais être payé en USDT plutôt que via Upwork, les frais ici sont vraiment élevés.',
    ['crypto-payment-request'],
  ],
  // Payments moved off the platform, proposed ("Können wir die Zahlungen … außerhalb der Plattform abwickeln?", "¿Podemos pasar los
  // pagos fuera…", "dá pra fazer o pagamento fora do upwork?", "hors upwork"); ways to pay listed and refused together; a
  // quick-support app in three languages; "why don't you add me" in French and Portuguese; German "füg mich … hinzu"
  ['Können wir die Zahlungen ab jetzt einfach außerhalb der Plattform abwickeln?', ['alt-payment-request']],
  ['¿Podemos pasar los pagos fuera de la plataforma a partir de ahora?', ['alt-payment-request']],
  ['A gente pode passar os pagamentos pra fora da plataforma daqui pra frente?', ['alt-payment-request']],
  ['on peut faire le paiement hors upwork ?', ['alt-payment-request']],
  ['dá pra fazer o pagamento fora do upwork?', ['alt-payment-request']],
  ['Können wir die Zahlungen über die Plattform abwickeln?', []],
  ['Crypto, gift cards, transfers off the platform: none of that, I tell you right away, is accepted here.', []],
  [
    "Les cryptomonnaies, les cartes cadeaux, les virements hors plateforme : rien de tout cela, je vous le dis d'emblée, n'est accepté chez nous.",
    [],
  ],
  [
    'Por favor descarga una app de soporte rápido y dime el ID y la contraseña para que pueda entrar en tu equipo.',
    ['remote-access-request'],
  ],
  [
    "Télécharge une appli d'assistance rapide et lis-moi l'ID et le mot de passe pour que je puisse aller sur ta machine.",
    ['remote-access-request'],
  ],
  ['Ofrecemos soporte rápido por correo.', []],
  ["Pourquoi tu m'ajoutes pas sur Telegram ?", ['move-off-platform']],
  ['Pq vc não me adiciona no Telegram?', ['move-off-platform']],
  ['Warum fügst du mich nicht auf Telegram hinzu?', ['move-off-platform']],
  ['Füg mich auf Telegram hinzu.', ['move-off-platform']],
  ['Ich füge dich nicht auf Telegram hinzu, bleib hier.', []],
  ["Je ne t'ajoute pas sur Telegram, désolé.", []],
  // Paying "on the platform" set aside with its verb or two small words ("Statt über die Plattform zu zahlen", "En vez de pagar en
  // la plataforma"); the work laptop or a parcel taken in for the writer in four languages (the parity battery, fifty-sixth
  // session)
  [
    'Statt über die Plattform zu zahlen, kannst du es an das PayPal meiner Frau schicken, sie kümmert sich um mein Geld.',
    ['alt-payment-request'],
  ],
  [
    'En vez de pagar en la plataforma, puedes mandarlo al PayPal de mi esposa, ella maneja mi dinero.',
    ['alt-payment-request'],
  ],
  ['En vez de la plataforma antigua usamos una nueva.', []],
  ['Könnten Sie den Laptop an unseren Agenten schicken?', ['ship-equipment-elsewhere (note)']],
  ["Vous pourriez envoyer l'ordinateur portable à notre agent ?", ['ship-equipment-elsewhere (note)']],
  ['¿Podrías recibir el paquete en mi nombre? Estoy de viaje.', ['ship-equipment-elsewhere (note)']],
  ['Tu pourrais réceptionner le colis à ma place ? Je suis en voyage.', ['ship-equipment-elsewhere (note)']],
  ['Vc pode receber o pacote por mim? Tô viajando.', ['ship-equipment-elsewhere (note)']],
  ["La boîte envoie un ordi, tu pourrais le récupérer pour moi et l'installer ?", ['ship-equipment-elsewhere']],
  ['A empresa vai mandar um notebook, vc pode receber pra mim e deixar configurado?', ['ship-equipment-elsewhere']],
  [
    'Die Firma schickt mir einen Laptop, aber ich bin gerade unterwegs, kannst du ihn an deiner Adresse annehmen und mir weiterschicken?',
    ['ship-equipment-elsewhere (note)'],
  ],
  // The remote-desktop code asked with the verb after it or in the infinitive ("mir die ID schicken", "mandarme el ID", "me
  // mandar o ID"), as "send me the ID" is (notes where English was red)
  [
    'Könntest du AnyDesk auf deinem Computer installieren und mir die ID schicken, damit ich dir beim Einrichten helfen kann?',
    ['remote-access-request'],
  ],
  ['¿Podrías instalar AnyDesk en tu compu y mandarme el ID para ayudarte a configurarlo?', ['remote-access-request']],
  ['Vc pode instalar o AnyDesk no seu pc e me mandar o ID pra eu te ajudar a configurar?', ['remote-access-request']],
  ['Kannst du mir den ScreenConnect-Code schicken?', ['remote-access-request']],
  // Talk moved elsewhere in the four languages as in English: "Escríbenos", "Fala com a gente", "Ich kommuniziere lieber per
  // E-Mail", "podríamos seguir", "a gente podia continuar" ("a gente", "comigo" name the writer), "deixe seu número de whatsapp"
  ['Escríbenos por WhatsApp.', ['move-off-platform']],
  ['Fala com a gente no WhatsApp.', ['move-off-platform']],
  ['Ich kommuniziere lieber per E-Mail.', ['move-off-platform']],
  ['Ich kommuniziere mit meinem Team per Slack.', []],
  ['Me preguntaba si podríamos seguir por WhatsApp', ['move-off-platform']],
  ['Tava pensando se a gente podia continuar no WhatsApp', ['move-off-platform']],
  ['Por gentileza, deixe seu número de whatsapp pro meu gerente te contatar direto.', ['move-off-platform']],
  ['Fala comigo aqui mesmo, não uso WhatsApp.', []],
  // An offer or proposal sent to a friend's account is no payment ("manda la oferta a la cuenta de mi amigo", as "send the offer"
  // is not); a marketplace account opened "avec tes infos", "com os seus dados" (notes: English quotes a second sentence)
  [
    'Por favor manda la oferta a la cuenta de mi amigo, él la acepta y yo hago todo el trabajo.',
    ['account-switch-request'],
  ],
  [
    "Envoie l'offre sur le compte de mon ami stp, il l'accepte et c'est moi qui fais tout le travail.",
    ['account-switch-request'],
  ],
  ['Manda el pago a la cuenta de mi amigo.', ['alt-payment-request (note)']],
  [
    'Tu peux ouvrir un compte Upwork avec tes infos ? Je fais tout le travail et je te paie chaque mois.',
    ['identity-rental-request (note)'],
  ],
];

describe('messages graded as the panel shows them', () => {
  it.each(CASES)('%s', (text, expected) => {
    expect(shown(text)).toEqual([...expected].sort());
  });
  it('says why a prepayment finding is a red flag or only a note, in words for a person', () => {
    const lines = (text: string) => analyzeMessage(text).findings[0].evidence.join(' ');
    expect(lines('I need 50% upfront before I start.')).toMatch(/names the sum or share to be paid before the work/);
    expect(lines('Do I have to pay 50% in advance?')).toMatch(/only asked about or told as what is usual/);
  });
  it('cites the words that name the writer beside the channel, not an earlier "me"', () => {
    const lines = (text: string) => analyzeMessage(text).findings[0].evidence.join(' ');
    expect(lines('The video is lagging for me, just call me on WhatsApp.')).toContain('(“call me on”)');
  });
});
