@kind     patterns
@source   CAMEO codebook v1.1b3 event definitions (Schrodt 2012); Arabic triggers written for Hadath
@source   Trigger ideas reviewed from UniversalPetrarch CAMEO.ar.0.5.txt (MIT)
@licence  CC BY 4.0

# Families 15-20: material conflict (force posture, reduce relations, coerce, assault, fight,
# mass violence).
#
# Notes for editors:
# - Verbs are matched on their light stem; forms whose stem is a common unrelated word are
#   listed under `noun` with a comment («صادر» → صادرات exports; «سيطر» → سيطرة «under the
#   control of»; «أعدم» → عدم «lack of»).
# - Masdars whose following genitive is normally the victim («اغتيال الرئيس»، «اعتقال الصحفي»،
#   «اختطاف الجنود»، «استهداف المدنيين») are not nominal triggers: the nominal source rule
#   (the genitive after the noun) would make the victim the source. Their verbs are triggers,
#   with `passive`.

# ---------------------------------------------------------------------------------------------
# 15 Exhibit force posture
# ---------------------------------------------------------------------------------------------

event 150 military exercises, manoeuvres
  noun     مناورات | مناورة
  without  سياسية | سياسي | سياسيا | انتخابية
  target   قرب | في

event 150 military drills
  noun     تدريبات | تمارين
  with     عسكرية | بحرية | جوية | حية | بالذخيرة | قتالية
  target   قرب | في
  priority 1

event 150 military parade, show of force
  noun     استعراض
  with     عسكري | عسكريا | للقوة | القوة
  priority 1

event 150 show of force
  verb     استعرض | يستعرض
  with     قوته | قوتها | القوة | عضلاته | عضلاتها | العسكرية | العسكري
  priority 1

event 150 missile or nuclear test
  verb     أجرى | يجري
  with     صاروخية | الصاروخية | نووية | النووية | باليستي | باليستية | صاروخ | صاروخا
  priority 2

event 150 overflight
  verb     حلق | يحلق
  with     طائرات | الطائرات | الطيران | =مقاتلات | فوق | منخفض | حربية
  target   فوق
  priority 1

event 150 airspace violation
  verb     اخترق | يخترق
  with     الأجواء | أجواء | المجال | الجوي
  target   *
  priority 2

event 151 police alert
  noun     استنفار
  with     أمني | الأمني | أمنية | الأمنية | للشرطة | الشرطة
  priority 2

event 152 raise military alert
  verb     رفع | يرفع | أعلن | يعلن | وضع | يضع | وضعت | وضعوا
  with     التأهب | تأهب | الاستنفار | استنفار | الجاهزية | جاهزية
  target   في
  priority 3

event 152 state of alert (nominal)
  noun     تأهب | استنفار
  target   في

event 152 put on alert
  verb     استنفر | يستنفر
  target   *

event 153 deploy police, security forces
  verb     نشر | ينشر | دفع | يدفع
  with     الشرطة | شرطة | شرطي | شرطيا | شرطيين | شرطيون | الأمن | أمنية | الأمنية | الشرطية | الشغب | الدرك | دركي | دركيين
  without  إعلان | إعلانا | الإعلان | خبر | خبرا | بيانا | بيان | صورا | صور | صورة | مقطعا | مقطع | فيديو | تقريرا | تقرير | تغريدة | تدوينة | إحصائية | أرقاما | حسابه | حسابها | موقعها | صفحتها | التفاصيل | تفاصيل | معلومات | المعلومات | أسماء | قائمة | نتائج | خريطة
  target   في
  priority 5

event 153 tighten security measures
  verb     شدد | يشدد
  with     الإجراءات | إجراءات | الحراسة | التدابير | قبضته | قبضتها | القبضة
  without  على
  priority 2

# «عززت السلطات التدابير الأمنية»: strengthening is of security only when it says so («الإجراءات الوقائية» are health)
event 153 strengthen security measures
  verb     عزز | يعزز
  with     الأمنية | أمنية | الحراسة | الأمن
  window   6
  priority 2

event 153 security deployment (nominal)
  noun     انتشار
  with     أمني | الأمني | للشرطة
  target   في
  priority 2

event 154 mass forces
  verb     حشد | يحشد
  with     قوات | قواته | قواتها | تعزيزات | آليات | مقاتلين | جنود | عسكرية | عسكريا | الآلاف | دبابات | مدرعات
  without  الشعبي
  target   على | قرب | ضد | في
  priority 1

event 154 troop build-up (nominal)
  noun     حشود
  with     عسكرية | عسكري | ضخمة
  target   على | قرب
  priority 1

event 154 deploy forces
  verb     نشر | ينشر | دفع | يدفع
  without  بيانا | بيان | صورا | صور | صورة | مقطعا | مقطع | فيديو | تقريرا | تقرير | تغريدة | تدوينة | إحصائية | أرقاما | حسابه | حسابها | موقعها | صفحتها | التفاصيل | تفاصيل | معلومات | المعلومات | أسماء | قائمة | نتائج | خريطة
  with     قوات | قواته | قواتها | جنود | جنودا | جنديا | تعزيزات | بتعزيزات | وحدات | كتيبة | كتائب | لواء | دبابات | مدرعات | آليات | صواريخ | منظومة | منظومات | بطاريات | بوارج | حاملة | فرقاطة | =مقاتلات | =مقاتلة | قاذفات
  target   في | إلى | قرب | على
  priority 4

# «=مقاتلات» (warplanes) whole: its stem is that of «مقاتلي طالبان», fighters who are no one's deployment
event 154 send troops, reinforcements
  verb     أرسل | يرسل
  with     قوات | قواته | قواتها | جنود | جنودا | جنديا | تعزيزات | وحدات | كتيبة | كتائب | لواء | بوارج | حاملة | فرقاطة | =مقاتلات | =مقاتلة | قاذفات
  target   إلى | في
  priority 4

event 154 reinforcements
  noun     تعزيزات
  target   إلى | ل

event 154 call up reserves
  verb     استدعى | يستدعي
  with     الاحتياط | احتياط | الاحتياطي | جنود
  priority 4

event 154 declare mobilization
  verb     أعلن | يعلن
  with     التعبئة | تعبئة | النفير
  priority 3

event 154 general mobilization (nominal)
  noun     تعبئة
  with     العامة | عامة | العسكرية | عسكرية
  priority 1

event 154 reinforce military presence
  verb     عزز | يعزز
  with     قوات | قواته | قواتها | وجوده | وجودها | الوجود | مواقعه | مواقعها | انتشاره | دفاعاته | حشوده
  target   في | قرب
  priority 3

event 154 military deployment (nominal)
  noun     انتشار
  with     عسكري | العسكري | للقوات | لقوات | للجيش | الجيش
  target   في
  priority 1

# Whole verb forms: the light stem of «جند» is also that of «جندي», a soldier («وقتل جندي دولي وثمانية مقاتلين»).
event 154 recruit fighters
  verbform جند | جندت | جندوا | جندا | يجند | تجند | يجندون | يجندان | تجندان | نجند
  noun     تجنيد
  with     مقاتلين | مرتزقة | عناصر | شبان | أطفال | الأطفال | مسلحين
  priority 1

