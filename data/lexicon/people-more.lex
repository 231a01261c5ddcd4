@kind      actors
@title     More office-holders and armed-group leaders named in Arabic news, 2000-2026 (states not yet covered, ministers, commanders, intelligence chiefs)
@source    Public record: official government, parliament and international-organisation sites and their lists of office-holders, news archives; roles and dates curated by hand
@source    Arabic spellings as written by Arabic news outlets (Al Jazeera, Al Arabiya, BBC Arabic, Sky News Arabia, Anadolu Arabic, RT Arabic, agency wires)
@licence   CC BY 4.0 (this file); facts are not copyrightable
@curated   2026-11-29
@note      Complements people-arab.lex and people-world.lex: nobody listed there is repeated here. Defence and interior ministers are GOV; chiefs of staff and commanders MIL; intelligence chiefs SPY; leaders of armed groups REB for the period they led them. After the last dated role the loader codes a person <country>ELI.
@note      When the exact day is not known, the month or the year is given.

# ======================================================================
# Netherlands
# ======================================================================

actor Jan Peter Balkenende
  names    يان بيتر بالكينيندي | بالكينيندي | يان بيتر بالكنينده
  code     NLDGOV 2002-07-22..2010-10-14      # Prime Minister

actor Maxime Verhagen
  names    ماكسيم فيرهاخن | ماكسيم فيرهاغن
  code     NLDGOV 2007-02-22..2012-11-05      # foreign minister, then deputy PM

actor Frans Timmermans
  names    فرانس تيمرمانس | تيمرمانس
  code     NLDGOV 2012-11-05..2014-10-17      # foreign minister
  code     IGOEUREEC 2014-11-01..2023-08-22   # First Vice-President of the European Commission

actor Bert Koenders
  names    بيرت كوندرز | بيرت كويندرز
  code     IGOUNO 2013-05..2014-10            # head of MINUSMA (Mali)
  code     NLDGOV 2014-10-17..2017-10-26      # foreign minister

actor Stef Blok
  names    ستيف بلوك | ستيف بلوك وزير الخارجية الهولندي
  code     NLDGOV 2018-03-07..2022-01-10      # foreign minister, then economy minister

actor Wopke Hoekstra
  names    ووبكه هوكسترا | فوبكه هوكسترا | فوبكي هوكسترا | هوكسترا
  code     NLDGOV 2017-10-26..2023-09-05      # finance minister, then foreign minister
  code     IGOEUREEC 2023-10-09..             # European Commissioner (climate)

actor Hanke Bruins Slot
  names    هانكه بروينز سلوت | هانكي بروينز سلوت
  code     NLDGOV 2022-01-10..2024-07-02      # interior minister, then foreign minister

actor Caspar Veldkamp
  names    كاسبار فيلدكامب | كاسبار فلدكامب
  code     NLDGOV 2024-07-02..2025-08-22      # foreign minister

actor King Willem-Alexander
  names    الملك فيليم ألكسندر | فيليم ألكسندر | ويليم ألكسندر | الملك ويليم ألكسندر
  code     NLDGOV 2013-04-30..

actor Geert Wilders
  names    خيرت فيلدرز | غيرت فيلدرز | غيرت وايلدرز | فيلدرز
  code     NLDLEG 1998-08-25..                # member of parliament, PVV leader

# ======================================================================
# Belgium
# ======================================================================

actor King Albert II of Belgium
  names    الملك ألبير الثاني | ألبير الثاني
  code     BELGOV ..2013-07-21

actor King Philippe of Belgium
  names    ملك بلجيكا فيليب | العاهل البلجيكي فيليب | الملك البلجيكي فيليب
  code     BELGOV 2013-07-21..

actor Guy Verhofstadt
  names    غي فيرهوفشتات | جي فيرهوفستادت | غي فيرهوفستات
  code     BELGOV 1999-07-12..2008-03-20      # Prime Minister

actor Yves Leterme
  names    إيف لوترم | إيف ليترم
  code     BELGOV 2008-03-20..2008-12-30      # Prime Minister
  code     BELGOV 2009-11-25..2011-12-06

actor Elio Di Rupo
  names    إليو دي روبو | إيليو دي روبو
  code     BELGOV 2011-12-06..2014-10-11      # Prime Minister

actor Sophie Wilmès
  names    صوفي ويلميس | صوفي فيلميس
  code     BELGOV 2019-10-27..2022-07-14      # Prime Minister, then foreign minister

actor Alexander De Croo
  names    ألكسندر دي كرو | ألكسندر دو كرو
  code     BELGOV 2020-10-01..2025-02-03      # Prime Minister

actor Bart De Wever
  names    بارت دي ويفر | بارت دي فيفر | بارت دو ويفر
  code     BELGOV 2025-02-03..                # Prime Minister

actor Louis Michel
  names    لوي ميشال | لويس ميشال
  code     BELGOV 1999-07-12..2004-07-18      # foreign minister
  code     IGOEUREEC 2004-07-22..2009-07-13   # European Commissioner

actor Karel De Gucht
  names    كاريل دي غوشت | كاريل دي غوخت | كاريل دي جوشت
  code     BELGOV 2004-07-18..2009-07-17      # foreign minister
  code     IGOEUREEC 2009-07-17..2014-10-31   # European Commissioner (development, then trade)

actor Didier Reynders
  names    ديدييه ريندرز | ديدييه رايندرز
  code     BELGOV 1999-07-12..2019-11-30      # finance minister, foreign minister 2011-2019
  code     IGOEUREEC 2019-12-01..2024-11-30   # European Commissioner (justice)

actor Hadja Lahbib
  names    حاجة لحبيب | حجة لحبيب
  code     BELGOV 2022-07-15..2024-11-30      # foreign minister
  code     IGOEUREEC 2024-12-01..             # European Commissioner (crisis management)

actor Maxime Prévot
  names    ماكسيم بريفو
  code     BELGOV 2025-02-03..                # foreign minister

# ======================================================================
# Nordic states
# ======================================================================

actor Göran Persson
  names    يوران بيرسون | غوران بيرسون | جوران بيرسون
  code     SWEGOV ..2006-10-06                # Prime Minister 1996-2006

actor Fredrik Reinfeldt
  names    فريدريك راينفيلدت | فريدريك رينفيلت
  code     SWEGOV 2006-10-06..2014-10-03      # Prime Minister

actor Stefan Löfven
  names    ستيفان لوفين | ستيفان لوففين | ستيفان لوفن
  code     SWEGOV 2014-10-03..2021-11-30      # Prime Minister

actor Magdalena Andersson
  names    ماغدالينا أندرسون | ماجدالينا أندرسون | ماغدالينا أندرسن
  code     SWEGOV 2014-10-03..2022-10-18      # finance minister, Prime Minister 2021-2022

actor Ulf Kristersson
  names    أولف كريسترسون | أولف كريسترشون
  code     SWEGOV 2022-10-18..                # Prime Minister

actor Anna Lindh
  names    آنا ليند
  code     SWEGOV ..2003-09-11                # foreign minister 1998-2003, killed

actor Laila Freivalds
  names    ليلى فرايفالدز | لايلا فرايفالدس
  code     SWEGOV 2003-10-03..2006-03-21      # foreign minister

actor Jan Eliasson
  names    يان إلياسون | يان إلياسن
  code     SWEGOV 2006-04-24..2006-10-06      # foreign minister
  code     IGOUNO 2005-09-13..2006-09-11      # President of the UN General Assembly
  code     IGOUNO 2007-01..2008-06            # UN special envoy for Darfur
  code     IGOUNO 2012-07-01..2016-12-31      # UN Deputy Secretary-General

actor Carl Bildt
  names    كارل بيلدت | كارل بيلت
  code     SWEGOV 2006-10-06..2014-10-03      # foreign minister

actor Margot Wallström
  names    مارغوت فالستروم | مارغو وولستروم | مارجوت فالستروم
  code     IGOEUREEC 1999-09-16..2010-02-09   # European Commissioner, Vice-President
  code     SWEGOV 2014-10-03..2019-09-10      # foreign minister

actor Ann Linde
  names    آن ليندي | آن لينده
  code     SWEGOV 2019-09-10..2022-10-18      # foreign minister

actor Tobias Billström
  names    توبياس بيلستروم | توبياس بيلستروم وزير الخارجية السويدي
  code     SWEGOV 2022-10-18..2024-09-10      # foreign minister

actor Maria Malmer Stenergard
  names    ماريا مالمر ستينيرغارد | ماريا مالمر ستينرغارد
  code     SWEGOV 2022-10-18..                # migration minister, foreign minister from 2024-09-10

actor Peter Hultqvist
  names    بيتر هولتكفيست | بيتر هولتكفست
  code     SWEGOV 2014-10-03..2022-10-18      # defence minister

actor Pål Jonson
  names    بول يونسون | بال يونسون
  code     SWEGOV 2022-10-18..                # defence minister

actor Kjell Magne Bondevik
  names    كيل ماغنه بونديفيك | كيل ماجني بونديفيك
  code     NORGOV 2001-10-19..2005-10-17      # Prime Minister

actor Jan Petersen
  names    يان بيترسن | يان بيترسون
  code     NORGOV 2001-10-19..2005-10-17      # foreign minister

actor Erna Solberg
  names    إرنا سولبرغ | إرنا سولبيرغ | إيرنا سولبرغ
  code     NORGOV 2013-10-16..2021-10-14      # Prime Minister

actor Børge Brende
  names    بورغه برينده | بورج برينده | بورغي برينده
  code     NORGOV 2013-10-16..2017-10-20      # foreign minister

actor Ine Eriksen Søreide
  names    إينه إريكسن سوريده | إيني إريكسن سوريدي
  code     NORGOV 2013-10-16..2021-10-14      # defence minister, then foreign minister

actor Anniken Huitfeldt
  names    أنيكن هويتفيلدت | أنيكن هويتفلدت
  code     NORGOV 2021-10-14..2023-10-16      # foreign minister

actor Helle Thorning-Schmidt
  names    هيلي تورنينغ شميت | هيله تورنينغ شميت
  code     DNKGOV 2011-10-03..2015-06-28      # Prime Minister

actor Per Stig Møller
  names    بير ستيغ مولر | بير ستيج مولر
  code     DNKGOV 2001-11-27..2010-02-23      # foreign minister

