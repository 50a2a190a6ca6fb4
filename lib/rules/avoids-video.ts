/**
 * G3; G1 ("text-based chat instead of video calls"): declines or keeps postponing video, a "broken" camera or
 * microphone, text only. Five languages, any word order (lib/text/cooccur.ts).
 */
import { asciiFirst } from '../text/ascii-first';
import { mayMatch, wordsAhead } from '../text/required-words';
import { type Combination, concept, filter, type Hit, inMessage, readHits } from '../text/cooccur';
import { standInHits } from '../text/proxy';
import { personal } from '../text/speech';
import { WRITER_WORDS } from '../text/lexicon';
import { messageFinding } from './finding';
import { refusedWhereItGoverns } from './video-refusal-scope';
import type { MessageRule } from './types';

// Order-free, five languages: a camera or video call, and it being broken, impossible, skipped or replaced
// by text.
// (not a video made as the work: "I'm not comfortable with the video editing part", "no tengo experiencia en edición de
// video" — a probe of the thirty-fifth session)
const VIDEO_WORK = String.raw`(?![\s-](?:editing|editor|edits?|production|content|ads?|animations?|montage|tutorials?|courses?|marketing|footage|thumbnails?|subtitles?|captions?|rendering|player|games?|clips?|scripts?|edici[oó]n|edição|montaje|montagem|produc\p{L}*|produç\p{L}*|de fundo|de fondo|de fond|background|promo\p{L}*|institucional)(?![\p{L}]))`;
const VIDEO = concept(
  String.raw`video(?<!(?:edici[oó]n|edição|montaje|montagem|producci[oó]n|produção) de video)(?!schnitt|produktion|bearbeitung|editing|spiel)\p{L}*${VIDEO_WORK}|webcam|camera|cam|microphone|mic|mikrofon|micrófono|microfone|micro(?![\s-]?(?:services?|servicios?|serviços?|frontends?|apps?|sd|usb|controll\p{L}*|ondes|ondas|empresas?|entreprises?|sites?|saas|influenc\p{L}*|tasks?|learning|copy))|mikro|zoom|face ?time|kamera|videoanruf\p{L}*|videogespräch\p{L}*|videollamada\p{L}*|c[aá]mara|caméra|visio|visios|visioconf\p{L}*|câmera|chamada de v[ií]deo|v[ií]deo(?<!(?:edici[oó]n|edição|montaje|montagem|producci[oó]n|produção) de v[ií]deo)(?!schnitt|produktion|bearbeitung|editing|spiel)\p{L}*${VIDEO_WORK}|vidéo(?<!(?:montage|production|édition) vidéo)\p{L}*${VIDEO_WORK}`,
);
const NOT_WORKING = concept(
  String.raw`acting up|playing up|broken(?! (?:the |any |our |their |your )?(?:terms|rules|tos|policy|policies|promises?|contract|agreement))|broke|stopped working|not working|isn[’']?t working|is not working|doesn[’']?t work|does not work|damaged|out of order|disabled|too weak|too slow|bad connection|poor connection|kaputt|defekt|funktioniert nicht|geht\p{L}*(?:\s+\p{L}+){0,3}\s+nicht|nicht möglich|rot[ao]|no funciona|estropead\p{L}*|cass[ée]e?|ne marche pas|ne fonctionne pas|en panne|quebrad[ao]|quebr\p{L}*|roto|rota|não funciona|estragad[ao]|(?<=(?:cam|camera|webcam|mic|microphone|kamera|câmera|cámara|caméra)(?:[’']s)?\s(?:\p{L}+\s)?)(?:died|is dead|has died|dead)(?! simple| easy| set| still)|kaputtgegangen|kaputt gegangen|funktioniert nicht mehr|(?:se me )?rompió|(?<=(?:cam|c[aá]mara|webcam|mic|micro|micrófono)\s(?:\p{L}+\s)?)no (?:me )?anda|no está funcionando|a lâché|lâché|hors service|deu pau|deu ruim|(?<=(?:cam|caméra|webcam|micro)\s)hs|ne marche plus|pifou|não (?:tá|ta|está|esta) funcionando|(?<=(?:cam|camera|webcam|mic|microphone|micrófono|microfone|kamera|câmera|cámara|caméra)\s(?:is|es|está|ist|est|é|tá)\s(?:(?!not\s|nicht\s|no\s|pas\s|não\s)\p{L}{1,20}\s)?)(?:ruim|bad|terrible|awful|schlecht|mala|mauvaise|nulle|péssima|horrible)(?!\s+(?:in|for|at|para|en|pour|em|bei|für|na|no|de|à)\s)`,
);
const REFUSING = concept(
  // ("I don't see the point of video interviews", "No veo necesario hacer una videollamada", "Não vejo necessidade de chamada de
  // vídeo", "Je ne vois pas l'intérêt d'une visio": the call called needless — the session's reviews' misses)
  String.raw`(?:(?:don[’']?t|do not) (?:really )?see (?:the point|the need|any need|why (?:we|i) (?:need|should|have to))(?: (?:of|for|in|to))?|no veo (?:necesari[oa]|la necesidad|el sentido)(?: de| en)?|não (?:vejo|acho) (?:necessidade|necessári[oa]|sentido)(?: de| em)?|je ne vois pas (?:l[’']intérêt|la nécessité|l[’']utilité)(?: d[’']| de)?|ich sehe (?:keinen (?:sinn|grund|bedarf)) (?:in|für))\s*(?:(?:a|an|the|any|doing|having|do|have|turning on|turn on|using|use|my|this|hacer|tener|encender|usar|una|un|la|el|fazer|ter|ligar|uma|um|faire|une|allumer|einem|einen|ein|den|die|das)\s+){0,2}(?:video ?-?(?:calls?|chats?|interviews?|meetings?)|zoom(?: calls?)?|camera|webcam|videollamadas?|llamadas? de v[ií]deo|c[aá]mara|videochamadas?|chamadas? de v[ií]deo|câmera|visio\p{L}*|appels? vidéo|caméra|videocalls?|videoanruf\p{L}*|videogespräch\p{L}*|kamera)(?![\p{L}])`,
  // ("Je préfère éviter les appels vidéo", "Prefiero evitar las videollamadas", "Ich möchte Videoanrufe lieber vermeiden", "No need for a
  // video call, my portfolio speaks for itself": a review of the forty-fifth session — English "prefer to avoid" was read)
  String.raw`(?:(?:pr[ée]f[eè]re|prefiero|prefiro|prefer|rather|would like to|(?:i|we)[’']d like to|quisiera|gostaria de|aimerais) (?:to )?(?:avoid|skip|éviter|evitar|pular|saltar)|no need for(?![^.!?\n]{0,80}(?:built-in|upwork[’']s|we[’']ll use|let[’']s use|instead))|there[’']?s no need for|no hace falta|no es necesari[oa]|pas besoin d[e’']|não precisa(?:mos)? de|sem necessidade de|kein bedarf (?:an|für)|(?:ist|wäre) nicht nötig:?)(?:\s+|(?<=[’']))(?:(?:a|an|the|any|les|des|une?|las|los|una?|as|os|uma?|die|den|einen?|eine|la|le|el|o|my|mi|ma|mon|meine?)\s+|l[’'])?(?:video ?-?(?:calls?|chats?|interviews?|meetings?)|zoom(?: calls?)?|camera|webcam|videollamadas?|llamadas? de v[ií]deo|c[aá]mara|videochamadas?|chamadas? de v[ií]deo|câmera|visio\p{L}*|appels? (?:en )?vidéo|caméra|videocalls?|videoanruf\p{L}*|videogespräch\p{L}*|kamera)(?![\p{L}])|(?:videoanrufe?|videogespräche?|kamera|videocalls?|zoom-?calls?)\s+(?:\p{L}+\s+){0,2}?(?:lieber|eher|gern|gerne)\s+(?:\p{L}+\s+)?vermeiden`,
  // ("prefiro não fazer chamadas de vídeo", "no me siento cómodo encendiendo la cámara", "I'm not comfortable turning on my camera":
  // a probe of realistic marketplace messages, thirty-fifth session)
  String.raw`(?:prefiro|prefiero|préfère|prefer|rather|preferiría|preferiria|préférerais|préférerions) (?:não|no|ne pas|not) (?:to )?(?:fazer|ligar|abrir|hacer|encender|prender|faire|allumer|activer|do|have|turn on|use)(?= (?:\p{L}+ ){0,2}?(?:chamadas?|videochamadas?|videollamadas?|llamadas?|appels?|visio\p{L}*|video ?calls?|câmera|cámara|caméra|camera|cam|webcam)(?![\p{L}]))|(?:no me siento|não me sinto|je ne suis pas|i[’']m not|i am not|ich bin nicht|ich fühle mich nicht) (?:\p{L}+ )?(?:cómod[oa]|confortável|à l[’']aise|comfortable|wohl)(?= (?:turning on|switching on|showing|using|being on|with|on|encendiendo|prendiendo|activando|mostrando|usando|con|en|ligando|abrindo|com|na|em|en allumant|avec|devant|mit|vor) (?:la |my |the |a |ma |minha |mi |der |meiner |meine |die |le )?(?:cámara|câmera|caméra|camera|cam|webcam|kamera|video ?calls?|videollamadas?|chamadas? de vídeo|appels? vidéo)(?![\p{L}]))|(?:no|nunca) hago(?= (?:\p{L}+ ){0,2}?(?:ni )?(?:videollamadas?|llamadas? de v[ií]deo|zoom))|(?:ne|n[’']en) fais (?:pas|jamais|plus)(?= (?:d[’']|de )(?:appels? (?:en )?vidéo|visio\p{L}*|zoom))|ne fais ni(?= (?:\p{L}+ ){0,2}?(?:ni )?(?:appels? (?:en )?vidéo|visio\p{L}*|zoom))|(?:não|nunca) faço(?= (?:\p{L}+ )?(?:chamadas? de (?:voz (?:nem|e|ou) (?:de )?)?v[ií]deo|videochamadas?|zoom))|(?:don[’']?t|do not|never) do(?= (?:any )?(?:(?:phone |voice )?calls?,? (?:\p{L}+,? ){0,2}?(?:or |nor |and )?)?(?:video|zoom|camera|cam|webcam|face ?time)(?: (?:calls?|chats?|meetings?|interviews?))?(?:[.,;:!?)]|\s*$| (?:with|on|at|for|because|but|and|so|anymore|please)(?![\p{L}])))|(?:is|[’']s) a (?:no|no-go)(?= for me)|(?:don[’']?t|do not|never|won[’']?t|will not)(?: (?:want|like) to)? (?:turn|switch|put|have|keep)(?= (?:my |the )?(?:camera|cam|webcam|video) on(?![\p{L}]))|can[’']?t|cannot|can not|unable|not able|not possible|impossible|won[’']?t|will not|not comfortable|don[’']?t turn on|do not turn on|have no|haven[’']t got|don[’']?t have|do not have|prefer not|rather not|rather skip|skip|avoid|without|lieber nicht|habe kein\p{L}*|nicht|kein\p{L}*|no puedo|no es posible|no tengo|prefiero no|sin|je ne peux pas|je ne peux|ne peux pas|pas possible|je n[’']ai pas(?! (?:encore |toujours |jamais )?(?:vu|lu|pu|eu|reçu|compris|fini|\p{L}+é(?!\p{L})))|je peux pas|j[’']peux pas|j[’']ai pas(?! (?:encore |toujours |jamais )?(?:vu|lu|pu|eu|reçu|compris|fini|\p{L}+é(?!\p{L})))|je fais pas|je suis pas trop|je pourrai pas|préfère ne pas|sans|não consigo|não posso|não dá|não tenho|prefiro não|sem(?! problema)(?! problemas)`,
);
const TEXT_INSTEAD = concept(
  String.raw`(?<!video |vídeo |video-)chat|(?<!video |video-)chatting|chatear|text|texto|typing|written|in writing|voice only|audio only|only audio|just audio|schriftlich|per chat|nur audio|por escrito|solo audio|par écrit|par chat|par message|seulement audio|por texto|só áudio|apenas áudio|mensagens`,
);
// The writer's own: "my camera is broken", "mi cámara no funciona", "sorry, cam is broken" — not a device's fault told as
// a bug ("camera goes black while receiving a call and camera doesn't work").
const MINE = filter(
  String.raw`${WRITER_WORDS}|sorry|leider|lo siento|perdón|désolée?|dsl|desculp\p{L}*|let[’']?s|us|chat|text|instead|seguimos|podemos|escribimos|escribamos|escrevemos|schreiben wir|on s[’']écrit|rn|today|hoy|hoje|heute|aujourd[’']hui`,
);
const POSTPONE = concept(
  // ("auf nächste Woche schieben", "pasar la videollamada a la semana que viene", "décaler l'appel vidéo", "passar a chamada de vídeo
  // pra semana que vem": the parity battery, fifty-fifth session)
  String.raw`postpone|reschedule|delay|push (?:back|it|(?:the|our|this) (?:\p{L}+ )?(?:call|meeting|interview|part))|verschieb\p{L}*|(?<=(?:auf|in) (?:die )?(?:nächste|kommende) woche )schieben|aplaz\p{L}*|pospon\p{L}*|report(?:er|é\p{L}*|ons|ez)|repouss\p{L}*|décal\p{L}*|adiar|remarcar|dejar(?:la|lo)? (?:(?:la|el) \p{L}+ )?para|mover(?:la|lo)? (?:(?:la|el) \p{L}+ )?(?:a|para)|pasar(?:la|lo)? (?:(?:la|el) \p{L}+ )?(?:a|para)|passar (?:a|o) (?:\p{L}+ ){1,3}?(?:pra|para) (?:a )?(?:semana|amanhã|outro dia|depois)`,
);
// … or once, with answers in writing offered meanwhile ("can we push the video call to next week? … Meanwhile happy to answer
// everything here in chat", "¿Podemos dejar la videollamada para la próxima semana? … te respondo todo por escrito" — labelling
// policy: avoids-video postpones and insists on text; a battery labelled blind by the policy, thirty-sixth session)
const MEANWHILE_IN_WRITING = concept(
  String.raw`(?:meanwhile|in the meantime|until then|for now)\W[^.!?\n]{0,60}?(?:here in (?:the )?chat|in (?:the )?chat|by (?:text|chat|message|e-?mail)|in writing|here in writing)|(?:mientras tanto|entretanto|por ahora)\W[^.!?\n]{0,60}?(?:por escrito|por (?:el )?chat|por mensaje)|(?:enquanto isso|por enquanto|até lá)\W[^.!?\n]{0,60}?(?:por escrito|pelo chat|no chat|por mensagem)|(?:en attendant|d[’']ici là)\W[^.!?\n]{0,60}?(?:par écrit|par (?:le )?chat|par message)|(?:bis dahin|in der zwischenzeit)\W[^.!?\n]{0,60}?(?:schriftlich|per chat|im chat)`,
);
// (a call, asked by the writer to be pushed: "can we push the video call", "¿Podemos dejar la videollamada para …", not "if you
// need to reschedule the Zoom call, let me know" nor a video pushed to YouTube — a review of the thirty-sixth session)
const PUSHED_CALL: Combination[] = [
  [
    concept(
      String.raw`video ?calls?|video ?chats?|video ?meetings?|video ?interviews?|the video (?:part|bit|round|step)|zoom(?: calls?)?|videollamadas?|videochamadas?|chamadas? de v[ií]deo|appels? vidéo|visio\p{L}*|videoanruf\p{L}*|videocalls?|videogespräch\p{L}*`,
    ),
    POSTPONE,
    filter(
      String.raw`can we|could we|shall we|let[’']?s|is it ok(?:ay)? (?:if|to)|podemos|podríamos|pouvons-nous|on peut|on pourrait|können wir|könnten wir|dá pra|da pra|poderíamos`,
    ),
  ],
];
// (read before REFUSED below, which is read apart: a sentence found by both quotes these words)
const BROKEN: Combination[] = [
  [VIDEO, NOT_WORKING, MINE],
  // "my internet is bad, only text messages work", "só funciona mensagem de texto"
  [
    concept(
      String.raw`only (?:text|messages?|chat) works?|only works? (?:for|with)? ?text|só funciona|solo funciona|funktioniert nur|ne (?:marche|fonctionne) que`,
    ),
    TEXT_INSTEAD,
  ],
];
// Said again: a call postponed once more, a refusal repeated (the postponing reading below and REPEATED share it).
const AGAIN_WORDS = String.raw`again|once more|erneut|nochmal|noch einmal|wieder|otra vez|de nuevo|encore|de novo|novamente`;
const COMBINATIONS: Combination[] = [
  // Refused as a rule, with no person named: "Video/webcam call will be automatically refused", "No video calls, text
  // only", "Keine Videoanrufe", "Videollamadas no", "Pas de visio", "Sem chamadas de vídeo" (twenty-first session, the
  // read text: a freelancer's terms)
  [
    concept(
      String.raw`(?:video|webcam|camera|cam|zoom)\p{L}*(?:/\p{L}+)?\s+(?:calls?|chats?|meetings?|interviews?)\s+(?:will be|are|is)\s+(?:\p{L}+\s+)?(?:refused|declined|rejected|not (?:accepted|possible|offered|available))|^\W*no (?:(?:voice|phone|audio) (?:or|nor|and|/) )?(?:video|webcam|camera|zoom)\s?(?:calls?|chats?|meetings?)?(?![\p{L}])(?! (?:is )?(?:needed|required|necessary) (?:for|in|on) (?:this|the) (?:job|role|position|project|task|work))(?! (?:editing|editor|experience|skills?|knowledge|production|content|portfolio|samples?|background)(?![\p{L}]))|^\W*keine (?:video\p{L}*|webcam\p{L}*|kamera)|keine (?:video\p{L}*|webcam\p{L}*|kamera)(?=,?\s+(?:bitte|nur))|(?:videollamadas?|llamadas? de v[ií]deo|c[aá]mara) no(?=\s*(?:(?:porfa|por favor|pls|please)\W*)?(?:[,.;!]|$))|(?:chamadas? de v[ií]deo|videochamadas?|câmera) não(?=\s*(?:(?:pfv|pf|por favor|pls)\W*)?(?:[,.;!]|$))|(?:^|\W)(?:sin|sem|pas de) (?:videollamadas?|visio\p{L}*|chamadas? de v[ií]deo|videochamadas?|appels? vidéo|webcam|cam[eé]ra)(?![\p{L}])|(?:^|\W)pas d[’']appels? (?:en )?vidéo(?![\p{L}])|(?:^|\W)pas d[’']appels? (?:ni|ou|et) (?:de )?(?:visio\p{L}*|vidéo)(?![\p{L}])`,
    ),
  ],
  // "Can we postpone the video call again?" — once is ordinary, again is the pattern (once, with answers in writing offered
  // meanwhile, is read apart: PUSHED_CALL).
  [VIDEO, POSTPONE, concept(String.raw`${AGAIN_WORDS}|another time`)],
  // "Text only please"; not a label in brackets ("Links (text only)", a text-mode browser). "Voice only please", "audio only for now"
  // (not a voice-only app or recording); "video calls aren't really my thing", "I'm not a camera person" (the forty-sixth session's
  // left-overs).
  [
    concept(
      String.raw`(?:(?<=^\W{0,8})(?:voice|audio)[- ]only(?: calls?)?,? (?:please|pls|plz)|(?:voice|audio)[- ]only calls?,? (?:please|pls|plz|if possible|for now)|(?:voice|audio|phone) calls? only,? (?:please|pls|plz|if possible|for now)|(?<=^\W{0,8})(?:solo|sólo|só|apenas|nur|seulement|juste|uniquement)(?: (?:por|per|en|par|em|de))? (?:audio|áudio|voz|ton|l[’']audio|la voix|llamada|chamada de voz|appel vocal|anruf)(?:,? (?:por favor|bitte|s[’']il (?:te|vous) pla[iî]t|stp|svp|pls)))(?![^.!?\n]{0,60}(?:right now|at the moment|today|driving|podcast|narrat\p{L}*|record\p{L}*|files?|wav|mp3|export\p{L}*|voice[- ]?overs?|audiobooks?|demo reels?|gigs?|locuç\p{L}*|locuci\p{L}*|hörbuch\p{L}*))|(?:video ?-?(?:calls?|chats?|meetings?|interviews?)|webcams?|being on (?:camera|video)|turning (?:on )?(?:my |the )?(?:camera|webcam)(?: on)?) (?:are|is)(?:n[’']?t| not) (?:really |exactly |quite |much )?(?:my thing|for me|my cup of tea|something i do)(?![^.!?\n]{0,30}(?:\bbut\b|\bthough\b|\bhowever\b|\bpero\b|\bmais\b|\bmas\b|\baber\b|\bsin embargo\b))(?![^.!?\n]{0,60}(?:google meet|meet|teams|whereby|jitsi|face ?time|webex))|(?:no soy (?:muy |mucho )?de (?:cámara|videollamadas)|não sou (?:muito )?de (?:câmera|videochamadas?|chamadas? de vídeo))(?![^.!?\n]{0,30}(?:\bpero\b|\bmas\b))|i[’']?m not (?:really |much of )?(?:a |an )?(?:camera|cam|webcam|video ?call|on-camera) person(?![^.!?\n]{0,30}(?:\bbut\b|\bthough\b|\bhowever\b|\bpero\b|\bmais\b|\bmas\b|\baber\b|\bsin embargo\b))|(?:la visio|les visios|les appels vidéo|la caméra|la webcam),? (?:c[’']est|ce n[’']est) (?:vraiment )?pas (?:trop |vraiment )?(?:mon truc|pour moi)(?![^.!?\n]{0,30}(?:\bbut\b|\bthough\b|\bhowever\b|\bpero\b|\bmais\b|\bmas\b|\baber\b|\bsin embargo\b))|(?:las videollamadas|la videollamada|la cámara|las llamadas de v[ií]deo) no (?:son|es) (?:lo mío|para mí)(?![^.!?\n]{0,30}(?:\bbut\b|\bthough\b|\bhowever\b|\bpero\b|\bmais\b|\bmas\b|\baber\b|\bsin embargo\b))|(?:as )?(?:chamadas de v[ií]deo|videochamadas|a câmera) não (?:são|é) (?:muito )?(?:a )?(?:minha praia|pra mim|para mim)(?![^.!?\n]{0,30}(?:\bbut\b|\bthough\b|\bhowever\b|\bpero\b|\bmais\b|\bmas\b|\baber\b|\bsin embargo\b))|(?:videoanrufe|videocalls|videogespräche|die kamera) (?:sind|ist) (?:nicht so )?(?:nicht )?(?:mein ding|nichts für mich)(?![^.!?\n]{0,30}(?:\bbut\b|\bthough\b|\bhowever\b|\bpero\b|\bmais\b|\bmas\b|\baber\b|\bsin embargo\b))`,
    ),
  ],
  [
    concept(
      String.raw`(?<!\()(?:(?:text|chat) only|only (?:by|via) (?:text|chat)|nur (?:per|im) chat|lieber (?:per|im|über) (?:chat|text|nachricht\p{L}*)|solo por (?:chat|texto)|uniquement par (?:écrit|chat)|só por (?:texto|chat)|apenas por (?:texto|chat))(?!\))`,
    ),
  ],
  [
    concept(
      String.raw`video\p{L}*|calls?|meetings?|zoom|interview|anruf\p{L}*|llamadas?|videollamada\p{L}*|appels?|visio|chamadas?|liga(?:ção|ções)|reuni\p{L}*`,
    ),
    TEXT_INSTEAD,
    concept(
      // ("solo texto", "só texto", "que par écrit", "nur per Chat": the English "text only" in the four languages — the parity
      // battery, fifty-fifth session)
      String.raw`solo|sólo|só|apenas|nur|seulement|uniquement|que par|instead|rather|just|only|keep|prefer\p{L}*|lieber|mejor|prefiero|plutôt|on continue|on peut continuer|seguimos|podemos seguir|continu\p{L}*|weiter\p{L}*|können wir|can we|could we|let[’']?s|instead of|statt|anstatt|en vez de|en lugar de|au lieu de|em vez de|ao invés de`,
    ),
    // (someone who talks: the writer, the reader or a request — not a tool's description, "It takes --video, … and returns a
    // text score rather than generated media": published pages, forty-first session)
    filter(
      String.raw`${WRITER_WORDS}|you|u|du|dich|dir|sie|ihnen|tú|te|usted|vous|tu|toi|você|vc|let[’']?s|please|pls|plz|bitte|por favor|porfa|pfv|stp|svp|s[’']il|podemos|können wir|on peut|on continue|seguimos|vamos|prefer\p{L}*|prefiro|prefiero|préf[eè]r\p{L}*|sigo|continuo|continúo|continuons|continuamos|preferimos|a gente|peut-on|mejor|melhor|plutôt|lieber|i[’']d rather|thanks|thank you|gracias|merci|obrigad[oa]|danke|communication|kommunikation|comunicaci[oó]n|comunicação|\?`,
    ),
  ],
  // Someone else at the writer's interview: "My friend will do the interview for me, but I will do the work", "mi amigo
  // hará la entrevista por mí", "My son will attend the interviews for me" (a hiring manager's review: nothing found) — the
  // face on the call is not the worker's; anchored on the person, not on "my" or "a"
  [
    concept(
      String.raw`(?<=(?:my|a) (?:\p{L}+\s+)?)(?:friend|colleague|partner|brother|sister|cousin|teammate|team member|assistant|representative|son|daughter|husband|wife|father|dad|mother|mom|uncle|aunt|nephew|niece|roommate|buddy)|mein(?:e|em|en)? (?:freund\p{L}*|kolleg\p{L}*|partner\p{L}*|bruder|schwester|assistent\p{L}*)|mi (?:amig[oa]|colega|socio|herman[oa]|prim[oa]|asistente)|mon (?:ami|collègue|associé|frère|cousin|assistant)|ma (?:collègue|sœur|soeur|cousine|assistante|amie)|meu (?:amigo|colega|sócio|irmão|primo|assistente)|minha (?:amiga|colega|sócia|irmã|prima|assistente)`,
    ),
    concept(
      String.raw`interview\p{L}*|video ?calls?|vorstellungsgespräch\p{L}*|bewerbungsgespräch\p{L}*|entrevista\p{L}*|entretien\p{L}*|videollamada\p{L}*|chamada de v[ií]deo|visio\p{L}*`,
    ),
    filter(
      String.raw`for me|instead of me|in my place|on my behalf|für mich|an meiner stelle|statt mir|por m[ií]|en mi lugar|pour moi|à ma place|por mim|no meu lugar|em meu lugar`,
    ),
    // (to come, not done: "my colleague did the interview prep for me" is told)
    filter(
      String.raw`will|would|[’']ll|can|could|going to|wird|werden|macht|übernimmt|hará|va a|hace|fera|va|fait|vai|fará|faz`,
    ),
  ],
];
// The writer's own camera or call refused: a first person in the sentence ("I can't do video", "no tengo cámara",
// "je n'ai pas de webcam"), not others' ("normal buyers don't have this"), and not as a condition ("if I don't have
// a camera, I can chat").
const REFUSED: Combination[] = [
  [
    VIDEO,
    REFUSING,
    filter(
      String.raw`${WRITER_WORDS}|nosotros|puedo|tengo|consigo|hago|posso|tenho|faço|peux|fais|kann|habe|hab|mache|prefiro|prefiero|préfère|preferiría|preferiria|préférerais|no veo|não vejo|não acho|ne vois|sehe keinen|(?:on peut|on pourrait|podemos|wir können|we can|we could|let[’']s|on continue|seguimos|seguimos) (?:\p{L}+ ){0,3}?(?:par écrit|por escrito|schriftlich|in writing|by (?:text|chat|message)|per (?:chat|nachricht)|par (?:chat|message))`,
    ),
  ],
];
// (only where a plain negation governs the camera word: lib/rules/video-refusal-scope.ts)
const refusedInClause = refusedWhereItGoverns(VIDEO, REFUSING);

