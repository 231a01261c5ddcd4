@kind      places
@title     World capitals and other world cities and regions that Arabic news names
@source    Administrative divisions, place names and coordinates from the public record (national statistical and administrative divisions, common gazetteer knowledge); compiled by hand, coordinates rounded to 4 decimals and meant to be right within about 10 km
@source    Arabic city spellings cross-checked against i18n-iso-cities Arabic names (MIT), via shared/lexicon-sources/countries
@licence   CC BY 4.0 (this file); facts are not copyrightable
@curated   2026-11-29
@note      Names that are also common Arabic words (e.g. tadmur "destroys", hujja "pretext", al-bab "the door") are listed only in qualified forms (madinat X, qada X, muhafazat X).
@note      A governorate whose capital shares its name is listed as "muhafazat X" (plus "rif X" where news uses it); the bare name is the city.

place London
  names    لندن | العاصمة البريطانية لندن
  country  GBR
  coord    51.5074 -0.1278
  type     city

place Dublin
  names    دبلن
  country  IRL
  coord    53.3498 -6.2603
  type     city

place Paris
  names    باريس | العاصمة الفرنسية باريس
  country  FRA
  coord    48.8566 2.3522
  type     city

place Brussels
  names    بروكسل
  country  BEL
  coord    50.8503 4.3517
  type     city

place Amsterdam
  names    أمستردام
  country  NLD
  coord    52.3676 4.9041
  type     city

place The Hague
  names    لاهاي
  country  NLD
  coord    52.0705 4.3007
  type     city

place Luxembourg City
  names    مدينة لوكسمبورغ
  country  LUX
  coord    49.6116 6.1319
  type     city

place Berlin
  names    برلين | العاصمة الألمانية برلين
  country  DEU
  coord    52.5200 13.4050
  type     city

place Bern
  names    برن
  country  CHE
  coord    46.9480 7.4474
  type     city

place Vienna
  names    فيينا
  country  AUT
  coord    48.2082 16.3738
  type     city

place Rome
  names    روما | العاصمة الإيطالية روما
  country  ITA
  coord    41.9028 12.4964
  type     city

place Madrid
  names    مدريد
  country  ESP
  coord    40.4168 -3.7038
  type     city

place Lisbon
  names    لشبونة
  country  PRT
  coord    38.7223 -9.1393
  type     city

place Andorra la Vella
  names    أندورا لا فيلا
  country  AND
  coord    42.5063 1.5218
  type     city

place Valletta
  names    فاليتا | فاليت
  country  MLT
  coord    35.8989 14.5146
  type     city

place Copenhagen
  names    كوبنهاغن | كوبنهاجن
  country  DNK
  coord    55.6761 12.5683
  type     city

place Oslo
  names    أوسلو
  country  NOR
  coord    59.9139 10.7522
  type     city

place Stockholm
  names    ستوكهولم
  country  SWE
  coord    59.3293 18.0686
  type     city

place Helsinki
  names    هلسنكي
  country  FIN
  coord    60.1699 24.9384
  type     city

place Reykjavik
  names    ريكيافيك
  country  ISL
  coord    64.1466 -21.9426
  type     city

place Tallinn
  names    تالين
  country  EST
  coord    59.4370 24.7536
  type     city

place Riga
  names    ريغا | ريجا
  country  LVA
  coord    56.9496 24.1052
  type     city

place Vilnius
  names    فيلنيوس
  country  LTU
  coord    54.6872 25.2797
  type     city

place Warsaw
  names    وارسو
  country  POL
  coord    52.2297 21.0122
  type     city

place Prague
  names    براغ
  country  CZE
  coord    50.0755 14.4378
  type     city

place Bratislava
  names    براتيسلافا
  country  SVK
  coord    48.1486 17.1077
  type     city

place Budapest
  names    بودابست
  country  HUN
  coord    47.4979 19.0402
  type     city

place Ljubljana
  names    ليوبليانا
  country  SVN
  coord    46.0569 14.5058
  type     city

place Zagreb
  names    زغرب | زاغرب
  country  HRV
  coord    45.8150 15.9819
  type     city

place Sarajevo
  names    سراييفو
  country  BIH
  coord    43.8563 18.4131
  type     city

place Belgrade
  names    بلغراد
  country  SRB
  coord    44.7866 20.4489
  type     city

place Podgorica
  names    بودغوريتسا | بودجوريتسا
  country  MNE
  coord    42.4304 19.2594
  type     city

