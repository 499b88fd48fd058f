using Ektu.Qa.ExternalAccreditation;
using Ektu.Qa.Host;
using Ektu.Qa.Identity;
using Ektu.Qa.Improvement;
using Ektu.Qa.InformationManagement;
using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Modularity;
using Ektu.Qa.Kernel.MySql;
using Ektu.Qa.Kernel.Web;
using Ektu.Qa.ProgrammeMonitoring;
using Ektu.Qa.QaCommission;
using Ektu.Qa.QualityPolicy;
using Ektu.Qa.Reporting;
using Ektu.Qa.Workflow;

// No configuration reload: settings that change at run time live in the database, and the reload watcher would watch the
// whole content root, App_Data's SQLite files included, handling an inotify event for every write (~20% of a workflow step's CPU).
var builder = WebApplication.CreateBuilder([.. args, "--hostBuilder:reloadConfigOnChange=false"]);

var db = builder.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
if (db.Provider.Equals("MySql", StringComparison.OrdinalIgnoreCase)) builder.Services.AddQaMySql(db.ConnectionString);

// Listed by name: the order they are configured and migrated in follows from each module's [DependsOn].
builder.AddQaModules(
    new ExternalAccreditationModule(),
    new IdentityModule(),
    new ImprovementModule(),
    new InformationManagementModule(),
    new ProgrammeMonitoringModule(),
    new QaCommissionModule(),
    new QualityPolicyModule(),
    new ReportingModule(),
    new WorkflowModule());
builder.AddQaHost();

var app = builder.Build();
if (args.Contains("migrate"))
{
    var applied = await app.Services.GetRequiredService<MigrationRunner>().RunAsync();
    Console.WriteLine($"Applied {applied} migration(s).");
    return;
}
await app.PrepareDatabaseAsync();
app.UseQaHost();
app.Run();
