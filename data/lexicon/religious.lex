@kind      actors
@title     Religious authorities of the region: official religious institutions and their heads
@source    Public record (appointment and death dates announced by the institutions and state news agencies); curated by hand
@source    Role code REL (religious) follows the CAMEO/Phoenix sector codes used with shared/spec/coding-guide.md §2
@licence   CC BY 4.0 (this file); facts are not copyrightable
@curated   2026-11-30
@note      Institutions are `organ`s of their country; a cleric who heads one keeps REL after the office ends (default).
@note      Left out on purpose: bare «دار الإفتاء» (Egypt, Jordan, Lebanon, Libya and Palestine each have one) and
@note      bare «الكنيسة الأرثوذكسية» (Coptic, Greek, Russian…), bare «الإمام الأكبر» («إمام أكبر مسجد»), bare «علي جمعة»
@note      (normalised like «على جمعة»). «مفتي عام المملكة» is Saudi here; Jordan's mufti is matched by the longer
@note      «المفتي العام للمملكة الأردنية». «جامعة الأزهر» is a university (EDU), listed so
@note      that the longer name wins over «الأزهر».

# ───────────────────────── Egypt (EGY) ─────────────────────────

actor Al-Azhar
  type   organ
  names  الأزهر | الأزهر الشريف | مشيخة الأزهر | شيخ الأزهر | شيخ الأزهر الشريف | الإمام الأكبر شيخ الأزهر | مجمع البحوث الإسلامية | هيئة كبار العلماء بالأزهر | هيئة كبار العلماء في الأزهر
  code   EGYREL

actor Al-Azhar University
  type   organ
  names  جامعة الأزهر | رئيس جامعة الأزهر
  code   EGYEDU

# Gaza's Al-Azhar University is another institution
actor Al-Azhar University (Gaza)
  type   organ
  names  جامعة الأزهر بغزة | جامعة الأزهر في غزة
  code   PSEEDU

actor Egyptian Dar al-Ifta
  type   organ
  names  دار الإفتاء المصرية | مفتي الديار المصرية | مفتي مصر | مفتي جمهورية مصر العربية
  code   EGYREL

actor Coptic Orthodox Church
  type   organ
  names  الكنيسة القبطية | الكنيسة القبطية الأرثوذكسية | الكنيسة المصرية | بابا الإسكندرية | بطريرك الكرازة المرقسية | الكاتدرائية المرقسية
  code   EGYREL

actor Ahmed el-Tayeb
  names  أحمد الطيب | أحمد محمد الطيب | الدكتور أحمد الطيب
  code   EGYEDU 2003-09..2010-03-18    # president of Al-Azhar University
  code   EGYREL 2010-03-19..           # Grand Imam of Al-Azhar
  default EGYREL

actor Muhammad Sayyid Tantawi
  names  محمد سيد طنطاوي | سيد طنطاوي
  code   EGYREL ..2010-03-10           # Grand Mufti 1986-1996, Grand Imam of Al-Azhar 1996 until his death
  default EGYREL

actor Ali Gomaa
  names  الدكتور علي جمعة | الشيخ علي جمعة | المفتي السابق علي جمعة
  code   EGYREL                        # Grand Mufti 2003-09-28 .. 2013-03-04, then a senior scholar

actor Shawki Allam
  names  شوقي علام | شوقي إبراهيم علام
  code   EGYREL                        # Grand Mufti 2013-03-04 .. 2024-08-12, then a senior scholar

actor Nazir Ayyad
  names  نظير عياد | نظير محمد عياد
  code   EGYREL                        # Grand Mufti from 2024-08-12

actor Pope Tawadros II
  names  البابا تواضروس | البابا تواضروس الثاني | تواضروس الثاني
  code   EGYREL                        # Coptic Pope from 2012-11-18

actor Pope Shenouda III
  names  البابا شنودة | البابا شنودة الثالث | شنودة الثالث
  code   EGYREL ..2012-03-17           # Coptic Pope 1971 until his death
  default EGYREL

