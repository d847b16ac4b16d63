# pacta interface, English (the reference: every key exists here).
skip-to-content = Skip to content
nav-label = Main
nav-instruments = Instruments
nav-committees = Committees
nav-states = States
nav-api = API
nav-account = My account
lang-label = Language
lang-partial = partial
partial-translation = This translation is partial: text not yet translated is shown in English.
names-in-english = Names of States and titles of instruments are in English, as the UN Treaty Collection writes them.
data-as-at = Treaty actions: UN Treaty Collection status as at { $date }.
footer-api = The data as an API (OpenAPI document)
sign-in = Sign in
sign-out = Sign out
back-home = Back to the home page
on-label = Date
on-submit = Show
on-hint = Every figure on this page is computed for this date.
download-csv = Download as CSV
download-json = As JSON
calendar-feed = Calendar feed (iCalendar)
years = { $count ->
    [one] one year
   *[other] { $count } years
}
parties-count = { $count ->
    [one] one party
   *[other] { $count } parties
}

home-title = The treaty body system on { $date }
home-intro = Who is party to the nine core human rights treaties and their optional protocols, since when each binds each State, and what reports are legally due, computed from the UN Treaty Collection's record.
home-parties-heading = Parties per instrument
home-fewest = Of the core treaties, { $instrument } (monitored by { $committee }) has the fewest parties: { $count }.
home-core-caption = Core treaties, most parties first
home-protocols-caption = Optional protocols, most parties first
home-actions-heading = Newest treaty actions
home-actions-caption = The latest signatures, ratifications and accessions on or before the date
home-sessions-heading = Sessions

instruments-title = Instruments
instruments-caption = The eighteen instruments on { $date }
committees-title = Committees
committees-caption = The ten treaty bodies on { $date }
committee-instruments = Instruments monitored
committee-term = Term of office
states-title = States
states-intro = Every participant in the treaties, by UN regional group; the number is how many instruments it is party to on the date.

instrument-state-rule = Entry into force for a State that joins later
instrument-reporting = Reporting
instrument-untc = UN Treaty Collection
parties-heading = Parties
parties-caption = Parties to { $instrument } on { $date }: { $count }, of which { $bound } bound
uncertain-heading = Parties on an unknown date
uncertain-note = denounced on a date the data does not give; not counted
no-receipt-data = pacta holds no record of reports received or reviews held yet: the dates shown are legal due dates from the treaty text, not a record of what was submitted.
needs-check = Rests on a reading the sources do not settle: needs a check against the depositary notification

filter-heading = Filter the parties
filter-group = UN regional group
filter-status = Status
filter-all = All
filter-bound = Bound on the date
filter-reporting = Reporting
filter-due = A report legally due by the date
filter-none-due = No report due yet
filter-submit = Apply

state-summary = Party to { $count } of { $total } instruments on { $date }.
state-instruments = Instruments
state-caption = Status under every instrument on { $date }
state-reviews = Reviews, documents and the Universal Periodic Review
state-no-reviews = The sources read name no review of this State.

col-code = Code
col-instrument = Instrument
col-committee = Committee
col-kind = Kind
col-eif = Entry into force
col-parties = Parties
col-in-force = Bound
col-signatories = Signatories not parties
col-newest-party = Newest party
col-date = Date
col-state = State
col-group = UN regional group
col-action = Action
col-deposited = Deposited
col-in-force-from = In force from
col-initial-due = Initial report due
col-latest-due = Latest report due
col-next-due = Next report due
col-status = Status
col-signed = Signed
col-source = Source
col-members = Members
col-role = Role
col-at = When
col-actor = Who
col-subject = Subject
col-detail = Detail

kind-core = Core treaty
kind-protocol = Optional protocol

group-all = All groups
group-none = No UN regional group
group-african = African Group
group-asia-pacific = Asia-Pacific Group
group-eastern-european = Eastern European Group
group-grulac = Latin American and Caribbean Group
group-weog = Western European and Others Group

