/**
 * G1 ("recommend … additional DPRK IT workers"): "my friends / my team can also join". Low alone. Five
 * languages, any word order (lib/text/cooccur.ts).
 */
import { asciiFirst } from '../text/ascii-first';
import { type Combination, concept, filter, cooccurring } from '../text/cooccur';
import { RELATION } from '../text/lexicon';
import { messageFinding } from './finding';
import type { MessageRule } from './types';

// Order-free, five languages: people the writer knows (or "more developers"), and hiring them too.
const THEIR_PEOPLE = concept(
  ...RELATION,
  String.raw`(?:a|my|our)\s+team\s+of\s+(?:\p{L}+\s+)?(?:developers|engineers|programmers|designers)|(?:my|our)\s+(?:\p{L}+\s+)?(?:team|teammates|colleagues|people|developers|engineers)|(?:two|three|four|five|some|other|more)\s+(?:\p{L}+\s+)?(?:friends|developers|engineers|designers|people)`,
  String.raw`(?:mein|meine|unser\p{L}*)\s+team|(?:meine|unsere)\s+(?:freunde|kollegen|teammitglieder|brüder)|ein\p{L}*\s+team\s+von|(?:weitere|mehr|andere|zwei|drei|vier)\s+(?:\p{L}+\s+)?(?:entwickler|leute|freunde|kollegen)`,
  String.raw`(?:mi|mis|nuestro)\s+(?:equipo|compañeros)|(?:dos|tres|otros|más)\s+(?:amigos|desarrolladores|personas|programadores)`,
  String.raw`(?:mon|mes|notre)\s+(?:équipe|collègues)|(?:deux|trois|d[’']autres)\s+(?:amis|développeurs|personnes)`,
  String.raw`(?:minha|meus|nossa)\s+(?:equipe|colegas)|(?:mais\s+)?(?:dois|três|outros)\s+(?:amigos|desenvolvedores|pessoas)`,
);
// (not guests brought along: "Can I bring two friends to the launch party?", a probe of the thirty-fifth session)
const NOT_GUESTS = String.raw`(?! (?:\p{L}+ ){0,3}?(?:to|along to|with me to) (?:the |a |an |your |our |this )?(?:\p{L}+ )?(?:party|event|dinner|lunch|wedding|meetup|meet-up|celebration|concert|show|game|barbecue|bbq|gala|reception|festival)(?![\p{L}]))`;
const HIRE_TOO = concept(
  String.raw`hire (?:him|her|them)|hire|join|help|helfen|ayudar|aider|ajudar|onboard|bring${NOT_GUESTS}|contract|work on|work with|available|free|ready|verfügbar|disponibles?|disponíve\p{L}*|stellen|mitbringen|einstell\p{L}*|beauftrag\p{L}*|mitarbeit\p{L}*|einsteig\p{L}*|mitmach\p{L}*|contrat\p{L}*|unirse|unir\p{L}*|trabaj\p{L}*|embauch\p{L}*|engag\p{L}*|rejoindre|travailler|trabalhar|entrar|juntar`,
);
// People the writer knows offered to the reader's other openings, with no "too": "I know two very good engineers who
// could cover both", "got 3 more devs in my crew, all can join", "Soll ich ihnen sagen, dass sie sich bewerben?",
// "¿Les digo que se postulen a tus otras vacantes?" (seventeenth session: a battery written blind to the rules).
const KNOWN_PEOPLE = concept(
  String.raw`i know (?:a|an|one|two|three|four|five|some|a few|a couple of|several|\d+) (?:\p{L}+\s+){0,2}?(?:devs?|developers?|engineers?|designers?|programmers?|testers?)|(?:i[’']ve |i )?got \d+ more devs|(?:ich kenne|hab noch|habe noch|habe ich|hab ich|ich habe) (?:\p{L}+\s+){0,3}?(?:devs|entwickler|ingenieur\p{L}*|designer\p{L}*|leute|freunde|kollegen|kolleginnen)|(?:conozco a|tengo) (?:\p{L}+\s+){0,3}?(?:devs|desarrolladores|ingenieros|programadores|diseñadores)|(?:je connais|j[’']ai) (?:\p{L}+\s+){0,3}?(?:devs|développeurs|ingénieurs|designers|programmeurs)|(?:conheço|tenho) (?:\p{L}+\s+){0,3}?(?:devs|desenvolvedores|engenheiros|programadores|designers)|people i (?:studied|worked) with|leute aus meine\p{L}* (?:studiengang|team)|compañeros de (?:la )?(?:facultad|universidad|clase|trabajo)|camarades de (?:promo|classe)|colegas da (?:faculdade|universidade|turma)`,
);
const OFFERED = concept(
  String.raw`(?:can|could) (?:(?:easily|also|really|surely|quickly|definitely|both|all)\s+)?(?:join|cover|help|take)|all can join|(?:apply|send (?:\p{L}+\s+)?proposals?) (?:to|for)|have them (?:send|apply)|ask them to apply|(?:können|könnten) (?:\p{L}+\s+){0,2}?(?:mitmachen|abdecken|übernehmen|einsteigen)|(?:mitmachen|abdecken|übernehmen|einsteigen|mitarbeiten|anfangen|loslegen) (?:können|könnten)|(?:sich )?(?:bewerben|angebote schicken)|(?:pueden|podrían) (?:\p{L}+\s+){0,2}?(?:sumarse|unirse|cubrir|encargarse)|se (?:pueden )?(?:unir|sumar)|postulen|(?:peuvent|pourraient) (?:\p{L}+\s+){0,2}?(?:venir|rejoindre|couvrir|prendre)|postuler|(?:podem|poderiam|consegue|cobririam) (?:\p{L}+\s+){0,2}?(?:entrar|pegar|cobrir)|cobririam|se candidatarem|te mandem propostas|te manden propuestas`,
);