actor Villy Søvndal
  names    فيلي سوفندال | فيلي سوندال
  code     DNKGOV 2011-10-03..2013-12-12      # foreign minister

actor Kristian Jensen
  names    كريستيان ينسن | كريستيان يانسن
  code     DNKGOV 2015-06-28..2019-06-27      # foreign minister, then finance minister

actor Anders Samuelsen
  names    أندرس صامويلسن | أندرس سامويلسن
  code     DNKGOV 2016-11-28..2019-06-27      # foreign minister

actor Jeppe Kofod
  names    ييبي كوفود | يبي كوفود
  code     DNKGOV 2019-06-27..2022-12-15      # foreign minister

actor Tarja Halonen
  names    تاريا هالونين | تارجا هالونين
  code     FINGOV 2000-03-01..2012-03-01      # President

actor Sauli Niinistö
  names    ساولي نينيستو | سولي نينيستو
  code     FINGOV 2012-03-01..2024-03-01      # President

actor Alexander Stubb
  names    ألكسندر ستوب | ألكسندر ستاب
  code     FINGOV 2008-04-04..2016-06-22      # foreign minister, Prime Minister 2014-2015, finance minister
  code     FINGOV 2024-03-01..                # President

actor Sanna Marin
  names    سانا مارين | سانا مارن
  code     FINGOV 2019-12-10..2023-06-20      # Prime Minister

actor Petteri Orpo
  names    بيتيري أوربو | بيتري أوربو
  code     FINGOV 2023-06-20..                # Prime Minister

actor Pekka Haavisto
  names    بيكا هافيستو
  code     FINGOV 2019-06-06..2023-06-20      # foreign minister

actor Elina Valtonen
  names    إلينا فالتونن | إلينا فالتونين
  code     FINGOV 2023-06-20..                # foreign minister

actor Martti Ahtisaari
  names    مارتي أهتيساري
  code     FINGOV 1994-03-01..2000-03-01      # President
# ======================================================================
# Austria and Switzerland
# ======================================================================

actor Wolfgang Schüssel
  names    فولفغانغ شوسل | فولفغانغ شوسيل
  code     AUTGOV 2000-02-04..2007-01-11      # Chancellor

actor Alfred Gusenbauer
  names    ألفريد غوزنباور | ألفرد جوزنباور
  code     AUTGOV 2007-01-11..2008-12-02      # Chancellor

actor Werner Faymann
  names    فيرنر فايمان | فرنر فايمان
  code     AUTGOV 2008-12-02..2016-05-09      # Chancellor

actor Christian Kern
  names    كريستيان كيرن | كريستيان كرن
  code     AUTGOV 2016-05-17..2017-12-18      # Chancellor

actor Karl Nehammer
  names    كارل نيهامر | كارل نهامر
  code     AUTGOV 2020-01-07..2025-01-10      # interior minister, Chancellor from 2021-12-06

actor Christian Stocker
  names    كريستيان شتوكر | كريستيان ستوكر
  code     AUTGOV 2025-03-03..                # Chancellor

actor Heinz Fischer
  names    هاينز فيشر | هاينتس فيشر
  code     AUTGOV 2004-07-08..2016-07-08      # President

actor Alexander Van der Bellen
  names    ألكسندر فان دير بيلين | ألكسندر فان دير بلين | فان دير بيلين
  code     AUTGOV 2017-01-26..                # President

actor Benita Ferrero-Waldner
  names    بينيتا فيريرو فالدنر | بنيتا فيريرو فالدنر
  code     AUTGOV 2000-02-04..2004-10-20      # foreign minister
  code     IGOEUREEC 2004-11-22..2010-02-09   # European Commissioner for external relations

actor Ursula Plassnik
  names    أورسولا بلاسنيك
  code     AUTGOV 2004-10-20..2008-12-02      # foreign minister

actor Michael Spindelegger
  names    ميشائيل شبيندليغر | مايكل شبيندليغر
  code     AUTGOV 2008-12-02..2014-09-01      # foreign minister, then finance minister

actor Karin Kneissl
  names    كارين كنايسل | كارين كنيسل
  code     AUTGOV 2017-12-18..2019-06-03      # foreign minister

actor Alexander Schallenberg
  names    ألكسندر شالنبرغ | ألكسندر شالنبيرغ
  code     AUTGOV 2019-06-03..2025-03-03      # foreign minister; Chancellor 2021-10 to 2021-12 and 2025-01 to 2025-03

actor Beate Meinl-Reisinger
  names    بياته ماينل رايزنغر | بياتي ماينل رايسنغر
  code     AUTGOV 2025-03-03..                # foreign minister

actor Micheline Calmy-Rey
  names    ميشلين كالمي ري | ميشلين كالمي راي
  code     CHEGOV 2003-01-01..2011-12-31      # foreign minister

actor Didier Burkhalter
  names    ديدييه بوركهالتر | ديدييه بورخالتر
  code     CHEGOV 2009-11-01..2017-10-31      # federal councillor, foreign minister from 2012

actor Ignazio Cassis
  names    إينياتسيو كاسيس | إغنازيو كاسيس | اينياسيو كاسيس
  code     CHEGOV 2017-11-01..                # foreign minister

actor Viola Amherd
  names    فيولا أمهيرد | فيولا أمهرد
  code     CHEGOV 2019-01-01..2025-03-31      # defence minister

actor Karin Keller-Sutter
  names    كارين كيلر زوتر | كارين كيلر سوتر
  code     CHEGOV 2019-01-01..                # federal councillor

# ======================================================================
# Central and Eastern Europe, Balkans
# ======================================================================

actor Aleksander Kwaśniewski
  names    ألكسندر كفاشنيفسكي | ألكسندر كواسنيفسكي
  code     POLGOV ..2005-12-23                # President 1995-2005

actor Lech Kaczyński
  names    ليخ كاتشينسكي | ليخ كاتشنسكي
  code     POLGOV 2005-12-23..2010-04-10      # President, killed in the Smolensk crash

actor Jarosław Kaczyński
  names    ياروسلاف كاتشينسكي | ياروسلاف كاتشنسكي
  code     POLGOV 2006-07-14..2007-11-16      # Prime Minister

actor Bronisław Komorowski
  names    برونيسواف كوموروفسكي | برونيسلاف كوموروفسكي
  code     POLGOV 2010-04-10..2015-08-06      # acting President, then President

actor Beata Szydło
  names    بياتا شيدوو | بياتا شيدلو
  code     POLGOV 2015-11-16..2019-06-04      # Prime Minister, then deputy PM

actor Mateusz Morawiecki
  names    ماتيوش مورافيتسكي | ماتيوش مورافيسكي
  code     POLGOV 2015-11-16..2023-12-13      # deputy PM, Prime Minister 2017-2023

actor Witold Waszczykowski
  names    فيتولد فاشتشيكوفسكي | فيتولد فاشيكوفسكي
  code     POLGOV 2015-11-16..2018-01-09      # foreign minister

actor Jacek Czaputowicz
  names    ياتسيك تشابوتوفيتش | ياسيك تشابوتوفيتش
  code     POLGOV 2018-01-09..2020-08-26      # foreign minister

actor Zbigniew Rau
  names    زبيغنيو راو | زبيغنييف راو
  code     POLGOV 2020-08-26..2023-11-27      # foreign minister

actor Mariusz Błaszczak
  names    ماريوش بواشتشاك | ماريوش بلاشتشاك
  code     POLGOV 2015-11-16..2023-11-27      # interior minister, defence minister from 2018

actor Władysław Kosiniak-Kamysz
  names    فلاديسلاف كوسينياك كاميش | فلاديسلاف كوسينياك كاميتش
  code     POLGOV 2023-12-13..                # defence minister

actor Václav Klaus
  names    فاتسلاف كلاوس | فاكلاف كلاوس
  code     CZEGOV 2003-03-07..2013-03-07      # President

actor Miloš Zeman
  names    ميلوش زيمان | ميلوش زمان
  code     CZEGOV 2013-03-08..2023-03-08      # President

actor Petr Pavel
  names    بيتر بافيل | بيتر بافل
  code     CZEMIL 2012-07..2015-05            # chief of the general staff
  code     IGOWSTNAT 2015-06-26..2018-06-29   # chairman of the NATO Military Committee
  code     CZEGOV 2023-03-09..                # President

actor Andrej Babiš
  names    أندريه بابيش | أندريه بابيس
  code     CZEGOV 2014-01-29..2017-05-24      # finance minister
  code     CZEGOV 2017-12-06..2021-12-17      # Prime Minister
  code     CZEGOV 2025-12-09..                # Prime Minister again

actor Petr Fiala
  names    بيتر فيالا
  code     CZEGOV 2021-11-28..2025-12-09      # Prime Minister

actor Péter Szijjártó
  names    بيتر سيارتو | بيتر زيارتو | سيارتو
  code     HUNGOV 2014-09-23..                # foreign minister

actor Traian Băsescu
  names    ترايان باسيسكو | ترايان باسسكو
  code     ROUGOV 2004-12-20..2014-12-21      # President

actor Klaus Iohannis
  names    كلاوس يوهانيس | كلاوس يوهانس
  code     ROUGOV 2014-12-21..2025-02-12      # President

actor Nicușor Dan
  names    نيكوشور دان
  code     ROUGOV 2025-05-26..                # President

actor Boyko Borisov
  names    بويكو بوريسوف
  code     BGRGOV 2009-07-27..2013-03-13      # Prime Minister
  code     BGRGOV 2014-11-07..2017-01-27
  code     BGRGOV 2017-05-04..2021-05-12

actor Boris Tadić
  names    بوريس تاديتش | بوريس تاديش
  code     SRBGOV 2004-07-11..2012-04-05      # President

actor Ivica Dačić
  names    إيفيتسا داتشيتش | إيفيكا داتشيتش | ايفيتشا داتشيتش
  code     SRBGOV 2008-07-07..2020-10-28      # interior minister, PM 2012-2014, foreign minister 2014-2020
  code     SRBLEG 2020-10-22..2022-08-01      # speaker of parliament
  code     SRBGOV 2022-10-26..                # foreign minister, interior minister from 2024

actor Sali Berisha
  names    صالح بريشا | سالي بيريشا | صالح بيريشا
  code     ALBGOV 2005-09-11..2013-09-15      # Prime Minister

