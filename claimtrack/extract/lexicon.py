"""
The speaker lexicon: role words, the nouns that name bodies, and a few well-known bodies.

Compiled by hand from general English news usage. Every key is lower case; look phrases
up lower-cased. The tables are deliberately small and general: they name kinds of
officials and kinds of bodies, not the people or bodies of any one story, except for
`KNOWN_ORGANIZATIONS`, a short gazetteer of international and national bodies that wire
copy cites under many names.

Examples:
    >>> normalize_role("Oblast Governor"), normalize_role("spokesman")
    ('regional governor', 'spokesperson')
    >>> COUNTRY_ADJECTIVES["ukrainian"]
    'Ukraine'
    >>> org_kind_of("Ministry of Disaster Management")
    <OrgKind.GOVERNMENT: 'government'>
"""

from __future__ import annotations

import functools
import itertools
import re

from claimtrack.model import OrgKind

__all__ = [
    "AGENCY_BODIES",
    "COUNTRY_ADJECTIVES",
    "GROUP_WORDS",
    "KNOWN_ORGANIZATIONS",
    "ORG_HEAD_WORDS",
    "PERSON_REFERENCE_WORDS",
    "PRONOUNS",
    "ROLE_HEADS",
    "ROLE_MODIFIERS",
    "ROLE_SYNONYMS",
    "SOURCE_REFERENCE_WORDS",
    "TITLES_WITH_OF",
    "TITLE_ABBREVIATIONS",
    "WIRE_AGENCIES",
    "normalize_role",
    "org_kind_of",
]

# The last word of a role: "deputy defence *minister*", "police *chief*".
ROLE_HEADS = frozenset(
    [
        "mayor",
        "governor",
        "minister",
        "president",
        "premier",
        "chancellor",
        "secretary",
        "spokesperson",
        "spokesman",
        "spokeswoman",
        "spokespeople",
        "director",
        "chief",
        "head",
        "commander",
        "official",
        "officer",
        "adviser",
        "advisor",
        "ambassador",
        "envoy",
        "prosecutor",
        "general",
        "chairman",
        "chairwoman",
        "chairperson",
        "chair",
        "ceo",
        "cfo",
        "coo",
        "cto",
        "executive",
        "strategist",
        "analyst",
        "researcher",
        "professor",
        "economist",
        "lawmaker",
        "senator",
        "congressman",
        "congresswoman",
        "mp",
        "councillor",
        "councilor",
        "leader",
        "representative",
        "coordinator",
        "commissioner",
        "administrator",
        "manager",
        "founder",
        "organiser",
        "organizer",
        "inspector",
        "superintendent",
        "sheriff",
        "captain",
        "colonel",
        "lieutenant",
        "sergeant",
        "major",
        "marshal",
        "admiral",
        "judge",
        "attorney",
        "lawyer",
        "expert",
        "scientist",
        "doctor",
        "surgeon",
        "nurse",
        "witness",
        "resident",
        "survivor",
        "activist",
        "rescuer",
        "teacher",
        "student",
        "farmer",
        "shopkeeper",
        "driver",
        "engineer",
        "worker",
        "volunteer",
        "pensioner",
        "owner",
        "trader",
        "fisherman",
        "firefighter",
        "medic",
        "deputy",
        "ombudsman",
        "ombudsperson",
        "monitor",
        "observer",
        "mediator",
        "negotiator",
        "diplomat",
        "aide",
        "king",
        "queen",
        "prince",
        "emir",
        "sultan",
        "pope",
        "bishop",
        "priest",
        "imam",
        "rabbi",
        "mp's",
    ]
)

# Words that may stand before a role head: "deputy", "acting", "defence" ...
ROLE_MODIFIERS = frozenset(
    [
        "deputy",
        "vice",
        "co-chief",
        "acting",
        "interim",
        "former",
        "first",
        "second",
        "senior",
        "chief",
        "top",
        "regional",
        "oblast",
        "provincial",
        "state",
        "city",
        "district",
        "county",
        "federal",
        "national",
        "local",
        "municipal",
        "foreign",
        "defence",
        "defense",
        "interior",
        "health",
        "finance",
        "economy",
        "economic",
        "energy",
        "justice",
        "education",
        "transport",
        "infrastructure",
        "agriculture",
        "culture",
        "digital",
        "emergency",
        "emergencies",
        "environment",
        "trade",
        "election",
        "electoral",
        "prime",
        "general",
        "attorney",
        "police",
        "fire",
        "military",
        "army",
        "navy",
        "press",
        "communications",
        "human",
        "rights",
        "humanitarian",
        "security",
        "intelligence",
        "border",
        "presidential",
        "government",
        "civil",
        "executive",
        "managing",
        "assistant",
        "associate",
        "lead",
        "principal",
        "junior",
        "financial",
        "operating",
        "technology",
        "technical",
        "marketing",
        "commercial",
        "legal",
        "medical",
        "scientific",
        "information",
        "investment",
        "strategy",
        "risk",
        "research",
        "development",
    ]
)

