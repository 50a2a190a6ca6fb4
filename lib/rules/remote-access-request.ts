/**
 * G1 mitigations (remote desktop); G4; IND: asks you to install or allow remote-desktop access. Five
 * languages, any word order (lib/text/cooccur.ts).
 */
import { asciiFirst } from '../text/ascii-first';
import { type Combination, type Hit, concept, filter, hintedBy, inMessage, readHits } from '../text/cooccur';
import { roleSplitHits } from '../text/role-split';
import type { PreparedMessage } from '../text/message';
import { NAMES_A_DEVICE, RELAYED_ASK } from '../text/lexicon';
import { messageFinding } from './finding';
import { less } from '../text/regexp-code';
import type { MessageRule } from './types';
import { wordsAhead } from '../text/required-words';

// Order-free, five languages: a remote-desktop tool and a request to install, open or hand over access to it.
const REMOTE_TOOL = concept(
  String.raw`anydesk|any desk|teamviewer|team viewer|quicksupport|quick-support|soporte rápido|suporte rápido|assistance rapide|schnellhilfe|tightvnc|ultravnc|logmein|supremo|ultraviewer|ammyy|quick assist|remote support|suporte remoto|soporte remoto|assistance à distance|fernwartungs\p{L}*|fernsteuerung|chrome remote desktop|remote desktop|rdp|rustdesk|vnc|splashtop|connectwise(?: control)?|screenconnect|remote access|fernzugriff|fernwartung|acceso remoto|escritorio remoto|accès à distance|bureau à distance|prise en main à distance|acesso remoto|área de trabalho remota`,
);
const HAND_OVER = concept(
  String.raw`install\p{L}*|download|invite|get (?:it|anydesk|teamviewer)|set up|setup|enable|open(?!\s?source)|give me|allow|grant|share|send me|tell me|connect|control|installier\p{L}*|erlauben sie|erlaube|freigeben|gib mir|gib|autorisez|einricht\p{L}*|richten sie|lad\p{L}* .{0,10}herunter|schick\p{L}*|geben sie|gib mir|verbind\p{L}*|instal[aá]\p{L}*|instal[eé](?:s|n|mos)|desc[aá]rg\p{L}*|act[ií]v\p{L}*|comp[aá]rt\p{L}*|p[aá]same|env[ií]ame|m[aá]ndame|m[aá]ndeme|(?<=me (?:puedes |podés |podrías |pode |podes |poderia )?)mandar|(?<=(?:pode|podes|poderia) me )mandar|con[eé]ct(?!wise)\p{L}*|t[ée]l[ée]charg\p{L}*|donnez|envoyez|partag\p{L}*|connect(?!wise)\p{L}*|instale|baix\p{L}*|me passe|me mande|me passa|me manda|compartilh\p{L}*|habilit\p{L}*|execut\p{L}*|ejecut\p{L}*|exécut\p{L}*|ausführ\p{L}*|starte\p{L}*|start the|run (?:it|the|this)|provide (?:us|me)|send (?:us|them to us|it to us)|tell (?:us|me)|mitteil\p{L}*|mitzuteil\p{L}*|teilen sie|nennen sie|permitir|aceptar|aceitar|accepter|autoriser|zulassen|(?:te paso|te mando|te env[ií]o|je t[’']envoie|je vous envoie|ich schicke (?:dir|ihnen)|(?:i[’']ll|i will|let me) send you) (?:\p{L}{1,20} )?(?:un |una |a |an |the |le |den |einen )?(?:link|enlace|lien|invite|invitation|session|sesión|sitzung|code|código)`,
);
// The reader's computer, or one they would keep for the writer: "from your computer", "this dedicated computer".
const YOUR_COMPUTER = filter(
  String.raw`(?:your|the|this|a|that)\s+(?:\p{L}+\s+){0,2}?(?:computer|pc|machine|laptop|device)|(?:tu|su|votre|ton|seu|teu|sua|tua|deine[nm]?|ihre[nm]?)\s+(?:computadora|compu|ordenador|pc|ordinateur|ordi|computador|máquina|rechner|computer|tela)(?![\p{L}])|(?:deine[nm]?|ihre[nm]?) bildschirm`,
);
const REMOTELY = concept(
  String.raw`remotely|remote access|remote control|remote tools?|remote connection|fernzugriff|fernsteuer\p{L}*|à distance|remotamente|a distancia|de forma remota|remoto`,
);
// "Denos acceso", "donnez-nous l'accès", "geben Sie uns Zugriff": access asked for, in five languages.
const GIVE_ACCESS = String.raw`d[ée]nos (?:el )?acceso|d[ée]me (?:el )?acceso|(?:nos|me) (?:dê|de|dá) (?:o )?acesso|dê-(?:nos|me) (?:o )?acesso|donnez-(?:nous|moi) (?:l[’']|un )?accès|donne-(?:nous|moi) (?:l[’']|un )?accès|(?:me|nous) donner (?:l[’']|un )?accès|geben sie (?:uns|mir) (?:den )?zugriff|gib (?:uns|mir) (?:den )?zugriff`;
// Remote access asked for outright: "denos el acceso remoto", "give us remote access" (not to a server).
const GIVE_REMOTE: Combination[] = [
  [
    concept(
      String.raw`(?:d[ée]nos|d[ée]me|dê-nos|donnez-nous|geben sie uns|give (?:me|us)|grant (?:me|us)|allow (?:me|us)|(?:me|nos|que le|que les) des|(?:me|nous) donniez|que (?:tu|vous) (?:lui|leur) (?:donnes|donniez)) (?:\p{L}+ )?(?:acceso remoto|acesso remoto|accès à distance|fernzugriff|remote (?:access|control))`,
    ),
  ],
];
// Access to a server, a repository or a hosting account is work on the client's systems, not control of a person's
// computer: "give me remote access to the staging server" (but "install AnyDesk so I can set up the server" asks).
const SERVER =
  /\b(?:to|on|into|of|for) (?:the|our|your|a|my|this) (?:[\w-]+ )?(?:servers?|vps|database|repo(?:sitory)?|hosting|cpanel|staging|backend|aws|cloud)\b|\b(?:al|ao|au|auf den|zum) (?:servidor|serveur|server)\b/i;
