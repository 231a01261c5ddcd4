namespace Hadath.Text.Normalization;

/// <summary>
/// The pure normalisation algorithm: a character-by-character map with no knowledge of tokens or
/// pipelines (the analysis chain in <see cref="TextAnalyzer"/> composes it with the other stages).
/// Each input character maps to zero characters (diacritics, tatweel, direction marks), one, or
/// a few (lam-alef ligatures), so the caller can always keep a map back to the original offsets.
/// </summary>
/// <remarks>
/// Folds: harakat, tanween, shadda, sukun, dagger alef and Quranic marks (dropped); tatweel
/// (dropped); أ إ آ ٱ → ا; ى ی → ي; ؤ → و; ئ → ي; ک → ك; ہ ھ → ه; Arabic-Indic and Persian digits →
/// ASCII; presentation forms A and B → base letters; ZWNJ, ZWJ, LRM, RLM, ALM, bidi embeddings and
/// isolates, BOM (dropped); ، ؛ ؟ « » ٪ ٫ ٬ → ASCII (optional); ة → ه (optional).
/// </remarks>
public sealed class ArabicNormalizer
{
    private const int TableStart = 0x0600;
    private const int TableEnd = 0x06FF;
    private const int PresentationStart = 0xFB50;
    private const int PresentationEnd = 0xFEFF;

    // string.Empty = drop, null = keep as is; otherwise the replacement.
    private readonly string?[] _arabic = new string?[TableEnd - TableStart + 1];
    private readonly string?[] _presentation = new string?[PresentationEnd - PresentationStart + 1];

    public ArabicNormalizer()
        : this(NormalizerOptions.Default)
    {
    }

    public ArabicNormalizer(NormalizerOptions options)
    {
        Options = options;
        BuildArabicTable(options);
        BuildPresentationTable();
    }

    public NormalizerOptions Options { get; }

    /// <summary>The most characters one input character can become (the Allah ligature ﷲ → الله).</summary>
    public const int MaxExpansion = 4;

    /// <summary>
    /// The replacement of <paramref name="c"/>: <see langword="null"/> when it stays as it is,
    /// an empty string when it is dropped, otherwise the characters it becomes.
    /// </summary>
    public string? Map(char c)
    {
        if (c < 0x80)
        {
            return null;
        }

        if (c is >= (char)TableStart and <= (char)TableEnd)
        {
            return _arabic[c - TableStart];
        }

        if (c is >= (char)PresentationStart and <= (char)PresentationEnd)
        {
            return _presentation[c - PresentationStart];
        }

        return c switch
        {
            '\u200B' or '\u200C' or '\u200D' or '\u200E' or '\u200F' => string.Empty,
            >= '\u202A' and <= '\u202E' => string.Empty,
            >= '\u2066' and <= '\u2069' => string.Empty,
            '\u00AD' => string.Empty,
            '\u00A0' => " ",
            '\u00AB' or '\u00BB' when Options.FoldPunctuation => "\"",
            '\u201C' or '\u201D' or '\u201E' when Options.FoldPunctuation => "\"",
            '\u2013' or '\u2014' when Options.FoldPunctuation => "-",
            _ => null,
        };
    }

    /// <summary>True when <paramref name="c"/> vanishes under normalisation (marks, tatweel, invisible controls).</summary>
    public bool IsDropped(char c) => Map(c) is { Length: 0 };

    /// <summary>Normalises <paramref name="text"/> into a new string.</summary>
    public string Normalize(ReadOnlySpan<char> text)
    {
        var buffer = text.Length <= 256 ? stackalloc char[text.Length * MaxExpansion] : new char[text.Length * MaxExpansion];
        var written = Normalize(text, buffer);
        return new string(buffer[..written]);
    }

    /// <summary>
    /// Normalises <paramref name="text"/> into <paramref name="destination"/> (which needs room for
    /// <see cref="MaxExpansion"/> times the input in the worst case) and returns the number of characters written.
    /// </summary>
    public int Normalize(ReadOnlySpan<char> text, Span<char> destination)
    {
        var n = 0;
        foreach (var c in text)
        {
            var mapped = Map(c);
            if (mapped is null)
            {
                destination[n++] = c;
            }
            else
            {
                mapped.AsSpan().CopyTo(destination[n..]);
                n += mapped.Length;
            }
        }

        return n;
    }

