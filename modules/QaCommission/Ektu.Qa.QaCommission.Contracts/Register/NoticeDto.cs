namespace Ektu.Qa.QaCommission.Register;

/// <summary>A notice the module sent to a person (kept here until the Kernel's mail outbox carries them too).</summary>
public sealed class NoticeDto
{
    public Guid Id { get; init; }
    public Guid CommissionId { get; init; }
    public Guid RecipientUserId { get; init; }
    public string Kind { get; init; } = "";
    public string Subject { get; init; } = "";
    public string? Link { get; init; }
    public DateTime CreatedAt { get; init; }

    /// <summary>Localization key of the notice's title.</summary>
    public string TitleKey => "QaCommission:Notice." + Kind;
}
