using Ektu.Qa.Kernel.Auditing;

namespace Ektu.Qa.Identity.AuditLogs;

/// <summary>
/// One audit entry. <see cref="Module"/>, <see cref="Entity"/>, <see cref="Action"/> and <see cref="Changes"/> (JSON) are the
/// stored codes, for filters and machines; the <c>…Name</c> properties and <see cref="ChangeList"/> are what a person reads,
/// in the request's language, with times on the university's clock.
/// </summary>
public sealed record AuditLogEntryDto
{
    public Guid Id { get; init; }
    public DateTime OccurredAt { get; init; }
    public string UserName { get; init; } = "";
    public string Module { get; init; } = "";
    public string Entity { get; init; } = "";
    public Guid EntityId { get; init; }
    public string Action { get; init; } = "";
    public string? Changes { get; init; }
    public string CorrelationId { get; init; } = "";

    public string ModuleName { get; init; } = "";
    public string EntityName { get; init; } = "";
    public string ActionName { get; init; } = "";
    public IReadOnlyList<AuditChangeLine> ChangeList { get; init; } = [];

    /// <summary>The organisation unit of the audited record, when its writer knew it.</summary>
    public Guid? UnitId { get; init; }
}