# Role spellings that name the same office, mapped to one form. Governors of a region
# and heads of a region's administration are one office under several titles.
ROLE_SYNONYMS = {
    "oblast governor": "regional governor",
    "regional governor": "regional governor",
    "provincial governor": "regional governor",
    "region governor": "regional governor",
    "head of the region": "regional governor",
    "head of region": "regional governor",
    "head of the regional administration": "regional governor",
    "head of the regional military administration": "regional governor",
    "head of the regional state administration": "regional governor",
    "head of the oblast administration": "regional governor",
    "head of the oblast military administration": "regional governor",
    "regional military administration head": "regional governor",
    "regional administration head": "regional governor",
    "city mayor": "mayor",
    "head of the city": "mayor",
    "lord mayor": "mayor",
    "spokesman": "spokesperson",
    "spokeswoman": "spokesperson",
    "press secretary": "spokesperson",
    "defense minister": "defence minister",
    "deputy defense minister": "deputy defence minister",
    "ceo": "chief executive",
    "chief executive officer": "chief executive",
    "cfo": "chief financial officer",
    "coo": "chief operating officer",
    "cto": "chief technology officer",
    "chairwoman": "chair",
    "chairperson": "chair",
    "chairman": "chair",
    "advisor": "adviser",
    "organizer": "organiser",
    "councilor": "councillor",
}

# Titles written with "of" that name one office: "Secretary of State", "chief of staff".
TITLES_WITH_OF = (
    "secretary of state",
    "secretary of defense",
    "secretary of defence",
    "head of state",
    "head of government",
    "chief of staff",
    "chief of police",
    "minister of state",
    "chief of the general staff",
    "chief of the defence staff",
    "director of public health",
    "secretary-general",
    "secretary general",
    "director-general",
    "director general",
    "attorney-general",
    "attorney general",
    "commander-in-chief",
)

