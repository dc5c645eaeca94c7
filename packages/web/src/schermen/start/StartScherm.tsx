import { href } from '../../logica/route.js';
import { useSessie } from '../../sessie.js';
import { Heading, Paragraph } from '../../ui/utrecht.js';

const TAKEN = [
  { pad: 'controleer', titel: 'Controleer bericht', uitleg: 'Check een bericht of post voordat u het verstuurt. Uw tekst blijft op dit apparaat.' },
  { pad: 'delen', titel: 'Mag ik dit delen?', uitleg: 'Beantwoord stap voor stap een paar vragen en krijg een onderbouwd advies over het delen van cliëntinformatie.' },
  { pad: 'situaties', titel: 'Situaties', uitleg: 'Loop veelvoorkomende situaties uit de praktijk door.' },
  { pad: 'oefenen', titel: 'Casuïstiek', uitleg: 'Oefen met casussen en zie hoe u scoort.' },
  { pad: 'normen', titel: 'Normen', uitleg: 'Zoek in de beroepscodes en richtlijnen, per beroep en per bron.' },
];

export function StartScherm() {
  const { gebruiker } = useSessie();
  return (
    <>
      <Heading level={1} tabIndex={-1}>
        Zorgvuldig online communiceren
      </Heading>
      <Paragraph lead>
        Hulp voor artsen, verpleegkundigen, verzorgenden, psychologen, psychiaters, sociaal werkers en jeugdzorgwerkers:
        communiceer online en deel cliëntinformatie zoals uw beroepscode en de wet het vragen.
      </Paragraph>
      <nav aria-label="Taken">
        <ul className="zv-tegels">
          {TAKEN.map((t) => (
            <li key={t.pad}>
              <a href={href(t.pad)}>
                <strong>{t.titel}</strong>
                <span>{t.uitleg}</span>
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {!gebruiker && (
        <Paragraph>
          Met een account legt u toestemmingen van cliënten vast en houdt u een deellog bij.{' '}
          <a className="utrecht-link" href={href('inloggen')}>
            Inloggen
          </a>{' '}
          of{' '}
          <a className="utrecht-link" href={href('registreren')}>
            een account aanmaken
          </a>
          .
        </Paragraph>
      )}
    </>
  );
}
