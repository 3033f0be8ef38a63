# Part of the translation table (see fill_translations.py and table_part1.py).
from table_part1 import NB, NN

TABLE = {
    # ---- LoginDialog
    "&Remember me on this computer": ("Auf diesem Computer angemeldet blei&ben", "Se souvenir de &moi sur cet ordinateur"),
    "&Sign in": ("&Anmelden", "&Se connecter"),
    "Try the &demo": ("&Demo ausprobieren", "Essayer la &démo"),
    "Use &without an account": ("&Ohne Konto verwenden", "Utiliser sans &compte"),
    "Sign in to Quotawatch": ("Bei Quotawatch anmelden", "Se connecter à Quotawatch"),
    "Server URL": ("Server-URL", "URL du serveur"),
    "you@example.com": ("sie@example.com", "vous@example.com"),
    "E-mail": ("E-Mail", "E-mail"),
    "Password": ("Passwort", "Mot de passe"),
    "Keeps the sign-in in the system keychain, never in a settings file.": (
        "Speichert die Anmeldung im System-Schlüsselbund, niemals in einer Einstellungsdatei.",
        "Conserve la connexion dans le trousseau système, jamais dans un fichier de réglages."),
    "Sign-in message": ("Anmeldemeldung", "Message de connexion"),
    "Starts a local demo server with sample traffic; no account needed.": (
        "Startet einen lokalen Demo-Server mit Beispielverkehr; kein Konto nötig.",
        "Démarre un serveur de démonstration local avec du trafic d'exemple" + NN + "; aucun compte requis."),
    "Ser&ver:": ("Ser&ver:", "Ser&veur" + NB + ":"),
    "&E-mail:": ("&E-Mail:", "&E-mail" + NB + ":"),
    "&Password:": ("&Passwort:", "Mot de &passe" + NB + ":"),
    "Count today's messages on this computer, with no server.": (
        "Die heutigen Nachrichten auf diesem Computer zählen, ohne Server.",
        "Compter les messages du jour sur cet ordinateur, sans serveur."),
    "Signing in…": ("Anmeldung läuft…", "Connexion…"),

    # ---- MainWindow
    "Quotawatch": ("Quotawatch", "Quotawatch"),
    "Overall status": ("Gesamtstatus", "État général"),
    "Stale data warning": ("Warnung: veraltete Daten", "Avertissement de données périmées"),
    "Notice": ("Hinweis", "Remarque"),
    "Demo server stopped": ("Demo-Server beendet", "Serveur de démonstration arrêté"),
    "Re&start the demo": ("Demo neu &starten", "Redé&marrer la démo"),
    "Restart the demo server": ("Den Demo-Server neu starten", "Redémarrer le serveur de démonstration"),
    "&Quotas": ("&Kontingente", "&Quotas"),
    "Connection": ("Verbindung", "Connexion"),
    "Last update": ("Letzte Aktualisierung", "Dernière mise à jour"),
    "&File": ("&Datei", "&Fichier"),
    "&Refresh now": ("Jetzt &aktualisieren", "&Actualiser maintenant"),
    "&Export…": ("&Exportieren…", "&Exporter…"),
    "Export usage records, analytics or history to a file": (
        "Nutzungsdatensätze, Auswertungen oder Verlauf in eine Datei exportieren",
        "Exporter les enregistrements d'utilisation, les analyses ou l'historique dans un fichier"),
    "&Preferences…": ("E&instellungen…", "&Préférences…"),
    "&Close tenant tab": ("Mandanten-Reiter s&chließen", "&Fermer l'onglet du locataire"),
    "Sign &out": ("Ab&melden", "Se &déconnecter"),
    "&Quit": ("&Beenden", "&Quitter"),
    "&Help": ("&Hilfe", "&Aide"),
    "&About Quotawatch": ("&Über Quotawatch", "À &propos de Quotawatch"),
    "About Quotawatch": ("Über Quotawatch", "À propos de Quotawatch"),
    "<b>Quotawatch %1</b><p>Watch usage quotas before they run out.</p>": (
        "<b>Quotawatch %1</b><p>Nutzungskontingente im Blick behalten, bevor sie aufgebraucht sind.</p>",
        "<b>Quotawatch %1</b><p>Surveillez vos quotas d'utilisation avant qu'ils ne soient épuisés.</p>"),
    "&Analytics": ("A&uswertung", "A&nalyses"),
    "A&lerts": ("A&larme", "A&lertes"),
    "Inspected tenant: %1": ("Betrachteter Mandant: %1", "Locataire inspecté" + NB + ": %1"),
    "Waiting for data…": ("Warten auf Daten…", "En attente de données…"),
    "No data yet": ("Noch keine Daten", "Pas encore de données"),
    "%1 · %2 tier": ("%1 · Tarif %2", "%1 · offre %2"),
    "Connected": ("Verbunden", "Connecté"),
    "Not updating: %1": ("Keine Aktualisierung: %1", "Pas de mise à jour" + NB + ": %1"),
    "Updates stopped: %1 Press F5 to try again.": (
        "Aktualisierung angehalten: %1 Drücken Sie F5, um es erneut zu versuchen.",
        "Mises à jour arrêtées" + NB + ": %1 Appuyez sur F5 pour réessayer."),
    "The server asked to wait until %1": ("Der Server bittet, bis %1 zu warten", "Le serveur demande d'attendre jusqu'à %1"),
    "ℹ %1": ("ℹ %1", "ℹ %1"),
    "⚠ %1 Its data is gone with it; a restart starts a new demo.": (
        "⚠ %1 Seine Daten sind damit verloren; ein Neustart beginnt eine neue Demo.",
        "⚠ %1 Ses données ont disparu avec lui" + NN + "; un redémarrage lance une nouvelle démo."),
    "Updated %1": ("Aktualisiert: %1", "Mis à jour" + NB + ": %1"),
    "⚠ Showing data from %1 (%2). %3": ("⚠ Daten von %1 (%2). %3", "⚠ Données de %1 (%2). %3"),
    "%1, stale": ("%1, veraltet", "%1, périmé"),
    "%1 — %2 — Quotawatch": ("%1 — %2 — Quotawatch", "%1 — %2 — Quotawatch"),

    # ---- PreferencesDialog
    "&Quiet hours from": ("&Ruhezeit von", "&Heures calmes de"),
    "Play a &sound with alerts": ("Bei Alarmen einen &Ton abspielen", "Jouer un &son avec les alertes"),
    "Keep running in the &tray when the window is closed": (
        "Beim Schließen des Fensters im &Infobereich weiterlaufen",
        "Continuer dans la &zone de notification quand la fenêtre est fermée"),
    "Start Quotawatch when I &log in": ("Quotawatch beim A&nmelden starten", "Démarrer Quotawatch à l'ou&verture de session"),
    "Every &day, export the previous day's records": (
        "Täglich die Datensätze des Vortags e&xportieren",
        "E&xporter chaque jour les enregistrements de la veille"),
    "&Browse…": ("&Durchsuchen…", "&Parcourir…"),
    "Preferences": ("Einstellungen", "Préférences"),
    " s": (NB + "s", NB + "s"),
    "Update interval in seconds": ("Aktualisierungsintervall in Sekunden", "Intervalle de mise à jour en secondes"),
    " days": (NB + "Tage", NB + "jours"),
    "Keep local history for, in days": ("Lokalen Verlauf aufbewahren, in Tagen", "Durée de conservation de l'historique local, en jours"),
    "Older status snapshots and cached analytics are deleted from this computer.": (
        "Ältere Statusaufnahmen und zwischengespeicherte Auswertungen werden von diesem Computer gelöscht.",
        "Les instantanés d'état et les analyses en cache plus anciens sont supprimés de cet ordinateur."),
    "Alert thresholds in percent": ("Alarmschwellen in Prozent", "Seuils d'alerte en pourcentage"),
    "Percentages, separated by commas, e.g. 80, 95, 100.": (
        "Prozentwerte, durch Kommas getrennt, z. B. 80, 95, 100.",
        "Pourcentages séparés par des virgules, par ex. 80, 95, 100."),
    "Alert thresholds error": ("Fehler bei den Alarmschwellen", "Erreur dans les seuils d'alerte"),
    "Quiet hours start": ("Beginn der Ruhezeit", "Début des heures calmes"),
    "Quiet hours end": ("Ende der Ruhezeit", "Fin des heures calmes"),
    "No system tray is available on this desktop.": ("Auf diesem Desktop ist kein Infobereich verfügbar.", "Aucune zone de notification n'est disponible sur ce bureau."),
    "Adds Quotawatch to the programs your desktop starts at log-in.": (
        "Fügt Quotawatch zu den Programmen hinzu, die Ihr Desktop beim Anmelden startet.",
        "Ajoute Quotawatch aux programmes que votre bureau lance à l'ouverture de session."),
    "After midnight, the previous day's usage records are saved as CSV in this folder; days missed while the computer was off are caught up at the next start.": (
        "Nach Mitternacht werden die Nutzungsdatensätze des Vortags als CSV in diesem Ordner gespeichert; Tage, an denen der Computer aus war, werden beim nächsten Start nachgeholt.",
        "Après minuit, les enregistrements d'utilisation de la veille sont enregistrés en CSV dans ce dossier" + NN + "; les jours manqués pendant que l'ordinateur était éteint sont rattrapés au prochain démarrage."),
    "Scheduled export folder": ("Ordner für den geplanten Export", "Dossier de l'exportation planifiée"),
    "Choose the scheduled export folder": ("Ordner für den geplanten Export auswählen", "Choisir le dossier de l'exportation planifiée"),
    "Scheduled export": ("Geplanter Export", "Exportation planifiée"),
    "&Folder:": ("&Ordner:", "&Dossier" + NB + ":"),
    ("qw::PreferencesDialog", "to"): ("bis", "à"),
    "&Update every:": ("&Aktualisieren alle:", "&Mettre à jour toutes les" + NB + ":"),
    "&Alert at (%):": ("A&larm bei (%):", "A&lerter à (%)" + NB + ":"),
    "&Keep local history for:": ("Lokalen &Verlauf aufbewahren:", "&Conserver l'historique local" + NB + ":"),
    "Lan&guage:": ("&Sprache:", "Lan&gue" + NB + ":"),
    "System default": ("Systemvorgabe", "Langue du système"),
    "Language": ("Sprache", "Langue"),
    "The language changes at the next start of Quotawatch.": (
        "Die Sprache wechselt beim nächsten Start von Quotawatch.",
        "La langue change au prochain démarrage de Quotawatch."),

    # ---- QuotaBar
    "%1, at risk": ("%1, gefährdet", "%1, menacé"),
    "%1 (stale)": ("%1 (veraltet)", "%1 (périmé)"),
    "%1, %2, %3, %4": ("%1, %2, %3, %4", "%1, %2, %3, %4"),
    "%1 meter": ("Anzeige %1", "Jauge %1"),
    "↗ About %1; too irregular to forecast.": ("↗ Etwa %1; zu unregelmäßig für eine Prognose.", "↗ Environ %1" + NN + "; trop irrégulier pour une prévision."),
    "↗ At %1, runs out at %2, before the reset.": ("↗ Bei %1 aufgebraucht um %2, vor der Zurücksetzung.", "↗ À %1, épuisé à %2, avant la réinitialisation."),
    "↗ At %1, lasts past the reset.": ("↗ Bei %1 reicht es über die Zurücksetzung hinaus.", "↗ À %1, suffit jusqu'à la réinitialisation."),
    "Alert &thresholds for this quota…": ("Alarm&schwellen für dieses Kontingent…", "&Seuils d'alerte pour ce quota…"),

    # ---- QuotaFormat: a title is "%1 %2" of a period and a metric, "Tokens pro Tag"
    ("qw::QuotaFormat", "requests"): ("Anfragen", "Requêtes"),
    ("qw::QuotaFormat", "tokens"): ("Tokens", "Jetons"),
    ("qw::QuotaFormat", "cost"): ("Kosten", "Coût"),
    ("qw::QuotaFormat", "Daily"): ("pro Tag", "par jour"),
    ("qw::QuotaFormat", "Monthly"): ("pro Monat", "par mois"),
    ("qw::QuotaFormat", "%1 %2"): ("%2 %1", "%2 %1"),
    "%1 s": ("%1" + NB + "s", "%1" + NB + "s"),
    "%1 min": ("%1" + NB + "Min.", "%1" + NB + "min"),
    "%1 h %2 min": ("%1" + NB + "Std. %2" + NB + "Min.", "%1" + NB + "h %2" + NB + "min"),
    "%1 d %2 h": ("%1" + NB + "T. %2" + NB + "Std.", "%1" + NB + "j %2" + NB + "h"),
    "%1 tokens": ("%1 Tokens", "%1 jetons"),
    "%1 used, unlimited": ("%1 verbraucht, unbegrenzt", "%1 utilisés, illimité"),
    "%1 of %2": ("%1 von %2", "%1 sur %2"),
    "unlimited": ("unbegrenzt", "illimité"),
    "no reset": ("keine Zurücksetzung", "sans réinitialisation"),
    "resetting now": ("wird gerade zurückgesetzt", "réinitialisation en cours"),
    "resets in %1": ("Zurücksetzung in %1", "réinitialisation dans %1"),
    "OK": ("OK", "OK"),
    "Warning": ("Warnung", "Avertissement"),
    "Critical": ("Kritisch", "Critique"),
    "Exceeded": ("Überschritten", "Dépassé"),
    "never": ("nie", "jamais"),
    "just now": ("gerade eben", "à l'instant"),
    "%1 ago": ("vor %1", "il y a %1"),
    "%1/h": ("%1/Std.", "%1/h"),
    "%1 tokens/h": ("%1 Tokens/Std.", "%1 jetons/h"),
    "%1 requests/h": ("%1 Anfragen/Std.", "%1 requêtes/h"),
    "%1 %2/h": ("%1 %2/Std.", "%1 %2/h"),
    "%1 % used, %2 % of the day gone": ("%1" + NB + "% verbraucht, %2" + NB + "% des Tages vergangen", "%1" + NB + "% utilisés, %2" + NB + "% de la journée écoulée"),
    "%1 % used, %2 % of the month gone": ("%1" + NB + "% verbraucht, %2" + NB + "% des Monats vergangen", "%1" + NB + "% utilisés, %2" + NB + "% du mois écoulé"),

    # ---- QuotaListView
    "Worst first": ("Kritischste zuerst", "Les plus critiques d'abord"),
    "As the server lists them": ("Wie vom Server aufgelistet", "Dans l'ordre du serveur"),
    "Order of the quotas": ("Reihenfolge der Kontingente", "Ordre des quotas"),
    "O&rder:": ("&Reihenfolge:", "O&rdre" + NB + ":"),
    "This account has no quotas: nothing here is limited, so there is nothing to watch.": (
        "Dieses Konto hat keine Kontingente: Nichts ist begrenzt, also gibt es nichts zu beobachten.",
        "Ce compte n'a pas de quotas" + NB + ": rien n'est limité, il n'y a donc rien à surveiller."),
    "Quotas": ("Kontingente", "Quotas"),

    # ---- QuotaThresholdsDialog
    "Alert thresholds for %1": ("Alarmschwellen für %1", "Seuils d'alerte pour %1"),
    "Alert at these percentages of %1 (empty: use the global ones):": (
        "Alarm bei diesen Prozentwerten von %1 (leer: die allgemeinen verwenden):",
        "Alerter à ces pourcentages de %1 (vide" + NB + ": utiliser les seuils généraux)" + NB + ":"),
    "Alert thresholds for %1 in percent": ("Alarmschwellen für %1 in Prozent", "Seuils d'alerte pour %1 en pourcentage"),
    "e.g. 50, 80, 100": ("z. B. 50, 80, 100", "par ex. 50, 80, 100"),

    # ---- ResetCountersDialog
    "&Reset": ("&Zurücksetzen", "&Réinitialiser"),
    "Reset counters of %1": ("Zähler von %1 zurücksetzen", "Réinitialiser les compteurs de %1"),
    "Reset usage counters of <b>%1</b> (%2). This is recorded in the audit log.": (
        "Nutzungszähler von <b>%1</b> (%2) zurücksetzen. Dies wird im Prüfprotokoll festgehalten.",
        "Réinitialiser les compteurs d'utilisation de <b>%1</b> (%2). Cette action est consignée dans le journal d'audit."),
    ("qw::ResetCountersDialog", "Daily"): ("Täglich", "Quotidien"),
    "Monthly": ("Monatlich", "Mensuel"),
    "Period": ("Zeitraum", "Période"),
    "All metrics": ("Alle Messgrößen", "Toutes les mesures"),
    "Quota": ("Kontingent", "Quota"),
    "Before": ("Vorher", "Avant"),
    "After": ("Nachher", "Après"),
    "Counters": ("Zähler", "Compteurs"),
    "Result": ("Ergebnis", "Résultat"),
    "&Period:": ("Zeit&raum:", "&Période" + NB + ":"),
    "&Metric:": ("&Messgröße:", "&Mesure" + NB + ":"),
    "R&eason:": ("&Begründung:", "Mo&tif" + NB + ":"),
    "Required: why the counters are reset": ("Pflichtfeld: warum die Zähler zurückgesetzt werden", "Obligatoire" + NB + ": pourquoi les compteurs sont réinitialisés"),
    "The counters could not be read: %1": ("Die Zähler konnten nicht gelesen werden: %1", "Les compteurs n'ont pas pu être lus" + NB + ": %1"),
    "Resetting…": ("Wird zurückgesetzt…", "Réinitialisation…"),
    "The server refused: only admins may reset counters.": ("Der Server hat abgelehnt: Nur Admins dürfen Zähler zurücksetzen.", "Le serveur a refusé" + NB + ": seuls les administrateurs peuvent réinitialiser les compteurs."),
    "The counters were not reset: %1": ("Die Zähler wurden nicht zurückgesetzt: %1", "Les compteurs n'ont pas été réinitialisés" + NB + ": %1"),
    "The counters were reset.": ("Die Zähler wurden zurückgesetzt.", "Les compteurs ont été réinitialisés."),

    # ---- Session, TableCopyAction
    "The server ended the session. Please sign in again.": ("Der Server hat die Sitzung beendet. Bitte melden Sie sich erneut an.", "Le serveur a mis fin à la session. Veuillez vous reconnecter."),
    "Copy as &CSV": ("Als &CSV kopieren", "Copier en &CSV"),
    "Copy the selected rows, or every row when none is selected, as CSV": (
        "Die ausgewählten Zeilen als CSV kopieren, oder alle, wenn keine ausgewählt ist",
        "Copier les lignes sélectionnées en CSV, ou toutes les lignes si aucune n'est sélectionnée"),

    # ---- TenantDashboard
    "Inspecting %1 (%2) - read only": ("Ansicht von %1 (%2) – nur lesen", "Inspection de %1 (%2) – lecture seule"),
    "Inspected tenant": ("Betrachteter Mandant", "Locataire inspecté"),
    "Latest alert of this tenant": ("Letzter Alarm dieses Mandanten", "Dernière alerte de ce locataire"),
    "Alerts": ("Alarme", "Alertes"),
    "Updated at %1": ("Aktualisiert um %1", "Mis à jour à %1"),

    # ---- TenantListModel
    "Worst quota: %1": ("Kritischstes Kontingent: %1", "Quota le plus critique" + NB + ": %1"),
    "%1 (%2), %n user(s)": (("%1 (%2), %n Benutzer", "%1 (%2), %n Benutzer"), ("%1 (%2), %n utilisateur", "%1 (%2), %n utilisateurs")),
    "%1%": ("%1" + NB + "%", "%1" + NB + "%"),
    "Unlimited": ("Unbegrenzt", "Illimité"),
    "None yet": ("Noch keine", "Pas encore"),
    "Tier": ("Tarif", "Offre"),
    "Level": ("Stufe", "Niveau"),
    "Max %": ("Max. %", "Max. %"),
    "Last activity": ("Letzte Aktivität", "Dernière activité"),

    # ---- TenantsView
    "Search tenants by name or id": ("Mandanten nach Name oder ID suchen", "Rechercher des locataires par nom ou identifiant"),
    "Search tenants": ("Mandanten suchen", "Rechercher des locataires"),
    "Tenants": ("Mandanten", "Locataires"),
    "&Reset counters…": ("Zähler &zurücksetzen…", "&Réinitialiser les compteurs…"),
    "The tenant list could not be loaded: %1": ("Die Mandantenliste konnte nicht geladen werden: %1", "La liste des locataires n'a pas pu être chargée" + NB + ": %1"),
    "Loading tenants…": ("Mandanten werden geladen…", "Chargement des locataires…"),
    "%n tenant(s) shown; more load as you scroll.": (
        ("%n Mandant angezeigt; weitere werden beim Blättern geladen.", "%n Mandanten angezeigt; weitere werden beim Blättern geladen."),
        ("%n locataire affiché" + NN + "; d'autres se chargent en faisant défiler.", "%n locataires affichés" + NN + "; d'autres se chargent en faisant défiler.")),
    "%n tenant(s).": (("%n Mandant.", "%n Mandanten."), ("%n locataire.", "%n locataires.")),

    # ---- ThresholdsInput
    "%1 is not a percentage between 0 and 1000.": ("%1 ist kein Prozentwert zwischen 0 und 1000.", "%1 n'est pas un pourcentage entre 0 et 1000."),
    "%1 are not percentages between 0 and 1000.": ("%1 sind keine Prozentwerte zwischen 0 und 1000.", "%1 ne sont pas des pourcentages entre 0 et 1000."),
    "Enter at least one percentage, e.g. 80, 95, 100.": ("Geben Sie mindestens einen Prozentwert ein, z. B. 80, 95, 100.", "Saisissez au moins un pourcentage, par ex. 80, 95, 100."),

    # ---- TimeSeriesChart
    "Quota resets": ("Zurücksetzungen", "Réinitialisations"),
    "Usage over time": ("Nutzung im Zeitverlauf", "Utilisation au fil du temps"),
    "Chart help": ("Hilfe zum Diagramm", "Aide du graphique"),
    "Drag across the chart to zoom into a time range.\nWheel or +/- zooms, the arrow keys pan.\nEscape or a right-click shows the whole range again.\nClick a legend entry, or press 1, 2 or 3, to hide or show it.": (
        "Über das Diagramm ziehen, um einen Zeitraum zu vergrößern.\nMausrad oder +/- zoomt, die Pfeiltasten verschieben.\nEscape oder ein Rechtsklick zeigt wieder den ganzen Zeitraum.\nEinen Legendeneintrag anklicken oder 1, 2 oder 3 drücken, um ihn aus- oder einzublenden.",
        "Faites glisser sur le graphique pour zoomer sur une période.\nLa molette ou +/- zoome, les flèches déplacent.\nÉchap ou un clic droit affiche de nouveau toute la période.\nCliquez sur une entrée de la légende, ou appuyez sur 1, 2 ou 3, pour la masquer ou l'afficher."),
    "%1 are triangles on the time axis; %2 are diamonds on the line.": (
        "%1 sind Dreiecke auf der Zeitachse; %2 sind Rauten auf der Linie.",
        "%1" + NB + ": triangles sur l'axe du temps" + NN + "; %2" + NB + ": losanges sur la courbe."),
    "From %1 to %2": ("Von %1 bis %2", "Du %1 au %2"),
    "%1, from %2 to %3": ("%1, von %2 bis %3", "%1, du %2 au %3"),
    "%1\n%2: %3": ("%1\n%2: %3", "%1\n%2" + NB + ": %3"),

    # ---- TrayController
    "&Open Quotawatch": ("Quotawatch ö&ffnen", "&Ouvrir Quotawatch"),
    "&Snooze alerts": ("Alarme &stummschalten", "&Suspendre les alertes"),
    "For 1 &hour": ("Für 1 &Stunde", "Pendant 1 &heure"),
    "Until &tomorrow": ("Bis &morgen", "Jusqu'à de&main"),
    "Quotawatch — %1: %2": ("Quotawatch — %1: %2", "Quotawatch — %1" + NB + ": %2"),
    "%1: %2, %3": ("%1: %2, %3", "%1" + NB + ": %2, %3"),
    "Quotawatch is still running": ("Quotawatch läuft weiter", "Quotawatch est toujours en cours d'exécution"),
    "It keeps watching your quotas from the system tray. To quit, choose Quit in the tray icon's menu.": (
        "Es beobachtet Ihre Kontingente weiter aus dem Infobereich. Zum Beenden wählen Sie „Beenden“ im Menü des Symbols.",
        "Il continue de surveiller vos quotas depuis la zone de notification. Pour quitter, choisissez Quitter dans le menu de l'icône."),
}

