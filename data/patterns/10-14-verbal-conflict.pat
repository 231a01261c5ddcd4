@kind     patterns
@source   CAMEO codebook v1.1b3 event definitions (Schrodt 2012); Arabic triggers written for Hadath
@source   Trigger ideas reviewed from UniversalPetrarch CAMEO.ar.0.5.txt (MIT)
@licence  CC BY 4.0

# Families 10-14: verbal conflict (demand, disapprove, reject, threaten, protest).
#
# Notes for editors:
# - «طالب» is a friendly appeal (02, in 01-05-verbal-cooperation.pat) unless what it demands is
#   hostile: withdrawal, removal of a leader, release, punishment. Those readings are here, with
#   a higher priority.
# - Verbs are matched on their light stem; forms whose stem is a common unrelated word are
#   listed under `noun` with a comment («تظاهر» → ظاهر «ظاهرة»; «توعد» → وعد «promise»).

# ---------------------------------------------------------------------------------------------
# 10 Demand
# ---------------------------------------------------------------------------------------------

event 100 make conditions
  verb     اشترط | يشترط
  target   على | ل

event 100 set conditions
  verb     وضع | يضع | فرض | يفرض | وضعت | وضعوا | فرضت | فرضوا
  with     شروط | شروطا | شرطا | الشروط
  target   على | ل | أمام
  priority 2

event 100 insist on
  verb     أصر | يصر | تصر | أصرت
  with     على
  target   على

event 100 demand accountability, apology
  verb     طالب | يطالب
  hal      مطالبا | مطالبين
  noun     مطالبة
  with     محاسبة | بمحاسبة | محاكمة | بمحاكمة | معاقبة | بمعاقبة | اعتذار | باعتذار | تعويض | تعويضات | بتعويضات
  target   * | ب
  priority 2

event 1013 demand extradition, hand-over
  verb     طالب | يطالب
  hal      مطالبا | مطالبين
  with     تسليم | بتسليم
  target   * | ب
  priority 3

event 102 demand diplomatic recognition, support
  verb     طالب | يطالب
  hal      مطالبا | مطالبين
  with     الاعتراف | بالاعتراف | اعتراف
  target   * | ب
  priority 3

event 1041 demand change in leadership
  verb     طالب | يطالب
  hal      مطالبا | مطالبين
  noun     مطالبة | مطالبات
  with     رحيل | برحيل | تنحي | بتنحي | استقالة | باستقالة | إسقاط | بإسقاط | عزل | بعزل | إقالة | بإقالة
  target   * | ب
  priority 4

# «تقول واشنطن إنه يتعين رحيل الأسد»: saying a leader must go demands it; the speaker is the source
event 1041 say a leader must go
  verbform يتعين | يجب | ينبغي | يتوجب
  with     رحيل | تنحي | استقالة | تنحية | إقالة
  target   *
  priority 4

event 1042 demand policy change
  verb     طالب | يطالب
  hal      مطالبا | مطالبين
  with     إلغاء | بإلغاء | التراجع | بالتراجع | تغيير | بتغيير | تعديل | بتعديل | مراجعة | بمراجعة
  target   * | ب
  priority 2

event 1043 demand rights
  verb     طالب | يطالب
  hal      مطالبا | مطالبين
  with     حقوق | بحقوق | حقوقهم | الحريات | بالحريات
  target   * | ب
  priority 2

event 1044 demand change in institutions
  verb     طالب | يطالب
  hal      مطالبا | مطالبين
  with     انتخابات | بانتخابات | الانتخابات | إصلاحات | بإصلاحات | دستور | بدستور
  target   * | ب
  priority 2

event 1053 demand release
  verb     طالب | يطالب
  hal      مطالبا | مطالبين
  noun     مطالبة | مطالبات
  with     الإفراج | بالإفراج | إفراج | سراح
  target   * | ب
  priority 4

event 1054 demand easing of sanctions
  verb     طالب | يطالب
  hal      مطالبا | مطالبين
  with     العقوبات | عقوبات | الحصار | برفع | رفع
  target   * | ب
  priority 3

event 1055 demand access for international actors
  verb     طالب | يطالب
  hal      مطالبا | مطالبين
  with     بدخول | دخول | بالسماح | السماح
  target   * | ب
  priority 2

# «طالب الميليشيات باحترام الهدنة»: a truce asked to be kept is de-escalation; «=وقف» is not «بوقفة» (a stand), and an
# ambassador or a licence withdrawn is no de-escalation
event 1056 demand withdrawal, de-escalation
  verb     طالب | يطالب
  hal      مطالبا | مطالبين
  noun     مطالبة | مطالبات
  with     انسحاب | بانسحاب | الانسحاب | سحب | بسحب | =وقف | =بوقف | التوقف | الكف | بالكف | خروج | بخروج | إخراج | هدنة | الهدنة | التهدئة | تهدئة
  without  السفير | سفير | سفيره | سفيرها | السفراء | ترخيص | الترخيص
  target   * | ب
  priority 4

