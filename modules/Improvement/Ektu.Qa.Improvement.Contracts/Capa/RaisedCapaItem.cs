namespace Ektu.Qa.Improvement.Capa;

/// <summary>The one item of a record (<see cref="ICapaIntegrationService.RaiseOnceAsync"/>); <see cref="IsNew"/> when this call raised it.</summary>
public sealed record RaisedCapaItem(CapaItemDto Item, bool IsNew);
