@kind      actors
@title     World regions acting as one party in the news («دول جنوب شرق آسيا», «الدول الغربية»)
@source    Region codes from the CAMEO actor codebook (Schrodt 2012, "Regions": SEA, WST, EUR, AFR, ASA, LAM, MEA, BLK, CAS, CAU, NAF, WAF, EAF); Arabic names written for Hadath
@licence   CC BY 4.0 (this file); facts are not copyrightable
@curated   2026-11-29
@note      Only names that make the region a party («دول …», «الدول الغربية») are listed. A bare region name («أوروبا», «الشرق الأوسط», «آسيا») is nearly always a place and is left to the places lexicon.

actor Southeast Asia (its states)
  type   group
  names  دول جنوب شرق آسيا | جنوب شرق آسيا | دول جنوب شرقي آسيا | جنوب شرقي آسيا
  code   SEA

actor The West (its states)
  type   group
  names  الدول الغربية | دول الغرب | القوى الغربية | العواصم الغربية | الحكومات الغربية | الدول الغربية الكبرى
  code   WST

actor Europe (its states)
  type   group
  names  الدول الأوروبية | دول أوروبا | الدول الأوروبية الكبرى | العواصم الأوروبية | الحكومات الأوروبية
  code   EUR

actor Africa (its states)
  type   group
  names  الدول الأفريقية | الدول الإفريقية | دول أفريقيا | دول إفريقيا | الدول الافريقية
  code   AFR

actor Asia (its states)
  type   group
  names  الدول الآسيوية | دول آسيا
  code   ASA

actor Latin America (its states)
  type   group
  names  دول أمريكا اللاتينية | دول أميركا اللاتينية | أمريكا اللاتينية | أميركا اللاتينية
  code   LAM

actor Middle East (its states)
  type   group
  names  دول الشرق الأوسط | دول منطقة الشرق الأوسط
  code   MEA

actor Balkans (its states)
  type   group
  names  دول البلقان
  code   BLK

actor Central Asia (its states)
  type   group
  names  دول آسيا الوسطى | جمهوريات آسيا الوسطى
  code   CAS

actor Caucasus (its states)
  type   group
  names  دول القوقاز | دول جنوب القوقاز
  code   CAU

actor North Africa (its states)
  type   group
  names  دول شمال أفريقيا | دول شمال إفريقيا | دول المغرب العربي
  code   NAF

actor West Africa (its states)
  type   group
  names  دول غرب أفريقيا | دول غرب إفريقيا
  code   WAF

actor East Africa (its states)
  type   group
  names  دول شرق أفريقيا | دول شرق إفريقيا
  code   EAF
