using System.Text;
using Ektu.Qa.InformationManagement.Indicators;
using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.InformationManagement.Tests.Application;

public sealed class IndicatorTests
{
    private static IIndicatorAppService Indicators(IServiceProvider sp) => sp.GetRequiredService<IIndicatorAppService>();

    private static Task<IndicatorDto> IndicatorAsync(TestApp app, string code = "T-EMPLOY") => app.AsAsync("aqd", sp =>
        Indicators(sp).CreateAsync(new SaveIndicatorInput
        {
            Code = code, NameKk = "Жұмысқа орналасу", NameRu = "Трудоустройство", NameEn = "Employment", Measure = "%",
            Level = IndicatorLevel.School, PeriodKind = PeriodKind.Year, Threshold = 80, Direction = ThresholdDirection.AtLeast,
        }));

    /// <summary>The values of the tests' indicator (the demo data brings values of its own).</summary>
    private const string Values =
        "SELECT COUNT(*) FROM im_indicator_values v JOIN im_indicators i ON i.id = v.indicator_id WHERE i.code = 'T-EMPLOY'";

    private static Task<long> CountAsync(TestApp app, string sql) => app.QueryAsync(db => db.ExecuteScalarAsync<long>(sql));

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Import_Should_ReportWhyARowFailedAndImportTheRest_When_OneRowIsBad(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        await IndicatorAsync(app);
        var csv = "Показатель;Подразделение;Год;Значение\nT-EMPLOY;SITIS;2024;81,5\nT-EMPLOY;SEM;24;70\nT-EMPLOY;SEM;2024;79.99\n";

        var result = await app.AsAsync("aqd", sp => Indicators(sp).ImportAsync("values.csv", new MemoryStream(Encoding.UTF8.GetBytes(csv)),
            new IndicatorImportMapping { Indicator = "Показатель", Unit = "Подразделение", Period = "Год", Value = "Значение" }));

        result.Created.ShouldBe(2);
        result.Failed.ShouldBe(1);
        var bad = result.Items.Single(i => i.Outcome == ItemOutcome.Failed);
        bad.Row.ShouldBe(3);
        bad.Field.ShouldBe("Period");
        bad.Code.ShouldBe(IndicatorErrorCodes.InvalidPeriod);
        bad.Message.ShouldNotBeNullOrWhiteSpace();
        (await CountAsync(app, Values)).ShouldBe(2);
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Import_Should_NameTheMissingColumn_When_MappingDoesNotMatchTheHeader(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var csv = "indicator,unit,period\nT-EMPLOY,SITIS,2024\n";

        var e = await Should.ThrowAsync<ValidationException>(() => app.AsAsync("aqd", sp =>
            Indicators(sp).ImportAsync("values.csv", new MemoryStream(Encoding.UTF8.GetBytes(csv)), new IndicatorImportMapping())));

        e.Errors.Keys.ShouldBe(["Mapping.Value"]);
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Push_Should_WriteNothingNew_When_TheSameBatchIsPushedAgain(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        await IndicatorAsync(app);
        IndicatorPushItem[] batch =
        [
            new() { Indicator = "t-employ", Unit = "SITIS", Period = "2024", Value = 81.5m },
            new() { Indicator = "T-EMPLOY", Unit = "SEM", Period = "2024", Value = 77m },
        ];

        var first = await app.AsAsync("admin", sp => Indicators(sp).PushAsync(batch));
        var values = await CountAsync(app, Values);
        var audit = await CountAsync(app, "SELECT COUNT(*) FROM k_audit_log WHERE entity = 'IndicatorValue'");
        var again = await app.AsAsync("admin", sp => Indicators(sp).PushAsync(batch));

        first.Created.ShouldBe(2);
        again.Unchanged.ShouldBe(2);
        again.Created.ShouldBe(0);
        values.ShouldBe(2);
        audit.ShouldBe(2);
        (await CountAsync(app, Values)).ShouldBe(values);
        (await CountAsync(app, "SELECT COUNT(*) FROM k_audit_log WHERE entity = 'IndicatorValue'")).ShouldBe(audit);
        var changed = await app.AsAsync("admin", sp =>
            Indicators(sp).PushAsync([new() { Indicator = "T-EMPLOY", Unit = "SEM", Period = "2024", Value = 78m }]));
        changed.Updated.ShouldBe(1);
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Push_Should_RefuseTheItem_When_UnitIsOutsideTheCallersScopeOrOfAnotherLevel(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        await IndicatorAsync(app);

        var result = await app.AsAsync("admin", sp => Indicators(sp).PushAsync(
            [new() { Indicator = "T-EMPLOY", Unit = "SITIS-CS", Period = "2024", Value = 1 },
             new() { Indicator = "NOPE", Unit = "SITIS", Period = "2024", Value = 1 }]));

        result.Items.Select(i => i.Code).ShouldBe([IndicatorErrorCodes.WrongLevel, IndicatorErrorCodes.UnknownIndicator]);
        (await Should.ThrowAsync<QaException>(() => app.AsAsync("dean.sitis", sp => Indicators(sp).PushAsync([])))).Status.ShouldBe(403);
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Get_Should_MarkTheValueOnTheThresholdAsMetAndShowOnlyTheScope_When_DeanReads(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var i = await IndicatorAsync(app);
        await app.AsAsync("admin", sp => Indicators(sp).PushAsync(
            [new() { Indicator = "T-EMPLOY", Unit = "SITIS", Period = "2024", Value = 80m },
             new() { Indicator = "T-EMPLOY", Unit = "SEM", Period = "2024", Value = 79.99m }]));

        var all = await app.AsAsync("aqd", sp => Indicators(sp).GetAsync(i.Id));
        var dean = await app.AsAsync("dean.sitis", sp => Indicators(sp).GetAsync(i.Id));
        var series = await app.AsAsync("dean.sitis", sp => Indicators(sp).GetSeriesAsync("T-EMPLOY", null, null, null));

        all.Values.Select(v => v.Status).Order().ShouldBe([ThresholdStatus.Met, ThresholdStatus.NotMet]);
        dean.Values.Single().Status.ShouldBe(ThresholdStatus.Met);
        series.Single().Unit.ShouldBe("SITIS");
        series.Single().Time.ShouldBe(new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        await Should.ThrowAsync<EntityNotFoundException>(() => app.AsAsync("dean.sitis", sp =>
            Indicators(sp).GetSeriesAsync("T-EMPLOY", "SEM", null, null)));
    }
}
