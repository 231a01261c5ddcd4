namespace Hadath.Cli;

/// <summary>The process exit codes every verb uses.</summary>
public static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>The input (a file, a lexicon, an article) is bad; the message names it.</summary>
    public const int BadInput = 1;

    /// <summary>The command line itself is wrong.</summary>
    public const int Usage = 2;

    /// <summary>A defect in Hadath itself; the message asks for a report.</summary>
    public const int Internal = 70;
}
