@kind      actors
@title     People of non-Arab states and of international organisations named in Arabic news, 2000-2026
@source    Public record: official government, parliament and international-organisation sites and their lists of office-holders, news archives; roles and dates curated by hand
@source    Arabic spellings as written by Arabic news outlets (Al Jazeera, Al Arabiya, BBC Arabic, Sky News Arabia, Anadolu Arabic, RT Arabic, agency wires); a few spellings cross-checked as hints against shared/lexicon-sources/upetrarch-arabic (MIT)
@licence   CC BY 4.0 (this file); facts are not copyrightable
@curated   2026-11-29
@note      One block per person, grouped by state or organisation. Defence ministers are coded as ministers (GOV, coding guide §2); chiefs of staff and commanders MIL; intelligence chiefs SPY. After the last dated role the loader codes a person <country>ELI.
@note      People of Arab League states are in another file; the Arab nationals listed here are only those who held UN or Arab League posts.

# ======================================================================
# United Nations: Secretaries-General
# ======================================================================

actor Kofi Annan
  names    كوفي أنان | كوفي عنان
  code     IGOUNO ..2006-12-31                 # Secretary-General 1997-2006
  code     IGOUNO 2012-02-23..2012-08-31       # UN-Arab League joint special envoy for Syria

actor Ban Ki-moon
  names    بان كي مون | بان كيمون
  code     KORGOV 2004-01-17..2006-11-09       # South Korean foreign minister
  code     IGOUNO 2007-01-01..2016-12-31

# OPEC's Secretary-General 2007-2016 (Libyan); not «إبراهيم عواد البدري» (Abu Bakr al-Baghdadi)
actor Abdalla Salem El-Badri
  names    عبد الله البدري | عبدالله البدري | عبد الله سالم البدري | عبدالله سالم البدري
  code     IGOBUSOPC 2007-01-01..2016-07-31     # OPEC Secretary-General

actor António Guterres
  names    أنطونيو غوتيريش | أنطونيو غوتيريس | أنطونيو جوتيريش | أنطونيو جوتيريس | غوتيريش | غوتيريس | جوتيريش | جوتيريس
  code     PRTGOV ..2002-04-06                 # Prime Minister of Portugal 1995-2002
  code     IGOUNOHCR 2005-06-15..2015-12-31    # UN High Commissioner for Refugees
  code     IGOUNO 2017-01-01..                 # Secretary-General

# ======================================================================
# United Nations: envoys and mission heads (Libya, Syria, Yemen, Iraq, Lebanon, Palestine, Sudan)
# ======================================================================

actor Ian Martin
  names    إيان مارتن
  code     IGOUNO 2011-09..2012-10             # SRSG, head of UNSMIL

actor Tarek Mitri
  names    طارق متري
  code     LBNGOV 2005-07..2011-06             # Lebanese minister
  code     IGOUNO 2012-10..2014-08             # SRSG, head of UNSMIL

actor Bernardino León
  names    برناردينو ليون | برناردينو ليون غروس
  code     IGOEUREEC 2011-07..2014-08          # EU special representative for the Southern Mediterranean
  code     IGOUNO 2014-09-01..2015-11-17       # SRSG, head of UNSMIL

actor Martin Kobler
  names    مارتن كوبلر | كوبلر
  code     IGOUNO 2011-10..2017-06-22          # UNAMI, MONUSCO, then UNSMIL (2015-11-17..2017-06-22)

actor Ghassan Salamé
  names    غسان سلامة
  code     LBNGOV 2000-10..2003-04             # Lebanese minister of culture
  code     IGOUNO 2017-06-22..2020-03-02       # SRSG, head of UNSMIL

actor Stephanie Williams
  names    ستيفاني ويليامز | ستيفاني وليامز | ستيفاني ويليامس
  code     IGOUNO 2018-07..2021-02-07          # deputy SRSG, then acting head of UNSMIL
  code     IGOUNO 2021-12-06..2022-07-31       # Special Adviser to the Secretary-General on Libya

actor Ján Kubiš
  names    يان كوبيش | يان كوبيتش | كوبيش
  code     SVKGOV 2006-07-04..2009-01-26       # Slovak foreign minister
  code     IGOUNO 2011-12..2021-12-10          # UNAMA, UNAMI, UNSCOL, then UNSMIL (2021-02-08..)

actor Abdoulaye Bathily
  names    عبد الله باتيلي | عبدالله باتيلي | عبدولاي باتيلي | باتيلي
  code     IGOUNO 2022-09..2024-05             # SRSG, head of UNSMIL

actor Stephanie Koury
  names    ستيفاني خوري
  code     IGOUNO 2024-03..                    # deputy SRSG Libya, acting head of UNSMIL 2024-2025

actor Hanna Tetteh
  names    هانا تيتيه | هانا تيته | هانا تيتي | تيتيه
  code     GHAGOV 2013-01..2017-01-07          # Ghanaian foreign minister
  code     IGOUNO 2025-01-24..                 # SRSG, head of UNSMIL

actor Lakhdar Brahimi
  names    الأخضر الإبراهيمي | الأخضر إبراهيمي
  code     IGOUNO 2001-10..2004-12             # SRSG Afghanistan, special adviser on Iraq
  code     IGOUNO 2012-09-01..2014-05-31       # UN-Arab League joint special representative for Syria

actor Staffan de Mistura
  names    ستافان دي ميستورا | ستيفان دي ميستورا | دي ميستورا | ستيفان دي مستورا | دي مستورا
  code     IGOUNO 2001..2004                   # personal representative for southern Lebanon
  code     IGOUNO 2007-09..2009-07             # SRSG Iraq
  code     IGOUNO 2010-03..2011-12             # SRSG Afghanistan
  code     ITAGOV 2011-11-29..2013-04-28       # Italian deputy foreign minister
  code     IGOUNO 2014-07-10..2018-12-31       # special envoy for Syria
  code     IGOUNO 2021-11-01..                 # personal envoy for Western Sahara

actor Geir Pedersen
  names    غير بيدرسون | غير بيدرسن | جير بيدرسون | جير بيدرسن | بيدرسون | بيدرسن
  code     IGOUNO 2005..2008                   # personal representative for Lebanon
  code     NORGOV 2012..2018                   # Norwegian ambassador to the UN, then to China
  code     IGOUNO 2019-01-07..2025             # special envoy for Syria (resignation announced 2025-09-18)

actor Jamal Benomar
  names    جمال بن عمر
  code     IGOUNO 2011-04..2015-04             # special adviser / envoy for Yemen

actor Ismail Ould Cheikh Ahmed
  names    إسماعيل ولد الشيخ أحمد | إسماعيل ولد الشيخ | ولد الشيخ أحمد
  code     IGOUNO ..2018-03                    # UN career official; UNMEER head, special envoy for Yemen 2015-04-25..
  code     MRTGOV 2018-10..2020-08             # Mauritanian foreign minister

actor Martin Griffiths
  names    مارتن غريفيث | مارتن غريفيثس | مارتن جريفيث | مارتن جريفيثس | غريفيث | غريفيثس | جريفيث
  code     IGOUNO 2018-03..2024-06-30          # special envoy for Yemen 2018-2021, UN relief chief (OCHA) 2021-2024

actor Hans Grundberg
  names    هانس غروندبرغ | هانز غروندبرغ | هانس جروندبرج | هانس غروندبيرغ | غروندبرغ | جروندبرج
  code     IGOEUREEC 2019-09..2021-08          # EU ambassador to Yemen
  code     IGOUNO 2021-09-05..                 # special envoy for Yemen

actor Sergio Vieira de Mello
  names    سيرجيو فييرا دي ميلو | سيرجيو دي ميلو | دي ميلو
  code     IGOUNO ..2003-08-19                 # High Commissioner for Human Rights, SRSG Iraq; killed in Baghdad

actor Ad Melkert
  names    آد ميلكرت | ميلكرت
  code     IGOUNO 2009-07..2011-09             # SRSG Iraq

actor Nickolay Mladenov
  names    نيكولاي ملادينوف | نيكولاي ملادنوف | ملادينوف | ملادنوف
  code     BGRGOV 2009-07-27..2013-03-13       # Bulgarian defence then foreign minister
  code     IGOUNO 2013-08..2020-12-31          # SRSG Iraq, then special coordinator for the Middle East peace process

actor Robert Serry
  names    روبرت سيري
  code     IGOUNO 2007-11..2015-03             # special coordinator for the Middle East peace process

actor Tor Wennesland
  names    تور وينسلاند | تور فينسلاند | وينسلاند
  code     IGOUNO 2021-01..2024-12             # special coordinator for the Middle East peace process

actor Sigrid Kaag
  names    سيغريد كاغ | سيجريد كاج | سيغريد كاخ
  code     IGOUNO 2013-10..2017-10             # OPCW-UN mission in Syria, then UNSCOL
  code     NLDGOV 2017-10-26..2024-01-07       # Dutch minister (trade, foreign, finance)
  code     IGOUNO 2024-01-08..2025-06          # senior coordinator for Gaza, interim special coordinator

actor Jeanine Hennis-Plasschaert
  names    جينين هينيس بلاسخارت | جنين هينيس بلاسخارت | جينين بلاسخارت | هينيس بلاسخارت | بلاسخارت
  code     NLDGOV 2012-11-05..2017-10-04       # Dutch defence minister
  code     IGOUNO 2018-12..                    # SRSG Iraq (UNAMI) 2018-2024, then special coordinator for Lebanon

actor Joanna Wronecka
  names    يوانا فرونيتسكا | جوانا فرونيكا | فرونيتسكا
  code     IGOUNO 2021..2024                   # special coordinator for Lebanon

actor Volker Perthes
  names    فولكر بيرتس | فولكر بيرثيس
  code     IGOUNO 2021-01..2023-09             # SRSG Sudan (UNITAMS)

actor Rosemary DiCarlo
  names    روزماري ديكارلو | روزماري دي كارلو | ديكارلو
  code     IGOUNO 2018-05-01..                 # Under-Secretary-General for political affairs

actor Jan Egeland
  names    يان إيغلاند | يان إيجلاند | يان إغلاند
  code     IGOUNO 2003-07..2006-12             # UN emergency relief coordinator

actor John Holmes
  names    جون هولمز
  code     IGOUNO 2007-01..2010-08             # UN emergency relief coordinator

actor Valerie Amos
  names    فاليري آموس
  code     IGOUNO 2010-09..2015-05             # UN emergency relief coordinator

actor Stephen O'Brien
  names    ستيفن أوبراين
  code     IGOUNO 2015-06..2017-08             # UN emergency relief coordinator

actor Mark Lowcock
  names    مارك لوكوك
  code     IGOUNO 2017-09..2021-06             # UN emergency relief coordinator

actor Tom Fletcher
  names    توم فليتشر | توم فلتشر
  code     GBRGOV 2011-08..2015-03             # British ambassador to Lebanon
  code     IGOUNO 2024-11..                    # UN emergency relief coordinator (OCHA)

actor Philippe Lazzarini
  names    فيليب لازاريني | لازاريني
  code     IGOUNO 2020-03..                    # UNRWA commissioner-general

actor Pierre Krähenbühl
  names    بيير كرينبول | بيير كراهينبول | كرينبول
  code     IGOUNO 2014-03..2019-11             # UNRWA commissioner-general

actor Filippo Grandi
  names    فيليبو غراندي | فيليبو جراندي | غراندي
  code     IGOUNO 2005..2014-03                # UNRWA deputy then commissioner-general
  code     IGOUNO 2016-01-01..2025-12-31       # UN High Commissioner for Refugees

actor Karen AbuZayd
  names    كارين أبو زيد | كارين أبوزيد
  code     IGOUNO 2005-06..2010-01             # UNRWA commissioner-general

actor Peter Hansen
  names    بيتر هانسن
  code     IGOUNO ..2005-03                    # UNRWA commissioner-general

actor Ruud Lubbers
  names    رود لوبرز | رود لوبيرس
  code     IGOUNO 2001-01..2005-02             # UN High Commissioner for Refugees

actor David Beasley
  names    ديفيد بيزلي | ديفيد بيسلي
  code     IGOUNO 2017-04..2023-04-04          # WFP executive director

actor Cindy McCain
  names    سيندي ماكين
  code     IGOUNO 2023-04-05..                 # WFP executive director

actor Margaret Chan
  names    مارغريت تشان | مارجريت تشان
  code     IGOUNO 2007-01-04..2017-06-30       # WHO director-general

actor Navi Pillay
  names    نافي بيلاي | نافانيثيم بيلاي
  code     IGOUNO 2008-09..2014-08             # High Commissioner for Human Rights
  code     IGOUNO 2021-07..2025-11             # chair, commission of inquiry on the occupied Palestinian territory

actor Louise Arbour
  names    لويز آربور
  code     IGOUNO 2004-07..2008-06             # High Commissioner for Human Rights

actor Michelle Bachelet
  names    ميشيل باشليه | ميشيل باشيليت | باشليه
  code     CHLGOV 2006-03-11..2010-03-11       # President of Chile
  code     IGOUNO 2010-09..2013-03             # UN Women
  code     CHLGOV 2014-03-11..2018-03-11
  code     IGOUNO 2018-09-01..2022-08-31       # High Commissioner for Human Rights

actor Volker Türk
  names    فولكر تورك | فولكر تيرك
  code     IGOUNO 2022-10-17..                 # High Commissioner for Human Rights

actor Francesca Albanese
  names    فرانشيسكا ألبانيزي | فرانشيسكا ألبانيز | ألبانيزي
  code     IGOUNO 2022-05..                    # special rapporteur on the occupied Palestinian territory

actor Yukiya Amano
  names    يوكيا أمانو | أمانو
  code     IGOUNOIAE 2009-12-01..2019-07-18    # IAEA director-general

actor Rafael Grossi
  names    رافائيل غروسي | رافائيل جروسي | غروسي | جروسي
  code     IGOUNOIAE 2019-12-03..              # IAEA director-general

actor Irina Bokova
  names    إيرينا بوكوفا | بوكوفا
  code     IGOUNO 2009-11-15..2017-11-14       # UNESCO director-general

actor Audrey Azoulay
  names    أودري أزولاي
  code     FRAGOV 2016-02-11..2017-05-10       # French culture minister
  code     IGOUNO 2017-11-15..2025-11-14       # UNESCO director-general

actor Joan Donoghue
  names    جوان دونوغو | جوان دونهيو | جوان دونوهيو
  code     IGOUNOICJ 2010-09..2024-02-05       # judge, then president (2021-2024) of the International Court of Justice

# ======================================================================
# Arab League: Secretaries-General (Egyptian nationals; their Egyptian posts are dated here too)
# ======================================================================

actor Amr Moussa
  names    عمرو موسى
  code     EGYGOV ..2001-05-15                 # Egyptian foreign minister 1991-2001
  code     IGOMEAARL 2001-06-01..2011-06       # Secretary-General of the Arab League

actor Nabil Elaraby
  names    نبيل العربي
  code     EGYGOV 2011-03-06..2011-06-30       # Egyptian foreign minister
  code     IGOMEAARL 2011-07-01..2016-06-30    # Secretary-General of the Arab League

actor Ahmed Aboul Gheit
  names    أحمد أبو الغيط | أحمد أبوالغيط | أبو الغيط
  code     EGYGOV 2004-07-14..2011-03-06       # Egyptian foreign minister
  code     IGOMEAARL 2016-07-01..              # Secretary-General of the Arab League

actor Hossam Zaki
  names    حسام زكي
  code     IGOMEAARL 2016-07..                 # chief of staff, then assistant secretary-general of the Arab League

# ======================================================================
# NATO: Secretaries-General
# ======================================================================

actor George Robertson
  names    جورج روبرتسون | اللورد روبرتسون
  code     IGOWSTNAT ..2003-12-17

actor Jaap de Hoop Scheffer
  names    ياب دي هوب شيفر | ياب دي هوب سخيفر | دي هوب شيفر
  code     NLDGOV 2002-07-22..2003-12-03       # Dutch foreign minister
  code     IGOWSTNAT 2004-01-01..2009-07-31

actor Anders Fogh Rasmussen
  names    أندرس فوغ راسموسن | أندرس فو راسموسن | أندرس فوج راسموسن | فوغ راسموسن
  code     DNKGOV 2001-11-27..2009-04-05       # Prime Minister of Denmark
  code     IGOWSTNAT 2009-08-01..2014-09-30

actor Jens Stoltenberg
  names    ينس ستولتنبرغ | يانس ستولتنبرغ | ينس ستولتنبرج | يانس ستولتنبرج | ستولتنبرغ | ستولتنبرج
  code     NORGOV 2000-03-17..2001-10-19       # Prime Minister of Norway
  code     NORGOV 2005-10-17..2013-10-16
  code     IGOWSTNAT 2014-10-01..2024-10-01
  code     NORGOV 2025-02-04..                 # Norwegian finance minister

actor Mark Rutte
  names    مارك روته | مارك روتي | روته
  code     NLDGOV 2010-10-14..2024-07-02       # Prime Minister of the Netherlands
  code     IGOWSTNAT 2024-10-01..

# ======================================================================
# European Union: Commission, European Council, High Representatives, Parliament, ECB
# ======================================================================

actor Romano Prodi
  names    رومانو برودي | برودي
  code     IGOEUREEC ..2004-11-21              # President of the European Commission 1999-2004
  code     ITAGOV 2006-05-17..2008-05-08       # Prime Minister of Italy

actor José Manuel Barroso
  names    جوزيه مانويل باروسو | خوسيه مانويل باروسو | جوزيه مانويل باروزو | باروسو | باروزو
  code     PRTGOV 2002-04-06..2004-07-17       # Prime Minister of Portugal
  code     IGOEUREEC 2004-11-22..2014-10-31

actor Jean-Claude Juncker
  names    جان كلود يونكر | جان كلود يونكير | يونكر
  code     LUXGOV ..2013-12-04                 # Prime Minister of Luxembourg
  code     IGOEUREEC 2014-11-01..2019-11-30

actor Ursula von der Leyen
  names    أورسولا فون دير لاين | أورزولا فون دير لاين | أورسولا فون دير لايين | فون دير لاين | فون دير لايين | فون دي لاين
  code     DEUGOV 2005-11-22..2019-07-17       # German minister (family, labour, defence 2013-2019)
  code     IGOEUREEC 2019-12-01..

actor Herman Van Rompuy
  names    هيرمان فان رومبوي | هرمان فان رومبوي | فان رومبوي
  code     BELGOV 2008-12-30..2009-11-25       # Prime Minister of Belgium
  code     IGOEUREEC 2009-12-01..2014-11-30

actor Donald Tusk
  names    دونالد توسك | توسك
  code     POLGOV 2007-11-16..2014-09-22       # Prime Minister of Poland
  code     IGOEUREEC 2014-12-01..2019-11-30
  code     POLGOV 2023-12-13..

actor Charles Michel
  names    شارل ميشيل | شارل ميشال | تشارلز ميشيل
  code     BELGOV 2014-10-11..2019-10-27       # Prime Minister of Belgium
  code     IGOEUREEC 2019-12-01..2024-11-30

actor António Costa
  names    أنطونيو كوستا
  code     PRTGOV 2015-11-26..2024-04-02       # Prime Minister of Portugal
  code     IGOEUREEC 2024-12-01..

actor Javier Solana
  names    خافيير سولانا | خافيير سولانا مادارياغا | سولانا
  code     IGOWSTNAT ..1999-10-06              # NATO Secretary-General 1995-1999
  code     IGOEUREEC 1999-10-18..2009-11-30    # EU High Representative

actor Catherine Ashton
  names    كاثرين آشتون | كاترين آشتون | آشتون
  code     IGOEUREEC 2008-10-03..2014-10-31    # trade commissioner, then High Representative (2009-12-01..)

actor Federica Mogherini
  names    فيديريكا موغيريني | فيدريكا موغيريني | فيديريكا موغريني | موغيريني | موغريني
  code     ITAGOV 2014-02-22..2014-10-31       # Italian foreign minister
  code     IGOEUREEC 2014-11-01..2019-11-30    # High Representative

actor Josep Borrell
  names    جوزيب بوريل | جوسيب بوريل | خوسيب بوريل | جوزيف بوريل | بوريل
  code     IGOEUREEC 2004-07-20..2007-01-16    # President of the European Parliament
  code     ESPGOV 2018-06-07..2019-11-30       # Spanish foreign minister
  code     IGOEUREEC 2019-12-01..2024-11-30    # High Representative

actor Kaja Kallas
  names    كايا كالاس | كاجا كالاس | كالاس
  code     ESTGOV 2021-01-26..2024-07-23       # Prime Minister of Estonia
  code     IGOEUREEC 2024-12-01..              # High Representative

actor Martin Schulz
  names    مارتن شولتز | مارتن شولتس
  code     IGOEUREEC 2012-01-17..2017-01-17    # President of the European Parliament
  code     DEUPTY 2017-03-19..2018-02-13       # SPD leader

actor David Sassoli
  names    ديفيد ساسولي | دافيد ساسولي | ساسولي
  code     IGOEUREEC 2019-07-03..2022-01-11    # President of the European Parliament

actor Roberta Metsola
  names    روبرتا ميتسولا | ميتسولا
  code     IGOEUREEC 2022-01-18..              # President of the European Parliament

actor Dubravka Šuica
  names    دوبرافكا شويتسا | دوبرافكا سويكا | دوبرافكا شويكا
  code     IGOEUREEC 2019-12-01..              # European Commissioner (Mediterranean from 2024)

actor Olivér Várhelyi
  names    أوليفر فارهيلي | فارهيلي
  code     IGOEUREEC 2019-12-01..              # European Commissioner (neighbourhood, then health)

actor Christine Lagarde
  names    كريستين لاغارد | كريستين لاجارد | لاغارد | لاجارد
  code     FRAGOV 2005-06..2011-06-29          # French minister (trade, agriculture, economy)
  code     IGOEUREEC 2019-11-01..              # President of the European Central Bank

# ======================================================================
# African Union Commission chairpersons; Organisation of Islamic Cooperation
# ======================================================================

actor Alpha Oumar Konaré
  names    ألفا عمر كوناري | كوناري
  code     MLIGOV ..2002-06-08                 # President of Mali
  code     IGOAFRAFU 2003-09-16..2008-04-28

actor Jean Ping
  names    جان بينغ | جان بينج
  code     GABGOV ..2008-02                    # Gabonese foreign minister
  code     IGOAFRAFU 2008-04-28..2012-10-15

actor Nkosazana Dlamini-Zuma
  names    نكوسازانا دلاميني زوما | دلاميني زوما
  code     ZAFGOV ..2012-10                    # South African foreign then home affairs minister
  code     IGOAFRAFU 2012-10-15..2017-03-14
  code     ZAFGOV 2018-02..2024-06             # South African minister

actor Moussa Faki Mahamat
  names    موسى فكي محمد | موسى فقي محمد | موسى فكي | موسى فقي
  code     TCDGOV 2003-06..2005-02             # Prime Minister of Chad
  code     TCDGOV 2008-04..2017-01             # Chadian foreign minister
  code     IGOAFRAFU 2017-03-14..2025-02-15

actor Ekmeleddin İhsanoğlu
  names    أكمل الدين إحسان أوغلو | أكمل الدين إحسان أوغلي | إحسان أوغلو | إحسان أوغلي
  code     IGOMOSOIC 2005-01-01..2013-12-31    # OIC secretary-general

# ======================================================================
# United States
# ======================================================================

# --- Presidents and vice-presidents ---

actor Jimmy Carter
  names    جيمي كارتر
  code     USAELI                              # President 1977-1981
  type     person

actor George H. W. Bush
  names    جورج بوش الأب | جورج هربرت ووكر بوش | بوش الأب
  code     USAELI                              # President 1989-1993
  type     person

actor Bill Clinton
  names    بيل كلينتون | ويليام كلينتون | وليام جيفرسون كلينتون
  code     USAGOV ..2001-01-20

actor George W. Bush
  names    جورج بوش | جورج دبليو بوش | بوش الابن | جورج بوش الابن | بوش
  code     USAGOV 1995-01-17..2000-12-21       # Governor of Texas
  code     USAGOV 2001-01-20..2009-01-20

actor Barack Obama
  names    باراك أوباما | باراك حسين أوباما | أوباما
  code     USALEG 2005-01-03..2008-11-16       # US senator
  code     USAGOV 2009-01-20..2017-01-20

actor Donald Trump
  names    دونالد ترامب | دونالد ترمب | دونالد جون ترامب | ترامب | ترمب
  code     USAELI ..2017-01-19                 # businessman, candidate, president-elect
  code     USAGOV 2017-01-20..2021-01-20
  code     USAGOV 2025-01-20..

