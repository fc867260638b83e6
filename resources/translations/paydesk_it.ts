<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_CH" sourcelanguage="en">
<context>
    <name>ApiErrors</name>
    <message>
        <source>The platform answered without the paylink: try again.</source>
        <translation>La piattaforma ha risposto senza il paylink: riprova.</translation>
    </message>
    <message>
        <source>The platform answered without the payment page: try again.</source>
        <translation>La piattaforma ha risposto senza la pagina di pagamento: riprova.</translation>
    </message>
    <message>
        <source>The platform answered without the subscription: try again.</source>
        <translation>La piattaforma ha risposto senza l&apos;abbonamento: riprova.</translation>
    </message>
    <message>
        <source>The platform answered without the payment: try again.</source>
        <translation>La piattaforma ha risposto senza il pagamento: riprova.</translation>
    </message>
    <message>
        <source>The platform answered without the login link: try again.</source>
        <translation>La piattaforma ha risposto senza il link di accesso: riprova.</translation>
    </message>
    <message>
        <source>The platform answered without the expected data: try again.</source>
        <translation>La piattaforma ha risposto senza i dati attesi: riprova.</translation>
    </message>
    <message>
        <source>the name could not be resolved</source>
        <translation>non è stato possibile risolvere il nome</translation>
    </message>
    <message>
        <source>the secure connection (TLS) failed</source>
        <translation>la connessione sicura (TLS) non è riuscita</translation>
    </message>
    <message>
        <source>the connection timed out</source>
        <translation>il tempo di connessione è scaduto</translation>
    </message>
    <message>
        <source>the connection was refused</source>
        <translation>la connessione è stata rifiutata</translation>
    </message>
    <message>
        <source>the connection failed</source>
        <translation>la connessione non è riuscita</translation>
    </message>
    <message>
        <source>the connection was lost</source>
        <translation>la connessione si è interrotta</translation>
    </message>
    <message>
        <source>Cannot reach %s: the name could not be resolved. Check the internet connection and the base domain.</source>
        <translation>Impossibile raggiungere %s: non è stato possibile risolvere il nome. Controlla la connessione Internet e il dominio di base.</translation>
    </message>
    <message>
        <source>Cannot reach %s: the secure connection (TLS) failed. Check the internet connection and the base domain.</source>
        <translation>Impossibile raggiungere %s: la connessione sicura (TLS) non è riuscita. Controlla la connessione Internet e il dominio di base.</translation>
    </message>
    <message>
        <source>Cannot reach %s: the connection timed out. Check the internet connection and the base domain.</source>
        <translation>Impossibile raggiungere %s: il tempo di connessione è scaduto. Controlla la connessione Internet e il dominio di base.</translation>
    </message>
    <message>
        <source>Cannot reach %s: the connection was refused. Check the internet connection and the base domain.</source>
        <translation>Impossibile raggiungere %s: la connessione è stata rifiutata. Controlla la connessione Internet e il dominio di base.</translation>
    </message>
    <message>
        <source>Cannot reach %s: the connection failed. Check the internet connection and the base domain.</source>
        <translation>Impossibile raggiungere %s: la connessione non è riuscita. Controlla la connessione Internet e il dominio di base.</translation>
    </message>
    <message>
        <source>Paylink %s does not exist on this instance (it may have been deleted).</source>
        <translation>Il paylink %s non esiste su questa istanza (potrebbe essere stato eliminato).</translation>
    </message>
    <message>
        <source>Payment page %s does not exist on this instance (it may have been deleted).</source>
        <translation>La pagina di pagamento %s non esiste su questa istanza (potrebbe essere stata eliminata).</translation>
    </message>
    <message>
        <source>Subscription %s does not exist on this instance (it may have been deleted).</source>
        <translation>L&apos;abbonamento %s non esiste su questa istanza (potrebbe essere stato eliminato).</translation>
    </message>
    <message>
        <source>Payment %s does not exist on this instance (it may have been deleted).</source>
        <translation>Il pagamento %s non esiste su questa istanza (potrebbe essere stato eliminato).</translation>
    </message>
    <message>
        <source>The request was sent to %s but its answer could not be read, so it is not known whether it took effect: check before trying again.</source>
        <translation>La richiesta è stata inviata a %s ma la sua risposta non è leggibile, quindi non si sa se ha avuto effetto: verifica prima di riprovare.</translation>
    </message>
    <message>
        <source>The instance name is empty.</source>
        <translation>Il nome dell&apos;istanza è vuoto.</translation>
    </message>
    <message>
        <source>The request was sent to %s but no answer came back, so it is not known whether it took effect: check before trying again.</source>
        <translation>La richiesta è stata inviata a %s ma non è arrivata alcuna risposta, quindi non si sa se abbia avuto effetto: controlla prima di riprovare.</translation>
    </message>
    <message>
        <source>%s did not answer within %s seconds: try again in a moment.</source>
        <translation>%s non ha risposto entro %s secondi: riprova tra un momento.</translation>
    </message>
    <message>
        <source>The connection to %s was lost before the answer arrived: try again.</source>
        <translation>La connessione a %s si è interrotta prima che arrivasse la risposta: riprova.</translation>
    </message>
    <message>
        <source>The request was sent to %s but it answered with an error (HTTP %s), so it is not known whether it took effect: check before trying again.</source>
        <translation>La richiesta è stata inviata a %s ma la risposta è stata un errore (HTTP %s), quindi non si sa se ha avuto effetto: verifica prima di riprovare.</translation>
    </message>
    <message>
        <source>The request was sent to %s but a web page came back instead of API data, so it is not known whether it took effect: check before trying again.</source>
        <translation>La richiesta è stata inviata a %s ma è tornata una pagina web invece dei dati dell&apos;API, quindi non si sa se ha avuto effetto: verifica prima di riprovare.</translation>
    </message>
    <message>
        <source>The request was sent to %s but its answer arrived incomplete, so it is not known whether it took effect: check before trying again.</source>
        <translation>La richiesta è stata inviata a %s ma la risposta è arrivata incompleta, quindi non si sa se abbia avuto effetto: controlla prima di riprovare.</translation>
    </message>
    <message>
        <source>%s sent data in an unexpected shape: try again, or report it.</source>
        <translation>%s ha inviato dati in una forma inattesa: riprova o segnala il problema.</translation>
    </message>
    <message>
        <source>%s answered with a web page instead of API data (a proxy or firewall may be in the way): try again later, or check the base domain.</source>
        <translation>%s ha risposto con una pagina web invece che con dati API (potrebbe esserci di mezzo un proxy o un firewall): riprova più tardi o controlla il dominio di base.</translation>
    </message>
    <message>
        <source>%s sent an incomplete or unreadable answer: try again.</source>
        <translation>%s ha inviato una risposta incompleta o illeggibile: riprova.</translation>
    </message>
    <message>
        <source>The API secret is not correct for this instance: check the secret and the authentication scheme in the instance settings.</source>
        <translation>La chiave segreta API non è corretta per questa istanza: controlla la chiave segreta e il metodo di autenticazione nelle impostazioni dell&apos;istanza.</translation>
    </message>
    <message>
        <source>The platform does not serve API version %s: choose another version in the instance settings.</source>
        <translation>La piattaforma non offre la versione API %s: scegli un&apos;altra versione nelle impostazioni dell&apos;istanza.</translation>
    </message>
    <message>
        <source>No instance “%s” exists on this platform: check the instance name and the base domain.</source>
        <translation>Su questa piattaforma non esiste alcuna istanza «%s»: controlla il nome dell&apos;istanza e il dominio di base.</translation>
    </message>
    <message>
        <source>%s %s does not exist on this instance (it may have been deleted).</source>
        <translation>%s %s non esiste su questa istanza (potrebbe essere stato eliminato).</translation>
    </message>
    <message>
        <source>The platform does not know the %s call: check the API version.</source>
        <translation>La piattaforma non conosce la chiamata %s: controlla la versione API.</translation>
    </message>
    <message>
        <source>The instance name is missing: set it in the instance settings.</source>
        <translation>Manca il nome dell&apos;istanza: impostalo nelle impostazioni dell&apos;istanza.</translation>
    </message>
    <message>
        <source>The platform refused the value of “%s”: correct it and try again.</source>
        <translation>La piattaforma ha rifiutato il valore di «%s»: correggilo e riprova.</translation>
    </message>
    <message>
        <source>The platform refused the request: %s.</source>
        <translation>La piattaforma ha rifiutato la richiesta: %s.</translation>
    </message>
    <message>
        <source>The platform refused the request (HTTP %s): check the entered values.</source>
        <translation>La piattaforma ha rifiutato la richiesta (HTTP %s): controlla i valori inseriti.</translation>
    </message>
    <message>
        <source>The platform is limiting requests from this account: wait a few minutes, then try again.</source>
        <translation>La piattaforma sta limitando le richieste di questo account: attendi qualche minuto, poi riprova.</translation>
    </message>
    <message>
        <source>The payment platform had an internal error (HTTP %s): try again in a few minutes.</source>
        <translation>La piattaforma di pagamento ha avuto un errore interno (HTTP %s): riprova tra qualche minuto.</translation>
    </message>
    <message>
        <source>Choose an API version from %s to %s.</source>
        <translation>Scegli una versione API da %s a %s.</translation>
    </message>
    <message>
        <source>Enter the base domain, for example payrexx.com.</source>
        <translation>Inserisci il dominio di base, ad esempio payrexx.com.</translation>
    </message>
    <message>
        <source>Enter the base domain without “https://”, for example payrexx.com.</source>
        <translation>Inserisci il dominio di base senza «https://», ad esempio payrexx.com.</translation>
    </message>
    <message>
        <source>Enter the base domain without a path, for example payrexx.com.</source>
        <translation>Inserisci il dominio di base senza percorso, ad esempio payrexx.com.</translation>
    </message>
    <message>
        <source>Enter the base domain without a port, for example payrexx.com.</source>
        <translation>Inserisci il dominio di base senza porta, ad esempio payrexx.com.</translation>
    </message>
    <message>
        <source>The base domain may contain only letters a–z, digits, hyphens and dots.</source>
        <translation>Il dominio di base può contenere solo lettere a–z, cifre, trattini e punti.</translation>
    </message>
    <message>
        <source>The base domain needs a dot, for example payrexx.com.</source>
        <translation>Il dominio di base deve contenere un punto, ad esempio payrexx.com.</translation>
    </message>
    <message>
        <source>Leave out “api.”: the API host is always api. + the base domain (for api.payrexx.com enter payrexx.com).</source>
        <translation>Ometti «api.»: l&apos;host dell&apos;API è sempre api. + il dominio di base (per api.payrexx.com inserisci payrexx.com).</translation>
    </message>
    <message>
        <source>The base domain is not a valid host name, for example payrexx.com.</source>
        <translation>Il dominio di base non è un nome host valido (uno valido è ad esempio payrexx.com).</translation>
    </message>
    <message>
        <source>Enter a host name, not an IP address, for example payrexx.com.</source>
        <translation>Inserisci un nome host, non un indirizzo IP, ad esempio payrexx.com.</translation>
    </message>
    <message>
        <source>The base URL must be a loopback address with a port, for example http://127.0.0.1:8080.</source>
        <translation>L&apos;URL di base deve essere un indirizzo di loopback con una porta, ad esempio http://127.0.0.1:8080.</translation>
    </message>
</context>
<context>
    <name>Attention</name>
    <message>
        <source>Copy link</source>
        <translation>Copia link</translation>
    </message>
    <message>
        <source>Open in History</source>
        <translation>Apri nella cronologia</translation>
    </message>
    <message>
        <source>Settle…</source>
        <translation>Chiarisci…</translation>
    </message>
    <message>
        <source>Open in Subscriptions</source>
        <translation>Mostra abbonamento</translation>
    </message>
    <message>
        <source>May have been created: say what happened</source>
        <translation>Forse creato: dite cosa è successo</translation>
    </message>
    <message>
        <source>Expired unpaid on %s</source>
        <translation>Scaduto non pagato il %s</translation>
    </message>
    <message>
        <source>Unpaid, expires today</source>
        <translation>Non pagato, scade oggi</translation>
    </message>
    <message>
        <source>Unpaid, expires on %s</source>
        <translation>Non pagato, scade il %s</translation>
    </message>
    <message>
        <source>Unpaid for %d days</source>
        <translation>Non pagato da %d giorni</translation>
    </message>
    <message>
        <source>Subscription overdue since %s</source>
        <translation>Abbonamento scaduto dal %s</translation>
    </message>
    <message>
        <source>Subscription in notice, ends on %s</source>
        <translation>Abbonamento in disdetta, termina il %s</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Title or customer</source>
        <translation>Titolo o cliente</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Riferimento</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Cosa fare</translation>
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
        <translation> giorni</translation>
    </message>
    <message>
        <source>Unpaid after</source>
        <translation>Non pagato dopo</translation>
    </message>
    <message>
        <source>Show links unpaid after</source>
        <translation>Mostra i link non pagati dopo</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Da fare</translation>
    </message>
    <message>
        <source>Nothing needs attention: every link is paid or waiting.</source>
        <translation>Niente da sbrigare: ogni link è pagato o in attesa.</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Links: %d · Subscriptions: %d</source>
        <translation>Link: %d · Abbonamenti: %d</translation>
    </message>
