@kind      actors
@title     People of the 22 Arab League states, 2000-2026: heads of state and government, foreign and defence ministers, and other prominent actors
@source    Public record and general knowledge (official government announcements, state news agencies, encyclopaedic biographies); curated by hand
@source    News reports on 2025-2026 appointments checked against stored public news pages (search corpus) for recent changes
@source    Arabic spellings cross-checked against UniversalPetrarch Arabic actor dictionary (MIT), via shared/lexicon-sources/upetrarch-arabic, spelling hints only
@licence   CC BY 4.0 (this file); facts are not copyrightable
@curated   2026-11-29
@note      Role codes: GOV head of state/government and ministers, LEG speakers, MIL commanders, SPY intelligence chiefs, REB armed non-state groups, OPP/PTY opposition and parties.
@note      After the end of a person's last dated role the loader codes him <country>ELI unless a default says otherwise.

# ───────────────────────── Egypt (EGY) ─────────────────────────

actor Hosni Mubarak
  names  حسني مبارك | محمد حسني مبارك | محمد حسني السيد مبارك
  code   EGYGOV ..2011-02-11           # president 1981-10-14 .. resigned 2011-02-11

actor Gamal Mubarak
  names  جمال مبارك | جمال حسني مبارك
  code   EGYPTY 2002..2011-02-05       # NDP policy secretariat, assistant secretary-general
  default EGYELI

actor Alaa Mubarak
  names  علاء مبارك | علاء حسني مبارك
  code   EGYELI
  type   person

actor Omar Suleiman
  names  عمر سليمان | عمر محمود سليمان
  code   EGYSPY ..2011-01-29           # director of General Intelligence 1993-2011
  code   EGYGOV 2011-01-29..2011-02-11 # vice president

actor Mohamed Hussein Tantawi
  names  محمد حسين طنطاوي | حسين طنطاوي
  code   EGYGOV ..2012-08-12           # defence minister 1991-2012; SCAF chairman (head of state) 2011-02-11..2012-06-30

actor Sami Anan
  names  سامي عنان | سامي حافظ عنان
  code   EGYMIL 2005-10..2012-08-12    # chief of staff of the armed forces

actor Mohamed Morsi
  names  محمد مرسي | مرسي | محمد محمد مرسي | محمد مرسي العياط
  code   EGYOPP ..2011-04-29           # Muslim Brotherhood guidance bureau
  code   EGYPTY 2011-04-30..2012-06-29 # chairman, Freedom and Justice Party
  code   EGYGOV 2012-06-30..2013-07-03 # president
  default EGYELI

actor Adly Mansour
  names  عدلي منصور | عدلي محمود منصور
  code   EGYGOV 2013-07-04..2014-06-08 # interim president
  code   EGYJUD 2013-07-01..2016-06-30 # president of the Supreme Constitutional Court

actor Abdel Fattah el-Sisi
  names  عبد الفتاح السيسي | عبدالفتاح السيسي | السيسي | عبد الفتاح سعيد السيسي | عبدالفتاح سعيد السيسي | عبد الفتاح سعيد حسين خليل السيسي | عبدالفتاح سعيد حسين خليل السيسي
  code   EGYSPY 2010-01..2012-08-11    # director of Military Intelligence
  code   EGYGOV 2012-08-12..           # defence minister 2012-2014, president since 2014-06-08
  default EGYGOV

actor Mohamed ElBaradei
  names  محمد البرادعي | البرادعي | محمد مصطفى البرادعي
  code   IGOUNOIAE ..2009-11-30        # director general of the IAEA (UN agency) 1997-2009
  code   EGYOPP 2010-02..2013-07-13    # National Association for Change, Dostour party
  code   EGYGOV 2013-07-14..2013-08-14 # interim vice president
  default EGYELI

actor Atef Ebeid
  names  عاطف عبيد | عاطف محمد عبيد
  code   EGYGOV ..2004-07-14           # prime minister 1999-10-05..2004-07-14

actor Ahmed Nazif
  names  أحمد نظيف | أحمد محمود محمد نظيف
  code   EGYGOV 1999-10-05..2011-01-29 # communications minister 1999-2004, prime minister 2004-07-14..2011-01-29

actor Ahmed Shafik
  names  أحمد شفيق | أحمد محمد شفيق
  code   EGYGOV 2002-09..2011-03-03    # civil aviation minister, then prime minister 2011-01-29..2011-03-03
  code   EGYOPP 2012-05..2012-06       # presidential runner-up
  default EGYELI

actor Essam Sharaf
  names  عصام شرف | عصام عبد العزيز شرف | عصام عبدالعزيز شرف
  code   EGYGOV 2011-03-03..2011-12-07 # prime minister

actor Kamal Ganzouri
  names  كمال الجنزوري | الجنزوري
  code   EGYGOV 2011-12-07..2012-08-02 # prime minister (also 1996-1999)

actor Hesham Qandil
  names  هشام قنديل | هشام محمد قنديل
  code   EGYGOV 2011-07-21..2013-07-16 # water resources minister, prime minister 2012-08-02..2013-07

actor Hazem el-Beblawi
  names  حازم الببلاوي | الببلاوي
  code   EGYGOV 2011-07-17..2011-12-07 # deputy PM and finance minister
  code   EGYGOV 2013-07-16..2014-03-01 # prime minister

actor Ibrahim Mahlab
  names  إبراهيم محلب | محلب
  code   EGYGOV 2013-07-16..2015-09-19 # housing minister, prime minister 2014-03-01..2015-09-19

actor Sherif Ismail
  names  شريف إسماعيل | شريف إسماعيل محمد
  code   EGYGOV 2013-07-16..2018-06-07 # petroleum minister, prime minister 2015-09-19..2018-06-07

actor Mostafa Madbouly
  names  مصطفى مدبولي | مدبولي | مصطفى كمال مدبولي
  code   EGYGOV 2014-03-01..           # housing minister, prime minister since 2018-06-07
  default EGYGOV


actor Ahmed Maher (foreign minister)
  names  أحمد ماهر السيد
  code   EGYGOV 2001-05-15..2004-07-14 # foreign minister



actor Mohamed Kamel Amr
  names  محمد كامل عمرو
  code   EGYGOV 2011-07-17..2013-07-16 # foreign minister

actor Nabil Fahmy
  names  نبيل فهمي | نبيل إسماعيل فهمي
  code   EGYGOV 2013-07-16..2014-06-17 # foreign minister

actor Sameh Shoukry
  names  سامح شكري | سامح حسن شكري
  code   EGYGOV 2014-06-17..2024-07-03 # foreign minister

actor Badr Abdelatty
  names  بدر عبد العاطي | بدر عبدالعاطي | بدر أحمد محمد عبد العاطي | بدر أحمد محمد عبدالعاطي
  code   EGYGOV 2024-07-03..           # foreign minister
  default EGYGOV

actor Sedki Sobhi
  names  صدقي صبحي | صدقي صبحي سيد أحمد
  code   EGYMIL 2012-08-12..2014-03-26 # chief of staff
  code   EGYGOV 2014-03-26..2018-06-14 # defence minister

actor Mohamed Zaki (defence minister)
  names  محمد زكي | محمد أحمد زكي
  code   EGYMIL 2012..2018-06-13       # commander of the Republican Guard
  code   EGYGOV 2018-06-14..2024-07-03 # defence minister

actor Abdel Mageed Saqr
  names  عبد المجيد صقر | عبدالمجيد صقر | عبد المجيد أحمد صقر | عبدالمجيد أحمد صقر
  code   EGYGOV 2018-09..              # governor of Suez, defence minister since 2024-07-03
  default EGYGOV

actor Mahmoud Hegazy
  names  محمود حجازي | محمود إبراهيم حجازي
  code   EGYSPY 2012-08..2014-03-26    # director of Military Intelligence
  code   EGYMIL 2014-03-27..2017-10-28 # chief of staff

actor Mohamed Farid Hegazy
  names  محمد فريد حجازي
  code   EGYMIL 2017-10-28..2021-10-26 # chief of staff

actor Osama Askar
  names  أسامة عسكر | أسامة رشدي عسكر
  code   EGYMIL 2021-10-26..2024-07-03 # chief of staff

actor Ahmed Fathi Khalifa
  names  أحمد فتحي خليفة | أحمد فتحي إبراهيم خليفة
  code   EGYMIL 2024-07-03..           # chief of staff
  default EGYMIL

actor Mourad Mowafi
  names  مراد موافي | مراد محمد موافي
  code   EGYSPY 2011-01-31..2012-08-08 # director of General Intelligence

actor Mohamed Raafat Shehata
  names  محمد رأفت شحاتة | رأفت شحاتة
  code   EGYSPY 2012-08-08..2013-07-05 # director of General Intelligence

actor Mohamed Farid el-Tohamy
  names  محمد فريد التهامي | فريد التهامي
  code   EGYSPY 2013-07-05..2014-12-21 # director of General Intelligence

actor Khaled Fawzy
  names  خالد فوزي | خالد محمود فوزي
  code   EGYSPY 2014-12-21..2018-01-18 # director of General Intelligence

actor Abbas Kamel
  names  عباس كامل | عباس مصطفى كامل
  code   EGYSPY 2018-01-18..2024-10-16 # director of General Intelligence
  default EGYELI

actor Hassan Rashad
  names  حسن رشاد | حسن محمود رشاد
  code   EGYSPY 2024-10-16..           # director of General Intelligence
  default EGYSPY

actor Habib el-Adly
  names  حبيب العادلي | حبيب إبراهيم العادلي
  code   EGYGOV ..2011-01-31           # interior minister 1997-2011

actor Mahmoud Wagdy
  names  محمود وجدي
  code   EGYGOV 2011-01-31..2011-03-05 # interior minister

actor Mansour el-Essawy
  names  منصور العيسوي | منصور عبد الكريم العيسوي | منصور عبدالكريم العيسوي
  code   EGYGOV 2011-03-05..2011-12-07 # interior minister

actor Mohamed Ibrahim Youssef
  names  محمد إبراهيم يوسف
  code   EGYGOV 2011-12-07..2012-08-02 # interior minister

actor Ahmed Gamal el-Din
  names  أحمد جمال الدين | أحمد جمال الدين عبد العال | أحمد جمال الدين عبدالعال
  code   EGYGOV 2012-08-02..2013-01-05 # interior minister

actor Mohamed Ibrahim (interior minister)
  names  محمد إبراهيم مصطفى | محمد إبراهيم مصطفى إبراهيم
  code   EGYGOV 2013-01-05..2015-03-05 # interior minister

actor Magdy Abdel Ghaffar
  names  مجدي عبد الغفار | مجدي عبدالغفار | مجدي عبد الغفار عبد المنعم | مجدي عبدالغفار عبدالمنعم
  code   EGYGOV 2015-03-05..2018-06-14 # interior minister

actor Mahmoud Tawfik
  names  محمود توفيق | محمود سيد عبد الحميد توفيق | محمود سيد عبدالحميد توفيق
  code   EGYGOV 2018-06-14..           # interior minister
  default EGYGOV

actor Ahmed Fathi Sorour
  names  أحمد فتحي سرور | فتحي سرور
  code   EGYLEG ..2011-02-13           # speaker of the People's Assembly 1990-2011

actor Safwat el-Sherif
  names  صفوت الشريف
  code   EGYLEG 2004-06..2011-02-13    # speaker of the Shura Council; NDP secretary-general

actor Saad el-Katatni
  names  سعد الكتاتني | محمد سعد الكتاتني | الكتاتني
  code   EGYLEG 2012-01-23..2012-06-14 # speaker of the People's Assembly
  code   EGYPTY 2012-10-19..2013-07-03 # chairman, Freedom and Justice Party
  default EGYOPP

actor Ali Abdel Aal
  names  علي عبد العال | علي عبدالعال | علي عبد العال سيد أحمد | علي عبدالعال سيد أحمد
  code   EGYLEG 2016-01-10..2021-01-12 # speaker of the House of Representatives

actor Hanafy el-Gebaly
  names  حنفي جبالي | حنفي الجبالي | حنفي علي جبالي
  code   EGYJUD 2018-07..2019-07       # president of the Supreme Constitutional Court
  code   EGYLEG 2021-01-12..2026-01-11 # speaker of the House of Representatives

actor Hisham Badawi
  names  هشام بدوي | هشام أحمد فؤاد بدوي
  code   EGYLEG 2026-01-12..           # speaker of the House of Representatives
  default EGYLEG

actor Abdel Wahab Abdel Razek
  names  عبد الوهاب عبد الرازق | عبدالوهاب عبدالرازق
  code   EGYLEG 2020-10-18..2025-10    # speaker of the Senate

actor Mohammed Badie
  names  محمد بديع | محمد بديع عبد المجيد | محمد بديع عبدالمجيد
  code   EGYOPP 2010-01-16..           # general guide of the Muslim Brotherhood
  type   person

actor Mohammed Mahdi Akef
  names  محمد مهدي عاكف | مهدي عاكف
  code   EGYOPP 2004-01..2010-01-16    # general guide of the Muslim Brotherhood
  default EGYOPP

actor Khairat el-Shater
  names  خيرت الشاطر | محمد خيرت الشاطر
  code   EGYOPP                        # deputy general guide of the Muslim Brotherhood
  type   person

actor Essam el-Erian
  names  عصام العريان
  code   EGYPTY 2011-04..2013-07-03    # vice-chairman, Freedom and Justice Party
  default EGYOPP

actor Mahmoud Ezzat
  names  محمود عزت
  code   EGYOPP                        # acting general guide of the Muslim Brotherhood 2013-2020
  type   person

actor Hamdeen Sabahi
  names  حمدين صباحي
  code   EGYOPP
  type   person

actor Abdel Moneim Aboul Fotouh
  names  عبد المنعم أبو الفتوح | عبدالمنعم أبو الفتوح | أبو الفتوح
  code   EGYOPP
  type   person

actor Ayman Nour
  names  أيمن نور
  code   EGYOPP
  type   person

actor Mohamed Anwar Esmat Sadat
  names  محمد أنور السادات | محمد أنور عصمت السادات
  code   EGYOPP
  type   person

actor Zakaria Azmi
  names  زكريا عزمي
  code   EGYGOV ..2011-02-11           # chief of presidential staff

actor Ahmed Ezz
  names  أحمد عز
  code   EGYPTY ..2011-01-29           # NDP organisation secretary, steel magnate
  default EGYBUS






actor Kamel el-Wazir
  names  كامل الوزير | كامل عبد الهادي الوزير | كامل عبدالهادي الوزير
  code   EGYGOV 2019-03-10..           # transport minister, deputy PM for industrial development
  default EGYGOV

actor Mahmoud Fawzy (minister)
  names  محمود فوزي
  code   EGYGOV 2024-07-03..           # minister of parliamentary and legal affairs
  default EGYGOV

actor Mohamed Maait
  names  محمد معيط
  code   EGYGOV 2018-06-14..2024-07-03 # finance minister

actor Tarek Amer
  names  طارق عامر
  code   EGYGOV 2015-11-27..2022-08-17 # central bank governor

actor Hassan Abdalla
  names  حسن عبد الله | حسن عبدالله
  code   EGYGOV 2022-08-18..           # central bank governor
  default EGYGOV

# ───────────────────────── Libya (LBY) ─────────────────────────

actor Muammar Gaddafi
  names  معمر القذافي | القذافي | معمر محمد أبو منيار القذافي
  code   LBYGOV ..2011-10-20           # leader of the revolution 1969 .. killed 2011-10-20

actor Saif al-Islam Gaddafi
  names  سيف الإسلام القذافي | سيف الإسلام معمر القذافي
  code   LBYELI
  type   person

actor Mutassim Gaddafi
  names  المعتصم القذافي | المعتصم بالله القذافي | معتصم القذافي
  code   LBYGOV 2008..2011-10-20       # national security adviser

actor Khamis Gaddafi
  names  خميس القذافي | خميس معمر القذافي
  code   LBYMIL ..2011-08-29           # commander of the 32nd (Khamis) brigade

actor Hannibal Gaddafi
  names  هانيبال القذافي | هانيبال معمر القذافي
  code   LBYELI
  type   person

actor Abu-Bakr Yunis Jabr
  names  أبو بكر يونس جابر | أبوبكر يونس جابر
  code   LBYMIL ..2011-10-20           # commander in chief of the armed forces

actor Abdullah Senussi
  names  عبد الله السنوسي | عبدالله السنوسي
  code   LBYSPY ..2011-08              # head of military intelligence

actor Musa Kusa
  names  موسى كوسا
  code   LBYSPY ..2009-03-04           # head of external intelligence 1994-2009
  code   LBYGOV 2009-03-04..2011-03-30 # secretary of the General People's Committee for Foreign Liaison (foreign minister)

actor Abdel Rahman Shalgham
  names  عبد الرحمن شلقم | عبدالرحمن شلقم | عبد الرحمن محمد شلقم | عبدالرحمن محمد شلقم
  code   LBYGOV ..2009-03-04           # foreign minister 2000-2009
  code   LBYGOV 2009-03-04..2011-02-20 # ambassador to the UN, defected 2011-02
  code   LBYOPP 2011-02-21..2011-10-20
  default LBYELI

actor Abdul Ati al-Obeidi
  names  عبد العاطي العبيدي | عبدالعاطي العبيدي
  code   LBYGOV ..2011-08-23           # secretary for European affairs, foreign minister 2011-03..2011-08

actor Mubarak al-Shamikh
  names  مبارك الشامخ | مبارك عبد الله الشامخ | مبارك عبدالله الشامخ
  code   LBYGOV 2000-03..2003-06       # secretary of the General People's Committee (prime minister)

actor Shukri Ghanem
  names  شكري غانم | شكري محمد غانم
  code   LBYGOV 2001..2011-05          # economy minister, prime minister 2003-06..2006-03, oil company chairman

actor Baghdadi Mahmudi
  names  البغدادي المحمودي | البغدادي علي المحمودي
  code   LBYGOV 2003..2011-08-23       # deputy PM, prime minister 2006-03-05..2011-08-23

actor Abdel Fattah Younes
  names  عبد الفتاح يونس | عبدالفتاح يونس | عبد الفتاح يونس العبيدي | عبدالفتاح يونس العبيدي
  code   LBYGOV ..2011-02-22           # interior minister
  code   LBYREB 2011-02-22..2011-07-28 # rebel chief of staff, killed 2011-07-28

actor Mustafa Abdul Jalil
  names  مصطفى عبد الجليل | مصطفى عبدالجليل | مصطفى محمد عبد الجليل | مصطفى محمد عبدالجليل
  code   LBYGOV 2007-01..2011-02-21    # justice minister
  code   LBYREB 2011-02-27..2011-08-22 # chairman of the National Transitional Council (rebel period)
  code   LBYGOV 2011-08-23..2012-08-08 # chairman of the National Transitional Council

actor Mahmoud Jibril
  names  محمود جبريل | محمود جبريل الورفلي
  code   LBYREB 2011-03-23..2011-08-22 # head of the NTC executive board
  code   LBYGOV 2011-08-23..2011-10-23 # interim prime minister
  code   LBYPTY 2012-02..2020-04-05    # leader, National Forces Alliance
  default LBYPTY

actor Ali Tarhouni
  names  علي الترهوني
  code   LBYGOV 2011-03..2011-11-24    # NTC oil and finance minister, acting prime minister

actor Abdurrahim El-Keib
  names  عبد الرحيم الكيب | عبدالرحيم الكيب
  code   LBYGOV 2011-11-24..2012-11-14 # prime minister

actor Mohammed Magariaf
  names  محمد المقريف | محمد يوسف المقريف
  code   LBYGOV 2012-08-09..2013-05-28 # president of the General National Congress (head of state)

actor Nouri Abusahmain
  names  نوري أبو سهمين | نوري بوسهمين | نوري علي أبو سهمين
  code   LBYGOV 2013-06-25..2014-08-04 # president of the General National Congress
  code   LBYLEG 2014-08-05..2016-04-05 # president of the rump GNC in Tripoli

actor Ali Zeidan
  names  علي زيدان | علي محمد زيدان
  code   LBYGOV 2012-11-14..2014-03-11 # prime minister

actor Abdullah al-Thani
  names  عبد الله الثني | عبدالله الثني | الثني | عبد الله عبد الرحمن الثني | عبدالله عبدالرحمن الثني
  code   LBYGOV 2013-08..2021-03-15    # defence minister, prime minister (interim, then eastern government in Bayda)

actor Ahmed Maiteeq
  names  أحمد معيتيق | أحمد عمر معيتيق
  code   LBYGOV 2014-05-04..2014-06-09 # elected prime minister, ruled invalid
  code   LBYGOV 2016-03-30..2021-03-15 # deputy chairman of the Presidential Council

actor Omar al-Hassi
  names  عمر الحاسي
  code   LBYGOV 2014-08-25..2015-03-31 # prime minister of the Tripoli "National Salvation" government

actor Khalifa al-Ghawil
  names  خليفة الغويل
  code   LBYGOV 2015-03-31..2017-03    # prime minister of the Tripoli "National Salvation" government

actor Aguila Saleh
  names  عقيلة صالح | عقيلة صالح عيسى | عقيلة صالح قويدر | عقيله صالح
  code   LBYLEG 2014-08-05..           # speaker of the House of Representatives
  default LBYLEG

actor Fayez al-Sarraj
  names  فايز السراج | فايز مصطفى السراج | السراج
  code   LBYGOV 2016-03-30..2021-03-15 # chairman of the Presidential Council, prime minister of the GNA
  code   LBYELI 2021-03-16..
  default LBYELI

actor Abdulrahman Sewehli
  names  عبد الرحمن السويحلي | عبدالرحمن السويحلي | السويحلي
  code   LBYLEG 2016-04-05..2018-04-08 # head of the High Council of State

actor Khalid al-Mishri
  names  خالد المشري | المشري | خالد عمار المشري
  code   LBYLEG 2018-04-08..2023-08-06 # head of the High Council of State
  code   LBYLEG 2024-08-06..           # re-elected, contested by Takala
  default LBYLEG

actor Mohamed Takala
  names  محمد تكالة | تكالة
  code   LBYLEG 2023-08-06..           # head of the High Council of State (contested since 2024-08)
  default LBYLEG

actor Mohamed al-Menfi
  names  محمد المنفي | محمد يونس المنفي
  code   LBYGOV 2021-03-15..           # chairman of the Presidential Council
  default LBYGOV

actor Abdullah al-Lafi
  names  عبد الله اللافي | عبدالله اللافي | اللافي
  code   LBYGOV 2021-03-15..           # deputy chairman of the Presidential Council
  default LBYGOV

actor Musa al-Koni
  names  موسى الكوني
  code   LBYGOV 2021-03-15..           # deputy chairman of the Presidential Council
  default LBYGOV

actor Abdul Hamid Dbeibah
  names  عبد الحميد الدبيبة | عبدالحميد الدبيبة | الدبيبة | عبد الحميد دبيبة | عبدالحميد دبيبة | عبد الحميد محمد الدبيبة | عبدالحميد محمد الدبيبة | الدبيبه
  code   LBYGOV 2021-03-15..           # prime minister of the Government of National Unity (also holds defence)
  default LBYGOV

actor Fathi Bashagha
  names  فتحي باشاغا | باشاغا | فتحي باش آغا | فتحي علي باشاغا
  code   LBYGOV 2018-10-07..2021-03-15 # interior minister of the GNA
  code   LBYGOV 2022-03-03..2023-05-16 # prime minister designated by the House of Representatives
  default LBYELI

actor Osama Hammad
  names  أسامة حماد | أسامة سعد حماد
  code   LBYGOV 2022-03..              # finance minister, then prime minister of the eastern government since 2023-05-16
  default LBYGOV

actor Khalifa Haftar
  names  خليفة حفتر | حفتر | خليفة بلقاسم حفتر | خليفة أبو القاسم حفتر
  code   LBYREB 2011-03..2011-10-23    # commander on the rebel side in 2011
  code   LBYMIL 2014-05-16..           # commander of the Libyan National Army (Operation Dignity since 2014-05-16)
  default LBYMIL

actor Saddam Haftar
  names  صدام حفتر | صدام خليفة حفتر
  code   LBYMIL 2016..                 # LNA commander; deputy commander-general since 2025-08-11
  default LBYMIL

actor Khaled Haftar
  names  خالد حفتر | خالد خليفة حفتر
  code   LBYMIL 2016..                 # LNA security units; chief of staff since 2025-08
  default LBYMIL

actor Belqasem Haftar
  names  بلقاسم حفتر | بالقاسم حفتر | بلقاسم خليفة حفتر
  code   LBYGOV 2024-02..              # director of the Development and Reconstruction Fund
  default LBYGOV

actor Abdulrazek al-Nadori
  names  عبد الرازق الناظوري | عبدالرازق الناظوري | عبد الرزاق الناظوري | عبدالرزاق الناظوري | الناظوري
  code   LBYMIL 2014-05..2025-08-18    # LNA chief of staff
  code   LBYGOV 2025-08-18..           # national security adviser (House of Representatives appointment)
  default LBYGOV

actor Ahmed al-Mismari
  names  أحمد المسماري | المسماري
  code   LBYMIL 2014..                 # LNA spokesman
  default LBYMIL

actor Mohammed al-Haddad
  names  محمد الحداد | محمد علي أحمد الحداد
  code   LBYMIL 2020-08..2025-12-23    # chief of general staff (western forces), killed in a plane crash near Ankara

actor Osama al-Juwaili
  names  أسامة الجويلي | أسامة جويلي
  code   LBYGOV 2011-11-24..2012-11-14 # defence minister
  code   LBYMIL 2017..2022-05          # commander of the western military region, then head of military intelligence

actor Salah al-Din al-Namroush
  names  صلاح الدين النمروش | صلاح النمروش
  code   LBYGOV 2020..2021-03-15       # GNA defence minister

actor Mahdi al-Barghathi
  names  المهدي البرغثي | مهدي البرغثي
  code   LBYGOV 2016-03..2018-07       # GNA defence minister

actor Imad Trabelsi
  names  عماد الطرابلسي | عماد مصطفى الطرابلسي
  code   LBYGOV 2022-11..              # GNU interior minister
  default LBYGOV

actor Ashour Bin Khayal
  names  عاشور بن خيال
  code   LBYGOV 2011-11-24..2012-11-14 # foreign minister

actor Mohamed al-Dairi
  names  محمد الدايري
  code   LBYGOV 2014-09..2017          # foreign minister of the eastern/Thinni government

actor Mohamed Taha Siala
  names  محمد طاهر سيالة | محمد سيالة | سيالة
  code   LBYGOV 2016-03..2021-03-15    # GNA foreign minister

