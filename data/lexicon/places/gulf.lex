@kind      places
@title     Places of the Arabian Peninsula: Saudi Arabia, Yemen, Oman, UAE, Qatar, Bahrain, Kuwait (and the three Gulf islands held by Iran)
@source    Administrative divisions, place names and coordinates from the public record (national statistical and administrative divisions, common gazetteer knowledge); compiled by hand, coordinates rounded to 4 decimals and meant to be right within about 10 km
@source    Arabic city spellings cross-checked against i18n-iso-cities Arabic names (MIT), via shared/lexicon-sources/countries
@licence   CC BY 4.0 (this file); facts are not copyrightable
@curated   2026-11-29
@note      Names that are also common Arabic words (e.g. tadmur "destroys", hujja "pretext", al-bab "the door") are listed only in qualified forms (madinat X, qada X, muhafazat X).
@note      A governorate whose capital shares its name is listed as "muhafazat X" (plus "rif X" where news uses it); the bare name is the city.

place Khor Maksar
  names    خور مكسر
  country  YEM
  coord    12.8300 45.0300
  type     district

place Tawahi
  names    التواهي
  country  YEM
  coord    12.7900 44.9700
  type     district

place Mualla
  names    المعلا
  country  YEM
  coord    12.7900 44.9900
  type     district

place Bajil
  names    باجل
  country  YEM
  coord    15.0580 43.2850
  type     town

place Muscat
  names    مسقط | العاصمة العمانية مسقط
  country  OMN
  coord    23.5880 58.3829
  type     city

place Muscat Governorate
  names    محافظة مسقط
  country  OMN
  coord    23.5880 58.3829
  type     governorate

place Muttrah
  names    مطرح
  country  OMN
  coord    23.6167 58.5667
  type     town

place Seeb
  names    السيب
  country  OMN
  coord    23.6703 58.1891
  type     town

place Salalah
  names    صلالة
  country  OMN
  coord    17.0151 54.0924
  type     city

place Dhofar Governorate
  names    ظفار | محافظة ظفار
  country  OMN
  coord    17.0151 54.0924
  type     governorate

place Sohar
  names    صحار
  country  OMN
  coord    24.3470 56.7090
  type     city

place North Al Batinah Governorate
  names    شمال الباطنة | محافظة شمال الباطنة
  country  OMN
  coord    24.3470 56.7090
  type     governorate

place Rustaq
  names    الرستاق
  country  OMN
  coord    23.3908 57.4244
  type     town

place South Al Batinah Governorate
  names    جنوب الباطنة | محافظة جنوب الباطنة
  country  OMN
  coord    23.3908 57.4244
  type     governorate

place Barka
  names    بركاء
  country  OMN
  coord    23.6787 57.8860
  type     town

place Saham
  names    صحم
  country  OMN
  coord    24.1722 56.8886
  type     town

place Nizwa
  names    نزوى
  country  OMN
  coord    22.9333 57.5333
  type     city

place Ad Dakhiliyah Governorate
  names    محافظة الداخلية
  country  OMN
  coord    22.9333 57.5333
  type     governorate

place Bahla
  names    بهلاء
  country  OMN
  coord    22.9700 57.3000
  type     town

place Sur (Oman)
  names    ولاية صور | مدينة صور العمانية
  country  OMN
  coord    22.5667 59.5289
  type     city

place South Ash Sharqiyah Governorate
  names    جنوب الشرقية | محافظة جنوب الشرقية
  country  OMN
  coord    22.5667 59.5289
  type     governorate

place Ibra
  names    ولاية إبراء
  country  OMN
  coord    22.6906 58.5334
  type     town

place North Ash Sharqiyah Governorate
  names    شمال الشرقية | محافظة شمال الشرقية
  country  OMN
  coord    22.6906 58.5334
  type     governorate

place Ibri
  names    ولاية عبري | مدينة عبري
  country  OMN
  coord    23.2257 56.5157
  type     town

place Ad Dhahirah Governorate
  names    محافظة الظاهرة
  country  OMN
  coord    23.2257 56.5157
  type     governorate

place Buraimi
  names    البريمي
  country  OMN
  coord    24.2500 55.7933
  type     town

place Al Buraimi Governorate
  names    محافظة البريمي
  country  OMN
  coord    24.2500 55.7933
  type     governorate