# ---------------------------------------------------------------------------------------------
# 16 Reduce relations
# ---------------------------------------------------------------------------------------------

event 160 withdraw from agreement, alliance
  verb     انسحب | ينسحب
  with     الاتفاق | اتفاق | الاتفاقية | اتفاقية | المعاهدة | معاهدة | المنظمة | منظمة | عضوية | التحالف
  target   من
  priority 3

event 160 cancel a visit, meeting
  verb     ألغى | يلغي | ألغت | ألغوا | تلغي
  with     زيارة | زيارته | زيارتها | الزيارة | اجتماع | الاجتماع | =لقاء | =اللقاء | قمة | القمة
  target   مع | إلى
  priority 2

event 160 suspend cooperation, membership
  verb     علق | يعلق | جمد | يجمد
  with     التعاون | عضوية | العضوية | عضويتها | عضويته | العمل | مشاركته | مشاركتها
  target   مع
  priority 2

event 160 halt cooperation
  verbform أوقف | أوقفت | يوقف
  with     التعاون | تعاونها | تعاونه
  target   مع
  priority 2

event 161 break diplomatic relations
  verb     قطع | يقطع | علق | يعلق | جمد | يجمد
  with     العلاقات | علاقاتها | علاقاته | علاقات
  target   مع
  priority 3

# «استدعت الخارجية السفير التركي»: summoning another state's envoy is aimed at that state; where that envoy serves
# («القائم بأعمال سفارة إيران لدى البحرين») is the summoner's own. Recalling one's own («استدعت البحرين سفيرها لدى
# إيران») is aimed at where it serves: the coder reads «لدى/في» after an ambassador with a pronoun.
event 161 summon or recall ambassador
  verb     استدعى | يستدعي
  noun     استدعاء
  with     السفير | سفير | سفيرها | سفيره | القائم | القنصل | سفراء | دبلوماسي | الدبلوماسي
  target   * | من | في
  passive
  priority 2

event 161 withdraw ambassador
  verb     سحب | يسحب
  with     سفير | سفيرها | سفيره | السفير | سفراء | دبلوماسييها | دبلوماسييه | بعثتها | بعثته
  target   من | لدى | في
  priority 4

event 161 expel diplomats
  verb     طرد | يطرد
  with     السفير | سفير | دبلوماسيين | الدبلوماسيين | دبلوماسيا | الدبلوماسي | دبلوماسي | الملحق | القائم | القنصل
  target   *
  passive
  priority 3

event 161 persona non grata
  verb     اعتبر | يعتبر | أعلن
  with     مرغوب
  target   *
  priority 3

event 161 downgrade diplomatic relations
  verb     خفض | يخفض
  with     التمثيل | تمثيلها | تمثيله | الدبلوماسي | العلاقات | علاقاتها
  target   مع
  priority 3

# the mission is the verb's object: «أغلقت الشرطة الشوارع المؤدية إلى القنصلية» closes streets
event 161 close embassy
  verb     أغلق | يغلق
  with     السفارة | سفارة | سفارتها | سفارته | القنصلية | قنصلية | قنصليتها
  window   4
  target   * | في | لدى
  priority 3

event 162 reduce or stop aid
  verb     علق | يعلق | جمد | يجمد | قطع | يقطع | خفض | يخفض | ألغى | يلغي | ألغت | ألغوا | تلغي
  verbform أوقف | أوقفت | يوقف
  with     المساعدات | مساعدات | مساعداتها | مساعداته | الدعم | دعمها | دعمه | التمويل | تمويل | المعونات | معونات
  target   عن | ل
  priority 3

event 1622 stop military aid, arms sales
  verb     علق | يعلق | جمد | يجمد | قطع | يقطع | ألغى | يلغي | ألغت | ألغوا | تلغي
  verbform أوقف | أوقفت | يوقف
  with     العسكرية | العسكري | الأسلحة | أسلحة | صفقة | صفقات | تسليم
  target   عن | ل | إلى
  priority 4

event 163 impose sanctions, embargo
  verb     فرض | يفرض | وسع | يوسع | فرضت | فرضوا | وسعت | وسعوا
  with     عقوبات | العقوبات | عقوبة | حظرا | حظر | الحظر | رسوما | رسوم | مقاطعة
  target   على | ضد
  priority 3

# «فرض حصارا اقتصاديا على», «حصار نفطي»: an economic siege is an embargo
event 163 impose an economic blockade
  verb     فرض | يفرض | فرضت | فرضوا
  with     اقتصاديا | اقتصادي | الاقتصادي | نفطيا | نفطي | تجاريا | تجاري
  target   على | ضد
  priority 5

event 163 announce sanctions
  verb     أعلن | يعلن
  with     عقوبات | العقوبات
  without  رفع | تخفيف | رفض | رفضه | رفضها | إلغاء
  target   على | ضد
  priority 1

event 163 blacklist
  verb     أدرج | يدرج
  with     قائمة | القائمة | لائحة | اللائحة | قوائم
  target   * | على
  priority 2

event 163 freeze assets
  verb     جمد | يجمد
  noun     تجميد
  with     أصول | الأصول | أموال | الأموال | أرصدة | الأرصدة | ودائع
  target   *
  priority 3

event 163 ban trade
  verb     حظر | يحظر
  with     تصدير | استيراد | بيع | التعامل
  target   على | مع
  priority 2

event 164 halt negotiations
  verb     علق | يعلق | جمد | يجمد | أنهى | ينهي | انسحب | ينسحب | قطع | يقطع
  verbform أوقف | أوقفت | يوقف
  with     المفاوضات | مفاوضات | المحادثات | محادثات | الحوار | التفاوض
  target   مع
  priority 4

event 165 halt mediation
  verb     علق | يعلق | أنهى | ينهي | سحب | يسحب | جمد
  noun     أوقف | أوقفت
  with     وساطة | الوساطة | وساطته | وساطتها
  priority 5

event 166 expel or withdraw international presence
  verb     طرد | يطرد | أنهى | ينهي
  with     البعثة | بعثة | المراقبين | المفتشين | المنظمات | منظمات | حفظ
  target   * | من
  priority 3

event 1661 expel peacekeepers
  verb     طرد | يطرد | أنهى | ينهي
  with     حفظ | اليونيفيل
  target   *
  priority 4

event 1662 expel inspectors, observers
  verb     طرد | يطرد | سحب | يسحب
  with     المفتشين | مفتشي | المراقبين | مراقبي | مراقبيها
  target   * | من
  priority 4

event 1663 expel aid agencies
  verb     طرد | يطرد
  with     المنظمات | منظمات | الإغاثة | الإنسانية | وكالات
  target   * | من
  priority 4

# ---------------------------------------------------------------------------------------------
# 17 Coerce
# ---------------------------------------------------------------------------------------------

