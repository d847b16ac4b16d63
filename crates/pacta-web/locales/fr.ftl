# Interface de pacta, français (complet).
skip-to-content = Aller au contenu
nav-label = Menu principal
nav-instruments = Instruments
nav-committees = Comités
nav-states = États
nav-api = API
nav-account = Mon compte
lang-label = Langue
lang-partial = partiel
partial-translation = Cette traduction est partielle : le texte non encore traduit s’affiche en anglais.
names-in-english = Les noms des États et les titres des instruments sont en anglais, tels que les écrit la Collection des traités des Nations Unies.
data-as-at = Actes conventionnels : état de la Collection des traités des Nations Unies au { $date }.
footer-api = Les données sous forme d’API (document OpenAPI)
sign-in = Se connecter
sign-out = Se déconnecter
back-home = Retour à l’accueil
on-label = Date
on-submit = Afficher
on-hint = Tous les chiffres de cette page sont calculés pour cette date.
download-csv = Télécharger en CSV
download-json = En JSON
calendar-feed = Calendrier (iCalendar)
years = { $count ->
    [one] un an
   *[other] { $count } ans
}
parties-count = { $count ->
    [one] un État partie
   *[other] { $count } États parties
}

home-title = Le système des organes conventionnels au { $date }
home-intro = Qui est partie aux neuf principaux traités relatifs aux droits de l’homme et à leurs protocoles facultatifs, depuis quand chacun lie chaque État, et quels rapports sont juridiquement dus, calculés à partir du registre de la Collection des traités des Nations Unies.
home-parties-heading = Parties par instrument
home-fewest = Parmi les principaux traités, { $instrument } (suivi par le { $committee }) compte le moins de parties : { $count }.
home-core-caption = Principaux traités, par nombre de parties décroissant
home-protocols-caption = Protocoles facultatifs, par nombre de parties décroissant
home-actions-heading = Derniers actes conventionnels
home-actions-caption = Les dernières signatures, ratifications et adhésions à la date choisie ou avant
home-sessions-heading = Sessions

instruments-title = Instruments
instruments-caption = Les dix-huit instruments au { $date }
committees-title = Comités
committees-caption = Les dix organes conventionnels au { $date }
committee-instruments = Instruments suivis
committee-term = Durée du mandat
states-title = États
states-intro = Tous les participants aux traités, par groupe régional de l’ONU ; le nombre indique à combien d’instruments chacun est partie à la date choisie.

instrument-state-rule = Entrée en vigueur pour un État qui devient partie plus tard
instrument-reporting = Rapports
instrument-untc = Collection des traités des Nations Unies
parties-heading = Parties
parties-caption = Parties à { $instrument } au { $date } : { $count }, dont { $bound } liées
uncertain-heading = Parties à une date inconnue
uncertain-note = a dénoncé à une date que les données n’indiquent pas ; non compté
no-receipt-data = pacta ne contient pas encore de registre des rapports reçus ni des examens tenus : les dates affichées sont les échéances juridiques fixées par le traité, non un relevé des rapports soumis.
needs-check = Repose sur une lecture que les sources ne tranchent pas : à vérifier dans la notification dépositaire

filter-heading = Filtrer les parties
filter-group = Groupe régional de l’ONU
filter-status = Statut
filter-all = Tous
filter-bound = Liées à la date
filter-reporting = Rapports
filter-due = Un rapport juridiquement dû à la date
filter-none-due = Aucun rapport encore dû
filter-submit = Appliquer

state-summary = Partie à { $count } des { $total } instruments au { $date }.
state-instruments = Instruments
state-caption = Statut au regard de chaque instrument au { $date }
state-reviews = Examens, documents et Examen périodique universel
state-no-reviews = Les sources lues ne mentionnent aucun examen de cet État.

col-code = Code
col-instrument = Instrument
col-committee = Comité
col-kind = Type
col-eif = Entrée en vigueur
col-parties = Parties
col-in-force = Liées
col-signatories = Signataires non parties
col-newest-party = Dernière partie
col-date = Date
col-state = État
col-group = Groupe régional de l’ONU
col-action = Acte
col-deposited = Dépôt
col-in-force-from = En vigueur depuis
col-initial-due = Rapport initial dû
col-latest-due = Dernier rapport dû
col-next-due = Prochain rapport dû
col-status = Statut
col-signed = Signature
col-source = Source
col-members = Membres
col-role = Rôle
col-at = Quand
col-actor = Qui
col-subject = Objet
col-detail = Détail

kind-core = Traité principal
kind-protocol = Protocole facultatif

group-all = Tous les groupes
group-none = Sans groupe régional de l’ONU
group-african = Groupe des États d’Afrique
group-asia-pacific = Groupe des États d’Asie et du Pacifique
group-eastern-european = Groupe des États d’Europe orientale
group-grulac = Groupe des États d’Amérique latine et des Caraïbes
group-weog = Groupe des États d’Europe occidentale et autres États

status-party = Partie
status-party-not-yet-bound = Partie, pas encore liée
status-signatory = Signataire
status-denounced = Dénoncé
status-denounced-date-unknown = Dénoncé (date inconnue)
status-not-party = Non partie

action-ratification = Ratification
action-accession = Adhésion
action-succession = Succession
action-acceptance = Acceptation
action-formal-confirmation = Confirmation formelle
action-signature = Signature
action-succession-to-signature = Succession à la signature
action-other = Autre

