@kind      countries
@title     ISO 3166-1 countries and territories (249): Arabic names, nisba adjectives, capitals
@source    Debian iso-codes, iso3166 Arabic names (LGPL-2.1+), via shared/lexicon-sources/countries
@source    Unicode CLDR Arabic territory names as shipped in ICU (Unicode License v3), via shared/lexicon-sources/countries
@source    i18n-iso-countries, Arabic locale (MIT), via shared/lexicon-sources/countries
@source    umpirsky/country-list, Arabic and English lists (MIT), via shared/lexicon-sources/countries
@source    News spelling variants, nisba adjectives and capitals curated by hand (public record, general knowledge)
@licence   CC BY 4.0 (this file); facts are not copyrightable
@curated   2026-11-29
@note      Source names were stripped of diacritics, merged and deduplicated; forms with punctuation, and
@note      forms shared between two entries, were dropped. One id per ISO 3166-1 alpha-3 code; Kosovo (XK,
@note      user-assigned, not in ISO 3166-1) is not included. Forms are written without the article where the
@note      matcher adds it; multi-word nisbas («كوري جنوبي», «جنوب سوداني») are listed as news writes them.

country ABW Aruba
  names    أروبا
  capital  أورانيستاد
  alpha2   AW

country AFG Afghanistan
  names    أفغانستان | جمهورية أفغانستان الإسلامية
  adj      أفغاني | أفغانية | أفغان
  capital  كابل | كابول    # «كابل» is also the common noun 'cable'
  alpha2   AF

country AGO Angola
  names    أنغولا | أنجولا
  adj      أنغولي | أنغولية | أنجولي | أنجولية | أنغوليون | أنغوليين
  capital  لواندا
  alpha2   AO

country AIA Anguilla    # capital The Valley not listed
  names    أنغويلا
  alpha2   AI

country ALA Åland Islands
  names    جزر آلاند | جزر أولاند
  capital  ماريهامن
  alpha2   AX

country ALB Albania    # plural «ألبان» left out: also 'dairy products'
  names    ألبانيا | جمهورية ألبانيا
  adj      ألباني | ألبانية | ألبانيون | ألبانيين
  capital  تيرانا
  alpha2   AL

country AND Andorra
  names    أندورا | إمارة أندورا
  adj      أندوري | أندورية
  capital  أندورا لا فيلا
  alpha2   AD

country ARE United Arab Emirates
  names    الإمارات | الإمارات العربية المتحدة | دولة الإمارات | دولة الإمارات العربية المتحدة
  adj      إماراتي | إماراتية | إماراتيون | إماراتيين
  capital  أبوظبي | أبو ظبي
  alpha2   AE

country ARG Argentina
  names    الأرجنتين | جمهورية الأرجنتين
  adj      أرجنتيني | أرجنتينية | أرجنتينيون | أرجنتينيين
  capital  بوينس آيرس | بوينوس آيرس
  alpha2   AR

country ARM Armenia
  names    أرمينيا
  adj      أرميني | أرمينية | أرمن
  capital  يريفان
  alpha2   AM

country ASM American Samoa
  names    ساموا الأمريكية | ساموا الأميركية | صاموا الأمريكية
  capital  باغو باغو
  alpha2   AS

country ATA Antarctica    # no capital, no nisba
  names    القارة القطبية الجنوبية | أنتاركتيكا | القطب الجنوبي
  alpha2   AQ

country ATF French Southern Territories    # no capital
  names    الأقاليم الجنوبية الفرنسية | أراض فرنسية جنوبية وأنتارتيكية | المقاطعات الفرنسيّة الجنوبيّة
  alpha2   TF

country ATG Antigua and Barbuda
  names    أنتيغوا وباربودا | أنتيغوا | أنتيغوا وبربودا | أنتيغوا و باربودا
  capital  سانت جونز
  alpha2   AG

country AUS Australia
  names    أستراليا
  adj      أسترالي | أسترالية | أستراليون | أستراليين
  capital  كانبيرا | كانبرا
  alpha2   AU

country AUT Austria
  names    النمسا | جمهورية النمسا
  adj      نمساوي | نمساوية | نمساويون | نمساويين
  capital  فيينا
  alpha2   AT

country AZE Azerbaijan    # «أذري» left out: also the Azeri minority of Iran
  names    أذربيجان
  adj      أذربيجاني | أذربيجانية | أذربيجانيون | أذربيجانيين
  capital  باكو
  alpha2   AZ

country BDI Burundi
  names    بوروندي
  adj      بوروندي | بوروندية | بورونديون | بورونديين
  capital  غيتيغا | جيتيغا    # capital since 2019; Bujumbura (بوجمبورا) before, not listed
  alpha2   BI

country BEL Belgium
  names    بلجيكا | مملكة بلجيكا
  adj      بلجيكي | بلجيكية | بلجيكيون | بلجيكيين
  capital  بروكسل    # «بروكسل» is also a common metonym for the EU (IGOEUREEC)
  alpha2   BE

country BEN Benin    # «البنين» is also the plural 'boys'
  names    بنين | جمهورية بنين
  adj      بنيني | بنينية | بنينيون | بنينيين
  capital  بورتو نوفو    # official capital; Cotonou is the seat of government
  alpha2   BJ

country BES Caribbean Netherlands
  names    الجزر الكاريبية الهولندية | هولندا الكاريبية | بونير وسانت يوستاتيوس وسابا | بونير
  alpha2   BQ

country BFA Burkina Faso    # «بوركيني» left out: also 'burkini'
  names    بوركينا فاسو | بوركينا فاصو | بوركينا
  adj      بوركينابي | بوركينية | بوركينابية | بوركينابيون | بوركينابيين
  capital  واغادوغو | واجادوجو
  alpha2   BF

country BGD Bangladesh    # «بنغالي» (Bengali) is what Gulf papers call Bangladeshi nationals; it can also mean Bengalis of India (West Bengal)
  names    بنغلاديش | بنغلادش | بنجلاديش
  adj      بنغلاديشي | بنغلاديشية | بنغلاديشيون | بنغلاديشيين | بنجلاديشي | بنجلاديشية | بنجلاديشيون | بنجلاديشيين | بنغالي | بنغالية | بنغاليون | بنغاليين
  capital  دكا | داكا
  alpha2   BD

country BGR Bulgaria    # capital Sofia (صوفيا) left out: also a given name and part of «آيا صوفيا»
  names    بلغاريا
  adj      بلغاري | بلغارية | بلغاريون | بلغار | بلغاريين
  alpha2   BG

