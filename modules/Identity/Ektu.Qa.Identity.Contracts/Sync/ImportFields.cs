namespace Ektu.Qa.Identity.Sync;

/// <summary>The fields of <see cref="SyncPersonInput"/> a column of an imported file can be mapped to.</summary>
public static class ImportFields
{
    public const string ExternalId = nameof(SyncPersonInput.ExternalId);
    public const string Kind = nameof(SyncPersonInput.Kind);
    public const string FullName = nameof(SyncPersonInput.FullName);
    public const string UnitExternalId = nameof(SyncPersonInput.UnitExternalId);

    /// <summary>Every field, in the order the mapping form shows them.</summary>
    public static readonly IReadOnlyList<string> All =
    [
        ExternalId, Kind, FullName, nameof(SyncPersonInput.UserName), nameof(SyncPersonInput.Email), UnitExternalId,
        nameof(SyncPersonInput.Position), nameof(SyncPersonInput.Programme), nameof(SyncPersonInput.StudyYear),
        nameof(SyncPersonInput.StudyForm), nameof(SyncPersonInput.StudyLanguage),
    ];

    /// <summary>The fields every import must map.</summary>
    public static readonly IReadOnlyList<string> Required = [ExternalId, Kind, FullName, UnitExternalId];
}
