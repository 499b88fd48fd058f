namespace Ektu.Qa.TestKit;

/// <summary>
/// The databases a data test runs on: SQLite always, MariaDB/MySQL too when <c>EKTU_QA_MYSQL</c> holds a connection
/// string (CI sets it). Use as <c>[Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]</c>.
/// </summary>
public static class TestDatabases
{
    public const string Sqlite = "Sqlite";
    public const string MySql = "MySql";

    public static string? MySqlConnectionString => Environment.GetEnvironmentVariable("EKTU_QA_MYSQL") is { Length: > 0 } cs ? cs : null;

    public static TheoryData<string> Providers
    {
        get
        {
            var data = new TheoryData<string> { Sqlite };
            if (MySqlConnectionString != null) data.Add(MySql);
            return data;
        }
    }
}