// The writer's camera kept off during the call, asked or announced: "Is it ok if I keep the camera off during the call?",
// "Ist es ok, wenn ich die Kamera auslasse?", "¿Está bien si dejo la cámara apagada?", "Ça te dérange si je laisse la
// caméra éteinte ?", "Tudo bem se eu deixar a câmera desligada?" (a five-language check, thirty-first session: none was
// read). Not a refusal by itself, so read with the negation check ("I never keep my camera off").
const CAMERA_OFF: Combination[] = [
  [
    concept(
      String.raw`(?:keep|leave|have|turn) (?:my |the )?(?:camera|cam|webcam|video) off|(?:camera|cam|webcam) (?:stays? )?off|kamera (?:\p{L}+\s+){0,3}?(?:auslassen|auslasse|ausgeschaltet lasse|ausgeschaltet lassen|aus lasse|aus lassen)|(?:dejo|dejar|deje|mantener|mantengo) (?:la |mi )?cámara apagada|(?:laisse|laisser|garde|garder) (?:la |ma )?caméra (?:éteinte|coupée)|(?:deixar|deixo|deixe|manter|mantenho) (?:a |minha )?câmera desligada`,
    ),
    filter(String.raw`${WRITER_WORDS}|dejo|deje|laisse|garde|deixar|deixo|ich|eu|je|yo`),
  ],
];

