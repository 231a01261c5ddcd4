using System.Collections.Frozen;
using Hadath.Lexicon.Matching;
using Hadath.Lexicon.Model;
using Hadath.Text;
using Hadath.Text.Diagnostics;
using Hadath.Text.Segmentation;
using Hadath.Text.Tokenization;

namespace Hadath.Lexicon;

/// <summary>
/// Compiles parsed entries into a <see cref="CompiledLexicon"/>: each form is analysed by the
/// same <see cref="TextAnalyzer"/> as article text (normalisation, clitic segmentation), its word
/// cores become a trie key, and forms that clash are reported: the same key coded differently
/// over overlapping dates is an error, a repeated form a warning.
/// </summary>
public sealed class LexiconCompiler
{
    private readonly TextAnalyzer _analyzer;

    public LexiconCompiler(TextAnalyzer analyzer)
    {
        _analyzer = analyzer;
    }

    public (CompiledLexicon Lexicon, IReadOnlyList<Diagnostic> Diagnostics) Compile(LexiconData data)
    {
        var builder = new PhraseTrie.Builder();
        var diagnostics = new List<Diagnostic>();
        var forms = 0;
        var bare = new HashSet<string>(StringComparer.Ordinal);
        var withArticle = new HashSet<string>(StringComparer.Ordinal);
        var feminines = new HashSet<string>(StringComparer.Ordinal);

        void AddForms(IEnumerable<string> raw, HitKind kind, int index, SourceLocation location)
        {
            foreach (var form in raw)
            {
                var (key, article) = KeyAndArticle(form);
                if (key.Count == 0)
                {
                    diagnostics.Add(ErrorCatalog.Create(DiagnosticCode.LexiconEmptyForm, location.File, location.Line, form));
                    continue;
                }

                var hit = new LexiconHit(kind, index);
                foreach (var existing in builder.HitsOf(key))
                {
                    CheckClash(data, form, hit, existing, location, diagnostics);
                }

                builder.Add(key, hit);
                forms++;
                if (key.Count == 1)
                {
                    (article ? withArticle : bare).Add(key[0]);
                }
            }
        }

        for (var i = 0; i < data.Countries.Count; i++)
        {
            var c = data.Countries[i];
            AddForms(c.Names, HitKind.CountryName, i, c.Location);
            AddForms(c.Adjectives.Concat(Duals(c.Adjectives)).Distinct(StringComparer.Ordinal), HitKind.CountryAdjective, i, c.Location);
            AddForms(c.Capitals, HitKind.Capital, i, c.Location);

            // A feminine nisba that is also the country's name is left out of the file («السعودية», «سورية»), yet the
            // adjective stands bare after a noun («طائرة سعودية») and takes the article after a definite one
            // («الحكومة السورية»): either way it is written.
            foreach (var adj in c.Adjectives.Where(a => !a.Contains(' ', StringComparison.Ordinal) && a.EndsWith('\u064A')))
            {
                if (KeyOf(adj + "\u0629") is [var feminine])
                {
                    feminines.Add(feminine);
                }
            }
        }

        for (var i = 0; i < data.Actors.Count; i++)
        {
            AddForms(data.Actors[i].Names, HitKind.Actor, i, data.Actors[i].Location);
        }

        for (var i = 0; i < data.Agents.Count; i++)
        {
            AddForms(data.Agents[i].Names, HitKind.Agent, i, data.Agents[i].Location);
        }

        for (var i = 0; i < data.Places.Count; i++)
        {
            AddForms(data.Places[i].Names, HitKind.Place, i, data.Places[i].Location);
        }

        return (new CompiledLexicon(data, builder.Build(), forms, withArticle.Except(bare).Except(feminines).ToFrozenSet(StringComparer.Ordinal), bare.Except(withArticle).Except(feminines).ToFrozenSet(StringComparer.Ordinal)), diagnostics);
    }

    /// <summary>
    /// The duals of the nisba adjectives, which files rarely list: روسي → روسيان، روسيين، روسيتان، روسيتين, and the
    /// accusative singular a count takes (صيني → صينيا);
    /// روسية → روسيتان، روسيتين («طائرتان سعوديتان», «جنديين تركيين»). The masculine oblique «ـيين» is also the
    /// sound plural, regular for every nisba even where the file gives a broken one («أتراك»).
    /// </summary>
    private static IEnumerable<string> Duals(IEnumerable<string> adjectives)
    {
        foreach (var adj in adjectives)
        {
            if (adj.Contains(' ', StringComparison.Ordinal))
            {
                continue;
            }

            if (adj.EndsWith('\u064A'))
            {
                // The accusative singular counted by a number from 11 («153 صينيا»).
                yield return adj + "\u0627";

                // The feminine dual too: files leave out a feminine that is also the country's name («السعودية»).
                yield return adj + "\u0627\u0646";
                yield return adj + "\u064A\u0646";
                yield return adj + "\u062A\u0627\u0646";
                yield return adj + "\u062A\u064A\u0646";
            }
            else if (adj.EndsWith('\u0629') && adj.Length > 2 && adj[^2] == '\u064A')
            {
                yield return adj[..^1] + "\u062A\u0627\u0646";
                yield return adj[..^1] + "\u062A\u064A\u0646";
            }
        }
    }

