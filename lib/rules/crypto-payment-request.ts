/** G1 red flags and mitigations: asks to be paid in virtual currency, or gives a wallet address. */
import { cryptoPaymentSentences } from '../text/crypto';
import { inOrder } from '../text/message';
import { findWallets } from '../text/wallets';
import { messageFinding } from './finding';
import type { MessageRule } from './types';

// An address named as a smart contract's in web3 work ("The contract is deployed at 0x…, please audit the transfer
// function"): code to work on, not a wallet to pay — unless the sentence also asks to be paid there.
const CONTRACT =
  /\b(?:smart contract|contract(?: is)? (?:deployed|address|at|on)|deployed (?:at|to|on)|token address|contract address|audit\w*|abi|testnet|mainnet|etherscan|block explorer|verified source)\b/i;
const PAY_ASK =
  /\b(?:pay(?:ment)?s? (?:me|to|into|here)|send (?:me|the (?:payment|funds|money|usdt|eth|btc)|(?:usdt|eth|btc|crypto|funds|money) to)|donat\w*|tips?\b|my (?:wallet|address)|deposit (?:to|into)|wallet of mine)/i;
const contractOnly = (sentence: string) => CONTRACT.test(sentence) && !PAY_ASK.test(sentence);

export const rule: MessageRule = {
  id: 'crypto-payment-request',
  kind: 'message',
  group: 'payment',
  concrete: 'wallet',
  aboutPayment: true,
  check({ message }) {
    const wallets = findWallets(message.text)
      .map((w) => message.sentences.find((s) => s.includes(w.value)) ?? '')
      .filter((s) => !contractOnly(s));
    const quoted = inOrder(message, cryptoPaymentSentences(message), wallets);
    if (!quoted.length) return undefined;
    return messageFinding(rule.id, 'high', quoted, [
      'G1 Red flag indicators (payment in virtual currency)',
      'G1 Potential mitigation measures (avoid payments in virtual currency)',
    ]);
  },
};
