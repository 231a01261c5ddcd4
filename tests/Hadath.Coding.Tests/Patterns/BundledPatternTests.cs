using Hadath.Coding.Model;
using Hadath.Testing;

namespace Hadath.Coding.Tests.Patterns;

/// <summary>Table-driven cases for the bundled patterns and lexicon: each row is a sentence and an event it must, or must not, give.</summary>
public sealed class BundledPatternTests : IClassFixture<BundledPatternTests.Engine>
{
    private readonly HadathEngine _engine;

    public BundledPatternTests(Engine fixture)
    {
        _engine = fixture.Value;
    }

    private List<string> Keys(string text, DateOnly published)
        => [.. _engine.Coder.Code(new Article("t", published, string.Empty, text)).Select(e => $"{e.Source.Code}>{e.Target?.Code ?? "-"}:{e.Cameo}")];

    [Theory]
    [InlineData("ومن مصر سينتقل كيري الاثنين إلى الدوحة.", "USAGOV>QATGOV:036")]
    [InlineData("وانتقل وزير الخارجية الروسي إلى القاهرة.", "RUSGOV>EGYGOV:042")]
    [InlineData("وأحكم الجيش اليمني سيطرته على مدينة زنجبار.", "YEMMIL>YEM:192")]
    [InlineData("وقالت مصادر إن انتحاريا فجر نفسه في سوق ببغداد.", "UAF>IRQ:1831")]
    [InlineData("وقالت بغداد إن طائرات التحالف الدولي توفر غطاء جويا للقوات الشرعية.", "USAMIL>MIL:072")]
    [InlineData("وقالت مصادر إن الطائرات الإسرائيلية أطلقت خمسة صواريخ على الموقع.", "ISRMIL>-:194")]
    [InlineData("ويشن التحالف العربي منذ أشهر حملة جوية ضد المتمردين الحوثيين.", "SAUMIL>YEMREB:195")]
    [InlineData("وقالت مصر إنها تثق في القرارات التي تتخذها القيادة السعودية.", "EGY>SAUGOV:051")]
    [InlineData("وسمعت انفجارات ناجمة عن غارات جوية كثيفة تشنها مقاتلات التحالف بقيادة السعودية التي توفر غطاء جويا لقوات الشرعية في اليمن.", "SAUMIL>YEMMIL:072")]
    [InlineData("وسمعت انفجارات ناجمة عن غارات جوية كثيفة تشنها مقاتلات التحالف بقيادة السعودية التي توفر غطاء جويا لقوات الشرعية في اليمن.", "SAUMIL>-:195")]
    [InlineData("تجددت المظاهرات في بورما أمس ضد النظام العسكري الحاكم.", "CVL>MMRGOV:141")]
    [InlineData("قام متظاهرون في ضواحي نابولي بالاحتجاج على قرار الحكومة الإيطالية.", "CVL>ITAGOV:140")]
    [InlineData("وفرقت الشرطة المصرية مظاهرة نظمتها جماعة الإخوان المسلمين في القاهرة.", "EGYCOP>EGYPTY:175")]
    [InlineData("وفرقت الشرطة المصرية مظاهرة نظمتها جماعة الإخوان المسلمين في القاهرة.", "EGYPTY>-:141")]
    [InlineData("وحذرت الولايات المتحدة وبعض دول جنوب شرق آسيا من تزايد الخطر.", "SEA>-:012")]
    [InlineData("دعا دبلوماسيون من جنوب شرق آسيا الصين إلى معالجة المخاوف.", "SEA>CHN:020")]
    [InlineData("ونصبت المقاومة الشعبية اليمنية كمينا مسلحا استهدف دورية عسكرية تابعة للحوثيين.", "YEMREB>YEMREB:190")]
    [InlineData("وهاجمت القوات اليمنية دورية تابعة للحوثيين.", "YEMMIL>YEMREB:180")]
    [InlineData("وقتل ثلاثة جنود مصريين في سيناء.", "UAF>EGYMIL:1823")]
    [InlineData("وقتل الجيش المصري ثلاثة مسلحين في سيناء.", "EGYMIL>EGYREB:1823")]
    [InlineData("وقالت الشرطة المصرية إنها قتلت ثلاثة مسلحين في سيناء.", "EGYCOP>REB:1823")]
    [InlineData("وتمكنت القوات اليمنية من تحرير المدينة من المليشيات الحوثية.", "YEMMIL>YEMREB:192")]
    [InlineData("ووصف وزير الخارجية القطري نظام بشار الأسد بالفاقد للشرعية.", "QATGOV>SYRGOV:111")]
    [InlineData("ووصف الرئيس اليمني الملك سلمان بالحكيم.", "YEMGOV>SAUGOV:051")]
    [InlineData("وقال وزير الخارجية الروسي سيرجي لافروف إنه يتعين أن تتعاون الولايات المتحدة مع الرئيس السوري بشار الأسد.", "RUSGOV>USA:021")]
    [InlineData("وستعقد محادثات أمنية إقليمية في كوالالمبور سيحضرها وزير الخارجية الأميركي جون كيري.", "USAGOV>MYS:036")]
    [InlineData("وحضر الرئيس اليمني القمة العربية في القاهرة.", "YEMGOV>EGYGOV:044")]
    [InlineData("وقالت الشرطة إن عشرين شخصا على الأقل قتلوا في الانفجار.", "UAF>CVL:1823")]
    [InlineData("واتهم ممثلو ادعاء بريطانيون رجلا أمس بالتآمر.", "GBRJUD>-:112")]
    [InlineData("وفي الأسبوع الماضي استهدفت المتمردين الأكراد في شمال العراق.", "UAF>REB:190")]
    [InlineData("واحتشد آلاف المتظاهرين أمام السفارة الأميركية في القاهرة.", "CVL>USAGOV:141")]
    [InlineData("ومارست إسرائيل وأنصارها في واشنطن ضغوطًا قوية لإقناع الكونجرس بالتصويت ضد الاتفاق.", "ISR>USALEG:020")]
    [InlineData("وجاء التأكيد على مقررات جنيف، لكن الجانب الأميركي رفض الحل العسكري.", "USAGOV>-:120")]
    [InlineData("وأثار الاتفاق رفضا من جانب مصر.", "EGY>-:120")]
    [InlineData("وتقول الولايات المتحدة إنه يتعين رحيل الرئيس السوري بشار الأسد.", "USA>SYRGOV:1041")]
    [InlineData("وسيطرت المقاومة الشعبية اليمنية على القاعدة وفرار الحوثيين.", "YEMREB>YEMREB:0874")]
    [InlineData("وكان رئيس تكتل التغيير والإصلاح العماد ميشال عون قد شن هجوما عنيفا على الحكومة.", "LBNPTY>GOV:111")]
    public void Code_BundledSentence_GivesTheEvent(string text, string key)
        => Assert.Contains(key, Keys(text, new DateOnly(2015, 8, 2)));

