/** G1 red flags: payment in virtual currency. The profile offers crypto as a way to be paid, or shows a wallet. */
import { line } from '../i18n/evidence';
import { cryptoPaymentSentences, findWallets } from '../text/crypto';
import { quote } from '../text/sentences';
import { finding, profileText } from './finding';
import type { ProfileRule } from './types';

export const rule: ProfileRule = {
  id: 'crypto-payment-in-profile',
  kind: 'profile',
  group: 'payment',
  needs: ['bio'],
  check(p) {
    const text = profileText(p);
    const evidence = [
      ...cryptoPaymentSentences(text).map((s) => line('evidence.sentence', { text: quote(s) })),
      ...findWallets(text).map((w) => line('evidence.wallet', { kind: w.kind, value: w.value })),
    ];
    if (!evidence.length) return undefined;
    return finding(rule.id, 'high', evidence, [
      'G1 Red flag indicators (payment in virtual currency)',
      'G1 Potential mitigation measures (avoid payments in virtual currency)',
    ]);
  },
};
