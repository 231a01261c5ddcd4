@kind      places
@title     Places of the neighbours of the Arab world: Iran, Turkey, Afghanistan, Pakistan, Horn of Africa, Sahel, Nigeria, Cyprus, Greece, Caucasus
@source    Administrative divisions, place names and coordinates from the public record (national statistical and administrative divisions, common gazetteer knowledge); compiled by hand, coordinates rounded to 4 decimals and meant to be right within about 10 km
@source    Arabic city spellings cross-checked against i18n-iso-cities Arabic names (MIT), via shared/lexicon-sources/countries
@licence   CC BY 4.0 (this file); facts are not copyrightable
@curated   2026-11-29
@note      Names that are also common Arabic words (e.g. tadmur "destroys", hujja "pretext", al-bab "the door") are listed only in qualified forms (madinat X, qada X, muhafazat X).
@note      A governorate whose capital shares its name is listed as "muhafazat X" (plus "rif X" where news uses it); the bare name is the city.

place Tehran
  names    طهران | العاصمة الإيرانية طهران | العاصمة الايرانية
  country  IRN
  coord    35.6892 51.3890
  type     city

place Mashhad
  names    مدينة مشهد
  country  IRN
  coord    36.2605 59.6168
  type     city

place Isfahan
  names    أصفهان
  country  IRN
  coord    32.6546 51.6680
  type     city

place Shiraz
  names    شيراز
  country  IRN
  coord    29.5918 52.5837
  type     city

place Tabriz
  names    تبريز
  country  IRN
  coord    38.0800 46.2919
  type     city

place Qom
  names    مدينة قم | حوزة قم
  country  IRN
  coord    34.6399 50.8759
  type     city

place Ahvaz
  names    الأهواز
  country  IRN
  coord    31.3183 48.6706
  type     city

place Khuzestan
  names    خوزستان | إقليم خوزستان | عربستان | إقليم الأحواز | الأحواز
  country  IRN
  coord    31.3000 48.7000
  type     region

place Abadan
  names    عبادان | آبادان
  country  IRN
  coord    30.3392 48.3043
  type     city

place Khorramshahr
  names    خرمشهر | المحمرة
  country  IRN
  coord    30.4397 48.1664
  type     city

place Dezful
  names    دزفول
  country  IRN
  coord    32.3811 48.4058
  type     city

place Karaj
  names    كرج
  country  IRN
  coord    35.8400 50.9391
  type     city

place Kermanshah
  names    كرمانشاه
  country  IRN
  coord    34.3142 47.0650
  type     city

place Kerman
  names    كرمان
  country  IRN
  coord    30.2839 57.0834
  type     city

place Bandar Abbas
  names    بندر عباس
  country  IRN
  coord    27.1832 56.2666
  type     city

place Bushehr
  names    بوشهر | مفاعل بوشهر
  country  IRN
  coord    28.9234 50.8203
  type     city

place Zahedan
  names    زاهدان
  country  IRN
  coord    29.4963 60.8629
  type     city

place Sistan and Baluchestan
  names    سيستان وبلوشستان | سيستان وبلوجستان | إقليم سيستان وبلوشستان
  country  IRN
  coord    27.5000 60.5000
  type     region

place Chabahar
  names    تشابهار | جابهار | ميناء تشابهار
  country  IRN
  coord    25.2919 60.6430
  type     city

place Urmia
  names    أرومية
  country  IRN
  coord    37.5527 45.0761
  type     city

place Rasht
  names    رشت
  country  IRN
  coord    37.2808 49.5832
  type     city

place Yazd
  names    مدينة يزد | محافظة يزد
  country  IRN
  coord    31.8974 54.3569
  type     city

place Hamadan
  names    مدينة همدان | محافظة همدان
  country  IRN
  coord    34.7989 48.5146
  type     city

place Arak
  names    مدينة أراك | مفاعل أراك
  country  IRN
  coord    34.0917 49.6892
  type     city

place Natanz
  names    نطنز | منشأة نطنز
  country  IRN
  coord    33.7240 51.7270
  type     site

place Fordow
  names    فوردو | منشأة فوردو
  country  IRN
  coord    34.8850 50.9950
  type     site

place Parchin
  names    بارشين | موقع بارشين
  country  IRN
  coord    35.5200 51.7700
  type     site

place Sanandaj
  names    سنندج
  country  IRN
  coord    35.3219 46.9862
  type     city

place Ilam
  names    إيلام
  country  IRN
  coord    33.6374 46.4227
  type     city

