using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Hadath.Coding;
using Hadath.Coding.Model;
using Hadath.Evaluation;
using Hadath.Text.Diagnostics;

namespace Hadath.Cli.Commands;

/// <summary>
/// <c>hadath eval --gold PATH [--json]</c>: scores the coder exactly as coding guide §6 (a folder of
/// gold article files) or §7 (a folder in the arabic_event_gsr layout) says.
/// </summary>
internal static class EvalCommand
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Build(CliContext context, EngineProvider engine)
    {
        var gold = new Option<string>("--gold") { Description = "A folder of gold article files (§6), or a folder with *_gsr.csv and *_spans.json (§7).", Required = true };
        var json = new Option<bool>("--json") { Description = "Print one JSON object with the figures instead of the readable report." };
        var worst = new Option<int>("--worst") { Description = "How many of the worst articles (§6), or of the false alarms and misses per type (§7), the readable report lists.", DefaultValueFactory = _ => 5 };
        var command = new Command("eval", "Score the coder against gold data (coding guide §6 for articles, §7 for sentence judgements).") { gold, json, worst };
        command.SetAction(parse =>
        {
            var path = context.ResolvePath(parse.GetValue(gold)!);
            if (!Directory.Exists(path))
            {
                throw new HadathException(ErrorCatalog.Create(DiagnosticCode.FileNotFound, parse.GetValue(gold), null));
            }

            try
            {
                if (Directory.EnumerateFiles(path, "*_gsr.csv").Any())
                {
                    Sentences(context, engine.Coder, path, parse.GetValue(json), parse.GetValue(worst));
                }
                else
                {
                    Articles(context, engine.Coder, path, parse.GetValue(json), parse.GetValue(worst));
                }
            }
            catch (EvaluationDataException e)
            {
                throw new HadathException(ErrorCatalog.Create(DiagnosticCode.MalformedJson, e.File, e.Line is { } l ? (int)l : null, e.Message));
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Articles(CliContext context, EventCoder coder, string path, bool json, int worst)
    {
        var articles = GoldReader.ReadFolder(path);
        var predictions = new List<PredictedEvent>();
        var coded = new Dictionary<string, IReadOnlyList<CodedEvent>>(StringComparer.Ordinal);
        foreach (var a in articles)
        {
            var events = coder.Code(new Article(a.Id, a.Published, a.Title, a.Text));
            coded[a.Id] = events;
            predictions.AddRange(events.Select(e => new PredictedEvent(a.Id, e.Source.Code, e.Target?.Code, e.Cameo, e.Date.Format())));
        }

        var score = new GoldScorer().Score(articles, predictions);
        if (json)
        {
            context.Out.WriteLine(JsonSerializer.Serialize(new Dictionary<string, object>
            {
                ["articles"] = score.Articles,
                ["gold_events"] = score.GoldEvents,
                ["predicted"] = score.Predicted - score.Dropped,
                ["matched"] = score.Matched,
                ["precision"] = Round(score.Precision),
                ["recall"] = Round(score.Recall),
                ["f1"] = Round(score.F1),
                ["full_code_accuracy"] = Round(score.FullCodeAccuracy),
                ["role_accuracy"] = Round(score.RoleAccuracy),
                ["date_accuracy"] = Round(score.DateAccuracy),
            }, Json));
            return;
        }

        var o = context.Out;
        var inv = CultureInfo.InvariantCulture;
        o.WriteLine(string.Create(inv, $"articles {score.Articles}, required gold events {score.GoldEvents} (+{score.OptionalEvents} optional), predicted keys {score.Predicted - score.Dropped} (+{score.Dropped} absorbed by optional entries), matched {score.Matched}"));
        o.WriteLine(string.Create(inv, $"precision {score.Precision:F3}  recall {score.Recall:F3}  F1 {score.F1:F3}"));
        o.WriteLine(string.Create(inv, $"strict (whole codes): precision {score.StrictPrecision:F3}  recall {score.StrictRecall:F3}  F1 {score.StrictF1:F3}"));
        o.WriteLine(string.Create(inv, $"on matched events: full-code accuracy {score.FullCodeAccuracy:F3}  role accuracy {score.RoleAccuracy:F3}  date accuracy {score.DateAccuracy:F3} ({score.DateCorrect}/{score.DateJudged} dated)"));
        o.WriteLine();
        o.WriteLine("per CAMEO root:  root  keys matched  required recalled   P      R      F1");
        foreach (var r in score.PerRoot)
        {
            o.WriteLine(string.Create(inv, $"                 {r.Root}    {r.Keys,4} {r.MatchedKeys,7}  {r.Required,8} {r.MatchedRequired,8}   {r.Precision:F2}   {r.Recall:F2}   {r.F1:F2}"));
        }

        o.WriteLine();
        o.WriteLine($"worst {worst} articles:");
        foreach (var a in score.WorstArticles(worst))
        {
            o.WriteLine(string.Create(inv, $"  {a.ArticleId}: F1 {a.F1:F2} ({a.Matched} matched, {a.FalsePositives.Count} false, {a.Misses.Count} missed)"));
            foreach (var fp in a.FalsePositives)
            {
                var evidence = coded[a.ArticleId].FirstOrDefault(e => Hadath.Lexicon.Model.ActorCodes.Primary(e.Source.Code) == fp.Source && e.Root == fp.Root)?.Evidence.Text;
                o.WriteLine($"    false: {fp.Source} → {(fp.Target.Length == 0 ? "-" : fp.Target)} {fp.Root}  «{Shorten(evidence)}»");
            }

            foreach (var miss in a.Misses)
            {
                o.WriteLine($"    missed: {string.Join('/', miss.Sources)} → {string.Join('/', miss.Targets)} {string.Join('/', miss.Cameo)}  «{Shorten(miss.Evidence)}»");
            }
        }
    }

    private static void Sentences(CliContext context, EventCoder coder, string path, bool json, int worst)
    {
        var set = GsrReader.ReadFolder(path);
        var predictions = new Dictionary<string, IReadOnlyList<PredictedEvent>>(StringComparer.Ordinal);
        var coded = new Dictionary<string, IReadOnlyList<CodedEvent>>(StringComparer.Ordinal);
        foreach (var s in set.Sentences)
        {
            if (predictions.ContainsKey(s.Id))
            {
                continue;
            }

            var events = coder.Code(new Article(s.Id, s.Published, string.Empty, s.Text));
            coded[s.Id] = events;
            predictions[s.Id] = events.Select(e => new PredictedEvent(s.Id, e.Source.Code, e.Target?.Code, e.Cameo, e.Date.Format())).ToList();
        }

        var score = new GsrScorer().Score(set.Sentences, predictions);
        if (json)
        {
            var result = new Dictionary<string, object>();
            foreach (var t in score.PerType)
            {
                result[t.EventType] = new Dictionary<string, double>
                {
                    ["precision"] = Round(t.Precision),
                    ["recall"] = Round(t.Recall),
                    ["f1"] = Round(t.F1),
                    ["source_match"] = Round(t.SourceMatch),
                    ["target_match"] = Round(t.TargetMatch),
                };
            }

            context.Out.WriteLine(JsonSerializer.Serialize(result, Json));
            return;
        }

        var inv = CultureInfo.InvariantCulture;
        foreach (var t in score.PerType)
        {
            context.Out.WriteLine(string.Create(inv, $"{t.EventType}: positives {t.Positives}, negatives {t.Negatives} (ambiguous {t.Ambiguous} left out); detected {t.TruePositives}, false alarms {t.FalsePositives}"));
            context.Out.WriteLine(string.Create(inv, $"  precision {t.Precision:F3}  recall {t.Recall:F3}  F1 {t.F1:F3}  source match {t.SourceMatch:F3} ({t.SourceMatched}/{t.SourceJudged})  target match {t.TargetMatch:F3} ({t.TargetMatched}/{t.TargetJudged})"));
        }

        if (worst <= 0)
        {
            return;
        }

        // Listing the sentences behind the figures is what lets an analyst tell a coder error from a label
        // the coding guide would not share.
        var byId = set.Sentences.GroupBy(s => s.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var t in score.PerType)
        {
            context.Out.WriteLine();
            context.Out.WriteLine(string.Create(inv, $"{t.EventType}: first {Math.Min(worst, t.FalseAlarms.Count)} of {t.FalseAlarms.Count} false alarms"));
            foreach (var id in t.FalseAlarms.Take(worst))
            {
                var s = byId[id];
                var e = coded[id].FirstOrDefault(c => GsrScorer.TypeOf(c.Cameo) == t.EventType);
                context.Out.WriteLine($"  {id} [{Label(s.Label)}] {e?.Source.Code} → {e?.Target?.Code ?? "-"} {e?.Cameo} «{e?.Evidence.Text}»");
                context.Out.WriteLine($"      {Shorten(s.Text)}");
            }

            context.Out.WriteLine(string.Create(inv, $"{t.EventType}: first {Math.Min(worst, t.Misses.Count)} of {t.Misses.Count} misses"));
            foreach (var id in t.Misses.Take(worst))
            {
                context.Out.WriteLine($"  {id}: {Shorten(byId[id].Text)}");
            }
        }
    }

    private static string Label(GsrLabel label) => label switch
    {
        GsrLabel.EasyNo => "easy no",
        GsrLabel.DifficultNo => "difficult no",
        GsrLabel.Yes => "yes",
        _ => "ambiguous",
    };

    private static double Round(double value) => Math.Round(value, 4);

    private static string Shorten(string? s) => s is null ? string.Empty : s.Length <= 90 ? s : s[..90] + "…";
}
