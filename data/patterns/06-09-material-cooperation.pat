@kind     patterns
@source   CAMEO codebook v1.1b3 event definitions (Schrodt 2012); Arabic triggers written for Hadath
@source   Trigger ideas reviewed from UniversalPetrarch CAMEO.ar.0.5.txt (MIT)
@licence  CC BY 4.0

# Families 06-09: material cooperation (cooperate, provide aid, yield, investigate).
#
# Notes for editors:
# - Verbs are matched on their light stem, so a verb line also matches nouns with that stem.
#   Forms whose stem is a common unrelated word are listed under `noun` with a comment.
# - Many of these events are also talked about without happening («طالب بالإفراج»,
#   «دعا إلى وقف إطلاق النار»): the appeal/demand/reject verbs in the other files carry those
#   readings. Bare nouns such as «هدنة»، «حصار»، «انسحاب»، «مساعدات» are deliberately not
#   triggers on their own.

# ---------------------------------------------------------------------------------------------
# 06 Engage in material cooperation
# ---------------------------------------------------------------------------------------------

# verb forms as whole words (verbform): the light stem of «تعاونت» is that of the noun «التعاون»
event 060 cooperate
  verb     يتعاون | تتعاون
  verbform تعاونت | تعاونوا
  target   مع
  symmetric

event 061 cooperate economically (contract, deal)
  verb     وقع | يوقع | أبرم | يبرم | وقعت | وقعوا
  with     عقد | عقدا | عقود | صفقة | صفقات
  target   مع
  symmetric
  priority 1

event 061 import from
  verb     استورد | يستورد
  target   من

event 061 invest in
  verb     استثمر | يستثمر
  target   في

event 062 joint military exercises, patrols, operations
  noun     مناورات | مناورة | تدريبات | تمارين | دورية | دوريات | عملية | عمليات
  with     مشتركة | مشترك | المشتركة
  target   مع
  symmetric
  priority 3

# «قوات هادي المدعومة جوا وبرا من قوات التحالف», «الميليشيات المدعومة من إيران»: the backer of the noun
event 062 backed by (participle)
  noun     مدعوم | مدعومة | مدعومين | مدعومون | مدعومتين
  participle

event 062 train forces
  verb     درب | يدرب
  with     قوات | القوات | عناصر | مقاتلين | جنود | ضباط | عسكريين | الجيش | وحدات
  target   *

# «سمحت تركيا للولايات المتحدة باستخدام قاعدة إنجرليك», «سماح أنقرة لأمريكا استخدام قاعدة»: opening one's bases or
# airspace to another's forces is military cooperation with them. («القواعد» alone is as often "the rules".)
event 062 allow use of bases or airspace
  verb     سمح | يسمح
  noun     سماح | السماح
  with     قاعدة | قواعد | قاعدتي | أجواء | الأجواء | ضربات | غارات | الضربات | الغارات
  target   ل
  priority 3

# «فتحت تركيا قواعدها الجوية للتحالف», «فتح أجوائها أمام الطائرات الروسية»: opening bases or airspace to another's
# forces. (Only with the bases or the airspace right after it: «فتح» is also fire, an inquiry, a border crossing.)
event 062 open bases or airspace
  verb     فتح | يفتح
  noun     فتح
  with     قواعدها | قواعده | قاعدتها | قاعدة | قواعد | أجواءها | أجوائها | أجواءه | أجوائه
  window   2
  target   ل | أمام
  priority 3

event 062 coordinate militarily
  verb     نسق | ينسق
  noun     تنسيق
  with     عسكري | عسكريا | العسكري | الأمني | أمني | أمنيا | العمليات | الضربات | الغارات
  target   مع
  symmetric

event 063 extradite, hand over suspects
  verb     سلم | يسلم
  noun     تسليم
  with     مطلوب | مطلوبين | المطلوبين | المتهم | متهمين | المتهمين | مشتبه | المشتبه | مدانين
  target   ل | إلى
  priority 2

event 064 share intelligence
  verb     تبادل | يتبادل | شارك | يشارك
  with     معلومات | المعلومات | الاستخبارات | استخبارات | استخباراتية | الاستخباراتية | البيانات
  target   مع
  symmetric
  priority 2