# ───────────────────────── Saudi Arabia (SAU) ─────────────────────────

actor Saudi Council of Senior Scholars
  type   organ
  names  هيئة كبار العلماء | هيئة كبار العلماء السعودية | هيئة كبار العلماء في المملكة | الأمانة العامة لهيئة كبار العلماء | اللجنة الدائمة للبحوث العلمية والإفتاء | الرئاسة العامة للبحوث العلمية والإفتاء | مفتي عام المملكة العربية السعودية | المفتي العام للمملكة العربية السعودية | مفتي عام المملكة | مفتي المملكة | المفتي العام للمملكة
  code   SAUREL

actor Presidency of the Two Holy Mosques
  type   organ
  names  الرئاسة العامة لشؤون المسجد الحرام والمسجد النبوي | رئاسة شؤون الحرمين | الرئيس العام لشؤون المسجد الحرام والمسجد النبوي | إمام وخطيب المسجد الحرام | إمام الحرم المكي
  code   SAUREL

actor Abdulaziz Al al-Sheikh
  names  عبد العزيز آل الشيخ | عبدالعزيز آل الشيخ | عبد العزيز بن عبد الله آل الشيخ | عبدالعزيز بن عبدالله آل الشيخ
  code   SAUREL ..2025-09-23           # Grand Mufti from 1999-05 until his death

actor Saleh al-Fawzan
  names  صالح الفوزان | صالح بن فوزان الفوزان | صالح بن فوزان
  code   SAUREL                        # member of the Council of Senior Scholars; Grand Mufti from 2025-10

actor Abdul Rahman al-Sudais
  names  عبد الرحمن السديس | عبدالرحمن السديس | عبد الرحمن بن عبد العزيز السديس | عبدالرحمن بن عبدالعزيز السديس
  code   SAUREL                        # imam of the Grand Mosque; head of the Two Holy Mosques presidency from 2012

actor Saud al-Shuraim
  names  سعود الشريم | سعود بن إبراهيم الشريم
  code   SAUREL                        # imam of the Grand Mosque

# ───────────────────────── Iraq (IRQ) ─────────────────────────

actor Ali al-Sistani
  names  علي السيستاني | السيستاني | آية الله السيستاني | آية الله علي السيستاني | المرجع علي السيستاني | المرجع الشيعي علي السيستاني | المرجعية الدينية العليا في النجف | مرجعية النجف
  code   IRQREL

# ───────────────────────── Lebanon (LBN) ─────────────────────────

actor Dar al-Fatwa (Lebanon)
  type   organ
  names  دار الفتوى | دار الفتوى في لبنان | دار الفتوى اللبنانية | مفتي الجمهورية اللبنانية | مفتي لبنان
  code   LBNREL

actor Supreme Islamic Shia Council (Lebanon)
  type   organ
  names  المجلس الإسلامي الشيعي الأعلى | المجلس الشيعي الأعلى
  code   LBNREL

actor Abdul Latif Derian
  names  عبد اللطيف دريان | عبداللطيف دريان
  code   LBNREL                        # Grand Mufti of the Republic from 2014-09-15

actor Bechara Boutros al-Rahi
  names  بشارة الراعي | بشارة بطرس الراعي | البطريرك الراعي | البطريرك بشارة الراعي | البطريرك الماروني
  code   LBNREL                        # Maronite Patriarch from 2011-03-15

# ───────────────────────── Jordan (JOR) ─────────────────────────

actor Jordanian General Iftaa' Department
  type   organ
  names  دائرة الإفتاء العام | دائرة الإفتاء الأردنية | مفتي عام المملكة الأردنية | المفتي العام للمملكة الأردنية
  code   JORREL

# ───────────────────────── Qatar-based (QAT) ─────────────────────────

actor Yusuf al-Qaradawi
  names  يوسف القرضاوي | الشيخ يوسف القرضاوي | القرضاوي
  code   QATREL                        # Egyptian-born cleric living in Qatar; chaired the International Union of Muslim Scholars 2004-2018; died 2022-09-26