place Skopje
  names    سكوبيه | سكوبي
  country  MKD
  coord    41.9981 21.4254
  type     city

place Tirana
  names    تيرانا
  country  ALB
  coord    41.3275 19.8187
  type     city

place Sofia
  names    صوفيا | العاصمة البلغارية صوفيا
  country  BGR
  coord    42.6977 23.3219
  type     city

place Bucharest
  names    بوخارست
  country  ROU
  coord    44.4268 26.1025
  type     city

place Chisinau
  names    كيشيناو | تشيسيناو
  country  MDA
  coord    47.0105 28.8638
  type     city

place Kyiv
  names    كييف | العاصمة الأوكرانية كييف | العاصمة الاوكرانية
  country  UKR
  coord    50.4501 30.5234
  type     city

place Minsk
  names    مينسك
  country  BLR
  coord    53.9006 27.5590
  type     city

place Moscow
  names    موسكو | العاصمة الروسية موسكو
  country  RUS
  coord    55.7558 37.6173
  type     city

place Kremlin
  names    الكرملين
  country  RUS
  coord    55.7520 37.6175
  type     site

place Geneva
  names    جنيف
  country  CHE
  coord    46.2044 6.1432
  type     city

place Lausanne
  names    لوزان
  country  CHE
  coord    46.5197 6.6323
  type     city

place Zurich
  names    زيورخ
  country  CHE
  coord    47.3769 8.5417
  type     city

place Davos
  names    دافوس
  country  CHE
  coord    46.8027 9.8360
  type     town

place Munich
  names    ميونخ
  country  DEU
  coord    48.1351 11.5820
  type     city

place Frankfurt
  names    فرانكفورت
  country  DEU
  coord    50.1109 8.6821
  type     city

place Hamburg
  names    هامبورغ | هامبورج
  country  DEU
  coord    53.5511 9.9937
  type     city

place Cologne
  names    كولونيا
  country  DEU
  coord    50.9375 6.9603
  type     city

place Milan
  names    ميلانو
  country  ITA
  coord    45.4642 9.1900
  type     city

place Naples
  names    نابولي
  country  ITA
  coord    40.8518 14.2681
  type     city

place Palermo
  names    باليرمو
  country  ITA
  coord    38.1157 13.3615
  type     city

place Sicily
  names    صقلية | جزيرة صقلية
  country  ITA
  coord    37.6000 14.0000
  type     island

place Lampedusa
  names    لامبيدوزا | جزيرة لامبيدوزا
  country  ITA
  coord    35.5080 12.6000
  type     island

place Marseille
  names    مرسيليا | مارسيليا
  country  FRA
  coord    43.2965 5.3698
  type     city

place Lyon
  names    مدينة ليون
  country  FRA
  coord    45.7640 4.8357
  type     city

place Nice
  names    مدينة نيس
  country  FRA
  coord    43.7102 7.2620
  type     city

place Strasbourg
  names    ستراسبورغ | ستراسبورج
  country  FRA
  coord    48.5734 7.7521
  type     city

place Manchester
  names    مانشستر
  country  GBR
  coord    53.4808 -2.2426
  type     city

place Birmingham
  names    برمنغهام | برمنجهام
  country  GBR
  coord    52.4862 -1.8904
  type     city

place Glasgow
  names    غلاسكو | جلاسكو
  country  GBR
  coord    55.8642 -4.2518
  type     city

place Edinburgh
  names    إدنبرة
  country  GBR
  coord    55.9533 -3.1883
  type     city

place Gibraltar
  names    جبل طارق
  country  GIB
  coord    36.1408 -5.3536
  type     city

place Barcelona
  names    برشلونة
  country  ESP
  coord    41.3851 2.1734
  type     city

place Srebrenica
  names    سريبرينيتسا | سربرنيتسا
  country  BIH
  coord    44.1067 19.2970
  type     town

place Saint Petersburg
  names    سان بطرسبرغ | سانت بطرسبرغ | بطرسبرغ | سان بطرسبورغ
  country  RUS
  coord    59.9311 30.3609
  type     city

place Sochi
  names    سوتشي
  country  RUS
  coord    43.6028 39.7342
  type     city

place Kazan
  names    قازان
  country  RUS
  coord    55.7961 49.1064
  type     city

place Kaliningrad
  names    كالينينغراد
  country  RUS
  coord    54.7104 20.4522
  type     city

