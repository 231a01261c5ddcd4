@kind      actors
@title     Armed groups, insurgencies, militias and movements beyond the core region that Arabic news names
@source    Public record (founding, renaming, dissolution and integration dates); curated by hand
@source    Codes follow shared/spec/coding-guide.md §2 (country + role; IMGREB for transnational militant groups)
@licence   CC BY 4.0 (this file); facts are not copyrightable
@curated   2026-11-29

# CONVENTIONS (those of groups.lex, which this file extends; nothing listed there is repeated here)
# - Every entry has `type` (group, organ) so that a dated code never makes it a `person`.
# - A sub-state armed group tied to one country: that country + REB. A group that fights across several
#   Sahel states is IMGREB, as groups.lex codes AQIM. An ISIS or al-Qaeda branch tied to one country: that country + REB.
# - Parties: country + PTY; non-party opposition and protest movements: country + OPP.
# - Muslim Brotherhood branches: country + PTY where the branch is a legal party or runs one, OPP where it is banned
#   and in exile (groups.lex codes the Egyptian mother organisation EGYPTY).
# - A bare name that is also an ordinary word or a name that several countries' groups share
#   («أنصار الشريعة», «حزب المؤتمر», «المقاومة الشعبية», «حزب العدالة والتنمية», «الماويون») is listed only in an
#   entry with a `context`, so that it names the group only in a story about that country.
# - Transnational movements that are not militant (Hizb ut-Tahrir, the Brotherhood's international organisation): CAMEO NGM.
# - Generic phrases such as «المتمردون التشاديون» are left to the agents (REB + nisba) and not listed here.

# ================================ Latin America ================================

# FARC disarmed under the 2016 peace agreement; its congress founded the FARC party on 2017-09-01, renamed Comunes on 2021-01-24; later mentions are of the dissidents or the past
actor FARC (Colombia)
  type    group
  names   القوات المسلحة الثورية الكولومبية | القوات المسلحة الثورية لكولومبيا | القوات الثورية المسلحة الكولومبية | فارك | حركة فارك | متمردو فارك | متمردي فارك | مقاتلو فارك | مقاتلي فارك | عناصر فارك | قادة فارك | متمردو القوات المسلحة الثورية الكولومبية | متمردي القوات المسلحة الثورية الكولومبية
  code    COLREB ..2017-08-31
  code    COLPTY 2017-09-01..2021-01-24
  default COLREB

actor FARC party (Colombia)
  type   group
  names  حزب فارك
  code   COLPTY

# ELN; the AUC right-wing paramilitaries (demobilised 2003-2006); FARC dissidents who rejected the 2016 agreement
actor Colombian armed groups (ELN, AUC, FARC dissidents)
  type   group
  names  جيش التحرير الوطني الكولومبي | متمردو جيش التحرير الوطني الكولومبي | متمردي جيش التحرير الوطني الكولومبي | القوات المتحدة للدفاع الذاتي في كولومبيا | القوات المتحدة للدفاع عن النفس في كولومبيا | المنشقون عن فارك | المنشقين عن فارك | منشقو فارك | منشقي فارك | المتمردون المنشقون عن فارك | المتمردين المنشقين عن فارك
  code   COLREB

# «جيش التحرير الوطني» is also the name of Algeria's war of independence army: the ELN only in a story about Colombia
actor ELN (story about Colombia)
  type    group
  names   جيش التحرير الوطني | متمردو جيش التحرير الوطني | متمردي جيش التحرير الوطني
  code    COLREB
  context COL

actor Shining Path (Peru)
  type   group
  names  الدرب المضيء | جماعة الدرب المضيء | حركة الدرب المضيء | منظمة الدرب المضيء | متمردو الدرب المضيء | متمردي الدرب المضيء | الدرب الساطع
  code   PERREB

actor Zapatistas (Mexico)
  type   group
  names  جيش زاباتيستا للتحرير الوطني | الزاباتيستا | حركة زاباتيستا | الزاباتيون | الزاباتيين
  code   MEXREB

actor PSUV (Venezuela)
  type   group
  names  الحزب الاشتراكي الموحد لفنزويلا | الحزب الاشتراكي الموحد الفنزويلي | الحزب الاشتراكي الموحد في فنزويلا | الحزب الاشتراكي الفنزويلي الموحد
  code   VENPTY

actor Sandinista Front (Nicaragua)
  type   group
  names  الجبهة الساندينية للتحرير الوطني | الجبهة الساندينية | الساندينيون | الساندينيين
  code   NICPTY

actor Communist Party of Cuba
  type   group
  names  الحزب الشيوعي الكوبي | الحزب الشيوعي في كوبا
  code   CUBPTY

actor Workers' Party (Brazil)
  type   group
  names  حزب العمال البرازيلي | حزب العمال اليساري البرازيلي
  code   BRAPTY

# ================================ Europe ================================

# ETA declared a definitive end to its armed activity on 2011-10-20 and its dissolution on 2018-05-03
actor ETA (Spain)
  type   group
  names  منظمة إيتا | إيتا | منظمة إيتا الباسكية | إيتا الباسكية | منظمة إيتا الانفصالية | إيتا الانفصالية | حركة إيتا | عناصر إيتا | أعضاء منظمة إيتا | الانفصاليون الباسك | الانفصاليين الباسك | المتمردون الباسك | المتمردين الباسك
  code   ESPREB

actor Catalan separatists (Spain)
  type   group
  names  الانفصاليون الكتالونيون | الانفصاليين الكتالونيين | الانفصاليون الكاتالونيون | الانفصاليين الكاتالونيين | الانفصاليون في كتالونيا | الانفصاليين في كتالونيا | الانفصاليون في كاتالونيا | الانفصاليين في كاتالونيا | دعاة انفصال كتالونيا | دعاة استقلال كتالونيا
  code   ESPOPP

# a sub-national government takes its country's GOV (guide §2)
actor Government of Catalonia
  type   organ
  names  حكومة كتالونيا | حكومة كاتالونيا | حكومة إقليم كتالونيا | حكومة إقليم كاتالونيا | رئيس حكومة كتالونيا | رئيس حكومة كاتالونيا | رئيس إقليم كتالونيا | رئيس إقليم كاتالونيا
  code   ESPGOV

actor Spanish parties
  type   group
  names  الحزب الشعبي الإسباني | الحزب الشعبي الحاكم في إسبانيا | الحزب الاشتراكي الإسباني | الحزب الاشتراكي العمالي الإسباني | حزب بوديموس | حزب بوديموس اليساري | حزب فوكس | حزب فوكس اليميني المتطرف | حزب سيودادانوس
  code   ESPPTY

# the Provisional IRA ended its armed campaign on 2005-07-28; «الحقيقي» and «الجديد» are the dissident groups
actor IRA (Northern Ireland)
  type   group
  names  الجيش الجمهوري الأيرلندي | الجيش الجمهوري الأيرلندي الحقيقي | الجيش الجمهوري الأيرلندي الجديد | الجيش الجمهوري الأيرلندي المؤقت
  code   GBRREB

# Sinn Fein is an all-Ireland party; Arabic news names it mostly about Northern Ireland, so GBR
actor British parties
  type   group
  names  حزب المحافظين البريطاني | حزب المحافظين الحاكم في بريطانيا | المحافظون البريطانيون | المحافظين البريطانيين | حزب العمال البريطاني | حزب العمال البريطاني المعارض | العماليون البريطانيون | حزب الديمقراطيين الأحرار | الديمقراطيون الأحرار | حزب استقلال المملكة المتحدة | حزب الاستقلال البريطاني | حزب يوكيب | الحزب القومي الاسكتلندي | الحزب الوطني الاسكتلندي | حزب بريكست | الحزب الوحدوي الديمقراطي | شين فين | حزب شين فين
  code   GBRPTY

# bare «حزب المحافظين» is also Canada's; bare «حزب العمال» is also short for other workers' parties
actor British parties (story about Britain)
  type    group
  names   حزب المحافظين | حزب العمال
  code    GBRPTY
  context GBR

# the National Front became National Rally on 2018-06-01; bare «الجبهة الوطنية» and «التجمع الوطني» are left out (shared by many)
actor French parties
  type   group
  names  الحزب الاشتراكي الفرنسي | حزب الاتحاد من أجل حركة شعبية | الاتحاد من أجل حركة شعبية | حزب الجمهوريين الفرنسي | حزب الجمهوريون الفرنسي | حزب الجمهورية إلى الأمام | حركة الجمهورية إلى الأمام | حزب النهضة الفرنسي | حزب فرنسا الأبية | حركة فرنسا الأبية | الجبهة الوطنية الفرنسية | حزب الجبهة الوطنية الفرنسي | حزب الجبهة الوطنية الفرنسية | الجبهة الوطنية اليمينية المتطرفة | حزب الجبهة الوطنية اليميني المتطرف | حزب التجمع الوطني الفرنسي | التجمع الوطني الفرنسي | حزب التجمع الوطني اليميني المتطرف
  code   FRAPTY

actor Yellow vests (France)
  type   group
  names  حركة السترات الصفراء | محتجو السترات الصفراء | محتجي السترات الصفراء | متظاهرو السترات الصفراء | متظاهري السترات الصفراء | أصحاب السترات الصفراء | ذوي السترات الصفراء
  code   FRAOPP

actor FLNC (Corsica)
  type   group
  names  الجبهة الوطنية لتحرير كورسيكا | جبهة التحرير الوطني لكورسيكا | جبهة تحرير كورسيكا | الانفصاليون الكورسيكيون | الانفصاليين الكورسيكيين
  code   FRAREB

actor German parties
  type   group
  names  حزب البديل من أجل ألمانيا | البديل من أجل ألمانيا | حزب البديل لألمانيا | البديل لألمانيا | الاتحاد الديمقراطي المسيحي | حزب الاتحاد الديمقراطي المسيحي | الحزب الديمقراطي المسيحي الألماني | الاتحاد المسيحي الديمقراطي | الاتحاد الاجتماعي المسيحي | الحزب الاشتراكي الديمقراطي الألماني | حزب الخضر الألماني
  code   DEUPTY

actor Pegida (Germany)
  type   group
  names  حركة بيغيدا | بيغيدا | حركة بيجيدا | بيجيدا
  code   DEUOPP

actor Freedom Party of Austria
  type   group
  names  حزب الحرية النمساوي | حزب الحرية اليميني المتطرف النمساوي | حزب الحرية اليميني النمساوي
  code   AUTPTY

actor Party for Freedom (Netherlands)
  type   group
  names  حزب الحرية الهولندي | حزب من أجل الحرية الهولندي | حزب الحرية اليميني الهولندي
  code   NLDPTY

actor Italian parties
  type   group
  names  رابطة الشمال | حزب رابطة الشمال | حزب الرابطة الإيطالي | حزب الرابطة اليميني المتطرف | حركة خمس نجوم | حركة النجوم الخمس | حزب إخوة إيطاليا | حزب فورزا إيطاليا
  code   ITAPTY

# ruled a criminal organisation by an Athens court on 2020-10-07
actor Golden Dawn (Greece)
  type   group
  names  حزب الفجر الذهبي | الفجر الذهبي اليوناني | حزب الفجر الذهبي اليوناني | حزب الفجر الذهبي النازي
  code   GRCPTY