event 064 provide information
  verb     زود | يزود | سلم | يسلم
  with     معلومات | بمعلومات | المعلومات | بيانات
  target   *
  priority 3

# ---------------------------------------------------------------------------------------------
# 07 Provide aid
# ---------------------------------------------------------------------------------------------

event 070 provide aid
  verb     قدم | يقدم | أرسل | يرسل | سلم | يسلم | سير | يسير
  with     مساعدات | مساعدة | دعما | معونة | معونات | شحنة | شحنات | قافلة | قوافل | هبة
  target   ل | إلى
  priority 1

event 070 supply
  verb     زود | يزود
  target   * | ب

# whole words: the light stem of «تبرع» is that of «برع» (excelled)
event 070 donate
  verbform تبرع | يتبرع | تبرعت | تبرعوا | يتبرعون | تتبرع
  target   ل | إلى

event 071 provide economic aid
  verb     قدم | يقدم | منح | يمنح | أودع | يودع | خصص | يخصص
  with     قرض | قرضا | قروض | منحة | منحا | وديعة | ودائع | مالية | مالي | ماليا | مليون | مليار | ملايين | اقتصادية
  target   ل | إلى | *
  priority 2

event 071 finance
  verb     مول | يمول
  target   *

event 071 support financially
  verb     دعم | يدعم
  with     ماليا | اقتصاديا
  target   *
  priority 2

# «=مستشارين»: military advisers sent, not «مستشاره» (his adviser) to whom a post is given
event 072 provide military aid
  verb     قدم | يقدم | أرسل | يرسل | زود | يزود | منح | يمنح
  with     أسلحة | سلاح | بالسلاح | بأسلحة | ذخائر | ذخيرة | عتاد | عسكريا | مدرعات | دبابات | منظومة | منظومات | مرتزقة | =مستشارين | =مستشارون | مسيرات
  target   ل | إلى
  priority 3

# «زودت الولايات المتحدة الجيش العراقي بأسلحة»: supplying takes the one supplied as its object, the arms after «ب»
event 072 supply with arms
  verb     زود | يزود | زودت | زودوا | تزود
  with     بأسلحة | بالأسلحة | بالسلاح | بسلاح | بعتاد | بذخائر | بالذخائر | بصواريخ | بمدرعات | بدبابات | بطائرات
  target   *
  priority 4

event 072 support militarily
  verb     دعم | يدعم | سلح | يسلح
  with     عسكريا | بالسلاح | بالأسلحة | بأسلحة | لوجستيا
  target   *
  priority 2

event 072 arm (verb)
  verb     سلح | يسلح
  noun     تسليح
  target   *

event 073 provide humanitarian aid
  verb     قدم | يقدم | أرسل | يرسل | وزع | يوزع | أوصل | يوصل | أدخل | يدخل | سلم | يسلم | وزعت | وزعوا
  with     إنسانية | الإنسانية | إنساني | إغاثة | الإغاثة | إغاثية | غذائية | الغذائية | غذاء | طبية | الطبية | أدوية | الأدوية
  target   ل | إلى
  priority 4

# «وصول ثاني طائرة إغاثة سعودية إلى مطار عدن», «وصلت … طائرة تحمل مساعدات طبية مقدمة من مركز الملك سلمان»: relief
# arriving is delivered, by whose nisba or «من» names it, to the place it reaches
# («=مساعدات» is the word alone: its stem is that of «مساعديه», the minister's aides, who arrive with him. The place may
# come first, and the planes after it: «وصلت إلى مطار عدن الدولي، أمس، طائرتان سعوديتان وأخرى إماراتية، محملة بمساعدات».)
# («طائرة إغاثة سعودية ثانية تهبط في مطار عدن», «رست سفينة المساعدات»: landing or docking is arriving; food and medicine
# are relief as much as «مساعدات» is: «وصول ثاني طائرة سعودية محملة بـ 10 أطنان من المواد الغذائية». Not «الطبية»: «مدينة
# الملك عبدالعزيز الطبية» is a hospital one arrives at.)
event 073 relief arrives
  verbform وصلت | وصل | تصل | يصل | هبطت | تهبط | حطت | تحط | رست | ترسو
  noun     وصول | هبوط
  with     إغاثة | الإغاثة | إغاثية | قافلة | قوافل | شحنة | شحنات | =مساعدات | =المساعدات | =الغذائية | =غذائية | =أدوية | =الأدوية
  window   12
  target   إلى | ل
  priority 3