actor Najla Mangoush
  names  نجلاء المنقوش | المنقوش
  code   LBYGOV 2021-03-15..2023-08-27 # foreign minister of the GNU

actor Abdul Hadi al-Hweij
  names  عبد الهادي الحويج | عبدالهادي الحويج | الحويج
  code   LBYGOV 2016..2021-03-15       # foreign minister of the eastern government
  code   LBYGOV 2023..                 # foreign minister of the eastern (Hammad) government
  default LBYGOV

actor Taher al-Baour
  names  الطاهر الباعور | طاهر الباعور | الباعور
  code   LBYGOV 2023-08..              # acting foreign minister of the GNU
  default LBYGOV

actor Ali Essawi
  names  علي العيساوي
  code   LBYREB 2011-03..2011-08-22    # NTC foreign affairs
  code   LBYGOV 2011-08-23..2011-11

actor Abdelhakim Belhadj
  names  عبد الحكيم بلحاج | عبدالحكيم بلحاج
  code   LBYREB 2011-02..2012-05       # Libyan Islamic Fighting Group, Tripoli Military Council
  code   LBYPTY 2012-05..              # al-Watan party
  default LBYPTY

actor Ibrahim Jadhran
  names  إبراهيم الجضران | الجضران
  code   LBYREB                        # Petroleum Facilities Guard commander, blockades 2013-2018
  type   person

actor Salah Badi
  names  صلاح بادي
  code   LBYREB                        # Misrata militia commander (Steadfastness Front)
  type   person

actor Haitham Tajouri
  names  هيثم التاجوري
  code   LBYREB                        # Tripoli Revolutionaries' Brigade
  type   person

actor Abdul Ghani al-Kikli
  names  عبد الغني الككلي | عبدالغني الككلي | غنيوة الككلي | غنيوة
  code   LBYREB ..2025-05-12           # Stability Support Apparatus, killed 2025-05-12

actor Abdulraouf Kara
  names  عبد الرؤوف كارة | عبدالرؤوف كارة | عبد الرؤوف كاره | عبدالرؤوف كاره
  code   LBYREB                        # commander of the Rada (Deterrence) force
  type   person

actor Mohammed al-Kani
  names  محمد الكاني
  code   LBYREB ..2021-07-27           # Kaniyat militia leader, Tarhuna

actor Sadiq al-Ghariani
  names  الصادق الغرياني | الغرياني
  code   LBYELI                        # grand mufti
  type   person

actor Ali al-Sallabi
  names  علي الصلابي | علي محمد الصلابي
  code   LBYOPP
  type   person

actor Mohamed Sowan
  names  محمد صوان
  code   LBYPTY 2012..2021             # head of the Justice and Construction Party (Muslim Brotherhood)
  default LBYPTY

actor Farhat Bengdara
  names  فرحات بن قدارة | بن قدارة
  code   LBYGOV 2006..2011-02          # central bank governor
  code   LBYGOV 2022-07..2025-01       # chairman of the National Oil Corporation

actor Sadiq al-Kabir
  names  الصديق الكبير | الصديق عمر الكبير
  code   LBYGOV 2011-10..2024-08       # central bank governor

actor Mustafa Sanalla
  names  مصطفى صنع الله
  code   LBYGOV 2014..2022-07          # chairman of the National Oil Corporation

# ───────────────────────── Tunisia (TUN) ─────────────────────────

actor Zine El Abidine Ben Ali
  names  زين العابدين بن علي
  code   TUNGOV ..2011-01-14           # president 1987-11-07 .. fled 2011-01-14

actor Leila Trabelsi
  names  ليلى الطرابلسي | ليلى بن علي
  code   TUNELI
  type   person

actor Fouad Mebazaa
  names  فؤاد المبزع
  code   TUNGOV 2011-01-15..2011-12-13 # interim president
  code   TUNLEG ..2011-01-14           # speaker of the Chamber of Deputies 1997-2011

actor Moncef Marzouki
  names  المنصف المرزوقي | منصف المرزوقي | محمد المنصف المرزوقي | المرزوقي
  code   TUNOPP ..2011-12-12           # Congress for the Republic
  code   TUNGOV 2011-12-13..2014-12-31 # president
  default TUNOPP

actor Beji Caid Essebsi
  names  الباجي قايد السبسي | قايد السبسي | السبسي | محمد الباجي قايد السبسي
  code   TUNGOV 2011-02-27..2011-12-24 # prime minister
  code   TUNPTY 2012-06..2014-12-30    # founder and leader of Nidaa Tounes
  code   TUNGOV 2014-12-31..2019-07-25 # president, died in office

actor Hafedh Caid Essebsi
  names  حافظ قايد السبسي
  code   TUNPTY 2015..2019             # Nidaa Tounes executive director
  default TUNELI

actor Mohamed Ennaceur
  names  محمد الناصر
  code   TUNGOV 2019-07-25..2019-10-23 # interim president
  code   TUNLEG 2014-12-04..2019-11-13 # speaker of the Assembly of the Representatives of the People
  code   TUNGOV 2011-01-27..2011-12-24 # social affairs minister

actor Kais Saied
  names  قيس سعيد
  code   TUNGOV 2019-10-23..           # president
  default TUNGOV

actor Mohamed Ghannouchi
  names  محمد الغنوشي
  code   TUNGOV ..2011-02-27           # prime minister 1999-11-17..2011-02-27

actor Hamadi Jebali
  names  حمادي الجبالي | الجبالي
  code   TUNGOV 2011-12-24..2013-03-14 # prime minister
  default TUNPTY

actor Ali Laarayedh
  names  علي العريض
  code   TUNGOV 2011-12-24..2014-01-29 # interior minister, prime minister 2013-03-14..2014-01-29
  default TUNPTY

actor Mehdi Jomaa
  names  مهدي جمعة | المهدي جمعة
  code   TUNGOV 2013-03-14..2015-02-06 # industry minister, prime minister 2014-01-29..2015-02-06

actor Habib Essid
  names  الحبيب الصيد | حبيب الصيد
  code   TUNGOV 2011-03-28..2011-12-24 # interior minister
  code   TUNGOV 2015-02-06..2016-08-27 # prime minister

actor Youssef Chahed
  names  يوسف الشاهد
  code   TUNGOV 2016-01-12..2020-02-27 # local affairs minister, prime minister 2016-08-27..2020-02-27
  default TUNPTY

actor Elyes Fakhfakh
  names  إلياس الفخفاخ | الفخفاخ
  code   TUNGOV 2011-12-24..2014-01-29 # tourism then finance minister
  code   TUNGOV 2020-02-27..2020-09-02 # prime minister

actor Hichem Mechichi
  names  هشام المشيشي | المشيشي
  code   TUNGOV 2020-02-27..2021-07-25 # interior minister, prime minister 2020-09-02..2021-07-25

actor Najla Bouden
  names  نجلاء بودن | نجلاء بودن رمضان
  code   TUNGOV 2021-10-11..2023-08-01 # prime minister

actor Ahmed Hachani
  names  أحمد الحشاني | الحشاني
  code   TUNGOV 2023-08-01..2024-08-07 # prime minister

actor Kamel Madouri
  names  كمال المدوري | المدوري
  code   TUNGOV 2024-05..2025-03-21    # social affairs minister, prime minister 2024-08-07..2025-03-21

actor Sara Zaafrani Zenzri
  names  سارة الزعفراني الزنزري | سارة الزعفراني
  code   TUNGOV 2021-10-11..           # equipment minister, prime minister since 2025-03-21
  default TUNGOV

actor Habib Ben Yahia
  names  الحبيب بن يحيى | حبيب بن يحيى
  code   TUNGOV ..2004-11-10           # foreign minister 1999-2004

actor Abdelbaki Hermassi
  names  عبد الباقي الهرماسي | عبدالباقي الهرماسي
  code   TUNGOV 2004-11-10..2005-08-17 # foreign minister

actor Abdelwahab Abdallah
  names  عبد الوهاب عبد الله | عبدالوهاب عبدالله
  code   TUNGOV 2005-08-17..2011-01-14 # foreign minister, then presidential adviser

actor Kamel Morjane
  names  كمال مرجان
  code   TUNGOV 2005-08-17..2011-01-27 # defence minister, foreign minister 2010-01-14..2011-01-27
  default TUNPTY

actor Ahmed Ounaies
  names  أحمد ونيس
  code   TUNGOV 2011-01-27..2011-02-13 # foreign minister

actor Mouldi Kefi
  names  المولدي الكافي | مولدي الكافي
  code   TUNGOV 2011-02-21..2011-12-24 # foreign minister

actor Rafik Abdessalem
  names  رفيق عبد السلام | رفيق عبدالسلام | رفيق بوشلاكة
  code   TUNGOV 2011-12-24..2013-03-14 # foreign minister
  default TUNPTY

actor Othman Jerandi
  names  عثمان الجرندي | الجرندي
  code   TUNGOV 2013-03-14..2014-01-29 # foreign minister
  code   TUNGOV 2020-07..2023-02-07    # foreign minister

actor Mongi Hamdi
  names  المنجي الحامدي | منجي الحامدي
  code   TUNGOV 2014-01-29..2015-02-06 # foreign minister

actor Taieb Baccouche
  names  الطيب البكوش | البكوش
  code   TUNGOV 2015-02-06..2016-01-06 # foreign minister
  code   TUNPTY 2012..2015-02          # secretary-general of Nidaa Tounes

actor Khemaies Jhinaoui
  names  خميس الجهيناوي | الجهيناوي
  code   TUNGOV 2016-01-12..2019-10-29 # foreign minister

actor Noureddine Erray
  names  نور الدين الري
  code   TUNGOV 2020-02-27..2020-07-24 # foreign minister

actor Nabil Ammar
  names  نبيل عمار
  code   TUNGOV 2023-02-07..2024-08-25 # foreign minister

actor Mohamed Ali Nafti
  names  محمد علي النفطي
  code   TUNGOV 2024-08-25..           # foreign minister
  default TUNGOV

actor Ridha Grira
  names  رضا قريرة
  code   TUNGOV 2010-01-14..2011-01-27 # defence minister

actor Abdelkrim Zbidi
  names  عبد الكريم الزبيدي | عبدالكريم الزبيدي
  code   TUNGOV 2011-01-27..2013-03-14 # defence minister
  code   TUNGOV 2017-09-12..2019-08    # defence minister

actor Rachid Sabbagh
  names  رشيد الصباغ
  code   TUNGOV 2013-03-14..2014-01-29 # defence minister

actor Ghazi Jeribi
  names  غازي الجريبي
  code   TUNGOV 2014-01-29..2015-02-06 # defence minister
  code   TUNGOV 2016-08-27..2020-02-27 # justice minister

actor Farhat Horchani
  names  فرحات الحرشاني
  code   TUNGOV 2015-02-06..2017-09-12 # defence minister

actor Imed Hazgui
  names  عماد الحزقي
  code   TUNGOV 2020-02-27..2020-09-02 # defence minister

actor Brahim Bartagi
  names  إبراهيم البرتاجي
  code   TUNGOV 2020-09-02..2021-07-25 # defence minister

actor Imed Memmiche
  names  عماد مميش
  code   TUNGOV 2021-10-11..2024-01    # defence minister

actor Khaled Sehili
  names  خالد السهيلي
  code   TUNGOV 2024-01..              # defence minister

actor Rachid Ammar
  names  رشيد عمار
  code   TUNMIL ..2013-06-27           # chief of staff of the army, then of the armed forces

actor Rafik Belhaj Kacem
  names  رفيق بالحاج قاسم | رفيق الحاج قاسم
  code   TUNGOV 2004-11..2011-01-12    # interior minister

actor Ahmed Friaa
  names  أحمد فريعة
  code   TUNGOV 2011-01-12..2011-01-27 # interior minister

actor Farhat Rajhi
  names  فرحات الراجحي
  code   TUNGOV 2011-01-27..2011-03-28 # interior minister

actor Lotfi Ben Jeddou
  names  لطفي بن جدو
  code   TUNGOV 2013-03-14..2015-02-06 # interior minister

actor Najem Gharsalli
  names  ناجم الغرسلي | محمد ناجم الغرسلي
  code   TUNGOV 2015-02-06..2016-01-06 # interior minister

actor Hedi Majdoub
  names  الهادي المجدوب | هادي المجدوب
  code   TUNGOV 2016-01-06..2017-09-12 # interior minister

actor Lotfi Brahem
  names  لطفي براهم
  code   TUNGOV 2017-09-12..2018-06-06 # interior minister

actor Hichem Fourati
  names  هشام الفوراتي
  code   TUNGOV 2018-07..2020-02-27    # interior minister

actor Taoufik Charfeddine
  names  توفيق شرف الدين
  code   TUNGOV 2020-09-02..2021-01    # interior minister
  code   TUNGOV 2021-10-11..2023-03-17 # interior minister

actor Kamel Feki
  names  كمال الفقي
  code   TUNGOV 2023-03-17..2024-08-25 # interior minister

actor Khaled Nouri
  names  خالد النوري
  code   TUNGOV 2024-08-25..           # interior minister

actor Mustapha Ben Jafar
  names  مصطفى بن جعفر
  code   TUNLEG 2011-11-22..2014-12-02 # president of the National Constituent Assembly
  default TUNPTY

actor Rached Ghannouchi
  names  راشد الغنوشي | راشد الخريجي الغنوشي
  code   TUNLEG 2019-11-13..2021-07-25 # speaker of the Assembly of the Representatives of the People
  code   TUNOPP ..2011-01-29           # Ennahda leader in exile
  code   TUNPTY 2011-01-30..           # president of Ennahda
  default TUNPTY

actor Abdelfattah Mourou
  names  عبد الفتاح مورو | عبدالفتاح مورو | مورو
  code   TUNLEG 2014-12-04..2019-11-13 # first deputy speaker
  default TUNPTY

actor Brahim Bouderbala
  names  إبراهيم بودربالة | بودربالة
  code   TUNLEG 2023-03-13..           # speaker of the Assembly of the Representatives of the People
  default TUNLEG

actor Hamma Hammami
  names  حمة الهمامي | حمه الهمامي
  code   TUNOPP
  type   person

actor Ahmed Najib Chebbi
  names  أحمد نجيب الشابي | نجيب الشابي
  code   TUNOPP
  type   person

actor Abir Moussi
  names  عبير موسي
  code   TUNOPP                        # leader of the Free Destourian Party
  type   person

actor Nabil Karoui
  names  نبيل القروي
  code   TUNPTY                        # leader of Qalb Tounes, presidential runner-up 2019
  type   person

actor Mohsen Marzouk
  names  محسن مرزوق
  code   TUNPTY
  type   person

actor Chokri Belaid
  names  شكري بلعيد
  code   TUNOPP ..2013-02-06           # assassinated 2013-02-06

actor Mohamed Brahmi
  names  محمد البراهمي
  code   TUNOPP ..2013-07-25           # assassinated 2013-07-25

actor Houcine Abassi
  names  حسين العباسي
  code   TUNLAB 2011-12..2017-01       # secretary-general of the UGTT

actor Noureddine Taboubi
  names  نور الدين الطبوبي | الطبوبي
  code   TUNLAB 2017-01..              # secretary-general of the UGTT
  default TUNLAB

# ───────────────────────── Algeria (DZA) ─────────────────────────

actor Abdelaziz Bouteflika
  names  عبد العزيز بوتفليقة | عبدالعزيز بوتفليقة | بوتفليقة
  code   DZAGOV ..2019-04-02           # president 1999-04-27 .. resigned 2019-04-02

actor Said Bouteflika
  names  سعيد بوتفليقة | السعيد بوتفليقة
  code   DZAGOV ..2019-04-02           # special adviser to the president (his brother)

actor Abdelkader Bensalah
  names  عبد القادر بن صالح | عبدالقادر بن صالح
  code   DZAGOV 2019-04-09..2019-12-19 # interim head of state
  code   DZALEG 2002-07-02..2019-04-08 # president of the Council of the Nation

actor Abdelmadjid Tebboune
  names  عبد المجيد تبون | عبدالمجيد تبون | تبون
  code   DZAGOV 2012-09-11..2017-08-15 # housing minister, prime minister 2017-05-25..2017-08-15
  code   DZAGOV 2019-12-19..           # president
  default DZAGOV

actor Ali Benflis
  names  علي بن فليس | بن فليس
  code   DZAGOV 2000-08-26..2003-05-05 # prime minister
  default DZAOPP

actor Ahmed Ouyahia
  names  أحمد أويحيى | أويحيى | أحمد أويحي
  code   DZAGOV ..2006-05-24           # justice minister, minister of state, prime minister 2003-05-05..2006-05-24
  code   DZAPTY 2006-05-25..2008-06-22 # secretary-general of the RND
  code   DZAGOV 2008-06-23..2012-09-03 # prime minister
  code   DZAGOV 2014-03..2019-03-11    # presidential chief of staff, prime minister 2017-08-15..2019-03-11

actor Abdelaziz Belkhadem
  names  عبد العزيز بلخادم | عبدالعزيز بلخادم | بلخادم
  code   DZAGOV 2000-08-26..2014-08    # foreign minister 2000-2005, prime minister 2006-05-24..2008-06-23, minister of state
  default DZAPTY

actor Abdelmalek Sellal
  names  عبد المالك سلال | عبدالمالك سلال
  code   DZAGOV 1999-12..2014-03-13    # minister (water resources etc.), prime minister from 2012-09-03
  code   DZAGOV 2014-04-28..2017-05-24 # prime minister

actor Youcef Yousfi
  names  يوسف يوسفي
  code   DZAGOV 1999-12..2000-08-26    # foreign minister
  code   DZAGOV 2010-05-28..2017-08    # energy minister, acting prime minister 2014-03-13..2014-04-28, industry minister

actor Noureddine Bedoui
  names  نور الدين بدوي
  code   DZAGOV 2015-05-14..2019-12-19 # interior minister, prime minister 2019-03-11..2019-12-19

actor Abdelaziz Djerad
  names  عبد العزيز جراد | عبدالعزيز جراد
  code   DZAGOV 2019-12-28..2021-06-30 # prime minister

actor Aymen Benabderrahmane
  names  أيمن بن عبد الرحمن | أيمن بن عبدالرحمن | أيمن بن عبد الرحمان | أيمن بن عبدالرحمان
  code   DZAGOV 2020-06-23..2023-11-11 # finance minister, prime minister 2021-06-30..2023-11-11

actor Nadir Larbaoui
  names  نذير العرباوي | العرباوي
  code   DZAGOV 2023-03..2025-08-28    # presidential chief of staff, prime minister 2023-11-11..2025-08-28

actor Sifi Ghrieb
  names  سيفي غريب
  code   DZAGOV 2024-11..              # industry minister, prime minister since 2025-08-28 (acting), 2025-09-14
  default DZAGOV

actor Mohamed Bedjaoui
  names  محمد بجاوي
  code   DZAGOV 2005-05-01..2007-06-04 # foreign minister

actor Mourad Medelci
  names  مراد مدلسي
  code   DZAGOV 2005-05..2013-09-11    # finance minister, foreign minister 2007-06-04..2013-09-11

actor Ramtane Lamamra
  names  رمطان لعمامرة | لعمامرة
  code   IGOAFRAFU 2008-04..2013-09-10 # AU commissioner for peace and security
  code   DZAGOV 2013-09-11..2017-05-25 # foreign minister
  code   DZAGOV 2019-03-11..2019-03-31 # deputy PM and foreign minister
  code   DZAGOV 2021-07-07..2023-03-16 # foreign minister
  code   IGOUNO 2023-11..              # UN personal envoy for Sudan
  default DZAELI

actor Abdelkader Messahel
  names  عبد القادر مساهل | عبدالقادر مساهل | مساهل
  code   DZAGOV 2013-09-11..2019-03-11 # minister of Maghreb and African affairs, foreign minister 2017-05-25..2019-03-11

actor Sabri Boukadoum
  names  صبري بوقدوم | بوقدوم
  code   DZAGOV 2019-03-31..2021-07-07 # foreign minister, acting prime minister 2019-12-19..2019-12-28

actor Ahmed Attaf
  names  أحمد عطاف | عطاف
  code   DZAGOV 2023-03-16..           # foreign minister (also 1996-1999)
  default DZAGOV

actor Mohamed Lamari
  names  محمد العماري
  code   DZAMIL ..2004-08-03           # chief of staff of the army

actor Ahmed Gaid Salah
  names  أحمد قايد صالح | قايد صالح
  code   DZAMIL 2004-08-03..2019-12-23 # chief of staff, deputy defence minister from 2013; died 2019-12-23

actor Said Chengriha
  names  السعيد شنقريحة | سعيد شنقريحة | شنقريحة
  code   DZAMIL 2018..                 # land forces commander, chief of staff since 2019-12-23
  default DZAMIL

actor Abdelmalek Guenaizia
  names  عبد المالك قنايزية | عبدالمالك قنايزية | قنايزية
  code   DZAGOV 2005-05..2013-09-11    # minister delegate for national defence

actor Khaled Nezzar
  names  خالد نزار
  code   DZAELI ..2023-12-29           # former defence minister (1990-1993)

actor Mohamed Mediene
  names  محمد مدين
  code   DZASPY ..2015-09-13           # head of the DRS intelligence service 1990-2015

actor Athmane Tartag
  names  عثمان طرطاق | بشير طرطاق
  code   DZASPY 2015-09-13..2019-04    # head of the DSS intelligence service

actor Yazid Zerhouni
  names  نور الدين يزيد زرهوني | يزيد زرهوني | زرهوني
  code   DZAGOV ..2012-09              # interior minister 1999-2010, deputy prime minister 2010-2012

actor Daho Ould Kablia
  names  دحو ولد قابلية | ولد قابلية
  code   DZAGOV 2010-05-28..2013-09-11 # interior minister

actor Tayeb Belaiz
  names  الطيب بلعيز | بلعيز
  code   DZAGOV 2013-09-11..2015-05-14 # interior minister (justice minister 2003-2012)
  code   DZAJUD 2019-02..2019-04-16    # president of the Constitutional Council

actor Salah Eddine Dahmoune
  names  صلاح الدين دحمون | دحمون
  code   DZAGOV 2019-03-31..2020-01    # interior minister

actor Kamel Beldjoud
  names  كمال بلجود | بلجود
  code   DZAGOV 2019-12..2023-03-16    # housing minister, interior minister 2020-2023

actor Brahim Merad
  names  إبراهيم مراد
  code   DZAGOV 2023-03-16..           # interior minister, minister of state for local authorities since 2025-09-14
  default DZAGOV

actor Abdelaziz Ziari
  names  عبد العزيز زياري | عبدالعزيز زياري | زياري
  code   DZALEG 2007-05..2012-05-26    # speaker of the People's National Assembly

actor Larbi Ould Khelifa
  names  العربي ولد خليفة | محمد العربي ولد خليفة
  code   DZALEG 2012-05-26..2017-05-23 # speaker of the People's National Assembly

actor Said Bouhadja
  names  السعيد بوحجة | سعيد بوحجة | بوحجة
  code   DZALEG 2017-05-23..2018-10-24 # speaker of the People's National Assembly

actor Mouad Bouchareb
  names  معاذ بوشارب | بوشارب
  code   DZALEG 2018-10-24..2019-07-02 # speaker of the People's National Assembly

actor Slimane Chenine
  names  سليمان شنين | شنين
  code   DZALEG 2019-07-10..2021-06    # speaker of the People's National Assembly

actor Brahim Boughali
  names  إبراهيم بوغالي | بوغالي
  code   DZALEG 2021-07-08..           # speaker of the People's National Assembly
  default DZALEG

actor Salah Goudjil
  names  صالح قوجيل | قوجيل
  code   DZALEG 2019-04-09..2025-05-19 # (interim) president of the Council of the Nation

actor Azouz Nasri
  names  عزوز ناصري
  code   DZALEG 2025-05-19..           # president of the Council of the Nation
  default DZALEG

actor Said Sayoud
  names  سعيد سعيود
  code   DZAGOV 2025-09-14..           # interior and transport minister (transport minister before)
  default DZAGOV

actor Amar Saadani
  names  عمار سعداني | سعداني
  code   DZALEG 2004-06..2007-05       # speaker of the People's National Assembly
  code   DZAPTY 2013-08..2016-10       # secretary-general of the FLN

actor Louisa Hanoune
  names  لويزة حنون
  code   DZAOPP                        # leader of the Workers' Party
  type   person

actor Abdallah Djaballah
  names  عبد الله جاب الله | عبدالله جاب الله | جاب الله
  code   DZAOPP                        # leader of the Justice and Development Front
  type   person

actor Abderrazak Makri
  names  عبد الرزاق مقري | عبدالرزاق مقري
  code   DZAOPP                        # president of the Movement of Society for Peace 2013-2023
  type   person

actor Abdelkader Bengrina
  names  عبد القادر بن قرينة | عبدالقادر بن قرينة | بن قرينة
  code   DZAPTY                        # leader of the El Bina movement
  type   person

actor Ali Belhadj
  names  علي بلحاج
  code   DZAOPP                        # deputy leader of the banned Islamic Salvation Front
  type   person

actor Abbassi Madani
  names  عباسي مدني
  code   DZAOPP ..2019-04-24           # leader of the Islamic Salvation Front, died in exile

actor Hocine Ait Ahmed
  names  حسين آيت أحمد | آيت أحمد
  code   DZAOPP ..2015-12-23           # founder of the Socialist Forces Front

actor Said Sadi
  names  سعيد سعدي
  code   DZAOPP                        # founder of the RCD
  type   person


# ───────────────────────── Morocco (MAR) ─────────────────────────

actor Mohammed VI of Morocco
  names  محمد السادس
  code   MARGOV                        # king since 1999-07-23
  type   person

actor Abderrahmane Youssoufi
  names  عبد الرحمن اليوسفي | عبدالرحمن اليوسفي
  code   MARGOV ..2002-10-09           # prime minister 1998-03-14..2002-10-09

actor Driss Jettou
  names  إدريس جطو | جطو
  code   MARGOV 2001-09..2007-09-19    # interior minister, prime minister 2002-10-09..2007-09-19

actor Abbas El Fassi
  names  عباس الفاسي
  code   MARGOV 2002-11..2012-01-03    # minister of state, prime minister 2007-09-19..2012-01-03
  default MARPTY

actor Abdelilah Benkirane
  names  عبد الإله بن كيران | عبدالإله بن كيران | عبد الإله بنكيران | عبدالإله بنكيران | عبد الإله ابن كيران | عبدالإله ابن كيران | بنكيران | ابن كيران | بن كيران
  code   MARGOV 2011-11-29..2017-04-05 # head of government
  default MARPTY

