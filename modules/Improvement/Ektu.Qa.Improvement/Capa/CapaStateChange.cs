namespace Ektu.Qa.Improvement.Capa;

/// <summary>What a move of a CAPA item stores: the new state and the dates and note that go with it.</summary>
internal sealed record CapaStateChange(
    CapaState State, DateOnly? ImplementedOn, DateOnly? CheckDueOn, string? Note, DateOnly? ClosedOn, int ReopenCount);
