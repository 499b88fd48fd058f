using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.ProgrammeMonitoring.Electives;
using Ektu.Qa.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.ProgrammeMonitoring.Tests.Application;

/// <summary>The elective catalogue's rules at their edges: copy into a new year, endorsement, analysis, publication, scope.</summary>
public sealed class ElectiveCatalogueTests
{
    private const int Year = 2031;

    private static IElectiveCatalogueAppService Electives(IServiceProvider sp) => sp.GetRequiredService<IElectiveCatalogueAppService>();

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Create_Should_CopyLastYearsCoursesWithoutEndorsements_When_CopyIsAsked(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var (last, _) = await PublishedYearAsync(app, Year - 1);

        var next = await app.AsAsync("aqd", sp => Electives(sp).CreateAsync(new CreateCatalogueInput
        {
            SchoolId = last.Catalogue.SchoolId, AcademicYear = Year, CopyPrevious = true,
        }));
        var added = await CourseAsync(app, "NEW200", "1, 3");
        var d = await app.AsAsync("aqd", async sp =>
        {
            var x = (await Electives(sp).GetAsync(next.Id)).Courses.Single(c => c.Code == "OLD100");
            await Electives(sp).RemoveCourseAsync(next.Id, x.Id);
            await Electives(sp).AddCourseAsync(next.Id, added);
            return await Electives(sp).GetAsync(next.Id);
        });

        next.Status.ShouldBe(CatalogueStatus.Draft);
        next.CourseCount.ShouldBe(2);
        next.EndorsedCount.ShouldBe(0); // endorsements are the year's own
        d.Change.PreviousYear.ShouldBe(Year - 1);
        d.Change.Added.ShouldBe(["NEW200"]);
        d.Change.Removed.ShouldBe(["OLD100"]);
        d.Courses.Single(c => c.Code == "NEW200").Outcomes.ShouldBe("1, 3");
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Create_Should_Answer409_When_TheYearExistsOrThereIsNothingToCopy(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var school = await app.UnitAsync("SITIS");
        Task<ElectiveCatalogueDto> Create(int year, bool copy) => app.AsAsync("aqd", sp => Electives(sp).CreateAsync(new CreateCatalogueInput
        {
            SchoolId = school, AcademicYear = year, CopyPrevious = copy,
        }));

        (await Should.ThrowAsync<QaException>(() => Create(Year, copy: true))).Code.ShouldBe(ElectiveErrorCodes.NoPreviousYear);
        await Create(Year, copy: false);
        (await Should.ThrowAsync<QaException>(() => Create(Year, copy: false))).Code.ShouldBe(ElectiveErrorCodes.DuplicateYear);
        var invalid = await Should.ThrowAsync<ValidationException>(() => app.AsAsync("aqd", sp => Electives(sp).CreateAsync(
            new CreateCatalogueInput { SchoolId = Guid.NewGuid() })));
        invalid.Errors.Keys.Order().ShouldBe(["AcademicYear", "SchoolId"]);
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Publish_Should_RequireEveryCourseEndorsedAndTheAnalysis_When_TheCatalogueIsADraft(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var c = await DraftAsync(app, Year);
        Task<ElectiveCatalogueDto> Publish() => app.AsAsync("aqd", async sp =>
            await Electives(sp).PublishAsync(c.Id, (await Electives(sp).GetAsync(c.Id)).Catalogue.Version));
        (await Should.ThrowAsync<QaException>(Publish)).Code.ShouldBe(ElectiveErrorCodes.EmptyCatalogue);

        var input = await CourseAsync(app, "CLD500", "2");
        var course = await app.AsAsync("aqd", sp => Electives(sp).AddCourseAsync(c.Id, input));
        (await Should.ThrowAsync<QaException>(Publish)).Code.ShouldBe(ElectiveErrorCodes.NotEndorsed);

        await app.AsAsync("aqd", sp => Electives(sp).EndorseAsync(c.Id, course.Id, Endorsement(course.Version)));
        (await Should.ThrowAsync<QaException>(Publish)).Code.ShouldBe(ElectiveErrorCodes.NoAnalysis);

        await app.AsAsync("aqd", async sp => await Electives(sp).RecordAnalysisAsync(c.Id, new RecordAnalysisInput
        {
            Analysis = "Cloud computing added at Kazakhtelecom's request", Version = (await Electives(sp).GetAsync(c.Id)).Catalogue.Version,
        }));
        var published = await Publish();

        published.Status.ShouldBe(CatalogueStatus.Published);
        published.PublishedBy.ShouldBe("aqd");
        var late = await CourseAsync(app, "LATE01", "");
        var frozen = await Should.ThrowAsync<QaException>(() => app.AsAsync("aqd", sp => Electives(sp).AddCourseAsync(c.Id, late)));
        frozen.Code.ShouldBe(ElectiveErrorCodes.Published);
        frozen.Status.ShouldBe(409);
        (await Should.ThrowAsync<QaException>(Publish)).Code.ShouldBe(ElectiveErrorCodes.Published);
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task AddCourse_Should_RefuseOutcomesTheProgrammeLacksAndOtherSchoolsDepartments_When_Proposed(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var c = await DraftAsync(app, Year);
        var unknown = await CourseAsync(app, "X1", "1, 99");
        var foreign = await CourseAsync(app, "X2", "");
        foreign.DepartmentId = await app.UnitAsync("SEM-MIN");
        var orphan = await CourseAsync(app, "X3", "1");
        orphan.ProgrammeId = null;
        var badCredits = await CourseAsync(app, "X4", "1");
        badCredits.Credits = 0;

        async Task<string[]> Refused(SaveElectiveCourseInput i, string field) =>
            (await Should.ThrowAsync<ValidationException>(() => app.AsAsync("aqd", sp => Electives(sp).AddCourseAsync(c.Id, i)))).Errors[field];

        (await Refused(unknown, "Outcomes")).ShouldBe([ElectiveErrorCodes.UnknownOutcome]);
        (await Refused(foreign, "DepartmentId")).ShouldBe([ElectiveErrorCodes.NotSchoolDepartment]);
        (await Refused(orphan, "Outcomes")).ShouldBe([ElectiveErrorCodes.OutcomesWithoutProgramme]);
        (await Refused(badCredits, "Credits")).ShouldBe([ErrorCodes.InvalidValue]);
        var first = await CourseAsync(app, "dup1", "1");
        await app.AsAsync("aqd", sp => Electives(sp).AddCourseAsync(c.Id, first));
        (await Refused(await CourseAsync(app, "DUP1", "1"), "Code")).ShouldBe([ElectiveErrorCodes.DuplicateCode]);
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Endorse_Should_Answer409_When_TheCourseChangedSinceItWasRead(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var c = await DraftAsync(app, Year);
        var input = await CourseAsync(app, "CLD500", "2");
        var course = await app.AsAsync("aqd", sp => Electives(sp).AddCourseAsync(c.Id, input));
        await app.AsAsync("aqd", sp => Electives(sp).EndorseAsync(c.Id, course.Id, Endorsement(course.Version)));

        await Should.ThrowAsync<ConcurrencyConflictException>(() =>
            app.AsAsync("aqd", sp => Electives(sp).EndorseAsync(c.Id, course.Id, Endorsement(course.Version))));
        var future = Endorsement(course.Version + 1);
        future.EndorsedOn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(5);
        (await Should.ThrowAsync<ValidationException>(() => app.AsAsync("aqd", sp => Electives(sp).EndorseAsync(c.Id, course.Id, future))))
            .Errors.Keys.ShouldBe(["EndorsedOn"]);
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Get_Should_Answer404_When_TheCatalogueIsAnotherSchools(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var c = await DraftAsync(app, Year);

        await Should.ThrowAsync<EntityNotFoundException>(() => app.AsAsync("teacher3", sp => Electives(sp).GetAsync(c.Id)));
        (await app.AsAsync("teacher3", sp => Electives(sp).GetListAsync())).ShouldNotContain(x => x.Id == c.Id);
        (await app.AsAsync("aqd", sp => Electives(sp).GetListAsync())).ShouldContain(x => x.Id == c.Id);
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task DemoSeeder_Should_LeaveEachSchoolAPublishedYearAndADraftCopiedFromIt(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);

        var list = await app.AsAsync("aqd", sp => Electives(sp).GetListAsync());

        list.Count.ShouldBe(4);
        list.Count(c => c.Status == CatalogueStatus.Published).ShouldBe(2);
        var draft = list.First(c => c.Status == CatalogueStatus.Draft);
        var d = await app.AsAsync("aqd", sp => Electives(sp).GetAsync(draft.Id));
        d.Change.Added.Count.ShouldBe(1);
        d.Change.Removed.Count.ShouldBe(1);
    }

    private static async Task<ElectiveCatalogueDto> DraftAsync(TestApp app, int year)
    {
        var school = await app.UnitAsync("SITIS");
        return await app.AsAsync("aqd", sp => Electives(sp).CreateAsync(new CreateCatalogueInput { SchoolId = school, AcademicYear = year }));
    }

    /// <summary>A published catalogue with courses OLD100 and KEEP10, both endorsed.</summary>
    private static async Task<(ElectiveCatalogueDetailsDto, Guid)> PublishedYearAsync(TestApp app, int year)
    {
        var c = await DraftAsync(app, year);
        var inputs = new[] { await CourseAsync(app, "OLD100", "1"), await CourseAsync(app, "KEEP10", "1") };
        await app.AsAsync("aqd", async sp =>
        {
            foreach (var input in inputs)
            {
                var x = await Electives(sp).AddCourseAsync(c.Id, input);
                await Electives(sp).EndorseAsync(c.Id, x.Id, Endorsement(x.Version));
            }
            await Electives(sp).RecordAnalysisAsync(c.Id, new RecordAnalysisInput
            {
                Analysis = "Agreed with employers", Version = (await Electives(sp).GetAsync(c.Id)).Catalogue.Version,
            });
            await Electives(sp).PublishAsync(c.Id, (await Electives(sp).GetAsync(c.Id)).Catalogue.Version);
        });
        return (await app.AsAsync("aqd", sp => Electives(sp).GetAsync(c.Id)), c.Id);
    }

    /// <summary>A course of SITIS-CS serving outcomes of the demo IT programme (B057, outcomes 1–4).</summary>
    private static async Task<SaveElectiveCourseInput> CourseAsync(TestApp app, string code, string outcomes)
    {
        var programme = await app.AsAsync("aqd", async sp =>
            (await Steps.Programmes(sp).GetListAsync(new Programmes.ProgrammeListInput(Search: "B057"))).Single().Id);
        return new SaveElectiveCourseInput
        {
            Code = code, TitleKk = "Бұлттық есептеулер", TitleRu = "Облачные вычисления", TitleEn = "Cloud Computing",
            DepartmentId = await app.UnitAsync("SITIS-CS"), Credits = 5, Semester = 6, ProgrammeId = programme, Outcomes = outcomes,
        };
    }

    private static EndorseCourseInput Endorsement(int version) => new()
    {
        Organisation = "Kazakhtelecom JSC", Person = "A. Serikbayev", EndorsedOn = new DateOnly(2026, 1, 15), Comment = "Needed", Version = version,
    };
}
