using System.Collections.Frozen;
using System.Globalization;
using Hadath.Coding.Cameo;
using Hadath.Lexicon.Model;
using Hadath.Text;
using Hadath.Text.Decoding;
using Hadath.Text.Diagnostics;
using Hadath.Text.Tokenization;

namespace Hadath.Coding.Patterns;

/// <summary>
/// Reads and compiles <c>*.pat</c> files (docs/pattern-format.md). Every problem is reported as
/// <c>file:line</c>; forms go through the same analyser as article text, verbs to their light
/// stems and nouns to their clitic-free cores.
/// </summary>
public sealed class PatternLoader
{
    private static readonly FrozenSet<string> Fields = new[] { "verb", "noun", "with", "without", "target", "symmetric", "passive", "priority", "unarmed", "armed", "militant", "verbform", "spelled", "participle", "predicate", "about", "targeted", "impersonal", "own", "hal", "window" }.ToFrozenSet(StringComparer.Ordinal);
    private readonly TextAnalyzer _analyzer;
    private readonly CameoCatalog _cameo;

    public PatternLoader(TextAnalyzer analyzer, CameoCatalog cameo)
    {
        _analyzer = analyzer;
        _cameo = cameo;
    }

    /// <summary>
    /// The raw trigger and companion forms of every pattern file, read without compiling: the
    /// segmenter's vocabulary must know them before the patterns are compiled, or a verb such as
    /// «التقى» or «فرضت» would be cut like a word with a clitic.
    /// </summary>
    public static IEnumerable<string> ReadForms(string directory)
    {
        if (!Directory.Exists(directory))
        {
            yield break;
        }

        foreach (var path in Directory.EnumerateFiles(directory, "*.pat", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            foreach (var raw in File.ReadLines(path))
            {
                var hash = raw.IndexOf('#', StringComparison.Ordinal);
                var line = (hash >= 0 ? raw[..hash] : raw).Trim();
                var (name, value) = SplitFirst(line);
                if (name is "verb" or "noun" or "with" or "without")
                {
                    foreach (var form in Forms(value))
                    {
                        yield return form.TrimStart('=');
                    }
                }
            }
        }
    }

    public (PatternSet Patterns, IReadOnlyList<Diagnostic> Diagnostics) LoadDirectory(string directory)
    {
        var patterns = new List<EventPattern>();
        var diagnostics = new List<Diagnostic>();
        var files = Directory.Exists(directory) ? Directory.EnumerateFiles(directory, "*.pat", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList() : [];
        foreach (var path in files)
        {
            var display = Path.Combine(Path.GetFileName(Path.GetDirectoryName(path)) ?? string.Empty, Path.GetFileName(path));
            if (!new TextDecoder().TryDecode(File.ReadAllBytes(path), display, out var text, out var error))
            {
                diagnostics.Add(error!);
                continue;
            }

            Parse(display, text!.Split('\n'), patterns, diagnostics);
        }

        return (new PatternSet(patterns), diagnostics);
    }

    public void Parse(string file, IEnumerable<string> lines, List<EventPattern> patterns, List<Diagnostic> diagnostics)
    {
        var sources = 0;
        var kind = false;
        Block? block = null;
        var number = 0;

        void End()
        {
            if (block is not null)
            {
                var pattern = Compile(file, block, diagnostics);
                if (pattern is not null)
                {
                    patterns.Add(pattern);
                }
            }

            block = null;
        }

        foreach (var raw in lines)
        {
            number++;
            var hash = raw.IndexOf('#', StringComparison.Ordinal);
            var line = (hash >= 0 ? raw[..hash] : raw).TrimEnd();
            if (line.Trim().Length == 0)
            {
                if (raw.Trim().Length == 0)
                {
                    End();
                }

                continue;
            }

            if (line[0] == '@')
            {
                End();
                var (name, value) = SplitFirst(line[1..]);
                if (name == "kind")
                {
                    kind = value == "patterns";
                    if (!kind)
                    {
                        diagnostics.Add(ErrorCatalog.Create(DiagnosticCode.PatternSyntax, file, number, $"@kind must be 'patterns', not '{value}'"));
                    }
                }
                else if (name == "source")
                {
                    sources++;
                }
                else if (name is not ("licence" or "license" or "title" or "curated" or "note"))
                {
                    diagnostics.Add(ErrorCatalog.Create(DiagnosticCode.PatternSyntax, file, number, $"unknown directive '@{name}'"));
                }
            }
            else if (char.IsWhiteSpace(line[0]))
            {
                if (block is null)
                {
                    diagnostics.Add(ErrorCatalog.Create(DiagnosticCode.PatternSyntax, file, number, "indented field line outside an event entry"));
                    continue;
                }

                var (name, value) = SplitFirst(line);
                if (!Fields.Contains(name))
                {
                    diagnostics.Add(ErrorCatalog.Create(DiagnosticCode.PatternSyntax, file, number, $"unknown field '{name}' (expected verb, verbform, spelled, hal, noun, with, without, target, symmetric, passive, participle, predicate, about, targeted, impersonal, own, unarmed, armed, militant, priority or window)"));
                    continue;
                }

                block.Fields.Add((name, value, number));
            }
            else
            {
                End();
                var (type, rest) = SplitFirst(line);
                var (code, name) = SplitFirst(rest);
                if (type != "event")
                {
                    diagnostics.Add(ErrorCatalog.Create(DiagnosticCode.PatternSyntax, file, number, $"unknown entry type '{type}' (expected 'event CODE NAME')"));
                    continue;
                }

                if (!_cameo.Contains(code))
                {
                    diagnostics.Add(ErrorCatalog.Create(DiagnosticCode.PatternUnknownCode, file, number, code));
                    continue;
                }

                block = new Block(code, name, number);
            }
        }

        End();
        if (!kind)
        {
            diagnostics.Add(ErrorCatalog.Create(DiagnosticCode.PatternSyntax, file, 1, "the header has no '@kind patterns' line"));
        }

        if (sources == 0)
        {
            diagnostics.Add(ErrorCatalog.Create(DiagnosticCode.PatternSyntax, file, 1, "the header has no @source line"));
        }
    }

    private EventPattern? Compile(string file, Block block, List<Diagnostic> diagnostics)
    {
        var verbs = new HashSet<string>(StringComparer.Ordinal);
        var verbWords = new HashSet<string>(StringComparer.Ordinal);
        var nouns = new HashSet<string>(StringComparer.Ordinal);
        var heads = new HashSet<string>(StringComparer.Ordinal);
        var phrases = new List<IReadOnlyList<string>>();
        var with = new HashSet<string>(StringComparer.Ordinal);
        var without = new HashSet<string>(StringComparer.Ordinal);
        var withStems = new HashSet<string>(StringComparer.Ordinal);
        var withoutStems = new HashSet<string>(StringComparer.Ordinal);
        var withExact = new HashSet<string>(StringComparer.Ordinal);
        var withoutExact = new HashSet<string>(StringComparer.Ordinal);
        var targets = new HashSet<string>(StringComparer.Ordinal);
        var direct = false;
        var symmetric = false;
        var passive = false;
        var participle = false;
        var predicate = false;
        var about = false;
        var targeted = false;
        var impersonal = false;
        var own = false;
        var withRoles = new HashSet<string>(StringComparer.Ordinal);
        var withPlaces = false;
        var halWords = new HashSet<string>(StringComparer.Ordinal);
        var spelledWords = new HashSet<string>(StringComparer.Ordinal);
        var spellings = new List<string>();
        var priority = 0;
        int? window = null;
        string? unarmed = null;
        string? armed = null;
        string? militant = null;
        foreach (var (name, value, line) in block.Fields)
        {
            switch (name)
            {
                case "verb":
                    foreach (var form in Forms(value))
                    {
                        var cores = Cores(form);
                        if (cores.Count > 0)
                        {
                            var stem = _analyzer.Stemmer.StemToString(cores[0]);
                            verbs.Add(stem);

                            // «ينفي» lists «تنفي» too: the stemmer keeps the prefix of a short weak verb, whose «ت» form is then a
                            // stem of its own; as a whole word, since that stem may be another word («تعزي» → «تعز», the city).
                            if (stem[0] == '\u064A' && SheForm(cores[0]) is { } she)
                            {
                                verbWords.Add(she);
                            }
                        }
                    }

                    break;
                case "verbform":
                case "hal":
                    foreach (var form in Forms(value))
                    {
                        if (Cores(form) is [var whole])
                        {
                            verbWords.Add(whole);

                            if (name == "hal")
                            {
                                halWords.Add(whole);
                            }
                        }
                        else
                        {
                            diagnostics.Add(ErrorCatalog.Create(DiagnosticCode.PatternSyntax, file, line, $"{name} '{form}' must be one word"));
                        }
                    }

                    break;
                case "spelled":
                    foreach (var form in Forms(value))
                    {
                        if (Cores(form) is [var written])
                        {
                            verbWords.Add(written);
                            spelledWords.Add(written);
                            spellings.Add(WithoutMarks(form));
                        }
                        else
                        {
                            diagnostics.Add(ErrorCatalog.Create(DiagnosticCode.PatternSyntax, file, line, $"{name} '{form}' must be one word"));
                        }
                    }

                    break;
                case "noun":
                    foreach (var form in Forms(value))
                    {
                        var cores = Cores(form);
                        if (cores.Count == 1)
                        {
                            nouns.Add(cores[0]);
                        }
                        else if (cores.Count > 1)
                        {
                            heads.Add(cores[0]);
                            phrases.Add(cores);
                        }
                    }

                    break;
                case "with":
                case "without":
                    foreach (var form in Forms(value))
                    {
                        // «@REB»: an actor of that role, not a word («طرد الحوثيين»).
                        if (form.StartsWith('@'))
                        {
                            if (name == "with" && form == "@PLACE")
                            {
                                withPlaces = true;
                            }
                            else if (name == "with" && form.Length == 4 && form.Skip(1).All(char.IsAsciiLetterUpper))
                            {
                                withRoles.Add(form[1..]);
                            }
                            else
                            {
                                diagnostics.Add(ErrorCatalog.Create(DiagnosticCode.PatternSyntax, file, line, $"'{form}' is not a role: write @ and a three-letter role code (@REB, @MIL), or @PLACE, in a 'with' line"));
                            }

                            continue;
                        }

                        // Each word is sought on its own: «طائرة تقل» would stop the pattern at any «طائرة». Say so
                        // rather than split it silently.
                        if (Cores(form.TrimStart('=')) is { Count: > 1 })
                        {
                            diagnostics.Add(ErrorCatalog.Create(DiagnosticCode.PatternSyntax, file, line, $"'{form}' has several words; '{name}' words are matched one by one, so write one word per form"));
                            continue;
                        }

                        // «=مساعدات»: the word itself or its inflections, not every word of its stem («مساعديه», the
                        // minister's aides, share the stem of «مساعدات», aid).
                        var exact = form.StartsWith('=');
                        foreach (var core in Cores(exact ? form[1..] : form))
                        {
                            (name == "with" ? with : without).Add(core);
                            if (!exact)
                            {
                                (name == "with" ? withStems : withoutStems).Add(_analyzer.Stemmer.StemToString(core));
                            }
                            else
                            {
                                (name == "with" ? withExact : withoutExact).Add(core);
                            }
                        }
                    }

                    break;
                case "target":
                    foreach (var form in Forms(value))
                    {
                        if (form == "*")
                        {
                            direct = true;
                        }
                        else
                        {
                            targets.Add(_analyzer.Normalizer.Normalize(form));
                        }
                    }

                    break;
                case "symmetric":
                    symmetric = true;
                    break;
                case "passive":
                    passive = true;
                    break;
                case "participle":
                    participle = true;
                    break;
                case "predicate":
                    predicate = true;
                    break;
                case "about":
                    about = true;
                    break;
                case "targeted":
                    targeted = true;
                    break;
                case "impersonal":
                    impersonal = true;
                    break;
                case "own":
                    own = true;
                    break;
                case "unarmed":
                    unarmed = KnownCode(value, file, line, diagnostics);
                    break;
                case "armed":
                    armed = KnownCode(value, file, line, diagnostics);
                    break;
                case "militant":
                    militant = KnownCode(value, file, line, diagnostics);
                    break;
                case "priority":
                    if (!int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out priority))
                    {
                        diagnostics.Add(ErrorCatalog.Create(DiagnosticCode.PatternSyntax, file, line, $"priority '{value}' is not a whole number"));
                    }

                    break;
                case "window":
                    if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var words) && words is >= 1 and <= EventPattern.MaxWithWindow)
                    {
                        window = words;
                    }
                    else
                    {
                        diagnostics.Add(ErrorCatalog.Create(DiagnosticCode.PatternSyntax, file, line, $"window '{value.Trim()}' is not a number of words from 1 to {EventPattern.MaxWithWindow}"));
                    }

                    break;
            }
        }