# The nouns that make a phrase name a body, with the kind of body they suggest. The
# first match in `org_kind_of` wins, so international words come before generic ones.
ORG_HEAD_WORDS: tuple[tuple[str, OrgKind], ...] = (
    ("united nations", OrgKind.INTERNATIONAL),
    ("un", OrgKind.INTERNATIONAL),
    ("unicef", OrgKind.INTERNATIONAL),
    ("unhcr", OrgKind.INTERNATIONAL),
    ("ohchr", OrgKind.INTERNATIONAL),
    ("who", OrgKind.INTERNATIONAL),
    ("nato", OrgKind.INTERNATIONAL),
    ("red cross", OrgKind.INTERNATIONAL),
    ("red crescent", OrgKind.INTERNATIONAL),
    ("european union", OrgKind.INTERNATIONAL),
    ("european commission", OrgKind.INTERNATIONAL),
    ("world bank", OrgKind.INTERNATIONAL),
    ("international", OrgKind.INTERNATIONAL),
    ("iaea", OrgKind.INTERNATIONAL),
    ("imf", OrgKind.INTERNATIONAL),
    ("osce", OrgKind.INTERNATIONAL),
    ("ministry", OrgKind.GOVERNMENT),
    ("government", OrgKind.GOVERNMENT),
    ("cabinet", OrgKind.GOVERNMENT),
    ("kremlin", OrgKind.GOVERNMENT),
    ("white house", OrgKind.GOVERNMENT),
    ("pentagon", OrgKind.MILITARY),
    ("presidency", OrgKind.GOVERNMENT),
    ("parliament", OrgKind.GOVERNMENT),
    ("department", OrgKind.GOVERNMENT),
    ("administration", OrgKind.LOCAL_GOVERNMENT),
    ("council", OrgKind.LOCAL_GOVERNMENT),
    ("city hall", OrgKind.LOCAL_GOVERNMENT),
    ("municipality", OrgKind.LOCAL_GOVERNMENT),
    ("prefecture", OrgKind.LOCAL_GOVERNMENT),
    ("governorate", OrgKind.LOCAL_GOVERNMENT),
    ("county", OrgKind.LOCAL_GOVERNMENT),
    ("army", OrgKind.MILITARY),
    ("armed forces", OrgKind.MILITARY),
    ("forces", OrgKind.MILITARY),
    ("military", OrgKind.MILITARY),
    ("general staff", OrgKind.MILITARY),
    ("navy", OrgKind.MILITARY),
    ("air force", OrgKind.MILITARY),
    ("command", OrgKind.MILITARY),
    ("police", OrgKind.POLICE),
    ("civil guard", OrgKind.POLICE),
    ("carabinieri", OrgKind.POLICE),
    ("constabulary", OrgKind.POLICE),
    ("gendarmerie", OrgKind.POLICE),
    ("guardia civil", OrgKind.POLICE),
    ("coast guard", OrgKind.MILITARY),
    ("national guard", OrgKind.MILITARY),
    ("border guard", OrgKind.MILITARY),
    ("civil defence", OrgKind.AGENCY),
    ("civil defense", OrgKind.AGENCY),
    ("civil protection", OrgKind.AGENCY),
    ("service", OrgKind.AGENCY),
    ("center", OrgKind.AGENCY),
    ("centre", OrgKind.AGENCY),
    ("centers", OrgKind.AGENCY),
    ("centres", OrgKind.AGENCY),
    ("central bank", OrgKind.AGENCY),
    ("reserve", OrgKind.AGENCY),
    ("brigade", OrgKind.AGENCY),
    ("regulator", OrgKind.AGENCY),
    ("watchdog", OrgKind.AGENCY),
    ("observatory", OrgKind.AGENCY),
    ("agency", OrgKind.AGENCY),
    ("office", OrgKind.AGENCY),
    ("committee", OrgKind.AGENCY),
    ("commission", OrgKind.AGENCY),
    ("authority", OrgKind.AGENCY),
    ("authorities", OrgKind.GOVERNMENT),
    ("bureau", OrgKind.AGENCY),
    ("statistics", OrgKind.AGENCY),
    ("institute", OrgKind.AGENCY),
    ("directorate", OrgKind.AGENCY),
    ("inspectorate", OrgKind.AGENCY),
    ("prosecutor", OrgKind.AGENCY),
    ("party", OrgKind.POLITICAL_PARTY),
    ("newspaper", OrgKind.MEDIA),
    ("broadcaster", OrgKind.MEDIA),
    ("television", OrgKind.MEDIA),
    ("radio", OrgKind.MEDIA),
    ("media", OrgKind.MEDIA),
    ("news agency", OrgKind.MEDIA),
    ("times", OrgKind.MEDIA),
    ("post", OrgKind.MEDIA),
    ("inc", OrgKind.COMPANY),
    ("ltd", OrgKind.COMPANY),
    ("plc", OrgKind.COMPANY),
    ("llc", OrgKind.COMPANY),
    ("corp", OrgKind.COMPANY),
    ("corporation", OrgKind.COMPANY),
    ("company", OrgKind.COMPANY),
    ("group", OrgKind.COMPANY),
    ("bank", OrgKind.COMPANY),
    ("airline", OrgKind.COMPANY),
    ("logistics", OrgKind.COMPANY),
    ("energy", OrgKind.COMPANY),
    ("power", OrgKind.COMPANY),
    ("petroleum", OrgKind.COMPANY),
    ("mining", OrgKind.COMPANY),
    ("resources", OrgKind.COMPANY),
    ("telecom", OrgKind.COMPANY),
    ("telecoms", OrgKind.COMPANY),
    ("insurance", OrgKind.COMPANY),
    ("investments", OrgKind.COMPANY),
    ("entertainment", OrgKind.COMPANY),
    ("pharma", OrgKind.COMPANY),
    ("therapeutics", OrgKind.COMPANY),
    ("biotech", OrgKind.COMPANY),
    ("labs", OrgKind.COMPANY),
    ("solutions", OrgKind.COMPANY),
    ("electric", OrgKind.COMPANY),
    ("steel", OrgKind.COMPANY),
    ("chemicals", OrgKind.COMPANY),
    ("foods", OrgKind.COMPANY),
    ("brands", OrgKind.COMPANY),
    ("retail", OrgKind.COMPANY),
    ("automotive", OrgKind.COMPANY),
    ("semiconductor", OrgKind.COMPANY),
    ("semiconductors", OrgKind.COMPANY),
    ("software", OrgKind.COMPANY),
    ("holdings", OrgKind.COMPANY),
    ("ratings", OrgKind.COMPANY),
    ("analytics", OrgKind.COMPANY),
    ("consulting", OrgKind.COMPANY),
    ("airlines", OrgKind.COMPANY),
    ("airways", OrgKind.COMPANY),
    ("partners", OrgKind.COMPANY),
    ("industries", OrgKind.COMPANY),
    ("technologies", OrgKind.COMPANY),
    ("systems", OrgKind.COMPANY),
    ("motors", OrgKind.COMPANY),
    ("shipping", OrgKind.COMPANY),
    ("pharmaceuticals", OrgKind.COMPANY),
    ("electronics", OrgKind.COMPANY),
    ("motor", OrgKind.COMPANY),
    ("securities", OrgKind.COMPANY),
    ("aerospace", OrgKind.COMPANY),
    ("airport", OrgKind.COMPANY),
    ("railways", OrgKind.COMPANY),
    ("firm", OrgKind.COMPANY),
    ("carmaker", OrgKind.COMPANY),
    ("automaker", OrgKind.COMPANY),
    ("chipmaker", OrgKind.COMPANY),
    ("drugmaker", OrgKind.COMPANY),
    ("planemaker", OrgKind.COMPANY),
    ("retailer", OrgKind.COMPANY),
    ("insurer", OrgKind.COMPANY),
    ("lender", OrgKind.COMPANY),
    ("miner", OrgKind.COMPANY),
    ("brewer", OrgKind.COMPANY),
    ("conglomerate", OrgKind.COMPANY),
    ("manufacturer", OrgKind.COMPANY),
    ("pollster", OrgKind.COMPANY),
    ("foundation", OrgKind.NGO),
    ("assembly", OrgKind.NGO),
    ("alliance", OrgKind.NGO),
    ("coalition", OrgKind.NGO),
    ("federation", OrgKind.NGO),
    ("network", OrgKind.NGO),
    ("delegation", OrgKind.GOVERNMENT),
    ("charity", OrgKind.NGO),
    ("watch", OrgKind.NGO),
    ("amnesty", OrgKind.NGO),
    ("union", OrgKind.GROUP),
    ("association", OrgKind.NGO),
    ("university", OrgKind.OTHER),
    ("fund", OrgKind.OTHER),
    ("court", OrgKind.OTHER),
    ("hospital", OrgKind.OTHER),
)

