using Ektu.Qa.TestKit;

namespace Ektu.Qa.Host.Tests.Cluster;

/// <summary>
/// Two host processes on one throw-away MariaDB database, each in a folder and home of its own (as on two machines),
/// shared by the tests of <see cref="TwoNodesTests"/>. Nothing starts when <c>EKTU_QA_MYSQL</c> is unset.
/// </summary>
public sealed class TwoNodes : IAsyncLifetime
{
    private TestDatabase? _db;
    private string? _work;

    public HostProcess A { get; private set; } = null!;

    public HostProcess B { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (TestDatabases.MySqlConnectionString == null) return;
        _db = await TestDatabase.CreateAsync(TestDatabases.MySql);
        _work = Path.Combine(Path.GetTempPath(), "ektu-qa-tests", "nodes-" + Guid.NewGuid().ToString("N"));
        var env = HostProcess.ClusterEnvironment(_db, "qa-nodes-" + Guid.NewGuid().ToString("N"));
        // The first node migrates and seeds; the second starts on the ready database.
        // Seeding the demo data takes a minute or two on a loaded machine.
        A = HostProcess.Start(env, Path.Combine(_work, "a"));
        await A.WaitHealthyAsync(TimeSpan.FromSeconds(300));
        B = HostProcess.Start(env, Path.Combine(_work, "b"));
        await B.WaitHealthyAsync(TimeSpan.FromSeconds(300));
    }

    public async Task DisposeAsync()
    {
        if (_db == null) return;
        if (A != null) await A.DisposeAsync();
        if (B != null) await B.DisposeAsync();
        await _db.DisposeAsync();
        try
        {
            Directory.Delete(_work!, recursive: true);
        }
        catch (IOException) { /* the temp folder is cleaned later */ }
    }
}
