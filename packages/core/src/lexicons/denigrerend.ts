/**
 * Derogatory, mocking or disrespectful words and phrases about people (`cue | soort`). soort `scheldwoord`
 * counts on its own; `spot` (laughing emoji, "hahaha") and `afkeer` count only with a client or colleague in
 * distress or confusion (`ongemak`); `stereotype` is a group remark. Lowercase; see rules/cues.ts for the syntax.
 */
export default String.raw`
# --- name-calling and contempt
zeurpiet* | scheldwoord
zeurkous | scheldwoord
zeikerd | scheldwoord
aansteller* | scheldwoord
aanstelster | scheldwoord
lastpak* | scheldwoord
lastig wijf | scheldwoord
kreng | scheldwoord
heks | scheldwoord
trut | scheldwoord
zeikwijf | scheldwoord
rotwijf | scheldwoord
klootzak | scheldwoord
eikel | scheldwoord
etterbak* | scheldwoord
ettertje | scheldwoord
verwend* nest | scheldwoord
ondankbare | scheldwoord
ik word er gek van | scheldwoord
word gek van | scheldwoord
alsof wij hun personeel | scheldwoord
veeleisend* | afkeer
zit .. te klagen | afkeer
querulant | scheldwoord
klaagwijf | scheldwoord
klager | scheldwoord
viespeuk | scheldwoord
smeerlap | scheldwoord
idioot | scheldwoord
idioten | scheldwoord
debiel* | scheldwoord
mongool | scheldwoord
sukkel* | scheldwoord
randdebiel | scheldwoord
tokkie* | scheldwoord
kutwijf | scheldwoord
hoer | scheldwoord
junk | scheldwoord
junkie | scheldwoord
gek* geval | scheldwoord
dom wijf | scheldwoord
oude zak | scheldwoord
geen lieverdje | scheldwoord
geen lieverd | scheldwoord
kantoortype | scheldwoord
stelletje amateurs | scheldwoord
stelletje idioten | scheldwoord
kluns | scheldwoord
sukkels | scheldwoord
lapzwans | scheldwoord
prutser* | scheldwoord
kantoorklerk* | scheldwoord
zooi van gemaakt | scheldwoord
zooitje van gemaakt | scheldwoord
puinhoop van gemaakt | scheldwoord
snapt .. niks | scheldwoord
snapt .. niets | scheldwoord
begrijpt er niks van | scheldwoord
weer had .. een kater | scheldwoord
heeft .. een kater | scheldwoord
weer eens een kater | scheldwoord
een kater | scheldwoord
stomdronken | scheldwoord
lui* zijn | scheldwoord
wat een aansteller | scheldwoord
wat een drama* | scheldwoord
wat een zeur | scheldwoord
zeur | scheldwoord
zeurkont | scheldwoord
echte zeur | scheldwoord
geen zin in die | afkeer
geen zin in hem | afkeer
geen zin in haar | afkeer
baal ervan | afkeer
baal nu al | afkeer
nu al geen zin | afkeer
🙄 | afkeer
🤦 | afkeer
🤦‍♀️ | afkeer
🤦‍♂️ | afkeer
🤮 | afkeer
🖕 | scheldwoord
# --- mockery of someone's distress
hahaha* | spot
haha | spot
hihi | spot
lol | spot
😂 | spot
🤣 | spot
😆 | spot
# --- someone's distress or confusion: with 'spot' or 'afkeer' it makes mockery
boos | ongemak
woedend | ongemak
huil* | ongemak
in paniek | ongemak
bang | ongemak
verward | ongemak
denkt .. dat | ongemak
dacht .. dat | ongemak
schreeuw* | ongemak
valt | ongemak
viel | ongemak
vergeet | ongemak
dement* | ongemak
pijn | ongemak
belt weer | ongemak
weer gebeld | ongemak
voor de .. keer | ongemak
de hele nacht | ongemak
weer eens | ongemak
kijk hoe | ongemak
# --- stereotyping of groups
zo'n cultuur | stereotype
die cultuur | stereotype
hun cultuur | stereotype
dat soort mensen | stereotype
dat soort families | stereotype
dat volk | stereotype
in dat land | stereotype
lekkere beschaving | stereotype
kan dat niet wat normaler | stereotype
kan dat niet normaal | stereotype
altijd maar klagen | stereotype
typisch vrouw* | stereotype
typisch allochto* | stereotype
engerd | scheldwoord
die vent | scheldwoord
uitkeringstrekker* | scheldwoord
profiteur* | scheldwoord
klaploper* | scheldwoord
parasiet* | scheldwoord
typisch weer zo'n | stereotype
`;