actor Edi Rama
  names    إيدي راما | ادي راما
  code     ALBGOV 2013-09-15..                # Prime Minister

actor Maia Sandu
  names    مايا ساندو | مايا سندو
  code     MDAGOV 2019-06-08..2019-11-14      # Prime Minister
  code     MDAGOV 2020-12-24..                # President

# ======================================================================
# Ireland and Portugal
# ======================================================================

actor Bertie Ahern
  names    بيرتي أهيرن | بيرتي آهرن
  code     IRLGOV ..2008-05-07                # Taoiseach 1997-2008

actor Brian Cowen
  names    براين كوين | بريان كوين
  code     IRLGOV 2008-05-07..2011-03-09      # Taoiseach

actor Enda Kenny
  names    إندا كيني
  code     IRLGOV 2011-03-09..2017-06-14      # Taoiseach

actor Simon Coveney
  names    سايمون كوفيني | سيمون كوفيني
  code     IRLGOV 2011-03-09..2024-04-09      # minister; foreign minister 2017-2022

actor Michael D. Higgins
  names    مايكل دي هيغينز | مايكل هيغينز | مايكل هيجينز
  code     IRLGOV 2011-11-11..2025-11-10      # President

actor Catherine Connolly
  names    كاثرين كونولي | كاترين كونولي
  code     IRLGOV 2025-11-11..                # President

actor Aníbal Cavaco Silva
  names    أنيبال كافاكو سيلفا | كافاكو سيلفا
  code     PRTGOV 2006-03-09..2016-03-09      # President

actor Marcelo Rebelo de Sousa
  names    مارسيلو ريبيلو دي سوزا | مارسيلو ريبيلو دي سوسا
  code     PRTGOV 2016-03-09..2026-03-09      # President

actor José Sócrates
  names    جوزيه سوكراتس | خوسيه سقراط | جوزيه سقراط
  code     PRTGOV 2005-03-12..2011-06-21      # Prime Minister

actor Pedro Passos Coelho
  names    بيدرو باسوس كويلو | باسوس كويلو
  code     PRTGOV 2011-06-21..2015-11-26      # Prime Minister

actor Luís Montenegro
  names    لويس مونتينيغرو | لويس مونتنيغرو
  code     PRTGOV 2024-04-02..                # Prime Minister

actor Augusto Santos Silva
  names    أوغوستو سانتوس سيلفا
  code     PRTGOV 2015-11-26..2022-03-30      # foreign minister

actor Paulo Rangel
  names    باولو رانغل | باولو رانجل
  code     PRTGOV 2024-04-02..                # foreign minister
# ======================================================================
# Australia and New Zealand
# ======================================================================

actor John Howard
  names    جون هوارد | جون هاورد
  code     AUSGOV ..2007-12-03                # Prime Minister 1996-2007

actor Kevin Rudd
  names    كيفن رود | كيفين رود
  code     AUSGOV 2007-12-03..2013-09-18      # Prime Minister 2007-2010, foreign minister 2010-2012, PM again 2013

actor Julia Gillard
  names    جوليا غيلارد | جوليا جيلارد
  code     AUSGOV 2007-12-03..2013-06-27      # deputy PM, Prime Minister from 2010-06-24

actor Tony Abbott
  names    توني أبوت
  code     AUSGOV 2013-09-18..2015-09-15      # Prime Minister

actor Malcolm Turnbull
  names    مالكولم تيرنبول | مالكوم ترنبول | مالكولم ترنبول
  code     AUSGOV 2015-09-15..2018-08-24      # Prime Minister

actor Scott Morrison
  names    سكوت موريسون
  code     AUSGOV 2013-09-18..2022-05-23      # minister; Prime Minister from 2018-08-24

actor Anthony Albanese
  names    أنتوني ألبانيزي | أنتوني ألبانيز
  code     AUSGOV 2022-05-23..                # Prime Minister

actor Alexander Downer
  names    ألكسندر داونر
  code     AUSGOV ..2007-12-03                # foreign minister 1996-2007

actor Stephen Smith
  names    ستيفن سميث وزير الخارجية الأسترالي | ستيفن سميث وزير الدفاع الأسترالي
  code     AUSGOV 2007-12-03..2013-09-18      # foreign minister, then defence minister

actor Bob Carr
  names    بوب كار
  code     AUSGOV 2012-03-13..2013-09-18      # foreign minister

actor Julie Bishop
  names    جولي بيشوب
  code     AUSGOV 2013-09-18..2018-08-26      # foreign minister

actor Marise Payne
  names    ماريز باين | ماريس باين
  code     AUSGOV 2015-09-21..2022-05-23      # defence minister, foreign minister from 2018

actor Penny Wong
  names    بيني وونغ | بيني وانغ
  code     AUSGOV 2022-05-23..                # foreign minister

actor Richard Marles
  names    ريتشارد مارلز | ريتشارد مارليس
  code     AUSGOV 2022-05-23..                # deputy PM, defence minister

actor Peter Dutton
  names    بيتر داتون
  code     AUSGOV 2014-12-23..2022-05-23      # immigration, home affairs, defence minister

actor Helen Clark
  names    هيلين كلارك
  code     NZLGOV 1999-12-10..2008-11-19      # Prime Minister of New Zealand
  code     IGOUNO 2009-04-17..2017-04-19      # UNDP Administrator

actor John Key
  names    جون كي
  code     NZLGOV 2008-11-19..2016-12-12      # Prime Minister

actor Christopher Luxon
  names    كريستوفر لوكسون | كريستوفر لكسون
  code     NZLGOV 2023-11-27..                # Prime Minister

actor Winston Peters
  names    وينستون بيترز
  code     NZLGOV 2017-10-26..2020-11-06      # deputy PM, foreign minister
  code     NZLGOV 2023-11-27..

# ======================================================================
# East and South-East Asia
# ======================================================================

actor Yun Byung-se
  names    يون بيونغ سي | يون بيونغ سيه
  code     KORGOV 2013-03-11..2017-06-18      # foreign minister

actor Kang Kyung-wha
  names    كانغ كيونغ وا | كانغ كيونغ هوا
  code     KORGOV 2017-06-18..2021-02-08      # foreign minister

actor Chung Eui-yong
  names    تشونغ إيوي يونغ | تشونغ أوي يونغ | تشونغ أيي يونغ
  code     KORGOV 2017-05..2022-05-12         # national security adviser, foreign minister from 2021-02-09

actor Park Jin
  names    بارك جين | بارك جين وزير الخارجية الكوري
  code     KORGOV 2022-05-13..2024-01-10      # foreign minister

actor Cho Tae-yul
  names    تشو تاي يول | تشو تاي يل
  code     KORGOV 2024-01-10..2025-07         # foreign minister

actor Han Duck-soo
  names    هان دوك سو | هان داك سو
  code     KORGOV 2022-05-21..2025-05-01      # Prime Minister, twice acting President

actor Hassan Wirajuda
  names    حسن ويراجودا
  code     IDNGOV 2001-08-10..2009-10-20      # foreign minister

actor Marty Natalegawa
  names    مارتي ناتاليغاوا | مارتي ناتاليجاوا
  code     IDNGOV 2009-10-22..2014-10-20      # foreign minister

actor Sugiono
  names    سوجيونو وزير الخارجية الإندونيسي | سوغيونو وزير الخارجية الإندونيسي
  code     IDNGOV 2024-10-21..                # foreign minister

actor Jusuf Kalla
  names    يوسف كالا
  code     IDNGOV 2004-10-20..2009-10-20      # Vice-President
  code     IDNGOV 2014-10-20..2019-10-20

actor Ma'ruf Amin
  names    معروف أمين
  code     IDNGOV 2019-10-20..2024-10-20      # Vice-President

actor Gibran Rakabuming Raka
  names    جبران راكابومينغ راكا | جبران راكابومينج
  code     IDNGOV 2024-10-20..                # Vice-President

actor Syed Hamid Albar
  names    سيد حامد البار
  code     MYSGOV 1999-12..2008-03            # foreign minister

actor Anifah Aman
  names    حنيفة أمان | أنيفة أمان
  code     MYSGOV 2009-04-10..2018-05-10      # foreign minister

actor Saifuddin Abdullah
  names    سيف الدين عبد الله وزير الخارجية الماليزي
  code     MYSGOV 2018-07-02..2020-02-24      # foreign minister
  code     MYSGOV 2021-08-30..2022-11-24      # foreign minister

actor Hishammuddin Hussein
  names    هشام الدين حسين
  code     MYSGOV 2009-04..2018-05            # home minister, then defence minister
  code     MYSGOV 2020-03-10..2022-11-24      # foreign minister, then defence minister

actor Muhyiddin Yassin
  names    محي الدين ياسين | محيي الدين ياسين
  code     MYSGOV 2020-03-01..2021-08-16      # Prime Minister

actor Ismail Sabri Yaakob
  names    إسماعيل صبري يعقوب
  code     MYSGOV 2021-08-21..2022-11-24      # Prime Minister

actor Zambry Abdul Kadir
  names    زمبري عبد القادر
  code     MYSGOV 2022-12-03..2023-12-12      # foreign minister

actor Mohamad Hasan
  names    محمد حسن وزير الخارجية الماليزي
  code     MYSGOV 2022-12-03..                # defence minister, foreign minister from 2023-12-12

actor Gloria Macapagal Arroyo
  names    غلوريا ماكاباغال أرويو | غلوريا أرويو | جلوريا أرويو
  code     PHLGOV 2001-01-20..2010-06-30      # President

actor Benigno Aquino III
  names    بينينو أكينو | بنينيو أكينو
  code     PHLGOV 2010-06-30..2016-06-30      # President

actor Rodrigo Duterte
  names    رودريغو دوتيرتي | رودريجو دوتيرتي | دوتيرتي
  code     PHLGOV 2016-06-30..2022-06-30      # President

actor Ferdinand Marcos Jr.
  names    فرديناند ماركوس الابن | فرديناند ماركوس جونيور | بونغبونغ ماركوس
  code     PHLGOV 2022-06-30..                # President

actor Thaksin Shinawatra
  names    تاكسين شيناواترا | ثاكسين شيناواترا
  code     THAGOV 2001-02-09..2006-09-19      # Prime Minister

