/**
 * Surnames common in the Netherlands that the Flemish-leaning zxcvbn list lacks or spells differently: the
 * most frequent Dutch surnames (with their particles, as written after a first name), Frisian -a/-stra
 * names, and frequent surnames of Dutch people of Turkish, Moroccan, Surinamese (Creole, Hindustani,
 * Javanese), Antillean, Indonesian/Moluccan and Chinese origin. Written for Zorgvuldig; whitespace-free
 * entries one per word, particle names one per line after the marker. Scope: frequent names, not exhaustive.
 */
export default `
# Single-word surnames (whitespace separated)
jansen janssen bakker visser smit meijer meyer mulder bos vos peters hendriks dekker brouwer dijkstra smits kok
jacobs vermeulen huisman hoekstra peeters kramer verhoeven willems postma schouten koster prins blom maas
sanders verbeek vink boer kuijpers kuipers wijnen hermans gerritsen bosch bosman evers kuiper veenstra koning
timmermans hofman hoogendoorn dijkman linden wolters hoekman bouwman pieters wouters schipper martens
molenaar jonker vermeer boersma gerrits kramers groen scholten hartman postmus nijhuis hulshof veldman
verschuren driessen geerts haan zijlstra schuurman baas keizer bloem roos hoek wit groot graaf jong vries
berg leeuwen dijk meer heuvel beek wal laan wijk berg ven velde ham horst pol vliet steen broek bruin
rijn ploeg huis veen haar klein lange smeets claassen coenen janssens lambregts
stam wagenaar kooiman kolk zwart schoenmaker boon teunissen arts arends hoeks willemsen kerkhof
sluiter brink bergsma hoogland ouwehand rietveld westerhof tempelman zwaan wester stoffels verstappen
beekman klaver bruijn bruyn wijngaarden mol kroon kooij snijders smulders heijnen goossens michels
aksoy arslan aydin aydın çelik celik demir doğan dogan kaya koç koc kılıç kilic öztürk ozturk polat şahin sahin
yildiz yıldız yilmaz yılmaz yıldırım yildirim özdemir ozdemir güler guler erdoğan erdogan aslan korkmaz kurt
bakkali benali bouzid chaouch el amrani el idrissi el hamdaoui el khattabi amrani azzouzi boukhari bouchtaoui
haddouchi hamdaoui idrissi khattabi mansouri ouali tahiri ziani zaoui zouhri benhaddou bennani laghmich
ramsaran soekhai ramdin ramcharan sewnath jagessar mahabier bhikharie ramlal kalloe mohan ramautar soekhoe
oedit sardjoe sital narain tjon tjin pinas sedney kruisland biervliet wijngaarde ritfeld zaandam doelwijt
karijo kromowidjojo sastro soemita atmodikoro pawirodikromo djojo reksodipoetro
martina isenia leito cijntje rosaria kirindongo
pattipeilohy sahetapy tuhuteru wattimena latuperissa lumban leatemia
tan liem lie oei kwee wong chen chang lin
nowak kowalski wiśniewski wisniewski kaminski lewandowski zieliński kowalczyk wozniak
# Particle surnames (one per line)
de vries
de jong
de boer
de groot
de graaf
de wit
de bruijn
de bruin
de haan
de lange
de ruiter
de koning
de leeuw
de wild
de visser
de kok
de bakker
de jonge
de winter
de beer
de roos
de zwart
de klerk
de man
de meijer
de heer
van den berg
van der berg
van dijk
van leeuwen
van der meer
van der linden
van der heijden
van den broek
van der wal
van beek
van wijk
van der veen
van der ven
van den heuvel
van der steen
van der laan
van der horst
van den bosch
van dam
van vliet
van rijn
van der ploeg
van der wijk
van der pol
van den brink
van der velde
van der zee
van de ven
van de velde
van de kamp
van de pol
van der graaf
van den hoek
van der kolk
van der molen
van essen
van gelder
van ham
van hout
van loon
van os
van zanten
van schaik
van wijngaarden
van der hoeven
van der kooij
van der sluis
van der werf
van es
ter horst
ter haar
ten brink
ten have
op de beek
in 't veld
el amrani
el idrissi
el hamdaoui
el khattabi
el ouali
el bakkali
ait taleb
`;