place Mahabad
  names    مهاباد
  country  IRN
  coord    36.7631 45.7222
  type     city

place Zanjan
  names    زنجان
  country  IRN
  coord    36.6736 48.4787
  type     city

place Qazvin
  names    مدينة قزوين
  country  IRN
  coord    36.2688 50.0041
  type     city

place Ardabil
  names    أردبيل
  country  IRN
  coord    38.2498 48.2933
  type     city

place Gorgan
  names    جرجان | غرغان | كركان
  country  IRN
  coord    36.8456 54.4393
  type     city

place Sari
  names    مدينة ساري
  country  IRN
  coord    36.5633 53.0601
  type     city

place Semnan
  names    سمنان
  country  IRN
  coord    35.5729 53.3971
  type     city

place Jask
  names    جاسك | ميناء جاسك
  country  IRN
  coord    25.6400 57.7700
  type     town

place Asaluyeh
  names    عسلوية
  country  IRN
  coord    27.4760 52.6075
  type     town

place Kish Island
  names    جزيرة كيش | كيش
  country  IRN
  coord    26.5578 54.0194
  type     island

place Kharg Island
  names    جزيرة خارك | خارك
  country  IRN
  coord    29.2500 50.3167
  type     island

place Qeshm
  names    جزيرة قشم | قشم
  country  IRN
  coord    26.8000 55.9000
  type     island

place Strait of Hormuz
  names    مضيق هرمز | هرمز
  country  IRN
  coord    26.5667 56.2500
  type     strait

place Mehran Crossing
  names    منفذ مهران | معبر مهران
  country  IRN
  coord    33.1200 46.1600
  type     crossing

place Ankara
  names    أنقرة
  country  TUR
  coord    39.9334 32.8597
  type     city

place Istanbul
  names    إسطنبول | إستانبول
  country  TUR
  coord    41.0082 28.9784
  type     city

place Izmir
  names    إزمير
  country  TUR
  coord    38.4237 27.1428
  type     city

place Bursa
  names    مدينة بورصة | ولاية بورصة
  country  TUR
  coord    40.1826 29.0665
  type     city

place Antalya
  names    أنطاليا
  country  TUR
  coord    36.8969 30.7133
  type     city

place Adana
  names    أضنة | أضنه
  country  TUR
  coord    37.0000 35.3213
  type     city

place Incirlik Air Base
  names    إنجرليك | قاعدة إنجرليك | انجيرليك | انغرليك | انكليريك
  country  TUR
  coord    37.0021 35.4259
  type     base

place Gaziantep
  names    غازي عنتاب | عنتاب
  country  TUR
  coord    37.0662 37.3833
  type     city

place Konya
  names    قونية
  country  TUR
  coord    37.8667 32.4833
  type     city

place Trabzon
  names    طرابزون
  country  TUR
  coord    41.0015 39.7178
  type     city

place Diyarbakir
  names    ديار بكر | دياربكر
  country  TUR
  coord    37.9144 40.2306
  type     city

place Sanliurfa
  names    شانلي أورفة | أورفة | الرها
  country  TUR
  coord    37.1591 38.7969
  type     city

place Mardin
  names    ماردين
  country  TUR
  coord    37.3212 40.7245
  type     city

place Antakya
  names    أنطاكيا | أنطاكية
  country  TUR
  coord    36.2021 36.1600
  type     city

place Hatay Province
  names    هاتاي | ولاية هاتاي | لواء إسكندرون
  country  TUR
  coord    36.2021 36.1600
  type     governorate

place Iskenderun
  names    الإسكندرونة | إسكندرون
  country  TUR
  coord    36.5870 36.1735
  type     city

place Kilis
  names    كيليس | مدينة كلس | بلدة كلس | كلس التركية    # bare «كلس» is also "lime"
  country  TUR
  coord    36.7184 37.1212
  type     city

place Reyhanli
  names    الريحانية
  country  TUR
  coord    36.2690 36.5670
  type     town

place Akcakale
  names    أقجة قلعة | أكجاكالي
  country  TUR
  coord    36.7110 38.9480
  type     town

place Ceylanpinar
  names    جيلان بينار | جيلانبينار
  country  TUR
  coord    36.8460 40.0500
  type     town

place Nusaybin
  names    نصيبين
  country  TUR
  coord    37.0750 41.2150
  type     town

place Cizre
  names    جزيرة ابن عمر | جيزرة
  country  TUR
  coord    37.3276 42.1947
  type     town