actor Yingluck Shinawatra
  names    ينغلاك شيناواترا | ينجلوك شيناواترا
  code     THAGOV 2011-08-05..2014-05-07      # Prime Minister

actor Prayut Chan-o-cha
  names    برايوت تشان أوتشا | برايوث تشان أو تشا
  code     THAMIL 2010-10..2014-09            # army chief; led the 2014 coup
  code     THAGOV 2014-08-24..2023-08-22      # Prime Minister

actor Srettha Thavisin
  names    سريتا تافيسين | سريثا تافيسين
  code     THAGOV 2023-08-22..2024-08-14      # Prime Minister

actor Paetongtarn Shinawatra
  names    بيتونغتارن شيناواترا | بايتونغتارن شيناواترا
  code     THAGOV 2024-08-16..2025-08-29      # Prime Minister

actor Anutin Charnvirakul
  names    أنوتين تشارنفيراكول | أنوتين شارنفيراكول
  code     THAGOV 2025-09-07..                # Prime Minister

actor Aung San Suu Kyi
  names    أونغ سان سو تشي | أون سان سو تشي | سو تشي
  code     MMROPP ..2016-03-30                # opposition leader
  code     MMRGOV 2016-03-30..2021-02-01      # State Counsellor, foreign minister

actor Min Aung Hlaing
  names    مين أونغ هلاينغ | مين أونغ لاينغ
  code     MMRMIL 2011-03-30..2021-01-31      # commander-in-chief
  code     MMRGOV 2021-02-01..                # junta leader (and commander-in-chief)

# ======================================================================
# South Asia and Central Asia
# ======================================================================

actor Mahinda Rajapaksa
  names    ماهيندا راجاباكسا | ماهيندا راجاباكسي
  code     LKAGOV 2004-04-06..2015-01-09      # Prime Minister, President from 2005-11-19
  code     LKAGOV 2019-11-21..2022-05-09      # Prime Minister

actor Gotabaya Rajapaksa
  names    غوتابايا راجاباكسا | جوتابايا راجاباكسا
  code     LKAGOV 2019-11-18..2022-07-14      # President

actor Ranil Wickremesinghe
  names    رانيل ويكريمسينغ | رانيل ويكرمسينغ | رانيل ويكريمسينغه
  code     LKAGOV 2022-05-12..2024-09-23      # Prime Minister, President from 2022-07-21

actor Anura Kumara Dissanayake
  names    أنورا كومارا ديساناياكي | أنورا كومارا ديسانايكا
  code     LKAGOV 2024-09-23..                # President

actor Maithripala Sirisena
  names    مايثريبالا سيريسينا | ميثريبالا سيريسينا
  code     LKAGOV 2015-01-09..2019-11-18      # President

actor Islam Karimov
  names    إسلام كريموف
  code     UZBGOV ..2016-09-02                # President of Uzbekistan

actor Shavkat Mirziyoyev
  names    شوكت ميرضيائيف | شوكت ميرزيوييف | شوكت ميرزياييف
  code     UZBGOV 2003-12..                   # Prime Minister, President from 2016-09-08

actor Emomali Rahmon
  names    إمام علي رحمن | إمام علي رحمانوف | امام علي رحمون
  code     TJKGOV 1992-11-19..                # President of Tajikistan

actor Gurbanguly Berdimuhamedow
  names    قربان قولي بردي محمدوف | قربانقولي بيردي محمدوف
  code     TKMGOV 2006-12-21..2022-03-19      # President of Turkmenistan

actor Serdar Berdimuhamedow
  names    سردار بردي محمدوف | سردار بيردي محمدوف
  code     TKMGOV 2022-03-19..                # President of Turkmenistan

actor Sadyr Japarov
  names    صدر جاباروف | سادير جاباروف
  code     KGZGOV 2020-10-14..2020-11-14      # Prime Minister, acting President
  code     KGZGOV 2021-01-28..                # President

actor Almazbek Atambayev
  names    ألماظ بيك أتامباييف | ألمازبيك أتامباييف
  code     KGZGOV 2011-12-01..2017-11-24      # President
# ======================================================================
# The Americas
# ======================================================================

actor Fernando Henrique Cardoso
  names    فرناندو إنريكي كاردوسو | فرناندو هنريكي كاردوسو
  code     BRAGOV ..2002-12-31                # President 1995-2002

actor Geraldo Alckmin
  names    جيرالدو ألكمين | خيرالدو ألكمين
  code     BRAGOV 2023-01-01..                # Vice-President

actor Hamilton Mourão
  names    هاميلتون موراو
  code     BRAGOV 2019-01-01..2022-12-31      # Vice-President

actor Antonio Patriota
  names    أنطونيو باتريوتا
  code     BRAGOV 2011-01-01..2013-08-26      # foreign minister

actor Mauro Vieira
  names    ماورو فييرا | ماورو فيرا
  code     BRAGOV 2015-01-01..2016-05-12      # foreign minister
  code     BRAGOV 2023-01-01..

actor Ernesto Araújo
  names    إرنستو أراوجو
  code     BRAGOV 2019-01-01..2021-03-29      # foreign minister

actor Néstor Kirchner
  names    نستور كيرشنر | نيستور كيرشنر
  code     ARGGOV 2003-05-25..2007-12-10      # President

actor Cristina Fernández de Kirchner
  names    كريستينا فرنانديز دي كيرشنر | كريستينا كيرشنر | كريستينا فيرنانديث دي كيرشنر
  code     ARGGOV 2007-12-10..2015-12-10      # President
  code     ARGGOV 2019-12-10..2023-12-10      # Vice-President

actor Mauricio Macri
  names    ماوريسيو ماكري | موريسيو ماكري
  code     ARGGOV 2015-12-10..2019-12-10      # President

actor Alberto Fernández
  names    ألبرتو فرنانديز | ألبرتو فيرنانديث
  code     ARGGOV 2019-12-10..2023-12-10      # President

actor Héctor Timerman
  names    هيكتور تيمرمان | إكتور تيمرمان
  code     ARGGOV 2010-06-18..2015-12-10      # foreign minister

actor Diana Mondino
  names    ديانا موندينو
  code     ARGGOV 2023-12-10..2024-10-30      # foreign minister

actor Vicente Fox
  names    فيسنتي فوكس | فينسنت فوكس
  code     MEXGOV 2000-12-01..2006-11-30      # President

actor Felipe Calderón
  names    فيليبي كالديرون | فيليب كالديرون
  code     MEXGOV 2006-12-01..2012-11-30      # President

actor Enrique Peña Nieto
  names    إنريكي بينيا نييتو
  code     MEXGOV 2012-12-01..2018-11-30      # President

actor Claudia Sheinbaum
  names    كلوديا شينباوم | كلاوديا شينباوم
  code     MEXGOV 2024-10-01..                # President

actor Marcelo Ebrard
  names    مارسيلو إبرارد | مارسيلو ايبرارد
  code     MEXGOV 2018-12-01..2023-06-12      # foreign minister
  code     MEXGOV 2024-10-01..                # economy minister

actor Alicia Bárcena
  names    أليسيا بارسينا | اليسيا بارثينا
  code     IGOUNO 2008-07..2022-04            # executive secretary of ECLAC
  code     MEXGOV 2023-07-03..2024-09-30      # foreign minister

actor Álvaro Uribe
  names    ألفارو أوريبي | ألبارو أوريبي
  code     COLGOV 2002-08-07..2010-08-07      # President

actor Juan Manuel Santos
  names    خوان مانويل سانتوس
  code     COLGOV 2006-07-19..2009-05-18      # defence minister
  code     COLGOV 2010-08-07..2018-08-07      # President

actor Iván Duque
  names    إيفان دوكي
  code     COLGOV 2018-08-07..2022-08-07      # President

actor Sebastián Piñera
  names    سيباستيان بينيرا | سباستيان بينيرا
  code     CHLGOV 2010-03-11..2014-03-11      # President
  code     CHLGOV 2018-03-11..2022-03-11

actor José Antonio Kast
  names    خوسيه أنطونيو كاست
  code     CHLOPP 2022-03-11..2026-03-10      # opposition leader, presidential candidate
  code     CHLGOV 2026-03-11..                # President

actor Pedro Castillo
  names    بيدرو كاستيو | بيدرو كاستيلو
  code     PERGOV 2021-07-28..2022-12-07      # President

actor Dina Boluarte
  names    دينا بولوارتي | دينا بولوارتيه
  code     PERGOV 2021-07-28..2025-10-10      # Vice-President, President from 2022-12-07

actor Luis Arce
  names    لويس آرسي
  code     BOLGOV 2020-11-08..2025-11-08      # President

actor Rodrigo Paz
  names    رودريغو باز | رودريغو باث
  code     BOLGOV 2025-11-08..                # President

actor Rafael Correa
  names    رافائيل كوريا
  code     ECUGOV 2007-01-15..2017-05-24      # President

actor Lenín Moreno
  names    لينين مورينو
  code     ECUGOV 2017-05-24..2021-05-24      # President

actor Guillermo Lasso
  names    غييرمو لاسو | جييرمو لاسو | غيليرمو لاسو
  code     ECUGOV 2021-05-24..2023-11-23      # President

actor Daniel Noboa
  names    دانيال نوبوا | دانييل نوبوا
  code     ECUGOV 2023-11-23..                # President

actor Miguel Díaz-Canel
  names    ميغيل دياز كانيل | ميغيل دياث كانيل | ميجيل دياز كانيل
  code     CUBGOV 2013-02-24..                # First Vice-President, President from 2018-04-19

actor Bruno Rodríguez Parrilla
  names    برونو رودريغيز باريا | برونو رودريغيز | برونو رودريجيز باريا
  code     CUBGOV 2009-03-02..                # foreign minister

actor Felipe Pérez Roque
  names    فيليبي بيريز روكي | فيليبي بيريث روكي
  code     CUBGOV 1999-05-28..2009-03-02      # foreign minister

actor Daniel Ortega
  names    دانيال أورتيغا | دانييل أورتيغا | دانيال أورتيجا
  code     NICGOV 2007-01-10..                # President of Nicaragua

actor Jorge Arreaza
  names    خورخي أرياسا | خورخي أريازا | خورخي أرياثا
  code     VENGOV 2013-01-15..2021-08-20      # Vice-President, foreign minister 2017-2021

