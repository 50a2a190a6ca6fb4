import { describe } from 'vitest';
import { rule } from '../../lib/rules/recommends-more-workers';
import { messageCases } from './message-cases';

describe('recommends-more-workers', () => {
  messageCases(rule, [
    // friends interested in the reader's job, developers by the hundred offered (twenty-third session, the eighteenth set)
    ['I will let you know if my friends who could be interested in the opportunity.', true],
    [
      'We guarantee you access to the knowledge and experience of outstanding 3,000 software developers from Poland.',
      true,
    ],
    ['Nous proposons 500 développeurs disponibles immédiatement.', true],
    ['Our company has 250 employees and 40 developers in Berlin.', false],
    ['My friends were interested in your talk at the conference.', false],
    ['We are hiring 20 developers for our new office.', false],
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
    // people the writer knows offered to the reader's other openings, no "too" (seventeenth session, blind battery)
    ['I know two very good engineers who could cover both; want me to have them send proposals?', true],
    ['got 3 more devs in my crew, all can join, same rate', true],
    ['Ich kenne zwei sehr gute Ingenieure, die beides abdecken könnten.', true],
    ['Conozco a dos ingenieros muy buenos que podrían cubrir ambas cosas.', true],
    ['Je connais deux très bons ingénieurs qui pourraient couvrir les deux.', true],
    ['Conheço dois engenheiros muito bons que cobririam as duas coisas.', true],
    ['I know two engineers who left the company last year.', false],
    ['We need two more developers who can join in March.', false],
    // (review, seventeenth session) what the first versions of this session's changes got wrong
    ['We have 5 devs on the team and the new hire can join our standups.', false],
    ['I have worked with developers from 10 countries and can take the project from design to deployment.', false],
    ['Tengo dos programadores en el equipo y busco un tercero; postulen solo si tienen experiencia con React.', false],
    ['Our crew can cover both days of the conference, with two cameras and a drone.', false],
    ['I know a great developer who could join your team for the backend.', true],
    ['I know a developer who could not join us last year.', false],
    // (second review, seventeenth session)
    ['I know developers can take shortcuts under deadline pressure, so please include tests in every PR.', false],
    ["We've got 2 developers who can join the kickoff call on Thursday, and our PM will send the agenda.", false],
    ['Got a developer who can take over a small Laravel app? Budget $500, please send a proposal.', false],
    // "at no extra cost" negates nothing after it (twenty-first session, the read text)
    ['I would like to bring him in at no extra cost and have him shadow me and work with us on the project.', true],
    ['I would not bring anyone else in on this project.', false],
    // "for more information" is no more people (twenty-second session, the sixteenth set read)
    ['I lost my father and only brother, i need who will help me, contact me for more information.', false],
    ['My brother can help too, he is a React developer.', true],
  ]);
});