// The camera never turned on, the writer's rule: "I never turn on my camera, it's a personal rule", "Je n'active jamais ma caméra",
// "Nunca enciendo mi cámara", "Nunca ligo minha câmera", "Ich schalte meine Kamera nie ein" (a review of the fifty-first session:
// none read; its own negation is the refusal).
const NEVER_ON: Combination[] = [
  [
    concept(
      String.raw`(?:never|don[’']?t ever|do not ever) (?:turn|switch) on (?:my |the )?(?:camera|cam|webcam)|n[’'](?:active|allume|ouvre|mets) jamais (?:ma |la )?(?:caméra|webcam)|nunca (?:enciendo|prendo|activo|abro|pongo) (?:mi |la )?(?:cámara|webcam)|nunca (?:ligo|abro|ativo|uso) (?:minha |a )?(?:câmera|webcam)|(?:schalte|mache) (?:meine |die )?(?:kamera|webcam) nie (?:ein|an)|(?:kamera|webcam) (?:schalte|mache) ich nie (?:ein|an)`,
    ),
  ],
];
// (not a habit told with its condition: "I never turn on my camera without checking my background first")
const ON_CONDITION = asciiFirst(
  /(?<![\p{L}])(?:without|before|until|unless|sin|sans|ohne|sem|antes de|avant de|bevor|sauf)(?![\p{L}])/iu,
);
// A video feature to build, or a call that happened, is no refusal.
// The call asked for without the camera: "I'd prefer an audio-only call, no camera", "Sin cámara, por favor, solo audio", "On peut
// faire sans caméra ?", "Ohne Kamera bitte", "Prefiro não ligar a câmera", "no cam today sorry" — a five-language probe of the
// thirty-fifth session (not a device sold without one, nor a job that needs none).
// (a voice job's post asks for no camera, it refuses none: "Buscamos locutor: sin cámara, solo voz")
const VOICE_JOB = filter(
  String.raw`voice[- ]?over|voice actor|voice talent|narrator|podcast\p{L}*|locutor\p{L}*|locução|narración|narração|sprecher\p{L}*|synchronsprecher\p{L}*|hörbuch|doublage|comédien voix|voix off|buscamos|we are looking for|we[’']re looking for|wir suchen|nous cherchons|procuramos|estamos buscando`,
);
const WITHOUT_CAMERA: Combination[] = [
  [
    concept(
      String.raw`(?:no|without|sin|sans|ohne|sem) (?:the |la |ma |mi |die |meine |a |minha )?(?:camera|cam|webcam|cámara|caméra|kamera|câmera)(?! (?:required|needed|necessary|requirement|necesaria|nécessaire|erforderlich|nötig|necessária))(?!,? (?:no|not|nicht|não|pas|ne|we can[’']?t|können wir nicht|no podemos|não podemos|nous ne))`,
      String.raw`(?:prefer|rather|prefiero|prefiro|préfère|préférerais|lieber|mejor) (?:\p{L}+ ){0,2}?(?:not|no|não|pas|nicht) (?:to )?(?:turn on|switch on|use|show|encender|prender|usar|ligar|abrir|activer|allumer|mettre|einschalten|anmachen|benutzen|mostrar|montrer|zeigen) (?:\p{L}+ )?(?:camera|cam|webcam|video|cámara|caméra|kamera|câmera)`,
    ),
    filter(
      String.raw`audio[- ]only|voice only|only (?:audio|voice)|just (?:audio|voice)|solo (?:audio|voz)|nur (?:audio|ton|stimme)|(?:juste|seulement) (?:l[’'])?audio|(?:só|apenas) (?:áudio|voz)|(?:can|could) we|let[’']?s|(?:i[’']d|i would) prefer|por mensa(?:je|gem)|par message|per (?:chat|nachricht)|by (?:text|chat)|please|pls|por favor|bitte|s[’']il|stp|svp|today|hoy|hoje|heute|aujourd[’']hui|sorry|leider|perdón|désolée?|desculp\p{L}*|\?`,
    ),
  ],
];
// Voice alone told as the writer's habit: "I usually do voice only", "I only do voice calls", "I prefer voice calls only, no video",
// "Só faço chamada de voz", "Je ne fais que des appels audio", "Solo hago llamadas de voz", "Ich mache nur Sprachanrufe" (the
// fifty-second session's review: nothing found in English, a note in Spanish and German) — a note; a voice job's is no refusal, nor
// a habit with its limits told ("I only do voice calls on Mondays", "… voice only when I'm driving").
const VOICE_ONLY_HABIT: Combination[] = [
  [
    concept(
      String.raw`(?:i (?:\p{L}+ )?(?:do|take|prefer|accept|stick to) (?:voice|audio|phone)(?:[- ]calls?)?(?:[- ]only| calls? only)|i only (?:do|take|accept|use|make) (?:voice|audio|phone) calls?|(?:só|apenas) faço (?:chamadas? de voz|chamadas? de áudio|ligaç(?:ão|ões))|faço (?:só|apenas) (?:chamadas? de voz|chamadas? de áudio|ligaç(?:ão|ões))|je (?:ne )?fais (?:uniquement |seulement |que )(?:des )?appels? (?:audio|vocaux?|téléphoniques?)|(?:solo|sólo) hago llamadas? (?:de voz|telefónicas?)|hago (?:solo|sólo) llamadas? (?:de voz|telefónicas?)|ich (?:mache|telefoniere) nur (?:sprachanrufe|telefonate|audioanrufe|per telefon))(?=\s*(?:[.!;]|$|,\s*(?:no|sin|sem|pas de|kein\p{L}*|sorry|thanks|obrigad[oa]|gracias|merci|danke)(?!\p{L})))`,
    ),
  ],
];
const CONTEXT = concept(
  String.raw`banner|landing ?page|site|página|thumbnail|miniatura|hero section|header|feature|program|programm|programa|programme|player|ticket|bug|browser|safari|upload\p{L}*|stream\p{L}*|render\p{L}*|funktion|función|fonction|funcionalidade|app|apps|application\p{L}*|website|browser|driver\p{L}*|reboot\p{L}*|restart\p{L}*|black screen|permission\p{L}*|settings|error\p{L}*|crash\p{L}*|version|windows|macos|linux|ubuntu|android|ios|firmware|tested|please help|build|develop\p{L}*|implement\p{L}*|integrat\p{L}*|had a|went well|happy|glad|ready|willing|gerne?|con gusto|avec plaisir|sin problema|no problem|works fine|works now|now works|works again|video works|new one|funciona bien|funktioniert gut|cuando quieras|whenever|can[’']?t wait|(?<!n[’']t |not |nicht |no |não |pas )(?:gekauft|bought|racheté|compré|comprei)|rappelle en visio|depuis mon téléphone|from my phone|desde mi (?:móvil|celular)|pelo celular`,
);

