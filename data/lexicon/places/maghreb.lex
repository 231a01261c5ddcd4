@kind      places
@title     Places of Egypt, North Africa, Sudan, South Sudan, the Horn (Somalia, Djibouti), Comoros and Western Sahara
@source    Administrative divisions, place names and coordinates from the public record (national statistical and administrative divisions, common gazetteer knowledge); compiled by hand, coordinates rounded to 4 decimals and meant to be right within about 10 km
@source    Arabic city spellings cross-checked against i18n-iso-cities Arabic names (MIT), via shared/lexicon-sources/countries
@licence   CC BY 4.0 (this file); facts are not copyrightable
@curated   2026-11-29
@note      Names that are also common Arabic words (e.g. tadmur "destroys", hujja "pretext", al-bab "the door") are listed only in qualified forms (madinat X, qada X, muhafazat X).
@note      A governorate whose capital shares its name is listed as "muhafazat X" (plus "rif X" where news uses it); the bare name is the city.

place Cairo
  names    القاهرة | العاصمة المصرية القاهرة
  country  EGY
  coord    30.0444 31.2357
  type     city

place Cairo Governorate
  names    محافظة القاهرة
  country  EGY
  coord    30.0444 31.2357
  type     governorate

place Giza
  names    الجيزة
  country  EGY
  coord    30.0131 31.2089
  type     city

place Giza Governorate
  names    محافظة الجيزة
  country  EGY
  coord    30.0131 31.2089
  type     governorate

place Giza Pyramids
  names    الأهرامات | أهرامات الجيزة
  country  EGY
  coord    29.9792 31.1342
  type     site

place Alexandria
  names    الإسكندرية
  country  EGY
  coord    31.2001 29.9187
  type     city
  rank     1

place Alexandria Governorate
  names    محافظة الإسكندرية
  country  EGY
  coord    31.2001 29.9187
  type     governorate

place Banha
  names    بنها
  country  EGY
  coord    30.4660 31.1858
  type     city

place Qalyubia Governorate
  names    القليوبية | محافظة القليوبية
  country  EGY
  coord    30.4660 31.1858
  type     governorate

place Zagazig
  names    الزقازيق
  country  EGY
  coord    30.5877 31.5020
  type     city

place Sharqia Governorate
  names    محافظة الشرقية
  country  EGY
  coord    30.5877 31.5020
  type     governorate

place Mansoura
  names    المنصورة
  country  EGY
  coord    31.0409 31.3785
  type     city

place Dakahlia Governorate
  names    الدقهلية | محافظة الدقهلية
  country  EGY
  coord    31.0409 31.3785
  type     governorate

place Tanta
  names    طنطا
  country  EGY
  coord    30.7865 31.0004
  type     city

place Gharbia Governorate
  names    محافظة الغربية
  country  EGY
  coord    30.7865 31.0004
  type     governorate

place Shibin El Kom
  names    شبين الكوم
  country  EGY
  coord    30.5580 31.0100
  type     city

place Monufia Governorate
  names    المنوفية | محافظة المنوفية
  country  EGY
  coord    30.5580 31.0100
  type     governorate

place Damanhur
  names    دمنهور
  country  EGY
  coord    31.0341 30.4682
  type     city

place Beheira Governorate
  names    محافظة البحيرة
  country  EGY
  coord    31.0341 30.4682
  type     governorate

place Kafr el-Sheikh
  names    كفر الشيخ
  country  EGY
  coord    31.1107 30.9388
  type     city

place Kafr el-Sheikh Governorate
  names    محافظة كفر الشيخ
  country  EGY
  coord    31.1107 30.9388
  type     governorate

place Damietta
  names    دمياط
  country  EGY
  coord    31.4165 31.8133
  type     city

place Damietta Governorate
  names    محافظة دمياط
  country  EGY
  coord    31.4165 31.8133
  type     governorate

place Port Said
  names    بورسعيد | بور سعيد
  country  EGY
  coord    31.2653 32.3019
  type     city

place Port Said Governorate
  names    محافظة بورسعيد | محافظة بور سعيد
  country  EGY
  coord    31.2653 32.3019
  type     governorate

place Port Fuad
  names    بورفؤاد | بور فؤاد
  country  EGY
  coord    31.2500 32.3200
  type     town

place Ismailia
  names    الإسماعيلية
  country  EGY
  coord    30.5965 32.2715
  type     city

place Ismailia Governorate
  names    محافظة الإسماعيلية
  country  EGY
  coord    30.5965 32.2715
  type     governorate

place Suez
  names    السويس | مدينة السويس
  country  EGY
  coord    29.9668 32.5498
  type     city

place Suez Governorate
  names    محافظة السويس
  country  EGY
  coord    29.9668 32.5498
  type     governorate

place Suez Canal
  names    قناة السويس | قناة السويس الجديدة | المجرى الملاحي لقناة السويس
  country  EGY
  coord    30.5000 32.3500
  type     waterway

place Faiyum
  names    الفيوم
  country  EGY
  coord    29.3084 30.8428
  type     city

place Faiyum Governorate
  names    محافظة الفيوم
  country  EGY
  coord    29.3084 30.8428
  type     governorate

place Beni Suef
  names    بني سويف
  country  EGY
  coord    29.0744 31.0978
  type     city

place Beni Suef Governorate
  names    محافظة بني سويف
  country  EGY
  coord    29.0744 31.0978
  type     governorate

place Minya
  names    المنيا
  country  EGY
  coord    28.1099 30.7503
  type     city

place Minya Governorate
  names    محافظة المنيا
  country  EGY
  coord    28.1099 30.7503
  type     governorate

place Asyut
  names    أسيوط
  country  EGY
  coord    27.1783 31.1859
  type     city

place Asyut Governorate
  names    محافظة أسيوط
  country  EGY
  coord    27.1783 31.1859
  type     governorate

place Sohag
  names    سوهاج
  country  EGY
  coord    26.5591 31.6948
  type     city

place Sohag Governorate
  names    محافظة سوهاج
  country  EGY
  coord    26.5591 31.6948
  type     governorate

place Qena
  names    قنا | مدينة قنا
  country  EGY
  coord    26.1551 32.7160
  type     city

place Qena Governorate
  names    محافظة قنا
  country  EGY
  coord    26.1551 32.7160
  type     governorate

place Luxor
  names    مدينة الأقصر | الأقصر السياحية
  country  EGY
  coord    25.6872 32.6396
  type     city

place Luxor Governorate
  names    محافظة الأقصر
  country  EGY
  coord    25.6872 32.6396
  type     governorate

place Aswan
  names    أسوان
  country  EGY
  coord    24.0889 32.8998
  type     city

place Aswan Governorate
  names    محافظة أسوان
  country  EGY
  coord    24.0889 32.8998
  type     governorate

place Aswan High Dam
  names    السد العالي
  country  EGY
  coord    23.9708 32.8772
  type     site

place Lake Nasser
  names    بحيرة ناصر
  country  EGY
  coord    23.0000 32.8000
  type     lake

place Hurghada
  names    الغردقة
  country  EGY
  coord    27.2579 33.8116
  type     city

place Red Sea Governorate (Egypt)
  names    محافظة البحر الأحمر
  country  EGY
  coord    27.2579 33.8116
  type     governorate

place Kharga
  names    مدينة الخارجة | واحة الخارجة
  country  EGY
  coord    25.4390 30.5586
  type     town

place New Valley Governorate
  names    الوادي الجديد | محافظة الوادي الجديد
  country  EGY
  coord    25.4390 30.5586
  type     governorate

place Dakhla Oasis
  names    واحة الداخلة
  country  EGY
  coord    25.4900 29.0000
  type     town

place Farafra
  names    الفرافرة | واحة الفرافرة
  country  EGY
  coord    27.0580 27.9700
  type     town

place Bahariya Oasis
  names    الواحات البحرية
  country  EGY
  coord    28.3500 28.8600
  type     town

place Marsa Matruh
  names    مرسى مطروح
  country  EGY
  coord    31.3543 27.2373
  type     city

place Matrouh Governorate
  names    مطروح | محافظة مطروح
  country  EGY
  coord    31.3543 27.2373
  type     governorate

place Arish
  names    العريش
  country  EGY
  coord    31.1313 33.7984
  type     city

place North Sinai Governorate
  names    شمال سيناء | محافظة شمال سيناء
  country  EGY
  coord    31.1313 33.7984
  type     governorate