# ---------------------------------------------------------------------------------------------
# 11 Disapprove
# ---------------------------------------------------------------------------------------------

event 110 express displeasure, anger
  verb     أعرب | أبدى | يبدي | أبدت | عبر
  hal      معربا | معربين
  with     استياء | استياءه | استيائه | استيائها | استيائهم | غضب | غضبه | غضبها | امتعاض | امتعاضه | سخط | استهجان
  target   من | إزاء | حيال | تجاه | ل | على
  priority 2

event 110 object to
  verb     اعترض | يعترض
  with     على
  without  صاروخ | صاروخا | صواريخ | طائرة | طائرات | مسيرة | مسيرات | قذائف | قذيفة | الدفاعات | سفينة | قاربا
  target   على

event 111 criticize
  verb     انتقد | ينتقد
  noun     انتقاد | انتقادات | انتقادا
  target   * | ل

event 111 denounce
  verb     ندد | يندد
  hal      منددا | منددين
  noun     تنديد
  target   ب

# whole forms: the light stem of «أدان» is «دان», also a given name («الصحفي دان دي لوس»)
event 111 condemn
  verbform أدان | أدانت | أدانوا | يدين | تدين | ندين | يدينون
  noun     إدانة | إدانات
  target   * | ل

# «يدين» has the light stem دين («الدين» religion, debt): only with an object that is condemned
event 111 condemn (present tense)
  verb     يدين | تدين
  with     بشدة | بأشد | بأقوى | الهجوم | الهجمات | الاعتداء | الاعتداءات | العدوان | التفجير | التفجيرات | القصف | الغارة | الغارات | العملية | استهداف | مقتل | اغتيال | الانتهاكات | الجريمة | المجزرة | التدخل | التصريحات | قرار | القرار
  target   *
  priority 1

# «وسخر نصر الله من الدولة اللبنانية»: mocking is criticism; whole forms, as the light stem of «سخر» is also that of
# «سخّر» (to harness: «سخر إمكاناته لخدمة»), which takes no «من» right after its subject (a long subject is one word)
event 111 mock, ridicule
  verbform سخر | سخرت | سخروا | يسخر | تسخر | يسخرون
  with     من
  window   3
  without  إمكانات | إمكاناتها | إمكاناته | الإمكانيات | إمكانيات | طاقات | طاقاتها | طاقاته | موارد | الموارد | خبرات | وقته | وقتها | حياته
  target   * | من

event 111 denounce (استنكر، شجب، استهجن)
  verb     استنكر | يستنكر | شجب | يشجب | استهجن | يستهجن
  hal      مستنكرا | مستنكرين
  noun     استنكار | شجب
  target   *

event 111 express condemnation
  verb     أعرب | أبدى | عبر | جدد | أكد
  hal      معربا | معربين
  with     إدانة | إدانته | إدانتها | استنكار | استنكاره | استنكارها | شجب | شجبه | تنديد | تنديده
  target   ل | *
  priority 2

# «وصف الوزير نظام الأسد بالفاقد للشرعية»: describing an actor with an epithet of blame. The epithet decides:
# a neutral or laudatory one («وصف الزيارة بالناجحة») is no criticism (see 051 «describe as» for praise).
event 111 describe as (pejorative)
  verb     وصف | يصف | وصفت | وصفوا | تصف
  hal      واصفا | واصفين | واصفة
  noun     وصف
  with     بالفاقد | فاقد | بالإرهابي | بالإرهابية | إرهابي | إرهابية | بالإرهاب | بالمجرم | مجرم | بالقاتل | بالخائن | خائن | بالطاغية | بالديكتاتور | بالدكتاتور | بالعدو | عدو | بالعميل | بالمحتل | بالفاشل | بالكاذب | بالمتطرف | بالعنصري | بالفاسد | بالراعي | بالمخرب | باللاشرعي | بالانقلابي | بالمارق | المارقة | جريمة | بالجريمة | إبادة | مجزرة | بالمجزرة | جبان | الجبان | همجي | وحشي | إجرامي | الإجرامي | بربري | معيبة | معيب | بالمعيبة | مزورة | بالمزورة | باطلة | بالباطلة | فاشلة | بالفاشلة | استفزازية | الاستفزازية | بالاستفزازية | استفزازي | بالاستفزازي | عدائية | بالعدائية | عدوانية | بالعدوانية | مخزية | بالمخزية | سلبية | بالسلبية | بلطجي | بلطجية | بالبلطجي | بالبلطجية | معاد | معادي | معادية | بالمعادي | بالمعادية | عنصري | عنصرية | متطرف | متطرفة | فاسد | فاسدة | كاذب | كاذبة | ديكتاتور | دكتاتور | طاغية
  without  بصفات | بصفة | بالناجح | بالناجحة | بالتاريخي | بالتاريخية | بالإيجابي | بالإيجابية | بالمهم | بالمهمة | بالممتاز | بالممتازة | بالبناء | بالبناءة
  target   *
  priority 2

