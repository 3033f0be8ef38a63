# Part of the translation table (see fill_translations.py and table_part1.py): the analytics
# view's custom range row and its empty state; the CLI's anonymous counter refusing a count.
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
    # ---- quotawatch-cli anon record: more than is left
    "%1 more would pass the daily limit (%2 of %Ln used, %3 left); nothing counted. Sign in for a higher limit.": (
        ("%1 weitere würden das Tageslimit überschreiten (%2 von %Ln verbraucht, %3 übrig); nichts gezählt. Melden Sie sich an, um ein höheres Limit zu erhalten.",
         "%1 weitere würden das Tageslimit überschreiten (%2 von %Ln verbraucht, %3 übrig); nichts gezählt. Melden Sie sich an, um ein höheres Limit zu erhalten."),
        ("%1 de plus dépasseraient la limite quotidienne (%2 sur %Ln utilisés, %3 restants)" + NN + "; rien n'a été compté. Connectez-vous pour une limite plus élevée.",
         "%1 de plus dépasseraient la limite quotidienne (%2 sur %Ln utilisés, %3 restants)" + NN + "; rien n'a été compté. Connectez-vous pour une limite plus élevée.")),
    # ---- TimeAxisTicks: date patterns (QLocale::toString), day before month where the language puts it
    "MMM d": ("d. MMM", "d MMM"),
    "MMM d HH:mm": ("d. MMM HH:mm", "d MMM HH:mm"),
    # ---- the anonymous counter: a stored count that cannot be right
    "The counter file says %1 messages were sent today, which cannot be right. Run \u201cquotawatch-cli anon reset\u201d to start today afresh.": (
        "Laut Zählerdatei wurden heute %1 Nachrichten gesendet, was nicht stimmen kann. Führen Sie „quotawatch-cli anon reset“ aus, um den Tag neu zu beginnen.",
        "Le fichier du compteur indique %1 messages envoyés aujourd’hui, ce qui ne peut pas être juste. Lancez «" + NB + "quotawatch-cli anon reset" + NB + "» pour repartir de zéro aujourd’hui."),
    "the counter could not be read": ("der Zähler konnte nicht gelesen werden", "le compteur n’a pas pu être lu"),
    "--state needs a file name": ("--state braucht einen Dateinamen", "--state demande un nom de fichier"),
    # ---- quotawatch: a stray argument
    "unexpected argument: %1": ("unerwartetes Argument: %1", "argument inattendu" + NB + ": %1"),
    # ---- AnalyticsView: the requests card's tooltip
    "Every request, failed ones too. Quotas count only successful requests, so a daily requests bar can show fewer.": (
        "Jede Anfrage, auch fehlgeschlagene. Kontingente zählen nur erfolgreiche Anfragen, daher kann ein Balken für tägliche Anfragen weniger zeigen.",
        "Toutes les requêtes, y compris celles qui ont échoué. Les quotas ne comptent que les requêtes réussies" + NB + ": une barre de requêtes quotidiennes peut donc en montrer moins."),
}
