<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>main</name>
    <message>
        <source>Watch usage quotas before they run out.</source>
        <translation>Nutzungskontingente im Blick behalten, bevor sie aufgebraucht sind.</translation>
    </message>
    <message>
        <source>Start a local demo server and sign in to it.</source>
        <translation>Einen lokalen Demo-Server starten und sich dort anmelden.</translation>
    </message>
    <message>
        <source>Render the main window to FILE (PNG) after the first update, then exit.</source>
        <translation>Das Hauptfenster nach der ersten Aktualisierung in FILE (PNG) zeichnen und beenden.</translation>
    </message>
    <message>
        <source>With --screenshot: which view to render: quotas, analytics, alerts or tenants (tenants: a support or admin account).</source>
        <translation>Mit --screenshot: welche Ansicht gezeichnet wird: quotas, analytics, alerts oder tenants (tenants: ein Support- oder Admin-Konto).</translation>
    </message>
    <message>
        <source>With --demo: sign in as the demo&apos;s customer, support or admin account.</source>
        <translation>Mit --demo: als Kunden-, Support- oder Admin-Konto der Demo anmelden.</translation>
    </message>
    <message>
        <source>With --screenshot: the window size to render at, e.g. 800x600.</source>
        <translation>Mit --screenshot: die Fenstergröße beim Zeichnen, z. B. 800x600.</translation>
    </message>
    <message>
        <source>--view must be quotas, analytics, alerts or tenants</source>
        <translation>--view muss quotas, analytics, alerts oder tenants sein</translation>
    </message>
    <message>
        <source>--as must be customer, support or admin</source>
        <translation>--as muss customer, support oder admin sein</translation>
    </message>
    <message>
        <source>--size must be WIDTHxHEIGHT, 320 to 7680 each</source>
        <translation>--size muss BREITExHÖHE sein, jeweils 320 bis 7680</translation>
    </message>
    <message>
        <source>With --screenshot: print when each start-up phase was reached, as JSON, and wait for the first live status as well.</source>
        <translation>Mit --screenshot: als JSON ausgeben, wann jede Startphase erreicht wurde, und auch auf den ersten Live-Status warten.</translation>
    </message>
    <message>
        <source>Start with the main window minimised.</source>
        <translation>Mit minimiertem Hauptfenster starten.</translation>
    </message>
    <message>
        <source>unexpected argument: %1</source>
        <translation>unerwartetes Argument: %1</translation>
    </message>
