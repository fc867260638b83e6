<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CH" sourcelanguage="en">
<context>
    <name>ApiErrors</name>
    <message>
        <source>The platform answered without the paylink: try again.</source>
        <translation>La plateforme a répondu sans le paylink&#xa0;: réessayez.</translation>
    </message>
    <message>
        <source>The platform answered without the payment page: try again.</source>
        <translation>La plateforme a répondu sans la page de paiement&#xa0;: réessayez.</translation>
    </message>
    <message>
        <source>The platform answered without the subscription: try again.</source>
        <translation>La plateforme a répondu sans l&apos;abonnement&#xa0;: réessayez.</translation>
    </message>
    <message>
        <source>The platform answered without the payment: try again.</source>
        <translation>La plateforme a répondu sans le paiement&#xa0;: réessayez.</translation>
    </message>
    <message>
        <source>The platform answered without the login link: try again.</source>
        <translation>La plateforme a répondu sans le lien de connexion&#xa0;: réessayez.</translation>
    </message>
    <message>
        <source>The platform answered without the expected data: try again.</source>
        <translation>La plateforme a répondu sans les données attendues&#xa0;: réessayez.</translation>
    </message>
    <message>
        <source>the name could not be resolved</source>
        <translation>le nom n&apos;a pas pu être résolu</translation>
    </message>
    <message>
        <source>the secure connection (TLS) failed</source>
        <translation>la connexion sécurisée (TLS) a échoué</translation>
    </message>
    <message>
        <source>the connection timed out</source>
        <translation>le délai de connexion a expiré</translation>
    </message>
    <message>
        <source>the connection was refused</source>
        <translation>la connexion a été refusée</translation>
    </message>
    <message>
        <source>the connection failed</source>
        <translation>la connexion a échoué</translation>
    </message>
    <message>
        <source>the connection was lost</source>
        <translation>la connexion a été interrompue</translation>
    </message>
    <message>
        <source>Cannot reach %s: the name could not be resolved. Check the internet connection and the base domain.</source>
        <translation>Impossible de joindre %s&#xa0;: le nom n&apos;a pas pu être résolu. Vérifiez la connexion Internet et le domaine de base.</translation>
    </message>
    <message>
        <source>Cannot reach %s: the secure connection (TLS) failed. Check the internet connection and the base domain.</source>
        <translation>Impossible de joindre %s&#xa0;: la connexion sécurisée (TLS) a échoué. Vérifiez la connexion Internet et le domaine de base.</translation>
    </message>
    <message>
        <source>Cannot reach %s: the connection timed out. Check the internet connection and the base domain.</source>
        <translation>Impossible de joindre %s&#xa0;: le délai de connexion a expiré. Vérifiez la connexion Internet et le domaine de base.</translation>
    </message>
    <message>
        <source>Cannot reach %s: the connection was refused. Check the internet connection and the base domain.</source>
        <translation>Impossible de joindre %s&#xa0;: la connexion a été refusée. Vérifiez la connexion Internet et le domaine de base.</translation>
    </message>
    <message>
        <source>Cannot reach %s: the connection failed. Check the internet connection and the base domain.</source>
        <translation>Impossible de joindre %s&#xa0;: la connexion a échoué. Vérifiez la connexion Internet et le domaine de base.</translation>
    </message>
    <message>
        <source>Paylink %s does not exist on this instance (it may have been deleted).</source>
        <translation>Le paylink %s n&apos;existe pas sur cette instance (il a peut-être été supprimé).</translation>
    </message>
    <message>
        <source>Payment page %s does not exist on this instance (it may have been deleted).</source>
        <translation>La page de paiement %s n&apos;existe pas sur cette instance (elle a peut-être été supprimée).</translation>
    </message>
    <message>
        <source>Subscription %s does not exist on this instance (it may have been deleted).</source>
        <translation>L&apos;abonnement %s n&apos;existe pas sur cette instance (il a peut-être été supprimé).</translation>
    </message>
    <message>
        <source>Payment %s does not exist on this instance (it may have been deleted).</source>
        <translation>Le paiement %s n&apos;existe pas sur cette instance (il a peut-être été supprimé).</translation>
    </message>
    <message>
        <source>The request was sent to %s but its answer could not be read, so it is not known whether it took effect: check before trying again.</source>
        <translation>La requête a été envoyée à %s, mais sa réponse est illisible&#xa0;; on ne sait donc pas si elle a pris effet&#xa0;: vérifiez avant de réessayer.</translation>
    </message>
    <message>
        <source>The instance name is empty.</source>
        <translation>Le nom d&apos;instance est vide.</translation>
    </message>
    <message>
        <source>The request was sent to %s but no answer came back, so it is not known whether it took effect: check before trying again.</source>
        <translation>La requête a été envoyée à %s mais aucune réponse n&apos;est revenue&#xa0;; on ne sait donc pas si elle a pris effet. Vérifiez avant de réessayer.</translation>
    </message>
    <message>
        <source>%s did not answer within %s seconds: try again in a moment.</source>
        <translation>%s n&apos;a pas répondu dans les %s secondes&#xa0;: réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The connection to %s was lost before the answer arrived: try again.</source>
        <translation>La connexion à %s a été interrompue avant l&apos;arrivée de la réponse&#xa0;: réessayez.</translation>
    </message>
    <message>
        <source>The request was sent to %s but it answered with an error (HTTP %s), so it is not known whether it took effect: check before trying again.</source>
        <translation>La requête a été envoyée à %s, mais la réponse était une erreur (HTTP %s)&#xa0;; on ne sait donc pas si elle a pris effet&#xa0;: vérifiez avant de réessayer.</translation>
    </message>
    <message>
        <source>The request was sent to %s but a web page came back instead of API data, so it is not known whether it took effect: check before trying again.</source>
        <translation>La requête a été envoyée à %s, mais une page web est revenue au lieu de données de l&apos;API&#xa0;; on ne sait donc pas si elle a pris effet&#xa0;: vérifiez avant de réessayer.</translation>
    </message>
    <message>
        <source>The request was sent to %s but its answer arrived incomplete, so it is not known whether it took effect: check before trying again.</source>
        <translation>La requête a été envoyée à %s mais sa réponse est arrivée incomplète&#xa0;; on ne sait donc pas si elle a pris effet. Vérifiez avant de réessayer.</translation>
    </message>
    <message>
        <source>%s sent data in an unexpected shape: try again, or report it.</source>
        <translation>%s a envoyé des données sous une forme inattendue&#xa0;: réessayez ou signalez le problème.</translation>
    </message>
    <message>
        <source>%s answered with a web page instead of API data (a proxy or firewall may be in the way): try again later, or check the base domain.</source>
        <translation>%s a répondu par une page web au lieu de données d&apos;API (un proxy ou un pare-feu fait peut-être obstacle)&#xa0;: réessayez plus tard ou vérifiez le domaine de base.</translation>
    </message>
    <message>
        <source>%s sent an incomplete or unreadable answer: try again.</source>
        <translation>%s a envoyé une réponse incomplète ou illisible&#xa0;: réessayez.</translation>
    </message>
    <message>
        <source>The API secret is not correct for this instance: check the secret and the authentication scheme in the instance settings.</source>
        <translation>La clé secrète API n&apos;est pas correcte pour cette instance&#xa0;: vérifiez la clé secrète et le mode d&apos;authentification dans les réglages de l&apos;instance.</translation>
    </message>
    <message>
        <source>The platform does not serve API version %s: choose another version in the instance settings.</source>
        <translation>La plateforme ne propose pas la version d&apos;API %s&#xa0;: choisissez une autre version dans les réglages de l&apos;instance.</translation>
    </message>
    <message>
        <source>No instance “%s” exists on this platform: check the instance name and the base domain.</source>
        <translation>Aucune instance «&#xa0;%s&#xa0;» n&apos;existe sur cette plateforme&#xa0;: vérifiez le nom d&apos;instance et le domaine de base.</translation>
    </message>
    <message>
        <source>%s %s does not exist on this instance (it may have been deleted).</source>
        <translation>%s %s n&apos;existe pas sur cette instance (l&apos;objet a peut-être été supprimé).</translation>
    </message>
    <message>
        <source>The platform does not know the %s call: check the API version.</source>
        <translation>La plateforme ne connaît pas l&apos;appel %s&#xa0;: vérifiez la version d&apos;API.</translation>
    </message>
    <message>
        <source>The instance name is missing: set it in the instance settings.</source>
        <translation>Le nom d&apos;instance manque&#xa0;: indiquez-le dans les réglages de l&apos;instance.</translation>
    </message>
    <message>
        <source>The platform refused the value of “%s”: correct it and try again.</source>
        <translation>La plateforme a refusé la valeur de «&#xa0;%s&#xa0;»&#xa0;: corrigez-la et réessayez.</translation>
    </message>
    <message>
        <source>The platform refused the request: %s.</source>
        <translation>La plateforme a refusé la requête&#xa0;: %s.</translation>
    </message>
    <message>
        <source>The platform refused the request (HTTP %s): check the entered values.</source>
        <translation>La plateforme a refusé la requête (HTTP %s)&#xa0;: vérifiez les valeurs saisies.</translation>
    </message>
    <message>
        <source>The platform is limiting requests from this account: wait a few minutes, then try again.</source>
        <translation>La plateforme limite les requêtes de ce compte&#xa0;: patientez quelques minutes, puis réessayez.</translation>
    </message>
    <message>
        <source>The payment platform had an internal error (HTTP %s): try again in a few minutes.</source>
        <translation>La plateforme de paiement a rencontré une erreur interne (HTTP %s)&#xa0;: réessayez dans quelques minutes.</translation>
    </message>
    <message>
        <source>Choose an API version from %s to %s.</source>
        <translation>Choisissez une version d&apos;API de %s à %s.</translation>
    </message>
    <message>
        <source>Enter the base domain, for example payrexx.com.</source>
        <translation>Saisissez le domaine de base, par exemple payrexx.com.</translation>
    </message>
    <message>
        <source>Enter the base domain without “https://”, for example payrexx.com.</source>
        <translation>Saisissez le domaine de base sans «&#xa0;https://&#xa0;», par exemple payrexx.com.</translation>
    </message>
    <message>
        <source>Enter the base domain without a path, for example payrexx.com.</source>
        <translation>Saisissez le domaine de base sans chemin, par exemple payrexx.com.</translation>
    </message>
    <message>
        <source>Enter the base domain without a port, for example payrexx.com.</source>
        <translation>Saisissez le domaine de base sans port, par exemple payrexx.com.</translation>
    </message>
    <message>
        <source>The base domain may contain only letters a–z, digits, hyphens and dots.</source>
        <translation>Le domaine de base ne peut contenir que des lettres a–z, des chiffres, des traits d&apos;union et des points.</translation>
    </message>
    <message>
        <source>The base domain needs a dot, for example payrexx.com.</source>
        <translation>Le domaine de base doit contenir un point, par exemple payrexx.com.</translation>
    </message>
    <message>
        <source>Leave out “api.”: the API host is always api. + the base domain (for api.payrexx.com enter payrexx.com).</source>
        <translation>Omettez «&#xa0;api.&#xa0;»&#xa0;: l&apos;hôte de l&apos;API est toujours api. + le domaine de base (pour api.payrexx.com, saisissez payrexx.com).</translation>
    </message>
    <message>
        <source>The base domain is not a valid host name, for example payrexx.com.</source>
        <translation>Le domaine de base n&apos;est pas un nom d&apos;hôte valide (un nom valide est par exemple payrexx.com).</translation>
    </message>
    <message>
        <source>Enter a host name, not an IP address, for example payrexx.com.</source>
        <translation>Saisissez un nom d&apos;hôte, pas une adresse IP, par exemple payrexx.com.</translation>
    </message>
    <message>
        <source>The base URL must be a loopback address with a port, for example http://127.0.0.1:8080.</source>
        <translation>L&apos;URL de base doit être une adresse de bouclage avec un port, par exemple http://127.0.0.1:8080.</translation>
    </message>
</context>
<context>
    <name>Attention</name>
    <message>
        <source>Copy link</source>
        <translation>Copier le lien</translation>
    </message>
    <message>
        <source>Open in History</source>
        <translation>Ouvrir dans l’historique</translation>
    </message>
    <message>
        <source>Settle…</source>
        <translation>Régler…</translation>
    </message>
    <message>
        <source>Open in Subscriptions</source>
        <translation>Voir l’abonnement</translation>
    </message>
    <message>
        <source>May have been created: say what happened</source>
        <translation>Peut-être créé : dites ce qui s’est passé</translation>
    </message>
    <message>
        <source>Expired unpaid on %s</source>
        <translation>Expiré impayé le %s</translation>
    </message>
    <message>
        <source>Unpaid, expires today</source>
        <translation>Impayé, expire aujourd’hui</translation>
    </message>
    <message>
        <source>Unpaid, expires on %s</source>
        <translation>Impayé, expire le %s</translation>
    </message>
    <message>
        <source>Unpaid for %d days</source>
        <translation>Impayé depuis %d jours</translation>
    </message>
    <message>
        <source>Subscription overdue since %s</source>
        <translation>Abonnement en retard depuis le %s</translation>
    </message>
    <message>
        <source>Subscription in notice, ends on %s</source>
        <translation>Abonnement en préavis, se termine le %s</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Title or customer</source>
        <translation>Titre ou client</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Que faire</translation>
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
        <translation> jours</translation>
    </message>
    <message>
        <source>Unpaid after</source>
        <translation>Impayé après</translation>
    </message>
    <message>
        <source>Show links unpaid after</source>
        <translation>Afficher les liens impayés après</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>À traiter</translation>
    </message>
    <message>
        <source>Nothing needs attention: every link is paid or waiting.</source>
        <translation>Rien à traiter : chaque lien est payé ou en attente.</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Links: %d · Subscriptions: %d</source>
        <translation>Liens : %d · Abonnements : %d</translation>
    </message>
