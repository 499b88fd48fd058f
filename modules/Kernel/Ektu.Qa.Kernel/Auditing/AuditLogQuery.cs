using Ektu.Qa.Kernel.Security;

namespace Ektu.Qa.Kernel.Auditing;

/// <summary>
/// Which audit entries to read: those of units in <see cref="Scope"/> (entries without a unit only for a university-wide
/// scope), narrowed by the filters that are set. Times are UTC bounds; the caller turns a person's days into them.
/// </summary>
public sealed record AuditLogQuery(UnitScope Scope)
{
    public string? UserName { get; init; }
    public string? Entity { get; init; }
    public Guid? EntityId { get; init; }
    public string? Action { get; init; }

    /// <summary>Inclusive lower bound of <c>occurred_at</c>.</summary>
    public DateTime? FromUtc { get; init; }

    /// <summary>Exclusive upper bound of <c>occurred_at</c>.</summary>
    public DateTime? ToUtc { get; init; }
}
