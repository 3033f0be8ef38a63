# Part of the translation table (see fill_translations.py and table_part1.py): the client's
# network timing (Retry-After bounds).

TABLE = {
    # ---- ApiError: a 429 whose wait the poller bounded; %1 is a local date and time
    "The server asked to wait until %1 before asking again.": (
        "Der Server bittet, bis %1 mit der nächsten Anfrage zu warten.",
        "Le serveur demande d'attendre jusqu'à %1 avant de réessayer."),
}