country BHR Bahrain
  names    البحرين | مملكة البحرين
  adj      بحريني | بحرينية | بحرينيون | بحرينيين
  capital  المنامة
  alpha2   BH

country BHS Bahamas
  names    جزر البهاما | البهاما | باهاماس
  adj      باهامي | باهامية
  capital  ناساو
  alpha2   BS

country BIH Bosnia and Herzegovina
  names    البوسنة والهرسك | البوسنة | البوسنة و الهرسك
  adj      بوسني | بوسنية | بوسنيون | بوسنيين
  capital  سراييفو
  alpha2   BA

country BLM Saint Barthélemy
  names    سان بارتيلمي | سان بارتليمي
  capital  غوستافيا
  alpha2   BL

country BLR Belarus
  names    بيلاروس | روسيا البيضاء | بيلاروسيا
  adj      بيلاروسي | بيلاروسية | بيلاروسيون | بيلاروسيين
  capital  مينسك
  alpha2   BY

country BLZ Belize
  names    بليز | بيليز
  adj      بليزي | بليزية
  capital  بلموبان
  alpha2   BZ

country BMU Bermuda    # capital Hamilton left out: a common surname
  names    برمودا | جزر برمودا
  alpha2   BM

country BOL Bolivia
  names    بوليفيا | جمهورية بوليفيا | دولة بوليفيا المتعددة القوميات
  adj      بوليفي | بوليفية | بوليفيون | بوليفيين
  capital  سوكري | لاباز | لا باز    # Sucre is the constitutional capital, La Paz the seat of government
  alpha2   BO

country BRA Brazil
  names    البرازيل | جمهورية البرازيل الاتحادية
  adj      برازيلي | برازيلية | برازيليون | برازيليين
  capital  برازيليا
  alpha2   BR

country BRB Barbados
  names    بربادوس | باربادوس
  adj      بربادوسي | بربادوسية
  capital  بريدجتاون
  alpha2   BB

country BRN Brunei
  names    بروناي | بروناي دار السلام | سلطنة بروناي
  adj      بروناوي | بروناوية
  capital  بندر سري بكاوان
  alpha2   BN

country BTN Bhutan
  names    بوتان | مملكة بوتان
  adj      بوتاني | بوتانية
  capital  تيمفو
  alpha2   BT

country BVT Bouvet Island    # uninhabited
  names    جزيرة بوفيه | جزيرة بوفي
  alpha2   BV

country BWA Botswana
  names    بوتسوانا
  adj      بوتسواني | بوتسوانية
  capital  غابورون | جابورون
  alpha2   BW

country CAF Central African Republic    # no nisba in news use
  names    جمهورية أفريقيا الوسطى | أفريقيا الوسطى
  capital  بانغي | بانجي
  alpha2   CF

country CAN Canada
  names    كندا
  adj      كندي | كندية | كنديون | كنديين
  capital  أوتاوا
  alpha2   CA

country CCK Cocos (Keeling) Islands
  names    جزر كوكوس | جزر كوكوس كيلينغ
  alpha2   CC

country CHE Switzerland
  names    سويسرا | الاتحاد السويسري
  adj      سويسري | سويسرية | سويسريون | سويسريين
  capital  برن    # federal city
  alpha2   CH

country CHL Chile    # «شيلي» is the usual Egyptian spelling
  names    تشيلي | شيلي
  adj      تشيلي | شيلي | تشيلية | تشيليون | تشيليين
  capital  سانتياغو | سانتياجو
  alpha2   CL

country CHN China
  names    الصين | جمهورية الصين الشعبية | الصين الشعبية
  adj      صيني | صينية | صينيون | صينيين
  capital  بكين    # «بيجين» left out: also the Egyptian spelling of Begin (مناحيم بيجين)
  alpha2   CN

country CIV Cote d'Ivoire
  names    ساحل العاج | كوت ديفوار | كوت دي فوار
  adj      إيفواري | إيفوارية | إيفواريون | إيفواريين
  capital  ياموسوكرو    # official capital; Abidjan (أبيدجان) is the economic capital and seat of most ministries
  alpha2   CI

country CMR Cameroon
  names    الكاميرون
  adj      كاميروني | كاميرونية | كاميرونيون | كاميرونيين
  capital  ياوندي
  alpha2   CM

country COD Congo - Kinshasa (DR Congo)    # the shared nisba «كونغولي» is given to COD only (news mostly means the DRC)
  names    جمهورية الكونغو الديمقراطية | الكونغو الديمقراطية | الكونغو الديموقراطية | جمهورية الكونغو الديموقراطية | الكونغو كينشاسا | الكونغو جمهوريّة الكونغو الدّيموقراطيّة | الكونجو الديمقراطية | جمهورية الكونجو الديمقراطية
  adj      كونغولي | كونغولية | كونغوليون | كونغوليين | كونجولي | كونجولية | كونجوليون | كونجوليين
  capital  كينشاسا
  alpha2   CD

country COG Congo - Brazzaville    # bare «الكونغو» is the Republic of the Congo here; the nisba is left to COD
  names    الكونغو | جمهورية الكونغو | الكونغو برازافيل | الكونجو
  capital  برازافيل
  alpha2   CG

country COK Cook Islands
  names    جزر كوك
  capital  أفاروا
  alpha2   CK

country COL Colombia
  names    كولومبيا
  adj      كولومبي | كولومبية | كولومبيون | كولومبيين
  capital  بوغوتا | بوجوتا
  alpha2   CO

country COM Comoros    # nisba «قمري» left out: also 'lunar'
  names    جزر القمر | جمهورية القمر المتحدة | القمر المتحدة | اتحاد جزر القمر
  capital  موروني
  alpha2   KM

country CPV Cape Verde
  names    الرأس الأخضر | جمهورية الرأس الأخضر | كابو فيردي
  capital  برايا
  alpha2   CV

country CRI Costa Rica
  names    كوستاريكا | كوستا ريكا
  adj      كوستاريكي | كوستاريكية
  capital  سان خوسيه
  alpha2   CR

country CUB Cuba
  names    كوبا
  adj      كوبي | كوبية | كوبيون | كوبيين
  capital  هافانا
  alpha2   CU

country CUW Curaçao
  names    كوراساو | كوراكاو | جزر كوراكاو
  capital  ويلمستاد
  alpha2   CW

country CXR Christmas Island
  names    جزيرة كريسماس | جزيرة عيد الميلاد | جزر الكريسماس
  alpha2   CX

