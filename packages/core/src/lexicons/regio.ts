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
# Municipalities and their main towns, by province (from general knowledge; GeoNames misses some)
Eemsdelta | gemeente
Groningen | gemeente
Het Hogeland | gemeente
Midden-Groningen | gemeente
Oldambt | gemeente
Pekela | gemeente
Stadskanaal | gemeente
Veendam | gemeente
Westerkwartier | gemeente
Westerwolde | gemeente
Appingedam | gemeente
Delfzijl | gemeente
Hoogezand | gemeente
Winschoten | gemeente
Leek | gemeente
Zuidhorn | gemeente
Haren | gemeente
Ten Boer | gemeente
Slochteren | gemeente
Bedum | gemeente
Winsum | gemeente
Uithuizen | gemeente
Warffum | gemeente
Ter Apel | gemeente
Vlagtwedde | gemeente
Bellingwolde | gemeente
Zoutkamp | gemeente
Achtkarspelen | gemeente
Ameland | gemeente
Dantumadiel | gemeente
De Fryske Marren | gemeente
Harlingen | gemeente
Heerenveen | gemeente
Leeuwarden | gemeente
Noardeast-Fryslân | gemeente
Ooststellingwerf | gemeente
Opsterland | gemeente
Schiermonnikoog | gemeente
Smallingerland | gemeente
Súdwest-Fryslân | gemeente
Terschelling | gemeente
Tytsjerksteradiel | gemeente
Vlieland | gemeente
Waadhoeke | gemeente
Weststellingwerf | gemeente
Sneek | gemeente
Drachten | gemeente
Franeker | gemeente
Dokkum | gemeente
Bolsward | gemeente
Joure | gemeente
Wolvega | gemeente
Oosterwolde | gemeente
Gorredijk | gemeente
Burgum | gemeente
Surhuisterveen | gemeente
Kollum | gemeente
Stiens | gemeente
Sint Annaparochie | gemeente
Hindeloopen | gemeente
Stavoren | gemeente
Sloten | gemeente
IJlst | gemeente
Workum | gemeente
Makkum | gemeente
Lemmer | gemeente
Balk | gemeente
Grou | gemeente
Akkrum | gemeente
Aa en Hunze | gemeente
Assen | gemeente
Borger-Odoorn | gemeente
Coevorden | gemeente
De Wolden | gemeente
Emmen | gemeente
Hoogeveen | gemeente
Meppel | gemeente
Midden-Drenthe | gemeente
Noordenveld | gemeente
Tynaarlo | gemeente
Westerveld | gemeente
Roden | gemeente
Beilen | gemeente
Zuidlaren | gemeente
Eelde | gemeente
Gieten | gemeente
Gasselte | gemeente
Borger | gemeente
Odoorn | gemeente
Klazienaveen | gemeente
Emmer-Compascuum | gemeente
Nieuw-Amsterdam | gemeente
Dalen | gemeente
Zuidwolde | gemeente
Ruinen | gemeente
Havelte | gemeente
Diever | gemeente
Dwingeloo | gemeente
Vledder | gemeente
Westerbork | gemeente
Smilde | gemeente
Peize | gemeente
Almelo | gemeente
Borne | gemeente
Dalfsen | gemeente
Deventer | gemeente
Dinkelland | gemeente
Enschede | gemeente
Haaksbergen | gemeente
Hardenberg | gemeente
Hellendoorn | gemeente
Hengelo | gemeente
Hof van Twente | gemeente
Kampen | gemeente
Losser | gemeente
Oldenzaal | gemeente
Olst-Wijhe | gemeente
Ommen | gemeente
Raalte | gemeente
Rijssen-Holten | gemeente
Rijssen | gemeente
Holten | gemeente
Staphorst | gemeente
Steenwijkerland | gemeente
Steenwijk | gemeente
Tubbergen | gemeente
Twenterand | gemeente
Vriezenveen | gemeente
Wierden | gemeente
Zwartewaterland | gemeente
Zwolle | gemeente
Nijverdal | gemeente
Goor | gemeente
Delden | gemeente
Markelo | gemeente
Denekamp | gemeente
Ootmarsum | gemeente
Weerselo | gemeente
Vroomshoop | gemeente
Genemuiden | gemeente
Hasselt | gemeente
IJsselmuiden | gemeente
Dedemsvaart | gemeente
Nieuwleusen | gemeente
Lemelerveld | gemeente
Heino | gemeente
Wijhe | gemeente
Olst | gemeente
Vollenhove | gemeente
Blokzijl | gemeente
Giethoorn | gemeente
Enter | gemeente
Glanerbrug | gemeente
Boekelo | gemeente
Neede | gemeente
Eibergen | gemeente
Almere | gemeente
Dronten | gemeente
Lelystad | gemeente
Noordoostpolder | gemeente
Urk | gemeente
Zeewolde | gemeente
Emmeloord | gemeente
Biddinghuizen | gemeente
Swifterbant | gemeente
Aalten | gemeente
Apeldoorn | gemeente
Arnhem | gemeente
Barneveld | gemeente
Berg en Dal | gemeente
Berkelland | gemeente
Beuningen | gemeente
Bronckhorst | gemeente
Brummen | gemeente
Buren | gemeente
Culemborg | gemeente
Doesburg | gemeente
Doetinchem | gemeente
Druten | gemeente
Duiven | gemeente
Ede | gemeente
Elburg | gemeente
Epe | gemeente
Ermelo | gemeente
Harderwijk | gemeente
Hattem | gemeente
Heerde | gemeente
Heumen | gemeente
Lingewaard | gemeente
Lochem | gemeente
Maasdriel | gemeente
Montferland | gemeente
Neder-Betuwe | gemeente
Nijkerk | gemeente
Nijmegen | gemeente
Nunspeet | gemeente
Oldebroek | gemeente
Oost Gelre | gemeente
Oude IJsselstreek | gemeente
Overbetuwe | gemeente
Putten | gemeente
Renkum | gemeente
Rheden | gemeente
Rozendaal | gemeente
Scherpenzeel | gemeente
Tiel | gemeente
Voorst | gemeente
Wageningen | gemeente
West Betuwe | gemeente
West Maas en Waal | gemeente
Westervoort | gemeente
Wijchen | gemeente
Winterswijk | gemeente
Zaltbommel | gemeente
Zevenaar | gemeente
Zutphen | gemeente
Groesbeek | gemeente
Ulft | gemeente
Gendringen | gemeente
Dinxperlo | gemeente
Lichtenvoorde | gemeente
Groenlo | gemeente
Borculo | gemeente
Ruurlo | gemeente
Vorden | gemeente
Zelhem | gemeente
Didam | gemeente
's-Heerenberg | gemeente
Huissen | gemeente
Bemmel | gemeente
Elst | gemeente
Zetten | gemeente
Kesteren | gemeente
Opheusden | gemeente
Geldermalsen | gemeente
Leerdam | gemeente
Gorinchem | gemeente
Velp | gemeente
Dieren | gemeente
Oosterbeek | gemeente
Doorwerth | gemeente
Wolfheze | gemeente
Lunteren | gemeente
Bennekom | gemeente
Veenendaal | gemeente
Wezep | gemeente
't Harde | gemeente
Hoevelaken | gemeente
Voorthuizen | gemeente
Twello | gemeente
Vaassen | gemeente
Beekbergen | gemeente
Loenen | gemeente
Eerbeek | gemeente
Lent | gemeente
Malden | gemeente
Molenhoek | gemeente
Ooij | gemeente
Amersfoort | gemeente
Baarn | gemeente
De Bilt | gemeente
Bunnik | gemeente
Bunschoten | gemeente
Eemnes | gemeente
Houten | gemeente
IJsselstein | gemeente
Leusden | gemeente
Lopik | gemeente
Montfoort | gemeente
Nieuwegein | gemeente
Oudewater | gemeente
Renswoude | gemeente
Rhenen | gemeente
De Ronde Venen | gemeente
Soest | gemeente
Stichtse Vecht | gemeente
Utrecht | gemeente
Utrechtse Heuvelrug | gemeente
Vijfheerenlanden | gemeente
Wijk bij Duurstede | gemeente
Woerden | gemeente
Woudenberg | gemeente
Zeist | gemeente
Maarssen | gemeente
Breukelen | gemeente
Mijdrecht | gemeente
Vinkeveen | gemeente
Bilthoven | gemeente
Driebergen | gemeente
Doorn | gemeente
Amerongen | gemeente
Leersum | gemeente
Maarn | gemeente
Vianen | gemeente
Spakenburg | gemeente
Soesterberg | gemeente
Den Dolder | gemeente
Odijk | gemeente
Harmelen | gemeente
Kockengen | gemeente
Aalsmeer | gemeente
Alkmaar | gemeente
Amstelveen | gemeente
Amsterdam | gemeente
Beemster | gemeente
Bergen | gemeente
Beverwijk | gemeente
Blaricum | gemeente
Bloemendaal | gemeente
Castricum | gemeente
Diemen | gemeente
Dijk en Waard | gemeente
Drechterland | gemeente
Edam-Volendam | gemeente
Enkhuizen | gemeente
Gooise Meren | gemeente
Haarlem | gemeente
Haarlemmermeer | gemeente
Heemskerk | gemeente
Heemstede | gemeente
Heiloo | gemeente
Den Helder | gemeente
Hilversum | gemeente
Hollands Kroon | gemeente
Hoorn | gemeente
Huizen | gemeente
Koggenland | gemeente
Landsmeer | gemeente
Laren | gemeente
Medemblik | gemeente
Oostzaan | gemeente
Opmeer | gemeente
Ouder-Amstel | gemeente
Purmerend | gemeente
Schagen | gemeente
Stede Broec | gemeente
Texel | gemeente
Uitgeest | gemeente
Uithoorn | gemeente
Velsen | gemeente
Waterland | gemeente
Weesp | gemeente
Wijdemeren | gemeente
Wormerland | gemeente
Zaanstad | gemeente
Zandvoort | gemeente
Hoofddorp | gemeente
Nieuw-Vennep | gemeente
Badhoevedorp | gemeente
IJmuiden | gemeente
Naarden | gemeente
Bussum | gemeente
Muiden | gemeente
Loosdrecht | gemeente
Kortenhoef | gemeente
Ankeveen | gemeente
Zaandam | gemeente
Wormer | gemeente
Krommenie | gemeente
Assendelft | gemeente
Wormerveer | gemeente
Monnickendam | gemeente
Volendam | gemeente
Edam | gemeente
Heerhugowaard | gemeente
Langedijk | gemeente
Anna Paulowna | gemeente
Wieringen | gemeente
Hippolytushoef | gemeente
Julianadorp | gemeente
Egmond aan Zee | gemeente
Schoorl | gemeente
Limmen | gemeente
Akersloot | gemeente
Wognum | gemeente
Zwaag | gemeente
Venhuizen | gemeente
Abbekerk | gemeente
Lutjebroek | gemeente
Bovenkarspel | gemeente
Grootebroek | gemeente
Wervershoof | gemeente
Andijk | gemeente
Obdam | gemeente
Hensbroek | gemeente
Spierdijk | gemeente
Alblasserdam | gemeente
Albrandswaard | gemeente
Alphen aan den Rijn | gemeente
Barendrecht | gemeente
Bodegraven-Reeuwijk | gemeente
Capelle aan den IJssel | gemeente
Delft | gemeente
Dordrecht | gemeente
Goeree-Overflakkee | gemeente
Gouda | gemeente
Den Haag | gemeente
Hardinxveld-Giessendam | gemeente
Hendrik-Ido-Ambacht | gemeente
Hillegom | gemeente
Hoeksche Waard | gemeente
Kaag en Braassem | gemeente
Katwijk | gemeente
Krimpen aan den IJssel | gemeente
Krimpenerwaard | gemeente
Lansingerland | gemeente
Leiden | gemeente
Leiderdorp | gemeente
Leidschendam-Voorburg | gemeente
Lisse | gemeente
Maassluis | gemeente
Midden-Delfland | gemeente
Molenlanden | gemeente
Nieuwkoop | gemeente
Nissewaard | gemeente
Noordwijk | gemeente
Oegstgeest | gemeente
Papendrecht | gemeente
Pijnacker-Nootdorp | gemeente
Ridderkerk | gemeente
Rijswijk | gemeente
Rotterdam | gemeente
Schiedam | gemeente
Sliedrecht | gemeente
Teylingen | gemeente
Vlaardingen | gemeente
Voorne aan Zee | gemeente
Voorschoten | gemeente
Waddinxveen | gemeente
Wassenaar | gemeente
Westland | gemeente
Zoetermeer | gemeente
Zoeterwoude | gemeente
Zuidplas | gemeente
Zwijndrecht | gemeente
Spijkenisse | gemeente
Hellevoetsluis | gemeente
Brielle | gemeente
Westvoorne | gemeente
Rozenburg | gemeente
Naaldwijk | gemeente
Poeldijk | gemeente
Wateringen | gemeente
's-Gravenzande | gemeente
De Lier | gemeente
Honselersdijk | gemeente
Berkel en Rodenrijs | gemeente
Bergschenhoek | gemeente
Bleiswijk | gemeente
Nootdorp | gemeente
Pijnacker | gemeente
Voorburg | gemeente
Leidschendam | gemeente
Sassenheim | gemeente
Voorhout | gemeente
Warmond | gemeente
Rijnsburg | gemeente
Valkenburg | gemeente
Noordwijkerhout | gemeente
Boskoop | gemeente
Bodegraven | gemeente
Reeuwijk | gemeente
Nieuwerkerk aan den IJssel | gemeente
Moordrecht | gemeente
Schoonhoven | gemeente
Bergambacht | gemeente
Ouderkerk aan den IJssel | gemeente
Lekkerkerk | gemeente
Oud-Beijerland | gemeente
Puttershoek | gemeente
's-Gravendeel | gemeente
Strijen | gemeente
Numansdorp | gemeente
Middelharnis | gemeente
Sommelsdijk | gemeente
Dirksland | gemeente
Ouddorp | gemeente
Stellendam | gemeente
Hoogvliet | gemeente
Pernis | gemeente
Rhoon | gemeente
Poortugaal | gemeente
Borsele | gemeente
Goes | gemeente
Hulst | gemeente
Kapelle | gemeente
Middelburg | gemeente
Noord-Beveland | gemeente
Reimerswaal | gemeente
Schouwen-Duiveland | gemeente
Sluis | gemeente
Terneuzen | gemeente
Tholen | gemeente
Veere | gemeente
Vlissingen | gemeente
Zierikzee | gemeente
Yerseke | gemeente
Kruiningen | gemeente
Axel | gemeente
Sas van Gent | gemeente
Oostburg | gemeente
Breskens | gemeente
Cadzand | gemeente
Aardenburg | gemeente
Domburg | gemeente
Westkapelle | gemeente
Zoutelande | gemeente
Arnemuiden | gemeente
Kamperland | gemeente
Brouwershaven | gemeente
Renesse | gemeente
Bruinisse | gemeente
Sint-Maartensdijk | gemeente
Sint Philipsland | gemeente
Heinkenszand | gemeente
Alphen-Chaam | gemeente
Altena | gemeente
Asten | gemeente
Baarle-Nassau | gemeente
Bergen op Zoom | gemeente
Bernheze | gemeente
Best | gemeente
Bladel | gemeente
Boekel | gemeente
Boxtel | gemeente
Breda | gemeente
Cranendonck | gemeente
Deurne | gemeente
Dongen | gemeente
Drimmelen | gemeente
Eersel | gemeente
Eindhoven | gemeente
Etten-Leur | gemeente
Geertruidenberg | gemeente
Geldrop-Mierlo | gemeente
Gemert-Bakel | gemeente
Gilze en Rijen | gemeente
Goirle | gemeente
Halderberge | gemeente
Heeze-Leende | gemeente
Helmond | gemeente
's-Hertogenbosch | gemeente
Heusden | gemeente
Hilvarenbeek | gemeente
Land van Cuijk | gemeente
Laarbeek | gemeente
Loon op Zand | gemeente
Maashorst | gemeente
Meierijstad | gemeente
Moerdijk | gemeente
Nuenen | gemeente
Oirschot | gemeente
Oisterwijk | gemeente
Oosterhout | gemeente
Oss | gemeente
Reusel-De Mierden | gemeente
Roosendaal | gemeente
Rucphen | gemeente
Sint-Michielsgestel | gemeente
Someren | gemeente
Son en Breugel | gemeente
Steenbergen | gemeente
Tilburg | gemeente
Valkenswaard | gemeente
Veldhoven | gemeente
Vught | gemeente
Waalre | gemeente
Waalwijk | gemeente
Woensdrecht | gemeente
Zundert | gemeente
Uden | gemeente
Veghel | gemeente
Schijndel | gemeente
Sint-Oedenrode | gemeente
Cuijk | gemeente
Boxmeer | gemeente
Grave | gemeente
Mill | gemeente
Gemert | gemeente
Bakel | gemeente
Geldrop | gemeente
Mierlo | gemeente
Budel | gemeente
Bergeijk | gemeente
Hapert | gemeente
Made | gemeente
Terheijden | gemeente
Raamsdonksveer | gemeente
Kaatsheuvel | gemeente
Drunen | gemeente
Vlijmen | gemeente
Rosmalen | gemeente
Berlicum | gemeente
Den Dungen | gemeente
Heesch | gemeente
Nistelrode | gemeente
Ravenstein | gemeente
Zevenbergen | gemeente
Klundert | gemeente
Fijnaart | gemeente
Standdaarbuiten | gemeente
Oudenbosch | gemeente
Hoeven | gemeente
Ossendrecht | gemeente
Hoogerheide | gemeente
Putte | gemeente
Huijbergen | gemeente
Sprundel | gemeente
Dussen | gemeente
Werkendam | gemeente
Woudrichem | gemeente
Almkerk | gemeente
Wijk en Aalburg | gemeente
Beek | gemeente
Beekdaelen | gemeente
Beesel | gemeente
Brunssum | gemeente
Echt-Susteren | gemeente
Eijsden-Margraten | gemeente
Gennep | gemeente
Gulpen-Wittem | gemeente
Heerlen | gemeente
Horst aan de Maas | gemeente
Kerkrade | gemeente
Landgraaf | gemeente
Leudal | gemeente
Maasgouw | gemeente
Maastricht | gemeente
Meerssen | gemeente
Mook en Middelaar | gemeente
Nederweert | gemeente
Peel en Maas | gemeente
Roerdalen | gemeente
Roermond | gemeente
Simpelveld | gemeente
Sittard-Geleen | gemeente
Stein | gemeente
Vaals | gemeente
Valkenburg aan de Geul | gemeente
Venlo | gemeente
Venray | gemeente
Voerendaal | gemeente
Weert | gemeente
Echt | gemeente
Susteren | gemeente
Born | gemeente
Geleen | gemeente
Sittard | gemeente
Elsloo | gemeente
Schinnen | gemeente
Nuth | gemeente
Schinveld | gemeente
Hoensbroek | gemeente
Heerlerheide | gemeente
Eygelshoven | gemeente
Ubach over Worms | gemeente
Gulpen | gemeente
Wittem | gemeente
Eijsden | gemeente
Margraten | gemeente
Reuver | gemeente
Swalmen | gemeente
Tegelen | gemeente
Blerick | gemeente
Belfeld | gemeente
Arcen | gemeente
Horst | gemeente
Sevenum | gemeente
Panningen | gemeente
Heythuysen | gemeente
Haelen | gemeente
Thorn | gemeente
Roggel | gemeente
Stramproy | gemeente
Maasbracht | gemeente
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