login-title = Se connecter
login-intro = Les comptes sont destinés aux membres des comités, au secrétariat et aux administrateurs. Tout ce qui est public se lit sans compte.
login-email = Adresse électronique
login-password = Mot de passe
login-failed = L’adresse électronique ou le mot de passe est incorrect.
login-rate-limited = Trop de tentatives échouées. Attendez quinze minutes puis réessayez.

account-title = Mon compte
role-public = Public
role-member = Membre d’un comité
role-secretariat = Secrétariat
role-admin = Administrateur
audit-title = Journal d’audit
audit-caption = Chaque connexion et chaque modification, la plus récente en premier
users-title = Comptes
users-caption = Chaque compte et son rôle

error-title = Une erreur s’est produite
error-not-found = Cette page n’existe pas.
error-bad-request = L’adresse demande quelque chose à quoi pacta ne peut pas répondre.
error-forbidden = Votre compte ne permet pas de voir cette page.
error-sign-in-needed = Connectez-vous pour voir cette page.
error-csrf = Le formulaire a expiré ou ne provient pas de ce site. Rechargez la page et réessayez.

nav-documents = Documents
home-sessions-none-under-way = Aucune session connue de pacta n’est en cours à cette date.
home-sessions-next = Prochaines sessions
sessions-partial = Les données sur les sessions sont partielles : les sessions que mentionnent les sources lues (le CMW en détail, les autres comités par leurs dates lorsqu’elles ont été trouvées).
sessions-heading = Sessions
sessions-caption = Sessions connues de pacta, la plus récente en premier
session-title = { $committee }, { $number }e session
col-session = Session
col-start = Ouverture
col-end = Clôture
timing-past = Tenue
timing-under-way = En cours
timing-upcoming = À venir
timing-unknown = Dates inconnues
reviews-heading = Examens
reviews-caption = Examens mentionnés dans les sources de la session
reviews-none = Les sources lues ne mentionnent aucun examen à cette session.
reviews-partial = Les données sur les examens sont partielles : elles reprennent les examens que mentionnent les sources lues, pour chaque comité (surtout 2019–2025).
col-report = Rapport
col-outcome = Résultat
outcome-co-adopted = Observations finales adoptées
outcome-dialogue-held = Dialogue tenu
outcome-scheduled = Prévu
meetings-heading = Séances
meetings-caption = Séances et comptes rendus analytiques
meetings-none = pacta ne contient aucune séance de cette session.
col-meeting = Séance
col-place = Lieu
col-publicity = Publique ou privée
col-summary-record = Compte rendu analytique
col-agenda = Points de l’ordre du jour
meeting-public = Publique
meeting-private = Privée
meeting-partly-private = En partie privée
documents-title = Documents
documents-caption = Documents du registre
documents-none = Le registre ne contient aucun document de cette session.
documents-search = Rechercher dans le registre des documents
documents-words = Mots de la cote ou du titre
documents-submit = Rechercher
documents-count = { $count ->
    [one] Un document trouvé.
   *[other] { $count } documents trouvés.
}
documents-partial = Le registre est partiel : il contient les documents dont pacta a lu l’en-tête.
col-symbol = Cote
col-title = Titre
col-distribution = Distribution
distr-general = Générale
distr-limited = Limitée
distr-restricted = Restreinte
error-unavailable = La base de données des comptes est momentanément inaccessible. Réessayez dans un instant.
state-upr = Examen périodique universel
state-no-upr = Les sources lues sur l’EPU ne mentionnent pas cet État.
upr-session = Cycle { $cycle }, { $session }e session du Groupe de travail
upr-partial = Les données sur l’EPU sont partielles : sessions 41 à 50 du quatrième cycle et 37 à 40 du troisième, telles que les mentionnent les sources lues.

## Communications et actions urgentes
nav-communications = Communications
cases-title = Communications et actions urgentes
case-title = Dossier
cases-confidential = Confidentiel : les comités examinent les communications en séance privée. Seuls les membres, le secrétariat et les administrateurs voient ce registre, et chaque dossier affiché est consigné dans le journal d’audit.
cases-filter = Filtrer le registre
cases-empty = Aucun dossier ne correspond.
cases-caption = Dossiers, du plus ancien au plus récent
cases-audited = Chaque dossier listé ici a été consigné dans le journal d’audit comme lu par vous.
case-steps = Étapes franchies
case-no-steps = Aucune étape : reçu, non enregistré.
case-how-to-change = Le secrétariat saisit et fait avancer les dossiers avec `pacta communications` ou l’API (POST /api/v1/cases, /api/v1/cases/ID/steps).
col-number = Numéro
col-received = Reçu le
col-stage = Étape
col-reply-due = Réponse attendue le
col-year = Année
col-registered = Enregistrés
col-decided = Tranchés
col-pending = En attente
col-adopted = Adoptées le
col-violation = Conclusion
kind-individual-communications = Communications individuelles
kind-urgent-actions = Actions urgentes
views-title = Communications : statistiques et constatations
views-intro = Ce que les comités publient de leurs procédures de communications et d’actions urgentes : combien de dossiers ont été reçus, enregistrés et tranchés chaque année, et les constatations adoptées. Les dossiers eux-mêmes sont confidentiels.
views-statistics = Dossiers par comité et par année
views-no-statistics = Aucun dossier n’est consigné dans le registre de cette installation à cette date.
views-adopted = Constatations adoptées
views-none = Aucune constatation adoptée à cette date dans le registre de cette installation.
views-violation = Violation constatée
views-no-violation = Pas de violation
views-data-note = Ces chiffres comptent le registre tenu dans cette installation ; pacta ne livre aucun dossier réel, une nouvelle installation n’en montre donc aucun.
