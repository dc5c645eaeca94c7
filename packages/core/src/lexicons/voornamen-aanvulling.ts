/**
 * First names that the zxcvbn list (Flemish-leaning, recent birth years) lacks: names of Dutch people of all
 * ages, common short forms and nicknames, Frisian and Limburg names, and names common among Dutch people of
 * Moroccan, Turkish, Surinamese (Creole and Hindustani), Antillean, Indonesian, Polish, Syrian, Eritrean and
 * other backgrounds. Written for Zorgvuldig; lowercase look-up, one per line. Scope: given names in use in
 * the Netherlands, not exhaustive.
 */
export default `
# Dutch, older generations and short forms
mirella sabine mariëlle marielle gonnie hilda jeanette marcella mariëtte patty peggy renate bea carola dewi dianne elske
francien geke gerdien ingeborg janine jikke lianne ursula arnold edwin ferry pascal wilco marie
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
# Born in the Netherlands 1925–2000: frequent given names and their everyday forms
hendrika jantina geertje hester puck jip hidde wendela gijsbert corné jolanda monique henriëtte henriette jeannette
miranda chantal yvette desiree desirée nadine mireille trijntje aaltje jentje hiske baukje geesje klaasje lambertus
adrianus petrus wilhelmus johannes cornelis jacobus hendrikus gerardus theodorus antonius franciscus josephus
martinus nicolaas wilhelmina johanna maria cornelia adriana elisabeth catharina geertruida hendrina jacoba
gerda dinie dini riek rika mina mineke minke jeltje janke anke anneke annie nelly nelleke jopie jans jannetje
truida trudy trudie toos tonny tonnie ton tineke tiny thea ria rina riet rietje roelie sientje sietske sjaan
greetje gre grada gretha hennie henny hetty hilly hanny hannie hanneke hanna jo joke jolien jorien jose josé
jozef joseph joop jaap kees koos klaas krijn lammert leendert lenie leni lies liesje lineke loes loesje lot
lotje marga margriet margreet marjo marjon marijke marloes marja mariska marianne martine mieke mien miep
mientje mies nel neeltje nienke nolda nynke pietje pieternel rinske saskia siska sjoukje stien stientje
tanja trees truus wijnie wil willy willeke wietske yolanda yvonne zus
bert berend bertus bennie bennie bep dik dick dirk dolf douwe dries eef eppo fokke folkert freek frits gait
gerben gerhard gerjan gert gertjan gijs gijsbert gosse haico harm harmen harry hein heino hendrik henk herman
hielke hubert huub iede jacob jakob jan-hendrik jelmer jeroen jesper joost jorrit jurgen jurjen kasper klaas-jan
lambert laurens leen leo lodewijk louis luc maarten marcel marinus marten martijn martin matthijs maurits
meindert menno michiel nico niek okke otto paul pepijn piet pieter reinier reinout remco rene rené rens rick
rik rinse rob robbert roel roeland rogier ronald roy ruben rudi rudolf rutger sander siebe sietse sijmen
sjaak sjoerd stef steven sybren taco teun theo thijs thom tijmen tim tjeerd tom ton tonnie twan vincent
wessel wiebe wijnand willem wim wouter wybren youri yuri
# Young generations
anouk lieke sanne femke britt demi kiki nikki maud merel marit myrthe mirthe floor puck fenna fenne isa jill
liv lynn romy saar tess evi zoë zoe feline noor noa lotte julia sophie emma tess yara fleur roos sem finn
daan luuk bram teun stijn thijs ties mees siem joep tygo jayden dex levi noud jurre milan lars hugo gijs
sven bas niels jasper ruben koen tom rick kevin dennis mike patrick danny jordy jeffrey nick robin
noël noel chloë chloe zoë joëlle michaël raphaël mo moos mats sep stan job bo
# Moroccan-, Turkish-, Surinamese-, Antillean-Dutch (more)
nourdin noureddine mourad mohammed-amine ilias ilyas rayan adam yassine anouar anwar hamid abdelhak abdeslam
nordin el-mehdi mehdi badr marouane otman othman oussama safae salma sara soukaina sanae imane ikram hajar
loubna meriem nisrine asma btissam chaimae hiba kaoutar oumaima wiam khadija
ayşegül aysegul bahar berna burcu dilek ebru emel esin gamze gizem hande hilal ilknur kübra melike nazlı
nurten pınar şeyma seyma songül tülay zehra zerrin ahmet alper baran barış baris berkay bülent cengiz
deniz erkan ertan eren fatih ferhat furkan gökhan hasan hüseyin ilhan kadir kerem levent mert metin
necati orhan özgür recep sinan taner tayfun ufuk uğur yasin yunus
sandeep anil rakesh shanti sunita ritesh nitesh ravindra rajendre soenita sarita devika vidya kiran
chandrika anjali priyanka shiva dewkoemar ramesh ashvin dinesh
jerrel kenneth quincy rudsel shurandy sherwin glenn rignald clyde marciano xaviera shaquille shakira
# Polish, Eastern European, other (more)
svetlana natalia olga irina tatjana tatiana ludmila oksana yulia julija viktor sergej sergei dmitri
ivan igor oleg nikolai aleksandr aleksandra dorota grażyna bożena halina jadwiga krystyna mariusz
dariusz zbigniew janusz andrzej bogdan marcin przemysław radosław sławomir
`;