actor Joe Biden
  names    جو بايدن | جوزيف بايدن | جوزيف روبينيت بايدن | بايدن
  code     USALEG ..2009-01-15                 # US senator
  code     USAGOV 2009-01-20..2017-01-20       # Vice-President
  code     USAGOV 2021-01-20..2025-01-20       # President

actor Al Gore
  names    آل غور | آل جور
  code     USAGOV ..2001-01-20

actor Dick Cheney
  names    ديك تشيني | ريتشارد تشيني | تشيني
  code     USAGOV 2001-01-20..2009-01-20

actor Mike Pence
  names    مايك بنس | مايك بينس | بينس
  code     USAGOV 2013-01-14..2021-01-20       # Governor of Indiana, then Vice-President

actor Kamala Harris
  names    كامالا هاريس | كمالا هاريس
  code     USALEG 2017-01-03..2021-01-18
  code     USAGOV 2021-01-20..2025-01-20

actor JD Vance
  names    جيه دي فانس | جي دي فانس | جيمس ديفيد فانس | فانس
  code     USALEG 2023-01-03..2025-01-10
  code     USAGOV 2025-01-20..

# --- Secretaries of State ---

actor Madeleine Albright
  names    مادلين أولبرايت | مادلين أولبريت | أولبرايت
  code     USAGOV ..2001-01-20

actor Colin Powell
  names    كولن باول | كولين باول
  code     USAGOV 2001-01-20..2005-01-26

actor Condoleezza Rice
  names    كوندوليزا رايس | كونداليزا رايس | كوندليزا رايس | كوندوليسا رايس
  code     USAGOV 2001-01-20..2009-01-20       # National Security Adviser, then Secretary of State

actor Hillary Clinton
  names    هيلاري كلينتون | هيلاري رودهام كلينتون
  code     USALEG 2001-01-03..2009-01-21       # US senator
  code     USAGOV 2009-01-21..2013-02-01

actor John Kerry
  names    جون كيري | كيري
  code     USALEG ..2013-02-01                 # US senator
  code     USAGOV 2013-02-01..2017-01-20
  code     USAGOV 2021-01-20..2024-03-06       # special presidential envoy for climate

actor Rex Tillerson
  names    ريكس تيلرسون | تيلرسون
  code     USABUS ..2016-12-31                 # ExxonMobil chief executive
  code     USAGOV 2017-02-01..2018-03-31

actor Mike Pompeo
  names    مايك بومبيو | مايكل بومبيو | بومبيو
  code     USALEG 2011-01-03..2017-01-23
  code     USASPY 2017-01-23..2018-04-26       # CIA director
  code     USAGOV 2018-04-26..2021-01-20

actor Antony Blinken
  names    أنتوني بلينكن | توني بلينكن | أنتوني بلينكين | بلينكن | بلينكين
  code     USAGOV 2009-01-20..2017-01-20       # national security posts, Deputy Secretary of State
  code     USAGOV 2021-01-26..2025-01-20

actor Marco Rubio
  names    ماركو روبيو | روبيو
  code     USALEG 2011-01-03..2025-01-20
  code     USAGOV 2025-01-21..

# --- Secretaries of Defense ---

actor William Cohen
  names    ويليام كوهين | وليام كوهين
  code     USAGOV ..2001-01-20

actor Donald Rumsfeld
  names    دونالد رامسفيلد | رامسفيلد
  code     USAGOV 2001-01-20..2006-12-18

actor Robert Gates
  names    روبرت غيتس | روبرت جيتس | روبرت غايتس
  code     USAGOV 2006-12-18..2011-06-30

actor Leon Panetta
  names    ليون بانيتا | بانيتا
  code     USASPY 2009-02-13..2011-06-30       # CIA director
  code     USAGOV 2011-07-01..2013-02-26

actor Chuck Hagel
  names    تشاك هاغل | تشاك هيغل | تشاك هيجل | تشاك هاجل | هاغل | هيغل
  code     USALEG ..2009-01-03
  code     USAGOV 2013-02-27..2015-02-17

actor Ashton Carter
  names    آشتون كارتر | آش كارتر
  code     USAGOV 2009-04..2013-12             # Under Secretary, then Deputy Secretary of Defense
  code     USAGOV 2015-02-17..2017-01-20

actor James Mattis
  names    جيمس ماتيس | جيم ماتيس | ماتيس
  code     USAMIL ..2013-03-22                 # general; CENTCOM commander 2010-2013
  code     USAGOV 2017-01-20..2019-01-01

actor Patrick Shanahan
  names    باتريك شاناهان | شاناهان
  code     USAGOV 2017-07-19..2019-06-23       # Deputy, then acting Secretary of Defense

actor Mark Esper
  names    مارك إسبر | إسبر
  code     USAGOV 2017-11-20..2020-11-09       # Secretary of the Army, then of Defense

actor Christopher C. Miller
  names    كريستوفر ميلر
  code     USAGOV 2020-11-09..2021-01-20       # acting Secretary of Defense

actor Lloyd Austin
  names    لويد أوستن | لويد أوستين
  code     USAMIL ..2016-03-30                 # general; CENTCOM commander 2013-2016
  code     USAGOV 2021-01-22..2025-01-20

actor Pete Hegseth
  names    بيت هيغسيث | بيت هيغسث | بيت هيجسيث | هيغسيث | هيجسيث
  code     USAMED 2017..2024-11                # television host
  code     USAGOV 2025-01-25..                 # Secretary of Defense / of War

# --- National Security Advisers, White House ---

actor Sandy Berger
  names    ساندي بيرغر | ساندي برغر | ساندي بيرجر
  code     USAGOV ..2001-01-20

actor Stephen Hadley
  names    ستيفن هادلي | هادلي
  code     USAGOV 2001-01-20..2009-01-20

actor James L. Jones
  names    جيمس جونز | جيم جونز
  code     USAMIL ..2007-02                    # general; NATO Supreme Allied Commander
  code     USAGOV 2009-01-20..2010-10-08

actor Tom Donilon
  names    توم دونيلون | توماس دونيلون | دونيلون
  code     USAGOV 2009-01-20..2013-07-01

actor Susan Rice
  names    سوزان رايس
  code     USAGOV 2009-01-22..2017-01-20       # UN ambassador, then National Security Adviser
  code     USAGOV 2021-01-20..2023-05-26

actor Michael Flynn
  names    مايكل فلين | مايك فلين | فلين
  code     USASPY 2012-07-24..2014-08-07       # DIA director
  code     USAGOV 2017-01-20..2017-02-13

actor H. R. McMaster
  names    هربرت ماكماستر | إتش آر ماكماستر | هيربرت ريموند ماكماستر | ماكماستر
  code     USAMIL ..2017-02-19
  code     USAGOV 2017-02-20..2018-04-09

actor John Bolton
  names    جون بولتون | بولتون
  code     USAGOV 2001-05-11..2006-12-31       # Under Secretary of State, UN ambassador
  code     USAGOV 2018-04-09..2019-09-10

actor Robert O'Brien
  names    روبرت أوبراين
  code     USAGOV 2018-05..2021-01-20          # hostage envoy, then National Security Adviser

actor Jake Sullivan
  names    جيك سوليفان | جايك سوليفان | سوليفان
  code     USAGOV 2009-01..2014-08
  code     USAGOV 2021-01-20..2025-01-20

actor Mike Waltz
  names    مايك والتز | مايكل والتز | والتز
  code     USALEG 2019-01-03..2025-01-20
  code     USAGOV 2025-01-20..2025-05-01       # National Security Adviser
  code     USAGOV 2025-09-19..                 # UN ambassador

actor Susie Wiles
  names    سوزي وايلز | سوزي وايلس
  code     USAGOV 2025-01-20..                 # White House chief of staff

# --- CIA, DNI, FBI ---

actor George Tenet
  names    جورج تينيت | جورج تنت | تينيت
  code     USASPY ..2004-07-11

actor Porter Goss
  names    بورتر غوس | بورتر جوس
  code     USALEG ..2004-09-23
  code     USASPY 2004-09-24..2006-05-26

actor Michael Hayden
  names    مايكل هايدن | هايدن
  code     USASPY 1999-03..2009-02-12          # NSA director, deputy DNI, CIA director

actor David Petraeus
  names    ديفيد بترايوس | ديفيد بتريوس | دافيد بترايوس | بترايوس | بتريوس
  code     USAMIL ..2011-08-31                 # general; Iraq, CENTCOM, Afghanistan commands
  code     USASPY 2011-09-06..2012-11-09       # CIA director

actor John Brennan
  names    جون برينان | برينان
  code     USAGOV 2009-01-20..2013-03-08       # homeland security adviser
  code     USASPY 2013-03-08..2017-01-20

actor Gina Haspel
  names    جينا هاسبل | هاسبل
  code     USASPY ..2021-01-20

actor William Burns
  names    وليام بيرنز | ويليام بيرنز | بيل بيرنز
  code     USAGOV 1998-08..2014-11-03          # ambassador to Jordan and Russia, Under and Deputy Secretary of State
  code     USASPY 2021-03-19..2025-01-20       # CIA director

actor Nicholas Burns
  names    نيكولاس بيرنز
  code     USAGOV ..2008-03                    # ambassador to NATO, Under Secretary of State
  code     USAGOV 2021-12..2025-01-20          # ambassador to China

actor John Ratcliffe
  names    جون راتكليف | جون راتكليفي | راتكليف
  code     USALEG 2015-01-03..2020-05-22
  code     USASPY 2020-05-26..2021-01-20       # Director of National Intelligence
  code     USASPY 2025-01-23..                 # CIA director

actor John Negroponte
  names    جون نيغروبونتي | جون نغروبونتي | جون نيجروبونتي | نيغروبونتي | نغروبونتي
  code     USAGOV 2001-09-19..2005-04-20       # UN ambassador, ambassador to Iraq
  code     USASPY 2005-04-21..2007-02-13       # Director of National Intelligence
  code     USAGOV 2007-02-13..2009-01-20       # Deputy Secretary of State

actor James Clapper
  names    جيمس كلابر | كلابر
  code     USASPY 2007-04..2017-01-20

actor Dan Coats
  names    دان كوتس | دانيال كوتس
  code     USALEG 2011-01-03..2017-01-03
  code     USASPY 2017-03-16..2019-08-15

actor Avril Haines
  names    أفريل هاينز | أفريل هينز
  code     USASPY 2013-08..2015-01             # CIA deputy director
  code     USAGOV 2015-01..2017-01-20          # deputy National Security Adviser
  code     USASPY 2021-01-21..2025-01-20       # Director of National Intelligence

actor Tulsi Gabbard
  names    تولسي غابارد | تولسي جابارد | تلسي غابارد | غابارد
  code     USALEG 2013-01-03..2021-01-03
  code     USASPY 2025-02-12..

actor Robert Mueller
  names    روبرت مولر | روبرت مولير | مولر
  code     USACOP 2001-09-04..2013-09-04       # FBI director
  code     USAJUD 2017-05-17..2019-05-29       # special counsel

actor James Comey
  names    جيمس كومي | كومي
  code     USAGOV 2003-12..2005-08             # Deputy Attorney General
  code     USACOP 2013-09-04..2017-05-09

actor Christopher Wray
  names    كريستوفر راي | كريستوفر وراي
  code     USACOP 2017-08-02..2025-01-19

actor Kash Patel
  names    كاش باتيل | كاش باتل
  code     USACOP 2025-02-21..

# --- UN ambassadors ---

actor Richard Holbrooke
  names    ريتشارد هولبروك | هولبروك
  code     USAGOV ..2001-01-20
  code     USAGOV 2009-01-22..2010-12-13       # special representative for Afghanistan and Pakistan

actor John Danforth
  names    جون دانفورث
  code     USAGOV 2001-09..2005-01-20          # Sudan envoy, UN ambassador

actor Zalmay Khalilzad
  names    زلماي خليل زاد | زلماي خليلزاد | زلمي خليل زاد | خليل زاد | خليلزاد
  code     USAGOV 2001-05..2009-01-22          # envoy and ambassador to Afghanistan, Iraq, the UN
  code     USAGOV 2018-09-04..2021-10-18       # special representative for Afghanistan reconciliation

actor Samantha Power
  names    سامانثا باور | سامنثا باور | سامانتا باور
  code     USAGOV 2009-01..2017-01-20
  code     USAGOV 2021-05-03..2025-01-20       # USAID administrator

actor Nikki Haley
  names    نيكي هايلي | نيكي هيلي | هايلي
  code     USAGOV 2011-01-12..2018-12-31       # Governor of South Carolina, UN ambassador

actor Kelly Craft
  names    كيلي كرافت | كيلي نايت كرافت
  code     USAGOV 2017-10..2021-01-20

actor Linda Thomas-Greenfield
  names    ليندا توماس غرينفيلد | ليندا توماس جرينفيلد | توماس غرينفيلد
  code     USAGOV 2013-08..2017-03
  code     USAGOV 2021-02-25..2025-01-20

actor Dorothy Shea
  names    دوروثي شيا
  code     USAGOV 2020-03..                    # ambassador to Lebanon, deputy and acting UN ambassador

# --- Middle East envoys, advisers, ambassadors ---

actor Dennis Ross
  names    دينيس روس | دنيس روس
  code     USAGOV ..2001-01-20                 # Middle East coordinator
  code     USAGOV 2009-02..2011-11

actor Anthony Zinni
  names    أنتوني زيني
  code     USAMIL ..2000-07-06                 # CENTCOM commander
  code     USAGOV 2001-11..2003-03             # Middle East envoy
  code     USAGOV 2017-08..2019-01             # Gulf envoy

actor George Mitchell
  names    جورج ميتشل | ميتشل
  code     USAGOV 2000-11..2001-05             # Sharm el-Sheikh fact-finding committee
  code     USAGOV 2009-01-22..2011-05-20       # special envoy for Middle East peace

actor Martin Indyk
  names    مارتن إنديك | إنديك
  code     USAGOV 2000-01..2001-07             # ambassador to Israel
  code     USAGOV 2013-07-29..2014-06-27       # special envoy for Israeli-Palestinian negotiations

actor Jason Greenblatt
  names    جيسون غرينبلات | جيسون جرينبلات | جيسون غرينبلت | غرينبلات | جرينبلات
  code     USAGOV 2017-01-20..2019-10

actor Jared Kushner
  names    جاريد كوشنر | جارد كوشنر | كوشنر
  code     USAGOV 2017-01-20..2021-01-20

actor Avi Berkowitz
  names    آفي بيركوفيتش | آفي بيركويتز | آفي بركوفيتش
  code     USAGOV 2019-10..2021-01-20

actor Brian Hook
  names    براين هوك | بريان هوك
  code     USAGOV 2017-02..2020-08-06          # policy planning director, special representative for Iran

actor Elliott Abrams
  names    إليوت أبرامز | أبرامز
  code     USAGOV 2001-06..2009-01-20
  code     USAGOV 2019-01-25..2021-01-20       # special representative for Venezuela and Iran

actor Robert Malley
  names    روبرت مالي | روب مالي
  code     USAGOV 2014-02..2017-01-20
  code     USAGOV 2021-01-29..2023-06-29       # special envoy for Iran

actor Amos Hochstein
  names    آموس هوكشتاين | آموس هوكستين | آموس هوكشتين | هوكشتاين | هوكستين
  code     USAGOV 2014..2017-01-20
  code     USAGOV 2021-08..2025-01-20

actor Steve Witkoff
  names    ستيف ويتكوف | ستيفن ويتكوف | ويتكوف
  code     USAGOV 2025-01-20..                 # special envoy to the Middle East
  code     USABUS ..2024-11                    # property developer

actor Brett McGurk
  names    بريت ماكغورك | بريت ماكجورك | بريت مكغورك | ماكغورك | ماكجورك
  code     USAGOV 2005..2018-12-31             # NSC, Iraq, envoy to the anti-ISIS coalition
  code     USAGOV 2021-01-20..2025-01-20       # NSC Middle East coordinator

actor James Jeffrey
  names    جيمس جيفري
  code     USAGOV 2007..2012-06                # deputy NSA, ambassador to Turkey and Iraq
  code     USAGOV 2018-08-17..2020-11          # special representative for Syria

actor Jeffrey Feltman
  names    جيفري فيلتمان | جيفري فيلتمن | فيلتمان
  code     USAGOV ..2012-05                    # ambassador to Lebanon 2004-2008, Assistant Secretary of State for the Near East
  code     IGOUNO 2012-07..2018-04             # UN Under-Secretary-General for political affairs
  code     USAGOV 2021-04..2022-01             # special envoy for the Horn of Africa

actor Joel Rayburn
  names    جويل رايبرن | جويل ريبيرن | رايبرن
  code     USAGOV 2018..2021-01-20

actor Tom Barrack
  names    توم باراك | توماس باراك
  code     USABUS ..2025-04
  code     USAGOV 2025-05..                    # ambassador to Turkey, special envoy for Syria

actor Morgan Ortagus
  names    مورغان أورتاغوس | مورغان أورتيغاس | مورجان أورتاجوس | أورتاغوس | أورتاجوس
  code     USAGOV 2019-06..2021-01-20          # State Department spokesperson
  code     USAGOV 2025-01..                    # deputy special envoy to the Middle East

actor Massad Boulos
  names    مسعد بولس
  code     USAGOV 2025-01-20..                 # senior adviser for Arab, Middle East and African affairs

actor Adam Boehler
  names    آدم بوهلر | آدم بولر
  code     USAGOV 2025-01..                    # special envoy for hostage affairs

actor Richard Norland
  names    ريتشارد نورلاند | نورلاند
  code     USAGOV 2019-08..2024                # ambassador and special envoy to Libya

actor Jonathan Winer
  names    جوناثان واينر | جوناثان وينر
  code     USAGOV 2014-07..2017-01-20          # special envoy for Libya

actor Christopher Stevens
  names    كريستوفر ستيفنز | كريس ستيفنز
  code     USAGOV 2011-03..2012-09-11          # envoy, then ambassador to Libya; killed in Benghazi

actor Timothy Lenderking
  names    تيموثي ليندركينغ | تيم ليندركينغ | تيموثي ليندركينج | ليندركينغ | ليندركينج
  code     USAGOV 2017..2025-01                # deputy assistant secretary, special envoy for Yemen

actor Ryan Crocker
  names    رايان كروكر | ريان كروكر | كروكر
  code     USAGOV ..2009-02-13                 # ambassador to Syria, Pakistan, Iraq
  code     USAGOV 2011-07-25..2012-07          # ambassador to Afghanistan

actor Robert Ford
  names    روبرت فورد
  code     USAGOV ..2014-02                    # ambassador to Algeria, then Syria

actor Dan Shapiro
  names    دان شابيرو | دانيال شابيرو
  code     USAGOV 2009-01..2017-01-20          # NSC, ambassador to Israel
  code     USAGOV 2022..2025-01-20

actor David Friedman
  names    ديفيد فريدمان | دافيد فريدمان
  code     USAGOV 2017-05-15..2021-01-20       # ambassador to Israel

actor Thomas Nides
  names    توماس نايدز | توم نايدز | نايدز
  code     USAGOV 2011-01..2013-02
  code     USAGOV 2021-12..2023-07             # ambassador to Israel

actor Jack Lew
  names    جاك لو | جاكوب لو | جاكوب ليو
  code     USAGOV 2010-11..2017-01-20          # budget director, chief of staff, Treasury Secretary
  code     USAGOV 2023-11-05..2025-01-20       # ambassador to Israel

actor Mike Huckabee
  names    مايك هاكابي | هاكابي
  code     USAGOV ..2007-01-09                 # Governor of Arkansas
  code     USAGOV 2025-04..                    # ambassador to Israel

actor Paul Bremer
  names    بول بريمر | بريمر
  code     USAGOV 2003-05-12..2004-06-28       # Coalition Provisional Authority administrator in Iraq

actor Jay Garner
  names    جاي غارنر | جاي جارنر
  code     USAGOV 2003-01..2003-05-12

actor Christopher Hill
  names    كريستوفر هيل | كريستوفر هل
  code     USAGOV 2005-02..2010-08             # Assistant Secretary of State, ambassador to Iraq

actor Victoria Nuland
  names    فيكتوريا نولاند | نولاند
  code     USAGOV 2005-08..2008-05
  code     USAGOV 2011-06..2017-01-20
  code     USAGOV 2021-05-03..2024-03-22

# --- Spokespersons, cabinet ---

actor John Kirby
  names    جون كيربي | كيربي
  code     USAMIL ..2015-05                    # rear admiral, Pentagon press secretary
  code     USAGOV 2015-05..2017-01-20
  code     USAGOV 2021-01-20..2025-01-20

actor Ned Price
  names    نيد برايس
  code     USAGOV 2021-01-20..2025-01-20

actor Matthew Miller
  names    ماثيو ميلر | ماتيو ميلر | ماثيو ميللر | ماثيو ميلير
  code     USAGOV 2023-05..2025-01-20

actor Heather Nauert
  names    هيذر ناورت | هيذر نويرت | هيذر نورت
  code     USAGOV 2017-04..2019-03

actor Tammy Bruce
  names    تامي بروس
  code     USAGOV 2025-01..

actor Jen Psaki
  names    جين ساكي | جين بساكي | جنيفر ساكي | ساكي
  code     USAGOV 2013-02..2015-03
  code     USAGOV 2021-01-20..2022-05-13

actor Karine Jean-Pierre
  names    كارين جان بيير | كارين جان بيار
  code     USAGOV 2021-01-20..2025-01-20

actor Karoline Leavitt
  names    كارولين ليفيت | كارولاين ليفيت | كارولين ليفت | ليفيت
  code     USAGOV 2025-01-20..

actor Sean Spicer
  names    شون سبايسر | سبايسر
  code     USAGOV 2017-01-20..2017-07-21

actor Sarah Huckabee Sanders
  names    سارة ساندرز | سارة هاكابي ساندرز | ساره ساندرز
  code     USAGOV 2017-07-26..2019-07-01
  code     USAGOV 2023-01-10..                 # Governor of Arkansas

actor Kayleigh McEnany
  names    كايلي ماكيناني | كايلي ماكناني
  code     USAGOV 2020-04-07..2021-01-20

actor Henry Paulson
  names    هنري بولسون | هنري بولسن | هنري باولسون
  code     USAGOV 2006-07-10..2009-01-20

actor Timothy Geithner
  names    تيموثي غايتنر | تيموثي جايتنر | تيم غايتنر | غايتنر
  code     USAGOV 2009-01-26..2013-01-25

actor Steven Mnuchin
  names    ستيفن منوتشين | ستيفن منوشين | منوتشين | منوشين
  code     USAGOV 2017-02-13..2021-01-20

actor Janet Yellen
  names    جانيت يلين | جانيت يلن | يلين
  code     USAGOV 2021-01-26..2025-01-20

actor Scott Bessent
  names    سكوت بيسنت | بيسنت
  code     USAGOV 2025-01-28..

actor Howard Lutnick
  names    هوارد لوتنيك | لوتنيك
  code     USAGOV 2025-02-21..

actor Kristi Noem
  names    كريستي نويم | كريستي نوم
  code     USAGOV 2019-01-05..                 # Governor of South Dakota, Secretary of Homeland Security

# --- Congress ---

actor Nancy Pelosi
  names    نانسي بيلوسي | بيلوسي
  code     USALEG
  type     person

actor Mike Johnson
  names    مايك جونسون
  code     USALEG 2017-01-03..

actor Kevin McCarthy
  names    كيفن مكارثي | كيفن ماكارثي | كيفين مكارثي
  code     USALEG 2007-01-03..2023-12-31

actor Paul Ryan
  names    بول رايان | بول راين
  code     USALEG ..2019-01-03

actor John Boehner
  names    جون بينر | جون باينر | جون بوينر
  code     USALEG ..2015-10-31

actor Chuck Schumer
  names    تشاك شومر | تشاك شومير | شومر
  code     USALEG
  type     person

actor Mitch McConnell
  names    ميتش ماكونيل | ميتش مكونيل | ماكونيل
  code     USALEG
  type     person

actor Lindsey Graham
  names    ليندسي غراهام | ليندسي جراهام | ليندسي غراام
  code     USALEG
  type     person

actor John McCain
  names    جون ماكين | ماكين
  code     USALEG ..2018-08-25

actor Bernie Sanders
  names    بيرني ساندرز | ساندرز
  code     USALEG
  type     person

actor Ted Cruz
  names    تيد كروز
  code     USALEG 2013-01-03..

actor Bob Menendez
  names    بوب مينينديز | روبرت مينينديز | بوب منينديز
  code     USALEG 2006-01-18..2024-08-20

actor Ilhan Omar
  names    إلهان عمر
  code     USALEG 2019-01-03..

actor Rashida Tlaib
  names    رشيدة طليب
  code     USALEG 2019-01-03..

# --- Military commanders ---