    private void BuildArabicTable(NormalizerOptions options)
    {
        void Set(int c, string? value) => _arabic[c - TableStart] = value;

        // Honorific and Quranic marks, harakat, tanween, shadda, sukun, small high letters.
        for (var c = 0x0610; c <= 0x061A; c++)
        {
            Set(c, string.Empty);
        }

        for (var c = 0x064B; c <= 0x065F; c++)
        {
            Set(c, string.Empty);
        }

        Set(0x0670, string.Empty); // dagger alef
        for (var c = 0x06D6; c <= 0x06ED; c++)
        {
            Set(c, string.Empty);
        }

        Set(0x0640, string.Empty); // tatweel
        Set(0x061C, string.Empty); // Arabic letter mark
        Set(0x0622, "\u0627");
        Set(0x0623, "\u0627");
        Set(0x0625, "\u0627");
        Set(0x0671, "\u0627");
        Set(0x0672, "\u0627");
        Set(0x0673, "\u0627");
        Set(0x0675, "\u0627");
        Set(0x0649, "\u064A");
        Set(0x06CC, "\u064A");
        Set(0x06D2, "\u064A");
        Set(0x0624, "\u0648");
        Set(0x0626, "\u064A");
        Set(0x06A9, "\u0643");
        Set(0x06AA, "\u0643");
        Set(0x06C1, "\u0647");
        Set(0x06BE, "\u0647");
        Set(0x06D5, "\u0647");
        Set(0x06C0, "\u0647");
        if (options.FoldTaMarbuta)
        {
            Set(0x0629, "\u0647");
        }

        for (var d = 0; d < 10; d++)
        {
            var ascii = ((char)('0' + d)).ToString();
            Set(0x0660 + d, ascii);
            Set(0x06F0 + d, ascii);
        }

        if (options.FoldPunctuation)
        {
            Set(0x060C, ",");
            Set(0x061B, ";");
            Set(0x061F, "?");
            Set(0x066A, "%");
            Set(0x066B, ".");
            Set(0x066C, ",");
            Set(0x06D4, ".");
        }
    }

    private void BuildPresentationTable()
    {
        void Set(int c, string? value) => _presentation[c - PresentationStart] = value;

        // Presentation forms B (FE70-FEFC): contextual shapes of the basic letters, in Unicode order.
        // Each base letter has 2 (non-joining on the left) or 4 shapes.
        (string Letter, int Shapes)[] formsB =
        [
            ("\u0621", 1), ("\u0627", 2), ("\u0627", 2), ("\u0648", 2), ("\u0627", 2), ("\u064A", 4), ("\u0627", 2),
            ("\u0628", 4), ("\u0629", 2), ("\u062A", 4), ("\u062B", 4), ("\u062C", 4), ("\u062D", 4), ("\u062E", 4),
            ("\u062F", 2), ("\u0630", 2), ("\u0631", 2), ("\u0632", 2), ("\u0633", 4), ("\u0634", 4), ("\u0635", 4),
            ("\u0636", 4), ("\u0637", 4), ("\u0638", 4), ("\u0639", 4), ("\u063A", 4), ("\u0641", 4), ("\u0642", 4),
            ("\u0643", 4), ("\u0644", 4), ("\u0645", 4), ("\u0646", 4), ("\u0647", 4), ("\u0648", 2), ("\u064A", 2),
            ("\u064A", 4), ("\u0644\u0627", 2), ("\u0644\u0627", 2), ("\u0644\u0627", 2), ("\u0644\u0627", 2),
        ];
        var at = 0xFE80;
        foreach (var (letter, shapes) in formsB)
        {
            for (var s = 0; s < shapes; s++)
            {
                Set(at++, letter);
            }
        }

        // FE70-FE7F: isolated and medial shapes of harakat and tanween.
        for (var c = 0xFE70; c <= 0xFE7F; c++)
        {
            Set(c, string.Empty);
        }

        Set(0xFEFF, string.Empty); // BOM / zero-width no-break space

        // Presentation forms A: the Persian and Urdu letters that occur in Arabic-script news,
        // folded like their base forms, and the common word ligatures.
        for (var c = 0xFB8E; c <= 0xFB91; c++)
        {
            Set(c, "\u0643"); // keheh
        }

        for (var c = 0xFBFC; c <= 0xFBFF; c++)
        {
            Set(c, "\u064A"); // Farsi yeh
        }

        for (var c = 0xFBA6; c <= 0xFBAD; c++)
        {
            Set(c, "\u0647"); // heh goal, heh doachashmee
        }

        for (var c = 0xFBE8; c <= 0xFBE9; c++)
        {
            Set(c, "\u064A"); // alef maksura (uighur) forms
        }

        for (var c = 0xFC5E; c <= 0xFC63; c++)
        {
            Set(c, string.Empty); // shadda ligatures with harakat
        }

        for (var c = 0xFCF2; c <= 0xFCF4; c++)
        {
            Set(c, string.Empty);
        }

        Set(0xFDF2, "\u0627\u0644\u0644\u0647"); // Allah ligature
        Set(0xFD3E, "(");
        Set(0xFD3F, ")");
    }
}
