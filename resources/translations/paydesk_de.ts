<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_CH" sourcelanguage="en">
<context>
    <name>ApiErrors</name>
    <message>
        <source>The platform answered without the paylink: try again.</source>
        <translation>Die Plattform hat ohne den Paylink geantwortet: Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The platform answered without the payment page: try again.</source>
        <translation>Die Plattform hat ohne die Zahlungsseite geantwortet: Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The platform answered without the subscription: try again.</source>
        <translation>Die Plattform hat ohne das Abonnement geantwortet: Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The platform answered without the payment: try again.</source>
        <translation>Die Plattform hat ohne die Zahlung geantwortet: Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The platform answered without the login link: try again.</source>
        <translation>Die Plattform hat ohne den Anmeldelink geantwortet: Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The platform answered without the expected data: try again.</source>
        <translation>Die Plattform hat ohne die erwarteten Daten geantwortet: Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>the name could not be resolved</source>
        <translation>der Name konnte nicht aufgelöst werden</translation>
    </message>
    <message>
        <source>the secure connection (TLS) failed</source>
        <translation>die sichere Verbindung (TLS) schlug fehl</translation>
    </message>
    <message>
        <source>the connection timed out</source>
        <translation>die Verbindung hat das Zeitlimit überschritten</translation>
    </message>
    <message>
        <source>the connection was refused</source>
        <translation>die Verbindung wurde abgelehnt</translation>
    </message>
    <message>
        <source>the connection failed</source>
        <translation>die Verbindung schlug fehl</translation>
    </message>
    <message>
        <source>the connection was lost</source>
        <translation>die Verbindung wurde unterbrochen</translation>
    </message>
    <message>
        <source>Cannot reach %s: the name could not be resolved. Check the internet connection and the base domain.</source>
        <translation>%s ist nicht erreichbar: Der Name konnte nicht aufgelöst werden. Prüfen Sie die Internetverbindung und die Basisdomain.</translation>
    </message>
    <message>
        <source>Cannot reach %s: the secure connection (TLS) failed. Check the internet connection and the base domain.</source>
        <translation>%s ist nicht erreichbar: Die sichere Verbindung (TLS) ist fehlgeschlagen. Prüfen Sie die Internetverbindung und die Basisdomain.</translation>
    </message>
    <message>
        <source>Cannot reach %s: the connection timed out. Check the internet connection and the base domain.</source>
        <translation>%s ist nicht erreichbar: Die Verbindung hat das Zeitlimit überschritten. Prüfen Sie die Internetverbindung und die Basisdomain.</translation>
    </message>
    <message>
        <source>Cannot reach %s: the connection was refused. Check the internet connection and the base domain.</source>
        <translation>%s ist nicht erreichbar: Die Verbindung wurde abgelehnt. Prüfen Sie die Internetverbindung und die Basisdomain.</translation>
    </message>
    <message>
        <source>Cannot reach %s: the connection failed. Check the internet connection and the base domain.</source>
        <translation>%s ist nicht erreichbar: Die Verbindung ist fehlgeschlagen. Prüfen Sie die Internetverbindung und die Basisdomain.</translation>
    </message>
    <message>
        <source>Paylink %s does not exist on this instance (it may have been deleted).</source>
        <translation>Der Paylink %s existiert auf dieser Instanz nicht (eventuell wurde er gelöscht).</translation>
    </message>
    <message>
        <source>Payment page %s does not exist on this instance (it may have been deleted).</source>
        <translation>Die Zahlungsseite %s existiert auf dieser Instanz nicht (eventuell wurde sie gelöscht).</translation>
    </message>
    <message>
        <source>Subscription %s does not exist on this instance (it may have been deleted).</source>
        <translation>Das Abonnement %s existiert auf dieser Instanz nicht (eventuell wurde es gelöscht).</translation>
    </message>
    <message>
        <source>Payment %s does not exist on this instance (it may have been deleted).</source>
        <translation>Die Zahlung %s existiert auf dieser Instanz nicht (eventuell wurde sie gelöscht).</translation>
    </message>
    <message>
        <source>The request was sent to %s but its answer could not be read, so it is not known whether it took effect: check before trying again.</source>
        <translation>Die Anfrage wurde an %s gesendet, aber ihre Antwort war nicht lesbar; ob sie wirksam wurde, ist daher unbekannt. Prüfen Sie das, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>The instance name is empty.</source>
        <translation>Der Instanzname ist leer.</translation>
    </message>
    <message>
        <source>The request was sent to %s but no answer came back, so it is not known whether it took effect: check before trying again.</source>
        <translation>Die Anfrage wurde an %s gesendet, aber es kam keine Antwort zurück; ob sie wirksam wurde, ist daher unbekannt. Prüfen Sie das, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>%s did not answer within %s seconds: try again in a moment.</source>
        <translation>%s hat nicht innerhalb von %s Sekunden geantwortet: Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The connection to %s was lost before the answer arrived: try again.</source>
        <translation>Die Verbindung zu %s wurde unterbrochen, bevor die Antwort eintraf: Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The request was sent to %s but it answered with an error (HTTP %s), so it is not known whether it took effect: check before trying again.</source>
        <translation>Die Anfrage wurde an %s gesendet, aber die Antwort war ein Fehler (HTTP %s); ob sie wirksam wurde, ist daher unbekannt. Prüfen Sie das, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>The request was sent to %s but a web page came back instead of API data, so it is not known whether it took effect: check before trying again.</source>
        <translation>Die Anfrage wurde an %s gesendet, aber zurück kam eine Webseite statt API-Daten; ob sie wirksam wurde, ist daher unbekannt. Prüfen Sie das, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>The request was sent to %s but its answer arrived incomplete, so it is not known whether it took effect: check before trying again.</source>
        <translation>Die Anfrage wurde an %s gesendet, aber die Antwort kam unvollständig an; ob sie wirksam wurde, ist daher unbekannt. Prüfen Sie das, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>%s sent data in an unexpected shape: try again, or report it.</source>
        <translation>%s hat Daten in unerwarteter Form gesendet: Versuchen Sie es erneut oder melden Sie den Fehler.</translation>
    </message>
    <message>
        <source>%s answered with a web page instead of API data (a proxy or firewall may be in the way): try again later, or check the base domain.</source>
        <translation>%s hat mit einer Webseite statt mit API-Daten geantwortet (eventuell steht ein Proxy oder eine Firewall dazwischen): Versuchen Sie es später erneut oder prüfen Sie die Basisdomain.</translation>
    </message>
    <message>
        <source>%s sent an incomplete or unreadable answer: try again.</source>
        <translation>%s hat eine unvollständige oder unlesbare Antwort gesendet: Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The API secret is not correct for this instance: check the secret and the authentication scheme in the instance settings.</source>
        <translation>Das API-Secret ist für diese Instanz nicht korrekt: Prüfen Sie das Secret und die Authentifizierung in den Einstellungen der Instanz.</translation>
    </message>
    <message>
        <source>The platform does not serve API version %s: choose another version in the instance settings.</source>
        <translation>Die Plattform bietet die API-Version %s nicht an: Wählen Sie in den Einstellungen der Instanz eine andere Version.</translation>
    </message>
    <message>
        <source>No instance “%s” exists on this platform: check the instance name and the base domain.</source>
        <translation>Auf dieser Plattform gibt es keine Instanz «%s»: Prüfen Sie den Instanznamen und die Basisdomain.</translation>
    </message>
    <message>
        <source>%s %s does not exist on this instance (it may have been deleted).</source>
        <translation>%s %s existiert auf dieser Instanz nicht (eventuell wurde es gelöscht).</translation>
    </message>
    <message>
        <source>The platform does not know the %s call: check the API version.</source>
        <translation>Die Plattform kennt den Aufruf %s nicht: Prüfen Sie die API-Version.</translation>
    </message>
    <message>
        <source>The instance name is missing: set it in the instance settings.</source>
        <translation>Der Instanzname fehlt: Legen Sie ihn in den Einstellungen der Instanz fest.</translation>
    </message>
    <message>
        <source>The platform refused the value of “%s”: correct it and try again.</source>
        <translation>Die Plattform hat den Wert von «%s» abgelehnt: Korrigieren Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The platform refused the request: %s.</source>
        <translation>Die Plattform hat die Anfrage abgelehnt: %s.</translation>
    </message>
    <message>
        <source>The platform refused the request (HTTP %s): check the entered values.</source>
        <translation>Die Plattform hat die Anfrage abgelehnt (HTTP %s): Prüfen Sie die eingegebenen Werte.</translation>
    </message>
    <message>
        <source>The platform is limiting requests from this account: wait a few minutes, then try again.</source>
        <translation>Die Plattform begrenzt die Anfragen dieses Kontos: Warten Sie einige Minuten und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The payment platform had an internal error (HTTP %s): try again in a few minutes.</source>
        <translation>Bei der Zahlungsplattform ist ein interner Fehler aufgetreten (HTTP %s): Versuchen Sie es in einigen Minuten erneut.</translation>
    </message>
    <message>
        <source>Choose an API version from %s to %s.</source>
        <translation>Wählen Sie eine API-Version von %s bis %s.</translation>
    </message>
    <message>
        <source>Enter the base domain, for example payrexx.com.</source>
        <translation>Geben Sie die Basisdomain ein, zum Beispiel payrexx.com.</translation>
    </message>
    <message>
        <source>Enter the base domain without “https://”, for example payrexx.com.</source>
        <translation>Geben Sie die Basisdomain ohne «https://» ein, zum Beispiel payrexx.com.</translation>
    </message>
    <message>
        <source>Enter the base domain without a path, for example payrexx.com.</source>
        <translation>Geben Sie die Basisdomain ohne Pfad ein, zum Beispiel payrexx.com.</translation>
    </message>
    <message>
        <source>Enter the base domain without a port, for example payrexx.com.</source>
        <translation>Geben Sie die Basisdomain ohne Port ein, zum Beispiel payrexx.com.</translation>
    </message>
    <message>
        <source>The base domain may contain only letters a–z, digits, hyphens and dots.</source>
        <translation>Die Basisdomain darf nur Buchstaben a–z, Ziffern, Bindestriche und Punkte enthalten.</translation>
    </message>
    <message>
        <source>The base domain needs a dot, for example payrexx.com.</source>
        <translation>Die Basisdomain braucht einen Punkt, zum Beispiel payrexx.com.</translation>
    </message>
    <message>
        <source>Leave out “api.”: the API host is always api. + the base domain (for api.payrexx.com enter payrexx.com).</source>
        <translation>Lassen Sie «api.» weg: Der API-Host ist immer api. + die Basisdomain (für api.payrexx.com geben Sie payrexx.com ein).</translation>
    </message>
    <message>
        <source>The base domain is not a valid host name, for example payrexx.com.</source>
        <translation>Die Basisdomain ist kein gültiger Hostname (ein gültiger ist zum Beispiel payrexx.com).</translation>
    </message>
    <message>
        <source>Enter a host name, not an IP address, for example payrexx.com.</source>
        <translation>Geben Sie einen Hostnamen ein, keine IP-Adresse, zum Beispiel payrexx.com.</translation>
    </message>
    <message>
        <source>The base URL must be a loopback address with a port, for example http://127.0.0.1:8080.</source>
        <translation>Die Basis-URL muss eine Loopback-Adresse mit Port sein, zum Beispiel http://127.0.0.1:8080.</translation>
    </message>
</context>
<context>
    <name>Attention</name>
    <message>
        <source>Copy link</source>
        <translation>Link kopieren</translation>
    </message>
    <message>
        <source>Open in History</source>
        <translation>Im Verlauf öffnen</translation>
    </message>
    <message>
        <source>Settle…</source>
        <translation>Klären…</translation>
    </message>
    <message>
        <source>Open in Subscriptions</source>
        <translation>Abonnement zeigen</translation>
    </message>
    <message>
        <source>May have been created: say what happened</source>
        <translation>Vielleicht erstellt: Sagen Sie, was geschah</translation>
    </message>
    <message>
        <source>Expired unpaid on %s</source>
        <translation>Unbezahlt abgelaufen am %s</translation>
    </message>
    <message>
        <source>Unpaid, expires today</source>
        <translation>Unbezahlt, läuft heute ab</translation>
    </message>
    <message>
        <source>Unpaid, expires on %s</source>
        <translation>Unbezahlt, läuft am %s ab</translation>
    </message>
    <message>
        <source>Unpaid for %d days</source>
        <translation>Seit %d Tagen unbezahlt</translation>
    </message>
    <message>
        <source>Subscription overdue since %s</source>
        <translation>Abonnement überfällig seit %s</translation>
    </message>
    <message>
        <source>Subscription in notice, ends on %s</source>
        <translation>Abonnement in Kündigungsfrist, endet am %s</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Title or customer</source>
        <translation>Titel oder Kunde</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was tun</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
</context>
<context>
    <name>AttentionView</name>
    <message>
        <source> days</source>
        <translation> Tagen</translation>
    </message>
    <message>
        <source>Unpaid after</source>
        <translation>Unbezahlt nach</translation>
    </message>
    <message>
        <source>Show links unpaid after</source>
        <translation>Links zeigen, die unbezahlt sind nach</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Zu erledigen</translation>
    </message>
    <message>
        <source>Nothing needs attention: every link is paid or waiting.</source>
        <translation>Nichts zu erledigen: Jeder Link ist bezahlt oder wartet noch.</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Links: %d · Subscriptions: %d</source>
        <translation>Links: %d · Abonnemente: %d</translation>
    </message>
