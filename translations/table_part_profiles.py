# Part of the translation table (see fill_translations.py and table_part1.py): the errors of a
# source profile (docs/profiles.md) that does not load, and of an answer that does not match it.
# Field names, paths, the profile's JSON keywords (none, bearer, rfc3339, 'each', {password},
# "profile": 1, ...) and HTTP words stay as they are: the user writes or reads them so.
from table_part1 import NB, NN

TABLE = {
    # ---- ProfileError: where the error is when the profile has no file
    ("qw::ProfileError", "profile"): ("Profil", "profil"),

    # ---- SourceProfile: a profile that does not load
    "larger than %1 KiB: not a profile": (
        "größer als %1" + NB + "KiB: kein Profil",
        "plus de %1" + NB + "Kio" + NB + ": pas un profil"),
    "not JSON: %1": ("kein JSON: %1", "pas du JSON" + NB + ": %1"),
    "expected a JSON object": ("erwartet: ein JSON-Objekt", "attendu" + NB + ": un objet JSON"),
    "unknown field; expected one of %1": (
        "unbekanntes Feld; erwartet: eines von %1",
        "champ inconnu" + NN + "; attendu" + NB + ": l'un de %1"),
    "missing; it is required": ("fehlt; ist erforderlich", "manquant" + NN + "; obligatoire"),
    "expected a non-empty string": (
        "erwartet: ein nicht leerer Text", "attendu" + NB + ": un texte non vide"),
    "not a path: %1": ("kein Pfad: %1", "pas un chemin" + NB + ": %1"),
    "needs a wildcard (.* or [*]) to visit the items": (
        "braucht einen Platzhalter (.* oder [*]), um die Einträge zu durchlaufen",
        "il faut un joker (.* ou [*]) pour parcourir les éléments"),
    "a wildcard is only allowed in 'each'": (
        "ein Platzhalter ist nur in 'each' erlaubt",
        "un joker n'est permis que dans 'each'"),
    "expected one of rfc3339, epochSeconds, epochMillis, naiveUtc, secondsFromNow": (
        "erwartet: eines von rfc3339, epochSeconds, epochMillis, naiveUtc, secondsFromNow",
        "attendu" + NB + ": l'un de rfc3339, epochSeconds, epochMillis, naiveUtc, secondsFromNow"),
    "expected an object": ("erwartet: ein Objekt", "attendu" + NB + ": un objet"),
    "'@' is the current item, and without 'each' there is none; use '$'": (
        "'@' ist der aktuelle Eintrag, und ohne 'each' gibt es keinen; verwenden Sie '$'",
        "'@' est l'élément courant, et sans 'each' il n'y en a pas" + NN + "; utilisez '$'"),
    "expected a path ($... or @...), a text, a number or null": (
        "erwartet: ein Pfad ($... oder @...), ein Text, eine Zahl oder null",
        "attendu" + NB + ": un chemin ($... ou @...), un texte, un nombre ou null"),
    "missing; give 'used', or 'remaining' and 'limit'": (
        "fehlt; geben Sie 'used' an oder 'remaining' und 'limit'",
        "manquant" + NN + "; indiquez 'used', ou 'remaining' et 'limit'"),
    "missing; 'remaining' alone does not say what is used": (
        "fehlt; 'remaining' allein sagt nicht, wie viel genutzt ist",
        "manquant" + NN + "; 'remaining' seul ne dit pas ce qui est utilisé"),
    "expected an object: null, absent, values": (
        "erwartet: ein Objekt mit null, absent, values",
        "attendu" + NB + ": un objet avec null, absent, values"),
    "expected true or false": ("erwartet: true oder false", "attendu" + NB + ": true ou false"),
    "expected a list of numbers or texts": (
        "erwartet: eine Liste von Zahlen oder Texten",
        "attendu" + NB + ": une liste de nombres ou de textes"),
    "expected one of auto, epochSeconds, secondsFromNow, instant": (
        "erwartet: eines von auto, epochSeconds, secondsFromNow, instant",
        "attendu" + NB + ": l'un de auto, epochSeconds, secondsFromNow, instant"),
    "expected GET or POST": ("erwartet: GET oder POST", "attendu" + NB + ": GET ou POST"),
    "expected a path on the source's server, starting with /": (
        "erwartet: ein Pfad auf dem Server der Quelle, der mit / beginnt",
        "attendu" + NB + ": un chemin sur le serveur de la source, commençant par /"),
    "expected a list": ("erwartet: eine Liste", "attendu" + NB + ": une liste"),
    "reads no quotas: give 'quotas', 'rateLimitHeaders' or both": (
        "liest keine Kontingente: geben Sie 'quotas', 'rateLimitHeaders' oder beides an",
        "ne lit aucun quota" + NB + ": indiquez 'quotas', 'rateLimitHeaders' ou les deux"),
    "expected one of none, bearer, apiKey, login": (
        "erwartet: eines von none, bearer, apiKey, login",
        "attendu" + NB + ": l'un de none, bearer, apiKey, login"),
    "expected a path starting with /": (
        "erwartet: ein Pfad, der mit / beginnt",
        "attendu" + NB + ": un chemin commençant par /"),
    "expected the login body as an object, with {username} and {password} where they go": (
        "erwartet: der Anmelde-Body als Objekt, mit {username} und {password} an ihrer Stelle",
        "attendu" + NB + ": le corps de la connexion sous forme d'objet, avec {username} et "
        "{password} à leur place"),
    "has no {password}: where does the password go?": (
        "enthält kein {password}: Wohin gehört das Passwort?",
        "ne contient pas {password}" + NB + ": où va le mot de passe" + NN + "?"),
    "expected an object with the path that ends the session": (
        "erwartet: ein Objekt mit dem Pfad, der die Sitzung beendet",
        "attendu" + NB + ": un objet avec le chemin qui termine la session"),
    "expected POST, DELETE or GET": (
        "erwartet: POST, DELETE oder GET", "attendu" + NB + ": POST, DELETE ou GET"),
    "expected a list of paths, tried in order": (
        "erwartet: eine Liste von Pfaden, der Reihe nach versucht",
        "attendu" + NB + ": une liste de chemins, essayés dans l'ordre"),
    "expected a path": ("erwartet: ein Pfad", "attendu" + NB + ": un chemin"),
    "expected a list of HTTP status codes": (
        "erwartet: eine Liste von HTTP-Statuscodes",
        "attendu" + NB + ": une liste de codes d'état HTTP"),
    "expected HTTP status codes from 400 to 599": (
        "erwartet: HTTP-Statuscodes von 400 bis 599",
        "attendu" + NB + ": des codes d'état HTTP de 400 à 599"),
    'missing; write "profile": 1': (
        'fehlt; schreiben Sie "profile": 1',
        "manquant" + NN + '; écrivez "profile": 1'),
    "this Quotawatch reads profile format %1": (
        "dieses Quotawatch liest das Profilformat %1",
        "ce Quotawatch lit le format de profil %1"),
    "expected lower-case letters, digits and '-' (up to 64)": (
        "erwartet: Kleinbuchstaben, Ziffern und '-' (bis zu 64)",
        "attendu" + NB + ": des minuscules, des chiffres et '-' (64 au plus)"),
    "expected a list of at least one request to make each poll": (
        "erwartet: eine Liste mit mindestens einer Anfrage für jede Abfrage",
        "attendu" + NB + ": une liste d'au moins une requête à faire à chaque interrogation"),
    "at most 8 requests a poll": (
        "höchstens 8 Anfragen pro Abfrage", "8 requêtes au plus par interrogation"),

    # ---- JsonPath: a path's syntax
    "a path starts with $ (the answer) or @ (the current item)": (
        "ein Pfad beginnt mit $ (die Antwort) oder @ (der aktuelle Eintrag)",
        "un chemin commence par $ (la réponse) ou @ (l'élément courant)"),
    "an empty name after '.' at %1": (
        "ein leerer Name nach '.' an Position %1",
        "un nom vide après '.' à la position %1"),
    "an unclosed '[' at %1": (
        "ein nicht geschlossenes '[' an Position %1",
        "un '[' non fermé à la position %1"),
    "'[%1]' is neither an index, * nor a quoted name": (
        "'[%1]' ist weder ein Index noch * noch ein Name in Anführungszeichen",
        "'[%1]' n'est ni un indice, ni *, ni un nom entre guillemets"),
    "unexpected '%1' at %2": (
        "unerwartetes '%1' an Position %2",
        "'%1' inattendu à la position %2"),
    "a path may visit one level of items, not two": (
        "ein Pfad darf nur eine Ebene von Einträgen durchlaufen, nicht zwei",
        "un chemin ne peut parcourir qu'un niveau d'éléments, pas deux"),

    # ---- ProfileCatalog
    "no built-in profile of that name": (
        "kein eingebautes Profil dieses Namens", "aucun profil intégré de ce nom"),
    "the built-in profile cannot be read": (
        "das eingebaute Profil ist nicht lesbar", "le profil intégré est illisible"),

    # ---- ProfileMapper: an answer that does not match the profile
    "not a path": ("kein Pfad", "pas un chemin"),
    "the answer has no %1": ("die Antwort enthält kein %1", "la réponse ne contient pas %1"),
    "%1 is not a list or an object of quotas": (
        "%1 ist weder eine Liste noch ein Objekt von Kontingenten",
        "%1 n'est ni une liste ni un objet de quotas"),
    "more than %1 quotas": ("mehr als %1 Kontingente", "plus de %1 quotas"),
    "%1: no metric name": ("%1: kein Name der Metrik", "%1" + NB + ": aucun nom de métrique"),
    "%1: the limit is not a number of zero or more": (
        "%1: das Limit ist keine Zahl von null oder mehr",
        "%1" + NB + ": la limite n'est pas un nombre positif ou nul"),
    "%1: the usage is not a number of zero or more": (
        "%1: die Nutzung ist keine Zahl von null oder mehr",
        "%1" + NB + ": l'utilisation n'est pas un nombre positif ou nul"),
    "%1: usage needs a remaining count and a limit": (
        "%1: für die Nutzung braucht es eine verbleibende Menge und ein Limit",
        "%1" + NB + ": l'utilisation demande un reste et une limite"),
    "%1: the reset time is not as the profile says": (
        "%1: der Zeitpunkt der Zurücksetzung hat nicht das Format, das das Profil angibt",
        "%1" + NB + ": l'heure de réinitialisation n'a pas le format indiqué par le profil"),
    "The server answered with an HTML page instead of data.": (
        "Der Server hat mit einer HTML-Seite statt mit Daten geantwortet.",
        "Le serveur a répondu par une page HTML au lieu de données."),

    # ---- ProfileSource: answers to a sign-in or a request
    "the sign-in answer is not JSON": (
        "die Antwort auf die Anmeldung ist kein JSON",
        "la réponse à la connexion n'est pas du JSON"),
    "the sign-in answer has no token at %1": (
        "die Antwort auf die Anmeldung enthält kein Token unter %1",
        "la réponse à la connexion n'a pas de jeton à %1"),
    "%1: the answer is not JSON (%2)": (
        "%1: die Antwort ist kein JSON (%2)",
        "%1" + NB + ": la réponse n'est pas du JSON (%2)"),
    "%1: the answer has no rate-limit headers": (
        "%1: die Antwort enthält keine Rate-Limit-Header",
        "%1" + NB + ": la réponse n'a pas d'en-têtes de limite de débit"),
    "%1: answer too large": ("%1: Antwort zu groß", "%1" + NB + ": réponse trop volumineuse"),
    # ---- SourceProfile: the API key's header
    "expected an HTTP header name: letters, digits and - (up to 64)": (
        "erwartet einen HTTP-Headernamen: Buchstaben, Ziffern und - (bis zu 64)",
        "nom d’en-tête HTTP attendu" + NB + ": lettres, chiffres et - (64 au plus)"),
    "%1 cannot carry the API key: give the header the service reads it from, such as X-API-Key": (
        "%1 kann den API-Schlüssel nicht tragen: Geben Sie den Header an, aus dem der Dienst ihn liest, etwa X-API-Key",
        "%1 ne peut pas porter la clé d’API" + NB + ": indiquez l’en-tête où le service la lit, par exemple X-API-Key"),
}