place Vladivostok
  names    فلاديفوستوك
  country  RUS
  coord    43.1198 131.8869
  type     city

place Kursk
  names    كورسك | مقاطعة كورسك
  country  RUS
  coord    51.7373 36.1874
  type     city

place Belgorod
  names    بيلغورود
  country  RUS
  coord    50.5997 36.5983
  type     city

place Crimea
  names    القرم | شبه جزيرة القرم | جزيرة القرم
  country  UKR
  coord    45.3000 34.4000
  type     region

place Sevastopol
  names    سيفاستوبول
  country  UKR
  coord    44.6167 33.5254
  type     city

place Donbas
  names    دونباس | حوض دونباس
  country  UKR
  coord    48.3000 38.3000
  type     region

place Donetsk
  names    دونيتسك
  country  UKR
  coord    48.0159 37.8028
  type     city

place Luhansk
  names    لوغانسك | لوهانسك
  country  UKR
  coord    48.5740 39.3078
  type     city

place Kharkiv
  names    خاركيف | خاركوف
  country  UKR
  coord    49.9935 36.2304
  type     city

place Odesa
  names    أوديسا
  country  UKR
  coord    46.4825 30.7233
  type     city

place Mariupol
  names    ماريوبول
  country  UKR
  coord    47.0971 37.5434
  type     city

place Zaporizhzhia
  names    زابوريجيا | زابوروجيا
  country  UKR
  coord    47.8388 35.1396
  type     city

place Kherson
  names    خيرسون
  country  UKR
  coord    46.6354 32.6169
  type     city

place Bakhmut
  names    باخموت
  country  UKR
  coord    48.5953 38.0003
  type     city

place Lviv
  names    لفيف
  country  UKR
  coord    49.8397 24.0297
  type     city

place Dnipro
  names    دنيبرو
  country  UKR
  coord    48.4647 35.0462
  type     city

place Beijing
  names    بكين | بيجين | العاصمة الصينية بكين
  country  CHN
  coord    39.9042 116.4074
  type     city

place Shanghai
  names    شنغهاي | شانغهاي
  country  CHN
  coord    31.2304 121.4737
  type     city

place Hong Kong
  names    هونغ كونغ | هونج كونج
  country  HKG
  coord    22.3193 114.1694
  type     city

place Xinjiang
  names    شينجيانغ | شينجيانج | سنجان | تركستان الشرقية | إقليم شينجيانغ
  country  CHN
  coord    41.0000 85.0000
  type     region

place Taipei
  names    تايبيه | تايبه
  country  TWN
  coord    25.0330 121.5654
  type     city

place Tokyo
  names    طوكيو
  country  JPN
  coord    35.6762 139.6503
  type     city

place Hiroshima
  names    هيروشيما
  country  JPN
  coord    34.3853 132.4553
  type     city

place Seoul
  names    سول | سيول
  country  KOR
  coord    37.5665 126.9780
  type     city

place Pyongyang
  names    بيونغ يانغ | بيونغيانغ | بيونج يانج
  country  PRK
  coord    39.0392 125.7625
  type     city

place Ulaanbaatar
  names    أولان باتور
  country  MNG
  coord    47.8864 106.9057
  type     city

place New Delhi
  names    نيودلهي | نيو دلهي | دلهي
  country  IND
  coord    28.6139 77.2090
  type     city

place Mumbai
  names    مومباي | بومباي
  country  IND
  coord    19.0760 72.8777
  type     city

place Hyderabad
  names    حيدر آباد
  country  IND
  coord    17.3850 78.4867
  type     city

place Kashmir
  names    كشمير | جامو وكشمير | كشمير الهندية
  country  IND
  coord    34.0836 74.7973
  type     region
  rank     1

place Dhaka
  names    دكا | داكا
  country  BGD
  coord    23.8103 90.4125
  type     city

place Cox's Bazar
  names    كوكس بازار
  country  BGD
  coord    21.4272 92.0058
  type     city

place Kathmandu
  names    كاتماندو
  country  NPL
  coord    27.7172 85.3240
  type     city

place Thimphu
  names    تيمفو
  country  BTN
  coord    27.4728 89.6390
  type     city

place Colombo
  names    كولومبو
  country  LKA
  coord    6.9271 79.8612
  type     city

place Male
  names    مدينة ماليه | العاصمة المالديفية ماليه
  country  MDV
  coord    4.1755 73.5093
  type     city

