namespace Ektu.Qa.Identity.Sync;

/// <summary>
/// A member of staff or a student as the source system knows them. <see cref="UserName"/> defaults to the external id;
/// <see cref="UnitExternalId"/> names a unit pushed before (or a unit code). The study fields are the student's.
/// </summary>
public sealed record SyncPersonInput(
    string ExternalId, SyncPersonKind Kind, string FullName, string? UserName, string? Email, string UnitExternalId, string? Position,
    string? Programme, int? StudyYear, string? StudyForm, string? StudyLanguage);
