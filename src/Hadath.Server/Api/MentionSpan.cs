namespace Hadath.Server.Api;

/// <summary>Where an event is stated in the article: the field, the UTF-16 offsets into it, and the text.</summary>
public sealed record MentionSpan(int Sentence, string Field, int Start, int End, string Evidence, string? Trigger, string Modality);
