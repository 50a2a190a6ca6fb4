/**
 * Someone else at the interviews: "attend these interviews on my behalf, using my name and resume", "you'll
 * represent my skills during interviews", "your role would be to handle the initial interview process — I'll
 * take care of the tech tasks". It is both identity rental (the reader's face and voice for the writer's
 * name) and avoiding the video call (the writer never shows theirs), so two rules read it from here.
 */
import { type Combination, type Hit, concept, filter, readHits } from './cooccur';
import type { PreparedMessage } from './message';

const MEETINGS = concept(
  String.raw`interview\p{L}*|videointerview\p{L}*|zoom|videogespräch\p{L}*|meetings?|calls?|stand-?ups?|communicat\p{L}*|entrevista\p{L}*|reuni\p{L}*|vorstellungsgespräch\p{L}*|gespräch\p{L}*|entretien\p{L}*|réunion\p{L}*|videocalls?|videoanruf\p{L}*|videollamada\p{L}*|llamadas?|appels?|visio\p{L}*|chamadas?|videochamada\p{L}*`,
);
// ("join the zoom as me" — not "the same meetings as me": a battery labelled blind by the policy, thirty-sixth session)
const FOR_ME = filter(
  String.raw`(?:join|attend|take|do|handle)\s+(?:the\s+|my\s+|this\s+|that\s+)?(?:zoom|calls?|meetings?|interviews?|video ?calls?)(?:\s+calls?)?\s+as me(?![\p{L}])|on (?:my|our|his|her|their) behalf|on behalf of|instead of (?:me|us|him|her)|in my place|in place of me|as (?:a |our |my )?representatives?|represent(?:s|ed|ing)?|representar\p{L}*|représenter|représentez|(?:un|una|um|uma|como|mi|meu|nuestro|nosso) (?:\p{L}+\s+){0,2}?representante|(?:un|comme|mon|notre) (?:\p{L}+\s+){0,2}?représentant|im namen (?:von|unserer|unseres|meiner|meines)|à la place (?:de|d[’']) ?(?:nos|mes|notre|mon)|en nombre de (?:nuestros|mis)|no lugar d(?:os|e) (?:nossos|meus)|using my (?:name|identity|resume|profile)|with my (?:name|resume)|under my name|under (?:the|our|my) (?:\p{L}+\s+){0,2}profile|the face of|(?:als|wie) (?:das )?gesicht (?:unseres|unserer|des|der|von|meines|meiner)|(?:como )?la cara (?:visible )?de (?:nuestro|nuestra|mi|la|el)|(?:en tant que|comme) (?:le )?visage de (?:notre|mon|ma|la|l[’'])|(?:como )?o rosto d[ae] (?:nossa|nosso|minha|meu)|point of contact|as our (?:\p{L}+\s+)?(?:contact|representative|face)|en mi (?:nombre|lugar)|por mí|no meu lugar|em meu nome|por mim|à ma place|en mon nom|für mich|an meiner stelle|in meinem namen|(?:presentarte|presentarse|aparecer) (?:tú |usted )?en (?:las |los )?(?:entrevistas|reuniones|llamadas)|(?:te présenter|vous présenter|apparaître) (?:aux|à mes|à nos) (?:entretiens|réunions)|(?:se apresentar|aparecer) (?:nas|em) (?:entrevistas|reuniões)`,
);
const TAKE_PART = concept(
  String.raw`attend\p{L}*|pass\p{L}*|handl\p{L}*|lead\p{L}*|tak\p{L}*|co-?host\p{L}*|do|join|manag\p{L}*|conduct\p{L}*|support\p{L}*|bridge|serve\p{L}*|führ\p{L}*|machst|machen|übernimm\p{L}*|übernehm\p{L}*|teilnehm\p{L}*|haces|hace|hacer|asist\p{L}*|encarg\p{L}*|fais|faites|faire|assist\p{L}*|faz|fazer|faça|particip\p{L}*|cuida\p{L}*|jump\p{L}*|hop\p{L}*|show(?:s|ing)? up|auftr\p{L}*|erschein\p{L}*|aparece\p{L}*|apareç\p{L}*|(?:te|vous) montr\p{L}*|(?:das|dar|dá|dar) la cara|(?:dás|dá|dar) a cara|show your face`,
);
// (or the reader's part given as a list item: "Your responsibilities: - Attend interviews according to the schedule I share")
const YOU_WOULD = filter(
  String.raw`^\s*(?:[-*•·]\s*)?(?:attend|join|pass|take part in|asiste a|asistir a|participa de|participe (?:de|das)|participer aux|assistez aux|nimm an|nehmen sie an)\s+(?:\p{L}+\s+){0,2}?(?:interviews?|entrevistas|entretiens|vorstellungsgespräche\p{L}*|bewerbungsgespräche\p{L}*)|your role|you would|you[’']d|you[’']ll|you will|you could|someone to|someone who|someone like you|looking for (?:a|an|someone)|need (?:a|an|someone)|partner with|assist me|help me|collaborat\p{L}*|what you have to do|(?:partnership|deal|arrangement) (?:where|in which) you|(?:partnerschaft|abmachung|vereinbarung),? (?:bei der|in der|wo) du|(?:sociedad|acuerdo|trato) (?:donde|en (?:la|el) que) (?:tú|tu)|(?:partenariat|arrangement|accord) où (?:tu|vous)|(?:parceria|acordo) (?:em que|onde) (?:vc|você|tu)|you (?:only |just )?(?:need to|have to)|you (?:only |just )?(?:attend|do|take|handle|pass|join|lead)|(?<!(?:can|could|would|will) )you (?:only |just )(?:jump|hop|show)|du (?:führst|machst|übernimmst|nimmst|gehst)|du würdest|sie (?:führen|übernehmen|nehmen)|tú (?:solo |sólo )?(?:haces|te encargas|asistes|pasas|vas|das)|alguém que (?:faça|participe)|alguien que (?:haga|asista|dé)|usted (?:hace|se encarga|asiste)|tu (?:passes|fais|t[’']occupes|assistes|vas)|vous (?:passez|faites|vous occupez|assistez)|você (?:faz|participa|passa|vai|cuida)`,
);
const COMBINATIONS: Combination[] = [
  [MEETINGS, FOR_ME],
  [MEETINGS, TAKE_PART, YOU_WOULD],
];
// The message says the reader stands in for someone: the writer keeps the work or the name, they share
// the pay (or has the interviews done "in my place" in any of the five languages: "les entretiens vidéo à ma place", "las
// entrevistas … en mi lugar", "die Videointerviews für mich"; thirty-first session — not a colleague at a meeting). Without it, "you would handle client meetings" is an ordinary job, and so is "you lead the client
// calls, I do the work on the backend" (a split of the work alone is how colleagues and agencies work).
const STAND_IN = filter(
  String.raw`(?:join|attend|take|do|handle)\s+(?:the\s+|my\s+|this\s+|that\s+)?(?:zoom|calls?|meetings?|interviews?|video ?calls?)(?:\s+calls?)?\s+as me(?![\p{L}])|my name|my resume|my behalf|(?:interview\p{L}*|videointerview\p{L}*|entrevista\p{L}*|entretien\p{L}*|gespräch\p{L}*|videogespräch\p{L}*) (?:\p{L}+\s+){0,3}?(?:en mi lugar|no meu lugar|em meu lugar|à ma place|an meiner stelle|für mich)|(?:entrevistas|entretiens) (?:\p{L}+\s+){0,3}?(?:por mim|por mí|pour moi)|unter meinem namen|bajo mi nombre|sous mon nom|com (?:o )?meu nome|(?:i|yo|ich|je|eu) (?:\p{L}{1,20} ){0,5}?(?:con|with|mit|avec|com) (?:o |a )?(?:tu|your|deinem|ihrem|ton|votre|teu|seu) (?:perfil|profile|profil|cuenta|account|konto|compte|conta)(?! manager| link| page)|(?:work|working|services?)\s+(?:\p{L}+\s+){0,2}?on your behalf|instead of me|our candidates|(?:[$€£]\s?\d+|\d+\s?(?:[$€£]|usd|eur|euros?|dollars?|reais)) (?:per|pro|par|por|a|an|each) (?:interview|gespräch|entretien|entrevista|call)|senior developer[’']?s profile|(?:share|split)\p{L}* (?:the |my )?(?:profit|income|salary|rewards|earnings|pay|payment|money)|(?:income|salary|profit) split|\d+\s?% of (?:my|the|your|every|each) (?:\p{L}+\s+)?(?:income|salary|earnings|profit|pay|payments?|contracts?|jobs?|projects?)|you(?:[’'](?:ll|d)| will| would)? (?:get|receive|earn|keep|take) (?:\p{L}+\s+)?\d+\s?%|(?:split|teilen|repartimos|partageons|on partage|dividimos|a gente divide)\p{L}* (?:\p{L}+\s+){0,2}?\d{1,3}\s?/\s?\d{1,3}|(?:vorstellungsgespräch|bewerbungsgespräch)\p{L}* (?:\p{L}+\s+){0,3}?für mich|wir teilen (?:das gehalt|den lohn|das geld|die bezahlung|die einnahmen)|\d+\s?% del (?:sueldo|salario|pago|ingreso)|partage(?:ons)? (?:le salaire|les revenus|le paiement)|dividimos (?:o salário|o pagamento|a renda)|local developer|\d+\s?% (?:von jedem|de cada|de chaque) (?:\p{L}+\s+)?(?:vertrag|auftrag|contrato|contrat|projekt|proyecto|projet|projeto)|(?:as|our|my|a|the) (?:\p{L}+\s+){0,3}?representatives?|(?:un|una|um|uma|como|mi|meu|nuestro|nosso) (?:\p{L}+\s+){0,2}?representante|(?:un|comme|mon|notre) (?:\p{L}+\s+){0,2}?représentant|on your behalf|under your name|(?:apply|applying|bewerb\p{L}*|postul\p{L}*|candidat\p{L}*) (?:\p{L}+\s+){0,3}?(?:using|with|mit|con|avec|com) (?:your|deine[mn]?|ihre[mn]?|tu|su|ton|votre|seu|teu) (?:cv|resume|résumé|lebenslauf|curr[ií]culo|profile|profil|perfil)|(?:handle|do|complete)\s+(?:all\s+)?(?:the\s+)?(?:project\s+)?work\s+(?:using|with)\s+my team|(?:attend|take|do|pass|sit)\p{L}* (?:\p{L}+ ){0,3}?interviews? (?:for|instead of|in place of) me|your (?:name|identity|face)|(?:i|i[’']ll|i[’']d|i[’']m)\s+(?:(?:\p{L}|-)+\s+){0,6}?behind the scenes|(?:ich|yo|je|eu)\s+(?:(?:\p{L}|-)+\s+){0,6}?(?:hinter den kulissen|entre bastidores|en coulisses|nos bastidores)|(?:increase|grow|boost|double) our (?:\p{L}+\s+)?(?:earnings|income|revenue)`,
);

/** The sentences that ask the reader to take someone's interviews or meetings in their place. */
export function standInHits(message: PreparedMessage): Hit[] {
  let found = read.get(message);
  if (!found) {
    const hits = readHits(message, COMBINATIONS);
    found = hits.length && STAND_IN.test(message.text) ? hits : [];
    read.set(message, found);
  }
  return found;
}
// Two rules read it: once per message.
const read = new WeakMap<PreparedMessage, Hit[]>();
