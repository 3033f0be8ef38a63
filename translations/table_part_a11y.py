# Part of the translation table (see fill_translations.py and table_part1.py): the
# accessibility work (chart descriptions, the series as a table, accessible names).
from table_part1 import NB, NN

TABLE = {
    # ---- TimeSeriesChart, BreakdownChart: what a screen reader hears
    "%1, %2 to %3: no data.": (
        "%1, %2 bis %3: keine Daten.",
        "%1, du %2 au %3" + NB + ": aucune donnée."),
    "%1, %2 to %3; latest %4 at %5.": (
        "%1, %2 bis %3; zuletzt %4 um %5.",
        "%1, du %2 au %3" + NN + "; dernière valeur %4 le %5."),
    "%1: no data.": ("%1: keine Daten.", "%1" + NB + ": aucune donnée."),
    "%1, %2 to %3: %4.": ("%1, %2 bis %3: %4.", "%1, du %2 au %3" + NB + ": %4."),
    "%1: %2.": ("%1: %2.", "%1" + NB + ": %2."),
    # ---- SeriesTableModel, AnalyticsView: the series as a table
    "Time": ("Zeitpunkt", "Date et heure"),
    "Usage over time as a table": (
        "Nutzung im Zeitverlauf als Tabelle", "Utilisation au fil du temps sous forme de tableau"),
    "Show as ta&ble": ("Als Ta&belle zeigen", "Afficher en ta&bleau"),
    "Show as &chart": ("Als &Diagramm zeigen", "Afficher en &graphique"),
    "Show the usage over time as a table": (
        "Die Nutzung im Zeitverlauf als Tabelle zeigen",
        "Afficher l'utilisation au fil du temps sous forme de tableau"),
    "Show the usage over time as a chart": (
        "Die Nutzung im Zeitverlauf als Diagramm zeigen",
        "Afficher l'utilisation au fil du temps sous forme de graphique"),
    "Show the usage over time as a table of exact values (%1)": (
        "Die Nutzung im Zeitverlauf als Tabelle der genauen Werte zeigen (%1)",
        "Afficher l'utilisation au fil du temps sous forme de tableau des valeurs exactes (%1)"),
    "Show the usage over time as a chart (%1)": (
        "Die Nutzung im Zeitverlauf als Diagramm zeigen (%1)",
        "Afficher l'utilisation au fil du temps sous forme de graphique (%1)"),
}
