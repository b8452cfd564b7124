<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ActivityPage</name>
    <message>
        <source>Filter by key, project or change… (Ctrl+F)</source>
        <translation>Nach Schlüssel, Projekt oder Änderung filtern… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Nothing changed yet. Every limit change, new or deleted key, label and expiry change made here is recorded on this page, with its result.</source>
        <translation>Noch keine Änderungen. Jede hier vorgenommene Limitänderung, jeder neue oder gelöschte Schlüssel und jede Änderung an Labels oder Ablaufdatum wird auf dieser Seite mit ihrem Ergebnis festgehalten.</translation>
    </message>
    <message>
        <source>The activity log is not available in this session.</source>
        <translation>Das Aktivitätsprotokoll ist in dieser Sitzung nicht verfügbar.</translation>
    </message>
    <message numerus="yes">
        <source>%n changes</source>
        <translation>
            <numerusform>%n Änderung</numerusform>
            <numerusform>%n Änderungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n changes</source>
        <translation>
            <numerusform>%1 von %n Änderung</numerusform>
            <numerusform>%1 von %n Änderungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AlertBanner</name>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message numerus="yes">
        <source>%n new spending alerts. Latest: %1</source>
        <translation>
            <numerusform>%n neue Ausgabenwarnung. Neueste: %1</numerusform>
            <numerusform>%n neue Ausgabenwarnungen. Neueste: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>%1 anzeigen</translation>
    </message>
    <message>
        <source>Show the alerts page</source>
        <translation>Die Seite „Warnungen“ anzeigen</translation>
    </message>
</context>
<context>
    <name>AlertListModel</name>
    <message>
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Guthaben</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Schwelle</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limit</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Bestätigt</translation>
    </message>
</context>
<context>
    <name>AlertSubject</name>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
</context>
<context>
    <name>AlertSummary</name>
    <message>
        <source>No data yet</source>
        <translation>Noch keine Daten</translation>
    </message>
    <message>
        <source>%1 of %2 this month</source>
        <translation>%1 von %2 in diesem Monat</translation>
    </message>
    <message>
        <source>%1 this month</source>
        <translation>%1 in diesem Monat</translation>
    </message>
    <message numerus="yes">
        <source>%n keys at their limit</source>
        <translation>
            <numerusform>%n Schlüssel am Limit</numerusform>
            <numerusform>%n Schlüssel am Limit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n keys over %1 %</source>
        <translation>
            <numerusform>%n Schlüssel über %1 %</numerusform>
            <numerusform>%n Schlüssel über %1 %</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n projects at their limit</source>
        <translation>
            <numerusform>%n Projekt am Limit</numerusform>
            <numerusform>%n Projekte am Limit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n projects over %1 %</source>
        <translation>
            <numerusform>%n Projekt über %1 %</numerusform>
            <numerusform>%n Projekte über %1 %</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n projected to exceed</source>
        <translation>
            <numerusform>%n wird voraussichtlich überschreiten</numerusform>
            <numerusform>%n werden voraussichtlich überschreiten</numerusform>
        </translation>
    </message>
    <message>
        <source>balance below the floor</source>
        <translation>Guthaben unter der Untergrenze</translation>
    </message>
</context>
<context>
    <name>AlertsPage</name>
    <message>
        <source>Acknowledge</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>Acknowledge all</source>
        <translation>Alle bestätigen</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Als CSV exportieren…</translation>
    </message>
    <message>
        <source>Mute alerts for it</source>
        <translation>Warnungen dazu stummschalten</translation>
    </message>
    <message>
        <source>Show it</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Open the key or project this alert is about</source>
        <translation>Den Schlüssel oder das Projekt dieser Warnung öffnen</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>Für 1 Stunde</translation>
    </message>
    <message>
        <source>For 1 day</source>
        <translation>Für 1 Tag</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>Bis morgen</translation>
    </message>
    <message>
        <source>Until the monthly reset</source>
        <translation>Bis zum Monatswechsel</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>No tray messages for the selected alert&apos;s key or project for a while</source>
        <translation>Für den Schlüssel oder das Projekt der gewählten Warnung eine Zeit lang keine Meldungen im Infobereich</translation>
    </message>
    <message>
        <source>No alerts so far. You are told here and in the tray when a key or project reaches 50, 80, 90 or 100 % of its limit, or is projected to go over.</source>
        <translation>Bisher keine Warnungen. Sie werden hier und im Infobereich benachrichtigt, wenn ein Schlüssel oder Projekt 50, 80, 90 oder 100 % seines Limits erreicht oder es voraussichtlich überschreitet.</translation>
    </message>
    <message>
        <source>Alerts are not available in this session.</source>
        <translation>Warnungen sind in dieser Sitzung nicht verfügbar.</translation>
    </message>
    <message>
        <source>No alerts</source>
        <translation>Keine Warnungen</translation>
    </message>
    <message numerus="yes">
        <source>%n alerts</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not acknowledged</source>
        <translation>
            <numerusform>%n nicht bestätigt</numerusform>
            <numerusform>%n nicht bestätigt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The system keychain refused access to the management key: unlock it and try again.</source>
        <translation>Der Systemschlüsselbund hat den Zugriff auf den Verwaltungsschlüssel verweigert: Entsperren Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Cannot reach the system keychain (no D-Bus session): start a desktop session with a keyring, or set SPENDBOARD_API_KEY for headless use.</source>
        <translation>Der Systemschlüsselbund ist nicht erreichbar (keine D-Bus-Sitzung): Starten Sie eine Desktopsitzung mit Schlüsselbund oder setzen Sie SPENDBOARD_API_KEY für den Betrieb ohne Oberfläche.</translation>
    </message>
    <message>
        <source>No system keychain is available: install and start one (for example GNOME Keyring or KWallet), or set SPENDBOARD_API_KEY for headless use.</source>
        <translation>Kein Systemschlüsselbund verfügbar: Installieren und starten Sie einen (zum Beispiel GNOME Keyring oder KWallet) oder setzen Sie SPENDBOARD_API_KEY für den Betrieb ohne Oberfläche.</translation>
    </message>
    <message>
        <source>The system keychain failed: %1</source>
        <translation>Fehler im Systemschlüsselbund: %1</translation>
    </message>
    <message>
        <source>Cannot reach the server: check your connection.</source>
        <translation>Der Server ist nicht erreichbar: Prüfen Sie Ihre Verbindung.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The server&apos;s security certificate is not valid; the connection was refused.</source>
        <translation>Das Sicherheitszertifikat des Servers ist ungültig; die Verbindung wurde abgelehnt.</translation>
    </message>
    <message>
        <source>The server redirected to another address; Spendboard refused to send the key there.</source>
        <translation>Der Server hat auf eine andere Adresse umgeleitet; Spendboard sendet den Schlüssel nicht dorthin.</translation>
    </message>
    <message>
        <source>Refusing to send the key over an unencrypted connection: use https://.</source>
        <translation>Der Schlüssel wird nicht über eine unverschlüsselte Verbindung gesendet: Verwenden Sie https://.</translation>
    </message>
    <message>
        <source>The key was rejected: check it in Settings.</source>
        <translation>Der Schlüssel wurde abgelehnt: Prüfen Sie ihn in den Einstellungen.</translation>
    </message>
    <message>
        <source>The organization is out of credit: top up in the Requesty console.</source>
        <translation>Die Organisation hat kein Guthaben mehr: Laden Sie es in der Requesty-Konsole auf.</translation>
    </message>
    <message>
        <source>It no longer exists on the server: it may have been deleted elsewhere.</source>
        <translation>Es existiert auf dem Server nicht mehr: Möglicherweise wurde es an anderer Stelle gelöscht.</translation>
    </message>
    <message>
        <source>It was changed on the server since you opened it: review the current value and try again.</source>
        <translation>Es wurde auf dem Server geändert, seit Sie es geöffnet haben: Prüfen Sie den aktuellen Wert und versuchen Sie es erneut.</translation>
    </message>
    <message numerus="yes">
        <source>The server is busy: Spendboard will try again in %n s.</source>
        <translation>
            <numerusform>Der Server ist ausgelastet: Spendboard versucht es in %n s erneut.</numerusform>
            <numerusform>Der Server ist ausgelastet: Spendboard versucht es in %n s erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server is busy: Spendboard will try again shortly.</source>
        <translation>Der Server ist ausgelastet: Spendboard versucht es gleich erneut.</translation>
    </message>
    <message>
        <source>The request is not valid.</source>
        <translation>Die Anfrage ist ungültig.</translation>
    </message>
    <message>
        <source>The request is not valid: %1.</source>
        <translation>Die Anfrage ist ungültig: %1.</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1): %2</source>
        <translation>Der Server hat die Anfrage abgelehnt (HTTP %1): %2</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation>Der Server hat die Anfrage abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <source>The server sent data Spendboard could not read (%1).</source>
        <translation>Der Server hat Daten gesendet, die Spendboard nicht lesen konnte (%1).</translation>
    </message>
    <message>
        <source>The server sent data Spendboard could not read.</source>
        <translation>Der Server hat Daten gesendet, die Spendboard nicht lesen konnte.</translation>
    </message>
    <message>
        <source>No management key is stored for this profile.</source>
        <translation>Für dieses Profil ist kein Verwaltungsschlüssel gespeichert.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>This key may not do that: it may have been revoked, or it lacks the management permission (read to view, write to change). Check the key in Settings.</source>
        <translation>Dieser Schlüssel darf das nicht: Er wurde vielleicht widerrufen, oder ihm fehlt die Verwaltungsberechtigung (Lesen zum Anzeigen, Schreiben zum Ändern). Prüfen Sie den Schlüssel in den Einstellungen.</translation>
    </message>
    <message>
        <source>The server had a problem (HTTP %1); this is usually temporary.</source>
        <translation>Der Server hatte ein Problem (HTTP %1); das ist meist vorübergehend.</translation>
    </message>
    <message>
        <source>The server had a problem; this is usually temporary.</source>
        <translation>Der Server hatte ein Problem; das ist meist vorübergehend.</translation>
    </message>
</context>
<context>
    <name>ApiKeyTableModel</name>
    <message>
        <source>Spend this month as a share of the key&apos;s own monthly limit</source>
        <translation>Ausgaben dieses Monats im Verhältnis zum eigenen Monatslimit des Schlüssels</translation>
    </message>
    <message>
        <source>Expected spend at the end of the month at the recent pace</source>
        <translation>Erwartete Ausgaben zum Monatsende beim aktuellen Tempo</translation>
    </message>
    <message>
        <source>What the key can still spend this month: the smaller of its own and its project&apos;s remaining limit</source>
        <translation>Was der Schlüssel in diesem Monat noch ausgeben kann: der kleinere Rest aus eigenem Limit und Projektlimit</translation>
    </message>
    <message>
        <source>This server has no projects</source>
        <translation>Dieser Server hat keine Projekte</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limit</translation>
    </message>
    <message>
        <source>Spend (month)</source>
        <translation>Ausgaben (Monat)</translation>
    </message>
    <message>
        <source>% of limit</source>
        <translation>% des Limits</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <source>Headroom</source>
        <translation>Noch verfügbar</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>%1
ID %2</source>
        <translation>%1
ID %2</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Kein Limit</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Expected %1 at month end (range %2 – %3)</source>
        <translation>Erwartet %1 zum Monatsende (Spanne %2 – %3)</translation>
    </message>
    <message>
        <source>The limit is already reached.</source>
        <translation>Das Limit ist bereits erreicht.</translation>
    </message>
    <message>
        <source>Reaches the limit on %1 at this pace.</source>
        <translation>Erreicht bei diesem Tempo am %1 das Limit.</translation>
    </message>
    <message>
        <source>Bounded by the limit of project %1</source>
        <translation>Begrenzt durch das Limit von Projekt %1</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message>
        <source>Expired on %1 UTC</source>
        <translation>Abgelaufen am %1 UTC</translation>
    </message>
    <message>
        <source>Expires on %1 UTC</source>
        <translation>Läuft am %1 UTC ab</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>spendboard: the demo could not start: %1
</source>
        <translation>spendboard: Die Demo konnte nicht starten: %1
