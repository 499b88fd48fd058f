using Ektu.Qa.Kernel.Data;

namespace Ektu.Qa.QualityPolicy.Documents;

/// <summary>
/// A normative document; the aggregate root of its editions and change sheet, so every change to either bumps
/// <see cref="AuditedEntity.Version"/>. The approval fields mirror the edition currently in force (or approved).
/// </summary>
internal sealed class PolicyDocument : AuditedEntity
{
    public string Code { get; set; } = "";
    public DocumentType Type { get; set; }
    public string TitleKk { get; set; } = "";
    public string TitleRu { get; set; } = "";
    public string TitleEn { get; set; } = "";
    public Guid OwnerUnitId { get; set; }
    public Guid ScopeUnitId { get; set; }
    public DocumentState State { get; set; }
    public bool IsPublished { get; set; }
    public DateOnly? ApprovedOn { get; set; }
    public string? ApprovingBody { get; set; }
    public string? DecisionNumber { get; set; }
    public DateOnly? InForceOn { get; set; }
    public DateOnly? ReviewDueOn { get; set; }
    public int CurrentEdition { get; set; }

    public PolicyDocumentDto ToDto() => new()
    {
        Id = Id, Code = Code, Type = Type, TitleKk = TitleKk, TitleRu = TitleRu, TitleEn = TitleEn,
        OwnerUnitId = OwnerUnitId, ScopeUnitId = ScopeUnitId, State = State, IsPublished = IsPublished,
        ApprovedOn = ApprovedOn, ApprovingBody = ApprovingBody, DecisionNumber = DecisionNumber, InForceOn = InForceOn,
        ReviewDueOn = ReviewDueOn, CurrentEdition = CurrentEdition, Version = Version, UpdatedAt = UpdatedAt,
    };
}