place El Tor
  names    مدينة الطور | طور سيناء
  country  EGY
  coord    28.2417 33.6222
  type     city

place South Sinai Governorate
  names    جنوب سيناء | محافظة جنوب سيناء
  country  EGY
  coord    28.2417 33.6222
  type     governorate

place Sinai
  names    سيناء | شبه جزيرة سيناء
  country  EGY
  coord    29.5000 33.8000
  type     region

place Shubra El Kheima
  names    شبرا الخيمة
  country  EGY
  coord    30.1286 31.2422
  type     city

place Shubra
  names    شبرا | حي شبرا
  country  EGY
  coord    30.0900 31.2450
  type     neighbourhood

place Helwan
  names    حلوان
  country  EGY
  coord    29.8500 31.3340
  type     city

place Imbaba
  names    إمبابة
  country  EGY
  coord    30.0760 31.2090
  type     neighbourhood

place Heliopolis
  names    مصر الجديدة
  country  EGY
  coord    30.0910 31.3220
  type     neighbourhood

place Nasr City
  names    مدينة نصر
  country  EGY
  coord    30.0560 31.3470
  type     neighbourhood

place Maadi
  names    حي المعادي | ضاحية المعادي
  country  EGY
  coord    29.9600 31.2570
  type     neighbourhood

place Tahrir Square
  names    ميدان التحرير
  country  EGY
  coord    30.0444 31.2357
  type     site

place Rabaa al-Adawiya
  names    رابعة العدوية | ميدان رابعة | ميدان رابعة العدوية
  country  EGY
  coord    30.0660 31.3200
  type     site

place 6th of October City
  names    مدينة السادس من أكتوبر | مدينة 6 أكتوبر
  country  EGY
  coord    29.9380 30.9130
  type     city

place New Cairo
  names    القاهرة الجديدة
  country  EGY
  coord    30.0300 31.4700
  type     city

place New Administrative Capital
  names    العاصمة الإدارية الجديدة | العاصمة الإدارية
  country  EGY
  coord    30.0200 31.7600
  type     city

place Obour City
  names    مدينة العبور
  country  EGY
  coord    30.2300 31.4800
  type     city

place Qalyub
  names    قليوب
  country  EGY
  coord    30.1800 31.2050
  type     town

place Bilbeis
  names    بلبيس
  country  EGY
  coord    30.4200 31.5600
  type     city

place Mahalla al-Kubra
  names    المحلة الكبرى | المحلة
  country  EGY
  coord    30.9680 31.1670
  type     city

place Kafr el-Dawwar
  names    كفر الدوار
  country  EGY
  coord    31.1340 30.1290
  type     city

place Desouk
  names    دسوق
  country  EGY
  coord    31.1300 30.6450
  type     town

place Mit Ghamr
  names    ميت غمر
  country  EGY
  coord    30.7170 31.2580
  type     town

place Sharm el-Sheikh
  names    شرم الشيخ
  country  EGY
  coord    27.9158 34.3299
  type     city

place Dahab
  names    دهب
  country  EGY
  coord    28.5000 34.5130
  type     town

place Nuweiba
  names    نويبع
  country  EGY
  coord    29.0300 34.6600
  type     town

place Taba
  names    طابا
  country  EGY
  coord    29.4925 34.8964
  type     town

place Saint Catherine
  names    سانت كاترين
  country  EGY
  coord    28.5560 33.9760
  type     town

place Rafah (Egypt)
  names    رفح المصرية
  country  EGY
  coord    31.2800 34.2400
  type     town

place Sheikh Zuweid
  names    الشيخ زويد
  country  EGY
  coord    31.2150 34.1100
  type     town

place Bir al-Abd
  names    بئر العبد
  country  EGY
  coord    31.0200 33.0100
  type     town

place El Alamein
  names    العلمين | العلمين الجديدة | مدينة العلمين
  country  EGY
  coord    30.8300 28.9500
  type     city

place Sallum
  names    السلوم | منفذ السلوم
  country  EGY
  coord    31.5530 25.1580
  type     town

place Siwa
  names    سيوة | واحة سيوة
  country  EGY
  coord    29.2030 25.5190
  type     town

place Mallawi
  names    ملوي
  country  EGY
  coord    27.7310 30.8420
  type     town

place Samalut
  names    سمالوط
  country  EGY
  coord    28.3120 30.7100
  type     town

place Beni Mazar
  names    بني مزار
  country  EGY
  coord    28.5040 30.8000
  type     town

place Dairut
  names    ديروط
  country  EGY
  coord    27.5560 30.8080
  type     town

place Manfalut
  names    منفلوط
  country  EGY
  coord    27.3100 30.9700
  type     town

place Tahta
  names    طهطا
  country  EGY
  coord    26.7700 31.5030
  type     town

place Akhmim
  names    أخميم
  country  EGY
  coord    26.5620 31.7450
  type     town

place Girga
  names    جرجا
  country  EGY
  coord    26.3380 31.8910
  type     town

place Nag Hammadi
  names    نجع حمادي
  country  EGY
  coord    26.0490 32.2410
  type     town

place Esna
  names    إسنا
  country  EGY
  coord    25.2930 32.5540
  type     town

place Edfu
  names    إدفو
  country  EGY
  coord    24.9780 32.8730
  type     town

place Kom Ombo
  names    كوم أمبو
  country  EGY
  coord    24.4760 32.9460
  type     town

place Abu Simbel
  names    أبو سمبل
  country  EGY
  coord    22.3370 31.6250
  type     town

place Halaib Triangle
  names    حلايب | مثلث حلايب | حلايب وشلاتين
  country  EGY
  coord    22.2200 36.6400
  type     region

place Shalateen
  names    شلاتين
  country  EGY
  coord    23.1300 35.5900
  type     town

place Marsa Alam
  names    مرسى علم
  country  EGY
  coord    25.0700 34.8900
  type     town

place Safaga
  names    سفاجا
  country  EGY
  coord    26.7440 33.9380
  type     town

place Quseir
  names    القصير المصرية
  country  EGY
  coord    26.1040 34.2780
  type     town

place Ras Gharib
  names    رأس غارب
  country  EGY
  coord    28.3600 33.0800
  type     town

place Ain Sokhna
  names    العين السخنة
  country  EGY
  coord    29.6000 32.3300
  type     town

place Qantara
  names    القنطرة شرق | القنطرة غرب
  country  EGY
  coord    30.8600 32.3200
  type     town

place Tripoli
  names    طرابلس | طرابلس الغرب | العاصمة الليبية طرابلس | العاصمة طرابلس
  country  LBY
  coord    32.8872 13.1913
  type     city
  rank     1

place Tripolitania
  names    إقليم طرابلس | الغرب الليبي
  country  LBY
  coord    31.5000 12.5000
  type     region

place Mitiga Airport
  names    مطار معيتيقة | معيتيقة | قاعدة معيتيقة
  country  LBY
  coord    32.8941 13.2760
  type     airport

place Tripoli International Airport
  names    مطار طرابلس الدولي | مطار طرابلس العالمي
  country  LBY
  coord    32.6635 13.1590
  type     airport

place Tajoura
  names    تاجوراء
  country  LBY
  coord    32.8817 13.3506
  type     town

place Janzour
  names    جنزور
  country  LBY
  coord    32.8200 13.0100
  type     town

place Ain Zara
  names    عين زارة
  country  LBY
  coord    32.8000 13.2500
  type     neighbourhood

place Qasr Bin Ghashir
  names    قصر بن غشير
  country  LBY
  coord    32.6800 13.1800
  type     town

place Abu Salim
  names    حي أبو سليم | سجن أبو سليم | منطقة أبو سليم
  country  LBY
  coord    32.8500 13.1900
  type     neighbourhood

place Misrata
  names    مصراتة | مصراته | مصراتا
  country  LBY
  coord    32.3754 15.0925
  type     city

place Zliten
  names    زليتن
  country  LBY
  coord    32.4674 14.5687
  type     city

place Khoms
  names    مدينة الخمس
  country  LBY
  coord    32.6486 14.2619
  type     city

place Msallata
  names    مسلاتة
  country  LBY
  coord    32.6167 14.0000
  type     town

place Tarhuna
  names    ترهونة | ترهونه
  country  LBY
  coord    32.4350 13.6332
  type     town

place Bani Walid
  names    بني وليد
  country  LBY
  coord    31.7550 13.9940
  type     town

