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
    // Spanish, French, Portuguese; other word orders
    ['My cousin will receive the laptop for me.', true],
    ['Envía el portátil a mi tío en Miami.', true],
    ['Envoyez l’ordinateur chez mon ami.', true],
    ['Mande o notebook para o meu irmão.', true],
    ['Devolveré el portátil a su oficina.', false],
    ['My friend recommended your company.', false],
    ['Mándame el portátil a casa de mi primo.', true],
    // German compounds: the company laptop, the work computer
    ['Den Firmenlaptop schicken Sie bitte an die Adresse meines Cousins in Rotterdam.', true],
    ['Den Dienstrechner bringe ich am Montag ins Büro zurück.', false],
  ]);
});
