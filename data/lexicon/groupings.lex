@kind      actors
@title     Named groupings of states that act together in the news (P5+1, P5, E3, the Middle East Quartet, the Arab Quartet, G7)
@source    Public record of each grouping's membership (UN Security Council permanent members; the E3/EU+3 and P5+1 Iran talks 2006-2015 and the JCPOA; the Quartet on the Middle East, 2002; the 2017 Arab boycott of Qatar; G7 communiqués); curated by hand
@source    Codes follow shared/spec/coding-guide.md §2: a grouping is coded as each of its member states
@licence   CC BY 4.0 (this file); facts are not copyrightable
@curated   2026-11-29
@note      `members` lists the codes a mention stands for: «بين إيران ومجموعة 5+1» gives one event per member.
@note      Left out on purpose: bare «الدول الست» (also the six GCC states), «مجموعة العشرين» (too many members to be a party). «الدول الكبرى» (any great powers) is the P5+1 only in a story about Iran (`context IRN`).

actor P5+1
  type     igo
  names    مجموعة 5+1 | مجموعة خمسة زائد واحد | مجموعة الخمسة زائد واحد | مجموعة 5 + 1 | مجموعة الست | مجموعة الدول الست | القوى الست | القوى الست الكبرى | القوى الكبرى الست | القوى العالمية الست | القوى الدولية الست | الدول الست الكبرى | الدول الكبرى الست | الدول الكبرى الستّ
  members  USA | GBR | FRA | RUS | CHN | DEU

# «الاتفاق النووي الذي أبرمته الدول الكبرى مع إيران»: in a story about Iran the great powers are the P5+1
actor P5+1 (as «the great powers» of a story about Iran)
  type     igo
  names    الدول الكبرى | القوى الكبرى | القوى العالمية الكبرى | القوى الدولية الكبرى
  members  USA | GBR | FRA | RUS | CHN | DEU
  context  IRN

actor P4+1 (the JCPOA parties after the US withdrawal, 2018-)
  type     igo
  names    مجموعة 4+1 | مجموعة 4 + 1 | مجموعة أربعة زائد واحد
  members  GBR | FRA | DEU | RUS | CHN

actor Permanent members of the UN Security Council (P5)
  type     igo
  names    الدول الخمس دائمة العضوية | الدول الخمس الدائمة العضوية | الدول دائمة العضوية | الأعضاء الخمسة الدائمون | الأعضاء الدائمون في مجلس الأمن | الدول الخمس الكبرى
  members  USA | GBR | FRA | RUS | CHN

actor E3 (France, Germany, United Kingdom)
  type     igo
  names    الترويكا الأوروبية | الدول الأوروبية الثلاث | الدول الأوروبية الثلاثة | الثلاثي الأوروبي
  members  GBR | FRA | DEU

actor Quartet on the Middle East
  type     igo
  names    اللجنة الرباعية الدولية | الرباعية الدولية | اللجنة الرباعية للشرق الأوسط | اللجنة الرباعية الدولية للسلام
  members  USA | RUS | IGOEUREEC | IGOUNO

actor Arab Quartet (boycott of Qatar, 2017-2021)
  type     igo
  names    الرباعية العربية | الدول الأربع المقاطعة لقطر | الدول الأربع المقاطعة | دول المقاطعة الأربع | الدول الداعية لمكافحة الإرهاب
  members  SAU | ARE | BHR | EGY

actor Group of Seven (G7)
  type     igo
  names    مجموعة السبع | مجموعة الدول السبع | مجموعة الدول السبع الصناعية | مجموعة الدول الصناعية السبع | الدول الصناعية السبع الكبرى | مجموعة السبع الكبرى
  members  USA | GBR | FRA | DEU | ITA | JPN | CAN
