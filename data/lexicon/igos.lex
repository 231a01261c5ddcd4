@kind      actors
@title     International organisations (IGOs) and international NGOs that appear in Arabic news
@source    Names and founding/renaming dates from the organisations' own public record; curated by hand
@source    Code convention: CAMEO/Phoenix IGO codes as in shared/spec/coding-guide.md §2, extended with GDELT-style CAMEO "known group" codes
@source    Spelling ideas checked against shared/lexicon-sources/upetrarch-arabic/actor_dict_ar_v4.txt (UniversalPetrarch, MIT); every entry re-checked, none copied
@licence   CC BY 4.0 (this file); facts are not copyrightable
@curated   2026-11-29

# CODE CONVENTION (the whole IGO code is the scoring identity, so it matters):
#   IGO + region/family + organisation, as in the coding guide:
#     IGOUNO       UN, its principal organs (Security Council, General Assembly, Secretariat, Human Rights Council),
#                  its missions, envoys and peacekeepers, and UN programmes with no well-known CAMEO code
#                  (UNRWA, UNESCO, UNDP, OCHA, UNFPA, UNIFIL, UNSMIL ...)
#     IGOUNOxxx    UN specialised agencies with a well-known CAMEO agency code:
#                  WHO IGOUNOWHO, UNHCR IGOUNOHCR, UNICEF IGOUNOKID, WFP IGOUNOWFP, FAO IGOUNOFAO, ILO IGOUNOILO,
#                  OHCHR IGOUNOHCH, IAEA IGOUNOIAE, ICJ IGOUNOICJ, World Bank IGOUNOWBK, IMF IGOUNOIMF, IOM IGOUNOIOM
#     IGOEUREEC    European Union (all its institutions)        IGOMEAARL  Arab League (and its organs)
#     IGOMEAGCC    Gulf Cooperation Council                     IGOAFRAFU  African Union
#     IGOWSTNAT    NATO                                         IGOMOSOIC  Organisation of Islamic Cooperation
#     IGOBUSOPC    OPEC (and OPEC+)                             IGOBUSWTO  World Trade Organization
#     IGOJUDICC    International Criminal Court (not a UN organ, so not IGOUNO)
#     IGOMEAAMU    Arab Maghreb Union   IGOAFRWAS  ECOWAS   IGOAFROAU  OAU (to 2002)   IGOITP  Interpol
#     IGOOPW       OPCW (no CAMEO code known; own code)   IGOEUROSC  OSCE (likewise)
#   International NGOs: primary code NGO + CAMEO known-group code where one exists:
#     NGOIRC ICRC, NGOCRC IFRC, NGOMSF Médecins Sans Frontières, NGOAMN Amnesty, NGOHRW Human Rights Watch,
#     NGOXFM Oxfam, NGOICG International Crisis Group; plain NGO otherwise.
#   National Red Crescent societies are not here: «الهلال الأحمر» + nisba is an agent (HLH) in agents.lex.
#   «المجتمع الدولي» has no code (coding guide §2) and is deliberately absent.

# ============================== United Nations ==============================

actor United Nations
  type   igo
  names  الأمم المتحدة | منظمة الأمم المتحدة | هيئة الأمم المتحدة | المنظمة الدولية | المنظمة الأممية | الأمانة العامة للأمم المتحدة
  code   IGOUNO

actor UN Secretary-General
  type   igo
  names  الأمين العام للأمم المتحدة | الأمين العام للمنظمة الدولية | الأمين العام الأممي | أمين عام الأمم المتحدة | الأمين العام لمنظمة الأمم المتحدة | نائب الأمين العام للأمم المتحدة | المتحدث باسم الأمين العام للأمم المتحدة | المتحدث باسم الأمم المتحدة
  code   IGOUNO

actor UN Security Council
  type   igo
  names  مجلس الأمن | مجلس الأمن الدولي | مجلس الأمن التابع للأمم المتحدة | مجلس الأمن الدولي التابع للأمم المتحدة | رئيس مجلس الأمن | أعضاء مجلس الأمن | لجنة العقوبات التابعة لمجلس الأمن
  code   IGOUNO