place Batman
  names    باطمان
  country  TUR
  coord    37.8812 41.1351
  type     city

place Siirt
  names    سعرت
  country  TUR
  coord    37.9333 41.9500
  type     city

place Sirnak
  names    شرناق | شرناخ
  country  TUR
  coord    37.5164 42.4611
  type     city

place Hakkari
  names    هكاري
  country  TUR
  coord    37.5744 43.7408
  type     city

place Van
  names    مدينة وان | ولاية وان | بحيرة وان
  country  TUR
  coord    38.5012 43.3730
  type     city

place Erzurum
  names    أرضروم | أرزروم
  country  TUR
  coord    39.9000 41.2700
  type     city

place Malatya
  names    ملاطية
  country  TUR
  coord    38.3552 38.3095
  type     city

place Kahramanmaras
  names    كهرمان مرعش | مرعش
  country  TUR
  coord    37.5858 36.9371
  type     city

place Adiyaman
  names    أديامان
  country  TUR
  coord    37.7648 38.2786
  type     city

place Elazig
  names    إلازيغ
  country  TUR
  coord    38.6810 39.2264
  type     city

place Osmaniye
  names    ولاية عثمانية
  country  TUR
  coord    37.0742 36.2464
  type     city

place Mersin
  names    مرسين
  country  TUR
  coord    36.8000 34.6333
  type     city

place Kayseri
  names    قيصري
  country  TUR
  coord    38.7312 35.4787
  type     city

place Eskisehir
  names    إسكي شهير
  country  TUR
  coord    39.7767 30.5206
  type     city

place Samsun
  names    سامسون
  country  TUR
  coord    41.2928 36.3313
  type     city

place Izmit
  names    إزميت | كوجايلي
  country  TUR
  coord    40.7654 29.9408
  type     city

place Canakkale
  names    جناق قلعة | تشاناكالي
  country  TUR
  coord    40.1553 26.4142
  type     city

place Edirne
  names    أدرنة
  country  TUR
  coord    41.6818 26.5623
  type     city

place Bosphorus
  names    مضيق البوسفور | البوسفور
  country  TUR
  coord    41.1190 29.0750
  type     strait

place Dardanelles
  names    مضيق الدردنيل | الدردنيل
  country  TUR
  coord    40.2000 26.4000
  type     strait

place Kabul
  names    كابل | العاصمة الأفغانية كابل
  country  AFG
  coord    34.5553 69.2075
  type     city

place Kabul Airport
  names    مطار كابل | مطار حامد كرزاي الدولي
  country  AFG
  coord    34.5659 69.2123
  type     airport

place Kandahar
  names    قندهار
  country  AFG
  coord    31.6289 65.7372
  type     city

place Herat
  names    هرات
  country  AFG
  coord    34.3529 62.2040
  type     city

place Mazar-i-Sharif
  names    مزار شريف
  country  AFG
  coord    36.7090 67.1109
  type     city

place Balkh
  names    بلخ | ولاية بلخ
  country  AFG
  coord    36.7581 66.8978
  type     town

place Jalalabad
  names    جلال آباد
  country  AFG
  coord    34.4265 70.4515
  type     city

place Nangarhar
  names    ننغرهار | ننجرهار | ولاية ننغرهار
  country  AFG
  coord    34.3000 70.5000
  type     governorate

place Kunduz
  names    قندوز | قندز
  country  AFG
  coord    36.7280 68.8680
  type     city

place Ghazni
  names    غزني
  country  AFG
  coord    33.5536 68.4269
  type     city

place Bagram
  names    باغرام | قاعدة باغرام
  country  AFG
  coord    34.9461 69.2650
  type     base

place Lashkar Gah
  names    لشكر كاه | لشكرقاه | لشكركاه
  country  AFG
  coord    31.5938 64.3716
  type     city

place Helmand
  names    هلمند | ولاية هلمند
  country  AFG
  coord    31.0000 64.0000
  type     governorate

place Panjshir
  names    بنجشير | وادي بنجشير | ولاية بنجشير
  country  AFG
  coord    35.3000 69.7000
  type     governorate

place Khost
  names    خوست
  country  AFG
  coord    33.3395 69.9204
  type     city

place Paktia
  names    باكتيا | ولاية باكتيا
  country  AFG
  coord    33.6000 69.4000
  type     governorate

place Bamiyan
  names    باميان
  country  AFG
  coord    34.8214 67.8210
  type     town

