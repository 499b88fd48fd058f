using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;

namespace Ektu.Qa.Kernel.Web;

/// <summary>
/// A list table with no rows is replaced by the empty state (<see cref="EmptyStateTagHelper"/>):
/// <c>&lt;table empty-when="@(Model.Items.Count == 0)" empty-icon="inbox"&gt;</c> renders an icon, <c>p.empty-state</c> with
/// <c>empty-text</c> (a localization key; "nothing here yet" by default) and the optional <c>empty-action-*</c> instead of a
/// bare header row. The paragraph takes the table's id plus <c>-empty</c>, so tests and links still find it. When the query
/// string filters the list (a search, a unit, a status), the default sentence becomes "nothing matches the filter": an empty
/// register and an empty result of a search are different news, and every list page gets the difference without saying so.
/// </summary>
[HtmlTargetElement("table", Attributes = "empty-when")]
public sealed class EmptyTableTagHelper(IStringLocalizer l) : TagHelper
{
    public const string DefaultTextKey = "App:Empty";

    public const string FilteredTextKey = "App:NoMatches";

    /// <summary>Query keys that page, sort or address a list rather than filter it.</summary>
    private static readonly HashSet<string> NotFilters = new(StringComparer.OrdinalIgnoreCase)
    {
        "page", "handler", "tab", "id", "returnUrl", "culture", "ui-culture", "sort", "dir",
    };

    [ViewContext, HtmlAttributeNotBound] public ViewContext? ViewContext { get; set; }

    [HtmlAttributeName("empty-when")] public bool Empty { get; set; }

    [HtmlAttributeName("empty-text")] public string? TextKey { get; set; }

    [HtmlAttributeName("empty-icon")] public string? Icon { get; set; }

    [HtmlAttributeName("empty-action-text")] public string? ActionText { get; set; }

    [HtmlAttributeName("empty-action-href")] public string? ActionHref { get; set; }

    [HtmlAttributeName("empty-action-panel")] public string? ActionPanel { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (!Empty) return;
        var id = output.Attributes["id"]?.Value?.ToString();
        var text = TextKey ?? (ViewContext != null && IsFiltered(ViewContext.HttpContext.Request.Query) ? FilteredTextKey : null);
        EmptyStateTagHelper.Render(output, l, string.IsNullOrEmpty(id) ? null : id + "-empty", Icon, text, ActionText, ActionHref,
            ActionPanel);
    }

    /// <summary>True when some query value narrows the list; an empty field of a submitted filter form does not.</summary>
    internal static bool IsFiltered(IQueryCollection query) =>
        query.Any(q => !NotFilters.Contains(q.Key) && q.Value.Any(v => !string.IsNullOrWhiteSpace(v)));
}