// Workers counted, or people of the writer's circle ("two friends, strong in React", "3 more dev frnds", "zwei
// Kolleginnen aus meinem Netzwerk", "tengo 3 panas devs", "quelques collègues de mon entourage", "mais dois caras do meu
// time"), and their joining the work ("who'd be glad to take on part of the work", "können mitmachen", "podrían sumarse",
// "ils peuvent venir", "poderia começar") — nineteenth session: a battery written blind to the rules found none of 25.
const COUNTED_PEOPLE = concept(
  String.raw`(?:two|three|four|five|a few|a couple of|some|other|more|several|\d+)\s+(?:\p{L}+\s+){0,2}?(?:friends|frnds|devs|developers|engineers|designers|testers|writers|artists|colleagues|guys)|(?:colleagues|people|developers|devs) (?:from|in|of) my (?:circle|network)|(?:zwei|drei|vier|\d+)\s+(?:\p{L}+\s+){0,2}?(?:kolleg\p{L}*|kumpels|freund\p{L}*|leute|entwickler\p{L}*|devs)|verstärkung aus meine\p{L}*|(?:dos|tres|cuatro|unos|unas|\d+)\s+(?:\p{L}+\s+){0,2}?(?:amig[oa]s|compañer[oa]s|colegas|panas|devs|desarrollador\p{L}*|programador\p{L}*|testers)|(?:deux|trois|quatre|quelques|\d+)\s+(?:\p{L}+\s+){0,2}?(?:ami\p{L}*|potes|collègues|graphistes|rédact\p{L}*|développeu\p{L}*|devs)|(?:dois|duas|três|uns|umas|\d+)\s+(?:\p{L}+\s+){0,2}?(?:amig[oa]s|colegas|caras|devs|desenvolvedor\p{L}*|programador\p{L}*)|(?:mais|\+)\s?(?:dois|duas|\d+)\s+(?:\p{L}+\s+){0,2}?(?:amig[oa]s|colegas|caras|devs)`,
  ...RELATION,
);
const JOIN_THE_WORK = concept(
  String.raw`take on (?:part|some|the)|(?:can|could) (?:also )?(?:start|jump in|help|cover|take)|(?:can|could) (?:also )?join(?! (?:\p{L}+ ){0,2}?(?:calls?|standups?|meetings?|kickoff))|glad to (?:help|join|take)|bring (?:a few|some|my|two|three)${NOT_GUESTS}|(?:hire|contract) them|mitmachen|einspringen|mit einstellen|dazu(?:holen|nehmen)|hole ich mir|sumarse|unirse|pueden entrar|puede entrar|traer a|contratarlos|contratarlas|peuvent venir|faire venir|rejoindre|solliciter|les prendre|pode entrar|poderia começar|podem entrar|trazer (?:mais )?(?:uns|umas|dois|duas|três|meus|minhas|alguns|outros)|coloco mais|chamo eles|in (?:ihr|dein|euer|das) (?:\p{L}+ )?(?:projekt|team) (?:mit|ein)?bringen|ins (?:projekt|team) (?:mit|ein)?bringen`,
);