actor Vladimir Padrino López
  names    فلاديمير بادرينو لوبيز | فلاديمير بادرينو
  code     VENGOV 2014-10-25..                # defence minister

actor Diosdado Cabello
  names    ديوسدادو كابيلو | ديوسدادو كابييو
  code     VENLEG 2012-01-05..2016-01-05      # president of the National Assembly
  code     VENGOV 2024-08-27..                # interior minister

actor Juan Guaidó
  names    خوان غوايدو | خوان جوايدو | غوايدو
  code     VENOPP 2019-01-05..2023-01-05      # National Assembly president, self-proclaimed interim President

actor Edmundo González Urrutia
  names    إدموندو غونزاليس أوروتيا | إدموندو غونزاليس | ادموندو جونزاليس
  code     VENOPP 2024-04..                   # opposition presidential candidate

actor María Corina Machado
  names    ماريا كورينا ماتشادو | ماريا كورينا ماشادو
  code     VENOPP 2012..                      # opposition leader (Vente Venezuela)

# ======================================================================
# Sub-Saharan Africa
# ======================================================================

actor Kgalema Motlanthe
  names    كغاليما موتلانثي | كاليما موتلانثي
  code     ZAFGOV 2008-09-25..2014-05-25      # President, then Deputy President

actor Maite Nkoana-Mashabane
  names    مايتي نكوانا ماشابان | مايتي نكوانا ماشاباني
  code     ZAFGOV 2009-05-10..2018-02-26      # foreign minister

actor Lindiwe Sisulu
  names    ليندوي سيسولو | ليندويه سيسولو
  code     ZAFGOV 2018-02-27..2019-05-29      # foreign minister

actor Julius Malema
  names    جوليوس ماليما
  code     ZAFOPP 2013-07..                   # leader of the Economic Freedom Fighters

actor Olusegun Obasanjo
  names    أولوسيغون أوباسانجو | أوليسيغون أوباسانجو | أوباسانجو
  code     NGAGOV 1999-05-29..2007-05-29      # President

actor Umaru Musa Yar'Adua
  names    عمر موسى يارادوا | أمارو يارادوا | يارادوا
  code     NGAGOV 2007-05-29..2010-05-05      # President

actor Goodluck Jonathan
  names    غودلاك جوناثان | جودلاك جوناثان
  code     NGAGOV 2007-05-29..2015-05-29      # Vice-President, President from 2010

actor Geoffrey Onyeama
  names    جيفري أونياما
  code     NGAGOV 2015-11-11..2023-05-29      # foreign minister

actor Yusuf Tuggar
  names    يوسف توغار | يوسف طوغار
  code     NGAGOV 2023-08-21..                # foreign minister

actor Abubakar Shekau
  names    أبو بكر شيكاو | أبوبكر شيكاو | شيكاو
  code     NGAREB 2009-07..2021-05            # leader of Boko Haram

actor Mwai Kibaki
  names    مواي كيباكي | كيباكي
  code     KENGOV 2002-12-30..2013-04-09      # President

actor Raila Odinga
  names    رايلا أودينغا | رايلا أودينجا
  code     KENGOV 2008-04-17..2013-04-09      # Prime Minister
  code     KENOPP 2013-04-09..2024-07         # opposition leader

actor Jakaya Kikwete
  names    جاكايا كيكويتي
  code     TZAGOV 2005-12-21..2015-11-05      # President

actor John Magufuli
  names    جون ماغوفولي | جون ماجوفولي
  code     TZAGOV 2015-11-05..2021-03-17      # President

actor Samia Suluhu Hassan
  names    سامية سولوهو حسن | سامية حسن
  code     TZAGOV 2015-11-05..                # Vice-President, President from 2021-03-19

actor Joseph Kabila
  names    جوزيف كابيلا | كابيلا
  code     CODGOV 2001-01-26..2019-01-24      # President

actor Félix Tshisekedi
  names    فيليكس تشيسيكيدي | فيليكس تشيسكيدي | تشيسيكيدي
  code     CODGOV 2019-01-24..                # President

actor John Kufuor
  names    جون كوفور | جون كوفوور
  code     GHAGOV 2001-01-07..2009-01-07      # President

actor Nana Akufo-Addo
  names    نانا أكوفو أدو | نانا أكوفو-أدو
  code     GHAGOV 2017-01-07..2025-01-07      # President

actor John Mahama
  names    جون ماهاما | جون دراماني ماهاما
  code     GHAGOV 2009-01-07..2017-01-07      # Vice-President, President from 2012-07-24
  code     GHAGOV 2025-01-07..                # President

actor Laurent Gbagbo
  names    لوران غباغبو | لوران جباجبو | غباغبو
  code     CIVGOV 2000-10-26..2011-04-11      # President

actor Alassane Ouattara
  names    الحسن واتارا | الحسن وتارا | ألاسان واتارا
  code     CIVGOV 2010-12-04..                # President (recognised; in control from 2011-04-11)

actor Abdoulaye Wade
  names    عبد الله واد | عبدالله واد
  code     SENGOV 2000-04-01..2012-04-02      # President of Senegal

actor Macky Sall
  names    ماكي سال
  code     SENGOV 2012-04-02..2024-04-02      # President

actor Bassirou Diomaye Faye
  names    باسيرو ديوماي فاي | بشير جوماي فاي | باسيرو فاي
  code     SENGOV 2024-04-02..                # President

actor Ousmane Sonko
  names    عثمان سونكو | أوسمان سونكو
  code     SENOPP 2019..2024-04-01            # opposition leader
  code     SENGOV 2024-04-02..                # Prime Minister

actor Alpha Condé
  names    ألفا كوندي | ألفا كوندية
  code     GINGOV 2010-12-21..2021-09-05      # President of Guinea

actor Mamady Doumbouya
  names    مامادي دومبويا | مامادي دومبوي
  code     GINGOV 2021-09-05..                # junta leader, President

actor Mamadou Tandja
  names    مامادو تانجا | مامادو طانجا
  code     NERGOV 1999-12-22..2010-02-18      # President of Niger

actor Mahamadou Issoufou
  names    محمد يوسفو | محمدو إيسوفو | محمدو يوسفو
  code     NERGOV 2011-04-07..2021-04-02      # President

actor Amadou Toumani Touré
  names    أمادو توماني توري
  code     MLIGOV 2002-06-08..2012-03-22      # President of Mali

actor Ibrahim Boubacar Keïta
  names    إبراهيم أبو بكر كيتا | ابراهيم بوبكر كيتا
  code     MLIGOV 2013-09-04..2020-08-18      # President

actor Bah Ndaw
  names    باه نداو | با نداو
  code     MLIGOV 2020-09-25..2021-05-24      # transitional President

actor Iyad Ag Ghaly
  names    إياد أغ غالي
  code     MLIREB 2012..                      # leader of Ansar Dine, of JNIM from 2017-03

actor Amadou Koufa
  names    أمادو كوفا | أمادو كوفة
  code     MLIREB 2015..                      # leader of the Macina Liberation Front (JNIM)

actor Blaise Compaoré
  names    بليز كومباوري | بليز كومباوريه
  code     BFAGOV ..2014-10-31                # President of Burkina Faso 1987-2014

actor Roch Marc Christian Kaboré
  names    روش مارك كريستيان كابوري | روك مارك كابوري
  code     BFAGOV 2015-12-29..2022-01-24      # President

actor Paul-Henri Sandaogo Damiba
  names    بول هنري سانداوغو داميبا | بول هنري داميبا
  code     BFAGOV 2022-01-24..2022-09-30      # junta leader

actor Faustin-Archange Touadéra
  names    فوستين أرشانج تواديرا | فوستان أرشانج تواديرا
  code     CAFGOV 2016-03-30..                # President of the Central African Republic

actor Michel Djotodia
  names    ميشيل جوتوديا | ميشال دجوتوديا
  code     CAFREB 2012-12..2013-03-24         # Seleka leader
  code     CAFGOV 2013-03-24..2014-01-10      # self-proclaimed President

actor Succès Masra
  names    سوكسيه ماسرا | سيكسي ماسرا
  code     TCDGOV 2024-01-01..2024-05-22      # Prime Minister of Chad

actor Yahya Jammeh
  names    يحيى جامع | يحيى جامي
  code     GMBGOV ..2017-01-19                # President of the Gambia 1994-2017

actor Adama Barrow
  names    أداما بارو
  code     GMBGOV 2017-01-19..                # President

actor Emmerson Mnangagwa
  names    إيمرسون منانغاغوا | امرسون منانجاجوا
  code     ZWEGOV 2017-11-24..                # President of Zimbabwe

actor José Eduardo dos Santos
  names    خوسيه إدواردو دوس سانتوس | جوزيه إدواردو دوس سانتوس
  code     AGOGOV ..2017-09-26                # President of Angola

actor João Lourenço
  names    جواو لورينسو | جواو لورنسو
  code     AGOGOV 2017-09-26..                # President of Angola
# ======================================================================
# Israel: intelligence, security council, Arab members of the Knesset
# ======================================================================

actor Amos Yadlin
  names    عاموس يدلين | عاموس يادلين
  code     ISRSPY 2006-01..2010-11            # head of military intelligence (Aman)

actor Tamir Heiman
  names    تامير هايمن | تامير هيمان
  code     ISRSPY 2018-03..2021-10            # head of military intelligence (Aman)

actor Aharon Haliva
  names    أهارون حاليفا | أهارون هاليفا
  code     ISRSPY 2021-10..2024-08            # head of military intelligence (Aman)

actor Yaakov Amidror
  names    يعقوب عميدرور | يعقوب عميدرور رئيس مجلس الأمن القومي
  code     ISRGOV 2011-04..2013-11            # head of the National Security Council

actor Meir Ben-Shabbat
  names    مئير بن شبات | مائير بن شبات
  code     ISRGOV 2017-08..2021-07            # head of the National Security Council

actor Eyal Hulata
  names    إيال حولتا | إيال حولاتا
  code     ISRGOV 2021-08..2023-01            # head of the National Security Council

actor Omer Bar-Lev
  names    عومر بارليف | عومير بار ليف
  code     ISRGOV 2021-06-13..2022-12-29      # public security minister

actor Amir Eshel
  names    أمير إيشل
  code     ISRMIL 2012-05..2016-08            # air force commander

