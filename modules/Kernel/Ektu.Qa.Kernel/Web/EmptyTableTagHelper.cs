using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;

namespace Ektu.Qa.Kernel.Web;

/// <summary>
/// A list table with no rows is replaced by a sentence saying so: <c>&lt;table empty-when="@(Model.Items.Count == 0)"&gt;</c>
/// renders <c>&lt;p class="empty-state"&gt;</c> with <c>empty-text</c> (a localization key; "nothing here yet" by default)
/// instead of a bare header row. The paragraph takes the table's id plus <c>-empty</c>, so tests and links still find it.
/// </summary>
[HtmlTargetElement("table", Attributes = "empty-when")]
public sealed class EmptyTableTagHelper(IStringLocalizer l) : TagHelper
{
    public const string DefaultTextKey = "App:Empty";

    [HtmlAttributeName("empty-when")] public bool Empty { get; set; }

    [HtmlAttributeName("empty-text")] public string? TextKey { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (!Empty) return;
        var id = output.Attributes["id"]?.Value?.ToString();
        output.TagName = "p";
        output.Attributes.Clear();
        output.Attributes.SetAttribute("class", "empty-state text-body-secondary fst-italic");
        if (!string.IsNullOrEmpty(id)) output.Attributes.SetAttribute("id", id + "-empty");
        output.Content.SetContent(l[TextKey ?? DefaultTextKey].Value);
        output.PostContent.Clear();
        output.PreContent.Clear();
    }
}
