namespace Ektu.Qa.Improvement.Capa;

/// <summary>A new CAPA item, or the edit of one (<see cref="Version"/> then required; unit and source stay).</summary>
public sealed class SaveCapaItemInput
{
    public Guid UnitId { get; set; }
    public string Source { get; set; } = CapaSources.Monitoring;
    public Guid? SourceId { get; set; }
    public string Problem { get; set; } = "";
    public string? RootCause { get; set; }
    public string CorrectiveAction { get; set; } = "";
    public string? PreventiveAction { get; set; }
    public Guid OwnerUserId { get; set; }
    public DateOnly? Deadline { get; set; }

    /// <summary>Days after implementation when effectiveness is checked; empty = the setting's default.</summary>
    public int? CheckAfterDays { get; set; }

    public int Version { get; set; }
}
