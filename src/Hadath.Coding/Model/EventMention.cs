namespace Hadath.Coding.Model;

/// <summary>One place in the article that reports an event: which sentence, and the evidence span.</summary>
public sealed record EventMention(int Sentence, Evidence Evidence, string Trigger, string Pattern);
