using Ektu.Qa.Kernel.Web;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.QaCommission.Documents;

/// <summary>The documents feature's registrations: the module's files and the archive per academic year (004 §7.7).</summary>
internal static class DocumentsRegistration
{
    public static IServiceCollection AddDocuments(this IServiceCollection services)
    {
        services.AddScoped<FileStore>();
        services.AddSingleton<UploadReader>();
        services.AddScoped<DocumentArchiveRepository>();
        services.AddScoped<IDocumentArchiveAppService, DocumentArchiveAppService>();
        services.AddSingleton<IEndpointContributor, DocumentsApi>();
        return services;
    }
}