# Police and armies raid and storm (170); gunmen storming a police station assault it («اقتحم مسلحون مركزا للشرطة»,
# `militant 180`), and an army storming the positions of an armed group fights it (`armed 190`).
event 170 raid
  verb     داهم | يداهم
  noun     مداهمة | مداهمات
  target   *
  armed    190
  militant 180

event 170 storm
  verb     اقتحم | يقتحم
  noun     اقتحام | اقتحامات
  target   *
  armed    190
  militant 180

event 171 loot
  verb     نهب | ينهب
  noun     نهب
  target   *

# whole words: the light stem of «صادر» is also that of «صادرات» (exports)
event 1711 confiscate
  verbform صادرت | صادروا | يصادر | تصادر
  noun     مصادرة
  target   *

event 1711 seize property
  verb     استولى | يستولي | استولت
  with     أموال | الأموال | ممتلكات | أسلحة | شحنة | ناقلة | سفينة | معدات | منازل | أراض | أراضي
  target   على
  priority 3

event 1711 impound ship, cargo
  verb     احتجز | يحتجز
  with     ناقلة | الناقلة | سفينة | السفينة | شحنة | أموال | طائرة | قارب
  target   *
  priority 3

# «الكويت تضبط شبكة إرهابية», «ضبط خلية», «ضبطت الشرطة 3 نساء بتهمة الاحتيال»: catching people is an arrest. Its words
# may stand past an aside («ضبطت الشرطة الروسية، خلال الأيام القليلة الماضية، 3 نساء بتهمة»); a shipment or weapons
# caught nearby make it a seizure («ضبطت الشرطة شحنة أسلحة بحوزة خلية إرهابية»).
event 173 catch a cell, suspects (ضبط)
  verb     ضبط | يضبط
  noun     ضبط
  with     شبكة | خلية | خلايا | عصابة | متهم | متهما | متهمين | مشتبه | مشتبها | مشتبهين | إرهابيين | إرهابيا | بتهمة | بتهم | =شخصا | =شخصين | =أشخاص | =مطلوبا | =مطلوبين | =عنصرا | =عنصرين | =عناصر | =محكوما | =محكومين
  window   12
  without  شحنة | أسلحة | كميات | كمية | مخدرات | ذخائر
  target   *
  priority 3

event 1711 seize weapons, contraband
  verb     ضبط | يضبط
  with     أسلحة | شحنة | كميات | كمية | مخدرات | ذخائر
  priority 2

event 1712 demolish
  verb     هدم | يهدم
  noun     هدم
  target   *
  passive

event 1712 destroy
  verb     دمر | يدمر
  noun     تدمير
  target   *
  passive

# («وأحرقوا علم إسرائيل», «أحرق المتظاهرون صور الرئيس»: burning a flag, a picture or an effigy is a protest's symbol,
# no property destroyed)
event 1712 burn property
  verb     أحرق | يحرق
  noun     إحراق
  without  علم | العلم | أعلام | الأعلام | أعلاما | صور | صورة | الصور | صورا | مجسم | مجسما | دمية | دمى
  target   *
  passive

event 1712 set fire to
  verb     أضرم | يضرم
  with     النار | النيران | حريقا
  target   في
  priority 2

event 1712 bulldoze, sabotage
  verb     جرف | يجرف | خرب | يخرب
  noun     تجريف | تخريب
  target   *

# (not a bomber who blows himself up in a mosque: «فجر الانتحاري نفسه وسط المصلين في المسجد» is a suicide bombing)
event 1712 blow up buildings
  verb     فجر | يفجر | نسف | ينسف | فجرت | فجروا
  with     منزل | منازل | المنزل | مبنى | مباني | جسر | الجسر | مسجد | كنيسة | مقر | برج | خط | أنبوب
  without  اليوم | أمس | الأحد | الاثنين | الثلاثاء | الأربعاء | الخميس | الجمعة | السبت | يوم | نفسه | نفسها | نفسيهما | أنفسهم | انتحاري | انتحارية | حزامه | حزاما
  target   *
  priority 4

event 172 impose restrictions
  verb     فرض | يفرض | فرضت | فرضوا
  with     قيودا | قيود | القيود
  target   على
  priority 2

event 172 travel ban
  verb     منع | يمنع
  with     السفر | سفر | مغادرة
  target   * | من
  priority 2

event 172 revoke citizenship, licence
  verb     سحب | يسحب
  with     الجنسية | جنسية | جنسيته | ترخيص | ترخيصها | جواز | جوازات
  target   من
  priority 3

event 1721 block websites, media
  verb     حجب | يحجب
  with     مواقع | المواقع | موقع | الإنترنت | تطبيق | وسائل | صحف | قنوات
  priority 2

event 1721 cut internet
  verb     قطع | يقطع
  with     الإنترنت | الاتصالات
  priority 3

event 1721 close media outlets
  verb     أغلق | يغلق
  with     قناة | صحيفة | مكتب | مكاتب | قنوات | صحف
  target   *
  priority 2

# «أوقفت البحرين صدور وتداول صحيفة الوسط», «علقت السلطات بث القناة»: stopping a paper's issue or a channel's broadcast
event 1721 suspend a paper or broadcast
  verb     أوقف | يوقف | علق | يعلق
  with     صدور | بث | طباعة
  without  على | التأشيرات | تأشيرات
  window   3
  target   *
  priority 3

event 1721 ban demonstrations
  verb     حظر | يحظر | منع | يمنع
  with     التظاهر | التجمع | الاحتجاجات | التجمعات | المظاهرات | النشر
  priority 3

event 1722 ban party, group
  verb     حظر | يحظر | حل | يحل
  with     حزب | الحزب | أحزاب | الأحزاب | جماعة | الجماعة | جمعية | جمعيات | نشاط | أنشطة
  target   *
  priority 3

# The state of emergency follows the verb within a few words («أعلن حالة الطوارئ», «مددت في نهاية يوليو، لشهرين حالة
# الطوارئ»); the full window let the stem of «العرفية» meet «تعرف» fifteen words on.
event 1723 impose curfew
  verb     فرض | يفرض | أعلن | يعلن | مدد | يمدد | فرضت | فرضوا
  noun     تمديد | بتمديد | فرض | إعلان
  with     التجول | التجوال
  window   10
  without  رفع | إلغاء | إنهاء | انتهاء | تخفيف
  target   على | في
  priority 5

# «أعلنت الأمم المتحدة الدرجة الثالثة من حالة الطوارئ الإنسانية»: a humanitarian emergency level coerces no one;
# «قوات الطوارئ» is a force, «قسم الطوارئ» a hospital ward (an emergency for floods or fires is rejected in the coder)
event 1724 impose state of emergency
  verb     فرض | يفرض | أعلن | يعلن | مدد | يمدد | فرضت | فرضوا
  noun     تمديد | بتمديد | فرض | إعلان
  with     الطوارئ | العرفية
  window   10
  without  رفع | إلغاء | إنهاء | انتهاء | الإنسانية | إنسانية | الصحية | غرفة | خطة | قوات | قوة | مستشفى | قسم | أقسام
  target   على | في
  priority 5

