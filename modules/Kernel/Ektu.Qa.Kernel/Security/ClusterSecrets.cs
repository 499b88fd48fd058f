using System.Collections.Concurrent;
using System.Security.Cryptography;
using Dapper;
using Ektu.Qa.Kernel.Data;
using Microsoft.AspNetCore.DataProtection;

namespace Ektu.Qa.Kernel.Security;

/// <summary>
/// <see cref="IClusterSecrets"/> as <c>k_settings</c> rows named <c>secret:&lt;name&gt;</c> (outside the setting definitions,
/// so no settings page lists them), each value protected for its name. Two hosts making the same secret at once both
/// insert-ignore theirs and read back the one row that won. Read once per host and kept in memory.
/// </summary>
internal sealed class ClusterSecrets(IDbConnectionFactory factory, IDataProtectionProvider protection) : IClusterSecrets
{
    private readonly ConcurrentDictionary<string, Lazy<byte[]>> _secrets = new(StringComparer.Ordinal);

    public byte[] Get(string name, int length) =>
        _secrets.GetOrAdd(name, n => new Lazy<byte[]>(() => Task.Run(() => LoadAsync(n, length)).GetAwaiter().GetResult())).Value;

    private async Task<byte[]> LoadAsync(string name, int length)
    {
        var protector = protection.CreateProtector("Ektu.Qa.Kernel.ClusterSecrets", name);
        var row = "secret:" + name;
        var cn = await factory.OpenAsync();
        try
        {
            var stored = await cn.QuerySingleOrDefaultAsync<string>("SELECT value FROM k_settings WHERE name = @row", new { row });
            if (stored == null)
            {
                var made = Convert.ToBase64String(protector.Protect(RandomNumberGenerator.GetBytes(length)));
                await cn.ExecuteAsync(factory.Dialect.InsertIgnore("k_settings", "name, value, version, updated_at, updated_by",
                    "@row, @made, 1, @at, 'system'"), new { row, made, at = DateTime.UtcNow });
                stored = await cn.QuerySingleAsync<string>("SELECT value FROM k_settings WHERE name = @row", new { row });
            }
            return protector.Unprotect(Convert.FromBase64String(stored));
        }
        finally
        {
            await factory.ReleaseAsync(cn);
        }
    }
}