actor Saadeddine Othmani
  names  سعد الدين العثماني
  code   MARGOV 2012-01-03..2013-10-10 # foreign minister
  code   MARGOV 2017-03-17..2021-10-07 # head of government

actor Aziz Akhannouch
  names  عزيز أخنوش | أخنوش
  code   MARGOV 2007-10-15..           # agriculture minister, head of government since 2021-10-07
  default MARGOV

actor Mohamed Benaissa
  names  محمد بن عيسى
  code   MARGOV ..2007-10-15           # foreign minister 1999-2007

actor Taieb Fassi Fihri
  names  الطيب الفاسي الفهري | الفاسي الفهري
  code   MARGOV 2007-10-15..           # foreign minister 2007-2012, royal adviser since 2012
  default MARGOV

actor Salaheddine Mezouar
  names  صلاح الدين مزوار | مزوار
  code   MARGOV 2007-10-15..2012-01-03 # finance minister
  code   MARGOV 2013-10-10..2017-04-05 # foreign minister

actor Nasser Bourita
  names  ناصر بوريطة | بوريطة
  code   MARGOV 2011..                 # secretary-general of the foreign ministry, foreign minister since 2017-04-05
  default MARGOV

actor Abderrahmane Sbai
  names  عبد الرحمن السباعي | عبدالرحمن السباعي
  code   MARGOV ..2010-07              # minister delegate for national defence

actor Abdellatif Loudiyi
  names  عبد اللطيف لوديي | عبداللطيف لوديي | لوديي
  code   MARGOV 2010-07..              # minister delegate for national defence
  default MARGOV

actor Abdelaziz Bennani
  names  عبد العزيز بناني | عبدالعزيز بناني
  code   MARMIL ..2013                 # inspector general of the Royal Armed Forces

actor Bouchaib Arroub
  names  بوشعيب عروب
  code   MARMIL 2013..2017-07          # inspector general of the Royal Armed Forces

actor Abdelfattah Louarak
  names  عبد الفتاح الوراق | عبدالفتاح الوراق
  code   MARMIL 2017-07..2023          # inspector general of the Royal Armed Forces

actor Mohammed Berrid
  names  محمد بريظ
  code   MARMIL 2023..                 # inspector general of the Royal Armed Forces
  default MARMIL

actor Yassine Mansouri
  names  ياسين المنصوري
  code   MARSPY 2005-02..              # director of the DGED foreign intelligence
  default MARSPY

actor Abdellatif Hammouchi
  names  عبد اللطيف الحموشي | عبداللطيف الحموشي | الحموشي
  code   MARSPY 2005-12..              # director of the DGST, also director of national security since 2015
  default MARSPY

actor Ahmed Midaoui
  names  أحمد الميداوي | الميداوي
  code   MARGOV ..2001-09              # interior minister

actor Mustapha Sahel
  names  مصطفى الساهل
  code   MARGOV 2002-11..2006-02       # interior minister

actor Chakib Benmoussa
  names  شكيب بنموسى | بنموسى
  code   MARGOV 2006-02..2010-01       # interior minister
  code   MARGOV 2021-10-07..2024-10    # education minister

actor Taieb Cherkaoui
  names  الطيب الشرقاوي
  code   MARGOV 2010-01..2012-01-03    # interior minister

actor Mohand Laenser
  names  امحند العنصر | محند العنصر
  code   MARGOV 2012-01-03..2013-10-10 # interior minister
  default MARPTY

actor Mohamed Hassad
  names  محمد حصاد
  code   MARGOV 2013-10-10..2017-10    # interior minister, then education minister

actor Abdelouafi Laftit
  names  عبد الوافي لفتيت | عبدالوافي لفتيت | لفتيت
  code   MARGOV 2017-04-05..           # interior minister
  default MARGOV

actor Abdelwahed Radi
  names  عبد الواحد الراضي | عبدالواحد الراضي
  code   MARLEG ..2007-10              # speaker of the House of Representatives
  code   MARLEG 2010-10..2011-12       # speaker of the House of Representatives

actor Mustapha Mansouri
  names  مصطفى المنصوري
  code   MARLEG 2007-10..2010-10       # speaker of the House of Representatives

actor Karim Ghellab
  names  كريم غلاب
  code   MARLEG 2012-01..2014-04       # speaker of the House of Representatives

actor Rachid Talbi Alami
  names  رشيد الطالبي العلمي | الطالبي العلمي
  code   MARLEG 2014-04..2016-10       # speaker of the House of Representatives
  code   MARGOV 2017-04-05..2019-10-09 # youth and sports minister
  code   MARLEG 2021-10-11..           # speaker of the House of Representatives
  default MARLEG

actor Habib El Malki
  names  الحبيب المالكي | حبيب المالكي
  code   MARLEG 2017-01-16..2021-10    # speaker of the House of Representatives

actor Fouad Ali El Himma
  names  فؤاد عالي الهمة | فؤاد علي الهمة
  code   MARGOV 2011-12..              # royal adviser
  default MARGOV

actor Nasser Zefzafi
  names  ناصر الزفزافي | الزفزافي
  code   MARCVL                        # leader of the 2016-2017 Rif protest movement
  type   person

actor Abdessalam Yassine
  names  عبد السلام ياسين | عبدالسلام ياسين
  code   MAROPP ..2012-12-13           # founder of Al Adl wal Ihsan

# ───────────────────────── Mauritania (MRT) ─────────────────────────

actor Maaouya Ould Sid'Ahmed Taya
  names  معاوية ولد سيد أحمد الطايع | معاوية ولد الطايع | ولد الطايع
  code   MRTGOV ..2005-08-03           # president 1984 .. ousted 2005-08-03

actor Ely Ould Mohamed Vall
  names  اعلي ولد محمد فال | اعل ولد محمد فال
  code   MRTCOP ..2005-08-02           # director of national security
  code   MRTGOV 2005-08-03..2007-04-19 # head of the Military Council for Justice and Democracy

actor Sidi Ould Cheikh Abdallahi
  names  سيدي ولد الشيخ عبد الله | سيدي ولد الشيخ عبدالله | سيدي محمد ولد الشيخ عبد الله | سيدي محمد ولد الشيخ عبدالله
  code   MRTGOV 2007-04-19..2008-08-06 # president, ousted by coup

actor Mohamed Ould Abdel Aziz
  names  محمد ولد عبد العزيز | محمد ولد عبدالعزيز | ولد عبد العزيز | ولد عبدالعزيز
  code   MRTMIL ..2008-08-05           # commander of the presidential guard
  code   MRTGOV 2008-08-06..2009-04-15 # head of the High State Council
  code   MRTGOV 2009-08-05..2019-08-01 # president

actor Mohamed Ould Ghazouani
  names  محمد ولد الشيخ الغزواني | محمد ولد الغزواني | ولد الغزواني | الغزواني | محمد ولد الشيخ محمد أحمد الغزواني
  code   MRTMIL 2008-08..2018-11       # chief of staff of the armed forces
  code   MRTGOV 2018-11..2019-03       # defence minister
  code   MRTGOV 2019-08-01..           # president
  default MRTGOV

actor Cheikh El Avia Ould Mohamed Khouna
  names  الشيخ العافية ولد محمد خونه
  code   MRTGOV ..2003-07-06           # prime minister

actor Sghair Ould M'Bareck
  names  الصغير ولد امبارك
  code   MRTGOV 2003-07-06..2005-08-07 # prime minister

actor Sidi Mohamed Ould Boubacar
  names  سيدي محمد ولد ببكر | سيدي محمد ولد بوبكر
  code   MRTGOV 2005-08-07..2007-04-20 # prime minister

actor Zeine Ould Zeidane
  names  الزين ولد زيدان
  code   MRTGOV 2007-04-20..2008-05-06 # prime minister

actor Yahya Ould Ahmed El Waghef
  names  يحيى ولد أحمد الواقف
  code   MRTGOV 2008-05-06..2008-08-06 # prime minister

actor Moulaye Ould Mohamed Laghdaf
  names  مولاي ولد محمد الأغظف | مولاي ولد محمد لقظف
  code   MRTGOV 2008-08-14..2014-08-20 # prime minister

actor Yahya Ould Hademine
  names  يحيى ولد حدمين
  code   MRTGOV 2014-08-20..2018-10-29 # prime minister

actor Mohamed Salem Ould Bechir
  names  محمد سالم ولد البشير
  code   MRTGOV 2018-10-29..2019-08-03 # prime minister

actor Ismail Ould Bedde Ould Cheikh Sidiya
  names  إسماعيل ولد بده ولد الشيخ سيديا | إسماعيل ولد الشيخ سيديا
  code   MRTGOV 2019-08-03..2020-08-06 # prime minister

actor Mohamed Ould Bilal
  names  محمد ولد بلال | محمد ولد بلال مسعود
  code   MRTGOV 2020-08-06..2024-08-02 # prime minister

actor Mokhtar Ould Djay
  names  المختار ولد اجاي | مختار ولد اجاي
  code   MRTGOV 2024-08-02..           # prime minister
  default MRTGOV

actor Naha Mint Mouknass
  names  الناها بنت مكناس
  code   MRTGOV 2009-08..2011-03       # foreign minister


actor Mohamed Salem Ould Merzoug
  names  محمد سالم ولد مرزوك | ولد مرزوك
  code   MRTGOV 2020-08-06..           # foreign minister
  default MRTGOV

actor Messaoud Ould Boulkheir
  names  مسعود ولد بلخير
  code   MRTLEG 2007-04..2014-01       # speaker of the National Assembly
  default MRTOPP

actor Cheikh Ould Baya
  names  الشيخ ولد بايه
  code   MRTLEG 2018-10..2023-06       # speaker of the National Assembly

actor Mohamed Ould Meguett
  names  محمد ولد مكت
  code   MRTLEG 2023-06..              # speaker of the National Assembly
  default MRTLEG

actor Ahmed Ould Daddah
  names  أحمد ولد داداه
  code   MRTOPP
  type   person

actor Biram Dah Abeid
  names  بيرام الداه اعبيد | بيرام ولد الداه ولد اعبيد | بيرام ولد اعبيد
  code   MRTOPP
  type   person

actor Mohamed Jemil Mansour
  names  محمد جميل منصور
  code   MRTPTY                        # leader of the Tawassoul party 2007-2017
  type   person

# ───────────────────────── Sudan (SDN) ─────────────────────────

actor Omar al-Bashir
  names  عمر البشير | عمر حسن أحمد البشير | عمر حسن البشير | البشير
  code   SDNGOV ..2019-04-11           # president 1989 .. ousted 2019-04-11

actor Ali Osman Taha
  names  علي عثمان محمد طه | علي عثمان طه
  code   SDNGOV ..2013-12-08           # first vice president 1998-2005 and 2011-2013, vice president 2005-2011

actor Hassan al-Turabi
  names  حسن الترابي | حسن عبد الله الترابي | حسن عبدالله الترابي
  code   SDNOPP ..2016-03-05           # Popular Congress Party leader, died 2016-03-05

actor Sadiq al-Mahdi
  names  الصادق المهدي | الصادق الصديق المهدي
  code   SDNOPP ..2020-11-26           # leader of the Umma party, died 2020-11-26

actor Mohamed Osman al-Mirghani
  names  محمد عثمان الميرغني | الميرغني
  code   SDNPTY                        # leader of the Democratic Unionist Party
  type   person


actor Bakri Hassan Saleh
  names  بكري حسن صالح
  code   SDNGOV ..2019-02-22           # minister, first vice president 2013-2019, prime minister 2017-03-01..2018-09-09

actor Motazz Moussa
  names  معتز موسى | معتز موسى عبد الله | معتز موسى عبدالله
  code   SDNGOV 2018-09-09..2019-02-22 # prime minister

actor Mohamed Tahir Ayala
  names  محمد طاهر إيلا
  code   SDNGOV 2019-02-22..2019-04-11 # prime minister

actor Ahmed Awad Ibn Auf
  names  أحمد عوض بن عوف | عوض بن عوف | عوض ابن عوف | أحمد عوض ابن عوف
  code   SDNGOV 2015-06..2019-04-12    # defence minister, first vice president, head of the military council 2019-04-11..2019-04-12

actor Abdel Fattah al-Burhan
  names  عبد الفتاح البرهان | عبدالفتاح البرهان | البرهان | عبد الفتاح عبد الرحمن البرهان | عبدالفتاح عبدالرحمن البرهان
  code   SDNMIL 2018-02..2019-04-11    # commander of the ground forces, army inspector general
  code   SDNGOV 2019-04-12..           # chairman of the military council, then of the Sovereignty Council; commander in chief
  default SDNGOV

actor Mohamed Hamdan Dagalo (Hemedti)
  names  محمد حمدان دقلو | حميدتي | محمد حمدان دقلو حميدتي | محمد حمدان حميدتي
  code   SDNMIL 2013-08..2019-04-11    # commander of the Rapid Support Forces (state paramilitary)
  code   SDNGOV 2019-04-12..2023-04-14 # deputy chairman of the military and then Sovereignty Council
  code   SDNREB 2023-04-15..           # RSF commander at war with the army
  default SDNREB

actor Abdel Rahim Dagalo
  names  عبد الرحيم دقلو | عبدالرحيم دقلو | عبد الرحيم حمدان دقلو | عبدالرحيم حمدان دقلو
  code   SDNMIL ..2023-04-14           # deputy commander of the RSF
  code   SDNREB 2023-04-15..
  default SDNREB

actor Shams al-Din Kabbashi
  names  شمس الدين كباشي | شمس الدين الكباشي | كباشي
  code   SDNGOV 2019-04-12..           # military council and Sovereignty Council member; deputy commander in chief
  default SDNMIL

actor Yasser al-Atta
  names  ياسر العطا | ياسر عبد الرحمن العطا | ياسر عبدالرحمن العطا
  code   SDNGOV 2019-04-12..           # Sovereignty Council member; assistant commander in chief
  default SDNMIL

actor Ibrahim Jaber
  names  إبراهيم جابر | إبراهيم جابر إبراهيم
  code   SDNGOV 2019-04-12..           # Sovereignty Council member
  default SDNGOV

actor Malik Agar
  names  مالك عقار | مالك عقار إير
  code   SDNREB ..2020-10-02           # chairman of the SPLM-North
  code   SDNGOV 2020-10-03..           # Sovereignty Council member, deputy chairman since 2023-05-19
  default SDNGOV

actor Abdalla Hamdok
  names  عبد الله حمدوك | عبدالله حمدوك | حمدوك
  code   SDNGOV 2019-08-21..2022-01-02 # prime minister (detained 2021-10-25, reinstated 2021-11-21)
  code   SDNOPP 2022-01-03..           # head of the civilian coalition Taqaddum / Sumud
  default SDNOPP

actor Dafallah al-Haj Ali
  names  دفع الله الحاج علي
  code   SDNGOV 2025-04..2025-05-19    # acting prime minister

actor Kamil Idris
  names  كامل إدريس | كامل الطيب إدريس
  code   SDNGOV 2025-05-19..           # prime minister
  default SDNGOV

actor Mustafa Osman Ismail
  names  مصطفى عثمان إسماعيل
  code   SDNGOV ..2005-09              # foreign minister 1998-2005, then presidential adviser

actor Lam Akol
  names  لام أكول
  code   SDNGOV 2005-09..2007-10       # foreign minister

actor Deng Alor
  names  دينق ألور | دينق ألور كول
  code   SDNGOV 2007-10..2010-06       # foreign minister

actor Ali Karti
  names  علي كرتي | علي أحمد كرتي
  code   SDNGOV 2010-06..2015-06       # foreign minister
  code   SDNPTY 2019..                 # secretary-general of the Islamic Movement
  default SDNPTY

actor Ibrahim Ghandour
  names  إبراهيم غندور
  code   SDNGOV 2015-06..2018-04-19    # foreign minister

actor El-Dirdiri Mohamed Ahmed
  names  الدرديري محمد أحمد | الدرديري محمد أحمد الدخيري
  code   SDNGOV 2018-06..2019-04-11    # foreign minister

actor Asma Mohamed Abdalla
  names  أسماء محمد عبد الله | أسماء محمد عبدالله
  code   SDNGOV 2019-09-08..2020-07-09 # foreign minister

actor Omer Gamar Aldin
  names  عمر قمر الدين | عمر قمر الدين إسماعيل
  code   SDNGOV 2020-07-09..2021-02-08 # acting foreign minister

actor Mariam al-Sadiq al-Mahdi
  names  مريم الصادق المهدي | مريم الصادق
  code   SDNGOV 2021-02-08..2021-10-25 # foreign minister
  default SDNOPP

actor Ali al-Sadiq
  names  علي الصادق | علي الصادق علي
  code   SDNGOV 2021-11..2023-11       # acting foreign minister

actor Hussein Awad Ali
  names  حسين عوض علي | حسين عوض
  code   SDNGOV 2023-11..2024-11       # foreign minister

actor Ali Youssef al-Sharif
  names  علي يوسف الشريف | علي يوسف أحمد الشريف
  code   SDNGOV 2024-11..2025          # foreign minister

actor Abdel Rahim Mohammed Hussein
  names  عبد الرحيم محمد حسين | عبدالرحيم محمد حسين
  code   SDNGOV ..2019-04-11           # interior minister, defence minister 2005-2015, governor of Khartoum 2015-2019

actor Jamal al-Din Omar
  names  جمال الدين عمر | جمال الدين عمر محمد إبراهيم
  code   SDNGOV 2019-04-12..2020-03-25 # military council member, defence minister from 2019-09, died 2020-03-25

actor Yassin Ibrahim Yassin
  names  ياسين إبراهيم ياسين | ياسين إبراهيم
  code   SDNGOV 2020-05-13..2025-06    # defence minister

actor Hassan Kabroun
  names  حسن داود كبرون | حسن كبرون
  code   SDNGOV 2025-07..              # defence minister in the Kamil Idris government
  default SDNGOV

actor Salah Gosh
  names  صلاح قوش | صلاح عبد الله قوش | صلاح عبدالله قوش | صلاح عبد الله محمد صالح | صلاح عبدالله محمد صالح
  code   SDNSPY ..2009-08              # director of NISS
  code   SDNSPY 2018-02-11..2019-04-13 # director of NISS

actor Mohamed Atta al-Moula
  names  محمد عطا المولى | محمد عطا المولى عباس
  code   SDNSPY 2009-08..2018-02-11    # director of NISS

actor Ahmed Haroun
  names  أحمد هارون | أحمد محمد هارون
  code   SDNGOV ..2019-04-11           # state minister, governor of South Kordofan and North Kordofan; ICC indictee
  default SDNPTY

actor Ali Kushayb
  names  علي كوشيب | علي محمد علي عبد الرحمن | علي محمد علي عبدالرحمن
  code   SDNREB                        # Janjaweed commander, convicted by the ICC 2025
  type   person

actor Minni Minawi
  names  مني أركو مناوي | مني مناوي | ميني أركو ميناوي | ميني مناوي
  code   SDNREB ..2006-05              # SLA-Minawi leader
  code   SDNGOV 2006-05..2010-12       # senior assistant to the president
  code   SDNREB 2011..2020-10-02
  code   SDNGOV 2021-05..              # governor of Darfur region
  default SDNGOV

actor Jibril Ibrahim
  names  جبريل إبراهيم | جبريل إبراهيم محمد
  code   SDNREB ..2020-10-02           # leader of the Justice and Equality Movement
  code   SDNGOV 2021-02-08..           # finance minister
  default SDNGOV

actor Khalil Ibrahim
  names  خليل إبراهيم | خليل إبراهيم محمد
  code   SDNREB ..2011-12-25           # founder of the Justice and Equality Movement, killed 2011-12-25

actor Abdul Wahid al-Nur
  names  عبد الواحد محمد نور | عبدالواحد محمد نور | عبد الواحد محمد أحمد النور | عبدالواحد محمد أحمد النور | عبد الواحد نور | عبدالواحد نور
  code   SDNREB                        # leader of the SLA-Abdul Wahid
  type   person

actor Abdelaziz al-Hilu
  names  عبد العزيز الحلو | عبدالعزيز الحلو | عبد العزيز آدم الحلو | عبدالعزيز آدم الحلو
  code   SDNREB                        # leader of the SPLM-North (al-Hilu)
  type   person

actor Khalid Omer Yousif
  names  خالد عمر يوسف | خالد سلك
  code   SDNGOV 2021-02-08..2021-10-25 # cabinet affairs minister
  default SDNOPP

actor Mohamed al-Faki Suleiman
  names  محمد الفكي سليمان
  code   SDNGOV 2019-08-21..2021-10-25 # Sovereignty Council member
  default SDNOPP

actor Mohamed Hassan al-Ta'ishi
  names  محمد حسن التعايشي | التعايشي
  code   SDNGOV 2019-08-21..2023-04-14 # Sovereignty Council member
  code   SDNREB 2025-07..              # prime minister of the RSF-led parallel government
  default SDNOPP

# ───────────────────────── Somalia (SOM) ─────────────────────────

actor Abdiqasim Salad Hassan
  names  عبد القاسم صلاد حسن | عبدالقاسم صلاد حسن | عبدي قاسم صلاد حسن
  code   SOMGOV 2000-08-27..2004-10-14 # president of the Transitional National Government

actor Abdullahi Yusuf Ahmed
  names  عبد الله يوسف أحمد | عبدالله يوسف أحمد | عبد الله يوسف | عبدالله يوسف
  code   SOMGOV 1998..2008-12-29       # president of Puntland, then president of the Transitional Federal Government 2004-10-14..2008-12-29

actor Adan Mohamed Nur Madobe
  names  آدم محمد نور مادوبي | آدم مادوبي | آدم مدوبي
  code   SOMLEG 2007-01..2010-05       # speaker of the Transitional Federal Parliament
  code   SOMGOV 2008-12-29..2009-01-31 # interim president
  code   SOMLEG 2022-04-28..           # speaker of the House of the People
  default SOMLEG

actor Sharif Sheikh Ahmed
  names  شريف شيخ أحمد | شيخ شريف شيخ أحمد | شيخ شريف
  code   SOMREB 2006..2009-01-30       # Islamic Courts Union, Alliance for the Re-liberation of Somalia
  code   SOMGOV 2009-01-31..2012-09-16 # president
  default SOMOPP

actor Hassan Sheikh Mohamud
  names  حسن شيخ محمود
  code   SOMGOV 2012-09-16..2017-02-16 # president
  code   SOMGOV 2022-05-23..           # president
  default SOMOPP

actor Mohamed Abdullahi Farmaajo
  names  محمد عبد الله فرماجو | محمد عبدالله فرماجو | فرماجو | محمد عبد الله محمد فرماجو | محمد عبدالله محمد فرماجو | محمد عبد الله فرماجوا | محمد عبدالله فرماجوا
  code   SOMGOV 2010-11-01..2011-06-19 # prime minister
  code   SOMGOV 2017-02-16..2022-05-23 # president
  default SOMOPP

actor Ali Mohamed Gedi
  names  علي محمد جيدي | علي محمد غيدي
  code   SOMGOV 2004-11-03..2007-10-29 # prime minister

actor Nur Hassan Hussein
  names  نور حسن حسين | نور عدي
  code   SOMGOV 2007-11-22..2009-02-14 # prime minister

actor Omar Abdirashid Ali Sharmarke
  names  عمر عبد الرشيد علي شرماركي | عمر عبدالرشيد علي شرماركي | عمر عبد الرشيد شرماركي | عمر عبدالرشيد شرماركي | عمر شرماركي
  code   SOMGOV 2009-02-14..2010-09-21 # prime minister
  code   SOMGOV 2014-12-24..2017-03-01 # prime minister

actor Abdiweli Mohamed Ali
  names  عبد الولي محمد علي | عبدالولي محمد علي | عبد الولي محمد علي غاس | عبدالولي محمد علي غاس
  code   SOMGOV 2011-06-19..2012-10-17 # prime minister
  code   SOMGOV 2014-01..2019-01       # president of Puntland

actor Abdi Farah Shirdon
  names  عبدي فارح شردون | عبدي فارح شيردون
  code   SOMGOV 2012-10-17..2013-12-21 # prime minister

actor Abdiweli Sheikh Ahmed
  names  عبد الولي شيخ أحمد | عبدالولي شيخ أحمد
  code   SOMGOV 2013-12-21..2014-12-24 # prime minister

actor Hassan Ali Khaire
  names  حسن علي خيري
  code   SOMGOV 2017-03-01..2020-07-25 # prime minister

actor Mohamed Hussein Roble
  names  محمد حسين روبلي | روبلي
  code   SOMGOV 2020-09-18..2022-06-26 # prime minister

actor Hamza Abdi Barre
  names  حمزة عبدي بري | حمزة عبدي بره
  code   SOMGOV 2022-06-26..           # prime minister
  default SOMGOV

actor Sharif Hassan Sheikh Aden
  names  شريف حسن شيخ آدم | شريف حسن شيخ آدن
  code   SOMLEG 2004-09..2007-01       # speaker of the Transitional Federal Parliament
  code   SOMLEG 2010-05..2012-08       # speaker

actor Mohamed Osman Jawari
  names  محمد عثمان جواري
  code   SOMLEG 2012-08-28..2018-04-09 # speaker of the House of the People

actor Mohamed Mursal Sheikh Abdirahman
  names  محمد مرسل شيخ عبد الرحمن | محمد مرسل شيخ عبدالرحمن | محمد مرسل
  code   SOMLEG 2018-04-30..2022-04    # speaker of the House of the People

actor Said Abdullahi Deni
  names  سعيد عبد الله دني | سعيد عبدالله دني | سعيد عبد الله ديني | سعيد عبدالله ديني
  code   SOMGOV 2017-02..              # planning minister, president of Puntland since 2019-01-08
  default SOMGOV

actor Muse Bihi Abdi
  names  موسى بيحي عبدي | موسى بيحي
  code   SOMGOV 2017-12-13..2024-12-12 # president of the self-declared Somaliland

actor Abdirahman Irro
  names  عبد الرحمن عرو | عبدالرحمن عرو | عبد الرحمن محمد عبد الله عرو | عبدالرحمن محمد عبدالله عرو | عبد الرحمن عبد الله عرو | عبدالرحمن عبدالله عرو
  code   SOMGOV 2024-12-12..           # president of the self-declared Somaliland
  default SOMGOV

actor Ahmed Mohamed Silanyo
  names  أحمد محمد سيلانيو | أحمد سيلانيو
  code   SOMGOV 2010-07-27..2017-12-13 # president of the self-declared Somaliland