place Khasab
  names    ولاية خصب | مدينة خصب
  country  OMN
  coord    26.1799 56.2477
  type     town

place Musandam
  names    مسندم | محافظة مسندم | شبه جزيرة مسندم
  country  OMN
  coord    26.1799 56.2477
  type     governorate

place Haima
  names    هيماء
  country  OMN
  coord    19.9589 56.2758
  type     town

place Duqm
  names    الدقم | ميناء الدقم
  country  OMN
  coord    19.6600 57.7000
  type     town

place Masirah
  names    جزيرة مصيرة | مصيرة
  country  OMN
  coord    20.4500 58.8000
  type     island

place Jebel Akhdar (Oman)
  names    الجبل الأخضر في عمان
  country  OMN
  coord    23.0700 57.6700
  type     mountain

place Abu Dhabi
  names    أبوظبي | أبو ظبي
  country  ARE
  coord    24.4539 54.3773
  type     city

place Dubai
  names    دبي
  country  ARE
  coord    25.2048 55.2708
  type     city

place Sharjah
  names    الشارقة
  country  ARE
  coord    25.3463 55.4209
  type     city

place Ajman
  names    عجمان
  country  ARE
  coord    25.4052 55.5136
  type     city

place Ras al-Khaimah
  names    رأس الخيمة
  country  ARE
  coord    25.7895 55.9432
  type     city

place Fujairah
  names    الفجيرة | ميناء الفجيرة
  country  ARE
  coord    25.1288 56.3265
  type     city

place Umm al-Quwain
  names    أم القيوين
  country  ARE
  coord    25.5647 55.5552
  type     city

place Al Ain
  names    مدينة العين | العين الإماراتية
  country  ARE
  coord    24.2075 55.7447
  type     city

place Khor Fakkan
  names    خورفكان | خور فكان
  country  ARE
  coord    25.3396 56.3568
  type     town

place Dibba
  names    دبا | دبا الفجيرة
  country  ARE
  coord    25.6200 56.2700
  type     town

place Kalba
  names    كلباء
  country  ARE
  coord    25.0700 56.3550
  type     town

place Madinat Zayed
  names    مدينة زايد
  country  ARE
  coord    23.6800 53.7000
  type     town

place Ruwais
  names    الرويس
  country  ARE
  coord    24.1100 52.7300
  type     town

place Liwa
  names    ليوا | واحة ليوا
  country  ARE
  coord    23.1300 53.7700
  type     town

place Al Dhafra Region
  names    منطقة الظفرة
  country  ARE
  coord    23.6500 53.7000
  type     region

place Al Dhafra Air Base
  names    قاعدة الظفرة | قاعدة الظفرة الجوية
  country  ARE
  coord    24.2483 54.5475
  type     base

place Jebel Ali
  names    جبل علي | ميناء جبل علي
  country  ARE
  coord    25.0100 55.0600
  type     town

place Abu Musa
  names    جزيرة أبو موسى
  country  IRN
  coord    25.8722 55.0333
  type     island

place Greater Tunb
  names    طنب الكبرى | جزيرة طنب الكبرى
  country  IRN
  coord    26.2650 55.3050
  type     island

place Lesser Tunb
  names    طنب الصغرى | جزيرة طنب الصغرى
  country  IRN
  coord    26.2400 55.1450
  type     island

place Doha
  names    الدوحة | العاصمة القطرية الدوحة
  country  QAT
  coord    25.2854 51.5310
  type     city

place Al Rayyan
  names    الريان
  country  QAT
  coord    25.2919 51.4244
  type     city

place Umm Salal
  names    أم صلال
  country  QAT
  coord    25.4100 51.4000
  type     town

place Al Wakrah
  names    الوكرة
  country  QAT
  coord    25.1717 51.6033
  type     city

place Al Khor
  names    مدينة الخور
  country  QAT
  coord    25.6839 51.4969
  type     town

place Mesaieed
  names    مسيعيد
  country  QAT
  coord    24.9900 51.5500
  type     town

place Dukhan
  names    مدينة دخان | حقل دخان
  country  QAT
  coord    25.4300 50.7800
  type     town

place Lusail
  names    لوسيل
  country  QAT
  coord    25.4200 51.4900
  type     city

place Ras Laffan
  names    رأس لفان
  country  QAT
  coord    25.9100 51.5600
  type     town

