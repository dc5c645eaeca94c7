/**
 * Generalisation of the conduct rules: fresh texts of our own, in many registers (Facebook venting, TikTok
 * captions, tweets, forum posts, WhatsApp from clients, slang, no punctuation, emoji). None of these strings
 * is in any lexicon; the rules must recognise them from general word families and patterns. Each label needs
 * a high recall, and the clean texts must stay (nearly) free of conduct labels.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../src/checker/check.js';
import type { CheckContext, ItemLabel } from '../src/types.js';

interface Voorbeeld {
  tekst: string;
  context: CheckContext;
  verwacht: ItemLabel[];
}

const TW: CheckContext = { kanaal: 'twitter' };
const FB: CheckContext = { kanaal: 'facebook', zichtbaarheid: 'besloten' };
const FBO: CheckContext = { kanaal: 'facebook', zichtbaarheid: 'openbaar' };
const IG: CheckContext = { kanaal: 'instagram' };
const TT: CheckContext = { kanaal: 'tiktok' };
const LI: CheckContext = { kanaal: 'linkedin' };
const FORUM: CheckContext = { kanaal: 'forum' };
const ZK: CheckContext = { kanaal: 'zorgkaart-reactie' };
const WA: CheckContext = { kanaal: 'whatsapp' };
const MAIL: CheckContext = { kanaal: 'email' };
const SMS: CheckContext = { kanaal: 'sms' };
const DM: CheckContext = { kanaal: 'facebook-bericht' };
const LIDM: CheckContext = { kanaal: 'linkedin-bericht' };
const WA_IN: CheckContext = { kanaal: 'whatsapp', richting: 'inkomend' };
const SMS_IN: CheckContext = { kanaal: 'sms', richting: 'inkomend' };
const DM_IN: CheckContext = { kanaal: 'facebook-bericht', richting: 'inkomend' };
const MAIL_IN: CheckContext = { kanaal: 'email', richting: 'inkomend' };

const v = (verwacht: ItemLabel[]) => (tekst: string, context: CheckContext): Voorbeeld => ({ tekst, context, verwacht });
const den = v(['denigrerend']);
const kla = v(['klacht-openbaar']);
const rel = v(['persoonlijke-relatie']);
const adv = v(['individueel-advies']);
const cri = v(['crisis']);
const bld = v(['beeldmateriaal']);
const kan = v(['onveilig-kanaal']);
const schoon = v([]);

const DENIGREREND: Voorbeeld[] = [
  den('Kamer 4 heeft vandaag voor de twaalfde keer om thee gevraagd 🙄 sommige mensen leren het nooit', TW),
  den('Die ouders verdienen hun kinderen gewoon niet, echt niet normaal hoe ze erbij lopen', FB),
  den('Weer zo’n asociaal type aan de balie dat denkt dat hij voor mag gaan', TW),
  den('ouwe mensen zijn soms echt te dom om hun eigen pillen te pakken', FB),
  den('Bejaarden die de hele dag op de bel drukken, kunnen ze niet gewoon even wachten pfff', TT),
  den('Mevrouw van kamer 9 at vandaag haar servet op 😂😂 je had het moeten zien', FB),
  den('Beste reviewer, als u het allemaal zo goed weet zoekt u toch lekker een andere praktijk. Succes ermee.', ZK),
  den('Verslaafden, je helpt ze en een week later staan ze er weer. Zonde van mijn tijd.', TW),
  den('Die lui uit de wijk bellen alleen als ze weer geld nodig hebben, nooit anders', FB),
  den('Mijn collega is echt de domste verpleegkundige die ik ooit heb meegemaakt', FB),
  den('Geweldig hoor onze werkgever. Eerst applaus en nu een loonbod van niks. Bedankt voor niks 👏', TW),
  den('Wat een waardeloos stelletje collega’s heb ik toch', FB),
  den('Die kut bewoner schopte me weer, ik trek het niet meer', FB),
  den('kutpatiënten vandaag allemaal met hun zeurverhalen', TT),
  den('Nutteloze figuren op de poli vandaag, niemand weet wat ie doet', TW),
  den('Die arts-assistent is zo dom als het achtereind van een varken', FB),
  den('Migranten op de huisartsenpost, geen woord Nederlands en dan nog boos worden ook. Ga toch terug.', TW),
  den('Mensen met overgewicht die klagen over hun knieën... misschien eerst eens minder vreten?', TW),
  den('Oma op kamer 3 vroeg voor de tiende keer waar haar man is 🤣🤣', TT),
  den('Psychiatrische patiënten, het blijft een apart volkje hè', FB),
  den('Verpleegkunde, het vak voor mensen die niks beters kunnen. Zo voelt het vandaag tenminste', TW),
  den('Wat een klunzen bij de thuiszorg, drie keer de verkeerde medicijnen afgeleverd', TW),
  den('Dat jochie op de groep is gewoon een klein rotjoch, niks mee te beginnen', FB),
  den('Zeurende familie aan de telefoon, alsof ik niks beters te doen heb', TW),
  den('Die dementerende man liep weer in zijn onderbroek over de gang lmao 😭😂', TT),
  den('Kijk die verwaande specialist weer lopen, denkt dat hij god is', TW),
  den('Patiënten van tegenwoordig zijn zo verwend en brutaal, vroeger was het beter', FB),
  den('Godverdomme wat een irritante vrouw was dat vandaag op de poli', TW),
  den('die gasten van de opvang zijn echt hopeloze gevallen man', TT),
  den('Onze bewoners worden met de dag zieliger, ik kan er niet meer om lachen', FB),
  // second batch
  den('Sommige bewoners zijn echt niet te harden, de hele dag gillen om niks', FB),
  den('Moeder van pupil belt weer voor de 5e keer vandaag. Heeft ze geen leven ofzo', TW),
  den('Junks in de wachtkamer, stinken de hele boel uit. Heerlijk 🙄', TW),
  den('Die vent van de intake was zo’n mongol, kon niet eens zijn naam spellen', TT),
  den('hoe lomp kun je zijn als familie, niet eens gedag zeggen', FB),
  den('Grootste zeikerds zijn altijd de privépatiënten, verwende types', TW),
  den('Collega van de dagdienst is gewoon een lapzwans eerste klas', FB),
  den('Meneer dacht dat de tillift een draaimolen was 😂😂 ik lag helemaal dubbel', FB),
  den('Die psychiater van ons is een egotripper die nergens verstand van heeft', TW),
  den('Weer zo’n moeder die denkt dat ze alles weet omdat ze het gegoogeld heeft 🤡', TW),
  den('Tja, wat verwacht je van die asielzoekers, regels zijn voor hen niet bedoeld', FB),
  den('Ouderen tegenwoordig, zitten de hele dag te mekkeren over hun pilletjes', TT),
  // third batch
  den('Die meneer op 12 is echt een ouwe zeurpiet, elke dienst weer hetzelfde liedje', FB),
  den('Sorry hoor maar sommige moeders hier hebben echt geen hersens', TW),
  den('Haha die cliënt van me dacht dat ik zijn dochter was, wat een sukkel 😂', FB),
  den('Dikke vrouw op de SEH wilde niet op de weegschaal, tja 🐷', TW),
  den('Tweede keer deze week dat die bejaarde zich bescheten heeft, lekker dan 🤢', TT),
  den('Onze nieuwe manager is een complete nul, weet niet eens waar de linnenkamer is', FB),
  den('Het personeel van de thuiszorg hier zijn allemaal luie donders', FB),
  den('Typisch die Antillianen, komen altijd met de hele familie op bezoek en maken herrie', FB),
  den('Die psychiatrisch patiënt was weer eens helemaal van het padje, echt een gekkenhuis hier 🤪', TW),
  den('Als je je kind zo verwaarloost ben je gewoon een slechte moeder, punt', TW),
];

const KLACHT: Voorbeeld[] = [
  kla('Onze manager zit de hele dag achter haar bureau en laat zich nooit op de afdeling zien', FB),
  kla('Die collega van de nacht moet gewoon ontslagen worden', TW),
  kla('Halve dienst zitten mijn collega’s op hun telefoon terwijl de bellen gaan. En het management kijkt de andere kant op.', FB),
  kla('De chirurg liet de arts-assistenten vannacht weer alleen op de SEH, onverantwoord', TW),
  kla('Al twee maanden wacht ik op mijn toeslag, de salarisadministratie van mijn werkgever krijgt het niet voor elkaar', FB),
  kla('Onze organisatie laat de cliënten gewoon in de steek. Wachtlijsten en niemand die er iets aan doet.', TW),
  kla('Mijn teamleider heeft geen flauw benul van wat er op de vloer gebeurt', FB),
  kla('Directie geeft zichzelf opslag en wij krijgen een taart. Dank je de koekoek.', TW),
  kla('Collega heeft weer eens zijn overdracht niet gedaan, mag ik het weer oplossen', FB),
  kla('Het rooster bij ons op de afdeling is om te huilen, de planner doet maar wat', FB),
  kla('De huisarts hier in het dorp stuurt iedereen met een paracetamolletje weg, slechte dokter', FB),
  kla('Ik werk nu 3 jaar bij deze instelling en heb nog nooit zo’n slecht georganiseerde toko gezien', LI),
  kla('Onze leidinggevende beloofde extra handen in de zomer. Niks van gekomen. Zoals altijd.', TW),
  kla('De gemeente laat de gezinnen die wij begeleiden gewoon zakken, schandelijk', TW),
  kla('Waarom mogen sommige collega’s gewoon drie pauzes nemen en ik geen een? Vraag ik me echt af.', FB),
  kla('Wij krijgen onze overuren niet uitbetaald en de werkgever doet alsof zijn neus bloedt', FB),
  kla('Managers die nog nooit een bed hebben opgemaakt bepalen hoe wij moeten werken. Fijn.', TW),
  kla('De maatschap weigert al maanden naar de verpleging te luisteren', TW),
  kla('Die nieuwe afdelingsarts kijkt nooit naar de patiënten om en laat alles aan ons over', FB),
  kla('Drie keer gemeld bij de leiding dat de tillift kapot is, nog steeds niks gedaan', FB),
  kla('Onze zorgorganisatie praat mooi op LinkedIn maar de werkvloer zakt door het ijs', LI),
  kla('Hoe een bestuurder zo met zijn personeel om kan gaan. Ontslaan die man.', TW),
  kla('Mijn werkgever betaalt al twee maanden te laat uit, ik kan mijn huur niet eens betalen', TW),
  kla('De nachtcoördinator was weer nergens te bekennen toen we hem nodig hadden', FB),
  kla('Ons ziekenhuis zegt dat patiëntveiligheid voorop staat maar laat ons met de helft van de bezetting draaien', TW),
  kla('De specialist laat de coassistenten alles alleen doen en zit zelf koffie te drinken', FB),
  // second batch
  kla('Ons MT heeft echt geen idee wat er op de werkvloer speelt, vergaderen is het enige wat ze doen', TW),
  kla('Mijn leidinggevende heeft mijn verlof weer afgewezen zonder reden, zo gaat dat hier altijd', FB),
  kla('Het wijkteam waar ik werk is een chaos, niemand weet wie wat doet en de cliënten wachten', TW),
  kla('Die huisartsenpraktijk hier verwijst nooit door, patiënten moeten maanden wachten. Echt slecht.', FB),
  kla('Collega’s die zich elke maandag ziek melden, en de teamleider doet er niks mee', FB),
  kla('De raad van bestuur weet niet eens hoe onze afdeling eruitziet', TW),
  kla('Al een half jaar vraag ik om een gesprek met mijn manager, ze blijft het afzeggen', FB),
  kla('Onze locatie is structureel onderbezet en de directie doet alsof alles prima loopt', LI),
  kla('Mijn baas noemt het flexibel werken, ik noem het uitbuiting', TW),
  kla('De zorgverzekeraar wijst de aanvraag van mijn cliënt voor de derde keer af, onmenselijk', TW),
  kla('Opleider op de afdeling neemt nooit tijd voor de aios, we worden aan ons lot overgelaten', TW),
  kla('Gemeente heeft de jeugdzorgbudgetten weer gekort, onze gezinnen staan in de kou. Bedankt wethouder.', TW),
  // third batch
  kla('Mijn afdelingshoofd loopt alleen binnen om te zeggen wat er fout gaat, nooit een compliment', FB),
  kla('De ziekenhuisdirectie denkt alleen aan geld en niet aan de patiënt', TW),
  kla('Weer een collega weg door de werkdruk en het management haalt de schouders op', TW),
  kla('Bij ons op de groep wordt gepest door de vaste krachten en de teamleider grijpt niet in', FB),
  kla('Die gynaecoloog van ons laat patiënten altijd een uur wachten en maakt dan geen excuses', FB),
  kla('Onze zorginstelling heeft de kerstpakketten geschrapt maar de bestuurders rijden in een Tesla', TW),
  kla('Ik heb drie keer een melding gedaan over onveilige situaties en er gebeurt helemaal niets', TW),
  kla('De instelling waar ik werk behandelt haar personeel als wegwerpartikelen', LI),
  kla('Dat onze leidinggevende altijd haar vriendinnetjes voortrekt bij het rooster, valt echt niemand op hè', FB),
  kla('Onze praktijkhouder betaalt de assistentes onder de cao, zo schandalig', TW),
];

const RELATIE: Voorbeeld[] = [
  rel('Hoi Sanne, nu je behandeling klaar is: zin om een keer koffie te drinken?', WA),
  rel('Hé Peter, leuk je gisteren bij je moeder te zien. Kom je zaterdag ook op mijn verjaardag?', WA),
  rel('Heerlijk gegeten met een oud-cliënte van me, we zijn echt vriendinnen nu', FB),
  rel('Na onze laatste sessie wil ik je best eens buiten de praktijk spreken, gewoon als vrienden', DM),
  rel('Zin om vrijdag een borrel te pakken? Dan hoef je me niet meer als je begeleider te zien haha', WA),
  rel('Ik ga deze zomer ook naar Kreta! Misschien kunnen we daar samen wat ondernemen', WA),
  rel('Ik heb je net toegevoegd op insta, volg je me terug? 😊', DM),
  rel('Je moeder vertelde dat jullie een tuinfeest geven, ik kom graag!', WA),
  rel('Samen met een voormalige cliënt een moestuinproject opgezet, we zijn inmiddels dikke maatjes', FB),
  rel('Hoe gaat het met jou en je scheiding? Wil je er vanavond even over bellen, gewoon privé?', WA),
  rel('Leuk dat je mijn date wilde zijn zaterdag 😘', WA),
  rel('Ik zag u zaterdag op de markt met uw kinderen, wat een leuk gezin heeft u!', WA_IN),
  rel('Zullen we na mijn behandeling een keer uit eten gaan? Ik trakteer', DM_IN),
  rel('Mag ik u iets vragen? Heeft u eigenlijk een vriend? 😳', WA_IN),
  rel('Ik heb je op Instagram gevonden, je hebt zo’n leuke hond!', DM_IN),
  rel('Ik vind u echt heel leuk, niet alleen als therapeut', WA_IN),
  rel('Kom je ook naar mijn verjaardagsfeest? Het zou fijn zijn als je er bent', DM_IN),
  rel('Ik droom vaak over je, is dat raar?', WA_IN),
  rel('Ik woon vlakbij, kom gerust eens langs voor een bakkie 😊', WA),
  rel('Dank voor je vriendschapsverzoek! Natuurlijk accepteer ik het 😊', DM),
  rel('Gisteravond met de vader van een van mijn pupillen naar het voetbal geweest, topavond', FB),
  rel('Zullen we volgende week samen naar de sauna? Lekker ontspannen na al die gesprekken', WA),
  rel('Ik heb uw huis gezien toen ik langs fietste, mooi hoor', SMS_IN),
  rel('Je bent altijd welkom bij mij thuis hoor, ook nu de begeleiding stopt', WA),
  rel('Heb je zin om eens iets leuks te doen, los van de therapie?', DM_IN),
  rel('Stuur me maar een berichtje op mijn privé-insta, dan kunnen we daar kletsen', DM),
  rel('Wij gaan met de hele familie uit eten voor mijn pensioen, u bent van harte uitgenodigd!', MAIL_IN),
  // second batch
  rel('Hoi Romy, zin om zaterdag mee te gaan naar de markt? Gezellig samen', WA),
  rel('Superleuk je gisteren in de kroeg tegen te komen! Volgende keer drinken we er echt eentje samen 🍻', DM),
  rel('Nu je ontslagen bent uit de kliniek kunnen we gewoon vrienden zijn toch?', WA),
  rel('Tof dat jullie me uitnodigden voor de bruiloft van jullie dochter, ik ben erbij!', WA),
  rel('Met een gezin uit mijn caseload naar een pretpark geweest, wat een dag!', FB),
  rel('Geef me je nummer dan app ik je na het werk even', DM),
  rel('Wat had u een mooie jurk aan op het schoolplein vandaag', WA_IN),
  rel('Zullen we een keertje gaan wandelen met de honden? Gewoon voor de gezelligheid', WA_IN),
  rel('Ik heb een cadeautje voor u gekocht, mag ik het bij u thuis brengen?', SMS_IN),
  rel('Jij bent de enige die me begrijpt. Kunnen we niet vaker afspreken, gewoon als vriendinnen?', DM_IN),
  rel('Mijn ex-cliënt vroeg of ik haar getuige wilde zijn op haar bruiloft, natuurlijk gezegd ja!', FB),
  rel('Volgende week ga ik met de moeder van mijn cliënt op stedentrip, hebben we zo gepland', FB),
  // third batch
  rel('Wat leuk dat je me hebt toegevoegd! Zullen we binnenkort eens bijkletsen?', DM),
  rel('Hoi Lisa, ik mis onze gesprekken nu je klaar bent. Zin om een keer te lunchen?', WA),
  rel('Met een van mijn cliënten ben ik vorige week naar haar familie in Marokko gereisd', FB),
  rel('Als je wil kun je dit weekend bij mij komen eten, mijn vrouw kookt lekker', WA),
  rel('Mag ik u eens uitnodigen voor een etentje als bedankje?', WA_IN),
  rel('Ik wil u graag beter leren kennen, buiten de spreekkamer', DM_IN),
  rel('U heeft zulke mooie ogen, dat wilde ik al lang zeggen', WA_IN),
  rel('Hey, ik zag je foto’s op Facebook van je vakantie, wat een mooie plek! Waar was dat?', DM_IN),
  rel('Ik vind het fijn om met je moeder te appen, ze is echt een vriendin geworden', FB),
  rel('Wil je mijn privé-mail? Dan kunnen we ook na de behandeling contact houden', MAIL),
];

const ADVIES: Voorbeeld[] = [
  adv('@ellen_76 neem gewoon 2 paracetamol om de 6 uur, dan zakt die koorts wel', TW),
  adv('@jaap1980 stop maar met die bloeddrukpillen als je er duizelig van wordt', TW),
  adv('@moeder_van_3 die plekjes bij je dochter zijn vast waterpokken, geen dokter nodig', TW),
  adv('@renske zo’n steek in je zij is echt niks, gewoon rustig aan doen', TW),
  adv('@tim_g probeer eens 10 mg melatonine voor het slapen', TW),
  adv('Aan de TS: jij hebt gewoon een burn-out. Ga er een maand tussenuit en slik ashwagandha.', FORUM),
  adv('@Linda ik zou die antibiotica lekker laten staan, die kuur is bij jou onzin', FBO),
  adv('@pietjepuk met hoofdpijn als die van jou hoef je echt niet naar de dokter, drink meer water', TW),
  adv('@sandra.b voor die angstaanvallen kun je het beste een halve oxazepam nemen', TW),
  adv('@kees_h verdubbel je insuline vanavond maar, dan komt het goed', TW),
  adv('@noor_22 dat is gewoon een spierpijntje, niks om je zorgen over te maken', TW),
  adv('@fitmama dat is bekkeninstabiliteit, doe deze oefening 3x per dag', IG),
  adv('@hans_vd probeer eerst eens zonder je lithium, dan zie je vanzelf of je het nodig hebt', TW),
  adv('@Vera82 je zoon heeft volgens mij ADHD, geef hem maar geen suiker meer', FORUM),
  adv('@m_jansen geef je baby gewoon een half zetpilletje, dan slaapt ze wel door', TW),
  adv('@Ricardo ik zou lekker doorgaan met sporten, die knie houdt het wel', FBO),
  adv('@annemiek02 bij jou is het vast hormonaal, slik de pil gewoon door zonder stopweek', TW),
  adv('@bramvdb die moedervlek ziet er onschuldig uit hoor, daar hoef je niet mee naar de dokter', TW),
  adv('@joyce_k smeer er hydrocortisonzalf op en het is in 3 dagen weg', TW),
  adv('@deniz_ak met zulke klachten kun je beter je sertraline halveren', TW),
  adv('Marco, jij hoeft echt niet naar de SEH hoor, dat gaat vanzelf over met rust en ijs', FORUM),
  adv('@lotte_m 3x daags 400 mg ibuprofen en je bent er zo vanaf', TW),
  adv('@sarahhh girl stop gewoon met die pillen, je lichaam weet zelf wel wat het nodig heeft', TT),
  adv('@wouter_z je kunt prima met die koorts naar je werk, is gewoon een griepje', TW),
  adv('@yvonne1965 dat tintelen in je handen is stress, ga een rondje wandelen en klaar', TW),
  adv('@daan_x geen zorgen, die hartkloppingen zijn onschuldig bij iemand van jouw leeftijd', TW),
  // second batch
  adv('@petra_r bij jou zou ik gewoon stoppen met die ijzertabletten, die heb je niet nodig', TW),
  adv('@lisa_vd dat is een klassieke migraine, pak meteen een triptan als je het voelt aankomen', TW),
  adv('@gerrit56 die druk op je borst is vast van je maag, neem een maagzuurremmer', TW),
  adv('@emma.b kan geen kwaad om je kind een slokje hoestdrank met codeïne te geven', TW),
  adv('@jesse probeer eerst eens een week geen gluten, dan weet je of het coeliakie is', IG),
  adv('@fleur_xx ik zou die spiraal er maar uit laten halen, daar komen je klachten van', TW),
  adv('Aan de TS: je moeder heeft gewoon beginnende dementie, zet haar maar in een verpleeghuis', FORUM),
  adv('@bas.k zwemmen met die oorontsteking kan prima hoor, doe gewoon oordopjes in', TW),
  adv('@ilse_m neem er een halve slaappil bij, dan slaap je wel door', TW),
  adv('@kevin_t dat litteken kun je prima met citroensap behandelen, werkt bij iedereen', TT),
  adv('@mariekeb die bult is gewoon een vetbolletje, laat maar zitten', TW),
  adv('@rob_w stop met je bètablokker, die maakt je alleen maar moe', TW),
  // third batch
  adv('@sophie_w met die buikpijn zou ik gewoon een paar dagen alleen beschuit eten', TW),
  adv('@henk1955 dat duizelige gevoel komt door je bloeddrukpillen, neem ze gewoon ’s avonds', TW),
  adv('@mila_z je kind heeft waarschijnlijk de krentenbaard, smeer er fucidin op', TW),
  adv('@tessa je hoeft je geen zorgen te maken, bij jou is het zeker geen borstkanker', TW),
  adv('@ruud_g je moet die pijnstillers niet meer nemen, daar word je alleen maar verslaafd aan', TW),
  adv('@anouk.l vitamine B12 spuiten zou ik bij jou zeker doen, dat lost je moeheid op', IG),
  adv('Beste Johan, uit je verhaal maak ik op dat je een hernia hebt. Rust nemen en niet tillen.', FORUM),
  adv('@kim_88 laat die antidepressiva gewoon staan, sporten werkt beter', TW),
  adv('@eva_p de pil van de morgen na kun je beter niet nemen, is slecht voor je', TW),
  adv('@rik.m dat oogje is gewoon een strontje, warm kompres erop en klaar', TW),
];

const CRISIS: Voorbeeld[] = [
  cri('Mijn vader praat opeens heel vreemd en zijn halve gezicht zakt weg', WA_IN),
  cri('Mijn moeder ligt op de grond en reageert nergens op', WA_IN),
  cri('Mijn zoontje ademt bijna niet meer hij wordt helemaal blauw', WA_IN),
  cri('Hij bloedt enorm uit zijn hoofd en het stopt niet', SMS_IN),
  cri('Ik heb al een uur een drukkende pijn in mijn borst en mijn linkerarm voelt raar', WA_IN),
  cri('Mijn dochter is gestoken door een wesp en haar keel en lippen zwellen op', WA_IN),
  cri('Ik heb een brief geschreven voor mijn ouders voor als ik er straks niet meer ben', WA_IN),
  cri('Ik hoop dat ik morgen gewoon niet meer wakker word', WA_IN),
  cri('Ik ben alleen maar een last voor iedereen, het is beter als ik er niet meer ben', DM_IN),
  cri('Ik sta op het spoor en wil dat het nu ophoudt', SMS_IN),
  cri('Heb net 30 oxazepam genomen met een fles wijn', WA_IN),
  cri('Ik heb weer in mijn benen gekrast met een glasscherf', WA_IN),
  cri('De stemmen zeggen dat ik mijn buurman moet straffen', WA_IN),
  cri('Mijn ex staat voor de deur te bonken en roept dat hij me kapot maakt', WA_IN),
  cri('Hij zegt dat hij de kleine iets aandoet als ik wegga', SMS_IN),
  cri('Mijn man heeft me gewurgd, ik zit nu opgesloten op de wc', WA_IN),
  cri('De buurkinderen van 4 en 6 lopen al de hele dag alleen rond, hun moeder is al twee dagen niet thuis', WA_IN),
  cri('Ik wil gaan slapen en nooit meer wakker worden', DM_IN),
  cri('Ik heb een plan hoe ik het ga doen, vanavond is het klaar', WA_IN),
  cri('mijn vriendin heeft een hele strip paracetamol geslikt en is heel suf', WA_IN),
  cri('Ik ben klaar met leven, sorry voor alles', WA_IN),
  cri('Mijn opa is net in elkaar gezakt en zegt niks meer', WA_IN),
  cri('Ze zeggen via de tv dat ik moet sterven en dat ik het zelf moet doen', WA_IN),
  cri('Mijn stiefvader heeft mijn broertje weer in elkaar getrapt', DM_IN),
  cri('help hij zwaait met een schaar en dreigt me te steken', SMS_IN),
  cri('Mijn baby van 3 maanden heeft 40,5 koorts en is heel slap', WA_IN),
  cri('Ik snij mezelf weer elke avond, ik kan niet stoppen', WA_IN),
  cri('ik wil niet meer verder, ik heb alle pillen hier voor me liggen', WA_IN),
  // second batch
  cri('Mijn man is van de trap gevallen en beweegt niet meer', WA_IN),
  cri('Mijn moeder zegt dat ze vannacht alle slaappillen gaat innemen', WA_IN),
  cri('Ik heb de scheermesjes weer gepakt, het is weer begonnen', WA_IN),
  cri('Ik zit op de rand van het balkon en durf niet terug', SMS_IN),
  cri('Mijn vriend zegt dat hij mij en de kinderen vannacht gaat afmaken', WA_IN),
  cri('Mijn dochter heeft iets gegeten met pinda en haar gezicht zwelt helemaal op, ze krijgt moeilijk adem', WA_IN),
  cri('Ik heb het gevoel dat iedereen beter af is als ik er niet meer ben', DM_IN),
  cri('Er staat iemand in mijn tuin met een honkbalknuppel en hij schreeuwt mijn naam', SMS_IN),
  cri('Mijn opa heeft ineens geen kracht meer in zijn rechterarm en hij praat met dubbele tong', WA_IN),
  cri('Ik heb vandaag afscheid genomen van mijn hond en mijn spullen weggegeven, het is goed zo', WA_IN),
  cri('Ik hoor God die zegt dat ik mijn kind moet offeren', WA_IN),
  cri('De baby van de buren huilt al uren en er doet niemand open, ik hoor geschreeuw', WA_IN),
  // third batch
  cri('Mijn vrouw is net gevallen en bloedt heel erg uit haar hoofd, ze is erg suf', WA_IN),
  cri('Ik heb alle tabletten uit het kastje genomen en nu word ik heel slaperig', WA_IN),
  cri('Mijn vader heeft het mes gepakt en zegt dat hij zichzelf iets gaat doen', SMS_IN),
  cri('Ik trek het niet meer, morgen spring ik van de flat', DM_IN),
  cri('Mijn zoon van 2 heeft schoonmaakmiddel gedronken en braakt', WA_IN),
  cri('De man van mijn cliënte heeft gedreigd haar te vermoorden en staat nu bij haar huis', WA_IN),
  cri('Hij heeft mij vannacht weer in elkaar geslagen en ik kan mijn arm niet meer bewegen', WA_IN),
  cri('Ik krijg het benauwd, mijn hart gaat tekeer en ik word helemaal koud en zweterig', WA_IN),
  cri('De stemmen willen dat ik het huis in brand steek', WA_IN),
  cri('Ik zou het liefst verdwijnen en nooit meer terugkomen, ik heb al een plek uitgezocht', WA_IN),
];

const BEELD: Voorbeeld[] = [
  bld('Onze bewoners bij het sinterklaasfeest, kijk die blije gezichten 📸', FB),
  bld('Even een kiekje van ons nachtploegje op de IC', IG),
  bld('Story staat online: dagje uit met de jongens van de groep 🎉', IG),
  bld('Reel van onze ochtendroutine op de afdeling, met gastrol van meneer Piet 😂', IG),
  bld('Livestream vanuit de dagbesteding vanmiddag, kom kijken!', FB),
  bld('Zie hieronder hoe mevrouw voor het eerst weer loopt na haar heupoperatie', FB),
  bld('Plaatje van mijn collega’s tijdens de late dienst, wat een toppers', IG),
  bld('Stiekem opgenomen hoe meneer onder de douche staat te zingen 🎶', TT),
  bld('Nieuwe vlog! Een dag meelopen met mij als wijkverpleegkundige, inclusief bezoekje aan mevrouw', TT),
  bld('Snapje van de wond van deze patiënt, best heftig 😬', IG),
  bld('Check de foto’s van ons bewonersuitje naar de dierentuin!', FB),
  bld('Groepsfoto met alle kinderen van de BSO-groep 💛', FB),
  bld('Opgenomen: mijn collega die in slaap valt tijdens de overdracht 😂', TT),
  bld('Deze pic van de bewoners tijdens het zomerfeest is goud', IG),
  bld('Ons team in actie tijdens de reanimatietraining, beelden in de comments', FB),
  bld('📸 bewonersuitje naar het strand', IG),
  bld('Tiktokje gemaakt met de cliënten van de dagbesteding, ze vonden het geweldig', IG),
  bld('Geniet mee van deze beelden van onze bewoners tijdens de muziekmiddag', FB),
  bld('Een portret van mevrouw met haar achterkleinkind, mocht ik van haar maken', FB),
  bld('Gisteren stiekem gefilmd: de dansjes van onze leerlingen tijdens de nachtdienst', FB),
  bld('Zwaai naar de camera! Onze jongeren van de woongroep op kanotocht', IG),
  bld('Swipe voor meer beelden van het kerstdiner met de bewoners ➡️', IG),
  bld('Screenshotje van de chat met de moeder van een pupil, je gelooft het niet', FB),
  bld('Hier een clipje van de kleine patiëntjes die hun diploma krijgen na de zwemles', FB),
  bld('Kijk wat een lieve lach van onze oudste bewoonster 🥰 (foto met toestemming)', FB),
  bld('Beelden van de brand in de zorgflat: wij haalden de bewoners eruit', TW),
  // second batch
  bld('Kijk onze topper van een bewoner eens stralen op zijn verjaardag 🎂📸', FB),
  bld('Even vastgelegd: de nachtdienst in actie op de SEH 💪', IG),
  bld('Klein filmpje van de eerste stapjes van ons prematuurtje op de afdeling 🥹', TT),
  bld('De bewoners op de dansvloer, video staat op ons kanaal!', FB),
  bld('Vanmiddag op de foto met mijn favoriete cliënt 😍', IG),
  bld('Bekijk de highlights van de bingomiddag met onze senioren', IG),
  bld('Ik deel een opname van een gesprek met een jongere uit de groep, zo herkenbaar', TT),
  bld('POV: je collega valt in slaap tijdens de overdracht', TT),
  bld('Hieronder een inkijkje in de behandelkamer met mevrouw tijdens haar wondzorg', IG),
  bld('Selfie met de jongens van de woongroep na het voetballen ⚽', IG),
  bld('Snapchat van de bewoner die zijn kunstgebit kwijt was hahaha', FB),
  bld('Röntgenfoto van de week: wie ziet de fractuur?', TW),
  // third batch
  bld('Vandaag op pad met onze bewoners naar de kinderboerderij, de foto’s spreken voor zich', FB),
  bld('Live vanaf de kraamafdeling: onze nieuwste wereldburger! 👶', IG),
  bld('Kijk wat een prachtig plaatje: opa en zijn kleinzoon op de palliatieve unit', FB),
  bld('Hebben jullie de TikTok van onze nachtdienst al gezien? Dansen op de gang 😂', FB),
  bld('Foto’s van de nieuwe decubituswond van onze patiënt, let op: niet voor gevoelige kijkers', FB),
  bld('Samen met mijn collega’s op de foto tijdens de pauze op de IC 🥰', IG),
  bld('Ik film stiekem hoe onze bewoner zijn eigen taal verzint, zo schattig', TT),
  bld('Videoverslag van de sportdag met de jongeren van de jeugdinstelling 🏃', FB),
  bld('Onze bewoonster straalt op de foto met haar nieuwe kapsel 💇‍♀️', FB),
  bld('Nieuwe post: een dag uit het leven van een ambulanceverpleegkundige, met beelden van de inzet van vannacht', IG),
];

const KANAAL: Voorbeeld[] = [
  kan('Hoi Esther, volgende sessie gaan we verder met je herbelevingen van het ongeluk. Schrijf tot dan je nachtmerries op.', WA),
  kan('Je CT-scan laat geen uitzaaiingen zien, goed nieuws dus!', WA),
  kan('Beste meneer Bakker, de deurwaarder komt donderdag beslag leggen op uw inboedel als de betalingsregeling niet rond is.', MAIL),
  kan('Hoi Kevin, je schuld bij het CJIB is nu 3400 euro, we moeten een schuldsanering aanvragen.', WA),
  kan('Uit de testen blijkt dat je zoon autisme heeft, we bespreken volgende week de vervolgstappen.', DM),
  kan('Je HbA1c was 64, dus we verhogen je metformine naar 2x daags.', WA),
  kan('Bij deze het psychologisch rapport van uw dochter met de conclusies over haar hechtingsproblematiek.', MAIL),
  kan('Zoals besproken heb je een matige depressie. Ik stel voor dat we met EMDR beginnen.', WA),
  kan('Uw kweek is positief op chlamydia, u krijgt een kuur azitromycine.', SMS),
  kan('Ik heb met je moeder gebeld over het huiselijk geweld thuis, Veilig Thuis is ingeschakeld.', WA),
  kan('Je leverwaarden zijn nog steeds slecht door je alcoholgebruik.', LIDM),
  kan('Vandaag in de therapie vertelde je over je vader die je sloeg. Hoe voel je je daar nu bij?', WA),
  kan('Hierbij de beschikking jeugdhulp en het verslag van het gesprek over de opvoedingsproblemen.', MAIL),
  kan('Je zwangerschapstest uit het lab was positief, gefeliciteerd!', WA),
  kan('Er is beslag gelegd op je loon, daarom is je uitkering deze maand lager.', WA),
  kan('De MRI laat een hernia zien tussen L4 en L5, we verwijzen je door naar de neurochirurg.', DM),
  kan('Je cholesterol is flink gestegen, we gaan beginnen met statines.', WA),
  kan('In de bijlage vindt u de ontslagbrief met de diagnose en de medicatielijst.', MAIL),
  kan('Je gaf in de sessie aan dat je soms aan de dood denkt. Laten we je veiligheidsplan doornemen.', WA),
  kan('Uw zoon heeft volgens de school een leerachterstand en we vermoeden dyslexie.', WA),
  kan('Je bloedsuikers waren te hoog, spuit vanaf vandaag 4 eenheden extra.', SMS),
  kan('Hoi Bas, de rechter heeft de ondertoezichtstelling van je dochter met een jaar verlengd.', WA),
  kan('Je angststoornis wordt waarschijnlijk in stand gehouden door je vermijdingsgedrag.', WA),
  kan('Beste Fatima, uw aanvraag voor schuldhulpverlening is afgewezen vanwege de openstaande belastingschuld.', MAIL),
  kan('De biopsie was helaas kwaadaardig, kun je morgen langskomen om het te bespreken?', WA),
  kan('Je urinekweek toont een blaasontsteking, ik heb nitrofurantoïne voor je klaargezet.', WA),
  // second batch
  kan('Hoi Noor, je vertelde vorige keer over je paniekaanvallen in de trein. Heb je de ademhalingsoefening gedaan?', WA),
  kan('Uw bloeddruk was te hoog bij de meting, we verhogen de amlodipine.', SMS),
  kan('Beste meneer, uw WMO-aanvraag is afgewezen omdat uw dochter mantelzorg kan bieden.', MAIL),
  kan('De jeugdbeschermer heeft laten weten dat de rechter een uithuisplaatsing overweegt.', WA),
  kan('Je PSA-waarde is gestegen, we willen een biopt afspreken.', WA),
  kan('Ik heb je verhaal over het misbruik door je oom doorgestuurd naar de vertrouwensarts.', WA),
  kan('Het incassobureau dreigt met beslag, we moeten vóór vrijdag een regeling treffen.', WA),
  kan('Uit het onderzoek blijkt dat uw moeder alzheimer heeft.', MAIL),
  kan('Je gaf aan dat je weer bent gaan blowen, laten we het daar in je behandelplan over hebben.', DM),
  kan('Uw kind heeft een ontwikkelingsachterstand, de logopedist adviseert extra begeleiding.', MAIL),
  kan('Je echo laat zien dat de cyste is gegroeid.', WA),
  kan('Na ons gesprek over je zelfbeschadiging wil ik je vragen het signaleringsplan in te vullen.', WA),
  // third batch
  kan('Hoi Jan, je hartfilmpje liet een ritmestoornis zien. We gaan je doorverwijzen naar de cardioloog.', WA),
  kan('Beste Sara, in de bijlage het verslag van je intelligentieonderzoek met de uitslagen.', MAIL),
  kan('Ik heb je gemeld bij Veilig Thuis vanwege de verwaarlozing van de kinderen.', WA),
  kan('Je leverenzymen zijn verhoogd, drink je nog steeds veel alcohol?', WA),
  kan('Uw zoon is gisteren opgenomen met een psychose en blijft voorlopig in de kliniek.', MAIL),
  kan('Hoi Mo, je hebt 12.000 euro schuld, de bewindvoerder neemt het vanaf nu over.', WA),
  kan('Je zei in de groep dat je je vader haat om wat hij gedaan heeft, wil je daar nog over praten?', DM),
  kan('Het uitstrijkje liet afwijkende cellen zien, u krijgt een verwijzing naar de gynaecoloog.', SMS),
  kan('De wijkagent heeft je zoon aangehouden voor winkeldiefstal, we moeten het hulpverleningsplan aanpassen.', WA),
  kan('Je zwangerschapsdiabetes is bevestigd, we starten met insuline.', WA),
];

const SCHOON: Voorbeeld[] = [
  schoon('Vandaag een mooie scholing gehad over valpreventie bij ouderen. Veel geleerd!', TW),
  schoon('Trots dat ik per 1 maart begin als praktijkondersteuner GGZ bij een huisartsenpraktijk.', LI),
  schoon('Griepprik al gehaald? De prikperiode loopt nog tot eind november. Vragen? Bel je huisarts.', TW),
  schoon('Op 12 april houden we een open dag op onze locatie. Iedereen is welkom!', FB),
  schoon('Dank voor uw reactie. Wat vervelend dat u lang moest wachten; we bellen u graag om het te bespreken.', ZK),
  schoon('Hoi, uw afspraak is verzet naar donderdag 10:15. Tot dan!', WA),
  schoon('Kan ik mijn herhaalrecept voor volgende week alvast aanvragen?', WA_IN),
  schoon('Goedemiddag, hoe gaat het met mijn moeder? Heeft ze vandaag goed gegeten?', WA_IN),
  schoon('Hitte op komst: drink voldoende water en let op kwetsbare buren.', TW),
  schoon('Nieuw artikel over samen beslissen in de palliatieve zorg. Link in de comments.', LI),
  schoon('Gezellig teamuitje gehad met collega’s, bowlen en daarna pizza 🍕', FB),
  schoon('De wachtlijsten in de jeugdzorg zijn te lang. Politiek, investeer in preventie.', TW),
  schoon('Zorg verdient een betere cao. Actie voor hogere lonen op 5 juni, wie doet mee?', FB),
  schoon('Wil jij mijn late dienst van zaterdag overnemen? Dan neem ik jouw vroege van woensdag.', WA),
  schoon('Hoe gaan jullie om met agressie aan de balie? Wij zoeken tips voor een training.', FORUM),
  schoon('Slaapproblemen? Een vast ritme en minder schermtijd helpen vaak. Blijft het, overleg met je huisarts.', TW),
  schoon('Ik sta in de file, ik ben 10 minuten later.', WA_IN),
  schoon('Mijn vader is sinds gisteren wat in de war, moet ik me zorgen maken? Hij is wel goed aanspreekbaar.', WA_IN),
  schoon('Weekendje Texel met vriendinnen, even bijtanken 🌊', IG),
  schoon('Vandaag mijn BIG-herregistratie rond. Op naar de volgende vijf jaar!', LI),
  schoon('Mooi symposium over eenzaamheid onder ouderen. Dank aan alle sprekers!', TW),
  schoon('Bedankt voor uw mooie woorden, we geven het compliment door aan het team.', ZK),
  schoon('Een cliënt vroeg me om vriendschap op Facebook. Ik heb vriendelijk uitgelegd dat ik dat niet doe.', FB),
  schoon('Ik ben uw begeleider, dus een vriendschap past daar niet bij. Ik zie u graag dinsdag bij ons gesprek.', WA),
  schoon('Wie gaat er vrijdag mee borrelen na de dienst? Collega’s, ik trakteer!', FB),
  schoon('Bel bij pijn op de borst altijd direct 112. Elke minuut telt.', TW),
  schoon('Ik heb de vragenlijst ingevuld, moet ik hem mailen of meenemen?', WA_IN),
  schoon('Mag mijn man mee naar het gesprek volgende week?', SMS_IN),
  schoon('Vandaag 25 jaar in dienst als wijkverpleegkundige. Nog elke dag leuk!', TW),
  schoon('Vacature: wij zoeken een GZ-psycholoog voor 24 uur. Reageren kan via de website.', LI),
  schoon('Antibiotica maak je af zoals voorgeschreven. Twijfel je? Vraag het je apotheker.', TW),
  schoon('Onze nieuwe brochure over mantelzorg is klaar. Af te halen bij de balie.', FB),
  schoon('Overdracht staat in het dossier, fijne avond!', WA),
  schoon('Hoe laat kan ik morgen bij mijn moeder op bezoek?', WA_IN),
  schoon('Is de praktijk tussen kerst en oud en nieuw open?', DM_IN),
  schoon('@hanneke_d goede vraag! Twijfel je over een moedervlek, laat hem dan bekijken door je huisarts.', TW),
  schoon('Ik vind het kabinetsbeleid rond de ouderenzorg kortzichtig, er moet meer geld naar de wijk.', TW),
  schoon('Wat ben ik moe na vier nachtdiensten. Nu eerst slapen 😴', FB),
  schoon('Nieuwe sneakers voor de lange diensten, mijn voeten zijn blij 👟', IG),
  schoon('Gisteren hardgelopen voor het goede doel, 10 km in 55 minuten!', TW),
  schoon('Blij met de samenwerking tussen wijkteam en huisartsen in onze regio. Korte lijnen werken.', LI),
  schoon('Bedankt voor het fijne gesprek van vandaag!', WA_IN),
  schoon('Ik ben vergeten hoe laat de afspraak was, kunt u het nog een keer sturen?', WA_IN),
  schoon('Tip voor studenten: vraag na elke dienst om feedback, je leert er zoveel van.', TW),
  schoon('Onze afdeling zoekt vrijwilligers voor de zondagmiddagactiviteiten. Interesse? Stuur een berichtje.', FB),
  schoon('Dementie: praat in korte zinnen en geef één keuze tegelijk. Meer tips op de site van Alzheimer Nederland.', TW),
  schoon('Mijn dochter heeft sinds vanochtend verhoging, 38,2. Moet ik langskomen of eerst afwachten?', WA_IN),
  schoon('Kerstmarkt in het verpleeghuis: vrijdag van 14 tot 17 uur, met koor en warme chocolademelk.', FB),
  schoon('Sta ik weer in de file op de A12. Fijne maandag allemaal 🙃', TW),
  schoon('Ik presenteer op het congres over digitale zorg. Kom je ook?', LI),
  schoon('Hoi, de fysiotherapeut komt morgen om 9 uur bij u langs.', WA),
  schoon('Beste mevrouw, hierbij de bevestiging van uw intakegesprek op 3 mei om 14.00 uur.', MAIL),
  schoon('Vandaag gesprekken over het levenseinde geoefend met acteurs. Intens, maar zo waardevol.', TW),
  schoon('Wie heeft ervaring met het nieuwe ECD? Wij stappen volgende maand over.', FORUM),
  schoon('Mijn moeder ligt sinds gisteren bij jullie op de afdeling, mag ik vanmiddag bellen hoe het gaat?', WA_IN),
  schoon('Zorgverzekeraars moeten ophouden met inkopen op prijs. Kwaliteit kost geld.', TW),
  schoon('Mijn eerste dag als leerling-verpleegkundige zit erop. Spannend maar leuk!', FB),
  schoon('Zondag met mijn eigen kinderen naar de dierentuin 🦒', IG),
  schoon('Hulde aan alle mantelzorgers vandaag, jullie zijn onmisbaar 💐', TW),
  schoon('Hoi, kan de afspraak van vrijdag ook online?', WA_IN),
  schoon('Vandaag geslaagd voor mijn master Advanced Nursing Practice 🎓', TW),
  schoon('Lieve collega’s, dank voor het afscheidscadeau. Ik ga jullie missen!', FB),
  schoon('Spanning hoort bij het leven. Belemmert angst je dagelijks, praat er dan over met je huisarts.', TW),
  schoon('Nieuwe fiets 🚲 klaar voor het woon-werkverkeer', IG),
  schoon('Mijn schoonmoeder is gevallen en heeft haar pols gebroken, ze ligt nu in het gips. Kan ik volgende week een afspraak maken?', WA_IN),
  schoon('Onze collega Anouk is geslaagd als wondconsulent, van harte gefeliciteerd!', LI),
  // second batch
  schoon('Ik ben vandaag begonnen als verpleegkundig specialist. Trots!', LI),
  schoon('Collega’s, wie heeft de sleutel van de medicijnkar gezien?', WA),
  schoon('Morgen scholing reanimatie om 9 uur in zaal 2. Vergeet je pasje niet.', WA),
  schoon('Wat een mooi artikel over de kracht van luisteren in de zorg. Aanrader!', LI),
  schoon('Vandaag mijn laatste dienst voor de vakantie. Tot over drie weken!', FB),
  schoon('Bewegen is goed voor je humeur. Een half uur wandelen per dag helpt al.', TW),
  schoon('Kunnen we het gesprek van donderdag verplaatsen naar 11 uur?', WA_IN),
  schoon('Dank u wel voor de goede zorg voor mijn vader de afgelopen weken.', MAIL_IN),
  schoon('Hoe gaat het met mijn zus? Mag ze al bezoek ontvangen?', WA_IN),
  schoon('We zijn op zoek naar een nieuwe collega voor ons wijkteam. Ken jij iemand?', LI),
  schoon('Bedankt voor uw feedback. We nemen contact met u op om het gesprek aan te gaan.', ZK),
  schoon('Vrijdag is er een informatiebijeenkomst over mantelzorg in het buurthuis.', FB),
  schoon('Hoi, ik heb de afspraak in de agenda gezet. Tot dinsdag!', WA),
  schoon('Ik vind dat er meer geld naar de ggz moet, de wachtlijsten zijn veel te lang.', TW),
  schoon('Ik ben ziek, kan ik mijn afspraak van morgen afzeggen?', SMS_IN),
  schoon('Weet iemand een goede cursus motiverende gespreksvoering? Tips welkom.', FORUM),
  schoon('Mooie dag gehad met mijn gezin aan zee ☀️', IG),
  schoon('Ik denk dat ik mijn medicatie verkeerd heb ingenomen, ik heb er twee genomen in plaats van één. Moet ik iets doen?', WA_IN),
  schoon('Welkom aan onze nieuwe leerlingen! Fijn dat jullie er zijn.', FB),
  schoon('Onze praktijk is op 27 april gesloten vanwege Koningsdag.', FB),
  schoon('Goed nieuws: de nieuwe cao is rond, met meer loon voor zorgmedewerkers.', TW),
  schoon('Ik kom vanavond wat later thuis, de overdracht liep uit.', WA),
  schoon('Mag ik mijn zoon meenemen naar de afspraak? Ik heb geen oppas.', SMS_IN),
  schoon('@jolanda_p bedankt voor je vraag! Bij aanhoudende klachten kun je het beste je huisarts bellen.', TW),
  schoon('Heerlijk gegeten met mijn vriendinnen van de opleiding, net als vroeger', FB),
  schoon('Een mevrouw vroeg me om een selfie, ik heb uitgelegd dat we geen foto’s maken op de afdeling.', FB),
  schoon('Ik ga morgen met mijn moeder naar de markt, gezellig', FB),
  schoon('De nieuwe werkgroep over agressie start in maart. Aanmelden bij het secretariaat.', WA),
  schoon('Overleg over de casus staat gepland op woensdag om 14 uur, verslag volgt via het beveiligde systeem.', MAIL),
  schoon('Wat fijn dat we na jaren weer een volledig team hebben op de afdeling!', FB),
  // third batch
  schoon('Vanavond de laatste les van mijn opleiding, bijna klaar!', FB),
  schoon('Wie wil er ruilen van dienst op 24 december?', WA),
  schoon('Het nieuwe protocol voor valpreventie staat op intranet.', WA),
  schoon('Prachtige zonsopkomst tijdens mijn fietstocht naar het werk 🌅', IG),
  schoon('Ik zoek een nieuwe uitdaging als jeugdzorgwerker in de regio, tips welkom!', LI),
  schoon('Kan ik morgen ook om half tien komen in plaats van negen uur?', WA_IN),
  schoon('Hoe lang duurt het voordat mijn verwijzing bij het ziekenhuis is?', MAIL_IN),
  schoon('Bedankt voor uw compliment, we zijn blij dat u zich welkom voelde.', ZK),
  schoon('Fijn dat er eindelijk meer aandacht is voor werkdruk in de zorg. Goed artikel!', TW),
  schoon('Vergeet niet: dinsdag teamoverleg om 13 uur.', WA),
  schoon('Wist je dat je je griepprik ook bij de apotheek kunt halen?', TW),
  schoon('Mijn moeder is gisteren bij jullie opgenomen, wanneer kan ik de arts spreken?', WA_IN),
  schoon('Goed gesprek gehad met de gemeente over de samenwerking in de wijk.', LI),
  schoon('Ik heb vandaag gesolliciteerd bij het UMC, duimen maar!', FB),
  schoon('Zullen we het teamuitje dit jaar in de Ardennen doen?', WA),
  schoon('Ik ben een beetje somber de laatste tijd, kunnen we dat volgende keer bespreken?', WA_IN),
  schoon('Is de parkeerplaats bij de poli gratis?', DM_IN),
  schoon('Interessante lezing over de nieuwe richtlijn hartfalen. Slides volgen.', LI),
  schoon('Heel fijn om te zien hoe de nieuwe collega’s al hun draai vinden!', FB),
  schoon('Mag ik mijn vriendin meenemen naar het eerste gesprek?', SMS_IN),
  schoon('Ik heb uitgelegd dat ik geen persoonlijke contacten met cliënten aanga, ze begreep het goed.', FB),
  schoon('Koffie en taart in de teamkamer, Sandra is jarig! 🎂', WA),
  schoon('Op zoek naar goede podcasts over palliatieve zorg. Iemand tips?', TW),
  schoon('Tip: zet je telefoon op stil tijdens het slapen na een nachtdienst.', TW),
  schoon('Vanaf maandag hebben we nieuwe openingstijden: 8 tot 17 uur.', FB),
];

/** The conduct labels this file is about (identifiability labels depend on the recognisers and are left out). */
const GEDRAG: ItemLabel[] = ['denigrerend', 'klacht-openbaar', 'persoonlijke-relatie', 'individueel-advies', 'crisis', 'beeldmateriaal', 'onveilig-kanaal'];

