using System.Security.Cryptography.X509Certificates;
using Ektu.Qa.Kernel.Auditing;
using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Files;
using Ektu.Qa.Kernel.Localization;
using Ektu.Qa.Kernel.Mail;
using Ektu.Qa.Kernel.Menus;
using Ektu.Qa.Kernel.Modularity;
using Ektu.Qa.Kernel.Scheduling;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Settings;
using Ektu.Qa.Kernel.Timing;
using Ektu.Qa.Kernel.Web;
using Ektu.Qa.Kernel.Web.Input;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Localization;

namespace Ektu.Qa.Kernel;

/// <summary>The platform plumbing every module stands on; added first by <see cref="QaModuleBuilderExtensions.AddQaModules"/>.</summary>
public sealed class KernelModule : IQaModule
{
    public string Name => "Kernel";

    public string TablePrefix => "k_";

    public void ConfigureServices(WebApplicationBuilder builder)
    {
        var services = builder.Services;
        TypeHandlers.Register();
        services.Configure<DatabaseOptions>(builder.Configuration.GetSection(DatabaseOptions.Section));
        var db = builder.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        // A MySQL factory registered by the host's provider switch wins; SQLite is the embedded default.
        services.TryAddSingleton<IDbConnectionFactory>(_ => new SqliteConnectionFactory(db.ConnectionString, builder.Environment.ContentRootPath));
        services.AddScoped<IDbSession, DbSession>();
        var check = builder.Configuration.GetValue("Caching:VersionCheckMilliseconds", 500);
        services.AddSingleton(sp => new CacheVersions(sp.GetRequiredService<IDbConnectionFactory>(), TimeSpan.FromMilliseconds(check)));
        // One key ring for every host, in the database, under one application name whatever folder a host runs from.
        var dataProtection = services.AddDataProtection().SetApplicationName("Ektu.Qa");
        services.AddOptions<KeyManagementOptions>()
            .Configure<IDbConnectionFactory>((o, factory) => o.XmlRepository = new DatabaseXmlRepository(factory));
        // Without a certificate the keys lie in the database as plain XML: whoever reads the database could forge cookies.
        if (builder.Configuration["DataProtection:CertificatePath"] is { Length: > 0 } certificate)
            dataProtection.ProtectKeysWithCertificate(
                X509CertificateLoader.LoadPkcs12FromFile(certificate, builder.Configuration["DataProtection:CertificatePassword"]));
        services.AddSingleton<IClusterSecrets, ClusterSecrets>();
        services.AddQaFileStore(builder.Configuration, db);
        services.AddSingleton<MigrationRunner>();
        services.TryAddSingleton<IClock, SystemClock>();
        services.TryAddSingleton<IUserClock, UserClock>();
        services.AddScoped<IAuditLog, AuditLog>();
        services.AddScoped<IAuditLogReader, AuditLogReader>();
        services.AddScoped(typeof(AuditContext<>));
        services.AddSingleton<AuditText>();

        services.AddLocalization();
        services.AddSingleton(sp => new LocalizationStore(sp.GetRequiredService<ModuleCatalog>()));
        services.AddSingleton<IStringLocalizerFactory, QaStringLocalizerFactory>();
        services.AddSingleton<IStringLocalizer>(sp => sp.GetRequiredService<IStringLocalizerFactory>().Create(typeof(KernelModule)));

        services.AddHttpContextAccessor();
        services.AddSingleton<PermissionDefinitionManager>();
        services.AddSingleton<IAuthorizationPolicyProvider, PermissionPolicyProvider>();
        services.AddSingleton<IAuthorizationHandler, PermissionAuthorizationHandler>();
        services.AddScoped<CurrentUser>();
        services.AddScoped<ICurrentUser>(sp => sp.GetRequiredService<CurrentUser>());
        services.AddScoped<MenuBuilder>();
        services.AddScoped<ISettingStore, SettingStore>();
        builder.AddQaScheduling(db);
        builder.AddQaMail();

        // The API speaks enum names ("School"), not numbers.
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));
        services.AddQaInputChecks();
        services.AddProblemDetails();
        services.AddExceptionHandler<QaExceptionHandler>();
    }
}