place Al Udeid Air Base
  names    قاعدة العديد | قاعدة العديد الجوية
  country  QAT
  coord    25.1173 51.3150
  type     base

place Manama
  names    المنامة
  country  BHR
  coord    26.2285 50.5860
  type     city

place Muharraq
  names    المحرق
  country  BHR
  coord    26.2572 50.6119
  type     city

place Riffa
  names    الرفاع
  country  BHR
  coord    26.1300 50.5550
  type     city

place Hamad Town
  names    مدينة حمد
  country  BHR
  coord    26.1153 50.5069
  type     town

place Isa Town
  names    مدينة عيسى
  country  BHR
  coord    26.1736 50.5478
  type     town

place Sitra
  names    جزيرة سترة | منطقة سترة
  country  BHR
  coord    26.1547 50.6206
  type     town

place Budaiya
  names    مدينة البديع | منطقة البديع
  country  BHR
  coord    26.2175 50.4472
  type     town

place Jidhafs
  names    جدحفص
  country  BHR
  coord    26.2186 50.5478
  type     town

place Zallaq
  names    الزلاق
  country  BHR
  coord    26.0458 50.4842
  type     town

place Diraz
  names    الدراز
  country  BHR
  coord    26.2180 50.4760
  type     village

place Juffair
  names    الجفير
  country  BHR
  coord    26.2100 50.6000
  type     neighbourhood

place Pearl Roundabout
  names    دوار اللؤلؤة | ميدان اللؤلؤة
  country  BHR
  coord    26.2250 50.5690
  type     site

place Bahrain International Airport
  names    مطار البحرين الدولي | مطار البحرين
  country  BHR
  coord    26.2708 50.6336
  type     airport

place King Fahd Causeway
  names    جسر الملك فهد
  country  BHR
  coord    26.1800 50.3300
  type     site

place Kuwait City
  names    مدينة الكويت | الكويت العاصمة
  country  KWT
  coord    29.3759 47.9774
  type     city

place Hawalli
  names    حولي
  country  KWT
  coord    29.3328 48.0286
  type     city

place Salmiya
  names    السالمية
  country  KWT
  coord    29.3339 48.0761
  type     city

place Farwaniya
  names    الفروانية
  country  KWT
  coord    29.2775 47.9586
  type     city

place Jahra
  names    الجهراء
  country  KWT
  coord    29.3375 47.6581
  type     city

place Ahmadi
  names    الأحمدي
  country  KWT
  coord    29.0769 48.0839
  type     city

place Mubarak al-Kabeer
  names    مبارك الكبير
  country  KWT
  coord    29.1950 48.0600
  type     city

place Mangaf
  names    المنقف
  country  KWT
  coord    29.0961 48.1317
  type     town

place Fahaheel
  names    الفحيحيل
  country  KWT
  coord    29.0825 48.1303
  type     town

place Fintas
  names    الفنطاس
  country  KWT
  coord    29.1700 48.1200
  type     town

place Sabah al-Salem
  names    صباح السالم
  country  KWT
  coord    29.2600 48.0600
  type     neighbourhood

place Failaka
  names    جزيرة فيلكا | فيلكا
  country  KWT
  coord    29.4400 48.3300
  type     island

place Bubiyan
  names    جزيرة بوبيان | بوبيان
  country  KWT
  coord    29.8000 48.2000
  type     island

place Abdali
  names    العبدلي | منفذ العبدلي
  country  KWT
  coord    30.0860 47.7000
  type     crossing

place Camp Arifjan
  names    معسكر عريفجان | عريفجان
  country  KWT
  coord    28.9300 48.1000
  type     base

place Ali Al Salem Air Base
  names    قاعدة علي السالم | قاعدة علي السالم الجوية
  country  KWT
  coord    29.3467 47.5208
  type     base

place Wafra
  names    منطقة الوفرة
  country  KWT
  coord    28.6400 47.9300
  type     town

place Mina al-Ahmadi
  names    ميناء الأحمدي
  country  KWT
  coord    29.0600 48.1600
  type     site

place Riyadh
  names    الرياض | العاصمة السعودية الرياض | مدينة الرياض
  country  SAU
  coord    24.7136 46.6753
  type     city

place Riyadh Region
  names    منطقة الرياض
  country  SAU
  coord    24.7136 46.6753
  type     region