# «أحالت النيابة العامة المرشد العام للإخوان إلى محكمة الجنايات»: sending someone to trial charges him (whole forms: the
# light stem of «أحال» is that of «حال», "state", and «إحالة» alone is also a retirement or a file sent on; a bill, a
# lawsuit or a report sent to a court or a council charges no one)
event 173 refer to trial
  verbform أحال | أحالت | أحالوا | يحيل | تحيل | يحيلون
  noun     إحالة | بإحالة
  with     المحاكمة | محاكمة | لمحاكمة | للمحاكمة | محكمة | المحكمة | القضاء | الجنايات
  window   10
  without  التقاعد | المعاش | الملف | الموضوع | القضية | الأوراق | الطلب | المشروع | مشروع | قانون | القانون | الدعوى | دعوى | التقرير | اللجنة | مجلس
  target   *
  priority 3

event 173 arrest
  verb     اعتقل | يعتقل
  noun     اعتقال | اعتقالات
  target   *
  passive

# «وأسر مقاتلو المقاومة عددا من مقاتلي الحوثيين»: whole forms only, as «أسر» alone is also «families»
# («أسر الشهداء»)
event 173 take prisoner
  verbform أسروا | أسرت | يأسرون | تأسر
  target   * | من

event 173 detain
  verb     احتجز | يحتجز
  target   *
  passive

event 173 arrest (ألقى القبض)
  verb     ألقى | يلقي | ألقت | ألقوا | تلقي
  noun     إلقاء
  with     القبض
  target   على
  passive
  priority 3

event 173 arrest (قبض على)
  verb     قبض | يقبض
  with     على
  target   على
  passive
  priority 1

# «أوقفت قوى الجيش المدعو حسن محمد شاهين», «أوقفت الشرطة 251 شخصا»: stopping a person, not a fire or a paper;
# whole forms, or the light stem would take «وقف» (to stand, «وقفت إلى جانب»)
event 173 arrest (أوقف a person)
  verbform أوقف | أوقفت | أوقفوا | يوقف | يوقفون
  with     المدعو | شخصا | أشخاص | شخصين | مشتبه | مشتبها | مشتبهين | مطلوبا | مطلوبين | متهما | متهمين | عنصرا | عناصر
  window   12
  target   *
  passive
  priority 4

event 173 arrest (nominal «القبض على»، «توقيف»)
  noun     قبض | توقيف
  target   على

# whole words: «أوقف» shares its light stem with «وقف»
event 173 arrest (أوقف)
  verbform أوقف | أوقفت | يوقف
  with     الشرطة | الأمن | السلطات | مشتبها | مشتبه | متهما | شخصا | شخص | أشخاص | عناصر
  target   *
  priority 2

event 173 imprison
  verb     زج | يزج | زجت
  with     السجن | السجون | بالسجن
  target   ب
  priority 2

event 173 charge formally
  verb     وجه | يوجه | وجهت | وجهوا
  with     تهمة | تهم | تهما | لائحة
  target   ل | إلى
  priority 3

event 173 house arrest
  verb     فرض | يفرض | وضع | يضع | فرضت | فرضوا | وضعت | وضعوا
  with     الجبرية
  target   على
  priority 4

event 174 deport, expel individuals
  noun     ترحيل | إبعاد
  target   * | إلى | من

event 174 expel individuals
  verb     طرد | يطرد
  with     صحفي | صحفيين | الصحفيين | مراسل | مراسلي | رعايا | مواطني | عمال | العمال | المهاجرين | مهاجرين | اللاجئين | لاجئين | ناشطين | الناشطين
  target   * | من
  priority 2

event 175 repress
  verb     قمع | يقمع
  noun     قمع
  target   *

# «ما زالتا تضطهدان أعداء النظام»: persecution of opponents is repression.
event 175 persecute
  verb     اضطهد | يضطهد
  target   *

event 175 disperse protesters by force
  verb     فض | يفض | فضت | فرق | يفرق | فرقت | فرقوا
  noun     تفريق | فض
  with     اعتصام | الاعتصام | المظاهرة | مظاهرة | التظاهرة | المتظاهرين | المحتجين | المعتصمين | الاحتجاجات | التجمع | المسيرة
  target   *
  priority 2

event 175 fire tear gas, rubber bullets
  verb     أطلق | يطلق
  with     الغاز | المسيل | المطاطي | المطاطية | الصوتية
  target   على | باتجاه
  priority 4

# ---------------------------------------------------------------------------------------------
# 18 Assault
# ---------------------------------------------------------------------------------------------

# A minister, a party or a paper that «هاجم» someone attacked him in words: 111. An attack on an armed group by an army
# or another group («هاجم الحوثيون مواقع المقاومة»), or by one army on another, is fighting: 190.
# «شن هجوما لاذعا على», «هاجمت وسائل الإعلام السعودية الاتفاق النووي»: an attack in words, by the press, online or
# in an article, is criticism (the same words block the armed reading below)
event 111 attack in words
  verb     هاجم | يهاجم
  noun     هجوم | هجوما | هجمة
  with     لاذعا | لاذع | إعلامي | إعلاميا | كلامي | كلاميا | حادا | حاد | قاسيا | قاس | تويتر | تغريدة | تغريدات | مقال | مقالة | الإعلام
  window   4
  target   * | على | ضد
  priority 2

event 180 attack
  verb     هاجم | يهاجم | هوجم
  noun     هجوم | هجمات | هجوما | هجمة
  without  لاذعا | لاذع | إعلامي | إعلاميا | كلامي | كلاميا | حادا | حاد | قاسيا | قاس | كاسح | كاسحا | الإنترنت | الانترنت | التواصل | تويتر | فيسبوك | تغريدة | تغريدات | مقال | مقالة
  target   * | على | ضد
  unarmed  111
  armed    190
  passive

# «الجريمة الإرهابية التي نفذها مستوطنون», «العمل الإرهابي الذي استهدف المسجد»: a terrorist deed is an attack. Alone
# («أدان العمل الإرهابي») it is talk of one, and the coder asks a doer or a verb that asserts it.
event 180 terrorist act
  noun     عمل | أعمال | جريمة | جرائم
  with     =إرهابي | =الإرهابي | =إرهابية | =الإرهابية | =إرهابيا
  window   2
  target   *
  priority 1

event 180 assault, aggression
  verb     اعتدى | يعتدي | اعتدت
  noun     اعتداء | اعتداءات
  target   على
  passive

# whole forms: the light stem of «أصيب» is also that of «نصيب» (a share) and «مصيب»
event 180 wounded
  verbform أصيب | يصيب | أصيبت | أصيبوا | أصيبا | تصيب
  without  بفيروس | كورونا | بكورونا | بمرض | بجلطة | بوعكة | بالفيروس | بأزمة | بخيبة | بالإحباط | بالذهول | بالصدمة | بصدمة | بنكسة | بانتكاسة | بالتجريف | بالركود | بالجمود | بالعمى | بالشيخوخة | بالعدوى | بالسرطان | بالهلع | بالذعر | بالدهشة | بالرعب | بالإغماء | بالاكتئاب | بالشلل | بنوبة | بالإرهاق | بالتسمم | بتسمم | تسمم | غذائي | بأعراض | بالتهاب | بالجفاف | بالإنفلونزا | بإنفلونزا | بحمى | بالحمى
  target   *
  passive

