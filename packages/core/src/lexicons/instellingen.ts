/**
 * Named Dutch care institutions, written for Zorgvuldig from public knowledge: university medical centres,
 * general hospitals, mental-health (GGZ) organisations, care groups, disability care and social-domain
 * organisations. One name per line, in its usual spelling (case matters for short all-caps names such as
 * MEE or LUMC, which are only matched in capitals). A name marked `| context` is also an ordinary first name
 * or word (Antonius, Isala…) and only counts after `het`/`in`/`bij`/`naar`/`van` or when a town follows.
 *
 * Decision: national or regional single-purpose services that everyone uses, such as Veilig Thuis, the GGD,
 * the huisartsenpost or 113, are not listed: naming them does not narrow down a person or a workplace.
 */
export default `
# University medical centres
LUMC
UMCG
UMC Utrecht
UMCU
Radboudumc
Radboud UMC
Erasmus MC
Amsterdam UMC
AMC
VUmc
Maastricht UMC+
MUMC
MUMC+
Prinses Máxima Centrum
Sophia Kinderziekenhuis
Wilhelmina Kinderziekenhuis
Emma Kinderziekenhuis
# The children's hospitals by their short names, which are also first names
Sophia | context
WKZ
EKZ
# General and top-clinical hospitals
Maasstad
Maasstad Ziekenhuis
Isala | context
Antonius | context
St. Antonius
Sint Antonius
Rijnstate
Gelre | context
Jeroen Bosch Ziekenhuis
JBZ
Catharina Ziekenhuis
Máxima MC
Maxima MC
MMC
Ziekenhuis Rivierenland
Gelderse Vallei
Meander | context
Meander Medisch Centrum
Tergooi
Tergooi MC
Spaarne Gasthuis
Rode Kruis Ziekenhuis
Dijklander
Noordwest Ziekenhuisgroep
Zaans Medisch Centrum
BovenIJ
OLVG
Onze Lieve Vrouwe Gasthuis
Flevoziekenhuis
Ziekenhuis Amstelland
Ikazia
Franciscus Gasthuis
Franciscus Vlietland
Ikazia Ziekenhuis
IJsselland Ziekenhuis
Van Weel-Bethesda
Spijkenisse MC
Albert Schweitzer
Albert Schweitzer ziekenhuis
Beatrixziekenhuis
Rivas
Haaglanden MC
HMC
HagaZiekenhuis
Haga Ziekenhuis
Reinier de Graaf
Groene Hart Ziekenhuis
Alrijne
LangeLand
Diakonessenhuis
Sint Maartenskliniek
Maartenskliniek
Canisius Wilhelmina
CWZ
Bernhoven
Ziekenhuis Gelderse Vallei
Slingeland
Gelre ziekenhuizen
Deventer Ziekenhuis
Saxenburgh
Medisch Spectrum Twente
MST
ZGT
Ziekenhuisgroep Twente
Treant
Wilhelmina Ziekenhuis Assen
Martini Ziekenhuis
Ommelander Ziekenhuis
Medisch Centrum Leeuwarden
MCL
Tjongerschans
Nij Smellinghe
Frisius MC
Antonius Sneek
Zuyderland
VieCuri
Laurentius
SJG Weert
Elkerliek
Anna Ziekenhuis
Catharina | context
Amphia
ETZ
Elisabeth-TweeSteden
Bravis
Zuidwest Radiologie
ZorgSaam
Adrz
Admiraal De Ruyter Ziekenhuis
Streekziekenhuis Koningin Beatrix
SKB
Santiz
Ziekenhuis Tjongerschans
St Jansdal
St. Jansdal
St. Anna
St. Anna Ziekenhuis
St. Jans Gasthuis
St. Jansgasthuis
St. Maartenskliniek
St. Elisabeth
Elisabeth-TweeSteden Ziekenhuis
Sint Jansdal
Het Lange Land
Westfriesgasthuis
Ter Gooi
Antoni van Leeuwenhoek
AVL
Prinsengracht ziekenhuis
Princess Máxima
# Mental health (GGZ) and addiction care
Parnassia
Parnassia Groep
GGZ inGeest
inGeest
Arkin
Altrecht
Pro Persona
Lentis
Dimence
Emergis
Mondriaan
GGZ Noord-Holland-Noord
GGZ Centraal
GGZ Delfland
GGZ Breburg
GGZ Oost Brabant
GGZ Drenthe
GGZ Friesland
GGZ Rivierduinen
Rivierduinen
Yulius
Antes | context
Bavo Europoort
Reinier van Arkel
Propersona
Mediant
Accare
Karakter | context
Levvel
De Bascule
Jellinek
Tactus
Brijder
Novadic-Kentron
Verslavingszorg Noord Nederland
VNN
Fivoor
Pompestichting
Dr. Leo Kannerhuis
Leo Kannerhuis
Eleos | context
De Hoop | context
Psychiatrisch Centrum Bloemendaal
GGNet
GGZ Westelijk Noord-Brabant
Vincent van Gogh | context
Vincent van Gogh Instituut
PsyQ
HSK
# Care groups, elderly care, disability care, youth care, social domain
Zorggroep Noorderbreedte
Zorggroep Oude en Nieuwe Land
Zorggroep Alliade
Zorggroep Elde
Zorggroep Charim
Zorggroep Sint Maarten
Zorggroep Tangenborgh
Zorggroep Apeldoorn
Zorggroep Solis
Zorggroep Raalte
Zorggroep Meander
Zorggroep Rijnmond
Noorderbreedte
Amsta
Cordaan
Zonnehuisgroep
Laurens | context
Aafje | context
Humanitas | context
Careyn
Vivium
Zorgbalans
Amaris
Envida
Sevagram
Zuyderland Zorg
Tante Louise
Thebe | context
De Zorgboog
Zorgboog
Vitalis | context
Archipel | context
Surplus | context
Raffy
Vivent
Brentano
Woonzorg Nederland
Zorggroep Manna
Zorgcentra Pantein
Pantein
Buurtzorg
Evean
Osira
Omring
Vitras
Axion Continu
Warande | context
ViVa! Zorggroep
Viva Zorggroep
Zorgspectrum
De Wever
WZH
Florence | context
Lelie zorggroep
Argos Zorggroep
Rijnhove
Savant | context
Kalorama | context
Sensire
Azora
Markenheem
Het Baken
Icare | context
Thuiszorg West-Brabant
Zinzia
's Heeren Loo
Heeren Loo
Ipse de Bruggen
Philadelphia | context
Philadelphia Zorg
Abrona
Amarant | context
Koraal | context
Dichterbij
Pluryn
Severinus
Prisma | context
ASVZ
Esdégé-Reigersdal
Esdege-Reigersdal
Talant
Cosis
Visio
Bartiméus
Kentalis
Siza
Reinaerde
Zozijn
Sherpa | context
Lunet
Lunet zorg
Ons Tweede Thuis
Middin
Ipse
Gemiva
Gemiva-SVG
Lijn5
Horizon | context
Horizon Jeugdzorg
Jeugdformaat
Youz
iHUB
Spirit | context
Lindenhout
Entrea | context
Entrea Lindenhout
Pactum | context
Timon | context
Juzt
Jeugdbescherming Rotterdam Rijnmond
William Schrikker Groep
Leger des Heils
MEE
Vluchtelingenwerk
VluchtelingenWerk
Kwadraad
Welzijn Lelystad
Wijkracht
Vivente
`;