place Gharyan
  names    غريان
  country  LBY
  coord    32.1722 13.0203
  type     town

place Aziziya
  names    العزيزية
  country  LBY
  coord    32.5300 13.0200
  type     town
  rank     1

place Zawiya
  names    الزاوية | مدينة الزاوية
  country  LBY
  coord    32.7571 12.7278
  type     city

place Surman
  names    صرمان
  country  LBY
  coord    32.7560 12.5720
  type     town

place Sabratha
  names    صبراتة | صبراته
  country  LBY
  coord    32.7933 12.4885
  type     town

place Al-Ajaylat
  names    العجيلات
  country  LBY
  coord    32.7570 12.3760
  type     town

place Zuwara
  names    زوارة | زواره
  country  LBY
  coord    32.9312 12.0819
  type     town

place Ras Ajdir
  names    رأس اجدير | معبر رأس اجدير | منفذ رأس اجدير | راس جدير
  country  LBY
  coord    33.1600 11.5600
  type     crossing

place Al-Watiya
  names    الوطية | قاعدة الوطية | قاعدة الوطية الجوية
  country  LBY
  coord    32.4750 11.8980
  type     base

place Nalut
  names    نالوت
  country  LBY
  coord    31.8800 10.9700
  type     town

place Wazin
  names    معبر وازن | معبر ذهيبة وازن
  country  LBY
  coord    31.9700 10.7000
  type     crossing

place Zintan
  names    الزنتان
  country  LBY
  coord    31.9300 12.2500
  type     town

place Yafran
  names    يفرن
  country  LBY
  coord    32.0630 12.5270
  type     town

place Nafusa Mountains
  names    جبل نفوسة | الجبل الغربي
  country  LBY
  coord    31.9500 12.0000
  type     region

place Mizda
  names    مزدة
  country  LBY
  coord    31.4450 12.9810
  type     town

place Ghadames
  names    غدامس
  country  LBY
  coord    30.1333 9.5000
  type     town

place Sirte
  names    سرت | مدينة سرت
  country  LBY
  coord    31.2089 16.5887
  type     city

place Gulf of Sidra
  names    خليج سرت
  country  LBY
  coord    31.5000 18.0000
  type     sea

place Al-Qardabiya Air Base
  names    القرضابية | قاعدة القرضابية
  country  LBY
  coord    31.0600 16.6000
  type     base

place Jufra
  names    الجفرة | قاعدة الجفرة
  country  LBY
  coord    29.1167 15.9333
  type     region

place Hun
  names    مدينة هون
  country  LBY
  coord    29.1167 15.9333
  type     town

place Waddan
  names    ودان
  country  LBY
  coord    29.1600 16.1400
  type     town

place Oil Crescent
  names    الهلال النفطي
  country  LBY
  coord    30.5500 18.9000
  type     region

place Ras Lanuf
  names    راس لانوف
  country  LBY
  coord    30.4900 18.5600
  type     town

place Sidra
  names    السدرة | ميناء السدرة
  country  LBY
  coord    30.6300 18.3500
  type     site

place Bin Jawad
  names    بن جواد
  country  LBY
  coord    30.8000 18.0800
  type     town

place Brega
  names    البريقة | مرسى البريقة
  country  LBY
  coord    30.4100 19.5800
  type     town

place Zueitina
  names    الزويتينة | ميناء الزويتينة
  country  LBY
  coord    30.8500 20.1200
  type     site

place Ajdabiya
  names    أجدابيا
  country  LBY
  coord    30.7554 20.2263
  type     city

place Benghazi
  names    بنغازي
  country  LBY
  coord    32.1167 20.0667
  type     city

place Benina Airport
  names    مطار بنينا | بنينا
  country  LBY
  coord    32.0968 20.2695
  type     airport

place Cyrenaica
  names    برقة | إقليم برقة | الشرق الليبي
  country  LBY
  coord    31.0000 21.5000
  type     region

place Al-Marj
  names    المرج
  country  LBY
  coord    32.4925 20.8339
  type     town

place Al-Bayda (Libya)
  names    البيضاء الليبية | مدينة البيضاء الليبية
  country  LBY
  coord    32.7627 21.7551
  type     city

place Shahhat
  names    شحات
  country  LBY
  coord    32.8270 21.8620
  type     town

place Jebel Akhdar (Libya)
  names    الجبل الأخضر
  country  LBY
  coord    32.6000 21.8000
  type     region
  rank     1

place Derna
  names    درنة
  country  LBY
  coord    32.7670 22.6367
  type     city

place Tobruk
  names    طبرق
  country  LBY
  coord    32.0836 23.9764
  type     city

place Jaghbub
  names    الجغبوب
  country  LBY
  coord    29.7400 24.5200
  type     town

place Jalu
  names    جالو
  country  LBY
  coord    29.0300 21.5500
  type     town

place Awjila
  names    أوجلة
  country  LBY
  coord    29.1100 21.2900
  type     town

place Kufra
  names    الكفرة
  country  LBY
  coord    24.1833 23.2833
  type     town

place Sabha
  names    سبها
  country  LBY
  coord    27.0377 14.4283
  type     city

place Fezzan
  names    فزان | إقليم فزان | الجنوب الليبي
  country  LBY
  coord    26.0000 14.0000
  type     region

place Tamanhint Air Base
  names    قاعدة تمنهنت | تمنهنت
  country  LBY
  coord    27.2400 14.6600
  type     base

place Brak
  names    براك الشاطئ
  country  LBY
  coord    27.5500 14.2700
  type     town

place Ubari
  names    أوباري
  country  LBY
  coord    26.5900 12.7800
  type     town

place Sharara Oil Field
  names    حقل الشرارة
  country  LBY
  coord    26.5500 12.2400
  type     site

place Ghat
  names    غات
  country  LBY
  coord    24.9640 10.1750
  type     town

place Murzuq
  names    مرزق
  country  LBY
  coord    25.9150 13.9180
  type     town

place Qatrun
  names    القطرون
  country  LBY
  coord    24.9300 14.6400
  type     town

place Senbellawein
  names    السنبلاوين
  country  EGY
  coord    30.8890 31.4570
  type     town

place Talkha
  names    طلخا
  country  EGY
  coord    31.0530 31.3790
  type     town

place Belqas
  names    بلقاس
  country  EGY
  coord    31.2180 31.3580
  type     town

place Kafr el-Zayat
  names    كفر الزيات
  country  EGY
  coord    30.8240 30.8150
  type     town

place Zefta
  names    زفتى
  country  EGY
  coord    30.7140 31.2440
  type     town

place Abu Kabir
  names    أبو كبير
  country  EGY
  coord    30.7250 31.6710
  type     town

place Faqous
  names    فاقوس
  country  EGY
  coord    30.7280 31.7960
  type     town

place Minya al-Qamh
  names    منيا القمح
  country  EGY
  coord    30.5120 31.3480
  type     town

place Ashmoun
  names    أشمون
  country  EGY
  coord    30.2980 30.9760
  type     town

place Menouf
  names    منوف
  country  EGY
  coord    30.4650 30.9310
  type     town

place Sadat City
  names    مدينة السادات
  country  EGY
  coord    30.3700 30.5300
  type     city

place Rosetta
  names    مدينة رشيد
  country  EGY
  coord    31.4040 30.4170
  type     town

place Edku
  names    إدكو
  country  EGY
  coord    31.3070 30.2990
  type     town

place Borg El Arab
  names    برج العرب
  country  EGY
  coord    30.8500 29.6100
  type     city

place Sheikh Zayed City
  names    مدينة الشيخ زايد
  country  EGY
  coord    30.0440 30.9760
  type     city

place 10th of Ramadan City
  names    مدينة العاشر من رمضان
  country  EGY
  coord    30.2970 31.7460
  type     city

place Maghagha
  names    مغاغة
  country  EGY
  coord    28.6480 30.8420
  type     town

place Abu Qurqas
  names    أبو قرقاص
  country  EGY
  coord    27.9310 30.8380
  type     town

place Abu Tig
  names    أبو تيج
  country  EGY
  coord    27.0440 31.3190
  type     town

place Balyana
  names    البلينا
  country  EGY
  coord    26.2360 32.0030
  type     town

place Qus
  names    قوص
  country  EGY
  coord    25.9140 32.7640
  type     town

place Armant
  names    أرمنت
  country  EGY
  coord    25.6170 32.5400
  type     town

