using Microsoft.Playwright;

namespace Ektu.Qa.Host.Tests;

/// <summary>
/// Rough edges of the designer: Publish asks for confirmation (the Kernel's data-confirm, as every post button
/// does), and edits not yet saved are marked and guarded against leaving the page, until they are saved.
/// </summary>
[Trait("Category", "Browser")]
public sealed class WorkflowDesignerBrowserTests
{
    private const string LeaveIsGuarded = """
        () => { const e = new Event('beforeunload', { cancelable: true }); window.dispatchEvent(e); return e.defaultPrevented; }
        """;

    [Fact]
    public async Task Designer_Should_AskBeforePublishingAndMarkUnsavedEdits_When_UsedInTheBrowser()
    {
        await using var session = await BrowserSession.StartAsync();
        var admin = await session.LoginAsync("admin");
        await admin.GotoAsync(session.BaseUrl + "/Workflow/Definitions");
        await admin.ClickAsync("#edit-external-assessment");
        await admin.WaitForSelectorAsync("#bpmn-designer[data-ready=true]");
        (await admin.IsHiddenAsync("#designer-unsaved")).ShouldBeTrue();
        (await admin.EvaluateAsync<bool>(LeaveIsGuarded)).ShouldBeFalse();

        // An edit shows the marker and guards leaving the page.
        await admin.EvaluateAsync("""
            () => {
              const task = window.qaDesigner.get('elementRegistry').filter(e => e.type === 'bpmn:UserTask')[0];
              window.qaDesigner.get('modeling').updateProperties(task, { name: 'Decide on the external assessment' });
            }
            """);
        await admin.WaitForSelectorAsync("#designer-unsaved", new() { State = WaitForSelectorState.Visible });
        (await admin.EvaluateAsync<bool>(LeaveIsGuarded)).ShouldBeTrue();

        // Saving keeps the edits: the page comes back with a new draft, no marker and no guard.
        await admin.ClickAsync("#designer-save");
        await admin.WaitForSelectorAsync("#designer-saved, #designer-errors li");
        if (await admin.QuerySelectorAsync("#designer-saved") == null)
            throw new ShouldAssertException(await admin.InnerTextAsync("#designer-errors"));
        await admin.WaitForSelectorAsync("#bpmn-designer[data-ready=true]");
        (await admin.IsHiddenAsync("#designer-unsaved")).ShouldBeTrue();
        (await admin.EvaluateAsync<bool>(LeaveIsGuarded)).ShouldBeFalse();

        // Publish asks first: declining keeps the draft, accepting publishes it.
        var accept = false;
        string? question = null;
        admin.Dialog += (_, dialog) =>
        {
            question = dialog.Message;
            _ = accept ? dialog.AcceptAsync() : dialog.DismissAsync();
        };
        await admin.ClickAsync("#designer-publish");
        question.ShouldBe("Publish this version? New instances will start on it; it can no longer be edited.");
        (await admin.QuerySelectorAsync("#designer-published")).ShouldBeNull();
        (await admin.TextContentAsync("#version-status"))!.ShouldContain("Draft");

        accept = true;
        await admin.ClickAsync("#designer-publish");
        await admin.WaitForSelectorAsync("#designer-published");
        (await admin.TextContentAsync("#version-status"))!.ShouldContain("Published");
    }
}
