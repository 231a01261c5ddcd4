namespace Hadath.Coding;

/// <summary>Whether a trigger reports something that happened, and if not, why not.</summary>
public enum Modality
{
    Asserted,
    Negated,
    Possible,
    Conditional,
    Speculative,
    Future,
    Intended,
    Question,

    /// <summary>What usually happens («عادة ما تستهدف»): no particular act.</summary>
    Habitual,
}