</context>
<context>
    <name>BatchController</name>
    <message>
        <source>Excel workbook, sheet “%s”</source>
        <translation>Cartella di lavoro Excel, foglio «%s»</translation>
    </message>
    <message>
        <source>separated by semicolons</source>
        <translation>separato da punti e virgola</translation>
    </message>
    <message>
        <source>separated by commas</source>
        <translation>separato da virgole</translation>
    </message>
    <message>
        <source>separated by tabs</source>
        <translation>separato da tabulazioni</translation>
    </message>
    <message>
        <source>CSV, %s, %s</source>
        <translation>CSV, %s, %s</translation>
    </message>
    <message>
        <source>Reading %s</source>
        <translation>Lettura di %s</translation>
    </message>
    <message>
        <source>Checking %s</source>
        <translation>Verifica di %s</translation>
    </message>
    <message>
        <source>Stopped. Resume sends the rows not sent yet.</source>
        <translation>Fermato. «Riprendi» invia le righe non ancora inviate.</translation>
    </message>
    <message>
        <source>Creating paylink “%s”</source>
        <translation>Creazione del link di pagamento «%s»</translation>
    </message>
    <message>
        <source>The platform asked to slow down: the batch goes on in %d seconds.</source>
        <translation>La piattaforma chiede di rallentare: il lotto riprende tra %d secondi.</translation>
    </message>
    <message>
        <source>Stopped: %d creates in a row got no clear answer. Check them, then Resume.</source>
        <translation>Fermato: %d creazioni di fila non hanno ricevuto una risposta chiara. Verificatele, poi riprendete.</translation>
    </message>
    <message>
        <source>Stopped: %s</source>
        <translation>Fermato: %s</translation>
    </message>
    <message>
        <source>Batch finished: %d of %d created.</source>
        <translation>Lotto terminato: %d di %d creati.</translation>
    </message>
    <message>
        <source>%d may have been created: check them in the dashboard, then settle them here; they are never sent again by themselves.</source>
        <translation>%d potrebbero essere stati creati: verificateli nella dashboard, poi chiariteli qui; non vengono mai reinviati da soli.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Riga</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Messaggio</translation>
    </message>
    <message>
        <source>Saving %s</source>
        <translation>Salvataggio di %s</translation>
    </message>
    <message>
        <source>Saving QR codes</source>
        <translation>Salvataggio dei codici QR</translation>
    </message>
</context>
<context>
    <name>BatchErrors</name>
    <message>
        <source>The file is larger than 50 MB: split it into smaller ones.</source>
        <translation>Il file supera i 50 MB: dividetelo in file più piccoli.</translation>
    </message>
    <message>
        <source>The file could not be opened: %s</source>
        <translation>Non è stato possibile aprire il file: %s</translation>
    </message>
    <message>
        <source>The file is not a readable table: %s</source>
        <translation>Il file non è una tabella leggibile: %s</translation>
    </message>
    <message>
        <source>The file is not an Excel workbook (.xlsx) that can be read.</source>
        <translation>Il file non è una cartella di lavoro Excel (.xlsx) leggibile.</translation>
    </message>
    <message>
        <source>The file holds no rows.</source>
        <translation>Il file non contiene righe.</translation>
    </message>
    <message>
        <source>The file has more than %d rows: split it into smaller ones.</source>
        <translation>Il file ha più di %d righe: dividetelo in file più piccoli.</translation>
    </message>
    <message>
        <source>Enter the language as de, fr, it or en.</source>
        <translation>Indicate la lingua come de, fr, it o en.</translation>
    </message>
    <message>
        <source>A paylink with reference %s was already created (see History): left out so nobody is billed twice.</source>
        <translation>Un link di pagamento con il riferimento %s è già stato creato (vedi Cronologia): escluso perché nessuno venga fatturato due volte.</translation>
    </message>
    <message>
        <source>The reference %s is also on line %d: left out.</source>
        <translation>Il riferimento %s è anche alla riga %d: escluso.</translation>
    </message>
    <message>
        <source>A paylink with this title, amount and customer was already created (see History): left out so nobody is billed twice.</source>
        <translation>Un link di pagamento con questo titolo, importo e cliente è già stato creato (vedi Cronologia): escluso perché nessuno venga fatturato due volte.</translation>
    </message>
</context>
<context>
    <name>BatchTableModel</name>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Riferimento</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Azienda</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>Aliquota IVA</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Scopo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creato</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Invio…</translation>
    </message>
    <message>
        <source>May have been created: check before sending it again</source>
        <translation>Forse creato: verificare prima di reinviarlo</translation>
    </message>
    <message>
        <source>Not created: %s</source>
        <translation>Non creato: %s</translation>
    </message>
    <message>
        <source> (+%d more)</source>
        <translation> (+%d altri)</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>In attesa di invio</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Pronto</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Escluso</translation>
    </message>
