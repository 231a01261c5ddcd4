namespace Hadath.Text.Diagnostics;

/// <summary>
/// Every error and warning Hadath can report. The numeric value is the stable code users see
/// (<c>HD1001</c>); <see cref="ErrorCatalog"/> holds the message template of each.
/// </summary>
public enum DiagnosticCode
{
    // 1xxx: input files and decoding.
    FileNotFound = 1001,
    EmptyInput = 1002,
    BinaryInput = 1003,
    InvalidUtf8 = 1004,
    LineTooLong = 1005,
    InvalidUtf16 = 1006,
    InputTooLarge = 1007,
    UnreadableInput = 1008,
    MalformedJson = 1010,
    MissingField = 1011,
    InvalidDate = 1012,
    UnsupportedInput = 1013,

    // 2xxx: lexicon and pattern files.
    LexiconMissingDirective = 2001,
    LexiconUnknownDirective = 2002,
    LexiconUnknownEntryType = 2003,
    LexiconEntryKindMismatch = 2004,
    LexiconFieldOutsideEntry = 2005,
    LexiconUnknownField = 2006,
    LexiconNoNames = 2007,
    LexiconBadCode = 2008,
    LexiconBadDateRange = 2009,
    LexiconBadCoordinate = 2010,
    LexiconMissingField = 2011,
    LexiconConflict = 2012,
    LexiconDuplicate = 2013,
    LexiconEmptyForm = 2014,
    LexiconAmbiguousPlace = 2015,
    LexiconNoFiles = 2016,
    PatternSyntax = 2101,
    PatternUnknownCode = 2102,

    // 3xxx: command line usage.
    UsageError = 3001,
}
