using Hadath.Text.Normalization;

namespace Hadath.Text.Tests.Segmentation;

/// <summary>
/// Scores clitic segmentation against Farasa's WikiNews reference (<c>WikiNews.pos.ref</c>) the
/// way shared/README.md defines it: the clitic boundaries of a word are the boundary after each
/// leading CONJ, PREP, DET, FUT_PART or PART segment and the boundary before a trailing PRON when
/// the stem is a NOUN, ADJ or PREP. Other reference boundaries (NSUFF, CASE, a verb's PRON) are
/// ignored on both sides: a predicted boundary there is neither right nor wrong. A word is right
/// when its counted boundaries are exactly the reference's. Letters are compared after
/// normalisation; Farasa restores the alef of ل+ال, which the surface elides (لل).
/// </summary>
internal sealed class FarasaReferenceScorer
{
    private static readonly HashSet<string> LeadingTags = ["CONJ", "PREP", "DET", "FUT_PART", "PART"];
    private static readonly HashSet<string> StemTags = ["NOUN", "ADJ", "PREP"];

    private readonly TextAnalyzer _analyzer;
    private readonly ArabicNormalizer _normalizer = new();

    public FarasaReferenceScorer(TextAnalyzer analyzer)
    {
        _analyzer = analyzer;
    }

    public sealed record Result(int Words, int Correct, IReadOnlyList<string> Errors)
    {
        public double Accuracy => Words == 0 ? 0 : (double)Correct / Words;
    }

    public Result Score(IEnumerable<string> lines, int keepErrors = 400)
    {
        var words = 0;
        var correct = 0;
        var errors = new List<string>();
        foreach (var line in lines)
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab < 0)
            {
                continue;
            }

            var segments = line[..tab].Split('+');
            var tags = line[(tab + 1)..].Split('+');
            if (tags.Length != segments.Length || tags[0] is "PUNC" or "refPOS(Farasa)")
            {
                continue;
            }

            var (surface, counted, ignored) = Reference(segments, tags);
            if (surface.Length == 0)
            {
                continue;
            }

            var predicted = Predict(surface);
            predicted.ExceptWith(ignored);
            words++;
            if (predicted.SetEquals(counted))
            {
                correct++;
            }
            else if (errors.Count < keepErrors)
            {
                errors.Add($"{line[..tab]}\t{string.Join(',', counted.Order())}\tpredicted {string.Join(',', predicted.Order())}");
            }
        }

        return new Result(words, correct, errors);
    }

    private (string Surface, HashSet<int> Counted, HashSet<int> Ignored) Reference(string[] segments, string[] tags)
    {
        var normalized = segments.Select(s => _normalizer.Normalize(s)).ToArray();

        // The alef of ال after ل is not written: ل+ال+محتوى is للمحتوى.
        for (var k = 1; k < normalized.Length; k++)
        {
            if (tags[k] == "DET" && normalized[k - 1] == "\u0644" && normalized[k].StartsWith('\u0627'))
            {
                normalized[k] = normalized[k][1..];
            }
        }

        var ends = new int[normalized.Length];
        var position = 0;
        for (var k = 0; k < normalized.Length; k++)
        {
            position += normalized[k].Length;
            ends[k] = position;
        }

        var counted = new HashSet<int>();
        var all = new HashSet<int>();
        for (var k = 0; k < normalized.Length - 1; k++)
        {
            all.Add(ends[k]);
        }

        var lead = 0;
        while (lead < normalized.Length - 1 && LeadingTags.Contains(tags[lead]))
        {
            counted.Add(ends[lead]);
            lead++;
        }

        var stem = Math.Min(lead, normalized.Length - 1);
        var last = normalized.Length - 1;
        if (last > 0 && tags[last] == "PRON" && StemTags.Contains(tags[stem]))
        {
            counted.Add(ends[last - 1]);
        }

        all.ExceptWith(counted);
        all.RemoveWhere(b => b <= 0 || b >= position);
        return (string.Concat(normalized), counted, all);
    }

    private HashSet<int> Predict(string surface)
    {
        var analyzed = _analyzer.Analyze(surface, detectDateline: false);
        var boundaries = new HashSet<int>();
        foreach (var token in analyzed.Tokens)
        {
            if (token.NormStart > 0)
            {
                boundaries.Add(token.NormStart);
            }

            var prefix = analyzed.Prefix(token);
            var at = token.NormStart;
            var i = 0;
            while (i < prefix.Length)
            {
                var width = prefix[i] == '\u0627' && i + 1 < prefix.Length && prefix[i + 1] == '\u0644' ? 2 : 1;
                i += width;
                at += width;
                boundaries.Add(at);
            }

            if (token.SuffixLength > 0)
            {
                boundaries.Add(token.CoreEnd);
            }
        }

        boundaries.Remove(surface.Length);
        return boundaries;
    }
}