place Farah
  names    ولاية فراه | مدينة فراه
  country  AFG
  coord    32.3736 62.1164
  type     town

place Tora Bora
  names    تورا بورا
  country  AFG
  coord    34.1000 70.2167
  type     mountain

place Kunar
  names    كونار | ولاية كونار
  country  AFG
  coord    34.9000 71.1000
  type     governorate

place Badakhshan
  names    بدخشان | ولاية بدخشان
  country  AFG
  coord    36.7000 71.5000
  type     governorate

place Uruzgan
  names    أرزغان | أوروزغان | ارزجان
  country  AFG
  coord    32.9000 66.0000
  type     governorate

place Islamabad
  names    إسلام آباد
  country  PAK
  coord    33.6844 73.0479
  type     city

place Rawalpindi
  names    راولبندي
  country  PAK
  coord    33.5651 73.0169
  type     city

place Karachi
  names    كراتشي
  country  PAK
  coord    24.8607 67.0011
  type     city

place Lahore
  names    لاهور
  country  PAK
  coord    31.5204 74.3587
  type     city

place Faisalabad
  names    فيصل آباد
  country  PAK
  coord    31.4504 73.1350
  type     city

place Peshawar
  names    بيشاور
  country  PAK
  coord    34.0151 71.5249
  type     city

place Multan
  names    ملتان
  country  PAK
  coord    30.1575 71.5249
  type     city

place Quetta
  names    كويتا
  country  PAK
  coord    30.1798 66.9750
  type     city

place Abbottabad
  names    أبوت آباد
  country  PAK
  coord    34.1688 73.2215
  type     city

place Gwadar
  names    جوادر | غوادر | ميناء جوادر
  country  PAK
  coord    25.1264 62.3225
  type     city

place Balochistan
  names    بلوشستان | إقليم بلوشستان | بلوجستان | بلوشيستان
  country  PAK
  coord    28.5000 65.5000
  type     region
  rank     1

place Khyber Pakhtunkhwa
  names    خيبر بختونخوا | إقليم خيبر بختونخوا
  country  PAK
  coord    34.5000 72.0000
  type     region

place Waziristan
  names    وزيرستان | شمال وزيرستان | جنوب وزيرستان
  country  PAK
  coord    32.8000 69.8000
  type     region

place Swat
  names    وادي سوات
  country  PAK
  coord    35.2000 72.4000
  type     region

place Punjab (Pakistan)
  names    البنجاب | إقليم البنجاب
  country  PAK
  coord    31.0000 72.5000
  type     region
  rank     1

place Sindh
  names    إقليم السند
  country  PAK
  coord    26.0000 68.5000
  type     region

place Chaman
  names    تشامان | شامان
  country  PAK
  coord    30.9210 66.4597
  type     town

place Torkham
  names    طورخم | معبر طورخم
  country  PAK
  coord    34.1000 71.0900
  type     crossing

place Azad Kashmir
  names    كشمير الباكستانية | آزاد كشمير | كشمير الخاضعة لباكستان
  country  PAK
  coord    34.3700 73.4711
  type     region

place Addis Ababa
  names    أديس أبابا
  country  ETH
  coord    9.0300 38.7400
  type     city

place Mekelle
  names    مقلي | ميكيلي | ميكلي
  country  ETH
  coord    13.4967 39.4753
  type     city

place Tigray
  names    تيغراي | تجراي | إقليم تيغراي | إقليم تجراي
  country  ETH
  coord    14.0000 38.8000
  type     region

place Amhara Region
  names    أمهرة | إقليم أمهرة | إقليم الأمهرة
  country  ETH
  coord    11.5000 38.5000
  type     region

place Oromia
  names    أوروميا | إقليم أوروميا
  country  ETH
  coord    8.0000 39.0000
  type     region

place Afar Region
  names    إقليم عفر | إقليم عفار
  country  ETH
  coord    12.0000 41.0000
  type     region

place Ogaden
  names    أوغادين
  country  ETH
  coord    7.0000 44.0000
  type     region

place Benishangul-Gumuz
  names    بني شنقول | إقليم بني شنقول
  country  ETH
  coord    10.5000 35.5000
  type     region

place Grand Ethiopian Renaissance Dam
  names    سد النهضة | سد النهضة الإثيوبي
  country  ETH
  coord    11.2150 35.0930
  type     site

place Bahir Dar
  names    بحر دار
  country  ETH
  coord    11.5742 37.3614
  type     city

