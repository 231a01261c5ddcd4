namespace Hadath.Lexicon.Recognition;

/// <summary>How an actor mention was recognised, which tells the coder how much to trust it.</summary>
public enum MentionKind
{
    /// <summary>A country's name («روسيا»).</summary>
    Country,

    /// <summary>A capital used as a metonym («موسكو قلقة»); may also be a place.</summary>
    Capital,

    /// <summary>A nisba adjective alone («التركية»): a modifier, an actor only when nothing better is near.</summary>
    Adjective,

    /// <summary>A named actor from the lexicon: a person, an IGO, a group, an organ.</summary>
    Named,

    /// <summary>An agent combined with a country or actor («وزير الخارجية الإيطالي» → ITAGOV).</summary>
    Composite,

    /// <summary>An agent with no country («المتظاهرون» → CVL): coreference may complete it.</summary>
    Agent,
}
