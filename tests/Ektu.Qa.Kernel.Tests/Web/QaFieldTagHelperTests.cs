using System.ComponentModel.DataAnnotations;
using System.Diagnostics;
using System.Linq.Expressions;
using System.Text.Encodings.Web;
using Ektu.Qa.Kernel.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewEngines;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Ektu.Qa.Kernel.Tests.Web;

/// <summary>The field group: label, control and validation message from one model property, as a hand-written group gave.</summary>
public sealed class QaFieldTagHelperTests
{
    public sealed class Form
    {
        public Fields Input { get; set; } = new();
    }

    public sealed class Fields
    {
        [Required] public string? Problem { get; set; } = "Late <minutes>";
        public string? Note { get; set; }
        public DateOnly Deadline { get; set; } = new(2026, 12, 31);
        public bool Urgent { get; set; }
    }

    private sealed class KeyLocalizer : IStringLocalizer
    {
        public LocalizedString this[string name] => new(name, "[" + name + "]");
        public LocalizedString this[string name, params object[] arguments] => this[name];
        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => [];
    }

    [Fact]
    public async Task Process_Should_RenderLabelInputAndValidation_When_GivenAProperty()
    {
        var html = await RenderAsync(m => m.Input.Problem, new() { ["label"] = "M:Problem" });

        html.ShouldStartWith("<div class=\"mb-2\"><label class=\"form-label\" for=\"Input_Problem\">[M:Problem] <span class=\"text-danger\"");
        html.ShouldContain("<input class=\"form-control\" aria-required=\"true\" type=\"text\"");
        html.ShouldContain("id=\"Input_Problem\" name=\"Input.Problem\" value=\"Late &lt;minutes&gt;\"");
        html.ShouldContain("data-valmsg-for=\"Input.Problem\"");
    }

    [Fact]
    public async Task Process_Should_OmitTheRequiredMarker_When_ThePropertyIsOptional()
    {
        var html = await RenderAsync(m => m.Input.Note, new() { ["label"] = "M:Note", ["type"] = "textarea", ["rows"] = 3 });

        html.ShouldNotContain("aria-required");
        html.ShouldNotContain("*</span>");
        html.ShouldContain("<textarea class=\"form-control\" rows=\"3\" id=\"Input_Note\" name=\"Input.Note\">");
    }

    [Fact]
    public async Task Process_Should_TieHelpToTheControlAndBoundDates_When_HelpIsGivenOnADate()
    {
        var html = await RenderAsync(m => m.Input.Deadline, new() { ["label"] = "M:Deadline", ["type"] = "date", ["help"] = "M:DeadlineHint" });

        html.ShouldContain("type=\"date\"");
        html.ShouldContain("value=\"2026-12-31\"");
        html.ShouldContain("aria-describedby=\"Input_Deadline-help\"");
        html.ShouldContain("min=\"1950-01-01\"");
        html.ShouldContain("<div class=\"form-text\" id=\"Input_Deadline-help\">[M:DeadlineHint]</div>");
    }

    [Fact]
    public async Task Process_Should_ShowTheModelError_When_ThePropertyFailedValidation()
    {
        var html = await RenderAsync(m => m.Input.Problem, new() { ["label"] = "M:Problem" },
            errors: s => s.AddModelError("Input.Problem", "Say what went wrong"));

        html.ShouldContain("field-validation-error");
        html.ShouldContain("Say what went wrong");
        html.ShouldContain("input-validation-error");
    }

    [Fact]
    public async Task Process_Should_KeepTheContentAsControl_When_TheFieldHasContent()
    {
        var html = await RenderAsync(m => m.Input.Note, new() { ["label"] = "M:Note", ["class"] = "col-md-6" },
            content: "<select id=\"Input_Note\"></select>");

        html.ShouldBe("<div class=\"col-md-6\"><label class=\"form-label\" for=\"Input_Note\">[M:Note]</label>"
            + "<select id=\"Input_Note\"></select><span class=\"text-danger small field-validation-valid\" "
            + "data-valmsg-for=\"Input.Note\" data-valmsg-replace=\"true\"></span></div>");
    }

    [Fact]
    public async Task Process_Should_PutTheLabelAfterTheBox_When_TheFieldIsACheckbox()
    {
        var html = await RenderAsync(m => m.Input.Urgent, new() { ["label"] = "M:Urgent", ["type"] = "checkbox", ["id"] = "urgent" });

        html.ShouldStartWith("<div class=\"mb-2 form-check\"><input class=\"form-check-input\" id=\"urgent\" type=\"checkbox\"");
        html.ShouldContain("<label class=\"form-check-label\" for=\"urgent\">[M:Urgent]</label>");
        html.ShouldNotContain("aria-required");
    }

    private static async Task<string> RenderAsync<T>(Expression<Func<Form, T>> property, Dictionary<string, object> attributes,
        string content = "", Action<ModelStateDictionary>? errors = null)
    {
        var listener = new DiagnosticListener("test");
        var services = new ServiceCollection().AddLogging().AddSingleton(listener).AddSingleton<DiagnosticSource>(listener)
            .AddMvc().Services.BuildServiceProvider();
        var actionContext = new ActionContext(new DefaultHttpContext { RequestServices = services }, new RouteData(), new ActionDescriptor());
        errors?.Invoke(actionContext.ModelState);
        var metadata = services.GetRequiredService<IModelMetadataProvider>();
        var viewData = new ViewDataDictionary<Form>(metadata, actionContext.ModelState)
        {
            Model = new Form(),
        };
        var tempData = new TempDataDictionary(actionContext.HttpContext, new NullTempDataProvider());
        var viewContext = new ViewContext(actionContext, NullView.Instance, viewData, tempData, TextWriter.Null, new HtmlHelperOptions());
        var expression = new ModelExpressionProvider(metadata).CreateModelExpression(viewData, property);
        var helper = new QaFieldTagHelper(services.GetRequiredService<IHtmlGenerator>(), new KeyLocalizer())
        {
            ViewContext = viewContext, For = expression,
        };
        var attrs = new TagHelperAttributeList();
        foreach (var (name, value) in attributes)
        {
            attrs.Add(name, value);
            switch (name)
            {
                case "label": helper.Label = (string)value; break;
                case "type": helper.Type = (string)value; break;
                case "rows": helper.Rows = (int)value; break;
                case "help": helper.Help = (string)value; break;
            }
        }
        var unbound = new TagHelperAttributeList(attrs.Where(a => a.Name is "class" or "id"));
        var context = new TagHelperContext("qa-field", attrs, new Dictionary<object, object>(), "x");
        var output = new TagHelperOutput("qa-field", unbound,
            (_, _) => Task.FromResult<TagHelperContent>(new DefaultTagHelperContent().SetHtmlContent(content)));
        await helper.ProcessAsync(context, output);
        return TagHelperRendering.Write(output);
    }
}
