using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.ProgrammeMonitoring.Curriculum;
using Ektu.Qa.ProgrammeMonitoring.Programmes;
using Ektu.Qa.TestKit;

namespace Ektu.Qa.ProgrammeMonitoring.Tests.Application;

public sealed class CurriculumAppServiceTests
{
    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Save_Should_WriteANewVersionWithTheMapAndItsGaps_When_CourseAndCellAreAdded(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var p = await app.CreateAsync();
        var before = await app.AsAsync("aqd", sp => Steps.Curriculum(sp).GetAsync(p.Programme.Id, 1));
        before.Coverage.UncoveredOutcomes.ShouldBe([3]);

        var saved = await app.AsAsync("aqd", sp => Steps.Curriculum(sp).SaveAsync(p.Programme.Id, 1, new CurriculumInput(
            [.. before.Courses, new Course("ais401", "Зияткерлік жүйелер", "Интеллектуальные системы", "Intelligent Systems", 5, 7)],
            [.. before.Map, new MapCell(3, "AIS401", CoverageLevel.Mastered), new MapCell(4, "ETH101", CoverageLevel.Introduced)])));

        saved.Number.ShouldBe(2);
        saved.Coverage.UncoveredOutcomes.ShouldBeEmpty();
        saved.Coverage.CoursesWithoutOutcomes.ShouldBeEmpty();
        saved.Map.ShouldContain(new MapCell(3, "AIS401", CoverageLevel.Mastered));
        (await app.AsAsync("aqd", sp => Steps.Programmes(sp).GetVersionAsync(p.Programme.Id, 1))).State.ShouldBe(VersionState.Replaced);
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Save_Should_RefuseACellOfAnUnknownCourse_When_MapNamesIt(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var p = await app.CreateAsync();

        var e = await Should.ThrowAsync<ValidationException>(() => app.AsAsync("aqd", sp => Steps.Curriculum(sp).SaveAsync(p.Programme.Id, 1,
            new CurriculumInput([], [new MapCell(1, "NOPE", CoverageLevel.Introduced)]))));

        e.Errors["Map"].ShouldBe([CurriculumErrorCodes.UnknownCourse]);
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Save_Should_Answer409_When_VersionIsApproved(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var id = await app.ApprovedAsync();

        var e = await Should.ThrowAsync<QaException>(() =>
            app.AsAsync("aqd", sp => Steps.Curriculum(sp).SaveAsync(id, 1, new CurriculumInput([], []))));

        e.Code.ShouldBe(ProgrammeErrorCodes.VersionFrozen);
    }
}