country CYM Cayman Islands    # capital George Town left out: same name as the capital of Guyana
  names    جزر كايمان | جزر الكيمان
  alpha2   KY

country CYP Cyprus
  names    قبرص | جمهورية قبرص
  adj      قبرصي | قبرصية | قبارصة | قبرصيون | قبرصيين
  capital  نيقوسيا
  alpha2   CY

country CZE Czechia
  names    التشيك | جمهورية التشيك | تشيكيا | الجمهورية التشيكية
  adj      تشيكي | تشيكية | تشيكيون | تشيكيين
  capital  براغ
  alpha2   CZ

country DEU Germany
  names    ألمانيا | جمهورية ألمانيا الاتحادية
  adj      ألماني | ألمانية | ألمان
  capital  برلين
  alpha2   DE

country DJI Djibouti    # masculine nisba «جيبوتي» is the country name itself; as an adjective («الجيش الجيبوتي») it is the country's
  names    جيبوتي | جمهورية جيبوتي
  adj      جيبوتي | جيبوتية | جيبوتيون | جيبوتيين
  capital  مدينة جيبوتي
  alpha2   DJ

country DMA Dominica    # capital Roseau (روسو) left out: also Rousseau
  names    دومينيكا | كومنولث دومينيكا
  alpha2   DM

country DNK Denmark
  names    الدنمارك | الدانمارك | الدنمرك | الدانمرك
  adj      دنماركي | دنماركية | دنماركيون | دنماركيين | دانماركي | دانماركية | دانماركيون | دانماركيين | دنمركي | دنمركية
  capital  كوبنهاغن | كوبنهاجن
  alpha2   DK

country DOM Dominican Republic
  names    جمهورية الدومينيكان | الدومينيكان
  adj      دومينيكاني | دومينيكانية
  capital  سانتو دومينغو
  alpha2   DO

country DZA Algeria
  names    الجزائر | الجمهورية الجزائرية | الجمهورية الجزائرية الديمقراطية الشعبية
  adj      جزائري | جزائرية | جزائريون | جزائريين
  capital  الجزائر العاصمة    # the city is also «الجزائر», listed under names
  alpha2   DZ

country ECU Ecuador
  names    الإكوادور
  adj      إكوادوري | إكوادورية | إكوادوريون | إكوادوريين
  capital  كيتو
  alpha2   EC

country EGY Egypt
  names    مصر | جمهورية مصر العربية
  adj      مصري | مصرية | مصريون | مصريين
  capital  القاهرة
  alpha2   EG

country ERI Eritrea
  names    إريتريا | إرتريا
  adj      إريتري | إريترية | إريتريون | إريتريين | إرتري | إرترية
  capital  أسمرة | أسمرا
  alpha2   ER

country ESH Western Sahara    # disputed territory; nisba «صحراوي» left out (also 'desert'); no capital listed (العيون also means 'eyes'); «الصحراء المغربية» is the Moroccan name, «الجمهورية (العربية) الصحراوية (الديمقراطية)» the SADR (Polisario's state, AU member)
  names    الصحراء الغربية | الصحراء المغربية | الجمهورية العربية الصحراوية الديمقراطية | الجمهورية الصحراوية
  alpha2   EH

country ESP Spain
  names    إسبانيا | مملكة إسبانيا
  adj      إسباني | إسبانية | إسبان
  capital  مدريد
  alpha2   ES

country EST Estonia
  names    إستونيا
  adj      إستوني | إستونية
  capital  تالين
  alpha2   EE

country ETH Ethiopia
  names    إثيوبيا | جمهورية إثيوبيا الديمقراطية الاتحادية
  adj      إثيوبي | إثيوبية | إثيوبيون | إثيوبيين
  capital  أديس أبابا    # also the seat of the African Union
  alpha2   ET

country FIN Finland
  names    فنلندا
  adj      فنلندي | فنلندية | فنلنديون | فنلنديين
  capital  هلسنكي
  alpha2   FI

country FJI Fiji    # masculine nisba is the country name itself
  names    فيجي | جزر فيجي
  capital  سوفا
  alpha2   FJ

country FLK Falkland Islands    # capital Stanley left out: a common name
  names    جزر فوكلاند | جزر فولكلاند | جزر مالفيناس | جزر فولكلاند مالفيناس
  alpha2   FK

country FRA France
  names    فرنسا | الجمهورية الفرنسية
  adj      فرنسي | فرنسية | فرنسيون | فرنسيين
  capital  باريس
  alpha2   FR

country FRO Faroe Islands
  names    جزر فارو
  capital  تورشافن
  alpha2   FO

country FSM Micronesia
  names    ميكرونيزيا | ولايات ميكرونيزيا المتحدة | ولايات ميكرونيسيا المتحدة | ميكرونيزيا ولايات ميكرونيزيا الموحّدة
  capital  باليكير
  alpha2   FM

country GAB Gabon
  names    الغابون | الجابون
  adj      غابوني | غابونية | جابوني | جابونية | غابونيون | غابونيين
  capital  ليبرفيل
  alpha2   GA

country GBR United Kingdom    # «أيرلندا الشمالية» (part of the UK) listed so that the longest match does not read it as Ireland; England and Scotland (constituent countries) listed too, Wales («ويلز», also a surname) not
  names    المملكة المتحدة | بريطانيا | بريطانيا العظمى | أيرلندا الشمالية | إنجلترا | إنكلترا | إسكتلندا
  adj      بريطاني | بريطانية | بريطانيون | بريطانيين
  capital  لندن
  alpha2   GB

country GEO Georgia
  names    جورجيا
  adj      جورجي | جورجية | جورجيون | جورجيين
  capital  تبليسي
  alpha2   GE

country GGY Guernsey
  names    غيرنزي | جيرنزي | جزيرة جويرزني
  capital  سانت بيتر بورت
  alpha2   GG

country GHA Ghana
  names    غانا
  adj      غاني | غانية | غانيون | غانيين
  capital  أكرا
  alpha2   GH

country GIB Gibraltar    # no separate capital
  names    جبل طارق
  alpha2   GI

country GIN Guinea
  names    غينيا | جمهورية غينيا | غينيا كوناكري
  adj      غيني | غينية | غينيون | غينيين
  capital  كوناكري
  alpha2   GN

country GLP Guadeloupe
  names    غوادلوب | جوادلوب | جوادالوبّي
  capital  باس تير
  alpha2   GP

