/** Dutch display names for the core's enum values. */
export const KANAAL_NAMEN: Record<string, string> = {
  twitter: 'X (Twitter)',
  facebook: 'Facebook (tijdlijn of groep)',
  instagram: 'Instagram',
  linkedin: 'LinkedIn (tijdlijn)',
  tiktok: 'TikTok',
  blog: 'Blog of website',
  forum: 'Forum',
  'zorgkaart-reactie': 'Reactie op een beoordelingssite',
  whatsapp: 'WhatsApp',
  sms: 'Sms',
  email: 'E-mail',
  'facebook-bericht': 'Facebook Messenger',
  'linkedin-bericht': 'LinkedIn-bericht',
};

export const ZICHTBAARHEID_NAMEN: Record<string, string> = {
  openbaar: 'Openbaar (iedereen)',
  besloten: 'Besloten groep',
  prive: 'Privé (één persoon)',
};

export const ROL_NAMEN: Record<string, string> = {
  arts: 'Arts',
  verpleegkundige: 'Verpleegkundige',
  verzorgende: 'Verzorgende',
  psycholoog: 'Psycholoog',
  psychiater: 'Psychiater',
  psychotherapeut: 'Psychotherapeut',
  'sociaal-werker': 'Sociaal werker',
  jeugdzorgwerker: 'Jeugdzorgwerker',
  wijkteamlid: 'Wijkteamlid',
  student: 'Student',
  iedereen: 'Alle beroepen',
};

export const RICHTING_NAMEN: Record<string, string> = {
  uitgaand: 'Ik verstuur of plaats dit',
  inkomend: 'Ik heb dit ontvangen',
};

export const ERNST_NAMEN: Record<string, string> = {
  fout: 'Niet versturen',
  waarschuwing: 'Let op',
  tip: 'Tip',
};

export const LABEL_NAMEN: Record<string, string> = {
  herleidbaar: 'Herleidbaar tot een cliënt',
  gezondheidsgegevens: 'Gezondheidsgegevens',
  beeldmateriaal: 'Beeldmateriaal',
  denigrerend: 'Denigrerend',
  'klacht-openbaar': 'Klacht in het openbaar',
  'individueel-advies': 'Individueel advies online',
  'onveilig-kanaal': 'Onveilig kanaal',
  'persoonlijke-relatie': 'Persoonlijke relatie met cliënt',
  crisis: 'Crisis',
};

export function naam(tabel: Record<string, string>, waarde: string): string {
  return tabel[waarde] ?? waarde;
}

export function opties(waarden: readonly string[], tabel: Record<string, string>) {
  return waarden.map((value) => ({ value, label: naam(tabel, value) }));
}

export const BESLUIT_NAMEN: Record<string, string> = {
  ja: 'Ja, u mag dit delen',
  'ja-onder-voorwaarden': 'Ja, onder voorwaarden',
  'eerst-toestemming-vragen': 'Vraag eerst toestemming',
  nee: 'Nee, niet delen',
};

export const GROND_NAMEN: Record<string, string> = {
  anoniem: 'De informatie is anoniem',
  'veronderstelde-toestemming': 'Veronderstelde toestemming (rechtstreeks betrokken hulpverlener)',
  vertegenwoordiger: 'Wettelijk vertegenwoordiger',
  toestemming: 'Toestemming van de cliënt',
  'wettelijke-plicht': 'Wettelijke plicht',
  meldrecht: 'Meldrecht (Meldcode)',
  'conflict-van-plichten': 'Conflict van plichten',
};

export const VOORWAARDE_NAMEN: Record<string, string> = {
  'alleen-noodzakelijke-gegevens': 'Deel alleen de gegevens die echt nodig zijn.',
  'beveiligd-kanaal': 'Gebruik een beveiligd kanaal, geen gewone e-mail, chatapp of sociale media.',
  'vastleggen-in-dossier': 'Leg vast in het dossier wat u deelde, met wie en waarom.',
  'client-informeren': 'Vertel de cliënt wat u deelt of heeft gedeeld.',
  'collegiaal-overleg': 'Overleg eerst met een collega of deskundige.',
  'meldcode-stappen': 'Doorloop de stappen van de meldcode van uw organisatie.',
  'schriftelijke-toestemming': 'Leg de toestemming van de cliënt schriftelijk vast.',
};

export const THEMA_NAMEN: Record<string, string> = {
  vertrouwelijkheid: 'Vertrouwelijkheid',
  grenzen: 'Grenzen in het contact',
  'professioneel-gedrag': 'Professioneel gedrag online',
  'collega-aanspreken': 'Een collega aanspreken',
  kanaal: 'Het juiste kanaal',
  delen: 'Informatie delen',
  crisis: 'Crisis',
  werkgever: 'Werkgever en beleid',
};