place Naypyidaw
  names    نايبيداو | ناي بي تاو | نايبيتاو
  country  MMR
  coord    19.7633 96.0785
  type     city

place Yangon
  names    يانغون | رانغون
  country  MMR
  coord    16.8409 96.1735
  type     city

place Rakhine
  names    راخين | أراكان | ولاية راخين
  country  MMR
  coord    20.1000 93.5000
  type     region

place Bangkok
  names    بانكوك
  country  THA
  coord    13.7563 100.5018
  type     city

place Vientiane
  names    فيينتيان
  country  LAO
  coord    17.9757 102.6331
  type     city

place Phnom Penh
  names    بنوم بنه
  country  KHM
  coord    11.5564 104.9282
  type     city

place Hanoi
  names    هانوي
  country  VNM
  coord    21.0278 105.8342
  type     city

place Kuala Lumpur
  names    كوالالمبور | كوالا لمبور
  country  MYS
  coord    3.1390 101.6869
  type     city

place Jakarta
  names    جاكرتا
  country  IDN
  coord    -6.2088 106.8456
  type     city

place Bali
  names    بالي | جزيرة بالي
  country  IDN
  coord    -8.3405 115.0920
  type     island

place Manila
  names    مانيلا
  country  PHL
  coord    14.5995 120.9842
  type     city

place Mindanao
  names    مينداناو | جزيرة مينداناو
  country  PHL
  coord    7.5000 125.0000
  type     island

place Bandar Seri Begawan
  names    بندر سري بكاوان | بندر سيري بيغاوان
  country  BRN
  coord    4.9031 114.9398
  type     city

place Dili
  names    ديلي
  country  TLS
  coord    -8.5569 125.5603
  type     city

place Astana
  names    أستانا | نور سلطان
  country  KAZ
  coord    51.1694 71.4491
  type     city

place Almaty
  names    ألماتي
  country  KAZ
  coord    43.2220 76.8512
  type     city

place Tashkent
  names    طشقند
  country  UZB
  coord    41.2995 69.2401
  type     city

place Samarkand
  names    سمرقند
  country  UZB
  coord    39.6270 66.9750
  type     city

place Bishkek
  names    بيشكيك
  country  KGZ
  coord    42.8746 74.5698
  type     city

place Dushanbe
  names    دوشنبه
  country  TJK
  coord    38.5598 68.7870
  type     city

place Ashgabat
  names    عشق آباد
  country  TKM
  coord    37.9601 58.3261
  type     city

place Canberra
  names    كانبرا
  country  AUS
  coord    -35.2809 149.1300
  type     city

place Sydney
  names    سيدني
  country  AUS
  coord    -33.8688 151.2093
  type     city

place Melbourne
  names    ملبورن
  country  AUS
  coord    -37.8136 144.9631
  type     city

place Wellington
  names    ويلينغتون | ولينغتون
  country  NZL
  coord    -41.2865 174.7762
  type     city

place Christchurch
  names    كرايستشيرش | كرايست تشيرش
  country  NZL
  coord    -43.5321 172.6362
  type     city

place Port Moresby
  names    بورت مورسبي
  country  PNG
  coord    -9.4438 147.1803
  type     city

place Suva
  names    سوفا
  country  FJI
  coord    -18.1416 178.4419
  type     city

place Honiara
  names    هونيارا
  country  SLB
  coord    -9.4456 159.9729
  type     city

place Port Vila
  names    بورت فيلا
  country  VUT
  coord    -17.7333 168.3273
  type     city

place Apia
  names    آبيا
  country  WSM
  coord    -13.8333 -171.7500
  type     city

place Nukualofa
  names    نوكو ألوفا | نوكوالوفا
  country  TON
  coord    -21.1393 -175.2049
  type     city

place South Tarawa
  names    تاراوا
  country  KIR
  coord    1.3290 172.9790
  type     city

place Majuro
  names    ماجورو
  country  MHL
  coord    7.0897 171.3803
  type     city

place Palikir
  names    باليكير
  country  FSM
  coord    6.9248 158.1611
  type     city

place Funafuti
  names    فونافوتي
  country  TUV
  coord    -8.5211 179.1983
  type     city

place Yaren
  names    يارين
  country  NRU
  coord    -0.5467 166.9211
  type     city

place Ngerulmud
  names    نجيرولمود
  country  PLW
  coord    7.5006 134.6242
  type     city

