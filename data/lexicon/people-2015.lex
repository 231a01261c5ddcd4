@kind      actors
@title     People named often in Arabic news of 2015 and not covered elsewhere: Saudi governors and ministers, Yemeni, Egyptian, Iraqi, Lebanese officials, Western officials, UN, ICRC and NGO figures
@source    Public record: official government, parliament and international-organisation sites and their lists of office-holders, news archives; roles and dates curated by hand
@source    Arabic spellings as written by Arabic news outlets of 2015 (Saudi dailies, agency wires)
@licence   CC BY 4.0 (this file); facts are not copyrightable
@curated   2026-11-30
@note      Complements people-arab.lex, people-world.lex and people-more.lex: nobody listed there is repeated here. Governors and ministers are GOV; commanders and military spokesmen MIL; leaders of armed groups REB. After the last dated role the loader codes a person <country>ELI.
@note      When the exact day is not known, the month or the year is given. Career diplomats and spokesmen whose posts changed within government carry an undated GOV code.

# ======================================================================
# Saudi Arabia: governors and princes
# ======================================================================

actor Faisal bin Khalid bin Abdulaziz
  names    فيصل بن خالد بن عبدالعزيز | فيصل بن خالد بن عبد العزيز | فيصل بن خالد
  code     SAUGOV 2007-05..2018-12          # governor of Asir

actor Faisal bin Bandar bin Abdulaziz
  names    فيصل بن بندر بن عبدالعزيز | فيصل بن بندر بن عبد العزيز | فيصل بن بندر
  code     SAUGOV 1992..                    # governor of Qassim, then of Riyadh from 2015-01-29

actor Mohammed bin Abdulrahman bin Abdulaziz
  names    محمد بن عبدالرحمن بن عبدالعزيز | محمد بن عبد الرحمن بن عبد العزيز
  code     SAUGOV 2015-01..                 # deputy governor of Riyadh

actor Mishaal bin Majed bin Abdulaziz
  names    مشعل بن ماجد بن عبدالعزيز | مشعل بن ماجد بن عبد العزيز | مشعل بن ماجد
  code     SAUGOV 2000..2017-04             # governor of Jeddah

actor Jalawi bin Abdulaziz bin Musaed
  names    جلوي بن عبدالعزيز بن مساعد | جلوي بن عبد العزيز بن مساعد | جلوي بن عبدالعزيز
  code     SAUGOV 2013-12..                 # governor of Najran

actor Faisal bin Mishaal bin Saud
  names    فيصل بن مشعل بن سعود | فيصل بن مشعل بن سعود بن عبدالعزيز | فيصل بن مشعل
  code     SAUGOV 2006..                    # deputy governor, then governor (2015-01) of Qassim

actor Mishari bin Saud bin Abdulaziz
  names    مشاري بن سعود بن عبدالعزيز | مشاري بن سعود بن عبد العزيز | مشاري بن سعود
  code     SAUGOV 2010..2017-04             # governor of al-Baha

actor Mohammed bin Nasser bin Abdulaziz
  names    محمد بن ناصر بن عبدالعزيز | محمد بن ناصر بن عبد العزيز
  code     SAUGOV 2001..                    # governor of Jazan

actor Fahd bin Sultan bin Abdulaziz
  names    فهد بن سلطان بن عبدالعزيز | فهد بن سلطان بن عبد العزيز | فهد بن سلطان
  code     SAUGOV 1987..                    # governor of Tabuk

actor Saud bin Abdulmohsen bin Abdulaziz
  names    سعود بن عبدالمحسن بن عبدالعزيز | سعود بن عبد المحسن بن عبد العزيز | سعود بن عبدالمحسن
  code     SAUGOV 1999..2017-04             # governor of Hail

actor Abdullah bin Musaed bin Abdulaziz
  names    عبدالله بن مساعد بن عبدالعزيز | عبد الله بن مساعد بن عبد العزيز | عبدالله بن مساعد | عبد الله بن مساعد
  code     SAUGOV 2014-08..2016-10          # president of the General Presidency of Youth Welfare

actor Mansour bin Miteb bin Abdulaziz
  names    منصور بن متعب بن عبدالعزيز | منصور بن متعب بن عبد العزيز | منصور بن متعب
  code     SAUGOV 2009..                    # municipal affairs minister, then minister of state (2015-01)