# A country's bodies under their descriptive names ("Ukraine's emergency service") and
# the formal name they are given with the country after "of" ("State Emergency Service
# of Ukraine"). Several countries name these bodies the same way.
AGENCY_BODIES = {
    "emergency service": "State Emergency Service",
    "state emergency service": "State Emergency Service",
    "emergencies service": "State Emergency Service",
    "emergencies ministry": "Ministry of Emergency Situations",
    "emergency situations ministry": "Ministry of Emergency Situations",
    "defence ministry": "Ministry of Defence",
    "defense ministry": "Ministry of Defence",
    "ministry of defence": "Ministry of Defence",
    "ministry of defense": "Ministry of Defence",
    "foreign ministry": "Ministry of Foreign Affairs",
    "interior ministry": "Ministry of Internal Affairs",
    "health ministry": "Ministry of Health",
    "finance ministry": "Ministry of Finance",
    "justice ministry": "Ministry of Justice",
    "economy ministry": "Ministry of Economy",
    "energy ministry": "Ministry of Energy",
    "education ministry": "Ministry of Education",
    "general staff": "General Staff of the Armed Forces",
    "armed forces": "Armed Forces",
    "military": "Armed Forces",
    "army": "Army",
    "border guard service": "State Border Guard Service",
    "border service": "State Border Guard Service",
    "border guards": "State Border Guard Service",
    "security service": "Security Service",
    "intelligence service": "Intelligence Service",
    "national police": "National Police",
    "statistics office": "Statistics Office",
    "statistics service": "State Statistics Service",
    "central bank": "Central Bank",
    "prosecutor general's office": "Office of the Prosecutor General",
    "government": "Government",
    "parliament": "Parliament",
    "presidential office": "Office of the President",
    "president's office": "Office of the President",
    "human rights ombudsman": "Human Rights Ombudsman",
}

