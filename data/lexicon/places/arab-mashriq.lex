@kind      places
@title     Places of the Arab Mashriq: Syria, Iraq, Lebanon, Jordan, Palestine, Israel (the Golan listed under Syria)
@source    Administrative divisions, place names and coordinates from the public record (national statistical and administrative divisions, common gazetteer knowledge); compiled by hand, coordinates rounded to 4 decimals and meant to be right within about 10 km
@source    Arabic city spellings cross-checked against i18n-iso-cities Arabic names (MIT), via shared/lexicon-sources/countries
@licence   CC BY 4.0 (this file); facts are not copyrightable
@curated   2026-11-29
@note      Names that are also common Arabic words (e.g. tadmur "destroys", hujja "pretext", al-bab "the door") are listed only in qualified forms (madinat X, qada X, muhafazat X).
@note      A governorate whose capital shares its name is listed as "muhafazat X" (plus "rif X" where news uses it); the bare name is the city.

place Kafr Sousa
  names    كفرسوسة | كفر سوسة
  country  SYR
  coord    33.4980 36.2700
  type     neighbourhood

place Umayyad Square
  names    ساحة الأمويين
  country  SYR
  coord    33.5130 36.2770
  type     site

place Marea
  names    مارع
  country  SYR
  coord    36.5800 37.0400
  type     town

place Dabiq
  names    دابق
  country  SYR
  coord    36.5400 37.2700
  type     town

place Al-Omar Oil Field
  names    حقل العمر | حقل العمر النفطي
  country  SYR
  coord    35.0600 40.5400
  type     site

place Zurbatiyah Crossing
  names    زرباطية | منفذ زرباطية
  country  IRQ
  coord    33.1400 46.0600
  type     crossing

place Karrada
  names    الكرادة
  country  IRQ
  coord    33.3000 44.4200
  type     neighbourhood

place Achrafieh
  names    الأشرفية
  country  LBN
  coord    33.8880 35.5200
  type     neighbourhood

place Ain al-Tineh
  names    عين التينة
  country  LBN
  coord    33.8800 35.4850
  type     neighbourhood

place Baghdad
  names    بغداد | العاصمة بغداد | العاصمة العراقية بغداد
  country  IRQ
  coord    33.3152 44.3661
  type     city

place Baghdad Governorate
  names    محافظة بغداد
  country  IRQ
  coord    33.3152 44.3661
  type     governorate

place Basra
  names    البصرة | مدينة البصرة
  country  IRQ
  coord    30.5085 47.7804
  type     city

place Basra Governorate
  names    محافظة البصرة
  country  IRQ
  coord    30.5085 47.7804
  type     governorate

place Mosul
  names    الموصل | مدينة الموصل
  country  IRQ
  coord    36.3400 43.1300
  type     city

place Nineveh Governorate
  names    نينوى | محافظة نينوى
  country  IRQ
  coord    36.3400 43.1300
  type     governorate

place Nineveh Plains
  names    سهل نينوى
  country  IRQ
  coord    36.4000 43.3500
  type     region

place Erbil
  names    أربيل | هولير | أربيل عاصمة إقليم كردستان
  country  IRQ
  coord    36.1911 44.0092
  type     city

place Erbil Governorate
  names    محافظة أربيل
  country  IRQ
  coord    36.1911 44.0092
  type     governorate

place Sulaymaniyah
  names    السليمانية | مدينة السليمانية
  country  IRQ
  coord    35.5617 45.4375
  type     city

place Sulaymaniyah Governorate
  names    محافظة السليمانية
  country  IRQ
  coord    35.5617 45.4375
  type     governorate

place Duhok
  names    دهوك | مدينة دهوك
  country  IRQ
  coord    36.8669 42.9503
  type     city

place Duhok Governorate
  names    محافظة دهوك
  country  IRQ
  coord    36.8669 42.9503
  type     governorate

place Halabja
  names    حلبجة
  country  IRQ
  coord    35.1778 45.9861
  type     city

place Halabja Governorate
  names    محافظة حلبجة
  country  IRQ
  coord    35.1778 45.9861
  type     governorate

place Kirkuk
  names    كركوك | مدينة كركوك
  country  IRQ
  coord    35.4681 44.3922
  type     city

place Kirkuk Governorate
  names    محافظة كركوك
  country  IRQ
  coord    35.4681 44.3922
  type     governorate

place Tikrit
  names    تكريت
  country  IRQ
  coord    34.6071 43.6782
  type     city

place Saladin Governorate
  names    محافظة صلاح الدين
  country  IRQ
  coord    34.6071 43.6782
  type     governorate

place Ramadi
  names    الرمادي
  country  IRQ
  coord    33.4258 43.2992
  type     city

place Anbar Governorate
  names    الأنبار | محافظة الأنبار
  country  IRQ
  coord    33.4258 43.2992
  type     governorate

place Baqubah
  names    بعقوبة
  country  IRQ
  coord    33.7466 44.6434
  type     city

place Diyala Governorate
  names    ديالى | محافظة ديالى
  country  IRQ
  coord    33.7466 44.6434
  type     governorate

place Hillah
  names    الحلة | مدينة الحلة
  country  IRQ
  coord    32.4637 44.4196
  type     city

place Babil Governorate
  names    بابل | محافظة بابل
  country  IRQ
  coord    32.4637 44.4196
  type     governorate

place Babylon
  names    آثار بابل | مدينة بابل الأثرية | بابل الأثرية
  country  IRQ
  coord    32.5364 44.4208
  type     site

place Karbala
  names    كربلاء | كربلاء المقدسة
  country  IRQ
  coord    32.6160 44.0249
  type     city

place Karbala Governorate
  names    محافظة كربلاء
  country  IRQ
  coord    32.6160 44.0249
  type     governorate

place Najaf
  names    النجف | النجف الأشرف
  country  IRQ
  coord    31.9961 44.3300
  type     city

place Najaf Governorate
  names    محافظة النجف
  country  IRQ
  coord    31.9961 44.3300
  type     governorate

place Diwaniyah
  names    الديوانية
  country  IRQ
  coord    31.9929 44.9255
  type     city

place Qadisiyyah Governorate
  names    محافظة القادسية | محافظة الديوانية
  country  IRQ
  coord    31.9929 44.9255
  type     governorate

place Samawah
  names    السماوة
  country  IRQ
  coord    31.3099 45.2803
  type     city

place Muthanna Governorate
  names    محافظة المثنى
  country  IRQ
  coord    31.3099 45.2803
  type     governorate

place Nasiriyah
  names    الناصرية
  country  IRQ
  coord    31.0500 46.2600
  type     city

place Dhi Qar Governorate
  names    ذي قار | محافظة ذي قار
  country  IRQ
  coord    31.0500 46.2600
  type     governorate

place Amarah
  names    مدينة العمارة | قضاء العمارة
  country  IRQ
  coord    31.8356 47.1447
  type     city

place Maysan Governorate
  names    ميسان | محافظة ميسان
  country  IRQ
  coord    31.8356 47.1447
  type     governorate

place Kut
  names    الكوت | مدينة الكوت
  country  IRQ
  coord    32.5100 45.8200
  type     city

place Wasit Governorate
  names    واسط | محافظة واسط
  country  IRQ
  coord    32.5100 45.8200
  type     governorate

place Kurdistan Region
  names    إقليم كردستان | إقليم كردستان العراق | كردستان العراق | إقليم كوردستان
  country  IRQ
  coord    36.4000 44.4000
  type     region

place Kadhimiya
  names    الكاظمية
  country  IRQ
  coord    33.3800 44.3400
  type     neighbourhood

place Adhamiya
  names    الأعظمية
  country  IRQ
  coord    33.3700 44.3600
  type     neighbourhood

place Sadr City
  names    مدينة الصدر
  country  IRQ
  coord    33.3900 44.4500
  type     neighbourhood

place Green Zone
  names    المنطقة الخضراء | المنطقة الدولية
  country  IRQ
  coord    33.3050 44.3800
  type     neighbourhood

place Karkh
  names    الكرخ | جانب الكرخ
  country  IRQ
  coord    33.3100 44.3600
  type     district

place Rusafa
  names    الرصافة | جانب الرصافة
  country  IRQ
  coord    33.3400 44.4100
  type     district

place Dora
  names    حي الدورة | منطقة الدورة
  country  IRQ
  coord    33.2600 44.3900
  type     neighbourhood

place Tahrir Square Baghdad
  names    ساحة التحرير
  country  IRQ
  coord    33.3280 44.4220
  type     site

place Baghdad International Airport
  names    مطار بغداد | مطار بغداد الدولي
  country  IRQ
  coord    33.2625 44.2346
  type     airport

place Mahmudiya
  names    المحمودية
  country  IRQ
  coord    33.0600 44.3600
  type     town

place Abu Ghraib
  names    أبو غريب | سجن أبو غريب
  country  IRQ
  coord    33.2908 44.0606
  type     town

place Tarmiyah
  names    الطارمية
  country  IRQ
  coord    33.6700 44.3900
  type     town

place Taji
  names    التاجي | قاعدة التاجي | معسكر التاجي
  country  IRQ
  coord    33.5200 44.2500
  type     town

place Madain
  names    المدائن | سلمان باك
  country  IRQ
  coord    33.1000 44.5800
  type     town

place Yusufiyah
  names    اليوسفية
  country  IRQ
  coord    33.0500 44.2400
  type     town

place Fallujah
  names    الفلوجة
  country  IRQ
  coord    33.3500 43.7833
  type     city

place Hit
  names    هيت | مدينة هيت
  country  IRQ
  coord    33.6386 42.8261
  type     town

place Haditha
  names    قضاء حديثة | مدينة حديثة | سد حديثة
  country  IRQ
  coord    34.1397 42.3783
  type     town

place Anah
  names    عانة | قضاء عانة
  country  IRQ
  coord    34.3725 41.9875
  type     town

place Rawa
  names    راوة
  country  IRQ
  coord    34.4719 41.9156
  type     town