# ======================================================================
# Saudi Arabia: ministers and officials
# ======================================================================

actor Azzam al-Dakhil
  names    عزام الدخيل | عزام بن محمد الدخيل
  code     SAUGOV 2015-01-29..2015-12       # education minister

actor Majid al-Qasabi
  names    ماجد القصبي | ماجد بن عبدالله القصبي | ماجد بن عبد الله القصبي
  code     SAUGOV 2015-01-29..              # social affairs minister, then commerce minister (2016)

actor Adel al-Toraifi
  names    عادل الطريفي | عادل بن زيد الطريفي
  code     SAUGOV 2015-04-29..2017-04       # culture and information minister

actor Mufrej al-Haqbani
  names    مفرج الحقباني | مفرج بن سعد الحقباني
  code     SAUGOV 2015-04-29..2016-11       # labour minister

actor Tawfiq al-Rabiah
  names    توفيق الربيعة | توفيق بن فوزان الربيعة
  code     SAUGOV 2011-12..                 # commerce minister, then health minister (2016)

actor Adel Fakeih
  names    عادل فقيه | عادل بن محمد فقيه
  code     SAUGOV 2010-08..2016             # labour minister, then economy and planning minister (2015-04)

actor Walid al-Samaani
  names    وليد الصمعاني | وليد بن محمد الصمعاني
  code     SAUGOV 2015-01-29..              # justice minister

actor Saleh Al ash-Sheikh
  names    صالح آل الشيخ | صالح بن عبدالعزيز آل الشيخ | صالح بن عبد العزيز آل الشيخ | صالح بن عبدالعزيز بن محمد آل الشيخ
  code     SAUGOV 1999..                    # Islamic affairs minister, later minister of state

actor Bandar Hajjar
  names    بندر حجار | بندر بن محمد حجار
  code     SAUGOV 2011-12..2016-05          # Hajj minister

actor Nizar Madani
  names    نزار مدني | نزار بن عبيد مدني
  code     SAUGOV 2005..2017                # minister of state for foreign affairs

actor Osama Nugali
  names    أسامة نقلي | أسامة بن أحمد نقلي
  code     SAUGOV                           # foreign ministry spokesman, later ambassador

actor Khalid al-Issa
  names    خالد العيسى | خالد بن عبدالرحمن العيسى
  code     SAUGOV 2015-01..                 # minister of state, acting chief of the Royal Court (2015)

actor Mohammed al-Ayesh
  names    محمد العايش | محمد بن عبدالله العايش
  code     SAUGOV 2015..2017                # assistant minister of defence

actor Fahd al-Mubarak
  names    فهد المبارك | فهد بن عبدالله المبارك
  code     SAUGOV 2011-12..2016-05          # governor of the Saudi Arabian Monetary Agency

actor Sulaiman al-Hamdan
  names    سليمان الحمدان | سليمان بن عبدالله الحمدان
  code     SAUGOV 2014..                    # president of the civil aviation authority, then transport minister (2016)

actor Khalid al-Araj
  names    خالد العرج | خالد بن عبدالله العرج
  code     SAUGOV 2015-01-29..2017-04       # civil service minister

actor Abdulrahman al-Sanad
  names    عبدالرحمن السند | عبد الرحمن السند
  code     SAUGOV 2015-01..                 # president of the Commission for the Promotion of Virtue

actor Mansour al-Turki
  names    منصور التركي | اللواء منصور التركي
  code     SAUCOP                           # security spokesman of the interior ministry

# ======================================================================
# Yemen
# ======================================================================

actor Nayef al-Bakri
  names    نايف البكري
  code     YEMGOV 2015-07..                 # governor of Aden, then youth minister

actor Jaafar Mohammed Saad
  names    جعفر محمد سعد | اللواء جعفر محمد سعد
  code     YEMGOV 2015-10-09..2015-12-06    # governor of Aden (killed)

actor Badr Basalamah
  names    بدر باسلمة | بدر مبارك باسلمة
  code     YEMGOV 2014-11..2016-04          # transport minister

actor Rajeh Badi
  names    راجح بادي
  code     YEMGOV 2014-11..2016-04          # government spokesman