</context>
<context>
    <name>BatchController</name>
    <message>
        <source>Excel workbook, sheet “%s”</source>
        <translation>Excel-Arbeitsmappe, Blatt «%s»</translation>
    </message>
    <message>
        <source>separated by semicolons</source>
        <translation>durch Strichpunkte getrennt</translation>
    </message>
    <message>
        <source>separated by commas</source>
        <translation>durch Kommas getrennt</translation>
    </message>
    <message>
        <source>separated by tabs</source>
        <translation>durch Tabulatoren getrennt</translation>
    </message>
    <message>
        <source>CSV, %s, %s</source>
        <translation>CSV, %s, %s</translation>
    </message>
    <message>
        <source>Reading %s</source>
        <translation>%s wird gelesen</translation>
    </message>
    <message>
        <source>Checking %s</source>
        <translation>%s wird geprüft</translation>
    </message>
    <message>
        <source>Stopped. Resume sends the rows not sent yet.</source>
        <translation>Angehalten. «Fortsetzen» sendet die noch nicht gesendeten Zeilen.</translation>
    </message>
    <message>
        <source>Creating paylink “%s”</source>
        <translation>Zahlungslink «%s» wird erstellt</translation>
    </message>
    <message>
        <source>The platform asked to slow down: the batch goes on in %d seconds.</source>
        <translation>Die Plattform bittet um Verlangsamung: Der Stapel geht in %d Sekunden weiter.</translation>
    </message>
    <message>
        <source>Stopped: %d creates in a row got no clear answer. Check them, then Resume.</source>
        <translation>Angehalten: %d Erstellungen in Folge erhielten keine klare Antwort. Prüfen Sie sie und setzen Sie dann fort.</translation>
    </message>
    <message>
        <source>Stopped: %s</source>
        <translation>Angehalten: %s</translation>
    </message>
    <message>
        <source>Batch finished: %d of %d created.</source>
        <translation>Stapel fertig: %d von %d erstellt.</translation>
    </message>
    <message>
        <source>%d may have been created: check them in the dashboard, then settle them here; they are never sent again by themselves.</source>
        <translation>%d wurden vielleicht erstellt: Prüfen Sie sie im Dashboard und klären Sie sie dann hier; sie werden nie von selbst erneut gesendet.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Saving %s</source>
        <translation>%s wird gespeichert</translation>
    </message>
    <message>
        <source>Saving QR codes</source>
        <translation>QR-Codes werden gespeichert</translation>
    </message>
</context>
<context>
    <name>BatchErrors</name>
    <message>
        <source>The file is larger than 50 MB: split it into smaller ones.</source>
        <translation>Die Datei ist grösser als 50 MB: Teilen Sie sie in kleinere auf.</translation>
    </message>
    <message>
        <source>The file could not be opened: %s</source>
        <translation>Die Datei konnte nicht geöffnet werden: %s</translation>
    </message>
    <message>
        <source>The file is not a readable table: %s</source>
        <translation>Die Datei ist keine lesbare Tabelle: %s</translation>
    </message>
    <message>
        <source>The file is not an Excel workbook (.xlsx) that can be read.</source>
        <translation>Die Datei ist keine lesbare Excel-Arbeitsmappe (.xlsx).</translation>
    </message>
    <message>
        <source>The file holds no rows.</source>
        <translation>Die Datei enthält keine Zeilen.</translation>
    </message>
    <message>
        <source>The file has more than %d rows: split it into smaller ones.</source>
        <translation>Die Datei hat mehr als %d Zeilen: Teilen Sie sie in kleinere auf.</translation>
    </message>
    <message>
        <source>Enter the language as de, fr, it or en.</source>
        <translation>Geben Sie die Sprache als de, fr, it oder en ein.</translation>
    </message>
    <message>
        <source>A paylink with reference %s was already created (see History): left out so nobody is billed twice.</source>
        <translation>Ein Zahlungslink mit der Referenz %s wurde bereits erstellt (siehe Verlauf): weggelassen, damit niemand zweimal belastet wird.</translation>
    </message>
    <message>
        <source>The reference %s is also on line %d: left out.</source>
        <translation>Die Referenz %s steht auch auf Zeile %d: weggelassen.</translation>
    </message>
    <message>
        <source>A paylink with this title, amount and customer was already created (see History): left out so nobody is billed twice.</source>
        <translation>Ein Zahlungslink mit diesem Titel, Betrag und Kunden wurde bereits erstellt (siehe Verlauf): weggelassen, damit niemand zweimal belastet wird.</translation>
    </message>
</context>
<context>
    <name>BatchTableModel</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Ablaufdatum</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>MWST-Satz</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>May have been created: check before sending it again</source>
        <translation>Vielleicht erstellt: vor erneutem Senden prüfen</translation>
    </message>
    <message>
        <source>Not created: %s</source>
        <translation>Nicht erstellt: %s</translation>
    </message>
    <message>
        <source> (+%d more)</source>
        <translation> (+%d weitere)</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Wartet auf Versand</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Weggelassen</translation>
    </message>