</context>
<context>
    <name>BatchWindow</name>
    <message>
        <source>Create paylinks from a spreadsheet</source>
        <translation>Creare link di pagamento da un foglio di calcolo</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>Apri file…</translation>
    </message>
    <message>
        <source>Resume the unfinished batch</source>
        <translation>Riprendi il lotto non terminato</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>same for every row</source>
        <translation>uguale per ogni riga</translation>
    </message>
    <message>
        <source>%s for every row</source>
        <translation>%s per ogni riga</translation>
    </message>
    <message>
        <source>Create…</source>
        <translation>Crea…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Ferma</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Riprendi</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Esporta…</translation>
    </message>
    <message>
        <source>Save QR codes…</source>
        <translation>Salva i codici QR…</translation>
    </message>
    <message>
        <source>Open e-mail</source>
        <translation>Apri e-mail</translation>
    </message>
    <message>
        <source>Open a spreadsheet</source>
        <translation>Apri un foglio di calcolo</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>Fogli di calcolo (*.csv *.txt *.xlsx);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Reading %s…</source>
        <translation>Lettura di %s…</translation>
    </message>
    <message>
        <source>Read as: %s</source>
        <translation>Letto come: %s</translation>
    </message>
    <message>
        <source>(no column)</source>
        <translation>(nessuna colonna)</translation>
    </message>
    <message>
        <source>Column %d</source>
        <translation>Colonna %d</translation>
    </message>
    <message>
        <source>Create paylinks</source>
        <translation>Crea link di pagamento</translation>
    </message>
    <message>
        <source>Create %d paylinks for %s?</source>
        <translation>Creare %d link di pagamento per %s?</translation>
    </message>
    <message>
        <source>Create %d paylinks</source>
        <translation>Crea %d link di pagamento</translation>
    </message>
    <message>
        <source>Each is sent once; a stopped or interrupted batch goes on with Resume and never sends a row twice.</source>
        <translation>Ognuno viene inviato una sola volta; un lotto fermato o interrotto prosegue con «Riprendi» e non invia mai una riga due volte.</translation>
    </message>
    <message>
        <source>%d of %d</source>
        <translation>%d di %d</translation>
    </message>
    <message>
        <source>about %d:%02d left</source>
        <translation>ancora circa %d:%02d</translation>
    </message>
    <message>
        <source>%d rows to create (%s); %d with problems; %d left out as duplicates.</source>
        <translation>%d righe da creare (%s); %d con problemi; %d escluse come doppioni.</translation>
    </message>
    <message>
        <source>Export the results</source>
        <translation>Esporta i risultati</translation>
    </message>
    <message>
        <source>CSV (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>CSV (*.csv);;Cartella di lavoro Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Saved %s.</source>
        <translation>%s salvato.</translation>
    </message>
    <message>
        <source>Could not save %s: %s</source>
        <translation>Impossibile salvare %s: %s</translation>
    </message>
    <message>
        <source>Save QR codes in</source>
        <translation>Salva i codici QR in</translation>
    </message>
    <message>
        <source>%d QR codes saved in %s.</source>
        <translation>%d codici QR salvati in %s.</translation>
    </message>
    <message>
        <source>Could not save the QR codes: %s</source>
        <translation>Impossibile salvare i codici QR: %s</translation>
    </message>
    <message>
        <source>Choose a row with a link first.</source>
        <translation>Scegliete prima una riga con un link.</translation>
    </message>
    <message>
        <source>This row has no e-mail address or no link yet.</source>
        <translation>Questa riga non ha un indirizzo e-mail o non ha ancora un link.</translation>
    </message>
    <message>
        <source>It was not created: send it with the next Resume</source>
        <translation>Non è stato creato: invialo alla prossima ripresa</translation>
    </message>
</context>
<context>
    <name>CancelSubscriptionDialog</name>
    <message>
        <source>Cancel subscription</source>
        <translation>Disdici abbonamento</translation>
    </message>
    <message>
        <source>subscription %s</source>
        <translation>abbonamento %s</translation>
    </message>
    <message>
        <source>Cancel the subscription of %s (%s)?

The platform stops charging the customer. This cannot be undone from Paydesk.</source>
        <translation>Disdire l&apos;abbonamento di %s (%s)?

La piattaforma smette di addebitare il cliente. L&apos;operazione non può essere annullata da Paydesk.</translation>
    </message>
    <message>
        <source>no amount</source>
        <translation>nessun importo</translation>
    </message>
    <message>
        <source>To confirm, type the customer&apos;s name (%s) or “cancel”:</source>
        <translation>Per confermare, digita il nome del cliente (%s) o «disdici»:</translation>
    </message>
    <message>
        <source>To confirm, type “cancel”:</source>
        <translation>Per confermare, digita «disdici»:</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Conferma</translation>
    </message>
    <message>
        <source>Keep subscription</source>
        <translation>Mantieni abbonamento</translation>
    </message>
    <message>
        <source>cancel</source>
        <translation>disdici</translation>
    </message>
</context>
<context>
    <name>ConnectionTester</name>
    <message>
        <source>Enter the API secret to test the connection.</source>
        <translation>Inserisci la chiave segreta API per verificare la connessione.</translation>
    </message>
    <message>
        <source>Testing the connection to {host}</source>
        <translation>Verifica della connessione a {host}</translation>
    </message>
    <message>
        <source>{refused} is not served by this instance; {version} answers. Use {version}?</source>
        <translation>Questa istanza non offre {refused}; {version} risponde. Usare {version}?</translation>
    </message>
    <message>
        <source>None of {lowest} to {highest} is served by this instance: choose an older API version.</source>
        <translation>Questa istanza non offre nessuna delle versioni da {lowest} a {highest}: scegli una versione API più vecchia.</translation>
    </message>
    <message>
        <source>Connected to {instance} on {where}.</source>
        <translation>Connesso a {instance} su {where}.</translation>
    </message>
    <message>
        <source>The API secret is not correct for this instance.</source>
        <translation>La chiave segreta API non è corretta per questa istanza.</translation>
    </message>
    <message>
        <source>No such instance on this platform.</source>
        <translation>Questa istanza non esiste su questa piattaforma.</translation>
    </message>
    <message>
        <source>Cannot reach {host}: {reason}.</source>
        <translation>Impossibile raggiungere {host}: {reason}.</translation>
    </message>
    <message>
        <source>the connection failed</source>
        <translation>la connessione non è riuscita</translation>
    </message>
</context>
<context>
    <name>DailyChart</name>
    <message>
        <source>Paid per day, last 30 days</source>
        <translation>Pagato al giorno, ultimi 30 giorni</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>The Demo&apos;s saved data could not be read, so the Demo starts afresh. The damaged file was kept as %s.</source>
        <translation>Non è stato possibile leggere i dati salvati della demo; la demo riparte da zero. Il file danneggiato è stato conservato come %s.</translation>
    </message>
    <message>
        <source>(it could not be moved)</source>
        <translation>(non è stato possibile spostarlo)</translation>
    </message>
    <message>
        <source>The Demo is not running, so there is nothing to reset.</source>
        <translation>La demo non è in esecuzione; non c’è nulla da reimpostare.</translation>
    </message>
    <message>
        <source>The Demo goes back to how it was at its first start: the paylinks, payment pages, payments and subscriptions made or changed there are gone.</source>
        <translation>La demo torna allo stato del primo avvio: i Paylink, le pagine di pagamento, i pagamenti e gli abbonamenti creati o modificati nella demo vengono eliminati.</translation>
    </message>
    <message>
        <source>The Demo&apos;s rows in History are removed too (%d). Your other instances are not touched.</source>
        <translation>Anche le righe della demo nella cronologia vengono rimosse (%d). Le altre istanze restano invariate.</translation>
    </message>
    <message>
        <source>Reset the Demo?</source>
        <translation>Reimpostare la demo?</translation>
    </message>
    <message>
        <source>Reset Demo</source>
        <translation>Reimposta demo</translation>
    </message>
    <message>
        <source>The Demo was reset. Rows removed from History: %d.</source>
        <translation>La demo è stata reimpostata. Righe rimosse dalla cronologia: %d.</translation>
    </message>
    <message>
        <source>The Demo could not be reset: %s</source>
        <translation>Non è stato possibile reimpostare la demo: %s</translation>
    </message>
    <message>
        <source>Resetting the Demo</source>
        <translation>Reimpostazione della demo</translation>
    </message>
</context>
<context>
    <name>ElsewherePages</name>
    <message>
        <source>Loading the payment pages of this instance</source>
        <translation>Caricamento delle pagine di pagamento di questa istanza</translation>
    </message>
    <message>
        <source>The payment pages created elsewhere could not be loaded: %s</source>
        <translation>Non è stato possibile caricare le pagine di pagamento create altrove: %s</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Paydesk: unexpected problem</source>
        <translation>Paydesk: problema imprevisto</translation>
    </message>
    <message>
        <source>Paydesk hit an unexpected problem. You can keep working; if it happens again, send the log.</source>
        <translation>Paydesk ha riscontrato un problema imprevisto. Puoi continuare a lavorare; se si ripete, invia il log.</translation>
    </message>
    <message>
        <source>Log file: %s</source>
        <translation>File di log: %s</translation>
    </message>
    <message>
        <source>This session writes no log file.</source>
        <translation>Questa sessione non scrive alcun file di log.</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Dettagli dell&apos;errore</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copia dettagli</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Apri cartella dei log</translation>
    </message>
    <message>
        <source>Details copied to the clipboard.</source>
        <translation>Dettagli copiati negli appunti.</translation>
    </message>
    <message>
        <source>Could not open %s</source>
        <translation>Impossibile aprire %s</translation>
    </message>
    <message numerus="yes">
        <source>and %n more problem(s) since</source>
        <translation>
            <numerusform>e %n altro problema da allora</numerusform>
            <numerusform>e altri %n problemi da allora</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Nascondi dettagli</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Mostra dettagli</translation>
    </message>
</context>
<context>
    <name>Failure</name>
    <message>
        <source>Something unexpected went wrong; the details are in the log.</source>
        <translation>Si è verificato un errore imprevisto; i dettagli sono nel log.</translation>
    </message>
</context>
<context>
    <name>FormErrors</name>
    <message>
        <source>Use the digits 0-9 for the amount, like 1234.50.</source>
        <translation>Usi le cifre 0-9 per l’importo, ad esempio 1234.50.</translation>
    </message>
    <message>
        <source>Enter the amount as a number, like 1234.50.</source>
        <translation>Inserisci l&apos;importo come numero, ad es. 1234.50.</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>L&apos;importo deve essere maggiore di zero.</translation>
    </message>
    <message>
        <source>%s amounts have no decimals.</source>
        <translation>Gli importi in %s non hanno decimali.</translation>
    </message>
    <message>
        <source>%s amounts have at most %d decimals.</source>
        <translation>Gli importi in %s hanno al massimo %d decimali.</translation>
    </message>
    <message>
        <source>The amount is larger than the platform accepts.</source>
        <translation>L’importo supera quanto accettato dalla piattaforma.</translation>
    </message>
    <message>
        <source>%s contains a damaged character: delete it and type it again.</source>
        <translation>%s contiene un carattere danneggiato: lo cancelli e lo digiti di nuovo.</translation>
    </message>
    <message>
        <source>%s contains a hidden character that changes the writing direction (%s): remove it.</source>
        <translation>%s contiene un carattere nascosto che cambia la direzione di scrittura (%s): lo rimuova.</translation>
    </message>
    <message>
        <source>%s contains an invisible character (%s): remove it.</source>
        <translation>%s contiene un carattere invisibile (%s): lo rimuova.</translation>
    </message>
    <message>
        <source>%s contains a control character (%s): remove it.</source>
        <translation>%s contiene un carattere di controllo (%s): lo rimuova.</translation>
    </message>
    <message>
        <source>%s is too long (%d characters; at most %d).</source>
        <translation>%s supera la lunghezza consentita (%d caratteri; al massimo %d).</translation>
    </message>
    <message>
        <source>Enter a web address starting with https:// (or http://).</source>
        <translation>Inserisci un indirizzo web che inizi con https:// (o http://).</translation>
    </message>
    <message>
        <source>Enter a title: the customer sees it on the payment page.</source>
        <translation>Inserisci un titolo: il cliente lo vede sulla pagina di pagamento.</translation>
    </message>
    <message>
        <source>The title</source>
        <translation>Il titolo</translation>
    </message>
    <message>
        <source>The description</source>
        <translation>La descrizione</translation>
    </message>
    <message>
        <source>The reference</source>
        <translation>Il riferimento</translation>
    </message>
    <message>
        <source>The purpose</source>
        <translation>La causale</translation>
    </message>
    <message>
        <source>Choose a currency.</source>
        <translation>Scegli una valuta.</translation>
    </message>
    <message>
        <source>Use the digits 0-9 for the VAT rate, like 8.1.</source>
        <translation>Usi le cifre 0-9 per l’aliquota IVA, ad esempio 8.1.</translation>
    </message>
    <message>
        <source>Enter the VAT rate as a percentage between 0 and 100, like 8.1.</source>
        <translation>Inserisci l&apos;aliquota IVA come percentuale tra 0 e 100, ad es. 8.1.</translation>
    </message>
    <message>
        <source>Enter the expiry date as a date, like 2026-12-31.</source>
        <translation>Inserisci la data di scadenza come data, ad es. 2026-12-31.</translation>
    </message>
    <message>
        <source>The expiry date is in the past: choose a later date or none.</source>
        <translation>La data di scadenza è nel passato: scegli una data successiva o nessuna.</translation>
    </message>
    <message>
        <source>Enter a valid e-mail address, like name@example.ch.</source>
        <translation>Inserisci un indirizzo e-mail valido, ad es. name@example.ch.</translation>
    </message>
    <message>
        <source>The first name</source>
        <translation>Il nome</translation>
    </message>
    <message>
        <source>The last name</source>
        <translation>Il cognome</translation>
    </message>
    <message>
        <source>The company</source>
        <translation>L&apos;azienda</translation>
    </message>
    <message>
        <source>The e-mail address</source>
        <translation>L&apos;indirizzo e-mail</translation>
    </message>
    <message>
        <source>Use the digits 0-9 for payment provider ids, like 36, 44.</source>
        <translation>Usi le cifre 0-9 per gli ID dei fornitori di pagamento, ad esempio 36, 44.</translation>
    </message>
    <message>
        <source>Enter payment provider ids as numbers separated by commas, like 36, 44.</source>
        <translation>Inserisci gli ID dei fornitori di pagamento come numeri separati da virgole, ad es. 36, 44.</translation>
    </message>
    <message>
        <source>Enter payment methods as names of letters a-z, digits, _ and - separated by commas, like visa, twint.</source>
        <translation>Inserisca i metodi di pagamento come nomi di lettere a-z, cifre, _ e -, separati da virgole, ad esempio visa, twint.</translation>
    </message>
    <message>
        <source>The button text</source>
        <translation>L&apos;etichetta del pulsante</translation>
    </message>
    <message>
        <source>The SKU</source>
        <translation>Lo SKU</translation>
    </message>
    <message>
        <source>The amount</source>
        <translation>L’importo</translation>
    </message>
    <message>
        <source>The currency</source>
        <translation>La valuta</translation>
    </message>
    <message>
        <source>The VAT rate</source>
        <translation>L’aliquota IVA</translation>
    </message>
    <message>
        <source>The payment provider ids</source>
        <translation>Gli ID dei fornitori di pagamento</translation>
    </message>
    <message>
        <source>The payment methods</source>
        <translation>I metodi di pagamento</translation>
    </message>
    <message>
        <source>The success page</source>
        <translation>La pagina di successo</translation>
    </message>
    <message>
        <source>The failure page</source>
        <translation>La pagina di errore</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Created</source>
        <translation>Creato il</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Riferimento</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Istanza</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>In attesa</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagato</translation>
    </message>
    <message>
        <source>Authorized, reserved, other</source>
        <translation>Autorizzato, riservato, altro</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Invio in corso</translation>
    </message>
    <message>
        <source>May have been created</source>
        <translation>Forse creato</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Non riuscito</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminato</translation>
    </message>
    <message>
        <source>Authorized (not charged yet)</source>
        <translation>Autorizzato (non ancora addebitato)</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Riservato</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Attiva</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inattiva</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annullato</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Rifiutato</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Errore</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Rimborsato</translation>
    </message>
    <message>
        <source>Partly refunded</source>
        <translation>Parzialmente rimborsato</translation>
    </message>
    <message>
        <source>Refund pending</source>
        <translation>Rimborso in sospeso</translation>
    </message>
    <message>
        <source>Charged back</source>
        <translation>Stornato dalla banca</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Reale</translation>
    </message>
    <message>
        <source>May have been created – check before creating again</source>
        <translation>Forse creato – verifica prima di crearlo di nuovo</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Invio in corso…</translation>
    </message>
    <message>
        <source>Failed: %s</source>
        <translation>Non riuscito: %s</translation>
    </message>
    <message>
        <source>Not created (checked by you)</source>
        <translation>Non creato (verificato da te)</translation>
    </message>
    <message>
        <source>Page, created elsewhere</source>
        <translation>Pagina di pagamento, creata altrove</translation>
    </message>
    <message>
        <source>A payment page of this instance that Paydesk did not create (in the dashboard or another program). You can copy, open and duplicate it here; change or delete it where it was made.</source>
        <translation>Una pagina di pagamento di questa istanza non creata da Paydesk (nella dashboard o con un altro programma). Qui può copiarla, aprirla e duplicarla; la modifichi o la elimini dove è stata creata.</translation>
    </message>
    <message>
        <source>no answer recorded</source>
        <translation>nessuna risposta registrata</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Pagina di pagamento</translation>
    </message>
    <message>
        <source>Paylink</source>
        <translation>Paylink</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
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
        <translation>Aggiornamento dello stato di «%s»</translation>
    </message>
    <message>
        <source>Not found on the server: it may have been deleted there.</source>
        <translation>Non trovato sul server: forse è stato eliminato lì.</translation>
    </message>
    <message>
        <source>%d status(es) could not be refreshed: %s</source>
        <translation>Non è stato possibile aggiornare %d stato/i: %s</translation>
    </message>
    <message>
        <source>Statuses are up to date (%d checked).</source>
        <translation>Gli stati sono aggiornati (%d verificati).</translation>
    </message>
    <message>
        <source>Deleting “%s” on the server</source>
        <translation>Eliminazione di «%s» sul server</translation>
    </message>
    <message>
        <source>“%s” was deleted.</source>
        <translation>«%s» è stato eliminato.</translation>
    </message>
    <message>
        <source>No answer came back: “%s” may or may not have been deleted. Refresh its status before trying again.</source>
        <translation>Nessuna risposta ricevuta: «%s» potrebbe essere stato eliminato oppure no. Aggiorna il suo stato prima di riprovare.</translation>
    </message>
    <message>
        <source>Loading payments of “%s”</source>
        <translation>Caricamento dei pagamenti di «%s»</translation>
    </message>
    <message>
        <source>Exporting History</source>
        <translation>Esportazione della cronologia</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Exporting…</source>
        <translation>Esportazione…</translation>
    </message>
    <message>
        <source>Export History</source>
        <translation>Esporta cronologia</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Cartelle di lavoro Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Delete on the server?</source>
        <translation>Eliminare sul server?</translation>
    </message>
    <message>
        <source>Delete the paylink “%s” (%s) on the server?

Its link stops working for the customer. This cannot be undone; the row stays in History.</source>
        <translation>Eliminare il paylink «%s» (%s) sul server?

Il suo link smette di funzionare per il cliente. L&apos;operazione è irreversibile; la riga resta nella cronologia.</translation>
    </message>
    <message>
        <source>Delete on server</source>
        <translation>Elimina sul server</translation>
    </message>
    <message>
        <source>this row has no paylink on the server.</source>
        <translation>questa riga non ha alcun paylink sul server.</translation>
    </message>
    <message>
        <source>Search title, reference, customer, amount</source>
        <translation>Cerca titolo, riferimento, cliente, importo</translation>
    </message>
    <message>
        <source>Search History</source>
        <translation>Cerca nella cronologia</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtro per stato</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tutti gli stati</translation>
    </message>
    <message>
        <source>All instances</source>
        <translation>Tutte le istanze</translation>
    </message>
    <message>
        <source>Show what was created with every instance</source>
        <translation>Mostra ciò che è stato creato con tutte le istanze</translation>
    </message>
    <message>
        <source>Refresh statuses</source>
        <translation>Aggiorna stati</translation>
    </message>
    <message>
        <source>Ask the server for the current status of the rows, visible ones first</source>
        <translation>Chiedi al server lo stato attuale delle righe, prima quelle visibili</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Esporta…</translation>
    </message>
    <message>
        <source>Save the rows as the list shows them, with their links (CSV or Excel)</source>
        <translation>Salva le righe come le mostra l’elenco, con i loro link (CSV o Excel)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <source>Create a paylink</source>
        <translation>Crea un paylink</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Copia link</translation>
    </message>
    <message>
        <source>Copy the selected row&apos;s payment link</source>
        <translation>Copia il link di pagamento della riga selezionata</translation>
    </message>
    <message>
        <source>QR / link</source>
        <translation>QR / link</translation>
    </message>
    <message>
        <source>Show the QR code and link of the selected row</source>
        <translation>Mostra il codice QR e il link della riga selezionata</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Apri</translation>
    </message>
    <message>
        <source>Open the payment page in your web browser</source>
        <translation>Apri la pagina di pagamento nel browser</translation>
    </message>
    <message>
        <source>Duplicate into form</source>
        <translation>Duplica nel modulo</translation>
    </message>
    <message>
        <source>Fill the form with this row&apos;s values to create a new one</source>
        <translation>Compila il modulo con i valori di questa riga per crearne uno nuovo</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Pagamenti</translation>
    </message>
    <message>
        <source>Show the payments made through this link</source>
        <translation>Mostra i pagamenti effettuati tramite questo link</translation>
    </message>
    <message>
        <source>Delete on server…</source>
        <translation>Elimina sul server…</translation>
    </message>
    <message>
        <source>Delete the paylink on the server so its link stops working</source>
        <translation>Elimina il paylink sul server così che il suo link smetta di funzionare</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Dettagli…</translation>
    </message>
    <message>
        <source>Show what the server answered</source>
        <translation>Mostra la risposta del server</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Aggiornamento…</translation>
    </message>
    <message>
        <source>“%s” was not created, so it has no link.</source>
        <translation>«%s» non è stato creato, quindi non ha un link.</translation>
    </message>
    <message>
        <source>No answer came back when “%s” was sent: it may have been created. Check the platform&apos;s dashboard before creating it again.</source>
        <translation>Nessuna risposta all&apos;invio di «%s»: potrebbe essere stato creato. Controlla la dashboard della piattaforma prima di crearlo di nuovo.</translation>
    </message>
    <message>
        <source>“%s” is being sent…</source>
        <translation>Invio di «%s» in corso…</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Nessun risultato</translation>
    </message>
    <message>
        <source>No row matches the search or the status filter.</source>
        <translation>Nessuna riga corrisponde alla ricerca o al filtro per stato.</translation>
    </message>
    <message>
        <source>No instance</source>
        <translation>Nessuna istanza</translation>
    </message>
    <message>
        <source>Choose an instance to see what was created with it.</source>
        <translation>Scegli un&apos;istanza per vedere cosa è stato creato con essa.</translation>
    </message>
    <message>
        <source>Nothing created yet</source>
        <translation>Ancora niente creato</translation>
    </message>
    <message>
        <source>Paylinks and payment pages you create appear here.</source>
        <translation>I paylink e le pagine di pagamento che crei appaiono qui.</translation>
    </message>
    <message>
        <source>Deleting on the server…</source>
        <translation>Eliminazione sul server…</translation>
    </message>
    <message>
        <source>%d rows saved to %s.</source>
        <translation>%d righe salvate in %s.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Dettagli</translation>
    </message>
</context>
<context>
    <name>InstancesDialog</name>
    <message>
        <source>Manage instances</source>
        <translation>Gestisci istanze</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Istanze</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Aggiungi</translation>
    </message>
    <message>
        <source>Add a new instance</source>
        <translation>Aggiungi una nuova istanza</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplica</translation>
    </message>
    <message>
        <source>A copy of the selected instance, with the same API secret unless you change it</source>
        <translation>Una copia dell&apos;istanza selezionata, con la stessa chiave segreta API se non la modifichi</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Rimuovi</translation>
    </message>
    <message>
        <source>Remove the selected instance, its settings file and its API secret</source>
        <translation>Rimuovi l&apos;istanza selezionata, il suo file di impostazioni e la sua chiave segreta API</translation>
    </message>
    <message>
        <source>e.g. Shop</source>
        <translation>ad es. Negozio</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Nome visualizzato:</translation>
    </message>
    <message>
        <source>e.g. example</source>
        <translation>ad es. example</translation>
    </message>
    <message>
        <source>The part before the platform&apos;s domain, e.g. example in example.okepay.info.</source>
        <translation>La parte prima del dominio della piattaforma, ad es. example in example.okepay.info.</translation>
    </message>
    <message>
        <source>&amp;Instance name:</source>
        <translation>N&amp;ome dell&apos;istanza:</translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>Altro…</translation>
    </message>
    <message>
        <source>The platform&apos;s domain; the API is at api.&lt;domain&gt;</source>
        <translation>Il dominio della piattaforma; l&apos;API si trova su api.&lt;domain&gt;</translation>
    </message>
    <message>
        <source>e.g. example-pay.ch</source>
        <translation>ad es. example-pay.ch</translation>
    </message>
    <message>
        <source>Base domain</source>
        <translation>Dominio di base</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>&amp;Piattaforma:</translation>
    </message>
    <message>
        <source>API &amp;version:</source>
        <translation>&amp;Versione API:</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>API key header</source>
        <translation>Intestazione chiave API</translation>
    </message>
    <message>
        <source>Signature signs every request with the secret (the usual way); API key header sends the secret itself in an X-API-KEY header</source>
        <translation>Firma firma ogni richiesta con la chiave segreta (il metodo usuale); Intestazione chiave API invia la chiave segreta stessa in un&apos;intestazione X-API-KEY</translation>
    </message>
    <message>
        <source>Authe&amp;ntication:</source>
        <translation>Autentica&amp;zione:</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>&amp;Mostra</translation>
    </message>
    <message>
        <source>Show or hide the secret</source>
        <translation>Mostra o nascondi la chiave segreta</translation>
    </message>
    <message>
        <source>API s&amp;ecret:</source>
        <translation>C&amp;hiave segreta API:</translation>
    </message>
    <message>
        <source>Test c&amp;onnection</source>
        <translation>V&amp;erifica connessione</translation>
    </message>
    <message>
        <source>Ask the platform whether instance name and secret are right (unsaved values)</source>
        <translation>Chiedi alla piattaforma se nome dell&apos;istanza e chiave segreta sono corretti (valori non salvati)</translation>
    </message>
    <message>
        <source>Default &amp;currency:</source>
        <translation>Va&amp;luta predefinita:</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Tedesco</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Francese</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italiano</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglese</translation>
    </message>
    <message>
        <source>Default &amp;language:</source>
        <translation>L&amp;ingua predefinita:</translation>
    </message>
    <message>
        <source>e.g. INV-</source>
        <translation>ad es. FATT-</translation>
    </message>
    <message>
        <source>&amp;Reference prefix:</source>
        <translation>Pre&amp;fisso del riferimento:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuna</translation>
    </message>
    <message>
        <source>The VAT rate in percent, e.g. 8.1; empty for none</source>
        <translation>L&apos;aliquota IVA in percentuale, ad es. 8.1; vuoto per nessuna</translation>
    </message>
    <message>
        <source>Default VA&amp;T rate (%):</source>
        <translation>Ali&amp;quota IVA predefinita (%):</translation>
    </message>
    <message>
        <source>never ask</source>
        <translation>non chiedere mai</translation>
    </message>
    <message>
        <source>Ask before creating a paylink above this amount, e.g. 500; empty: never ask</source>
        <translation>Chiedi prima di creare un paylink oltre questo importo, ad es. 500; vuoto: non chiedere mai</translation>
    </message>
    <message>
        <source>Confirm amounts a&amp;bove:</source>
        <translation>Conferma impor&amp;ti oltre:</translation>
    </message>
    <message>
        <source>Hide every create, cancel and delete action</source>
        <translation>Nascondi tutte le azioni di creazione, disdetta ed eliminazione</translation>
    </message>
    <message>
        <source>While this instance is active, Paydesk only looks things up: no paylink or page is created, nothing is cancelled or deleted.</source>
        <translation>Finché questa istanza è attiva, Paydesk si limita a consultare: non vengono creati paylink né pagine, nulla viene disdetto o eliminato.</translation>
    </message>
    <message>
        <source>Read-onl&amp;y:</source>
        <translation>Sola lett&amp;ura:</translation>
    </message>
    <message>
        <source>Tell me when a payment arrives</source>
        <translation>Avvisami quando arriva un pagamento</translation>
    </message>
    <message>
        <source>Payment messa&amp;ges:</source>
        <translation>Messaggi di pagamento (&amp;b):</translation>
    </message>
    <message>
        <source>Store secrets in a &amp;file…</source>
        <translation>Salva le chiavi se&amp;grete in un file…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <source>Save this instance (Enter)</source>
        <translation>Salva questa istanza (Invio)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Close the dialog (Esc). Changes that were not saved are discarded.</source>
        <translation>Chiudi la finestra (Esc). Le modifiche non salvate vanno perse.</translation>
    </message>
    <message>
        <source>Built in: a sandbox on this computer ({url}) to try everything without an account. It cannot be changed or removed.</source>
        <translation>Integrata: una sandbox su questo computer ({url}) per provare tutto senza un account. Non può essere modificata né rimossa.</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>Nas&amp;condi</translation>
    </message>
    <message>
        <source>A message from the system tray (or in the window) when a paylink of this instance is paid, and when one of its subscriptions becomes overdue, goes into notice or is cancelled; clicking it shows the row.</source>
        <translation>Un messaggio nell’area di notifica (o nella finestra) quando un Paylink di questa istanza viene pagato e quando uno dei suoi abbonamenti è scaduto, in disdetta o disdetto; un clic mostra la riga.</translation>
    </message>
    <message>
        <source>Add an instance to get started.</source>
        <translation>Aggiungi un&apos;istanza per iniziare.</translation>
    </message>
    <message>
        <source>The built-in Demo instance cannot be changed.</source>
        <translation>L&apos;istanza Demo integrata non può essere modificata.</translation>
    </message>
    <message>
        <source>built in: no secret needed</source>
        <translation>integrata: nessuna chiave segreta necessaria</translation>
    </message>
    <message>
        <source>stored in {where}; leave blank to keep it</source>
        <translation>salvata in {where}; lascia vuoto per mantenerla</translation>
    </message>
    <message>
        <source>leave blank to use the secret of “{name}”</source>
        <translation>lascia vuoto per usare la chiave segreta di «{name}»</translation>
    </message>
    <message>
        <source>not stored yet; it will be kept in {where}</source>
        <translation>non ancora salvata; sarà conservata in {where}</translation>
    </message>
    <message>
        <source>Remove instance</source>
        <translation>Rimuovi istanza</translation>
    </message>
    <message>
        <source>Remove “{name}”?</source>
        <translation>Rimuovere «{name}»?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>Its settings file and its API secret (in {where}) are deleted. What was created on the platform stays there.</source>
        <translation>Il file di impostazioni e la chiave segreta API (in {where}) vengono eliminati. Ciò che è stato creato sulla piattaforma resta lì.</translation>
    </message>
    <message>
        <source>✓ “{name}” saved.</source>
        <translation>✓ «{name}» salvata.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Verifica della connessione…</translation>
    </message>
    <message>
        <source>Use {version}</source>
        <translation>Usa {version}</translation>
    </message>
    <message>
        <source>Set the API version to {version}; save to keep it</source>
        <translation>Imposta la versione API su {version}; salva per mantenerla</translation>
    </message>
    <message>
        <source>Store secrets in a file</source>
        <translation>Salva le chiavi segrete in un file</translation>
    </message>
    <message>
        <source>Store in a file</source>
        <translation>Salva in un file</translation>
    </message>
    <message>
        <source>The file: {path}</source>
        <translation>Il file: {path}</translation>
    </message>
    <message>
        <source>Some instance files could not be loaded:</source>
        <translation>Non è stato possibile caricare alcuni file di istanza:</translation>
    </message>
</context>
<context>
    <name>InstancesModel</name>
    <message>
        <source>New instance</source>
        <translation>Nuova istanza</translation>
    </message>
    <message>
        <source>{name} (built-in)</source>
        <translation>{name} (integrata)</translation>
    </message>
    <message>
        <source>{name} (not saved)</source>
        <translation>{name} (non salvata)</translation>
    </message>
    <message>
        <source>{name} (changed)</source>
        <translation>{name} (modificata)</translation>
    </message>
    <message>
        <source>The built-in Demo instance: a sandbox on this computer, no account needed. It cannot be changed or removed.</source>
        <translation>L&apos;istanza Demo integrata: una sandbox su questo computer, senza account. Non può essere modificata né rimossa.</translation>
    </message>
    <message>
        <source> (copy)</source>
        <translation> (copia)</translation>
    </message>
    <message>
        <source>The built-in Demo instance cannot be removed.</source>
        <translation>L&apos;istanza Demo integrata non può essere rimossa.</translation>
    </message>
    <message>
        <source>This profile no longer exists.</source>
        <translation>Questo profilo non esiste più.</translation>
    </message>
    <message>
        <source>The built-in Demo instance cannot be changed.</source>
        <translation>L&apos;istanza Demo integrata non può essere modificata.</translation>
    </message>
    <message>
        <source>“{name}” could not be loaded: {message}</source>
        <translation>Impossibile caricare «{name}»: {message}</translation>
    </message>
    <message>
        <source>(Folder: {folder})</source>
        <translation>(Cartella: {folder})</translation>
    </message>
</context>
<context>
    <name>LinkPanel</name>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Immagine PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>Immagine SVG (*.svg)</translation>
    </message>
    <message>
        <source>Save QR code</source>
        <translation>Salva codice QR</translation>
    </message>
    <message>
        <source>No link yet</source>
        <translation>Ancora nessun link</translation>
    </message>
    <message>
        <source>1. Type a title and an amount.
2. Press Create.
3. Copy the link or the QR code for your customer.</source>
        <translation>1. Inserisci un titolo e un importo.
2. Premi Crea.
3. Copia il link o il codice QR per il cliente.</translation>
    </message>
    <message>
        <source>Create a paylink or pick a row in History to see its link here.</source>
        <translation>Crea un paylink o scegli una riga nella cronologia per vederne qui il link.</translation>
    </message>
</context>
<context>
    <name>LinkState</name>
    <message>
        <source>Waiting for payment</source>
        <translation>In attesa di pagamento</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagato</translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation>Pagato in parte</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminato</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Scaduto</translation>
    </message>
    <message>
        <source>“%s” has already been paid. Send its link to a customer anyway?</source>
        <translation>«%s» è già stato pagato. Inviare comunque il link a un cliente?</translation>
    </message>
    <message>
        <source>“%s” was deleted on the server: its link no longer works. Send it to a customer anyway?</source>
        <translation>«%s» è stato eliminato sul server: il link non funziona più. Inviarlo comunque a un cliente?</translation>
    </message>
    <message>
        <source>“%s” has expired: its link no longer takes payments. Send it to a customer anyway?</source>
        <translation>«%s» è scaduto: il link non accetta più pagamenti. Inviarlo comunque a un cliente?</translation>
    </message>
</context>
<context>
    <name>LinkStateBadge</name>
    <message>
        <source>Link state</source>
        <translation>Stato del link</translation>
    </message>
    <message>
        <source>Send this link?</source>
        <translation>Inviare questo link?</translation>
    </message>
</context>
<context>
    <name>LinkView</name>
    <message>
        <source>Payment page</source>
        <translation>Pagina di pagamento</translation>
    </message>
    <message>
        <source>Paylink</source>
        <translation>Paylink</translation>
    </message>
    <message>
        <source>Amount chosen by the customer</source>
        <translation>Importo scelto dal cliente</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Messaggio</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>E-mail opened in your mail program</source>
        <translation>E-mail aperta nel programma di posta</translation>
    </message>
    <message>
        <source>No e-mail program could be opened.</source>
        <translation>Non è stato possibile aprire un programma di posta.</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>Codice QR</translation>
    </message>
    <message>
        <source>Could not save the QR code to %s: %s</source>
        <translation>Impossibile salvare il codice QR in %s: %s</translation>
    </message>
    <message>
        <source>QR code saved to %s</source>
        <translation>Codice QR salvato in %s</translation>
    </message>
    <message>
        <source>No browser could be opened. Copy the link and paste it into one.</source>
        <translation>Non è stato possibile aprire un browser. Copia il link e incollalo in un browser.</translation>
    </message>
    <message>
        <source>Payment link</source>
        <translation>Link di pagamento</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Copia link</translation>
    </message>
    <message>
        <source>Copy the payment link to the clipboard</source>
        <translation>Copia il link di pagamento negli appunti</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Apri nel browser</translation>
    </message>
    <message>
        <source>Open the payment page in your web browser</source>
        <translation>Apri la pagina di pagamento nel browser</translation>
    </message>
    <message>
        <source>QR code of the payment link</source>
        <translation>Codice QR del link di pagamento</translation>
    </message>
    <message>
        <source>Copy QR</source>
        <translation>Copia QR</translation>
    </message>
    <message>
        <source>Copy the QR code to the clipboard as an image</source>
        <translation>Copia il codice QR negli appunti come immagine</translation>
    </message>
    <message>
        <source>Save QR…</source>
        <translation>Salva QR…</translation>
    </message>
    <message>
        <source>Save the QR code as a PNG or SVG file</source>
        <translation>Salva il codice QR come file PNG o SVG</translation>
    </message>
    <message>
        <source>Message language</source>
        <translation>Lingua del messaggio</translation>
    </message>
    <message>
        <source>The language of the message for the customer</source>
        <translation>La lingua del messaggio per il cliente</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>Copia messaggio</translation>
    </message>
    <message>
        <source>Copy a short message with title, amount and link, for an e-mail</source>
        <translation>Copia un breve messaggio con titolo, importo e link, per un&apos;e-mail</translation>
    </message>
    <message>
        <source>E-mail…</source>
        <translation>E-mail…</translation>
    </message>
    <message>
        <source>Write the message in your e-mail program, to the customer&apos;s address if known</source>
        <translation>Scrivere il messaggio nel programma di posta, all’indirizzo del cliente se noto</translation>
    </message>
    <message>
        <source>Last action</source>
        <translation>Ultima azione</translation>
    </message>
</context>
<context>
    <name>ListTable</name>
    <message>
        <source>Cell</source>
        <translation>Cella</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Riga</translation>
    </message>
    <message>
        <source>Copy cell</source>
        <translation>Copia cella</translation>
    </message>
    <message>
        <source>Copy row</source>
        <translation>Copia riga</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>History</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Abbonamenti</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Da fare</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Pagamenti</translation>
    </message>
    <message>
        <source>The interface is now in %s.</source>
        <translation>L&apos;interfaccia è ora in %s.</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Dati diagnostici</translation>
    </message>
    <message>
        <source>Create the paylink or payment page of the open form</source>
        <translation>Crea il paylink o la pagina di pagamento del modulo aperto</translation>
    </message>
    <message>
        <source>Copy the last created link</source>
        <translation>Copia l&apos;ultimo link creato</translation>
    </message>
    <message>
        <source>Manage instances</source>
        <translation>Gestisci istanze</translation>
    </message>
    <message>
        <source>Search in History or Subscriptions</source>
        <translation>Cerca nella cronologia o negli abbonamenti</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Esci</translation>
    </message>
    <message>
        <source>A paylink is a payment link for one amount: send it by e-mail or show its QR code.</source>
        <translation>Un paylink è un link di pagamento per un importo: invialo per e-mail o mostra il suo codice QR.</translation>
    </message>
    <message>
        <source>A payment page stays open for any number of payments: share its link or QR code.</source>
        <translation>Una pagina di pagamento resta aperta per un numero qualsiasi di pagamenti: condividi il link o il codice QR.</translation>
    </message>
    <message>
        <source>Every paylink and payment page created here, with what became of it.</source>
        <translation>Tutti i paylink e le pagine di pagamento creati qui, e il loro esito.</translation>
    </message>
    <message>
        <source>The instance&apos;s subscriptions: who is active, in notice, failed or cancelled.</source>
        <translation>Gli abbonamenti dell&apos;istanza: attivi, in disdetta, non riusciti o disdetti.</translation>
    </message>
    <message>
        <source>Switch between Paylink, Payment page, History and Subscriptions</source>
        <translation>Passa tra Paylink, Pagina di pagamento, Cronologia e Abbonamenti</translation>
    </message>
    <message>
        <source>Create paylinks from a spreadsheet</source>
        <translation>Creare link di pagamento da un foglio di calcolo</translation>
    </message>
    <message>
        <source>Paylink</source>
        <translation>Paylink</translation>
    </message>
    <message>
        <source>Payment page</source>
        <translation>Pagina di pagamento</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Istanza</translation>
    </message>
    <message>
        <source>Instance:</source>
        <translation>Istanza:</translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation>DEMO</translation>
    </message>
    <message>
        <source>The Demo instance is a local sandbox: nothing is charged, nothing leaves this computer.</source>
        <translation>L&apos;istanza Demo è una sandbox locale: non viene addebitato nulla e nulla lascia questo computer.</translation>
    </message>
    <message>
        <source>READ-ONLY</source>
        <translation>SOLA LETTURA</translation>
    </message>
    <message>
        <source>This instance is set to read-only: nothing can be created, cancelled or deleted.</source>
        <translation>Questa istanza è in sola lettura: non si può creare, disdire o eliminare nulla.</translation>
    </message>
    <message>
        <source>Manage instances…</source>
        <translation>Gestisci istanze…</translation>
    </message>
    <message>
        <source>What happened?…</source>
        <translation>Cos&apos;è successo?…</translation>
    </message>
    <message>
        <source>Leave it open</source>
        <translation>Lascia aperto</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Create paylinks from a &amp;spreadsheet…</source>
        <translation>Creare link di pagamento da un &amp;foglio di calcolo…</translation>
    </message>
    <message>
        <source>&amp;Reset Demo…</source>
        <translation>&amp;Reimposta demo…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <source>Copy last &amp;link</source>
        <translation>Copia l&apos;ultimo &amp;link</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Trova…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Lingua</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Scorciatoie da tastiera</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Apri la cartella dei &amp;log</translation>
    </message>
    <message>
        <source>Copy &amp;diagnostics</source>
        <translation>Copia i dati &amp;diagnostici</translation>
    </message>
    <message>
        <source>&amp;About Paydesk</source>
        <translation>&amp;Informazioni su Paydesk</translation>
    </message>
    <message>
        <source>No instance yet: add one in Manage instances.</source>
        <translation>Nessuna istanza per ora: aggiungine una in «Gestisci istanze».</translation>
    </message>
    <message>
        <source>no instance</source>
        <translation>nessuna istanza</translation>
    </message>
    <message>
        <source>Paydesk – %s</source>
        <translation>Paydesk – %s</translation>
    </message>
    <message>
        <source>Paydesk was stopped while it was creating “%s” (%s, reference %s): it may have been created. Say what happened before creating it again.</source>
        <translation>Paydesk è stato chiuso mentre creava «%s» (%s, riferimento %s): potrebbe essere stato creato. Indica cos&apos;è successo prima di crearlo di nuovo.</translation>
    </message>
    <message>
        <source>Paydesk was stopped while it was creating %d paylinks or payment pages: they may have been created. Say what happened before creating them again.</source>
        <translation>Paydesk è stato chiuso mentre creava %d paylink o pagine di pagamento: potrebbero essere stati creati. Indica cos&apos;è successo prima di crearli di nuovo.</translation>
    </message>
    <message>
        <source>Created “%s”: the link is ready.</source>
        <translation>«%s» creato: il link è pronto.</translation>
    </message>
    <message>
        <source>%s — %s</source>
        <translation>%s — %s</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Scorciatoie da tastiera</translation>
    </message>
    <message>
        <source>About Paydesk</source>
        <translation>Informazioni su Paydesk</translation>
    </message>
    <message>
        <source>Paydesk %s
Paylinks, payment pages and subscriptions for Payrexx-platform instances.</source>
        <translation>Paydesk %s
Paylink, pagine di pagamento e abbonamenti per le istanze della piattaforma Payrexx.</translation>
    </message>
    <message>
        <source>Needs attention (%d)</source>
        <translation>Da fare (%d)</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Nascondi</translation>
    </message>
</context>
<context>
    <name>PaylinkCreator</name>
    <message>
        <source>Creating paylink “%s”</source>
        <translation>Creazione del paylink «%s»</translation>
    </message>
    <message>
        <source>Creating payment page “%s”</source>
        <translation>Creazione della pagina di pagamento «%s»</translation>
    </message>
    <message>
        <source>Something unexpected went wrong; the details are in the log.</source>
        <translation>Si è verificato un errore imprevisto; i dettagli sono nel log.</translation>
    </message>
    <message>
        <source>%s It may have been created: look in History or the dashboard before creating it again.</source>
        <translation>%s Potrebbe essere stato creato: controlla la cronologia o la dashboard prima di crearlo di nuovo.</translation>
    </message>
</context>
<context>
    <name>PaylinkFormView</name>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Causale</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>Aliquota IVA</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Riferimento</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Azienda</translation>
    </message>
    <message>
        <source>Payment providers</source>
        <translation>Fornitori di pagamento</translation>
    </message>
    <message>
        <source>Success page</source>
        <translation>Pagina di successo</translation>
    </message>
    <message>
        <source>Failure page</source>
        <translation>Pagina di errore</translation>
    </message>
    <message>
        <source>Button text</source>
        <translation>Etichetta del pulsante</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Required on the payment page</source>
        <translation>Obbligatorio sulla pagina di pagamento</translation>
    </message>
    <message>
        <source>What is it for?</source>
        <translation>Di cosa si tratta?</translation>
    </message>
    <message>
        <source>e.g. Invoice 2026-017</source>
        <translation>ad es. Fattura 2026-017</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titolo:</translation>
    </message>
    <message>
        <source>Shown on the payment page (optional)</source>
        <translation>Mostrato sulla pagina di pagamento (facoltativo)</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descrizione:</translation>
    </message>
    <message>
        <source>Payment purpose (optional)</source>
        <translation>Causale del pagamento (facoltativa)</translation>
    </message>
    <message>
        <source>One text per language</source>
        <translation>Un testo per lingua</translation>
    </message>
    <message>
        <source>P&amp;urpose:</source>
        <translation>Causa&amp;le:</translation>
    </message>
    <message>
        <source>e.g. %s</source>
        <translation>p. es. %s</translation>
    </message>
    <message>
        <source>VAT &amp;rate (%):</source>
        <translation>Ali&amp;quota IVA (%):</translation>
    </message>
    <message>
        <source>Refere&amp;nce:</source>
        <translation>&amp;Riferimento:</translation>
    </message>
    <message>
        <source>E&amp;xpires:</source>
        <translation>&amp;Scadenza:</translation>
    </message>
    <message>
        <source>F&amp;irst name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>A&amp;zienda:</translation>
    </message>
    <message>
        <source>Pa&amp;yment methods:</source>
        <translation>Metodi di &amp;pagamento:</translation>
    </message>
    <message>
        <source>Failure pa&amp;ge:</source>
        <translation>Pa&amp;gina di errore:</translation>
    </message>
    <message>
        <source>Create a paylink for %s?</source>
        <translation>Creare un paylink di %s?</translation>
    </message>
    <message>
        <source>Create a payment page for %s?</source>
        <translation>Creare una pagina di pagamento di %s?</translation>
    </message>
    <message>
        <source>Title: “%s”. The customer pays exactly %s.</source>
        <translation>Titolo: «%s». Il cliente paga esattamente %s.</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Importo:</translation>
    </message>
    <message>
        <source>e.g. 8.1 (optional)</source>
        <translation>ad es. 8.1 (facoltativa)</translation>
    </message>
    <message>
        <source>No expiry</source>
        <translation>Nessuna scadenza</translation>
    </message>
    <message>
        <source>In 7 days</source>
        <translation>Tra 7 giorni</translation>
    </message>
    <message>
        <source>In 14 days</source>
        <translation>Tra 14 giorni</translation>
    </message>
    <message>
        <source>In 30 days</source>
        <translation>Tra 30 giorni</translation>
    </message>
    <message>
        <source>On a date…</source>
        <translation>Data precisa…</translation>
    </message>
    <message>
        <source>Customer (prefilled on the payment page)</source>
        <translation>Cliente (precompilato sulla pagina di pagamento)</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Cognome:</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avanzate</translation>
    </message>
    <message>
        <source>Provider ids, e.g. 36, 44 (empty: all)</source>
        <translation>ID dei fornitori, ad es. 36, 44 (vuoto: tutti)</translation>
    </message>
    <message>
        <source>Payment &amp;providers:</source>
        <translation>F&amp;ornitori di pagamento:</translation>
    </message>
    <message>
        <source>e.g. visa, mastercard, twint (empty: all)</source>
        <translation>ad es. visa, mastercard, twint (vuoto: tutti)</translation>
    </message>
    <message>
        <source>&amp;Success page:</source>
        <translation>Pagina di s&amp;uccesso:</translation>
    </message>
    <message>
        <source>&amp;Button text:</source>
        <translation>Etic&amp;hetta del pulsante:</translation>
    </message>
    <message>
        <source>S&amp;KU:</source>
        <translation>S&amp;KU:</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Dettagli…</translation>
    </message>
    <message>
        <source>Clear form</source>
        <translation>Svuota modulo</translation>
    </message>
    <message>
        <source>Create paylink</source>
        <translation>Crea paylink</translation>
    </message>
    <message>
        <source>Create payment page</source>
        <translation>Crea pagina di pagamento</translation>
    </message>
    <message>
        <source>What happened?…</source>
        <translation>Cos&apos;è successo?…</translation>
    </message>
    <message>
        <source>The unsent paylink typed last time could not be restored and was dropped.</source>
        <translation>Il paylink digitato l’ultima volta e non inviato non ha potuto essere ripristinato ed è stato scartato.</translation>
    </message>
    <message>
        <source>The unsent payment page typed last time could not be restored and was dropped.</source>
        <translation>La pagina di pagamento digitata l’ultima volta e non inviata non ha potuto essere ripristinata ed è stata scartata.</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Creazione…</translation>
    </message>
    <message>
        <source>Waiting for the platform&apos;s answer…</source>
        <translation>In attesa della risposta della piattaforma…</translation>
    </message>
    <message>
        <source>“%s” may have been created: say what happened before creating again.</source>
        <translation>«%s» potrebbe essere stato creato: indica cos&apos;è successo prima di creare di nuovo.</translation>
    </message>
    <message>
        <source>Create (%s)</source>
        <translation>Crea (%s)</translation>
    </message>
    <message>
        <source>To create, fix: %s.</source>
        <translation>Per creare, correggi: %s.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crea</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Dettagli</translation>
    </message>
</context>
<context>
    <name>PaymentNotifier</name>
    <message>
        <source>Open</source>
        <translation>Apri</translation>
    </message>
    <message>
        <source>Show this row in History</source>
        <translation>Mostra questa riga nella cronologia</translation>
    </message>
    <message>
        <source>“%s” was paid: %s.</source>
        <translation>«%s» è stato pagato: %s.</translation>
    </message>
    <message>
        <source>“%s” was paid.</source>
        <translation>«%s» è stato pagato.</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) arrived.</source>
        <translation>
            <numerusform>%n pagamento è arrivato.</numerusform>
            <numerusform>%n pagamenti sono arrivati.</numerusform>
        </translation>
    </message>
    <message>
        <source>Payment received</source>
        <translation>Pagamento ricevuto</translation>
    </message>
    <message>
        <source>subscription %d</source>
        <translation>abbonamento %d</translation>
    </message>
    <message>
        <source>The subscription of %s is overdue: its payment did not come.</source>
        <translation>L’abbonamento di %s è scaduto: il pagamento non è arrivato.</translation>
    </message>
    <message>
        <source>The subscription of %s is in notice: it will end.</source>
        <translation>L’abbonamento di %s è in disdetta: terminerà.</translation>
    </message>
    <message>
        <source>The subscription of %s was cancelled.</source>
        <translation>L’abbonamento di %s è stato disdetto.</translation>
    </message>
    <message numerus="yes">
        <source>%n more subscription(s) changed too.</source>
        <translation>
            <numerusform>Anche %n altro abbonamento è cambiato.</numerusform>
            <numerusform>Anche altri %n abbonamenti sono cambiati.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show this subscription in Subscriptions</source>
        <translation>Mostra questo abbonamento in Abbonamenti</translation>
    </message>
    <message>
        <source>Subscription changed</source>
        <translation>Abbonamento modificato</translation>
    </message>
