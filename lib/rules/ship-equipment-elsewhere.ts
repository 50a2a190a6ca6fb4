/**
 * G1 red flags and mitigations; G3 (freight forwarders, address changes); G4 (laptop farms): asks that a
 * laptop or documents go to someone else's address, or says they cannot receive at their own.
 */
import { type Combination, concept, cooccurring, phrases } from '../text/cooccur';
import { DEVICE, RELATION } from '../text/lexicon';
import { inOrder } from '../text/message';
import { messageFinding } from './finding';
import type { MessageRule } from './types';

const THING = String.raw`(?:laptop|computer|macbook|notebook|device|equipment|hardware|pc|phone|documents?|package|parcel|laptop|rechner|gerät|unterlagen|paket)`;
const ELSEWHERE = String.raw`(?:my (?:friend|cousin|brother|sister|uncle|aunt|relative|partner|colleague|agent|neighbou?r|roommate|flatmate|landlord)|a friend|another address|a different address|this address|the following address|a forwarder|a forwarding|my forwarder|his address|her address|their address|a warehouse)`;
const PATTERNS = [
  new RegExp(
    String.raw`\b(?:send|ship|deliver|mail|forward|post|courier)\b[^.\n]{0,40}\b${THING}\b[^.\n]{0,40}\b(?:to|at)\s+${ELSEWHERE}`,
    'i',
  ),
  new RegExp(
    String.raw`\b(?:send|ship|deliver|mail|forward)\b[^.\n]{0,20}\b(?:it|them)\b[^.\n]{0,20}\bto\s+${ELSEWHERE}`,
    'i',
  ),
  /\b(?:can(?:not|'t|’t)|unable to|won'?t be able to)\s+(?:receive|accept|get)\b[^.\n]{0,40}\b(?:at|to)\s+my\s+(?:own\s+)?(?:address|home|place)/i,
  /\b(?:schick\w*|send\w*|liefer\w*|versend\w*)\b[^.\n]{0,40}\b(?:laptop|rechner|gerät|unterlagen|paket)\b[^.\n]{0,40}\b(?:an|zu)\s+(?:meine[mn]?\s+(?:freund\w*|cousin\w*|bruder|schwester|kollege\w*|onkel|tante|nachbar\w*|mitbewohner\w*)|eine andere adresse|diese adresse)/i,
  /\b(?:kann|könnte)\b[^.\n]{0,30}\bnicht\b[^.\n]{0,30}\b(?:an|unter)\s+meiner\s+adresse\s+(?:empfangen|annehmen|entgegennehmen)/i,
];

// Order-free, five languages: equipment, a way of sending or receiving it, and someone else or another
// address ("my cousin will receive the MacBook", "Envoyez le portable chez ma cousine").
const SENDING = concept(
  String.raw`send|sent|ship\p{L}*|deliver\p{L}*|mail|forward|post|courier|go to|goes to|receiv\p{L}*|pick\p{L}* up|collect|hold|take|address|schick\p{L}*|send\p{L}*|liefer\p{L}*|versend\p{L}*|annehm\p{L}*|entgegen\p{L}*|gehen|adresse|env[ií]\p{L}*|mand\p{L}*|entreg\p{L}*|recib\p{L}*|recog\p{L}*|direcci[oó]n|casa de|envoy\p{L}*|exp[ée]di\p{L}*|livr\p{L}*|chez|recev\p{L}*|r[ée]cup[ée]r\p{L}*|endereço|receb\p{L}*|busc\p{L}*|casa do|casa da`,
);
const SOMEONE_ELSE = concept(
  ...RELATION,
  String.raw`a friend|someone else|another address|a different address|different address|this address|the following address|his address|her address|their address|a warehouse|warehouse address|a forwarder|forwarding|andere adresse|anderen adresse|diese adresse|otra direcci[oó]n|esta direcci[oó]n|autre adresse|cette adresse|outro endereço|este endereço`,
);
const COMBINATIONS: Combination[] = [[concept(DEVICE), SOMEONE_ELSE, SENDING]];
const RETURNING = concept(
  String.raw`back|return\p{L}*|zurück\p{L}*|devolv\p{L}*|devuelv\p{L}*|devolução|rend\p{L}*|renverr\p{L}*|retourn\p{L}*`,
);

// Words every phrase needs.
const PHRASES = phrases(
  PATTERNS,
  concept(
    String.raw`laptop\p{L}*|computer\p{L}*|macbook\p{L}*|notebook\p{L}*|device\p{L}*|equipment|hardware|pc|phone\p{L}*|document\p{L}*|package\p{L}*|parcel\p{L}*|rechner\p{L}*|gerät\p{L}*|unterlagen|paket\p{L}*|address\p{L}*|adresse\p{L}*|it|them`,
  ),
);

export const rule: MessageRule = {
  id: 'ship-equipment-elsewhere',
  kind: 'message',
  group: 'equipment',
  check({ message }) {
    // Returning equipment to the company is ordinary.
    const unless = [
      /\b(?:back to (?:you|your|the company|the office)|return(?:ing)? (?:it|the laptop)|zurück an (?:sie|euch|die firma))\b/i,
      RETURNING,
    ];
    const quoted = inOrder(
      message,
      cooccurring(message, PHRASES, { negationIsPattern: true, unless }),
      cooccurring(message, COMBINATIONS, { unless }),
    );
    if (!quoted.length) return undefined;
    return messageFinding(rule.id, 'high', quoted, [
      'G1 Red flag indicators and mitigations (equipment shipped elsewhere)',
      'G3 (freight forwarders, address changes)',
      'G4 (laptop farms)',
    ]);
  },
};