actor Russian parties
  type   group
  names  حزب روسيا الموحدة | روسيا الموحدة | الحزب الشيوعي الروسي | الحزب الليبرالي الديمقراطي الروسي
  code   RUSPTY

# separatists of the two Chechen wars (1994-1996, 1999-2009), the Ichkeria government in exile, and the Caucasus Emirate proclaimed on 2007-10-31
actor Chechen rebels and the Caucasus Emirate
  type   group
  names  المتمردون الشيشان | المتمردين الشيشان | الانفصاليون الشيشان | الانفصاليين الشيشان | الثوار الشيشان | المسلحون الشيشان | المسلحين الشيشان | المقاتلون الشيشان الانفصاليون | جمهورية إيشكيريا | جمهورية إيشكيريا الشيشانية | جمهورية إتشكيريا | إمارة القوقاز | إمارة القوقاز الإسلامية | تنظيم إمارة القوقاز | مسلحو إمارة القوقاز | مسلحي إمارة القوقاز
  code   RUSREB

# proclaimed in April 2014; Russia declared their annexation on 2022-09-30, which Ukraine and the UN do not recognise
actor Donetsk and Luhansk People's Republics
  type   group
  names  جمهورية دونيتسك الشعبية | جمهورية لوغانسك الشعبية | جمهورية لوهانسك الشعبية | جمهورية دونيتسك الشعبية المعلنة من جانب واحد | جمهورية دونيتسك الانفصالية | جمهورية لوغانسك الانفصالية | جمهورية لوهانسك الانفصالية | انفصاليو دونيتسك | انفصاليي دونيتسك | انفصاليو لوغانسك | انفصاليي لوغانسك | الانفصاليون في دونباس | الانفصاليين في دونباس | انفصاليو دونباس | انفصاليي دونباس | الانفصاليون في دونيتسك | الانفصاليين في دونيتسك
  code   UKRREB

# «pro-Russian separatists» are also Georgia's and Moldova's: Ukraine's only in a story about Ukraine
actor Pro-Russian separatists (story about Ukraine)
  type    group
  names   الانفصاليون الموالون لروسيا | الانفصاليين الموالين لروسيا | الانفصاليون الموالون للروس | الانفصاليين الموالين للروس | انفصاليون موالون لروسيا | انفصاليين موالين لروسيا | الانفصاليون الموالون لموسكو | الانفصاليين الموالين لموسكو | المتمردون الموالون لروسيا | المتمردين الموالين لروسيا | المتمردون الموالون لموسكو | المتمردين الموالين لموسكو | الانفصاليون الروس | الانفصاليين الروس | الانفصاليون في شرق أوكرانيا | الانفصاليين في شرق أوكرانيا
  code    UKRREB
  context UKR

# volunteer battalion formed in May 2014, part of Ukraine's National Guard since November 2014
actor Azov regiment (Ukraine)
  type   organ
  names  كتيبة آزوف | فوج آزوف | لواء آزوف | مقاتلو آزوف | مقاتلي آزوف
  code   UKRMIL

actor Abkhaz and South Ossetian separatists (Georgia)
  type   group
  names  الانفصاليون الأبخاز | الانفصاليين الأبخاز | الانفصاليون في أبخازيا | الانفصاليين في أبخازيا | الانفصاليون الأوسيتيون | الانفصاليين الأوسيتيين | الانفصاليون في أوسيتيا الجنوبية | الانفصاليين في أوسيتيا الجنوبية
  code   GEOREB

# Armenian separatists of Nagorno-Karabakh (Azerbaijan); the self-proclaimed republic dissolved on 2024-01-01
actor Nagorno-Karabakh separatists (Azerbaijan)
  type   group
  names  الانفصاليون الأرمن | الانفصاليين الأرمن | الانفصاليون الأرمن في ناغورني قره باغ | الانفصاليين الأرمن في ناغورني قره باغ | الانفصاليون في ناغورني قره باغ | الانفصاليين في ناغورني قره باغ | جمهورية آرتساخ | سلطات قره باغ الانفصالية | القوات الانفصالية في قره باغ
  code   AZEREB

# ================================ Turkey ================================

# AKP: bare «حزب العدالة والتنمية» is also Morocco's PJD (groups.lex leaves it out); see the two context entries
actor AKP (Turkey)
  type   group
  names  حزب العدالة والتنمية التركي | العدالة والتنمية التركي | حزب العدالة والتنمية الحاكم في تركيا | حزب العدالة والتنمية الحاكم التركي | حزب العدالة والتنمية الإسلامي المحافظ | حزب أردوغان | حزب الرئيس أردوغان | حزب الرئيس التركي | الحزب الحاكم في تركيا | الحزب الحاكم التركي
  code   TURPTY

actor AKP (story about Turkey)
  type    group
  names   حزب العدالة والتنمية | العدالة والتنمية | حزب العدالة والتنمية الحاكم | العدالة والتنمية الحاكم
  code    TURPTY
  context TUR

actor Turkish parties (more)
  type   group
  names  حزب العمل القومي | حزب الجيد | حزب الخير | حزب الخير التركي | حزب السعادة التركي | حزب السعادة الإسلامي | حزب الرفاه | حزب الرفاه التركي | حزب الفضيلة التركي | حزب السلام والديمقراطية | حزب المجتمع الديمقراطي | حزب الديمقراطية والتقدم | حزب المستقبل التركي | حزب الوطن الأم
  code   TURPTY

# Turkey blames the coup attempt of 2016-07-15 on it and lists it as a terrorist organisation (FETO): coded OPP; bare «الخدمة», «الكيان الموازي» left out (common words)
actor Gulen movement (Turkey)
  type   group
  names  حركة غولن | جماعة غولن | تنظيم غولن | منظمة غولن | حركة كولن | جماعة كولن | تنظيم كولن | منظمة كولن | حركة فتح الله غولن | جماعة فتح الله غولن | تنظيم فتح الله غولن | منظمة فتح الله غولن | حركة فتح الله كولن | جماعة فتح الله كولن | تنظيم فتح الله كولن | منظمة فتح الله كولن | منظمة فتح الله غولن الإرهابية | تنظيم فتح الله غولن الإرهابي | منظمة غولن الإرهابية | تنظيم غولن الإرهابي | أتباع غولن | أتباع فتح الله غولن | أنصار غولن | أنصار فتح الله غولن | منظمة فيتو الإرهابية | تنظيم فيتو الإرهابي
  code   TUROPP

# PKK variants and umbrella bodies not in groups.lex («حزب العمل الكردستاني» is a common mistranslation)
actor PKK umbrella and offshoots
  type   group
  names  حزب العمل الكردستاني | منظومة المجتمع الكردستاني | منظومة المجتمع الكردستاني كا جا كا | اتحاد مجتمعات كردستان | صقور حرية كردستان | منظمة صقور حرية كردستان | صقور الحرية الكردستانية | قوات الدفاع الشعبي الكردستاني
  code   TURREB

# bare «حزب العمال» is the PKK in a story about Turkey, Iraq or Syria (Britain's Labour in one about Britain)
actor PKK (story about Turkey, Iraq or Syria)
  type    group
  names   حزب العمال | مقاتلو حزب العمال | مقاتلي حزب العمال | عناصر حزب العمال | مسلحو حزب العمال | مسلحي حزب العمال | متمردو حزب العمال | متمردي حزب العمال
  code    TURREB
  context TUR | IRQ | SYR

actor DHKP-C (Turkey)
  type   group
  names  جبهة حزب التحرير الشعبي الثوري | حزب جبهة التحرير الشعبي الثوري | جبهة التحرير الشعبية الثورية | جبهة حزب التحرير الشعبي الثوري اليسارية
  code   TURREB

# ================================ Iraq ================================

# Badr Corps (Iranian-trained, 1982), renamed Badr Organisation in 2003; a core faction of the PMF and a party
actor Badr Organisation (Iraq)
  type   group
  names  منظمة بدر | فيلق بدر | ميليشيا بدر | ميليشيات بدر | مليشيا بدر | مليشيات بدر | قوات بدر | منظمة بدر الشيعية | الأمين العام لمنظمة بدر | زعيم منظمة بدر | مقاتلو منظمة بدر | مقاتلي منظمة بدر
  code   IRQREB

# Sunni tribal Awakening councils, from 2006 in Anbar
actor Sahwa councils (Iraq)
  type   group
  names  مجالس الصحوة | مجالس الصحوات | قوات الصحوة | قوات الصحوات | صحوة الأنبار | مجلس صحوة الأنبار | صحوات الأنبار | صحوات العراق | مقاتلو الصحوة | مقاتلي الصحوة | عناصر الصحوة | عناصر الصحوات | مسلحو الصحوة | مسلحي الصحوة
  code   IRQREB

# «الصحوات» is also the jihadists' name for Syrian rebels who fight them
actor Sahwa (story about Iraq)
  type    group
  names   الصحوات
  code    IRQREB
  context IRQ

actor Iraqi Sunni insurgent groups
  type   group
  names  الجيش الإسلامي في العراق | جماعة أنصار الإسلام | جيش أنصار السنة | جماعة أنصار السنة في العراق | جيش رجال الطريقة النقشبندية | جيش الطريقة النقشبندية | رجال الطريقة النقشبندية | كتائب ثورة العشرين | جيش المجاهدين في العراق | المجلس العسكري لثوار العشائر | المجالس العسكرية لثوار العشائر
  code   IRQREB

# Zarqawi's group (2003-2004), which became al-Qaeda in Iraq; the same name was used by groups in Sinai and Gaza
actor Tawhid wal-Jihad (story about Iraq)
  type    group
  names   جماعة التوحيد والجهاد | تنظيم التوحيد والجهاد
  code    IRQREB
  context IRQ

actor Iraqi Shia armed factions (more)
  type   group
  names  كتائب الإمام علي | سرايا الخراساني | كتائب جند الإمام | لواء أبو الفضل العباس | عصائب أهل الحق العراقية | ربع الله | كتائب سيد الشهداء العراقية | حركة الأوفياء | سرايا عاشوراء
  code   IRQREB

# PKK-linked Yazidi force in Sinjar
actor Sinjar Resistance Units (Iraq)
  type   group
  names  وحدات مقاومة سنجار | وحدات حماية سنجار | وحدات مقاومة شنكال | وحدات حماية شنكال
  code   IRQREB

# Sunni tribal fighters enrolled in the PMF, like it coded as the Iraqi military
actor Tribal Mobilisation (Iraq)
  type   organ
  names  الحشد العشائري | حشد العشائر | قوات الحشد العشائري | مقاتلو الحشد العشائري | مقاتلي الحشد العشائري
  code   IRQMIL

actor Iraqi parties (more)
  type   group
  names  حزب الدعوة الإسلامية | حزب الدعوة | حزب الدعوة الإسلامية العراقي | حزب الدعوة الحاكم | المجلس الأعلى الإسلامي العراقي | المجلس الأعلى الإسلامي | المجلس الأعلى للثورة الإسلامية في العراق | تيار الحكمة | تيار الحكمة الوطني | الحزب الإسلامي العراقي | القائمة العراقية | القائمة العراقية الوطنية | ائتلاف العراقية | ائتلاف الوطنية | تحالف القوى العراقية | اتحاد القوى العراقية | جبهة التوافق العراقية | الائتلاف العراقي الموحد | الائتلاف الوطني العراقي | التحالف الوطني العراقي | تحالف سائرون | تحالف الفتح | ائتلاف النصر | حركة التغيير الكردية | حركة كوران | حركة گوران | الاتحاد الإسلامي الكردستاني | الجماعة الإسلامية الكردستانية | الحزب الشيوعي العراقي | المؤتمر الوطني العراقي
  code   IRQPTY