actor Tommy Franks
  names    تومي فرانكس
  code     USAMIL ..2003-07-07

actor John Abizaid
  names    جون أبي زيد | جون أبيزيد
  code     USAMIL ..2007-03-16
  code     USAGOV 2019-04..2021-01-20          # ambassador to Saudi Arabia

actor William Fallon
  names    ويليام فالون | وليام فالون
  code     USAMIL ..2008-03-28

actor Ricardo Sanchez
  names    ريكاردو سانشيز | ريكاردو سانشيث
  code     USAMIL ..2006-11

actor George Casey
  names    جورج كيسي
  code     USAMIL ..2011-04

actor Raymond Odierno
  names    ريموند أوديرنو | أوديرنو
  code     USAMIL ..2015-08-14

actor Stanley McChrystal
  names    ستانلي ماكريستال | ستانلي ماكرستال | ماكريستال
  code     USAMIL ..2010-08

actor Joseph Votel
  names    جوزيف فوتيل | فوتيل
  code     USAMIL ..2019-03-28

actor Kenneth McKenzie
  names    كينيث ماكنزي | فرانك ماكنزي | كينيث ماكينزي | ماكنزي | ماكينزي
  code     USAMIL ..2022-04-01

actor Michael Kurilla
  names    مايكل كوريلا | مايكل إريك كوريلا | كوريلا
  code     USAMIL ..2025-08-08

actor Brad Cooper
  names    براد كوبر | تشارلز برادفورد كوبر | الأدميرال براد كوبر
  code     USAMIL
  type     person

actor Carter Ham
  names    كارتر هام
  code     USAMIL ..2013-04-05

actor Thomas Waldhauser
  names    توماس والدهاوزر | توماس فالدهاوزر
  code     USAMIL ..2019-07-26

actor Stephen Townsend
  names    ستيفن تاونسند | ستيفن تاونسيند
  code     USAMIL ..2022-08-09

actor Michael Langley
  names    مايكل لانغلي | مايكل لانجلي
  code     USAMIL ..2025-08

actor Richard Myers
  names    ريتشارد مايرز
  code     USAMIL ..2005-09-30

actor Peter Pace
  names    بيتر بيس | بيتر بايس
  code     USAMIL ..2007-10-01

actor Mike Mullen
  names    مايك مولن | مايكل مولن | مايك مالن
  code     USAMIL ..2011-09-30

actor Martin Dempsey
  names    مارتن ديمبسي | ديمبسي
  code     USAMIL ..2015-09-25

actor Joseph Dunford
  names    جوزيف دانفورد | جوزيف دنفورد | دانفورد
  code     USAMIL ..2019-09-30

actor Mark Milley
  names    مارك ميلي | مارك ميللي
  code     USAMIL ..2023-09-30

actor Charles Q. Brown
  names    تشارلز براون | تشارلز كيو براون | سي كيو براون
  code     USAMIL ..2025-02-21

actor Dan Caine
  names    دان كين | جون دان كين | الجنرال دان كين
  code     USAMIL
  type     person

# ======================================================================
# Russia
# ======================================================================

actor Boris Yeltsin
  names    بوريس يلتسين | يلتسين
  code     RUSGOV ..1999-12-31

actor Mikhail Gorbachev
  names    ميخائيل غورباتشوف | ميخائيل جورباتشوف | غورباتشوف | جورباتشوف
  code     RUSELI                              # last Soviet leader
  type     person

actor Vladimir Putin
  names    فلاديمير بوتين | فلاديمير فلاديميروفيتش بوتين | بوتين
  code     RUSSPY 1998-07-25..1999-08-08       # FSB director
  code     RUSGOV 1999-08-09..                 # Prime Minister, President 2000-2008, PM 2008-2012, President 2012-

actor Dmitry Medvedev
  names    دميتري ميدفيديف | ديمتري ميدفيديف | دميتري مدفيديف | ديميتري ميدفيديف | ميدفيديف | مدفيديف
  code     RUSGOV 2000..                       # Kremlin chief of staff, President 2008-2012, PM 2012-2020, Security Council deputy chairman

actor Mikhail Kasyanov
  names    ميخائيل كاسيانوف | كاسيانوف
  code     RUSGOV 1999-05..2004-02-24          # finance minister, Prime Minister 2000-2004
  code     RUSOPP 2005..

actor Mikhail Fradkov
  names    ميخائيل فرادكوف | فرادكوف
  code     RUSGOV 2004-03-05..2007-09-14       # Prime Minister
  code     RUSSPY 2007-10-09..2016-10-05       # SVR director

actor Viktor Zubkov
  names    فيكتور زوبكوف | زوبكوف
  code     RUSGOV 2007-09-14..2012-05-21

actor Mikhail Mishustin
  names    ميخائيل ميشوستين | ميشوستين
  code     RUSGOV 2010-04..                    # head of the tax service, Prime Minister 2020-

actor Igor Ivanov
  names    إيغور إيفانوف | إيجور إيفانوف
  code     RUSGOV ..2007-07-09                 # foreign minister 1998-2004, Security Council secretary

actor Sergey Lavrov
  names    سيرغي لافروف | سيرجي لافروف | سيرغاي لافروف | لافروف
  code     RUSGOV 1994-04..                    # UN ambassador, foreign minister 2004-03-09-

actor Igor Sergeyev
  names    إيغور سيرغييف | إيغور سيرغيف
  code     RUSGOV ..2001-03-28

actor Sergei Ivanov
  names    سيرغي إيفانوف | سيرجي إيفانوف
  code     RUSGOV 1999-11..2016-08-12          # defence minister 2001-2007, deputy PM, Kremlin chief of staff

actor Anatoliy Serdyukov
  names    أناتولي سيرديوكوف | سيرديوكوف
  code     RUSGOV 2004..2012-11-06

actor Sergei Shoigu
  names    سيرغي شويغو | سيرجي شويغو | سيرغي شويجو | شويغو | شويجو
  code     RUSGOV 1994-01..                    # emergencies minister, defence minister 2012-2024, Security Council secretary

actor Andrei Belousov
  names    أندريه بيلوسوف | أندري بيلوسوف | بيلوسوف
  code     RUSGOV 2012-05-21..

actor Dmitry Peskov
  names    دميتري بيسكوف | ديمتري بيسكوف | بيسكوف
  code     RUSGOV 2000..                       # Kremlin spokesman

actor Maria Zakharova
  names    ماريا زاخاروفا | زاخاروفا
  code     RUSGOV 2011..                       # foreign ministry spokeswoman from 2015

actor Mikhail Bogdanov
  names    ميخائيل بوغدانوف | ميخائيل بغدانوف | بوغدانوف
  code     RUSGOV 1997..                       # ambassador to Israel and Egypt, deputy FM, envoy for the Middle East

actor Alexander Lavrentiev
  names    ألكسندر لافرنتييف | ألكسندر لافرينتييف | ألكسندر لافرنتيف | لافرنتييف | لافرينتييف | لافرنتيف
  code     RUSGOV 2017..                       # presidential envoy for Syria

actor Sergey Vershinin
  names    سيرغي فيرشينين | سيرجي فيرشينين | فيرشينين
  code     RUSGOV
  type     person

actor Sergei Ryabkov
  names    سيرغي ريابكوف | سيرجي ريابكوف | ريابكوف
  code     RUSGOV
  type     person

actor Yuri Ushakov
  names    يوري أوشاكوف | أوشاكوف
  code     RUSGOV 1999..

actor Kirill Dmitriev
  names    كيريل دميترييف | كيريل ديميترييف | كيريل دميتريف | دميترييف
  code     RUSGOV 2025-02..                    # presidential envoy for economic cooperation
  code     RUSBUS 2011-06..2025-01             # Russian Direct Investment Fund

actor Alexander Novak
  names    ألكسندر نوفاك | نوفاك
  code     RUSGOV 2008..                       # energy minister 2012-2020, deputy PM 2020-

actor Vitaly Churkin
  names    فيتالي تشوركين | تشوركين
  code     RUSGOV ..2017-02-20                 # UN ambassador

actor Vasily Nebenzya
  names    فاسيلي نيبينزيا | فاسيلي نيبنزيا | نيبينزيا | نيبنزيا
  code     RUSGOV                              # UN ambassador from 2017
  type     person

actor Dmitry Polyanskiy
  names    دميتري بوليانسكي | ديمتري بوليانسكي | بوليانسكي
  code     RUSGOV
  type     person

actor Nikolai Patrushev
  names    نيكولاي باتروشيف | باتروشيف
  code     RUSSPY 1999-08-09..2008-05-12       # FSB director
  code     RUSGOV 2008-05-12..                 # Security Council secretary, presidential aide

actor Alexander Bortnikov
  names    ألكسندر بورتنيكوف | بورتنيكوف
  code     RUSSPY                              # FSB director from 2008
  type     person

actor Sergey Naryshkin
  names    سيرغي ناريشكين | سيرجي ناريشكين | ناريشكين
  code     RUSGOV 2004..2011-12-20
  code     RUSLEG 2011-12-21..2016-10-04       # Duma speaker
  code     RUSSPY 2016-10-05..                 # SVR director

actor Valery Gerasimov
  names    فاليري غيراسيموف | فاليري جيراسيموف | غيراسيموف | جيراسيموف
  code     RUSMIL
  type     person

actor Yuri Baluyevsky
  names    يوري بالويفسكي
  code     RUSMIL ..2008-06

actor Nikolai Makarov
  names    نيكولاي ماكاروف
  code     RUSMIL ..2012-11-09

actor Anatoly Kvashnin
  names    أناتولي كفاشنين
  code     RUSMIL ..2004-07

actor Boris Gryzlov
  names    بوريس غريزلوف | بوريس جريزلوف | غريزلوف
  code     RUSGOV 2001-03..2003-12             # interior minister
  code     RUSLEG 2003-12-29..2011-12-21       # Duma speaker

actor Vyacheslav Volodin
  names    فياتشيسلاف فولودين | فولودين
  code     RUSGOV 2010-10..2016-10-04
  code     RUSLEG 2016-10-05..                 # Duma speaker

actor Valentina Matviyenko
  names    فالنتينا ماتفيينكو | ماتفيينكو
  code     RUSGOV 2003-10..2011-08             # Governor of St Petersburg
  code     RUSLEG 2011-09-21..                 # Federation Council speaker

actor Akhmad Kadyrov
  names    أحمد قديروف
  code     RUSGOV 2000-06..2004-05-09          # head of the Chechen administration

actor Ramzan Kadyrov
  names    رمضان قديروف | قديروف
  code     RUSGOV 2006-03-04..                 # Chechen Prime Minister, then head of Chechnya

actor Alexei Navalny
  names    أليكسي نافالني | ألكسي نافالني | نافالني
  code     RUSOPP ..2024-02-16

# ======================================================================
# China
# ======================================================================

actor Jiang Zemin
  names    جيانغ زيمين | جيانغ تسه مين | جيانغ زي مين | جيانغ زمين
  code     CHNGOV ..2004-09-19

actor Hu Jintao
  names    هو جينتاو | هو جين تاو
  code     CHNGOV 1998-03..2013-03-14

actor Xi Jinping
  names    شي جين بينغ | شي جينبينغ | شي جين بينج | شي جينبينج
  code     CHNGOV 2008-03-15..

actor Zhu Rongji
  names    تشو رونغ جي | تشو رونغجي | جو رونغ جي
  code     CHNGOV ..2003-03-16

actor Wen Jiabao
  names    ون جياباو | وين جياباو | ون جيا باو
  code     CHNGOV ..2013-03-15

actor Li Keqiang
  names    لي كه تشيانغ | لي كيه تشيانغ | لي كتشيانغ | لي كيتشيانغ | لي كه قيانغ
  code     CHNGOV 2008-03-17..2023-03-11

actor Li Qiang
  names    لي تشيانغ | لي تشيانج | لي شيانغ
  code     CHNGOV 2023-03-11..

actor Tang Jiaxuan
  names    تانغ جيا شيوان | تانغ جياشيوان | تانغ جيا شوان
  code     CHNGOV ..2008-03-16

actor Li Zhaoxing
  names    لي تشاو شينغ | لي تشاوشينغ | لي تشاو شينج
  code     CHNGOV ..2007-04-27

actor Yang Jiechi
  names    يانغ جيتشي | يانغ جي تشي | يانغ جيه تشي | يانغ جيشي
  code     CHNGOV ..2023-01

actor Wang Yi
  names    وانغ يي | وانج يي
  code     CHNGOV
  type     person

actor Qin Gang
  names    تشين غانغ | تشين قانغ | تشين جانج | تشين جانغ
  code     CHNGOV ..2023-07-25

actor Chi Haotian
  names    تشي هاو تيان | تشي هاوتيان
  code     CHNGOV ..2003-03-17

actor Cao Gangchuan
  names    تساو قانغ تشوان | تساو جانغ تشوان | تساو غانغ تشوان
  code     CHNGOV 2003-03-17..2008-03-17

actor Liang Guanglie
  names    ليانغ قوانغ ليه | ليانغ غوانغ لي | ليانغ جوانغ لي
  code     CHNGOV 2008-03-17..2013-03-16

actor Chang Wanquan
  names    تشانغ وان تشيوان | تشانغ وانكوان
  code     CHNGOV 2013-03-16..2018-03-19

actor Wei Fenghe
  names    وي فنغ خه | وي فنغهي | وي فنغ هي
  code     CHNGOV 2018-03-19..2023-03-12

actor Li Shangfu
  names    لي شانغ فو | لي شانغفو
  code     CHNGOV 2023-03-12..2023-10-24

actor Dong Jun
  names    دونغ جون | دونج جون
  code     CHNGOV 2023-12-29..

actor Hua Chunying
  names    هوا تشون ينغ | هوا تشونينغ | هوا تشون يينغ
  code     CHNGOV
  type     person

actor Zhao Lijian
  names    تشاو لي جيان | تشاو ليجيان | جاو لي جيان
  code     CHNGOV
  type     person

actor Wang Wenbin
  names    وانغ ون بين | وانغ وين بين | وانغ وينبين
  code     CHNGOV
  type     person

actor Mao Ning
  names    ماو نينغ | ماو نينج
  code     CHNGOV
  type     person

actor Geng Shuang
  names    قنغ شوانغ | غينغ شوانغ | جينغ شوانغ | قنغ شوانج
  code     CHNGOV
  type     person

actor Lin Jian
  names    لين جيان
  code     CHNGOV
  type     person

actor Guo Jiakun
  names    قوه جيا كون | غوو جيا كون | جوه جيا كون
  code     CHNGOV
  type     person

actor Lu Kang
  names    لو كانغ | لو كانج
  code     CHNGOV
  type     person

actor Zhai Jun
  names    تشاي جيون | تشاي جون | جاي جون
  code     CHNGOV                              # special envoy for the Middle East from 2019
  type     person

actor Wu Sike
  names    وو سي كه | وو سيكه
  code     CHNGOV ..2014                       # special envoy for the Middle East 2009-2014

actor Zhang Jun
  names    تشانغ جون | جانغ جون
  code     CHNGOV                              # UN ambassador 2019-2024
  type     person

actor Fu Cong
  names    فو تسونغ | فو تسونج | فو كونغ
  code     CHNGOV                              # UN ambassador from 2024
  type     person

# ======================================================================
# United Kingdom
# ======================================================================

actor Queen Elizabeth II
  names    الملكة إليزابيث الثانية | الملكة إليزابيث | إليزابيث الثانية
  code     GBRGOV ..2022-09-08

actor King Charles III
  names    الملك تشارلز الثالث | الملك تشارلز | تشارلز الثالث | الأمير تشارلز | ولي العهد البريطاني الأمير تشارلز
  code     GBRELI ..2022-09-07                 # Prince of Wales
  code     GBRGOV 2022-09-08..

actor Prince William
  names    الأمير وليام | الأمير ويليام
  code     GBRELI
  type     person

actor Tony Blair
  names    توني بلير | بلير
  code     GBRGOV ..2007-06-27                 # Prime Minister 1997-2007

actor Gordon Brown
  names    غوردون براون | جوردون براون | غوردن براون
  code     GBRGOV ..2010-05-11                 # Chancellor 1997-2007, Prime Minister 2007-2010

actor David Cameron
  names    ديفيد كاميرون
  code     GBROPP 2005-12-06..2010-05-10       # Leader of the Opposition
  code     GBRGOV 2010-05-11..2016-07-13
  code     GBRGOV 2023-11-13..2024-07-05       # Foreign Secretary

actor Theresa May
  names    تيريزا ماي | تيريزا مي | تريزا ماي
  code     GBRGOV 2010-05-12..2019-07-24       # Home Secretary, Prime Minister 2016-2019

actor Boris Johnson
  names    بوريس جونسون
  code     GBRGOV 2008-05-04..2016-05-09       # Mayor of London
  code     GBRGOV 2016-07-13..2018-07-09       # Foreign Secretary
  code     GBRGOV 2019-07-24..2022-09-06       # Prime Minister

actor Liz Truss
  names    ليز تراس | ليز تروس | إليزابيث تراس
  code     GBRGOV 2012-09..2022-10-25          # minister, Foreign Secretary 2021-2022, Prime Minister 2022

actor Rishi Sunak
  names    ريشي سوناك | سوناك
  code     GBRGOV 2018-01..2022-07-05          # minister, Chancellor 2020-2022
  code     GBRGOV 2022-10-25..2024-07-05       # Prime Minister
  code     GBROPP 2024-07-05..2024-11-02

actor Keir Starmer
  names    كير ستارمر | كير ستارمير | ستارمر
  code     GBROPP 2020-04-04..2024-07-04
  code     GBRGOV 2024-07-05..

actor Robin Cook
  names    روبن كوك | روبين كوك
  code     GBRGOV ..2003-03-17

actor Jack Straw
  names    جاك سترو | سترو
  code     GBRGOV ..2010-05-11                 # Home Secretary, Foreign Secretary 2001-2006, Justice

actor Margaret Beckett
  names    مارغريت بيكيت | مارجريت بيكيت
  code     GBRGOV ..2007-06-27

actor David Miliband
  names    ديفيد ميليباند | ديفيد ميلباند
  code     GBRGOV 2005-05..2010-05-11          # Foreign Secretary 2007-2010

actor Ed Miliband
  names    إد ميليباند | إيد ميليباند | إد ميلباند
  code     GBRGOV 2007-06..2010-05-11
  code     GBROPP 2010-09-25..2015-05-08
  code     GBRGOV 2024-07-05..

actor William Hague
  names    وليام هيغ | ويليام هيغ | ويليام هيج | هيغ
  code     GBROPP ..2001-09-13
  code     GBRGOV 2010-05-12..2015-05-08       # Foreign Secretary 2010-2014

actor Philip Hammond
  names    فيليب هاموند
  code     GBRGOV 2010-05-12..2019-07-24       # Defence, Foreign Secretary 2014-2016, Chancellor

actor Jeremy Hunt
  names    جيريمي هانت | جيرمي هانت
  code     GBRGOV 2010-05-12..2019-07-24       # Foreign Secretary 2018-2019
  code     GBRGOV 2022-10-14..2024-07-05       # Chancellor

actor Dominic Raab
  names    دومينيك راب | دومنيك راب
  code     GBRGOV 2018-01..2023-04-21          # Foreign Secretary 2019-2021

actor James Cleverly
  names    جيمس كليفرلي | كليفرلي
  code     GBRGOV 2019-07..2024-07-05          # Foreign Secretary 2022-2023, Home Secretary

actor David Lammy
  names    ديفيد لامي | دافيد لامي | لامي
  code     GBROPP 2021-11..2024-07-04          # shadow Foreign Secretary
  code     GBRGOV 2024-07-05..                 # Foreign Secretary, then Deputy Prime Minister

actor Yvette Cooper
  names    إيفيت كوبر
  code     GBRGOV 2008-01..2010-05-11
  code     GBRGOV 2024-07-05..                 # Home Secretary, Foreign Secretary from 2025-09-05

actor Geoff Hoon
  names    جيف هون | جيوف هون
  code     GBRGOV ..2009-06-05                 # Defence Secretary 1999-2005

actor John Reid
  names    جون ريد
  code     GBRGOV ..2007-06-27                 # Defence Secretary 2005-2006

actor Des Browne
  names    ديس براون | ديزموند براون
  code     GBRGOV 2005-05..2008-10-03

actor John Hutton
  names    جون هاتون
  code     GBRGOV 2005..2009-06-05

actor Bob Ainsworth
  names    بوب أينسوورث | بوب أينسورث
  code     GBRGOV 2009-06-05..2010-05-11

actor Liam Fox
  names    ليام فوكس | لايام فوكس
  code     GBRGOV 2010-05-12..2011-10-14
  code     GBRGOV 2016-07-13..2019-07-24

actor Michael Fallon
  names    مايكل فالون | مايكل فالن
  code     GBRGOV 2012-09..2017-11-01

actor Gavin Williamson
  names    غافين ويليامسون | جافين ويليامسون | غافين وليامسون
  code     GBRGOV 2016-07..2019-05-01
  code     GBRGOV 2019-07-24..2021-09-15

actor Penny Mordaunt
  names    بيني موردونت | بيني موردنت | بيني موردانت
  code     GBRGOV 2014-07..2019-07-24
  code     GBRGOV 2022-09-06..2024-07-05

actor Ben Wallace
  names    بن والاس | بين والاس | والاس
  code     GBRGOV 2016-07..2023-08-31

actor Grant Shapps
  names    غرانت شابس | جرانت شابس | شابس
  code     GBRGOV 2019-07-24..2022-09-06
  code     GBRGOV 2022-10-19..2024-07-05

actor John Healey
  names    جون هيلي
  code     GBRGOV 2024-07-05..

actor Nick Clegg
  names    نيك كليغ | نيك كليج
  code     GBRGOV 2010-05-11..2015-05-08

actor Alistair Burt
  names    أليستير بيرت | أليستر بيرت
  code     GBRGOV 2010-05..2013-10             # Middle East minister
  code     GBRGOV 2017-06..2019-03

actor Hamish Falconer
  names    هاميش فالكونر | هاميش فالكنر
  code     GBRGOV 2024-07-09..                 # Middle East minister

actor John Sawers
  names    جون سوارز | جون ساورز
  code     GBRGOV ..2009-10                    # UN ambassador
  code     GBRSPY 2009-11-01..2014-10-31       # MI6 chief

actor Alex Younger
  names    أليكس يونغر | أليكس يانغر
  code     GBRSPY ..2020-09-30

actor Richard Moore
  names    ريتشارد مور
  code     GBRGOV 2014..2017                   # ambassador to Turkey
  code     GBRSPY 2020-10-01..2025-09-30       # MI6 chief

actor Blaise Metreweli
  names    بليز متريويلي | بليز ميتريويلي
  code     GBRSPY                              # MI6 chief from 2025-10-01
  type     person

actor Jeremy Corbyn
  names    جيريمي كوربين | جيرمي كوربين | كوربين
  code     GBROPP 2015-09-12..2020-04-04

actor Nigel Farage
  names    نايجل فاراج | نايجل فراج | فاراج
  code     GBROPP
  type     person

# ======================================================================
# France
# ======================================================================

actor Jacques Chirac
  names    جاك شيراك | شيراك
  code     FRAGOV ..2007-05-16

actor Nicolas Sarkozy
  names    نيكولا ساركوزي | نيكولاس ساركوزي | ساركوزي
  code     FRAGOV 2002-05-07..2004-11-29       # interior, then finance minister
  code     FRAGOV 2005-06-02..2007-03-26       # interior minister
  code     FRAGOV 2007-05-16..2012-05-15       # President

actor François Hollande
  names    فرانسوا هولاند | فرنسوا هولاند | هولاند
  code     FRAPTY ..2008-11-26                 # Socialist Party first secretary
  code     FRAGOV 2012-05-15..2017-05-14

actor Emmanuel Macron
  names    إيمانويل ماكرون | إمانويل ماكرون | ماكرون
  code     FRAGOV 2012-05..2016-08-30          # Elysee deputy secretary-general, economy minister
  code     FRAGOV 2017-05-14..

actor Lionel Jospin
  names    ليونيل جوسبان | جوسبان
  code     FRAGOV ..2002-05-06

actor Jean-Pierre Raffarin
  names    جان بيار رافاران | جان بيير رافاران | رافاران
  code     FRAGOV 2002-05-06..2005-05-31

actor Dominique de Villepin
  names    دومينيك دو فيلبان | دومينيك دي فيلبان | دومينيك دوفيلبان | دو فيلبان | دوفيلبان
  code     FRAGOV ..2007-05-15                 # Elysee secretary-general, FM 2002-2004, interior, PM 2005-2007

actor François Fillon
  names    فرانسوا فيون | فيون
  code     FRAGOV 2002-05-07..2005-05-31
  code     FRAGOV 2007-05-17..2012-05-15