actor Abdu al-Hudhaifi
  names    عبده الحذيفي | عبده محمد الحذيفي
  code     YEMGOV 2015-04..2015-12          # interior minister

actor Ezzedine al-Asbahi
  names    عز الدين الأصبحي | عزالدين الأصبحي
  code     YEMGOV 2014-11..2016-04          # human rights minister

actor Nadia al-Saqqaf
  names    نادية السقاف
  code     YEMGOV 2014-11..2015-12          # information minister

actor Abdulaziz Jabari
  names    عبدالعزيز جباري | عبد العزيز جباري
  code     YEMPTY                           # leader of the Justice and Building Party

actor Mohammed Marem
  names    محمد مارم
  code     YEMGOV 2015..                    # director of the presidential office

actor Ahmed Saif al-Yafei
  names    أحمد سيف اليافعي | اللواء أحمد سيف اليافعي
  code     YEMMIL 2015..                    # commander of the 4th military region

actor Hamoud al-Mikhlafi
  names    حمود المخلافي | حمود سعيد المخلافي
  code     YEMREB 2015-04..                 # leader of the Popular Resistance in Taiz

actor Hussein Arab
  names    حسين عرب | اللواء حسين عرب
  code     YEMGOV 2015-12..2017-12          # deputy prime minister, interior minister

# ======================================================================
# Egypt, Iraq, Syria, Lebanon, Jordan
# ======================================================================

actor Alaa Youssef
  names    علاء يوسف | السفير علاء يوسف
  code     EGYGOV                           # presidential spokesman, diplomat

actor Mohammed Samir
  names    العميد محمد سمير
  code     EGYMIL 2014..2016                # military spokesman

actor Hisham Barakat
  names    هشام بركات | المستشار هشام بركات
  code     EGYJUD 2013-07-10..2015-06-29    # prosecutor general (assassinated)

actor Qasim al-Fahdawi
  names    قاسم الفهداوي | قاسم محمد الفهداوي
  code     IRQGOV 2014-09..2016-08          # electricity minister

actor Saad al-Hadithi
  names    سعد الحديثي
  code     IRQGOV 2014-09..                 # spokesman of the prime minister's office

actor Suhaib al-Rawi
  names    صهيب الراوي
  code     IRQGOV 2015-08..2017-09          # governor of Anbar

actor Rami Abdulrahman
  names    رامي عبد الرحمن | رامي عبدالرحمن
  code     SYRNGO                           # director of the Syrian Observatory for Human Rights

actor Hisham Marwa
  names    هشام مروة
  code     SYROPP                           # vice-president of the National Coalition

actor Mohammad al-Machnouk
  names    محمد المشنوق
  code     LBNGOV 2014-02-15..2016-12-18    # environment minister

actor Wael Abu Faour
  names    وائل أبو فاعور | وائل ابو فاعور
  code     LBNGOV 2014-02-15..2016-12-18    # health minister
  default  LBNLEG

actor Sejaan Azzi
  names    سجعان قزي
  code     LBNGOV 2014-02-15..2016-12-18    # labour minister

actor Ramzi Jreij
  names    رمزي جريج
  code     LBNGOV 2014-02-15..2016-12-18    # information minister

actor Mohammad al-Momani
  names    محمد المومني
  code     JORGOV 2013-03..2018-06          # minister of state for media affairs, government spokesman

# ======================================================================
# United States
# ======================================================================

actor Josh Earnest
  names    جوش إرنست | جوش ايرنست | جوش إيرنست | جوش ارنست
  code     USAGOV 2014-06..2017-01-20       # White House press secretary

actor Mark Toner
  names    مارك تونر
  code     USAGOV                           # State Department deputy spokesman

actor Jeff Davis
  names    جيف ديفيس | الكابتن جيف ديفيس
  code     USAMIL 2015..2017                # Pentagon spokesman (Navy captain)

actor Wendy Sherman
  names    ويندي شيرمان
  code     USAGOV 2011-09..2015-10          # under secretary of state, nuclear talks negotiator

actor Ben Rhodes
  names    بن رودس
  code     USAGOV 2009-01..2017-01-20       # deputy national security adviser