# the ruling party until the fall of Baghdad (2003-04-09); banned and underground since (armed wing: the Naqshbandi army)
actor Iraqi Baath Party
  type    group
  names   حزب البعث العراقي | حزب البعث المنحل | حزب البعث المحظور | حزب البعث العربي الاشتراكي في العراق | حزب البعث الحاكم في العراق | حزب البعث العراقي المنحل | البعثيون العراقيون | البعثيين العراقيين
  code    IRQPTY ..2003-04-09
  code    IRQREB 2003-04-10..
  default IRQREB

# bare «حزب البعث» is Iraq's in a story about Iraq and Syria's in a story about Syria
actor Baath Party (story about Iraq)
  type    group
  names   حزب البعث | حزب البعث العربي الاشتراكي
  code    IRQPTY ..2003-04-09
  code    IRQREB 2003-04-10..
  default IRQREB
  context IRQ

# Syria's ruling party until the fall of Damascus (2024-12-08); dissolved by the new authorities on 2025-01-29
actor Syrian Baath Party
  type   group
  names  حزب البعث السوري | حزب البعث الحاكم في سوريا | حزب البعث العربي الاشتراكي الحاكم | حزب البعث الحاكم | القيادة القطرية لحزب البعث
  code   SYRPTY

actor Baath Party (story about Syria)
  type    group
  names   حزب البعث | حزب البعث العربي الاشتراكي
  code    SYRPTY
  context SYR

actor Association of Muslim Scholars in Iraq
  type   group
  names  هيئة علماء المسلمين في العراق | هيئة علماء المسلمين العراقية | هيئة علماء المسلمين بالعراق
  code   IRQOPP

# ================================ Syria ================================

actor Syrian armed opposition groups (more)
  type   group
  names  لواء التوحيد | حركة نور الدين الزنكي | كتائب نور الدين الزنكي | جبهة ثوار سوريا | الجبهة الشامية | الجبهة الإسلامية السورية | فرقة السلطان مراد | فرقة الحمزة | فرقة المعتصم | فرقة السلطان سليمان شاه | أحرار الشرقية | تجمع أحرار الشرقية | جيش الشرقية | جيش أسود الشرقية | فيلق المجد | حركة حزم | صقور الشام | ألوية صقور الشام | أجناد الشام | جيش المهاجرين والأنصار | جند الأقصى | تنظيم جند الأقصى | جيش مغاوير الثورة | مغاوير الثورة | جيش إدلب الحر | الفرقة الساحلية الأولى | لواء شهداء اليرموك | حركة المثنى الإسلامية | جيش خالد بن الوليد
  code   SYRREB

# al-Qaeda veterans' cell inside Nusra, targeted by US strikes in 2014
actor Khorasan group (Syria)
  type   group
  names  جماعة خراسان | مجموعة خراسان | خلية خراسان
  code   SYRREB

# Druze militia of Suwayda
actor Men of Dignity (Syria)
  type   group
  names  حركة رجال الكرامة | مشايخ الكرامة | حركة مشايخ الكرامة
  code   SYRREB

# SDF's civil administration in the north-east (declared 2014-01-21), a rebel authority like the SDF itself
actor Autonomous Administration of North and East Syria
  type   group
  names  الإدارة الذاتية الكردية | الإدارة الذاتية لشمال وشرق سوريا | الإدارة الذاتية لشمال شرق سوريا | الإدارة الذاتية الديمقراطية | الإدارة الذاتية في شمال شرق سوريا | الإدارة الذاتية في شمال وشرق سوريا
  code   SYRREB

actor Autonomous Administration (story about Syria)
  type    group
  names   الإدارة الذاتية
  code    SYRREB
  context SYR

actor Kurdish National Council (Syria)
  type   group
  names  المجلس الوطني الكردي | المجلس الوطني الكردي السوري | المجلس الوطني الكردي في سوريا
  code   SYROPP

# banned in Syria since 1980 and in exile
actor Syrian Muslim Brotherhood
  type   group
  names  جماعة الإخوان المسلمين في سوريا | الإخوان المسلمين في سوريا | الإخوان المسلمون في سوريا | جماعة الإخوان المسلمين السورية | إخوان سوريا | الإخوان المسلمين السوريين | المراقب العام للإخوان المسلمين في سوريا
  code   SYROPP

# pro-Assad irregulars, coded like «ميليشيات الأسد» in groups.lex
actor Pro-Assad militias (Syria)
  type   group
  names  الشبيحة | شبيحة النظام | شبيحة الأسد | شبيحة النظام السوري | ميليشيات الشبيحة | مليشيات الشبيحة | ميليشيات الدفاع الوطني | مليشيات الدفاع الوطني | ميليشيا الدفاع الوطني | مليشيا الدفاع الوطني | قوات النمر | قوات سهيل الحسن | لجان الدفاع الشعبي السورية
  code   SYRMIL

# «قوات الدفاع الوطني» is a generic phrase elsewhere (Ethiopia's army, for one)
actor National Defence Forces (story about Syria)
  type    group
  names   قوات الدفاع الوطني | عناصر الدفاع الوطني
  code    SYRMIL
  context SYR

# Afghan and Pakistani Shia brigades raised, paid and commanded by the IRGC's Quds Force for the war in Syria
actor Fatemiyoun and Zainabiyoun brigades
  type   group
  names  لواء فاطميون | ميليشيا فاطميون | ميليشيات فاطميون | مليشيا فاطميون | مليشيات فاطميون | لواء زينبيون | زينبيون | ميليشيا زينبيون | ميليشيات زينبيون | مليشيات زينبيون
  code   IRNMIL

# ================================ Lebanon ================================

# with the South Lebanon Army, Israel's proxy militia, disbanded with the Israeli withdrawal of 2000-05-24
actor Lebanese armed groups (more)
  type   group
  names  سرايا المقاومة | سرايا المقاومة اللبنانية | السرايا اللبنانية لمقاومة الاحتلال الإسرائيلي | فتح الإسلام | تنظيم فتح الإسلام | جماعة فتح الإسلام | مسلحو فتح الإسلام | مسلحي فتح الإسلام | عناصر فتح الإسلام | عصبة الأنصار | عصبة الأنصار الإسلامية | جند الشام | كتائب عبد الله عزام | كتائب عبدالله عزام | سرايا زياد الجراح | جيش لبنان الجنوبي | جيش لحد | ميليشيا لحد | ميليشيات لحد | مليشيا لحد | مليشيات لحد | ميليشيا جيش لبنان الجنوبي | عملاء جيش لحد
  code   LBNREB

actor Lebanese parties (more)
  type   group
  names  تيار المردة | رئيس تيار المردة | الحزب السوري القومي الاجتماعي | الحزب القومي السوري الاجتماعي | الحزب القومي السوري | الحزب الشيوعي اللبناني | حزب الطاشناق | الجماعة الإسلامية في لبنان | الجماعة الإسلامية اللبنانية | حزب التوحيد العربي | حزب الكتلة الوطنية اللبنانية | حزب الوطنيين الأحرار | قوى 14 آذار | تحالف 14 آذار | فريق 14 آذار | تيار 14 آذار | قوى 8 آذار | تحالف 8 آذار | فريق 8 آذار
  code   LBNPTY

# ================================ Palestine and Israel ================================

actor Palestinian armed groups (more)
  type   group
  names  جند أنصار الله | جماعة جند أنصار الله | حركة الصابرين | حركة الصابرين نصرا لفلسطين | الجبهة الشعبية القيادة العامة | الجبهة الشعبية لتحرير فلسطين القيادة العامة | حركة الأحرار الفلسطينية | كتائب المجاهدين الفلسطينية | مجلس شورى المجاهدين في أكناف بيت المقدس
  code   PSEREB

actor Palestinian parties (more)
  type   group
  names  المبادرة الوطنية الفلسطينية | حركة المبادرة الوطنية الفلسطينية | حزب الشعب الفلسطيني | جبهة النضال الشعبي الفلسطيني | الاتحاد الديمقراطي الفلسطيني | حزب فدا | التيار الإصلاحي الديمقراطي في حركة فتح | التيار الإصلاحي في حركة فتح | تيار دحلان
  code   PSEPTY

actor Israeli parties (more)
  type   group
  names  حزب العمل الإسرائيلي | حزب كاديما | كاديما | حزب أزرق أبيض | تحالف أزرق أبيض | حزب يش عتيد | يش عتيد | حزب يوجد مستقبل | حزب هناك مستقبل | حزب إسرائيل بيتنا | إسرائيل بيتنا | حزب البيت اليهودي | البيت اليهودي | حزب شاس | حركة شاس | حزب يهدوت هتوراه | حزب ميرتس | حزب الصهيونية الدينية | حزب القوة اليهودية | حزب عوتسما يهوديت | عوتسما يهوديت | المعسكر الصهيوني | حزب المعسكر الصهيوني | حزب المعسكر الرسمي | حزب يمينا | تحالف يمينا | حزب أمل جديد | حزب كولانو | القائمة العربية المشتركة | القائمة العربية الموحدة | حزب التجمع الوطني الديمقراطي في إسرائيل | الحركة العربية للتغيير
  code   ISRPTY

# short names that are ordinary words or shared elsewhere («حزب العمل» is also Egypt's; «شاس» a place name)
actor Israeli parties (story about Israel)
  type    group
  names   حزب العمل | شاس | أزرق أبيض | القائمة المشتركة
  code    ISRPTY
  context ISR

# Kach was outlawed in Israel in 1994; «price tag» and «hilltop youth» attacks are by organised settler cells
actor Jewish extremist groups (Israel)
  type   group
  names  حركة كاخ | منظمة كاخ | كهانا حي | حركة كهانا حي | تدفيع الثمن | جماعة تدفيع الثمن | عصابات تدفيع الثمن | منظمة تدفيع الثمن | عصابة تدفيع الثمن | شبيبة التلال | فتية التلال | شباب التلال | منظمة لهافا | حركة لهافا | منظمة لاهافا
  code   ISRREB

# the Islamic Movement's northern branch (Raed Salah) was outlawed on 2015-11-17
actor Islamic Movement in Israel
  type   group
  names  الحركة الإسلامية في إسرائيل | الحركة الإسلامية في الداخل الفلسطيني | الحركة الإسلامية في أراضي 48 | الجناح الشمالي للحركة الإسلامية | الحركة الإسلامية الجناح الشمالي | الحركة الإسلامية الشمالية | الحركة الإسلامية الجنوبية | الجناح الجنوبي للحركة الإسلامية
  code   ISROPP

# ================================ Jordan and the Gulf ================================

# licensed branch; the Jordanian courts declared the old society dissolved in 2020
actor Jordanian Muslim Brotherhood
  type   group
  names  جماعة الإخوان المسلمين في الأردن | الإخوان المسلمين في الأردن | الإخوان المسلمون في الأردن | جماعة الإخوان المسلمين الأردنية | إخوان الأردن | جمعية جماعة الإخوان المسلمين | المراقب العام لجماعة الإخوان المسلمين في الأردن
  code   JORPTY

