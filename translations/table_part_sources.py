# Part of the translation table (see fill_translations.py and table_part1.py): several sources
# in the desktop app (Preferences > Sources, the quota view's groups, the tray, the registry).
from table_part1 import NB, NN

TABLE = {
    # ---- PreferencesDialog
    "Ge&neral": ("All&gemein", "Génér&al"),
    "Sou&rces": ("&Quellen", "Sou&rces"),

    # ---- QuotaListView, QuotaSourceGroup
    "Your account": ("Ihr Konto", "Votre compte"),
    "%1: as of %2": ("%1: Stand %2", "%1" + NB + ": état à %2"),
    "%1: loading…": ("%1: wird geladen…", "%1" + NB + ": chargement…"),
    "%1: not updating": ("%1: keine Aktualisierung", "%1" + NB + ": pas de mise à jour"),
    "This source reports no quotas.": (
        "Diese Quelle meldet keine Kontingente.",
        "Cette source ne signale aucun quota."),
    "Quotas of %1": ("Kontingente von %1", "Quotas de %1"),

    # ---- TrayController
    "%1, %2": ("%1, %2", "%1, %2"),

    # ---- SourceConfig
    "The profile does not load: %1": (
        "Das Profil lässt sich nicht laden: %1",
        "Le profil ne se charge pas" + NB + ": %1"),
    "The server address must start with http:// or https://.": (
        "Die Serveradresse muss mit http:// oder https:// beginnen.",
        "L'adresse du serveur doit commencer par http:// ou https://."),
    "The path %1 cannot be used: it must start with / and the profile must make a single request.": (
        "Der Pfad %1 ist nicht verwendbar: Er muss mit / beginnen, und das Profil darf nur eine Anfrage stellen.",
        "Le chemin %1 est inutilisable" + NB + ": il doit commencer par / et le profil ne doit faire qu'une seule requête."),

    # ---- SourceRegistry
    "No keychain is available: the secret of %1 is kept only until Quotawatch quits.": (
        "Es ist kein Schlüsselbund verfügbar: Das Geheimnis von %1 wird nur bis zum Beenden von Quotawatch aufbewahrt.",
        "Aucun trousseau n'est disponible" + NB + ": le secret de %1 n'est conservé que jusqu'à la fermeture de Quotawatch."),
    "The secret of %1 could not be stored in the keychain (%2): it is kept only until Quotawatch quits.": (
        "Das Geheimnis von %1 konnte nicht im Schlüsselbund gespeichert werden (%2): Es wird nur bis zum Beenden von Quotawatch aufbewahrt.",
        "Le secret de %1 n'a pas pu être enregistré dans le trousseau (%2)" + NB + ": il n'est conservé que jusqu'à la fermeture de Quotawatch."),

    # ---- SourcesPage
    "Rena&me": ("&Umbenennen", "Ren&ommer"),
    "Remo&ve": ("&Entfernen", "Suppr&imer"),
    "&User name:": ("&Benutzername:", "Nom d'uti&lisateur" + NB + ":"),
    "T&est": ("&Testen", "&Tester"),
    "A&dd": ("&Hinzufügen", "Ajout&er"),
    "Watched sources": ("Beobachtete Quellen", "Sources surveillées"),
    "Rename the selected source": ("Die ausgewählte Quelle umbenennen", "Renommer la source sélectionnée"),
    "Remove the selected source": ("Die ausgewählte Quelle entfernen", "Supprimer la source sélectionnée"),
    "Stops watching it and forgets its secret.": (
        "Beendet die Beobachtung und vergisst ihr Geheimnis.",
        "Arrête de la surveiller et oublie son secret."),
    "Wat&ched besides your account:": (
        "&Weitere beobachtete Quellen neben Ihrem Konto:",
        "Sur&veillées en plus de votre compte" + NB + ":"),
    "A profile file…": ("Eine Profildatei…", "Un fichier de profil…"),
    "Profile of the source": ("Profil der Quelle", "Profil de la source"),
    "Profile file": ("Profildatei", "Fichier de profil"),
    "Choose a profile file": ("Eine Profildatei wählen", "Choisir un fichier de profil"),
    "Name of the source": ("Name der Quelle", "Nom de la source"),
    "As the quota view and alerts will name it": (
        "So nennen sie die Kontingentansicht und die Alarme",
        "Tel que la vue des quotas et les alertes la nommeront"),
    "Server address of the source": ("Serveradresse der Quelle", "Adresse du serveur de la source"),
    "User name for the source": ("Benutzername für die Quelle", "Nom d'utilisateur pour la source"),
    "Path of the request": ("Pfad der Anfrage", "Chemin de la requête"),
    "The profile's own": ("Der des Profils", "Celui du profil"),
    "Test the source": ("Die Quelle testen", "Tester la source"),
    "Fetches its usage once, without adding it.": (
        "Ruft ihre Nutzung einmal ab, ohne sie hinzuzufügen.",
        "Récupère son utilisation une fois, sans l'ajouter."),
    "Add the source": ("Die Quelle hinzufügen", "Ajouter la source"),
    "Result of the test": ("Ergebnis des Tests", "Résultat du test"),
    "Add a source": ("Eine Quelle hinzufügen", "Ajouter une source"),
    "&Profile:": ("P&rofil:", "&Profil" + NB + ":"),
    "&File:": ("&Datei:", "&Fichier" + NB + ":"),
    ("qw::SourcesPage", "&Browse…"): ("Durchsu&chen…", "Parco&urir…"),
    "N&ame:": ("&Name:", "&Nom" + NB + ":"),
    "&Server:": ("&Server:", "&Serveur" + NB + ":"),
    "Pat&h:": ("P&fad:", "C&hemin" + NB + ":"),
    "Source profile": ("Quellprofil", "Profil de source"),
    "Source profiles (*.json);;All files (*)": (
        "Quellprofile (*.json);;Alle Dateien (*)",
        "Profils de source (*.json);;Tous les fichiers (*)"),
    "%1 at %2": ("%1 auf %2", "%1 sur %2"),
    "&Token:": ("T&oken:", "&Jeton" + NB + ":"),
    "Bearer token for the source": ("Bearer-Token für die Quelle", "Jeton d'accès (bearer) pour la source"),
    "API &key:": ("API-Sch&lüssel:", "&Clé d'API" + NB + ":"),
    "API key for the source": ("API-Schlüssel für die Quelle", "Clé d'API pour la source"),
    "Pass&word:": ("&Passwort:", "&Mot de passe" + NB + ":"),
    "Password for the source": ("Passwort für die Quelle", "Mot de passe pour la source"),
    "Fetching…": ("Wird abgerufen…", "Récupération…"),
    "Fetched 1 quota": ("1 Kontingent abgerufen", "1 quota récupéré"),
    "Fetched %n quotas": (
        ("%n Kontingent abgerufen", "%n Kontingente abgerufen"),
        ("%n quota récupéré", "%n quotas récupérés")),
    "Added %1.": ("%1 hinzugefügt.", "%1 ajoutée."),
}
