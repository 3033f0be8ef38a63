# Part of the translation table (see fill_translations.py). Keys: "source" (any context) or
# ("Context", "source") for a context-specific wording; values: (German, French), or for a
# %n plural ((German singular, German plural), (French singular, French plural)).
NB = "\u00a0"  # no-break space: "80 %", French "Serveur :"
NN = "\u202f"  # narrow no-break space: French "?", "!", ";"

TABLE = {
    # ---- main (command line of the desktop app)
    "Watch usage quotas before they run out.": (
        "Nutzungskontingente im Blick behalten, bevor sie aufgebraucht sind.",
        "Surveillez vos quotas d'utilisation avant qu'ils ne soient épuisés."),
    "Start a local demo server and sign in to it.": (
        "Einen lokalen Demo-Server starten und sich dort anmelden.",
        "Démarrer un serveur de démonstration local et s'y connecter."),
    "Render the main window to FILE (PNG) after the first update, then exit.": (
        "Das Hauptfenster nach der ersten Aktualisierung in FILE (PNG) zeichnen und beenden.",
        "Enregistrer la fenêtre principale dans FILE (PNG) après la première mise à jour, puis quitter."),
    "With --screenshot: which view to render: quotas, analytics, alerts or tenants (tenants: a support or admin account).": (
        "Mit --screenshot: welche Ansicht gezeichnet wird: quotas, analytics, alerts oder tenants (tenants: ein Support- oder Admin-Konto).",
        "Avec --screenshot : la vue à enregistrer : quotas, analytics, alerts ou tenants (tenants : un compte support ou administrateur)."),
    "With --demo: sign in as the demo's customer, support or admin account.": (
        "Mit --demo: als Kunden-, Support- oder Admin-Konto der Demo anmelden.",
        "Avec --demo : se connecter avec le compte client, support ou administrateur de la démo."),
    "With --screenshot: the window size to render at, e.g. 800x600.": (
        "Mit --screenshot: die Fenstergröße beim Zeichnen, z. B. 800x600.",
        "Avec --screenshot : la taille de la fenêtre à enregistrer, par ex. 800x600."),

    # ---- AlertEngine
    "%1: limit reached (%2 %).": ("%1: Limit erreicht (%2" + NB + "%).", "%1" + NB + ": limite atteinte (%2" + NB + "%)."),
    "%1 at %2 % (threshold %3 %).": ("%1 bei %2" + NB + "% (Schwelle %3" + NB + "%).", "%1 à %2" + NB + "% (seuil %3" + NB + "%)."),
    "%1 back under %2 %.": ("%1 wieder unter %2" + NB + "%.", "%1 de nouveau sous %2" + NB + "%."),
    "At the current rate, %1 runs out at %2, %3 before it resets.": (
        "Bei gleichbleibendem Verbrauch ist %1 um %2 aufgebraucht, %3 vor der Zurücksetzung.",
        "Au rythme actuel, %1 sera épuisé à %2, %3 avant sa réinitialisation."),
    "At the current rate, %1 runs out at %2.": (
        "Bei gleichbleibendem Verbrauch ist %1 um %2 aufgebraucht.",
        "Au rythme actuel, %1 sera épuisé à %2."),
    "The alert state %1 cannot be read (%2); alerts are kept in memory only until Quotawatch restarts.": (
        "Der Alarmzustand %1 kann nicht gelesen werden (%2); Alarme werden nur bis zum nächsten Start von Quotawatch im Speicher gehalten.",
        "L'état des alertes %1 ne peut pas être lu (%2)" + NN + "; les alertes ne sont gardées en mémoire que jusqu'au redémarrage de Quotawatch."),
    "The alert state %1 was made by a newer version of Quotawatch and is left untouched; alerts are kept in memory only.": (
        "Der Alarmzustand %1 stammt von einer neueren Version von Quotawatch und bleibt unverändert; Alarme werden nur im Speicher gehalten.",
        "L'état des alertes %1 provient d'une version plus récente de Quotawatch et n'est pas modifié" + NN + "; les alertes ne sont gardées qu'en mémoire."),
    "The alert state %1 is damaged and could not be set aside; alerts are kept in memory only.": (
        "Der Alarmzustand %1 ist beschädigt und konnte nicht beiseitegelegt werden; Alarme werden nur im Speicher gehalten.",
        "L'état des alertes %1 est endommagé et n'a pas pu être mis de côté" + NN + "; les alertes ne sont gardées qu'en mémoire."),
    "The alert state was damaged and has been set aside as %1; alerts start afresh.": (
        "Der Alarmzustand war beschädigt und wurde als %1 beiseitegelegt; die Alarme beginnen von vorn.",
        "L'état des alertes était endommagé et a été mis de côté sous %1" + NN + "; les alertes repartent de zéro."),

    # ---- AlertHistoryModel
    "  (silenced)": ("  (stumm)", "  (silencieuse)"),
    "Forecast": ("Prognose", "Prévision"),
    "Alert": ("Alarm", "Alerte"),

    # ---- AlertsPanel
    "&Resume alerts": ("Alarme &fortsetzen", "&Reprendre les alertes"),
    "Cl&ear history…": ("Verlauf l&eeren…", "&Effacer l'historique…"),
    "Alert history": ("Alarmverlauf", "Historique des alertes"),
    "Snooze &1 hour": ("&1 Stunde stummschalten", "Suspendre &1 heure"),
    "Snooze until to&morrow": ("Bis &morgen stummschalten", "Suspendre jusqu'à de&main"),
    "Snoozed": ("Stummgeschaltet", "Suspendues"),
    "Notifications snoozed until %1": ("Benachrichtigungen stummgeschaltet bis %1", "Notifications suspendues jusqu'à %1"),
    "Notifications on": ("Benachrichtigungen an", "Notifications activées"),
    "Clear alert history": ("Alarmverlauf leeren", "Effacer l'historique des alertes"),
    "Clear all %n alert(s) from the history? This cannot be undone.": (
        ("%n Alarm aus dem Verlauf löschen? Das kann nicht rückgängig gemacht werden.",
         "Alle %n Alarme aus dem Verlauf löschen? Das kann nicht rückgängig gemacht werden."),
        ("Effacer %n alerte de l'historique" + NN + "? Cette action est irréversible.",
         "Effacer les %n alertes de l'historique" + NN + "? Cette action est irréversible.")),
    "&Clear history": ("Verlauf &leeren", "&Effacer l'historique"),

    # ---- AnalyticsView
    "Requests": ("Anfragen", "Requêtes"),
    "Tokens": ("Tokens", "Jetons"),
    "Cost (USD)": ("Kosten (USD)", "Coût (USD)"),
    "Success rate (%)": ("Erfolgsquote (%)", "Taux de réussite (%)"),
    "Avg. response (ms)": ("Mittl. Antwortzeit (ms)", "Réponse moy. (ms)"),
    "Last 24 hours": ("Letzte 24 Stunden", "24 dernières heures"),
    "Last 7 days": ("Letzte 7 Tage", "7 derniers jours"),
    "Last 30 days": ("Letzte 30 Tage", "30 derniers jours"),
    "Last 90 days": ("Letzte 90 Tage", "90 derniers jours"),
    "Custom range": ("Eigener Zeitraum", "Période personnalisée"),
    "Range": ("Zeitraum", "Période"),
    "Hourly": ("Stündlich", "Par heure"),
    "Daily": ("Täglich", "Par jour"),
    "Granularity": ("Auflösung", "Granularité"),
    "Metric": ("Messgröße", "Mesure"),
    "Bars": ("Balken", "Barres"),
    "Donuts": ("Ringe", "Anneaux"),
    "Breakdown chart style": ("Darstellung der Aufschlüsselung", "Style du graphique de répartition"),
    "Show the provider and model breakdowns as bars or donuts": (
        "Aufschlüsselung nach Anbieter und Modell als Balken oder Ringe zeigen",
        "Afficher la répartition par fournisseur et par modèle en barres ou en anneaux"),
    "From": ("Von", "Du"),
    "To": ("Bis", "Au"),
    "&Reload": ("&Neu laden", "&Recharger"),
    "E&xport chart…": ("Diagramm e&xportieren…", "E&xporter le graphique…"),
    "Data source": ("Datenquelle", "Source des données"),
    "Cached data": ("Zwischengespeicherte Daten", "Données en cache"),
    "Usage by provider": ("Nutzung nach Anbieter", "Utilisation par fournisseur"),
    "Usage by model": ("Nutzung nach Modell", "Utilisation par modèle"),
    "Endpoint": ("Endpunkt", "Point d'accès"),
    "Status code": ("Statuscode", "Code d'état"),
    "Top consumers": ("Größte Verbraucher", "Principaux consommateurs"),
    "⚠ No analytics: %1": ("⚠ Keine Auswertung: %1", "⚠ Pas d'analyses" + NB + ": %1"),
    "Live data could not be loaded: %1": ("Aktuelle Daten konnten nicht geladen werden: %1", "Les données en direct n'ont pas pu être chargées" + NB + ": %1"),
    "Quota %1 (local history)": ("Kontingent %1 (lokaler Verlauf)", "Quota %1 (historique local)"),
    "%1, used": ("%1, verbraucht", "%1, utilisé"),
    "⚠ The range must end after it starts.": ("⚠ Der Zeitraum muss nach seinem Beginn enden.", "⚠ La période doit se terminer après son début."),
    "Loading…": ("Wird geladen…", "Chargement…"),
    "%1 (%2)": ("%1 (%2)", "%1 (%2)"),
    "Cached, as of %1, built from %Ln usage record(s).": (
        ("Zwischengespeichert, Stand %1, aus %Ln Nutzungsdatensatz berechnet.",
         "Zwischengespeichert, Stand %1, aus %Ln Nutzungsdatensätzen berechnet."),
        ("En cache, au %1, calculé à partir de %Ln enregistrement d'utilisation.",
         "En cache, au %1, calculé à partir de %Ln enregistrements d'utilisation.")),
    "Live, built from %Ln usage record(s).": (
        ("Aktuell, aus %Ln Nutzungsdatensatz berechnet.",
         "Aktuell, aus %Ln Nutzungsdatensätzen berechnet."),
        ("En direct, calculé à partir de %Ln enregistrement d'utilisation.",
         "En direct, calculé à partir de %Ln enregistrements d'utilisation.")),
    "Cached, as of %1": ("Zwischengespeichert, Stand %1", "En cache, au %1"),
    "Live": ("Aktuell", "En direct"),
    "This server offers no analytics; Quotawatch added up its usage records on this computer.": (
        "Dieser Server bietet keine Auswertungen; Quotawatch hat seine Nutzungsdatensätze auf diesem Computer zusammengerechnet.",
        "Ce serveur ne propose pas d'analyses" + NN + "; Quotawatch a totalisé ses enregistrements d'utilisation sur cet ordinateur."),
    "The server's own analytics.": ("Die Auswertungen des Servers.", "Les analyses du serveur."),
    "<small>Requests</small><br><b>%1</b>": ("<small>Anfragen</small><br><b>%1</b>", "<small>Requêtes</small><br><b>%1</b>"),
    "<small>Tokens</small><br><b>%1</b>": ("<small>Tokens</small><br><b>%1</b>", "<small>Jetons</small><br><b>%1</b>"),
    "<small>Cost</small><br><b>%1</b>": ("<small>Kosten</small><br><b>%1</b>", "<small>Coût</small><br><b>%1</b>"),
    "<small>Success rate</small><br><b>%1 %</b>": ("<small>Erfolgsquote</small><br><b>%1" + NB + "%</b>", "<small>Taux de réussite</small><br><b>%1" + NB + "%</b>"),
    "<small>Avg. response</small><br><b>%1 ms</b>": ("<small>Mittl. Antwortzeit</small><br><b>%1" + NB + "ms</b>", "<small>Réponse moy.</small><br><b>%1" + NB + "ms</b>"),
    "%1 by provider": ("%1 nach Anbieter", "%1 par fournisseur"),
    "%1 by model": ("%1 nach Modell", "%1 par modèle"),
    "Export chart": ("Diagramm exportieren", "Exporter le graphique"),
    "PNG image (*.png);;SVG drawing (*.svg)": ("PNG-Bild (*.png);;SVG-Zeichnung (*.svg)", "Image PNG (*.png);;Dessin SVG (*.svg)"),
    "⚠ Could not write %1": ("⚠ %1 konnte nicht geschrieben werden", "⚠ Impossible d'écrire %1"),

    # ---- AnonymousCounter
    "The anonymous counter file %1 was empty; today's count starts again from zero.": (
        "Die Datei des anonymen Zählers %1 war leer; die heutige Zählung beginnt wieder bei null.",
        "Le fichier du compteur anonyme %1 était vide" + NN + "; le décompte du jour repart de zéro."),
    "The anonymous counter was damaged and has been set aside as %1; today's count starts again from zero.": (
        "Der anonyme Zähler war beschädigt und wurde als %1 beiseitegelegt; die heutige Zählung beginnt wieder bei null.",
        "Le compteur anonyme était endommagé et a été mis de côté sous %1" + NN + "; le décompte du jour repart de zéro."),
    "The anonymous counter %1 is in use by another program; try again when it has finished.": (
        "Der anonyme Zähler %1 wird von einem anderen Programm verwendet; versuchen Sie es erneut, wenn es fertig ist.",
        "Le compteur anonyme %1 est utilisé par un autre programme" + NN + "; réessayez quand il aura terminé."),
    "The anonymous counter %1 was made by a newer version of Quotawatch; update Quotawatch to use it.": (
        "Der anonyme Zähler %1 stammt von einer neueren Version von Quotawatch; aktualisieren Sie Quotawatch, um ihn zu verwenden.",
        "Le compteur anonyme %1 provient d'une version plus récente de Quotawatch" + NN + "; mettez Quotawatch à jour pour l'utiliser."),
    "The anonymous counter %1 cannot be opened: %2": (
        "Der anonyme Zähler %1 kann nicht geöffnet werden: %2",
        "Le compteur anonyme %1 ne peut pas être ouvert" + NB + ": %2"),
    "The anonymous counter %1 is damaged and cannot be moved aside.": (
        "Der anonyme Zähler %1 ist beschädigt und kann nicht beiseitegelegt werden.",
        "Le compteur anonyme %1 est endommagé et ne peut pas être mis de côté."),
    "The anonymous counter was damaged and has been set aside as %1, but a new one could not be created.": (
        "Der anonyme Zähler war beschädigt und wurde als %1 beiseitegelegt, aber ein neuer konnte nicht angelegt werden.",
        "Le compteur anonyme était endommagé et a été mis de côté sous %1, mais un nouveau n'a pas pu être créé."),

    # ---- AnonymousView
    "+1 message": ("+1 Nachricht", "+1 message"),
    "&Sign in…": ("&Anmelden…", "&Se connecter…"),
    "Without an account — Quotawatch": ("Ohne Konto — Quotawatch", "Sans compte — Quotawatch"),
    "<b>Messages today</b> (counted on this computer)": ("<b>Nachrichten heute</b> (auf diesem Computer gezählt)", "<b>Messages aujourd'hui</b> (comptés sur cet ordinateur)"),
    "Messages today": ("Nachrichten heute", "Messages aujourd'hui"),
    "Messages used": ("Verbrauchte Nachrichten", "Messages utilisés"),
    "Messages left": ("Verbleibende Nachrichten", "Messages restants"),
    "Count one message (Ctrl+Return)": ("Eine Nachricht zählen (Strg+Eingabe)", "Compter un message (Ctrl+Entrée)"),
    "Count one message": ("Eine Nachricht zählen", "Compter un message"),
    "Sign in to a Quotawatch server for your account's own limits.": (
        "Melden Sie sich bei einem Quotawatch-Server an, um die Limits Ihres Kontos zu erhalten.",
        "Connectez-vous à un serveur Quotawatch pour obtenir les limites de votre compte."),
    "Limit reached": ("Limit erreicht", "Limite atteinte"),
    "The counter cannot be read.": ("Der Zähler kann nicht gelesen werden.", "Le compteur ne peut pas être lu."),
    "%1 of %2 messages": ("%1 von %2 Nachrichten", "%1 messages sur %2"),
    "%n left": (("noch %n", "noch %n"), ("%n restant", "%n restants")),
    "limit reached": ("Limit erreicht", "limite atteinte"),
    "⚠ %1 of %2 messages used today. Sign in for a higher limit.": (
        "⚠ %1 von %2 Nachrichten heute verbraucht. Melden Sie sich für ein höheres Limit an.",
        "⚠ %1 messages sur %2 utilisés aujourd'hui. Connectez-vous pour une limite plus élevée."),
    "Today's %1 messages are used up. Sign in to go on.": (
        "Die %1 Nachrichten für heute sind verbraucht. Melden Sie sich an, um fortzufahren.",
        "Les %1 messages du jour sont épuisés. Connectez-vous pour continuer."),

    # ---- ApiError
    "The server does not speak HTTPS at this address; try http:// instead.": (
        "Der Server spricht unter dieser Adresse kein HTTPS; versuchen Sie stattdessen http://.",
        "Le serveur ne parle pas HTTPS à cette adresse" + NN + "; essayez plutôt http://."),
    "The server cannot be reached.": ("Der Server ist nicht erreichbar.", "Le serveur est injoignable."),
    "The server did not answer in time.": ("Der Server hat nicht rechtzeitig geantwortet.", "Le serveur n'a pas répondu à temps."),
    "The server sent an answer Quotawatch does not understand.": ("Der Server hat eine Antwort gesendet, die Quotawatch nicht versteht.", "Le serveur a envoyé une réponse que Quotawatch ne comprend pas."),
    "The server sent an answer that is too large.": ("Der Server hat eine zu große Antwort gesendet.", "Le serveur a envoyé une réponse trop volumineuse."),
    "The request was cancelled.": ("Die Anfrage wurde abgebrochen.", "La requête a été annulée."),
    "Wrong e-mail or password.": ("Falsche E-Mail-Adresse oder falsches Passwort.", "Adresse e-mail ou mot de passe incorrect."),
    "The server did not accept the sign-in.": ("Der Server hat die Anmeldung nicht angenommen.", "Le serveur n'a pas accepté la connexion."),
    "This account may not see that tenant.": ("Dieses Konto darf diesen Mandanten nicht sehen.", "Ce compte n'a pas accès à ce locataire."),
    "The server asked to wait before asking again.": ("Der Server bittet, vor der nächsten Anfrage zu warten.", "Le serveur demande d'attendre avant de réessayer."),
    "The server has a problem (HTTP %1).": ("Der Server hat ein Problem (HTTP %1).", "Le serveur a un problème (HTTP %1)."),
    "The server refused the request (HTTP %1).": ("Der Server hat die Anfrage abgelehnt (HTTP %1).", "Le serveur a refusé la requête (HTTP %1)."),
}
