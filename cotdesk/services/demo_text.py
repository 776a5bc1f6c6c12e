"""Italian wording and network shape of the demo data (no logic, no randomness).

Everything a person reads in the demo network that is not in ``resources/`` lives here:
how many partners of each type the network has and what each type offers, how partners
and services are named, what operators write in the case diary, why referrals end. The
shape follows the seeds (Innovainrete / "La Porta Accanto", Rome): 10 founding
cooperatives running the COT solidali in ten *municipi*, about 676 partners, mostly
cooperatives, associations, parishes and schools, with few public institutions.
"""

from __future__ import annotations

from typing import Final

# --------------------------------------------------------------------------- network

#: Partners in the seed network ("circa 676 partner").
NETWORK_PARTNERS: Final = 676

#: The ten cooperatives that founded the network (seed), each running one COT office.
FOUNDING_COOPERATIVES: Final = (
    "Arca di Noè",
    "Il Brutto Anatroccolo",
    "Cospexa",
    "H - Anno Zero",
    "Idea Prisma 82",
    "Magliana Solidale",
    "Meta",
    "Nuove Risposte",
    "Il Piccolo Principe",
    "Prassi e Ricerca",
)

#: Roman numeral of each district's municipio, by district code.
MUNICIPIO_NUMERALS: Final = {
    "rm_m01": "I",
    "rm_m02": "II",
    "rm_m03": "III",
    "rm_m04": "IV",
    "rm_m05": "V",
    "rm_m06": "VI",
    "rm_m07": "VII",
    "rm_m08": "VIII",
    "rm_m09": "IX",
    "rm_m10": "X",
    "rm_m11": "XI",
    "rm_m12": "XII",
    "rm_m13": "XIII",
    "rm_m14": "XIV",
    "rm_m15": "XV",
}

#: Local health authority (ASL) of each municipio and its NSIS code (used in STP/ENI codes).
ASL_BY_DISTRICT: Final = {
    "rm_m01": ("ASL Roma 1", "201"),
    "rm_m02": ("ASL Roma 1", "201"),
    "rm_m03": ("ASL Roma 1", "201"),
    "rm_m13": ("ASL Roma 1", "201"),
    "rm_m14": ("ASL Roma 1", "201"),
    "rm_m15": ("ASL Roma 1", "201"),
    "rm_m04": ("ASL Roma 2", "202"),
    "rm_m05": ("ASL Roma 2", "202"),
    "rm_m06": ("ASL Roma 2", "202"),
    "rm_m07": ("ASL Roma 2", "202"),
    "rm_m08": ("ASL Roma 2", "202"),
    "rm_m09": ("ASL Roma 2", "202"),
    "rm_m10": ("ASL Roma 3", "203"),
    "rm_m11": ("ASL Roma 3", "203"),
    "rm_m12": ("ASL Roma 3", "203"),
}

#: Relative weight of each district in the people the network follows (the eastern and
#: southern suburbs have more requests for help than the northern ones).
DISTRICT_WEIGHTS: Final = {
    "rm_m03": 8,
    "rm_m04": 11,
    "rm_m05": 14,
    "rm_m06": 15,
    "rm_m07": 11,
    "rm_m08": 8,
    "rm_m09": 7,
    "rm_m10": 11,
    "rm_m11": 9,
    "rm_m14": 8,
}

OPENING_HOURS: Final = (
    "lun-ven 9:00-13:00, mar e gio 14:30-17:30",
    "lun-ven 9:00-13:00, lun e mer 14:30-17:30",
    "lun, mer, ven 9:00-13:00; mar e gio 14:00-18:00",
    "lun-ven 8:30-13:30, gio 14:30-17:00",
    "lun-gio 9:00-17:00, ven 9:00-13:00",
)

#: Number of partners of each type in a network of :data:`NETWORK_PARTNERS`; cooperatives
#: take the remainder. 1522, the Prefettura, the Tribunale per i minorenni and the 118 are
#: single institutions.
PARTNER_MIX: Final = {
    "cooperativa_sociale": 0,  # remainder
    "associazione": 108,
    "scuola": 72,
    "parrocchia": 60,
    "farmacia": 28,
    "servizi_educativi": 22,
    "sanita_base": 18,
    "lavoro": 16,
    "legale_patrocinio": 15,
    "impresa_privata": 14,
    "caritas": 12,
    "forze_ordine": 12,
    "accoglienza_minori": 12,
    "ente_religioso": 12,
    "risorse_omoculturali": 12,
    "servizi_diurni_residenziali": 12,
    "servizio_sociale": 10,
    "pua": 10,
    "segretariato_sociale": 10,
    "polizia_locale": 10,
    "volontario": 10,
    "cav": 9,
    "fondazione": 9,
    "ospedale": 8,
    "uuoo": 8,
    "ricettivo": 8,
    "agenzia_immobiliare": 8,
    "impresa_mensa": 8,
    "sanita_eta_evolutiva": 6,
    "dsm": 6,
    "pronta_accoglienza": 6,
    "rete_famiglie": 6,
    "universita": 5,
    "rete_parentale": 4,
    "alloggio_pubblico": 4,
    "croce_rossa": 3,
    "protezione_civile": 3,
    "vigili_fuoco": 2,
    "numero_1522": 1,
    "prefettura": 1,
    "tribunale_minorenni": 1,
    "emergenza_118": 1,
}

#: Partner types that act for the whole city (no district of their own).
CITY_WIDE_TYPES: Final = frozenset(
    {
        "numero_1522",
        "prefettura",
        "tribunale_minorenni",
        "emergenza_118",
        "universita",
        "croce_rossa",
        "protezione_civile",
        "alloggio_pubblico",
        "vigili_fuoco",
    }
)

#: Seats of the single institutions of the city (public addresses).
INSTITUTION_ADDRESSES: Final = {
    "prefettura": "Via IV Novembre 119/A, 00187 Roma",
    "tribunale_minorenni": "Via dei Bresciani 32, 00186 Roma",
    "emergenza_118": "Via Portuense 240, 00149 Roma",
}

