/**
 * Hand-written Dutch geography that complements the GeoNames town list (generated/plaatsen.ts): provinces,
 * regions, municipalities with names that are not a town, islands, and well-known neighbourhoods and
 * districts of the larger cities. Format: `name | category`, one per line; category is one of
 * provincie, regio, gemeente, plaats, wijk, eiland, buitenland (a city abroad: only after a locative cue). Written for Zorgvuldig from general knowledge.
 *
 * Decision: provinces (and the Randstad) are listed so that no other recogniser mistakes them for a name,
 * but they are NOT marked as LOCATIE: like a country, an area of one to several million people does not
 * narrow down who is meant. Regions, municipalities, towns, neighbourhoods and islands are LOCATIE.
 */
export default `
# Provinces (not LOCATIE, see above)
Friesland | provincie
Fryslân | provincie
Drenthe | provincie
Overijssel | provincie
Flevoland | provincie
Gelderland | provincie
Noord-Holland | provincie
Zuid-Holland | provincie
Zeeland | provincie
Noord-Brabant | provincie
Brabant | provincie
Limburg | provincie
Randstad | provincie
# Regions
Achterhoek | regio
Twente | regio
Salland | regio
Veluwe | regio
Betuwe | regio
Over-Betuwe | regio
Neder-Betuwe | regio
Liemers | regio
De Liemers | regio
Gooi | regio
Het Gooi | regio
Gooi en Vechtstreek | regio
Westland | regio
Westfriesland | regio
West-Friesland | regio
Zaanstreek | regio
Kennemerland | regio
Bollenstreek | regio
Duin- en Bollenstreek | regio
Alblasserwaard | regio
Krimpenerwaard | regio
Vijfheerenlanden | regio
Hoeksche Waard | regio
Voorne-Putten | regio
Goeree-Overflakkee | regio
Zeeuws-Vlaanderen | regio
Walcheren | regio
Zuid-Beveland | regio
Noord-Beveland | regio
Schouwen-Duiveland | regio
Tholen | regio
De Peel | regio
Peel | regio
Kempen | regio
De Kempen | regio
Meierij | regio
Langstraat | regio
Land van Heusden en Altena | regio
Bommelerwaard | regio
Rivierenland | regio
Gelderse Vallei | regio
Food Valley | regio
Kromme Rijnstreek | regio
Utrechtse Heuvelrug | regio
Eemland | regio
Vechtstreek | regio
Groene Hart | regio
Het Groene Hart | regio
Drechtsteden | regio
Waterland | regio
Noordoostpolder | regio
Kop van Noord-Holland | regio
Kop van Overijssel | regio
Oostergo | regio
Westergo | regio
Zuidwest-Friesland | regio
Ommelanden | regio
Oldambt | regio
Westerwolde | regio
Veenkoloniën | regio
Hunsrug | regio
Hondsrug | regio
Zuid-Limburg | regio
Noord-Limburg | regio
Midden-Limburg | regio
Heuvelland | regio
Mergelland | regio
Parkstad | regio
Vechtdal | regio
Noordoost-Twente | regio
Stedendriehoek | regio
Wadden | regio
Waddeneilanden | regio
Biesbosch | regio
# Islands
Texel | eiland
Vlieland | eiland
Terschelling | eiland
Ameland | eiland
Schiermonnikoog | eiland
Rottumeroog | eiland
Marken | eiland
Urk | eiland
Pampus | eiland
Tiengemeten | eiland
IJsselmonde | eiland
# Cities and municipalities that GeoNames names differently or lacks
Den Haag | plaats
's-Gravenhage | plaats
Den Bosch | plaats
's-Hertogenbosch | plaats
Súdwest-Fryslân | gemeente
Het Hogeland | gemeente
Westerkwartier | gemeente
Midden-Groningen | gemeente
Eemsdelta | gemeente
De Fryske Marren | gemeente
Noardeast-Fryslân | gemeente
Waadhoeke | gemeente
Smallingerland | gemeente
Opsterland | gemeente
Ooststellingwerf | gemeente
Weststellingwerf | gemeente
Tytsjerksteradiel | gemeente
Achtkarspelen | gemeente
Dantumadiel | gemeente
Heerenveen | gemeente
Aa en Hunze | gemeente
Borger-Odoorn | gemeente
Midden-Drenthe | gemeente
Tynaarlo | gemeente
De Wolden | gemeente
Dinkelland | gemeente
Hof van Twente | gemeente
Twenterand | gemeente
Berkelland | gemeente
Oost Gelre | gemeente
Oude IJsselstreek | gemeente
Montferland | gemeente
Lingewaard | gemeente
Overbetuwe | gemeente
West Betuwe | gemeente
West Maas en Waal | gemeente
Maasdriel | gemeente
Stichtse Vecht | gemeente
De Ronde Venen | gemeente
Lopik | gemeente
Molenlanden | gemeente
Alblasserdam | gemeente
Hollands Kroon | gemeente
Schagen | gemeente
Dijk en Waard | gemeente
Drechterland | gemeente
Stede Broec | gemeente
Koggenland | gemeente
Opmeer | gemeente
Medemblik | gemeente
Haarlemmermeer | gemeente
Zaanstad | gemeente
Landsmeer | gemeente
Oostzaan | gemeente
Edam-Volendam | gemeente
Gooise Meren | gemeente
Wijdemeren | gemeente
Hilversum | gemeente
Kaag en Braassem | gemeente
Teylingen | gemeente
Nissewaard | gemeente
Lansingerland | gemeente
Pijnacker-Nootdorp | gemeente
Midden-Delfland | gemeente
Leidschendam-Voorburg | gemeente
Alphen aan den Rijn | gemeente
Bodegraven-Reeuwijk | gemeente
Zuidplas | gemeente
Krimpen aan den IJssel | gemeente
Capelle aan den IJssel | gemeente
Hendrik-Ido-Ambacht | gemeente
Sluis | gemeente
Veere | gemeente
Borsele | gemeente
Kapelle | gemeente
Reimerswaal | gemeente
Hulst | gemeente
Terneuzen | gemeente
Altena | gemeente
Meierijstad | gemeente
Bernheze | gemeente
Land van Cuijk | gemeente
Maashorst | gemeente
Gemert-Bakel | gemeente
Laarbeek | gemeente
Heeze-Leende | gemeente
Cranendonck | gemeente
Bergeijk | gemeente
Peel en Maas | gemeente
Horst aan de Maas | gemeente
Leudal | gemeente
Maasgouw | gemeente
Echt-Susteren | gemeente
Beekdaelen | gemeente
Eijsden-Margraten | gemeente
Gulpen-Wittem | gemeente
Vaals | gemeente
Sittard-Geleen | gemeente
Stein | gemeente
# Frisian and Limburg towns (GeoNames spellings differ or are missing)
Ljouwert | plaats
Snits | plaats
Drachten | plaats
Harns | plaats
Dokkum | plaats
Joure | plaats
Wolvega | plaats
Burgum | plaats
Buitenpost | plaats
Franeker | plaats
Bolsward | plaats
Workum | plaats
Makkum | plaats
Lemmer | plaats
Balk | plaats
Gorredijk | plaats
Grou | plaats
Akkrum | plaats
Heerlen | plaats
Kerkrade | plaats
Brunssum | plaats
Landgraaf | plaats
Valkenburg | plaats
Roermond | plaats
Venlo | plaats
Venray | plaats
Weert | plaats
Maastricht | plaats
Geleen | plaats
Sittard | plaats
Meerssen | plaats
Gulpen | plaats
Margraten | plaats
Panningen | plaats
Tegelen | plaats
Blerick | plaats
# Dutch names of cities abroad (GeoNames has the local or English name); only LOCATIE after in/uit/naar/te…
Antwerpen | buitenland
Brussel | buitenland
Gent | buitenland
Luik | buitenland
Leuven | buitenland
Brugge | buitenland
Keulen | buitenland
Aken | buitenland
Berlijn | buitenland
Parijs | buitenland
Londen | buitenland
Rome | buitenland
Praag | buitenland
Wenen | buitenland
Warschau | buitenland
Krakau | buitenland
Kopenhagen | buitenland
Lissabon | buitenland
Athene | buitenland
Moskou | buitenland
Kiev | buitenland
Istanboel | buitenland
Ankara | buitenland
Izmir | buitenland
Rabat | buitenland
Casablanca | buitenland
Tanger | buitenland
Nador | buitenland
Al Hoceima | buitenland
Damascus | buitenland
Aleppo | buitenland
Paramaribo | buitenland
Willemstad | buitenland
Oranjestad | buitenland
Kralendijk | buitenland
Philipsburg | buitenland
# Neighbourhoods and districts of the larger cities
Bijlmer | wijk
Bijlmermeer | wijk
Zuidoost | wijk
Amsterdam-Noord | wijk
Amsterdam-Zuidoost | wijk
Amsterdam-West | wijk
Amsterdam-Oost | wijk
Nieuw-West | wijk
Osdorp | wijk
Slotervaart | wijk
Geuzenveld | wijk
Bos en Lommer | wijk
De Pijp | wijk
Jordaan | wijk
De Jordaan | wijk
Oud-West | wijk
De Baarsjes | wijk
Indische Buurt | wijk
Dapperbuurt | wijk
Watergraafsmeer | wijk
IJburg | wijk
Buitenveldert | wijk
Gaasperdam | wijk
Ganzenpoort | wijk
Holendrecht | wijk
Kolenkit | wijk
Transvaalbuurt | wijk
Schilderswijk | wijk
Transvaal | wijk
Laak | wijk
Moerwijk | wijk
Escamp | wijk
Bouwlust | wijk
Vrederust | wijk
Duindorp | wijk
Scheveningen | wijk
Mariahoeve | wijk
Ypenburg | wijk
Leidschenveen | wijk
Wateringse Veld | wijk
Segbroek | wijk
Statenkwartier | wijk
Feijenoord | wijk
Feyenoord | wijk
Afrikaanderwijk | wijk
Bloemhof | wijk
Hillesluis | wijk
Katendrecht | wijk
Charlois | wijk
Tarwewijk | wijk
Carnisse | wijk
Pendrecht | wijk
Zuidwijk | wijk
Lombardijen | wijk
Delfshaven | wijk
Spangen | wijk
Bospolder | wijk
Tussendijken | wijk
Middelland | wijk
Oude Westen | wijk
Het Oude Westen | wijk
Crooswijk | wijk
Kralingen | wijk
Ommoord | wijk
Prins Alexander | wijk
Hoogvliet | wijk
Overschie | wijk
Kop van Zuid | wijk
Kanaleneiland | wijk
Overvecht | wijk
Lombok | wijk
Ondiep | wijk
Zuilen | wijk
Leidsche Rijn | wijk
Vleuten-De Meern | wijk
Hoograven | wijk
Lunetten | wijk
Tuindorp | wijk
Wittevrouwen | wijk
Wijk C | wijk
Woensel | wijk
Woensel-Noord | wijk
Strijp | wijk
Strijp-S | wijk
Tongelre | wijk
Gestel | wijk
Stratum | wijk
Doornakkers | wijk
Selwerd | wijk
Paddepoel | wijk
Vinkhuizen | wijk
Beijum | wijk
Lewenborg | wijk
De Wijert | wijk
Oosterpark | wijk
Korrewegwijk | wijk
Hoogkerk | wijk
Malburgen | wijk
Presikhaaf | wijk
Rijkerswoerd | wijk
Klarendal | wijk
Dukenburg | wijk
Lindenholt | wijk
Hatert | wijk
Lent | wijk
Nijmegen-Oost | wijk
Velve-Lindenhof | wijk
Wesselerbrink | wijk
Deppenbroek | wijk
Stokhorst | wijk
Kanaleneiland-Zuid | wijk
Holtenbroek | wijk
Stadshagen | wijk
Aalanden | wijk
Rivierenwijk | wijk
Kruidenbuurt | wijk
Groenewoud | wijk
Zandberg | wijk
Haagse Beemden | wijk
Hoge Vucht | wijk
Tilburg-Noord | wijk
Reeshof | wijk
Groenewoud | wijk
Kortenbosch | wijk
Stadsdriehoek | wijk
Lelystad-Haven | wijk
Almere Buiten | wijk
Almere Haven | wijk
Almere Poort | wijk
Almere Stad | wijk
Zoetermeer-Oost | wijk
Meerzicht | wijk
Haarlem-Noord | wijk
Schalkwijk | wijk
Zeeheldenkwartier | wijk
Malieveld | wijk
`;
