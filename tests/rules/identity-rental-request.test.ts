import { describe } from 'vitest';
import { rule } from '../../lib/rules/identity-rental-request';
import { messageCases } from './message-cases';

describe('identity-rental-request', () => {
  messageCases(rule, [
    ['Can I rent your Upwork account?', true],
    ['I need a US partner to bid.', true],
    ["I'll pay you for using your bank account.", true],
    ['Ich würde dein Konto mieten.', true],
    ['Use your own account to log in to staging.', false],
    ['The ID verification step uses OCR.', false],
    ['We need a US server for latency.', false],
    // Spanish, French, Portuguese; other word orders
    ['Busco alguien que me alquile su cuenta verificada.', true],
    ['Je cherche à louer un compte vérifié.', true],
    ['Preciso alugar uma conta verificada.', true],
    ['Nunca prestes tu cuenta a nadie.', false],
    ['Identity verification is done through the platform.', false],
    // Real text that raised a finding once (Debian's fortunes and Debian Reference, bench/text-data.ts)
    ['Vous êtes maintenant prêt à jouer avec un compte d’utilisateur sans privilège.', false],
    ['… the prestige of His identity.', false],
    ['Quando as contas são pagas, ninguém presta atenção no tamanho delas.', false],
    ['Alquílame tu cuenta verificada, te pago cada mes.', true],
    // The role split of an account-farming pitch, with no "rent" or "your account"
    [
      '1. You create an Upwork account and send proposals. 2. I will take over all communication and technical work. 3. You receive 25% of the total income.',
      true,
    ],
    ['Create an account and earn 20% of the revenue from every referral you bring.', false],
    // The reader's face at the interviews for a share of the pay, with no word for account or identity (issue 12),
    // five languages; an ordinary split of work or of a project is no stand-in
    ['You attend the interviews with your face, I do the work, we split the pay 70/30', true],
    ['You do the video interviews and I will do all the coding, you keep 20% of the salary', true],
    ['I need someone to be the face of my team in client calls, you get 15% of every payment', true],
    ['Du führst die Vorstellungsgespräche, ich mache die Arbeit, wir teilen das Gehalt.', true],
    ['Tú haces las entrevistas y yo hago el trabajo, te doy el 20% del sueldo.', true],
    ['Tu passes les entretiens, je fais le travail, on partage le salaire.', true],
    ['Você faz as entrevistas, eu faço o trabalho e dividimos o salário.', true],
    ['You do the interviews with the client and I do the backend work; we split the project into two parts.', false],
    ['You attend the daily calls, I do the code review.', false],
    // The writer keeping the technical work is an ordinary split of roles without a share of the pay or a name
    ["You'll lead the client calls, I'll handle the development", false],
    ['You just do the video interviews for me and keep 20% of the salary.', true],
    // ... but with the reader's share of the pay it is a stand-in (second fresh-eyes review: no finding since 91a6ef7)
    ["You'll attend the interviews, I'll handle the technical work and you get 30%.", true],
    ["You will attend the interviews, I'll do all the coding and you'll receive 30%.", true],
    // From a fresh-eyes review: a split of the work with no share of the pay is how agencies and colleagues work
    ['As our project manager you will lead the weekly client calls, and I will handle the development work.', false],
    ['You will join our weekly client calls; I do the work on the backend and you do the frontend tasks.', false],
    ['Tú haces las reuniones con el cliente y yo hago el trabajo técnico.', false],
    // German renting is a verb: a flat's or a camper's rent paid to the landlord's account is none (ninth set, read)
    ['Der Restbetrag ist vier Wochen vor Mietbeginn auf das Konto des Vermieters zu überweisen.', false],
    ['Die Miete ist monatlich auf das Konto der Hausverwaltung zu überweisen.', false],
    ['Ich miete dein Upwork-Konto für 200 € im Monat.', true],
    ['Kannst du mir dein Konto vermieten?', true],
    // "representative" as a noun is nobody standing in at an interview
    ['When you call, write down phone number, name of the band, and full name of band owner/representative.', false],
    ['Ich zahle dir monatlich 300 € Miete für deinen Upwork-Account.', true],
    ['Die Miete für dein Konto beträgt 300 € monatlich.', true],
    ['Necesito un representante para las entrevistas con clientes, te pago el 30% del salario.', true],
    // The reader's account opened for the writer, or worked through by the writer's team (tuning text)
    ['Your role: you will create your upwork account with your information and get the jobs.', true],
    ['My team member can apply to the jobs via your account and you can do only interview.', true],
    ['Wir bewerben uns über dein Konto auf die Jobs.', true],
    ['Can you apply for the job through your Upwork profile?', false],
    ['I log in to the dashboard with your account credentials you sent me for the staging site.', false],
    ['I work with your account manager on the billing side.', false],
    // A story of what couriers or members do names neither writer nor reader (fifteenth session, tuning text read)
    ['Alguns entregadores por aplicativo alugam suas contas para pessoas sem documentação.', false],
    ['Lo que parece una paradoja es el alquiler y la venta de cuentas para trabajar en estas aplicaciones.', false],
    ['Procuro uma conta Uber Eats para alugar no estado da Virgínia, pago 30% do que ganhar.', true],
    ['Can you rent me your Upwork account? I will pay 30% of the income.', true],
    ['Looking for someone with a verified Upwork account to rent, 30% of earnings monthly.', true],
    ['Se busca persona para alquilar cuenta de Upwork, pago mensual.', true],
    // An account handed over to the writer; a bank account to be paid into or a name for a workspace is not (sixteenth session)
    ['Can you share your Upwork account with me? I will give you 20%.', true],
    ['Teile dein Upwork-Konto mit mir und du bekommst 20%.', true],
    ['Comparte tu cuenta de Upwork conmigo y te doy el 20%.', true],
    ['Please share your bank account details with me so I can pay you.', false],
    ['Please share your Jira account with me so I can add you to the board.', false],
    ['Could you share your GitHub account name with me?', false],
    // A stranger's fund moved into the reader's account, the share or the dead customer in another sentence (twenty-second
    // session, the sixteenth set read)
    ['I want to transfer an abandoned 12 million Dollars into your Bank account. 40 percent will be your share.', true],
    [
      'I want you to help me in receiving the sum of 10.5 Million Dollars into your Bank Account. Nobody has claimed it.',
      true,
    ],
    ['The fund is ready for transfer into your account. We will share it 60%/40%.', true],
    ['Your earnings will be transferred into your bank account every Friday. A 10% service fee applies.', false],
    ['Add a beneficiary first; the refund goes into your bank account within five days.', false],
    ['I want you to stand as the replacement beneficiary of the deposit.', true],
    ['Du wirst nur als nächster Verwandter zu meinem verstorbenen Kunden stehen, wir teilen 50:50.', true],
    ['Please name your next of kin on the HR form.', false],
    // The reader's unused marketplace account, the dead client's surname, "stand as my foreign partner", a share offered
    // (twenty-third session, the eighteenth set read)
    ['I am interested in renting your Upwork account, provided you are not currently using it.', true],
    ["If you're not currently using your Upwork account, I propose we utilize it to manage our freelance work.", true],
    ["If you're not currently using the dashboard, I propose we switch it off.", false],
    ['I need you to stand as my foreign partner for investment in your country.', true],
    ["I am seeking your assistance to stand as my late father's foreign partner and receive this money.", true],
    [
      'I would need your assistance in re-profiling funds belonging to my late client who shares similar surnames with you.',
      true,
    ],
    ['My client has the same surname as you, funny coincidence.', false],
    ['Ofereço-lhe 45% assim que receber o fundo em sua conta.', true],
    ['Você tem um resgate pendente que esta prestes a expirar na sua conta.', false],
    // claimed as the next of kin, a business associate or trustee, a foreign partner in German, a bank account to move
    // money into (twenty-third session, the read text)
    [
      'I need your urgent assistance for the claim of US$10million as the next of kin to our deceased bank customer.',
      true,
    ],
    ['I should present your name to the bank to stand as his business associate/trustee for the fund.', true],
    ['Ich bin damit einverstanden, dass 40% dieses Geldes für Sie als meinen ausländischen Partner sind.', true],
    ['I need a foreign account where the bank will transfer this fund.', true],
    ['Please provide a safe bank account into where the money will be transferred for investment.', true],
    ['Please provide your bank account so we can transfer your salary.', false],
    ['We need a new bank account for the company; the money will be transferred next week.', false],
    ["Our trustee will review the fund's annual report.", false],
    // A platform account sought for a sum a week or a month (twenty-second session, the read text's adverts)
    ['Looking for an Upwork account, will pay $300 per month.', true],
    ['Cherche compte deliveroo : 150 euros la semaine', true],
    ['Busco cuenta de Upwork verificada, pago 200 dólares al mes.', true],
    ['Suche Upwork-Konto, zahle 200 € im Monat.', true],
    ['We need an Upwork account manager, $2000 per month.', false],
    ['Looking for someone to manage our Upwork account, $500 per month.', false],
    ['We are looking for an account manager, salary $3,000 per month.', false],
    // The writer staying behind the scenes while the reader takes the interviews
    [
      'You would take on client-facing responsibilities like interviews and meetings, while I focus on delivering high-quality technical work behind the scenes.',
      true,
    ],
    ['You would handle the client meetings; our designers work behind the scenes on the mockups.', false],
    ['As project manager you would lead client meetings while the developers stay behind the scenes.', false],
    // an interview taken for the writer is a stand-in; a meeting joined for a busy client is an assistant's task
    ['Could you attend the interview for me? I will pay you 200 USD.', true],
    ['Could you join the meeting for me and take notes?', false],
    // working under the reader's name for a share, said across two sentences (seventeenth session)
    ["Can I work under your name? You'll get 20%.", true],
    ['Ich arbeite unter deinem Namen und du bekommst 20 %.', true],
    ['¿Puedo trabajar con tu nombre? Te doy el 20 %.', true],
    ['Je travaille sous ton nom et tu touches 20 %.', true],
    ['Posso trabalhar no seu nome? Você fica com 20%.', true],
    ['¿Me prestas tu cuenta de Upwork? Te pago el 30 %.', true],
    ['As a ghostwriter I write under your name; the price is $50 per article.', false],
    // a profile like the reader's, a partner's verified account, the reader in the interviews — for a share
    [
      "It would really help if I could bid through a US profile like yours; I'd handle all the work and you'd get a cut every month.",
      true,
    ],
    ['suche eu-partner acc zum bieten, 25% monatl. für dich, null aufwand', true],
    ['busco socio con cta verificada usa, 25% mensual pa ti sin hacer nada', true],
    ['cherche partenaire avec compte fr vérifié, 25%/mois pour toi, rien à faire', true],
    [
      'Die Bewerbungsgespräche führst du, ich bleibe im Off und mache die Arbeit; vom Lohn bekommst du ein Drittel.',
      true,
    ],
    // a share of the reader's income, not any percentage ("20% of the support tickets")
    ['We are looking for a partner with a verified account on our side to handle 20% of the support tickets.', false],
    [
      "Could I open a profile using your ID and bank details? I'd do all the jobs and send you 30% of each payment.",
      true,
    ],
    // (review, seventeenth session) what the first versions of this session's changes got wrong
    ['Ich arbeite als Ghostwriter unter Ihrem Namen, Anzahlung 30 %.', false],
    ["I'll ghostwrite and work under your name on Medium; 4 posts per month at $300.", false],
    [
      'Our Upwork account is verified (payment method too). We release 20% per milestone and part of the work involves a third-party API.',
      false,
    ],
    [
      "I'll build the store in my Shopify Partner account and transfer ownership to you; a third-party app will handle reviews.",
      false,
    ],
    [
      'I do the user interviews myself (8 sessions); 30% upfront, 70% on delivery, and a third of the budget covers participant incentives.',
      false,
    ],
    // (second review, seventeenth session)
    ["You do the final interviews, I do the sourcing and screening. You'll get the shortlist for $900.", false],
    [
      "As your white-label subcontractor I'd work under your name with your clients. You'll get every deliverable at $45/h.",
      false,
    ],
    ['Vous faites les entretiens clients, je fais la maquette ; vous recevez le prototype pour 800 euros.', false],
    ["Mon compte a été suspendu quelques jours en 2023, mais tout est rentré dans l'ordre depuis.", false],
    [
      'Let me work under your name and your ID with the clients. I do all the coding, you get 300 dollars a month.',
      true,
    ],
    // an unused account asked to be shared, the account named in the condition (eighteenth session, a tuning text's pitch)
    [
      "If you're not using your freelancing platform accounts at the moment, how about sharing with me? I'm happy to offer you 20% of the total earnings.",
      true,
    ],
    ['How about sharing your Upwork account with me? I will offer you 20% of the total earnings.', true],
    ['How about sharing your screen with me so I can see the bug?', false],
    ["If you're not using the staging account, how about sharing it with the QA team?", false],
    // Twentieth session, the tenth real set read
    ['So we must use your Upwork account on your personal computer.', true],
    ['I can only bid on projects after you log in to Upwork.', true],
    ['We will use your account manager as the contact for invoices.', false],
    ['After you log in to Upwork, you can bid on the project yourself.', false],
    [
      'Ich möchte die 495 Euro Gebühr überweisen, damit mein Konto eröffnet werden kann. Bitte teilen Sie mir mit, wohin.',
      false,
    ],
    // review classes of the nineteenth session, read in the twentieth
    ["I'll pay $200 for a clear scan of your ID card and a selfie.", true],
    ['Please upload a scan of your ID card for the payroll provider.', false],
    [
      'I want to present you as the next of kin to the bank so that the funds will be released to you, 40% will be yours.',
      true,
    ],
    ['Ich möchte Sie als den nächsten Angehörigen meines verstorbenen Kunden vorstellen.', true],
    ['Quiero presentarlo como el beneficiario de los fondos de mi difunto cliente.', true],
    ['Please add your next of kin in the HR form before your start date.', false],
    ['Scammers may ask you to pose as the next of kin of a dead client.', false],
    [
      'I need your assistance to receive this fund into your bank account, and you will take 40% of the total sum.',
      true,
    ],
    ['Ich brauche Ihr Bankkonto, um das Geld zu empfangen, Sie erhalten 30 % der Summe.', true],
    [
      'Payments are transferred into your bank account within 3 days; you get 90% of the price after the 10% fee.',
      false,
    ],
    ['Kindly confirm your bank account so we can transfer your salary.', false],
    // the reader's account lent to receive money for the writer, and the reader at the interviews for the writer's team
    // (twenty-first session, the read text)
    [
      'We are interested in employing your services to establish a medium of receiving payment on our behalf for goods we supply to our clients.',
      true,
    ],
    ['Stellen Sie uns Ihr Konto für einen Finanztransfer zur Verfügung und kassieren Sie dafür eine Provision.', true],
    ['Our finance team handles receiving payments on behalf of the company.', false],
    [
      'Your responsibilities:\n- Attend interviews according to the schedule I share.\n- Apply using your CV/profile.\nI will handle all project work using my team.',
      true,
    ],
    ['Attend interviews with our clients and present the project.', false],
  ]);
});