</context>
<context>
    <name>qw::AlertEngine</name>
    <message>
        <source>%1: limit reached (%2 %).</source>
        <translation>%1: Limit erreicht (%2&#xa0;%).</translation>
    </message>
    <message>
        <source>%1 at %2 % (threshold %3 %).</source>
        <translation>%1 bei %2&#xa0;% (Schwelle %3&#xa0;%).</translation>
    </message>
    <message>
        <source>%1 back under %2 %.</source>
        <translation>%1 wieder unter %2&#xa0;%.</translation>
    </message>
    <message>
        <source>At the current rate, %1 runs out at %2, %3 before it resets.</source>
        <translation>Bei gleichbleibendem Verbrauch ist %1 um %2 aufgebraucht, %3 vor der Zurücksetzung.</translation>
    </message>
    <message>
        <source>At the current rate, %1 runs out at %2.</source>
        <translation>Bei gleichbleibendem Verbrauch ist %1 um %2 aufgebraucht.</translation>
    </message>
    <message>
        <source>The alert state %1 cannot be read (%2); alerts are kept in memory only until Quotawatch restarts.</source>
        <translation>Der Alarmzustand %1 kann nicht gelesen werden (%2); Alarme werden nur bis zum nächsten Start von Quotawatch im Speicher gehalten.</translation>
    </message>
    <message>
        <source>The alert state %1 was made by a newer version of Quotawatch and is left untouched; alerts are kept in memory only.</source>
        <translation>Der Alarmzustand %1 stammt von einer neueren Version von Quotawatch und bleibt unverändert; Alarme werden nur im Speicher gehalten.</translation>
    </message>
    <message>
        <source>The alert state %1 is damaged and could not be set aside; alerts are kept in memory only.</source>
        <translation>Der Alarmzustand %1 ist beschädigt und konnte nicht beiseitegelegt werden; Alarme werden nur im Speicher gehalten.</translation>
    </message>
    <message>
        <source>The alert state was damaged and has been set aside as %1; alerts start afresh.</source>
        <translation>Der Alarmzustand war beschädigt und wurde als %1 beiseitegelegt; die Alarme beginnen von vorn.</translation>
    </message>
</context>
<context>
    <name>qw::AlertHistoryModel</name>
    <message>
        <source>  (silenced)</source>
        <translation>  (stumm)</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alarm</translation>
    </message>
</context>
<context>
    <name>qw::AlertsPanel</name>
    <message>
        <source>&amp;Resume alerts</source>
        <translation>Alarme &amp;fortsetzen</translation>
    </message>
    <message>
        <source>Cl&amp;ear history…</source>
        <translation>Verlauf l&amp;eeren…</translation>
    </message>
    <message>
        <source>Alert history</source>
        <translation>Alarmverlauf</translation>
    </message>
    <message>
        <source>Snooze &amp;1 hour</source>
        <translation>&amp;1 Stunde stummschalten</translation>
    </message>
    <message>
        <source>Snooze until to&amp;morrow</source>
        <translation>Bis &amp;morgen stummschalten</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Stummgeschaltet</translation>
    </message>
    <message>
        <source>Notifications snoozed until %1</source>
        <translation>Benachrichtigungen stummgeschaltet bis %1</translation>
    </message>
    <message>
        <source>Notifications on</source>
        <translation>Benachrichtigungen an</translation>
    </message>
    <message>
        <source>Clear alert history</source>
        <translation>Alarmverlauf leeren</translation>
    </message>
    <message numerus="yes">
        <source>Clear all %n alert(s) from the history? This cannot be undone.</source>
        <translation>
            <numerusform>%n Alarm aus dem Verlauf löschen? Das kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>Alle %n Alarme aus dem Verlauf löschen? Das kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Clear history</source>
        <translation>Verlauf &amp;leeren</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a source&apos;s name, an alert&apos;s title</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a source&apos;s name, an alert&apos;s message</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No alerts yet</source>
        <translation>Noch keine Alarme</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>No alerts yet.

An alert tells you when a quota reaches a threshold of its limit, or is about to run out before it resets. Alerts fire at %1 of a quota.

Change these thresholds in File &gt; Preferences &gt; General, or for one quota through the context menu of its bar.</source>
        <translation>Noch keine Alarme.

Ein Alarm meldet, wenn ein Kontingent eine Schwelle seines Limits erreicht oder vor seinem Zurücksetzen aufgebraucht zu sein droht. Alarme kommen bei %1 eines Kontingents.

Ändern Sie diese Schwellen unter Datei &gt; Einstellungen &gt; Allgemein oder für ein einzelnes Kontingent über das Kontextmenü seines Balkens.</translation>
    </message>
</context>
<context>
    <name>qw::AnalyticsView</name>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Cost (USD)</source>
        <translation>Kosten (USD)</translation>
    </message>
    <message>
        <source>Success rate (%)</source>
        <translation>Erfolgsquote (%)</translation>
    </message>
    <message>
        <source>Avg. response (ms)</source>
        <translation>Mittl. Antwortzeit (ms)</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Eigener Zeitraum</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Hourly</source>
        <translation>Stündlich</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <source>Granularity</source>
        <translation>Auflösung</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Messgröße</translation>
    </message>
    <message>
        <source>Bars</source>
        <translation>Balken</translation>
    </message>
    <message>
        <source>Donuts</source>
        <translation>Ringe</translation>
    </message>
    <message>
        <source>Breakdown chart style</source>
        <translation>Darstellung der Aufschlüsselung</translation>
    </message>
    <message>
        <source>Show the provider and model breakdowns as bars or donuts</source>
        <translation>Aufschlüsselung nach Anbieter und Modell als Balken oder Ringe zeigen</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>E&amp;xport chart…</source>
        <translation>Diagramm e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>Datenquelle</translation>
    </message>
    <message>
        <source>Cached data</source>
        <translation>Zwischengespeicherte Daten</translation>
    </message>
    <message>
        <source>Usage by provider</source>
        <translation>Nutzung nach Anbieter</translation>
    </message>
    <message>
        <source>Usage by model</source>
        <translation>Nutzung nach Modell</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Status code</source>
        <translation>Statuscode</translation>
    </message>
    <message>
        <source>Top consumers</source>
        <translation>Größte Verbraucher</translation>
    </message>
    <message>
        <source>⚠ No analytics: %1</source>
        <translation>⚠ Keine Auswertung: %1</translation>
    </message>
    <message>
        <source>Live data could not be loaded: %1</source>
        <translation>Aktuelle Daten konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Quota %1 (local history)</source>
        <translation>Kontingent %1 (lokaler Verlauf)</translation>
    </message>
    <message>
        <source>%1, used</source>
        <translation>%1, verbraucht</translation>
    </message>
    <message>
        <source>⚠ The range must end after it starts.</source>
        <translation>⚠ Der Zeitraum muss nach seinem Beginn enden.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Cached, as of %1, built from %Ln usage record(s).</source>
        <translation>
            <numerusform>Zwischengespeichert, Stand %1, aus %Ln Nutzungsdatensatz berechnet.</numerusform>
            <numerusform>Zwischengespeichert, Stand %1, aus %Ln Nutzungsdatensätzen berechnet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Live, built from %Ln usage record(s).</source>
        <translation>
            <numerusform>Aktuell, aus %Ln Nutzungsdatensatz berechnet.</numerusform>
            <numerusform>Aktuell, aus %Ln Nutzungsdatensätzen berechnet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cached, as of %1</source>
        <translation>Zwischengespeichert, Stand %1</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>This server offers no analytics; Quotawatch added up its usage records on this computer.</source>
        <translation>Dieser Server bietet keine Auswertungen; Quotawatch hat seine Nutzungsdatensätze auf diesem Computer zusammengerechnet.</translation>
    </message>
    <message>
        <source>The server&apos;s own analytics.</source>
        <translation>Die Auswertungen des Servers.</translation>
    </message>
    <message>
        <source>&lt;small&gt;Requests&lt;/small&gt;&lt;br&gt;&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;small&gt;Anfragen&lt;/small&gt;&lt;br&gt;&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;small&gt;Tokens&lt;/small&gt;&lt;br&gt;&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;small&gt;Tokens&lt;/small&gt;&lt;br&gt;&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;small&gt;Success rate&lt;/small&gt;&lt;br&gt;&lt;b&gt;%1 %&lt;/b&gt;</source>
        <translation>&lt;small&gt;Erfolgsquote&lt;/small&gt;&lt;br&gt;&lt;b&gt;%1&#xa0;%&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;small&gt;Avg. response&lt;/small&gt;&lt;br&gt;&lt;b&gt;%1 ms&lt;/b&gt;</source>
        <translation>&lt;small&gt;Mittl. Antwortzeit&lt;/small&gt;&lt;br&gt;&lt;b&gt;%1&#xa0;ms&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 by provider</source>
        <translation>%1 nach Anbieter</translation>
    </message>
    <message>
        <source>%1 by model</source>
        <translation>%1 nach Modell</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source>⚠ Could not write %1</source>
        <translation>⚠ %1 konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>&lt;small&gt;Cost&lt;/small&gt;&lt;br&gt;&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;small&gt;Kosten&lt;/small&gt;&lt;br&gt;&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Usage over time as a table</source>
        <translation>Nutzung im Zeitverlauf als Tabelle</translation>
    </message>
    <message>
        <source>Show as &amp;chart</source>
        <translation>Als &amp;Diagramm zeigen</translation>
    </message>
    <message>
        <source>Show the usage over time as a chart</source>
        <translation>Die Nutzung im Zeitverlauf als Diagramm zeigen</translation>
    </message>
    <message>
        <source>Show the usage over time as a chart (%1)</source>
        <translation>Die Nutzung im Zeitverlauf als Diagramm zeigen (%1)</translation>
    </message>
    <message>
        <source>Show as ta&amp;ble</source>
        <translation>Als Ta&amp;belle zeigen</translation>
    </message>
    <message>
        <source>Show the usage over time as a table</source>
        <translation>Die Nutzung im Zeitverlauf als Tabelle zeigen</translation>
    </message>
    <message>
        <source>Show the usage over time as a table of exact values (%1)</source>
        <translation>Die Nutzung im Zeitverlauf als Tabelle der genauen Werte zeigen (%1)</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>Every request, failed ones too. Quotas count only successful requests, so a daily requests bar can show fewer.</source>
        <translation>Jede Anfrage, auch fehlgeschlagene. Kontingente zählen nur erfolgreiche Anfragen, daher kann ein Balken für tägliche Anfragen weniger zeigen.</translation>
    </message>
    <message>
        <source>&lt;small&gt;Success rate&lt;/small&gt;&lt;br&gt;&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;small&gt;Erfolgsquote&lt;/small&gt;&lt;br&gt;&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;small&gt;Avg. response&lt;/small&gt;&lt;br&gt;&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;small&gt;Mittl. Antwortzeit&lt;/small&gt;&lt;br&gt;&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No usage in this range: nothing was counted between %1 and %2.</source>
        <translation>Keine Nutzung in diesem Zeitraum: zwischen %1 und %2 wurde nichts gezählt.</translation>
    </message>
</context>
<context>
    <name>qw::AnonCommand</name>
    <message>
        <source>The local anonymous-session counter.</source>
        <translation>Der lokale Zähler der anonymen Sitzung.</translation>
    </message>
    <message>
        <source>Messages to count (default 1).</source>
        <translation>Zu zählende Nachrichten (Vorgabe 1).</translation>
    </message>
    <message>
        <source>Set the daily limit.</source>
        <translation>Das Tageslimit setzen.</translation>
    </message>
    <message>
        <source>Counter file (default: shared with the desktop app).</source>
        <translation>Zählerdatei (Vorgabe: die der Desktop-App).</translation>
    </message>
    <message>
        <source>status: print JSON.</source>
        <translation>status: JSON ausgeben.</translation>
    </message>
    <message>
        <source>reset: do not ask.</source>
        <translation>reset: nicht nachfragen.</translation>
    </message>
    <message>
        <source>anon needs one of record, status, reset</source>
        <translation>anon braucht record, status oder reset</translation>
    </message>
    <message>
        <source>--count must be a positive number</source>
        <translation>--count muss eine positive Zahl sein</translation>
    </message>
    <message>
        <source>--limit must be 0 to %1</source>
        <translation>--limit muss 0 bis %1 sein</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln message(s) today, %2 left; %3</source>
        <translation>
            <numerusform>heute %1 von %Ln Nachricht, noch %2; %3</numerusform>
            <numerusform>heute %1 von %Ln Nachrichten, noch %2; %3</numerusform>
        </translation>
    </message>
    <message>
        <source>the counter could not be updated</source>
        <translation>der Zähler konnte nicht aktualisiert werden</translation>
    </message>
    <message numerus="yes">
        <source>daily limit reached (%1 of %Ln); nothing counted. Sign in for a higher limit.</source>
        <translation>
            <numerusform>Tageslimit erreicht (%1 von %Ln); nichts gezählt. Melden Sie sich an, um ein höheres Limit zu erhalten.</numerusform>
            <numerusform>Tageslimit erreicht (%1 von %Ln); nichts gezählt. Melden Sie sich an, um ein höheres Limit zu erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reset today&apos;s anonymous count to zero? [y/N] </source>
        <translation>Den heutigen anonymen Zähler auf null setzen? [j/N] </translation>
    </message>
    <message>
        <source>y</source>
        <comment>the one-letter answer yes to [y/N]</comment>
        <translation>j</translation>
    </message>
    <message>
        <source>yes</source>
        <comment>the answer to [y/N]</comment>
        <translation>ja</translation>
    </message>
    <message>
        <source>not reset</source>
        <translation>nicht zurückgesetzt</translation>
    </message>
    <message>
        <source>--state needs a file name</source>
        <translation>--state braucht einen Dateinamen</translation>
    </message>
    <message numerus="yes">
        <source>%1 more would pass the daily limit (%2 of %Ln used, %3 left); nothing counted. Sign in for a higher limit.</source>
        <translation>
            <numerusform>%1 weitere würden das Tageslimit überschreiten (%2 von %Ln verbraucht, %3 übrig); nichts gezählt. Melden Sie sich an, um ein höheres Limit zu erhalten.</numerusform>
            <numerusform>%1 weitere würden das Tageslimit überschreiten (%2 von %Ln verbraucht, %3 übrig); nichts gezählt. Melden Sie sich an, um ein höheres Limit zu erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>the counter could not be read</source>
        <translation>der Zähler konnte nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>qw::AnonymousCounter</name>
    <message>
        <source>The anonymous counter file %1 was empty; today&apos;s count starts again from zero.</source>
        <translation>Die Datei des anonymen Zählers %1 war leer; die heutige Zählung beginnt wieder bei null.</translation>
    </message>
    <message>
        <source>The anonymous counter was damaged and has been set aside as %1; today&apos;s count starts again from zero.</source>
        <translation>Der anonyme Zähler war beschädigt und wurde als %1 beiseitegelegt; die heutige Zählung beginnt wieder bei null.</translation>
    </message>
    <message>
        <source>The anonymous counter %1 is in use by another program; try again when it has finished.</source>
        <translation>Der anonyme Zähler %1 wird von einem anderen Programm verwendet; versuchen Sie es erneut, wenn es fertig ist.</translation>
    </message>
    <message>
        <source>The anonymous counter %1 was made by a newer version of Quotawatch; update Quotawatch to use it.</source>
        <translation>Der anonyme Zähler %1 stammt von einer neueren Version von Quotawatch; aktualisieren Sie Quotawatch, um ihn zu verwenden.</translation>
    </message>
    <message>
        <source>The anonymous counter %1 cannot be opened: %2</source>
        <translation>Der anonyme Zähler %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The anonymous counter %1 is damaged and cannot be moved aside.</source>
        <translation>Der anonyme Zähler %1 ist beschädigt und kann nicht beiseitegelegt werden.</translation>
    </message>
    <message>
        <source>The anonymous counter was damaged and has been set aside as %1, but a new one could not be created.</source>
        <translation>Der anonyme Zähler war beschädigt und wurde als %1 beiseitegelegt, aber ein neuer konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The counter file says %1 messages were sent today, which cannot be right. Run “quotawatch-cli anon reset” to start today afresh.</source>
        <translation>Laut Zählerdatei wurden heute %1 Nachrichten gesendet, was nicht stimmen kann. Führen Sie „quotawatch-cli anon reset“ aus, um den Tag neu zu beginnen.</translation>
    </message>
</context>
<context>
    <name>qw::AnonymousView</name>
    <message>
        <source>+1 message</source>
        <translation>+1 Nachricht</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>&amp;Anmelden…</translation>
    </message>
    <message>
        <source>Without an account — Quotawatch</source>
        <translation>Ohne Konto — Quotawatch</translation>
    </message>
    <message>
        <source>&lt;b&gt;Messages today&lt;/b&gt; (counted on this computer)</source>
        <translation>&lt;b&gt;Nachrichten heute&lt;/b&gt; (auf diesem Computer gezählt)</translation>
    </message>
    <message>
        <source>Messages today</source>
        <translation>Nachrichten heute</translation>
    </message>
    <message>
        <source>Messages used</source>
        <translation>Verbrauchte Nachrichten</translation>
    </message>
    <message>
        <source>Messages left</source>
        <translation>Verbleibende Nachrichten</translation>
    </message>
    <message>
        <source>Count one message (Ctrl+Return)</source>
        <translation>Eine Nachricht zählen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Count one message</source>
        <translation>Eine Nachricht zählen</translation>
    </message>
    <message>
        <source>Sign in to a Quotawatch server for your account&apos;s own limits.</source>
        <translation>Melden Sie sich bei einem Quotawatch-Server an, um die Limits Ihres Kontos zu erhalten.</translation>
    </message>
    <message>
        <source>Limit reached</source>
        <translation>Limit erreicht</translation>
    </message>
    <message>
        <source>The counter cannot be read.</source>
        <translation>Der Zähler kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 of %2 messages</source>
        <translation>%1 von %2 Nachrichten</translation>
    </message>
    <message numerus="yes">
        <source>%n left</source>
        <translation>
            <numerusform>noch %n</numerusform>
            <numerusform>noch %n</numerusform>
        </translation>
    </message>
    <message>
        <source>limit reached</source>
        <translation>Limit erreicht</translation>
    </message>
    <message>
        <source>⚠ %1 of %2 messages used today. Sign in for a higher limit.</source>
        <translation>⚠ %1 von %2 Nachrichten heute verbraucht. Melden Sie sich für ein höheres Limit an.</translation>
    </message>
    <message>
        <source>Today&apos;s %1 messages are used up. Sign in to go on.</source>
        <translation>Die %1 Nachrichten für heute sind verbraucht. Melden Sie sich an, um fortzufahren.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>E&amp;instellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Quotawatch</source>
        <translation>&amp;Über Quotawatch</translation>
    </message>
</context>
<context>
    <name>qw::ApiError</name>
    <message>
        <source>The server does not speak HTTPS at this address; try http:// instead.</source>
        <translation>Der Server spricht unter dieser Adresse kein HTTPS; versuchen Sie stattdessen http://.</translation>
    </message>
    <message>
        <source>The server cannot be reached.</source>
        <translation>Der Server ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The server sent an answer Quotawatch does not understand.</source>
        <translation>Der Server hat eine Antwort gesendet, die Quotawatch nicht versteht.</translation>
    </message>
    <message>
        <source>The server sent an answer that is too large.</source>
        <translation>Der Server hat eine zu große Antwort gesendet.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Wrong e-mail or password.</source>
        <translation>Falsche E-Mail-Adresse oder falsches Passwort.</translation>
    </message>
    <message>
        <source>The server did not accept the sign-in.</source>
        <translation>Der Server hat die Anmeldung nicht angenommen.</translation>
    </message>
    <message>
        <source>This account may not see that tenant.</source>
        <translation>Dieses Konto darf diesen Mandanten nicht sehen.</translation>
    </message>
    <message>
        <source>The server asked to wait before asking again.</source>
        <translation>Der Server bittet, vor der nächsten Anfrage zu warten.</translation>
    </message>
    <message>
        <source>The server has a problem (HTTP %1).</source>
        <translation>Der Server hat ein Problem (HTTP %1).</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation>Der Server hat die Anfrage abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was refused: %1</source>
        <translation>Das Zertifikat des Servers wurde abgelehnt: %1</translation>
    </message>
    <message>
        <source>The server asked to wait until %1 before asking again.</source>
        <translation>Der Server bittet, bis %1 mit der nächsten Anfrage zu warten.</translation>
    </message>
</context>
<context>
    <name>qw::AppController</name>
    <message>
        <source>Updating…</source>
        <translation>Wird aktualisiert…</translation>
    </message>
    <message>
        <source>The scheduled export of %1 could not be written to %2.</source>
        <translation>Der geplante Export vom %1 konnte nicht nach %2 geschrieben werden.</translation>
    </message>
    <message>
        <source>The scheduled export of %1 failed: %2</source>
        <translation>Der geplante Export vom %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Starting the demo server…</source>
        <translation>Demo-Server wird gestartet…</translation>
    </message>
    <message>
        <source>Hand over anonymous messages</source>
        <translation>Anonyme Nachrichten übernehmen</translation>
    </message>
    <message numerus="yes">
        <source>You sent %n message(s) today without an account. Count them on your account too?</source>
        <translation>
            <numerusform>Sie haben heute %n Nachricht ohne Konto gesendet. Soll sie auch auf Ihrem Konto gezählt werden?</numerusform>
            <numerusform>Sie haben heute %n Nachrichten ohne Konto gesendet. Sollen sie auch auf Ihrem Konto gezählt werden?</numerusform>
        </translation>
    </message>
    <message>
        <source>The anonymous messages could not be handed over: %1</source>
        <translation>Die anonymen Nachrichten konnten nicht übernommen werden: %1</translation>
    </message>
    <message>
        <source>Signed in to %1</source>
        <translation>Angemeldet bei %1</translation>
    </message>
    <message>
        <source>No system tray is available, so alerts are shown in the Alerts tab and closing the window quits.</source>
        <translation>Es ist kein Infobereich verfügbar: Alarme erscheinen im Reiter „Alarme“, und das Schließen des Fensters beendet das Programm.</translation>
    </message>
    <message>
        <source>&amp;Tenants</source>
        <translation>&amp;Mandanten</translation>
    </message>
    <message>
        <source>A&amp;udit</source>
        <translation>Pr&amp;otokoll</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Export abgeschlossen</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A quota&apos;s title in the thresholds dialog: the watched source&apos;s name, then the quota&apos;s.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Your sign-in could not be saved in the system keychain, so it is kept in memory only: you will be asked to sign in again next time.</source>
        <translation>Ihre Anmeldung konnte nicht im Schlüsselbund des Systems gespeichert werden und wird nur im Arbeitsspeicher gehalten: Beim nächsten Mal werden Sie erneut nach der Anmeldung gefragt.</translation>
    </message>
    <message>
        <source>The demo server is not running.</source>
        <translation>Der Demo-Server läuft nicht.</translation>
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
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>qw::AuditView</name>
    <message>
        <source>Filter by tenant</source>
        <translation>Nach Mandant filtern</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>Filter by actor</source>
        <translation>Nach Person filtern</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Filter by action</source>
        <translation>Nach Aktion filtern</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>Jede Aktion</translation>
    </message>
    <message>
        <source>Resets</source>
        <translation>Zurücksetzungen</translation>
    </message>
    <message>
        <source>Reads</source>
        <translation>Lesezugriffe</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>Filter:</source>
        <translation>Filter:</translation>
    </message>
    <message>
        <source>The audit log could not be loaded: %1</source>
        <translation>Das Prüfprotokoll konnte nicht geladen werden: %1</translation>
    </message>
</context>
<context>
    <name>qw::AutostartEntry</name>
    <message>
        <source>The autostart entry %1 cannot be removed.</source>
        <translation>Der Autostart-Eintrag %1 kann nicht entfernt werden.</translation>
    </message>
    <message>
        <source>The autostart entry %1 cannot be written: %2</source>
        <translation>Der Autostart-Eintrag %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>qw::BreakdownChart</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
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
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, %2 to %3: no data.</source>
        <translation>%1, %2 bis %3: keine Daten.</translation>
    </message>
    <message>
        <source>%1: no data.</source>
        <translation>%1: keine Daten.</translation>
    </message>
    <message>
        <source>%1, %2 to %3: %4.</source>
        <translation>%1, %2 bis %3: %4.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
</context>
<context>
    <name>qw::BreakdownTableModel</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1&#xa0;ms</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Avg. response</source>
        <translation>Mittl. Antwortzeit</translation>
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
        <translation>%1&#xa0;Tsd.</translation>
    </message>
    <message>
        <source>%1 M</source>
        <comment>millions on a chart axis</comment>
        <translation>%1&#xa0;Mio.</translation>
    </message>
    <message>
        <source>%1 G</source>
        <comment>billions on a chart axis</comment>
        <translation>%1&#xa0;Mrd.</translation>
    </message>
</context>
<context>
    <name>qw::CliApp</name>
    <message>
        <source>Usage: quotawatch-cli &lt;command&gt; [options]</source>
        <translation>Aufruf: quotawatch-cli &lt;Befehl&gt; [Optionen]</translation>
    </message>
    <message>
        <source>Watch usage quotas from a terminal or a script.</source>
        <translation>Nutzungskontingente im Terminal oder in einem Skript beobachten.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Sign in and print the quotas:</source>
        <translation>Anmelden und die Kontingente ausgeben:</translation>
    </message>
    <message>
        <source>Poll and print one line per alert fired, resolved or predicted (one JSON
object per line with --json) until interrupted:</source>
        <translation>Regelmäßig abfragen und je ausgelöstem, behobenem oder vorhergesagtem Alarm
eine Zeile ausgeben (mit --json ein JSON-Objekt je Zeile), bis zum Abbruch:</translation>
    </message>
    <message>
        <source>Watch another usage API through a source profile (docs/profiles.md); its
credentials from standard input as the profile&apos;s sign-in wants them:</source>
        <translation>Eine andere Nutzungs-API über ein Quellprofil beobachten (docs/profiles.md);
die Zugangsdaten von der Standardeingabe, wie die Anmeldung des Profils sie will:</translation>
    </message>
    <message>
        <source>--json prints the contract&apos;s status shape whatever the source.</source>
        <translation>--json gibt den Status in der Form des Vertrags aus, gleich welche Quelle.</translation>
    </message>
    <message>
        <source>List the built-in profiles and those in the user&apos;s profile folder</source>
        <translation>Die eingebauten Profile und die im Profilordner des Benutzers auflisten</translation>
    </message>
    <message>
        <source>Support staff: list every tenant, worst first (all pages are fetched):</source>
        <translation>Support: alle Mandanten auflisten, kritischste zuerst (holt alle Seiten):</translation>
    </message>
    <message>
        <source>--json prints one object %1 in the API&apos;s item shape</source>
        <translation>--json gibt ein Objekt %1 in der Eintragsform der API aus</translation>
    </message>
    <message>
        <source>Admins: reset a tenant&apos;s counters (recorded in the audit log):</source>
        <translation>Admins: die Zähler eines Mandanten zurücksetzen (im Prüfprotokoll vermerkt):</translation>
    </message>
    <message>
        <source>Export usage data as CSV (RFC 4180), JSON or NDJSON (docs/export.md):</source>
        <translation>Nutzungsdaten als CSV (RFC 4180), JSON oder NDJSON exportieren (docs/export.md):</translation>
    </message>
    <message>
        <source>the file appears only when complete; exit 1 when the export stopped</source>
        <translation>die Datei erscheint erst vollständig; Exit-Code 1, wenn der Export abbrach</translation>
    </message>
    <message>
        <source>The local anonymous-session counter (no server):</source>
        <translation>Der lokale Zähler der anonymen Sitzung (ohne Server):</translation>
    </message>
    <message>
        <source>count messages; exit 5 when the daily limit is reached</source>
        <translation>Nachrichten zählen; Exit-Code 5 bei erreichtem Tageslimit</translation>
    </message>
    <message>
        <source>today&apos;s count, limit and reset time</source>
        <translation>heutiger Stand, Limit und Zeitpunkt der Zurücksetzung</translation>
    </message>
    <message>
        <source>set today&apos;s count to zero (asks unless --yes)</source>
        <translation>heutigen Stand auf null setzen (fragt, außer mit --yes)</translation>
    </message>
    <message>
        <source>each takes [--state FILE] and [--limit N] (sets the daily limit, default 50)</source>
        <translation>jeweils mit [--state FILE] und [--limit N] (setzt das Tageslimit, Vorgabe 50)</translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation>Exit-Codes:</translation>
    </message>
    <message>
        <source>success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>the server answered something unusable, or failed (5xx)</source>
        <translation>der Server gab eine unbrauchbare Antwort oder scheiterte (5xx)</translation>
    </message>
    <message>
        <source>bad command line, or a profile that does not load</source>
        <translation>fehlerhafte Befehlszeile oder ein Profil, das sich nicht laden lässt</translation>
    </message>
    <message>
        <source>sign-in refused (wrong e-mail or password, or no access to the tenant), or the
server refused the command for this account&apos;s role (403)</source>
        <translation>Anmeldung abgelehnt (falsche E-Mail-Adresse oder falsches Passwort, oder kein
Zugriff auf den Mandanten), oder der Server lehnte den Befehl für die Rolle
dieses Kontos ab (403)</translation>
    </message>
    <message>
        <source>the server could not be reached or did not answer in time</source>
        <translation>der Server war nicht erreichbar oder antwortete nicht rechtzeitig</translation>
    </message>
    <message>
        <source>anon record: the daily limit is reached; nothing was counted</source>
        <translation>anon record: das Tageslimit ist erreicht; nichts wurde gezählt</translation>
    </message>
    <message>
        <source>missing command</source>
        <translation>Befehl fehlt</translation>
    </message>
    <message>
        <source>Run &apos;quotawatch-cli --help&apos; for usage.</source>
        <translation>Aufruf: siehe „quotawatch-cli --help“.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>--email E --password-stdin, --api-key-stdin or --token-stdin.</source>
        <translation>--email E --password-stdin, --api-key-stdin oder --token-stdin.</translation>
    </message>
</context>
<context>
    <name>qw::CliCommand</name>
    <message>
        <source>Run &apos;quotawatch-cli --help&apos; for usage.</source>
        <translation>Aufruf: siehe „quotawatch-cli --help“.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
</context>
<context>
    <name>qw::DemoLauncher</name>
    <message>
        <source>The demo server did not start in time.</source>
        <translation>Der Demo-Server ist nicht rechtzeitig gestartet.</translation>
    </message>
    <message>
        <source>The demo needs quotawatch-server, which was not found.</source>
        <translation>Die Demo braucht quotawatch-server, das nicht gefunden wurde.</translation>
    </message>
    <message>
        <source>The demo server could not be started: %1</source>
        <translation>Der Demo-Server konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>The demo server was stopped: it was killed or crashed.</source>
        <translation>Der Demo-Server wurde beendet: Er wurde abgebrochen oder ist abgestürzt.</translation>
    </message>
    <message>
        <source>The demo server was stopped: it shut down.</source>
        <translation>Der Demo-Server wurde beendet: Er hat sich heruntergefahren.</translation>
    </message>
    <message>
        <source>The demo server exited with code %1.</source>
        <translation>Der Demo-Server wurde mit dem Code %1 beendet.</translation>
    </message>
    <message>
        <source>%1 The end of its log: %2</source>
        <translation>%1 Das Ende seines Protokolls: %2</translation>
    </message>
</context>
<context>
    <name>qw::ExportCommand</name>
    <message>
        <source>Export usage data as CSV, JSON or NDJSON (docs/export.md).
WHAT is records, analytics, history (this machine&apos;s quota history) or tenants (support staff).</source>
        <translation>Nutzungsdaten als CSV, JSON oder NDJSON exportieren (docs/export.md).
WHAT ist records, analytics, history (der Kontingentverlauf dieses Rechners) oder tenants (Support).</translation>
    </message>
    <message>
        <source>Start of the range, an RFC 3339 instant or a date (UTC); default: 7 days before --to.</source>
        <translation>Beginn des Zeitraums, ein RFC-3339-Zeitpunkt oder ein Datum (UTC); Vorgabe: 7 Tage vor --to.</translation>
    </message>
    <message>
        <source>End of the range (exclusive); default: now.</source>
        <translation>Ende des Zeitraums (ausschließlich); Vorgabe: jetzt.</translation>
    </message>
    <message>
        <source>analytics: hour (default) or day.</source>
        <translation>analytics: hour (Vorgabe) oder day.</translation>
    </message>
    <message>
        <source>analytics: provider, model, endpoint, statusCode or user.</source>
        <translation>analytics: provider, model, endpoint, statusCode oder user.</translation>
    </message>
    <message>
        <source>csv (default), json or ndjson.</source>
        <translation>csv (Vorgabe), json oder ndjson.</translation>
    </message>
    <message>
        <source>The file to write (replaced only when the export is complete), or - for standard output (the default).</source>
        <translation>Die zu schreibende Datei (erst ersetzt, wenn der Export vollständig ist), oder - für die Standardausgabe (Vorgabe).</translation>
    </message>
    <message>
        <source>CSV: start with a UTF-8 byte order mark (Excel).</source>
        <translation>CSV: mit einer UTF-8-Bytereihenfolge-Markierung beginnen (Excel).</translation>
    </message>
    <message>
        <source>Add a local-time column after each UTC time column.</source>
        <translation>Nach jeder UTC-Zeitspalte eine Spalte in Ortszeit einfügen.</translation>
    </message>
    <message>
        <source>history: read this history file; no sign-in needed. Default: the desktop app&apos;s history of the signed-in tenant.</source>
        <translation>history: diese Verlaufsdatei lesen; keine Anmeldung nötig. Vorgabe: der Verlauf der Desktop-App für den angemeldeten Mandanten.</translation>
    </message>
    <message>
        <source>say what to export: records, analytics, history or tenants</source>
        <translation>geben Sie an, was exportiert wird: records, analytics, history oder tenants</translation>
    </message>
    <message>
        <source>WHAT must be records, analytics, history or tenants</source>
        <translation>WHAT muss records, analytics, history oder tenants sein</translation>
    </message>
    <message>
        <source>--format must be csv, json or ndjson</source>
        <translation>--format muss csv, json oder ndjson sein</translation>
    </message>
    <message>
        <source>--to must be an RFC 3339 instant or a date (YYYY-MM-DD)</source>
        <translation>--to muss ein RFC-3339-Zeitpunkt oder ein Datum (JJJJ-MM-TT) sein</translation>
    </message>
    <message>
        <source>--from must be an RFC 3339 instant or a date (YYYY-MM-DD)</source>
        <translation>--from muss ein RFC-3339-Zeitpunkt oder ein Datum (JJJJ-MM-TT) sein</translation>
    </message>
    <message>
        <source>--from must be before --to</source>
        <translation>--from muss vor --to liegen</translation>
    </message>
    <message>
        <source>--granularity must be hour or day</source>
        <translation>--granularity muss hour oder day sein</translation>
    </message>
    <message>
        <source>--group-by must be provider, model, endpoint, statusCode or user</source>
        <translation>--group-by muss provider, model, endpoint, statusCode oder user sein</translation>
    </message>
    <message>
        <source>--out must name a file, or - for standard output</source>
        <translation>--out muss eine Datei nennen, oder - für die Standardausgabe</translation>
    </message>
    <message>
        <source>sign-in failed: %1</source>
        <translation>Anmeldung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>no local history at %1</source>
        <translation>kein lokaler Verlauf unter %1</translation>
    </message>
    <message>
        <source>cannot read the history %1: %2</source>
        <translation>der Verlauf %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 of about %2 rows</source>
        <translation>%1 von etwa %2 Zeilen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln Zeile</numerusform>
            <numerusform>%Ln Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>wrote %Ln row(s) to %1</source>
        <translation>
            <numerusform>%Ln Zeile nach %1 geschrieben</numerusform>
            <numerusform>%Ln Zeilen nach %1 geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>--out %1 is the history file being exported: it would be replaced. Choose another file.</source>
        <translation>--out %1 ist die Verlaufsdatei, die exportiert wird: Sie würde ersetzt. Wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>nothing is reading from %1, so the export has nowhere to go</source>
        <translation>niemand liest aus %1, der Export kann also nirgendwohin</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>qw::ExportDialog</name>
    <message>
        <source>UTF-8 &amp;BOM for Excel</source>
        <translation>UTF-8-BO&amp;M für Excel</translation>
    </message>
    <message>
        <source>Add a &amp;local-time column</source>
        <translation>Spalte mit &amp;Lokalzeit hinzufügen</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>&amp;Cancel export</source>
        <translation>Export abbre&amp;chen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Export %1&apos;s data</source>
        <translation>Daten von %1 exportieren</translation>
    </message>
    <message>
        <source>Usage records</source>
        <translation>Nutzungsdatensätze</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>Auswertung</translation>
    </message>
    <message>
        <source>Quota history (local)</source>
        <translation>Kontingentverlauf (lokal)</translation>
    </message>
    <message>
        <source>Tenant list</source>
        <translation>Mandantenliste</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>Was exportiert wird</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>The end of the range (not included).</source>
        <translation>Das Ende des Zeitraums (nicht enthalten).</translation>
    </message>
    <message>
        <source>Hourly</source>
        <translation>Stündlich</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <source>Granularity</source>
        <translation>Auflösung</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Status code</source>
        <translation>Statuscode</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>Gruppieren nach</translation>
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
        <translation>NDJSON (ein Objekt pro Zeile)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>UTF-8 BOM for Excel</source>
        <translation>UTF-8-BOM für Excel</translation>
    </message>
    <message>
        <source>Starts the file with a byte order mark so that Excel reads it as UTF-8.</source>
        <translation>Beginnt die Datei mit einer Bytereihenfolge-Markierung, damit Excel sie als UTF-8 liest.</translation>
    </message>
    <message>
        <source>Add a local-time column</source>
        <translation>Spalte mit Lokalzeit hinzufügen</translation>
    </message>
    <message>
        <source>Adds this computer&apos;s local time after each UTC time column.</source>
        <translation>Fügt nach jeder UTC-Zeitspalte die Ortszeit dieses Computers hinzu.</translation>
    </message>
    <message>
        <source>Destination file</source>
        <translation>Zieldatei</translation>
    </message>
    <message>
        <source>Choose the destination file</source>
        <translation>Zieldatei auswählen</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Exportfortschritt</translation>
    </message>
    <message>
        <source>Rows written</source>
        <translation>Geschriebene Zeilen</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Exportergebnis</translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation>Den Export abbrechen</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;bis</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Was:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;Granularity:</source>
        <translation>&amp;Auflösung:</translation>
    </message>
    <message>
        <source>Gro&amp;up by:</source>
        <translation>Gr&amp;uppieren nach:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat:</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;Speichern unter:</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>NDJSON files (*.ndjson)</source>
        <translation>NDJSON-Dateien (*.ndjson)</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>Choose the file to export to.</source>
        <translation>Die Datei wählen, in die exportiert wird.</translation>
    </message>
    <message>
        <source>The range must end after it starts.</source>
        <translation>Der Zeitraum muss nach seinem Beginn enden.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of about %Ln row(s)</source>
        <translation>
            <numerusform>%1 von etwa %Ln Zeile</numerusform>
            <numerusform>%1 von etwa %Ln Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) so far</source>
        <translation>
            <numerusform>Bisher %Ln Zeile</numerusform>
            <numerusform>Bisher %Ln Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln Zeile</numerusform>
            <numerusform>%Ln Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row(s) to %1.</source>
        <translation>
            <numerusform>%Ln Zeile nach %1 exportiert.</numerusform>
            <numerusform>%Ln Zeilen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Stop the export?</source>
        <translation>Export anhalten?</translation>
    </message>
    <message>
        <source>The export is still running. Stop it? The file will not be written.</source>
        <translation>Der Export läuft noch. Anhalten? Die Datei wird dann nicht geschrieben.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1. Choose another folder with Browse…, or one you may write to.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden. Wählen Sie mit „Durchsuchen…“ einen anderen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>%1 Choose another file with Browse…, or check that you may write to its folder.</source>
        <translation>%1 Wählen Sie mit „Durchsuchen…“ eine andere Datei, oder prüfen Sie, ob Sie in ihren Ordner schreiben dürfen.</translation>
    </message>
