using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.QualityPolicy.Acknowledgements;
using Ektu.Qa.QualityPolicy.Holidays;
using Ektu.Qa.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.QualityPolicy.Tests.Application;

public sealed class AcknowledgementAppServiceTests
{
    private static readonly DateOnly Friday20March = new(2026, 3, 20);

    private static IAcknowledgementAppService Acks(IServiceProvider sp) => sp.GetRequiredService<IAcknowledgementAppService>();

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task PutInForce_Should_CreateTasksForScopeSubtree_When_EditionComesIntoForce(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var doc = await app.CreateAsync(await app.UnitAsync("SITIS"));

        await app.EnforceAsync(doc.Id, Friday20March);

        var edition = (await app.AsAsync("aqd", sp => Steps.Docs(sp).GetEditionsAsync(doc.Id))).Single();
        var sheet = await app.AsAsync("dean.sitis", sp => Acks(sp).GetSheetAsync(edition.Id));
        sheet.Select(a => a.UserName).Order().ShouldBe(["council.sitis", "dean.sitis", "head.cs", "teacher1", "teacher2"]);
        // Nauryz 21–23 March, the days off moved from Saturday 21 and Sunday 22 to Tuesday 24 and Wednesday 25, and the
        // weekends are skipped: the 10th working day after approval on Friday 20 March is Wednesday 8 April.
        sheet.ShouldAllBe(a => a.DueOn == new DateOnly(2026, 4, 8) && a.AcknowledgedAt == null);
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task PutInForce_Should_CountTransferredSaturday_When_MarkedWorkingDay(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        await app.AsAsync("aqd", sp => sp.GetRequiredService<IHolidayAppService>().AddAsync(new SaveHolidayInput
        {
            Day = new DateOnly(2026, 3, 28), IsWorkingDay = true, NameKk = "Жұмыс күні", NameRu = "Рабочий день", NameEn = "Working Saturday",
        }));
        var doc = await app.CreateAsync(await app.UnitAsync("SITIS-CS"));

        await app.EnforceAsync(doc.Id, Friday20March);

        var mine = await app.AsAsync("teacher1", sp => Acks(sp).GetMineAsync(pendingOnly: true));
        mine.Single(a => a.DocumentId == doc.Id).DueOn.ShouldBe(new DateOnly(2026, 4, 7));
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task PutInForce_Should_RunFromApproval_When_AnotherInForceDateIsGiven(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var doc = await app.CreateAsync(await app.UnitAsync("SITIS-CS"));
        await app.UploadAsync(doc.Id, Steps.Pdf);
        app.Clock.UtcNow = new DateTime(2026, 3, 20, 6, 0, 0, DateTimeKind.Utc);
        var approved = await app.AsAsync("aqd", async sp => await Steps.Docs(sp).ApproveAsync(doc.Id, new Documents.ApproveEditionInput
        { ApprovedOn = new DateOnly(2026, 3, 2), ApprovingBody = "Board", DecisionNumber = "7",
            Version = (await Steps.Docs(sp).GetAsync(doc.Id)).Version }));

        // 004 §8.2: in force from approval; another date is refused with a field error.
        var e = await Should.ThrowAsync<ValidationException>(() => app.AsAsync("aqd", sp => Steps.Docs(sp).PutInForceAsync(doc.Id,
            new Documents.EnforceEditionInput { InForceOn = Friday20March, Version = approved.Version })));
        e.Errors["InForceOn"].ShouldBe([QualityPolicyErrorCodes.InForceNotApproval]);
        var inForce = await app.AsAsync("aqd", sp =>
            Steps.Docs(sp).PutInForceAsync(doc.Id, new Documents.EnforceEditionInput { Version = approved.Version }));
        inForce.InForceOn.ShouldBe(new DateOnly(2026, 3, 2));

        // 004 §8.3: 10 working days from approval on Monday 2 March. Women's Day, Sunday 8 March, moves its day off to
        // Monday 9 March, so the 10th working day is Tuesday 17 March, not Monday 16.
        var mine = await app.AsAsync("teacher1", sp => Acks(sp).GetMineAsync(pendingOnly: true));
        mine.Single(a => a.DocumentId == doc.Id).DueOn.ShouldBe(new DateOnly(2026, 3, 17));
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Acknowledge_Should_RecordTimeAndLeaveOverdueList_When_EmployeeAcknowledges(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var doc = await app.CreateAsync(await app.UnitAsync("SITIS"));
        await app.EnforceAsync(doc.Id, Friday20March);
        var task = (await app.AsAsync("teacher1", sp => Acks(sp).GetMineAsync(pendingOnly: true))).Single(a => a.DocumentId == doc.Id);

        app.Clock.UtcNow = new DateTime(2026, 3, 25, 5, 0, 0, DateTimeKind.Utc);
        var done = await app.AsAsync("teacher1", sp => Acks(sp).AcknowledgeAsync(task.Id, task.Version));
        done.AcknowledgedAt.ShouldBe(new DateTime(2026, 3, 25, 5, 0, 0, DateTimeKind.Utc));
        (await app.AsAsync("teacher1", sp => Acks(sp).GetMineAsync(pendingOnly: true))).ShouldNotContain(a => a.DocumentId == doc.Id);

        // Day 10 (Wednesday 8 April, Almaty) is still in time.
        app.Clock.UtcNow = new DateTime(2026, 4, 8, 12, 0, 0, DateTimeKind.Utc);
        (await OverdueFor(app, doc.Id)).ShouldBeEmpty();

        // Day 11: everyone who has not acknowledged is overdue.
        app.Clock.UtcNow = new DateTime(2026, 4, 9, 4, 0, 0, DateTimeKind.Utc);
        (await OverdueFor(app, doc.Id)).Order().ShouldBe(["council.sitis", "dean.sitis", "head.cs", "teacher2"]);
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Acknowledge_Should_Fail_When_StaleVersionOrSomeoneElsesTask(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var doc = await app.CreateAsync(await app.UnitAsync("SITIS"));
        await app.EnforceAsync(doc.Id, Friday20March);
        var task = (await app.AsAsync("teacher1", sp => Acks(sp).GetMineAsync(pendingOnly: true))).Single(a => a.DocumentId == doc.Id);

        await Should.ThrowAsync<EntityNotFoundException>(() => app.AsAsync("teacher2", sp => Acks(sp).AcknowledgeAsync(task.Id, task.Version)));
        await Should.ThrowAsync<ConcurrencyConflictException>(() =>
            app.AsAsync("teacher1", sp => Acks(sp).AcknowledgeAsync(task.Id, task.Version + 1)));
        await app.AsAsync("teacher1", sp => Acks(sp).AcknowledgeAsync(task.Id, task.Version));
        var again = await Should.ThrowAsync<QaException>(() => app.AsAsync("teacher1", sp => Acks(sp).AcknowledgeAsync(task.Id, task.Version + 1)));
        again.Code.ShouldBe(QualityPolicyErrorCodes.AlreadyAcknowledged);
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task ExportSheet_Should_NameDocumentAndEditionInRowsAndFileName_When_Exported(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var doc = await app.CreateAsync(await app.UnitAsync("SITIS-CS"));
        await app.EnforceAsync(doc.Id, Friday20March);
        var edition = (await app.AsAsync("aqd", sp => Steps.Docs(sp).GetEditionsAsync(doc.Id))).Single();
        var task = (await app.AsAsync("teacher1", sp => Acks(sp).GetMineAsync(pendingOnly: true))).Single(a => a.DocumentId == doc.Id);
        await app.AsAsync("teacher1", sp => Acks(sp).AcknowledgeAsync(task.Id, task.Version));

        var culture = CultureInfo.CurrentUICulture;
        using var ms = new MemoryStream();
        string fileName;
        try
        {
            CultureInfo.CurrentUICulture = new CultureInfo("ru-RU");
            fileName = await app.AsAsync("aqd", sp => Acks(sp).ExportSheetAsync(edition.Id, ms));
        }
        finally
        {
            CultureInfo.CurrentUICulture = culture;
        }

        ms.Position = 0;
        using var xlsx = SpreadsheetDocument.Open(ms, false);
        var rows = xlsx.WorkbookPart!.WorksheetParts.Single().Worksheet!.Descendants<Row>().ToList();
        Text(rows[0]).ShouldBe(["№", "Документ", "Редакция", "ФИО", "Должность", "Срок", "Дата ознакомления"]);
        rows.Count.ShouldBe(3); // header + head.cs + teacher1
        rows.Skip(1).Select(r => Text(r)[3]).ShouldContain(task.FullName);
        // Every row says which document and edition it acknowledges, and so does the file a person saves.
        rows.Skip(1).ShouldAllBe(r => Text(r)[1] == $"{doc.Code} — {task.TitleRu}" && Text(r)[2] == "1");
        fileName.ShouldBe($"Лист ознакомления {doc.Code} Редакция 1.xlsx");
        xlsx.WorkbookPart.Workbook!.Descendants<Sheet>().Single().Name!.Value.ShouldBe($"{doc.Code} Редакция 1");
    }

    private static async Task<List<string>> OverdueFor(TestApp app, Guid documentId) =>
        (await app.AsAsync("dean.sitis", sp => Acks(sp).GetOverdueAsync(1, 100))).Items.Where(a => a.DocumentId == documentId).Select(a => a.UserName)
            .ToList();

    private static List<string> Text(Row row) => row.Elements<Cell>().Select(c => c.InnerText).ToList();
}
