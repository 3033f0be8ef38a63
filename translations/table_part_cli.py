# Part of the translation table (see fill_translations.py and table_part1.py): quotawatch-cli's
# own words (help, tables, errors) and the desktop app's command-line errors. Option names,
# option values and syntax lines stay as the user types them.
from table_part1 import NB, NN

TABLE = {
    # ---- main (command-line errors of the desktop app)
    "--view must be quotas, analytics, alerts or tenants": (
        "--view muss quotas, analytics, alerts oder tenants sein",
        "--view doit valoir quotas, analytics, alerts ou tenants"),
    "--as must be customer, support or admin": (
        "--as muss customer, support oder admin sein",
        "--as doit valoir customer, support ou admin"),
    "--size must be WIDTHxHEIGHT, 320 to 7680 each": (
        "--size muss BREITExHÖHE sein, jeweils 320 bis 7680",
        "--size doit être LARGEURxHAUTEUR, chacune de 320 à 7680"),

    # ---- CliApp (the overview of quotawatch-cli --help)
    "Usage: quotawatch-cli <command> [options]": (
        "Aufruf: quotawatch-cli <Befehl> [Optionen]",
        "Utilisation" + NB + ": quotawatch-cli <commande> [options]"),
    "Watch usage quotas from a terminal or a script.": (
        "Nutzungskontingente im Terminal oder in einem Skript beobachten.",
        "Surveillez vos quotas d'utilisation depuis un terminal ou un script."),
    "Commands:": ("Befehle:", "Commandes" + NB + ":"),
    "Sign in and print the quotas:": (
        "Anmelden und die Kontingente ausgeben:",
        "Se connecter et afficher les quotas" + NB + ":"),
    "Poll and print one line per alert fired, resolved or predicted (one JSON\nobject per line with --json) until interrupted:": (
        "Regelmäßig abfragen und je ausgelöstem, behobenem oder vorhergesagtem Alarm\n"
        "eine Zeile ausgeben (mit --json ein JSON-Objekt je Zeile), bis zum Abbruch:",
        "Interroger régulièrement et afficher une ligne par alerte déclenchée, levée ou\n"
        "prévue (un objet JSON par ligne avec --json) jusqu'à l'interruption" + NB + ":"),
    "Watch another usage API through a source profile (docs/profiles.md); its\ncredentials from standard input as the profile's sign-in wants them:": (
        "Eine andere Nutzungs-API über ein Quellprofil beobachten (docs/profiles.md);\n"
        "die Zugangsdaten von der Standardeingabe, wie die Anmeldung des Profils sie will:",
        "Surveiller une autre API d'utilisation au moyen d'un profil de source\n"
        "(docs/profiles.md)" + NN + "; les identifiants sur l'entrée standard,\n"
        "comme la connexion du profil les demande" + NB + ":"),
    "--email E --password-stdin, --api-key-stdin or --token-stdin.": (
        "--email E --password-stdin, --api-key-stdin oder --token-stdin.",
        "--email E --password-stdin, --api-key-stdin ou --token-stdin."),
    "--json prints the contract's status shape whatever the source.": (
        "--json gibt den Status in der Form des Vertrags aus, gleich welche Quelle.",
        "--json affiche le statut sous la forme du contrat, quelle que soit la source."),
    "List the built-in profiles and those in the user's profile folder": (
        "Die eingebauten Profile und die im Profilordner des Benutzers auflisten",
        "Lister les profils intégrés et ceux du dossier de l'utilisateur"),
    "Support staff: list every tenant, worst first (all pages are fetched):": (
        "Support: alle Mandanten auflisten, kritischste zuerst (holt alle Seiten):",
        "Support" + NB + ": lister tous les locataires, les plus critiques d'abord\n"
        "(toutes les pages sont chargées)" + NB + ":"),
    "--json prints one object %1 in the API's item shape": (
        "--json gibt ein Objekt %1 in der Eintragsform der API aus",
        "--json affiche un objet %1 sous la forme des éléments de l'API"),
    "Admins: reset a tenant's counters (recorded in the audit log):": (
        "Admins: die Zähler eines Mandanten zurücksetzen (im Prüfprotokoll vermerkt):",
        "Administrateurs" + NB + ": réinitialiser les compteurs d'un locataire\n"
        "(consigné dans le journal d'audit)" + NB + ":"),
    "Export usage data as CSV (RFC 4180), JSON or NDJSON (docs/export.md):": (
        "Nutzungsdaten als CSV (RFC 4180), JSON oder NDJSON exportieren (docs/export.md):",
        "Exporter les données d'utilisation en CSV (RFC 4180), JSON ou NDJSON\n"
        "(docs/export.md)" + NB + ":"),
    "the file appears only when complete; exit 1 when the export stopped": (
        "die Datei erscheint erst vollständig; Exit-Code 1, wenn der Export abbrach",
        "le fichier n'apparaît qu'une fois complet" + NN + "; code de sortie 1\n"
        "si l'exportation s'est arrêtée"),
    "The local anonymous-session counter (no server):": (
        "Der lokale Zähler der anonymen Sitzung (ohne Server):",
        "Le compteur local de la session anonyme (sans serveur)" + NB + ":"),
    "count messages; exit 5 when the daily limit is reached": (
        "Nachrichten zählen; Exit-Code 5 bei erreichtem Tageslimit",
        "compter des messages" + NN + "; code de sortie 5\n"
        "si la limite quotidienne est atteinte"),
    "today's count, limit and reset time": (
        "heutiger Stand, Limit und Zeitpunkt der Zurücksetzung",
        "total du jour, limite et heure de réinitialisation"),
    "set today's count to zero (asks unless --yes)": (
        "heutigen Stand auf null setzen (fragt, außer mit --yes)",
        "remettre le total du jour à zéro\n"
        "(demande confirmation sauf avec --yes)"),
    "each takes [--state FILE] and [--limit N] (sets the daily limit, default 50)": (
        "jeweils mit [--state FILE] und [--limit N] (setzt das Tageslimit, Vorgabe 50)",
        "chacune accepte [--state FILE] et [--limit N]\n"
        "(fixe la limite quotidienne, 50 par défaut)"),
    "Exit codes:": ("Exit-Codes:", "Codes de sortie" + NB + ":"),
    "success": ("Erfolg", "succès"),
    "the server answered something unusable, or failed (5xx)": (
        "der Server gab eine unbrauchbare Antwort oder scheiterte (5xx)",
        "le serveur a donné une réponse inutilisable, ou a échoué (5xx)"),
    "bad command line, or a profile that does not load": (
        "fehlerhafte Befehlszeile oder ein Profil, das sich nicht laden lässt",
        "ligne de commande incorrecte, ou profil impossible à charger"),
    "sign-in refused (wrong e-mail or password, or no access to the tenant), or the\nserver refused the command for this account's role (403)": (
        "Anmeldung abgelehnt (falsche E-Mail-Adresse oder falsches Passwort, oder kein\n"
        "Zugriff auf den Mandanten), oder der Server lehnte den Befehl für die Rolle\n"
        "dieses Kontos ab (403)",
        "connexion refusée (adresse e-mail ou mot de passe incorrect, ou pas d'accès\n"
        "au locataire), ou le serveur a refusé la commande pour le rôle de ce compte (403)"),
    "the server could not be reached or did not answer in time": (
        "der Server war nicht erreichbar oder antwortete nicht rechtzeitig",
        "le serveur était injoignable ou n'a pas répondu à temps"),
    "anon record: the daily limit is reached; nothing was counted": (
        "anon record: das Tageslimit ist erreicht; nichts wurde gezählt",
        "anon record" + NB + ": la limite quotidienne est atteinte" + NN + "; rien n'a été compté"),
    "missing command": ("Befehl fehlt", "commande manquante"),
    "Run 'quotawatch-cli --help' for usage.": (
        "Aufruf: siehe „quotawatch-cli --help“.",
        "Lancez «" + NB + "quotawatch-cli --help" + NB + "» pour connaître l'utilisation."),
    "unknown command '%1'": ("unbekannter Befehl „%1“", "commande inconnue «" + NB + "%1" + NB + "»"),

    # ---- CliCommand (every command)
    "Show this help.": ("Diese Hilfe anzeigen.", "Afficher cette aide."),
    "unexpected argument '%1'": ("unerwartetes Argument „%1“", "argument inattendu «" + NB + "%1" + NB + "»"),
    "sign-in failed: %1": ("Anmeldung fehlgeschlagen: %1", "échec de la connexion" + NB + ": %1"),

    # ---- ServerOptions
    "Server URL, e.g. http://127.0.0.1:8080.": (
        "URL des Servers, z. B. http://127.0.0.1:8080.",
        "URL du serveur, par ex. http://127.0.0.1:8080."),
    "Account e-mail.": ("E-Mail-Adresse des Kontos.", "Adresse e-mail du compte."),
    "Read the password from standard input.": (
        "Das Passwort von der Standardeingabe lesen.",
        "Lire le mot de passe sur l'entrée standard."),
    "Another tenant (support staff).": (
        "Ein anderer Mandant (Support).",
        "Un autre locataire (support)."),
    "Also trust the certificate authorities in this PEM file (a private CA).": (
        "Auch den Zertifizierungsstellen in dieser PEM-Datei vertrauen (eine private CA).",
        "Faire aussi confiance aux autorités de certification de ce fichier PEM (une AC privée)."),
    "Seconds to wait for each answer (default 15).": (
        "Sekunden, die auf jede Antwort gewartet wird (Vorgabe 15).",
        "Secondes d'attente de chaque réponse (15 par défaut)."),
    "--email is required": ("--email ist erforderlich", "--email est obligatoire"),
    "--password-stdin is required (passwords never go on the command line)": (
        "--password-stdin ist erforderlich (Passwörter gehören nie auf die Befehlszeile)",
        "--password-stdin est obligatoire (un mot de passe ne va jamais sur la ligne de commande)"),
    "--server must be an http:// or https:// URL": (
        "--server muss eine http://- oder https://-URL sein",
        "--server doit être une URL http:// ou https://"),
    "--timeout must be 1 to 600 seconds": (
        "--timeout muss 1 bis 600 Sekunden betragen",
        "--timeout doit être de 1 à 600 secondes"),

    # ---- ProfileOptions
    "Watch a source through a profile: a built-in name (see 'quotawatch-cli profiles') or a file.": (
        "Eine Quelle über ein Profil beobachten: ein eingebauter Name (siehe „quotawatch-cli profiles“) oder eine Datei.",
        "Surveiller une source au moyen d'un profil" + NB + ": un nom intégré (voir «" + NB + "quotawatch-cli profiles" + NB + "») ou un fichier."),
    "With --profile: the path to request instead of the profile's (e.g. for ratelimit-headers).": (
        "Mit --profile: der abzufragende Pfad statt dem des Profils (z. B. für ratelimit-headers).",
        "Avec --profile" + NB + ": le chemin à demander au lieu de celui du profil (par ex. pour ratelimit-headers)."),
    "With --profile: read the API key from standard input.": (
        "Mit --profile: den API-Schlüssel von der Standardeingabe lesen.",
        "Avec --profile" + NB + ": lire la clé d'API sur l'entrée standard."),
    "With --profile: read the bearer token from standard input.": (
        "Mit --profile: das Bearer-Token von der Standardeingabe lesen.",
        "Avec --profile" + NB + ": lire le jeton porteur sur l'entrée standard."),
    "--%1 needs --profile": ("--%1 braucht --profile", "--%1 nécessite --profile"),
    "--tenant is for the Quotawatch server's own sign-in; a profile watches the account its credentials belong to": (
        "--tenant gilt nur für die Anmeldung am Quotawatch-Server; ein Profil beobachtet das Konto, zu dem seine Zugangsdaten gehören",
        "--tenant ne sert qu'à la connexion au serveur Quotawatch" + NN + "; un profil surveille le compte auquel appartiennent ses identifiants"),
    "give one of --password-stdin, --api-key-stdin and --token-stdin: standard input carries one secret": (
        "nur eine von --password-stdin, --api-key-stdin und --token-stdin angeben: die Standardeingabe trägt ein einziges Geheimnis",
        "indiquez une seule option parmi --password-stdin, --api-key-stdin et --token-stdin" + NB + ": l'entrée standard ne porte qu'un secret"),
    "the profile '%1' signs in with %2": (
        "das Profil „%1“ meldet sich mit %2 an",
        "le profil «" + NB + "%1" + NB + "» se connecte avec %2"),
    "the profile '%1' takes no credentials": (
        "das Profil „%1“ nimmt keine Zugangsdaten",
        "le profil «" + NB + "%1" + NB + "» ne prend pas d'identifiants"),
    "standard input gave no secret (one line expected)": (
        "die Standardeingabe lieferte kein Geheimnis (eine Zeile erwartet)",
        "l'entrée standard n'a fourni aucun secret (une ligne attendue)"),
    "--path must be a path on the server, starting with /": (
        "--path muss ein Pfad auf dem Server sein, der mit / beginnt",
        "--path doit être un chemin sur le serveur, commençant par /"),
    "--path needs a profile that makes one request; '%1' makes %n": (
        ("--path braucht ein Profil mit einer einzigen Anfrage; „%1“ stellt %n",
         "--path braucht ein Profil mit einer einzigen Anfrage; „%1“ stellt %n"),
        ("--path nécessite un profil qui fait une seule requête" + NN + "; «" + NB + "%1" + NB + "» en fait %n",
         "--path nécessite un profil qui fait une seule requête" + NN + "; «" + NB + "%1" + NB + "» en fait %n")),

    # ---- StatusCommand
    "Sign in and print the tenant's quotas.": (
        "Anmelden und die Kontingente des Mandanten ausgeben.",
        "Se connecter et afficher les quotas du locataire."),
    "Print the status as the contract's JSON.": (
        "Den Status als JSON des Vertrags ausgeben.",
        "Afficher le statut dans le JSON du contrat."),
    "%1 (%2): %3": ("%1 (%2): %3", "%1 (%2)" + NB + ": %3"),
    "%1 (%2, %3): %4": ("%1 (%2, %3): %4", "%1 (%2, %3)" + NB + ": %4"),
    "no quotas: nothing is limited": (
        "keine Kontingente: nichts ist begrenzt",
        "aucun quota" + NB + ": rien n'est limité"),

    # ---- WatchCommand
    "Watch quotas and print alerts as they fire.": (
        "Kontingente beobachten und Alarme ausgeben, sobald sie auslösen.",
        "Surveiller les quotas et afficher les alertes dès qu'elles se déclenchent."),
    "One JSON object per alert.": ("Ein JSON-Objekt je Alarm.", "Un objet JSON par alerte."),
    "Seconds between polls (default 60, at least 5).": (
        "Sekunden zwischen den Abfragen (Vorgabe 60, mindestens 5).",
        "Secondes entre deux interrogations (60 par défaut, au moins 5)."),
    "Alert state file, so a restart does not repeat alerts (default: per server and account in the user's data directory).": (
        "Datei für den Alarmzustand, damit ein Neustart keine Alarme wiederholt (Vorgabe: je Server und Konto im Datenordner des Benutzers).",
        "Fichier d'état des alertes, pour qu'un redémarrage ne les répète pas (par défaut" + NB + ": un par serveur et par compte dans le dossier de données de l'utilisateur)."),
    "--interval must be %1 to %2 seconds": (
        "--interval muss %1 bis %2 Sekunden betragen",
        "--interval doit être de %1 à %2 secondes"),
    "not updating: %1": ("keine Aktualisierung: %1", "pas de mise à jour" + NB + ": %1"),
    "stopped: %1": ("beendet: %1", "arrêté" + NB + ": %1"),
    "signed out: %1": ("abgemeldet: %1", "déconnecté" + NB + ": %1"),
    ("qw::WatchCommand", "fired"): ("ausgelöst", "déclenchée"),
    ("qw::WatchCommand", "resolved"): ("behoben", "levée"),
    ("qw::WatchCommand", "predicted"): ("vorhergesagt", "prévue"),

    # ---- TenantsCommand
    "Sign in as support staff and list every tenant, worst first.": (
        "Als Support anmelden und alle Mandanten auflisten, die kritischsten zuerst.",
        "Se connecter en tant que support et lister tous les locataires, les plus critiques d'abord."),
    "Only tenants whose name or id contains S.": (
        "Nur Mandanten, deren Name oder ID S enthält.",
        "Seulement les locataires dont le nom ou l'identifiant contient S."),
    "maxPercent (default), name or activity.": (
        "maxPercent (Vorgabe), name oder activity.",
        "maxPercent (par défaut), name ou activity."),
    'Print one JSON object {"tenants": [...]} with every tenant.': (
        'Ein JSON-Objekt {"tenants": [...]} mit allen Mandanten ausgeben.',
        'Afficher un objet JSON {"tenants": [...]} avec tous les locataires.'),
    "Tenants per request (default 100).": (
        "Mandanten je Anfrage (Vorgabe 100).",
        "Locataires par requête (100 par défaut)."),
    "--sort must be maxPercent, name or activity": (
        "--sort muss maxPercent, name oder activity sein",
        "--sort doit valoir maxPercent, name ou activity"),
    "--page-size must be a number from 1 to 1000": (
        "--page-size muss eine Zahl von 1 bis 1000 sein",
        "--page-size doit être un nombre de 1 à 1000"),
    "this account may not list tenants (support staff only)": (
        "dieses Konto darf keine Mandanten auflisten (nur Support)",
        "ce compte ne peut pas lister les locataires (réservé au support)"),
    "%Ln tenant(s)": (("%Ln Mandant", "%Ln Mandanten"), ("%Ln locataire", "%Ln locataires")),

    # ---- ResetCommand
    "Reset a tenant's usage counters (admins; recorded in the audit log).": (
        "Die Nutzungszähler eines Mandanten zurücksetzen (Admins; im Prüfprotokoll vermerkt).",
        "Réinitialiser les compteurs d'utilisation d'un locataire (administrateurs" + NN + "; consigné dans le journal d'audit)."),
    "daily or monthly.": ("daily oder monthly.", "daily ou monthly."),
    "Only this metric (requests, tokens, cost); default: all of the period.": (
        "Nur diese Metrik (requests, tokens, cost); Vorgabe: alle des Zeitraums.",
        "Seulement cette métrique (requests, tokens, cost)" + NN + "; par défaut" + NB + ": toutes celles de la période."),
    "Why (required; kept in the audit log).": (
        "Begründung (erforderlich; wird im Prüfprotokoll festgehalten).",
        "Motif (obligatoire" + NN + "; conservé dans le journal d'audit)."),
    "--tenant is required": ("--tenant ist erforderlich", "--tenant est obligatoire"),
    "--period must be daily or monthly": (
        "--period muss daily oder monthly sein",
        "--period doit valoir daily ou monthly"),
    "--reason is required": ("--reason ist erforderlich", "--reason est obligatoire"),
    "--metric must not be empty": ("--metric darf nicht leer sein", "--metric ne doit pas être vide"),
    "the server refused: only admins may reset counters": (
        "der Server hat abgelehnt: nur Admins dürfen Zähler zurücksetzen",
        "le serveur a refusé" + NB + ": seuls les administrateurs peuvent réinitialiser les compteurs"),
    "reset daily %1 of %2": (
        "Tageszähler %1 von %2 zurückgesetzt",
        "compteur journalier %1 de %2 réinitialisé"),
    "reset monthly %1 of %2": (
        "Monatszähler %1 von %2 zurückgesetzt",
        "compteur mensuel %1 de %2 réinitialisé"),
    "reset daily all metrics of %1": (
        "alle Tageszähler von %1 zurückgesetzt",
        "tous les compteurs journaliers de %1 réinitialisés"),
    "reset monthly all metrics of %1": (
        "alle Monatszähler von %1 zurückgesetzt",
        "tous les compteurs mensuels de %1 réinitialisés"),

    # ---- AnonCommand
    "The local anonymous-session counter.": (
        "Der lokale Zähler der anonymen Sitzung.",
        "Le compteur local de la session anonyme."),
    "Messages to count (default 1).": (
        "Zu zählende Nachrichten (Vorgabe 1).",
        "Messages à compter (1 par défaut)."),
    "Set the daily limit.": ("Das Tageslimit setzen.", "Fixer la limite quotidienne."),
    "Counter file (default: shared with the desktop app).": (
        "Zählerdatei (Vorgabe: die der Desktop-App).",
        "Fichier du compteur (par défaut" + NB + ": celui de l'application de bureau)."),
    "status: print JSON.": ("status: JSON ausgeben.", "status" + NB + ": afficher du JSON."),
    "reset: do not ask.": ("reset: nicht nachfragen.", "reset" + NB + ": ne pas demander confirmation."),
    "anon needs one of record, status, reset": (
        "anon braucht record, status oder reset",
        "anon nécessite record, status ou reset"),
    "--count must be a positive number": (
        "--count muss eine positive Zahl sein",
        "--count doit être un nombre positif"),
    "--limit must be 0 to %1": ("--limit muss 0 bis %1 sein", "--limit doit être compris entre 0 et %1"),
    "%1 of %Ln message(s) today, %2 left; %3": (
        ("heute %1 von %Ln Nachricht, noch %2; %3", "heute %1 von %Ln Nachrichten, noch %2; %3"),
        ("%1 sur %Ln message aujourd'hui, il en reste %2" + NN + "; %3",
         "%1 sur %Ln messages aujourd'hui, il en reste %2" + NN + "; %3")),
    "the counter could not be updated": (
        "der Zähler konnte nicht aktualisiert werden",
        "le compteur n'a pas pu être mis à jour"),
    "daily limit reached (%1 of %Ln); nothing counted. Sign in for a higher limit.": (
        ("Tageslimit erreicht (%1 von %Ln); nichts gezählt. Melden Sie sich an, um ein höheres Limit zu erhalten.",
         "Tageslimit erreicht (%1 von %Ln); nichts gezählt. Melden Sie sich an, um ein höheres Limit zu erhalten."),
        ("limite quotidienne atteinte (%1 sur %Ln)" + NN + "; rien n'a été compté. Connectez-vous pour une limite plus élevée.",
         "limite quotidienne atteinte (%1 sur %Ln)" + NN + "; rien n'a été compté. Connectez-vous pour une limite plus élevée.")),
    "Reset today's anonymous count to zero? [y/N] ": (
        "Den heutigen anonymen Zähler auf null setzen? [j/N] ",
        "Remettre à zéro le total anonyme du jour" + NN + "? [o/N] "),
    ("qw::AnonCommand", "y"): ("j", "o"),
    ("qw::AnonCommand", "yes"): ("ja", "oui"),
    "not reset": ("nicht zurückgesetzt", "non réinitialisé"),

    # ---- ExportCommand
    "Export usage data as CSV, JSON or NDJSON (docs/export.md).\nWHAT is records, analytics, history (this machine's quota history) or tenants (support staff).": (
        "Nutzungsdaten als CSV, JSON oder NDJSON exportieren (docs/export.md).\n"
        "WHAT ist records, analytics, history (der Kontingentverlauf dieses Rechners) oder tenants (Support).",
        "Exporter les données d'utilisation en CSV, JSON ou NDJSON (docs/export.md).\n"
        "WHAT vaut records, analytics, history (l'historique des quotas de cette machine) ou tenants (support)."),
    "Start of the range, an RFC 3339 instant or a date (UTC); default: 7 days before --to.": (
        "Beginn des Zeitraums, ein RFC-3339-Zeitpunkt oder ein Datum (UTC); Vorgabe: 7 Tage vor --to.",
        "Début de la période, un instant RFC 3339 ou une date (UTC)" + NN + "; par défaut" + NB + ": 7 jours avant --to."),
    "End of the range (exclusive); default: now.": (
        "Ende des Zeitraums (ausschließlich); Vorgabe: jetzt.",
        "Fin de la période (exclue)" + NN + "; par défaut" + NB + ": maintenant."),
    "analytics: hour (default) or day.": (
        "analytics: hour (Vorgabe) oder day.",
        "analytics" + NB + ": hour (par défaut) ou day."),
    "analytics: provider, model, endpoint, statusCode or user.": (
        "analytics: provider, model, endpoint, statusCode oder user.",
        "analytics" + NB + ": provider, model, endpoint, statusCode ou user."),
    "csv (default), json or ndjson.": ("csv (Vorgabe), json oder ndjson.", "csv (par défaut), json ou ndjson."),
    "The file to write (replaced only when the export is complete), or - for standard output (the default).": (
        "Die zu schreibende Datei (erst ersetzt, wenn der Export vollständig ist), oder - für die Standardausgabe (Vorgabe).",
        "Le fichier à écrire (remplacé seulement une fois l'exportation complète), ou - pour la sortie standard (par défaut)."),
    "CSV: start with a UTF-8 byte order mark (Excel).": (
        "CSV: mit einer UTF-8-Bytereihenfolge-Markierung beginnen (Excel).",
        "CSV" + NB + ": commencer par une marque d'ordre des octets UTF-8 (Excel)."),
    "Add a local-time column after each UTC time column.": (
        "Nach jeder UTC-Zeitspalte eine Spalte in Ortszeit einfügen.",
        "Ajouter une colonne en heure locale après chaque colonne d'heure UTC."),
    "history: read this history file; no sign-in needed. Default: the desktop app's history of the signed-in tenant.": (
        "history: diese Verlaufsdatei lesen; keine Anmeldung nötig. Vorgabe: der Verlauf der Desktop-App für den angemeldeten Mandanten.",
        "history" + NB + ": lire ce fichier d'historique" + NN + "; aucune connexion nécessaire. Par défaut" + NB + ": l'historique de l'application de bureau pour le locataire connecté."),
    "say what to export: records, analytics, history or tenants": (
        "geben Sie an, was exportiert wird: records, analytics, history oder tenants",
        "indiquez quoi exporter" + NB + ": records, analytics, history ou tenants"),
    "WHAT must be records, analytics, history or tenants": (
        "WHAT muss records, analytics, history oder tenants sein",
        "WHAT doit valoir records, analytics, history ou tenants"),
    "--format must be csv, json or ndjson": (
        "--format muss csv, json oder ndjson sein",
        "--format doit valoir csv, json ou ndjson"),
    "--to must be an RFC 3339 instant or a date (YYYY-MM-DD)": (
        "--to muss ein RFC-3339-Zeitpunkt oder ein Datum (JJJJ-MM-TT) sein",
        "--to doit être un instant RFC 3339 ou une date (AAAA-MM-JJ)"),
    "--from must be an RFC 3339 instant or a date (YYYY-MM-DD)": (
        "--from muss ein RFC-3339-Zeitpunkt oder ein Datum (JJJJ-MM-TT) sein",
        "--from doit être un instant RFC 3339 ou une date (AAAA-MM-JJ)"),
    "--from must be before --to": ("--from muss vor --to liegen", "--from doit précéder --to"),
    "--granularity must be hour or day": (
        "--granularity muss hour oder day sein",
        "--granularity doit valoir hour ou day"),
    "--group-by must be provider, model, endpoint, statusCode or user": (
        "--group-by muss provider, model, endpoint, statusCode oder user sein",
        "--group-by doit valoir provider, model, endpoint, statusCode ou user"),
    "--out must name a file, or - for standard output": (
        "--out muss eine Datei nennen, oder - für die Standardausgabe",
        "--out doit nommer un fichier, ou - pour la sortie standard"),
    "no local history at %1": ("kein lokaler Verlauf unter %1", "aucun historique local dans %1"),
    "cannot read the history %1: %2": (
        "der Verlauf %1 kann nicht gelesen werden: %2",
        "impossible de lire l'historique %1" + NB + ": %2"),
    "%1 of about %2 rows": ("%1 von etwa %2 Zeilen", "%1 lignes sur environ %2"),
    "%Ln row(s)": (("%Ln Zeile", "%Ln Zeilen"), ("%Ln ligne", "%Ln lignes")),
    "wrote %Ln row(s) to %1": (
        ("%Ln Zeile nach %1 geschrieben", "%Ln Zeilen nach %1 geschrieben"),
        ("%Ln ligne écrite dans %1", "%Ln lignes écrites dans %1")),

    # ---- ProfilesCommand
    "List the built-in source profiles and those in the user's folder.": (
        "Die eingebauten Quellprofile und die im Ordner des Benutzers auflisten.",
        "Lister les profils de source intégrés et ceux du dossier de l'utilisateur."),
    "Print one JSON object with every profile.": (
        "Ein JSON-Objekt mit allen Profilen ausgeben.",
        "Afficher un objet JSON avec tous les profils."),
    "Built-in profiles:": ("Eingebaute Profile:", "Profils intégrés" + NB + ":"),
    "Profiles in %1:": ("Profile in %1:", "Profils dans %1" + NB + ":"),
    ("qw::ProfilesCommand", "none"): ("keine", "aucun"),
}