# «بدأ البرنامج في توزيع المساعدات الغذائية», «عبر إيصال المساعدات الإنسانية»: the delivery's masdar
event 073 humanitarian aid delivery (nominal)
  noun     توزيع | إيصال | إدخال
  with     إنسانية | الإنسانية | إنساني | إغاثة | الإغاثة | إغاثية | غذائية | الغذائية | غذاء | طبية | الطبية | أدوية | الأدوية
  window   4
  target   ل | إلى | على
  priority 3

event 074 provide peacekeeping, protection force
  verb     نشر | ينشر | أرسل | يرسل
  with     حفظ | أممية | الأممية
  target   في | إلى
  priority 5

event 075 grant asylum
  verb     منح | يمنح
  with     اللجوء | لجوء | حق
  target   * | ل
  priority 3

event 075 take in refugees
  verb     استقبل | يستقبل | استضاف | يستضيف | آوى | يؤوي
  with     لاجئين | اللاجئين | نازحين | النازحين | مهاجرين | المهاجرين | لاجئ
  target   *
  priority 2

# ---------------------------------------------------------------------------------------------
# 08 Yield
# ---------------------------------------------------------------------------------------------

event 080 back down, give in
  verb     رضخ | يرضخ
  target   ل

event 080 concede, give up
  verb     تنازل | يتنازل
  noun     تنازلات
  target   عن | ل

event 081 ease restrictions, lift a ban
  verb     رفع | يرفع | ألغى | يلغي | خفف | يخفف | ألغت | ألغوا | تلغي
  with     القيود | قيود | الحظر | حظر | الإغلاق
  target   عن | على
  priority 2

event 0811 ease restrictions on political freedoms
  verb     رفع | يرفع | ألغى | يلغي | ألغت | ألغوا | تلغي
  with     الحجب | حجب | الرقابة
  target   عن
  priority 3

event 0813 lift curfew
  verb     رفع | يرفع | ألغى | يلغي | خفف | يخفف | ألغت | ألغوا | تلغي
  with     التجول | التجوال
  priority 4

event 0814 lift state of emergency
  verb     رفع | يرفع | ألغى | يلغي | أنهى | ينهي | ألغت | ألغوا | تلغي
  with     الطوارئ | الطارئ
  priority 4

event 082 end a strike, sit-in or protest
  verb     أنهى | ينهي | علق | يعلق | فك | يفك | فكوا
  with     الإضراب | إضراب | إضرابه | إضرابهم | الاعتصام | اعتصام | اعتصامهم | الاحتجاجات | احتجاجاتهم
  priority 3

event 083 accede to demands
  verb     استجاب | يستجيب | رضخ | يرضخ
  with     مطالب | المطالب | لمطالب | طلب | لطلب | دعوات | لدعوات | شروط
  target   ل
  priority 2

# verb forms as whole words (verbform): the light stem of «استقال» is that of «استقالة» («طالب باستقالة»)
event 0831 resign, step down
  verb     يستقيل
  verbform استقال | استقالت | استقالوا
  target   من

event 0831 submit resignation
  verb     قدم | يقدم | أعلن
  with     استقالته | استقالتها | استقالة | استقالتهم
  priority 3

event 0831 relinquish power
  verb     تخلى | يتخلى
  with     السلطة | الحكم | منصبه | منصبها | الرئاسة
  priority 3

event 0832 reverse a decision
  verb     تراجع | يتراجع
  with     قرار | قراره | قرارها | خطة | خطته | خطتها
  target   عن
  priority 2

event 0841 release persons
  verb     أفرج | يفرج
  noun     إفراج | الإفراج
  target   عن
  passive

event 0841 set free
  verb     أطلق | يطلق
  with     سراح
  target   *
  passive
  priority 3