actor Hezbollah al-Hejaz (Saudi Arabia)
  type   group
  names  حزب الله الحجاز | حزب الله الحجازي | حزب الله السعودي | حزب الله في الحجاز
  code   SAUREB

actor Bahraini armed groups
  type   group
  names  سرايا الأشتر | سرايا المختار | سرايا المقاومة الشعبية
  code   BHRREB

actor Bahraini opposition movements
  type   group
  names  ائتلاف شباب ثورة 14 فبراير | ائتلاف 14 فبراير | جمعية العمل الوطني الديمقراطي | جمعية وعد | تيار الوفاء الإسلامي | جمعية العمل الإسلامي البحرينية | حركة حق البحرينية
  code   BHROPP

actor Kuwaiti political groups
  type   group
  names  الحركة الدستورية الإسلامية | الحركة الدستورية الإسلامية حدس | الحركة الدستورية الكويتية | التجمع الإسلامي السلفي | الحركة السلفية الكويتية
  code   KWTPTY

# ================================ Yemen ================================

actor Islah Party (Yemen)
  type   group
  names  حزب التجمع اليمني للإصلاح | التجمع اليمني للإصلاح | حزب الإصلاح اليمني | الإصلاح اليمني | حزب الإصلاح الإسلامي اليمني | إخوان اليمن | الإخوان المسلمين في اليمن
  code   YEMPTY

actor General People's Congress (Yemen)
  type   group
  names  حزب المؤتمر الشعبي العام | المؤتمر الشعبي العام | المؤتمر الشعبي العام اليمني | المؤتمر الشعبي العام الحاكم | الأمين العام للمؤتمر الشعبي العام | جناح صنعاء في المؤتمر الشعبي العام
  code   YEMPTY

# «حزب المؤتمر» is Yemen's GPC in Saudi and Yemeni news (India's Congress elsewhere); «حزب الإصلاح» is also Egypt's and others'
actor Yemeni parties (story about Yemen)
  type    group
  names   حزب المؤتمر | حزب الإصلاح
  code    YEMPTY
  context YEM

# southern protest and secession movement, from 2007; much of it joined the STC (groups.lex) in 2017
actor Southern Movement (Yemen)
  type   group
  names  الحراك الجنوبي | الحراك الجنوبي السلمي | الحراك السلمي الجنوبي | فصائل الحراك الجنوبي | قيادات الحراك الجنوبي | قيادي في الحراك الجنوبي | مكونات الحراك الجنوبي | الحراك الجنوبي المطالب بالانفصال
  code   YEMOPP

# pro-government «popular resistance» of 2015- (1,640 mentions in SaudiNewsNet, nearly all on Yemen): militias, so YEMREB
# (coding guide §2; the dev gold accepts YEMREB and YEMMIL); a common phrase elsewhere
actor Popular Resistance (story about Yemen)
  type    group
  names   المقاومة الشعبية | المقاومة الجنوبية | المقاومة الشعبية الجنوبية | المقاومة الشعبية في تعز | المقاومة الشعبية في عدن | المقاومة الشعبية في مأرب | المقاومة التهامية | المقاومة الشعبية التهامية | رجال المقاومة الشعبية | مقاتلو المقاومة الشعبية | مقاتلي المقاومة الشعبية | عناصر المقاومة الشعبية | لجان المقاومة الشعبية | اللجان الشعبية
  code    YEMREB
  context YEM

# UAE-trained units formally under the army's military regions; Tareq Saleh's forces from 2018
actor Yemeni pro-government units (more)
  type   organ
  names  قوات النخبة الحضرمية | النخبة الحضرمية | قوات النخبة الشبوانية | النخبة الشبوانية | قوات النخبة المهرية | ألوية حراس الجمهورية | قوات حراس الجمهورية | قوات طارق صالح | قوات العميد طارق صالح
  code   YEMMIL

# Ansar al-Sharia is AQAP's name in Yemen (2011-), and the name of separate groups in Libya and Tunisia
actor Ansar al-Sharia (story about Yemen)
  type    group
  names   أنصار الشريعة | تنظيم أنصار الشريعة | جماعة أنصار الشريعة | مسلحو أنصار الشريعة | مسلحي أنصار الشريعة
  code    YEMREB
  context YEM

actor ISIS in Yemen
  type   group
  names  داعش في اليمن | داعش اليمن | تنظيم داعش في اليمن | تنظيم الدولة في اليمن | تنظيم الدولة الإسلامية في اليمن | فرع داعش في اليمن
  code   YEMREB

# ================================ Egypt ================================

# armed in the 1990s, renounced violence in 1997-2003; its party (Building and Development) was founded in 2011
actor Egyptian Islamic Group (Gamaa Islamiya)
  type   group
  names  الجماعة الإسلامية المصرية | الجماعة الإسلامية في مصر | الجماعة الإسلامية بمصر | حزب البناء والتنمية | أمير الجماعة الإسلامية في مصر
  code   EGYPTY

# Egyptian Islamic Jihad (merged into al-Qaeda in June 2001) and the post-2013 cells
actor Egyptian militant groups (more)
  type   group
  names  جماعة الجهاد المصرية | تنظيم الجهاد المصري | جماعة الجهاد الإسلامي المصرية | تنظيم الجهاد الإسلامي المصري | جماعة الجهاد في مصر | حركة لواء الثورة | جماعة لواء الثورة | أجناد مصر | جماعة أجناد مصر | تنظيم أجناد مصر | حركة العقاب الثوري | كتائب الفرقان | جماعة جند الإسلام في سيناء | تنظيم المرابطين في مصر
  code   EGYREB

# the NDP (Mubarak's ruling party) was dissolved by court order on 2011-04-16
actor Egyptian parties (more)
  type   group
  names  الحزب الوطني الديمقراطي | الحزب الوطني الديمقراطي المنحل | الحزب الوطني المنحل | الحزب الوطني الحاكم في مصر | حزب النور | حزب النور السلفي | الدعوة السلفية بالإسكندرية | حزب الوفد | حزب الوفد الجديد | حزب الوفد المصري | حزب مستقبل وطن | حزب المصريين الأحرار | حزب الغد المصري | حزب الوسط المصري | حزب مصر القوية | حزب التجمع المصري
  code   EGYPTY

actor Egyptian opposition movements
  type   group
  names  حركة 6 أبريل | حركة شباب 6 أبريل | حركة السادس من أبريل | حركة كفاية | الحركة المصرية من أجل التغيير | جبهة الإنقاذ الوطني المصرية | التحالف الوطني لدعم الشرعية | التحالف الوطني لدعم الشرعية ورفض الانقلاب | تحالف دعم الشرعية في مصر | المجلس الثوري المصري
  code   EGYOPP

# the 2012-2013 front against Morsi; Tunisia had a front of the same name in 2013
actor National Salvation Front (story about Egypt)
  type    group
  names   جبهة الإنقاذ الوطني | جبهة الإنقاذ
  code    EGYOPP
  context EGY

# transnational network of the Brotherhood's branches; not a militant group, coded as a movement (CAMEO NGM)
actor International Organisation of the Muslim Brotherhood
  type   group
  names  التنظيم الدولي للإخوان | التنظيم الدولي للإخوان المسلمين | التنظيم الدولي لجماعة الإخوان | التنظيم الدولي لجماعة الإخوان المسلمين | التنظيم العالمي للإخوان | التنظيم العالمي للإخوان المسلمين | التنظيم الدولي للجماعة
  code   NGM

# transnational Islamist party (founded 1953 in Jerusalem), non-violent, banned in many states; CAMEO NGM
actor Hizb ut-Tahrir
  type   group
  names  حزب التحرير | حزب التحرير الإسلامي | جماعة حزب التحرير | حزب التحرير الإسلامي المحظور | أعضاء حزب التحرير | ناشطو حزب التحرير
  code   NGM

# ================================ Sudan and South Sudan ================================

# rebels until the unity government of 2005-07-09 (Garang first vice-president); partner in Khartoum and ruling the South to independence (2011-07-09); South Sudan's ruling party since
actor SPLM
  type    group
  names   الحركة الشعبية لتحرير السودان | الحركة الشعبية لتحرير السودان الحاكمة | الحركة الشعبية الحاكمة في جنوب السودان | الحركة الشعبية الحاكمة بجنوب السودان | الأمين العام للحركة الشعبية لتحرير السودان | رئيس الحركة الشعبية لتحرير السودان
  code    SDNREB ..2005-07-08
  code    SDNPTY 2005-07-09..2011-07-08
  code    SSDPTY 2011-07-09..
  default SSDPTY

# SPLA: the SPLM's army; the army of the autonomous South (2005-2011), then South Sudan's army (renamed SSPDF in 2018)
actor SPLA
  type    group
  names   الجيش الشعبي لتحرير السودان | قوات الجيش الشعبي لتحرير السودان | جيش الحركة الشعبية لتحرير السودان | قوات دفاع شعب جنوب السودان | جيش جنوب السودان
  code    SDNREB ..2005-07-08
  code    SDNMIL 2005-07-09..2011-07-08
  code    SSDMIL 2011-07-09..
  default SSDMIL

actor Sudanese rebel movements (more names: SPLM-N, SRF, SLM factions)
  type   group
  names  الجيش الشعبي لتحرير السودان شمال | الحركة الشعبية قطاع الشمال | الحركة الشعبية لتحرير السودان قطاع الشمال | قطاع الشمال بالحركة الشعبية | الحركة الشعبية شمال جناح الحلو | الحركة الشعبية شمال جناح عقار | الحركة الشعبية جناح الحلو | الحركة الشعبية جناح عقار | الحركة الشعبية لتحرير السودان شمال جناح الحلو | الحركة الشعبية لتحرير السودان شمال جناح عقار | الجبهة الثورية السودانية | تحالف الجبهة الثورية السودانية | حركة تحرير السودان جناح مناوي | حركة تحرير السودان جناح عبد الواحد | حركة تحرير السودان جناح عبد الواحد نور | حركة تحرير السودان جناح عبدالواحد نور
  code   SDNREB

actor Sudanese Revolutionary Front (story about Sudan)
  type    group
  names   الجبهة الثورية
  code    SDNREB
  context SDN

# Riek Machar's movement since the war of December 2013; he rejoined the government as first vice-president in 2020
actor SPLM-IO (South Sudan)
  type   group
  names  الحركة الشعبية لتحرير السودان في المعارضة | الحركة الشعبية في المعارضة | الحركة الشعبية لتحرير السودان المعارضة | الجيش الشعبي لتحرير السودان في المعارضة | الجيش الشعبي في المعارضة | قوات مشار | قوات رياك مشار | قوات ريك مشار | المتمردون الموالون لمشار | المتمردين الموالين لمشار | المتمردون الموالون لرياك مشار | المتمردين الموالين لرياك مشار | متمردي جنوب السودان | متمردو جنوب السودان
  code   SSDREB

# bare «الحركة الشعبية», «الجيش الشعبي»: South Sudan's SPLM/SPLA in a story about it; in one about Sudan, the SPLM/SPLA to independence, then SPLM-N
actor SPLM (story about South Sudan)
  type    group
  names   الحركة الشعبية | الحركة الشعبية الحاكمة
  code    SSDPTY
  context SSD

