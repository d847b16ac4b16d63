# واجهة pacta، العربية (كاملة، من اليمين إلى اليسار).
skip-to-content = الانتقال إلى المحتوى
nav-label = القائمة الرئيسية
nav-instruments = الصكوك
nav-committees = اللجان
nav-states = الدول
nav-api = واجهة البرمجة
nav-account = حسابي
lang-label = اللغة
lang-partial = جزئية
partial-translation = هذه الترجمة جزئية: يظهر النص الذي لم يُترجم بعد باللغة الإنكليزية.
names-in-english = ترد أسماء الدول وعناوين الصكوك بالإنكليزية كما تكتبها مجموعة معاهدات الأمم المتحدة.
data-as-at = الإجراءات التعاهدية: حالة مجموعة معاهدات الأمم المتحدة في { $date }.
footer-api = البيانات في شكل واجهة برمجة (وثيقة OpenAPI)
sign-in = تسجيل الدخول
sign-out = تسجيل الخروج
back-home = العودة إلى الصفحة الرئيسية
on-label = التاريخ
on-submit = عرض
on-hint = تُحسب كل الأرقام في هذه الصفحة في هذا التاريخ.
download-csv = تنزيل بصيغة CSV
download-json = بصيغة JSON
calendar-feed = تقويم (iCalendar)
years = { $count ->
    [zero] لا سنوات
    [one] سنة واحدة
    [two] سنتان
    [few] { $count } سنوات
    [many] { $count } سنة
   *[other] { $count } سنة
}
parties-count = { $count ->
    [zero] لا دول أطراف
    [one] دولة طرف واحدة
    [two] دولتان طرفان
    [few] { $count } دول أطراف
    [many] { $count } دولة طرفًا
   *[other] { $count } دولة طرف
}

home-title = منظومة هيئات المعاهدات في { $date }
home-intro = من هي الأطراف في المعاهدات الأساسية التسع لحقوق الإنسان وبروتوكولاتها الاختيارية، ومنذ متى يُلزم كل منها كل دولة، وما التقارير المستحقة قانونًا، محسوبةً من سجل مجموعة معاهدات الأمم المتحدة.
home-parties-heading = الأطراف في كل صك
home-fewest = من بين المعاهدات الأساسية، { $instrument } (تشرف عليه اللجنة { $committee }) هو الأقل أطرافًا: { $count }.
home-core-caption = المعاهدات الأساسية، من الأكثر أطرافًا إلى الأقل
home-protocols-caption = البروتوكولات الاختيارية، من الأكثر أطرافًا إلى الأقل
home-actions-heading = أحدث الإجراءات التعاهدية
home-actions-caption = آخر التوقيعات والتصديقات والانضمامات في التاريخ المختار أو قبله
home-sessions-heading = الدورات

instruments-title = الصكوك
instruments-caption = الصكوك الثمانية عشر في { $date }
committees-title = اللجان
committees-caption = هيئات المعاهدات العشر في { $date }
committee-instruments = الصكوك التي ترصدها
committee-term = مدة الولاية
states-title = الدول
states-intro = جميع المشاركين في المعاهدات، حسب المجموعات الإقليمية للأمم المتحدة؛ ويبين الرقم عدد الصكوك التي يكون كل منهم طرفًا فيها في التاريخ المختار.

instrument-state-rule = بدء النفاذ بالنسبة لدولة تنضم لاحقًا
instrument-reporting = التقارير
instrument-untc = مجموعة معاهدات الأمم المتحدة
parties-heading = الأطراف
parties-caption = الأطراف في { $instrument } في { $date }: { $count }، منها { $bound } ملزمة
uncertain-heading = أطراف في تاريخ غير معروف
uncertain-note = انسحبت في تاريخ لا تذكره البيانات؛ لا تُحتسب
no-receipt-data = لا تتضمن pacta بعدُ سجلًا بالتقارير الواردة ولا بالاستعراضات المعقودة: التواريخ المعروضة هي المواعيد القانونية المحددة في نص المعاهدة، وليست سجلًا بما قُدّم.
needs-check = يستند إلى قراءة لا تحسمها المصادر: يلزم التحقق منه في إخطار الوديع