place Al-Qaim
  names    مدينة القائم | قضاء القائم
  country  IRQ
  coord    34.3800 41.0900
  type     town

place Husaybah
  names    حصيبة
  country  IRQ
  coord    34.3900 40.9900
  type     town

place Rutba
  names    الرطبة
  country  IRQ
  coord    33.0381 40.2848
  type     town

place Khalidiya
  names    ناحية الخالدية | الخالدية في الأنبار
  country  IRQ
  coord    33.3900 43.5700
  type     town

place Amiriyat al-Fallujah
  names    عامرية الفلوجة | ناحية العامرية
  country  IRQ
  coord    33.2000 43.8300
  type     town

place Karmah
  names    الكرمة | ناحية الكرمة
  country  IRQ
  coord    33.4000 43.9100
  type     town

place Habbaniyah
  names    الحبانية | قاعدة الحبانية
  country  IRQ
  coord    33.3667 43.5667
  type     town

place Ain al-Asad Airbase
  names    عين الأسد | قاعدة عين الأسد
  country  IRQ
  coord    33.7856 42.4411
  type     base

place Al-Baghdadi
  names    ناحية البغدادي
  country  IRQ
  coord    33.8600 42.5500
  type     town

place Trebil Crossing
  names    معبر طريبيل | منفذ طريبيل
  country  IRQ
  coord    33.0000 38.8000
  type     crossing

place Al-Qaim Crossing
  names    منفذ القائم | معبر القائم
  country  IRQ
  coord    34.3800 40.9700
  type     crossing

place Tal Afar
  names    تلعفر | تل عفر
  country  IRQ
  coord    36.3792 42.4497
  type     town

place Sinjar
  names    سنجار | شنكال | قضاء سنجار
  country  IRQ
  coord    36.3209 41.8767
  type     town

place Mount Sinjar
  names    جبل سنجار
  country  IRQ
  coord    36.3700 41.7000
  type     mountain

place Bashiqa
  names    بعشيقة
  country  IRQ
  coord    36.4544 43.3522
  type     town

place Hamdaniya
  names    الحمدانية | قرقوش | بخديدا
  country  IRQ
  coord    36.2700 43.3800
  type     town

place Tel Keppe
  names    تلكيف | تل كيف
  country  IRQ
  coord    36.4900 43.1200
  type     town

place Shekhan
  names    الشيخان | عين سفني
  country  IRQ
  coord    36.6967 43.3500
  type     town

place Hatra
  names    مدينة الحضر | قضاء الحضر | الحضر الأثرية
  country  IRQ
  coord    35.5882 42.7183
  type     town

place Qayyarah
  names    القيارة | قاعدة القيارة
  country  IRQ
  coord    35.8000 43.2900
  type     town

place Makhmur
  names    مخمور | مخيم مخمور
  country  IRQ
  coord    35.7800 43.5800
  type     town

place Rabia
  names    ناحية ربيعة | معبر ربيعة
  country  IRQ
  coord    36.8050 42.1000
  type     town

place Hammam al-Alil
  names    حمام العليل
  country  IRQ
  coord    36.1600 43.2600
  type     town

place Nimrud
  names    النمرود
  country  IRQ
  coord    36.0989 43.3289
  type     site

place Mosul Dam
  names    سد الموصل
  country  IRQ
  coord    36.6300 42.8200
  type     site

place Badush
  names    بادوش | سجن بادوش
  country  IRQ
  coord    36.3700 42.9900
  type     town

place Soran
  names    سوران
  country  IRQ
  coord    36.6528 44.5433
  type     town

place Koya
  names    كويسنجق | كويه
  country  IRQ
  coord    36.0833 44.6333
  type     town

place Shaqlawa
  names    شقلاوة
  country  IRQ
  coord    36.4046 44.3230
  type     town

place Choman
  names    جومان
  country  IRQ
  coord    36.6375 44.8886
  type     town

place Erbil International Airport
  names    مطار أربيل | مطار أربيل الدولي
  country  IRQ
  coord    36.2376 43.9632
  type     airport

place Ranya
  names    رانية
  country  IRQ
  coord    36.2553 44.8828
  type     town

place Chamchamal
  names    جمجمال
  country  IRQ
  coord    35.5333 44.8333
  type     town

place Kalar
  names    كلار
  country  IRQ
  coord    34.6292 45.3222
  type     town

place Penjwen
  names    بنجوين
  country  IRQ
  coord    35.6233 45.9422
  type     town

place Qaladiza
  names    قلعة دزة
  country  IRQ
  coord    36.1847 45.1089
  type     town

place Dokan
  names    دوكان | سد دوكان
  country  IRQ
  coord    35.9547 44.9522
  type     town

place Darbandikhan
  names    دربندخان | سد دربندخان
  country  IRQ
  coord    35.1128 45.6819
  type     town

place Qandil Mountains
  names    جبال قنديل | جبل قنديل
  country  IRQ
  coord    36.4000 45.1000
  type     mountain

place Zakho
  names    زاخو
  country  IRQ
  coord    37.1436 42.6817
  type     town

place Amadiya
  names    العمادية
  country  IRQ
  coord    37.0925 43.4878
  type     town

place Semel
  names    سميل
  country  IRQ
  coord    36.8583 42.8514
  type     town

place Akre
  names    عقرة
  country  IRQ
  coord    36.7414 43.8931
  type     town

place Ibrahim Khalil Crossing
  names    معبر إبراهيم الخليل | منفذ إبراهيم الخليل
  country  IRQ
  coord    37.1200 42.5600
  type     crossing

place Faysh Khabur
  names    فيشخابور | فيش خابور
  country  IRQ
  coord    37.0700 42.3800
  type     town

place Hawija
  names    الحويجة
  country  IRQ
  coord    35.3167 43.7667
  type     town

place Daquq
  names    داقوق
  country  IRQ
  coord    35.1311 44.4472
  type     town

place Dibis
  names    قضاء الدبس
  country  IRQ
  coord    35.6500 44.0600
  type     town

place Altun Kupri
  names    ألتون كوبري
  country  IRQ
  coord    35.7561 44.1464
  type     town

place Samarra
  names    سامراء
  country  IRQ
  coord    34.1959 43.8857
  type     city

place Baiji
  names    بيجي | مصفاة بيجي
  country  IRQ
  coord    34.9311 43.4861
  type     town

place Balad
  names    قضاء بلد | مدينة بلد
  country  IRQ
  coord    34.0164 44.1453
  type     town

place Balad Airbase
  names    قاعدة بلد الجوية | قاعدة بلد
  country  IRQ
  coord    33.9400 44.3600
  type     base

place Dujail
  names    الدجيل
  country  IRQ
  coord    33.8464 44.2278
  type     town

place Tuz Khurmatu
  names    طوز خورماتو | طوزخورماتو | قضاء طوز
  country  IRQ
  coord    34.8861 44.6325
  type     town

place Shirqat
  names    الشرقاط
  country  IRQ
  coord    35.5100 43.2300
  type     town

place Al-Dour
  names    قضاء الدور | مدينة الدور
  country  IRQ
  coord    34.4500 43.7900
  type     town

place Al-Alam
  names    ناحية العلم
  country  IRQ
  coord    34.6800 43.7000
  type     town

place Dhuluiya
  names    الضلوعية
  country  IRQ
  coord    34.2600 44.2000
  type     town

place Sulaiman Beg
  names    سليمان بيك
  country  IRQ
  coord    34.9500 44.6667
  type     town

place Amirli
  names    آمرلي
  country  IRQ
  coord    34.7200 44.5900
  type     town

place Speicher Base
  names    قاعدة سبايكر | معسكر سبايكر
  country  IRQ
  coord    34.6722 43.5425
  type     base

place Muqdadiya
  names    المقدادية
  country  IRQ
  coord    33.9783 44.9369
  type     town

place Khanaqin
  names    خانقين
  country  IRQ
  coord    34.3481 45.3917
  type     town

place Khalis
  names    قضاء الخالص | مدينة الخالص
  country  IRQ
  coord    33.8081 44.5333
  type     town

place Balad Ruz
  names    بلدروز
  country  IRQ
  coord    33.6967 45.0747
  type     town

place Jalawla
  names    جلولاء
  country  IRQ
  coord    34.2717 45.1678
  type     town

place Saadiya
  names    ناحية السعدية
  country  IRQ
  coord    34.1900 45.1200
  type     town

place Mandali
  names    مندلي
  country  IRQ
  coord    33.7436 45.5539
  type     town

place Kifri
  names    كفري
  country  IRQ
  coord    34.6900 44.9600
  type     town

place Hamrin Mountains
  names    جبال حمرين | سلسلة جبال حمرين
  country  IRQ
  coord    34.4000 44.5000
  type     mountain

place Musayyib
  names    المسيب
  country  IRQ
  coord    32.7786 44.2900
  type     town

place Mahawil
  names    المحاويل
  country  IRQ
  coord    32.6500 44.4000
  type     town

place Hashimiya
  names    قضاء الهاشمية
  country  IRQ
  coord    32.3700 44.6600
  type     town

place Jurf al-Sakhar
  names    جرف الصخر | جرف النصر
  country  IRQ
  coord    32.8900 44.1200
  type     town

place Iskandariya
  names    ناحية الإسكندرية | قضاء الإسكندرية
  country  IRQ
  coord    32.8900 44.3500
  type     town

place Kifl
  names    ناحية الكفل | مدينة الكفل
  country  IRQ
  coord    32.2267 44.3656
  type     town

place Ain al-Tamr
  names    عين التمر
  country  IRQ
  coord    32.5600 43.4900
  type     town

place Hindiya
  names    طويريج | قضاء الهندية
  country  IRQ
  coord    32.5440 44.2190
  type     town

place Kufa
  names    الكوفة
  country  IRQ
  coord    32.0300 44.4000
  type     city

place Afak
  names    عفك
  country  IRQ
  coord    32.0642 45.2472
  type     town

