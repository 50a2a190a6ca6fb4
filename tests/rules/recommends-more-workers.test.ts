import { describe } from 'vitest';
import { rule } from '../../lib/rules/recommends-more-workers';
import { messageCases } from './message-cases';

describe('recommends-more-workers', () => {
  messageCases(rule, [
    ['My friends can also join.', true],
    ['I can bring more developers.', true],
    ['Our colleagues could also help.', true],
    ['Ich kann weitere Entwickler empfehlen.', true],
    ['I work alone.', false],
    ['Your team can review it.', false],
    ['My team at my old job used Scrum.', false],
    // Spanish, French, Portuguese; other word orders
    ['Mis amigos también pueden trabajar en el proyecto.', true],
    ['Mes collègues peuvent aussi rejoindre l’équipe.', true],
    ['Meus amigos também podem trabalhar com você.', true],
    ['We need two more developers, do you know any?', false],
    ['Trabajo solo, sin equipo.', false],
    // An agency describing itself (a real Freelancer profile)
    ['Our team can work on the following areas:', false],
    // Someone else recommended; Portuguese chat abbreviations ("tbm" = também)
    ['I am not available right now, but perhaps I can recommend you someone else.', true],
    ['Posso ajudar, e tbm tenho outros amigos q podem ajudar.', true],
    // a word between "que" and the verb (sixteenth session)
    ['Tengo un equipo de desarrolladores que también pueden unirse.', true],
    ['Tenho uma equipe de desenvolvedores que também podem participar.', true],
    // two words between "I have" and the developers (seventeenth session)
    ["J'ai deux autres développeurs qui peuvent rejoindre le projet.", true],
    ['Nous avons deux développeurs seniors qui peuvent commencer lundi.', true],
  ]);
});
