namespace Hadath.Evaluation;

/// <summary>
/// What the primary metric compares (guide §6): the primary identities of source and target
/// ("" for no actor) and the CAMEO root. For strict keys the actor fields hold whole codes.
/// </summary>
public sealed record EventKey(string Source, string Target, string Root)
{
    public override string ToString() => $"{(Source.Length == 0 ? "-" : Source)}→{(Target.Length == 0 ? "-" : Target)} {Root}";
}
