import { describe } from 'vitest';
import { rule } from '../../lib/rules/account-switch-request';
import { messageCases } from './message-cases';

describe('account-switch-request', () => {
  messageCases(rule, [
    // The writer's payment account or number in trouble and the money asked to another (twenty-third session, the read SMS)
    ['Minha conta tem porblema., transfere neste numero, 845550000, vem em nome de Armando Tomas.', true],
    ['Melhor mandar para este nr 845550001 m-pesa, o meu nr atingiu limite.', true],
    ['My Payoneer account is blocked, please send the payment to this account instead.', true],
    ['Your account has a problem. Please confirm your details at this link.', false],
    ['Meu número tem problema, manda mensagem neste número.', false],
    ['My laptop has a problem, please send the files to this email.', false],
    // A suspended account, then work through a relative's account, in the other languages (the review, 2026-12-01)
    ['Hola, mi cuenta fue suspendida. Por favor contrátame usando la cuenta de mi primo.', true],
    ['Hallo, mein Konto wurde gesperrt. Bitte beauftragen Sie mich über das Konto meines Bruders.', true],
    ['Mon compte a été suspendu. Engagez-moi via le compte de mon frère.', true],
    ['Minha conta foi suspensa. Me contrate pela conta do meu primo.', true],
    ['My account is banned, and so is my girlfriends account.', false],
    ['My account was suspended, hire me on my other account.', true],
    ['Send the offer to my second account.', true],
    ["Contract under my brother's name please.", true],
    // A lost account alone asks nothing of the reader (issue 12: "a bare statement of a suspended account").
    ['Mein Konto wurde gesperrt.', false],
    ['My account is banned, and so is my girlfriends account.', false],
    ['My account is verified.', false],
    ['Users whose accounts were suspended see an error page.', false],
    ['Please send the money to my own account.', false],
    // Spanish, French, Portuguese; other word orders
    ['Mi cuenta está suspendida, contrátame en mi otra cuenta.', true],
    ['Engagez-moi sur mon autre compte.', true],
    ['Me contrate pela minha outra conta.', true],
    ['Tengo una sola cuenta en la plataforma.', false],
    ['Your profile looks good, we will send an offer.', false],
    // A complaint to the platform about one's own suspension asks the reader for nothing
    ["Why you suspended my account every time and don't have contact service?", false],
    ['For work-restricted accounts, they can still work on awarded projects.', false],
    // short forms, reserve accounts, a friend's profile, a colleague's name (seventeenth session, blind battery)
    ['acc suspended lol, pls hire on my 2nd acc: kevin_devpro', true],
    ['acc gesperrt, bitte über meinen zweit-acc buchen: timo_webdev', true],
    ['me suspendieron la cta jaja, contratame en la 2da: lucas_dev_uy', true],
    ['compte suspendu mdr, embauche moi sur mon 2e compte : yanis_dev', true],
    ['conta suspensa kkk, me contrata na outra: gui_devbr', true],
    [
      'Upwork suspendió mi perfil por un problema de verificación, ¿me podrías contratar en mi cuenta de respaldo?',
      true,
    ],
    ["Mon profil a été restreint ; le plus simple serait de m'embaucher via le profil d'un ami.", true],
    ["Please make the offer out to my colleague Daniel's name; he'll accept it and I'll do the work.", true],
    ['My account was suspended last year, but support restored it and everything is fine now.', false],
    ['I keep a backup of my profile photos on a second drive.', false],
    // (review, seventeenth session) what the first versions of this session's changes got wrong
    ['Te envío el diseño corregido, en la otra versión había un error.', false],
    ['Voici le 2e compte rendu hebdo, avec la proposition de planning.', false],
    ["I found you through the profile of a friend who hired you before, and I'd like to send you an offer.", false],
    ['Bitte stellen Sie die Rechnung zum Auftrag auf den Namen meiner Firma aus.', false],
    ['O contrato pode ser no nome do meu CNPJ?', false],
    // (second review, seventeenth session)
    [
      'I found you through the profile of a friend you hired last year — please consider hiring me for the Shopify work.',
      false,
    ],
    ["Tu m'as été recommandé via le profil d'un ami ; n'hésitez pas à m'engager pour la refonte.", false],
    [
      'If I apply for jobs on my local computer, they can suspend your account. So we must use your Upwork account on your computer.',
      false,
    ],
  ]);
});