place Shamiya
  names    قضاء الشامية
  country  IRQ
  coord    31.9636 44.6000
  type     town

place Hamza
  names    قضاء الحمزة
  country  IRQ
  coord    31.7300 44.9700
  type     town

place Rumaitha
  names    الرميثة
  country  IRQ
  coord    31.5275 45.2014
  type     town

place Khidr
  names    قضاء الخضر
  country  IRQ
  coord    31.2000 45.5500
  type     town

place Nugrat al-Salman
  names    نقرة السلمان | قضاء السلمان
  country  IRQ
  coord    30.5000 44.5333
  type     town

place Shatra
  names    الشطرة
  country  IRQ
  coord    31.4097 46.1717
  type     town

place Rifai
  names    قضاء الرفاعي
  country  IRQ
  coord    31.7200 46.1000
  type     town

place Suq al-Shuyukh
  names    سوق الشيوخ
  country  IRQ
  coord    30.8894 46.4644
  type     town

place Chibayish
  names    الجبايش
  country  IRQ
  coord    30.9500 47.0200
  type     town

place Ur
  names    مدينة أور الأثرية | أور الأثرية | زقورة أور
  country  IRQ
  coord    30.9625 46.1031
  type     site

place Iraqi Marshes
  names    الأهوار | أهوار العراق
  country  IRQ
  coord    31.0000 47.0000
  type     region

place Majar al-Kabir
  names    المجر الكبير
  country  IRQ
  coord    31.5700 47.1700
  type     town

place Ali al-Gharbi
  names    قضاء علي الغربي
  country  IRQ
  coord    32.4617 46.6878
  type     town

place Hai
  names    قضاء الحي
  country  IRQ
  coord    32.1731 46.0433
  type     town

place Numaniyah
  names    النعمانية
  country  IRQ
  coord    32.5500 45.4000
  type     town

place Suwaira
  names    قضاء الصويرة
  country  IRQ
  coord    32.9267 44.7742
  type     town

place Badra
  names    بدرة
  country  IRQ
  coord    33.1061 45.9447
  type     town

place Aziziyah (Iraq)
  names    قضاء العزيزية
  country  IRQ
  coord    32.9100 45.0600
  type     town

place Zubair
  names    قضاء الزبير | مدينة الزبير
  country  IRQ
  coord    30.3892 47.7025
  type     town

place Abu al-Khasib
  names    أبو الخصيب
  country  IRQ
  coord    30.4600 48.0000
  type     town

place Faw
  names    الفاو | شبه جزيرة الفاو | ميناء الفاو
  country  IRQ
  coord    29.9750 48.4722
  type     town

place Qurna
  names    القرنة
  country  IRQ
  coord    31.0158 47.4306
  type     town

place Umm Qasr
  names    أم قصر | ميناء أم قصر
  country  IRQ
  coord    30.0361 47.9197
  type     town

place Safwan
  names    سفوان
  country  IRQ
  coord    30.1103 47.7194
  type     town

place Shatt al-Arab
  names    شط العرب
  country  IRQ
  coord    30.4500 48.0500
  type     waterway

place Rumaila Oil Field
  names    حقل الرميلة
  country  IRQ
  coord    30.4000 47.4000
  type     site

place Jerusalem
  names    القدس | بيت المقدس | القدس الغربية | أورشليم
  country  ISR
  coord    31.7683 35.2137
  type     city

place Tel Aviv
  names    تل أبيب | تل أبيب يافا
  country  ISR
  coord    32.0853 34.7818
  type     city

place Jaffa
  names    يافا
  country  ISR
  coord    32.0500 34.7550
  type     city

place Haifa
  names    حيفا
  country  ISR
  coord    32.7940 34.9896
  type     city

place Eilat
  names    إيلات | أم الرشراش | ميناء إيلات
  country  ISR
  coord    29.5577 34.9519
  type     city

place Beersheba
  names    بئر السبع
  country  ISR
  coord    31.2520 34.7915
  type     city

place Ashkelon
  names    عسقلان | أشكلون
  country  ISR
  coord    31.6688 34.5743
  type     city

place Ashdod
  names    أسدود | أشدود
  country  ISR
  coord    31.8014 34.6435
  type     city

place Sderot
  names    سديروت
  country  ISR
  coord    31.5250 34.5969
  type     town

place Netivot
  names    نتيفوت
  country  ISR
  coord    31.4200 34.5880
  type     town

place Ofakim
  names    أوفاكيم
  country  ISR
  coord    31.3140 34.6200
  type     town

place Nazareth
  names    الناصرة
  country  ISR
  coord    32.6996 35.3035
  type     city

place Acre
  names    عكا
  country  ISR
  coord    32.9281 35.0818
  type     city

place Safed
  names    صفد
  country  ISR
  coord    32.9646 35.4960
  type     city

place Tiberias
  names    طبريا
  country  ISR
  coord    32.7959 35.5310
  type     city

place Kiryat Shmona
  names    كريات شمونة | كريات شمونه
  country  ISR
  coord    33.2073 35.5697
  type     town

place Metula
  names    مستوطنة المطلة | مطولا | كيبوتس المطلة
  country  ISR
  coord    33.2800 35.5780
  type     town

place Nahariya
  names    نهاريا
  country  ISR
  coord    33.0058 35.0989
  type     city

place Netanya
  names    نتانيا
  country  ISR
  coord    32.3215 34.8532
  type     city

place Herzliya
  names    هرتسيليا | هرتسليا
  country  ISR
  coord    32.1663 34.8436
  type     city

place Rishon LeZion
  names    ريشون لتسيون
  country  ISR
  coord    31.9730 34.7925
  type     city

place Petah Tikva
  names    بتاح تكفا | بيتح تكفا | بيتاح تكفا
  country  ISR
  coord    32.0840 34.8878
  type     city

place Holon
  names    حولون
  country  ISR
  coord    32.0158 34.7874
  type     city

place Bat Yam
  names    بات يام
  country  ISR
  coord    32.0231 34.7503
  type     city

place Ramat Gan
  names    رمات غان | رامات غان
  country  ISR
  coord    32.0684 34.8248
  type     city

place Bnei Brak
  names    بني براك
  country  ISR
  coord    32.0807 34.8338
  type     city

place Rehovot
  names    رحوفوت
  country  ISR
  coord    31.8928 34.8113
  type     city

place Lod
  names    اللد
  country  ISR
  coord    31.9510 34.8881
  type     city

place Ramla
  names    الرملة
  country  ISR
  coord    31.9276 34.8625
  type     city

place Umm al-Fahm
  names    أم الفحم
  country  ISR
  coord    32.5196 35.1535
  type     city

place Rahat
  names    رهط
  country  ISR
  coord    31.3930 34.7540
  type     city

place Dimona
  names    ديمونا | مفاعل ديمونا
  country  ISR
  coord    31.0694 35.0333
  type     town

place Hadera
  names    الخضيرة
  country  ISR
  coord    32.4340 34.9196
  type     city

place Afula
  names    العفولة
  country  ISR
  coord    32.6090 35.2890
  type     city

place Karmiel
  names    كرمئيل | كرميئيل
  country  ISR
  coord    32.9190 35.2950
  type     city

place Shefa-Amr
  names    شفاعمرو | شفا عمرو
  country  ISR
  coord    32.8050 35.1700
  type     town

place Sakhnin
  names    سخنين
  country  ISR
  coord    32.8640 35.2970
  type     town

place Tayibe
  names    مدينة الطيبة
  country  ISR
  coord    32.2660 35.0090
  type     town

place Kafr Qasim
  names    كفر قاسم
  country  ISR
  coord    32.1140 34.9770
  type     town

place Beit Shemesh
  names    بيت شيمش
  country  ISR
  coord    31.7470 34.9880
  type     city

place Modiin
  names    موديعين
  country  ISR
  coord    31.8980 35.0100
  type     city

place Kiryat Gat
  names    كريات غات
  country  ISR
  coord    31.6100 34.7640
  type     city

place Yavne
  names    يبنا | يفنه
  country  ISR
  coord    31.8780 34.7390
  type     city

place Kfar Saba
  names    كفار سابا | كفر سابا
  country  ISR
  coord    32.1750 34.9070
  type     city

place Caesarea
  names    قيسارية
  country  ISR
  coord    32.5000 34.9000
  type     town

place Negev
  names    النقب | صحراء النقب
  country  ISR
  coord    30.8000 34.8000
  type     region

place Galilee
  names    الجليل
  country  ISR
  coord    32.9000 35.4000
  type     region

place Upper Galilee
  names    الجليل الأعلى
  country  ISR
  coord    33.0500 35.5000
  type     region

place Western Galilee
  names    الجليل الغربي
  country  ISR
  coord    33.0000 35.1500
  type     region

place Lake Tiberias
  names    بحيرة طبريا
  country  ISR
  coord    32.8200 35.5900
  type     lake

place Ben Gurion Airport
  names    مطار بن غوريون | مطار بن جوريون | مطار اللد
  country  ISR
  coord    32.0055 34.8854
  type     airport

place Nevatim Airbase
  names    قاعدة نيفاتيم | نيفاتيم
  country  ISR
  coord    31.2083 35.0122
  type     base

place Ramat David Airbase
  names    قاعدة رمات دافيد
  country  ISR
  coord    32.6650 35.1790
  type     base

place Gaza Envelope
  names    غلاف غزة | مستوطنات غلاف غزة
  country  ISR
  coord    31.4500 34.5000
  type     region

place Re'im
  names    رعيم | كيبوتس رعيم
  country  ISR
  coord    31.3870 34.4600
  type     village

place Be'eri
  names    بئيري | كيبوتس بئيري | كيبوتس بيري
  country  ISR
  coord    31.4240 34.4930
  type     village

place Kfar Aza
  names    كفار عزة | كيبوتس كفار عزة
  country  ISR
  coord    31.4840 34.5330
  type     village

