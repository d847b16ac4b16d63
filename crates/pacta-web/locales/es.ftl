# Interfaz de pacta, español (completa).
skip-to-content = Ir al contenido
nav-label = Menú principal
nav-instruments = Instrumentos
nav-committees = Comités
nav-states = Estados
nav-api = API
nav-account = Mi cuenta
lang-label = Idioma
lang-partial = parcial
partial-translation = Esta traducción es parcial: el texto aún no traducido se muestra en inglés.
names-in-english = Los nombres de los Estados y los títulos de los instrumentos figuran en inglés, tal como los escribe la Colección de Tratados de las Naciones Unidas.
data-as-at = Actos relativos a los tratados: estado de la Colección de Tratados de las Naciones Unidas al { $date }.
footer-api = Los datos como API (documento OpenAPI)
sign-in = Iniciar sesión
sign-out = Cerrar sesión
back-home = Volver a la página de inicio
on-label = Fecha
on-submit = Mostrar
on-hint = Todas las cifras de esta página se calculan para esta fecha.
download-csv = Descargar en CSV
download-json = En JSON
calendar-feed = Calendario (iCalendar)
years = { $count ->
    [one] un año
   *[other] { $count } años
}
parties-count = { $count ->
    [one] un Estado parte
   *[other] { $count } Estados partes
}

home-title = El sistema de órganos de tratados al { $date }
home-intro = Quién es parte en los nueve tratados básicos de derechos humanos y sus protocolos facultativos, desde cuándo obliga cada uno a cada Estado y qué informes se deben jurídicamente, calculado a partir del registro de la Colección de Tratados de las Naciones Unidas.
home-parties-heading = Partes por instrumento
home-fewest = De los tratados básicos, { $instrument } (supervisado por el { $committee }) tiene el menor número de partes: { $count }.
home-core-caption = Tratados básicos, de más a menos partes
home-protocols-caption = Protocolos facultativos, de más a menos partes
home-actions-heading = Actos más recientes
home-actions-caption = Las últimas firmas, ratificaciones y adhesiones en la fecha elegida o antes
home-sessions-heading = Períodos de sesiones

instruments-title = Instrumentos
instruments-caption = Los dieciocho instrumentos al { $date }
committees-title = Comités
committees-caption = Los diez órganos de tratados al { $date }
committee-instruments = Instrumentos supervisados
committee-term = Mandato
states-title = Estados
states-intro = Todos los participantes en los tratados, por grupo regional de las Naciones Unidas; el número indica en cuántos instrumentos es parte en la fecha elegida.

instrument-state-rule = Entrada en vigor para un Estado que se adhiere más tarde
instrument-reporting = Informes
instrument-untc = Colección de Tratados de las Naciones Unidas
parties-heading = Partes
parties-caption = Partes en { $instrument } al { $date }: { $count }, de las cuales { $bound } obligadas
uncertain-heading = Partes en una fecha desconocida
uncertain-note = lo denunció en una fecha que los datos no indican; no se cuenta
no-receipt-data = pacta aún no contiene un registro de los informes recibidos ni de los exámenes celebrados: las fechas que se muestran son los plazos jurídicos del tratado, no un registro de lo presentado.
needs-check = Se basa en una lectura que las fuentes no resuelven: debe verificarse en la notificación del depositario

filter-heading = Filtrar las partes
filter-group = Grupo regional de las Naciones Unidas
filter-status = Situación
filter-all = Todas
filter-bound = Obligadas en la fecha
filter-reporting = Informes
filter-due = Con un informe jurídicamente debido en la fecha
filter-none-due = Sin informe debido todavía
filter-submit = Aplicar

state-summary = Parte en { $count } de los { $total } instrumentos al { $date }.
state-instruments = Instrumentos
state-caption = Situación respecto de cada instrumento al { $date }
state-reviews = Exámenes, documentos y Examen Periódico Universal
state-no-reviews = Las fuentes leídas no mencionan ningún examen de este Estado.

col-code = Código
col-instrument = Instrumento
col-committee = Comité
col-kind = Tipo
col-eif = Entrada en vigor
col-parties = Partes
col-in-force = Obligadas
col-signatories = Signatarios no partes
col-newest-party = Parte más reciente
col-date = Fecha
col-state = Estado
col-group = Grupo regional de las Naciones Unidas
col-action = Acto
col-deposited = Depósito
col-in-force-from = En vigor desde
col-initial-due = Informe inicial debido
col-latest-due = Último informe debido
col-next-due = Próximo informe debido
col-status = Situación
col-signed = Firma
col-source = Fuente
col-members = Miembros
col-role = Función
col-at = Cuándo
col-actor = Quién
col-subject = Objeto
col-detail = Detalle

kind-core = Tratado básico
kind-protocol = Protocolo facultativo

group-all = Todos los grupos
group-none = Sin grupo regional de las Naciones Unidas
group-african = Grupo de los Estados de África
group-asia-pacific = Grupo de los Estados de Asia y el Pacífico
group-eastern-european = Grupo de los Estados de Europa Oriental
group-grulac = Grupo de los Estados de América Latina y el Caribe
group-weog = Grupo de los Estados de Europa Occidental y otros Estados