</context>
<context>
    <name>qw::ExportJob</name>
    <message>
        <source>An export is already running.</source>
        <translation>Es läuft bereits ein Export.</translation>
    </message>
    <message>
        <source>The export needs a range whose start is before its end.</source>
        <translation>Der Export braucht einen Zeitraum, dessen Beginn vor seinem Ende liegt.</translation>
    </message>
    <message>
        <source>Analytics are exported by hour or by day, grouped by provider, model, endpoint, status code or user.</source>
        <translation>Auswertungen werden stündlich oder täglich exportiert, gruppiert nach Anbieter, Modell, Endpunkt, Statuscode oder Benutzer.</translation>
    </message>
    <message>
        <source>There is no local history of this tenant to export.</source>
        <translation>Es gibt keinen lokalen Verlauf dieses Mandanten zum Exportieren.</translation>
    </message>
    <message>
        <source>Cannot write the export: %1</source>
        <translation>Der Export kann nicht geschrieben werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>the server asks to wait more than %n minute(s)</source>
        <translation>
            <numerusform>der Server bittet, mehr als %n Minute zu warten</numerusform>
            <numerusform>der Server bittet, mehr als %n Minuten zu warten</numerusform>
        </translation>
    </message>
    <message>
        <source>the server&apos;s paging does not end (the same cursor again, or too many pages)</source>
        <translation>die Seitenabfrage des Servers endet nicht (derselbe Cursor erneut oder zu viele Seiten)</translation>
    </message>
    <message>
        <source>the server&apos;s answer is not a page of usage records (%1)</source>
        <translation>die Antwort des Servers ist keine Seite mit Nutzungsdatensätzen (%1)</translation>
    </message>
    <message>
        <source>the server&apos;s answer is not an analytics report (%1)</source>
        <translation>die Antwort des Servers ist kein Auswertungsbericht (%1)</translation>
    </message>
    <message>
        <source>the server&apos;s answer is not a page of tenants (%1)</source>
        <translation>die Antwort des Servers ist keine Seite mit Mandanten (%1)</translation>
    </message>
    <message>
        <source>the local history could not be read</source>
        <translation>der lokale Verlauf konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>The export stopped before anything was written: %1.</source>
        <translation>Der Export wurde angehalten, bevor etwas geschrieben wurde: %1.</translation>
    </message>
    <message numerus="yes">
        <source>The export stopped after %n row(s), up to %1: %2.</source>
        <translation>
            <numerusform>Der Export wurde nach %n Zeile angehalten, bis %1: %2.</numerusform>
            <numerusform>Der Export wurde nach %n Zeilen angehalten, bis %1: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The export stopped after %n row(s): %1.</source>
        <translation>
            <numerusform>Der Export wurde nach %n Zeile angehalten: %1.</numerusform>
            <numerusform>Der Export wurde nach %n Zeilen angehalten: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 was not written; what was there before is unchanged.</source>
        <translation>%1 %2 wurde nicht geschrieben; der vorherige Inhalt bleibt unverändert.</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The export was cancelled; %1 was not written.</source>
        <translation>Der Export wurde abgebrochen; %1 wurde nicht geschrieben.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>%1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>%1 is the history being exported: the export would replace it. Choose another file.</source>
        <translation>%1 ist der Verlauf, der exportiert wird: Der Export würde ihn ersetzen. Wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (it is a device, a pipe or a socket): an export replaces only a regular file.</source>
        <translation>%1 ist keine normale Datei (sondern ein Gerät, eine Pipe oder ein Socket): Ein Export ersetzt nur eine normale Datei.</translation>
    </message>