country GMB Gambia
  names    غامبيا | جامبيا
  adj      غامبي | غامبية
  capital  بانجول
  alpha2   GM

country GNB Guinea-Bissau    # no distinct nisba («غيني» is Guinea)
  names    غينيا بيساو
  capital  بيساو
  alpha2   GW

country GNQ Equatorial Guinea    # no distinct nisba («غيني» is Guinea)
  names    غينيا الاستوائية
  capital  مالابو | سيوداد دي لا باز    # Ciudad de la Paz declared the capital by decree of 2026-01-03 (transfer within a year); Malabo, the capital until then, kept
  alpha2   GQ

country GRC Greece
  names    اليونان | الجمهورية اليونانية
  adj      يوناني | يونانية | يونانيون | يونانيين
  capital  أثينا
  alpha2   GR

country GRD Grenada
  names    غرينادا
  capital  سانت جورجز
  alpha2   GD

country GRL Greenland
  names    غرينلاند | جرينلاند
  adj      غرينلاندي | غرينلاندية
  capital  نوك
  alpha2   GL

country GTM Guatemala
  names    غواتيمالا | جواتيمالا
  adj      غواتيمالي | غواتيمالية
  capital  مدينة غواتيمالا | غواتيمالا سيتي
  alpha2   GT

country GUF French Guiana
  names    غويانا الفرنسية | غيانا الفرنسية
  capital  كايين
  alpha2   GF

country GUM Guam
  names    غوام | جوام
  capital  هاغاتنيا
  alpha2   GU

country GUY Guyana
  names    غيانا | غويانا | جمهورية غيانا التعاونية
  adj      غياني | غيانية | غوياني | غويانية
  capital  جورج تاون | جورجتاون
  alpha2   GY

country HKG Hong Kong    # special administrative region of China; no capital, no nisba
  names    هونغ كونغ | هونج كونج | هونغ كونغ الصينية منطقة إدارية خاصة
  alpha2   HK

country HMD Heard and McDonald Islands    # uninhabited
  names    جزيرة هيرد وجزر ماكدونالد | جزيرة هيرد وجزر مَكْدونالد
  alpha2   HM

country HND Honduras
  names    هندوراس
  adj      هندوراسي | هندوراسية
  capital  تيغوسيغالبا
  alpha2   HN

country HRV Croatia
  names    كرواتيا
  adj      كرواتي | كرواتية | كروات | كرواتيون | كرواتيين
  capital  زغرب
  alpha2   HR

country HTI Haiti    # masculine nisba is the country name itself; as an adjective («الجيش الهايتي») it is the country's
  names    هايتي
  adj      هايتي | هايتية | هايتيون | هايتيين
  capital  بورت أو برنس | بورت أو برانس
  alpha2   HT

country HUN Hungary    # masculine «مجري» left out: normalises like «مجرى» ('course, stream')
  names    المجر | هنغاريا | المجر هنغاريا
  adj      هنغاري | هنغارية | هنغاريون | مجرية | مجريون | هنغاريين
  capital  بودابست
  alpha2   HU

country IDN Indonesia
  names    إندونيسيا
  adj      إندونيسي | إندونيسية | إندونيسيون | إندونيسيين
  capital  جاكرتا    # a move to Nusantara is legislated but not yet in force at last check
  alpha2   ID

country IMN Isle of Man    # capital Douglas left out: a common name
  names    جزيرة مان | آيزل أف مان
  alpha2   IM

country IND India
  names    الهند | جمهورية الهند
  adj      هندي | هندية | هنود
  capital  نيودلهي | نيو دلهي
  alpha2   IN

country IOT British Indian Ocean Territory
  names    إقليم المحيط الهندي البريطاني | الإقليم البريطاني في المحيط الهندي | مقاطعة المحيط الهندي البريطانيّة
  alpha2   IO

country IRL Ireland
  names    أيرلندا | جمهورية أيرلندا
  adj      أيرلندي | أيرلندية | أيرلنديون | أيرلنديين
  capital  دبلن
  alpha2   IE

country IRN Iran
  names    إيران | الجمهورية الإسلامية الإيرانية | جمهورية إيران الإسلامية | إيران الجمهوريّة الإسلاميّة الإيرانيّة
  adj      إيراني | إيرانية | إيرانيون | إيرانيين
  capital  طهران
  alpha2   IR

country IRQ Iraq
  names    العراق | جمهورية العراق
  adj      عراقي | عراقية | عراقيون | عراقيين
  capital  بغداد
  alpha2   IQ

country ISL Iceland
  names    آيسلندا
  adj      آيسلندي | آيسلندية
  capital  ريكيافيك
  alpha2   IS

country ISR Israel    # no capital line: the status of Jerusalem (القدس) is disputed, and Tel Aviv (تل أبيب) is not the capital
  names    إسرائيل | دولة إسرائيل | الكيان الصهيوني | الكيان الإسرائيلي
  adj      إسرائيلي | إسرائيلية | إسرائيليون | إسرائيليين
  alpha2   IL

country ITA Italy
  names    إيطاليا | الجمهورية الإيطالية
  adj      إيطالي | إيطالية | إيطاليون | إيطاليين
  capital  روما
  alpha2   IT

country JAM Jamaica
  names    جامايكا | جمايكا
  adj      جامايكي | جامايكية
  capital  كينغستون | كينجستون
  alpha2   JM

country JEY Jersey
  names    جيرزي | جيرسي
  capital  سانت هيلير
  alpha2   JE

country JOR Jordan    # capital Amman (عمّان) left out: it normalises to «عمان», the name of Oman
  names    الأردن | المملكة الأردنية الهاشمية | المملكة الأردنية
  adj      أردني | أردنية | أردنيون | أردنيين
  alpha2   JO

country JPN Japan
  names    اليابان
  adj      ياباني | يابانية | يابانيون | يابانيين
  capital  طوكيو
  alpha2   JP

country KAZ Kazakhstan
  names    كازاخستان | قازاقستان
  adj      كازاخستاني | كازاخستانية | كازاخي | كازاخية
  capital  أستانا    # named Nur-Sultan 2019-2022 (not listed: also Nazarbayev's given name); «أستانا» also names the Syria talks
  alpha2   KZ

country KEN Kenya
  names    كينيا
  adj      كيني | كينية | كينيون | كينيين
  capital  نيروبي
  alpha2   KE

country KGZ Kyrgyzstan
  names    قيرغيزستان | قرغيزستان | قيرغزستان
  adj      قيرغيزي | قيرغيزية | قرغيزي | قرغيزية
  capital  بيشكيك
  alpha2   KG