actor Ahmed Madobe
  names  أحمد مادوبي | أحمد محمد إسلام مادوبي
  code   SOMGOV 2013-05..              # president of Jubaland
  default SOMGOV


actor Ahmed Abdi Godane
  names  أحمد عبدي غودان | أحمد غودان | مختار أبو الزبير
  code   SOMREB ..2014-09-01           # emir of al-Shabaab, killed 2014-09-01

actor Ahmad Umar Abu Ubaidah
  names  أحمد عمر أبو عبيدة | أحمد ديري
  code   SOMREB 2014-09..              # emir of al-Shabaab
  default SOMREB

actor Mukhtar Robow
  names  مختار روبو | مختار روبو علي | مختار روبو أبو منصور
  code   SOMREB ..2017-08              # al-Shabaab spokesman and deputy leader
  code   SOMGOV 2022-08..              # minister of religious affairs

actor Hassan Dahir Aweys
  names  حسن طاهر أويس | حسن ضاهر عويس | حسن طاهر عويس
  code   SOMREB ..2013-06              # Islamic Courts / Hizbul Islam leader

actor Ali Mohamud Rage
  names  علي محمود راجي | علي طيري
  code   SOMREB                        # al-Shabaab spokesman
  type   person

# ───────────────────────── Djibouti (DJI) ─────────────────────────

actor Ismail Omar Guelleh
  names  إسماعيل عمر جيله | إسماعيل عمر قيله | إسماعيل عمر جيلة
  code   DJIGOV                        # president since 1999-05-08
  type   person

actor Dileita Mohamed Dileita
  names  دليتا محمد دليتا | دليتة محمد دليتة
  code   DJIGOV 2001-03-04..2013-04-01 # prime minister

actor Abdoulkader Kamil Mohamed
  names  عبد القادر كامل محمد | عبدالقادر كامل محمد
  code   DJIGOV 2013-04-01..           # prime minister
  default DJIGOV

actor Mahmoud Ali Youssouf
  names  محمود علي يوسف
  code   DJIGOV 2005-05..2025-02-14    # foreign minister
  code   IGOAFRAFU 2025-02-15..        # chairperson of the African Union Commission (elected 2025-02-15)
  default IGOAFRAFU


# ───────────────────────── Comoros (COM) ─────────────────────────

actor Azali Assoumani
  names  غزالي عثماني | عثمان غزالي | أزالي أسوماني
  code   COMGOV ..2002-01-21           # head of state after the 1999 coup
  code   COMGOV 2002-05-26..2006-05-26 # president
  code   COMGOV 2016-05-26..           # president
  default COMGOV

actor Hamada Madi Boléro
  names  حمادة مادي بوليرو | حمادة مادي
  code   COMGOV 2000-11..2002-05-26    # prime minister, interim president 2002-01-21..2002-05-26

actor Ahmed Abdallah Sambi
  names  أحمد عبد الله سامبي | أحمد عبدالله سامبي | أحمد عبد الله محمد سامبي | أحمد عبدالله محمد سامبي | سامبي
  code   COMGOV 2006-05-26..2011-05-26 # president
  default COMOPP

actor Ikililou Dhoinine
  names  إكليل ظنين | إكليلو ظنين
  code   COMGOV 2011-05-26..2016-05-26 # president

# ───────────────────────── Syria (SYR) ─────────────────────────

actor Hafez al-Assad
  names  حافظ الأسد | حافظ علي سليمان الأسد
  code   SYRGOV ..2000-06-10           # president 1971 .. died 2000-06-10

actor Bashar al-Assad
  names  بشار الأسد | بشار حافظ الأسد
  code   SYRGOV 2000-07-17..2024-12-08 # president, fled 2024-12-08
  code   SYRELI 2024-12-09..
  default SYRELI

actor Maher al-Assad
  names  ماهر الأسد | ماهر حافظ الأسد
  code   SYRMIL ..2024-12-08           # commander of the Republican Guard / 4th Armoured Division

actor Asma al-Assad
  names  أسماء الأسد | أسماء الأخرس
  code   SYRELI
  type   person

actor Rifaat al-Assad
  names  رفعت الأسد | رفعت علي الأسد
  code   SYRELI
  type   person

actor Abdul Halim Khaddam
  names  عبد الحليم خدام | عبدالحليم خدام
  code   SYRGOV ..2005-06-06           # vice president, acting president 2000-06-10..2000-07-17
  code   SYROPP 2005-12-30..2020-03-31 # defected, opposition in exile

actor Farouk al-Sharaa
  names  فاروق الشرع
  code   SYRGOV ..2014-07-16           # foreign minister 1984-2006, vice president 2006-2014

actor al-Sharaa (bare family name)
  names  الشرع
  context SYR                           # «مبادئ الشرع» is the sharia: the bare name needs a story about Syria
  code   SYRGOV ..2014-07-16           # in news before 2014 «الشرع» is Farouk al-Sharaa
  code   SYRGOV 2024-12-08..           # since December 2024 «الشرع» is Ahmed al-Sharaa
  type   person

actor Ahmed al-Sharaa (Abu Mohammad al-Julani)
  names  أحمد الشرع | أحمد حسين الشرع | أبو محمد الجولاني | الجولاني
  code   SYRREB ..2024-12-07           # leader of Jabhat al-Nusra / Hay'at Tahrir al-Sham
  code   SYRGOV 2024-12-08..           # de facto leader, president since 2025-01-29
  default SYRGOV

actor Maher al-Sharaa
  names  ماهر الشرع
  code   SYRGOV 2024-12..              # health minister (caretaker), secretary-general of the presidency
  default SYRGOV

actor Muhammad Mustafa Mero
  names  محمد مصطفى ميرو | مصطفى ميرو
  code   SYRGOV ..2003-09-10           # prime minister 2000-03-07..2003-09-10

actor Muhammad Naji al-Otari
  names  محمد ناجي عطري | ناجي عطري | محمد ناجي العطري | ناجي العطري
  code   SYRGOV 2003-09-10..2011-04-14 # prime minister

actor Adel Safar
  names  عادل سفر
  code   SYRGOV 2003-09..2012-06-23    # agriculture minister, prime minister 2011-04-14..2012-06-23

actor Riyad Hijab
  names  رياض حجاب | رياض فريد حجاب
  code   SYRGOV 2011-04..2012-08-06    # agriculture minister, prime minister 2012-06-23..2012-08-06 (defected)
  code   SYROPP 2012-08-07..           # coordinator of the High Negotiations Committee 2015-2017
  default SYROPP

actor Wael al-Halqi
  names  وائل الحلقي | الحلقي
  code   SYRGOV 2011-04..2016-07-03    # health minister, prime minister 2012-08-09..2016-07-03

actor Imad Khamis
  names  عماد خميس
  code   SYRGOV 2011-06..2020-06-11    # electricity minister, prime minister 2016-07-03..2020-06-11

actor Hussein Arnous
  names  حسين عرنوس
  code   SYRGOV 2013..2024-09-14       # public works and water minister, prime minister 2020-06-11..2024-09-14

actor Mohammad Ghazi al-Jalali
  names  محمد غازي الجلالي | غازي الجلالي | الجلالي
  code   SYRGOV 2024-09-14..2024-12-10 # prime minister

actor Mohammed al-Bashir (Syria)
  names  محمد البشير
  code   SYRREB 2024-01..2024-12-09    # head of the Salvation Government in Idlib
  code   SYRGOV 2024-12-10..           # caretaker prime minister, energy minister since 2025-03-29
  default SYRGOV

actor Walid Muallem
  names  وليد المعلم
  code   SYRGOV ..2020-11-16           # deputy foreign minister, foreign minister 2006-02-11..2020-11-16 (died)

actor Faisal Mekdad
  names  فيصل المقداد | المقداد
  code   SYRGOV ..2024-12-08           # deputy foreign minister, foreign minister 2020-11-22..2024-09-22, vice president

actor Bassam al-Sabbagh
  names  بسام صباغ | بسام الصباغ
  code   SYRGOV 2020-12..2024-12-08    # UN ambassador, foreign minister 2024-09-22..2024-12-08

actor Bashar Jaafari
  names  بشار الجعفري
  code   SYRGOV 2006..2024-12-08       # UN ambassador 2006-2020, deputy foreign minister, ambassador to Russia

actor Bouthaina Shaaban
  names  بثينة شعبان
  code   SYRGOV 2003..2024-12-08       # expatriates minister, presidential political and media adviser

actor Najah al-Attar
  names  نجاح العطار
  code   SYRGOV 2006-03-23..2024-12-08 # vice president

actor Asaad al-Shaibani
  names  أسعد الشيباني | أسعد حسن الشيباني | الشيباني
  code   SYRGOV 2024-12-21..           # foreign minister
  default SYRGOV

actor Mustafa Tlass
  names  مصطفى طلاس
  code   SYRGOV ..2004-05-12           # defence minister 1972-2004

actor Manaf Tlass
  names  مناف طلاس
  code   SYRMIL ..2012-07-05           # Republican Guard brigade commander, defected
  default SYROPP

actor Hassan Turkmani
  names  حسن تركماني | حسن توركماني
  code   SYRGOV 2004-05-12..2012-07-18 # defence minister 2004-2009, then crisis cell head; killed 2012-07-18

actor Ali Habib Mahmud
  names  علي حبيب محمود
  code   SYRGOV 2009-06-03..2011-08-08 # defence minister

actor Dawoud Rajiha
  names  داود راجحة | داوود راجحة
  code   SYRMIL 2009-06..2011-08-07    # chief of staff
  code   SYRGOV 2011-08-08..2012-07-18 # defence minister, killed 2012-07-18

actor Assef Shawkat
  names  آصف شوكت
  code   SYRSPY ..2009                 # head of military intelligence
  code   SYRMIL 2009..2012-07-18       # deputy chief of staff, deputy defence minister; killed 2012-07-18

actor Fahd Jassem al-Freij
  names  فهد جاسم الفريج | فهد الفريج
  code   SYRMIL 2011-08..2012-07-18    # chief of staff
  code   SYRGOV 2012-07-18..2018-01-01 # defence minister

actor Ali Abdullah Ayyoub
  names  علي عبد الله أيوب | علي عبدالله أيوب
  code   SYRMIL 2012-07..2017-12-31    # chief of staff
  code   SYRGOV 2018-01-01..2022-04-28 # defence minister

actor Ali Mahmoud Abbas
  names  علي محمود عباس
  code   SYRGOV 2022-04-28..2024-12-08 # defence minister

actor Abdul Karim Mahmoud Ibrahim
  names  عبد الكريم محمود إبراهيم | عبدالكريم محمود إبراهيم
  code   SYRMIL 2022..2024-12-08       # chief of staff

actor Murhaf Abu Qasra
  names  مرهف أبو قصرة | أبو الحسن الحموي
  code   SYRREB ..2024-12-07           # military commander of Hay'at Tahrir al-Sham
  code   SYRGOV 2024-12-21..           # defence minister
  default SYRGOV

actor Ali al-Naasan
  names  علي النعسان | علي نور الدين النعسان
  code   SYRMIL 2024-12..              # chief of staff of the new army
  default SYRMIL

actor Ali Mamlouk
  names  علي مملوك
  code   SYRSPY ..2024-12-08           # head of General Intelligence, then of the National Security Bureau

actor Jamil Hassan
  names  جميل حسن
  code   SYRSPY 2009..2019-07          # head of Air Force Intelligence

actor Rustum Ghazaleh
  names  رستم غزالي | رستم غزالة
  code   SYRSPY ..2015-03              # intelligence chief in Lebanon, then head of Political Security

actor Ghazi Kanaan
  names  غازي كنعان
  code   SYRSPY ..2004-10-02           # intelligence chief in Lebanon, head of Political Security
  code   SYRGOV 2004-10-03..2005-10-12 # interior minister, died 2005-10-12

actor Hossam Louka
  names  حسام لوقا
  code   SYRSPY 2019..2024-12-08       # head of General Intelligence

actor Suheil al-Hassan
  names  سهيل الحسن
  code   SYRMIL ..2024-12-08           # Tiger Forces, special forces commander

actor Issam Zahreddine
  names  عصام زهر الدين
  code   SYRMIL ..2017-10-18           # Republican Guard commander in Deir ez-Zor

actor Mohammad al-Shaar
  names  محمد الشعار | محمد إبراهيم الشعار
  code   SYRGOV 2011-04..2018-11-26    # interior minister

actor Mohammad Rahmoun
  names  محمد رحمون | محمد خالد الرحمون
  code   SYRGOV 2018-11-26..2024-12-08 # interior minister

actor Anas Khattab
  names  أنس خطاب | أبو أحمد حدود
  code   SYRSPY 2024-12-26..2025-03-29 # head of General Intelligence
  code   SYRGOV 2025-03-29..           # interior minister
  default SYRGOV

actor Hussein al-Salama
  names  حسين السلامة
  code   SYRSPY 2025-05-03..           # head of General Intelligence
  default SYRSPY

actor Raed al-Saleh
  names  رائد الصالح
  code   SYRCVL ..2025-03-28           # head of the White Helmets civil defence
  code   SYRGOV 2025-03-29..           # emergencies minister
  default SYRGOV

actor Abdul Qader Qaddura
  names  عبد القادر قدورة | عبدالقادر قدورة
  code   SYRLEG ..2003-03              # speaker of the People's Assembly

actor Mahmoud al-Abrash
  names  محمود الأبرش
  code   SYRLEG 2003-03..2011-05       # speaker of the People's Assembly

actor Mohammad Jihad al-Laham
  names  محمد جهاد اللحام | جهاد اللحام
  code   SYRLEG 2012-05..2016-06       # speaker of the People's Assembly

actor Hadiya Khalaf Abbas
  names  هدية عباس | هدية خلف عباس
  code   SYRLEG 2016-06..2017-07       # speaker of the People's Assembly

actor Hammouda Sabbagh
  names  حمودة صباغ | حمودة يوسف صباغ
  code   SYRLEG 2017-09-28..2024-12-08 # speaker of the People's Assembly

actor Burhan Ghalioun
  names  برهان غليون
  code   SYROPP                        # first president of the Syrian National Council 2011-2012
  type   person

actor Abdulbaset Sieda
  names  عبد الباسط سيدا | عبدالباسط سيدا
  code   SYROPP
  type   person

actor George Sabra
  names  جورج صبرا
  code   SYROPP
  type   person

actor Moaz al-Khatib
  names  معاذ الخطيب | أحمد معاذ الخطيب
  code   SYROPP                        # president of the National Coalition 2012-2013
  type   person

actor Ahmad al-Jarba
  names  أحمد الجربا | أحمد عاصي الجربا
  code   SYROPP                        # president of the National Coalition 2013-2014
  type   person

actor Hadi al-Bahra
  names  هادي البحرة
  code   SYROPP                        # president of the National Coalition 2014-2015, 2023-2025
  type   person

actor Khaled Khoja
  names  خالد خوجة
  code   SYROPP
  type   person

actor Anas al-Abdah
  names  أنس العبدة
  code   SYROPP
  type   person

actor Riad Seif
  names  رياض سيف
  code   SYROPP
  type   person

actor Nasr al-Hariri
  names  نصر الحريري
  code   SYROPP                        # head of the negotiations committee, coalition president
  type   person

actor Salem al-Meslet
  names  سالم المسلط
  code   SYROPP
  type   person

actor Michel Kilo
  names  ميشيل كيلو | ميشال كيلو
  code   SYROPP ..2021-04-19

actor Riad al-Asaad
  names  رياض الأسعد
  code   SYRREB                        # founder of the Free Syrian Army
  type   person

actor Salim Idris
  names  سليم إدريس
  code   SYRREB                        # FSA chief of staff, later defence minister of the opposition interim government
  type   person

actor Zahran Alloush
  names  زهران علوش
  code   SYRREB ..2015-12-25           # leader of Jaysh al-Islam

actor Mohammed Alloush
  names  محمد علوش
  code   SYRREB                        # Jaysh al-Islam political chief, chief opposition negotiator 2016
  type   person

actor Abdul Qader Saleh
  names  عبد القادر الصالح | عبدالقادر الصالح
  code   SYRREB ..2013-11-18           # commander of Liwa al-Tawhid

actor Hassan Abboud
  names  حسن عبود | أبو عبد الله الحموي | أبو عبدالله الحموي
  code   SYRREB ..2014-09-09           # leader of Ahrar al-Sham

actor Mazloum Abdi
  names  مظلوم عبدي | مظلوم كوباني | مظلوم عبدي كوباني
  code   SYRREB                        # commander of the Syrian Democratic Forces
  type   person

actor Ilham Ahmed
  names  إلهام أحمد
  code   SYROPP                        # co-chair of the Syrian Democratic Council
  type   person

actor Salih Muslim
  names  صالح مسلم | صالح مسلم محمد
  code   SYROPP                        # co-chair of the PYD
  type   person

actor Rami Makhlouf
  names  رامي مخلوف
  code   SYRBUS
  type   person

actor Abu Mohammad al-Adnani
  names  أبو محمد العدناني | العدناني | طه صبحي فلاحة
  code   IMGREB ..2016-08-30           # spokesman of the Islamic State, killed 2016-08-30

# ───────────────────────── Lebanon (LBN) ─────────────────────────

actor Emile Lahoud
  names  إميل لحود | لحود
  code   LBNGOV ..2007-11-23           # president 1998-11-24..2007-11-23

actor Michel Suleiman
  names  ميشال سليمان | ميشيل سليمان
  code   LBNMIL ..2008-05-24           # commander of the army 1998-2008
  code   LBNGOV 2008-05-25..2014-05-25 # president

actor Michel Aoun
  names  ميشال عون | ميشيل عون
  code   LBNPTY 2005-05-07..2016-10-30 # leader of the Free Patriotic Movement after return from exile
  code   LBNGOV 2016-10-31..2022-10-30 # president

actor Joseph Aoun
  names  جوزيف عون | جوزاف عون
  code   LBNMIL 2017-03-08..2025-01-08 # commander of the army
  code   LBNGOV 2025-01-09..           # president
  default LBNGOV

actor Salim al-Hoss
  names  سليم الحص | الحص
  code   LBNGOV ..2000-10-23           # prime minister 1998-12-04..2000-10-23

actor Rafik Hariri
  names  رفيق الحريري | رفيق بهاء الدين الحريري
  code   LBNGOV ..2004-10-21           # prime minister 2000-10-23..2004-10-21; assassinated 2005-02-14

actor Omar Karami
  names  عمر كرامي
  code   LBNGOV 2004-10-21..2005-04-19 # prime minister

actor Najib Mikati
  names  نجيب ميقاتي | ميقاتي | نجيب عزمي ميقاتي
  code   LBNGOV ..2004-10-26           # public works minister
  code   LBNGOV 2005-04-19..2005-07-19 # prime minister
  code   LBNGOV 2011-06-13..2014-02-15 # prime minister
  code   LBNGOV 2021-09-10..2025-02-08 # prime minister (caretaker from 2022-05)

actor Fouad Siniora
  names  فؤاد السنيورة | السنيورة
  code   LBNGOV 2000-10-26..2004-10-26 # finance minister
  code   LBNGOV 2005-07-19..2009-11-09 # prime minister
  default LBNPTY

actor Saad Hariri
  names  سعد الحريري | سعد الدين الحريري | سعد الدين رفيق الحريري
  code   LBNGOV 2009-11-09..2011-06-13 # prime minister
  code   LBNGOV 2016-12-18..2020-01-21 # prime minister
  code   LBNPTY 2005-04..              # leader of the Future Movement
  default LBNPTY

actor Bahaa Hariri
  names  بهاء الحريري | بهاء الدين الحريري
  code   LBNBUS
  type   person

actor Tammam Salam
  names  تمام سلام
  code   LBNGOV 2008-07-11..2009-11-09 # culture minister
  code   LBNGOV 2014-02-15..2016-12-18 # prime minister

actor Hassan Diab
  names  حسان دياب
  code   LBNGOV 2011-06-13..2014-02-15 # education minister
  code   LBNGOV 2020-01-21..2021-09-10 # prime minister

actor Nawaf Salam
  names  نواف سلام
  code   LBNGOV 2007-07..2017-12       # ambassador to the United Nations
  code   IGOUNOICJ 2018-02-06..2025-01-12 # judge, then president, of the International Court of Justice
  code   LBNGOV 2025-01-13..           # prime minister (designated 2025-01-13, cabinet 2025-02-08)
  default LBNGOV


actor Nabih Berri
  names  نبيه بري | نبيه مصطفى بري
  code   LBNLEG                        # speaker of parliament since 1992, leader of the Amal movement
  type   person

actor Elie Ferzli
  names  إيلي الفرزلي | الفرزلي
  code   LBNLEG 2018-05..2022-05       # deputy speaker

actor Elias Bou Saab
  names  إلياس بو صعب | بو صعب
  code   LBNGOV 2014-02-15..2016-12-18 # education minister
  code   LBNGOV 2019-01-31..2020-01-21 # defence minister
  code   LBNLEG 2022-05-31..           # deputy speaker
  default LBNLEG

actor Gebran Bassil
  names  جبران باسيل | باسيل
  code   LBNGOV 2008-07-11..2020-01-21 # telecoms, energy, then foreign minister 2014-02-15..2020-01-21
  code   LBNPTY 2015-08..              # president of the Free Patriotic Movement
  default LBNPTY

actor Mahmoud Hammoud
  names  محمود حمود
  code   LBNGOV 2000-10-26..2005-07-19 # foreign minister, defence minister 2003-2004

actor Jean Obeid
  names  جان عبيد
  code   LBNGOV 2003-04-17..2004-10-26 # foreign minister

actor Fawzi Salloukh
  names  فوزي صلوخ
  code   LBNGOV 2005-07-19..2009-11-09 # foreign minister

actor Ali Shami
  names  علي الشامي
  code   LBNGOV 2009-11-09..2011-06-13 # foreign minister

actor Adnan Mansour
  names  عدنان منصور
  code   LBNGOV 2011-06-13..2014-02-15 # foreign minister

actor Nassif Hitti
  names  ناصيف حتي
  code   LBNGOV 2020-01-21..2020-08-03 # foreign minister

actor Charbel Wehbe
  names  شربل وهبة | شربل وهبه
  code   LBNGOV 2020-08-03..2021-05-19 # foreign minister

actor Zeina Akar
  names  زينة عكر | زينة عكر عدرا
  code   LBNGOV 2020-01-21..2021-09-10 # defence minister, deputy PM, acting foreign minister 2021

actor Abdallah Bou Habib
  names  عبد الله بو حبيب | عبدالله بو حبيب | بو حبيب
  code   LBNGOV 2021-09-10..2025-02-08 # foreign minister

actor Youssef Rajji
  names  يوسف رجي
  code   LBNGOV 2025-02-08..           # foreign minister
  default LBNGOV

actor Khalil Hrawi
  names  خليل الهراوي
  code   LBNGOV 2000-10-26..2003-04-17 # defence minister

actor Abdul Rahim Mrad
  names  عبد الرحيم مراد | عبدالرحيم مراد
  code   LBNGOV 2004-10-26..2005-04-19 # defence minister

actor Elias Murr
  names  إلياس المر
  code   LBNGOV 2000-10-26..2004-10-26 # interior minister, deputy PM
  code   LBNGOV 2005-04-19..2011-06-13 # defence minister, deputy PM

actor Fayez Ghosn
  names  فايز غصن
  code   LBNGOV 2011-06-13..2014-02-15 # defence minister

actor Samir Mokbel
  names  سمير مقبل
  code   LBNGOV 2014-02-15..2016-12-18 # deputy PM and defence minister

actor Yacoub Sarraf
  names  يعقوب الصراف
  code   LBNGOV 2016-12-18..2019-01-31 # defence minister

actor Maurice Slim
  names  موريس سليم
  code   LBNGOV 2021-09-10..2025-02-08 # defence minister

actor Michel Menassa
  names  ميشال منسى | ميشيل منسى
  code   LBNGOV 2025-02-08..           # defence minister
  default LBNGOV

actor Jean Kahwaji
  names  جان قهوجي | قهوجي
  code   LBNMIL 2008-08-29..2017-03-08 # commander of the army

actor Rodolphe Haykal
  names  رودولف هيكل
  code   LBNMIL 2025-03-13..           # commander of the army
  default LBNMIL

actor Jamil al-Sayyed
  names  جميل السيد
  code   LBNSPY ..2005-04              # director of General Security
  code   LBNLEG 2018-05..              # member of parliament
  default LBNELI

actor Abbas Ibrahim
  names  عباس إبراهيم
  code   LBNSPY 2011-07-18..2023-03-02 # director general of General Security

actor Wissam al-Hassan
  names  وسام الحسن
  code   LBNSPY 2006..2012-10-19       # head of the ISF information branch, assassinated 2012-10-19

actor Ashraf Rifi
  names  أشرف ريفي
  code   LBNCOP 2005-04..2013-04       # director general of the Internal Security Forces
  code   LBNGOV 2014-02-15..2016-02    # justice minister
  default LBNPTY

actor Suleiman Frangieh
  names  سليمان فرنجية | سليمان طوني فرنجية | فرنجية
  code   LBNGOV 2004-10-26..2005-04-19 # interior minister
  code   LBNPTY                        # leader of the Marada movement
  type   person

actor Hassan Sabaa
  names  حسن السبع
  code   LBNGOV 2005-07-19..2008-07-11 # interior minister

actor Ahmad Fatfat
  names  أحمد فتفت
  code   LBNGOV 2005-07-19..2008-07-11 # youth minister, acting interior minister 2006

actor Ziyad Baroud
  names  زياد بارود
  code   LBNGOV 2008-07-11..2011-06-13 # interior minister

actor Marwan Charbel
  names  مروان شربل
  code   LBNGOV 2011-06-13..2014-02-15 # interior minister

actor Nouhad Machnouk
  names  نهاد المشنوق
  code   LBNGOV 2014-02-15..2019-01-31 # interior minister

actor Raya El Hassan
  names  ريا الحسن
  code   LBNGOV 2009-11-09..2011-06-13 # finance minister
  code   LBNGOV 2019-01-31..2020-01-21 # interior minister

actor Mohammed Fahmi
  names  محمد فهمي
  code   LBNGOV 2020-01-21..2021-09-10 # interior minister

actor Bassam Mawlawi
  names  بسام المولوي | بسام مولوي
  code   LBNGOV 2021-09-10..2025-02-08 # interior minister

actor Ahmad al-Hajjar
  names  أحمد الحجار
  code   LBNGOV 2025-02-08..           # interior minister
  default LBNGOV