actor Tomer Bar
  names    تومر بار
  code     ISRMIL 2022-04..                   # air force commander

actor Ahmad Tibi
  names    أحمد الطيبي | احمد طيبي
  code     ISRLEG 1999-06..                   # member of the Knesset

actor Ayman Odeh
  names    أيمن عودة
  code     ISRLEG 2015-03-31..                # member of the Knesset, Hadash / Joint List leader

actor Mansour Abbas
  names    منصور عباس
  code     ISRLEG 2019-04-30..                # member of the Knesset, Ra'am leader

actor Haneen Zoabi
  names    حنين زعبي | حنين الزعبي
  code     ISRLEG 2009-02..2019-04            # member of the Knesset (Balad)

actor Azmi Bishara
  names    عزمي بشارة
  code     ISRLEG 1996-06..2007-04            # member of the Knesset (Balad)

actor Raed Salah
  names    رائد صلاح | الشيخ رائد صلاح
  code     ISROPP 1996..2015-11-17            # head of the northern branch of the Islamic Movement (banned 2015)

# ======================================================================
# Turkey
# ======================================================================

actor Bülent Arınç
  names    بولنت أرينتش | بولنت أرنتش
  code     TURLEG 2002-11-19..2007-08-28      # speaker of parliament
  code     TURGOV 2009-05-01..2015-11-24      # deputy prime minister

actor Cemil Çiçek
  names    جميل تشيتشيك | جميل تشيشيك
  code     TURGOV 2002-11-18..2011-07-06      # justice minister, deputy PM
  code     TURLEG 2011-07-04..2015-06-23      # speaker of parliament

actor İsmail Kahraman
  names    إسماعيل قهرمان
  code     TURLEG 2015-11-22..2018-07-07      # speaker of parliament

actor Beşir Atalay
  names    بشير أطالاي | بشير آتالاي
  code     TURGOV 2007-05-01..2014-08-29      # interior minister, then deputy PM

actor İdris Naim Şahin
  names    إدريس نعيم شاهين
  code     TURGOV 2011-07-06..2013-01-24      # interior minister

actor Muammer Güler
  names    معمر غولر | معمر جولر
  code     TURGOV 2013-01-24..2013-12-25      # interior minister

actor Efkan Ala
  names    أفكان آلا | أفقان علاء | أفكان علاء
  code     TURGOV 2013-12-25..2015-08-28      # interior minister
  code     TURGOV 2015-11-24..2016-08-31

actor Taner Yıldız
  names    تانر يلدز | تانر يلديز
  code     TURGOV 2009-05-01..2015-11-24      # energy minister

actor Fatih Dönmez
  names    فاتح دونماز | فاتح دونمز
  code     TURGOV 2018-07-10..2023-06-03      # energy minister

actor Alparslan Bayraktar
  names    ألب أرسلان بيرقدار | ألب أرسلان بيرقطار
  code     TURGOV 2023-06-03..                # energy minister

actor Abdulhamit Gül
  names    عبد الحميد غول | عبدالحميد غول | عبد الحميد جول
  code     TURGOV 2017-07-19..2022-01-29      # justice minister

actor Yılmaz Tunç
  names    يلماز تونتش | يلماز تونج
  code     TURGOV 2023-06-03..                # justice minister

actor Meral Akşener
  names    ميرال أكشنار | ميرال أكشينار | أكشنار
  code     TUROPP 2017-10-25..2024-04-27      # leader of the İyi Party

actor Mansur Yavaş
  names    منصور يافاش | منصور ياواش
  code     TUROPP 2019-04-08..                # CHP mayor of Ankara

actor Pervin Buldan
  names    بروين بولدان | برفين بولدان
  code     TUROPP 2018-02-11..2023-10-15      # HDP co-chair

actor Sırrı Süreyya Önder
  names    سري ثريا أوندر | سري سريا أوندر
  code     TURLEG 2023-06..2025-05-03         # deputy speaker of parliament, DEM Party

# ======================================================================
# Iran
# ======================================================================

actor Mostafa Pourmohammadi
  names    مصطفى بور محمدي | مصطفى پورمحمدي
  code     IRNGOV 2005-08-24..2008-05         # interior minister
  code     IRNGOV 2013-08-15..2017-08-20      # justice minister

actor Abdolreza Rahmani Fazli
  names    عبد الرضا رحماني فضلي | عبدالرضا رحماني فضلي | رحماني فضلي
  code     IRNGOV 2013-08-15..2021-08-25      # interior minister

actor Eskandar Momeni
  names    إسكندر مؤمني
  code     IRNGOV 2024-08-21..                # interior minister

actor Bijan Zanganeh
  names    بيجن زنغنه | بيجن زنكنه | بيجن نامدار زنغنه
  code     IRNGOV 1997-08..2005-08            # oil minister
  code     IRNGOV 2013-08-16..2021-08-25

actor Javad Owji
  names    جواد أوجي
  code     IRNGOV 2021-08-25..2024-08-21      # oil minister

actor Mohsen Paknejad
  names    محسن باك نجاد
  code     IRNGOV 2024-08-21..                # oil minister

actor Hossein Taeb
  names    حسين طائب
  code     IRNSPY 2009-10..2022-06            # head of IRGC intelligence

actor Mohammad Kazemi
  names    العميد محمد كاظمي | اللواء محمد كاظمي
  code     IRNSPY 2022-06..2025-06-15         # head of IRGC intelligence, killed

actor Kazem Gharibabadi
  names    كاظم غريب آبادي
  code     IRNGOV 2024-08..                   # deputy foreign minister

actor Gholamali Khoshroo
  names    غلام علي خوشرو
  code     IRNGOV 2014-09..2019-05            # ambassador to the UN

# ======================================================================
# Russia
# ======================================================================

actor Gennady Zyuganov
  names    غينادي زيوغانوف | جينادي زيوجانوف
  code     RUSLEG 1993-12..                   # Duma member, Communist Party leader

actor Vladimir Zhirinovsky
  names    فلاديمير جيرينوفسكي | جيرينوفسكي
  code     RUSLEG 1993-12..2022-04-06         # Duma member, LDPR leader

actor Dmitry Rogozin
  names    ديمتري روغوزين | دميتري روجوزين
  code     RUSGOV 2008-01..2022-07-15         # envoy to NATO, deputy PM, head of Roscosmos

actor Sergey Kiriyenko
  names    سيرغي كيريينكو | سيرغي كيرينكو
  code     RUSGOV 2016-10-05..                # first deputy chief of the presidential administration

actor Anton Vaino
  names    أنطون فاينو
  code     RUSGOV 2016-08-12..                # chief of the presidential administration

actor Alexander Dvornikov
  names    ألكسندر دفورنيكوف
  code     RUSMIL 2015-09..2016-06            # commander of Russian forces in Syria

actor Sergey Surovikin
  names    سيرغي سوروفيكين | سيرجي سوروفيكين
  code     RUSMIL 2017-03..2023-08            # commander in Syria, aerospace forces commander

actor Igor Kirillov
  names    إيغور كيريلوف
  code     RUSMIL 2017-04..2024-12-17         # chief of radiological, chemical and biological defence troops, killed

actor Yevgeny Prigozhin
  names    يفغيني بريغوجين | يفجيني بريجوجين | بريغوجين | بريجوجين
  code     RUSREB 2014..2023-08-23            # head of the Wagner Group

# ======================================================================
# China
# ======================================================================

actor Zeng Qinghong
  names    تسنغ تشينغ هونغ | زنغ تشينغ هونغ
  code     CHNGOV 2003-03-15..2008-03-15      # Vice-President

actor Li Yuanchao
  names    لي يوان تشاو | لي يوانتشاو
  code     CHNGOV 2013-03-14..2018-03-17      # Vice-President

actor Wang Qishan
  names    وانغ تشي شان | وانغ كيشان | وانغ تشيشان
  code     CHNGOV 2018-03-17..2023-03-10      # Vice-President

actor Han Zheng
  names    هان تشنغ | هان تشينغ | هان جينغ
  code     CHNGOV 2018-03-19..                # Vice-Premier, Vice-President from 2023-03-10

actor Liu He
  names    ليو خه | ليو هي
  code     CHNGOV 2018-03-19..2023-03-12      # Vice-Premier

actor Wu Bangguo
  names    وو بانغ قوه | وو بانغ غوه
  code     CHNLEG 2003-03-15..2013-03-14      # chairman of the National People's Congress

actor Zhang Dejiang
  names    تشانغ ده جيانغ | تشانغ دي جيانغ
  code     CHNLEG 2013-03-14..2018-03-17      # chairman of the National People's Congress

actor Li Zhanshu
  names    لي تشان شو | لي جان شو
  code     CHNLEG 2018-03-17..2023-03-10      # chairman of the National People's Congress

actor Zhao Leji
  names    تشاو له جي | تشاو لي جي | جاو له جي
  code     CHNLEG 2023-03-10..                # chairman of the National People's Congress

actor Cui Tiankai
  names    تسوي تيان كاي | تشوي تيان كاي
  code     CHNGOV 2013-04..2021-06            # ambassador to the United States

actor Fan Changlong
  names    فان تشانغ لونغ
  code     CHNMIL 2012-11-15..2017-10-25      # vice-chairman of the Central Military Commission

actor Xu Qiliang
  names    شو تشي ليانغ | شو تشيليانغ
  code     CHNMIL 2012-11-15..2022-10-23      # vice-chairman of the Central Military Commission
# ======================================================================
# United Kingdom: officials, commanders, intelligence chiefs
# ======================================================================

actor Jonathan Powell
  names    جوناثان باول
  code     GBRGOV 1997-05..2007-06            # Tony Blair's chief of staff
  code     GBRGOV 2024-11..                   # national security adviser

actor Mark Sedwill
  names    مارك سيدويل | مارك سدويل
  code     GBRGOV 2017-04..2020-09            # national security adviser, cabinet secretary

actor Jock Stirrup
  names    جوك ستيراب | جوك ستيرب
  code     GBRMIL 2006-04..2010-10            # Chief of the Defence Staff

actor David Richards
  names    ديفيد ريتشاردز
  code     GBRMIL 2009-08..2013-07            # Chief of the General Staff, then of the Defence Staff

actor Nick Carter
  names    نيك كارتر
  code     GBRMIL 2014-09..2021-11-29         # Chief of the General Staff, then of the Defence Staff

