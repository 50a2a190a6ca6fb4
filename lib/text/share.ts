/**
 * The reader's share of the writer's income, offered for the use of the reader's account, name or time: the reader paid a
 * part ("you'll get 20%", "you'd get a cut every month", "bekommst du ein Drittel", "te passo um terço", "I'd send you 30% of
 * each payment"), a sum a week or a month, a percentage of the income, an income split ("50/50 split", "partage 70/30",
 * "ich teile die Einnahmen") — not any percentage or a price ("20% of the support tickets" and "4 posts per month at $300"
 * are not). Read here for identity rental's shared use and for the grading of a share (lib/rules/grade.ts); the role split of
 * an account-farming pitch keeps its own shares of income (lib/text/role-split.ts): there a discount ("you'll get 10% off") or
 * a split of costs sits beside an ordinary onboarding (a review of the thirty-seventh session).
 */
import { filter } from './cooccur';

// (u for you: "send u 25% every week"; thirty-seventh session, two batteries labelled blind by the policy)
const READER_GETS = String.raw`(?:you|u)(?:[’']ll| will| would|[’']d)? (?:get|keep|receive|earn)|du (?:bekommst|kriegst|erhältst)|(?:bekommst|kriegst|erhältst) du|(?:tú )?(?:te llevas|recibes|ganas)|(?:yo )?(?:te|le) (?:doy|pago|daré|paso|envío|mando)|(?:vous|tu) (?:touchez|recevez|gagnez|touches|reçois|gagnes)|je (?:vous|te) (?:donne|paie|verse|reverse|renvoie|envoie)|(?:você )?(?:fica com|recebe|ganha)|(?:eu )?te (?:dou|pago|passo|repasso)|(?:i|i[’']ll|i will|i[’']d|i would|(?:i[’']m|i am) happy to|and|then) (?:pay|send|give|offer) (?:you|u)|ich (?:zahle|gebe|schicke|überweise) dir`;
const PART = String.raw`(?:\d{1,3}\s?%|a cut|(?:a |one )?(?:third|half)|(?:einen |ein |die )?(?:anteil|drittel|hälfte)|(?:una |la )?(?:parte|mitad)|(?:un |le |la )?(?:tiers|moitié)|une part|(?:uma |um |a )?(?:parte|terço|metade))(?!\p{L}|-)`;
const PAYER = String.raw`(?:i|i[’']ll|i will|i[’']d|i would|(?:i[’']m|i am) happy to) (?:pay|send|give|offer) (?:you|u)|(?:yo )?te (?:pago|pagaré|doy)|je (?:vous|te) (?:paie|verse|reverse)|(?:eu )?te pago|ich (?:zahle|überweise) dir`;
const SUM = String.raw`(?:\d+\s?(?:dollars?|dólares|usd|euros?|€|\$|reais)|[$€]\s?\d+)`;
const PERIOD = String.raw`(?:\s?(?:/\s?|(?:a|per|each|every|al|por|par|pro|im|cada|chaque|jeden|la) )(?:month|mes|mês|mois|monat|week|semana|semaine|woche)|\s(?:monthly|weekly|mensual\p{L}*|mensal\p{L}*|monatlich|wöchentlich|semanal\p{L}*|hebdo\p{L}*))`;
const OF_THE_INCOME = String.raw`\d{1,3}\s?%\s?(?:of (?:the |my |your |whatever )?(?:income|earnings|salary|pay|profit|revenue|comes in)|(?:of|de|von) (?:each|every|whatever|chaque|cada|jeder|jedem) (?:payment|paiement|pago|pagamento|zahlung|job|salary|salário|salario|mes|month|mois|monat)|(?:/\s?)?(?:\p{L}+\s+)?(?:monthly|a month|per month|mois|month|monatl\p{L}*|mensual|por m[eê]s)|(?:to (?:u|you)|for (?:u|you)|für dich|pa ti|para ti|pour toi|pra (?:vc|você))|(?:of|de|do|da|du|von|vom|des|der) (?:everything|all|tudo|todo|tout|alles|umsatz|gewinns?|einnahmen|ingresos|ganancias|ganhos|faturamento|lucros?|revenus|gains|bénéfices))`;
const SPLIT = String.raw`(?:income|salary|profit|revenue|earnings)\s+(?:split|share|sharing)|(?:share|split)\p{L}*\s+(?:(?:my|the|our)\s+)?(?:income|salary|profit|earnings|rewards|money)|teilen?\s+(?:\p{L}+\s+)?(?:die |meine |unsere )?(?:einnahmen|gewinne?|verdienst)|partag\p{L}*\s+(?:les |mes |nos )?(?:revenus|gains|bénéfices)|(?:divid|repart|compart)\p{L}*\s+(?:las |los |os |as )?(?:ganancias|ganhos|ingresos|lucros|beneficios)|(?:split|share|divid|partag|teil|repart|compart)\p{L}*\s+(?:\p{L}+\s+){0,3}?\d{1,3}\s?/\s?\d{1,3}|\d{1,3}\s?/\s?\d{1,3}\s+(?:split|share)|mitad y mitad|half and half|fifty[- ]fifty|halbe-halbe|moitié[- ]moitié|meio a meio`;

export const INCOME_SHARE = filter(
  String.raw`(?:${READER_GETS})\s+(?:\p{L}+\s+){0,3}?${PART}|(?:${PAYER})\s+(?:\p{L}+\s+){0,3}?${SUM}|(?:${READER_GETS})\s+(?:\p{L}+\s+){0,3}?${SUM}${PERIOD}|${OF_THE_INCOME}|${SPLIT}`,
);