#: Types that offer exactly one service (a phone line, an institution's office).
SINGLE_SERVICE_TYPES: Final = frozenset(
    {"numero_1522", "emergenza_118", "prefettura", "tribunale_minorenni"}
)

#: Types that are organisations with a fiscal code; the others are persons or a phone line.
INFORMAL_TYPES: Final = frozenset({"rete_parentale", "volontario", "numero_1522"})

#: Types whose fiscal code is a VAT number (companies); the others get a numeric fiscal code
#: of a non-commercial body (starting with 8 or 9).
VAT_TYPES: Final = frozenset(
    {
        "cooperativa_sociale",
        "impresa_mensa",
        "farmacia",
        "legale_patrocinio",
        "ricettivo",
        "agenzia_immobiliare",
        "impresa_privata",
    }
)

#: Needs each partner type typically answers (codes of ``needs.csv``).
NEED_PROFILES: Final[dict[str, tuple[str, ...]]] = {
    "servizio_sociale": (
        "tutela_minori",
        "affido_familiare",
        "sostegno_reddito",
        "emergenza_abitativa",
        "sad_anziani",
        "saish",
        "amministrazione_sostegno",
    ),
    "pua": (
        "cure_domiciliari_adi",
        "rsa_residenzialita",
        "invalidita_l104",
        "accesso_cure",
        "centro_diurno_anziani",
    ),
    "segretariato_sociale": (
        "pratiche_amministrative",
        "sostegno_reddito",
        "utenze_morosita",
        "invalidita_l104",
    ),
    "servizi_diurni_residenziali": (
        "centro_diurno_minori",
        "centro_diurno_disabili",
        "centro_diurno_anziani",
        "sollievo_caregiver_disabili",
        "violenza_genere",
    ),
    "accoglienza_minori": ("accoglienza_comunita_minori", "msna", "tutela_minori"),
    "cooperativa_sociale": (
        "sostegno_scolastico",
        "educativa_domiciliare",
        "centro_diurno_minori",
        "sostegno_genitorialita",
        "prima_infanzia",
        "disagio_adolescenti",
        "attivita_estive",
        "saish",
        "trasporto_sociale",
        "inserimento_lavorativo_l68",
        "centro_diurno_disabili",
        "assistenza_scolastica_oepac",
        "vita_indipendente",
        "dopo_di_noi",
        "sollievo_caregiver_disabili",
        "sad_anziani",
        "pasti_domicilio",
        "sostegno_caregiver_anziani",
        "assistente_familiare",
        "demenza_alzheimer",
        "lavoro_orientamento",
        "mediazione_familiare",
        "senza_dimora",
        "dipendenze",
        "salute_mentale",
        "orti_sociali",
        "inserimento_agricoltura_sociale",
        "laboratori_culturali",
        "fattoria_didattica",
        "interventi_assistiti_animali",
    ),
    "associazione": (
        "beni_prima_necessita",
        "solitudine_isolamento",
        "tempo_libero_disabili",
        "attivita_aggregative",
        "sport_sociale",
        "volontariato_cittadinanza",
        "alfabetizzazione_digitale",
        "accompagnamento_visite",
        "orientamento_legale",
        "mediazione_linguistica",
        "sostegno_scolastico",
        "centro_sociale_anziani",
        "permesso_soggiorno",
        "laboratori_culturali",
        "accesso_cultura",
    ),
    "impresa_mensa": ("pasti_domicilio", "beni_prima_necessita"),
    "farmacia": ("accesso_cure", "ausili_protesi", "telesoccorso"),
    "cav": ("violenza_genere", "orientamento_legale"),
    "numero_1522": ("violenza_genere",),
    "legale_patrocinio": (
        "orientamento_legale",
        "permesso_soggiorno",
        "amministrazione_sostegno",
        "utenze_morosita",
    ),
    "forze_ordine": ("violenza_genere", "tutela_minori"),
    "polizia_locale": ("tutela_minori", "violenza_genere", "senza_dimora"),
    "scuola": (
        "sostegno_scolastico",
        "dispersione_scolastica",
        "assistenza_scolastica_oepac",
        "prima_infanzia",
        "mediazione_linguistica",
    ),
    "universita": ("sostegno_scolastico", "volontariato_cittadinanza", "accesso_cultura"),
    "pronta_accoglienza": ("emergenza_abitativa", "senza_dimora", "msna"),
    "servizi_educativi": (
        "sostegno_scolastico",
        "centro_diurno_minori",
        "attivita_estive",
        "prima_infanzia",
        "disagio_adolescenti",
        "sostegno_genitorialita",
    ),
    "sanita_base": (
        "accesso_cure",
        "cure_domiciliari_adi",
        "sostegno_genitorialita",
        "riabilitazione",
        "dipendenze",
    ),
    "sanita_eta_evolutiva": ("neuropsichiatria_infantile", "riabilitazione"),
    "uuoo": ("riabilitazione", "accesso_cure", "neuropsichiatria_infantile", "demenza_alzheimer"),
    "ospedale": ("accesso_cure", "riabilitazione", "demenza_alzheimer"),
    "dsm": ("salute_mentale", "dipendenze"),
    "croce_rossa": (
        "beni_prima_necessita",
        "senza_dimora",
        "accompagnamento_visite",
        "trasporto_sociale",
    ),
    "protezione_civile": ("emergenza_abitativa", "beni_prima_necessita"),
    "rete_parentale": ("solitudine_isolamento", "accompagnamento_visite"),
    "prefettura": ("permesso_soggiorno", "msna"),
    "tribunale_minorenni": ("tutela_minori", "affido_familiare"),
    "alloggio_pubblico": ("emergenza_abitativa", "barriere_architettoniche"),
    "ente_religioso": (
        "beni_prima_necessita",
        "senza_dimora",
        "emergenza_abitativa",
        "mediazione_linguistica",
        "permesso_soggiorno",
    ),
    "risorse_omoculturali": ("mediazione_linguistica", "permesso_soggiorno"),
    "emergenza_118": ("accesso_cure",),
    "vigili_fuoco": ("telesoccorso",),
    "lavoro": (
        "lavoro_orientamento",
        "inserimento_lavorativo_l68",
        "pratiche_amministrative",
        "assistente_familiare",
    ),
    "parrocchia": (
        "beni_prima_necessita",
        "solitudine_isolamento",
        "attivita_estive",
        "sostegno_scolastico",
        "centro_sociale_anziani",
        "attivita_aggregative",
    ),
    "caritas": (
        "beni_prima_necessita",
        "sostegno_reddito",
        "utenze_morosita",
        "senza_dimora",
        "accesso_cure",
        "orientamento_legale",
    ),
    "volontario": (
        "accompagnamento_visite",
        "sostegno_scolastico",
        "alfabetizzazione_digitale",
        "solitudine_isolamento",
    ),
    "rete_famiglie": ("affido_familiare", "sostegno_genitorialita"),
    "ricettivo": ("emergenza_abitativa", "fattoria_didattica", "inserimento_agricoltura_sociale"),
    "agenzia_immobiliare": ("emergenza_abitativa",),
    "impresa_privata": (
        "lavoro_orientamento",
        "inserimento_lavorativo_l68",
        "alfabetizzazione_digitale",
    ),
    "fondazione": (
        "sostegno_reddito",
        "dopo_di_noi",
        "vita_indipendente",
        "accesso_cultura",
        "demenza_alzheimer",
    ),
}