place Gondar
  names    غوندار | جوندار | قوندر
  country  ETH
  coord    12.6000 37.4667
  type     city

place Dire Dawa
  names    دير داوا | ديري داوا
  country  ETH
  coord    9.6000 41.8667
  type     city

place Harar
  names    هرر
  country  ETH
  coord    9.3100 42.1200
  type     city

place Jijiga
  names    جيجيغا | جيجيجا
  country  ETH
  coord    9.3500 42.8000
  type     city

place Humera
  names    حميرة
  country  ETH
  coord    14.3000 36.6167
  type     town

place Metema
  names    المتمة
  country  ETH
  coord    12.9500 36.1500
  type     town

place Asmara
  names    أسمرة
  country  ERI
  coord    15.3229 38.9251
  type     city

place Massawa
  names    مصوع | ميناء مصوع
  country  ERI
  coord    15.6097 39.4500
  type     city

place Assab
  names    ميناء عصب | مدينة عصب
  country  ERI
  coord    13.0092 42.7394
  type     city

place Keren
  names    كرن
  country  ERI
  coord    15.7778 38.4511
  type     city

place Tesseney
  names    تسني
  country  ERI
  coord    15.1100 36.6575
  type     town

place Dahlak Archipelago
  names    أرخبيل دهلك | جزر دهلك
  country  ERI
  coord    15.7000 40.2000
  type     island

place NDjamena
  names    نجامينا | انجامينا
  country  TCD
  coord    12.1348 15.0557
  type     city

place Abeche
  names    أبشي
  country  TCD
  coord    13.8292 20.8324
  type     city

place Moundou
  names    موندو
  country  TCD
  coord    8.5667 16.0833
  type     city

place Faya-Largeau
  names    فايا لارجو | فايا
  country  TCD
  coord    17.9257 19.1043
  type     town

place Adre
  names    بلدة أدري | مدينة أدري | معبر أدري
  country  TCD
  coord    13.4667 22.2000
  type     town

place Tibesti
  names    تيبستي | جبال تيبستي
  country  TCD
  coord    21.0000 17.5000
  type     region

place Lake Chad
  names    بحيرة تشاد
  country  TCD
  coord    13.0000 14.5000
  type     lake

place Niamey
  names    نيامي
  country  NER
  coord    13.5116 2.1254
  type     city

place Agadez
  names    أغاديز
  country  NER
  coord    16.9742 7.9865
  type     city

place Zinder
  names    زيندر
  country  NER
  coord    13.8072 8.9881
  type     city

place Maradi
  names    مارادي
  country  NER
  coord    13.5000 7.1017
  type     city

place Diffa
  names    ديفا
  country  NER
  coord    13.3154 12.6113
  type     town

place Tillaberi
  names    تيلابيري
  country  NER
  coord    14.2117 1.4531
  type     town

place Arlit
  names    أرليت
  country  NER
  coord    18.7369 7.3853
  type     town

place Bamako
  names    باماكو
  country  MLI
  coord    12.6392 -8.0029
  type     city

place Timbuktu
  names    تمبكتو | تومبوكتو | تنبكتو
  country  MLI
  coord    16.7666 -3.0026
  type     city

place Gao
  names    غاو
  country  MLI
  coord    16.2717 -0.0447
  type     city

place Kidal
  names    كيدال
  country  MLI
  coord    18.4411 1.4078
  type     town

place Mopti
  names    موبتي
  country  MLI
  coord    14.4843 -4.1827
  type     city

place Menaka
  names    ميناكا
  country  MLI
  coord    15.9182 2.4022
  type     town

place Segou
  names    سيغو
  country  MLI
  coord    13.4317 -6.2157
  type     city

place Tessalit
  names    تساليت
  country  MLI
  coord    20.2011 1.0111
  type     town

place Aguelhok
  names    أغيلهوك
  country  MLI
  coord    19.4614 0.8594
  type     town

place Azawad
  names    أزواد | اقليم أزواد
  country  MLI
  coord    19.0000 0.5000
  type     region

place Abuja
  names    أبوجا
  country  NGA
  coord    9.0765 7.3986
  type     city

place Lagos
  names    لاغوس
  country  NGA
  coord    6.5244 3.3792
  type     city

place Kano
  names    كانو
  country  NGA
  coord    12.0022 8.5920
  type     city

place Kaduna
  names    كادونا
  country  NGA
  coord    10.5105 7.4165
  type     city

place Sokoto
  names    سوكوتو
  country  NGA
  coord    13.0059 5.2476
  type     city

