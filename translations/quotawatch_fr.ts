<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>main</name>
    <message>
        <source>Watch usage quotas before they run out.</source>
        <translation>Surveillez vos quotas d&apos;utilisation avant qu&apos;ils ne soient épuisés.</translation>
    </message>
    <message>
        <source>Start a local demo server and sign in to it.</source>
        <translation>Démarrer un serveur de démonstration local et s&apos;y connecter.</translation>
    </message>
    <message>
        <source>Render the main window to FILE (PNG) after the first update, then exit.</source>
        <translation>Enregistrer la fenêtre principale dans FILE (PNG) après la première mise à jour, puis quitter.</translation>
    </message>
    <message>
        <source>With --screenshot: which view to render: quotas, analytics, alerts or tenants (tenants: a support or admin account).</source>
        <translation>Avec --screenshot : la vue à enregistrer : quotas, analytics, alerts ou tenants (tenants : un compte support ou administrateur).</translation>
    </message>
    <message>
        <source>With --demo: sign in as the demo&apos;s customer, support or admin account.</source>
        <translation>Avec --demo : se connecter avec le compte client, support ou administrateur de la démo.</translation>
    </message>
    <message>
        <source>With --screenshot: the window size to render at, e.g. 800x600.</source>
        <translation>Avec --screenshot : la taille de la fenêtre à enregistrer, par ex. 800x600.</translation>
    </message>
    <message>
        <source>--view must be quotas, analytics, alerts or tenants</source>
        <translation>--view doit valoir quotas, analytics, alerts ou tenants</translation>
    </message>
    <message>
        <source>--as must be customer, support or admin</source>
        <translation>--as doit valoir customer, support ou admin</translation>
    </message>
    <message>
        <source>--size must be WIDTHxHEIGHT, 320 to 7680 each</source>
        <translation>--size doit être LARGEURxHAUTEUR, chacune de 320 à 7680</translation>
    </message>
    <message>
        <source>With --screenshot: print when each start-up phase was reached, as JSON, and wait for the first live status as well.</source>
        <translation>Avec --screenshot&#xa0;: afficher en JSON quand chaque phase du démarrage a été atteinte, et attendre aussi le premier état en direct.</translation>
    </message>
    <message>
        <source>Start with the main window minimised.</source>
        <translation>Démarrer avec la fenêtre principale réduite.</translation>
    </message>
    <message>
        <source>unexpected argument: %1</source>
        <translation>argument inattendu&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>qw::AlertEngine</name>
    <message>
        <source>%1: limit reached (%2 %).</source>
        <translation>%1&#xa0;: limite atteinte (%2&#xa0;%).</translation>
    </message>
    <message>
        <source>%1 at %2 % (threshold %3 %).</source>
        <translation>%1 à %2&#xa0;% (seuil %3&#xa0;%).</translation>
    </message>
    <message>
        <source>%1 back under %2 %.</source>
        <translation>%1 de nouveau sous %2&#xa0;%.</translation>
    </message>
    <message>
        <source>At the current rate, %1 runs out at %2, %3 before it resets.</source>
        <translation>Au rythme actuel, %1 sera épuisé à %2, %3 avant sa réinitialisation.</translation>
    </message>
    <message>
        <source>At the current rate, %1 runs out at %2.</source>
        <translation>Au rythme actuel, %1 sera épuisé à %2.</translation>
    </message>
    <message>
        <source>The alert state %1 cannot be read (%2); alerts are kept in memory only until Quotawatch restarts.</source>
        <translation>L&apos;état des alertes %1 ne peut pas être lu (%2)&#x202f;; les alertes ne sont gardées en mémoire que jusqu&apos;au redémarrage de Quotawatch.</translation>
    </message>
    <message>
        <source>The alert state %1 was made by a newer version of Quotawatch and is left untouched; alerts are kept in memory only.</source>
        <translation>L&apos;état des alertes %1 provient d&apos;une version plus récente de Quotawatch et n&apos;est pas modifié&#x202f;; les alertes ne sont gardées qu&apos;en mémoire.</translation>
    </message>
    <message>
        <source>The alert state %1 is damaged and could not be set aside; alerts are kept in memory only.</source>
        <translation>L&apos;état des alertes %1 est endommagé et n&apos;a pas pu être mis de côté&#x202f;; les alertes ne sont gardées qu&apos;en mémoire.</translation>
    </message>
    <message>
        <source>The alert state was damaged and has been set aside as %1; alerts start afresh.</source>
        <translation>L&apos;état des alertes était endommagé et a été mis de côté sous %1&#x202f;; les alertes repartent de zéro.</translation>
    </message>
</context>
<context>
    <name>qw::AlertHistoryModel</name>
    <message>
        <source>  (silenced)</source>
        <translation>  (silencieuse)</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prévision</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alerte</translation>
    </message>
</context>
<context>
    <name>qw::AlertsPanel</name>
    <message>
        <source>&amp;Resume alerts</source>
        <translation>&amp;Reprendre les alertes</translation>
    </message>
    <message>
        <source>Cl&amp;ear history…</source>
        <translation>&amp;Effacer l&apos;historique…</translation>
    </message>
    <message>
        <source>Alert history</source>
        <translation>Historique des alertes</translation>
    </message>
    <message>
        <source>Snooze &amp;1 hour</source>
        <translation>Suspendre &amp;1 heure</translation>
    </message>
    <message>
        <source>Snooze until to&amp;morrow</source>
        <translation>Suspendre jusqu&apos;à de&amp;main</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Suspendues</translation>
    </message>
    <message>
        <source>Notifications snoozed until %1</source>
        <translation>Notifications suspendues jusqu&apos;à %1</translation>
    </message>
    <message>
        <source>Notifications on</source>
        <translation>Notifications activées</translation>
    </message>
    <message>
        <source>Clear alert history</source>
        <translation>Effacer l&apos;historique des alertes</translation>
    </message>
    <message numerus="yes">
        <source>Clear all %n alert(s) from the history? This cannot be undone.</source>
        <translation>
            <numerusform>Effacer %n alerte de l&apos;historique&#x202f;? Cette action est irréversible.</numerusform>
            <numerusform>Effacer les %n alertes de l&apos;historique&#x202f;? Cette action est irréversible.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Clear history</source>
        <translation>&amp;Effacer l&apos;historique</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a source&apos;s name, an alert&apos;s title</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a source&apos;s name, an alert&apos;s message</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>No alerts yet</source>
        <translation>Aucune alerte pour l&apos;instant</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>No alerts yet.

An alert tells you when a quota reaches a threshold of its limit, or is about to run out before it resets. Alerts fire at %1 of a quota.

Change these thresholds in File &gt; Preferences &gt; General, or for one quota through the context menu of its bar.</source>
        <translation>Aucune alerte pour l&apos;instant.

Une alerte vous prévient quand un quota atteint un seuil de sa limite, ou risque d&apos;être épuisé avant sa remise à zéro. Les alertes se déclenchent à %1 d&apos;un quota.

Modifiez ces seuils dans Fichier &gt; Préférences &gt; Général, ou pour un seul quota par le menu contextuel de sa barre.</translation>
    </message>
</context>
<context>
    <name>qw::AnalyticsView</name>
    <message>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Jetons</translation>
    </message>
    <message>
        <source>Cost (USD)</source>
        <translation>Coût (USD)</translation>
    </message>
    <message>
        <source>Success rate (%)</source>
        <translation>Taux de réussite (%)</translation>
    </message>
    <message>
        <source>Avg. response (ms)</source>
        <translation>Réponse moy. (ms)</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>24 dernières heures</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>90 derniers jours</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Période personnalisée</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Hourly</source>
        <translation>Par heure</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Par jour</translation>
    </message>
    <message>
        <source>Granularity</source>
        <translation>Granularité</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Bars</source>
        <translation>Barres</translation>
    </message>
    <message>
        <source>Donuts</source>
        <translation>Anneaux</translation>
    </message>
    <message>
        <source>Breakdown chart style</source>
        <translation>Style du graphique de répartition</translation>
    </message>
    <message>
        <source>Show the provider and model breakdowns as bars or donuts</source>
        <translation>Afficher la répartition par fournisseur et par modèle en barres ou en anneaux</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <source>E&amp;xport chart…</source>
        <translation>E&amp;xporter le graphique…</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>Source des données</translation>
    </message>
    <message>
        <source>Cached data</source>
        <translation>Données en cache</translation>
    </message>
    <message>
        <source>Usage by provider</source>
        <translation>Utilisation par fournisseur</translation>
    </message>
    <message>
        <source>Usage by model</source>
        <translation>Utilisation par modèle</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Point d&apos;accès</translation>
    </message>
    <message>
        <source>Status code</source>
        <translation>Code d&apos;état</translation>
    </message>
    <message>
        <source>Top consumers</source>
        <translation>Principaux consommateurs</translation>
    </message>
    <message>
        <source>⚠ No analytics: %1</source>
        <translation>⚠ Pas d&apos;analyses&#xa0;: %1</translation>
    </message>
    <message>
        <source>Live data could not be loaded: %1</source>
        <translation>Les données en direct n&apos;ont pas pu être chargées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Quota %1 (local history)</source>
        <translation>Quota %1 (historique local)</translation>
    </message>
    <message>
        <source>%1, used</source>
        <translation>%1, utilisé</translation>
    </message>
    <message>
        <source>⚠ The range must end after it starts.</source>
        <translation>⚠ La période doit se terminer après son début.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Cached, as of %1, built from %Ln usage record(s).</source>
        <translation>
            <numerusform>En cache, au %1, calculé à partir de %Ln enregistrement d&apos;utilisation.</numerusform>
            <numerusform>En cache, au %1, calculé à partir de %Ln enregistrements d&apos;utilisation.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Live, built from %Ln usage record(s).</source>
        <translation>
            <numerusform>En direct, calculé à partir de %Ln enregistrement d&apos;utilisation.</numerusform>
            <numerusform>En direct, calculé à partir de %Ln enregistrements d&apos;utilisation.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cached, as of %1</source>
        <translation>En cache, au %1</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>En direct</translation>
    </message>
    <message>
        <source>This server offers no analytics; Quotawatch added up its usage records on this computer.</source>
        <translation>Ce serveur ne propose pas d&apos;analyses&#x202f;; Quotawatch a totalisé ses enregistrements d&apos;utilisation sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The server&apos;s own analytics.</source>
        <translation>Les analyses du serveur.</translation>
    </message>
    <message>
        <source>&lt;small&gt;Requests&lt;/small&gt;&lt;br&gt;&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;small&gt;Requêtes&lt;/small&gt;&lt;br&gt;&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;small&gt;Tokens&lt;/small&gt;&lt;br&gt;&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;small&gt;Jetons&lt;/small&gt;&lt;br&gt;&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;small&gt;Success rate&lt;/small&gt;&lt;br&gt;&lt;b&gt;%1 %&lt;/b&gt;</source>
        <translation>&lt;small&gt;Taux de réussite&lt;/small&gt;&lt;br&gt;&lt;b&gt;%1&#xa0;%&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;small&gt;Avg. response&lt;/small&gt;&lt;br&gt;&lt;b&gt;%1 ms&lt;/b&gt;</source>
        <translation>&lt;small&gt;Réponse moy.&lt;/small&gt;&lt;br&gt;&lt;b&gt;%1&#xa0;ms&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 by provider</source>
        <translation>%1 par fournisseur</translation>
    </message>
    <message>
        <source>%1 by model</source>
        <translation>%1 par modèle</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Image PNG (*.png);;Dessin SVG (*.svg)</translation>
    </message>
    <message>
        <source>⚠ Could not write %1</source>
        <translation>⚠ Impossible d&apos;écrire %1</translation>
    </message>
    <message>
        <source>&lt;small&gt;Cost&lt;/small&gt;&lt;br&gt;&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;small&gt;Coût&lt;/small&gt;&lt;br&gt;&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Usage over time as a table</source>
        <translation>Utilisation au fil du temps sous forme de tableau</translation>
    </message>
    <message>
        <source>Show as &amp;chart</source>
        <translation>Afficher en &amp;graphique</translation>
    </message>
    <message>
        <source>Show the usage over time as a chart</source>
        <translation>Afficher l&apos;utilisation au fil du temps sous forme de graphique</translation>
    </message>
    <message>
        <source>Show the usage over time as a chart (%1)</source>
        <translation>Afficher l&apos;utilisation au fil du temps sous forme de graphique (%1)</translation>
    </message>
    <message>
        <source>Show as ta&amp;ble</source>
        <translation>Afficher en ta&amp;bleau</translation>
    </message>
    <message>
        <source>Show the usage over time as a table</source>
        <translation>Afficher l&apos;utilisation au fil du temps sous forme de tableau</translation>
    </message>
    <message>
        <source>Show the usage over time as a table of exact values (%1)</source>
        <translation>Afficher l&apos;utilisation au fil du temps sous forme de tableau des valeurs exactes (%1)</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Au&#xa0;:</translation>
    </message>
    <message>
        <source>Every request, failed ones too. Quotas count only successful requests, so a daily requests bar can show fewer.</source>
        <translation>Toutes les requêtes, y compris celles qui ont échoué. Les quotas ne comptent que les requêtes réussies&#xa0;: une barre de requêtes quotidiennes peut donc en montrer moins.</translation>
    </message>
    <message>
        <source>&lt;small&gt;Success rate&lt;/small&gt;&lt;br&gt;&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;small&gt;Taux de réussite&lt;/small&gt;&lt;br&gt;&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;small&gt;Avg. response&lt;/small&gt;&lt;br&gt;&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;small&gt;Réponse moy.&lt;/small&gt;&lt;br&gt;&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No usage in this range: nothing was counted between %1 and %2.</source>
        <translation>Aucune utilisation sur cette période&#xa0;: rien n’a été compté entre %1 et %2.</translation>
    </message>
