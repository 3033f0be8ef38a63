# Part of the translation table (see fill_translations.py and table_part1.py): the colour
# theme in Preferences.
from table_part1 import NB, NN

TABLE = {
    # ---- PreferencesDialog: theme
    "System": ("System", "Système"),
    "Light": ("Hell", "Clair"),
    "Dark": ("Dunkel", "Sombre"),
    "Colour theme": ("Farbschema", "Thème de couleurs"),
    "System follows the light or dark colours of your desktop.": (
        "„System“ folgt den hellen oder dunklen Farben Ihrer Arbeitsumgebung.",
        "«" + NB + "Système" + NB + "» suit les couleurs claires ou sombres de votre bureau."),
    "T&heme:": ("&Farbschema:", "&Thème" + NB + ":"),
}