place Nir Oz
  names    نير عوز | كيبوتس نير عوز
  country  ISR
  coord    31.3100 34.4020
  type     village

place Nahal Oz
  names    ناحل عوز | كيبوتس ناحل عوز
  country  ISR
  coord    31.4730 34.4980
  type     village

place Zikim
  names    زيكيم
  country  ISR
  coord    31.6070 34.5190
  type     village

place Kerem Shalom Crossing
  names    معبر كرم أبو سالم | كرم أبو سالم | كيرم شالوم
  country  ISR
  coord    31.2290 34.2840
  type     crossing

place Erez Crossing
  names    معبر بيت حانون | معبر إيريز | معبر إيرز | حاجز إيريز
  country  ISR
  coord    31.5580 34.5350
  type     crossing

place Karni Crossing
  names    معبر المنطار | معبر كارني
  country  PSE
  coord    31.4700 34.4700
  type     crossing

place Majdal Krum
  names    مجد الكروم
  country  ISR
  coord    32.9200 35.2450
  type     town

place Beirut
  names    بيروت | العاصمة اللبنانية بيروت | بيروت الغربية | بيروت الشرقية
  country  LBN
  coord    33.8938 35.5018
  type     city

place Beirut Governorate
  names    محافظة بيروت
  country  LBN
  coord    33.8938 35.5018
  type     governorate

place Dahieh
  names    الضاحية الجنوبية | الضاحية الجنوبية لبيروت | ضاحية بيروت الجنوبية
  country  LBN
  coord    33.8530 35.5100
  type     neighbourhood

place Haret Hreik
  names    حارة حريك
  country  LBN
  coord    33.8514 35.5103
  type     neighbourhood

place Burj al-Barajneh
  names    برج البراجنة
  country  LBN
  coord    33.8475 35.5083
  type     neighbourhood

place Sabra and Shatila
  names    صبرا وشاتيلا | مخيم شاتيلا | مخيم صبرا
  country  LBN
  coord    33.8628 35.4986
  type     camp

place Beirut Airport
  names    مطار بيروت | مطار بيروت الدولي | مطار رفيق الحريري الدولي | مطار رفيق الحريري
  country  LBN
  coord    33.8209 35.4884
  type     airport

place Port of Beirut
  names    مرفأ بيروت | ميناء بيروت
  country  LBN
  coord    33.9014 35.5167
  type     site

place Tripoli (Lebanon)
  names    طرابلس | طرابلس اللبنانية | طرابلس الشام | طرابلس لبنان
  country  LBN
  coord    34.4367 35.8497
  type     city

place North Governorate (Lebanon)
  names    محافظة الشمال | شمال لبنان | الشمال اللبناني
  country  LBN
  coord    34.4367 35.8497
  type     governorate

place Akkar
  names    عكار | محافظة عكار | قضاء عكار
  country  LBN
  coord    34.5428 36.0797
  type     governorate

place Halba
  names    حلبا
  country  LBN
  coord    34.5428 36.0797
  type     town

place Sidon
  names    صيدا | مدينة صيدا
  country  LBN
  coord    33.5606 35.3758
  type     city

place South Governorate (Lebanon)
  names    محافظة الجنوب | جنوب لبنان | الجنوب اللبناني
  country  LBN
  coord    33.2700 35.3500
  type     governorate

place Tyre
  names    مدينة صور | قضاء صور | صور جنوب لبنان
  country  LBN
  coord    33.2705 35.2038
  type     city

place Nabatieh
  names    النبطية
  country  LBN
  coord    33.3772 35.4836
  type     city

place Nabatieh Governorate
  names    محافظة النبطية | قضاء النبطية
  country  LBN
  coord    33.3772 35.4836
  type     governorate

place Zahle
  names    زحلة
  country  LBN
  coord    33.8463 35.9020
  type     city

place Beqaa
  names    البقاع | سهل البقاع | محافظة البقاع
  country  LBN
  coord    33.8463 35.9020
  type     governorate

place West Beqaa
  names    البقاع الغربي
  country  LBN
  coord    33.6294 35.7789
  type     district

place Baalbek
  names    بعلبك
  country  LBN
  coord    34.0058 36.2181
  type     city

place Baalbek-Hermel
  names    بعلبك الهرمل | محافظة بعلبك الهرمل
  country  LBN
  coord    34.0058 36.2181
  type     governorate

place Hermel
  names    الهرمل
  country  LBN
  coord    34.3942 36.3847
  type     town

place Mount Lebanon
  names    جبل لبنان | محافظة جبل لبنان
  country  LBN
  coord    33.8339 35.5442
  type     governorate

place Baabda
  names    بعبدا | قصر بعبدا
  country  LBN
  coord    33.8339 35.5442
  type     town

place Jounieh
  names    جونية
  country  LBN
  coord    33.9808 35.6178
  type     city

place Keserwan
  names    كسروان | كسروان جبيل
  country  LBN
  coord    34.0200 35.6700
  type     district

place Byblos
  names    جبيل | مدينة جبيل
  country  LBN
  coord    34.1230 35.6519
  type     town
  rank     1

place Batroun
  names    البترون
  country  LBN
  coord    34.2553 35.6581
  type     town

place Zgharta
  names    زغرتا
  country  LBN
  coord    34.3983 35.8958
  type     town

place Koura
  names    الكورة | قضاء الكورة
  country  LBN
  coord    34.3000 35.8100
  type     district

place Bsharri
  names    بلدة بشري | قضاء بشري
  country  LBN
  coord    34.2508 36.0117
  type     town

place Minieh-Danniyeh
  names    المنية الضنية | قضاء المنية الضنية | الضنية
  country  LBN
  coord    34.4825 35.9222
  type     district

place Aley
  names    عاليه
  country  LBN
  coord    33.8053 35.6000
  type     town

place Chouf
  names    الشوف | قضاء الشوف
  country  LBN
  coord    33.6953 35.5789
  type     district

place Matn
  names    قضاء المتن | منطقة المتن | المتن الشمالي
  country  LBN
  coord    33.8900 35.6300
  type     district

place Jezzine
  names    جزين
  country  LBN
  coord    33.5436 35.5856
  type     town

place Marjayoun
  names    مرجعيون
  country  LBN
  coord    33.3608 35.5917
  type     town

place Hasbaya
  names    حاصبيا
  country  LBN
  coord    33.3981 35.6850
  type     town

place Bint Jbeil
  names    بنت جبيل
  country  LBN
  coord    33.1203 35.4331
  type     town

place Rashaya
  names    راشيا
  country  LBN
  coord    33.5000 35.8436
  type     town

place Naqoura
  names    الناقورة
  country  LBN
  coord    33.1181 35.1394
  type     town

place Khiam
  names    بلدة الخيام | الخيام الجنوبية | معتقل الخيام
  country  LBN
  coord    33.3297 35.6136
  type     town

place Kfar Kila
  names    كفركلا | كفر كلا
  country  LBN
  coord    33.2856 35.5536
  type     village

place Aitaroun
  names    عيترون
  country  LBN
  coord    33.1156 35.4619
  type     village

place Aita al-Shaab
  names    عيتا الشعب
  country  LBN
  coord    33.0956 35.3339
  type     village

place Odaisseh
  names    العديسة
  country  LBN
  coord    33.2617 35.5408
  type     village

place Mays al-Jabal
  names    ميس الجبل
  country  LBN
  coord    33.1703 35.5206
  type     village

place Houla (Lebanon)
  names    حولا
  country  LBN
  coord    33.2125 35.5119
  type     village

place Kfarchouba
  names    كفرشوبا | تلال كفرشوبا
  country  LBN
  coord    33.3300 35.6850
  type     village

place Shebaa
  names    شبعا
  country  LBN
  coord    33.3417 35.7367
  type     village

place Shebaa Farms
  names    مزارع شبعا
  country  LBN
  coord    33.3000 35.7300
  type     region

place Alma al-Shaab
  names    علما الشعب
  country  LBN
  coord    33.0900 35.1800
  type     village

place Yaroun
  names    يارون
  country  LBN
  coord    33.0806 35.4247
  type     village

place Rmeish
  names    رميش
  country  LBN
  coord    33.0800 35.3700
  type     village

place Maroun al-Ras
  names    مارون الراس
  country  LBN
  coord    33.1006 35.4414
  type     village

place Qana
  names    قانا
  country  LBN
  coord    33.2075 35.2992
  type     village

place Wazzani
  names    الوزاني
  country  LBN
  coord    33.2828 35.6211
  type     village

place Arsal
  names    عرسال | جرود عرسال
  country  LBN
  coord    34.1794 36.4206
  type     town

place Ras Baalbek
  names    رأس بعلبك
  country  LBN
  coord    34.2600 36.4200
  type     town

place Qaa
  names    بلدة القاع
  country  LBN
  coord    34.3425 36.4767
  type     town

place Nahr al-Bared Camp
  names    مخيم نهر البارد | نهر البارد
  country  LBN
  coord    34.5083 35.9500
  type     camp

place Ain al-Hilweh Camp
  names    مخيم عين الحلوة | عين الحلوة
  country  LBN
  coord    33.5428 35.3786
  type     camp

place Rashidieh Camp
  names    مخيم الرشيدية
  country  LBN
  coord    33.2369 35.2219
  type     camp

place Chtaura
  names    شتورة
  country  LBN
  coord    33.8133 35.8508
  type     town

place Anjar
  names    عنجر
  country  LBN
  coord    33.7283 35.9289
  type     town

place Majdal Anjar
  names    مجدل عنجر
  country  LBN
  coord    33.7067 35.9033
  type     town

place Masnaa Crossing
  names    معبر المصنع | نقطة المصنع الحدودية
  country  LBN
  coord    33.7064 35.9300
  type     crossing

place Damour
  names    الدامور
  country  LBN
  coord    33.7300 35.4550
  type     town

place Litani River
  names    نهر الليطاني | الليطاني
  country  LBN
  coord    33.3400 35.3000
  type     waterway