actor Jean-Marc Ayrault
  names    جان مارك أيرولت | جان مارك أيرو | أيرولت
  code     FRAGOV 2012-05-15..2014-03-31
  code     FRAGOV 2016-02-11..2017-05-17

actor Manuel Valls
  names    مانويل فالس | فالس
  code     FRAGOV 2012-05-16..2016-12-06
  code     FRAGOV 2024-12-23..2025-10

actor Bernard Cazeneuve
  names    برنار كازنوف | برنارد كازنوف | كازنوف
  code     FRAGOV 2012-05-16..2017-05-15

actor Édouard Philippe
  names    إدوار فيليب | إدوارد فيليب
  code     FRAGOV 2017-05-15..2020-07-03

actor Jean Castex
  names    جان كاستكس | جان كاستيكس | كاستكس
  code     FRAGOV 2020-07-03..2022-05-16

actor Élisabeth Borne
  names    إليزابيث بورن
  code     FRAGOV 2017-05-17..2024-01-09
  code     FRAGOV 2024-12-23..2025-10

actor Gabriel Attal
  names    غابرييل أتال | جابرييل أتال | غابريال أتال | أتال
  code     FRAGOV 2018-10-16..2024-09-05

actor Michel Barnier
  names    ميشال بارنييه | ميشيل بارنييه | ميشال بارنيه | بارنييه
  code     FRAGOV 2004-03-31..2005-05-31       # foreign minister
  code     FRAGOV 2007-06..2009-07             # agriculture minister
  code     IGOEUREEC 2010-02-10..2014-10-31    # European Commissioner
  code     IGOEUREEC 2016-10-01..2021-03-31    # EU Brexit negotiator
  code     FRAGOV 2024-09-05..2024-12-13       # Prime Minister

actor François Bayrou
  names    فرانسوا بايرو | بايرو
  code     FRAGOV 2017-05-17..2017-06-21
  code     FRAGOV 2024-12-13..2025-09-09

actor Sébastien Lecornu
  names    سيباستيان لوكورنو | سباستيان لوكورنو | لوكورنو
  code     FRAGOV 2017-06-21..                 # minister, armed forces 2022-2025, Prime Minister 2025-09-09-

actor Hubert Védrine
  names    هوبير فيدرين | هوبرت فيدرين | فيدرين
  code     FRAGOV ..2002-05-06

actor Philippe Douste-Blazy
  names    فيليب دوست بلازي | دوست بلازي
  code     FRAGOV 2004-03..2007-05-15

actor Bernard Kouchner
  names    برنار كوشنير | برنارد كوشنير
  code     IGOUNO ..2001-01                    # head of UNMIK in Kosovo
  code     FRAGOV 2001-02..2002-05-06          # health minister
  code     FRAGOV 2007-05-18..2010-11-13       # foreign minister

actor Michèle Alliot-Marie
  names    ميشال أليو ماري | ميشيل أليو ماري | أليو ماري
  code     FRAGOV 2002-05-07..2011-02-27       # defence, interior, justice, foreign minister

actor Alain Juppé
  names    آلان جوبيه | جوبيه
  code     FRAGOV 2007-05-18..2007-06-19
  code     FRAGOV 2010-11-14..2012-05-15       # defence, then foreign minister

actor Laurent Fabius
  names    لوران فابيوس | فابيوس
  code     FRAGOV 2012-05-16..2016-02-11
  code     FRAJUD 2016-03-08..2025-03-07       # President of the Constitutional Council

actor Jean-Yves Le Drian
  names    جان إيف لودريان | جان إيف لو دريان | لودريان | لو دريان
  code     FRAGOV 2012-05-16..2022-05-20       # defence, then foreign minister
  code     FRAGOV 2023-06-07..                 # presidential envoy for Lebanon

actor Catherine Colonna
  names    كاترين كولونا | كاثرين كولونا | كولونا
  code     FRAGOV 2017..2024-01-11

actor Stéphane Séjourné
  names    ستيفان سيجورنيه | ستيفان سيجورني | سيجورنيه
  code     FRAGOV 2024-01-11..2024-09-21
  code     IGOEUREEC 2024-12-01..

actor Jean-Noël Barrot
  names    جان نويل بارو
  code     FRAGOV 2022-07-04..

actor Alain Richard
  names    آلان ريشار
  code     FRAGOV ..2002-05-07

actor Hervé Morin
  names    إيرفيه موران | هيرفيه موران | هيرفي موران
  code     FRAGOV 2007-05-18..2010-11-14

actor Gérard Longuet
  names    جيرار لونغيه | جيرار لونجيه
  code     FRAGOV 2011-02-27..2012-05-15

actor Sylvie Goulard
  names    سيلفي غولار | سيلفي جولار
  code     FRAGOV 2017-05-17..2017-06-21

actor Florence Parly
  names    فلورانس بارلي | فلورنس بارلي | بارلي
  code     FRAGOV 2017-06-21..2022-05-20

actor Catherine Vautrin
  names    كاترين فوتران | كاثرين فوتران
  code     FRAGOV 2024-01-11..                 # minister; armed forces from 2025-10-12

actor Bruno Le Maire
  names    برونو لومير | برونو لو مير | لومير
  code     FRAGOV 2008-12..2012-05-15
  code     FRAGOV 2017-05-17..2024-09-21

actor Gérald Darmanin
  names    جيرالد دارمانان | جيرالد دارمانين | دارمانان | دارمانين
  code     FRAGOV 2017-05-17..2024-09-21
  code     FRAGOV 2024-12-23..

actor Bruno Retailleau
  names    برونو روتايو | برونو ريتايو | روتايو
  code     FRAGOV 2024-09-21..2025-10-12

actor Marine Le Pen
  names    مارين لوبان | مارين لو بان | لوبان
  code     FRAOPP
  type     person

actor Jean-Marie Le Pen
  names    جان ماري لوبان
  code     FRAOPP ..2011-01-16

actor Jean-Luc Mélenchon
  names    جان لوك ميلانشون | ميلانشون
  code     FRAOPP
  type     person

actor Jordan Bardella
  names    جوردان بارديلا | بارديلا
  code     FRAOPP
  type     person

# ======================================================================
# Germany
# ======================================================================

actor Johannes Rau
  names    يوهانس راو
  code     DEUGOV ..2004-06-30

actor Horst Köhler
  names    هورست كولر | هورست كوهلر | هورست كولير
  code     DEUGOV 2004-07-01..2010-05-31       # Federal President
  code     IGOUNO 2017-08-16..2019-05-22       # UN personal envoy for Western Sahara

actor Christian Wulff
  names    كريستيان فولف | كريستيان وولف
  code     DEUGOV 2003-03..2012-02-17

actor Joachim Gauck
  names    يواخيم غاوك | يواخيم جاوك | غاوك
  code     DEUGOV 2012-03-18..2017-03-18

actor Frank-Walter Steinmeier
  names    فرانك فالتر شتاينماير | فرانك فالتر شتاين ماير | شتاينماير | شتاين ماير
  code     DEUGOV 1999..2009-10-28             # chancellery chief, foreign minister 2005-2009
  code     DEUOPP 2009-10-29..2013-12-16       # SPD parliamentary leader
  code     DEUGOV 2013-12-17..                 # foreign minister, Federal President from 2017-03-19

actor Gerhard Schröder
  names    غيرهارد شرودر | جيرهارد شرودر | غيرهارد شريدر | شرودر
  code     DEUGOV ..2005-11-22

actor Angela Merkel
  names    أنغيلا ميركل | أنجيلا ميركل | أنجيلا ميركيل | أنغيلا ميركيل | ميركل | ميركيل
  code     DEUOPP 2000-04-10..2005-11-21
  code     DEUGOV 2005-11-22..2021-12-08

actor Olaf Scholz
  names    أولاف شولتس | أولاف شولتز | أولاف شولز | شولتس | شولتز
  code     DEUGOV 2007-11-21..2009-10-27       # labour minister
  code     DEUGOV 2011-03-07..2025-05-06       # Mayor of Hamburg, finance minister, Chancellor 2021-2025

actor Friedrich Merz
  names    فريدريش ميرتس | فريدريش ميرز | فريدريك ميرتس | ميرتس | ميرز
  code     DEUGOV 2025-05-06..
  code     DEUOPP 2022-01-31..2025-05-05

actor Joschka Fischer
  names    يوشكا فيشر | يوشكا فيشير
  code     DEUGOV ..2005-11-22

actor Guido Westerwelle
  names    غيدو فيسترفيله | جيدو فيسترفيله | غيدو فسترفيله | فيسترفيله
  code     DEUGOV 2009-10-28..2013-12-17

actor Sigmar Gabriel
  names    زيغمار غابرييل | زيغمار جابرييل | سيغمار غابرييل | زيجمار جابرييل
  code     DEUGOV 2005-11-22..2009-10-28
  code     DEUGOV 2013-12-17..2018-03-14       # economy minister, foreign minister 2017-2018

actor Heiko Maas
  names    هايكو ماس
  code     DEUGOV 2013-12-17..2021-12-08

actor Annalena Baerbock
  names    أنالينا بيربوك | أنالينا بربوك | بيربوك
  code     DEUGOV 2021-12-08..2025-05-06
  code     IGOUNO 2025-09-09..                 # President of the UN General Assembly

actor Johann Wadephul
  names    يوهان فاديفول | يوهان فادفول | فاديفول
  code     DEUGOV 2025-05-06..

actor Rudolf Scharping
  names    رودولف شاربينغ | رودولف شاربينج | شاربينغ
  code     DEUGOV ..2002-07-18

actor Peter Struck
  names    بيتر شتروك | بيتر ستروك
  code     DEUGOV 2002-07-19..2005-11-22

actor Franz Josef Jung
  names    فرانتس يوزف يونغ | فرانز جوزيف يونغ | فرانس يوزيف يونغ
  code     DEUGOV 2005-11-22..2009-11-27

actor Karl-Theodor zu Guttenberg
  names    كارل تيودور تسو غوتنبرغ | كارل تيودور زو غوتنبرغ | تسو غوتنبرغ | تسو جوتنبرج
  code     DEUGOV 2009-02-10..2011-03-03

actor Thomas de Maizière
  names    توماس دي ميزير | توماس دو ميزيير | دي ميزير
  code     DEUGOV 2005-11-22..2018-03-14

actor Annegret Kramp-Karrenbauer
  names    أنغريت كرامب كارنباور | أنيغريت كرامب كارنباور | كرامب كارنباور
  code     DEUGOV 2011-08-10..2018-02-28       # Minister-President of Saarland
  code     DEUGOV 2019-07-17..2021-12-08       # defence minister

actor Christine Lambrecht
  names    كريستينه لامبرشت | كريستين لامبرشت | كريستينا لامبريشت | لامبرشت
  code     DEUGOV 2019-06-27..2023-01-19

actor Boris Pistorius
  names    بوريس بيستوريوس | بوريس بستوريوس | بيستوريوس
  code     DEUGOV 2013-02-19..                 # Lower Saxony interior minister, defence minister from 2023-01-19

actor Nancy Faeser
  names    نانسي فيزر | نانسي فايزر
  code     DEUGOV 2021-12-08..2025-05-06

actor Christian Lindner
  names    كريستيان ليندنر | ليندنر
  code     DEUGOV 2021-12-08..2024-11-07

actor Robert Habeck
  names    روبرت هابيك | روبرت هابك | هابيك
  code     DEUGOV 2021-12-08..2025-05-06

actor Alice Weidel
  names    أليس فايدل | أليس فيدل | فايدل
  code     DEUOPP
  type     person

# ======================================================================
# Italy
# ======================================================================

actor Carlo Azeglio Ciampi
  names    كارلو أتسيليو تشامبي | كارلو تشامبي | تشامبي
  code     ITAGOV ..2006-05-15

actor Giorgio Napolitano
  names    جورجو نابوليتانو | جورجيو نابوليتانو | نابوليتانو
  code     ITAGOV 2006-05-15..2015-01-14

actor Sergio Mattarella
  names    سيرجيو ماتاريلا | سيرجو ماتاريلا | ماتاريلا
  code     ITAGOV ..2001-06-11                 # defence minister
  code     ITAJUD 2011-10-06..2015-01-31       # constitutional judge
  code     ITAGOV 2015-02-03..                 # President of the Republic

actor Giuliano Amato
  names    جوليانو أماتو | أماتو
  code     ITAGOV 2000-04-26..2001-06-11
  code     ITAGOV 2006-05-17..2008-05-08

actor Silvio Berlusconi
  names    سيلفيو برلسكوني | سيلفيو بيرلسكوني | برلسكوني | بيرلسكوني
  code     ITAGOV 2001-06-11..2006-05-17
  code     ITAGOV 2008-05-08..2011-11-16

actor Massimo D'Alema
  names    ماسيمو داليما | ماسيمو دالما | داليما
  code     ITAGOV ..2000-04-26
  code     ITAGOV 2006-05-17..2008-05-08

actor Mario Monti
  names    ماريو مونتي
  code     IGOEUREEC ..2004-11-21              # European Commissioner
  code     ITAGOV 2011-11-16..2013-04-28

actor Enrico Letta
  names    إنريكو ليتا | ليتا
  code     ITAGOV 2013-04-28..2014-02-22

actor Matteo Renzi
  names    ماتيو رينزي | ماتيو رنزي | رينزي | ماتيو رينتسي | رينتسي
  code     ITAGOV 2014-02-22..2016-12-12

actor Paolo Gentiloni
  names    باولو جينتيلوني | باولو جنتيلوني | جينتيلوني | جنتيلوني
  code     ITAGOV 2014-10-31..2018-06-01       # foreign minister, Prime Minister 2016-2018
  code     IGOEUREEC 2019-12-01..2024-11-30    # European Commissioner

actor Giuseppe Conte
  names    جوزيبي كونتي | جوزيب كونتي
  code     ITAGOV 2018-06-01..2021-02-13
  code     ITAOPP 2021-08..

actor Mario Draghi
  names    ماريو دراغي | ماريو دراجي | دراغي | دراجي
  code     IGOEUREEC 2011-11-01..2019-10-31    # President of the European Central Bank
  code     ITAGOV 2021-02-13..2022-10-22

actor Giorgia Meloni
  names    جورجيا ميلوني | جيورجيا ميلوني | ميلوني
  code     ITAGOV 2008-05-08..2011-11-16       # youth minister
  code     ITAOPP 2012-12..2022-10-21
  code     ITAGOV 2022-10-22..

actor Lamberto Dini
  names    لامبرتو ديني
  code     ITAGOV ..2001-06-11

actor Renato Ruggiero
  names    ريناتو روجيرو | ريناتو روجييرو
  code     ITAGOV 2001-06-11..2002-01-06

actor Franco Frattini
  names    فرانكو فراتيني | فراتيني
  code     ITAGOV 2001-06-11..2004-11-18
  code     IGOEUREEC 2004-11-22..2008-05-07    # European Commissioner
  code     ITAGOV 2008-05-08..2011-11-16

actor Gianfranco Fini
  names    جانفرانكو فيني | جيانفرانكو فيني
  code     ITAGOV 2001-06-11..2006-05-17
  code     ITALEG 2008-04-30..2013-03-14

actor Giulio Terzi
  names    جوليو تيرزي | جوليو تيرسي | جوليو ترتسي
  code     ITAGOV 2011-11-16..2013-03-26

actor Emma Bonino
  names    إيما بونينو | بونينو
  code     ITAGOV 2006-05-17..2008-05-08
  code     ITAGOV 2013-04-28..2014-02-22

actor Angelino Alfano
  names    أنجلينو ألفانو | أنجيلينو ألفانو | ألفانو
  code     ITAGOV 2008-05-08..2011-07-27
  code     ITAGOV 2013-04-28..2018-06-01       # interior, then foreign minister 2016-2018

actor Enzo Moavero Milanesi
  names    إنزو موافيرو ميلانيزي | إنزو موافيرو | موافيرو ميلانيزي | موافيرو
  code     ITAGOV 2011-11-16..2014-02-22
  code     ITAGOV 2018-06-01..2019-09-05

actor Luigi Di Maio
  names    لويجي دي مايو | لويجو دي مايو | دي مايو
  code     ITAGOV 2018-06-01..2022-10-22       # deputy PM, foreign minister 2019-2022
  code     IGOEUREEC 2023-06-01..              # EU special representative for the Gulf

actor Antonio Tajani
  names    أنطونيو تاياني | تاياني
  code     IGOEUREEC 2008-05-08..2014-11-01    # European Commissioner
  code     IGOEUREEC 2017-01-17..2019-07-02    # President of the European Parliament
  code     ITAGOV 2022-10-22..

actor Antonio Martino
  names    أنطونيو مارتينو
  code     ITAGOV 2001-06-11..2006-05-17

actor Arturo Parisi
  names    أرتورو باريزي | أرتورو باريسي
  code     ITAGOV 2006-05-17..2008-05-08

actor Ignazio La Russa
  names    إيناتسيو لا روسا | إيغناتسيو لا روسا | إينياتسيو لاروسا | لا روسا
  code     ITAGOV 2008-05-08..2011-11-16
  code     ITALEG 2022-10-13..                 # President of the Senate

actor Giampaolo Di Paola
  names    جامباولو دي باولا | جيامباولو دي باولا
  code     ITAMIL ..2011-11-15
  code     ITAGOV 2011-11-16..2013-04-28

actor Mario Mauro
  names    ماريو ماورو
  code     ITAGOV 2013-04-28..2014-02-22

actor Roberta Pinotti
  names    روبرتا بينوتي | بينوتي
  code     ITAGOV 2014-02-22..2018-06-01

actor Elisabetta Trenta
  names    إليزابيتا ترينتا | ترينتا
  code     ITAGOV 2018-06-01..2019-09-05

actor Lorenzo Guerini
  names    لورينزو غويريني | لورنزو غويريني | لورينزو جويريني | غويريني
  code     ITAGOV 2019-09-05..2022-10-22

actor Guido Crosetto
  names    غيدو كروزيتو | جويدو كروسيتو | غويدو كروسيتو | كروزيتو | كروسيتو
  code     ITAGOV 2022-10-22..

actor Marco Minniti
  names    ماركو مينيتي | مينيتي
  code     ITAGOV 2013-05..2018-06-01          # under-secretary for intelligence, interior minister 2016-2018

actor Matteo Salvini
  names    ماتيو سالفيني | سالفيني
  code     ITAGOV 2018-06-01..2019-09-05
  code     ITAGOV 2022-10-22..

actor Luciana Lamorgese
  names    لوتشانا لامورجيزي | لوتشيانا لامورغيزي | لوتشيانا لامورجيزي | لامورجيزي | لامورغيزي
  code     ITAGOV 2019-09-05..2022-10-22

actor Matteo Piantedosi
  names    ماتيو بيانتيدوزي | ماتيو بيانتيدوسي | بيانتيدوزي
  code     ITAGOV 2022-10-22..

# ======================================================================
# Turkey
# ======================================================================

actor Ahmet Necdet Sezer
  names    أحمد نجدت سيزر | نجدت سيزر | أحمد نجدت سزر
  code     TURJUD ..2000-05-15                 # President of the Constitutional Court
  code     TURGOV 2000-05-16..2007-08-28

actor Bülent Ecevit
  names    بولنت أجاويد | بولنت أجويد | بولنت إجفيت | أجاويد
  code     TURGOV ..2002-11-18

actor Abdullah Gül
  names    عبد الله غول | عبدالله غول | عبد الله جول | عبدالله جول
  code     TURGOV 2002-11-18..2014-08-28       # Prime Minister, foreign minister 2003-2007, President 2007-2014

actor Recep Tayyip Erdoğan
  names    رجب طيب أردوغان | أردوغان رجب طيب | طيب أردوغان | رجب أردوغان | أردوغان | رجب طيب أردوجان | أردوجان
  code     TURPTY 2001-08-14..2003-03-13       # AKP leader
  code     TURGOV 2003-03-14..                 # Prime Minister, President from 2014-08-28

actor Ahmet Davutoğlu
  names    أحمد داود أوغلو | أحمد داوود أوغلو | داود أوغلو | داوود أوغلو
  code     TURGOV 2003..2016-05-24             # chief adviser, foreign minister 2009-2014, Prime Minister 2014-2016
  code     TUROPP 2019-12-13..                 # Future Party leader

actor Binali Yıldırım
  names    بن علي يلدريم | بنعلي يلدريم | بن علي يلديريم | يلدريم
  code     TURGOV 2002-11-18..2013-12-25       # transport minister
  code     TURGOV 2015-11-24..2018-07-09       # transport minister, Prime Minister 2016-2018
  code     TURLEG 2018-07-18..2019-02-18       # Speaker of parliament

actor Fuat Oktay
  names    فؤاد أوقطاي | فؤاد أقطاي | فؤاد أوكتاي | أوقطاي
  code     TURGOV 2018-07-09..2023-06-03       # Vice-President

actor Cevdet Yılmaz
  names    جودت يلماز | جودت يلمز
  code     TURGOV 2013-12-25..2016-05-24
  code     TURGOV 2023-06-04..                 # Vice-President

actor İsmail Cem
  names    إسماعيل جم | اسماعيل جيم
  code     TURGOV ..2002-07-11

actor Şükrü Sina Gürel
  names    شكري سينا غورال | شكري سينا غوريل | شكري سينا جوريل
  code     TURGOV ..2002-11-18

actor Yaşar Yakış
  names    ياشار ياكيش | يشار ياكيش | ياكيش
  code     TURGOV 2002-11-18..2003-03-14

actor Ali Babacan
  names    علي باباجان | باباجان
  code     TURGOV 2002-11-18..2015-11-24       # economy minister, foreign minister 2007-2009, deputy PM
  code     TUROPP 2020-03-09..                 # DEVA party leader

actor Mevlüt Çavuşoğlu
  names    مولود جاويش أوغلو | مولود تشاووش أوغلو | مولود تشاويش أوغلو | مولود جاووش أوغلو | جاويش أوغلو | تشاووش أوغلو | تشاويش أوغلو | جاووش أوغلو
  code     TURGOV 2013-12-25..2015-08-28       # EU minister, foreign minister from 2014-08-29
  code     TURGOV 2015-11-24..2023-06-03

actor Feridun Sinirlioğlu
  names    فريدون سينيرلي أوغلو | سينيرلي أوغلو
  code     TURGOV 2009..2018                   # MFA under-secretary, foreign minister 2015, UN ambassador

actor Hakan Fidan
  names    هاكان فيدان | فيدان
  code     TURGOV 2003..2010-05-26             # TIKA head, prime ministry deputy under-secretary
  code     TURSPY 2010-05-27..2023-06-03       # head of MIT
  code     TURGOV 2023-06-04..                 # foreign minister

actor Sabahattin Çakmakoğlu
  names    صباح الدين تشاكماك أوغلو | صباح الدين جاكماك أوغلو
  code     TURGOV ..2002-11-18

actor Vecdi Gönül
  names    وجدي غونول | وجدي جونول | وجدي غونل
  code     TURGOV 2002-11-18..2011-07-06
  code     TURGOV 2015-08-28..2015-11-24

actor İsmet Yılmaz
  names    عصمت يلماز | عصمت يلمز
  code     TURGOV 2011-07-06..2015-08-28
  code     TURGOV 2015-11-24..2017-07-19

actor Fikri Işık
  names    فكري إشيق | فكري إيشيك
  code     TURGOV 2013-12-25..2017-07-19

actor Nurettin Canikli
  names    نور الدين جانيكلي | نور الدين جانكلي | نورالدين جانيكلي
  code     TURGOV 2016-05-24..2018-07-10

actor Hulusi Akar
  names    خلوصي أكار | أكار
  code     TURMIL ..2018-07-09                 # Chief of the General Staff 2015-2018
  code     TURGOV 2018-07-10..2023-06-03       # defence minister

actor Yaşar Güler
  names    يشار غولر | ياشار غولر | يشار جولر | ياشار جولر | غولر
  code     TURMIL ..2023-06-03                 # Chief of the General Staff 2018-2023
  code     TURGOV 2023-06-04..                 # defence minister

actor İbrahim Kalın
  names    إبراهيم قالن | إبراهيم كالن | إبراهيم كالين | قالن | كالن
  code     TURGOV 2009..2023-06-04             # chief adviser, presidential spokesman 2014-2023
  code     TURSPY 2023-06-05..                 # head of MIT

actor Kemal Kılıçdaroğlu
  names    كمال كليتشدار أوغلو | كمال قليجدار أوغلو | كمال كيليتشدار أوغلو | كليتشدار أوغلو | قليجدار أوغلو | كيليتشدار أوغلو
  code     TUROPP 2010-05-22..2023-11-05

