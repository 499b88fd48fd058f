using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;

namespace Ektu.Qa.Kernel.Web;

/// <summary>
/// A list table with no rows is replaced by the empty state (<see cref="EmptyStateTagHelper"/>):
/// <c>&lt;table empty-when="@(Model.Items.Count == 0)" empty-icon="inbox"&gt;</c> renders an icon, <c>p.empty-state</c> with
/// <c>empty-text</c> (a localization key; "nothing here yet" by default) and the optional <c>empty-action-*</c> instead of a
/// bare header row. The paragraph takes the table's id plus <c>-empty</c>, so tests and links still find it.
/// </summary>
[HtmlTargetElement("table", Attributes = "empty-when")]
public sealed class EmptyTableTagHelper(IStringLocalizer l) : TagHelper
{
    public const string DefaultTextKey = "App:Empty";

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
        EmptyStateTagHelper.Render(output, l, string.IsNullOrEmpty(id) ? null : id + "-empty", Icon, TextKey, ActionText, ActionHref,
            ActionPanel);
    }
}
