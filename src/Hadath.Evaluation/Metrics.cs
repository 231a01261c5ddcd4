namespace Hadath.Evaluation;

/// <summary>How every figure in this library turns counts into rates, so the conventions live in one place.</summary>
internal static class Metrics
{
    /// <summary>
    /// Precision and recall over an empty denominator are 1: nothing was claimed wrongly, or
    /// nothing was there to find. An article without required events and without output is
    /// then perfect instead of topping the "worst articles" list.
    /// </summary>
    public static double Rate(int hits, int total) => total == 0 ? 1.0 : (double)hits / total;

    /// <summary>Accuracies over zero judged pairs are 0, not 1: a headline "100%" built on no evidence would mislead. Reports print the counts beside them.</summary>
    public static double Accuracy(int hits, int total) => total == 0 ? 0.0 : (double)hits / total;

    public static double F1(double precision, double recall)
        => precision + recall == 0 ? 0.0 : 2 * precision * recall / (precision + recall);
}