# International and national bodies cited under many names. canonical -> (kind, names).
KNOWN_ORGANIZATIONS: dict[str, tuple[OrgKind, tuple[str, ...]]] = {
    "Office of the United Nations High Commissioner for Human Rights": (
        OrgKind.INTERNATIONAL,
        (
            "OHCHR",
            "Office of the UN High Commissioner for Human Rights",
            "UN human rights office",
            "United Nations human rights office",
            "UN rights office",
            "UN Human Rights Office",
            "UN human rights monitoring mission",
            "UN Human Rights Monitoring Mission in Ukraine",
        ),
    ),
    "Office of the United Nations High Commissioner for Refugees": (
        OrgKind.INTERNATIONAL,
        (
            "UNHCR",
            "UN refugee agency",
            "United Nations refugee agency",
            "UN High Commissioner for Refugees",
            "United Nations High Commissioner for Refugees",
        ),
    ),
    "United Nations Children's Fund": (
        OrgKind.INTERNATIONAL,
        ("UNICEF", "UN children's agency", "UN children's fund"),
    ),
    "World Health Organization": (
        OrgKind.INTERNATIONAL,
        ("WHO", "UN health agency", "World Health Organisation"),
    ),
    "World Food Programme": (OrgKind.INTERNATIONAL, ("WFP", "UN food agency")),
    "International Atomic Energy Agency": (
        OrgKind.INTERNATIONAL,
        ("IAEA", "UN nuclear watchdog", "UN atomic watchdog"),
    ),
    "United Nations Office for the Coordination of Humanitarian Affairs": (
        OrgKind.INTERNATIONAL,
        ("OCHA", "UN humanitarian office", "UN humanitarian agency"),
    ),
    "International Organization for Migration": (
        OrgKind.INTERNATIONAL,
        ("IOM", "UN migration agency"),
    ),
    "International Committee of the Red Cross": (
        OrgKind.INTERNATIONAL,
        ("ICRC", "Red Cross"),
    ),
    "United Nations Relief and Works Agency for Palestine Refugees": (
        OrgKind.INTERNATIONAL,
        ("UNRWA", "UN agency for Palestinian refugees", "UN Palestinian refugee agency"),
    ),
    "United Nations Development Programme": (OrgKind.INTERNATIONAL, ("UNDP",)),
    "Food and Agriculture Organization": (OrgKind.INTERNATIONAL, ("FAO", "UN food agency")),
    "Doctors Without Borders": (OrgKind.NGO, ("MSF", "Medecins Sans Frontieres")),
    "Amnesty International": (OrgKind.NGO, ("Amnesty",)),
    "Human Rights Watch": (OrgKind.NGO, ("HRW",)),
    # Banks, rating agencies and pollsters that company and election copy cites, often
    # by a short name that reads like a person's ("Morgan Stanley said").
    "Morgan Stanley": (OrgKind.COMPANY, ()),
    "Goldman Sachs": (OrgKind.COMPANY, ("Goldman",)),
    "JPMorgan Chase": (OrgKind.COMPANY, ("JPMorgan", "J.P. Morgan", "JP Morgan")),
    "Citigroup": (OrgKind.COMPANY, ("Citi",)),
    "Bank of America": (OrgKind.COMPANY, ("BofA",)),
    # Commercial banks named "Bank of <country>" (most such names are central banks).
    "Bank of China": (OrgKind.COMPANY, ()),
    "Bank of India": (OrgKind.COMPANY, ()),
    "Bank of Ireland": (OrgKind.COMPANY, ()),
    "Bank of Cyprus": (OrgKind.COMPANY, ()),
    "Bank of Georgia": (OrgKind.COMPANY, ()),
    # Central banks: public bodies, not companies.
    "Federal Reserve": (OrgKind.AGENCY, ("Fed", "U.S. Federal Reserve", "US Federal Reserve")),
    "European Central Bank": (OrgKind.AGENCY, ("ECB",)),
    "Bank of England": (OrgKind.AGENCY, ("BoE",)),
    "Bank of Japan": (OrgKind.AGENCY, ("BoJ", "BOJ")),
    "People's Bank of China": (OrgKind.AGENCY, ("PBOC",)),
    "Reserve Bank of India": (OrgKind.AGENCY, ("RBI",)),
    "Bundesbank": (OrgKind.AGENCY, ()),
    "Wells Fargo": (OrgKind.COMPANY, ()),
    "Deutsche Bank": (OrgKind.COMPANY, ()),
    "Barclays": (OrgKind.COMPANY, ()),
    "HSBC": (OrgKind.COMPANY, ()),
    "UBS": (OrgKind.COMPANY, ()),
    "BNP Paribas": (OrgKind.COMPANY, ()),
    "Societe Generale": (OrgKind.COMPANY, ("SocGen",)),
    "Nomura": (OrgKind.COMPANY, ()),
    "Jefferies": (OrgKind.COMPANY, ()),
    "Capital Economics": (OrgKind.COMPANY, ()),
    "Oxford Economics": (OrgKind.COMPANY, ()),
    "Moody's": (OrgKind.COMPANY, ("Moody's Investors Service", "Moody's Ratings")),
    "Fitch Ratings": (OrgKind.COMPANY, ("Fitch",)),
    "S&P Global": (OrgKind.COMPANY, ("S&P", "Standard & Poor's", "S&P Global Ratings")),
    "Ipsos": (OrgKind.COMPANY, ()),
    "YouGov": (OrgKind.COMPANY, ()),
    "Gallup": (OrgKind.COMPANY, ()),
    "Pew Research Center": (OrgKind.NGO, ("Pew",)),
    "United Nations": (OrgKind.INTERNATIONAL, ("UN", "U.N.")),
    "North Atlantic Treaty Organization": (OrgKind.INTERNATIONAL, ("NATO",)),
    "European Union": (OrgKind.INTERNATIONAL, ("EU",)),
    "African Union": (OrgKind.INTERNATIONAL, ("AU",)),
    "International Monetary Fund": (OrgKind.INTERNATIONAL, ("IMF",)),
}