</context>
<context>
    <name>BatchWindow</name>
    <message>
        <source>Create paylinks from a spreadsheet</source>
        <translation>Zahlungslinks aus einer Tabelle erstellen</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>Datei öffnen…</translation>
    </message>
    <message>
        <source>Resume the unfinished batch</source>
        <translation>Unvollendeten Stapel fortsetzen</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>same for every row</source>
        <translation>gleich für jede Zeile</translation>
    </message>
    <message>
        <source>%s for every row</source>
        <translation>%s für jede Zeile</translation>
    </message>
    <message>
        <source>Create…</source>
        <translation>Erstellen…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Save QR codes…</source>
        <translation>QR-Codes speichern…</translation>
    </message>
    <message>
        <source>Open e-mail</source>
        <translation>E-Mail öffnen</translation>
    </message>
    <message>
        <source>Open a spreadsheet</source>
        <translation>Tabelle öffnen</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>Tabellen (*.csv *.txt *.xlsx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Reading %s…</source>
        <translation>%s wird gelesen…</translation>
    </message>
    <message>
        <source>Read as: %s</source>
        <translation>Gelesen als: %s</translation>
    </message>
    <message>
        <source>(no column)</source>
        <translation>(keine Spalte)</translation>
    </message>
    <message>
        <source>Column %d</source>
        <translation>Spalte %d</translation>
    </message>
    <message>
        <source>Create paylinks</source>
        <translation>Zahlungslinks erstellen</translation>
    </message>
    <message>
        <source>Create %d paylinks for %s?</source>
        <translation>%d Zahlungslinks über %s erstellen?</translation>
    </message>
    <message>
        <source>Create %d paylinks</source>
        <translation>%d Zahlungslinks erstellen</translation>
    </message>
    <message>
        <source>Each is sent once; a stopped or interrupted batch goes on with Resume and never sends a row twice.</source>
        <translation>Jeder wird einmal gesendet; ein angehaltener oder unterbrochener Stapel geht mit «Fortsetzen» weiter und sendet nie eine Zeile zweimal.</translation>
    </message>
    <message>
        <source>%d of %d</source>
        <translation>%d von %d</translation>
    </message>
    <message>
        <source>about %d:%02d left</source>
        <translation>noch etwa %d:%02d</translation>
    </message>
    <message>
        <source>%d rows to create (%s); %d with problems; %d left out as duplicates.</source>
        <translation>%d Zeilen zu erstellen (%s); %d mit Problemen; %d als Duplikate weggelassen.</translation>
    </message>
    <message>
        <source>Export the results</source>
        <translation>Ergebnisse exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>CSV (*.csv);;Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <source>Saved %s.</source>
        <translation>%s gespeichert.</translation>
    </message>
    <message>
        <source>Could not save %s: %s</source>
        <translation>%s konnte nicht gespeichert werden: %s</translation>
    </message>
    <message>
        <source>Save QR codes in</source>
        <translation>QR-Codes speichern in</translation>
    </message>
    <message>
        <source>%d QR codes saved in %s.</source>
        <translation>%d QR-Codes in %s gespeichert.</translation>
    </message>
    <message>
        <source>Could not save the QR codes: %s</source>
        <translation>Die QR-Codes konnten nicht gespeichert werden: %s</translation>
    </message>
    <message>
        <source>Choose a row with a link first.</source>
        <translation>Wählen Sie zuerst eine Zeile mit Link.</translation>
    </message>
    <message>
        <source>This row has no e-mail address or no link yet.</source>
        <translation>Diese Zeile hat keine E-Mail-Adresse oder noch keinen Link.</translation>
    </message>
    <message>
        <source>It was not created: send it with the next Resume</source>
        <translation>Wurde nicht erstellt: beim nächsten Fortsetzen senden</translation>
    </message>
</context>
<context>
    <name>CancelSubscriptionDialog</name>
    <message>
        <source>Cancel subscription</source>
        <translation>Abonnement kündigen</translation>
    </message>
    <message>
        <source>subscription %s</source>
        <translation>Abonnement %s</translation>
    </message>
    <message>
        <source>Cancel the subscription of %s (%s)?

The platform stops charging the customer. This cannot be undone from Paydesk.</source>
        <translation>Abonnement von %s (%s) kündigen?

Die Plattform belastet die Kundschaft danach nicht mehr. In Paydesk lässt sich das nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>no amount</source>
        <translation>kein Betrag</translation>
    </message>
    <message>
        <source>To confirm, type the customer&apos;s name (%s) or “cancel”:</source>
        <translation>Zur Bestätigung den Namen der Kundschaft (%s) oder «kündigen» eingeben:</translation>
    </message>
    <message>
        <source>To confirm, type “cancel”:</source>
        <translation>Zur Bestätigung «kündigen» eingeben:</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Bestätigung</translation>
    </message>
    <message>
        <source>Keep subscription</source>
        <translation>Abonnement behalten</translation>
    </message>
    <message>
        <source>cancel</source>
        <translation>kündigen</translation>
    </message>
</context>
<context>
    <name>ConnectionTester</name>
    <message>
        <source>Enter the API secret to test the connection.</source>
        <translation>Geben Sie das API-Secret ein, um die Verbindung zu testen.</translation>
    </message>
    <message>
        <source>Testing the connection to {host}</source>
        <translation>Verbindung zu {host} wird getestet</translation>
    </message>
    <message>
        <source>{refused} is not served by this instance; {version} answers. Use {version}?</source>
        <translation>{refused} wird von dieser Instanz nicht angeboten; {version} antwortet. {version} verwenden?</translation>
    </message>
    <message>
        <source>None of {lowest} to {highest} is served by this instance: choose an older API version.</source>
        <translation>Keine der Versionen {lowest} bis {highest} wird von dieser Instanz angeboten: Wählen Sie eine ältere API-Version.</translation>
    </message>
    <message>
        <source>Connected to {instance} on {where}.</source>
        <translation>Verbunden mit {instance} auf {where}.</translation>
    </message>
    <message>
        <source>The API secret is not correct for this instance.</source>
        <translation>Das API-Secret ist für diese Instanz nicht korrekt.</translation>
    </message>
    <message>
        <source>No such instance on this platform.</source>
        <translation>Diese Instanz gibt es auf dieser Plattform nicht.</translation>
    </message>
    <message>
        <source>Cannot reach {host}: {reason}.</source>
        <translation>{host} ist nicht erreichbar: {reason}.</translation>
    </message>
    <message>
        <source>the connection failed</source>
        <translation>die Verbindung schlug fehl</translation>
    </message>
</context>
<context>
    <name>DailyChart</name>
    <message>
        <source>Paid per day, last 30 days</source>
        <translation>Bezahlt pro Tag, letzte 30 Tage</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>The Demo&apos;s saved data could not be read, so the Demo starts afresh. The damaged file was kept as %s.</source>
        <translation>Die gespeicherten Daten der Demo konnten nicht gelesen werden; die Demo beginnt neu. Die beschädigte Datei wurde als %s aufbewahrt.</translation>
    </message>
    <message>
        <source>(it could not be moved)</source>
        <translation>(sie konnte nicht verschoben werden)</translation>
    </message>
    <message>
        <source>The Demo is not running, so there is nothing to reset.</source>
        <translation>Die Demo läuft nicht; es gibt nichts zurückzusetzen.</translation>
    </message>
    <message>
        <source>The Demo goes back to how it was at its first start: the paylinks, payment pages, payments and subscriptions made or changed there are gone.</source>
        <translation>Die Demo wird auf den Stand ihres ersten Starts zurückgesetzt: Die dort erstellten oder geänderten Paylinks, Zahlungsseiten, Zahlungen und Abonnemente sind danach weg.</translation>
    </message>
    <message>
        <source>The Demo&apos;s rows in History are removed too (%d). Your other instances are not touched.</source>
        <translation>Auch die Zeilen der Demo im Verlauf werden entfernt (%d). Ihre anderen Instanzen bleiben unverändert.</translation>
    </message>
    <message>
        <source>Reset the Demo?</source>
        <translation>Demo zurücksetzen?</translation>
    </message>
    <message>
        <source>Reset Demo</source>
        <translation>Demo zurücksetzen</translation>
    </message>
    <message>
        <source>The Demo was reset. Rows removed from History: %d.</source>
        <translation>Die Demo wurde zurückgesetzt. Aus dem Verlauf entfernte Zeilen: %d.</translation>
    </message>
    <message>
        <source>The Demo could not be reset: %s</source>
        <translation>Die Demo konnte nicht zurückgesetzt werden: %s</translation>
    </message>
    <message>
        <source>Resetting the Demo</source>
        <translation>Demo wird zurückgesetzt</translation>
    </message>
</context>
<context>
    <name>ElsewherePages</name>
    <message>
        <source>Loading the payment pages of this instance</source>
        <translation>Zahlungsseiten dieser Instanz werden geladen</translation>
    </message>
    <message>
        <source>The payment pages created elsewhere could not be loaded: %s</source>
        <translation>Die anderswo erstellten Zahlungsseiten konnten nicht geladen werden: %s</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Paydesk: unexpected problem</source>
        <translation>Paydesk: unerwartetes Problem</translation>
    </message>
    <message>
        <source>Paydesk hit an unexpected problem. You can keep working; if it happens again, send the log.</source>
        <translation>In Paydesk ist ein unerwartetes Problem aufgetreten. Sie können weiterarbeiten; tritt es erneut auf, senden Sie bitte das Protokoll.</translation>
    </message>
    <message>
        <source>Log file: %s</source>
        <translation>Protokolldatei: %s</translation>
    </message>
    <message>
        <source>This session writes no log file.</source>
        <translation>Diese Sitzung schreibt keine Protokolldatei.</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Fehlerdetails</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Details kopieren</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Protokollordner öffnen</translation>
    </message>
    <message>
        <source>Details copied to the clipboard.</source>
        <translation>Details in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>Could not open %s</source>
        <translation>%s konnte nicht geöffnet werden</translation>
    </message>
    <message numerus="yes">
        <source>and %n more problem(s) since</source>
        <translation>
            <numerusform>und seither %n weiteres Problem</numerusform>
            <numerusform>und seither %n weitere Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Details ausblenden</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Details einblenden</translation>
    </message>
</context>
<context>
    <name>Failure</name>
    <message>
        <source>Something unexpected went wrong; the details are in the log.</source>
        <translation>Etwas Unerwartetes ist schiefgegangen; die Details stehen im Protokoll.</translation>
    </message>
</context>
<context>
    <name>FormErrors</name>
    <message>
        <source>Use the digits 0-9 for the amount, like 1234.50.</source>
        <translation>Verwenden Sie für den Betrag die Ziffern 0-9, zum Beispiel 1234.50.</translation>
    </message>
    <message>
        <source>Enter the amount as a number, like 1234.50.</source>
        <translation>Geben Sie den Betrag als Zahl ein, z. B. 1234.50.</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>Der Betrag muss grösser als null sein.</translation>
    </message>
    <message>
        <source>%s amounts have no decimals.</source>
        <translation>%s-Beträge haben keine Nachkommastellen.</translation>
    </message>
    <message>
        <source>%s amounts have at most %d decimals.</source>
        <translation>%s-Beträge haben höchstens %d Nachkommastellen.</translation>
    </message>
    <message>
        <source>The amount is larger than the platform accepts.</source>
        <translation>Der Betrag ist grösser, als die Plattform annimmt.</translation>
    </message>
    <message>
        <source>%s contains a damaged character: delete it and type it again.</source>
        <translation>%s enthält ein beschädigtes Zeichen: Löschen Sie es und tippen Sie es neu.</translation>
    </message>
    <message>
        <source>%s contains a hidden character that changes the writing direction (%s): remove it.</source>
        <translation>%s enthält ein verstecktes Zeichen, das die Schreibrichtung ändert (%s): Entfernen Sie es.</translation>
    </message>
    <message>
        <source>%s contains an invisible character (%s): remove it.</source>
        <translation>%s enthält ein unsichtbares Zeichen (%s): Entfernen Sie es.</translation>
    </message>
    <message>
        <source>%s contains a control character (%s): remove it.</source>
        <translation>%s enthält ein Steuerzeichen (%s): Entfernen Sie es.</translation>
    </message>
    <message>
        <source>%s is too long (%d characters; at most %d).</source>
        <translation>%s ist zu lang (%d Zeichen; höchstens %d).</translation>
    </message>
    <message>
        <source>Enter a web address starting with https:// (or http://).</source>
        <translation>Geben Sie eine Webadresse ein, die mit https:// (oder http://) beginnt.</translation>
    </message>
    <message>
        <source>Enter a title: the customer sees it on the payment page.</source>
        <translation>Geben Sie einen Titel ein: Die Kundschaft sieht ihn auf der Zahlungsseite.</translation>
    </message>
    <message>
        <source>The title</source>
        <translation>Der Titel</translation>
    </message>
    <message>
        <source>The description</source>
        <translation>Die Beschreibung</translation>
    </message>
    <message>
        <source>The reference</source>
        <translation>Die Referenz</translation>
    </message>
    <message>
        <source>The purpose</source>
        <translation>Der Zahlungszweck</translation>
    </message>
    <message>
        <source>Choose a currency.</source>
        <translation>Wählen Sie eine Währung.</translation>
    </message>
    <message>
        <source>Use the digits 0-9 for the VAT rate, like 8.1.</source>
        <translation>Verwenden Sie für den MWST-Satz die Ziffern 0-9, zum Beispiel 8.1.</translation>
    </message>
    <message>
        <source>Enter the VAT rate as a percentage between 0 and 100, like 8.1.</source>
        <translation>Geben Sie den MWST-Satz als Prozentwert zwischen 0 und 100 ein, z. B. 8.1.</translation>
    </message>
    <message>
        <source>Enter the expiry date as a date, like 2026-12-31.</source>
        <translation>Geben Sie das Ablaufdatum als Datum ein, z. B. 2026-12-31.</translation>
    </message>
    <message>
        <source>The expiry date is in the past: choose a later date or none.</source>
        <translation>Das Ablaufdatum liegt in der Vergangenheit: Wählen Sie ein späteres Datum oder keines.</translation>
    </message>
    <message>
        <source>Enter a valid e-mail address, like name@example.ch.</source>
        <translation>Geben Sie eine gültige E-Mail-Adresse ein, z. B. name@example.ch.</translation>
    </message>
    <message>
        <source>The first name</source>
        <translation>Der Vorname</translation>
    </message>
    <message>
        <source>The last name</source>
        <translation>Der Nachname</translation>
    </message>
    <message>
        <source>The company</source>
        <translation>Die Firma</translation>
    </message>
    <message>
        <source>The e-mail address</source>
        <translation>Die E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Use the digits 0-9 for payment provider ids, like 36, 44.</source>
        <translation>Verwenden Sie für die IDs der Zahlungsanbieter die Ziffern 0-9, zum Beispiel 36, 44.</translation>
    </message>
    <message>
        <source>Enter payment provider ids as numbers separated by commas, like 36, 44.</source>
        <translation>Geben Sie die IDs der Zahlungsanbieter als Zahlen mit Kommas dazwischen ein, z. B. 36, 44.</translation>
    </message>
    <message>
        <source>Enter payment methods as names of letters a-z, digits, _ and - separated by commas, like visa, twint.</source>
        <translation>Geben Sie Zahlungsmittel als Namen aus Buchstaben a-z, Ziffern, _ und - ein, durch Kommas getrennt, zum Beispiel visa, twint.</translation>
    </message>
    <message>
        <source>The button text</source>
        <translation>Der Schaltflächentext</translation>
    </message>
    <message>
        <source>The SKU</source>
        <translation>Die SKU</translation>
    </message>
    <message>
        <source>The amount</source>
        <translation>Der Betrag</translation>
    </message>
    <message>
        <source>The currency</source>
        <translation>Die Währung</translation>
    </message>
    <message>
        <source>The VAT rate</source>
        <translation>Der MWST-Satz</translation>
    </message>
    <message>
        <source>The payment provider ids</source>
        <translation>Die IDs der Zahlungsanbieter</translation>
    </message>
    <message>
        <source>The payment methods</source>
        <translation>Die Zahlungsmittel</translation>
    </message>
    <message>
        <source>The success page</source>
        <translation>Die Erfolgsseite</translation>
    </message>
    <message>
        <source>The failure page</source>
        <translation>Die Fehlerseite</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instanz</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Authorized, reserved, other</source>
        <translation>Autorisiert, reserviert, andere</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <source>May have been created</source>
        <translation>Eventuell erstellt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Authorized (not charged yet)</source>
        <translation>Autorisiert (noch nicht belastet)</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reserviert</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Zurückerstattet</translation>
    </message>
    <message>
        <source>Partly refunded</source>
        <translation>Teilweise zurückerstattet</translation>
    </message>
    <message>
        <source>Refund pending</source>
        <translation>Rückerstattung ausstehend</translation>
    </message>
    <message>
        <source>Charged back</source>
        <translation>Rückbelastet</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>May have been created – check before creating again</source>
        <translation>Eventuell erstellt – vor erneutem Erstellen prüfen</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Failed: %s</source>
        <translation>Fehlgeschlagen: %s</translation>
    </message>
    <message>
        <source>Not created (checked by you)</source>
        <translation>Nicht erstellt (von Ihnen geprüft)</translation>
    </message>
    <message>
        <source>Page, created elsewhere</source>
        <translation>Zahlungsseite, anderswo erstellt</translation>
    </message>
    <message>
        <source>A payment page of this instance that Paydesk did not create (in the dashboard or another program). You can copy, open and duplicate it here; change or delete it where it was made.</source>
        <translation>Eine Zahlungsseite dieser Instanz, die nicht mit Paydesk erstellt wurde (im Dashboard oder mit einem anderen Programm). Hier können Sie sie kopieren, öffnen und duplizieren; ändern oder löschen Sie sie dort, wo sie erstellt wurde.</translation>
    </message>
    <message>
        <source>no answer recorded</source>
        <translation>keine Antwort erfasst</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Zahlungsseite</translation>
    </message>
    <message>
        <source>Paylink</source>
        <translation>Paylink</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
</context>
<context>
    <name>HistoryController</name>
    <message>
        <source>Refreshing status of “%s”</source>
        <translation>Status von «%s» wird aktualisiert</translation>
    </message>
    <message>
        <source>Not found on the server: it may have been deleted there.</source>
        <translation>Auf dem Server nicht gefunden: Eventuell wurde es dort gelöscht.</translation>
    </message>
    <message>
        <source>%d status(es) could not be refreshed: %s</source>
        <translation>%d Status konnten nicht aktualisiert werden: %s</translation>
    </message>
    <message>
        <source>Statuses are up to date (%d checked).</source>
        <translation>Status sind aktuell (%d geprüft).</translation>
    </message>
    <message>
        <source>Deleting “%s” on the server</source>
        <translation>«%s» wird auf dem Server gelöscht</translation>
    </message>
    <message>
        <source>“%s” was deleted.</source>
        <translation>«%s» wurde gelöscht.</translation>
    </message>
    <message>
        <source>No answer came back: “%s” may or may not have been deleted. Refresh its status before trying again.</source>
        <translation>Keine Antwort erhalten: «%s» wurde eventuell gelöscht, eventuell nicht. Aktualisieren Sie den Status, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>Loading payments of “%s”</source>
        <translation>Zahlungen von «%s» werden geladen</translation>
    </message>
    <message>
        <source>Exporting History</source>
        <translation>Verlauf wird exportiert</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <source>Export History</source>
        <translation>Verlauf exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
    <message>
        <source>Delete on the server?</source>
        <translation>Auf dem Server löschen?</translation>
    </message>
    <message>
        <source>Delete the paylink “%s” (%s) on the server?

Its link stops working for the customer. This cannot be undone; the row stays in History.</source>
        <translation>Paylink «%s» (%s) auf dem Server löschen?

Der Link funktioniert danach für die Kundschaft nicht mehr. Das lässt sich nicht rückgängig machen; die Zeile bleibt im Verlauf.</translation>
    </message>
    <message>
        <source>Delete on server</source>
        <translation>Auf dem Server löschen</translation>
    </message>
    <message>
        <source>this row has no paylink on the server.</source>
        <translation>Zu dieser Zeile gibt es keinen Paylink auf dem Server.</translation>
    </message>
    <message>
        <source>Search title, reference, customer, amount</source>
        <translation>Titel, Referenz, Kunde, Betrag suchen</translation>
    </message>
    <message>
        <source>Search History</source>
        <translation>Verlauf durchsuchen</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>All instances</source>
        <translation>Alle Instanzen</translation>
    </message>
    <message>
        <source>Show what was created with every instance</source>
        <translation>Zeigen, was mit allen Instanzen erstellt wurde</translation>
    </message>
    <message>
        <source>Refresh statuses</source>
        <translation>Status aktualisieren</translation>
    </message>
    <message>
        <source>Ask the server for the current status of the rows, visible ones first</source>
        <translation>Den aktuellen Status der Zeilen beim Server abfragen, sichtbare zuerst</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Save the rows as the list shows them, with their links (CSV or Excel)</source>
        <translation>Die Zeilen so speichern, wie die Liste sie zeigt, mit ihren Links (CSV oder Excel)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Create a paylink</source>
        <translation>Paylink erstellen</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Link kopieren</translation>
    </message>
    <message>
        <source>Copy the selected row&apos;s payment link</source>
        <translation>Zahlungslink der gewählten Zeile kopieren</translation>
    </message>
    <message>
        <source>QR / link</source>
        <translation>QR / Link</translation>
    </message>
    <message>
        <source>Show the QR code and link of the selected row</source>
        <translation>QR-Code und Link der gewählten Zeile zeigen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open the payment page in your web browser</source>
        <translation>Zahlungsseite im Webbrowser öffnen</translation>
    </message>
    <message>
        <source>Duplicate into form</source>
        <translation>Ins Formular übernehmen</translation>
    </message>
    <message>
        <source>Fill the form with this row&apos;s values to create a new one</source>
        <translation>Formular mit den Werten dieser Zeile füllen, um einen neuen zu erstellen</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <source>Show the payments made through this link</source>
        <translation>Über diesen Link geleistete Zahlungen zeigen</translation>
    </message>
    <message>
        <source>Delete on server…</source>
        <translation>Auf dem Server löschen…</translation>
    </message>
    <message>
        <source>Delete the paylink on the server so its link stops working</source>
        <translation>Paylink auf dem Server löschen, damit sein Link nicht mehr funktioniert</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Details…</translation>
    </message>
    <message>
        <source>Show what the server answered</source>
        <translation>Antwort des Servers zeigen</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Wird aktualisiert…</translation>
    </message>
    <message>
        <source>“%s” was not created, so it has no link.</source>
        <translation>«%s» wurde nicht erstellt und hat daher keinen Link.</translation>
    </message>
    <message>
        <source>No answer came back when “%s” was sent: it may have been created. Check the platform&apos;s dashboard before creating it again.</source>
        <translation>Beim Senden von «%s» kam keine Antwort zurück: Eventuell wurde es erstellt. Prüfen Sie das Dashboard der Plattform, bevor Sie es erneut erstellen.</translation>
    </message>
    <message>
        <source>“%s” is being sent…</source>
        <translation>«%s» wird gesendet…</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Kein Treffer</translation>
    </message>
    <message>
        <source>No row matches the search or the status filter.</source>
        <translation>Keine Zeile passt zur Suche oder zum Statusfilter.</translation>
    </message>
    <message>
        <source>No instance</source>
        <translation>Keine Instanz</translation>
    </message>
    <message>
        <source>Choose an instance to see what was created with it.</source>
        <translation>Wählen Sie eine Instanz, um zu sehen, was damit erstellt wurde.</translation>
    </message>
    <message>
        <source>Nothing created yet</source>
        <translation>Noch nichts erstellt</translation>
    </message>
    <message>
        <source>Paylinks and payment pages you create appear here.</source>
        <translation>Paylinks und Zahlungsseiten, die Sie erstellen, erscheinen hier.</translation>
    </message>
    <message>
        <source>Deleting on the server…</source>
        <translation>Wird auf dem Server gelöscht…</translation>
    </message>
    <message>
        <source>%d rows saved to %s.</source>
        <translation>%d Zeilen in %s gespeichert.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>InstancesDialog</name>
    <message>
        <source>Manage instances</source>
        <translation>Instanzen verwalten</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instanzen</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Add a new instance</source>
        <translation>Neue Instanz hinzufügen</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>A copy of the selected instance, with the same API secret unless you change it</source>
        <translation>Eine Kopie der gewählten Instanz, mit demselben API-Secret, sofern Sie es nicht ändern</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected instance, its settings file and its API secret</source>
        <translation>Gewählte Instanz mit Einstellungsdatei und API-Secret entfernen</translation>
    </message>
    <message>
        <source>e.g. Shop</source>
        <translation>z. B. Shop</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Anzeigename:</translation>
    </message>
    <message>
        <source>e.g. example</source>
        <translation>z. B. example</translation>
    </message>
    <message>
        <source>The part before the platform&apos;s domain, e.g. example in example.okepay.info.</source>
        <translation>Der Teil vor der Domain der Plattform, z. B. example in example.okepay.info.</translation>
    </message>
    <message>
        <source>&amp;Instance name:</source>
        <translation>&amp;Instanzname:</translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>Andere…</translation>
    </message>
    <message>
        <source>The platform&apos;s domain; the API is at api.&lt;domain&gt;</source>
        <translation>Die Domain der Plattform; die API liegt unter api.&lt;domain&gt;</translation>
    </message>
    <message>
        <source>e.g. example-pay.ch</source>
        <translation>z. B. example-pay.ch</translation>
    </message>
    <message>
        <source>Base domain</source>
        <translation>Basisdomain</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>&amp;Plattform:</translation>
    </message>
    <message>
        <source>API &amp;version:</source>
        <translation>API-&amp;Version:</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>API key header</source>
        <translation>API-Key-Header</translation>
    </message>
    <message>
        <source>Signature signs every request with the secret (the usual way); API key header sends the secret itself in an X-API-KEY header</source>
        <translation>Signatur signiert jede Anfrage mit dem Secret (der übliche Weg); API-Key-Header sendet das Secret selbst in einem X-API-KEY-Header</translation>
    </message>
    <message>
        <source>Authe&amp;ntication:</source>
        <translation>Authenti&amp;fizierung:</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>Ei&amp;nblenden</translation>
    </message>
    <message>
        <source>Show or hide the secret</source>
        <translation>Secret ein- oder ausblenden</translation>
    </message>
    <message>
        <source>API s&amp;ecret:</source>
        <translation>API-Se&amp;cret:</translation>
    </message>
    <message>
        <source>Test c&amp;onnection</source>
        <translation>Ver&amp;bindung testen</translation>
    </message>
    <message>
        <source>Ask the platform whether instance name and secret are right (unsaved values)</source>
        <translation>Bei der Plattform prüfen, ob Instanzname und Secret stimmen (ungespeicherte Werte)</translation>
    </message>
    <message>
        <source>Default &amp;currency:</source>
        <translation>Standard&amp;währung:</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Französisch</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italienisch</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>Default &amp;language:</source>
        <translation>S&amp;tandardsprache:</translation>
    </message>
    <message>
        <source>e.g. INV-</source>
        <translation>z. B. RE-</translation>
    </message>
    <message>
        <source>&amp;Reference prefix:</source>
        <translation>Referen&amp;zpräfix:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>The VAT rate in percent, e.g. 8.1; empty for none</source>
        <translation>Der MWST-Satz in Prozent, z. B. 8.1; leer für keinen</translation>
    </message>
    <message>
        <source>Default VA&amp;T rate (%):</source>
        <translation>Standard-&amp;MWST-Satz (%):</translation>
    </message>
    <message>
        <source>never ask</source>
        <translation>nie fragen</translation>
    </message>
    <message>
        <source>Ask before creating a paylink above this amount, e.g. 500; empty: never ask</source>
        <translation>Vor dem Erstellen eines Paylinks über diesem Betrag nachfragen, z. B. 500; leer: nie fragen</translation>
    </message>
    <message>
        <source>Confirm amounts a&amp;bove:</source>
        <translation>Bestäti&amp;gen ab Betrag:</translation>
    </message>
    <message>
        <source>Hide every create, cancel and delete action</source>
        <translation>Alle Aktionen zum Erstellen, Kündigen und Löschen ausblenden</translation>
    </message>
    <message>
        <source>While this instance is active, Paydesk only looks things up: no paylink or page is created, nothing is cancelled or deleted.</source>
        <translation>Solange diese Instanz aktiv ist, liest Paydesk nur: Es werden keine Paylinks oder Seiten erstellt und nichts gekündigt oder gelöscht.</translation>
    </message>
    <message>
        <source>Read-onl&amp;y:</source>
        <translation>Nur &amp;lesen:</translation>
    </message>
    <message>
        <source>Tell me when a payment arrives</source>
        <translation>Melden, wenn eine Zahlung eingeht</translation>
    </message>
    <message>
        <source>Payment messa&amp;ges:</source>
        <translation>Eingang v&amp;on Zahlungen:</translation>
    </message>
    <message>
        <source>Store secrets in a &amp;file…</source>
        <translation>Sec&amp;rets in Datei speichern…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save this instance (Enter)</source>
        <translation>Diese Instanz speichern (Enter)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schliessen</translation>
    </message>
    <message>
        <source>Close the dialog (Esc). Changes that were not saved are discarded.</source>
        <translation>Dialog schliessen (Esc). Nicht gespeicherte Änderungen gehen verloren.</translation>
    </message>
    <message>
        <source>Built in: a sandbox on this computer ({url}) to try everything without an account. It cannot be changed or removed.</source>
        <translation>Eingebaut: eine Sandbox auf diesem Computer ({url}), um alles ohne Konto auszuprobieren. Sie kann weder geändert noch entfernt werden.</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>A&amp;usblenden</translation>
    </message>
    <message>
        <source>A message from the system tray (or in the window) when a paylink of this instance is paid, and when one of its subscriptions becomes overdue, goes into notice or is cancelled; clicking it shows the row.</source>
        <translation>Eine Meldung im Infobereich (oder im Fenster), wenn ein Paylink dieser Instanz bezahlt wird und wenn eines ihrer Abonnemente überfällig, in der Kündigungsfrist oder gekündigt ist; ein Klick darauf zeigt die Zeile.</translation>
    </message>
    <message>
        <source>Add an instance to get started.</source>
        <translation>Fügen Sie eine Instanz hinzu, um zu beginnen.</translation>
    </message>
    <message>
        <source>The built-in Demo instance cannot be changed.</source>
        <translation>Die eingebaute Demo-Instanz kann nicht geändert werden.</translation>
    </message>
    <message>
        <source>built in: no secret needed</source>
        <translation>eingebaut: kein Secret nötig</translation>
    </message>
    <message>
        <source>stored in {where}; leave blank to keep it</source>
        <translation>gespeichert in {where}; leer lassen, um es zu behalten</translation>
    </message>
    <message>
        <source>leave blank to use the secret of “{name}”</source>
        <translation>leer lassen, um das Secret von «{name}» zu verwenden</translation>
    </message>
    <message>
        <source>not stored yet; it will be kept in {where}</source>
        <translation>noch nicht gespeichert; es wird in {where} abgelegt</translation>
    </message>
    <message>
        <source>Remove instance</source>
        <translation>Instanz entfernen</translation>
    </message>
    <message>
        <source>Remove “{name}”?</source>
        <translation>«{name}» entfernen?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Its settings file and its API secret (in {where}) are deleted. What was created on the platform stays there.</source>
        <translation>Die Einstellungsdatei und das API-Secret (in {where}) werden gelöscht. Was auf der Plattform erstellt wurde, bleibt dort.</translation>
    </message>
    <message>
        <source>✓ “{name}” saved.</source>
        <translation>✓ «{name}» gespeichert.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Verbindung wird getestet…</translation>
    </message>
    <message>
        <source>Use {version}</source>
        <translation>{version} verwenden</translation>
    </message>
    <message>
        <source>Set the API version to {version}; save to keep it</source>
        <translation>Die API-Version auf {version} setzen; speichern, um sie zu behalten</translation>
    </message>
    <message>
        <source>Store secrets in a file</source>
        <translation>Secrets in einer Datei speichern</translation>
    </message>
    <message>
        <source>Store in a file</source>
        <translation>In Datei speichern</translation>
    </message>
    <message>
        <source>The file: {path}</source>
        <translation>Die Datei: {path}</translation>
    </message>
    <message>
        <source>Some instance files could not be loaded:</source>
        <translation>Einige Instanzdateien konnten nicht geladen werden:</translation>
    </message>
</context>
<context>
    <name>InstancesModel</name>
    <message>
        <source>New instance</source>
        <translation>Neue Instanz</translation>
    </message>
    <message>
        <source>{name} (built-in)</source>
        <translation>{name} (eingebaut)</translation>
    </message>
    <message>
        <source>{name} (not saved)</source>
        <translation>{name} (nicht gespeichert)</translation>
    </message>
    <message>
        <source>{name} (changed)</source>
        <translation>{name} (geändert)</translation>
    </message>
    <message>
        <source>The built-in Demo instance: a sandbox on this computer, no account needed. It cannot be changed or removed.</source>
        <translation>Die eingebaute Demo-Instanz: eine Sandbox auf diesem Computer, kein Konto nötig. Sie kann weder geändert noch entfernt werden.</translation>
    </message>
    <message>
        <source> (copy)</source>
        <translation> (Kopie)</translation>
    </message>
    <message>
        <source>The built-in Demo instance cannot be removed.</source>
        <translation>Die eingebaute Demo-Instanz kann nicht entfernt werden.</translation>
    </message>
    <message>
        <source>This profile no longer exists.</source>
        <translation>Dieses Profil existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The built-in Demo instance cannot be changed.</source>
        <translation>Die eingebaute Demo-Instanz kann nicht geändert werden.</translation>
    </message>
    <message>
        <source>“{name}” could not be loaded: {message}</source>
        <translation>«{name}» konnte nicht geladen werden: {message}</translation>
    </message>
    <message>
        <source>(Folder: {folder})</source>
        <translation>(Ordner: {folder})</translation>
    </message>
</context>
<context>
    <name>LinkPanel</name>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG-Bild (*.svg)</translation>
    </message>
    <message>
        <source>Save QR code</source>
        <translation>QR-Code speichern</translation>
    </message>
    <message>
        <source>No link yet</source>
        <translation>Noch kein Link</translation>
    </message>
    <message>
        <source>1. Type a title and an amount.
2. Press Create.
3. Copy the link or the QR code for your customer.</source>
        <translation>1. Titel und Betrag eingeben.
2. Auf Erstellen klicken.
3. Link oder QR-Code für die Kundschaft kopieren.</translation>
    </message>
    <message>
        <source>Create a paylink or pick a row in History to see its link here.</source>
        <translation>Erstellen Sie einen Paylink oder wählen Sie eine Zeile im Verlauf, um hier den Link zu sehen.</translation>
    </message>
</context>
<context>
    <name>LinkState</name>
    <message>
        <source>Waiting for payment</source>
        <translation>Wartet auf Zahlung</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation>Teilweise bezahlt</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>“%s” has already been paid. Send its link to a customer anyway?</source>
        <translation>«%s» ist bereits bezahlt. Den Link trotzdem einer Kundin oder einem Kunden senden?</translation>
    </message>
    <message>
        <source>“%s” was deleted on the server: its link no longer works. Send it to a customer anyway?</source>
        <translation>«%s» wurde auf dem Server gelöscht: der Link funktioniert nicht mehr. Trotzdem einer Kundin oder einem Kunden senden?</translation>
    </message>
    <message>
        <source>“%s” has expired: its link no longer takes payments. Send it to a customer anyway?</source>
        <translation>«%s» ist abgelaufen: über den Link kann nicht mehr bezahlt werden. Trotzdem einer Kundin oder einem Kunden senden?</translation>
    </message>
</context>
<context>
    <name>LinkStateBadge</name>
    <message>
        <source>Link state</source>
        <translation>Status des Links</translation>
    </message>
    <message>
        <source>Send this link?</source>
        <translation>Diesen Link senden?</translation>
    </message>
</context>
<context>
    <name>LinkView</name>
    <message>
        <source>Payment page</source>
        <translation>Zahlungsseite</translation>
    </message>
    <message>
        <source>Paylink</source>
        <translation>Paylink</translation>
    </message>
    <message>
        <source>Amount chosen by the customer</source>
        <translation>Betrag nach Wahl der Kundschaft</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>E-mail opened in your mail program</source>
        <translation>E-Mail im Mailprogramm geöffnet</translation>
    </message>
    <message>
        <source>No e-mail program could be opened.</source>
        <translation>Es konnte kein E-Mail-Programm geöffnet werden.</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>QR-Code</translation>
    </message>
    <message>
        <source>Could not save the QR code to %s: %s</source>
        <translation>Der QR-Code konnte nicht in %s gespeichert werden: %s</translation>
    </message>
    <message>
        <source>QR code saved to %s</source>
        <translation>QR-Code gespeichert in %s</translation>
    </message>
    <message>
        <source>No browser could be opened. Copy the link and paste it into one.</source>
        <translation>Es konnte kein Browser geöffnet werden. Kopieren Sie den Link und fügen Sie ihn in einen Browser ein.</translation>
    </message>
    <message>
        <source>Payment link</source>
        <translation>Zahlungslink</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Link kopieren</translation>
    </message>
    <message>
        <source>Copy the payment link to the clipboard</source>
        <translation>Zahlungslink in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Im Browser öffnen</translation>
    </message>
    <message>
        <source>Open the payment page in your web browser</source>
        <translation>Zahlungsseite im Webbrowser öffnen</translation>
    </message>
    <message>
        <source>QR code of the payment link</source>
        <translation>QR-Code des Zahlungslinks</translation>
    </message>
    <message>
        <source>Copy QR</source>
        <translation>QR kopieren</translation>
    </message>
    <message>
        <source>Copy the QR code to the clipboard as an image</source>
        <translation>QR-Code als Bild in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Save QR…</source>
        <translation>QR speichern…</translation>
    </message>
    <message>
        <source>Save the QR code as a PNG or SVG file</source>
        <translation>QR-Code als PNG- oder SVG-Datei speichern</translation>
    </message>
    <message>
        <source>Message language</source>
        <translation>Sprache der Nachricht</translation>
    </message>
    <message>
        <source>The language of the message for the customer</source>
        <translation>Die Sprache der Nachricht an die Kundschaft</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>Nachricht kopieren</translation>
    </message>
    <message>
        <source>Copy a short message with title, amount and link, for an e-mail</source>
        <translation>Kurze Nachricht mit Titel, Betrag und Link für eine E-Mail kopieren</translation>
    </message>
    <message>
        <source>E-mail…</source>
        <translation>E-Mail…</translation>
    </message>
    <message>
        <source>Write the message in your e-mail program, to the customer&apos;s address if known</source>
        <translation>Die Nachricht im E-Mail-Programm schreiben, an die Adresse der Kundin oder des Kunden, falls bekannt</translation>
    </message>
    <message>
        <source>Last action</source>
        <translation>Letzte Aktion</translation>
    </message>
</context>
<context>
    <name>ListTable</name>
    <message>
        <source>Cell</source>
        <translation>Zelle</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Copy cell</source>
        <translation>Zelle kopieren</translation>
    </message>
    <message>
        <source>Copy row</source>
        <translation>Zeile kopieren</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Abonnemente</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Zu erledigen</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <source>The interface is now in %s.</source>
        <translation>Die Oberfläche ist jetzt auf %s.</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnosedaten</translation>
    </message>
    <message>
        <source>Create the paylink or payment page of the open form</source>
        <translation>Paylink oder Zahlungsseite des offenen Formulars erstellen</translation>
    </message>
    <message>
        <source>Copy the last created link</source>
        <translation>Zuletzt erstellten Link kopieren</translation>
    </message>
    <message>
        <source>Manage instances</source>
        <translation>Instanzen verwalten</translation>
    </message>
    <message>
        <source>Search in History or Subscriptions</source>
        <translation>Im Verlauf oder in den Abonnementen suchen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>A paylink is a payment link for one amount: send it by e-mail or show its QR code.</source>
        <translation>Ein Paylink ist ein Zahlungslink für einen Betrag: per E-Mail senden oder den QR-Code zeigen.</translation>
    </message>
    <message>
        <source>A payment page stays open for any number of payments: share its link or QR code.</source>
        <translation>Eine Zahlungsseite bleibt für beliebig viele Zahlungen offen: Link oder QR-Code teilen.</translation>
    </message>
    <message>
        <source>Every paylink and payment page created here, with what became of it.</source>
        <translation>Alle hier erstellten Paylinks und Zahlungsseiten und was daraus wurde.</translation>
    </message>
    <message>
        <source>The instance&apos;s subscriptions: who is active, in notice, failed or cancelled.</source>
        <translation>Die Abonnemente der Instanz: wer aktiv, in Kündigungsfrist, fehlgeschlagen oder gekündigt ist.</translation>
    </message>
    <message>
        <source>Switch between Paylink, Payment page, History and Subscriptions</source>
        <translation>Zwischen Paylink, Zahlungsseite, Verlauf und Abonnementen wechseln</translation>
    </message>
    <message>
        <source>Create paylinks from a spreadsheet</source>
        <translation>Zahlungslinks aus einer Tabelle erstellen</translation>
    </message>
    <message>
        <source>Paylink</source>
        <translation>Paylink</translation>
    </message>
    <message>
        <source>Payment page</source>
        <translation>Zahlungsseite</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instanz</translation>
    </message>
    <message>
        <source>Instance:</source>
        <translation>Instanz:</translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation>DEMO</translation>
    </message>
    <message>
        <source>The Demo instance is a local sandbox: nothing is charged, nothing leaves this computer.</source>
        <translation>Die Demo-Instanz ist eine lokale Sandbox: Nichts wird belastet, nichts verlässt diesen Computer.</translation>
    </message>
    <message>
        <source>READ-ONLY</source>
        <translation>NUR LESEN</translation>
    </message>
    <message>
        <source>This instance is set to read-only: nothing can be created, cancelled or deleted.</source>
        <translation>Diese Instanz ist schreibgeschützt: Es kann nichts erstellt, gekündigt oder gelöscht werden.</translation>
    </message>
    <message>
        <source>Manage instances…</source>
        <translation>Instanzen verwalten…</translation>
    </message>
    <message>
        <source>What happened?…</source>
        <translation>Was ist passiert?…</translation>
    </message>
    <message>
        <source>Leave it open</source>
        <translation>Offen lassen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Create paylinks from a &amp;spreadsheet…</source>
        <translation>Zahlungslinks aus einer &amp;Tabelle erstellen…</translation>
    </message>
    <message>
        <source>&amp;Reset Demo…</source>
        <translation>Demo &amp;zurücksetzen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Copy last &amp;link</source>
        <translation>Letzten &amp;Link kopieren</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
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
        <source>Open &amp;log folder</source>
        <translation>&amp;Protokollordner öffnen</translation>
    </message>
    <message>
        <source>Copy &amp;diagnostics</source>
        <translation>&amp;Diagnosedaten kopieren</translation>
    </message>
    <message>
        <source>&amp;About Paydesk</source>
        <translation>Ü&amp;ber Paydesk</translation>
    </message>
    <message>
        <source>No instance yet: add one in Manage instances.</source>
        <translation>Noch keine Instanz: Fügen Sie eine unter «Instanzen verwalten» hinzu.</translation>
    </message>
    <message>
        <source>no instance</source>
        <translation>keine Instanz</translation>
    </message>
    <message>
        <source>Paydesk – %s</source>
        <translation>Paydesk – %s</translation>
    </message>
    <message>
        <source>Paydesk was stopped while it was creating “%s” (%s, reference %s): it may have been created. Say what happened before creating it again.</source>
        <translation>Paydesk wurde beendet, während es «%s» (%s, Referenz %s) erstellte: Eventuell wurde es erstellt. Sagen Sie, was passiert ist, bevor Sie es erneut erstellen.</translation>
    </message>
    <message>
        <source>Paydesk was stopped while it was creating %d paylinks or payment pages: they may have been created. Say what happened before creating them again.</source>
        <translation>Paydesk wurde beendet, während es %d Paylinks oder Zahlungsseiten erstellte: Eventuell wurden sie erstellt. Sagen Sie, was passiert ist, bevor Sie sie erneut erstellen.</translation>
    </message>
    <message>
        <source>Created “%s”: the link is ready.</source>
        <translation>«%s» erstellt: Der Link ist bereit.</translation>
    </message>
    <message>
        <source>%s — %s</source>
        <translation>%s — %s</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>About Paydesk</source>
        <translation>Über Paydesk</translation>
    </message>
    <message>
        <source>Paydesk %s
Paylinks, payment pages and subscriptions for Payrexx-platform instances.</source>
        <translation>Paydesk %s
Paylinks, Zahlungsseiten und Abonnemente für Instanzen der Payrexx-Plattform.</translation>
    </message>
    <message>
        <source>Needs attention (%d)</source>
        <translation>Zu erledigen (%d)</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
</context>
<context>
    <name>PaylinkCreator</name>
    <message>
        <source>Creating paylink “%s”</source>
        <translation>Paylink «%s» wird erstellt</translation>
    </message>
    <message>
        <source>Creating payment page “%s”</source>
        <translation>Zahlungsseite «%s» wird erstellt</translation>
    </message>
    <message>
        <source>Something unexpected went wrong; the details are in the log.</source>
        <translation>Etwas Unerwartetes ist schiefgegangen; die Details stehen im Protokoll.</translation>
    </message>
    <message>
        <source>%s It may have been created: look in History or the dashboard before creating it again.</source>
        <translation>%s Eventuell wurde es erstellt: Schauen Sie im Verlauf oder im Dashboard nach, bevor Sie es erneut erstellen.</translation>
    </message>
</context>
<context>
    <name>PaylinkFormView</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zahlungszweck</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>MWST-Satz</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Payment providers</source>
        <translation>Zahlungsanbieter</translation>
    </message>
    <message>
        <source>Success page</source>
        <translation>Erfolgsseite</translation>
    </message>
    <message>
        <source>Failure page</source>
        <translation>Fehlerseite</translation>
    </message>
    <message>
        <source>Button text</source>
        <translation>Schaltflächentext</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Required on the payment page</source>
        <translation>Pflichtfeld auf der Zahlungsseite</translation>
    </message>
    <message>
        <source>What is it for?</source>
        <translation>Worum geht es?</translation>
    </message>
    <message>
        <source>e.g. Invoice 2026-017</source>
        <translation>z. B. Rechnung 2026-017</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Shown on the payment page (optional)</source>
        <translation>Wird auf der Zahlungsseite angezeigt (optional)</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Bes&amp;chreibung:</translation>
    </message>
    <message>
        <source>Payment purpose (optional)</source>
        <translation>Zahlungszweck (optional)</translation>
    </message>
    <message>
        <source>One text per language</source>
        <translation>Ein Text pro Sprache</translation>
    </message>
    <message>
        <source>P&amp;urpose:</source>
        <translation>Zahlungsz&amp;weck:</translation>
    </message>
    <message>
        <source>e.g. %s</source>
        <translation>z. B. %s</translation>
    </message>
    <message>
        <source>VAT &amp;rate (%):</source>
        <translation>&amp;MWST-Satz (%):</translation>
    </message>
    <message>
        <source>Refere&amp;nce:</source>
        <translation>&amp;Referenz:</translation>
    </message>
    <message>
        <source>E&amp;xpires:</source>
        <translation>&amp;Gültig bis:</translation>
    </message>
    <message>
        <source>F&amp;irst name:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Firma:</translation>
    </message>
    <message>
        <source>Pa&amp;yment methods:</source>
        <translation>Zahl&amp;ungsmittel:</translation>
    </message>
    <message>
        <source>Failure pa&amp;ge:</source>
        <translation>Feh&amp;lerseite:</translation>
    </message>
    <message>
        <source>Create a paylink for %s?</source>
        <translation>Einen Paylink über %s erstellen?</translation>
    </message>
    <message>
        <source>Create a payment page for %s?</source>
        <translation>Eine Zahlungsseite über %s erstellen?</translation>
    </message>
    <message>
        <source>Title: “%s”. The customer pays exactly %s.</source>
        <translation>Titel: «%s». Die Kundschaft bezahlt genau %s.</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>B&amp;etrag:</translation>
    </message>
    <message>
        <source>e.g. 8.1 (optional)</source>
        <translation>z. B. 8.1 (optional)</translation>
    </message>
    <message>
        <source>No expiry</source>
        <translation>Unbegrenzt</translation>
    </message>
    <message>
        <source>In 7 days</source>
        <translation>In 7 Tagen</translation>
    </message>
    <message>
        <source>In 14 days</source>
        <translation>In 14 Tagen</translation>
    </message>
    <message>
        <source>In 30 days</source>
        <translation>In 30 Tagen</translation>
    </message>
    <message>
        <source>On a date…</source>
        <translation>Bestimmtes Datum…</translation>
    </message>
    <message>
        <source>Customer (prefilled on the payment page)</source>
        <translation>Kunde (auf der Zahlungsseite vorausgefüllt)</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>E-Ma&amp;il:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Nachname:</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <source>Provider ids, e.g. 36, 44 (empty: all)</source>
        <translation>Anbieter-IDs, z. B. 36, 44 (leer: alle)</translation>
    </message>
    <message>
        <source>Payment &amp;providers:</source>
        <translation>&amp;Zahlungsanbieter:</translation>
    </message>
    <message>
        <source>e.g. visa, mastercard, twint (empty: all)</source>
        <translation>z. B. visa, mastercard, twint (leer: alle)</translation>
    </message>
    <message>
        <source>&amp;Success page:</source>
        <translation>Erf&amp;olgsseite:</translation>
    </message>
    <message>
        <source>&amp;Button text:</source>
        <translation>&amp;Schaltflächentext:</translation>
    </message>
    <message>
        <source>S&amp;KU:</source>
        <translation>S&amp;KU:</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Details…</translation>
    </message>
    <message>
        <source>Clear form</source>
        <translation>Formular leeren</translation>
    </message>
    <message>
        <source>Create paylink</source>
        <translation>Paylink erstellen</translation>
    </message>
    <message>
        <source>Create payment page</source>
        <translation>Zahlungsseite erstellen</translation>
    </message>
    <message>
        <source>What happened?…</source>
        <translation>Was ist passiert?…</translation>
    </message>
    <message>
        <source>The unsent paylink typed last time could not be restored and was dropped.</source>
        <translation>Der beim letzten Mal eingegebene, nicht gesendete Paylink konnte nicht wiederhergestellt werden und wurde verworfen.</translation>
    </message>
    <message>
        <source>The unsent payment page typed last time could not be restored and was dropped.</source>
        <translation>Die beim letzten Mal eingegebene, nicht gesendete Zahlungsseite konnte nicht wiederhergestellt werden und wurde verworfen.</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Wird erstellt…</translation>
    </message>
    <message>
        <source>Waiting for the platform&apos;s answer…</source>
        <translation>Warten auf die Antwort der Plattform…</translation>
    </message>
    <message>
        <source>“%s” may have been created: say what happened before creating again.</source>
        <translation>«%s» wurde eventuell erstellt: Sagen Sie, was passiert ist, bevor Sie erneut erstellen.</translation>
    </message>
    <message>
        <source>Create (%s)</source>
        <translation>Erstellen (%s)</translation>
    </message>
    <message>
        <source>To create, fix: %s.</source>
        <translation>Zum Erstellen korrigieren: %s.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>PaymentNotifier</name>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Show this row in History</source>
        <translation>Diese Zeile im Verlauf zeigen</translation>
    </message>
    <message>
        <source>“%s” was paid: %s.</source>
        <translation>«%s» wurde bezahlt: %s.</translation>
    </message>
    <message>
        <source>“%s” was paid.</source>
        <translation>«%s» wurde bezahlt.</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) arrived.</source>
        <translation>
            <numerusform>%n Zahlung ist eingegangen.</numerusform>
            <numerusform>%n Zahlungen sind eingegangen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Payment received</source>
        <translation>Zahlung eingegangen</translation>
    </message>
    <message>
        <source>subscription %d</source>
        <translation>Abonnement %d</translation>
    </message>
    <message>
        <source>The subscription of %s is overdue: its payment did not come.</source>
        <translation>Das Abonnement von %s ist überfällig: Die Zahlung ist nicht eingegangen.</translation>
    </message>
    <message>
        <source>The subscription of %s is in notice: it will end.</source>
        <translation>Das Abonnement von %s ist in der Kündigungsfrist: Es wird enden.</translation>
    </message>
    <message>
        <source>The subscription of %s was cancelled.</source>
        <translation>Das Abonnement von %s wurde gekündigt.</translation>
    </message>
    <message numerus="yes">
        <source>%n more subscription(s) changed too.</source>
        <translation>
            <numerusform>%n weiteres Abonnement hat sich ebenfalls geändert.</numerusform>
            <numerusform>%n weitere Abonnemente haben sich ebenfalls geändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show this subscription in Subscriptions</source>
        <translation>Dieses Abonnement unter Abonnemente zeigen</translation>
    </message>
    <message>
        <source>Subscription changed</source>
        <translation>Abonnement geändert</translation>
    </message>