    [Theory]
    [InlineData("وانتقل الوزير السابق إلى رحمة الله.", "042")]
    [InlineData("وانتقلت العدوى إلى مصر.", "042")]
    [InlineData("وقال مسؤول أميركي طلب عدم الكشف عن هويته إن واشنطن تدرس الأمر.", "020")]
    [InlineData("وأصدرت وزارة الداخلية المصرية بيانا بشأن تنفيذ حكم القتل في أحد الجناة.", "116")]
    [InlineData("وقالت مصر إن الحرب تهدد حياة ملايين المدنيين وتقطع طرق الإمداد.", "13")]
    [InlineData("وتشارك لبنان في تظاهرة المسرح العربي في القاهرة.", "14")]
    [InlineData("واجتاحت السيول عائلة سعودية في الرياض.", "192")]
    [InlineData("ووجهت الانتقادات إلى سوريا التي اعتصمت بالصمت.", "14")]
    [InlineData("وتطالب الصين بالسيادة على معظم بحر الصين الجنوبي كما تطالب بالسيادة على مناطق منه كل من بروناي وماليزيا.", "02")]
    [InlineData("وقال رئيس تحرير الصحيفة إن الحكومة اليمنية ترفض سيطرة المليشيات.", "192")]
    [InlineData("ووصف وزير الخارجية القطري الزيارة بالناجحة.", "111")]
    [InlineData("وحضر اللقاء وزير الخارجية السعودي.", "044")]
    [InlineData("وتقدمت القوات الإثيوبية صوب المدينة التي تحتل موقعا استراتيجيا في إقليم باي.", "192")]
    [InlineData("وتمارس الأزمة الاقتصادية ضغوطا على الحكومة المصرية.", "020")]
    [InlineData("وقالت مصر إنه يتعين تعزيز التعاون مع السعودية.", "104")]
    [InlineData("لكن أوبك تركز على الدفاع عن نصيبها في السوق.", "18")]
    [InlineData("وقطعت القوات الحكومية طرق إمداد الحوثيين في تعز.", "14")]
    [InlineData("ويصر المسؤولون في الولايات المتحدة على أن النزاع يجب أن يحل بالطرق السلمية.", "10")]
    public void Code_BundledSentence_GivesNoEventOfThatCode(string text, string code)
        => Assert.DoesNotContain(Keys(text, new DateOnly(2015, 8, 2)), k => k[(k.IndexOf(':', StringComparison.Ordinal) + 1)..].StartsWith(code, StringComparison.Ordinal));