place Amman
  names    عمان | العاصمة الأردنية عمان
  country  JOR
  coord    31.9539 35.9106
  type     city

place Amman Governorate
  names    محافظة العاصمة عمان | محافظة عمان
  country  JOR
  coord    31.9539 35.9106
  type     governorate

place Zarqa
  names    الزرقاء
  country  JOR
  coord    32.0728 36.0880
  type     city

place Zarqa Governorate
  names    محافظة الزرقاء
  country  JOR
  coord    32.0728 36.0880
  type     governorate

place Irbid
  names    إربد
  country  JOR
  coord    32.5556 35.8500
  type     city

place Irbid Governorate
  names    محافظة إربد
  country  JOR
  coord    32.5556 35.8500
  type     governorate

place Salt
  names    مدينة السلط
  country  JOR
  coord    32.0392 35.7272
  type     city

place Balqa Governorate
  names    البلقاء | محافظة البلقاء
  country  JOR
  coord    32.0392 35.7272
  type     governorate

place Mafraq
  names    المفرق
  country  JOR
  coord    32.3406 36.2080
  type     city

place Mafraq Governorate
  names    محافظة المفرق
  country  JOR
  coord    32.3406 36.2080
  type     governorate

place Jerash
  names    جرش
  country  JOR
  coord    32.2803 35.8993
  type     city

place Jerash Governorate
  names    محافظة جرش
  country  JOR
  coord    32.2803 35.8993
  type     governorate

place Ajloun
  names    عجلون
  country  JOR
  coord    32.3326 35.7517
  type     city

place Ajloun Governorate
  names    محافظة عجلون
  country  JOR
  coord    32.3326 35.7517
  type     governorate

place Madaba
  names    مادبا
  country  JOR
  coord    31.7160 35.7939
  type     city

place Madaba Governorate
  names    محافظة مادبا
  country  JOR
  coord    31.7160 35.7939
  type     governorate

place Karak
  names    الكرك
  country  JOR
  coord    31.1853 35.7047
  type     city
  rank     1

place Karak Governorate
  names    محافظة الكرك
  country  JOR
  coord    31.1853 35.7047
  type     governorate

place Tafilah
  names    الطفيلة
  country  JOR
  coord    30.8375 35.6044
  type     city

place Tafilah Governorate
  names    محافظة الطفيلة
  country  JOR
  coord    30.8375 35.6044
  type     governorate

place Maan
  names    معان
  country  JOR
  coord    30.1962 35.7341
  type     city

place Maan Governorate
  names    محافظة معان
  country  JOR
  coord    30.1962 35.7341
  type     governorate

place Aqaba
  names    مدينة العقبة | ميناء العقبة | خليج العقبة
  country  JOR
  coord    29.5321 35.0063
  type     city

place Aqaba Governorate
  names    محافظة العقبة
  country  JOR
  coord    29.5321 35.0063
  type     governorate

place Ramtha
  names    الرمثا
  country  JOR
  coord    32.5592 36.0069
  type     town

place Russeifa
  names    الرصيفة
  country  JOR
  coord    32.0178 36.0464
  type     city

place Sahab
  names    سحاب
  country  JOR
  coord    31.8700 36.0050
  type     town

place Zaatari Camp
  names    مخيم الزعتري | الزعتري
  country  JOR
  coord    32.2947 36.3236
  type     camp

place Azraq
  names    مخيم الأزرق | بلدة الأزرق | مدينة الأزرق
  country  JOR
  coord    31.8800 36.8300
  type     town

place Ruwaished
  names    الرويشد
  country  JOR
  coord    32.5050 38.2000
  type     town

place Jaber Crossing
  names    معبر جابر | مركز حدود جابر
  country  JOR
  coord    32.5350 36.2150
  type     crossing

place King Hussein Bridge
  names    جسر الملك حسين | جسر اللنبي | جسر الكرامة | معبر الكرامة
  country  JOR
  coord    31.8736 35.5408
  type     crossing

place Dead Sea
  names    البحر الميت
  country  JOR
  coord    31.5000 35.5000
  type     lake

place Petra
  names    البتراء
  country  JOR
  coord    30.3285 35.4444
  type     site

place Wadi Rum
  names    وادي رم
  country  JOR
  coord    29.5760 35.4200
  type     site

place Muwaqqar
  names    بلدة الموقر | لواء الموقر
  country  JOR
  coord    31.8200 36.1000
  type     town

place Tower 22
  names    البرج 22
  country  JOR
  coord    33.3200 38.6900
  type     base

place Muwaffaq Salti Air Base
  names    قاعدة موفق السلطي | قاعدة موفق السلطي الجوية
  country  JOR
  coord    31.8272 36.7828
  type     base

place Gaza Strip
  names    قطاع غزة | غزة | قطاع غزة المحاصر
  country  PSE
  coord    31.4200 34.3700
  type     region
  rank     1

place Gaza City
  names    مدينة غزة | غزة المدينة
  country  PSE
  coord    31.5017 34.4668
  type     city

place Gaza Governorate
  names    محافظة غزة
  country  PSE
  coord    31.5017 34.4668
  type     governorate

place North Gaza
  names    شمال غزة | شمال قطاع غزة | محافظة شمال غزة
  country  PSE
  coord    31.5400 34.5000
  type     governorate

place Jabalia
  names    جباليا | مخيم جباليا
  country  PSE
  coord    31.5300 34.4900
  type     town

place Beit Lahia
  names    بيت لاهيا
  country  PSE
  coord    31.5464 34.4951
  type     town

place Beit Hanoun
  names    بيت حانون
  country  PSE
  coord    31.5381 34.5354
  type     town

place Shati Camp
  names    مخيم الشاطئ
  country  PSE
  coord    31.5317 34.4461
  type     camp

place Shujaiya
  names    الشجاعية | حي الشجاعية
  country  PSE
  coord    31.5083 34.4833
  type     neighbourhood

place Zeitoun
  names    حي الزيتون
  country  PSE
  coord    31.4922 34.4517
  type     neighbourhood

place Sheikh Radwan
  names    الشيخ رضوان | حي الشيخ رضوان
  country  PSE
  coord    31.5280 34.4670
  type     neighbourhood

place Tal al-Hawa
  names    تل الهوى | حي تل الهوى
  country  PSE
  coord    31.5050 34.4400
  type     neighbourhood

place Rimal
  names    حي الرمال
  country  PSE
  coord    31.5200 34.4450
  type     neighbourhood

place Al-Shifa Hospital
  names    مجمع الشفاء الطبي | مستشفى الشفاء | مجمع الشفاء
  country  PSE
  coord    31.5239 34.4439
  type     site

place Deir al-Balah
  names    دير البلح
  country  PSE
  coord    31.4176 34.3506
  type     city

place Deir al-Balah Governorate
  names    محافظة دير البلح | المحافظة الوسطى | وسط قطاع غزة
  country  PSE
  coord    31.4176 34.3506
  type     governorate

place Nuseirat
  names    النصيرات | مخيم النصيرات
  country  PSE
  coord    31.4490 34.3930
  type     camp

place Bureij
  names    البريج | مخيم البريج
  country  PSE
  coord    31.4394 34.4031
  type     camp

place Maghazi
  names    المغازي | مخيم المغازي
  country  PSE
  coord    31.4214 34.3856
  type     camp

place Khan Yunis
  names    خان يونس | خانيونس
  country  PSE
  coord    31.3402 34.3063
  type     city

place Khan Yunis Governorate
  names    محافظة خان يونس | محافظة خانيونس
  country  PSE
  coord    31.3402 34.3063
  type     governorate

place Bani Suheila
  names    بني سهيلا
  country  PSE
  coord    31.3433 34.3250
  type     town

place Abasan
  names    عبسان | عبسان الكبيرة
  country  PSE
  coord    31.3200 34.3450
  type     town

place Khuzaa
  names    خزاعة
  country  PSE
  coord    31.3100 34.3600
  type     town

place Al-Mawasi
  names    المواصي | منطقة المواصي
  country  PSE
  coord    31.3600 34.2700
  type     region

place Rafah
  names    رفح | مدينة رفح
  country  PSE
  coord    31.2969 34.2436
  type     city
  rank     1

place Rafah Governorate
  names    محافظة رفح
  country  PSE
  coord    31.2969 34.2436
  type     governorate

place Rafah Crossing
  names    معبر رفح | معبر رفح البري
  country  PSE
  coord    31.2470 34.2590
  type     crossing

place Philadelphi Corridor
  names    محور فيلادلفيا | محور صلاح الدين
  country  PSE
  coord    31.2700 34.2400
  type     site

place Netzarim Corridor
  names    محور نتساريم
  country  PSE
  coord    31.4700 34.4100
  type     site

place Morag Corridor
  names    محور موراج
  country  PSE
  coord    31.3100 34.2900
  type     site

place West Bank
  names    الضفة الغربية | الضفة | الضفة الغربية المحتلة
  country  PSE
  coord    31.9500 35.2500
  type     region

place East Jerusalem
  names    القدس الشرقية | القدس المحتلة | شرقي القدس
  country  PSE
  coord    31.7833 35.2333
  type     city

place Jerusalem Governorate
  names    محافظة القدس
  country  PSE
  coord    31.7833 35.2333
  type     governorate

place Al-Aqsa Mosque
  names    المسجد الأقصى | باحات الأقصى | باحات المسجد الأقصى | الحرم القدسي | الحرم القدسي الشريف
  country  PSE
  coord    31.7761 35.2358
  type     site

place Old City of Jerusalem
  names    البلدة القديمة في القدس | البلدة القديمة بالقدس
  country  PSE
  coord    31.7767 35.2345
  type     neighbourhood

place Sheikh Jarrah
  names    الشيخ جراح | حي الشيخ جراح
  country  PSE
  coord    31.7950 35.2300
  type     neighbourhood

place Silwan
  names    سلوان | بلدة سلوان
  country  PSE
  coord    31.7700 35.2370
  type     neighbourhood