</context>
<context>
    <name>Payments</name>
    <message>
        <source>Exporting payments</source>
        <translation>Esportazione dei pagamenti</translation>
    </message>
    <message>
        <source>Loading payments (page %d)</source>
        <translation>Caricamento dei pagamenti (pagina %d)</translation>
    </message>
    <message>
        <source>The platform asks Paydesk to slow down: loading goes on in a minute.</source>
        <translation>La piattaforma chiede a Paydesk di rallentare: il caricamento riprende tra un minuto.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Riferimento</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metodo</translation>
    </message>
    <message>
        <source>Test/live</source>
        <translation>Test/reale</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>N.</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagato</translation>
    </message>
    <message>
        <source>Authorized or reserved</source>
        <translation>Autorizzato o riservato</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Rimborsato</translation>
    </message>
    <message>
        <source>Disputed or charged back</source>
        <translation>Contestato o stornato</translation>
    </message>
    <message>
        <source>Declined, cancelled or failed</source>
        <translation>Rifiutato, annullato o non riuscito</translation>
    </message>
    <message>
        <source>Not finished</source>
        <translation>Non concluso</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Altro</translation>
    </message>
</context>
<context>
    <name>PaymentsDialog</name>
    <message>
        <source>Payments – %s</source>
        <translation>Pagamenti – %s</translation>
    </message>
    <message>
        <source>Loading payments…</source>
        <translation>Caricamento dei pagamenti…</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Pagante</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fornitore</translation>
    </message>
    <message>
        <source>Test/live</source>
        <translation>Test/reale</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Pagamenti</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) through this link.</source>
        <translation>
            <numerusform>%n pagamento tramite questo link.</numerusform>
            <numerusform>%n pagamenti tramite questo link.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them paid.</source>
        <translation>
            <numerusform>Di cui %n pagato.</numerusform>
            <numerusform>Di cui %n pagati.</numerusform>
        </translation>
    </message>
    <message>
        <source>No payments yet.</source>
        <translation>Ancora nessun pagamento.</translation>
    </message>
    <message>
        <source>The payments could not be loaded: %s</source>
        <translation>Non è stato possibile caricare i pagamenti: %s</translation>
    </message>
