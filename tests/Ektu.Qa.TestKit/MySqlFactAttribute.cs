namespace Ektu.Qa.TestKit;

/// <summary>A fact that needs a MariaDB/MySQL server: skipped (visibly) when <c>EKTU_QA_MYSQL</c> is unset.</summary>
public sealed class MySqlFactAttribute : FactAttribute
{
    public MySqlFactAttribute()
    {
        if (TestDatabases.MySqlConnectionString == null) Skip = "EKTU_QA_MYSQL is not set";
    }
}