actor John Allen
  names    الجنرال جون ألن | الجنرال جون آلن | جون ألن | جون آلن
  code     USAGOV 2014-09..2015-11          # presidential envoy to the coalition against ISIL

actor Bob Corker
  names    بوب كوركر
  code     USALEG 2007-01..2019-01          # senator, chairman of the foreign relations committee

actor Scott Walker
  names    سكوت ووكر
  code     USAGOV 2011-01..2019-01          # governor of Wisconsin (presidential candidate 2015)

# ======================================================================
# Europe and elsewhere
# ======================================================================

actor Yanis Varoufakis
  names    يانيس فاروفاكيس | فاروفاكيس
  code     GRCGOV 2015-01-27..2015-07-06    # finance minister
  code     GRCLEG 2015-07-07..2015-09-20

actor Euclid Tsakalotos
  names    إقليدس تساكالوتوس | تساكالوتوس
  code     GRCGOV 2015-07-06..2019-07-09    # finance minister

actor Olga Gerovasili
  names    أولغا يروفاسيلي | اولغا يروفاسيلي | أولغا جيروفاسيلي
  code     GRCGOV 2015-01..2019-07          # government spokeswoman, then minister

actor George Osborne
  names    جورج أوزبورن | جورج اوزبورن
  code     GBRGOV 2010-05-11..2016-07-13    # Chancellor of the Exchequer

actor Jeroen Dijsselbloem
  names    جيروين ديسلبلوم | يروين ديسلبلوم | يورين ديسلبلوم
  code     NLDGOV 2012-11-05..2017-10-26    # finance minister, president of the Eurogroup

actor Volkan Bozkir
  names    فولكان بوزكير | فولكان بوزقير
  code     TURGOV 2014-08-29..2015-08-28    # EU affairs minister
  code     TURGOV 2015-11-24..2016-05-24
  default  TURLEG

actor Vitaly Mutko
  names    فيتالي موتكو
  code     RUSGOV 2008-05..                 # sports minister, then deputy prime minister

actor Dore Gold
  names    دوري غولد | دوري جولد
  code     ISRGOV 2015-06..2016-10          # director-general of the foreign ministry

actor Tzipi Hotovely
  names    تسيبي حوطوفيلي | تسيبي هوتوفيلي | تسيبي حوتوفلي | تسيبي هوتوفلي
  code     ISRGOV 2015-05..                 # deputy foreign minister, later ambassador

actor Zehava Galon
  names    زهافا غالئون | زهافا جالئون | زهافا غلئون | زهافا جلئون
  code     ISRPTY 2012-03..2018-03          # leader of Meretz

actor Pierre Nkurunziza
  names    بيار نكورونزيزا | بيير نكورونزيزا | نكورونزيزا
  code     BDIGOV 2005-08-26..2020-06-08    # president of Burundi

actor Michel Kafando
  names    ميشيل كفاندو | ميشال كافاندو | ميشيل كافاندو
  code     BFAGOV 2014-11-18..2015-12-29    # transitional president of Burkina Faso

actor Abdulla Yameen
  names    عبدالله يامين | عبد الله يامين
  code     MDVGOV 2013-11-17..2018-11-17    # president of the Maldives

actor Boni Yayi
  names    بوني يايي | توماس بوني يايي
  code     BENGOV 2006-04-06..2016-04-06    # president of Benin

# ======================================================================
# International organisations and NGOs
# ======================================================================

actor Zeid Ra'ad al-Hussein
  names    زيد رعد الحسين | زيد بن رعد الحسين | الأمير زيد بن رعد
  code     IGOUNOHCH 2014-09-01..2018-08-31 # UN High Commissioner for Human Rights

actor Farhan Haq
  names    فرحان حق
  code     IGOUNO                           # deputy spokesman of the UN Secretary-General

actor Gerry Rice
  names    جيري رايس
  code     IGOUNOIMF                        # IMF spokesman

actor Peter Maurer
  names    بيتر ماورر | بيتر مورار | بيتر ماورير | بيتر مورير | بيتر مورر | بيتر ماور
  code     NGOIRC 2012-07..2022-09          # president of the ICRC

actor Sarah Leah Whitson
  names    سارة ليا ويتسن | سارة ليا ويتسون
  code     NGOHRW 2004..2020                # Middle East director of Human Rights Watch