</context>
<context>
    <name>PaymentsView</name>
    <message>
        <source>From</source>
        <translation>Dal</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Al</translation>
    </message>
    <message>
        <source>to</source>
        <translation>al</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtro per stato</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tutti gli stati</translation>
    </message>
    <message>
        <source>Test or live</source>
        <translation>Test o reale</translation>
    </message>
    <message>
        <source>Live and test</source>
        <translation>Reale e test</translation>
    </message>
    <message>
        <source>Live only</source>
        <translation>Solo reale</translation>
    </message>
    <message>
        <source>Test only</source>
        <translation>Solo test</translation>
    </message>
    <message>
        <source>Search reference, customer, amount</source>
        <translation>Cerca riferimento, cliente, importo</translation>
    </message>
    <message>
        <source>Search payments</source>
        <translation>Cerca nei pagamenti</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aggiorna</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Esporta…</translation>
    </message>
    <message>
        <source>Save the payments as the list shows them (CSV)</source>
        <translation>Salva i pagamenti come li mostra l’elenco (CSV)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Oggi</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 giorni</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 giorni</translation>
    </message>
    <message>
        <source>Paid, live</source>
        <translation>Pagato, reale</translation>
    </message>
    <message>
        <source>Paid, test</source>
        <translation>Pagato, test</translation>
    </message>
    <message>
        <source>Currency of the chart</source>
        <translation>Valuta del grafico</translation>
    </message>
    <message>
        <source>Last 30 days, per day: ■ live, ▨ test</source>
        <translation>Ultimi 30 giorni, al giorno: ■ reale, ▨ test</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Riprova</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Dettagli</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Pagamenti</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Esportazione…</translation>
    </message>
    <message>
        <source>Export payments</source>
        <translation>Esporta i pagamenti</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <source>Choose an instance to see its payments.</source>
        <translation>Scegli un’istanza per vederne i pagamenti.</translation>
    </message>
    <message>
        <source>Loading payments… %d so far</source>
        <translation>Caricamento dei pagamenti… finora %d</translation>
    </message>
    <message>
        <source>%d payments in these days.</source>
        <translation>%d pagamenti in questi giorni.</translation>
    </message>
    <message>
        <source>Loading stopped after %d payments: %s</source>
        <translation>Caricamento interrotto dopo %d pagamenti: %s</translation>
    </message>
    <message>
        <source>No paid payments in the last 30 days.</source>
        <translation>Nessun pagamento pagato negli ultimi 30 giorni.</translation>
    </message>
    <message>
        <source>%s: %s live and %s test in 30 days.</source>
        <translation>%s: %s reali e %s test in 30 giorni.</translation>
    </message>
    <message>
        <source>Best day: %s with %s.</source>
        <translation>Giorno migliore: %s con %s.</translation>
    </message>
    <message>
        <source>%d payments saved to %s.</source>
        <translation>%d pagamenti salvati in %s.</translation>
    </message>
