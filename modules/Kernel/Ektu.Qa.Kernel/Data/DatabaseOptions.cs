namespace Ektu.Qa.Kernel.Data;

/// <summary>The "Database" configuration section.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>"Sqlite" (default) or "MySql".</summary>
    public string Provider { get; set; } = "Sqlite";

    /// <summary>ADO.NET connection string; for SQLite a relative Data Source is under the content root.</summary>
    public string ConnectionString { get; set; } = "Data Source=App_Data/ektu-qa.db";

    /// <summary>Run migrations at start (Development); production runs the <c>migrate</c> verb.</summary>
    public bool MigrateOnStart { get; set; } = true;

    /// <summary>Insert demo data into an empty database at start.</summary>
    public bool SeedDemoData { get; set; }

    /// <summary>
    /// The demo data also runs processes part of the way (the SITIS external assessment waiting at its self-assessment), so a
    /// new user meets a filled inbox. Module service tests switch it off: each starts the instances it counts.
    /// </summary>
    public bool SeedDemoProcesses { get; set; } = true;
}
