<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ActivityPage</name>
    <message>
        <source>Filter by key, project or change… (Ctrl+F)</source>
        <translation>Filtrer par clé, projet ou modification… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <source>Nothing changed yet. Every limit change, new or deleted key, label and expiry change made here is recorded on this page, with its result.</source>
        <translation>Aucune modification pour l’instant. Chaque changement de plafond, chaque clé créée ou supprimée, chaque modification d’étiquettes ou d’expiration effectués ici sont consignés sur cette page, avec leur résultat.</translation>
    </message>
    <message>
        <source>The activity log is not available in this session.</source>
        <translation>Le journal d’activité n’est pas disponible dans cette session.</translation>
    </message>
    <message numerus="yes">
        <source>%n changes</source>
        <translation>
            <numerusform>%n modification</numerusform>
            <numerusform>%n modifications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n changes</source>
        <translation>
            <numerusform>%1 sur %n modification</numerusform>
            <numerusform>%1 sur %n modifications</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AlertBanner</name>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Masquer</translation>
    </message>
    <message numerus="yes">
        <source>%n new spending alerts. Latest: %1</source>
        <translation>
            <numerusform>%n nouvelle alerte de dépenses. Dernière&#xa0;: %1</numerusform>
            <numerusform>%n nouvelles alertes de dépenses. Dernière&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>Afficher %1</translation>
    </message>
    <message>
        <source>Show the alerts page</source>
        <translation>Afficher la page des alertes</translation>
    </message>
</context>
<context>
    <name>AlertListModel</name>
    <message>
        <source>Forecast</source>
        <translation>Prévision</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1&#x202f;%</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Seuil</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Dépenses</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Plafond</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Acquittée</translation>
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
        <translation>Pas encore de données</translation>
    </message>
    <message>
        <source>%1 of %2 this month</source>
        <translation>%1 sur %2 ce mois-ci</translation>
    </message>
    <message>
        <source>%1 this month</source>
        <translation>%1 ce mois-ci</translation>
    </message>
    <message numerus="yes">
        <source>%n keys at their limit</source>
        <translation>
            <numerusform>%n clé à son plafond</numerusform>
            <numerusform>%n clés à leur plafond</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n keys over %1 %</source>
        <translation>
            <numerusform>%n clé au-delà de %1&#x202f;%</numerusform>
            <numerusform>%n clés au-delà de %1&#x202f;%</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n projects at their limit</source>
        <translation>
            <numerusform>%n projet à son plafond</numerusform>
            <numerusform>%n projets à leur plafond</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n projects over %1 %</source>
        <translation>
            <numerusform>%n projet au-delà de %1&#x202f;%</numerusform>
            <numerusform>%n projets au-delà de %1&#x202f;%</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n projected to exceed</source>
        <translation>
            <numerusform>%n devrait dépasser</numerusform>
            <numerusform>%n devraient dépasser</numerusform>
        </translation>
    </message>
    <message>
        <source>balance below the floor</source>
        <translation>solde sous le seuil minimal</translation>
    </message>
