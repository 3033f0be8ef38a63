# Part of the translation table (see fill_translations.py and table_part1.py).
from table_part1 import NB, NN

TABLE = {
    # ---- AppController
    "Updating…": ("Wird aktualisiert…", "Mise à jour…"),
    "The scheduled export of %1 could not be written to %2.": (
        "Der geplante Export vom %1 konnte nicht nach %2 geschrieben werden.",
        "L'exportation planifiée du %1 n'a pas pu être écrite dans %2."),
    "The scheduled export of %1 failed: %2": (
        "Der geplante Export vom %1 ist fehlgeschlagen: %2",
        "L'exportation planifiée du %1 a échoué" + NB + ": %2"),
    "Starting the demo server…": ("Demo-Server wird gestartet…", "Démarrage du serveur de démonstration…"),
    "Hand over anonymous messages": ("Anonyme Nachrichten übernehmen", "Transférer les messages anonymes"),
    "You sent %n message(s) today without an account. Count them on your account too?": (
        ("Sie haben heute %n Nachricht ohne Konto gesendet. Soll sie auch auf Ihrem Konto gezählt werden?",
         "Sie haben heute %n Nachrichten ohne Konto gesendet. Sollen sie auch auf Ihrem Konto gezählt werden?"),
        ("Vous avez envoyé %n message aujourd'hui sans compte. Le compter aussi sur votre compte" + NN + "?",
         "Vous avez envoyé %n messages aujourd'hui sans compte. Les compter aussi sur votre compte" + NN + "?")),
    "The anonymous messages could not be handed over: %1": (
        "Die anonymen Nachrichten konnten nicht übernommen werden: %1",
        "Les messages anonymes n'ont pas pu être transférés" + NB + ": %1"),
    "Signed in to %1": ("Angemeldet bei %1", "Connecté à %1"),
    "No system tray is available, so alerts are shown in the Alerts tab and closing the window quits.": (
        "Es ist kein Infobereich verfügbar: Alarme erscheinen im Reiter „Alarme“, und das Schließen des Fensters beendet das Programm.",
        "Aucune zone de notification n'est disponible" + NB + ": les alertes s'affichent dans l'onglet Alertes et fermer la fenêtre quitte le programme."),
    "&Tenants": ("&Mandanten", "&Locataires"),
    "A&udit": ("Pr&otokoll", "A&udit"),
    "Export finished": ("Export abgeschlossen", "Exportation terminée"),
    "Export failed": ("Export fehlgeschlagen", "Échec de l'exportation"),

    # ---- AuditListModel
    "%1 ×%2": ("%1 ×%2", "%1 ×%2"),
    "%1: %2 → %3": ("%1: %2 → %3", "%1" + NB + ": %2 → %3"),
    "When": ("Wann", "Quand"),
    "Who": ("Wer", "Qui"),
    "Action": ("Aktion", "Action"),
    "Tenant": ("Mandant", "Locataire"),
    "Reason": ("Begründung", "Motif"),
    "Detail": ("Details", "Détail"),

    # ---- AuditView
    "Filter by tenant": ("Nach Mandant filtern", "Filtrer par locataire"),
    "Filter by actor": ("Nach Person filtern", "Filtrer par auteur"),
    "Actor": ("Person", "Auteur"),
    "Filter by action": ("Nach Aktion filtern", "Filtrer par action"),
    "Any action": ("Jede Aktion", "Toutes les actions"),
    "Resets": ("Zurücksetzungen", "Réinitialisations"),
    "Reads": ("Lesezugriffe", "Consultations"),
    "Audit log": ("Prüfprotokoll", "Journal d'audit"),
    "Filter:": ("Filter:", "Filtre" + NB + ":"),
    "The audit log could not be loaded: %1": ("Das Prüfprotokoll konnte nicht geladen werden: %1", "Le journal d'audit n'a pas pu être chargé" + NB + ": %1"),

    # ---- AutostartEntry
    "The autostart entry %1 cannot be removed.": ("Der Autostart-Eintrag %1 kann nicht entfernt werden.", "L'entrée de démarrage automatique %1 ne peut pas être supprimée."),
    "The autostart entry %1 cannot be written: %2": ("Der Autostart-Eintrag %1 kann nicht geschrieben werden: %2", "L'entrée de démarrage automatique %1 ne peut pas être écrite" + NB + ": %2"),

    # ---- BreakdownChart, BreakdownTableModel
    "(none)": ("(keine)", "(aucun)"),
    "Other": ("Sonstige", "Autres"),
    "%1 %2": ("%1 %2", "%1 %2"),
    "no data": ("keine Daten", "aucune donnée"),
    "%1 (%2 %)": ("%1 (%2" + NB + "%)", "%1 (%2" + NB + "%)"),
    "%1: %2": ("%1: %2", "%1" + NB + ": %2"),
    "%1 ms": ("%1" + NB + "ms", "%1" + NB + "ms"),
    "Failed": ("Fehlgeschlagen", "Échecs"),
    "Cost": ("Kosten", "Coût"),
    "Avg. response": ("Mittl. Antwortzeit", "Réponse moy."),

    # ---- ChartLabelFormat
    "%1 %": ("%1" + NB + "%", "%1" + NB + "%"),
    "%1 k": ("%1" + NB + "Tsd.", "%1" + NB + "k"),
    "%1 M": ("%1" + NB + "Mio.", "%1" + NB + "M"),
    "%1 G": ("%1" + NB + "Mrd.", "%1" + NB + "Md"),

    # ---- DemoLauncher
    "The demo server did not start in time.": ("Der Demo-Server ist nicht rechtzeitig gestartet.", "Le serveur de démonstration n'a pas démarré à temps."),
    "The demo needs quotawatch-server, which was not found.": ("Die Demo braucht quotawatch-server, das nicht gefunden wurde.", "La démo a besoin de quotawatch-server, qui est introuvable."),
    "The demo server could not be started: %1": ("Der Demo-Server konnte nicht gestartet werden: %1", "Le serveur de démonstration n'a pas pu être démarré" + NB + ": %1"),
    "The demo server stopped (exit code %1): %2": ("Der Demo-Server wurde beendet (Exit-Code %1): %2", "Le serveur de démonstration s'est arrêté (code de sortie %1)" + NB + ": %2"),
    "The demo server stopped unexpectedly (exit code %1).": ("Der Demo-Server wurde unerwartet beendet (Exit-Code %1).", "Le serveur de démonstration s'est arrêté de façon inattendue (code de sortie %1)."),

    # ---- ExportDialog
    "UTF-8 &BOM for Excel": ("UTF-8-BO&M für Excel", "&BOM UTF-8 pour Excel"),
    "Add a &local-time column": ("Spalte mit &Lokalzeit hinzufügen", "Ajouter une colonne d'heure &locale"),
    "B&rowse…": ("&Durchsuchen…", "&Parcourir…"),
    "&Export": ("&Exportieren", "&Exporter"),
    "&Cancel export": ("Export abbre&chen", "&Annuler l'exportation"),
    "Close": ("Schließen", "Fermer"),
    "Export": ("Exportieren", "Exporter"),
    "Export %1's data": ("Daten von %1 exportieren", "Exporter les données de %1"),
    "Usage records": ("Nutzungsdatensätze", "Enregistrements d'utilisation"),
    "Analytics": ("Auswertung", "Analyses"),
    "Quota history (local)": ("Kontingentverlauf (lokal)", "Historique des quotas (local)"),
    "Tenant list": ("Mandantenliste", "Liste des locataires"),
    "What to export": ("Was exportiert wird", "Données à exporter"),
    "The end of the range (not included).": ("Das Ende des Zeitraums (nicht enthalten).", "La fin de la période (non incluse)."),
    "None": ("Keine", "Aucun"),
    "Provider": ("Anbieter", "Fournisseur"),
    "Model": ("Modell", "Modèle"),
    "User": ("Benutzer", "Utilisateur"),
    "Group by": ("Gruppieren nach", "Regrouper par"),
    "CSV": ("CSV", "CSV"),
    "JSON": ("JSON", "JSON"),
    "NDJSON (one object per line)": ("NDJSON (ein Objekt pro Zeile)", "NDJSON (un objet par ligne)"),
    "Format": ("Format", "Format"),
    "UTF-8 BOM for Excel": ("UTF-8-BOM für Excel", "BOM UTF-8 pour Excel"),
    "Starts the file with a byte order mark so that Excel reads it as UTF-8.": (
        "Beginnt die Datei mit einer Bytereihenfolge-Markierung, damit Excel sie als UTF-8 liest.",
        "Commence le fichier par une marque d'ordre des octets pour qu'Excel le lise en UTF-8."),
    "Add a local-time column": ("Spalte mit Lokalzeit hinzufügen", "Ajouter une colonne d'heure locale"),
    "Adds this computer's local time after each UTC time column.": (
        "Fügt nach jeder UTC-Zeitspalte die Ortszeit dieses Computers hinzu.",
        "Ajoute l'heure locale de cet ordinateur après chaque colonne d'heure UTC."),
    "Destination file": ("Zieldatei", "Fichier de destination"),
    "Choose the destination file": ("Zieldatei auswählen", "Choisir le fichier de destination"),
    "Export progress": ("Exportfortschritt", "Progression de l'exportation"),
    "Rows written": ("Geschriebene Zeilen", "Lignes écrites"),
    "Export result": ("Exportergebnis", "Résultat de l'exportation"),
    "Cancel the export": ("Den Export abbrechen", "Annuler l'exportation"),
    "&to": ("&bis", "a&u"),
    "&What:": ("&Was:", "&Quoi" + NB + ":"),
    "&From:": ("&Von:", "&Du" + NB + ":"),
    "&Granularity:": ("&Auflösung:", "&Granularité" + NB + ":"),
    "Gro&up by:": ("Gr&uppieren nach:", "Reg&rouper par" + NB + ":"),
    "F&ormat:": ("F&ormat:", "F&ormat" + NB + ":"),
    "&Save to:": ("&Speichern unter:", "Enregistrer sou&s" + NB + ":"),
    "CSV files (*.csv)": ("CSV-Dateien (*.csv)", "Fichiers CSV (*.csv)"),
    "JSON files (*.json)": ("JSON-Dateien (*.json)", "Fichiers JSON (*.json)"),
    "NDJSON files (*.ndjson)": ("NDJSON-Dateien (*.ndjson)", "Fichiers NDJSON (*.ndjson)"),
    "Export to": ("Exportieren nach", "Exporter vers"),
    "Choose the file to export to.": ("Die Datei wählen, in die exportiert wird.", "Choisir le fichier vers lequel exporter."),
    "The range must end after it starts.": ("Der Zeitraum muss nach seinem Beginn enden.", "La période doit se terminer après son début."),
    "Starting…": ("Wird gestartet…", "Démarrage…"),
    "%1 of about %Ln row(s)": (("%1 von etwa %Ln Zeile", "%1 von etwa %Ln Zeilen"), ("%1 sur environ %Ln ligne", "%1 sur environ %Ln lignes")),
    "%Ln row(s) so far": (("Bisher %Ln Zeile", "Bisher %Ln Zeilen"), ("%Ln ligne pour l'instant", "%Ln lignes pour l'instant")),
    "%Ln row(s)": (("%Ln Zeile", "%Ln Zeilen"), ("%Ln ligne", "%Ln lignes")),
    "Exported %Ln row(s) to %1.": (("%Ln Zeile nach %1 exportiert.", "%Ln Zeilen nach %1 exportiert."), ("%Ln ligne exportée vers %1.", "%Ln lignes exportées vers %1.")),
    "⚠ %1": ("⚠ %1", "⚠ %1"),
    "Stop the export?": ("Export anhalten?", "Arrêter l'exportation" + NN + "?"),
    "The export is still running. Stop it? The file will not be written.": (
        "Der Export läuft noch. Anhalten? Die Datei wird dann nicht geschrieben.",
        "L'exportation est en cours. L'arrêter" + NN + "? Le fichier ne sera pas écrit."),

    # ---- ExportJob
    "An export is already running.": ("Es läuft bereits ein Export.", "Une exportation est déjà en cours."),
    "Cannot write %1: %2": ("%1 kann nicht geschrieben werden: %2", "Impossible d'écrire %1" + NB + ": %2"),
    "The export needs a range whose start is before its end.": ("Der Export braucht einen Zeitraum, dessen Beginn vor seinem Ende liegt.", "L'exportation nécessite une période dont le début précède la fin."),
    "Analytics are exported by hour or by day, grouped by provider, model, endpoint, status code or user.": (
        "Auswertungen werden stündlich oder täglich exportiert, gruppiert nach Anbieter, Modell, Endpunkt, Statuscode oder Benutzer.",
        "Les analyses s'exportent par heure ou par jour, regroupées par fournisseur, modèle, point d'accès, code d'état ou utilisateur."),
    "There is no local history of this tenant to export.": ("Es gibt keinen lokalen Verlauf dieses Mandanten zum Exportieren.", "Il n'y a pas d'historique local de ce locataire à exporter."),
    "Cannot write the export: %1": ("Der Export kann nicht geschrieben werden: %1", "Impossible d'écrire l'exportation" + NB + ": %1"),
    "the server asks to wait more than %n minute(s)": (
        ("der Server bittet, mehr als %n Minute zu warten", "der Server bittet, mehr als %n Minuten zu warten"),
        ("le serveur demande d'attendre plus de %n minute", "le serveur demande d'attendre plus de %n minutes")),
    "the server's paging does not end (the same cursor again, or too many pages)": (
        "die Seitenabfrage des Servers endet nicht (derselbe Cursor erneut oder zu viele Seiten)",
        "la pagination du serveur ne se termine pas (le même curseur à nouveau, ou trop de pages)"),
    "the server's answer is not a page of usage records (%1)": ("die Antwort des Servers ist keine Seite mit Nutzungsdatensätzen (%1)", "la réponse du serveur n'est pas une page d'enregistrements d'utilisation (%1)"),
    "the server's answer is not an analytics report (%1)": ("die Antwort des Servers ist kein Auswertungsbericht (%1)", "la réponse du serveur n'est pas un rapport d'analyse (%1)"),
    "the server's answer is not a page of tenants (%1)": ("die Antwort des Servers ist keine Seite mit Mandanten (%1)", "la réponse du serveur n'est pas une page de locataires (%1)"),
    "the local history could not be read": ("der lokale Verlauf konnte nicht gelesen werden", "l'historique local n'a pas pu être lu"),
    "could not save %1: %2": ("%1 konnte nicht gespeichert werden: %2", "impossible d'enregistrer %1" + NB + ": %2"),
    "The export stopped before anything was written: %1.": ("Der Export wurde angehalten, bevor etwas geschrieben wurde: %1.", "L'exportation s'est arrêtée avant toute écriture" + NB + ": %1."),
    "The export stopped after %n row(s), up to %1: %2.": (
        ("Der Export wurde nach %n Zeile angehalten, bis %1: %2.", "Der Export wurde nach %n Zeilen angehalten, bis %1: %2."),
        ("L'exportation s'est arrêtée après %n ligne, jusqu'à %1" + NB + ": %2.", "L'exportation s'est arrêtée après %n lignes, jusqu'à %1" + NB + ": %2.")),
    "The export stopped after %n row(s): %1.": (
        ("Der Export wurde nach %n Zeile angehalten: %1.", "Der Export wurde nach %n Zeilen angehalten: %1."),
        ("L'exportation s'est arrêtée après %n ligne" + NB + ": %1.", "L'exportation s'est arrêtée après %n lignes" + NB + ": %1.")),
    "%1 %2 was not written; what was there before is unchanged.": (
        "%1 %2 wurde nicht geschrieben; der vorherige Inhalt bleibt unverändert.",
        "%1 %2 n'a pas été écrit" + NN + "; le contenu précédent est inchangé."),
    "The export was cancelled.": ("Der Export wurde abgebrochen.", "L'exportation a été annulée."),
    "The export was cancelled; %1 was not written.": ("Der Export wurde abgebrochen; %1 wurde nicht geschrieben.", "L'exportation a été annulée" + NN + "; %1 n'a pas été écrit."),

    # ---- ExportSchedule, ExportWriter
    "Cannot create the export folder %1.": ("Der Exportordner %1 kann nicht angelegt werden.", "Impossible de créer le dossier d'exportation %1."),
    "Could not write the export: %1": ("Der Export konnte nicht geschrieben werden: %1", "Impossible d'écrire l'exportation" + NB + ": %1"),
    "The export was already started.": ("Der Export wurde bereits gestartet.", "L'exportation a déjà commencé."),
    "The export destination is not open for writing.": ("Das Exportziel ist nicht zum Schreiben geöffnet.", "La destination de l'exportation n'est pas ouverte en écriture."),
    "The export was finished without being started.": ("Der Export wurde beendet, ohne gestartet worden zu sein.", "L'exportation a été terminée sans avoir commencé."),
    "The export was already finished.": ("Der Export wurde bereits beendet.", "L'exportation est déjà terminée."),
    "Rows were written to an export that is not in progress.": ("Es wurden Zeilen in einen Export geschrieben, der nicht läuft.", "Des lignes ont été écrites dans une exportation qui n'est pas en cours."),
    "Rows of %1 were written to an export of %2.": ("Zeilen von %1 wurden in einen Export von %2 geschrieben.", "Des lignes de %1 ont été écrites dans une exportation de %2."),

    # ---- HistoryStore
    "The local history was damaged and has been set aside as %1; a new one was started.": (
        "Der lokale Verlauf war beschädigt und wurde als %1 beiseitegelegt; ein neuer wurde begonnen.",
        "L'historique local était endommagé et a été mis de côté sous %1" + NN + "; un nouveau a été commencé."),
    "The local history %1 is in use by another program; it is not shown.": (
        "Der lokale Verlauf %1 wird von einem anderen Programm verwendet; er wird nicht angezeigt.",
        "L'historique local %1 est utilisé par un autre programme" + NN + "; il n'est pas affiché."),
    "The local history %1 was made by a newer version of Quotawatch; it is left as it is and not shown.": (
        "Der lokale Verlauf %1 stammt von einer neueren Version von Quotawatch; er bleibt unverändert und wird nicht angezeigt.",
        "L'historique local %1 provient d'une version plus récente de Quotawatch" + NN + "; il est laissé tel quel et n'est pas affiché."),
    "The local history %1 cannot be opened: %2": ("Der lokale Verlauf %1 kann nicht geöffnet werden: %2", "L'historique local %1 ne peut pas être ouvert" + NB + ": %2"),
    "The local history %1 is damaged and cannot be moved aside.": ("Der lokale Verlauf %1 ist beschädigt und kann nicht beiseitegelegt werden.", "L'historique local %1 est endommagé et ne peut pas être mis de côté."),
    "The local history was damaged and has been set aside as %1, but a new one could not be created.": (
        "Der lokale Verlauf war beschädigt und wurde als %1 beiseitegelegt, aber ein neuer konnte nicht angelegt werden.",
        "L'historique local était endommagé et a été mis de côté sous %1, mais un nouveau n'a pas pu être créé."),

    # ---- KeychainCredentialStore
    "No system keychain: you will be asked to sign in next time.": (
        "Kein System-Schlüsselbund: Sie werden beim nächsten Mal erneut nach der Anmeldung gefragt.",
        "Pas de trousseau système" + NB + ": il faudra vous reconnecter la prochaine fois."),
    "The system keychain refused access (is it locked?): you will be asked to sign in next time.": (
        "Der System-Schlüsselbund hat den Zugriff verweigert (ist er gesperrt?): Sie werden beim nächsten Mal erneut nach der Anmeldung gefragt.",
        "Le trousseau système a refusé l'accès (est-il verrouillé" + NN + "?)" + NB + ": il faudra vous reconnecter la prochaine fois."),
    "No system keychain could be reached: you will be asked to sign in next time.": (
        "Kein System-Schlüsselbund erreichbar: Sie werden beim nächsten Mal erneut nach der Anmeldung gefragt.",
        "Aucun trousseau système n'est joignable" + NB + ": il faudra vous reconnecter la prochaine fois."),
    "The system keychain did not keep the sign-in (%1): you will be asked to sign in next time.": (
        "Der System-Schlüsselbund hat die Anmeldung nicht gespeichert (%1): Sie werden beim nächsten Mal erneut nach der Anmeldung gefragt.",
        "Le trousseau système n'a pas conservé la connexion (%1)" + NB + ": il faudra vous reconnecter la prochaine fois."),
}