#: Needs that few partners answer: each district lacks some of them entirely, so the
#: network's statistics show unmet needs (no city-wide service answers them either).
SCARCE_NEEDS: Final = (
    "dopo_di_noi",
    "rsa_residenzialita",
    "emergenza_abitativa",
    "accoglienza_comunita_minori",
    "neuropsichiatria_infantile",
    "amministrazione_sostegno",
    "vita_indipendente",
    "demenza_alzheimer",
    "inserimento_agricoltura_sociale",
    "affido_familiare",
    "barriere_architettoniche",
    "fattoria_didattica",
    "interventi_assistiti_animali",
    "assistente_familiare",
)

#: How many services partners of a type offer: (min, max).
SERVICES_PER_TYPE: Final[dict[str, tuple[int, int]]] = {
    "cooperativa_sociale": (2, 4),
    "associazione": (1, 3),
    "servizio_sociale": (2, 4),
    "caritas": (2, 3),
    "fondazione": (1, 2),
    "servizi_educativi": (1, 3),
    "sanita_base": (1, 3),
    "lavoro": (1, 2),
}

#: Cost forms by sector of the partner type: weights of (gratuito, compartecipazione,
#: a_pagamento).
COST_WEIGHTS: Final[dict[str, tuple[int, int, int]]] = {
    "pubblico": (90, 10, 0),
    "terzo_settore": (70, 25, 5),
    "religioso": (100, 0, 0),
    "informale": (100, 0, 0),
    "privato": (35, 25, 40),
}

# --------------------------------------------------------------------------- partner names

COOPERATIVE_NAMES: Final = (
    "Il Girasole",
    "L'Aquilone",
    "Il Melograno",
    "La Ginestra",
    "Il Cammino",
    "Nuovi Orizzonti",
    "Il Ponte",
    "La Rondine",
    "Il Faro",
    "Spazio Aperto",
    "Insieme",
    "La Lanterna",
    "Il Seme",
    "Arcobaleno",
    "Oltre",
    "Primavera",
    "Il Quadrifoglio",
    "La Città Solidale",
    "Il Sentiero",
    "La Tenda",
    "Il Mosaico",
    "L'Albero",
    "La Bussola",
    "Il Cerchio",
    "La Sorgente",
    "Il Grillo Parlante",
    "L'Approdo",
    "Casa Comune",
    "La Goccia",
    "Il Pioppo",
    "La Quercia",
    "Il Germoglio",
    "L'Officina",
    "Il Nido",
    "Il Trifoglio",
    "Kairos",
    "Agape",
    "Koinè",
    "Il Gabbiano",
    "Il Sorriso",
    "La Fenice",
    "Prospettive",
    "Eureka",
    "Il Mandorlo",
    "La Bottega dei Sogni",
    "Tempo Libero",
    "Il Pellicano",
    "L'Isola che non c'è",
    "Mani Tese al Quartiere",
    "Il Timone",
    "Il Ventaglio",
    "La Piazza",
    "Il Glicine",
    "Il Veliero",
    "La Carovana",
    "Orizzonte Sociale",
    "Il Tulipano",
    "Il Filo d'Erba",
    "Pegaso",
    "La Mongolfiera",
    "Il Cortile",
    "Il Fiore del Deserto",
    "Solidarietà e Lavoro",
    "Terra Nuova",
    "Il Tiglio",
    "L'Abbraccio",
    "Il Laboratorio",
    "La Spiga",
    "La Casa di Gianni",
    "Itaca",
    "Il Pungiglione",
    "Percorsi",
    "Sinergie",
    "Il Villaggio",
    "La Cometa",
    "Il Castello",
    "Controvento",
    "Il Delfino",
    "L'Ulivo",
    "Eos",
    "Promozione Lavoro",
    "Il Calabrone",
    "La Lucciola",
    "Le Mille e una Notte",
    "Il Focolare",
    "Altri Colori",
    "Il Giardino dei Semplici",
    "La Clessidra",
    "Il Carro",
    "Il Passo",
    "Verso Casa",
    "Il Ricamo",
    "Apriti Sesamo",
    "Il Gomitolo",
    "La Tartaruga",
    "Il Riccio",
    "La Nuvola",
    "L'Arca",
    "La Strada",
    "Opportunità",
    "Il Sicomoro",
    "Il Fiordaliso",
    "Lo Scoiattolo",
    "Il Colibrì",
    "Il Vaso di Pandora",
    "La Zattera",
    "Il Samaritano",
    "Futuro Prossimo",
    "Il Cantiere",
    "La Scintilla",
    "Il Biancospino",
    "L'Orsa Maggiore",
    "Il Viandante",
    "La Mimosa",
    "Il Crocevia",
    "Il Lievito",
    "La Chiocciola",
    "Il Cavallo a Dondolo",
    "L'Arcipelago",
    "Le Radici",
    "Il Tamburo",
    "Magica Terra",
)

