using Ektu.Qa.Identity.OrganizationUnits;
using Ektu.Qa.Kernel.Auditing;
using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Timing;
using Ektu.Qa.ProgrammeMonitoring.Permissions;
using Ektu.Qa.ProgrammeMonitoring.Programmes;

namespace Ektu.Qa.ProgrammeMonitoring.Electives;

/// <summary>
/// Elective catalogues of the schools in the caller's scope. A school's catalogue is seen by whoever sees the school or
/// one of its departments (departments propose the courses); reading asks the programmes' read permission, changing
/// Manage, publishing Approve. A published catalogue is frozen; every change leaves an audit entry on the school.
/// </summary>
internal sealed class ElectiveCatalogueAppService(ElectiveRepository repo, ProgrammeRepository programmes, ProgrammeUnits units,
    AuditContext<ProgrammeMonitoringContractsModule> audit, ICurrentUser user, IClock clock, IUserClock local) : IElectiveCatalogueAppService
{
    private const string Entity = "ElectiveCatalogue";

    public async Task<IReadOnlyList<ElectiveCatalogueDto>> GetListAsync(CancellationToken ct = default)
    {
        await user.EnsureAsync(ProgrammeMonitoringPermissions.Programmes.Default);
        var scope = await units.ScopeAsync(ct);
        var list = await repo.ListAsync(scope.All, await SchoolsInScopeAsync(ct), ct);
        foreach (var c in list) c.SchoolName = await units.NameAsync(c.SchoolId, ct);
        return list;
    }

    public async Task<ElectiveCatalogueDetailsDto> GetAsync(Guid id, CancellationToken ct = default)
    {
        await user.EnsureAsync(ProgrammeMonitoringPermissions.Programmes.Default);
        var c = await LoadAsync(id, ct);
        var courses = await CoursesAsync(id, ct);
        var previous = await repo.PreviousAsync(c.SchoolId, c.AcademicYear, ct);
        var before = previous == null ? [] : (await repo.CoursesAsync(previous.Id, ct)).Select(x => x.Code);
        return new ElectiveCatalogueDetailsDto(c, courses, ElectiveRules.Change(previous?.AcademicYear, before, courses.Select(x => x.Code)));
    }

    public async Task<ElectiveCatalogueDto> CreateAsync(CreateCatalogueInput input, CancellationToken ct = default)
    {
        await user.EnsureAsync(ProgrammeMonitoringPermissions.Programmes.Manage);
        var school = (await units.AllAsync(ct)).GetValueOrDefault(input.SchoolId);
        new Check()
            .That(school?.Kind == OrganizationUnitKind.School && await SeesSchoolAsync(input.SchoolId, ct), nameof(input.SchoolId),
                ErrorCodes.InvalidValue)
            .That(input.AcademicYear is >= ElectiveRules.MinYear and <= ElectiveRules.MaxYear, nameof(input.AcademicYear),
                input.AcademicYear == null ? ErrorCodes.Required : ErrorCodes.InvalidValue)
            .ThrowIfAny();
        var year = input.AcademicYear!.Value;
        if (await repo.FindYearAsync(input.SchoolId, year, ct) != null) throw new QaException(ElectiveErrorCodes.DuplicateYear, 409, year);
        var previous = input.CopyPrevious ? await repo.FindYearAsync(input.SchoolId, year - 1, ct) : null;
        if (input.CopyPrevious && previous == null) throw new QaException(ElectiveErrorCodes.NoPreviousYear, 409, year - 1);
        var id = Guid.NewGuid();
        var now = clock.UtcNow;
        await repo.InsertAsync(id, input.SchoolId, year, now, audit.By, ct);
        if (previous != null)
            // Endorsements are the year's own: employers endorse again what they still want, so none is carried over.
            foreach (var x in await repo.CoursesAsync(previous.Id, ct))
                await repo.InsertCourseAsync(new ElectiveCourseDto
                {
                    Id = Guid.NewGuid(), CatalogueId = id, Code = x.Code, TitleKk = x.TitleKk, TitleRu = x.TitleRu, TitleEn = x.TitleEn,
                    DepartmentId = x.DepartmentId, Credits = x.Credits, Semester = x.Semester, ProgrammeId = x.ProgrammeId, Outcomes = x.Outcomes,
                }, now, audit.By, ct);
        var after = await LoadAsync(id, ct);
        var changes = AuditChanges.Between(null, after).ToList();
        if (previous != null) changes.Add(new AuditChange("CopiedFrom", null, previous.YearText));
        await audit.WriteAsync(Entity, id, "Created", changes, ct, unitId: after.SchoolId);
        return after;
    }

    public async Task<ElectiveCourseDto> AddCourseAsync(Guid id, SaveElectiveCourseInput input, CancellationToken ct = default)
    {
        var c = await LoadDraftAsync(id, ct);
        var course = await ValidAsync(c, Guid.NewGuid(), input, await repo.CoursesAsync(id, ct), ct);
        var now = clock.UtcNow;
        await repo.InsertCourseAsync(course, now, audit.By, ct);
        await repo.TouchAsync(id, now, audit.By, ct);
        var after = await CourseAsync(id, course.Id, ct);
        await audit.WriteAsync("ElectiveCourse", course.Id, "Created", AuditChanges.Between(null, after), ct, unitId: c.SchoolId);
        return after;
    }

    public async Task<ElectiveCourseDto> UpdateCourseAsync(Guid id, Guid courseId, SaveElectiveCourseInput input, CancellationToken ct = default)
    {
        var c = await LoadDraftAsync(id, ct);
        var before = await CourseAsync(id, courseId, ct);
        var others = (await repo.CoursesAsync(id, ct)).Where(x => x.Id != courseId).ToList();
        var course = await ValidAsync(c, courseId, input, others, ct);
        // A change of what the course is voids the employer's endorsement of what it was.
        var same = course.Code == before.Code && course.TitleKk == before.TitleKk && course.TitleRu == before.TitleRu
            && course.TitleEn == before.TitleEn && course.Credits == before.Credits && course.Outcomes == before.Outcomes;
        var saved = same
            ? CopyEndorsement(course, before)
            : course;
        var now = clock.UtcNow;
        await repo.UpdateCourseAsync(saved, input.Version, now, audit.By, ct);
        await repo.TouchAsync(id, now, audit.By, ct);
        var after = await CourseAsync(id, courseId, ct);
        await audit.WriteAsync("ElectiveCourse", courseId, "Updated", AuditChanges.Between(before, after), ct, unitId: c.SchoolId);
        return after;
    }

    public async Task RemoveCourseAsync(Guid id, Guid courseId, CancellationToken ct = default)
    {
        var c = await LoadDraftAsync(id, ct);
        var before = await CourseAsync(id, courseId, ct);
        await repo.DeleteCourseAsync(courseId, ct);
        await repo.TouchAsync(id, clock.UtcNow, audit.By, ct);
        await audit.WriteAsync("ElectiveCourse", courseId, "Deleted", AuditChanges.Between(before, null), ct, unitId: c.SchoolId);
    }

    public async Task<ElectiveCourseDto> EndorseAsync(Guid id, Guid courseId, EndorseCourseInput input, CancellationToken ct = default)
    {
        var c = await LoadDraftAsync(id, ct);
        var before = await CourseAsync(id, courseId, ct);
        new Check()
            .Required(nameof(input.Organisation), input.Organisation, ProgrammeMonitoringConsts.TitleMax)
            .Required(nameof(input.Person), input.Person, ProgrammeMonitoringConsts.TitleMax)
            .That(input.EndorsedOn != null, nameof(input.EndorsedOn), ErrorCodes.Required)
            .That(input.EndorsedOn == null || input.EndorsedOn <= local.Today, nameof(input.EndorsedOn), ErrorCodes.InvalidValue)
            .Optional(nameof(input.Comment), input.Comment, ProgrammeMonitoringConsts.TextMax)
            .ThrowIfAny();
        var endorsed = new ElectiveCourseDto
        {
            Id = before.Id, CatalogueId = id, Code = before.Code, TitleKk = before.TitleKk, TitleRu = before.TitleRu, TitleEn = before.TitleEn,
            DepartmentId = before.DepartmentId, Credits = before.Credits, Semester = before.Semester, ProgrammeId = before.ProgrammeId,
            Outcomes = before.Outcomes, EmployerOrganisation = input.Organisation.Trim(), EmployerPerson = input.Person.Trim(),
            EndorsedOn = input.EndorsedOn, EndorsementComment = string.IsNullOrWhiteSpace(input.Comment) ? null : input.Comment.Trim(),
        };
        var now = clock.UtcNow;
        await repo.UpdateCourseAsync(endorsed, input.Version, now, audit.By, ct);
        await repo.TouchAsync(id, now, audit.By, ct);
        var after = await CourseAsync(id, courseId, ct);
        await audit.WriteAsync("ElectiveCourse", courseId, "Endorsed", AuditChanges.Between(before, after), ct, unitId: c.SchoolId);
        return after;
    }

    public async Task<ElectiveCatalogueDto> RecordAnalysisAsync(Guid id, RecordAnalysisInput input, CancellationToken ct = default)
    {
        var before = await LoadDraftAsync(id, ct);
        new Check().Required(nameof(input.Analysis), input.Analysis, ProgrammeMonitoringConsts.TextMax * 4).ThrowIfAny();
        await repo.RecordAnalysisAsync(id, input.Analysis.Trim(), local.Today, input.Version, clock.UtcNow, audit.By, ct);
        var after = await LoadAsync(id, ct);
        await audit.WriteAsync(Entity, id, "AnalysisRecorded", AuditChanges.Between(before, after), ct, unitId: after.SchoolId);
        return after;
    }

    public async Task<ElectiveCatalogueDto> PublishAsync(Guid id, int version, CancellationToken ct = default)
    {
        await user.EnsureAsync(ProgrammeMonitoringPermissions.Programmes.Approve);
        var before = await LoadAsync(id, ct);
        if (ElectiveRules.RefusePublish(before, await repo.CoursesAsync(id, ct)) is { } refusal)
            throw new QaException(refusal, 409, before.YearText);
        await repo.PublishAsync(id, version, clock.UtcNow, audit.By, ct);
        var after = await LoadAsync(id, ct);
        await audit.WriteAsync(Entity, id, "Published", AuditChanges.Between(before, after), ct, unitId: after.SchoolId);
        return after;
    }

    private static ElectiveCourseDto CopyEndorsement(ElectiveCourseDto course, ElectiveCourseDto from) => new()
    {
        Id = course.Id, CatalogueId = course.CatalogueId, Code = course.Code, TitleKk = course.TitleKk, TitleRu = course.TitleRu,
        TitleEn = course.TitleEn, DepartmentId = course.DepartmentId, Credits = course.Credits, Semester = course.Semester,
        ProgrammeId = course.ProgrammeId, Outcomes = course.Outcomes, EmployerOrganisation = from.EmployerOrganisation,
        EmployerPerson = from.EmployerPerson, EndorsedOn = from.EndorsedOn, EndorsementComment = from.EndorsementComment,
    };

    /// <summary>
    /// A course of the catalogue's school: a department of that school, a code unique in the catalogue, and outcomes that
    /// exist in the version of the programme in force (the approved one, else the latest) — a programme of the same school.
    /// </summary>
    private async Task<ElectiveCourseDto> ValidAsync(ElectiveCatalogueDto c, Guid courseId, SaveElectiveCourseInput i,
        IReadOnlyList<ElectiveCourseDto> others, CancellationToken ct)
    {
        var code = (i.Code ?? "").Trim().ToUpperInvariant();
        var check = new Check()
            .Required(nameof(i.Code), code, ProgrammeMonitoringConsts.CourseCodeMax)
            .Required(nameof(i.TitleKk), i.TitleKk, ProgrammeMonitoringConsts.TitleMax)
            .Required(nameof(i.TitleRu), i.TitleRu, ProgrammeMonitoringConsts.TitleMax)
            .Required(nameof(i.TitleEn), i.TitleEn, ProgrammeMonitoringConsts.TitleMax)
            .That(i.Credits is >= 1 and <= ElectiveRules.MaxCredits, nameof(i.Credits),
                i.Credits == null ? ErrorCodes.Required : ErrorCodes.InvalidValue)
            .That(i.Semester is >= 1 and <= ElectiveRules.MaxSemester, nameof(i.Semester),
                i.Semester == null ? ErrorCodes.Required : ErrorCodes.InvalidValue)
            .That(code.Length == 0 || others.All(x => x.Code != code), nameof(i.Code), ElectiveErrorCodes.DuplicateCode);
        var department = (await units.AllAsync(ct)).GetValueOrDefault(i.DepartmentId);
        if (department?.Kind != OrganizationUnitKind.Department || department.ParentId != c.SchoolId)
            check.Add(nameof(i.DepartmentId), ElectiveErrorCodes.NotSchoolDepartment);
        var outcomes = ElectiveRules.ParseOutcomes(i.Outcomes);
        if (outcomes == null) check.Add(nameof(i.Outcomes), ErrorCodes.InvalidValue);
        else if (i.ProgrammeId is { } pid)
        {
            var p = await programmes.FindAsync(pid, ct);
            if (p == null || p.SchoolId != c.SchoolId) check.Add(nameof(i.ProgrammeId), ErrorCodes.InvalidValue);
            else
            {
                var v = await programmes.FindVersionAsync(pid, p.ApprovedNumber ?? p.LatestNumber, ct);
                var numbers = v?.Content.Outcomes.Select(o => o.Number).ToHashSet() ?? [];
                if (outcomes.Any(n => !numbers.Contains(n))) check.Add(nameof(i.Outcomes), ElectiveErrorCodes.UnknownOutcome);
            }
        }
        else if (outcomes.Count > 0) check.Add(nameof(i.Outcomes), ElectiveErrorCodes.OutcomesWithoutProgramme);
        check.ThrowIfAny();
        return new ElectiveCourseDto
        {
            Id = courseId, CatalogueId = c.Id, Code = code, TitleKk = i.TitleKk.Trim(), TitleRu = i.TitleRu.Trim(), TitleEn = i.TitleEn.Trim(),
            DepartmentId = i.DepartmentId, Credits = i.Credits!.Value, Semester = i.Semester!.Value, ProgrammeId = i.ProgrammeId,
            Outcomes = ElectiveRules.FormatOutcomes(outcomes!),
        };
    }

    private async Task<IReadOnlyList<ElectiveCourseDto>> CoursesAsync(Guid id, CancellationToken ct)
    {
        var courses = await repo.CoursesAsync(id, ct);
        var codes = new Dictionary<Guid, string>();
        foreach (var x in courses)
        {
            x.DepartmentName = await units.NameAsync(x.DepartmentId, ct);
            if (x.ProgrammeId is not { } pid) continue;
            if (!codes.TryGetValue(pid, out var code)) codes[pid] = code = (await programmes.FindAsync(pid, ct))?.GroupCode ?? "";
            x.ProgrammeCode = code;
        }
        return courses;
    }

    private async Task<ElectiveCourseDto> CourseAsync(Guid id, Guid courseId, CancellationToken ct)
    {
        var x = await repo.FindCourseAsync(courseId, ct);
        if (x == null || x.CatalogueId != id) throw new EntityNotFoundException("ElectiveCourse", courseId);
        x.DepartmentName = await units.NameAsync(x.DepartmentId, ct);
        return x;
    }

    private async Task<ElectiveCatalogueDto> LoadDraftAsync(Guid id, CancellationToken ct)
    {
        await user.EnsureAsync(ProgrammeMonitoringPermissions.Programmes.Manage);
        var c = await LoadAsync(id, ct);
        if (c.Status == CatalogueStatus.Published) throw new QaException(ElectiveErrorCodes.Published, 409, c.YearText);
        return c;
    }

    private async Task<ElectiveCatalogueDto> LoadAsync(Guid id, CancellationToken ct)
    {
        var c = await repo.FindAsync(id, ct);
        if (c == null || !await SeesSchoolAsync(c.SchoolId, ct)) throw new EntityNotFoundException(Entity, id);
        c.SchoolName = await units.NameAsync(c.SchoolId, ct);
        return c;
    }

    /// <summary>The school is in scope, or one of its departments is.</summary>
    private async Task<bool> SeesSchoolAsync(Guid schoolId, CancellationToken ct)
    {
        var scope = await units.ScopeAsync(ct);
        return scope.Contains(schoolId) || (await units.AllAsync(ct)).Values.Any(u => u.ParentId == schoolId && scope.Contains(u.Id));
    }

    private async Task<IReadOnlyList<Guid>> SchoolsInScopeAsync(CancellationToken ct)
    {
        var scope = await units.ScopeAsync(ct);
        var all = await units.AllAsync(ct);
        return all.Values.Where(u => u.Kind == OrganizationUnitKind.School
            && (scope.Contains(u.Id) || all.Values.Any(d => d.ParentId == u.Id && scope.Contains(d.Id)))).Select(u => u.Id).ToList();
    }
}
