@kind     patterns
@source   CAMEO codebook v1.1b3 event definitions (Schrodt 2012); Arabic triggers written for Hadath
@source   Trigger ideas reviewed from UniversalPetrarch CAMEO.ar.0.5.txt (MIT)
@licence  CC BY 4.0

# Families 01-05: verbal cooperation (statements, appeals, intent to cooperate, consultation,
# diplomatic cooperation).
#
# Notes for editors:
# - Verbs are matched on their light stem, so a verb line also matches any word with the same
#   stem (a masdar, a plural noun). Where the stem of a verb form is also a common unrelated
#   word, the form is listed under `noun` (matched as a whole word) instead of `verb`, with a
#   comment: «تعهد» (stem عهد «era»), «ناشد» (stem اشد «أشد»), «أثنى» (stem اثن «الاثنين»),
#   «توسط» (stem وسط «middle»), «تباحث» (stem باحث «researcher»).
# - `with`/`without` words are compared by light stem, within 14 words: a clitic-less core
#   («نظير», «حرص») covers «بنظيره», «حرصه»; forms written with ب/ل become whole words for the
#   segmenter, so write the bare word.
# - Generic reporting verbs (قال، أكد، أضاف، أوضح، أشار، صرح) are not triggers; they appear here
#   only with a `with` word that names the content («أكد دعمه»، «أكد استعداده»).

# ---------------------------------------------------------------------------------------------
# 01 Make public statement
# ---------------------------------------------------------------------------------------------

# whole words: the light stem of «أعرب» is عرب («العرب»), and «عبر» is also the preposition
event 010 make statement (expressed)
  verbform أعرب | أعربت | أعربوا | يعرب | تعرب
  target   إزاء | حيال | تجاه | بشأن | ل

event 010 make statement (issued a statement)
  verb     أصدر
  with     بيان | بيانا | بلاغ | بلاغا | تصريح | تصريحا
  target   بشأن | حول | إزاء | حيال

event 010 make statement (speech, remarks)
  verb     ألقى | يلقي | ألقت | ألقوا | تلقي
  with     كلمة | خطاب | خطابا
  target   أمام | بشأن | حول

# («وأدلى كيري بهذه التصريحات خلال زيارة …»: remarks pointed back at are the ones already told, no new statement.)
event 010 make statement (gave remarks)
  verb     أدلى | يدلي | أدلت
  with     تصريح | تصريحات | بيان | حديث
  without  بهذه | بهذا | بتلك | هذه | هذا | تلك
  target   بشأن | حول | ل

event 010 make statement (commented on)
  verb     علق
  with     على
  target   على

# «وقال فيه إن السعودية دولة إرهابية», «إن الولايات المتحدة عدو لدود»: the same, when what is said charges the other
# with being terrorist, aggression, violations, hostility, interventions or destabilising is an accusation («إن
# التدخلات الإيرانية تهدد المنطقة»). Not «الإرهاب» alone: «جهود المملكة في مكافحة الإرهاب» praises; nor «ترعى», «تمول»,
# «تتدخل»: «إن السعودية ترعى الحوار», «تتدخل بإيجابية» praise.
event 112 accuse (reported speech)
  verbform قال | قالت | يقول | تقول | أعلن | أعلنت | أكد | أكدت | أضاف | أضافت | أوضح | أوضحت | ذكر | ذكرت | صرح | صرحت | أفاد | أفادت | أشار | أشارت | كشف | كشفت | تابع | تابعت | شدد | شددت | لفت | لفتت | اعتبر | اعتبرت
  with     إرهابية | الإرهابية | عدوان | العدوان | عدوانية | العدوانية | عدو | انتهاك | انتهاكات | خرق | خرقا | خروقات | جرائم | جريمة | احتلال | الاحتلال | تآمر | مؤامرة | تستغل | يستغل | =تدخلات | =التدخلات | =زعزعة
  about

# «وقال كيري إن الاتفاقية النووية مع طهران …», «اعتبر نتنياهو أن التصريحات الأخيرة لمرشد إيران …»: what a named
# speaker says about another country's actor, when the sentence codes no act of its own (`about`: never a trigger;
# the target is the first actor within four words of «أن/إن»). Whole forms: the light stem of «قالت» is not «قال».
event 010 make statement about another (reported speech)
  verbform قال | قالت | يقول | تقول | أعلن | أعلنت | أكد | أكدت | أضاف | أضافت | أوضح | أوضحت | ذكر | ذكرت | صرح | صرحت | أفاد | أفادت | أشار | أشارت | كشف | كشفت | تابع | تابعت | شدد | شددت | لفت | لفتت | اعتبر | اعتبرت
  about

# «رفضت الوزارة تأكيد أو نفي الخبر», «رفض المصدر إعطاء المزيد من التفاصيل» decline to comment, not a rejection.
# «المسؤول الذي رفض الكشف عن اسمه» is the anonymity formula of the report, not an act at all.
# «تعليق» is also a suspension: «رفضت روسيا تعليق عضوية سوريا» rejects, it declines no comment
event 011 decline comment
  verb     رفض | امتنع
  hal      رافضا | رافضين
  with     التعليق | تعليق | الإدلاء | تأكيد | نفي | تأكيدها | تأكيده | التفاصيل | تفاصيل | إعطاء
  without  اسمه | اسمها | هويته | هويتها | أسمائهم | هوياتهم | عضوية | عضويتها | عضويته | =المفاوضات | =المحادثات | =المساعدات | =التعاون | =الرحلات | =الدراسة | =العمل
  window   12
  priority 5

event 012 express concern
  verb     أعرب | أبدى | يبدي | أبدت | تبدي | عبر
  hal      معربا | معربين
  with     قلق | قلقه | انزعاج | مخاوف | خشية | تخوف | تخوفه | خوف | أسف | أسفه | تشاؤم | خيبة
  target   إزاء | حيال | من | بشأن | تجاه | ل
  priority 3

# «أعلنت المفوضية انزعاجها الشديد من أحكام الإعدام»
event 012 announce concern
  verb     أعلن | يعلن | أعلنت | تعلن
  with     قلق | قلقه | انزعاج | مخاوف | تخوف | تخوفه
  without  أن | أنه | أنها | بأن | داعي
  target   إزاء | حيال | من | بشأن | تجاه
  priority 3

# «الولايات المتحدة تشعر بقلق بالغ من تصاعد الهجمات»
event 012 feel concern
  verb     شعر | يشعر | تشعر | نشعر
  with     بقلق | بالقلق | قلق | بالانزعاج | بخيبة
  window   3
  target   إزاء | حيال | من | بشأن | تجاه
  priority 3

event 012 concern (nominal and predicate «موسكو قلقة»)
  noun     قلق | قلقة | قلقون | قلقين
  target   إزاء | حيال | من | بشأن | تجاه

# weather warnings to the public («حذر الدفاع المدني من السيول») are no political act
event 012 warn of
  verb     حذر | يحذر
  hal      محذرا | محذرين
  with     من | مغبة | عواقب | خطورة | تداعيات | بأن
  without  الأمطار | أمطار | السيول | سيول | الغبار | العواصف | الحرارة | الطقس | الصواعق | الأودية | مجاري
  target   * | من

event 012 warning (nominal)
  noun     تحذير | تحذيرات | تحذيرا
  target   * | من

event 012 express pessimism
  verb     أعرب | أبدى | عبر
  hal      معربا | معربين
  with     تشاؤم | تشاؤمه | يأس
  priority 2

event 013 express hope, optimism
  verb     أعرب | أبدى | يبدي | أبدت | عبر
  hal      معربا | معربين
  with     أمل | أمله | أملها | تفاؤل | تفاؤله | ثقة | ثقته | ارتياح | ارتياحه | تطلع | تطلعه
  without  خيبة
  target   ب | ل | في | إزاء | حيال
  priority 2