place Maiduguri
  names    مايدوغوري | مايدوجوري
  country  NGA
  coord    11.8311 13.1510
  type     city

place Borno
  names    بورنو | ولاية بورنو
  country  NGA
  coord    11.5000 13.0000
  type     governorate

place Chibok
  names    شيبوك
  country  NGA
  coord    10.8700 12.8500
  type     town

place Jos
  names    مدينة جوس
  country  NGA
  coord    9.8965 8.8583
  type     city

place Port Harcourt
  names    بورت هاركورت
  country  NGA
  coord    4.8156 7.0498
  type     city

place Nicosia
  names    نيقوسيا
  country  CYP
  coord    35.1856 33.3823
  type     city

place Limassol
  names    ليماسول
  country  CYP
  coord    34.7071 33.0226
  type     city

place Larnaca
  names    لارنكا | لارناكا
  country  CYP
  coord    34.9229 33.6233
  type     city

place Paphos
  names    بافوس
  country  CYP
  coord    34.7720 32.4297
  type     city

place Famagusta
  names    فاماغوستا | فماغوستا
  country  CYP
  coord    35.1174 33.9410
  type     city

place Kyrenia
  names    كيرينيا
  country  CYP
  coord    35.3400 33.3200
  type     town

place Northern Cyprus
  names    شمال قبرص | قبرص التركية | جمهورية شمال قبرص التركية | القسم التركي من قبرص
  country  CYP
  coord    35.2500 33.6000
  type     region

place Akrotiri
  names    أكروتيري | قاعدة أكروتيري
  country  GBR
  coord    34.5900 32.9870
  type     base

place Athens
  names    أثينا
  country  GRC
  coord    37.9838 23.7275
  type     city

place Thessaloniki
  names    سالونيك | ثيسالونيكي | تسالونيكي
  country  GRC
  coord    40.6401 22.9444
  type     city

place Piraeus
  names    بيرايوس | بيريوس | ميناء بيرايوس
  country  GRC
  coord    37.9420 23.6465
  type     city

place Crete
  names    كريت | جزيرة كريت
  country  GRC
  coord    35.2401 24.8093
  type     island

place Lesbos
  names    ليسبوس | جزيرة ليسبوس
  country  GRC
  coord    39.2645 26.2777
  type     island

place Rhodes
  names    رودس | جزيرة رودس
  country  GRC
  coord    36.4341 28.2176
  type     island

place Alexandroupoli
  names    ألكسندروبولي
  country  GRC
  coord    40.8457 25.8739
  type     city

place Baku
  names    باكو
  country  AZE
  coord    40.4093 49.8671
  type     city

place Ganja
  names    كنجة | غانجا | غنجة
  country  AZE
  coord    40.6828 46.3606
  type     city

place Nakhchivan
  names    ناختشيفان | نخجوان | ناخيتشيفان
  country  AZE
  coord    39.2089 45.4122
  type     region

place Nagorno-Karabakh
  names    ناغورنو قره باغ | ناغورني قره باغ | قره باغ | ناغورنو كاراباخ | كاراباخ | قره باغ الجبلية
  country  AZE
  coord    39.8000 46.7500
  type     region

place Stepanakert
  names    ستيباناكيرت | خانكندي
  country  AZE
  coord    39.8153 46.7519
  type     city

place Shusha
  names    شوشا
  country  AZE
  coord    39.7600 46.7500
  type     town

place Tbilisi
  names    تبليسي
  country  GEO
  coord    41.7151 44.8271
  type     city

place Batumi
  names    باتومي
  country  GEO
  coord    41.6168 41.6367
  type     city

place Abkhazia
  names    أبخازيا
  country  GEO
  coord    43.0000 41.0000
  type     region

place South Ossetia
  names    أوسيتيا الجنوبية
  country  GEO
  coord    42.3000 44.0000
  type     region

place Yerevan
  names    يريفان | يرفان
  country  ARM
  coord    40.1792 44.4991
  type     city

place Grozny
  names    غروزني
  country  RUS
  coord    43.3178 45.6949
  type     city

place Chechnya
  names    الشيشان | جمهورية الشيشان
  country  RUS
  coord    43.4000 45.7000
  type     region

place Dagestan
  names    داغستان
  country  RUS
  coord    42.5000 47.0000
  type     region

place Makhachkala
  names    محج قلعة | ماخاتشكالا
  country  RUS
  coord    42.9849 47.5047
  type     city