// Another video tool or another time proposed where the call was refused only for a time or because a tool failed: "Zoom isn't
// working for me today, can we use Google Meet?", "I can't make the video call at 3, can we do 4?", "I can't join the video call
// today, could we reschedule to Thursday?" ask for the call all the same — not a flat refusal with a proposal ("I don't do video
// calls, can we use Skype chat instead?", "I won't be on video, could we reschedule to Friday?", "I don't turn on my camera, can we
// use Teams?"): forty-second session and its two reviews; "…, but tomorrow 10am EST works" (forty-fourth).
// The days and "tomorrow" of the other four languages: "Je préfère éviter la visio le lundi, mardi ça marche ?" moves a call (the
// forty-sixth session's left-overs).
const OTHER_DAYS = String.raw`lundi|mardi|mercredi|jeudi|vendredi|demain|lunes|martes|miércoles|jueves|viernes|mañana|montag|dienstag|mittwoch|donnerstag|freitag|morgen|segunda(?:-feira)?|terça(?:-feira)?|quarta(?:-feira)?|quinta(?:-feira)?|sexta(?:-feira)?|amanhã`;
const PROPOSAL = asciiFirst(
  new RegExp(
    String.raw`(?<![\p{L}])(?:(?:can|could|shall) we (?:\p{L}+ )?(?:use|try|switch to|move to|do it (?:on|over|via)) (?:google meet|meet|teams|zoom|whereby|jitsi|face ?time|webex)(?=\s*(?:instead\s*)?(?:[?.!]|$))|(?:können wir (?:stattdessen |lieber )?(?:google meet|meet|teams|zoom|whereby|jitsi) (?:nehmen|benutzen|verwenden|nutzen)|(?:podemos|pode ser no|dá pra usar o) (?:usar )?(?:o )?(?:google meet|meet|teams|zoom|whereby|jitsi)|(?:podemos|¿podemos) usar (?:google meet|meet|teams|zoom|whereby|jitsi)|on (?:peut|pourrait) (?:utiliser|prendre|passer sur|faire sur) (?:google meet|meet|teams|zoom|whereby|jitsi)|geht (?:auch |es (?:auch )?)(?:um )?\d{1,2}(?::\d\d)?(?: uhr)?|on (?:peut|pourrait) (?:le )?faire (?:à )?\d{1,2}h(?:\d\d)?|pode ser (?:às|as) \d{1,2}(?:h\d{0,2})?)(?=\s*(?:[?.!]|$))|(?:can|could|shall) we reschedule(?![^.!?\n]{0,30}(?:chat|text|written|message|voice|audio|phone))(?: (?:it|this|the call))?(?: (?:to|for) (?:\p{L}{1,20} ){0,2}?(?:\p{L}{1,20}|\d{1,2}(?::\d\d)?(?: ?[ap]m)?))?(?=\s*(?:[?.!]|$))|(?:can|could|shall) we (?:do(?: it)?|make it|move it to|have it) (?:at |on )?(?:\d{1,2}(?::\d\d)?(?: ?[ap]\.?m\.?)?|tomorrow|later|another (?:time|day)|next (?:week|monday|tuesday|wednesday|thursday|friday)|(?:monday|tuesday|wednesday|thursday|friday)(?: (?:morning|afternoon|evening))?(?: at \d{1,2}(?::\d\d)?(?: ?[ap]\.?m\.?)?)?)(?: (?:morning|afternoon|evening))?(?=\s*(?:instead\s*)?(?:[?.!]|$))|(?:tomorrow|monday|tuesday|wednesday|thursday|friday)(?: (?:morning|afternoon|evening))?(?: (?:at )?\d{1,2}(?::\d\d)?(?: ?[ap]\.?m\.?)?)?(?: [a-z]{2,4})? (?:works|would work|is fine|suits me|is good for me)(?![^.!?\n]{0,30}(?:chat|text|written|message|voice|audio|phone))|(?:(?:el|le|am|na|no|o|a) )?(?:${OTHER_DAYS})(?: (?:à|a las|um|às) \d{1,2}(?:h\d{0,2}|:\d\d)?(?: uhr)?)? (?:ça (?:marche|te va|vous va|irait)|c[’']est (?:bon|possible)|(?:me|te|le|les) va(?:ría)?(?: bien)?|(?:me|te|le) viene bien|me sirve|(?:würde|wäre|ist) (?:das )?(?:ok|okay|möglich)|passt(?: (?:es|das|dir|ihnen))?|geht(?: (?:es|das))?|serve|pode ser|dá certo|funciona)(?=\s*(?:[?.!]|$))|(?:passt|geht) (?:es|das|dir|ihnen) (?:(?:am )?(?:${OTHER_DAYS})|am \p{L}+)(?: um \d{1,2}(?::\d\d)?(?: uhr)?)?(?=\s*(?:[?.!]|$)))(?![\p{L}])`,
    'iu',
  ),
);
const ONLY_THEN = asciiFirst(
  new RegExp(
    String.raw`(?<![\p{L}])(?:(?:le|el|am|na|no|ce|este|los|les|aos|nas|on) (?:${OTHER_DAYS}|monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?|lundi|mardi|mercredi|jeudi|vendredi|lunes|martes|miércoles|jueves|viernes|montag|dienstag|mittwoch|donnerstag|freitag|montags|dienstags|segunda|terça|quarta|quinta|sexta|aujourd[’']hui|hoy|heute|hoje|at \d{1,2}|um \d{1,2}|à \d{1,2}h|às \d{1,2}|a las \d{1,2}|today|tonight|this (?:morning|afternoon|evening|time|week)|right now|now|at the moment|tomorrow|(?:isn[’']t|is not|not|doesn[’']t|does not|stopped) (?:working|loading|connecting)|keeps? (?:crashing|freezing|dropping)|(?:is )?down)(?![\p{L}])`,
    'iu',
  ),
);
// (a postponement said to repeat is the pattern, whatever time it offers: "same issue as last week", "again" — in the refusal or the
// proposal, not a greeting's "Hello again!")
const REPEATED = asciiFirst(
  new RegExp(String.raw`(?<![\p{L}])(?:${AGAIN_WORDS}|same (?:issue|problem) as|last (?:time|week))(?![\p{L}])`, 'iu'),
);
// (the next sentence's time only after a refusal bound to the moment — "today", "right now" — not a habit: "I don't do video
// interviews, my internet is down. Can we do it tomorrow?" stays; a review of the forty-fourth session)
const TODAY_ONLY = asciiFirst(
  /(?<![\p{L}])(?:today|tonight|this (?:morning|afternoon|evening)|right now|at the moment)(?![\p{L}])/iu,
);
const HABIT = asciiFirst(
  /(?<![\p{L}])(?:(?:don[’']?t|do not|never|won[’']?t|will not) (?:do|turn on|use|join|show)|(?:any time|anytime) soon)(?![\p{L}])/iu,
);
// (its words looked up first: tried on two sentences a candidate, it matched none of the bench's; an exec, so not wordsAhead)
const MAY_PROPOSE = mayMatch(PROPOSAL);
function counterProposal(s: string, next = ''): boolean {
  const m = MAY_PROPOSE.test(s) ? PROPOSAL.exec(s) : null;
  if (m) return ONLY_THEN.test(s.slice(0, m.index)) && !REPEATED.test(s);
  // (the new time in the next sentence: "I can't join the Zoom today, my internet is down. Can we do it tomorrow morning?" —
  // a review of the forty-fourth session)
  const n = MAY_PROPOSE.test(next) ? PROPOSAL.exec(next) : null;
  return !!n && n.index < 8 && TODAY_ONLY.test(s) && !HABIT.test(s) && !REPEATED.test(s) && !REPEATED.test(next);
}
// (a repetition the message says anywhere in so many words: "same issue as last week")
const SAID_TO_REPEAT =
  /\bsame (?:issue|problem) as\b|\b(?:as|like) last (?:time|week)\b|\bwie letzte woche\b|\bcomo la (?:semana|vez) pasada\b|\bcomme la (?:semaine|fois) dernière\b|\bcomo na (?:semana|vez) passada\b/i;