COOPERATIVE_FORMS: Final = (
    "Cooperativa Sociale {name}",
    "Cooperativa Sociale {name} Onlus",
    "{name} Società Cooperativa Sociale",
    "Cooperativa Sociale Integrata {name}",
    "{name} Cooperativa Sociale a r.l.",
)

ASSOCIATION_NAMES: Final = (
    "Genitori Insieme",
    "Nonni Attivi",
    "Mamme in Rete",
    "Il Ponte",
    "Sempre Insieme",
    "Vivere il Quartiere",
    "Amici della Biblioteca",
    "Libera Mente",
    "Diritti al Cuore",
    "Porte Aperte",
    "Il Mantello",
    "Salute e Solidarietà",
    "La Rete delle Donne",
    "Cittadinanza Attiva",
    "Sportello Amico",
    "Scuola di Italiano per Stranieri",
    "Insieme per l'Autismo",
    "Famiglie Down",
    "Oltre le Barriere",
    "Volontari per il Sociale",
    "Il Banco Solidale",
    "Orti in Comune",
    "Quartiere Bene Comune",
    "Passaparola",
    "Le Querce di Mamre",
    "Il Cortile dei Ragazzi",
    "Sport per Tutti",
    "Polisportiva Solidale",
    "Teatro dell'Inclusione",
    "Musica Insieme",
    "Ciclofficina Popolare",
    "Banca del Tempo",
    "Senza Confini",
    "Alzheimer Uniti",
    "Anziani e non Solo",
    "Filo d'Argento",
    "Gli Amici del Parco",
    "Leggere Insieme",
    "Un Tetto per Tutti",
    "Donne in Cammino",
    "Padri Separati",
    "Dislessia Amica",
    "Informatici Senza Frontiere",
    "Pane Quotidiano",
    "La Mano Tesa",
    "Medici per il Quartiere",
    "Avvocati di Strada",
    "Il Baobab",
    "Accoglienza Solidale",
    "Bambini al Centro",
)

ASSOCIATION_FORMS: Final = (
    "Associazione {name}",
    "Associazione di volontariato {name}",
    "APS {name}",
    "{name} ODV",
    "Associazione {name} APS",
    "{name} ETS",
)

#: Saints and titles for parish names ("Parrocchia San Giuseppe al Trionfale").
PARISH_TITLES: Final = (
    "San Giuseppe",
    "Santa Maria Madre del Redentore",
    "San Felice da Cantalice",
    "Santi Pietro e Paolo",
    "San Francesco d'Assisi",
    "Santa Maria Assunta",
    "San Giovanni Bosco",
    "Sant'Ireneo",
    "San Gaspare del Bufalo",
    "Santa Rita da Cascia",
    "San Leonardo da Porto Maurizio",
    "Santa Maria Regina Pacis",
    "San Filippo Neri",
    "Santa Bernadette",
    "Nostra Signora di Lourdes",
    "San Romano Martire",
    "Santa Maria della Speranza",
    "San Luca Evangelista",
    "Sant'Agostino",
    "San Paolo della Croce",
    "Santissimo Sacramento",
    "San Giovanni Battista",
    "Santa Chiara",
    "San Tommaso d'Aquino",
    "Gesù Divino Lavoratore",
    "Natività di Nostro Signore",
    "Santa Maria del Buon Consiglio",
    "San Bernardo da Chiaravalle",
    "Sant'Antonio da Padova",
    "San Pio da Pietrelcina",
    "Santa Teresa di Calcutta",
    "San Massimiliano Kolbe",
)

#: Famous people schools are named after.
SCHOOL_NAMES: Final = (
    "Gianni Rodari",
    "Maria Montessori",
    "Don Lorenzo Milani",
    "Elsa Morante",
    "Alberto Manzi",
    "Italo Calvino",
    "Grazia Deledda",
    "Rita Levi-Montalcini",
    "Enrico Fermi",
    "Galileo Galilei",
    "Leonardo da Vinci",
    "Giovanni Falcone",
    "Paolo Borsellino",
    "Pier Paolo Pasolini",
    "Antonio Gramsci",
    "Margherita Hack",
    "Primo Levi",
    "Sandro Pertini",
    "Anna Magnani",
    "Carlo Levi",
)

SCHOOL_FORMS: Final = (
    "IC {street}",
    "Istituto Comprensivo {street}",
    "IC {person}",
    "Liceo Scientifico {person}",
    "Istituto di Istruzione Superiore {person}",
    "Scuola dell'infanzia {street}",
    "Istituto Tecnico {person}",
    "Nido comunale {quartiere}",
)

SAINT_FOUNDERS: Final = (
    "Don Guanella",
    "San Vincenzo de' Paoli",
    "Don Orione",
    "Santa Francesca Romana",
    "Madre Teresa",
    "San Camillo",
    "Don Bosco",
    "Santa Caterina",
    "Don Gnocchi",
    "San Giuseppe Calasanzio",
    "Santa Luisa de Marillac",
    "Don Luigi Di Liegro",
)

FOUNDATION_NAMES: Final = (
    "Fondazione Don Luigi Di Liegro",
    "Fondazione Roma Solidale",
    "Fondazione Comunità Solidale",
    "Fondazione Il Domani dei Ragazzi",
    "Fondazione Casa di Tutti",
    "Fondazione Dopo di Noi Roma",
    "Fondazione Alzheimer Lazio",
    "Fondazione Cultura e Quartieri",
    "Fondazione Futuro Insieme",
    "Fondazione Lavoro e Dignità",
    "Fondazione Giovani Talenti",
    "Fondazione Periferie al Centro",
)

