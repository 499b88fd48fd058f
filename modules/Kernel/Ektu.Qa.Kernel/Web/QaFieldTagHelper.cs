using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.TagHelpers;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;

namespace Ektu.Qa.Kernel.Web;

/// <summary>
/// One form field: <c>&lt;qa-field asp-for="Input.Problem" label="Improvement:Capa.Problem" type="textarea" rows="2" /&gt;</c>
/// renders the label (localized, with a marker when the model says the value is required), the control, the help text
/// (<c>help</c>, a localization key, tied to the control by <c>aria-describedby</c>) and the validation message. The control
/// is the framework's own input, textarea or select tag helper run on <c>asp-for</c>, so names, ids, values and formats
/// stay what a hand-written group gave; <c>type="textarea"</c>, <c>type="select"</c> (with <c>items</c>) and
/// <c>type="checkbox"</c> choose the others. A field with content (a unit picker, a select built in a loop) keeps that
/// content as its control. Attributes other than <c>class</c> (the wrapper's, <c>mb-2</c> by default) go on the control.
/// </summary>
[HtmlTargetElement("qa-field")]
public sealed class QaFieldTagHelper(IHtmlGenerator generator, IStringLocalizer l) : TagHelper
{
    [ViewContext, HtmlAttributeNotBound] public ViewContext ViewContext { get; set; } = null!;

    [HtmlAttributeName("asp-for")] public ModelExpression For { get; set; } = null!;

    /// <summary>The label's localization key.</summary>
    [HtmlAttributeName("label")] public string Label { get; set; } = "";

    /// <summary>An input type (date, number, file…), or <c>textarea</c>, <c>select</c>, <c>checkbox</c>; inferred when empty.</summary>
    [HtmlAttributeName("type")] public string? Type { get; set; }

    [HtmlAttributeName("rows")] public int? Rows { get; set; }

    /// <summary><c>sm</c> for the compact controls of a form inside a table or card (<c>form-control-sm</c>).</summary>
    [HtmlAttributeName("size")] public string? Size { get; set; }

    /// <summary>The options of <c>type="select"</c>.</summary>
    [HtmlAttributeName("items")] public IEnumerable<SelectListItem>? Items { get; set; }

    /// <summary>The localization key of a help sentence under the control.</summary>
    [HtmlAttributeName("help")] public string? Help { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var id = output.Attributes["id"]?.Value?.ToString()
            ?? TagBuilder.CreateSanitizedId(ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(For.Name), "_");
        var check = Type == "checkbox";
        // The marker follows the model (a [Required] or non-nullable property) or a required attribute meant for the control.
        var required = !check && (For.Metadata.IsRequired || output.Attributes.ContainsName("required"));
        var wrapper = output.Attributes["class"]?.Value?.ToString() ?? "mb-2";
        var passed = output.Attributes.Where(a => a.Name != "class").ToList();
        var childContent = await output.GetChildContentAsync();
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.Clear();
        output.Attributes.SetAttribute("class", check ? wrapper + " form-check" : wrapper);
        output.Content.Clear();

        var label = await RunAsync(new LabelTagHelper(generator), "label", Attrs(("class", check ? "form-check-label" : "form-label"), ("for", id)));
        label.Content.SetContent(l[Label].Value);
        if (required) label.Content.AppendHtml(" <span class=\"text-danger\" aria-hidden=\"true\">*</span>");

        var control = childContent.IsEmptyOrWhiteSpace ? await ControlAsync(id, check, required, passed) : null;
        if (!check) output.Content.AppendHtml(label);
        if (control != null) output.Content.AppendHtml(control);
        else output.Content.AppendHtml(childContent);
        if (check) output.Content.AppendHtml(label);
        if (!string.IsNullOrEmpty(Help))
            output.Content.AppendHtml($"<div class=\"form-text\" id=\"{id}-help\">").Append(l[Help].Value).AppendHtml("</div>");
        output.Content.AppendHtml(await RunAsync(new ValidationMessageTagHelper(generator), "span", Attrs(("class", "text-danger small"))));
    }

    private async Task<TagHelperOutput> ControlAsync(string id, bool check, bool required, List<TagHelperAttribute> passed)
    {
        var kind = check ? "form-check-input" : Type == "select" ? "form-select" : "form-control";
        var attrs = Attrs(("class", Size is { Length: > 0 } size && !check ? $"{kind} {kind}-{size}" : kind));
        foreach (var a in passed) attrs.SetAttribute(a);
        if (required) attrs.SetAttribute("aria-required", "true");
        if (!string.IsNullOrEmpty(Help)) attrs.SetAttribute("aria-describedby", id + "-help");
        switch (Type)
        {
            case "textarea":
                if (Rows is { } rows) attrs.SetAttribute("rows", rows);
                return await RunAsync(new TextAreaTagHelper(generator), "textarea", attrs);
            case "select":
                return await RunAsync(new SelectTagHelper(generator) { Items = Items ?? [] }, "select", attrs);
            default:
                var input = await RunAsync(new InputTagHelper(generator) { InputTypeName = Type }, "input", attrs, Type);
                // The date bounds the page's own <input> would get from DateInputTagHelper.
                new DateInputTagHelper().Process(Context("input", attrs), input);
                return input;
        }
    }

    private static TagHelperAttributeList Attrs(params (string Name, object Value)[] attrs) =>
        [.. attrs.Select(a => new TagHelperAttribute(a.Name, a.Value))];

    private static TagHelperContext Context(string tag, TagHelperAttributeList attrs) =>
        new(tag, attrs, new Dictionary<object, object>(), Guid.NewGuid().ToString("N"));

    /// <summary>Runs one of the framework's asp-for tag helpers as Razor would on a hand-written element.</summary>
    private async Task<TagHelperOutput> RunAsync(TagHelper helper, string tag, TagHelperAttributeList attrs, string? type = null)
    {
        switch (helper)
        {
            case InputTagHelper i: i.For = For; i.ViewContext = ViewContext; break;
            case TextAreaTagHelper t: t.For = For; t.ViewContext = ViewContext; break;
            case SelectTagHelper s: s.For = For; s.ViewContext = ViewContext; break;
            case LabelTagHelper b: b.For = For; b.ViewContext = ViewContext; break;
            case ValidationMessageTagHelper v: v.For = For; v.ViewContext = ViewContext; break;
        }
        if (type != null) attrs.SetAttribute("type", type);
        var context = Context(tag, attrs);
        var output = new TagHelperOutput(tag, attrs, (_, _) => Task.FromResult<TagHelperContent>(new DefaultTagHelperContent()))
        {
            TagMode = tag == "input" ? TagMode.SelfClosing : TagMode.StartTagAndEndTag,
        };
        helper.Init(context);
        await helper.ProcessAsync(context, output);
        return output;
    }
}
