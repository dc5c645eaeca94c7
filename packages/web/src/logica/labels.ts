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
