# Part of the translation table (see fill_translations.py and table_part1.py): the analytics
# view's custom range row, its empty state and the source's thresholds dialog title.
from table_part1 import NB, NN

TABLE = {
    "&To:": ("&Bis:", "&Au" + NB + ":"),
    "<small>Success rate</small><br><b>%1</b>": (
        "<small>Erfolgsquote</small><br><b>%1</b>",
        "<small>Taux de réussite</small><br><b>%1</b>"),
    "<small>Avg. response</small><br><b>%1</b>": (
        "<small>Mittl. Antwortzeit</small><br><b>%1</b>",
        "<small>Réponse moy.</small><br><b>%1</b>"),
    "No usage in this range: nothing was counted between %1 and %2.": (
        "Keine Nutzung in diesem Zeitraum: zwischen %1 und %2 wurde nichts gezählt.",
        "Aucune utilisation sur cette période" + NB + ": rien n’a été compté entre %1 et %2."),
}