place Washington
  names    واشنطن | واشنطن العاصمة | العاصمة الأمريكية واشنطن | العاصمة الأميركية واشنطن
  country  USA
  coord    38.9072 -77.0369
  type     city

place New York
  names    نيويورك | مدينة نيويورك
  country  USA
  coord    40.7128 -74.0060
  type     city

place Los Angeles
  names    لوس أنجلوس | لوس أنجليس
  country  USA
  coord    34.0522 -118.2437
  type     city

place Chicago
  names    شيكاغو
  country  USA
  coord    41.8781 -87.6298
  type     city

place Houston
  names    هيوستن
  country  USA
  coord    29.7604 -95.3698
  type     city

place Miami
  names    ميامي
  country  USA
  coord    25.7617 -80.1918
  type     city

place San Francisco
  names    سان فرانسيسكو
  country  USA
  coord    37.7749 -122.4194
  type     city

place Boston
  names    بوسطن
  country  USA
  coord    42.3601 -71.0589
  type     city

place Philadelphia
  names    فيلادلفيا
  country  USA
  coord    39.9526 -75.1652
  type     city

place Dallas
  names    دالاس
  country  USA
  coord    32.7767 -96.7970
  type     city

place Atlanta
  names    أتلانتا
  country  USA
  coord    33.7490 -84.3880
  type     city

place Seattle
  names    سياتل
  country  USA
  coord    47.6062 -122.3321
  type     city

place Detroit
  names    ديترويت
  country  USA
  coord    42.3314 -83.0458
  type     city

place Dearborn
  names    ديربورن
  country  USA
  coord    42.3223 -83.1763
  type     city

place Las Vegas
  names    لاس فيغاس | لاس فيجاس
  country  USA
  coord    36.1699 -115.1398
  type     city

place Minneapolis
  names    مينيابوليس
  country  USA
  coord    44.9778 -93.2650
  type     city

place Annapolis
  names    أنابوليس
  country  USA
  coord    38.9784 -76.4922
  type     city

place Camp David
  names    كامب ديفيد
  country  USA
  coord    39.6483 -77.4650
  type     site

place Mar-a-Lago
  names    مارالاغو | مار إيه لاغو | منتجع مارالاغو
  country  USA
  coord    26.6770 -80.0370
  type     site

place Anchorage
  names    أنكوريج
  country  USA
  coord    61.2181 -149.9003
  type     city

place Alaska
  names    ألاسكا | ولاية ألاسكا
  country  USA
  coord    64.2000 -149.5000
  type     region

place Hawaii
  names    هاواي
  country  USA
  coord    20.8000 -156.3000
  type     region

place Florida
  names    فلوريدا | ولاية فلوريدا
  country  USA
  coord    28.0000 -81.7000
  type     region

place Texas
  names    تكساس | ولاية تكساس
  country  USA
  coord    31.0000 -99.0000
  type     region

place California
  names    كاليفورنيا | ولاية كاليفورنيا
  country  USA
  coord    37.0000 -120.0000
  type     region

place Guantanamo
  names    غوانتانامو | معتقل غوانتانامو | غوانتنامو
  country  CUB
  coord    19.9000 -75.1500
  type     base

place Greenland
  names    غرينلاند | جرينلاند | جزيرة غرينلاند
  country  GRL
  coord    72.0000 -40.0000
  type     island

place Nuuk
  names    نوك
  country  GRL
  coord    64.1814 -51.6941
  type     city

place Ottawa
  names    أوتاوا
  country  CAN
  coord    45.4215 -75.6972
  type     city

place Toronto
  names    تورونتو
  country  CAN
  coord    43.6532 -79.3832
  type     city

place Montreal
  names    مونتريال
  country  CAN
  coord    45.5017 -73.5673
  type     city

place Vancouver
  names    فانكوفر
  country  CAN
  coord    49.2827 -123.1207
  type     city

place Mexico City
  names    مكسيكو سيتي | مدينة مكسيكو | مكسيكو
  country  MEX
  coord    19.4326 -99.1332
  type     city

place Guatemala City
  names    غواتيمالا سيتي | مدينة غواتيمالا
  country  GTM
  coord    14.6349 -90.5069
  type     city

place Belmopan
  names    بلموبان
  country  BLZ
  coord    17.2510 -88.7590
  type     city

place San Salvador
  names    سان سلفادور
  country  SLV
  coord    13.6929 -89.2182
  type     city

