import type { CheckContext, Kanaal, Richting, Rol, Zichtbaarheid } from '../types.js';

/** The context with defaults filled in and the facts rules ask about derived once. */
export interface ResolvedContext {
  kanaal: Kanaal | undefined;
  zichtbaarheid: Zichtbaarheid;
  rol: Rol | undefined;
  richting: Richting;
  /** Anyone can read it (public post, public forum, rating site). */
  openbaar: boolean;
  /** A one-to-one message (chat, sms, e-mail, social-media DM). */
  prive: boolean;
  /** Chat or social-media messaging: WhatsApp, sms, Facebook/LinkedIn messages. */
  chat: boolean;
  /** Ordinary (unencrypted) e-mail. */
  email: boolean;
  /** A social-media platform or public web channel (posts, blogs, forums, reviews). */
  socialeMedia: boolean;
}

const CHAT: ReadonlySet<Kanaal> = new Set(['whatsapp', 'sms', 'facebook-bericht', 'linkedin-bericht']);
const SOCIAL: ReadonlySet<Kanaal> = new Set([
  'twitter',
  'facebook',
  'instagram',
  'linkedin',
  'tiktok',
  'blog',
  'forum',
  'zorgkaart-reactie',
]);
const PUBLIC_BY_NATURE: ReadonlySet<Kanaal> = new Set(['twitter', 'blog', 'forum', 'zorgkaart-reactie', 'tiktok']);

/**
 * Defaults when a field is missing: direction `uitgaand`; visibility follows the channel (private for
 * messages and e-mail, public for Twitter, blogs, forums and rating sites, `besloten` for other social
 * media), and `openbaar` when nothing is known — the careful assumption for a text whose audience is unknown.
 */
export function resolveContext(ctx: CheckContext = {}): ResolvedContext {
  const kanaal = ctx.kanaal;
  const chat = kanaal !== undefined && CHAT.has(kanaal);
  const email = kanaal === 'email';
  const socialeMedia = kanaal !== undefined && SOCIAL.has(kanaal);
  let zichtbaarheid = ctx.zichtbaarheid;
  if (!zichtbaarheid) {
    if (chat || email) zichtbaarheid = 'prive';
    else if (kanaal === undefined || PUBLIC_BY_NATURE.has(kanaal)) zichtbaarheid = 'openbaar';
    else zichtbaarheid = 'besloten';
  }
  return {
    kanaal,
    zichtbaarheid,
    rol: ctx.rol,
    richting: ctx.richting ?? 'uitgaand',
    openbaar: zichtbaarheid === 'openbaar',
    prive: zichtbaarheid === 'prive',
    chat,
    email,
    socialeMedia,
  };
}
