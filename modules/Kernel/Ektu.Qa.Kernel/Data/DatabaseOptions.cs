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
}
