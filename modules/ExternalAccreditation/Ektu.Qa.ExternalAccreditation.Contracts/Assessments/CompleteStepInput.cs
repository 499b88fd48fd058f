namespace Ektu.Qa.ExternalAccreditation.Assessments;

/// <summary>Completes the current step; the decide step needs <see cref="Undergo"/> (false withdraws the procedure).</summary>
public sealed class CompleteStepInput
{
    public Guid TaskId { get; set; }
    public bool? Undergo { get; set; }
    public string? Comment { get; set; }
    public int Version { get; set; }
}