status-party = Party
status-party-not-yet-bound = Party, not yet bound
status-signatory = Signatory
status-denounced = Denounced
status-denounced-date-unknown = Denounced (date unknown)
status-not-party = Not a party

action-ratification = Ratification
action-accession = Accession
action-succession = Succession
action-acceptance = Acceptance
action-formal-confirmation = Formal confirmation
action-signature = Signature
action-succession-to-signature = Succession to signature
action-other = Other

login-title = Sign in
login-intro = Accounts are for committee members, the secretariat and administrators. Everything public can be read without one.
login-email = E-mail
login-password = Password
login-failed = The e-mail or the password is wrong.
login-rate-limited = Too many failed attempts. Wait fifteen minutes and try again.

account-title = My account
role-public = Public
role-member = Committee member
role-secretariat = Secretariat
role-admin = Administrator
audit-title = Audit log
audit-caption = Every sign-in and change, newest first
users-title = Accounts
users-caption = Every account and its role

error-title = Something went wrong
error-not-found = This page does not exist.
error-bad-request = The address asks for something pacta cannot answer.
error-forbidden = Your account may not see this page.
error-sign-in-needed = Sign in to see this page.
error-csrf = The form expired or did not come from this site. Reload the page and try again.

nav-documents = Documents
home-sessions-none-under-way = No session known to pacta is under way on this date.
home-sessions-next = Next sessions
sessions-partial = Session data is partial: the sessions the sources read name (the CMW in detail, the other committees by their dates where found).
sessions-heading = Sessions
sessions-caption = Sessions known to pacta, newest first
session-title = { $committee }, session { $number }
col-session = Session
col-start = Opens
col-end = Closes
timing-past = Held
timing-under-way = Under way
timing-upcoming = Upcoming
timing-unknown = Dates not known
reviews-heading = Reviews
reviews-caption = Reviews named in the session sources
reviews-none = The sources read name no review at this session.
reviews-partial = Review data is partial: it lists the reviews the session sources read name, for every committee (mostly 2019–2025).
col-report = Report
col-outcome = Outcome
outcome-co-adopted = Concluding observations adopted
outcome-dialogue-held = Dialogue held
outcome-scheduled = Scheduled
meetings-heading = Meetings
meetings-caption = Meetings and their summary records
meetings-none = pacta holds no meeting of this session.
col-meeting = Meeting
col-place = Place
col-publicity = Public or private
col-summary-record = Summary record
col-agenda = Agenda items
meeting-public = Public
meeting-private = Private
meeting-partly-private = Partly private
documents-title = Documents
documents-caption = Documents in the register
documents-none = The register holds no document of this session.
documents-search = Search the documents register
documents-words = Words in the symbol or title
documents-submit = Search
documents-count = { $count ->
    [one] One document found.
   *[other] { $count } documents found.
}
documents-partial = The register is partial: it holds the documents whose mastheads pacta has read.
col-symbol = Symbol
col-title = Title
col-distribution = Distribution
distr-general = General
distr-limited = Limited
distr-restricted = Restricted
error-unavailable = The accounts database cannot be reached just now. Try again in a moment.
state-upr = Universal Periodic Review
state-no-upr = The UPR sources read do not name this State.
upr-session = Cycle { $cycle }, Working Group session { $session }
upr-partial = UPR data is partial: fourth-cycle sessions 41–50 and third-cycle sessions 37–40 as the sources read name them.