    [Theory]
    [InlineData("وسمعت انفجارات ناجمة عن غارات جوية كثيفة تشنها مقاتلات التحالف بقيادة السعودية التي توفر غطاء جويا لقوات الشرعية في اليمن.", "SAUMIL>YEMMIL:195")]
    [InlineData("وأدان الوزير اغتيال رفيق الحريري الذي اغتيل في بيروت.", "LBNELI>LBN:186")]
    [InlineData("وسيطرت القوات اليمنية المدعومة من التحالف العربي الذي تقوده السعودية على مدينة عدن.", "YEMMIL>SAUMIL:192")]
    [InlineData("وسيطرت القوات اليمنية المدعومة من التحالف العربي الذي تقوده السعودية على مدينة عدن.", "YEMMIL>SAU:192")]
    [InlineData("وقال وزير الخارجية الروسي سيرجي لافروف إنه يتعين أن تتعاون الولايات المتحدة مع الرئيس السوري بشار الأسد.", "USA>SYRGOV:060")]
    [InlineData("واندلعت معركة استعادة قاعدة العند في محافظة لحج.", "YEM>UAF:190")]
    [InlineData("وبعد جلسة طارئة لبحث الهجوم الإسرائيلي على قطاع غزة، تلا السفير الروسي بيانا.", "ISR>RUSGOV:180")]
    [InlineData("وقتل ثلاثة أشخاص في انفجار سيارة مفخخة مركونة على جانب الطريق.", "UAF>GOV:1832")]
    [InlineData("واندلعت معارك عنيفة مع مليشيات الحوثي في الضالع.", "YEMREB>UAF:190")]
    [InlineData("وقال البنتاغون إن الولايات المتحدة وشركاءها نفذوا 5964 طلعة جوية في العراق وسوريا.", "USA>SYR:195")]
    [InlineData("وقال البنتاغون إن الولايات المتحدة وشركاءها نفذوا 5964 طلعة جوية في العراق وسوريا.", "USAGOV>-:195")]
    [InlineData("وتعقد روسيا اجتماعات منتظمة مع أعضاء في منظمة أوبك لبحث تلك المسألة لكن أوبك تركز على الدفاع عن نصيبها.", "IGOBUSOPC>-:040")]
    public void Code_BundledSentence_DoesNotGiveTheEvent(string text, string key)
        => Assert.DoesNotContain(key, Keys(text, new DateOnly(2015, 8, 2)));

    public sealed class Engine
    {
        public HadathEngine Value { get; } = HadathEngine.Load(BundledData.Directory);
    }
}