event 180 run over (vehicle attack)
  verb     دهس | يدهس
  noun     دهس
  target   *
  passive

# «خطف الأضواء/الأنظار» is to steal the limelight; «اختطاف القرار/الثورة» is to hijack a cause
event 181 abduct
  verb     خطف | يخطف | اختطف | يختطف
  noun     خطف | اختطاف
  without  الأضواء | الأنظار | أنظار | الانتباه | الأبصار | القلوب | القرار | الثورة | الإرادة | المبادرة | الشرعية | الانتفاضة | الوطن | الفرحة | اللقب | الفوز
  target   *
  passive

event 181 take hostages
  verb     احتجز | يحتجز | أخذ | يأخذ
  with     رهائن | رهينة | كرهائن | كرهينة
  target   *
  priority 4

# «تعدى» as whole words: its light stem is that of «تعد» (prepares)
event 182 beat
  verb     ضرب | يضرب | اعتدى | يعتدي
  verbform تعدى | يتعدى | تتعدى | تعدت | تعدوا | يتعدون
  with     بالضرب | بالهراوات | بالعصي | مبرحا | المبرح
  target   * | على
  passive
  priority 3

# «تعرضوا للضرب المبرح»: the noun only with what makes it a beating («ضرب مثلا», «ضرب الإرهاب» are not)
event 182 beating (nominal)
  noun     ضرب
  with     المبرح | مبرح | بالهراوات | بالعصي | والإهانة | والتعذيب | والتهديد | والشتم | والركل | والإهانات
  target   * | على
  priority 3

# «أسقطت الطائرة الحربية قنبلة على الشارع التجاري»: what is dropped from the air is an air attack
event 195 drop bombs
  verbform أسقط | أسقطت | أسقطوا | يسقط | تسقط
  with     قنبلة | قنابل | براميل | برميلا | برميلين | حمولتها | متفجرات
  window   4
  target   على | *
  priority 4

# «أسقطت الدفاعات الجوية طائرة مسيرة»: bringing down an aircraft. Whole forms: the light stem of «أسقط» is that of
# «سقط», to fall («سقطت مقاتلة سورية على سوق» is a crash)
event 190 shoot down aircraft
  verbform أسقط | يسقط | أسقطت | أسقطوا | أسقطا | تسقط | يسقطون | أسقطتا
  with     طائرة | طائرات | طائرتي | طائرتين | طائرتان | مروحية | مروحيات | =مقاتلة | =مقاتلات | مسيرة | مسيرات
  target   *
  priority 3

event 182 stab
  verb     طعن | يطعن
  with     بسكين | بالسكين | سكين | بآلة | بالسكاكين
  target   *
  passive
  priority 3

# «اغتصاب السلطة/الأرض/الحقوق» is usurping power, land or rights
event 1821 rape, sexual assault
  verb     اغتصب | يغتصب
  noun     اغتصاب
  without  السلطة | الحكم | الأرض | أرض | الأراضي | أراضي | الحقوق | حقوق | الحق | حق | السيادة | الشرعية | المنصب | العرش | الممتلكات | ممتلكات | فلسطين | القدس
  target   *
  passive

# «عذب الحديث», «عذب الصوت»: the adjective «عذب» (sweet) shares the verb's letters.
event 1822 torture
  verb     عذب | يعذب
  without  الحديث | الصوت | الكلام | اللسان | المذاق | الطعم | المياه
  target   *
  passive

# «لقتل الحشرات»: insects and germs are no victims (not «الوقت»: 'without' words are sought to the end of the
# sentence, and «في الوقت الذي» is common)
event 1823 kill
  verb     قتل | يقتل | قتلت | قتلوا
  without  الحشرات | حشرات | البعوض | الجراثيم | البكتيريا | الفيروسات | الفيروس | القوارض | الفئران | الملل | الطموح | الإبداع
  target   *
  passive

event 1823 slaughter
  verb     ذبح | يذبح
  target   *
  passive

# whole words: the light stem of «أعدم» is عدم («عدم التدخل»)
event 1823 execute
  verbform أعدم | أعدمت | أعدموا | يعدم | تعدم
  target   *

event 1823 carry out an execution
  verb     نفذ | ينفذ
  with     الإعدام | إعدام | الإعدامات
  target   بحق | في
  priority 3

event 183 bombing
  noun     تفجير | تفجيرات | تفجيرا
  target   في | ضد | على

# An explosion is no attack by itself (gas, a depot, an accident); one that «استهدف» something was set off at it.
event 183 explosion aimed at someone
  noun     انفجار | انفجارات | انفجارا | انفجارين
  with     استهدف | استهدفت | يستهدف | تستهدف | استهدفا | استهدفتا
  window   3
  target   *

event 183 set off a bomb
  verb     فجر | يفجر | فجرت | فجروا
  with     قنبلة | قنابل | عبوة | عبوات | مفخخة | مفخخ | ملغومة | سيارة | نفسه | نفسها | نفسيهما | أنفسهم | حزاما | حزامه | حافلة | مبنى | منزل | جسر | سفارة | مقر | خط | أنبوب
  target   في | *
  priority 2

event 183 throw a bomb
  verb     ألقى | يلقي | ألقت | ألقوا | تلقي
  noun     إلقاء
  with     قنبلة | قنابل | عبوة | بعبوة | زجاجات | مولوتوف | متفجرات | المتفجرات
  target   على
  priority 3

# «فجر انتحاري نفسه وسط حشد من المصلين», «أمام السفارة», «عند مدخل الأكاديمية»: whom a bomb strikes may stand where it
# went off.
event 1831 suicide bombing
  verb     فجر | يفجر | نفذ | ينفذ | هاجم | فجرت | فجروا
  noun     تفجير | تفجيرات | تفجيرا | هجوم | هجوما | هجمات | عملية
  with     نفسه | نفسها | نفسيهما | أنفسهم | انتحاري | انتحارية | انتحاريين | انتحاريا | حزاما | حزامه | بحزام
  target   في | على | ضد | * | وسط | داخل | أمام | عند
  priority 4

event 1832 car bombing
  verb     فجر | يفجر | فجرت | فجروا
  noun     تفجير | تفجيرات | هجوم | انفجار | انفجارات | سيارة | سيارات
  with     مفخخة | مفخخ | مفخختين | مفخخات | ملغومة | ملغوم | ملغومتين | ملغمة
  target   في | على | ضد | وسط | داخل | أمام | عند
  priority 4