</context>
<context>
    <name>Payments</name>
    <message>
        <source>Exporting payments</source>
        <translation>Zahlungen werden exportiert</translation>
    </message>
    <message>
        <source>Loading payments (page %d)</source>
        <translation>Zahlungen werden geladen (Seite %d)</translation>
    </message>
    <message>
        <source>The platform asks Paydesk to slow down: loading goes on in a minute.</source>
        <translation>Die Plattform bittet Paydesk, langsamer zu fragen: Das Laden geht in einer Minute weiter.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Zahlungsmittel</translation>
    </message>
    <message>
        <source>Test/live</source>
        <translation>Test/Live</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Authorized or reserved</source>
        <translation>Autorisiert oder reserviert</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <source>Disputed or charged back</source>
        <translation>Angefochten oder zurückgebucht</translation>
    </message>
    <message>
        <source>Declined, cancelled or failed</source>
        <translation>Abgelehnt, abgebrochen oder fehlgeschlagen</translation>
    </message>
    <message>
        <source>Not finished</source>
        <translation>Nicht abgeschlossen</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
</context>
<context>
    <name>PaymentsDialog</name>
    <message>
        <source>Payments – %s</source>
        <translation>Zahlungen – %s</translation>
    </message>
    <message>
        <source>Loading payments…</source>
        <translation>Zahlungen werden geladen…</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Zahler</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Test/live</source>
        <translation>Test/Live</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Zahlungen</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) through this link.</source>
        <translation>
            <numerusform>%n Zahlung über diesen Link.</numerusform>
            <numerusform>%n Zahlungen über diesen Link.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them paid.</source>
        <translation>
            <numerusform>Davon %n bezahlt.</numerusform>
            <numerusform>Davon %n bezahlt.</numerusform>
        </translation>
    </message>
    <message>
        <source>No payments yet.</source>
        <translation>Noch keine Zahlungen.</translation>
    </message>
    <message>
        <source>The payments could not be loaded: %s</source>
        <translation>Die Zahlungen konnten nicht geladen werden: %s</translation>
    </message>