country KHM Cambodia
  names    كمبوديا
  adj      كمبودي | كمبودية | كمبوديون | كمبوديين
  capital  بنوم بنه
  alpha2   KH

country KIR Kiribati
  names    كيريباتي
  capital  تاراوا الجنوبية | تاراوا
  alpha2   KI

country KNA Saint Kitts and Nevis
  names    سانت كيتس ونيفيس | سانت كيتس ونيفس | سانت كيتس و نيفس
  capital  باستير
  alpha2   KN

country KOR South Korea
  names    كوريا الجنوبية | جمهورية كوريا | كوريا جمهوريّة كوريا
  adj      كوري جنوبي | كورية جنوبية | كوريون جنوبيون | كوريين جنوبيين
  capital  سول    # the spelling «سيول» is left out: also 'floods'
  alpha2   KR

country KWT Kuwait
  names    الكويت | دولة الكويت
  adj      كويتي | كويتية | كويتيون | كويتيين
  capital  مدينة الكويت    # the city is also «الكويت», listed under names
  alpha2   KW

country LAO Laos
  names    لاوس | جمهورية لاو الديمقراطية الشعبية | جمهورية لاو الديموقراطية الشعبية
  adj      لاوسي | لاوسية
  capital  فيينتيان
  alpha2   LA

country LBN Lebanon    # Tripoli (طرابلس) is a Lebanese city but not the capital
  names    لبنان | الجمهورية اللبنانية
  adj      لبناني | لبنانية | لبنانيون | لبنانيين
  capital  بيروت
  alpha2   LB

country LBR Liberia
  names    ليبيريا
  adj      ليبيري | ليبيرية | ليبيريون | ليبيريين
  capital  منروفيا
  alpha2   LR

country LBY Libya
  names    ليبيا | دولة ليبيا
  adj      ليبي | ليبية | ليبيون | ليبيين
  capital  طرابلس | طرابلس الغرب
  alpha2   LY

country LCA Saint Lucia
  names    سانت لوسيا
  capital  كاستريس
  alpha2   LC

country LIE Liechtenstein
  names    ليختنشتاين | ليشتنشتاين
  capital  فادوز
  alpha2   LI

country LKA Sri Lanka
  names    سريلانكا | سري لانكا
  adj      سريلانكي | سريلانكية | سريلانكيون | سريلانكيين
  capital  كولومبو    # commercial capital and seat of most ministries; the legislative capital is Sri Jayawardenepura Kotte
  alpha2   LK

country LSO Lesotho
  names    ليسوتو
  capital  ماسيرو
  alpha2   LS

country LTU Lithuania
  names    ليتوانيا | لتوانيا | لثوانيا
  adj      ليتواني | ليتوانية | ليتوانيون | ليتوانيين
  capital  فيلنيوس
  alpha2   LT

country LUX Luxembourg
  names    لوكسمبورغ | لوكسمبورج | دوقية لوكسمبورغ الكبرى
  adj      لوكسمبورغي | لوكسمبورغية
  capital  مدينة لوكسمبورغ
  alpha2   LU

country LVA Latvia
  names    لاتفيا
  adj      لاتفي | لاتفية
  capital  ريغا
  alpha2   LV

country MAC Macao    # special administrative region of China
  names    ماكاو | مكاو | منطقة ماكاو الإدارية الخاصة
  alpha2   MO

country MAF Saint Martin    # bare «سانت مارتن» left out: shared with Sint Maarten
  names    سان مارتن | سانت مارتن الفرنسية | سانت مارتين القطاع الفرنسي
  capital  ماريغو
  alpha2   MF

country MAR Morocco    # «المغرب» also means the Maghreb and the sunset prayer
  names    المغرب | المملكة المغربية
  adj      مغربي | مغربية | مغاربة
  capital  الرباط
  alpha2   MA

country MCO Monaco    # city-state: no separate capital
  names    موناكو | إمارة موناكو
  alpha2   MC

country MDA Moldova
  names    مولدوفا | مولدافيا | جمهورية مولدوفا
  adj      مولدوفي | مولدوفية | مولدافي | مولدافية
  capital  كيشيناو
  alpha2   MD

country MDG Madagascar
  names    مدغشقر
  adj      مدغشقري | مدغشقرية
  capital  أنتاناناريفو
  alpha2   MG

country MDV Maldives
  names    جزر المالديف | المالديف
  adj      مالديفي | مالديفية
  capital  ماليه
  alpha2   MV

country MEX Mexico
  names    المكسيك | الولايات المتحدة المكسيكية
  adj      مكسيكي | مكسيكية | مكسيكيون | مكسيكيين
  capital  مكسيكو سيتي | مدينة مكسيكو
  alpha2   MX

country MHL Marshall Islands
  names    جزر مارشال
  capital  ماجورو
  alpha2   MH

country MKD North Macedonia
  names    مقدونيا الشمالية | مقدونيا | جمهورية مقدونيا الشمالية
  adj      مقدوني | مقدونية
  capital  سكوبيه
  alpha2   MK

country MLI Mali    # no nisba: «مالي/مالية» also mean 'financial/finance' (the name itself shares that ambiguity)
  names    مالي | جمهورية مالي
  capital  باماكو
  alpha2   ML

country MLT Malta
  names    مالطا | مالطة
  adj      مالطي | مالطية
  capital  فاليتا
  alpha2   MT

country MMR Myanmar
  names    ميانمار | بورما | ميانمار بورما
  adj      ميانماري | ميانمارية | بورمي | بورمية
  capital  نايبيداو | نايبيتاو | ناي بي تاو
  alpha2   MM

country MNE Montenegro
  names    الجبل الأسود | مونتينيغرو | المنتنيغرو
  adj      مونتينيغري | مونتينيغرية
  capital  بودغوريتسا
  alpha2   ME

country MNG Mongolia
  names    منغوليا
  adj      منغولي | منغولية
  capital  أولان باتور | أولانباتار
  alpha2   MN

country MNP Northern Mariana Islands
  names    جزر ماريانا الشمالية
  capital  سايبان
  alpha2   MP

country MOZ Mozambique
  names    موزمبيق | موزامبيق
  adj      موزمبيقي | موزمبيقية
  capital  مابوتو
  alpha2   MZ

country MRT Mauritania
  names    موريتانيا | الجمهورية الإسلامية الموريتانية
  adj      موريتاني | موريتانية | موريتانيون | موريتانيين
  capital  نواكشوط | انواكشوط
  alpha2   MR

