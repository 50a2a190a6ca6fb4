import { describe } from 'vitest';
import { rule } from '../../lib/rules/identity-rental-request';
import { messageCases } from './message-cases';

describe('identity-rental-request', () => {
  messageCases(rule, [
    ['Can I rent your Upwork account?', true],
    ['I need a US partner to bid.', true],
    ["I'll pay you for using your bank account.", true],
    ['Ich würde dein Konto mieten.', true],
    ['Use your own account to log in to staging.', false],
    ['The ID verification step uses OCR.', false],
    ['We need a US server for latency.', false],
  ]);
});
