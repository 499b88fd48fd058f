using Ektu.Qa.Identity.OrganizationUnits;

namespace Ektu.Qa.Identity.Sync;

/// <summary>An organisation unit as the source system knows it; <see cref="ParentExternalId"/> is empty for the root.</summary>
public sealed record SyncUnitInput(
    string ExternalId, string Code, OrganizationUnitKind Kind, string? ParentExternalId, string NameKk, string NameRu, string NameEn);