actor Mohammad Safadi
  names  محمد الصفدي
  code   LBNGOV 2005-07-19..2014-02-15 # public works, economy, then finance minister

actor Riad Salameh
  names  رياض سلامة
  code   LBNGOV ..2023-07-31           # governor of the central bank 1993-2023


actor Hassan Nasrallah
  names  حسن نصر الله | نصر الله | حسن نصرالله | نصرالله
  code   LBNREB ..2024-09-27           # secretary-general of Hezbollah, killed 2024-09-27

actor Naim Qassem
  names  نعيم قاسم
  code   LBNREB                        # deputy, then (since 2024-10-29) secretary-general of Hezbollah
  type   person

actor Hashem Safieddine
  names  هاشم صفي الدين
  code   LBNREB ..2024-10-03           # head of Hezbollah's executive council, killed October 2024

actor Imad Mughniyeh
  names  عماد مغنية | الحاج رضوان
  code   LBNREB ..2008-02-12           # Hezbollah military commander, killed 2008-02-12

actor Mustafa Badreddine
  names  مصطفى بدر الدين
  code   LBNREB ..2016-05-12           # Hezbollah military commander, killed May 2016

actor Fuad Shukr
  names  فؤاد شكر
  code   LBNREB ..2024-07-30           # Hezbollah senior military commander, killed 2024-07-30

actor Ibrahim Aqil
  names  إبراهيم عقيل
  code   LBNREB ..2024-09-20           # commander of Hezbollah's Radwan force, killed 2024-09-20

actor Mohammad Raad
  names  محمد رعد
  code   LBNREB                        # head of Hezbollah's parliamentary bloc
  type   person

actor Wafiq Safa
  names  وفيق صفا
  code   LBNREB                        # head of Hezbollah's liaison and coordination unit
  type   person

actor Walid Jumblatt
  names  وليد جنبلاط | وليد كمال جنبلاط | جنبلاط
  code   LBNPTY                        # leader of the Progressive Socialist Party until 2023
  type   person

actor Taymour Jumblatt
  names  تيمور جنبلاط
  code   LBNPTY                        # leader of the Progressive Socialist Party since 2023
  type   person

actor Samir Geagea
  names  سمير جعجع | جعجع
  code   LBNPTY                        # leader of the Lebanese Forces
  type   person

actor Amine Gemayel
  names  أمين الجميل
  code   LBNPTY                        # former president, Kataeb leader
  type   person

actor Sami Gemayel
  names  سامي الجميل
  code   LBNPTY                        # leader of the Kataeb party since 2015
  type   person

actor Pierre Amine Gemayel
  names  بيار الجميل | بيار أمين الجميل
  code   LBNGOV 2005-07-19..2006-11-21 # industry minister, assassinated 2006-11-21

actor Talal Arslan
  names  طلال أرسلان
  code   LBNPTY                        # leader of the Lebanese Democratic Party
  type   person

# ───────────────────────── Jordan (JOR) ─────────────────────────

actor Abdullah II of Jordan
  names  عبد الله الثاني | عبدالله الثاني | عبد الله الثاني بن الحسين | عبدالله الثاني بن الحسين
  code   JORGOV                        # king since 1999-02-07
  type   person

actor Crown Prince Hussein bin Abdullah
  names  الحسين بن عبد الله | الحسين بن عبدالله | الحسين بن عبد الله الثاني | الحسين بن عبدالله الثاني
  code   JORELI                        # crown prince since 2009-07-02
  type   person

actor Prince Hamzah bin Hussein
  names  حمزة بن الحسين
  code   JORELI                        # crown prince 1999-2004, accused of sedition 2021
  type   person

actor Prince Hassan bin Talal
  names  الحسن بن طلال
  code   JORELI
  type   person

actor Ali Abu al-Ragheb
  names  علي أبو الراغب
  code   JORGOV 2000-06-19..2003-10-25 # prime minister

actor Faisal al-Fayez
  names  فيصل الفايز
  code   JORGOV 2003-10-25..2005-04-07 # prime minister
  code   JORLEG 2016-10-25..           # president of the Senate
  default JORLEG

actor Adnan Badran
  names  عدنان بدران
  code   JORGOV 2005-04-07..2005-11-27 # prime minister

actor Marouf al-Bakhit
  names  معروف البخيت | البخيت
  code   JORGOV 2005-11-27..2007-11-25 # prime minister
  code   JORGOV 2011-02-09..2011-10-24 # prime minister

actor Nader al-Dahabi
  names  نادر الذهبي
  code   JORGOV 2007-11-25..2009-12-14 # prime minister

actor Samir al-Rifai
  names  سمير الرفاعي | سمير زيد الرفاعي
  code   JORGOV 2009-12-14..2011-02-09 # prime minister

actor Awn Khasawneh
  names  عون الخصاونة | عون شوكت الخصاونة
  code   IGOUNOICJ 2000-02-06..2011-12 # judge of the International Court of Justice
  code   JORGOV 2011-10-24..2012-05-02 # prime minister

actor Fayez al-Tarawneh
  names  فايز الطراونة
  code   JORGOV 2012-05-02..2012-10-11 # prime minister

actor Abdullah Ensour
  names  عبد الله النسور | عبدالله النسور
  code   JORGOV 2012-10-11..2016-06-01 # prime minister

actor Hani Mulki
  names  هاني الملقي
  code   JORGOV 2004-10..2005-04-07    # foreign minister
  code   JORGOV 2016-06-01..2018-06-14 # prime minister

actor Omar Razzaz
  names  عمر الرزاز | الرزاز
  code   JORGOV 2017-01-15..2020-10-12 # education minister, prime minister 2018-06-14..2020-10-12

actor Bisher Khasawneh
  names  بشر الخصاونة
  code   JORGOV 2020-08..2024-09-18    # royal adviser, prime minister and defence minister 2020-10-12..2024-09-18

actor Jafar Hassan
  names  جعفر حسان | جعفر عبد الفتاح حسان | جعفر عبدالفتاح حسان
  code   JORGOV 2024-09-18..           # prime minister and defence minister
  default JORGOV

actor Abdul-Ilah al-Khatib
  names  عبد الإله الخطيب | عبدالإله الخطيب
  code   JORGOV ..2002-01              # foreign minister 1998-2002
  code   JORGOV 2005-11-27..2007-11-25 # foreign minister
  code   IGOUNO 2011-04..2011-09       # UN special envoy for Libya

actor Marwan Muasher
  names  مروان المعشر
  code   JORGOV 2002-01..2005-11       # foreign minister, deputy prime minister

actor Farouk Qasrawi
  names  فاروق القصراوي
  code   JORGOV 2005-04-07..2005-11-27 # foreign minister

actor Salaheddine al-Bashir
  names  صلاح الدين البشير
  code   JORGOV 2007-11-25..2009-02-23 # foreign minister

actor Nasser Judeh
  names  ناصر جودة
  code   JORGOV 2009-02-23..2017-01-15 # foreign minister

actor Ayman Safadi
  names  أيمن الصفدي | أيمن حسين الصفدي
  code   JORGOV 2017-01-15..           # foreign minister, deputy prime minister
  default JORGOV

actor Mashal al-Zaben
  names  مشعل الزبن | مشعل محمد الزبن
  code   JORMIL 2010-01..2016-06       # chairman of the joint chiefs of staff

actor Mahmoud Freihat
  names  محمود فريحات | محمود عبد الحليم فريحات | محمود عبدالحليم فريحات
  code   JORMIL 2016-06..2019-07-03    # chairman of the joint chiefs of staff

actor Yousef Huneiti
  names  يوسف الحنيطي | يوسف أحمد الحنيطي
  code   JORMIL 2019-07-03..           # chairman of the joint chiefs of staff
  default JORMIL

actor Mohammed al-Dahabi
  names  محمد الذهبي
  code   JORSPY 2005-12..2008-12       # director of the General Intelligence Department

actor Mohammad Raqqad
  names  محمد الرقاد
  code   JORSPY 2008-12..2011-10       # director of the General Intelligence Department

actor Faisal al-Shobaki
  names  فيصل الشوبكي
  code   JORSPY 2012..2017-05          # director of the General Intelligence Department

actor Adnan al-Jundi
  names  عدنان الجندي
  code   JORSPY 2017-05..2019-05       # director of the General Intelligence Department

actor Ahmad Husni
  names  أحمد حسني | أحمد حسني حاتوقاي
  code   JORSPY 2019-05..              # director of the General Intelligence Department
  default JORSPY

actor Hussein Majali
  names  حسين المجالي | حسين هزاع المجالي
  code   JORGOV 2013-03..2015-05       # interior minister

actor Mazen al-Farrayeh
  names  مازن الفراية
  code   JORGOV 2021-03..              # interior minister
  default JORGOV

actor Abdul Hadi al-Majali
  names  عبد الهادي المجالي | عبدالهادي المجالي
  code   JORLEG 2003-11..2009-11       # speaker of the House of Representatives

actor Atef Tarawneh
  names  عاطف الطراونة
  code   JORLEG 2013-11..2020-09-27    # speaker of the House of Representatives

actor Abdul Monem Odat
  names  عبد المنعم العودات | عبدالمنعم العودات
  code   JORLEG 2020-12..2021-11-14    # speaker of the House of Representatives

actor Abdul Karim Dughmi
  names  عبد الكريم الدغمي | عبدالكريم الدغمي
  code   JORLEG 2021-11-15..2022-11-12 # speaker of the House of Representatives

actor Ahmed al-Safadi
  names  أحمد الصفدي
  code   JORLEG 2022-11-13..2025-10-25 # speaker of the House of Representatives

actor Mazen al-Qadi
  names  مازن القاضي | مازن تركي القاضي
  code   JORLEG 2025-10-26..           # speaker of the House of Representatives
  default JORLEG

actor Bassem Awadallah
  names  باسم عوض الله
  code   JORGOV ..2008-10              # planning minister, chief of the royal court 2007-2008
  default JORELI

# ───────────────────────── Palestine (PSE) ─────────────────────────

actor Yasser Arafat
  names  ياسر عرفات | عرفات | أبو عمار
  code   PSEGOV ..2004-11-11           # PLO chairman and PA president, died 2004-11-11

actor Mahmoud Abbas
  names  محمود عباس | أبو مازن | محمود رضا عباس
  code   PSEGOV                        # PLO secretary-general, PM 2003, PLO chairman 2004, PA president since 2005-01-15
  type   person

actor Hussein al-Sheikh
  names  حسين الشيخ
  code   PSEGOV 2007-06..              # civil affairs minister, PLO secretary-general 2022, vice president since 2025-04-26
  default PSEGOV

actor Rawhi Fattouh
  names  روحي فتوح
  code   PSEGOV 2004-11-11..2005-01-15 # interim president
  code   PSELEG 2003-11..2006-02-17    # speaker of the Legislative Council
  code   PSELEG 2022-02-08..           # speaker of the Palestinian National Council
  default PSELEG

actor Ahmed Qurei
  names  أحمد قريع
  code   PSELEG ..2003-10-06           # speaker of the Legislative Council 1996-2003
  code   PSEGOV 2003-10-07..2006-03-29 # prime minister

actor Salam Fayyad
  names  سلام فياض
  code   PSEGOV 2002-06..2005-11       # finance minister
  code   PSEGOV 2007-03-17..2013-06-06 # finance minister, prime minister 2007-06-15..2013-06-06

actor Rami Hamdallah
  names  رامي الحمد الله | رامي الحمدالله
  code   PSEGOV 2013-06-06..2019-04-14 # prime minister

actor Mohammad Shtayyeh
  names  محمد اشتية | محمد اشتيه | اشتية
  code   PSEGOV 2019-04-14..2024-03-31 # prime minister

actor Mohammad Mustafa
  names  محمد مصطفى
  code   PSEGOV 2013-06..2015-06       # deputy prime minister for economic affairs
  code   PSEGOV 2024-03-14..           # prime minister (appointed 2024-03-14, sworn in 2024-03-31)
  default PSEGOV

actor Nabil Shaath
  names  نبيل شعث
  code   PSEGOV ..2006-03-29           # planning minister, foreign minister 2003-2005, deputy PM

actor Nasser al-Qudwa
  names  ناصر القدوة
  code   PSEGOV ..2006-03-29           # UN observer, foreign minister 2005-02..2006-03

actor Mahmoud al-Zahar
  names  محمود الزهار | الزهار
  code   PSEGOV 2006-03-29..2007-03-17 # foreign minister in the Hamas government
  code   PSEREB                        # Hamas leader in Gaza
  type   person

actor Ziad Abu Amr
  names  زياد أبو عمرو
  code   PSEGOV 2007-03-17..2007-06-14 # foreign minister
  code   PSEGOV 2013-06..2024-03-31    # deputy prime minister

actor Riyad al-Maliki
  names  رياض المالكي
  code   PSEGOV 2007-06-17..2024-03-31 # foreign minister

actor Varsen Aghabekian
  names  فارسين أغابكيان | فارسين أغابكيان شاهين
  code   PSEGOV 2024-03-31..           # minister of state, then minister of foreign affairs
  default PSEGOV

actor Saeb Erekat
  names  صائب عريقات | عريقات
  code   PSEGOV ..2020-11-10           # chief negotiator, PLO secretary-general 2015-2020

actor Nabil Abu Rudeineh
  names  نبيل أبو ردينة | أبو ردينة
  code   PSEGOV                        # presidential spokesman
  type   person

actor Hanan Ashrawi
  names  حنان عشراوي
  code   PSEGOV 2009-08..2020-12       # PLO executive committee member
  default PSEELI

actor Majed Faraj
  names  ماجد فرج
  code   PSESPY 2009..                 # head of the General Intelligence Service
  default PSESPY

actor Mohammed Dahlan
  names  محمد دحلان | دحلان
  code   PSEGOV ..2007-07              # preventive security chief in Gaza, security minister 2003, national security adviser 2007
  code   PSEPTY 2009-08..2011-06       # Fatah central committee
  code   PSEOPP 2011-06..              # expelled from Fatah; Democratic Reform Current
  default PSEOPP

actor Jibril Rajoub
  names  جبريل الرجوب | الرجوب
  code   PSESPY ..2002-07              # head of preventive security in the West Bank
  code   PSEPTY 2009-08..              # Fatah central committee, secretary since 2017
  default PSEPTY

actor Tawfiq Tirawi
  names  توفيق الطيراوي
  code   PSESPY ..2008                 # head of General Intelligence in the West Bank
  default PSEPTY

actor Marwan Barghouti
  names  مروان البرغوثي
  code   PSEPTY                        # Fatah leader, imprisoned in Israel since 2002
  type   person

actor Mustafa Barghouti
  names  مصطفى البرغوثي
  code   PSEOPP                        # Palestinian National Initiative
  type   person

actor Mahmoud Aloul
  names  محمود العالول
  code   PSEPTY                        # deputy chairman of Fatah
  type   person

actor Azzam al-Ahmad
  names  عزام الأحمد
  code   PSEPTY                        # Fatah central committee, reconciliation file
  type   person

actor Salim Zanoun
  names  سليم الزعنون
  code   PSELEG ..2022-02-07           # speaker of the Palestinian National Council

actor Aziz Dweik
  names  عزيز دويك | عزيز الدويك
  code   PSELEG 2006-02-18..2018-12-22 # speaker of the Legislative Council (Hamas)

actor Ismail Haniyeh
  names  إسماعيل هنية | هنية | إسماعيل عبد السلام هنية | إسماعيل عبدالسلام هنية | اسماعيل هنيه
  code   PSEGOV 2006-03-29..2007-06-14 # prime minister of the Palestinian Authority
  code   PSEREB 2007-06-15..           # Hamas leader in Gaza, head of the political bureau 2017-2024; killed 2024-07-31
  default PSEREB

actor Ahmed Yassin
  names  أحمد ياسين | أحمد إسماعيل ياسين
  code   PSEREB ..2004-03-22           # founder of Hamas, killed 2004-03-22

actor Abdel Aziz al-Rantisi
  names  عبد العزيز الرنتيسي | عبدالعزيز الرنتيسي | الرنتيسي
  code   PSEREB ..2004-04-17           # Hamas leader in Gaza, killed 2004-04-17

actor Khaled Meshaal
  names  خالد مشعل | خالد عبد الرحيم مشعل | خالد عبدالرحيم مشعل
  code   PSEREB                        # head of the Hamas political bureau 1996-2017
  type   person

actor Mousa Abu Marzouk
  names  موسى أبو مرزوق | أبو مرزوق
  code   PSEREB
  type   person

actor Yahya Sinwar
  names  يحيى السنوار | السنوار | يحيى إبراهيم السنوار
  code   PSEREB ..2024-10-16           # Hamas leader in Gaza, head of the political bureau 2024; killed 2024-10-16

actor Mohammed Sinwar
  names  محمد السنوار
  code   PSEREB ..2025-05-13           # Qassam Brigades commander, killed May 2025

actor Mohammed Deif
  names  محمد الضيف | محمد دياب المصري | محمد دياب إبراهيم المصري
  code   PSEREB ..2024-07-13           # commander of the Qassam Brigades, killed 2024-07-13

actor Marwan Issa
  names  مروان عيسى
  code   PSEREB ..2024-03-10           # deputy Qassam commander, killed March 2024

actor Saleh al-Arouri
  names  صالح العاروري | العاروري
  code   PSEREB ..2024-01-02           # deputy head of the Hamas political bureau, killed 2024-01-02

actor Khalil al-Hayya
  names  خليل الحية
  code   PSEREB                        # Hamas leader in Gaza, chief negotiator
  type   person

actor Osama Hamdan
  names  أسامة حمدان
  code   PSEREB
  type   person

actor Sami Abu Zuhri
  names  سامي أبو زهري | أبو زهري
  code   PSEREB
  type   person

actor Fawzi Barhoum
  names  فوزي برهوم
  code   PSEREB
  type   person

actor Izzat al-Rishq
  names  عزت الرشق
  code   PSEREB
  type   person

actor Zaher Jabarin
  names  زاهر جبارين
  code   PSEREB
  type   person

actor Abu Obeida (Qassam spokesman)
  names  أبو عبيدة
  code   PSEREB                        # nom de guerre of the Qassam Brigades spokesman
  type   person

actor Said Siam
  names  سعيد صيام
  code   PSEGOV 2006-03-29..2007-06-14 # interior minister in the Hamas government
  code   PSEREB 2007-06-15..2009-01-15 # killed 2009-01-15

actor Fathi Hammad
  names  فتحي حماد
  code   PSEREB                        # Hamas interior minister in Gaza 2009-2014
  type   person

actor Ramadan Shallah
  names  رمضان شلح | رمضان عبد الله شلح | رمضان عبدالله شلح
  code   PSEREB ..2018-09-28           # secretary-general of Islamic Jihad

actor Ziyad al-Nakhalah
  names  زياد النخالة | النخالة
  code   PSEREB                        # secretary-general of Islamic Jihad since 2018
  type   person

actor Bahaa Abu al-Ata
  names  بهاء أبو العطا
  code   PSEREB ..2019-11-12           # Islamic Jihad commander in Gaza, killed 2019-11-12

actor Khaled al-Batsh
  names  خالد البطش
  code   PSEREB
  type   person

actor Abu Ali Mustafa
  names  أبو علي مصطفى
  code   PSEREB ..2001-08-27           # secretary-general of the PFLP, killed 2001-08-27

actor Ahmad Sa'adat
  names  أحمد سعدات
  code   PSEREB                        # secretary-general of the PFLP, imprisoned
  type   person

# ───────────────────────── Iraq (IRQ) ─────────────────────────

actor Saddam Hussein
  names  صدام حسين | صدام حسين المجيد | صدام حسين عبد المجيد التكريتي | صدام حسين عبدالمجيد التكريتي
  code   IRQGOV ..2003-04-09           # president 1979 .. fall of Baghdad 2003-04-09; executed 2006-12-30

actor Uday Hussein
  names  عدي صدام حسين | عدي صدام
  code   IRQELI ..2003-07-22

actor Qusay Hussein
  names  قصي صدام حسين | قصي صدام
  code   IRQMIL ..2003-07-22           # supervisor of the Republican Guard

actor Tariq Aziz
  names  طارق عزيز | طارق عزيز عيسى
  code   IRQGOV ..2003-04-09           # deputy prime minister

actor Naji Sabri
  names  ناجي صبري | ناجي صبري الحديثي
  code   IRQGOV ..2003-04-09           # foreign minister 2001-2003

actor Mohammed Saeed al-Sahhaf
  names  محمد سعيد الصحاف | الصحاف
  code   IRQGOV ..2003-04-09           # foreign minister until 2001, then information minister

actor Izzat Ibrahim al-Douri
  names  عزة إبراهيم الدوري | عزت إبراهيم الدوري | عزة الدوري | عزت الدوري
  code   IRQGOV ..2003-04-09           # vice chairman of the Revolutionary Command Council
  code   IRQREB 2003-04-10..2020-10-26 # insurgent leader (Naqshbandi Army), Baath leader in hiding

actor Taha Yassin Ramadan
  names  طه ياسين رمضان
  code   IRQGOV ..2003-04-09           # vice president

actor Ali Hassan al-Majid
  names  علي حسن المجيد | علي الكيمياوي | علي كيمياوي
  code   IRQGOV ..2003-04-09

actor Sultan Hashim Ahmad
  names  سلطان هاشم أحمد | سلطان هاشم أحمد الطائي | سلطان هاشم
  code   IRQGOV ..2003-04-09           # defence minister

actor Ahmad Chalabi
  names  أحمد الجلبي | الجلبي
  code   IRQGOV 2003-07-13..2004-06-01 # Governing Council
  code   IRQGOV 2005-05-03..2006-05-20 # deputy prime minister
  default IRQPTY

actor Adnan Pachachi
  names  عدنان الباجه جي | عدنان الباججي | الباججي
  code   IRQGOV 2003-07-13..2004-06-01 # Governing Council

actor Ghazi al-Yawar
  names  غازي الياور | غازي عجيل الياور
  code   IRQGOV 2004-06-01..2006-04-22 # president, then vice president

actor Iyad Allawi
  names  إياد علاوي
  code   IRQGOV 2003-07-13..2005-05-03 # Governing Council, prime minister 2004-06-28..2005-05-03
  code   IRQGOV 2014-09-09..2015-08-11 # vice president
  code   IRQGOV 2016-10-10..2018-10-02 # vice president
  default IRQPTY

actor Ibrahim al-Jaafari
  names  إبراهيم الجعفري | إبراهيم الأشيقر الجعفري
  code   IRQGOV 2004-06-01..2006-05-20 # vice president, prime minister 2005-05-03..2006-05-20
  code   IRQGOV 2014-09-08..2018-10-25 # foreign minister
  default IRQPTY

actor Jalal Talabani
  names  جلال طالباني | جلال الطالباني | مام جلال
  code   IRQGOV 2005-04-07..2014-07-24 # president
  default IRQPTY

actor Nouri al-Maliki
  names  نوري المالكي | جواد المالكي | نوري كامل المالكي
  code   IRQGOV 2006-05-20..2014-09-08 # prime minister
  code   IRQGOV 2014-09-09..2015-08-11 # vice president
  code   IRQGOV 2016-10-10..2018-10-02 # vice president
  default IRQPTY

actor Tariq al-Hashimi
  names  طارق الهاشمي
  code   IRQGOV 2006-04-22..2012-09-09 # vice president, sentenced in absentia
  default IRQOPP

actor Adil Abdul-Mahdi
  names  عادل عبد المهدي | عادل عبدالمهدي
  code   IRQGOV 2004-06-01..2011-07    # finance minister, vice president 2005-2011
  code   IRQGOV 2014-09-08..2016-08    # oil minister
  code   IRQGOV 2018-10-25..2020-05-07 # prime minister

actor Haider al-Abadi
  names  حيدر العبادي | العبادي
  code   IRQGOV 2003-09..2004-06-01    # communications minister
  code   IRQGOV 2014-09-08..2018-10-25 # prime minister
  default IRQPTY

actor Fuad Masum
  names  فؤاد معصوم
  code   IRQGOV 2014-07-24..2018-10-02 # president

actor Barham Salih
  names  برهم صالح | برهم أحمد صالح
  code   IRQGOV 2004-06..2012-01-05    # deputy prime minister, prime minister of the Kurdistan Region 2009-2012
  code   IRQGOV 2018-10-02..2022-10-17 # president

actor Abdul Latif Rashid
  names  عبد اللطيف رشيد | عبداللطيف رشيد | عبد اللطيف جمال رشيد | عبداللطيف جمال رشيد
  code   IRQGOV 2003-09..2010-12-21    # water resources minister
  code   IRQGOV 2022-10-13..2026-03    # president

actor Nizar Amedi
  names  نزار آميدي | نزار آمدي | نزار محمد سعيد آميدي
  code   IRQGOV 2022-10-27..2024-10    # environment minister
  code   IRQGOV 2026-03..              # president (elected by parliament in 2026)
  default IRQGOV

actor Mustafa al-Kadhimi
  names  مصطفى الكاظمي | الكاظمي
  code   IRQSPY 2016-06..2020-05-06    # director of the National Intelligence Service
  code   IRQGOV 2020-05-07..2022-10-27 # prime minister

actor Mohammed Shia al-Sudani
  names  محمد شياع السوداني | شياع السوداني | محمد شياع صبار السوداني
  code   IRQGOV 2010-12-21..2019-11    # human rights, labour and industry minister
  code   IRQGOV 2022-10-27..           # prime minister
  default IRQGOV

actor Osama al-Nujaifi
  names  أسامة النجيفي
  code   IRQLEG 2010-11-11..2014-07-15 # speaker of the Council of Representatives
  code   IRQGOV 2014-09-09..2015-08-11 # vice president
  code   IRQGOV 2016-10-10..2018-10-02 # vice president
  default IRQPTY

actor Hajim al-Hassani
  names  حاجم الحسني
  code   IRQLEG 2005-04-03..2006-03-16 # speaker of the transitional National Assembly

actor Mahmoud al-Mashhadani
  names  محمود المشهداني | المشهداني
  code   IRQLEG 2006-04-22..2008-12-23 # speaker of the Council of Representatives
  code   IRQLEG 2024-10-31..2025-12-29 # speaker of the Council of Representatives

actor Ayad al-Samarrai
  names  إياد السامرائي
  code   IRQLEG 2009-04-19..2010-06-14 # speaker of the Council of Representatives

actor Salim al-Jabouri
  names  سليم الجبوري
  code   IRQLEG 2014-07-15..2018-09-03 # speaker of the Council of Representatives

