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

# Personnes et procédures (membres, élections, observations générales, procédures facultatives).
committee-people-heading = Membres, élections, observations générales et procédures
people-members = Membres
people-elections = Élections
people-general-comments = Observations générales
people-procedures = Procédures facultatives
no-data = Aucune donnée.
members-title = Membres du { $committee } au { $date }
members-size = Nombre de sièges du Comité
members-in-data = Membres nommés dans les données
members-partial = (partiel : les données ne nomment pas tous les membres)
members-none = Les données ne nomment aucun membre de ce comité à cette date.
members-caption = Membres du { $committee } au { $date } nommés dans les données
members-left-on = parti le { $date }
col-name = Nom
col-nationality = Nationalité
col-term-start = Début du mandat
col-term-end = Fin du mandat
col-how = Comment
col-office = Fonction
col-declaration-session = Déclaration solennelle (session)
derived-title = Déduit d'une règle du traité, non imprimé dans une source
derived-note = * Déduit d'une règle du traité (mandats de quatre ans prenant fin le 31 décembre), non imprimé dans une source ; le JSON donne la règle de chaque date.
officers-heading = Membres du bureau signalés
officers-caption = Membres du bureau que citent les sources (mandats de deux ans)
col-elected-on = Élu le
col-until = Jusqu'au (prévu)
rapporteurs-heading = Rapporteurs de pays des examens passés
rapporteurs-caption = Rapporteurs de pays nommés dans les comptes rendus analytiques et les résumés de séance de l'ONU, session la plus récente d'abord
rapporteurs-none = Aucun rapporteur de pays de ce comité ne figure dans les données.
col-member = Membre
col-part = Rôle
part-rapporteur = Rapporteur de pays
part-withdrew = S'est retiré de l'examen (article 12 1) du règlement)
office-chair = Président(e)
office-vice-chair = Vice-Président(e)
office-rapporteur = Rapporteur(euse)
elections-title = Élections des membres du { $committee }
elections-rules-heading = Règles
rule-elected-by = Élus par
elected-by-meeting = Une réunion des États parties
elected-by-conference = La Conférence des États parties
elected-by-ecosoc = Le Conseil économique et social
rule-every = Élections ordinaires
every-years = { $count ->
    [one] chaque année
   *[other] tous les { $count } ans
}
rule-not-in-data = absent des données
rule-quorum = Quorum
quorum-fraction = { $fraction } des États parties
rule-majority = Majorité
majority-most-votes = Le plus grand nombre de voix et la majorité absolue des votes des États parties présents et votants
rule-deadlines = Délais
deadlines-text = invitation au moins { $invitation } mois avant l'élection ; candidatures dans les { $nominations } mois qui suivent ; liste des candidats au moins { $list } mois avant
rule-distribution = Répartition
elections-meetings-heading = Réunions des États parties
elections-none = Aucune réunion des États parties de ce comité ne figure dans les données.
elections-caption = Réunions des États parties figurant dans les données, et ce que le traité tire de chaque date
col-quorum = Quorum
col-majority = Majorité absolue
col-seats = Sièges
col-invitation-by = Invitation au plus tard le
col-nominations-by = Candidatures au plus tard le
col-list-by = Liste des candidats au plus tard le
col-term = Mandat des élus
col-elected = Élus (dans les données)
stated-in-source = la source indique { $count }
majority-of = { $majority } sur { $voting } votants
seats-detail = { $expiring } arrivant à échéance, { $added } ajoutés
declaration-at = déclaration solennelle à la session { $session }
gc-title = Observations générales du { $committee }
gc-search = Rechercher dans les observations générales
gc-search-label = Mots du titre, du sujet, de la cote ou des notes
gc-status-on = Statut au
gc-found = { $count ->
    [one] Un texte trouvé.
   *[other] { $count } textes trouvés.
}
gc-nothing-found = Aucun résultat.
gc-none = Aucune observation générale de ce comité ne figure dans les données.
gc-caption = Observations générales du { $committee } dans les données, avec leur statut au { $date }
col-numbers = Numéro(s)
col-status-when = Depuis (session)
gc-joint = conjointe
gc-symbol-unconfirmed = non confirmée
session-of = session { $session }
gc-status-draft = Projet
gc-status-provisionally-adopted = Adoptée à titre provisoire
gc-status-adopted = Adoptée
gc-status-none = Pas encore
gc-symbol-pattern = construite d'après le modèle, non vue sur un document
gc-symbol-third-party = lue seulement sur une copie tierce
procedures-title = Procédures facultatives du { $committee } au { $date }
procedures-none = Les traités que suit ce comité n'ont aucune procédure facultative dans les données.
procedures-caption = Procédures facultatives du { $committee } au { $date } : en vigueur ou non, et qui les a acceptées
col-procedure = Procédure
col-accepted-by = Acceptée par
col-declarations = Déclarations
col-operative = En vigueur
col-declaring-states = États déclarants
article = art. { $article }
declarations-of = { $count } sur les { $threshold } requises
operative-yes = En vigueur
operative-no = Pas en vigueur
operative-unknown = Inconnu (les déclarations ne figurent pas dans les données)
accepted-declaration = Une déclaration
accepted-party = La qualité de partie
