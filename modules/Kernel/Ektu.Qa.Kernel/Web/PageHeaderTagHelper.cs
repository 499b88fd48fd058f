using System.Text.Encodings.Web;
using Ektu.Qa.Kernel.Menus;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;

namespace Ektu.Qa.Kernel.Web;

/// <summary>
/// The frame's header, written once in the layout: <c>&lt;page-header menu="@menu"&gt;@actions&lt;/page-header&gt;</c> renders
/// the breadcrumb trail (dashboard › menu group › the menu entry the page lives under, when the page is not that entry itself),
/// the page's heading (<c>ViewData["Heading"]</c>, else its title) and its content — the page's <c>Actions</c> section, the
/// primary buttons — on the right. The trail comes from the menu the user sees, so a page needs no breadcrumb code.
/// </summary>
[HtmlTargetElement("page-header")]
public sealed class PageHeaderTagHelper(IStringLocalizer l) : TagHelper
{
    [ViewContext, HtmlAttributeNotBound] public ViewContext ViewContext { get; set; } = null!;

    /// <summary>The menu the layout built for the current user.</summary>
    [HtmlAttributeName("menu")] public IReadOnlyList<MenuItem> Menu { get; set; } = [];

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var html = HtmlEncoder.Default;
        var title = ViewContext.ViewData["Title"]?.ToString() ?? "";
        var heading = ViewContext.ViewData["Heading"]?.ToString() ?? title;
        var actions = await output.GetChildContentAsync();
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "page-header d-flex flex-wrap align-items-end justify-content-between gap-2 mb-3");
        output.Attributes.SetAttribute("id", "page-header");
        output.Content.Clear();
        output.Content.AppendHtml("<div>");
        var trail = Trail(Menu, ViewContext.HttpContext.Request.Path.Value ?? "/");
        if (trail.Count > 0)
        {
            output.Content.AppendHtml($"<nav aria-label=\"{html.Encode(l["App:Breadcrumb"].Value)}\"><ol class=\"breadcrumb small mb-1\">");
            output.Content.AppendHtml($"<li class=\"breadcrumb-item\"><a href=\"/\">{html.Encode(l["Menu:Dashboard"].Value)}</a></li>");
            foreach (var (key, url) in trail)
            {
                var text = html.Encode(l[key].Value);
                output.Content.AppendHtml(url == null ? $"<li class=\"breadcrumb-item\">{text}</li>"
                    : $"<li class=\"breadcrumb-item\"><a href=\"{html.Encode(url)}\">{text}</a></li>");
            }
            output.Content.AppendHtml($"<li class=\"breadcrumb-item active\" aria-current=\"page\">{html.Encode(title)}</li></ol></nav>");
        }
        output.Content.AppendHtml($"<h1 class=\"h4 mb-0\">{html.Encode(heading)}</h1></div>");
        if (!actions.IsEmptyOrWhiteSpace)
            output.Content.AppendHtml("<div class=\"page-actions d-flex flex-wrap gap-2\">").AppendHtml(actions).AppendHtml("</div>");
    }

    /// <summary>
    /// The crumbs between the dashboard and the page: the group of the menu entry with the longest address the path starts
    /// with, then that entry (linked) unless the path is the entry's own address. None when no entry matches.
    /// </summary>
    internal static IReadOnlyList<(string Key, string? Url)> Trail(IReadOnlyList<MenuItem> menu, string path)
    {
        var match = menu.SelectMany(g => g.Items.Select(i => (Group: g, Item: i)))
            .Where(x => x.Item.Url is { } u && IsUnder(path, u))
            .OrderByDescending(x => x.Item.Url!.Length)
            .FirstOrDefault();
        if (match.Item == null) return [];
        var own = string.Equals(path.TrimEnd('/'), match.Item.Url!.TrimEnd('/'), StringComparison.OrdinalIgnoreCase);
        return own ? [(match.Group.DisplayNameKey, null)]
            : [(match.Group.DisplayNameKey, null), (match.Item.DisplayNameKey, match.Item.Url)];
    }

    private static bool IsUnder(string path, string url) =>
        path.StartsWith(url, StringComparison.OrdinalIgnoreCase)
        && (path.Length == url.Length || path[url.Length] == '/' || url.EndsWith('/'));
}
