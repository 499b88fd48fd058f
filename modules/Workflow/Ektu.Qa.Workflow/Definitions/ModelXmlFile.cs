using System.Text;
using Microsoft.AspNetCore.Http;

namespace Ektu.Qa.Workflow.Definitions;

/// <summary>
/// How model XML leaves the server (API, designer, viewer, export): always as a download, never rendered inline, so
/// markup in a model cannot run in the site's origin even if it got past the import checks. bpmn-js reads it with
/// <c>fetch</c>, which ignores <c>Content-Disposition</c>.
/// </summary>
internal static class ModelXmlFile
{
    public const string ContentType = "application/xml";

    public static async Task<(byte[] Content, string FileName)> ReadAsync(
        IProcessDefinitionAppService definitions, Guid id, int? number, CancellationToken ct)
    {
        var definition = await definitions.GetAsync(id, ct);
        var xml = await definitions.GetXmlAsync(id, number, ct);
        return (Encoding.UTF8.GetBytes(xml), $"{definition.ProcessKey}{(number is { } n ? "-v" + n : "")}.bpmn");
    }

    /// <summary>No sniffing into HTML, and a sandbox without scripts, plug-ins or any fetch should a browser render it anyway.</summary>
    public static void Protect(HttpResponse response)
    {
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.ContentSecurityPolicy = "sandbox; default-src 'none'";
    }
}