</translation>
    </message>
    <message>
        <source>%1 — Spendboard</source>
        <translation>%1 – Spendboard</translation>
    </message>
    <message>
        <source>Spendboard is still running</source>
        <translation>Spendboard läuft weiter</translation>
    </message>
    <message>
        <source>It keeps watching your limits here in the tray. Quit it from the tray menu or with Ctrl+Q.</source>
        <translation>Es überwacht Ihre Limits weiter im Infobereich. Beenden Sie es über das Menü im Infobereich oder mit Ctrl+Q.</translation>
    </message>
    <message>
        <source>The usage history cannot be used: %1</source>
        <translation>Der Nutzungsverlauf kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>Alert pop-ups are snoozed until %1. Alerts are still recorded on the Alerts page.</source>
        <translation>Warnmeldungen sind bis %1 stummgeschaltet. Warnungen werden weiterhin auf der Seite „Warnungen“ erfasst.</translation>
    </message>
    <message>
        <source>Quiet hours are over</source>
        <translation>Die Ruhezeit ist vorbei</translation>
    </message>
    <message>
        <source>The display currency could not be saved: %1</source>
        <translation>Die Anzeigewährung konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>not a JSON object: %1</source>
        <translation>kein JSON-Objekt: %1</translation>
    </message>
    <message>
        <source>missing field &quot;%1&quot;</source>
        <translation>Feld „%1“ fehlt</translation>
    </message>
    <message>
        <source>bad time</source>
        <translation>ungültige Zeitangabe</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Der Ordner %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>Cannot write the activity log %1: %2</source>
        <translation>Das Aktivitätsprotokoll %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot read the activity log: %1</source>
        <translation>Das Aktivitätsprotokoll kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Line %1 is unreadable: %2</source>
        <translation>Zeile %1 ist nicht lesbar: %2</translation>
    </message>
    <message>
        <source>Line %1 does not follow line %2: the log was edited</source>
        <translation>Zeile %1 schließt nicht an Zeile %2 an: Das Protokoll wurde bearbeitet</translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <source>Set limit</source>
        <translation>Limit festlegen</translation>
    </message>
    <message>
        <source>Create key</source>
        <translation>Schlüssel erstellen</translation>
    </message>
    <message>
        <source>Delete key</source>
        <translation>Schlüssel löschen</translation>
    </message>
    <message>
        <source>Set labels</source>
        <translation>Labels festlegen</translation>
    </message>
    <message>
        <source>Set expiry</source>
        <translation>Ablaufdatum festlegen</translation>
    </message>
    <message>
        <source>Project %1</source>
        <translation>Projekt %1</translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation>Schlüssel %1</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Set labels and expiry of a new key</source>
        <translation>Labels und Ablaufdatum eines neuen Schlüssels festlegen</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>There is no chart to save.</source>
        <translation>Es gibt kein Diagramm zum Speichern.</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>„%1“ konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ChartText</name>
    <message>
        <source>%1 % · over the limit</source>
        <translation>%1 % · über dem Limit</translation>
    </message>
    <message>
        <source>%1 % · near the limit</source>
        <translation>%1 % · nahe am Limit</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation>Schlüssel %1</translation>
    </message>
    <message>
        <source>Project %1</source>
        <translation>Projekt %1</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>No data yet.</source>
        <translation>Noch keine Daten.</translation>
    </message>
    <message>
        <source>%1: %2 spent this month, projected %3 by %4; no limit.</source>
        <translation>%1: %2 in diesem Monat ausgegeben, voraussichtlich %3 bis %4; kein Limit.</translation>
    </message>
    <message>
        <source>%1: %2 % of limit, projected %3 % by %4</source>
        <translation>%1: %2 % des Limits, voraussichtlich %3 % bis %4</translation>
    </message>
    <message>
        <source>, over the limit</source>
        <translation>, über dem Limit</translation>
    </message>
    <message>
        <source>, limit reached on %1</source>
        <translation>, Limit erreicht am %1</translation>
    </message>
    <message>
        <source> (%1 of %2).</source>
        <translation> (%1 von %2).</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Spent that day</source>
        <translation>An diesem Tag ausgegeben</translation>
    </message>
    <message>
        <source>Month to date</source>
        <translation>Monat bis heute</translation>
    </message>
    <message>
        <source>Share of the limit</source>
        <translation>Anteil am Limit</translation>
    </message>
    <message>
        <source>Forecast for %1</source>
        <translation>Prognose für %1</translation>
    </message>
    <message>
        <source>No spend per day to show.</source>
        <translation>Keine Tagesausgaben vorhanden.</translation>
    </message>
    <message>
        <source>Spend per day from %1 to %2: %3 in all, the most on %4 (%5).</source>
        <translation>Ausgaben pro Tag vom %1 bis %2: insgesamt %3, am meisten am %4 (%5).</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <source>No keys with spend yet.</source>
        <translation>Noch keine Schlüssel mit Ausgaben.</translation>
    </message>
    <message>
        <source>%1 %2 (no limit)</source>
        <translation>%1 %2 (kein Limit)</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>Top keys by spend this month: %1.</source>
        <translation>Schlüssel mit den höchsten Ausgaben in diesem Monat: %1.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Spent this month</source>
        <translation>Diesen Monat ausgegeben</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limit</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>kein Limit</translation>
    </message>
    <message>
        <source>No spend by model this month yet.</source>
        <translation>In diesem Monat noch keine Ausgaben nach Modell.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Spend by model this month: %1.</source>
        <translation>Ausgaben nach Modell in diesem Monat: %1.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
</context>
<context>
    <name>ChartTwin</name>
    <message>
        <source>%1 as a table</source>
        <translation>%1 als Tabelle</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Show %1 as a table</source>
        <translation>%1 als Tabelle zeigen</translation>
    </message>
    <message>
        <source>Show the numbers of this chart as a table</source>
        <translation>Die Zahlen dieses Diagramms als Tabelle zeigen</translation>
    </message>
</context>
<context>
    <name>CheckReport</name>
    <message>
        <source>OK: no entity is at an alert threshold or projected to exceed its limit.</source>
        <translation>OK: Kein Objekt hat eine Warnschwelle erreicht oder überschreitet voraussichtlich sein Limit.</translation>
    </message>
    <message numerus="yes">
        <source>%n entities need attention:</source>
        <translation>
            <numerusform>%n Objekt braucht Aufmerksamkeit:</numerusform>
            <numerusform>%n Objekte brauchen Aufmerksamkeit:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ColumnChooser</name>
    <message>
        <source>Right-click to choose the columns</source>
        <translation>Rechtsklick, um die Spalten auszuwählen</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Print the version and exit.</source>
        <translation>Die Version ausgeben und beenden.</translation>
    </message>
    <message>
        <source>Print this help and exit.</source>
        <translation>Diese Hilfe ausgeben und beenden.</translation>
    </message>
    <message>
        <source>Run against a built-in simulated organization (no account needed).</source>
        <translation>Mit einer eingebauten simulierten Organisation laufen (kein Konto nötig).</translation>
    </message>
    <message>
        <source>Use the connection profile NAME.</source>
        <translation>Das Verbindungsprofil NAME verwenden.</translation>
    </message>
    <message>
        <source>Connect to URL with the key from SPENDBOARD_API_KEY.</source>
        <translation>Mit dem Schlüssel aus SPENDBOARD_API_KEY zu URL verbinden.</translation>
    </message>
    <message>
        <source>Start in the tray.</source>
        <translation>Im Infobereich starten.</translation>
    </message>
    <message>
        <source>Write a PNG of the window once data has loaded, then exit.</source>
        <translation>Nach dem Laden der Daten ein PNG des Fensters schreiben und beenden.</translation>
    </message>
    <message>
        <source>Window size for --screenshot (default 1280x800).</source>
        <translation>Fenstergröße für --screenshot (Standard 1280x800).</translation>
    </message>
    <message>
        <source>report: the month, as YYYY-MM.</source>
        <translation>report: der Monat als YYYY-MM.</translation>
    </message>
    <message>
        <source>report: csv or json; check: text (default) or json.</source>
        <translation>report: csv oder json; check: text (Standard) oder json.</translation>
    </message>
    <message>
        <source>report: write to FILE instead of the output.</source>
        <translation>report: in DATEI statt in die Ausgabe schreiben.</translation>
    </message>
    <message>
        <source>Spend of an LLM-gateway organization against its monthly limits.</source>
        <translation>Ausgaben einer LLM-Gateway-Organisation im Verhältnis zu ihren Monatslimits.</translation>
    </message>
    <message>
        <source>Too many arguments: %1</source>
        <translation>Zu viele Argumente: %1</translation>
    </message>
    <message>
        <source>Unknown command “%1”: use report or check.</source>
        <translation>Unbekannter Befehl „%1“: Verwenden Sie report oder check.</translation>
    </message>
    <message>
        <source>Not a valid URL: %1</source>
        <translation>Keine gültige URL: %1</translation>
    </message>
    <message>
        <source>Use only one of --demo, --profile and --base-url.</source>
        <translation>Verwenden Sie nur eine der Optionen --demo, --profile und --base-url.</translation>
    </message>
    <message>
        <source>Unknown page “%1”: use one of %2.</source>
        <translation>Unbekannte Seite „%1“: Verwenden Sie eine von %2.</translation>
    </message>
    <message>
        <source>--size wants WIDTHxHEIGHT, for example 1280x800.</source>
        <translation>--size erwartet BREITExHÖHE, zum Beispiel 1280x800.</translation>
    </message>
    <message>
        <source>--page and --size go with --screenshot.</source>
        <translation>--page und --size gehören zu --screenshot.</translation>
    </message>
    <message>
        <source>report needs --month YYYY-MM.</source>
        <translation>report benötigt --month YYYY-MM.</translation>
    </message>
    <message>
        <source>report needs --format csv or --format json.</source>
        <translation>report benötigt --format csv oder --format json.</translation>
    </message>
    <message>
        <source>check takes --format text or --format json.</source>
        <translation>check akzeptiert --format text oder --format json.</translation>
    </message>
    <message>
        <source>The management key is never a command-line argument: it is read from the profile&apos;s entry in the system keychain, or from the SPENDBOARD_API_KEY environment variable.</source>
        <translation>Der Verwaltungsschlüssel ist nie ein Befehlszeilenargument: Er wird aus dem Eintrag des Profils im Systemschlüsselbund gelesen oder aus der Umgebungsvariable SPENDBOARD_API_KEY.</translation>
    </message>
    <message>
        <source>Page for --screenshot: overview, projects, keys, runway, alerts or activity.</source>
        <translation>Seite für --screenshot: overview, projects, keys, runway, alerts oder activity.</translation>
    </message>
    <message>
        <source>report: write the month-close pack (PDF and CSV files) into DIR.</source>
        <translation>report: das Monatsabschluss-Paket (PDF- und CSV-Dateien) in DIR schreiben.</translation>
    </message>
    <message>
        <source>Optional: report (month report as CSV/JSON, or the month-close pack) or check (alerts, exit code 0 none, 1 some, 2 error).</source>
        <translation>Optional: report (Monatsbericht als CSV/JSON oder das Monatsabschluss-Paket) oder check (Warnungen; Exit-Code 0 keine, 1 einige, 2 Fehler).</translation>
    </message>
    <message>
        <source>--pack writes its own files: leave out --format and --out.</source>
        <translation>--pack schreibt eigene Dateien: --format und --out weglassen.</translation>
    </message>
    <message>
        <source>--month, --format, --out and --pack go with the report or check command.</source>
        <translation>--month, --format, --out und --pack gehören zum Befehl report oder check.</translation>
    </message>
</context>
<context>
    <name>Confirmer</name>
    <message>
        <source>Continue</source>
        <translation>Fortfahren</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Connection profiles</source>
        <translation>Verbindungsprofile</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <source>Remove the selected profile</source>
        <translation>Das ausgewählte Profil entfernen</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <source>e.g. Production</source>
        <translation>z. B. Produktion</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>Management key</source>
        <translation>Verwaltungsschlüssel</translation>
    </message>
    <message>
        <source>Management &amp;key:</source>
        <translation>Verwaltungs&amp;schlüssel:</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Test the connection</source>
        <translation>Die Verbindung testen</translation>
    </message>
    <message>
        <source>&amp;Save Profile</source>
        <translation>Profil &amp;speichern</translation>
    </message>
    <message>
        <source>Save the profile</source>
        <translation>Das Profil speichern</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Ergebnis des Verbindungstests</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>A Requesty API key with manage permission. It is kept in the system keychain, never in Spendboard&apos;s settings.</source>
        <translation>Ein Requesty-API-Schlüssel mit Verwaltungsberechtigung. Er wird im Systemschlüsselbund aufbewahrt, nie in den Einstellungen von Spendboard.</translation>
    </message>
    <message>
        <source>Stored in the system keychain. Leave empty to keep it, or type a new key to replace it.</source>
        <translation>Im Systemschlüsselbund gespeichert. Leer lassen, um ihn zu behalten, oder einen neuen Schlüssel eingeben, um ihn zu ersetzen.</translation>
    </message>
    <message>
        <source>(unchanged)</source>
        <translation>(unverändert)</translation>
    </message>
    <message>
        <source>Plain http:// is allowed only to this computer (localhost or 127.0.0.1): anywhere else the management key would cross the network unencrypted and could be read. Use https://.</source>
        <translation>Unverschlüsseltes http:// ist nur zu diesem Computer erlaubt (localhost oder 127.0.0.1): Überall sonst ginge der Verwaltungsschlüssel unverschlüsselt über das Netz und könnte mitgelesen werden. Verwenden Sie https://.</translation>
    </message>
    <message>
        <source>This is not a server address. Example: %1</source>
        <translation>Das ist keine Serveradresse. Beispiel: %1</translation>
    </message>
    <message>
        <source>The server address must not contain a user name or password.</source>
        <translation>Die Serveradresse darf keinen Benutzernamen und kein Passwort enthalten.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <source>This key can edit: it can change limits and create or delete keys.</source>
        <translation>Dieser Schlüssel darf bearbeiten: Er kann Limits ändern und Schlüssel erstellen oder löschen.</translation>
    </message>
    <message>
        <source>This key is read only: Spendboard shows spend but can&apos;t change limits or keys.</source>
        <translation>Dieser Schlüssel darf nur lesen: Spendboard zeigt die Ausgaben an, kann aber keine Limits oder Schlüssel ändern.</translation>
    </message>
    <message>
        <source>This key has no management permission; spend can&apos;t be shown with it.</source>
        <translation>Dieser Schlüssel hat keine Verwaltungsberechtigung; mit ihm lassen sich keine Ausgaben anzeigen.</translation>
    </message>
    <message>
        <source>Connected to “%1”. %2</source>
        <translation>Verbunden mit „%1“. %2</translation>
    </message>
    <message>
        <source>A profile named “%1” already exists.</source>
        <translation>Ein Profil namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>„%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Remove Connection?</source>
        <translation>Verbindung entfernen?</translation>
    </message>
    <message>
        <source>Remove the connection “%1”? Its management key is deleted from the system keychain.</source>
        <translation>Die Verbindung „%1“ entfernen? Ihr Verwaltungsschlüssel wird aus dem Systemschlüsselbund gelöscht.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>ConnectionResolver</name>
    <message>
        <source>There is no connection yet: add your management key under Tools → Connections…, or start with --demo to look around.</source>
        <translation>Es gibt noch keine Verbindung: Fügen Sie Ihren Verwaltungsschlüssel unter Extras → Verbindungen… hinzu oder starten Sie mit --demo, um sich umzusehen.</translation>
    </message>
    <message>
        <source>--base-url needs the management key in the SPENDBOARD_API_KEY environment variable.</source>
        <translation>--base-url benötigt den Verwaltungsschlüssel in der Umgebungsvariable SPENDBOARD_API_KEY.</translation>
    </message>
    <message>
        <source>There is no profile named “%1”.</source>
        <translation>Es gibt kein Profil namens „%1“.</translation>
    </message>
