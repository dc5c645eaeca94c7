import bsn from './bsn.js';
import datum from './datum.js';
import dossiernummer from './dossiernummer.js';
import email from './email.js';
import gezondheid from './gezondheid.js';
import kenteken from './kenteken.js';
import leeftijd from './leeftijd.js';
import telefoon from './telefoon.js';
import { adres } from './adres.js';
import { instelling } from './instelling.js';
import { locatie } from './locatie.js';
import { locatieWeg } from './locatie-weg.js';
import { persoon } from './persoon.js';
import { persoonHashtag } from './persoon-hashtag.js';
import { persoonMention } from './persoon-mention.js';
import { postcode } from './postcode.js';
import type { Recogniser } from './types.js';
import url from './url.js';

/**
 * The one registry of recognisers. Add a recogniser by creating `recognisers/<wat-het-vindt>.ts` and
 * listing it here. Order does not matter: overlaps are resolved by score and length in the checker.
 */
export const RECOGNISERS: readonly Recogniser[] = [telefoon, email, url, bsn, dossiernummer, kenteken, datum, leeftijd, gezondheid,
  persoon, persoonMention, persoonHashtag, locatie, locatieWeg, adres, postcode, instelling];