# «وصف الرئيس الملك بالحكيم», «وصف الدور السعودي بالبطولي»: describing an actor with an epithet of praise
event 051 describe as (laudatory)
  verb     وصف | يصف | وصفت | وصفوا | تصف
  hal      واصفا | واصفين | واصفة
  noun     وصف
  with     بالحكيم | بالشجاع | بالبطولي | بالبطولية | بالصديق | بالشقيق | بالحليف | بالرائد | بالرائدة | بالمشرف | بالمشرفة | بالنبيل | بالنبيلة | بالإنساني | بالإنسانية | بالحكيمة | بالشجاعة | بالتاريخي | بالتاريخية | بالعظيم | بالعظيمة
  target   *
  priority 1

event 111 rebuke, mock
  verb     وبخ | يوبخ | وبخت | وبخوا
  target   *

event 111 direct criticism
  verb     وجه | يوجه | وجهت | وجهوا
  with     انتقادات | انتقادا | الانتقادات | انتقاد
  target   ل | إلى
  priority 2

# «متهمين» alone is also "suspects" («اعتقال متهمين»): only the singular circumstantial form.
# The imperfect is listed whole: its light stem «تهم» is also the verb «تهمّ» (concerns: «الأمور التي تهم المنطقة»).
event 112 accuse
  verb     اتهم
  verbform يتهم | تتهم | يتهمون | يتهمان | تتهمان | نتهم | أتهم
  hal      متهما
  noun     اتهام | اتهامات | اتهاما
  target   * | ل

event 112 level accusations
  verb     وجه | يوجه | وجهت | وجهوا
  with     اتهامات | اتهاما | اتهام | الاتهامات | الاتهام
  target   ل | إلى
  priority 2

# «كان يكيل التهم للمملكة»: «كال» (to measure out) heaps charges on someone; whole forms, its stem is «قال»'s kin
event 112 heap accusations
  verbform كال | يكيل | تكيل | يكيلون | كالت
  with     التهم | تهما | الاتهامات | اتهامات
  window   6
  target   ل | إلى
  priority 2

event 112 trade accusations
  verb     تبادل | يتبادل
  with     الاتهامات | اتهامات | الاتهام
  target   مع
  symmetric
  priority 3

# «حمّل» as whole words: its light stem حمل is also that of «تحمّل» (bear responsibility)
event 112 hold responsible
  verbform حمل | حملت | حملوا | يحمل
  hal      محملا | محملين
  with     المسؤولية | مسؤولية | مسؤوليته
  target   *
  priority 2

# «نسبت هيئة الأركان الهجوم إلى حزب العمال», «هجوم انتحاري نسبته الحكومة إلى التنظيم»: to ascribe an attack to
# someone is to blame them for it. (Whole forms: the light stem «نسب» is also «نسبة», a rate, and «مناسبة».)
event 112 ascribe an attack
  verbform نسب | نسبت | نسبوا | ينسب | تنسب | نسبته | نسبتها
  with     الهجوم | هجوم | الهجمات | التفجير | تفجير | التفجيرات | الاعتداء | اعتداء | الاعتداءات | العملية | الانفجار | الحادث | الجريمة
  window   6
  target   إلى | ل
  priority 2

event 112 lay blame
  verb     ألقى | يلقي | ألقت | ألقوا | تلقي
  with     اللوم | باللوم
  target   على
  priority 2

event 1121 accuse of crime, corruption
  verb     اتهم
  verbform يتهم | تتهم | يتهمون | يتهمان | تتهمان | نتهم | أتهم
  noun     اتهام | اتهامات
  with     فساد | بالفساد | الفساد | اختلاس | باختلاس | رشوة | رشاوى | تهريب | بتهريب | غسل | احتيال | سرقة | بسرقة
  target   * | ل
  priority 2

event 1122 accuse of human rights abuses
  verb     اتهم
  verbform يتهم | تتهم | يتهمون | يتهمان | تتهمان | نتهم | أتهم
  noun     اتهام | اتهامات
  with     انتهاكات | بانتهاكات | تعذيب | بتعذيب | قمع | بقمع | اضطهاد | باضطهاد | تمييز | اعتقالات
  target   * | ل
  priority 2