place Mecca
  names    مكة المكرمة | مكة | مكة المكرمه
  country  SAU
  coord    21.4225 39.8262
  type     city

place Makkah Region
  names    منطقة مكة المكرمة | منطقة مكة
  country  SAU
  coord    21.4225 39.8262
  type     region

place Grand Mosque
  names    المسجد الحرام | الحرم المكي
  country  SAU
  coord    21.4225 39.8262
  type     site

place Mina
  names    مشعر منى | وادي منى
  country  SAU
  coord    21.4133 39.8933
  type     site

place Mount Arafat
  names    جبل عرفات | صعيد عرفات | مشعر عرفات | جبل الرحمة
  country  SAU
  coord    21.3549 39.9841
  type     site

place Muzdalifah
  names    مزدلفة | مشعر مزدلفة
  country  SAU
  coord    21.3880 39.9110
  type     site

place Medina
  names    المدينة المنورة | المدينة المنوره
  country  SAU
  coord    24.4686 39.6142
  type     city

place Madinah Region
  names    منطقة المدينة المنورة
  country  SAU
  coord    24.4686 39.6142
  type     region

place Prophet's Mosque
  names    المسجد النبوي | المسجد النبوي الشريف
  country  SAU
  coord    24.4672 39.6112
  type     site

place Jeddah
  names    جدة | جده | مدينة جدة
  country  SAU
  coord    21.4858 39.1925
  type     city

place Taif
  names    الطائف
  country  SAU
  coord    21.2703 40.4158
  type     city

place Dammam
  names    الدمام
  country  SAU
  coord    26.4207 50.0888
  type     city

place Eastern Province
  names    المنطقة الشرقية | المنطقة الشرقية السعودية | المنطقة الشرقية بالسعودية
  country  SAU
  coord    26.4207 50.0888
  type     region

place Khobar
  names    مدينة الخبر | محافظة الخبر | أبراج الخبر
  country  SAU
  coord    26.2172 50.1971
  type     city

place Dhahran
  names    الظهران
  country  SAU
  coord    26.2886 50.1140
  type     city

place Jubail
  names    الجبيل
  country  SAU
  coord    27.0046 49.6460
  type     city

place Qatif
  names    القطيف
  country  SAU
  coord    26.5560 50.0090
  type     city

place Awamiya
  names    العوامية
  country  SAU
  coord    26.5870 49.9930
  type     town

place Al-Ahsa
  names    الأحساء | محافظة الأحساء
  country  SAU
  coord    25.3833 49.5867
  type     region

place Hofuf
  names    الهفوف
  country  SAU
  coord    25.3833 49.5867
  type     city

place Mubarraz
  names    المبرز
  country  SAU
  coord    25.4077 49.5903
  type     city

place Abqaiq
  names    بقيق | أبقيق
  country  SAU
  coord    25.9340 49.6680
  type     town

place Ras Tanura
  names    رأس تنورة
  country  SAU
  coord    26.6444 50.1589
  type     town

place Khafji
  names    الخفجي
  country  SAU
  coord    28.4392 48.4913
  type     town

place Hafar al-Batin
  names    حفر الباطن
  country  SAU
  coord    28.4328 45.9708
  type     city

place Buraidah
  names    بريدة
  country  SAU
  coord    26.3260 43.9750
  type     city

place Qassim Region
  names    القصيم | منطقة القصيم
  country  SAU
  coord    26.3260 43.9750
  type     region

place Unaizah
  names    عنيزة
  country  SAU
  coord    26.0843 43.9935
  type     city

place Al-Rass
  names    الرس | محافظة الرس
  country  SAU
  coord    25.8694 43.4973
  type     city

place Bukayriyah
  names    البكيرية
  country  SAU
  coord    26.1400 43.6600
  type     town

place Abha
  names    أبها
  country  SAU
  coord    18.2164 42.5053
  type     city

place Asir Region
  names    عسير | منطقة عسير
  country  SAU
  coord    18.2164 42.5053
  type     region

place Khamis Mushait
  names    خميس مشيط
  country  SAU
  coord    18.3000 42.7333
  type     city

place Bisha
  names    بيشة
  country  SAU
  coord    20.0000 42.6000
  type     city

place Muhayil
  names    محايل | محايل عسير
  country  SAU
  coord    18.5333 42.0500
  type     town

place Ahad Rafidah
  names    أحد رفيدة
  country  SAU
  coord    18.2000 42.8500
  type     town

