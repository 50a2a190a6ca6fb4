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
    // a friend's or a relative's address not called "my", forwarding addresses (seventeenth session, blind battery)
    ["It'd be easier to send the equipment to a friend's address; he'll set it up and pass it along.", true],
    ['Am einfachsten wäre es, die Geräte an die Adresse eines Freundes zu schicken.', true],
    ['Sería más fácil mandar el equipo a la dirección de un amigo.', true],
    ["Ce serait plus simple d'envoyer le matériel à l'adresse d'un ami.", true],
    ['Seria mais fácil mandar o equipamento pro endereço de um amigo.', true],
    ['pls send the macbook to my fwd address, 555 Elm St Unit 4', true],
    ['manda la laptop a mi casillero en miami porfa', true],
    ['The company will ship the laptop to your home address before your first day.', false],
    ['I sent a relative path to the config file in the PR.', false],
  ]);
});