actor UN General Assembly
  type   igo
  names  الجمعية العامة للأمم المتحدة | الجمعية العامة | رئيس الجمعية العامة للأمم المتحدة
  code   IGOUNO

actor UN Human Rights Council
  type   igo
  names  مجلس حقوق الإنسان | مجلس حقوق الإنسان التابع للأمم المتحدة | مجلس حقوق الإنسان الأممي | مجلس الأمم المتحدة لحقوق الإنسان
  code   IGOUNO

# the special envoy / representative of the Secretary-General, in any country
actor UN envoys and coordinators
  type   igo
  names  المبعوث الأممي | المبعوثة الأممية | مبعوث الأمم المتحدة | مبعوثة الأمم المتحدة | المبعوث الخاص للأمم المتحدة | المبعوث الدولي | المبعوث الخاص للأمين العام | المبعوث الخاص للأمين العام للأمم المتحدة | الممثل الخاص للأمين العام | الممثلة الخاصة للأمين العام | الممثل الخاص للأمين العام للأمم المتحدة | الممثلة الخاصة للأمين العام للأمم المتحدة | المنسق الأممي | منسق الأمم المتحدة | منسقة الأمم المتحدة | المنسق الخاص للأمم المتحدة | منسق الأمم المتحدة للشؤون الإنسانية | منسقة الأمم المتحدة للشؤون الإنسانية | المنسق المقيم للأمم المتحدة | المنسق الإنساني للأمم المتحدة | المنسقة الإنسانية للأمم المتحدة | منسق الشؤون الإنسانية للأمم المتحدة | منسق الأمم المتحدة الإنساني | المنسق الإنساني الأممي | منسق الإغاثة في الأمم المتحدة | منسق الإغاثة الطارئة في الأمم المتحدة
  code   IGOUNO

actor UN missions
  type   igo
  names  بعثة الأمم المتحدة | البعثة الأممية | بعثة الأمم المتحدة للدعم في ليبيا | البعثة الأممية في ليبيا | البعثة الأممية للدعم في ليبيا | بعثة الدعم الأممية في ليبيا | أونسميل | بعثة الأمم المتحدة لمساعدة العراق | يونامي | بعثة يونامي | بعثة الأمم المتحدة في اليمن | بعثة الأمم المتحدة لدعم اتفاق الحديدة | بعثة الأمم المتحدة في جنوب السودان | بعثة الأمم المتحدة المتكاملة في السودان | يونيتامس | بعثة المينورسو | المينورسو | بعثة الأمم المتحدة لتنظيم استفتاء في الصحراء الغربية | بعثة الأمم المتحدة في مالي | مينوسما | موظفو الأمم المتحدة | مسؤولو الأمم المتحدة | مسؤول في الأمم المتحدة | مسؤول أممي | مسؤولون أمميون
  code   IGOUNO

actor UN peacekeepers
  type   igo
  names  قوات حفظ السلام | قوات حفظ السلام الدولية | قوات حفظ السلام الأممية | قوات حفظ السلام التابعة للأمم المتحدة | جنود حفظ السلام | قوة حفظ السلام | قوات الأمم المتحدة | القوات الأممية | قوة الأمم المتحدة | الخوذ الزرق | القبعات الزرق | قوة الأمم المتحدة لمراقبة فض الاشتباك | أندوف
  code   IGOUNO

actor UNIFIL
  type   igo
  names  اليونيفيل | قوات اليونيفيل | قوة اليونيفيل | قوة الأمم المتحدة المؤقتة في لبنان | قوات الأمم المتحدة المؤقتة في لبنان | قوات الطوارئ الدولية | قوات الطوارئ الدولية في لبنان | قوة الطوارئ الدولية | قوات الطوارئ الأممية | قوة الطوارئ الأممية | القوات الدولية في جنوب لبنان
  code   IGOUNO

actor UNRWA
  type   igo
  names  الأونروا | وكالة الأونروا | الأنروا | وكالة غوث وتشغيل اللاجئين الفلسطينيين | وكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين الفلسطينيين | وكالة الأمم المتحدة لغوث وتشغيل اللاجئين الفلسطينيين | وكالة غوث اللاجئين الفلسطينيين | وكالة غوث اللاجئين | وكالة الغوث | المفوض العام للأونروا
  code   IGOUNO

