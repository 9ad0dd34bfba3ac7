<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
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
        <source>give the chosen value or best/low/high</source>
        <translation>أدخل القيمة المختارة أو الحد الأدنى/التقدير الأرجح/الحد الأعلى</translation>
    </message>
    <message>
        <source>figures must satisfy 0 ≤ low ≤ best ≤ high</source>
        <translation>يجب أن تكون الأرقام: 0 ≤ الحد الأدنى ≤ التقدير الأرجح ≤ الحد الأعلى</translation>
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
        <source>could not write to the project ({reason}); the {kept} articles imported before this batch are kept, run the import again for the rest</source>
        <translation>تعذرت الكتابة في المشروع ({reason})؛ المقالات المستوردة قبل هذه الدفعة ({kept}) محفوظة، أعد الاستيراد لإكمال الباقي</translation>
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
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>The new language is used from the next start of reviewer.</source>
        <translation>تُستخدم اللغة الجديدة من التشغيل التالي للبرنامج.</translation>
    </message>
</context>
</TS>