</context>
<context>
    <name>ProfileErrors</name>
    <message>
        <source>The profile id may contain only lowercase letters a–z, digits and single hyphens (at most %d characters).</source>
        <translation>L&apos;ID del profilo può contenere solo lettere minuscole a–z, cifre e trattini singoli (al massimo %d caratteri).</translation>
    </message>
    <message>
        <source>The display name must be text.</source>
        <translation>Il nome visualizzato deve essere un testo.</translation>
    </message>
    <message>
        <source>Enter a display name.</source>
        <translation>Inserisci un nome visualizzato.</translation>
    </message>
    <message>
        <source>The display name is too long (at most %d characters).</source>
        <translation>Il nome visualizzato è troppo lungo (al massimo %d caratteri).</translation>
    </message>
    <message>
        <source>The instance name must be text.</source>
        <translation>Il nome dell&apos;istanza deve essere un testo.</translation>
    </message>
    <message>
        <source>Enter the instance name: for a payment page at example.payrexx.com it is “example”.</source>
        <translation>Inserisci il nome dell&apos;istanza: per una pagina di pagamento su example.payrexx.com è «example».</translation>
    </message>
    <message>
        <source>Enter only the instance name, not an address: for example.payrexx.com it is “example”.</source>
        <translation>Inserisci solo il nome dell&apos;istanza, non un indirizzo: per example.payrexx.com è «example».</translation>
    </message>
    <message>
        <source>The instance name may contain only letters a–z, digits and hyphens.</source>
        <translation>Il nome dell&apos;istanza può contenere solo lettere a–z, cifre e trattini.</translation>
    </message>
    <message>
        <source>The instance name must not start or end with a hyphen.</source>
        <translation>Il nome dell&apos;istanza non può iniziare o finire con un trattino.</translation>
    </message>
    <message>
        <source>The instance name is too long (at most 63 characters).</source>
        <translation>Il nome dell&apos;istanza è troppo lungo (al massimo 63 caratteri).</translation>
    </message>
    <message>
        <source>The base domain must be text.</source>
        <translation>Il dominio di base deve essere un testo.</translation>
    </message>
    <message>
        <source>The reference prefix must not contain control, invisible or direction-changing characters (%s).</source>
        <translation>Il prefisso di riferimento non deve contenere caratteri di controllo, invisibili o che cambiano la direzione di scrittura (%s).</translation>
    </message>
    <message>
        <source>Use the digits 0-9 for the VAT rate, for example 8.1.</source>
        <translation>Usi le cifre 0-9 per l’aliquota IVA, ad esempio 8.1.</translation>
    </message>
    <message>
        <source>Use the digits 0-9 for the confirmation amount, for example 500.</source>
        <translation>Usi le cifre 0-9 per l’importo di conferma, ad esempio 500.</translation>
    </message>
    <message>
        <source>Use the digits 0-9 for the request budget, a whole number from 1 to %d.</source>
        <translation>Usi le cifre 0-9 per il budget di richieste, un numero intero da 1 a %d.</translation>
    </message>
    <message>
        <source>The base URL must be text.</source>
        <translation>L&apos;URL di base deve essere un testo.</translation>
    </message>
    <message>
        <source>The API version must be text.</source>
        <translation>La versione API deve essere un testo.</translation>
    </message>
    <message>
        <source>The display name must not contain control, invisible or direction-changing characters (%s).</source>
        <translation>Il nome visualizzato non deve contenere caratteri di controllo, invisibili o che cambiano la direzione di scrittura (%s).</translation>
    </message>
    <message>
        <source>The authentication scheme must be “signature” or “api-key header”.</source>
        <translation>Il metodo di autenticazione deve essere «signature» o «api-key header».</translation>
    </message>
    <message>
        <source>The currency must be a three-letter code such as CHF or EUR.</source>
        <translation>La valuta deve essere un codice di tre lettere, come CHF o EUR.</translation>
    </message>
    <message>
        <source>The document language must be one of de, fr, it or en.</source>
        <translation>La lingua predefinita deve essere de, fr, it o en.</translation>
    </message>
    <message>
        <source>The reference prefix must be text.</source>
        <translation>Il prefisso del riferimento deve essere un testo.</translation>
    </message>
    <message>
        <source>The reference prefix is too long (at most %d characters).</source>
        <translation>Il prefisso del riferimento è troppo lungo (al massimo %d caratteri).</translation>
    </message>
    <message>
        <source>The VAT rate must be a number from 0 to 100, for example 8.1, or empty for none.</source>
        <translation>L&apos;aliquota IVA deve essere un numero da 0 a 100, ad esempio 8.1, oppure vuota per nessuna.</translation>
    </message>
    <message>
        <source>The confirmation amount must be a number of 0 or more, for example 500, or empty to never ask.</source>
        <translation>L&apos;importo di conferma deve essere un numero pari o superiore a 0, ad esempio 500, oppure vuoto per non chiedere mai.</translation>
    </message>
    <message>
        <source>The request budget must be a whole number from 1 to %d (requests per 5 minutes).</source>
        <translation>Il budget di richieste deve essere un numero intero da 1 a %d (richieste ogni 5 minuti).</translation>
    </message>
    <message>
        <source>Read-only must be on or off (true or false).</source>
        <translation>«Sola lettura» deve essere attivo o disattivo (true o false).</translation>
    </message>
    <message>
        <source>Notifications must be on or off (true or false).</source>
        <translation>I messaggi di pagamento devono essere attivati o disattivati (true o false).</translation>
    </message>
    <message>
        <source>The Demo switch must be on or off (true or false).</source>
        <translation>L&apos;opzione Demo deve essere attiva o disattiva (true o false).</translation>
    </message>
    <message>
        <source>A base URL is only allowed for the built-in Demo instance.</source>
        <translation>Un URL di base è consentito solo per l&apos;istanza Demo integrata.</translation>
    </message>
    <message>
        <source>The Demo instance needs the sandbox&apos;s loopback address, for example http://127.0.0.1:8080.</source>
        <translation>L&apos;istanza Demo richiede l&apos;indirizzo di loopback della sandbox, ad esempio http://127.0.0.1:8080.</translation>
    </message>
    <message>
        <source>The id “%s” is reserved for the built-in Demo instance.</source>
        <translation>L&apos;ID «%s» è riservato all&apos;istanza Demo integrata.</translation>
    </message>
    <message>
        <source>The profile folder %s cannot be read (%s).</source>
        <translation>La cartella dei profili %s non può essere letta (%s).</translation>
    </message>
    <message>
        <source>The file name is not a valid profile id (lowercase letters a–z, digits and hyphens, then .json).</source>
        <translation>Il nome del file non è un ID di profilo valido (lettere minuscole a–z, cifre e trattini, poi .json).</translation>
    </message>
    <message>
        <source>The file cannot be read (%s).</source>
        <translation>Il file non può essere letto (%s).</translation>
    </message>
    <message>
        <source>The file is far too large to be a profile.</source>
        <translation>Il file è decisamente troppo grande per essere un profilo.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text.</source>
        <translation>Il file non è testo UTF-8.</translation>
    </message>
    <message>
        <source>The file is not valid JSON (line %d, column %d: %s).</source>
        <translation>Il file non è JSON valido (riga %d, colonna %d: %s).</translation>
    </message>
    <message>
        <source>The file holds a number too long or nesting too deep to be a profile.</source>
        <translation>Il file contiene un numero troppo lungo o un annidamento troppo profondo per essere un profilo.</translation>
    </message>
    <message>
        <source>The file does not hold a profile (a JSON object was expected).</source>
        <translation>Il file non contiene un profilo (era atteso un oggetto JSON).</translation>
    </message>
    <message>
        <source>The file has no valid “%s” version number.</source>
        <translation>Il file non ha un numero di versione «%s» valido.</translation>
    </message>
    <message>
        <source>It was written by a newer version of Paydesk and has values this version does not understand: %s The file was left unchanged.</source>
        <translation>È stato scritto da una versione più recente di Paydesk e contiene valori che questa versione non comprende: %s Il file non è stato modificato.</translation>
    </message>
    <message>
        <source>It could not be moved aside (%s) and was left in place.</source>
        <translation>Non è stato possibile metterlo da parte (%s) ed è rimasto al suo posto.</translation>
    </message>
    <message>
        <source>The file was moved aside to %s.</source>
        <translation>Il file è stato messo da parte come %s.</translation>
    </message>