# whole words: the light stem of «يأمل» is امل, also the noun «أمل» («خيبة أمل»)
event 013 hope (verb)
  verbform يأمل | تأمل | نأمل | يأملون
  target   في | ب

event 013 express optimism (verb)
  verb     تفاءل | يتفاءل
  noun     تفاؤل
  target   ب

event 014 consider policy option
  verb     درس | يدرس
  with     إمكانية | إمكان | خيارات | خيار | احتمال | فرض | إرسال | اتخاذ | الرد
  target   *

event 014 consider, weigh
  verb     يفكر | فكر | فكرت | فكروا
  with     جديا | إمكانية | خيار | فرض | إرسال
  target   في

# «تبنى مجلس الأمن القرار»: one adopts a resolution, a plan or a cause as well. Responsibility in whole forms: «الموقف
# المسؤول الذي تبنته الإدارة» adopted a responsible stand.
event 015 claim responsibility
  verb     تبنى | يتبنى | تبنت
  without  القرار | قرار | مقترح | اقتراح | مبادرة | توصية | توصيات | سياسة | استراتيجية | خطة | نهج | فكرة | قضية | مطالب | موقفا | الموقف
  with     =مسؤولية | =المسؤولية | =مسؤوليته | =مسؤوليتها | الهجوم | الهجومين | الهجمات | العملية | العمليات | التفجير | التفجيرين | التفجيرات | الاعتداء | الاعتداءات | الانفجار | الانفجارات | الاغتيال
  target   عن

event 015 announce responsibility
  verb     أعلن | أقر
  with     مسؤولية | مسؤوليته | مسؤوليتها | المسؤولية
  target   عن
  priority 3

event 015 acknowledge, admit
  verb     اعترف | يعترف
  target   ب

event 016 deny
  verb     نفى | ينفي | نفت | نفوا
  noun     نفي
  target   * | عن

event 016 refute
  verb     فند | يفند | دحض | يدحض | فندت | فندوا
  target   *

event 017 symbolic act (wreath, minute of silence, flags at half-mast)
  verb     وضع | وقف | وضعت | وضعوا | وقفت | وقفوا
  with     إكليل | إكليلا | دقيقة | حدادا
  target   على | ل

event 017 declare mourning
  verb     أعلن
  with     الحداد | حداد
  priority 3

# Only after «نكس»: normalised, «الأعلام» (flags) is «الإعلام» (the media), and «وأعلن وزير الإعلام» declares nothing.
event 017 flags at half-mast
  verb     نكس | ينكس | نكست
  with     الأعلام | العلم
  priority 3

# «رفع تعازيه إلى»: condolences are raised too
event 018 express condolences, sympathy, solidarity
  verb     أعرب | أبدى | عبر | قدم | بعث | جدد | رفع
  hal      معربا | معربين
  with     تعاز | تعازي | تعازيه | التعازي | تعزية | مواساة | تضامن | تضامنه | تضامنها | تعاطف | تعاطفه
  target   ل | إلى | مع
  priority 3

# «نقل تعازي الملك إلى»: conveyed condolences only («نقلت رويترز عن مسؤول تضامن واشنطن» conveys a report)
# «وأكد شتاينماير تفهمه قلق الرياض ودول الخليج», «أبدى تفهمه لمخاوف تركيا»: understanding voiced for another's concern
# is an empathetic comment on it, not a concern of one's own (012); whose concern it is is the target
event 018 express understanding
  verb     أعرب | أبدى | عبر | أكد | جدد
  with     تفهمه | تفهمها | تفهمهم | تفهمنا | تفهم
  window   3
  target   * | ل
  priority 4

event 018 convey condolences
  verb     نقل | ينقل
  with     تعازي | تعازيه | التعازي | مواساة
  window   6
  target   ل | إلى
  priority 3

event 018 condolences (nominal)
  noun     تعازي | تعاز | تعزية | عزاء
  target   ل | إلى

event 018 offer condolences (verb)
  verb     عزى | يعزي
  target   *

event 018 solidarity
  noun     تضامن
  without  الاجتماعي
  target   مع

# «تتضامن مع تركيا»: the noun «تضامن» is also the perfect, so only the unambiguous verb forms are listed
event 018 stand in solidarity
  verbform تضامنت | يتضامن | تتضامن | تضامنوا | يتضامنون | نتضامن
  target   مع

# «اتفقت أنقرة مع الأميركيين على خلق منطقة آمنة»: agreeing with someone on something to do is an intent to cooperate;
# the coder reads it as 030 when a counterpart is named and «على» is followed by no position («على أن/ألا/أهمية/ضرورة»)
event 019 express accord
  verb     اتفق | يتفق
  target   مع
  symmetric

event 019 agree to, approve
  verb     وافق | يوافق | وافقت | وافقوا
  target   على | مع

# ---------------------------------------------------------------------------------------------
# 02 Appeal
# ---------------------------------------------------------------------------------------------

# «ما يدعو إلى القلق», «يدعو إلى الريبة»: what gives cause for a feeling calls on no one
# «وقال الجبير إنه يجب على إيران تغيير سياستها», «إن على إيران أن تكف»: a speaker saying what another must do appeals to
# it. Only with the one obliged after «على»: «يجب الاهتمام بالتعليم» asks no one.
event 020 say another must act
  verbform يجب | ينبغي | يتعين | يتوجب
  with     على
  window   1
  target   على
  targeted

event 020 appeal, call on
  verb     دعا | يدعو | دعت
  hal      داعيا | داعين
  without  الأمطار | السيول | الأودية | مجاري | الغبار | الطقس | الصواعق | الريبة | للريبة | القلق | للقلق | الاستغراب | للاستغراب | الدهشة | للدهشة | التساؤل | للتساؤل | الشك | للشك | التفاؤل | للتفاؤل | الأسف | للأسف | السخرية | للسخرية | الاستهجان | الحيرة | الإحباط | التشاؤم | العجب | للعجب | الفخر | للفخر | الاطمئنان | للاطمئنان | الارتياح | للارتياح
  target   * | إلى

event 020 appeal (nominal)
  noun     دعوات | نداء | نداءات
  without  تونس
  target   * | إلى | ل

# «ناشد» written as a noun: its light stem اشد is also «أشد» (بأشد العبارات)
event 020 appeal to, implore
  verb     يناشد | تناشد
  verbform ناشد | ناشدت | ناشدوا
  noun     مناشدة | مناشدات
  target   * | إلى

event 020 urge
  verb     حث | يحث | تحث | حثت | حثوا | حض | يحض | حضت
  target   * | على

# not the sourcing formula «مسؤول طلب عدم الكشف عن هويته»
event 020 ask, request
  verb     طلب | يطلب
  without  الكشف | هويته | هويتها | اسمه | اسمها | اسميهما | اسميهم | ذكر
  target   من | *

# «تطالب الصين بالسيادة على»: claiming sovereignty or ownership of a territory is a claim, not an appeal to anyone
event 020 call for (friendly demand)
  verb     طالب | يطالب
  hal      مطالبا | مطالبين
  noun     مطالبة | مطالبات
  without  بالسيادة | السيادة | بأحقيتها | بأحقيته | بملكية | بتبعية
  target   * | ب

