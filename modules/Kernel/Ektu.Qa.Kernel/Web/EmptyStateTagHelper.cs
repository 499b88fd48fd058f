using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;

namespace Ektu.Qa.Kernel.Web;

/// <summary>
/// What a list shows when it has nothing: an icon, a sentence and, for those who may act, the list's primary action.
/// <c>&lt;empty-state id="notifications-empty" icon="bell" text="Notifications:Empty" /&gt;</c> stands alone; tables use
/// <see cref="EmptyTableTagHelper"/>, which renders the same. <c>action-text</c> (a localization key) with <c>action-href</c>
/// links to a page, with <c>action-panel</c> opens the side panel of that id (the list's create form).
/// </summary>
[HtmlTargetElement("empty-state", TagStructure = TagStructure.WithoutEndTag)]
public sealed class EmptyStateTagHelper(IStringLocalizer l) : TagHelper
{
    [HtmlAttributeName("id")] public string? Id { get; set; }

    [HtmlAttributeName("icon")] public string? Icon { get; set; }

    [HtmlAttributeName("text")] public string? Text { get; set; }

    [HtmlAttributeName("action-text")] public string? ActionText { get; set; }

    [HtmlAttributeName("action-href")] public string? ActionHref { get; set; }

    [HtmlAttributeName("action-panel")] public string? ActionPanel { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output) =>
        Render(output, l, Id, Icon, Text, ActionText, ActionHref, ActionPanel);

    /// <summary>
    /// Turns <paramref name="output"/> into the empty state: the sentence stays a <c>p.empty-state</c> with the given id (tests
    /// and links find it by <c>#…-empty</c>); the icon and the action stand around it.
    /// </summary>
    internal static void Render(TagHelperOutput output, IStringLocalizer l, string? id, string? icon, string? text,
        string? actionText, string? actionHref, string? actionPanel)
    {
        var html = HtmlEncoder.Default;
        output.TagName = "p";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.Clear();
        output.Attributes.SetAttribute("class", "empty-state text-body-secondary mb-2");
        if (!string.IsNullOrEmpty(id)) output.Attributes.SetAttribute("id", id);
        output.PreContent.Clear();
        output.PostContent.Clear();
        output.Content.SetContent(l[text ?? EmptyTableTagHelper.DefaultTextKey].Value);
        output.PreElement.AppendHtml("<div class=\"empty-state-box text-center py-4\">");
        output.PreElement.AppendHtml($"<i class=\"bi bi-{html.Encode(icon ?? "inbox")} fs-1 text-body-tertiary\" aria-hidden=\"true\"></i>");
        if (!string.IsNullOrEmpty(actionText) && (actionHref != null || actionPanel != null))
        {
            var label = html.Encode(l[actionText].Value);
            output.PostElement.AppendHtml(actionPanel != null
                ? $"<button type=\"button\" class=\"btn btn-sm btn-primary\" data-bs-toggle=\"offcanvas\" "
                  + $"data-bs-target=\"#{html.Encode(actionPanel)}\" aria-controls=\"{html.Encode(actionPanel)}\">{label}</button>"
                : $"<a class=\"btn btn-sm btn-primary\" href=\"{html.Encode(actionHref ?? "")}\">{label}</a>");
        }
        output.PostElement.AppendHtml("</div>");
    }
}