</context>
<context>
    <name>SecretStorage</name>
    <message>
        <source>the system keychain</source>
        <translation>il portachiavi di sistema</translation>
    </message>
    <message>
        <source>the secrets file</source>
        <translation>il file delle chiavi segrete</translation>
    </message>
    <message>
        <source>memory until Paydesk closes</source>
        <translation>la memoria fino alla chiusura di Paydesk</translation>
    </message>
</context>
<context>
    <name>Spreadsheet</name>
    <message>
        <source>Could not write %s: %s</source>
        <translation>Impossibile scrivere %s: %s</translation>
    </message>
</context>
<context>
    <name>StartupRepairs</name>
    <message>
        <source>The local database was damaged and has been moved aside to %s; the %d entries that could still be read were kept.</source>
        <translation>Il database locale era danneggiato ed è stato messo da parte come %s; le %d voci ancora leggibili sono state conservate.</translation>
    </message>
    <message>
        <source>The local database was damaged and has been moved aside to %s; nothing in it could be read, so Paydesk starts with an empty one.</source>
        <translation>Il database locale era danneggiato ed è stato messo da parte come %s; non era leggibile nulla, quindi Paydesk parte con uno vuoto.</translation>
    </message>
    <message>
        <source>The preferences file was damaged and has been moved aside to %s; Paydesk starts with the default preferences.</source>
        <translation>Il file delle preferenze era danneggiato ed è stato messo da parte come %s; Paydesk parte con le preferenze predefinite.</translation>
    </message>
    <message>
        <source>The instance file %s could not be used and has been moved aside to %s; Manage instances says why.</source>
        <translation>Il file d’istanza %s non era utilizzabile ed è stato messo da parte come %s; «Gestisci istanze» spiega perché.</translation>
    </message>
</context>
<context>
    <name>SubscriptionDetail</name>
    <message>
        <source>Mr</source>
        <translation>Sig.</translation>
    </message>
    <message>
        <source>Ms</source>
        <translation>Sig.ra</translation>
    </message>
    <message>
        <source>Mrs</source>
        <translation>Sig.ra</translation>
    </message>
    <message>
        <source>Select a subscription to see its details.</source>
        <translation>Seleziona un abbonamento per vederne i dettagli.</translation>
    </message>
    <message>
        <source>Test/live</source>
        <translation>Test/reale</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Sconto</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Rimborsato</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>IVA</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Intervallo</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <source>Next payment</source>
        <translation>Prossimo pagamento</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fine</translation>
    </message>
    <message>
        <source>First cancel date</source>
        <translation>Prima data di disdetta</translation>
    </message>
    <message>
        <source>Cancelled on</source>
        <translation>Disdetto il</translation>
    </message>
    <message>
        <source>Minimum term</source>
        <translation>Durata minima</translation>
    </message>
    <message>
        <source>none (cancelled)</source>
        <translation>nessuno (disdetto)</translation>
    </message>
    <message>
        <source>Notice period</source>
        <translation>Termine di disdetta</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Riferimento</translation>
    </message>
    <message>
        <source>Invoice no.</source>
        <translation>N. fattura</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Azienda</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Paylink</source>
        <translation>Paylink</translation>
    </message>
    <message>
        <source>Copy self-service link</source>
        <translation>Copia link self-service</translation>
    </message>
    <message>
        <source>Create a login link for this customer to manage their subscription, and copy it</source>
        <translation>Crea un link di accesso con cui questo cliente gestisce il proprio abbonamento, e copialo</translation>
    </message>
    <message>
        <source>Copy payment link</source>
        <translation>Copia link di pagamento</translation>
    </message>
    <message>
        <source>Copy the link of the paylink behind it</source>
        <translation>Copia il link del paylink sottostante</translation>
    </message>
    <message>
        <source>Cancel subscription…</source>
        <translation>Disdici abbonamento…</translation>
    </message>
    <message>
        <source>Stop this subscription on the platform (asks for confirmation) — Del</source>
        <translation>Interrompi questo abbonamento sulla piattaforma (chiede conferma) — Canc</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Dettagli…</translation>
    </message>
    <message>
        <source>Id %s</source>
        <translation>ID %s</translation>
    </message>
    <message>
        <source>contact %s</source>
        <translation>contatto %s</translation>
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
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Intervallo</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <source>Next payment</source>
        <translation>Prossimo pagamento</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fine</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Riferimento</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Test/live</source>
        <translation>Test/reale</translation>
    </message>
    <message>
        <source>When the next payment is due (the platform&apos;s nextPayDate, else valid_until)</source>
        <translation>Quando è dovuto il prossimo pagamento (nextPayDate della piattaforma, altrimenti valid_until)</translation>
    </message>
    <message>
        <source>Test: made on the instance&apos;s test mode, no real money</source>
        <translation>Test: nella modalità di test dell&apos;istanza, senza denaro reale</translation>
    </message>
    <message>
        <source>Set once a subscription is cancelled</source>
        <translation>Impostata quando un abbonamento viene disdetto</translation>
    </message>
    <message>
        <source>none</source>
        <translation>vuoto</translation>
    </message>
</context>
<context>
    <name>SubscriptionsController</name>
    <message>
        <source>Loading subscriptions (page %d)</source>
        <translation>Caricamento degli abbonamenti (pagina %d)</translation>
    </message>
    <message>
        <source>Reading the saved subscription list</source>
        <translation>Lettura dell&apos;elenco degli abbonamenti salvato</translation>
    </message>
    <message>
        <source>Saving the subscription list</source>
        <translation>Salvataggio dell&apos;elenco degli abbonamenti</translation>
    </message>
    <message>
        <source>This subscription has no customer contact, so there is no login link.</source>
        <translation>Questo abbonamento non ha un contatto cliente, quindi non c&apos;è un link di accesso.</translation>
    </message>
    <message>
        <source>Creating the customer&apos;s login link</source>
        <translation>Creazione del link di accesso del cliente</translation>
    </message>
    <message>
        <source>The platform made no login link for this customer: try again.</source>
        <translation>La piattaforma non ha creato un link di accesso per questo cliente: riprova.</translation>
    </message>
    <message>
        <source>Cancelling subscription %d</source>
        <translation>Disdetta dell&apos;abbonamento %d</translation>
    </message>
    <message>
        <source>no. %d</source>
        <translation>n. %d</translation>
    </message>
    <message>
        <source>Subscription of %s: cancel sent; checking its status…</source>
        <translation>Abbonamento di %s: disdetta inviata; verifica dello stato…</translation>
    </message>
    <message>
        <source>Subscription of %s cancelled.</source>
        <translation>Abbonamento di %s disdetto.</translation>
    </message>
    <message>
        <source>The cancellation of subscription %d was sent but no answer came back, so it is not known whether it took effect. Its status is being checked: look at the row before trying again.</source>
        <translation>La disdetta dell&apos;abbonamento %d è stata inviata ma non è arrivata alcuna risposta, quindi non si sa se abbia avuto effetto. Lo stato è in verifica: controlla la riga prima di riprovare.</translation>
    </message>
    <message>
        <source>Subscription %d is now shown as the platform reports it.</source>
        <translation>L&apos;abbonamento %d è ora mostrato come lo riporta la piattaforma.</translation>
    </message>
    <message>
        <source>Checking subscription %d</source>
        <translation>Verifica dell&apos;abbonamento %d</translation>
    </message>
    <message>
        <source>Exporting subscriptions</source>
        <translation>Esportazione degli abbonamenti</translation>
    </message>
    <message>
        <source>Could not write %s</source>
        <translation>Impossibile scrivere %s</translation>
    </message>
    <message>
        <source>The platform has not answered yet in this session: refresh the list first.</source>
        <translation>La piattaforma non ha ancora risposto in questa sessione: aggiorna prima l&apos;elenco.</translation>
    </message>