# «مارست إسرائيل ضغوطا لإقناع الكونجرس», «كثفت واشنطن ضغوطها على»: pressing another to act is an appeal to it;
# not economic or blood pressure («ضغط الدم», «الضغوط الاقتصادية»)
event 020 exert pressure on
  verb     مارس | يمارس | مارست | يمارسون | كثف | كثفت | يكثف | صعد | صعدت
  with     ضغوطا | ضغوط | ضغطا | الضغوط | الضغط | ضغوطها | ضغوطه | ضغوطهم
  without  الدم | الاقتصادية | اقتصادية | المعيشية | النفسية | نفسية | الجوي | المالية
  target   على | ل
  priority 1

# «وأكد الجبير في دعوته إيران إلى وقف دعم الإرهاب»: the masdar with its doer as a clitic and the one called on as its
# object, so only with that object («بدعوته الصادقة إلى تبني التعايش» praises a call to no one) and with «إلى» close
# by: «تلبية لدعوته» answers an invitation; «دعوته إلى زيارة» invites (036).
event 020 appeal (his call on … to)
  noun     دعوته | دعوتها | دعوتهم
  with     إلى
  without  لزيارة | زيارة | =للقاء | =لقاء | لحضور | حضور | للمشاركة | المشاركة | تلبية | استجابة | تلبيةً
  window   4
  target   *
  targeted
  priority 2

# «وجدد الوزير دعوة إيران إلى الكف عن التدخل», «كرر دعوته الأطراف إلى ضبط النفس»: renewing one's call is the call
# again. Not an invitation («جدد دعوته لزيارة المملكة», 036).
event 020 renew a call
  verb     جدد | يجدد | جددت | كرر | يكرر | كررت
  with     دعوة | دعوته | دعوتها | دعوتهم | دعواته | دعواتها | دعوات | الدعوة
  without  لزيارة | زيارة | =للقاء | =لقاء | لحضور | حضور | للمشاركة | المشاركة
  window   8
  target   * | إلى | ل
  priority 2

event 020 send an appeal
  verb     وجه | أطلق | وجهت | وجهوا
  with     نداء | نداءات | مناشدة
  target   إلى | ل
  priority 1

event 022 appeal for diplomatic support
  verb     دعا | يدعو | دعت | طالب | يطالب | طلب | يطلب | يناشد | حث | يحث
  hal      داعيا | داعين | مطالبا | مطالبين
  noun     ناشد | ناشدت
  with     تأييد | مساندة | الاعتراف | اعتراف | التضامن
  target   * | من
  priority 2

event 023 appeal for aid
  verb     دعا | يدعو | دعت | طالب | يطالب | طلب | يطلب | يناشد | استغاث | استنجد | التمس
  hal      داعيا | داعين | مطالبا | مطالبين
  noun     ناشد | ناشدت
  with     مساعدة | مساعدات | المساعدة | دعم | الدعم | العون | معونة | معونات
  target   * | من | ب
  priority 2

event 0231 appeal for economic aid
  verb     دعا | يدعو | دعت | طالب | يطالب | طلب | يطلب | يناشد
  hal      داعيا | داعين | مطالبا | مطالبين
  noun     ناشد | ناشدت
  with     قرض | قرضا | قروض | تمويل | مالية | مالي | اقتصادية | منحة
  target   * | من
  priority 3

event 0232 appeal for military aid
  verb     دعا | يدعو | دعت | طالب | يطالب | طلب | يطلب | يناشد
  hal      داعيا | داعين | مطالبا | مطالبين
  noun     ناشد | ناشدت
  with     عسكري | عسكرية | أسلحة | سلاح | ذخائر | ذخيرة | التسليح | تسليح
  target   * | من
  priority 3

# The aid words follow the appeal closely; far after it they qualify something else («دعا هادي الميليشيات … باحترام
# الهدنة الإنسانية»).
event 0233 appeal for humanitarian aid
  verb     دعا | يدعو | دعت | طالب | يطالب | طلب | يطلب | يناشد
  hal      داعيا | داعين | مطالبا | مطالبين
  noun     ناشد | ناشدت
  with     إنسانية | الإنسانية | إنساني | إغاثة | الإغاثة | إغاثية | غذائية | الإنساني
  without  الهدنة | هدنة
  window   12
  target   * | من
  priority 4

event 0234 appeal for protection, peacekeepers
  verb     دعا | يدعو | دعت | طالب | يطالب | طلب | يطلب | يناشد
  hal      داعيا | داعين | مطالبا | مطالبين
  noun     ناشد | ناشدت
  with     حماية | الحماية | حفظ
  target   * | من
  priority 3

event 0241 appeal for change in leadership
  verb     دعا | يدعو | دعت | يناشد | حث | يحث
  hal      داعيا | داعين
  noun     ناشد | ناشدت
  with     تنحي | التنحي | رحيل | استقالة | الاستقالة | إسقاط
  target   *
  priority 3

event 0242 appeal for policy change
  verb     دعا | يدعو | دعت | يناشد | حث | يحث
  hal      داعيا | داعين
  with     مراجعة | تغيير | إلغاء | التراجع | تعديل
  target   *
  priority 2

event 0243 appeal for rights
  verb     دعا | يدعو | دعت | يناشد | حث | يحث
  hal      داعيا | داعين
  with     حقوق | الحريات | حرية
  target   *
  priority 2

event 0244 appeal for change in institutions (elections, reform)
  verb     دعا | يدعو | دعت | يناشد | حث | يحث
  hal      داعيا | داعين
  with     انتخابات | إصلاحات | إصلاح | دستور
  target   *
  priority 2

# The appeal is to whoever holds them: «دعا إيران إلى الإفراج عن الصحفي» targets Iran; those to be freed, after «عن»,
# are its object («دعا إلى الإفراج عن الإيطاليين المختطفين» names no addressee).
event 0253 appeal for release of persons
  verb     دعا | يدعو | دعت | يناشد | حث | يحث | طلب | يطلب
  hal      داعيا | داعين
  noun     ناشد | ناشدت
  with     الإفراج | إفراج | سراح
  target   *
  priority 3

event 0254 appeal for easing of sanctions
  verb     دعا | يدعو | دعت | يناشد | حث | يحث | طالب | يطالب
  hal      داعيا | داعين | مطالبا | مطالبين
  with     العقوبات | عقوبات | الحظر
  target   *
  priority 2

# «=وقف»: not «بوقفة» (a stand). Not «ضبط»: in this press it is far more often an arrest or an adjustment («ضبط
# المخالفين», «ضبط مواعيد الدوام») than «ضبط النفس». Withdrawing an ambassador or a licence, or cutting emissions, prices
# or spending, is no de-escalation.
event 0256 appeal for de-escalation, ceasefire, withdrawal
  verb     دعا | يدعو | دعت | يناشد | حث | يحث | طلب | يطلب
  hal      داعيا | داعين
  noun     ناشد | ناشدت
  with     =وقف | =وقفا | التوقف | هدنة | التهدئة | تهدئة | التصعيد | تصعيد | انسحاب | سحب | الانسحاب | خفض
  without  السفير | سفير | سفيره | سفيرها | السفراء | ترخيص | الترخيص | انبعاثات | الانبعاثات | الأسعار | أسعار | الضرائب | التكاليف | تكاليف | الإنفاق | الفائدة | العجز | الدين | البطالة
  target   * | إلى
  priority 4

event 026 appeal to meet or negotiate
  verb     دعا | يدعو | دعت | يناشد | حث | يحث | طالب | يطالب
  hal      داعيا | داعين | مطالبا | مطالبين
  noun     ناشد | ناشدت
  with     حوار | الحوار | مفاوضات | المفاوضات | التفاوض | محادثات | المحادثات | الجلوس | طاولة | استئناف | اجتماع | قمة | مؤتمر
  target   * | إلى
  priority 3

