using Ektu.Qa.ProgrammeMonitoring.Curriculum;
using Ektu.Qa.ProgrammeMonitoring.Data;
using Ektu.Qa.ProgrammeMonitoring.Programmes;

namespace Ektu.Qa.ProgrammeMonitoring.Tests.Domain;

public sealed class VersionDiffTests
{
    private static readonly ProgrammeContent It = ContentRules.Normalize(DemoProgrammes.InformationTechnology(Guid.NewGuid(), Guid.NewGuid()));

    [Fact]
    public void Between_Should_FindNothing_When_VersionsAreEqual()
    {
        var d = VersionDiff.Between(1, It, 2, It);
        d.Changes.ShouldBeEmpty();
        d.LanguageGaps.ShouldBeEmpty();
        d.OrphanedOutcomes.ShouldBeEmpty();
    }

    [Fact]
    public void Between_Should_NameFieldAndCell_When_TitleAndCourseCreditsChange()
    {
        var to = It with { TitleEn = "IT", Courses = It.Courses.Select(c => c.Code == "DBS201" ? c with { Credits = 6 } : c).ToList() };
        var d = VersionDiff.Between(1, It, 2, to);
        d.Changes.ShouldContain(new FieldChange(DiffSection.Programme, "", "TitleEn", ChangeKind.Changed, "Information Technology", "IT"));
        d.Changes.ShouldContain(new FieldChange(DiffSection.Course, "DBS201", "Credits", ChangeKind.Changed, "5", "6"));
        d.Changes.Count.ShouldBe(2);
    }

    [Fact]
    public void Between_Should_FlagTheOtherTwoLanguages_When_OnlyTheKazakhTitleChanges()
    {
        var d = VersionDiff.Between(1, It, 2, It with { TitleKk = "Ақпараттық жүйелер" });
        d.LanguageGaps.ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            g => g.Field.ShouldBe("Title"), g => g.Changed.ShouldBe(["kk"]), g => g.Unchanged.ShouldBe(["ru", "en"]));
    }

    [Fact]
    public void Between_Should_NotFlag_When_AllThreeLanguagesChangeOrTheRowIsNew()
    {
        var outcomes = It.Outcomes.Select(o => o.Number == 2 ? o with { TextKk = "а", TextRu = "б", TextEn = "c" } : o)
            .Append(new LearningOutcome(5, "жаңа", "новый", "new")).ToList();
        var d = VersionDiff.Between(1, It, 2, It with { Outcomes = outcomes });
        d.LanguageGaps.ShouldBeEmpty();
        d.Changes.Count(c => c.Kind == ChangeKind.Added && c.Section == DiffSection.Outcome).ShouldBe(3);
    }

    [Fact]
    public void Between_Should_ReportOrphanedOutcome_When_TheOnlyCourseCoveringItIsRemoved()
    {
        var to = ContentRules.Normalize(It with { Courses = It.Courses.Where(c => c.Code != "DBS201").ToList() });
        var d = VersionDiff.Between(1, It, 2, to);
        d.OrphanedOutcomes.ShouldBe([2]);
        d.Changes.ShouldContain(c => c.Section == DiffSection.Map && c.Key == "2|DBS201" && c.Kind == ChangeKind.Removed);
    }

    [Fact]
    public void Conflicts_Should_FindTheCell_When_TwoProposalsChangeItDifferently()
    {
        var a = It with { Credits = 250, TitleRu = "А" };
        var b = It with { Credits = 260, TitleRu = "А", Map = [.. It.Map, new MapCell(3, "PRG101", CoverageLevel.Introduced)] };
        var conflicts = VersionDiff.Conflicts(It, a, It, b).ToList();
        conflicts.ShouldHaveSingleItem().ShouldBe(("Programme.Credits", "250", "260"));
    }
}
