using Ektu.Qa.Kernel.Security;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.Benchmarks;

/// <summary>The real host in process on a given database, with enough extra permissions defined to make 500.</summary>
internal sealed class BenchFactory(string provider, string connectionString, string contentRoot) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Benchmark");
        builder.UseContentRoot(contentRoot);
        builder.UseSetting("Database:Provider", provider);
        builder.UseSetting("Database:ConnectionString", connectionString);
        builder.UseSetting("Database:MigrateOnStart", "true");
        builder.UseSetting("Database:SeedDemoData", "true");
        builder.UseSetting("Authentication:LoginAttemptsPerMinute", "100000");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.ConfigureServices(s => s.AddSingleton<IPermissionDefinitionProvider, SyntheticPermissions>());
    }

    /// <summary>Pads the catalogue to 500 permissions, as a fully grown system will have.</summary>
    private sealed class SyntheticPermissions : IPermissionDefinitionProvider
    {
        public void Define(PermissionDefinitionContext context)
        {
            var existing = new[] { "Identity", "QualityPolicy" }.Length * 15;
            for (var g = 0; g < 10; g++)
            {
                var group = context.AddGroup("Bench" + g);
                for (var p = 0; p < (500 - existing) / 10; p++) group.Add($"Bench{g}.Entity{p / 4}.Action{p % 4}");
            }
        }
    }
}
