namespace Ektu.Qa.Host.Tests;

/// <summary>
/// A list's create form in its side panel, in Chromium: closed until the page's "New" button opens it, open again with
/// the localized field errors after an empty submit, and the new row in the list once it is filled in.
/// </summary>
[Trait("Category", "Browser")]
public sealed class SidePanelBrowserTests
{
    [Fact]
    public async Task CreatePanel_Should_KeepItsErrorsOpenThenAddTheRow_When_SubmittedEmptyThenFilled()
    {
        await using var session = await BrowserSession.StartAsync();
        var admin = await session.LoginAsync("admin");
        await admin.ClickAsync("#culture-ru");
        await admin.WaitForSelectorAsync("html[lang=ru]");
        await admin.GotoAsync(session.BaseUrl + "/ExternalAccreditation/Agencies");
        (await admin.IsVisibleAsync("#agency-form")).ShouldBeFalse();

        await admin.ClickAsync("#new-agency");
        await admin.WaitForSelectorAsync("#agency-new.show");
        (await admin.InnerTextAsync("#agency-new-title")).Trim().ShouldBe("Новое агентство");
        await admin.ClickAsync("#create-agency");
        await admin.WaitForSelectorAsync("#agency-new.show .field-validation-error");
        (await admin.IsVisibleAsync("#agency-form")).ShouldBeTrue();
        (await admin.InnerTextAsync("#agency-new [data-valmsg-for='Input.Code']")).Trim().ShouldBe("Это поле обязательно.");
        (await admin.InnerTextAsync("#agency-new [data-valmsg-for='Input.NameRu']")).Trim().ShouldBe("Это поле обязательно.");

        var code = "PNL-" + Random.Shared.Next(1000, 9999);
        await admin.FillAsync("#g-code", code);
        await admin.FillAsync("#g-country", "Kazakhstan");
        await admin.FillAsync("#g-kk", "Панель агенттігі");
        await admin.FillAsync("#g-ru", "Агентство панели");
        await admin.FillAsync("#g-en", "Panel agency");
        await admin.ClickAsync("#create-agency");
        await admin.WaitForSelectorAsync($"#agencies tr:has-text('{code}')");
        (await admin.IsVisibleAsync("#agency-form")).ShouldBeFalse();
        (await admin.QuerySelectorAsync("#agency-new .field-validation-error")).ShouldBeNull();
    }
}
