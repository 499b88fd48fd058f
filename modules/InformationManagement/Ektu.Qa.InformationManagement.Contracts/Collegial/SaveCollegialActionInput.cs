namespace Ektu.Qa.InformationManagement.Collegial;

/// <summary>An item added to the plan: what is to be done, who answers for it, by when.</summary>
public sealed class SaveCollegialActionInput
{
    public string Action { get; set; } = "";
    public string Responsible { get; set; } = "";
    public DateOnly? Deadline { get; set; }
}