</context>
<context>
    <name>PaymentsView</name>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Test or live</source>
        <translation>Test oder live</translation>
    </message>
    <message>
        <source>Live and test</source>
        <translation>Live und Test</translation>
    </message>
    <message>
        <source>Live only</source>
        <translation>Nur live</translation>
    </message>
    <message>
        <source>Test only</source>
        <translation>Nur Test</translation>
    </message>
    <message>
        <source>Search reference, customer, amount</source>
        <translation>Referenz, Kunde, Betrag suchen</translation>
    </message>
    <message>
        <source>Search payments</source>
        <translation>Zahlungen durchsuchen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Save the payments as the list shows them (CSV)</source>
        <translation>Die Zahlungen so speichern, wie die Liste sie zeigt (CSV)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 Tage</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 Tage</translation>
    </message>
    <message>
        <source>Paid, live</source>
        <translation>Bezahlt, live</translation>
    </message>
    <message>
        <source>Paid, test</source>
        <translation>Bezahlt, Test</translation>
    </message>
    <message>
        <source>Currency of the chart</source>
        <translation>Währung der Grafik</translation>
    </message>
    <message>
        <source>Last 30 days, per day: ■ live, ▨ test</source>
        <translation>Letzte 30 Tage, pro Tag: ■ live, ▨ Test</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <source>Export payments</source>
        <translation>Zahlungen exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Choose an instance to see its payments.</source>
        <translation>Wählen Sie eine Instanz, um ihre Zahlungen zu sehen.</translation>
    </message>
    <message>
        <source>Loading payments… %d so far</source>
        <translation>Zahlungen werden geladen… bisher %d</translation>
    </message>
    <message>
        <source>%d payments in these days.</source>
        <translation>%d Zahlungen in diesen Tagen.</translation>
    </message>
    <message>
        <source>Loading stopped after %d payments: %s</source>
        <translation>Laden nach %d Zahlungen angehalten: %s</translation>
    </message>
    <message>
        <source>No paid payments in the last 30 days.</source>
        <translation>Keine bezahlten Zahlungen in den letzten 30 Tagen.</translation>
    </message>
    <message>
        <source>%s: %s live and %s test in 30 days.</source>
        <translation>%s: %s live und %s Test in 30 Tagen.</translation>
    </message>
    <message>
        <source>Best day: %s with %s.</source>
        <translation>Bester Tag: %s mit %s.</translation>
    </message>
    <message>
        <source>%d payments saved to %s.</source>
        <translation>%d Zahlungen in %s gespeichert.</translation>
    </message>