filter-heading = تصفية الأطراف
filter-group = المجموعة الإقليمية للأمم المتحدة
filter-status = الوضع
filter-all = الكل
filter-bound = ملزمة في التاريخ
filter-reporting = التقارير
filter-due = تقرير مستحق قانونًا في التاريخ
filter-none-due = لا تقرير مستحقًا بعد
filter-submit = تطبيق

state-summary = طرف في { $count } من { $total } صكًا في { $date }.
state-instruments = الصكوك
state-caption = الوضع بموجب كل صك في { $date }
state-reviews = الاستعراضات والوثائق والاستعراض الدوري الشامل
state-no-reviews = لا تذكر المصادر المقروءة أي استعراض لهذه الدولة.

col-code = الرمز
col-instrument = الصك
col-committee = اللجنة
col-kind = النوع
col-eif = بدء النفاذ
col-parties = الأطراف
col-in-force = الملزمة
col-signatories = الموقِّعون غير الأطراف
col-newest-party = أحدث طرف
col-date = التاريخ
col-state = الدولة
col-group = المجموعة الإقليمية للأمم المتحدة
col-action = الإجراء
col-deposited = الإيداع
col-in-force-from = نافذ منذ
col-initial-due = موعد التقرير الأولي
col-latest-due = موعد آخر تقرير مستحق
col-next-due = موعد التقرير التالي
col-status = الوضع
col-signed = التوقيع
col-source = المصدر
col-members = الأعضاء
col-role = الدور
col-at = متى
col-actor = من
col-subject = الموضوع
col-detail = التفاصيل

kind-core = معاهدة أساسية
kind-protocol = بروتوكول اختياري

group-all = جميع المجموعات
group-none = بلا مجموعة إقليمية في الأمم المتحدة
group-african = مجموعة الدول الأفريقية
group-asia-pacific = مجموعة دول آسيا والمحيط الهادئ
group-eastern-european = مجموعة دول أوروبا الشرقية
group-grulac = مجموعة دول أمريكا اللاتينية ومنطقة البحر الكاريبي
group-weog = مجموعة دول أوروبا الغربية ودول أخرى

status-party = طرف
status-party-not-yet-bound = طرف، لم يُلزَم بعد
status-signatory = موقِّع
status-denounced = منسحب
status-denounced-date-unknown = منسحب (التاريخ غير معروف)
status-not-party = ليس طرفًا

action-ratification = تصديق
action-accession = انضمام
action-succession = خلافة
action-acceptance = قبول
action-formal-confirmation = إقرار رسمي
action-signature = توقيع
action-succession-to-signature = خلافة في التوقيع
action-other = غير ذلك

login-title = تسجيل الدخول
login-intro = الحسابات مخصصة لأعضاء اللجان والأمانة والمديرين. ويمكن قراءة كل ما هو علني دون حساب.
login-email = البريد الإلكتروني
login-password = كلمة المرور
login-failed = البريد الإلكتروني أو كلمة المرور غير صحيحين.
login-rate-limited = محاولات فاشلة كثيرة. انتظر خمس عشرة دقيقة ثم أعد المحاولة.

account-title = حسابي
role-public = الجمهور
role-member = عضو في لجنة
role-secretariat = الأمانة
role-admin = مدير النظام
audit-title = سجل المراجعة
audit-caption = كل عملية دخول وكل تغيير، الأحدث أولًا
users-title = الحسابات
users-caption = كل حساب ودوره

error-title = حدث خطأ
error-not-found = هذه الصفحة غير موجودة.
error-bad-request = يطلب العنوان شيئًا لا تستطيع pacta الإجابة عنه.
error-forbidden = لا يسمح حسابك بعرض هذه الصفحة.
error-sign-in-needed = سجّل الدخول لعرض هذه الصفحة.
error-csrf = انتهت صلاحية النموذج أو لم يأتِ من هذا الموقع. أعد تحميل الصفحة وحاول مجددًا.