event 1833 roadside bomb, IED
  verb     فجر | يفجر | زرع | يزرع | فجرت | فجروا
  noun     تفجير | انفجار | عبوة | عبوات | هجوم
  with     ناسفة | ناسفتين | ألغاما | ألغام | لغم | لغما
  target   في | على | ضد | وسط | داخل | أمام | عند
  priority 4

event 184 human shields
  noun     دروع | دروعا | درعا
  with     بشرية | بشريا | بشري
  priority 2

event 184 use as human shields
  verb     استخدم | يستخدم | اتخذ | يتخذ
  with     دروعا | كدروع | دروع | درعا
  target   *
  priority 3

event 185 attempted assassination
  noun     محاولة | محاولات
  with     اغتيال | لاغتيال | اغتياله | اغتيالها
  target   *
  priority 3

event 185 try to assassinate
  verb     حاول | يحاول
  with     اغتيال | اغتياله | اغتيالها | قتل | قتله
  target   *
  priority 3

event 186 assassinate
  verb     اغتال | يغتال | اغتيل | اغتالت
  target   *
  passive

# ---------------------------------------------------------------------------------------------
# 19 Fight
# ---------------------------------------------------------------------------------------------

event 190 clash
  verb     اشتبك | يشتبك
  noun     اشتباكات | اشتباك | اشتباكا
  target   مع | بين
  symmetric

event 190 confrontations, fighting
  noun     مواجهات | قتال
  target   مع | ضد | بين
  symmetric

event 190 battles
  noun     معارك | معركة
  without  انتخابية | سياسية | قانونية | قضائية | دبلوماسية | إعلامية
  target   مع | ضد | بين
  symmetric

event 190 wage a battle, war
  verb     خاض | يخوض
  with     معركة | معارك | قتالا | حربا | حرب | مواجهات | اشتباكات
  without  انتخابية | سياسية | الانتخابات | قانونية | قضائية
  target   ضد | مع
  symmetric
  priority 2

event 190 wage war, launch operations
  verb     شن | يشن | تشن | شنت | شنوا
  with     حربا | حرب | عملية | عمليات
  target   على | ضد
  priority 2

# «قام بحملة اعتقالات طالت ضباطا وعسكريين»: a campaign of arrests or raids is those arrests («اعتقالات» fires itself)
event 190 military operation, campaign (nominal)
  noun     عملية | عمليات | حملة
  with     عسكرية | العسكرية | عسكري | برية
  without  اعتقالات | اعتقال | مداهمات | دهم | تفتيش | توقيف | اختطاف
  target   ضد | في | على
  priority 2

event 190 military attack, offensive
  verb     هاجم | يهاجم
  noun     هجوم | هجوما | هجمات
  with     عسكري | عسكرية | عسكريا | بري | برية | بريا | مضاد | مضادا | واسعا | واسع
  target   * | على | ضد
  priority 2

# «أطلق النار في الهواء» is a warning or a celebration, not fire at anyone
event 190 open fire
  verb     أطلق | يطلق | فتح | يفتح | فتحت | فتحوا
  with     النار | نيران | نيرانه | نيرانها
  without  الهواء | ابتهاجا | تحذيرية | تحذيريا
  target   على | باتجاه | نحو
  priority 2

event 190 exchange fire
  verb     تبادل | يتبادل
  with     إطلاق | النار | القصف
  target   مع
  symmetric
  priority 3

event 190 target (military)
  verb     استهدف | يستهدف
  target   *
  passive

# «تواصل استهداف تنظيم داعش في سوريا», «وقالت انها ستواصل استهداف النواب», «بدأت الغارات التركية باستهداف مواقع»: a
# verb of going on or starting makes its masdar the act; the one targeted follows the masdar. Whole forms: «تواصل» is
# also «communication»; the masdar must follow closely, or «استمرت الاشتباكات … بعد استهداف» would fire.
event 190 go on targeting
  verbform واصل | واصلت | واصلوا | يواصل | تواصل | يواصلون | نواصل | أواصل | استمر | استمرت | يستمر | تستمر | بدأ | بدأت | بدأوا | يبدأ | تبدأ
  with     استهداف
  window   4
  target   *
  priority 2

# «نصب كمينا لدورية», «في كمين نصبه مسلحون»: the light stem of «نصب» is also «نصب» (monument, post), so only with the ambush word
event 190 ambush
  verb     نصب | ينصب | نصبت | نصبوا
  with     كمين | كمينا | كمائن
  target   ل | * | على
  priority 3

event 190 ambush (nominal)
  noun     كمين | كمائن
  target   ل | على
  priority 1

event 190 incursion
  verb     توغل | يتوغل
  target   في

# «دولة إسرائيل تحارب الإرهاب بقسوة»: fighting a scourge (terrorism, crime, corruption) is a policy, not a fight
event 190 fight (حارب)
  verb     حارب | يحارب
  without  الفساد | الفقر | الجوع | الوباء | كورونا | الفيروس | البطالة | الشائعات | التطرف | المخدرات | =الإرهاب | =الجريمة | =العنف | الجهل | الأمية | العنصرية | الكراهية | الطائفية | التهريب
  target   * | ضد
  symmetric

# «قاتلت القوات الحوثيين»: whole verb forms only, as the stem is that of «مقاتل» (a fighter); never the bare «قاتل», more
# often a killer («قاتل الطفل») than he fought, nor the imperfect, which says who a group is («حزب الله الذي يقاتل في
# سوريا»), not what it did. Fighting «إلى جانب», «في صفوف» or «مع» a side is with it, not against it.
event 190 fight (قاتل)
  verbform قاتلت | قاتلوا | قاتلتا
  without  الفساد | الفقر | الجوع | الوباء | الفيروس | البطالة | الشائعات | المخدرات | جانب | جوار | صفوف | مع
  target   * | ضد
  symmetric

event 190 repel an attack
  verb     صد | يصد | صدت | صدوا
  with     هجوما | هجوم | الهجوم | هجمات | تقدم | محاولة
  target   *
  priority 2

# «طردت القوات الحوثيين من معاقلهم»: any armed group named after the verb, as well as the words for fighters
event 190 drive out fighters
  verb     طرد | يطرد
  with     مسلحي | عناصر | المسلحين | مقاتلي | داعش | التنظيم | الميليشيات | ميليشيات | @REB
  target   * | من
  priority 2

event 191 besiege
  verb     حاصر | يحاصر | حوصر
  target   *
  passive

# «حصار ثقافي وفكري», «حصار إعلامي» are figures; an economic siege is an embargo (163, below)
event 191 impose blockade, encircle
  verb     فرض | يفرض | ضرب | يضرب | فرضت | فرضوا
  with     حصارا | حصار | الحصار | طوقا
  without  اقتصاديا | اقتصادي | الاقتصادي | نفطيا | نفطي | تجاريا | تجاري | ماليا | مالي | ثقافي | ثقافيا | فكري | فكريا | إعلامي | إعلاميا | سياسي | سياسيا | دبلوماسي | دبلوماسيا
  target   على
  priority 4

event 191 encircle
  verb     طوق | يطوق
  target   *