actor Mohamed al-Halbousi
  names  محمد الحلبوسي | محمد ريكان الحلبوسي
  code   IRQGOV 2017-08..2018-09-14    # governor of Anbar
  code   IRQLEG 2018-09-15..2023-11-14 # speaker of the Council of Representatives
  default IRQPTY

actor Mohsen al-Mandalawi
  names  محسن المندلاوي | المندلاوي
  code   IRQLEG 2022-01-09..2025-12-29 # first deputy speaker, acting speaker 2023-11..2024-10
  default IRQPTY

actor Haibat al-Halbousi
  names  هيبت الحلبوسي | هيبة الحلبوسي
  code   IRQLEG 2025-12-29..           # speaker of the Council of Representatives
  default IRQLEG

actor Hoshyar Zebari
  names  هوشيار زيباري
  code   IRQGOV 2003-09-03..2014-07-11 # foreign minister
  code   IRQGOV 2014-10-18..2016-09-21 # finance minister
  default IRQPTY

actor Mohamed Ali Alhakim
  names  محمد علي الحكيم
  code   IRQGOV 2010..2017-08          # ambassador to the United Nations
  code   IRQGOV 2018-10-25..2020-06-06 # foreign minister

actor Fuad Hussein
  names  فؤاد حسين | فؤاد محمد حسين
  code   IRQGOV 2018-10-25..           # finance minister, foreign minister since 2020-06-06
  default IRQGOV

actor Ali Allawi
  names  علي علاوي | علي عبد الأمير علاوي | علي عبدالأمير علاوي
  code   IRQGOV 2003-09..2004-06-28    # trade and defence minister
  code   IRQGOV 2005-05-03..2006-05-20 # finance minister
  code   IRQGOV 2020-05-07..2022-08-16 # finance minister

actor Hazim al-Shaalan
  names  حازم الشعلان
  code   IRQGOV 2004-06-28..2005-05-03 # defence minister

actor Saadoun al-Dulaimi
  names  سعدون الدليمي
  code   IRQGOV 2005-05-03..2006-05-20 # defence minister
  code   IRQGOV 2010-12-21..2014-09-08 # culture minister, acting defence minister

actor Abdul Qader al-Obeidi
  names  عبد القادر العبيدي | عبدالقادر العبيدي | عبد القادر محمد جاسم | عبدالقادر محمد جاسم | عبد القادر محمد جاسم العبيدي | عبدالقادر محمد جاسم العبيدي
  code   IRQGOV 2006-05-20..2010-12-21 # defence minister

actor Khaled al-Obaidi
  names  خالد العبيدي | خالد متعب العبيدي
  code   IRQGOV 2014-10-18..2016-08-25 # defence minister

actor Erfan al-Hiyali
  names  عرفان الحيالي
  code   IRQGOV 2017-01-30..2018-10-25 # defence minister

actor Najah al-Shammari
  names  نجاح الشمري | نجاح حسن علي الشمري
  code   IRQGOV 2019-06-24..2020-05-07 # defence minister

actor Juma Inad
  names  جمعة عناد | جمعة عناد سعدون
  code   IRQGOV 2020-05-07..2022-10-27 # defence minister

actor Thabet al-Abbasi
  names  ثابت العباسي | ثابت محمد سعيد العباسي
  code   IRQGOV 2022-10-27..           # defence minister
  default IRQGOV

actor Falah al-Naqib
  names  فلاح النقيب
  code   IRQGOV 2004-06-28..2005-05-03 # interior minister

actor Bayan Jabr
  names  بيان جبر | باقر جبر الزبيدي | باقر صولاغ | بيان جبر صولاغ
  code   IRQGOV 2005-05-03..2010-12-21 # interior minister, then finance minister
  code   IRQGOV 2014-09-08..2016-08    # transport minister

actor Jawad al-Bulani
  names  جواد البولاني
  code   IRQGOV 2006-05-20..2010-12-21 # interior minister

actor Mohammed al-Ghabban
  names  محمد سالم الغبان | محمد الغبان
  code   IRQGOV 2014-10-18..2016-07    # interior minister

actor Qasim al-Araji
  names  قاسم الأعرجي | الأعرجي
  code   IRQGOV 2017-01-30..2018-10-25 # interior minister
  code   IRQGOV 2020-07-04..           # national security adviser
  default IRQGOV

actor Yassin al-Yasiri
  names  ياسين الياسري
  code   IRQGOV 2019-06-24..2020-05-07 # interior minister

actor Othman al-Ghanimi
  names  عثمان الغانمي | عثمان علي فرحود الغانمي
  code   IRQMIL 2015-06..2020-05-06    # chief of staff of the army
  code   IRQGOV 2020-05-07..2022-10-27 # interior minister

actor Abdul Amir al-Shammari
  names  عبد الأمير الشمري | عبدالأمير الشمري | عبد الأمير كامل الشمري | عبدالأمير كامل الشمري
  code   IRQMIL ..2022-10-26           # deputy commander of joint operations
  code   IRQGOV 2022-10-27..           # interior minister
  default IRQGOV

actor Babakir Zebari
  names  بابكر زيباري | بابكر بدر خان زيباري
  code   IRQMIL 2004..2015-06          # chief of staff of the army

actor Abdul Amir Yarallah
  names  عبد الأمير يار الله | عبدالأمير يار الله | عبد الأمير رشيد يار الله | عبدالأمير رشيد يار الله | يار الله
  code   IRQMIL 2020-05..              # chief of staff of the army
  default IRQMIL

actor Talib Shaghati
  names  طالب شغاتي | طالب شغاتي الكناني
  code   IRQMIL 2007..2020-05          # head of the Counter-Terrorism Service

actor Abdul-Wahab al-Saadi
  names  عبد الوهاب الساعدي | عبدالوهاب الساعدي
  code   IRQMIL 2014..2019-09-27       # Counter-Terrorism Service commander
  code   IRQMIL 2020-05-10..           # head of the Counter-Terrorism Service
  default IRQMIL

actor Mohammed Abdullah al-Shahwani
  names  محمد عبد الله الشهواني | محمد عبدالله الشهواني | محمد الشهواني
  code   IRQSPY 2004..2009-08          # director of the National Intelligence Service

actor Falih al-Fayyadh
  names  فالح الفياض | الفياض
  code   IRQGOV 2011..2020-07-04       # national security adviser
  code   IRQMIL 2014-06..              # chairman of the Popular Mobilisation Commission
  default IRQMIL

actor Abu Mahdi al-Muhandis
  names  أبو مهدي المهندس | جمال جعفر آل إبراهيم | جمال جعفر محمد علي
  code   IRQREB ..2014-06-12           # Kataib Hezbollah founder
  code   IRQMIL 2014-06-13..2020-01-03 # deputy chairman of the Popular Mobilisation Forces, killed 2020-01-03

actor Abu Fadak al-Mohammedawi
  names  أبو فدك المحمداوي | عبد العزيز المحمداوي | عبدالعزيز المحمداوي | أبو فدك
  code   IRQMIL 2020-02..              # chief of staff of the Popular Mobilisation Forces
  default IRQMIL

actor Hadi al-Amiri
  names  هادي العامري | هادي فرحان العامري
  code   IRQGOV 2010-12-21..2014-09-08 # transport minister
  default IRQPTY                        # secretary-general of the Badr Organisation

actor Qais al-Khazali
  names  قيس الخزعلي | الخزعلي
  code   IRQREB                        # secretary-general of Asaib Ahl al-Haq
  type   person

actor Akram al-Kaabi
  names  أكرم الكعبي
  code   IRQREB                        # secretary-general of Harakat al-Nujaba
  type   person

actor Abu Alaa al-Walai
  names  أبو آلاء الولائي
  code   IRQREB                        # secretary-general of Kataib Sayyid al-Shuhada
  type   person

actor Muqtada al-Sadr
  names  مقتدى الصدر | مقتدى محمد صادق الصدر
  code   IRQREB 2003-04..2008-08       # leader of the Mahdi Army
  default IRQPTY

actor Ammar al-Hakim
  names  عمار الحكيم
  code   IRQPTY                        # leader of ISCI, then of the Hikma movement
  type   person

actor Abdul Aziz al-Hakim
  names  عبد العزيز الحكيم | عبدالعزيز الحكيم
  code   IRQGOV 2003-07-13..2004-06-01 # Governing Council
  code   IRQPTY 2003-08-30..2009-08-26 # leader of SCIRI/ISCI

actor Mohammed Baqir al-Hakim
  names  محمد باقر الحكيم
  code   IRQPTY ..2003-08-29           # leader of SCIRI, killed 2003-08-29

actor Masoud Barzani
  names  مسعود البارزاني | مسعود بارزاني | مسعود البرزاني | مسعود برزاني | البارزاني | البرزاني   # the family name alone: Masoud in the news of his presidency
  code   IRQGOV 2005-06-14..2017-11-01 # president of the Kurdistan Region
  default IRQPTY                        # leader of the KDP

actor Nechirvan Barzani
  names  نيجيرفان البارزاني | نيجيرفان بارزاني | نيجرفان بارزاني | نيجيرفان البرزاني | نيجرفان البرزاني
  code   IRQGOV ..2009-10-28           # prime minister of the Kurdistan Region
  code   IRQGOV 2012-03-05..           # KRG prime minister, president of the Kurdistan Region since 2019-06-10
  default IRQGOV

actor Masrour Barzani
  names  مسرور البارزاني | مسرور بارزاني | مسرور البرزاني
  code   IRQSPY 2012..2019-07-09       # chancellor of the Kurdistan Region Security Council
  code   IRQGOV 2019-07-10..           # prime minister of the Kurdistan Region
  default IRQGOV

actor Qubad Talabani
  names  قباد طالباني | قباد الطالباني
  code   IRQGOV 2014-06..              # deputy prime minister of the Kurdistan Region
  default IRQGOV

actor Bafel Talabani
  names  بافل طالباني | بافل جلال طالباني | بافل الطالباني
  code   IRQPTY                        # president of the PUK
  type   person

actor Saleh al-Mutlaq
  names  صالح المطلك | المطلك
  code   IRQGOV 2010-12-21..2015-08-11 # deputy prime minister
  default IRQPTY

actor Rafi al-Issawi
  names  رافع العيساوي
  code   IRQGOV 2006-05-20..2013-03    # minister of state, deputy PM, finance minister

actor Khamis al-Khanjar
  names  خميس الخنجر
  code   IRQPTY                        # leader of the Sovereignty alliance
  type   person

actor Hussain al-Shahristani
  names  حسين الشهرستاني | الشهرستاني
  code   IRQGOV 2006-05-20..2016-08    # oil minister, deputy PM for energy, higher education minister

actor Mowaffak al-Rubaie
  names  موفق الربيعي
  code   IRQGOV 2004-04..2009-06       # national security adviser

actor Harith al-Dhari
  names  حارث الضاري
  code   IRQOPP ..2015-03-12           # head of the Association of Muslim Scholars

actor Abu Musab al-Zarqawi
  names  أبو مصعب الزرقاوي | الزرقاوي
  code   IRQREB ..2006-06-07           # leader of al-Qaeda in Iraq, killed 2006-06-07

actor Abu Ayyub al-Masri
  names  أبو أيوب المصري | أبو حمزة المهاجر
  code   IRQREB ..2010-04-18           # leader of al-Qaeda in Iraq / ISI war minister, killed 2010-04-18

actor Abu Omar al-Baghdadi
  names  أبو عمر البغدادي
  code   IRQREB ..2010-04-18           # emir of the Islamic State of Iraq, killed 2010-04-18

actor Abu Bakr al-Baghdadi
  names  أبو بكر البغدادي | إبراهيم عواد البدري | إبراهيم عواد إبراهيم البدري
  code   IRQREB 2010-05..2013-04       # emir of the Islamic State of Iraq
  code   IMGREB 2013-04..2019-10-27    # leader of the Islamic State, killed 2019-10-27

actor Abu Ibrahim al-Hashimi al-Qurashi
  names  أبو إبراهيم الهاشمي القرشي
  code   IMGREB 2019-10-31..2022-02-03 # leader of the Islamic State

actor Abu al-Hasan al-Hashimi al-Qurashi
  names  أبو الحسن الهاشمي القرشي
  code   IMGREB 2022-03..2022-10       # leader of the Islamic State

actor Abu al-Hussein al-Husseini al-Qurashi
  names  أبو الحسين الحسيني القرشي
  code   IMGREB 2022-11..2023-04       # leader of the Islamic State

actor Abu Hafs al-Hashimi al-Qurashi
  names  أبو حفص الهاشمي القرشي
  code   IMGREB 2023-08..              # leader of the Islamic State
  default IMGREB

# ───────────────────────── Saudi Arabia (SAU) ─────────────────────────

actor King Fahd bin Abdulaziz
  names  فهد بن عبد العزيز | فهد بن عبدالعزيز | فهد بن عبد العزيز آل سعود | فهد بن عبدالعزيز آل سعود
  code   SAUGOV ..2005-08-01           # king 1982 .. died 2005-08-01

actor King Abdullah bin Abdulaziz
  names  عبد الله بن عبد العزيز | عبدالله بن عبدالعزيز | عبد الله بن عبد العزيز آل سعود | عبدالله بن عبدالعزيز آل سعود
  code   SAUGOV ..2015-01-23           # crown prince and regent, king 2005-08-01 .. died 2015-01-23

actor King Salman bin Abdulaziz
  names  سلمان بن عبد العزيز | سلمان بن عبدالعزيز | سلمان بن عبد العزيز آل سعود | سلمان بن عبدالعزيز آل سعود | الملك سلمان | العاهل السعودي الملك سلمان
  code   SAUGOV                        # governor of Riyadh, defence minister 2011, crown prince 2012, king since 2015-01-23
  type   person

actor Sultan bin Abdulaziz
  names  سلطان بن عبد العزيز | سلطان بن عبدالعزيز | سلطان بن عبد العزيز آل سعود | سلطان بن عبدالعزيز آل سعود
  code   SAUGOV ..2011-10-22           # defence minister 1962-2011, crown prince 2005-2011

actor Nayef bin Abdulaziz
  names  نايف بن عبد العزيز | نايف بن عبدالعزيز | نايف بن عبد العزيز آل سعود | نايف بن عبدالعزيز آل سعود
  code   SAUGOV ..2012-06-16           # interior minister 1975-2012, crown prince 2011-2012

actor Muqrin bin Abdulaziz
  names  مقرن بن عبد العزيز | مقرن بن عبدالعزيز | مقرن بن عبد العزيز آل سعود | مقرن بن عبدالعزيز آل سعود
  code   SAUSPY 2005-10-22..2012-07-19 # director of the General Intelligence Presidency
  code   SAUGOV 2012-07-19..2015-04-29 # royal envoy, second deputy PM, crown prince 2015-01-23..2015-04-29

actor Ahmed bin Abdulaziz
  names  أحمد بن عبد العزيز | أحمد بن عبدالعزيز | أحمد بن عبد العزيز آل سعود | أحمد بن عبدالعزيز آل سعود
  code   SAUGOV ..2012-11-05           # deputy interior minister, interior minister 2012-06..2012-11

actor Mohammed bin Nayef
  names  محمد بن نايف | محمد بن نايف بن عبد العزيز | محمد بن نايف بن عبدالعزيز
  code   SAUGOV 1999..2017-06-21       # assistant interior minister, interior minister 2012-11-05, crown prince 2015-04-29..2017-06-21

actor Mohammed bin Salman
  names  محمد بن سلمان | محمد بن سلمان بن عبد العزيز | محمد بن سلمان بن عبدالعزيز | محمد بن سلمان آل سعود | محمد ابن سلمان
  code   SAUGOV 2015-01-23..           # defence minister, deputy crown prince, crown prince 2017-06-21, prime minister 2022-09-27
  default SAUGOV

actor Khalid bin Salman
  names  خالد بن سلمان | خالد بن سلمان بن عبد العزيز | خالد بن سلمان بن عبدالعزيز
  code   SAUGOV 2017-04..              # ambassador to the US, deputy defence minister 2019, defence minister since 2022-09-27
  default SAUGOV

actor Abdulaziz bin Salman
  names  عبد العزيز بن سلمان | عبدالعزيز بن سلمان | عبد العزيز بن سلمان بن عبد العزيز | عبدالعزيز بن سلمان بن عبدالعزيز
  code   SAUGOV 2005..                 # deputy oil minister, energy minister since 2019-09-08
  default SAUGOV

actor Khalid bin Sultan
  names  خالد بن سلطان | خالد بن سلطان بن عبد العزيز | خالد بن سلطان بن عبدالعزيز
  code   SAUGOV ..2013-04-20           # assistant and deputy defence minister

actor Mutaib bin Abdullah
  names  متعب بن عبد الله | متعب بن عبدالله | متعب بن عبد الله بن عبد العزيز | متعب بن عبدالله بن عبدالعزيز
  code   SAUGOV 2010-11..2017-11-04    # commander, then minister, of the National Guard

actor Saud al-Faisal
  names  سعود الفيصل | سعود الفيصل بن عبد العزيز | سعود الفيصل بن عبدالعزيز
  code   SAUGOV ..2015-07-09           # foreign minister 1975-2015-04-29, then minister of state; died 2015-07-09

actor Adel al-Jubeir
  names  عادل الجبير | الجبير | عادل أحمد الجبير | عادل بن أحمد الجبير
  code   SAUGOV 2007-02..              # ambassador to the US, foreign minister 2015-04-29..2018-12-27, minister of state for foreign affairs
  default SAUGOV

actor Ibrahim al-Assaf
  names  إبراهيم العساف | إبراهيم بن عبد العزيز العساف | إبراهيم بن عبدالعزيز العساف
  code   SAUGOV ..2019-10-23           # finance minister 1996-2016, foreign minister 2018-12-27..2019-10-23

actor Faisal bin Farhan
  names  فيصل بن فرحان | فيصل بن فرحان آل سعود | فيصل بن فرحان بن عبد الله | فيصل بن فرحان بن عبدالله
  code   SAUGOV 2019-02..              # ambassador to Germany, foreign minister since 2019-10-23
  default SAUGOV

actor Bandar bin Sultan
  names  بندر بن سلطان | بندر بن سلطان بن عبد العزيز | بندر بن سلطان بن عبدالعزيز
  code   SAUSPY 2012-07-19..2014-04-15 # director of the General Intelligence Presidency
  code   SAUGOV ..2015-01-29           # ambassador to the US 1983-2005, secretary-general of the National Security Council 2005-2015

actor Turki al-Faisal
  names  تركي الفيصل | تركي الفيصل بن عبد العزيز | تركي الفيصل بن عبدالعزيز
  code   SAUSPY ..2001-08-31           # director of the General Intelligence Presidency
  code   SAUGOV 2002-10..2007-01       # ambassador to the UK and the US
  default SAUELI

actor Nawaf bin Abdulaziz
  names  نواف بن عبد العزيز | نواف بن عبدالعزيز
  code   SAUSPY 2001-08-31..2005-01    # director of the General Intelligence Presidency

actor Khalid al-Humaidan
  names  خالد الحميدان | خالد بن علي الحميدان
  code   SAUSPY 2015-01-29..           # director of the General Intelligence Presidency
  default SAUSPY

actor Ahmed Asiri
  names  أحمد عسيري | أحمد حسن عسيري
  code   SAUMIL 2015-03..2017-04       # spokesman of the Arab coalition in Yemen
  code   SAUSPY 2017-04..2018-10-20    # deputy head of the General Intelligence Presidency

actor Turki al-Maliki
  names  تركي المالكي
  code   SAUMIL 2017-07..              # spokesman of the Arab coalition in Yemen
  default SAUMIL

actor Abdulrahman al-Bunyan
  names  عبد الرحمن البنيان | عبدالرحمن البنيان | عبد الرحمن بن صالح البنيان | عبدالرحمن بن صالح البنيان
  code   SAUMIL 2014..2018-02-26       # chief of the general staff

actor Fayyad al-Ruwaili
  names  فياض الرويلي | فياض بن حامد الرويلي
  code   SAUMIL 2018-02-26..           # chief of the general staff
  default SAUMIL

actor Abdulaziz bin Saud bin Nayef
  names  عبد العزيز بن سعود بن نايف | عبدالعزيز بن سعود بن نايف | عبد العزيز بن سعود | عبدالعزيز بن سعود
  code   SAUGOV 2017-06-21..           # interior minister
  default SAUGOV

actor Saleh bin Humaid
  names  صالح بن حميد | صالح بن عبد الله بن حميد | صالح بن عبدالله بن حميد
  code   SAULEG 2002-04..2009-02       # chairman of the Shura Council

actor Abdullah Al ash-Sheikh
  names  عبد الله آل الشيخ | عبدالله آل الشيخ | عبد الله بن محمد آل الشيخ | عبدالله بن محمد آل الشيخ
  code   SAULEG 2009-02..              # chairman of the Shura Council
  default SAULEG

actor Ali al-Naimi
  names  علي النعيمي | علي بن إبراهيم النعيمي
  code   SAUGOV ..2016-05-07           # oil minister 1995-2016

actor Khalid al-Falih
  names  خالد الفالح
  code   SAUGOV 2015-04..              # health minister, energy minister 2016-2019, investment minister since 2020
  default SAUGOV

actor Mohammed al-Jadaan
  names  محمد الجدعان | محمد بن عبد الله الجدعان | محمد بن عبدالله الجدعان
  code   SAUGOV 2016-11-01..           # finance minister
  default SAUGOV

actor Khalid al-Faisal
  names  خالد الفيصل | خالد الفيصل بن عبد العزيز | خالد الفيصل بن عبدالعزيز
  code   SAUGOV                        # governor of Mecca, royal adviser
  type   person

actor Abdullah al-Rabiah
  names  عبد الله الربيعة | عبدالله الربيعة | عبد الله بن عبد العزيز الربيعة | عبدالله بن عبدالعزيز الربيعة
  code   SAUGOV 2009-02..              # health minister 2009-2014, head of KSrelief since 2015
  default SAUGOV

actor Musaed al-Aiban
  names  مساعد العيبان | مساعد بن محمد العيبان
  code   SAUGOV                        # minister of state, national security adviser
  type   person

actor Turki Al al-Sheikh
  names  تركي آل الشيخ | تركي بن عبد المحسن آل الشيخ | تركي بن عبدالمحسن آل الشيخ
  code   SAUGOV 2017..                 # sports authority, chairman of the General Entertainment Authority since 2018
  default SAUGOV

actor Yasir al-Rumayyan
  names  ياسر الرميان
  code   SAUGOV 2015-09..              # governor of the Public Investment Fund
  default SAUGOV

actor Saud al-Qahtani
  names  سعود القحطاني
  code   SAUGOV 2012..2018-10-20       # royal court adviser

actor Alwaleed bin Talal
  names  الوليد بن طلال | الوليد بن طلال بن عبد العزيز | الوليد بن طلال بن عبدالعزيز
  code   SAUBUS
  type   person

actor Jamal Khashoggi
  names  جمال خاشقجي | خاشقجي
  code   SAUMED ..2018-10-02           # journalist, killed 2018-10-02

actor Jamil al-Hujailan
  names  جميل الحجيلان
  code   IGOMEAGCC ..2002-03           # secretary-general of the GCC 1996-2002

actor Iyad Madani
  names  إياد مدني | إياد أمين مدني
  code   IGOMOSOIC 2014-01..2016-10    # secretary-general of the OIC

actor Yousef al-Othaimeen
  names  يوسف العثيمين | يوسف بن أحمد العثيمين
  code   IGOMOSOIC 2016-11..2021-11    # secretary-general of the OIC

# ───────────────────────── Yemen (YEM) ─────────────────────────

actor Ali Abdullah Saleh
  names  علي عبد الله صالح | علي عبدالله صالح | علي صالح
  code   YEMGOV ..2012-02-27           # president 1978/1990 .. 2012-02-27
  code   YEMPTY 2012-02-27..2017-12-04 # leader of the General People's Congress, allied with the Houthis 2014-2017; killed 2017-12-04

actor Ahmed Ali Abdullah Saleh
  names  أحمد علي عبد الله صالح | أحمد علي عبدالله صالح | أحمد علي صالح
  code   YEMMIL ..2012-12-19           # commander of the Republican Guard
  code   YEMGOV 2013-04..2015-03       # ambassador to the UAE

actor Tareq Saleh
  names  طارق صالح | طارق محمد عبد الله صالح | طارق محمد عبدالله صالح
  code   YEMMIL ..2022-04-06           # presidential guard commander, then National Resistance forces on the west coast
  code   YEMGOV 2022-04-07..           # member of the Presidential Leadership Council
  default YEMGOV

actor Abdrabbuh Mansur Hadi
  names  عبد ربه منصور هادي | عبدربه منصور هادي | عبد ربه منصور | عبدربه منصور | الرئيس هادي | الرئيس اليمني هادي
  code   YEMGOV ..2022-04-07           # vice president 1994-2012, president 2012-02-25..2022-04-07

actor Ali Mohsen al-Ahmar
  names  علي محسن الأحمر | علي محسن صالح الأحمر
  code   YEMMIL ..2016-04-02           # commander of the 1st Armoured Division, deputy supreme commander
  code   YEMGOV 2016-04-03..2022-04-07 # vice president

actor Abdullah bin Hussein al-Ahmar
  names  عبد الله بن حسين الأحمر | عبدالله بن حسين الأحمر | عبد الله الأحمر | عبدالله الأحمر
  code   YEMLEG ..2007-12-29           # speaker of parliament, Hashid paramount sheikh

actor Hamid al-Ahmar
  names  حميد الأحمر | حميد عبد الله الأحمر | حميد عبدالله الأحمر
  code   YEMOPP
  type   person

actor Yahya al-Raee
  names  يحيى الراعي | يحيى علي الراعي
  code   YEMLEG 2008-02..              # speaker of parliament (in Sanaa since 2015)
  default YEMLEG

actor Sultan al-Barakani
  names  سلطان البركاني
  code   YEMLEG 2019-04-13..           # speaker of parliament (government side)
  default YEMLEG

actor Abdul Karim al-Iryani
  names  عبد الكريم الإرياني | عبدالكريم الإرياني
  code   YEMGOV ..2001-03-31           # prime minister 1998-2001, then political adviser

actor Abdul Qadir Bajamal
  names  عبد القادر باجمال | عبدالقادر باجمال | باجمال
  code   YEMGOV ..2007-03-31           # foreign minister, prime minister 2001-03-31..2007-03-31

actor Ali Muhammad Mujawar
  names  علي محمد مجور | مجور
  code   YEMGOV 2007-03-31..2011-12-07 # prime minister

actor Mohammed Basindawa
  names  محمد سالم باسندوة | باسندوة
  code   YEMGOV 2011-12-07..2014-11-09 # prime minister