place Matariya (Cairo)
  names    المطرية
  country  EGY
  coord    30.1210 31.3140
  type     neighbourhood

place Mokattam
  names    المقطم
  country  EGY
  coord    30.0100 31.3000
  type     neighbourhood

place Al-Abyar
  names    الأبيار
  country  LBY
  coord    32.1900 20.5960
  type     town

place Tocra
  names    توكرة
  country  LBY
  coord    32.5330 20.5790
  type     town

place Qaminis
  names    قمينس
  country  LBY
  coord    31.6700 20.0100
  type     town

place Slouk
  names    سلوق
  country  LBY
  coord    31.6700 20.2500
  type     town

place Jadu
  names    جادو
  country  LBY
  coord    31.9560 12.0260
  type     town

place Garabulli
  names    القره بوللي | القرة بوللي
  country  LBY
  coord    32.7600 13.7200
  type     town

place Nofaliya
  names    النوفلية
  country  LBY
  coord    30.7800 17.8400
  type     town

place Abu Qurain
  names    أبوقرين | أبو قرين
  country  LBY
  coord    31.4500 15.2500
  type     town

place Douz
  names    دوز
  country  TUN
  coord    33.4570 9.0200
  type     town

place Redeyef
  names    الرديف
  country  TUN
  coord    34.3830 8.1530
  type     town

place Tabarka
  names    طبرقة
  country  TUN
  coord    36.9540 8.7580
  type     town

place Sbeitla
  names    سبيطلة
  country  TUN
  coord    35.2330 9.1300
  type     town

place El Eulma
  names    العلمة
  country  DZA
  coord    36.1525 5.6900
  type     city

place Barika
  names    بريكة
  country  DZA
  coord    35.3890 5.3660
  type     city

place Bou Saada
  names    بوسعادة | بو سعادة
  country  DZA
  coord    35.2130 4.1800
  type     city

place Maghnia
  names    مدينة مغنية
  country  DZA
  coord    34.8460 -1.7300
  type     city

place Khemis Miliana
  names    خميس مليانة
  country  DZA
  coord    36.2610 2.2200
  type     city

place Ain Oussera
  names    عين وسارة
  country  DZA
  coord    35.4500 2.9060
  type     city

place Ain Beida
  names    عين البيضاء
  country  DZA
  coord    35.7960 7.3920
  type     city

place Boufarik
  names    بوفاريك
  country  DZA
  coord    36.5750 2.9110
  type     city

place Arzew
  names    أرزيو
  country  DZA
  coord    35.8540 -0.3180
  type     town

place Bir el-Ater
  names    بئر العاتر
  country  DZA
  coord    34.7460 8.0600
  type     town

place Ain M'lila
  names    عين مليلة
  country  DZA
  coord    36.0370 6.5700
  type     city

place Aflou
  names    آفلو
  country  DZA
  coord    34.1120 2.1020
  type     town

place Ksar El Boukhari
  names    قصر البخاري
  country  DZA
  coord    35.8890 2.7490
  type     town

place Khenifra
  names    خنيفرة
  country  MAR
  coord    32.9350 -5.6680
  type     city

place Ben Guerir
  names    بن جرير | ابن جرير
  country  MAR
  coord    32.2360 -7.9540
  type     city

place Sidi Kacem
  names    سيدي قاسم
  country  MAR
  coord    34.2260 -5.7070
  type     city

place Sidi Slimane
  names    سيدي سليمان
  country  MAR
  coord    34.2650 -5.9260
  type     city

place Guercif
  names    جرسيف
  country  MAR
  coord    34.2250 -3.3540
  type     city

place Taourirt
  names    تاوريرت
  country  MAR
  coord    34.4070 -2.8970
  type     city

place Ouazzane
  names    مدينة وزان
  country  MAR
  coord    34.7970 -5.5830
  type     city

place Sefrou
  names    صفرو
  country  MAR
  coord    33.8310 -4.8280
  type     city

place Tiflet
  names    تيفلت
  country  MAR
  coord    33.8940 -6.3060
  type     city

place Oued Zem
  names    وادي زم
  country  MAR
  coord    32.8630 -6.5740
  type     city

place Fquih Ben Salah
  names    الفقيه بن صالح
  country  MAR
  coord    32.5020 -6.6910
  type     city

place Inezgane
  names    إنزكان
  country  MAR
  coord    30.3550 -9.5460
  type     city

place Ait Melloul
  names    أيت ملول
  country  MAR
  coord    30.3340 -9.4970
  type     city

place Midelt
  names    ميدلت
  country  MAR
  coord    32.6850 -4.7450
  type     town

place Berkane
  names    مدينة بركان
  country  MAR
  coord    34.9200 -2.3200
  type     city

place Jafara District
  names    الجفارة | سهل الجفارة | شعبية الجفارة
  country  LBY
  coord    32.5300 13.0200
  type     district

place Nuqat al-Khams District
  names    النقاط الخمس | شعبية النقاط الخمس
  country  LBY
  coord    32.9312 12.0819
  type     district

place Murqub District
  names    المرقب | شعبية المرقب
  country  LBY
  coord    32.6486 14.2619
  type     district

place Butnan District
  names    البطنان | شعبية البطنان
  country  LBY
  coord    32.0836 23.9764
  type     district

place Al Wahat District
  names    شعبية الواحات | منطقة الواحات
  country  LBY
  coord    29.0300 21.5500
  type     district

place Wadi al-Shati District
  names    وادي الشاطئ | شعبية وادي الشاطئ
  country  LBY
  coord    27.5500 14.2700
  type     district

place Wadi al-Hayat District
  names    وادي الحياة | شعبية وادي الحياة
  country  LBY
  coord    26.5900 12.7800
  type     district

place Hodh Ech Chargui
  names    الحوض الشرقي | ولاية الحوض الشرقي
  country  MRT
  coord    16.6170 -7.2500
  type     governorate

place Hodh El Gharbi
  names    الحوض الغربي | ولاية الحوض الغربي
  country  MRT
  coord    16.6667 -9.6167
  type     governorate

place Assaba
  names    لعصابة | ولاية لعصابة
  country  MRT
  coord    16.6200 -11.4000
  type     governorate

place Gorgol
  names    كوركول | ولاية كوركول | غورغول
  country  MRT
  coord    16.1500 -13.5000
  type     governorate

place Brakna
  names    لبراكنة | ولاية لبراكنة
  country  MRT
  coord    17.0500 -13.9170
  type     governorate

place Trarza
  names    اترارزة | ولاية اترارزة
  country  MRT
  coord    16.5138 -15.8050
  type     governorate

place Adrar (Mauritania)
  names    ولاية آدرار الموريتانية
  country  MRT
  coord    20.5169 -13.0499
  type     governorate

place Dakhlet Nouadhibou
  names    داخلت نواذيبو | ولاية داخلت نواذيبو
  country  MRT
  coord    20.9310 -17.0347
  type     governorate

place Tagant
  names    تكانت | ولاية تكانت
  country  MRT
  coord    18.5500 -11.4333
  type     governorate

place Guidimaka
  names    كيدي ماغا | ولاية كيدي ماغا | غيديماغا
  country  MRT
  coord    16.1667 -12.1833
  type     governorate

place Tiris Zemmour
  names    تيرس زمور | ولاية تيرس زمور
  country  MRT
  coord    22.7350 -12.4710
  type     governorate

place Inchiri
  names    إينشيري | ولاية إينشيري | انشيري
  country  MRT
  coord    19.7500 -14.3833
  type     governorate

place South West State
  names    ولاية جنوب الغرب الصومالية | ولاية جنوب غرب الصومال
  country  SOM
  coord    3.1139 43.6498
  type     region

place Hirshabelle
  names    هيرشبيلي | ولاية هيرشبيلي
  country  SOM
  coord    2.7809 45.5005
  type     region

place Galmudug
  names    جلمدغ | غلمدغ | ولاية جلمدغ
  country  SOM
  coord    5.5350 46.3860
  type     region

place Khartoum
  names    الخرطوم | العاصمة السودانية الخرطوم
  country  SDN
  coord    15.5007 32.5599
  type     city

place Khartoum State
  names    ولاية الخرطوم
  country  SDN
  coord    15.5007 32.5599
  type     governorate

place Omdurman
  names    أم درمان
  country  SDN
  coord    15.6445 32.4777
  type     city