place Al-Namas
  names    النماص
  country  SAU
  coord    19.1167 42.1333
  type     town

place Dhahran al-Janub
  names    ظهران الجنوب
  country  SAU
  coord    17.6667 43.5167
  type     town

place Tabuk
  names    تبوك
  country  SAU
  coord    28.3835 36.5662
  type     city

place Tabuk Region
  names    منطقة تبوك
  country  SAU
  coord    28.3835 36.5662
  type     region

place NEOM
  names    نيوم | مدينة نيوم | مشروع نيوم
  country  SAU
  coord    28.0000 35.2000
  type     region

place Tayma
  names    تيماء
  country  SAU
  coord    27.6333 38.5500
  type     town

place Haql
  names    مدينة حقل | محافظة حقل
  country  SAU
  coord    29.2886 34.9378
  type     town

place Duba
  names    ضباء
  country  SAU
  coord    27.3514 35.6900
  type     town

place Al-Wajh
  names    محافظة الوجه | مدينة الوجه
  country  SAU
  coord    26.2324 36.4636
  type     town

place Umluj
  names    أملج
  country  SAU
  coord    25.0213 37.2685
  type     town

place Hail
  names    حائل
  country  SAU
  coord    27.5114 41.7208
  type     city

place Hail Region
  names    منطقة حائل
  country  SAU
  coord    27.5114 41.7208
  type     region

place Arar
  names    عرعر
  country  SAU
  coord    30.9753 41.0381
  type     city

place Northern Borders Region
  names    منطقة الحدود الشمالية
  country  SAU
  coord    30.9753 41.0381
  type     region

place Rafha
  names    رفحاء
  country  SAU
  coord    29.6264 43.4936
  type     town

place Turaif
  names    محافظة طريف | مدينة طريف
  country  SAU
  coord    31.6725 38.6637
  type     town

place Sakaka
  names    سكاكا
  country  SAU
  coord    29.9697 40.2064
  type     city

place Al-Jawf Region
  names    منطقة الجوف
  country  SAU
  coord    29.9697 40.2064
  type     region

place Dumat al-Jandal
  names    دومة الجندل
  country  SAU
  coord    29.8117 39.8686
  type     town

place Qurayyat
  names    القريات
  country  SAU
  coord    31.3317 37.3428
  type     town

place Jazan
  names    جازان | جيزان | مدينة جازان
  country  SAU
  coord    16.8892 42.5511
  type     city

place Jazan Region
  names    منطقة جازان | منطقة جيزان
  country  SAU
  coord    16.8892 42.5511
  type     region

place Sabya
  names    محافظة صبيا | مدينة صبيا
  country  SAU
  coord    17.1496 42.6254
  type     town

place Abu Arish
  names    أبو عريش
  country  SAU
  coord    16.9689 42.8325
  type     town

place Samtah
  names    صامطة
  country  SAU
  coord    16.5960 42.9444
  type     town

place Al-Khubah
  names    الخوبة
  country  SAU
  coord    16.7300 43.2000
  type     town

place Al-Tuwal
  names    منفذ الطوال | معبر الطوال
  country  SAU
  coord    16.3700 42.8600
  type     crossing

place Najran
  names    نجران | مدينة نجران
  country  SAU
  coord    17.5656 44.2289
  type     city

place Najran Region
  names    منطقة نجران
  country  SAU
  coord    17.5656 44.2289
  type     region

place Sharurah
  names    شرورة
  country  SAU
  coord    17.4900 47.1100
  type     town

place Al-Wadiah Crossing
  names    منفذ الوديعة | معبر الوديعة
  country  SAU
  coord    17.0700 47.1300
  type     crossing

place Al-Bahah
  names    الباحة
  country  SAU
  coord    20.0129 41.4677
  type     city

place Al-Bahah Region
  names    منطقة الباحة
  country  SAU
  coord    20.0129 41.4677
  type     region

place Baljurashi
  names    بلجرشي
  country  SAU
  coord    19.8590 41.5590
  type     town

place Al-Kharj
  names    الخرج
  country  SAU
  coord    24.1483 47.3050
  type     city

place Prince Sultan Air Base
  names    قاعدة الأمير سلطان الجوية | قاعدة الأمير سلطان
  country  SAU
  coord    24.0627 47.5805
  type     base

