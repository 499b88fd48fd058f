using System.Data.Common;
using Ektu.Qa.Kernel.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Ektu.Qa.Kernel.Scheduling;

/// <summary>
/// One Quartz scheduler for the host, its ADO store in the application database: SQLite (single node) or MySQL
/// (clustered). Quartz provisions its own tables, prefixed <c>k_qrtz_</c>, when the scheduler starts.
/// </summary>
internal static class QaSchedulerSetup
{
    public const string ServiceProviderKey = "ektu-qa.services";

    public const string TablePrefix = "k_qrtz_";

    public static void AddQaScheduling(this WebApplicationBuilder builder, DatabaseOptions db)
    {
        var services = builder.Services;
        var section = builder.Configuration.GetSection(SchedulingOptions.Section);
        services.Configure<SchedulingOptions>(section);
        var options = section.Get<SchedulingOptions>() ?? new SchedulingOptions();
        services.AddSingleton<QaScheduler>();
        services.AddScoped<IQaScheduler, QaSchedulerScoped>();
        if (!options.Enabled) return;

        var mysql = db.Provider.Equals("MySql", StringComparison.OrdinalIgnoreCase);
        var connectionString = mysql ? MySqlConnectionString(db.ConnectionString)
            : SqliteConnectionString(db.ConnectionString, builder.Environment.ContentRootPath);
        services.AddQuartz(q =>
        {
            q.ConfigureScheduler(o => o.InstanceName = options.SchedulerName);
            q.UseDefaultThreadPool(options.MaxConcurrency);
            q.UsePersistentStore(s =>
            {
                if (mysql)
                {
                    // Quartz loads MySqlConnector by name: the host's MySQL adapter project brings the assembly.
                    s.UseMySqlConnector(connectionString);
                    s.UseClustering(c => c.CheckinInterval = TimeSpan.FromSeconds(5));
                }
                else
                {
                    s.UseSqlite(connectionString);
                }
                s.ConfigureStore(o =>
                {
                    o.TablePrefix = TablePrefix;
                    o.MisfireThreshold = options.MisfireThreshold;
                    o.StoreJobDataAsStrings = true;
                });
                s.ProvisionSchema();
            });
        });
        // Registered before Quartz's hosted service, so jobs are stored before the scheduler starts firing.
        services.AddSingleton<QaJobRegistrar>();
        services.AddHostedService(sp => sp.GetRequiredService<QaJobRegistrar>());
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
    }

    private static string SqliteConnectionString(string connectionString, string contentRoot)
    {
        var csb = new SqliteConnectionStringBuilder(connectionString);
        if (!Path.IsPathRooted(csb.DataSource) && csb.DataSource != ":memory:" && !csb.DataSource.StartsWith("file:", StringComparison.Ordinal))
            csb.DataSource = Path.Combine(contentRoot, csb.DataSource);
        csb.DefaultTimeout = 30;
        return csb.ToString();
    }

    /// <summary>The same TLS choice as the application's MySQL connections: none unless the connection string asks.</summary>
    private static string MySqlConnectionString(string connectionString)
    {
        var csb = new DbConnectionStringBuilder { ConnectionString = connectionString };
        if (!csb.ContainsKey("SslMode") && !csb.ContainsKey("Ssl Mode")) csb["SslMode"] = "None";
        return csb.ConnectionString;
    }
}
