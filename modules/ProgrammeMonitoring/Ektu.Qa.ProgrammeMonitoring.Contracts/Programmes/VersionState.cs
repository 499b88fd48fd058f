namespace Ektu.Qa.ProgrammeMonitoring.Programmes;

/// <summary>
/// A version of a programme. Open versions are proposals; an approved version is frozen; a revised open version is
/// Replaced by its successor; an approved one is Superseded when a later version is approved.
/// </summary>
public enum VersionState
{
    Open,
    Approved,
    Replaced,
    Superseded,
    Withdrawn,
}