place Khartoum North
  names    الخرطوم بحري | مدينة بحري
  country  SDN
  coord    15.6400 32.5300
  type     city

place Jebel Aulia
  names    جبل أولياء
  country  SDN
  coord    15.2400 32.5000
  type     town

place Al-Jaili Refinery
  names    مصفاة الجيلي | الجيلي
  country  SDN
  coord    16.0600 32.6300
  type     site

place Port Sudan
  names    بورتسودان | بور سودان | بورسودان
  country  SDN
  coord    19.6158 37.2164
  type     city

place Red Sea State
  names    ولاية البحر الأحمر
  country  SDN
  coord    19.6158 37.2164
  type     governorate

place Suakin
  names    سواكن
  country  SDN
  coord    19.1000 37.3300
  type     town

place Kassala
  names    كسلا
  country  SDN
  coord    15.4510 36.4000
  type     city

place Kassala State
  names    ولاية كسلا
  country  SDN
  coord    15.4510 36.4000
  type     governorate

place Gedaref
  names    القضارف
  country  SDN
  coord    14.0333 35.3833
  type     city

place Gedaref State
  names    ولاية القضارف
  country  SDN
  coord    14.0333 35.3833
  type     governorate

place Al-Fashaga
  names    الفشقة
  country  SDN
  coord    14.0000 36.4000
  type     region

place Gallabat
  names    القلابات
  country  SDN
  coord    12.9600 36.1500
  type     town

place Wad Madani
  names    ود مدني
  country  SDN
  coord    14.4012 33.5199
  type     city

place Gezira State
  names    ولاية الجزيرة
  country  SDN
  coord    14.4012 33.5199
  type     governorate

place Sennar
  names    سنار
  country  SDN
  coord    13.5500 33.6000
  type     city

place Sennar State
  names    ولاية سنار
  country  SDN
  coord    13.5500 33.6000
  type     governorate

place Singa
  names    سنجة
  country  SDN
  coord    13.1500 33.9333
  type     town

place Kosti
  names    كوستي
  country  SDN
  coord    13.1667 32.6667
  type     city

place Rabak
  names    مدينة ربك
  country  SDN
  coord    13.1800 32.7400
  type     city

place White Nile State
  names    ولاية النيل الأبيض
  country  SDN
  coord    13.1800 32.7400
  type     governorate

place Ed Damazin
  names    الدمازين
  country  SDN
  coord    11.7891 34.3592
  type     city

place Blue Nile State
  names    ولاية النيل الأزرق | إقليم النيل الأزرق
  country  SDN
  coord    11.7891 34.3592
  type     governorate

place Atbara
  names    عطبرة
  country  SDN
  coord    17.7022 33.9869
  type     city

place Ed Damer
  names    الدامر
  country  SDN
  coord    17.5900 33.9600
  type     city

place River Nile State
  names    ولاية نهر النيل
  country  SDN
  coord    17.5900 33.9600
  type     governorate

place Shendi
  names    شندي
  country  SDN
  coord    16.6833 33.4333
  type     town

place Dongola
  names    دنقلا
  country  SDN
  coord    19.1667 30.4833
  type     city

place Northern State (Sudan)
  names    الولاية الشمالية
  country  SDN
  coord    19.1667 30.4833
  type     governorate

place Merowe
  names    مروي | سد مروي
  country  SDN
  coord    18.4800 31.8200
  type     town

place Wadi Halfa
  names    وادي حلفا
  country  SDN
  coord    21.8000 31.3500
  type     town

place El Obeid
  names    مدينة الأبيض | الأبيض السودانية
  country  SDN
  coord    13.1842 30.2167
  type     city

place North Kordofan State
  names    شمال كردفان | ولاية شمال كردفان
  country  SDN
  coord    13.1842 30.2167
  type     governorate

place Kordofan
  names    كردفان | إقليم كردفان
  country  SDN
  coord    12.5000 29.5000
  type     region

place Kadugli
  names    كادقلي
  country  SDN
  coord    11.0167 29.7167
  type     city

place South Kordofan State
  names    جنوب كردفان | ولاية جنوب كردفان
  country  SDN
  coord    11.0167 29.7167
  type     governorate

place Dilling
  names    الدلنج
  country  SDN
  coord    12.0500 29.6500
  type     town

place Nuba Mountains
  names    جبال النوبة
  country  SDN
  coord    11.5000 30.0000
  type     region

place El Fula
  names    الفولة
  country  SDN
  coord    11.7300 28.3600
  type     town

place West Kordofan State
  names    غرب كردفان | ولاية غرب كردفان
  country  SDN
  coord    11.7300 28.3600
  type     governorate

place Babanusa
  names    بابنوسة
  country  SDN
  coord    11.3333 27.8167
  type     town

place En Nahud
  names    مدينة النهود
  country  SDN
  coord    12.7000 28.4333
  type     town

place Heglig
  names    هجليج
  country  SDN
  coord    10.0000 29.4000
  type     town

place Abyei
  names    أبيي | منطقة أبيي
  country  SDN
  coord    9.5950 28.4360
  type     region

place Darfur
  names    دارفور | إقليم دارفور
  country  SDN
  coord    13.0000 24.5000
  type     region

place El Fasher
  names    الفاشر
  country  SDN
  coord    13.6279 25.3494
  type     city

place North Darfur State
  names    شمال دارفور | ولاية شمال دارفور
  country  SDN
  coord    13.6279 25.3494
  type     governorate

place Zamzam Camp
  names    مخيم زمزم
  country  SDN
  coord    13.4800 25.2900
  type     camp

place Abu Shouk Camp
  names    مخيم أبو شوك
  country  SDN
  coord    13.6600 25.3300
  type     camp

place Tawila
  names    بلدة طويلة | منطقة طويلة
  country  SDN
  coord    13.5000 24.8500
  type     town

place Kutum
  names    مدينة كتم | محلية كتم
  country  SDN
  coord    14.2000 24.6667
  type     town

place Mellit
  names    مليط
  country  SDN
  coord    14.1333 25.5500
  type     town

place Nyala
  names    نيالا
  country  SDN
  coord    12.0500 24.8833
  type     city

place South Darfur State
  names    جنوب دارفور | ولاية جنوب دارفور
  country  SDN
  coord    12.0500 24.8833
  type     governorate

place Geneina
  names    الجنينة
  country  SDN
  coord    13.4500 22.4500
  type     city

place West Darfur State
  names    غرب دارفور | ولاية غرب دارفور
  country  SDN
  coord    13.4500 22.4500
  type     governorate

place Zalingei
  names    زالنجي
  country  SDN
  coord    12.9000 23.4833
  type     city

place Central Darfur State
  names    وسط دارفور | ولاية وسط دارفور
  country  SDN
  coord    12.9000 23.4833
  type     governorate

place Jebel Marra
  names    جبل مرة
  country  SDN
  coord    13.0000 24.3000
  type     mountain

place El Daein
  names    الضعين
  country  SDN
  coord    11.4617 26.1283
  type     city

place East Darfur State
  names    شرق دارفور | ولاية شرق دارفور
  country  SDN
  coord    11.4617 26.1283
  type     governorate

place Juba
  names    جوبا
  country  SSD
  coord    4.8594 31.5713
  type     city

place Malakal
  names    ملكال
  country  SSD
  coord    9.5334 31.6605
  type     city

place Wau
  names    مدينة واو
  country  SSD
  coord    7.7029 27.9953
  type     city

place Bor
  names    مدينة بور
  country  SSD
  coord    6.2100 31.5600
  type     town

place Bentiu
  names    بانتيو | بنتيو
  country  SSD
  coord    9.2333 29.8000
  type     town

place Aweil
  names    أويل
  country  SSD
  coord    8.7667 27.4000
  type     town

place Rumbek
  names    رومبيك
  country  SSD
  coord    6.8000 29.6833
  type     town

place Yei
  names    ياي
  country  SSD
  coord    4.0900 30.6800
  type     town

place Torit
  names    توريت
  country  SSD
  coord    4.4133 32.5650
  type     town

place Yambio
  names    يامبيو
  country  SSD
  coord    4.5700 28.4000
  type     town

place Nasir
  names    مدينة الناصر
  country  SSD
  coord    8.6000 33.0667
  type     town

place Renk
  names    الرنك
  country  SSD
  coord    11.7500 32.8000
  type     town

place Paloich
  names    فلوج | بالوج
  country  SSD
  coord    10.4600 32.5300
  type     site

