@kind      places
@title     States of the United States (and the District of Columbia) that Arabic news names
@source    US state names and approximate geographic centres, written for Hadath from general knowledge
@licence   CC BY 4.0 (this file); facts are not copyrightable
@curated   2026-11-30
@note      Alaska, Hawaii, Florida, Texas and California are in world.lex and are not repeated here.
@note      A state whose bare name is a country, a city or a common Arabic word is listed only in qualified forms: Georgia (the country) as "wilayat Jurjiya" / "Jurjiya al-Amrikiya"; Washington (the US capital and government) and New York (the city) as "wilayat X"; Maine ("min", "who") as "wilayat Min".
@note      A name that the segmenter reads as al- plus a word ("Ilinoy" as al- + "yanwi", "intends") is listed bare only in a spelling that does not split, and otherwise after "wilaya".
@note      Coordinates are rounded to 4 decimals and mark the approximate geographic centre of the state; they are meant to be right within a few tens of km.

place Alabama
  names    ألاباما | ولاية ألاباما
  country  USA
  coord    32.8067 -86.7911
  type     region

place Arizona
  names    أريزونا | ولاية أريزونا
  country  USA
  coord    34.0489 -111.0937
  type     region

place Arkansas
  names    أركنساس | أركانساس | ولاية أركنساس | ولاية أركانساس
  country  USA
  coord    34.8938 -92.4426
  type     region

place Colorado
  names    كولورادو | ولاية كولورادو
  country  USA
  coord    39.5501 -105.7821
  type     region

place Connecticut
  names    كونيتيكت | كونيتيكيت | كونكتيكت | ولاية كونيتيكت | ولاية كونيتيكيت | ولاية كونكتيكت
  country  USA
  coord    41.6032 -72.7554
  type     region

place Delaware
  names    ديلاوير | ديلاوار | ولاية ديلاوير | ولاية ديلاوار
  country  USA
  coord    38.9896 -75.5050
  type     region

place Georgia (US state)
  names    ولاية جورجيا | جورجيا الأمريكية | جورجيا الأميركية | ولاية جورجيا الأمريكية | ولاية جورجيا الأميركية
  country  USA
  coord    32.6415 -83.4426
  type     region

place Idaho
  names    أيداهو | ولاية أيداهو
  country  USA
  coord    44.0682 -114.7420
  type     region

place Illinois
  names    إيلينوي | ولاية إيلينوي | ولاية إلينوي
  country  USA
  coord    40.0417 -89.1965
  type     region

place Indiana
  names    إنديانا | ولاية إنديانا
  country  USA
  coord    39.8942 -86.2816
  type     region

place Iowa
  names    آيوا | ولاية آيوا
  country  USA
  coord    42.0751 -93.4960
  type     region

place Kansas
  names    كانساس | كنساس | ولاية كانساس | ولاية كنساس
  country  USA
  coord    38.4937 -98.3804
  type     region

place Kentucky
  names    كنتاكي | ولاية كنتاكي
  country  USA
  coord    37.5347 -85.3021
  type     region

place Louisiana
  names    لويزيانا | ولاية لويزيانا
  country  USA
  coord    31.0689 -91.9968
  type     region

place Maine
  names    ولاية مين | ولاية ماين
  country  USA
  coord    45.3695 -69.2428
  type     region

place Maryland
  names    ماريلاند | ميريلاند | ولاية ماريلاند | ولاية ميريلاند
  country  USA
  coord    39.0550 -76.7909
  type     region

place Massachusetts
  names    ماساتشوستس | ماساتشوسيتس | ماساشوستس | ولاية ماساتشوستس | ولاية ماساتشوسيتس | ولاية ماساشوستس
  country  USA
  coord    42.2596 -71.8083
  type     region

place Michigan
  names    ميشيغان | ميشيجان | ميتشيغان | ميشيغن | ولاية ميشيغان | ولاية ميشيجان | ولاية ميتشيغان
  country  USA
  coord    44.3467 -85.4102
  type     region

place Minnesota
  names    مينيسوتا | منيسوتا | ولاية مينيسوتا | ولاية منيسوتا
  country  USA
  coord    46.2807 -94.3053
  type     region

place Mississippi
  names    ميسيسيبي | مسيسيبي | ميسيسبي | ولاية ميسيسيبي | ولاية مسيسيبي
  country  USA
  coord    32.7364 -89.6678
  type     region

place Missouri
  names    ميزوري | ميسوري | ولاية ميزوري | ولاية ميسوري
  country  USA
  coord    38.3566 -92.4580
  type     region

place Montana
  names    مونتانا | ولاية مونتانا
  country  USA
  coord    47.0527 -109.6333
  type     region

place Nebraska
  names    نبراسكا | نيبراسكا | ولاية نبراسكا | ولاية نيبراسكا
  country  USA
  coord    41.5378 -99.7951
  type     region

place Nevada
  names    نيفادا | ولاية نيفادا
  country  USA
  coord    39.3289 -116.6312
  type     region

