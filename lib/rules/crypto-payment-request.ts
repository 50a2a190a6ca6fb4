/** G1 red flags and mitigations: asks to be paid in virtual currency, or gives a wallet address. */
import { cryptoPaymentSentences } from '../text/crypto';
import { inOrder } from '../text/message';
import { findWallets } from '../text/wallets';
import { messageFinding } from './finding';
import type { MessageRule } from './types';

export const rule: MessageRule = {
  id: 'crypto-payment-request',
  kind: 'message',
  group: 'payment',
  concrete: 'wallet',
  aboutPayment: true,
  check({ message }) {
    const wallets = findWallets(message.text).map((w) => message.sentences.find((s) => s.includes(w.value)) ?? '');
    const quoted = inOrder(message, cryptoPaymentSentences(message), wallets);
    if (!quoted.length) return undefined;
    return messageFinding(rule.id, 'high', quoted, [
      'G1 Red flag indicators (payment in virtual currency)',
      'G1 Potential mitigation measures (avoid payments in virtual currency)',
    ]);
  },
};