place Shuafat Camp
  names    مخيم شعفاط | شعفاط
  country  PSE
  coord    31.8130 35.2410
  type     camp

place Qalandia
  names    قلنديا | حاجز قلنديا | مخيم قلنديا
  country  PSE
  coord    31.8600 35.2100
  type     camp

place Al-Eizariya
  names    العيزرية
  country  PSE
  coord    31.7710 35.2650
  type     town

place Abu Dis
  names    أبو ديس
  country  PSE
  coord    31.7620 35.2620
  type     town

place Ramallah
  names    رام الله
  country  PSE
  coord    31.8996 35.2042
  type     city

place Ramallah and al-Bireh Governorate
  names    محافظة رام الله والبيرة | محافظة رام الله
  country  PSE
  coord    31.8996 35.2042
  type     governorate

place Al-Bireh
  names    البيرة
  country  PSE
  coord    31.9100 35.2150
  type     city

place Beitunia
  names    بيتونيا
  country  PSE
  coord    31.8900 35.1700
  type     town

place Silwad
  names    سلواد
  country  PSE
  coord    31.9780 35.2600
  type     town

place Turmus Ayya
  names    ترمسعيا
  country  PSE
  coord    32.0300 35.2800
  type     village

place Bilin
  names    بلعين
  country  PSE
  coord    31.9300 35.0730
  type     village

place Jenin
  names    جنين | مدينة جنين
  country  PSE
  coord    32.4606 35.2961
  type     city

place Jenin Camp
  names    مخيم جنين
  country  PSE
  coord    32.4620 35.2900
  type     camp

place Jenin Governorate
  names    محافظة جنين
  country  PSE
  coord    32.4606 35.2961
  type     governorate

place Qabatiya
  names    قباطية
  country  PSE
  coord    32.4100 35.2800
  type     town

place Yabad
  names    بلدة يعبد
  country  PSE
  coord    32.4470 35.1700
  type     town

place Tubas
  names    طوباس
  country  PSE
  coord    32.3209 35.3698
  type     town

place Tubas Governorate
  names    محافظة طوباس
  country  PSE
  coord    32.3209 35.3698
  type     governorate

place Tammun
  names    طمون
  country  PSE
  coord    32.2800 35.3850
  type     town

place Far'a Camp
  names    مخيم الفارعة
  country  PSE
  coord    32.2880 35.3400
  type     camp

place Tulkarm
  names    طولكرم
  country  PSE
  coord    32.3104 35.0286
  type     city

place Tulkarm Governorate
  names    محافظة طولكرم
  country  PSE
  coord    32.3104 35.0286
  type     governorate

place Nur Shams Camp
  names    مخيم نور شمس
  country  PSE
  coord    32.3150 35.0700
  type     camp

place Tulkarm Camp
  names    مخيم طولكرم
  country  PSE
  coord    32.3100 35.0380
  type     camp

place Nablus
  names    نابلس
  country  PSE
  coord    32.2211 35.2544
  type     city

place Nablus Governorate
  names    محافظة نابلس
  country  PSE
  coord    32.2211 35.2544
  type     governorate

place Balata Camp
  names    مخيم بلاطة
  country  PSE
  coord    32.2120 35.2850
  type     camp

place Huwara
  names    حوارة | بلدة حوارة
  country  PSE
  coord    32.1500 35.2560
  type     town

place Beita
  names    بلدة بيتا | جبل صبيح
  country  PSE
  coord    32.1420 35.2880
  type     town

place Qalqilya
  names    قلقيلية
  country  PSE
  coord    32.1897 34.9706
  type     city

place Qalqilya Governorate
  names    محافظة قلقيلية
  country  PSE
  coord    32.1897 34.9706
  type     governorate

place Azzun
  names    عزون
  country  PSE
  coord    32.1740 35.0580
  type     town

place Salfit
  names    سلفيت
  country  PSE
  coord    32.0847 35.1806
  type     town

place Salfit Governorate
  names    محافظة سلفيت
  country  PSE
  coord    32.0847 35.1806
  type     governorate

place Jericho
  names    أريحا | مدينة أريحا
  country  PSE
  coord    31.8667 35.4500
  type     city
  rank     1

place Jericho Governorate
  names    محافظة أريحا | محافظة أريحا والأغوار
  country  PSE
  coord    31.8667 35.4500
  type     governorate

place Jordan Valley
  names    الأغوار | غور الأردن
  country  PSE
  coord    32.0000 35.5000
  type     region

place Khan al-Ahmar
  names    الخان الأحمر
  country  PSE
  coord    31.8000 35.3400
  type     village

place Bethlehem
  names    بيت لحم
  country  PSE
  coord    31.7054 35.2024
  type     city

place Bethlehem Governorate
  names    محافظة بيت لحم
  country  PSE
  coord    31.7054 35.2024
  type     governorate

place Beit Jala
  names    بيت جالا
  country  PSE
  coord    31.7150 35.1870
  type     town

place Beit Sahour
  names    بيت ساحور
  country  PSE
  coord    31.7020 35.2260
  type     town

place Dheisheh Camp
  names    مخيم الدهيشة
  country  PSE
  coord    31.6970 35.1880
  type     camp

place Aida Camp
  names    مخيم عايدة
  country  PSE
  coord    31.7160 35.2000
  type     camp

place Hebron
  names    الخليل | مدينة الخليل
  country  PSE
  coord    31.5326 35.0998
  type     city

place Hebron Governorate
  names    محافظة الخليل
  country  PSE
  coord    31.5326 35.0998
  type     governorate

place Ibrahimi Mosque
  names    الحرم الإبراهيمي | المسجد الإبراهيمي
  country  PSE
  coord    31.5247 35.1108
  type     site

place Dura
  names    بلدة دورا | مدينة دورا
  country  PSE
  coord    31.5070 35.0280
  type     town

place Yatta
  names    يطا
  country  PSE
  coord    31.4460 35.0940
  type     town

place Halhul
  names    حلحول
  country  PSE
  coord    31.5790 35.0990
  type     town

place Bani Naim
  names    بني نعيم
  country  PSE
  coord    31.5160 35.1640
  type     town

place Masafer Yatta
  names    مسافر يطا
  country  PSE
  coord    31.4100 35.1300
  type     region

place Beit Ummar
  names    بيت أمر
  country  PSE
  coord    31.6200 35.1030
  type     town

place Sair
  names    سعير
  country  PSE
  coord    31.5800 35.1450
  type     town

place Dhahiriya
  names    الظاهرية
  country  PSE
  coord    31.4090 34.9720
  type     town

place Maale Adumim
  names    معاليه أدوميم | معالي أدوميم
  country  PSE
  coord    31.7770 35.2980
  type     town

place Ariel
  names    مستوطنة أرئيل | أرئيل | أريئيل
  country  PSE
  coord    32.1056 35.1690
  type     town

place Modiin Illit
  names    موديعين عيليت
  country  PSE
  coord    31.9330 35.0440
  type     town

place Beitar Illit
  names    بيتار عيليت
  country  PSE
  coord    31.6960 35.1160
  type     town

place Gush Etzion
  names    غوش عتصيون | غوش عتسيون | مجمع غوش عتصيون
  country  PSE
  coord    31.6530 35.1180
  type     town

place Kiryat Arba
  names    كريات أربع
  country  PSE
  coord    31.5330 35.1200
  type     town

place Yitzhar
  names    يتسهار | مستوطنة يتسهار
  country  PSE
  coord    32.1700 35.2400
  type     village

place Beit El
  names    بيت إيل | مستوطنة بيت إيل
  country  PSE
  coord    31.9420 35.2220
  type     village

place Shalamcheh Crossing
  names    منفذ الشلامجة | معبر الشلامجة | الشلامجة
  country  IRQ
  coord    30.5000 47.9800
  type     crossing

place Damascus
  names    دمشق | العاصمة السورية دمشق | دمشق العاصمة
  country  SYR
  coord    33.5138 36.2765
  type     city

place Damascus Governorate
  names    محافظة دمشق
  country  SYR
  coord    33.5138 36.2765
  type     governorate

place Rif Dimashq Governorate
  names    ريف دمشق | محافظة ريف دمشق
  country  SYR
  coord    33.5700 36.4000
  type     governorate

place Aleppo
  names    حلب | مدينة حلب
  country  SYR
  coord    36.2021 37.1343
  type     city

place Aleppo Governorate
  names    محافظة حلب | ريف حلب | ريف حلب الشمالي | ريف حلب الشرقي | ريف حلب الغربي | ريف حلب الجنوبي
  country  SYR
  coord    36.2000 37.5000
  type     governorate

place Homs
  names    حمص | مدينة حمص
  country  SYR
  coord    34.7324 36.7137
  type     city

place Homs Governorate
  names    محافظة حمص | ريف حمص | ريف حمص الشمالي | ريف حمص الشرقي
  country  SYR
  coord    34.7324 36.7137
  type     governorate

place Hama
  names    حماة | حماه | مدينة حماة
  country  SYR
  coord    35.1318 36.7578
  type     city

place Hama Governorate
  names    محافظة حماة | ريف حماة | ريف حماة الشمالي | ريف حماه
  country  SYR
  coord    35.1318 36.7578
  type     governorate

place Latakia
  names    اللاذقية | مدينة اللاذقية
  country  SYR
  coord    35.5317 35.7915
  type     city

place Latakia Governorate
  names    محافظة اللاذقية | ريف اللاذقية | ريف اللاذقية الشمالي
  country  SYR
  coord    35.6000 35.9500
  type     governorate

place Tartus
  names    طرطوس | مدينة طرطوس
  country  SYR
  coord    34.8890 35.8866
  type     city

place Tartus Governorate
  names    محافظة طرطوس | ريف طرطوس
  country  SYR
  coord    34.8890 35.8866
  type     governorate

place Idlib
  names    إدلب | مدينة إدلب
  country  SYR
  coord    35.9306 36.6339
  type     city

