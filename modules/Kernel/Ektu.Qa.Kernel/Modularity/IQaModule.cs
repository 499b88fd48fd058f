using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.Kernel.Modularity;

/// <summary>
/// A module plugged into the host. Its <see cref="ConfigureServices"/> is the one place that lists
/// every contribution it makes (permissions, menu, localization, migrations, services).
/// </summary>
public interface IQaModule
{
    /// <summary>Unique module name, e.g. "Identity"; also the migration journal key.</summary>
    string Name { get; }

    /// <summary>Prefix every table of the module starts with, e.g. "id_".</summary>
    string TablePrefix { get; }

    /// <summary>Registers the module's contributions.</summary>
    void ConfigureServices(WebApplicationBuilder builder);
}
