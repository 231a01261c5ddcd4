namespace Hadath.Evaluation;

/// <summary>
/// Primary-metric figures for one CAMEO root. Keys are filed under their own root; a required
/// entry is filed under the root of its first (best) listed code, and counts as recalled when
/// matched whatever the root of the key that matched it.
/// </summary>
public sealed record RootScore(string Root, int Keys, int MatchedKeys, int Required, int MatchedRequired)
{
    public double Precision => Metrics.Rate(MatchedKeys, Keys);

    public double Recall => Metrics.Rate(MatchedRequired, Required);

    public double F1 => Metrics.F1(Precision, Recall);
}
