namespace Ektu.Qa.ProgrammeMonitoring.Programmes;

/// <summary>How a field or table cell differs between two versions.</summary>
public enum ChangeKind
{
    Added,
    Removed,
    Changed,
}
