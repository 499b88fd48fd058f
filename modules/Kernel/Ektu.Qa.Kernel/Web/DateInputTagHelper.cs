using Ektu.Qa.Kernel.Input;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Ektu.Qa.Kernel.Web;

/// <summary>
/// Gives every <c>input type=date</c> (and <c>datetime-local</c>) the bounds of <see cref="DateWindow"/>, so the browser's
/// picker offers only dates the server accepts; a page may set its own narrower <c>min</c>/<c>max</c>.
/// </summary>
[HtmlTargetElement("input", Attributes = "[type=date]")]
[HtmlTargetElement("input", Attributes = "[type=datetime-local]")]
[HtmlTargetElement("input", Attributes = "asp-for")]
public sealed class DateInputTagHelper : TagHelper
{
    // After the framework's InputTagHelper, which writes the type that asp-for infers from the model (DateOnly → date).
    public override int Order => 1000;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var type = output.Attributes["type"]?.Value?.ToString();
        var (min, max) = type switch
        {
            "date" => (DateWindow.MinIso, DateWindow.MaxIso),
            "datetime-local" => (DateWindow.MinIso + "T00:00", DateWindow.MaxIso + "T23:59"),
            _ => (null, null),
        };
        if (min == null) return;
        if (!output.Attributes.ContainsName("min")) output.Attributes.SetAttribute("min", min);
        if (!output.Attributes.ContainsName("max")) output.Attributes.SetAttribute("max", max);
    }
}