actor Özgür Özel
  names    أوزغور أوزيل | أوزغور أوزال | أوزغور أوزل
  code     TUROPP 2023-11-05..

actor Devlet Bahçeli
  names    دولت بهجلي | دولت باهتشلي | دولت بهتشلي | دولت باهجلي | بهجلي | باهتشلي | بهتشلي
  code     TURGOV ..2002-11-18                 # deputy Prime Minister
  code     TURPTY 2002-11-19..                 # MHP leader

actor Ekrem İmamoğlu
  names    أكرم إمام أوغلو | إمام أوغلو
  code     TUROPP 2019-04-17..                 # CHP mayor of Istanbul

actor Süleyman Soylu
  names    سليمان صويلو | صويلو
  code     TURGOV 2015-11-24..2023-06-03

actor Ali Yerlikaya
  names    علي يرلي كايا | علي يرليكايا | يرليكايا
  code     TURGOV 2023-06-04..                 # interior minister

actor Numan Kurtulmuş
  names    نعمان كورتولموش | نعمان قورتولموش | كورتولموش
  code     TURGOV 2014-08-29..2018-07-09
  code     TURLEG 2023-06-07..                 # Speaker of parliament

actor Mustafa Şentop
  names    مصطفى شنطوب | مصطفى شنتوب | مصطفى شانتوب
  code     TURLEG 2019-02-24..2023-06-02

actor Berat Albayrak
  names    برات ألبيرق | براءت ألبيرق
  code     TURGOV 2015-11-24..2020-11-08

actor Mehmet Şimşek
  names    محمد شيمشك | محمد شيمشيك | شيمشك
  code     TURGOV 2007-06..2018-07-09
  code     TURGOV 2023-06-04..

actor Fahrettin Altun
  names    فخر الدين ألطون | فخر الدين التون | فخرالدين ألطون | ألطون
  code     TURGOV 2018-07-25..2025-07-10       # presidential communications director

actor Ömer Çelik
  names    عمر جليك | عمر تشيليك | عمر شيليك
  code     TURGOV 2013-01-24..2018-07-09
  code     TURPTY 2018-07-10..                 # AKP spokesman

actor Fethullah Gülen
  names    فتح الله غولن | فتح الله كولن | فتح الله جولن | غولن
  code     TUROPP ..2024-10-20

actor Abdullah Öcalan
  names    عبد الله أوجلان | عبدالله أوجلان | أوجلان
  code     TURREB                              # PKK founder, imprisoned since 1999
  type     person

actor Murat Karayılan
  names    مراد قره يلان | مراد قرايلان | قره يلان | قرايلان
  code     TURREB
  type     person

actor Cemil Bayık
  names    جميل بايك
  code     TURREB
  type     person

actor Selahattin Demirtaş
  names    صلاح الدين دميرتاش | صلاح الدين دميرطاش | دميرتاش
  code     TUROPP 2014-06..

actor Hüseyin Kıvrıkoğlu
  names    حسين كفرك أوغلو | حسين قيفريق أوغلو
  code     TURMIL ..2002-08-30

actor Hilmi Özkök
  names    حلمي أوزكوك | حلمي أوزكك
  code     TURMIL ..2006-08-28

actor Yaşar Büyükanıt
  names    يشار بويوك أنيط | ياشار بيوك أنيت | يشار بيوك أنيط
  code     TURMIL ..2008-08-28

actor İlker Başbuğ
  names    إلكر باشبوغ | إيلكر باشبوغ
  code     TURMIL ..2010-08-30

actor Işık Koşaner
  names    إشيق كوشانر | إيشيك كوشانير
  code     TURMIL ..2011-07-29

actor Necdet Özel
  names    نجدت أوزيل | نجدت أوزال | نجدت أوزل
  code     TURMIL ..2015-08-18

actor Metin Gürak
  names    متين غوراك | متين جوراك
  code     TURMIL ..2025-08

actor Selçuk Bayraktaroğlu
  names    سلجوق بيرقدار أوغلو | سلجوق بايراقدار أوغلو
  code     TURMIL                              # Chief of the General Staff from 2025-08
  type     person

# ======================================================================
# Israel
# ======================================================================

actor Ezer Weizman
  names    عيزر وايزمان | عازر وايزمان
  code     ISRGOV ..2000-07-13

actor Moshe Katsav
  names    موشيه كتساف | موشيه قصاب | موشي كتساف | كتساف
  code     ISRGOV 2000-08-01..2007-07-01       # President

actor Shimon Peres
  names    شمعون بيريز | شيمون بيريز | شمعون بيريس | بيريز
  code     ISRGOV 1999-07-06..2002-11-02       # minister, foreign minister 2001-2002
  code     ISROPP 2003-06..2005-01-09          # Labour leader, Leader of the Opposition
  code     ISRGOV 2005-01-10..2014-07-24       # vice-PM, President 2007-2014

actor Reuven Rivlin
  names    رؤوفين ريفلين | روفين ريفلين | رؤوبين ريفلين | رؤوفين ريفلن | ريفلين
  code     ISRGOV 2001-03..2003-02             # communications minister
  code     ISRLEG 2003-02-28..2006-04-17       # Knesset speaker
  code     ISRLEG 2009-03-30..2013-03-18
  code     ISRGOV 2014-07-24..2021-07-07       # President

actor Isaac Herzog
  names    يتسحاق هرتسوغ | إسحاق هرتسوغ | يتسحاق هرتسوج | إسحق هرتسوغ | يتسحاك هرتسوغ | هرتسوغ | هرتسوج
  code     ISRGOV 2005-01..2011-01-17          # minister
  code     ISROPP 2013-11-22..2018-08          # Labour leader, Leader of the Opposition
  code     ISRGOV 2021-07-07..                 # President

actor Ehud Barak
  names    إيهود باراك
  code     ISRGOV ..2001-03-07                 # Prime Minister 1999-2001
  code     ISRGOV 2007-06-18..2013-03-18       # defence minister

actor Ariel Sharon
  names    أرئيل شارون | أريئيل شارون | أريل شارون | شارون
  code     ISROPP 1999-09..2001-03-06          # Likud leader
  code     ISRGOV 2001-03-07..2006-04-14       # Prime Minister (incapacitated 2006-01-04)

actor Ehud Olmert
  names    إيهود أولمرت | أولمرت
  code     ISRGOV ..2009-03-31                 # Mayor of Jerusalem, minister, Prime Minister 2006-2009

actor Benjamin Netanyahu
  names    بنيامين نتنياهو | بنيامين نتانياهو | بنيامين نتن ياهو | بيبي نتنياهو | نتنياهو | نتانياهو | نتن ياهو
  code     ISRGOV 1996-06-18..1999-07-06       # Prime Minister (first term)
  code     ISRGOV 2002-11-06..2005-08-09       # foreign, then finance minister
  code     ISROPP 2006-05-04..2009-03-30       # Leader of the Opposition
  code     ISRGOV 2009-03-31..2021-06-13       # Prime Minister
  code     ISROPP 2021-06-14..2022-12-28       # Leader of the Opposition
  code     ISRGOV 2022-12-29..                 # Prime Minister

actor Naftali Bennett
  names    نفتالي بينيت | نفتالي بينت | بينيت
  code     ISRGOV 2013-03-18..2019-06-02       # economy, education minister
  code     ISRGOV 2019-11-12..2020-05-17       # defence minister
  code     ISRGOV 2021-06-13..2022-12-29       # Prime Minister, then alternate PM

actor Yair Lapid
  names    يائير لابيد | يئير لابيد | يائير لبيد | يائيير لابيد | لابيد
  code     ISRGOV 2013-03-18..2014-12-02       # finance minister
  code     ISROPP 2020-05-17..2021-06-12
  code     ISRGOV 2021-06-13..2022-12-29       # foreign minister, Prime Minister 2022
  code     ISROPP 2022-12-30..

actor Benny Gantz
  names    بيني غانتس | بيني جانتس | بني غانتس | بيني غانتز | غانتس | جانتس
  code     ISRMIL ..2015-02-16                 # Chief of the General Staff 2011-2015
  code     ISRGOV 2020-05-17..2022-12-29       # defence minister, alternate PM
  code     ISROPP 2022-12-30..2023-10-10
  code     ISRGOV 2023-10-11..2024-06-09       # war cabinet minister
  code     ISROPP 2024-06-10..

actor Yoav Gallant
  names    يوآف غالانت | يوآف جالانت | غالانت | جالانت
  code     ISRMIL ..2010-11                    # general, Southern Command
  code     ISRGOV 2015-05-14..2021-06-13
  code     ISRGOV 2022-12-29..2024-11-05       # defence minister

actor Israel Katz
  names    يسرائيل كاتس | يسرائيل كاتز | إسرائيل كاتس | إسرائيل كاتز | كاتس
  code     ISRGOV 2009-03-31..2021-06-13
  code     ISRGOV 2022-12-29..                 # foreign minister 2024, defence minister from 2024-11

actor Gideon Sa'ar
  names    جدعون ساعر | غدعون ساعر | جدعون ساعار | ساعر
  code     ISRGOV 2009-03-31..2014-11-05
  code     ISRGOV 2021-06-13..2022-12-29       # justice minister
  code     ISRGOV 2024-09-29..                 # foreign minister from 2024-11-05

actor Avigdor Lieberman
  names    أفيغدور ليبرمان | أفيجدور ليبرمان | ليبرمان
  code     ISRGOV 2001-03..2002-03
  code     ISRGOV 2003-02..2004-06
  code     ISRGOV 2006-10-30..2008-01-18
  code     ISRGOV 2009-03-31..2012-12-18       # foreign minister
  code     ISRGOV 2013-11-11..2015-05-14       # foreign minister
  code     ISRGOV 2016-05-30..2018-11-18       # defence minister
  code     ISRGOV 2021-06-13..2022-12-29       # finance minister
  code     ISROPP 2022-12-30..

actor Tzipi Livni
  names    تسيبي ليفني | تسيفي ليفني | ليفني
  code     ISRGOV 2001-03..2009-03-31          # minister, foreign minister 2006-2009
  code     ISROPP 2009-03-31..2012-05-01       # Leader of the Opposition
  code     ISRGOV 2013-03-18..2014-12-02       # justice minister

actor Shaul Mofaz
  names    شاؤول موفاز | شاؤول موفاس | موفاز
  code     ISRMIL ..2002-07-09                 # Chief of the General Staff
  code     ISRGOV 2002-11-04..2009-03-31       # defence, then transport minister
  code     ISRGOV 2012-05-09..2012-07-17

actor Binyamin Ben-Eliezer
  names    بنيامين بن أليعازر | فؤاد بن أليعازر | بن أليعازر
  code     ISRGOV 1999-07-06..2002-11-02       # defence minister 2001-2002
  code     ISRGOV 2005-01..2011-01

actor Amir Peretz
  names    عمير بيرتس | عامير بيرتس | عمير بيريتس | عمير بيرتز
  code     ISRGOV 2006-05-04..2007-06-18       # defence minister
  code     ISRGOV 2013-03-18..2014-11
  code     ISRGOV 2020-05-17..2021-06-13

actor Moshe Ya'alon
  names    موشيه يعلون | موشي يعلون | بوغي يعلون | يعلون
  code     ISRMIL ..2005-06-01                 # Chief of the General Staff 2002-2005
  code     ISRGOV 2009-03-31..2016-05-20       # minister, defence minister 2013-2016

actor Dan Halutz
  names    دان حالوتس | حالوتس
  code     ISRMIL ..2007-02-14

actor Gabi Ashkenazi
  names    غابي أشكنازي | جابي أشكنازي | أشكنازي
  code     ISRMIL ..2011-02-14
  code     ISRGOV 2020-05-17..2021-06-13       # foreign minister

actor Gadi Eisenkot
  names    غادي آيزنكوت | جادي آيزنكوت | غادي أيزنكوط | آيزنكوت
  code     ISRMIL ..2019-01-15
  code     ISRGOV 2023-10-11..2024-06-09       # war cabinet observer

actor Aviv Kochavi
  names    أفيف كوخافي | كوخافي
  code     ISRMIL ..2023-01-16

actor Herzi Halevi
  names    هرتسي هاليفي | هرتسل هاليفي | هيرتسي هاليفي | هرتسي هليفي | هاليفي
  code     ISRMIL ..2025-03-05

actor Eyal Zamir
  names    إيال زامير | زامير
  code     ISRMIL ..2021-06
  code     ISRGOV 2023-01..2025-03-04          # defence ministry director-general
  code     ISRMIL 2025-03-05..                 # Chief of the General Staff

actor Avichay Adraee
  names    أفيخاي أدرعي | أفيحاي أدرعي | أدرعي
  code     ISRMIL 2005..                       # IDF Arabic-language spokesman

actor Daniel Hagari
  names    دانيال هاغاري | دانيال هجاري | هاغاري | هجاري
  code     ISRMIL
  type     person

actor Effie Defrin
  names    إيفي دفرين | إيفي ديفرين | دفرين
  code     ISRMIL
  type     person

actor Yoav Mordechai
  names    يوآف مردخاي
  code     ISRMIL ..2018-05                    # COGAT

actor Yair Golan
  names    يائير غولان | يائير جولان | يئير غولان
  code     ISRMIL ..2018
  code     ISROPP 2024-05..                    # Democrats leader

actor Efraim Halevy
  names    أفرايم هاليفي | أفرايم هليفي
  code     ISRSPY ..2002-09                    # Mossad director

actor Meir Dagan
  names    مائير داغان | مئير داغان | داغان
  code     ISRSPY 2002-09..2011-01

actor Tamir Pardo
  names    تامير باردو | تامير بردو
  code     ISRSPY ..2016-01

actor Yossi Cohen
  names    يوسي كوهين | يوسي كوهن
  code     ISRSPY ..2013-08
  code     ISRGOV 2013-08..2015-12             # National Security Council head
  code     ISRSPY 2016-01..2021-06-01          # Mossad director

actor David Barnea
  names    ديفيد برنياع | دافيد برنياع | دادي برنياع | ديفيد بارنيا | برنياع
  code     ISRSPY
  type     person

actor Avi Dichter
  names    آفي ديختر | آفي ديختير | ديختر
  code     ISRSPY ..2005-05                    # Shin Bet director
  code     ISRGOV 2006-05-04..2009-03-31
  code     ISRGOV 2022-12-29..

actor Yuval Diskin
  names    يوفال ديسكين | ديسكين
  code     ISRSPY ..2011-05

actor Yoram Cohen
  names    يورام كوهين | يورام كوهن
  code     ISRSPY ..2016-05

actor Nadav Argaman
  names    نداف أرغمان | ناداف أرغمان | نداف أرجمان | أرغمان
  code     ISRSPY ..2021-10-13

actor Ronen Bar
  names    رونين بار
  code     ISRSPY ..2025-06-15

actor David Zini
  names    دافيد زيني | ديفيد زيني
  code     ISRSPY 2025-10..                    # Shin Bet director

actor Tzachi Hanegbi
  names    تساحي هنغبي | تساحي هانغبي | تساحي هنجبي | هنغبي
  code     ISRGOV 2023-01..2025-10-21          # National Security Council head

actor Ron Dermer
  names    رون ديرمر | رون درمر | ديرمر
  code     ISRGOV 2013-12..2021-01             # ambassador to the United States
  code     ISRGOV 2022-12-29..2025-11          # strategic affairs minister

actor Itamar Ben-Gvir
  names    إيتمار بن غفير | إيتمار بن جفير | بن غفير | بن جفير
  code     ISRGOV 2022-12-29..2025-01-19       # national security minister
  code     ISRGOV 2025-03-19..

actor Bezalel Smotrich
  names    بتسلئيل سموتريتش | بتسلإيل سموتريتش | بتسلئيل سموتريش | سموتريتش | سموتريش
  code     ISRGOV 2019-06-17..2020-05-17
  code     ISRGOV 2022-12-29..                 # finance minister

actor Yariv Levin
  names    ياريف ليفين | ياريف لفين
  code     ISRGOV 2015-05-14..2020-05-17
  code     ISRLEG 2020-05-17..2021-06-13       # Knesset speaker
  code     ISRGOV 2022-12-29..                 # justice minister

actor Amir Ohana
  names    أمير أوحانا | أوحانا
  code     ISRGOV 2019-06..2021-06-13
  code     ISRLEG 2022-12-29..                 # Knesset speaker

actor Yuli Edelstein
  names    يولي إدلشتاين | يولي إدلشتين | إدلشتاين
  code     ISRLEG 2013-03-18..2020-03-25       # Knesset speaker
  code     ISRGOV 2020-05-17..2021-06-13

actor Danny Danon
  names    داني دانون | داني دنون | دانون
  code     ISRGOV 2015-10..2020-08             # UN ambassador
  code     ISRGOV 2024-08..

actor Gilad Erdan
  names    جلعاد إردان | غلعاد أردان | إردان
  code     ISRGOV 2009-03-31..2024-08          # minister, UN ambassador 2020-2024

actor Ofir Gendelman
  names    أوفير جندلمان | أوفير غندلمان | أوفير جيندلمان | جندلمان
  code     ISRGOV                              # Prime Minister's Arabic-language spokesman
  type     person

actor Miri Regev
  names    ميري ريغيف | ميري ريجيف | ميري ريغف | ريغيف
  code     ISRGOV 2015-05-14..2021-06-13
  code     ISRGOV 2022-12-29..

actor Eli Cohen
  names    إيلي كوهين | إيلي كوهن
  code     ISRGOV 2015-05-14..2021-06-13
  code     ISRGOV 2022-12-29..                 # foreign minister 2023, then energy minister

actor Ayelet Shaked
  names    أييليت شاكيد | أيليت شاكيد | اييلت شاكيد | شاكيد
  code     ISRGOV 2015-05-14..2019-06-02
  code     ISRGOV 2021-06-13..2022-12-29

actor Silvan Shalom
  names    سيلفان شالوم | سلفان شالوم
  code     ISRGOV 2001-03..2006-01-16          # finance, then foreign minister 2003-2006
  code     ISRGOV 2009-03-31..2015-12-20

actor David Levy
  names    دافيد ليفي | ديفيد ليفي
  code     ISRGOV ..2000-08-04

actor Shlomo Ben-Ami
  names    شلومو بن عامي | بن عامي
  code     ISRGOV 1999-07-06..2001-03-07

# ======================================================================
# Iran
# ======================================================================

actor Ruhollah Khomeini
  names    روح الله الخميني | آية الله الخميني | الإمام الخميني | الخميني
  code     IRNGOV ..1989-06-03

actor Ali Khamenei
  names    علي خامنئي | آية الله علي خامنئي | آية الله خامنئي | السيد علي خامنئي | علي الخامنئي | خامنئي | الخامنئي
  code     IRNGOV                              # President 1981-1989, Supreme Leader from 1989-06-04
  type     person

actor Mojtaba Khamenei
  names    مجتبى خامنئي
  code     IRNELI
  type     person

actor Akbar Hashemi Rafsanjani
  names    أكبر هاشمي رفسنجاني | علي أكبر هاشمي رفسنجاني | هاشمي رفسنجاني | رفسنجاني
  code     IRNGOV ..2017-01-08                 # President 1989-1997, chairman of the Expediency Council

actor Mohammad Khatami
  names    محمد خاتمي | سيد محمد خاتمي | خاتمي
  code     IRNGOV ..2005-08-03

actor Mahmoud Ahmadinejad
  names    محمود أحمدي نجاد | محمود احمدي نژاد | أحمدي نجاد | أحمدي نژاد | نجاد
  code     IRNGOV 2003-05..2013-08-03          # Mayor of Tehran, President 2005-2013

actor Hassan Rouhani
  names    حسن روحاني | روحاني
  code     IRNGOV ..2005-08-15                 # Supreme National Security Council secretary, nuclear negotiator
  code     IRNGOV 2013-08-03..2021-08-03       # President

actor Ebrahim Raisi
  names    إبراهيم رئيسي | السيد إبراهيم رئيسي
  code     IRNJUD 2004..2016-03                # first deputy chief justice, prosecutor-general
  code     IRNJUD 2019-03-07..2021-07-01       # head of the judiciary
  code     IRNGOV 2021-08-03..2024-05-19       # President; killed in a helicopter crash

actor Mohammad Mokhber
  names    محمد مخبر | محمد مخبر دزفولي
  code     IRNGOV 2021-08-08..2024-07-28       # first Vice-President, acting President 2024

actor Masoud Pezeshkian
  names    مسعود بزشكيان | مسعود بيزشكيان | بزشكيان | بيزشكيان
  code     IRNGOV 2001-08..2005-08             # health minister
  code     IRNLEG 2008-05..2024-07-27
  code     IRNGOV 2024-07-28..                 # President

actor Mohammad Reza Aref
  names    محمد رضا عارف | محمدرضا عارف
  code     IRNGOV 2001-08..2005-08             # first Vice-President
  code     IRNGOV 2024-07-28..                 # first Vice-President

actor Eshaq Jahangiri
  names    إسحاق جهانغيري | إسحاق جهانكيري | جهانغيري | جهانكيري
  code     IRNGOV ..2005-08
  code     IRNGOV 2013-08-05..2021-08-03       # first Vice-President

actor Kamal Kharazi
  names    كمال خرازي | خرازي
  code     IRNGOV                              # foreign minister 1997-2005, head of the Strategic Council on Foreign Relations
  type     person

actor Manouchehr Mottaki
  names    منوشهر متكي | منوشهر متقي | متكي
  code     IRNGOV 2005-08-24..2010-12-13

actor Ali Akbar Salehi
  names    علي أكبر صالحي
  code     IRNGOV 2009-07-16..2021-08-29       # atomic energy chief, foreign minister 2010-2013

actor Mohammad Javad Zarif
  names    محمد جواد ظريف | جواد ظريف | ظريف
  code     IRNGOV 2002-07..2007-07             # UN ambassador
  code     IRNGOV 2013-08-15..2021-08-25       # foreign minister
  code     IRNGOV 2024-08-01..2025-03-02       # Vice-President for strategic affairs

actor Hossein Amir-Abdollahian
  names    حسين أمير عبد اللهيان | حسين أمير عبداللهيان | أمير عبد اللهيان | أمير عبداللهيان | عبد اللهيان | عبداللهيان
  code     IRNGOV 2007..2016-06                # ambassador to Bahrain, deputy foreign minister
  code     IRNGOV 2021-08-25..2024-05-19       # foreign minister; killed in a helicopter crash

actor Ali Bagheri Kani
  names    علي باقري كني | علي باقري | باقري كني
  code     IRNGOV 2007-10..2013-09
  code     IRNGOV 2021-09..                    # chief nuclear negotiator, acting foreign minister 2024

actor Abbas Araghchi
  names    عباس عراقجي | عباس عراقتشي | عراقجي | عراقتشي
  code     IRNGOV 2008..                       # diplomat, deputy FM 2013-2021, foreign minister from 2024-08-21

actor Ali Shamkhani
  names    علي شمخاني | شمخاني
  code     IRNGOV ..2005-08-24                 # defence minister 1997-2005
  code     IRNGOV 2013-09-10..                 # Supreme National Security Council secretary 2013-2023, adviser

actor Mostafa Mohammad-Najjar
  names    مصطفى محمد نجار
  code     IRNGOV 2005-08-24..2013-08-15       # defence, then interior minister

actor Ahmad Vahidi
  names    أحمد وحيدي
  code     IRNMIL ..2005-08                    # IRGC, Quds Force commander in the 1990s
  code     IRNGOV 2005-08..2013-08-15          # deputy defence minister, defence minister 2009-2013
  code     IRNGOV 2021-08-25..2024-08-21       # interior minister

actor Hossein Dehghan
  names    حسين دهقان | دهقان
  code     IRNGOV 2013-08-15..2017-08-20

actor Amir Hatami
  names    أمير حاتمي | حاتمي
  code     IRNGOV 2017-08-20..2021-08-25       # defence minister
  code     IRNMIL 2025-06-13..                 # commander of the army

actor Mohammad-Reza Gharaei Ashtiani
  names    محمد رضا آشتياني | محمدرضا آشتياني | محمد رضا قرائي آشتياني | آشتياني
  code     IRNMIL ..2021-08-24
  code     IRNGOV 2021-08-25..2024-08-21       # defence minister

actor Aziz Nasirzadeh
  names    عزيز نصير زاده | عزيز نصيرزاده | نصيرزاده | نصير زاده
  code     IRNMIL ..2024-08-20
  code     IRNGOV 2024-08-21..                 # defence minister

actor Yahya Rahim Safavi
  names    يحيى رحيم صفوي | رحيم صفوي
  code     IRNMIL ..2007-09-01                 # IRGC commander-in-chief
  code     IRNGOV 2007-09-02..                 # military adviser to the Supreme Leader

actor Mohammad Ali Jafari
  names    محمد علي جعفري | محمد علي عزيز جعفري | عزيز جعفري
  code     IRNMIL ..2019-04-21

