using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.Kernel.Modularity;

/// <summary>The host's one call that plugs modules in.</summary>
public static class QaModuleBuilderExtensions
{
    /// <summary>Checks names and prefixes, sorts by <see cref="DependsOnAttribute"/> and configures each module.</summary>
    public static ModuleCatalog AddQaModules(this WebApplicationBuilder builder, params IQaModule[] modules)
    {
        var catalog = new ModuleCatalog(modules.Prepend(new KernelModule()));
        builder.Services.AddSingleton(catalog);
        foreach (var module in catalog.Modules) module.ConfigureServices(builder);
        return catalog;
    }
}