</context>
<context>
    <name>SubscriptionsView</name>
    <message>
        <source>Customer, e-mail, reference or id (%s)</source>
        <translation>Cliente, e-mail, riferimento o ID (%s)</translation>
    </message>
    <message>
        <source>Search subscriptions</source>
        <translation>Cerca abbonamenti</translation>
    </message>
    <message>
        <source>Show only subscriptions whose status Paydesk does not know (shown as the platform sent it)</source>
        <translation>Mostra solo gli abbonamenti il cui stato Paydesk non conosce (mostrato come lo invia la piattaforma)</translation>
    </message>
    <message>
        <source>Show only “%s” subscriptions (choose several to combine)</source>
        <translation>Mostra solo gli abbonamenti «%s» (se ne possono combinare diversi)</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Da verificare</translation>
    </message>
    <message>
        <source>In notice, overdue (active with the next payment in the past), or a status Paydesk does not know</source>
        <translation>In disdetta, scaduto (attivo, prossimo pagamento nel passato) o uno stato che Paydesk non conosce</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aggiorna</translation>
    </message>
    <message>
        <source>Load the list again from the platform (F5)</source>
        <translation>Ricarica l&apos;elenco dalla piattaforma (F5)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Interrompi</translation>
    </message>
    <message>
        <source>Stop loading; what has arrived stays</source>
        <translation>Interrompi il caricamento; ciò che è già arrivato resta</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Esporta CSV…</translation>
    </message>
    <message>
        <source>Save the list as shown (search, chips, sort and columns) as a CSV file</source>
        <translation>Salva l&apos;elenco come mostrato (ricerca, filtri, ordinamento e colonne) in un file CSV</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Choose the columns to show</source>
        <translation>Scegli le colonne da mostrare</translation>
    </message>
    <message>
        <source>Choose columns</source>
        <translation>Scegli colonne</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Riprova</translation>
    </message>
    <message>
        <source>Continue loading from the first missing page</source>
        <translation>Continua il caricamento dalla prima pagina mancante</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Dettagli…</translation>
    </message>
    <message>
        <source>Show what the platform answered</source>
        <translation>Mostra la risposta della piattaforma</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Abbonamenti</translation>
    </message>
    <message>
        <source>Refresh subscriptions</source>
        <translation>Aggiorna abbonamenti</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Esportazione…</translation>
    </message>
    <message>
        <source>Export subscriptions</source>
        <translation>Esporta abbonamenti</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <source>Creating the customer&apos;s login link…</source>
        <translation>Creazione del link di accesso del cliente…</translation>
    </message>
    <message>
        <source>Payment link</source>
        <translation>Link di pagamento</translation>
    </message>
    <message>
        <source>Payment link copied.</source>
        <translation>Link di pagamento copiato.</translation>
    </message>
    <message>
        <source>Cancelling subscription %d…</source>
        <translation>Disdetta dell&apos;abbonamento %d…</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continua</translation>
    </message>
    <message>
        <source>Choose an instance to see its subscriptions.</source>
        <translation>Scegli un&apos;istanza per vederne gli abbonamenti.</translation>
    </message>
    <message>
        <source>%d of ~%d</source>
        <translation>%d di ~%d</translation>
    </message>
    <message>
        <source>Refreshing… %s (the rest as of %s)</source>
        <translation>Aggiornamento… %s (il resto aggiornato al %s)</translation>
    </message>
    <message>
        <source>Loading… %s</source>
        <translation>Caricamento… %s</translation>
    </message>
    <message>
        <source>%d subscriptions, as of %s</source>
        <translation>%d abbonamenti, aggiornati al %s</translation>
    </message>
    <message>
        <source>Subscriptions from no. %d on are missing.</source>
        <translation>Mancano gli abbonamenti dal n. %d in poi.</translation>
    </message>
    <message>
        <source>Stopped after %s. %s</source>
        <translation>Interrotto dopo %s. %s</translation>
    </message>
    <message>
        <source>Page %d failed: %s %s</source>
        <translation>Pagina %d non riuscita: %s %s</translation>
    </message>
    <message>
        <source>Offline: showing the saved list as of %s, read-only.</source>
        <translation>Offline: elenco salvato aggiornato al %s, in sola lettura.</translation>
    </message>
    <message>
        <source>%s (%d)</source>
        <translation>%s (%d)</translation>
    </message>
    <message>
        <source>%s: %d subscriptions</source>
        <translation>%s: %d abbonamenti</translation>
    </message>
    <message>
        <source>Not available until the platform answers: refresh the list.</source>
        <translation>Non disponibile finché la piattaforma non risponde: aggiorna l&apos;elenco.</translation>
    </message>
    <message>
        <source>Self-service link</source>
        <translation>Link self-service</translation>
    </message>
    <message>
        <source>subscription %d</source>
        <translation>abbonamento %d</translation>
    </message>
    <message>
        <source>Self-service link for %s copied; it works until %s.</source>
        <translation>Link self-service per %s copiato; è valido fino al %s.</translation>
    </message>
    <message>
        <source>Self-service link for %s copied.</source>
        <translation>Link self-service per %s copiato.</translation>
    </message>
    <message>
        <source>%d subscriptions exported to %s.</source>
        <translation>%d abbonamenti esportati in %s.</translation>
    </message>
    <message>
        <source>Loading subscriptions</source>
        <translation>Caricamento degli abbonamenti</translation>
    </message>
</context>
<context>
    <name>UnknownCreate</name>
    <message>
        <source>That is the payment link; Paydesk needs the number (id) the dashboard shows for it.</source>
        <translation>Questo è il link di pagamento; Paydesk ha bisogno del numero (id) che la dashboard mostra.</translation>
    </message>
    <message>
        <source>Enter the number (id) the dashboard shows for it.</source>
        <translation>Inserisci il numero (id) che la dashboard mostra.</translation>
    </message>
    <message>
        <source>Checking number %s</source>
        <translation>Verifica del numero %s</translation>
    </message>
    <message>
        <source>No payment with reference %s so far. That does not mean it was not created: a paylink shows up in the payments only once someone has paid it.</source>
        <translation>Nessun pagamento con riferimento %s finora. Non significa che non sia stato creato: un paylink compare nei pagamenti solo dopo che qualcuno lo ha pagato.</translation>
    </message>
    <message>
        <source>Looking for payments with reference %s</source>
        <translation>Ricerca dei pagamenti con riferimento %s</translation>
    </message>
    <message>
        <source>“%s” was created: it is settled.</source>
        <translation>«%s» è stato creato: è chiarito.</translation>
    </message>
    <message>
        <source>There is no object with that number on this instance.</source>
        <translation>Su questa istanza non esiste nulla con questo numero.</translation>
    </message>
    <message>
        <source>Number %s is for %s with reference “%s”, so it is not this one: check the id.</source>
        <translation>Il numero %s è per %s con riferimento «%s», quindi non è questo: verifica l&apos;id.</translation>
    </message>
</context>
<context>
    <name>UnknownCreateDialog</name>
    <message>
        <source>Was it created?</source>
        <translation>È stato creato?</translation>
    </message>
    <message>
        <source>Paylink</source>
        <translation>Paylink</translation>
    </message>
    <message>
        <source>Payment page</source>
        <translation>Pagina di pagamento</translation>
    </message>
    <message>
        <source>%s “%s” for %s (reference %s) was sent to the platform on %s, but no clear answer came back. Paydesk cannot tell whether it was created, so it will not create it again until you say what happened.</source>
        <translation>%s «%s» di %s (riferimento %s) è stato inviato alla piattaforma il %s, ma non è tornata una risposta chiara. Paydesk non può sapere se è stato creato, quindi non lo creerà di nuovo finché non indichi cos&apos;è successo.</translation>
    </message>
    <message>
        <source>Look for it</source>
        <translation>Cercalo</translation>
    </message>
    <message>
        <source>Search the payments for reference %s, or look for it in the dashboard (%s).</source>
        <translation>Cerca il riferimento %s nei pagamenti, oppure guarda nella dashboard (%s).</translation>
    </message>
    <message>
        <source>Search the payments</source>
        <translation>Cerca nei pagamenti</translation>
    </message>
    <message>
        <source>Open the dashboard</source>
        <translation>Apri la dashboard</translation>
    </message>
    <message>
        <source>It was created</source>
        <translation>È stato creato</translation>
    </message>
    <message>
        <source>Its number (id) from the dashboard, e.g. 123</source>
        <translation>Il suo numero (id) dalla dashboard, ad es. 123</translation>
    </message>
    <message>
        <source>Number (id)</source>
        <translation>Numero (id)</translation>
    </message>
    <message>
        <source>It was created: check this id</source>
        <translation>È stato creato: verifica questo id</translation>
    </message>
    <message>
        <source>It was not created: create it now</source>
        <translation>Non è stato creato: crealo ora</translation>
    </message>
    <message>
        <source>Leave it open</source>
        <translation>Lascia aperto</translation>
    </message>
    <message>
        <source>Looking for payments…</source>
        <translation>Ricerca dei pagamenti…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Verifica…</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Reading the API secret of “%s”</source>
        <translation>Lettura della chiave segreta API di «%s»</translation>
    </message>
    <message>
        <source>No API secret is stored for “%s”: enter it in Manage instances.</source>
        <translation>Nessuna chiave segreta API salvata per «%s»: inseriscila in «Gestisci istanze».</translation>
    </message>
</context>
<context>
    <name>app.settings.secrets</name>
    <message>
        <source>The API secrets will be stored unencrypted in a file that only your user account can read. Anyone who can act as you on this computer, or read your backups, can read them too.</source>
        <translation>Le chiavi segrete API verranno salvate senza cifratura in un file che solo il tuo account utente può leggere. Chiunque possa agire come te su questo computer, o leggere i tuoi backup, può leggerle a sua volta.</translation>
    </message>
    <message>
        <source>The secrets file %s cannot be read (%s).</source>
        <translation>Il file delle chiavi segrete %s non può essere letto (%s).</translation>
    </message>
    <message>
        <source>The secrets file %s is damaged: repair or remove it, then enter the API secrets again.</source>
        <translation>Il file delle chiavi segrete %s è danneggiato: riparalo o rimuovilo, poi inserisci di nuovo le chiavi segrete API.</translation>
    </message>
    <message>
        <source>Secrets are kept in the system keychain (%s).</source>
        <translation>Le chiavi segrete sono conservate nel portachiavi di sistema (%s).</translation>
    </message>
    <message>
        <source>Secrets are stored in a file readable only by you: %s</source>
        <translation>Le chiavi segrete sono salvate in un file leggibile solo da te: %s</translation>
    </message>
    <message>
        <source>No system keychain was found: secrets are kept only until Paydesk closes.</source>
        <translation>Non è stato trovato alcun portachiavi di sistema: le chiavi segrete sono conservate solo fino alla chiusura di Paydesk.</translation>
    </message>
    <message>
        <source>The API secret must not be empty.</source>
        <translation>La chiave segreta API non può essere vuota.</translation>
    </message>
    <message>
        <source>A system keychain is available; secrets stay in it.</source>
        <translation>È disponibile un portachiavi di sistema; le chiavi segrete restano lì.</translation>
    </message>
    <message>
        <source>The secrets file %s could not be written (%s).</source>
        <translation>Non è stato possibile scrivere il file delle chiavi segrete %s (%s).</translation>
    </message>
    <message>
        <source>The system keychain is locked: unlock it and try again.</source>
        <translation>Il portachiavi di sistema è bloccato: sbloccalo e riprova.</translation>
    </message>
    <message>
        <source>Could not read the API secret of “%s” (%s): %s</source>
        <translation>Impossibile leggere la chiave segreta API di «%s» (%s): %s</translation>
    </message>
    <message>
        <source>Could not store the API secret of “%s” (%s): %s</source>
        <translation>Impossibile salvare la chiave segreta API di «%s» (%s): %s</translation>
    </message>
    <message>
        <source>Could not remove the API secret of “%s” (%s): %s</source>
        <translation>Impossibile rimuovere la chiave segreta API di «%s» (%s): %s</translation>
    </message>
    <message>
        <source>Could not read the API secret of “%s” (file %s): %s</source>
        <translation>Impossibile leggere la chiave segreta API di «%s» (file %s): %s</translation>
    </message>
    <message>
        <source>Could not store the API secret of “%s” (file %s): %s</source>
        <translation>Impossibile salvare la chiave segreta API di «%s» (file %s): %s</translation>
    </message>
    <message>
        <source>Could not remove the API secret of “%s” (file %s): %s</source>
        <translation>Impossibile rimuovere la chiave segreta API di «%s» (file %s): %s</translation>
    </message>
    <message>
        <source>Could not read the API secret of “%s” (session memory): %s</source>
        <translation>Impossibile leggere la chiave segreta API di «%s» (memoria di sessione): %s</translation>
    </message>
    <message>
        <source>Could not store the API secret of “%s” (session memory): %s</source>
        <translation>Impossibile salvare la chiave segreta API di «%s» (memoria di sessione): %s</translation>
    </message>
    <message>
        <source>Could not remove the API secret of “%s” (session memory): %s</source>
        <translation>Impossibile rimuovere la chiave segreta API di «%s» (memoria di sessione): %s</translation>
    </message>
</context>
<context>
    <name>clipboard</name>
    <message>
        <source>%s copied</source>
        <translation>Copiato: %s</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>(no further detail)</source>
        <translation>(nessun altro dettaglio)</translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <source>System language</source>
        <translation>Lingua di sistema</translation>
    </message>
</context>
<context>
    <name>subscriptions</name>
    <message>
        <source>Active</source>
        <translation>Attivo</translation>
    </message>
    <message>
        <source>In notice</source>
        <translation>In disdetta</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Scaduto</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Disdetto</translation>
    </message>
    <message>
        <source>Active: renews and is charged as planned.</source>
        <translation>Attivo: si rinnova e viene addebitato come previsto.</translation>
    </message>
    <message>
        <source>In notice: runs until the end of the period, then will not renew.</source>
        <translation>In disdetta: dura fino alla fine del periodo, poi non si rinnova.</translation>
    </message>
    <message>
        <source>Cancelled: no further payments.</source>
        <translation>Disdetto: nessun altro pagamento.</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Terminato</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Altri</translation>
    </message>
    <message>
        <source>Overdue: active, but its next payment was due on a past day; contact the customer.</source>
        <translation>Scaduto: attivo, ma il prossimo pagamento era dovuto in un giorno passato; contattare il cliente.</translation>
    </message>
    <message>
        <source>Terminated: ended; no further payments.</source>
        <translation>Terminato: concluso; nessun altro pagamento.</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Reale</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>giornaliero</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>settimanale</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>mensile</translation>
    </message>
    <message>
        <source>quarterly</source>
        <translation>trimestrale</translation>
    </message>
    <message>
        <source>half-yearly</source>
        <translation>semestrale</translation>
    </message>
    <message>
        <source>yearly</source>
        <translation>annuale</translation>
    </message>
    <message>
        <source>year</source>
        <translation>anno</translation>
    </message>
    <message>
        <source>years</source>
        <translation>anni</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mese</translation>
    </message>
    <message>
        <source>months</source>
        <translation>mesi</translation>
    </message>
    <message>
        <source>week</source>
        <translation>settimana</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>settimane</translation>
    </message>
    <message>
        <source>day</source>
        <translation>giorno</translation>
    </message>
    <message>
        <source>days</source>
        <translation>giorni</translation>
    </message>
    <message>
        <source>(no status)</source>
        <translation>(nessuno stato)</translation>
    </message>
    <message>
        <source>Status “%s” is not one Paydesk knows; it is shown as the platform sent it.</source>
        <translation>Paydesk non conosce lo stato «%s»; viene mostrato come l&apos;ha inviato la piattaforma.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nessuno)</translation>
    </message>
    <message>
        <source>every %s</source>
        <translation>ogni %s</translation>
    </message>
</context>
</TS>