event 191 close borders, crossings
  verb     أغلق | يغلق
  with     المعبر | المعابر | معبر | الحدود | حدودها | الموانئ | ميناء | الميناء | المجال | مجالها
  target   أمام | في
  priority 2

event 191 block access
  verb     منع | يمنع
  with     دخول | وصول | عبور | مرور
  target   * | أمام
  priority 2

event 192 occupy
  verb     احتل | يحتل
  without  المرتبة | مرتبة | المركز | مركز | الصدارة | صدارة | مكانة | المراتب | مراتب | المراكز | موقعا | حيزا | حيز | مساحة | نسبة | المقدمة | مقدمة | العناوين | عناوين | قائمة | اهتمام | اهتمامات | المشهد | وسائل
  target   *

# whole words: the light stem of «سيطر» is that of «سيطرة» («تحت سيطرة»)
event 192 take control
  verbform سيطر | سيطرت | سيطروا
  target   على

event 192 seize territory
  verb     استولى | يستولي | استولت
  target   على

# «سقطت قاعدة العند بأيدي المقاتلين الحوثيين»: a place that falls into someone's hands is taken by them. Whole forms:
# «أسقط» (bring down) shares the light stem; the dead who «fall» at someone's hands («سقط قتلى على أيدي») were killed,
# and a man who «يسقط بيد الأمن» was arrested: only the feminine of a town, a base or a city.
event 192 fall to (a place taken)
  verbform سقطت | تسقط
  with     بأيدي | بيد | أيدي | يد
  without  قتلى | قتيلا | قتيل | ضحايا | ضحية | جرحى | جريحا | شهداء | شهيدا | شهيد | مصابين | مصابا | أشخاص | شخصا | مدنيين | مدنيا
  window   6
  target   *
  priority 2

# «المقاومة دحرت المتمردين الحوثيين», «المقاومة تدحر الحوثيين»: driving back an enemy is fighting. Whole forms, and no
# «دحر», which is as often the noun of calls and aims («دحر الإرهاب», «ودحرها»)
event 190 drive back, rout
  verbform دحرت | دحروا | يدحر | تدحر | يدحرون | دحرتها | دحروهم | يدحرونهم
  target   *

# floods, epidemics and fires also «sweep» a place
event 192 invade
  verb     اجتاح | يجتاح
  noun     اجتياح
  without  فيضانات | الفيضانات | السيول | سيول | كورونا | فيروس | الفيروس | وباء | الوباء | موجة | الجراد | حرائق | الحرائق | عاصفة | العاصفة | الأمطار | الحمى | الإنفلونزا | المرض
  target   *

# «استعادت القوات الموالية للحكومة قاعدة العند الجوية من أيدي المتمردين»: ground taken back «من» the side that held it
# (its object is the ground: «استعادت الحوطة … وطريق الرباط» takes no Moroccan capital)
event 192 recapture, retake
  verb     استعاد | يستعيد
  with     السيطرة | سيطرته | سيطرتها | مدينة | المدينة | بلدة | مواقع | مناطق | قرية | قرى | قاعدة | مطار | معسكر | ميناء | منطقة | مديرية | محافظة | حي | أحياء | موقع
  target   على | من
  priority 2

# «انتزع مقاتلو المقاومة السيطرة على المزيد من الأراضي من الحوثيين»: control wrested from a side
event 192 wrest control
  verb     انتزع | ينتزع
  with     السيطرة | سيطرة
  window   6
  target   من | على
  priority 2

event 192 extend control
  verb     بسط | يبسط
  with     سيطرته | سيطرتها | السيطرة | نفوذه | نفوذها
  target   على
  priority 2

# «فرضت القوات الأمنية العراقية سيطرتها على المناطق القريبة من الرمادي»: imposing one's control on ground is taking it
# (whole forms, and the control right after: «فرض» is also a tax, a sanction, a curfew)
event 192 impose control
  verbform فرض | فرضت | فرضوا | يفرض | تفرض | يفرضون
  with     سيطرته | سيطرتها | سيطرتهم | السيطرة
  without  أسعار | الأسعار | السوق | الأسواق | الحريق | الحرائق | النيران | الوضع | الأوضاع
  window   4
  target   على
  priority 2

event 192 tighten control
  verbform أحكم | أحكمت | أحكموا
  with     سيطرته | سيطرتها | سيطرتهم | السيطرة | قبضته | قبضتها | قبضتهم
  target   على
  priority 2

event 192 liberate, capture (town)
  verb     حرر | يحرر
  with     مدينة | المدينة | بلدة | قرية | منطقة | مناطق | مدن | قرى | بلدات
  priority 2

# «تمكنت القوات من تحريرها من المليشيات»: only with whom or what a place is freed from; «رئيس تحرير», «تحرير
# الأسعار», «حركة تحرير» have none, and an aspiration («معركة لتحرير») is an aim by the ل of purpose
event 192 liberate from (nominal)
  noun     تحرير
  with     المليشيات | الميليشيات | مليشيات | ميليشيات | قبضة | أيدي | سيطرة | الحوثيين | داعش | المسلحين | المتمردين | الإرهابيين | التنظيم
  without  الأسعار | أسعار | التجارة | الاقتصاد | صحيفة | الصحيفة | مجلة
  target   من
  priority 1

event 192 annex
  verb     ضم | يضم
  with     الضفة | أراض | أراضي | القرم | الجولان | المستوطنات | الأراضي
  priority 2

event 193 snipe, shoot with small arms
  verb     قنص | يقنص
  noun     قنص
  target   *
  passive

event 193 live fire
  verb     أطلق | يطلق
  with     الرصاص | رصاص
  target   على | باتجاه
  priority 3

event 194 shell
  verb     قصف | يقصف | قصفت
  noun     قصف
  target   * | على
  passive

event 194 artillery, rocket fire
  verb     قصف | يقصف | قصفت | هاجم | يهاجم
  noun     قصف | هجوم | هجمات | هجوما | ضربة | ضربات
  with     مدفعي | مدفعية | بالمدفعية | المدفعية | بالدبابات | صاروخي | صاروخية | بالصواريخ | صواريخ | بصواريخ | بقذائف | قذائف | هاون | بالهاون | راجمات
  target   * | على
  priority 3

# «القوات المسلحة تدك مصادر قذائف الحوثيين», «دكت الطائرات معاقل التنظيم»: pounding positions is shelling them. Whole
# verb forms only: «يدك» is also «your hand», and the noun «دك» hides in «والدك» (your father).
event 194 pound positions
  verbform دك | دكت | دكوا | تدك
  target   *
  priority 2

# «واصل مقاتلو المقاومة مطاردة بقايا ميليشيات الحوثيين»: hunting down armed men is fighting them (not chasing news or
# a dream).
event 190 pursue fighters
  verb     طارد | يطارد | طاردت | تطارد
  noun     مطاردة
  with     فلول | بقايا | عناصر | مسلحي | مسلحين | المسلحين | ميليشيات | مليشيات | الميليشيات | المليشيات | المتمردين | متمردين | الإرهابيين | إرهابيين | مقاتلي
  window   3
  target   *
  priority 2

