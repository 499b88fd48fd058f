namespace Ektu.Qa.InformationManagement.Audits;

/// <summary>One audit with its checklist and findings.</summary>
public sealed record AuditDetailsDto(InternalAuditDto Audit, IReadOnlyList<ChecklistItemDto> Checklist, IReadOnlyList<AuditFindingDto> Findings);
