namespace Ektu.Qa.Identity.AuditLogs;

/// <summary>Audit-log filter: user, entity (type), entity id, action, date range, page.</summary>
public sealed class AuditLogFilter
{
    public string? UserName { get; set; }
    public string? Entity { get; set; }
    public Guid? EntityId { get; set; }
    public string? Action { get; set; }
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }
    public int Page { get; set; } = 1;
    public int PageSize { get; set; } = 50;
}