actor SPLA (story about South Sudan)
  type    group
  names   الجيش الشعبي | قوات الجيش الشعبي
  code    SSDMIL
  context SSD

actor SPLM (story about Sudan)
  type    group
  names   الحركة الشعبية
  code    SDNREB ..2005-07-08
  code    SDNPTY 2005-07-09..2011-07-08
  code    SDNREB 2011-07-09..
  default SDNREB
  context SDN

actor SPLA (story about Sudan)
  type    group
  names   الجيش الشعبي | قوات الجيش الشعبي
  code    SDNREB ..2005-07-08
  code    SDNMIL 2005-07-09..2011-07-08
  code    SDNREB 2011-07-09..
  default SDNREB
  context SDN

# the NCP ruled from 1998 until the fall of Bashir (2019-04-11); dissolved by law on 2019-11-28
actor National Congress Party (Sudan)
  type   group
  names  حزب المؤتمر الوطني السوداني | المؤتمر الوطني السوداني | حزب المؤتمر الوطني الحاكم في السودان | المؤتمر الوطني الحاكم في السودان | حزب المؤتمر الوطني المحلول | المؤتمر الوطني المحلول | حزب المؤتمر الوطني الحاكم سابقا | الحركة الإسلامية السودانية | الحركة الإسلامية في السودان
  code   SDNPTY

actor Sudanese parties (more)
  type   group
  names  حزب المؤتمر الشعبي | حزب المؤتمر الشعبي السوداني | المؤتمر الشعبي السوداني | حزب الأمة القومي | حزب الأمة السوداني | حزب الأمة القومي السوداني | الحزب الاتحادي الديمقراطي | الحزب الاتحادي الديمقراطي الأصل | الحزب الشيوعي السوداني | حزب البعث السوداني | حزب المؤتمر السوداني | التجمع الوطني الديمقراطي السوداني
  code   SDNPTY

actor Sudanese parties (story about Sudan)
  type    group
  names   حزب المؤتمر الوطني | المؤتمر الوطني الحاكم | حزب المؤتمر الوطني الحاكم | حزب الأمة | المؤتمر الشعبي
  code    SDNPTY
  context SDN

actor Sudanese Professionals Association and resistance committees
  type   group
  names  تجمع المهنيين السودانيين | تجمع المهنيين السوداني | لجان المقاومة السودانية | لجان المقاومة في السودان | لجان المقاومة بالخرطوم | تنسيقيات لجان المقاومة | تنسيقية القوى الديمقراطية المدنية | تنسيقية تقدم
  code   SDNOPP

actor Chadian rebel groups
  type   group
  names  جبهة التناوب والوفاق في تشاد | جبهة الوفاق من أجل التغيير في تشاد | جبهة التغيير والوفاق في تشاد | اتحاد قوى المقاومة التشادية | اتحاد قوى المقاومة في تشاد | مجلس القيادة العسكرية لإنقاذ الجمهورية | اتحاد القوى من أجل الديمقراطية والتنمية
  code   TCDREB

# ================================ Horn of Africa, Great Lakes, Central and Southern Africa ================================

# Islamic Courts took Mogadishu in June 2006 and were driven out by Ethiopia in December 2006
actor Islamic Courts Union (Somalia)
  type   group
  names  اتحاد المحاكم الإسلامية | المحاكم الإسلامية الصومالية | ميليشيات المحاكم الإسلامية | مليشيات المحاكم الإسلامية | قوات المحاكم الإسلامية | مقاتلو المحاكم الإسلامية | مقاتلي المحاكم الإسلامية | المجلس الأعلى للمحاكم الإسلامية
  code   SOMREB

# bare «المحاكم الإسلامية» (also any sharia court) is the Courts Union only in a story about Somalia
actor Islamic Courts Union (story about Somalia)
  type    group
  names   المحاكم الإسلامية
  code    SOMREB
  context SOM

actor Somali armed groups (more)
  type   group
  names  الحزب الإسلامي الصومالي | الحزب الإسلامي في الصومال | داعش في الصومال | داعش الصومال | تنظيم الدولة في الصومال | تنظيم داعش في الصومال | ميليشيات أهل السنة والجماعة الصومالية | تحالف إعادة تحرير الصومال
  code   SOMREB

actor Ethiopian rebel groups
  type   group
  names  جبهة تحرير أورومو | جبهة تحرير أوروميا | جيش تحرير أورومو | الجبهة الوطنية لتحرير أوغادين | الجبهة الوطنية لتحرير أوجادين | جبهة تحرير أوغادين | جبهة تحرير أوجادين | ميليشيات فانو | مليشيات فانو | ميليشيا فانو | مليشيا فانو | قوات فانو | مقاتلو فانو | مقاتلي فانو
  code   ETHREB

# the EPRDF ruled until it merged into the Prosperity Party on 2019-12-01
actor Ethiopian ruling parties
  type   group
  names  الجبهة الديمقراطية الثورية لشعوب إثيوبيا | الجبهة الديمقراطية الثورية للشعب الإثيوبي | الجبهة الثورية الديمقراطية للشعوب الإثيوبية | الائتلاف الحاكم في إثيوبيا | حزب الازدهار الإثيوبي | حزب الازدهار الحاكم في إثيوبيا
  code   ETHPTY

actor Eritrean ruling party
  type   group
  names  الجبهة الشعبية للديمقراطية والعدالة | الجبهة الشعبية للديمقراطية والعدالة الحاكمة في إريتريا
  code   ERIPTY

# Ugandan rebels; since the 2000s mostly in South Sudan, the DRC and the Central African Republic
actor Lord's Resistance Army
  type   group
  names  جيش الرب للمقاومة | جيش الرب | جيش الرب الأوغندي | متمردو جيش الرب | متمردي جيش الرب | مقاتلو جيش الرب | مقاتلي جيش الرب | متمردو جيش الرب للمقاومة | متمردي جيش الرب للمقاومة | زعيم جيش الرب
  code   UGAREB

# Ugandan Islamist rebels based in eastern DRC; pledged to ISIS (its Central Africa Province) in 2019
actor Allied Democratic Forces
  type   group
  names  القوات الديمقراطية المتحالفة | متمردو القوات الديمقراطية المتحالفة | متمردي القوات الديمقراطية المتحالفة | تحالف القوى الديمقراطية الأوغندي
  code   UGAREB

actor M23 (DR Congo)
  type   group
  names  حركة 23 مارس | حركة إم 23 | متمردو إم 23 | متمردي إم 23 | متمردو حركة 23 مارس | متمردي حركة 23 مارس | المؤتمر الوطني للدفاع عن الشعب
  code   CODREB

# Rwandan Hutu rebels operating from eastern DRC
actor FDLR
  type   group
  names  القوات الديمقراطية لتحرير رواندا | متمردو القوات الديمقراطية لتحرير رواندا | متمردي القوات الديمقراطية لتحرير رواندا | متمردو الهوتو الروانديون | متمردي الهوتو الروانديين
  code   RWAREB

# Seleka took power on 2013-03-24 and was formally dissolved in September 2013; Anti-balaka formed against it
actor Seleka and Anti-balaka (Central African Republic)
  type   group
  names  تحالف سيليكا | سيليكا | حركة سيليكا | ميليشيات سيليكا | مليشيات سيليكا | متمردو سيليكا | متمردي سيليكا | مقاتلو سيليكا | مقاتلي سيليكا | السيليكا السابقون | أنتي بالاكا | ميليشيات أنتي بالاكا | مليشيات أنتي بالاكا | ميليشيا أنتي بالاكا | مليشيا أنتي بالاكا | ميليشيات مكافحة بالاكا | ائتلاف الوطنيين من أجل التغيير
  code   CAFREB

# Islamist insurgency in Cabo Delgado from 2017 (locally «al-Shabaab», not the Somali group)
actor Mozambique insurgents
  type   group
  names  حركة الشباب في موزمبيق | حركة الشباب الموزمبيقية | جماعة أنصار السنة في موزمبيق | داعش في موزمبيق | داعش موزمبيق | تنظيم الدولة في موزمبيق | مسلحو كابو ديلغادو | مسلحي كابو ديلغادو
  code   MOZREB

# UNITA fought until the ceasefire of 2002-04-04 (after Savimbi's death); a party since
actor UNITA (Angola)
  type    group
  names   حركة يونيتا | يونيتا | الاتحاد الوطني من أجل الاستقلال التام لأنغولا | الاتحاد الوطني للاستقلال التام لأنغولا | متمردو يونيتا | متمردي يونيتا
  code    AGOREB ..2002-04-03
  code    AGOPTY 2002-04-04..
  default AGOPTY

actor African National Congress (South Africa)
  type   group
  names  حزب المؤتمر الوطني الأفريقي | المؤتمر الوطني الأفريقي | المؤتمر الوطني الأفريقي الحاكم
  code   ZAFPTY

actor Zimbabwean parties
  type   group
  names  حزب زانو | حزب زانو - الجبهة الوطنية | الاتحاد الوطني الأفريقي الزيمبابوي - الجبهة الوطنية | حزب زانو بي إف | حركة التغيير الديمقراطي | حركة التغيير الديمقراطي الزيمبابوية | حركة التغيير الديمقراطي المعارضة
  code   ZWEPTY

actor Rwandan Patriotic Front
  type   group
  names  الجبهة الوطنية الرواندية | الجبهة الوطنية الرواندية الحاكمة
  code   RWAPTY

# ================================ West Africa and the Sahel ================================

actor Nigerian armed groups (MEND, Ansaru)
  type   group
  names  حركة تحرير دلتا النيجر | حركة تحرير دلتا نهر النيجر | متمردو دلتا النيجر | متمردي دلتا النيجر | مسلحو دلتا النيجر | مسلحي دلتا النيجر | منتقمو دلتا النيجر | منتقمي دلتا النيجر | جماعة أنصارو | أنصارو | جماعة أنصار المسلمين في بلاد السودان
  code   NGAREB

# Ibrahim Zakzaky's Shia movement (banned in 2019) and the Biafra separatists (IPOB)
actor Nigerian opposition movements
  type   group
  names  الحركة الإسلامية في نيجيريا | الحركة الإسلامية النيجيرية | أنصار الزكزاكي | أتباع الزكزاكي | حركة السكان الأصليين في بيافرا | السكان الأصليون في بيافرا | السكان الأصليين في بيافرا | الانفصاليون في بيافرا | الانفصاليين في بيافرا | انفصاليو بيافرا | انفصاليي بيافرا
  code   NGAOPP

actor Nigerian parties
  type   group
  names  حزب المؤتمر التقدمي | حزب المؤتمر التقدمي الحاكم | المؤتمر التقدمي الشامل | حزب المؤتمر التقدمي الشامل | حزب الشعب الديمقراطي النيجيري | حزب الشعب الديمقراطي الحاكم في نيجيريا
  code   NGAPTY

# broke from AQIM in 2011, held Gao in 2012, merged into al-Mourabitoun in August 2013; tied to northern Mali, so MLIREB (it also struck Algeria and Niger)
actor MUJAO
  type   group
  names  حركة التوحيد والجهاد في غرب أفريقيا | جماعة التوحيد والجهاد في غرب أفريقيا | حركة الجهاد والتوحيد في غرب أفريقيا | حركة التوحيد والجهاد بغرب أفريقيا | مسلحو حركة التوحيد والجهاد | مسلحي حركة التوحيد والجهاد
  code   MLIREB

