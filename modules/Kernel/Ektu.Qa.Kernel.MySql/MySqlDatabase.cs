using Ektu.Qa.Kernel.Data;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.Kernel.MySql;

/// <summary>The host's switch to MySQL/MariaDB (<c>Database:Provider=MySql</c>).</summary>
public static class MySqlDatabase
{
    /// <summary>Registered through a factory so that the container disposes it, closing the pooled connections.</summary>
    public static IServiceCollection AddQaMySql(this IServiceCollection services, string connectionString) =>
        services.AddSingleton<IDbConnectionFactory>(_ => new MySqlConnectionFactory(connectionString));
}