country MSR Montserrat    # capital Plymouth abandoned since 1997; not listed
  names    مونتسرات | مونتسيرات
  alpha2   MS

country MTQ Martinique
  names    مارتينيك | جزر المارتينيك
  capital  فور دو فرانس
  alpha2   MQ

country MUS Mauritius
  names    موريشيوس
  adj      موريشيوسي | موريشيوسية
  capital  بورت لويس
  alpha2   MU

country MWI Malawi    # masculine nisba is the country name itself; as an adjective («الجيش الملاوي») it is the country's
  names    ملاوي | مالاوي
  adj      ملاوي | مالاوي | ملاوية | مالاوية
  capital  ليلونغوي
  alpha2   MW

country MYS Malaysia
  names    ماليزيا
  adj      ماليزي | ماليزية | ماليزيون | ماليزيين
  capital  كوالالمبور | كوالا لمبور    # Putrajaya (بوتراجايا) is the administrative centre
  alpha2   MY

country MYT Mayotte
  names    مايوت
  capital  مامودزو
  alpha2   YT

country NAM Namibia
  names    ناميبيا
  adj      ناميبي | ناميبية
  capital  ويندهوك
  alpha2   NA

country NCL New Caledonia
  names    كاليدونيا الجديدة | نيو كاليدونيا | نيو قلدونيا
  capital  نوميا
  alpha2   NC

country NER Niger
  names    النيجر | جمهورية النيجر
  adj      نيجري | نيجرية | نيجريون | نيجريين
  capital  نيامي
  alpha2   NE

country NFK Norfolk Island    # capital Kingston left out: same name as the capital of Jamaica
  names    جزيرة نورفولك
  alpha2   NF

country NGA Nigeria
  names    نيجيريا
  adj      نيجيري | نيجيرية | نيجيريون | نيجيريين
  capital  أبوجا
  alpha2   NG

country NIC Nicaragua
  names    نيكاراغوا | نيكاراجوا
  adj      نيكاراغوي | نيكاراغوية
  capital  ماناغوا | ماناجوا
  alpha2   NI

country NIU Niue
  names    نيوي
  capital  ألوفي
  alpha2   NU

country NLD Netherlands
  names    هولندا | مملكة هولندا
  adj      هولندي | هولندية | هولنديون | هولنديين
  capital  أمستردام    # constitutional capital; the government sits in The Hague (لاهاي, not listed: mostly the ICC/ICJ)
  alpha2   NL

country NOR Norway
  names    النرويج
  adj      نرويجي | نرويجية | نرويجيون | نرويجيين
  capital  أوسلو
  alpha2   NO

country NPL Nepal
  names    نيبال
  adj      نيبالي | نيبالية | نيباليون | نيباليين
  capital  كاتماندو
  alpha2   NP

country NRU Nauru    # no official capital
  names    ناورو
  alpha2   NR

country NZL New Zealand
  names    نيوزيلندا | نيوزيلاندا | نيوزلندا
  adj      نيوزيلندي | نيوزيلندية | نيوزيلنديون | نيوزيلنديين | نيوزلندي | نيوزلندية
  capital  ولينغتون | ويلينغتون
  alpha2   NZ

country OMN Oman
  names    عمان | سلطنة عمان
  adj      عماني | عمانية | عمانيون | عمانيين
  capital  مسقط    # «مسقط» also occurs in the phrase «مسقط رأس» (birthplace)
  alpha2   OM

country PAK Pakistan
  names    باكستان | جمهورية باكستان الإسلامية
  adj      باكستاني | باكستانية | باكستانيون | باكستانيين
  capital  إسلام آباد
  alpha2   PK

country PAN Panama
  names    بنما
  adj      بنمي | بنمية
  capital  مدينة بنما
  alpha2   PA

country PCN Pitcairn Islands
  names    جزر بيتكيرن | بتكيرن
  capital  آدمزتاون
  alpha2   PN

country PER Peru
  names    بيرو
  adj      بيروفي | بيروفية
  capital  ليما
  alpha2   PE

country PHL Philippines
  names    الفلبين | الفليبين | الفيليبين | جمهورية الفلبين
  adj      فلبيني | فلبينية | فلبينيون | فلبينيين | فليبيني | فليبينية | فليبينيون | فليبينيين | فيليبيني | فيليبينية | فيليبينيون | فيليبينيين
  capital  مانيلا
  alpha2   PH

country PLW Palau    # capital Ngerulmud not listed (no settled Arabic spelling)
  names    بالاو
  alpha2   PW

country PNG Papua New Guinea
  names    بابوا غينيا الجديدة
  capital  بورت مورسبي
  alpha2   PG

country POL Poland
  names    بولندا
  adj      بولندي | بولندية | بولنديون | بولنديين
  capital  وارسو
  alpha2   PL

country PRI Puerto Rico
  names    بورتوريكو | بورتو ريكو
  adj      بورتوريكي | بورتوريكية
  capital  سان خوان
  alpha2   PR

country PRK North Korea
  names    كوريا الشمالية | جمهورية كوريا الديمقراطية الشعبية | جمهورية كوريا الديمقراطية | كوريا الديمقراطية | كوريا جمهورية كوريا الشّعبيّة الدّيموقراطيّة | كوريا الديموقراطية | جمهورية كوريا الديموقراطية الشعبية
  adj      كوري شمالي | كورية شمالية | كوريون شماليون | كوريين شماليين
  capital  بيونغ يانغ | بيونغيانغ | بيونج يانج
  alpha2   KP

country PRT Portugal
  names    البرتغال
  adj      برتغالي | برتغالية | برتغاليون | برتغاليين
  capital  لشبونة
  alpha2   PT

country PRY Paraguay
  names    باراغواي | باراجواي
  adj      باراغوايي | باراغوايية
  capital  أسونسيون
  alpha2   PY

country PSE Palestine
  names    فلسطين | دولة فلسطين | الأراضي الفلسطينية | الأراضي الفلسطينية المحتلة
  adj      فلسطيني | فلسطينية | فلسطينيون | فلسطينيين
  capital  رام الله    # seat of the Palestinian Authority (metonym), not a capital; the claimed capital East Jerusalem is not listed
  alpha2   PS

country PYF French Polynesia
  names    بولينيزيا الفرنسية | بولينيسيا الفرنسية
  capital  بابيتي
  alpha2   PF