</context>
<context>
    <name>BatchController</name>
    <message>
        <source>Excel workbook, sheet “%s”</source>
        <translation>Classeur Excel, feuille «&#xa0;%s&#xa0;»</translation>
    </message>
    <message>
        <source>separated by semicolons</source>
        <translation>séparé par des points-virgules</translation>
    </message>
    <message>
        <source>separated by commas</source>
        <translation>séparé par des virgules</translation>
    </message>
    <message>
        <source>separated by tabs</source>
        <translation>séparé par des tabulations</translation>
    </message>
    <message>
        <source>CSV, %s, %s</source>
        <translation>CSV, %s, %s</translation>
    </message>
    <message>
        <source>Reading %s</source>
        <translation>Lecture de %s</translation>
    </message>
    <message>
        <source>Checking %s</source>
        <translation>Vérification de %s</translation>
    </message>
    <message>
        <source>Stopped. Resume sends the rows not sent yet.</source>
        <translation>Arrêté. « Reprendre » envoie les lignes pas encore envoyées.</translation>
    </message>
    <message>
        <source>Creating paylink “%s”</source>
        <translation>Création du lien de paiement «&#xa0;%s&#xa0;»</translation>
    </message>
    <message>
        <source>The platform asked to slow down: the batch goes on in %d seconds.</source>
        <translation>La plateforme demande de ralentir : le lot reprend dans %d secondes.</translation>
    </message>
    <message>
        <source>Stopped: %d creates in a row got no clear answer. Check them, then Resume.</source>
        <translation>Arrêté : %d créations de suite n&apos;ont pas reçu de réponse claire. Vérifiez-les, puis reprenez.</translation>
    </message>
    <message>
        <source>Stopped: %s</source>
        <translation>Arrêté : %s</translation>
    </message>
    <message>
        <source>Batch finished: %d of %d created.</source>
        <translation>Lot terminé : %d sur %d créés.</translation>
    </message>
    <message>
        <source>%d may have been created: check them in the dashboard, then settle them here; they are never sent again by themselves.</source>
        <translation>%d ont peut-être été créés : vérifiez-les dans le tableau de bord, puis réglez-les ici ; ils ne sont jamais renvoyés d&apos;eux-mêmes.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Saving %s</source>
        <translation>Enregistrement de %s</translation>
    </message>
    <message>
        <source>Saving QR codes</source>
        <translation>Enregistrement des codes QR</translation>
    </message>
</context>
<context>
    <name>BatchErrors</name>
    <message>
        <source>The file is larger than 50 MB: split it into smaller ones.</source>
        <translation>Le fichier dépasse 50 Mo : divisez-le en fichiers plus petits.</translation>
    </message>
    <message>
        <source>The file could not be opened: %s</source>
        <translation>Le fichier n&apos;a pas pu être ouvert : %s</translation>
    </message>
    <message>
        <source>The file is not a readable table: %s</source>
        <translation>Le fichier n&apos;est pas un tableau lisible : %s</translation>
    </message>
    <message>
        <source>The file is not an Excel workbook (.xlsx) that can be read.</source>
        <translation>Le fichier n&apos;est pas un classeur Excel (.xlsx) lisible.</translation>
    </message>
    <message>
        <source>The file holds no rows.</source>
        <translation>Le fichier ne contient aucune ligne.</translation>
    </message>
    <message>
        <source>The file has more than %d rows: split it into smaller ones.</source>
        <translation>Le fichier a plus de %d lignes : divisez-le en fichiers plus petits.</translation>
    </message>
    <message>
        <source>Enter the language as de, fr, it or en.</source>
        <translation>Indiquez la langue : de, fr, it ou en.</translation>
    </message>
    <message>
        <source>A paylink with reference %s was already created (see History): left out so nobody is billed twice.</source>
        <translation>Un lien de paiement avec la référence %s a déjà été créé (voir l&apos;historique) : laissé de côté pour que personne ne soit facturé deux fois.</translation>
    </message>
    <message>
        <source>The reference %s is also on line %d: left out.</source>
        <translation>La référence %s figure aussi à la ligne %d : laissée de côté.</translation>
    </message>
    <message>
        <source>A paylink with this title, amount and customer was already created (see History): left out so nobody is billed twice.</source>
        <translation>Un lien de paiement avec ce titre, ce montant et ce client a déjà été créé (voir l&apos;historique) : laissé de côté pour que personne ne soit facturé deux fois.</translation>
    </message>
</context>
<context>
    <name>BatchTableModel</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>Taux de TVA</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>May have been created: check before sending it again</source>
        <translation>Peut-être créé : vérifier avant de le renvoyer</translation>
    </message>
    <message>
        <source>Not created: %s</source>
        <translation>Pas créé : %s</translation>
    </message>
    <message>
        <source> (+%d more)</source>
        <translation> (+%d autres)</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>En attente d&apos;envoi</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Laissé de côté</translation>
    </message>