event 1123 accuse of aggression
  verb     اتهم
  verbform يتهم | تتهم | يتهمون | يتهمان | تتهمان | نتهم | أتهم
  noun     اتهام | اتهامات
  with     عدوان | بالعدوان | اعتداء | بالاعتداء | تدخل | بالتدخل | التدخل | خرق | بخرق | انتهاك | بانتهاك | استهداف | باستهداف | قصف | بقصف | هجوم | بشن | تهديد
  target   * | ل
  priority 2

event 1124 accuse of war crimes
  verb     اتهم
  verbform يتهم | تتهم | يتهمون | يتهمان | تتهمان | نتهم | أتهم
  noun     اتهام | اتهامات
  with     جرائم | بجرائم | مجازر | بمجازر | مجزرة | إبادة | بإبادة | التطهير
  target   * | ل
  priority 3

event 1125 accuse of espionage, treason
  verb     اتهم
  verbform يتهم | تتهم | يتهمون | يتهمان | تتهمان | نتهم | أتهم
  noun     اتهام | اتهامات
  with     تجسس | بالتجسس | التجسس | خيانة | بالخيانة | تخابر | بالتخابر | =العمالة | =بالعمالة
  target   * | ل
  priority 3

event 113 incite, rally opposition
  verb     حرض | يحرض
  noun     تحريض
  target   على | ضد

event 113 mobilize opinion against
  verb     حشد | يحشد
  with     ضد
  without  الشعبي
  target   ضد
  priority 3

event 114 complain officially
  verb     قدم | يقدم | تقدم | يتقدم | رفع | يرفع
  with     شكوى | بشكوى | شكاوى | احتجاجا | باحتجاج
  target   ضد | إلى | ل | لدى
  priority 2

event 114 complaint (nominal)
  noun     شكوى | شكاوى
  target   ضد | إلى | لدى | من

event 114 lodge a protest note
  verb     سلم | يسلم
  with     مذكرة | احتجاج | احتجاجا
  target   * | ل | إلى
  priority 3

event 114 complain to
  verb     اشتكى | يشتكي
  target   من | ضد | إلى

event 114 complain to an authority
  verb     شكا | يشكو
  with     مجلس | الأمم | المحكمة | رسميا | الجامعة | المنظمة
  target   من | ضد | إلى
  priority 1

event 114 formal protest
  verb     احتج | يحتج
  noun     احتجاج
  with     رسميا | رسمي | رسمية | لدى | بمذكرة
  target   لدى | على | إلى
  priority 2

event 115 sue, file a lawsuit
  verb     رفع | يرفع | أقام | يقيم | قدم | يقدم | حرك | يحرك
  with     دعوى | دعاوى | قضية | قضايا | =بلاغا | =بلاغ
  target   ضد | على | أمام
  priority 3

event 115 lawsuit (nominal)
  noun     دعوى | دعاوى
  target   ضد | على

event 115 go to court
  verb     لجأ | يلجأ
  with     القضاء | المحكمة | المحاكم | التحكيم
  target   ضد
  priority 2

event 115 appeal a ruling
  verb     طعن | يطعن
  with     أمام | بالحكم | الحكم | قرار | القرار | بقرار | بنتائج | نتائج
  target   في | على
  priority 2

event 116 convict
  verb     أدان | أدانت | يدين | تدين
  with     بتهمة | بتهم | بالسجن | بالإعدام | بارتكاب
  target   *
  passive
  priority 4

# «أصدرت الوزارة بيانا بشأن تنفيذ حكم القتل» reports a statement, not a sentence; «أصدر الرئيس قرارا بتعديل بعض
# أحكام القانون» amends a law's provisions, «يصدر عفوا عن محكوم بالإعدام» pardons
event 116 sentence
  verb     حكم | يحكم | قضى | قضت | يقضي | تقضي | أصدر | يصدر
  with     بالسجن | بسجن | بالإعدام | بإعدام | غيابيا | حكما | =أحكاما | بالمؤبد | بتغريم
  without  بيانا | بيان | بيانات | تعميما | تعميم | تقريرا | تقرير | تعديل | تعديلات | عفوا | عفو | مرسوما | مرسوم | =قرارا | قانون | القانون
  target   على | بحق | *
  priority 2

# ---------------------------------------------------------------------------------------------
# 12 Reject
# ---------------------------------------------------------------------------------------------

# «المسؤول العراقي الذي رفض ذكر اسمه», «رفض الكشف عن هويته»: the anonymity formula of a report
# «رفض المتحدث الإفصاح عن هوية القتلى»: declining to tell the press rejects no one (not «التعليق» or «التصريح»:
# «رفض تعليق عضوية سوريا», «رفضت التصريحات الإسرائيلية» reject)
event 120 reject
  verb     رفض | يرفض
  hal      رافضا | رافضين
  without  اسمه | اسمها | هويته | هويتها | أسمائهم | هوياتهم | اسمهم | هويتهم | التفاصيل | تفاصيل | =الإفصاح | =الكشف | =الإدلاء
  target   * | ل