country QAT Qatar    # «قطري» is also the Baathist term for a national (regional) branch
  names    قطر | دولة قطر
  adj      قطري | قطرية | قطريون | قطريين
  capital  الدوحة
  alpha2   QA

country REU Réunion
  names    ريونيون | لا ريونيون | جزيرة ريونيون | روينيون
  capital  سان دوني
  alpha2   RE

country ROU Romania    # «روماني» also means 'Roman'
  names    رومانيا
  adj      روماني | رومانية | رومانيون | رومانيين
  capital  بوخارست
  alpha2   RO

country RUS Russia
  names    روسيا | روسيا الاتحادية | الاتحاد الروسي
  adj      روسي | روسية | روس | روسيون | روسيين
  capital  موسكو
  alpha2   RU

country RWA Rwanda
  names    رواندا
  adj      رواندي | رواندية | روانديون | روانديين
  capital  كيغالي | كيجالي
  alpha2   RW

country SAU Saudi Arabia
  names    السعودية | المملكة العربية السعودية
  adj      سعودي | سعوديون | سعوديين
  capital  الرياض    # without the article «رياض» is also a given name
  alpha2   SA

country SDN Sudan
  names    السودان | جمهورية السودان
  adj      سوداني | سودانية | سودانيون | سودانيين
  capital  الخرطوم
  alpha2   SD

country SEN Senegal
  names    السنغال
  adj      سنغالي | سنغالية | سنغاليون | سنغاليين
  capital  داكار
  alpha2   SN

country SGP Singapore    # city-state: no separate capital
  names    سنغافورة
  adj      سنغافوري | سنغافورية
  alpha2   SG

country SGS South Georgia and South Sandwich Islands
  names    جورجيا الجنوبية وجزر ساندويتش الجنوبية | جورجيا الجنوبيّة و جزر ساندويتش الجنوبيّة
  alpha2   GS

country SHN Saint Helena    # capital Jamestown not listed
  names    سانت هيلينا | سانت هيلينا وأسينشين وتريستان دا كونا | ساينت هيلينا تريستان دا كونا
  alpha2   SH

country SJM Svalbard and Jan Mayen
  names    سفالبارد ويان ماين | سفالبارد وجان ماين | سفالبارد | سفالبارد و جان ماين
  capital  لونغيربين
  alpha2   SJ

country SLB Solomon Islands
  names    جزر سليمان | جزر سولومون | جزر سولومن
  capital  هونيارا
  alpha2   SB

country SLE Sierra Leone
  names    سيراليون | سيرا ليون
  adj      سيراليوني | سيراليونية
  capital  فريتاون
  alpha2   SL

country SLV El Salvador
  names    السلفادور
  adj      سلفادوري | سلفادورية
  capital  سان سلفادور
  alpha2   SV

country SMR San Marino
  names    سان مارينو
  capital  مدينة سان مارينو
  alpha2   SM

country SOM Somalia
  names    الصومال | جمهورية الصومال الفيدرالية
  adj      صومالي | صومالية | صوماليون | صوماليين
  capital  مقديشو
  alpha2   SO

country SPM Saint Pierre and Miquelon
  names    سان بيير وميكلون | سانت بيير وميكلون | سانت بيير وميكيلون | سان بيير ومكويلون | سانت بيير و ميكيلون
  capital  سان بيير
  alpha2   PM

country SRB Serbia
  names    صربيا
  adj      صربي | صربية | صرب
  capital  بلغراد
  alpha2   RS

country SSD South Sudan    # «سوداني» belongs to Sudan only
  names    جنوب السودان | جمهورية جنوب السودان
  adj      جنوب سوداني | جنوب سودانية | جنوب سودانيون | جنوب سودانيين
  capital  جوبا
  alpha2   SS

country STP São Tomé and Príncipe
  names    ساو تومي وبرينسيب | ساو تومي وبرينسيبي | ساو تومي وبرنسبي | ساو تومي و برنسبي
  capital  ساو تومي
  alpha2   ST

country SUR Suriname
  names    سورينام
  adj      سورينامي | سورينامية
  capital  باراماريبو
  alpha2   SR

country SVK Slovakia
  names    سلوفاكيا
  adj      سلوفاكي | سلوفاكية
  capital  براتيسلافا
  alpha2   SK

country SVN Slovenia
  names    سلوفينيا
  adj      سلوفيني | سلوفينية
  capital  ليوبليانا
  alpha2   SI

country SWE Sweden
  names    السويد
  adj      سويدي | سويدية | سويديون | سويديين
  capital  ستوكهولم
  alpha2   SE

country SWZ Eswatini
  names    إسواتيني | إيسواتيني | سوازيلاند | مملكة إسواتيني
  adj      سوازي | سوازية
  capital  مبابان    # administrative capital; Lobamba is the royal and legislative capital
  alpha2   SZ

country SXM Sint Maarten    # bare «سانت مارتن» left out: shared with Saint-Martin
  names    سينت مارتن | سانت مارتن الهولندية | سانت مارتن | سانت مارتن الجزء الهولندي
  capital  فيليبسبورغ
  alpha2   SX

country SYC Seychelles    # capital Victoria (فيكتوريا) left out: a common name
  names    سيشل | جزر سيشل
  adj      سيشلي | سيشلية
  alpha2   SC

country SYR Syria    # feminine nisba «سورية» is listed under names (same form)
  names    سوريا | سورية | الجمهورية العربية السورية
  adj      سوري | سوريون | سوريين
  capital  دمشق
  alpha2   SY

country TCA Turks and Caicos Islands
  names    جزر توركس وكايكوس | جزر الترك والكايكوس | جزر التّرك و الكايكوس
  capital  كوكبيرن تاون
  alpha2   TC

country TCD Chad
  names    تشاد
  adj      تشادي | تشادية | تشاديون | تشاديين
  capital  نجامينا | انجامينا
  alpha2   TD

country TGO Togo
  names    توغو | توجو
  adj      توغولي | توغولية
  capital  لومي
  alpha2   TG

country THA Thailand
  names    تايلاند | تايلند
  adj      تايلاندي | تايلاندية | تايلندي | تايلندية | تايلانديون | تايلانديين
  capital  بانكوك
  alpha2   TH

country TJK Tajikistan    # «طاجيكي» also names the Tajiks of Afghanistan
  names    طاجيكستان
  adj      طاجيكي | طاجيكية | طاجيكستاني
  capital  دوشنبه
  alpha2   TJ

country TKL Tokelau    # no capital
  names    توكيلاو | توكيلو | جزر توكيلو
  alpha2   TK

