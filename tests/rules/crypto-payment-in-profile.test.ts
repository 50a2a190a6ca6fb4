import { describe, expect, it } from 'vitest';
import { rule } from '../../lib/rules/crypto-payment-in-profile';
import { ctx, profile } from '../helpers';

const check = (bio: string) => rule.check(profile({ bio }), ctx());

describe('crypto-payment-in-profile', () => {
  it.each([
    'I accept payment in USDT (TRC20) or Bitcoin for long-term clients.',
    'Payment via crypto preferred.',
    'Pay me in BTC.',
    'Crypto payments accepted.',
    'Ich akzeptiere Bezahlung in Bitcoin.',
    'Bezahlung mit Krypto möglich.',
    'Acepto pagos en USDT.',
    'Paiement en bitcoin accepté.',
    'Aceito pagamento em criptomoeda.',
  ])('flags “%s”', (bio) => {
    expect(check(bio)?.severity).toBe('high');
    expect(check(bio)?.evidence).toEqual([`“${bio}”`]);
  });

  it('flags a wallet address in the profile', () => {
    expect(check('Tips: 0x52908400098527886E0F7030069857D2E4169EE7')?.evidence).toEqual([
      'EVM address: 0x52908400098527886E0F7030069857D2E4169EE7',
    ]);
  });

  it.each([
    'I build crypto payment gateways and DeFi dashboards.',
    'Blockchain developer: Solidity, Ethereum, Bitcoin Lightning.',
    'I never accept crypto; payment through the platform only.',
    'No crypto payments, please.',
    'I trade crypto in my free time.',
    'Experienced with Binance API and USDT tokenomics.',
    'Desarrollo pasarelas de pago con bitcoin para tiendas.',
    'Je développe des applications de paiement en crypto.',
  ])('does not flag “%s”', (bio) => {
    expect(check(bio)).toBeUndefined();
  });
});
