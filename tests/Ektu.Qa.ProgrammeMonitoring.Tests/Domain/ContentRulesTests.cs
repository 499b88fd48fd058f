using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.ProgrammeMonitoring.Curriculum;
using Ektu.Qa.ProgrammeMonitoring.Data;
using Ektu.Qa.ProgrammeMonitoring.Programmes;

namespace Ektu.Qa.ProgrammeMonitoring.Tests.Domain;

public sealed class ContentRulesTests
{
    private static readonly ProgrammeContent It = DemoProgrammes.InformationTechnology(Guid.NewGuid(), Guid.NewGuid());

    private static Dictionary<string, string[]> Errors(ProgrammeContent c)
    {
        var e = Record.Exception(() => ContentRules.Validate(ContentRules.Normalize(c), new Check()).ThrowIfAny());
        return e is ValidationException v ? v.Errors.ToDictionary(x => x.Key, x => x.Value) : [];
    }

    [Fact]
    public void Validate_Should_Accept_When_DemoProgrammeIsComplete() => Errors(It).ShouldBeEmpty();

    [Theory]
    [InlineData("6B06", "6B061", "B057", ProgrammeLevel.Bachelor, null)]
    [InlineData("7M06", "7M061", "M094", ProgrammeLevel.Master, null)]
    [InlineData("8D06", "8D061", "D094", ProgrammeLevel.Doctorate, null)]
    [InlineData("6B06", "6B061", "M057", ProgrammeLevel.Bachelor, ProgrammeErrorCodes.ClassifierLevel)]
    [InlineData("6B06", "6B061", "B057", ProgrammeLevel.Master, ProgrammeErrorCodes.ClassifierLevel)]
    [InlineData("6B06", "6B071", "B057", ProgrammeLevel.Bachelor, ProgrammeErrorCodes.ClassifierInvalid)]
    [InlineData("6B6", "6B061", "B057", ProgrammeLevel.Bachelor, ProgrammeErrorCodes.ClassifierInvalid)]
    [InlineData("6B06", "6B061", "B57", ProgrammeLevel.Bachelor, ProgrammeErrorCodes.ClassifierInvalid)]
    public void Validate_Should_CheckClassifierAgainstLevel_When_CodesGiven(string field, string direction, string group, ProgrammeLevel level,
        string? error)
    {
        var errors = Errors(It with { Classifier = new Classifier(field, direction, group.ToLowerInvariant()), Level = level });
        if (error == null) errors.ShouldBeEmpty();
        else errors.Values.SelectMany(v => v).ShouldContain(error);
    }

    [Fact]
    public void Validate_Should_RefuseGaps_When_OutcomesAreNotNumberedOneToN()
    {
        var errors = Errors(It with { Outcomes = [It.Outcomes[0], It.Outcomes[2] with { Number = 3 }] });
        errors["Outcomes"].ShouldContain(ProgrammeErrorCodes.OutcomeNumbering);
    }

    [Fact]
    public void Validate_Should_RefuseSemesterBeyondDuration_When_CourseIsLate()
    {
        var errors = Errors(It with { Courses = [.. It.Courses, new Course("LATE9", "а", "б", "c", 5, 9)] });
        errors["Courses[4].Semester"].ShouldBe([CurriculumErrorCodes.CourseSemester]);
        Errors(It with { Courses = [.. It.Courses, new Course("LAST8", "а", "б", "c", 5, 8)] }).ShouldBeEmpty();
    }

    [Fact]
    public void Validate_Should_RefuseDuplicateCodes_When_TwoCoursesShareACodeInAnyCase()
    {
        var errors = Errors(It with { Courses = [.. It.Courses, new Course("prg101", "а", "б", "c", 5, 1)] });
        errors["Courses"].ShouldContain(ProgrammeErrorCodes.DuplicateCourse);
    }

    [Fact]
    public void Normalize_Should_DropMapCells_When_TheirCourseIsRemoved()
    {
        var c = ContentRules.Normalize(It with { Courses = It.Courses.Where(x => x.Code != "SEN301").ToList() });
        c.Map.ShouldNotContain(m => m.CourseCode == "SEN301");
        c.Map.Count.ShouldBe(2);
    }
}