actor Tony Radakin
  names    توني راداكين | طوني راداكين
  code     GBRMIL 2021-11-30..2025-09         # Chief of the Defence Staff

actor Richard Knighton
  names    ريتشارد نايتون
  code     GBRMIL 2023-04..                   # Chief of the Air Staff, Chief of the Defence Staff from 2025-09

actor Richard Dearlove
  names    ريتشارد ديرلوف | ريتشارد ديرلاف
  code     GBRSPY 1999-08..2004-07            # chief of MI6

actor John Scarlett
  names    جون سكارليت | جون سكارلت
  code     GBRSPY 2001-09..2009-11            # chairman of the JIC, chief of MI6 from 2004

actor Eliza Manningham-Buller
  names    إليزا مانينغهام بولر
  code     GBRSPY 2002-10..2007-04            # director-general of MI5

actor Jonathan Evans
  names    جوناثان إيفانز
  code     GBRSPY 2007-04..2013-04            # director-general of MI5

actor Andrew Parker
  names    أندرو باركر
  code     GBRSPY 2013-04..2020-04            # director-general of MI5

actor Ken McCallum
  names    كين ماكالوم | كين مكالوم
  code     GBRSPY 2020-04..                   # director-general of MI5

actor Amber Rudd
  names    آمبر راد | أمبر رود
  code     GBRGOV 2015-05-11..2018-04-29      # energy secretary, home secretary
  code     GBRGOV 2018-11-16..2019-09-07      # work and pensions secretary

actor Sajid Javid
  names    ساجد جاويد | ساجد جافيد
  code     GBRGOV 2014-04-09..2020-02-13      # cabinet minister, home secretary 2018-2019, chancellor
  code     GBRGOV 2021-06-26..2022-07-05      # health secretary

actor Priti Patel
  names    بريتي باتيل | بريتي باتل
  code     GBRGOV 2016-07-14..2017-11-08      # international development secretary
  code     GBRGOV 2019-07-24..2022-09-06      # home secretary

actor Suella Braverman
  names    سويلا برافرمان | سويلا برافرمن
  code     GBRGOV 2020-02-13..2023-11-13      # attorney general, home secretary

actor Shabana Mahmood
  names    شبانة محمود
  code     GBRGOV 2024-07-05..                # justice secretary, home secretary from 2025-09-05

actor Tom Tugendhat
  names    توم توغندهات | توم توجندهات
  code     GBRGOV 2022-09-06..2024-07-05      # security minister

actor Andrew Mitchell
  names    أندرو ميتشل | اندرو ميتشيل
  code     GBRGOV 2010-05-12..2012-10-19      # international development secretary, chief whip
  code     GBRGOV 2022-10-26..2024-07-05      # development minister

actor Tariq Ahmad
  names    اللورد طارق أحمد | اللورد أحمد
  code     GBRGOV 2017-06-13..2024-07-05      # minister of state, Foreign Office (Middle East from 2022)

actor Kemi Badenoch
  names    كيمي بادنوك | كيمي بادينوك
  code     GBRGOV 2022-09-06..2024-07-05      # trade secretary
  code     GBROPP 2024-11-02..                # leader of the opposition

# ======================================================================
# France: commanders, intelligence chiefs, interior ministers, parliament
# ======================================================================

actor Pierre de Villiers
  names    بيير دو فيلييه | بيير دي فيلييه
  code     FRAMIL 2014-02-15..2017-07-19      # Chief of the Defence Staff

actor François Lecointre
  names    فرانسوا لوكوانتر | فرانسوا لوكوانت
  code     FRAMIL 2017-07-19..2021-07-21      # Chief of the Defence Staff

actor Thierry Burkhard
  names    تييري بوركهارد | تيري بوركار
  code     FRAMIL 2021-07-21..2025-09         # Chief of the Defence Staff

actor Fabien Mandon
  names    فابيان ماندون
  code     FRAMIL 2025-09..                   # Chief of the Defence Staff

actor Bernard Bajolet
  names    برنار باجوليه | برنارد باجوليه
  code     FRASPY 2013-04..2017-05            # director of the DGSE

actor Bernard Émié
  names    برنار إيمييه | برنار إيميه
  code     FRAGOV 2004..2007                  # ambassador to Lebanon
  code     FRASPY 2017-06..2024-01            # director of the DGSE

actor Nicolas Lerner
  names    نيكولا ليرنر | نيكولا لرنر
  code     FRASPY 2018-10..                   # head of the DGSI, of the DGSE from 2024-01

actor Brice Hortefeux
  names    بريس أورتوفو | بريس هورتفو
  code     FRAGOV 2007-05-18..2011-02-27      # immigration minister, interior minister

actor Claude Guéant
  names    كلود غيان | كلود غيون | كلود جيان
  code     FRAGOV 2007-05..2012-05-16         # secretary-general of the Élysée, interior minister

actor Gérard Collomb
  names    جيرار كولومب
  code     FRAGOV 2017-05-17..2018-10-03      # interior minister

actor Christophe Castaner
  names    كريستوف كاستانير | كريستوف كاستانيه
  code     FRAGOV 2017-05..2020-07-06         # government spokesman, interior minister from 2018-10-16

actor Laurent Nuñez
  names    لوران نونيز | لوران نونييز
  code     FRACOP 2022-07..2025-10-12         # Paris police prefect
  code     FRAGOV 2025-10-12..                # interior minister

actor Gérard Larcher
  names    جيرار لارشيه | جيرار لارشي
  code     FRALEG 2008-10-01..2011-10-01      # president of the Senate
  code     FRALEG 2014-10-01..

actor Richard Ferrand
  names    ريشار فيران | ريتشارد فيران
  code     FRALEG 2018-09-12..2022-06-21      # president of the National Assembly

actor Yaël Braun-Pivet
  names    يائيل براون بيفيه | يعيل براون بيفيه
  code     FRALEG 2022-06-28..                # president of the National Assembly

# ======================================================================
# Germany and Spain: intelligence, commanders, interior ministers, parliament
# ======================================================================

actor August Hanning
  names    أوغست هانينغ | أوغوست هانينغ
  code     DEUSPY 1998-12..2005-11            # president of the BND

actor Ernst Uhrlau
  names    إرنست أورلاو
  code     DEUSPY 2005-12..2011-12            # president of the BND

actor Gerhard Schindler
  names    غيرهارد شيندلر | جيرهارد شيندلر
  code     DEUSPY 2012-01..2016-06            # president of the BND

actor Bruno Kahl
  names    برونو كال
  code     DEUSPY 2016-07..2025               # president of the BND

actor Eberhard Zorn
  names    إبرهارد تسورن | إيبرهارد زورن
  code     DEUMIL 2018-04..2023-03            # Inspector General of the Bundeswehr

actor Carsten Breuer
  names    كارستن بروير | كارستن بريوير
  code     DEUMIL 2023-03..                   # Inspector General of the Bundeswehr

actor Otto Schily
  names    أوتو شيلي
  code     DEUGOV ..2005-11-22                # interior minister 1998-2005

actor Wolfgang Schäuble
  names    فولفغانغ شويبله | فولفجانج شويبله | شويبله
  code     DEUGOV 2005-11-22..2017-10-24      # interior minister, finance minister
  code     DEULEG 2017-10-24..2021-10-26      # president of the Bundestag

actor Horst Seehofer
  names    هورست زيهوفر | هورست زيهوفير
  code     DEUGOV 2018-03-14..2021-12-08      # interior minister

actor Alexander Dobrindt
  names    ألكسندر دوبريندت | ألكسندر دوبرينت
  code     DEUGOV 2025-05-06..                # interior minister

actor Norbert Lammert
  names    نوربرت لامرت | نوربرت لاميرت
  code     DEULEG 2005-10-18..2017-10-24      # president of the Bundestag

actor Bärbel Bas
  names    بيربل باس | باربل باس
  code     DEULEG 2021-10-26..2025-03-25      # president of the Bundestag
  code     DEUGOV 2025-05-06..                # labour minister

actor Julia Klöckner
  names    يوليا كلوكنر | جوليا كلوكنر
  code     DEULEG 2025-03-25..                # president of the Bundestag

actor Alfredo Pérez Rubalcaba
  names    ألفريدو بيريز روبالكابا | ألفريدو بيريث روبالكابا
  code     ESPGOV 2006-04-11..2011-07-11      # interior minister

actor Jorge Fernández Díaz
  names    خورخي فرنانديز دياز | خورخي فرنانديث دياث
  code     ESPGOV 2011-12-22..2016-11-04      # interior minister

actor Fernando Grande-Marlaska
  names    فرناندو غراندي مارلاسكا | فرناندو جراندي مارلاسكا | غراندي مارلاسكا
  code     ESPGOV 2018-06-07..                # interior minister

# ======================================================================
# United States: additional officials
# ======================================================================

actor Paul Wolfowitz
  names    بول وولفويتز | بول وولفوويتز
  code     USAGOV 2001-03-02..2005-06-01      # deputy secretary of defense
  code     IGOUNOWBK 2005-06-01..2007-06-30   # president of the World Bank

actor Richard Armitage
  names    ريتشارد أرميتاج
  code     USAGOV 2001-03-26..2005-02-22      # deputy secretary of state

actor Douglas Feith
  names    دوغلاس فيث | دوجلاس فايث
  code     USAGOV 2001-07..2005-08            # under secretary of defense for policy

actor Robert Zoellick
  names    روبرت زوليك | روبرت زويليك
  code     USAGOV 2001-02..2006-07            # trade representative, deputy secretary of state
  code     IGOUNOWBK 2007-07-01..2012-06-30   # president of the World Bank

actor Harry Reid
  names    هاري ريد
  code     USALEG ..2017-01-03                # senator, Senate majority leader 2007-2015

actor John Thune
  names    جون ثون | جون ثيون
  code     USALEG 2005-01-03..                # senator, Senate majority leader from 2025-01-03

# ======================================================================
# International organisations
# ======================================================================

actor Hans-Gert Pöttering
  names    هانس غيرت بوترينغ | هانس جيرت بوترينغ
  code     IGOEUREEC 2007-01-16..2009-07-14   # president of the European Parliament

actor Jerzy Buzek
  names    يرجي بوزيك | جيرزي بوزيك
  code     IGOEUREEC 2009-07-14..2012-01-17   # president of the European Parliament