place Idlib Governorate
  names    محافظة إدلب | ريف إدلب | ريف إدلب الجنوبي | ريف إدلب الشرقي
  country  SYR
  coord    35.8500 36.6000
  type     governorate

place Raqqa
  names    الرقة | مدينة الرقة
  country  SYR
  coord    35.9528 39.0079
  type     city

place Raqqa Governorate
  names    محافظة الرقة | ريف الرقة
  country  SYR
  coord    35.9528 39.0079
  type     governorate

place Deir ez-Zor
  names    دير الزور | مدينة دير الزور | ديرالزور
  country  SYR
  coord    35.3359 40.1408
  type     city

place Deir ez-Zor Governorate
  names    محافظة دير الزور | ريف دير الزور | ريف دير الزور الشرقي
  country  SYR
  coord    35.0000 40.5000
  type     governorate

place Hasakah
  names    الحسكة | مدينة الحسكة
  country  SYR
  coord    36.5024 40.7477
  type     city

place Hasakah Governorate
  names    محافظة الحسكة | ريف الحسكة
  country  SYR
  coord    36.5024 40.7477
  type     governorate

place Qamishli
  names    القامشلي | قامشلو
  country  SYR
  coord    37.0522 41.2317
  type     city

place Daraa
  names    درعا | مدينة درعا
  country  SYR
  coord    32.6189 36.1021
  type     city

place Daraa Governorate
  names    محافظة درعا | ريف درعا | ريف درعا الغربي | ريف درعا الشرقي
  country  SYR
  coord    32.7500 36.1500
  type     governorate

place Daraa al-Balad
  names    درعا البلد
  country  SYR
  coord    32.6131 36.1058
  type     neighbourhood

place Suwayda
  names    السويداء | مدينة السويداء
  country  SYR
  coord    32.7090 36.5695
  type     city

place Suwayda Governorate
  names    محافظة السويداء | ريف السويداء
  country  SYR
  coord    32.7090 36.5695
  type     governorate

place Quneitra
  names    القنيطرة | مدينة القنيطرة
  country  SYR
  coord    33.1256 35.8240
  type     city
  rank     1

place Quneitra Governorate
  names    محافظة القنيطرة | ريف القنيطرة
  country  SYR
  coord    33.1256 35.8240
  type     governorate

place Douma
  names    مدينة دوما | دوما بريف دمشق
  country  SYR
  coord    33.5711 36.4028
  type     city

place Al-Qutayfah
  names    القطيفة | مدينة القطيفة
  country  SYR
  coord    33.7389 36.6000
  type     town

place Al-Tall
  names    مدينة التل
  country  SYR
  coord    33.6103 36.3100
  type     town

place Yabroud
  names    يبرود
  country  SYR
  coord    33.9672 36.6572
  type     town

place An-Nabek
  names    النبك
  country  SYR
  coord    34.0236 36.7306
  type     town

place Qatana
  names    قطنا
  country  SYR
  coord    33.4389 36.0781
  type     town

place Darayya
  names    داريا
  country  SYR
  coord    33.4586 36.2364
  type     town

place Zabadani
  names    الزبداني
  country  SYR
  coord    33.7247 36.1003
  type     town

place Qudsaya
  names    قدسيا
  country  SYR
  coord    33.5333 36.2333
  type     town

place Harasta
  names    حرستا
  country  SYR
  coord    33.5586 36.3658
  type     town

place Jobar
  names    جوبر | حي جوبر
  country  SYR
  coord    33.5336 36.3336
  type     neighbourhood

place Qaboun
  names    القابون | حي القابون
  country  SYR
  coord    33.5450 36.3300
  type     neighbourhood

place Barzeh
  names    برزة | حي برزة
  country  SYR
  coord    33.5544 36.3131
  type     neighbourhood

place Mezzeh
  names    المزة | حي المزة
  country  SYR
  coord    33.5040 36.2533
  type     neighbourhood

place Mezzeh Airbase
  names    مطار المزة | مطار المزة العسكري
  country  SYR
  coord    33.4775 36.2233
  type     base

place Damascus International Airport
  names    مطار دمشق | مطار دمشق الدولي
  country  SYR
  coord    33.4115 36.5156
  type     airport

place Yarmouk Camp
  names    مخيم اليرموك
  country  SYR
  coord    33.4731 36.3033
  type     camp

place Hajar al-Aswad
  names    حي الحجر الأسود | الحجر الأسود جنوب دمشق
  country  SYR
  coord    33.4575 36.3036
  type     neighbourhood

place Sayyida Zaynab
  names    السيدة زينب | منطقة السيدة زينب
  country  SYR
  coord    33.4447 36.3408
  type     town
  rank     1

place Jaramana
  names    جرمانا
  country  SYR
  coord    33.4858 36.3464
  type     town

place Sahnaya
  names    صحنايا
  country  SYR
  coord    33.4300 36.2700
  type     town

place Ashrafiyat Sahnaya
  names    أشرفية صحنايا
  country  SYR
  coord    33.4400 36.2400
  type     town

place Babbila
  names    ببيلا
  country  SYR
  coord    33.4672 36.3278
  type     town

place Kiswah
  names    مدينة الكسوة
  country  SYR
  coord    33.3581 36.2383
  type     town

place Muadamiyat al-Sham
  names    معضمية الشام | المعضمية
  country  SYR
  coord    33.4614 36.1953
  type     town

place Madaya
  names    مضايا
  country  SYR
  coord    33.6881 36.0981
  type     town

place Rankous
  names    رنكوس
  country  SYR
  coord    33.7400 36.4000
  type     town

place Wadi Barada
  names    وادي بردى
  country  SYR
  coord    33.6300 36.1700
  type     region

place Ain al-Fijah
  names    عين الفيجة
  country  SYR
  coord    33.6014 36.1736
  type     village

place Qalamoun
  names    القلمون | جبال القلمون | القلمون الشرقي | القلمون الغربي
  country  SYR
  coord    33.9500 36.6000
  type     region

place Jayroud
  names    جيرود
  country  SYR
  coord    33.8081 36.7419
  type     town

place Dumayr
  names    مدينة الضمير | مطار الضمير | الضمير العسكري
  country  SYR
  coord    33.6433 36.6936
  type     town

place Adra
  names    عدرا | عدرا العمالية
  country  SYR
  coord    33.6117 36.5003
  type     town

place Eastern Ghouta
  names    الغوطة الشرقية
  country  SYR
  coord    33.5500 36.4000
  type     region

place Western Ghouta
  names    الغوطة الغربية
  country  SYR
  coord    33.4500 36.1800
  type     region

place Ghouta
  names    الغوطة | غوطة دمشق
  country  SYR
  coord    33.5200 36.3500
  type     region

place Saydnaya
  names    صيدنايا | سجن صيدنايا
  country  SYR
  coord    33.6967 36.3764
  type     town

place Maaloula
  names    معلولا
  country  SYR
  coord    33.8450 36.5456
  type     village

place Afrin
  names    عفرين | منطقة عفرين
  country  SYR
  coord    36.5119 36.8694
  type     town

place Al-Bab
  names    مدينة الباب | منطقة الباب
  country  SYR
  coord    36.3706 37.5156
  type     town

place Kobani
  names    عين العرب | كوباني | كوباني عين العرب | مدينة عين العرب
  country  SYR
  coord    36.8908 38.3539
  type     town

place Azaz
  names    أعزاز | عزاز
  country  SYR
  coord    36.5866 37.0463
  type     town

place Jarabulus
  names    جرابلس
  country  SYR
  coord    36.8175 38.0111
  type     town

place Manbij
  names    منبج
  country  SYR
  coord    36.5281 37.9550
  type     town

place As-Safira
  names    بلدة السفيرة | مدينة السفيرة | منطقة السفيرة
  country  SYR
  coord    36.0769 37.3725
  type     town

place Dayr Hafir
  names    دير حافر
  country  SYR
  coord    36.1581 37.7083
  type     town

place Atarib
  names    الأتارب
  country  SYR
  coord    36.1386 36.8300
  type     town

place Tell Rifaat
  names    تل رفعت
  country  SYR
  coord    36.4714 37.0967
  type     town

place Nubl and Zahraa
  names    نبل والزهراء | بلدتي نبل والزهراء
  country  SYR
  coord    36.3660 36.9960
  type     town

place Maskanah
  names    مسكنة
  country  SYR
  coord    35.9611 38.0372
  type     town

place Khan al-Asal
  names    خان العسل
  country  SYR
  coord    36.1681 37.0311
  type     village

place Kuweires Airbase
  names    مطار كويرس | مطار كويرس العسكري
  country  SYR
  coord    36.1869 37.5831
  type     base

place Aleppo International Airport
  names    مطار حلب | مطار حلب الدولي
  country  SYR
  coord    36.1807 37.2244
  type     airport

place Bab al-Salama Crossing
  names    معبر باب السلامة
  country  SYR
  coord    36.6400 37.0500
  type     crossing

place Shaykh Maqsud
  names    الشيخ مقصود | حي الشيخ مقصود
  country  SYR
  coord    36.2290 37.1600
  type     neighbourhood

place Ariha (Syria)
  names    أريحا | مدينة أريحا | مدينة أريحا في إدلب
  country  SYR
  coord    35.8125 36.6083
  type     town

place Harem
  names    حارم | مدينة حارم
  country  SYR
  coord    36.2072 36.5192
  type     town

place Jisr al-Shughur
  names    جسر الشغور
  country  SYR
  coord    35.8125 36.3181
  type     town

place Maarrat al-Numan
  names    معرة النعمان | المعرة
  country  SYR
  coord    35.6433 36.6708
  type     town

place Khan Shaykhun
  names    خان شيخون
  country  SYR
  coord    35.4411 36.6514
  type     town

place Saraqib
  names    سراقب
  country  SYR
  coord    35.8647 36.8006
  type     town