nav-documents = الوثائق
home-sessions-none-under-way = لا توجد في هذا التاريخ دورة جارية تعرفها pacta.
home-sessions-next = الدورات المقبلة
sessions-partial = بيانات الدورات جزئية: الدورات التي تذكرها المصادر المقروءة (اللجنة المعنية بالعمال المهاجرين بالتفصيل، واللجان الأخرى بتواريخها حيثما وُجدت).
sessions-heading = الدورات
sessions-caption = الدورات التي تعرفها pacta، الأحدث أولًا
session-title = { $committee }، الدورة { $number }
col-session = الدورة
col-start = الافتتاح
col-end = الاختتام
timing-past = عُقدت
timing-under-way = جارية
timing-upcoming = مقبلة
timing-unknown = التواريخ غير معروفة
reviews-heading = الاستعراضات
reviews-caption = الاستعراضات المذكورة في مصادر الدورة
reviews-none = لا تذكر المصادر المقروءة أي استعراض في هذه الدورة.
reviews-partial = بيانات الاستعراضات جزئية: تورد الاستعراضات التي تذكرها المصادر المقروءة لكل لجنة (في الغالب 2019–2025).
col-report = التقرير
col-outcome = النتيجة
outcome-co-adopted = اعتُمدت الملاحظات الختامية
outcome-dialogue-held = عُقد الحوار
outcome-scheduled = مقرر
meetings-heading = الجلسات
meetings-caption = الجلسات ومحاضرها الموجزة
meetings-none = لا تتضمن pacta أي جلسة من هذه الدورة.
col-meeting = الجلسة
col-place = المكان
col-publicity = علنية أم مغلقة
col-summary-record = المحضر الموجز
col-agenda = بنود جدول الأعمال
meeting-public = علنية
meeting-private = مغلقة
meeting-partly-private = مغلقة جزئيًا
documents-title = الوثائق
documents-caption = الوثائق في السجل
documents-none = لا يتضمن السجل أي وثيقة من هذه الدورة.
documents-search = البحث في سجل الوثائق
documents-words = كلمات من الرمز أو العنوان
documents-submit = بحث
documents-count = { $count ->
    [zero] لم يُعثر على أي وثيقة.
    [one] عُثر على وثيقة واحدة.
    [two] عُثر على وثيقتين.
    [few] عُثر على { $count } وثائق.
    [many] عُثر على { $count } وثيقة.
   *[other] عُثر على { $count } وثيقة.
}
documents-partial = السجل جزئي: يتضمن الوثائق التي قرأت pacta ترويستها.
col-symbol = الرمز
col-title = العنوان
col-distribution = التوزيع
distr-general = عام
distr-limited = محدود
distr-restricted = مقيد
error-unavailable = تعذّر الوصول إلى قاعدة بيانات الحسابات حاليًا. أعد المحاولة بعد قليل.
state-upr = الاستعراض الدوري الشامل
state-no-upr = لا تذكر مصادر الاستعراض الدوري الشامل المقروءة هذه الدولة.
upr-session = الجولة { $cycle }، الدورة { $session } للفريق العامل
upr-partial = بيانات الاستعراض الدوري الشامل جزئية: الدورات 41 إلى 50 من الجولة الرابعة و37 إلى 40 من الجولة الثالثة كما تذكرها المصادر المقروءة.

