namespace Ektu.Qa.InformationManagement.Indicators;

/// <summary>What happened to one row of an import or one item of a push: a repeated item with the same value is unchanged.</summary>
public enum ItemOutcome
{
    Created,
    Updated,
    Unchanged,
    Failed,
}