place Kafr Nabl
  names    كفرنبل | كفر نبل
  country  SYR
  coord    35.6139 36.5611
  type     town

place Sarmada
  names    سرمدا
  country  SYR
  coord    36.1800 36.7200
  type     town

place Al-Dana
  names    الدانا
  country  SYR
  coord    36.2142 36.7733
  type     town

place Salqin
  names    سلقين
  country  SYR
  coord    36.1394 36.4528
  type     town

place Binnish
  names    بنش
  country  SYR
  coord    35.9567 36.7136
  type     town

place Taftanaz
  names    تفتناز | مطار تفتناز
  country  SYR
  coord    35.9989 36.7853
  type     town

place Darkush
  names    دركوش
  country  SYR
  coord    35.9911 36.3908
  type     town

place Abu al-Duhur
  names    أبو الظهور | مطار أبو الظهور
  country  SYR
  coord    35.7322 37.0461
  type     town

place Bab al-Hawa Crossing
  names    معبر باب الهوى | باب الهوى
  country  SYR
  coord    36.2308 36.6711
  type     crossing

place Jabal al-Zawiya
  names    جبل الزاوية
  country  SYR
  coord    35.7000 36.5500
  type     region

place Kafr Takharim
  names    كفرتخاريم | كفر تخاريم
  country  SYR
  coord    36.1147 36.5178
  type     town

place Masyaf
  names    مصياف
  country  SYR
  coord    35.0653 36.3422
  type     town

place Mhardeh
  names    محردة
  country  SYR
  coord    35.2478 36.5733
  type     town

place Salamiyah
  names    سلمية
  country  SYR
  coord    35.0113 37.0532
  type     town

place Suqaylabiyah
  names    السقيلبية
  country  SYR
  coord    35.3697 36.3808
  type     town

place Al-Latamina
  names    اللطامنة
  country  SYR
  coord    35.3172 36.6222
  type     town

place Morek
  names    مورك
  country  SYR
  coord    35.3764 36.6803
  type     town

place Kafr Zita
  names    كفرزيتا | كفر زيتا
  country  SYR
  coord    35.3744 36.6022
  type     town

place Taybat al-Imam
  names    طيبة الإمام
  country  SYR
  coord    35.2653 36.7128
  type     town

place Halfaya
  names    حلفايا
  country  SYR
  coord    35.2597 36.6058
  type     town

place Al-Ghab Plain
  names    سهل الغاب
  country  SYR
  coord    35.6000 36.3500
  type     region

place Hama Military Airport
  names    مطار حماة العسكري
  country  SYR
  coord    35.1183 36.7111
  type     base

place Al-Mukharram
  names    المخرم | المخرم الفوقاني
  country  SYR
  coord    34.8197 37.0914
  type     town

place Al-Qusayr
  names    القصير | مدينة القصير
  country  SYR
  coord    34.5089 36.5797
  type     town
  rank     1

place Al-Rastan
  names    الرستن
  country  SYR
  coord    34.9267 36.7325
  type     town

place Palmyra
  names    مدينة تدمر | تدمر الأثرية | مدينة تدمر الأثرية | بادية تدمر | سجن تدمر
  country  SYR
  coord    34.5601 38.2672
  type     town

place Talkalakh
  names    تلكلخ | تل كلخ
  country  SYR
  coord    34.6686 36.2597
  type     town

place Talbiseh
  names    تلبيسة
  country  SYR
  coord    34.8394 36.7319
  type     town

place Al-Houla
  names    الحولة | منطقة الحولة
  country  SYR
  coord    34.8878 36.5292
  type     town

place Al-Qaryatayn
  names    القريتين
  country  SYR
  coord    34.2286 37.2406
  type     town

place Al-Sukhnah
  names    بلدة السخنة | مدينة السخنة
  country  SYR
  coord    34.8869 38.8711
  type     town

place Baba Amr
  names    بابا عمرو | حي بابا عمرو
  country  SYR
  coord    34.7189 36.6944
  type     neighbourhood

place Al-Waer
  names    حي الوعر | الوعر
  country  SYR
  coord    34.7400 36.6700
  type     neighbourhood

place T4 Airbase
  names    مطار التيفور | مطار تيفور | مطار التياس | قاعدة التيفور
  country  SYR
  coord    34.5222 37.6297
  type     base

place Shayrat Airbase
  names    مطار الشعيرات | قاعدة الشعيرات
  country  SYR
  coord    34.4903 36.9089
  type     base

place Syrian Desert
  names    البادية السورية | بادية الشام
  country  SYR
  coord    34.5000 38.5000
  type     region

place Al-Haffah
  names    الحفة
  country  SYR
  coord    35.5997 36.0344
  type     town

place Jableh
  names    جبلة
  country  SYR
  coord    35.3611 35.9256
  type     town

place Qardaha
  names    القرداحة
  country  SYR
  coord    35.4569 36.0597
  type     town

place Hmeimim Airbase
  names    حميميم | قاعدة حميميم | مطار حميميم
  country  SYR
  coord    35.4011 35.9486
  type     base

place Kessab
  names    بلدة كسب | معبر كسب
  country  SYR
  coord    35.9289 35.9886
  type     town

place Baniyas
  names    بانياس
  country  SYR
  coord    35.1822 35.9489
  type     town

place Ash-Sheikh Badr
  names    الشيخ بدر
  country  SYR
  coord    34.9897 36.0800
  type     town

place Duraykish
  names    الدريكيش
  country  SYR
  coord    34.8964 36.1347
  type     town

place Safita
  names    صافيتا
  country  SYR
  coord    34.8203 36.1175
  type     town

place Syrian Coast
  names    الساحل السوري
  country  SYR
  coord    35.2000 35.9500
  type     region

place Tell Abyad
  names    تل أبيض | كري سبي
  country  SYR
  coord    36.6975 38.9567
  type     town

place Tabqa
  names    مدينة الطبقة | مطار الطبقة
  country  SYR
  coord    35.8372 38.5481
  type     town

place Tabqa Dam
  names    سد الفرات | سد الطبقة
  country  SYR
  coord    35.8700 38.5700
  type     site

place Ayn Issa
  names    عين عيسى
  country  SYR
  coord    36.3853 38.8586
  type     town

place Maadan
  names    معدان
  country  SYR
  coord    35.7461 39.6547
  type     town

place Abu Kamal
  names    البوكمال | أبو كمال | البو كمال
  country  SYR
  coord    34.4503 40.9186
  type     town

place Mayadin
  names    مدينة الميادين
  country  SYR
  coord    35.0192 40.4514
  type     town

place Hajin
  names    بلدة هجين
  country  SYR
  coord    34.6917 40.8356
  type     town

place Al-Busayrah
  names    بلدة البصيرة
  country  SYR
  coord    35.1553 40.4286
  type     town

place Al-Shaddadi
  names    الشدادي | الشدادة
  country  SYR
  coord    36.0578 40.7306
  type     town

place Al-Malikiyah
  names    المالكية | ديريك
  country  SYR
  coord    37.1664 42.1369
  type     town

place Ras al-Ayn
  names    رأس العين | سري كانيه
  country  SYR
  coord    36.8503 40.0706
  type     town

place Amuda
  names    عامودا
  country  SYR
  coord    37.1039 40.9303
  type     town

place Al-Darbasiyah
  names    الدرباسية
  country  SYR
  coord    37.0767 40.6522
  type     town

place Al-Qahtaniyah
  names    القحطانية
  country  SYR
  coord    37.0422 41.6186
  type     town

place Al-Hol
  names    مخيم الهول | بلدة الهول
  country  SYR
  coord    36.3794 41.1472
  type     camp

place Tell Tamer
  names    تل تمر
  country  SYR
  coord    36.6558 40.3708
  type     town

place Al-Tanf
  names    التنف | قاعدة التنف | معبر التنف
  country  SYR
  coord    33.4942 38.6567
  type     base

place Al-Jazira (Syria)
  names    الجزيرة السورية | منطقة الجزيرة السورية
  country  SYR
  coord    36.5000 40.5000
  type     region

place Semalka Crossing
  names    معبر سيمالكا | فيشخابور سيمالكا
  country  SYR
  coord    37.1100 42.3600
  type     crossing

place Izra
  names    إزرع
  country  SYR
  coord    32.8572 36.2500
  type     town

place As-Sanamayn
  names    الصنمين
  country  SYR
  coord    33.0719 36.1842
  type     town

place Nawa
  names    مدينة نوى
  country  SYR
  coord    32.8897 36.0431
  type     town

place Tafas
  names    طفس
  country  SYR
  coord    32.7378 36.0678
  type     town

place Jasim
  names    مدينة جاسم
  country  SYR
  coord    32.9919 36.0603
  type     town

place Inkhil
  names    إنخل
  country  SYR
  coord    33.0158 36.1286
  type     town

place Sheikh Maskin
  names    الشيخ مسكين
  country  SYR
  coord    32.8256 36.1581
  type     town

place Busra al-Sham
  names    بصرى الشام | بصرى
  country  SYR
  coord    32.5175 36.4817
  type     town

place Nasib Crossing
  names    معبر نصيب | معبر نصيب جابر
  country  SYR
  coord    32.5472 36.2053
  type     crossing

place Salkhad
  names    صلخد
  country  SYR
  coord    32.4917 36.7111
  type     town

place Shahba
  names    شهبا
  country  SYR
  coord    32.8542 36.6292
  type     town

place Fiq
  names    فيق
  country  SYR
  coord    32.7797 35.7000
  type     town

place Golan Heights
  names    الجولان | هضبة الجولان | مرتفعات الجولان | الجولان المحتل | الجولان السوري | الجولان السوري المحتل
  country  SYR
  coord    33.0000 35.7500
  type     region

place Majdal Shams
  names    مجدل شمس
  country  SYR
  coord    33.2690 35.7710
  type     town

place Mount Hermon
  names    جبل الشيخ | جبل حرمون
  country  SYR
  coord    33.4160 35.8570
  type     mountain
