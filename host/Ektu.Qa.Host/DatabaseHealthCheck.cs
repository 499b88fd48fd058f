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
            var cn = await factory.OpenAsync(ct);
            try
            {
                await using var cmd = cn.CreateCommand();
                cmd.CommandText = "SELECT 1";
                await cmd.ExecuteScalarAsync(ct);
                return HealthCheckResult.Healthy(factory.Dialect.Name);
            }
            finally
            {
                await factory.ReleaseAsync(cn);
            }
        }
        catch (Exception e)
        {
            return HealthCheckResult.Unhealthy(factory.Dialect.Name, e);
        }
    }
}