// Control handed over without a tool's name: "give me control to your PC", "take over your PC",
// "eine Verbindung zu Ihrem PC herstellen", "teilen Sie unserem Mitarbeiter die ID mit".
const TAKE_OVER = concept(
  String.raw`give (?:me|us) (?:control|permission|access)|${GIVE_ACCESS}|take over|(?:need|want|have) to control|let me control|(?:i|we)(?:[’']ll| will) control|hop(?:ped)? (?:onto|into)|jump(?:ed)? (?:onto|into)|(?:let me|lemme|let us|i(?:[’']ll| will| can| could| need to| have to| must|[’']d)|can i|could i|may i|so i can|so that i can|then i can) (?:\p{L}+ ){0,2}?(?:hop|jump|log|remote) (?:on|onto|into|in to|in on|in)(?= your)|(?:d[ée]ja(?:me|nos)|d[ée]je(?:me|nos)|voy a|puedo) (?:conectarme|conectarnos|meterme|entrar) (?:a|en)|(?:mich|uns) (?:\p{L}+\s+)?auf|(?:me )?conecto (?:yo )?a|(?:si |que )?je (?:prenais|prends|prenne) la main|(?<=(?:laisse[zr]?-(?:moi|nous)|je (?:vais|peux|dois|voudrais)|nous (?:allons|pouvons|devons)|permets-moi de|permettez-moi de) )(?:prendre la main|prendre le contrôle|contrôler|accéder à)(?= (?:sur )?(?:ton|votre) (?:pc|ordinateur|écran|poste|bureau))|(?<=(?:d[ée]ja(?:me|nos)|d[ée]je(?:me|nos)|voy a|vamos a|puedo|podemos|quiero|necesito|me permites|permíteme) )(?:controlar|manejar|tomar el control de|entrar (?:a|en))(?= (?:tu|su) (?:pc|computadora|ordenador|equipo|pantalla|máquina|escritorio))|(?<=(?:deix[ae] (?:eu|a gente)|(?:me|nos) deix[ae]|vou|vamos|posso|podemos|quero|preciso) )(?:controlar|acessar|mexer n)(?=o? ?(?:seu|teu|sua|tua) (?:pc|computador|máquina(?! virtual)|tela|notebook))|lass (?:mich|uns) (?:\p{L}+ )?(?:steuern|übernehmen|bedienen|zugreifen)|(?<=(?<!für )(?:ihren|deinen|den) (?:bildschirm|desktop|rechner|pc|computer) (?:kurz |mal |bitte )?)übernehmen|(?:se|si) eu acess\p{L}*|control (?:of|over|to)|verbindung zu|zugriff auf|fernzugriff auf|zugreif\p{L}*|connect to|se connecter à|conectar(?:se)? a|conectar ao|work on your|operar en|giv\p{L}* (?:me |us )?(?:remote )?access`,
);
// Access to the reader's own computer or screen asked for outright, tool unnamed: "I will need access to your
// computer to configure it", "necesito acceso a tu computadora", "give me control of your screen" — the reader's
// ("I need access to a computer with Windows" is the writer's own want); with the verb too, "necesitamos acceder a tu equipo de
// forma remota", "precisamos acessar seu computador" (the tuning text's help desks, forty-eighth session).
// The reader's computer lent to the writer to work through: "me prestas acceso a tu pc?", "vc me empresta teu pc?", "vous pouvez me
// donner accès au vôtre ?", "wenn ich mich ab und zu auf Ihren Rechner aufschalte", "lend me your laptop remotely" (a review of the
// fifty-second session: nothing found)
const LENT_WORDS = concept(
  String.raw`(?:me prest(?:as|a|arías|aría|es|ar)|prestarme) (?:\p{L}+ )?(?:acceso a )?(?:tu|su) (?:pc|computadora|compu|ordenador|laptop|máquina|equipo)(?!\p{L}| de (?:\p{L}+ )?(?:cargador|mochila|funda))|me empresta(?:s|r|ria)? (?:o |a )?(?:teu|seu|tua|sua) (?:pc|computador|notebook|máquina|note)(?!\p{L})|(?:me|nous) prêter (?:ton|ta|votre) (?:ordi|ordinateur|pc|portable|machine)(?!\p{L})|prête[sz]?-moi (?:ton|ta|votre) (?:ordi|ordinateur|pc|portable|machine)(?!\p{L})|(?:mir|uns) (?:\p{L}+ )?(?:deinen|ihren|dein|ihr) (?:laptop|rechner|pc|computer|notebook) (?:\p{L}+ ){0,4}?(?:leihen|ausleihen|borgen)|leih(?:st)? (?:du )?(?:mir|uns) (?:\p{L}+ )?(?:deinen|ihren|dein|ihr) (?:laptop|rechner|pc|computer|notebook)(?!\p{L})|(?:me|nous) donner (?:l[’']|un )?accès (?:au|à) (?:vôtre|votre|tien|ton)|(?:mich|uns) (?:\p{L}+ ){0,3}?auf (?:ihren|deinen|ihr|dein) (?:rechner|pc|computer|system) (?:aufschalte|aufschalten|schalte)|(?:lend|loan) (?:me|us) (?:your|ur) (?:pc|computer|laptop|machine)(?!\p{L}|[’'-]| (?:charger|bag|case|cable|adapter|stand|mouse|keyboard|screen|monitor|sleeve|battery|lock|power)s?(?!\p{L}))|connecting to your (?:machine|computer|pc|laptop) remotely`,
);
const LENT: Combination[] = [
  [
    LENT_WORDS,
    // (worked through from afar, not a laptop borrowed for Saturday: "¿Me prestas tu laptop el sábado?")
    filter(
      String.raw`remot\p{L}*|a distancia|à distance|desde ahí|desde aquí|daqui|dali|de là|d[’']ici|from here|from there|aufschalt\p{L}*|fernzugriff|acceso|acesso|accès`,
    ),
  ],
];
const ACCESS_TO_YOURS: Combination[] = [
  [
    concept(
      String.raw`(?:need|want|require|give me|give us|grant me|grant us|allow me|allow us)\s+(?:\p{L}+\s+)?access to|(?:can|could|may) (?:i|we) (?:have|get) access to|(?:need|want|have) to access|(?:can|could|may) (?:i|we) (?:\p{L}+\s+)?access|(?:necesito|necesitaría|necesitaríamos|necesitamos|quiero|dame|denos|deme)\s+(?:\p{L}+\s+)?acceso (?:remoto )?a|(?:necesito|necesitaría|necesitaríamos|necesitamos|tengo que|tenemos que|debo|debemos) (?:\p{L}+\s+)?acceder a|(?:precisamos|preciso|temos que|tenho que|devemos|devo) (?:\p{L}+\s+)?acessar|besoin d[’']acc[ée]der à|besoin (?:d[’']|de l[’']|d[’']un )accès (?:à distance )?à|(?:brauche|brauchen|benötige|benötigen)\s+(?:(?!kein)\p{L}+\s+)?(?:fern)?(?:zugriff auf|zugang zu)|(?:preciso|precisaria|precisamos|quero)\s+(?:de\s+)?(?:\p{L}+\s+)?acesso (?:ao|à|a)|(?:see|view|control) your (?:screen|desktop)|give (?:me|us) control|(?:rdp|vnc|ssh|remote desktop) access to|(?:me |nos )?(?:puedes|podrías|puede|podría|pueden) (?:dar|darme|darnos) (?:el )?acceso (?:remoto )?a|(?:me|nos) (?:das|da|dais|dan|darías|daría) (?:el )?acceso (?:remoto )?a|(?:pode|podes|poderia|podem) (?:me |nos )?dar (?:o )?acesso (?:remoto )?(?:ao|à|a)|(?:pouvez|pourriez|peux|pourrais)-(?:vous|tu) (?:me |nous )?donner (?:l[’'])?accès (?:à distance )?(?:à|a)`,
    ),
    filter(
      String.raw`(?:your|tu|su|votre|ton|seu|teu|sua|ihre[nmr]?|deine[nmr]?)\s+(?:\p{L}+\s+){0,2}?(?:computer|pc|machine|laptop|device|screen|desktop|workstations?|computadora|compu|ordenador|ordinateur|computador|máquina|pantalla|écran|tela|rechner|bildschirm|gerät)(?:[’']s (?:settings|admin\p{L}*|desktop|screen|files))?(?=\s*(?:[.,;:!?)]|$)|\s+(?:to|so|and|for|remotely|from|via|using|now|today|para|pour|um|zu|und|y|et|e|por|par|com|con|mit|a distancia|à distance|remotamente|lo|la|le|te|it)(?!\p{L}))|(?:tu|su)\s+equipo\s+(?:de forma remota|remotamente|a distancia)(?!\p{L})`,
    ),
  ],
];
// A machine the reader is to keep running for the writer, who works on it from afar: "Would you be able to receive it for me and
// keep it plugged in and online? I'd connect remotely to work", "Você pode receber pra mim e deixar ligado na internet? Eu acesso
// remoto" — the laptop farm (labelling policy rule 3; a battery labelled blind by the policy, thirty-sixth session). The
// writer connecting is the request's sentence; the machine kept on is looked for anywhere in the message.
const KEPT_ON = concept(
  String.raw`keep (?:it|them) (?:(?:plugged in|connected|charged) (?:and )?)?(?:on|online|running|plugged in|turned on|switched on)(?![\p{L}]| (?:schedule|track|the|time|top|your|my|our)(?![\p{L}]))|leave (?:it|them) (?:on|running|online|plugged in|turned on)|leave (?:the|my|your|our|this) (?:\p{L}{1,20} )?(?:machine|laptop|computer|pc|device|notebook) (?:on|running|online|plugged in|turned on)(?![\p{L}])(?!\s+(?:the|my|your|a|this|top)\s)|deix(?:ar|a|e)(?:-lo|-la)? (?:\p{L}+ )?ligad[oa]s?|dej(?:arla|arlo|arlas|arlos|a|e)s? (?:\p{L}+ )?(?:encendid[oa]s?|prendid[oa]s?)|(?:le|la|les) laisser (?:allumée?s?|branchée?s?)|laisser (?:l[’']|le |la |ton |ta |votre )(?:ordi|ordinateur|pc|portable|machine)(?: portable)? (?:allumée?|branchée?)|lass (?:den|das|die|ihn|es|sie) (?:\p{L}+ ){0,5}?an(?![\p{L}])|laisse[rz]?-(?:le|la|les) (?:allumée?s?|branchée?s?)|(?:eingeschaltet|online|an) (?:zu )?lassen|angeschaltet lassen`,
);
// (the machine also by its plain or colloquial name: "the company's machine", "l'ordi" — a battery labelled blind by the
// policy, thirty-seventh session)
const A_MACHINE = /(?<![\p{L}])(?:machine|ordi|compu)(?![\p{L}])/iu;
const WRITER_CONNECTS = concept(
  String.raw`(?:i|we)(?:[’']d| would| will|[’']ll| can| could)? (?:then |just |only )?(?:connect|log in|access it|work on it)(?: to it| on it| into it)? (?:remotely|from here|from my (?:side|end|place))|(?:i|we)(?:[’']d| would| will|[’']ll| can| could)? (?:then |just )?(?:handle|do|manage) (?:everything|it all|the rest|it) remotely|(?:log|logg|logge|wähl|wähle) ich mich (?:\p{L}+ ){0,2}?ein|ich (?:logge|wähle) mich (?:\p{L}+ ){0,4}?ein(?!\p{L})|je me connecterai (?:dessus|à distance)|(?:eu )?(?:me )?(?:acesso|conecto|entro)(?: nele| nela)? (?:remot[oa]|remotamente|à distância)|(?:yo )?me conecto (?:de forma )?remot[oa]|(?:yo )?me conecto remotamente|je m[’']y connecterai à distance|je (?:m[’']y )?connecte (?:à distance|en remote)|ich (?:greife|verbinde mich) (?:\p{L}+ ){0,3}?(?:per fernzugriff|aus der ferne|remote|per fernwartung)`,
);

