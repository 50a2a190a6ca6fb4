/**
 * A fourth held-out set, written on 2026-11-27 (third session) before any change to the message rules in
 * that session, and never used to tune them: only its totals are printed. English and German.
 */
import type { Labelled } from './messages';

export const HELD_OUT_4: Labelled[] = [
  // crypto-payment-request
  ['For payment I would like to use USDT (TRC20), it is faster for me than bank.', ['crypto-payment-request']],
  ['Is it possible to get my weekly pay in bitcoin instead of dollars?', ['crypto-payment-request']],
  ['My rate is $45/h, payable in ETH or USDC, whichever you like.', ['crypto-payment-request']],
  ['Hello sir, kindly release the milestone in crypto, my bank is having issue.', ['crypto-payment-request']],
  ['Könnten Sie mir das Honorar in Bitcoin überweisen?', ['crypto-payment-request']],
  ['Am liebsten hätte ich die Vergütung in USDT.', ['crypto-payment-request']],
  // alt-payment-request
  ['Please make the payment to my uncle, here are his bank details. He will send it to me.', ['alt-payment-request']],
  ['I can not receive money on my own account right now, so use my partner’s PayPal please.', ['alt-payment-request']],
  ['Could you pay me with Amazon gift cards? It works best for me.', ['alt-payment-request']],
  ['The invoice will come from a company of my friend, just pay that company.', ['alt-payment-request']],
  ['Bitte überweisen Sie das Geld an meinen Cousin, ich gebe Ihnen seine IBAN.', ['alt-payment-request']],
  ['Die Zahlung bitte auf das Konto meiner Mutter, mein Konto ist gerade gesperrt.', ['alt-payment-request']],
  // move-off-platform
  ['Upwork chat is slow, please message me on telegram @devmax_pro so we can talk faster.', ['move-off-platform']],
  ['Can we switch to WhatsApp? My number is +1 415 555 0199.', ['move-off-platform']],
  ['Drop me an email at kevin.dev.work@gmail.com and I will send the details there.', ['move-off-platform']],
  ['Let us take this conversation outside the platform, Discord is easier for me.', ['move-off-platform']],
  ['Wir können gern über Telegram weiter schreiben, da bin ich schneller erreichbar.', ['move-off-platform']],
  ['Fügen Sie mich bitte bei WhatsApp hinzu, dann besprechen wir alles Weitere.', ['move-off-platform']],
  // ship-equipment-elsewhere
  [
    'When you ship the work laptop, please put my friend’s address in Texas, I am staying with him.',
    ['ship-equipment-elsewhere'],
  ],
  ['The company laptop should go to my agent, he will set it up and forward it to me.', ['ship-equipment-elsewhere']],
  [
    'I am moving soon, so better deliver the computer to this address: 1200 Oak St, Houston.',
    ['ship-equipment-elsewhere'],
  ],
  ['My cousin will receive the MacBook for me, I will share his address.', ['ship-equipment-elsewhere']],
  ['Bitte schicken Sie das Notebook an die Adresse meines Bruders in Hamburg.', ['ship-equipment-elsewhere']],
  ['Den Laptop kann ich leider nicht bei mir annehmen, mein Freund nimmt ihn entgegen.', ['ship-equipment-elsewhere']],
  // account-switch-request
  [
    'My upwork account got restricted yesterday, can you send the offer to my second profile?',
    ['account-switch-request'],
  ],
  ['Please hire me through my colleague’s account, I will do all the work myself.', ['account-switch-request']],
  ['I will be working from my friend’s account because mine is under review.', ['account-switch-request']],
  ['Can you close this contract and open a new one with my other account?', ['account-switch-request']],
  [
    'Mein Freelancer-Account ist gesperrt, bitte beauftragen Sie mich über das Konto meines Kollegen.',
    ['account-switch-request'],
  ],
  ['Können Sie den Vertrag auf mein zweites Profil umstellen?', ['account-switch-request']],
  // identity-rental-request
  [
    'Hi, I am looking for someone from the US to lend me their account, I pay 30% of each job.',
    ['identity-rental-request'],
  ],
  [
    'We need a person with a verified ID to open an account for us, you just pass the verification and get paid monthly.',
    ['identity-rental-request'],
  ],
  ['I will pay you $300 a month if you let me use your name and SSN for the contracts.', ['identity-rental-request']],
  ['Suche jemanden, der sein Upwork-Konto vermietet, 200 Euro pro Monat.', ['identity-rental-request']],
  ['Kannst du für mich die Identitätsprüfung machen? Ich bezahle dich dafür.', ['identity-rental-request']],
  // avoids-video
  ['Sorry, I am not able to do the video interview, my laptop camera is broken. Can we just chat?', ['avoids-video']],
  ['I am a bit shy, can we do the interview by text instead of a call?', ['avoids-video']],
  ['My internet is too weak for video, let’s keep it in the chat please.', ['avoids-video']],
  ['I would rather skip the camera, audio only is ok for me.', ['avoids-video']],
  ['Meine Kamera geht leider gerade nicht, können wir schriftlich weitermachen?', ['avoids-video']],
  ['Ein Videogespräch ist bei mir momentan nicht möglich.', ['avoids-video']],
  // prepayment-pressure
  ['Before I start I need 50% of the total sent to me, outside of the milestone system.', ['prepayment-pressure']],
  ['Pay the full amount upfront and I will finish in 2 days, this is urgent.', ['prepayment-pressure']],
  ['I need a deposit of $500 today or I have to take another client.', ['prepayment-pressure']],
  ['Ich brauche vorab die Hälfte des Betrags, sonst kann ich nicht anfangen.', ['prepayment-pressure']],
  ['Bitte zahlen Sie den gesamten Betrag im Voraus, dann lege ich sofort los.', ['prepayment-pressure']],
  // remote-access-request
  ['To fix the server I need you to install AnyDesk and give me the code.', ['remote-access-request']],
  [
    'Please share your screen through TeamViewer and give me control, I will set up everything.',
    ['remote-access-request'],
  ],
  ['Can you enable Remote Desktop on your PC and send me the IP and login?', ['remote-access-request']],
  ['Installieren Sie bitte AnyDesk und schicken Sie mir die ID, dann richte ich es ein.', ['remote-access-request']],
  [
    'Bitte richten Sie Chrome Remote Desktop ein, damit ich mich auf Ihren Rechner verbinden kann.',
    ['remote-access-request'],
  ],
  // recommends-more-workers
  ['I also have two friends who are senior developers, you can hire them too, same rate.', ['recommends-more-workers']],
  ['If you need more people, my team of five engineers can join, I will manage them.', ['recommends-more-workers']],
  ['My brother is also a React developer, could you give him a contract as well?', ['recommends-more-workers']],
  ['Ich kenne noch drei weitere Entwickler, die Sie gleich mit einstellen könnten.', ['recommends-more-workers']],
  // several at once
  [
    'My account is suspended, so hire me on my friend’s profile and pay me in USDT.',
    ['account-switch-request', 'crypto-payment-request'],
  ],
  [
    'Let’s talk on Telegram, and please send the laptop to my cousin in Ohio.',
    ['move-off-platform', 'ship-equipment-elsewhere'],
  ],
  ['I cannot do video now, but please send 40% upfront so I can start.', ['avoids-video', 'prepayment-pressure']],

  // hard negatives
  ['We are building a crypto payment dashboard, experience with USDT and ETH APIs is required.', []],
  ['I have integrated Bitcoin and Lightning payments for three e-commerce shops.', []],
  ['Our company does not pay in cryptocurrency, only by bank transfer through the platform.', []],
  ['The project is a Telegram bot that posts crypto prices to a channel.', []],
  ['I built a WhatsApp Business API integration for a clinic to send appointment reminders.', []],
  ['Please keep all communication on Upwork, that is our policy.', []],
  ['I will return the laptop to your office by courier once the contract ends.', []],
  ['The laptop will be shipped to the address in your profile, please confirm it is correct.', []],
  ['Please send the signed documents back to us by email.', []],
  ['Happy to jump on a video call tomorrow at 10am your time, just send the link.', []],
  ['My camera works fine, we can do Zoom whenever you want.', []],
  ['The app needs a video chat feature with screen sharing, similar to Zoom.', []],
  ['We pay by milestones, nothing upfront, funds are held in escrow.', []],
  ['The client paid a deposit for the hosting, which I forwarded to AWS.', []],
  ['I will never ask you for your passwords, please use the invite feature instead.', []],
  ['Please invite me to the GitHub repo as a collaborator, no need to share any passwords.', []],
  ['I wrote a remote desktop client in Rust as a side project.', []],
  ['Our team is five engineers; we are looking for one more backend developer.', []],
  ['Do you know any other good designers? We need two more for the project.', []],
  ['I used to have another account years ago but I closed it, this is my only profile now.', []],
  ['Your profile looks great, we would like to send you an offer.', []],
  ['Identity verification is done through the platform, I passed it last year.', []],
  ['The task is to build a KYC flow where users upload their ID and a selfie.', []],
  ['I can send you my portfolio by message here on the platform.', []],
  ['Our payments go out every Friday through the platform.', []],
  ['Wir zahlen ausschließlich über die Plattform, keine Kryptowährung.', []],
  ['Das Projekt ist eine App zur Verwaltung von Bitcoin-Wallets.', []],
  ['Ich schicke den Laptop nach Projektende an Ihre Firma zurück.', []],
  ['Gern können wir morgen ein Videogespräch führen, meine Kamera funktioniert.', []],
  ['Bitte bleiben Sie für die Kommunikation auf der Plattform.', []],
  ['Wir entwickeln einen Telegram-Bot für unseren Kundenservice.', []],
  ['Eine Anzahlung ist bei uns nicht üblich, wir zahlen nach Meilensteinen.', []],
  ['Teilen Sie bitte niemals Ihr Passwort mit mir, ich brauche nur einen Gastzugang.', []],
  ['Wir suchen noch zwei weitere Entwickler für das Team.', []],
  ['Ich habe nur dieses eine Konto auf der Plattform.', []],
  ['Meine Rechnung geht wie immer über die Plattform an Sie.', []],
];