# Wire agencies credited in copy, canonical name -> names used in credits.
WIRE_AGENCIES: dict[str, tuple[str, ...]] = {
    "Reuters": ("Reuters", "Thomson Reuters"),
    "AFP": ("AFP", "Agence France-Presse", "Agence France Presse"),
    "AP": ("AP", "Associated Press", "The Associated Press"),
    "dpa": ("dpa", "DPA", "Deutsche Presse-Agentur"),
    "Bloomberg": ("Bloomberg",),
    "Xinhua": ("Xinhua",),
    "ANSA": ("ANSA",),
    "EFE": ("EFE",),
    "PA": ("PA Media", "Press Association"),
    "UPI": ("UPI", "United Press International"),
    "Interfax": ("Interfax",),
    "TASS": ("TASS",),
    "Ukrinform": ("Ukrinform",),
    "Anadolu": ("Anadolu", "Anadolu Agency"),
    "Kyodo": ("Kyodo",),
    "Yonhap": ("Yonhap",),
    "CNA": ("CNA",),
    "IANS": ("IANS",),
    "PTI": ("PTI", "Press Trust of India"),
}

# Nouns that refer back to the organization that last spoke: "the service said".
SOURCE_REFERENCE_WORDS = frozenset(
    [
        "agency",
        "service",
        "office",
        "ministry",
        "department",
        "statement",
        "report",
        "organisation",
        "organization",
        "body",
        "authority",
        "authorities",
        "government",
        "administration",
        "council",
        "committee",
        "commission",
        "mission",
        "watchdog",
        "force",
        "forces",
        "military",
        "army",
        "police",
        "company",
        "group",
        "firm",
        "bank",
        "brigade",
        "team",
        "court",
        "union",
        "party",
        "hospital",
        "operator",
        "utility",
        "airline",
        "regulator",
        "watchdog",
        "prosecutors",
        "prosecutor's office",
        "board",
        "institute",
        "observatory",
        "centre",
        "center",
        "guard",
        "carmaker",
        "automaker",
        "chipmaker",
        "drugmaker",
        "planemaker",
        "retailer",
        "insurer",
        "lender",
        "miner",
        "brewer",
        "conglomerate",
        "manufacturer",
        "pollster",
    ]
)

# Nouns that refer back to a person who last spoke: "the official said".
PERSON_REFERENCE_WORDS = frozenset(
    [
        "official",
        "officer",
        "spokesperson",
        "spokesman",
        "spokeswoman",
        "source",
        "minister",
        "mayor",
        "governor",
        "head",
        "chief",
        "commander",
        "president",
        "leader",
        "politician",
        "diplomat",
        "aide",
        "adviser",
        "advisor",
    ]
)

# Unnamed groups that speak: "police said", "organisers said".
GROUP_WORDS = frozenset(
    [
        "police",
        "officials",
        "authorities",
        "organisers",
        "organizers",
        "rescuers",
        "witnesses",
        "residents",
        "medics",
        "doctors",
        "firefighters",
        "troops",
        "soldiers",
        "investigators",
        "prosecutors",
        "analysts",
        "experts",
        "economists",
        "officers",
        "activists",
        "protesters",
        "volunteers",
        "survivors",
        "locals",
        "sources",
        "diplomats",
        "lawmakers",
        "scientists",
        "researchers",
        "media",
        "groups",
        "unions",
        "landlords",
        "tenants",
        "campaigners",
        "families",
        "relatives",
        "neighbours",
        "neighbors",
        "shopkeepers",
        "traders",
        "workers",
        "staff",
        "leaders",
        "supporters",
        "opponents",
        "members",
        "paramedics",
        "nurses",
        "teachers",
        "farmers",
        "students",
        "pilots",
        "unionists",
        "demonstrators",
        "marchers",
        "strikers",
        "engineers",
        "executives",
        "strategists",
        "bankers",
        "pollsters",
        "services",
        "observers",
        "monitors",
        "inspectors",
        "delegates",
    ]
)