actor Hossein Salami
  names    حسين سلامي
  code     IRNMIL ..2025-06-13

actor Mohammad Pakpour
  names    محمد باكبور | باكبور
  code     IRNMIL
  type     person

actor Qasem Soleimani
  names    قاسم سليماني | الحاج قاسم سليماني | سليماني
  code     IRNMIL ..2020-01-03                 # Quds Force commander

actor Esmail Qaani
  names    إسماعيل قاآني | إسماعيل قآني | قاآني | قآني
  code     IRNMIL
  type     person

actor Hassan Firouzabadi
  names    حسن فيروز آبادي | حسن فيروزآبادي | فيروز آبادي | فيروزآبادي
  code     IRNMIL ..2016-06-28

actor Mohammad Bagheri
  names    محمد باقري | محمد حسين باقري
  code     IRNMIL ..2025-06-13

actor Abdolrahim Mousavi
  names    عبد الرحيم موسوي | عبدالرحيم موسوي
  code     IRNMIL
  type     person

actor Amir Ali Hajizadeh
  names    أمير علي حاجي زاده | أمير علي حاجي زادة | حاجي زاده
  code     IRNMIL ..2025-06-13

actor Gholam Ali Rashid
  names    غلام علي رشيد | غلامعلي رشيد
  code     IRNMIL ..2025-06-13

actor Ataollah Salehi
  names    عطاء الله صالحي | عطاالله صالحي
  code     IRNMIL ..2017-08-21

actor Mohammad Reza Naqdi
  names    محمد رضا نقدي | محمدرضا نقدي
  code     IRNMIL
  type     person

actor Gholamreza Soleimani
  names    غلام رضا سليماني | غلامرضا سليماني
  code     IRNMIL                              # Basij commander
  type     person

actor Hossein Hamadani
  names    حسين همداني
  code     IRNMIL ..2015-10-08

actor Mohammad Reza Zahedi
  names    محمد رضا زاهدي | محمدرضا زاهدي
  code     IRNMIL ..2024-04-01

actor Ali Larijani
  names    علي لاريجاني
  code     IRNGOV 2005-08-15..2007-10-20       # Supreme National Security Council secretary
  code     IRNLEG 2008-05-28..2020-05-28       # Speaker of parliament
  code     IRNGOV 2025-08-05..                 # Supreme National Security Council secretary

actor Saeed Jalili
  names    سعيد جليلي
  code     IRNGOV 2005..                       # deputy FM, SNSC secretary 2007-2013, Supreme Leader's representative on the SNSC

actor Ali Akbar Ahmadian
  names    علي أكبر أحمديان | أحمديان
  code     IRNGOV 2023-05-22..2025-08-05

actor Mohammad Bagher Ghalibaf
  names    محمد باقر قاليباف | محمدباقر قاليباف | قاليباف
  code     IRNMIL ..2000-04                    # IRGC air force commander
  code     IRNCOP 2000-04..2005-04             # police chief
  code     IRNGOV 2005-09..2017-08             # Mayor of Tehran
  code     IRNLEG 2020-05-28..                 # Speaker of parliament

actor Gholam-Ali Haddad-Adel
  names    غلام علي حداد عادل | غلامعلي حداد عادل | حداد عادل
  code     IRNLEG 2004-05-28..2008-05-27

actor Mehdi Karroubi
  names    مهدي كروبي | كروبي
  code     IRNLEG ..2004-05-27
  code     IRNOPP 2009-06..

actor Mir-Hossein Mousavi
  names    مير حسين موسوي | ميرحسين موسوي
  code     IRNOPP 2009-06..

actor Sadegh Larijani
  names    صادق لاريجاني | صادق آملي لاريجاني | آملي لاريجاني
  code     IRNJUD 2009-08-15..2019-03-07       # head of the judiciary
  code     IRNGOV 2018-12-29..                 # chairman of the Expediency Council

actor Mahmoud Hashemi Shahroudi
  names    محمود هاشمي شاهرودي | هاشمي شاهرودي
  code     IRNJUD ..2009-08-15
  code     IRNGOV 2017-08-14..2018-12-24

actor Gholam-Hossein Mohseni-Eje'i
  names    غلام حسين محسني إيجئي | غلامحسين محسني إيجئي | محسني إيجئي | محسني اجئي | إيجئي
  code     IRNSPY 2005-08-24..2009-07-26       # intelligence minister
  code     IRNJUD 2009-07-27..                 # prosecutor-general, head of the judiciary from 2021-07-01

actor Ali Younesi
  names    علي يونسي
  code     IRNSPY ..2005-08-24

actor Heydar Moslehi
  names    حيدر مصلحي
  code     IRNSPY 2009-09-03..2013-08-15

actor Mahmoud Alavi
  names    محمود علوي
  code     IRNSPY 2013-08-15..2021-08-25

actor Esmaeil Khatib
  names    إسماعيل خطيب
  code     IRNSPY 2021-08-25..

actor Ali Akbar Velayati
  names    علي أكبر ولايتي
  code     IRNGOV                              # adviser to the Supreme Leader for international affairs
  type     person

actor Mohsen Rezaee
  names    محسن رضائي
  code     IRNGOV 1997-09..                    # Expediency Council secretary, Vice-President for economic affairs 2021-2023

actor Mohammad Eslami
  names    محمد إسلامي
  code     IRNGOV 2018-10..                    # roads minister, head of the Atomic Energy Organisation from 2021

actor Behrouz Kamalvandi
  names    بهروز كمالوندي | كمالوندي
  code     IRNGOV
  type     person

actor Gholam Reza Aghazadeh
  names    غلام رضا آقازاده | غلامرضا آقازاده | آقازاده
  code     IRNGOV ..2009-07

actor Fereydoon Abbasi
  names    فريدون عباسي | فريدون عباسي دواني
  code     IRNGOV 2011-02..2013-08

actor Esmaeil Baghaei
  names    إسماعيل بقائي
  code     IRNGOV                              # foreign ministry spokesman from 2024
  type     person

actor Nasser Kanaani
  names    ناصر كنعاني | ناصر كنعاني چافي
  code     IRNGOV
  type     person

actor Saeed Khatibzadeh
  names    سعيد خطيب زاده | خطيب زاده
  code     IRNGOV
  type     person

actor Bahram Ghasemi
  names    بهرام قاسمي
  code     IRNGOV
  type     person

actor Hamid Reza Asefi
  names    حميد رضا آصفي | حميدرضا آصفي | آصفي
  code     IRNGOV ..2006

actor Ramin Mehmanparast
  names    رامين مهمانبرست | رامين مهمان برست
  code     IRNGOV
  type     person

actor Marzieh Afkham
  names    مرضية أفخم | مرضيه أفخم
  code     IRNGOV
  type     person

actor Fatemeh Mohajerani
  names    فاطمة مهاجراني | فاطمه مهاجراني
  code     IRNGOV 2024-08..                    # government spokeswoman

actor Ali Rabiei
  names    علي ربيعي
  code     IRNGOV 2013-08..2021-08

actor Mohammad Bagher Nobakht
  names    محمد باقر نوبخت | محمدباقر نوبخت | نوبخت
  code     IRNGOV 2013-08..2021-08

actor Mahmoud Vaezi
  names    محمود واعظي
  code     IRNGOV 2013-08..2021-08

actor Majid Takht-Ravanchi
  names    مجيد تخت روانجي | مجيد تخت روانتشي | تخت روانجي
  code     IRNGOV
  type     person

actor Amir Saeid Iravani
  names    أمير سعيد إيرواني | إيرواني
  code     IRNGOV                              # UN ambassador from 2022
  type     person

actor Ahmad Jannati
  names    أحمد جنتي
  code     IRNGOV                              # Guardian Council secretary
  type     person

actor Mohammad-Ali Movahedi-Kermani
  names    محمد علي موحدي كرماني | موحدي كرماني
  code     IRNGOV 2024-05..                    # chairman of the Assembly of Experts

actor Reza Pahlavi
  names    رضا بهلوي
  code     IRNOPP
  type     person

actor Maryam Rajavi
  names    مريم رجوي | رجوي
  code     IRNOPP
  type     person

# ======================================================================
# Pakistan
# ======================================================================

actor Pervez Musharraf
  names    برويز مشرف | برفيز مشرف | بيرفيز مشرف | الجنرال مشرف
  code     PAKMIL ..1999-10-11                 # army chief
  code     PAKGOV 1999-10-12..2008-08-18       # Chief Executive, President 2001-2008

actor Muhammad Rafiq Tarar
  names    محمد رفيق تارر | رفيق تارر
  code     PAKGOV ..2001-06-20

actor Asif Ali Zardari
  names    آصف علي زرداري | آصف زرداري | زرداري
  code     PAKPTY 2007-12-30..2008-09-08       # PPP co-chairman
  code     PAKGOV 2008-09-09..2013-09-09       # President
  code     PAKGOV 2024-03-10..

actor Mamnoon Hussain
  names    ممنون حسين
  code     PAKGOV 2013-09-09..2018-09-09

actor Arif Alvi
  names    عارف علوي | عارف الرحمن علوي
  code     PAKGOV 2018-09-09..2024-03-10

actor Zafarullah Khan Jamali
  names    ظفر الله خان جمالي | مير ظفر الله خان جمالي | ظفر الله جمالي
  code     PAKGOV 2002-11-23..2004-06-26

actor Chaudhry Shujaat Hussain
  names    شجاعت حسين | تشودري شجاعت حسين | شودري شجاعت حسين
  code     PAKGOV 2004-06-30..2004-08-28

actor Shaukat Aziz
  names    شوكت عزيز
  code     PAKGOV 1999-11..2007-11-15          # finance minister, Prime Minister 2004-2007

actor Yousaf Raza Gillani
  names    يوسف رضا جيلاني | يوسف رضا كيلاني | يوسف رضا غيلاني
  code     PAKGOV 2008-03-25..2012-04-26
  code     PAKLEG 2024-04-09..                 # Senate chairman

actor Raja Pervaiz Ashraf
  names    راجا برويز أشرف | راجا بيرفيز أشرف | راجا برفيز أشرف
  code     PAKGOV 2008-03-31..2011-02          # water and power minister
  code     PAKGOV 2012-06-22..2013-03-25       # Prime Minister
  code     PAKLEG 2022-04-16..2024-02          # Speaker of the National Assembly

actor Nawaz Sharif
  names    نواز شريف | محمد نواز شريف
  code     PAKGOV ..1999-10-12
  code     PAKOPP 2007-11..2013-06-04
  code     PAKGOV 2013-06-05..2017-07-28

actor Shahid Khaqan Abbasi
  names    شاهد خاقان عباسي | خاقان عباسي
  code     PAKGOV 2017-08-01..2018-05-31

actor Imran Khan
  names    عمران خان
  code     PAKOPP ..2018-08-17
  code     PAKGOV 2018-08-18..2022-04-10
  code     PAKOPP 2022-04-11..

actor Shehbaz Sharif
  names    شهباز شريف | شاهباز شريف
  code     PAKGOV 2008-06-08..2018-06-07       # Chief Minister of Punjab
  code     PAKOPP 2018-08-20..2022-04-10
  code     PAKGOV 2022-04-11..2023-08-14
  code     PAKGOV 2024-03-04..

actor Anwaar-ul-Haq Kakar
  names    أنوار الحق كاكر | أنوار الحق كاكار
  code     PAKGOV 2023-08-14..2024-03-04

actor Khurshid Mahmud Kasuri
  names    خورشيد محمود قصوري | خورشيد قصوري | قصوري
  code     PAKGOV 2002-11-23..2007-11-15

actor Shah Mehmood Qureshi
  names    شاه محمود قريشي | شاه محمود قرشي
  code     PAKGOV 2008-03-31..2011-02-11
  code     PAKGOV 2018-08-20..2022-04-10

actor Hina Rabbani Khar
  names    حنا رباني خار | حنا رباني كهر | هنا رباني كهر | هينا رباني خار
  code     PAKGOV 2011-02..2013-03-16
  code     PAKGOV 2022-04..2023-08

actor Sartaj Aziz
  names    سرتاج عزيز
  code     PAKGOV 2013-06..2017-07

actor Khawaja Muhammad Asif
  names    خواجة محمد آصف | خواجة آصف | خواجه آصف | خواجه محمد آصف
  code     PAKGOV 2013-06-07..2018-04-26       # defence, then foreign minister
  code     PAKGOV 2022-04-19..2023-08-14       # defence minister
  code     PAKGOV 2024-03-11..

actor Bilawal Bhutto Zardari
  names    بلاول بوتو زرداري | بيلاوال بوتو زرداري | بلاول بوتو | بيلاوال بوتو | بلاول زرداري
  code     PAKPTY 2007-12-30..2022-04-26       # PPP chairman
  code     PAKGOV 2022-04-27..2023-08-10       # foreign minister
  code     PAKPTY 2023-08-11..

actor Jalil Abbas Jilani
  names    جليل عباس جيلاني
  code     PAKGOV 2023-08-17..2024-03-04

actor Ishaq Dar
  names    إسحاق دار | إسحق دار
  code     PAKGOV 2013-06-07..2017-11          # finance minister
  code     PAKGOV 2022-09-28..2023-08-10
  code     PAKGOV 2024-03-11..                 # foreign minister, deputy PM

actor Pervez Khattak
  names    برويز خطك | برويز ختك
  code     PAKGOV 2013-05..2022-04-10          # Chief Minister of Khyber Pakhtunkhwa, defence minister 2018-2022

actor Ashfaq Parvez Kayani
  names    أشفاق برويز كياني | أشفاق كياني
  code     PAKSPY 2004-10..2007-10             # ISI director-general
  code     PAKMIL 2007-11-28..2013-11-29       # army chief

actor Raheel Sharif
  names    راحيل شريف
  code     PAKMIL ..2016-11-29

actor Qamar Javed Bajwa
  names    قمر جاويد باجوا | قمر جاويد باجوه | باجوا
  code     PAKMIL ..2022-11-29

actor Asim Munir
  names    عاصم منير | المشير عاصم منير
  code     PAKSPY 2018-10-25..2019-06-16       # ISI director-general
  code     PAKMIL                              # army chief from 2022-11-29
  type     person

actor Faiz Hameed
  names    فيض حميد
  code     PAKSPY 2019-06-16..2021-11-19
  code     PAKMIL ..2022-12

actor Ahmad Shuja Pasha
  names    أحمد شجاع باشا | شجاع باشا
  code     PAKSPY 2008-10..2012-03

actor Benazir Bhutto
  names    بينظير بوتو | بنظير بوتو | بي نظير بوتو
  code     PAKOPP ..2007-12-27

actor Fazl-ur-Rehman
  names    مولانا فضل الرحمن
  code     PAKPTY
  type     person

actor Baitullah Mehsud
  names    بيت الله محسود | بيت الله مسعود
  code     PAKREB ..2009-08-05

actor Hakimullah Mehsud
  names    حكيم الله محسود | حكيم الله مسعود
  code     PAKREB ..2013-11-01

actor Maulana Fazlullah
  names    الملا فضل الله | مولانا فضل الله | ملا فضل الله
  code     PAKREB ..2018-06-13

actor Noor Wali Mehsud
  names    نور ولي محسود | مفتي نور ولي محسود
  code     PAKREB
  type     person

# ======================================================================
# Afghanistan (Taliban: government until 2001-12, insurgents 2001-2021, government from 2021-08-15)
# ======================================================================

actor Mullah Mohammad Omar
  names    الملا محمد عمر | الملا عمر | ملا عمر | ملا محمد عمر | أمير المؤمنين الملا محمد عمر
  code     AFGGOV ..2001-12-07
  code     AFGREB 2001-12-08..2013-04-23

actor Akhtar Mansour
  names    أختر محمد منصور | الملا أختر منصور | الملا أختر محمد منصور | أختر منصور | الملا منصور | ملا منصور
  code     AFGGOV ..2001-12-07
  code     AFGREB 2001-12-08..2016-05-21

actor Hibatullah Akhundzada
  names    هبة الله آخوند زاده | هبة الله آخوندزاده | هيبة الله آخوندزاده | الملا هبة الله | المولوي هبة الله
  code     AFGREB ..2021-08-14
  code     AFGGOV 2021-08-15..

actor Abdul Ghani Baradar
  names    عبد الغني برادر | الملا عبد الغني برادر | الملا برادر | عبدالغني برادر | برادر
  code     AFGGOV ..2001-12-07
  code     AFGREB 2001-12-08..2021-08-14
  code     AFGGOV 2021-08-15..

actor Sirajuddin Haqqani
  names    سراج الدين حقاني | سراج حقاني
  code     AFGREB ..2021-08-14
  code     AFGGOV 2021-08-15..

actor Jalaluddin Haqqani
  names    جلال الدين حقاني
  code     AFGGOV ..2001-12-07
  code     AFGREB 2001-12-08..2018-09-04

actor Mohammad Hasan Akhund
  names    محمد حسن آخوند | الملا محمد حسن آخوند | الملا حسن آخوند | حسن آخوند
  code     AFGGOV ..2001-12-07
  code     AFGREB 2001-12-08..2021-08-14
  code     AFGGOV 2021-08-15..

actor Amir Khan Muttaqi
  names    أمير خان متقي
  code     AFGGOV ..2001-12-07
  code     AFGREB 2001-12-08..2021-08-14
  code     AFGGOV 2021-08-15..

actor Zabihullah Mujahid
  names    ذبيح الله مجاهد
  code     AFGREB 2007..2021-08-14
  code     AFGGOV 2021-08-15..

actor Mohammad Yaqoob
  names    محمد يعقوب مجاهد | الملا محمد يعقوب | الملا يعقوب
  code     AFGREB ..2021-08-14
  code     AFGGOV 2021-08-15..

actor Suhail Shaheen
  names    سهيل شاهين
  code     AFGREB ..2021-08-14
  code     AFGGOV 2021-08-15..

actor Wakil Ahmad Muttawakil
  names    وكيل أحمد متوكل
  code     AFGGOV ..2001-12-07

actor Abdul Salam Zaeef
  names    عبد السلام ضعيف | الملا عبد السلام ضعيف | الملا ضعيف
  code     AFGGOV ..2001-12-07

actor Hamid Karzai
  names    حامد كرزاي | حامد قرضاي | كرزاي
  code     AFGGOV 2001-12-22..2014-09-29

actor Ashraf Ghani
  names    أشرف غني | محمد أشرف غني | أشرف غني أحمدزي
  code     AFGGOV 2002-06..2004-12             # finance minister
  code     AFGGOV 2014-09-29..2021-08-15       # President

actor Abdullah Abdullah
  names    عبد الله عبد الله | عبدالله عبدالله
  code     AFGGOV 2001-12-22..2006-03-20       # foreign minister
  code     AFGOPP 2009..2014-09-28
  code     AFGGOV 2014-09-29..2021-08-15       # Chief Executive, reconciliation council chairman

actor Burhanuddin Rabbani
  names    برهان الدين رباني
  code     AFGGOV ..2001-12-22
  code     AFGGOV 2010-10..2011-09-20          # High Peace Council chairman; assassinated

actor Ahmad Shah Massoud
  names    أحمد شاه مسعود
  code     AFGMIL ..2001-09-09

actor Salahuddin Rabbani
  names    صلاح الدين رباني
  code     AFGGOV 2012-04..2019-10             # High Peace Council chairman, foreign minister 2015-2019

actor Rangin Dadfar Spanta
  names    رنغين دادفر سبانتا | رنجين دادفر سبانتا | سبانتا
  code     AFGGOV 2006-04..2013-10

actor Zalmai Rassoul
  names    زلماي رسول | زلمي رسول
  code     AFGGOV 2002..2013-10

actor Mohammad Haneef Atmar
  names    محمد حنيف أتمر | حنيف أتمر
  code     AFGGOV 2002..2010-06
  code     AFGGOV 2014-09..2018-08
  code     AFGGOV 2020-04..2021-08-15          # foreign minister

actor Amrullah Saleh
  names    أمر الله صالح | أمرالله صالح
  code     AFGSPY 2004..2010-06                # NDS director
  code     AFGGOV 2020-02-19..2021-08-15       # first Vice-President

actor Gulbuddin Hekmatyar
  names    قلب الدين حكمتيار | قلب الدين حكمت يار | حكمتيار
  code     AFGREB ..2016-09-29

actor Abdul Rashid Dostum
  names    عبد الرشيد دوستم | عبدالرشيد دوستم | دوستم
  code     AFGGOV 2014-09-29..2020-03-09       # first Vice-President

actor Mohammed Fahim
  names    محمد قسيم فهيم | قسيم فهيم | المارشال فهيم
  code     AFGGOV 2001-12-22..2004-12
  code     AFGGOV 2009-11-19..2014-03-09

actor Abdul Rahim Wardak
  names    عبد الرحيم وردك | عبدالرحيم وردك
  code     AFGGOV 2004-12..2012-08-04

actor Bismillah Khan Mohammadi
  names    بسم الله خان محمدي | بسم الله محمدي
  code     AFGMIL ..2010-06
  code     AFGGOV 2010-06..2015-01
  code     AFGGOV 2021-03..2021-08-15

actor Asadullah Khalid
  names    أسد الله خالد
  code     AFGGOV 2019-01..2021-03

# ======================================================================
# India
# ======================================================================

actor Atal Bihari Vajpayee
  names    أتال بيهاري فاجبايي | أتال بيهاري فاجباي | فاجبايي | فاجباي
  code     INDGOV ..2004-05-22

actor Manmohan Singh
  names    مانموهان سينغ | مانموهان سينج | مانموهان سنغ
  code     INDGOV 2004-05-22..2014-05-26

actor Narendra Modi
  names    ناريندرا مودي | نارندرا مودي | مودي
  code     INDGOV 2001-10-07..                 # Chief Minister of Gujarat, Prime Minister from 2014-05-26

actor A. P. J. Abdul Kalam
  names    عبد الكلام | أبو بكر زين العابدين عبد الكلام | إيه بي جيه عبد الكلام
  code     INDGOV 2002-07-25..2007-07-25

actor Pratibha Patil
  names    براتيبها باتيل | براتيبا باتيل | باتيل براتيبها
  code     INDGOV 2007-07-25..2012-07-25

actor Pranab Mukherjee
  names    براناب موخرجي | براناب مخرجي | براناب موكرجي | براناب موخيرجي
  code     INDGOV 2004-05-22..2012-06-26       # defence, foreign, finance minister
  code     INDGOV 2012-07-25..2017-07-25       # President

actor Ram Nath Kovind
  names    رام ناث كوفيند | رام نات كوفيند | كوفيند
  code     INDGOV 2015-08..2022-07-25

actor Droupadi Murmu
  names    دروبادي مورمو | دروبادي مرمو | مورمو
  code     INDGOV 2022-07-25..

actor Jaswant Singh
  names    جاسوانت سينغ | جاسوانت سينج | جسوانت سينغ
  code     INDGOV ..2004-05-22

actor Yashwant Sinha
  names    ياشوانت سينها | ياشوانت سينا
  code     INDGOV ..2004-05-22

actor Natwar Singh
  names    ناتوار سينغ | ناتوار سينج
  code     INDGOV 2004-05-22..2005-12-06

actor S. M. Krishna
  names    إس إم كريشنا | سومانهالي مالايا كريشنا
  code     INDGOV 2009-05-22..2012-10-26

actor Salman Khurshid
  names    سلمان خورشيد
  code     INDGOV 2009-05-28..2014-05-26

actor Sushma Swaraj
  names    سوشما سواراج | سوشما سوراج
  code     INDGOV 2014-05-26..2019-05-30

actor Subrahmanyam Jaishankar
  names    سوبرامانيام جايشانكار | سوبرامانيام جاي شانكار | إس جايشانكار | جايشانكار | جاي شانكار | جايشنكار
  code     INDGOV 2009-06..2018-01-28          # ambassador to China and the US, foreign secretary
  code     INDGOV 2019-05-30..                 # external affairs minister

actor George Fernandes
  names    جورج فرنانديز | جورج فيرنانديز
  code     INDGOV ..2004-05-22

actor A. K. Antony
  names    إيه كيه أنتوني | أراكابارامبيل كوريان أنتوني
  code     INDGOV 2006-10-25..2014-05-26

actor Manohar Parrikar
  names    مانوهار باريكار | مانوهار باريكر | باريكار
  code     INDGOV 2012-03..2019-03-17

actor Arun Jaitley
  names    أرون جيتلي | أرون جايتلي
  code     INDGOV 2014-05-26..2019-05-30

actor Nirmala Sitharaman
  names    نيرمالا سيتارامان | نيرمالا سيثارامان | سيتارامان
  code     INDGOV 2014-05-26..