place Tegucigalpa
  names    تيغوسيغالبا
  country  HND
  coord    14.0723 -87.1921
  type     city

place Managua
  names    ماناغوا | ماناجوا
  country  NIC
  coord    12.1150 -86.2362
  type     city

place San Jose
  names    سان خوسيه
  country  CRI
  coord    9.9281 -84.0907
  type     city

place Panama City
  names    مدينة بنما | بنما سيتي
  country  PAN
  coord    8.9824 -79.5199
  type     city

place Panama Canal
  names    قناة بنما
  country  PAN
  coord    9.0800 -79.6800
  type     waterway

place Havana
  names    هافانا
  country  CUB
  coord    23.1136 -82.3666
  type     city

place Kingston
  names    كينغستون | كينجستون
  country  JAM
  coord    17.9714 -76.7936
  type     city

place Port-au-Prince
  names    بورت أو برنس | بور أو برنس
  country  HTI
  coord    18.5944 -72.3074
  type     city

place Santo Domingo
  names    سانتو دومينغو
  country  DOM
  coord    18.4861 -69.9312
  type     city

place Nassau
  names    ناساو
  country  BHS
  coord    25.0443 -77.3504
  type     city

place Bridgetown
  names    بريدجتاون
  country  BRB
  coord    13.1132 -59.5988
  type     city

place Port of Spain
  names    بورت أوف سبين
  country  TTO
  coord    10.6549 -61.5019
  type     city

place Castries
  names    كاستريس
  country  LCA
  coord    14.0101 -60.9875
  type     city

place Kingstown
  names    كينغستاون
  country  VCT
  coord    13.1600 -61.2248
  type     city

place St. George's
  names    سانت جورجز
  country  GRD
  coord    12.0561 -61.7488
  type     city

place Roseau
  names    روسو
  country  DMA
  coord    15.3092 -61.3794
  type     city

place Basseterre
  names    باستير
  country  KNA
  coord    17.3026 -62.7177
  type     city

place St. John's
  names    سانت جونز
  country  ATG
  coord    17.1274 -61.8468
  type     city

place Caracas
  names    كاراكاس
  country  VEN
  coord    10.4806 -66.9036
  type     city

place Bogota
  names    بوغوتا | بوجوتا
  country  COL
  coord    4.7110 -74.0721
  type     city

place Quito
  names    كيتو
  country  ECU
  coord    -0.1807 -78.4678
  type     city

place Lima
  names    ليما
  country  PER
  coord    -12.0464 -77.0428
  type     city

place La Paz
  names    لاباز | لا باز
  country  BOL
  coord    -16.4897 -68.1193
  type     city

place Sucre
  names    سوكري
  country  BOL
  coord    -19.0196 -65.2619
  type     city

place Santiago
  names    سانتياغو | سانتياجو
  country  CHL
  coord    -33.4489 -70.6693
  type     city

place Buenos Aires
  names    بوينس آيرس | بوينوس آيرس
  country  ARG
  coord    -34.6037 -58.3816
  type     city

place Montevideo
  names    مونتيفيديو
  country  URY
  coord    -34.9011 -56.1645
  type     city

place Asuncion
  names    أسونسيون
  country  PRY
  coord    -25.2637 -57.5759
  type     city

place Brasilia
  names    برازيليا
  country  BRA
  coord    -15.8267 -47.9218
  type     city

place Rio de Janeiro
  names    ريو دي جانيرو
  country  BRA
  coord    -22.9068 -43.1729
  type     city

place Sao Paulo
  names    ساو باولو
  country  BRA
  coord    -23.5505 -46.6333
  type     city

place Georgetown
  names    جورجتاون | جورج تاون
  country  GUY
  coord    6.8013 -58.1551
  type     city

place Paramaribo
  names    باراماريبو
  country  SUR
  coord    5.8520 -55.2038
  type     city

place Dakar
  names    داكار
  country  SEN
  coord    14.7167 -17.4677
  type     city

place Banjul
  names    بانجول
  country  GMB
  coord    13.4549 -16.5790
  type     city

place Bissau
  names    بيساو
  country  GNB
  coord    11.8817 -15.6170
  type     city

place Conakry
  names    كوناكري
  country  GIN
  coord    9.6412 -13.5784
  type     city

place Freetown
  names    فريتاون
  country  SLE
  coord    8.4657 -13.2317
  type     city

place Monrovia
  names    مونروفيا
  country  LBR
  coord    6.3156 -10.8074
  type     city