actor Khaled Bahah
  names  خالد بحاح | بحاح | خالد محفوظ بحاح
  code   YEMGOV 2014-05..2016-04-03    # UN ambassador, prime minister 2014-10-13, vice president 2015-04

actor Ahmed Obeid bin Daghr
  names  أحمد عبيد بن دغر | بن دغر
  code   YEMGOV 2016-04-04..2018-10-15 # prime minister

actor Maeen Abdulmalik
  names  معين عبد الملك | معين عبدالملك | معين عبد الملك سعيد | معين عبدالملك سعيد
  code   YEMGOV 2017..2024-02-05       # public works minister, prime minister 2018-10-15..2024-02-05

actor Ahmed Awad bin Mubarak
  names  أحمد عوض بن مبارك
  code   YEMGOV 2015..2025-05-03       # ambassador to the US and UN, foreign minister 2020, prime minister 2024-02-05..2025-05-03

actor Salem bin Breik
  names  سالم صالح بن بريك | سالم بن بريك
  code   YEMGOV 2019..2026-01-15       # finance minister, prime minister 2025-05-06..2026-01-15

actor Shaya al-Zindani
  names  شائع الزنداني | شائع محسن الزنداني
  code   YEMGOV 2024-03..              # foreign minister, prime minister since 2026-01-15
  default YEMGOV

actor Abu Bakr al-Qirbi
  names  أبو بكر القربي
  code   YEMGOV 2001-04-04..2014-11-09 # foreign minister

actor Abdullah al-Saidi
  names  عبد الله الصايدي | عبدالله الصايدي
  code   YEMGOV 2014-11-09..2015-03    # foreign minister

actor Riad Yassin
  names  رياض ياسين | رياض ياسين عبد الله | رياض ياسين عبدالله
  code   YEMGOV 2014-11..2015-12       # health minister, acting foreign minister 2015

actor Abdulmalik al-Mekhlafi
  names  عبد الملك المخلافي | عبدالملك المخلافي
  code   YEMGOV 2015-12..2018-05       # foreign minister

actor Khaled al-Yamani
  names  خالد اليماني
  code   YEMGOV 2018-05..2019-06-10    # foreign minister

actor Mohammed al-Hadrami
  names  محمد الحضرمي | محمد عبد الله الحضرمي | محمد عبدالله الحضرمي
  code   YEMGOV 2019-06..2020-12-18    # foreign minister

actor Abdullah Ali Alaiwa
  names  عبد الله علي عليوة | عبدالله علي عليوة
  code   YEMGOV ..2006-02              # defence minister

actor Mohammed Nasser Ahmed
  names  محمد ناصر أحمد | محمد ناصر أحمد علي
  code   YEMGOV 2006-02..2014-11-09    # defence minister

actor Mahmoud al-Subaihi
  names  محمود الصبيحي
  code   YEMGOV 2014-11-09..2015-03-25 # defence minister, captured by the Houthis 2015-03-25

actor Mohammed Ali al-Maqdashi
  names  محمد علي المقدشي | المقدشي
  code   YEMGOV 2018-11-07..2022-07-28 # defence minister

actor Mohsen al-Daeri
  names  محسن الداعري
  code   YEMGOV 2022-07-28..2026-01-08 # defence minister, dismissed 2026-01-08

actor Taher al-Aqili
  names  طاهر العقيلي | طاهر علي العقيلي
  code   YEMGOV 2026-02-06..           # defence minister (formerly army chief of staff)
  default YEMGOV

actor Ibrahim Haidan
  names  إبراهيم حيدان | إبراهيم علي أحمد حيدان
  code   YEMGOV 2020-12-18..           # interior minister
  default YEMGOV

actor Ahmed al-Maisari
  names  أحمد الميسري | الميسري
  code   YEMGOV 2017-12..2020-12-18    # interior minister

actor Rashad al-Alimi
  names  رشاد العليمي | رشاد محمد العليمي | العليمي
  code   YEMGOV 2001..2012-02          # interior minister, deputy prime minister for security
  code   YEMGOV 2022-04-07..           # chairman of the Presidential Leadership Council
  default YEMGOV

actor Aidarous al-Zubaidi
  names  عيدروس الزبيدي | عيدروس قاسم الزبيدي | عيدروس بن قاسم الزبيدي
  code   YEMGOV 2015-12-07..2017-04-27 # governor of Aden
  code   YEMREB 2017-05-11..2022-04-06 # president of the Southern Transitional Council
  code   YEMGOV 2022-04-07..2026-01-06 # member (vice president) of the Presidential Leadership Council
  code   YEMREB 2026-01-07..           # dismissed for high treason after the STC offensive
  default YEMREB

actor Hani bin Braik
  names  هاني بن بريك | هاني علي بن بريك
  code   YEMREB                        # vice president of the Southern Transitional Council
  type   person

actor Sultan al-Arada
  names  سلطان العرادة | سلطان علي العرادة
  code   YEMGOV 2012..                 # governor of Marib, Presidential Leadership Council member since 2022
  default YEMGOV

actor Abdullah al-Alimi Bawazir
  names  عبد الله العليمي باوزير | عبدالله العليمي باوزير | عبد الله العليمي | عبدالله العليمي
  code   YEMGOV 2016..                 # director of the president's office, PLC member since 2022-04-07
  default YEMGOV

actor Faraj al-Bahsani
  names  فرج البحسني | فرج سالمين البحسني
  code   YEMGOV 2017..                 # governor of Hadramawt, PLC member since 2022-04-07
  default YEMGOV

actor Abu Zaraa al-Muharrami
  names  أبو زرعة المحرمي | عبد الرحمن المحرمي | عبدالرحمن المحرمي | عبد الرحمن أبو زرعة المحرمي | عبدالرحمن أبو زرعة المحرمي
  code   YEMMIL ..2022-04-06           # commander of the Giants Brigades
  code   YEMGOV 2022-04-07..           # member of the Presidential Leadership Council
  default YEMGOV

actor Othman Mujalli
  names  عثمان مجلي | عثمان حسين مجلي
  code   YEMGOV 2022-04-07..           # member of the Presidential Leadership Council
  default YEMGOV

actor Hussein Badreddin al-Houthi
  names  حسين بدر الدين الحوثي
  code   YEMREB ..2004-09-10           # founder of the Houthi movement, killed 2004-09-10

actor Abdul-Malik al-Houthi
  names  عبد الملك الحوثي | عبدالملك الحوثي | عبد الملك بدر الدين الحوثي | عبدالملك بدر الدين الحوثي
  code   YEMREB                        # leader of the Houthi movement (Ansar Allah)
  type   person

actor Mohammed Ali al-Houthi
  names  محمد علي الحوثي
  code   YEMREB                        # head of the Supreme Revolutionary Committee 2015-2016, Supreme Political Council member
  type   person

actor Saleh al-Sammad
  names  صالح الصماد | صالح علي الصماد | الصماد
  code   YEMREB ..2018-04-19           # head of the Houthi Supreme Political Council, killed 2018-04-19

actor Mahdi al-Mashat
  names  مهدي المشاط
  code   YEMREB                        # head of the Houthi Supreme Political Council since 2018-04
  type   person

actor Abdulaziz bin Habtour
  names  عبد العزيز بن حبتور | عبدالعزيز بن حبتور | بن حبتور
  code   YEMREB                        # prime minister of the Houthi government 2016-2024
  type   person

actor Ahmed al-Rahawi
  names  أحمد غالب الرهوي | أحمد الرهوي | الرهوي
  code   YEMREB ..2025-08-28           # prime minister of the Houthi government, killed 2025-08-28

actor Mohammed Abdulsalam
  names  محمد عبد السلام | محمد عبدالسلام | محمد عبد السلام فليته | محمد عبدالسلام فليته
  code   YEMREB                        # Houthi spokesman and chief negotiator
  type   person

actor Yahya Saree
  names  يحيى سريع | يحيى سريع الحوثي
  code   YEMREB                        # Houthi military spokesman
  type   person

actor Abdulkarim al-Ghamari
  names  عبد الكريم الغماري | عبدالكريم الغماري
  code   YEMREB ..2025-10              # Houthi chief of staff, death announced 2025-10

actor Hisham Sharaf
  names  هشام شرف | هشام شرف عبد الله | هشام شرف عبدالله
  code   YEMREB                        # foreign minister of the Houthi government
  type   person

actor Mohammed al-Bukhaiti
  names  محمد البخيتي
  code   YEMREB
  type   person

actor Hussein al-Ezzi
  names  حسين العزي
  code   YEMREB
  type   person

actor Tawakkol Karman
  names  توكل كرمان
  code   YEMOPP                        # activist, Nobel Peace Prize 2011
  type   person

actor Anwar al-Awlaki
  names  أنور العولقي
  code   YEMREB ..2011-09-30           # al-Qaeda in the Arabian Peninsula preacher, killed 2011-09-30

actor Nasser al-Wuhayshi
  names  ناصر الوحيشي | الوحيشي
  code   YEMREB ..2015-06-12           # emir of AQAP, killed June 2015

actor Qasim al-Raymi
  names  قاسم الريمي
  code   YEMREB ..2020-01              # emir of AQAP

actor Khalid Batarfi
  names  خالد باطرفي | خالد سعيد باطرفي
  code   YEMREB ..2024-03-10           # emir of AQAP

actor Saad bin Atef al-Awlaki
  names  سعد بن عاطف العولقي | سعد العولقي
  code   YEMREB 2024-03..              # emir of AQAP
  default YEMREB

# ───────────────────────── Kuwait (KWT) ─────────────────────────

actor Jaber al-Ahmad al-Sabah
  names  جابر الأحمد الجابر الصباح | جابر الأحمد الصباح | جابر الأحمد
  code   KWTGOV ..2006-01-15           # emir 1977 .. died 2006-01-15

actor Saad al-Abdullah al-Sabah
  names  سعد العبد الله السالم الصباح | سعد العبد الله الصباح | سعد العبد الله
  code   KWTGOV ..2006-01-24           # crown prince and prime minister until 2003, emir 2006-01-15..2006-01-24

actor Sabah al-Ahmad al-Sabah
  names  صباح الأحمد الجابر الصباح | صباح الأحمد الصباح | صباح الأحمد
  code   KWTGOV ..2020-09-29           # foreign minister until 2003, prime minister 2003-2006, emir 2006-01-29..2020-09-29

actor Nawaf al-Ahmad al-Sabah
  names  نواف الأحمد الجابر الصباح | نواف الأحمد الصباح | نواف الأحمد
  code   KWTMIL ..2003-07-13           # deputy chief of the National Guard
  code   KWTGOV 2003-07-14..2023-12-16 # interior minister, crown prince 2006-02-07, emir 2020-09-29..2023-12-16

actor Mishal al-Ahmad al-Sabah
  names  مشعل الأحمد الجابر الصباح | مشعل الأحمد الصباح | مشعل الأحمد
  code   KWTMIL 2004..2020-10-07       # deputy chief of the National Guard
  code   KWTGOV 2020-10-08..           # crown prince, emir since 2023-12-16
  default KWTGOV

actor Nasser al-Mohammed al-Sabah
  names  ناصر المحمد الأحمد الصباح | ناصر المحمد الصباح | ناصر المحمد
  code   KWTGOV ..2011-11-28           # minister of the Amiri Diwan, prime minister 2006-02-07..2011-11-28

actor Jaber al-Mubarak al-Sabah
  names  جابر المبارك الحمد الصباح | جابر المبارك الصباح | جابر المبارك
  code   KWTGOV 2001-02..2019-11-19    # defence and interior minister, prime minister 2011-11-30..2019-11-19

actor Sabah al-Khalid al-Sabah
  names  صباح الخالد الحمد الصباح | صباح الخالد الصباح | صباح الخالد
  code   KWTGOV 2011-10-23..2022-07-24 # foreign minister, prime minister 2019-11-19..2022-07-24
  code   KWTGOV 2024-06-01..           # crown prince
  default KWTGOV

actor Ahmad Nawaf al-Sabah
  names  أحمد نواف الأحمد الصباح | أحمد النواف الصباح | أحمد النواف
  code   KWTGOV 2022-03-16..2024-01-04 # interior minister, prime minister 2022-07-24..2024-01-04

actor Mohammad Sabah al-Salem al-Sabah
  names  محمد صباح السالم الصباح | محمد صباح السالم
  code   KWTGOV 2003-07-14..2011-10-18 # foreign minister
  code   KWTGOV 2024-01-04..2024-04-15 # prime minister

actor Ahmad Abdullah al-Ahmad al-Sabah
  names  أحمد عبد الله الأحمد الصباح | أحمد عبدالله الأحمد الصباح | أحمد العبد الله الأحمد الصباح | أحمد العبد الله
  code   KWTGOV 2024-04-15..           # prime minister
  default KWTGOV

actor Ahmad Nasser al-Mohammad al-Sabah
  names  أحمد ناصر المحمد الصباح | أحمد ناصر المحمد
  code   KWTGOV 2019-12-17..2022-08-01 # foreign minister

actor Salem Abdullah al-Jaber al-Sabah
  names  سالم عبد الله الجابر الصباح | سالم عبدالله الجابر الصباح | سالم العبد الله الجابر الصباح | سالم العبد الله
  code   KWTGOV 2013..2024-01          # ambassador to the US, foreign minister 2022-08-01..2024-01

actor Abdullah al-Yahya
  names  عبد الله اليحيا | عبدالله اليحيا | عبد الله علي اليحيا | عبدالله علي اليحيا | عبد الله اليحيى | عبدالله اليحيى
  code   KWTGOV 2024-01..2026-02-01    # foreign minister

actor Jarrah Jaber al-Ahmad al-Sabah
  names  جراح جابر الأحمد الصباح | جراح جابر الأحمد
  code   KWTGOV 2026-02-01..           # foreign minister
  default KWTGOV

actor Khalid al-Jarrah al-Sabah
  names  خالد الجراح الصباح | خالد الجراح
  code   KWTGOV 2013..2019-11-19       # defence minister, interior minister 2017-2019

actor Nasser Sabah al-Ahmad al-Sabah
  names  ناصر صباح الأحمد الصباح | ناصر صباح الأحمد
  code   KWTGOV 2006..2019-11-19       # minister of the Amiri Diwan, defence minister 2017-12-11..2019-11-19

actor Ahmad Mansour al-Ahmad al-Sabah
  names  أحمد منصور الأحمد الصباح | أحمد المنصور الأحمد
  code   KWTGOV 2019-12-17..2022-02-16 # defence minister, interior minister 2021-2022

actor Hamad Jaber al-Ali al-Sabah
  names  حمد جابر العلي الصباح | حمد جابر العلي
  code   KWTGOV 2021-03..2022-02-16    # defence minister

actor Talal al-Khalid al-Sabah
  names  طلال الخالد الأحمد الصباح | طلال الخالد الصباح | طلال الخالد
  code   KWTGOV 2022-03-16..2023       # defence minister, interior minister

actor Fahad Yousef Saud al-Sabah
  names  فهد يوسف سعود الصباح | فهد اليوسف | فهد يوسف سعود
  code   KWTGOV 2024-01..              # first deputy PM, interior minister, defence minister 2024-2025
  default KWTGOV

actor Abdullah Ali Abdullah al-Salem al-Sabah
  names  عبد الله علي عبد الله السالم الصباح | عبدالله علي عبدالله السالم الصباح | عبد الله علي عبد الله السالم | عبدالله علي عبدالله السالم
  code   KWTGOV 2022..2023             # defence minister
  code   KWTGOV 2025-02-04..           # defence minister
  default KWTGOV

actor Jassem al-Kharafi
  names  جاسم الخرافي | جاسم محمد الخرافي
  code   KWTLEG ..2012-02              # speaker of the National Assembly 1999-2012

actor Ahmed al-Saadoun
  names  أحمد السعدون
  code   KWTLEG 2012-02-15..2012-06-20 # speaker of the National Assembly
  code   KWTLEG 2022-10-18..2024-05-10 # speaker of the National Assembly
  default KWTOPP

actor Ali al-Rashid
  names  علي الراشد | علي فهد الراشد
  code   KWTLEG 2012-12..2013-06-16    # speaker of the National Assembly

actor Marzouq al-Ghanim
  names  مرزوق الغانم | مرزوق علي الغانم
  code   KWTLEG 2013-08-06..2022-08-02 # speaker of the National Assembly

actor Musallam al-Barrak
  names  مسلم البراك | مسلم محمد البراك
  code   KWTOPP
  type   person

actor Nayef al-Hajraf
  names  نايف الحجرف | نايف فلاح الحجرف
  code   IGOMEAGCC 2020-02-01..2023-01-31 # secretary-general of the GCC (former Kuwaiti minister)

actor Jasem al-Budaiwi
  names  جاسم البديوي | جاسم محمد البديوي
  code   IGOMEAGCC 2023-02-01..        # secretary-general of the GCC
  default IGOMEAGCC

# ───────────────────────── Bahrain (BHR) ─────────────────────────

actor Hamad bin Isa Al Khalifa
  names  حمد بن عيسى آل خليفة | حمد بن عيسى
  code   BHRGOV                        # emir 1999-03-06, king since 2002-02-14
  type   person

actor Khalifa bin Salman Al Khalifa
  names  خليفة بن سلمان آل خليفة | خليفة بن سلمان
  code   BHRGOV ..2020-11-11           # prime minister 1970 .. died 2020-11-11

actor Salman bin Hamad Al Khalifa
  names  سلمان بن حمد آل خليفة | سلمان بن حمد
  code   BHRGOV                        # crown prince since 1999, prime minister since 2020-11-11
  type   person

actor Mohammed bin Mubarak Al Khalifa
  names  محمد بن مبارك آل خليفة
  code   BHRGOV ..2022-11              # foreign minister until 2005, then deputy prime minister

actor Khalid bin Ahmed Al Khalifa
  names  خالد بن أحمد آل خليفة | خالد بن أحمد بن محمد آل خليفة
  code   BHRGOV 2005-09..              # foreign minister 2005-2020, then royal adviser for diplomatic affairs
  default BHRGOV

actor Abdullatif Al Zayani
  names  عبد اللطيف الزياني | عبداللطيف الزياني | عبد اللطيف بن راشد الزياني | عبداللطيف بن راشد الزياني | الزياني
  code   IGOMEAGCC 2011-04-01..2020-01-31 # secretary-general of the GCC
  code   BHRGOV 2020-02-11..           # foreign minister
  default BHRGOV

actor Rashid bin Abdullah Al Khalifa
  names  راشد بن عبد الله آل خليفة | راشد بن عبدالله آل خليفة | راشد بن عبد الله | راشد بن عبدالله | راشد عبد الله آل خليفة | راشد عبدالله آل خليفة
  code   BHRGOV 2004-12..              # interior minister
  default BHRGOV

actor Khalifa bin Ahmed Al Khalifa
  names  خليفة بن أحمد آل خليفة
  code   BHRMIL                        # defence minister, then commander-in-chief of the Bahrain Defence Force
  type   person

actor Khalifa al-Dhahrani
  names  خليفة الظهراني | خليفة بن أحمد الظهراني
  code   BHRLEG 2002-12..2018-12       # speaker of the Council of Representatives

actor Fawzia Zainal
  names  فوزية زينل | فوزية عبد الله زينل | فوزية عبدالله زينل
  code   BHRLEG 2018-12..2022-12       # speaker of the Council of Representatives

actor Ahmed al-Musallam
  names  أحمد المسلم | أحمد بن سلمان المسلم
  code   BHRLEG 2022-12..              # speaker of the Council of Representatives
  default BHRLEG

actor Ali Salman
  names  علي سلمان
  code   BHROPP                        # secretary-general of al-Wefaq, imprisoned since 2014
  type   person

actor Nabeel Rajab
  names  نبيل رجب
  code   BHRCVL                        # human rights activist
  type   person

actor Abdulhadi al-Khawaja
  names  عبد الهادي الخواجة | عبدالهادي الخواجة
  code   BHRCVL                        # human rights activist, imprisoned
  type   person

# ───────────────────────── Qatar (QAT) ─────────────────────────

actor Hamad bin Khalifa Al Thani
  names  حمد بن خليفة آل ثاني | حمد بن خليفة
  code   QATGOV ..2013-06-25           # emir 1995-06-27 .. abdicated 2013-06-25
  code   QATELI 2013-06-26..
  default QATELI

actor Tamim bin Hamad Al Thani
  names  تميم بن حمد آل ثاني | تميم بن حمد | تميم بن حمد بن خليفة آل ثاني
  code   QATGOV 2003-08-05..           # crown prince, emir since 2013-06-25
  default QATGOV

actor Abdullah bin Hamad Al Thani
  names  عبد الله بن حمد بن خليفة آل ثاني | عبدالله بن حمد بن خليفة آل ثاني | عبد الله بن حمد آل ثاني | عبدالله بن حمد آل ثاني
  code   QATGOV 2014-11-11..           # deputy emir
  default QATGOV

actor Moza bint Nasser
  names  موزا بنت ناصر | موزة بنت ناصر | موزا بنت ناصر المسند
  code   QATELI
  type   person

actor Abdullah bin Khalifa Al Thani
  names  عبد الله بن خليفة آل ثاني | عبدالله بن خليفة آل ثاني
  code   QATGOV ..2007-04-03           # prime minister 1996-2007

actor Hamad bin Jassim Al Thani
  names  حمد بن جاسم بن جبر آل ثاني | حمد بن جاسم آل ثاني | حمد بن جاسم
  code   QATGOV ..2013-06-26           # foreign minister 1992-2013, prime minister 2007-04-03..2013-06-26
  default QATELI

actor Abdullah bin Nasser Al Thani
  names  عبد الله بن ناصر بن خليفة آل ثاني | عبدالله بن ناصر بن خليفة آل ثاني | عبد الله بن ناصر آل ثاني | عبدالله بن ناصر آل ثاني | عبد الله بن ناصر | عبدالله بن ناصر
  code   QATGOV 2005..2020-01-28       # minister of state for interior, prime minister and interior minister 2013-06-26..2020-01-28

actor Khalid bin Khalifa Al Thani
  names  خالد بن خليفة بن عبد العزيز آل ثاني | خالد بن خليفة بن عبدالعزيز آل ثاني | خالد بن خليفة آل ثاني
  code   QATGOV 2014..2023-03-07       # chief of the Amiri Diwan, prime minister 2020-01-28..2023-03-07

actor Mohammed bin Abdulrahman Al Thani
  names  محمد بن عبد الرحمن آل ثاني | محمد بن عبدالرحمن آل ثاني | محمد بن عبد الرحمن بن جاسم آل ثاني | محمد بن عبدالرحمن بن جاسم آل ثاني
  code   QATGOV 2014..                 # assistant foreign minister, foreign minister 2016-01-27, prime minister since 2023-03-07
  default QATGOV

actor Khalid al-Attiyah
  names  خالد بن محمد العطية | خالد العطية
  code   QATGOV 2008..2024-11-12       # minister of state, foreign minister 2013-2016, defence minister 2016-2024

actor Hamad bin Ali al-Attiyah
  names  حمد بن علي العطية
  code   QATMIL ..2013-06              # chief of staff of the armed forces
  code   QATGOV 2013-06..2016-01-27    # minister of state for defence

actor Saoud bin Abdulrahman Al Thani
  names  سعود بن عبد الرحمن آل ثاني | سعود بن عبدالرحمن آل ثاني | سعود بن عبد الرحمن بن حسن آل ثاني | سعود بن عبدالرحمن بن حسن آل ثاني
  code   QATGOV 2020..                 # chief of the Amiri Diwan, deputy PM and defence minister since 2024-11-12
  default QATGOV

actor Khalifa bin Hamad bin Khalifa Al Thani
  names  خليفة بن حمد بن خليفة آل ثاني
  code   QATGOV 2023-03-07..           # interior minister
  default QATGOV

actor Majed al-Ansari
  names  ماجد الأنصاري | ماجد بن محمد الأنصاري
  code   QATGOV 2022..                 # foreign ministry spokesman, adviser to the prime minister
  default QATGOV

actor Lolwah al-Khater
  names  لولوة الخاطر | لولوة بنت راشد الخاطر
  code   QATGOV 2017..                 # foreign ministry spokeswoman, minister of state, education minister since 2024-11
  default QATGOV

actor Mohammed al-Khulaifi
  names  محمد بن عبد العزيز الخليفي | محمد بن عبدالعزيز الخليفي | محمد الخليفي
  code   QATGOV 2021..                 # envoy, minister of state at the foreign ministry
  default QATGOV

actor Ahmed bin Abdullah Al Mahmoud
  names  أحمد بن عبد الله آل محمود | أحمد بن عبدالله آل محمود
  code   QATLEG 2017-11..2021-10       # speaker of the Shura Council

actor Hassan al-Ghanim
  names  حسن بن عبد الله الغانم | حسن بن عبدالله الغانم
  code   QATLEG 2021-10-26..           # speaker of the Shura Council
  default QATLEG

actor Abdul Rahman al-Attiyah
  names  عبد الرحمن بن حمد العطية | عبدالرحمن بن حمد العطية | عبد الرحمن العطية | عبدالرحمن العطية | عبد الرحمن حمد العطية | عبدالرحمن حمد العطية
  code   IGOMEAGCC 2002-04..2011-03    # secretary-general of the GCC

# ───────────────────────── United Arab Emirates (ARE) ─────────────────────────

actor Zayed bin Sultan Al Nahyan
  names  زايد بن سلطان آل نهيان | زايد بن سلطان
  code   AREGOV ..2004-11-02           # president 1971 .. died 2004-11-02

actor Khalifa bin Zayed Al Nahyan
  names  خليفة بن زايد آل نهيان | خليفة بن زايد
  code   AREGOV ..2022-05-13           # crown prince of Abu Dhabi, president 2004-11-03..2022-05-13

actor Mohamed bin Zayed Al Nahyan
  names  محمد بن زايد آل نهيان | محمد بن زايد
  code   AREMIL ..2004-11-02           # chief of staff of the armed forces
  code   AREGOV 2004-11-03..           # crown prince of Abu Dhabi, president since 2022-05-14
  default AREGOV

actor Maktoum bin Rashid Al Maktoum
  names  مكتوم بن راشد آل مكتوم | مكتوم بن راشد
  code   AREGOV ..2006-01-04           # vice president, prime minister, ruler of Dubai

actor Mohammed bin Rashid Al Maktoum
  names  محمد بن راشد آل مكتوم | محمد بن راشد
  code   AREGOV                        # defence minister, vice president and prime minister since 2006-01-05, ruler of Dubai
  type   person