# «وعارض عدد من أعضاء الكونجرس الاتفاق», «تعارض روسيا أي تدخل»: opposing a policy or an act rejects it. Whole forms:
# the stem عارض is also that of «يتعارض مع», to contradict something, and of «المعارضة». «تعارض المصالح» and «تعارض
# الآراء» are the noun, a clash of interests or views.
event 120 oppose
  verbform عارض | عارضت | عارضوا | عارضا | عارضتا | يعارض | تعارض | يعارضون | يعارضان | تعارضان | نعارض | أعارض | عارضه | عارضها | عارضته | عارضتها | عارضوه | عارضوها
  without  المصالح | مصالح | الآراء | الاراء | آراء
  target   *

event 120 express rejection
  verb     أعرب | أبدى | عبر | أكد | جدد | أعلن
  hal      معربا | معربين
  with     رفض | رفضه | رفضها | رفضهم
  target   ل
  priority 2

# «وكرر الأسد خلال اللقاء رفضه للحل السياسي»: repeating one's rejection rejects («رفضه» alone reads as a verb with an
# object, which takes no subject there). «كرر» also repeats words («تكرر أمامهم أنها لا تهتم … ورفض»): the rejection
# must follow closely, before any «أن».
event 120 repeat a rejection
  verb     كرر | يكرر
  with     رفض | رفضه | رفضها | رفضهم
  window   8
  without  أن | إن | أنه | أنها | بأن
  target   ل
  priority 2

# «أكد وزير الداخلية البحريني أن التدخلات الإيرانية في الشأن الداخلي للبحرين مرفوضة»: a speaker pronouncing what the
# clause after «أن» names rejected; its actor is the target («predicate» in docs/pattern-format.md)
event 120 declare rejected (predicate)
  noun     مرفوض | مرفوضة | مرفوضا | مرفوضان | مرفوضتان
  predicate

# «شككت وزارة الخارجية السورية في جهود تركيا»: casting doubt on another's acts or words
event 111 cast doubt
  verb     شكك | يشكك
  target   في | ب

event 120 obstruct, block (politically)
  verb     عرقل | يعرقل
  target   *

event 120 ignore
  verb     تجاهل | يتجاهل
  target   *

event 121 reject cooperation
  verb     رفض | يرفض
  hal      رافضا | رافضين
  with     التعاون | تعاون
  without  اسمه | اسمها | هويته | هويتها | أسمائهم | هوياتهم | اسمهم | هويتهم
  target   مع | *
  priority 2

event 1231 reject demand for change in leadership
  verb     رفض | يرفض
  hal      رافضا | رافضين
  with     التنحي | تنحي | الاستقالة | استقالة | الرحيل | رحيل
  priority 3

event 1243 refuse to release
  verb     رفض | يرفض
  hal      رافضا | رافضين
  with     الإفراج | إفراج | سراح
  target   عن
  priority 3

event 1244 refuse to ease sanctions
  verb     رفض | يرفض
  hal      رافضا | رافضين
  with     رفع
  target   عن
  priority 3

event 1246 refuse to de-escalate
  verb     رفض | يرفض
  hal      رافضا | رافضين
  with     الانسحاب | انسحاب | سحب | وقف | الهدنة | هدنة | التهدئة | الاستسلام
  target   من | *
  priority 3

event 125 reject talks, meeting
  verb     رفض | يرفض
  hal      رافضا | رافضين
  with     الحوار | حوار | التفاوض | المفاوضات | مفاوضات | الجلوس | =لقاء | =اللقاء | الاجتماع | المشاركة | استقبال | الحضور | حضور
  target   مع | *
  priority 3

event 125 boycott talks, meeting
  verb     قاطع | يقاطع
  with     المحادثات | المفاوضات | الاجتماع | الاجتماعات | المؤتمر | القمة | الحوار | جلسة | الجلسة | جلسات
  priority 2

event 126 reject mediation
  verb     رفض | يرفض
  hal      رافضا | رافضين
  with     وساطة | الوساطة
  target   *
  priority 4

event 127 reject plan, agreement
  verb     رفض | يرفض
  hal      رافضا | رافضين
  with     الاتفاق | اتفاق | الاتفاقية | اتفاقية | مبادرة | المبادرة | خطة | الخطة | مقترح | المقترح | مقترحات | التسوية | تسوية | صفقة | مشروع
  target   *
  priority 2

event 128 violate, defy norms, law
  verb     انتهك | ينتهك | خرق | يخرق
  target   *

event 129 veto
  noun     فيتو | الفيتو
  target   ضد | على

event 129 use the veto
  verb     استخدم | يستخدم | استعمل | لجأ | أشهر
  with     الفيتو | فيتو | النقض
  target   ضد
  priority 3

