# Part of the translation table (see fill_translations.py and table_part1.py): exports that
# must not destroy what they write to (the history itself, a device or a pipe) and
# quotawatch-cli's exports into a device or a pipe.
from table_part1 import NB, NN

TABLE = {
    # ---- ExportJob: targets it refuses to replace
    "%1 is the history being exported: the export would replace it. Choose another file.": (
        "%1 ist der Verlauf, der exportiert wird: Der Export würde ihn ersetzen. Wählen Sie "
        "eine andere Datei.",
        "%1 est l'historique exporté" + NB + ": l'export le remplacerait. Choisissez un "
        "autre fichier."),
    "%1 is not a regular file (it is a device, a pipe or a socket): an export replaces only "
    "a regular file.": (
        "%1 ist keine normale Datei (sondern ein Gerät, eine Pipe oder ein Socket): Ein Export "
        "ersetzt nur eine normale Datei.",
        "%1 n'est pas un fichier ordinaire (c'est un périphérique, un tube ou un socket)" + NB +
        ": un export ne remplace qu'un fichier ordinaire."),
    # ---- quotawatch-cli export
    "--out %1 is the history file being exported: it would be replaced. Choose another file.": (
        "--out %1 ist die Verlaufsdatei, die exportiert wird: Sie würde ersetzt. Wählen Sie "
        "eine andere Datei.",
        "--out %1 est le fichier d'historique exporté" + NB + ": il serait remplacé. "
        "Choisissez un autre fichier."),
    "nothing is reading from %1, so the export has nowhere to go": (
        "niemand liest aus %1, der Export kann also nirgendwohin",
        "personne ne lit %1" + NB + ": l'export n'a nulle part où aller"),
    "cannot write %1: %2": (
        "%1 kann nicht geschrieben werden: %2",
        "impossible d'écrire %1" + NB + ": %2"),
}