place Diriyah
  names    الدرعية
  country  SAU
  coord    24.7374 46.5752
  type     town

place Majmaah
  names    المجمعة
  country  SAU
  coord    25.9039 45.3456
  type     town

place Zulfi
  names    الزلفي
  country  SAU
  coord    26.2994 44.8156
  type     town

place Shaqra
  names    محافظة شقراء
  country  SAU
  coord    25.2483 45.2528
  type     town

place Dawadmi
  names    الدوادمي
  country  SAU
  coord    24.5072 44.3922
  type     town

place Afif
  names    محافظة عفيف
  country  SAU
  coord    23.9065 42.9172
  type     town

place Wadi al-Dawasir
  names    وادي الدواسر
  country  SAU
  coord    20.4700 44.8000
  type     town

place Al-Aflaj
  names    الأفلاج | ليلى الأفلاج
  country  SAU
  coord    22.2900 46.7300
  type     town

place Rabigh
  names    رابغ
  country  SAU
  coord    22.7986 39.0349
  type     town

place Al-Qunfudhah
  names    القنفذة
  country  SAU
  coord    19.1264 41.0789
  type     town

place Al-Lith
  names    محافظة الليث | مدينة الليث
  country  SAU
  coord    20.1500 40.2667
  type     town

place Yanbu
  names    مدينة ينبع | محافظة ينبع | ميناء ينبع
  country  SAU
  coord    24.0890 38.0637
  type     city

place AlUla
  names    محافظة العلا | مدينة العلا
  country  SAU
  coord    26.6085 37.9232
  type     town

place Khaybar
  names    خيبر
  country  SAU
  coord    25.6960 39.2920
  type     town

place Badr
  names    محافظة بدر
  country  SAU
  coord    23.7800 38.7900
  type     town

place King Abdullah Economic City
  names    مدينة الملك عبدالله الاقتصادية | مدينة الملك عبد الله الاقتصادية
  country  SAU
  coord    22.4500 39.1300
  type     city

place Sanaa
  names    صنعاء | العاصمة صنعاء | أمانة العاصمة | العاصمة اليمنية صنعاء
  country  YEM
  coord    15.3694 44.1910
  type     city

place Sanaa Governorate
  names    محافظة صنعاء
  country  YEM
  coord    15.3694 44.1910
  type     governorate

place Sanaa International Airport
  names    مطار صنعاء | مطار صنعاء الدولي
  country  YEM
  coord    15.4763 44.2197
  type     airport

place Aden
  names    عدن | مدينة عدن | العاصمة المؤقتة عدن
  country  YEM
  coord    12.7855 45.0187
  type     city

place Aden Governorate
  names    محافظة عدن
  country  YEM
  coord    12.7855 45.0187
  type     governorate

place Aden International Airport
  names    مطار عدن | مطار عدن الدولي
  country  YEM
  coord    12.8295 45.0288
  type     airport

place Taiz
  names    تعز | مدينة تعز
  country  YEM
  coord    13.5795 44.0209
  type     city

place Taiz Governorate
  names    محافظة تعز
  country  YEM
  coord    13.5795 44.0209
  type     governorate

place Hodeidah
  names    الحديدة | مدينة الحديدة
  country  YEM
  coord    14.7978 42.9545
  type     city

place Hodeidah Governorate
  names    محافظة الحديدة
  country  YEM
  coord    14.7978 42.9545
  type     governorate

place Ibb
  names    مدينة إب
  country  YEM
  coord    13.9667 44.1833
  type     city

place Ibb Governorate
  names    محافظة إب
  country  YEM
  coord    13.9667 44.1833
  type     governorate

place Dhamar
  names    ذمار
  country  YEM
  coord    14.5425 44.4050
  type     city

place Dhamar Governorate
  names    محافظة ذمار
  country  YEM
  coord    14.5425 44.4050
  type     governorate

place Hajjah
  names    مدينة حجة
  country  YEM
  coord    15.6917 43.6021
  type     city

place Hajjah Governorate
  names    محافظة حجة
  country  YEM
  coord    15.6917 43.6021
  type     governorate

place Saada
  names    صعدة | مدينة صعدة
  country  YEM
  coord    16.9400 43.7639
  type     city

place Saada Governorate
  names    محافظة صعدة
  country  YEM
  coord    16.9400 43.7639
  type     governorate

