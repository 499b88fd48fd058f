using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;

namespace Ektu.Qa.Kernel.Web;

/// <summary>
/// The one way a unit is chosen: <c>&lt;unit-picker asp-for="Input.UnitId" units="@Model.Units" /&gt;</c> (or <c>name</c>,
/// <c>id</c> and <c>value</c> for a plain field). Without script it is a select whose options follow the tree — each
/// unit under its parent, siblings by name, indented by depth; units whose parent is not offered start a tree of their own.
/// The site bundle adds the filter box above it (hidden until then): typing keeps the matching units and their ancestors.
/// <c>empty-option</c> adds a first option with no value and that (localized) text, for an optional unit or a filter.
/// </summary>
[HtmlTargetElement("unit-picker", TagStructure = TagStructure.WithoutEndTag)]
public sealed class UnitPickerTagHelper(IStringLocalizer l) : TagHelper
{
    private const string Indent = "\u00A0\u00A0\u00A0";

    [ViewContext, HtmlAttributeNotBound] public ViewContext ViewContext { get; set; } = null!;

    [HtmlAttributeName("asp-for")] public ModelExpression? For { get; set; }

    [HtmlAttributeName("units")] public IEnumerable<IUnitOption> Units { get; set; } = [];

    [HtmlAttributeName("name")] public string? Name { get; set; }

    [HtmlAttributeName("id")] public string? Id { get; set; }

    /// <summary>The selected unit's id; the model's value when <c>asp-for</c> is given.</summary>
    [HtmlAttributeName("value")] public Guid? Value { get; set; }

    [HtmlAttributeName("empty-option")] public string? EmptyOption { get; set; }

    [HtmlAttributeName("select-class")] public string SelectClass { get; set; } = "form-select";

    [HtmlAttributeName("required")] public bool Required { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var name = Name ?? (For == null ? throw new InvalidOperationException("unit-picker needs asp-for or name")
            : ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(For.Name));
        var id = Id ?? TagBuilder.CreateSanitizedId(name, "_");
        var selected = Value ?? (For?.Model is Guid g ? g : null);
        var html = HtmlEncoder.Default;
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "unit-picker");
        output.Attributes.SetAttribute("data-unit-picker", "");
        var filter = l["App:UnitFilter"].Value;
        output.Content.AppendHtml($"<input type=\"search\" class=\"form-control form-control-sm mb-1 unit-filter\" id=\"{html.Encode(id)}-filter\" "
            + $"placeholder=\"{html.Encode(filter)}\" aria-label=\"{html.Encode(filter)}\" aria-controls=\"{html.Encode(id)}\" hidden />");
        var required = Required ? " required" : "";
        output.Content.AppendHtml($"<select class=\"{html.Encode(SelectClass)}\" id=\"{html.Encode(id)}\" name=\"{html.Encode(name)}\"{required}>");
        if (EmptyOption != null) output.Content.AppendHtml($"<option value=\"\">{html.Encode(l[EmptyOption].Value)}</option>");
        foreach (var (unit, depth) in Tree(Units.ToList()))
        {
            var sel = unit.Id == selected ? " selected" : "";
            var parent = unit.ParentId is { } p ? $" data-parent=\"{p}\"" : "";
            var label = string.Concat(Enumerable.Repeat(Indent, depth)) + unit.Name;
            var level = depth.ToString(CultureInfo.InvariantCulture);
            output.Content.AppendHtml($"<option value=\"{unit.Id}\"{parent} data-depth=\"{level}\"{sel}>{html.Encode(label)}</option>");
        }
        output.Content.AppendHtml("</select>");
    }

    /// <summary>Depth-first order: each unit under its parent, siblings by name in the current culture.</summary>
    internal static IEnumerable<(IUnitOption Unit, int Depth)> Tree(IReadOnlyList<IUnitOption> units)
    {
        var ids = units.Select(u => u.Id).ToHashSet();
        var children = units.ToLookup(u => u.ParentId is { } p && ids.Contains(p) ? p : (Guid?)null);
        var byName = StringComparer.Create(CultureInfo.CurrentCulture, CompareOptions.IgnoreCase);
        var stack = new Stack<(IUnitOption, int)>(children[null].OrderByDescending(u => u.Name, byName).Select(u => (u, 0)));
        var seen = new HashSet<Guid>();
        while (stack.Count > 0)
        {
            var (unit, depth) = stack.Pop();
            if (!seen.Add(unit.Id)) continue;
            yield return (unit, depth);
            foreach (var c in children[unit.Id].OrderByDescending(u => u.Name, byName)) stack.Push((c, depth + 1));
        }
    }
}
