/**
 * First names that the zxcvbn list (Flemish-leaning, recent birth years) lacks: names of Dutch people of all
 * ages, common short forms and nicknames, Frisian and Limburg names, and names common among Dutch people of
 * Moroccan, Turkish, Surinamese (Creole and Hindustani), Antillean, Indonesian, Polish, Syrian, Eritrean and
 * other backgrounds. Written for Zorgvuldig; lowercase look-up, one per line. Scope: given names in use in
 * the Netherlands, not exhaustive.
 */
export default `
# Dutch, older generations and short forms
aad adrie adri ad albert alie alida annemieke annemiek anneke annelies anneloes annet annette antoon arie arjan arjen
bart bas ben bep berend bert betsie betty bianca bram carla cees coby cor corrie corry corine cornelis dick diederik
dirk dineke dini dora ed eef eelco egbert els elly ellen engelbert erik ernst ester evert femke frans freek frits
gerard gerda gerrit gert gijs greet grietje guus hanneke hans harm harrie harry hein hendrik henk henny henri herman
hetty hennie hilde ine ineke inge ingrid jaap jacob jacqueline jan janneke jannie jantje jasper jeroen joke joop
joost jop joris jos joyce judith karel karin kees klaas koos kors lammert leen leo lex liesbeth lieke lotte lucas
maarten margriet marieke marijke marjan marjolein marleen martijn mieke mien miep nel nelleke nico niek nienke
paul paulien petra piet pieter pim rianne riet rik rinus rob roel roelof ronald roos ruud sander sanne saskia
sjaak sjef stefan stijn suus teun thea theo thijs tinus toos trees truus ton tonnie wendy wijnand willem willy
wim wouter yvonne zeger mirjam marco jesse bianca henny ria ans cor tiny tineke gerrie hennie bertha jannie
marian marianne wilma hanny riek dinie sjaan jo fien gerard gert-jan jan-peter appie sjonnie joke jopie mientje
# Frisian and northern
sjoerd sietske sytske tjeerd wytse wietske hylke jelle jildou jitske douwe durk folkert freerk gerben germ hiltje
hindrik jan-willem jouke klaske lolkje minke oebele pieke rinse romke sibbele siebe sjoukje tjitske ymke yde
# Limburg and Brabant short forms
sjef sjra sjoerdje har huub jo jeu mia mieke toon wiel zjef loek thei door-jan
# Moroccan-Dutch and Arabic
abdel abdelkader abdellah abdelaziz abderrahim achmed ahmed aicha aïcha amal amina anass asmae ayoub bilal brahim
chaima dounia driss farid fatima fatiha fouad hafsa hakim hamza hanan hassan houda ibrahim ikram ilham imane ismail
jamal karim khadija latifa mehdi meryem mimoun mohamed mohammed mounir mustafa nadia naima najib nordin noura
omar rachid rachida redouan saida said samir sanae soufiane tarik yassin yasmina yousra youssef zakaria zineb
zohra hicham khalid rida salma laila leila
# Turkish-Dutch
ahmet ali ayse ayşe aysel burak can cem derya emine emre esra fatma gülsen gül hakan hatice hülya ibrahim kemal
mehmet melek merve murat necla nurcan osman özlem selin serkan sevda sibel tolga tuba yusuf zeynep ömer ümit
elif büşra onur volkan ercan erdal gökhan songül
# Surinamese, Hindustani, Javanese, Antillean
raj anand ashwin chandra devi ganesh indira kavita krishna lakshmi mahesh nisha priya radj ravi rishi sandhya
shanti sunita vikash vishnu rajesh sarita sanjay sunil sharda usha rakesh anjali soekarno wagimin sumira
marlon giovanni shurandy jurgen jerrel kenneth gregory glenn roël jeanine shirley sheila sharona quincy rudsel
# Polish, Eastern European
agnieszka anna beata dorota ewa grzegorz jakub kasia katarzyna krzysztof magda magdalena marek marta michał
monika piotr tomasz wojciech zofia joanna malgorzata małgorzata pawel paweł lukasz łukasz ioana mihai andrei elena
# Syrian, Eritrean, Somali, Afghan
abdullah ahmad aya haya rania yara rami samer tarek wael mahmoud yasmin ziad hadi nour fatuma amanuel yonas
semhar filmon merhawi abdi asha hodan farah ahmadi mariam zahra
`;
