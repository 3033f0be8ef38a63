# Part of the translation table (see fill_translations.py and table_part1.py): start-up
# (the cached status of a returning user, `quotawatch --timing`).
from table_part1 import NB, NN

TABLE = {
    # ---- MainWindow: the cached status shown until the server answers
    "Connecting…": ("Verbindung wird hergestellt…", "Connexion…"),
    "As of %1": ("Stand: %1", "Dernier état connu" + NB + ": %1"),
    "As of %1: the last status saved on this computer, shown until the server answers.": (
        "Stand: %1 – der letzte auf diesem Computer gespeicherte Status, angezeigt, bis der "
        "Server antwortet.",
        "Dernier état connu" + NB + ": %1, enregistré sur cet ordinateur et affiché jusqu'à ce "
        "que le serveur réponde."),
    # ---- main: --timing
    "With --screenshot: print when each start-up phase was reached, as JSON, and wait for the first live status as well.": (
        "Mit --screenshot: als JSON ausgeben, wann jede Startphase erreicht wurde, und auch auf "
        "den ersten Live-Status warten.",
        "Avec --screenshot" + NB + ": afficher en JSON quand chaque phase du démarrage a été "
        "atteinte, et attendre aussi le premier état en direct."),
    "Start with the main window minimised.": (
        "Mit minimiertem Hauptfenster starten.",
        "Démarrer avec la fenêtre principale réduite."),
}