# Belmokhtar's brigades (In Amenas, 2013) and al-Mourabitoun (2013-2017, then JNIM) fought in Algeria, Mali, Niger, Burkina: IMGREB like AQIM; bare «المرابطون» left out
actor Al-Mourabitoun and Belmokhtar's brigades
  type   group
  names  جماعة المرابطون | جماعة المرابطين | تنظيم المرابطون | تنظيم المرابطين | كتيبة المرابطون | كتيبة المرابطين | كتيبة الموقعون بالدماء | كتيبة الموقعين بالدماء | الموقعون بالدماء | الموقعين بالدماء | كتيبة الملثمين | كتيبة الملثمون | جماعة الملثمين
  code   IMGREB

# Islamic State in the Greater Sahara (2015-; Mali, Niger, Burkina Faso): IMGREB like AQIM
actor Islamic State in the Greater Sahara
  type   group
  names  تنظيم الدولة الإسلامية في الصحراء الكبرى | تنظيم الدولة في الصحراء الكبرى | داعش في الصحراء الكبرى | داعش الصحراء الكبرى | تنظيم داعش في الصحراء الكبرى | الدولة الإسلامية في الصحراء الكبرى | تنظيم الدولة في منطقة الساحل
  code   IMGREB

actor Malian armed groups (more)
  type   group
  names  جبهة تحرير ماسينا | كتيبة ماسينا | جبهة ماسينا | الحركة العربية الأزوادية | الحركة العربية للأزواد | جماعة الدفاع الذاتي للطوارق إمغاد وحلفائهم | المجلس الأعلى لوحدة أزواد | الإطار الاستراتيجي الدائم
  code   MLIREB

actor Casamance separatists (Senegal)
  type   group
  names  حركة القوى الديمقراطية في كازامانس | حركة القوى الديمقراطية لكازامانس | متمردو كازامانس | متمردي كازامانس | انفصاليو كازامانس | انفصاليي كازامانس
  code   SENREB

# ================================ Maghreb ================================

# GIA; GSPC (renamed AQIM, IMGREB in groups.lex, in January 2007); AIS (self-dissolved January 2000); Jund al-Khilafa (ISIS affiliate, 2014)
actor Algerian armed Islamist groups
  type   group
  names  الجماعة الإسلامية المسلحة | الجماعة الإسلامية المسلحة الجزائرية | الجماعة الإسلامية المسلحة في الجزائر | الجيا | جماعة الجيا | عناصر الجيا | الجماعة السلفية للدعوة والقتال | الجماعة السلفية للدعوة والقتال الجزائرية | الجماعة السلفية للدعوة والقتال في الجزائر | الجيش الإسلامي للإنقاذ | الجيش الإسلامي للإنقاذ المحل | الجيش الإسلامي للإنقاذ الجزائري | جند الخلافة في أرض الجزائر | جند الخلافة في الجزائر | تنظيم جند الخلافة في الجزائر | تنظيم جند الخلافة الجزائري
  code   DZAREB

# FIS (banned 1992-03-04; bare «الفيس» left out, colloquial for Facebook); MAK and Rachad (listed as terrorist in 2021); the Hirak of 2019-02-22
actor Algerian opposition movements
  type   group
  names  الجبهة الإسلامية للإنقاذ | الجبهة الإسلامية للإنقاذ المحظورة | الجبهة الإسلامية للإنقاذ المحلة | الجبهة الإسلامية للإنقاذ المنحلة | جبهة الإنقاذ الإسلامية | الجبهة الإسلامية للإنقاذ الجزائرية | قيادي في الجبهة الإسلامية للإنقاذ | حركة تقرير المصير في منطقة القبائل | حركة استقلال منطقة القبائل | حركة الحكم الذاتي في منطقة القبائل | حركة انفصال القبائل | حركة الماك | حركة الماك الانفصالية | حركة رشاد | حركة رشاد الإسلامية | الحراك الشعبي الجزائري | الحراك الجزائري | الحراك الشعبي في الجزائر | نشطاء الحراك الجزائري | الحراك الشعبي بالجزائر | جبهة الإنقاذ المحظورة | جبهة الإنقاذ المنحلة | جبهة الإنقاذ المحلة
  code   DZAOPP

# bare «جبهة الإنقاذ» is the FIS in a story about Algeria (Egypt's 2012 front has its own context entry)
actor Islamic Salvation Front (story about Algeria)
  type    group
  names   جبهة الإنقاذ
  code    DZAOPP
  context DZA

actor Algerian parties
  type   group
  names  حركة مجتمع السلم | حركة حمس | حمس الجزائرية | حركة مجتمع السلم الجزائرية | التجمع الوطني الديمقراطي الجزائري | حزب التجمع الوطني الديمقراطي الجزائري | جبهة القوى الاشتراكية | جبهة القوى الاشتراكية الجزائرية | حزب العمال الجزائري | التجمع من أجل الثقافة والديمقراطية | حركة النهضة الجزائرية | جبهة العدالة والتنمية الجزائرية | حركة البناء الوطني | حزب طلائع الحريات | جبهة المستقبل الجزائرية
  code   DZAPTY

actor PJD (Morocco)
  type   group
  names  حزب العدالة والتنمية المغربي | العدالة والتنمية المغربي | حزب العدالة والتنمية الإسلامي المغربي | حزب العدالة والتنمية الإسلامي المعتدل في المغرب | حزب المصباح
  code   MARPTY

actor PJD (story about Morocco)
  type    group
  names   حزب العدالة والتنمية | العدالة والتنمية | حزب العدالة والتنمية الحاكم | العدالة والتنمية الحاكم
  code    MARPTY
  context MAR

actor Moroccan parties
  type   group
  names  حزب الاستقلال المغربي | حزب الأصالة والمعاصرة | الأصالة والمعاصرة | حزب التجمع الوطني للأحرار | التجمع الوطني للأحرار | حزب الاتحاد الاشتراكي للقوات الشعبية | الاتحاد الاشتراكي للقوات الشعبية | حزب التقدم والاشتراكية | حزب الحركة الشعبية المغربي | حزب الاتحاد الدستوري المغربي
  code   MARPTY

actor Moroccan parties (story about Morocco)
  type    group
  names   حزب الاستقلال | حزب الحركة الشعبية | حزب الأحرار | حزب الاتحاد الاشتراكي
  code    MARPTY
  context MAR

actor Moroccan opposition movements
  type   group
  names  جماعة العدل والإحسان | العدل والإحسان | جماعة العدل والإحسان المغربية | حراك الريف | الحراك الشعبي في الريف | حراك الحسيمة | نشطاء حراك الريف | معتقلي حراك الريف | معتقلو حراك الريف | حركة 20 فبراير
  code   MAROPP

actor Moroccan Islamic Combatant Group
  type   group
  names  الجماعة الإسلامية المقاتلة المغربية | الجماعة المغربية المقاتلة
  code   MARREB

# Ben Ali's RCD was dissolved by court order on 2011-03-09
actor Tunisian parties (more)
  type   group
  names  حزب التجمع الدستوري الديمقراطي | التجمع الدستوري الديمقراطي | التجمع الدستوري الديمقراطي المنحل | حزب التجمع المنحل | الحزب الدستوري الحر | حزب قلب تونس | حزب تحيا تونس | حركة تحيا تونس | حزب التيار الديمقراطي | حزب المؤتمر من أجل الجمهورية | المؤتمر من أجل الجمهورية | حزب التكتل الديمقراطي من أجل العمل والحريات | التكتل الديمقراطي من أجل العمل والحريات | الجبهة الشعبية التونسية | ائتلاف الكرامة | حركة الشعب التونسية | حزب آفاق تونس | حزب مشروع تونس | حركة مشروع تونس
  code   TUNPTY

actor Ansar al-Sharia in Tunisia
  type   group
  names  أنصار الشريعة في تونس | أنصار الشريعة التونسي | أنصار الشريعة التونسية | تنظيم أنصار الشريعة في تونس | تنظيم أنصار الشريعة التونسي | جماعة أنصار الشريعة في تونس | جند الخلافة في تونس | كتيبة جند الخلافة
  code   TUNREB

actor Ansar al-Sharia (story about Tunisia)
  type    group
  names   أنصار الشريعة | تنظيم أنصار الشريعة | جماعة أنصار الشريعة | مسلحو أنصار الشريعة | مسلحي أنصار الشريعة
  code    TUNREB
  context TUN

# Ansar al-Sharia in Libya (Benghazi, Derna, Sirte) announced its dissolution on 2017-05-27
actor Ansar al-Sharia in Libya
  type   group
  names  أنصار الشريعة في ليبيا | أنصار الشريعة الليبي | أنصار الشريعة الليبية | تنظيم أنصار الشريعة في ليبيا | جماعة أنصار الشريعة في ليبيا | أنصار الشريعة في بنغازي | أنصار الشريعة في درنة | كتيبة أنصار الشريعة | مجلس شورى مجاهدي درنة | مجلس شورى مجاهدي درنة وضواحيها | قوة حماية درنة | سرايا الدفاع عن بنغازي
  code   LBYREB

actor Ansar al-Sharia (story about Libya)
  type    group
  names   أنصار الشريعة | تنظيم أنصار الشريعة | جماعة أنصار الشريعة | مسلحو أنصار الشريعة | مسلحي أنصار الشريعة
  code    LBYREB
  context LBY

actor Libyan Islamic Fighting Group
  type   group
  names  الجماعة الليبية المقاتلة | الجماعة الإسلامية الليبية المقاتلة | الجماعة الإسلامية المقاتلة الليبية | الجماعة الإسلامية المقاتلة في ليبيا | الجماعة المقاتلة الليبية
  code   LBYREB

# ISIS branch that held Sirte 2015-2016: an affiliate tied to one country, like «داعش سيناء»
actor ISIS in Libya
  type   group
  names  داعش ليبيا | داعش في ليبيا | تنظيم داعش في ليبيا | تنظيم الدولة في ليبيا | تنظيم الدولة الإسلامية في ليبيا | فرع داعش في ليبيا | داعش سرت | داعش في سرت | تنظيم داعش في سرت | تنظيم الدولة في سرت
  code   LBYREB

actor Libyan parties and the Libyan Brotherhood
  type   group
  names  حزب العدالة والبناء | حزب العدالة والبناء الليبي | تحالف القوى الوطنية الليبي | جماعة الإخوان المسلمين في ليبيا | الإخوان المسلمين في ليبيا | الإخوان المسلمون في ليبيا | إخوان ليبيا | جماعة الإخوان المسلمين الليبية
  code   LBYPTY

# «تحالف القوى الوطنية» is Mahmoud Jibril's bloc in Libya and the Sunni parliamentary bloc in Iraq (Salim al-Jubouri's):
# the bare name goes by the story's country.
actor National Forces Alliance (Libya story)
  type    group
  names   تحالف القوى الوطنية
  code    LBYPTY
  context LBY

actor Iraqi Forces Alliance (the Sunni parliamentary bloc)
  type    group
  names   تحالف القوى الوطنية العراقية
  code    IRQPTY

actor Iraqi Forces Alliance (Iraq story)
  type    group
  names   تحالف القوى الوطنية
  code    IRQPTY
  context IRQ

# ================================ Iran ================================