place Mogadishu
  names    مقديشو | مقديشيو
  country  SOM
  coord    2.0469 45.3182
  type     city

place Afgooye
  names    أفجوي | أفغوي
  country  SOM
  coord    2.1414 45.1203
  type     town

place Marka
  names    مركا
  country  SOM
  coord    1.7159 44.7717
  type     town

place Baraawe
  names    براوة
  country  SOM
  coord    1.1133 44.0297
  type     town

place Kismayo
  names    كيسمايو | كسمايو
  country  SOM
  coord    -0.3582 42.5454
  type     city

place Jubaland
  names    جوبالاند | ولاية جوبالاند
  country  SOM
  coord    0.5000 42.0000
  type     region

place Baidoa
  names    بيدوا
  country  SOM
  coord    3.1139 43.6498
  type     city

place Beledweyne
  names    بلدوين
  country  SOM
  coord    4.7358 45.2036
  type     city

place Jowhar
  names    مدينة جوهر
  country  SOM
  coord    2.7809 45.5005
  type     town

place Dhusamareb
  names    طوسمريب | دوسمريب
  country  SOM
  coord    5.5350 46.3860
  type     town

place Galkayo
  names    جالكعيو | غالكعيو
  country  SOM
  coord    6.7697 47.4308
  type     city

place Garowe
  names    غاروي | جاروي
  country  SOM
  coord    8.4054 48.4845
  type     city

place Puntland
  names    بونتلاند | أرض البونت | ولاية بونتلاند
  country  SOM
  coord    8.5000 49.0000
  type     region

place Bosaso
  names    بوصاصو
  country  SOM
  coord    11.2842 49.1816
  type     city

place Hargeisa
  names    هرجيسا | هرغيسا
  country  SOM
  coord    9.5600 44.0650
  type     city

place Somaliland
  names    أرض الصومال | صوماليلاند | إقليم أرض الصومال
  country  SOM
  coord    9.5000 45.5000
  type     region

place Berbera
  names    بربرة | ميناء بربرة
  country  SOM
  coord    10.4396 45.0143
  type     city

place Burao
  names    برعو
  country  SOM
  coord    9.5220 45.5336
  type     city

place Las Anod
  names    لاس عانود | لاسعانود
  country  SOM
  coord    8.4774 47.3597
  type     town

place Djibouti City
  names    مدينة جيبوتي | جيبوتي العاصمة | العاصمة جيبوتي
  country  DJI
  coord    11.5721 43.1456
  type     city

place Tadjoura
  names    تاجورة
  country  DJI
  coord    11.7833 42.8833
  type     town

place Obock
  names    أوبوك
  country  DJI
  coord    11.9667 43.2833
  type     town

place Camp Lemonnier
  names    معسكر ليمونييه | قاعدة ليمونييه
  country  DJI
  coord    11.5461 43.1556
  type     base

place Moroni
  names    موروني
  country  COM
  coord    -11.7022 43.2551
  type     city

place Anjouan
  names    أنجوان | جزيرة أنجوان
  country  COM
  coord    -12.2138 44.4370
  type     island

place Moheli
  names    موهيلي | جزيرة موهيلي
  country  COM
  coord    -12.3377 43.7334
  type     island

place Grande Comore
  names    القمر الكبرى | جزيرة القمر الكبرى
  country  COM
  coord    -11.6500 43.3500
  type     island

place Tunis
  names    تونس العاصمة | العاصمة تونس | العاصمة التونسية
  country  TUN
  coord    36.8065 10.1815
  type     city

place Tunis Governorate
  names    ولاية تونس
  country  TUN
  coord    36.8065 10.1815
  type     governorate

place Carthage
  names    قرطاج | قصر قرطاج
  country  TUN
  coord    36.8528 10.3233
  type     town

place Bardo
  names    باردو | قصر باردو | متحف باردو
  country  TUN
  coord    36.8091 10.1404
  type     town

place Ariana
  names    أريانة | ولاية أريانة
  country  TUN
  coord    36.8625 10.1956
  type     city

place Ben Arous
  names    بن عروس | ولاية بن عروس
  country  TUN
  coord    36.7531 10.2189
  type     city

place Manouba
  names    منوبة | ولاية منوبة
  country  TUN
  coord    36.8081 10.0972
  type     city

place Nabeul
  names    نابل | ولاية نابل
  country  TUN
  coord    36.4561 10.7376
  type     city

place Hammamet
  names    الحمامات
  country  TUN
  coord    36.4000 10.6167
  type     town

place Zaghouan
  names    زغوان | ولاية زغوان
  country  TUN
  coord    36.4029 10.1429
  type     town

place Bizerte
  names    بنزرت | ولاية بنزرت
  country  TUN
  coord    37.2744 9.8739
  type     city

place Menzel Bourguiba
  names    منزل بورقيبة
  country  TUN
  coord    37.1536 9.7856
  type     town

place Beja
  names    باجة | ولاية باجة
  country  TUN
  coord    36.7256 9.1817
  type     city

place Jendouba
  names    جندوبة | ولاية جندوبة
  country  TUN
  coord    36.5011 8.7802
  type     city

place Kef
  names    ولاية الكاف | مدينة الكاف
  country  TUN
  coord    36.1822 8.7147
  type     city

place Siliana
  names    سليانة | ولاية سليانة
  country  TUN
  coord    36.0849 9.3708
  type     town

place Sousse
  names    سوسة | ولاية سوسة
  country  TUN
  coord    35.8256 10.6084
  type     city

place Monastir
  names    المنستير | ولاية المنستير
  country  TUN
  coord    35.7643 10.8113
  type     city

place Mahdia
  names    المهدية | ولاية المهدية
  country  TUN
  coord    35.5047 11.0622
  type     city

place Sfax
  names    صفاقس | ولاية صفاقس
  country  TUN
  coord    34.7406 10.7603
  type     city

place Kerkennah
  names    قرقنة | جزر قرقنة
  country  TUN
  coord    34.7000 11.2000
  type     island

place Kairouan
  names    القيروان | ولاية القيروان
  country  TUN
  coord    35.6781 10.0963
  type     city

place Kasserine
  names    القصرين | ولاية القصرين
  country  TUN
  coord    35.1676 8.8365
  type     city

place Mount Chambi
  names    جبل الشعانبي | الشعانبي
  country  TUN
  coord    35.2167 8.6667
  type     mountain

place Sidi Bouzid
  names    سيدي بوزيد | ولاية سيدي بوزيد
  country  TUN
  coord    35.0382 9.4849
  type     city

place Gafsa
  names    قفصة | ولاية قفصة
  country  TUN
  coord    34.4250 8.7842
  type     city

place Metlaoui
  names    المتلوي
  country  TUN
  coord    34.3211 8.4014
  type     town

place Tozeur
  names    توزر | ولاية توزر
  country  TUN
  coord    33.9197 8.1335
  type     town

place Kebili
  names    مدينة قبلي | ولاية قبلي
  country  TUN
  coord    33.7044 8.9690
  type     town

place Gabes
  names    قابس | ولاية قابس
  country  TUN
  coord    33.8815 10.0982
  type     city

place Medenine
  names    مدنين | ولاية مدنين
  country  TUN
  coord    33.3549 10.5055
  type     city

place Djerba
  names    جربة | جزيرة جربة
  country  TUN
  coord    33.8076 10.8451
  type     island

place Zarzis
  names    جرجيس
  country  TUN
  coord    33.5036 11.1122
  type     town

place Ben Gardane
  names    بن قردان
  country  TUN
  coord    33.1383 11.2197
  type     town

place Tataouine
  names    تطاوين | ولاية تطاوين
  country  TUN
  coord    32.9297 10.4518
  type     city

place Dehiba
  names    الذهيبة | معبر الذهيبة
  country  TUN
  coord    32.0200 10.7000
  type     crossing

place Algiers
  names    الجزائر العاصمة | العاصمة الجزائرية
  country  DZA
  coord    36.7538 3.0588
  type     city

place Algiers Province
  names    ولاية الجزائر
  country  DZA
  coord    36.7538 3.0588
  type     governorate

place Oran
  names    وهران | ولاية وهران
  country  DZA
  coord    35.6971 -0.6308
  type     city

place Constantine
  names    قسنطينة | ولاية قسنطينة
  country  DZA
  coord    36.3650 6.6147
  type     city