PRONOUNS = {
    "he": "person",
    "she": "person",
    "it": "organization",
    "they": "group",
    "we": "group",
    "i": "person",
}

# Abbreviated titles before a name -> the role they give (None: courtesy titles only).
TITLE_ABBREVIATIONS: dict[str, str | None] = {
    "sen.": "senator",
    "sen": "senator",
    "rep.": "representative",
    "gov.": "governor",
    "gen.": "general",
    "lt.": "lieutenant",
    "col.": "colonel",
    "capt.": "captain",
    "sgt.": "sergeant",
    "maj.": "major",
    "adm.": "admiral",
    "insp.": "inspector",
    "supt.": "superintendent",
    "prof.": "professor",
    "pres.": "president",
    "dr.": None,
    "dr": None,
    "mr.": None,
    "mr": None,
    "mrs.": None,
    "mrs": None,
    "ms.": None,
    "ms": None,
    "sir": None,
    "dame": None,
}

# Party adjectives: before a role they say the holder's party, not a body ("the
# Republican attorney general", "a Labour councillor").
PARTY_ADJECTIVES = frozenset(
    {
        "republican",
        "democratic",
        "democrat",
        "labour",
        "conservative",
        "tory",
        "socialist",
        "green",
        "liberal",
        "gop",
        "communist",
        "centrist",
        "nationalist",
        "social-democratic",
        "christian-democratic",
    }
)

# Country adjectives and a few short forms -> the country's name.
COUNTRY_ADJECTIVES = {
    "ukrainian": "Ukraine",
    "russian": "Russia",
    "belarusian": "Belarus",
    "polish": "Poland",
    "german": "Germany",
    "french": "France",
    "british": "United Kingdom",
    "uk": "United Kingdom",
    "american": "United States",
    "us": "United States",
    "u.s.": "United States",
    "chinese": "China",
    "japanese": "Japan",
    "indian": "India",
    "pakistani": "Pakistan",
    "afghan": "Afghanistan",
    "iranian": "Iran",
    "iraqi": "Iraq",
    "syrian": "Syria",
    "turkish": "Turkey",
    "israeli": "Israel",
    "palestinian": "Palestine",
    "lebanese": "Lebanon",
    "egyptian": "Egypt",
    "saudi": "Saudi Arabia",
    "italian": "Italy",
    "spanish": "Spain",
    "portuguese": "Portugal",
    "dutch": "Netherlands",
    "belgian": "Belgium",
    "swiss": "Switzerland",
    "austrian": "Austria",
    "czech": "Czechia",
    "slovak": "Slovakia",
    "hungarian": "Hungary",
    "romanian": "Romania",
    "moldovan": "Moldova",
    "bulgarian": "Bulgaria",
    "greek": "Greece",
    "serbian": "Serbia",
    "croatian": "Croatia",
    "georgian": "Georgia",
    "armenian": "Armenia",
    "azerbaijani": "Azerbaijan",
    "kazakh": "Kazakhstan",
    "swedish": "Sweden",
    "norwegian": "Norway",
    "danish": "Denmark",
    "finnish": "Finland",
    "estonian": "Estonia",
    "latvian": "Latvia",
    "lithuanian": "Lithuania",
    "irish": "Ireland",
    "canadian": "Canada",
    "mexican": "Mexico",
    "brazilian": "Brazil",
    "argentine": "Argentina",
    "chilean": "Chile",
    "colombian": "Colombia",
    "venezuelan": "Venezuela",
    "australian": "Australia",
    "indonesian": "Indonesia",
    "philippine": "Philippines",
    "filipino": "Philippines",
    "vietnamese": "Vietnam",
    "thai": "Thailand",
    "korean": "South Korea",
    "south korean": "South Korea",
    "north korean": "North Korea",
    "bangladeshi": "Bangladesh",
    "nepalese": "Nepal",
    "nigerian": "Nigeria",
    "kenyan": "Kenya",
    "ethiopian": "Ethiopia",
    "sudanese": "Sudan",
    "somali": "Somalia",
    "south african": "South Africa",
    "moroccan": "Morocco",
    "libyan": "Libya",
    "tunisian": "Tunisia",
    "algerian": "Algeria",
    "yemeni": "Yemen",
}

# "Deputy Defence Minister" and "deputy defence minister" are one role.
_SPACES = re.compile(r"\s+")