# Baluch (Jundallah, 2003-2010, succeeded by Jaish al-Adl in groups.lex), Ahwazi Arab and Kurdish groups; bare «جند الله» left out (religious phrase)
actor Iranian ethnic armed groups
  type   group
  names  جماعة جند الله | منظمة جند الله | حركة جند الله | جند الله البلوشية | جند الله الإيرانية | جماعة جند الله البلوشية | حركة جند الله البلوشية | زعيم جماعة جند الله | أنصار الفرقان | جماعة أنصار الفرقان | حركة النضال العربي لتحرير الأحواز | حركة النضال العربي لتحرير الأهواز | المقاومة الوطنية الأحوازية | المقاومة الوطنية الأهوازية | الجبهة الديمقراطية الشعبية للشعب العربي الأحوازي | حركة تحرير الأحواز | الجبهة العربية لتحرير الأحواز | الجبهة العربية لتحرير الأهواز | الحزب الديمقراطي الكردستاني الإيراني | الحزب الديمقراطي الكردستاني في إيران | حزب كومله | حزب كوملة | كومله | حزب الكوملة الكردستاني | حزب حرية كردستان | حزب الحرية الكردستاني الإيراني | حركة النضال العربي | حركة النضال العربي الأحوازية
  code   IRNREB

# the NCRI (MEK umbrella) and the Green Movement of 2009; bare «الحركة الخضراء» is in a context entry (environmental movements elsewhere)
actor Iranian opposition movements
  type   group
  names  المجلس الوطني للمقاومة الإيرانية | المجلس الوطني للمقاومة في إيران | الحركة الخضراء الإيرانية | الحركة الخضراء في إيران | قادة الحركة الخضراء | زعماء الحركة الخضراء | أنصار الحركة الخضراء
  code   IRNOPP

actor Green Movement (story about Iran)
  type    group
  names   الحركة الخضراء
  code    IRNOPP
  context IRN

# ================================ Afghanistan, Pakistan, India, Bangladesh ================================

# Hekmatyar's Hezb-e Islami fought until its peace agreement with Kabul (signed by President Ghani on 2016-09-29)
actor Hezb-e Islami (Afghanistan)
  type    group
  names   الحزب الإسلامي الأفغاني | الحزب الإسلامي بزعامة حكمتيار | الحزب الإسلامي بزعامة قلب الدين حكمتيار | الحزب الإسلامي بقيادة حكمتيار | الحزب الإسلامي بقيادة قلب الدين حكمتيار | الحزب الإسلامي الذي يتزعمه حكمتيار | الحزب الإسلامي الذي يتزعمه قلب الدين حكمتيار | الحزب الإسلامي في أفغانستان | مقاتلو الحزب الإسلامي | مقاتلي الحزب الإسلامي
  code    AFGREB ..2016-09-28
  code    AFGPTY 2016-09-29..
  default AFGPTY

# the anti-Taliban United Front of 1996-2001
actor Northern Alliance (Afghanistan)
  type   group
  names  تحالف الشمال | تحالف الشمال الأفغاني | قوات تحالف الشمال | التحالف الشمالي الأفغاني | الجبهة المتحدة الإسلامية لإنقاذ أفغانستان | الجبهة الإسلامية المتحدة لإنقاذ أفغانستان
  code   AFGREB

# Ahmad Massoud's front against the Taliban since August 2021; the Lebanese resistance front of 1982 had the same name
actor National Resistance Front (Afghanistan)
  type   group
  names  جبهة المقاومة الوطنية الأفغانية | جبهة المقاومة الوطنية في أفغانستان | جبهة المقاومة الوطنية لأفغانستان | قوات المقاومة في بنجشير | مقاتلو بنجشير | مقاتلي بنجشير
  code   AFGREB

actor National Resistance Front (story about Afghanistan)
  type    group
  names   جبهة المقاومة الوطنية
  code    AFGREB
  context AFG

actor Lashkar-e-Taiba (Pakistan)
  type   group
  names  عسكر طيبة | جماعة عسكر طيبة | منظمة عسكر طيبة | لشكر طيبة | جماعة لشكر طيبة | لشكر إي طيبة | مسلحو عسكر طيبة | مسلحي عسكر طيبة | جماعة الدعوة الباكستانية | جماعة الدعوة في باكستان | جماعة الدعوة المحظورة | مؤسسة فلاح الإنسانية
  code   PAKREB

# bare «جيش محمد» is also a rally chant («جيش محمد سوف يعود»): see the context entry
actor Jaish-e-Mohammed (Pakistan)
  type   group
  names  جماعة جيش محمد | تنظيم جيش محمد | منظمة جيش محمد | جيش محمد الباكستانية | جيش محمد الباكستاني | مسلحو جيش محمد | مسلحي جيش محمد | زعيم جماعة جيش محمد
  code   PAKREB

actor Pakistani militant groups (story about Pakistan or India)
  type    group
  names   جيش محمد | جماعة الأحرار | جماعة الدعوة
  code    PAKREB
  context PAK | IND

actor Sectarian and splinter militant groups (Pakistan)
  type   group
  names  عسكر جهنكوي | لشكر جهنكوي | لشكر جنجوي | عسكر جنجوي | لشكر جهنجوي | جماعة عسكر جهنكوي | جماعة لشكر جهنكوي | جماعة لشكر جنجوي | جيش الصحابة | جيش الصحابة الباكستاني | سباه صحابة | جماعة سباه صحابة | جماعة الأحرار الباكستانية | جماعة الأحرار المنشقة عن طالبان | جماعة الأحرار المنشقة عن حركة طالبان باكستان | حركة المجاهدين الباكستانية | حركة الأنصار الباكستانية
  code   PAKREB

actor Baloch separatists (Pakistan)
  type   group
  names  جيش تحرير بلوشستان | جيش تحرير بلوشستان الانفصالي | جيش تحرير البلوش | جبهة تحرير بلوشستان | جبهة تحرير البلوش | الجيش الجمهوري البلوشي | جيش بلوشستان الجمهوري | المتمردون البلوش في باكستان | انفصاليو بلوشستان | انفصاليي بلوشستان
  code   PAKREB

# Baluch insurgents fight both Pakistan and Iran: the generic phrases follow the story's country
actor Baloch insurgents (story about Pakistan)
  type    group
  names   المتمردون البلوش | المتمردين البلوش | الانفصاليون البلوش | الانفصاليين البلوش
  code    PAKREB
  context PAK

actor Baloch insurgents (story about Iran)
  type    group
  names   المتمردون البلوش | المتمردين البلوش | الانفصاليون البلوش | الانفصاليين البلوش
  code    IRNREB
  context IRN

actor Pakistani parties
  type   group
  names  حزب الرابطة الإسلامية الباكستانية | الرابطة الإسلامية الباكستانية | حزب الرابطة الإسلامية | حزب الرابطة الإسلامية جناح نواز | الرابطة الإسلامية جناح نواز | حزب الرابطة الإسلامية الحاكم | حزب الشعب الباكستاني | حزب الشعب الباكستاني الحاكم | حركة الإنصاف الباكستانية | حزب حركة الإنصاف | حزب حركة الإنصاف الباكستانية | حركة الإنصاف | حزب الإنصاف الباكستاني | الجماعة الإسلامية الباكستانية | الجماعة الإسلامية في باكستان | جمعية علماء الإسلام | جمعية علماء الإسلام الباكستانية | جمعية علماء الإسلام جناح فضل الرحمن | الحركة القومية المتحدة | حزب الحركة القومية المتحدة | حزب عوامي الوطني
  code   PAKPTY

# al-Qaeda's South Asian branch (announced 2014-09-03): Pakistan, India, Bangladesh, Myanmar, so IMGREB
actor AQIS
  type   group
  names  تنظيم القاعدة في شبه القارة الهندية | القاعدة في شبه القارة الهندية | قاعدة الجهاد في شبه القارة الهندية | فرع القاعدة في شبه القارة الهندية
  code   IMGREB

# Kashmiri groups fighting in Indian-administered Kashmir; Hizbul Mujahideen is Kashmiri-led, so INDREB
actor Kashmiri armed groups (India)
  type   group
  names  حزب المجاهدين الكشميري | حزب المجاهدين في كشمير | جماعة حزب المجاهدين | حزب المجاهدين الكشميرية | جبهة تحرير جامو وكشمير | جبهة تحرير جامو كشمير | المتمردون الكشميريون | المتمردين الكشميريين | المسلحون الكشميريون | المسلحين الكشميريين | الانفصاليون الكشميريون | الانفصاليين الكشميريين | المجاهدون الهنود | جماعة المجاهدين الهنود | جبهة تحرير كشمير
  code   INDREB

actor Hurriyat Conference (Kashmir)
  type   group
  names  مؤتمر الحرية لجميع الأحزاب | مؤتمر الحريات لكل الأحزاب | مؤتمر الحريات لعموم الأحزاب | مؤتمر حريات كل الأحزاب | مؤتمر الحرية لكل الأحزاب | مؤتمر حريات جميع الأحزاب
  code   INDOPP

actor Naxalites (India)
  type   group
  names  الناكساليت | المتمردون الناكساليون | المتمردين الناكساليين | المتمردون الماويون في الهند | المتمردين الماويين في الهند | الحزب الشيوعي الهندي الماوي | الماويون في الهند | الماويين في الهند
  code   INDREB

actor Maoists (story about India)
  type    group
  names   الماويون | الماويين | المتمردون الماويون | المتمردين الماويين | المسلحون الماويون | المسلحين الماويين
  code    INDREB
  context IND

actor Indian parties
  type   group
  names  حزب بهاراتيا جاناتا | بهاراتيا جاناتا | حزب بهاراتيا جاناتا الحاكم | حزب بهاراتيا جاناتا القومي الهندوسي | الحزب القومي الهندوسي | حزب المؤتمر الهندي | حزب المؤتمر الوطني الهندي | المؤتمر الوطني الهندي | حزب المؤتمر الحاكم في الهند | حزب المؤتمر الهندي المعارض | منظمة راشتريا سوايامسيفاك سانغ | منظمة آر إس إس الهندوسية
  code   INDPTY

actor Indian parties (story about India)
  type    group
  names   حزب المؤتمر | حزب المؤتمر المعارض | حزب المؤتمر الحاكم
  code    INDPTY
  context IND

actor Bangladeshi militant groups
  type   group
  names  جماعة المجاهدين في بنغلاديش | جماعة المجاهدين البنغلاديشية | جماعة المجاهدين بنغلاديش | جماعة المجاهدين في بنغلادش | جماعة المجاهدين البنغالية | أنصار الإسلام البنغالية | فريق أنصار الله البنغالي
  code   BGDREB

actor Bangladeshi parties
  type   group
  names  الجماعة الإسلامية في بنغلاديش | الجماعة الإسلامية البنغلاديشية | الجماعة الإسلامية في بنغلادش | الجماعة الإسلامية البنغالية | رابطة عوامي | حزب رابطة عوامي | حزب رابطة عوامي الحاكم | رابطة عوامي الحاكمة | الحزب الوطني البنغلاديشي | حزب بنغلاديش الوطني | الحزب الوطني البنغالي
  code   BGDPTY

# ================================ Sri Lanka, Nepal, Myanmar ================================