actor UN OCHA
  type   igo
  names  مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية | مكتب تنسيق الشؤون الإنسانية | مكتب تنسيق الشؤون الإنسانية التابع للأمم المتحدة | أوتشا | مكتب أوتشا | وكيل الأمين العام للشؤون الإنسانية
  code   IGOUNO

actor UNESCO
  type   igo
  names  اليونسكو | منظمة اليونسكو | منظمة الأمم المتحدة للتربية والعلم والثقافة
  code   IGOUNO

actor UNDP
  type   igo
  names  برنامج الأمم المتحدة الإنمائي | برنامج الأمم المتحدة للتنمية
  code   IGOUNO

actor UNFPA
  type   igo
  names  صندوق الأمم المتحدة للسكان
  code   IGOUNO

actor UN Women
  type   igo
  names  هيئة الأمم المتحدة للمرأة
  code   IGOUNO

actor UNCTAD and UN regional commissions
  type   igo
  names  مؤتمر الأمم المتحدة للتجارة والتنمية | الأونكتاد | اللجنة الاقتصادية والاجتماعية لغربي آسيا | الإسكوا
  code   IGOUNO

actor UN Office on Drugs and Crime
  type   igo
  names  مكتب الأمم المتحدة المعني بالمخدرات والجريمة
  code   IGOUNO

actor UN investigators and rapporteurs
  type   igo
  names  المقرر الخاص للأمم المتحدة | المقررة الخاصة للأمم المتحدة | المقرر الأممي الخاص | المقررة الأممية الخاصة | المقرر الخاص التابع للأمم المتحدة | المقررة الخاصة التابعة للأمم المتحدة | خبراء الأمم المتحدة | خبراء أمميون | لجنة خبراء الأمم المتحدة | فريق خبراء الأمم المتحدة | محققو الأمم المتحدة | لجنة التحقيق الدولية المستقلة | لجنة تقصي الحقائق الدولية | لجنة التحقيق الأممية
  code   IGOUNO

actor World Health Organization
  type   igo
  names  منظمة الصحة العالمية | المدير العام لمنظمة الصحة العالمية | الصحة العالمية
  code   IGOUNOWHO

actor UNHCR
  type   igo
  names  المفوضية السامية للأمم المتحدة لشؤون اللاجئين | مفوضية الأمم المتحدة السامية لشؤون اللاجئين | مفوضية الأمم المتحدة لشؤون اللاجئين | المفوضية السامية لشؤون اللاجئين | المفوضية الأممية لشؤون اللاجئين | مفوضية اللاجئين | مفوضية شؤون اللاجئين | المفوضية الأممية للاجئين | المفوض السامي لشؤون اللاجئين | المفوض السامي للأمم المتحدة لشؤون اللاجئين | مفوض الأمم المتحدة السامي لشؤون اللاجئين
  code   IGOUNOHCR

actor UNICEF
  type   igo
  names  اليونيسف | اليونيسيف | منظمة اليونيسف | منظمة الأمم المتحدة للطفولة | صندوق الأمم المتحدة للطفولة | منظمة الطفولة التابعة للأمم المتحدة
  code   IGOUNOKID

actor World Food Programme
  type   igo
  names  برنامج الأغذية العالمي | برنامج الغذاء العالمي | برنامج الأغذية العالمي التابع للأمم المتحدة | برنامج الأغذية التابع للأمم المتحدة
  code   IGOUNOWFP

actor FAO
  type   igo
  names  منظمة الأغذية والزراعة | منظمة الأغذية والزراعة للأمم المتحدة | منظمة الأغذية والزراعة التابعة للأمم المتحدة | منظمة الفاو | الفاو
  code   IGOUNOFAO

actor ILO
  type   igo
  names  منظمة العمل الدولية
  code   IGOUNOILO