event 027 appeal to settle dispute
  verb     دعا | يدعو | دعت | يناشد | حث | يحث | طالب | يطالب
  hal      داعيا | داعين | مطالبا | مطالبين
  noun     ناشد | ناشدت
  with     حل | تسوية | التسوية | المصالحة | مصالحة | السلام | السلمي
  target   * | إلى
  priority 3

event 028 appeal for mediation
  verb     دعا | يدعو | دعت | طلب | يطلب | يناشد | حث | يحث
  hal      داعيا | داعين
  with     وساطة | الوساطة | التوسط | توسط
  target   * | من
  priority 4

# ---------------------------------------------------------------------------------------------
# 03 Express intent to cooperate
# ---------------------------------------------------------------------------------------------

event 030 express readiness, willingness
  verb     أبدى | يبدي | أبدت | أعلن | أكد | أعرب | جدد
  hal      معربا | معربين
  with     استعداد | استعداده | استعدادها | استعدادهم | رغبة | رغبته | رغبتها
  target   ل | مع
  priority 2

# «إيران مستعدة للحوار مع السعودية»: ready to work with someone, said of a subject («للمساعدة» would also be «مساعدة
# باكستان», whose genitive is the helper)
event 030 ready to cooperate (predicate)
  noun     مستعد | مستعدة | مستعدون | مستعدين
  with     للتعاون | للحوار | للتفاوض | للعمل | للمشاركة | للتنسيق
  window   2
  target   مع
  priority 2

# perfect forms written as nouns: the light stem of «تعهد» is عهد («في عهد»)
# («تعهد بمواصلة المفاوضات مع إسرائيل»: «مع» belongs to the noun pledged, «الاتفاق النووي مع إيران», «عدم التسامح مع»)
event 030 pledge
  verb     يتعهد | تتعهد
  verbform تعهد | تعهدت | تعهدوا
  noun     تعهد | تعهدات
  target   ل | ب

event 030 promise
  verb     وعد | وعدت | وعدوا
  noun     وعود | الوعود
  target   * | ب

event 030 announce intention
  verb     أعلن | أبدى | أكد
  with     نيته | نيتها | عزمه | عزمها | اعتزامه | اعتزامها
  priority 2

event 030 agree to cooperate
  verb     اتفق | يتفق | اتفقا
  with     تعزيز | التعاون | تعاون | العمل | تطوير
  target   مع
  symmetric
  priority 2

# «معصوم سعى وسوف يسعى إلى تطوير أفضل العلاقات مع المملكة», «المملكة حريصة على تطوير علاقاتها مع إيران»: seeking
# better relations with a state is an intent to cooperate with it (not «يسعى إلى تعزيز الأمن»: relations or cooperation only)
event 030 seek better relations
  verb     سعى | يسعى | تسعى | نسعى | حرص | يحرص | تحرص | نحرص
  noun     حريص | حريصة | حريصون | حريصين
  with     العلاقات | علاقات | العلاقة | علاقة | التعاون | علاقاتها | علاقاته | علاقاتنا
  without  تخريب | لتخريب | تقويض | لتقويض | إفساد | لإفساد | الإضرار | للإضرار | قطع | لقطع | تجميد | لتجميد | ضرب | لضرب
  window   6
  target   مع | ب
  priority 2

# «التقى وزير الخارجية السعودي نظيره الأردني … وتم الاتفاق خلال المباحثات على أهمية تعزيز التعاون»: an agreement told
# impersonally right after two sides met is an intent to cooperate of both (never «الاتفاق النووي» or «ينص الاتفاق»)
event 030 agreed (impersonal)
  noun     الاتفاق
  with     على
  window   5
  symmetric
  impersonal
  priority 2

# «ووافقت تركيا على التعاون مع الولايات المتحدة»: agreeing to cooperate with a state is an intent to cooperate with
# it, not an accord on something said
event 030 agree to cooperate
  verb     وافق | يوافق | وافقت | وافقوا
  with     =التعاون
  window   3
  target   مع
  priority 2

event 030 accept an offer, initiative
  verbform قبلت | قبلوا | يقبل | تقبل
  with     عرض | العرض | مبادرة | المبادرة | مقترح | المقترح | اقتراح
  target   *
  priority 1

event 031 agree to material cooperation
  verb     اتفق | يتفق | اتفقا | يتعهد
  noun     تعهد | تعهدت
  with     الاستثمار | استثمارات | مشاريع | مشروع | صفقة | التبادل | التجاري | التجارة
  target   مع
  symmetric
  priority 3

event 0312 express intent to cooperate militarily
  verb     اتفق | يتفق | اتفقا
  with     العسكري | عسكري | العسكرية | الدفاعي | الأمني | التدريب
  target   مع
  symmetric
  priority 3

event 033 express intent to provide aid
  verb     يتعهد | تتعهد | وعد | قرر | وعدت | وعدوا
  verbform تعهد | تعهدت | تعهدوا
  noun     تعهد
  with     مساعدات | مساعدة | بتقديم | تقديم | تخصيص | معونات | منحة | منح | بمنح
  target   ل | إلى
  priority 3

event 0332 express intent to provide military aid
  verb     يتعهد | تتعهد | وعد | وعدت | وعدوا
  noun     تعهد | تعهدت
  with     أسلحة | عسكرية | عسكري | ذخائر | بتسليح | تسليح
  target   ل | إلى
  priority 4

event 0333 express intent to provide humanitarian aid
  verb     يتعهد | تتعهد | وعد | قرر | وعدت | وعدوا
  noun     تعهد | تعهدت
  with     إنسانية | إغاثة | إغاثية | الإنسانية
  target   ل | إلى
  priority 5

event 033 offer aid
  verb     عرض | يعرض
  with     مساعدة | مساعدات | المساعدة | دعم | العون
  target   على | ل
  priority 2

event 034 express intent to bring political reform
  verb     يتعهد | تتعهد | وعد | وعدت | وعدوا
  noun     تعهد | تعهدت
  with     إصلاحات | إصلاح | انتخابات | دستور
  priority 3

event 0353 express intent to release persons
  verb     يتعهد | تتعهد | وعد | قرر | وافق | وعدت | وعدوا | وافقت | وافقوا
  noun     تعهد | تعهدت
  with     الإفراج | إفراج | سراح
  target   عن
  priority 4

event 0356 express intent to de-escalate
  verb     يتعهد | تتعهد | وعد | أبدى | وعدت | وعدوا
  noun     تعهد | تعهدت
  with     وقف | هدنة | التهدئة | الانسحاب | انسحاب | سحب
  priority 4

# «أكد الوزير خلال الاجتماع أن …», «في ختام اللقاء»: a meeting that frames what was said is no intent to meet
event 036 express intent to meet or negotiate
  verb     أبدى | أبدت | أعلن | أكد | أعرب
  hal      معربا | معربين
  with     للحوار | الحوار | التفاوض | للتفاوض | مفاوضات | =للقاء | =لقاء | للاجتماع | الجلوس
  without  خلال | أثناء | عقب | ختام | هامش | تلخيص | تلخيصه
  window   6
  target   مع
  priority 3

event 036 extend an invitation (to visit, meet)
  verb     وجه | يوجه | قدم | وجهت | وجهوا
  with     دعوة | دعوته | دعوتها
  target   ل | إلى
  priority 3

event 036 invite to visit, meet
  verb     دعا | يدعو | دعت
  hal      داعيا | داعين
  with     لزيارة | زيارة | =للقاء | =لقاء | لحضور | حضور | للمشاركة | المشاركة
  target   *
  priority 5

event 036 accept an invitation
  verb     لبى | يلبي
  verbform قبلت | قبلوا | يقبل | تقبل
  with     دعوة | الدعوة | دعوته | دعوتها
  target   *
  priority 3