UNIVERSITY_NAMES: Final = (
    "Sapienza Università di Roma - Dipartimento di Scienze Sociali ed Economiche",
    "Università degli Studi Roma Tre - Dipartimento di Scienze della Formazione",
    "Università di Roma Tor Vergata - Corso di laurea in Servizio Sociale",
    "LUMSA - Dipartimento di Scienze Umane",
    "Sapienza Università di Roma - Dipartimento di Psicologia dei Processi di Sviluppo",
    "Università degli Studi Roma Tre - Dipartimento di Giurisprudenza, Clinica legale",
)

#: Public hospitals in the network's districts: name, district, address (public seats).
HOSPITALS: Final = (
    ("Ospedale Sandro Pertini", "rm_m04", "Via dei Monti Tiburtini 385, 00157 Roma"),
    ("Ospedale Madre Giuseppina Vannini", "rm_m05", "Via di Acqua Bullicante 4, 00177 Roma"),
    ("Policlinico Casilino", "rm_m06", "Via Casilina 1049, 00169 Roma"),
    ("Policlinico Tor Vergata", "rm_m06", "Viale Oxford 81, 00133 Roma"),
    ("Ospedale CTO Andrea Alesini", "rm_m08", "Via San Nemesio 21, 00145 Roma"),
    ("Ospedale Sant'Eugenio", "rm_m09", "Piazzale dell'Umanesimo 10, 00144 Roma"),
    ("Ospedale Giovan Battista Grassi", "rm_m10", "Via Gian Carlo Passeroni 28, 00122 Roma"),
    ("Ospedale San Filippo Neri", "rm_m14", "Via Giovanni Martinotti 20, 00135 Roma"),
    ("Fondazione Policlinico Gemelli", "rm_m14", "Largo Agostino Gemelli 8, 00168 Roma"),
)
HOSPITAL_TYPES: Final = frozenset({"ospedale", "uuoo"})

HOSPITAL_UNITS: Final = (
    "U.O.C. Pediatria",
    "U.O.C. Geriatria",
    "U.O.S.D. Neuropsichiatria Infantile",
    "U.O.C. Medicina Fisica e Riabilitazione",
    "U.O.C. Neurologia - Centro Disturbi Cognitivi e Demenze",
    "U.O.C. Ostetricia e Ginecologia",
    "Servizio Sociale Ospedaliero",
)

LEGAL_FORMS: Final = (
    "Avv. {person}",
    "Studio legale {last}",
    "Studio legale associato {last} & {last2}",
    "Avv. {person} - diritto di famiglia",
    "Avv. {person} - diritto dell'immigrazione",
)

COMPANY_NAMES: Final = (
    "{last} & Figli s.r.l.",
    "{last} Servizi s.r.l.",
    "Roma Multiservizi {last} s.r.l.",
    "{quartiere} Logistica s.r.l.",
    "Tecnoservice {last} s.n.c.",
    "Edil{last} s.r.l.",
    "Supermercati {last} S.p.A.",
    "{last} Impianti s.r.l.",
)

CATERING_NAMES: Final = (
    "{last} Ristorazione Collettiva s.r.l.",
    "Pasti Solidali {quartiere} s.r.l.",
    "La Mensa di {quartiere} s.n.c.",
    "Cucina Amica s.r.l.",
    "Gastronomia {last} s.r.l.",
)

LODGING_NAMES: Final = (
    "Hotel {quartiere}",
    "Affittacamere {last}",
    "Agriturismo Il Casale di {quartiere}",
    "Bed and Breakfast {quartiere}",
    "Agriturismo La Valle dei Casali",
    "Residence {quartiere}",
)

HOMELAND_COMMUNITIES: Final = (
    "Comunità Romena di Roma",
    "Associazione Filippina {quartiere}",
    "Comunità Bangladese di Roma",
    "Associazione Culturale Ucraina",
    "Comunità Peruviana di Roma",
    "Associazione Egiziana in Italia",
    "Centro Culturale Cinese",
    "Associazione Senegalese Roma",
    "Associazione Mediatori Interculturali",
    "Comunità Eritrea di Roma",
    "Associazione Culturale Srilankese",
    "Casa dei Popoli {quartiere}",
)

# --------------------------------------------------------------------------- services

