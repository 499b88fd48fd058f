namespace Ektu.Qa.Improvement.Capa;

/// <summary>
/// The source kinds this module registers itself. A source is an open key <c>&lt;Module&gt;.&lt;Record&gt;</c> that the
/// module owning the record registers (<see cref="ICapaSourceRecords"/>), e.g. <c>QaCommission.Decision</c>.
/// </summary>
public static class CapaSources
{
    /// <summary>An appeal of this module.</summary>
    public const string Appeal = "Improvement.Appeal";

    /// <summary>A finding of an audit, entered by hand until InformationManagement registers its audits.</summary>
    public const string Audit = "Improvement.Audit";

    /// <summary>A finding of monitoring, entered by hand.</summary>
    public const string Monitoring = "Improvement.Monitoring";

    /// <summary>The longest key a module may register (the column's width).</summary>
    public const int KeyMax = 100;
}