event 038 accept mediation
  verb     وافق | يوافق | وافقت | وافقوا
  verbform قبلت | قبلوا | يقبل | تقبل
  with     وساطة | الوساطة | بوساطة
  target   *
  priority 3

event 039 offer to mediate
  verb     عرض | يعرض | أبدى | يبدي | أعلن
  with     وساطة | الوساطة | التوسط | للتوسط | وساطتها | وساطته
  target   بين | على
  priority 5

# ---------------------------------------------------------------------------------------------
# 04 Consult
# ---------------------------------------------------------------------------------------------

event 040 meet
  verb     التقى | يلتقي | التقت | التقوا | التقيا | تلتقي | نلتقي | ألتقي | التقيت | التقينا
  noun     لقاء | لقاءات | اللقاء
  target   * | ب | مع
  symmetric

event 040 hold a meeting
  verb     اجتمع | يجتمع
  noun     اجتماع | اجتماعات
  target   ب | مع
  symmetric

event 040 hold a meeting, summit, session
  verb     عقد | يعقد
  with     قمة | جلسة | اجتماع | اجتماعا | =لقاء | =لقاءات | مباحثات | محادثات | مشاورات | حوار | حوارا
  target   مع
  symmetric
  priority 1

event 040 discuss
  verb     بحث | يبحث
  without  عن
  target   مع
  symmetric

# «وعرض الجميل مع السفير الأميركي ضرورة تفعيل عمل الحكومة»: to set out a matter with someone is to discuss it with
# them; «عرض» without «مع» right after the subject offers or shows.
event 040 discuss (عرض مع)
  verbform عرض | عرضت | يعرض | عرضا
  with     مع
  without  مقابلة | حوار | تصريحات | برنامج | التعاون | تعاون | صورا | صور | فيلما | فيلم | مشاهد | لقطات | تسجيلا | المساعدة | مساعدة | الوساطة | وساطة
  window   6
  target   مع
  symmetric
  priority 1

event 040 discuss, debate
  verb     ناقش | يناقش
  noun     مناقشة | مناقشات
  target   مع
  symmetric

# verb forms as whole words (verbform): the light stem of «تباحث» is باحث «researcher»
event 040 hold talks
  verbform تباحث | تباحثا | تباحثت | تباحثوا | يتباحث | يتباحثان | تتباحث
  noun     مباحثات | محادثات | المحادثات
  target   مع
  symmetric

# «استمعت اللجنة لعرض من عز الدين الأصبحي وزير حقوق الإنسان», «استمع مجلس الأمن إلى إحاطة من المبعوث الخاص»: a body
# hearing a briefing from someone consults with him. Whole forms: «استمع إلى الموسيقى» has no briefing.
event 040 hear a briefing
  verbform استمع | استمعت | يستمع | تستمع | استمعوا
  with     عرض | لعرض | إحاطة | شرح | إيجاز | تقرير | تقريرا
  window   7
  target   من
  symmetric
  priority 2

event 040 consult
  verb     تشاور | يتشاور
  noun     مشاورات
  target   مع
  symmetric

# (Not phone numbers or lines: «وضعت بتصرف المواطنين أرقاما هاتفية»; a 'with' word right after a 'without' word is its adjective.)
event 041 discuss by telephone
  verb     اتصل | يتصل | بحث | يبحث | تباحث | تحدث | أجرى | تلقى
  verbform تباحث | تباحثا | تباحثت | تباحثوا | يتباحث | يتباحثان | تتباحث
  with     هاتفيا | هاتفي | هاتفية | الهاتف
  without  يفيد | تفيد | بلاغ | بلاغا | للإبلاغ | يبلغ | أرقاما | أرقام | رقما | رقم | خطوط | خط
  target   ب | مع | من
  symmetric
  priority 3

# «وتلقى الأمير الاتصالات من وزير الدفاع المصري»: a call received is by telephone, the word «هاتفي» unwritten (not a
# citizen's report, «اتصال جوال من مواطن يفيد», «بلاغ»). The whole window: the one who receives it may bear a long
# chain of titles («تلقى نائب خادم الحرمين الشريفين صاحب السمو الملكي الأمير محمد بن نايف بن عبدالعزيز اتصالاً»).
event 041 receive a call
  verbform تلقى | تلقت | تلقوا | يتلقى | تتلقى
  with     =اتصالا | =اتصال | =اتصالات | =مكالمة
  without  جوال | يفيد | تفيد | بلاغ | بلاغا | للإبلاغ | يبلغ
  target   من
  symmetric
  priority 3

event 041 telephone call (nominal)
  noun     اتصال | اتصالا | اتصالات | مكالمة | مكالمات | محادثة
  with     هاتفي | هاتفيا | هاتفية | الهاتفية
  target   مع | ب | من
  symmetric
  priority 3

# «خلال اتصال أجراه أمس بالرئيس المصري»: a call told by the relative verb of making or receiving it is a telephone
# call, «هاتفي» unwritten (the core of «أجراه» keeps the alif the pronoun brings: «أجرا»)
event 041 telephone call made or received (nominal)
  noun     اتصال | اتصالا | مكالمة
  with     =أجرا | =أجرت | =أجريا | =تلقا | =تلقت
  window   2
  target   ب | مع | من
  symmetric
  priority 3

# «زيارة موقع المديرية العامة للجوازات» is a visit to its website, «زار موقع الحادث» to a place, not to anyone
event 042 visit
  verb     زار | يزور | زارت
  noun     زيارة | زيارات
  without  موقع | الموقع | مواقع | المواقع | الرابط | الإلكتروني | الالكتروني
  target   * | إلى | ل

event 042 arrive on a visit
  verb     وصل | يصل | وصلت | وصلوا
  with     زيارة
  target   إلى
  priority 2

event 043 host, receive
  verb     استقبل | يستقبل | استضاف | يستضيف
  without  لاجئين | اللاجئين | نازحين | النازحين | مهاجرين | المهاجرين | اتصالا | مكالمة | الجرحى | المصابين | المرضى | الحجاج | المعتمرين | السياح | الطلبات
  target   *

event 043 host talks, summit
  verb     استضاف | يستضيف
  with     محادثات | مفاوضات | اجتماع | قمة | مؤتمر | =لقاء
  priority 1

# perfect «توسط» written as a noun: its light stem is وسط «middle»
event 045 mediate
  verb     يتوسط | تتوسط
  noun     توسط | توسطت | وساطة | الوساطة | بوساطة
  target   بين | ل | لدى

event 046 negotiate
  verb     فاوض | يفاوض | تفاوض | يتفاوض | فاوضت | فاوضوا
  noun     مفاوضات | المفاوضات | تفاوض | التفاوض
  target   مع
  symmetric

event 046 resume negotiations
  verb     استأنف | يستأنف
  with     المفاوضات | مفاوضات | المحادثات | محادثات | الحوار | التفاوض
  target   مع
  symmetric
  priority 2

# ---------------------------------------------------------------------------------------------
# 05 Engage in diplomatic cooperation
# ---------------------------------------------------------------------------------------------

event 050 restore or upgrade relations
  verb     استأنف | يستأنف | أعاد | يعيد | رفع | طبع
  with     العلاقات | علاقات | علاقاتها | التمثيل | السفارة | سفارتها | سفارته
  target   مع
  symmetric
  priority 2

event 050 normalise relations (nominal)
  noun     تطبيع
  with     العلاقات | علاقات
  target   مع
  symmetric

event 050 appoint ambassador, reopen embassy
  verb     فتح | افتتح | يفتتح | فتحت | فتحوا
  with     سفارة | السفارة | سفارتها | قنصلية | القنصلية
  target   في | لدى
  priority 1

