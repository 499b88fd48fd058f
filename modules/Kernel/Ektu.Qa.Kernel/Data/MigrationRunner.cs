using System.Data.Common;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Dapper;
using Ektu.Qa.Kernel.Modularity;
using Microsoft.Extensions.Logging;

namespace Ektu.Qa.Kernel.Data;

/// <summary>
/// Applies each module's embedded <c>Data/Migrations/NNNN_verb_object.sql</c> scripts in dependency order, forward only,
/// journalled with a checksum in <c>k_schema_migrations</c>. A shipped script whose text changed stops the start.
/// </summary>
public sealed class MigrationRunner(IDbConnectionFactory factory, ModuleCatalog catalog, ILogger<MigrationRunner> logger)
{
    private const string CreateJournal = """
        CREATE TABLE IF NOT EXISTS k_schema_migrations (
          module VARCHAR(100) NOT NULL,
          script VARCHAR(200) NOT NULL,
          checksum CHAR(64) NOT NULL,
          applied_at DATETIME(6) NOT NULL,
          PRIMARY KEY (module, script)
        )
        """;

    /// <summary>Returns the number of scripts applied.</summary>
    public async Task<int> RunAsync(CancellationToken ct = default)
    {
        var cn = await factory.OpenAsync(ct);
        try
        {
            return await RunAsync(cn, ct);
        }
        finally
        {
            await factory.ReleaseAsync(cn);
        }
    }

    private async Task<int> RunAsync(DbConnection cn, CancellationToken ct)
    {
        await cn.ExecuteAsync(CreateJournal);
        var journal = (await cn.QueryAsync<(string Module, string Script, string Checksum)>(
            "SELECT module, script, checksum FROM k_schema_migrations")).ToDictionary(j => (j.Module, j.Script), j => j.Checksum);
        var applied = 0;
        foreach (var module in catalog.Modules)
        {
            foreach (var script in Scripts(module.GetType().Assembly, factory.Dialect.Name))
            {
                if (journal.TryGetValue((module.Name, script.Name), out var checksum))
                {
                    if (checksum != script.Checksum)
                        throw new InvalidOperationException(
                            $"Migration {module.Name}/{script.Name} was changed after it was applied (checksum {checksum[..12]}… now " +
                                $"{script.Checksum[..12]}…). Shipped migrations are never edited: add a new script.");
                    continue;
                }
                logger.LogInformation("Applying migration {Module}/{Script}", module.Name, script.Name);
                await ApplyAsync(cn, module.Name, script, ct);
                applied++;
            }
        }
        return applied;
    }

    private async Task ApplyAsync(DbConnection cn, string module, MigrationScript script, CancellationToken ct)
    {
        // SQLite runs DDL transactionally; MySQL commits DDL implicitly, which is why each script is one logical change.
        await using var tx = await cn.BeginTransactionAsync(ct);
        await cn.ExecuteAsync(new CommandDefinition(script.Sql, transaction: tx, cancellationToken: ct));
        await cn.ExecuteAsync(new CommandDefinition(
            "INSERT INTO k_schema_migrations (module, script, checksum, applied_at) VALUES (@module, @script, @checksum, @at)",
            new { module, script = script.Name, checksum = script.Checksum, at = DateTime.UtcNow }, tx, cancellationToken: ct));
        await tx.CommitAsync(ct);
    }

    /// <summary>The scripts of an assembly for a dialect, ordered; dialect-specific files replace nothing else.</summary>
    public static IReadOnlyList<MigrationScript> Scripts(Assembly assembly, string dialect)
    {
        const string marker = ".Data.Migrations.";
        var result = new List<MigrationScript>();
        foreach (var res in assembly.GetManifestResourceNames()
            .Where(n => n.Contains(marker, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal)))
        {
            var file = res[(res.IndexOf(marker, StringComparison.Ordinal) + marker.Length)..];
            var parts = file.Split('.');
            string name;
            if (parts.Length == 3)
            {
                if (!parts[1].Equals(dialect, StringComparison.OrdinalIgnoreCase)) continue;
                name = parts[0] + ".sql";
            }
            else name = file;
            using var reader = new StreamReader(assembly.GetManifestResourceStream(res)!, Encoding.UTF8);
            var sql = reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
            result.Add(new MigrationScript(name, sql, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sql)))));
        }
        return result.OrderBy(s => s.Name, StringComparer.Ordinal).ToList();
    }
}