#: Name of a service by the main need it answers.
SERVICE_NAMES: Final[dict[str, str]] = {
    "sostegno_scolastico": "Doposcuola e aiuto compiti",
    "dispersione_scolastica": "Sportello contro la dispersione scolastica",
    "tutela_minori": "Servizio tutela minori",
    "centro_diurno_minori": "Centro diurno per bambini e ragazzi",
    "sostegno_genitorialita": "Spazio genitori: sostegno alla genitorialità",
    "affido_familiare": "Centro per l'affido familiare",
    "neuropsichiatria_infantile": "Ambulatorio di neuropsichiatria infantile",
    "attivita_estive": "Centro estivo",
    "educativa_domiciliare": "Servizio educativo domiciliare per minori e famiglie (SISMiF)",
    "prima_infanzia": "Spazio bebè 0-3 anni",
    "msna": "Accoglienza e tutela dei minori stranieri non accompagnati",
    "disagio_adolescenti": "Spazio ascolto adolescenti",
    "accoglienza_comunita_minori": "Casa famiglia per minori",
    "saish": "SAISH - assistenza domiciliare per persone con disabilità",
    "trasporto_sociale": "Trasporto sociale e accompagnamento",
    "inserimento_lavorativo_l68": "Inserimento lavorativo (L. 68/99)",
    "centro_diurno_disabili": "Centro diurno per persone con disabilità",
    "ausili_protesi": "Noleggio e consegna di ausili",
    "sollievo_caregiver_disabili": "Sollievo per famiglie e caregiver",
    "dopo_di_noi": "Gruppo appartamento «Dopo di noi»",
    "invalidita_l104": "Sportello invalidità civile e L. 104",
    "assistenza_scolastica_oepac": "Assistenza specialistica scolastica (OEPAC)",
    "barriere_architettoniche": "Consulenza per le barriere architettoniche",
    "vita_indipendente": "Progetto vita indipendente",
    "tempo_libero_disabili": "Laboratori e tempo libero inclusivo",
    "riabilitazione": "Riabilitazione ambulatoriale",
    "sad_anziani": "Assistenza domiciliare anziani (SAD)",
    "pasti_domicilio": "Pasti a domicilio",
    "telesoccorso": "Telesoccorso e teleassistenza",
    "solitudine_isolamento": "Telefonia sociale e compagnia «Mai soli»",
    "centro_diurno_anziani": "Centro diurno per anziani fragili",
    "centro_sociale_anziani": "Centro sociale anziani",
    "rsa_residenzialita": "Orientamento a RSA e case di riposo",
    "sostegno_caregiver_anziani": "Gruppo di sostegno per chi assiste un anziano",
    "assistente_familiare": "Sportello assistenti familiari",
    "cure_domiciliari_adi": "Cure domiciliari integrate (ADI)",
    "accompagnamento_visite": "Accompagnamento a visite ed esami",
    "demenza_alzheimer": "Caffè Alzheimer e centro per le demenze",
    "amministrazione_sostegno": "Sportello amministrazione di sostegno",
    "emergenza_abitativa": "Accoglienza per l'emergenza abitativa",
    "senza_dimora": "Accoglienza notturna e unità di strada",
    "sostegno_reddito": "Contributi economici e orientamento all'Assegno di inclusione",
    "lavoro_orientamento": "Orientamento al lavoro e bilancio di competenze",
    "beni_prima_necessita": "Emporio solidale e pacchi alimentari",
    "mediazione_familiare": "Mediazione familiare",
    "violenza_genere": "Ascolto e accoglienza per donne che subiscono violenza",
    "orientamento_legale": "Sportello legale gratuito",
    "permesso_soggiorno": "Sportello immigrazione: permessi di soggiorno e cittadinanza",
    "dipendenze": "Ascolto e sostegno per le dipendenze",
    "salute_mentale": "Ascolto psicologico e salute mentale",
    "utenze_morosita": "Sportello utenze e morosità",
    "accesso_cure": "Ambulatorio solidale e accesso alle cure",
    "mediazione_linguistica": "Mediazione linguistico-culturale",
    "pratiche_amministrative": "Sportello pratiche: ISEE, SPID, bonus",
    "orti_sociali": "Orti sociali urbani",
    "inserimento_agricoltura_sociale": "Tirocini in agricoltura sociale",
    "laboratori_culturali": "Laboratori artistici e teatrali",
    "attivita_aggregative": "Attività aggregative di quartiere",
    "fattoria_didattica": "Fattoria didattica",
    "accesso_cultura": "Biglietto sospeso: cinema, teatro e musei",
    "interventi_assistiti_animali": "Interventi assistiti con gli animali",
    "volontariato_cittadinanza": "Volontariato e cittadinanza attiva",
    "sport_sociale": "Sport sociale per tutte le età",
    "alfabetizzazione_digitale": "Corsi di alfabetizzazione digitale",
}

SCHEDULES: Final = (
    "lun-ven 9:00-13:00",
    "lun, mer, ven 9:00-13:00",
    "mar e gio 15:00-18:00",
    "lun-ven 15:00-18:30",
    "lun-ven 8:30-16:30",
    "mer 10:00-12:00 e 15:00-17:00",
    "sab 9:00-12:30",
    "lun e gio 14:30-17:30",
    "su appuntamento, lun-ven",
    "mar, gio 9:30-12:30; sab 10:00-12:00",
)
SCHEDULE_ALWAYS: Final = "tutti i giorni, 24 ore su 24"
ALWAYS_OPEN_TYPES: Final = frozenset(
    {"numero_1522", "emergenza_118", "pronta_accoglienza", "forze_ordine", "vigili_fuoco"}
)

#: Eligibility wording by intervention area.
ELIGIBILITY: Final[dict[str, tuple[str, ...]]] = {
    "minori": (
        "Bambini e ragazzi 6-14 anni residenti nel municipio",
        "Minori 0-17 anni e loro famiglie, su invio della COT o del Servizio Sociale",
        "Ragazzi 11-18 anni; accesso libero e gratuito",
        "Famiglie con bambini 0-3 anni",
    ),
    "disabilita": (
        "Persone con disabilità riconosciuta (L. 104/92)",
        "Persone con invalidità civile e loro familiari",
        "Adulti con disabilità intellettiva 18-45 anni, su progetto individuale",
    ),
    "anziani": (
        "Persone con più di 65 anni residenti nel municipio",
        "Anziani non autosufficienti, su valutazione dell'UVMD",
        "Over 75 che vivono soli",
    ),
    "adulti_famiglie": (
        "Accesso libero, anche senza residenza",
        "Nuclei con ISEE inferiore a 9.360 €",
        "Donne, anche con figli minori",
        "Cittadini stranieri, anche senza permesso di soggiorno",
        "Persone senza dimora o in emergenza abitativa",
    ),
    "cultura_agricoltura": (
        "Aperto a tutti, priorità a persone segnalate dalla rete",
        "Giovani e adulti in percorso di inclusione sociale",
        "Scuole e gruppi, su prenotazione",
    ),
}

# --------------------------------------------------------------------------- people