event 051 praise
  verb     أشاد | يشيد | أشادت
  hal      مشيدا | مشيدين
  noun     إشادة
  target   ب

# «وحيا العبادي المتظاهرين لالتزامهم بالنظام العام»: saluting someone praises him. Whole forms (the light stem of «حيا» is
# «حي», a district), and never «يحيي», which the normaliser makes of the name «يحيى»; not reviving a memory or a
# concert («تحيي الذكرى», «تحيي حفلا»), nor alive («عثر عليه حيا أو ميتا»).
event 051 salute
  verbform حيا | حيت | حيوا | تحيي | يحيون
  without  أو | ميتا | يرزق | ذكرى | الذكرى | ذكراه | ذكراها | حفل | حفلا | حفلة | ليلة | ليالي | أمسية | حفلات | الموتى | العظام | الأرض | الأمل | التراث | السنة | سنة | المناسبة | مناسبة | الاحتفال | احتفالا
  window   4
  target   *
  priority 1

# «ترحب بأي اتفاق مع إيران», «ترحيبهم بالاتفاق الذي أبرم مع إيران»: what is welcomed may name the counterpart after «مع»
event 051 welcome
  verb     رحب | يرحب
  hal      مرحبا | مرحبين
  noun     ترحيب
  target   ب | مع

# «عبر خادم الحرمين عن بالغ اعتزازه بالرئيس السيسي»: pride voiced in someone praises them
event 051 express welcome, appreciation
  verb     أعرب | أبدى | عبر
  hal      معربا | معربين
  with     ترحيب | ترحيبه | ترحيبها | تقدير | تقديره | تقديرها | امتنان | امتنانه | شكر | شكره | تهاني | تهانيه | تهانيها | تهنئة | تهنئته | تهنئتها | اعتزاز | اعتزازه | اعتزازها
  target   ب | ل
  priority 2

event 051 value, commend
  verb     ثمن | يثمن
  with     جهود | دور | موقف | مواقف | مبادرة | قرار | الجهود | المساعي | مساعي | خطوة | حرص | تعاون | التزام
  target   *

# «ثمن محلب العلاقات الاستراتيجية مع فرنسا»: the relations valued are with the state named after «مع» (not the efforts
# «للتوصل إلى اتفاق مع إسرائيل», whose «مع» is of the agreement)
event 051 value relations
  verb     ثمن | يثمن
  with     العلاقات | علاقات | العلاقة
  target   مع
  priority 1

# verb forms as whole words (verbform): the light stem of «أثنى» is اثن («الاثنين» Monday)
event 051 commend (أثنى)
  verb     يثني
  verbform أثنى | أثنت
  target   على

# «ونوه بالتقدم الذي تحرزه القوات اليمنية», «نوهت بجهود المملكة»: «نوّه بـ» commends, its object after «بـ» (whole
# forms: «تنويه» is also a notice). Whose the progress or the efforts are is the target.
event 051 commend (نوّه)
  verbform نوه | نوهت | نوهوا | ينوه | تنوه
  target   ب

# «أيد» as whole words: its light stem ايد is also that of «أيدي» («على أيدي»)
event 051 endorse, support (verbal)
  verb     يؤيد | تؤيد
  verbform أيد | أيدت | أيدوا
  noun     تأييد
  target   * | ل

# «أكدت الخارجية الروسية دعمها السلطات السعودية»: the one supported may follow as the masdar's object. Not a call
# to end another's support («أكد في دعوته إيران إلى وقف دعم الإرهاب»).
event 051 declare support
  verb     أعلن | أكد | جدد | أعرب | أبدى
  hal      معربا | معربين
  with     دعم | دعمه | دعمها | تأييد | تأييده | تأييدها | مساندة | مساندته | مساندتها
  without  وقف | بوقف | إيقاف | بإيقاف | تجفيف | بتجفيف
  target   ل | ب | *
  priority 2

# «أكد وقوف بلاده بجانب المملكة», «تقف إلى جانب الشعب اليمني»: standing by a side. Not the perfect «وقف»,
# which is also the noun «وقف» (a halt) and, in a report, someone standing next to another at a press conference.
event 051 stand by
  verbform يقف | تقف | يقفون | نقف
  noun     وقوف
  with     بجانب | جانب
  window   5
  target   * | مع
  priority 2

# «برقية شكر لفخامة الرئيس»: the one thanked follows «ل» after the noun
event 051 thank
  verb     شكر | يشكر
  target   * | على | ل

# «هنأ» normalises to هنا «here»: it is listed as spelled, and fires only where the text writes its hamza
event 051 congratulate
  verb     يهنئ | بارك | يبارك
  spelled  هنأ | هنأت | هنأه | هنأها | هنأهم
  noun     هنأت | تهنئة | تهاني
  target   * | ب | ل

event 052 defend verbally
  verb     دافع | يدافع
  target   عن

event 053 rally support
  verb     حشد | يحشد
  with     الدعم | دعم | التأييد | تأييد | المساندة
  without  الشعبي
  target   ل
  priority 3

# «اعترف بالذنب/بالخطأ» admits; only recognition of a state, its independence or a government is 054 ('with' and
# 'without' words match without their clitics, so «بأن» could not be told from «مؤكدة أن»)
event 054 grant diplomatic recognition
  verb     اعترف | يعترف
  noun     اعتراف
  with     دولة | بدولة | باستقلال | استقلال | بسيادة | سيادة | بحكومة | حكومة | شرعية | بشرعية
  without  بالذنب | بالخطأ
  target   ب
  priority 3

event 055 apologize
  verb     اعتذر | يعتذر
  target   ل | من | عن

event 055 offer an apology
  verb     قدم | يقدم
  with     اعتذار | اعتذارا | اعتذاره | اعتذارها
  target   ل | إلى
  priority 3

event 056 forgive, pardon
  verb     عفا | يعفو
  noun     عفو
  without  الدولية
  target   عن

# «وقع» as whole forms: its light stem is also that of «توقعت» (expected) and «متوقع»
event 057 sign agreement
  verb     أبرم | يبرم
  verbform وقع | يوقع | وقعت | وقعوا | وقعا | وقعتا | يوقعان | توقعان | يوقعون | نوقع
  with     اتفاق | اتفاقا | اتفاقية | اتفاقيات | اتفاقيتين | اتفاقيتي | معاهدة | مذكرة | مذكرات | مذكرتي | مذكرتين | بروتوكول | إعلان
  target   مع
  symmetric
  priority 2

event 057 signing (nominal)
  noun     توقيع | إبرام
  with     اتفاق | اتفاقية | اتفاقيات | اتفاقيتين | اتفاقيتي | معاهدة | مذكرة | مذكرات | مذكرتي | مذكرتين | بروتوكول
  target   مع
  symmetric
  priority 2

event 057 ratify agreement
  verb     صادق | يصادق | صدق
  noun     مصادقة | تصديق
  with     اتفاق | الاتفاق | اتفاقية | الاتفاقية | اتفاقيات | معاهدة | المعاهدة | مذكرة
  target   على | مع
  priority 2

event 057 reach an agreement
  verb     توصل | يتوصل
  with     اتفاق | اتفاقا | تفاهم | تفاهمات | تسوية
  target   مع
  symmetric
  priority 2

event 057 approve an agreement
  verb     وافق | يوافق | وافقت | وافقوا
  with     اتفاق | اتفاقية | معاهدة | مذكرة
  target   على | مع
  priority 2