actor OHCHR
  type   igo
  names  المفوضية السامية لحقوق الإنسان | المفوضية السامية للأمم المتحدة لحقوق الإنسان | مفوضية الأمم المتحدة السامية لحقوق الإنسان | مفوضية الأمم المتحدة لحقوق الإنسان | المفوضية الأممية لحقوق الإنسان | مكتب حقوق الإنسان التابع للأمم المتحدة | المفوض السامي لحقوق الإنسان | المفوضة السامية لحقوق الإنسان | المفوض السامي للأمم المتحدة لحقوق الإنسان | المفوضة السامية للأمم المتحدة لحقوق الإنسان | مفوض الأمم المتحدة السامي لحقوق الإنسان | مفوضة الأمم المتحدة السامية لحقوق الإنسان
  code   IGOUNOHCH

actor IAEA
  type   igo
  names  الوكالة الدولية للطاقة الذرية | الوكالة الذرية | وكالة الطاقة الذرية | الوكالة الدولية للطاقة النووية | المدير العام للوكالة الدولية للطاقة الذرية | مفتشو الوكالة الدولية للطاقة الذرية | مفتشو الوكالة الذرية | مجلس محافظي الوكالة الدولية للطاقة الذرية | مجلس محافظي الوكالة
  code   IGOUNOIAE

actor International Court of Justice
  type   igo
  names  محكمة العدل الدولية | محكمة العدل الدولية في لاهاي
  code   IGOUNOICJ

actor World Bank
  type   igo
  names  البنك الدولي | مجموعة البنك الدولي | البنك الدولي للإنشاء والتعمير | رئيس البنك الدولي
  code   IGOUNOWBK

actor International Monetary Fund
  type   igo
  names  صندوق النقد الدولي | صندوق النقد | المديرة العامة لصندوق النقد الدولي | المدير العام لصندوق النقد الدولي | بعثة صندوق النقد الدولي
  code   IGOUNOIMF

# a UN related organisation since 2016
actor International Organization for Migration
  type   igo
  names  المنظمة الدولية للهجرة | منظمة الهجرة الدولية
  code   IGOUNOIOM

# ============================== Regional organisations ==============================

# «الأوروبي» alone is NOT listed (it is an adjective)
actor European Union
  type   igo
  names  الاتحاد الأوروبي | دول الاتحاد الأوروبي | المفوضية الأوروبية | رئيسة المفوضية الأوروبية | رئيس المفوضية الأوروبية | البرلمان الأوروبي | رئيسة البرلمان الأوروبي | المجلس الأوروبي | رئيس المجلس الأوروبي | مجلس الاتحاد الأوروبي | بعثة الاتحاد الأوروبي | سفير الاتحاد الأوروبي | سفيرة الاتحاد الأوروبي | مبعوث الاتحاد الأوروبي | الممثل الأعلى للسياسة الخارجية والأمنية في الاتحاد الأوروبي | الممثل الأعلى للاتحاد الأوروبي للشؤون الخارجية والسياسة الأمنية | الممثلة العليا للاتحاد الأوروبي للشؤون الخارجية والسياسة الأمنية | منسق السياسة الخارجية في الاتحاد الأوروبي | مسؤول السياسة الخارجية في الاتحاد الأوروبي | مسؤولة السياسة الخارجية في الاتحاد الأوروبي | مفوض السياسة الخارجية في الاتحاد الأوروبي | وزراء خارجية الاتحاد الأوروبي | قادة الاتحاد الأوروبي | دائرة العمل الخارجي الأوروبي | المفوض الأوروبي | المفوضة الأوروبية | الاتحاد الأوربي | البنك المركزي الأوروبي | البنك المركزي الأوربي | المركزي الأوروبي
  code   IGOEUREEC

# EU naval operations: Irini (Libya arms embargo, from 2020-03-31), Aspides (Red Sea, from 2024-02-19)
actor EU naval operations
  type   igo
  names  عملية إيريني | العملية الأوروبية إيريني | عملية أسبيدس | المهمة الأوروبية أسبيدس
  code   IGOEUREEC