// A video call or a call asked for, or joined another way, is the opposite of avoiding one: "I prefer video calls over
// text chat", "could we just do a quick video call instead?", "let's take this to a call; it's easier than typing", "my
// laptop's camera is broken, so I join the video call from my phone with the camera on" (fa24's honest hiring chat:
// every avoids-video note it raised was one of these; twenty-fifth session). Not where it is refused: "I can't do a video
// call" (a five-language check, thirty-first session: the English refusal alone read as wanting one).
const WANTS_A_CALL = asciiFirst(
  /(?<![\p{L}])(?:prefer\p{L}* (?:a |the )?(?:quick |short )?(?:video|zoom|face[- ]to[- ]face|live) (?:calls?|chats?|meetings?)|(?:video|zoom) (?:calls?|chats?|meetings?) (?:over|rather than|instead of) (?:text|chat|typing|e-?mails?|messages?)|(?<!(?:can[’']?t|cannot|can not|won[’']?t|unable to|not able to|(?:don[’']?t|do not) (?:want to|like to)|never|not) )(?:do|have|hop on|jump on|get on|set up|schedule|book|start) (?:a |an )?(?:quick |short |brief |live )?(?:video|zoom|face ?time|webcam) (?:call|chat|meeting)|(?:take|move) (?:this|it) to a (?:quick |short )?(?:video |voice |phone )?call|(?:easier|faster|quicker) than (?:typing|texting|text|chat\p{L}*)|(?<!(?:not|never|n[’']t)(?: [\p{L}’']{1,20}){0,4} )(?:camera|cam|kamera|cámara|câmera|caméra) (?:on|an|encendida|ligada|allumée)|(?:join|connect|dial|nehme|wähle|komme|conecto|participo|entro|rejoins|me connecte)\p{L}* (?:\p{L}+ ){0,6}?(?:from|on|vom|mit dem|über das|desde el|con el|pelo|com o|depuis mon|avec mon) (?:my |mein\p{L}* |mi |meu |mon )?(?:phone|handy|smartphone|móvil|celular|telemóvel|téléphone|portable)|lieber (?:ein(?:en)? )?(?:kurz\p{L}* )?(?:videocall|videoanruf|video-?call|videogespräch)|prefiero (?:una )?(?:videollamada|llamada)|je préfère (?:une )?(?:visio|appel vidéo)|prefiro (?:uma )?(?:chamada de v[ií]deo|videochamada))(?![\p{L}])/iu,
);

// A camera replaced, said anywhere in the message ("My webcam stopped working. I've plugged in an external one, see you in
// 5."): the problem is told solved (fa25, twenty-fifth session) — unless the message still asks for text instead.
const STILL_TEXT = asciiFirst(
  /(?<![\p{L}])(?:(?:text|chat) only|only (?:by |via |in )?(?:text|chat)|just (?:text|chat)|nur (?:per )?(?:chat|text)|solo (?:por )?(?:chat|texto)|uniquement par (?:écrit|chat)|só por (?:texto|chat))(?![\p{L}])/iu,
);
const REPLACED = wordsAhead(
  asciiFirst(
    /(?<![\p{L}])(?:plugged in|hooked up|switched to|borrowed|got|using|use|angeschlossen|ansteck\p{L}*|conecté|branché|liguei)\s+(?:\p{L}+\s+){0,2}?(?:external|new|spare|usb|backup|other|externe?\p{L}*|neue?\p{L}*|externa|nueva|externe|nouvelle|nova)\s+(?:one|camera|webcam|cam|kamera|cámara|caméra|câmera)(?![\p{L}])|(?<![\p{L}])(?:habe|hab)\s+(?:mir\s+)?(?:schon\s+|jetzt\s+|bereits\s+|inzwischen\s+)?(?:eine|ne)\s+neue(?![\p{L}])/iu,
  ),
);

// … or told to be on next time ("My camera was off earlier because of a bad connection, sorry! It'll be on next time for sure.", a
// probe of the forty-sixth session).
const NEXT_TIME_ON = wordsAhead(
  asciiFirst(
    /(?<![\p{L}])(?:it|the camera|my camera|the cam|my cam|the webcam|my webcam)(?:[’']ll| will) (?:definitely |surely |certainly )?be (?:on|working|fixed)(?: (?:for sure|again))? next time(?![\p{L}])/iu,
  ),
);
const BUG = concept(
  String.raw`applications?|website|browser|driver\p{L}*|reboot\p{L}*|restart\p{L}*|restared|refresh\p{L}*|updated|update|black screen|permissions?|error\p{L}*|crash\p{L}*|version|windows|macos|linux|ubuntu|android|firmware|please help|tried everything|testing it|different pcs?|no luck|looks normal|counter-?party|any (?:idea|solution|fix)|how (?:can|do) i fix|steps to reproduce|expected behaviou?r|i would expect|uncaught|exception|receiving side|calling side|the screen|allow\p{L}* (?:the |my )?(?:camera|microphone|mic|webcam)|(?:could|would) be (?:interesting|nice|great|useful|cool|helpful)`,
);

// (not a moment's or a channel's: "Não posso falar agora, estou numa reunião", "Não posso falar pelo zap, as regras da plataforma não
// permitem" — a probe of the forty-sixth session)
const NO_CALLS: Combination[] = [
  [
    concept(String.raw`calls?|llamar|hablar|ligar|falar|telefonieren|appeler|téléphoner`),
    filter(
      String.raw`(?:i (?:can[’']?t|cannot|am unable to) (?:take |make |do |answer )?(?:a |any |the )?(?:voice |phone )?calls?|no puedo (?:llamar|hablar por teléfono)|não (?:posso|consigo) (?:ligar|falar)|ich kann nicht telefonieren|je ne peux pas (?:appeler|téléphoner))(?!\s+(?:right now|at the moment|atm|agora|no momento|neste momento|ahora mismo|maintenant|jetzt gerade|pelo zap|pelo whats\p{L}*|pelo chat)(?![\p{L}])|\s+(?:now|today|hoje|hoy|heute)(?![\p{L}])(?!\s+(?:or|ou|o|oder)\s))`,
    ),
  ],
];

// (twenty-seventh session, the tuning text) Sentences that read as a refusal and are none, each a form several texts used:
// - a condition, not a fact: "If I don't have a camera, I can chat", "si no tengo cámara, escribo" (a feature request's
//   case, as the combination's comment says; the condition opens the sentence);
const CONDITION = asciiFirst(/^\W*(?:if|in case|falls|wenn|caso)(?![\p{L}])/iu);
// - the reader told to switch their own camera off ("Schalten Sie sofort Ihre Kamera aus", "turn off your camera"):
//   advice about the reader's camera, not the writer avoiding a call;
const YOUR_CAMERA = wordsAhead(
  asciiFirst(
    /(?<![\p{L}])(?:your|ihre|deine|tu|su|votre|ta|sua|seu|tua|teu) (?:kamera|camera|webcam|cam|cámara|caméra|câmera|micro|mikrofon|microphone)(?![\p{L}])/iu,
  ),
);
const SWITCH_OFF = asciiFirst(
  /(?<![\p{L}])(?:turn off|switch off|cover|schalten|schalte|deaktivier\p{L}*|abdeck\p{L}*|apaga|apague|desactiva|desactive|éteignez|éteins|désactivez|couvrez|desliga|desligue|cubra|tape)(?![\p{L}])/iu,
);
// - a conversation told in the past ("The online conversation was by text only"), naming neither the writer nor the
//   reader ("my camera was broken" is the writer's own), with nothing asked.
const PAST_BE = wordsAhead(
  asciiFirst(
    /(?<![\p{L}])(?:was|were|had been|war|waren|fue|fueron|era|eran|était|étaient|a été|foi|foram|eram)(?![\p{L}])/iu,
  ),
);
const ASKS = asciiFirst(
  /(?<![\p{L}])(?:please|pls|let[’']?s|can we|could we|i prefer|i[’']d prefer|bitte|por favor|s[’']il|podemos|können wir)(?![\p{L}])/iu,
);
// The reader as the one who cannot, as a condition: "if you are unable to do person to person lessons, we can consider online
// lessons by zoom", "si no puedes …", "falls du nicht kannst" — the writer offers the call (the tuning text's tutoring request).
const IF_THE_READER_CANNOT = wordsAhead(
  asciiFirst(
    /(?<![\p{L}])(?:if|in case|falls|wenn|si|caso)\s+(?:you|u|du|sie|tú|tu|usted|vous|você|vc)\s+(?:\p{L}+\s+)?(?:unable|not able|can[’']?t|cannot|don[’']?t have|do not have|no puedes|no puede|ne peux|ne pouvez|não pode|não puder|keine? (?:kamera|webcam|zeit))(?![\p{L}])|(?<![\p{L}])(?:si no puedes|si no puede|si vous ne pouvez|si tu ne peux|se você não pode|se você não puder|se não puder|wenn du nicht kannst|falls sie nicht)(?![\p{L}])/iu,
  ),
);
// A video named only as a recording ("We won't cover that package in the video", "zum Einbinden von Videos … nicht"), with no
// call, camera or microphone in the sentence: no call refused (thirty-eighth session: a hunt for false alarms on published pages).
const A_RECORDING = wordsAhead(
  asciiFirst(
    /(?<![\p{L}])(?:(?:in|im|into|from|of|von|en|dans|del|des) (?:(?:the|this|that|our|my|a|dem|der|den|el|la|le|les|este|esta|un|une) )?(?:videos?|vídeos?|vidéos?)|(?:do|da|dos|das) (?:(?:o|os|um|uma|este|esse) )?vídeos?)(?![\p{L}])/iu,
  ),
);
const A_CALL_OR_CAMERA = asciiFirst(
  /call|chat|meeting|interview|llamad|chamad|appel|anruf|gespräch|konferenz|conferen|visio|zoom|face ?time|cam|webcam|kamera|c[aá]mara|caméra|câmera|mic|mikro/iu,
);
// (both read only where no single writer speaks: "I never show my face in a video", "No puedo hacer video, todo está explicado en
// el video", "Si no puede aceptarlo, lo siento, pero no hago videollamadas" refuse all the same — a review of the day's readings)
const ONE_WRITER = asciiFirst(
  /(?<![\p{L}])(?:i|i[’'](?:m|ll|d|ve)|me|my|ich|mich|mir|mein\p{L}*|yo|mi|puedo|hago|tengo|je|j[’']|moi|ma|mon|peux|fais|eu|meu|minha|posso|faço|tenho|kann|mache|habe)(?![\p{L}])/iu,
);
// (the writer's own refusal beside the reader's condition: "Si no puede aceptarlo, … no hago videollamadas", "if you can't accept
// that, I never go on camera" — not "I understand … if you are unable to …, we can consider … zoom")
const WRITER_REFUSES = asciiFirst(
  /(?<![\p{L}])(?:(?:i|ich|yo|je|eu)(?: \p{L}+){0,2}? (?:can[’']?t|cannot|won[’']?t|don[’']?t|do not|never|no|não|ne|n[’']|nicht|kein\p{L}*)|no (?:hago|puedo|tengo|enciendo|uso)|não (?:faço|posso|tenho|ligo|uso)|je ne|j[’']allume)(?![\p{L}])/iu,
);
const noRefusal = (s: string) =>
  CONDITION.test(s) ||
  (IF_THE_READER_CANNOT.test(s) && !WRITER_REFUSES.test(s)) ||
  (A_RECORDING.test(s) && !A_CALL_OR_CAMERA.test(s) && !ONE_WRITER.test(s)) ||
  (YOUR_CAMERA.test(s) && SWITCH_OFF.test(s)) ||
  (PAST_BE.test(s) && !ASKS.test(s) && !personal(s));

// (… unless the writer offers text or voice instead: "cam not working on my laptop since the update lol, voice call ok?" — a review
// of the fifty-second session; a bug report asks for a fix, not for the call to change)
const OFFERS_INSTEAD = wordsAhead(
  asciiFirst(
    /(?<![\p{L}])(?:(?:voice|audio)(?: call| only)?,? (?:ok|okay|instead|fine)\s*\?|can we (?:just )?(?:do (?:it|this|the (?:call|interview) )?(?:by|over|via|in) (?:chat|text|voice|phone)|type|chat|text)(?![\p{L}])|let[’']?s (?:just )?(?:chat|text|type)(?![\p{L}]))/iu,
  ),
);
export const rule: MessageRule = {
  id: 'avoids-video',
  kind: 'message',
  group: 'identity',
  check({ message }) {
    // A camera that fails in an app, a browser or after an update is a bug report, wherever the message says so.
    const asRefusals = { negationIsPattern: true, unless: [CONTEXT, WANTS_A_CALL] };
    // (a call moved once to a time the writer offers, unless the message says it repeats)
    const movedOnce = (h: Hit) =>
      counterProposal(h.sentence, message.sentences[h.index + 1]) && !SAID_TO_REPEAT.test(message.text);
    const refusals = readHits(message, BROKEN, asRefusals)
      .concat(readHits(message, REFUSED, asRefusals).filter(refusedInClause))
      .concat(readHits(message, COMBINATIONS, asRefusals))
      .concat(readHits(message, CAMERA_OFF, { unless: [CONTEXT, WANTS_A_CALL] }))
      .concat(readHits(message, NEVER_ON, { ...asRefusals, unless: [CONTEXT, WANTS_A_CALL, ON_CONDITION] }))
      .concat(readHits(message, WITHOUT_CAMERA, { unless: [CONTEXT, WANTS_A_CALL, VOICE_JOB] }))
      .concat(readHits(message, VOICE_ONLY_HABIT, { unless: [CONTEXT, WANTS_A_CALL, VOICE_JOB] }))
      .filter((h) => !noRefusal(h.sentence) && !movedOnce(h));
    if (inMessage(message, MEANWHILE_IN_WRITING))
      refusals.push(
        ...readHits(message, PUSHED_CALL, { unless: [CONTEXT, WANTS_A_CALL] }).filter((h) => !noRefusal(h.sentence)),
      );
    const bugReport =
      refusals.length > 0 &&
      ((inMessage(message, BUG) && !OFFERS_INSTEAD.test(message.text)) ||
        ((REPLACED.test(message.text) || NEXT_TIME_ON.test(message.text)) && !STILL_TEXT.test(message.text)));
    // Calls refused ("No puedo llamar", "I can't call") are weak evidence: a note.
    const calls = readHits(message, NO_CALLS, { negationIsPattern: true })
      .filter((h) => !movedOnce(h))
      .map((h) => ({ ...h, weak: true }));
    const seen = new Set<number>();
    const quoted = [...(bugReport ? [] : [...refusals, ...calls]), ...standInHits(message)]
      .sort((a, b) => a.index - b.index)
      .filter((h) => !seen.has(h.index) && seen.add(h.index));
    if (!quoted.length) return undefined;
    return messageFinding(rule.id, 'high', quoted, [
      'G3 (avoiding video calls)',
      'G1 (text-based chat instead of video)',
    ]);
  },
};
