/**
 * The role split of an account-farming pitch: the reader provides an account, their details or a computer,
 * the writer does the work, the reader gets a share — "1. You provide your PC and help with account setup.
 * 2. I manage all client projects. 3. You earn 20% of the revenue." No word like "rent" or "your account"
 * need appear. Identity rental (an account, the reader's details) and remote access (a computer the writer
 * works through) both read it from here; all three parts must be in the message, so an ordinary sign-up
 * page ("create an account") or an affiliate offer ("earn 20% of the revenue") is no pitch.
 */
import { type Combination, type Hit, concept, filter, inText, readHits } from './cooccur';
import type { PreparedMessage } from './message';

const READER = concept(
  String.raw`you|your|ur|u|du|sie|dein\p{L}*|tú|tu|tus|usted|vous|votre|vos|você|vc|seus?|suas?|teus?|tuas?`,
);
const PROVIDE = concept(
  String.raw`provide\p{L}*|create\p{L}*|open\p{L}*|set(?:ting)? up|setup|support|help with|give|share|register\p{L}*|sign up|lend|offer|bereitstell\p{L}*|zur verfügung|stell\p{L}* .{0,20}bereit|erstell\p{L}*|eröffn\p{L}*|gib\p{L}*|proporcion\p{L}*|cre[ae]\p{L}*|abr\p{L}*|fourni\p{L}*|cré\p{L}*|ouvr\p{L}*|forne[cç]\p{L}*|cri[ae]\p{L}*|empresta\p{L}*|pones|pone|ponés|mettez|mets|colocas|coloca`,
);
const ACCOUNT_ITEM = concept(
  String.raw`accounts?|profiles?|identity|id|information|info|details|documents?|verification|interviews?|konto\p{L}*|profil\p{L}*|identität|daten|cuentas?|perfil\p{L}*|identidad|datos|comptes?|identité|données|contas?|identidade|dados`,
);
const COMPUTER_ITEM = concept(
  String.raw`pc|pcs|computers?|laptops?|machines?|devices?|rechner|ordenador|computadora|portátil|ordinateur|computador|notebook`,
);
const READER_PROVIDES_ACCOUNT: Combination[] = [[READER, PROVIDE, ACCOUNT_ITEM]];
const READER_PROVIDES_COMPUTER: Combination[] = [[READER, PROVIDE, COMPUTER_ITEM]];

// The writer keeps the work: "I manage all client projects", "I will take over all communication", "my team
// will complete the jobs".
const WRITER_WORKS = filter(
  String.raw`i(?:[’']ll| will| would)? (?:\p{L}+\s+)?(?:manage|handle|take care of|take over|do|complete|work on|deliver)|(?:my|our) team (?:will|can|would|does|do|handles)|we(?:[’']ll| will)? (?:do|handle|manage|complete) (?:all|the|everything)|(?:erledigt|macht|übernimmt) (?:\p{L}+\s+)?(?:unser|mein) team|(?:unser|mein) team (?:erledigt|macht|übernimmt)|(?:nós )?fazemos (?:todo|tudo)|(?:nosotros )?hacemos (?:todo|el trabajo)|nous (?:faisons|gérons)|(?:ich|wir) (?:übernehme\p{L}*|erledige\p{L}*|kümmere\p{L}*|mache\p{L}*)|(?:yo )?(?:me encargo|manejo|gestiono|hago)|je (?:m[’']occupe|gère|fais)|eu (?:cuido|fa[çc]o|gerencio)`,
);
// The reader's share: "you earn 20% of the revenue", "you'll receive 25% of the total income", "10 or 15
// percentage of total cost".
const READER_SHARE = filter(
  String.raw`\d{1,3}(?:\s?(?:-|–|or|to|bis|a|à|ou|o)\s?\d{1,3})?\s?(?:%|percent\p{L}*|prozent|por ?ciento|pour ?cent|por ?cento)\s+(?:\p{L}+\s+){0,4}?(?:revenue|income|earnings|profit|cost|payments?|salary|money|einnahmen|einkommen|gewinn\p{L}*|ingresos|ganancias|revenus|gains|bénéfices|receita|renda|lucro|ganhos)|(?:revenue|income|profit|earnings)\s+(?:split|share|sharing)|(?:split|share|repartimos|dividimos|partageons|on partage|teilen)\s+(?:\p{L}+\s+){0,2}?\d{1,2}\s?/\s?\d{1,2}(?!\d)`,
);

const ONE_PER_MESSAGE = new WeakMap<PreparedMessage, { account: Hit[]; computer: Hit[] }>();

/** The sentences where the reader is to provide an account (their details) or a computer, in a role-split pitch. */
export function roleSplitHits(message: PreparedMessage): { account: Hit[]; computer: Hit[] } {
  let found = ONE_PER_MESSAGE.get(message);
  if (!found) {
    // The sentences first (through the anchor index, cheap where none is there), the whole text only then.
    const account = readHits(message, READER_PROVIDES_ACCOUNT);
    const computer = readHits(message, READER_PROVIDES_COMPUTER);
    const pitch =
      (account.length > 0 || computer.length > 0) && inText(message, READER_SHARE) && inText(message, WRITER_WORKS);
    found = pitch ? { account, computer } : { account: [], computer: [] };
    ONE_PER_MESSAGE.set(message, found);
  }
  return found;
}
