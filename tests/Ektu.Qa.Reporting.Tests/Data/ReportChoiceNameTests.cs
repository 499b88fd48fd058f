using Ektu.Qa.Kernel.Localization;
using Ektu.Qa.Reporting.Definitions;
using Ektu.Qa.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.Reporting.Tests.Data;

/// <summary>
/// Every choice of every report parameter the modules define has a name in kk, ru
/// and en, so the run and schedule forms never offer a stored code ("Interim", "overdue", "kk") to pick.
/// </summary>
public sealed class ReportChoiceNameTests
{
    [Fact]
    public async Task EveryChoice_Should_HaveANameInEachCulture_When_AModuleDefinesIt()
    {
        await using var app = await TestApp.StartAsync(TestDatabases.Sqlite, demo: false);
        var store = app.Services.GetRequiredService<LocalizationStore>();
        var choices = app.Services.GetServices<IReportDefinitionProvider>().SelectMany(p => p.GetDefinitions())
            .SelectMany(d => d.Parameters.Where(p => p.Type == ReportParameterType.Choice)
                .SelectMany(p => p.Choices.Select(c => (d.Key, Key: p.ChoiceKey(c)))))
            .ToList();
        choices.Count.ShouldBeGreaterThan(5);
        var missing = LocalizationStore.Cultures.SelectMany(culture =>
            choices.Where(c => !store.Texts[culture].ContainsKey(c.Key)).Select(c => $"{culture} {c}")).ToList();
        missing.ShouldBeEmpty();
    }
}
