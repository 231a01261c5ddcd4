namespace Hadath.Evaluation;

/// <summary>
/// A predicted key paired with the required gold entry it was matched to, with the finer checks of
/// guide §6. Each check passes when some prediction behind the key passes it.
/// <see cref="DateCorrect"/> is null when the gold date is null: there is nothing to check.
/// </summary>
public sealed record KeyMatch(EventKey Key, GoldEvent Entry, int EntryIndex, bool FullCodeCorrect, bool RoleCorrect, bool? DateCorrect);