# «تبنى مجلس الأمن التابع للأمم المتحدة أمس الاتفاق النووي», «وأقر الاتحاد الأوروبي اتفاق إيران»: adopting an agreement
# endorses it. Whole forms, and the agreement close after: «أقر بأن الاتفاق لا يلبي» admits, «تبنى على» is «built on».
# The agreement's genitive is not the counterpart («اتفاق القوى الكبرى»): the parties come from the signing reported.
event 057 adopt an agreement
  verbform أقر | أقرت | يقر | تقر | أقروا | تبنى | تبنت | يتبنى | تتبنى | تبنوا
  with     اتفاق | الاتفاق | اتفاقية | الاتفاقية | معاهدة | المعاهدة
  without  أن | بأن | إن | على
  window   8
  target   مع
  priority 2

# Added by the coder team.
event 040 meet (qabala)
  verb     قابل | يقابل | قابلت | قابلوا
  target   * | مع | ب
  symmetric

event 040 joint press conference
  noun     مؤتمر | المؤتمر
  with     مشترك | المشترك
  target   مع
  symmetric

# «وقال الجبير في مؤتمر صحفي عقده مع وزير الخارجية الألماني», «خلال مؤتمر صحافي مع نظيره الإيطالي»: a conference
# held with someone, «مع» within three words, is a meeting with them («في مؤتمر صحفي إن … مع القوى الكبرى» is not).
event 040 conference held with
  noun     مؤتمر | المؤتمر
  with     مع
  window   3
  target   مع
  symmetric

event 057 reach an agreement
  verb     توصل | يتوصل | توصلت | توصلوا
  noun     التوصل | توصل
  with     اتفاق | اتفاقا | الاتفاق | اتفاقية | تسوية
  target   مع | بين
  symmetric

# «الاتفاق الأمني بين تركيا وحكومة السراج», «الاتفاق الذي أبرم مؤخرا بين واشنطن وأنقرة»: the parties follow closely;
# a «بين» further on belongs to another phrase («… مع الغرب، مبينا أن الزيارة عززت العلاقات بين عمان والرياض»).
# Only the definite noun names a deal made (the coder drops the indefinite one): «تسعى إلى اتفاق بين», «لا يوجد
# اتفاق بين» seek or deny one, and its signing has its own verb.
event 057 agreement between parties
  noun     اتفاق | اتفاقية | معاهدة
  with     بين
  window   4
  symmetric

# «بعد الاتفاق الأميركي مع تركيا», «اتفاق طهران مع القوى الكبرى»: the deal one party made with another, the first named
# by its nisba or genitive right after the noun, the other after «مع».
event 057 agreement with a party
  noun     اتفاق | اتفاقية | معاهدة
  with     مع
  window   3
  target   مع
  symmetric
  own

# ---------------------------------------------------------------------------------------------
# Coverage additions (travel, hosting, meetings, cooperation, support)
# ---------------------------------------------------------------------------------------------
# Travel verbs («وصل»، «توجه») are visits only when a capital, a country or «العاصمة»
# follows: «وصل عدد القتلى إلى» and «توجه الحكومة إلى رفع الدعم» must not fire. The place
# list is repeated in each entry because `with` takes single words.

# whole words: the light stem of «توجه» is وجه («وجه دعوة»، «وجه انتقادات»). The bare form
# «توجه» is left out: it is just as often the noun «orientation» («توجه الحكومة إلى»). «انتقل» is travel
# only towards a capital, a country or a town the gazetteer knows («سينتقل كيري إلى الدوحة»; not «انتقل إلى رحمة الله»).
# «وتوجّه المبعوث الخاص إلى القاهرة»: the bare form written with «و» on it opens a clause as the verb
event 042 travel to (توجه إلى، انتقل إلى)
  verbform توجهت | توجهوا | يتوجه | تتوجه | يتوجهون | انتقل | انتقلت | ينتقل | تنتقل
  spelled  وتوجه
  with     @PLACE | العاصمة | مطار | القاهرة | الرياض | جدة | موسكو | أنقرة | إسطنبول | طهران | واشنطن | باريس | لندن | برلين | روما | مدريد | بكين | طوكيو | الدوحة | أبوظبي | عمان | بيروت | دمشق | بغداد | أربيل | طرابلس | بنغازي | تونس | الجزائر | الرباط | نواكشوط | الخرطوم | صنعاء | عدن | الكويت | المنامة | مسقط | القدس | رام | غزة | نيويورك | جنيف | بروكسل | فيينا | أثينا | نيقوسيا | أديس | مقديشو | كابول | كييف | مصر | السعودية | المملكة | روسيا | تركيا | إيران | أمريكا | أميركا | الولايات | فرنسا | بريطانيا | ألمانيا | إيطاليا | إسبانيا | الصين | اليابان | ليبيا | سوريا | سورية | العراق | اليمن | لبنان | الأردن | قطر | الإمارات | البحرين | السودان | المغرب | موريتانيا | إثيوبيا | اليونان | قبرص | إسرائيل | فلسطين | الهند | باكستان | أفغانستان | تشاد | النيجر | أوكرانيا | بلجيكا | سويسرا | النمسا
  without  شكر | تهنئة | تحية | تعازي | تهاني | نداء | سؤال | خطاب | كلمة | نحو | صوب | قوة | قوات | عناصر | مسلحين | رتل | أرتال | دوريات | أسواق | سوق | كتيبة | كتائب | فوج | أفواج
  target   إلى

# whole words: the light stem of «وصل» is also that of «أوصل»، «توصل»، «نوصل» and «اتصل» («تصل»). Any town the
# gazetteer knows (@PLACE) is a destination too («وصل الملك سلمان إلى طنجة»); the visit goes to its country only
# for a named visitor.
event 042 arrive in a capital, a country
  verbform وصل | وصلت | وصلوا | يصل | يصلون | وصلا
  with     @PLACE | قادما | قادمة | قادمين | العاصمة | مطار | القاهرة | الرياض | جدة | موسكو | أنقرة | إسطنبول | طهران | واشنطن | باريس | لندن | برلين | روما | مدريد | بكين | طوكيو | الدوحة | أبوظبي | عمان | بيروت | دمشق | بغداد | أربيل | طرابلس | بنغازي | تونس | الجزائر | الرباط | نواكشوط | الخرطوم | صنعاء | عدن | الكويت | المنامة | مسقط | القدس | رام | غزة | نيويورك | جنيف | بروكسل | فيينا | أثينا | نيقوسيا | أديس | مقديشو | كابول | كييف | مصر | السعودية | المملكة | روسيا | تركيا | إيران | أمريكا | أميركا | الولايات | فرنسا | بريطانيا | ألمانيا | إيطاليا | إسبانيا | الصين | اليابان | ليبيا | سوريا | سورية | العراق | اليمن | لبنان | الأردن | قطر | الإمارات | البحرين | السودان | المغرب | موريتانيا | إثيوبيا | اليونان | قبرص | إسرائيل | فلسطين | الهند | باكستان | أفغانستان | تشاد | النيجر | أوكرانيا | بلجيكا | سويسرا | النمسا
  without  عدد | حجم | قيمة | نسبة | إجمالي | حصيلة | أسعار | سعر | معدل | مستوى | حد | ذروة | مرحلة | طريق | اتفاق | اتفاقا | حل | نتيجة | رسالة | رسائل | شحنة | شحنات | مساعدات | الصواريخ | صاروخ | قذائف | تعزيزات | قوات | كتيبة | كتائب | فوج | أفواج | لاجئين | اللاجئين | مهاجرين | المهاجرين | الحكم | السلطة | الأمان | بر | حدود | القرن | احتياطيات | منطقة | كرة | نادي | المنتخب | تقل | سفينة | باخرة | قافلة | دفعة | الدفعة | حاوية | حاويات | الجثامين | جثامين | جثمان | رفات
  target   إلى

