<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Code and review conflict events from Arabic news reports.</source>
        <translation>ترميز أحداث النزاع من التقارير الإخبارية العربية ومراجعتها.</translation>
    </message>
    <message>
        <source>About reviewer</source>
        <translation>عن reviewer</translation>
    </message>
    <message>
        <source>version {version}</source>
        <translation>الإصدار {version}</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>التراخيص</translation>
    </message>
    <message>
        <source>Font licence (OFL 1.1)</source>
        <translation>ترخيص الخط (OFL 1.1)</translation>
    </message>
</context>
<context>
    <name>AddActorDialog</name>
    <message>
        <source>Add an actor</source>
        <translation>إضافة فاعل</translation>
    </message>
    <message>
        <source>ACLED name</source>
        <translation>الاسم في ACLED</translation>
    </message>
    <message>
        <source>Arabic name</source>
        <translation>الاسم العربي</translation>
    </message>
    <message>
        <source>Inter</source>
        <translation>فئة الفاعل</translation>
    </message>
</context>
<context>
    <name>AddPlaceDialog</name>
    <message>
        <source>Add a place</source>
        <translation>إضافة موقع</translation>
    </message>
    <message>
        <source>English name (ACLED location)</source>
        <translation>الاسم الإنجليزي (الموقع في ACLED)</translation>
    </message>
    <message>
        <source>Arabic name</source>
        <translation>الاسم العربي</translation>
    </message>
    <message>
        <source>Governorate (admin1)</source>
        <translation>المحافظة (admin1)</translation>
    </message>
    <message>
        <source>District (admin2)</source>
        <translation>المنطقة (admin2)</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>خط العرض</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>خط الطول</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>غير معروف</translation>
    </message>
</context>
<context>
    <name>AdjudicationGrid</name>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Adjudicated</source>
        <translation>القيمة المحكَّمة</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>التعليل</translation>
    </message>
    <message>
        <source>Click to take {coder}&apos;s value</source>
        <translation>انقر لأخذ قيمة {coder}</translation>
    </message>
    <message>
        <source>shared by all coders</source>
        <translation>متفق عليها بين كل المرمِّزين</translation>
    </message>
    <message>
        <source>→ conflicting claims</source>
        <translation>← إفادات متعارضة</translation>
    </message>
    <message>
        <source>figures are decided on the claims (Conflicts page)</source>
        <translation>تُحسم الأرقام على الإفادات (صفحة التعارضات)</translation>
    </message>
    <message>
        <source>Type another value, or click a coder&apos;s value</source>
        <translation>اكتب قيمة أخرى، أو انقر قيمة أحد المرمِّزين</translation>
    </message>
</context>
<context>
    <name>AdjudicationPage</name>
    <message>
        <source>(no type)</source>
        <translation>(بلا نوع)</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>بلا تاريخ</translation>
    </message>
    <message>
        <source>no place</source>
        <translation>بلا موقع</translation>
    </message>
    <message>
        <source>found by {coders}</source>
        <translation>وجده {coders}</translation>
    </message>
    <message>
        <source>found by {coders} only</source>
        <translation>وجده {coders} وحده</translation>
    </message>
    <message>
        <source>Confirm pairing</source>
        <translation>تأكيد المطابقة</translation>
    </message>
    <message>
        <source>Split this group</source>
        <translation>فصل هذه المجموعة</translation>
    </message>
    <message>
        <source>Join with</source>
        <translation>ضمّ إلى</translation>
    </message>
    <message>
        <source>Open conflicting claims</source>
        <translation>فتح الإفادات المتعارضة</translation>
    </message>
    <message>
        <source>Save adjudicated event</source>
        <translation>حفظ الحدث المحكَّم</translation>
    </message>
    <message>
        <source>Event:</source>
        <translation>الحدث:</translation>
    </message>
    <message>
        <source>Coding of this article is blind until every assigned analyst has marked their coding done.</source>
        <translation>ترميز هذا المقال معمّى حتى يعلّم كل محلل مكلَّف ترميزه كمُنجز.</translation>
    </message>
    <message>
        <source>{events} events, {several} found by two or more coders. Click a coder&apos;s value to take it, or type another; give a rationale.</source>
        <translation>عدد الأحداث {events}، وجد منها اثنان أو أكثر من المرمِّزين {several}. انقر قيمة أحد المرمِّزين لأخذها أو اكتب غيرها، واذكر التعليل.</translation>
    </message>
    <message>
        <source>Open an article on the Coding page to adjudicate it.</source>
        <translation>افتح مقالاً في صفحة الترميز لتحكيمه.</translation>
    </message>
    <message>
        <source>Found by one coder only: nothing to compare. Join it with another coder&apos;s event if they are the same event.</source>
        <translation>وجده مرمِّز واحد فقط: لا شيء للمقارنة. ضمّه إلى حدث مرمِّز آخر إن كانا الحدث نفسه.</translation>
    </message>
    <message>
        <source>Adjudicated as {event}.</source>
        <translation>حُكِّم بوصفه {event}.</translation>
    </message>
    <message>
        <source>Every difference is decided: save the adjudicated event.</source>
        <translation>حُسمت كل الفروق: احفظ الحدث المحكَّم.</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) to decide: {fields}</source>
        <translation>
            <numerusform>فروق تنتظر القرار (%n): {fields}</numerusform>
            <numerusform>فرق واحد ينتظر القرار: {fields}</numerusform>
            <numerusform>فرقان ينتظران القرار: {fields}</numerusform>
            <numerusform>%n فروق تنتظر القرار: {fields}</numerusform>
            <numerusform>%n فرقاً تنتظر القرار: {fields}</numerusform>
            <numerusform>%n فرق تنتظر القرار: {fields}</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>لم يُحفظ: {reason}</translation>
    </message>
    <message>
        <source>Save the adjudicated event first: the coders&apos; figure claims are carried to it and their disagreement is decided on the Conflicts page.</source>
        <translation>احفظ الحدث المحكَّم أولاً: تُنقل إليه إفادات المرمِّزين الرقمية ويُحسم خلافهم في صفحة التعارضات.</translation>
    </message>
    <message>
        <source>adjudicate an event</source>
        <translation>تحكيم حدث</translation>
    </message>
</context>
<context>
    <name>AgreementPage</name>
    <message>
        <source>Fatalities (best)</source>
        <translation>الوفيات (التقدير المعتمد)</translation>
    </message>
    <message>
        <source>Fatalities (low)</source>
        <translation>الوفيات (الحد الأدنى)</translation>
    </message>
    <message>
        <source>Fatalities (high)</source>
        <translation>الوفيات (الحد الأعلى)</translation>
    </message>
    <message>
        <source>Report credibility</source>
        <translation>صحة التقرير</translation>
    </message>
    <message>
        <source>Outlet reliability</source>
        <translation>موثوقية المصدر</translation>
    </message>
    <message>
        <source>nominal</source>
        <translation>اسمي</translation>
    </message>
    <message>
        <source>ordinal</source>
        <translation>ترتيبي</translation>
    </message>
    <message>
        <source>interval</source>
        <translation>فتري</translation>
    </message>
    <message>
        <source>ratio</source>
        <translation>نسبي</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>المستوى</translation>
    </message>
    <message>
        <source>Alpha</source>
        <translation>ألفا</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>الوحدات</translation>
    </message>
    <message>
        <source>Coder pairs (alpha, units)</source>
        <translation>أزواج المرمِّزين (ألفا، الوحدات)</translation>
    </message>
    <message>
        <source>all coders</source>
        <translation>كل المرمِّزين</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>حساب</translation>
    </message>
    <message>
        <source>Coders (A,B):</source>
        <translation>المرمِّزون (أ، ب):</translation>
    </message>
    <message>
        <source>Press Compute to measure agreement over double-coded articles.</source>
        <translation>اضغط «حساب» لقياس درجة الاتفاق في المقالات المرمَّزة مرتين.</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>جارٍ الحساب…</translation>
    </message>
    <message>
        <source>Agreement could not be computed: {reason}</source>
        <translation>تعذّر حساب درجة الاتفاق: {reason}</translation>
    </message>
    <message>
        <source>No article has been coded by two or more coders yet.</source>
        <translation>لم يرمّز أي مقال مرمِّزان أو أكثر بعد.</translation>
    </message>
    <message>
        <source>Coders {coders} on {articles} articles. Event detection: {events} events, found by all {by_all}, by some only {by_some} (alpha {alpha}). Alpha ≥ 0.8 reliable, ≥ 0.667 tentative.</source>
        <translation>المرمِّزون {coders} على {articles} مقالاً. رصد الأحداث: {events} حدثاً، وجدها الجميع {by_all}، ووجدها بعضهم فقط {by_some} (ألفا {alpha}). ألفا ≥ 0.8 موثوق، ≥ 0.667 مبدئي.</translation>
    </message>
</context>
<context>
    <name>AnalystNameDialog</name>
    <message>
        <source>Your name</source>
        <translation>اسمك</translation>
    </message>
    <message>
        <source>e.g. Amal Haddad</source>
        <translation>مثلاً: أمل حداد</translation>
    </message>
    <message>
        <source>Your name is recorded with every change you make, and shown as coder or reviewer of the events you mark. It is asked only once on this computer.</source>
        <translation>يُسجَّل اسمك مع كل تغيير تجريه، ويظهر بوصفك المرمِّز أو المراجِع للأحداث التي تعلّمها. لا يُطلب إلا مرة واحدة على هذا الحاسوب.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>{problem}. The window will close; the file was not changed further.</source>
        <translation>{problem}. ستُغلق النافذة؛ ولم يُغيَّر الملف أكثر من ذلك.</translation>
    </message>
</context>
<context>
    <name>ArticleFilterBar</name>
    <message>
        <source>Search titles and text (Arabic-aware)…</source>
        <translation>ابحث في العناوين والنصوص (مع مراعاة العربية)…</translation>
    </message>
    <message>
        <source>Words must all occur; &quot;a phrase&quot;; a OR b; -word leaves out; word* for prefixes.
Hamza, ة/ه, ى/ي, harakat and و ف ب ل ال prefixes do not matter.</source>
        <translation>يجب أن ترد الكلمات كلها؛ &quot;عبارة&quot; بين علامتي تنصيص؛ a OR b؛ ‎-كلمة‎ تستبعدها؛ ‎كلمة*‎ للبادئات.
لا يهم الفرق بين أشكال الهمزة وة/ه وى/ي والحركات، ولا السوابق و ف ب ل ال.</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>أي حالة</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>تعارضات مفتوحة</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>مسح</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>جارٍ البحث…</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>تاريخ النشر</translation>
    </message>
    <message>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Any outlet</source>
        <translation>أي وسيلة</translation>
    </message>
    <message>
        <source>Outlet not known</source>
        <translation>وسيلة غير معروفة</translation>
    </message>
    <message>
        <source>Search failed: {reason}</source>
        <translation>تعذّر البحث: {reason}</translation>
    </message>
    <message>
        <source>coded {coded} / reviewed {reviewed} / total {total}</source>
        <translation>مُرمَّز {coded} / مُراجَع {reviewed} / المجموع {total}</translation>
    </message>
    <message>
        <source>{shown} shown</source>
        <translation>المعروض {shown}</translation>
    </message>
    <message>
        <source>any</source>
        <translation>أي تاريخ</translation>
    </message>
</context>
<context>
    <name>ArticleListModel</name>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>الوسيلة</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>المطابقة</translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <source>Add as claim…</source>
        <translation>إضافة كإفادة…</translation>
    </message>
    <message>
        <source>Attach selection to {field}</source>
        <translation>إرفاق النص المحدد بـ{field}</translation>
    </message>
    <message>
        <source>Attach selection to field</source>
        <translation>إرفاق النص المحدد بحقل</translation>
    </message>
</context>
<context>
    <name>ClaimCard</name>
    <message>
        <source>Claim</source>
        <translation>الإفادة</translation>
    </message>
    <message>
        <source>Open in article</source>
        <translation>فتح في المقال</translation>
    </message>
    <message>
        <source>Use this value</source>
        <translation>استخدام هذه القيمة</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>الوسيلة</translation>
    </message>
    <message>
        <source>Said by</source>
        <translation>منسوبة إلى</translation>
    </message>
    <message>
        <source>Article date</source>
        <translation>تاريخ المقال</translation>
    </message>
    <message>
        <source>Claim {claim}</source>
        <translation>الإفادة {claim}</translation>
    </message>
    <message>
        <source>outlet not named</source>
        <translation>الوسيلة غير مذكورة</translation>
    </message>
    <message>
        <source>Source not graded</source>
        <translation>المصدر بلا تقدير</translation>
    </message>
    <message>
        <source>Report not graded</source>
        <translation>التقرير بلا تقدير</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>غير مذكور</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>غير مسجّل</translation>
    </message>
    <message>
        <source>Article {article}: {title}</source>
        <translation>المقال {article}: {title}</translation>
    </message>
