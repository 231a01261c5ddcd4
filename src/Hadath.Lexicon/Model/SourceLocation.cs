namespace Hadath.Lexicon.Model;

/// <summary>Where an entry was defined, so every diagnostic and explanation can point back to it.</summary>
public readonly record struct SourceLocation(string File, int Line)
{
    public override string ToString() => $"{File}:{Line.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
}