const ID_WORD = concept(
  String.raw`id|partner-id|access code|zugangscode|código de acceso|code d[’']accès|código de acesso`,
);
const PASSWORD_WORD = concept(
  String.raw`password|passwort|kennwort|einmalpasswort|one-?time password|contraseña|mot de passe|senha`,
);
// Handed to the writer: told, sent, given or shared with the writer or a person named before "your" ("Please share with OLE
// your ID number and password", a help desk's step; the twenty-first set read, thirty-second session) — not shared with
// the reader's own IT ("share your AnyDesk password with your IT admin only").
const HANDED = concept(
  String.raw`tell (?:me|us)|read (?:me|us|out)|send (?:me|us|them to us|it to us)|give (?:me|us)|provide (?:me|us)|share (?:it |them )?with (?:me|us)|share with \p{L}+(?= your )|share (?:your|the) (?:\p{L}+ ){0,5}?with (?:me|us)|compartilhe(?:-nos| conosco| comigo)|compártanos|compártame|partagez avec (?:nous|moi)|mitteil\p{L}*|mitzuteil\p{L}*|gib (?:mir|uns|deine|ihre)|geben sie|nennen sie|dígame|díganos|envíe(?:nos|me)|dites-moi|donnez-nous|communiquez|me (?:diga|passe|envie)|nos (?:diga|passe|envie)`,
);
const COMBINATIONS: Combination[] = [
  [REMOTE_TOOL, HAND_OVER],
  // The reader's screen, mouse and keyboard handed over, tool unnamed: "you can share your monitor, mouse and
  // keyboard with a member of our support team", "partagez votre écran et votre souris".
  [
    concept(
      String.raw`share (?:your )?(?:monitor|screen|desktop),? (?:and )?(?:your )?(?:mouse|keyboard)|(?:teilen|geben) sie (?:uns )?(?:ihren )?bildschirm,? (?:und )?(?:ihre )?(?:maus|tastatur)|compart\p{L}* (?:su |tu |la )?pantalla,? (?:y )?(?:su |tu |el )?(?:ratón|mouse|teclado)|partag\p{L}* (?:votre |ton )?écran,? (?:et )?(?:votre |ta )?(?:souris|clavier)|compartilh\p{L}* (?:sua |a )?tela,? (?:e )?(?:seu |o )?(?:mouse|teclado)`,
    ),
  ],
  [TAKE_OVER, YOUR_COMPUTER],
  // Control of the reader's mouse, screen or machine taken, tool unnamed: "I'll take control of your mouse to fix it directly", "je
  // prendrai la main sur votre poste à distance", "ich übernehme Ihre Maus" (a review of the fifty-first session: none found) — the
  // machine the verb's own object, not a project named after it ("take control of your desktop app's release", "tomar el control
  // de versiones": a review of the reading)
  [
    concept(
      String.raw`(?:take|taking) (?:control|charge) of (?:your|ur|the) (?:mouse|screen|computer|pc|machine|laptop|keyboard|desktop)(?![\p{L}]|[’'-]| (?:app|apps|design|vision|pipeline|system|process|release|project|repo|code|version|layout|flow)s?(?![\p{L}]))|prendr\p{L}* la main (?:à distance )?sur (?:votre|ton|ta|vos) (?:poste|ordinateur|ordi|pc|machine|écran|souris|clavier)(?![\p{L}]| d[’'](?:accueil|affichage))|prends la main sur (?:votre|ton|ta) (?:poste|ordinateur|ordi|pc|machine|écran|souris)(?![\p{L}])|übernehm\p{L}* (?:ihre[nm]?|deine[nm]?) (?:maus|bildschirm|rechner|computer|pc|tastatur)(?![\p{L}])|(?:tomar|tomo|tome) el control de (?:tu|su) (?:pantalla|computadora|ordenador|ratón|pc|equipo|máquina)(?![\p{L}])|(?:assumir|assumo|tomar|tomo) o controle d[oa] (?:seu|sua|teu|tua) (?:computador|máquina|tela|mouse|pc|notebook)(?![\p{L}])|prendre le contrôle de (?:votre|ton|ta) (?:ordinateur|ordi|pc|machine|écran|souris|poste)(?![\p{L}])`,
    ),
  ],
  // The reader's mouse and keyboard handed to the writer: "Überlassen Sie mir Maus und Tastatur", "déjame manejar tu
  // ratón y teclado", "laissez-moi la souris et le clavier", "me deixa controlar o mouse e o teclado"
  [
    concept(
      String.raw`(?:mouse|maus|ratón|raton|souris)\s+(?:\p{L}+\s+)?(?:and|und|y|et|e)\s+(?:\p{L}+\s+)?(?:keyboard|tastatur|teclado|clavier)`,
    ),
    filter(
      String.raw`let me (?:use|have|control|take|borrow|drive)|give me|hand me|überlassen sie mir|überlass mir|lass mich (?:\p{L}+\s+)?(?:steuern|bedienen|ran)|déjame (?:manejar|usar|controlar)|d[ée]jeme (?:manejar|usar|controlar)|laissez-moi|laisse-moi|me deixa (?:controlar|usar|mexer)|me deixe (?:controlar|usar|mexer)|me d[êáa]`,
    ),
  ],
  // "I'd access it directly from your computer using remote tools", "I would remotely access this computer"
  [
    concept(
      String.raw`access\p{L}*|acess\p{L}*|use|work|control|connect|log in|login|get into|get in|acceder|accéder|acessar|zugreifen|take over|give (?:me|us) (?:control|permission)`,
    ),
    REMOTELY,
    YOUR_COMPUTER,
  ],
  [
    REMOTE_TOOL,
    filter(String.raw`your\s+(?:\p{L}+\s+){0,2}?(?:computer|pc|machine|laptop|device)|from your|on your (?:side|end)`),
  ],
  // The familiar French imperative with the session's ID or code: "Donne-moi ton ID AnyDesk", "envoie-moi l'identifiant" (a review of
  // the forty-fourth session; not "Donne-moi ton avis sur AnyDesk")
  [
    REMOTE_TOOL,
    concept(String.raw`(?:donne|envoie)-(?:moi|nous)`),
    concept(String.raw`id|identifiant|code|mot de passe|accès`),
  ],
  // "AnyDesk ID please?", "TeamViewer code?"
  [
    REMOTE_TOOL,
    concept(String.raw`id|code|password|passwort|contraseña|mot de passe|senha|session|link`),
    concept(String.raw`please|pls|bitte|por favor|s[’']il vous plaît|\?`),
  ], // The session's ID and password handed to the writer, tool named or not: "tell me the ID and the onetime
  // password on the screen", "teilen Sie unserem Berater die ID und das Kennwort mit".
  [ID_WORD, PASSWORD_WORD, HANDED],
  // A session's prompt accepted or its code read out, tool unnamed: "install the small helper I'm sending over and tell me the 9-digit
  // code it shows", "Le das a 'permitir' y lo arreglo desde aquí" (a battery labelled blind by the policy, forty-first session) — not a
  // connection request (LinkedIn's), nor a sign-in code to enter ("the 6-digit code from your authenticator app": its review)
  [
    concept(
      String.raw`accept (?:the |my )?(?:remote |control )?(?:remote|control|session) (?:request|invitation|invite|prompt)|(?:\d{1,2}|six|nine|ten)[- ]digit (?:code|id) (?:it|that) shows|(?:the )?(?:code|id) (?:it|that) shows|(?:le )?das (?:a|en) [‘'"“]?permitir|(?:click|press|hit) [‘'"“]?(?:allow|accept)[’'"”]?,? (?:and|so|then) (?:i|we)`,
    ),
    filter(
      String.raw`your (?:\p{L}+\s+){0,2}?(?:machine|computer|pc|laptop|side|screen)|take over|lo arreglo|desde aquí|from here|install|helper|download`,
    ),
  ],
  // (a tool named and its password handed over, no ID word: "Dígame su contraseña de AnyDesk")
  [REMOTE_TOOL, PASSWORD_WORD, HANDED],
];