actor Margrethe Vestager
  names    مارغريت فيستاغر | مارجريت فيستاجر
  code     IGOEUREEC 2014-11-01..2024-11-30   # European Commissioner, Executive Vice-President

actor Thierry Breton
  names    تييري بروتون | تيري بريتون
  code     IGOEUREEC 2019-12-01..2024-09-16   # European Commissioner (internal market)

actor Margaritis Schinas
  names    مارغاريتيس شيناس | مارغريتيس شيناس
  code     IGOEUREEC 2014-11..2024-11-30      # chief spokesman, then Vice-President of the Commission

actor Ylva Johansson
  names    إيلفا يوهانسون | يلفا يوهانسون
  code     IGOEUREEC 2019-12-01..2024-11-30   # European Commissioner (home affairs)

actor Magnus Brunner
  names    ماغنوس برونر | ماجنوس برونر
  code     AUTGOV 2021-12-06..2024-11-30      # Austrian finance minister
  code     IGOEUREEC 2024-12-01..             # European Commissioner (home affairs and migration)

actor Kristalina Georgieva
  names    كريستالينا جورجيفا | كريستالينا غورغييفا | كريستالينا جورجييفا | جورجيفا
  code     IGOEUREEC 2010-02-10..2016-12-31   # European Commissioner, Vice-President
  code     IGOUNOWBK 2017-01-02..2019-09-30   # CEO of the World Bank
  code     IGOUNOIMF 2019-10-01..             # Managing Director of the IMF

actor Rodrigo Rato
  names    رودريغو راتو | رودريجو راتو
  code     IGOUNOIMF 2004-06-07..2007-10-31   # Managing Director of the IMF

actor Dominique Strauss-Kahn
  names    دومينيك ستروس كان | ستروس كان
  code     IGOUNOIMF 2007-11-01..2011-05-18   # Managing Director of the IMF

actor Jim Yong Kim
  names    جيم يونغ كيم | جيم يونج كيم
  code     IGOUNOWBK 2012-07-01..2019-02-01   # president of the World Bank

actor David Malpass
  names    ديفيد مالباس
  code     IGOUNOWBK 2019-04-09..2023-06-01   # president of the World Bank

actor Ajay Banga
  names    أجاي بانغا | أجاي بانجا
  code     IGOUNOWBK 2023-06-02..             # president of the World Bank

actor Luis Moreno Ocampo
  names    لويس مورينو أوكامبو | مورينو أوكامبو
  code     IGOJUDICC 2003-06-16..2012-06-15   # ICC prosecutor

actor Fatou Bensouda
  names    فاتو بنسودا | فاتو بنسعودة | فاتو بن سودا
  code     IGOJUDICC 2012-06-15..2021-06-15   # ICC prosecutor

actor Karim Khan
  names    كريم خان | كريم أحمد خان | المدعي العام كريم خان
  code     IGOJUDICC 2021-06-16..             # ICC prosecutor

actor Ahmet Üzümcü
  names    أحمد أوزومجو | أحمد أوزمجو
  code     IGOOPW 2010-07-25..2018-07-24      # Director-General of the OPCW

actor Stéphane Dujarric
  names    ستيفان دوجاريك | ستيفان دوغاريك | دوجاريك
  code     IGOUNO 2014-02..                   # spokesman of the UN Secretary-General

actor Achim Steiner
  names    أخيم شتاينر
  code     IGOUNO 2006-06-15..2016-06-14      # executive director of UNEP
  code     IGOUNO 2017-06-19..2025-06         # UNDP Administrator

actor Jan Pronk
  names    يان برونك
  code     IGOUNO 2004-07..2006-10            # UN special representative for Sudan

actor Ashraf Jehangir Qazi
  names    أشرف جهانغير قاضي | أشرف قاضي
  code     IGOUNO 2004-07..2007-06            # UN special representative for Iraq

actor Derek Plumbly
  names    ديريك بلامبلي | ديريك بلمبلي
  code     IGOUNO 2012-02..2015-01            # UN special coordinator for Lebanon

actor Catherine Russell
  names    كاثرين راسل | كاترين راسل
  code     IGOUNOKID 2022-02-01..             # Executive Director of UNICEF

actor Hissein Brahim Taha
  names    حسين إبراهيم طه | حسين براهيم طه
  code     IGOMOSOIC 2021-11-16..             # Secretary-General of the OIC
# ======================================================================
# Armed groups: commanders and leaders for the period they led
# ======================================================================

actor Abdelmalek Droukdel
  names    عبد المالك دروكدال | عبدالمالك دروكدال | أبو مصعب عبد الودود | دروكدال
  code     DZAREB 2004..2020-06-03            # emir of the GSPC, then of AQIM; killed

actor Abu Ubaida Yusuf al-Annabi
  names    أبو عبيدة يوسف العنابي | يزيد مبارك
  code     DZAREB 2020-11..                   # emir of AQIM

actor Khalid Sheikh Mohammed
  names    خالد شيخ محمد
  code     IMGREB ..2003-03-01                # al-Qaeda operations chief, captured

actor Mustafa Abu al-Yazid
  names    مصطفى أبو اليزيد
  code     IMGREB ..2010-05-21                # al-Qaeda commander in Afghanistan, killed

actor Atiyah Abd al-Rahman
  names    عطية عبد الرحمن الليبي | عطية الله الليبي
  code     IMGREB ..2011-08-22                # al-Qaeda deputy leader, killed

actor Abu Yahya al-Libi
  names    أبو يحيى الليبي
  code     IMGREB 2005-07..2012-06-04         # al-Qaeda leader, killed

actor Abu Khayr al-Masri
  names    أبو الخير المصري
  code     IMGREB ..2017-02-26                # al-Qaeda deputy leader, killed in Syria

actor Abu Muhammad al-Masri
  names    أبو محمد المصري | عبد الله أحمد عبد الله
  code     IMGREB ..2020-08-07                # al-Qaeda deputy leader, killed in Tehran

actor Said al-Shihri
  names    سعيد الشهري
  code     YEMREB 2009-01..2013-07            # deputy leader of AQAP, killed

actor Abu al-Hassan al-Muhajir
  names    أبو الحسن المهاجر
  code     IMGREB 2016-12..2019-10-27         # ISIS spokesman, killed

actor Abu Omar al-Shishani
  names    أبو عمر الشيشاني | عمر الشيشاني
  code     IMGREB 2013..2016-07               # ISIS military commander, killed

actor Abu Jaber al-Sheikh
  names    أبو جابر الشيخ | هاشم الشيخ
  code     SYRREB 2014-09..2017-10            # leader of Ahrar al-Sham, then of Hayat Tahrir al-Sham

actor Essam al-Buwaydhani
  names    عصام البويضاني | أبو همام البويضاني
  code     SYRREB 2015-12-25..2024-12-08      # commander of Jaysh al-Islam

actor Salah Shehade
  names    صلاح شحادة
  code     PSEREB ..2002-07-22                # commander of the Qassam Brigades, killed

actor Ahmed al-Jabari
  names    أحمد الجعبري
  code     PSEREB ..2012-11-14                # deputy commander of the Qassam Brigades, killed

actor Ayman Nofal
  names    أيمن نوفل
  code     PSEREB ..2023-10-17                # Qassam Brigades commander (central Gaza), killed

actor Ahmed Ghandour
  names    أحمد الغندور | أحمد غندور
  code     PSEREB ..2023-11                   # Qassam Brigades commander (northern Gaza), killed

actor Rafa Salama
  names    رافع سلامة
  code     PSEREB ..2024-07-13                # Qassam Brigades commander (Khan Younis), killed

actor Izz al-Din al-Haddad
  names    عز الدين الحداد
  code     PSEREB 2025-05..                   # commander of the Qassam Brigades in Gaza

actor Tayseer al-Jabari
  names    تيسير الجعبري
  code     PSEREB ..2022-08-05                # Al-Quds Brigades commander (northern Gaza), killed

actor Haytham Ali Tabatabai
  names    هيثم علي الطبطبائي | هيثم الطبطبائي | أبو علي الطبطبائي
  code     LBNREB ..2025-11-23                # Hezbollah military commander, killed

actor Abu Taqwa al-Saidi
  names    مشتاق طالب السعيدي | أبو تقوى السعيدي | أبو تقوى
  code     IRQREB ..2024-01-04                # Harakat al-Nujaba commander, killed

actor Abu Baqir al-Saadi
  names    وسام محمد صابر الساعدي | أبو باقر الساعدي
  code     IRQREB ..2024-02-07                # Kataib Hezbollah commander, killed

# ======================================================================
# Arab states: diplomats and ministers not listed elsewhere
# ======================================================================

actor Riyad Mansour
  names    رياض منصور
  code     PSEGOV 2005..                      # Palestinian ambassador to the UN

actor Mohammed Al Jaber
  names    محمد آل جابر | محمد سعيد آل جابر
  code     SAUGOV 2014..                      # Saudi ambassador to Yemen

actor Reema bint Bandar
  names    ريما بنت بندر | الأميرة ريما بنت بندر
  code     SAUGOV 2019-02-23..                # Saudi ambassador to the United States

actor Lana Nusseibeh
  names    لانا نسيبة | لانا زكي نسيبة
  code     AREGOV 2013-09..                   # UAE ambassador to the UN, minister of state from 2024

actor Mazhar al-Wais
  names    مظهر الويس
  code     SYRGOV 2025-03-29..                # justice minister

actor Mohammad Nidal al-Shaar
  names    محمد نضال الشعار | نضال الشعار
  code     SYRGOV 2011-04..2012-06            # economy minister
  code     SYRGOV 2025-03-29..                # economy minister

actor Paul Morcos
  names    بول مرقص
  code     LBNGOV 2025-02-08..                # information minister

actor Adel Nassar
  names    عادل نصار
  code     LBNGOV 2025-02-08..                # justice minister

actor Joe Saddi
  names    جو صدي | جو الصدي
  code     LBNGOV 2025-02-08..                # energy minister

actor Rakan Nasreddine
  names    ركان ناصر الدين
  code     LBNGOV 2025-02-08..                # health minister

actor Haneen Sayed
  names    حنين السيد
  code     LBNGOV 2025-02-08..                # social affairs minister
