/**
 * A labelled corpus of proposal and chat messages (invented, English and German) for the message rules:
 * positives for every rule and at least as many hard negatives — negations, quotes, crypto or messenger
 * *work*, ordinary equipment returns, honest scheduling. Labels are the rule ids a message should raise.
 */
export type Labelled = [text: string, labels: string[]];

const C = 'crypto-payment-request';
const A = 'alt-payment-request';
const M = 'move-off-platform';
const S = 'ship-equipment-elsewhere';
const W = 'account-switch-request';
const I = 'identity-rental-request';
const V = 'avoids-video';
const P = 'prepayment-pressure';
const R = 'remote-access-request';
const T = 'recommends-more-workers';

export const POSITIVES: Labelled[] = [
  // crypto-payment-request
  ['Hi, I prefer to receive payment in USDT (TRC20), it is faster for me.', [C]],
  ['Can you pay me in BTC instead? My wallet is bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq', [C]],
  ['Please send the payment to my ETH wallet 0x52908400098527886E0F7030069857D2E4169EE7 after each milestone.', [C]],
  ['I only accept crypto for long-term work.', [C]],
  ['Payment via USDT would be best for me, bank transfers take too long here.', [C]],
  ['Bitte bezahlen Sie mich in Bitcoin, das ist für mich einfacher.', [C]],
  ['Ich akzeptiere USDT als Zahlung, schick es an meine Wallet TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t.', [C]],
  ['Zahlung in Krypto wäre mir lieber.', [C]],
  // alt-payment-request
  ['Could you pay me with Amazon gift cards? My bank has problems this month.', [A]],
  ['Please send the money to my brother’s account, mine is being verified.', [A]],
  ['I will give you the account of my cousin, please transfer there.', [A]],
  ['Can you use Payoneer instead of a bank transfer? The account is not in my name but it is my company.', [A]],
  ['Please wire it to my friend’s PayPal, I do not have one.', [A]],
  ['Bitte überweisen Sie auf das Konto meines Bruders.', [A]],
  ['Können Sie statt einer Überweisung über Western Union zahlen?', [A]],
  ['Schick mir bitte Geschenkkarten als Bezahlung.', [A]],
  // move-off-platform
  ["Let's continue on Telegram, it is easier: @dev_martin", [M]],
  ['Add me on WhatsApp +1 415 555 0134 so we can discuss details.', [M]],
  ['Please contact me via my personal email dev.martin@gmail.com before you send the offer.', [M]],
  ['Can we talk on Discord? My handle is devmartin#2231.', [M]],
  ['Message me on Skype, live:.cid.8f2a1b, I reply faster there.', [M]],
  ['Schreib mir bitte auf Telegram, hier bin ich selten online.', [M]],
  ['Lass uns auf WhatsApp weiterreden: +49 151 23456789', [M]],
  ['Kontaktieren Sie mich per E-Mail, dann schicke ich Ihnen mein Portfolio.', [M]],
  // ship-equipment-elsewhere
  ['Please send the laptop to my friend in Ohio, he will bring it to me.', [S]],
  ['Could you ship the equipment to a different address? I am moving next week.', [S]],
  ['I cannot receive packages at my address, please ship it to my cousin.', [S]],
  ['Can you mail the documents to this address: 12 Sample Rd, Dallas?', [S]],
  ['Please deliver the MacBook to my agent, he handles my paperwork.', [S]],
  ['Bitte schicken Sie den Laptop an meinen Freund in Berlin.', [S]],
  ['Ich kann das Paket leider nicht an meiner Adresse empfangen.', [S]],
  ['Senden Sie das Gerät bitte an eine andere Adresse, ich gebe sie Ihnen gleich.', [S]],
  // account-switch-request
  ['My account was suspended yesterday, can you hire me on my other account?', [W]],
  ['Please send the offer to my second account, this one is limited.', [W]],
  ['My Upwork profile has been restricted, we can continue on my friend’s account.', [W]],
  ['Can we do the contract under my partner’s name? It is the same team.', [W]],
  ['Hire me through my new account please, I will send you the link.', [W]],
  ['Mein Konto wurde gesperrt, bitte stellen Sie mich über mein anderes Konto ein.', [W]],
  ['Mein Profil ist eingeschränkt, können wir auf meinem neuen Konto weitermachen?', [W]],
  ['Bitte laden Sie mich über mein zweites Konto ein.', [W]],
  // identity-rental-request
  ['Can I rent your Upwork account? I will pay you 300 USD per month.', [I]],
  ['I need a US partner to bid on projects, you just receive the money and keep 20%.', [I]],
  ['Could I borrow your ID to verify the profile? It is only a formality.', [I]],
  ['I will pay you for using your bank account to receive client payments.', [I]],
  ['We need an American person to open the account, we do all the work.', [I]],
  ['Kann ich deinen Ausweis leihen, um mein Konto zu verifizieren?', [I]],
  ['Ich würde dein Konto mieten, 200 Euro im Monat.', [I]],
  ['Wir möchten Ihr Bankkonto nutzen, Sie bekommen 15 Prozent.', [I]],
  // avoids-video
  ['Sorry, my camera is broken, can we just chat here?', [V]],
  ['I can’t do video calls, my internet is slow. Text only please.', [V]],
  ['I prefer text chat instead of a video interview, I am more precise in writing.', [V]],
  ['Can we postpone the video call again? Let us keep it in chat for now.', [V]],
  ['My microphone is not working today, let us continue in writing.', [V]],
  ['Meine Kamera ist kaputt, lieber per Chat.', [V]],
  ['Ich möchte keinen Videoanruf, schreiben reicht doch.', [V]],
  ['Das Mikrofon funktioniert nicht, wir können im Chat bleiben.', [V]],
  // prepayment-pressure
  ['I need 50% upfront before I start, outside the platform.', [P]],
  ['Please pay the full amount first, then I deliver the code.', [P]],
  ['Send the deposit today or I cannot continue.', [P]],
  ['An upfront payment is required for all new clients.', [P]],
  ['You have to pay in advance, I was scammed before.', [P]],
  ['Ich brauche eine Vorauszahlung von 500 Euro.', [P]],
  ['Bitte im Voraus bezahlen, sonst fange ich nicht an.', [P]],
  ['Nur gegen Vorkasse, das ist meine Regel.', [P]],
  // remote-access-request
  ['Please install AnyDesk and send me the code so I can set up the server.', [R]],
  ['Give me TeamViewer access to your work PC, it will be faster.', [R]],
  ['Can you enable Chrome Remote Desktop on the office machine?', [R]],
  ['Open RDP on your laptop and share the password please.', [R]],
  ['Download RustDesk, I will connect and fix it.', [R]],
  ['Installieren Sie bitte AnyDesk, dann verbinde ich mich.', [R]],
  ['Geben Sie mir Fernzugriff auf Ihren Rechner.', [R]],
  ['Bitte erlauben Sie TeamViewer auf dem Firmenlaptop.', [R]],
  // recommends-more-workers
  ['My friends can also join the project, they are very good developers.', [T]],
  ['I can bring more developers from my team if you need speed.', [T]],
  ['Our team members could also help with QA and design.', [T]],
  ['I could recommend other developers, all from my old company.', [T]],
  ['My brothers can also work on this, we share the tasks.', [T]],
  ['Meine Freunde können auch mitarbeiten, wir sind ein Team.', [T]],
  ['Ich kann Ihnen weitere Entwickler empfehlen.', [T]],
  ['Unsere Kollegen könnten auch einsteigen, wenn es eilt.', [T]],
  // several at once
  [
    'My camera is broken and my account was suspended, so please hire me on my other account and pay in USDT.',
    [V, W, C],
  ],
  ['Add me on Telegram @bob_dev_42. Also please ship the laptop to my cousin.', [M, S]],
];