event 0841 release on bail, free
  verb     أخلى | يخلي | أخلت
  with     سبيل
  target   *
  passive
  priority 3

event 0841 exchange prisoners
  verb     تبادل | يتبادل
  with     الأسرى | أسرى | المحتجزين | محتجزين | المعتقلين | السجناء | سجناء | الرهائن | رهائن
  target   مع
  symmetric
  priority 3

event 0842 release property, assets
  verb     أفرج | يفرج
  with     أموال | الأموال | أصول | الأصول | أرصدة | ودائع | شحنة | سفينة | ناقلة | السفينة | الناقلة
  target   عن | ل
  priority 3

event 0842 return property
  verb     أعاد | يعيد
  with     أموال | الأموال | ممتلكات | الممتلكات | آثار | الآثار
  target   ل | إلى
  priority 2

event 085 ease economic sanctions
  verb     رفع | يرفع | ألغى | يلغي | خفف | يخفف | علق | يعلق | ألغت | ألغوا | تلغي
  with     العقوبات | عقوبات | المقاطعة
  target   عن | على
  priority 3

event 086 allow international involvement
  verb     سمح | يسمح
  with     دخول | بدخول | بعثة | لبعثة | المراقبين | مراقبين | لجنة | الصحفيين | الوصول
  target   ل
  priority 2

event 0861 accept peacekeepers
  verb     وافق | يوافق | سمح | يسمح | وافقت | وافقوا
  verbform قبلت | قبلوا | يقبل | تقبل
  with     حفظ | أممية | الأممية
  target   على
  priority 4

event 0862 receive inspectors
  verb     سمح | يسمح | استقبل | يستقبل | وافق | يوافق | وافقت | وافقوا
  with     المفتشين | مفتشي | مفتشين | التفتيش
  target   ل
  priority 3

event 0863 allow humanitarian access
  verb     سمح | يسمح
  with     المساعدات | مساعدات | الإغاثة | قوافل | إيصال | بإيصال | إدخال | بإدخال
  target   ل
  priority 3

event 0863 open humanitarian corridors
  verb     فتح | يفتح | فتحت | فتحوا
  with     ممرات | ممر | الممرات | ممرا
  target   ل | أمام
  priority 3

event 0871 declare ceasefire, truce
  verb     أعلن | يعلن | وافق | يوافق | التزم | يلتزم | أقر | وافقت | وافقوا | التزمت | التزموا
  verbform قبلت | قبلوا | يقبل | تقبل
  with     هدنة | الهدنة | =وقف | =وقفا | التهدئة | تهدئة
  without  انتهاء | انهيار | خرق | انتهاك | رفض | رفضه | رفضها | تعليق | إلغاء | تدفق | تمويل | تهريب | تصدير
  target   مع
  priority 4

# («اتفقا على العمل معا لوقف تدفق المقاتلين الأجانب»: stopping a flow of fighters, money or arms is no truce.)
event 0871 agree on ceasefire (mutual)
  verb     اتفق | يتفق | اتفقا | توصل | يتوصل | توصلا
  with     هدنة | الهدنة | =وقف | =وقفا | التهدئة | تهدئة
  without  تدفق | تمويل | تهريب | تصدير
  target   مع
  symmetric
  priority 5

event 0872 ease blockade
  verb     رفع | يرفع | خفف | يخفف | فك | يفك | أنهى | ينهي
  with     الحصار | حصار | حصارها | حصاره
  target   عن
  priority 4

event 0872 open crossings
  verb     فتح | يفتح | فتحت | فتحوا
  with     المعبر | معبر | المعابر | معابر
  target   أمام | ل
  priority 2

event 0873 disarm, demobilize
  verb     نزع | ينزع | سرح | يسرح | حل | يحل
  noun     تسريح
  with     سلاح | السلاح | أسلحة | الأسلحة | مقاتلين | المقاتلين | الميليشيات | ميليشيات | الميليشيا | الفصائل | قواته | الجناح
  priority 2

