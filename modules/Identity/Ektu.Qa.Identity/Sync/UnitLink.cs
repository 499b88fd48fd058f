namespace Ektu.Qa.Identity.Sync;

/// <summary>A unit's link to its source record (<c>id_sync_units</c>).</summary>
internal sealed record UnitLink(string ExternalId, Guid UnitId, bool IsActive, string Hash);