## البلاغات والإجراءات العاجلة
nav-communications = البلاغات
cases-title = البلاغات والإجراءات العاجلة
case-title = قضية
cases-confidential = سري: تنظر اللجان في البلاغات في جلسات مغلقة. لا يطّلع على هذا السجل إلا الأعضاء والأمانة والمشرفون، وتُقيَّد كل قضية معروضة في سجل المراجعة.
cases-filter = تصفية السجل
cases-empty = لا توجد قضية مطابقة.
cases-caption = القضايا، من الأقدم إلى الأحدث
cases-audited = قُيِّدت كل قضية مدرجة هنا في سجل المراجعة على أنك اطّلعت عليها.
case-steps = الخطوات المتخذة
case-no-steps = لا خطوة بعد: وردت ولم تُسجَّل.
case-how-to-change = تُدخل الأمانة القضايا وتتابعها بالأمر `pacta communications` أو عبر واجهة البرمجة (POST /api/v1/cases و /api/v1/cases/ID/steps).
col-number = الرقم
col-received = تاريخ الورود
col-stage = المرحلة
col-reply-due = موعد الرد
col-year = السنة
col-registered = المسجلة
col-decided = المبتّ فيها
col-pending = قيد النظر
col-adopted = تاريخ الاعتماد
col-violation = الاستنتاج
kind-individual-communications = البلاغات الفردية
kind-urgent-actions = الإجراءات العاجلة
views-title = البلاغات: الإحصاءات والآراء
views-intro = ما تنشره اللجان عن إجراءات البلاغات والإجراءات العاجلة: عدد القضايا الواردة والمسجلة والمبتّ فيها كل سنة، والآراء التي اعتمدتها. أما القضايا نفسها فسرية.
views-statistics = القضايا حسب اللجنة والسنة
views-no-statistics = لا توجد قضية مقيدة في سجل هذا التثبيت حتى هذا التاريخ.
views-adopted = الآراء المعتمدة
views-none = لم تُعتمد أي آراء حتى هذا التاريخ في سجل هذا التثبيت.
views-violation = ثبوت انتهاك
views-no-violation = لا انتهاك
views-data-note = تعدّ هذه الأرقام السجل المحفوظ في هذا التثبيت؛ لا يتضمن pacta أي قضية حقيقية، لذا لا يعرض التثبيت الجديد أي قضية.
# الأشخاص والإجراءات (الأعضاء، الانتخابات، التعليقات العامة، الإجراءات الاختيارية).
committee-people-heading = الأعضاء والانتخابات والتعليقات العامة والإجراءات
people-members = الأعضاء
people-elections = الانتخابات
people-general-comments = التعليقات العامة
people-procedures = الإجراءات الاختيارية
no-data = لا توجد بيانات.
members-title = أعضاء { $committee } في { $date }
members-size = عدد مقاعد اللجنة
members-in-data = الأعضاء المذكورون في البيانات
members-partial = (جزئي: لا تذكر البيانات جميع الأعضاء)
members-none = لا تذكر البيانات أي عضو في هذه اللجنة في هذا التاريخ.
members-caption = أعضاء { $committee } في { $date } المذكورون في البيانات
members-left-on = غادر في { $date }
col-name = الاسم
col-nationality = الجنسية
col-term-start = بداية الولاية
col-term-end = نهاية الولاية
col-how = الكيفية
col-office = المنصب
col-declaration-session = الإعلان الرسمي (الدورة)
derived-title = مستنتج من قاعدة في المعاهدة، غير مطبوع في أي مصدر
derived-note = * مستنتج من قاعدة في المعاهدة (ولايات مدتها أربع سنوات تنتهي في 31 كانون الأول/ديسمبر)، غير مطبوع في أي مصدر؛ يبيّن JSON القاعدة لكل تاريخ.
officers-heading = أعضاء المكتب المذكورون
officers-caption = أعضاء المكتب الذين تذكرهم المصادر (ولايات مدتها سنتان)
col-elected-on = تاريخ الانتخاب
col-until = حتى (متوقع)
rapporteurs-heading = المقررون القطريون في الاستعراضات السابقة
rapporteurs-caption = المقررون القطريون المذكورون في المحاضر الموجزة وملخصات جلسات الأمم المتحدة، الأحدث دورةً أولاً
rapporteurs-none = لا يرد في البيانات أي مقرر قطري لهذه اللجنة.
col-member = العضو
col-part = الدور
part-rapporteur = مقرر قطري
part-withdrew = انسحب من الاستعراض (المادة 12(1) من النظام الداخلي)
office-chair = الرئيس
office-vice-chair = نائب الرئيس
office-rapporteur = المقرر
elections-title = انتخابات أعضاء { $committee }
elections-rules-heading = القواعد
rule-elected-by = الجهة التي تنتخب
elected-by-meeting = اجتماع للدول الأطراف
elected-by-conference = مؤتمر الدول الأطراف
elected-by-ecosoc = المجلس الاقتصادي والاجتماعي
rule-every = الانتخابات العادية
every-years = { $count ->
    [one] كل سنة
    [two] كل سنتين
   *[other] كل { $count } سنوات
}
rule-not-in-data = غير وارد في البيانات
rule-quorum = النصاب القانوني
quorum-fraction = { $fraction } من الدول الأطراف
rule-majority = الأغلبية
majority-most-votes = أكبر عدد من الأصوات وأغلبية مطلقة من أصوات الدول الأطراف الحاضرة والمصوتة
rule-deadlines = المواعيد النهائية
deadlines-text = الدعوة قبل الانتخاب بما لا يقل عن { $invitation } أشهر؛ الترشيحات في غضون { $nominations } أشهر من الدعوة؛ قائمة المرشحين قبل الانتخاب بما لا يقل عن { $list } أشهر
rule-distribution = التوزيع
elections-meetings-heading = اجتماعات الدول الأطراف
elections-none = لا يرد في البيانات أي اجتماع للدول الأطراف في هذه اللجنة.
elections-caption = اجتماعات الدول الأطراف الواردة في البيانات، وما تستنتجه المعاهدة من كل تاريخ
col-quorum = النصاب القانوني
col-majority = الأغلبية المطلقة
col-seats = المقاعد
col-invitation-by = الدعوة في موعد أقصاه
col-nominations-by = الترشيحات في موعد أقصاه
col-list-by = قائمة المرشحين في موعد أقصاه
col-term = ولاية المنتخبين
col-elected = المنتخبون (في البيانات)
stated-in-source = يذكر المصدر { $count }
majority-of = { $majority } من { $voting } مصوتًا
seats-detail = { $expiring } تنتهي ولايتها، { $added } مضافة
declaration-at = الإعلان الرسمي في الدورة { $session }
gc-title = التعليقات العامة لـ { $committee }
gc-search = البحث في التعليقات العامة
gc-search-label = كلمات من العنوان أو الموضوع أو الرمز أو الملاحظات
gc-status-on = الحالة في
gc-found = { $count ->
    [zero] لم يُعثر على أي نص.
    [one] عُثر على نص واحد.
    [two] عُثر على نصين.
   *[other] عُثر على { $count } نصوص.
}
gc-nothing-found = لم يُعثر على شيء.
gc-none = لا يرد في البيانات أي تعليق عام لهذه اللجنة.
gc-caption = التعليقات العامة لـ { $committee } الواردة في البيانات، مع حالتها في { $date }
col-numbers = الرقم (الأرقام)
col-status-when = منذ (الدورة)
gc-joint = مشترك
gc-symbol-unconfirmed = غير مؤكد
session-of = الدورة { $session }
gc-status-draft = مشروع
gc-status-provisionally-adopted = معتمد بصفة مؤقتة
gc-status-adopted = معتمد
gc-status-none = ليس بعد
gc-symbol-pattern = مبني على النمط، لم يُرَ على وثيقة
gc-symbol-third-party = مقروء على نسخة لطرف ثالث فقط
procedures-title = الإجراءات الاختيارية لـ { $committee } في { $date }
procedures-none = لا يرد في البيانات أي إجراء اختياري للمعاهدات التي ترصدها هذه اللجنة.
procedures-caption = الإجراءات الاختيارية لـ { $committee } في { $date }: نافذة أم لا، ومن قبلها
col-procedure = الإجراء
col-accepted-by = يُقبل عن طريق
col-declarations = الإعلانات
col-operative = نافذ
col-declaring-states = الدول المُعلِنة
article = المادة { $article }
declarations-of = { $count } من { $threshold } مطلوبة
operative-yes = نافذ
operative-no = غير نافذ
operative-unknown = غير معروف (الإعلانات غير واردة في البيانات)
accepted-declaration = إعلان
accepted-party = الانضمام طرفًا
cases-serving = حسابك مرتبط بـ { $committees }: لا ترى إلا قضاياها.
cases-no-committee = حسابك غير مرتبط بأي لجنة، لذا لا يعرض أي قضية. يربطه أحد المشرفين (pacta user add … --committee CMW).