place Annaba
  names    عنابة | ولاية عنابة
  country  DZA
  coord    36.9000 7.7667
  type     city

place Blida
  names    البليدة | ولاية البليدة
  country  DZA
  coord    36.4700 2.8277
  type     city

place Batna
  names    باتنة | ولاية باتنة
  country  DZA
  coord    35.5550 6.1741
  type     city

place Setif
  names    سطيف | ولاية سطيف
  country  DZA
  coord    36.1900 5.4100
  type     city

place Tlemcen
  names    تلمسان | ولاية تلمسان
  country  DZA
  coord    34.8783 -1.3150
  type     city

place Bejaia
  names    بجاية | ولاية بجاية
  country  DZA
  coord    36.7509 5.0567
  type     city

place Biskra
  names    بسكرة | ولاية بسكرة
  country  DZA
  coord    34.8500 5.7333
  type     city

place Adrar
  names    أدرار | ولاية أدرار
  country  DZA
  coord    27.8743 -0.2939
  type     city

place Chlef
  names    الشلف | ولاية الشلف
  country  DZA
  coord    36.1650 1.3340
  type     city

place Laghouat
  names    الأغواط | ولاية الأغواط
  country  DZA
  coord    33.8000 2.8650
  type     city

place Oum El Bouaghi
  names    أم البواقي | ولاية أم البواقي
  country  DZA
  coord    35.8775 7.1136
  type     city

place Bechar
  names    ولاية بشار | مدينة بشار
  country  DZA
  coord    31.6167 -2.2167
  type     city

place Bouira
  names    البويرة | ولاية البويرة
  country  DZA
  coord    36.3800 3.9000
  type     city

place Tamanrasset
  names    تمنراست | تامنغست | ولاية تمنراست
  country  DZA
  coord    22.7850 5.5228
  type     city

place Tebessa
  names    تبسة | ولاية تبسة
  country  DZA
  coord    35.4042 8.1242
  type     city

place Tiaret
  names    تيارت | ولاية تيارت
  country  DZA
  coord    35.3706 1.3169
  type     city

place Tizi Ouzou
  names    تيزي وزو | ولاية تيزي وزو
  country  DZA
  coord    36.7118 4.0459
  type     city

place Kabylie
  names    منطقة القبائل | القبائل الكبرى
  country  DZA
  coord    36.6000 4.2000
  type     region

place Djelfa
  names    الجلفة | ولاية الجلفة
  country  DZA
  coord    34.6728 3.2630
  type     city

place Jijel
  names    جيجل | ولاية جيجل
  country  DZA
  coord    36.8200 5.7667
  type     city

place Saida (Algeria)
  names    ولاية سعيدة | مدينة سعيدة
  country  DZA
  coord    34.8303 0.1517
  type     city

place Skikda
  names    سكيكدة | ولاية سكيكدة
  country  DZA
  coord    36.8667 6.9000
  type     city

place Sidi Bel Abbes
  names    سيدي بلعباس | سيدي بل عباس | ولاية سيدي بلعباس
  country  DZA
  coord    35.1899 -0.6309
  type     city

place Guelma
  names    قالمة | ولاية قالمة
  country  DZA
  coord    36.4621 7.4261
  type     city

place Medea
  names    المدية | ولاية المدية
  country  DZA
  coord    36.2642 2.7539
  type     city

place Mostaganem
  names    مستغانم | ولاية مستغانم
  country  DZA
  coord    35.9310 0.0892
  type     city

place M'Sila
  names    المسيلة | ولاية المسيلة
  country  DZA
  coord    35.7058 4.5419
  type     city

place Mascara
  names    ولاية معسكر | مدينة معسكر
  country  DZA
  coord    35.3964 0.1403
  type     city

place Ouargla
  names    ورقلة | ولاية ورقلة
  country  DZA
  coord    31.9493 5.3250
  type     city

place El Bayadh
  names    ولاية البيض | مدينة البيض
  country  DZA
  coord    33.6831 1.0192
  type     city

place Illizi
  names    إليزي | ولاية إليزي
  country  DZA
  coord    26.4833 8.4667
  type     town

place Bordj Bou Arreridj
  names    برج بوعريريج | برج بو عريريج | ولاية برج بوعريريج
  country  DZA
  coord    36.0731 4.7611
  type     city

place Boumerdes
  names    بومرداس | ولاية بومرداس
  country  DZA
  coord    36.7664 3.4772
  type     city

place El Tarf
  names    الطارف | ولاية الطارف
  country  DZA
  coord    36.7672 8.3138
  type     town

place Tindouf
  names    تندوف | ولاية تندوف
  country  DZA
  coord    27.6711 -8.1474
  type     town

place Tindouf Camps
  names    مخيمات تندوف | مخيمات اللاجئين الصحراويين
  country  DZA
  coord    27.5000 -8.0000
  type     camp

place Tissemsilt
  names    تيسمسيلت | ولاية تيسمسيلت
  country  DZA
  coord    35.6072 1.8108
  type     city

place El Oued
  names    ولاية الوادي | وادي سوف | مدينة الوادي
  country  DZA
  coord    33.3683 6.8674
  type     city

place Khenchela
  names    خنشلة | ولاية خنشلة
  country  DZA
  coord    35.4358 7.1433
  type     city

place Souk Ahras
  names    سوق أهراس | ولاية سوق أهراس
  country  DZA
  coord    36.2864 7.9511
  type     city

place Tipaza
  names    تيبازة | ولاية تيبازة
  country  DZA
  coord    36.5897 2.4475
  type     city

place Mila
  names    ميلة | ولاية ميلة
  country  DZA
  coord    36.4503 6.2644
  type     city

place Ain Defla
  names    عين الدفلى | ولاية عين الدفلى
  country  DZA
  coord    36.2641 1.9679
  type     city

place Naama
  names    ولاية النعامة | مدينة النعامة
  country  DZA
  coord    33.2667 -0.3167
  type     town

place Ain Temouchent
  names    عين تموشنت | ولاية عين تموشنت
  country  DZA
  coord    35.2975 -1.1403
  type     city

place Ghardaia
  names    غرداية | ولاية غرداية
  country  DZA
  coord    32.4909 3.6734
  type     city

place Relizane
  names    غليزان | ولاية غليزان
  country  DZA
  coord    35.7373 0.5559
  type     city

place In Amenas
  names    عين أميناس | تيقنتورين
  country  DZA
  coord    28.0500 9.6333
  type     town

place Hassi Messaoud
  names    حاسي مسعود
  country  DZA
  coord    31.6804 6.0729
  type     town

place Timimoun
  names    تيميمون
  country  DZA
  coord    29.2639 0.2306
  type     town

place In Salah
  names    عين صالح
  country  DZA
  coord    27.1935 2.4607
  type     town

place Djanet
  names    جانت
  country  DZA
  coord    24.5550 9.4847
  type     town

place Touggourt
  names    تقرت | توقرت
  country  DZA
  coord    33.1000 6.0667
  type     town

place Bordj Badji Mokhtar
  names    برج باجي مختار
  country  DZA
  coord    21.3275 0.9550
  type     town

place In Guezzam
  names    عين قزام
  country  DZA
  coord    19.5700 5.7700
  type     town

place El Menia
  names    المنيعة
  country  DZA
  coord    30.5833 2.8833
  type     town

place Rabat
  names    الرباط | العاصمة المغربية الرباط
  country  MAR
  coord    34.0209 -6.8416
  type     city

place Rabat-Sale-Kenitra Region
  names    جهة الرباط سلا القنيطرة
  country  MAR
  coord    34.0209 -6.8416
  type     region

place Sale
  names    سلا
  country  MAR
  coord    34.0531 -6.7985
  type     city

place Temara
  names    تمارة
  country  MAR
  coord    33.9287 -6.9063
  type     city

place Skhirat
  names    الصخيرات
  country  MAR
  coord    33.8520 -7.0320
  type     town

place Bouznika
  names    بوزنيقة
  country  MAR
  coord    33.7890 -7.1600
  type     town

place Kenitra
  names    القنيطرة المغربية
  country  MAR
  coord    34.2610 -6.5802
  type     city

place Khemisset
  names    الخميسات
  country  MAR
  coord    33.8240 -6.0660
  type     city

place Casablanca
  names    الدار البيضاء | كازابلانكا
  country  MAR
  coord    33.5731 -7.5898
  type     city