</context>
<context>
    <name>ClaimsPanel</name>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>الكلمات</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>المقال</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <source>Said by</source>
        <translation>قالها</translation>
    </message>
    <message>
        <source>Custom field…</source>
        <translation>حقل مخصص…</translation>
    </message>
    <message>
        <source>field name</source>
        <translation>اسم الحقل</translation>
    </message>
    <message>
        <source>select the words in the article</source>
        <translation>حدّد الكلمات في المقال</translation>
    </message>
    <message>
        <source>low</source>
        <translation>الأدنى</translation>
    </message>
    <message>
        <source>best</source>
        <translation>الأرجح</translation>
    </message>
    <message>
        <source>high</source>
        <translation>الأعلى</translation>
    </message>
    <message>
        <source>speaker (empty: the outlet&apos;s own voice)</source>
        <translation>القائل (فارغ: صوت الوسيلة نفسها)</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>غير مسجّل</translation>
    </message>
    <message>
        <source>as the report</source>
        <translation>كالتقرير</translation>
    </message>
    <message>
        <source>Low / best / high</source>
        <translation>الأدنى / الأرجح / الأعلى</translation>
    </message>
    <message>
        <source>Credibility</source>
        <translation>الصحة</translation>
    </message>
    <message>
        <source>Add claim</source>
        <translation>إضافة إفادة</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Mark as conflicting</source>
        <translation>تعليم كمتعارضة</translation>
    </message>
    <message>
        <source>Add {claim}</source>
        <translation>إضافة {claim}</translation>
    </message>
    <message>
        <source>Added {claim}: «{words}»</source>
        <translation>أُضيفت {claim}: «{words}»</translation>
    </message>
    <message>
        <source>Delete {claim}</source>
        <translation>حذف {claim}</translation>
    </message>
    <message>
        <source>Delete claims</source>
        <translation>حذف الإفادات</translation>
    </message>
    <message>
        <source>select exactly two claims</source>
        <translation>حدّد إفادتين اثنتين بالضبط</translation>
    </message>
    <message>
        <source>Mark claims {a} and {b} as conflicting</source>
        <translation>تعليم الإفادتين {a} و{b} كمتعارضتين</translation>
    </message>
    <message>
        <source>marked as conflicting (conflict {conflict})</source>
        <translation>عُلّمتا كمتعارضتين (التعارض {conflict})</translation>
    </message>
    <message>
        <source>value</source>
        <translation>القيمة</translation>
    </message>
</context>
<context>
    <name>ConflictsView</name>
    <message>
        <source>Show closed</source>
        <translation>إظهار المغلقة</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>التعارضات</translation>
    </message>
    <message>
        <source>e.g. مئات</source>
        <translation>مثلاً: مئات</translation>
    </message>
    <message>
        <source>low</source>
        <translation>الأدنى</translation>
    </message>
    <message>
        <source>best</source>
        <translation>الأرجح</translation>
    </message>
    <message>
        <source>high</source>
        <translation>الأعلى</translation>
    </message>
    <message>
        <source>why (required)</source>
        <translation>التعليل (مطلوب)</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>حسم</translation>
    </message>
    <message>
        <source>Dismiss…</source>
        <translation>تجاهل…</translation>
    </message>
    <message>
        <source>Accept as standing discrepancy</source>
        <translation>قبول كتباين قائم</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>إعادة فتح</translation>
    </message>
    <message>
        <source>Chosen value</source>
        <translation>القيمة المختارة</translation>
    </message>
    <message>
        <source>Low / best / high</source>
        <translation>الأدنى / الأرجح / الأعلى</translation>
    </message>
    <message>
        <source>Rationale / reason</source>
        <translation>التعليل / السبب</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>القرار</translation>
    </message>
    <message>
        <source>… and {0} more: open one from its event to see it</source>
        <translation>… و{0} غيرها: افتح أحدها من حدثه لتراه</translation>
    </message>
    <message>
        <source>{count} claims: {values}</source>
        <translation>عدد الإفادات {count}: {values}</translation>
    </message>
    <message>
        <source>No open conflicts</source>
        <translation>لا تعارضات مفتوحة</translation>
    </message>
    <message>
        <source>place not set</source>
        <translation>الموقع غير محدد</translation>
    </message>
    <message>
        <source>date not set</source>
        <translation>التاريخ غير محدد</translation>
    </message>
    <message>
        <source>{event} ({date}, {place}) — {field}: {origin} conflict, {status}, {count} claims</source>
        <translation>{event} ({date}، {place}) — {field}: تعارض {origin}، {status}، عدد الإفادات {count}</translation>
    </message>
    <message>
        <source> — note: {note}</source>
        <translation> — ملاحظة: {note}</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>حُسم</translation>
    </message>
    <message>
        <source>dismissed</source>
        <translation>تُجوهل</translation>
    </message>
    <message>
        <source>accepted as a standing discrepancy</source>
        <translation>قُبل كتباين قائم</translation>
    </message>
    <message>
        <source>reopened</source>
        <translation>أُعيد فتحه</translation>
    </message>
    <message>
        <source>Conflict {conflict} {done}.</source>
        <translation>التعارض {conflict}: {done}.</translation>
    </message>
    <message>
        <source>Resolve conflict {conflict}</source>
        <translation>حسم التعارض {conflict}</translation>
    </message>
    <message>
        <source>Dismiss conflict {conflict}</source>
        <translation>تجاهل التعارض {conflict}</translation>
    </message>
    <message>
        <source>Reopen conflict {conflict}</source>
        <translation>إعادة فتح التعارض {conflict}</translation>
    </message>
    <message>
        <source>Accept conflict {conflict}</source>
        <translation>قبول التعارض {conflict}</translation>
    </message>
    <message>
        <source>detected</source>
        <translation>مكتشف آلياً</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>معلَّم يدوياً</translation>
    </message>