</context>
<context>
    <name>AlertsPage</name>
    <message>
        <source>Acknowledge</source>
        <translation>Acquitter</translation>
    </message>
    <message>
        <source>Acknowledge all</source>
        <translation>Tout acquitter</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Mute alerts for it</source>
        <translation>Suspendre ses alertes</translation>
    </message>
    <message>
        <source>Show it</source>
        <translation>L’afficher</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Open the key or project this alert is about</source>
        <translation>Ouvrir la clé ou le projet concerné par cette alerte</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>Pendant 1 heure</translation>
    </message>
    <message>
        <source>For 1 day</source>
        <translation>Pendant 1 jour</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>Jusqu’à demain</translation>
    </message>
    <message>
        <source>Until the monthly reset</source>
        <translation>Jusqu’à la remise à zéro mensuelle</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <source>No tray messages for the selected alert&apos;s key or project for a while</source>
        <translation>Plus de notifications pendant un moment pour la clé ou le projet de l’alerte sélectionnée</translation>
    </message>
    <message>
        <source>No alerts so far. You are told here and in the tray when a key or project reaches 50, 80, 90 or 100 % of its limit, or is projected to go over.</source>
        <translation>Aucune alerte pour l’instant. Vous êtes prévenu ici et dans la zone de notification quand une clé ou un projet atteint 50, 80, 90 ou 100&#x202f;% de son plafond, ou risque de le dépasser.</translation>
    </message>
    <message>
        <source>Alerts are not available in this session.</source>
        <translation>Les alertes ne sont pas disponibles dans cette session.</translation>
    </message>
    <message>
        <source>No alerts</source>
        <translation>Aucune alerte</translation>
    </message>
    <message numerus="yes">
        <source>%n alerts</source>
        <translation>
            <numerusform>%n alerte</numerusform>
            <numerusform>%n alertes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not acknowledged</source>
        <translation>
            <numerusform>%n non acquittée</numerusform>
            <numerusform>%n non acquittées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The system keychain refused access to the management key: unlock it and try again.</source>
        <translation>Le trousseau du système a refusé l’accès à la clé de gestion&#xa0;: déverrouillez-le et réessayez.</translation>
    </message>
    <message>
        <source>Cannot reach the system keychain (no D-Bus session): start a desktop session with a keyring, or set SPENDBOARD_API_KEY for headless use.</source>
        <translation>Impossible de joindre le trousseau du système (pas de session D-Bus)&#xa0;: ouvrez une session de bureau avec un trousseau, ou définissez SPENDBOARD_API_KEY pour une utilisation sans interface.</translation>
    </message>
    <message>
        <source>No system keychain is available: install and start one (for example GNOME Keyring or KWallet), or set SPENDBOARD_API_KEY for headless use.</source>
        <translation>Aucun trousseau système n’est disponible&#xa0;: installez-en un et démarrez-le (par exemple GNOME Keyring ou KWallet), ou définissez SPENDBOARD_API_KEY pour une utilisation sans interface.</translation>
    </message>
    <message>
        <source>The system keychain failed: %1</source>
        <translation>Le trousseau du système a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot reach the server: check your connection.</source>
        <translation>Impossible de joindre le serveur&#xa0;: vérifiez votre connexion.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Le serveur n’a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The server&apos;s security certificate is not valid; the connection was refused.</source>
        <translation>Le certificat de sécurité du serveur n’est pas valide&#x202f;; la connexion a été refusée.</translation>
    </message>
    <message>
        <source>The server redirected to another address; Spendboard refused to send the key there.</source>
        <translation>Le serveur a redirigé vers une autre adresse&#x202f;; Spendboard a refusé d’y envoyer la clé.</translation>
    </message>
    <message>
        <source>Refusing to send the key over an unencrypted connection: use https://.</source>
        <translation>Refus d’envoyer la clé sur une connexion non chiffrée&#xa0;: utilisez https://.</translation>
    </message>
    <message>
        <source>The key was rejected: check it in Settings.</source>
        <translation>La clé a été refusée&#xa0;: vérifiez-la dans les paramètres.</translation>
    </message>
    <message>
        <source>The organization is out of credit: top up in the Requesty console.</source>
        <translation>L’organisation n’a plus de crédit&#xa0;: rechargez-la dans la console Requesty.</translation>
    </message>
    <message>
        <source>It no longer exists on the server: it may have been deleted elsewhere.</source>
        <translation>Cet élément n’existe plus sur le serveur&#xa0;: il a peut-être été supprimé ailleurs.</translation>
    </message>
    <message>
        <source>It was changed on the server since you opened it: review the current value and try again.</source>
        <translation>Il a été modifié sur le serveur depuis que vous l’avez ouvert&#xa0;: vérifiez la valeur actuelle et réessayez.</translation>
    </message>
    <message numerus="yes">
        <source>The server is busy: Spendboard will try again in %n s.</source>
        <translation>
            <numerusform>Le serveur est occupé&#xa0;: Spendboard réessaiera dans %n s.</numerusform>
            <numerusform>Le serveur est occupé&#xa0;: Spendboard réessaiera dans %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server is busy: Spendboard will try again shortly.</source>
        <translation>Le serveur est occupé&#xa0;: Spendboard réessaiera sous peu.</translation>
    </message>
    <message>
        <source>The request is not valid.</source>
        <translation>La requête n’est pas valide.</translation>
    </message>
    <message>
        <source>The request is not valid: %1.</source>
        <translation>La requête n’est pas valide&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1): %2</source>
        <translation>Le serveur a refusé la requête (HTTP %1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation>Le serveur a refusé la requête (HTTP %1).</translation>
    </message>
    <message>
        <source>The server sent data Spendboard could not read (%1).</source>
        <translation>Le serveur a envoyé des données que Spendboard n’a pas pu lire (%1).</translation>
    </message>
    <message>
        <source>The server sent data Spendboard could not read.</source>
        <translation>Le serveur a envoyé des données que Spendboard n’a pas pu lire.</translation>
    </message>
    <message>
        <source>No management key is stored for this profile.</source>
        <translation>Aucune clé de gestion n’est enregistrée pour ce profil.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
    <message>
        <source>This key may not do that: it may have been revoked, or it lacks the management permission (read to view, write to change). Check the key in Settings.</source>
        <translation>Cette clé n’y est pas autorisée : elle a peut-être été révoquée, ou il lui manque la permission de gestion (lecture pour consulter, écriture pour modifier). Vérifiez la clé dans les Réglages.</translation>
    </message>
    <message>
        <source>The server had a problem (HTTP %1); this is usually temporary.</source>
        <translation>Le serveur a rencontré un problème (HTTP %1) ; c’est en général passager.</translation>
    </message>
    <message>
        <source>The server had a problem; this is usually temporary.</source>
        <translation>Le serveur a rencontré un problème ; c’est en général passager.</translation>
    </message>
</context>
<context>
    <name>ApiKeyTableModel</name>
    <message>
        <source>Spend this month as a share of the key&apos;s own monthly limit</source>
        <translation>Dépenses du mois rapportées au plafond mensuel propre à la clé</translation>
    </message>
    <message>
        <source>Expected spend at the end of the month at the recent pace</source>
        <translation>Dépenses attendues en fin de mois au rythme récent</translation>
    </message>
    <message>
        <source>What the key can still spend this month: the smaller of its own and its project&apos;s remaining limit</source>
        <translation>Ce que la clé peut encore dépenser ce mois-ci&#xa0;: le plus petit reste entre son plafond et celui de son projet</translation>
    </message>
    <message>
        <source>This server has no projects</source>
        <translation>Ce serveur n’a pas de projets</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Plafond</translation>
    </message>
    <message>
        <source>Spend (month)</source>
        <translation>Dépenses (mois)</translation>
    </message>
    <message>
        <source>% of limit</source>
        <translation>% du plafond</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prévision</translation>
    </message>
    <message>
        <source>Headroom</source>
        <translation>Marge restante</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Créée par</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>%1
ID %2</source>
        <translation>%1
ID %2</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sans plafond</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Expected %1 at month end (range %2 – %3)</source>
        <translation>%1 attendu en fin de mois (fourchette %2 – %3)</translation>
    </message>
    <message>
        <source>The limit is already reached.</source>
        <translation>Le plafond est déjà atteint.</translation>
    </message>
    <message>
        <source>Reaches the limit on %1 at this pace.</source>
        <translation>Atteint le plafond le %1 à ce rythme.</translation>
    </message>
    <message>
        <source>Bounded by the limit of project %1</source>
        <translation>Limitée par le plafond du projet %1</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>Utilisateur %1</translation>
    </message>
    <message>
        <source>Expired on %1 UTC</source>
        <translation>Expirée le %1 UTC</translation>
    </message>
    <message>
        <source>Expires on %1 UTC</source>
        <translation>Expire le %1 UTC</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>spendboard: the demo could not start: %1
</source>
        <translation>spendboard&#xa0;: la démo n’a pas pu démarrer&#xa0;: %1
</translation>
    </message>
    <message>
        <source>%1 — Spendboard</source>
        <translation>%1 — Spendboard</translation>
    </message>
    <message>
        <source>Spendboard is still running</source>
        <translation>Spendboard reste ouvert</translation>
    </message>
    <message>
        <source>It keeps watching your limits here in the tray. Quit it from the tray menu or with Ctrl+Q.</source>
        <translation>Il continue de surveiller vos limites depuis la zone de notification. Quittez-le depuis son menu ou avec Ctrl+Q.</translation>
    </message>
    <message>
        <source>The usage history cannot be used: %1</source>
        <translation>L’historique d’utilisation est inutilisable : %1</translation>
    </message>
    <message>
        <source>Alert pop-ups are snoozed until %1. Alerts are still recorded on the Alerts page.</source>
        <translation>Les notifications d’alerte sont suspendues jusqu’à %1. Les alertes restent enregistrées dans la page Alertes.</translation>
    </message>
    <message>
        <source>Quiet hours are over</source>
        <translation>Fin des heures calmes</translation>
    </message>
    <message>
        <source>The display currency could not be saved: %1</source>
        <translation>La devise d’affichage n’a pas pu être enregistrée : %1</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>not a JSON object: %1</source>
        <translation>pas un objet JSON&#xa0;: %1</translation>
    </message>
    <message>
        <source>missing field &quot;%1&quot;</source>
        <translation>champ «&#xa0;%1&#xa0;» manquant</translation>
    </message>
    <message>
        <source>bad time</source>
        <translation>heure invalide</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>Cannot write the activity log %1: %2</source>
        <translation>Impossible d’écrire le journal d’activité %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot read the activity log: %1</source>
        <translation>Impossible de lire le journal d’activité&#xa0;: %1</translation>
    </message>
    <message>
        <source>Line %1 is unreadable: %2</source>
        <translation>La ligne %1 est illisible&#xa0;: %2</translation>
    </message>
    <message>
        <source>Line %1 does not follow line %2: the log was edited</source>
        <translation>La ligne %1 ne suit pas la ligne %2&#xa0;: le journal a été modifié</translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <source>Set limit</source>
        <translation>Définir le plafond</translation>
    </message>
    <message>
        <source>Create key</source>
        <translation>Créer une clé</translation>
    </message>
    <message>
        <source>Delete key</source>
        <translation>Supprimer la clé</translation>
    </message>
    <message>
        <source>Set labels</source>
        <translation>Définir les étiquettes</translation>
    </message>
    <message>
        <source>Set expiry</source>
        <translation>Définir l’expiration</translation>
    </message>
    <message>
        <source>Project %1</source>
        <translation>Projet %1</translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation>Clé %1</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec&#xa0;: %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Set labels and expiry of a new key</source>
        <translation>Définir les étiquettes et l’expiration d’une nouvelle clé</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>There is no chart to save.</source>
        <translation>Il n’y a aucun graphique à enregistrer.</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>Impossible d’écrire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ChartText</name>
    <message>
        <source>%1 % · over the limit</source>
        <translation>%1 % · au-delà de la limite</translation>
    </message>
    <message>
        <source>%1 % · near the limit</source>
        <translation>%1 % · proche de la limite</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1&#x202f;%</translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation>Clé %1</translation>
    </message>
    <message>
        <source>Project %1</source>
        <translation>Projet %1</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>No data yet.</source>
        <translation>Pas encore de données.</translation>
    </message>
    <message>
        <source>%1: %2 spent this month, projected %3 by %4; no limit.</source>
        <translation>%1 : %2 dépensés ce mois-ci, %3 prévus d’ici le %4 ; pas de limite.</translation>
    </message>
    <message>
        <source>%1: %2 % of limit, projected %3 % by %4</source>
        <translation>%1 : %2 % de la limite, %3 % prévus d’ici le %4</translation>
    </message>
    <message>
        <source>, over the limit</source>
        <translation>, au-delà de la limite</translation>
    </message>
    <message>
        <source>, limit reached on %1</source>
        <translation>, limite atteinte le %1</translation>
    </message>
    <message>
        <source> (%1 of %2).</source>
        <translation> (%1 sur %2).</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Spent that day</source>
        <translation>Dépensé ce jour-là</translation>
    </message>
    <message>
        <source>Month to date</source>
        <translation>Depuis le début du mois</translation>
    </message>
    <message>
        <source>Share of the limit</source>
        <translation>Part de la limite</translation>
    </message>
    <message>
        <source>Forecast for %1</source>
        <translation>Prévision pour %1</translation>
    </message>
    <message>
        <source>No spend per day to show.</source>
        <translation>Aucune dépense journalière à afficher.</translation>
    </message>
    <message>
        <source>Spend per day from %1 to %2: %3 in all, the most on %4 (%5).</source>
        <translation>Dépenses par jour du %1 au %2 : %3 au total, le maximum le %4 (%5).</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Dépenses</translation>
    </message>
    <message>
        <source>No keys with spend yet.</source>
        <translation>Aucune clé n’a encore de dépenses.</translation>
    </message>
    <message>
        <source>%1 %2 (no limit)</source>
        <translation>%1 %2 (pas de limite)</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>Top keys by spend this month: %1.</source>
        <translation>Clés aux plus fortes dépenses ce mois-ci : %1.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Spent this month</source>
        <translation>Dépensé ce mois-ci</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Plafond</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sans plafond</translation>
    </message>
    <message>
        <source>No spend by model this month yet.</source>
        <translation>Pas encore de dépenses par modèle ce mois-ci.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Spend by model this month: %1.</source>
        <translation>Dépenses par modèle ce mois-ci : %1.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
</context>
<context>
    <name>ChartTwin</name>
    <message>
        <source>%1 as a table</source>
        <translation>%1 sous forme de tableau</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <source>Show %1 as a table</source>
        <translation>Afficher %1 sous forme de tableau</translation>
    </message>
    <message>
        <source>Show the numbers of this chart as a table</source>
        <translation>Afficher les chiffres de ce graphique sous forme de tableau</translation>
    </message>
</context>
<context>
    <name>CheckReport</name>
    <message>
        <source>OK: no entity is at an alert threshold or projected to exceed its limit.</source>
        <translation>OK&#xa0;: aucun objet n’a atteint un seuil d’alerte ni ne devrait dépasser son plafond.</translation>
    </message>
    <message numerus="yes">
        <source>%n entities need attention:</source>
        <translation>
            <numerusform>%n objet demande votre attention&#xa0;:</numerusform>
            <numerusform>%n objets demandent votre attention&#xa0;:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ColumnChooser</name>
    <message>
        <source>Right-click to choose the columns</source>
        <translation>Clic droit pour choisir les colonnes</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Print the version and exit.</source>
        <translation>Afficher la version et quitter.</translation>
    </message>
    <message>
        <source>Print this help and exit.</source>
        <translation>Afficher cette aide et quitter.</translation>
    </message>
    <message>
        <source>Run against a built-in simulated organization (no account needed).</source>
        <translation>Utiliser une organisation simulée intégrée (aucun compte nécessaire).</translation>
    </message>
    <message>
        <source>Use the connection profile NAME.</source>
        <translation>Utiliser le profil de connexion NAME.</translation>
    </message>
    <message>
        <source>Connect to URL with the key from SPENDBOARD_API_KEY.</source>
        <translation>Se connecter à URL avec la clé de SPENDBOARD_API_KEY.</translation>
    </message>
    <message>
        <source>Start in the tray.</source>
        <translation>Démarrer dans la zone de notification.</translation>
    </message>
    <message>
        <source>Write a PNG of the window once data has loaded, then exit.</source>
        <translation>Écrire un PNG de la fenêtre une fois les données chargées, puis quitter.</translation>
    </message>
    <message>
        <source>Window size for --screenshot (default 1280x800).</source>
        <translation>Taille de fenêtre pour --screenshot (1280x800 par défaut).</translation>
    </message>
    <message>
        <source>report: the month, as YYYY-MM.</source>
        <translation>report&#xa0;: le mois, au format YYYY-MM.</translation>
    </message>
    <message>
        <source>report: csv or json; check: text (default) or json.</source>
        <translation>report&#xa0;: csv ou json&#x202f;; check&#xa0;: text (par défaut) ou json.</translation>
    </message>
    <message>
        <source>report: write to FILE instead of the output.</source>
        <translation>report&#xa0;: écrire dans FILE au lieu de la sortie.</translation>
    </message>
    <message>
        <source>Spend of an LLM-gateway organization against its monthly limits.</source>
        <translation>Dépenses d’une organisation sur une passerelle LLM face à ses plafonds mensuels.</translation>
    </message>
    <message>
        <source>Too many arguments: %1</source>
        <translation>Trop d’arguments&#xa0;: %1</translation>
    </message>
    <message>
        <source>Unknown command “%1”: use report or check.</source>
        <translation>Commande inconnue «&#xa0;%1&#xa0;»&#xa0;: utilisez report ou check.</translation>
    </message>
    <message>
        <source>Not a valid URL: %1</source>
        <translation>URL non valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>Use only one of --demo, --profile and --base-url.</source>
        <translation>N’utilisez qu’une seule des options --demo, --profile et --base-url.</translation>
    </message>
    <message>
        <source>Unknown page “%1”: use one of %2.</source>
        <translation>Page inconnue «&#xa0;%1&#xa0;»&#xa0;: utilisez l’une de %2.</translation>
    </message>
    <message>
        <source>--size wants WIDTHxHEIGHT, for example 1280x800.</source>
        <translation>--size attend LARGEURxHAUTEUR, par exemple 1280x800.</translation>
    </message>
    <message>
        <source>--page and --size go with --screenshot.</source>
        <translation>--page et --size vont avec --screenshot.</translation>
    </message>
    <message>
        <source>report needs --month YYYY-MM.</source>
        <translation>report nécessite --month YYYY-MM.</translation>
    </message>
    <message>
        <source>report needs --format csv or --format json.</source>
        <translation>report nécessite --format csv ou --format json.</translation>
    </message>
    <message>
        <source>check takes --format text or --format json.</source>
        <translation>check accepte --format text ou --format json.</translation>
    </message>
    <message>
        <source>The management key is never a command-line argument: it is read from the profile&apos;s entry in the system keychain, or from the SPENDBOARD_API_KEY environment variable.</source>
        <translation>La clé de gestion n’est jamais un argument de ligne de commande&#xa0;: elle est lue dans l’entrée du profil du trousseau système, ou dans la variable d’environnement SPENDBOARD_API_KEY.</translation>
    </message>
    <message>
        <source>Page for --screenshot: overview, projects, keys, runway, alerts or activity.</source>
        <translation>Page pour --screenshot : overview, projects, keys, runway, alerts ou activity.</translation>
    </message>
    <message>
        <source>report: write the month-close pack (PDF and CSV files) into DIR.</source>
        <translation>report : écrire le dossier de clôture du mois (fichiers PDF et CSV) dans DIR.</translation>
    </message>
    <message>
        <source>Optional: report (month report as CSV/JSON, or the month-close pack) or check (alerts, exit code 0 none, 1 some, 2 error).</source>
        <translation>Facultatif : report (rapport mensuel en CSV/JSON, ou dossier de clôture du mois) ou check (alertes ; code de sortie 0 aucune, 1 certaines, 2 erreur).</translation>
    </message>
    <message>
        <source>--pack writes its own files: leave out --format and --out.</source>
        <translation>--pack écrit ses propres fichiers : omettez --format et --out.</translation>
    </message>
    <message>
        <source>--month, --format, --out and --pack go with the report or check command.</source>
        <translation>--month, --format, --out et --pack s’utilisent avec la commande report ou check.</translation>
    </message>
</context>
<context>
    <name>Confirmer</name>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <source>Connection profiles</source>
        <translation>Profils de connexion</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Nouveau profil</translation>
    </message>
    <message>
        <source>Remove the selected profile</source>
        <translation>Supprimer le profil sélectionné</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nom du profil</translation>
    </message>
    <message>
        <source>e.g. Production</source>
        <translation>p. ex. Production</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>Management key</source>
        <translation>Clé de gestion</translation>
    </message>
    <message>
        <source>Management &amp;key:</source>
        <translation>&amp;Clé de gestion&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Test the connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>&amp;Save Profile</source>
        <translation>&amp;Enregistrer le profil</translation>
    </message>
    <message>
        <source>Save the profile</source>
        <translation>Enregistrer le profil</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Résultat du test de connexion</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>A Requesty API key with manage permission. It is kept in the system keychain, never in Spendboard&apos;s settings.</source>
        <translation>Une clé d’API Requesty avec l’autorisation de gestion. Elle est conservée dans le trousseau du système, jamais dans les paramètres de Spendboard.</translation>
    </message>
    <message>
        <source>Stored in the system keychain. Leave empty to keep it, or type a new key to replace it.</source>
        <translation>Enregistrée dans le trousseau du système. Laissez vide pour la conserver, ou saisissez une nouvelle clé pour la remplacer.</translation>
    </message>
    <message>
        <source>(unchanged)</source>
        <translation>(inchangée)</translation>
    </message>
    <message>
        <source>Plain http:// is allowed only to this computer (localhost or 127.0.0.1): anywhere else the management key would cross the network unencrypted and could be read. Use https://.</source>
        <translation>Le simple http:// n’est autorisé que vers cet ordinateur (localhost ou 127.0.0.1)&#xa0;: partout ailleurs, la clé de gestion traverserait le réseau en clair et pourrait être lue. Utilisez https://.</translation>
    </message>
    <message>
        <source>This is not a server address. Example: %1</source>
        <translation>Ce n’est pas une adresse de serveur. Exemple&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server address must not contain a user name or password.</source>
        <translation>L’adresse du serveur ne doit contenir ni nom d’utilisateur ni mot de passe.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message>
        <source>This key can edit: it can change limits and create or delete keys.</source>
        <translation>Cette clé peut modifier&#xa0;: elle peut changer les plafonds et créer ou supprimer des clés.</translation>
    </message>
    <message>
        <source>This key is read only: Spendboard shows spend but can&apos;t change limits or keys.</source>
        <translation>Cette clé est en lecture seule&#xa0;: Spendboard affiche les dépenses mais ne peut modifier ni plafonds ni clés.</translation>
    </message>
    <message>
        <source>This key has no management permission; spend can&apos;t be shown with it.</source>
        <translation>Cette clé n’a pas l’autorisation de gestion&#x202f;; elle ne permet pas d’afficher les dépenses.</translation>
    </message>
    <message>
        <source>Connected to “%1”. %2</source>
        <translation>Connecté à «&#xa0;%1&#xa0;». %2</translation>
    </message>
    <message>
        <source>A profile named “%1” already exists.</source>
        <translation>Un profil nommé «&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>«&#xa0;%1&#xa0;» enregistré.</translation>
    </message>
    <message>
        <source>Remove Connection?</source>
        <translation>Supprimer la connexion&#x202f;?</translation>
    </message>
    <message>
        <source>Remove the connection “%1”? Its management key is deleted from the system keychain.</source>
        <translation>Supprimer la connexion «&#xa0;%1&#xa0;»&#x202f;? Sa clé de gestion est effacée du trousseau du système.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>ConnectionResolver</name>
    <message>
        <source>There is no connection yet: add your management key under Tools → Connections…, or start with --demo to look around.</source>
        <translation>Aucune connexion pour l’instant&#xa0;: ajoutez votre clé de gestion dans Outils → Connexions…, ou démarrez avec --demo pour découvrir l’application.</translation>
    </message>
    <message>
        <source>--base-url needs the management key in the SPENDBOARD_API_KEY environment variable.</source>
        <translation>--base-url nécessite la clé de gestion dans la variable d’environnement SPENDBOARD_API_KEY.</translation>
    </message>
    <message>
        <source>There is no profile named “%1”.</source>
        <translation>Il n’existe aucun profil nommé «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>CreateKeyDialog</name>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Écriture</translation>
    </message>
    <message>
        <source>Create Key</source>
        <translation>Créer la clé</translation>
    </message>
    <message>
        <source>New API Key</source>
        <translation>Nouvelle clé d’API</translation>
    </message>
    <message>
        <source>Create the key</source>
        <translation>Créer la clé</translation>
    </message>
    <message>
        <source>The key works, but its labels or expiry could not be set: %1 Set them again from the Keys page.</source>
        <translation>La clé fonctionne, mais ses étiquettes ou son expiration n’ont pas pu être définies&#xa0;: %1 Définissez-les à nouveau depuis la page Clés.</translation>
    </message>
    <message>
        <source>Key name</source>
        <translation>Nom de la clé</translation>
    </message>
    <message>
        <source>e.g. ci-bot or marketing-site</source>
        <translation>p. ex. ci-bot ou site-marketing</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Monthly limit in US dollars</source>
        <translation>Plafond mensuel en dollars américains</translation>
    </message>
    <message>
        <source>No li&amp;mit</source>
        <translation>Sans pla&amp;fond</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sans plafond</translation>
    </message>
    <message>
        <source>Monthly &amp;limit (US$):</source>
        <translation>&amp;Plafond mensuel (US$)&#xa0;:</translation>
    </message>
    <message>
        <source>Completions permission</source>
        <translation>Autorisation de complétions</translation>
    </message>
    <message>
        <source>Whether the key can send requests to models through the router.</source>
        <translation>Indique si la clé peut envoyer des requêtes aux modèles via le routeur.</translation>
    </message>
    <message>
        <source>&amp;Completions:</source>
        <translation>&amp;Complétions&#xa0;:</translation>
    </message>
    <message>
        <source>Management permission</source>
        <translation>Autorisation de gestion</translation>
    </message>
    <message>
        <source>Whether the key can read (Read) or change (Write) keys and limits through the management API. Most keys need None.</source>
        <translation>Indique si la clé peut consulter (Lecture) ou modifier (Écriture) les clés et plafonds via l’API de gestion. La plupart des clés n’ont besoin d’aucune (Aucune).</translation>
    </message>
    <message>
        <source>Mana&amp;gement API:</source>
        <translation>API de &amp;gestion&#xa0;:</translation>
    </message>
    <message>
        <source>Labels:</source>
        <translation>Étiquettes&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Expires on</source>
        <translation>&amp;Expire le</translation>
    </message>
    <message>
        <source>The key expires</source>
        <translation>La clé expire</translation>
    </message>
    <message>
        <source>Expiry date and time</source>
        <translation>Date et heure d’expiration</translation>
    </message>
    <message>
        <source>Expiry:</source>
        <translation>Expiration&#xa0;:</translation>
    </message>
    <message>
        <source>Copy the key now. This is the only time it is shown: Spendboard does not keep it and it can&apos;t be shown again. Store it in your password manager or secret store.</source>
        <translation>Copiez la clé maintenant. Elle n’est affichée qu’une seule fois&#xa0;: Spendboard ne la conserve pas et ne pourra plus l’afficher. Rangez-la dans votre gestionnaire de mots de passe ou coffre à secrets.</translation>
    </message>
    <message>
        <source>The new key (shown once)</source>
        <translation>La nouvelle clé (affichée une seule fois)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the key to the clipboard</source>
        <translation>Copier la clé dans le presse-papiers</translation>
    </message>
    <message>
        <source>Give the key a name.</source>
        <translation>Donnez un nom à la clé.</translation>
    </message>
    <message numerus="yes">
        <source>The name is too long: at most %1 characters, it has %n.</source>
        <translation>
            <numerusform>Le nom est trop long&#xa0;: %1 caractères au plus, il en a %n.</numerusform>
            <numerusform>Le nom est trop long&#xa0;: %1 caractères au plus, il en a %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter a monthly limit, or tick “No limit”.</source>
        <translation>Saisissez un plafond mensuel ou cochez «&#xa0;Sans plafond&#xa0;».</translation>
    </message>
    <message>
        <source>The expiry must be in the future.</source>
        <translation>L’expiration doit être dans le futur.</translation>
    </message>
    <message>
        <source>The key “%1” was created.</source>
        <translation>La clé «&#xa0;%1&#xa0;» a été créée.</translation>
    </message>
    <message>
        <source>Key Created</source>
        <translation>Clé créée</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message numerus="yes">
        <source>Copied. The clipboard is cleared in %n seconds unless you copy something else.</source>
        <translation>
            <numerusform>Copiée. Le presse-papiers sera vidé dans %n seconde, sauf si vous copiez autre chose.</numerusform>
            <numerusform>Copiée. Le presse-papiers sera vidé dans %n secondes, sauf si vous copiez autre chose.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>Impossible d’écrire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>CurrencyBox</name>
    <message>
        <source>Display currency</source>
        <translation>Devise d’affichage</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importer un CSV…</translation>
    </message>
    <message>
        <source>USD (no conversion)</source>
        <translation>USD (sans conversion)</translation>
    </message>
    <message>
        <source>Dated rates, one per line: date, currency, units per US dollar</source>
        <translation>Taux datés, un par ligne : date, devise, unités par dollar américain</translation>
    </message>
    <message>
        <source>Show amounts in:</source>
        <translation>Afficher les montants en :</translation>
    </message>
    <message>
        <source>Monthly rates:</source>
        <translation>Taux mensuels :</translation>
    </message>
    <message>
        <source>Import dated rates</source>
        <translation>Importer des taux datés</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Rates: %1</source>
        <translation>Taux : %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Non importé : %1</translation>
    </message>
    <message>
        <source>Not valid: %1</source>
        <translation>Non valide : %1</translation>
    </message>
    <message>
        <source>Amounts are shown in US dollars, as the API keeps them.</source>
        <translation>Les montants sont affichés en dollars américains, comme l’API les conserve.</translation>
    </message>
    <message>
        <source>No rate for %1 yet: amounts stay in US dollars until one is entered.</source>
        <translation>Pas encore de taux pour %1 : les montants restent en dollars américains jusqu’à ce qu’un taux soit saisi.</translation>
    </message>
    <message>
        <source>Each month is shown at the latest %1 rate dated on or before its last day; limits are still entered and sent in US dollars.</source>
        <translation>Chaque mois est affiché au dernier taux %1 daté au plus tard de son dernier jour ; les limites restent saisies et envoyées en dollars américains.</translation>
    </message>
</context>
<context>
    <name>CurrencyRates</name>
    <message>
        <source>the rate is empty</source>
        <translation>le taux est vide</translation>
    </message>
    <message>
        <source>the rate &quot;%1&quot; is not positive</source>
        <translation>le taux «&#xa0;%1&#xa0;» n’est pas positif</translation>
    </message>
    <message>
        <source>the rate &quot;%1&quot; has more than 6 decimals</source>
        <translation>le taux «&#xa0;%1&#xa0;» a plus de 6 décimales</translation>
    </message>
    <message>
        <source>the rate &quot;%1&quot; is too large</source>
        <translation>le taux «&#xa0;%1&#xa0;» est trop élevé</translation>
    </message>
    <message>
        <source>the rate &quot;%1&quot; is not a number</source>
        <translation>le taux «&#xa0;%1&#xa0;» n’est pas un nombre</translation>
    </message>
    <message>
        <source>the date is not valid</source>
        <translation>la date n’est pas valide</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a three-letter currency code</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un code de devise à trois lettres</translation>
    </message>
    <message>
        <source>the rate must be positive</source>
        <translation>le taux doit être positif</translation>
    </message>
    <message>
        <source>line %1: expected 3 fields (date,currency,rate), found %2</source>
        <translation>ligne %1&#xa0;: 3 champs attendus (date,currency,rate), %2 trouvés</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; is not a date (YYYY-MM-DD)</source>
        <translation>ligne %1&#xa0;: «&#xa0;%2&#xa0;» n’est pas une date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; is not a three-letter currency code</source>
        <translation>ligne %1&#xa0;: «&#xa0;%2&#xa0;» n’est pas un code de devise à trois lettres</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>line %1: a second %2 rate for %3 (the first is on line %4)</source>
        <translation>ligne %1&#xa0;: un second taux %2 pour le %3 (le premier est à la ligne %4)</translation>
    </message>
    <message>
        <source>the file has no rates</source>
        <translation>le fichier ne contient aucun taux</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>unknown version of the currency file</source>
        <translation>version inconnue du fichier de devises</translation>
    </message>
    <message>
        <source>the display currency is not valid</source>
        <translation>la devise d’affichage n’est pas valide</translation>
    </message>
    <message>
        <source>rate %1: %2</source>
        <translation>taux %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a currency file: %2</source>
        <translation>%1 n’est pas un fichier de devises&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>DailyChart</name>
    <message>
        <source>Spend per day</source>
        <translation>Dépenses par jour</translation>
    </message>
    <message>
        <source>%1: not yet</source>
        <translation>%1&#xa0;: pas encore</translation>
    </message>
    <message>
        <source>%1: %2 spent</source>
        <translation>%1&#xa0;: %2 dépensés</translation>
    </message>
</context>
<context>
    <name>DailySpendPanel</name>
    <message>
        <source>Range of the spend per day chart</source>
        <translation>Période du graphique des dépenses par jour</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>90 derniers jours</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <source>All history</source>
        <translation>Tout l’historique</translation>
    </message>
    <message>
        <source>Longer ranges come from the usage history kept on this computer</source>
        <translation>Les périodes plus longues viennent de l’historique d’utilisation conservé sur cet ordinateur</translation>
    </message>
    <message>
        <source>No local usage history is kept</source>
        <translation>Aucun historique d’utilisation local n’est conservé</translation>
    </message>
    <message>
        <source>No usage history on this computer yet.</source>
        <translation>Pas encore d’historique d’utilisation sur cet ordinateur.</translation>
    </message>
    <message>
        <source>No local usage history is kept.</source>
        <translation>Aucun historique d’utilisation local n’est conservé.</translation>
    </message>
    <message>
        <source>History from %1</source>
        <translation>Historique depuis le %1</translation>
    </message>
    <message>
        <source>last synced %1 ago</source>
        <translation>dernière synchronisation il y a %1</translation>
    </message>
    <message>
        <source>showing saved data</source>
        <translation>données enregistrées</translation>
    </message>
</context>
<context>
    <name>DeleteKeyDialog</name>
    <message>
        <source>&amp;Delete Key</source>
        <translation>&amp;Supprimer la clé</translation>
    </message>
    <message>
        <source>Delete API Key</source>
        <translation>Supprimer la clé d’API</translation>
    </message>
    <message>
        <source>Delete the key “%1”? Every app that uses it stops working at once, and this can&apos;t be undone.</source>
        <translation>Supprimer la clé «&#xa0;%1&#xa0;»&#x202f;? Toutes les applications qui l’utilisent cessent aussitôt de fonctionner, et c’est irréversible.</translation>
    </message>
    <message>
        <source>To confirm, type the key&apos;s &amp;name:</source>
        <translation>Pour confirmer, saisissez le &amp;nom de la clé&#xa0;:</translation>
    </message>
    <message>
        <source>Type the key&apos;s name to confirm</source>
        <translation>Saisissez le nom de la clé pour confirmer</translation>
    </message>
    <message>
        <source>Delete the key</source>
        <translation>Supprimer la clé</translation>
    </message>
    <message>
        <source>Type the name exactly.</source>
        <translation>Saisissez le nom exactement.</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <source>No limit</source>
        <translation>Sans plafond</translation>
    </message>
    <message>
        <source>read</source>
        <translation>lecture</translation>
    </message>
    <message>
        <source>write</source>
        <translation>écriture</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Select a row to see its chart and details.</source>
        <translation>Sélectionnez une ligne pour voir son graphique et ses détails.</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>Par jour</translation>
    </message>
    <message>
        <source>By model</source>
        <translation>Par modèle</translation>
    </message>
    <message>
        <source>Spend by model is not available for a single key or project yet; the Overview shows it for the organization.</source>
        <translation>Les dépenses par modèle ne sont pas encore disponibles pour une clé ou un projet seul&#x202f;; la Vue d’ensemble les affiche pour l’organisation.</translation>
    </message>
    <message>
        <source>%1 · %2 % of its monthly limit</source>
        <translation>%1 · %2&#x202f;% de son plafond mensuel</translation>
    </message>
    <message>
        <source>Monthly limit</source>
        <translation>Plafond mensuel</translation>
    </message>
    <message>
        <source>Forecast at month end</source>
        <translation>Prévision de fin de mois</translation>
    </message>
    <message>
        <source>At the recent pace of %1 per day</source>
        <translation>Au rythme récent de %1 par jour</translation>
    </message>
    <message>
        <source>Reaches its limit</source>
        <translation>Atteint son plafond</translation>
    </message>
    <message>
        <source>Can still spend</source>
        <translation>Peut encore dépenser</translation>
    </message>
    <message>
        <source>No cap</source>
        <translation>Aucun plafond</translation>
    </message>
    <message>
        <source>The smaller of the key&apos;s and its project&apos;s remaining limit</source>
        <translation>Le plus petit reste entre le plafond de la clé et celui de son projet</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Créée par</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation>expirée le %1</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Autorisations</translation>
    </message>
    <message>
        <source>management: %1 · completions: %2</source>
        <translation>gestion&#xa0;: %1 · complétions&#xa0;: %2</translation>
    </message>
    <message>
        <source>Key id</source>
        <translation>ID de la clé</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Private project of %1</source>
        <translation>Projet privé de %1</translation>
    </message>
    <message>
        <source>Shared project</source>
        <translation>Projet partagé</translation>
    </message>
    <message>
        <source>Binds every key in the project</source>
        <translation>S’applique à chaque clé du projet</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Clés</translation>
    </message>
    <message numerus="yes">
        <source>%n keys</source>
        <translation>
            <numerusform>%n clé</numerusform>
            <numerusform>%n clés</numerusform>
        </translation>
    </message>
    <message>
        <source>Project id</source>
        <translation>ID du projet</translation>
    </message>
    <message>
        <source>%1, likely %2 – %3</source>
        <translation>%1, probablement %2 – %3</translation>
    </message>
    <message>
        <source>Limit resets</source>
        <translation>Réinitialisation de la limite</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>Spent this month</source>
        <translation>Dépensé ce mois-ci</translation>
    </message>
</context>
<context>
    <name>DialogLauncher</name>
    <message>
        <source>The monthly limit of “%1” is now %2.</source>
        <translation>Le plafond mensuel de «&#xa0;%1&#xa0;» est maintenant de %2.</translation>
    </message>
    <message>
        <source>“%1” has no monthly limit now.</source>
        <translation>«&#xa0;%1&#xa0;» n’a plus de plafond mensuel.</translation>
    </message>
    <message>
        <source>Key “%1” created.</source>
        <translation>Clé «&#xa0;%1&#xa0;» créée.</translation>
    </message>
    <message>
        <source>Key “%1” deleted.</source>
        <translation>Clé «&#xa0;%1&#xa0;» supprimée.</translation>
    </message>
    <message>
        <source>Labels of “%1” saved.</source>
        <translation>Étiquettes de «&#xa0;%1&#xa0;» enregistrées.</translation>
    </message>
    <message>
        <source>“%1” now expires on %2.</source>
        <translation>«&#xa0;%1&#xa0;» expire maintenant le %2.</translation>
    </message>
    <message>
        <source>“%1” no longer expires.</source>
        <translation>«&#xa0;%1&#xa0;» n’expire plus.</translation>
    </message>
</context>
<context>
    <name>DiskCache</name>
    <message>
        <source>The cache %1 cannot be read (%2); it is ignored.</source>
        <translation>Le cache %1 est illisible (%2)&#x202f;; il est ignoré.</translation>
    </message>
    <message>
        <source>The cache %1 is too large to be ours; it is ignored.</source>
        <translation>Le cache %1 est trop volumineux pour être le nôtre&#x202f;; il est ignoré.</translation>
    </message>
    <message>
        <source>The cache %1 is damaged (%2); it is ignored.</source>
        <translation>Le cache %1 est endommagé (%2)&#x202f;; il est ignoré.</translation>
    </message>
    <message>
        <source>The cache %1 cannot be written: %2</source>
        <translation>Impossible d’écrire le cache %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
</context>
<context>
    <name>EditGuard</name>
    <message>
        <source>Nothing is loaded yet. Wait for the first refresh, then try again.</source>
        <translation>Rien n’est encore chargé. Attendez la première actualisation, puis réessayez.</translation>
    </message>
    <message>
        <source>This connection&apos;s key can only read. Changing limits and keys needs a key with manage permission “write”: ask an administrator for one, or choose another connection.</source>
        <translation>La clé de cette connexion ne peut que lire. Pour modifier plafonds et clés, il faut une clé avec l’autorisation de gestion «&#xa0;écriture&#xa0;»&#xa0;: demandez-en une à un administrateur ou choisissez une autre connexion.</translation>
    </message>
    <message>
        <source>This key no longer exists on the server. It may have been deleted elsewhere.</source>
        <translation>Cette clé n’existe plus sur le serveur. Elle a peut-être été supprimée ailleurs.</translation>
    </message>
    <message>
        <source>The key “%1” expired on %2. An expired key can&apos;t be changed or revived; create a new key instead.</source>
        <translation>La clé «&#xa0;%1&#xa0;» a expiré le %2. Une clé expirée ne peut être ni modifiée ni réactivée&#x202f;; créez plutôt une nouvelle clé.</translation>
    </message>
    <message>
        <source>This project no longer exists on the server.</source>
        <translation>Ce projet n’existe plus sur le serveur.</translation>
    </message>
</context>
<context>
    <name>EntityTableModel</name>
    <message>
        <source>%1 in %2</source>
        <extracomment>A table column header with the display currency, e.g. &quot;Spend (month) in EUR&quot;</extracomment>
        <translation>%1 en %2</translation>
    </message>
</context>
<context>
    <name>EntityTablePage</name>
    <message>
        <source>Edit limit…</source>
        <translation>Modifier le plafond…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Available once the data has loaded.</source>
        <translation>Disponible une fois les données chargées.</translation>
    </message>
    <message>
        <source>This management key can only read: ask an admin for a key with manage: write.</source>
        <translation>Cette clé de gestion ne peut que lire&#xa0;: demandez à un administrateur une clé avec gestion&#xa0;: écriture.</translation>
    </message>
    <message>
        <source>Select a row first.</source>
        <translation>Sélectionnez d’abord une ligne.</translation>
    </message>
</context>
<context>
    <name>ErrorPanel</name>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Show error details</source>
        <translation>Afficher les détails de l’erreur</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Détails de l’erreur</translation>
    </message>
</context>
<context>
    <name>ExpiryDialog</name>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Never expires</source>
        <translation>N’expire &amp;jamais</translation>
    </message>
    <message>
        <source>&amp;Expires on</source>
        <translation>&amp;Expire le</translation>
    </message>
    <message>
        <source>Set Key Expiry</source>
        <translation>Définir l’expiration de la clé</translation>
    </message>
    <message>
        <source>When should the key “%1” stop working? After its expiry it can&apos;t be changed or revived.</source>
        <translation>Quand la clé «&#xa0;%1&#xa0;» doit-elle cesser de fonctionner&#x202f;? Après son expiration, elle ne pourra être ni modifiée ni réactivée.</translation>
    </message>
    <message>
        <source>Never expires</source>
        <translation>N’expire jamais</translation>
    </message>
    <message>
        <source>Expires on a date</source>
        <translation>Expire à une date</translation>
    </message>
    <message>
        <source>Expiry date and time</source>
        <translation>Date et heure d’expiration</translation>
    </message>
    <message>
        <source>Save the expiry</source>
        <translation>Enregistrer l’expiration</translation>
    </message>
    <message>
        <source>The expiry must be in the future.</source>
        <translation>L’expiration doit être dans le futur.</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <source>Could not save the export.</source>
        <translation>Impossible d’enregistrer l’export.</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>There is nothing to export on this page.</source>
        <translation>Il n’y a rien à exporter sur cette page.</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>Exporter le tableau</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>There are no alerts to export.</source>
        <translation>Il n’y a aucune alerte à exporter.</translation>
    </message>
    <message>
        <source>Export alerts</source>
        <translation>Exporter les alertes</translation>
    </message>
    <message>
        <source>The alerts are no longer available.</source>
        <translation>Les alertes ne sont plus disponibles.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Month report</source>
        <translation>Rapport mensuel</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>There is no data to report yet.</source>
        <translation>Il n’y a pas encore de données pour un rapport.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <source>≥ 80 %</source>
        <translation>≥ 80&#x202f;%</translation>
    </message>
    <message>
        <source>Only those at 80 % of their limit or more</source>
        <translation>Uniquement ceux à 80&#x202f;% de leur plafond ou plus</translation>
    </message>
    <message>
        <source>Only those that reached their limit</source>
        <translation>Uniquement ceux qui ont atteint leur plafond</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sans plafond</translation>
    </message>
    <message>
        <source>Only those without a monthly limit</source>
        <translation>Uniquement ceux sans plafond mensuel</translation>
    </message>
    <message>
        <source>Only keys that expire within 7 days</source>
        <translation>Uniquement les clés qui expirent dans les 7 jours</translation>
    </message>
    <message>
        <source>Filter… (Ctrl+F)</source>
        <translation>Filtrer… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter by name, label or owner (Ctrl+F)</source>
        <translation>Filtrer par nom, libellé ou propriétaire (Ctrl+F)</translation>
    </message>
    <message>
        <source>Over</source>
        <translation>Au-delà</translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation>Expire bientôt</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>En cours</translation>
    </message>
</context>
<context>
    <name>HeadlessSession</name>
    <message>
        <source>The demo could not start: %1</source>
        <translation>La démo n’a pas pu démarrer&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>HelpBoxes</name>
    <message>
        <source>About Spendboard</source>
        <translation>À propos de Spendboard</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Spendboard %1&lt;/h3&gt;&lt;p&gt;Spend of your LLM-gateway organization against its monthly limits, with alerts before a limit is reached.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Spendboard %1&lt;/h3&gt;&lt;p&gt;Les dépenses de votre organisation sur la passerelle LLM face à ses plafonds mensuels, avec des alertes avant qu’un plafond ne soit atteint.&lt;/p&gt;&lt;p&gt;Compilé avec Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Overview, Projects, Keys, Alerts, Activity</source>
        <translation>Vue d’ensemble, Projets, Clés, Alertes, Activité</translation>
    </message>
    <message>
        <source>Ctrl+1 … Ctrl+5</source>
        <translation>Ctrl+1 … Ctrl+5</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>Actualiser maintenant</translation>
    </message>
    <message>
        <source>Filter the table</source>
        <translation>Filtrer le tableau</translation>
    </message>
    <message>
        <source>Edit the selected limit</source>
        <translation>Modifier le plafond sélectionné</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>New key</source>
        <translation>Nouvelle clé</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Delete the selected key</source>
        <translation>Supprimer la clé sélectionnée</translation>
    </message>
    <message>
        <source>Acknowledge the selected alert</source>
        <translation>Acquitter l’alerte sélectionnée</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Plein écran</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
</context>
<context>
    <name>HistoryChart</name>
    <message>
        <source>Spend per day</source>
        <translation>Dépenses par jour</translation>
    </message>
    <message>
        <source>%1: %2 spent</source>
        <translation>%1&#xa0;: %2 dépensés</translation>
    </message>
</context>
<context>
    <name>HistoryDb</name>
    <message>
        <source>Cannot create the folder %1 for the usage history.</source>
        <translation>Impossible de créer le dossier %1 pour l’historique d’utilisation.</translation>
    </message>
    <message>
        <source>The usage history %1 is damaged (%2) and could not be moved aside: %3</source>
        <translation>L’historique d’utilisation %1 est endommagé (%2) et n’a pas pu être mis de côté&#xa0;: %3</translation>
    </message>
    <message>
        <source>The usage history was damaged (%1). It was moved to %2 and a new history was started.</source>
        <translation>L’historique d’utilisation était endommagé (%1). Il a été déplacé vers %2 et un nouvel historique a été commencé.</translation>
    </message>
    <message>
        <source>the integrity check failed</source>
        <translation>la vérification d’intégrité a échoué</translation>
    </message>
    <message>
        <source>Cannot open the usage history %1: %2</source>
        <translation>Impossible d’ouvrir l’historique d’utilisation %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The usage history is not open.</source>
        <translation>L’historique d’utilisation n’est pas ouvert.</translation>
    </message>
</context>
<context>
    <name>HistorySchema</name>
    <message>
        <source>The history database cannot be read: %1</source>
        <translation>La base d’historique est illisible&#xa0;: %1</translation>
    </message>
    <message>
        <source>The history database was written by a newer version of Spendboard (schema %1; this version reads up to %2).</source>
        <translation>La base d’historique a été écrite par une version plus récente de Spendboard (schéma %1&#x202f;; cette version lit jusqu’au %2).</translation>
    </message>
    <message>
        <source>The history database could not be upgraded from schema %1: %2</source>
        <translation>La base d’historique n’a pas pu être mise à niveau depuis le schéma %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>KeysPage</name>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Show only the keys of one project</source>
        <translation>N’afficher que les clés d’un projet</translation>
    </message>
    <message>
        <source>Labels…</source>
        <translation>Étiquettes…</translation>
    </message>
    <message>
        <source>Expiry…</source>
        <translation>Expiration…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>New key…</source>
        <translation>Nouvelle clé…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Select a key to see its chart, its facts and what you can do with it.</source>
        <translation>Sélectionnez une clé pour voir son graphique, ses informations et ce que vous pouvez en faire.</translation>
    </message>
    <message numerus="yes">
        <source>%n keys</source>
        <translation>
            <numerusform>%n clé</numerusform>
            <numerusform>%n clés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n keys</source>
        <translation>
            <numerusform>%1 sur %n clé</numerusform>
            <numerusform>%1 sur %n clés</numerusform>
        </translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>Tous les projets</translation>
    </message>
</context>
<context>
    <name>LabelsDialog</name>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Edit Labels</source>
        <translation>Modifier les étiquettes</translation>
    </message>
    <message>
        <source>Labels of the key “%1”, e.g. team = finance. Saving replaces all of them.</source>
        <translation>Étiquettes de la clé «&#xa0;%1&#xa0;», p. ex. team = finance. L’enregistrement les remplace toutes.</translation>
    </message>
    <message>
        <source>Save the labels</source>
        <translation>Enregistrer les étiquettes</translation>
    </message>
</context>
<context>
    <name>LabelsEditor</name>
    <message>
        <source>&amp;Add Label</source>
        <translation>&amp;Ajouter une étiquette</translation>
    </message>
    <message>
        <source>&amp;Remove Label</source>
        <translation>&amp;Supprimer l’étiquette</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Add a label</source>
        <translation>Ajouter une étiquette</translation>
    </message>
    <message>
        <source>Remove the selected label</source>
        <translation>Supprimer l’étiquette sélectionnée</translation>
    </message>
    <message>
        <source>Label %1 has a value but no key. Give it a key or remove it.</source>
        <translation>L’étiquette %1 a une valeur mais pas de clé. Donnez-lui une clé ou supprimez-la.</translation>
    </message>
    <message>
        <source>The label key “%1” is used twice. Each key can appear only once.</source>
        <translation>La clé d’étiquette «&#xa0;%1&#xa0;» est utilisée deux fois. Chaque clé ne peut apparaître qu’une fois.</translation>
    </message>
</context>
<context>
    <name>LimitDialog</name>
    <message>
        <source>Edit Monthly Limit</source>
        <translation>Modifier le plafond mensuel</translation>
    </message>
    <message>
        <source>The organization has no limit of its own.</source>
        <translation>L’organisation n’a pas de plafond propre.</translation>
    </message>
    <message>
        <source>Spent this month:</source>
        <translation>Dépensé ce mois-ci&#xa0;:</translation>
    </message>
    <message>
        <source>Current limit:</source>
        <translation>Plafond actuel&#xa0;:</translation>
    </message>
    <message>
        <source>Forecast for month end:</source>
        <translation>Prévision de fin de mois&#xa0;:</translation>
    </message>
    <message>
        <source>New monthly limit in US dollars</source>
        <translation>Nouveau plafond mensuel en dollars américains</translation>
    </message>
    <message>
        <source>&amp;No limit</source>
        <translation>&amp;Sans plafond</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sans plafond</translation>
    </message>
    <message>
        <source>Remove the monthly cap (the API stores this as 0).</source>
        <translation>Supprimer le plafond mensuel (l’API l’enregistre comme 0).</translation>
    </message>
    <message>
        <source>New &amp;limit (US$):</source>
        <translation>Nouveau &amp;plafond (US$)&#xa0;:</translation>
    </message>
    <message>
        <source>What the new limit means</source>
        <translation>Ce que signifie le nouveau plafond</translation>
    </message>
    <message>
        <source>Keep my value</source>
        <translation>Garder ma valeur</translation>
    </message>
    <message>
        <source>Use the value on the server</source>
        <translation>Utiliser la valeur du serveur</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save the new limit</source>
        <translation>Enregistrer le nouveau plafond</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sans plafond</translation>
    </message>
    <message>
        <source>Project “%1”</source>
        <translation>Projet «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Key “%1”</source>
        <translation>Clé «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 (likely between %2 and %3)</source>
        <translation>%1 (probablement entre %2 et %3)</translation>
    </message>
    <message>
        <source>No cap: spending continues without a monthly limit. Expected by the month end: %1.</source>
        <translation>Aucun plafond&#xa0;: les dépenses continuent sans limite mensuelle. Attendu d’ici la fin du mois&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Already below this month&apos;s spend (%1): every key in this project is blocked at once.</source>
        <translation>Déjà inférieur aux dépenses du mois (%1)&#xa0;: toutes les clés de ce projet sont bloquées aussitôt.</translation>
    </message>
    <message>
        <source>Already below this month&apos;s spend (%1): the key is blocked at once.</source>
        <translation>Déjà inférieur aux dépenses du mois (%1)&#xa0;: la clé est bloquée aussitôt.</translation>
    </message>
    <message>
        <source>Nothing has been spent recently, so this limit lasts the whole month.</source>
        <translation>Rien n’a été dépensé récemment&#xa0;: ce plafond tient donc tout le mois.</translation>
    </message>
    <message>
        <source>At the current burn (%1 a day) this lasts the whole month.</source>
        <translation>Au rythme actuel (%1 par jour), cela tient tout le mois.</translation>
    </message>
    <message>
        <source>d MMM</source>
        <extracomment>Date format for &quot;lasts until 27 Nov&quot;; see QDate::toString.</extracomment>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>At the current burn (%1 a day) this lasts until %2.</source>
        <translation>Au rythme actuel (%1 par jour), cela tient jusqu’au %2.</translation>
    </message>
    <message>
        <source>Block at once?</source>
        <translation>Bloquer immédiatement&#x202f;?</translation>
    </message>
    <message>
        <source>This month&apos;s spend of “%1” is already %2. A limit of %3 blocks every key in the project at once, until the limit is raised or the month ends.</source>
        <translation>Les dépenses du mois de «&#xa0;%1&#xa0;» atteignent déjà %2. Un plafond de %3 bloque aussitôt toutes les clés du projet, jusqu’à ce que le plafond soit relevé ou que le mois se termine.</translation>
    </message>
    <message>
        <source>This month&apos;s spend of “%1” is already %2. A limit of %3 blocks the key at once, until the limit is raised or the month ends.</source>
        <translation>Les dépenses du mois de «&#xa0;%1&#xa0;» atteignent déjà %2. Un plafond de %3 bloque aussitôt la clé, jusqu’à ce que le plafond soit relevé ou que le mois se termine.</translation>
    </message>
    <message>
        <source>Set Limit and Block</source>
        <translation>Définir le plafond et bloquer</translation>
    </message>
    <message>
        <source>Raise more than tenfold?</source>
        <translation>Multiplier par plus de dix&#x202f;?</translation>
    </message>
    <message>
        <source>The limit of “%1” goes from %2 to %3, more than ten times as much. Is that amount right (not an extra zero)?</source>
        <translation>Le plafond de «&#xa0;%1&#xa0;» passe de %2 à %3, soit plus de dix fois plus. Ce montant est-il correct (pas un zéro de trop)&#x202f;?</translation>
    </message>
    <message>
        <source>Raise Limit</source>
        <translation>Relever le plafond</translation>
    </message>
    <message>
        <source>Someone changed this limit to %1 while you were editing. Your value: %2.</source>
        <translation>Quelqu’un a changé ce plafond en %1 pendant votre modification. Votre valeur&#xa0;: %2.</translation>
    </message>
    <message>
        <source>&amp;Keep My Value (%1)</source>
        <translation>&amp;Garder ma valeur (%1)</translation>
    </message>
    <message>
        <source>&amp;Use %1</source>
        <translation>&amp;Utiliser %1</translation>
    </message>
    <message>
        <source>Resets:</source>
        <translation>Réinitialisation :</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>Sent to the API: 0, which means no limit.</source>
        <translation>Envoyé à l’API : 0, c’est-à-dire pas de limite.</translation>
    </message>
    <message>
        <source>Sent to the API: %1 (US dollars). Shown as %2 at the %3 rate.</source>
        <translation>Envoyé à l’API : %1 (dollars américains). Affiché comme %2 au taux du %3.</translation>
    </message>
    <message>
        <source>Sent to the API: %1 (US dollars).</source>
        <translation>Envoyé à l’API : %1 (dollars américains).</translation>
    </message>
</context>
<context>
    <name>LocalHistory</name>
    <message>
        <source>The usage history could not be saved: %1</source>
        <translation>L’historique d’utilisation n’a pas pu être enregistré : %1</translation>
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
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Clés</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profil&#xa0;:</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Switch between organizations or servers</source>
        <translation>Basculer entre organisations ou serveurs</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Fetch the latest spend now (F5)</source>
        <translation>Récupérer les dernières dépenses maintenant (F5)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Save the current page as CSV (tables) or PNG (the overview chart)</source>
        <translation>Enregistrer la page actuelle en CSV (tableaux) ou en PNG (graphique de la vue d’ensemble)</translation>
    </message>
    <message>
        <source>Month report &amp;PDF…</source>
        <translation>Rapport mensuel &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Plein écran</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Connections…</source>
        <translation>&amp;Connexions…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About Spendboard</source>
        <translation>&amp;À propos de Spendboard</translation>
    </message>
    <message>
        <source>Showing the data from %1.</source>
        <translation>Affichage des données du %1.</translation>
    </message>
    <message>
        <source>Alerts (%1)</source>
        <translation>Alertes (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Alerts, %n not acknowledged</source>
        <translation>
            <numerusform>Alertes, %n non acquittée</numerusform>
            <numerusform>Alertes, %n non acquittées</numerusform>
        </translation>
    </message>
    <message>
        <source>Alerts, none open</source>
        <translation>Alertes, aucune en attente</translation>
    </message>
    <message>
        <source>Runway</source>
        <translation>Autonomie</translation>
    </message>
    <message>
        <source>Month-close &amp;pack</source>
        <translation>&amp;Dossier de clôture du mois</translation>
    </message>
    <message>
        <source>%1 (so far)…</source>
        <translation>%1 (jusqu’ici)…</translation>
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
        <translation>Autres</translation>
    </message>
    <message>
        <source>%1: %2 this month (%3 %)</source>
        <translation>%1&#xa0;: %2 ce mois-ci (%3&#x202f;%)</translation>
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
        <translation>Montant en dollars américains</translation>
    </message>
    <message>
        <source>Amount problem</source>
        <translation>Problème de montant</translation>
    </message>
    <message>
        <source>Enter an amount, for example %1.</source>
        <translation>Saisissez un montant, par exemple %1.</translation>
    </message>
    <message>
        <source>The amount can&apos;t be negative.</source>
        <translation>Le montant ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>“%1” is not an amount. Type digits, for example %2.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un montant. Saisissez des chiffres, par exemple %2.</translation>
    </message>
    <message>
        <source>Use at most two decimals (whole cents).</source>
        <translation>Utilisez au plus deux décimales (cents entiers).</translation>
    </message>
    <message>
        <source>The largest amount allowed here is %1.</source>
        <translation>Le montant maximal autorisé ici est %1.</translation>
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
        <translation>Le journal des modifications n’a pas été vérifié.</translation>
    </message>
    <message>
        <source>The change log verifies: no entry was edited or removed.</source>
        <translation>Le journal des modifications est intègre&#xa0;: aucune entrée n’a été modifiée ni supprimée.</translation>
    </message>
    <message>
        <source>The change log does not verify: %1</source>
        <translation>Le journal des modifications n’est pas intègre&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>MonthCloseController</name>
    <message>
        <source>Folder for the month-close pack of %1</source>
        <translation>Dossier pour la clôture du mois de %1</translation>
    </message>
    <message>
        <source>The month-close pack needs the usage history kept on this computer, and it is not available.</source>
        <translation>La clôture du mois a besoin de l’historique d’utilisation conservé sur cet ordinateur, qui n’est pas disponible.</translation>
    </message>
    <message>
        <source>Writing the month-close pack of %1…</source>
        <translation>Écriture de la clôture du mois de %1…</translation>
    </message>
    <message>
        <source>Month-close pack</source>
        <translation>Clôture du mois</translation>
    </message>
    <message>
        <source>The month-close pack could not be written. %1</source>
        <translation>La clôture du mois n’a pas pu être écrite. %1</translation>
    </message>
    <message>
        <source>Month-close pack written to %1. %2</source>
        <translation>Clôture du mois écrite dans %1. %2</translation>
    </message>
</context>
<context>
    <name>MonthClosePack</name>
    <message>
        <source>Month close %1</source>
        <translation>Clôture du mois %1</translation>
    </message>
    <message>
        <source>All amounts in USD. Spend is per UTC calendar month.</source>
        <translation>Tous les montants en USD. Dépenses par mois civil UTC.</translation>
    </message>
    <message>
        <source>The month is not complete: the figures are those of the last sync.</source>
        <translation>Le mois n’est pas terminé : les chiffres sont ceux de la dernière synchronisation.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message>
        <source>No projects.</source>
        <translation>Aucun projet.</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Clés</translation>
    </message>
    <message>
        <source>No keys.</source>
        <translation>Aucune clé.</translation>
    </message>
    <message>
        <source>Forecast against actual</source>
        <translation>Prévision et réel</translation>
    </message>
    <message>
        <source>No forecasts were recorded this month.</source>
        <translation>Aucune prévision n’a été enregistrée ce mois-ci.</translation>
    </message>
    <message>
        <source>Limit changes made from Spendboard</source>
        <translation>Modifications de limite faites depuis Spendboard</translation>
    </message>
    <message>
        <source>No limit was changed from Spendboard this month.</source>
        <translation>Aucune limite n’a été modifiée depuis Spendboard ce mois-ci.</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>No alerts this month.</source>
        <translation>Aucune alerte ce mois-ci.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Le dossier %1 ne peut pas être créé.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>OrgStore</name>
    <message>
        <source>no limit</source>
        <translation>sans plafond</translation>
    </message>
    <message>
        <source>The limit was changed on the server to %1; you saw %2.</source>
        <translation>Le plafond a été changé sur le serveur en %1&#x202f;; vous voyiez %2.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Spent this month</source>
        <translation>Dépensé ce mois-ci</translation>
    </message>
    <message>
        <source>Forecast at month end</source>
        <translation>Prévision de fin de mois</translation>
    </message>
    <message>
        <source>Organization balance</source>
        <translation>Solde de l’organisation</translation>
    </message>
    <message>
        <source>Sum of key limits</source>
        <translation>Somme des plafonds des clés</translation>
    </message>
    <message>
        <source>Near or over the limit</source>
        <translation>Proche du plafond ou au-delà</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Jours restants</translation>
    </message>
    <message>
        <source>Chart of</source>
        <translation>Graphique de</translation>
    </message>
    <message>
        <source>Show the chart of the whole organization, a project or a key</source>
        <translation>Afficher le graphique de toute l’organisation, d’un projet ou d’une clé</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Month to date</source>
        <translation>Depuis le début du mois</translation>
    </message>
    <message>
        <source>Top 10 keys by spend</source>
        <translation>Les 10 clés qui dépensent le plus</translation>
    </message>
    <message>
        <source>Spend per day</source>
        <translation>Dépenses par jour</translation>
    </message>
    <message>
        <source>Spend by model</source>
        <translation>Dépenses par modèle</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>Projet&#xa0;: %1</translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation>Clé&#xa0;: %1</translation>
    </message>
    <message>
        <source>No data yet: %1</source>
        <translation>Pas encore de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>No data yet — connecting…</source>
        <translation>Pas encore de données — connexion…</translation>
    </message>
    <message>
        <source>This organization has no keys yet.</source>
        <translation>Cette organisation n’a pas encore de clés.</translation>
    </message>
    <message>
        <source>No spend by model this month yet.</source>
        <translation>Pas encore de dépenses par modèle ce mois-ci.</translation>
    </message>
    <message>
        <source>waiting for data…</source>
        <translation>en attente de données…</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>depuis le %1</translation>
    </message>
    <message>
        <source>today so far: %1</source>
        <translation>aujourd’hui jusqu’ici&#xa0;: %1</translation>
    </message>
    <message>
        <source>What every key of the organization spent since the month began on %1 (UTC).</source>
        <translation>Ce que toutes les clés de l’organisation ont dépensé depuis le début du mois, le %1 (UTC).</translation>
    </message>
    <message>
        <source>likely %1–%2</source>
        <translation>probablement %1–%2</translation>
    </message>
    <message>
        <source>Expected spend on %1 at the recent pace of %2 per day.</source>
        <translation>Dépenses attendues au %1 au rythme récent de %2 par jour.</translation>
    </message>
    <message>
        <source>no credit left: requests will fail</source>
        <translation>plus de crédit&#xa0;: les requêtes vont échouer</translation>
    </message>
    <message numerus="yes">
        <source>lasts about %n days at this pace</source>
        <translation>
            <numerusform>tient environ %n jour à ce rythme</numerusform>
            <numerusform>tient environ %n jours à ce rythme</numerusform>
        </translation>
    </message>
    <message>
        <source>no recent spend</source>
        <translation>aucune dépense récente</translation>
    </message>
    <message>
        <source>Prepaid credit left in the organization.</source>
        <translation>Crédit prépayé restant dans l’organisation.</translation>
    </message>
    <message>
        <source>every key has a limit</source>
        <translation>chaque clé a un plafond</translation>
    </message>
    <message numerus="yes">
        <source>%n keys without a limit</source>
        <translation>
            <numerusform>%n clé sans plafond</numerusform>
            <numerusform>%n clés sans plafond</numerusform>
        </translation>
    </message>
    <message>
        <source>The monthly limits of all keys added up. Not a cap on the organization: each key stops at its own limit.</source>
        <translation>La somme des plafonds mensuels de toutes les clés. Ce n’est pas un plafond de l’organisation&#xa0;: chaque clé s’arrête à son propre plafond.</translation>
    </message>
    <message numerus="yes">
        <source>%n keys ≥ 80 %</source>
        <translation>
            <numerusform>%n clé ≥ 80&#x202f;%</numerusform>
            <numerusform>%n clés ≥ 80&#x202f;%</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n over the limit</source>
        <translation>
            <numerusform>%n au-delà du plafond</numerusform>
            <numerusform>%n au-delà du plafond</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n projects ≥ 80 %</source>
        <translation>
            <numerusform>%n projet ≥ 80&#x202f;%</numerusform>
            <numerusform>%n projets ≥ 80&#x202f;%</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n over</source>
        <translation>
            <numerusform>%n au-delà</numerusform>
            <numerusform>%n au-delà</numerusform>
        </translation>
    </message>
    <message>
        <source>Keys and projects that used at least 80 % of their monthly limit. See the Keys page, quick filter “≥ 80 %”.</source>
        <translation>Clés et projets ayant utilisé au moins 80&#x202f;% de leur plafond mensuel. Voir la page Clés, filtre rapide «&#xa0;≥ 80&#x202f;%&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>%n days left</source>
        <translation>
            <numerusform>%n jour restant</numerusform>
            <numerusform>%n jours restants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours left</source>
        <translation>
            <numerusform>%n heure restante</numerusform>
            <numerusform>%n heures restantes</numerusform>
        </translation>
    </message>
    <message>
        <source>Monthly limits and spend start again at 00:00 UTC on the 1st.</source>
        <translation>Les plafonds mensuels et les dépenses repartent à zéro le 1er à 00:00 UTC.</translation>
    </message>
    <message>
        <source>No data yet.</source>
        <translation>Pas encore de données.</translation>
    </message>
    <message>
        <source>%1 in US dollars</source>
        <translation>%1 en dollars américains</translation>
    </message>
    <message>
        <source>Converted at the %1 rate dated %2 (%3 per US dollar); the API keeps US dollars.</source>
        <translation>Converti au taux %1 du %2 (%3 par dollar américain) ; l’API conserve des dollars américains.</translation>
    </message>
    <message>
        <source>resets %1</source>
        <translation>réinitialisation %1</translation>
    </message>
    <message>
        <source>resets %1, %2</source>
        <translation>réinitialisation %1, %2</translation>
    </message>
    <message>
        <source>at the last sync, %1</source>
        <translation>à la dernière synchronisation, %1</translation>
    </message>
    <message>
        <source>From the usage history kept on this computer: the server cannot be reached now.</source>
        <translation>Depuis l’historique d’utilisation conservé sur cet ordinateur : le serveur est injoignable pour le moment.</translation>
    </message>
    <message>
        <source>from local history, likely %1–%2</source>
        <translation>d’après l’historique local, probablement %1–%2</translation>
    </message>
    <message>
        <source>Expected spend on %1 at the pace of %2 per day recorded in the usage history on this computer up to the last sync, %3: the server cannot be reached now.</source>
        <translation>Dépense prévue le %1 au rythme de %2 par jour enregistré dans l’historique d’utilisation de cet ordinateur jusqu’à la dernière synchronisation, %3&#xa0;: le serveur est injoignable pour l’instant.</translation>
    </message>
    <message>
        <source>%1 From the usage history on this computer, last synced %2.</source>
        <translation>%1 D’après l’historique d’utilisation de cet ordinateur, dernière synchronisation %2.</translation>
    </message>
</context>
<context>
    <name>PackCommand</name>
    <message>
        <source>spendboard: --month wants YYYY-MM, for example 2026-11.
</source>
        <translation>spendboard : --month attend AAAA-MM, par exemple 2026-11.
</translation>
    </message>
    <message>
        <source>spendboard: %1 has not started yet.
</source>
        <translation>spendboard : %1 n’a pas encore commencé.
</translation>
    </message>
    <message>
        <source>spendboard: the usage history cannot be opened: %1
</source>
        <translation>spendboard : l’historique d’utilisation ne peut pas être ouvert : %1
</translation>
    </message>
    <message>
        <source>spendboard: the usage history cannot be written: %1
</source>
        <translation>spendboard : l’historique d’utilisation ne peut pas être écrit : %1
</translation>
    </message>
    <message>
        <source>Month-close pack for %1 written to %2.
%3
</source>
        <translation>Clôture du mois %1 écrite dans %2.
%3
</translation>
    </message>
</context>
<context>
    <name>PdfReport</name>
    <message>
        <source>No limit</source>
        <translation>Sans plafond</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>Impossible d’écrire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Spend report %1: %2</source>
        <translation>Rapport de dépenses %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Plafond</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Dépenses</translation>
    </message>
    <message>
        <source>% of limit</source>
        <translation>% du plafond</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prévision</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Clés</translation>
    </message>
    <message>
        <source>Spend report: %1</source>
        <translation>Rapport de dépenses&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 · as of %2</source>
        <translation>%1 · au %2</translation>
    </message>
    <message>
        <source>Spent this month</source>
        <translation>Dépensé ce mois-ci</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <source>Forecast for the month end</source>
        <translation>Prévision de fin de mois</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message>
        <source>No projects.</source>
        <translation>Aucun projet.</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (suite)</translation>
    </message>
    <message>
        <source>No keys.</source>
        <translation>Aucune clé.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Could not create the PDF “%1”.</source>
        <translation>Impossible de créer le PDF «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>The profile needs a name.</source>
        <translation>Le profil doit avoir un nom.</translation>
    </message>
    <message>
        <source>The profile name must not start or end with spaces.</source>
        <translation>Le nom du profil ne doit ni commencer ni finir par des espaces.</translation>
    </message>
    <message>
        <source>The profile name is too long (at most %1 characters).</source>
        <translation>Le nom du profil est trop long (%1 caractères au plus).</translation>
    </message>
    <message>
        <source>The profile name contains invisible control characters.</source>
        <translation>Le nom du profil contient des caractères de contrôle invisibles.</translation>
    </message>
    <message>
        <source>The server address is not a valid URL.</source>
        <translation>L’adresse du serveur n’est pas une URL valide.</translation>
    </message>
    <message>
        <source>The server address must not contain a user name or password.</source>
        <translation>L’adresse du serveur ne doit contenir ni nom d’utilisateur ni mot de passe.</translation>
    </message>
    <message>
        <source>The refresh interval must be between %1 s and %2 s.</source>
        <translation>L’intervalle d’actualisation doit être compris entre %1 s et %2 s.</translation>
    </message>
    <message>
        <source>A profile named “%1” already exists.</source>
        <translation>Un profil nommé «&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <source>There is no profile named “%1”.</source>
        <translation>Il n’existe aucun profil nommé «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>ProgressDelegate</name>
    <message>
        <source>no limit</source>
        <translation>sans plafond</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1&#x202f;%</translation>
    </message>
    <message>
        <source>▲ %1 %</source>
        <translation>▲ %1&#x202f;%</translation>
    </message>
    <message>
        <source>■ %1 % · over</source>
        <translation>■ %1&#x202f;% · dépassé</translation>
    </message>
</context>
<context>
    <name>ProjectTableModel</name>
    <message>
        <source>What the project&apos;s keys can still spend together this month</source>
        <translation>Ce que les clés du projet peuvent encore dépenser ensemble ce mois-ci</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Plafond</translation>
    </message>
    <message>
        <source>Spend (month)</source>
        <translation>Dépenses (mois)</translation>
    </message>
    <message>
        <source>% of limit</source>
        <translation>% du plafond</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prévision</translation>
    </message>
    <message>
        <source>Headroom</source>
        <translation>Marge restante</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Clés</translation>
    </message>
    <message>
        <source>%1
ID %2</source>
        <translation>%1
ID %2</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privé</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Partagé</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sans plafond</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Expected %1 at month end (range %2 – %3)</source>
        <translation>%1 attendu en fin de mois (fourchette %2 – %3)</translation>
    </message>
    <message>
        <source>The limit is already reached.</source>
        <translation>Le plafond est déjà atteint.</translation>
    </message>
    <message>
        <source>Reaches the limit on %1 at this pace.</source>
        <translation>Atteint le plafond le %1 à ce rythme.</translation>
    </message>
</context>
<context>
    <name>ProjectsPage</name>
    <message>
        <source>Show its keys</source>
        <translation>Afficher ses clés</translation>
    </message>
    <message>
        <source>Kind of project</source>
        <translation>Type de projet</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>Tous les projets</translation>
    </message>
    <message>
        <source>Shared only</source>
        <translation>Partagés uniquement</translation>
    </message>
    <message>
        <source>Private only</source>
        <translation>Privés uniquement</translation>
    </message>
    <message>
        <source>Open the Keys page filtered to this project</source>
        <translation>Ouvrir la page Clés filtrée sur ce projet</translation>
    </message>
    <message>
        <source>Select a project to see its chart and facts. A project&apos;s limit binds every key created in it.</source>
        <translation>Sélectionnez un projet pour voir son graphique et ses informations. Le plafond d’un projet s’applique à chaque clé créée dans celui-ci.</translation>
    </message>
    <message>
        <source>No data yet — connecting…</source>
        <translation>Pas encore de données — connexion…</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Projects are managed in the Requesty console&lt;/h3&gt;&lt;p&gt;This server does not offer project information to management keys, so Spendboard cannot show project limits here. A project&apos;s limit still applies to every key in it.&lt;/p&gt;&lt;p&gt;Key limits work as usual: see the &lt;b&gt;Keys&lt;/b&gt; page to watch and change them.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Les projets se gèrent dans la console Requesty&lt;/h3&gt;&lt;p&gt;Ce serveur ne fournit pas d’informations sur les projets aux clés de gestion&#xa0;: Spendboard ne peut donc pas afficher ici les plafonds des projets. Le plafond d’un projet s’applique néanmoins à chacune de ses clés.&lt;/p&gt;&lt;p&gt;Les plafonds des clés fonctionnent normalement&#xa0;: consultez la page &lt;b&gt;Clés&lt;/b&gt; pour les suivre et les modifier.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n projects</source>
        <translation>
            <numerusform>%n projet</numerusform>
            <numerusform>%n projets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n projects</source>
        <translation>
            <numerusform>%1 sur %n projet</numerusform>
            <numerusform>%1 sur %n projets</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter by name or owner (Ctrl+F)</source>
        <translation>Filtrer par nom ou propriétaire (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>QuietHoursBuffer</name>
    <message>
        <source>the organization crossed %1 %</source>
        <translation>l’organisation a franchi %1&#x202f;%</translation>
    </message>
    <message>
        <source>the organization reached its limit</source>
        <translation>l’organisation a atteint son plafond</translation>
    </message>
    <message>
        <source>the organization crossed %1 % of its budget</source>
        <translation>l’organisation a franchi %1&#x202f;% de son budget</translation>
    </message>
    <message>
        <source>the organization is on course to exceed its limit</source>
        <translation>l’organisation est en passe de dépasser son plafond</translation>
    </message>
    <message>
        <source>the organization&apos;s balance ran low</source>
        <translation>le solde de l’organisation est devenu faible</translation>
    </message>
    <message>
        <source>1 project crossed %1 %</source>
        <translation>1 projet a franchi %1&#x202f;%</translation>
    </message>
    <message numerus="yes">
        <source>%n projects crossed %1 %</source>
        <translation>
            <numerusform>%n projet a franchi %1&#x202f;%</numerusform>
            <numerusform>%n projets ont franchi %1&#x202f;%</numerusform>
        </translation>
    </message>
    <message>
        <source>1 project reached its limit</source>
        <translation>1 projet a atteint son plafond</translation>
    </message>
    <message numerus="yes">
        <source>%n projects reached their limit</source>
        <translation>
            <numerusform>%n projet a atteint son plafond</numerusform>
            <numerusform>%n projets ont atteint leur plafond</numerusform>
        </translation>
    </message>
    <message>
        <source>1 project crossed %1 % of its budget</source>
        <translation>1 projet a franchi %1&#x202f;% de son budget</translation>
    </message>
    <message numerus="yes">
        <source>%n projects crossed %1 % of their budget</source>
        <translation>
            <numerusform>%n projet a franchi %1&#x202f;% de son budget</numerusform>
            <numerusform>%n projets ont franchi %1&#x202f;% de leur budget</numerusform>
        </translation>
    </message>
    <message>
        <source>1 project is on course to exceed its limit</source>
        <translation>1 projet est en passe de dépasser son plafond</translation>
    </message>
    <message numerus="yes">
        <source>%n projects are on course to exceed their limit</source>
        <translation>
            <numerusform>%n projet est en passe de dépasser son plafond</numerusform>
            <numerusform>%n projets sont en passe de dépasser leur plafond</numerusform>
        </translation>
    </message>
    <message>
        <source>1 key crossed %1 %</source>
        <translation>1 clé a franchi %1&#x202f;%</translation>
    </message>
    <message numerus="yes">
        <source>%n keys crossed %1 %</source>
        <translation>
            <numerusform>%n clé a franchi %1&#x202f;%</numerusform>
            <numerusform>%n clés ont franchi %1&#x202f;%</numerusform>
        </translation>
    </message>
    <message>
        <source>1 key reached its limit</source>
        <translation>1 clé a atteint son plafond</translation>
    </message>
    <message numerus="yes">
        <source>%n keys reached their limit</source>
        <translation>
            <numerusform>%n clé a atteint son plafond</numerusform>
            <numerusform>%n clés ont atteint leur plafond</numerusform>
        </translation>
    </message>
    <message>
        <source>1 key crossed %1 % of its budget</source>
        <translation>1 clé a franchi %1&#x202f;% de son budget</translation>
    </message>
    <message numerus="yes">
        <source>%n keys crossed %1 % of their budget</source>
        <translation>
            <numerusform>%n clé a franchi %1&#x202f;% de son budget</numerusform>
            <numerusform>%n clés ont franchi %1&#x202f;% de leur budget</numerusform>
        </translation>
    </message>
    <message>
        <source>1 key is on course to exceed its limit</source>
        <translation>1 clé est en passe de dépasser son plafond</translation>
    </message>
    <message numerus="yes">
        <source>%n keys are on course to exceed their limit</source>
        <translation>
            <numerusform>%n clé est en passe de dépasser son plafond</numerusform>
            <numerusform>%n clés sont en passe de dépasser leur plafond</numerusform>
        </translation>
    </message>
    <message>
        <source>While quiet hours were on: %1.</source>
        <translation>Pendant les heures calmes&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>RefreshStatus</name>
    <message>
        <source>Refreshing</source>
        <translation>Actualisation</translation>
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
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>connexion…</translation>
    </message>
    <message>
        <source>no data yet</source>
        <translation>pas encore de données</translation>
    </message>
    <message>
        <source>refreshing…</source>
        <translation>actualisation…</translation>
    </message>
    <message>
        <source>offline — showing data from %1</source>
        <translation>hors ligne — données du %1</translation>
    </message>
    <message>
        <source>showing saved data from %1</source>
        <translation>données enregistrées du %1</translation>
    </message>
    <message>
        <source>updated %1 ago</source>
        <translation>mis à jour il y a %1</translation>
    </message>
    <message>
        <source>not updated — showing data from %1</source>
        <translation>non actualisé — données du %1</translation>
    </message>
    <message>
        <source>connecting… — last synced %1 ago</source>
        <translation>connexion… — dernière synchronisation il y a %1</translation>
    </message>
    <message>
        <source>offline — last synced %1 ago</source>
        <translation>hors ligne — dernière synchronisation il y a %1</translation>
    </message>
    <message>
        <source>(last synced %1 ago)</source>
        <translation>(dernière synchronisation il y a %1)</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>--month wants YYYY-MM, for example 2026-11.</source>
        <translation>--month attend YYYY-MM, par exemple 2026-11.</translation>
    </message>
    <message>
        <source>%1 has not started yet.</source>
        <translation>%1 n’a pas encore commencé.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ReportData</name>
    <message numerus="yes">
        <source>%n keys</source>
        <translation>
            <numerusform>%n clé</numerusform>
            <numerusform>%n clés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResetInfo</name>
    <message>
        <source>%1 d %2 h</source>
        <comment>days and hours until the reset</comment>
        <translation>%1 j %2 h</translation>
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
        <translation>moins d’une minute</translation>
    </message>
    <message>
        <source>reset on %1</source>
        <translation>remis à zéro le %1</translation>
    </message>
    <message>
        <source>resets in %1</source>
        <translation>remise à zéro dans %1</translation>
    </message>
    <message>
        <source>%1 %2 UTC</source>
        <comment>date, time</comment>
        <translation>%1 %2 UTC</translation>
    </message>
    <message>
        <source>%1 your time</source>
        <comment>local time of the reset</comment>
        <translation>%1 (heure locale)</translation>
    </message>
    <message>
        <source>%1 %2 your time</source>
        <comment>local date and time of the reset</comment>
        <translation>%1 %2 (heure locale)</translation>
    </message>
    <message>
        <source>Limits were reset on %1.</source>
        <translation>Les plafonds ont été remis à zéro le %1.</translation>
    </message>
    <message>
        <source>Limits reset in %1, on %2.</source>
        <translation>Les plafonds sont remis à zéro dans %1, le %2.</translation>
    </message>
    <message>
        <source>Limits reset in %1, on %2 (%3).</source>
        <translation>Les plafonds sont remis à zéro dans %1, le %2 (%3).</translation>
    </message>
    <message>
        <source>Spend this month (since %1)</source>
        <translation>Dépenses du mois (depuis le %1)</translation>
    </message>
</context>
<context>
    <name>ResetNotifier</name>
    <message>
        <source>Monthly limits have reset</source>
        <translation>Les limites mensuelles ont été réinitialisées</translation>
    </message>
    <message>
        <source>Spend counts from %1.</source>
        <translation>Les dépenses comptent à partir du %1.</translation>
    </message>
    <message>
        <source>Spend counts from %1 (%2).</source>
        <translation>Les dépenses comptent à partir du %1 (%2).</translation>
    </message>
    <message>
        <source>Monthly limits have reset — spend counts from %1</source>
        <translation>Les limites mensuelles ont été réinitialisées — les dépenses comptent à partir du %1</translation>
    </message>
    <message>
        <source>Monthly limits have reset — spend counts from %1 (%2)</source>
        <translation>Les limites mensuelles ont été réinitialisées — les dépenses comptent à partir du %1 (%2)</translation>
    </message>
</context>
<context>
    <name>RunwayCalculator</name>
    <message>
        <source>At or over its limit</source>
        <translation>À son plafond ou au-delà</translation>
    </message>
    <message numerus="yes">
        <source>Reaches its limit within %n day(s)</source>
        <translation>
            <numerusform>Atteint son plafond d’ici %n jour</numerusform>
            <numerusform>Atteint son plafond d’ici %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Reaches its limit this month at the current burn</source>
        <translation>Atteint son plafond ce mois-ci au rythme actuel</translation>
    </message>
    <message>
        <source>The limit resets before it is reached</source>
        <translation>Le plafond est remis à zéro avant d’être atteint</translation>
    </message>
    <message>
        <source>Capped, but nothing spent recently</source>
        <translation>Plafonné, mais aucune dépense récente</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sans plafond</translation>
    </message>
</context>
<context>
    <name>RunwayModel</name>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>over</source>
        <translation>dépassé</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>atteint</translation>
    </message>
    <message>
        <source>after the reset</source>
        <translation>après la remise à zéro</translation>
    </message>
    <message>
        <source>Capped by the project&apos;s limit</source>
        <translation>Limité par le plafond du projet</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Jours restants</translation>
    </message>
    <message>
        <source>Limit reached on</source>
        <translation>Plafond atteint le</translation>
    </message>
    <message>
        <source>Headroom</source>
        <translation>Marge restante</translation>
    </message>
    <message>
        <source>Burn/day</source>
        <translation>Dépense/jour</translation>
    </message>
    <message>
        <source>Last 14 days</source>
        <translation>14 derniers jours</translation>
    </message>
</context>
<context>
    <name>RunwayPage</name>
    <message>
        <source>Runway of keys and projects</source>
        <translation>Autonomie des clés et des projets</translation>
    </message>
    <message>
        <source>Filter by key or project… (Ctrl+F)</source>
        <translation>Filtrer par clé ou projet… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Keys and projects</source>
        <translation>Clés et projets</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Clés</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message>
        <source>No data yet.</source>
        <translation>Pas encore de données.</translation>
    </message>
    <message numerus="yes">
        <source>%n at or over their cap</source>
        <translation>
            <numerusform>%n à sa limite ou au-delà</numerusform>
            <numerusform>%n à leur limite ou au-delà</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reach their cap within 7 days</source>
        <translation>
            <numerusform>%n atteint sa limite d’ici 7 jours</numerusform>
            <numerusform>%n atteignent leur limite d’ici 7 jours</numerusform>
        </translation>
    </message>
    <message>
        <source>ranked by days left at the current burn; a key&apos;s project cap counts too</source>
        <translation>classés par jours restants au rythme actuel ; la limite du projet d’une clé compte aussi</translation>
    </message>
</context>
<context>
    <name>Screenshotter</name>
    <message>
        <source>spendboard: could not write the screenshot to %1
</source>
        <translation>spendboard&#xa0;: impossible d’écrire la capture d’écran dans %1
</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Warn when the &amp;forecast exceeds a limit</source>
        <translation>Avertir quand la &amp;prévision dépasse un plafond</translation>
    </message>
    <message>
        <source>Start &amp;minimized to the tray</source>
        <translation>Démarrer &amp;réduit dans la zone de notification</translation>
    </message>
    <message>
        <source>&amp;Closing the window keeps Spendboard in the tray</source>
        <translation>La &amp;fermeture de la fenêtre garde Spendboard dans la zone de notification</translation>
    </message>
    <message>
        <source>The language applies after a restart.</source>
        <translation>La langue s’applique après un redémarrage.</translation>
    </message>
    <message>
        <source>&amp;Quiet hours: no pop-up alerts from</source>
        <translation>&amp;Heures calmes&#xa0;: aucune alerte contextuelle de</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Refresh interval in seconds</source>
        <translation>Intervalle d’actualisation en secondes</translation>
    </message>
    <message>
        <source>How often the data is fetched; at least %1 seconds.</source>
        <translation>Fréquence de récupération des données&#x202f;; au moins %1 secondes.</translation>
    </message>
    <message>
        <source>&amp;Refresh every:</source>
        <translation>&amp;Actualiser toutes les&#xa0;:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Days of history in charts</source>
        <translation>Jours d’historique dans les graphiques</translation>
    </message>
    <message>
        <source>&amp;History in charts:</source>
        <translation>&amp;Historique dans les graphiques&#xa0;:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>Alert when spend reaches these percentages of a limit:</source>
        <translation>Alerter quand les dépenses atteignent ces pourcentages d’un plafond&#xa0;:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>Forecast alerts</source>
        <translation>Alertes de prévision</translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <translation>Heures calmes</translation>
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
        <source>Start minimized to the tray</source>
        <translation>Démarrer réduit dans la zone de notification</translation>
    </message>
    <message>
        <source>Close to the tray</source>
        <translation>Fermer dans la zone de notification</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Alert thresholds</source>
        <translation>Seuils d’alerte</translation>
    </message>
    <message>
        <source> %</source>
        <translation>&#x202f;%</translation>
    </message>
    <message>
        <source>New threshold in percent</source>
        <translation>Nouveau seuil en pourcentage</translation>
    </message>
    <message>
        <source>Add the threshold</source>
        <translation>Ajouter le seuil</translation>
    </message>
    <message>
        <source>Remove the selected threshold</source>
        <translation>Supprimer le seuil sélectionné</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1&#x202f;%</translation>
    </message>
    <message>
        <source>Keep at least one alert threshold.</source>
        <translation>Conservez au moins un seuil d’alerte.</translation>
    </message>
    <message>
        <source>Quiet hours need different start and end times.</source>
        <translation>Le début et la fin des heures calmes doivent être différents.</translation>
    </message>
    <message>
        <source>Alerts are still recorded on the Alerts page during quiet hours; one summary pops up when they end. To pause pop-ups until tomorrow or until the limits reset, use the tray menu.</source>
        <translation>Pendant les heures calmes, les alertes restent enregistrées dans la page Alertes ; un résumé s’affiche à leur fin. Pour suspendre les notifications jusqu’à demain ou jusqu’à la réinitialisation des limites, utilisez le menu de la zone de notification.</translation>
    </message>
    <message>
        <source>Tell me when the monthly limits r&amp;eset</source>
        <translation>M’avertir quand les limites mensuelles sont réinitialis&amp;ées</translation>
    </message>
    <message>
        <source>Notice when limits reset</source>
        <translation>Avis de réinitialisation des limites</translation>
    </message>
    <message>
        <source>Once a month, at the first refresh after 00:00 UTC on the 1st: spend starts again from zero and keys stopped at their limit work again. Waits for the end of quiet hours.</source>
        <translation>Une fois par mois, à la première actualisation après 00:00 UTC le 1er&#xa0;: les dépenses repartent de zéro et les clés arrêtées à leur limite fonctionnent de nouveau. Attend la fin des heures calmes.</translation>
    </message>
</context>
<context>
    <name>SpendChart</name>
    <message>
        <source>Forecast range</source>
        <translation>Fourchette de prévision</translation>
    </message>
    <message>
        <source>80–100 % of limit</source>
        <translation>80–100&#x202f;% du plafond</translation>
    </message>
    <message>
        <source>Over the limit</source>
        <translation>Au-delà du plafond</translation>
    </message>
    <message>
        <source>Spend this month</source>
        <translation>Dépenses du mois</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prévision</translation>
    </message>
    <message>
        <source>Monthly limit</source>
        <translation>Plafond mensuel</translation>
    </message>
    <message>
        <source>Spent %1 this month</source>
        <translation>%1 dépensés ce mois-ci</translation>
    </message>
    <message>
        <source>Monthly limit: %1</source>
        <translation>Plafond mensuel&#xa0;: %1</translation>
    </message>
    <message>
        <source>Forecast for the month end: %1
likely between %2 and %3</source>
        <translation>Prévision de fin de mois&#xa0;: %1
probablement entre %2 et %3</translation>
    </message>
    <message>
        <source>Now (%1): %2 spent this month</source>
        <translation>Maintenant (%1)&#xa0;: %2 dépensés ce mois-ci</translation>
    </message>
    <message>
        <source>By %1: %2 spent</source>
        <translation>Au %1&#xa0;: %2 dépensés</translation>
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
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Over limit</source>
        <translation>Plafond dépassé</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sans plafond</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirée</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Show the technical details of this problem</source>
        <translation>Afficher les détails techniques de ce problème</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Masquer ce message</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Détails techniques</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Masquer les détails</translation>
    </message>
</context>
<context>
    <name>ThresholdMonitor</name>
    <message>
        <source>Key %1 reached %2 % of its %3 monthly limit (%4 spent).</source>
        <translation>La clé %1 a atteint %2&#x202f;% de son plafond mensuel de %3 (%4 dépensés).</translation>
    </message>
    <message>
        <source>Project %1 reached %2 % of its %3 monthly limit (%4 spent).</source>
        <translation>Le projet %1 a atteint %2&#x202f;% de son plafond mensuel de %3 (%4 dépensés).</translation>
    </message>
    <message>
        <source>%1 reached %2 % of its %3 monthly budget (%4 spent).</source>
        <translation>%1 a atteint %2&#x202f;% de son budget mensuel de %3 (%4 dépensés).</translation>
    </message>
    <message>
        <source>Projected to reach the limit on %1.</source>
        <translation>Devrait atteindre le plafond le %1.</translation>
    </message>
    <message>
        <source>Key %1 is projected to reach its %2 monthly limit on %3 (%4 spent so far).</source>
        <translation>La clé %1 devrait atteindre son plafond mensuel de %2 le %3 (%4 dépensés jusqu’ici).</translation>
    </message>
    <message>
        <source>Project %1 is projected to reach its %2 monthly limit on %3 (%4 spent so far).</source>
        <translation>Le projet %1 devrait atteindre son plafond mensuel de %2 le %3 (%4 dépensés jusqu’ici).</translation>
    </message>
    <message>
        <source>%1 is projected to reach its %2 monthly budget on %3 (%4 spent so far).</source>
        <translation>%1 devrait atteindre son budget mensuel de %2 le %3 (%4 dépensés jusqu’ici).</translation>
    </message>
    <message>
        <source>%1 balance is %2, below the %3 floor.</source>
        <translation>Le solde de %1 est de %2, sous le seuil minimal de %3.</translation>
    </message>
</context>
<context>
    <name>TopKeysChart</name>
    <message>
        <source>Under 80 %</source>
        <translation>Moins de 80&#x202f;%</translation>
    </message>
    <message>
        <source>80–100 %</source>
        <translation>80–100&#x202f;%</translation>
    </message>
    <message>
        <source>Over the limit</source>
        <translation>Au-delà du plafond</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sans plafond</translation>
    </message>
    <message>
        <source>%1 · no limit</source>
        <translation>%1 · sans plafond</translation>
    </message>
    <message>
        <source>%1 · %2 %</source>
        <translation>%1 · %2&#x202f;%</translation>
    </message>
    <message>
        <source>%1: %2 spent, no limit</source>
        <translation>%1&#xa0;: %2 dépensés, sans plafond</translation>
    </message>
    <message>
        <source>%1: %2 of %3 spent</source>
        <translation>%1&#xa0;: %2 dépensés sur %3</translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <source>&amp;Open Spendboard</source>
        <translation>&amp;Ouvrir Spendboard</translation>
    </message>
    <message>
        <source>&amp;Refresh Now</source>
        <translation>&amp;Actualiser maintenant</translation>
    </message>
    <message>
        <source>&amp;Pause Alerts for 1 Hour</source>
        <translation>&amp;Suspendre les alertes pendant 1 heure</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Spendboard</source>
        <translation>Spendboard</translation>
    </message>
    <message>
        <source>%1 at %2 % of its limit</source>
        <translation>%1 à %2&#x202f;% de son plafond</translation>
    </message>
    <message>
        <source>Budget at %1 %</source>
        <translation>Budget à %1&#x202f;%</translation>
    </message>
    <message>
        <source>%1 projected to reach its limit</source>
        <translation>%1 devrait atteindre son plafond</translation>
    </message>
    <message>
        <source>Low balance</source>
        <translation>Solde faible</translation>
    </message>
    <message numerus="yes">
        <source>%n keys crossed %1 %</source>
        <translation>
            <numerusform>%n clé a franchi %1&#x202f;%</numerusform>
            <numerusform>%n clés ont franchi %1&#x202f;%</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n projects crossed %1 %</source>
        <translation>
            <numerusform>%n projet a franchi %1&#x202f;%</numerusform>
            <numerusform>%n projets ont franchi %1&#x202f;%</numerusform>
        </translation>
    </message>
    <message>
        <source>Budget projected to be reached</source>
        <translation>Le budget devrait être atteint</translation>
    </message>
    <message numerus="yes">
        <source>%n keys projected to reach their limit</source>
        <translation>
            <numerusform>%n clé devrait atteindre son plafond</numerusform>
            <numerusform>%n clés devraient atteindre leur plafond</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n projects projected to reach their limit</source>
        <translation>
            <numerusform>%n projet devrait atteindre son plafond</numerusform>
            <numerusform>%n projets devraient atteindre leur plafond</numerusform>
        </translation>
    </message>
    <message>
        <source>Budget crossed %1 %</source>
        <translation>Le budget a franchi %1&#x202f;%</translation>
    </message>
    <message>
        <source>Balance below the floor</source>
        <translation>Solde sous le seuil minimal</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n spending alerts</source>
        <translation>
            <numerusform>%n alerte de dépenses</numerusform>
            <numerusform>%n alertes de dépenses</numerusform>
        </translation>
    </message>
    <message>
        <source>Snooze Alerts Until &amp;Tomorrow</source>
        <translation>Suspendre les alertes jusqu’à &amp;demain</translation>
    </message>
    <message>
        <source>Snooze Alerts Until the Limits &amp;Reset</source>
        <translation>Suspendre les alertes jusqu’à la &amp;réinitialisation des limites</translation>
    </message>
</context>
</TS>