// Someone close to the writer said to be looking for work, in a hiring conversation ("Do you have other openings? My
// brother is a QA engineer and looking for work", review24).
const LOOKING_FOR_WORK = concept(
  String.raw`(?:is |are )?looking for (?:a )?(?:work|job|new job|position|project)s?|needs? (?:a )?(?:job|work)|sucht (?:\p{L}+\s+)?(?:arbeit|job|stelle)|suchen (?:\p{L}+\s+)?(?:arbeit|job|stelle)|busca\p{L}* (?:también |tambien )?(?:trabajo|empleo)|cherche\p{L}* (?:aussi |également )?(?:du travail|un emploi|un poste)|procura\p{L}* (?:também )?(?:trabalho|emprego)`,
);
// Candidates the writer knows, said good, to someone hiring ("I know some good candidates", "ich kenne ein paar gute
// Kandidaten"): an offer of people by itself (twenty-eighth session, the tuning text). Not "I know some candidates
// cheat" (no good word).
const GOOD_CANDIDATES = concept(
  String.raw`i know (?:a|one|two|three|some|a few|a couple of|several|\d+) (?:very |really )?(?:good|great|strong|talented|excellent|qualified|solid|reliable|suitable) candidates?|ich kenne (?:ein paar |einige |zwei |drei )?(?:sehr )?(?:gute|geeignete|starke|fähige) kandidat\p{L}*|conozco (?:a )?(?:unos |algunos |dos |tres )?(?:muy )?(?:buenos|excelentes) candidat[oa]s|je connais (?:quelques |deux |trois |de )?(?:très )?(?:bons|excellents) candidats|conheço (?:alguns |uns |dois |três )?(?:ótimos|bons|excelentes) candidatos`,
);
// An outsourcing firm offering its people for the reader's work ("We can provide both staff augmentation and dedicated
// teams, depending on your needs"; an agency offering people to the reader, labelling policy rule 18) — not a job post
// whose work is "supported by our dedicated DevOps engineers" (nothing offered).
const STAFF = concept(
  String.raw`staff augmentation|dedicated (?:development |dev |software |engineering )?teams?|dedicated (?:\p{L}+\s+)?(?:developers|engineers|programmers)|dediziert\p{L}* (?:entwickler\p{L}*|entwicklungsteams?|teams?)|equipos? dedicados?|desarrolladores dedicados|équipes? dédiées?|développeurs dédiés|equipes? dedicadas?|desenvolvedores dedicados`,
);
// An advert telling the reader to hire the writer's developers or a dedicated team: "Hire dedicated React Native developers
// from CodeNest", "Hire our developers", "Contrate desenvolvedores dedicados", "Engagez nos développeurs", "Stellen Sie unsere
// Entwickler ein" (labelling policy rule 49) — an imperative opening its sentence, not "we hire developers" (a job post).
const HIRE_NOW = String.raw`(?<=^\W{0,3})(?:hire|contrate|contrata|contratá|engagez|recrutez|embauchez)`;
const HIRE_OURS = concept(
  String.raw`${HIRE_NOW}\s+(?:\p{L}+\s+){0,4}?(?:dedicated|dedicad[oa]s?|dédiée?s?|dedizierte\p{L}*)(?![\p{L}])`,
  String.raw`${HIRE_NOW}\s+(?:our|nuestros|nuestras|nuestro|nuestra|nossos|nossas|nosso|nossa|nos|notre)\s+(?:\p{L}+\s+){0,3}?(?:developers|devs|engineers|programmers|designers|desarrolladores|programadores|desenvolvedores|développeurs|ingénieurs|equipo|equipe|équipe|team)(?![\p{L}])`,
  String.raw`(?<=^\W{0,3})(?:stellen sie (?:unsere|dedizierte)\s+(?:\p{L}+\s+){0,3}?(?:entwickler|programmierer|ingenieur)\p{L}* ein|beauftragen sie (?:unser|unsere|unseren) (?:\p{L}+\s+){0,2}?(?:entwickler\p{L}*|team|entwicklungsteam))(?![\p{L}])`,
);
const PROVIDE = concept(
  String.raw`provid\p{L}*|offer\p{L}*|supply|bieten|stellen|ofrec\p{L}*|proporcion\p{L}*|propos\p{L}*|fourni\p{L}*|oferec\p{L}*|fornec\p{L}*`,
);
// The reader's own team made bigger with the writer's people — staff augmentation as an agency pitches it ("Augment your
// team with top talent", "Our expert developers seamlessly integrate with your team", "Verstärken Sie Ihr Team mit unseren
// Entwicklern", "Refuerza tu equipo con nuestros desarrolladores"): labelling policy rules 31 and 49 (thirty-fourth
// session, the tuning text's agency pages) — not a writer's own team ("grow our team").
const YOUR_TEAM_GROWN = concept(
  String.raw`(?:augment|extend|scale|strengthen|reinforce|expand|boost)\p{L}* your (?:\p{L}+ )?(?:team|workforce|engineering capacity|development capacity) with|(?:developers|engineers|talent|experts|specialists|professionals|programmers)\s+(?:\p{L}+\s+)?(?:integrate|embed)\p{L}* (?:seamlessly )?(?:with|into) your (?:\p{L}+ )?team(?![’'])|(?:verstärk|erweiter)\p{L}* (?:sie )?ihr (?:\p{L}+ )?team mit|(?:amplí|ampli|aument|refuerz|reforz|escal)\p{L}* (?:tu|su) (?:\p{L}+ )?equipo con|(?:renforc|agrandi|étend)\p{L}* votre (?:\p{L}+ )?équipe (?:avec|grâce à)|(?:reforç|ampli|aument|escal)\p{L}* (?:o |a )?(?:seu|sua|teu|tua) (?:\p{L}+ )?(?:time|equipa|equipe) com`,
);
// (thirty-seventh session: two batteries written blind and labelled by the policy found most offers of people said in other
// words) The writer's people, by whatever word: friends, colleagues, a buddy, a team counted, a relative ("mis compas", "trois
// potes devs", "ein befreundeter Backend-Entwickler", "eine Designerin aus meinem Netzwerk", "a team of 6 senior devs",
// "uma equipe de quatro devs", "meine Cousine") …
const WRITERS_PEOPLE = concept(
  ...RELATION,
  String.raw`(?:my|our|mis|nuestros|mes|nos|meus|nossos|meine|unsere)\s+(?:\p{L}+\s+)?(?:friends?|buddy|buddies|colleagues?|devs|developers|engineers|teammates|team members|compas|panas|colegas|amigos|potes|collègues|amis|kollegen|kolleginnen|freunde)|(?:a|one)\s+(?:\p{L}+\s+)?(?:friend|buddy|colleague)(?: of mine)?|a couple of (?:\p{L}+\s+)?(?:friends|colleagues|devs|developers)|(?:i have|i[’']ve got|ich habe|tengo|j[’']ai|tenho) (?:a|an|one|ein\p{L}*|un|una|une|um|uma) (?:\p{L}+\s+)?(?:friend|colleague|buddy|freund\p{L}*|kolleg\p{L}*|amig[oa]|colega|ami\p{L}*|collègue)|(?:a|an|my|our|ein\p{L}*|una?|uma?|mon|notre|mi|nuestro|meu|nosso)\s+(?:\p{L}+\s+)?(?:team|équipe|equipo|equipe)\s+(?:of|de|von|aus)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|zwei|drei|vier|fünf|dos|tres|cuatro|cinco|deux|trois|quatre|cinq|dois|duas|três|quatro)\s+(?:\p{L}+\s+){0,2}?(?:devs|developers|engineers|programmers|designers|entwickler\p{L}*|desarrolladores|programadores|développeurs|desenvolvedores)|befreundete[rn]?\s+(?:\p{L}+-)?(?:entwickler\p{L}*|designer\p{L}*|kolleg\p{L}*)|aus meinem (?:netzwerk|team|umfeld)|de mon (?:équipe|réseau|entourage)|de mi (?:equipo|red)|d[oa] meu (?:time|equipe|rede)|(?:deux|trois|quatre|dois|três|dos|tres|zwei|drei|two|three)\s+(?:autres|outros|otros|weitere|more|other)\s+(?:\p{L}+\s+)?(?:devs|développeurs|desenvolvedores|desarrolladores|entwickler|developers|engineers)|(?:two|three|four|\d+) more of my (?:\p{L}+\s+)?(?:devs|developers|engineers|people|guys)`,
);
// … offered to join the reader's work — can join, come on board, start, step in, be put in touch, brought along, passed on
// ("can come on board quickly", "pode entrar no seu projeto", "könnten … mit einsteigen", "te los paso", "je peux te mettre en
// contact", "should I connect them with you?", "bringe … mit", "loop in") — not a call or a meeting joined.
const CAN_JOIN = concept(
  String.raw`(?:can|could|would|will)\s+(?:(?:also|easily|quickly|surely|definitely)\s+)?(?:join(?! (?:\p{L}+ ){0,2}?(?:calls?|standups?|meetings?|kickoff|zoom|slack|channel))|come on board|come aboard)|ready to (?:join|start)|(?:connect|introduce) (?:them|him|her) (?:with|to) you|bring (?:along|them along|them in|them on)(?! (?:to|for) (?:the |a |an )?(?:call|meeting|party|event))|room for (?:\d+|two|three|four|one|a few) more|(?:können|könnten|kann|könnte)\s+(?:\p{L}+\s+){0,3}?(?:mit )?(?:einsteigen|mitmachen)|bringe\p{L}*\s+(?:\p{L}+\s+){0,4}?mit(?![\p{L}])|(?:pueden|podrían|puede|podría)\s+(?:\p{L}+\s+){0,2}?(?:unirse|sumarse)|te (?:los|las) paso|(?:peuvent|pourraient|peut|pourrait)\s+(?:\p{L}+\s+){0,2}?(?:rejoindre|nous rejoindre)|(?:te|vous) proposer (?:deux|trois|quatre|\d+|quelques|d[’']autres)|(?:podem|poderiam|pode|poderia)\s+(?:\p{L}+\s+){0,2}?entrar no (?:seu |teu )?(?:projeto|time)|(?:eles|elas) entram|trazer (?:eles|elas)|trago (?:eles|elas)`,
);
// … or people provided or placed by a firm, counted: "We can provide 3-5 engineers for your project", "We can place 2-10
// vetted Laravel developers into your team", "Wir bieten Ihnen drei erfahrene Entwickler an".
const PLACED = concept(
  String.raw`(?:we|i)\s+(?:can\s+|could\s+|will\s+)?(?:provide|offer|supply|place)\s+(?:you\s+)?(?:\d+(?:\s?[-–]\s?\d+)?|two|three|four|five|a few|several)\s+(?:\p{L}+\s+){0,3}?(?:engineers|developers|devs|programmers|designers|testers)|wir\s+(?:bieten|stellen)\s+(?:ihnen|dir)\s+(?:\d+|zwei|drei|vier|fünf|mehrere)\s+(?:\p{L}+\s+){0,2}?(?:entwickler\p{L}*|ingenieur\p{L}*|programmierer\p{L}*)`,
  // (… and as the four languages put it, the verb last in German: "Wir können innerhalb einer Woche 3–5 Entwickler für Ihr Projekt
  // stellen", "Podemos aportar 3-5 ingenieros", "Nous pouvons fournir 3 à 5 ingénieurs", "Podemos disponibilizar 3 a 5 engenheiros" —
  // the parity battery, fifty-fifth session)
  String.raw`(?:wir|ich) (?:können|könnten|kann|könnte) (?:\p{L}+ ){0,4}?(?:\d+(?:\s?[-–]\s?\d+)?|zwei|drei|vier|fünf|mehrere) (?:\p{L}+ )?(?:entwickler|ingenieur\p{L}*|programmierer|devs)(?: \p{L}+){0,4}? (?:stellen|bereitstellen|anbieten)(?![\p{L}])|(?:podemos|puedo|podríamos) (?:aportar|proporcionar|ofrecer(?:te|le)?|asignar|sumar) (?:\d+(?:\s?(?:[-–]|a)\s?\d+)?|dos|tres|cuatro|cinco|varios) (?:\p{L}+ )?(?:ingenieros|desarrolladores|programadores|devs)|(?:nous pouvons|je peux|on peut|nous pourrions) (?:vous |te )?(?:fournir|proposer|affecter|détacher) (?:\d+(?:\s?(?:[-–]|à)\s?\d+)?|deux|trois|quatre|cinq|plusieurs) (?:\p{L}+ )?(?:ingénieurs|développeurs|devs|programmeurs)|(?:podemos|posso|poderíamos) (?:disponibilizar|fornecer|oferecer|alocar) (?:\d+(?:\s?(?:[-–]|a)\s?\d+)?|dois|duas|três|quatro|cinco|vários) (?:\p{L}+ )?(?:engenheiros|desenvolvedores|programadores|devs)`,
);
// (forty-second session's review: one friend counts only beside the work — "a friend who can cover the cost of the flight", "Te
// recomiendo un amigo que da clases de guitarra" offer no worker)
const THE_WORK = concept(
  String.raw`projects?|tasks?|qa|testing|tests|backend|back-end|frontend|front-end|design\p{L}*|develop\p{L}*|dev|devs|coding|code|website|app|apps|mobile|api|server|devops|ui|ux|seo|bugs?|tickets?|sprints?|modules?|features?|part|proyectos?|tareas?|desarrollo|diseño|projets?|tâches?|développement|projetos?|tarefas?|desenvolvimento|projekt\p{L}*|aufgaben?|entwicklung|programm\p{L}*`,
);
const ONE_FRIEND_HAD = concept(
  String.raw`(?:i have|i[’']ve got|ich habe|ich hab|tengo|j[’']ai|tenho) (?:a|an|one|ein\p{L}*|un|una|une|um|uma) (?:\p{L}+\s+)?(?:friend|colleague|buddy|freund\p{L}*|kolleg\p{L}*|amig[oa]|colega|ami\p{L}*|collègue)`,
);
// One person of the writer's own — "my friend", "a friend of mine", "I know a guy", "ein Freund von mir", "un amigo mío", "j'ai une
// collègue" (not "a colleague on your side") — …
const ONE_PERSON_KNOWN = concept(
  String.raw`my (?:\p{L}+ )?(?:friend|buddy|colleague|mate|brother|sister|cousin)|(?:friend|colleague|buddy) of mine|i know (?:a|one) (?:guy|girl|person|dev|developer)|i know someone|ich kenne jemand\p{L}*|ich kenn(?:e)? (?:einen|eine) (?:typen|typ|entwickler\p{L}*)|(?:mein|meine) kumpel\p{L}*|conozco a (?:alguien|un tipo|un chico|una chica|un pibe|un chaval)|je connais (?:quelqu[’']un|un gars|un mec|une fille|un dev)|(?:eu )?conheço (?:alguém|um cara|uma moça|um rapaz|um dev)|(?:ich habe|ich kenne|ich hab) (?:einen|eine) (?:\p{L}+ )?(?:freund|freundin|kollegen|kollegin|bekannten)|(?:ein|eine) (?:freund|freundin|kollege|kollegin) von mir|(?:mein|meine) (?:\p{L}+ )?(?:freund|freundin|kollege|kollegin|bruder|schwester)|(?:tengo|conozco a) (?:un|una) (?:\p{L}+ )?(?:amig[oa]|colega|compañer[oa])|(?:un|una) (?:amig[oa]|colega|compañer[oa]) m[ií][oa]|mi (?:amig[oa]|colega|herman[oa])|(?:j[’']ai|je connais) (?:un|une) (?:\p{L}+ )?(?:ami|amie|collègue|pote)|(?:un|une) (?:ami|amie|collègue|pote) à moi|(?:mon|ma) (?:ami|amie|collègue|pote|frère|sœur)|(?:tenho|conheço) (?:um|uma) (?:\p{L}+ )?(?:amig[oa]|colega)|(?:um|uma) (?:amig[oa]|colega) (?:meu|minha)|(?:meu|minha) (?:amig[oa]|colega|irmão|irmã)`,
);
// … able to take a named part of the work, the part right after the verb: "can handle QA", "could do the backend", "das Backend
// übernehmen kann", "encargarse del QA", "couvrir la partie QA", "cuidar do design" (the third review of the session: "can bring
// the signed NDA", "could do with a break from her project", "kann keinen Urlaub machen, weil das Projekt brennt" are none).
const PART = String.raw`(?:qa|testing|tests|backend|back-end|frontend|front-end|design|ui|ux|devops|api|seo|mobile app|app|website|integration|deployment|development|coding|programming|bugs?|modules?|features?|diseño|desarrollo|développement|conception|desenvolvimento|entwicklung|programmierung)`;
const TAKES_A_PART = concept(
  String.raw`(?:can|could)\s+(?:also\s+|easily\s+)?(?:handle|do|take care of|take over|help with|cover|build) (?:the |your |all the |some of the |part of the )?(?:\p{L}+ )?${PART}(?: part| work| side)?(?![\p{L}])|(?:(?:das|den|die|beim|bei der) )?${PART} (?:übernehmen|machen|helfen|abdecken) (?:kann|könnte)|(?:kann|könnte) (?:\p{L}+ )?(?:(?:das|den|die|beim|bei der) )?${PART} (?:übernehmen|machen|helfen|abdecken)|(?:puede|podría|se puede) (?:\p{L}+ )?(?:encargarse|encargar|ayudar|hacer|cubrir|llevar) (?:del?|con el|con la|el|la) ${PART}|(?:peut|pourrait) (?:\p{L}+ )?(?:couvrir|gérer|faire|s[’']occuper|aider)(?: (?:de|du|sur) la| du| de la| la| le| les)? (?:partie )?${PART}|(?:pode|poderia) (?:\p{L}+ )?(?:cuidar|ajudar|fazer|cobrir|assumir) (?:d[oa]|com o|com a|o|a) ${PART}`,
);
// ("I could bring in a friend to cover testing")
const BRING_IN_FOR_A_PART = concept(
  String.raw`bring in (?:a|my) (?:\p{L}+ )?(?:friend|colleague|buddy) (?:to|for) (?:\p{L}+ )?${PART}`,
);
// One friend named without "my": "einen Freund", "a friend of mine", "un amigo", "une amie", "um colega".
const A_FRIEND = concept(
  String.raw`(?:einen|eine) (?:\p{L}+\s+)?(?:freund|freundin|kollegen|kollegin|bekannten)|(?:friend|colleague) of mine|(?:un|una) (?:amig[oa]|colega|compañer[oa])|(?:un|une) (?:ami|amie|collègue)|(?:um|uma) (?:amig[oa]|colega)`,
);
const IF_YOU_NEED_MORE = concept(
  String.raw`(?:if|in case) (?:you|u) (?:ever )?need (?:more|extra|additional|other) (?:\p{L}+ )?(?:devs|developers|engineers|designers|people|hands|help|resources|freelancers)|(?:falls|wenn) (?:ihr|sie|du) (?:noch )?(?:mehr|weitere) (?:\p{L}+ )?(?:leute|entwickler|devs|designer|unterstützung|hilfe)|si (?:necesitas|necesita|necesitan) (?:más|mas) (?:\p{L}+ )?(?:gente|personas|devs|desarrolladores|diseñadores|ayuda|manos)|si (?:tu as|t[’']as|vous avez) besoin (?:(?:de plus de|d[’']autres) (?:\p{L}+ )?(?:développeurs|devs|personnes|gens|designers)|de (?:plus de )?(?:monde|renfort|bras))|se (?:precisar|você precisar|precisares) de mais (?:\p{L}+ )?(?:gente|pessoas|devs|desenvolvedores|designers|ajuda)`,
);
const WORK_FOR_YOU = concept(
  String.raw`(?<=(?:could|can|would|will|(?<!used )to|also) )work (?:for|with) you|(?:für|mit) (?:sie|dich|euch) (?:\p{L}+ )?(?:arbeiten|tätig)|trabajar (?:para|con) (?:usted|ustedes|ti|vos)|travailler (?:pour|avec) (?:vous|toi)|trabalhar (?:para|com) (?:você|vc|vocês|o senhor|a senhora)`,
);
// Brought into the reader's project as chats say it: "si necesitas mas gente lo meto al proyecto", "se precisar de mais gente ele
// entra", "il peut venir sur le projet", "soll ich ihn mit reinholen?", "puedo sumar a unos compañeros", "kann ich ein paar Kollegen
// dazuholen", "My cousin and I can both work on this", "can I refer my friend for the QA job you posted?" (a review of the
// fifty-second session: nothing found)
const BROUGHT_IN = concept(
  String.raw`(?:lo|la|los|las) (?:meto|sumo|traigo|incorporo) (?:al|en el) (?:proyecto|equipo)|(?:puedo|podría|podemos) (?:sumar|traer|meter|incorporar) a (?:unos|unas|mis|dos|tres|otros|otras) (?:\p{L}+ )?(?:compañer[oa]s|amig[oa]s|colegas|devs|desarrollador\p{L}*)(?![^.!?\n]{0,40}(?:fiesta|cena|comida|cumple|asado|boda|evento))|(?:ele|ela|eles|elas) (?:entra|entram|pode entrar|podem entrar) (?:no (?:projeto|time)|na equipe)(?![\p{L}])|(?:precisar|precisares) de mais (?:gente|pessoas|devs|ajuda)[^.!?\n]{0,40}?(?:ele|ela|eles|elas) (?:entra|entram)(?![\p{L}])|je (?:peux|pourrais) (?:faire venir|ramener|intégrer) (?:quelques|des|deux|trois|mes) (?:\p{L}+ )?(?:collègues|amis|potes|devs|développeu\p{L}*)(?![^.!?\n]{0,40}(?:fête|soirée|dîner|repas|mariage|événement))|soll ich (?:ihn|sie) (?:\p{L}+ )?(?:reinholen|dazuholen|mitbringen|dazunehmen)|(?:kann|könnte) ich (?:\p{L}+ ){0,2}?(?:kollegen|freunde|leute|entwickler) (?:\p{L}+ )?(?:dazuholen|reinholen|mitbringen|dazunehmen)(?![^.!?\n]{0,40}(?:feier|party|fest|essen|hochzeit))|(?:can|could|may) i (?:refer|recommend|suggest|introduce|bring in) (?:my|a) (?:\p{L}+ )?(?:friend|colleague|cousin|brother|sister|buddy)(?![’']|\p{L})`,
  String.raw`(?:${RELATION[0]}) and i (?:can|could|would) (?:both |also )?(?:work on (?:this|it|your|the (?:project|app|site|website|backend|frontend|job|task))|work for you|join|take (?:this|it) on|handle (?:this|it|the project))|(?:${RELATION[2]}) y yo (?:podemos|podríamos) (?:\p{L}+ )?(?:trabajar (?:juntos )?en (?:tu|su|el) proyecto|encargarnos)|(?:${RELATION[3]}) et moi (?:pouvons|pourrions|on peut) (?:\p{L}+ )?(?:travailler (?:ensemble )?sur (?:votre|ton|le) projet|nous en charger|s[’']en charger)|(?:${RELATION[4]}) e eu (?:podemos|poderíamos) (?:\p{L}+ )?(?:trabalhar (?:juntos )?n(?:o|esse|este|o seu|o teu) projeto|cuidar disso)|(?:${RELATION[1]}) und ich (?:können|könnten) (?:\p{L}+ )?(?:(?:das|ihr|dein) projekt übernehmen|an (?:ihrem|deinem|dem) projekt arbeiten)`,
  // (… "beide daran arbeiten", "trabajar los dos en esto", "bosser tous les deux dessus", "Eu e meu primo podemos trabalhar nisso";
  // the writer recommending their own friend for the posted job: "kann ich meinen Freund für den QA-Job empfehlen", "¿puedo
  // recomendar a mi amigo …?", "je peux recommander mon pote …", "posso indicar meu amigo …" — the parity battery, fifty-fifth session)
  String.raw`(?:${RELATION[1]}) und ich (?:können|könnten) (?:beide |auch )?(?:daran|dran) arbeiten|(?:${RELATION[2]}) y yo (?:podemos|podríamos) trabajar (?:los dos |ambos |juntos )?en esto|(?:${RELATION[3]}) et moi,? (?:on peut|on pourrait|nous pouvons) (?:bosser|travailler) (?:tous les deux |ensemble )?dessus|eu e (?:${RELATION[4]}) (?:podemos|poderíamos) (?:trabalhar|atuar) (?:juntos )?(?:nisso|nesse projeto|neste projeto|no projeto)|(?:kann|könnte|darf) ich (?:dir |ihnen )?(?:meinen|meine) (?:freund|freundin|kollegen|kollegin|kumpel|bruder|schwester|cousin|cousine)(?: \p{L}+(?:-\p{L}+)?){0,6}? empfehlen|(?:puedo|podría) (?:recomendar(?:te|le)?|presentar(?:te|le)?) a (?:mi|un|una) (?:amig[oa]|colega|compañer[oa]|prim[oa]|herman[oa])|(?:je peux|je pourrais|puis-je) (?:te |vous )?(?:recommander|présenter) (?:mon|ma|un|une) (?:ami|amie|pote|collègue|cousin|cousine|frère|sœur)|(?:posso|poderia) (?:te |lhe )?(?:indicar|recomendar|apresentar) (?:o |a )?(?:meu|minha|um|uma) (?:amig[oa]|colega|prim[oa]|irmão|irmã)`,
);
// People of the writer's brought along for the work ("Ich kann zwei Freunde mitbringen, die beim Projekt helfen", "Je peux amener deux
// amis pour aider sur le projet"), and room asked for the writer's own ("Platz für zwei meiner Devs", "lugar para dos devs más de mi
// equipo", "de la place pour deux autres de mes devs", "vaga pra mais dois devs meus") — the parity battery, fifty-fifth session:
// read in English, not in the four languages.
const BRING_ALONG = concept(String.raw`mitbringen|amener|ramener|traer|trazer|levar`);
const ROOM_FOR_MINE = concept(
  String.raw`platz für (?:zwei|drei|vier|\d+) (?:weitere )?meiner|lugar para (?:dos|tres|cuatro|\d+) (?:\p{L}+ )?(?:más )?de mi (?:equipo|gente)|place pour (?:deux|trois|quatre|\d+) autres de mes|vaga (?:pra|para) mais (?:dois|duas|três|\d+) (?:\p{L}+ )?(?:meus|minhas)`,
);
const COMBINATIONS: Combination[] = [
  [GOOD_CANDIDATES],
  [COUNTED_PEOPLE, BRING_ALONG, THE_WORK],
  [ROOM_FOR_MINE],
  [BROUGHT_IN],
  [WRITERS_PEOPLE, CAN_JOIN],
  // "I have a friend who can cover QA" — the writer's own people only: "other developers can easily take over later" is a
  // handover (forty-second session)
  [
    WRITERS_PEOPLE,
    concept(
      String.raw`(?:can|could|would|will)\s+(?:(?:also|easily|quickly|surely|definitely)\s+)?(?:cover(?! for| (?:the |my |your |our |his |her )?(?:\p{L}+ )?(?:costs?|bills?|shifts?|tabs?|expenses?|fees?|rent|price|hosting))|step in(?! as)|jump in)`,
    ),
    THE_WORK,
  ],
  // One person the writer knows, able to take a part of the work: "My friend can handle QA if you need", "I know a guy who can do
  // the backend", "Ich habe einen Freund, der das Backend übernehmen kann", "Un amigo mío puede encargarse del QA", "J'ai une
  // collègue qui peut couvrir la partie QA", "Tenho uma amiga que pode cuidar do design" (the session's reviews' misses)
  [ONE_PERSON_KNOWN, TAKES_A_PART],
  [BRING_IN_FOR_A_PART],
  // "Tengo un amigo que también puede trabajar en el proyecto"
  [
    ONE_FRIEND_HAD,
    HIRE_TOO,
    concept(String.raw`too|also|as well|auch|también|tmb|aussi|également|também|tbm`),
    THE_WORK,
  ],
  [COUNTED_PEOPLE, CAN_JOIN],
  // (the writer's people offered to work for the reader: "I have two more colleagues who could also work for you", "Ich habe noch
  // zwei Kollegen, die auch für Sie arbeiten könnten" — the forty-fifth session's left-overs)
  [COUNTED_PEOPLE, WORK_FOR_YOU],
  // (people counted, offered for the reader's need: "if you need more devs I have 3 friends, all senior", "Falls ihr mehr Leute braucht,
  // ich habe noch zwei Freunde, die auch Entwickler sind" — a probe of the forty-sixth session)
  [
    COUNTED_PEOPLE,
    IF_YOU_NEED_MORE,
    filter(
      String.raw`i have|i[’']ve got|i got|i know|ich habe|ich hab|hab ich|habe ich|ich kenne|tengo|conozco|j[’']ai|je connais|tenho|conheço|my|mis|mes|meine|meus|minhas`,
    ),
  ],
  [PLACED],
  [YOUR_TEAM_GROWN],
  [HIRE_OURS],
  // "¿lo podrías contratar a él también?", "você pode contratar ele também?", "could you hire him too?" after a friend or a
  // colleague of the writer's is named (a battery labelled blind by the policy, thirty-sixth session)
  [
    concept(
      String.raw`(?:could|can|would) you (?:\p{L}+ )?hire (?:him|her|them) (?:too|as well)|(?:lo|la|los|las) (?:podrías|puedes|podría|puede) contratar (?:\p{L}+ ){0,2}?(?:también|tambien)|(?:podrías|puedes|podría|puede) contratar(?:lo|la|los|las) (?:\p{L}+ ){0,2}?(?:también|tambien)|(?:você|voce|vc) (?:pode|poderia) contrat(?:ar|á)(?:-lo|-la)? (?:\p{L}+ ){0,2}?(?:também|tambem)|(?:pourriez-vous|pourrais-tu|vous pourriez|tu pourrais) (?:l[’']|les )?(?:engager|embaucher|recruter) (?:\p{L}+ ){0,2}?aussi|(?:könnten sie|könntest du|können sie|kannst du) (?:ihn|sie) (?:\p{L}+ ){0,2}?auch (?:einstellen|beauftragen|nehmen)`,
    ),
    concept(
      ...RELATION,
      String.raw`(?:a |an )?(?:friend|colleague|buddy|mate) of mine|(?:un|una) (?:amig[oa]|colega|compañer[oa]) m[íi][oa]|(?:tengo|conozco a) (?:un|una) (?:amig[oa]|colega|compañer[oa])|i (?:have|know) a (?:friend|colleague|buddy)|(?:um|uma) (?:amig[oa]|colega) (?:meu|minha)|(?:um|uma) (?:amig[oa]|colega)|(?:un|une) (?:ami|amie|collègue)|(?:ein|eine) (?:freund|freundin|kollege|kollegin)|(?:mein|meine) (?:freund|freundin|kollege|kollegin)`,
    ),
  ],
  // (the writer's offer: "we can provide", "nous proposons" — not a job post's bullet list "experience in providing
  // documentation … supported by our dedicated DevOps engineers", a market text's wrong note)
  [
    STAFF,
    PROVIDE,
    filter(
      String.raw`(?:we|i)\s+(?:\p{L}+\s+){0,2}?(?:provide|offer|supply)|wir\s+(?:\p{L}+\s+){0,2}?(?:bieten|stellen)|ofrecemos|proporcionamos|nous\s+(?:\p{L}+\s+)?(?:proposons|fournissons|offrons)|oferecemos|fornecemos`,
    ),
  ],
  [KNOWN_PEOPLE, OFFERED],
  [concept(...RELATION), LOOKING_FOR_WORK],
  // workers counted and said to be free for the reader ("many more devs like me available, 50+ engineers", review24) —
  // not a relative said to be available
  [
    concept(
      String.raw`(?:many|more|several|other|two|three|four|five|ten|\d+\+?)\s+(?:\p{L}+\s+){0,2}?(?:devs|developers|engineers|programmers|designers|testers)`,
      // (… in the four languages: "muchos más devs como yo disponibles", "plein d'autres devs comme moi dispo", "muitos outros devs
      // como eu disponíveis" — the parity battery, fifty-fifth session)
      String.raw`(?:muchos|más|otros|varios|\d+\+?)\s+(?:\p{L}+\s+){0,2}?(?:devs|desarrolladores|ingenieros|programadores)|(?:d[’']autres|plusieurs|\d+\+?)\s+(?:\p{L}+\s+){0,2}?(?:devs|développeurs|ingénieurs)|(?:muitos|outros|vários|\d+\+?)\s+(?:\p{L}+\s+){0,2}?(?:devs|desenvolvedores|engenheiros|programadores)|(?:viele|weitere|mehrere|\d+\+?)\s+(?:\p{L}+\s+){0,2}?(?:devs|entwickler|ingenieure)`,
    ),
    concept(
      String.raw`available(?! (?:\p{L}+ ){0,2}?(?:for (?:a |the )?(?:call|meeting|interview)|on|from|at|until|next))`,
      String.raw`disponibles|dispo|disponíveis|verfügbar`,
    ),
  ],
  [COUNTED_PEOPLE, JOIN_THE_WORK],
  [
    THEIR_PEOPLE,
    HIRE_TOO,
    // ("for more information" is no more people)
    concept(
      String.raw`too|also|as well|more(?!\s+(?:info\p{L}*|details?))|auch|gleich|noch|mehr(?!\s+(?:info\p{L}*|details?|einzelheiten))|también|tmb|más(?!\s+(?:info\p{L}*|detalles))|aussi|également|também|tbm|tb|mais(?!\s+(?:info\p{L}*|detalhes))`,
    ),
  ],
  // "as I have a team of 5 experienced developers who can cover the technical work"
  [
    concept(
      String.raw`team|developers|engineers|programmers|entwickler|equipo|desarrolladores|équipe|développeurs|equipe|desenvolvedores`,
    ),
    filter(
      String.raw`(?:i|we) (?:have|lead|run|work with) (?:a |an )?(?:\p{L}+\s+){0,3}?(?:team|developers|engineers|programmers)|(?:ich habe|wir haben) (?:\p{L}+\s+){0,2}?(?:team|entwickler)|(?:tengo|tenemos) (?:\p{L}+\s+){0,2}?(?:equipo|desarrolladores)|(?:j[’']ai|nous avons) (?:\p{L}+\s+){0,2}?(?:équipe|développeurs)|(?:tenho|temos) (?:\p{L}+\s+){0,2}?(?:equipe|desenvolvedores)`,
    ),
    concept(
      String.raw`who (?:\p{L}+\s+)?can|which can|that can|can cover|can handle|will handle|can join|can help|can work|die (?:\p{L}+\s+)?können|que (?:\p{L}+\s+)?pueden|qui (?:\p{L}+\s+)?peuvent|que (?:\p{L}+\s+)?podem`,
    ),
  ],
  [
    concept(String.raw`bring (?:him|her|them) (?:in|on|aboard)|bring (?:in|on) (?:a|my|our|another|more)`),
    concept(String.raw`project|work\p{L}*|team|developers?|engineers?|designers?|tasks?|cost|contract\p{L}*`),
  ],
  // "Ich kann dir gern einen Freund für das Backend empfehlen", "I can recommend a friend of mine for the design": one friend,
  // the writer recommending, for the work (forty-second session; not "refer a friend and get $10", no writer)
  [
    A_FRIEND,
    filter(
      String.raw`(?:i|ich|yo|je|eu)\s+(?:\p{L}+\s+){0,5}?(?:recommend|refer|introduce|empfehle|empfehlen|vermitteln|recomiendo|recomendar|presentar|recommande|recommander|présenter|recomendo|recomendar|indico|indicar|apresentar|apresento)|(?:te|le|os|vous|te|lhe) (?:puedo |podría |peux |pourrais |posso |poderia )?(?:recomiendo|recomendar|recommande|recommander|recomendo|indico|indicar|presento|présente|apresento)`,
    ),
    THE_WORK,
  ],
  // (… or the offer alone, the verb ending the sentence: "Ich kann dir gern einen Freund empfehlen.")
  [
    A_FRIEND,
    filter(
      String.raw`(?:empfehlen|vermitteln|recommend|introduce|recomendar|recomiendo|recommander|présenter|indicar|apresentar)(?=\s*[.!]?\s*$)`,
    ),
  ],
  // "I could recommend other developers", "Ich kann Ihnen weitere Entwickler empfehlen"
  [
    concept(
      String.raw`(?:more|other|some|additional|my|our)\s+(?:\p{L}+\s+)?(?:developers|engineers|programmers|designers|people|friends|colleagues|team members)`,
      String.raw`(?:someone|somebody) else|another (?:developer|engineer|freelancer|person)|alguien más|otra persona|quelqu[’']un d[’']autre|jemand\p{L}* anderen|outra pessoa|alguém`,
      String.raw`(?:weitere|mehr|andere)\s+(?:\p{L}+\s+)?(?:entwickler|leute|kollegen|freunde)|(?:otros|más)\s+(?:desarrolladores|programadores|amigos|personas)|(?:d[’']autres|plus de)\s+(?:développeurs|amis|personnes)|(?:outros|mais)\s+(?:desenvolvedores|programadores|amigos|pessoas)`,
    ),
    concept(
      String.raw`recommend|refer|introduce|bring|add|mitbringen|traer|amener|trazer|empfehl\p{L}*|vermittel\p{L}*|recomend\p{L}*|présenter|recommander|indicar|apresentar`,
    ),
  ],
  // The writer's friends or colleagues said to be interested in the reader's job ("I will let you know if my friends who
  // could be interested", "meus amigos estão interessados"), and developers by the hundred offered by an outsourcing
  // firm ("access to outstanding 3,000 software developers", "nous proposons 500 développeurs") — twenty-third session,
  // the eighteenth set read.
  [
    concept(
      String.raw`(?:my|our)\s+(?:\p{L}+\s+)?(?:friends|colleagues)|(?:meine|unsere)\s+(?:freunde|kollegen)|(?:mis|nuestros)\s+(?:amigos|colegas)|(?:mes|nos)\s+(?:amis|collègues)|(?:meus|nossos)\s+(?:amigos|colegas)|(?:i have|ich habe|habe ich|tengo|j[’']ai|tenho) (?:some |a few |des |unos |unas |uns |umas |ein paar )?(?:friends|colleagues|freunde|kollegen|amigos|colegas|amis|collègues)`,
    ),
    filter(String.raw`interested|interessiert|interesad[oa]s|intéressée?s|interessad[oa]s`),
    filter(
      String.raw`opportunit\p{L}*|jobs?|positions?|projects?|projets?|proyectos?|projetos?|missions?|roles?|openings?|vagas?|trabajos?|puestos?|postes?|stellen?|projekt\p{L}*|oportunidad\p{L}*|oportunidade\p{L}*|opportunité\p{L}*`,
    ),
  ],
  [
    concept(
      String.raw`\d{2,3}(?:[,.]\d{3})?\s+(?:\p{L}+\s+){0,2}?(?:developers|engineers|programmers|entwickler\p{L}*|desarrolladores|programadores|développeurs|ingénieurs|desenvolvedores)|(?:hundreds|thousands) of (?:\p{L}+\s+){0,2}?(?:developers|engineers)`,
    ),
    concept(
      String.raw`access|offer\p{L}*|provid\p{L}*|guarantee|propos\p{L}*|bieten|stellen|ofrec\p{L}*|ofere\p{L}*|disponib\p{L}*|available|verfügbar`,
    ),
  ],
];