actor Hamdan bin Mohammed bin Rashid Al Maktoum
  names  حمدان بن محمد بن راشد آل مكتوم | حمدان بن محمد بن راشد | حمدان بن محمد
  code   AREGOV 2008-02-01..           # crown prince of Dubai, deputy PM and defence minister since 2024-07-14
  default AREGOV

actor Mansour bin Zayed Al Nahyan
  names  منصور بن زايد آل نهيان | منصور بن زايد
  code   AREGOV 2004-11..              # minister of presidential affairs, deputy PM, vice president since 2023-03-29
  default AREGOV

actor Abdullah bin Zayed Al Nahyan
  names  عبد الله بن زايد آل نهيان | عبدالله بن زايد آل نهيان | عبد الله بن زايد | عبدالله بن زايد
  code   AREGOV                        # information minister 1997-2006, foreign minister since 2006-02-09
  type   person

actor Saif bin Zayed Al Nahyan
  names  سيف بن زايد آل نهيان | سيف بن زايد
  code   AREGOV 2004-10..              # interior minister, deputy PM
  default AREGOV

actor Tahnoun bin Zayed Al Nahyan
  names  طحنون بن زايد آل نهيان | طحنون بن زايد
  code   AREGOV 2016-02..              # national security adviser, deputy ruler of Abu Dhabi
  default AREGOV

actor Khaled bin Mohamed bin Zayed
  names  خالد بن محمد بن زايد | خالد بن محمد بن زايد آل نهيان
  code   ARESPY ..2023-03-28           # head of Abu Dhabi state security
  code   AREGOV 2023-03-29..           # crown prince of Abu Dhabi
  default AREGOV

actor Rashid Abdullah al-Nuaimi
  names  راشد عبد الله النعيمي | راشد عبدالله النعيمي
  code   AREGOV ..2006-02-09           # foreign minister 1980-2006

actor Anwar Gargash
  names  أنور قرقاش | قرقاش | أنور محمد قرقاش
  code   AREGOV 2006-02..              # minister of state for foreign affairs 2008-2021, diplomatic adviser to the president
  default AREGOV

actor Reem al-Hashimy
  names  ريم الهاشمي | ريم إبراهيم الهاشمي
  code   AREGOV 2008..                 # minister of state for international cooperation
  default AREGOV

actor Sultan al-Jaber
  names  سلطان الجابر | سلطان أحمد الجابر
  code   AREGOV 2013..                 # minister of state, industry minister, ADNOC chief, COP28 president
  default AREGOV

actor Mohammed al-Bowardi
  names  محمد بن أحمد البواردي | محمد البواردي
  code   AREGOV 2016-02..              # minister of state for defence affairs
  default AREGOV

actor Dhahi Khalfan
  names  ضاحي خلفان | ضاحي خلفان تميم
  code   ARECOP                        # commander of Dubai police, then deputy chief of police and general security
  type   person

actor Abdulaziz al-Ghurair
  names  عبد العزيز الغرير | عبدالعزيز الغرير | عبد العزيز عبد الله الغرير | عبدالعزيز عبدالله الغرير
  code   ARELEG 2007..2011-11          # speaker of the Federal National Council

actor Mohammed al-Murr
  names  محمد أحمد المر
  code   ARELEG 2011-11..2015-11       # speaker of the Federal National Council

actor Amal al-Qubaisi
  names  أمل القبيسي | أمل عبد الله القبيسي | أمل عبدالله القبيسي
  code   ARELEG 2015-11-18..2019-11-14 # speaker of the Federal National Council

actor Saqr Ghobash
  names  صقر غباش | صقر سعيد غباش
  code   ARELEG 2019-11-14..           # speaker of the Federal National Council
  default ARELEG

actor Sultan bin Muhammad al-Qasimi
  names  سلطان بن محمد القاسمي
  code   AREGOV                        # ruler of Sharjah
  type   person

actor Saud bin Saqr al-Qasimi
  names  سعود بن صقر القاسمي | سعود بن صقر
  code   AREGOV 2010-10-27..           # ruler of Ras al-Khaimah (crown prince before)
  default AREGOV

actor Hamad bin Mohammed al-Sharqi
  names  حمد بن محمد الشرقي
  code   AREGOV                        # ruler of Fujairah
  type   person

actor Humaid bin Rashid al-Nuaimi
  names  حميد بن راشد النعيمي
  code   AREGOV                        # ruler of Ajman
  type   person

# ───────────────────────── Oman (OMN) ─────────────────────────

actor Sultan Qaboos bin Said
  names  قابوس بن سعيد | قابوس بن سعيد آل سعيد
  code   OMNGOV ..2020-01-10           # sultan 1970 .. died 2020-01-10

actor Haitham bin Tariq
  names  هيثم بن طارق | هيثم بن طارق آل سعيد
  code   OMNGOV 2002..                 # heritage and culture minister, sultan since 2020-01-11
  default OMNGOV

actor Theyazin bin Haitham
  names  ذي يزن بن هيثم | ذي يزن بن هيثم آل سعيد
  code   OMNGOV 2020-08-18..           # culture, sports and youth minister; crown prince since 2021-01-12
  default OMNGOV

actor Shihab bin Tariq
  names  شهاب بن طارق | شهاب بن طارق آل سعيد
  code   OMNGOV 2020-08-18..           # deputy prime minister for defence affairs
  default OMNGOV

actor Yusuf bin Alawi bin Abdullah
  names  يوسف بن علوي | يوسف بن علوي بن عبد الله | يوسف بن علوي بن عبدالله
  code   OMNGOV ..2020-08-18           # minister responsible for foreign affairs 1997-2020

actor Badr Albusaidi
  names  بدر البوسعيدي | بدر بن حمد البوسعيدي | بدر بن حمد بن حمود البوسعيدي
  code   OMNGOV 2000..                 # secretary-general of the foreign ministry, foreign minister since 2020-08-18
  default OMNGOV

actor Badr bin Saud al-Busaidi
  names  بدر بن سعود البوسعيدي | بدر بن سعود بن حارب البوسعيدي
  code   OMNGOV ..2020-08-18           # minister responsible for defence affairs

# ───────────────────────── Additional actors (by country) ─────────────────────────

# Egypt
actor Mahmoud Mekki
  names  محمود مكي
  code   EGYGOV 2012-08-12..2012-12-22 # vice president

actor Hisham Geneina
  names  هشام جنينة
  code   EGYGOV 2012-09..2016-03-28    # head of the Central Auditing Organisation
  default EGYOPP

actor Hazem Salah Abu Ismail
  names  حازم صلاح أبو إسماعيل | حازم أبو إسماعيل
  code   EGYOPP
  type   person

actor Mohamed Beltagy
  names  محمد البلتاجي
  code   EGYOPP
  type   person

actor Tarek el-Molla
  names  طارق الملا
  code   EGYGOV 2015-09-19..2024-07-03 # petroleum minister

actor Ahmed Kouchouk
  names  أحمد كجوك
  code   EGYGOV 2024-07-03..           # finance minister
  default EGYGOV

actor Mohamed Abdel Aty
  names  محمد عبد العاطي | محمد عبدالعاطي
  code   EGYGOV 2017-02..2022-08       # irrigation minister

actor Hani Sewilam
  names  هاني سويلم
  code   EGYGOV 2022-08..              # irrigation minister
  default EGYGOV

# Libya
actor Naji Issa
  names  ناجي عيسى | ناجي محمد عيسى
  code   LBYGOV 2024-08..              # governor of the central bank
  default LBYGOV

# Tunisia
actor Noureddine Bhiri
  names  نور الدين البحيري | البحيري
  code   TUNGOV 2011-12-24..2013-03-14 # justice minister
  default TUNPTY

actor Mohamed Abbou
  names  محمد عبو
  code   TUNPTY
  type   person

# Algeria
actor Chakib Khelil
  names  شكيب خليل
  code   DZAGOV ..2010-05-28           # energy minister 1999-2010

actor Mohamed Arkab
  names  محمد عرقاب | عرقاب
  code   DZAGOV 2019-04..              # energy (hydrocarbons) minister
  default DZAGOV

actor Karim Tabbou
  names  كريم طابو
  code   DZAOPP
  type   person

actor Ahmed Ben Helli
  names  أحمد بن حلي
  code   IGOMEAARL ..2016              # deputy secretary-general of the Arab League

# Morocco
actor Mustapha Ramid
  names  مصطفى الرميد | الرميد
  code   MARGOV 2012-01-03..2021-10-07 # justice minister, then human rights minister

actor Nizar Baraka
  names  نزار بركة
  code   MARGOV 2012-01-03..2013-10-10 # finance minister
  code   MARGOV 2021-10-07..           # equipment and water minister
  default MARPTY

actor Abdellatif Ouahbi
  names  عبد اللطيف وهبي | عبداللطيف وهبي
  code   MARGOV 2021-10-07..           # justice minister
  default MARGOV

actor Hakim Benchamach
  names  حكيم بنشماش | بنشماش
  code   MARLEG 2015-10..2021-10       # president of the House of Councillors

actor Jamal Benomar
  names  جمال بنعمر
  code   IGOUNO 2012-04..2015-04       # UN special adviser / envoy for Yemen

# Mauritania
actor Mohamed Ould Maouloud
  names  محمد ولد مولود
  code   MRTOPP                        # leader of the Union of the Forces of Progress
  type   person

# Sudan
actor Nafie Ali Nafie
  names  نافع علي نافع
  code   SDNGOV ..2013-12              # assistant to the president, deputy head of the NCP

actor Ghazi Salah al-Din al-Atabani
  names  غازي صلاح الدين العتباني | غازي صلاح الدين
  code   SDNOPP 2013-10..              # Reform Now movement
  code   SDNGOV ..2013-09              # presidential adviser, NCP leader
  default SDNOPP

actor Taha Osman al-Hussein
  names  طه عثمان الحسين
  code   SDNGOV ..2017-06              # director of the president's office

actor Omar al-Digair
  names  عمر الدقير | عمر يوسف الدقير
  code   SDNOPP                        # leader of the Sudanese Congress Party
  type   person

actor Yasir Arman
  names  ياسر عرمان
  code   SDNOPP
  type   person

actor Mubarak al-Fadil al-Mahdi
  names  مبارك الفاضل المهدي | مبارك الفاضل | مبارك المهدي
  code   SDNOPP
  type   person

actor Nabil Abdallah
  names  نبيل عبد الله | نبيل عبدالله
  code   SDNMIL                        # spokesman of the Sudanese Armed Forces
  type   person

# Somalia
actor Abdirahman Abdishakur Warsame
  names  عبد الرحمن عبد الشكور ورسمي | عبدالرحمن عبدالشكور ورسمي | عبد الرحمن عبد الشكور | عبدالرحمن عبدالشكور
  code   SOMOPP
  type   person

actor Fahad Yasin
  names  فهد ياسين | فهد ياسين حاج طاهر
  code   SOMSPY 2019-08..2021-09       # director of the National Intelligence and Security Agency

# Iraq
actor Humam Hamoudi
  names  همام حمودي
  code   IRQPTY                        # head of the Supreme Islamic Iraqi Council
  type   person

actor Faiq Zaidan
  names  فائق زيدان
  code   IRQJUD 2017-01..              # head of the Supreme Judicial Council
  default IRQJUD

actor Medhat al-Mahmoud
  names  مدحت المحمود
  code   IRQJUD ..2019                 # president of the Federal Supreme Court and head of the judiciary

actor Atheel al-Nujaifi
  names  أثيل النجيفي
  code   IRQGOV 2009-04..2015-05       # governor of Nineveh

actor Nawshirwan Mustafa
  names  نوشيروان مصطفى
  code   IRQOPP ..2017-05-19           # leader of the Gorran movement

actor Thamir Ghadhban
  names  ثامر الغضبان
  code   IRQGOV 2018-10-25..2020-05-07 # oil minister

actor Ihsan Abdul Jabbar
  names  إحسان عبد الجبار | إحسان عبدالجبار | إحسان عبد الجبار إسماعيل | إحسان عبدالجبار إسماعيل
  code   IRQGOV 2020-06..2022-10-27    # oil minister

actor Hayan Abdul Ghani
  names  حيان عبد الغني | حيان عبدالغني | حيان عبد الغني السواد | حيان عبدالغني السواد
  code   IRQGOV 2022-10-27..           # oil minister, deputy prime minister for energy
  default IRQGOV

actor Taif Sami
  names  طيف سامي | طيف سامي محمد
  code   IRQGOV 2022-10-27..           # finance minister
  default IRQGOV

# Syria
actor Omran al-Zoubi
  names  عمران الزعبي
  code   SYRGOV 2012-06..2016-07       # information minister

actor Abdullah al-Dardari
  names  عبد الله الدردري | عبدالله الدردري
  code   SYRGOV 2005..2011-03          # deputy prime minister for economic affairs

actor Hamza al-Mustafa
  names  حمزة المصطفى
  code   SYRGOV 2025-03-29..           # information minister
  default SYRGOV

actor Mohammed Yosr Barnieh
  names  محمد يسر برنية
  code   SYRGOV 2025-03-29..           # finance minister
  default SYRGOV

actor Hind Kabawat
  names  هند قبوات
  code   SYROPP ..2025-03-28
  code   SYRGOV 2025-03-29..           # social affairs and labour minister
  default SYRGOV

actor Abu Maria al-Qahtani
  names  أبو ماريا القحطاني | ميسر الجبوري
  code   SYRREB ..2024-04-04           # HTS commander, killed April 2024

# Lebanon
actor Ali Hassan Khalil
  names  علي حسن خليل
  code   LBNGOV 2014-02-15..2020-01-21 # finance minister
  default LBNPTY

actor Mohamad Chatah
  names  محمد شطح
  code   LBNGOV 2008-07-11..2009-11-09 # finance minister
  code   LBNPTY 2009-11..2013-12-27    # adviser to Saad Hariri, assassinated 2013-12-27

actor Jihad Azour
  names  جهاد أزعور
  code   LBNGOV 2005-07-19..2008-07-11 # finance minister

actor Youssef Khalil
  names  يوسف خليل
  code   LBNGOV 2021-09-10..2025-02-08 # finance minister

actor Yassine Jaber
  names  ياسين جابر
  code   LBNGOV 2025-02-08..           # finance minister
  default LBNGOV

actor Wassim Mansouri
  names  وسيم منصوري
  code   LBNGOV 2023-08-01..2025-03    # acting governor of the central bank

actor Karim Souaid
  names  كريم سعيد
  code   LBNGOV 2025-03..              # governor of the central bank
  default LBNGOV

actor Tarek Bitar
  names  طارق البيطار
  code   LBNJUD 2021-02..              # investigating judge of the Beirut port explosion
  default LBNJUD

actor Nabil Qaouk
  names  نبيل قاووق
  code   LBNREB ..2024-09-28           # Hezbollah central council, killed 2024-09-28

actor Hassan Fadlallah
  names  حسن فضل الله
  code   LBNREB                        # Hezbollah member of parliament
  type   person

actor Mohammad Afif
  names  محمد عفيف
  code   LBNREB ..2024-11-17           # Hezbollah media chief, killed 2024-11-17

actor Wiam Wahhab
  names  وئام وهاب
  code   LBNPTY
  type   person

# Palestine
actor Mahmoud al-Habbash
  names  محمود الهباش
  code   PSEGOV                        # adviser to the president on religious affairs
  type   person

actor Ahmad Majdalani
  names  أحمد مجدلاني
  code   PSEGOV                        # minister, PLO executive committee member
  type   person

actor Rawhi Mushtaha
  names  روحي مشتهى
  code   PSEREB ..2024-07              # Hamas leader in Gaza

actor Hazem Qassem
  names  حازم قاسم
  code   PSEREB                        # Hamas spokesman
  type   person

actor Mohammed al-Hindi
  names  محمد الهندي
  code   PSEREB                        # Islamic Jihad deputy secretary-general
  type   person

# Jordan
actor Zaki Bani Irsheid
  names  زكي بني ارشيد | زكي بني رشيد
  code   JOROPP
  type   person

actor Murad Adaileh
  names  مراد العضايلة
  code   JOROPP                        # secretary-general of the Islamic Action Front
  type   person

# Saudi Arabia
actor Abdullah bin Bandar
  names  عبد الله بن بندر | عبدالله بن بندر | عبد الله بن بندر بن عبد العزيز | عبدالله بن بندر بن عبدالعزيز
  code   SAUGOV 2013..                 # deputy governor of Mecca, minister of the National Guard since 2018-12-27
  default SAUGOV

actor Fahd bin Turki
  names  فهد بن تركي | فهد بن تركي بن عبد العزيز | فهد بن تركي بن عبدالعزيز
  code   SAUMIL 2018-02..2020-08-31    # commander of the joint forces in Yemen

# Kuwait
actor Ahmad al-Fahad al-Sabah
  names  أحمد الفهد الأحمد الصباح | أحمد الفهد
  code   KWTGOV 2006..2011-06          # deputy prime minister, oil minister
  default KWTELI

actor Mohammad al-Khalid al-Sabah
  names  محمد الخالد الحمد الصباح | محمد الخالد
  code   KWTGOV 2013..2017-12          # interior minister


# Bahrain
# not «علي الصالح»: its words («علي صالح» without the article) are Yemen's Ali Abdullah Saleh in the news
actor Ali Saleh al-Saleh
  names  علي بن صالح الصالح
  code   BHRLEG                        # chairman of the Shura Council
  type   person

# Qatar
actor Saad al-Kaabi
  names  سعد الكعبي | سعد شريدة الكعبي
  code   QATGOV 2018-11..              # minister of state for energy
  default QATGOV

# Oman
actor Hamoud bin Faisal al-Busaidi
  names  حمود بن فيصل البوسعيدي
  code   OMNGOV 2011-03..              # interior minister
  default OMNGOV

actor Khalid al-Maawali
  names  خالد المعولي | خالد بن هلال المعولي
  code   OMNLEG 2011-11..              # chairman of the Shura Council
  default OMNLEG

# Yemen
actor Mohammed al-Yadoumi
  names  محمد اليدومي | محمد عبد الله اليدومي | محمد عبدالله اليدومي
  code   YEMPTY                        # chairman of the Islah party
  type   person

actor Abdulkhaliq al-Houthi
  names  عبد الخالق الحوثي | عبدالخالق الحوثي | عبد الخالق بدر الدين الحوثي | عبدالخالق بدر الدين الحوثي
  code   YEMREB                        # Houthi military commander
  type   person

actor Mohammed Nasser al-Atifi
  names  محمد ناصر العاطفي
  code   YEMREB                        # defence minister of the Houthi government
  type   person

actor Ali Salem al-Beidh
  names  علي سالم البيض
  code   YEMOPP                        # former vice president, southern secessionist leader
  type   person

actor Haidar Abu Bakr al-Attas
  names  حيدر أبو بكر العطاس | حيدر العطاس
  code   YEMOPP ..2015-12
  code   YEMGOV 2015-12..              # adviser to the president
  default YEMGOV

# ───────────────────────── Additional actors (2) ─────────────────────────

# Libya
actor Mustafa Abushagur
  names  مصطفى أبو شاقور
  code   LBYGOV 2011-11-24..2012-11-14 # deputy prime minister, prime minister-elect 2012-09..2012-10

actor Yousef al-Mangoush
  names  يوسف المنقوش
  code   LBYMIL 2012-01..2013-06       # chief of staff of the army

# Palestine
actor Ahmed Bahar
  names  أحمد بحر
  code   PSEREB                        # Hamas, first deputy speaker of the Legislative Council
  type   person

# Sudan
actor Ahmed Ibrahim al-Tahir
  names  أحمد إبراهيم الطاهر
  code   SDNLEG 2001..2014             # speaker of the National Assembly

actor Ibrahim Ahmed Omer
  names  إبراهيم أحمد عمر
  code   SDNLEG 2015-06..2019-04-11    # speaker of the National Assembly

# Jordan
actor Taher al-Masri
  names  طاهر المصري
  code   JORLEG 2009-12..2013-10       # president of the Senate

actor Abdul Raouf al-Rawabdeh
  names  عبد الرؤوف الروابدة | عبدالرؤوف الروابدة | الروابدة
  code   JORLEG 2013-10..2016-10       # president of the Senate

# Egypt
actor Fayza Aboul Naga
  names  فايزة أبو النجا
  code   EGYGOV 2001..2012-08-02       # minister of international cooperation
  code   EGYGOV 2014-11..              # national security adviser to the president
  default EGYGOV

actor Rashid Mohamed Rashid
  names  رشيد محمد رشيد
  code   EGYGOV 2004-07-14..2011-01-29 # trade and industry minister

actor Alaa Abd El-Fattah
  names  علاء عبد الفتاح | علاء عبدالفتاح
  code   EGYCVL                        # activist
  type   person

actor Ahmed Tantawy
  names  أحمد الطنطاوي | أحمد طنطاوي
  code   EGYOPP                        # opposition MP, would-be presidential candidate 2023
  type   person

actor Mohamed Hassanein Heikal
  names  محمد حسنين هيكل | حسنين هيكل
  code   EGYMED ..2016-02-17           # journalist

# Tunisia
actor Jawhar Ben Mbarek
  names  جوهر بن مبارك
  code   TUNOPP
  type   person

# Bahrain
actor Isa Qassim
  names  عيسى قاسم | عيسى أحمد قاسم
  code   BHROPP                        # Shiite cleric, spiritual leader of al-Wefaq
  type   person

# UAE
actor Hazza bin Zayed Al Nahyan
  names  هزاع بن زايد آل نهيان | هزاع بن زايد
  code   AREGOV 2006..                 # national security adviser 2006-2016, deputy chairman of the Abu Dhabi executive council
  default AREGOV

# Yemen
actor Ali Nasser Mohammed
  names  علي ناصر محمد
  code   YEMOPP                        # former president of South Yemen
  type   person

# Lebanon
actor Mahmoud Qmati
  names  محمود قماطي
  code   LBNREB                        # Hezbollah political council
  type   person

# Transnational jihadists of Arab nationality
actor Osama bin Laden
  names  أسامة بن لادن | بن لادن | أسامة بن محمد بن لادن
  code   IMGREB ..2011-05-02           # founder of al-Qaeda, killed 2011-05-02

actor Ayman al-Zawahiri
  names  أيمن الظواهري | الظواهري
  code   IMGREB ..2022-07-31           # leader of al-Qaeda 2011-2022, killed 2022-07-31

actor Saif al-Adel
  names  سيف العدل
  code   IMGREB                        # senior al-Qaeda leader
  type   person

actor Hamza bin Laden
  names  حمزة بن لادن
  code   IMGREB ..2019                 # son of Osama bin Laden, reported killed 2019

# ───────────────────────── Additional actors (3) ─────────────────────────

# Egypt
actor Naguib Sawiris
  names  نجيب ساويرس
  code   EGYBUS
  type   person

# Saudi Arabia
actor Faisal bin Salman
  names  فيصل بن سلمان | فيصل بن سلمان بن عبد العزيز | فيصل بن سلمان بن عبدالعزيز
  code   SAUGOV 2013-01..              # governor of Medina
  default SAUGOV

actor Saud bin Nayef
  names  سعود بن نايف | سعود بن نايف بن عبد العزيز | سعود بن نايف بن عبدالعزيز
  code   SAUGOV 2013-01..              # governor of the Eastern Province
  default SAUGOV

actor Badr bin Abdullah bin Farhan
  names  بدر بن عبد الله بن فرحان | بدر بن عبدالله بن فرحان | بدر بن فرحان
  code   SAUGOV 2018-06..              # culture minister
  default SAUGOV

# UAE
actor Suhail al-Mazrouei
  names  سهيل المزروعي | سهيل محمد المزروعي
  code   AREGOV 2013-03..              # energy minister
  default AREGOV

# Qatar
actor Ali Sherif al-Emadi
  names  علي شريف العمادي
  code   QATGOV 2013-06-26..2021-05-06 # finance minister, arrested 2021-05

actor Ali bin Ahmed al-Kuwari
  names  علي بن أحمد الكواري | علي الكواري
  code   QATGOV 2021..                 # finance minister
  default QATGOV

# Bahrain
actor Salman bin Khalifa Al Khalifa
  names  سلمان بن خليفة آل خليفة
  code   BHRGOV 2018-11..              # finance minister
  default BHRGOV

# Iraq
actor Baha al-Araji
  names  بهاء الأعرجي
  code   IRQGOV 2014-09-08..2015-08-11 # deputy prime minister

actor Arshad al-Salihi
  names  أرشد الصالحي
  code   IRQPTY                        # leader of the Iraqi Turkmen Front
  type   person

actor Hakim al-Zamili
  names  حاكم الزاملي
  code   IRQLEG 2022-01-09..2022-06-12 # first deputy speaker (Sadrist)
  default IRQPTY

actor Shakhawan Abdullah
  names  شاخوان عبد الله | شاخوان عبدالله
  code   IRQLEG 2022-01-09..           # second deputy speaker
  default IRQLEG

# Syria
actor Hisham Bakhtiar
  names  هشام بختيار | هشام اختيار
  code   SYRSPY ..2012-07-20           # head of the National Security Bureau, died of wounds after the 2012-07-18 bombing

# Lebanon
actor Fouad Makhzoumi
  names  فؤاد مخزومي
  code   LBNPTY
  type   person

actor Michel Moawad
  names  ميشال معوض | ميشيل معوض
  code   LBNPTY
  type   person

# Palestine
actor Nayef Hawatmeh
  names  نايف حواتمة
  code   PSEREB                        # secretary-general of the DFLP
  type   person

actor Ahmed Jibril
  names  أحمد جبريل
  code   PSEREB ..2021-07-07           # secretary-general of the PFLP-General Command

# Libya
actor Ahmed Gaddaf al-Dam
  names  أحمد قذاف الدم
  code   LBYELI                        # cousin and envoy of Muammar Gaddafi
  type   person

actor Ali Dbeibah
  names  علي الدبيبة | علي إبراهيم الدبيبة
  code   LBYBUS
  type   person

# Algeria
actor Ali Haddad
  names  علي حداد
  code   DZABUS                        # businessman, former head of the employers' forum
  type   person

# Morocco
actor Driss Lachgar
  names  إدريس لشكر
  code   MARPTY                        # first secretary of the USFP
  type   person

actor Nabil Benabdallah
  names  نبيل بن عبد الله | نبيل بن عبدالله
  code   MARPTY                        # secretary-general of the Party of Progress and Socialism
  type   person

actor Hamid Chabat
  names  حميد شباط
  code   MARPTY 2012-09..2017-10       # secretary-general of the Istiqlal party
  default MARELI