def normalize_role(role: str) -> str:
    """
    Return the one spelling of a role this library uses: lower case, single spaces,
    synonyms (`ROLE_SYNONYMS`) mapped to their common form.

    Examples:
        >>> normalize_role("Head of the Regional Military Administration")
        'regional governor'
        >>> normalize_role("Deputy Defense  Minister")
        'deputy defence minister'
        >>> normalize_role("Former Chairman"), normalize_role("ex-spokesman")
        ('former chair', 'former spokesperson')
        >>> normalize_role("Republican attorney general")
        'attorney general'
    """
    key = _SPACES.sub(" ", role.strip().lower())
    # Seniority is not the office: a senior official is an official.
    head, _, rest = key.partition(" ")
    if head in {"senior", "top", "junior"} and rest:
        key = rest
    if head in PARTY_ADJECTIVES and rest:
        # "Republican governor" is a governor of the Republican party: the office.
        return normalize_role(rest)
    if head in {"former", "ex", "retired"} and rest:
        # A past holder of the office, spelled as the office: "former chair".
        return f"former {normalize_role(rest)}"
    if head.startswith("ex-") and len(head) > 3:
        return f"former {normalize_role(key[3:])}"
    words = key.split()
    if len(words) > 1 and words[-1] in {"spokesman", "spokeswoman"}:
        key = " ".join([*words[:-1], "spokesperson"])
    return ROLE_SYNONYMS.get(key, key)


# Whole words only, so "un" does not match inside "fund" and "who" needs its own word.
_WORD = re.compile(r"[A-Za-z][A-Za-z.'’]*")


@functools.lru_cache(maxsize=8192)
def org_kind_of(name: str) -> OrgKind | None:
    """
    Return the kind of body a name suggests by its words, or None when no word says.

    Acronyms count only in capitals ("WHO", not "who").

    Examples:
        >>> org_kind_of("the UN human rights office")
        <OrgKind.INTERNATIONAL: 'international'>
        >>> org_kind_of("Kharkiv regional military administration")
        <OrgKind.LOCAL_GOVERNMENT: 'local_government'>
        >>> org_kind_of("police"), org_kind_of("Acme Ltd"), org_kind_of("who said")
        (<OrgKind.POLICE: 'police'>, <OrgKind.COMPANY: 'company'>, None)
    """
    if _central_bank(name):
        return OrgKind.AGENCY
    words = _WORD.findall(name)
    lows = [w.lower().rstrip(".") for w in words]
    table = _org_heads()
    best: tuple[int, OrgKind] | None = None
    # Head words are one or two words long: look each word and pair up.
    for gram in [*lows, *(f"{a} {b}" for a, b in itertools.pairwise(lows))]:
        hit = table.get(gram)
        if hit is None:
            continue
        index, kind, acronym = hit
        if acronym and gram.upper() not in words:
            continue
        if best is None or index < best[0]:
            best = (index, kind)
    return None if best is None else best[1]


# "Bank of Canada", "the National Bank of Ukraine": a bank named after a country.
_BANK_OF_PLACE = re.compile(
    r"\bBank\s+of\s+(?:the\s+)?(?P<place>[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?)"
)


def _central_bank(name: str) -> bool:
    """
    Whether a bank's name is a central bank's: "Bank of <country>" ("Bank of Canada",
    "Central Bank of Nigeria"). A bank named after a city ("Bank of Montreal") is not.

    Examples:
        >>> _central_bank("the Bank of Canada"), _central_bank("Bank of Montreal")
        (True, False)
        >>> _central_bank("Bank of America")
        False
    """
    match = _BANK_OF_PLACE.search(name)
    if match is None:
        return False
    known = KNOWN_ORGANIZATIONS.get(f"Bank of {match.group('place')}")
    if known is not None:
        return known[0] is OrgKind.AGENCY  # "Bank of America" is a company
    if match.group("place") == "Korea":
        return True  # "Bank of Korea": the gazetteer knows only the two Koreas
    # Places read the lexicon: imported here, not at the top, to avoid a cycle.
    from claimtrack.extract.places import lookup_place

    place = lookup_place(match.group("place"))
    return place is not None and place.kind == "country"


@functools.cache
def _org_heads() -> dict[str, tuple[int, OrgKind, bool]]:
    """
    `ORG_HEAD_WORDS` as a table: each head to its rank (the first listed wins), its kind,
    and whether it counts only in capitals ("WHO", not "who").
    """
    table: dict[str, tuple[int, OrgKind, bool]] = {}
    for index, (key, kind) in enumerate(ORG_HEAD_WORDS):
        acronym = " " not in key and key.upper() in {"UN", "WHO", "IMF", "NATO"}
        table.setdefault(key, (index, kind, acronym))
    return table