# ---------------------------------------------------------------------------------------------
# 13 Threaten
# ---------------------------------------------------------------------------------------------

# «تهدد حياة الملايين», «يهدد الاستقرار»: endangering is a description, not a threat someone makes
event 130 threaten
  verb     هدد | يهدد
  noun     تهديد | تهديدات | تهديدا
  without  حياة | حياته | حياتهم | الأمن | أمن | الاستقرار | استقرار | السلم | السلام | مستقبل | وحدة | بانهيار | بتفكك | صحة | سلامة
  target   * | ل | ضد

event 130 brandish, hint at (threat)
  verb     لوح | يلوح
  without  الأفق | بيده | بيديه | بيدها | بعلامة
  target   * | ضد

# «هددت السعودية بردة فعل إذا استخدمت إيران الأموال لدعم الإرهاب»: the aid cut is the threat's own object, close after
# the threatener, not support named further on. It outranks cutting relations («بقطع المساعدات»), unless the threat
# names the envoy or the relations («بطرد السفير الإيراني بسبب الدعم الإيراني»).
event 1311 threaten to cut aid
  verb     هدد | يهدد | لوح | يلوح
  without  حياة | حياته | حياتهم | الأمن | أمن | الاستقرار | استقرار | السلم | السلام | مستقبل | وحدة | بانهيار | بتفكك | صحة | سلامة | السفير | سفير | سفيرها | سفيره | بطرد | العلاقات | علاقات
  with     المساعدات | مساعدات | الدعم | التمويل
  target   * | ل | عن
  window   8
  priority 4

event 1312 threaten sanctions, boycott
  verb     هدد | يهدد | لوح | يلوح
  noun     تهديد | تهديدات
  without  حياة | حياته | حياتهم | الأمن | أمن | الاستقرار | استقرار | السلم | السلام | مستقبل | وحدة | بانهيار | بتفكك | صحة | سلامة
  with     عقوبات | بعقوبات | العقوبات | بفرض | فرض | مقاطعة | بمقاطعة | حظر | بحظر
  target   * | على | ل
  priority 3

event 1313 threaten to break relations
  verb     هدد | يهدد | لوح | يلوح
  without  حياة | حياته | حياتهم | الأمن | أمن | الاستقرار | استقرار | السلم | السلام | مستقبل | وحدة | بانهيار | بتفكك | صحة | سلامة
  with     العلاقات | علاقات | بقطع | قطع | بطرد | السفير | سفير | سفيرها
  target   * | مع
  priority 3

event 1323 threaten curfew
  verb     هدد | يهدد | لوح | يلوح
  with     التجول
  priority 4

event 1324 threaten state of emergency
  verb     هدد | يهدد | لوح | يلوح
  with     الطوارئ
  priority 4

event 133 threaten protest, strike
  verb     هدد | يهدد | لوح | يلوح
  with     بالتظاهر | التظاهر | بالإضراب | الإضراب | إضراب | العصيان | بالعصيان | الاعتصام | بالاعتصام | بالنزول | التصعيد | بالتصعيد
  priority 2

# «هددت رانجه في محادثة سابقة معه»: a conversation in which one threatens is no talks one threatens to leave
# («لوح «العمال الكردستاني» بوقف عملية السلام مع الحكومة التركية»: or the peace or political process; a threat of a
# military «عملية» is force, 138, with a higher priority.)
event 134 threaten to halt negotiations
  verb     هدد | يهدد | لوح | يلوح
  with     المفاوضات | =المحادثات | الحوار | =عملية | =العملية
  priority 3

event 136 threaten to expel international presence
  verb     هدد | يهدد
  with     البعثة | المراقبين | المفتشين | المنظمات
  priority 3

event 137 threaten violent repression
  verb     هدد | يهدد | يتوعد | تتوعد
  verbform توعد | توعدت | توعدوا
  with     المتظاهرين | المحتجين | المعتصمين | بسحق | سحق
  priority 3

# («لوح «العمال الكردستاني» بوقف عملية السلام»: a threat to halt something, even an «عملية», is no threat of force.)
event 138 threaten military force
  verb     هدد | يهدد | لوح | يلوح
  noun     تهديد | تهديدات
  with     عسكري | عسكرية | عسكريا | بالقوة | القوة | بضرب | ضرب | بشن | شن | بهجوم | هجوم | حرب | بالحرب | الحرب | بالرد | الرد | باستهداف | استهداف | بقصف | قصف | بالتدخل | التدخل | بالانتقام | الانتقام | بعملية
  without  =بوقف | =بتعليق | =بتجميد | =بإنهاء
  target   * | ب | ضد | على
  priority 4

# verb forms as whole words (verbform): the light stem of «توعد» is وعد («promise»)
event 138 vow retaliation
  verb     يتوعد | تتوعد
  verbform توعد | توعدت | توعدوا
  hal      متوعدا | متوعدين
  target   * | ب
  priority 5