</context>
<context>
    <name>qw::ExportSchedule</name>
    <message>
        <source>Cannot create the export folder %1.</source>
        <translation>Der Exportordner %1 kann nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>qw::ExportWriter</name>
    <message>
        <source>Could not write the export: %1</source>
        <translation>Der Export konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>The export was already started.</source>
        <translation>Der Export wurde bereits gestartet.</translation>
    </message>
    <message>
        <source>The export destination is not open for writing.</source>
        <translation>Das Exportziel ist nicht zum Schreiben geöffnet.</translation>
    </message>
    <message>
        <source>The export was finished without being started.</source>
        <translation>Der Export wurde beendet, ohne gestartet worden zu sein.</translation>
    </message>
    <message>
        <source>The export was already finished.</source>
        <translation>Der Export wurde bereits beendet.</translation>
    </message>
    <message>
        <source>Rows were written to an export that is not in progress.</source>
        <translation>Es wurden Zeilen in einen Export geschrieben, der nicht läuft.</translation>
    </message>
    <message>
        <source>Rows of %1 were written to an export of %2.</source>
        <translation>Zeilen von %1 wurden in einen Export von %2 geschrieben.</translation>
    </message>
</context>
<context>
    <name>qw::FreedesktopNotifier</name>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
</context>
<context>
    <name>qw::HistoryStore</name>
    <message>
        <source>The local history was damaged and has been set aside as %1; a new one was started.</source>
        <translation>Der lokale Verlauf war beschädigt und wurde als %1 beiseitegelegt; ein neuer wurde begonnen.</translation>
    </message>
    <message>
        <source>The local history %1 is in use by another program; it is not shown.</source>
        <translation>Der lokale Verlauf %1 wird von einem anderen Programm verwendet; er wird nicht angezeigt.</translation>
    </message>
    <message>
        <source>The local history %1 was made by a newer version of Quotawatch; it is left as it is and not shown.</source>
        <translation>Der lokale Verlauf %1 stammt von einer neueren Version von Quotawatch; er bleibt unverändert und wird nicht angezeigt.</translation>
    </message>
    <message>
        <source>The local history %1 cannot be opened: %2</source>
        <translation>Der lokale Verlauf %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The local history %1 is damaged and cannot be moved aside.</source>
        <translation>Der lokale Verlauf %1 ist beschädigt und kann nicht beiseitegelegt werden.</translation>
    </message>
    <message>
        <source>The local history was damaged and has been set aside as %1, but a new one could not be created.</source>
        <translation>Der lokale Verlauf war beschädigt und wurde als %1 beiseitegelegt, aber ein neuer konnte nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>qw::JsonPath</name>
    <message>
        <source>a path starts with $ (the answer) or @ (the current item)</source>
        <translation>ein Pfad beginnt mit $ (die Antwort) oder @ (der aktuelle Eintrag)</translation>
    </message>
    <message>
        <source>an empty name after &apos;.&apos; at %1</source>
        <translation>ein leerer Name nach &apos;.&apos; an Position %1</translation>
    </message>
    <message>
        <source>an unclosed &apos;[&apos; at %1</source>
        <translation>ein nicht geschlossenes &apos;[&apos; an Position %1</translation>
    </message>
    <message>
        <source>&apos;[%1]&apos; is neither an index, * nor a quoted name</source>
        <translation>&apos;[%1]&apos; ist weder ein Index noch * noch ein Name in Anführungszeichen</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos; at %2</source>
        <translation>unerwartetes &apos;%1&apos; an Position %2</translation>
    </message>
    <message>
        <source>a path may visit one level of items, not two</source>
        <translation>ein Pfad darf nur eine Ebene von Einträgen durchlaufen, nicht zwei</translation>
    </message>
</context>
<context>
    <name>qw::KeychainCredentialStore</name>
    <message>
        <source>No system keychain: you will be asked to sign in next time.</source>
        <translation>Kein System-Schlüsselbund: Sie werden beim nächsten Mal erneut nach der Anmeldung gefragt.</translation>
    </message>
    <message>
        <source>No system keychain could be reached: you will be asked to sign in next time.</source>
        <translation>Kein System-Schlüsselbund erreichbar: Sie werden beim nächsten Mal erneut nach der Anmeldung gefragt.</translation>
    </message>
    <message>
        <source>The system keychain did not keep the sign-in (%1): you will be asked to sign in next time.</source>
        <translation>Der System-Schlüsselbund hat die Anmeldung nicht gespeichert (%1): Sie werden beim nächsten Mal erneut nach der Anmeldung gefragt.</translation>
    </message>
    <message>
        <source>The system keychain is locked or refused access: you will be asked to sign in next time.</source>
        <translation>Der System-Schlüsselbund ist gesperrt oder hat den Zugriff verweigert: Sie werden beim nächsten Mal nach der Anmeldung gefragt.</translation>
    </message>
    <message>
        <source>The system keychain is locked, so the sign-in was not saved: you will be asked to sign in next time.</source>
        <translation>Der System-Schlüsselbund ist gesperrt, daher wurde die Anmeldung nicht gespeichert: Sie werden beim nächsten Mal nach der Anmeldung gefragt.</translation>
    </message>
    <message numerus="yes">
        <source>The system keychain did not answer within %n second(s) (is it stuck, or waiting for a password?): you will be asked to sign in next time.</source>
        <translation>
            <numerusform>Der System-Schlüsselbund hat nicht innerhalb von %n Sekunde geantwortet (hängt er, oder wartet er auf ein Passwort?): Sie werden beim nächsten Mal nach der Anmeldung gefragt.</numerusform>
            <numerusform>Der System-Schlüsselbund hat nicht innerhalb von %n Sekunden geantwortet (hängt er, oder wartet er auf ein Passwort?): Sie werden beim nächsten Mal nach der Anmeldung gefragt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The system keychain is locked, so the saved sign-in could not be read: please sign in, or unlock the keychain and start Quotawatch again.</source>
        <translation>Der System-Schlüsselbund ist gesperrt, daher konnte die gespeicherte Anmeldung nicht gelesen werden: Bitte melden Sie sich an, oder entsperren Sie den Schlüsselbund und starten Sie Quotawatch erneut.</translation>
    </message>
</context>
<context>
    <name>qw::LoginDialog</name>
    <message>
        <source>&amp;Remember me on this computer</source>
        <translation>Auf diesem Computer angemeldet blei&amp;ben</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>&amp;Demo ausprobieren</translation>
    </message>
    <message>
        <source>Use &amp;without an account</source>
        <translation>&amp;Ohne Konto verwenden</translation>
    </message>
    <message>
        <source>Sign in to Quotawatch</source>
        <translation>Bei Quotawatch anmelden</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>Server-URL</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>sie@example.com</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Keeps the sign-in in the system keychain, never in a settings file.</source>
        <translation>Speichert die Anmeldung im System-Schlüsselbund, niemals in einer Einstellungsdatei.</translation>
    </message>
    <message>
        <source>Sign-in message</source>
        <translation>Anmeldemeldung</translation>
    </message>
    <message>
        <source>Starts a local demo server with sample traffic; no account needed.</source>
        <translation>Startet einen lokalen Demo-Server mit Beispielverkehr; kein Konto nötig.</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>Ser&amp;ver:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Count today&apos;s messages on this computer, with no server.</source>
        <translation>Die heutigen Nachrichten auf diesem Computer zählen, ohne Server.</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
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
        <translation>Mandant</translation>
    </message>
    <message>
        <source>Overall status</source>
        <translation>Gesamtstatus</translation>
    </message>
    <message>
        <source>Stale data warning</source>
        <translation>Warnung: veraltete Daten</translation>
    </message>
    <message>
        <source>Demo server stopped</source>
        <translation>Demo-Server beendet</translation>
    </message>
    <message>
        <source>Re&amp;start the demo</source>
        <translation>Demo neu &amp;starten</translation>
    </message>
    <message>
        <source>Restart the demo server</source>
        <translation>Den Demo-Server neu starten</translation>
    </message>
    <message>
        <source>&amp;Quotas</source>
        <translation>&amp;Kontingente</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Letzte Aktualisierung</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Refresh now</source>
        <translation>Jetzt &amp;aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Export usage records, analytics or history to a file</source>
        <translation>Nutzungsdatensätze, Auswertungen oder Verlauf in eine Datei exportieren</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>E&amp;instellungen…</translation>
    </message>
    <message>
        <source>&amp;Close tenant tab</source>
        <translation>Mandanten-Reiter s&amp;chließen</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Quotawatch</source>
        <translation>&amp;Über Quotawatch</translation>
    </message>
    <message>
        <source>About Quotawatch</source>
        <translation>Über Quotawatch</translation>
    </message>
    <message>
        <source>&lt;b&gt;Quotawatch %1&lt;/b&gt;&lt;p&gt;Watch usage quotas before they run out.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Quotawatch %1&lt;/b&gt;&lt;p&gt;Nutzungskontingente im Blick behalten, bevor sie aufgebraucht sind.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Analytics</source>
        <translation>A&amp;uswertung</translation>
    </message>
    <message>
        <source>A&amp;lerts</source>
        <translation>A&amp;larme</translation>
    </message>
    <message>
        <source>Inspected tenant: %1</source>
        <translation>Betrachteter Mandant: %1</translation>
    </message>
    <message>
        <source>Waiting for data…</source>
        <translation>Warten auf Daten…</translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation>Noch keine Daten</translation>
    </message>
    <message>
        <source>%1 · %2 tier</source>
        <translation>%1 · Tarif %2</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Not updating: %1</source>
        <translation>Keine Aktualisierung: %1</translation>
    </message>
    <message>
        <source>Updates stopped: %1 Press F5 to try again.</source>
        <translation>Aktualisierung angehalten: %1 Drücken Sie F5, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>The server asked to wait until %1</source>
        <translation>Der Server bittet, bis %1 zu warten</translation>
    </message>
    <message>
        <source>⚠ %1 Its data is gone with it; a restart starts a new demo.</source>
        <translation>⚠ %1 Seine Daten sind damit verloren; ein Neustart beginnt eine neue Demo.</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Aktualisiert: %1</translation>
    </message>
    <message>
        <source>⚠ Showing data from %1 (%2). %3</source>
        <translation>⚠ Daten von %1 (%2). %3</translation>
    </message>
    <message>
        <source>%1, stale</source>
        <translation>%1, veraltet</translation>
    </message>
    <message>
        <source>%1 — %2 — Quotawatch</source>
        <translation>%1 — %2 — Quotawatch</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Stand: %1</translation>
    </message>
    <message>
        <source>As of %1: the last status saved on this computer, shown until the server answers.</source>
        <translation>Stand: %1 – der letzte auf diesem Computer gespeicherte Status, angezeigt, bis der Server antwortet.</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>Nicht verbunden: %1</translation>
    </message>
</context>
<context>
    <name>qw::NoticeArea</name>
    <message>
        <source>More notices</source>
        <translation>Weitere Hinweise</translation>
    </message>
    <message>
        <source>ℹ %1</source>
        <translation>ℹ %1</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Notice details</source>
        <translation>Details zum Hinweis</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Show the details of this notice</source>
        <translation>Details zu diesem Hinweis anzeigen</translation>
    </message>
    <message>
        <source>Dismiss notice</source>
        <translation>Hinweis schließen</translation>
    </message>
    <message>
        <source>Dismiss this notice</source>
        <translation>Diesen Hinweis schließen</translation>
    </message>
    <message numerus="yes">
        <source>%n more notice(s): dismiss one to see the next.</source>
        <translation>
            <numerusform>%n weiterer Hinweis: Schließen Sie einen, um den nächsten zu sehen.</numerusform>
            <numerusform>%n weitere Hinweise: Schließen Sie einen, um den nächsten zu sehen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qw::PreferencesDialog</name>
    <message>
        <source>&amp;Quiet hours from</source>
        <translation>&amp;Ruhezeit von</translation>
    </message>
    <message>
        <source>Play a &amp;sound with alerts</source>
        <translation>Bei Alarmen einen &amp;Ton abspielen</translation>
    </message>
    <message>
        <source>Keep running in the &amp;tray when the window is closed</source>
        <translation>Beim Schließen des Fensters im &amp;Infobereich weiterlaufen</translation>
    </message>
    <message>
        <source>Start Quotawatch when I &amp;log in</source>
        <translation>Quotawatch beim A&amp;nmelden starten</translation>
    </message>
    <message>
        <source>Every &amp;day, export the previous day&apos;s records</source>
        <translation>Täglich die Datensätze des Vortags e&amp;xportieren</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>The language changes at the next start of Quotawatch.</source>
        <translation>Die Sprache wechselt beim nächsten Start von Quotawatch.</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source> s</source>
        <translation>&#xa0;s</translation>
    </message>
    <message>
        <source>Update interval in seconds</source>
        <translation>Aktualisierungsintervall in Sekunden</translation>
    </message>
    <message>
        <source> days</source>
        <translation>&#xa0;Tage</translation>
    </message>
    <message>
        <source>Keep local history for, in days</source>
        <translation>Lokalen Verlauf aufbewahren, in Tagen</translation>
    </message>
    <message>
        <source>Older status snapshots and cached analytics are deleted from this computer.</source>
        <translation>Ältere Statusaufnahmen und zwischengespeicherte Auswertungen werden von diesem Computer gelöscht.</translation>
    </message>
    <message>
        <source>Alert thresholds in percent</source>
        <translation>Alarmschwellen in Prozent</translation>
    </message>
    <message>
        <source>Percentages, separated by commas, e.g. 80, 95, 100.</source>
        <translation>Prozentwerte, durch Kommas getrennt, z. B. 80, 95, 100.</translation>
    </message>
    <message>
        <source>Alert thresholds error</source>
        <translation>Fehler bei den Alarmschwellen</translation>
    </message>
    <message>
        <source>Quiet hours start</source>
        <translation>Beginn der Ruhezeit</translation>
    </message>
    <message>
        <source>Quiet hours end</source>
        <translation>Ende der Ruhezeit</translation>
    </message>
    <message>
        <source>No system tray is available on this desktop.</source>
        <translation>Auf diesem Desktop ist kein Infobereich verfügbar.</translation>
    </message>
    <message>
        <source>Adds Quotawatch to the programs your desktop starts at log-in.</source>
        <translation>Fügt Quotawatch zu den Programmen hinzu, die Ihr Desktop beim Anmelden startet.</translation>
    </message>
    <message>
        <source>After midnight, the previous day&apos;s usage records are saved as CSV in this folder; days missed while the computer was off are caught up at the next start.</source>
        <translation>Nach Mitternacht werden die Nutzungsdatensätze des Vortags als CSV in diesem Ordner gespeichert; Tage, an denen der Computer aus war, werden beim nächsten Start nachgeholt.</translation>
    </message>
    <message>
        <source>Scheduled export folder</source>
        <translation>Ordner für den geplanten Export</translation>
    </message>
    <message>
        <source>Choose the scheduled export folder</source>
        <translation>Ordner für den geplanten Export auswählen</translation>
    </message>
    <message>
        <source>Scheduled export</source>
        <translation>Geplanter Export</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemvorgabe</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>to</source>
        <comment>quiet hours from HH:MM to HH:MM</comment>
        <translation>bis</translation>
    </message>
    <message>
        <source>&amp;Update every:</source>
        <translation>&amp;Aktualisieren alle:</translation>
    </message>
    <message>
        <source>&amp;Alert at (%):</source>
        <translation>A&amp;larm bei (%):</translation>
    </message>
    <message>
        <source>&amp;Keep local history for:</source>
        <translation>Lokalen &amp;Verlauf aufbewahren:</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>Dur&amp;chsuchen…</translation>
    </message>
    <message>
        <source>Trusted certificate authority file</source>
        <translation>Datei der vertrauenswürdigen Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>A PEM file of certificate authorities to trust for https:// besides the system&apos;s, such as a company&apos;s private CA. Empty: the system&apos;s only.</source>
        <translation>Eine PEM-Datei mit Zertifizierungsstellen, denen für https:// zusätzlich zu denen des Systems vertraut wird, etwa der privaten CA eines Unternehmens. Leer: nur die des Systems.</translation>
    </message>
    <message>
        <source>Certificate authority file</source>
        <translation>Datei der Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Trusted &amp;certificate authority:</source>
        <translation>Vertrauenswürdige &amp;Zertifizierungsstelle:</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Colour theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source>System follows the light or dark colours of your desktop.</source>
        <translation>„System“ folgt den hellen oder dunklen Farben Ihrer Arbeitsumgebung.</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>Ge&amp;neral</source>
        <translation>All&amp;gemein</translation>
    </message>
    <message>
        <source>Sou&amp;rces</source>
        <translation>&amp;Quellen</translation>
    </message>
</context>
<context>
    <name>qw::ProfileCatalog</name>
    <message>
        <source>no built-in profile of that name</source>
        <translation>kein eingebautes Profil dieses Namens</translation>
    </message>
    <message>
        <source>the built-in profile cannot be read</source>
        <translation>das eingebaute Profil ist nicht lesbar</translation>
    </message>
    <message>
        <source>larger than %1 KiB: not a profile</source>
        <translation>größer als %1&#xa0;KiB: kein Profil</translation>
    </message>
</context>
<context>
    <name>qw::ProfileError</name>
    <message>
        <source>profile</source>
        <comment>where a profile error is when the profile has no file</comment>
        <translation>Profil</translation>
    </message>
</context>
<context>
    <name>qw::ProfileMapper</name>
    <message>
        <source>not a path</source>
        <translation>kein Pfad</translation>
    </message>
    <message>
        <source>the answer has no %1</source>
        <translation>die Antwort enthält kein %1</translation>
    </message>
    <message>
        <source>%1 is not a list or an object of quotas</source>
        <translation>%1 ist weder eine Liste noch ein Objekt von Kontingenten</translation>
    </message>
    <message>
        <source>more than %1 quotas</source>
        <translation>mehr als %1 Kontingente</translation>
    </message>
    <message>
        <source>%1: no metric name</source>
        <translation>%1: kein Name der Metrik</translation>
    </message>
    <message>
        <source>%1: the limit is not a number of zero or more</source>
        <translation>%1: das Limit ist keine Zahl von null oder mehr</translation>
    </message>
    <message>
        <source>%1: the usage is not a number of zero or more</source>
        <translation>%1: die Nutzung ist keine Zahl von null oder mehr</translation>
    </message>
    <message>
        <source>%1: usage needs a remaining count and a limit</source>
        <translation>%1: für die Nutzung braucht es eine verbleibende Menge und ein Limit</translation>
    </message>
    <message>
        <source>%1: the reset time is not as the profile says</source>
        <translation>%1: der Zeitpunkt der Zurücksetzung hat nicht das Format, das das Profil angibt</translation>
    </message>
    <message>
        <source>The server answered with an HTML page instead of data.</source>
        <translation>Der Server hat mit einer HTML-Seite statt mit Daten geantwortet.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a problem&apos;s title: its detail</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>qw::ProfileOptions</name>
    <message>
        <source>--%1 needs --profile</source>
        <translation>--%1 braucht --profile</translation>
    </message>
    <message>
        <source>--tenant is for the Quotawatch server&apos;s own sign-in; a profile watches the account its credentials belong to</source>
        <translation>--tenant gilt nur für die Anmeldung am Quotawatch-Server; ein Profil beobachtet das Konto, zu dem seine Zugangsdaten gehören</translation>
    </message>
    <message>
        <source>give one of --password-stdin, --api-key-stdin and --token-stdin: standard input carries one secret</source>
        <translation>nur eine von --password-stdin, --api-key-stdin und --token-stdin angeben: die Standardeingabe trägt ein einziges Geheimnis</translation>
    </message>
    <message>
        <source>the profile &apos;%1&apos; signs in with %2</source>
        <translation>das Profil „%1“ meldet sich mit %2 an</translation>
    </message>
    <message>
        <source>the profile &apos;%1&apos; takes no credentials</source>
        <translation>das Profil „%1“ nimmt keine Zugangsdaten</translation>
    </message>
    <message>
        <source>standard input gave no secret (one line expected)</source>
        <translation>die Standardeingabe lieferte kein Geheimnis (eine Zeile erwartet)</translation>
    </message>
    <message>
        <source>--path must be a path on the server, starting with /</source>
        <translation>--path muss ein Pfad auf dem Server sein, der mit / beginnt</translation>
    </message>
    <message numerus="yes">
        <source>--path needs a profile that makes one request; &apos;%1&apos; makes %n</source>
        <translation>
            <numerusform>--path braucht ein Profil mit einer einzigen Anfrage; „%1“ stellt %n</numerusform>
            <numerusform>--path braucht ein Profil mit einer einzigen Anfrage; „%1“ stellt %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Watch a source through a profile: a built-in name (see &apos;quotawatch-cli profiles&apos;) or a file.</source>
        <translation>Eine Quelle über ein Profil beobachten: ein eingebauter Name (siehe „quotawatch-cli profiles“) oder eine Datei.</translation>
    </message>
    <message>
        <source>With --profile: the path to request instead of the profile&apos;s (e.g. for ratelimit-headers).</source>
        <translation>Mit --profile: der abzufragende Pfad statt dem des Profils (z. B. für ratelimit-headers).</translation>
    </message>
    <message>
        <source>With --profile: read the API key from standard input.</source>
        <translation>Mit --profile: den API-Schlüssel von der Standardeingabe lesen.</translation>
    </message>
    <message>
        <source>With --profile: read the bearer token from standard input.</source>
        <translation>Mit --profile: das Bearer-Token von der Standardeingabe lesen.</translation>
    </message>
</context>
<context>
    <name>qw::ProfileSource</name>
    <message>
        <source>the sign-in answer is not JSON</source>
        <translation>die Antwort auf die Anmeldung ist kein JSON</translation>
    </message>
    <message>
        <source>the sign-in answer has no token at %1</source>
        <translation>die Antwort auf die Anmeldung enthält kein Token unter %1</translation>
    </message>
    <message>
        <source>%1: the answer is not JSON (%2)</source>
        <translation>%1: die Antwort ist kein JSON (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the answer has no rate-limit headers</source>
        <translation>%1: die Antwort enthält keine Rate-Limit-Header</translation>
    </message>
    <message>
        <source>more than %1 quotas</source>
        <translation>mehr als %1 Kontingente</translation>
    </message>
    <message>
        <source>%1: answer too large</source>
        <translation>%1: Antwort zu groß</translation>
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
        <translation>Der Server hat den Benutzernamen oder das Passwort abgelehnt.</translation>
    </message>
    <message>
        <source>The server did not accept the credentials (HTTP 401).</source>
        <translation>Der Server hat die Zugangsdaten nicht akzeptiert (HTTP 401).</translation>
    </message>
    <message>
        <source>The source says a limit is reached (HTTP %1).</source>
        <translation>Die Quelle meldet, dass ein Limit erreicht ist (HTTP %1).</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation>Der Server hat die Anfrage abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <source>%1 The server said: %2</source>
        <translation>%1 Der Server sagte: %2</translation>
    </message>
    <message>
        <source>%1 Ask again after %2.</source>
        <translation>%1 Erneut fragen nach %2.</translation>
    </message>
</context>
<context>
    <name>qw::ProfilesCommand</name>
    <message>
        <source>List the built-in source profiles and those in the user&apos;s folder.</source>
        <translation>Die eingebauten Quellprofile und die im Ordner des Benutzers auflisten.</translation>
    </message>
    <message>
        <source>Print one JSON object with every profile.</source>
        <translation>Ein JSON-Objekt mit allen Profilen ausgeben.</translation>
    </message>
    <message>
        <source>Built-in profiles:</source>
        <translation>Eingebaute Profile:</translation>
    </message>
    <message>
        <source>Profiles in %1:</source>
        <translation>Profile in %1:</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no profiles</comment>
        <translation>keine</translation>
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
        <translation>%1, gefährdet</translation>
    </message>
    <message>
        <source>%1 (stale)</source>
        <translation>%1 (veraltet)</translation>
    </message>
    <message>
        <source>%1, %2, %3, %4</source>
        <translation>%1, %2, %3, %4</translation>
    </message>
    <message>
        <source>%1 meter</source>
        <translation>Anzeige %1</translation>
    </message>
    <message>
        <source>↗ About %1; too irregular to forecast.</source>
        <translation>↗ Etwa %1; zu unregelmäßig für eine Prognose.</translation>
    </message>
    <message>
        <source>↗ At %1, runs out at %2, before the reset.</source>
        <translation>↗ Bei %1 aufgebraucht um %2, vor der Zurücksetzung.</translation>
    </message>
    <message>
        <source>↗ At %1, lasts past the reset.</source>
        <translation>↗ Bei %1 reicht es über die Zurücksetzung hinaus.</translation>
    </message>
    <message>
        <source>Alert &amp;thresholds for this quota…</source>
        <translation>Alarm&amp;schwellen für dieses Kontingent…</translation>
    </message>
</context>
<context>
    <name>qw::QuotaFormat</name>
    <message>
        <source>requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1&#xa0;s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1&#xa0;Min.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1&#xa0;Std. %2&#xa0;Min.</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1&#xa0;T. %2&#xa0;Std.</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>pro Tag</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>pro Monat</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%2 %1</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 Tokens</translation>
    </message>
    <message>
        <source>%1 used, unlimited</source>
        <translation>%1 verbraucht, unbegrenzt</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>no reset</source>
        <translation>keine Zurücksetzung</translation>
    </message>
    <message>
        <source>resetting now</source>
        <translation>wird gerade zurückgesetzt</translation>
    </message>
    <message>
        <source>resets in %1</source>
        <translation>Zurücksetzung in %1</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Exceeded</source>
        <translation>Überschritten</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>vor %1</translation>
    </message>
    <message>
        <source>%1/h</source>
        <translation>%1/Std.</translation>
    </message>
    <message>
        <source>%1 tokens/h</source>
        <translation>%1 Tokens/Std.</translation>
    </message>
    <message>
        <source>%1 requests/h</source>
        <translation>%1 Anfragen/Std.</translation>
    </message>
    <message>
        <source>%1 %2/h</source>
        <translation>%1 %2/Std.</translation>
    </message>
    <message>
        <source>%1 % used, %2 % of the day gone</source>
        <translation>%1&#xa0;% verbraucht, %2&#xa0;% des Tages vergangen</translation>
    </message>
    <message>
        <source>%1 % used, %2 % of the month gone</source>
        <translation>%1&#xa0;% verbraucht, %2&#xa0;% des Monats vergangen</translation>
    </message>
</context>
<context>
    <name>qw::QuotaListView</name>
    <message>
        <source>Worst first</source>
        <translation>Kritischste zuerst</translation>
    </message>
    <message>
        <source>As the server lists them</source>
        <translation>Wie vom Server aufgelistet</translation>
    </message>
    <message>
        <source>Order of the quotas</source>
        <translation>Reihenfolge der Kontingente</translation>
    </message>
    <message>
        <source>O&amp;rder:</source>
        <translation>&amp;Reihenfolge:</translation>
    </message>
    <message>
        <source>This account has no quotas: nothing here is limited, so there is nothing to watch.</source>
        <translation>Dieses Konto hat keine Kontingente: Nichts ist begrenzt, also gibt es nichts zu beobachten.</translation>
    </message>
    <message>
        <source>Quotas</source>
        <translation>Kontingente</translation>
    </message>
    <message>
        <source>Your account</source>
        <translation>Ihr Konto</translation>
    </message>
    <message>
        <source>%1: as of %2</source>
        <translation>%1: Stand %2</translation>
    </message>
    <message>
        <source>%1: loading…</source>
        <translation>%1: wird geladen…</translation>
    </message>
</context>
<context>
    <name>qw::QuotaSourceGroup</name>
    <message>
        <source>This source reports no quotas.</source>
        <translation>Diese Quelle meldet keine Kontingente.</translation>
    </message>
    <message>
        <source>%1: loading…</source>
        <translation>%1: wird geladen…</translation>
    </message>
    <message>
        <source>%1: as of %2</source>
        <translation>%1: Stand %2</translation>
    </message>
    <message>
        <source>%1: not updating</source>
        <translation>%1: keine Aktualisierung</translation>
    </message>
    <message>
        <source>Quotas of %1</source>
        <translation>Kontingente von %1</translation>
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
        <translation>Alarmschwellen für %1</translation>
    </message>
    <message>
        <source>Alert at these percentages of %1 (empty: use the global ones):</source>
        <translation>Alarm bei diesen Prozentwerten von %1 (leer: die allgemeinen verwenden):</translation>
    </message>
    <message>
        <source>Alert thresholds for %1 in percent</source>
        <translation>Alarmschwellen für %1 in Prozent</translation>
    </message>
    <message>
        <source>e.g. 50, 80, 100</source>
        <translation>z. B. 50, 80, 100</translation>
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
        <translation>Die Nutzungszähler eines Mandanten zurücksetzen (Admins; im Prüfprotokoll vermerkt).</translation>
    </message>
    <message>
        <source>daily or monthly.</source>
        <translation>daily oder monthly.</translation>
    </message>
    <message>
        <source>Only this metric (requests, tokens, cost); default: all of the period.</source>
        <translation>Nur diese Metrik (requests, tokens, cost); Vorgabe: alle des Zeitraums.</translation>
    </message>
    <message>
        <source>Why (required; kept in the audit log).</source>
        <translation>Begründung (erforderlich; wird im Prüfprotokoll festgehalten).</translation>
    </message>
    <message>
        <source>--tenant is required</source>
        <translation>--tenant ist erforderlich</translation>
    </message>
    <message>
        <source>--period must be daily or monthly</source>
        <translation>--period muss daily oder monthly sein</translation>
    </message>
    <message>
        <source>--reason is required</source>
        <translation>--reason ist erforderlich</translation>
    </message>
    <message>
        <source>--metric must not be empty</source>
        <translation>--metric darf nicht leer sein</translation>
    </message>
    <message>
        <source>sign-in failed: %1</source>
        <translation>Anmeldung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>the server refused: only admins may reset counters</source>
        <translation>der Server hat abgelehnt: nur Admins dürfen Zähler zurücksetzen</translation>
    </message>
    <message>
        <source>reset daily %1 of %2</source>
        <translation>Tageszähler %1 von %2 zurückgesetzt</translation>
    </message>
    <message>
        <source>reset monthly %1 of %2</source>
        <translation>Monatszähler %1 von %2 zurückgesetzt</translation>
    </message>
    <message>
        <source>reset daily all metrics of %1</source>
        <translation>alle Tageszähler von %1 zurückgesetzt</translation>
    </message>
    <message>
        <source>reset monthly all metrics of %1</source>
        <translation>alle Monatszähler von %1 zurückgesetzt</translation>
    </message>
</context>
<context>
    <name>qw::ResetCountersDialog</name>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Reset counters of %1</source>
        <translation>Zähler von %1 zurücksetzen</translation>
    </message>
    <message>
        <source>Reset usage counters of &lt;b&gt;%1&lt;/b&gt; (%2). This is recorded in the audit log.</source>
        <translation>Nutzungszähler von &lt;b&gt;%1&lt;/b&gt; (%2) zurücksetzen. Dies wird im Prüfprotokoll festgehalten.</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>All metrics</source>
        <translation>Alle Messgrößen</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Messgröße</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Required: why the counters are reset</source>
        <translation>Pflichtfeld: warum die Zähler zurückgesetzt werden</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>Kontingent</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Counters</source>
        <translation>Zähler</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>Zeit&amp;raum:</translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation>&amp;Messgröße:</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <source>The counters could not be read: %1</source>
        <translation>Die Zähler konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Resetting…</source>
        <translation>Wird zurückgesetzt…</translation>
    </message>
    <message>
        <source>The server refused: only admins may reset counters.</source>
        <translation>Der Server hat abgelehnt: Nur Admins dürfen Zähler zurücksetzen.</translation>
    </message>
    <message>
        <source>The counters were not reset: %1</source>
        <translation>Die Zähler wurden nicht zurückgesetzt: %1</translation>
    </message>
    <message>
        <source>The counters were reset.</source>
        <translation>Die Zähler wurden zurückgesetzt.</translation>
    </message>
</context>
<context>
    <name>qw::SeriesTableModel</name>
    <message>
        <source>Time</source>
        <translation>Zeitpunkt</translation>
    </message>
</context>
<context>
    <name>qw::ServerOptions</name>
    <message>
        <source>--email is required</source>
        <translation>--email ist erforderlich</translation>
    </message>
    <message>
        <source>--password-stdin is required (passwords never go on the command line)</source>
        <translation>--password-stdin ist erforderlich (Passwörter gehören nie auf die Befehlszeile)</translation>
    </message>
    <message>
        <source>--server must be an http:// or https:// URL</source>
        <translation>--server muss eine http://- oder https://-URL sein</translation>
    </message>
    <message>
        <source>--timeout must be 1 to 600 seconds</source>
        <translation>--timeout muss 1 bis 600 Sekunden betragen</translation>
    </message>
    <message>
        <source>Server URL, e.g. http://127.0.0.1:8080.</source>
        <translation>URL des Servers, z. B. http://127.0.0.1:8080.</translation>
    </message>
    <message>
        <source>Account e-mail.</source>
        <translation>E-Mail-Adresse des Kontos.</translation>
    </message>
    <message>
        <source>Read the password from standard input.</source>
        <translation>Das Passwort von der Standardeingabe lesen.</translation>
    </message>
    <message>
        <source>Another tenant (support staff).</source>
        <translation>Ein anderer Mandant (Support).</translation>
    </message>
    <message>
        <source>Also trust the certificate authorities in this PEM file (a private CA).</source>
        <translation>Auch den Zertifizierungsstellen in dieser PEM-Datei vertrauen (eine private CA).</translation>
    </message>
    <message>
        <source>Seconds to wait for each answer (default 15).</source>
        <translation>Sekunden, die auf jede Antwort gewartet wird (Vorgabe 15).</translation>
    </message>
</context>
<context>
    <name>qw::Session</name>
    <message>
        <source>The server ended the session. Please sign in again.</source>
        <translation>Der Server hat die Sitzung beendet. Bitte melden Sie sich erneut an.</translation>
    </message>
</context>
<context>
    <name>qw::SourceConfig</name>
    <message>
        <source>The profile does not load: %1</source>
        <translation>Das Profil lässt sich nicht laden: %1</translation>
    </message>
    <message>
        <source>The server address must start with http:// or https://.</source>
        <translation>Die Serveradresse muss mit http:// oder https:// beginnen.</translation>
    </message>
    <message>
        <source>The path %1 cannot be used: it must start with / and the profile must make a single request.</source>
        <translation>Der Pfad %1 ist nicht verwendbar: Er muss mit / beginnen, und das Profil darf nur eine Anfrage stellen.</translation>
    </message>
</context>
<context>
    <name>qw::SourceProfile</name>
    <message>
        <source>unknown field; expected one of %1</source>
        <translation>unbekanntes Feld; erwartet: eines von %1</translation>
    </message>
    <message>
        <source>missing; it is required</source>
        <translation>fehlt; ist erforderlich</translation>
    </message>
    <message>
        <source>expected a non-empty string</source>
        <translation>erwartet: ein nicht leerer Text</translation>
    </message>
    <message>
        <source>not a path: %1</source>
        <translation>kein Pfad: %1</translation>
    </message>
    <message>
        <source>needs a wildcard (.* or [*]) to visit the items</source>
        <translation>braucht einen Platzhalter (.* oder [*]), um die Einträge zu durchlaufen</translation>
    </message>
    <message>
        <source>a wildcard is only allowed in &apos;each&apos;</source>
        <translation>ein Platzhalter ist nur in &apos;each&apos; erlaubt</translation>
    </message>
    <message>
        <source>expected one of rfc3339, epochSeconds, epochMillis, naiveUtc, secondsFromNow</source>
        <translation>erwartet: eines von rfc3339, epochSeconds, epochMillis, naiveUtc, secondsFromNow</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>erwartet: ein Objekt</translation>
    </message>
    <message>
        <source>&apos;@&apos; is the current item, and without &apos;each&apos; there is none; use &apos;$&apos;</source>
        <translation>&apos;@&apos; ist der aktuelle Eintrag, und ohne &apos;each&apos; gibt es keinen; verwenden Sie &apos;$&apos;</translation>
    </message>
    <message>
        <source>expected a path ($... or @...), a text, a number or null</source>
        <translation>erwartet: ein Pfad ($... oder @...), ein Text, eine Zahl oder null</translation>
    </message>
    <message>
        <source>missing; give &apos;used&apos;, or &apos;remaining&apos; and &apos;limit&apos;</source>
        <translation>fehlt; geben Sie &apos;used&apos; an oder &apos;remaining&apos; und &apos;limit&apos;</translation>
    </message>
    <message>
        <source>missing; &apos;remaining&apos; alone does not say what is used</source>
        <translation>fehlt; &apos;remaining&apos; allein sagt nicht, wie viel genutzt ist</translation>
    </message>
    <message>
        <source>expected an object: null, absent, values</source>
        <translation>erwartet: ein Objekt mit null, absent, values</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>erwartet: true oder false</translation>
    </message>
    <message>
        <source>expected a list of numbers or texts</source>
        <translation>erwartet: eine Liste von Zahlen oder Texten</translation>
    </message>
    <message>
        <source>expected one of auto, epochSeconds, secondsFromNow, instant</source>
        <translation>erwartet: eines von auto, epochSeconds, secondsFromNow, instant</translation>
    </message>
    <message>
        <source>expected GET or POST</source>
        <translation>erwartet: GET oder POST</translation>
    </message>
    <message>
        <source>expected a path on the source&apos;s server, starting with /</source>
        <translation>erwartet: ein Pfad auf dem Server der Quelle, der mit / beginnt</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>erwartet: eine Liste</translation>
    </message>
    <message>
        <source>reads no quotas: give &apos;quotas&apos;, &apos;rateLimitHeaders&apos; or both</source>
        <translation>liest keine Kontingente: geben Sie &apos;quotas&apos;, &apos;rateLimitHeaders&apos; oder beides an</translation>
    </message>
    <message>
        <source>expected an HTTP header name: letters, digits and - (up to 64)</source>
        <translation>erwartet einen HTTP-Headernamen: Buchstaben, Ziffern und - (bis zu 64)</translation>
    </message>
    <message>
        <source>%1 cannot carry the API key: give the header the service reads it from, such as X-API-Key</source>
        <translation>%1 kann den API-Schlüssel nicht tragen: Geben Sie den Header an, aus dem der Dienst ihn liest, etwa X-API-Key</translation>
    </message>
    <message>
        <source>expected one of none, bearer, apiKey, login</source>
        <translation>erwartet: eines von none, bearer, apiKey, login</translation>
    </message>
    <message>
        <source>expected a path starting with /</source>
        <translation>erwartet: ein Pfad, der mit / beginnt</translation>
    </message>
    <message>
        <source>expected the login body as an object, with {username} and {password} where they go</source>
        <translation>erwartet: der Anmelde-Body als Objekt, mit {username} und {password} an ihrer Stelle</translation>
    </message>
    <message>
        <source>has no {password}: where does the password go?</source>
        <translation>enthält kein {password}: Wohin gehört das Passwort?</translation>
    </message>
    <message>
        <source>expected an object with the path that ends the session</source>
        <translation>erwartet: ein Objekt mit dem Pfad, der die Sitzung beendet</translation>
    </message>
    <message>
        <source>expected POST, DELETE or GET</source>
        <translation>erwartet: POST, DELETE oder GET</translation>
    </message>
    <message>
        <source>expected a list of paths, tried in order</source>
        <translation>erwartet: eine Liste von Pfaden, der Reihe nach versucht</translation>
    </message>
    <message>
        <source>expected a path</source>
        <translation>erwartet: ein Pfad</translation>
    </message>
    <message>
        <source>expected a list of HTTP status codes</source>
        <translation>erwartet: eine Liste von HTTP-Statuscodes</translation>
    </message>
    <message>
        <source>expected HTTP status codes from 400 to 599</source>
        <translation>erwartet: HTTP-Statuscodes von 400 bis 599</translation>
    </message>
    <message>
        <source>larger than %1 KiB: not a profile</source>
        <translation>größer als %1&#xa0;KiB: kein Profil</translation>
    </message>
    <message>
        <source>not JSON: %1</source>
        <translation>kein JSON: %1</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>erwartet: ein JSON-Objekt</translation>
    </message>
    <message>
        <source>missing; write &quot;profile&quot;: 1</source>
        <translation>fehlt; schreiben Sie &quot;profile&quot;: 1</translation>
    </message>
    <message>
        <source>this Quotawatch reads profile format %1</source>
        <translation>dieses Quotawatch liest das Profilformat %1</translation>
    </message>
    <message>
        <source>expected lower-case letters, digits and &apos;-&apos; (up to 64)</source>
        <translation>erwartet: Kleinbuchstaben, Ziffern und &apos;-&apos; (bis zu 64)</translation>
    </message>
    <message>
        <source>expected a list of at least one request to make each poll</source>
        <translation>erwartet: eine Liste mit mindestens einer Anfrage für jede Abfrage</translation>
    </message>
    <message>
        <source>at most 8 requests a poll</source>
        <translation>höchstens 8 Anfragen pro Abfrage</translation>
    </message>
</context>
<context>
    <name>qw::SourceRegistry</name>
    <message>
        <source>No keychain is available: the secret of %1 is kept only until Quotawatch quits.</source>
        <translation>Es ist kein Schlüsselbund verfügbar: Das Geheimnis von %1 wird nur bis zum Beenden von Quotawatch aufbewahrt.</translation>
    </message>
    <message>
        <source>The secret of %1 could not be stored in the keychain (%2): it is kept only until Quotawatch quits.</source>
        <translation>Das Geheimnis von %1 konnte nicht im Schlüsselbund gespeichert werden (%2): Es wird nur bis zum Beenden von Quotawatch aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>qw::SourcesPage</name>
    <message>
        <source>Rena&amp;me</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Durchsu&amp;chen…</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>T&amp;est</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Watched sources</source>
        <translation>Beobachtete Quellen</translation>
    </message>
    <message>
        <source>Rename the selected source</source>
        <translation>Die ausgewählte Quelle umbenennen</translation>
    </message>
    <message>
        <source>Remove the selected source</source>
        <translation>Die ausgewählte Quelle entfernen</translation>
    </message>
    <message>
        <source>Stops watching it and forgets its secret.</source>
        <translation>Beendet die Beobachtung und vergisst ihr Geheimnis.</translation>
    </message>
    <message>
        <source>Wat&amp;ched besides your account:</source>
        <translation>&amp;Weitere beobachtete Quellen neben Ihrem Konto:</translation>
    </message>
    <message>
        <source>A profile file…</source>
        <translation>Eine Profildatei…</translation>
    </message>
    <message>
        <source>Profile of the source</source>
        <translation>Profil der Quelle</translation>
    </message>
    <message>
        <source>Profile file</source>
        <translation>Profildatei</translation>
    </message>
    <message>
        <source>Choose a profile file</source>
        <translation>Eine Profildatei wählen</translation>
    </message>
    <message>
        <source>Name of the source</source>
        <translation>Name der Quelle</translation>
    </message>
    <message>
        <source>As the quota view and alerts will name it</source>
        <translation>So nennen sie die Kontingentansicht und die Alarme</translation>
    </message>
    <message>
        <source>Server address of the source</source>
        <translation>Serveradresse der Quelle</translation>
    </message>
    <message>
        <source>User name for the source</source>
        <translation>Benutzername für die Quelle</translation>
    </message>
    <message>
        <source>Path of the request</source>
        <translation>Pfad der Anfrage</translation>
    </message>
    <message>
        <source>The profile&apos;s own</source>
        <translation>Der des Profils</translation>
    </message>
    <message>
        <source>Test the source</source>
        <translation>Die Quelle testen</translation>
    </message>
    <message>
        <source>Fetches its usage once, without adding it.</source>
        <translation>Ruft ihre Nutzung einmal ab, ohne sie hinzuzufügen.</translation>
    </message>
    <message>
        <source>Add the source</source>
        <translation>Die Quelle hinzufügen</translation>
    </message>
    <message>
        <source>Result of the test</source>
        <translation>Ergebnis des Tests</translation>
    </message>
    <message>
        <source>Add a source</source>
        <translation>Eine Quelle hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>P&amp;rofil:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>Pat&amp;h:</source>
        <translation>P&amp;fad:</translation>
    </message>
    <message>
        <source>Source profile</source>
        <translation>Quellprofil</translation>
    </message>
    <message>
        <source>Source profiles (*.json);;All files (*)</source>
        <translation>Quellprofile (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>T&amp;oken:</translation>
    </message>
    <message>
        <source>Bearer token for the source</source>
        <translation>Bearer-Token für die Quelle</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-Sch&amp;lüssel:</translation>
    </message>
    <message>
        <source>API key for the source</source>
        <translation>API-Schlüssel für die Quelle</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Password for the source</source>
        <translation>Passwort für die Quelle</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Fetching…</source>
        <translation>Wird abgerufen…</translation>
    </message>
    <message>
        <source>Fetched 1 quota</source>
        <translation>1 Kontingent abgerufen</translation>
    </message>
    <message numerus="yes">
        <source>Fetched %n quotas</source>
        <translation>
            <numerusform>%n Kontingent abgerufen</numerusform>
            <numerusform>%n Kontingente abgerufen</numerusform>
        </translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>%1 hinzugefügt.</translation>
    </message>
    <message>
        <source>No sources yet</source>
        <translation>Noch keine Quellen</translation>
    </message>
    <message>
        <source>No sources yet. A source is another usage API that Quotawatch watches besides your account, such as a rate limiter or a provider&apos;s billing API; its quotas appear beside yours and raise alerts too.

To add one, choose its profile below, enter its server and credentials, press Test, then Add.</source>
        <translation>Noch keine Quellen. Eine Quelle ist eine weitere Nutzungs-API, die Quotawatch neben Ihrem Konto beobachtet, etwa ein Rate-Limiter oder die Abrechnungs-API eines Anbieters; ihre Kontingente erscheinen neben Ihren und lösen ebenfalls Alarme aus.

Um eine hinzuzufügen, wählen Sie unten ihr Profil, geben Sie ihren Server und ihre Zugangsdaten ein, drücken Sie „Testen“ und dann „Hinzufügen“.</translation>
    </message>
</context>
<context>
    <name>qw::StatusCommand</name>
    <message>
        <source>Sign in and print the tenant&apos;s quotas.</source>
        <translation>Anmelden und die Kontingente des Mandanten ausgeben.</translation>
    </message>
    <message>
        <source>Print the status as the contract&apos;s JSON.</source>
        <translation>Den Status als JSON des Vertrags ausgeben.</translation>
    </message>
    <message>
        <source>sign-in failed: %1</source>
        <translation>Anmeldung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>%1 (%2, %3): %4</source>
        <translation>%1 (%2, %3): %4</translation>
    </message>
    <message>
        <source>no quotas: nothing is limited</source>
        <translation>keine Kontingente: nichts ist begrenzt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>qw::TableCopyAction</name>
    <message>
        <source>Copy as &amp;CSV</source>
        <translation>Als &amp;CSV kopieren</translation>
    </message>
    <message>
        <source>Copy the selected rows, or every row when none is selected, as CSV</source>
        <translation>Die ausgewählten Zeilen als CSV kopieren, oder alle, wenn keine ausgewählt ist</translation>
    </message>
</context>
<context>
    <name>qw::TenantDashboard</name>
    <message>
        <source>Inspecting %1 (%2) - read only</source>
        <translation>Ansicht von %1 (%2) – nur lesen</translation>
    </message>
    <message>
        <source>Inspected tenant</source>
        <translation>Betrachteter Mandant</translation>
    </message>
    <message>
        <source>Latest alert of this tenant</source>
        <translation>Letzter Alarm dieses Mandanten</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Quotas</source>
        <translation>Kontingente</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>Auswertung</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>Waiting for data…</source>
        <translation>Warten auf Daten…</translation>
    </message>
    <message>
        <source>Updated at %1</source>
        <translation>Aktualisiert um %1</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Not updating: %1</source>
        <translation>Keine Aktualisierung: %1</translation>
    </message>
</context>
<context>
    <name>qw::TenantListModel</name>
    <message>
        <source>Worst quota: %1</source>
        <translation>Kritischstes Kontingent: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2), %n user(s)</source>
        <translation>
            <numerusform>%1 (%2), %n Benutzer</numerusform>
            <numerusform>%1 (%2), %n Benutzer</numerusform>
        </translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Unbegrenzt</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Noch keine</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Max %</source>
        <translation>Max. %</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Letzte Aktivität</translation>
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
        <translation>Als Support anmelden und alle Mandanten auflisten, die kritischsten zuerst.</translation>
    </message>
    <message>
        <source>Only tenants whose name or id contains S.</source>
        <translation>Nur Mandanten, deren Name oder ID S enthält.</translation>
    </message>
    <message>
        <source>maxPercent (default), name or activity.</source>
        <translation>maxPercent (Vorgabe), name oder activity.</translation>
    </message>
    <message>
        <source>Print one JSON object {&quot;tenants&quot;: [...]} with every tenant.</source>
        <translation>Ein JSON-Objekt {&quot;tenants&quot;: [...]} mit allen Mandanten ausgeben.</translation>
    </message>
    <message>
        <source>Tenants per request (default 100).</source>
        <translation>Mandanten je Anfrage (Vorgabe 100).</translation>
    </message>
    <message>
        <source>--sort must be maxPercent, name or activity</source>
        <translation>--sort muss maxPercent, name oder activity sein</translation>
    </message>
    <message>
        <source>--page-size must be a number from 1 to 1000</source>
        <translation>--page-size muss eine Zahl von 1 bis 1000 sein</translation>
    </message>
    <message>
        <source>sign-in failed: %1</source>
        <translation>Anmeldung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>this account may not list tenants (support staff only)</source>
        <translation>dieses Konto darf keine Mandanten auflisten (nur Support)</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>unbegrenzt</translation>
    </message>
    <message numerus="yes">
        <source>%Ln tenant(s)</source>
        <translation>
            <numerusform>%Ln Mandant</numerusform>
            <numerusform>%Ln Mandanten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qw::TenantsView</name>
    <message>
        <source>Search tenants by name or id</source>
        <translation>Mandanten nach Name oder ID suchen</translation>
    </message>
    <message>
        <source>Search tenants</source>
        <translation>Mandanten suchen</translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation>Mandanten</translation>
    </message>
    <message>
        <source>&amp;Reset counters…</source>
        <translation>Zähler &amp;zurücksetzen…</translation>
    </message>
    <message>
        <source>The tenant list could not be loaded: %1</source>
        <translation>Die Mandantenliste konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Loading tenants…</source>
        <translation>Mandanten werden geladen…</translation>
    </message>
    <message numerus="yes">
        <source>%n tenant(s) shown; more load as you scroll.</source>
        <translation>
            <numerusform>%n Mandant angezeigt; weitere werden beim Blättern geladen.</numerusform>
            <numerusform>%n Mandanten angezeigt; weitere werden beim Blättern geladen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tenant(s).</source>
        <translation>
            <numerusform>%n Mandant.</numerusform>
            <numerusform>%n Mandanten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qw::ThresholdsInput</name>
    <message>
        <source>%1 is not a percentage between 0 and 1000.</source>
        <translation>%1 ist kein Prozentwert zwischen 0 und 1000.</translation>
    </message>
    <message>
        <source>%1 are not percentages between 0 and 1000.</source>
        <translation>%1 sind keine Prozentwerte zwischen 0 und 1000.</translation>
    </message>
    <message>
        <source>Enter at least one percentage, e.g. 80, 95, 100.</source>
        <translation>Geben Sie mindestens einen Prozentwert ein, z. B. 80, 95, 100.</translation>
    </message>
</context>
<context>
    <name>qw::TimeAxisTicks</name>
    <message>
        <source>MMM d</source>
        <comment>date pattern: Nov 20</comment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>MMM d HH:mm</source>
        <comment>date pattern: Nov 20 14:00</comment>
        <translation>d. MMM HH:mm</translation>
    </message>
</context>
<context>
    <name>qw::TimeSeriesChart</name>
    <message>
        <source>Quota resets</source>
        <translation>Zurücksetzungen</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>Usage over time</source>
        <translation>Nutzung im Zeitverlauf</translation>
    </message>
    <message>
        <source>Chart help</source>
        <translation>Hilfe zum Diagramm</translation>
    </message>
    <message>
        <source>Drag across the chart to zoom into a time range.
Wheel or +/- zooms, the arrow keys pan.
Escape or a right-click shows the whole range again.
Click a legend entry, or press 1, 2 or 3, to hide or show it.</source>
        <translation>Über das Diagramm ziehen, um einen Zeitraum zu vergrößern.
Mausrad oder +/- zoomt, die Pfeiltasten verschieben.
Escape oder ein Rechtsklick zeigt wieder den ganzen Zeitraum.
Einen Legendeneintrag anklicken oder 1, 2 oder 3 drücken, um ihn aus- oder einzublenden.</translation>
    </message>
    <message>
        <source>%1 are triangles on the time axis; %2 are diamonds on the line.</source>
        <translation>%1 sind Dreiecke auf der Zeitachse; %2 sind Rauten auf der Linie.</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>Von %1 bis %2</translation>
    </message>
    <message>
        <source>%1, from %2 to %3</source>
        <translation>%1, von %2 bis %3</translation>
    </message>
    <message>
        <source>%1
%2: %3</source>
        <translation>%1
%2: %3</translation>
    </message>
    <message>
        <source>%1, %2 to %3: no data.</source>
        <translation>%1, %2 bis %3: keine Daten.</translation>
    </message>
    <message>
        <source>%1, %2 to %3; latest %4 at %5.</source>
        <translation>%1, %2 bis %3; zuletzt %4 um %5.</translation>
    </message>
</context>
<context>
    <name>qw::TlsTrust</name>
    <message>
        <source>The certificate file %1 cannot be read: %2</source>
        <translation>Die Zertifikatsdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The certificate file %1 is too large to be a CA certificate.</source>
        <translation>Die Zertifikatsdatei %1 ist zu groß für ein CA-Zertifikat.</translation>
    </message>
    <message>
        <source>The file %1 holds no PEM certificate.</source>
        <translation>Die Datei %1 enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>it was issued for %1, not for %2.</source>
        <translation>es wurde für %1 ausgestellt, nicht für %2.</translation>
    </message>
    <message>
        <source>it expired on %1.</source>
        <translation>es ist am %1 abgelaufen.</translation>
    </message>
    <message>
        <source>it is not valid before %1.</source>
        <translation>es ist erst ab %1 gültig.</translation>
    </message>
    <message>
        <source>it has been revoked.</source>
        <translation>es wurde widerrufen.</translation>
    </message>
    <message>
        <source>the TLS handshake failed.</source>
        <translation>der TLS-Handshake ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>it is self-signed. To trust it, give its CA certificate file (Preferences, or --ca-file).</source>
        <translation>es ist selbstsigniert. Um ihm zu vertrauen, geben Sie die Datei seines CA-Zertifikats an (Einstellungen oder --ca-file).</translation>
    </message>
    <message>
        <source>it was issued by a certificate authority this computer does not trust. To trust a private one, give its CA certificate file (Preferences, or --ca-file).</source>
        <translation>es wurde von einer Zertifizierungsstelle ausgestellt, der dieser Computer nicht vertraut. Um einer privaten zu vertrauen, geben Sie die Datei ihres CA-Zertifikats an (Einstellungen oder --ca-file).</translation>
    </message>
</context>
<context>
    <name>qw::TrayController</name>
    <message>
        <source>&amp;Open Quotawatch</source>
        <translation>Quotawatch ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Refresh now</source>
        <translation>Jetzt &amp;aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Snooze alerts</source>
        <translation>Alarme &amp;stummschalten</translation>
    </message>
    <message>
        <source>For 1 &amp;hour</source>
        <translation>Für 1 &amp;Stunde</translation>
    </message>
    <message>
        <source>Until &amp;tomorrow</source>
        <translation>Bis &amp;morgen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Quotawatch</source>
        <translation>Quotawatch</translation>
    </message>
    <message>
        <source>Quotawatch — %1: %2</source>
        <translation>Quotawatch — %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <source>Quotawatch is still running</source>
        <translation>Quotawatch läuft weiter</translation>
    </message>
    <message>
        <source>It keeps watching your quotas from the system tray. To quit, choose Quit in the tray icon&apos;s menu.</source>
        <translation>Es beobachtet Ihre Kontingente weiter aus dem Infobereich. Zum Beenden wählen Sie „Beenden“ im Menü des Symbols.</translation>
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
        <translation>Kontingente beobachten und Alarme ausgeben, sobald sie auslösen.</translation>
    </message>
    <message>
        <source>One JSON object per alert.</source>
        <translation>Ein JSON-Objekt je Alarm.</translation>
    </message>
    <message>
        <source>Seconds between polls (default 60, at least 5).</source>
        <translation>Sekunden zwischen den Abfragen (Vorgabe 60, mindestens 5).</translation>
    </message>
    <message>
        <source>Alert state file, so a restart does not repeat alerts (default: per server and account in the user&apos;s data directory).</source>
        <translation>Datei für den Alarmzustand, damit ein Neustart keine Alarme wiederholt (Vorgabe: je Server und Konto im Datenordner des Benutzers).</translation>
    </message>
    <message>
        <source>--interval must be %1 to %2 seconds</source>
        <translation>--interval muss %1 bis %2 Sekunden betragen</translation>
    </message>
    <message>
        <source>not updating: %1</source>
        <translation>keine Aktualisierung: %1</translation>
    </message>
    <message>
        <source>stopped: %1</source>
        <translation>beendet: %1</translation>
    </message>
    <message>
        <source>sign-in failed: %1</source>
        <translation>Anmeldung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>signed out: %1</source>
        <translation>abgemeldet: %1</translation>
    </message>
    <message>
        <source>fired</source>
        <comment>an alert</comment>
        <translation>ausgelöst</translation>
    </message>
    <message>
        <source>resolved</source>
        <comment>an alert</comment>
        <translation>behoben</translation>
    </message>
    <message>
        <source>predicted</source>
        <comment>an alert</comment>
        <translation>vorhergesagt</translation>
    </message>
</context>
</TS>
