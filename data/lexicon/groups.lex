@kind      actors
@title     Non-state armed and political groups, named state organs, coalitions and news media of the region
@source    Public record (group founding and renaming dates, takeovers, dissolutions); curated by hand
@source    Codes follow shared/spec/coding-guide.md §2 (country + role; IMGREB for transnational militant groups; coalitions take the lead state's MIL)
@source    Spelling ideas checked against shared/lexicon-sources/upetrarch-arabic/actor_dict_ar_v4.txt (UniversalPetrarch, MIT); every entry re-checked, none copied
@licence   CC BY 4.0 (this file); facts are not copyrightable
@curated   2026-11-29

# CONVENTIONS
# - Every entry has `type` (group, organ, media) so that a dated code never makes it a `person`.
# - Dated codes record a change of status; an undated `code` line after them is the fallback for all other dates.
# - Al-Qaeda / ISIS core: IMGREB. Affiliates tied to one country: that country + REB (guide §2 accepts IMGREB too).
# - Media: an outlet is coded with the country of its headquarters + MED (Reuters GBRMED, AFP FRAMED, AP USAMED,
#   Al Jazeera QATMED, Al Arabiya SAUMED, state agencies SAUMED/SYRMED/...). Bare names that are also common words
#   («الجزيرة», «الحرة», «الميادين», «قنا», «بنا», «بترا», «سبأ») are only listed inside «قناة/وكالة ...».
# - Left out on purpose: bare «القاعدة» (also «base»), bare «فتح» (also the verb «opened»), bare «النصرة»,
#   bare «المجلس الرئاسي» (Libya 2016- and Yemen 2022- both use it), «حزب العدالة والتنمية» (Turkey and Morocco),
#   bare «حكومة الوحدة الوطنية» (Libya 2021-, but also Palestine 2007, Afghanistan 2014-2020, South Sudan 2020-).

# ================================ Yemen ================================

actor Houthis (Ansar Allah)
  type   group
  names  الحوثيون | الحوثيين | الحوثي | جماعة الحوثي | جماعة الحوثيين | جماعة الحوثي المسلحة | جماعة أنصار الله | أنصار الله | حركة أنصار الله | ميليشيات الحوثي | مليشيات الحوثي | ميليشيا الحوثي | مليشيا الحوثي | ميليشيات الحوثيين | مليشيات الحوثيين | الميليشيات الحوثية | المليشيات الحوثية | الميليشيا الحوثية | المليشيا الحوثية | المتمردون الحوثيون | المتمردين الحوثيين | الحركة الحوثية | الجماعة الحوثية | قوات الحوثيين | قوات الحوثي | مسلحو الحوثي | مسلحي الحوثي | مسلحون حوثيون | مسلحين حوثيين | مقاتلو الحوثي | مقاتلي الحوثي | عناصر الحوثي | عناصر ميليشيا الحوثي | زعيم جماعة الحوثي | زعيم الحوثيين | حوثية | حوثيون | حوثيين | حوثيا | قوات حوثية | ميليشيات حوثية
  code   YEMREB

# the Houthi governing council in Sanaa, formed 2016-07-28
actor Houthi Supreme Political Council
  type   organ
  names  المجلس السياسي الأعلى | رئيس المجلس السياسي الأعلى | حكومة صنعاء | سلطات صنعاء | سلطة صنعاء | حكومة الإنقاذ الوطني في صنعاء
  code   YEMREB

# the internationally recognised government (Hadi, then the Presidential Leadership Council)
actor Yemeni recognised government
  type   organ
  names  الحكومة الشرعية | الحكومة اليمنية الشرعية | الحكومة الشرعية اليمنية | الشرعية اليمنية | الحكومة اليمنية المعترف بها دوليا
  code   YEMGOV

# «الحكومة المعترف بها دوليا» alone is Yemen's in a story about Yemen and Libya's (Tobruk, then the GNA) in one about
# Libya («قوات موالية للحكومة المعترف بها دوليا في أجدابيا»).
actor Internationally recognised government (Yemen story)
  type    organ
  names   الحكومة المعترف بها دوليا
  code    YEMGOV
  context YEM

actor Internationally recognised government (Libya story)
  type    organ
  names   الحكومة المعترف بها دوليا
  code    LBYGOV
  context LBY

actor Yemeni government forces
  type   organ
  names  الجيش الوطني اليمني | قوات الجيش الوطني اليمني | قوات الحكومة اليمنية | القوات الحكومية اليمنية | ألوية العمالقة | قوات العمالقة
  code   YEMMIL

# «الشرعية» and «الانقلابيين» name the two sides only in a story about Yemen (Saudi and Yemeni usage since 2015);
# elsewhere they are common words («الشرعية الدولية», the putschists of Egypt 2013 or Turkey 2016).
actor Forces loyal to the legitimacy (Yemen)
  type    organ
  names   قوات الشرعية | قوات الحكومة الشرعية | القوات الموالية للشرعية | قوات موالية للشرعية | الجيش الموالي للشرعية | القوات الموالية للحكومة الشرعية | المقاومة الشعبية الموالية للشرعية | الشرعية
  code    YEMMIL
  context YEM

actor Putschists, the Houthi-Saleh alliance (Yemen)
  type    organ
  names   الانقلابيين | الانقلابيون | الانقلابيين الحوثيين | ميليشيات الانقلاب | مليشيات الانقلاب | ميليشيا الانقلاب | مليشيا الانقلاب | قوات الانقلاب
  code    YEMREB
  context YEM

# «قوات هادي» (52 times in SaudiNewsNet) and «الموالية لهادي» (54): the army and units loyal to President Hadi,
# from his election (2012-02-25) until he handed over power (2022-04-07).
actor Forces loyal to President Hadi (Yemen)
  type    organ
  names   قوات هادي | قوات الرئيس هادي | القوات الموالية لهادي | قوات موالية لهادي | القوات الموالية للرئيس هادي | القوات الموالية للرئيس عبد ربه منصور هادي | القوات الموالية للرئيس عبدربه منصور هادي | القوات الموالية للرئيس اليمني عبد ربه منصور هادي | القوات الموالية للرئيس اليمني عبدربه منصور هادي
  code    YEMMIL 2012-02-25..2022-04-07
  default YEMMIL

# «حكومة هادي», «القوات الموالية لحكومة هادي»: the government of President Hadi and its forces, for the same years.
actor Government of President Hadi (Yemen)
  type    organ
  names   حكومة هادي | حكومة الرئيس هادي | حكومة الرئيس عبد ربه منصور هادي | حكومة عبد ربه منصور هادي
  code    YEMGOV 2012-02-25..2022-04-07
  default YEMGOV

actor Forces loyal to the Hadi government (Yemen)
  type    organ
  names   القوات الموالية لحكومة هادي | قوات موالية لحكومة هادي | القوات الموالية لحكومة الرئيس هادي
  code    YEMMIL 2012-02-25..2022-04-07
  default YEMMIL

# «قوات صالح» (378 times in SaudiNewsNet): units loyal to Ali Abdullah Saleh. The state's army while he was
# president; allied with the Houthis against the government from their takeover of Sanaa (2014-09-21) until
# Saleh was killed (2017-12-04). «صالح» alone is a common name, so only the forces' phrases are listed.
actor Forces loyal to Ali Abdullah Saleh (Yemen)
  type    organ
  names   قوات صالح | قوات المخلوع صالح | قوات المخلوع | القوات الموالية لصالح | قوات موالية لصالح | القوات الموالية للرئيس السابق | القوات الموالية للرئيس المخلوع | القوات الموالية لعلي عبدالله صالح | القوات الموالية لعلي عبد الله صالح | قوات علي عبدالله صالح | قوات علي عبد الله صالح | القوات الموالية للرئيس السابق علي عبدالله صالح | القوات الموالية للرئيس السابق علي عبد الله صالح | القوات الموالية للرئيس المخلوع علي عبدالله صالح | القوات الموالية للرئيس المخلوع علي عبد الله صالح
  code    YEMMIL ..2012-02-24
  code    YEMREB 2014-09-21..2017-12-04
  default YEMREB
  context YEM

# formed 2022-04-07 when Hadi handed over power
actor Yemen Presidential Leadership Council
  type   organ
  names  مجلس القيادة الرئاسي | مجلس القيادة الرئاسي اليمني | رئيس مجلس القيادة الرئاسي | رئيس مجلس القيادة الرئاسي اليمني
  code   YEMGOV 2022-04-07..

# founded 2017-05-11; joined the Presidential Leadership Council in 2022 but keeps its own forces
actor Southern Transitional Council
  type   group
  names  المجلس الانتقالي الجنوبي | الانتقالي الجنوبي | قوات المجلس الانتقالي الجنوبي | قوات الانتقالي الجنوبي | قوات المجلس الانتقالي | قوات الانتقالي | رئيس المجلس الانتقالي الجنوبي | قوات الحزام الأمني | الحزام الأمني
  code   YEMREB

actor Al-Qaeda in the Arabian Peninsula
  type   group
  names  تنظيم القاعدة في جزيرة العرب | القاعدة في جزيرة العرب | تنظيم القاعدة في شبه الجزيرة العربية | القاعدة في شبه الجزيرة العربية | تنظيم القاعدة في اليمن | القاعدة في اليمن
  code   YEMREB

# ================================ Lebanon ================================

actor Hezbollah
  type   group
  names  حزب الله | حزب الله اللبناني | ميليشيا حزب الله | ميليشيات حزب الله | مليشيا حزب الله | مليشيات حزب الله | مقاتلو حزب الله | مقاتلي حزب الله | عناصر حزب الله | عناصر من حزب الله | مسلحو حزب الله | مسلحي حزب الله | المقاومة الإسلامية في لبنان | الأمين العام لحزب الله | نائب الأمين العام لحزب الله | المجلس التنفيذي لحزب الله | الجناح العسكري لحزب الله
  code   LBNREB

actor Amal Movement
  type   group
  names  حركة أمل | حركة أمل الشيعية | رئيس حركة أمل
  code   LBNPTY

# the Lebanese Forces PARTY (Geagea); the army is «الجيش اللبناني»
actor Lebanese Forces party
  type   group
  names  القوات اللبنانية | حزب القوات اللبنانية | رئيس حزب القوات اللبنانية
  code   LBNPTY

actor Lebanese parties
  type   group
  names  التيار الوطني الحر | تيار المستقبل | حزب الكتائب | حزب الكتائب اللبنانية | الحزب التقدمي الاشتراكي | كتلة الوفاء للمقاومة | كتلة التنمية والتحرير
  code   LBNPTY

actor Lebanese presidency (Baabda) and government palace
  type   organ
  names  قصر بعبدا | السراي الحكومي | السراي الكبير
  code   LBNGOV

# residence of the Speaker of Parliament, used for him
actor Ain al-Tineh
  type   organ
  names  عين التينة
  code   LBNLEG

# ================================ Palestine ================================

# guide §2: Hamas PSEREB (PSEPTY, PSEGOV accepted)
actor Hamas
  type   group
  names  حماس | حركة حماس | حركة المقاومة الإسلامية | حركة المقاومة الإسلامية حماس | كتائب القسام | كتائب عز الدين القسام | كتائب الشهيد عز الدين القسام | القسام | الجناح العسكري لحركة حماس | الجناح العسكري لحماس | مقاتلو حماس | مقاتلي حماس | عناصر حماس | عناصر حركة حماس | مسلحو حماس | مسلحي حماس | المكتب السياسي لحركة حماس | المكتب السياسي لحماس | رئيس المكتب السياسي لحركة حماس | رئيس المكتب السياسي لحماس | قيادي في حماس | قيادي في حركة حماس | قادة حماس | قادة حركة حماس | حكومة حماس
  code   PSEREB

actor Palestinian Islamic Jihad
  type   group
  names  حركة الجهاد الإسلامي | الجهاد الإسلامي | حركة الجهاد الإسلامي في فلسطين | سرايا القدس | الجناح العسكري لحركة الجهاد الإسلامي | الأمين العام لحركة الجهاد الإسلامي | مقاتلو الجهاد الإسلامي | عناصر الجهاد الإسلامي
  code   PSEREB

# bare «فتح» is left out (the verb «opened»)
actor Fatah
  type   group
  names  حركة فتح | حركة التحرير الوطني الفلسطيني | اللجنة المركزية لحركة فتح | المجلس الثوري لحركة فتح | قيادي في حركة فتح | المتحدث باسم حركة فتح
  code   PSEPTY

actor Palestinian armed factions
  type   group
  names  كتائب شهداء الأقصى | الجبهة الشعبية لتحرير فلسطين | كتائب أبو علي مصطفى | الجبهة الديمقراطية لتحرير فلسطين | ألوية الناصر صلاح الدين | كتيبة جنين | عرين الأسود | فصائل المقاومة الفلسطينية | الفصائل الفلسطينية المسلحة | غرفة العمليات المشتركة للفصائل الفلسطينية
  code   PSEREB

# «لجان المقاومة الشعبية» is also what Yemen's pro-government resistance calls its committees (groups-world.lex):
# Gaza's group only in a story about Palestine.
actor Popular Resistance Committees (story about Palestine)
  type    group
  names   لجان المقاومة الشعبية | ألوية الناصر صلاح الدين التابعة للجان المقاومة الشعبية
  code    PSEREB
  context PSE

actor Palestinian Authority and PLO
  type   organ
  names  السلطة الفلسطينية | السلطة الوطنية الفلسطينية | حكومة السلطة الفلسطينية | رئيس السلطة الفلسطينية | منظمة التحرير الفلسطينية | منظمة التحرير | اللجنة التنفيذية لمنظمة التحرير الفلسطينية | اللجنة التنفيذية لمنظمة التحرير | أمين سر اللجنة التنفيذية لمنظمة التحرير
  code   PSEGOV

actor Palestinian legislatures
  type   organ
  names  المجلس الوطني الفلسطيني | المجلس التشريعي الفلسطيني | المجلس المركزي الفلسطيني
  code   PSELEG

# ================================ Israel ================================

actor Knesset
  type   organ
  names  الكنيست | الكنيست الإسرائيلي | رئيس الكنيست | عضو الكنيست | عضوة الكنيست | أعضاء الكنيست | كنيست الاحتلال
  code   ISRLEG

actor Mossad
  type   organ
  names  الموساد | جهاز الموساد | الموساد الإسرائيلي | رئيس الموساد | رئيس جهاز الموساد
  code   ISRSPY

# Israel Security Agency (internal security service)
actor Shin Bet
  type   organ
  names  الشاباك | جهاز الشاباك | الشاباك الإسرائيلي | الشين بيت | جهاز الأمن العام الإسرائيلي | جهاز الأمن الداخلي الإسرائيلي | رئيس الشاباك | رئيس جهاز الشاباك | مخابرات الاحتلال | استخبارات الاحتلال
  code   ISRSPY

# «الاحتلال» alone is the usual Arab-press name for the Israeli army/occupation authorities
actor Israeli army (occupation forces)
  type   organ
  names  الاحتلال | الاحتلال الإسرائيلي | الاحتلال الصهيوني | جيش الاحتلال | جيش الاحتلال الإسرائيلي | قوات الاحتلال | قوات الاحتلال الإسرائيلي | قوات الاحتلال الإسرائيلية | جيش الدفاع الإسرائيلي | جنود الاحتلال | آليات الاحتلال | طائرات الاحتلال | طيران الاحتلال | مدفعية الاحتلال | زوارق الاحتلال | بحرية الاحتلال | دبابات الاحتلال | مسيرات الاحتلال | جرافات الاحتلال | رئيس أركان جيش الاحتلال | المتحدث باسم جيش الاحتلال | الناطق باسم جيش الاحتلال | لواء غولاني | غولاني | لواء جفعاتي | جفعاتي | وحدة المستعربين | المستعربون
  code   ISRMIL

# Arabic news names Israel's government by «تل أبيب» as it names others by their capitals («واشنطن»); the
# country entry has no capital line (Jerusalem's status is disputed), so the metonym is listed here.
actor Israeli government (Tel Aviv as metonym)
  type   organ
  names  تل أبيب
  code   ISRGOV

actor Israeli government (occupation authorities)
  type   organ
  names  حكومة الاحتلال | سلطات الاحتلال | رئيس وزراء الاحتلال | رئيس حكومة الاحتلال | وزير جيش الاحتلال | وزير حرب الاحتلال | وزير دفاع الاحتلال | وزير أمن الاحتلال | وزير خارجية الاحتلال | الكابينت | الكابينيت | المجلس الوزاري الأمني المصغر | المجلس الوزاري المصغر للشؤون الأمنية والسياسية | مجلس الحرب الإسرائيلي | الإدارة المدنية الإسرائيلية
  code   ISRGOV

actor Israeli police and prison service
  type   organ
  names  شرطة الاحتلال | شرطة الاحتلال الإسرائيلي | حرس حدود الاحتلال | مصلحة سجون الاحتلال
  code   ISRCOP

actor Israeli courts
  type   organ
  names  محكمة الاحتلال | محاكم الاحتلال | محكمة عوفر العسكرية
  code   ISRJUD

actor Israeli parliament (occupation)
  type   organ
  names  برلمان الاحتلال | برلمان الاحتلال الإسرائيلي
  code   ISRLEG

# hostile names for the state of Israel; the country itself, no role («الكيان الصهيوني» is in countries.lex)
actor Israel (hostile names)
  type   organ
  names  دولة الاحتلال | كيان الاحتلال | العدو الصهيوني | العدو الإسرائيلي
  code   ISR

actor Israeli settlers
  type   group
  names  المستوطنون | المستوطنين | المستوطن | قطعان المستوطنين | المستوطنون المتطرفون | المستوطنين المتطرفين | ميليشيات المستوطنين | عصابات المستوطنين | مستوطنون إسرائيليون | مستوطنين إسرائيليين
  code   ISRCVL

actor Likud
  type   group
  names  الليكود | حزب الليكود
  code   ISRPTY

actor Magen David Adom
  type   organ
  names  نجمة داود الحمراء | نجمة داوود الحمراء
  code   ISRHLH

# ================================ Iran ================================

actor Islamic Revolutionary Guard Corps
  type   organ
  names  الحرس الثوري | الحرس الثوري الإيراني | الحرس الثوري الإسلامي | حرس الثورة | حرس الثورة الإسلامية | قوات الحرس الثوري | الباسدران | قائد الحرس الثوري | القائد العام للحرس الثوري | بحرية الحرس الثوري | القوة الجوفضائية للحرس الثوري | القوات البحرية للحرس الثوري
  code   IRNMIL

actor Quds Force
  type   organ
  names  فيلق القدس | فيلق القدس الإيراني | قوة القدس | قائد فيلق القدس
  code   IRNMIL

actor Basij
  type   organ
  names  الباسيج | قوات الباسيج | قوات التعبئة الشعبية الإيرانية | ميليشيا الباسيج
  code   IRNMIL

actor Iranian Supreme Leader
  type   organ
  names  المرشد الأعلى | المرشد الأعلى الإيراني | المرشد الإيراني | مرشد الثورة | مرشد الثورة الإسلامية | المرشد الأعلى للثورة الإسلامية | المرشد الأعلى للجمهورية الإسلامية | قائد الثورة الإسلامية | الولي الفقيه | مكتب المرشد الأعلى
  code   IRNGOV

actor Iranian parliament (Majlis)
  type   organ
  names  مجلس الشورى الإسلامي | مجلس الشورى الإيراني | رئيس مجلس الشورى الإسلامي
  code   IRNLEG

# constitutional vetting and arbitration bodies of the Islamic Republic
actor Iranian Guardian and Expediency Councils
  type   organ
  names  مجلس صيانة الدستور | مجمع تشخيص مصلحة النظام | مجلس خبراء القيادة
  code   IRNGOV

actor People's Mojahedin (MEK)
  type   group
  names  منظمة مجاهدي خلق | مجاهدي خلق | مجاهدو خلق | منظمة مجاهدي خلق الإيرانية
  code   IRNOPP

actor Iranian Kurdish and Baluch armed groups
  type   group
  names  جيش العدل | جماعة جيش العدل | حزب الحياة الحرة الكردستاني | بيجاك
  code   IRNREB

# ================================ Iraq ================================

# state-sanctioned force since the law of 2016-11-26 (formed 2014-06); coded as the Iraqi military
actor Popular Mobilization Forces
  type   organ
  names  الحشد الشعبي | قوات الحشد الشعبي | هيئة الحشد الشعبي | فصائل الحشد الشعبي | ألوية الحشد الشعبي | رئيس هيئة الحشد الشعبي | مقاتلو الحشد الشعبي | مقاتلي الحشد الشعبي
  code   IRQMIL

actor Iraqi armed factions
  type   group
  names  كتائب حزب الله | كتائب حزب الله العراقية | كتائب حزب الله العراقي | عصائب أهل الحق | العصائب | حركة النجباء | حركة حزب الله النجباء | النجباء | كتائب سيد الشهداء | المقاومة الإسلامية في العراق | فصائل المقاومة العراقية | المقاومة العراقية | سرايا السلام | جيش المهدي
  code   IRQREB

actor Peshmerga
  type   organ
  names  البيشمركة | البشمركة | قوات البيشمركة | قوات البشمركة | وزارة البيشمركة | وزارة شؤون البيشمركة
  code   IRQMIL

# a sub-national government takes the country's GOV (guide §2)
actor Kurdistan Regional Government
  type   organ
  names  حكومة إقليم كردستان | حكومة إقليم كردستان العراق | حكومة كردستان العراق | رئيس حكومة إقليم كردستان | رئاسة إقليم كردستان | رئاسة إقليم كردستان العراق | رئاسة كردستان | رئاسة كردستان العراق | رئيس إقليم كردستان | رئيس إقليم كردستان العراق
  code   IRQGOV

actor Kurdistan Region parliament
  type   organ
  names  برلمان إقليم كردستان | برلمان كردستان
  code   IRQLEG

actor Iraqi parties
  type   group
  names  الحزب الديمقراطي الكردستاني | الاتحاد الوطني الكردستاني | التيار الصدري | الكتلة الصدرية | الإطار التنسيقي | قوى الإطار التنسيقي | ائتلاف دولة القانون
  code   IRQPTY

# Iraqi joint command and its media cell
actor Iraqi Joint Operations Command
  type   organ
  names  قيادة العمليات المشتركة العراقية | قيادة العمليات المشتركة | خلية الإعلام الأمني
  code   IRQMIL

actor Iraqi Federal Police
  type   organ
  names  الشرطة الاتحادية | الشرطة الاتحادية العراقية
  code   IRQCOP

# Zarqawi's organisation (2004-2006)
actor Al-Qaeda in Iraq
  type   group
  names  تنظيم القاعدة في بلاد الرافدين | القاعدة في بلاد الرافدين | تنظيم القاعدة في العراق | القاعدة في العراق
  code   IRQREB

# ================================ Syria ================================

# HTS led the offensive that ended Assad's rule on 2024-12-08 and then the transitional authorities
actor Hayat Tahrir al-Sham
  type   group
  names  هيئة تحرير الشام | تحرير الشام | مقاتلو هيئة تحرير الشام | مقاتلي هيئة تحرير الشام | عناصر هيئة تحرير الشام | مسلحو هيئة تحرير الشام | زعيم هيئة تحرير الشام | قائد هيئة تحرير الشام
  code   SYRREB ..2024-12-07
  code   SYRGOV 2024-12-08..
  default SYRREB

# Jabhat al-Nusra, renamed Jabhat Fath al-Sham on 2016-07-28, merged into HTS on 2017-01-28 (IMGREB accepted)
actor Jabhat al-Nusra
  type   group
  names  جبهة النصرة | جبهة النصرة لأهل الشام | جبهة فتح الشام | مقاتلو جبهة النصرة | مقاتلي جبهة النصرة | عناصر جبهة النصرة | مسلحو جبهة النصرة | مسلحي جبهة النصرة | مسلحو النصرة | مسلحي النصرة | مقاتلو النصرة | مقاتلي النصرة
  code   SYRREB

actor Free Syrian Army
  type   group
  names  الجيش السوري الحر | الجيش الحر | فصائل الجيش الحر | فصائل الجيش السوري الحر
  code   SYRREB

# Turkish-backed, formed 2017-12-30; announced its merger into the new Syrian army on 2025-01-29
actor Syrian National Army
  type   group
  names  الجيش الوطني السوري | فصائل الجيش الوطني السوري | الجيش الوطني السوري المعارض | فصائل الجيش الوطني
  code   SYRREB

actor Syrian armed opposition groups
  type   group
  names  أحرار الشام | حركة أحرار الشام | حركة أحرار الشام الإسلامية | جيش الإسلام | فيلق الرحمن | فيلق الشام | حراس الدين | تنظيم حراس الدين | جيش الفتح | الجبهة الوطنية للتحرير | جيش العزة | فصائل المعارضة السورية | فصائل المعارضة السورية المسلحة | المعارضة السورية المسلحة
  code   SYRREB

# the Assad-era army and regime, to the fall of Damascus on 2024-12-08
actor Syrian Arab Army (Assad era)
  type   organ
  names  الجيش العربي السوري | جيش النظام السوري | جيش النظام | قوات النظام السوري | قوات الأسد | جيش الأسد | ميليشيات الأسد | مليشيات الأسد | قوات الحكومة السورية
  code   SYRMIL

actor Assad regime
  type   organ
  names  نظام الأسد | نظام بشار الأسد | قصر الشعب
  code   SYRGOV

actor Assad regime remnants
  type   group
  names  فلول نظام الأسد | فلول الأسد | فلول النظام السوري | فلول النظام البائد
  code   SYRREB

# the military operations command of the December 2024 offensive (launched 2024-11-27), then the new army's command
actor Military Operations Command (Syria)
  type   group
  names  إدارة العمليات العسكرية | غرفة عمليات ردع العدوان
  code   SYRREB ..2024-12-07
  code   SYRMIL 2024-12-08..
  default SYRMIL

actor Syrian transitional authorities
  type   organ
  names  الإدارة السورية الجديدة | الإدارة الجديدة في سوريا | السلطات السورية الجديدة | الحكومة السورية الانتقالية | حكومة تصريف الأعمال السورية | الحكومة السورية الجديدة
  code   SYRGOV

# the opposition's interim government (2013-2024); the Idlib «Salvation Government» (HTS, 2017-2024)
actor Syrian Interim Government (opposition)
  type   organ
  names  الحكومة السورية المؤقتة | حكومة الإنقاذ السورية | حكومة الإنقاذ في إدلب
  code   SYROPP ..2024-12-07
  code   SYRGOV 2024-12-08..
  default SYROPP

actor Syrian political opposition
  type   group
  names  الائتلاف الوطني السوري | الائتلاف الوطني لقوى الثورة والمعارضة السورية | الائتلاف السوري المعارض | ائتلاف المعارضة السورية | رئيس الائتلاف الوطني السوري | المجلس الوطني السوري | هيئة التفاوض السورية | هيئة التفاوض السورية المعارضة | الهيئة العليا للمفاوضات | مجلس سوريا الديمقراطية
  code   SYROPP

# SDF founded 2015-10-10; YPG/YPJ are its core
actor Syrian Democratic Forces and YPG
  type   group
  names  قوات سوريا الديمقراطية | قسد | ميليشيات قسد | مليشيات قسد | ميليشيا قسد | مليشيا قسد | قوات قسد | مقاتلو قسد | مقاتلي قسد | عناصر قسد | وحدات حماية الشعب | وحدات حماية الشعب الكردية | قوات حماية الشعب | قوات حماية الشعب الكردية | الوحدات الكردية | وحدات الحماية الكردية | وحدات حماية المرأة
  code   SYRREB

# «المقاتلون الأكراد» are the YPG only in a story on Syria; in one on Turkey or Iran they are the PKK or PJAK,
# which the article names in full
actor Kurdish fighters in Syria
  type   group
  names  المقاتلون الأكراد | المقاتلين الأكراد | المسلحون الأكراد | المسلحين الأكراد
  code   SYRREB
  context SYR

actor Democratic Union Party (PYD)
  type   group
  names  حزب الاتحاد الديمقراطي | حزب الاتحاد الديمقراطي الكردي
  code   SYRPTY

# ================================ Turkey ================================

# PKK announced its dissolution on 2025-05-12; the code stays for mentions of the group
actor PKK
  type   group
  names  حزب العمال الكردستاني | العمال الكردستاني | بي كا كا | منظمة بي كا كا | تنظيم بي كا كا | منظمة حزب العمال الكردستاني | مسلحو حزب العمال الكردستاني | مسلحي حزب العمال الكردستاني | مقاتلو حزب العمال الكردستاني | مقاتلي حزب العمال الكردستاني | عناصر حزب العمال الكردستاني
  code   TURREB

actor Turkish parties
  type   group
  names  حزب الشعوب الديمقراطي | حزب ديمقراطية الشعوب | حزب الشعوب الديمقراطية | حزب الشعب الجمهوري | حزب الحركة القومية | حزب المساواة وديمقراطية الشعوب
  code   TURPTY

# ================================ Libya ================================

actor Libyan National Army (Haftar)
  type   organ
  names  الجيش الوطني الليبي | قوات الجيش الوطني الليبي | القيادة العامة للجيش الوطني الليبي | القيادة العامة للقوات المسلحة العربية الليبية | القوات المسلحة العربية الليبية | قوات القيادة العامة | قوات حفتر | ميليشيات حفتر | مليشيات حفتر | ميليشيا حفتر | مليشيا حفتر | قوات المشير حفتر | قوات المشير خليفة حفتر | عملية الكرامة | قوات الكرامة | قوات عملية الكرامة
  code   LBYMIL

# Government of National Accord: Presidential Council formed under the Skhirat agreement of 2015-12-17; replaced 2021-03-15
actor Government of National Accord
  type   organ
  names  حكومة الوفاق | حكومة الوفاق الوطني | حكومة الوفاق الليبية | حكومة الوفاق الوطني الليبية | المجلس الرئاسي لحكومة الوفاق | المجلس الرئاسي لحكومة الوفاق الوطني | حكومة السراج
  code   LBYGOV 2015-12-17..2021-03-14

actor GNA forces
  type   organ
  names  قوات حكومة الوفاق | قوات حكومة الوفاق الوطني | قوات الوفاق | قوات الوفاق الوطني | عملية بركان الغضب | قوات بركان الغضب | بركان الغضب
  code   LBYMIL

actor Libyan Presidential Council
  type   organ
  names  المجلس الرئاسي الليبي | رئيس المجلس الرئاسي الليبي
  code   LBYGOV

# Government of National Unity (Dbeibah), sworn in 2021-03-15
actor Government of National Unity (Libya)
  type   organ
  names  حكومة الوحدة الوطنية الليبية | حكومة الوحدة الوطنية في طرابلس | حكومة الدبيبة | قوات حكومة الوحدة الوطنية
  code   LBYGOV 2021-03-15..

# eastern-based governments appointed by the House of Representatives (Bashagha from 2022-03-01, Hammad from 2023-05)
actor Government of National Stability (Libya)
  type   organ
  names  حكومة الاستقرار الوطني | حكومة باشاغا | حكومة حماد | الحكومة الليبية المكلفة من مجلس النواب
  code   LBYGOV 2022-03-01..

actor Libyan House of Representatives
  type   organ
  names  مجلس النواب الليبي | برلمان طبرق | مجلس النواب في طبرق
  code   LBYLEG

# Libya's High Council of State (consultative chamber created by the 2015 agreement, seated 2016-04);
# Algeria's High Council of State ruled 1992-01-14..1994-01 under the same name
actor High Council of State
  type   organ
  names  المجلس الأعلى للدولة | رئيس المجلس الأعلى للدولة
  code   DZAGOV 1992-01-14..1994-01
  code   LBYLEG 2016-04..
  default LBYLEG

actor General National Congress (Libya)
  type   organ
  names  المؤتمر الوطني العام | المؤتمر الوطني العام الليبي
  code   LBYLEG 2012-08-08..2016-04
  default LBYLEG

actor National Transitional Council (Libya)
  type   organ
  names  المجلس الوطني الانتقالي | المجلس الوطني الانتقالي الليبي
  code   LBYGOV 2011-02-27..2012-08-08
  default LBYGOV

actor Libyan militias
  type   group
  names  ميليشيات مصراتة | مليشيات مصراتة | كتائب مصراتة | قوات مصراتة | فجر ليبيا | قوات فجر ليبيا | عملية فجر ليبيا | مجلس شورى ثوار بنغازي
  code   LBYREB

actor Libyan state companies
  type   organ
  names  المؤسسة الوطنية للنفط | المؤسسة الوطنية للنفط الليبية
  code   LBYBUS

actor Central Bank of Libya
  type   organ
  names  مصرف ليبيا المركزي
  code   LBYGOV

# ================================ Egypt ================================

# the guide defines no Islamist role: coded as a political party; ruling party 2012-06-30..2013-07-03, banned since 2013
actor Muslim Brotherhood
  type   group
  names  الإخوان المسلمون | الإخوان المسلمين | جماعة الإخوان المسلمين | جماعة الإخوان | الإخوان | جماعة الإخوان الإرهابية | تنظيم الإخوان | تنظيم الإخوان الإرهابي | المرشد العام للإخوان المسلمين | المرشد العام لجماعة الإخوان | مرشد الإخوان | عناصر الإخوان | قيادات الإخوان | عناصر جماعة الإخوان | حزب الحرية والعدالة
  code   EGYPTY

actor Sinai Province and Egyptian militants
  type   group
  names  ولاية سيناء | تنظيم ولاية سيناء | أنصار بيت المقدس | جماعة أنصار بيت المقدس | حركة حسم | داعش سيناء
  code   EGYREB

# SCAF ruled Egypt from Mubarak's resignation (2011-02-11) to Morsi's inauguration (2012-06-30)
actor Supreme Council of the Armed Forces (Egypt)
  type   organ
  names  المجلس الأعلى للقوات المسلحة | المجلس العسكري الحاكم في مصر
  code   EGYGOV 2011-02-11..2012-06-30
  code   EGYMIL

actor Egyptian presidential palace
  type   organ
  names  قصر الاتحادية
  code   EGYGOV

# ================================ Sudan, Chad ================================

# part of the state forces until the war with the army began on 2023-04-15
actor Rapid Support Forces
  type   group
  names  قوات الدعم السريع | الدعم السريع | ميليشيا الدعم السريع | ميليشيات الدعم السريع | مليشيا الدعم السريع | مليشيات الدعم السريع | قائد قوات الدعم السريع | مقاتلو الدعم السريع | مقاتلي الدعم السريع | عناصر الدعم السريع | قوات الدعم السريع المتمردة | تحالف تأسيس | حكومة تأسيس
  code   SDNMIL ..2023-04-14
  code   SDNREB 2023-04-15..

actor Janjaweed
  type   group
  names  الجنجويد | ميليشيات الجنجويد | مليشيات الجنجويد
  code   SDNREB

actor Darfur and Kordofan rebel movements
  type   group
  names  حركة العدل والمساواة | حركة تحرير السودان | الحركة الشعبية لتحرير السودان شمال | الحركة الشعبية شمال
  code   SDNREB

# Sudan's Transitional Military Council (2019-04-11..2019-08-20); Chad's (2021-04-20..2022-10-10)
actor Transitional Military Council
  type   organ
  names  المجلس العسكري الانتقالي | رئيس المجلس العسكري الانتقالي
  code   SDNGOV 2019-04-11..2019-08-20
  code   TCDGOV 2021-04-20..2022-10-10
  default SDNGOV

# sworn in 2019-08-21
actor Sovereignty Council (Sudan)
  type   organ
  names  مجلس السيادة | مجلس السيادة الانتقالي | مجلس السيادة السوداني | رئيس مجلس السيادة | رئيس مجلس السيادة الانتقالي | رئيس مجلس السيادة السوداني
  code   SDNGOV

# the civilian coalition shared power from 2019-08-21 to the coup of 2021-10-25
actor Forces of Freedom and Change (Sudan)
  type   group
  names  قوى الحرية والتغيير | قوى إعلان الحرية والتغيير | الحرية والتغيير
  code   SDNGOV 2019-08-21..2021-10-24
  code   SDNOPP

# ================================ Horn of Africa, Sahel, West Africa ================================

actor Al-Shabaab
  type   group
  names  حركة الشباب | حركة الشباب المجاهدين | حركة الشباب الصومالية | الشباب المجاهدين | الشباب المجاهدون | حركة الشباب الإرهابية | مسلحو حركة الشباب | مسلحي حركة الشباب | مقاتلو حركة الشباب | مقاتلي حركة الشباب | عناصر حركة الشباب | ميليشيات الشباب | مليشيات الشباب | مسلحو الشباب | مسلحي الشباب
  code   SOMREB

actor Boko Haram and ISWAP
  type   group
  names  بوكو حرام | جماعة بوكو حرام | جماعة أهل السنة للدعوة والجهاد | ولاية غرب أفريقيا | تنظيم الدولة في غرب أفريقيا | داعش غرب أفريقيا
  code   NGAREB

actor Malian armed groups
  type   group
  names  جماعة نصرة الإسلام والمسلمين | نصرة الإسلام والمسلمين | أنصار الدين | جماعة أنصار الدين | الحركة الوطنية لتحرير أزواد | تنسيقية حركات أزواد | حركات أزواد | جبهة تحرير أزواد
  code   MLIREB

# fought the federal government 2020-11-04..2022-11-02; coded as an armed group
actor Tigray People's Liberation Front
  type   group
  names  جبهة تحرير شعب تيغراي | الجبهة الشعبية لتحرير تيغراي | جبهة تحرير تيغراي | قوات تيغراي
  code   ETHREB

# ================================ Maghreb ================================

# Western Sahara (ESH) independence movement: coded ESHREB rather than MARREB because it is not a Moroccan group
actor Polisario Front
  type   group
  names  جبهة البوليساريو | البوليساريو | ميليشيات البوليساريو | مليشيات البوليساريو | انفصاليو البوليساريو | الجبهة الشعبية لتحرير الساقية الحمراء ووادي الذهب
  code   ESHREB

# regional affiliate active in Algeria, Mali and the Sahel: not tied to one country, so IMGREB
actor Al-Qaeda in the Islamic Maghreb
  type   group
  names  تنظيم القاعدة في بلاد المغرب الإسلامي | القاعدة في بلاد المغرب الإسلامي | القاعدة في المغرب الإسلامي | تنظيم القاعدة في المغرب الإسلامي | تنظيم القاعدة في بلاد المغرب | القاعدة في بلاد المغرب
  code   IMGREB

actor Tunisian parties
  type   group
  names  حركة النهضة | حركة النهضة التونسية | حركة نداء تونس | نداء تونس
  code   TUNPTY

actor Tunisian General Labour Union (UGTT)
  type   group
  names  الاتحاد العام التونسي للشغل
  code   TUNLAB

actor Okba Ibn Nafaa Brigade
  type   group
  names  كتيبة عقبة بن نافع
  code   TUNREB

actor FLN (Algeria)
  type   group
  names  حزب جبهة التحرير الوطني | جبهة التحرير الوطني الجزائرية | جبهة التحرير الوطني
  code   DZAPTY

actor Mouradia Palace (Algeria)
  type   organ
  names  قصر المرادية
  code   DZAGOV

actor Carthage Palace
  type   organ
  names  قصر قرطاج
  code   TUNGOV

# ================================ Gulf, Jordan ================================

actor Custodian of the Two Holy Mosques (Saudi king)
  type   organ
  names  خادم الحرمين الشريفين | خادم الحرمين | خادم للحرمين الشريفين
  code   SAUGOV

# «الملك المفدى», «المليك المفدى» («the beloved king»): Saudi papers' standing epithet for their own king, whatever
# king the article last named («أعرب الملك المفدى … عن أصدق التهاني» to the president of Colombia).
actor The Saudi king (epithet in Saudi papers)
  type   organ
  names  الملك المفدى | المليك المفدى | مليكنا المفدى
  code   SAUGOV

# The crown prince acting for the king is his deputy, not a member of parliament («نائب» alone).
actor Deputy of the Custodian of the Two Holy Mosques (Saudi crown prince acting for the king)
  type   organ
  names  نائب خادم الحرمين الشريفين | نائب خادم الحرمين
  code   SAUGOV

# The office existed only in Saudi Arabia, from Muqrin's appointment to the abolition when Mohammed bin Salman became
# crown prince (Muqrin 2014-03-27, Mohammed bin Nayef 2015-01-23, Mohammed bin Salman 2015-04-29).
actor Saudi deputy crown prince (office)
  type   organ
  names  ولي ولي العهد
  code   SAUGOV 2014-03-27..2017-06-21

actor Jordanian Royal Hashemite Court
  type   organ
  names  الديوان الملكي الهاشمي
  code   JORGOV

actor Islamic Action Front (Jordan)
  type   group
  names  جبهة العمل الإسلامي | حزب جبهة العمل الإسلامي
  code   JORPTY

# Bahrain's main Shia opposition society, dissolved by court order in 2016
actor Al-Wefaq (Bahrain)
  type   group
  names  جمعية الوفاق الوطني الإسلامية | جمعية الوفاق
  code   BHROPP

# ================================ Afghanistan, Pakistan ================================

# in power 1996-09-27..2001-11-13 and again since the fall of Kabul on 2021-08-15
actor Taliban
  type   group
  names  طالبان | حركة طالبان | حركة طالبان الأفغانية | طالبان الأفغانية | مقاتلو طالبان | مقاتلي طالبان | مسلحو طالبان | مسلحي طالبان | عناصر طالبان | عناصر حركة طالبان | زعيم حركة طالبان | زعيم طالبان
  code   AFGGOV 1996-09-27..2001-11-13
  code   AFGGOV 2021-08-15..
  code   AFGREB
  default AFGGOV

actor Taliban government
  type   organ
  names  حكومة طالبان | سلطات طالبان | إدارة طالبان | الإمارة الإسلامية في أفغانستان | إمارة أفغانستان الإسلامية
  code   AFGGOV

actor Haqqani network
  type   group
  names  شبكة حقاني
  code   AFGREB ..2021-08-14
  code   AFGGOV 2021-08-15..

actor ISIS-Khorasan
  type   group
  names  ولاية خراسان | تنظيم الدولة الإسلامية في ولاية خراسان | تنظيم الدولة الإسلامية ولاية خراسان | داعش خراسان | تنظيم داعش خراسان
  code   AFGREB

actor Pakistani Taliban
  type   group
  names  حركة طالبان باكستان | طالبان باكستان | تحريك طالبان باكستان | طالبان الباكستانية | حركة طالبان الباكستانية
  code   PAKREB

# ================================ Transnational militant groups ================================

actor Islamic State (ISIS)
  type   group
  names  داعش | تنظيم داعش | تنظيم داعش الإرهابي | الدولة الإسلامية | تنظيم الدولة الإسلامية | تنظيم الدولة | الدولة الإسلامية في العراق والشام | تنظيم الدولة الإسلامية في العراق والشام | الدولة الإسلامية في العراق وسوريا | مسلحو داعش | مسلحي داعش | مقاتلو داعش | مقاتلي داعش | عناصر داعش | عناصر تنظيم داعش | عناصر تنظيم الدولة | الدواعش | خلايا داعش | فلول داعش | زعيم تنظيم الدولة | زعيم داعش | زعيم تنظيم داعش | دولة العراق الإسلامية | تنظيم دولة العراق الإسلامية
  code   IMGREB

# bare «القاعدة» is left out (also «base», «rule»)
actor Al-Qaeda
  type   group
  names  تنظيم القاعدة | تنظيم القاعدة الإرهابي | شبكة القاعدة | زعيم تنظيم القاعدة | زعيم القاعدة | عناصر تنظيم القاعدة | مسلحو القاعدة | مسلحي القاعدة | مقاتلو القاعدة | مقاتلي القاعدة | مسلحو تنظيم القاعدة | مقاتلو تنظيم القاعدة
  code   IMGREB

# ================================ Coalitions ================================

# Saudi-led coalition in Yemen, from 2015-03-26
actor Arab coalition (Saudi-led)
  type   organ
  names  التحالف العربي | تحالف دعم الشرعية | تحالف دعم الشرعية في اليمن | التحالف العربي لدعم الشرعية | التحالف العربي لدعم الشرعية في اليمن | التحالف العربي بقيادة السعودية | التحالف بقيادة السعودية | التحالف الذي تقوده السعودية | التحالف العسكري بقيادة السعودية | قوات التحالف العربي | طيران التحالف العربي | المتحدث باسم التحالف العربي | المتحدث باسم تحالف دعم الشرعية | التحالف الإسلامي العسكري | التحالف الإسلامي العسكري لمحاربة الإرهاب
  code   SAUMIL

# US-led coalition (against ISIS from 2014; Red Sea operation Prosperity Guardian from 2023-12-18)
actor International coalition (US-led)
  type   organ
  names  التحالف الدولي | التحالف الدولي ضد داعش | التحالف الدولي لمحاربة داعش | التحالف الدولي ضد تنظيم الدولة | التحالف الدولي لمحاربة تنظيم الدولة | التحالف الدولي لمحاربة الإرهاب | التحالف الدولي بقيادة الولايات المتحدة | التحالف الدولي بقيادة واشنطن | التحالف الدولي بقيادة أمريكا | التحالف الذي تقوده الولايات المتحدة | التحالف بقيادة الولايات المتحدة | التحالف بقيادة واشنطن | قوات التحالف الدولي | طيران التحالف الدولي | طائرات التحالف الدولي | الائتلاف الدولي | قوات الائتلاف الدولي | طائرات الائتلاف الدولي | الائتلاف الدولي بقيادة الولايات المتحدة | الائتلاف الدولي ضد داعش | تحالف حارس الازدهار | عملية حارس الازدهار | حارس الازدهار
  code   USAMIL

# The bare «التحالف» and the aircraft and forces «of the coalition» mean whichever coalition the story is
# about: the Saudi-led one in a report on Yemen, the US-led one in a report on Iraq or Syria. The article's
# own full name for it («التحالف الدولي» … «التحالف») takes precedence over both (docs/lexicon-format.md).
actor Coalition (story about Yemen)
  type    organ
  names   التحالف | قوات التحالف | طيران التحالف | طائرات التحالف | مقاتلات التحالف | المتحدث باسم التحالف | قيادة التحالف
  code    SAUMIL
  context YEM

actor Coalition (story about Iraq or Syria)
  type    organ
  names   التحالف | قوات التحالف | طيران التحالف | طائرات التحالف | مقاتلات التحالف | المتحدث باسم التحالف | قيادة التحالف
  code    USAMIL
  context IRQ | SYR

# ================================ United States ================================

actor White House and US administration
  type   organ
  names  البيت الأبيض | الإدارة الأمريكية | الإدارة الأميركية | المتحدث باسم البيت الأبيض | المتحدثة باسم البيت الأبيض | الناطق باسم البيت الأبيض | الخزانة الأمريكية | الخزانة الأميركية
  code   USAGOV

# the Department of Defense: a ministry, so GOV like «وزارة الدفاع» (USAMIL would also be defensible)
actor Pentagon
  type   organ
  names  البنتاغون | البنتاجون | المتحدث باسم البنتاغون | المتحدث باسم البنتاجون
  code   USAGOV

actor US Congress
  type   organ
  names  الكونغرس | الكونجرس | الكونغرس الأمريكي | الكونغرس الأميركي | الكونجرس الأمريكي | الكونجرس الأميركي | عضو الكونغرس | عضوة الكونغرس | أعضاء الكونغرس | عضو في الكونغرس | عضو الكونجرس | أعضاء الكونجرس | مجلسا الكونغرس | مجلسي الكونغرس
  code   USALEG

actor CIA
  type   organ
  names  وكالة المخابرات المركزية | وكالة المخابرات المركزية الأمريكية | وكالة المخابرات المركزية الأميركية | وكالة الاستخبارات المركزية | وكالة الاستخبارات المركزية الأمريكية | وكالة الاستخبارات المركزية الأميركية | الاستخبارات المركزية الأمريكية | المخابرات المركزية الأمريكية | سي آي إيه | مدير وكالة المخابرات المركزية
  code   USASPY

actor FBI
  type   organ
  names  مكتب التحقيقات الفيدرالي | مكتب التحقيقات الفدرالي | مكتب التحقيقات الاتحادي | مكتب التحقيقات الفيدرالي الأمريكي | إف بي آي
  code   USACOP

actor US military commands
  type   organ
  names  القيادة المركزية الأمريكية | القيادة المركزية الأميركية | سنتكوم | القيادة الأمريكية الوسطى | قائد القيادة المركزية الأمريكية | القيادة الأمريكية في أفريقيا | أفريكوم | القيادة العسكرية الأمريكية في أفريقيا | المارينز | قوات المارينز | الأسطول الخامس الأمريكي | الأسطول السادس الأمريكي
  code   USAMIL

actor US parties
  type   group
  names  الحزب الجمهوري | الجمهوريون | الجمهوريين | الحزب الديمقراطي | الديمقراطيون | الديمقراطيين | الحزب الجمهوري الأمريكي | الحزب الديمقراطي الأمريكي
  code   USAPTY

# ================================ Russia, Europe, China ================================

# A sub-national government takes its country's GOV (coding guide §2); the Chechen Republic is part of Russia.
actor Government of the Chechen Republic
  type   organ
  names  جمهورية الشيشان | الشيشان | الرئيس الشيشاني | رئيس جمهورية الشيشان | رئيس الشيشان | حكومة الشيشان | السلطات الشيشانية | رمضان قاديروف | رمضان أحمد قاديروف | قاديروف
  code   RUSGOV

actor Kremlin
  type   organ
  names  الكرملين | قصر الكرملين | الكريملين | المتحدث باسم الكرملين | الناطق باسم الكرملين
  code   RUSGOV

actor State Duma
  type   organ
  names  الدوما الروسي | مجلس الدوما الروسي | مجلس الدوما | رئيس مجلس الدوما
  code   RUSLEG

# private military company; its Africa units became the MoD's «Africa Corps» (2023-12-)
actor Wagner Group
  type   group
  names  فاغنر | فاجنر | مجموعة فاغنر | مجموعة فاجنر | قوات فاغنر | قوات فاجنر | مرتزقة فاغنر | مرتزقة فاجنر | شركة فاغنر | مقاتلو فاغنر | مقاتلي فاغنر
  code   RUSREB

actor Russian Africa Corps
  type   organ
  names  الفيلق الأفريقي | الفيلق الأفريقي الروسي
  code   RUSMIL

actor Russian FSB
  type   organ
  names  جهاز الأمن الفيدرالي الروسي | هيئة الأمن الفيدرالي الروسية | الأمن الفيدرالي الروسي
  code   RUSSPY

actor Elysee
  type   organ
  names  الإليزيه | قصر الإليزيه | الكي دورسيه
  code   FRAGOV

actor Downing Street
  type   organ
  names  داونينغ ستريت | داوننغ ستريت
  code   GBRGOV

actor Chinese state organs
  type   organ
  names  مجلس الدولة الصيني
  code   CHNGOV

actor Communist Party of China
  type   group
  names  الحزب الشيوعي الصيني
  code   CHNPTY

actor People's Liberation Army (China)
  type   organ
  names  جيش التحرير الشعبي | جيش التحرير الشعبي الصيني
  code   CHNMIL

# ================================ Media ================================

actor Reuters
  type   media
  names  رويترز | وكالة رويترز | وكالة رويترز للأنباء
  code   GBRMED

actor British media
  type   media
  names  بي بي سي | هيئة الإذاعة البريطانية | بي بي سي عربي | الغارديان | الجارديان | صحيفة الغارديان | صحيفة الجارديان | التايمز | صحيفة التايمز | فايننشال تايمز | فاينانشال تايمز | صحيفة فايننشال تايمز | ديلي تلغراف | التلغراف | الإيكونوميست | مجلة الإيكونوميست
  code   GBRMED

actor Agence France-Presse
  type   media
  names  فرانس برس | وكالة فرانس برس | وكالة الصحافة الفرنسية | أ ف ب
  code   FRAMED

actor French media
  type   media
  names  فرانس 24 | قناة فرانس 24 | لوموند | صحيفة لوموند | لوفيغارو | صحيفة لوفيغارو | إذاعة فرنسا الدولية | راديو فرنسا الدولي
  code   FRAMED

actor Associated Press
  type   media
  names  أسوشيتد برس | أسوشييتد برس | وكالة أسوشيتد برس | وكالة أسوشييتد برس
  code   USAMED

actor US media
  type   media
  names  سي إن إن | شبكة سي إن إن | نيويورك تايمز | صحيفة نيويورك تايمز | واشنطن بوست | صحيفة واشنطن بوست | وول ستريت جورنال | صحيفة وول ستريت جورنال | بلومبرغ | بلومبيرغ | وكالة بلومبرغ | وكالة بلومبيرغ | أكسيوس | موقع أكسيوس | فوكس نيوز | بوليتيكو | قناة الحرة | إن بي سي | سي بي إس | إيه بي سي
  code   USAMED

actor German media
  type   media
  names  وكالة الأنباء الألمانية | د ب أ | دويتشه فيله | دير شبيغل | مجلة دير شبيغل
  code   DEUMED

actor Russian media
  type   media
  names  تاس | وكالة تاس | ريا نوفوستي | وكالة ريا نوفوستي | نوفوستي | سبوتنيك | وكالة سبوتنيك | روسيا اليوم | قناة روسيا اليوم | آر تي | إنترفاكس | وكالة إنترفاكس
  code   RUSMED

actor Chinese media
  type   media
  names  شينخوا | وكالة شينخوا | وكالة أنباء شينخوا | وكالة أنباء الصين الجديدة
  code   CHNMED

actor Al Jazeera
  type   media
  names  قناة الجزيرة | شبكة الجزيرة | الجزيرة نت | قناة الجزيرة الفضائية | الجزيرة مباشر
  code   QATMED

actor Qatar News Agency
  type   media
  names  وكالة الأنباء القطرية | وكالة قنا
  code   QATMED

actor Saudi media
  type   media
  names  وكالة الأنباء السعودية | واس | وكالة واس | قناة العربية | العربية نت | قناة الحدث | صحيفة الشرق الأوسط | صحيفة عكاظ | صحيفة الرياض
  code   SAUMED

actor Emirati media
  type   media
  names  وكالة أنباء الإمارات | وام | وكالة وام | سكاي نيوز عربية | صحيفة الاتحاد الإماراتية
  code   AREMED

actor Kuwaiti media
  type   media
  names  وكالة الأنباء الكويتية | كونا | وكالة كونا
  code   KWTMED

actor Bahraini media
  type   media
  names  وكالة أنباء البحرين
  code   BHRMED

actor Omani media
  type   media
  names  وكالة الأنباء العمانية
  code   OMNMED

actor Egyptian media
  type   media
  names  وكالة أنباء الشرق الأوسط | أ ش أ | صحيفة الأهرام | جريدة الأهرام | بوابة الأهرام | الأهرام المصرية | صحيفة اليوم السابع | صحيفة المصري اليوم
  code   EGYMED

actor Syrian media
  type   media
  names  وكالة الأنباء السورية | الوكالة العربية السورية للأنباء | سانا | وكالة سانا | التلفزيون السوري | التلفزيون العربي السوري
  code   SYRMED

actor Palestinian media
  type   media
  names  وكالة الأنباء الفلسطينية | وكالة الأنباء والمعلومات الفلسطينية | وفا | وكالة وفا
  code   PSEMED

actor Jordanian media
  type   media
  names  وكالة الأنباء الأردنية | وكالة بترا
  code   JORMED

actor Lebanese media
  type   media
  names  الوكالة الوطنية للإعلام | الوكالة الوطنية للإعلام اللبنانية | قناة المنار | تلفزيون المنار | قناة الميادين
  code   LBNMED

actor Iraqi media
  type   media
  names  وكالة الأنباء العراقية | واع | وكالة واع
  code   IRQMED

actor Yemeni media
  type   media
  names  وكالة الأنباء اليمنية | وكالة سبأ | وكالة الأنباء اليمنية سبأ | قناة المسيرة
  code   YEMMED

actor Sudanese media
  type   media
  names  وكالة السودان للأنباء | سونا
  code   SDNMED

actor Libyan media
  type   media
  names  وكالة الأنباء الليبية
  code   LBYMED

actor Moroccan media
  type   media
  names  وكالة المغرب العربي للأنباء
  code   MARMED

actor Algerian media
  type   media
  names  وكالة الأنباء الجزائرية | واج
  code   DZAMED

actor Tunisian media
  type   media
  names  وكالة تونس أفريقيا للأنباء
  code   TUNMED

# «الأناضول» alone is the agency in news copy (the region is rarely named in Arabic news)
actor Anadolu Agency
  type   media
  names  وكالة الأناضول | الأناضول | وكالة الأناضول للأنباء
  code   TURMED

actor Iranian media
  type   media
  names  وكالة الأنباء الإيرانية | وكالة الجمهورية الإسلامية للأنباء | إرنا | وكالة إرنا | وكالة فارس | وكالة أنباء فارس | وكالة تسنيم | وكالة أنباء تسنيم | وكالة مهر | وكالة مهر للأنباء | وكالة إيسنا | وكالة الطلبة الإيرانية | برس تي في | قناة العالم | التلفزيون الإيراني
  code   IRNMED

actor Israeli media
  type   media
  names  هيئة البث الإسرائيلية | إذاعة جيش الاحتلال | إذاعة الجيش الإسرائيلي | يديعوت أحرونوت | صحيفة يديعوت أحرونوت | هآرتس | صحيفة هآرتس | معاريف | صحيفة معاريف | جيروزاليم بوست | تايمز أوف إسرائيل | القناة 12 الإسرائيلية | القناة 13 الإسرائيلية | إعلام الاحتلال | وسائل إعلام الاحتلال | إعلام العدو
  code   ISRMED

actor Japanese media
  type   media
  names  وكالة كيودو | كيودو
  code   JPNMED

actor South Korean media
  type   media
  names  وكالة يونهاب | يونهاب
  code   KORMED

actor North Korean media
  type   media
  names  وكالة الأنباء المركزية الكورية
  code   PRKMED