# ---- Session 5: TLS trust, desktop notifications, the keychain's answers, source profiles
TABLE.update({
    "The server's certificate was refused: %1": (
        "Das Zertifikat des Servers wurde abgelehnt: %1",
        "Le certificat du serveur a été refusé" + NB + ": %1"),
    "The certificate file %1 cannot be read: %2": (
        "Die Zertifikatsdatei %1 kann nicht gelesen werden: %2",
        "Le fichier de certificat %1 ne peut pas être lu" + NB + ": %2"),
    "The certificate file %1 is too large to be a CA certificate.": (
        "Die Zertifikatsdatei %1 ist zu groß für ein CA-Zertifikat.",
        "Le fichier de certificat %1 est trop gros pour être un certificat d'autorité."),
    "The file %1 holds no PEM certificate.": (
        "Die Datei %1 enthält kein PEM-Zertifikat.",
        "Le fichier %1 ne contient aucun certificat PEM."),
    "it was issued for %1, not for %2.": (
        "es wurde für %1 ausgestellt, nicht für %2.",
        "il a été émis pour %1, et non pour %2."),
    "it expired on %1.": ("es ist am %1 abgelaufen.", "il a expiré le %1."),
    "it is not valid before %1.": ("es ist erst ab %1 gültig.", "il n'est pas valide avant le %1."),
    "it has been revoked.": ("es wurde widerrufen.", "il a été révoqué."),
    "it is self-signed. To trust it, give its CA certificate file (Preferences, or --ca-file).": (
        "es ist selbstsigniert. Um ihm zu vertrauen, geben Sie die Datei seines CA-Zertifikats an "
        "(Einstellungen oder --ca-file).",
        "il est auto-signé. Pour lui faire confiance, indiquez le fichier de son certificat "
        "d'autorité (Préférences, ou --ca-file)."),
    "it was issued by a certificate authority this computer does not trust. To trust a private one, give its CA certificate file (Preferences, or --ca-file).": (
        "es wurde von einer Zertifizierungsstelle ausgestellt, der dieser Computer nicht vertraut. "
        "Um einer privaten zu vertrauen, geben Sie die Datei ihres CA-Zertifikats an "
        "(Einstellungen oder --ca-file).",
        "il a été émis par une autorité de certification à laquelle cet ordinateur ne fait pas "
        "confiance. Pour faire confiance à une autorité privée, indiquez le fichier de son "
        "certificat (Préférences, ou --ca-file)."),
    "the TLS handshake failed.": ("der TLS-Handshake ist fehlgeschlagen.",
                                  "la négociation TLS a échoué."),
    "Open": ("Öffnen", "Ouvrir"),
    "The system keychain is locked or refused access: you will be asked to sign in next time.": (
        "Der System-Schlüsselbund ist gesperrt oder hat den Zugriff verweigert: Sie werden beim "
        "nächsten Mal nach der Anmeldung gefragt.",
        "Le trousseau système est verrouillé ou a refusé l'accès" + NB + ": la connexion vous "
        "sera redemandée la prochaine fois."),
    "The system keychain is locked, so the sign-in was not saved: you will be asked to sign in next time.": (
        "Der System-Schlüsselbund ist gesperrt, daher wurde die Anmeldung nicht gespeichert: Sie "
        "werden beim nächsten Mal nach der Anmeldung gefragt.",
        "Le trousseau système est verrouillé, la connexion n'a donc pas été enregistrée" + NB +
        ": elle vous sera redemandée la prochaine fois."),
    "The system keychain is locked, so the saved sign-in could not be read: please sign in, or unlock the keychain and start Quotawatch again.": (
        "Der System-Schlüsselbund ist gesperrt, daher konnte die gespeicherte Anmeldung nicht "
        "gelesen werden: Bitte melden Sie sich an, oder entsperren Sie den Schlüsselbund und "
        "starten Sie Quotawatch erneut.",
        "Le trousseau système est verrouillé, la connexion enregistrée n'a donc pas pu être "
        "lue" + NB + ": connectez-vous, ou déverrouillez le trousseau et relancez Quotawatch."),
    "The server refused the user name or password.": (
        "Der Server hat den Benutzernamen oder das Passwort abgelehnt.",
        "Le serveur a refusé le nom d'utilisateur ou le mot de passe."),
    "The server did not accept the credentials (HTTP 401).": (
        "Der Server hat die Zugangsdaten nicht akzeptiert (HTTP 401).",
        "Le serveur n'a pas accepté les identifiants (HTTP 401)."),
    "The source says a limit is reached (HTTP %1).": (
        "Die Quelle meldet, dass ein Limit erreicht ist (HTTP %1).",
        "La source indique qu'une limite est atteinte (HTTP %1)."),
    "%1 The server said: %2": ("%1 Der Server sagte: %2", "%1 Le serveur a répondu" + NB + ": %2"),
    "%1 Ask again after %2.": ("%1 Erneut fragen nach %2.", "%1 Redemander après %2."),
    "Br&owse\u2026": ("Dur&chsuchen\u2026", "Parc&ourir\u2026"),
    "Trusted certificate authority file": (
        "Datei der vertrauenswürdigen Zertifizierungsstelle",
        "Fichier d'autorité de certification de confiance"),
    "A PEM file of certificate authorities to trust for https:// besides the system's, such as a company's private CA. Empty: the system's only.": (
        "Eine PEM-Datei mit Zertifizierungsstellen, denen für https:// zusätzlich zu denen des "
        "Systems vertraut wird, etwa der privaten CA eines Unternehmens. Leer: nur die des Systems.",
        "Un fichier PEM d'autorités de certification auxquelles faire confiance pour https:// en "
        "plus de celles du système, comme l'autorité privée d'une entreprise. Vide" + NB +
        ": celles du système seulement."),
    "Certificate authority file": ("Datei der Zertifizierungsstelle",
                                   "Fichier d'autorité de certification"),
    "PEM certificates (*.pem *.crt);;All files (*)": (
        "PEM-Zertifikate (*.pem *.crt);;Alle Dateien (*)",
        "Certificats PEM (*.pem *.crt);;Tous les fichiers (*)"),
    "Trusted &certificate authority:": (
        "Vertrauenswürdige &Zertifizierungsstelle:",
        "Autorité de c&ertification de confiance" + NB + ":"),
})

TABLE.update({
    "The system keychain did not answer within %n second(s) (is it stuck, or waiting for a password?): you will be asked to sign in next time.": (
        ("Der System-Schlüsselbund hat nicht innerhalb von %n Sekunde geantwortet (hängt er, oder "
         "wartet er auf ein Passwort?): Sie werden beim nächsten Mal nach der Anmeldung gefragt.",
         "Der System-Schlüsselbund hat nicht innerhalb von %n Sekunden geantwortet (hängt er, "
         "oder wartet er auf ein Passwort?): Sie werden beim nächsten Mal nach der Anmeldung "
         "gefragt."),
        ("Le trousseau système n'a pas répondu en %n seconde (est-il bloqué, ou attend-il un mot "
         "de passe" + NN + "?)" + NB + ": la connexion vous sera redemandée la prochaine fois.",
         "Le trousseau système n'a pas répondu en %n secondes (est-il bloqué, ou attend-il un mot "
         "de passe" + NN + "?)" + NB + ": la connexion vous sera redemandée la prochaine fois.")),
})