        if (verbs.Count == 0 && nouns.Count == 0 && heads.Count == 0 && verbWords.Count == 0)
        {
            diagnostics.Add(ErrorCatalog.Create(DiagnosticCode.PatternSyntax, file, block.Line, $"event {block.Code} has neither a verb, a verbform nor a noun trigger"));
            return null;
        }

        if (targets.Count == 0 && !direct)
        {
            targets.UnionWith(EventPattern.DefaultPrepositions);
            direct = true;
        }

        return new EventPattern(block.Code, block.Name, new WordSet(verbs), new WordSet(nouns.Concat(heads)), phrases, new WordSet(with), new WordSet(without), new WordSet(targets), direct, symmetric, passive, priority, new SourceLocation(file, block.Line))
        {
            UnarmedCode = unarmed,
            ArmedCode = armed,
            MilitantCode = militant,
            Participle = participle,
            Predicate = predicate,
            About = about,
            Targeted = targeted,
            Impersonal = impersonal,
            OwnSource = own,
            WithWindow = window ?? EventPattern.MaxWithWindow,
            WithRoles = withRoles.ToFrozenSet(StringComparer.Ordinal),
            WithPlaces = withPlaces,
            WithStems = new WordSet(withStems),
            AbstractBases = new WordSet(with.Where(w => w.Length > 4 && w.EndsWith("\u064A\u0629", StringComparison.Ordinal)).Select(w => w[..^2])),
            WithoutStems = new WordSet(withoutStems),
            WithExact = new WordSet(withExact),
            WithoutExact = new WordSet(withoutExact),
            VerbWords = new WordSet(verbWords),
            HalWords = new WordSet(halWords),
            SpelledWords = new WordSet(spelledWords),
            Spellings = spellings,
            PhraseOnlyHeads = new WordSet(heads.Where(h => !nouns.Contains(h))),
        };
    }

    private List<string> Cores(string form)
    {
        var analyzed = _analyzer.Analyze(form, detectDateline: false);
        return analyzed.Tokens.Where(t => t.Kind == TokenKind.Arabic).Select(t => analyzed.Core(t).ToString()).ToList();
    }

    /// <summary>A form as written, without vowel marks (U+064B–U+0652, U+0670) or tatweel.</summary>
    internal static string WithoutMarks(ReadOnlySpan<char> written)
    {
        var kept = new System.Text.StringBuilder(written.Length);
        foreach (var c in written)
        {
            if (c is not (>= '\u064B' and <= '\u0652' or '\u0670' or '\u0640'))
            {
                kept.Append(c);
            }
        }

        return kept.ToString();
    }

    /// <summary>A CAMEO code a directive names, or null with a diagnostic when the catalogue has no such code.</summary>
    private string? KnownCode(string value, string file, int line, List<Diagnostic> diagnostics)
    {
        var code = value.Trim();
        if (_cameo.Contains(code))
        {
            return code;
        }

        diagnostics.Add(ErrorCatalog.Create(DiagnosticCode.PatternUnknownCode, file, line, code));
        return null;
    }

    /// <summary>The imperfect of «هي» for a listed imperfect of «هو» («يدعو» → «تدعو»), or null for any other form.</summary>
    private static string? SheForm(string core) => core.Length >= 3 && core[0] == '\u064A' ? "\u062A" + core[1..] : null;

    private static IEnumerable<string> Forms(string value) => value.Split('|').Select(f => f.Trim()).Where(f => f.Length > 0);

    private static (string First, string Remainder) SplitFirst(string s)
    {
        s = s.Trim();
        var space = s.IndexOfAny([' ', '\t']);
        return space < 0 ? (s, string.Empty) : (s[..space], s[(space + 1)..].Trim());
    }

    private sealed record Block(string Code, string Name, int Line)
    {
        public List<(string Name, string Value, int Line)> Fields { get; } = [];
    }
}