#: Italian birthplaces outside Rome (Belfiore code, name, weight): where Rome's residents
#: were born, by and large. Every code existed under that name through the 20th century.
ITALIAN_BIRTHPLACES: Final = (
    ("F839", "Napoli", 9),
    ("H224", "Reggio di Calabria", 4),
    ("D086", "Cosenza", 3),
    ("D810", "Frosinone", 5),
    ("E472", "Latina", 4),
    ("M082", "Viterbo", 3),
    ("H282", "Rieti", 3),
    ("L182", "Tivoli", 3),
    ("L719", "Velletri", 2),
    ("C773", "Civitavecchia", 2),
    ("G273", "Palermo", 4),
    ("C351", "Catania", 3),
    ("F158", "Messina", 2),
    ("A089", "Agrigento", 1),
    ("A662", "Bari", 3),
    ("D643", "Foggia", 2),
    ("E506", "Lecce", 2),
    ("L049", "Taranto", 2),
    ("H703", "Salerno", 2),
    ("B963", "Caserta", 2),
    ("A509", "Avellino", 1),
    ("G942", "Potenza", 1),
    ("B519", "Campobasso", 1),
    ("G482", "Pescara", 1),
    ("L117", "Terni", 1),
    ("G478", "Perugia", 1),
    ("A271", "Ancona", 1),
    ("F205", "Milano", 2),
    ("L219", "Torino", 1),
    ("D612", "Firenze", 1),
    ("D969", "Genova", 1),
    ("A944", "Bologna", 1),
    ("B354", "Cagliari", 1),
)
ROME_BIRTHPLACE: Final = ("H501", "Roma")

MOBILE_PREFIXES: Final = (
    "320",
    "324",
    "327",
    "328",
    "329",
    "331",
    "333",
    "334",
    "335",
    "338",
    "339",
    "340",
    "342",
    "345",
    "347",
    "348",
    "349",
    "350",
    "351",
    "366",
    "371",
    "377",
    "380",
    "388",
    "389",
    "391",
    "392",
    "393",
)

#: Domains reserved for examples (RFC 2606): demo e-mail addresses never reach anyone.
EMAIL_DOMAINS: Final = ("example.org", "example.com", "example.net")
NETWORK_DOMAIN: Final = "cotsolidale.example"

# --------------------------------------------------------------------------- case diary

NOTES: Final[dict[str, tuple[str, ...]]] = {
    "minori": (
        "Colloquio con la madre: riferisce difficoltà del figlio a seguire le lezioni e "
        "frequenti assenze nell'ultimo mese.",
        "Sentita l'insegnante referente: il ragazzo è più sereno, partecipa alle attività.",
        "La famiglia chiede informazioni sul doposcuola del quartiere.",
        "Colloquio con entrambi i genitori: concordato un percorso di sostegno educativo.",
        "Incontro con la psicologa della scuola: si valuta una segnalazione al TSMREE.",
        "La bambina ha iniziato a frequentare il centro diurno tre pomeriggi a settimana.",
        "Il padre riferisce tensioni in famiglia dopo la perdita del lavoro.",
    ),
    "disabilita": (
        "Colloquio con la madre caregiver: chiede ore di sollievo nel fine settimana.",
        "Verificata la documentazione per il riconoscimento della L. 104.",
        "La persona chiede informazioni sul trasporto sociale per raggiungere il centro diurno.",
        "Visita domiciliare: l'abitazione ha barriere architettoniche all'ingresso.",
        "Sentito il neuropsichiatra di riferimento: confermato il piano riabilitativo.",
        "Il fratello riferisce che la madre non riesce più a seguirlo da sola.",
    ),
    "anziani": (
        "Visita domiciliare: la signora vive sola al terzo piano senza ascensore.",
        "La figlia chiede informazioni sull'assistenza domiciliare e sui pasti a domicilio.",
        "Telefonata di controllo: il signore sta bene, ha ricevuto la spesa dai volontari.",
        "Segnalato dalla vicina: non esce di casa da giorni.",
        "Colloquio con il medico di base: si valuta l'attivazione dell'ADI.",
        "La persona ha bisogno di accompagnamento per le visite specialistiche.",
        "Il nipote chiede come avviare la pratica per l'amministratore di sostegno.",
    ),
    "adulti_famiglie": (
        "Colloquio: la persona ha ricevuto lo sfratto esecutivo, udienza a fine mese.",
        "Riferisce di aver perso il lavoro a tempo determinato; nessun altro reddito nel nucleo.",
        "Aiutata a prenotare l'appuntamento per l'ISEE al CAF.",
        "Bollette arretrate di luce e gas: avviato il contatto con lo sportello utenze.",
        "Consegnato il pacco alimentare; la famiglia tornerà tra due settimane.",
        "Colloquio con mediatrice culturale: chiarita la situazione del permesso di soggiorno.",
        "La persona dorme in auto da una settimana: attivata l'unità di strada.",
        "Accompagnata al Centro per l'Impiego per la presa in carico.",
        "Riferisce episodi di violenza da parte del compagno: informata sul 1522 e sul CAV.",
        "Presentata domanda per l'Assegno di inclusione.",
    ),
    "cultura_agricoltura": (
        "Il ragazzo ha iniziato il tirocinio nella fattoria sociale: buona partecipazione.",
        "Iscritta al laboratorio teatrale del giovedì.",
        "Colloquio di orientamento: interesse per le attività negli orti sociali.",
        "Riferisce di sentirsi meno sola da quando frequenta le attività del centro.",
    ),
}

CALLS: Final = (
    "Telefonata con la persona: confermato l'appuntamento.",
    "Telefonata all'ente partner per sollecitare la risposta all'invio.",
    "Chiamata senza risposta; lasciato un messaggio in segreteria.",
    "Sentito il Servizio Sociale municipale: concordato un aggiornamento in riunione.",
    "Telefonata del familiare: chiede notizie sui tempi di attivazione del servizio.",
    "Telefonata con la scuola: aggiornamento sulla frequenza.",
)

MEETINGS: Final = (
    "Discusso nella riunione d'équipe con il Segretariato Sociale: confermato il progetto.",
    "Riunione integrata: si concorda una segnalazione al Servizio Sociale Professionale.",
    "Riunione d'équipe: il caso resta in carico alla COT, verifica tra un mese.",
    "Riunione integrata con il PUA: si attiva la valutazione multidimensionale.",
)