status-party = Parte
status-party-not-yet-bound = Parte, aún no obligada
status-signatory = Signatario
status-denounced = Denunciado
status-denounced-date-unknown = Denunciado (fecha desconocida)
status-not-party = No es parte

action-ratification = Ratificación
action-accession = Adhesión
action-succession = Sucesión
action-acceptance = Aceptación
action-formal-confirmation = Confirmación formal
action-signature = Firma
action-succession-to-signature = Sucesión en la firma
action-other = Otro

login-title = Iniciar sesión
login-intro = Las cuentas son para los miembros de los comités, la secretaría y los administradores. Todo lo público puede leerse sin cuenta.
login-email = Correo electrónico
login-password = Contraseña
login-failed = El correo electrónico o la contraseña no son correctos.
login-rate-limited = Demasiados intentos fallidos. Espere quince minutos y vuelva a intentarlo.

account-title = Mi cuenta
role-public = Público
role-member = Miembro de un comité
role-secretariat = Secretaría
role-admin = Administrador
audit-title = Registro de auditoría
audit-caption = Cada inicio de sesión y cada cambio, el más reciente primero
users-title = Cuentas
users-caption = Cada cuenta y su función

error-title = Se ha producido un error
error-not-found = Esta página no existe.
error-bad-request = La dirección pide algo que pacta no puede responder.
error-forbidden = Su cuenta no permite ver esta página.
error-sign-in-needed = Inicie sesión para ver esta página.
error-csrf = El formulario ha caducado o no procede de este sitio. Vuelva a cargar la página e inténtelo de nuevo.

nav-documents = Documentos
home-sessions-none-under-way = Ningún período de sesiones conocido por pacta está en curso en esta fecha.
home-sessions-next = Próximos períodos de sesiones
sessions-partial = Los datos sobre los períodos de sesiones son parciales: los que mencionan las fuentes leídas (el CMW en detalle, los demás comités por sus fechas cuando se encontraron).
sessions-heading = Períodos de sesiones
sessions-caption = Períodos de sesiones conocidos por pacta, del más reciente al más antiguo
session-title = { $committee }, { $number }.º período de sesiones
col-session = Período de sesiones
col-start = Apertura
col-end = Clausura
timing-past = Celebrado
timing-under-way = En curso
timing-upcoming = Próximo
timing-unknown = Fechas desconocidas
reviews-heading = Exámenes
reviews-caption = Exámenes mencionados en las fuentes del período de sesiones
reviews-none = Las fuentes leídas no mencionan ningún examen en este período de sesiones.
reviews-partial = Los datos sobre exámenes son parciales: recogen los exámenes que mencionan las fuentes leídas, para cada comité (sobre todo 2019–2025).
col-report = Informe
col-outcome = Resultado
outcome-co-adopted = Observaciones finales aprobadas
outcome-dialogue-held = Diálogo celebrado
outcome-scheduled = Previsto
meetings-heading = Sesiones
meetings-caption = Sesiones y sus actas resumidas
meetings-none = pacta no contiene ninguna sesión de este período de sesiones.
col-meeting = Sesión
col-place = Lugar
col-publicity = Pública o privada
col-summary-record = Acta resumida
col-agenda = Temas del programa
meeting-public = Pública
meeting-private = Privada
meeting-partly-private = En parte privada
documents-title = Documentos
documents-caption = Documentos del registro
documents-none = El registro no contiene ningún documento de este período de sesiones.
documents-search = Buscar en el registro de documentos
documents-words = Palabras de la signatura o del título
documents-submit = Buscar
documents-count = { $count ->
    [one] Se encontró un documento.
   *[other] Se encontraron { $count } documentos.
}
documents-partial = El registro es parcial: contiene los documentos cuyo encabezado ha leído pacta.
col-symbol = Signatura
col-title = Título
col-distribution = Distribución
distr-general = General
distr-limited = Limitada
distr-restricted = Reservada
error-unavailable = La base de datos de cuentas no está disponible en este momento. Vuelva a intentarlo enseguida.
state-upr = Examen Periódico Universal
state-no-upr = Las fuentes leídas sobre el EPU no mencionan a este Estado.
upr-session = Ciclo { $cycle }, { $session }.º período de sesiones del Grupo de Trabajo
upr-partial = Los datos sobre el EPU son parciales: períodos de sesiones 41 a 50 del cuarto ciclo y 37 a 40 del tercero, tal como los mencionan las fuentes leídas.

