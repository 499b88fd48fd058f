using Ektu.Qa.Kernel.Data;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Ektu.Qa.Host;

/// <summary>Healthy when the database answers.</summary>
internal sealed class DatabaseHealthCheck(IDbConnectionFactory factory) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        try
        {
            await using var cn = await factory.OpenAsync(ct);
            await using var cmd = cn.CreateCommand();
            cmd.CommandText = "SELECT 1";
            await cmd.ExecuteScalarAsync(ct);
            return HealthCheckResult.Healthy(factory.Dialect.Name);
        }
        catch (Exception e)
        {
            return HealthCheckResult.Unhealthy(factory.Dialect.Name, e);
        }
    }
}
