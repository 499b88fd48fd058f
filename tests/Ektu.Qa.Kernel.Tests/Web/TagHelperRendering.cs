using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewEngines;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Ektu.Qa.Kernel.Tests.Web;

/// <summary>What the tag helper tests need to run a helper outside a page: its output as HTML, an empty view and temp data.</summary>
internal static class TagHelperRendering
{
    public static string Write(TagHelperOutput output)
    {
        using var writer = new StringWriter();
        output.WriteTo(writer, HtmlEncoder.Default);
        return writer.ToString();
    }
}

internal sealed class NullTempDataProvider : ITempDataProvider
{
    public IDictionary<string, object> LoadTempData(HttpContext context) => new Dictionary<string, object>();
    public void SaveTempData(HttpContext context, IDictionary<string, object> values) { }
}

internal sealed class NullView : IView
{
    public static readonly NullView Instance = new();
    public string Path => "";
    public Task RenderAsync(ViewContext context) => Task.CompletedTask;
}
