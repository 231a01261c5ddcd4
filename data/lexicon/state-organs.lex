@kind      actors
@title     Named state institutions of the region that Arabic news names without a country word
@source    Public record (official sites of the institutions, their founding decrees and renamings as announced by state news agencies); curated by hand
@source    Role codes (GOV, MIL, COP, SPY, JUD, LEG, BUS, HLH, EDU) follow the CAMEO/Phoenix sector codes used with shared/spec/coding-guide.md §2
@licence   CC BY 4.0 (this file); facts are not copyrightable
@curated   2026-11-30
@note      Every entry is an `organ` of one state. A renaming that keeps the code is listed as one entry with both names
@note      («مؤسسة النقد العربي السعودي», «البنك المركزي السعودي» since 2020 keeps «ساما»; «قطر للبترول», «قطر للطاقة» since 2021).
@note      Regulators, funds and agencies are GOV; central banks are GOV (agents.lex «البنك المركزي»); state companies BUS;
@note      a country's named police or security service COP, its intelligence SPY, health bodies HLH, universities EDU.
@note      A name two states share is given once per state with `context`: «الهيئة الوطنية لمكافحة الفساد» (Saudi Nazaha,
@note      Tunisia's INLUCC), «هيئة الهلال الأحمر» (Saudi, Emirati), «الهيئة العامة للاستثمار» (Saudi SAGIA, Egypt's GAFI,
@note      Kuwait's KIA), «هيئة الرقابة الإدارية» (Egypt, Libya), «المديرية العامة للأمن الوطني» and «المجلس الوطني لحقوق
@note      الإنسان» (Algeria, Morocco). A context entry's form must not carry a nisba (the nisba inside the match does not count
@note      as naming the country): the nisba forms are separate entries without context.
@note      Not given contexts: bare «مجلس الشورى» (Saudi Arabia, Qatar, Oman, Bahrain, Yemen, Egypt until 2014) and «مجلس الأمة»
@note      (Kuwait, Algeria). Both are agents.lex LEG words, and an actor form wins over an agent of the same span, so in a
@note      story that names Saudi Arabia a context entry would turn «مجلس الشورى القطري» into SAULEG plus a bare QAT.
@note      «ديوان المظالم» is the Saudi Board of Grievances (Morocco's ombudsman, 2001-2011, and the ombudsman function of the
@note      Palestinian Independent Commission for Human Rights have used the name too).
@note      Left out on purpose: bare «نزاهة» (the common noun "integrity": «بكل نزاهة», «نزاهة الانتخابات»); bare «النيابة العامة»
@note      (every state's prosecution; Saudi «هيئة التحقيق والادعاء العام» took that name in 2017 and agents.lex codes it with a nisba);
@note      bare «الحرس الوطني» (Saudi, Kuwaiti, US; an agent in agents.lex); «جهاز المخابرات العامة» (Egypt, Sudan since 2019,
@note      Palestine, Libya); «الدفاع المدني» and «الأمن العام» (every state has one); «مجلس الدولة», «مجلس شورى الدولة» (Lebanon,
@note      Iraq until 2017); «هيئة مكافحة الفساد» (Saudi usage and Jordan's pre-2016 body); «لجنة الانتخابات المركزية» (Palestine,
@note      Israel); «مجلس المستشارين» (Morocco, Tunisia until 2011, Japan); «آفاد» (normalised like the verb «أفاد»); bare «الأمن
@note      الوقائي» (Jordan's Public Security has a Preventive Security department); «سومو» alone (also sumo wrestling);
@note      «هيئة الاتصالات وتقنية المعلومات» and «المؤسسة العامة للتأمينات الاجتماعية» (Saudi Arabia and Kuwait); «الجمعية الوطنية
@note      لحقوق الإنسان» (a Saudi society, not a state organ); Turkey's «رئاسة الشؤون الدينية» (belongs with religious.lex).
@note      Two names hold only in a story about their one country: «الفرقة الرابعة» (Syria) and «شعبة المعلومات» (Lebanon).

# ═════════════════════════════ Saudi Arabia (SAU) ═════════════════════════════

# KSrelief, founded 2015-05-13
actor King Salman Humanitarian Aid and Relief Centre
  type   organ
  names  مركز الملك سلمان للإغاثة والأعمال الإنسانية | مركز الملك سلمان للإغاثة | مركز الملك سلمان للأعمال الإنسانية | مركز الملك سلمان للإغاثة الإنسانية
  code   SAUGOV

actor Saudi Fund for Development
  type   organ
  names  الصندوق السعودي للتنمية
  code   SAUGOV

# Saudi Arabian Monetary Agency; the Saudi Central Bank from 2020 (kept the short name «ساما»)
actor Saudi Central Bank (SAMA)
  type   organ
  names  مؤسسة النقد العربي السعودي | مؤسسة النقد السعودي | مؤسسة النقد العربي | مؤسسة النقد | ساما
  code   SAUGOV

actor Public Investment Fund (Saudi Arabia)
  type   organ
  names  صندوق الاستثمارات العامة | صندوق الاستثمارات العامة السعودي
  code   SAUGOV

# Nazaha (National Anti-Corruption Commission, 2011) merged with the Control and Investigation Board in 2019-12
# as the Oversight and Anti-Corruption Authority; bare «نزاهة» is a common noun and is left out
actor Oversight and Anti-Corruption Authority (Nazaha, Saudi Arabia)
  type   organ
  names  هيئة الرقابة ومكافحة الفساد | هيئة الرقابة ومكافحة الفساد نزاهة | الهيئة الوطنية لمكافحة الفساد نزاهة | الهيئة الوطنية لمكافحة الفساد السعودية | هيئة مكافحة الفساد السعودية | الهيئة السعودية لمكافحة الفساد
  code   SAUGOV

actor National Anti-Corruption Commission (story about Saudi Arabia)
  type    organ
  names   الهيئة الوطنية لمكافحة الفساد
  code    SAUGOV
  context SAU

actor Control and Investigation Board (Saudi Arabia)
  type   organ
  names  هيئة الرقابة والتحقيق
  code   SAUGOV

# renamed «النيابة العامة» in 2017 (the bare new name is every state's prosecution: agents.lex)
actor Bureau of Investigation and Public Prosecution (Saudi Arabia)
  type   organ
  names  هيئة التحقيق والادعاء العام
  code   SAUJUD

# administrative judiciary. Morocco's ombudsman bore the same name 2001-2011 (now «مؤسسة الوسيط»)
actor Board of Grievances (Saudi Arabia)
  type   organ
  names  ديوان المظالم
  code   SAUJUD

# founded 2017-07-20; took over the Mabahith and the counter-terrorism forces from the interior ministry
actor Presidency of State Security (Saudi Arabia)
  type   organ
  names  رئاسة أمن الدولة | رئاسة أمن الدولة السعودية
  code   SAUCOP

# «رئاسة» for an intelligence service is the Saudi name (agents.lex gives the bare form SPY without a country)
actor General Intelligence Presidency (Saudi Arabia)
  type   organ
  names  رئاسة الاستخبارات العامة | رئاسة الاستخبارات العامة السعودية | رئيس الاستخبارات العامة السعودية
  code   SAUSPY

# part of the Public Security under the interior ministry; the mosque of its Asir headquarters was bombed 2015-08-06
actor Special Emergency Forces (Saudi Arabia)
  type   organ
  names  قوات الطوارئ الخاصة
  code   SAUCOP

actor General Investigation Directorate (Mabahith, Saudi Arabia)
  type   organ
  names  المديرية العامة للمباحث
  code   SAUCOP

actor Committee for the Promotion of Virtue and the Prevention of Vice (Saudi Arabia)
  type   organ
  names  هيئة الأمر بالمعروف والنهي عن المنكر | هيئة الأمر بالمعروف | هيئات الأمر بالمعروف والنهي عن المنكر | الرئاسة العامة لهيئات الأمر بالمعروف والنهي عن المنكر | الرئاسة العامة لهيئة الأمر بالمعروف والنهي عن المنكر
  code   SAUCOP

actor Human Rights Commission (Saudi Arabia)
  type   organ
  names  هيئة حقوق الإنسان | هيئة حقوق الإنسان السعودية
  code   SAUGOV

# the Central Department of Statistics became the General Authority for Statistics in 2015-2016
actor General Authority for Statistics (Saudi Arabia)
  type   organ
  names  الهيئة العامة للإحصاء | مصلحة الإحصاءات العامة والمعلومات | مصلحة الإحصاءات العامة
  code   SAUGOV

actor Saudi Red Crescent Authority
  type   organ
  names  هيئة الهلال الأحمر السعودي
  code   SAUHLH

actor Saudi Red Crescent Authority (story about Saudi Arabia)
  type    organ
  names   هيئة الهلال الأحمر
  code    SAUHLH
  context SAU

actor Saudi Ministry of the National Guard
  type   organ
  names  وزارة الحرس الوطني | وزير الحرس الوطني
  code   SAUGOV

actor Saudi Ministry of Hajj and Umrah
  type   organ
  names  وزارة الحج | وزارة الحج والعمرة | وزير الحج | وزير الحج والعمرة
  code   SAUGOV

actor Saudi Ministry of Islamic Affairs
  type   organ
  names  وزارة الشؤون الإسلامية والأوقاف والدعوة والإرشاد | وزارة الشؤون الإسلامية والدعوة والإرشاد | وزير الشؤون الإسلامية والأوقاف والدعوة والإرشاد | وزير الشؤون الإسلامية والدعوة والإرشاد
  code   SAUGOV

actor Saudi Ministry of Municipal and Rural Affairs
  type   organ
  names  وزارة الشؤون البلدية والقروية | وزير الشؤون البلدية والقروية | وزارة الشؤون البلدية والقروية والإسكان | وزير الشؤون البلدية والقروية والإسكان
  code   SAUGOV

actor General Presidency of Youth Welfare (Saudi Arabia)
  type   organ
  names  الرئاسة العامة لرعاية الشباب | الرئيس العام لرعاية الشباب
  code   SAUGOV

actor Saudi Commission for Tourism and National Heritage
  type   organ
  names  الهيئة العامة للسياحة والتراث الوطني | هيئة السياحة والتراث الوطني | الهيئة العامة للسياحة والآثار | الهيئة العامة للسياحة والتراث
  code   SAUGOV

actor Saudi Food and Drug Authority
  type   organ
  names  الهيئة العامة للغذاء والدواء | هيئة الغذاء والدواء السعودية
  code   SAUHLH

actor Capital Market Authority (Saudi Arabia)
  type   organ
  names  هيئة السوق المالية | هيئة السوق المالية السعودية
  code   SAUGOV

# both councils were founded 2015-01-29
actor Council of Economic and Development Affairs (Saudi Arabia)
  type   organ
  names  مجلس الشؤون الاقتصادية والتنمية
  code   SAUGOV

actor Council of Political and Security Affairs (Saudi Arabia)
  type   organ
  names  مجلس الشؤون السياسية والأمنية
  code   SAUGOV

actor Allegiance Council (Saudi Arabia)
  type   organ
  names  هيئة البيعة
  code   SAUGOV

actor General Auditing Bureau (Saudi Arabia)
  type   organ
  names  ديوان المراقبة العامة
  code   SAUGOV

actor Royal Commission for Jubail and Yanbu
  type   organ
  names  الهيئة الملكية للجبيل وينبع
  code   SAUGOV

actor King Abdulaziz City for Science and Technology
  type   organ
  names  مدينة الملك عبدالعزيز للعلوم والتقنية | مدينة الملك عبد العزيز للعلوم والتقنية
  code   SAUGOV

actor King Abdulaziz Center for National Dialogue
  type   organ
  names  مركز الملك عبدالعزيز للحوار الوطني | مركز الملك عبد العزيز للحوار الوطني
  code   SAUGOV

actor General Directorate of Passports (Saudi Arabia)
  type   organ
  names  المديرية العامة للجوازات
  code   SAUGOV

actor Technical and Vocational Training Corporation (Saudi Arabia)
  type   organ
  names  المؤسسة العامة للتدريب التقني والمهني
  code   SAUEDU

actor Saudi Aramco
  type   organ
  names  أرامكو | أرامكو السعودية | شركة أرامكو | شركة أرامكو السعودية | شركة الزيت العربية السعودية
  code   SAUBUS

actor SABIC
  type   organ
  names  سابك | شركة سابك | سابك السعودية | شركة سابك السعودية | الشركة السعودية للصناعات الأساسية
  code   SAUBUS

actor King Saud University
  type   organ
  names  جامعة الملك سعود
  code   SAUEDU

actor King Abdulaziz University
  type   organ
  names  جامعة الملك عبدالعزيز | جامعة الملك عبد العزيز
  code   SAUEDU

actor Imam Muhammad ibn Saud Islamic University
  type   organ
  names  جامعة الإمام محمد بن سعود الإسلامية | جامعة الإمام محمد بن سعود
  code   SAUEDU

actor Umm al-Qura University
  type   organ
  names  جامعة أم القرى
  code   SAUEDU

actor King Fahd University of Petroleum and Minerals
  type   organ
  names  جامعة الملك فهد للبترول والمعادن | جامعة الملك فهد
  code   SAUEDU

actor Islamic University of Madinah
  type   organ
  names  الجامعة الإسلامية بالمدينة المنورة | الجامعة الإسلامية في المدينة المنورة
  code   SAUEDU

actor Princess Nourah bint Abdulrahman University
  type   organ
  names  جامعة الأميرة نورة بنت عبدالرحمن | جامعة الأميرة نورة بنت عبد الرحمن | جامعة الأميرة نورة
  code   SAUEDU

actor King Abdullah University of Science and Technology
  type   organ
  names  جامعة الملك عبدالله للعلوم والتقنية | جامعة الملك عبد الله للعلوم والتقنية | كاوست
  code   SAUEDU

# the other public universities; «جامعة الدمام» was renamed «جامعة الإمام عبدالرحمن بن فيصل» in 2016
actor Saudi public universities (regional)
  type   organ
  names  جامعة الملك خالد | جامعة الملك فيصل | جامعة القصيم | جامعة تبوك | جامعة الدمام | جامعة الإمام عبدالرحمن بن فيصل | جامعة الإمام عبد الرحمن بن فيصل | جامعة جازان | جامعة حائل | جامعة نجران | جامعة الباحة | جامعة الطائف | جامعة طيبة | جامعة الجوف | جامعة الحدود الشمالية | جامعة الأمير سطام بن عبدالعزيز | جامعة الأمير سطام بن عبد العزيز | جامعة المجمعة | جامعة شقراء | جامعة بيشة | جامعة جدة | جامعة حفر الباطن | الجامعة السعودية الإلكترونية
  code   SAUEDU

actor Saudi state hospitals
  type   organ
  names  مستشفى الملك فيصل التخصصي | مستشفى الملك فيصل التخصصي ومركز الأبحاث | مدينة الملك عبدالعزيز الطبية | مدينة الملك عبد العزيز الطبية | مدينة الملك فهد الطبية | مدينة الملك سعود الطبية | مدينة الأمير سلطان الطبية العسكرية | مستشفى قوى الأمن
  code   SAUHLH

# ───── names Saudi Arabia shares with other states: each holds only in a story that names its country ─────

# Saudi SAGIA (the Ministry of Investment from 2020), Egypt's GAFI, the Kuwait Investment Authority
actor General Investment Authority (story about Saudi Arabia)
  type    organ
  names   الهيئة العامة للاستثمار
  code    SAUGOV
  context SAU

actor General Investment Authority (story about Kuwait)
  type    organ
  names   الهيئة العامة للاستثمار
  code    KWTGOV
  context KWT

actor General Investment Authority (story about Egypt)
  type    organ
  names   الهيئة العامة للاستثمار
  code    EGYGOV
  context EGY

# ═════════════════════════════ United Arab Emirates (ARE) ═════════════════════════════

actor Abu Dhabi Fund for Development
  type   organ
  names  صندوق أبوظبي للتنمية | صندوق أبو ظبي للتنمية
  code   AREGOV

actor Abu Dhabi Investment Authority
  type   organ
  names  جهاز أبوظبي للاستثمار | جهاز أبو ظبي للاستثمار
  code   AREGOV

actor Central Bank of the UAE
  type   organ
  names  مصرف الإمارات العربية المتحدة المركزي | مصرف الإمارات المركزي
  code   AREGOV

actor Federal National Council (UAE)
  type   organ
  names  المجلس الوطني الاتحادي | المجلس الوطني الاتحادي الإماراتي | رئيس المجلس الوطني الاتحادي
  code   ARELEG

actor Emirates Red Crescent Authority
  type   organ
  names  هيئة الهلال الأحمر الإماراتي
  code   AREHLH

actor Emirates Red Crescent Authority (story about the UAE)
  type    organ
  names   هيئة الهلال الأحمر
  code    AREHLH
  context ARE

actor ADNOC
  type   organ
  names  أدنوك | شركة أدنوك | مجموعة أدنوك | أدنوك الإماراتية | شركة أدنوك الإماراتية | شركة بترول أبوظبي الوطنية | شركة بترول أبو ظبي الوطنية
  code   AREBUS

actor DP World
  type   organ
  names  موانئ دبي العالمية | موانئ دبي العالمية الإماراتية | شركة موانئ دبي العالمية
  code   AREBUS

# ═════════════════════════════ Kuwait (KWT) ═════════════════════════════

actor Kuwait Fund for Arab Economic Development
  type   organ
  names  الصندوق الكويتي للتنمية الاقتصادية العربية | الصندوق الكويتي للتنمية
  code   KWTGOV

actor Central Bank of Kuwait
  type   organ
  names  بنك الكويت المركزي
  code   KWTGOV

actor Kuwait Petroleum Corporation
  type   organ
  names  مؤسسة البترول الكويتية
  code   KWTBUS

# ═════════════════════════════ Qatar (QAT) ═════════════════════════════

# renamed QatarEnergy on 2021-10-11
actor QatarEnergy (Qatar Petroleum)
  type   organ
  names  قطر للبترول | شركة قطر للبترول | قطر للطاقة | شركة قطر للطاقة
  code   QATBUS

actor Qatar Investment Authority
  type   organ
  names  جهاز قطر للاستثمار
  code   QATGOV

actor Qatar Fund for Development
  type   organ
  names  صندوق قطر للتنمية
  code   QATGOV

actor Qatar Central Bank
  type   organ
  names  مصرف قطر المركزي
  code   QATGOV

# ═════════════════════════════ Bahrain (BHR) ═════════════════════════════

actor Bahrain Defence Force
  type   organ
  names  قوة دفاع البحرين
  code   BHRMIL

actor Central Bank of Bahrain
  type   organ
  names  مصرف البحرين المركزي
  code   BHRGOV

# listed so that Iraq's shorter «ديوان الرقابة المالية» does not take it
actor National Audit Office (Bahrain)
  type   organ
  names  ديوان الرقابة المالية والإدارية
  code   BHRGOV

actor Bapco (Bahrain Petroleum Company)
  type   organ
  names  بابكو | شركة بابكو | شركة نفط البحرين بابكو
  code   BHRBUS

# ═════════════════════════════ Oman (OMN) ═════════════════════════════

# «عمان» is also Amman: the full name settles it
actor Royal Oman Police
  type   organ
  names  شرطة عمان السلطانية
  code   OMNCOP

actor Sultan's Armed Forces (Oman)
  type   organ
  names  قوات السلطان المسلحة
  code   OMNMIL

actor Diwan of the Royal Court (Oman)
  type   organ
  names  ديوان البلاط السلطاني
  code   OMNGOV

actor Petroleum Development Oman
  type   organ
  names  شركة تنمية نفط عمان
  code   OMNBUS

# ═════════════════════════════ Egypt (EGY) ═════════════════════════════

actor CAPMAS (Egypt)
  type   organ
  names  الجهاز المركزي للتعبئة العامة والإحصاء | جهاز التعبئة العامة والإحصاء
  code   EGYGOV

actor Suez Canal Authority
  type   organ
  names  هيئة قناة السويس | رئيس هيئة قناة السويس
  code   EGYGOV

actor Central Auditing Organization (Egypt)
  type   organ
  names  الجهاز المركزي للمحاسبات
  code   EGYGOV

actor Administrative Control Authority (story about Egypt)
  type    organ
  names   هيئة الرقابة الإدارية
  code    EGYGOV
  context EGY

actor General Authority for Investment and Free Zones (Egypt)
  type   organ
  names  الهيئة العامة للاستثمار والمناطق الحرة
  code   EGYGOV

# from 2017
actor National Election Authority (Egypt)
  type   organ
  names  الهيئة الوطنية للانتخابات | الهيئة الوطنية للانتخابات المصرية | الهيئة الوطنية للانتخابات في مصر
  code   EGYGOV

actor National Council for Human Rights (Egypt)
  type   organ
  names  المجلس القومي لحقوق الإنسان
  code   EGYGOV

# State Security Investigations, dissolved 2011-03-15 and replaced by the National Security Sector
actor Egyptian state security police
  type   organ
  names  قطاع الأمن الوطني | مباحث أمن الدولة | جهاز مباحث أمن الدولة
  code   EGYCOP

actor Egyptian Military Intelligence
  type   organ
  names  المخابرات الحربية | المخابرات الحربية المصرية | إدارة المخابرات الحربية | إدارة المخابرات الحربية والاستطلاع
  code   EGYSPY

actor Armed Forces Engineering Authority (Egypt)
  type   organ
  names  الهيئة الهندسية للقوات المسلحة
  code   EGYMIL

actor Egyptian General Petroleum Corporation
  type   organ
  names  الهيئة المصرية العامة للبترول
  code   EGYBUS

# ═════════════════════════════ Jordan (JOR) ═════════════════════════════

actor Jordan Hashemite Charity Organization
  type   organ
  names  الهيئة الخيرية الأردنية الهاشمية | الهيئة الخيرية الهاشمية
  code   JORGOV

actor General Intelligence Directorate (Jordan)
  type   organ
  names  دائرة المخابرات العامة | دائرة المخابرات العامة الأردنية | دائرة المخابرات الأردنية | مدير دائرة المخابرات العامة
  code   JORSPY

actor Senate of Jordan
  type   organ
  names  مجلس الأعيان | مجلس الأعيان الأردني | رئيس مجلس الأعيان
  code   JORLEG

# from 2016 (the Anti-Corruption Commission and the Ombudsman Bureau merged)
actor Integrity and Anti-Corruption Commission (Jordan)
  type   organ
  names  هيئة النزاهة ومكافحة الفساد
  code   JORGOV

actor Independent Election Commission (Jordan)
  type   organ
  names  الهيئة المستقلة للانتخاب
  code   JORGOV

actor General Directorate of the Gendarmerie (Jordan)
  type   organ
  names  المديرية العامة لقوات الدرك
  code   JORCOP

# ═════════════════════════════ Iraq (IRQ) ═════════════════════════════

# Jordan's longer «هيئة النزاهة ومكافحة الفساد» wins over this
actor Federal Commission of Integrity (Iraq)
  type   organ
  names  هيئة النزاهة | هيئة النزاهة الاتحادية | هيئة النزاهة العراقية
  code   IRQGOV

actor Independent High Electoral Commission (Iraq)
  type   organ
  names  المفوضية العليا المستقلة للانتخابات | المفوضية العليا المستقلة للانتخابات العراقية | المفوضية العليا المستقلة للانتخابات في العراق
  code   IRQGOV

actor Federal Board of Supreme Audit (Iraq)
  type   organ
  names  ديوان الرقابة المالية | ديوان الرقابة المالية الاتحادي
  code   IRQGOV

actor Falcons Intelligence Cell (Iraq)
  type   organ
  names  خلية الصقور | خلية الصقور الاستخبارية | خلية الصقور الاستخباراتية
  code   IRQSPY

actor SOMO (Iraq)
  type   organ
  names  شركة سومو | شركة تسويق النفط العراقية | مؤسسة تسويق النفط العراقية
  code   IRQBUS

# ═════════════════════════════ Yemen (YEM) ═════════════════════════════

actor Supreme Commission for Elections and Referendum (Yemen)
  type   organ
  names  اللجنة العليا للانتخابات والاستفتاء
  code   YEMGOV

# ═════════════════════════════ Syria (SYR) ═════════════════════════════

actor Central Bank of Syria
  type   organ
  names  مصرف سوريا المركزي | مصرف سورية المركزي
  code   SYRGOV

actor Air Force Intelligence Directorate (Syria)
  type   organ
  names  إدارة المخابرات الجوية
  code   SYRSPY

# in Egypt's, Iraq's or Yemen's army the same words are just a division
actor Fourth Armoured Division (story about Syria)
  type    organ
  names   الفرقة الرابعة | الفرقة الرابعة مدرعات | الفرقة الرابعة المدرعة
  code    SYRMIL
  context SYR

# ═════════════════════════════ Lebanon (LBN) ═════════════════════════════

actor Banque du Liban
  type   organ
  names  مصرف لبنان | مصرف لبنان المركزي | حاكم مصرف لبنان
  code   LBNGOV

actor Council for Development and Reconstruction (Lebanon)
  type   organ
  names  مجلس الإنماء والإعمار
  code   LBNGOV

actor Higher Relief Commission (Lebanon)
  type   organ
  names  الهيئة العليا للإغاثة
  code   LBNGOV

actor Electricite du Liban
  type   organ
  names  مؤسسة كهرباء لبنان
  code   LBNBUS

# the Internal Security Forces' intelligence branch
actor Information Branch (story about Lebanon)
  type    organ
  names   شعبة المعلومات
  code    LBNCOP
  context LBN

# ═════════════════════════════ Libya (LBY) ═════════════════════════════

actor Libyan Investment Authority
  type   organ
  names  المؤسسة الليبية للاستثمار
  code   LBYGOV

actor High National Elections Commission (Libya)
  type   organ
  names  المفوضية الوطنية العليا للانتخابات
  code   LBYGOV

actor Administrative Control Authority (story about Libya)
  type    organ
  names   هيئة الرقابة الإدارية
  code    LBYGOV
  context LBY

# ═════════════════════════════ Tunisia (TUN) ═════════════════════════════

actor Independent High Authority for Elections (Tunisia)
  type   organ
  names  الهيئة العليا المستقلة للانتخابات | الهيئة العليا المستقلة للانتخابات التونسية | الهيئة العليا المستقلة للانتخابات في تونس
  code   TUNGOV

actor Truth and Dignity Commission (Tunisia)
  type   organ
  names  هيئة الحقيقة والكرامة
  code   TUNGOV

# parliament from 2014; the National Constituent Assembly sat 2011-2014; the upper house from 2023
actor Assembly of the Representatives of the People (Tunisia)
  type   organ
  names  مجلس نواب الشعب | مجلس نواب الشعب التونسي | المجلس الوطني التأسيسي | المجلس الوطني التأسيسي التونسي | المجلس الوطني للجهات والأقاليم
  code   TUNLEG

actor National Anti-Corruption Authority (story about Tunisia)
  type    organ
  names   الهيئة الوطنية لمكافحة الفساد
  code    TUNGOV
  context TUN

# ═════════════════════════════ Algeria (DZA) ═════════════════════════════

actor Sonatrach
  type   organ
  names  سوناطراك | شركة سوناطراك | مجمع سوناطراك | شركة سوناطراك الجزائرية | سوناطراك الجزائرية
  code   DZABUS

actor Bank of Algeria
  type   organ
  names  بنك الجزائر | بنك الجزائر المركزي | محافظ بنك الجزائر
  code   DZAGOV

actor People's National Army (Algeria)
  type   organ
  names  الجيش الوطني الشعبي | الجيش الوطني الشعبي الجزائري
  code   DZAMIL

actor People's National Assembly (Algeria)
  type   organ
  names  المجلس الشعبي الوطني | المجلس الشعبي الوطني الجزائري | رئيس المجلس الشعبي الوطني
  code   DZALEG

# from 2019
actor National Independent Election Authority (Algeria)
  type   organ
  names  السلطة الوطنية المستقلة للانتخابات
  code   DZAGOV

# dissolved 2016-01
actor Department of Intelligence and Security (DRS, Algeria)
  type   organ
  names  دائرة الاستعلام والأمن
  code   DZASPY

actor General Directorate of National Security (story about Algeria)
  type    organ
  names   المديرية العامة للأمن الوطني
  code    DZACOP
  context DZA

actor National Human Rights Council (story about Algeria)
  type    organ
  names   المجلس الوطني لحقوق الإنسان
  code    DZAGOV
  context DZA

# ═════════════════════════════ Morocco (MAR) ═════════════════════════════

actor Bank Al-Maghrib
  type   organ
  names  بنك المغرب | والي بنك المغرب
  code   MARGOV

actor OCP Group (Morocco)
  type   organ
  names  المكتب الشريف للفوسفاط | المكتب الشريف للفوسفات | مجمع المكتب الشريف للفوسفاط
  code   MARBUS

actor Royal Armed Forces (Morocco)
  type   organ
  names  القوات المسلحة الملكية | القوات المسلحة الملكية المغربية
  code   MARMIL

actor General Directorate for Territorial Surveillance (DGST, Morocco)
  type   organ
  names  المديرية العامة لمراقبة التراب الوطني | مديرية مراقبة التراب الوطني
  code   MARSPY

actor Central Bureau of Judicial Investigation (Morocco)
  type   organ
  names  المكتب المركزي للأبحاث القضائية
  code   MARCOP

actor General Directorate of National Security (story about Morocco)
  type    organ
  names   المديرية العامة للأمن الوطني
  code    MARCOP
  context MAR

actor National Human Rights Council (story about Morocco)
  type    organ
  names   المجلس الوطني لحقوق الإنسان
  code    MARGOV
  context MAR

# ═════════════════════════════ Sudan (SDN) ═════════════════════════════

# NISS; renamed General Intelligence Service in 2019-07 (that name is shared: see the header)
actor National Intelligence and Security Service (Sudan)
  type   organ
  names  جهاز الأمن والمخابرات الوطني | جهاز الأمن والمخابرات الوطني السوداني
  code   SDNSPY

actor Central Bank of Sudan
  type   organ
  names  بنك السودان المركزي
  code   SDNGOV

actor National Elections Commission (Sudan)
  type   organ
  names  المفوضية القومية للانتخابات
  code   SDNGOV

# ═════════════════════════════ Palestine (PSE) ═════════════════════════════

actor Palestine Monetary Authority
  type   organ
  names  سلطة النقد الفلسطينية
  code   PSEGOV

actor Palestinian Preventive Security
  type   organ
  names  جهاز الأمن الوقائي | جهاز الأمن الوقائي الفلسطيني | الأمن الوقائي الفلسطيني
  code   PSECOP

actor Commission of Detainees' and Ex-Detainees' Affairs (Palestine)
  type   organ
  names  هيئة شؤون الأسرى والمحررين | هيئة شؤون الأسرى
  code   PSEGOV

actor Colonization and Wall Resistance Commission (Palestine)
  type   organ
  names  هيئة مقاومة الجدار والاستيطان
  code   PSEGOV

# ═════════════════════════════ Iran (IRN) ═════════════════════════════

actor Atomic Energy Organization of Iran
  type   organ
  names  منظمة الطاقة الذرية الإيرانية | منظمة الطاقة الذرية | منظمة الطاقة الذرية في إيران | رئيس منظمة الطاقة الذرية الإيرانية
  code   IRNGOV

actor Ministry of Intelligence (Iran)
  type   organ
  names  وزارة الاطلاعات | وزارة الاستخبارات الإيرانية | وزارة الأمن الإيرانية
  code   IRNSPY

actor Khatam al-Anbiya Headquarters (Iran)
  type   organ
  names  مقر خاتم الأنبياء | مقر خاتم الأنبياء المركزي | مقر خاتم الأنبياء للإعمار
  code   IRNMIL

actor Imam Khomeini Relief Committee
  type   organ
  names  لجنة إمداد الإمام الخميني | لجنة الإمام الخميني للإغاثة
  code   IRNGOV

# ═════════════════════════════ Turkey (TUR) ═════════════════════════════

actor TIKA (Turkish Cooperation and Coordination Agency)
  type   organ
  names  وكالة التعاون والتنسيق التركية | تيكا | وكالة تيكا
  code   TURGOV

actor AFAD (Turkey)
  type   organ
  names  رئاسة إدارة الكوارث والطوارئ | رئاسة إدارة الكوارث والطوارئ التركية | إدارة الكوارث والطوارئ التركية | هيئة إدارة الكوارث والطوارئ التركية
  code   TURGOV

# ═════════════════════════════ Israel (ISR) ═════════════════════════════

actor Unit 8200
  type   organ
  names  الوحدة 8200
  code   ISRSPY

actor Military Intelligence Directorate (Aman, Israel)
  type   organ
  names  شعبة أمان | شعبة الاستخبارات العسكرية أمان
  code   ISRSPY

actor COGAT (Israel)
  type   organ
  names  منسق أعمال الحكومة في المناطق | منسق أعمال الحكومة الإسرائيلية في المناطق | منسق أعمال حكومة الاحتلال | منسق أعمال الحكومة الإسرائيلية
  code   ISRGOV

actor Bank of Israel
  type   organ
  names  بنك إسرائيل
  code   ISRGOV
