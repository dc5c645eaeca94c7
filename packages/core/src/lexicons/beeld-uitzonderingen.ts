/**
 * When a text that names pictures is not sharing pictures of clients or colleagues at work (`cue | categorie`),
 * for `rules/beeldmateriaal/delen.ts`. Syntax of a cue: see rules/cues.ts (`?` one word, `..` up to three words,
 * `x*` prefix). Categories:
 * - `weigering`: the text refuses or forbids pictures ("foto's deel ik bewust niet", "geen bewoners in beeld");
 * - `leeg`: an empty room or building is in the picture;
 * - `ding`: animals and things; they count when a picture word comes just before them with only small words
 *   between ("de foto's van de geitjes", "foto: alleen onze koffiemokken"), see THINGS_BETWEEN in the rule;
 * - `eigen-post`: the maker's own earlier post ("zie onder mijn vorige video");
 * - `van-jou`: the addressee's own picture ("wat een mooie foto van jou");
 * - `vrij`: colleagues off duty (a team outing, drinks) — only when no client is named;
 * - `thuis`: made at home ("in mijn eigen keuken gemaakt") — only when no client is named.
 */
/**
 * Cues "<preposition> mijn .. <noun> | <category>" for each preposition, each spelling of "mijn" and each noun,
 * in that order.
 */
const withMine = (prepositions: string[], nouns: string[], category: string) =>
  prepositions.flatMap((prep) => ['mijn', "m'n", 'mn'].flatMap((my) => nouns.map((noun) => `${prep} ${my} .. ${noun} | ${category}`))).join('\n');
/** "onder/in/bij mijn (vorige) video/filmpje/post/reel". */
const OWN_POST = withMine(['onder', 'in', 'bij'], ['video', 'filmpje', 'post', 'reel'], 'eigen-post');
/** "in/op mijn (eigen) keuken, huis …". */
const AT_HOME = withMine(['in', 'op'], ['keuken', 'huis', 'woonkamer', 'studentenkamer', 'slaapkamer', 'tuin', 'balkon'], 'thuis');

export default String.raw`
# --- refusing or forbidding pictures
foto deel ik niet | weigering
foto's deel ik niet | weigering
foto deel ik ? niet | weigering
foto's deel ik ? niet | weigering
geen foto | weigering
geen foto's | weigering
geen beelden | weigering
geen video | weigering
geen video's | weigering
geen filmpje | weigering
geen filmpjes | weigering
geen selfie | weigering
geen selfies | weigering
nooit foto | weigering
nooit foto's | weigering
nooit beelden | weigering
nooit video | weigering
nooit video's | weigering
nooit filmpje | weigering
nooit filmpjes | weigering
nooit selfie | weigering
nooit selfies | weigering
niet filmen | weigering
niet fotograferen | weigering
niet gefilmd | weigering
niet gefotografeerd | weigering
zonder ? in beeld | weigering
zonder bewoners | weigering
zonder cliënten | weigering
zonder clienten | weigering
zonder patiënten | weigering
zonder patienten | weigering
zonder mensen | weigering
geen bewoner in beeld | weigering
geen bewoners in beeld | weigering
geen cliënt in beeld | weigering
geen cliënten in beeld | weigering
geen client in beeld | weigering
geen clienten in beeld | weigering
geen patiënt in beeld | weigering
geen patiënten in beeld | weigering
geen patient in beeld | weigering
geen patienten in beeld | weigering
geen echte bewoners in beeld | weigering
geen echte cliënten in beeld | weigering
geen echte clienten in beeld | weigering
geen echte patiënten in beeld | weigering
geen echte patienten in beeld | weigering
# "geen patiëntfoto's", "nooit cliëntfoto's": compounds ending in the picture word
geen *foto | weigering
geen *foto's | weigering
nooit *foto | weigering
nooit *foto's | weigering
geen *video's | weigering
nooit *video's | weigering
# --- an empty room or building
lege huiskamer | leeg
lege huiskamers | leeg
lege kamer | leeg
lege kamers | leeg
lege afdeling | leeg
lege gangen | leeg
lege gang | leeg
lege zalen | leeg
lege zaal | leeg
lege ruimte | leeg
lege ruimtes | leeg
# "foto gemaakt voordat de bewoners naar buiten kwamen": nobody in the picture yet
voordat de bewoners | leeg
vóórdat de bewoners | leeg
voordat de cliënten | leeg
vóórdat de cliënten | leeg
voordat de patiënten | leeg
vóórdat de patiënten | leeg
lege gebouw | leeg
leeg gebouw | leeg
lege woning | leeg
lege unit | leeg
lege units | leeg
lege behandelkamer | leeg
lege wachtkamer | leeg
nog leeg | leeg
nog helemaal leeg | leeg
# --- animals and things (only right after a picture word)
dieren | ding
geitjes | ding
lammetjes | ding
kippen | ding
konijnen | ding
paarden | ding
tuin | ding
taart | ding
taarten | ding
bloemen | ding
versiering | ding
kerstboom | ding
uitzicht | ding
gebouw | ding
nieuwbouw | ding
koffie* | ding
mokken | ding
bekers | ding
lunch | ding
klompen | ding
schoenen | ding
# --- the maker's own earlier post (OWN_POST above)
${OWN_POST}
# --- the addressee's own picture
foto van jou | van-jou
foto van jezelf | van-jou
foto van u | van-jou
foto van uzelf | van-jou
foto's van jou | van-jou
foto's van jezelf | van-jou
foto's van u | van-jou
foto's van uzelf | van-jou
# --- colleagues off duty
teamuitje | vrij
uitje | vrij
personeelsuitje | vrij
personeelsfeest | vrij
teamdag | vrij
kerstborrel | vrij
borrel | vrij
etentje | vrij
bbq | vrij
barbecue | vrij
vrijdagmiddagborrel | vrij
# --- made at home (AT_HOME above)
${AT_HOME}
thuis gemaakt | thuis
thuis gefilmd | thuis
thuis opgenomen | thuis
`;
