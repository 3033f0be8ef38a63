# Part of the translation table (see fill_translations.py and table_part1.py): the main
# window's notices (one per kind, dismissible, details on demand), the demo server's end.
from table_part1 import NB, NN

TABLE = {
    # ---- NoticeArea
    "More notices": ("Weitere Hinweise", "Autres remarques"),
    "Notice details": ("Details zum Hinweis", "Détails de la remarque"),
    "Details": ("Details", "Détails"),
    "Show the details of this notice": (
        "Details zu diesem Hinweis anzeigen",
        "Afficher les détails de cette remarque"),
    "Dismiss notice": ("Hinweis schließen", "Fermer la remarque"),
    "Dismiss this notice": ("Diesen Hinweis schließen", "Fermer cette remarque"),
    "%n more notice(s): dismiss one to see the next.": (
        ("%n weiterer Hinweis: Schließen Sie einen, um den nächsten zu sehen.",
         "%n weitere Hinweise: Schließen Sie einen, um den nächsten zu sehen."),
        ("%n autre remarque" + NB + ": fermez-en une pour voir la suivante.",
         "%n autres remarques" + NB + ": fermez-en une pour voir la suivante.")),
    # ---- MainWindow: the server went away (the demo's stopped)
    "Not connected: %1": ("Nicht verbunden: %1", "Non connecté" + NB + ": %1"),
    # ---- AppController
    "Your sign-in could not be saved in the system keychain, so it is kept in memory only: you will be asked to sign in again next time.": (
        "Ihre Anmeldung konnte nicht im Schlüsselbund des Systems gespeichert werden und wird "
        "nur im Arbeitsspeicher gehalten: Beim nächsten Mal werden Sie erneut nach der "
        "Anmeldung gefragt.",
        "Votre connexion n'a pas pu être enregistrée dans le trousseau du système" + NB + ": "
        "elle est gardée en mémoire seulement, et vous devrez vous reconnecter la prochaine "
        "fois."),
    "The demo server is not running.": (
        "Der Demo-Server läuft nicht.",
        "Le serveur de démonstration ne fonctionne pas."),
    # ---- DemoLauncher: how the demo server ended
    "The demo server was stopped: it was killed or crashed.": (
        "Der Demo-Server wurde beendet: Er wurde abgebrochen oder ist abgestürzt.",
        "Le serveur de démonstration a été arrêté" + NB + ": il a été tué ou a planté."),
    "The demo server was stopped: it shut down.": (
        "Der Demo-Server wurde beendet: Er hat sich heruntergefahren.",
        "Le serveur de démonstration a été arrêté" + NB + ": il s'est fermé."),
    "The demo server exited with code %1.": (
        "Der Demo-Server wurde mit dem Code %1 beendet.",
        "Le serveur de démonstration s'est terminé avec le code %1."),
    "%1 The end of its log: %2": (
        "%1 Das Ende seines Protokolls: %2",
        "%1 La fin de son journal" + NB + ": %2"),
}