# defeated on 2009-05-18
actor Tamil Tigers (LTTE)
  type   group
  names  نمور التاميل | نمور تحرير تاميل إيلام | جبهة نمور تحرير تاميل إيلام | حركة نمور تحرير تاميل إيلام | حركة نمور التاميل | منظمة نمور التاميل | متمردو نمور التاميل | متمردي نمور التاميل | متمردو التاميل | متمردي التاميل | المتمردون التاميل | المتمردين التاميل | مقاتلو نمور التاميل | مقاتلي نمور التاميل
  code   LKAREB

# blamed for the Easter Sunday bombings of 2019-04-21
actor National Thowheeth Jama'ath (Sri Lanka)
  type   group
  names  جماعة التوحيد الوطنية | جماعة التوحيد الوطني | جماعة التوحيد الوطنية السريلانكية | جماعة التوحيد الوطنية في سريلانكا
  code   LKAREB

# Nepal's Maoists fought until the Comprehensive Peace Accord of 2006-11-21, then entered parliament and government
actor Nepal Maoists
  type    group
  names   الحزب الشيوعي النيبالي الماوي | الحزب الشيوعي النيبالي الموحد الماوي | الحزب الشيوعي الماوي في نيبال | المتمردون الماويون في نيبال | المتمردين الماويين في نيبال | الماويون في نيبال | الماويين في نيبال | الماويون النيباليون | الماويين النيباليين | المتمردون الماويون النيباليون | المتمردين الماويين النيباليين | متمردو نيبال الماويون
  code    NPLREB ..2006-11-21
  code    NPLPTY 2006-11-22..
  default NPLPTY

actor Maoists (story about Nepal)
  type    group
  names   الماويون | الماويين | المتمردون الماويون | المتمردين الماويين | المسلحون الماويون | المسلحين الماويين
  code    NPLREB ..2006-11-21
  code    NPLPTY 2006-11-22..
  default NPLPTY
  context NPL

actor Arakan Army (Myanmar)
  type   group
  names  جيش أراكان | جيش أراكان البوذي | متمردو جيش أراكان | متمردي جيش أراكان | مقاتلو جيش أراكان | مقاتلي جيش أراكان
  code   MMRREB

actor ARSA (Myanmar)
  type   group
  names  جيش إنقاذ روهينغا أراكان | جيش إنقاذ الروهينغا في أراكان | جيش خلاص روهينغا أراكان | جيش إنقاذ روهينجا أراكان | جيش أراكان لإنقاذ الروهينغا | جيش أراكان لإنقاذ الروهينجا | جيش إنقاذ الروهنغيا في أراكان | مسلحو الروهينغا | مسلحي الروهينغا | حركة اليقين
  code   MMRREB

actor Myanmar parties
  type   group
  names  الرابطة الوطنية من أجل الديمقراطية | الرابطة الوطنية للديمقراطية | حزب الرابطة الوطنية من أجل الديمقراطية | حزب الرابطة الوطنية للديمقراطية | حزب الاتحاد للتضامن والتنمية | حزب الاتحاد والتضامن والتنمية
  code   MMRPTY

# ================================ South-East and East Asia ================================

actor Abu Sayyaf Group (Philippines)
  type   group
  names  جماعة أبو سياف | جماعة أبوسياف | جماعة أبو سياف الإرهابية | جماعة أبو سياف المتطرفة | تنظيم أبو سياف | مجموعة أبو سياف | مسلحو أبو سياف | مسلحي أبو سياف | مسلحو جماعة أبو سياف | مسلحي جماعة أبو سياف | مقاتلو أبو سياف | مقاتلي أبو سياف | عناصر أبو سياف | عناصر جماعة أبو سياف | متمردو أبو سياف | متمردي أبو سياف | خاطفو أبو سياف
  code   PHLREB

# the MNLF (peace deal 1996) and the MILF (Bangsamoro agreement 2014, leads the Bangsamoro transition authority since 2019)
actor Moro liberation fronts (Philippines)
  type   group
  names  جبهة تحرير مورو الإسلامية | جبهة مورو الإسلامية للتحرير | الجبهة الإسلامية لتحرير مورو | جبهة مورو الإسلامية | جبهة تحرير مورو الإسلامي | متمردو جبهة تحرير مورو الإسلامية | متمردي جبهة تحرير مورو الإسلامية | متمردو جبهة مورو | متمردي جبهة مورو | مقاتلو جبهة تحرير مورو الإسلامية | الجبهة الوطنية لتحرير مورو | جبهة تحرير مورو الوطنية | الجبهة الوطنية لتحرير شعب مورو | جبهة مورو الوطنية للتحرير | جبهة مورو الوطنية
  code   PHLREB

actor New People's Army (Philippines)
  type   group
  names  جيش الشعب الجديد | الحزب الشيوعي الفلبيني | الحزب الشيوعي في الفلبين | المتمردون الشيوعيون في الفلبين | المتمردين الشيوعيين في الفلبين | متمردو جيش الشعب الجديد | متمردي جيش الشعب الجديد
  code   PHLREB

# held Marawi from May to October 2017
actor Maute group (Philippines)
  type   group
  names  جماعة ماوتي | جماعة ماوت | تنظيم ماوتي | مسلحو ماوتي | مسلحي ماوتي | مسلحو جماعة ماوتي | مسلحي جماعة ماوتي | مقاتلو جماعة ماوتي | مقاتلي جماعة ماوتي | مقاتلون بانغسامورو الإسلاميون من أجل الحرية | مقاتلو بانغسامورو الإسلاميون من أجل الحرية
  code   PHLREB

# regional network rooted and mostly active in Indonesia; bare «الجماعة الإسلامية» left out (Egypt's, Pakistan's, Bangladesh's, Lebanon's groups share it)
actor Jemaah Islamiyah (Indonesia)
  type   group
  names  الجماعة الإسلامية الإندونيسية | الجماعة الإسلامية في إندونيسيا | الجماعة الإسلامية بإندونيسيا | الجماعة الإسلامية في جنوب شرق آسيا | الجماعة الإسلامية المتشددة في إندونيسيا | جماعة أنصار الدولة | جماعة أنصار الدولة الإندونيسية | جماعة أنصار التوحيد الإندونيسية | مجاهدي إندونيسيا الشرقية | جماعة مجاهدي إندونيسيا الشرقية
  code   IDNREB

# Free Aceh Movement: peace agreement of Helsinki, 2005-08-15
actor Free Aceh Movement (Indonesia)
  type   group
  names  حركة آتشيه الحرة | حركة أتشه الحرة | حركة تحرير آتشيه | متمردو آتشيه | متمردي آتشيه
  code   IDNREB

actor Southern Thailand insurgents
  type   group
  names  المنظمة المتحدة لتحرير باتاني | جبهة باريسان الثورية الوطنية | الجبهة الثورية الوطنية في تايلاند | المتمردون المسلمون في جنوب تايلاند | المتمردين المسلمين في جنوب تايلاند | المتمردون في جنوب تايلاند | المتمردين في جنوب تايلاند | المسلحون في جنوب تايلاند | المسلحين في جنوب تايلاند
  code   THAREB

# red shirts (pro-Thaksin) and yellow shirts (royalist) protest movements
actor Thai protest movements (story about Thailand)
  type    group
  names   القمصان الحمر | أصحاب القمصان الحمر | ذوي القمصان الحمر | ذوو القمصان الحمر | أنصار القمصان الحمر | متظاهرو القمصان الحمر | متظاهري القمصان الحمر | القمصان الحمراء | أصحاب القمصان الحمراء | القمصان الصفر | أصحاب القمصان الصفر | ذوي القمصان الصفر | القمصان الصفراء | أصحاب القمصان الصفراء
  code    THAOPP
  context THA

actor Thai parties
  type   group
  names  حزب بويا تاي | بويا تاي | حزب بويا تاي الحاكم | حزب من أجل التايلانديين | حزب الديمقراطيين التايلاندي | الحزب الديمقراطي التايلاندي | حزب المستقبل إلى الأمام
  code   THAPTY

actor Malaysian parties
  type   group
  names  المنظمة الوطنية الملايوية المتحدة | المنظمة الوطنية الماليزية المتحدة | حزب أمنو | أمنو | الحزب الإسلامي الماليزي | الحزب الإسلامي الماليزي باس | حزب باس | حزب باس الإسلامي | حزب العمل الديمقراطي الماليزي
  code   MYSPTY

# Uyghur militants (ETIM; the Turkistan Islamic Party that fights in Syria); coded by the state they fight
actor East Turkestan Islamic Movement
  type   group
  names  الحركة الإسلامية لتركستان الشرقية | حركة تركستان الشرقية الإسلامية | حركة تركستان الشرقية | الحركة الإسلامية في تركستان الشرقية | حركة شرق تركستان الإسلامية | الحزب الإسلامي التركستاني | الحزب الإسلامي التركستاني لنصرة أهل الشام | الحزب الإسلامي التركستاني في سوريا | مقاتلو الحزب الإسلامي التركستاني | مقاتلي الحزب الإسلامي التركستاني | الانفصاليون الأويغور | الانفصاليين الأويغور | الانفصاليون الإيغور | الانفصاليين الإيغور | المسلحون الأويغور | المسلحين الأويغور
  code   CHNREB

actor Chinese opposition groups
  type   group
  names  المؤتمر العالمي للأويغور | المؤتمر الأويغوري العالمي | المؤتمر العالمي للإيغور | حركة فالون غونغ | فالون غونغ | فالون جونج | جماعة فالون غونغ | الحكومة التبتية في المنفى | حكومة التبت في المنفى
  code   CHNOPP

actor Taiwanese parties
  type   group
  names  الحزب التقدمي الديمقراطي التايواني | الحزب الديمقراطي التقدمي التايواني | الحزب الديمقراطي التقدمي الحاكم في تايوان | حزب الكومينتانغ | الكومينتانغ | حزب الكومينتانج | الكومينتانج | الحزب القومي الصيني
  code   TWNPTY

actor Workers' Party of Korea
  type   group
  names  حزب العمال الكوري | حزب العمال الكوري الحاكم | حزب العمال الحاكم في كوريا الشمالية | حزب العمال الكوري الشمالي | اللجنة المركزية لحزب العمال الكوري | المكتب السياسي لحزب العمال الكوري
  code   PRKPTY

actor Liberal Democratic Party (Japan)
  type   group
  names  الحزب الليبرالي الديمقراطي الياباني | الحزب الديمقراطي الليبرالي الياباني | الحزب الليبرالي الديمقراطي الحاكم في اليابان | الحزب الديمقراطي الليبرالي الحاكم في اليابان
  code   JPNPTY

# ================================ Central Asia ================================

actor Islamic Movement of Uzbekistan
  type   group
  names  الحركة الإسلامية في أوزبكستان | الحركة الإسلامية الأوزبكية | حركة أوزبكستان الإسلامية | الحركة الإسلامية لأوزبكستان | مقاتلو الحركة الإسلامية في أوزبكستان | مسلحو الحركة الإسلامية في أوزبكستان
  code   UZBREB

# banned in Tajikistan in 2015
actor Islamic Renaissance Party of Tajikistan
  type   group
  names  حزب النهضة الإسلامي في طاجيكستان | حزب النهضة الإسلامية في طاجيكستان | حزب النهضة الإسلامي الطاجيكي | حزب النهضة الإسلامية الطاجيكي
  code   TJKOPP