const gedragLabels = (x: Voorbeeld) => checkText(x.tekst, x.context).labels.filter((l) => GEDRAG.includes(l));

function recall(voorbeelden: Voorbeeld[]) {
  const gemist = voorbeelden.filter((x) => !x.verwacht.every((l) => gedragLabels(x).includes(l)));
  return { recall: 1 - gemist.length / voorbeelden.length, gemist: gemist.map((x) => x.tekst) };
}

describe('gedragsregels op nieuwe teksten', () => {
  const sets: Array<[string, Voorbeeld[]]> = [
    ['denigrerend', DENIGREREND],
    ['klacht-openbaar', KLACHT],
    ['persoonlijke-relatie', RELATIE],
    ['individueel-advies', ADVIES],
    ['crisis', CRISIS],
    ['beeldmateriaal', BEELD],
    ['onveilig-kanaal', KANAAL],
  ];
  it('heeft genoeg eigen voorbeelden per label', () => {
    for (const [, set] of sets) expect(set.length).toBeGreaterThanOrEqual(25);
    expect(SCHOON.length).toBeGreaterThanOrEqual(60);
  });
  for (const [label, set] of sets) {
    it(`herkent ${label} in de meeste nieuwe formuleringen`, () => {
      const r = recall(set);
      expect(r.recall, `${label} gemist:\n${r.gemist.join('\n')}`).toBeGreaterThanOrEqual(0.85);
    });
  }
  it('laat schone teksten (bijna) met rust: hoogstens twee op ruim negentig', () => {
    const vals = SCHOON.filter((x) => gedragLabels(x).length > 0).map((x) => `${gedragLabels(x).join(',')}: ${x.tekst}`);
    expect(vals.length, vals.join('\n')).toBeLessThanOrEqual(2);
  });
  it('voegt bij positieve voorbeelden geen gedragslabel toe uit een heel andere hoek', () => {
    // A crisis is only ever found in incoming messages; outgoing examples must not get it.
    const alle = sets.flatMap(([, s]) => s).filter((x) => (x.context.richting ?? 'uitgaand') === 'uitgaand');
    expect(alle.filter((x) => gedragLabels(x).includes('crisis'))).toHaveLength(0);
  });
});
