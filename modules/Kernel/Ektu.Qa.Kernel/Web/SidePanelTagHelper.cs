using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;

namespace Ektu.Qa.Kernel.Web;

/// <summary>
/// The side panel a list's create form lives in (the house standard: create forms never sit under the list):
/// <c>&lt;side-panel id="capa-new" title="Improvement:Capa.New"&gt;&lt;form method="post"…&gt;&lt;/side-panel&gt;</c> renders
/// Bootstrap's offcanvas from the right with a header (the localized title, which names the panel by <c>aria-labelledby</c>,
/// and a localized close button) and a body holding the content. A post of this panel's form that the page refused comes
/// back with the panel open, so its errors show where they were made: the panel is shown when the request is a POST to
/// <c>handler</c> (none: the page's default handler) and the page's model state is invalid. <c>open</c> decides instead.
/// A <see cref="SidePanelToggleTagHelper"/> button, or a list's <c>empty-action-panel</c>, opens it.
/// </summary>
[HtmlTargetElement("side-panel")]
public sealed class SidePanelTagHelper(IStringLocalizer l) : TagHelper
{
    [ViewContext, HtmlAttributeNotBound] public ViewContext ViewContext { get; set; } = null!;

    [HtmlAttributeName("id")] public string Id { get; set; } = "";

    /// <summary>The localization key of the panel's heading.</summary>
    [HtmlAttributeName("title")] public string Title { get; set; } = "";

    /// <summary>The page handler the panel's form posts to (<c>asp-page-handler</c>); empty for the default one.</summary>
    [HtmlAttributeName("handler")] public string? Handler { get; set; }

    /// <summary>Shown or hidden whatever the request; unset: shown after a refused post of the panel's form.</summary>
    [HtmlAttributeName("open")] public bool? Open { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        if (string.IsNullOrWhiteSpace(Id)) throw new InvalidOperationException("<side-panel> needs an id: its toggle opens it by the id.");
        var html = HtmlEncoder.Default;
        var id = html.Encode(Id);
        var content = await output.GetChildContentAsync();
        var shown = Open ?? IsRefusedPost(ViewContext, Handler);
        var extra = output.Attributes["class"]?.Value?.ToString();
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        var classes = "offcanvas offcanvas-end qa-panel" + (shown ? " show" : "") + (extra is { Length: > 0 } ? " " + extra : "");
        output.Attributes.SetAttribute("class", classes);
        output.Attributes.SetAttribute("tabindex", "-1");
        output.Attributes.SetAttribute("id", Id);
        output.Attributes.SetAttribute("aria-labelledby", Id + "-title");
        output.Content.Clear();
        output.Content.AppendHtml("<div class=\"offcanvas-header\">");
        output.Content.AppendHtml($"<h2 class=\"h5 offcanvas-title\" id=\"{id}-title\">{html.Encode(l[Title].Value)}</h2>");
        output.Content.AppendHtml($"<button type=\"button\" class=\"btn-close\" data-bs-dismiss=\"offcanvas\" data-bs-target=\"#{id}\" "
                                  + $"aria-label=\"{html.Encode(l["App:Close"].Value)}\"></button></div>");
        output.Content.AppendHtml("<div class=\"offcanvas-body\">").AppendHtml(content).AppendHtml("</div>");
    }

    /// <summary>A POST to <paramref name="handler"/> whose model state the page found invalid.</summary>
    internal static bool IsRefusedPost(ViewContext view, string? handler)
    {
        var request = view.HttpContext.Request;
        if (!HttpMethods.IsPost(request.Method) || view.ViewData.ModelState.IsValid) return false;
        // Razor Pages take the handler from the route first, then from the query string (asp-page-handler writes ?handler=).
        var posted = view.RouteData.Values["handler"]?.ToString() ?? request.Query["handler"].ToString();
        return string.Equals(posted ?? "", handler ?? "", StringComparison.OrdinalIgnoreCase);
    }
}

/// <summary>
/// The button that opens a <see cref="SidePanelTagHelper"/>: <c>&lt;side-panel-toggle panel="capa-new" text="Improvement:Capa.New"
/// id="new-capa" /&gt;</c> renders a small primary button (its <c>class</c> replaces that) with the localized text. Other
/// attributes stay on the button.
/// </summary>
[HtmlTargetElement("side-panel-toggle", TagStructure = TagStructure.WithoutEndTag)]
public sealed class SidePanelToggleTagHelper(IStringLocalizer l) : TagHelper
{
    /// <summary>The id of the panel.</summary>
    [HtmlAttributeName("panel")] public string Panel { get; set; } = "";

    /// <summary>The localization key of the button's text.</summary>
    [HtmlAttributeName("text")] public string Text { get; set; } = "";

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = "button";
        output.TagMode = TagMode.StartTagAndEndTag;
        if (!output.Attributes.ContainsName("class")) output.Attributes.SetAttribute("class", "btn btn-sm btn-primary");
        output.Attributes.SetAttribute("type", "button");
        output.Attributes.SetAttribute("data-bs-toggle", "offcanvas");
        output.Attributes.SetAttribute("data-bs-target", "#" + Panel);
        output.Attributes.SetAttribute("aria-controls", Panel);
        output.Content.SetContent(l[Text].Value);
    }
}