</context>
<context>
    <name>ProfileErrors</name>
    <message>
        <source>The profile id may contain only lowercase letters a–z, digits and single hyphens (at most %d characters).</source>
        <translation>Die Profil-ID darf nur Kleinbuchstaben a–z, Ziffern und einzelne Bindestriche enthalten (höchstens %d Zeichen).</translation>
    </message>
    <message>
        <source>The display name must be text.</source>
        <translation>Der Anzeigename muss ein Text sein.</translation>
    </message>
    <message>
        <source>Enter a display name.</source>
        <translation>Geben Sie einen Anzeigenamen ein.</translation>
    </message>
    <message>
        <source>The display name is too long (at most %d characters).</source>
        <translation>Der Anzeigename ist zu lang (höchstens %d Zeichen).</translation>
    </message>
    <message>
        <source>The instance name must be text.</source>
        <translation>Der Instanzname muss ein Text sein.</translation>
    </message>
    <message>
        <source>Enter the instance name: for a payment page at example.payrexx.com it is “example”.</source>
        <translation>Geben Sie den Instanznamen ein: Für eine Zahlungsseite unter example.payrexx.com ist es «example».</translation>
    </message>
    <message>
        <source>Enter only the instance name, not an address: for example.payrexx.com it is “example”.</source>
        <translation>Geben Sie nur den Instanznamen ein, keine Adresse: Für example.payrexx.com ist es «example».</translation>
    </message>
    <message>
        <source>The instance name may contain only letters a–z, digits and hyphens.</source>
        <translation>Der Instanzname darf nur Buchstaben a–z, Ziffern und Bindestriche enthalten.</translation>
    </message>
    <message>
        <source>The instance name must not start or end with a hyphen.</source>
        <translation>Der Instanzname darf nicht mit einem Bindestrich beginnen oder enden.</translation>
    </message>
    <message>
        <source>The instance name is too long (at most 63 characters).</source>
        <translation>Der Instanzname ist zu lang (höchstens 63 Zeichen).</translation>
    </message>
    <message>
        <source>The base domain must be text.</source>
        <translation>Die Basisdomain muss ein Text sein.</translation>
    </message>
    <message>
        <source>The reference prefix must not contain control, invisible or direction-changing characters (%s).</source>
        <translation>Das Referenzpräfix darf keine Steuerzeichen, unsichtbaren oder die Schreibrichtung ändernden Zeichen enthalten (%s).</translation>
    </message>
    <message>
        <source>Use the digits 0-9 for the VAT rate, for example 8.1.</source>
        <translation>Verwenden Sie für den MWST-Satz die Ziffern 0-9, zum Beispiel 8.1.</translation>
    </message>
    <message>
        <source>Use the digits 0-9 for the confirmation amount, for example 500.</source>
        <translation>Verwenden Sie für den Bestätigungsbetrag die Ziffern 0-9, zum Beispiel 500.</translation>
    </message>
    <message>
        <source>Use the digits 0-9 for the request budget, a whole number from 1 to %d.</source>
        <translation>Verwenden Sie für das Anfragebudget die Ziffern 0-9, eine ganze Zahl von 1 bis %d.</translation>
    </message>
    <message>
        <source>The base URL must be text.</source>
        <translation>Die Basis-URL muss ein Text sein.</translation>
    </message>
    <message>
        <source>The API version must be text.</source>
        <translation>Die API-Version muss ein Text sein.</translation>
    </message>
    <message>
        <source>The display name must not contain control, invisible or direction-changing characters (%s).</source>
        <translation>Der Anzeigename darf keine Steuerzeichen, unsichtbaren oder die Schreibrichtung ändernden Zeichen enthalten (%s).</translation>
    </message>
    <message>
        <source>The authentication scheme must be “signature” or “api-key header”.</source>
        <translation>Das Authentifizierungsverfahren muss «signature» oder «api-key header» sein.</translation>
    </message>
    <message>
        <source>The currency must be a three-letter code such as CHF or EUR.</source>
        <translation>Die Währung muss ein Code aus drei Buchstaben sein, etwa CHF oder EUR.</translation>
    </message>
    <message>
        <source>The document language must be one of de, fr, it or en.</source>
        <translation>Die Standardsprache muss de, fr, it oder en sein.</translation>
    </message>
    <message>
        <source>The reference prefix must be text.</source>
        <translation>Das Referenzpräfix muss ein Text sein.</translation>
    </message>
    <message>
        <source>The reference prefix is too long (at most %d characters).</source>
        <translation>Das Referenzpräfix ist zu lang (höchstens %d Zeichen).</translation>
    </message>
    <message>
        <source>The VAT rate must be a number from 0 to 100, for example 8.1, or empty for none.</source>
        <translation>Der MWST-Satz muss eine Zahl von 0 bis 100 sein, zum Beispiel 8.1, oder leer für keinen.</translation>
    </message>
    <message>
        <source>The confirmation amount must be a number of 0 or more, for example 500, or empty to never ask.</source>
        <translation>Der Bestätigungsbetrag muss eine Zahl ab 0 sein, zum Beispiel 500, oder leer, um nie nachzufragen.</translation>
    </message>
    <message>
        <source>The request budget must be a whole number from 1 to %d (requests per 5 minutes).</source>
        <translation>Das Anfragebudget muss eine ganze Zahl von 1 bis %d sein (Anfragen pro 5 Minuten).</translation>
    </message>
    <message>
        <source>Read-only must be on or off (true or false).</source>
        <translation>«Nur lesen» muss ein- oder ausgeschaltet sein (true oder false).</translation>
    </message>
    <message>
        <source>Notifications must be on or off (true or false).</source>
        <translation>Zahlungsmeldungen müssen ein- oder ausgeschaltet sein (true oder false).</translation>
    </message>
    <message>
        <source>The Demo switch must be on or off (true or false).</source>
        <translation>Der Demo-Schalter muss ein- oder ausgeschaltet sein (true oder false).</translation>
    </message>
    <message>
        <source>A base URL is only allowed for the built-in Demo instance.</source>
        <translation>Eine Basis-URL ist nur für die eingebaute Demo-Instanz erlaubt.</translation>
    </message>
    <message>
        <source>The Demo instance needs the sandbox&apos;s loopback address, for example http://127.0.0.1:8080.</source>
        <translation>Die Demo-Instanz braucht die Loopback-Adresse der Sandbox, zum Beispiel http://127.0.0.1:8080.</translation>
    </message>
    <message>
        <source>The id “%s” is reserved for the built-in Demo instance.</source>
        <translation>Die ID «%s» ist für die eingebaute Demo-Instanz reserviert.</translation>
    </message>
    <message>
        <source>The profile folder %s cannot be read (%s).</source>
        <translation>Der Profilordner %s kann nicht gelesen werden (%s).</translation>
    </message>
    <message>
        <source>The file name is not a valid profile id (lowercase letters a–z, digits and hyphens, then .json).</source>
        <translation>Der Dateiname ist keine gültige Profil-ID (Kleinbuchstaben a–z, Ziffern und Bindestriche, dann .json).</translation>
    </message>
    <message>
        <source>The file cannot be read (%s).</source>
        <translation>Die Datei kann nicht gelesen werden (%s).</translation>
    </message>
    <message>
        <source>The file is far too large to be a profile.</source>
        <translation>Die Datei ist viel zu gross für ein Profil.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text.</source>
        <translation>Die Datei ist kein UTF-8-Text.</translation>
    </message>
    <message>
        <source>The file is not valid JSON (line %d, column %d: %s).</source>
        <translation>Die Datei ist kein gültiges JSON (Zeile %d, Spalte %d: %s).</translation>
    </message>
    <message>
        <source>The file holds a number too long or nesting too deep to be a profile.</source>
        <translation>Die Datei enthält eine zu lange Zahl oder zu tiefe Verschachtelung für ein Profil.</translation>
    </message>
    <message>
        <source>The file does not hold a profile (a JSON object was expected).</source>
        <translation>Die Datei enthält kein Profil (erwartet wurde ein JSON-Objekt).</translation>
    </message>
    <message>
        <source>The file has no valid “%s” version number.</source>
        <translation>Die Datei hat keine gültige Versionsnummer «%s».</translation>
    </message>
    <message>
        <source>It was written by a newer version of Paydesk and has values this version does not understand: %s The file was left unchanged.</source>
        <translation>Sie wurde von einer neueren Version von Paydesk geschrieben und enthält Werte, die diese Version nicht versteht: %s Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>It could not be moved aside (%s) and was left in place.</source>
        <translation>Sie konnte nicht beiseitegelegt werden (%s) und blieb, wo sie war.</translation>
    </message>
    <message>
        <source>The file was moved aside to %s.</source>
        <translation>Die Datei wurde als %s beiseitegelegt.</translation>
    </message>