NARRATIVES: Final[dict[str, tuple[str, ...]]] = {
    "minori": (
        "Nucleo con minori in difficoltà scolastica; genitori collaborativi ma con poco tempo.",
        "Ragazzo con frequenza irregolare e isolamento dai coetanei.",
        "Bambina con bisogni educativi; madre sola con lavoro precario.",
    ),
    "disabilita": (
        "Persona con disabilità che vive con la madre anziana; carico assistenziale alto.",
        "Giovane adulto con disabilità intellettiva, interessato a un percorso lavorativo.",
        "Disabilità motoria; difficoltà negli spostamenti e nell'accesso ai servizi.",
    ),
    "anziani": (
        "Anziana sola, parzialmente autosufficiente, rete familiare lontana.",
        "Coppia di anziani; il marito assiste la moglie con decadimento cognitivo.",
        "Anziano con patologie croniche, non esce di casa senza accompagnamento.",
    ),
    "adulti_famiglie": (
        "Nucleo monoreddito in emergenza abitativa, con arretrati di affitto e utenze.",
        "Persona sola senza lavoro da oltre un anno, nessuna rete di sostegno.",
        "Donna con figli, esce da una relazione violenta; necessita di protezione e casa.",
        "Cittadino straniero con permesso in scadenza, lavoro irregolare.",
        "Persona senza dimora, frequenta le mense del quartiere.",
    ),
    "cultura_agricoltura": (
        "Percorso di inclusione attraverso le attività agricole e culturali.",
        "Persona isolata, interessata ad attività di gruppo nel quartiere.",
    ),
}

SUMMARIES: Final[dict[str, tuple[str, ...]]] = {
    "minori": (
        "Sostegno scolastico ed educativo",
        "Difficoltà scolastiche e familiari",
        "Minore a rischio di dispersione",
    ),
    "disabilita": (
        "Sostegno alla persona con disabilità e alla famiglia",
        "Autonomia e inserimento lavorativo",
    ),
    "anziani": ("Anziano solo con bisogno di assistenza", "Sostegno domiciliare e compagnia"),
    "adulti_famiglie": (
        "Emergenza abitativa e reddito",
        "Ricerca di lavoro e sostegno economico",
        "Orientamento ai servizi e pratiche",
        "Protezione e accoglienza",
    ),
    "cultura_agricoltura": ("Percorso di inclusione sociale", "Attività culturali e agricole"),
}

CLOSURE_REASONS: Final = (
    "Obiettivi del progetto raggiunti: la persona è seguita dai servizi della rete.",
    "La persona si è trasferita fuori Roma.",
    "Presa in carico dal Servizio Sociale Professionale del municipio.",
    "Era solo una richiesta di informazioni: orientata ai servizi.",
    "La persona non si è più presentata nonostante tre contatti.",
    "Bisogno risolto con l'attivazione del servizio.",
    "La persona ha rinunciato al percorso.",
)
SUSPENSION_REASONS: Final = (
    "Ricovero ospedaliero.",
    "Temporaneamente fuori Roma per motivi familiari.",
    "Non raggiungibile al telefono da più settimane.",
    "In attesa della decisione del Tribunale.",
)
REJECTED_CLOSURE_REASONS: Final = (
    "Manca la verifica dell'esito dell'invio.",
    "Da ridiscutere nella riunione d'équipe.",
)
REOPEN_REASONS: Final = (
    "Nuova richiesta di aiuto della persona.",
    "Segnalazione della scuola dopo la chiusura.",
)

PARTNER_ACCEPTANCES: Final = (
    "Disponibili: primo colloquio fissato.",
    "Presa in carico confermata dall'ente.",
    "Accettato: inserimento dalla prossima settimana.",
    "Posto disponibile, la persona è attesa in sede.",
)
DECLINE_REASONS: Final = (
    "Nessun posto disponibile fino al prossimo anno.",
    "Requisiti di accesso non soddisfatti (residenza).",
    "Il servizio non copre il quartiere della persona.",
    "Lista d'attesa chiusa.",
)
CANCEL_REASONS: Final = (
    "La persona ha trovato un'altra soluzione.",
    "Inviata a un servizio più vicino a casa.",
    "La persona ha rinunciato.",
    "Bozza sostituita da un nuovo invio.",
)
INTERRUPT_REASONS: Final = (
    "La persona ha smesso di frequentare.",
    "Trasferimento del nucleo in altro municipio.",
    "Sospeso dall'ente per assenze ripetute.",
)
COMPLETION_OUTCOMES: Final = (
    "Percorso concluso con esito positivo.",
    "Servizio erogato come previsto.",
    "Obiettivi raggiunti, nessun ulteriore bisogno.",
)

#: How often each need is assessed, relative to the others of its area (default 1).
NEED_WEIGHTS: Final[dict[str, int]] = {
    "sostegno_scolastico": 6,
    "dispersione_scolastica": 3,
    "sostegno_genitorialita": 4,
    "centro_diurno_minori": 3,
    "attivita_estive": 3,
    "educativa_domiciliare": 3,
    "saish": 4,
    "invalidita_l104": 4,
    "trasporto_sociale": 3,
    "sollievo_caregiver_disabili": 3,
    "centro_diurno_disabili": 3,
    "assistenza_scolastica_oepac": 3,
    "sad_anziani": 5,
    "solitudine_isolamento": 5,
    "pasti_domicilio": 3,
    "accompagnamento_visite": 3,
    "cure_domiciliari_adi": 3,
    "sostegno_reddito": 8,
    "beni_prima_necessita": 8,
    "lavoro_orientamento": 6,
    "emergenza_abitativa": 5,
    "pratiche_amministrative": 5,
    "utenze_morosita": 4,
    "permesso_soggiorno": 3,
    "mediazione_linguistica": 2,
    "accesso_cure": 3,
    "laboratori_culturali": 3,
    "orti_sociali": 3,
    "attivita_aggregative": 3,
}

#: Relations of household members to the reference person (``intestatario``).
RELATION_HEAD: Final = "intestatario"

#: Birthplaces whose Belfiore code (under that name) only exists from a given year.
BIRTHPLACE_SINCE: Final[dict[str, int]] = {"E472": 1946}