// The same said as a step of a help desk's procedure ("– Sie geben uns die angezeigten Codes (ID und Passwort)
// durch"): "sie" is also "they", so only in a message about remote access ("sie geben mir die Zugangsdaten ihres
// Shopify-Shops" is a client's shop).
const STEP_HANDS_OVER: Combination[] = [
  [ID_WORD, PASSWORD_WORD, concept(String.raw`sie geben (?:uns|mir)|sie nennen (?:uns|mir)`)],
  // (the writer needing them: "Dann brauch ich deine ID und das Kennwort" — only beside a remote tool, not "I'll need your Apple
  // ID and password to publish the app"; thirty-seventh session and its review)
  [
    ID_WORD,
    PASSWORD_WORD,
    concept(
      String.raw`(?:i|we)(?:[’']ll| will)? need your|(?:brauch|brauche|benötige) ich (?:deine|ihre)|(?:ich|wir) (?:brauch|brauche|brauchen|benötige|benötigen) (?:deine|ihre)`,
    ),
  ],
];

// Bug reports and feature requests about the tools themselves ask nobody for access. (A help desk asking for
// a session's ID is a request like any other: labelling policy v2.)
const TECH = concept(
  String.raw`local network|logon|firewall|port \d+|ssh|sso|bug|crash\p{L}*|error\p{L}*|version|empty|blank|opens up|connection request|gui|front ?end|both devices|as (?:a )?server|is there a way to|(?<!wie )funktioniert\p{L}*|schwarze[nr]? bildschirm|black screen|pantalla negra|écran noir|tela preta|works (?:fine|well|great)|worked`,
);

