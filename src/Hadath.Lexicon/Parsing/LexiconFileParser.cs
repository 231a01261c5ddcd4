using System.Globalization;
using Hadath.Lexicon.Model;
using Hadath.Text.Diagnostics;

namespace Hadath.Lexicon.Parsing;

/// <summary>
/// Parses one lexicon file (format: docs/lexicon-format.md) into entries. It never stops at the
/// first problem: every malformed line becomes a <c>file:line</c> diagnostic and parsing goes on,
/// so <c>hadath lexicon check</c> lists them all. Forms are returned as written; normalisation
/// happens when the lexicon is compiled, with the same normaliser as the text.
/// </summary>
public sealed class LexiconFileParser
{
    private static readonly Dictionary<string, LexiconKind> Kinds = new(StringComparer.Ordinal)
    {
        ["countries"] = LexiconKind.Countries,
        ["actors"] = LexiconKind.Actors,
        ["agents"] = LexiconKind.Agents,
        ["places"] = LexiconKind.Places,
    };

    private static readonly Dictionary<string, LexiconKind> EntryTypes = new(StringComparer.Ordinal)
    {
        ["country"] = LexiconKind.Countries,
        ["actor"] = LexiconKind.Actors,
        ["agent"] = LexiconKind.Agents,
        ["place"] = LexiconKind.Places,
    };

    private static readonly HashSet<string> Directives = ["kind", "source", "licence", "license", "title", "curated", "note"];

    private static readonly Dictionary<LexiconKind, HashSet<string>> Fields = new()
    {
        [LexiconKind.Countries] = ["names", "adj", "capital", "alpha2"],
        [LexiconKind.Actors] = ["names", "code", "default", "type", "members", "context"],
        [LexiconKind.Agents] = ["names"],
        [LexiconKind.Places] = ["names", "country", "coord", "type", "rank"],
    };

    public sealed record Result(
        LexiconFileInfo Info,
        IReadOnlyList<CountryEntry> Countries,
        IReadOnlyList<ActorEntry> Actors,
        IReadOnlyList<AgentEntry> Agents,
        IReadOnlyList<PlaceEntry> Places,
        IReadOnlyList<Diagnostic> Diagnostics);

    public Result Parse(string path, IEnumerable<string> lines)
    {
        var state = new State(path);
        var lineNumber = 0;
        foreach (var raw in lines)
        {
            lineNumber++;
            var hash = raw.IndexOf('#', StringComparison.Ordinal);
            var line = (hash >= 0 ? raw[..hash] : raw).TrimEnd();
            if (line.Trim().Length == 0)
            {
                if (raw.Trim().Length == 0)
                {
                    state.EndEntry();
                }

                continue;
            }

            if (line[0] == '@')
            {
                state.EndEntry();
                ParseDirective(state, line, lineNumber);
            }
            else if (char.IsWhiteSpace(line[0]))
            {
                ParseField(state, line.Trim(), lineNumber);
            }
            else
            {
                state.EndEntry();
                StartEntry(state, line.Trim(), lineNumber);
            }
        }

        state.EndEntry();
        if (state.Kind is null)
        {
            state.Error(DiagnosticCode.LexiconMissingDirective, 1, "kind");
        }

        if (state.Sources.Count == 0)
        {
            state.Error(DiagnosticCode.LexiconMissingDirective, 1, "source");
        }

        var info = new LexiconFileInfo(path, state.Kind, state.Sources, state.Countries.Count + state.Actors.Count + state.Agents.Count + state.Places.Count);
        return new Result(info, state.Countries, state.Actors, state.Agents, state.Places, state.Diagnostics.OrderBy(d => d.Line ?? 0).ToList());
    }

    private static void ParseDirective(State state, string line, int lineNumber)
    {
        var (name, value) = SplitFirst(line[1..]);
        if (!Directives.Contains(name))
        {
            state.Error(DiagnosticCode.LexiconUnknownDirective, lineNumber, name);
            return;
        }

        if (name == "kind")
        {
            if (Kinds.TryGetValue(value, out var kind))
            {
                state.Kind = kind;
            }
            else
            {
                state.Error(DiagnosticCode.LexiconUnknownDirective, lineNumber, "kind " + value);
            }
        }
        else if (name == "source" && value.Length > 0)
        {
            state.Sources.Add(value);
        }
    }