place Amran
  names    مدينة عمران
  country  YEM
  coord    15.6594 43.9439
  type     city

place Amran Governorate
  names    محافظة عمران
  country  YEM
  coord    15.6594 43.9439
  type     governorate

place Al-Jawf Governorate
  names    الجوف | محافظة الجوف
  country  YEM
  coord    16.1647 44.7767
  type     governorate
  rank     1

place Al-Hazm
  names    مدينة الحزم
  country  YEM
  coord    16.1647 44.7767
  type     town

place Marib
  names    مأرب | مدينة مأرب
  country  YEM
  coord    15.4627 45.3225
  type     city

place Marib Governorate
  names    محافظة مأرب
  country  YEM
  coord    15.4627 45.3225
  type     governorate

place Al-Bayda (Yemen)
  names    مدينة البيضاء
  country  YEM
  coord    13.9853 45.5728
  type     city

place Al-Bayda Governorate
  names    محافظة البيضاء
  country  YEM
  coord    13.9853 45.5728
  type     governorate

place Lahij
  names    لحج | الحوطة
  country  YEM
  coord    13.0583 44.8833
  type     city

place Lahij Governorate
  names    محافظة لحج
  country  YEM
  coord    13.0583 44.8833
  type     governorate

place Zinjibar
  names    زنجبار
  country  YEM
  coord    13.1286 45.3806
  type     city
  rank     1

place Abyan Governorate
  names    أبين | محافظة أبين
  country  YEM
  coord    13.1286 45.3806
  type     governorate

place Ataq
  names    مدينة عتق
  country  YEM
  coord    14.5386 46.8317
  type     city

place Shabwa Governorate
  names    شبوة | محافظة شبوة | شبوه
  country  YEM
  coord    14.5386 46.8317
  type     governorate

place Mukalla
  names    المكلا
  country  YEM
  coord    14.5425 49.1242
  type     city

place Hadramawt Governorate
  names    حضرموت | محافظة حضرموت
  country  YEM
  coord    15.9000 48.8000
  type     governorate

place Wadi Hadramawt
  names    وادي حضرموت
  country  YEM
  coord    15.9000 48.8000
  type     region

place Seiyun
  names    سيئون | سيؤون
  country  YEM
  coord    15.9431 48.7908
  type     city

place Tarim
  names    تريم
  country  YEM
  coord    16.0500 49.0000
  type     town

place Shibam
  names    شبام | شبام حضرموت
  country  YEM
  coord    15.9264 48.6267
  type     town

place Shihr
  names    الشحر
  country  YEM
  coord    14.7600 49.6000
  type     town

place Ghayl Bawazir
  names    غيل باوزير
  country  YEM
  coord    14.7800 49.3700
  type     town

place Al-Ghaydah
  names    الغيضة
  country  YEM
  coord    16.2167 52.1667
  type     city

place Al-Mahrah Governorate
  names    المهرة | محافظة المهرة
  country  YEM
  coord    16.2167 52.1667
  type     governorate

place Al-Mahwit
  names    المحويت
  country  YEM
  coord    15.4700 43.5447
  type     city

place Al-Mahwit Governorate
  names    محافظة المحويت
  country  YEM
  coord    15.4700 43.5447
  type     governorate

place Raymah Governorate
  names    ريمة | محافظة ريمة
  country  YEM
  coord    14.7000 43.6000
  type     governorate

place Al-Dhale
  names    الضالع | مدينة الضالع
  country  YEM
  coord    13.6957 44.7314
  type     city

place Al-Dhale Governorate
  names    محافظة الضالع
  country  YEM
  coord    13.6957 44.7314
  type     governorate

place Socotra
  names    سقطرى | جزيرة سقطرى | أرخبيل سقطرى
  country  YEM
  coord    12.4634 53.8237
  type     island

place Socotra Governorate
  names    محافظة أرخبيل سقطرى | محافظة سقطرى
  country  YEM
  coord    12.6519 54.0239
  type     governorate

place Hadibu
  names    حديبو
  country  YEM
  coord    12.6519 54.0239
  type     town

place Mokha
  names    المخا | ميناء المخا
  country  YEM
  coord    13.3203 43.2500
  type     town

place Khokha
  names    الخوخة
  country  YEM
  coord    13.8100 43.2500
  type     town

place Hays
  names    حيس
  country  YEM
  coord    13.9300 43.4800
  type     town