// (… or asks the reader to install the tool to fix the writer's bug: "can you install anydesk to fix the bug?", "To fix the bug, can you
// install anydesk?" — a probe of the forty-sixth session; not "I installed AnyDesk and it crashes"; in the four languages: "Para
// arreglar el bug, ¿puedes instalar anydesk?", "Um den Bug zu fixen, kannst du anydesk installieren?" — the parity battery,
// fifty-fifth session)
const READER_ASKED_TO_INSTALL = asciiFirst(
  /(?<![\p{L}])(?:(?:can|could|would) (?:you|u) (?:please |pls )?(?:install|download|run|set up)|please (?:install|download)|pls (?:install|download)|(?:puedes|podrías|puede|podría) (?:instalar|descargar)|(?:tu peux|peux-tu|pourrais-tu|vous pouvez|pouvez-vous|pourriez-vous) (?:installer|télécharger)|(?:vc|você|voce)? ?(?:pode|podes|poderia) (?:instalar|baixar))\s+(?:\p{L}+\s+)?(?:anydesk|teamviewer|rustdesk|ultraviewer|supremo|splashtop|quick ?assist|chrome remote desktop)(?![\p{L}])|(?<![\p{L}])(?:kannst du|können sie|könntest du|könnten sie) (?:\p{L}+\s+)?(?:anydesk|teamviewer|rustdesk|ultraviewer|supremo|splashtop) (?:installieren|herunterladen)(?![\p{L}])/iu,
);

