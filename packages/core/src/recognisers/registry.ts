import bsn from './bsn.js';
import datum from './datum.js';
import dossiernummer from './dossiernummer.js';
import email from './email.js';
import gezondheid from './gezondheid.js';
import kenteken from './kenteken.js';
import leeftijd from './leeftijd.js';
import telefoon from './telefoon.js';
import type { Recogniser } from './types.js';
import url from './url.js';

/**
 * The one registry of recognisers. Add a recogniser by creating `recognisers/<wat-het-vindt>.ts` and
 * listing it here. Order does not matter: overlaps are resolved by score and length in the checker.
 */
export const RECOGNISERS: readonly Recogniser[] = [telefoon, email, url, bsn, dossiernummer, kenteken, datum, leeftijd, gezondheid];