    private static void StartEntry(State state, string line, int lineNumber)
    {
        var (type, rest) = SplitFirst(line);
        if (!EntryTypes.TryGetValue(type, out var kind))
        {
            state.Error(DiagnosticCode.LexiconUnknownEntryType, lineNumber, type);
            state.Current = Block.Invalid;
            return;
        }

        if (state.Kind is { } fileKind && fileKind != kind)
        {
            state.Error(DiagnosticCode.LexiconEntryKindMismatch, lineNumber, type, fileKind.ToString().ToLowerInvariant());
            state.Current = Block.Invalid;
            return;
        }

        state.Current = new Block(kind, rest, lineNumber);
    }

    private static void ParseField(State state, string line, int lineNumber)
    {
        var block = state.Current;
        if (block is null)
        {
            state.Error(DiagnosticCode.LexiconFieldOutsideEntry, lineNumber);
            return;
        }

        if (ReferenceEquals(block, Block.Invalid))
        {
            return; // The entry line was already reported; its fields add nothing.
        }

        var (name, value) = SplitFirst(line);
        if (!Fields[block.Kind].Contains(name))
        {
            state.Error(DiagnosticCode.LexiconUnknownField, lineNumber, name, block.Kind.ToString().ToLowerInvariant().TrimEnd('s'));
            return;
        }

        block.Fields.Add((name, value, lineNumber));
    }

    private static (string First, string Remainder) SplitFirst(string s)
    {
        s = s.Trim();
        var space = s.IndexOfAny([' ', '\t']);
        return space < 0 ? (s, string.Empty) : (s[..space], s[(space + 1)..].Trim());
    }

    private sealed class Block(LexiconKind kind, string header, int line)
    {
        public static readonly Block Invalid = new(LexiconKind.Actors, string.Empty, 0);

        public LexiconKind Kind { get; } = kind;

        public string Header { get; } = header;

        public int Line { get; } = line;

        public List<(string Name, string Value, int Line)> Fields { get; } = [];
    }

    private sealed class State(string path)
    {
        public string Path { get; } = path;

        public LexiconKind? Kind { get; set; }

        public List<string> Sources { get; } = [];

        public Block? Current { get; set; }

        public List<Diagnostic> Diagnostics { get; } = [];

        public List<CountryEntry> Countries { get; } = [];

        public List<ActorEntry> Actors { get; } = [];

        public List<AgentEntry> Agents { get; } = [];

        public List<PlaceEntry> Places { get; } = [];

        public void Error(DiagnosticCode code, int line, params object?[] args) => Diagnostics.Add(ErrorCatalog.Create(code, Path, line, args));

        public void EndEntry()
        {
            var block = Current;
            Current = null;
            if (block is null || ReferenceEquals(block, Block.Invalid))
            {
                return;
            }

            var location = new SourceLocation(Path, block.Line);
            var names = Forms(block, "names");
            if (names.Count == 0)
            {
                Error(DiagnosticCode.LexiconNoNames, block.Line, block.Header);
                return;
            }

            switch (block.Kind)
            {
                case LexiconKind.Countries:
                    EndCountry(block, names, location);
                    break;
                case LexiconKind.Actors:
                    EndActor(block, names, location);
                    break;
                case LexiconKind.Agents:
                    EndAgent(block, names, location);
                    break;
                case LexiconKind.Places:
                    EndPlace(block, names, location);
                    break;
            }
        }

        private void EndCountry(Block block, List<string> names, SourceLocation location)
        {
            var (code, name) = SplitFirst(block.Header);
            if (code.Length != 3 || !code.All(char.IsAsciiLetterUpper))
            {
                Error(DiagnosticCode.LexiconBadCode, block.Line, code);
                return;
            }

            var alpha2 = block.Fields.LastOrDefault(f => f.Name == "alpha2").Value;
            Countries.Add(new CountryEntry(code, name, names, Forms(block, "adj"), Forms(block, "capital"), alpha2, location));
        }