event 0874 withdraw militarily
  verb     انسحب | ينسحب
  without  السباق | البطولة | المنافسة | المنافسات | الدوري | المباراة | الملعب | الانتخابات | الترشح | الصفقة | السوق | الحياة | الحزب | الحكومة | الائتلاف | الاتفاق | الاتفاقية | المعاهدة | المفاوضات | المحادثات | الحوار | الجلسة | الاجتماع | المؤتمر
  target   من

# whole words: «فر» as a light stem would also be the stem of other words
event 0874 flee, retreat
  verbform فروا | فر | فرت | يفرون | هربوا
  noun     فرار | هروب
  without  السجن | سجن | السجناء | سجناء | المعتقلين | معتقلين | العدالة | الضرائب | الخدمة | منزله | منزلها | المنزل
  target   من | أمام

event 0874 take flight (لاذ بالفرار)
  verb     لاذ | يلوذ | لاذوا
  with     الفرار | بالفرار
  target   من | أمام
  priority 2

event 0874 pull out troops
  verb     سحب | يسحب
  with     قوات | قواته | قواتها | القوات | جنود | جنوده | جنودها | الجنود | وحدات | عناصره | عناصرها | آلياته
  target   من
  priority 2

event 0874 surrender
  verb     استسلم | يستسلم
  target   ل

event 0874 lay down arms
  verb     ألقى | يلقي | ألقت | ألقوا | تلقي
  with     السلاح | سلاحه | سلاحها | أسلحتهم | أسلحته | أسلحتها
  priority 3

event 0874 evacuate positions
  verb     أخلى | يخلي | أخلت
  with     مواقع | مواقعه | مواقعها | مقرات | مقراته | ثكنات | المعسكر | معسكرات | نقاط
  target   من
  priority 2

event 087 de-escalate
  verb     خفض | يخفض
  with     التصعيد | التوتر | التوترات | حدة
  target   مع
  priority 3

# «أوقف» and «توقف» as whole words: their light stem is that of «وقف» («دعا إلى وقف القصف»)
event 087 halt fighting, attacks
  verbform أوقف | أوقفت | أوقفوا | يوقف | توقفت
  noun     توقف
  with     القتال | العمليات | عملياته | عملياتها | هجماته | هجماتها | الهجمات | الهجوم | القصف | غاراته | غاراتها | إطلاق
  priority 3

# ---------------------------------------------------------------------------------------------
# 09 Investigate
# ---------------------------------------------------------------------------------------------

event 090 investigate
  verb     حقق | يحقق
  with     الحادث | الحادثة | حادث | حادثة | ملابسات | أسباب | ظروف | مقتل | وفاة | مصرع | اختفاء | اتهامات | ادعاءات | مزاعم | تقارير | شكاوى | مخالفات | الواقعة | واقعة | القضية | قضية | الجريمة | جريمة | الهجوم | الانفجار | التفجير | سقوط | تسريب | تسريبات | الاعتداء | المتهم | المتهمين | المشتبه | الموقوفين | المعتقلين | مسؤولين | ضباط | موظفين
  without  تقدما | تقدم | نجاحا | نجاح | انتصارا | انتصارات | مكاسب | أرباحا | أرباح | فوزا | إنجازا | إنجازات | نتائج | أهدافه | أهدافها | الأهداف | هدف | نموا | رقما | مطالب | حلم | العدالة | الاستقرار | التوازن | طموحات | تطلعات | المصالح | مصالح | ارتفاعا | انخفاضا | فائضا | عجزا | إيرادات | مبيعات
  target   في | مع

# «فتحت النيابة تحقيقات ضد صحافيين»: the one investigated may follow «ضد»
event 090 open an investigation
  verb     فتح | يفتح | أجرى | يجري | باشر | يباشر | شكل | يشكل | فتحت | فتحوا
  with     تحقيق | تحقيقا | تحقيقات | التحقيق | التحقيقات | للتحقيق | تقصي | لتقصي
  without  السلام | الاستقرار | أهداف | الأهداف | أهدافها | أهدافه | التنمية | النمو | العدالة | مكاسب | التوازن | الرؤية | رؤية | تطلعات | طموحات | المصالحة | التكامل | الأرباح | أرباح | الربح | النصر | انتصار | تقدم | التقدم | الرخاء | الازدهار | المصالح | مصالح | الحلم | حلم | رغبة | مطالب | المطالب | الاكتفاء | الإصلاح | التطلعات | الشراكة
  target   في | مع | حول | بشأن | ضد
  priority 2