place Zabid
  names    زبيد
  country  YEM
  coord    14.1951 43.3156
  type     town

place Bayt al-Faqih
  names    بيت الفقيه
  country  YEM
  coord    14.5161 43.3244
  type     town

place Al-Durayhimi
  names    الدريهمي
  country  YEM
  coord    14.6600 43.0200
  type     town

place Al-Tuhayta
  names    التحيتا
  country  YEM
  coord    14.1700 43.2300
  type     town

place Salif
  names    الصليف | ميناء الصليف
  country  YEM
  coord    15.3073 42.6736
  type     town

place Ras Isa
  names    رأس عيسى | ميناء رأس عيسى
  country  YEM
  coord    15.1200 42.6300
  type     site

place Kamaran
  names    جزيرة كمران | كمران
  country  YEM
  coord    15.3500 42.5800
  type     island

place Hanish Islands
  names    جزر حنيش | حنيش الكبرى | أرخبيل حنيش
  country  YEM
  coord    13.7000 42.7000
  type     island

place Perim
  names    ميون | جزيرة ميون | جزيرة بريم
  country  YEM
  coord    12.6600 43.4200
  type     island

place Bab al-Mandab
  names    باب المندب | مضيق باب المندب
  country  YEM
  coord    12.5800 43.3300
  type     strait

place Dhubab
  names    مديرية ذباب
  country  YEM
  coord    12.9500 43.4200
  type     town

place Tihama
  names    تهامة | سهل تهامة
  country  YEM
  coord    15.0000 43.1000
  type     region

place Midi
  names    ميدي | ميناء ميدي
  country  YEM
  coord    16.3167 42.8000
  type     town

place Haradh
  names    مدينة حرض | مديرية حرض
  country  YEM
  coord    16.4100 43.0600
  type     town

place Abs
  names    مديرية عبس
  country  YEM
  coord    16.0000 43.2000
  type     town

place Dahyan
  names    ضحيان
  country  YEM
  coord    17.0100 43.6000
  type     town

place Arhab
  names    مديرية أرحب
  country  YEM
  coord    15.6500 44.2800
  type     district

place Nihm
  names    مديرية نهم | جبهة نهم
  country  YEM
  coord    15.5500 44.5500
  type     district

place Sirwah
  names    صرواح
  country  YEM
  coord    15.4500 45.0167
  type     town

place Harib
  names    حريب
  country  YEM
  coord    14.9333 45.5000
  type     town

place Bayhan
  names    بيحان
  country  YEM
  coord    14.8000 45.7200
  type     town

place Balhaf
  names    بلحاف | ميناء بلحاف
  country  YEM
  coord    13.9800 48.1800
  type     site

place Jaar
  names    جعار
  country  YEM
  coord    13.2167 45.3000
  type     town

place Lawdar
  names    لودر
  country  YEM
  coord    13.8833 45.8667
  type     town

place Shuqrah
  names    شقرة
  country  YEM
  coord    13.3500 45.7000
  type     town

place Al-Anad Air Base
  names    قاعدة العند | قاعدة العند الجوية
  country  YEM
  coord    13.1833 44.7667
  type     base

place Sheikh Othman
  names    مديرية الشيخ عثمان
  country  YEM
  coord    12.8700 44.9800
  type     district

place Crater
  names    كريتر | مديرية صيرة
  country  YEM
  coord    12.7800 45.0400
  type     district

place Yarim
  names    يريم
  country  YEM
  coord    14.2978 44.3778
  type     town

place Qatabah
  names    قعطبة
  country  YEM
  coord    13.8500 44.7000
  type     town

place Rada'a
  names    رداع
  country  YEM
  coord    14.4167 44.8333
  type     town

place Mawza
  names    مديرية موزع
  country  YEM
  coord    13.2500 43.5200
  type     district

place Khamir
  names    مدينة خمر | مديرية خمر
  country  YEM
  coord    15.9900 43.9500
  type     town

place Huth
  names    حوث
  country  YEM
  coord    16.2300 43.9500
  type     town

place Al-Hudaydah Port
  names    ميناء الحديدة
  country  YEM
  coord    14.8300 42.9300
  type     site

place West Coast (Yemen)
  names    الساحل الغربي لليمن | الساحل الغربي اليمني
  country  YEM
  coord    13.8000 43.3000
  type     region