event 042 be a guest of (حل ضيفا على)
  verb     حل | يحل | حلت
  with     ضيفا | ضيف
  without  برنامج | حلقة | الحلقة | البرنامج
  target   على
  priority 3

event 042 start, end a tour (بدأ جولة، اختتم جولته)
  verb     بدأ | يبدأ | بدأت | اختتم | يختتم | اختتمت | استهل | يستهل | استهلت | واصل | يواصل | واصلت
  with     جولة
  without  المفاوضات | مفاوضات | المحادثات | محادثات | مباحثات | الحوار | حوار | التصويت | الإعادة | الانتخابات | القتال | الدوري | البطولة | المباراة | الكأس | تفقدية | ميدانية | سياحية | التراخيص | العنف | جديدة | الإياب | الذهاب
  target   إلى | في | على
  priority 2

event 042 tour (جولته في، جولة الوزير إلى)
  noun     جولة | جولات
  with     خليجية | عربية | أوروبية | إقليمية | آسيوية | أفريقية | إفريقية | خارجية | تشمل | شملت | تشملها | عواصم
  without  المفاوضات | مفاوضات | المحادثات | محادثات | مباحثات | الحوار | حوار | التصويت | الإعادة | الانتخابات | القتال | الدوري | البطولة | المباراة | الكأس | تفقدية | ميدانية | سياحية | التراخيص | العنف | جديدة
  target   إلى | في | على

event 046 round of talks (جولة مفاوضات)
  noun     جولة | جولات
  with     مفاوضات | المفاوضات | محادثات | المحادثات | مباحثات | التفاوض | المشاورات | مشاورات
  target   مع | بين
  symmetric
  priority 2

# «استقبال» as the host's act, only with «لنظيره»: the noun is mostly «reception» of pilgrims,
# patients, calls, and «كان في استقباله» makes the guest the genitive (wrong direction)
event 043 reception of a counterpart (nominal)
  noun     استقبال
  with     نظيره | نظيرها | نظير
  without  اللاجئين | لاجئين | النازحين | نازحين | المهاجرين | مهاجرين | الحجاج | حجاج | المعتمرين | الزوار | زوار | الزائرين | السياح | الطلاب | الطلبات | طلبات | المرضى | الجرحى | المصابين | الحالات | حالات | شهر | رمضان | العيد | عيد | القنوات | البث | الإشعار | المكالمات | الشكاوى | البلاغات | المرشحين | الجماهير | المسافرين | الضيوف | العام | حفل | حافل | حار | حارا | حفاوة
  target   ل
  priority 1

# «قال الأمين العام لدى استقباله نائب الرئيس اليمني»: the host's reception of an official, a government or an envoy named
# right after the noun, its host the one its pronoun names. Not the reception of citizens, pilgrims or calls, nor «كان في
# استقباله» (below), whose host follows; nor the noun with no pronoun, whose genitive may be the guest or the host.
event 043 reception of an official (nominal)
  noun     استقبال
  with     @GOV | @LEG | @MIL | @IGO
  window   2
  without  اللاجئين | لاجئين | النازحين | نازحين | المهاجرين | مهاجرين | الحجاج | حجاج | المعتمرين | الزوار | زوار | الزائرين | السياح | الطلاب | الطلبات | طلبات | المرضى | الجرحى | المصابين | المكالمات | الشكاوى | البلاغات | المواطنين | الجماهير | المسافرين | حفل | حفاوة
  target   * | ل
  priority 1

# «وكان في استقباله بمطار طنجة رئيس الحكومة المغربية»: those «in his reception» host the one the pronoun names. The
# coder codes this noun alone only so («كان في استقباله», «كانت في استقبالهم»), the host after it, the guest before.
event 043 be at someone's reception (كان في استقباله)
  noun     استقبال
  target   *

event 043 hosting talks, a summit (nominal)
  noun     استضافة
  with     قمة | القمة | محادثات | مفاوضات | مباحثات | اجتماع | اجتماعات | مؤتمر | المؤتمر | =لقاء | حوار | الحوار | مشاورات
  without  اللاجئين | لاجئين | النازحين | المهاجرين | كأس | بطولة | البطولة | مباريات | المونديال | الأولمبياد | معرض | مهرجان
  target   ل
  priority 1

event 041 receive a telephone call
  verb     استقبل | يستقبل
  with     اتصالا | اتصال | مكالمة
  without  أجرى | وأجرى | يجري
  target   من | ب
  symmetric
  priority 3

# whole words: the light stem of «أجرى» is also that of «جرى» («وجرى خلال اللقاء»)
event 040 hold talks, consultations (أجرى)
  verbform أجرى | أجرت | أجريا | أجروا | يجري | تجري | يجريان
  with     مباحثات | محادثات | مشاورات | مناقشات | اجتماعا | اجتماعات
  without  هاتفيا | هاتفي | هاتفية | الهاتف | اتصالا | مقابلة | تحقيقا | تحقيقات | انتخابات | الانتخابات | اختبارات | تجارب | تجربة | عملية | عمليات | مناورات | تدريبات
  target   مع
  symmetric
  priority 1

# «حضر الوزير القمة», «محادثات في كوالالمبور سيحضرها كيري»: taking part in a meeting held by others. Not
# «حضر اللقاء/الاجتماع فلان»: the protocol list of those present at a meeting already reported
event 044 attend a meeting, summit, conference
  verb     حضر | يحضر | حضرت | تحضر | حضروا
  with     اجتماع | اجتماعات | قمة | القمة | مؤتمر | المؤتمر | محادثات | مباحثات | جلسة | منتدى | المنتدى | =لقاء | مفاوضات
  without  جنازة | الجنازة | تشييع | حفل | الحفل | عرض | مباراة | المباراة | الدروس | المحاضرة | محاضرة
  target   في
  priority 1

# («عقد الوزراء اجتماعا تنسيقيا … تمهيدا للاجتماع المشترك بين الوزراء وكيري»: the joint one is the conference held,
# right after it, not a later meeting the sentence goes on to)
event 040 joint press conference (عقد مؤتمرا صحفيا مشتركا)
  verb     عقد | يعقد | عقدا | عقدت
  with     مشتركا | مشترك | المشترك
  window   4
  target   مع
  symmetric
  priority 2

event 040 meeting that brought together (جمع ... بنظيره)
  verb     جمع | يجمع | جمعت | تجمع
  with     نظير | بنظير
  target   * | ب | مع
  symmetric
  priority 2

event 050 coordinate positions (diplomatic)
  verb     نسق | ينسق | نسقت
  noun     تنسيق
  with     المواقف | مواقف | موقف | السياسات | الدبلوماسية
  without  عسكري | العسكري | الأمني | أمني | العمليات | الضربات | الغارات
  target   مع | بين
  symmetric
  priority 1

# whole words: the light stem of «ساند» is also the name «ساندي». Forces and aircraft that back a side fight with
# it («وساندت طائرات التحالف القوات اليمنية»); a government or a party backs it in words.
event 062 back, stand by (ساند)
  verbform ساند | يساند | ساندت | ساندوا | تساند | يساندون
  unarmed  051
  target   *

# «ملتزمة بدعم الشرعية»: the one supported follows the 'with' word directly
event 051 commit to support
  noun     ملتزم | ملتزمة | ملتزمون | ملتزمين | التزام
  with     دعم | مساندة | تأييد
  target   * | ب | ل
  priority 1

# whole words: the light stem of «وثق» is also «وثيقة», «توثيق»
event 051 express trust, confidence
  verbform وثق | يثق | تثق | نثق | وثقت | يثقون
  target   في | ب

event 051 laud (امتدح)
  verb     امتدح | يمتدح | امتدحت
  target   *