# Personas y procedimientos (miembros, elecciones, observaciones generales, procedimientos facultativos).
committee-people-heading = Miembros, elecciones, observaciones generales y procedimientos
people-members = Miembros
people-elections = Elecciones
people-general-comments = Observaciones generales
people-procedures = Procedimientos facultativos
no-data = Sin datos.
members-title = Miembros del { $committee } al { $date }
members-size = Puestos del Comité
members-in-data = Miembros nombrados en los datos
members-partial = (parcial: los datos no nombran a todos los miembros)
members-none = Los datos no nombran a ningún miembro de este comité en esta fecha.
members-caption = Miembros del { $committee } al { $date } nombrados en los datos
members-left-on = cesó el { $date }
col-name = Nombre
col-nationality = Nacionalidad
col-term-start = Inicio del mandato
col-term-end = Fin del mandato
col-how = Cómo
col-office = Cargo
col-declaration-session = Declaración solemne (período de sesiones)
derived-title = Deducido de una regla del tratado, no impreso en una fuente
derived-note = * Deducido de una regla del tratado (mandatos de cuatro años que terminan el 31 de diciembre), no impreso en una fuente; el JSON da la regla de cada fecha.
officers-heading = Miembros de la Mesa señalados
officers-caption = Miembros de la Mesa que citan las fuentes (mandatos de dos años)
col-elected-on = Elegido el
col-until = Hasta (previsto)
rapporteurs-heading = Relatores para los países de exámenes anteriores
rapporteurs-caption = Relatores para los países nombrados en las actas resumidas y en los resúmenes de sesiones de las Naciones Unidas, el período de sesiones más reciente primero
rapporteurs-none = Ningún relator para el país de este comité figura en los datos.
col-member = Miembro
col-part = Función
part-rapporteur = Relator para el país
part-withdrew = Se retiró del examen (artículo 12, párrafo 1, del reglamento)
office-chair = Presidencia
office-vice-chair = Vicepresidencia
office-rapporteur = Relatoría
elections-title = Elecciones de los miembros del { $committee }
elections-rules-heading = Reglas
rule-elected-by = Elegidos por
elected-by-meeting = Una reunión de los Estados partes
elected-by-conference = La Conferencia de los Estados partes
elected-by-ecosoc = El Consejo Económico y Social
rule-every = Elecciones ordinarias
every-years = { $count ->
    [one] cada año
   *[other] cada { $count } años
}
rule-not-in-data = no figura en los datos
rule-quorum = Quórum
quorum-fraction = { $fraction } de los Estados partes
rule-majority = Mayoría
majority-most-votes = El mayor número de votos y una mayoría absoluta de los votos de los Estados partes presentes y votantes
rule-deadlines = Plazos
deadlines-text = invitación al menos { $invitation } meses antes de la elección; candidaturas dentro de los { $nominations } meses siguientes; lista de candidatos al menos { $list } meses antes
rule-distribution = Distribución
elections-meetings-heading = Reuniones de los Estados partes
elections-none = Ninguna reunión de los Estados partes de este comité figura en los datos.
elections-caption = Reuniones de los Estados partes que figuran en los datos, y lo que el tratado deduce de cada fecha
col-quorum = Quórum
col-majority = Mayoría absoluta
col-seats = Puestos
col-invitation-by = Invitación a más tardar el
col-nominations-by = Candidaturas a más tardar el
col-list-by = Lista de candidatos a más tardar el
col-term = Mandato de los elegidos
col-elected = Elegidos (en los datos)
stated-in-source = la fuente indica { $count }
majority-of = { $majority } de { $voting } votantes
seats-detail = { $expiring } que vencen, { $added } añadidos
declaration-at = declaración solemne en el período de sesiones { $session }
gc-title = Observaciones generales del { $committee }
gc-search = Buscar en las observaciones generales
gc-search-label = Palabras del título, el tema, la signatura o las notas
gc-status-on = Situación al
gc-found = { $count ->
    [one] Un texto encontrado.
   *[other] { $count } textos encontrados.
}
gc-nothing-found = No se encontró nada.
gc-none = Ninguna observación general de este comité figura en los datos.
gc-caption = Observaciones generales del { $committee } en los datos, con su situación al { $date }
col-numbers = Número(s)
col-status-when = Desde (período de sesiones)
gc-joint = conjunta
gc-symbol-unconfirmed = no confirmada
session-of = período de sesiones { $session }
gc-status-draft = Proyecto
gc-status-provisionally-adopted = Aprobada provisionalmente
gc-status-adopted = Aprobada
gc-status-none = Todavía no
gc-symbol-pattern = construida según el modelo, no vista en un documento
gc-symbol-third-party = leída solo en una copia de terceros
procedures-title = Procedimientos facultativos del { $committee } al { $date }
procedures-none = Los tratados que supervisa este comité no tienen ningún procedimiento facultativo en los datos.
procedures-caption = Procedimientos facultativos del { $committee } al { $date }: operativos o no, y quién los aceptó
col-procedure = Procedimiento
col-accepted-by = Aceptado mediante
col-declarations = Declaraciones
col-operative = Operativo
col-declaring-states = Estados declarantes
article = art. { $article }
declarations-of = { $count } de las { $threshold } necesarias
operative-yes = Operativo
operative-no = No operativo
operative-unknown = Desconocido (las declaraciones no figuran en los datos)
accepted-declaration = Una declaración
accepted-party = La condición de parte
