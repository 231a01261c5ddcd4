namespace Hadath.Evaluation;

/// <summary>The annotators' verdict on a sentence (guide §7): "yes" is positive, the two "no"s negative, ambiguous left out.</summary>
public enum GsrLabel
{
    Yes,
    EasyNo,
    DifficultNo,
    Ambiguous,
}