</context>
<context>
    <name>CoreMessage</name>
    <message>
        <source>event {event}</source>
        <translation>الحدث {event}</translation>
    </message>
    <message>
        <source>article {article}</source>
        <translation>المقال {article}</translation>
    </message>
    <message>
        <source>claim {claim}</source>
        <translation>الإفادة {claim}</translation>
    </message>
    <message>
        <source>conflict {conflict}</source>
        <translation>التعارض {conflict}</translation>
    </message>
    <message>
        <source>event</source>
        <translation>حدث</translation>
    </message>
    <message>
        <source>article</source>
        <translation>مقال</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>no type</source>
        <translation>بلا نوع</translation>
    </message>
    <message>
        <source>event {event}: no such event</source>
        <translation>الحدث {event}: لا يوجد حدث بهذا الرقم</translation>
    </message>
    <message>
        <source>article {article}: no such article</source>
        <translation>المقال {article}: لا يوجد مقال بهذا الرقم</translation>
    </message>
    <message>
        <source>claim {claim}: no such claim</source>
        <translation>الإفادة {claim}: لا توجد إفادة بهذا الرقم</translation>
    </message>
    <message>
        <source>conflict {conflict}: no such conflict</source>
        <translation>التعارض {conflict}: لا يوجد تعارض بهذا الرقم</translation>
    </message>
    <message>
        <source>{subject}: &apos;{target}&apos; is not a {kind} status</source>
        <translation>{subject}: «{target}» ليست حالة من حالات {kind}</translation>
    </message>
    <message>
        <source>{subject}: cannot go from &apos;{current}&apos; to &apos;{target}&apos; (from &apos;{current}&apos; it can go to {options})</source>
        <translation>{subject}: لا يمكن الانتقال من «{current}» إلى «{target}» (يمكن الانتقال من «{current}» إلى: {options})</translation>
    </message>
    <message>
        <source>{subject}: a name is needed to mark it {target}</source>
        <translation>{subject}: يلزم اسم المحلل لتعليمه كـ«{target}»</translation>
    </message>
    <message>
        <source>{subject}: changed elsewhere since it was opened (version {version}, yours {expected}); reload it</source>
        <translation>{subject}: تغيّر في مكان آخر منذ فتحه (النسخة {version}، ونسختك {expected})؛ أعد تحميله</translation>
    </message>
    <message>
        <source>{subject}: {user} coded this event, and this project requires a different reviewer (four-eyes review); ask a colleague to review it</source>
        <translation>{subject}: رمّز {user} هذا الحدث، وهذا المشروع يشترط مراجِعاً آخر (مبدأ العيون الأربع)؛ اطلب من زميل مراجعته</translation>
    </message>
    <message>
        <source>{subject}: has open conflicts{detail}; resolve them or accept them as a standing discrepancy before marking it reviewed</source>
        <translation>{subject}: فيه تعارضات مفتوحة{detail}؛ احسمها أو اقبلها كتباين قائم قبل تعليمه كمُراجَع</translation>
    </message>
    <message>
        <source> ({fields})</source>
        <translation> ({fields})</translation>
    </message>
    <message>
        <source>{subject}: reports {count} event(s); unlink or delete them before rejecting it as irrelevant</source>
        <translation>{subject}: يروي أحداثاً (عددها {count})؛ افصلها عنه أو احذفها قبل استبعاده</translation>
    </message>
    <message>
        <source>{subject}: {count} event(s) still draft; mark them coded first</source>
        <translation>{subject}: ما زالت أحداث (عددها {count}) مسودة؛ علّمها كمُرمَّزة أولاً</translation>
    </message>
    <message>
        <source>{subject}: {count} event(s) not reviewed yet</source>
        <translation>{subject}: أحداث لم تُراجَع بعد (عددها {count})</translation>
    </message>
    <message>
        <source>{subject}: cannot be marked {target}; missing: {missing}</source>
        <translation>{subject}: لا يمكن تعليمه كـ«{target}»؛ ينقصه: {missing}</translation>
    </message>
    <message>
        <source>event {event}: article {article} is its only report; delete the event instead</source>
        <translation>الحدث {event}: المقال {article} هو تقريره الوحيد؛ احذف الحدث بدلاً من ذلك</translation>
    </message>
    <message>
        <source>not an event field</source>
        <translation>ليس حقلاً من حقول الحدث</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an ACLED event type</source>
        <translation>«{value}» ليس نوع حدث في ACLED</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a sub-event type of &apos;{event_type}&apos;</source>
        <translation>«{value}» ليس نوعاً فرعياً من «{event_type}»</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date (YYYY-MM-DD)</source>
        <translation>«{value}» ليس تاريخاً (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>{date} is in the future</source>
        <translation>التاريخ {date} في المستقبل</translation>
    </message>
    <message>
        <source>{date} is after article {article} reporting it was published ({published})</source>
        <translation>التاريخ {date} بعد نشر المقال {article} الذي يرويه ({published})</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not one of {codes}</source>
        <translation>«{value}» ليس من القيم {codes}</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an ACLED inter label</source>
        <translation>«{value}» ليس فئة فاعل في ACLED</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a count of people (0 or more)</source>
        <translation>«{value}» ليس عدد أشخاص (صفر أو أكثر)</translation>
    </message>
    <message>
        <source>{name} estimate {value} is below the {lower_name} estimate {lower}: low &lt;= best &lt;= high</source>
        <translation>{name} ({value}) أقل من {lower_name} ({lower}): الحد الأدنى ≤ التقدير الأرجح ≤ الحد الأعلى</translation>
    </message>
    <message>
        <source>low</source>
        <translation>الحد الأدنى</translation>
    </message>
    <message>
        <source>best</source>
        <translation>التقدير الأرجح</translation>
    </message>
    <message>
        <source>high</source>
        <translation>الحد الأعلى</translation>
    </message>
    <message>
        <source>{iso} is not a country in resources/countries.json</source>
        <translation>{iso} ليس دولة في resources/countries.json</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not the name of iso {iso}</source>
        <translation>«{value}» ليس اسم الدولة ذات الرمز {iso}</translation>
    </message>
    <message>
        <source>{value} is not a latitude (-90..90)</source>
        <translation>{value} ليس خط عرض (من -90 إلى 90)</translation>
    </message>
    <message>
        <source>{value} is not a longitude (-180..180)</source>
        <translation>{value} ليس خط طول (من -180 إلى 180)</translation>
    </message>
    <message>
        <source>{value} is outside {country} ({field} {low}..{high})</source>
        <translation>{value} خارج {country} ({field} بين {low} و{high})</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a grade A-F</source>
        <translation>«{value}» ليس درجة من A إلى F</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a grade 1-6</source>
        <translation>«{value}» ليس درجة من 1 إلى 6</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not one of {scales}</source>
        <translation>«{value}» ليس من النطاقات {scales}</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a grade such as B2</source>
        <translation>«{value}» ليس درجة مثل B2</translation>
    </message>
    <message>
        <source>&apos;{value}&apos;: {problem}</source>
        <translation>«{value}»: {problem}</translation>
    </message>
    <message>
        <source>outlet {outlet}: its {column} was changed elsewhere (now {value}); shown again as stored</source>
        <translation>الوسيلة {outlet}: تغيّرت {column} في مكان آخر (الآن {value})؛ تُعرض كما هي محفوظة</translation>
    </message>
    <message>
        <source>report of article {article} on event {event}: its credibility was changed elsewhere (now {value}); shown again as stored</source>
        <translation>تقرير المقال {article} عن الحدث {event}: تغيّرت درجة صحته في مكان آخر (الآن {value})؛ تُعرض كما هي محفوظة</translation>
    </message>
    <message>
        <source>reliability</source>
        <translation>الموثوقية</translation>
    </message>
    <message>
        <source>scale</source>
        <translation>النطاق</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <source>not graded</source>
        <translation>بلا تقدير</translation>
    </message>
    <message>
        <source>claim {claim}: changed elsewhere since it was read ({fields}); reload it</source>
        <translation>الإفادة {claim}: تغيّرت في مكان آخر منذ قراءتها ({fields})؛ أعد تحميلها</translation>
    </message>
    <message>
        <source>claim {claim} already records these words ({start}..{end}) for {field}; change that claim instead</source>
        <translation>المطالبة {claim} تسجّل هذه الكلمات نفسها ({start}..{end}) للحقل {field}؛ عدّل تلك المطالبة بدلاً من إضافة أخرى</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a claim field ({known}, or custom:&lt;name&gt;)</source>
        <translation>«{value}» ليس حقل إفادة ({known}، أو custom:&lt;الاسم&gt;)</translation>
    </message>
    <message>
        <source>not a claim field</source>
        <translation>ليس حقل إفادة</translation>
    </message>
    <message>
        <source>quote the article&apos;s words for the claim</source>
        <translation>اقتبس كلمات المقال للإفادة</translation>
    </message>
    <message>
        <source>article {article} does not report event {event}; link it first</source>
        <translation>المقال {article} لا يروي الحدث {event}؛ اربطه به أولاً</translation>
    </message>
    <message>
        <source>choose one of {values}</source>
        <translation>اختر إحدى القيم: {values}</translation>
    </message>
    <message>
        <source>a date is written YYYY-MM-DD (or YYYY-MM, YYYY)</source>
        <translation>يُكتب التاريخ YYYY-MM-DD (أو YYYY-MM أو YYYY)</translation>
    </message>
    <message>
        <source>give the {label} the article claims</source>
        <translation>أدخل قيمة «{label}» كما يفيد المقال</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not one of {qualifiers}</source>
        <translation>«{value}» ليس من القيم {qualifiers}</translation>
    </message>
    <message>
        <source>bad quote span {start}..{end}</source>
        <translation>موضع اقتباس غير صالح {start}..{end}</translation>
    </message>
    <message>
        <source>the quote does not match article {article} at {start}..{end}</source>
        <translation>الاقتباس لا يطابق نص المقال {article} في الموضع {start}..{end}</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a whole number ≥ 0</source>
        <translation>«{value}» ليس عدداً صحيحاً ≥ 0</translation>
    </message>
    <message>
        <source>no figure found in the quote; enter low, best or high</source>
        <translation>لم يُعثر على رقم في الاقتباس؛ أدخل الحد الأدنى أو التقدير الأرجح أو الحد الأعلى</translation>
    </message>
    <message>
        <source>figures must satisfy low ≤ best ≤ high</source>
        <translation>يجب أن تكون الأرقام: الحد الأدنى ≤ التقدير الأرجح ≤ الحد الأعلى</translation>
    </message>
    <message>
        <source>a claim cannot conflict with itself</source>
        <translation>لا يمكن أن تتعارض إفادة مع نفسها</translation>
    </message>
    <message>
        <source>the two claims belong to different events</source>
        <translation>الإفادتان تخصان حدثين مختلفين</translation>
    </message>
    <message>
        <source>these claims are already in conflict {conflict}</source>
        <translation>هاتان الإفادتان في التعارض {conflict} أصلاً</translation>
    </message>
    <message>
        <source>these claims are already in conflict {conflict} ({status}; reopen it first)</source>
        <translation>هاتان المطالبتان في التعارض {conflict} أصلاً ({status}؛ أعد فتحه أولاً)</translation>
    </message>
    <message>
        <source>{subject}: changed elsewhere since it was shown (now {now}); reload it and decide again</source>
        <translation>{subject}: تغيّر في مكان آخر منذ عرضه (الآن: {now})؛ أعد تحميله وقرر من جديد</translation>
    </message>
    <message>
        <source>{subject}: already {now}; reopen it to decide again</source>
        <translation>{subject}: سبق أن {now}؛ أعد فتحه لتقرّر من جديد</translation>
    </message>
    <message>
        <source>{subject}: is open already</source>
        <translation>{subject}: مفتوح أصلاً</translation>
    </message>
    <message>
        <source>give the chosen value or best/low/high</source>
        <translation>أدخل القيمة المختارة أو الحد الأدنى/التقدير الأرجح/الحد الأعلى</translation>
    </message>
    <message>
        <source>figures must satisfy 0 ≤ low ≤ best ≤ high</source>
        <translation>يجب أن تكون الأرقام: 0 ≤ الحد الأدنى ≤ التقدير الأرجح ≤ الحد الأعلى</translation>
    </message>
    <message>
        <source>open</source>
        <translation>مفتوح</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>محسوم</translation>
    </message>
    <message>
        <source>dismissed</source>
        <translation>متجاهَل</translation>
    </message>
    <message>
        <source>accepted as a standing discrepancy</source>
        <translation>مقبول كتباين قائم</translation>
    </message>
    <message>
        <source>{status}{by}{when}{chosen}{rationale}</source>
        <translation>{status}{by}{when}{chosen}{rationale}</translation>
    </message>
    <message>
        <source> by {name}</source>
        <translation> بيد {name}</translation>
    </message>
    <message>
        <source> on {when}</source>
        <translation> في {when}</translation>
    </message>
    <message>
        <source>: {value}</source>
        <translation>: {value}</translation>
    </message>
    <message>
        <source> — {text}</source>
        <translation> — {text}</translation>
    </message>
    <message>
        <source>say why this value was chosen</source>
        <translation>اذكر تعليل اختيار هذه القيمة</translation>
    </message>
    <message>
        <source>say why this is not a conflict</source>
        <translation>اذكر لماذا ليس هذا تعارضاً</translation>
    </message>
    <message>
        <source>say why the discrepancy stands</source>
        <translation>اذكر لماذا يبقى التباين قائماً</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>لا يوجد ملف أو مجلد بهذا الاسم</translation>
    </message>
    <message>
        <source>broken symbolic link</source>
        <translation>رابط رمزي معطوب</translation>
    </message>
    <message>
        <source>unreadable ({reason})</source>
        <translation>تتعذر قراءته ({reason})</translation>
    </message>
    <message>
        <source>unreadable folder ({reason})</source>
        <translation>مجلد تتعذر قراءته ({reason})</translation>
    </message>
    <message>
        <source>not a regular file (a device, pipe or socket)</source>
        <translation>ليس ملفاً عادياً (جهاز أو أنبوب أو مقبس)</translation>
    </message>
    <message>
        <source>skipped: not an article file ({kind}; reviewer reads {kinds})</source>
        <translation>تُخطّي: ليس ملف مقال ({kind}؛ يقرأ البرنامج {kinds})</translation>
    </message>
    <message>
        <source>no file extension</source>
        <translation>بلا امتداد</translation>
    </message>
    <message>
        <source>skipped: a saved page&apos;s own folder (its images and scripts)</source>
        <translation>تُخطّي: مجلد صفحة محفوظة (صورها ونصوصها البرمجية)</translation>
    </message>
    <message>
        <source>empty file</source>
        <translation>ملف فارغ</translation>
    </message>
    <message>
        <source>binary file (contains NUL bytes)</source>
        <translation>ملف ثنائي (فيه بايتات NUL)</translation>
    </message>
    <message>
        <source>invalid {encoding} text after its byte-order mark ({reason})</source>
        <translation>نص {encoding} غير صالح بعد علامة ترتيب البايتات ({reason})</translation>
    </message>
    <message>
        <source>invalid {encoding} text after its byte-order mark</source>
        <translation>نص {encoding} غير صالح بعد علامة ترتيب البايتات</translation>
    </message>
    <message>
        <source>undecodable: not UTF-8, UTF-16 with BOM, or Windows-1256 Arabic text</source>
        <translation>تتعذر قراءة ترميزه: ليس UTF-8 ولا UTF-16 بعلامة BOM ولا نصاً عربياً بترميز Windows-1256</translation>
    </message>
    <message>
        <source>binary file (contains NUL characters)</source>
        <translation>ملف ثنائي (فيه محارف NUL)</translation>
    </message>
    <message>
        <source>binary file (control characters in the text)</source>
        <translation>ملف ثنائي (في النص محارف تحكم)</translation>
    </message>
    <message>
        <source>empty file (only white space)</source>
        <translation>ملف فارغ (مسافات بيضاء فقط)</translation>
    </message>
    <message>
        <source>invalid UTF-8 at byte {byte} (a damaged or cut-short UTF-8 file)</source>
        <translation>ترميز UTF-8 غير صالح عند البايت {byte} (ملف UTF-8 تالف أو مقطوع)</translation>
    </message>
    <message>
        <source>the page declares an unknown charset &apos;{charset}&apos;</source>
        <translation>الصفحة تعلن ترميزاً غير معروف «{charset}»</translation>
    </message>
    <message>
        <source>not valid {charset} text, though the page declares it</source>
        <translation>ليس نصاً صالحاً بترميز {charset} مع أن الصفحة تعلنه</translation>
    </message>
    <message>
        <source>undecodable: not UTF-8, no declared charset, not Windows-1256 Arabic</source>
        <translation>تتعذر قراءة ترميزه: ليس UTF-8 ولا ترميز معلناً وليس عربياً بترميز Windows-1256</translation>
    </message>
    <message>
        <source>HTML the parser cannot read ({reason})</source>
        <translation>صفحة HTML يتعذر تحليلها ({reason})</translation>
    </message>
    <message>
        <source>too large ({size} MB; the limit is {limit} MB)</source>
        <translation>كبير جداً ({size} ميغابايت؛ الحد {limit} ميغابايت)</translation>
    </message>
    <message>
        <source>empty page (no visible text)</source>
        <translation>صفحة فارغة (لا نص ظاهراً فيها)</translation>
    </message>
    <message>
        <source>not a Word .docx file ({reason})</source>
        <translation>ليس ملف Word بصيغة ‎.docx ({reason})</translation>
    </message>
    <message>
        <source>not a zip package</source>
        <translation>ليس حزمة zip</translation>
    </message>
    <message>
        <source>no word/document.xml</source>
        <translation>لا يحوي word/document.xml</translation>
    </message>
    <message>
        <source>Word file unpacks to {size} MB (the limit is {limit} MB)</source>
        <translation>ملف Word يتمدد إلى {size} ميغابايت (الحد {limit} ميغابايت)</translation>
    </message>
    <message>
        <source>damaged Word file ({reason})</source>
        <translation>ملف Word تالف ({reason})</translation>
    </message>
    <message>
        <source>empty Word document (no text)</source>
        <translation>مستند Word فارغ (بلا نص)</translation>
    </message>
    <message>
        <source>encrypted PDF (it needs a password)</source>
        <translation>ملف PDF مشفر (يحتاج كلمة مرور)</translation>
    </message>
    <message>
        <source>damaged PDF ({reason})</source>
        <translation>ملف PDF تالف ({reason})</translation>
    </message>
    <message>
        <source>no text layer ({letters} letters in {pages} pages): a scanned PDF needs OCR</source>
        <translation>لا طبقة نص ({letters} حرفاً في {pages} صفحة): ملف PDF ممسوح ضوئياً يحتاج إلى التعرف الضوئي على الحروف</translation>
    </message>
    <message>
        <source>Arabic stored in visual order that could not be reliably put back in reading order</source>
        <translation>نص عربي مخزن بالترتيب المرئي تعذرت إعادته بثقة إلى ترتيب القراءة</translation>
    </message>
    <message>
        <source>Arabic in mixed or unclear order ({forwards} words read forwards, {backwards} backwards): it cannot be stored reliably</source>
        <translation>نص عربي بترتيب مختلط أو غير واضح ({forwards} كلمة تُقرأ من أولها و{backwards} معكوسة): لا يمكن تخزينه بثقة</translation>
    </message>
    <message>
        <source>not an RSS or Atom feed</source>
        <translation>ليست تغذية RSS أو Atom</translation>
    </message>
    <message>
        <source>feed without items that have text</source>
        <translation>تغذية ليس فيها عناصر ذات نص</translation>
    </message>
    <message>
        <source>could not write to the project ({reason}); the {kept} articles imported before this batch are kept, run the import again for the rest</source>
        <translation>تعذرت الكتابة في المشروع ({reason})؛ المقالات المستوردة قبل هذه الدفعة ({kept}) محفوظة، أعد الاستيراد لإكمال الباقي</translation>
    </message>
    <message>
        <source>published: &apos;{value}&apos; is not a date (YYYY-MM-DD)</source>
        <translation>تاريخ النشر: &apos;{value}&apos; ليس تاريخاً (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>published: {date} is in the future</source>
        <translation>تاريخ النشر: {date} في المستقبل</translation>
    </message>
    <message>
        <source>{folder}: is a file, not a folder</source>
        <translation>{folder}: ملف وليس مجلداً</translation>
    </message>
    <message>
        <source>{folder}: cannot create the folder ({reason})</source>
        <translation>{folder}: يتعذر إنشاء المجلد ({reason})</translation>
    </message>
    <message>
        <source>{option}: &apos;{value}&apos; is not a date (YYYY-MM-DD)</source>
        <translation>{option}: «{value}» ليس تاريخاً (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>--from {date_from} is after --to {date_to}</source>
        <translation>تاريخ البداية {date_from} بعد تاريخ النهاية {date_to}</translation>
    </message>
    <message>
        <source>{folder}: cannot write here ({reason})</source>
        <translation>{folder}: تتعذر الكتابة هنا ({reason})</translation>
    </message>
    <message>
        <source>{folder}: cannot create a temporary file</source>
        <translation>{folder}: يتعذر إنشاء ملف مؤقت</translation>
    </message>
    <message>
        <source>an actor needs a name</source>
        <translation>يحتاج الفاعل إلى اسم</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is already in the actor list</source>
        <translation>«{name}» موجود في قائمة الفاعلين</translation>
    </message>
    <message>
        <source>a place needs an English name (ACLED&apos;s location)</source>
        <translation>يحتاج الموقع إلى اسم بالإنجليزية (موقع ACLED)</translation>
    </message>
    <message>
        <source>give both latitude and longitude, or neither</source>
        <translation>أدخل خط العرض وخط الطول معاً، أو لا تدخل أياً منهما</translation>
    </message>
    <message>
        <source>{latitude}, {longitude} is outside {country}</source>
        <translation>{latitude}، {longitude} خارج {country}</translation>
    </message>
    <message>
        <source>not an event field that evidence can support</source>
        <translation>ليس حقلاً من حقول الحدث يمكن أن يدعمه شاهد نصي</translation>
    </message>
    <message>
        <source>span {start}..{end} is not inside article {article} (0..{length})</source>
        <translation>المقطع {start}..{end} ليس داخل المقال {article} (0..{length})</translation>
    </message>
    <message>
        <source>article {article} does not report event {event}</source>
        <translation>المقال {article} لا يروي الحدث {event}</translation>
    </message>
    <message>
        <source>evidence {evidence}: no such span</source>
        <translation>الشاهد النصي {evidence}: لا يوجد مقطع بهذا الرقم</translation>
    </message>
    <message>
        <source>{path}: no such project (nothing was created; check --db, or start one with &apos;reviewer import&apos;)</source>
        <translation>{path}: لا يوجد مشروع بهذا الاسم (لم يُنشأ شيء؛ تحقق من ‎--db‎، أو ابدأ مشروعاً بالأمر ‎&apos;reviewer import&apos;‎)</translation>
    </message>
    <message>
        <source>{path}: {reason}</source>
        <translation>{path}: {reason}</translation>
    </message>
    <message>
        <source>{file}: {reason}</source>
        <translation>{file}: {reason}</translation>
    </message>
    <message>
        <source>the disk is full; nothing more was written (free some space and run it again)</source>
        <translation>القرص ممتلئ؛ لم يُكتب شيء آخر (أفرغ بعض المساحة وأعد التشغيل)</translation>
    </message>
    <message>
        <source>cannot write to the project (read-only file or folder)</source>
        <translation>تتعذر الكتابة في المشروع (ملف أو مجلد للقراءة فقط)</translation>
    </message>
    <message>
        <source>another program kept the project locked; try again</source>
        <translation>أبقى برنامج آخر المشروع مقفلاً؛ حاول مجدداً</translation>
    </message>
    <message>
        <source>database error ({reason})</source>
        <translation>خطأ في قاعدة البيانات ({reason})</translation>
    </message>
    <message>
        <source>a number is too large to store ({reason})</source>
        <translation>عدد أكبر من أن يُخزَّن ({reason})</translation>
    </message>
    <message>
        <source>{path}: is the project file itself</source>
        <translation>{path}: هو ملف المشروع نفسه</translation>
    </message>
    <message>
        <source>{path}: cannot write the report ({reason})</source>
        <translation>{path}: تتعذر كتابة التقرير ({reason})</translation>
    </message>
    <message>
        <source>no team server yet: give one with --server URL</source>
        <translation>لا خادم فريق بعد: حدّد واحداً بـ ‎--server URL‎</translation>
    </message>
    <message>
        <source>{path}: empty file</source>
        <translation>{path}: ملف فارغ</translation>
    </message>
    <message>
        <source>{path}: no such file</source>
        <translation>{path}: لا يوجد ملف بهذا الاسم</translation>
    </message>
    <message>
        <source>{path}: is a folder, not a CSV file</source>
        <translation>{path}: مجلد وليس ملف CSV</translation>
    </message>
    <message>
        <source>{path}: not UTF-8 text ({reason})</source>
        <translation>{path}: ليس نصاً بترميز UTF-8 ({reason})</translation>
    </message>
    <message>
        <source>{path}: cannot be read as CSV ({reason})</source>
        <translation>{path}: تتعذر قراءته كملف CSV ({reason})</translation>
    </message>
    <message>
        <source>{path}: cannot be read ({reason})</source>
        <translation>{path}: تتعذر قراءته ({reason})</translation>
    </message>
    <message>
        <source>{path}: not an ACLED-format CSV (no column {columns})</source>
        <translation>{path}: ليس ملف CSV بصيغة ACLED (لا عمود {columns})</translation>
    </message>
    <message>
        <source>{cells} cells, the header has {header}</source>
        <translation>{cells} خلية، وفي سطر العناوين {header}</translation>
    </message>
    <message>
        <source>{column}: {reason}</source>
        <translation>{column}: {reason}</translation>
    </message>
    <message>
        <source>event_id_cnty &apos;{code}&apos; is already here</source>
        <translation>event_id_cnty «{code}» موجود هنا من قبل</translation>
    </message>
    <message>
        <source>a number is too large to store</source>
        <translation>عدد أكبر من أن يُخزَّن</translation>
    </message>
    <message>
        <source>x_status: &apos;{value}&apos; is not one of {values}</source>
        <translation>x_status: «{value}» ليست من القيم {values}</translation>
    </message>
    <message>
        <source>year: {year} does not match event_date {date}</source>
        <translation>year: {year} لا يوافق event_date {date}</translation>
    </message>
    <message>
        <source>x_status &apos;reviewed&apos; with x_conflict_status &apos;open&apos;: decide the conflict</source>
        <translation>x_status «reviewed» مع x_conflict_status «open»: احسم التعارض</translation>
    </message>
    <message>
        <source>x_status &apos;{status}&apos;</source>
        <translation>x_status «{status}»</translation>
    </message>
    <message>
        <source>status &apos;coded&apos; (no x_status)</source>
        <translation>الحالة «coded» (بلا x_status)</translation>
    </message>
    <message>
        <source>{status}: missing {missing}</source>
        <translation>{status}: ينقصه {missing}</translation>
    </message>
    <message>
        <source>{label} ({columns})</source>
        <translation>{label} ({columns})</translation>
    </message>
    <message>
        <source>event_date: empty (only a draft may lack a date)</source>
        <translation>event_date: فارغ (المسودة وحدها يجوز أن تكون بلا تاريخ)</translation>
    </message>
    <message>
        <source>event_date: &apos;{value}&apos; is not a date (YYYY-MM-DD)</source>
        <translation>event_date: «{value}» ليس تاريخاً (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>{column}: &apos;{value}&apos; is not a whole number</source>
        <translation>{column}: «{value}» ليس عدداً صحيحاً</translation>
    </message>
    <message>
        <source>{column}: &apos;{value}&apos; is too large to store</source>
        <translation>{column}: «{value}» أكبر من أن يُخزَّن</translation>
    </message>
    <message>
        <source>{start}… ({count} digits)</source>
        <translation>{start}… ({count} رقماً)</translation>
    </message>
    <message>
        <source>{column}: {value} is not one of {values}</source>
        <translation>{column}: {value} ليست من القيم {values}</translation>
    </message>
    <message>
        <source>event_type: &apos;{value}&apos; is not an ACLED event type</source>
        <translation>event_type: «{value}» ليس نوع حدث في ACLED</translation>
    </message>
    <message>
        <source>sub_event_type: &apos;{value}&apos; is not a sub-event type of &apos;{event_type}&apos;</source>
        <translation>sub_event_type: «{value}» ليس نوعاً فرعياً من «{event_type}»</translation>
    </message>
    <message>
        <source>{column}: &apos;{value}&apos; is not an ACLED inter code or label</source>
        <translation>{column}: «{value}» ليس رمزاً أو اسماً لفئة فاعل في ACLED</translation>
    </message>
    <message>
        <source>civilian_targeting: &apos;{value}&apos; (expected &apos;{expected}&apos; or empty)</source>
        <translation>civilian_targeting: «{value}» (المتوقع «{expected}» أو فارغ)</translation>
    </message>
    <message>
        <source>{column}: &apos;{value}&apos; is not a number</source>
        <translation>{column}: «{value}» ليس رقماً</translation>
    </message>
    <message>
        <source>{column}: {value} is outside -{limit}..{limit}</source>
        <translation>{column}: {value} خارج المجال ‎-{limit}..{limit}</translation>
    </message>
    <message>
        <source>{column}: {value} is negative</source>
        <translation>{column}: {value} عدد سالب</translation>
    </message>
    <message>
        <source>x_fatalities_best: {best} differs from fatalities {fatalities}</source>
        <translation>x_fatalities_best: {best} يخالف fatalities {fatalities}</translation>
    </message>
    <message>
        <source>fatalities: low {low}, best {best}, high {high} are not in order</source>
        <translation>fatalities: الحد الأدنى {low} والتقدير الأرجح {best} والحد الأعلى {high} ليست بالترتيب</translation>
    </message>
    <message>
        <source>{path}: cannot read manifest ({reason})</source>
        <translation>{path}: تتعذر قراءة ملف البيانات الوصفية ({reason})</translation>
    </message>
    <message>
        <source>{path}: manifest has no &apos;{column}&apos; column</source>
        <translation>{path}: ملف البيانات الوصفية بلا عمود «{column}»</translation>
    </message>
    <message>
        <source>{path}: unknown manifest column &apos;{column}&apos;</source>
        <translation>{path}: عمود غير معروف في ملف البيانات الوصفية «{column}»</translation>
    </message>
    <message>
        <source>{path}, line {line}: published &apos;{value}&apos; is not YYYY-MM-DD</source>
        <translation>{path}، السطر {line}: تاريخ النشر «{value}» ليس بصيغة YYYY-MM-DD</translation>
    </message>
    <message>
        <source>{path}: is a folder, not a project file</source>
        <translation>{path}: مجلد وليس ملف مشروع</translation>
    </message>
    <message>
        <source>{path}: cannot be changed here (read-only file or folder); list, show, search, export, check and backup still work</source>
        <translation>{path}: لا يمكن تعديله هنا (ملف أو مجلد للقراءة فقط)؛ العرض والبحث والتصدير والفحص والنسخ الاحتياطي ما زالت ممكنة</translation>
    </message>
    <message>
        <source>{path}: is an SQLite database of another program; it was left untouched</source>
        <translation>{path}: قاعدة بيانات SQLite لبرنامج آخر؛ تُركت دون مساس</translation>
    </message>
    <message>
        <source>{path}: the project file is damaged ({damage}); it was left untouched{hint}</source>
        <translation>{path}: ملف المشروع تالف ({damage})؛ تُرك دون مساس{hint}</translation>
    </message>
    <message>
        <source>{path}: the project file is damaged ({damage}){hint}</source>
        <translation>{path}: ملف المشروع تالف ({damage}){hint}</translation>
    </message>
    <message>
        <source>{path}: not a reviewer project file or damaged ({reason}); it was left untouched{hint}</source>
        <translation>{path}: ليس ملف مشروع لهذا البرنامج أو أنه تالف ({reason})؛ تُرك دون مساس{hint}</translation>
    </message>
    <message>
        <source>. The newest automatic backup is {backup}</source>
        <translation>. أحدث نسخة احتياطية تلقائية هي {backup}</translation>
    </message>
    <message>
        <source>{path}: written by a newer version of reviewer (schema {version}, this version reads up to {supported}); upgrade reviewer. The file was not changed.</source>
        <translation>{path}: كتبه إصدار أحدث من البرنامج (المخطط {version}، وهذا الإصدار يقرأ حتى {supported})؛ حدّث البرنامج. لم يتغير الملف.</translation>
    </message>
    <message>
        <source>{path}: no such project file</source>
        <translation>{path}: لا يوجد ملف مشروع بهذا الاسم</translation>
    </message>
    <message>
        <source>{path}: was written by an older version of reviewer and must be upgraded, which needs write access to its folder; copy the project somewhere writable</source>
        <translation>{path}: كتبه إصدار أقدم من البرنامج ويجب ترقيته، وهذا يتطلب إذن الكتابة في مجلده؛ انسخ المشروع إلى مكان قابل للكتابة</translation>
    </message>
    <message>
        <source>{path}: another program has kept it locked for {seconds} s; try again</source>
        <translation>{path}: أبقاه برنامج آخر مقفلاً مدة {seconds} ثانية؛ حاول مجدداً</translation>
    </message>
    <message>
        <source>{path}: updating the project for this version was cancelled; the step under way was undone, its search index kept, and the update starts again when it is next opened</source>
        <translation>{path}: أُلغي تحديث المشروع لهذا الإصدار؛ تم التراجع عن الخطوة الجارية وبقي فهرس البحث كما كان، ويُستأنف التحديث عند فتح المشروع في المرة القادمة</translation>
    </message>
    <message>
        <source>{path}: cannot be opened ({reason})</source>
        <translation>{path}: يتعذر فتحه ({reason})</translation>
    </message>
    <message>
        <source>{path}: the project file cannot be read ({reason})</source>
        <translation>{path}: تتعذر قراءة ملف المشروع ({reason})</translation>
    </message>
    <message>
        <source>{path}: its folder is read-only and it still has unsaved changes in {wal}; copy the project with that file to a writable folder and open it there</source>
        <translation>{path}: مجلده للقراءة فقط وفيه تغييرات غير محفوظة في {wal}؛ انسخ المشروع مع ذلك الملف إلى مجلد قابل للكتابة وافتحه هناك</translation>
    </message>
    <message>
        <source>an in-memory database has no file to back up</source>
        <translation>قاعدة البيانات في الذاكرة لا ملف لها لأخذ نسخة احتياطية منه</translation>
    </message>
    <message>
        <source>{path}: already exists; choose a new name</source>
        <translation>{path}: موجود من قبل؛ اختر اسماً جديداً</translation>
    </message>
    <message>
        <source>{folder}: cannot create folder ({reason})</source>
        <translation>{folder}: يتعذر إنشاء المجلد ({reason})</translation>
    </message>
    <message>
        <source>{path}: the copy fails SQLite&apos;s check ({verdict})</source>
        <translation>{path}: النسخة لا تجتاز فحص SQLite ({verdict})</translation>
    </message>
    <message>
        <source>{path}: backup failed ({reason})</source>
        <translation>{path}: فشل أخذ النسخة الاحتياطية ({reason})</translation>
    </message>
    <message>
        <source>{path}: no such backup file</source>
        <translation>{path}: لا توجد نسخة احتياطية بهذا الاسم</translation>
    </message>
    <message>
        <source>{path}: is open in reviewer or another program; close it and run restore again</source>
        <translation>{path}: مفتوح في البرنامج أو في برنامج آخر؛ أغلقه وأعد الاستعادة</translation>
    </message>
    <message>
        <source>{table} {row}: cannot be put back ({reason})</source>
        <translation>{table} {row}: تتعذر إعادته ({reason})</translation>
    </message>
    <message>
        <source>conflict {conflict} was changed meanwhile</source>
        <translation>التعارض {conflict} تغيّر في أثناء ذلك</translation>
    </message>
    <message>
        <source>status: &apos;{value}&apos; is not one of {values}</source>
        <translation>الحالة: «{value}» ليست من القيم {values}</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not one of {values}</source>
        <translation>«{value}» ليست من القيم {values}</translation>
    </message>
    <message>
        <source>source {source}: no such outlet</source>
        <translation>المصدر {source}: لا توجد وسيلة إعلامية بهذا الرقم</translation>
    </message>
    <message>
        <source>give the outlet&apos;s name</source>
        <translation>أدخل اسم الوسيلة الإعلامية</translation>
    </message>
    <message>
        <source>quote {quote} is not the article&apos;s text at {start}..{end} ({actual})</source>
        <translation>الاقتباس {quote} ليس نص المقال في الموضع {start}..{end} ({actual})</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is a {what}, not an event field</source>
        <translation>«{text}» من نوع {what} وليس حقلاً من حقول الحدث</translation>
    </message>
    <message>
        <source>actor 1 and actor 2 are both set; clear one to accept this actor</source>
        <translation>الفاعل الأول والفاعل الثاني محددان كلاهما؛ امسح أحدهما لقبول هذا الفاعل</translation>
    </message>
    <message>
        <source>&apos;{text}&apos;: no date known to resolve it against</source>
        <translation>«{text}»: لا تاريخ معروف يُحسب بالنسبة إليه</translation>
    </message>
    <message>
        <source>hint &apos;{value}&apos; is not an ACLED sub-event type</source>
        <translation>التلميح «{value}» ليس نوعاً فرعياً في ACLED</translation>
    </message>
    <message>
        <source>double coding needs two or more analysts (e.g. --analysts A,B)</source>
        <translation>الترميز المزدوج يحتاج إلى محللَين أو أكثر (مثلاً ‎--analysts A,B‎)</translation>
    </message>
    <message>
        <source>choose the articles one way: a count, a percentage or a list</source>
        <translation>اختر المقالات بطريقة واحدة: عدد أو نسبة مئوية أو قائمة</translation>
    </message>
    <message>
        <source>give your name first: done is marked for an analyst</source>
        <translation>أدخل اسمك أولاً: يُعلَّم الإنجاز لمحلل بعينه</translation>
    </message>
    <message>
        <source>article {article} is not assigned to {analyst}</source>
        <translation>المقال {article} غير مسند إلى {analyst}</translation>
    </message>
    <message>
        <source>{percent}%: give a percentage above 0 and up to 100</source>
        <translation>{percent}%: أدخل نسبة مئوية أكبر من 0 وحتى 100</translation>
    </message>
    <message>
        <source>give a count of 1 or more articles</source>
        <translation>أدخل عدداً من المقالات لا يقل عن 1</translation>
    </message>
    <message>
        <source>--articles {articles}: give article ids like 3,7,12</source>
        <translation>‎--articles {articles}: أدخل أرقام المقالات هكذا 3,7,12</translation>
    </message>
    <message>
        <source>{path}: is this same project (or a copy of it)</source>
        <translation>{path}: هو هذا المشروع نفسه (أو نسخة منه)</translation>
    </message>
    <message>
        <source>{path}: is not a reviewer project file</source>
        <translation>{path}: ليس ملف مشروع لهذا البرنامج</translation>
    </message>
    <message>
        <source>{path}: written by a newer version of reviewer (schema {version}, this version reads up to {supported}); upgrade reviewer to merge it</source>
        <translation>{path}: كتبه إصدار أحدث من البرنامج (المخطط {version}، وهذا الإصدار يقرأ حتى {supported})؛ حدّث البرنامج لدمجه</translation>
    </message>
    <message>
        <source>{path}: cannot be read as a project file ({reason})</source>
        <translation>{path}: تتعذر قراءته كملف مشروع ({reason})</translation>
    </message>
    <message>
        <source>adjudication compares two or more coders&apos; events</source>
        <translation>التحكيم يقارن أحداث مرمِّزَين أو أكثر</translation>
    </message>
    <message>
        <source>event {event} is not an adjudicated event</source>
        <translation>الحدث {event} ليس حدثاً محكَّماً</translation>
    </message>
    <message>
        <source>the coders differ here: pick a value or enter one</source>
        <translation>المرمِّزون مختلفون هنا: اختر قيمة أو أدخل واحدة</translation>
    </message>
    <message>
        <source>give a rationale for this choice</source>
        <translation>اكتب التعليل لهذا الاختيار</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a whole number</source>
        <translation>«{value}» ليس عدداً صحيحاً</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a number</source>
        <translation>«{value}» ليس رقماً</translation>
    </message>
    <message>
        <source>{server}: cannot connect ({reason})</source>
        <translation>{server}: يتعذر الاتصال ({reason})</translation>
    </message>
    <message>
        <source>{server}: set up by a newer reviewer (server schema {version}); upgrade reviewer</source>
        <translation>{server}: أعدّه إصدار أحدث من البرنامج (مخطط الخادم {version})؛ حدّث البرنامج</translation>
    </message>
    <message>
        <source>{server}: set-up failed ({reason})</source>
        <translation>{server}: فشل الإعداد ({reason})</translation>
    </message>
    <message>
        <source>role &apos;{role}&apos;: choose one of {roles}</source>
        <translation>الدور «{role}»: اختر واحداً من {roles}</translation>
    </message>
    <message>
        <source>{server}: cannot add analyst &apos;{name}&apos; ({reason})</source>
        <translation>{server}: تتعذر إضافة المحلل «{name}» ({reason})</translation>
    </message>
    <message>
        <source>the server did not say who is logged in</source>
        <translation>لم يذكر الخادم من المستخدم المسجَّل دخوله</translation>
    </message>
    <message>
        <source>sync conflict {conflict}: no such open conflict</source>
        <translation>تعارض المزامنة {conflict}: لا يوجد تعارض مفتوح بهذا الرقم</translation>
    </message>
    <message>
        <source>{server}: sync stopped ({reason})</source>
        <translation>{server}: توقفت المزامنة ({reason})</translation>
    </message>
    <message>
        <source>{server}: upload stopped ({reason})</source>
        <translation>{server}: توقف الرفع ({reason})</translation>
    </message>
    <message>
        <source>{file}: cannot write the export ({reason}); no file was changed</source>
        <translation>{file}: تتعذر كتابة التصدير ({reason})؛ لم يتغير أي ملف</translation>
    </message>
    <message>
        <source>export cancelled; no file was written</source>
        <translation>أُلغي التصدير؛ لم يُكتب أي ملف</translation>
    </message>
    <message>
        <source>report cancelled; no file was written</source>
        <translation>أُلغي التقرير؛ لم يُكتب أي ملف</translation>
    </message>
    <message>
        <source>--size: &apos;{size}&apos; is not WIDTHxHEIGHT</source>
        <translation>‎--size: «{size}» ليس بصيغة WIDTHxHEIGHT</translation>
    </message>
    <message>
        <source>{article}: no such file (and not an article id)</source>
        <translation>{article}: لا يوجد ملف بهذا الاسم (وليس رقم مقال)</translation>
    </message>
    <message>
        <source>merged {path}</source>
        <translation>دُمج {path}</translation>
    </message>
    <message>
        <source>nothing new: everything in it is already here</source>
        <translation>لا جديد: كل ما فيه موجود هنا</translation>
    </message>
    <message>
        <source>{table}: {count} added</source>
        <translation>{table}: أُضيف {count}</translation>
    </message>
    <message>
        <source>assignments: {count} marked done</source>
        <translation>الإسنادات: عُلِّم {count} كمنجَز</translation>
    </message>
    <message>
        <source>history: {count} audit rows</source>
        <translation>سجل التغييرات: {count} صف</translation>
    </message>
    <message>
        <source>event code {old} is taken here: brought in as {new}</source>
        <translation>رمز الحدث {old} مستخدم هنا: أُدخل باسم {new}</translation>
    </message>
    <message>
        <source>outlet {outlet}: graded {theirs} there, {ours} here (kept)</source>
        <translation>الوسيلة الإعلامية {outlet}: تقديرها {theirs} هناك و{ours} هنا (أُبقي تقدير هذا المشروع)</translation>
    </message>
    <message>
        <source>{path}: the merge stopped on a database error ({reason})</source>
        <translation>{path}: توقف الدمج بسبب خطأ في قاعدة البيانات ({reason})</translation>
    </message>
    <message>
        <source>synced with {server} as {login}: pushed {pushed} records ({articles_pushed} articles, {reviews_pushed} reviews), pulled {pulled} ({articles_pulled} articles, {reviews_pulled} reviews)</source>
        <translation>تمت المزامنة مع {server} باسم {login}: أُرسل {pushed} سجل ({articles_pushed} مقال، {reviews_pushed} مراجعة)، وجُلب {pulled} ({articles_pulled} مقال، {reviews_pulled} مراجعة)</translation>
    </message>
    <message>
        <source>refused by the server: {text}</source>
        <translation>رفضه الخادم: {text}</translation>
    </message>
    <message>
        <source>conflict to decide: {text}</source>
        <translation>تعارض ينتظر الحسم: {text}</translation>
    </message>
    <message>
        <source>{table} {uid}: not yours to change</source>
        <translation>{table} {uid}: ليس لك أن تغيّره</translation>
    </message>
    <message>
        <source>{table} {uid}: {reason}</source>
        <translation>{table} {uid}: {reason}</translation>
    </message>
    <message>
        <source>{table} {uid}: {fields} changed by {by} meanwhile</source>
        <translation>{table} {uid}: غيّر {by} الحقول {fields} في هذه الأثناء</translation>
    </message>
    <message>
        <source>review of event {uid}: only a reviewer who did not code it may review it</source>
        <translation>مراجعة الحدث {uid}: لا يراجعه إلا مراجِع لم يرمّزه</translation>
    </message>
    <message>
        <source>assignment of {analyst}: only admins and adjudicators assign articles</source>
        <translation>إسناد إلى {analyst}: لا يُسند المقالات إلا المشرفون والمحكِّمون</translation>
    </message>
    <message>
        <source>{table} {uid}: its {missing} is not on this laptop</source>
        <translation>{table} {uid}: {missing} الذي يتبع له غير موجود على هذا الجهاز</translation>
    </message>
    <message>
        <source>{table} {identity}</source>
        <translation>{table} {identity}</translation>
    </message>
    <message>
        <source>outlet {outlet}: {by} graded it on the server meanwhile; their grade is taken here (yours was {ours})</source>
        <translation>الوسيلة {outlet}: منحها {by} درجة على الخادم في الأثناء؛ أُخذت درجته هنا (كانت درجتك {ours})</translation>
    </message>
    <message>
        <source>{server}: the server&apos;s schema is version {version} and this reviewer needs {wanted}; an admin brings it up to date with &apos;reviewer server init&apos;</source>
        <translation>{server}: مخطط الخادم في الإصدار {version} وهذا البرنامج يحتاج الإصدار {wanted}؛ يحدّثه المشرف بالأمر &apos;reviewer server init&apos;</translation>
    </message>
    <message>
        <source>outlet {outlet}: the server&apos;s grade was not applied ({reason})</source>
        <translation>الوسيلة {outlet}: لم تُطبَّق درجة الخادم ({reason})</translation>
    </message>
    <message>
        <source>no variation: one value throughout</source>
        <translation>لا تباين: قيمة واحدة في كل الحالات</translation>
    </message>
    <message>
        <source>no unit has two values</source>
        <translation>لا وحدة لها قيمتان</translation>
    </message>
    <message>
        <source>{imported} events imported, {rejected} rows rejected</source>
        <translation>استُورد {imported} حدث، ورُفض {rejected} صف</translation>
    </message>
    <message>
        <source>{imported} events imported, {rejected} rows rejected (resumed an interrupted import of this file at row {row}; before that it had imported {imported_before} events and rejected {rejected_before} rows)</source>
        <translation>استُورد {imported} حدث، ورُفض {rejected} صف (استُؤنف استيراد متوقف لهذا الملف عند الصف {row}؛ وكان قبل ذلك قد استورد {imported_before} حدث ورفض {rejected_before} صف)</translation>
    </message>
    <message>
        <source>events</source>
        <translation>الأحداث</translation>
    </message>
    <message>
        <source>reports</source>
        <translation>التقارير</translation>
    </message>
    <message>
        <source>claims</source>
        <translation>الإفادات</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>الشواهد النصية</translation>
    </message>
    <message>
        <source>conflicts</source>
        <translation>التعارضات</translation>
    </message>
    <message>
        <source>conflict_claims</source>
        <translation>إفادات التعارضات</translation>
    </message>
    <message>
        <source>articles</source>
        <translation>المقالات</translation>
    </message>
    <message>
        <source>article_metadata</source>
        <translation>بيانات المقالات</translation>
    </message>
    <message>
        <source>sources</source>
        <translation>الوسائل الإعلامية</translation>
    </message>
    <message>
        <source>analysts</source>
        <translation>المحللون</translation>
    </message>
    <message>
        <source>assignments</source>
        <translation>الإسنادات</translation>
    </message>
    <message>
        <source>adjudications</source>
        <translation>التحكيمات</translation>
    </message>
    <message>
        <source>adjudication_choices</source>
        <translation>خيارات التحكيم</translation>
    </message>
    <message>
        <source>adjudication_sources</source>
        <translation>مصادر التحكيم</translation>
    </message>
    <message>
        <source>custom_actors</source>
        <translation>فاعلو المشروع</translation>
    </message>
    <message>
        <source>custom_places</source>
        <translation>مواقع المشروع</translation>
    </message>
    <message>
        <source>event_pairings</source>
        <translation>مطابقات الأحداث</translation>
    </message>
    <message>
        <source>event_import_values</source>
        <translation>القيم المستوردة للأحداث</translation>
    </message>
    <message>
        <source>import_batches</source>
        <translation>دفعات الاستيراد</translation>
    </message>
    <message>
        <source>suggestion_rejections</source>
        <translation>الاقتراحات المرفوضة</translation>
    </message>
    <message>
        <source>reviews</source>
        <translation>المراجعات</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>not set — type 2024-12-05 or 5/12/2024</source>
        <translation>غير محدد — اكتب 2024-12-05 أو 5/12/2024</translation>
    </message>
    <message>
        <source>Pick the date from a calendar (Alt+Down)</source>
        <translation>اختر التاريخ من التقويم (Alt+Down)</translation>
    </message>
    <message>
        <source>Not a date: “{text}”. Type 2024-12-05 or 5/12/2024.</source>
        <translation>ليس تاريخاً: «{text}». اكتب 2024-12-05 أو 5/12/2024.</translation>
    </message>
</context>
<context>
    <name>EventActions</name>
    <message>
        <source>Undone: {action}</source>
        <translation>تراجع: {action}</translation>
    </message>
    <message>
        <source>Redone: {action}</source>
        <translation>إعادة: {action}</translation>
    </message>
    <message>
        <source>Link article {article}</source>
        <translation>ربط المقال {article}</translation>
    </message>
    <message>
        <source>Article {article} now reports event {event}</source>
        <translation>المقال {article} يروي الآن الحدث {event}</translation>
    </message>
</context>
<context>
    <name>EventChooser</name>
    <message>
        <source>&amp;New event</source>
        <translation>حدث &amp;جديد</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>حذف الحدث</translation>
    </message>
    <message>
        <source>&amp;Link to event…</source>
        <translation>&amp;ربط بحدث…</translation>
    </message>
    <message>
        <source>This article also reports an event already coded from another article</source>
        <translation>يروي هذا المقال أيضاً حدثاً رُمّز من قبل من مقال آخر</translation>
    </message>
    <message>
        <source>Events reported by this article</source>
        <translation>الأحداث التي يرويها هذا المقال</translation>
    </message>
    <message>
        <source>Delete this event, its evidence, claims and links to articles? Edit &gt; Undo brings it back.</source>
        <translation>حذف هذا الحدث وشواهده النصية وإفاداته وروابطه بالمقالات؟ يعيده تحرير &gt; تراجع.</translation>
    </message>
    <message>
        <source>untyped</source>
        <translation>بلا نوع</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>بلا تاريخ</translation>
    </message>
</context>
<context>
    <name>EventFields</name>
    <message>
        <source>What and when</source>
        <translation>ماذا ومتى</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>نوع الحدث</translation>
    </message>
    <message>
        <source>Sub-event type</source>
        <translation>النوع الفرعي</translation>
    </message>
    <message>
        <source>Disorder type</source>
        <translation>نوع الاضطراب</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاريخ الحدث</translation>
    </message>
    <message>
        <source>Time precision</source>
        <translation>دقة التاريخ</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>مَن</translation>
    </message>
    <message>
        <source>Actor 1</source>
        <translation>الفاعل الأول</translation>
    </message>
    <message>
        <source>Assoc. actor 1</source>
        <translation>فاعل مرتبط بالأول</translation>
    </message>
    <message>
        <source>Inter 1</source>
        <translation>فئة الفاعل الأول</translation>
    </message>
    <message>
        <source>Actor 2</source>
        <translation>الفاعل الثاني</translation>
    </message>
    <message>
        <source>Assoc. actor 2</source>
        <translation>فاعل مرتبط بالثاني</translation>
    </message>
    <message>
        <source>Inter 2</source>
        <translation>فئة الفاعل الثاني</translation>
    </message>
    <message>
        <source>Interaction</source>
        <translation>التفاعل</translation>
    </message>
    <message>
        <source>Civilian targeting</source>
        <translation>استهداف المدنيين</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>أين</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>Location (Arabic)</source>
        <translation>الموقع (بالعربية)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>الدولة</translation>
    </message>
    <message>
        <source>Admin 1</source>
        <translation>المحافظة</translation>
    </message>
    <message>
        <source>Admin 2</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <source>Admin 3</source>
        <translation>الناحية</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>خط العرض</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>خط الطول</translation>
    </message>
    <message>
        <source>Geo precision</source>
        <translation>دقة الموقع</translation>
    </message>
    <message>
        <source>Fatalities</source>
        <translation>الوفيات</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>الحد الأدنى</translation>
    </message>
    <message>
        <source>Best (ACLED figure)</source>
        <translation>التقدير الأرجح (رقم ACLED)</translation>
    </message>
    <message>
        <source>High</source>
        <translation>الحد الأعلى</translation>
    </message>
    <message>
        <source>Notes and tags</source>
        <translation>ملاحظات ووسوم</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>وسوم</translation>
    </message>
    <message>
        <source>Reports and evidence</source>
        <translation>التقارير والشواهد النصية</translation>
    </message>
    <message>
        <source>town or place, Arabic or English</source>
        <translation>بلدة أو موقع، بالعربية أو الإنجليزية</translation>
    </message>
    <message>
        <source>actor, Arabic or English</source>
        <translation>فاعل، بالعربية أو الإنجليزية</translation>
    </message>
    <message>
        <source>several joined by ;</source>
        <translation>عدة قيم تفصل بينها ;</translation>
    </message>
    <message>
        <source>Civilians targeted</source>
        <translation>استُهدف مدنيون</translation>
    </message>
    <message>
        <source>decimal degrees</source>
        <translation>درجات عشرية</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>derived</source>
        <translation>مُشتق</translation>
    </message>
</context>
<context>
    <name>EventForm</name>
    <message>
        <source>Not saved — the event could not be created ({reason}); try again</source>
        <translation>لم يُحفظ — تعذّر إنشاء الحدث ({reason})؛ حاول مجدداً</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>حدث جديد</translation>
    </message>
    <message>
        <source>Not deleted — the project file could not be written ({reason})</source>
        <translation>لم يُحذف — تعذرت الكتابة في ملف المشروع ({reason})</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>حذف الحدث</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>جارٍ التحرير…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>حُفظ</translation>
    </message>
    <message>
        <source>Not saved — {reason}</source>
        <translation>لم يُحفظ — {reason}</translation>
    </message>
    <message>
        <source>Not saved — event {event}: {reason}</source>
        <translation>لم يُحفظ — الحدث {event}: {reason}</translation>
    </message>
    <message>
        <source>event {event}</source>
        <translation>الحدث {event}</translation>
    </message>
    <message>
        <source>Edit {fields} of {event}</source>
        <translation>تعديل {fields} في {event}</translation>
    </message>
    <message>
        <source>event</source>
        <translation>الحدث</translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s)</source>
        <translation>
            <numerusform>%n تعديل</numerusform>
            <numerusform>تعديل واحد</numerusform>
            <numerusform>تعديلان</numerusform>
            <numerusform>%n تعديلات</numerusform>
            <numerusform>%n تعديلاً</numerusform>
            <numerusform>%n تعديل</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved — retrying ({edits} waiting: {reason}). Your edits are kept; they are written as soon as the project file allows.</source>
        <translation>لم يُحفظ — تُعاد المحاولة ({edits} في الانتظار: {reason}). تعديلاتك محفوظة في النافذة، وتُكتب حالما يسمح ملف المشروع.</translation>
    </message>
    <message>
        <source>Not saved — {reason}. The event has been reloaded with the stored values; make your edit again if it is still needed.</source>
        <translation>لم يُحفظ — {reason}. أُعيد تحميل الحدث بالقيم المخزَّنة؛ أعد تعديلك إن كان لا يزال لازماً.</translation>
    </message>
    <message>
        <source>Not saved: see {field}</source>
        <translation>لم يُحفظ: انظر {field}</translation>
    </message>
</context>
<context>
    <name>EventReports</name>
    <message>
        <source>Remove evidence</source>
        <translation>إزالة الشاهد النصي</translation>
    </message>
    <message>
        <source>Articles reporting this event</source>
        <translation>المقالات التي تروي هذا الحدث</translation>
    </message>
    <message>
        <source>Evidence quoted from this article</source>
        <translation>الشواهد النصية المقتبسة من هذا المقال</translation>
    </message>
    <message>
        <source> (this article)</source>
        <translation> (هذا المقال)</translation>
    </message>
    <message>
        <source>outlet not known</source>
        <translation>وسيلة غير معروفة</translation>
    </message>
    <message>
        <source>date not known</source>
        <translation>تاريخ غير معروف</translation>
    </message>
    <message>
        <source>Article {article}</source>
        <translation>المقال {article}</translation>
    </message>
    <message>
        <source>Remove evidence for {field}</source>
        <translation>إزالة الشاهد النصي لـ{field}</translation>
    </message>
</context>
<context>
    <name>EvidenceController</name>
    <message>
        <source>Select words in the article first, then attach them.</source>
        <translation>حدّد كلمات في المقال أولاً ثم أرفقها.</translation>
    </message>
    <message>
        <source>Click into a field of the event first: evidence goes there.</source>
        <translation>انقر في حقل من حقول الحدث أولاً: يُرفق الشاهد النصي به.</translation>
    </message>
    <message>
        <source>Create or choose an event first: evidence belongs to an event.</source>
        <translation>أنشئ حدثاً أو اختر واحداً أولاً: الشاهد النصي يخص حدثاً.</translation>
    </message>
    <message>
        <source>Attach evidence to {field}</source>
        <translation>إرفاق شاهد نصي بـ{field}</translation>
    </message>
    <message>
        <source>Attached «{words}» to {field}</source>
        <translation>أُرفق «{words}» بـ{field}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>(all governorates)</source>
        <translation>(كل المحافظات)</translation>
    </message>
    <message>
        <source>Export dataset</source>
        <translation>تصدير البيانات</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <source>Include events not yet reviewed</source>
        <translation>تضمين الأحداث التي لم تُراجَع بعد</translation>
    </message>
    <message>
        <source>Byte-exact, for scripts: no BOM, formula-like cells not neutralised (not for spreadsheets)</source>
        <translation>مطابق بايتاً ببايت، للبرامج: بلا BOM، ولا تُحيَّد الخلايا الشبيهة بالصيغ (ليس لجداول البيانات)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>&amp;Folder</source>
        <translation>ال&amp;مجلد</translation>
    </message>
    <message>
        <source>Event &amp;dates</source>
        <translation>&amp;تواريخ الأحداث</translation>
    </message>
    <message>
        <source>&amp;Governorate</source>
        <translation>الم&amp;حافظة</translation>
    </message>
    <message>
        <source>Writes events.csv (ACLED&apos;s 31 columns, then x_ columns), claims.csv, conflicts.csv, sources.csv and datapackage.json. Files already in the folder are replaced only when the whole export has succeeded.</source>
        <translation>يكتب events.csv (أعمدة ACLED الـ31 ثم أعمدة x_) وclaims.csv وconflicts.csv وsources.csv وdatapackage.json. لا تُستبدل الملفات الموجودة في المجلد إلا إذا نجح التصدير كله.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>Export into folder</source>
        <translation>التصدير إلى مجلد</translation>
    </message>
    <message>
        <source>Choose a folder to export into.</source>
        <translation>اختر مجلداً للتصدير إليه.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>جارٍ التصدير…</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>أُلغي التصدير؛ لم يُكتب أي ملف.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
    <message>
        <source>exported {counts} to {folder}</source>
        <translation>صُدّر ({counts}) إلى {folder}</translation>
    </message>
</context>
<context>
    <name>FieldBox</name>
    <message>
        <source>Not saved: “{typed}” is not in the list. Pick an entry, or choose “+ Add …” in the list to add it.</source>
        <translation>لم يُحفظ: «{typed}» ليس في القائمة. اختر عنصراً منها، أو اختر «+ إضافة …» فيها لإضافته.</translation>
    </message>
</context>
<context>
    <name>GradeWidget</name>
    <message>
        <source>Grade: A–F source reliability, 1–6 report credibility (type the key)</source>
        <translation>الدرجة: A–F موثوقية المصدر، 1–6 صحة التقرير (اضغط المفتاح)</translation>
    </message>
    <message>
        <source>scale not set</source>
        <translation>النطاق غير محدد</translation>
    </message>
    <message>
        <source>outlet not named</source>
        <translation>الوسيلة غير مذكورة</translation>
    </message>
    <message>
        <source>Suggested {grade} ({label}): {reason}</source>
        <translation>مقترح {grade} ({label}): {reason}</translation>
    </message>
    <message>
        <source>Source not graded</source>
        <translation>المصدر بلا تقدير</translation>
    </message>
    <message>
        <source>Report not graded</source>
        <translation>التقرير بلا تقدير</translation>
    </message>
    <message>
        <source>this article names no outlet: name it to grade its reliability</source>
        <translation>لا يذكر هذا المقال وسيلة: اذكرها لتقدير موثوقيتها</translation>
    </message>
    <message>
        <source>Grade {outlet} {grade}</source>
        <translation>تقدير {outlet} {grade}</translation>
    </message>
    <message>
        <source>ungraded</source>
        <translation>بلا تقدير</translation>
    </message>
    <message>
        <source>choose an event to grade this report</source>
        <translation>اختر حدثاً لتقدير هذا التقرير</translation>
    </message>
    <message>
        <source>Grade report of article {article} {grade}</source>
        <translation>تقدير تقرير المقال {article} {grade}</translation>
    </message>
    <message>
        <source>Set scale {scale}</source>
        <translation>تعيين النطاق {scale}</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <source>Not saved — changed elsewhere: {reason}</source>
        <translation>لم يُحفظ — تغيّر في مكان آخر: {reason}</translation>
    </message>
    <message>
        <source>Not saved — the project file could not be written ({reason}); try again</source>
        <translation>لم يُحفظ — تعذرت الكتابة في ملف المشروع ({reason})؛ حاول مجدداً</translation>
    </message>
</context>
<context>
    <name>HighlightLegend</name>
    <message>
        <source>place</source>
        <translation>موقع</translation>
    </message>
    <message>
        <source>actor</source>
        <translation>فاعل</translation>
    </message>
    <message>
        <source>figure</source>
        <translation>رقم</translation>
    </message>
    <message>
        <source>date</source>
        <translation>تاريخ</translation>
    </message>
    <message>
        <source>event type</source>
        <translation>نوع الحدث</translation>
    </message>
    <message>
        <source>source</source>
        <translation>مصدر</translation>
    </message>
    <message>
        <source>Suggested:</source>
        <translation>مقترح:</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>شاهد نصي</translation>
    </message>
    <message>
        <source>current field</source>
        <translation>الحقل الحالي</translation>
    </message>
    <message>
        <source>search hit</source>
        <translation>نتيجة بحث</translation>
    </message>
    <message>
        <source>Dotted underlines are suggestions: Ctrl+Return accepts the one under the cursor, Ctrl+Backspace rejects it (View → Show suggestions hides them). Yellow marks the event&apos;s evidence, darker for the field you are in; blue marks the words your search found.</source>
        <translation>الخطوط المنقطة اقتراحات: ‏Ctrl+Return يقبل الاقتراح تحت المؤشر، و‏Ctrl+Backspace يرفضه (عرض ← إظهار الاقتراحات يخفيها). الأصفر يعلّم الشواهد النصية للحدث، وأغمق للحقل الذي تعمل فيه؛ والأزرق يعلّم الكلمات التي وجدها البحث.</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>مَن</translation>
    </message>
    <message>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>قبل</translation>
    </message>
    <message>
        <source>After</source>
        <translation>بعد</translation>
    </message>
    <message>
        <source>added</source>
        <translation>أُضيف</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>تغيّر</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>أُزيل</translation>
    </message>
    <message>
        <source>event</source>
        <translation>الحدث</translation>
    </message>
    <message>
        <source>report</source>
        <translation>التقرير</translation>
    </message>
    <message>
        <source>claim</source>
        <translation>الإفادة</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>الشاهد النصي</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>التعارض</translation>
    </message>
    <message>
        <source>conflict member</source>
        <translation>عضو التعارض</translation>
    </message>
    <message>
        <source>source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>article</source>
        <translation>المقال</translation>
    </message>
    <message>
        <source>project setting</source>
        <translation>إعداد المشروع</translation>
    </message>
    <message>
        <source>added actor</source>
        <translation>فاعل مضاف</translation>
    </message>
    <message>
        <source>added place</source>
        <translation>موقع مضاف</translation>
    </message>
    <message>
        <source>imported value</source>
        <translation>قيمة مستوردة</translation>
    </message>
    <message>
        <source>suggestion decision</source>
        <translation>قرار اقتراح</translation>
    </message>
    <message>
        <source>History: no event selected.</source>
        <translation>سجل التغييرات: لم يُحدَّد حدث.</translation>
    </message>
    <message>
        <source>History of event {event}: {count} changes</source>
        <translation>سجل تغييرات الحدث {event}: عدد التغييرات {count}</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(غير معروف)</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Articles ({patterns});;All files (*)</source>
        <translation>المقالات ({patterns});;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Import articles</source>
        <translation>استيراد مقالات</translation>
    </message>
    <message>
        <source>Import single files, or a whole folder (with its subfolders)?</source>
        <translation>استيراد ملفات مفردة، أم مجلد كامل (مع مجلداته الفرعية)؟</translation>
    </message>
    <message>
        <source>Files…</source>
        <translation>ملفات…</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>مجلد…</translation>
    </message>
    <message>
        <source>Import a folder of articles</source>
        <translation>استيراد مجلد مقالات</translation>
    </message>
    <message>
        <source>Importing articles…</source>
        <translation>جارٍ استيراد المقالات…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>imported: {name}: {how}</source>
        <translation>استُورد: {name}: {how}</translation>
    </message>
    <message>
        <source>… and {count} more imported</source>
        <translation>… واستُورد {count} غيرها</translation>
    </message>
    <message>
        <source>rejected: {name}: {reason}</source>
        <translation>رُفض: {name}: {reason}</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… و{count} غيرها</translation>
    </message>
    <message>
        <source>… and {count} more skipped</source>
        <translation>… وتُخطّي {count} غيرها</translation>
    </message>
    <message>
        <source>{count} imported</source>
        <translation>استُورد {count}</translation>
    </message>
    <message>
        <source>{count} already present</source>
        <translation>موجود من قبل {count}</translation>
    </message>
    <message>
        <source>{count} rejected</source>
        <translation>رُفض {count}</translation>
    </message>
    <message>
        <source>{count} skipped</source>
        <translation>تُخطّي {count}</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>أُلغي</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
</context>
<context>
    <name>InferredMetadataBar</name>
    <message>
        <source>Confirm</source>
        <translation>تأكيد</translation>
    </message>
    <message>
        <source>The inferred values are right: keep them as confirmed</source>
        <translation>القيم المستنتجة صحيحة: احفظها مؤكَّدة</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>تصحيح…</translation>
    </message>
    <message>
        <source>date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>outlet</source>
        <translation>الوسيلة</translation>
    </message>
    <message>
        <source>Inferred from the text: {values}</source>
        <translation>مستنتج من النص: {values}</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>ال&amp;لغة</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <source>Arabic-Indic &amp;digits (٠١٢٣)</source>
        <translation>أرقام &amp;هندية (٠١٢٣)</translation>
    </message>
</context>
<context>
    <name>LanguageSwitch</name>
    <message>
        <source>Language changed. Every edit is saved; the undo history starts again.</source>
        <translation>تغيّرت اللغة. كل تعديل محفوظ؛ ويبدأ سجل التراجع من جديد.</translation>
    </message>
    <message>
        <source>Digits changed. Every edit is saved; the undo history starts again.</source>
        <translation>تغيّرت الأرقام. كل تعديل محفوظ؛ ويبدأ سجل التراجع من جديد.</translation>
    </message>
    <message>
        <source>Some edits are waiting to be written to the project file. The language changes once they are saved; choose it again then.</source>
        <translation>بعض التعديلات تنتظر كتابتها في ملف المشروع. تتغير اللغة بعد حفظها؛ اخترها مرة أخرى حينئذٍ.</translation>
    </message>
    <message>
        <source>The project file is busy (a sync or another task is running). Choose the language again when it has finished.</source>
        <translation>ملف المشروع مشغول (مزامنة أو مهمة أخرى قيد التشغيل). اختر اللغة مرة أخرى عند انتهائها.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
</context>
<context>
    <name>LinkEventDialog</name>
    <message>
        <source>untyped</source>
        <translation>بلا نوع</translation>
    </message>
    <message>
        <source>no place</source>
        <translation>بلا موقع</translation>
    </message>
    <message>
        <source>place named in this article</source>
        <translation>موقع مذكور في هذا المقال</translation>
    </message>
    <message>
        <source>{days} days apart</source>
        <translation>الفارق {days} يوم</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>بلا تاريخ</translation>
    </message>
    <message>
        <source>Link this article to an existing event</source>
        <translation>ربط هذا المقال بحدث موجود</translation>
    </message>
    <message>
        <source>Events of nearby dates and places this article does not report yet:</source>
        <translation>أحداث قريبة في التاريخ والمكان لا يرويها هذا المقال بعد:</translation>
    </message>
    <message>
        <source>No nearby events to link.</source>
        <translation>لا أحداث قريبة للربط بها.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Automatic backup failed: {reason}</source>
        <translation>فشلت النسخة الاحتياطية التلقائية: {reason}</translation>
    </message>
    <message>
        <source>Coding</source>
        <translation>الترميز</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>التعارضات</translation>
    </message>
    <message>
        <source>{value} (inferred)</source>
        <translation>{value} (مستنتج)</translation>
    </message>
    <message>
        <source>Article {article}</source>
        <translation>المقال {article}</translation>
    </message>
    <message>
        <source>outlet not known</source>
        <translation>الوسيلة غير معروفة</translation>
    </message>
    <message>
        <source>date not known</source>
        <translation>التاريخ غير معروف</translation>
    </message>
    <message>
        <source>Select the words in the article first.</source>
        <translation>حدّد الكلمات في المقال أولاً.</translation>
    </message>
    <message>
        <source>Create or choose an event first: a claim belongs to an event.</source>
        <translation>أنشئ حدثاً أو اختر واحداً أولاً: الإفادة تخص حدثاً.</translation>
    </message>
    <message>
        <source>Write the report to</source>
        <translation>كتابة التقرير في</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>جارٍ كتابة التقرير…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Report cancelled; no file was written.</source>
        <translation>أُلغي التقرير؛ لم يُكتب أي ملف.</translation>
    </message>
    <message>
        <source>Report written to {folder}</source>
        <translation>كُتب التقرير في {folder}</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>التقرير</translation>
    </message>
    <message>
        <source>The report was written to
{folder}</source>
        <translation>كُتب التقرير في
{folder}</translation>
    </message>
    <message>
        <source>{summary} and its charts</source>
        <translation>{summary} ورسومه البيانية</translation>
    </message>
    <message>
        <source>Open summary</source>
        <translation>فتح الملخّص</translation>
    </message>
    <message>
        <source>{articles} · {events} ({reviewed} reviewed)</source>
        <translation>{articles} · {events} (المُراجَع {reviewed})</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n مقال</numerusform>
            <numerusform>مقال واحد</numerusform>
            <numerusform>مقالان</numerusform>
            <numerusform>%n مقالات</numerusform>
            <numerusform>%n مقالاً</numerusform>
            <numerusform>%n مقال</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n حدث</numerusform>
            <numerusform>حدث واحد</numerusform>
            <numerusform>حدثان</numerusform>
            <numerusform>%n أحداث</numerusform>
            <numerusform>%n حدثاً</numerusform>
            <numerusform>%n حدث</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MetadataDialog</name>
    <message>
        <source>Article {article}: date and outlet</source>
        <translation>المقال {article}: التاريخ والوسيلة</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, empty if not known</source>
        <translation>YYYY-MM-DD، فارغ إن لم يكن معروفاً</translation>
    </message>
    <message>
        <source>empty if not known</source>
        <translation>فارغ إن لم يكن معروفاً</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>تاريخ النشر</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>الوسيلة</translation>
    </message>
</context>
<context>
    <name>Picker</name>
    <message>
        <source>+ Add “{query}” as a new place…</source>
        <translation>+ إضافة «{query}» موقعاً جديداً…</translation>
    </message>
    <message>
        <source>+ Add “{query}” as a new actor…</source>
        <translation>+ إضافة «{query}» فاعلاً جديداً…</translation>
    </message>
</context>
<context>
    <name>ReviewActions</name>
    <message>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>Coded</source>
        <translation>مُرمَّز</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>مُراجَع</translation>
    </message>
    <message>
        <source>Mark event &amp;coded</source>
        <translation>تعليم الحدث ك&amp;مُرمَّز</translation>
    </message>
    <message>
        <source>Mark event &amp;reviewed</source>
        <translation>تعليم الحدث كمُ&amp;راجَع</translation>
    </message>
    <message>
        <source>Re&amp;open event</source>
        <translation>إ&amp;عادة فتح الحدث</translation>
    </message>
    <message>
        <source>Reject article as &amp;irrelevant</source>
        <translation>است&amp;بعاد المقال</translation>
    </message>
    <message>
        <source>Mark coded</source>
        <translation>تعليم كمُرمَّز</translation>
    </message>
    <message>
        <source>Mark reviewed</source>
        <translation>تعليم كمُراجَع</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>إعادة فتح</translation>
    </message>
    <message>
        <source>Reject article</source>
        <translation>استبعاد المقال</translation>
    </message>
    <message>
        <source>{event} went back to coded: the evidence now disagrees{fields}. Decide the conflict, then review it again.</source>
        <translation>عاد {event} إلى «مُرمَّز»: الشواهد متعارضة الآن{fields}. احسم التعارض ثم راجعه من جديد.</translation>
    </message>
    <message>
        <source>No event selected.</source>
        <translation>لم يُحدَّد حدث.</translation>
    </message>
    <message>
        <source>coded by {name}</source>
        <translation>رمّزه {name}</translation>
    </message>
    <message>
        <source>reviewed by {name} {when}</source>
        <translation>راجعه {name} {when}</translation>
    </message>
    <message>
        <source>Your name is needed to sign this change.</source>
        <translation>يلزم اسمك لتوقيع هذا التغيير.</translation>
    </message>
</context>
<context>
    <name>SaveRetry</name>
    <message>
        <source>Edits not saved</source>
        <translation>تعديلات غير محفوظة</translation>
    </message>
    <message>
        <source>Edits not saved yet ({count}): the project file could not be written.</source>
        <translation>تعديلات لم تُحفظ بعد ({count}): تعذرت الكتابة في ملف المشروع.</translation>
    </message>
    <message>
        <source>Retry saving now, discard them, or cancel and keep the window open (they are retried in the background).</source>
        <translation>أعد محاولة الحفظ الآن، أو تخلَّ عنها، أو ألغِ وأبقِ النافذة مفتوحة (تُعاد المحاولة في الخلفية).</translation>
    </message>
    <message>
        <source>Retry saving</source>
        <translation>إعادة محاولة الحفظ</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>التخلي عنها</translation>
    </message>
    <message>
        <source>Not saved — the project file could not be written ({reason}); try again</source>
        <translation>لم يُحفظ — تعذرت الكتابة في ملف المشروع ({reason})؛ حاول مجدداً</translation>
    </message>
</context>
<context>
    <name>ShortcutsSheet</name>
    <message>
        <source>Pickers</source>
        <translation>قوائم الاختيار</translation>
    </message>
    <message>
        <source>choose a suggested place or actor</source>
        <translation>اختيار موقع أو فاعل مقترح</translation>
    </message>
    <message>
        <source>close the suggestions and keep what was typed</source>
        <translation>إغلاق الاقتراحات مع الإبقاء على ما كُتب</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>النموذج</translation>
    </message>
    <message>
        <source>next / previous field</source>
        <translation>الحقل التالي / السابق</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>أين</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <source>&amp;Event</source>
        <translation>ال&amp;حدث</translation>
    </message>
    <message>
        <source>Grade &amp;&amp; &amp;claims</source>
        <translation>الدرجة و&amp;الإفادات</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;سجل التغييرات</translation>
    </message>
</context>
<context>
    <name>SuggestionAcceptor</name>
    <message>
        <source>Accepted {kind} &apos;{text}&apos;</source>
        <translation>قُبل {kind} «{text}»</translation>
    </message>
    <message>
        <source>Accept {kind} {text}</source>
        <translation>قبول {kind} {text}</translation>
    </message>
    <message>
        <source>Remember accepted {kind}</source>
        <translation>تذكّر {kind} المقبول</translation>
    </message>
</context>
<context>
    <name>SuggestionController</name>
    <message>
        <source>Suggested {kind}: Ctrl+Return accepts it, Ctrl+Backspace rejects it</source>
        <translation>{kind} مقترح: ‏Ctrl+Return يقبله، و‏Ctrl+Backspace يرفضه</translation>
    </message>
    <message>
        <source>Accept suggestion</source>
        <translation>قبول الاقتراح</translation>
    </message>
    <message>
        <source>Reject suggestion</source>
        <translation>رفض الاقتراح</translation>
    </message>
</context>
<context>
    <name>SuggestionFetcher</name>
    <message>
        <source>Suggestions: the worker process gave no answer in {seconds} s and was stopped; they are worked out in the window instead</source>
        <translation>الاقتراحات: لم تُجب العملية المساعدة خلال {seconds} ثانية فأُوقفت؛ تُستخرج في النافذة بدلاً منها</translation>
    </message>
    <message>
        <source>Suggestions failed: {reason}</source>
        <translation>تعذّر استخراج الاقتراحات: {reason}</translation>
    </message>
</context>
<context>
    <name>SyncConflictsPanel</name>
    <message>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>قيمتي</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>قيمتهم</translation>
    </message>
    <message>
        <source>Changed there by</source>
        <translation>غيّرها هناك</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>احتفظ بقيمتي</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>خذ قيمتهم</translation>
    </message>
    <message>
        <source>Sync conflicts: changed here and on the server since the last sync</source>
        <translation>تعارضات المزامنة: ما تغيّر هنا وعلى الخادم منذ آخر مزامنة</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>sync failed: {reason}</source>
        <translation>فشلت المزامنة: {reason}</translation>
    </message>
    <message>
        <source>Sync with the team server</source>
        <translation>المزامنة مع خادم الفريق</translation>
    </message>
    <message>
        <source>Server (postgresql://login@host/database; the password comes from PGPASSWORD or ~/.pgpass):</source>
        <translation>الخادم (‎postgresql://login@host/database‎؛ تُؤخذ كلمة المرور من PGPASSWORD أو ‎~/.pgpass‎):</translation>
    </message>
    <message>
        <source>syncing…</source>
        <translation>جارٍ المزامنة…</translation>
    </message>
    <message>
        <source>Sync failed: {reason}</source>
        <translation>فشلت المزامنة: {reason}</translation>
    </message>
    <message>
        <source>not synced</source>
        <translation>غير مُزامَن</translation>
    </message>
    <message>
        <source>last sync {when}</source>
        <translation>آخر مزامنة {when}</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>لم تجرِ مزامنة قط</translation>
    </message>
    <message>
        <source>{count} to send</source>
        <translation>بانتظار الإرسال {count}</translation>
    </message>
    <message>
        <source>{count} sync conflicts</source>
        <translation>تعارضات مزامنة {count}</translation>
    </message>
    <message>
        <source>error: </source>
        <translation>خطأ: </translation>
    </message>
    <message>
        <source>S&amp;ync with the team server</source>
        <translation>م&amp;زامنة مع خادم الفريق</translation>
    </message>
    <message>
        <source>Sync every {minutes} minutes</source>
        <translation>المزامنة كل {minutes} دقائق</translation>
    </message>
</context>
<context>
    <name>TeamWindow</name>
    <message>
        <source>Adjudication</source>
        <translation>التحكيم</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>درجة الاتفاق</translation>
    </message>
    <message>
        <source>&amp;Merge a colleague&apos;s project…</source>
        <translation>&amp;دمج مشروع زميل…</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>ال&amp;فريق</translation>
    </message>
    <message>
        <source>Mark my coding of this article &amp;done</source>
        <translation>تعليم ترميزي لهذا المقال كمُن&amp;جز</translation>
    </message>
    <message>
        <source>&amp;Adjudicate this article</source>
        <translation>&amp;تحكيم هذا المقال</translation>
    </message>
    <message>
        <source>A&amp;greement between coders</source>
        <translation>درجة الات&amp;فاق بين المرمِّزين</translation>
    </message>
    <message>
        <source>Your coding is marked done; the others&apos; stays hidden until they are done too.</source>
        <translation>عُلّم ترميزك كمُنجز؛ يبقى ترميز الآخرين مخفياً حتى ينجزوه أيضاً.</translation>
    </message>
    <message>
        <source>Your coding is marked done; every coding of this article is now visible.</source>
        <translation>عُلّم ترميزك كمُنجز؛ كل ترميزات هذا المقال ظاهرة الآن.</translation>
    </message>
    <message>
        <source>Merge a colleague&apos;s project</source>
        <translation>دمج مشروع زميل</translation>
    </message>
    <message>
        <source>reviewer projects (*.sqlite);;All files (*)</source>
        <translation>مشاريع reviewer ‏(*.sqlite);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>دمج</translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>جارٍ الدمج…</translation>
    </message>
</context>
<context>
    <name>Uncaught</name>
    <message>
        <source>Unexpected error ({kind}: {error}); your saved work is safe</source>
        <translation>خطأ غير متوقع ({kind}: {error})؛ عملك المحفوظ سليم</translation>
    </message>
</context>
<context>
    <name>UndoText</name>
    <message>
        <source>Could not {action}: {reason}</source>
        <translation>تعذّر {action}: {reason}</translation>
    </message>
    <message>
        <source>claim {claim} ({field})</source>
        <translation>الإفادة {claim} ({field})</translation>
    </message>
</context>
<context>
    <name>Upgrade</name>
    <message>
        <source>Updating the project for this version of reviewer…</source>
        <translation>جارٍ تحديث المشروع لهذا الإصدار من reviewer…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Updating the project</source>
        <translation>تحديث المشروع</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Import articles…</source>
        <translation>ا&amp;ستيراد مقالات…</translation>
    </message>
    <message>
        <source>&amp;Export dataset…</source>
        <translation>&amp;تصدير البيانات…</translation>
    </message>
    <message>
        <source>Change your &amp;name…</source>
        <translation>تغيير ا&amp;سمك…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>ترا&amp;جع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <source>&amp;Find in articles</source>
        <translation>&amp;بحث في المقالات</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>ت&amp;كبير</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>تص&amp;غير</translation>
    </message>
    <message>
        <source>Show &amp;suggestions</source>
        <translation>إظهار الا&amp;قتراحات</translation>
    </message>
    <message>
        <source>&amp;Coding</source>
        <translation>ال&amp;ترميز</translation>
    </message>
    <message>
        <source>Con&amp;flicts</source>
        <translation>التع&amp;ارضات</translation>
    </message>
    <message>
        <source>&amp;Grade and claims</source>
        <translation>ال&amp;درجة والإفادات</translation>
    </message>
    <message>
        <source>Event &amp;history</source>
        <translation>&amp;سجل تغييرات الحدث</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>ا&amp;نتقال</translation>
    </message>
    <message>
        <source>&amp;Next article</source>
        <translation>المقال ال&amp;تالي</translation>
    </message>
    <message>
        <source>&amp;Previous article</source>
        <translation>المقال ال&amp;سابق</translation>
    </message>
    <message>
        <source>Field group {number}: {title}</source>
        <translation>مجموعة الحقول {number}: {title}</translation>
    </message>
    <message>
        <source>&amp;Event</source>
        <translation>ال&amp;حدث</translation>
    </message>
    <message>
        <source>&amp;New event</source>
        <translation>حدث &amp;جديد</translation>
    </message>
    <message>
        <source>&amp;Save now</source>
        <translation>&amp;حفظ الآن</translation>
    </message>
    <message>
        <source>&amp;Attach selection to current field</source>
        <translation>إ&amp;رفاق النص المحدد بالحقل الحالي</translation>
    </message>
    <message>
        <source>Add selection as &amp;claim…</source>
        <translation>إضافة النص المحدد ك&amp;إفادة…</translation>
    </message>
    <message>
        <source>&amp;Link this article to an existing event…</source>
        <translation>&amp;ربط هذا المقال بحدث موجود…</translation>
    </message>
    <message>
        <source>Article&apos;s &amp;date and outlet…</source>
        <translation>&amp;تاريخ المقال ووسيلته…</translation>
    </message>
    <message>
        <source>Require a second &amp;reviewer (four eyes)</source>
        <translation>اشتراط مراجِع &amp;آخر (مبدأ العيون الأربع)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>اختصارات &amp;لوحة المفاتيح</translation>
    </message>
    <message>
        <source>&amp;Report…</source>
        <translation>ت&amp;قرير…</translation>
    </message>
    <message>
        <source>&amp;About reviewer</source>
        <translation>&amp;عن reviewer</translation>
    </message>
</context>
</TS>