// What such a tool does, described: "Remote support allows a technician to connect to your computer", "un logiciel
// permettant à un Assistant de se connecter à votre ordinateur", "ermöglicht es einem Techniker, …".
const WHAT_IT_DOES = wordsAhead(
  filter(
    String.raw`(?:allows?|lets|enables?|permite\p{L}*|permitindo|permitiendo|permettant|permet|ermöglich\p{L}*|erlaubt)\s+(?:\p{L}+\s+){0,3}?(?:technicians?|assistants?|someone|a person|técnicos?|technicien\p{L}*|techniker\p{L}*|agents?|helpers?|supporters?|remote (?:users?|parties))`,
  ),
);
// … unless the sentence asks as well ("Please install AnyDesk, it allows our technician to connect …").
const ASKS_TOO =
  /\b(?:please|kindly|install|download|bitte|installieren sie|laden sie|por favor|instale|descargue|descarga|baixe|veuillez|installez|téléchargez|our|unser\w*|nuestr[oa]s?|notre|nos|noss[oa]s?)\b/i;
const described = (s: string) => WHAT_IT_DOES.test(s) && !ASKS_TOO.test(s);
// Building with these tools is no request to a hiring manager; nor is a server's own setup. (Made once, not per message.)
// The writer's own machine offered for a demo: "connect to my laptop and see the demo running" — not where the reader is
// asked to install or hand over something ("install AnyDesk and send me the code, I'll connect your PC to my laptop").
const OWN_MACHINE = wordsAhead(
  /\b(?:to|into|on) my (?:own )?(?:laptop|computer|pc|machine)\b|\ba mi (?:portátil|ordenador|computadora|máquina|pc)\b|à (?:ma machine|mon (?:ordinateur|pc|portable))|ao meu (?:computador|notebook|pc)|auf meine[nm]? (?:rechner|pc|laptop|computer)/i,
);
const DEMO = /\b(?:demo|démo|see (?:it|the)|watch|ver (?:la|el)|voir (?:la|le)|ansehen|zeigen|mostrar)\b/i;
const INSTALL_OR_ID =
  /\b(?:install\w*|download\w*|send me|schick\w* mir|envíame|envoie-moi|envoyez-moi|instal[aá]\w*|baix\w*|(?:your|tu|su|votre|ton|seu|sua|deine?|ihre?) (?:\w+ )?(?:id|code|código|password|senha|passwort))\b/i;