# «واعدا بالقضاء على هؤلاء المجرمين»: a promise to crush someone threatens them («وعد» alone promises, 03)
event 138 pledge retaliation
  verb     يتعهد | تتعهد
  verbform تعهد | تعهدت | تعهدوا | وعد | وعدت | يعد
  hal      متعهدا | متعهدين | واعدا | واعدين
  noun     تعهد
  with     بالرد | الرد | بالانتقام | الانتقام | بالثأر | الثأر | بالقضاء | بسحق
  target   على | ضد
  priority 6

event 1381 threaten blockade
  verb     هدد | يهدد | لوح | يلوح
  with     حصار | بحصار | بإغلاق | إغلاق
  priority 5

event 1382 threaten occupation, invasion
  verb     هدد | يهدد | لوح | يلوح
  with     احتلال | باحتلال | اجتياح | باجتياح | بالسيطرة | بضم | ضم
  priority 5

# Not a threat about a nuclear programme or its talks («هددت إيران بالانسحاب من المحادثات النووية»): the word names
# the file, not the weapon.
event 1385 threaten with weapons of mass destruction
  verb     هدد | يهدد | لوح | يلوح
  with     نووي | النووي | نووية | النووية | كيميائي | الكيميائي | كيميائية | الكيماوي
  without  =المحادثات | =المفاوضات | =محادثات | =مفاوضات | =البرنامج | =برنامج | =برنامجها | =الاتفاق | =اتفاق | =الملف | التخصيب | =المنشآت | =المفاعل | =المفتشين | =معاهدة
  priority 5

event 139 give ultimatum, deadline
  verb     أمهل | يمهل
  noun     مهلة | إنذارا
  target   * | ل

# «وأعطى الجيش اللبناني المسلحين مهلة 4 أيام», «منحت الحكومة المحتجين مهلة»: giving someone a deadline is the ultimatum
event 139 give a deadline
  verb     أعطى | يعطي | منح | يمنح | منحت | أعطت
  with     مهلة | مهلا | المهلة
  window   6
  target   * | ل
  priority 3

event 139 issue an ultimatum
  verb     وجه | يوجه | أصدر | يصدر | وجهت | وجهوا
  with     إنذارا | إنذار | إنذارات | إنذاره | إنذارها
  target   ل | إلى
  priority 3

# Coverage additions (11, 13).

# «دانت» is the Gulf-press form of «أدانت»; whole words only («دان» alone is also a name)
event 111 condemn (دانت)
  verbform دانت | دانوا
  target   * | ل

# «ودان أوباما … القادة الأفارقة»: «دان» with «و» written on it is the verb (alone it is also a name)
event 111 condemn (ودان)
  spelled  ودان
  target   * | ل

event 111 verbal attack (شن هجوما لاذعا)
  verb     شن | يشن | تشن | شنت | شنوا
  with     لاذعا | لاذع | كلاميا | كلامي | إعلاميا | إعلامي | حادا | انتقادات
  target   على | ضد
  priority 6

# whole words: «ينذر، تنذر» mostly mean «portend» («تنذر بكارثة»), and نذر is «vow»
event 130 warn with consequences (أنذر)
  verbform أنذر | أنذرت | أنذروا
  target   * | ب

# ---------------------------------------------------------------------------------------------
# 14 Protest
# ---------------------------------------------------------------------------------------------

# «احتجاجا على» after an act the sentence has coded qualifies it («استدعت السفير احتجاجا على», «تظاهروا احتجاجا
# على»): the coder fires it only when it is the sentence's first act («أضرب العرب أمس احتجاجا على»)
event 140 protest
  verb     احتج | يحتج
  noun     احتجاج | احتجاجا
  target   على | ضد

event 140 civil disobedience, uprising
  verb     انتفض | ينتفض
  noun     عصيان
  target   ضد | على

# verb forms as whole words (verbform): the light stem of «تظاهر» is ظاهر («ظاهرة» phenomenon)
# «تظاهرة ثقافية», «تظاهرة المسرح اللبناني»: in Levantine usage also a festival or show
event 141 demonstrate
  verbform تظاهر | تظاهرت | تظاهروا | يتظاهر | تتظاهر | يتظاهرون
  noun     تظاهر | تظاهرة | تظاهرات | مظاهرة | مظاهرات
  without  ثقافية | فنية | المسرح | مسرحية | سينمائية | رياضية | معرض | مهرجان | عروض | موسيقية | أدبية | فرحا | فرحهم | فرحتهم | ابتهاجا | احتفالا | احتفالية | احتفاء | بحرية
  target   ضد | أمام | على | ل

event 141 protests (plural)
  noun     احتجاجات
  target   ضد | على | أمام

