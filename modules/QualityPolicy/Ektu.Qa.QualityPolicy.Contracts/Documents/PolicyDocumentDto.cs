using Ektu.Qa.Kernel.Localization;

namespace Ektu.Qa.QualityPolicy.Documents;

/// <summary>A policy document as read (list and details).</summary>
public sealed class PolicyDocumentDto
{
    public Guid Id { get; init; }
    public string Code { get; init; } = "";
    public DocumentType Type { get; init; }
    public string TitleKk { get; init; } = "";
    public string TitleRu { get; init; } = "";
    public string TitleEn { get; init; } = "";
    public Guid OwnerUnitId { get; init; }
    public Guid ScopeUnitId { get; init; }
    public DocumentState State { get; init; }
    public bool IsPublished { get; init; }
    public DateOnly? ApprovedOn { get; init; }
    public string? ApprovingBody { get; init; }
    public string? DecisionNumber { get; init; }
    public DateOnly? InForceOn { get; init; }
    public DateOnly? ReviewDueOn { get; init; }
    public int CurrentEdition { get; init; }
    public int Version { get; init; }
    public DateTime UpdatedAt { get; init; }

    /// <summary>Title in the current UI language.</summary>
    public string Title => LocalizerExtensions.Pick(TitleKk, TitleRu, TitleEn);
}
