namespace Ektu.Qa.QualityPolicy.Documents;

/// <summary>A new row of the change-registration sheet; number, who and registration date are set by the service.</summary>
public sealed class AddDocumentChangeInput
{
    public string Pages { get; set; } = "";
    public string Reason { get; set; } = "";
    public DateOnly? ChangedOn { get; set; }
}
