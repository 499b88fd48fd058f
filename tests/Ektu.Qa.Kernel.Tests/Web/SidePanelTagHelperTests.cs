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
using Microsoft.Extensions.Localization;

namespace Ektu.Qa.Kernel.Tests.Web;

/// <summary>The create form's side panel: its frame, and open again only after a refused post of its own form.</summary>
public sealed class SidePanelTagHelperTests
{
    private sealed class KeyLocalizer : IStringLocalizer
    {
        public LocalizedString this[string name] => new(name, "[" + name + "]");
        public LocalizedString this[string name, params object[] arguments] => this[name];
        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => [];
    }

    [Fact]
    public async Task Process_Should_RenderAClosedOffcanvasWithTitleAndClose_When_ThePageIsShown()
    {
        var html = await RenderAsync("GET", null, invalid: false);

        html.ShouldBe("<div class=\"offcanvas offcanvas-end qa-panel\" tabindex=\"-1\" id=\"x-new\" aria-labelledby=\"x-new-title\">"
            + "<div class=\"offcanvas-header\"><h2 class=\"h5 offcanvas-title\" id=\"x-new-title\">[M:New]</h2>"
            + "<button type=\"button\" class=\"btn-close\" data-bs-dismiss=\"offcanvas\" data-bs-target=\"#x-new\" aria-label=\"[App:Close]\">"
            + "</button></div><div class=\"offcanvas-body\"><form id=\"x-form\"></form></div></div>");
    }

    [Theory]
    [InlineData("POST", null, null, true, true)]
    [InlineData("POST", null, null, false, false)]
    [InlineData("GET", null, null, true, false)]
    [InlineData("POST", "Toggle", null, true, false)]
    [InlineData("POST", "evidence", "Evidence", true, true)]
    [InlineData("POST", null, "Evidence", true, false)]
    public async Task Process_Should_OpenThePanel_When_ItsOwnPostWasRefused(string method, string? posted, string? handler, bool invalid,
        bool open)
    {
        var html = await RenderAsync(method, posted, invalid, handler);

        html.StartsWith("<div class=\"offcanvas offcanvas-end qa-panel show\"", StringComparison.Ordinal).ShouldBe(open);
    }

    [Fact]
    public void Toggle_Should_RenderAButtonThatOpensThePanel_When_Used()
    {
        var attrs = new TagHelperAttributeList { { "id", "new-x" } };
        var output = new TagHelperOutput("side-panel-toggle", attrs,
            (_, _) => Task.FromResult<TagHelperContent>(new DefaultTagHelperContent()));
        new SidePanelToggleTagHelper(new KeyLocalizer()) { Panel = "x-new", Text = "M:New" }
            .Process(new TagHelperContext("side-panel-toggle", [], new Dictionary<object, object>(), "t"), output);

        TagHelperRendering.Write(output).ShouldBe("<button id=\"new-x\" class=\"btn btn-sm btn-primary\" type=\"button\" "
            + "data-bs-toggle=\"offcanvas\" data-bs-target=\"#x-new\" aria-controls=\"x-new\">[M:New]</button>");
    }

    private static async Task<string> RenderAsync(string method, string? posted, bool invalid, string? handler = null)
    {
        var http = new DefaultHttpContext();
        http.Request.Method = method;
        if (posted != null) http.Request.QueryString = new QueryString("?handler=" + posted);
        var actionContext = new ActionContext(http, new RouteData(), new ActionDescriptor());
        if (invalid) actionContext.ModelState.AddModelError("Input.Code", "Required");
        var viewData = new ViewDataDictionary(new EmptyModelMetadataProvider(), actionContext.ModelState);
        var viewContext = new ViewContext(actionContext, NullView.Instance, viewData, new TempDataDictionary(http, new NullTempDataProvider()),
            TextWriter.Null, new HtmlHelperOptions());
        var helper = new SidePanelTagHelper(new KeyLocalizer()) { ViewContext = viewContext, Id = "x-new", Title = "M:New", Handler = handler };
        var output = new TagHelperOutput("side-panel", [],
            (_, _) => Task.FromResult<TagHelperContent>(new DefaultTagHelperContent().SetHtmlContent("<form id=\"x-form\"></form>")));
        await helper.ProcessAsync(new TagHelperContext("side-panel", [], new Dictionary<object, object>(), "p"), output);
        return TagHelperRendering.Write(output);
    }
}
