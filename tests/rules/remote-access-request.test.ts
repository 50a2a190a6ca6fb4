import { describe } from 'vitest';
import { rule } from '../../lib/rules/remote-access-request';
import { messageCases } from './message-cases';

describe('remote-access-request', () => {
  messageCases(rule, [
    ['Install AnyDesk and send me the code.', true],
    ['Give me TeamViewer access.', true],
    ['Enable Chrome Remote Desktop please.', true],
    ['Installieren Sie AnyDesk.', true],
    ['I have experience with the TeamViewer API.', false],
    ['Do not install AnyDesk for me.', false],
    ['The RDP report is attached.', false],
    // Spanish, French, Portuguese; other word orders
    ['Instala AnyDesk y pásame el código.', true],
    ['Installez TeamViewer, je me connecte.', true],
    ['Baixe o AnyDesk e me mande o ID.', true],
    ['I built a remote desktop tool for a hospital.', false],
    // Real text that raised a finding once (Debian's fortunes and Debian Reference, bench/text-data.ts)
    ['Applications which run on the remote host are supported by GNOME Remote Desktop through VNC or RDP.', false],
    ['Descárgate AnyDesk y pásame el código.', true],
    // A computer the reader provides in an account-farming pitch
    [
      'You provide your PC and help with account setup. I manage all client projects. You earn 20% of the revenue.',
      true,
    ],
    ['You provide your own laptop for the course.', false],
    // Control handed over without a tool's name; a caller's scheme told by a third person
    ['If you want me to help, give me control of your PC for an hour.', true],
    ['Die Anrufer bieten an, eine Fernwartungssoftware zu installieren.', false],
    // A help desk asking for the session's ID is a request like any other (labelling policy v2); the ID and
    // password handed over with no tool named; "open source" opens nothing; a how-to for "one" asks nobody.
    ['When TeamViewer shows your ID and password, please send them to us so we can connect to your machine.', true],
    ['Starten Sie TeamViewer. Teilen Sie unserem Berater bitte die Partner-ID mit.', true],
    ['5. Tell me the ID and the onetime password on the screen.', true],
    ['RustDesk is an open source replacement for TeamViewer.', false],
    ['Um auf den anderen Computer zuzugreifen, gibt man dessen ID und Kennwort im Teamviewer ein.', false],
    ['Alguien que dice ser técnico puede que te pida acceder tu computadora remotamente.', false],
    ['AnyDesk: the window opens up empty when a client connects, is this a bug?', false],
    // Access asked for without a tool's name, in Spanish, French and German; a server is no one's computer
    ['Es urgente: denos acceso a su ordenador para eliminar el virus.', true],
    ['Por favor, deme el acceso remoto ahora.', true],
    ['Donnez-nous l’accès à votre ordinateur, nous réglons le problème.', true],
    ['Please give me remote access to the staging server.', false],
    ['Le faux technicien vous propose ensuite de télécharger un logiciel de prise en main à distance.', false],
    // A help desk's steps and a screen handed over with mouse and keyboard (tuning text)
    [
      'Wie funktioniert die Fernwartung?\n– Sie starten den Teamviewer Client\n– Sie geben uns die angezeigten Codes (ID und Passwort) durch',
      true,
    ],
    ['You can share your monitor, mouse and keyboard with a member of our support team.', true],
    ['TeamViewer funktioniert bei mir nicht mehr, seit dem Update.', false],
    ['Meine Kunden sind zufrieden: sie geben mir die Zugangsdaten (ID und Passwort) ihres Shopify-Shops.', false],
    ['Wie funktioniert das Freigeben bei AnyDesk? Ich sehe nur einen schwarzen Bildschirm.', false],
    ['Please share your screen and mouse with our technician.', true],
    // A list after a negation stays negated (fourteenth session's review)
    ['I will never ask you for your Upwork password, the 2FA code or remote access to your computer.', false],
    // What a tool does, described, and what scammers will ask, told (fifteenth session, tuning text read)
    ['Remote support allows a technician to use software to connect to your computer and control it.', false],
    ['Le pedirán que instale alguna aplicación que les dará el acceso remoto al dispositivo.', false],
    ['They will then ask you to install AnyDesk and read out the code.', false],
    ['Please install AnyDesk so our technician can connect to your computer.', true],
    // The writer's own side asking is no story (review)
    ['Please install AnyDesk, it allows our technician to connect to your computer and set up the environment.', true],
    ['Wir werden Sie dann bitten, AnyDesk zu installieren, damit unser Techniker Ihren Rechner einrichtet.', true],
    ['Nuestro técnico le pedirá que instale AnyDesk para configurar su equipo.', true],
    ["Notre technicien vous demandera d'installer AnyDesk pour configurer votre poste.", true],
    ['Ils ont essayé de me faire installer AnyDesk sur mon ordinateur.', false],
    // access to the reader's own computer or screen asked for, tool unnamed (seventeenth session)
    ['I will need access to your computer to configure it.', true],
    ['Can I get access to your PC for ten minutes?', true],
    ['Share your screen and give me control.', true],
    ['Please download this app so I can see your desktop.', true],
    ['Necesito acceso a tu computadora para configurarlo.', true],
    ["J'ai besoin d'accéder à ton ordinateur pour le configurer.", true],
    ['Preciso de acesso ao seu computador para configurar.', true],
    ['I need access to a computer with Windows to test this build.', false],
    ['Do you have access to your computer today?', false],
    ['I will need access to your staging server to deploy it.', false],
    // taking over the reader's computer in other words, mouse and keyboard handed over, the writer's own machine offered
    // (seventeenth session, blind battery)
    ["It'd be much faster if I just hopped onto your computer and fixed the build myself.", true],
    ['Am schnellsten ginge es, wenn ich mich kurz auf Ihren PC schalte und den Fehler selbst behebe.', true],
    ['Sería mucho más rápido si me conecto yo a tu ordenador y arreglo el error directamente.', true],
    ['Ce serait bien plus rapide si je prenais la main sur votre ordinateur pour corriger le bug moi-même.', true],
    ['Seria bem mais rápido se eu acessasse seu computador e resolvesse o erro direto.', true],
    ['Überlassen Sie mir kurz Maus und Tastatur Ihres Rechners.', true],
    [
      'Parece un problema de rutas en tu máquina. Para no perder tiempo, ¿puedes instalar AnyDesk y darme el código?',
      true,
    ],
    ["Here's my AnyDesk ID, 555 123 456, if you'd like to connect to my laptop and see the demo running.", false],
    ['Voici mon identifiant AnyDesk si vous voulez vous connecter à ma machine pour voir la démo.', false],
    // (review, seventeenth session) what the first versions of this session's changes got wrong
    ['Installieren Sie bitte AnyDesk und schicken Sie mir die ID, auf meinem Laptop läuft es schon.', true],
    ["Install AnyDesk and send me the code, I'll connect your PC to my laptop and set everything up.", true],
    ["I'll need access to your machine learning repo to retrain the model.", false],
    ["I need access to your desktop app's source code to fix the crash.", false],
    ["Let's jump on a call, the bug only happens on your laptop so I'd like to see it.", false],
    ['Bitte schalten Sie Ihren PC nach der Installation einmal aus und wieder ein.', false],
    ['The laptop shipped today with a mouse and keyboard, let me know when they arrive.', false],
    ["I'll need to access your computer to configure the VPN.", true],
    ['Can I access your PC for 10 minutes to set it up?', true],
    ['Can I access your staging server?', false],
    // (second review, seventeenth session)
    ["I'll need access to your computer vision dataset on S3 to retrain the model.", false],
    ['Can I access your desktop version of QuickBooks with the login you sent?', false],
    ["I need to access your computer's settings to finish the setup, it takes 10 minutes.", true],
    [
      'Please install AnyDesk and send me the ID so I can connect your PC to my laptop and show you the fix — you can watch.',
      true,
    ],
    // Twentieth session, the tenth real set read
    [
      'You just install VM on your local PC, install a light OS like Win-7 on VM, and set up Anydesk and Chrome browser.',
      true,
    ],
    ['AnyDesk in a VM shows a black screen after the update, is this a bug?', false],
    // review classes of the nineteenth session, read in the twentieth
    ["I'll need to control your computer for the setup, just accept the connection request.", true],
    ['The admin will control the server from the office.', false],
  ]);
});