event 090 interrogate
  verb     استجوب | يستجوب
  noun     استجواب
  target   *

event 090 fact-finding
  noun     تقصي
  with     الحقائق | حقائق
  target   في | حول | بشأن

event 091 investigate crime, corruption
  verb     حقق | يحقق
  with     فساد | الفساد | اختلاس | رشوة | رشاوى | غسل | تهريب | احتيال
  without  تقدما | نجاحا | انتصارا | انتصارات | مكاسب | أرباحا | إنجازا | إنجازات
  target   في | مع
  priority 3

event 092 investigate human rights abuses
  verb     حقق | يحقق
  with     انتهاكات | الانتهاكات | تعذيب | التعذيب | حقوق | اختفاء | الاختفاء
  without  تقدما | نجاحا | انتصارا | انتصارات | مكاسب | أرباحا | إنجازا | إنجازات
  target   في | مع
  priority 3

event 093 investigate military action
  verb     حقق | يحقق
  with     القصف | الغارة | الغارات | الضربة | الضربات | غارة | قصف
  without  تقدما | نجاحا | انتصارا | انتصارات | مكاسب | أرباحا | إنجازا | إنجازات
  target   في | مع
  priority 3

event 094 investigate war crimes
  verb     حقق | يحقق
  with     حرب | الحرب | إبادة | مجزرة | مجازر | المجزرة
  without  تقدما | نجاحا | انتصارا | انتصارات | مكاسب | أرباحا | إنجازا | إنجازات
  target   في | مع
  priority 4

# Added by the coder team: handing over weapons is military aid.
event 072 deliver weapons
  verb     سلم | يسلم | سلمت | زود | يزود | زودت
  with     =مقاتلات | طائرات | أسلحة | صواريخ | دبابات | مدرعات | ذخائر | عتاد | معدات
  target   * | ل | إلى

# ---------------------------------------------------------------------------------------------
# Coverage additions
# ---------------------------------------------------------------------------------------------

event 070 send supplies
  verb     أرسل | يرسل | قدم | يقدم | وفر | يوفر | وفرت | سلم | يسلم
  with     إمدادات | بإمدادات | الإمدادات
  target   ل | إلى
  priority 1

# whole words: the light stem of «أقرض» is قرض («قرضا» as the object of «تتسلم»)
event 071 lend (أقرض)
  verbform أقرض | أقرضت | أقرضوا | يقرض | تقرض
  target   * | ل

# «قدم» is left out here: its light stem is that of «تقدم» (advance) near «غارات جوية»
# «غطاء» alone is also political or legal cover; the air word decides («لقوات الشرعية» may follow)
event 072 provide air cover, air support
  verb     وفر | يوفر | وفرت | توفر
  with     جويا | جوي | الجوي | جوية
  without  سياسيا | سياسي | السياسي | قانونيا | قانوني | رحلات | الرحلات
  target   ل
  priority 3

event 072 military support (nominal «الدعم العسكري الروسي لسوريا»)
  noun     الدعم | دعم
  with     العسكري | عسكري | التسليحي | اللوجستي | الجوي | جوي
  without  وقف | تعليق | قطع | تقليص | خفض
  target   ل | إلى
  priority 1

# whole words: the light stem of «سلم» is also that of «سلمان»; «تسلم» (received) is left out
event 0841 hand over prisoners, bodies
  verbform سلم | سلمت | سلموا | يسلم | يسلمون
  with     أسرى | رهائن | رهينة | مختطفين | مخطوفين | محتجزين | جثث | جثامين | جثمان | رفات
  target   ل | إلى
  priority 3

event 0842 unfreeze assets, aid
  verb     رفع | يرفع | ألغى | يلغي | فك | يفك
  with     التجميد | تجميد
  target   عن | ل
  priority 3

event 080 make concessions
  verb     قدم | يقدم | قدمت | أبدى | يبدي
  with     تنازلات | تنازلا
  target   ل
  priority 2
