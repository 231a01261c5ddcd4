using Hadath.Coding.Model;
using Hadath.Text;

namespace Hadath.Store.Model;

/// <summary>
/// Finds the sentences that hold an article's mentions, so the store can show the sentence
/// behind every number. It splits each field the way the coder does (Hadath.Text) and picks the
/// sentence that contains each evidence span's start, which does not rely on how the coder
/// numbers sentences. Only fields with mentions are analysed; thread-safe.
/// </summary>
public sealed class SentenceLocator
{
    private readonly TextAnalyzer _analyzer;

    public SentenceLocator(TextAnalyzer analyzer)
    {
        _analyzer = analyzer;
    }

    public IReadOnlyList<SentenceSpan> Locate(Article article, IReadOnlyList<CodedEvent> events)
    {
        var result = new List<SentenceSpan>();
        var byField = events.SelectMany(e => e.Mentions.Count > 0 ? e.Mentions.Select(m => m.Evidence) : [e.Evidence]).GroupBy(e => e.Field, StringComparer.Ordinal);
        foreach (var field in byField)
        {
            var text = field.Key switch
            {
                "title" => article.Title,
                "text" => article.Text,
                _ => null,
            };
            if (string.IsNullOrEmpty(text))
            {
                continue;
            }

            var sentences = _analyzer.Analyze(text, detectDateline: field.Key == "text").Sentences;
            foreach (var start in field.Select(e => e.Start).Distinct().Order())
            {
                foreach (var s in sentences)
                {
                    if (start >= s.Start && start < s.End && !result.Exists(r => r.Field == field.Key && r.Start == s.Start))
                    {
                        result.Add(new SentenceSpan(field.Key, s.Start, s.End, text[s.Start..s.End]));
                        break;
                    }
                }
            }
        }

        return result;
    }
}