</context>
<context>
    <name>BatchWindow</name>
    <message>
        <source>Create paylinks from a spreadsheet</source>
        <translation>Créer des liens de paiement depuis un tableur</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>Ouvrir un fichier…</translation>
    </message>
    <message>
        <source>Resume the unfinished batch</source>
        <translation>Reprendre le lot inachevé</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>same for every row</source>
        <translation>identique pour chaque ligne</translation>
    </message>
    <message>
        <source>%s for every row</source>
        <translation>%s pour chaque ligne</translation>
    </message>
    <message>
        <source>Create…</source>
        <translation>Créer…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Save QR codes…</source>
        <translation>Enregistrer les codes QR…</translation>
    </message>
    <message>
        <source>Open e-mail</source>
        <translation>Ouvrir l&apos;e-mail</translation>
    </message>
    <message>
        <source>Open a spreadsheet</source>
        <translation>Ouvrir un tableur</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>Tableurs (*.csv *.txt *.xlsx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Reading %s…</source>
        <translation>Lecture de %s…</translation>
    </message>
    <message>
        <source>Read as: %s</source>
        <translation>Lu comme : %s</translation>
    </message>
    <message>
        <source>(no column)</source>
        <translation>(aucune colonne)</translation>
    </message>
    <message>
        <source>Column %d</source>
        <translation>Colonne %d</translation>
    </message>
    <message>
        <source>Create paylinks</source>
        <translation>Créer des liens de paiement</translation>
    </message>
    <message>
        <source>Create %d paylinks for %s?</source>
        <translation>Créer %d liens de paiement pour %s ?</translation>
    </message>
    <message>
        <source>Create %d paylinks</source>
        <translation>Créer %d liens de paiement</translation>
    </message>
    <message>
        <source>Each is sent once; a stopped or interrupted batch goes on with Resume and never sends a row twice.</source>
        <translation>Chacun est envoyé une seule fois ; un lot arrêté ou interrompu continue avec « Reprendre » et n&apos;envoie jamais une ligne deux fois.</translation>
    </message>
    <message>
        <source>%d of %d</source>
        <translation>%d sur %d</translation>
    </message>
    <message>
        <source>about %d:%02d left</source>
        <translation>encore environ %d:%02d</translation>
    </message>
    <message>
        <source>%d rows to create (%s); %d with problems; %d left out as duplicates.</source>
        <translation>%d lignes à créer (%s) ; %d avec des problèmes ; %d laissées de côté comme doublons.</translation>
    </message>
    <message>
        <source>Export the results</source>
        <translation>Exporter les résultats</translation>
    </message>
    <message>
        <source>CSV (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>CSV (*.csv);;Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Saved %s.</source>
        <translation>%s enregistré.</translation>
    </message>
    <message>
        <source>Could not save %s: %s</source>
        <translation>Impossible d&apos;enregistrer %s : %s</translation>
    </message>
    <message>
        <source>Save QR codes in</source>
        <translation>Enregistrer les codes QR dans</translation>
    </message>
    <message>
        <source>%d QR codes saved in %s.</source>
        <translation>%d codes QR enregistrés dans %s.</translation>
    </message>
    <message>
        <source>Could not save the QR codes: %s</source>
        <translation>Impossible d&apos;enregistrer les codes QR : %s</translation>
    </message>
    <message>
        <source>Choose a row with a link first.</source>
        <translation>Choisissez d&apos;abord une ligne avec un lien.</translation>
    </message>
    <message>
        <source>This row has no e-mail address or no link yet.</source>
        <translation>Cette ligne n&apos;a pas d&apos;adresse e-mail ou pas encore de lien.</translation>
    </message>
    <message>
        <source>It was not created: send it with the next Resume</source>
        <translation>N&apos;a pas été créé : l&apos;envoyer à la prochaine reprise</translation>
    </message>
</context>
<context>
    <name>CancelSubscriptionDialog</name>
    <message>
        <source>Cancel subscription</source>
        <translation>Résilier l&apos;abonnement</translation>
    </message>
    <message>
        <source>subscription %s</source>
        <translation>abonnement %s</translation>
    </message>
    <message>
        <source>Cancel the subscription of %s (%s)?

The platform stops charging the customer. This cannot be undone from Paydesk.</source>
        <translation>Résilier l&apos;abonnement de %s (%s)&#xa0;?

La plateforme cesse de débiter le client. Cette action ne peut pas être annulée depuis Paydesk.</translation>
    </message>
    <message>
        <source>no amount</source>
        <translation>aucun montant</translation>
    </message>
    <message>
        <source>To confirm, type the customer&apos;s name (%s) or “cancel”:</source>
        <translation>Pour confirmer, saisissez le nom du client (%s) ou «&#xa0;résilier&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <source>To confirm, type “cancel”:</source>
        <translation>Pour confirmer, saisissez «&#xa0;résilier&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <source>Keep subscription</source>
        <translation>Conserver l&apos;abonnement</translation>
    </message>
    <message>
        <source>cancel</source>
        <translation>résilier</translation>
    </message>
</context>
<context>
    <name>ConnectionTester</name>
    <message>
        <source>Enter the API secret to test the connection.</source>
        <translation>Saisissez la clé secrète API pour tester la connexion.</translation>
    </message>
    <message>
        <source>Testing the connection to {host}</source>
        <translation>Test de la connexion à {host}</translation>
    </message>
    <message>
        <source>{refused} is not served by this instance; {version} answers. Use {version}?</source>
        <translation>Cette instance ne propose pas {refused}&#xa0;; {version} répond. Utiliser {version}&#xa0;?</translation>
    </message>
    <message>
        <source>None of {lowest} to {highest} is served by this instance: choose an older API version.</source>
        <translation>Cette instance ne propose aucune des versions {lowest} à {highest}&#xa0;: choisissez une version d&apos;API plus ancienne.</translation>
    </message>
    <message>
        <source>Connected to {instance} on {where}.</source>
        <translation>Connecté à {instance} sur {where}.</translation>
    </message>
    <message>
        <source>The API secret is not correct for this instance.</source>
        <translation>La clé secrète API n&apos;est pas correcte pour cette instance.</translation>
    </message>
    <message>
        <source>No such instance on this platform.</source>
        <translation>Cette instance n&apos;existe pas sur cette plateforme.</translation>
    </message>
    <message>
        <source>Cannot reach {host}: {reason}.</source>
        <translation>Impossible de joindre {host}&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>the connection failed</source>
        <translation>la connexion a échoué</translation>
    </message>
</context>
<context>
    <name>DailyChart</name>
    <message>
        <source>Paid per day, last 30 days</source>
        <translation>Payé par jour, 30 derniers jours</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>The Demo&apos;s saved data could not be read, so the Demo starts afresh. The damaged file was kept as %s.</source>
        <translation>Les données enregistrées de la démo n’ont pas pu être lues ; la démo repart de zéro. Le fichier endommagé a été conservé sous %s.</translation>
    </message>
    <message>
        <source>(it could not be moved)</source>
        <translation>(il n’a pas pu être déplacé)</translation>
    </message>
    <message>
        <source>The Demo is not running, so there is nothing to reset.</source>
        <translation>La démo ne tourne pas ; il n’y a rien à réinitialiser.</translation>
    </message>
    <message>
        <source>The Demo goes back to how it was at its first start: the paylinks, payment pages, payments and subscriptions made or changed there are gone.</source>
        <translation>La démo revient à son état du premier démarrage : les Paylinks, pages de paiement, paiements et abonnements créés ou modifiés dans la démo disparaissent.</translation>
    </message>
    <message>
        <source>The Demo&apos;s rows in History are removed too (%d). Your other instances are not touched.</source>
        <translation>Les lignes de la démo dans l’historique sont aussi supprimées (%d). Vos autres instances ne sont pas touchées.</translation>
    </message>
    <message>
        <source>Reset the Demo?</source>
        <translation>Réinitialiser la démo ?</translation>
    </message>
    <message>
        <source>Reset Demo</source>
        <translation>Réinitialiser la démo</translation>
    </message>
    <message>
        <source>The Demo was reset. Rows removed from History: %d.</source>
        <translation>La démo a été réinitialisée. Lignes retirées de l’historique : %d.</translation>
    </message>
    <message>
        <source>The Demo could not be reset: %s</source>
        <translation>La démo n’a pas pu être réinitialisée : %s</translation>
    </message>
    <message>
        <source>Resetting the Demo</source>
        <translation>Réinitialisation de la démo</translation>
    </message>
</context>
<context>
    <name>ElsewherePages</name>
    <message>
        <source>Loading the payment pages of this instance</source>
        <translation>Chargement des pages de paiement de cette instance</translation>
    </message>
    <message>
        <source>The payment pages created elsewhere could not be loaded: %s</source>
        <translation>Les pages de paiement créées ailleurs n’ont pas pu être chargées : %s</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Paydesk: unexpected problem</source>
        <translation>Paydesk&#xa0;: problème inattendu</translation>
    </message>
    <message>
        <source>Paydesk hit an unexpected problem. You can keep working; if it happens again, send the log.</source>
        <translation>Paydesk a rencontré un problème inattendu. Vous pouvez continuer à travailler&#xa0;; si cela se reproduit, envoyez le journal.</translation>
    </message>
    <message>
        <source>Log file: %s</source>
        <translation>Fichier journal&#xa0;: %s</translation>
    </message>
    <message>
        <source>This session writes no log file.</source>
        <translation>Cette session n&apos;écrit pas de fichier journal.</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Détails de l&apos;erreur</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copier les détails</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Ouvrir le dossier des journaux</translation>
    </message>
    <message>
        <source>Details copied to the clipboard.</source>
        <translation>Détails copiés dans le presse-papiers.</translation>
    </message>
    <message>
        <source>Could not open %s</source>
        <translation>Impossible d&apos;ouvrir %s</translation>
    </message>
    <message numerus="yes">
        <source>and %n more problem(s) since</source>
        <translation>
            <numerusform>et %n autre problème depuis</numerusform>
            <numerusform>et %n autres problèmes depuis</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Masquer les détails</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Afficher les détails</translation>
    </message>
</context>
<context>
    <name>Failure</name>
    <message>
        <source>Something unexpected went wrong; the details are in the log.</source>
        <translation>Une erreur inattendue s&apos;est produite&#xa0;; les détails figurent dans le journal.</translation>
    </message>
</context>
<context>
    <name>FormErrors</name>
    <message>
        <source>Use the digits 0-9 for the amount, like 1234.50.</source>
        <translation>Utilisez les chiffres 0-9 pour le montant, par exemple 1234.50.</translation>
    </message>
    <message>
        <source>Enter the amount as a number, like 1234.50.</source>
        <translation>Saisissez le montant sous forme de nombre, p. ex. 1234.50.</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>Le montant doit être supérieur à zéro.</translation>
    </message>
    <message>
        <source>%s amounts have no decimals.</source>
        <translation>Les montants en %s n’ont pas de décimales.</translation>
    </message>
    <message>
        <source>%s amounts have at most %d decimals.</source>
        <translation>Les montants en %s ont au plus %d décimales.</translation>
    </message>
    <message>
        <source>The amount is larger than the platform accepts.</source>
        <translation>Le montant dépasse ce que la plateforme accepte.</translation>
    </message>
    <message>
        <source>%s contains a damaged character: delete it and type it again.</source>
        <translation>%s contient un caractère endommagé : supprimez-le et saisissez-le à nouveau.</translation>
    </message>
    <message>
        <source>%s contains a hidden character that changes the writing direction (%s): remove it.</source>
        <translation>%s contient un caractère caché qui change le sens d’écriture (%s) : supprimez-le.</translation>
    </message>
    <message>
        <source>%s contains an invisible character (%s): remove it.</source>
        <translation>%s contient un caractère invisible (%s) : supprimez-le.</translation>
    </message>
    <message>
        <source>%s contains a control character (%s): remove it.</source>
        <translation>%s contient un caractère de contrôle (%s) : supprimez-le.</translation>
    </message>
    <message>
        <source>%s is too long (%d characters; at most %d).</source>
        <translation>%s dépasse la longueur permise (%d caractères&#xa0;; %d au maximum).</translation>
    </message>
    <message>
        <source>Enter a web address starting with https:// (or http://).</source>
        <translation>Saisissez une adresse web commençant par https:// (ou http://).</translation>
    </message>
    <message>
        <source>Enter a title: the customer sees it on the payment page.</source>
        <translation>Saisissez un titre&#xa0;: le client le voit sur la page de paiement.</translation>
    </message>
    <message>
        <source>The title</source>
        <translation>Le titre</translation>
    </message>
    <message>
        <source>The description</source>
        <translation>La description</translation>
    </message>
    <message>
        <source>The reference</source>
        <translation>La référence</translation>
    </message>
    <message>
        <source>The purpose</source>
        <translation>Le motif de paiement</translation>
    </message>
    <message>
        <source>Choose a currency.</source>
        <translation>Choisissez une devise.</translation>
    </message>
    <message>
        <source>Use the digits 0-9 for the VAT rate, like 8.1.</source>
        <translation>Utilisez les chiffres 0-9 pour le taux de TVA, par exemple 8.1.</translation>
    </message>
    <message>
        <source>Enter the VAT rate as a percentage between 0 and 100, like 8.1.</source>
        <translation>Saisissez le taux de TVA en pour cent, entre 0 et 100, p. ex. 8.1.</translation>
    </message>
    <message>
        <source>Enter the expiry date as a date, like 2026-12-31.</source>
        <translation>Saisissez la date d&apos;expiration sous forme de date, p. ex. 2026-12-31.</translation>
    </message>
    <message>
        <source>The expiry date is in the past: choose a later date or none.</source>
        <translation>La date d&apos;expiration est passée&#xa0;: choisissez une date ultérieure ou aucune.</translation>
    </message>
    <message>
        <source>Enter a valid e-mail address, like name@example.ch.</source>
        <translation>Saisissez une adresse e-mail valide, p. ex. name@example.ch.</translation>
    </message>
    <message>
        <source>The first name</source>
        <translation>Le prénom</translation>
    </message>
    <message>
        <source>The last name</source>
        <translation>Le nom</translation>
    </message>
    <message>
        <source>The company</source>
        <translation>La société</translation>
    </message>
    <message>
        <source>The e-mail address</source>
        <translation>L&apos;adresse e-mail</translation>
    </message>
    <message>
        <source>Use the digits 0-9 for payment provider ids, like 36, 44.</source>
        <translation>Utilisez les chiffres 0-9 pour les identifiants des prestataires de paiement, par exemple 36, 44.</translation>
    </message>
    <message>
        <source>Enter payment provider ids as numbers separated by commas, like 36, 44.</source>
        <translation>Saisissez les identifiants des prestataires de paiement sous forme de nombres séparés par des virgules, p. ex. 36, 44.</translation>
    </message>
    <message>
        <source>Enter payment methods as names of letters a-z, digits, _ and - separated by commas, like visa, twint.</source>
        <translation>Saisissez les moyens de paiement comme noms en lettres a-z, chiffres, _ et -, séparés par des virgules, par exemple visa, twint.</translation>
    </message>
    <message>
        <source>The button text</source>
        <translation>Le texte du bouton</translation>
    </message>
    <message>
        <source>The SKU</source>
        <translation>Le SKU</translation>
    </message>
    <message>
        <source>The amount</source>
        <translation>Le montant</translation>
    </message>
    <message>
        <source>The currency</source>
        <translation>La devise</translation>
    </message>
    <message>
        <source>The VAT rate</source>
        <translation>Le taux de TVA</translation>
    </message>
    <message>
        <source>The payment provider ids</source>
        <translation>Les identifiants des prestataires de paiement</translation>
    </message>
    <message>
        <source>The payment methods</source>
        <translation>Les moyens de paiement</translation>
    </message>
    <message>
        <source>The success page</source>
        <translation>La page de succès</translation>
    </message>
    <message>
        <source>The failure page</source>
        <translation>La page d’échec</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Created</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instance</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <source>Authorized, reserved, other</source>
        <translation>Autorisé, réservé, autre</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <source>May have been created</source>
        <translation>Peut-être créé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Authorized (not charged yet)</source>
        <translation>Autorisé (pas encore débité)</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Réservé</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Remboursé</translation>
    </message>
    <message>
        <source>Partly refunded</source>
        <translation>Partiellement remboursé</translation>
    </message>
    <message>
        <source>Refund pending</source>
        <translation>Remboursement en cours</translation>
    </message>
    <message>
        <source>Charged back</source>
        <translation>Rétrofacturé</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Réel</translation>
    </message>
    <message>
        <source>May have been created – check before creating again</source>
        <translation>Peut-être créé – vérifiez avant de le recréer</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi en cours…</translation>
    </message>
    <message>
        <source>Failed: %s</source>
        <translation>Échec&#xa0;: %s</translation>
    </message>
    <message>
        <source>Not created (checked by you)</source>
        <translation>Non créé (vérifié par vous)</translation>
    </message>
    <message>
        <source>Page, created elsewhere</source>
        <translation>Page de paiement, créée ailleurs</translation>
    </message>
    <message>
        <source>A payment page of this instance that Paydesk did not create (in the dashboard or another program). You can copy, open and duplicate it here; change or delete it where it was made.</source>
        <translation>Une page de paiement de cette instance que Paydesk n’a pas créée (dans le tableau de bord ou avec un autre programme). Vous pouvez la copier, l’ouvrir et la dupliquer ici ; modifiez-la ou supprimez-la là où elle a été créée.</translation>
    </message>
    <message>
        <source>no answer recorded</source>
        <translation>aucune réponse enregistrée</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page de paiement</translation>
    </message>
    <message>
        <source>Paylink</source>
        <translation>Paylink</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
</context>
<context>
    <name>HistoryController</name>
    <message>
        <source>Refreshing status of “%s”</source>
        <translation>Actualisation du statut de «&#xa0;%s&#xa0;»</translation>
    </message>
    <message>
        <source>Not found on the server: it may have been deleted there.</source>
        <translation>Introuvable sur le serveur&#xa0;: il y a peut-être été supprimé.</translation>
    </message>
    <message>
        <source>%d status(es) could not be refreshed: %s</source>
        <translation>%d statut(s) n&apos;ont pas pu être actualisés&#xa0;: %s</translation>
    </message>
    <message>
        <source>Statuses are up to date (%d checked).</source>
        <translation>Les statuts sont à jour (%d vérifiés).</translation>
    </message>
    <message>
        <source>Deleting “%s” on the server</source>
        <translation>Suppression de «&#xa0;%s&#xa0;» sur le serveur</translation>
    </message>
    <message>
        <source>“%s” was deleted.</source>
        <translation>«&#xa0;%s&#xa0;» a été supprimé.</translation>
    </message>
    <message>
        <source>No answer came back: “%s” may or may not have been deleted. Refresh its status before trying again.</source>
        <translation>Aucune réponse reçue&#xa0;: «&#xa0;%s&#xa0;» a peut-être été supprimé, peut-être pas. Actualisez son statut avant de réessayer.</translation>
    </message>
    <message>
        <source>Loading payments of “%s”</source>
        <translation>Chargement des paiements de «&#xa0;%s&#xa0;»</translation>
    </message>
    <message>
        <source>Exporting History</source>
        <translation>Exportation de l’historique</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message>
        <source>Export History</source>
        <translation>Exporter l’historique</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Delete on the server?</source>
        <translation>Supprimer sur le serveur&#xa0;?</translation>
    </message>
    <message>
        <source>Delete the paylink “%s” (%s) on the server?

Its link stops working for the customer. This cannot be undone; the row stays in History.</source>
        <translation>Supprimer le paylink «&#xa0;%s&#xa0;» (%s) sur le serveur&#xa0;?

Son lien cesse de fonctionner pour le client. Cette action est irréversible&#xa0;; la ligne reste dans l&apos;historique.</translation>
    </message>
    <message>
        <source>Delete on server</source>
        <translation>Supprimer sur le serveur</translation>
    </message>
    <message>
        <source>this row has no paylink on the server.</source>
        <translation>cette ligne n&apos;a pas de paylink sur le serveur.</translation>
    </message>
    <message>
        <source>Search title, reference, customer, amount</source>
        <translation>Rechercher titre, référence, client, montant</translation>
    </message>
    <message>
        <source>Search History</source>
        <translation>Rechercher dans l&apos;historique</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtre de statut</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>All instances</source>
        <translation>Toutes les instances</translation>
    </message>
    <message>
        <source>Show what was created with every instance</source>
        <translation>Afficher ce qui a été créé avec toutes les instances</translation>
    </message>
    <message>
        <source>Refresh statuses</source>
        <translation>Actualiser les statuts</translation>
    </message>
    <message>
        <source>Ask the server for the current status of the rows, visible ones first</source>
        <translation>Demander au serveur le statut actuel des lignes, les lignes visibles d&apos;abord</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Save the rows as the list shows them, with their links (CSV or Excel)</source>
        <translation>Enregistrer les lignes telles que la liste les affiche, avec leurs liens (CSV ou Excel)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Create a paylink</source>
        <translation>Créer un paylink</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Copier le lien</translation>
    </message>
    <message>
        <source>Copy the selected row&apos;s payment link</source>
        <translation>Copier le lien de paiement de la ligne sélectionnée</translation>
    </message>
    <message>
        <source>QR / link</source>
        <translation>QR / lien</translation>
    </message>
    <message>
        <source>Show the QR code and link of the selected row</source>
        <translation>Afficher le code QR et le lien de la ligne sélectionnée</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Open the payment page in your web browser</source>
        <translation>Ouvrir la page de paiement dans votre navigateur</translation>
    </message>
    <message>
        <source>Duplicate into form</source>
        <translation>Dupliquer dans le formulaire</translation>
    </message>
    <message>
        <source>Fill the form with this row&apos;s values to create a new one</source>
        <translation>Remplir le formulaire avec les valeurs de cette ligne pour en créer un nouveau</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <source>Show the payments made through this link</source>
        <translation>Afficher les paiements effectués via ce lien</translation>
    </message>
    <message>
        <source>Delete on server…</source>
        <translation>Supprimer sur le serveur…</translation>
    </message>
    <message>
        <source>Delete the paylink on the server so its link stops working</source>
        <translation>Supprimer le paylink sur le serveur pour que son lien cesse de fonctionner</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Détails…</translation>
    </message>
    <message>
        <source>Show what the server answered</source>
        <translation>Afficher la réponse du serveur</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Actualisation…</translation>
    </message>
    <message>
        <source>“%s” was not created, so it has no link.</source>
        <translation>«&#xa0;%s&#xa0;» n&apos;a pas été créé et n&apos;a donc pas de lien.</translation>
    </message>
    <message>
        <source>No answer came back when “%s” was sent: it may have been created. Check the platform&apos;s dashboard before creating it again.</source>
        <translation>Aucune réponse n&apos;est revenue à l&apos;envoi de «&#xa0;%s&#xa0;»&#xa0;: il a peut-être été créé. Vérifiez le tableau de bord de la plateforme avant de le recréer.</translation>
    </message>
    <message>
        <source>“%s” is being sent…</source>
        <translation>«&#xa0;%s&#xa0;» est en cours d&apos;envoi…</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Aucun résultat</translation>
    </message>
    <message>
        <source>No row matches the search or the status filter.</source>
        <translation>Aucune ligne ne correspond à la recherche ou au filtre de statut.</translation>
    </message>
    <message>
        <source>No instance</source>
        <translation>Aucune instance</translation>
    </message>
    <message>
        <source>Choose an instance to see what was created with it.</source>
        <translation>Choisissez une instance pour voir ce qui a été créé avec elle.</translation>
    </message>
    <message>
        <source>Nothing created yet</source>
        <translation>Rien de créé pour l&apos;instant</translation>
    </message>
    <message>
        <source>Paylinks and payment pages you create appear here.</source>
        <translation>Les paylinks et pages de paiement que vous créez apparaissent ici.</translation>
    </message>
    <message>
        <source>Deleting on the server…</source>
        <translation>Suppression sur le serveur…</translation>
    </message>
    <message>
        <source>%d rows saved to %s.</source>
        <translation>%d lignes enregistrées dans %s.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>InstancesDialog</name>
    <message>
        <source>Manage instances</source>
        <translation>Gérer les instances</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instances</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Add a new instance</source>
        <translation>Ajouter une nouvelle instance</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Dupliquer</translation>
    </message>
    <message>
        <source>A copy of the selected instance, with the same API secret unless you change it</source>
        <translation>Une copie de l&apos;instance sélectionnée, avec la même clé secrète API sauf si vous la modifiez</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Remove the selected instance, its settings file and its API secret</source>
        <translation>Supprimer l&apos;instance sélectionnée, son fichier de réglages et sa clé secrète API</translation>
    </message>
    <message>
        <source>e.g. Shop</source>
        <translation>p. ex. Boutique</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Nom affiché&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. example</source>
        <translation>p. ex. example</translation>
    </message>
    <message>
        <source>The part before the platform&apos;s domain, e.g. example in example.okepay.info.</source>
        <translation>La partie avant le domaine de la plateforme, p. ex. example dans example.okepay.info.</translation>
    </message>
    <message>
        <source>&amp;Instance name:</source>
        <translation>Nom de &amp;l&apos;instance&#xa0;:</translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>Autre…</translation>
    </message>
    <message>
        <source>The platform&apos;s domain; the API is at api.&lt;domain&gt;</source>
        <translation>Le domaine de la plateforme&#xa0;; l&apos;API se trouve sous api.&lt;domain&gt;</translation>
    </message>
    <message>
        <source>e.g. example-pay.ch</source>
        <translation>p. ex. example-pay.ch</translation>
    </message>
    <message>
        <source>Base domain</source>
        <translation>Domaine de base</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>&amp;Plateforme&#xa0;:</translation>
    </message>
    <message>
        <source>API &amp;version:</source>
        <translation>&amp;Version de l&apos;API&#xa0;:</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>API key header</source>
        <translation>En-tête de clé API</translation>
    </message>
    <message>
        <source>Signature signs every request with the secret (the usual way); API key header sends the secret itself in an X-API-KEY header</source>
        <translation>Signature signe chaque requête avec la clé secrète (la méthode habituelle)&#xa0;; En-tête de clé API envoie la clé secrète elle-même dans un en-tête X-API-KEY</translation>
    </message>
    <message>
        <source>Authe&amp;ntication:</source>
        <translation>A&amp;uthentification&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>A&amp;fficher</translation>
    </message>
    <message>
        <source>Show or hide the secret</source>
        <translation>Afficher ou masquer la clé secrète</translation>
    </message>
    <message>
        <source>API s&amp;ecret:</source>
        <translation>&amp;Clé secrète API&#xa0;:</translation>
    </message>
    <message>
        <source>Test c&amp;onnection</source>
        <translation>Tester la c&amp;onnexion</translation>
    </message>
    <message>
        <source>Ask the platform whether instance name and secret are right (unsaved values)</source>
        <translation>Demander à la plateforme si le nom d&apos;instance et la clé secrète sont corrects (valeurs non enregistrées)</translation>
    </message>
    <message>
        <source>Default &amp;currency:</source>
        <translation>Dev&amp;ise par défaut&#xa0;:</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Allemand</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italien</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>Default &amp;language:</source>
        <translation>Lan&amp;gue par défaut&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. INV-</source>
        <translation>p. ex. FAC-</translation>
    </message>
    <message>
        <source>&amp;Reference prefix:</source>
        <translation>Préfixe de &amp;référence&#xa0;:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>The VAT rate in percent, e.g. 8.1; empty for none</source>
        <translation>Le taux de TVA en pour cent, p. ex. 8.1&#xa0;; vide pour aucun</translation>
    </message>
    <message>
        <source>Default VA&amp;T rate (%):</source>
        <translation>Tau&amp;x de TVA par défaut (%)&#xa0;:</translation>
    </message>
    <message>
        <source>never ask</source>
        <translation>ne jamais demander</translation>
    </message>
    <message>
        <source>Ask before creating a paylink above this amount, e.g. 500; empty: never ask</source>
        <translation>Demander avant de créer un paylink au-delà de ce montant, p. ex. 500&#xa0;; vide&#xa0;: ne jamais demander</translation>
    </message>
    <message>
        <source>Confirm amounts a&amp;bove:</source>
        <translation>Confir&amp;mer au-delà de&#xa0;:</translation>
    </message>
    <message>
        <source>Hide every create, cancel and delete action</source>
        <translation>Masquer toutes les actions de création, de résiliation et de suppression</translation>
    </message>
    <message>
        <source>While this instance is active, Paydesk only looks things up: no paylink or page is created, nothing is cancelled or deleted.</source>
        <translation>Tant que cette instance est active, Paydesk se contente de consulter&#xa0;: aucun paylink ni aucune page n&apos;est créé, rien n&apos;est résilié ni supprimé.</translation>
    </message>
    <message>
        <source>Read-onl&amp;y:</source>
        <translation>Lec&amp;ture seule&#xa0;:</translation>
    </message>
    <message>
        <source>Tell me when a payment arrives</source>
        <translation>M’avertir quand un paiement arrive</translation>
    </message>
    <message>
        <source>Payment messa&amp;ges:</source>
        <translation>Messages de paiement (&amp;h) :</translation>
    </message>
    <message>
        <source>Store secrets in a &amp;file…</source>
        <translation>Stoc&amp;ker les clés secrètes dans un fichier…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save this instance (Enter)</source>
        <translation>Enregistrer cette instance (Entrée)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close the dialog (Esc). Changes that were not saved are discarded.</source>
        <translation>Fermer la boîte de dialogue (Échap). Les modifications non enregistrées sont perdues.</translation>
    </message>
    <message>
        <source>Built in: a sandbox on this computer ({url}) to try everything without an account. It cannot be changed or removed.</source>
        <translation>Intégrée&#xa0;: un bac à sable sur cet ordinateur ({url}) pour tout essayer sans compte. Elle ne peut être ni modifiée ni supprimée.</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>Mas&amp;quer</translation>
    </message>
    <message>
        <source>A message from the system tray (or in the window) when a paylink of this instance is paid, and when one of its subscriptions becomes overdue, goes into notice or is cancelled; clicking it shows the row.</source>
        <translation>Un message dans la zone de notification (ou dans la fenêtre) quand un Paylink de cette instance est payé, et quand l’un de ses abonnements est en retard, en préavis ou résilié ; un clic affiche la ligne.</translation>
    </message>
    <message>
        <source>Add an instance to get started.</source>
        <translation>Ajoutez une instance pour commencer.</translation>
    </message>
    <message>
        <source>The built-in Demo instance cannot be changed.</source>
        <translation>L&apos;instance Démo intégrée ne peut pas être modifiée.</translation>
    </message>
    <message>
        <source>built in: no secret needed</source>
        <translation>intégrée&#xa0;: aucune clé secrète requise</translation>
    </message>
    <message>
        <source>stored in {where}; leave blank to keep it</source>
        <translation>enregistrée dans {where}&#xa0;; laissez vide pour la conserver</translation>
    </message>
    <message>
        <source>leave blank to use the secret of “{name}”</source>
        <translation>laissez vide pour utiliser la clé secrète de «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>not stored yet; it will be kept in {where}</source>
        <translation>pas encore enregistrée&#xa0;; elle sera conservée dans {where}</translation>
    </message>
    <message>
        <source>Remove instance</source>
        <translation>Supprimer l&apos;instance</translation>
    </message>
    <message>
        <source>Remove “{name}”?</source>
        <translation>Supprimer «&#xa0;{name}&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Its settings file and its API secret (in {where}) are deleted. What was created on the platform stays there.</source>
        <translation>Son fichier de réglages et sa clé secrète API (dans {where}) sont supprimés. Ce qui a été créé sur la plateforme y reste.</translation>
    </message>
    <message>
        <source>✓ “{name}” saved.</source>
        <translation>✓ «&#xa0;{name}&#xa0;» enregistrée.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Test de la connexion…</translation>
    </message>
    <message>
        <source>Use {version}</source>
        <translation>Utiliser {version}</translation>
    </message>
    <message>
        <source>Set the API version to {version}; save to keep it</source>
        <translation>Régler la version d&apos;API sur {version}&#xa0;; enregistrez pour la conserver</translation>
    </message>
    <message>
        <source>Store secrets in a file</source>
        <translation>Stocker les clés secrètes dans un fichier</translation>
    </message>
    <message>
        <source>Store in a file</source>
        <translation>Stocker dans un fichier</translation>
    </message>
    <message>
        <source>The file: {path}</source>
        <translation>Le fichier&#xa0;: {path}</translation>
    </message>
    <message>
        <source>Some instance files could not be loaded:</source>
        <translation>Certains fichiers d&apos;instance n&apos;ont pas pu être chargés&#xa0;:</translation>
    </message>
</context>
<context>
    <name>InstancesModel</name>
    <message>
        <source>New instance</source>
        <translation>Nouvelle instance</translation>
    </message>
    <message>
        <source>{name} (built-in)</source>
        <translation>{name} (intégrée)</translation>
    </message>
    <message>
        <source>{name} (not saved)</source>
        <translation>{name} (non enregistrée)</translation>
    </message>
    <message>
        <source>{name} (changed)</source>
        <translation>{name} (modifiée)</translation>
    </message>
    <message>
        <source>The built-in Demo instance: a sandbox on this computer, no account needed. It cannot be changed or removed.</source>
        <translation>L&apos;instance Démo intégrée&#xa0;: un bac à sable sur cet ordinateur, sans compte. Elle ne peut être ni modifiée ni supprimée.</translation>
    </message>
    <message>
        <source> (copy)</source>
        <translation> (copie)</translation>
    </message>
    <message>
        <source>The built-in Demo instance cannot be removed.</source>
        <translation>L&apos;instance Démo intégrée ne peut pas être supprimée.</translation>
    </message>
    <message>
        <source>This profile no longer exists.</source>
        <translation>Ce profil n&apos;existe plus.</translation>
    </message>
    <message>
        <source>The built-in Demo instance cannot be changed.</source>
        <translation>L&apos;instance Démo intégrée ne peut pas être modifiée.</translation>
    </message>
    <message>
        <source>“{name}” could not be loaded: {message}</source>
        <translation>«&#xa0;{name}&#xa0;» n&apos;a pas pu être chargé&#xa0;: {message}</translation>
    </message>
    <message>
        <source>(Folder: {folder})</source>
        <translation>(Dossier&#xa0;: {folder})</translation>
    </message>
</context>
<context>
    <name>LinkPanel</name>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>Image SVG (*.svg)</translation>
    </message>
    <message>
        <source>Save QR code</source>
        <translation>Enregistrer le code QR</translation>
    </message>
    <message>
        <source>No link yet</source>
        <translation>Pas encore de lien</translation>
    </message>
    <message>
        <source>1. Type a title and an amount.
2. Press Create.
3. Copy the link or the QR code for your customer.</source>
        <translation>1. Saisissez un titre et un montant.
2. Cliquez sur Créer.
3. Copiez le lien ou le code QR pour votre client.</translation>
    </message>
    <message>
        <source>Create a paylink or pick a row in History to see its link here.</source>
        <translation>Créez un paylink ou choisissez une ligne de l&apos;historique pour voir son lien ici.</translation>
    </message>
</context>
<context>
    <name>LinkState</name>
    <message>
        <source>Waiting for payment</source>
        <translation>En attente de paiement</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation>Payé en partie</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>“%s” has already been paid. Send its link to a customer anyway?</source>
        <translation>« %s » a déjà été payé. Envoyer quand même son lien à un client ?</translation>
    </message>
    <message>
        <source>“%s” was deleted on the server: its link no longer works. Send it to a customer anyway?</source>
        <translation>« %s » a été supprimé sur le serveur : son lien ne fonctionne plus. L’envoyer quand même à un client ?</translation>
    </message>
    <message>
        <source>“%s” has expired: its link no longer takes payments. Send it to a customer anyway?</source>
        <translation>« %s » a expiré : son lien n’accepte plus de paiements. L’envoyer quand même à un client ?</translation>
    </message>
</context>
<context>
    <name>LinkStateBadge</name>
    <message>
        <source>Link state</source>
        <translation>État du lien</translation>
    </message>
    <message>
        <source>Send this link?</source>
        <translation>Envoyer ce lien ?</translation>
    </message>
</context>
<context>
    <name>LinkView</name>
    <message>
        <source>Payment page</source>
        <translation>Page de paiement</translation>
    </message>
    <message>
        <source>Paylink</source>
        <translation>Paylink</translation>
    </message>
    <message>
        <source>Amount chosen by the customer</source>
        <translation>Montant choisi par le client</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>E-mail opened in your mail program</source>
        <translation>E-mail ouvert dans votre messagerie</translation>
    </message>
    <message>
        <source>No e-mail program could be opened.</source>
        <translation>Aucune messagerie n’a pu être ouverte.</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>Code QR</translation>
    </message>
    <message>
        <source>Could not save the QR code to %s: %s</source>
        <translation>Impossible d&apos;enregistrer le code QR dans %s&#xa0;: %s</translation>
    </message>
    <message>
        <source>QR code saved to %s</source>
        <translation>Code QR enregistré dans %s</translation>
    </message>
    <message>
        <source>No browser could be opened. Copy the link and paste it into one.</source>
        <translation>Aucun navigateur n&apos;a pu être ouvert. Copiez le lien et collez-le dans un navigateur.</translation>
    </message>
    <message>
        <source>Payment link</source>
        <translation>Lien de paiement</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Copier le lien</translation>
    </message>
    <message>
        <source>Copy the payment link to the clipboard</source>
        <translation>Copier le lien de paiement dans le presse-papiers</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Ouvrir dans le navigateur</translation>
    </message>
    <message>
        <source>Open the payment page in your web browser</source>
        <translation>Ouvrir la page de paiement dans votre navigateur</translation>
    </message>
    <message>
        <source>QR code of the payment link</source>
        <translation>Code QR du lien de paiement</translation>
    </message>
    <message>
        <source>Copy QR</source>
        <translation>Copier le QR</translation>
    </message>
    <message>
        <source>Copy the QR code to the clipboard as an image</source>
        <translation>Copier le code QR dans le presse-papiers sous forme d&apos;image</translation>
    </message>
    <message>
        <source>Save QR…</source>
        <translation>Enregistrer le QR…</translation>
    </message>
    <message>
        <source>Save the QR code as a PNG or SVG file</source>
        <translation>Enregistrer le code QR dans un fichier PNG ou SVG</translation>
    </message>
    <message>
        <source>Message language</source>
        <translation>Langue du message</translation>
    </message>
    <message>
        <source>The language of the message for the customer</source>
        <translation>La langue du message destiné au client</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>Copier le message</translation>
    </message>
    <message>
        <source>Copy a short message with title, amount and link, for an e-mail</source>
        <translation>Copier un court message avec titre, montant et lien, pour un e-mail</translation>
    </message>
    <message>
        <source>E-mail…</source>
        <translation>E-mail…</translation>
    </message>
    <message>
        <source>Write the message in your e-mail program, to the customer&apos;s address if known</source>
        <translation>Écrire le message dans votre messagerie, à l’adresse du client si elle est connue</translation>
    </message>
    <message>
        <source>Last action</source>
        <translation>Dernière action</translation>
    </message>
</context>
<context>
    <name>ListTable</name>
    <message>
        <source>Cell</source>
        <translation>Cellule</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Copy cell</source>
        <translation>Copier la cellule</translation>
    </message>
    <message>
        <source>Copy row</source>
        <translation>Copier la ligne</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Abonnements</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>À traiter</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <source>The interface is now in %s.</source>
        <translation>L&apos;interface est maintenant en %s.</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnostic</translation>
    </message>
    <message>
        <source>Create the paylink or payment page of the open form</source>
        <translation>Créer le paylink ou la page de paiement du formulaire ouvert</translation>
    </message>
    <message>
        <source>Copy the last created link</source>
        <translation>Copier le dernier lien créé</translation>
    </message>
    <message>
        <source>Manage instances</source>
        <translation>Gérer les instances</translation>
    </message>
    <message>
        <source>Search in History or Subscriptions</source>
        <translation>Rechercher dans l&apos;historique ou les abonnements</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>A paylink is a payment link for one amount: send it by e-mail or show its QR code.</source>
        <translation>Un paylink est un lien de paiement pour un montant : envoyez-le par e-mail ou montrez son code QR.</translation>
    </message>
    <message>
        <source>A payment page stays open for any number of payments: share its link or QR code.</source>
        <translation>Une page de paiement reste ouverte pour autant de paiements que nécessaire : partagez son lien ou son code QR.</translation>
    </message>
    <message>
        <source>Every paylink and payment page created here, with what became of it.</source>
        <translation>Tous les paylinks et pages de paiement créés ici, et ce qu&apos;ils sont devenus.</translation>
    </message>
    <message>
        <source>The instance&apos;s subscriptions: who is active, in notice, failed or cancelled.</source>
        <translation>Les abonnements de l&apos;instance : actifs, en préavis, en échec ou résiliés.</translation>
    </message>
    <message>
        <source>Switch between Paylink, Payment page, History and Subscriptions</source>
        <translation>Passer de Paylink à Page de paiement, Historique et Abonnements</translation>
    </message>
    <message>
        <source>Create paylinks from a spreadsheet</source>
        <translation>Créer des liens de paiement depuis un tableur</translation>
    </message>
    <message>
        <source>Paylink</source>
        <translation>Paylink</translation>
    </message>
    <message>
        <source>Payment page</source>
        <translation>Page de paiement</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instance</translation>
    </message>
    <message>
        <source>Instance:</source>
        <translation>Instance&#xa0;:</translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation>DÉMO</translation>
    </message>
    <message>
        <source>The Demo instance is a local sandbox: nothing is charged, nothing leaves this computer.</source>
        <translation>L&apos;instance Démo est un bac à sable local&#xa0;: rien n&apos;est débité, rien ne quitte cet ordinateur.</translation>
    </message>
    <message>
        <source>READ-ONLY</source>
        <translation>LECTURE SEULE</translation>
    </message>
    <message>
        <source>This instance is set to read-only: nothing can be created, cancelled or deleted.</source>
        <translation>Cette instance est en lecture seule&#xa0;: rien ne peut être créé, résilié ou supprimé.</translation>
    </message>
    <message>
        <source>Manage instances…</source>
        <translation>Gérer les instances…</translation>
    </message>
    <message>
        <source>What happened?…</source>
        <translation>Que s&apos;est-il passé&#xa0;?…</translation>
    </message>
    <message>
        <source>Leave it open</source>
        <translation>Laisser ouvert</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Create paylinks from a &amp;spreadsheet…</source>
        <translation>Créer des liens de paiement depuis un &amp;tableur…</translation>
    </message>
    <message>
        <source>&amp;Reset Demo…</source>
        <translation>&amp;Réinitialiser la démo…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>Copy last &amp;link</source>
        <translation>Copier le dernier &amp;lien</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Ouvrir le dossier des &amp;journaux</translation>
    </message>
    <message>
        <source>Copy &amp;diagnostics</source>
        <translation>Copier le &amp;diagnostic</translation>
    </message>
    <message>
        <source>&amp;About Paydesk</source>
        <translation>À &amp;propos de Paydesk</translation>
    </message>
    <message>
        <source>No instance yet: add one in Manage instances.</source>
        <translation>Aucune instance pour l&apos;instant&#xa0;: ajoutez-en une dans «&#xa0;Gérer les instances&#xa0;».</translation>
    </message>
    <message>
        <source>no instance</source>
        <translation>aucune instance</translation>
    </message>
    <message>
        <source>Paydesk – %s</source>
        <translation>Paydesk – %s</translation>
    </message>
    <message>
        <source>Paydesk was stopped while it was creating “%s” (%s, reference %s): it may have been created. Say what happened before creating it again.</source>
        <translation>Paydesk a été arrêté pendant la création de «&#xa0;%s&#xa0;» (%s, référence %s)&#xa0;: il a peut-être été créé. Indiquez ce qui s&apos;est passé avant de le recréer.</translation>
    </message>
    <message>
        <source>Paydesk was stopped while it was creating %d paylinks or payment pages: they may have been created. Say what happened before creating them again.</source>
        <translation>Paydesk a été arrêté pendant la création de %d paylinks ou pages de paiement&#xa0;: ils ont peut-être été créés. Indiquez ce qui s&apos;est passé avant de les recréer.</translation>
    </message>
    <message>
        <source>Created “%s”: the link is ready.</source>
        <translation>«&#xa0;%s&#xa0;» créé&#xa0;: le lien est prêt.</translation>
    </message>
    <message>
        <source>%s — %s</source>
        <translation>%s — %s</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>About Paydesk</source>
        <translation>À propos de Paydesk</translation>
    </message>
    <message>
        <source>Paydesk %s
Paylinks, payment pages and subscriptions for Payrexx-platform instances.</source>
        <translation>Paydesk %s
Paylinks, pages de paiement et abonnements pour les instances de la plateforme Payrexx.</translation>
    </message>
    <message>
        <source>Needs attention (%d)</source>
        <translation>À traiter (%d)</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Masquer</translation>
    </message>
</context>
<context>
    <name>PaylinkCreator</name>
    <message>
        <source>Creating paylink “%s”</source>
        <translation>Création du paylink «&#xa0;%s&#xa0;»</translation>
    </message>
    <message>
        <source>Creating payment page “%s”</source>
        <translation>Création de la page de paiement «&#xa0;%s&#xa0;»</translation>
    </message>
    <message>
        <source>Something unexpected went wrong; the details are in the log.</source>
        <translation>Une erreur inattendue s&apos;est produite&#xa0;; les détails figurent dans le journal.</translation>
    </message>
    <message>
        <source>%s It may have been created: look in History or the dashboard before creating it again.</source>
        <translation>%s Il a peut-être été créé&#xa0;: vérifiez l&apos;historique ou le tableau de bord avant de le recréer.</translation>
    </message>
</context>
<context>
    <name>PaylinkFormView</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Motif de paiement</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>Taux de TVA</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <source>Payment providers</source>
        <translation>Prestataires de paiement</translation>
    </message>
    <message>
        <source>Success page</source>
        <translation>Page de réussite</translation>
    </message>
    <message>
        <source>Failure page</source>
        <translation>Page d&apos;échec</translation>
    </message>
    <message>
        <source>Button text</source>
        <translation>Texte du bouton</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Required on the payment page</source>
        <translation>Obligatoire sur la page de paiement</translation>
    </message>
    <message>
        <source>What is it for?</source>
        <translation>De quoi s&apos;agit-il&#xa0;?</translation>
    </message>
    <message>
        <source>e.g. Invoice 2026-017</source>
        <translation>p. ex. Facture 2026-017</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>Shown on the payment page (optional)</source>
        <translation>Affiché sur la page de paiement (facultatif)</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Des&amp;cription&#xa0;:</translation>
    </message>
    <message>
        <source>Payment purpose (optional)</source>
        <translation>Motif de paiement (facultatif)</translation>
    </message>
    <message>
        <source>One text per language</source>
        <translation>Un texte par langue</translation>
    </message>
    <message>
        <source>P&amp;urpose:</source>
        <translation>&amp;Motif de paiement&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. %s</source>
        <translation>p. ex. %s</translation>
    </message>
    <message>
        <source>VAT &amp;rate (%):</source>
        <translation>Ta&amp;ux de TVA (%)&#xa0;:</translation>
    </message>
    <message>
        <source>Refere&amp;nce:</source>
        <translation>&amp;Référence&#xa0;:</translation>
    </message>
    <message>
        <source>E&amp;xpires:</source>
        <translation>E&amp;xpiration&#xa0;:</translation>
    </message>
    <message>
        <source>F&amp;irst name:</source>
        <translation>&amp;Prénom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Société&#xa0;:</translation>
    </message>
    <message>
        <source>Pa&amp;yment methods:</source>
        <translation>Mo&amp;yens de paiement&#xa0;:</translation>
    </message>
    <message>
        <source>Failure pa&amp;ge:</source>
        <translation>Page d&apos;éc&amp;hec&#xa0;:</translation>
    </message>
    <message>
        <source>Create a paylink for %s?</source>
        <translation>Créer un paylink de %s ?</translation>
    </message>
    <message>
        <source>Create a payment page for %s?</source>
        <translation>Créer une page de paiement de %s ?</translation>
    </message>
    <message>
        <source>Title: “%s”. The customer pays exactly %s.</source>
        <translation>Titre : « %s ». Le client paie exactement %s.</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>M&amp;ontant&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. 8.1 (optional)</source>
        <translation>p. ex. 8.1 (facultatif)</translation>
    </message>
    <message>
        <source>No expiry</source>
        <translation>Sans expiration</translation>
    </message>
    <message>
        <source>In 7 days</source>
        <translation>Dans 7 jours</translation>
    </message>
    <message>
        <source>In 14 days</source>
        <translation>Dans 14 jours</translation>
    </message>
    <message>
        <source>In 30 days</source>
        <translation>Dans 30 jours</translation>
    </message>
    <message>
        <source>On a date…</source>
        <translation>Date précise…</translation>
    </message>
    <message>
        <source>Customer (prefilled on the payment page)</source>
        <translation>Client (prérempli sur la page de paiement)</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>E-mai&amp;l&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avancé</translation>
    </message>
    <message>
        <source>Provider ids, e.g. 36, 44 (empty: all)</source>
        <translation>Identifiants des prestataires, p. ex. 36, 44 (vide&#xa0;: tous)</translation>
    </message>
    <message>
        <source>Payment &amp;providers:</source>
        <translation>Pr&amp;estataires de paiement&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. visa, mastercard, twint (empty: all)</source>
        <translation>p. ex. visa, mastercard, twint (vide&#xa0;: tous)</translation>
    </message>
    <message>
        <source>&amp;Success page:</source>
        <translation>Pa&amp;ge de réussite&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Button text:</source>
        <translation>Texte du &amp;bouton&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;KU:</source>
        <translation>S&amp;KU&#xa0;:</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Détails…</translation>
    </message>
    <message>
        <source>Clear form</source>
        <translation>Vider le formulaire</translation>
    </message>
    <message>
        <source>Create paylink</source>
        <translation>Créer le paylink</translation>
    </message>
    <message>
        <source>Create payment page</source>
        <translation>Créer la page de paiement</translation>
    </message>
    <message>
        <source>What happened?…</source>
        <translation>Que s&apos;est-il passé&#xa0;?…</translation>
    </message>
    <message>
        <source>The unsent paylink typed last time could not be restored and was dropped.</source>
        <translation>Le paylink saisi la dernière fois et non envoyé n’a pas pu être restauré et a été abandonné.</translation>
    </message>
    <message>
        <source>The unsent payment page typed last time could not be restored and was dropped.</source>
        <translation>La page de paiement saisie la dernière fois et non envoyée n’a pas pu être restaurée et a été abandonnée.</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Création…</translation>
    </message>
    <message>
        <source>Waiting for the platform&apos;s answer…</source>
        <translation>En attente de la réponse de la plateforme…</translation>
    </message>
    <message>
        <source>“%s” may have been created: say what happened before creating again.</source>
        <translation>«&#xa0;%s&#xa0;» a peut-être été créé&#xa0;: indiquez ce qui s&apos;est passé avant de recréer.</translation>
    </message>
    <message>
        <source>Create (%s)</source>
        <translation>Créer (%s)</translation>
    </message>
    <message>
        <source>To create, fix: %s.</source>
        <translation>Pour créer, corrigez&#xa0;: %s.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>PaymentNotifier</name>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Show this row in History</source>
        <translation>Afficher cette ligne dans l’historique</translation>
    </message>
    <message>
        <source>“%s” was paid: %s.</source>
        <translation>« %s » a été payé : %s.</translation>
    </message>
    <message>
        <source>“%s” was paid.</source>
        <translation>« %s » a été payé.</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) arrived.</source>
        <translation>
            <numerusform>%n paiement est arrivé.</numerusform>
            <numerusform>%n paiements sont arrivés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Payment received</source>
        <translation>Paiement reçu</translation>
    </message>
    <message>
        <source>subscription %d</source>
        <translation>abonnement %d</translation>
    </message>
    <message>
        <source>The subscription of %s is overdue: its payment did not come.</source>
        <translation>L’abonnement de %s est en retard : son paiement n’est pas arrivé.</translation>
    </message>
    <message>
        <source>The subscription of %s is in notice: it will end.</source>
        <translation>L’abonnement de %s est en préavis : il va prendre fin.</translation>
    </message>
    <message>
        <source>The subscription of %s was cancelled.</source>
        <translation>L’abonnement de %s a été résilié.</translation>
    </message>
    <message numerus="yes">
        <source>%n more subscription(s) changed too.</source>
        <translation>
            <numerusform>%n autre abonnement a aussi changé.</numerusform>
            <numerusform>%n autres abonnements ont aussi changé.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show this subscription in Subscriptions</source>
        <translation>Afficher cet abonnement dans Abonnements</translation>
    </message>
    <message>
        <source>Subscription changed</source>
        <translation>Abonnement modifié</translation>
    </message>
</context>
<context>
    <name>Payments</name>
    <message>
        <source>Exporting payments</source>
        <translation>Exportation des paiements</translation>
    </message>
    <message>
        <source>Loading payments (page %d)</source>
        <translation>Chargement des paiements (page %d)</translation>
    </message>
    <message>
        <source>The platform asks Paydesk to slow down: loading goes on in a minute.</source>
        <translation>La plateforme demande à Paydesk de ralentir : le chargement reprend dans une minute.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Moyen de paiement</translation>
    </message>
    <message>
        <source>Test/live</source>
        <translation>Test/réel</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <source>Authorized or reserved</source>
        <translation>Autorisé ou réservé</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Remboursé</translation>
    </message>
    <message>
        <source>Disputed or charged back</source>
        <translation>Contesté ou rétrofacturé</translation>
    </message>
    <message>
        <source>Declined, cancelled or failed</source>
        <translation>Refusé, annulé ou échoué</translation>
    </message>
    <message>
        <source>Not finished</source>
        <translation>Non terminé</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>PaymentsDialog</name>
    <message>
        <source>Payments – %s</source>
        <translation>Paiements – %s</translation>
    </message>
    <message>
        <source>Loading payments…</source>
        <translation>Chargement des paiements…</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Payeur</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Prestataire</translation>
    </message>
    <message>
        <source>Test/live</source>
        <translation>Test/réel</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Paiements</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) through this link.</source>
        <translation>
            <numerusform>%n paiement par ce lien.</numerusform>
            <numerusform>%n paiements par ce lien.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them paid.</source>
        <translation>
            <numerusform>Dont %n payé.</numerusform>
            <numerusform>Dont %n payés.</numerusform>
        </translation>
    </message>
    <message>
        <source>No payments yet.</source>
        <translation>Aucun paiement pour l&apos;instant.</translation>
    </message>
    <message>
        <source>The payments could not be loaded: %s</source>
        <translation>Les paiements n&apos;ont pas pu être chargés&#xa0;: %s</translation>
    </message>
</context>
<context>
    <name>PaymentsView</name>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtre de statut</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Test or live</source>
        <translation>Test ou réel</translation>
    </message>
    <message>
        <source>Live and test</source>
        <translation>Réel et test</translation>
    </message>
    <message>
        <source>Live only</source>
        <translation>Réel seulement</translation>
    </message>
    <message>
        <source>Test only</source>
        <translation>Test seulement</translation>
    </message>
    <message>
        <source>Search reference, customer, amount</source>
        <translation>Chercher référence, client, montant</translation>
    </message>
    <message>
        <source>Search payments</source>
        <translation>Chercher dans les paiements</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Save the payments as the list shows them (CSV)</source>
        <translation>Enregistrer les paiements tels que la liste les montre (CSV)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 jours</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 jours</translation>
    </message>
    <message>
        <source>Paid, live</source>
        <translation>Payé, réel</translation>
    </message>
    <message>
        <source>Paid, test</source>
        <translation>Payé, test</translation>
    </message>
    <message>
        <source>Currency of the chart</source>
        <translation>Devise du graphique</translation>
    </message>
    <message>
        <source>Last 30 days, per day: ■ live, ▨ test</source>
        <translation>30 derniers jours, par jour : ■ réel, ▨ test</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message>
        <source>Export payments</source>
        <translation>Exporter les paiements</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Choose an instance to see its payments.</source>
        <translation>Choisissez une instance pour voir ses paiements.</translation>
    </message>
    <message>
        <source>Loading payments… %d so far</source>
        <translation>Chargement des paiements… %d jusqu’ici</translation>
    </message>
    <message>
        <source>%d payments in these days.</source>
        <translation>%d paiements ces jours-là.</translation>
    </message>
    <message>
        <source>Loading stopped after %d payments: %s</source>
        <translation>Chargement arrêté après %d paiements : %s</translation>
    </message>
    <message>
        <source>No paid payments in the last 30 days.</source>
        <translation>Aucun paiement payé ces 30 derniers jours.</translation>
    </message>
    <message>
        <source>%s: %s live and %s test in 30 days.</source>
        <translation>%s : %s réel et %s test en 30 jours.</translation>
    </message>
    <message>
        <source>Best day: %s with %s.</source>
        <translation>Meilleur jour : %s avec %s.</translation>
    </message>
    <message>
        <source>%d payments saved to %s.</source>
        <translation>%d paiements enregistrés dans %s.</translation>
    </message>
</context>
<context>
    <name>ProfileErrors</name>
    <message>
        <source>The profile id may contain only lowercase letters a–z, digits and single hyphens (at most %d characters).</source>
        <translation>L&apos;identifiant du profil ne peut contenir que des lettres minuscules a–z, des chiffres et des traits d&apos;union simples (au plus %d caractères).</translation>
    </message>
    <message>
        <source>The display name must be text.</source>
        <translation>Le nom affiché doit être du texte.</translation>
    </message>
    <message>
        <source>Enter a display name.</source>
        <translation>Saisissez un nom affiché.</translation>
    </message>
    <message>
        <source>The display name is too long (at most %d characters).</source>
        <translation>Le nom affiché est trop long (au plus %d caractères).</translation>
    </message>
    <message>
        <source>The instance name must be text.</source>
        <translation>Le nom d&apos;instance doit être du texte.</translation>
    </message>
    <message>
        <source>Enter the instance name: for a payment page at example.payrexx.com it is “example”.</source>
        <translation>Saisissez le nom d&apos;instance&#xa0;: pour une page de paiement à l&apos;adresse example.payrexx.com, c&apos;est «&#xa0;example&#xa0;».</translation>
    </message>
    <message>
        <source>Enter only the instance name, not an address: for example.payrexx.com it is “example”.</source>
        <translation>Saisissez uniquement le nom d&apos;instance, pas une adresse&#xa0;: pour example.payrexx.com, c&apos;est «&#xa0;example&#xa0;».</translation>
    </message>
    <message>
        <source>The instance name may contain only letters a–z, digits and hyphens.</source>
        <translation>Le nom d&apos;instance ne peut contenir que des lettres a–z, des chiffres et des traits d&apos;union.</translation>
    </message>
    <message>
        <source>The instance name must not start or end with a hyphen.</source>
        <translation>Le nom d&apos;instance ne doit ni commencer ni finir par un trait d&apos;union.</translation>
    </message>
    <message>
        <source>The instance name is too long (at most 63 characters).</source>
        <translation>Le nom d&apos;instance est trop long (au plus 63 caractères).</translation>
    </message>
    <message>
        <source>The base domain must be text.</source>
        <translation>Le domaine de base doit être du texte.</translation>
    </message>
    <message>
        <source>The reference prefix must not contain control, invisible or direction-changing characters (%s).</source>
        <translation>Le préfixe de référence ne doit contenir aucun caractère de contrôle, invisible ou changeant le sens d’écriture (%s).</translation>
    </message>
    <message>
        <source>Use the digits 0-9 for the VAT rate, for example 8.1.</source>
        <translation>Utilisez les chiffres 0-9 pour le taux de TVA, par exemple 8.1.</translation>
    </message>
    <message>
        <source>Use the digits 0-9 for the confirmation amount, for example 500.</source>
        <translation>Utilisez les chiffres 0-9 pour le montant de confirmation, par exemple 500.</translation>
    </message>
    <message>
        <source>Use the digits 0-9 for the request budget, a whole number from 1 to %d.</source>
        <translation>Utilisez les chiffres 0-9 pour le budget de requêtes, un nombre entier de 1 à %d.</translation>
    </message>
    <message>
        <source>The base URL must be text.</source>
        <translation>L&apos;URL de base doit être du texte.</translation>
    </message>
    <message>
        <source>The API version must be text.</source>
        <translation>La version d&apos;API doit être du texte.</translation>
    </message>
    <message>
        <source>The display name must not contain control, invisible or direction-changing characters (%s).</source>
        <translation>Le nom affiché ne doit contenir aucun caractère de contrôle, invisible ou changeant le sens d’écriture (%s).</translation>
    </message>
    <message>
        <source>The authentication scheme must be “signature” or “api-key header”.</source>
        <translation>Le mode d&apos;authentification doit être «&#xa0;signature&#xa0;» ou «&#xa0;api-key header&#xa0;».</translation>
    </message>
    <message>
        <source>The currency must be a three-letter code such as CHF or EUR.</source>
        <translation>La devise doit être un code de trois lettres, comme CHF ou EUR.</translation>
    </message>
    <message>
        <source>The document language must be one of de, fr, it or en.</source>
        <translation>La langue par défaut doit être de, fr, it ou en.</translation>
    </message>
    <message>
        <source>The reference prefix must be text.</source>
        <translation>Le préfixe de référence doit être du texte.</translation>
    </message>
    <message>
        <source>The reference prefix is too long (at most %d characters).</source>
        <translation>Le préfixe de référence est trop long (au plus %d caractères).</translation>
    </message>
    <message>
        <source>The VAT rate must be a number from 0 to 100, for example 8.1, or empty for none.</source>
        <translation>Le taux de TVA doit être un nombre de 0 à 100, par exemple 8.1, ou vide pour aucun.</translation>
    </message>
    <message>
        <source>The confirmation amount must be a number of 0 or more, for example 500, or empty to never ask.</source>
        <translation>Le montant de confirmation doit être un nombre égal ou supérieur à 0, par exemple 500, ou vide pour ne jamais demander.</translation>
    </message>
    <message>
        <source>The request budget must be a whole number from 1 to %d (requests per 5 minutes).</source>
        <translation>Le budget de requêtes doit être un nombre entier de 1 à %d (requêtes par tranche de 5 minutes).</translation>
    </message>
    <message>
        <source>Read-only must be on or off (true or false).</source>
        <translation>«&#xa0;Lecture seule&#xa0;» doit être activé ou désactivé (true ou false).</translation>
    </message>
    <message>
        <source>Notifications must be on or off (true or false).</source>
        <translation>Les messages de paiement doivent être activés ou désactivés (true ou false).</translation>
    </message>
    <message>
        <source>The Demo switch must be on or off (true or false).</source>
        <translation>L&apos;option Démo doit être activée ou désactivée (true ou false).</translation>
    </message>
    <message>
        <source>A base URL is only allowed for the built-in Demo instance.</source>
        <translation>Une URL de base n&apos;est permise que pour l&apos;instance Démo intégrée.</translation>
    </message>
    <message>
        <source>The Demo instance needs the sandbox&apos;s loopback address, for example http://127.0.0.1:8080.</source>
        <translation>L&apos;instance Démo a besoin de l&apos;adresse de bouclage du bac à sable, par exemple http://127.0.0.1:8080.</translation>
    </message>
    <message>
        <source>The id “%s” is reserved for the built-in Demo instance.</source>
        <translation>L&apos;identifiant «&#xa0;%s&#xa0;» est réservé à l&apos;instance Démo intégrée.</translation>
    </message>
    <message>
        <source>The profile folder %s cannot be read (%s).</source>
        <translation>Le dossier des profils %s ne peut pas être lu (%s).</translation>
    </message>
    <message>
        <source>The file name is not a valid profile id (lowercase letters a–z, digits and hyphens, then .json).</source>
        <translation>Le nom du fichier n&apos;est pas un identifiant de profil valide (lettres minuscules a–z, chiffres et traits d&apos;union, puis .json).</translation>
    </message>
    <message>
        <source>The file cannot be read (%s).</source>
        <translation>Le fichier ne peut pas être lu (%s).</translation>
    </message>
    <message>
        <source>The file is far too large to be a profile.</source>
        <translation>Le fichier est bien trop volumineux pour être un profil.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text.</source>
        <translation>Le fichier n&apos;est pas du texte UTF-8.</translation>
    </message>
    <message>
        <source>The file is not valid JSON (line %d, column %d: %s).</source>
        <translation>Le fichier n&apos;est pas du JSON valide (ligne %d, colonne %d&#xa0;: %s).</translation>
    </message>
    <message>
        <source>The file holds a number too long or nesting too deep to be a profile.</source>
        <translation>Le fichier contient un nombre trop long ou une imbrication trop profonde pour être un profil.</translation>
    </message>
    <message>
        <source>The file does not hold a profile (a JSON object was expected).</source>
        <translation>Le fichier ne contient pas de profil (un objet JSON était attendu).</translation>
    </message>
    <message>
        <source>The file has no valid “%s” version number.</source>
        <translation>Le fichier n&apos;a pas de numéro de version «&#xa0;%s&#xa0;» valide.</translation>
    </message>
    <message>
        <source>It was written by a newer version of Paydesk and has values this version does not understand: %s The file was left unchanged.</source>
        <translation>Il a été écrit par une version plus récente de Paydesk et contient des valeurs que cette version ne comprend pas&#xa0;: %s Le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>It could not be moved aside (%s) and was left in place.</source>
        <translation>Il n&apos;a pas pu être mis de côté (%s) et a été laissé en place.</translation>
    </message>
    <message>
        <source>The file was moved aside to %s.</source>
        <translation>Le fichier a été mis de côté sous le nom %s.</translation>
    </message>
</context>
<context>
    <name>SecretStorage</name>
    <message>
        <source>the system keychain</source>
        <translation>le trousseau du système</translation>
    </message>
    <message>
        <source>the secrets file</source>
        <translation>le fichier des clés secrètes</translation>
    </message>
    <message>
        <source>memory until Paydesk closes</source>
        <translation>la mémoire jusqu&apos;à la fermeture de Paydesk</translation>
    </message>
</context>
<context>
    <name>Spreadsheet</name>
    <message>
        <source>Could not write %s: %s</source>
        <translation>Impossible d’écrire %s : %s</translation>
    </message>
</context>
<context>
    <name>StartupRepairs</name>
    <message>
        <source>The local database was damaged and has been moved aside to %s; the %d entries that could still be read were kept.</source>
        <translation>La base de données locale était endommagée et a été mise de côté sous %s ; les %d entrées encore lisibles ont été conservées.</translation>
    </message>
    <message>
        <source>The local database was damaged and has been moved aside to %s; nothing in it could be read, so Paydesk starts with an empty one.</source>
        <translation>La base de données locale était endommagée et a été mise de côté sous %s ; rien n’y était lisible, Paydesk démarre donc avec une base vide.</translation>
    </message>
    <message>
        <source>The preferences file was damaged and has been moved aside to %s; Paydesk starts with the default preferences.</source>
        <translation>Le fichier des préférences était endommagé et a été mis de côté sous %s ; Paydesk démarre avec les préférences par défaut.</translation>
    </message>
    <message>
        <source>The instance file %s could not be used and has been moved aside to %s; Manage instances says why.</source>
        <translation>Le fichier d’instance %s était inutilisable et a été mis de côté sous %s ; « Gérer les instances » indique pourquoi.</translation>
    </message>
</context>
<context>
    <name>SubscriptionDetail</name>
    <message>
        <source>Mr</source>
        <translation>M.</translation>
    </message>
    <message>
        <source>Ms</source>
        <translation>Mme</translation>
    </message>
    <message>
        <source>Mrs</source>
        <translation>Mme</translation>
    </message>
    <message>
        <source>Select a subscription to see its details.</source>
        <translation>Sélectionnez un abonnement pour voir ses détails.</translation>
    </message>
    <message>
        <source>Test/live</source>
        <translation>Test/réel</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Remise</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Remboursé</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Intervalle</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Next payment</source>
        <translation>Prochain paiement</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>First cancel date</source>
        <translation>Première date de résiliation</translation>
    </message>
    <message>
        <source>Cancelled on</source>
        <translation>Résilié le</translation>
    </message>
    <message>
        <source>Minimum term</source>
        <translation>Durée minimale</translation>
    </message>
    <message>
        <source>none (cancelled)</source>
        <translation>aucun (résilié)</translation>
    </message>
    <message>
        <source>Notice period</source>
        <translation>Délai de résiliation</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Invoice no.</source>
        <translation>N° de facture</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
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
        <translation>Copier le lien libre-service</translation>
    </message>
    <message>
        <source>Create a login link for this customer to manage their subscription, and copy it</source>
        <translation>Créer un lien de connexion permettant à ce client de gérer son abonnement, et le copier</translation>
    </message>
    <message>
        <source>Copy payment link</source>
        <translation>Copier le lien de paiement</translation>
    </message>
    <message>
        <source>Copy the link of the paylink behind it</source>
        <translation>Copier le lien du paylink sous-jacent</translation>
    </message>
    <message>
        <source>Cancel subscription…</source>
        <translation>Résilier l&apos;abonnement…</translation>
    </message>
    <message>
        <source>Stop this subscription on the platform (asks for confirmation) — Del</source>
        <translation>Arrêter cet abonnement sur la plateforme (demande confirmation) — Suppr</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Détails…</translation>
    </message>
    <message>
        <source>Id %s</source>
        <translation>ID %s</translation>
    </message>
    <message>
        <source>contact %s</source>
        <translation>contact %s</translation>
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
        <translation>Devise</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Intervalle</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Next payment</source>
        <translation>Prochain paiement</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Test/live</source>
        <translation>Test/réel</translation>
    </message>
    <message>
        <source>When the next payment is due (the platform&apos;s nextPayDate, else valid_until)</source>
        <translation>Date d&apos;échéance du prochain paiement (nextPayDate de la plateforme, sinon valid_until)</translation>
    </message>
    <message>
        <source>Test: made on the instance&apos;s test mode, no real money</source>
        <translation>Test&#xa0;: en mode test de l&apos;instance, sans argent réel</translation>
    </message>
    <message>
        <source>Set once a subscription is cancelled</source>
        <translation>Renseignée une fois l&apos;abonnement résilié</translation>
    </message>
    <message>
        <source>none</source>
        <translation>vide</translation>
    </message>
</context>
<context>
    <name>SubscriptionsController</name>
    <message>
        <source>Loading subscriptions (page %d)</source>
        <translation>Chargement des abonnements (page %d)</translation>
    </message>
    <message>
        <source>Reading the saved subscription list</source>
        <translation>Lecture de la liste d&apos;abonnements enregistrée</translation>
    </message>
    <message>
        <source>Saving the subscription list</source>
        <translation>Enregistrement de la liste d&apos;abonnements</translation>
    </message>
    <message>
        <source>This subscription has no customer contact, so there is no login link.</source>
        <translation>Cet abonnement n&apos;a pas de contact client, il n&apos;y a donc pas de lien de connexion.</translation>
    </message>
    <message>
        <source>Creating the customer&apos;s login link</source>
        <translation>Création du lien de connexion du client</translation>
    </message>
    <message>
        <source>The platform made no login link for this customer: try again.</source>
        <translation>La plateforme n&apos;a pas créé de lien de connexion pour ce client&#xa0;: réessayez.</translation>
    </message>
    <message>
        <source>Cancelling subscription %d</source>
        <translation>Résiliation de l&apos;abonnement %d</translation>
    </message>
    <message>
        <source>no. %d</source>
        <translation>n° %d</translation>
    </message>
    <message>
        <source>Subscription of %s: cancel sent; checking its status…</source>
        <translation>Abonnement de %s : résiliation envoyée ; vérification du statut…</translation>
    </message>
    <message>
        <source>Subscription of %s cancelled.</source>
        <translation>Abonnement de %s résilié.</translation>
    </message>
    <message>
        <source>The cancellation of subscription %d was sent but no answer came back, so it is not known whether it took effect. Its status is being checked: look at the row before trying again.</source>
        <translation>La résiliation de l&apos;abonnement %d a été envoyée mais aucune réponse n&apos;est revenue&#xa0;; on ne sait donc pas si elle a pris effet. Son statut est en cours de vérification&#xa0;: consultez la ligne avant de réessayer.</translation>
    </message>
    <message>
        <source>Subscription %d is now shown as the platform reports it.</source>
        <translation>L&apos;abonnement %d est maintenant affiché tel que la plateforme l&apos;indique.</translation>
    </message>
    <message>
        <source>Checking subscription %d</source>
        <translation>Vérification de l&apos;abonnement %d</translation>
    </message>
    <message>
        <source>Exporting subscriptions</source>
        <translation>Exportation des abonnements</translation>
    </message>
    <message>
        <source>Could not write %s</source>
        <translation>Impossible d&apos;écrire %s</translation>
    </message>
    <message>
        <source>The platform has not answered yet in this session: refresh the list first.</source>
        <translation>La plateforme n&apos;a pas encore répondu dans cette session&#xa0;: actualisez d&apos;abord la liste.</translation>
    </message>
</context>
<context>
    <name>SubscriptionsView</name>
    <message>
        <source>Customer, e-mail, reference or id (%s)</source>
        <translation>Client, e-mail, référence ou ID (%s)</translation>
    </message>
    <message>
        <source>Search subscriptions</source>
        <translation>Rechercher des abonnements</translation>
    </message>
    <message>
        <source>Show only subscriptions whose status Paydesk does not know (shown as the platform sent it)</source>
        <translation>Afficher seulement les abonnements dont Paydesk ne connaît pas le statut (affiché tel que la plateforme l&apos;envoie)</translation>
    </message>
    <message>
        <source>Show only “%s” subscriptions (choose several to combine)</source>
        <translation>Afficher uniquement les abonnements «&#xa0;%s&#xa0;» (plusieurs combinables)</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>À surveiller</translation>
    </message>
    <message>
        <source>In notice, overdue (active with the next payment in the past), or a status Paydesk does not know</source>
        <translation>En préavis, en retard (actif, prochain paiement dans le passé) ou un statut que Paydesk ne connaît pas</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Load the list again from the platform (F5)</source>
        <translation>Recharger la liste depuis la plateforme (F5)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop loading; what has arrived stays</source>
        <translation>Arrêter le chargement&#xa0;; ce qui est déjà arrivé reste</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Save the list as shown (search, chips, sort and columns) as a CSV file</source>
        <translation>Enregistrer la liste telle qu&apos;affichée (recherche, filtres, tri et colonnes) dans un fichier CSV</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Choose the columns to show</source>
        <translation>Choisir les colonnes à afficher</translation>
    </message>
    <message>
        <source>Choose columns</source>
        <translation>Choisir les colonnes</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Continue loading from the first missing page</source>
        <translation>Reprendre le chargement à partir de la première page manquante</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Détails…</translation>
    </message>
    <message>
        <source>Show what the platform answered</source>
        <translation>Afficher la réponse de la plateforme</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Abonnements</translation>
    </message>
    <message>
        <source>Refresh subscriptions</source>
        <translation>Actualiser les abonnements</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message>
        <source>Export subscriptions</source>
        <translation>Exporter les abonnements</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Creating the customer&apos;s login link…</source>
        <translation>Création du lien de connexion du client…</translation>
    </message>
    <message>
        <source>Payment link</source>
        <translation>Lien de paiement</translation>
    </message>
    <message>
        <source>Payment link copied.</source>
        <translation>Lien de paiement copié.</translation>
    </message>
    <message>
        <source>Cancelling subscription %d…</source>
        <translation>Résiliation de l&apos;abonnement %d…</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Choose an instance to see its subscriptions.</source>
        <translation>Choisissez une instance pour voir ses abonnements.</translation>
    </message>
    <message>
        <source>%d of ~%d</source>
        <translation>%d sur ~%d</translation>
    </message>
    <message>
        <source>Refreshing… %s (the rest as of %s)</source>
        <translation>Actualisation… %s (le reste à l&apos;état du %s)</translation>
    </message>
    <message>
        <source>Loading… %s</source>
        <translation>Chargement… %s</translation>
    </message>
    <message>
        <source>%d subscriptions, as of %s</source>
        <translation>%d abonnements, état au %s</translation>
    </message>
    <message>
        <source>Subscriptions from no. %d on are missing.</source>
        <translation>Les abonnements à partir du n° %d manquent.</translation>
    </message>
    <message>
        <source>Stopped after %s. %s</source>
        <translation>Arrêté après %s. %s</translation>
    </message>
    <message>
        <source>Page %d failed: %s %s</source>
        <translation>Échec de la page %d&#xa0;: %s %s</translation>
    </message>
    <message>
        <source>Offline: showing the saved list as of %s, read-only.</source>
        <translation>Hors ligne&#xa0;: liste enregistrée à l&apos;état du %s, en lecture seule.</translation>
    </message>
    <message>
        <source>%s (%d)</source>
        <translation>%s (%d)</translation>
    </message>
    <message>
        <source>%s: %d subscriptions</source>
        <translation>%s&#xa0;: %d abonnements</translation>
    </message>
    <message>
        <source>Not available until the platform answers: refresh the list.</source>
        <translation>Indisponible tant que la plateforme n&apos;a pas répondu&#xa0;: actualisez la liste.</translation>
    </message>
    <message>
        <source>Self-service link</source>
        <translation>Lien libre-service</translation>
    </message>
    <message>
        <source>subscription %d</source>
        <translation>abonnement %d</translation>
    </message>
    <message>
        <source>Self-service link for %s copied; it works until %s.</source>
        <translation>Lien libre-service de %s copié&#xa0;; il est valable jusqu&apos;au %s.</translation>
    </message>
    <message>
        <source>Self-service link for %s copied.</source>
        <translation>Lien libre-service de %s copié.</translation>
    </message>
    <message>
        <source>%d subscriptions exported to %s.</source>
        <translation>%d abonnements exportés vers %s.</translation>
    </message>
    <message>
        <source>Loading subscriptions</source>
        <translation>Chargement des abonnements</translation>
    </message>
</context>
<context>
    <name>UnknownCreate</name>
    <message>
        <source>That is the payment link; Paydesk needs the number (id) the dashboard shows for it.</source>
        <translation>C&apos;est le lien de paiement&#xa0;; Paydesk a besoin du numéro (id) que le tableau de bord affiche pour lui.</translation>
    </message>
    <message>
        <source>Enter the number (id) the dashboard shows for it.</source>
        <translation>Saisissez le numéro (id) que le tableau de bord affiche pour lui.</translation>
    </message>
    <message>
        <source>Checking number %s</source>
        <translation>Vérification du numéro %s</translation>
    </message>
    <message>
        <source>No payment with reference %s so far. That does not mean it was not created: a paylink shows up in the payments only once someone has paid it.</source>
        <translation>Aucun paiement avec la référence %s pour l&apos;instant. Cela ne veut pas dire qu&apos;il n&apos;a pas été créé&#xa0;: un paylink n&apos;apparaît dans les paiements qu&apos;une fois payé.</translation>
    </message>
    <message>
        <source>Looking for payments with reference %s</source>
        <translation>Recherche des paiements avec la référence %s</translation>
    </message>
    <message>
        <source>“%s” was created: it is settled.</source>
        <translation>«&#xa0;%s&#xa0;» a été créé&#xa0;: c&apos;est réglé.</translation>
    </message>
    <message>
        <source>There is no object with that number on this instance.</source>
        <translation>Il n&apos;existe aucun objet avec ce numéro sur cette instance.</translation>
    </message>
    <message>
        <source>Number %s is for %s with reference “%s”, so it is not this one: check the id.</source>
        <translation>Le numéro %s est pour %s avec la référence «&#xa0;%s&#xa0;», ce n&apos;est donc pas celui-ci&#xa0;: vérifiez l&apos;id.</translation>
    </message>
</context>
<context>
    <name>UnknownCreateDialog</name>
    <message>
        <source>Was it created?</source>
        <translation>A-t-il été créé&#xa0;?</translation>
    </message>
    <message>
        <source>Paylink</source>
        <translation>Paylink</translation>
    </message>
    <message>
        <source>Payment page</source>
        <translation>Page de paiement</translation>
    </message>
    <message>
        <source>%s “%s” for %s (reference %s) was sent to the platform on %s, but no clear answer came back. Paydesk cannot tell whether it was created, so it will not create it again until you say what happened.</source>
        <translation>%s «&#xa0;%s&#xa0;» de %s (référence %s) a été envoyé à la plateforme le %s, mais aucune réponse claire n&apos;est revenue. Paydesk ne peut pas savoir s&apos;il a été créé&#xa0;; il ne le recréera donc pas avant que vous indiquiez ce qui s&apos;est passé.</translation>
    </message>
    <message>
        <source>Look for it</source>
        <translation>Le chercher</translation>
    </message>
    <message>
        <source>Search the payments for reference %s, or look for it in the dashboard (%s).</source>
        <translation>Cherchez la référence %s dans les paiements, ou regardez dans le tableau de bord (%s).</translation>
    </message>
    <message>
        <source>Search the payments</source>
        <translation>Chercher dans les paiements</translation>
    </message>
    <message>
        <source>Open the dashboard</source>
        <translation>Ouvrir le tableau de bord</translation>
    </message>
    <message>
        <source>It was created</source>
        <translation>Il a été créé</translation>
    </message>
    <message>
        <source>Its number (id) from the dashboard, e.g. 123</source>
        <translation>Son numéro (id) dans le tableau de bord, p. ex. 123</translation>
    </message>
    <message>
        <source>Number (id)</source>
        <translation>Numéro (id)</translation>
    </message>
    <message>
        <source>It was created: check this id</source>
        <translation>Il a été créé&#xa0;: vérifier cet id</translation>
    </message>
    <message>
        <source>It was not created: create it now</source>
        <translation>Il n&apos;a pas été créé&#xa0;: le créer maintenant</translation>
    </message>
    <message>
        <source>Leave it open</source>
        <translation>Laisser ouvert</translation>
    </message>
    <message>
        <source>Looking for payments…</source>
        <translation>Recherche des paiements…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Reading the API secret of “%s”</source>
        <translation>Lecture de la clé secrète API de «&#xa0;%s&#xa0;»</translation>
    </message>
    <message>
        <source>No API secret is stored for “%s”: enter it in Manage instances.</source>
        <translation>Aucune clé secrète API n&apos;est enregistrée pour «&#xa0;%s&#xa0;»&#xa0;: saisissez-la dans «&#xa0;Gérer les instances&#xa0;».</translation>
    </message>
</context>
<context>
    <name>app.settings.secrets</name>
    <message>
        <source>The API secrets will be stored unencrypted in a file that only your user account can read. Anyone who can act as you on this computer, or read your backups, can read them too.</source>
        <translation>Les clés secrètes API seront stockées sans chiffrement dans un fichier que seul votre compte utilisateur peut lire. Quiconque peut agir en votre nom sur cet ordinateur, ou lire vos sauvegardes, peut aussi les lire.</translation>
    </message>
    <message>
        <source>The secrets file %s cannot be read (%s).</source>
        <translation>Le fichier des clés secrètes %s ne peut pas être lu (%s).</translation>
    </message>
    <message>
        <source>The secrets file %s is damaged: repair or remove it, then enter the API secrets again.</source>
        <translation>Le fichier des clés secrètes %s est endommagé&#xa0;: réparez-le ou supprimez-le, puis saisissez à nouveau les clés secrètes API.</translation>
    </message>
    <message>
        <source>Secrets are kept in the system keychain (%s).</source>
        <translation>Les clés secrètes sont conservées dans le trousseau du système (%s).</translation>
    </message>
    <message>
        <source>Secrets are stored in a file readable only by you: %s</source>
        <translation>Les clés secrètes sont stockées dans un fichier que vous seul pouvez lire&#xa0;: %s</translation>
    </message>
    <message>
        <source>No system keychain was found: secrets are kept only until Paydesk closes.</source>
        <translation>Aucun trousseau système n&apos;a été trouvé&#xa0;: les clés secrètes ne sont conservées que jusqu&apos;à la fermeture de Paydesk.</translation>
    </message>
    <message>
        <source>The API secret must not be empty.</source>
        <translation>La clé secrète API ne doit pas être vide.</translation>
    </message>
    <message>
        <source>A system keychain is available; secrets stay in it.</source>
        <translation>Un trousseau système est disponible&#xa0;; les clés secrètes y restent.</translation>
    </message>
    <message>
        <source>The secrets file %s could not be written (%s).</source>
        <translation>Le fichier des clés secrètes %s n&apos;a pas pu être écrit (%s).</translation>
    </message>
    <message>
        <source>The system keychain is locked: unlock it and try again.</source>
        <translation>Le trousseau système est verrouillé&#xa0;: déverrouillez-le et réessayez.</translation>
    </message>
    <message>
        <source>Could not read the API secret of “%s” (%s): %s</source>
        <translation>Impossible de lire la clé secrète API de «&#xa0;%s&#xa0;» (%s)&#xa0;: %s</translation>
    </message>
    <message>
        <source>Could not store the API secret of “%s” (%s): %s</source>
        <translation>Impossible d&apos;enregistrer la clé secrète API de «&#xa0;%s&#xa0;» (%s)&#xa0;: %s</translation>
    </message>
    <message>
        <source>Could not remove the API secret of “%s” (%s): %s</source>
        <translation>Impossible de supprimer la clé secrète API de «&#xa0;%s&#xa0;» (%s)&#xa0;: %s</translation>
    </message>
    <message>
        <source>Could not read the API secret of “%s” (file %s): %s</source>
        <translation>Impossible de lire la clé secrète API de «&#xa0;%s&#xa0;» (fichier %s)&#xa0;: %s</translation>
    </message>
    <message>
        <source>Could not store the API secret of “%s” (file %s): %s</source>
        <translation>Impossible d&apos;enregistrer la clé secrète API de «&#xa0;%s&#xa0;» (fichier %s)&#xa0;: %s</translation>
    </message>
    <message>
        <source>Could not remove the API secret of “%s” (file %s): %s</source>
        <translation>Impossible de supprimer la clé secrète API de «&#xa0;%s&#xa0;» (fichier %s)&#xa0;: %s</translation>
    </message>
    <message>
        <source>Could not read the API secret of “%s” (session memory): %s</source>
        <translation>Impossible de lire la clé secrète API de «&#xa0;%s&#xa0;» (mémoire de session)&#xa0;: %s</translation>
    </message>
    <message>
        <source>Could not store the API secret of “%s” (session memory): %s</source>
        <translation>Impossible d&apos;enregistrer la clé secrète API de «&#xa0;%s&#xa0;» (mémoire de session)&#xa0;: %s</translation>
    </message>
    <message>
        <source>Could not remove the API secret of “%s” (session memory): %s</source>
        <translation>Impossible de supprimer la clé secrète API de «&#xa0;%s&#xa0;» (mémoire de session)&#xa0;: %s</translation>
    </message>
</context>
<context>
    <name>clipboard</name>
    <message>
        <source>%s copied</source>
        <translation>Copié&#xa0;: %s</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>(no further detail)</source>
        <translation>(aucun autre détail)</translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
</context>
<context>
    <name>subscriptions</name>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>In notice</source>
        <translation>En préavis</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Résilié</translation>
    </message>
    <message>
        <source>Active: renews and is charged as planned.</source>
        <translation>Actif&#xa0;: se renouvelle et est débité comme prévu.</translation>
    </message>
    <message>
        <source>In notice: runs until the end of the period, then will not renew.</source>
        <translation>En préavis&#xa0;: court jusqu&apos;à la fin de la période, puis ne se renouvelle pas.</translation>
    </message>
    <message>
        <source>Cancelled: no further payments.</source>
        <translation>Résilié&#xa0;: plus aucun paiement.</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autres</translation>
    </message>
    <message>
        <source>Overdue: active, but its next payment was due on a past day; contact the customer.</source>
        <translation>En retard&#xa0;: actif, mais le prochain paiement était dû à une date passée&#xa0;; contactez le client.</translation>
    </message>
    <message>
        <source>Terminated: ended; no further payments.</source>
        <translation>Terminé&#xa0;: arrivé à son terme&#xa0;; plus aucun paiement.</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Réel</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>quotidien</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>hebdomadaire</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>mensuel</translation>
    </message>
    <message>
        <source>quarterly</source>
        <translation>trimestriel</translation>
    </message>
    <message>
        <source>half-yearly</source>
        <translation>semestriel</translation>
    </message>
    <message>
        <source>yearly</source>
        <translation>annuel</translation>
    </message>
    <message>
        <source>year</source>
        <translation>an</translation>
    </message>
    <message>
        <source>years</source>
        <translation>ans</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>months</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>week</source>
        <translation>semaine</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>semaines</translation>
    </message>
    <message>
        <source>day</source>
        <translation>jour</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>(no status)</source>
        <translation>(aucun statut)</translation>
    </message>
    <message>
        <source>Status “%s” is not one Paydesk knows; it is shown as the platform sent it.</source>
        <translation>Paydesk ne connaît pas le statut «&#xa0;%s&#xa0;»&#xa0;; il est affiché tel que la plateforme l&apos;a envoyé.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>every %s</source>
        <translation>tous les %s</translation>
    </message>
</context>
</TS>
