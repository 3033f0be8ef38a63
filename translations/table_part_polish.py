# Part of the translation table (see fill_translations.py and table_part1.py): the UX review's
# polish of the export dialog, the empty Alerts tab and Sources page, and the staff views.
from table_part1 import NB

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
}