export const NEGATIVES: Labelled[] = [
  // crypto, but not a payment request
  ['I built a crypto wallet app with React Native and ethers.js.', []],
  ['We never pay in crypto; all payments go through the platform.', []],
  ['No crypto payments please, only via the platform.', []],
  ['The job is about integrating Bitcoin payments into a Shopify store.', []],
  ['I have experience with Solidity, ERC-20 tokens and DeFi dashboards.', []],
  ['Our client accepts crypto from their customers; we need a checkout page for that.', []],
  ['Ich entwickle Krypto-Dashboards mit TypeScript.', []],
  ['Wir zahlen niemals in Krypto, nur über die Plattform.', []],
  ['The commit hash is a3f5c9e1b2d4f6a8c0e2b4d6f8a0c2e4b6d8f0a2, please check it.', []],
  ['Build id 9WzDXwBbmkg8ZTbNMqUxvQRAyrZzDsGYdLVL9zYtAWWM finished.', []],
  ['Token contract at 0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD looks wrong, the checksum fails.', []],
  // payments that are ordinary
  ['Payment through the platform is fine for me, weekly milestones.', []],
  ['I have a Wise account in my own name, the platform can withdraw there.', []],
  ['Please fund the first milestone in escrow and I will start.', []],
  ['Bitte den ersten Meilenstein auf der Plattform finanzieren.', []],
  ['The invoice will be in my own name, as usual.', []],
  ['Our company pays via bank transfer to the account in your name.', []],
  ['I don’t need any upfront payment; pay when you are happy.', []],
  ['No deposit needed, we use the platform’s escrow.', []],
  ['Eine Vorauszahlung ist nicht nötig.', []],
  ['Gift cards for the team are a nice idea for the holidays, not related to the work.', []],
  // messengers as work, or quoted
  ['I can build the Telegram bot with webhooks and a small admin panel.', []],
  ['The WhatsApp API integration will take about two weeks.', []],
  ['Our Discord server needs a moderation bot.', []],
  ['> let’s continue on Telegram\nNo, please keep all communication here on the platform.', []],
  ['You wrote “add me on WhatsApp” — sorry, I only communicate here.', []],
  ['Ich baue Ihnen gerne einen Telegram-Bot.', []],
  ['Happy to keep everything on the platform.', []],
  ['Email notifications are part of the second milestone.', []],
  ['Skype calls are fine for me during US hours, here on the platform first.', []],
  ['I will message you here on the platform tomorrow.', []],
  // equipment handled normally
  ['I will send the laptop back to your office when the project ends.', []],
  ['Please ship the laptop to the address on my ID, as in your policy.', []],
  ['Returning the laptop to the company is no problem.', []],
  ['The documents arrived at my home address, thank you.', []],
  ['Ich schicke den Laptop zurück an die Firma.', []],
  ['The package with the monitor came today.', []],
  ['Can you send the design files to my email here in the chat?', []],
  // accounts mentioned normally
  ['My account is verified and in good standing.', []],
  ['I created my account in 2019 and have 40 jobs.', []],
  ['The account settings page needs a dark mode.', []],
  ['Your account manager can invite me to the repository.', []],
  ['Mein Konto ist verifiziert.', []],
  ['Users report that their accounts were suspended by the bug; I can fix the login flow.', []],
  // identities in the work
  ['The app must verify the user’s ID with an OCR step.', []],
  ['I will never share my account with anyone.', []],
  ['The bank account form needs IBAN validation.', []],
  ['We need a US-based server for latency, not a person.', []],
  ['Die Ausweis-Prüfung soll im Backend passieren.', []],
  ['You can use your own account to log in to the staging site.', []],
  // video is fine
  ['Happy to do a video call tomorrow at 10 am your time.', []],
  ['I can’t wait to talk on video and show you the demo.', []],
  ['Let us do a Zoom call with cameras on, then I share my screen.', []],
  ['The camera module in the app is broken on Android 14, I will fix it.', []],
  ['Gerne per Videoanruf morgen.', []],
  ['Ich freue mich auf das Video-Interview.', []],
  ['My old webcam broke last year, I have a new one now, so video works.', []],
  ['The video player does not work in Safari; that is the first ticket.', []],
  // prepayment negatives
  ['Payment after delivery is fine for me.', []],
  ['Pay after each milestone is approved.', []],
  ['I will start before any payment, to show good faith.', []],
  ['The client asked for an advance payment feature in the checkout.', []],
  ['Zahlung nach Lieferung ist in Ordnung.', []],
  ['Wir bauen eine Funktion für Vorauszahlungen im Shop.', []],
  // remote access as a topic
  ['I have experience with the TeamViewer API and remote support tooling.', []],
  ['We should not use AnyDesk for this; I will work in my own environment.', []],
  ['The RDP vulnerability report is attached for your review.', []],
  ['Ich habe Erfahrung mit Fernwartungssoftware in der Industrie.', []],
  ['Please do not give anyone remote access; I only need the Git repository.', []],
  // team mentions that are ordinary
  ['I work alone on all my projects.', []],
  ['My team at my previous job used Scrum.', []],
  ['Our friends at the agency designed the logo.', []],
  ['Ich arbeite allein.', []],
  ['Your team can review the pull request.', []],
  // general ordinary messages
  ['Hello, thank you for the invitation. I read the job description and I can start on Monday.', []],
  ['Here is my estimate: three weeks for the API and one for tests.', []],
  ['Could you share the Figma file and the staging credentials through the platform?', []],
  ['I am available 9 to 5 CET and can overlap with your morning.', []],
  ['Guten Tag, ich habe die Ausschreibung gelesen und kann nächste Woche anfangen.', []],
  ['Vielen Dank für die Einladung zum Gespräch.', []],
  ['The bug is in the payment form: the currency is not saved.', []],
  ['Let me know if the milestone plan works for you.', []],
  ['I pushed the fix; please test on staging.', []],
  ['Ich schicke Ihnen morgen den ersten Entwurf über die Plattform.', []],
  ['We can sign the NDA on the platform before we start.', []],
];
