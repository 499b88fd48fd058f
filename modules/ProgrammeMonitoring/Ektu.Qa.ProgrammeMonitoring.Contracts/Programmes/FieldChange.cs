namespace Ektu.Qa.ProgrammeMonitoring.Programmes;

/// <summary>
/// One difference: the section, the row's key (outcome number, course code, "outcome|course"; empty for the
/// programme's own fields), the field, and the values before and after as text.
/// </summary>
public sealed record FieldChange(DiffSection Section, string Key, string Field, ChangeKind Kind, string? Before, string? After)
{
    /// <summary>A stable address of the cell, used to compare the changes of two proposals.</summary>
    public string Path => Key.Length == 0 ? $"{Section}.{Field}" : $"{Section}[{Key}].{Field}";
}
