namespace Hadath.Testing;

/// <summary>
/// A throwaway data folder with a small hand-written lexicon, so recogniser rules are tested on
/// entries the test controls (not on whatever the curated lexicon holds today).
/// </summary>
public sealed class MiniData : IDisposable
{
    public const string Countries = """
        @kind countries
        @source test
        country LBY Libya
          names ليبيا
          adj ليبي | ليبية | ليبيون
          capital طرابلس
        country ITA Italy
          names إيطاليا
          adj إيطالي | إيطالية
          capital روما
        country TUR Turkey
          names تركيا
          adj تركي | تركية | أتراك
          capital أنقرة
        country USA United States
          names الولايات المتحدة | أمريكا
          adj أمريكي | أمريكية
        country RUS Russia
          names روسيا
          adj روسي | روسية
          capital موسكو
        country GBR United Kingdom
          names بريطانيا | المملكة المتحدة
        country EGY Egypt
          names مصر
        """;

    public const string Agents = """
        @kind agents
        @source test
        agent GOV government
          names حكومة
        agent GOV president
          names رئيس
        agent GOV foreign minister
          names وزير الخارجية | وزير خارجية
        agent MIL army
          names جيش | قوات مسلحة
        agent CVL demonstrators
          names متظاهرون | متظاهرين
        """;

    public const string Actors = """
        @kind actors
        @source test
        actor Fayez al-Sarraj
          names فايز السراج | فائز السراج
          code LBYGOV 2016-03-30..2021-03-15
        actor Khalifa Haftar
          names خليفة حفتر
          code LBYMIL 2014..
        actor European Union
          names الاتحاد الأوروبي
          code IGOEUREEC
        """;

    public const string Patterns = """
        @kind patterns
        @source test
        event 012 express concern
          verb أعرب
          with قلق
          target إزاء | من
        event 012 concern (predicate)
          noun قلق | قلقة
          target من | إزاء
        event 042 visit
          verb زار | يزور
          noun زيارة
          target * | إلى
        event 040 meet
          verb التقى | اجتمع
          noun لقاء
          target * | مع | ب
          symmetric
        event 057 sign agreement
          verb وقع
          with اتفاق | اتفاقية
          target مع
          symmetric
        event 111 criticize
          verb انتقد | ندد
          target * | ب
        event 195 air strike
          noun غارات | غارة
          target على
        event 190 fight
          verb قصف
          noun قصف
          target *
        event 020 appeal
          verb دعا
          target * | إلى
        event 141 demonstrate
          verb تظاهر
          noun مظاهرات | مظاهرة
        """;

    public MiniData(string? actors = null, string? patterns = null, string? agents = null, string? countries = null, string? places = null)
    {
        Directory = Path.Combine(Path.GetTempPath(), "hadath-test-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Path.Combine(Directory, "lexicon"));
        System.IO.Directory.CreateDirectory(Path.Combine(Directory, "cameo"));
        System.IO.Directory.CreateDirectory(Path.Combine(Directory, "text"));
        File.WriteAllText(Path.Combine(Directory, "lexicon", "countries.lex"), countries ?? Countries);
        File.WriteAllText(Path.Combine(Directory, "lexicon", "agents.lex"), agents ?? Agents);
        File.WriteAllText(Path.Combine(Directory, "lexicon", "actors.lex"), actors ?? Actors);
        if (places is not null)
        {
            File.WriteAllText(Path.Combine(Directory, "lexicon", "places.lex"), "@kind places\n@source test\n" + places);
        }
        System.IO.Directory.CreateDirectory(Path.Combine(Directory, "patterns"));
        File.WriteAllText(Path.Combine(Directory, "patterns", "test.pat"), patterns ?? Patterns);
        var bundled = BundledData.Directory;
        File.Copy(Path.Combine(bundled, "cameo", "cameo-codes.tsv"), Path.Combine(Directory, "cameo", "cameo-codes.tsv"));
        foreach (var file in System.IO.Directory.EnumerateFiles(Path.Combine(bundled, "text")))
        {
            File.Copy(file, Path.Combine(Directory, "text", Path.GetFileName(file)));
        }
    }

    public string Directory { get; }


    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