</context>
<context>
    <name>qw::AnonCommand</name>
    <message>
        <source>The local anonymous-session counter.</source>
        <translation>Le compteur local de la session anonyme.</translation>
    </message>
    <message>
        <source>Messages to count (default 1).</source>
        <translation>Messages à compter (1 par défaut).</translation>
    </message>
    <message>
        <source>Set the daily limit.</source>
        <translation>Fixer la limite quotidienne.</translation>
    </message>
    <message>
        <source>Counter file (default: shared with the desktop app).</source>
        <translation>Fichier du compteur (par défaut&#xa0;: celui de l&apos;application de bureau).</translation>
    </message>
    <message>
        <source>status: print JSON.</source>
        <translation>status&#xa0;: afficher du JSON.</translation>
    </message>
    <message>
        <source>reset: do not ask.</source>
        <translation>reset&#xa0;: ne pas demander confirmation.</translation>
    </message>
    <message>
        <source>anon needs one of record, status, reset</source>
        <translation>anon nécessite record, status ou reset</translation>
    </message>
    <message>
        <source>--count must be a positive number</source>
        <translation>--count doit être un nombre positif</translation>
    </message>
    <message>
        <source>--limit must be 0 to %1</source>
        <translation>--limit doit être compris entre 0 et %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln message(s) today, %2 left; %3</source>
        <translation>
            <numerusform>%1 sur %Ln message aujourd&apos;hui, il en reste %2&#x202f;; %3</numerusform>
            <numerusform>%1 sur %Ln messages aujourd&apos;hui, il en reste %2&#x202f;; %3</numerusform>
        </translation>
    </message>
    <message>
        <source>the counter could not be updated</source>
        <translation>le compteur n&apos;a pas pu être mis à jour</translation>
    </message>
    <message numerus="yes">
        <source>daily limit reached (%1 of %Ln); nothing counted. Sign in for a higher limit.</source>
        <translation>
            <numerusform>limite quotidienne atteinte (%1 sur %Ln)&#x202f;; rien n&apos;a été compté. Connectez-vous pour une limite plus élevée.</numerusform>
            <numerusform>limite quotidienne atteinte (%1 sur %Ln)&#x202f;; rien n&apos;a été compté. Connectez-vous pour une limite plus élevée.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reset today&apos;s anonymous count to zero? [y/N] </source>
        <translation>Remettre à zéro le total anonyme du jour&#x202f;? [o/N] </translation>
    </message>
    <message>
        <source>y</source>
        <comment>the one-letter answer yes to [y/N]</comment>
        <translation>o</translation>
    </message>
    <message>
        <source>yes</source>
        <comment>the answer to [y/N]</comment>
        <translation>oui</translation>
    </message>
    <message>
        <source>not reset</source>
        <translation>non réinitialisé</translation>
    </message>
    <message>
        <source>--state needs a file name</source>
        <translation>--state demande un nom de fichier</translation>
    </message>
    <message numerus="yes">
        <source>%1 more would pass the daily limit (%2 of %Ln used, %3 left); nothing counted. Sign in for a higher limit.</source>
        <translation>
            <numerusform>%1 de plus dépasseraient la limite quotidienne (%2 sur %Ln utilisés, %3 restants)&#x202f;; rien n&apos;a été compté. Connectez-vous pour une limite plus élevée.</numerusform>
            <numerusform>%1 de plus dépasseraient la limite quotidienne (%2 sur %Ln utilisés, %3 restants)&#x202f;; rien n&apos;a été compté. Connectez-vous pour une limite plus élevée.</numerusform>
        </translation>
    </message>
    <message>
        <source>the counter could not be read</source>
        <translation>le compteur n’a pas pu être lu</translation>
    </message>
</context>
<context>
    <name>qw::AnonymousCounter</name>
    <message>
        <source>The anonymous counter file %1 was empty; today&apos;s count starts again from zero.</source>
        <translation>Le fichier du compteur anonyme %1 était vide&#x202f;; le décompte du jour repart de zéro.</translation>
    </message>
    <message>
        <source>The anonymous counter was damaged and has been set aside as %1; today&apos;s count starts again from zero.</source>
        <translation>Le compteur anonyme était endommagé et a été mis de côté sous %1&#x202f;; le décompte du jour repart de zéro.</translation>
    </message>
    <message>
        <source>The anonymous counter %1 is in use by another program; try again when it has finished.</source>
        <translation>Le compteur anonyme %1 est utilisé par un autre programme&#x202f;; réessayez quand il aura terminé.</translation>
    </message>
    <message>
        <source>The anonymous counter %1 was made by a newer version of Quotawatch; update Quotawatch to use it.</source>
        <translation>Le compteur anonyme %1 provient d&apos;une version plus récente de Quotawatch&#x202f;; mettez Quotawatch à jour pour l&apos;utiliser.</translation>
    </message>
    <message>
        <source>The anonymous counter %1 cannot be opened: %2</source>
        <translation>Le compteur anonyme %1 ne peut pas être ouvert&#xa0;: %2</translation>
    </message>
    <message>
        <source>The anonymous counter %1 is damaged and cannot be moved aside.</source>
        <translation>Le compteur anonyme %1 est endommagé et ne peut pas être mis de côté.</translation>
    </message>
    <message>
        <source>The anonymous counter was damaged and has been set aside as %1, but a new one could not be created.</source>
        <translation>Le compteur anonyme était endommagé et a été mis de côté sous %1, mais un nouveau n&apos;a pas pu être créé.</translation>
    </message>
    <message>
        <source>The counter file says %1 messages were sent today, which cannot be right. Run “quotawatch-cli anon reset” to start today afresh.</source>
        <translation>Le fichier du compteur indique %1 messages envoyés aujourd’hui, ce qui ne peut pas être juste. Lancez «&#xa0;quotawatch-cli anon reset&#xa0;» pour repartir de zéro aujourd’hui.</translation>
    </message>
</context>
<context>
    <name>qw::AnonymousView</name>
    <message>
        <source>+1 message</source>
        <translation>+1 message</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>&amp;Se connecter…</translation>
    </message>
    <message>
        <source>Without an account — Quotawatch</source>
        <translation>Sans compte — Quotawatch</translation>
    </message>
    <message>
        <source>&lt;b&gt;Messages today&lt;/b&gt; (counted on this computer)</source>
        <translation>&lt;b&gt;Messages aujourd&apos;hui&lt;/b&gt; (comptés sur cet ordinateur)</translation>
    </message>
    <message>
        <source>Messages today</source>
        <translation>Messages aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Messages used</source>
        <translation>Messages utilisés</translation>
    </message>
    <message>
        <source>Messages left</source>
        <translation>Messages restants</translation>
    </message>
    <message>
        <source>Count one message (Ctrl+Return)</source>
        <translation>Compter un message (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Count one message</source>
        <translation>Compter un message</translation>
    </message>
    <message>
        <source>Sign in to a Quotawatch server for your account&apos;s own limits.</source>
        <translation>Connectez-vous à un serveur Quotawatch pour obtenir les limites de votre compte.</translation>
    </message>
    <message>
        <source>Limit reached</source>
        <translation>Limite atteinte</translation>
    </message>
    <message>
        <source>The counter cannot be read.</source>
        <translation>Le compteur ne peut pas être lu.</translation>
    </message>
    <message>
        <source>%1 of %2 messages</source>
        <translation>%1 messages sur %2</translation>
    </message>
    <message numerus="yes">
        <source>%n left</source>
        <translation>
            <numerusform>%n restant</numerusform>
            <numerusform>%n restants</numerusform>
        </translation>
    </message>
    <message>
        <source>limit reached</source>
        <translation>limite atteinte</translation>
    </message>
    <message>
        <source>⚠ %1 of %2 messages used today. Sign in for a higher limit.</source>
        <translation>⚠ %1 messages sur %2 utilisés aujourd&apos;hui. Connectez-vous pour une limite plus élevée.</translation>
    </message>
    <message>
        <source>Today&apos;s %1 messages are used up. Sign in to go on.</source>
        <translation>Les %1 messages du jour sont épuisés. Connectez-vous pour continuer.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Quotawatch</source>
        <translation>À &amp;propos de Quotawatch</translation>
    </message>
</context>
<context>
    <name>qw::ApiError</name>
    <message>
        <source>The server does not speak HTTPS at this address; try http:// instead.</source>
        <translation>Le serveur ne parle pas HTTPS à cette adresse&#x202f;; essayez plutôt http://.</translation>
    </message>
    <message>
        <source>The server cannot be reached.</source>
        <translation>Le serveur est injoignable.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Le serveur n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The server sent an answer Quotawatch does not understand.</source>
        <translation>Le serveur a envoyé une réponse que Quotawatch ne comprend pas.</translation>
    </message>
    <message>
        <source>The server sent an answer that is too large.</source>
        <translation>Le serveur a envoyé une réponse trop volumineuse.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
    <message>
        <source>Wrong e-mail or password.</source>
        <translation>Adresse e-mail ou mot de passe incorrect.</translation>
    </message>
    <message>
        <source>The server did not accept the sign-in.</source>
        <translation>Le serveur n&apos;a pas accepté la connexion.</translation>
    </message>
    <message>
        <source>This account may not see that tenant.</source>
        <translation>Ce compte n&apos;a pas accès à ce locataire.</translation>
    </message>
    <message>
        <source>The server asked to wait before asking again.</source>
        <translation>Le serveur demande d&apos;attendre avant de réessayer.</translation>
    </message>
    <message>
        <source>The server has a problem (HTTP %1).</source>
        <translation>Le serveur a un problème (HTTP %1).</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation>Le serveur a refusé la requête (HTTP %1).</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was refused: %1</source>
        <translation>Le certificat du serveur a été refusé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server asked to wait until %1 before asking again.</source>
        <translation>Le serveur demande d&apos;attendre jusqu&apos;à %1 avant de réessayer.</translation>
    </message>
</context>
<context>
    <name>qw::AppController</name>
    <message>
        <source>Updating…</source>
        <translation>Mise à jour…</translation>
    </message>
    <message>
        <source>The scheduled export of %1 could not be written to %2.</source>
        <translation>L&apos;exportation planifiée du %1 n&apos;a pas pu être écrite dans %2.</translation>
    </message>
    <message>
        <source>The scheduled export of %1 failed: %2</source>
        <translation>L&apos;exportation planifiée du %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>Starting the demo server…</source>
        <translation>Démarrage du serveur de démonstration…</translation>
    </message>
    <message>
        <source>Hand over anonymous messages</source>
        <translation>Transférer les messages anonymes</translation>
    </message>
    <message numerus="yes">
        <source>You sent %n message(s) today without an account. Count them on your account too?</source>
        <translation>
            <numerusform>Vous avez envoyé %n message aujourd&apos;hui sans compte. Le compter aussi sur votre compte&#x202f;?</numerusform>
            <numerusform>Vous avez envoyé %n messages aujourd&apos;hui sans compte. Les compter aussi sur votre compte&#x202f;?</numerusform>
        </translation>
    </message>
    <message>
        <source>The anonymous messages could not be handed over: %1</source>
        <translation>Les messages anonymes n&apos;ont pas pu être transférés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Signed in to %1</source>
        <translation>Connecté à %1</translation>
    </message>
    <message>
        <source>No system tray is available, so alerts are shown in the Alerts tab and closing the window quits.</source>
        <translation>Aucune zone de notification n&apos;est disponible&#xa0;: les alertes s&apos;affichent dans l&apos;onglet Alertes et fermer la fenêtre quitte le programme.</translation>
    </message>
    <message>
        <source>&amp;Tenants</source>
        <translation>&amp;Locataires</translation>
    </message>
    <message>
        <source>A&amp;udit</source>
        <translation>A&amp;udit</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Exportation terminée</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;exportation</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A quota&apos;s title in the thresholds dialog: the watched source&apos;s name, then the quota&apos;s.</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Your sign-in could not be saved in the system keychain, so it is kept in memory only: you will be asked to sign in again next time.</source>
        <translation>Votre connexion n&apos;a pas pu être enregistrée dans le trousseau du système&#xa0;: elle est gardée en mémoire seulement, et vous devrez vous reconnecter la prochaine fois.</translation>
    </message>
    <message>
        <source>The demo server is not running.</source>
        <translation>Le serveur de démonstration ne fonctionne pas.</translation>
    </message>
</context>
<context>
    <name>qw::AuditListModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 ×%2</source>
        <translation>%1 ×%2</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1&#xa0;: %2 → %3</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Locataire</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
</context>
<context>
    <name>qw::AuditView</name>
    <message>
        <source>Filter by tenant</source>
        <translation>Filtrer par locataire</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Locataire</translation>
    </message>
    <message>
        <source>Filter by actor</source>
        <translation>Filtrer par auteur</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Filter by action</source>
        <translation>Filtrer par action</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>Toutes les actions</translation>
    </message>
    <message>
        <source>Resets</source>
        <translation>Réinitialisations</translation>
    </message>
    <message>
        <source>Reads</source>
        <translation>Consultations</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>Filter:</source>
        <translation>Filtre&#xa0;:</translation>
    </message>
    <message>
        <source>The audit log could not be loaded: %1</source>
        <translation>Le journal d&apos;audit n&apos;a pas pu être chargé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>qw::AutostartEntry</name>
    <message>
        <source>The autostart entry %1 cannot be removed.</source>
        <translation>L&apos;entrée de démarrage automatique %1 ne peut pas être supprimée.</translation>
    </message>
    <message>
        <source>The autostart entry %1 cannot be written: %2</source>
        <translation>L&apos;entrée de démarrage automatique %1 ne peut pas être écrite&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>qw::BreakdownChart</name>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autres</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation>%1 (%2&#xa0;%)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1, %2 to %3: no data.</source>
        <translation>%1, du %2 au %3&#xa0;: aucune donnée.</translation>
    </message>
    <message>
        <source>%1: no data.</source>
        <translation>%1&#xa0;: aucune donnée.</translation>
    </message>
    <message>
        <source>%1, %2 to %3: %4.</source>
        <translation>%1, du %2 au %3&#xa0;: %4.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>qw::BreakdownTableModel</name>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1&#xa0;ms</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échecs</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Jetons</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Avg. response</source>
        <translation>Réponse moy.</translation>
    </message>
</context>
<context>
    <name>qw::ChartLabelFormat</name>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <comment>milliseconds</comment>
        <translation>%1&#xa0;ms</translation>
    </message>
    <message>
        <source>%1 k</source>
        <comment>thousands on a chart axis</comment>
        <translation>%1&#xa0;k</translation>
    </message>
    <message>
        <source>%1 M</source>
        <comment>millions on a chart axis</comment>
        <translation>%1&#xa0;M</translation>
    </message>
    <message>
        <source>%1 G</source>
        <comment>billions on a chart axis</comment>
        <translation>%1&#xa0;Md</translation>
    </message>
</context>
<context>
    <name>qw::CliApp</name>
    <message>
        <source>Usage: quotawatch-cli &lt;command&gt; [options]</source>
        <translation>Utilisation&#xa0;: quotawatch-cli &lt;commande&gt; [options]</translation>
    </message>
    <message>
        <source>Watch usage quotas from a terminal or a script.</source>
        <translation>Surveillez vos quotas d&apos;utilisation depuis un terminal ou un script.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes&#xa0;:</translation>
    </message>
    <message>
        <source>Sign in and print the quotas:</source>
        <translation>Se connecter et afficher les quotas&#xa0;:</translation>
    </message>
    <message>
        <source>Poll and print one line per alert fired, resolved or predicted (one JSON
object per line with --json) until interrupted:</source>
        <translation>Interroger régulièrement et afficher une ligne par alerte déclenchée, levée ou
prévue (un objet JSON par ligne avec --json) jusqu&apos;à l&apos;interruption&#xa0;:</translation>
    </message>
    <message>
        <source>Watch another usage API through a source profile (docs/profiles.md); its
credentials from standard input as the profile&apos;s sign-in wants them:</source>
        <translation>Surveiller une autre API d&apos;utilisation au moyen d&apos;un profil de source
(docs/profiles.md)&#x202f;; les identifiants sur l&apos;entrée standard,
comme la connexion du profil les demande&#xa0;:</translation>
    </message>
    <message>
        <source>--json prints the contract&apos;s status shape whatever the source.</source>
        <translation>--json affiche le statut sous la forme du contrat, quelle que soit la source.</translation>
    </message>
    <message>
        <source>List the built-in profiles and those in the user&apos;s profile folder</source>
        <translation>Lister les profils intégrés et ceux du dossier de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Support staff: list every tenant, worst first (all pages are fetched):</source>
        <translation>Support&#xa0;: lister tous les locataires, les plus critiques d&apos;abord
(toutes les pages sont chargées)&#xa0;:</translation>
    </message>
    <message>
        <source>--json prints one object %1 in the API&apos;s item shape</source>
        <translation>--json affiche un objet %1 sous la forme des éléments de l&apos;API</translation>
    </message>
    <message>
        <source>Admins: reset a tenant&apos;s counters (recorded in the audit log):</source>
        <translation>Administrateurs&#xa0;: réinitialiser les compteurs d&apos;un locataire
(consigné dans le journal d&apos;audit)&#xa0;:</translation>
    </message>
    <message>
        <source>Export usage data as CSV (RFC 4180), JSON or NDJSON (docs/export.md):</source>
        <translation>Exporter les données d&apos;utilisation en CSV (RFC 4180), JSON ou NDJSON
(docs/export.md)&#xa0;:</translation>
    </message>
    <message>
        <source>the file appears only when complete; exit 1 when the export stopped</source>
        <translation>le fichier n&apos;apparaît qu&apos;une fois complet&#x202f;; code de sortie 1
si l&apos;exportation s&apos;est arrêtée</translation>
    </message>
    <message>
        <source>The local anonymous-session counter (no server):</source>
        <translation>Le compteur local de la session anonyme (sans serveur)&#xa0;:</translation>
    </message>
    <message>
        <source>count messages; exit 5 when the daily limit is reached</source>
        <translation>compter des messages&#x202f;; code de sortie 5
si la limite quotidienne est atteinte</translation>
    </message>
    <message>
        <source>today&apos;s count, limit and reset time</source>
        <translation>total du jour, limite et heure de réinitialisation</translation>
    </message>
    <message>
        <source>set today&apos;s count to zero (asks unless --yes)</source>
        <translation>remettre le total du jour à zéro
(demande confirmation sauf avec --yes)</translation>
    </message>
    <message>
        <source>each takes [--state FILE] and [--limit N] (sets the daily limit, default 50)</source>
        <translation>chacune accepte [--state FILE] et [--limit N]
(fixe la limite quotidienne, 50 par défaut)</translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation>Codes de sortie&#xa0;:</translation>
    </message>
    <message>
        <source>success</source>
        <translation>succès</translation>
    </message>
    <message>
        <source>the server answered something unusable, or failed (5xx)</source>
        <translation>le serveur a donné une réponse inutilisable, ou a échoué (5xx)</translation>
    </message>
    <message>
        <source>bad command line, or a profile that does not load</source>
        <translation>ligne de commande incorrecte, ou profil impossible à charger</translation>
    </message>
    <message>
        <source>sign-in refused (wrong e-mail or password, or no access to the tenant), or the
server refused the command for this account&apos;s role (403)</source>
        <translation>connexion refusée (adresse e-mail ou mot de passe incorrect, ou pas d&apos;accès
au locataire), ou le serveur a refusé la commande pour le rôle de ce compte (403)</translation>
    </message>
    <message>
        <source>the server could not be reached or did not answer in time</source>
        <translation>le serveur était injoignable ou n&apos;a pas répondu à temps</translation>
    </message>
    <message>
        <source>anon record: the daily limit is reached; nothing was counted</source>
        <translation>anon record&#xa0;: la limite quotidienne est atteinte&#x202f;; rien n&apos;a été compté</translation>
    </message>
    <message>
        <source>missing command</source>
        <translation>commande manquante</translation>
    </message>
    <message>
        <source>Run &apos;quotawatch-cli --help&apos; for usage.</source>
        <translation>Lancez «&#xa0;quotawatch-cli --help&#xa0;» pour connaître l&apos;utilisation.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>commande inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--email E --password-stdin, --api-key-stdin or --token-stdin.</source>
        <translation>--email E --password-stdin, --api-key-stdin ou --token-stdin.</translation>
    </message>
</context>
<context>
    <name>qw::CliCommand</name>
    <message>
        <source>Run &apos;quotawatch-cli --help&apos; for usage.</source>
        <translation>Lancez «&#xa0;quotawatch-cli --help&#xa0;» pour connaître l&apos;utilisation.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>qw::DemoLauncher</name>
    <message>
        <source>The demo server did not start in time.</source>
        <translation>Le serveur de démonstration n&apos;a pas démarré à temps.</translation>
    </message>
    <message>
        <source>The demo needs quotawatch-server, which was not found.</source>
        <translation>La démo a besoin de quotawatch-server, qui est introuvable.</translation>
    </message>
    <message>
        <source>The demo server could not be started: %1</source>
        <translation>Le serveur de démonstration n&apos;a pas pu être démarré&#xa0;: %1</translation>
    </message>
    <message>
        <source>The demo server was stopped: it was killed or crashed.</source>
        <translation>Le serveur de démonstration a été arrêté&#xa0;: il a été tué ou a planté.</translation>
    </message>
    <message>
        <source>The demo server was stopped: it shut down.</source>
        <translation>Le serveur de démonstration a été arrêté&#xa0;: il s&apos;est fermé.</translation>
    </message>
    <message>
        <source>The demo server exited with code %1.</source>
        <translation>Le serveur de démonstration s&apos;est terminé avec le code %1.</translation>
    </message>
    <message>
        <source>%1 The end of its log: %2</source>
        <translation>%1 La fin de son journal&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>qw::ExportCommand</name>
    <message>
        <source>Export usage data as CSV, JSON or NDJSON (docs/export.md).
WHAT is records, analytics, history (this machine&apos;s quota history) or tenants (support staff).</source>
        <translation>Exporter les données d&apos;utilisation en CSV, JSON ou NDJSON (docs/export.md).
WHAT vaut records, analytics, history (l&apos;historique des quotas de cette machine) ou tenants (support).</translation>
    </message>
    <message>
        <source>Start of the range, an RFC 3339 instant or a date (UTC); default: 7 days before --to.</source>
        <translation>Début de la période, un instant RFC 3339 ou une date (UTC)&#x202f;; par défaut&#xa0;: 7 jours avant --to.</translation>
    </message>
    <message>
        <source>End of the range (exclusive); default: now.</source>
        <translation>Fin de la période (exclue)&#x202f;; par défaut&#xa0;: maintenant.</translation>
    </message>
    <message>
        <source>analytics: hour (default) or day.</source>
        <translation>analytics&#xa0;: hour (par défaut) ou day.</translation>
    </message>
    <message>
        <source>analytics: provider, model, endpoint, statusCode or user.</source>
        <translation>analytics&#xa0;: provider, model, endpoint, statusCode ou user.</translation>
    </message>
    <message>
        <source>csv (default), json or ndjson.</source>
        <translation>csv (par défaut), json ou ndjson.</translation>
    </message>
    <message>
        <source>The file to write (replaced only when the export is complete), or - for standard output (the default).</source>
        <translation>Le fichier à écrire (remplacé seulement une fois l&apos;exportation complète), ou - pour la sortie standard (par défaut).</translation>
    </message>
    <message>
        <source>CSV: start with a UTF-8 byte order mark (Excel).</source>
        <translation>CSV&#xa0;: commencer par une marque d&apos;ordre des octets UTF-8 (Excel).</translation>
    </message>
    <message>
        <source>Add a local-time column after each UTC time column.</source>
        <translation>Ajouter une colonne en heure locale après chaque colonne d&apos;heure UTC.</translation>
    </message>
    <message>
        <source>history: read this history file; no sign-in needed. Default: the desktop app&apos;s history of the signed-in tenant.</source>
        <translation>history&#xa0;: lire ce fichier d&apos;historique&#x202f;; aucune connexion nécessaire. Par défaut&#xa0;: l&apos;historique de l&apos;application de bureau pour le locataire connecté.</translation>
    </message>
    <message>
        <source>say what to export: records, analytics, history or tenants</source>
        <translation>indiquez quoi exporter&#xa0;: records, analytics, history ou tenants</translation>
    </message>
    <message>
        <source>WHAT must be records, analytics, history or tenants</source>
        <translation>WHAT doit valoir records, analytics, history ou tenants</translation>
    </message>
    <message>
        <source>--format must be csv, json or ndjson</source>
        <translation>--format doit valoir csv, json ou ndjson</translation>
    </message>
    <message>
        <source>--to must be an RFC 3339 instant or a date (YYYY-MM-DD)</source>
        <translation>--to doit être un instant RFC 3339 ou une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>--from must be an RFC 3339 instant or a date (YYYY-MM-DD)</source>
        <translation>--from doit être un instant RFC 3339 ou une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>--from must be before --to</source>
        <translation>--from doit précéder --to</translation>
    </message>
    <message>
        <source>--granularity must be hour or day</source>
        <translation>--granularity doit valoir hour ou day</translation>
    </message>
    <message>
        <source>--group-by must be provider, model, endpoint, statusCode or user</source>
        <translation>--group-by doit valoir provider, model, endpoint, statusCode ou user</translation>
    </message>
    <message>
        <source>--out must name a file, or - for standard output</source>
        <translation>--out doit nommer un fichier, ou - pour la sortie standard</translation>
    </message>
    <message>
        <source>sign-in failed: %1</source>
        <translation>échec de la connexion&#xa0;: %1</translation>
    </message>
    <message>
        <source>no local history at %1</source>
        <translation>aucun historique local dans %1</translation>
    </message>
    <message>
        <source>cannot read the history %1: %2</source>
        <translation>impossible de lire l&apos;historique %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 of about %2 rows</source>
        <translation>%1 lignes sur environ %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln ligne</numerusform>
            <numerusform>%Ln lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>wrote %Ln row(s) to %1</source>
        <translation>
            <numerusform>%Ln ligne écrite dans %1</numerusform>
            <numerusform>%Ln lignes écrites dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>--out %1 is the history file being exported: it would be replaced. Choose another file.</source>
        <translation>--out %1 est le fichier d&apos;historique exporté&#xa0;: il serait remplacé. Choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>nothing is reading from %1, so the export has nowhere to go</source>
        <translation>personne ne lit %1&#xa0;: l&apos;export n&apos;a nulle part où aller</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>qw::ExportDialog</name>
    <message>
        <source>UTF-8 &amp;BOM for Excel</source>
        <translation>&amp;BOM UTF-8 pour Excel</translation>
    </message>
    <message>
        <source>Add a &amp;local-time column</source>
        <translation>Ajouter une colonne d&apos;heure &amp;locale</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>&amp;Cancel export</source>
        <translation>&amp;Annuler l&apos;exportation</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Export %1&apos;s data</source>
        <translation>Exporter les données de %1</translation>
    </message>
    <message>
        <source>Usage records</source>
        <translation>Enregistrements d&apos;utilisation</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>Analyses</translation>
    </message>
    <message>
        <source>Quota history (local)</source>
        <translation>Historique des quotas (local)</translation>
    </message>
    <message>
        <source>Tenant list</source>
        <translation>Liste des locataires</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>Données à exporter</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>The end of the range (not included).</source>
        <translation>La fin de la période (non incluse).</translation>
    </message>
    <message>
        <source>Hourly</source>
        <translation>Par heure</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Par jour</translation>
    </message>
    <message>
        <source>Granularity</source>
        <translation>Granularité</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Point d&apos;accès</translation>
    </message>
    <message>
        <source>Status code</source>
        <translation>Code d&apos;état</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>Regrouper par</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>NDJSON (one object per line)</source>
        <translation>NDJSON (un objet par ligne)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>UTF-8 BOM for Excel</source>
        <translation>BOM UTF-8 pour Excel</translation>
    </message>
    <message>
        <source>Starts the file with a byte order mark so that Excel reads it as UTF-8.</source>
        <translation>Commence le fichier par une marque d&apos;ordre des octets pour qu&apos;Excel le lise en UTF-8.</translation>
    </message>
    <message>
        <source>Add a local-time column</source>
        <translation>Ajouter une colonne d&apos;heure locale</translation>
    </message>
    <message>
        <source>Adds this computer&apos;s local time after each UTC time column.</source>
        <translation>Ajoute l&apos;heure locale de cet ordinateur après chaque colonne d&apos;heure UTC.</translation>
    </message>
    <message>
        <source>Destination file</source>
        <translation>Fichier de destination</translation>
    </message>
    <message>
        <source>Choose the destination file</source>
        <translation>Choisir le fichier de destination</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progression de l&apos;exportation</translation>
    </message>
    <message>
        <source>Rows written</source>
        <translation>Lignes écrites</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Résultat de l&apos;exportation</translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation>Annuler l&apos;exportation</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>a&amp;u</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Quoi&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Granularity:</source>
        <translation>&amp;Granularité&#xa0;:</translation>
    </message>
    <message>
        <source>Gro&amp;up by:</source>
        <translation>Reg&amp;rouper par&#xa0;:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>Enregistrer sou&amp;s&#xa0;:</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>NDJSON files (*.ndjson)</source>
        <translation>Fichiers NDJSON (*.ndjson)</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <source>Choose the file to export to.</source>
        <translation>Choisir le fichier vers lequel exporter.</translation>
    </message>
    <message>
        <source>The range must end after it starts.</source>
        <translation>La période doit se terminer après son début.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of about %Ln row(s)</source>
        <translation>
            <numerusform>%1 sur environ %Ln ligne</numerusform>
            <numerusform>%1 sur environ %Ln lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) so far</source>
        <translation>
            <numerusform>%Ln ligne pour l&apos;instant</numerusform>
            <numerusform>%Ln lignes pour l&apos;instant</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln ligne</numerusform>
            <numerusform>%Ln lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row(s) to %1.</source>
        <translation>
            <numerusform>%Ln ligne exportée vers %1.</numerusform>
            <numerusform>%Ln lignes exportées vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Stop the export?</source>
        <translation>Arrêter l&apos;exportation&#x202f;?</translation>
    </message>
    <message>
        <source>The export is still running. Stop it? The file will not be written.</source>
        <translation>L&apos;exportation est en cours. L&apos;arrêter&#x202f;? Le fichier ne sera pas écrit.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1. Choose another folder with Browse…, or one you may write to.</source>
        <translation>Impossible de créer le dossier %1. Choisissez un autre dossier avec «&#xa0;Parcourir…&#xa0;», un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <source>%1 Choose another file with Browse…, or check that you may write to its folder.</source>
        <translation>%1 Choisissez un autre fichier avec «&#xa0;Parcourir…&#xa0;», ou vérifiez que vous pouvez écrire dans son dossier.</translation>
    </message>
</context>
<context>
    <name>qw::ExportJob</name>
    <message>
        <source>An export is already running.</source>
        <translation>Une exportation est déjà en cours.</translation>
    </message>
    <message>
        <source>The export needs a range whose start is before its end.</source>
        <translation>L&apos;exportation nécessite une période dont le début précède la fin.</translation>
    </message>
    <message>
        <source>Analytics are exported by hour or by day, grouped by provider, model, endpoint, status code or user.</source>
        <translation>Les analyses s&apos;exportent par heure ou par jour, regroupées par fournisseur, modèle, point d&apos;accès, code d&apos;état ou utilisateur.</translation>
    </message>
    <message>
        <source>There is no local history of this tenant to export.</source>
        <translation>Il n&apos;y a pas d&apos;historique local de ce locataire à exporter.</translation>
    </message>
    <message>
        <source>Cannot write the export: %1</source>
        <translation>Impossible d&apos;écrire l&apos;exportation&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>the server asks to wait more than %n minute(s)</source>
        <translation>
            <numerusform>le serveur demande d&apos;attendre plus de %n minute</numerusform>
            <numerusform>le serveur demande d&apos;attendre plus de %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>the server&apos;s paging does not end (the same cursor again, or too many pages)</source>
        <translation>la pagination du serveur ne se termine pas (le même curseur à nouveau, ou trop de pages)</translation>
    </message>
    <message>
        <source>the server&apos;s answer is not a page of usage records (%1)</source>
        <translation>la réponse du serveur n&apos;est pas une page d&apos;enregistrements d&apos;utilisation (%1)</translation>
    </message>
    <message>
        <source>the server&apos;s answer is not an analytics report (%1)</source>
        <translation>la réponse du serveur n&apos;est pas un rapport d&apos;analyse (%1)</translation>
    </message>
    <message>
        <source>the server&apos;s answer is not a page of tenants (%1)</source>
        <translation>la réponse du serveur n&apos;est pas une page de locataires (%1)</translation>
    </message>
    <message>
        <source>the local history could not be read</source>
        <translation>l&apos;historique local n&apos;a pas pu être lu</translation>
    </message>
    <message>
        <source>could not save %1: %2</source>
        <translation>impossible d&apos;enregistrer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The export stopped before anything was written: %1.</source>
        <translation>L&apos;exportation s&apos;est arrêtée avant toute écriture&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <source>The export stopped after %n row(s), up to %1: %2.</source>
        <translation>
            <numerusform>L&apos;exportation s&apos;est arrêtée après %n ligne, jusqu&apos;à %1&#xa0;: %2.</numerusform>
            <numerusform>L&apos;exportation s&apos;est arrêtée après %n lignes, jusqu&apos;à %1&#xa0;: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The export stopped after %n row(s): %1.</source>
        <translation>
            <numerusform>L&apos;exportation s&apos;est arrêtée après %n ligne&#xa0;: %1.</numerusform>
            <numerusform>L&apos;exportation s&apos;est arrêtée après %n lignes&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 was not written; what was there before is unchanged.</source>
        <translation>%1 %2 n&apos;a pas été écrit&#x202f;; le contenu précédent est inchangé.</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>L&apos;exportation a été annulée.</translation>
    </message>
    <message>
        <source>The export was cancelled; %1 was not written.</source>
        <translation>L&apos;exportation a été annulée&#x202f;; %1 n&apos;a pas été écrit.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 is the history being exported: the export would replace it. Choose another file.</source>
        <translation>%1 est l&apos;historique exporté&#xa0;: l&apos;export le remplacerait. Choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (it is a device, a pipe or a socket): an export replaces only a regular file.</source>
        <translation>%1 n&apos;est pas un fichier ordinaire (c&apos;est un périphérique, un tube ou un socket)&#xa0;: un export ne remplace qu&apos;un fichier ordinaire.</translation>
    </message>
</context>
<context>
    <name>qw::ExportSchedule</name>
    <message>
        <source>Cannot create the export folder %1.</source>
        <translation>Impossible de créer le dossier d&apos;exportation %1.</translation>
    </message>
</context>
<context>
    <name>qw::ExportWriter</name>
    <message>
        <source>Could not write the export: %1</source>
        <translation>Impossible d&apos;écrire l&apos;exportation&#xa0;: %1</translation>
    </message>
    <message>
        <source>The export was already started.</source>
        <translation>L&apos;exportation a déjà commencé.</translation>
    </message>
    <message>
        <source>The export destination is not open for writing.</source>
        <translation>La destination de l&apos;exportation n&apos;est pas ouverte en écriture.</translation>
    </message>
    <message>
        <source>The export was finished without being started.</source>
        <translation>L&apos;exportation a été terminée sans avoir commencé.</translation>
    </message>
    <message>
        <source>The export was already finished.</source>
        <translation>L&apos;exportation est déjà terminée.</translation>
    </message>
    <message>
        <source>Rows were written to an export that is not in progress.</source>
        <translation>Des lignes ont été écrites dans une exportation qui n&apos;est pas en cours.</translation>
    </message>
    <message>
        <source>Rows of %1 were written to an export of %2.</source>
        <translation>Des lignes de %1 ont été écrites dans une exportation de %2.</translation>
    </message>
</context>
<context>
    <name>qw::FreedesktopNotifier</name>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
</context>
<context>
    <name>qw::HistoryStore</name>
    <message>
        <source>The local history was damaged and has been set aside as %1; a new one was started.</source>
        <translation>L&apos;historique local était endommagé et a été mis de côté sous %1&#x202f;; un nouveau a été commencé.</translation>
    </message>
    <message>
        <source>The local history %1 is in use by another program; it is not shown.</source>
        <translation>L&apos;historique local %1 est utilisé par un autre programme&#x202f;; il n&apos;est pas affiché.</translation>
    </message>
    <message>
        <source>The local history %1 was made by a newer version of Quotawatch; it is left as it is and not shown.</source>
        <translation>L&apos;historique local %1 provient d&apos;une version plus récente de Quotawatch&#x202f;; il est laissé tel quel et n&apos;est pas affiché.</translation>
    </message>
    <message>
        <source>The local history %1 cannot be opened: %2</source>
        <translation>L&apos;historique local %1 ne peut pas être ouvert&#xa0;: %2</translation>
    </message>
    <message>
        <source>The local history %1 is damaged and cannot be moved aside.</source>
        <translation>L&apos;historique local %1 est endommagé et ne peut pas être mis de côté.</translation>
    </message>
    <message>
        <source>The local history was damaged and has been set aside as %1, but a new one could not be created.</source>
        <translation>L&apos;historique local était endommagé et a été mis de côté sous %1, mais un nouveau n&apos;a pas pu être créé.</translation>
    </message>
</context>
<context>
    <name>qw::JsonPath</name>
    <message>
        <source>a path starts with $ (the answer) or @ (the current item)</source>
        <translation>un chemin commence par $ (la réponse) ou @ (l&apos;élément courant)</translation>
    </message>
    <message>
        <source>an empty name after &apos;.&apos; at %1</source>
        <translation>un nom vide après &apos;.&apos; à la position %1</translation>
    </message>
    <message>
        <source>an unclosed &apos;[&apos; at %1</source>
        <translation>un &apos;[&apos; non fermé à la position %1</translation>
    </message>
    <message>
        <source>&apos;[%1]&apos; is neither an index, * nor a quoted name</source>
        <translation>&apos;[%1]&apos; n&apos;est ni un indice, ni *, ni un nom entre guillemets</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos; at %2</source>
        <translation>&apos;%1&apos; inattendu à la position %2</translation>
    </message>
    <message>
        <source>a path may visit one level of items, not two</source>
        <translation>un chemin ne peut parcourir qu&apos;un niveau d&apos;éléments, pas deux</translation>
    </message>
</context>
<context>
    <name>qw::KeychainCredentialStore</name>
    <message>
        <source>No system keychain: you will be asked to sign in next time.</source>
        <translation>Pas de trousseau système&#xa0;: il faudra vous reconnecter la prochaine fois.</translation>
    </message>
    <message>
        <source>No system keychain could be reached: you will be asked to sign in next time.</source>
        <translation>Aucun trousseau système n&apos;est joignable&#xa0;: il faudra vous reconnecter la prochaine fois.</translation>
    </message>
    <message>
        <source>The system keychain did not keep the sign-in (%1): you will be asked to sign in next time.</source>
        <translation>Le trousseau système n&apos;a pas conservé la connexion (%1)&#xa0;: il faudra vous reconnecter la prochaine fois.</translation>
    </message>
    <message>
        <source>The system keychain is locked or refused access: you will be asked to sign in next time.</source>
        <translation>Le trousseau système est verrouillé ou a refusé l&apos;accès&#xa0;: la connexion vous sera redemandée la prochaine fois.</translation>
    </message>
    <message>
        <source>The system keychain is locked, so the sign-in was not saved: you will be asked to sign in next time.</source>
        <translation>Le trousseau système est verrouillé, la connexion n&apos;a donc pas été enregistrée&#xa0;: elle vous sera redemandée la prochaine fois.</translation>
    </message>
    <message numerus="yes">
        <source>The system keychain did not answer within %n second(s) (is it stuck, or waiting for a password?): you will be asked to sign in next time.</source>
        <translation>
            <numerusform>Le trousseau système n&apos;a pas répondu en %n seconde (est-il bloqué, ou attend-il un mot de passe&#x202f;?)&#xa0;: la connexion vous sera redemandée la prochaine fois.</numerusform>
            <numerusform>Le trousseau système n&apos;a pas répondu en %n secondes (est-il bloqué, ou attend-il un mot de passe&#x202f;?)&#xa0;: la connexion vous sera redemandée la prochaine fois.</numerusform>
        </translation>
    </message>
    <message>
        <source>The system keychain is locked, so the saved sign-in could not be read: please sign in, or unlock the keychain and start Quotawatch again.</source>
        <translation>Le trousseau système est verrouillé, la connexion enregistrée n&apos;a donc pas pu être lue&#xa0;: connectez-vous, ou déverrouillez le trousseau et relancez Quotawatch.</translation>
    </message>
</context>
<context>
    <name>qw::LoginDialog</name>
    <message>
        <source>&amp;Remember me on this computer</source>
        <translation>Se souvenir de &amp;moi sur cet ordinateur</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Se connecter</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>Essayer la &amp;démo</translation>
    </message>
    <message>
        <source>Use &amp;without an account</source>
        <translation>Utiliser sans &amp;compte</translation>
    </message>
    <message>
        <source>Sign in to Quotawatch</source>
        <translation>Se connecter à Quotawatch</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>URL du serveur</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>vous@example.com</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Keeps the sign-in in the system keychain, never in a settings file.</source>
        <translation>Conserve la connexion dans le trousseau système, jamais dans un fichier de réglages.</translation>
    </message>
    <message>
        <source>Sign-in message</source>
        <translation>Message de connexion</translation>
    </message>
    <message>
        <source>Starts a local demo server with sample traffic; no account needed.</source>
        <translation>Démarre un serveur de démonstration local avec du trafic d&apos;exemple&#x202f;; aucun compte requis.</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>Ser&amp;veur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <source>Count today&apos;s messages on this computer, with no server.</source>
        <translation>Compter les messages du jour sur cet ordinateur, sans serveur.</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
</context>
<context>
    <name>qw::MainWindow</name>
    <message>
        <source>Quotawatch</source>
        <translation>Quotawatch</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Locataire</translation>
    </message>
    <message>
        <source>Overall status</source>
        <translation>État général</translation>
    </message>
    <message>
        <source>Stale data warning</source>
        <translation>Avertissement de données périmées</translation>
    </message>
    <message>
        <source>Demo server stopped</source>
        <translation>Serveur de démonstration arrêté</translation>
    </message>
    <message>
        <source>Re&amp;start the demo</source>
        <translation>Redé&amp;marrer la démo</translation>
    </message>
    <message>
        <source>Restart the demo server</source>
        <translation>Redémarrer le serveur de démonstration</translation>
    </message>
    <message>
        <source>&amp;Quotas</source>
        <translation>&amp;Quotas</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Dernière mise à jour</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Refresh now</source>
        <translation>&amp;Actualiser maintenant</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Export usage records, analytics or history to a file</source>
        <translation>Exporter les enregistrements d&apos;utilisation, les analyses ou l&apos;historique dans un fichier</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;Close tenant tab</source>
        <translation>&amp;Fermer l&apos;onglet du locataire</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Quotawatch</source>
        <translation>À &amp;propos de Quotawatch</translation>
    </message>
    <message>
        <source>About Quotawatch</source>
        <translation>À propos de Quotawatch</translation>
    </message>
    <message>
        <source>&lt;b&gt;Quotawatch %1&lt;/b&gt;&lt;p&gt;Watch usage quotas before they run out.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Quotawatch %1&lt;/b&gt;&lt;p&gt;Surveillez vos quotas d&apos;utilisation avant qu&apos;ils ne soient épuisés.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Analytics</source>
        <translation>A&amp;nalyses</translation>
    </message>
    <message>
        <source>A&amp;lerts</source>
        <translation>A&amp;lertes</translation>
    </message>
    <message>
        <source>Inspected tenant: %1</source>
        <translation>Locataire inspecté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Waiting for data…</source>
        <translation>En attente de données…</translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation>Pas encore de données</translation>
    </message>
    <message>
        <source>%1 · %2 tier</source>
        <translation>%1 · offre %2</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Not updating: %1</source>
        <translation>Pas de mise à jour&#xa0;: %1</translation>
    </message>
    <message>
        <source>Updates stopped: %1 Press F5 to try again.</source>
        <translation>Mises à jour arrêtées&#xa0;: %1 Appuyez sur F5 pour réessayer.</translation>
    </message>
    <message>
        <source>The server asked to wait until %1</source>
        <translation>Le serveur demande d&apos;attendre jusqu&apos;à %1</translation>
    </message>
    <message>
        <source>⚠ %1 Its data is gone with it; a restart starts a new demo.</source>
        <translation>⚠ %1 Ses données ont disparu avec lui&#x202f;; un redémarrage lance une nouvelle démo.</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Mis à jour&#xa0;: %1</translation>
    </message>
    <message>
        <source>⚠ Showing data from %1 (%2). %3</source>
        <translation>⚠ Données de %1 (%2). %3</translation>
    </message>
    <message>
        <source>%1, stale</source>
        <translation>%1, périmé</translation>
    </message>
    <message>
        <source>%1 — %2 — Quotawatch</source>
        <translation>%1 — %2 — Quotawatch</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Dernier état connu&#xa0;: %1</translation>
    </message>
    <message>
        <source>As of %1: the last status saved on this computer, shown until the server answers.</source>
        <translation>Dernier état connu&#xa0;: %1, enregistré sur cet ordinateur et affiché jusqu&apos;à ce que le serveur réponde.</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>Non connecté&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>qw::NoticeArea</name>
    <message>
        <source>More notices</source>
        <translation>Autres remarques</translation>
    </message>
    <message>
        <source>ℹ %1</source>
        <translation>ℹ %1</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Notice details</source>
        <translation>Détails de la remarque</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Show the details of this notice</source>
        <translation>Afficher les détails de cette remarque</translation>
    </message>
    <message>
        <source>Dismiss notice</source>
        <translation>Fermer la remarque</translation>
    </message>
    <message>
        <source>Dismiss this notice</source>
        <translation>Fermer cette remarque</translation>
    </message>
    <message numerus="yes">
        <source>%n more notice(s): dismiss one to see the next.</source>
        <translation>
            <numerusform>%n autre remarque&#xa0;: fermez-en une pour voir la suivante.</numerusform>
            <numerusform>%n autres remarques&#xa0;: fermez-en une pour voir la suivante.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qw::PreferencesDialog</name>
    <message>
        <source>&amp;Quiet hours from</source>
        <translation>&amp;Heures calmes de</translation>
    </message>
    <message>
        <source>Play a &amp;sound with alerts</source>
        <translation>Jouer un &amp;son avec les alertes</translation>
    </message>
    <message>
        <source>Keep running in the &amp;tray when the window is closed</source>
        <translation>Continuer dans la &amp;zone de notification quand la fenêtre est fermée</translation>
    </message>
    <message>
        <source>Start Quotawatch when I &amp;log in</source>
        <translation>Démarrer Quotawatch à l&apos;ou&amp;verture de session</translation>
    </message>
    <message>
        <source>Every &amp;day, export the previous day&apos;s records</source>
        <translation>E&amp;xporter chaque jour les enregistrements de la veille</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>The language changes at the next start of Quotawatch.</source>
        <translation>La langue change au prochain démarrage de Quotawatch.</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source> s</source>
        <translation>&#xa0;s</translation>
    </message>
    <message>
        <source>Update interval in seconds</source>
        <translation>Intervalle de mise à jour en secondes</translation>
    </message>
    <message>
        <source> days</source>
        <translation>&#xa0;jours</translation>
    </message>
    <message>
        <source>Keep local history for, in days</source>
        <translation>Durée de conservation de l&apos;historique local, en jours</translation>
    </message>
    <message>
        <source>Older status snapshots and cached analytics are deleted from this computer.</source>
        <translation>Les instantanés d&apos;état et les analyses en cache plus anciens sont supprimés de cet ordinateur.</translation>
    </message>
    <message>
        <source>Alert thresholds in percent</source>
        <translation>Seuils d&apos;alerte en pourcentage</translation>
    </message>
    <message>
        <source>Percentages, separated by commas, e.g. 80, 95, 100.</source>
        <translation>Pourcentages séparés par des virgules, par ex. 80, 95, 100.</translation>
    </message>
    <message>
        <source>Alert thresholds error</source>
        <translation>Erreur dans les seuils d&apos;alerte</translation>
    </message>
    <message>
        <source>Quiet hours start</source>
        <translation>Début des heures calmes</translation>
    </message>
    <message>
        <source>Quiet hours end</source>
        <translation>Fin des heures calmes</translation>
    </message>
    <message>
        <source>No system tray is available on this desktop.</source>
        <translation>Aucune zone de notification n&apos;est disponible sur ce bureau.</translation>
    </message>
    <message>
        <source>Adds Quotawatch to the programs your desktop starts at log-in.</source>
        <translation>Ajoute Quotawatch aux programmes que votre bureau lance à l&apos;ouverture de session.</translation>
    </message>
    <message>
        <source>After midnight, the previous day&apos;s usage records are saved as CSV in this folder; days missed while the computer was off are caught up at the next start.</source>
        <translation>Après minuit, les enregistrements d&apos;utilisation de la veille sont enregistrés en CSV dans ce dossier&#x202f;; les jours manqués pendant que l&apos;ordinateur était éteint sont rattrapés au prochain démarrage.</translation>
    </message>
    <message>
        <source>Scheduled export folder</source>
        <translation>Dossier de l&apos;exportation planifiée</translation>
    </message>
    <message>
        <source>Choose the scheduled export folder</source>
        <translation>Choisir le dossier de l&apos;exportation planifiée</translation>
    </message>
    <message>
        <source>Scheduled export</source>
        <translation>Exportation planifiée</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier&#xa0;:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>to</source>
        <comment>quiet hours from HH:MM to HH:MM</comment>
        <translation>à</translation>
    </message>
    <message>
        <source>&amp;Update every:</source>
        <translation>&amp;Mettre à jour toutes les&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Alert at (%):</source>
        <translation>A&amp;lerter à (%)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Keep local history for:</source>
        <translation>&amp;Conserver l&apos;historique local&#xa0;:</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Lan&amp;gue&#xa0;:</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>Parc&amp;ourir…</translation>
    </message>
    <message>
        <source>Trusted certificate authority file</source>
        <translation>Fichier d&apos;autorité de certification de confiance</translation>
    </message>
    <message>
        <source>A PEM file of certificate authorities to trust for https:// besides the system&apos;s, such as a company&apos;s private CA. Empty: the system&apos;s only.</source>
        <translation>Un fichier PEM d&apos;autorités de certification auxquelles faire confiance pour https:// en plus de celles du système, comme l&apos;autorité privée d&apos;une entreprise. Vide&#xa0;: celles du système seulement.</translation>
    </message>
    <message>
        <source>Certificate authority file</source>
        <translation>Fichier d&apos;autorité de certification</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificats PEM (*.pem *.crt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Trusted &amp;certificate authority:</source>
        <translation>Autorité de c&amp;ertification de confiance&#xa0;:</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Colour theme</source>
        <translation>Thème de couleurs</translation>
    </message>
    <message>
        <source>System follows the light or dark colours of your desktop.</source>
        <translation>«&#xa0;Système&#xa0;» suit les couleurs claires ou sombres de votre bureau.</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>&amp;Thème&#xa0;:</translation>
    </message>
    <message>
        <source>Ge&amp;neral</source>
        <translation>Génér&amp;al</translation>
    </message>
    <message>
        <source>Sou&amp;rces</source>
        <translation>Sou&amp;rces</translation>
    </message>
</context>
<context>
    <name>qw::ProfileCatalog</name>
    <message>
        <source>no built-in profile of that name</source>
        <translation>aucun profil intégré de ce nom</translation>
    </message>
    <message>
        <source>the built-in profile cannot be read</source>
        <translation>le profil intégré est illisible</translation>
    </message>
    <message>
        <source>larger than %1 KiB: not a profile</source>
        <translation>plus de %1&#xa0;Kio&#xa0;: pas un profil</translation>
    </message>
</context>
<context>
    <name>qw::ProfileError</name>
    <message>
        <source>profile</source>
        <comment>where a profile error is when the profile has no file</comment>
        <translation>profil</translation>
    </message>
</context>
<context>
    <name>qw::ProfileMapper</name>
    <message>
        <source>not a path</source>
        <translation>pas un chemin</translation>
    </message>
    <message>
        <source>the answer has no %1</source>
        <translation>la réponse ne contient pas %1</translation>
    </message>
    <message>
        <source>%1 is not a list or an object of quotas</source>
        <translation>%1 n&apos;est ni une liste ni un objet de quotas</translation>
    </message>
    <message>
        <source>more than %1 quotas</source>
        <translation>plus de %1 quotas</translation>
    </message>
    <message>
        <source>%1: no metric name</source>
        <translation>%1&#xa0;: aucun nom de métrique</translation>
    </message>
    <message>
        <source>%1: the limit is not a number of zero or more</source>
        <translation>%1&#xa0;: la limite n&apos;est pas un nombre positif ou nul</translation>
    </message>
    <message>
        <source>%1: the usage is not a number of zero or more</source>
        <translation>%1&#xa0;: l&apos;utilisation n&apos;est pas un nombre positif ou nul</translation>
    </message>
    <message>
        <source>%1: usage needs a remaining count and a limit</source>
        <translation>%1&#xa0;: l&apos;utilisation demande un reste et une limite</translation>
    </message>
    <message>
        <source>%1: the reset time is not as the profile says</source>
        <translation>%1&#xa0;: l&apos;heure de réinitialisation n&apos;a pas le format indiqué par le profil</translation>
    </message>
    <message>
        <source>The server answered with an HTML page instead of data.</source>
        <translation>Le serveur a répondu par une page HTML au lieu de données.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a problem&apos;s title: its detail</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>qw::ProfileOptions</name>
    <message>
        <source>--%1 needs --profile</source>
        <translation>--%1 nécessite --profile</translation>
    </message>
    <message>
        <source>--tenant is for the Quotawatch server&apos;s own sign-in; a profile watches the account its credentials belong to</source>
        <translation>--tenant ne sert qu&apos;à la connexion au serveur Quotawatch&#x202f;; un profil surveille le compte auquel appartiennent ses identifiants</translation>
    </message>
    <message>
        <source>give one of --password-stdin, --api-key-stdin and --token-stdin: standard input carries one secret</source>
        <translation>indiquez une seule option parmi --password-stdin, --api-key-stdin et --token-stdin&#xa0;: l&apos;entrée standard ne porte qu&apos;un secret</translation>
    </message>
    <message>
        <source>the profile &apos;%1&apos; signs in with %2</source>
        <translation>le profil «&#xa0;%1&#xa0;» se connecte avec %2</translation>
    </message>
    <message>
        <source>the profile &apos;%1&apos; takes no credentials</source>
        <translation>le profil «&#xa0;%1&#xa0;» ne prend pas d&apos;identifiants</translation>
    </message>
    <message>
        <source>standard input gave no secret (one line expected)</source>
        <translation>l&apos;entrée standard n&apos;a fourni aucun secret (une ligne attendue)</translation>
    </message>
    <message>
        <source>--path must be a path on the server, starting with /</source>
        <translation>--path doit être un chemin sur le serveur, commençant par /</translation>
    </message>
    <message numerus="yes">
        <source>--path needs a profile that makes one request; &apos;%1&apos; makes %n</source>
        <translation>
            <numerusform>--path nécessite un profil qui fait une seule requête&#x202f;; «&#xa0;%1&#xa0;» en fait %n</numerusform>
            <numerusform>--path nécessite un profil qui fait une seule requête&#x202f;; «&#xa0;%1&#xa0;» en fait %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Watch a source through a profile: a built-in name (see &apos;quotawatch-cli profiles&apos;) or a file.</source>
        <translation>Surveiller une source au moyen d&apos;un profil&#xa0;: un nom intégré (voir «&#xa0;quotawatch-cli profiles&#xa0;») ou un fichier.</translation>
    </message>
    <message>
        <source>With --profile: the path to request instead of the profile&apos;s (e.g. for ratelimit-headers).</source>
        <translation>Avec --profile&#xa0;: le chemin à demander au lieu de celui du profil (par ex. pour ratelimit-headers).</translation>
    </message>
    <message>
        <source>With --profile: read the API key from standard input.</source>
        <translation>Avec --profile&#xa0;: lire la clé d&apos;API sur l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>With --profile: read the bearer token from standard input.</source>
        <translation>Avec --profile&#xa0;: lire le jeton porteur sur l&apos;entrée standard.</translation>
    </message>
</context>
<context>
    <name>qw::ProfileSource</name>
    <message>
        <source>the sign-in answer is not JSON</source>
        <translation>la réponse à la connexion n&apos;est pas du JSON</translation>
    </message>
    <message>
        <source>the sign-in answer has no token at %1</source>
        <translation>la réponse à la connexion n&apos;a pas de jeton à %1</translation>
    </message>
    <message>
        <source>%1: the answer is not JSON (%2)</source>
        <translation>%1&#xa0;: la réponse n&apos;est pas du JSON (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: the answer has no rate-limit headers</source>
        <translation>%1&#xa0;: la réponse n&apos;a pas d&apos;en-têtes de limite de débit</translation>
    </message>
    <message>
        <source>more than %1 quotas</source>
        <translation>plus de %1 quotas</translation>
    </message>
    <message>
        <source>%1: answer too large</source>
        <translation>%1&#xa0;: réponse trop volumineuse</translation>
    </message>
</context>
<context>
    <name>qw::ProfileSource::Failure</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The server refused the user name or password.</source>
        <translation>Le serveur a refusé le nom d&apos;utilisateur ou le mot de passe.</translation>
    </message>
    <message>
        <source>The server did not accept the credentials (HTTP 401).</source>
        <translation>Le serveur n&apos;a pas accepté les identifiants (HTTP 401).</translation>
    </message>
    <message>
        <source>The source says a limit is reached (HTTP %1).</source>
        <translation>La source indique qu&apos;une limite est atteinte (HTTP %1).</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation>Le serveur a refusé la requête (HTTP %1).</translation>
    </message>
    <message>
        <source>%1 The server said: %2</source>
        <translation>%1 Le serveur a répondu&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 Ask again after %2.</source>
        <translation>%1 Redemander après %2.</translation>
    </message>
</context>
<context>
    <name>qw::ProfilesCommand</name>
    <message>
        <source>List the built-in source profiles and those in the user&apos;s folder.</source>
        <translation>Lister les profils de source intégrés et ceux du dossier de l&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Print one JSON object with every profile.</source>
        <translation>Afficher un objet JSON avec tous les profils.</translation>
    </message>
    <message>
        <source>Built-in profiles:</source>
        <translation>Profils intégrés&#xa0;:</translation>
    </message>
    <message>
        <source>Profiles in %1:</source>
        <translation>Profils dans %1&#xa0;:</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no profiles</comment>
        <translation>aucun</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a profile&apos;s title (its file)</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>qw::QuotaBar</name>
    <message>
        <source>%1, at risk</source>
        <translation>%1, menacé</translation>
    </message>
    <message>
        <source>%1 (stale)</source>
        <translation>%1 (périmé)</translation>
    </message>
    <message>
        <source>%1, %2, %3, %4</source>
        <translation>%1, %2, %3, %4</translation>
    </message>
    <message>
        <source>%1 meter</source>
        <translation>Jauge %1</translation>
    </message>
    <message>
        <source>↗ About %1; too irregular to forecast.</source>
        <translation>↗ Environ %1&#x202f;; trop irrégulier pour une prévision.</translation>
    </message>
    <message>
        <source>↗ At %1, runs out at %2, before the reset.</source>
        <translation>↗ À %1, épuisé à %2, avant la réinitialisation.</translation>
    </message>
    <message>
        <source>↗ At %1, lasts past the reset.</source>
        <translation>↗ À %1, suffit jusqu&apos;à la réinitialisation.</translation>
    </message>
    <message>
        <source>Alert &amp;thresholds for this quota…</source>
        <translation>&amp;Seuils d&apos;alerte pour ce quota…</translation>
    </message>
</context>
<context>
    <name>qw::QuotaFormat</name>
    <message>
        <source>requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <source>tokens</source>
        <translation>Jetons</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1&#xa0;s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1&#xa0;min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1&#xa0;h %2&#xa0;min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1&#xa0;j %2&#xa0;h</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>par jour</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>par mois</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%2 %1</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 jetons</translation>
    </message>
    <message>
        <source>%1 used, unlimited</source>
        <translation>%1 utilisés, illimité</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>illimité</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>no reset</source>
        <translation>sans réinitialisation</translation>
    </message>
    <message>
        <source>resetting now</source>
        <translation>réinitialisation en cours</translation>
    </message>
    <message>
        <source>resets in %1</source>
        <translation>réinitialisation dans %1</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>Exceeded</source>
        <translation>Dépassé</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>à l&apos;instant</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>il y a %1</translation>
    </message>
    <message>
        <source>%1/h</source>
        <translation>%1/h</translation>
    </message>
    <message>
        <source>%1 tokens/h</source>
        <translation>%1 jetons/h</translation>
    </message>
    <message>
        <source>%1 requests/h</source>
        <translation>%1 requêtes/h</translation>
    </message>
    <message>
        <source>%1 %2/h</source>
        <translation>%1 %2/h</translation>
    </message>
    <message>
        <source>%1 % used, %2 % of the day gone</source>
        <translation>%1&#xa0;% utilisés, %2&#xa0;% de la journée écoulée</translation>
    </message>
    <message>
        <source>%1 % used, %2 % of the month gone</source>
        <translation>%1&#xa0;% utilisés, %2&#xa0;% du mois écoulé</translation>
    </message>
</context>
<context>
    <name>qw::QuotaListView</name>
    <message>
        <source>Worst first</source>
        <translation>Les plus critiques d&apos;abord</translation>
    </message>
    <message>
        <source>As the server lists them</source>
        <translation>Dans l&apos;ordre du serveur</translation>
    </message>
    <message>
        <source>Order of the quotas</source>
        <translation>Ordre des quotas</translation>
    </message>
    <message>
        <source>O&amp;rder:</source>
        <translation>O&amp;rdre&#xa0;:</translation>
    </message>
    <message>
        <source>This account has no quotas: nothing here is limited, so there is nothing to watch.</source>
        <translation>Ce compte n&apos;a pas de quotas&#xa0;: rien n&apos;est limité, il n&apos;y a donc rien à surveiller.</translation>
    </message>
    <message>
        <source>Quotas</source>
        <translation>Quotas</translation>
    </message>
    <message>
        <source>Your account</source>
        <translation>Votre compte</translation>
    </message>
    <message>
        <source>%1: as of %2</source>
        <translation>%1&#xa0;: état à %2</translation>
    </message>
    <message>
        <source>%1: loading…</source>
        <translation>%1&#xa0;: chargement…</translation>
    </message>
</context>
<context>
    <name>qw::QuotaSourceGroup</name>
    <message>
        <source>This source reports no quotas.</source>
        <translation>Cette source ne signale aucun quota.</translation>
    </message>
    <message>
        <source>%1: loading…</source>
        <translation>%1&#xa0;: chargement…</translation>
    </message>
    <message>
        <source>%1: as of %2</source>
        <translation>%1&#xa0;: état à %2</translation>
    </message>
    <message>
        <source>%1: not updating</source>
        <translation>%1&#xa0;: pas de mise à jour</translation>
    </message>
    <message>
        <source>Quotas of %1</source>
        <translation>Quotas de %1</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
</context>
<context>
    <name>qw::QuotaThresholdsDialog</name>
    <message>
        <source>Alert thresholds for %1</source>
        <translation>Seuils d&apos;alerte pour %1</translation>
    </message>
    <message>
        <source>Alert at these percentages of %1 (empty: use the global ones):</source>
        <translation>Alerter à ces pourcentages de %1 (vide&#xa0;: utiliser les seuils généraux)&#xa0;:</translation>
    </message>
    <message>
        <source>Alert thresholds for %1 in percent</source>
        <translation>Seuils d&apos;alerte pour %1 en pourcentage</translation>
    </message>
    <message>
        <source>e.g. 50, 80, 100</source>
        <translation>par ex. 50, 80, 100</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
</context>
<context>
    <name>qw::ResetCommand</name>
    <message>
        <source>Reset a tenant&apos;s usage counters (admins; recorded in the audit log).</source>
        <translation>Réinitialiser les compteurs d&apos;utilisation d&apos;un locataire (administrateurs&#x202f;; consigné dans le journal d&apos;audit).</translation>
    </message>
    <message>
        <source>daily or monthly.</source>
        <translation>daily ou monthly.</translation>
    </message>
    <message>
        <source>Only this metric (requests, tokens, cost); default: all of the period.</source>
        <translation>Seulement cette métrique (requests, tokens, cost)&#x202f;; par défaut&#xa0;: toutes celles de la période.</translation>
    </message>
    <message>
        <source>Why (required; kept in the audit log).</source>
        <translation>Motif (obligatoire&#x202f;; conservé dans le journal d&apos;audit).</translation>
    </message>
    <message>
        <source>--tenant is required</source>
        <translation>--tenant est obligatoire</translation>
    </message>
    <message>
        <source>--period must be daily or monthly</source>
        <translation>--period doit valoir daily ou monthly</translation>
    </message>
    <message>
        <source>--reason is required</source>
        <translation>--reason est obligatoire</translation>
    </message>
    <message>
        <source>--metric must not be empty</source>
        <translation>--metric ne doit pas être vide</translation>
    </message>
    <message>
        <source>sign-in failed: %1</source>
        <translation>échec de la connexion&#xa0;: %1</translation>
    </message>
    <message>
        <source>the server refused: only admins may reset counters</source>
        <translation>le serveur a refusé&#xa0;: seuls les administrateurs peuvent réinitialiser les compteurs</translation>
    </message>
    <message>
        <source>reset daily %1 of %2</source>
        <translation>compteur journalier %1 de %2 réinitialisé</translation>
    </message>
    <message>
        <source>reset monthly %1 of %2</source>
        <translation>compteur mensuel %1 de %2 réinitialisé</translation>
    </message>
    <message>
        <source>reset daily all metrics of %1</source>
        <translation>tous les compteurs journaliers de %1 réinitialisés</translation>
    </message>
    <message>
        <source>reset monthly all metrics of %1</source>
        <translation>tous les compteurs mensuels de %1 réinitialisés</translation>
    </message>
</context>
<context>
    <name>qw::ResetCountersDialog</name>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Réinitialiser</translation>
    </message>
    <message>
        <source>Reset counters of %1</source>
        <translation>Réinitialiser les compteurs de %1</translation>
    </message>
    <message>
        <source>Reset usage counters of &lt;b&gt;%1&lt;/b&gt; (%2). This is recorded in the audit log.</source>
        <translation>Réinitialiser les compteurs d&apos;utilisation de &lt;b&gt;%1&lt;/b&gt; (%2). Cette action est consignée dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Quotidien</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Mensuel</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>All metrics</source>
        <translation>Toutes les mesures</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Jetons</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Required: why the counters are reset</source>
        <translation>Obligatoire&#xa0;: pourquoi les compteurs sont réinitialisés</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>Quota</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Counters</source>
        <translation>Compteurs</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation>&amp;Mesure&#xa0;:</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>Mo&amp;tif&#xa0;:</translation>
    </message>
    <message>
        <source>The counters could not be read: %1</source>
        <translation>Les compteurs n&apos;ont pas pu être lus&#xa0;: %1</translation>
    </message>
    <message>
        <source>Resetting…</source>
        <translation>Réinitialisation…</translation>
    </message>
    <message>
        <source>The server refused: only admins may reset counters.</source>
        <translation>Le serveur a refusé&#xa0;: seuls les administrateurs peuvent réinitialiser les compteurs.</translation>
    </message>
    <message>
        <source>The counters were not reset: %1</source>
        <translation>Les compteurs n&apos;ont pas été réinitialisés&#xa0;: %1</translation>
    </message>
    <message>
        <source>The counters were reset.</source>
        <translation>Les compteurs ont été réinitialisés.</translation>
    </message>
</context>
<context>
    <name>qw::SeriesTableModel</name>
    <message>
        <source>Time</source>
        <translation>Date et heure</translation>
    </message>
</context>
<context>
    <name>qw::ServerOptions</name>
    <message>
        <source>--email is required</source>
        <translation>--email est obligatoire</translation>
    </message>
    <message>
        <source>--password-stdin is required (passwords never go on the command line)</source>
        <translation>--password-stdin est obligatoire (un mot de passe ne va jamais sur la ligne de commande)</translation>
    </message>
    <message>
        <source>--server must be an http:// or https:// URL</source>
        <translation>--server doit être une URL http:// ou https://</translation>
    </message>
    <message>
        <source>--timeout must be 1 to 600 seconds</source>
        <translation>--timeout doit être de 1 à 600 secondes</translation>
    </message>
    <message>
        <source>Server URL, e.g. http://127.0.0.1:8080.</source>
        <translation>URL du serveur, par ex. http://127.0.0.1:8080.</translation>
    </message>
    <message>
        <source>Account e-mail.</source>
        <translation>Adresse e-mail du compte.</translation>
    </message>
    <message>
        <source>Read the password from standard input.</source>
        <translation>Lire le mot de passe sur l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>Another tenant (support staff).</source>
        <translation>Un autre locataire (support).</translation>
    </message>
    <message>
        <source>Also trust the certificate authorities in this PEM file (a private CA).</source>
        <translation>Faire aussi confiance aux autorités de certification de ce fichier PEM (une AC privée).</translation>
    </message>
    <message>
        <source>Seconds to wait for each answer (default 15).</source>
        <translation>Secondes d&apos;attente de chaque réponse (15 par défaut).</translation>
    </message>
</context>
<context>
    <name>qw::Session</name>
    <message>
        <source>The server ended the session. Please sign in again.</source>
        <translation>Le serveur a mis fin à la session. Veuillez vous reconnecter.</translation>
    </message>
</context>
<context>
    <name>qw::SourceConfig</name>
    <message>
        <source>The profile does not load: %1</source>
        <translation>Le profil ne se charge pas&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server address must start with http:// or https://.</source>
        <translation>L&apos;adresse du serveur doit commencer par http:// ou https://.</translation>
    </message>
    <message>
        <source>The path %1 cannot be used: it must start with / and the profile must make a single request.</source>
        <translation>Le chemin %1 est inutilisable&#xa0;: il doit commencer par / et le profil ne doit faire qu&apos;une seule requête.</translation>
    </message>
</context>
<context>
    <name>qw::SourceProfile</name>
    <message>
        <source>unknown field; expected one of %1</source>
        <translation>champ inconnu&#x202f;; attendu&#xa0;: l&apos;un de %1</translation>
    </message>
    <message>
        <source>missing; it is required</source>
        <translation>manquant&#x202f;; obligatoire</translation>
    </message>
    <message>
        <source>expected a non-empty string</source>
        <translation>attendu&#xa0;: un texte non vide</translation>
    </message>
    <message>
        <source>not a path: %1</source>
        <translation>pas un chemin&#xa0;: %1</translation>
    </message>
    <message>
        <source>needs a wildcard (.* or [*]) to visit the items</source>
        <translation>il faut un joker (.* ou [*]) pour parcourir les éléments</translation>
    </message>
    <message>
        <source>a wildcard is only allowed in &apos;each&apos;</source>
        <translation>un joker n&apos;est permis que dans &apos;each&apos;</translation>
    </message>
    <message>
        <source>expected one of rfc3339, epochSeconds, epochMillis, naiveUtc, secondsFromNow</source>
        <translation>attendu&#xa0;: l&apos;un de rfc3339, epochSeconds, epochMillis, naiveUtc, secondsFromNow</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>attendu&#xa0;: un objet</translation>
    </message>
    <message>
        <source>&apos;@&apos; is the current item, and without &apos;each&apos; there is none; use &apos;$&apos;</source>
        <translation>&apos;@&apos; est l&apos;élément courant, et sans &apos;each&apos; il n&apos;y en a pas&#x202f;; utilisez &apos;$&apos;</translation>
    </message>
    <message>
        <source>expected a path ($... or @...), a text, a number or null</source>
        <translation>attendu&#xa0;: un chemin ($... ou @...), un texte, un nombre ou null</translation>
    </message>
    <message>
        <source>missing; give &apos;used&apos;, or &apos;remaining&apos; and &apos;limit&apos;</source>
        <translation>manquant&#x202f;; indiquez &apos;used&apos;, ou &apos;remaining&apos; et &apos;limit&apos;</translation>
    </message>
    <message>
        <source>missing; &apos;remaining&apos; alone does not say what is used</source>
        <translation>manquant&#x202f;; &apos;remaining&apos; seul ne dit pas ce qui est utilisé</translation>
    </message>
    <message>
        <source>expected an object: null, absent, values</source>
        <translation>attendu&#xa0;: un objet avec null, absent, values</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>attendu&#xa0;: true ou false</translation>
    </message>
    <message>
        <source>expected a list of numbers or texts</source>
        <translation>attendu&#xa0;: une liste de nombres ou de textes</translation>
    </message>
    <message>
        <source>expected one of auto, epochSeconds, secondsFromNow, instant</source>
        <translation>attendu&#xa0;: l&apos;un de auto, epochSeconds, secondsFromNow, instant</translation>
    </message>
    <message>
        <source>expected GET or POST</source>
        <translation>attendu&#xa0;: GET ou POST</translation>
    </message>
    <message>
        <source>expected a path on the source&apos;s server, starting with /</source>
        <translation>attendu&#xa0;: un chemin sur le serveur de la source, commençant par /</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>attendu&#xa0;: une liste</translation>
    </message>
    <message>
        <source>reads no quotas: give &apos;quotas&apos;, &apos;rateLimitHeaders&apos; or both</source>
        <translation>ne lit aucun quota&#xa0;: indiquez &apos;quotas&apos;, &apos;rateLimitHeaders&apos; ou les deux</translation>
    </message>
    <message>
        <source>expected an HTTP header name: letters, digits and - (up to 64)</source>
        <translation>nom d’en-tête HTTP attendu&#xa0;: lettres, chiffres et - (64 au plus)</translation>
    </message>
    <message>
        <source>%1 cannot carry the API key: give the header the service reads it from, such as X-API-Key</source>
        <translation>%1 ne peut pas porter la clé d’API&#xa0;: indiquez l’en-tête où le service la lit, par exemple X-API-Key</translation>
    </message>
    <message>
        <source>expected one of none, bearer, apiKey, login</source>
        <translation>attendu&#xa0;: l&apos;un de none, bearer, apiKey, login</translation>
    </message>
    <message>
        <source>expected a path starting with /</source>
        <translation>attendu&#xa0;: un chemin commençant par /</translation>
    </message>
    <message>
        <source>expected the login body as an object, with {username} and {password} where they go</source>
        <translation>attendu&#xa0;: le corps de la connexion sous forme d&apos;objet, avec {username} et {password} à leur place</translation>
    </message>
    <message>
        <source>has no {password}: where does the password go?</source>
        <translation>ne contient pas {password}&#xa0;: où va le mot de passe&#x202f;?</translation>
    </message>
    <message>
        <source>expected an object with the path that ends the session</source>
        <translation>attendu&#xa0;: un objet avec le chemin qui termine la session</translation>
    </message>
    <message>
        <source>expected POST, DELETE or GET</source>
        <translation>attendu&#xa0;: POST, DELETE ou GET</translation>
    </message>
    <message>
        <source>expected a list of paths, tried in order</source>
        <translation>attendu&#xa0;: une liste de chemins, essayés dans l&apos;ordre</translation>
    </message>
    <message>
        <source>expected a path</source>
        <translation>attendu&#xa0;: un chemin</translation>
    </message>
    <message>
        <source>expected a list of HTTP status codes</source>
        <translation>attendu&#xa0;: une liste de codes d&apos;état HTTP</translation>
    </message>
    <message>
        <source>expected HTTP status codes from 400 to 599</source>
        <translation>attendu&#xa0;: des codes d&apos;état HTTP de 400 à 599</translation>
    </message>
    <message>
        <source>larger than %1 KiB: not a profile</source>
        <translation>plus de %1&#xa0;Kio&#xa0;: pas un profil</translation>
    </message>
    <message>
        <source>not JSON: %1</source>
        <translation>pas du JSON&#xa0;: %1</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>attendu&#xa0;: un objet JSON</translation>
    </message>
    <message>
        <source>missing; write &quot;profile&quot;: 1</source>
        <translation>manquant&#x202f;; écrivez &quot;profile&quot;: 1</translation>
    </message>
    <message>
        <source>this Quotawatch reads profile format %1</source>
        <translation>ce Quotawatch lit le format de profil %1</translation>
    </message>
    <message>
        <source>expected lower-case letters, digits and &apos;-&apos; (up to 64)</source>
        <translation>attendu&#xa0;: des minuscules, des chiffres et &apos;-&apos; (64 au plus)</translation>
    </message>
    <message>
        <source>expected a list of at least one request to make each poll</source>
        <translation>attendu&#xa0;: une liste d&apos;au moins une requête à faire à chaque interrogation</translation>
    </message>
    <message>
        <source>at most 8 requests a poll</source>
        <translation>8 requêtes au plus par interrogation</translation>
    </message>
</context>
<context>
    <name>qw::SourceRegistry</name>
    <message>
        <source>No keychain is available: the secret of %1 is kept only until Quotawatch quits.</source>
        <translation>Aucun trousseau n&apos;est disponible&#xa0;: le secret de %1 n&apos;est conservé que jusqu&apos;à la fermeture de Quotawatch.</translation>
    </message>
    <message>
        <source>The secret of %1 could not be stored in the keychain (%2): it is kept only until Quotawatch quits.</source>
        <translation>Le secret de %1 n&apos;a pas pu être enregistré dans le trousseau (%2)&#xa0;: il n&apos;est conservé que jusqu&apos;à la fermeture de Quotawatch.</translation>
    </message>
</context>
<context>
    <name>qw::SourcesPage</name>
    <message>
        <source>Rena&amp;me</source>
        <translation>Ren&amp;ommer</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Suppr&amp;imer</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Parco&amp;urir…</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d&apos;uti&amp;lisateur&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;est</source>
        <translation>&amp;Tester</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>Ajout&amp;er</translation>
    </message>
    <message>
        <source>Watched sources</source>
        <translation>Sources surveillées</translation>
    </message>
    <message>
        <source>Rename the selected source</source>
        <translation>Renommer la source sélectionnée</translation>
    </message>
    <message>
        <source>Remove the selected source</source>
        <translation>Supprimer la source sélectionnée</translation>
    </message>
    <message>
        <source>Stops watching it and forgets its secret.</source>
        <translation>Arrête de la surveiller et oublie son secret.</translation>
    </message>
    <message>
        <source>Wat&amp;ched besides your account:</source>
        <translation>Sur&amp;veillées en plus de votre compte&#xa0;:</translation>
    </message>
    <message>
        <source>A profile file…</source>
        <translation>Un fichier de profil…</translation>
    </message>
    <message>
        <source>Profile of the source</source>
        <translation>Profil de la source</translation>
    </message>
    <message>
        <source>Profile file</source>
        <translation>Fichier de profil</translation>
    </message>
    <message>
        <source>Choose a profile file</source>
        <translation>Choisir un fichier de profil</translation>
    </message>
    <message>
        <source>Name of the source</source>
        <translation>Nom de la source</translation>
    </message>
    <message>
        <source>As the quota view and alerts will name it</source>
        <translation>Tel que la vue des quotas et les alertes la nommeront</translation>
    </message>
    <message>
        <source>Server address of the source</source>
        <translation>Adresse du serveur de la source</translation>
    </message>
    <message>
        <source>User name for the source</source>
        <translation>Nom d&apos;utilisateur pour la source</translation>
    </message>
    <message>
        <source>Path of the request</source>
        <translation>Chemin de la requête</translation>
    </message>
    <message>
        <source>The profile&apos;s own</source>
        <translation>Celui du profil</translation>
    </message>
    <message>
        <source>Test the source</source>
        <translation>Tester la source</translation>
    </message>
    <message>
        <source>Fetches its usage once, without adding it.</source>
        <translation>Récupère son utilisation une fois, sans l&apos;ajouter.</translation>
    </message>
    <message>
        <source>Add the source</source>
        <translation>Ajouter la source</translation>
    </message>
    <message>
        <source>Result of the test</source>
        <translation>Résultat du test</translation>
    </message>
    <message>
        <source>Add a source</source>
        <translation>Ajouter une source</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>Pat&amp;h:</source>
        <translation>C&amp;hemin&#xa0;:</translation>
    </message>
    <message>
        <source>Source profile</source>
        <translation>Profil de source</translation>
    </message>
    <message>
        <source>Source profiles (*.json);;All files (*)</source>
        <translation>Profils de source (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Jeton&#xa0;:</translation>
    </message>
    <message>
        <source>Bearer token for the source</source>
        <translation>Jeton d&apos;accès (bearer) pour la source</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clé d&apos;API&#xa0;:</translation>
    </message>
    <message>
        <source>API key for the source</source>
        <translation>Clé d&apos;API pour la source</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Password for the source</source>
        <translation>Mot de passe pour la source</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Fetching…</source>
        <translation>Récupération…</translation>
    </message>
    <message>
        <source>Fetched 1 quota</source>
        <translation>1 quota récupéré</translation>
    </message>
    <message numerus="yes">
        <source>Fetched %n quotas</source>
        <translation>
            <numerusform>%n quota récupéré</numerusform>
            <numerusform>%n quotas récupérés</numerusform>
        </translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>%1 ajoutée.</translation>
    </message>
    <message>
        <source>No sources yet</source>
        <translation>Aucune source pour l&apos;instant</translation>
    </message>
    <message>
        <source>No sources yet. A source is another usage API that Quotawatch watches besides your account, such as a rate limiter or a provider&apos;s billing API; its quotas appear beside yours and raise alerts too.

To add one, choose its profile below, enter its server and credentials, press Test, then Add.</source>
        <translation>Aucune source pour l&apos;instant. Une source est une autre API d&apos;utilisation que Quotawatch surveille en plus de votre compte, comme un limiteur de débit ou l&apos;API de facturation d&apos;un fournisseur&#x202f;; ses quotas s&apos;affichent à côté des vôtres et déclenchent aussi des alertes.

Pour en ajouter une, choisissez son profil ci-dessous, saisissez son serveur et ses identifiants, appuyez sur «&#xa0;Tester&#xa0;», puis sur «&#xa0;Ajouter&#xa0;».</translation>
    </message>
</context>
<context>
    <name>qw::StatusCommand</name>
    <message>
        <source>Sign in and print the tenant&apos;s quotas.</source>
        <translation>Se connecter et afficher les quotas du locataire.</translation>
    </message>
    <message>
        <source>Print the status as the contract&apos;s JSON.</source>
        <translation>Afficher le statut dans le JSON du contrat.</translation>
    </message>
    <message>
        <source>sign-in failed: %1</source>
        <translation>échec de la connexion&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 (%2, %3): %4</source>
        <translation>%1 (%2, %3)&#xa0;: %4</translation>
    </message>
    <message>
        <source>no quotas: nothing is limited</source>
        <translation>aucun quota&#xa0;: rien n&apos;est limité</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>qw::TableCopyAction</name>
    <message>
        <source>Copy as &amp;CSV</source>
        <translation>Copier en &amp;CSV</translation>
    </message>
    <message>
        <source>Copy the selected rows, or every row when none is selected, as CSV</source>
        <translation>Copier les lignes sélectionnées en CSV, ou toutes les lignes si aucune n&apos;est sélectionnée</translation>
    </message>
</context>
<context>
    <name>qw::TenantDashboard</name>
    <message>
        <source>Inspecting %1 (%2) - read only</source>
        <translation>Inspection de %1 (%2) – lecture seule</translation>
    </message>
    <message>
        <source>Inspected tenant</source>
        <translation>Locataire inspecté</translation>
    </message>
    <message>
        <source>Latest alert of this tenant</source>
        <translation>Dernière alerte de ce locataire</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Quotas</source>
        <translation>Quotas</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>Analyses</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>Waiting for data…</source>
        <translation>En attente de données…</translation>
    </message>
    <message>
        <source>Updated at %1</source>
        <translation>Mis à jour à %1</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Not updating: %1</source>
        <translation>Pas de mise à jour&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>qw::TenantListModel</name>
    <message>
        <source>Worst quota: %1</source>
        <translation>Quota le plus critique&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2), %n user(s)</source>
        <translation>
            <numerusform>%1 (%2), %n utilisateur</numerusform>
            <numerusform>%1 (%2), %n utilisateurs</numerusform>
        </translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Illimité</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Pas encore</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Locataire</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Offre</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Max %</source>
        <translation>Max. %</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Dernière activité</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a day of the week, a time of day</comment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>qw::TenantsCommand</name>
    <message>
        <source>Sign in as support staff and list every tenant, worst first.</source>
        <translation>Se connecter en tant que support et lister tous les locataires, les plus critiques d&apos;abord.</translation>
    </message>
    <message>
        <source>Only tenants whose name or id contains S.</source>
        <translation>Seulement les locataires dont le nom ou l&apos;identifiant contient S.</translation>
    </message>
    <message>
        <source>maxPercent (default), name or activity.</source>
        <translation>maxPercent (par défaut), name ou activity.</translation>
    </message>
    <message>
        <source>Print one JSON object {&quot;tenants&quot;: [...]} with every tenant.</source>
        <translation>Afficher un objet JSON {&quot;tenants&quot;: [...]} avec tous les locataires.</translation>
    </message>
    <message>
        <source>Tenants per request (default 100).</source>
        <translation>Locataires par requête (100 par défaut).</translation>
    </message>
    <message>
        <source>--sort must be maxPercent, name or activity</source>
        <translation>--sort doit valoir maxPercent, name ou activity</translation>
    </message>
    <message>
        <source>--page-size must be a number from 1 to 1000</source>
        <translation>--page-size doit être un nombre de 1 à 1000</translation>
    </message>
    <message>
        <source>sign-in failed: %1</source>
        <translation>échec de la connexion&#xa0;: %1</translation>
    </message>
    <message>
        <source>this account may not list tenants (support staff only)</source>
        <translation>ce compte ne peut pas lister les locataires (réservé au support)</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>illimité</translation>
    </message>
    <message numerus="yes">
        <source>%Ln tenant(s)</source>
        <translation>
            <numerusform>%Ln locataire</numerusform>
            <numerusform>%Ln locataires</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qw::TenantsView</name>
    <message>
        <source>Search tenants by name or id</source>
        <translation>Rechercher des locataires par nom ou identifiant</translation>
    </message>
    <message>
        <source>Search tenants</source>
        <translation>Rechercher des locataires</translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation>Locataires</translation>
    </message>
    <message>
        <source>&amp;Reset counters…</source>
        <translation>&amp;Réinitialiser les compteurs…</translation>
    </message>
    <message>
        <source>The tenant list could not be loaded: %1</source>
        <translation>La liste des locataires n&apos;a pas pu être chargée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Loading tenants…</source>
        <translation>Chargement des locataires…</translation>
    </message>
    <message numerus="yes">
        <source>%n tenant(s) shown; more load as you scroll.</source>
        <translation>
            <numerusform>%n locataire affiché&#x202f;; d&apos;autres se chargent en faisant défiler.</numerusform>
            <numerusform>%n locataires affichés&#x202f;; d&apos;autres se chargent en faisant défiler.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tenant(s).</source>
        <translation>
            <numerusform>%n locataire.</numerusform>
            <numerusform>%n locataires.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qw::ThresholdsInput</name>
    <message>
        <source>%1 is not a percentage between 0 and 1000.</source>
        <translation>%1 n&apos;est pas un pourcentage entre 0 et 1000.</translation>
    </message>
    <message>
        <source>%1 are not percentages between 0 and 1000.</source>
        <translation>%1 ne sont pas des pourcentages entre 0 et 1000.</translation>
    </message>
    <message>
        <source>Enter at least one percentage, e.g. 80, 95, 100.</source>
        <translation>Saisissez au moins un pourcentage, par ex. 80, 95, 100.</translation>
    </message>
</context>
<context>
    <name>qw::TimeAxisTicks</name>
    <message>
        <source>MMM d</source>
        <comment>date pattern: Nov 20</comment>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>MMM d HH:mm</source>
        <comment>date pattern: Nov 20 14:00</comment>
        <translation>d MMM HH:mm</translation>
    </message>
</context>
<context>
    <name>qw::TimeSeriesChart</name>
    <message>
        <source>Quota resets</source>
        <translation>Réinitialisations</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>Usage over time</source>
        <translation>Utilisation au fil du temps</translation>
    </message>
    <message>
        <source>Chart help</source>
        <translation>Aide du graphique</translation>
    </message>
    <message>
        <source>Drag across the chart to zoom into a time range.
Wheel or +/- zooms, the arrow keys pan.
Escape or a right-click shows the whole range again.
Click a legend entry, or press 1, 2 or 3, to hide or show it.</source>
        <translation>Faites glisser sur le graphique pour zoomer sur une période.
La molette ou +/- zoome, les flèches déplacent.
Échap ou un clic droit affiche de nouveau toute la période.
Cliquez sur une entrée de la légende, ou appuyez sur 1, 2 ou 3, pour la masquer ou l&apos;afficher.</translation>
    </message>
    <message>
        <source>%1 are triangles on the time axis; %2 are diamonds on the line.</source>
        <translation>%1&#xa0;: triangles sur l&apos;axe du temps&#x202f;; %2&#xa0;: losanges sur la courbe.</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>Du %1 au %2</translation>
    </message>
    <message>
        <source>%1, from %2 to %3</source>
        <translation>%1, du %2 au %3</translation>
    </message>
    <message>
        <source>%1
%2: %3</source>
        <translation>%1
%2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1, %2 to %3: no data.</source>
        <translation>%1, du %2 au %3&#xa0;: aucune donnée.</translation>
    </message>
    <message>
        <source>%1, %2 to %3; latest %4 at %5.</source>
        <translation>%1, du %2 au %3&#x202f;; dernière valeur %4 le %5.</translation>
    </message>
</context>
<context>
    <name>qw::TlsTrust</name>
    <message>
        <source>The certificate file %1 cannot be read: %2</source>
        <translation>Le fichier de certificat %1 ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>The certificate file %1 is too large to be a CA certificate.</source>
        <translation>Le fichier de certificat %1 est trop gros pour être un certificat d&apos;autorité.</translation>
    </message>
    <message>
        <source>The file %1 holds no PEM certificate.</source>
        <translation>Le fichier %1 ne contient aucun certificat PEM.</translation>
    </message>
    <message>
        <source>it was issued for %1, not for %2.</source>
        <translation>il a été émis pour %1, et non pour %2.</translation>
    </message>
    <message>
        <source>it expired on %1.</source>
        <translation>il a expiré le %1.</translation>
    </message>
    <message>
        <source>it is not valid before %1.</source>
        <translation>il n&apos;est pas valide avant le %1.</translation>
    </message>
    <message>
        <source>it has been revoked.</source>
        <translation>il a été révoqué.</translation>
    </message>
    <message>
        <source>the TLS handshake failed.</source>
        <translation>la négociation TLS a échoué.</translation>
    </message>
    <message>
        <source>it is self-signed. To trust it, give its CA certificate file (Preferences, or --ca-file).</source>
        <translation>il est auto-signé. Pour lui faire confiance, indiquez le fichier de son certificat d&apos;autorité (Préférences, ou --ca-file).</translation>
    </message>
    <message>
        <source>it was issued by a certificate authority this computer does not trust. To trust a private one, give its CA certificate file (Preferences, or --ca-file).</source>
        <translation>il a été émis par une autorité de certification à laquelle cet ordinateur ne fait pas confiance. Pour faire confiance à une autorité privée, indiquez le fichier de son certificat (Préférences, ou --ca-file).</translation>
    </message>
</context>
<context>
    <name>qw::TrayController</name>
    <message>
        <source>&amp;Open Quotawatch</source>
        <translation>&amp;Ouvrir Quotawatch</translation>
    </message>
    <message>
        <source>&amp;Refresh now</source>
        <translation>&amp;Actualiser maintenant</translation>
    </message>
    <message>
        <source>&amp;Snooze alerts</source>
        <translation>&amp;Suspendre les alertes</translation>
    </message>
    <message>
        <source>For 1 &amp;hour</source>
        <translation>Pendant 1 &amp;heure</translation>
    </message>
    <message>
        <source>Until &amp;tomorrow</source>
        <translation>Jusqu&apos;à de&amp;main</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Quotawatch</source>
        <translation>Quotawatch</translation>
    </message>
    <message>
        <source>Quotawatch — %1: %2</source>
        <translation>Quotawatch — %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1&#xa0;: %2, %3</translation>
    </message>
    <message>
        <source>Quotawatch is still running</source>
        <translation>Quotawatch est toujours en cours d&apos;exécution</translation>
    </message>
    <message>
        <source>It keeps watching your quotas from the system tray. To quit, choose Quit in the tray icon&apos;s menu.</source>
        <translation>Il continue de surveiller vos quotas depuis la zone de notification. Pour quitter, choisissez Quitter dans le menu de l&apos;icône.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a source&apos;s name, a quota&apos;s title</comment>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>qw::WatchCommand</name>
    <message>
        <source>Watch quotas and print alerts as they fire.</source>
        <translation>Surveiller les quotas et afficher les alertes dès qu&apos;elles se déclenchent.</translation>
    </message>
    <message>
        <source>One JSON object per alert.</source>
        <translation>Un objet JSON par alerte.</translation>
    </message>
    <message>
        <source>Seconds between polls (default 60, at least 5).</source>
        <translation>Secondes entre deux interrogations (60 par défaut, au moins 5).</translation>
    </message>
    <message>
        <source>Alert state file, so a restart does not repeat alerts (default: per server and account in the user&apos;s data directory).</source>
        <translation>Fichier d&apos;état des alertes, pour qu&apos;un redémarrage ne les répète pas (par défaut&#xa0;: un par serveur et par compte dans le dossier de données de l&apos;utilisateur).</translation>
    </message>
    <message>
        <source>--interval must be %1 to %2 seconds</source>
        <translation>--interval doit être de %1 à %2 secondes</translation>
    </message>
    <message>
        <source>not updating: %1</source>
        <translation>pas de mise à jour&#xa0;: %1</translation>
    </message>
    <message>
        <source>stopped: %1</source>
        <translation>arrêté&#xa0;: %1</translation>
    </message>
    <message>
        <source>sign-in failed: %1</source>
        <translation>échec de la connexion&#xa0;: %1</translation>
    </message>
    <message>
        <source>signed out: %1</source>
        <translation>déconnecté&#xa0;: %1</translation>
    </message>
    <message>
        <source>fired</source>
        <comment>an alert</comment>
        <translation>déclenchée</translation>
    </message>
    <message>
        <source>resolved</source>
        <comment>an alert</comment>
        <translation>levée</translation>
    </message>
    <message>
        <source>predicted</source>
        <comment>an alert</comment>
        <translation>prévue</translation>
    </message>
</context>
</TS>