</context>
<context>
    <name>SecretStorage</name>
    <message>
        <source>the system keychain</source>
        <translation>dem Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>the secrets file</source>
        <translation>der Secrets-Datei</translation>
    </message>
    <message>
        <source>memory until Paydesk closes</source>
        <translation>dem Arbeitsspeicher, bis Paydesk geschlossen wird</translation>
    </message>
</context>
<context>
    <name>Spreadsheet</name>
    <message>
        <source>Could not write %s: %s</source>
        <translation>%s konnte nicht geschrieben werden: %s</translation>
    </message>
</context>
<context>
    <name>StartupRepairs</name>
    <message>
        <source>The local database was damaged and has been moved aside to %s; the %d entries that could still be read were kept.</source>
        <translation>Die lokale Datenbank war beschädigt und wurde als %s beiseitegelegt; die %d Einträge, die noch lesbar waren, wurden übernommen.</translation>
    </message>
    <message>
        <source>The local database was damaged and has been moved aside to %s; nothing in it could be read, so Paydesk starts with an empty one.</source>
        <translation>Die lokale Datenbank war beschädigt und wurde als %s beiseitegelegt; nichts darin war lesbar, daher startet Paydesk mit einer leeren.</translation>
    </message>
    <message>
        <source>The preferences file was damaged and has been moved aside to %s; Paydesk starts with the default preferences.</source>
        <translation>Die Datei mit den Einstellungen war beschädigt und wurde als %s beiseitegelegt; Paydesk startet mit den Standardeinstellungen.</translation>
    </message>
    <message>
        <source>The instance file %s could not be used and has been moved aside to %s; Manage instances says why.</source>
        <translation>Die Instanzdatei %s war nicht verwendbar und wurde als %s beiseitegelegt; unter «Instanzen verwalten» steht, warum.</translation>
    </message>
</context>
<context>
    <name>SubscriptionDetail</name>
    <message>
        <source>Mr</source>
        <translation>Herr</translation>
    </message>
    <message>
        <source>Ms</source>
        <translation>Frau</translation>
    </message>
    <message>
        <source>Mrs</source>
        <translation>Frau</translation>
    </message>
    <message>
        <source>Select a subscription to see its details.</source>
        <translation>Wählen Sie ein Abonnement, um die Details zu sehen.</translation>
    </message>
    <message>
        <source>Test/live</source>
        <translation>Test/Live</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Zurückerstattet</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>MWST</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Intervall</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Next payment</source>
        <translation>Nächste Zahlung</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>First cancel date</source>
        <translation>Frühestes Kündigungsdatum</translation>
    </message>
    <message>
        <source>Cancelled on</source>
        <translation>Gekündigt am</translation>
    </message>
    <message>
        <source>Minimum term</source>
        <translation>Mindestlaufzeit</translation>
    </message>
    <message>
        <source>none (cancelled)</source>
        <translation>keine (gekündigt)</translation>
    </message>
    <message>
        <source>Notice period</source>
        <translation>Kündigungsfrist</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Invoice no.</source>
        <translation>Rechnungsnr.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Paylink</source>
        <translation>Paylink</translation>
    </message>
    <message>
        <source>Copy self-service link</source>
        <translation>Self-Service-Link kopieren</translation>
    </message>
    <message>
        <source>Create a login link for this customer to manage their subscription, and copy it</source>
        <translation>Anmeldelink erstellen, mit dem diese Kundschaft ihr Abonnement verwaltet, und kopieren</translation>
    </message>
    <message>
        <source>Copy payment link</source>
        <translation>Zahlungslink kopieren</translation>
    </message>
    <message>
        <source>Copy the link of the paylink behind it</source>
        <translation>Link des zugrunde liegenden Paylinks kopieren</translation>
    </message>
    <message>
        <source>Cancel subscription…</source>
        <translation>Abonnement kündigen…</translation>
    </message>
    <message>
        <source>Stop this subscription on the platform (asks for confirmation) — Del</source>
        <translation>Dieses Abonnement auf der Plattform beenden (mit Rückfrage) — Entf</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Details…</translation>
    </message>
    <message>
        <source>Id %s</source>
        <translation>ID %s</translation>
    </message>
    <message>
        <source>contact %s</source>
        <translation>Kontakt %s</translation>
    </message>
    <message>
        <source>%s %%</source>
        <translation>%s %%</translation>
    </message>
</context>
<context>
    <name>SubscriptionTableModel</name>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Intervall</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Next payment</source>
        <translation>Nächste Zahlung</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Test/live</source>
        <translation>Test/Live</translation>
    </message>
    <message>
        <source>When the next payment is due (the platform&apos;s nextPayDate, else valid_until)</source>
        <translation>Wann die nächste Zahlung fällig ist (nextPayDate der Plattform, sonst valid_until)</translation>
    </message>
    <message>
        <source>Test: made on the instance&apos;s test mode, no real money</source>
        <translation>Test: im Testmodus der Instanz, kein echtes Geld</translation>
    </message>
    <message>
        <source>Set once a subscription is cancelled</source>
        <translation>Wird gesetzt, sobald ein Abonnement gekündigt ist</translation>
    </message>
    <message>
        <source>none</source>
        <translation>leer</translation>
    </message>
</context>
<context>
    <name>SubscriptionsController</name>
    <message>
        <source>Loading subscriptions (page %d)</source>
        <translation>Abonnemente werden geladen (Seite %d)</translation>
    </message>
    <message>
        <source>Reading the saved subscription list</source>
        <translation>Gespeicherte Abonnementliste wird gelesen</translation>
    </message>
    <message>
        <source>Saving the subscription list</source>
        <translation>Abonnementliste wird gespeichert</translation>
    </message>
    <message>
        <source>This subscription has no customer contact, so there is no login link.</source>
        <translation>Dieses Abonnement hat keinen Kundenkontakt, daher gibt es keinen Anmeldelink.</translation>
    </message>
    <message>
        <source>Creating the customer&apos;s login link</source>
        <translation>Anmeldelink für die Kundschaft wird erstellt</translation>
    </message>
    <message>
        <source>The platform made no login link for this customer: try again.</source>
        <translation>Die Plattform hat für diese Kundschaft keinen Anmeldelink erstellt: Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Cancelling subscription %d</source>
        <translation>Abonnement %d wird gekündigt</translation>
    </message>
    <message>
        <source>no. %d</source>
        <translation>Nr. %d</translation>
    </message>
    <message>
        <source>Subscription of %s: cancel sent; checking its status…</source>
        <translation>Abonnement von %s: Kündigung gesendet; Status wird geprüft…</translation>
    </message>
    <message>
        <source>Subscription of %s cancelled.</source>
        <translation>Abonnement von %s gekündigt.</translation>
    </message>
    <message>
        <source>The cancellation of subscription %d was sent but no answer came back, so it is not known whether it took effect. Its status is being checked: look at the row before trying again.</source>
        <translation>Die Kündigung von Abonnement %d wurde gesendet, aber es kam keine Antwort zurück; ob sie wirksam wurde, ist daher unbekannt. Der Status wird geprüft: Schauen Sie sich die Zeile an, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>Subscription %d is now shown as the platform reports it.</source>
        <translation>Abonnement %d wird jetzt so angezeigt, wie die Plattform es meldet.</translation>
    </message>
    <message>
        <source>Checking subscription %d</source>
        <translation>Abonnement %d wird geprüft</translation>
    </message>
    <message>
        <source>Exporting subscriptions</source>
        <translation>Abonnemente werden exportiert</translation>
    </message>
    <message>
        <source>Could not write %s</source>
        <translation>%s konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>The platform has not answered yet in this session: refresh the list first.</source>
        <translation>Die Plattform hat in dieser Sitzung noch nicht geantwortet: Aktualisieren Sie zuerst die Liste.</translation>
    </message>