actor Rajnath Singh
  names    راجناث سينغ | راجنات سينغ | راجناث سينج | راجنات سينج
  code     INDGOV 2014-05-26..

actor Amit Shah
  names    أميت شاه
  code     INDGOV 2019-05-30..

actor Ajit Doval
  names    أجيت دوفال | دوفال
  code     INDSPY 2004-07..2005-01             # Intelligence Bureau director
  code     INDGOV 2014-05-30..                 # National Security Adviser

actor Rahul Gandhi
  names    راهول غاندي | راهول جاندي
  code     INDOPP
  type     person

actor Sonia Gandhi
  names    سونيا غاندي | سونيا جاندي
  code     INDPTY
  type     person

# ======================================================================
# Ethiopia, Eritrea, South Sudan and other African states named in Arab news
# ======================================================================

actor Meles Zenawi
  names    ملس زيناوي | ميليس زيناوي | مليس زيناوي | زيناوي
  code     ETHGOV ..2012-08-20

actor Hailemariam Desalegn
  names    هايلي مريام ديسالين | هايلي ماريام ديسالين | ديسالين
  code     ETHGOV 2010-10..2018-04-02          # foreign minister, Prime Minister 2012-2018

actor Abiy Ahmed
  names    آبي أحمد | آبي أحمد علي
  code     ETHGOV 2018-04-02..                 # Prime Minister

actor Girma Wolde-Giorgis
  names    جيرما ولد جيورجيس | غيرما ولد جورجيس | جيرما ولدي جيورجيس
  code     ETHGOV 2001-10-08..2013-10-07

actor Mulatu Teshome
  names    مولاتو تشومي | مولاتو تيشومي
  code     ETHGOV 2013-10-07..2018-10-25

actor Sahle-Work Zewde
  names    سهلورق زودي | سهلي ورق زودي | ساهلي وورك زودي | سهلي وورق زودي
  code     ETHGOV 2018-10-25..2024-10-07

actor Taye Atske Selassie
  names    تاي أصقي سيلاسي | تايي أتسكي سيلاسي | تاي أتسكي سلاسي | تايي أصقي سلاسي
  code     ETHGOV 2024-02..                    # foreign minister, President from 2024-10-07

actor Seyoum Mesfin
  names    سيوم مسفين | سيوم مسفن
  code     ETHGOV ..2010-11

actor Tedros Adhanom Ghebreyesus
  names    تيدروس أدهانوم غيبريسوس | تيدروس أدهانوم جيبريسوس | تيدروس أدهانوم | تيدروس أدحانوم | تيدروس
  code     ETHGOV 2005-10..2016-11             # health, then foreign minister
  code     IGOUNO 2017-07-01..                 # WHO director-general

actor Workneh Gebeyehu
  names    ورقنه جيبيهو | وركنه جبيهو | ورقينه جيبيهو
  code     ETHGOV 2016-11..2019-04

actor Gedu Andargachew
  names    جيدو أندارجاتشو | غيدو أندارغاتشو | جيدو أندارغاتشو
  code     ETHGOV 2013..2020-11

actor Demeke Mekonnen
  names    دمقي مكونن | ديميكي ميكونين | ديميكي ميكونن
  code     ETHGOV 2012-09..2024-02

actor Gedion Timothewos
  names    جيديون تيموثيوس | جدعون طيموتيوس | جيديون تيموثوس
  code     ETHGOV 2021-10..

actor Debretsion Gebremichael
  names    دبرصيون جبرمكائيل | دبرتسيون جبريمايكل | دبرصيون جبراميكائيل
  code     ETHGOV 2018-01..2020-11-03          # President of the Tigray region
  code     ETHREB 2020-11-04..2022-11-02       # TPLF leader in the Tigray war

actor Isaias Afwerki
  names    أسياس أفورقي | أفورقي
  code     ERIGOV
  type     person

actor John Garang
  names    جون قرنق | جون غارانغ | قرنق
  code     SDNREB ..2005-01-09                 # SPLM/A leader
  code     SDNGOV 2005-07-09..2005-07-30       # first Vice-President of Sudan

actor Salva Kiir
  names    سلفا كير | سلفاكير | سلفا كير ميارديت
  code     SDNGOV 2005-08-11..2011-07-08       # first Vice-President of Sudan, President of Southern Sudan
  code     SSDGOV 2011-07-09..                 # President of South Sudan

actor Riek Machar
  names    رياك مشار | ريك مشار | رياك مشار تيني
  code     SSDGOV 2011-07-09..2013-07-23
  code     SSDGOV 2016-04-26..2016-07-25
  code     SSDREB 2013-12-15..2020-02-21
  code     SSDGOV 2020-02-22..2025-03-26

actor Idriss Déby
  names    إدريس ديبي | إدريس ديبي إتنو
  code     TCDGOV ..2021-04-20

actor Mahamat Déby
  names    محمد إدريس ديبي | محمد ديبي | محمد إدريس ديبي إتنو | محمد كاكا
  code     TCDGOV 2021-04-20..

actor Mohamed Bazoum
  names    محمد بازوم | بازوم
  code     NERGOV 2016-04..2023-07-26          # interior minister, President 2021-2023

actor Abdourahamane Tchiani
  names    عبد الرحمن تياني | عبد الرحمن تشياني | عبدالرحمن تياني | تياني | تشياني
  code     NERMIL ..2023-07-25
  code     NERGOV 2023-07-26..

actor Assimi Goïta
  names    أسيمي غويتا | عاصمي غويتا | أسيمي جويتا | غويتا
  code     MLIGOV 2020-08-18..

actor Ibrahim Traoré
  names    إبراهيم تراوري
  code     BFAGOV 2022-09-30..

actor Paul Kagame
  names    بول كاغامي | بول كاجامي | كاغامي
  code     RWAGOV 1994-07..

actor Uhuru Kenyatta
  names    أوهورو كينياتا | أوهورو كنياتا
  code     KENGOV 2013-04-09..2022-09-13

actor William Ruto
  names    ويليام روتو | وليام روتو | روتو
  code     KENGOV 2013-04-09..

actor Muhammadu Buhari
  names    محمدو بوهاري | محمد بوهاري | بوهاري
  code     NGAGOV 2015-05-29..2023-05-29

actor Bola Tinubu
  names    بولا تينوبو | بولا أحمد تينوبو | تينوبو
  code     NGAGOV 2023-05-29..

actor Yoweri Museveni
  names    يويري موسيفيني | يوري موسيفيني | موسيفيني
  code     UGAGOV
  type     person

actor Robert Mugabe
  names    روبرت موغابي | روبرت موجابي | موغابي
  code     ZWEGOV ..2017-11-21

actor Thabo Mbeki
  names    ثابو مبيكي | تابو مبيكي | مبيكي | ثامبو مبيكي | ثامبو امبيكي | ثابو امبيكي | امبيكي
  code     ZAFGOV ..2008-09-24
  code     IGOAFRAFU 2009-03-01..              # chairs the AU's panel on Sudan (AUPD, then the High-Level Implementation Panel)

actor Jacob Zuma
  names    جاكوب زوما | جيكوب زوما | زوما
  code     ZAFGOV 1999-06-14..2005-06-14       # Deputy President
  code     ZAFGOV 2009-05-09..2018-02-14       # President

actor Cyril Ramaphosa
  names    سيريل رامافوزا | سيريل رامابوزا | رامافوزا | رامابوزا
  code     ZAFGOV 2014-05-26..

actor Naledi Pandor
  names    ناليدي باندور | باندور
  code     ZAFGOV 2004-04..2024-06-30          # minister, foreign minister 2019-2024

actor Ronald Lamola
  names    رونالد لامولا | لامولا
  code     ZAFGOV 2019-05-30..                 # justice, then foreign minister from 2024-07-03

# ======================================================================
# Ukraine
# ======================================================================

actor Leonid Kuchma
  names    ليونيد كوتشما | كوتشما
  code     UKRGOV ..2005-01-23

actor Viktor Yushchenko
  names    فيكتور يوشينكو | فيكتور يوشتشينكو | يوشينكو | يوشتشينكو
  code     UKRGOV ..2001-05-29                 # Prime Minister
  code     UKROPP 2002..2005-01-22
  code     UKRGOV 2005-01-23..2010-02-25       # President

actor Viktor Yanukovych
  names    فيكتور يانوكوفيتش | يانوكوفيتش
  code     UKRGOV 2002-11-21..2005-01-05
  code     UKRGOV 2006-08-04..2007-12-18
  code     UKRGOV 2010-02-25..2014-02-22

actor Oleksandr Turchynov
  names    أولكسندر تورتشينوف | ألكسندر تورتشينوف | أوليكساندر تورتشينوف | تورتشينوف
  code     UKRGOV 2007-12..2010-03
  code     UKRGOV 2014-02-22..2019-05-19       # speaker and acting President 2014, NSDC secretary

actor Petro Poroshenko
  names    بيترو بوروشينكو | بترو بوروشينكو | بيوتر بوروشينكو | بوروشينكو
  code     UKRGOV 2009-10-09..2010-03-11
  code     UKRGOV 2012-03..2012-12
  code     UKRGOV 2014-06-07..2019-05-20
  code     UKROPP 2019-05-21..

actor Volodymyr Zelensky
  names    فولوديمير زيلينسكي | فلاديمير زيلينسكي | فولوديمير زيلنسكي | زيلينسكي | زيلنسكي
  code     UKRGOV 2019-05-20..

actor Yulia Tymoshenko
  names    يوليا تيموشينكو | يوليا تيموشنكو | تيموشينكو | تيموشنكو
  code     UKRGOV 1999-12-30..2001-01-19
  code     UKRGOV 2005-01-24..2005-09-08
  code     UKRGOV 2007-12-18..2010-03-04
  code     UKROPP 2010-03-05..

actor Mykola Azarov
  names    ميكولا أزاروف | نيكولاي أزاروف | أزاروف
  code     UKRGOV 2002-11..2005-01
  code     UKRGOV 2006-08..2007-12
  code     UKRGOV 2010-03-11..2014-01-28

actor Arseniy Yatsenyuk
  names    أرسيني ياتسينيوك | أرسيني ياتسنيوك | ياتسينيوك | ياتسنيوك
  code     UKRGOV 2007-03-21..2007-12-04
  code     UKRLEG 2007-12-04..2008-11-12
  code     UKRGOV 2014-02-27..2016-04-14

actor Volodymyr Groysman
  names    فولوديمير غرويسمان | فولوديمير جرويسمان | غرويسمان
  code     UKRLEG 2014-11-27..2016-04-13
  code     UKRGOV 2016-04-14..2019-08-29

actor Oleksiy Honcharuk
  names    أوليكسي غونشاروك | أوليكسي هونشاروك | أولكسي غونتشاروك | هونشاروك | غونشاروك
  code     UKRGOV 2019-08-29..2020-03-04

actor Denys Shmyhal
  names    دينيس شميغال | دينيس شميهال | دنيس شميغال | شميغال | شميهال
  code     UKRGOV 2019-08..

actor Yulia Svyrydenko
  names    يوليا سفيريدينكو | يوليا سفيريدنكو | سفيريدينكو
  code     UKRGOV 2020..

actor Pavlo Klimkin
  names    بافلو كليمكين | بافيل كليمكين | كليمكين
  code     UKRGOV 2014-06-19..2019-08-29

actor Vadym Prystaiko
  names    فاديم بريستايكو | بريستايكو
  code     UKRGOV 2019-06..2023-07

actor Dmytro Kuleba
  names    دميترو كوليبا | ديمترو كوليبا | دميتري كوليبا | كوليبا
  code     UKRGOV 2019-08-29..2024-09-05

actor Andrii Sybiha
  names    أندريه سيبيها | أندري سيبيغا | أندريه سيبيغا | أندري سيبيها | سيبيها | سيبيغا
  code     UKRGOV 2022-06..

actor Kostyantyn Gryshchenko
  names    كوستيانتين غريشتشينكو | كونستانتين غريشينكو
  code     UKRGOV 2010-03-11..2012-12-24

actor Leonid Kozhara
  names    ليونيد كوجارا | ليونيد كوزهارا
  code     UKRGOV 2012-12-24..2014-02-23

actor Stepan Poltorak
  names    ستيبان بولتوراك | بولتوراك
  code     UKRGOV 2014-10-14..2019-08-29

actor Andriy Zagorodnyuk
  names    أندريه زاغورودنيوك | أندري زاغورودنيوك
  code     UKRGOV 2019-08-29..2020-03-04

actor Andriy Taran
  names    أندريه تاران | أندري تاران
  code     UKRGOV 2020-03-04..2021-11-03

actor Oleksii Reznikov
  names    أوليكسي ريزنيكوف | أولكسي ريزنيكوف | أليكسي ريزنيكوف | ريزنيكوف
  code     UKRGOV 2020-03-04..2023-09-05

actor Rustem Umerov
  names    رستم عمروف | رستم أوميروف | أوميروف
  code     UKRGOV 2022-09-07..                 # defence minister 2023-2025, NSDC secretary

actor Valerii Zaluzhnyi
  names    فاليري زالوجني | فاليري زالوزني | زالوجني | زالوزني
  code     UKRMIL ..2024-02-08                 # commander-in-chief
  code     UKRGOV 2024-05..                    # ambassador to the United Kingdom

actor Oleksandr Syrskyi
  names    أولكسندر سيرسكي | ألكسندر سيرسكي | أوليكساندر سيرسكي | سيرسكي
  code     UKRMIL
  type     person

actor Andriy Yermak
  names    أندريه يرماك | أندري يرماك | يرماك
  code     UKRGOV 2019-05..2025-11-28

actor Kyrylo Budanov
  names    كيريلو بودانوف | كيريل بودانوف | بودانوف
  code     UKRSPY 2020-08-05..2026-01-01       # head of military intelligence (HUR)
  code     UKRGOV 2026-01-02..                 # head of the Office of the President

actor Vitali Klitschko
  names    فيتالي كليتشكو | كليتشكو
  code     UKRGOV 2014-06-05..                 # Mayor of Kyiv

# ======================================================================
# Japan
# ======================================================================

actor Emperor Akihito
  names    الإمبراطور أكيهيتو | أكيهيتو
  code     JPNGOV ..2019-04-30

actor Emperor Naruhito
  names    الإمبراطور ناروهيتو | ناروهيتو
  code     JPNELI ..2019-04-30                 # Crown Prince
  code     JPNGOV 2019-05-01..

actor Yoshiro Mori
  names    يوشيرو موري
  code     JPNGOV ..2001-04-26

actor Junichiro Koizumi
  names    جونيتشيرو كويزومي | جونيشيرو كويزومي
  code     JPNGOV 2001-04-26..2006-09-26

actor Shinzo Abe
  names    شينزو آبي
  code     JPNGOV 2005-10-31..2007-09-26
  code     JPNGOV 2012-12-26..2020-09-16

actor Yasuo Fukuda
  names    ياسو فوكودا | ياسوو فوكودا | فوكودا
  code     JPNGOV 2000-10..2004-05
  code     JPNGOV 2007-09-26..2008-09-24

actor Taro Aso
  names    تارو آسو
  code     JPNGOV 2005-10-31..2007-08-27
  code     JPNGOV 2008-09-24..2009-09-16
  code     JPNGOV 2012-12-26..2021-10-04

actor Yukio Hatoyama
  names    يوكيو هاتوياما | هاتوياما
  code     JPNGOV 2009-09-16..2010-06-08

actor Naoto Kan
  names    ناوتو كان
  code     JPNGOV 2009-09..2011-09-02

actor Yoshihiko Noda
  names    يوشيهيكو نودا | نودا
  code     JPNGOV 2009-09..2012-12-26

actor Yoshihide Suga
  names    يوشيهيدي سوغا | يوشيهيدي سوجا | سوغا
  code     JPNGOV 2012-12-26..2021-10-04

actor Fumio Kishida
  names    فوميو كيشيدا | كيشيدا
  code     JPNGOV 2012-12-26..2017-08-03
  code     JPNGOV 2021-10-04..2024-10-01

actor Shigeru Ishiba
  names    شيغيرو إيشيبا | شيجيرو إيشيبا | إيشيبا
  code     JPNGOV 2002-09..2004-09
  code     JPNGOV 2007-09..2009-09
  code     JPNGOV 2014-09..2016-08
  code     JPNGOV 2024-10-01..2025-10-21

actor Sanae Takaichi
  names    ساناي تاكايتشي | ساناي تاكاييتشي | تاكايتشي
  code     JPNGOV 2014-09..2017-08
  code     JPNGOV 2019-09..2020-09
  code     JPNGOV 2022-08..2024-10-01
  code     JPNGOV 2025-10-21..

actor Yohei Kono
  names    يوهي كونو
  code     JPNGOV ..2001-04-26
  code     JPNLEG 2003-11..2009-07

actor Makiko Tanaka
  names    ماكيكو تاناكا
  code     JPNGOV 2001-04-26..2002-01-30

actor Yoriko Kawaguchi
  names    يوريكو كاواغوتشي | يوريكو كاواجوتشي
  code     JPNGOV 2000-07..2004-09-27

actor Nobutaka Machimura
  names    نوبوتاكا ماتشيمورا
  code     JPNGOV 2004-09-27..2005-10-31
  code     JPNGOV 2007-08..2008-09

actor Katsuya Okada
  names    كاتسويا أوكادا
  code     JPNGOV 2009-09-16..2010-09-17
  code     JPNGOV 2012-01..2012-12

actor Seiji Maehara
  names    سيجي ميهارا | سيجي مايهارا
  code     JPNGOV 2010-09-17..2011-03-07

actor Koichiro Gemba
  names    كويتشيرو غيمبا | كويتشيرو جيمبا
  code     JPNGOV 2011-09-02..2012-12-26

actor Taro Kono
  names    تارو كونو
  code     JPNGOV 2015-10..2016-08
  code     JPNGOV 2017-08-03..2021-10-04       # foreign, then defence minister
  code     JPNGOV 2022-08-10..2024-10-01

actor Toshimitsu Motegi
  names    توشيميتسو موتيغي | توشيميتسو موتيجي | موتيغي | موتيجي
  code     JPNGOV 2012-12-26..2014-09
  code     JPNGOV 2017-08..2021-11-04
  code     JPNGOV 2025-10-21..

actor Yoshimasa Hayashi
  names    يوشيماسا هاياشي | هاياشي
  code     JPNGOV 2012-12..2015-10
  code     JPNGOV 2017-08..2018-10
  code     JPNGOV 2021-11-10..2025-10-21

actor Yoko Kamikawa
  names    يوكو كاميكاوا | كاميكاوا
  code     JPNGOV 2014-10..2015-10
  code     JPNGOV 2017-08..2018-10
  code     JPNGOV 2019-09..2021-10
  code     JPNGOV 2023-09-13..2024-10-01

actor Takeshi Iwaya
  names    تاكيشي إيوايا | إيوايا
  code     JPNGOV 2018-10-02..2019-09-11
  code     JPNGOV 2024-10-01..2025-10-21

actor Itsunori Onodera
  names    إيتسونوري أونوديرا | أونوديرا
  code     JPNGOV 2012-12-26..2014-09-03
  code     JPNGOV 2017-08-03..2018-10-02

actor Tomomi Inada
  names    تومومي إينادا
  code     JPNGOV 2012-12..2014-09
  code     JPNGOV 2016-08-03..2017-07-28

actor Nobuo Kishi
  names    نوبو كيشي | نوبوو كيشي
  code     JPNGOV 2020-09-16..2022-08-10

actor Yasukazu Hamada
  names    ياسوكازو هامادا
  code     JPNGOV 2022-08-10..2023-09-13

actor Minoru Kihara
  names    مينورو كيهارا | كيهارا
  code     JPNGOV 2023-09-13..2024-10-01
  code     JPNGOV 2025-10-21..

actor Gen Nakatani
  names    جين ناكاتاني | ناكاتاني
  code     JPNGOV 2014-12..2016-08
  code     JPNGOV 2024-10-01..2025-10-21

actor Shinjiro Koizumi
  names    شينجيرو كويزومي
  code     JPNGOV 2019-09-11..2021-10-04
  code     JPNGOV 2025-05-21..

# ======================================================================
# Canada
# ======================================================================

actor Jean Chrétien
  names    جان كريتيان | جان كرتيان | كريتيان
  code     CANGOV ..2003-12-12

actor Paul Martin
  names    بول مارتن | بول مارتين
  code     CANGOV ..2002-06-02                 # finance minister
  code     CANGOV 2003-12-12..2006-02-06       # Prime Minister

actor Stephen Harper
  names    ستيفن هاربر | ستيفن هاربير | هاربر
  code     CANOPP 2002-05-21..2006-02-05
  code     CANGOV 2006-02-06..2015-11-04

actor Justin Trudeau
  names    جاستن ترودو | جستين ترودو | جاستين ترودو | ترودو
  code     CANGOV 2015-11-04..2025-03-14

actor Mark Carney
  names    مارك كارني | كارني
  code     IGOUNO 2019-12..2025-01             # UN special envoy on climate action and finance
  code     CANGOV 2025-03-14..

actor John Manley
  names    جون مانلي
  code     CANGOV ..2003-12-12

actor Bill Graham
  names    بيل غراهام | بيل جراهام
  code     CANGOV 2002-01-16..2006-02-06

actor Pierre Pettigrew
  names    بيير بيتيغرو | بيار بيتيغرو | بيير بيتيجرو
  code     CANGOV ..2006-02-06

actor Peter MacKay
  names    بيتر ماكاي | بيتر ماكي | بيتر مكاي
  code     CANGOV 2006-02-06..2015-11-04

actor Maxime Bernier
  names    ماكسيم برنييه | ماكسيم بيرنييه
  code     CANGOV 2006-02..2008-05-26

actor Lawrence Cannon
  names    لورانس كانون | لورنس كانون
  code     CANGOV 2006-02..2011-05-18

actor John Baird
  names    جون بيرد | جون بايرد
  code     CANGOV 2006-02..2015-02-03

actor Rob Nicholson
  names    روب نيكلسون | روب نيكولسون
  code     CANGOV 2006-02..2015-11-04

actor Stéphane Dion
  names    ستيفان ديون
  code     CANOPP 2006-12-02..2008-12-10
  code     CANGOV 2015-11-04..2017-01-10

actor Chrystia Freeland
  names    كريستيا فريلاند | فريلاند
  code     CANGOV 2015-11-04..2024-12-16       # foreign minister 2017-2019, deputy PM and finance minister
  code     CANGOV 2025-03-14..2025-05-13

actor François-Philippe Champagne
  names    فرانسوا فيليب شامبين | فرانسوا فيليب شامبان
  code     CANGOV 2017-01-10..

actor Marc Garneau
  names    مارك غارنو | مارك جارنو | مارك غارنيو
  code     CANGOV 2015-11-04..2021-10-26

actor Mélanie Joly
  names    ميلاني جولي
  code     CANGOV 2015-11-04..

actor Anita Anand
  names    أنيتا أناند | أناند
  code     CANGOV 2019-11-20..                 # defence minister 2021-2023, foreign minister from 2025-05-13

actor Harjit Sajjan
  names    هارجيت سجان | هارجيت ساجان | هارجيت سينغ سجان
  code     CANGOV 2015-11-04..2025-03-14

actor Bill Blair
  names    بيل بلير
  code     CANGOV 2018-07..2025-05-13

actor David McGuinty
  names    ديفيد ماكغينتي | ديفيد ماكجينتي
  code     CANGOV 2024-11..

actor Pierre Poilievre
  names    بيير بوالييفر | بيير بواليفر | بيار بوالييفر
  code     CANOPP 2022-09-10..

# ======================================================================
# Spain
# ======================================================================

actor King Juan Carlos I
  names    الملك خوان كارلوس | خوان كارلوس الأول | خوان كارلوس
  code     ESPGOV ..2014-06-19

actor King Felipe VI
  names    الملك فيليبي السادس | الملك فيليبي | فيليبي السادس | الملك فيليب السادس
  code     ESPELI ..2014-06-18                 # Prince of Asturias
  code     ESPGOV 2014-06-19..

actor José María Aznar
  names    خوسيه ماريا أثنار | خوسيه ماريا أزنار | أثنار | أزنار
  code     ESPGOV ..2004-04-17

actor José Luis Rodríguez Zapatero
  names    خوسيه لويس رودريغيث ثاباتيرو | خوسيه لويس ثاباتيرو | خوسيه لويس زاباتيرو | رودريغيث ثاباتيرو | ثاباتيرو | ساباتيرو | زاباتيرو
  code     ESPOPP 2000-07-22..2004-04-16
  code     ESPGOV 2004-04-17..2011-12-21

actor Mariano Rajoy
  names    ماريانو راخوي | راخوي
  code     ESPGOV 2000-04..2003-09
  code     ESPOPP 2004-04-18..2011-12-20
  code     ESPGOV 2011-12-21..2018-06-02