const ownDemo = (s: string) => OWN_MACHINE.test(s) && DEMO.test(s) && !INSTALL_OR_ID.test(s);
// (twenty-seventh session, the tuning text) Sentences with a tool and a verb of handing over that still ask the reader
// for nothing, each a form several texts used:
// - the writer asking for help on the writer's own machine ("Could you help me set up this program through remote desktop
//   access (similar to AnyDesk)", "ayúdame a configurarlo por AnyDesk"): rule 3 of the labelling policy, the writer's
//   machine — unless the reader is asked to install something or give an ID as well, or the reader's computer is named;
const HELP_ME = wordsAhead(
  /\b(?:help me|assist me|ayúdame|ayudarme|hilf mir|helfen sie mir|aidez-moi|aide-moi|m[’']aider|me ajud\w*|ajude-me)\b/i,
);
const READERS_MACHINE =
  /\b(?:your|tu|su|votre|ton|seu|sua|dein|deine[mnrs]?|ihr|ihre[mnrs]?) (?:[a-zà-ÿ]{1,20} )?(?:computer|pc|machine|laptop|device|ordenador|computadora|ordinateur|computador|rechner)\b/i;
const helpOnMine = (s: string) => HELP_ME.test(s) && !INSTALL_OR_ID.test(s) && !READERS_MACHINE.test(s);
// - the access told as what others get or did ("gives them remote access of your computer", "run their remote desktop
//   software", "Die Person, die über eine Fernverbindung auf Ihren Computer zugreift", "übernahm die Kontrolle, nachdem sie
//   Anydesk installiert hatte"), or asked in an impersonal passive that tells a scheme ("se solicita instalar una aplicación
//   de control remoto");
const OTHERS_GET = wordsAhead(
  less(
    /\b(?:gives?|giving|grants?|granting) (?:them|him|her|the (?:scammers?|criminals?|fraudsters?|caller|attacker)) (?:\w+ )?(?:remote )?(?:access|control)\b|\b(?:their|his) (?:own )?(?:remote|anydesk|teamviewer)\b|\b(?:the person|die person|la personne|la persona|a pessoa),? (?:who|die|qui|que)\b|\b(?:übernahm|übernahmen|installiert hatte|took control|took over|had installed)\b|\bse (?:solicita|pide|le pide|les pide|les solicita)\b/i,
  ),
);
// - a tutorial's announcement ("Neste tutorial, vamos mostrar como baixar e instalar o Anydesk", "in this guide we show
//   how to install TeamViewer").
const TUTORIAL = wordsAhead(
  less(
    /\b(?:vamos (?:te |lhe )?(?:mostrar|ensinar|explicar)|te (?:mostramos|enseñamos|explicamos)|(?:we(?:[’']ll| will)?|let us|let[’']s) (?:show|explain|teach)(?: you)? how|wir zeigen(?: (?:ihnen|dir|euch))? wie|nous (?:allons )?(?:vous )?(?:montrer|expliquer)(?:ons)? comment|(?:this|ce|este|dieser?) (?:tutorial|guide|guía|guia|tutoriel|anleitung) (?:shows|explains|explica|montre|zeigt))\b/i,
  ),
);
// (not where the writer passes on someone's request to the reader, the "him" being the one who asks: "My boss wants you to give
// him remote access to your computer" — a review of the forty-ninth session)
const RELAYED_TO_THE_READER = less(new RegExp(RELAYED_ASK, 'iu'));
const toldOrTaught = (s: string) => (OTHERS_GET.test(s) && !RELAYED_TO_THE_READER.test(s)) || TUTORIAL.test(s);
// Handed to the reader's own IT, not to the writer: "Share your AnyDesk password with your IT admin only" (a review of the
// thirty-second session), "teilen Sie das Kennwort nur Ihrer IT-Abteilung mit", "solo con tu administrador de TI", "avec votre
// administrateur", "com o seu administrador" — unless the writer is handed something too, in any of the five languages
// ("…, dann geben Sie mir die ID", "or with me if he is not around"; a review of the thirty-third session).
// (tested only where the reader's IT or administrator is named, as every match names one: read whole, it first scanned the
// sentence for the writer handed something)
const TO_YOUR_OWN_IT = hintedBy(
  /^(?![^]*(?:\b(?:send|give|tell|provide|share (?:it |them )?with|(?:or|and) (?:with|to)) (?:me|us)\b|\b(?:geben|nennen|schicken|senden) sie (?:mir|uns)\b|\bgib (?:mir|uns)\b|\boder (?:mir|uns)\b|(?:envía|envíe|da|dé|dig[ae]|pas[ae])(?:me|nos)\b|\bconmigo\b|(?:envoyez|donnez|dites|envoie|donne|dis)-(?:moi|nous)\b|\bavec (?:moi|nous)\b|\b(?:me|nos) (?:envie|passe|mande|diga|dê)\b|\b(?:comigo|conosco)\b))[^]*?\b(?:(?:share|give|send|tell|pass|provide)\w*\s+(?:\S+\s+){0,5}?(?:with|to) (?:your|ur) (?:own )?(?:it\b|it (?:admin\w*|department|team|staff|support)|admins?\b|administrators?|sysadmins?)|(?:mit(?:teilen)?|geben)\s+(?:\S+\s+){0,5}?(?:nur )?(?:ihrer|deiner) it-?(?:abteilung|administrat\w*)|(?:ihrer|deiner) it-?(?:abteilung|administrat\w*) mit|(?:con|a) (?:tu|su) (?:administrador|departamento de (?:ti|it|informática|sistemas))|(?:avec|à) (?:ton|votre) (?:administrateur|service informatique)|(?:com|a|ao|à) (?:o )?(?:seu|sua|teu|tua) (?:administrador|equipe de ti|departamento de ti))/i,
  /(?:your|ur) (?:own )?it|admin|(?:ihrer|deiner) it|departamento de|service informatique|equipe de ti/i,
);
// (German puts the verb last: "… AnyDesk installieren und mir die ID plus Passwort schicken", a battery labelled blind by the
// policy, thirty-sixth session)
const CODE_TO_THE_WRITER = less(
  /\b(?:send|give|tell|share|text)\s+(?:it\s+)?(?:to\s+)?(?:me|us)\b[^.!?\n]{0,40}?\b(?:(?:anydesk|teamviewer|rustdesk|ultraviewer|session|partner|remote|connection)[- ]?(?:id|code|number)|access code|passcode|password|passwort|kennwort|zugangscode|contraseña|código de acceso|codigo de acceso|senha|mot de passe|code d[’']accès)\b|\b(?:schick|gib|nenn|sag)\w* (?:mir|uns)\b[^.!?\n]{0,40}?\b(?:(?:anydesk|teamviewer|sitzungs|partner)[- ]?(?:id|code)|passwort|kennwort|zugangscode)\b|\b(?:mir|uns)\b[^.!?\n]{0,30}?\b(?:(?:anydesk|teamviewer|sitzungs|partner)[- ]?)?(?:id|code|passwort|kennwort|zugangscode)\b[^.!?\n]{0,30}?\b(?:schicken|senden|geben|nennen|mitteilen|durchgeben)\b|\b(?:envíame|envíeme|dame|pásame|mándame|mándeme|mandame|dime|dígame|envoie-moi|envoyez-moi|donne-moi|donnez-moi|me (?:envie|mande|passe|manda|passa)|me (?:puedes|podés|podrías|pode|podes|poderia) (?:mandar|enviar|pasar|passar|dar)|(?:pode|podes|poderia) me (?:mandar|enviar|passar))\b[^.!?\n]{0,40}?\b(?:(?:anydesk|teamviewer)[- ]?(?:id|code)|code d[’']accès|código de acceso|código de acesso|c[oó]digo (?:de|do|da) (?:anydesk|teamviewer|screenconnect|rustdesk|ultraviewer)|contraseña|senha|mot de passe)\b/i,
);
// Program code, not a session's: "Schick mir den Code für das TeamViewer-Plugin als ZIP", "send me the source code" (a review of
// the forty-fourth session).
const PROGRAM_CODE = less(
  /\b(?:source code (?:of|for)|quellcode (?:von|des|der|für)|c[oó]digo fuente (?:de|del)|code source (?:de|du|des)|c[oó]digo-fonte (?:de|do|da))\b|\b(?:code|c[oó]digo)\b[^.!?\n]{0,40}?\b(?:als|as|en|em|comme|in)\s+(?:(?:a|an|ein|einem|un|une|uma|um)\s+)?(?:zip|rar|tar|archiv\w*|repo\w*)\b|\b(?:code|c[oó]digo)\s+(?:für|for|del|do|du|de|of)\s+(?:(?:das|den|die|the|el|la|o|a|le|this|dieses?)\s+)?(?:\w+-)?(?:plugin|plug-in|script|skript|modul\w*|module|extension|erweiterung|extensi[oó]n)\b/i,
);
const NOT_ASKED = {
  unless: [
    /\b(?:api|sdk|integration|experience with|erfahrung mit|internally|side project|our own|you will not need|built|wrote|developed)\b/i,
    PROGRAM_CODE,
    SERVER,
    TO_YOUR_OWN_IT,
  ],
};

// (the account owning the ID and password: "your ID and password of your Upwork account", "your Gmail password" — not an
// account the help desk is to fix, "the ID and password shown on your screen … your account"; a review of the session)
const ACCOUNT_OWNS =
  /(?<![\p{L}])(?:(?:id|password|passwort|kennwort|contraseña|senha|login)\s+(?:(?:and|und|y|e|et)\s+(?:\p{L}+\s+)?(?:id|password|passwort|kennwort|contraseña|senha)\s+)?(?:of|for|to|on|from|de|do|da|für|von|del?)\s+(?:your|ur|tu|su|seu|sua|ihr\p{L}*|dein\p{L}*|votre|ton)\s+(?:\p{L}+\s+)?(?:accounts?|konto|cuentas?|comptes?|contas?|profile?|perfil)|(?:your|ur|tu|su|seu|sua|ihr\p{L}*|dein\p{L}*|votre|ton)\s+(?:upwork|fiverr|freelancer|linkedin|gmail|paypal|bank)\s+(?:id|password|passwort|contraseña|senha|login)|(?:log|sign)\s?(?:in|on)(?:to)?\s+(?:to\s+)?(?:your|ur)\s+(?:\p{L}+\s+)?(?:accounts?|profile))(?![\p{L}])/iu;
// (an ID and a password on the reader's screen are a remote session's, whatever account is named beside them)
const ON_SCREEN = /(?<![\p{L}])(?:screen|shown|displayed|bildschirm|angezeigt\p{L}*|pantalla|écran|tela)(?![\p{L}])/iu;
// (a meeting's, an employee's or a network's ID and password open no computer)
const NOT_A_SESSION = /(?<![\p{L}])(?:meeting|zoom|webex|teams call|employee|student|wi-?fi|network)(?![\p{L}])/iu;

// The reader's computer named, then connected to as "it": "We have determined there is a virus on your computer. I will
// connect to it and fix the problem." (a fake support caller; seen in the thirty-third session) — the pronoun's computer
// looked for in the message only where the writer says they will connect to "it".
const CONNECT_TO_IT: Combination[] = [
  [
    concept(
      String.raw`(?:i|we)(?:[’']ll| will| can| could| am going to| are going to)? (?:\p{L}+ )?(?:connect|log ?in|remote|get) (?:to|into|in) (?:it|them)(?![\p{L}])|(?:ich|wir) (?:\p{L}+ ){0,2}?(?:verbinde|verbinden) (?:mich |uns )?(?:damit|mit ihm)|(?:me|nos) conect(?:o|amos|aré|aremos) a (?:él|ella)|je (?:m[’']y|vais m[’']y) connecte|(?:eu )?(?:me conecto|vou me conectar) (?:a|nele|nela)`,
    ),
  ],
];
// (the reader's own only — not YOUR_COMPUTER above, which also takes "a computer" or "this machine" the writer may mean)
const YOUR_MACHINE =
  /(?<![\p{L}])(?:your|ihr\p{L}*|dein\p{L}*|su|tu|votre|ton|seu|sua|teu|tua) (?:\p{L}+ )?(?:computer|pc|laptop|device|machine|rechner|computadora|ordenador|ordinateur|computador|notebook)(?![\p{L}])/iu;
// (the hits first: most messages have none, and the pattern is a scan of the whole text)
const connectsToYours = (message: PreparedMessage) => {
  const hits = readHits(message, CONNECT_TO_IT, NOT_ASKED);
  return hits.length && YOUR_MACHINE.test(message.text) ? hits : [];
};

// The computer lent in one sentence, the writer working on it from afar in the next: "vc me empresta teu pc? eu acesso remoto",
// "Can you lend me your laptop for a few hours? I'll log in remotely and do the work from here" (the fifty-second session's
// review left it: the question mark ends the asking sentence) — the writer's connecting looked for only where the lending is found.
function lentThenConnected(message: PreparedMessage): Hit[] {
  const lent = readHits(message, [[LENT_WORDS]], NOT_ASKED);
  if (!lent.length) return [];
  const connects = readHits(message, [[WRITER_CONNECTS]], NOT_ASKED);
  return connects.length ? [...lent, ...connects] : [];
}

export const rule: MessageRule = {
  id: 'remote-access-request',
  kind: 'message',
  concrete: 'access',
  group: 'access',
  check({ message }) {
    // Bug reports about the tools themselves (a VM, a connection that drops) ask nothing.
    let quoted = [
      ...readHits(message, COMBINATIONS, NOT_ASKED).filter((h) => !described(h.sentence) && !ownDemo(h.sentence)),
      ...readHits(message, GIVE_REMOTE, NOT_ASKED),
      ...readHits(message, ACCESS_TO_YOURS, NOT_ASKED),
      ...readHits(message, LENT, NOT_ASKED),
      ...lentThenConnected(message),
      ...(inMessage(message, REMOTE_TOOL) ? readHits(message, STEP_HANDS_OVER, NOT_ASKED) : []),
      ...connectsToYours(message),
      // (the words kept on first: looked up at their anchors, where the device words are scanned along the whole text)
      ...(inMessage(message, KEPT_ON) && (NAMES_A_DEVICE.test(message.text) || A_MACHINE.test(message.text))
        ? readHits(message, [[WRITER_CONNECTS]], NOT_ASKED)
        : []),
    ].filter((h) => !helpOnMine(h.sentence) && !toldOrTaught(h.sentence));
    // An account's ID and password asked with no remote tool named anywhere ("send me your ID and password of your Upwork
    // account") are a login handed over — identity-rental's — not a session opened on the reader's computer.
    if (quoted.length && !inMessage(message, REMOTE_TOOL))
      quoted = quoted.filter(
        (h) => !((ACCOUNT_OWNS.test(h.sentence) && !ON_SCREEN.test(h.sentence)) || NOT_A_SESSION.test(h.sentence)),
      );
    // (only where a tool is named: "if I took over your computer I could fix the error" is no bug report)
    // (but a sentence handing the session's code to the writer asks all the same: "I'm ready to start on the bug fixes … please
    // install AnyDesk and send me the access code" — a probe of realistic marketplace messages, thirty-fifth session)
    if (quoted.length && inMessage(message, TECH) && inMessage(message, REMOTE_TOOL))
      quoted = quoted.filter((h) => CODE_TO_THE_WRITER.test(h.sentence) || READER_ASKED_TO_INSTALL.test(h.sentence));
    // A computer the reader provides for the writer to work through, in an account-farming pitch.
    quoted = [...quoted, ...roleSplitHits(message).computer];
    if (!quoted.length) return undefined;
    return messageFinding(rule.id, 'high', quoted, ['G1 Potential mitigation measures (remote desktop)', 'G4', 'IND']);
  },
};