</context>
<context>
    <name>CreateKeyDialog</name>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>Create Key</source>
        <translation>Schlüssel erstellen</translation>
    </message>
    <message>
        <source>New API Key</source>
        <translation>Neuer API-Schlüssel</translation>
    </message>
    <message>
        <source>Create the key</source>
        <translation>Den Schlüssel erstellen</translation>
    </message>
    <message>
        <source>The key works, but its labels or expiry could not be set: %1 Set them again from the Keys page.</source>
        <translation>Der Schlüssel funktioniert, aber seine Labels oder sein Ablaufdatum konnten nicht festgelegt werden: %1 Legen Sie sie auf der Seite „Schlüssel“ erneut fest.</translation>
    </message>
    <message>
        <source>Key name</source>
        <translation>Schlüsselname</translation>
    </message>
    <message>
        <source>e.g. ci-bot or marketing-site</source>
        <translation>z. B. ci-bot oder marketing-site</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Monthly limit in US dollars</source>
        <translation>Monatslimit in US-Dollar</translation>
    </message>
    <message>
        <source>No li&amp;mit</source>
        <translation>Kein Li&amp;mit</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Kein Limit</translation>
    </message>
    <message>
        <source>Monthly &amp;limit (US$):</source>
        <translation>Monats&amp;limit (US$):</translation>
    </message>
    <message>
        <source>Completions permission</source>
        <translation>Berechtigung für Completions</translation>
    </message>
    <message>
        <source>Whether the key can send requests to models through the router.</source>
        <translation>Ob der Schlüssel über den Router Anfragen an Modelle senden darf.</translation>
    </message>
    <message>
        <source>&amp;Completions:</source>
        <translation>&amp;Completions:</translation>
    </message>
    <message>
        <source>Management permission</source>
        <translation>Verwaltungsberechtigung</translation>
    </message>
    <message>
        <source>Whether the key can read (Read) or change (Write) keys and limits through the management API. Most keys need None.</source>
        <translation>Ob der Schlüssel über die Verwaltungs-API Schlüssel und Limits lesen (Lesen) oder ändern (Schreiben) darf. Die meisten Schlüssel brauchen „Keine“.</translation>
    </message>
    <message>
        <source>Mana&amp;gement API:</source>
        <translation>Verwaltungs-&amp;API:</translation>
    </message>
    <message>
        <source>Labels:</source>
        <translation>Labels:</translation>
    </message>
    <message>
        <source>&amp;Expires on</source>
        <translation>&amp;Läuft ab am</translation>
    </message>
    <message>
        <source>The key expires</source>
        <translation>Der Schlüssel läuft ab</translation>
    </message>
    <message>
        <source>Expiry date and time</source>
        <translation>Ablaufdatum und -uhrzeit</translation>
    </message>
    <message>
        <source>Expiry:</source>
        <translation>Ablauf:</translation>
    </message>
    <message>
        <source>Copy the key now. This is the only time it is shown: Spendboard does not keep it and it can&apos;t be shown again. Store it in your password manager or secret store.</source>
        <translation>Kopieren Sie den Schlüssel jetzt. Er wird nur dieses eine Mal angezeigt: Spendboard speichert ihn nicht und kann ihn nicht erneut anzeigen. Bewahren Sie ihn in Ihrem Passwortmanager oder Geheimnisspeicher auf.</translation>
    </message>
    <message>
        <source>The new key (shown once)</source>
        <translation>Der neue Schlüssel (wird einmal angezeigt)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the key to the clipboard</source>
        <translation>Den Schlüssel in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Give the key a name.</source>
        <translation>Geben Sie dem Schlüssel einen Namen.</translation>
    </message>
    <message numerus="yes">
        <source>The name is too long: at most %1 characters, it has %n.</source>
        <translation>
            <numerusform>Der Name ist zu lang: höchstens %1 Zeichen, er hat %n.</numerusform>
            <numerusform>Der Name ist zu lang: höchstens %1 Zeichen, er hat %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter a monthly limit, or tick “No limit”.</source>
        <translation>Geben Sie ein Monatslimit ein oder wählen Sie „Kein Limit“.</translation>
    </message>
    <message>
        <source>The expiry must be in the future.</source>
        <translation>Das Ablaufdatum muss in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>The key “%1” was created.</source>
        <translation>Der Schlüssel „%1“ wurde erstellt.</translation>
    </message>
    <message>
        <source>Key Created</source>
        <translation>Schlüssel erstellt</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message numerus="yes">
        <source>Copied. The clipboard is cleared in %n seconds unless you copy something else.</source>
        <translation>
            <numerusform>Kopiert. Die Zwischenablage wird in %n Sekunde geleert, sofern Sie nichts anderes kopieren.</numerusform>
            <numerusform>Kopiert. Die Zwischenablage wird in %n Sekunden geleert, sofern Sie nichts anderes kopieren.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>„%1“ konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>CurrencyBox</name>
    <message>
        <source>Display currency</source>
        <translation>Anzeigewährung</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;importieren…</translation>
    </message>
    <message>
        <source>USD (no conversion)</source>
        <translation>USD (keine Umrechnung)</translation>
    </message>
    <message>
        <source>Dated rates, one per line: date, currency, units per US dollar</source>
        <translation>Datierte Kurse, einer pro Zeile: Datum, Währung, Einheiten pro US-Dollar</translation>
    </message>
    <message>
        <source>Show amounts in:</source>
        <translation>Beträge anzeigen in:</translation>
    </message>
    <message>
        <source>Monthly rates:</source>
        <translation>Monatskurse:</translation>
    </message>
    <message>
        <source>Import dated rates</source>
        <translation>Datierte Kurse importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Rates: %1</source>
        <translation>Kurse: %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Nicht importiert: %1</translation>
    </message>
    <message>
        <source>Not valid: %1</source>
        <translation>Ungültig: %1</translation>
    </message>
    <message>
        <source>Amounts are shown in US dollars, as the API keeps them.</source>
        <translation>Beträge werden in US-Dollar angezeigt, wie die API sie führt.</translation>
    </message>
    <message>
        <source>No rate for %1 yet: amounts stay in US dollars until one is entered.</source>
        <translation>Noch kein Kurs für %1: Beträge bleiben in US-Dollar, bis einer eingetragen ist.</translation>
    </message>
    <message>
        <source>Each month is shown at the latest %1 rate dated on or before its last day; limits are still entered and sent in US dollars.</source>
        <translation>Jeder Monat wird zum letzten %1-Kurs mit Datum bis zu seinem letzten Tag angezeigt; Limits werden weiterhin in US-Dollar eingegeben und gesendet.</translation>
    </message>