actor Arab League
  type   igo
  names  جامعة الدول العربية | الجامعة العربية | مجلس جامعة الدول العربية | مجلس الجامعة العربية | الأمين العام لجامعة الدول العربية | الأمين العام للجامعة العربية | أمين عام الجامعة العربية | أمين عام جامعة الدول العربية | الأمانة العامة لجامعة الدول العربية | الأمانة العامة للجامعة العربية | البرلمان العربي | القمة العربية | مجلس وزراء الخارجية العرب | وزراء الخارجية العرب | وزراء خارجية الدول العربية | القادة العرب | الزعماء العرب | لجنة حقوق الإنسان العربية | اللجنة العربية لحقوق الإنسان
  code   IGOMEAARL

actor Gulf Cooperation Council
  type   igo
  names  مجلس التعاون الخليجي | مجلس التعاون لدول الخليج العربية | مجلس التعاون | الأمين العام لمجلس التعاون الخليجي | الأمين العام لمجلس التعاون لدول الخليج العربية | الأمين العام لمجلس التعاون | الأمانة العامة لمجلس التعاون | الأمانة العامة لمجلس التعاون الخليجي | المجلس الوزاري لمجلس التعاون | قوات درع الجزيرة | درع الجزيرة | القمة الخليجية | دول مجلس التعاون | دول مجلس التعاون لدول الخليج العربية | نظرائه الخليجيين | نظرائه الخليجيون | نظرائهم الخليجيين | نظرائهم الخليجيون | دول مجلس التعاون الخليجي | دول الخليج | دول الخليج العربي | دول الخليج العربية | الدول الخليجية | القادة الخليجيين | القادة الخليجيون | الزعماء الخليجيين | الزعماء الخليجيون | النظراء الخليجيين | النظراء الخليجيون | الوزراء الخليجيين | الوزراء الخليجيون | وزراء الخارجية الخليجيين | وزراء خارجية دول الخليج | وزراء خارجية دول مجلس التعاون | وزراء خارجية مجلس التعاون
  code   IGOMEAGCC

# «الأفريقي» and «الإفريقي» normalise to the same form
actor African Union
  type   igo
  names  الاتحاد الأفريقي | مفوضية الاتحاد الأفريقي | رئيس مفوضية الاتحاد الأفريقي | مجلس السلم والأمن الأفريقي | مجلس السلم والأمن التابع للاتحاد الأفريقي | بعثة الاتحاد الأفريقي | بعثة الاتحاد الأفريقي في الصومال | أميصوم | بعثة الاتحاد الأفريقي الانتقالية في الصومال | أتميس | القمة الأفريقية | الآلية الأفريقية رفيعة المستوى | آلية الاتحاد الأفريقي رفيعة المستوى | الآلية الأفريقية رفيعة المستوى للتنفيذ
  code   IGOAFRAFU

# replaced by the African Union in July 2002
actor Organisation of African Unity
  type   igo
  names  منظمة الوحدة الأفريقية
  code   IGOAFROAU

actor Arab Maghreb Union
  type   igo
  names  اتحاد المغرب العربي | الاتحاد المغاربي
  code   IGOMEAAMU

actor ECOWAS
  type   igo
  names  المجموعة الاقتصادية لدول غرب أفريقيا | مجموعة دول غرب أفريقيا | إيكواس
  code   IGOAFRWAS

# «الأطلسي» alone is the usual news shorthand for NATO; the ocean is «المحيط الأطلسي»
actor NATO
  type   igo
  names  حلف شمال الأطلسي | حلف شمال الأطلنطي | حلف الناتو | الناتو | حلف الأطلسي | الأطلسي | الأمين العام لحلف شمال الأطلسي | الأمين العام لحلف الناتو | الأمين العام للناتو | الأمين العام للحلف الأطلسي | قوات الناتو | قوات حلف شمال الأطلسي | قوات حلف الناتو | طائرات الناتو | طيران الناتو | دول الناتو | دول حلف شمال الأطلسي
  code   IGOWSTNAT

# renamed from «منظمة المؤتمر الإسلامي» on 2011-06-28; same organisation, same code
actor Organisation of Islamic Cooperation
  type   igo
  names  منظمة التعاون الإسلامي | منظمة المؤتمر الإسلامي | الأمين العام لمنظمة التعاون الإسلامي | الأمين العام لمنظمة المؤتمر الإسلامي | الأمانة العامة لمنظمة التعاون الإسلامي | الأمانة العامة لمنظمة المؤتمر الإسلامي | القمة الإسلامية
  code   IGOMOSOIC