// A client asking for more people is no recommendation ("Do you have more developers available?", "¿Tienes más desarrolladores
// disponibles?" — a probe of the fifty-fifth session) — nor asking the reader to refer some ("Could you refer a few more
// developers to us?", "¿Podrías recomendarnos otros programadores?": a review of the forty-ninth session). (One pattern for every message: a literal in the call was a new
// pattern object each time, read afresh as an `unless` context — lib/text/cooccur.ts keeps what it learns of each by object.)
const CLIENT_HIRING =
  /\b(?:we need|we are looking|we[’']re looking|i[’']m looking|i am looking|we[’']re hiring|we are hiring|do you know|recommend a|apply for this|wir suchen|ich suche|buscamos|busco|estamos contratando|postulen solo|nous cherchons|je cherche|nous recrutons|procuramos|procuro|(?:could|can|would|will) you (?:please |also )?(?:refer|recommend|introduce|send|bring)|(?:kannst du|können sie|könnten sie|könntest du) (?:uns |mir )?(?:\S+ ){0,3}?(?:empfehlen|vermitteln)|(?:puedes|podrías|puede|podría) (?:recomendar|presentar|referir)(?:nos|me)?|(?:peux-tu|pouvez-vous|pourriez-vous|pourrais-tu) (?:nous |me )?(?:recommander|présenter)|(?:pode|poderia|podes) (?:nos |me )?(?:indicar|recomendar|apresentar)|do you have (?:any )?(?:more|other)|(?:tienes|tiene|tienen) (?:más|otros)|(?:vous avez|as-tu|tu as|t[’']as|avez-vous) d[’']autres|(?:você|voce|vc) tem (?:mais|outros)|(?:hast du|haben sie) (?:noch )?(?:mehr|weitere|andere))\b/i;

// Someone recommended for the reader's private affairs, not for the work ("Was Steuern angeht, kann ich dir eine Freundin
// empfehlen", "My friend can help with the move" — the forty-second session's third review).
// (its letter bounds checked ASCII first: read on every candidate sentence, each character's \p{L} looked up in C)
const NOT_THE_WORK = asciiFirst(
  /(?<![\p{L}])(?:tax(?:es)?|steuer(?:n|berater\p{L}*|erklärung)?|impuestos|impôts|impostos|accountant|buchhalter\p{L}*|contador[a]?|comptable|contabilista|lawyer|anwalt|anwältin|abogad[oa]|avocat\p{L}*|advogad[oa]|notar\p{L}*|the move|moving house|umzug|mudanza|déménagement|mudança|apartment|wohnung|doctor|arzt|ärztin|médico|médecin|babysit\p{L}*|dentist|zahnarzt|dentista|wedding|hochzeit|boda|mariage|casamento|plumber|klempner|fontanero|plombier|encanador|mechanic|mecánico|mécanicien|mecânico)(?![\p{L}])/iu,
);

// A colleague joining a meeting, or already on the contract, is no worker offered: "Our team lead can also join the interview on
// Zoom", "she's also on this agency account, so her hours show in the same contract" (a review of the fiftieth session).
const IN_THE_MEETING_OR_CONTRACT = asciiFirst(
  /(?<![\p{L}])(?:join (?:\p{L}+ ){0,2}?(?:interview|call|meeting|zoom|kick-?off|stand-?up|demo|session)s?|(?:unirse|unirá|se une|estar) (?:a|en) (?:la |el )?(?:reunión|llamada|entrevista|videollamada)|(?:participer|assister|se joindre) à (?:la |l[’'])?(?:réunion|appel|entretien|visio)|(?:am|an der|beim) (?:meeting|call|gespräch|interview|termin) (?:\p{L}+ )?(?:teilnehmen|dabei sein)|(?:participar|entrar) (?:da|na|de) (?:reunião|chamada|entrevista)|(?:this|our|the same) (?:agency|team) (?:account|contract)|(?:on|in|under) the same contract)(?![\p{L}])/iu,
);

// "Hire them too" asked, the people named in another sentence: "I also have three talented friends who are free right now. You
// should hire them too", "Contrátalos también", "Contrata eles também", "Sie sollten sie auch einstellen", "vous pourrez les
// embaucher aussi", and offers to each of them ("les mandas oferta a cada uno", "schicken Sie auch jedem von ihnen ein Angebot")
// — a review of the fifty-first session: nothing found in four languages.
const HIRE_THEM_TOO: Combination[] = [
  [
    concept(
      String.raw`hire (?:them|him|her) (?:too|as well|also)|(?:also|too) hire (?:them|him|her)|contr[aá]tal(?:os|as|o|a) (?:también|tambien)|(?:también|tambien) (?:\p{L}+ )?contratarl(?:os|as|o|a)|contrat(?:a|e) (?:eles|elas|ele|ela) (?:também|tb)|(?:também|tb) (?:contrata|contrate|contratar) (?:eles|elas)|(?:sie|ihn) (?:\p{L}+ )?(?:auch|ebenfalls) einstellen|stellen sie (?:sie|ihn) (?:auch|ebenfalls) ein|(?:kollegen|freunde) (?:\p{L}+ )?(?:auch|ebenfalls) einstellen|les (?:embaucher|engager|recruter) (?:aussi|également)|(?:embauchez|engagez|recrutez)-les (?:aussi|également)|(?:you (?:can |could )?|and |please )(?:make|send) (?:an? )?offers? to (?:all of us|each of them|each one)|les (?:mandas|mandes|envías|envíes|haces|hagas) (?:una )?oferta a cada uno|(?:você )?(?:faz|faça|manda|mande) uma (?:oferta|proposta) (?:pra|para) cada um|(?:schicken|senden|machen) sie (?:\p{L}+ )?jedem von ihnen|(?:vous pourrez|vous pouvez|pourriez-vous) (?:\p{L}+ )?faire une offre à chacun`,
    ),
  ],
];
const PEOPLE_NAMED: Combination[] = [[THEIR_PEOPLE], [COUNTED_PEOPLE]];
export const rule: MessageRule = {
  id: 'recommends-more-workers',
  kind: 'message',
  group: 'team',
  check({ message }) {
    const unless = [CLIENT_HIRING, NOT_THE_WORK, IN_THE_MEETING_OR_CONTRACT];
    const quoted = cooccurring(message, COMBINATIONS, { unless });
    const tooAsked = cooccurring(message, HIRE_THEM_TOO, { unless });
    if (tooAsked.length && cooccurring(message, PEOPLE_NAMED, { unless, anyVoice: true }).length)
      for (const s of tooAsked) if (!quoted.includes(s)) quoted.push(s);
    if (!quoted.length) return undefined;
    return messageFinding(rule.id, 'low', quoted, ['G1 How DPRK IT workers operate (recommending additional workers)']);
  },
};
