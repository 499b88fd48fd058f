using Ektu.Qa.Kernel.MySql;

namespace Ektu.Qa.TestKit;

/// <summary>A fresh, empty database per test: a temp SQLite file, or a throw-away MariaDB database <c>qa_t…</c>.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string? _serverConnection;
    private readonly string? _name;
    private readonly string? _file;

    private TestDatabase(string provider, string connectionString, string? serverConnection, string? name, string? file)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _serverConnection = serverConnection;
        _name = name;
        _file = file;
    }

    public string Provider { get; }

    public string ConnectionString { get; }

    public static async Task<TestDatabase> CreateAsync(string provider)
    {
        if (provider == TestDatabases.Sqlite)
        {
            var file = Path.Combine(Path.GetTempPath(), "ektu-qa-tests", Guid.NewGuid().ToString("N") + ".db");
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            return new TestDatabase(provider, $"Data Source={file}", null, null, file);
        }
        var server = TestDatabases.MySqlConnectionString ?? throw new InvalidOperationException("EKTU_QA_MYSQL is not set.");
        var name = $"{MySqlAdmin.DatabaseOf(server)}_t{Guid.NewGuid():N}";
        await MySqlAdmin.CreateDatabaseAsync(server, name);
        return new TestDatabase(provider, MySqlAdmin.WithDatabase(server, name), server, name, null);
    }

    public async ValueTask DisposeAsync()
    {
        if (_serverConnection != null)
        {
            await MySqlAdmin.DropDatabaseAsync(_serverConnection, _name!);
        }
        if (_file != null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var f in new[] { _file, _file + "-wal", _file + "-shm" })
            {
                try { File.Delete(f); } catch (IOException) { /* a file still open on Windows; temp folder is cleaned later */ }
            }
        }
    }
}