# «اعتصم بالصمت», «اعتصموا بحبل الله»: with ب the verb is «hold fast to», not a sit-in
event 141 sit-in
  verb     اعتصم | يعتصم
  noun     اعتصام | اعتصامات | اعتصاما
  without  بالصمت | بحبل | بالله | بالصبر | بالوحدة
  target   أمام | في | ضد

# the street or the march follows the verb and its subject closely: «خرج آلاف المصريين إلى الشوارع»;
# «ويخرج في المساء … ليمشي في الشارع» is a walk
event 141 take to the streets
  verb     خرج | يخرج | نزل | ينزل
  with     الشوارع | الشارع | شوارع | الميادين | ميادين | مظاهرات | مسيرات | تظاهرات | مسيرة | احتجاجات
  window   8
  target   ضد | أمام
  priority 2

event 141 gather, rally
  verb     احتشد | يحتشد
  without  قوات | القوات | جنود | آليات | دبابات | عسكرية | تعزيزات | مقاتلين
  target   أمام | ضد

event 141 march, vigil
  noun     مسيرة | مسيرات | وقفة | وقفات | الوقفة
  with     احتجاجية | احتجاج | احتجاجا | حاشدة | سلمية | شعبية | غاضبة | تضامنية | للمطالبة | تطالب | صامتة
  target   ضد | أمام
  priority 2

# «وتواصلت التحركات الاحتجاجية في المناطق اللبنانية», «نفذ الأهالي تحركا اعتراضيا»: moves of protest are protests
event 141 protest moves
  noun     تحرك | تحركات | تحركا
  with     احتجاجية | الاحتجاجية | احتجاجي | الاحتجاجي | اعتراضيا | اعتراضية | الاعتراضية | احتجاجا
  window   2
  target   ضد | أمام
  priority 2

# Not an event of its own: chanting slogans and raising banners («ورفع المتظاهرون لافتات») describe a
# demonstration already reported; the demonstration is the event.

event 142 hunger strike
  verb     أضرب | يضرب
  noun     إضراب | إضرابا
  with     الطعام
  priority 4

event 143 go on strike
  verb     أضرب | يضرب
  with     العمل | الدراسة
  priority 2

event 143 strike (nominal)
  noun     إضراب | إضرابا | إضرابات
  target   ضد | على

event 143 boycott
  verb     قاطع | يقاطع
  noun     مقاطعة
  with     الانتخابات | الاستفتاء | البضائع | المنتجات | السلع | العملية
  priority 2

# «قطع طرق إمداد الحوثيين» cuts an enemy's supply lines, a military act, not a protest blockade
event 144 block roads
  verb     قطع | يقطع | أغلق | يغلق
  with     الطرق | الطرقات | طرقا | طرقات | الشوارع | شوارع | الجسور | جسر
  without  إمداد | الإمداد | إمدادات | الإمدادات
  priority 2

# «عرقل المحتجون حركة المرور»: protesters who hold up traffic block it, no political obstruction (120)
event 144 hold up traffic
  verb     عرقل | يعرقل
  with     المرور | السير | الطريق | الطرق
  window   6
  priority 2

event 144 burn tyres, barricades
  verb     أحرق | يحرق | أضرم | يضرم
  with     الإطارات | إطارات
  priority 3

# «شغب الملاعب» is football hooliganism
event 145 riot
  noun     شغب
  without  الملاعب | ملاعب | الملعب | المباراة | مباراة | المشجعين | مشجعي
  target   ضد

event 145 clashes with protesters
  noun     مواجهات | اشتباكات
  with     محتجين | المحتجين | متظاهرين | المتظاهرين | محتجون | متظاهرون | شبان | الشبان | المعتصمين
  target   مع
  symmetric
  priority 3

event 145 throw stones
  verb     رشق | يرشق
  with     بالحجارة | الحجارة | حجارة | بالزجاجات | زجاجات
  target   *
  priority 1

# Added by the coder team: gathering verbs are protests only with a sign of protest after them.
# whole words: the light stem of «تجمع» is that of «جمع» (collected)
event 141 gather in protest
  verbform تجمهر | يتجمهر | تجمهروا | يتجمهرون | تجمع | يتجمع | تجمعوا | تجمعت | يتجمعون
  with     أمام | احتجاجا | للتنديد | للاحتجاج | رافعين | مرددين | هتافات | شعارات | لافتات | تنديدا | للمطالبة | تضامنا | غاضبين | المتظاهرون | متظاهرون | المتظاهرين | متظاهرين | المحتجون | محتجون | المحتجين | محتجين | متظاهر
  target   أمام | ضد

event 144 block roads (sadd)
  verb     سد | يسد | سدوا | سدت
  with     طريق | الطريق | طرق | الطرق | طريقا | الطرقات