actor Pedro Sánchez
  names    بيدرو سانشيز | بيدرو سانشيث | بيدرو سانشز
  code     ESPOPP 2014-07-26..2016-10-01
  code     ESPOPP 2017-06-18..2018-06-01
  code     ESPGOV 2018-06-02..

actor Josep Piqué
  names    جوسيب بيكيه | جوزيب بيكيه | خوسيب بيكيه
  code     ESPGOV ..2003-09

actor Ana Palacio
  names    آنا بالاسيو | آنا بلاثيو
  code     ESPGOV 2002-07-10..2004-04-18

actor Miguel Ángel Moratinos
  names    ميغيل أنخيل موراتينوس | ميجيل أنخيل موراتينوس | موراتينوس
  code     IGOEUREEC ..2003-07                 # EU special representative for the Middle East peace process
  code     ESPGOV 2004-04-18..2010-10-21       # foreign minister
  code     IGOUNO 2019-01..                    # High Representative for the UN Alliance of Civilizations

actor Trinidad Jiménez
  names    ترينيداد خيمينيث | ترينيداد خيمينيز | ترينيداد خيمينز
  code     ESPGOV 2009-04..2011-12-22

actor José Manuel García-Margallo
  names    خوسيه مانويل غارسيا مارغايو | خوسيه مانويل غارسيا مارغالو | غارسيا مارغايو | مارغايو
  code     ESPGOV 2011-12-22..2016-11-04

actor Alfonso Dastis
  names    ألفونسو داستيس | ألفونسو داستس | داستيس
  code     ESPGOV 2016-11-04..2018-06-07

actor Arancha González Laya
  names    أرانتشا غونزاليس لايا | أرانتشا جونزاليس لايا | أرانشا غونزاليس لايا | غونزاليس لايا
  code     ESPGOV 2020-01-13..2021-07-12

actor José Manuel Albares
  names    خوسيه مانويل ألباريس
  code     ESPGOV 2018-06..

actor Federico Trillo
  names    فيديريكو تريو | فيديريكو تريلو
  code     ESPGOV 2000-04-28..2004-04-18

actor José Bono
  names    خوسيه بونو
  code     ESPGOV 2004-04-18..2006-04-07
  code     ESPLEG 2008-04..2011-12

actor José Antonio Alonso
  names    خوسيه أنطونيو ألونسو
  code     ESPGOV 2004-04..2008-04

actor Carme Chacón
  names    كارمي تشاكون | كارمي شاكون | كارمن تشاكون
  code     ESPGOV 2007-07..2011-12-22

actor Pedro Morenés
  names    بيدرو مورينيس | بيدرو مورينس
  code     ESPGOV 2011-12-22..2016-11-04

actor María Dolores de Cospedal
  names    ماريا دولوريس دي كوسبيدال | دي كوسبيدال
  code     ESPGOV 2016-11-04..2018-06-07

actor Margarita Robles
  names    مارغاريتا روبليس | مارجريتا روبليس | روبليس
  code     ESPGOV 2018-06-07..

actor Alberto Núñez Feijóo
  names    ألبرتو نونييث فيخو | ألبرتو نونيز فيخو | فيخو
  code     ESPGOV 2009-04-18..2022-04-02       # President of Galicia
  code     ESPOPP 2022-04-02..

actor Santiago Abascal
  names    سانتياغو أباسكال | سانتياجو أباسكال | أباسكال
  code     ESPOPP
  type     person

# ======================================================================
# Greece
# ======================================================================

actor Costas Simitis
  names    كوستاس سيميتيس | كوستاس سيميتس | سيميتيس
  code     GRCGOV ..2004-03-10

actor Kostas Karamanlis
  names    كوستاس كرامنليس | كوستاس كارامانليس | كوستاس كارامنليس | كارامانليس | كرامنليس
  code     GRCOPP ..2004-03-09
  code     GRCGOV 2004-03-10..2009-10-06

actor George Papandreou
  names    جورج باباندريو | يورغوس باباندريو | جورج باباندريوس | باباندريو
  code     GRCGOV ..2004-02-13                 # foreign minister
  code     GRCOPP 2004-02-14..2009-10-05
  code     GRCGOV 2009-10-06..2011-11-11       # Prime Minister

actor Lucas Papademos
  names    لوكاس باباديموس | لوكاس باباذيموس | باباديموس
  code     IGOEUREEC 2002-06..2010-05          # ECB vice-president
  code     GRCGOV 2011-11-11..2012-05-16

actor Antonis Samaras
  names    أنطونيس ساماراس | أنتونيس ساماراس | ساماراس
  code     GRCOPP 2009-11-30..2012-06-19
  code     GRCGOV 2012-06-20..2015-01-26

actor Alexis Tsipras
  names    أليكسيس تسيبراس | ألكسيس تسيبراس | أليكسيس تسيبرس | تسيبراس
  code     GRCOPP 2012-06..2015-01-25
  code     GRCGOV 2015-01-26..2015-08-27
  code     GRCGOV 2015-09-21..2019-07-08
  code     GRCOPP 2019-07-08..2023-06-29

actor Kyriakos Mitsotakis
  names    كيرياكوس ميتسوتاكيس | كرياكوس ميتسوتاكيس | ميتسوتاكيس
  code     GRCGOV 2013-06-25..2015-01-27
  code     GRCOPP 2016-01-10..2019-07-07
  code     GRCGOV 2019-07-08..2023-05-25
  code     GRCGOV 2023-06-26..

actor Konstantinos Stephanopoulos
  names    كونستانتينوس ستيفانوبولوس | كوستيس ستيفانوبولوس
  code     GRCGOV ..2005-03-12

actor Karolos Papoulias
  names    كارولوس بابولياس | بابولياس
  code     GRCGOV 2005-03-12..2015-03-13

actor Prokopis Pavlopoulos
  names    بروكوبيس بافلوبولوس | بافلوبولوس
  code     GRCGOV 2004-03..2009-10
  code     GRCGOV 2015-03-13..2020-03-13

actor Katerina Sakellaropoulou
  names    كاترينا ساكيلاروبولو | كاترينا ساكيلاروبولوس | ساكيلاروبولو
  code     GRCJUD 2018-10..2020-03-12
  code     GRCGOV 2020-03-13..2025-03-13

actor Konstantinos Tasoulas
  names    كونستانتينوس تاسولاس | كوستاس تاسولاس | تاسولاس
  code     GRCLEG 2019-07-18..2025-02
  code     GRCGOV 2025-03-13..

actor Petros Molyviatis
  names    بيتروس موليفياتيس | بتروس موليفياتيس
  code     GRCGOV 2004-03-10..2006-02-15

actor Dora Bakoyannis
  names    دورا باكويانيس | دورا باكوياني | دورا باكوجياني | باكويانيس
  code     GRCGOV 2003-01..2009-10-07          # Mayor of Athens, foreign minister 2006-2009

actor Dimitris Droutsas
  names    ديميتريس دروتساس | ديمتريس دروتساس
  code     GRCGOV 2010-06..2011-06

actor Stavros Lambrinidis
  names    ستافروس لامبرينيديس | ستافروس لامبرينيدس | لامبرينيديس
  code     GRCGOV 2011-06-17..2011-11-11
  code     IGOEUREEC 2012-09..2024

actor Stavros Dimas
  names    ستافروس ديماس
  code     IGOEUREEC 2004-11..2010-02
  code     GRCGOV 2011-11-11..2012-05-17

actor Dimitris Avramopoulos
  names    ديمتريس أفراموبولوس | ديميتريس أفراموبولوس | أفراموبولوس
  code     GRCGOV 2012-06-21..2014-11-01
  code     IGOEUREEC 2014-11-01..2019-11-30

actor Evangelos Venizelos
  names    إيفانجيلوس فينيزيلوس | إيفانغيلوس فينيزيلوس | فينيزيلوس
  code     GRCGOV 2009-10..2012-03
  code     GRCGOV 2013-06-25..2015-01-27

actor Nikos Kotzias
  names    نيكوس كوتزياس | نيكوس كوجياس | كوتزياس
  code     GRCGOV 2015-01-27..2018-10-17

actor Nikos Dendias
  names    نيكوس ديندياس | نيكوس دندياس | ديندياس | دندياس
  code     GRCGOV 2012-06..2015-01-27
  code     GRCGOV 2019-07-09..2023-05-26       # foreign minister
  code     GRCGOV 2023-06-27..                 # defence minister

actor George Gerapetritis
  names    جورج جيرابيتريتيس | يورغوس جيرابيتريتيس | جيورجوس جيرابيتريتيس | جيرابيتريتيس
  code     GRCGOV 2019-07-09..2023-05-26
  code     GRCGOV 2023-06-27..                 # foreign minister

actor Panos Kammenos
  names    بانوس كامينوس | بانوس كامنوس | كامينوس
  code     GRCGOV 2015-01-27..2019-01-13

actor Evangelos Apostolakis
  names    إيفانجيلوس أبوستولاكيس | إيفانغيلوس أبوستولاكيس | أبوستولاكيس
  code     GRCMIL ..2019-01-13
  code     GRCGOV 2019-01-14..2019-07-09

actor Nikolaos Panagiotopoulos
  names    نيكولاوس باناجيوتوبولوس | نيكوس باناجيوتوبولوس | نيكولاوس باناغيوتوبولوس
  code     GRCGOV 2019-07-09..2023-05-26

# ======================================================================
# Cyprus
# ======================================================================

actor Glafcos Clerides
  names    غلافكوس كليريدس | جلافكوس كليريدس | كليريدس
  code     CYPGOV ..2003-02-28

actor Tassos Papadopoulos
  names    تاسوس بابادوبولوس | تاسوس بابادوبولس | بابادوبولوس
  code     CYPGOV 2003-02-28..2008-02-28

actor Demetris Christofias
  names    ديميتريس خريستوفياس | ديمتريس كريستوفياس | ديمتريس خريستوفياس | خريستوفياس | كريستوفياس
  code     CYPLEG 2001-06..2008-02-27
  code     CYPGOV 2008-02-28..2013-02-28

actor Nicos Anastasiades
  names    نيكوس أناستاسيادس | نيكوس أناستاسياديس | أناستاسيادس | أناستاسياديس
  code     CYPOPP ..2013-02-27
  code     CYPGOV 2013-02-28..2023-02-28

actor Nikos Christodoulides
  names    نيكوس خريستودوليدس | نيكوس خريستودوليديس | نيكوس كريستودوليدس | نيكوس كريستودوليديس | خريستودوليدس | خريستودوليديس | كريستودوليدس
  code     CYPGOV 2014-02..2022-01             # government spokesman, foreign minister 2018-2022
  code     CYPGOV 2023-02-28..                 # President

actor Ioannis Kasoulides
  names    يوانيس كاسوليدس | ياناكيس كاسوليدس | يوانيس كاسوليديس | كاسوليدس | كاسوليديس
  code     CYPGOV ..2003-02-28
  code     CYPGOV 2013-03-01..2018-03-01
  code     CYPGOV 2022-01..2023-02-28

actor George Iacovou
  names    جورج ياكوفو | جورج إياكوفو | جورج ياكوفوس
  code     CYPGOV 2003-02-28..2006

actor Markos Kyprianou
  names    ماركوس كبريانو | ماركوس كيبريانو
  code     IGOEUREEC 2004-05-01..2008-03       # European Commissioner
  code     CYPGOV 2008-03..2011-08

actor Erato Kozakou-Marcoullis
  names    إيراتو كوزاكو ماركوليس
  code     CYPGOV 2011-08-05..2013-02-28

actor Constantinos Kombos
  names    كونستانتينوس كومبوس | كومبوس
  code     CYPGOV 2023-03-01..

# ======================================================================
# Malta
# ======================================================================

actor Eddie Fenech Adami
  names    إدي فينيش أدامي | إيدي فنيش أدامي | إدوارد فينيش أدامي
  code     MLTGOV ..2009-04-04                 # Prime Minister to 2004, President 2004-2009

actor Guido de Marco
  names    غويدو دي ماركو | جويدو دي ماركو
  code     MLTGOV ..2004-04-04

actor Lawrence Gonzi
  names    لورنس غونزي | لورانس جونزي | لورانس غونزي | غونزي
  code     MLTGOV 1998-09..2013-03-11

actor Joseph Muscat
  names    جوزيف موسكات | موسكات
  code     MLTOPP 2008-06-06..2013-03-10
  code     MLTGOV 2013-03-11..2020-01-13

actor Robert Abela
  names    روبرت أبيلا
  code     MLTGOV 2020-01-13..

actor Joe Borg
  names    جو بورغ | جو بورج
  code     MLTGOV ..2004-04
  code     IGOEUREEC 2004-05-01..2010-02-09

actor Michael Frendo
  names    مايكل فريندو | مايكل فرندو
  code     MLTGOV 2004-03..2008-03

actor Tonio Borg
  names    طونيو بورغ | تونيو بورغ | تونيو بورج
  code     MLTGOV 2003..2012-11
  code     IGOEUREEC 2012-11-28..2014-11-01

actor George Vella
  names    جورج فيلا
  code     MLTGOV 2013-03-13..2017-06           # foreign minister
  code     MLTGOV 2019-04-04..2024-04-04        # President

actor Carmelo Abela
  names    كارميلو أبيلا | كارملو أبيلا
  code     MLTGOV 2013-03..2022-03

actor Evarist Bartolo
  names    إيفاريست بارتولو | إفاريست بارتولو | بارتولو
  code     MLTGOV 2013-03..2022-03

actor Ian Borg
  names    إيان بورغ | إيان بورج
  code     MLTGOV 2014-04..                    # minister, foreign minister from 2022-03-30

actor George Abela
  names    جورج أبيلا
  code     MLTGOV 2009-04-04..2014-04-04

actor Marie-Louise Coleiro Preca
  names    ماري لويز كوليرو بريكا
  code     MLTGOV 2013-03..2019-04-04

actor Myriam Spiteri Debono
  names    ميريام سبيتيري ديبونو | مريم سبيتيري ديبونو
  code     MLTGOV 2024-04-04..

# ======================================================================
# Holy See
# ======================================================================

actor Pope John Paul II
  names    البابا يوحنا بولس الثاني | يوحنا بولس الثاني
  code     VATGOV ..2005-04-02

actor Pope Benedict XVI
  names    البابا بنديكتوس السادس عشر | البابا بندكتس السادس عشر | بنديكتوس السادس عشر | بندكتس السادس عشر
  code     VATGOV 2005-04-19..2013-02-28

actor Pope Francis
  names    البابا فرنسيس | البابا فرانسيس | البابا فرنسيس الأول
  code     VATGOV 2013-03-13..2025-04-21

actor Pope Leo XIV
  names    البابا لاوون الرابع عشر | البابا ليو الرابع عشر | البابا لاون الرابع عشر | لاوون الرابع عشر
  code     VATGOV 2025-05-08..

# ======================================================================
# Other European states
# ======================================================================

actor Viktor Orbán
  names    فيكتور أوربان | فكتور أوربان | أوربان
  code     HUNGOV ..2002-05-27
  code     HUNOPP 2002-05-27..2010-05-28
  code     HUNGOV 2010-05-29..

actor Aleksandar Vučić
  names    ألكسندر فوتشيتش | فوتشيتش
  code     SRBGOV 2012-07..

actor Andrzej Duda
  names    أندريه دودا | أندجي دودا
  code     POLGOV 2015-08-06..2025-08-06

actor Karol Nawrocki
  names    كارول ناوروتسكي | كارول نافروتسكي
  code     POLGOV 2025-08-06..

actor Radosław Sikorski
  names    رادوسلاف سيكورسكي | راديك سيكورسكي | سيكورسكي
  code     POLGOV 2005-10..2007-02
  code     POLGOV 2007-11-16..2014-09-22
  code     POLGOV 2023-12-13..

actor Dick Schoof
  names    ديك سخوف | ديك شوف
  code     NLDGOV 2024-07-02..

actor Sebastian Kurz
  names    سيباستيان كورتس | سيباستيان كورتز | كورتس
  code     AUTGOV 2013-12-16..2019-05-28
  code     AUTGOV 2020-01-07..2021-10-11

actor Jonas Gahr Støre
  names    يوناس غار ستوره | يوناس جار ستوره | يوناس غار ستور | غار ستوره
  code     NORGOV 2005-10-17..2013-10-16
  code     NORGOV 2021-10-14..

actor Espen Barth Eide
  names    إسبن بارث إيدي | بارث إيدي
  code     NORGOV 2011-09..2013-10-16
  code     NORGOV 2021-10-14..                 # foreign minister from 2023-10-16

actor Lars Løkke Rasmussen
  names    لارس لوكه راسموسن | لارس لوكي راسموسن
  code     DNKGOV 2007-11..2011-10-03
  code     DNKGOV 2015-06-28..2019-06-27
  code     DNKGOV 2022-12-15..

actor Mette Frederiksen
  names    ميته فريدريكسن | ميتي فريدريكسن | فريدريكسن
  code     DNKGOV 2019-06-27..

actor Leo Varadkar
  names    ليو فارادكار | فارادكار
  code     IRLGOV 2017-06-14..2024-04-09

actor Simon Harris
  names    سايمون هاريس
  code     IRLGOV 2024-04-09..

actor Micheál Martin
  names    ميهول مارتن | مايكل مارتن | ميشال مارتن
  code     IRLGOV 2020-06-27..

actor Alexander Lukashenko
  names    ألكسندر لوكاشينكو | ألكسندر لوكاشنكو | لوكاشينكو | لوكاشنكو
  code     BLRGOV
  type     person

actor Ilham Aliyev
  names    إلهام علييف | علييف
  code     AZEGOV 2003-08..

actor Heydar Aliyev
  names    حيدر علييف
  code     AZEGOV ..2003-10-31

actor Jeyhun Bayramov
  names    جيحون بيراموف | جيهون بيراموف
  code     AZEGOV 2020-07-16..

actor Nikol Pashinyan
  names    نيكول باشينيان | باشينيان
  code     ARMGOV 2018-05-08..

actor Nursultan Nazarbayev
  names    نور سلطان نزارباييف | نور سلطان نزاربايف | نزارباييف | نزاربايف
  code     KAZGOV ..2019-03-20

actor Kassym-Jomart Tokayev
  names    قاسم جومارت توكاييف | قاسم جومرت توكاييف | توكاييف | توكايف
  code     KAZGOV 1999-10..2007-01
  code     KAZGOV 2019-03-20..

# ======================================================================
# Asia and the Pacific
# ======================================================================

actor Kim Jong-il
  names    كيم جونغ إيل | كيم جونج إيل | كيم يونغ إيل
  code     PRKGOV ..2011-12-17

actor Kim Jong-un
  names    كيم جونغ أون | كيم جونج أون | كيم يونغ أون
  code     PRKGOV 2011-12-17..

actor Kim Dae-jung
  names    كيم داي جونغ | كيم داي جونج | كيم دي جونغ
  code     KORGOV ..2003-02-25

actor Roh Moo-hyun
  names    روه مو هيون | رو مو هيون
  code     KORGOV 2003-02-25..2008-02-25

actor Lee Myung-bak
  names    لي ميونغ باك | لي ميونج باك
  code     KORGOV 2008-02-25..2013-02-25

actor Park Geun-hye
  names    بارك غن هي | بارك كون هيه | بارك جون هاي | بارك غيون هاي
  code     KORGOV 2013-02-25..2017-03-10

actor Moon Jae-in
  names    مون جاي إن | مون جيه إن
  code     KORGOV 2017-05-10..2022-05-10

actor Yoon Suk Yeol
  names    يون سوك يول | يون سوك يئول
  code     KORGOV 2022-05-10..2025-04-04

actor Lee Jae-myung
  names    لي جاي ميونغ | لي جيه ميونغ | لي جاي ميونج
  code     KOROPP 2022-08-28..2025-04-09
  code     KORGOV 2025-06-04..

actor Abdurrahman Wahid
  names    عبد الرحمن واحد | عبدالرحمن واحد
  code     IDNGOV ..2001-07-23

actor Megawati Sukarnoputri
  names    ميغاواتي سوكارنوبوتري | ميجاواتي سوكارنوبوتري | ميغاواتي
  code     IDNGOV ..2004-10-20                 # Vice-President 1999-2001, President 2001-2004

actor Susilo Bambang Yudhoyono
  names    سوسيلو بامبانغ يودويونو | سوسيلو بامبانج يودويونو | يودويونو
  code     IDNGOV 2000..2004-03                # coordinating security minister
  code     IDNGOV 2004-10-20..2014-10-20

actor Joko Widodo
  names    جوكو ويدودو | جوكوي ويدودو | ويدودو
  code     IDNGOV 2012-10..2024-10-20          # Governor of Jakarta, President 2014-2024

actor Prabowo Subianto
  names    برابوو سوبيانتو | برابوو سوبيانطو | برابوو
  code     IDNGOV 2019-10-23..                 # defence minister, President from 2024-10-20

actor Retno Marsudi
  names    ريتنو مارسودي | ريتنو مرسودي
  code     IDNGOV 2014-10-27..2024-10-20

actor Mahathir Mohamad
  names    مهاتير محمد | مهاتير
  code     MYSGOV ..2003-10-31
  code     MYSGOV 2018-05-10..2020-02-24

actor Abdullah Ahmad Badawi
  names    عبد الله أحمد بدوي | عبدالله أحمد بدوي | عبد الله بدوي
  code     MYSGOV 1999-01..2009-04-03

actor Najib Razak
  names    نجيب عبد الرزاق | نجيب رزاق | نجيب تون رزاق
  code     MYSGOV 1999-12..2018-05-10

actor Anwar Ibrahim
  names    أنور إبراهيم
  code     MYSOPP 2008-08..2022-11-23
  code     MYSGOV 2022-11-24..

actor Sheikh Hasina
  names    الشيخة حسينة | الشيخة حسينة واجد | حسينة واجد
  code     BGDGOV ..2001-07-15
  code     BGDOPP 2001-10..2008-12
  code     BGDGOV 2009-01-06..2024-08-05

actor Khaleda Zia
  names    خالدة ضياء | خالدة ضياء الرحمن
  code     BGDGOV 2001-10-10..2006-10-29

actor Jacinda Ardern
  names    جاسيندا أرديرن | جاسيندا آردرن | أرديرن
  code     NZLGOV 2017-10-26..2023-01-25

# ======================================================================
# The Americas
# ======================================================================

actor Fidel Castro
  names    فيدل كاسترو
  code     CUBGOV ..2008-02-24

actor Raúl Castro
  names    راؤول كاسترو | راول كاسترو
  code     CUBGOV 2006-07-31..2021-04-19

actor Hugo Chávez
  names    هوغو تشافيز | هوجو شافيز | هوغو شافيز | تشافيز | شافيز
  code     VENGOV ..2013-03-05

actor Nicolás Maduro
  names    نيكولاس مادورو | نيكولا مادورو | مادورو
  code     VENGOV 2006-08..2026-01-03          # foreign minister, President from 2013; seized by US forces

actor Delcy Rodríguez
  names    ديلسي رودريغيز | ديلسي رودريغيث | ديلسي رودريجيز
  code     VENGOV 2013-10..

actor Luiz Inácio Lula da Silva
  names    لويس إيناسيو لولا دا سيلفا | لولا دا سيلفا
  code     BRAGOV 2003-01-01..2010-12-31
  code     BRAGOV 2023-01-01..

actor Dilma Rousseff
  names    ديلما روسيف | روسيف
  code     BRAGOV 2005-06..2016-08-31

actor Michel Temer
  names    ميشال تامر | ميشيل تامر | ميشال تيمر
  code     BRAGOV 2011-01-01..2018-12-31

actor Jair Bolsonaro
  names    جايير بولسونارو | جاير بولسونارو | بولسونارو
  code     BRAGOV 2019-01-01..2022-12-31

actor Celso Amorim
  names    سيلسو أموريم | سلسو أموريم
  code     BRAGOV 2003-01-01..2014-12-31
  code     BRAGOV 2023-01-01..

actor Javier Milei
  names    خافيير ميلي | خابيير ميلي
  code     ARGGOV 2023-12-10..

actor Evo Morales
  names    إيفو موراليس
  code     BOLGOV 2006-01-22..2019-11-10

actor Gustavo Petro
  names    غوستافو بيترو | جوستافو بيترو | غوستافو بترو
  code     COLGOV 2022-08-07..

actor Gabriel Boric
  names    غابرييل بوريك | جابرييل بوريك | غابريل بوريك
  code     CHLGOV 2022-03-11..2026-03-11

actor Andrés Manuel López Obrador
  names    أندريس مانويل لوبيز أوبرادور | لوبيز أوبرادور
  code     MEXGOV 2018-12-01..2024-09-30