place Casablanca-Settat Region
  names    جهة الدار البيضاء سطات
  country  MAR
  coord    33.5731 -7.5898
  type     region

place Mohammedia
  names    مدينة المحمدية
  country  MAR
  coord    33.6861 -7.3829
  type     city

place El Jadida
  names    مدينة الجديدة | الجديدة المغربية
  country  MAR
  coord    33.2316 -8.5007
  type     city

place Settat
  names    سطات
  country  MAR
  coord    33.0010 -7.6166
  type     city

place Berrechid
  names    برشيد
  country  MAR
  coord    33.2655 -7.5875
  type     city

place Marrakech
  names    مراكش
  country  MAR
  coord    31.6295 -7.9811
  type     city

place Marrakech-Safi Region
  names    جهة مراكش آسفي
  country  MAR
  coord    31.6295 -7.9811
  type     region

place Safi
  names    آسفي
  country  MAR
  coord    32.2994 -9.2372
  type     city

place Essaouira
  names    الصويرة
  country  MAR
  coord    31.5085 -9.7595
  type     city
  rank     1

place Al Haouz
  names    الحوز | إقليم الحوز
  country  MAR
  coord    31.2000 -8.1000
  type     region

place Fez
  names    فاس
  country  MAR
  coord    34.0181 -5.0078
  type     city

place Fez-Meknes Region
  names    جهة فاس مكناس
  country  MAR
  coord    34.0181 -5.0078
  type     region

place Meknes
  names    مكناس
  country  MAR
  coord    33.8935 -5.5473
  type     city

place Taza
  names    تازة
  country  MAR
  coord    34.2100 -4.0100
  type     city

place Ifrane
  names    إفران
  country  MAR
  coord    33.5228 -5.1106
  type     town

place Tangier
  names    طنجة
  country  MAR
  coord    35.7595 -5.8340
  type     city

place Tangier-Tetouan-Al Hoceima Region
  names    جهة طنجة تطوان الحسيمة
  country  MAR
  coord    35.7595 -5.8340
  type     region

place Tetouan
  names    تطوان
  country  MAR
  coord    35.5889 -5.3626
  type     city

place Fnideq
  names    الفنيدق
  country  MAR
  coord    35.8490 -5.3570
  type     town

place Larache
  names    العرائش
  country  MAR
  coord    35.1932 -6.1557
  type     city

place Ksar el-Kebir
  names    القصر الكبير
  country  MAR
  coord    35.0017 -5.9053
  type     city

place Chefchaouen
  names    شفشاون
  country  MAR
  coord    35.1688 -5.2636
  type     town

place Al Hoceima
  names    الحسيمة
  country  MAR
  coord    35.2517 -3.9372
  type     city

place Rif
  names    منطقة الريف | الريف المغربي
  country  MAR
  coord    35.0000 -4.0000
  type     region

place Nador
  names    الناظور
  country  MAR
  coord    35.1688 -2.9335
  type     city

place Oujda
  names    وجدة
  country  MAR
  coord    34.6814 -1.9086
  type     city

place Oriental Region
  names    جهة الشرق المغربية | الجهة الشرقية بالمغرب
  country  MAR
  coord    34.6814 -1.9086
  type     region

place Beni Mellal
  names    بني ملال
  country  MAR
  coord    32.3373 -6.3498
  type     city

place Beni Mellal-Khenifra Region
  names    جهة بني ملال خنيفرة
  country  MAR
  coord    32.3373 -6.3498
  type     region

place Khouribga
  names    خريبكة
  country  MAR
  coord    32.8811 -6.9063
  type     city

place Agadir
  names    أكادير | أغادير
  country  MAR
  coord    30.4278 -9.5981
  type     city

place Souss-Massa Region
  names    جهة سوس ماسة
  country  MAR
  coord    30.4278 -9.5981
  type     region

place Taroudant
  names    تارودانت
  country  MAR
  coord    30.4703 -8.8770
  type     town

place Tiznit
  names    تيزنيت
  country  MAR
  coord    29.6974 -9.7316
  type     town

place Ouarzazate
  names    ورزازات
  country  MAR
  coord    30.9189 -6.8934
  type     city

place Errachidia
  names    الرشيدية
  country  MAR
  coord    31.9314 -4.4244
  type     city

place Draa-Tafilalet Region
  names    جهة درعة تافيلالت
  country  MAR
  coord    31.9314 -4.4244
  type     region

place Guelmim
  names    كلميم
  country  MAR
  coord    28.9870 -10.0574
  type     city

place Guelmim-Oued Noun Region
  names    جهة كلميم واد نون
  country  MAR
  coord    28.9870 -10.0574
  type     region

place Tan-Tan
  names    طانطان
  country  MAR
  coord    28.4380 -11.1032
  type     town

place Ceuta
  names    سبتة | سبتة المحتلة
  country  ESP
  coord    35.8894 -5.3213
  type     city

place Melilla
  names    مليلية | مليلية المحتلة
  country  ESP
  coord    35.2923 -2.9381
  type     city

place Western Sahara
  names    الصحراء الغربية | الصحراء المغربية
  country  ESH
  coord    24.5000 -13.0000
  type     region

place Laayoune
  names    مدينة العيون | العيون المغربية
  country  ESH
  coord    27.1536 -13.2033
  type     city
  rank     1

place Laayoune-Sakia El Hamra Region
  names    جهة العيون الساقية الحمراء | الساقية الحمراء
  country  ESH
  coord    27.1536 -13.2033
  type     region

place Dakhla
  names    مدينة الداخلة | الداخلة المغربية
  country  ESH
  coord    23.6848 -15.9580
  type     city

place Dakhla-Oued Ed-Dahab Region
  names    جهة الداخلة وادي الذهب | وادي الذهب
  country  ESH
  coord    23.6848 -15.9580
  type     region

place Smara
  names    السمارة
  country  ESH
  coord    26.7384 -11.6719
  type     city

place Boujdour
  names    بوجدور
  country  ESH
  coord    26.1253 -14.4845
  type     town

place Guerguerat
  names    الكركرات | معبر الكركرات
  country  ESH
  coord    21.3600 -16.9600
  type     crossing

place Tifariti
  names    تيفاريتي
  country  ESH
  coord    26.1500 -10.5500
  type     town

place Bir Lehlou
  names    بئر لحلو
  country  ESH
  coord    26.3500 -9.5800
  type     town

place Mahbes
  names    المحبس
  country  ESH
  coord    27.4200 -9.0500
  type     town

place Nouakchott
  names    نواكشوط
  country  MRT
  coord    18.0735 -15.9582
  type     city

place Nouadhibou
  names    نواذيبو | انواذيبو
  country  MRT
  coord    20.9310 -17.0347
  type     city

place Rosso
  names    روصو
  country  MRT
  coord    16.5138 -15.8050
  type     town

place Kiffa
  names    كيفة
  country  MRT
  coord    16.6200 -11.4000
  type     town

place Kaedi
  names    كيهيدي
  country  MRT
  coord    16.1500 -13.5000
  type     town

place Zouerat
  names    ازويرات | الزويرات
  country  MRT
  coord    22.7350 -12.4710
  type     town

place Atar
  names    مدينة أطار
  country  MRT
  coord    20.5169 -13.0499
  type     town

place Nema
  names    مدينة النعمة
  country  MRT
  coord    16.6170 -7.2500
  type     town

place Aleg
  names    مدينة ألاك
  country  MRT
  coord    17.0500 -13.9170
  type     town

place Ayoun el-Atrous
  names    عيون العتروس
  country  MRT
  coord    16.6667 -9.6167
  type     town

place Selibaby
  names    سيلبابي
  country  MRT
  coord    16.1667 -12.1833
  type     town

place Tidjikja
  names    تجكجة
  country  MRT
  coord    18.5500 -11.4333
  type     town

place Akjoujt
  names    أكجوجت
  country  MRT
  coord    19.7500 -14.3833
  type     town

place Chinguetti
  names    شنقيط
  country  MRT
  coord    20.4630 -12.3600
  type     town

place Boutilimit
  names    بوتلميت
  country  MRT
  coord    17.5500 -14.7000
  type     town

place Bassikounou
  names    باسكنو
  country  MRT
  coord    15.8700 -5.9500
  type     town

place Mbera Camp
  names    مخيم امبره | مخيم مبيرا | مخيم مبره
  country  MRT
  coord    15.6500 -5.7500
  type     camp
