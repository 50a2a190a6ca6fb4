import { describe } from 'vitest';
import { rule } from '../../lib/rules/ship-equipment-elsewhere';
import { messageCases } from './message-cases';

describe('ship-equipment-elsewhere', () => {
  messageCases(rule, [
    ['Ship the laptop to my friend, he lives closer.', true],
    ['Please send it to a different address.', true],
    ["I can't receive packages at my address.", true],
    ['Schicken Sie den Laptop an meinen Cousin.', true],
    ['I will send the laptop back to your office.', false],
    ['Ship it to the address on my ID.', false],
    ['The parcel tracking page needs a map.', false],
  ]);
});
