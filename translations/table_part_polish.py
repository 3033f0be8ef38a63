# Part of the translation table (see fill_translations.py and table_part1.py): the UX review's
# polish of the export dialog, the empty Alerts tab and Sources page, and the staff views.
from table_part1 import NB, NN

TABLE = {
    # ---- ExportJob, ExportDialog: a folder or file that cannot be written
    "Cannot write %1: %2.": (
        "%1 kann nicht geschrieben werden: %2.",
        "Impossible d'écrire %1" + NB + ": %2."),
    "Cannot create the folder %1. Choose another folder with Browse…, or one you may write to.": (
        "Der Ordner %1 kann nicht angelegt werden. Wählen Sie mit „Durchsuchen…“ einen anderen "
        "Ordner, in den Sie schreiben dürfen.",
        "Impossible de créer le dossier %1. Choisissez un autre dossier avec «" + NB +
        "Parcourir…" + NB + "», un dossier où vous pouvez écrire."),
    "%1 Choose another file with Browse…, or check that you may write to its folder.": (
        "%1 Wählen Sie mit „Durchsuchen…“ eine andere Datei, oder prüfen Sie, ob Sie in ihren "
        "Ordner schreiben dürfen.",
        "%1 Choisissez un autre fichier avec «" + NB + "Parcourir…" + NB + "», ou vérifiez que "
        "vous pouvez écrire dans son dossier."),

    # ---- AlertsPanel: the empty history
    "No alerts yet": ("Noch keine Alarme", "Aucune alerte pour l'instant"),
    "No alerts yet.\n\nAn alert tells you when a quota reaches a threshold of its limit, or is "
    "about to run out before it resets. Alerts fire at %1 of a quota.\n\nChange these "
    "thresholds in File > Preferences > General, or for one quota through the context menu "
    "of its bar.": (
        "Noch keine Alarme.\n\nEin Alarm meldet, wenn ein Kontingent eine Schwelle seines "
        "Limits erreicht oder vor seinem Zurücksetzen aufgebraucht zu sein droht. Alarme "
        "kommen bei %1 eines Kontingents.\n\nÄndern Sie diese Schwellen unter Datei > "
        "Einstellungen > Allgemein oder für ein einzelnes Kontingent über das Kontextmenü "
        "seines Balkens.",
        "Aucune alerte pour l'instant.\n\nUne alerte vous prévient quand un quota atteint un "
        "seuil de sa limite, ou risque d'être épuisé avant sa remise à zéro. Les alertes se "
        "déclenchent à %1 d'un quota.\n\nModifiez ces seuils dans Fichier > Préférences > "
        "Général, ou pour un seul quota par le menu contextuel de sa barre."),

    # ---- SourcesPage: the empty list
    "No sources yet": ("Noch keine Quellen", "Aucune source pour l'instant"),
    "No sources yet. A source is another usage API that Quotawatch watches besides your "
    "account, such as a rate limiter or a provider's billing API; its quotas appear beside "
    "yours and raise alerts too.\n\nTo add one, choose its profile below, enter its server and "
    "credentials, press Test, then Add.": (
        "Noch keine Quellen. Eine Quelle ist eine weitere Nutzungs-API, die Quotawatch neben "
        "Ihrem Konto beobachtet, etwa ein Rate-Limiter oder die Abrechnungs-API eines "
        "Anbieters; ihre Kontingente erscheinen neben Ihren und lösen ebenfalls Alarme aus."
        "\n\nUm eine hinzuzufügen, wählen Sie unten ihr Profil, geben Sie ihren Server und ihre "
        "Zugangsdaten ein, drücken Sie „Testen“ und dann „Hinzufügen“.",
        "Aucune source pour l'instant. Une source est une autre API d'utilisation que "
        "Quotawatch surveille en plus de votre compte, comme un limiteur de débit ou l'API de "
        "facturation d'un fournisseur" + NN + "; ses quotas s'affichent à côté des vôtres et "
        "déclenchent aussi des alertes.\n\nPour en ajouter une, choisissez son profil "
        "ci-dessous, saisissez son serveur et ses identifiants, appuyez sur «" + NB + "Tester" +
        NB + "», puis sur «" + NB + "Ajouter" + NB + "»."),
}