# People and procedures (members, elections, general comments, optional procedures).
committee-people-heading = Members, elections, general comments and procedures
people-members = Members
people-elections = Elections
people-general-comments = General comments
people-procedures = Optional procedures
no-data = No data.
members-title = Members of { $committee } on { $date }
members-size = Seats on the committee
members-in-data = Members named in the data
members-partial = (partial: the data does not name every member)
members-none = The data names no member of this committee on this date.
members-caption = Members of { $committee } on { $date } named in the data
members-left-on = left on { $date }
col-name = Name
col-nationality = Nationality
col-term-start = Term begins
col-term-end = Term ends
col-how = How
col-office = Office
col-declaration-session = Solemn declaration (session)
derived-title = Derived by a rule of the treaty, not printed in a source
derived-note = * Derived by a rule of the treaty (four-year terms ending on 31 December), not printed in a source; the JSON gives the rule for each date.
officers-heading = Officers reported
officers-caption = Officers the sources report (two-year terms of office)
col-elected-on = Elected on
col-until = Expected until
rapporteurs-heading = Country rapporteurs of past reviews
rapporteurs-caption = Country rapporteurs named in summary records and UN meeting summaries, newest session first
rapporteurs-none = No country rapporteur of this committee is in the data.
col-member = Member
col-part = Part
part-rapporteur = Country rapporteur
part-withdrew = Withdrew from the review (rule 12(1))
office-chair = Chair
office-vice-chair = Vice-Chair
office-rapporteur = Rapporteur
elections-title = Elections of the members of { $committee }
elections-rules-heading = Rules
rule-elected-by = Elected by
elected-by-meeting = A meeting of States parties
elected-by-conference = The Conference of States Parties
elected-by-ecosoc = The Economic and Social Council
rule-every = Regular elections
every-years = { $count ->
    [one] every year
   *[other] every { $count } years
}
rule-not-in-data = not in the data
rule-quorum = Quorum
quorum-fraction = { $fraction } of the States parties
rule-majority = Majority
majority-most-votes = The largest number of votes and an absolute majority of the votes of the States parties present and voting
rule-deadlines = Deadlines
deadlines-text = invitation at least { $invitation } months before the election; nominations within { $nominations } months of it; list of nominees at least { $list } months before
rule-distribution = Distribution
elections-meetings-heading = Meetings of States parties
elections-none = No meeting of this committee's States parties is in the data.
elections-caption = Meetings of States parties in the data, and what the treaty makes of each date
col-quorum = Quorum
col-majority = Absolute majority
col-seats = Seats
col-invitation-by = Invitation by
col-nominations-by = Nominations by
col-list-by = List of nominees by
col-term = Term of those elected
col-elected = Elected (in the data)
stated-in-source = the source says { $count }
majority-of = { $majority } of { $voting } voting
seats-detail = { $expiring } expiring, { $added } added
declaration-at = solemn declaration at session { $session }
gc-title = General comments of { $committee }
gc-search = Search the general comments
gc-search-label = Words in the title, subject, symbol or notes
gc-status-on = Status on
gc-found = { $count ->
    [one] One text found.
   *[other] { $count } texts found.
}
gc-nothing-found = Nothing found.
gc-none = No general comment of this committee is in the data.
gc-caption = General comments of { $committee } in the data, with their status on { $date }
col-numbers = Number(s)
col-status-when = Since (session)
gc-joint = joint
gc-symbol-unconfirmed = not confirmed
session-of = session { $session }
gc-status-draft = Draft
gc-status-provisionally-adopted = Provisionally adopted
gc-status-adopted = Adopted
gc-status-none = Not yet
gc-symbol-pattern = built from the pattern, not seen on a document
gc-symbol-third-party = read on a third-party copy only
procedures-title = Optional procedures of { $committee } on { $date }
procedures-none = The treaties this committee monitors have no optional procedure in the data.
procedures-caption = Optional procedures of { $committee } on { $date }: operative or not, and who accepted them
col-procedure = Procedure
col-accepted-by = Accepted by
col-declarations = Declarations
col-operative = Operative
col-declaring-states = Declaring States
article = art. { $article }
declarations-of = { $count } of the { $threshold } needed
operative-yes = Operative
operative-no = Not operative
operative-unknown = Unknown (the declarations are not in the data)
accepted-declaration = A declaration
accepted-party = Being a party