actor OPEC
  type   igo
  names  أوبك | منظمة أوبك | منظمة الدول المصدرة للنفط | منظمة البلدان المصدرة للبترول | منظمة الدول المصدرة للبترول | أوبك بلس | تحالف أوبك بلس | مجموعة أوبك بلس | الأمين العام لأوبك
  code   IGOBUSOPC

actor World Trade Organization
  type   igo
  names  منظمة التجارة العالمية
  code   IGOBUSWTO

actor International Criminal Court
  type   igo
  names  المحكمة الجنائية الدولية | الجنائية الدولية | المدعي العام للمحكمة الجنائية الدولية | المدعية العامة للمحكمة الجنائية الدولية | مدعي عام المحكمة الجنائية الدولية | مدعية المحكمة الجنائية الدولية | قضاة المحكمة الجنائية الدولية
  code   IGOJUDICC

actor Interpol
  type   igo
  names  الإنتربول | منظمة الشرطة الجنائية الدولية | الشرطة الدولية
  code   IGOITP

actor OPCW
  type   igo
  names  منظمة حظر الأسلحة الكيميائية | منظمة حظر الأسلحة الكيماوية | المدير العام لمنظمة حظر الأسلحة الكيميائية | فريق التحقيق وتحديد الهوية
  code   IGOOPW

# ============================== International NGOs ==============================

actor International Committee of the Red Cross
  type   group
  names  اللجنة الدولية للصليب الأحمر | الصليب الأحمر | الصليب الأحمر الدولي | منظمة الصليب الأحمر | لجنة الصليب الأحمر | رئيس اللجنة الدولية للصليب الأحمر | رئيسة اللجنة الدولية للصليب الأحمر | بعثة اللجنة الدولية للصليب الأحمر
  code   NGOIRC

actor IFRC
  type   group
  names  الاتحاد الدولي لجمعيات الصليب الأحمر والهلال الأحمر | الحركة الدولية للصليب الأحمر والهلال الأحمر
  code   NGOCRC

actor Medecins Sans Frontieres
  type   group
  names  أطباء بلا حدود | منظمة أطباء بلا حدود
  code   NGOMSF

actor Amnesty International
  type   group
  names  منظمة العفو الدولية | منظمة العفو | العفو الدولية | أمنستي
  code   NGOAMN

actor Human Rights Watch
  type   group
  names  هيومن رايتس ووتش | منظمة هيومن رايتس ووتش | هيومان رايتس ووتش | منظمة هيومان رايتس ووتش | هيومن رايتس واتش
  code   NGOHRW

actor Oxfam
  type   group
  names  أوكسفام | منظمة أوكسفام
  code   NGOXFM

actor International Crisis Group
  type   group
  names  مجموعة الأزمات الدولية
  code   NGOICG

actor Other international NGOs
  type   group
  names  منظمة إنقاذ الطفولة | المجلس النرويجي للاجئين | مراسلون بلا حدود | لجنة حماية الصحفيين | الاتحاد الدولي للصحفيين | لجنة الإنقاذ الدولية | منظمة أطباء العالم | الفيدرالية الدولية لحقوق الإنسان | منظمة الشفافية الدولية
  code   NGO

# Added by the coder team (code as in the Phoenix/ICEWS IGO list: Southeast Asia, ASEAN).
actor Association of Southeast Asian Nations
  names  رابطة دول جنوب شرق آسيا | رابطة دول جنوب شرقي آسيا | رابطة أمم جنوب شرق آسيا | آسيان | الآسيان | اسيان
  code   IGOSEAASN
  type   igo

# Added in session 28: «منظمة الأمن والتعاون في أوروبا» was read as security forces («الأمن») inside its own name.
# No CAMEO code for it was found in the project's sources; own code on the CAMEO pattern (Europe + OSC).
actor Organization for Security and Co-operation in Europe
  names  منظمة الأمن والتعاون في أوروبا | منظمة الأمن والتعاون الأوروبي | منظمة الأمن والتعاون الأوروبية
  code   IGOEUROSC
  type   igo