        private void EndActor(Block block, List<string> names, SourceLocation location)
        {
            var codes = new List<CodeAssignment>();
            var members = new List<string>();
            var context = new List<string>();
            string? defaultCode = null;
            var type = (string?)null;
            var ok = true;
            foreach (var (field, value, line) in block.Fields)
            {
                if (field == "code")
                {
                    var (code, rangeText) = SplitFirst(value);
                    if (!ActorCodes.IsValid(code))
                    {
                        Error(DiagnosticCode.LexiconBadCode, line, code);
                        ok = false;
                        continue;
                    }

                    var range = DateRange.Always;
                    if (rangeText.Length > 0 && !DateRange.TryParse(rangeText, out range, out var error))
                    {
                        Error(DiagnosticCode.LexiconBadDateRange, line, rangeText, error);
                        ok = false;
                        continue;
                    }

                    codes.Add(new CodeAssignment(code, range));
                }
                else if (field == "default")
                {
                    if (!ActorCodes.IsValid(value))
                    {
                        Error(DiagnosticCode.LexiconBadCode, line, value);
                        ok = false;
                    }

                    defaultCode = value;
                }
                else if (field == "type")
                {
                    type = value;
                }
                else if (field == "members")
                {
                    foreach (var member in value.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                    {
                        if (!ActorCodes.IsValid(member))
                        {
                            Error(DiagnosticCode.LexiconBadCode, line, member);
                            ok = false;
                            continue;
                        }

                        members.Add(member);
                    }
                }
                else if (field == "context")
                {
                    // Country codes only: the article must have named one of these countries.
                    foreach (var country in value.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                    {
                        if (country.Length != 3 || !ActorCodes.IsValid(country))
                        {
                            Error(DiagnosticCode.LexiconBadCode, line, country);
                            ok = false;
                            continue;
                        }

                        context.Add(country);
                    }
                }
            }

            // A grouping is coded by its members; its first member stands for it where one code is needed.
            if (codes.Count == 0 && members.Count > 0)
            {
                codes.Add(new CodeAssignment(members[0], DateRange.Always));
            }

            if (codes.Count == 0)
            {
                if (ok)
                {
                    Error(DiagnosticCode.LexiconMissingField, block.Line, block.Header, "code");
                }

                return;
            }

            if (ok)
            {
                type ??= codes.Any(c => !c.Range.IsAlways) ? "person" : "group";
                Actors.Add(new ActorEntry(block.Header, names, codes, defaultCode, type, location) { Members = members, Context = context });
            }
        }

        private void EndAgent(Block block, List<string> names, SourceLocation location)
        {
            var (role, gloss) = SplitFirst(block.Header);
            if (!ActorCodes.Roles.Contains(role))
            {
                Error(DiagnosticCode.LexiconBadCode, block.Line, role);
                return;
            }

            Agents.Add(new AgentEntry(role, gloss, names, location));
        }

        private void EndPlace(Block block, List<string> names, SourceLocation location)
        {
            var country = block.Fields.LastOrDefault(f => f.Name == "country");
            var coord = block.Fields.LastOrDefault(f => f.Name == "coord");
            var ok = true;
            if (country.Value is null)
            {
                Error(DiagnosticCode.LexiconMissingField, block.Line, block.Header, "country");
                ok = false;
            }
            else if (country.Value.Length != 3 || !country.Value.All(char.IsAsciiLetterUpper))
            {
                Error(DiagnosticCode.LexiconBadCode, country.Line, country.Value);
                ok = false;
            }

            double lat = 0, lon = 0;
            if (coord.Value is null)
            {
                Error(DiagnosticCode.LexiconMissingField, block.Line, block.Header, "coord");
                ok = false;
            }
            else
            {
                var parts = coord.Value.Split([' ', '\t', ','], StringSplitOptions.RemoveEmptyEntries);
                if (parts.Length != 2
                    || !double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out lat)
                    || !double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out lon)
                    || lat is < -90 or > 90 || lon is < -180 or > 180)
                {
                    Error(DiagnosticCode.LexiconBadCoordinate, coord.Line, coord.Value);
                    ok = false;
                }
            }

            var rank = 0;
            var rankField = block.Fields.LastOrDefault(f => f.Name == "rank");
            if (rankField.Value is not null && !int.TryParse(rankField.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out rank))
            {
                Error(DiagnosticCode.LexiconMissingField, rankField.Line, block.Header, "rank (a whole number)");
                ok = false;
            }

            if (ok)
            {
                var type = block.Fields.LastOrDefault(f => f.Name == "type").Value ?? "place";
                Places.Add(new PlaceEntry(block.Header, names, country.Value!, lat, lon, type, rank, location));
            }
        }

        private List<string> Forms(Block block, string field)
        {
            var forms = new List<string>();
            foreach (var (name, value, line) in block.Fields)
            {
                if (name != field)
                {
                    continue;
                }

                foreach (var part in value.Split('|'))
                {
                    var form = part.Trim();
                    if (form.Length == 0)
                    {
                        Error(DiagnosticCode.LexiconEmptyForm, line, block.Header);
                        continue;
                    }

                    forms.Add(form);
                }
            }

            return forms;
        }
    }
}