</context>
<context>
    <name>CurrencyRates</name>
    <message>
        <source>the rate is empty</source>
        <translation>der Kurs ist leer</translation>
    </message>
    <message>
        <source>the rate &quot;%1&quot; is not positive</source>
        <translation>der Kurs „%1“ ist nicht positiv</translation>
    </message>
    <message>
        <source>the rate &quot;%1&quot; has more than 6 decimals</source>
        <translation>der Kurs „%1“ hat mehr als 6 Nachkommastellen</translation>
    </message>
    <message>
        <source>the rate &quot;%1&quot; is too large</source>
        <translation>der Kurs „%1“ ist zu groß</translation>
    </message>
    <message>
        <source>the rate &quot;%1&quot; is not a number</source>
        <translation>der Kurs „%1“ ist keine Zahl</translation>
    </message>
    <message>
        <source>the date is not valid</source>
        <translation>das Datum ist ungültig</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a three-letter currency code</source>
        <translation>„%1“ ist kein dreibuchstabiger Währungscode</translation>
    </message>
    <message>
        <source>the rate must be positive</source>
        <translation>der Kurs muss positiv sein</translation>
    </message>
    <message>
        <source>line %1: expected 3 fields (date,currency,rate), found %2</source>
        <translation>Zeile %1: 3 Felder erwartet (date,currency,rate), %2 gefunden</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; is not a date (YYYY-MM-DD)</source>
        <translation>Zeile %1: „%2“ ist kein Datum (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; is not a three-letter currency code</source>
        <translation>Zeile %1: „%2“ ist kein dreibuchstabiger Währungscode</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>line %1: a second %2 rate for %3 (the first is on line %4)</source>
        <translation>Zeile %1: ein zweiter %2-Kurs für %3 (der erste steht in Zeile %4)</translation>
    </message>
    <message>
        <source>the file has no rates</source>
        <translation>die Datei enthält keine Kurse</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>unknown version of the currency file</source>
        <translation>unbekannte Version der Währungsdatei</translation>
    </message>
    <message>
        <source>the display currency is not valid</source>
        <translation>die Anzeigewährung ist ungültig</translation>
    </message>
    <message>
        <source>rate %1: %2</source>
        <translation>Kurs %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a currency file: %2</source>
        <translation>%1 ist keine Währungsdatei: %2</translation>
    </message>
</context>
<context>
    <name>DailyChart</name>
    <message>
        <source>Spend per day</source>
        <translation>Ausgaben pro Tag</translation>
    </message>
    <message>
        <source>%1: not yet</source>
        <translation>%1: noch nicht</translation>
    </message>
    <message>
        <source>%1: %2 spent</source>
        <translation>%1: %2 ausgegeben</translation>
    </message>
</context>
<context>
    <name>DailySpendPanel</name>
    <message>
        <source>Range of the spend per day chart</source>
        <translation>Zeitraum des Diagramms „Ausgaben pro Tag“</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <source>All history</source>
        <translation>Gesamter Verlauf</translation>
    </message>
    <message>
        <source>Longer ranges come from the usage history kept on this computer</source>
        <translation>Längere Zeiträume stammen aus dem Nutzungsverlauf auf diesem Computer</translation>
    </message>
    <message>
        <source>No local usage history is kept</source>
        <translation>Es wird kein lokaler Nutzungsverlauf geführt</translation>
    </message>
    <message>
        <source>No usage history on this computer yet.</source>
        <translation>Noch kein Nutzungsverlauf auf diesem Computer.</translation>
    </message>
    <message>
        <source>No local usage history is kept.</source>
        <translation>Es wird kein lokaler Nutzungsverlauf geführt.</translation>
    </message>
    <message>
        <source>History from %1</source>
        <translation>Verlauf ab %1</translation>
    </message>
    <message>
        <source>last synced %1 ago</source>
        <translation>zuletzt vor %1 synchronisiert</translation>
    </message>
    <message>
        <source>showing saved data</source>
        <translation>gespeicherte Daten</translation>
    </message>
</context>
<context>
    <name>DeleteKeyDialog</name>
    <message>
        <source>&amp;Delete Key</source>
        <translation>Schlüssel &amp;löschen</translation>
    </message>
    <message>
        <source>Delete API Key</source>
        <translation>API-Schlüssel löschen</translation>
    </message>
    <message>
        <source>Delete the key “%1”? Every app that uses it stops working at once, and this can&apos;t be undone.</source>
        <translation>Den Schlüssel „%1“ löschen? Jede Anwendung, die ihn nutzt, funktioniert sofort nicht mehr, und das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>To confirm, type the key&apos;s &amp;name:</source>
        <translation>Geben Sie zur Bestätigung den &amp;Namen des Schlüssels ein:</translation>
    </message>
    <message>
        <source>Type the key&apos;s name to confirm</source>
        <translation>Zur Bestätigung den Namen des Schlüssels eingeben</translation>
    </message>
    <message>
        <source>Delete the key</source>
        <translation>Den Schlüssel löschen</translation>
    </message>
    <message>
        <source>Type the name exactly.</source>
        <translation>Geben Sie den Namen genau so ein.</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <source>No limit</source>
        <translation>Kein Limit</translation>
    </message>
    <message>
        <source>read</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>write</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Select a row to see its chart and details.</source>
        <translation>Wählen Sie eine Zeile aus, um ihr Diagramm und ihre Details zu sehen.</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>Pro Tag</translation>
    </message>
    <message>
        <source>By model</source>
        <translation>Nach Modell</translation>
    </message>
    <message>
        <source>Spend by model is not available for a single key or project yet; the Overview shows it for the organization.</source>
        <translation>Ausgaben nach Modell gibt es für einzelne Schlüssel oder Projekte noch nicht; die Übersicht zeigt sie für die Organisation.</translation>
    </message>
    <message>
        <source>%1 · %2 % of its monthly limit</source>
        <translation>%1 · %2 % seines Monatslimits</translation>
    </message>
    <message>
        <source>Monthly limit</source>
        <translation>Monatslimit</translation>
    </message>
    <message>
        <source>Forecast at month end</source>
        <translation>Prognose zum Monatsende</translation>
    </message>
    <message>
        <source>At the recent pace of %1 per day</source>
        <translation>Beim aktuellen Tempo von %1 pro Tag</translation>
    </message>
    <message>
        <source>Reaches its limit</source>
        <translation>Erreicht sein Limit</translation>
    </message>
    <message>
        <source>Can still spend</source>
        <translation>Kann noch ausgeben</translation>
    </message>
    <message>
        <source>No cap</source>
        <translation>Keine Obergrenze</translation>
    </message>
    <message>
        <source>The smaller of the key&apos;s and its project&apos;s remaining limit</source>
        <translation>Der kleinere Rest aus dem Limit des Schlüssels und dem seines Projekts</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation>abgelaufen am %1</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>management: %1 · completions: %2</source>
        <translation>Verwaltung: %1 · Completions: %2</translation>
    </message>
    <message>
        <source>Key id</source>
        <translation>Schlüssel-ID</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Private project of %1</source>
        <translation>Privates Projekt von %1</translation>
    </message>
    <message>
        <source>Shared project</source>
        <translation>Gemeinsames Projekt</translation>
    </message>
    <message>
        <source>Binds every key in the project</source>
        <translation>Gilt für jeden Schlüssel im Projekt</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message numerus="yes">
        <source>%n keys</source>
        <translation>
            <numerusform>%n Schlüssel</numerusform>
            <numerusform>%n Schlüssel</numerusform>
        </translation>
    </message>
    <message>
        <source>Project id</source>
        <translation>Projekt-ID</translation>
    </message>
    <message>
        <source>%1, likely %2 – %3</source>
        <translation>%1, wahrscheinlich %2 – %3</translation>
    </message>
    <message>
        <source>Limit resets</source>
        <translation>Limit wird zurückgesetzt</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>Spent this month</source>
        <translation>Diesen Monat ausgegeben</translation>
    </message>
</context>
<context>
    <name>DialogLauncher</name>
    <message>
        <source>The monthly limit of “%1” is now %2.</source>
        <translation>Das Monatslimit von „%1“ beträgt jetzt %2.</translation>
    </message>
    <message>
        <source>“%1” has no monthly limit now.</source>
        <translation>„%1“ hat jetzt kein Monatslimit mehr.</translation>
    </message>
    <message>
        <source>Key “%1” created.</source>
        <translation>Schlüssel „%1“ erstellt.</translation>
    </message>
    <message>
        <source>Key “%1” deleted.</source>
        <translation>Schlüssel „%1“ gelöscht.</translation>
    </message>
    <message>
        <source>Labels of “%1” saved.</source>
        <translation>Labels von „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>“%1” now expires on %2.</source>
        <translation>„%1“ läuft jetzt am %2 ab.</translation>
    </message>
    <message>
        <source>“%1” no longer expires.</source>
        <translation>„%1“ läuft nicht mehr ab.</translation>
    </message>
</context>
<context>
    <name>DiskCache</name>
    <message>
        <source>The cache %1 cannot be read (%2); it is ignored.</source>
        <translation>Der Zwischenspeicher %1 kann nicht gelesen werden (%2); er wird ignoriert.</translation>
    </message>
    <message>
        <source>The cache %1 is too large to be ours; it is ignored.</source>
        <translation>Der Zwischenspeicher %1 ist zu groß, um von uns zu stammen; er wird ignoriert.</translation>
    </message>
    <message>
        <source>The cache %1 is damaged (%2); it is ignored.</source>
        <translation>Der Zwischenspeicher %1 ist beschädigt (%2); er wird ignoriert.</translation>
    </message>
    <message>
        <source>The cache %1 cannot be written: %2</source>
        <translation>Der Zwischenspeicher %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht erstellt werden</translation>
    </message>
</context>
<context>
    <name>EditGuard</name>
    <message>
        <source>Nothing is loaded yet. Wait for the first refresh, then try again.</source>
        <translation>Es ist noch nichts geladen. Warten Sie die erste Aktualisierung ab und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>This connection&apos;s key can only read. Changing limits and keys needs a key with manage permission “write”: ask an administrator for one, or choose another connection.</source>
        <translation>Der Schlüssel dieser Verbindung darf nur lesen. Zum Ändern von Limits und Schlüsseln ist ein Schlüssel mit der Verwaltungsberechtigung „Schreiben“ nötig: Fragen Sie einen Administrator danach oder wählen Sie eine andere Verbindung.</translation>
    </message>
    <message>
        <source>This key no longer exists on the server. It may have been deleted elsewhere.</source>
        <translation>Dieser Schlüssel existiert auf dem Server nicht mehr. Möglicherweise wurde er an anderer Stelle gelöscht.</translation>
    </message>
    <message>
        <source>The key “%1” expired on %2. An expired key can&apos;t be changed or revived; create a new key instead.</source>
        <translation>Der Schlüssel „%1“ ist am %2 abgelaufen. Ein abgelaufener Schlüssel kann weder geändert noch reaktiviert werden; erstellen Sie stattdessen einen neuen.</translation>
    </message>
    <message>
        <source>This project no longer exists on the server.</source>
        <translation>Dieses Projekt existiert auf dem Server nicht mehr.</translation>
    </message>
</context>
<context>
    <name>EntityTableModel</name>
    <message>
        <source>%1 in %2</source>
        <extracomment>A table column header with the display currency, e.g. &quot;Spend (month) in EUR&quot;</extracomment>
        <translation>%1 in %2</translation>
    </message>
</context>
<context>
    <name>EntityTablePage</name>
    <message>
        <source>Edit limit…</source>
        <translation>Limit bearbeiten…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Available once the data has loaded.</source>
        <translation>Verfügbar, sobald die Daten geladen sind.</translation>
    </message>
    <message>
        <source>This management key can only read: ask an admin for a key with manage: write.</source>
        <translation>Dieser Verwaltungsschlüssel darf nur lesen: Bitten Sie einen Administrator um einen Schlüssel mit Verwaltung: Schreiben.</translation>
    </message>
    <message>
        <source>Select a row first.</source>
        <translation>Wählen Sie zuerst eine Zeile aus.</translation>
    </message>
</context>
<context>
    <name>ErrorPanel</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Show error details</source>
        <translation>Fehlerdetails anzeigen</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Fehlerdetails</translation>
    </message>
</context>
<context>
    <name>ExpiryDialog</name>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>&amp;Never expires</source>
        <translation>Läuft &amp;nie ab</translation>
    </message>
    <message>
        <source>&amp;Expires on</source>
        <translation>&amp;Läuft ab am</translation>
    </message>
    <message>
        <source>Set Key Expiry</source>
        <translation>Ablaufdatum des Schlüssels festlegen</translation>
    </message>
    <message>
        <source>When should the key “%1” stop working? After its expiry it can&apos;t be changed or revived.</source>
        <translation>Wann soll der Schlüssel „%1“ aufhören zu funktionieren? Nach dem Ablauf kann er weder geändert noch reaktiviert werden.</translation>
    </message>
    <message>
        <source>Never expires</source>
        <translation>Läuft nie ab</translation>
    </message>
    <message>
        <source>Expires on a date</source>
        <translation>Läuft an einem Datum ab</translation>
    </message>
    <message>
        <source>Expiry date and time</source>
        <translation>Ablaufdatum und -uhrzeit</translation>
    </message>
    <message>
        <source>Save the expiry</source>
        <translation>Das Ablaufdatum speichern</translation>
    </message>
    <message>
        <source>The expiry must be in the future.</source>
        <translation>Das Ablaufdatum muss in der Zukunft liegen.</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Could not save the export.</source>
        <translation>Der Export konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>There is nothing to export on this page.</source>
        <translation>Auf dieser Seite gibt es nichts zu exportieren.</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>Tabelle exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>There are no alerts to export.</source>
        <translation>Es gibt keine Warnungen zum Exportieren.</translation>
    </message>
    <message>
        <source>Export alerts</source>
        <translation>Warnungen exportieren</translation>
    </message>
    <message>
        <source>The alerts are no longer available.</source>
        <translation>Die Warnungen sind nicht mehr verfügbar.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Month report</source>
        <translation>Monatsbericht</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>There is no data to report yet.</source>
        <translation>Es gibt noch keine Daten für einen Bericht.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>≥ 80 %</source>
        <translation>≥ 80 %</translation>
    </message>
    <message>
        <source>Only those at 80 % of their limit or more</source>
        <translation>Nur solche ab 80 % ihres Limits</translation>
    </message>
    <message>
        <source>Only those that reached their limit</source>
        <translation>Nur solche, die ihr Limit erreicht haben</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Kein Limit</translation>
    </message>
    <message>
        <source>Only those without a monthly limit</source>
        <translation>Nur solche ohne Monatslimit</translation>
    </message>
    <message>
        <source>Only keys that expire within 7 days</source>
        <translation>Nur Schlüssel, die innerhalb von 7 Tagen ablaufen</translation>
    </message>
    <message>
        <source>Filter… (Ctrl+F)</source>
        <translation>Filtern… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter by name, label or owner (Ctrl+F)</source>
        <translation>Nach Name, Label oder Verantwortlichem filtern (Ctrl+F)</translation>
    </message>
    <message>
        <source>Over</source>
        <translation>Über</translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation>Läuft ab</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
</context>
<context>
    <name>HeadlessSession</name>
    <message>
        <source>The demo could not start: %1</source>
        <translation>Die Demo konnte nicht starten: %1</translation>
    </message>
</context>
<context>
    <name>HelpBoxes</name>
    <message>
        <source>About Spendboard</source>
        <translation>Über Spendboard</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Spendboard %1&lt;/h3&gt;&lt;p&gt;Spend of your LLM-gateway organization against its monthly limits, with alerts before a limit is reached.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Spendboard %1&lt;/h3&gt;&lt;p&gt;Die Ausgaben Ihrer LLM-Gateway-Organisation im Verhältnis zu ihren Monatslimits, mit Warnungen, bevor ein Limit erreicht ist.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Overview, Projects, Keys, Alerts, Activity</source>
        <translation>Übersicht, Projekte, Schlüssel, Warnungen, Aktivität</translation>
    </message>
    <message>
        <source>Ctrl+1 … Ctrl+5</source>
        <translation>Ctrl+1 … Ctrl+5</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>Jetzt aktualisieren</translation>
    </message>
    <message>
        <source>Filter the table</source>
        <translation>Die Tabelle filtern</translation>
    </message>
    <message>
        <source>Edit the selected limit</source>
        <translation>Das ausgewählte Limit bearbeiten</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>New key</source>
        <translation>Neuer Schlüssel</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Delete the selected key</source>
        <translation>Den ausgewählten Schlüssel löschen</translation>
    </message>
    <message>
        <source>Acknowledge the selected alert</source>
        <translation>Die ausgewählte Warnung bestätigen</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Vollbild</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>HistoryChart</name>
    <message>
        <source>Spend per day</source>
        <translation>Ausgaben pro Tag</translation>
    </message>
    <message>
        <source>%1: %2 spent</source>
        <translation>%1: %2 ausgegeben</translation>
    </message>
</context>
<context>
    <name>HistoryDb</name>
    <message>
        <source>Cannot create the folder %1 for the usage history.</source>
        <translation>Der Ordner %1 für den Nutzungsverlauf kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>The usage history %1 is damaged (%2) and could not be moved aside: %3</source>
        <translation>Der Nutzungsverlauf %1 ist beschädigt (%2) und konnte nicht beiseitegelegt werden: %3</translation>
    </message>
    <message>
        <source>The usage history was damaged (%1). It was moved to %2 and a new history was started.</source>
        <translation>Der Nutzungsverlauf war beschädigt (%1). Er wurde nach %2 verschoben und ein neuer Verlauf begonnen.</translation>
    </message>
    <message>
        <source>Cannot open the usage history %1: %2</source>
        <translation>Der Nutzungsverlauf %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>the integrity check failed</source>
        <translation>die Integritätsprüfung ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>The usage history is not open.</source>
        <translation>Der Nutzungsverlauf ist nicht geöffnet.</translation>
    </message>
</context>
<context>
    <name>HistorySchema</name>
    <message>
        <source>The history database cannot be read: %1</source>
        <translation>Die Verlaufsdatenbank kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The history database was written by a newer version of Spendboard (schema %1; this version reads up to %2).</source>
        <translation>Die Verlaufsdatenbank wurde von einer neueren Spendboard-Version geschrieben (Schema %1; diese Version liest bis %2).</translation>
    </message>
    <message>
        <source>The history database could not be upgraded from schema %1: %2</source>
        <translation>Die Verlaufsdatenbank konnte nicht von Schema %1 aktualisiert werden: %2</translation>
    </message>
</context>
<context>
    <name>KeysPage</name>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Show only the keys of one project</source>
        <translation>Nur die Schlüssel eines Projekts anzeigen</translation>
    </message>
    <message>
        <source>Labels…</source>
        <translation>Labels…</translation>
    </message>
    <message>
        <source>Expiry…</source>
        <translation>Ablauf…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>New key…</source>
        <translation>Neuer Schlüssel…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Select a key to see its chart, its facts and what you can do with it.</source>
        <translation>Wählen Sie einen Schlüssel aus, um sein Diagramm, seine Eckdaten und die möglichen Aktionen zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>%n keys</source>
        <translation>
            <numerusform>%n Schlüssel</numerusform>
            <numerusform>%n Schlüssel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n keys</source>
        <translation>
            <numerusform>%1 von %n Schlüssel</numerusform>
            <numerusform>%1 von %n Schlüsseln</numerusform>
        </translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>Alle Projekte</translation>
    </message>
</context>
<context>
    <name>LabelsDialog</name>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Edit Labels</source>
        <translation>Labels bearbeiten</translation>
    </message>
    <message>
        <source>Labels of the key “%1”, e.g. team = finance. Saving replaces all of them.</source>
        <translation>Labels des Schlüssels „%1“, z. B. team = finance. Beim Speichern werden alle ersetzt.</translation>
    </message>
    <message>
        <source>Save the labels</source>
        <translation>Die Labels speichern</translation>
    </message>
</context>
<context>
    <name>LabelsEditor</name>
    <message>
        <source>&amp;Add Label</source>
        <translation>Label &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove Label</source>
        <translation>Label &amp;entfernen</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Add a label</source>
        <translation>Ein Label hinzufügen</translation>
    </message>
    <message>
        <source>Remove the selected label</source>
        <translation>Das ausgewählte Label entfernen</translation>
    </message>
    <message>
        <source>Label %1 has a value but no key. Give it a key or remove it.</source>
        <translation>Label %1 hat einen Wert, aber keinen Schlüssel. Geben Sie ihm einen Schlüssel oder entfernen Sie es.</translation>
    </message>
    <message>
        <source>The label key “%1” is used twice. Each key can appear only once.</source>
        <translation>Der Label-Schlüssel „%1“ wird doppelt verwendet. Jeder Schlüssel darf nur einmal vorkommen.</translation>
    </message>
</context>
<context>
    <name>LimitDialog</name>
    <message>
        <source>Edit Monthly Limit</source>
        <translation>Monatslimit bearbeiten</translation>
    </message>
    <message>
        <source>The organization has no limit of its own.</source>
        <translation>Die Organisation hat kein eigenes Limit.</translation>
    </message>
    <message>
        <source>Spent this month:</source>
        <translation>Diesen Monat ausgegeben:</translation>
    </message>
    <message>
        <source>Current limit:</source>
        <translation>Aktuelles Limit:</translation>
    </message>
    <message>
        <source>Forecast for month end:</source>
        <translation>Prognose zum Monatsende:</translation>
    </message>
    <message>
        <source>New monthly limit in US dollars</source>
        <translation>Neues Monatslimit in US-Dollar</translation>
    </message>
    <message>
        <source>&amp;No limit</source>
        <translation>&amp;Kein Limit</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Kein Limit</translation>
    </message>
    <message>
        <source>Remove the monthly cap (the API stores this as 0).</source>
        <translation>Die monatliche Obergrenze aufheben (die API speichert dies als 0).</translation>
    </message>
    <message>
        <source>New &amp;limit (US$):</source>
        <translation>Neues &amp;Limit (US$):</translation>
    </message>
    <message>
        <source>What the new limit means</source>
        <translation>Was das neue Limit bedeutet</translation>
    </message>
    <message>
        <source>Keep my value</source>
        <translation>Meinen Wert behalten</translation>
    </message>
    <message>
        <source>Use the value on the server</source>
        <translation>Den Wert auf dem Server übernehmen</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Wird gespeichert</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save the new limit</source>
        <translation>Das neue Limit speichern</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>kein Limit</translation>
    </message>
    <message>
        <source>Project “%1”</source>
        <translation>Projekt „%1“</translation>
    </message>
    <message>
        <source>Key “%1”</source>
        <translation>Schlüssel „%1“</translation>
    </message>
    <message>
        <source>%1 (likely between %2 and %3)</source>
        <translation>%1 (wahrscheinlich zwischen %2 und %3)</translation>
    </message>
    <message>
        <source>No cap: spending continues without a monthly limit. Expected by the month end: %1.</source>
        <translation>Keine Obergrenze: Die Ausgaben laufen ohne Monatslimit weiter. Erwartet bis Monatsende: %1.</translation>
    </message>
    <message>
        <source>Already below this month&apos;s spend (%1): every key in this project is blocked at once.</source>
        <translation>Schon unter den Ausgaben dieses Monats (%1): Jeder Schlüssel dieses Projekts wird sofort gesperrt.</translation>
    </message>
    <message>
        <source>Already below this month&apos;s spend (%1): the key is blocked at once.</source>
        <translation>Schon unter den Ausgaben dieses Monats (%1): Der Schlüssel wird sofort gesperrt.</translation>
    </message>
    <message>
        <source>Nothing has been spent recently, so this limit lasts the whole month.</source>
        <translation>In letzter Zeit wurde nichts ausgegeben, daher reicht dieses Limit für den ganzen Monat.</translation>
    </message>
    <message>
        <source>At the current burn (%1 a day) this lasts the whole month.</source>
        <translation>Beim aktuellen Verbrauch (%1 pro Tag) reicht das für den ganzen Monat.</translation>
    </message>
    <message>
        <source>d MMM</source>
        <extracomment>Date format for &quot;lasts until 27 Nov&quot;; see QDate::toString.</extracomment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>At the current burn (%1 a day) this lasts until %2.</source>
        <translation>Beim aktuellen Verbrauch (%1 pro Tag) reicht das bis %2.</translation>
    </message>
    <message>
        <source>Block at once?</source>
        <translation>Sofort sperren?</translation>
    </message>
    <message>
        <source>This month&apos;s spend of “%1” is already %2. A limit of %3 blocks every key in the project at once, until the limit is raised or the month ends.</source>
        <translation>Die Ausgaben von „%1“ betragen in diesem Monat bereits %2. Ein Limit von %3 sperrt sofort jeden Schlüssel des Projekts, bis das Limit erhöht wird oder der Monat endet.</translation>
    </message>
    <message>
        <source>This month&apos;s spend of “%1” is already %2. A limit of %3 blocks the key at once, until the limit is raised or the month ends.</source>
        <translation>Die Ausgaben von „%1“ betragen in diesem Monat bereits %2. Ein Limit von %3 sperrt den Schlüssel sofort, bis das Limit erhöht wird oder der Monat endet.</translation>
    </message>
    <message>
        <source>Set Limit and Block</source>
        <translation>Limit setzen und sperren</translation>
    </message>
    <message>
        <source>Raise more than tenfold?</source>
        <translation>Mehr als verzehnfachen?</translation>
    </message>
    <message>
        <source>The limit of “%1” goes from %2 to %3, more than ten times as much. Is that amount right (not an extra zero)?</source>
        <translation>Das Limit von „%1“ steigt von %2 auf %3, also auf mehr als das Zehnfache. Stimmt der Betrag (keine Null zu viel)?</translation>
    </message>
    <message>
        <source>Raise Limit</source>
        <translation>Limit erhöhen</translation>
    </message>
    <message>
        <source>Someone changed this limit to %1 while you were editing. Your value: %2.</source>
        <translation>Jemand hat dieses Limit während Ihrer Bearbeitung auf %1 geändert. Ihr Wert: %2.</translation>
    </message>
    <message>
        <source>&amp;Keep My Value (%1)</source>
        <translation>Meinen Wert &amp;behalten (%1)</translation>
    </message>
    <message>
        <source>&amp;Use %1</source>
        <translation>%1 &amp;übernehmen</translation>
    </message>
    <message>
        <source>Resets:</source>
        <translation>Zurückgesetzt:</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>Sent to the API: 0, which means no limit.</source>
        <translation>An die API gesendet: 0, also kein Limit.</translation>
    </message>
    <message>
        <source>Sent to the API: %1 (US dollars). Shown as %2 at the %3 rate.</source>
        <translation>An die API gesendet: %1 (US-Dollar). Angezeigt als %2 zum Kurs vom %3.</translation>
    </message>
    <message>
        <source>Sent to the API: %1 (US dollars).</source>
        <translation>An die API gesendet: %1 (US-Dollar).</translation>
    </message>
</context>
<context>
    <name>LocalHistory</name>
    <message>
        <source>The usage history could not be saved: %1</source>
        <translation>Der Nutzungsverlauf konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Spendboard</source>
        <translation>Spendboard</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profil:</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Switch between organizations or servers</source>
        <translation>Zwischen Organisationen oder Servern wechseln</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Fetch the latest spend now (F5)</source>
        <translation>Die neuesten Ausgaben jetzt abrufen (F5)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Save the current page as CSV (tables) or PNG (the overview chart)</source>
        <translation>Die aktuelle Seite als CSV (Tabellen) oder PNG (Übersichtsdiagramm) speichern</translation>
    </message>
    <message>
        <source>Month report &amp;PDF…</source>
        <translation>Monatsbericht als &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Extras</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Connections…</source>
        <translation>&amp;Verbindungen…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Spendboard</source>
        <translation>&amp;Über Spendboard</translation>
    </message>
    <message>
        <source>Showing the data from %1.</source>
        <translation>Es werden die Daten vom %1 angezeigt.</translation>
    </message>
    <message>
        <source>Alerts (%1)</source>
        <translation>Warnungen (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Alerts, %n not acknowledged</source>
        <translation>
            <numerusform>Warnungen, %n nicht bestätigt</numerusform>
            <numerusform>Warnungen, %n nicht bestätigt</numerusform>
        </translation>
    </message>
    <message>
        <source>Alerts, none open</source>
        <translation>Warnungen, keine offen</translation>
    </message>
    <message>
        <source>Runway</source>
        <translation>Reichweite</translation>
    </message>
    <message>
        <source>Month-close &amp;pack</source>
        <translation>Monatsabschluss-&amp;Paket</translation>
    </message>
    <message>
        <source>%1 (so far)…</source>
        <translation>%1 (bisher)…</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
</context>
<context>
    <name>ModelChart</name>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>%1: %2 this month (%3 %)</source>
        <translation>%1: %2 in diesem Monat (%3 %)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>MoneyEdit</name>
    <message>
        <source>Amount in US dollars</source>
        <translation>Betrag in US-Dollar</translation>
    </message>
    <message>
        <source>Amount problem</source>
        <translation>Problem mit dem Betrag</translation>
    </message>
    <message>
        <source>Enter an amount, for example %1.</source>
        <translation>Geben Sie einen Betrag ein, zum Beispiel %1.</translation>
    </message>
    <message>
        <source>The amount can&apos;t be negative.</source>
        <translation>Der Betrag darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>“%1” is not an amount. Type digits, for example %2.</source>
        <translation>„%1“ ist kein Betrag. Geben Sie Ziffern ein, zum Beispiel %2.</translation>
    </message>
    <message>
        <source>Use at most two decimals (whole cents).</source>
        <translation>Verwenden Sie höchstens zwei Nachkommastellen (ganze Cent).</translation>
    </message>
    <message>
        <source>The largest amount allowed here is %1.</source>
        <translation>Der höchste hier zulässige Betrag ist %1.</translation>
    </message>
</context>
<context>
    <name>MonthClose</name>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>The change log was not checked.</source>
        <translation>Das Änderungsprotokoll wurde nicht geprüft.</translation>
    </message>
    <message>
        <source>The change log verifies: no entry was edited or removed.</source>
        <translation>Das Änderungsprotokoll ist gültig: Kein Eintrag wurde bearbeitet oder entfernt.</translation>
    </message>
    <message>
        <source>The change log does not verify: %1</source>
        <translation>Das Änderungsprotokoll ist nicht gültig: %1</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>MonthCloseController</name>
    <message>
        <source>Folder for the month-close pack of %1</source>
        <translation>Ordner für das Monatsabschluss-Paket von %1</translation>
    </message>
    <message>
        <source>The month-close pack needs the usage history kept on this computer, and it is not available.</source>
        <translation>Das Monatsabschluss-Paket braucht den Nutzungsverlauf auf diesem Computer, und der ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>Writing the month-close pack of %1…</source>
        <translation>Monatsabschluss-Paket von %1 wird geschrieben…</translation>
    </message>
    <message>
        <source>Month-close pack</source>
        <translation>Monatsabschluss-Paket</translation>
    </message>
    <message>
        <source>The month-close pack could not be written. %1</source>
        <translation>Das Monatsabschluss-Paket konnte nicht geschrieben werden. %1</translation>
    </message>
    <message>
        <source>Month-close pack written to %1. %2</source>
        <translation>Monatsabschluss-Paket nach %1 geschrieben. %2</translation>
    </message>
</context>
<context>
    <name>MonthClosePack</name>
    <message>
        <source>Month close %1</source>
        <translation>Monatsabschluss %1</translation>
    </message>
    <message>
        <source>All amounts in USD. Spend is per UTC calendar month.</source>
        <translation>Alle Beträge in USD. Ausgaben je UTC-Kalendermonat.</translation>
    </message>
    <message>
        <source>The month is not complete: the figures are those of the last sync.</source>
        <translation>Der Monat ist nicht abgeschlossen: Die Zahlen stammen von der letzten Synchronisierung.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <source>No projects.</source>
        <translation>Keine Projekte.</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>No keys.</source>
        <translation>Keine Schlüssel.</translation>
    </message>
    <message>
        <source>Forecast against actual</source>
        <translation>Prognose und Ist-Werte</translation>
    </message>
    <message>
        <source>No forecasts were recorded this month.</source>
        <translation>In diesem Monat wurden keine Prognosen erfasst.</translation>
    </message>
    <message>
        <source>Limit changes made from Spendboard</source>
        <translation>In Spendboard vorgenommene Limitänderungen</translation>
    </message>
    <message>
        <source>No limit was changed from Spendboard this month.</source>
        <translation>In diesem Monat wurde kein Limit in Spendboard geändert.</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>No alerts this month.</source>
        <translation>Keine Warnungen in diesem Monat.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>OrgStore</name>
    <message>
        <source>no limit</source>
        <translation>kein Limit</translation>
    </message>
    <message>
        <source>The limit was changed on the server to %1; you saw %2.</source>
        <translation>Das Limit wurde auf dem Server auf %1 geändert; angezeigt wurde Ihnen %2.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Spent this month</source>
        <translation>Diesen Monat ausgegeben</translation>
    </message>
    <message>
        <source>Forecast at month end</source>
        <translation>Prognose zum Monatsende</translation>
    </message>
    <message>
        <source>Organization balance</source>
        <translation>Guthaben der Organisation</translation>
    </message>
    <message>
        <source>Sum of key limits</source>
        <translation>Summe der Schlüssellimits</translation>
    </message>
    <message>
        <source>Near or over the limit</source>
        <translation>Nahe am oder über dem Limit</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Verbleibende Tage</translation>
    </message>
    <message>
        <source>Chart of</source>
        <translation>Diagramm für</translation>
    </message>
    <message>
        <source>Show the chart of the whole organization, a project or a key</source>
        <translation>Das Diagramm der gesamten Organisation, eines Projekts oder eines Schlüssels anzeigen</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Month to date</source>
        <translation>Monat bis heute</translation>
    </message>
    <message>
        <source>Top 10 keys by spend</source>
        <translation>Top 10 der Schlüssel nach Ausgaben</translation>
    </message>
    <message>
        <source>Spend per day</source>
        <translation>Ausgaben pro Tag</translation>
    </message>
    <message>
        <source>Spend by model</source>
        <translation>Ausgaben nach Modell</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>Projekt: %1</translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation>Schlüssel: %1</translation>
    </message>
    <message>
        <source>No data yet: %1</source>
        <translation>Noch keine Daten: %1</translation>
    </message>
    <message>
        <source>No data yet — connecting…</source>
        <translation>Noch keine Daten – Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>This organization has no keys yet.</source>
        <translation>Diese Organisation hat noch keine Schlüssel.</translation>
    </message>
    <message>
        <source>No spend by model this month yet.</source>
        <translation>In diesem Monat noch keine Ausgaben nach Modell.</translation>
    </message>
    <message>
        <source>waiting for data…</source>
        <translation>warte auf Daten…</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>seit %1</translation>
    </message>
    <message>
        <source>today so far: %1</source>
        <translation>heute bisher: %1</translation>
    </message>
    <message>
        <source>What every key of the organization spent since the month began on %1 (UTC).</source>
        <translation>Was alle Schlüssel der Organisation seit Monatsbeginn am %1 (UTC) ausgegeben haben.</translation>
    </message>
    <message>
        <source>likely %1–%2</source>
        <translation>wahrscheinlich %1–%2</translation>
    </message>
    <message>
        <source>Expected spend on %1 at the recent pace of %2 per day.</source>
        <translation>Erwartete Ausgaben am %1 beim aktuellen Tempo von %2 pro Tag.</translation>
    </message>
    <message>
        <source>no credit left: requests will fail</source>
        <translation>kein Guthaben mehr: Anfragen schlagen fehl</translation>
    </message>
    <message numerus="yes">
        <source>lasts about %n days at this pace</source>
        <translation>
            <numerusform>reicht bei diesem Tempo etwa %n Tag</numerusform>
            <numerusform>reicht bei diesem Tempo etwa %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>no recent spend</source>
        <translation>keine Ausgaben in letzter Zeit</translation>
    </message>
    <message>
        <source>Prepaid credit left in the organization.</source>
        <translation>Verbleibendes Prepaid-Guthaben der Organisation.</translation>
    </message>
    <message>
        <source>every key has a limit</source>
        <translation>jeder Schlüssel hat ein Limit</translation>
    </message>
    <message numerus="yes">
        <source>%n keys without a limit</source>
        <translation>
            <numerusform>%n Schlüssel ohne Limit</numerusform>
            <numerusform>%n Schlüssel ohne Limit</numerusform>
        </translation>
    </message>
    <message>
        <source>The monthly limits of all keys added up. Not a cap on the organization: each key stops at its own limit.</source>
        <translation>Die Monatslimits aller Schlüssel zusammengerechnet. Keine Obergrenze für die Organisation: Jeder Schlüssel stoppt bei seinem eigenen Limit.</translation>
    </message>
    <message numerus="yes">
        <source>%n keys ≥ 80 %</source>
        <translation>
            <numerusform>%n Schlüssel ≥ 80 %</numerusform>
            <numerusform>%n Schlüssel ≥ 80 %</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n over the limit</source>
        <translation>
            <numerusform>%n über dem Limit</numerusform>
            <numerusform>%n über dem Limit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n projects ≥ 80 %</source>
        <translation>
            <numerusform>%n Projekt ≥ 80 %</numerusform>
            <numerusform>%n Projekte ≥ 80 %</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n over</source>
        <translation>
            <numerusform>%n darüber</numerusform>
            <numerusform>%n darüber</numerusform>
        </translation>
    </message>
    <message>
        <source>Keys and projects that used at least 80 % of their monthly limit. See the Keys page, quick filter “≥ 80 %”.</source>
        <translation>Schlüssel und Projekte, die mindestens 80 % ihres Monatslimits verbraucht haben. Siehe Seite „Schlüssel„, Schnellfilter “≥ 80 %“.</translation>
    </message>
    <message numerus="yes">
        <source>%n days left</source>
        <translation>
            <numerusform>noch %n Tag</numerusform>
            <numerusform>noch %n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours left</source>
        <translation>
            <numerusform>noch %n Stunde</numerusform>
            <numerusform>noch %n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Monthly limits and spend start again at 00:00 UTC on the 1st.</source>
        <translation>Monatslimits und Ausgaben beginnen am 1. um 00:00 UTC von vorn.</translation>
    </message>
    <message>
        <source>No data yet.</source>
        <translation>Noch keine Daten.</translation>
    </message>
    <message>
        <source>%1 in US dollars</source>
        <translation>%1 in US-Dollar</translation>
    </message>
    <message>
        <source>Converted at the %1 rate dated %2 (%3 per US dollar); the API keeps US dollars.</source>
        <translation>Umgerechnet zum %1-Kurs vom %2 (%3 pro US-Dollar); die API führt US-Dollar.</translation>
    </message>
    <message>
        <source>resets %1</source>
        <translation>Zurücksetzung %1</translation>
    </message>
    <message>
        <source>resets %1, %2</source>
        <translation>Zurücksetzung %1, %2</translation>
    </message>
    <message>
        <source>at the last sync, %1</source>
        <translation>bei der letzten Synchronisierung, %1</translation>
    </message>
    <message>
        <source>From the usage history kept on this computer: the server cannot be reached now.</source>
        <translation>Aus dem Nutzungsverlauf auf diesem Computer: Der Server ist gerade nicht erreichbar.</translation>
    </message>
    <message>
        <source>from local history, likely %1–%2</source>
        <translation>aus dem lokalen Verlauf, wohl %1–%2</translation>
    </message>
    <message>
        <source>Expected spend on %1 at the pace of %2 per day recorded in the usage history on this computer up to the last sync, %3: the server cannot be reached now.</source>
        <translation>Erwartete Ausgaben am %1 beim Tempo von %2 pro Tag, wie es der Nutzungsverlauf auf diesem Computer bis zur letzten Synchronisierung (%3) aufgezeichnet hat: Der Server ist gerade nicht erreichbar.</translation>
    </message>
    <message>
        <source>%1 From the usage history on this computer, last synced %2.</source>
        <translation>%1 Aus dem Nutzungsverlauf auf diesem Computer, zuletzt synchronisiert %2.</translation>
    </message>
</context>
<context>
    <name>PackCommand</name>
    <message>
        <source>spendboard: --month wants YYYY-MM, for example 2026-11.
</source>
        <translation>spendboard: --month erwartet JJJJ-MM, zum Beispiel 2026-11.
</translation>
    </message>
    <message>
        <source>spendboard: %1 has not started yet.
</source>
        <translation>spendboard: %1 hat noch nicht begonnen.
</translation>
    </message>
    <message>
        <source>spendboard: the usage history cannot be opened: %1
</source>
        <translation>spendboard: Der Nutzungsverlauf kann nicht geöffnet werden: %1
</translation>
    </message>
    <message>
        <source>spendboard: the usage history cannot be written: %1
</source>
        <translation>spendboard: Der Nutzungsverlauf kann nicht geschrieben werden: %1
</translation>
    </message>
    <message>
        <source>Month-close pack for %1 written to %2.
%3
</source>
        <translation>Monatsabschluss-Paket für %1 nach %2 geschrieben.
%3
</translation>
    </message>
</context>
<context>
    <name>PdfReport</name>
    <message>
        <source>No limit</source>
        <translation>Kein Limit</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>„%1“ konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Spend report %1: %2</source>
        <translation>Ausgabenbericht %1: %2</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limit</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <source>% of limit</source>
        <translation>% des Limits</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Spend report: %1</source>
        <translation>Ausgabenbericht: %1</translation>
    </message>
    <message>
        <source>%1 · as of %2</source>
        <translation>%1 · Stand %2</translation>
    </message>
    <message>
        <source>Spent this month</source>
        <translation>Diesen Monat ausgegeben</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Guthaben</translation>
    </message>
    <message>
        <source>Forecast for the month end</source>
        <translation>Prognose zum Monatsende</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <source>No projects.</source>
        <translation>Keine Projekte.</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (Fortsetzung)</translation>
    </message>
    <message>
        <source>No keys.</source>
        <translation>Keine Schlüssel.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Could not create the PDF “%1”.</source>
        <translation>Das PDF „%1“ konnte nicht erstellt werden.</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>The profile needs a name.</source>
        <translation>Das Profil braucht einen Namen.</translation>
    </message>
    <message>
        <source>The profile name must not start or end with spaces.</source>
        <translation>Der Profilname darf nicht mit Leerzeichen beginnen oder enden.</translation>
    </message>
    <message>
        <source>The profile name is too long (at most %1 characters).</source>
        <translation>Der Profilname ist zu lang (höchstens %1 Zeichen).</translation>
    </message>
    <message>
        <source>The profile name contains invisible control characters.</source>
        <translation>Der Profilname enthält unsichtbare Steuerzeichen.</translation>
    </message>
    <message>
        <source>The server address is not a valid URL.</source>
        <translation>Die Serveradresse ist keine gültige URL.</translation>
    </message>
    <message>
        <source>The server address must not contain a user name or password.</source>
        <translation>Die Serveradresse darf keinen Benutzernamen und kein Passwort enthalten.</translation>
    </message>
    <message>
        <source>The refresh interval must be between %1 s and %2 s.</source>
        <translation>Das Aktualisierungsintervall muss zwischen %1 s und %2 s liegen.</translation>
    </message>
    <message>
        <source>A profile named “%1” already exists.</source>
        <translation>Ein Profil namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>There is no profile named “%1”.</source>
        <translation>Es gibt kein Profil namens „%1“.</translation>
    </message>
</context>
<context>
    <name>ProgressDelegate</name>
    <message>
        <source>no limit</source>
        <translation>kein Limit</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>▲ %1 %</source>
        <translation>▲ %1 %</translation>
    </message>
    <message>
        <source>■ %1 % · over</source>
        <translation>■ %1 % · überschritten</translation>
    </message>
</context>
<context>
    <name>ProjectTableModel</name>
    <message>
        <source>What the project&apos;s keys can still spend together this month</source>
        <translation>Was die Schlüssel des Projekts in diesem Monat zusammen noch ausgeben können</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limit</translation>
    </message>
    <message>
        <source>Spend (month)</source>
        <translation>Ausgaben (Monat)</translation>
    </message>
    <message>
        <source>% of limit</source>
        <translation>% des Limits</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <source>Headroom</source>
        <translation>Noch verfügbar</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>%1
ID %2</source>
        <translation>%1
ID %2</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privat</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Gemeinsam</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Kein Limit</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Expected %1 at month end (range %2 – %3)</source>
        <translation>Erwartet %1 zum Monatsende (Spanne %2 – %3)</translation>
    </message>
    <message>
        <source>The limit is already reached.</source>
        <translation>Das Limit ist bereits erreicht.</translation>
    </message>
    <message>
        <source>Reaches the limit on %1 at this pace.</source>
        <translation>Erreicht bei diesem Tempo am %1 das Limit.</translation>
    </message>
</context>
<context>
    <name>ProjectsPage</name>
    <message>
        <source>Show its keys</source>
        <translation>Seine Schlüssel anzeigen</translation>
    </message>
    <message>
        <source>Kind of project</source>
        <translation>Art des Projekts</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>Alle Projekte</translation>
    </message>
    <message>
        <source>Shared only</source>
        <translation>Nur gemeinsame</translation>
    </message>
    <message>
        <source>Private only</source>
        <translation>Nur private</translation>
    </message>
    <message>
        <source>Open the Keys page filtered to this project</source>
        <translation>Die Seite „Schlüssel“ gefiltert auf dieses Projekt öffnen</translation>
    </message>
    <message>
        <source>Select a project to see its chart and facts. A project&apos;s limit binds every key created in it.</source>
        <translation>Wählen Sie ein Projekt aus, um sein Diagramm und seine Eckdaten zu sehen. Das Limit eines Projekts gilt für jeden darin erstellten Schlüssel.</translation>
    </message>
    <message>
        <source>No data yet — connecting…</source>
        <translation>Noch keine Daten – Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Projects are managed in the Requesty console&lt;/h3&gt;&lt;p&gt;This server does not offer project information to management keys, so Spendboard cannot show project limits here. A project&apos;s limit still applies to every key in it.&lt;/p&gt;&lt;p&gt;Key limits work as usual: see the &lt;b&gt;Keys&lt;/b&gt; page to watch and change them.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Projekte werden in der Requesty-Konsole verwaltet&lt;/h3&gt;&lt;p&gt;Dieser Server stellt Verwaltungsschlüsseln keine Projektinformationen bereit, daher kann Spendboard hier keine Projektlimits anzeigen. Das Limit eines Projekts gilt trotzdem für jeden Schlüssel darin.&lt;/p&gt;&lt;p&gt;Schlüssellimits funktionieren wie gewohnt: Auf der Seite &lt;b&gt;Schlüssel&lt;/b&gt; können Sie sie beobachten und ändern.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n projects</source>
        <translation>
            <numerusform>%n Projekt</numerusform>
            <numerusform>%n Projekte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n projects</source>
        <translation>
            <numerusform>%1 von %n Projekt</numerusform>
            <numerusform>%1 von %n Projekten</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter by name or owner (Ctrl+F)</source>
        <translation>Nach Name oder Verantwortlichem filtern (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>QuietHoursBuffer</name>
    <message>
        <source>the organization crossed %1 %</source>
        <translation>die Organisation hat %1 % überschritten</translation>
    </message>
    <message>
        <source>the organization reached its limit</source>
        <translation>die Organisation hat ihr Limit erreicht</translation>
    </message>
    <message>
        <source>the organization crossed %1 % of its budget</source>
        <translation>die Organisation hat %1 % ihres Budgets überschritten</translation>
    </message>
    <message>
        <source>the organization is on course to exceed its limit</source>
        <translation>die Organisation ist auf dem Weg, ihr Limit zu überschreiten</translation>
    </message>
    <message>
        <source>the organization&apos;s balance ran low</source>
        <translation>das Guthaben der Organisation ist knapp geworden</translation>
    </message>
    <message>
        <source>1 project crossed %1 %</source>
        <translation>1 Projekt hat %1 % überschritten</translation>
    </message>
    <message numerus="yes">
        <source>%n projects crossed %1 %</source>
        <translation>
            <numerusform>%n Projekt hat %1 % überschritten</numerusform>
            <numerusform>%n Projekte haben %1 % überschritten</numerusform>
        </translation>
    </message>
    <message>
        <source>1 project reached its limit</source>
        <translation>1 Projekt hat sein Limit erreicht</translation>
    </message>
    <message numerus="yes">
        <source>%n projects reached their limit</source>
        <translation>
            <numerusform>%n Projekt hat sein Limit erreicht</numerusform>
            <numerusform>%n Projekte haben ihr Limit erreicht</numerusform>
        </translation>
    </message>
    <message>
        <source>1 project crossed %1 % of its budget</source>
        <translation>1 Projekt hat %1 % seines Budgets überschritten</translation>
    </message>
    <message numerus="yes">
        <source>%n projects crossed %1 % of their budget</source>
        <translation>
            <numerusform>%n Projekt hat %1 % seines Budgets überschritten</numerusform>
            <numerusform>%n Projekte haben %1 % ihres Budgets überschritten</numerusform>
        </translation>
    </message>
    <message>
        <source>1 project is on course to exceed its limit</source>
        <translation>1 Projekt ist auf dem Weg, sein Limit zu überschreiten</translation>
    </message>
    <message numerus="yes">
        <source>%n projects are on course to exceed their limit</source>
        <translation>
            <numerusform>%n Projekt ist auf dem Weg, sein Limit zu überschreiten</numerusform>
            <numerusform>%n Projekte sind auf dem Weg, ihr Limit zu überschreiten</numerusform>
        </translation>
    </message>
    <message>
        <source>1 key crossed %1 %</source>
        <translation>1 Schlüssel hat %1 % überschritten</translation>
    </message>
    <message numerus="yes">
        <source>%n keys crossed %1 %</source>
        <translation>
            <numerusform>%n Schlüssel hat %1 % überschritten</numerusform>
            <numerusform>%n Schlüssel haben %1 % überschritten</numerusform>
        </translation>
    </message>
    <message>
        <source>1 key reached its limit</source>
        <translation>1 Schlüssel hat sein Limit erreicht</translation>
    </message>
    <message numerus="yes">
        <source>%n keys reached their limit</source>
        <translation>
            <numerusform>%n Schlüssel hat sein Limit erreicht</numerusform>
            <numerusform>%n Schlüssel haben ihr Limit erreicht</numerusform>
        </translation>
    </message>
    <message>
        <source>1 key crossed %1 % of its budget</source>
        <translation>1 Schlüssel hat %1 % seines Budgets überschritten</translation>
    </message>
    <message numerus="yes">
        <source>%n keys crossed %1 % of their budget</source>
        <translation>
            <numerusform>%n Schlüssel hat %1 % seines Budgets überschritten</numerusform>
            <numerusform>%n Schlüssel haben %1 % ihres Budgets überschritten</numerusform>
        </translation>
    </message>
    <message>
        <source>1 key is on course to exceed its limit</source>
        <translation>1 Schlüssel ist auf dem Weg, sein Limit zu überschreiten</translation>
    </message>
    <message numerus="yes">
        <source>%n keys are on course to exceed their limit</source>
        <translation>
            <numerusform>%n Schlüssel ist auf dem Weg, sein Limit zu überschreiten</numerusform>
            <numerusform>%n Schlüssel sind auf dem Weg, ihr Limit zu überschreiten</numerusform>
        </translation>
    </message>
    <message>
        <source>While quiet hours were on: %1.</source>
        <translation>Während der Ruhezeit: %1.</translation>
    </message>
</context>
<context>
    <name>RefreshStatus</name>
    <message>
        <source>Refreshing</source>
        <translation>Wird aktualisiert</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>no data yet</source>
        <translation>noch keine Daten</translation>
    </message>
    <message>
        <source>refreshing…</source>
        <translation>wird aktualisiert…</translation>
    </message>
    <message>
        <source>offline — showing data from %1</source>
        <translation>offline – Daten vom %1</translation>
    </message>
    <message>
        <source>showing saved data from %1</source>
        <translation>gespeicherte Daten vom %1</translation>
    </message>
    <message>
        <source>updated %1 ago</source>
        <translation>vor %1 aktualisiert</translation>
    </message>
    <message>
        <source>not updated — showing data from %1</source>
        <translation>nicht aktualisiert – Daten vom %1</translation>
    </message>
    <message>
        <source>connecting… — last synced %1 ago</source>
        <translation>Verbindung wird hergestellt… — zuletzt vor %1 synchronisiert</translation>
    </message>
    <message>
        <source>offline — last synced %1 ago</source>
        <translation>offline — zuletzt vor %1 synchronisiert</translation>
    </message>
    <message>
        <source>(last synced %1 ago)</source>
        <translation>(zuletzt vor %1 synchronisiert)</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>--month wants YYYY-MM, for example 2026-11.</source>
        <translation>--month erwartet YYYY-MM, zum Beispiel 2026-11.</translation>
    </message>
    <message>
        <source>%1 has not started yet.</source>
        <translation>%1 hat noch nicht begonnen.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ReportData</name>
    <message numerus="yes">
        <source>%n keys</source>
        <translation>
            <numerusform>%n Schlüssel</numerusform>
            <numerusform>%n Schlüssel</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResetInfo</name>
    <message>
        <source>%1 d %2 h</source>
        <comment>days and hours until the reset</comment>
        <translation>%1 T %2 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <comment>hours and minutes until the reset</comment>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <comment>minutes until the reset</comment>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation>weniger als einer Minute</translation>
    </message>
    <message>
        <source>reset on %1</source>
        <translation>zurückgesetzt am %1</translation>
    </message>
    <message>
        <source>resets in %1</source>
        <translation>wird in %1 zurückgesetzt</translation>
    </message>
    <message>
        <source>%1 %2 UTC</source>
        <comment>date, time</comment>
        <translation>%1 %2 UTC</translation>
    </message>
    <message>
        <source>%1 your time</source>
        <comment>local time of the reset</comment>
        <translation>%1 Ortszeit</translation>
    </message>
    <message>
        <source>%1 %2 your time</source>
        <comment>local date and time of the reset</comment>
        <translation>%1 %2 Ortszeit</translation>
    </message>
    <message>
        <source>Limits were reset on %1.</source>
        <translation>Die Limits wurden am %1 zurückgesetzt.</translation>
    </message>
    <message>
        <source>Limits reset in %1, on %2.</source>
        <translation>Die Limits werden in %1 zurückgesetzt, am %2.</translation>
    </message>
    <message>
        <source>Limits reset in %1, on %2 (%3).</source>
        <translation>Die Limits werden in %1 zurückgesetzt, am %2 (%3).</translation>
    </message>
    <message>
        <source>Spend this month (since %1)</source>
        <translation>Ausgaben in diesem Monat (seit %1)</translation>
    </message>
</context>
<context>
    <name>ResetNotifier</name>
    <message>
        <source>Monthly limits have reset</source>
        <translation>Die monatlichen Limits wurden zurückgesetzt</translation>
    </message>
    <message>
        <source>Spend counts from %1.</source>
        <translation>Ausgaben zählen ab %1.</translation>
    </message>
    <message>
        <source>Spend counts from %1 (%2).</source>
        <translation>Ausgaben zählen ab %1 (%2).</translation>
    </message>
    <message>
        <source>Monthly limits have reset — spend counts from %1</source>
        <translation>Die monatlichen Limits wurden zurückgesetzt — Ausgaben zählen ab %1</translation>
    </message>
    <message>
        <source>Monthly limits have reset — spend counts from %1 (%2)</source>
        <translation>Die monatlichen Limits wurden zurückgesetzt — Ausgaben zählen ab %1 (%2)</translation>
    </message>
</context>
<context>
    <name>RunwayCalculator</name>
    <message>
        <source>At or over its limit</source>
        <translation>Am oder über dem Limit</translation>
    </message>
    <message numerus="yes">
        <source>Reaches its limit within %n day(s)</source>
        <translation>
            <numerusform>Erreicht sein Limit innerhalb von %n Tag</numerusform>
            <numerusform>Erreicht sein Limit innerhalb von %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Reaches its limit this month at the current burn</source>
        <translation>Erreicht beim aktuellen Verbrauch in diesem Monat sein Limit</translation>
    </message>
    <message>
        <source>The limit resets before it is reached</source>
        <translation>Das Limit wird zurückgesetzt, bevor es erreicht ist</translation>
    </message>
    <message>
        <source>Capped, but nothing spent recently</source>
        <translation>Begrenzt, aber zuletzt nichts ausgegeben</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Kein Limit</translation>
    </message>
</context>
<context>
    <name>RunwayModel</name>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>over</source>
        <translation>überschritten</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>erreicht</translation>
    </message>
    <message>
        <source>after the reset</source>
        <translation>nach dem Zurücksetzen</translation>
    </message>
    <message>
        <source>Capped by the project&apos;s limit</source>
        <translation>Begrenzt durch das Limit des Projekts</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Verbleibende Tage</translation>
    </message>
    <message>
        <source>Limit reached on</source>
        <translation>Limit erreicht am</translation>
    </message>
    <message>
        <source>Headroom</source>
        <translation>Noch verfügbar</translation>
    </message>
    <message>
        <source>Burn/day</source>
        <translation>Verbrauch/Tag</translation>
    </message>
    <message>
        <source>Last 14 days</source>
        <translation>Letzte 14 Tage</translation>
    </message>
</context>
<context>
    <name>RunwayPage</name>
    <message>
        <source>Runway of keys and projects</source>
        <translation>Reichweite der Schlüssel und Projekte</translation>
    </message>
    <message>
        <source>Filter by key or project… (Ctrl+F)</source>
        <translation>Nach Schlüssel oder Projekt filtern… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Keys and projects</source>
        <translation>Schlüssel und Projekte</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <source>No data yet.</source>
        <translation>Noch keine Daten.</translation>
    </message>
    <message numerus="yes">
        <source>%n at or over their cap</source>
        <translation>
            <numerusform>%n am oder über dem Limit</numerusform>
            <numerusform>%n am oder über dem Limit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reach their cap within 7 days</source>
        <translation>
            <numerusform>%n erreicht sein Limit innerhalb von 7 Tagen</numerusform>
            <numerusform>%n erreichen ihr Limit innerhalb von 7 Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>ranked by days left at the current burn; a key&apos;s project cap counts too</source>
        <translation>nach verbleibenden Tagen beim aktuellen Verbrauch sortiert; das Projektlimit eines Schlüssels zählt mit</translation>
    </message>
</context>
<context>
    <name>Screenshotter</name>
    <message>
        <source>spendboard: could not write the screenshot to %1
</source>
        <translation>spendboard: Der Screenshot konnte nicht nach %1 geschrieben werden
</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Warn when the &amp;forecast exceeds a limit</source>
        <translation>Warnen, wenn die &amp;Prognose ein Limit überschreitet</translation>
    </message>
    <message>
        <source>Start &amp;minimized to the tray</source>
        <translation>&amp;Minimiert im Infobereich starten</translation>
    </message>
    <message>
        <source>&amp;Closing the window keeps Spendboard in the tray</source>
        <translation>Beim &amp;Schließen des Fensters bleibt Spendboard im Infobereich</translation>
    </message>
    <message>
        <source>The language applies after a restart.</source>
        <translation>Die Sprache wird nach einem Neustart übernommen.</translation>
    </message>
    <message>
        <source>&amp;Quiet hours: no pop-up alerts from</source>
        <translation>&amp;Ruhezeit: keine Einblendungen von</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Refresh interval in seconds</source>
        <translation>Aktualisierungsintervall in Sekunden</translation>
    </message>
    <message>
        <source>How often the data is fetched; at least %1 seconds.</source>
        <translation>Wie oft die Daten abgerufen werden; mindestens %1 Sekunden.</translation>
    </message>
    <message>
        <source>&amp;Refresh every:</source>
        <translation>&amp;Aktualisieren alle:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Days of history in charts</source>
        <translation>Tage des Verlaufs in Diagrammen</translation>
    </message>
    <message>
        <source>&amp;History in charts:</source>
        <translation>&amp;Verlauf in Diagrammen:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Alert when spend reaches these percentages of a limit:</source>
        <translation>Warnen, wenn die Ausgaben diese Prozentsätze eines Limits erreichen:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Forecast alerts</source>
        <translation>Prognosewarnungen</translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <translation>Ruhezeit</translation>
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
        <source>Start minimized to the tray</source>
        <translation>Minimiert im Infobereich starten</translation>
    </message>
    <message>
        <source>Close to the tray</source>
        <translation>In den Infobereich schließen</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Alert thresholds</source>
        <translation>Warnschwellen</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>New threshold in percent</source>
        <translation>Neue Schwelle in Prozent</translation>
    </message>
    <message>
        <source>Add the threshold</source>
        <translation>Die Schwelle hinzufügen</translation>
    </message>
    <message>
        <source>Remove the selected threshold</source>
        <translation>Die ausgewählte Schwelle entfernen</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Keep at least one alert threshold.</source>
        <translation>Behalten Sie mindestens eine Warnschwelle.</translation>
    </message>
    <message>
        <source>Quiet hours need different start and end times.</source>
        <translation>Beginn und Ende der Ruhezeit müssen sich unterscheiden.</translation>
    </message>
    <message>
        <source>Alerts are still recorded on the Alerts page during quiet hours; one summary pops up when they end. To pause pop-ups until tomorrow or until the limits reset, use the tray menu.</source>
        <translation>Während der Ruhezeit werden Warnungen weiterhin auf der Seite „Warnungen“ erfasst; an ihrem Ende erscheint eine Zusammenfassung. Um Meldungen bis morgen oder bis zur Zurücksetzung der Limits zu pausieren, nutzen Sie das Menü im Infobereich.</translation>
    </message>
    <message>
        <source>Tell me when the monthly limits r&amp;eset</source>
        <translation>Melden, wenn die monatlichen Limits zurückg&amp;esetzt werden</translation>
    </message>
    <message>
        <source>Notice when limits reset</source>
        <translation>Hinweis beim Zurücksetzen der Limits</translation>
    </message>
    <message>
        <source>Once a month, at the first refresh after 00:00 UTC on the 1st: spend starts again from zero and keys stopped at their limit work again. Waits for the end of quiet hours.</source>
        <translation>Einmal im Monat, bei der ersten Aktualisierung nach 00:00 UTC am 1.: Die Ausgaben beginnen wieder bei null, und Schlüssel, die an ihrem Limit gestoppt wurden, funktionieren wieder. Wartet das Ende der Ruhezeit ab.</translation>
    </message>
</context>
<context>
    <name>SpendChart</name>
    <message>
        <source>Forecast range</source>
        <translation>Prognosespanne</translation>
    </message>
    <message>
        <source>80–100 % of limit</source>
        <translation>80–100 % des Limits</translation>
    </message>
    <message>
        <source>Over the limit</source>
        <translation>Über dem Limit</translation>
    </message>
    <message>
        <source>Spend this month</source>
        <translation>Ausgaben in diesem Monat</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <source>Monthly limit</source>
        <translation>Monatslimit</translation>
    </message>
    <message>
        <source>Spent %1 this month</source>
        <translation>In diesem Monat %1 ausgegeben</translation>
    </message>
    <message>
        <source>Monthly limit: %1</source>
        <translation>Monatslimit: %1</translation>
    </message>
    <message>
        <source>Forecast for the month end: %1
likely between %2 and %3</source>
        <translation>Prognose zum Monatsende: %1
wahrscheinlich zwischen %2 und %3</translation>
    </message>
    <message>
        <source>Now (%1): %2 spent this month</source>
        <translation>Jetzt (%1): %2 in diesem Monat ausgegeben</translation>
    </message>
    <message>
        <source>By %1: %2 spent</source>
        <translation>Bis %1: %2 ausgegeben</translation>
    </message>
</context>
<context>
    <name>SpendStatus</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Over limit</source>
        <translation>Über dem Limit</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Kein Limit</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Show the technical details of this problem</source>
        <translation>Die technischen Details dieses Problems anzeigen</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Diese Meldung ausblenden</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Technische Details</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Details ausblenden</translation>
    </message>
</context>
<context>
    <name>ThresholdMonitor</name>
    <message>
        <source>Key %1 reached %2 % of its %3 monthly limit (%4 spent).</source>
        <translation>Schlüssel %1 hat %2 % seines Monatslimits von %3 erreicht (%4 ausgegeben).</translation>
    </message>
    <message>
        <source>Project %1 reached %2 % of its %3 monthly limit (%4 spent).</source>
        <translation>Projekt %1 hat %2 % seines Monatslimits von %3 erreicht (%4 ausgegeben).</translation>
    </message>
    <message>
        <source>%1 reached %2 % of its %3 monthly budget (%4 spent).</source>
        <translation>%1 hat %2 % seines Monatsbudgets von %3 erreicht (%4 ausgegeben).</translation>
    </message>
    <message>
        <source>Projected to reach the limit on %1.</source>
        <translation>Erreicht voraussichtlich am %1 das Limit.</translation>
    </message>
    <message>
        <source>Key %1 is projected to reach its %2 monthly limit on %3 (%4 spent so far).</source>
        <translation>Schlüssel %1 erreicht voraussichtlich am %3 sein Monatslimit von %2 (bisher %4 ausgegeben).</translation>
    </message>
    <message>
        <source>Project %1 is projected to reach its %2 monthly limit on %3 (%4 spent so far).</source>
        <translation>Projekt %1 erreicht voraussichtlich am %3 sein Monatslimit von %2 (bisher %4 ausgegeben).</translation>
    </message>
    <message>
        <source>%1 is projected to reach its %2 monthly budget on %3 (%4 spent so far).</source>
        <translation>%1 erreicht voraussichtlich am %3 sein Monatsbudget von %2 (bisher %4 ausgegeben).</translation>
    </message>
    <message>
        <source>%1 balance is %2, below the %3 floor.</source>
        <translation>Das Guthaben von %1 beträgt %2 und liegt unter der Untergrenze von %3.</translation>
    </message>
</context>
<context>
    <name>TopKeysChart</name>
    <message>
        <source>Under 80 %</source>
        <translation>Unter 80 %</translation>
    </message>
    <message>
        <source>80–100 %</source>
        <translation>80–100 %</translation>
    </message>
    <message>
        <source>Over the limit</source>
        <translation>Über dem Limit</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Kein Limit</translation>
    </message>
    <message>
        <source>%1 · no limit</source>
        <translation>%1 · kein Limit</translation>
    </message>
    <message>
        <source>%1 · %2 %</source>
        <translation>%1 · %2 %</translation>
    </message>
    <message>
        <source>%1: %2 spent, no limit</source>
        <translation>%1: %2 ausgegeben, kein Limit</translation>
    </message>
    <message>
        <source>%1: %2 of %3 spent</source>
        <translation>%1: %2 von %3 ausgegeben</translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <source>&amp;Open Spendboard</source>
        <translation>Spendboard ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Refresh Now</source>
        <translation>Jetzt &amp;aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Pause Alerts for 1 Hour</source>
        <translation>Warnungen 1 Stunde &amp;pausieren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Spendboard</source>
        <translation>Spendboard</translation>
    </message>
    <message>
        <source>%1 at %2 % of its limit</source>
        <translation>%1 bei %2 % seines Limits</translation>
    </message>
    <message>
        <source>Budget at %1 %</source>
        <translation>Budget bei %1 %</translation>
    </message>
    <message>
        <source>%1 projected to reach its limit</source>
        <translation>%1 erreicht voraussichtlich sein Limit</translation>
    </message>
    <message>
        <source>Low balance</source>
        <translation>Niedriges Guthaben</translation>
    </message>
    <message numerus="yes">
        <source>%n keys crossed %1 %</source>
        <translation>
            <numerusform>%n Schlüssel hat %1 % überschritten</numerusform>
            <numerusform>%n Schlüssel haben %1 % überschritten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n projects crossed %1 %</source>
        <translation>
            <numerusform>%n Projekt hat %1 % überschritten</numerusform>
            <numerusform>%n Projekte haben %1 % überschritten</numerusform>
        </translation>
    </message>
    <message>
        <source>Budget projected to be reached</source>
        <translation>Budget wird voraussichtlich erreicht</translation>
    </message>
    <message numerus="yes">
        <source>%n keys projected to reach their limit</source>
        <translation>
            <numerusform>%n Schlüssel erreicht voraussichtlich sein Limit</numerusform>
            <numerusform>%n Schlüssel erreichen voraussichtlich ihr Limit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n projects projected to reach their limit</source>
        <translation>
            <numerusform>%n Projekt erreicht voraussichtlich sein Limit</numerusform>
            <numerusform>%n Projekte erreichen voraussichtlich ihr Limit</numerusform>
        </translation>
    </message>
    <message>
        <source>Budget crossed %1 %</source>
        <translation>Budget hat %1 % überschritten</translation>
    </message>
    <message>
        <source>Balance below the floor</source>
        <translation>Guthaben unter der Untergrenze</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weitere</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n spending alerts</source>
        <translation>
            <numerusform>%n Ausgabenwarnung</numerusform>
            <numerusform>%n Ausgabenwarnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Snooze Alerts Until &amp;Tomorrow</source>
        <translation>Warnungen bis &amp;morgen stummschalten</translation>
    </message>
    <message>
        <source>Snooze Alerts Until the Limits &amp;Reset</source>
        <translation>Warnungen bis zur &amp;Zurücksetzung der Limits stummschalten</translation>
    </message>
</context>
</TS>
