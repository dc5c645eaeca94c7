/** Screens that need an account show this instead of their content when nobody is signed in. */
import type { ReactNode } from 'react';
import { href } from '../logica/route.js';
import { useSessie } from '../sessie.js';
import { Heading, Paragraph } from './utrecht.js';

export function VereistLogin({ titel, children }: { titel: string; children: ReactNode }) {
  const { gebruiker, geladen } = useSessie();
  if (gebruiker) return <>{children}</>;
  return (
    <>
      <Heading level={1} tabIndex={-1}>
        {titel}
      </Heading>
      {geladen ? (
        <Paragraph>
          Voor dit onderdeel heeft u een account nodig.{' '}
          <a className="utrecht-link" href={href('inloggen')}>
            Inloggen
          </a>{' '}
          of{' '}
          <a className="utrecht-link" href={href('registreren')}>
            een account aanmaken
          </a>
          .
        </Paragraph>
      ) : (
        <Paragraph>Even geduld…</Paragraph>
      )}
    </>
  );
}