place New Hampshire
  names    نيو هامبشير | نيوهامبشير | نيو هامشير | ولاية نيو هامبشير | ولاية نيوهامبشير
  country  USA
  coord    43.6805 -71.5811
  type     region

place New Jersey
  names    نيوجيرسي | نيو جيرسي | نيو جيرزي | نيوجيرزي | ولاية نيوجيرسي | ولاية نيو جيرسي | ولاية نيو جيرزي | ولاية نيوجيرزي
  country  USA
  coord    40.1907 -74.6728
  type     region

place New Mexico
  names    نيو مكسيكو | نيومكسيكو | ولاية نيو مكسيكو | ولاية نيومكسيكو
  country  USA
  coord    34.4071 -106.1126
  type     region

place New York (state)
  names    ولاية نيويورك | ولاية نيو يورك
  country  USA
  coord    42.9538 -75.5268
  type     region

place North Carolina
  names    كارولاينا الشمالية | كارولينا الشمالية | نورث كارولاينا | نورث كارولينا | ولاية كارولاينا الشمالية | ولاية كارولينا الشمالية | ولاية نورث كارولاينا | ولاية نورث كارولينا
  country  USA
  coord    35.5557 -79.3877
  type     region

place North Dakota
  names    داكوتا الشمالية | نورث داكوتا | ولاية داكوتا الشمالية | ولاية نورث داكوتا
  country  USA
  coord    47.4501 -100.4659
  type     region

place Ohio
  names    أوهايو | ولاية أوهايو
  country  USA
  coord    40.2862 -82.7937
  type     region

place Oklahoma
  names    أوكلاهوما | ولاية أوكلاهوما
  country  USA
  coord    35.5889 -97.4943
  type     region

place Oregon
  names    أوريغون | أوريجون | أوريغن | ولاية أوريغون | ولاية أوريجون | ولاية أوريغن
  country  USA
  coord    43.9336 -120.5583
  type     region

place Pennsylvania
  names    بنسلفانيا | بنسيلفانيا | بينسلفانيا | ولاية بنسلفانيا | ولاية بنسيلفانيا | ولاية بينسلفانيا
  country  USA
  coord    40.8781 -77.7996
  type     region

place Rhode Island
  names    رود آيلاند | رود آيلند | رودآيلاند | ولاية رود آيلاند | ولاية رود آيلند
  country  USA
  coord    41.6762 -71.5562
  type     region

place South Carolina
  names    كارولاينا الجنوبية | كارولينا الجنوبية | ساوث كارولاينا | ساوث كارولينا | ولاية كارولاينا الجنوبية | ولاية كارولينا الجنوبية | ولاية ساوث كارولاينا | ولاية ساوث كارولينا
  country  USA
  coord    33.9169 -80.8964
  type     region

place South Dakota
  names    داكوتا الجنوبية | ساوث داكوتا | ولاية داكوتا الجنوبية | ولاية ساوث داكوتا
  country  USA
  coord    44.4443 -100.2263
  type     region

place Tennessee
  names    تينيسي | تنيسي | تينسي | ولاية تينيسي | ولاية تنيسي | ولاية تينسي
  country  USA
  coord    35.8580 -86.3505
  type     region

place Utah
  names    يوتا | يوتاه | ولاية يوتا | ولاية يوتاه
  country  USA
  coord    39.3055 -111.6703
  type     region

place Vermont
  names    فيرمونت | فرمونت | ولاية فيرمونت | ولاية فرمونت
  country  USA
  coord    44.0687 -72.6658
  type     region

place Virginia
  names    فرجينيا | فيرجينيا | ولاية فرجينيا | ولاية فيرجينيا
  country  USA
  coord    37.5215 -78.8537
  type     region

place Washington (state)
  names    ولاية واشنطن
  country  USA
  coord    47.3826 -120.4472
  type     region

place West Virginia
  names    فرجينيا الغربية | فيرجينيا الغربية | وست فرجينيا | ويست فرجينيا | وست فيرجينيا | ويست فيرجينيا | ولاية فرجينيا الغربية | ولاية فيرجينيا الغربية | ولاية وست فرجينيا | ولاية ويست فرجينيا | ولاية وست فيرجينيا | ولاية ويست فيرجينيا
  country  USA
  coord    38.6409 -80.6227
  type     region

place Wisconsin
  names    ويسكونسن | ويسكونسين | ولاية ويسكونسن | ولاية ويسكونسين
  country  USA
  coord    44.6243 -89.9941
  type     region

place Wyoming
  names    وايومنغ | وايومينغ | وايومنج | وايومينج | ولاية وايومنغ | ولاية وايومينغ | ولاية وايومنج | ولاية وايومينج
  country  USA
  coord    42.9957 -107.5512
  type     region

place District of Columbia
  names    مقاطعة كولومبيا
  country  USA
  coord    38.9047 -77.0163
  type     region
