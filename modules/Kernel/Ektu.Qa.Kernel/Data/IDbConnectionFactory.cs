using System.Data.Common;

namespace Ektu.Qa.Kernel.Data;

/// <summary>Makes open connections for the configured database.</summary>
public interface IDbConnectionFactory
{
    ISqlDialect Dialect { get; }

    Task<DbConnection> OpenAsync(CancellationToken ct = default);
}
