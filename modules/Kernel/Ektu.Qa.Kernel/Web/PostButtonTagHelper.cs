using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.Routing;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Ektu.Qa.Kernel.Web;

/// <summary>
/// A button that posts on its own: <c>&lt;post-button handler="Cancel" field-Version="@v" confirm="@L[..]"&gt;</c> renders
/// a small form around a submit button. The form's action is generated for the page (this one unless <c>page</c> says
/// otherwise) with its route values — the record's id comes along as an ambient route value, so a handler never posts
/// without it — and carries the antiforgery token and the <c>field-*</c> values as hidden inputs. <c>confirm</c> becomes
/// the form's <c>data-confirm</c>, asked once by the site bundle on submit (no inline script, so a strict CSP holds).
/// Other attributes (class, id, title, disabled) stay on the button.
/// </summary>
[HtmlTargetElement("post-button")]
public sealed class PostButtonTagHelper(IHtmlGenerator generator, IUrlHelperFactory urls) : TagHelper
{
    [ViewContext, HtmlAttributeNotBound] public ViewContext ViewContext { get; set; } = null!;

    /// <summary>The target page ("/Documents/Details"), in the current area; the current page when empty.</summary>
    [HtmlAttributeName("page")] public string? Page { get; set; }

    [HtmlAttributeName("handler")] public string? Handler { get; set; }

    /// <summary>Route values (<c>route-id</c>, <c>route-area</c>); the current page's own ones are kept when omitted.</summary>
    [HtmlAttributeName("all-route-data", DictionaryAttributePrefix = "route-")]
    public IDictionary<string, string?> RouteValues { get; set; } = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Hidden form fields (<c>field-Version="3"</c> posts <c>Version=3</c>).</summary>
    [HtmlAttributeName("all-field-data", DictionaryAttributePrefix = "field-")]
    public IDictionary<string, string?> Fields { get; set; } = new Dictionary<string, string?>(StringComparer.Ordinal);

    /// <summary>The question asked before posting; no question when empty.</summary>
    [HtmlAttributeName("confirm")] public string? Confirm { get; set; }

    /// <summary>The class of the surrounding form (inline by default, so buttons sit side by side).</summary>
    [HtmlAttributeName("form-class")] public string FormClass { get; set; } = "d-inline";

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var values = RouteValues.ToDictionary(kv => kv.Key, kv => (object?)kv.Value, StringComparer.OrdinalIgnoreCase);
        var url = urls.GetUrlHelper(ViewContext).Page(Page, Handler, values)
            ?? throw new InvalidOperationException($"No route to page '{Page}' handler '{Handler}'");
        var html = HtmlEncoder.Default;
        output.TagName = "button";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("type", "submit");
        output.PreElement.AppendHtml($"<form method=\"post\" action=\"{html.Encode(url)}\" class=\"{html.Encode(FormClass)}\"");
        if (!string.IsNullOrEmpty(Confirm)) output.PreElement.AppendHtml($" data-confirm=\"{html.Encode(Confirm)}\"");
        output.PreElement.AppendHtml(">");
        output.PreElement.AppendHtml(generator.GenerateAntiforgery(ViewContext));
        foreach (var (name, value) in Fields)
            output.PreElement.AppendHtml($"<input type=\"hidden\" name=\"{html.Encode(name)}\" value=\"{html.Encode(value ?? "")}\" />");
        output.PostElement.AppendHtml("</form>");
    }
}