</context>
<context>
    <name>SubscriptionsView</name>
    <message>
        <source>Customer, e-mail, reference or id (%s)</source>
        <translation>Kunde, E-Mail, Referenz oder ID (%s)</translation>
    </message>
    <message>
        <source>Search subscriptions</source>
        <translation>Abonnemente durchsuchen</translation>
    </message>
    <message>
        <source>Show only subscriptions whose status Paydesk does not know (shown as the platform sent it)</source>
        <translation>Nur Abonnements zeigen, deren Status Paydesk nicht kennt (so angezeigt, wie die Plattform ihn sendet)</translation>
    </message>
    <message>
        <source>Show only “%s” subscriptions (choose several to combine)</source>
        <translation>Nur Abonnemente mit Status «%s» zeigen (mehrere kombinierbar)</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Braucht Aufmerksamkeit</translation>
    </message>
    <message>
        <source>In notice, overdue (active with the next payment in the past), or a status Paydesk does not know</source>
        <translation>In Kündigungsfrist, überfällig (aktiv, nächste Zahlung in der Vergangenheit) oder ein Status, den Paydesk nicht kennt</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Load the list again from the platform (F5)</source>
        <translation>Liste erneut von der Plattform laden (F5)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Stop loading; what has arrived stays</source>
        <translation>Laden abbrechen; was schon angekommen ist, bleibt</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Save the list as shown (search, chips, sort and columns) as a CSV file</source>
        <translation>Liste wie angezeigt (Suche, Filter, Sortierung und Spalten) als CSV-Datei speichern</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Choose the columns to show</source>
        <translation>Angezeigte Spalten wählen</translation>
    </message>
    <message>
        <source>Choose columns</source>
        <translation>Spalten wählen</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Continue loading from the first missing page</source>
        <translation>Ab der ersten fehlenden Seite weiterladen</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Details…</translation>
    </message>
    <message>
        <source>Show what the platform answered</source>
        <translation>Antwort der Plattform zeigen</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Abonnemente</translation>
    </message>
    <message>
        <source>Refresh subscriptions</source>
        <translation>Abonnemente aktualisieren</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <source>Export subscriptions</source>
        <translation>Abonnemente exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Creating the customer&apos;s login link…</source>
        <translation>Anmeldelink für die Kundschaft wird erstellt…</translation>
    </message>
    <message>
        <source>Payment link</source>
        <translation>Zahlungslink</translation>
    </message>
    <message>
        <source>Payment link copied.</source>
        <translation>Zahlungslink kopiert.</translation>
    </message>
    <message>
        <source>Cancelling subscription %d…</source>
        <translation>Abonnement %d wird gekündigt…</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Choose an instance to see its subscriptions.</source>
        <translation>Wählen Sie eine Instanz, um ihre Abonnemente zu sehen.</translation>
    </message>
    <message>
        <source>%d of ~%d</source>
        <translation>%d von ~%d</translation>
    </message>
    <message>
        <source>Refreshing… %s (the rest as of %s)</source>
        <translation>Wird aktualisiert… %s (der Rest mit Stand %s)</translation>
    </message>
    <message>
        <source>Loading… %s</source>
        <translation>Wird geladen… %s</translation>
    </message>
    <message>
        <source>%d subscriptions, as of %s</source>
        <translation>%d Abonnemente, Stand %s</translation>
    </message>
    <message>
        <source>Subscriptions from no. %d on are missing.</source>
        <translation>Abonnemente ab Nr. %d fehlen.</translation>
    </message>
    <message>
        <source>Stopped after %s. %s</source>
        <translation>Nach %s abgebrochen. %s</translation>
    </message>
    <message>
        <source>Page %d failed: %s %s</source>
        <translation>Seite %d fehlgeschlagen: %s %s</translation>
    </message>
    <message>
        <source>Offline: showing the saved list as of %s, read-only.</source>
        <translation>Offline: gespeicherte Liste mit Stand %s, nur lesen.</translation>
    </message>
    <message>
        <source>%s (%d)</source>
        <translation>%s (%d)</translation>
    </message>
    <message>
        <source>%s: %d subscriptions</source>
        <translation>%s: %d Abonnemente</translation>
    </message>
    <message>
        <source>Not available until the platform answers: refresh the list.</source>
        <translation>Erst verfügbar, wenn die Plattform antwortet: Aktualisieren Sie die Liste.</translation>
    </message>
    <message>
        <source>Self-service link</source>
        <translation>Self-Service-Link</translation>
    </message>
    <message>
        <source>subscription %d</source>
        <translation>Abonnement %d</translation>
    </message>
    <message>
        <source>Self-service link for %s copied; it works until %s.</source>
        <translation>Self-Service-Link für %s kopiert; er gilt bis %s.</translation>
    </message>
    <message>
        <source>Self-service link for %s copied.</source>
        <translation>Self-Service-Link für %s kopiert.</translation>
    </message>
    <message>
        <source>%d subscriptions exported to %s.</source>
        <translation>%d Abonnemente nach %s exportiert.</translation>
    </message>
    <message>
        <source>Loading subscriptions</source>
        <translation>Abonnemente werden geladen</translation>
    </message>
</context>
<context>
    <name>UnknownCreate</name>
    <message>
        <source>That is the payment link; Paydesk needs the number (id) the dashboard shows for it.</source>
        <translation>Das ist der Zahlungslink; Paydesk braucht die Nummer (ID), die das Dashboard dafür zeigt.</translation>
    </message>
    <message>
        <source>Enter the number (id) the dashboard shows for it.</source>
        <translation>Geben Sie die Nummer (ID) ein, die das Dashboard dafür zeigt.</translation>
    </message>
    <message>
        <source>Checking number %s</source>
        <translation>Nummer %s wird geprüft</translation>
    </message>
    <message>
        <source>No payment with reference %s so far. That does not mean it was not created: a paylink shows up in the payments only once someone has paid it.</source>
        <translation>Bisher keine Zahlung mit der Referenz %s. Das heisst nicht, dass nichts erstellt wurde: Ein Paylink erscheint in den Zahlungen erst, wenn jemand ihn bezahlt hat.</translation>
    </message>
    <message>
        <source>Looking for payments with reference %s</source>
        <translation>Zahlungen mit Referenz %s werden gesucht</translation>
    </message>
    <message>
        <source>“%s” was created: it is settled.</source>
        <translation>«%s» wurde erstellt: Es ist geklärt.</translation>
    </message>
    <message>
        <source>There is no object with that number on this instance.</source>
        <translation>Auf dieser Instanz gibt es nichts mit dieser Nummer.</translation>
    </message>
    <message>
        <source>Number %s is for %s with reference “%s”, so it is not this one: check the id.</source>
        <translation>Nummer %s lautet auf %s mit Referenz «%s», ist also nicht dieser: Prüfen Sie die ID.</translation>
    </message>
</context>
<context>
    <name>UnknownCreateDialog</name>
    <message>
        <source>Was it created?</source>
        <translation>Wurde es erstellt?</translation>
    </message>
    <message>
        <source>Paylink</source>
        <translation>Paylink</translation>
    </message>
    <message>
        <source>Payment page</source>
        <translation>Zahlungsseite</translation>
    </message>
    <message>
        <source>%s “%s” for %s (reference %s) was sent to the platform on %s, but no clear answer came back. Paydesk cannot tell whether it was created, so it will not create it again until you say what happened.</source>
        <translation>%s «%s» über %s (Referenz %s) wurde am %s an die Plattform gesendet, aber es kam keine klare Antwort zurück. Paydesk kann nicht wissen, ob es erstellt wurde, und erstellt es deshalb erst wieder, wenn Sie sagen, was passiert ist.</translation>
    </message>
    <message>
        <source>Look for it</source>
        <translation>Danach suchen</translation>
    </message>
    <message>
        <source>Search the payments for reference %s, or look for it in the dashboard (%s).</source>
        <translation>Suchen Sie in den Zahlungen nach der Referenz %s oder schauen Sie im Dashboard nach (%s).</translation>
    </message>
    <message>
        <source>Search the payments</source>
        <translation>Zahlungen durchsuchen</translation>
    </message>
    <message>
        <source>Open the dashboard</source>
        <translation>Dashboard öffnen</translation>
    </message>
    <message>
        <source>It was created</source>
        <translation>Es wurde erstellt</translation>
    </message>
    <message>
        <source>Its number (id) from the dashboard, e.g. 123</source>
        <translation>Seine Nummer (ID) aus dem Dashboard, z. B. 123</translation>
    </message>
    <message>
        <source>Number (id)</source>
        <translation>Nummer (ID)</translation>
    </message>
    <message>
        <source>It was created: check this id</source>
        <translation>Es wurde erstellt: diese ID prüfen</translation>
    </message>
    <message>
        <source>It was not created: create it now</source>
        <translation>Es wurde nicht erstellt: jetzt erstellen</translation>
    </message>
    <message>
        <source>Leave it open</source>
        <translation>Offen lassen</translation>
    </message>
    <message>
        <source>Looking for payments…</source>
        <translation>Zahlungen werden gesucht…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Reading the API secret of “%s”</source>
        <translation>API-Secret von «%s» wird gelesen</translation>
    </message>
    <message>
        <source>No API secret is stored for “%s”: enter it in Manage instances.</source>
        <translation>Für «%s» ist kein API-Secret gespeichert: Geben Sie es unter «Instanzen verwalten» ein.</translation>
    </message>
</context>
<context>
    <name>app.settings.secrets</name>
    <message>
        <source>The API secrets will be stored unencrypted in a file that only your user account can read. Anyone who can act as you on this computer, or read your backups, can read them too.</source>
        <translation>Die API-Secrets werden unverschlüsselt in einer Datei gespeichert, die nur Ihr Benutzerkonto lesen kann. Wer auf diesem Computer in Ihrem Namen handeln oder Ihre Backups lesen kann, kann sie ebenfalls lesen.</translation>
    </message>
    <message>
        <source>The secrets file %s cannot be read (%s).</source>
        <translation>Die Secrets-Datei %s kann nicht gelesen werden (%s).</translation>
    </message>
    <message>
        <source>The secrets file %s is damaged: repair or remove it, then enter the API secrets again.</source>
        <translation>Die Secrets-Datei %s ist beschädigt: Reparieren oder entfernen Sie sie und geben Sie die API-Secrets dann erneut ein.</translation>
    </message>
    <message>
        <source>Secrets are kept in the system keychain (%s).</source>
        <translation>Secrets werden im Schlüsselbund des Systems aufbewahrt (%s).</translation>
    </message>
    <message>
        <source>Secrets are stored in a file readable only by you: %s</source>
        <translation>Secrets werden in einer Datei gespeichert, die nur Sie lesen können: %s</translation>
    </message>
    <message>
        <source>No system keychain was found: secrets are kept only until Paydesk closes.</source>
        <translation>Es wurde kein Schlüsselbund des Systems gefunden: Secrets werden nur aufbewahrt, bis Paydesk geschlossen wird.</translation>
    </message>
    <message>
        <source>The API secret must not be empty.</source>
        <translation>Das API-Secret darf nicht leer sein.</translation>
    </message>
    <message>
        <source>A system keychain is available; secrets stay in it.</source>
        <translation>Ein Schlüsselbund des Systems ist vorhanden; die Secrets bleiben darin.</translation>
    </message>
    <message>
        <source>The secrets file %s could not be written (%s).</source>
        <translation>Die Secrets-Datei %s konnte nicht geschrieben werden (%s).</translation>
    </message>
    <message>
        <source>The system keychain is locked: unlock it and try again.</source>
        <translation>Der Schlüsselbund des Systems ist gesperrt: Entsperren Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Could not read the API secret of “%s” (%s): %s</source>
        <translation>Das API-Secret von «%s» konnte nicht gelesen werden (%s): %s</translation>
    </message>
    <message>
        <source>Could not store the API secret of “%s” (%s): %s</source>
        <translation>Das API-Secret von «%s» konnte nicht gespeichert werden (%s): %s</translation>
    </message>
    <message>
        <source>Could not remove the API secret of “%s” (%s): %s</source>
        <translation>Das API-Secret von «%s» konnte nicht entfernt werden (%s): %s</translation>
    </message>
    <message>
        <source>Could not read the API secret of “%s” (file %s): %s</source>
        <translation>Das API-Secret von «%s» konnte nicht gelesen werden (Datei %s): %s</translation>
    </message>
    <message>
        <source>Could not store the API secret of “%s” (file %s): %s</source>
        <translation>Das API-Secret von «%s» konnte nicht gespeichert werden (Datei %s): %s</translation>
    </message>
    <message>
        <source>Could not remove the API secret of “%s” (file %s): %s</source>
        <translation>Das API-Secret von «%s» konnte nicht entfernt werden (Datei %s): %s</translation>
    </message>
    <message>
        <source>Could not read the API secret of “%s” (session memory): %s</source>
        <translation>Das API-Secret von «%s» konnte nicht gelesen werden (Sitzungsspeicher): %s</translation>
    </message>
    <message>
        <source>Could not store the API secret of “%s” (session memory): %s</source>
        <translation>Das API-Secret von «%s» konnte nicht gespeichert werden (Sitzungsspeicher): %s</translation>
    </message>
    <message>
        <source>Could not remove the API secret of “%s” (session memory): %s</source>
        <translation>Das API-Secret von «%s» konnte nicht entfernt werden (Sitzungsspeicher): %s</translation>
    </message>
</context>
<context>
    <name>clipboard</name>
    <message>
        <source>%s copied</source>
        <translation>%s kopiert</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>(no further detail)</source>
        <translation>(keine weiteren Details)</translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
</context>
<context>
    <name>subscriptions</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>In notice</source>
        <translation>In Kündigungsfrist</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Gekündigt</translation>
    </message>
    <message>
        <source>Active: renews and is charged as planned.</source>
        <translation>Aktiv: verlängert sich und wird wie geplant belastet.</translation>
    </message>
    <message>
        <source>In notice: runs until the end of the period, then will not renew.</source>
        <translation>In Kündigungsfrist: läuft bis zum Ende der Laufzeit und verlängert sich dann nicht.</translation>
    </message>
    <message>
        <source>Cancelled: no further payments.</source>
        <translation>Gekündigt: keine weiteren Zahlungen.</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <source>Overdue: active, but its next payment was due on a past day; contact the customer.</source>
        <translation>Überfällig: aktiv, aber die nächste Zahlung war an einem vergangenen Tag fällig; den Kunden kontaktieren.</translation>
    </message>
    <message>
        <source>Terminated: ended; no further payments.</source>
        <translation>Beendet: abgeschlossen; keine weiteren Zahlungen.</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>täglich</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>wöchentlich</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>monatlich</translation>
    </message>
    <message>
        <source>quarterly</source>
        <translation>vierteljährlich</translation>
    </message>
    <message>
        <source>half-yearly</source>
        <translation>halbjährlich</translation>
    </message>
    <message>
        <source>yearly</source>
        <translation>jährlich</translation>
    </message>
    <message>
        <source>year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>years</source>
        <translation>Jahre</translation>
    </message>
    <message>
        <source>month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>months</source>
        <translation>Monate</translation>
    </message>
    <message>
        <source>week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>Wochen</translation>
    </message>
    <message>
        <source>day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>(no status)</source>
        <translation>(kein Status)</translation>
    </message>
    <message>
        <source>Status “%s” is not one Paydesk knows; it is shown as the platform sent it.</source>
        <translation>Paydesk kennt den Status «%s» nicht; er wird so angezeigt, wie die Plattform ihn gesendet hat.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>every %s</source>
        <translation>alle %s</translation>
    </message>
</context>
</TS>
