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

## Communications and urgent actions
nav-communications = Communications
cases-title = Communications and urgent actions
case-title = Case
cases-confidential = Confidential: the committees examine communications in closed meetings. Only members, the secretariat and admins see this register, and every case shown is recorded in the audit log.
cases-filter = Filter the register
cases-empty = No case matches.
cases-caption = Cases, oldest first
cases-audited = Each case listed here was written to the audit log as read by you.
case-steps = Steps taken
case-no-steps = No step yet: received, not registered.
case-how-to-change = The secretariat enters and moves cases with `pacta communications` or the API (POST /api/v1/cases, /api/v1/cases/ID/steps).
col-number = Number
col-received = Received
col-stage = Stage
col-reply-due = Reply due
col-year = Year
col-registered = Registered
col-decided = Decided
col-pending = Pending
col-adopted = Adopted
col-violation = Finding
kind-individual-communications = Individual communications
kind-urgent-actions = Urgent actions
views-title = Communications: statistics and Views
views-intro = What the committees publish of their communications and urgent-action procedures: how many cases were received, registered and decided each year, and the Views they adopted. The cases themselves are confidential.
views-statistics = Cases by committee and year
views-no-statistics = No case is recorded in this installation's register up to this date.
views-adopted = Adopted Views
views-none = No Views adopted up to this date in this installation's register.
views-violation = Violation found
views-no-violation = No violation
views-data-note = These figures count the register kept in this installation; pacta ships no real case, so a new installation shows none.