place Yamoussoukro
  names    ياموسوكرو
  country  CIV
  coord    6.8276 -5.2893
  type     city

place Abidjan
  names    أبيدجان
  country  CIV
  coord    5.3600 -4.0083
  type     city

place Accra
  names    أكرا
  country  GHA
  coord    5.6037 -0.1870
  type     city

place Lome
  names    لومي
  country  TGO
  coord    6.1375 1.2123
  type     city

place Porto-Novo
  names    بورتو نوفو
  country  BEN
  coord    6.4969 2.6289
  type     city

place Cotonou
  names    كوتونو
  country  BEN
  coord    6.3703 2.3912
  type     city

place Ouagadougou
  names    واغادوغو | واجادوجو
  country  BFA
  coord    12.3714 -1.5197
  type     city

place Yaounde
  names    ياوندي
  country  CMR
  coord    3.8480 11.5021
  type     city

place Malabo
  names    مالابو
  country  GNQ
  coord    3.7504 8.7371
  type     city

place Libreville
  names    ليبرفيل
  country  GAB
  coord    0.4162 9.4673
  type     city

place Brazzaville
  names    برازافيل
  country  COG
  coord    -4.2634 15.2429
  type     city

place Kinshasa
  names    كينشاسا
  country  COD
  coord    -4.4419 15.2663
  type     city

place Goma
  names    غوما
  country  COD
  coord    -1.6792 29.2228
  type     city

place Bangui
  names    بانغي | بانجي
  country  CAF
  coord    4.3947 18.5582
  type     city

place Luanda
  names    لواندا
  country  AGO
  coord    -8.8390 13.2894
  type     city

place Windhoek
  names    ويندهوك
  country  NAM
  coord    -22.5609 17.0658
  type     city

place Gaborone
  names    غابورون
  country  BWA
  coord    -24.6282 25.9231
  type     city

place Pretoria
  names    بريتوريا
  country  ZAF
  coord    -25.7479 28.2293
  type     city

place Johannesburg
  names    جوهانسبرغ | جوهانسبرج
  country  ZAF
  coord    -26.2041 28.0473
  type     city

place Cape Town
  names    كيب تاون
  country  ZAF
  coord    -33.9249 18.4241
  type     city

place Maseru
  names    ماسيرو
  country  LSO
  coord    -29.3142 27.4833
  type     city

place Mbabane
  names    مباباني
  country  SWZ
  coord    -26.3054 31.1367
  type     city

place Maputo
  names    مابوتو
  country  MOZ
  coord    -25.9692 32.5732
  type     city

place Harare
  names    هراري
  country  ZWE
  coord    -17.8252 31.0335
  type     city

place Lusaka
  names    لوساكا
  country  ZMB
  coord    -15.3875 28.3228
  type     city

place Lilongwe
  names    ليلونغوي
  country  MWI
  coord    -13.9626 33.7741
  type     city

place Dodoma
  names    دودوما
  country  TZA
  coord    -6.1630 35.7516
  type     city

place Dar es Salaam
  names    دار السلام
  country  TZA
  coord    -6.7924 39.2083
  type     city

place Zanzibar
  names    زنجبار التنزانية | جزيرة زنجبار
  country  TZA
  coord    -6.1659 39.2026
  type     island

place Nairobi
  names    نيروبي
  country  KEN
  coord    -1.2921 36.8219
  type     city

place Mombasa
  names    مومباسا
  country  KEN
  coord    -4.0435 39.6682
  type     city

place Kampala
  names    كمبالا
  country  UGA
  coord    0.3476 32.5825
  type     city

place Kigali
  names    كيغالي | كيجالي
  country  RWA
  coord    -1.9441 30.0619
  type     city

place Gitega
  names    جيتيغا
  country  BDI
  coord    -3.4271 29.9246
  type     city

place Bujumbura
  names    بوجمبورا
  country  BDI
  coord    -3.3614 29.3599
  type     city

place Antananarivo
  names    أنتاناناريفو
  country  MDG
  coord    -18.8792 47.5079
  type     city

place Port Louis
  names    بورت لويس
  country  MUS
  coord    -20.1609 57.5012
  type     city

place Praia
  names    برايا
  country  CPV
  coord    14.9330 -23.5133
  type     city

place Sao Tome
  names    مدينة ساو تومي
  country  STP
  coord    0.3365 6.7273
  type     city
