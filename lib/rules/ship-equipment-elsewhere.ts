/**
 * G1 red flags and mitigations; G3 (freight forwarders, address changes); G4 (laptop farms): asks that a
 * laptop or documents go to someone else's address, or says they cannot receive at their own.
 */
import { requests } from '../text/message';
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

// Words one of the patterns needs: a text without any is not examined further.
const GATE =
  /laptop|computer|macbook|notebook|device|equipment|hardware|\bpc\b|phone|document|package|parcel|rechner|gerät|unterlagen|paket|address|adresse|\bit\b|\bthem\b/i;

export const rule: MessageRule = {
  id: 'ship-equipment-elsewhere',
  kind: 'message',
  group: 'equipment',
  check({ message }) {
    const quoted = requests(message, PATTERNS, {
      gate: GATE,
      negationIsPattern: true,
      // Returning equipment to the company is ordinary.
      unless: [
        /\b(?:back to (?:you|your|the company|the office)|return(?:ing)? (?:it|the laptop)|zurück an (?:sie|euch|die firma))\b/i,
      ],
    });
    if (!quoted.length) return undefined;
    return messageFinding(rule.id, 'high', quoted, [
      'G1 Red flag indicators and mitigations (equipment shipped elsewhere)',
      'G3 (freight forwarders, address changes)',
      'G4 (laptop farms)',
    ]);
  },
};
