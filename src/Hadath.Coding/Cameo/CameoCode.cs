namespace Hadath.Coding.Cameo;

/// <summary>One CAMEO event code with its GDELT QuadClass, Goldstein weight and PLOVER mapping.</summary>
public sealed record CameoCode(string Code, string Name, int QuadClass, double Goldstein, string? PloverType, string? PloverMode, string? PloverContext)
{
    /// <summary>The two-digit family ("02" for "0212").</summary>
    public string Root => Code[..2];
}