country TKM Turkmenistan    # «تركماني» left out: the Turkmen minorities of Iraq and Syria
  names    تركمانستان
  adj      تركمانستاني | تركمانستانية
  capital  عشق آباد
  alpha2   TM

country TLS Timor-Leste    # capital Dili (ديلي) left out: «ديلي» is also the usual transcription of English 'Daily' (ديلي ميل)
  names    تيمور الشرقية | تيمور ليشتي | تيمور ليستي
  alpha2   TL

country TON Tonga
  names    تونغا
  capital  نوكوألوفا | نوكو ألوفا
  alpha2   TO

country TTO Trinidad and Tobago
  names    ترينيداد وتوباغو | ترينيداد و توباغو
  capital  بورت أوف سبين
  alpha2   TT

country TUN Tunisia
  names    تونس | الجمهورية التونسية
  adj      تونسي | تونسية | تونسيون | تونسيين
  capital  تونس العاصمة    # the city is also «تونس», listed under names
  alpha2   TN

country TUR Turkey    # «تركية» is also an older spelling of the name; «تركي» is also a given name
  names    تركيا | الجمهورية التركية | Türkiye
  adj      تركي | تركية | أتراك
  capital  أنقرة
  alpha2   TR

country TUV Tuvalu
  names    توفالو
  capital  فونافوتي
  alpha2   TV

country TWN Taiwan
  names    تايوان | تايوان محافظة صينيّة
  adj      تايواني | تايوانية
  capital  تايبيه | تايبه
  alpha2   TW

country TZA Tanzania
  names    تنزانيا | تانزانيا | جمهورية تنزانيا المتحدة | تنزانيا جمهوريّة تنزانيا المتّحدة
  adj      تنزاني | تنزانية | تنزانيون | تنزانيين
  capital  دودوما    # Dar es Salaam (دار السلام) hosts most ministries; not listed
  alpha2   TZ

country UGA Uganda
  names    أوغندا | أوجندا
  adj      أوغندي | أوغندية | أوغنديون | أوغنديين | أوجندي | أوجندية
  capital  كمبالا
  alpha2   UG

country UKR Ukraine
  names    أوكرانيا
  adj      أوكراني | أوكرانية | أوكرانيون | أوكرانيين
  capital  كييف    # spelling «كيف» left out: 'how'
  alpha2   UA

country UMI U.S. Outlying Islands
  names    جزر الولايات المتحدة الصغرى النائية | جزر الولايات المتحدة النائية
  alpha2   UM

country URY Uruguay
  names    الأوروغواي | الأورغواي | الأوروجواي
  adj      أوروغواياني | أوروغوايانية | أوروغوايي
  capital  مونتيفيديو
  alpha2   UY

country USA United States    # «أمريكا» also occurs inside «أمريكا اللاتينية» and «أمريكا الجنوبية»
  names    الولايات المتحدة | الولايات المتحدة الأمريكية | الولايات المتحدة الأميركية | أمريكا | أميركا
  adj      أمريكي | أمريكية | أمريكيون | أمريكيين | أميركي | أميركية | أميركيون | أميركيين | أمريكان | أميركان
  capital  واشنطن
  alpha2   US

country UZB Uzbekistan    # «أوزبكي» also names the Uzbeks of Afghanistan
  names    أوزبكستان
  adj      أوزبكي | أوزبكية | أوزبكستاني
  capital  طشقند
  alpha2   UZ

country VAT Vatican City    # city-state: no separate capital
  names    الفاتيكان | الكرسي الرسولي | دولة الفاتيكان | حاضرة الفاتيكان | المقعد المقدّس ولاية مدينة الفاتيكان
  adj      فاتيكاني | فاتيكانية
  alpha2   VA

country VCT Saint Vincent and Grenadines
  names    سانت فنسنت والغرينادين | سانت فنسنت وجزر غرينادين | سانت فينسنت والغرينادين | سانت فنسنت و جزر الغرينادين
  capital  كينغستاون
  alpha2   VC

country VEN Venezuela
  names    فنزويلا | جمهورية فنزويلا البوليفارية
  adj      فنزويلي | فنزويلية | فنزويليون | فنزويليين
  capital  كاراكاس
  alpha2   VE

country VGB British Virgin Islands
  names    جزر فيرجن البريطانية | جزر العذراء البريطانية | فيرجن جزر فيرجن البريطانيّة
  capital  رود تاون
  alpha2   VG

country VIR U.S. Virgin Islands
  names    جزر فيرجن الأمريكية | جزر فيرجن الأميركية | جزر العذراء الأمريكية | جزر العذراء الأميركية | جزر فيرجن التابعة للولايات المتحدة | فيرجن جزر فيرجن الأميركيّة
  capital  شارلوت أمالي
  alpha2   VI

country VNM Vietnam
  names    فيتنام | الفييتنام
  adj      فيتنامي | فيتنامية | فيتناميون | فيتناميين
  capital  هانوي
  alpha2   VN

country VUT Vanuatu
  names    فانواتو
  capital  بورت فيلا
  alpha2   VU

country WLF Wallis and Futuna
  names    واليس وفوتونا | جزر واليس وفوتونا | جزر والس وفوتونا | والس وفوتونا | واليس و فوتونا
  capital  ماتا أوتو
  alpha2   WF

country WSM Samoa
  names    ساموا | صاموا
  capital  أبيا
  alpha2   WS

country YEM Yemen    # «اليمنى» (right-hand) normalises to the nisba «اليمني»
  names    اليمن | الجمهورية اليمنية
  adj      يمني | يمنية | يمنيون | يمنيين
  capital  صنعاء    # held by the Houthis since 2014; the recognised government sits in Aden (عدن)
  alpha2   YE

country ZAF South Africa
  names    جنوب أفريقيا | جمهورية جنوب أفريقيا
  adj      جنوب أفريقي | جنوب أفريقية
  capital  بريتوريا    # executive capital; Cape Town (legislative) and Bloemfontein (judicial) not listed
  alpha2   ZA

country ZMB Zambia
  names    زامبيا
  adj      زامبي | زامبية
  capital  لوساكا
  alpha2   ZM

country ZWE Zimbabwe    # masculine nisba is the country name itself; as an adjective («الجيش الزيمبابوي») it is the country's
  names    زيمبابوي | زمبابوي
  adj      زيمبابوي | زمبابوي | زيمبابوية | زمبابوية
  capital  هراري
  alpha2   ZW