event 194 shells (nominal)
  noun     قذائف | قذيفة
  target   على

event 194 pound
  verb     دك | يدك | دكت
  target   *

event 194 launch rockets, shells
  verb     أطلق | يطلق
  noun     إطلاق
  with     صواريخ | صاروخا | صاروخين | قذائف | قذيفة | صاروخ
  without  تجربة | تجارب | تجريبي | تجريبية | تجريبيا | اختبار | اختبارات | الفضاء
  target   على | باتجاه | نحو
  priority 3

event 195 air strike
  noun     غارة | غارات | غارتين
  target   على | ضد

event 195 raid from the air
  verb     أغار | أغارت
  target   على

event 195 air strikes (ضربة جوية)
  noun     ضربة | ضربات
  with     جوية | جوي | الجوية
  target   على | ضد
  priority 3

# the aircraft stand close to the act: «شنت المقاومة هجوما على مواقع الحوثيين بعد غارات التحالف» is a ground attack
event 195 air attack, bombardment
  verb     قصف | يقصف | قصفت | هاجم | يهاجم | استهدف | يستهدف
  noun     قصف | هجوم | هجمات | هجوما
  with     جوي | جوية | الجوي | الطيران | طيران | بالطيران | طائرات | الطائرات | بطائرات | =مقاتلات | طائرة | بطائرة | مسيرة | مسيرات | الحربية | غارات
  window   4
  target   * | على
  passive
  priority 4

# «يشن التحالف حملة جوية»: any launched act that is aerial, near enough to be the verb's object
# («شنت طائرات التحالف العربي بقيادة السعودية غارات»; not «شنت المقاومة هجوما على مواقع الحوثيين بعد غارات»)
event 195 launch, carry out air strikes
  verb     شن | يشن | تشن | شنت | شنوا | نفذ | ينفذ
  with     غارة | غارات | ضربات | ضربة | غارتين | جوية | الجوية
  window   7
  target   على | ضد
  priority 3

# «ستمدد حملتها الجوية في العراق ضد تنظيم داعش», «يواصل التحالف حملته الجوية على الحوثيين»: an air campaign carried
# on or extended is air strikes (in the future, a threat); only with «الجوية» right after the campaign: a campaign alone
# may be political («الحملة الإسرائيلية ضد الاتفاق»).
event 195 continue or extend an air campaign
  verb     واصل | يواصل | تواصل | واصلت | مدد | يمدد | تمدد | مددت
  with     الجوية | جوية
  window   4
  target   ضد | على
  priority 3

# «وجه طيران التحالف عددا من الضربات إلى التنظيم»: blows dealt to someone (the aircraft's, 195, where the air
# strike patterns say so)
event 190 deal blows, strikes
  verb     وجه | يوجه | وجهت | وجها | وجهوا | توجه
  with     ضربة | ضربات | الضربات | ضربتين
  without  اقتصاد | الاقتصاد | لاقتصاد | للاقتصاد | العقوبات | عقوبات | بتمديد | معنوية | سياسية | لجهود | لسمعة | للسياحة | السياحة
  window   5
  target   إلى | ل | ضد | على
  priority 2

# «قام طيران النظام بإلقاء براميل متفجرة»: the masdar too (its light stem is not the verb's)
event 195 drop barrel bombs
  verb     ألقى | يلقي | ألقت | ألقوا | تلقي
  noun     إلقاء
  with     براميل | البراميل | برميلا
  target   على
  priority 4

event 196 violate ceasefire
  verb     خرق | يخرق | انتهك | ينتهك
  noun     خروقات | انتهاكات
  with     الهدنة | هدنة | =وقف | =وقفا | التهدئة
  target   * | ل
  priority 3

# ---------------------------------------------------------------------------------------------
# 20 Use unconventional mass violence
# ---------------------------------------------------------------------------------------------

event 200 use prohibited weapons
  verb     استخدم | يستخدم | استعمل | يستعمل
  with     محرمة | المحرمة | الفسفور | الفوسفور | العنقودية | عنقودية
  target   ضد | في | على
  priority 3

event 201 forced displacement
  noun     تهجير
  target   * | من

# Not fighters driven out of a town («وطرد متمردي جماعة الحوثي منها»): that is the fight for it, below.
event 201 mass expulsion
  verb     طرد | يطرد
  with     جماعي | الآلاف | آلاف | السكان | سكان
  without  متمردي | مسلحي | مقاتلي | عناصر | ميليشيات | مليشيات | الميليشيات | المليشيات | المتمردين | المسلحين | الإرهابيين | فلول | قوات | مسلحين | متمردين
  target   * | من
  priority 3

# «السيطرة على زنجبار وطرد متمردي جماعة الحوثي», «تمكنت القوات من طرد مسلحي داعش من المدينة»: driving armed men out is
# fighting them.
event 190 drive out fighters
  verb     طرد | يطرد | طردت | طردوا
  noun     طرد
  with     متمردي | مسلحي | مقاتلي | عناصر | ميليشيات | مليشيات | الميليشيات | المليشيات | المتمردين | المسلحين | الإرهابيين | فلول | مسلحين | متمردين | مرتزقة
  window   2
  target   *
  priority 3

event 202 massacre
  noun     مجزرة | مجازر | مذبحة | مذابح
  target   بحق | ضد | في

event 202 commit a massacre
  verb     ارتكب | يرتكب
  with     مجزرة | مجازر | مذبحة | مذابح | إبادة
  target   بحق | ضد | في
  priority 3

event 202 genocide
  noun     إبادة
  with     جماعية | الجماعية
  target   بحق | ضد
  priority 2

# «قتل جماعي»: the adverb right after the verb («قتلوا … بين قوات … وجماعات مسلحة» is no mass killing: «جماعات» shares
# the stem of «جماعية»)
event 202 mass killing
  verb     قتل | يقتل
  with     جماعي | جماعية | بالجملة
  target   *
  window   4
  priority 3

event 203 ethnic cleansing
  noun     تطهير
  with     عرقي | العرقي | طائفي | الطائفي
  target   بحق | ضد
  priority 2

# «=الأعصاب» (nerve gas): «العصابات» (gangs) shares its light stem. Chemical fertiliser («الأسمدة الكيماوية») is no weapon.
event 2041 use chemical weapons
  verb     استخدم | يستخدم | استعمل | يستعمل | قصف | يقصف | هاجم | يهاجم | ضرب | يضرب
  noun     هجوم | هجمات | هجوما | قصف
  with     كيميائية | الكيميائية | كيميائي | الكيميائي | كيماوية | الكيماوية | الكيماوي | كيماوي | بالكيماوي | السارين | بالسارين | الكلور | بالكلور | الخردل | =الأعصاب
  without  الأسمدة | أسمدة | سماد
  target   ضد | على | *
  priority 5

event 2042 detonate nuclear weapon
  verb     فجر | يفجر | فجرت | فجروا
  with     نووية | نووي | النووية | هيدروجينية
  priority 5