    /// <summary>The trie key of a form: the cores of its words, as the text will show them.</summary>
    public IReadOnlyList<string> KeyOf(string form) => KeyAndArticle(form).Key;

    /// <summary>The trie key of a form, and whether its first word carries the article.</summary>
    private (List<string> Key, bool Article) KeyAndArticle(string form)
    {
        var analyzed = _analyzer.Analyze(form, detectDateline: false);
        var key = new List<string>(analyzed.Tokens.Count);
        Span<char> buffer = stackalloc char[64];
        foreach (var token in analyzed.Tokens)
        {
            if ((token.IsWord || token.Kind == TokenKind.Number || PhraseTrie.IsJoiner(analyzed, token)) && !(key.Count > 0 && PhraseTrie.IsDetachedWaw(analyzed, token)))
            {
                // The first word keeps its proclitics only when the name itself begins with one («وام» → «و+ام»):
                // in text, «وروسيا» must still find «روسيا».
                key.Add((key.Count == 0 && (token.Proclitics & ~Proclitics.Al) == Proclitics.None ? PhraseTrie.Key(analyzed, token, buffer) : PhraseTrie.InnerKey(analyzed, token, buffer)).ToString());
            }
        }

        return (key, analyzed.Tokens.Count > 0 && (analyzed.Tokens[0].Proclitics & Proclitics.Al) != 0);
    }

    private static void CheckClash(LexiconData data, string form, LexiconHit hit, LexiconHit existing, SourceLocation location, List<Diagnostic> diagnostics)
    {
        if (existing == hit)
        {
            return; // Spellings of one entry that only differ by the article or by marks fold together, as intended.
        }

        if (hit.Kind == HitKind.Place && existing.Kind == HitKind.Place)
        {
            var a = data.Places[hit.Index];
            var b = data.Places[existing.Index];
            if (a.Rank == b.Rank && a.Country != b.Country)
            {
                diagnostics.Add(ErrorCatalog.Create(DiagnosticCode.LexiconAmbiguousPlace, location.File, location.Line, form, b.Location));
            }

            return;
        }

        // Entries that each hold only in the articles about their own countries do not clash: the story decides.
        if (hit.Kind == HitKind.Actor && existing.Kind == HitKind.Actor && data.Actors[hit.Index].Context.Count > 0 && data.Actors[existing.Index].Context.Count > 0
            && !data.Actors[hit.Index].Context.Intersect(data.Actors[existing.Index].Context, StringComparer.Ordinal).Any())
        {
            return;
        }

        var mine = Codes(data, hit);
        var theirs = Codes(data, existing);
        if (mine.Count == 0 || theirs.Count == 0)
        {
            return;
        }

        foreach (var m in mine)
        {
            foreach (var t in theirs)
            {
                if (m.Range.Overlaps(t.Range) && m.Code != t.Code)
                {
                    diagnostics.Add(ErrorCatalog.Create(DiagnosticCode.LexiconConflict, location.File, location.Line, form, m.Code, t.Code, LocationOf(data, existing)));
                    return;
                }
            }
        }

        if (mine.Select(m => m.Code).SequenceEqual(theirs.Select(t => t.Code)))
        {
            diagnostics.Add(ErrorCatalog.Create(DiagnosticCode.LexiconDuplicate, location.File, location.Line, form, LocationOf(data, existing)));
        }
    }

    /// <summary>The codes a hit stands for, when it names an actor outright (country names and actors; not adjectives, capitals or agents).</summary>
    private static IReadOnlyList<CodeAssignment> Codes(LexiconData data, LexiconHit hit) => hit.Kind switch
    {
        HitKind.CountryName => [new CodeAssignment(data.Countries[hit.Index].Code, DateRange.Always)],
        HitKind.Actor => data.Actors[hit.Index].Codes,
        _ => [],
    };

    private static SourceLocation LocationOf(LexiconData data, LexiconHit hit) => hit.Kind switch
    {
        HitKind.CountryName or HitKind.CountryAdjective or HitKind.Capital => data.Countries[hit.Index].Location,
        HitKind.Actor => data.Actors[hit.Index].Location,
        HitKind.Agent => data.Agents[hit.Index].Location,
        _ => data.Places[hit.Index].Location,
    };
}
