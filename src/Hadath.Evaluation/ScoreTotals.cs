namespace Hadath.Evaluation;

/// <summary>
/// The guide §6 counts shared by one article's score and a whole gold set's, and the rates that
/// follow from them, defined once. <see cref="Predicted"/> includes the <see cref="Dropped"/>
/// keys, which precision leaves out of its denominator.
/// </summary>
public abstract record ScoreTotals
{
    /// <summary>Required gold entries.</summary>
    public required int GoldEvents { get; init; }

    public required int OptionalEvents { get; init; }

    /// <summary>Distinct predicted keys (primary source, primary target, root).</summary>
    public required int Predicted { get; init; }

    /// <summary>Unmatched keys an optional entry absorbs: neither rewarded nor penalised.</summary>
    public required int Dropped { get; init; }

    /// <summary>Matched pairs: as many keys as required entries, the matching being one-to-one.</summary>
    public required int Matched { get; init; }

    public required int FullCodeCorrect { get; init; }

    public required int RoleCorrect { get; init; }

    /// <summary>Matched pairs whose gold date is not null: pairs with a null gold date are not judged on date.</summary>
    public required int DateJudged { get; init; }

    public required int DateCorrect { get; init; }

    /// <summary>Distinct strict keys (whole source code, whole target code, root).</summary>
    public required int StrictPredicted { get; init; }

    /// <summary>Strict keys that match no required entry but some optional one: left out of strict precision.</summary>
    public required int StrictOptionalOnly { get; init; }

    /// <summary>Strict keys that match at least one required entry.</summary>
    public required int StrictMatched { get; init; }

    /// <summary>Required entries matched by at least one strict key.</summary>
    public required int StrictRecalled { get; init; }

    public double Precision => Metrics.Rate(Matched, Predicted - Dropped);

    public double Recall => Metrics.Rate(Matched, GoldEvents);

    public double F1 => Metrics.F1(Precision, Recall);

    public double FullCodeAccuracy => Metrics.Accuracy(FullCodeCorrect, Matched);

    public double RoleAccuracy => Metrics.Accuracy(RoleCorrect, Matched);

    public double DateAccuracy => Metrics.Accuracy(DateCorrect, DateJudged);

    public double StrictPrecision => Metrics.Rate(StrictMatched, StrictPredicted - StrictOptionalOnly);

    public double StrictRecall => Metrics.Rate(StrictRecalled, GoldEvents);

    public double StrictF1 => Metrics.F1(StrictPrecision, StrictRecall);
}
