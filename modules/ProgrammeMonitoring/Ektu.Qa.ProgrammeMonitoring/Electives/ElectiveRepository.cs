using Ektu.Qa.Kernel.Data;

namespace Ektu.Qa.ProgrammeMonitoring.Electives;

/// <summary>Elective catalogues (<c>pm_elective_catalogues</c>, one per school and year) and their courses (<c>pm_elective_courses</c>).</summary>
internal sealed class ElectiveRepository(IDbSession db)
{
    private const string Columns = """
        c.id, c.school_id AS SchoolId, c.academic_year AS AcademicYear, c.status, c.analysis, c.analysed_on AS AnalysedOn,
        c.analysed_by AS AnalysedBy, c.published_at AS PublishedAt, c.published_by AS PublishedBy, c.version,
        (SELECT COUNT(*) FROM pm_elective_courses x WHERE x.catalogue_id = c.id) AS CourseCount,
        (SELECT COUNT(*) FROM pm_elective_courses x WHERE x.catalogue_id = c.id AND x.endorsed_on IS NOT NULL) AS EndorsedCount
        """;

    private const string CourseColumns = """
        id, catalogue_id AS CatalogueId, code, title_kk AS TitleKk, title_ru AS TitleRu, title_en AS TitleEn, department_id AS DepartmentId,
        credits, semester, programme_id AS ProgrammeId, outcomes, employer_organisation AS EmployerOrganisation,
        employer_person AS EmployerPerson, endorsed_on AS EndorsedOn, endorsement_comment AS EndorsementComment, version
        """;

    public Task<ElectiveCatalogueDto?> FindAsync(Guid id, CancellationToken ct) =>
        db.QuerySingleOrDefaultAsync<ElectiveCatalogueDto>($"SELECT {Columns} FROM pm_elective_catalogues c WHERE c.id = @id", new { id }, ct);

    public Task<ElectiveCatalogueDto?> FindYearAsync(Guid schoolId, int year, CancellationToken ct) =>
        db.QuerySingleOrDefaultAsync<ElectiveCatalogueDto>(
            $"SELECT {Columns} FROM pm_elective_catalogues c WHERE c.school_id = @schoolId AND c.academic_year = @year", new { schoolId, year }, ct);

    /// <summary>The school's newest catalogue before <paramref name="year"/>.</summary>
    public async Task<ElectiveCatalogueDto?> PreviousAsync(Guid schoolId, int year, CancellationToken ct) =>
        (await db.QueryAsync<ElectiveCatalogueDto>(
            $"SELECT {Columns} FROM pm_elective_catalogues c WHERE c.school_id = @schoolId AND c.academic_year < @year ORDER BY c.academic_year DESC",
            new { schoolId, year }, ct)).FirstOrDefault();

    public Task<IReadOnlyList<ElectiveCatalogueDto>> ListAsync(bool all, IEnumerable<Guid> schools, CancellationToken ct) =>
        db.QueryAsync<ElectiveCatalogueDto>(
            $"SELECT {Columns} FROM pm_elective_catalogues c WHERE {(all ? "1 = 1" : "c.school_id IN @schools")} "
            + "ORDER BY c.academic_year DESC, c.school_id", new { schools = SqlIds.Text(schools) }, ct);

    public Task InsertAsync(Guid id, Guid schoolId, int year, DateTime at, string by, CancellationToken ct) => db.ExecuteAsync("""
        INSERT INTO pm_elective_catalogues (id, school_id, academic_year, status, analysis, analysed_on, analysed_by, published_at,
          published_by, version, created_at, created_by, updated_at, updated_by)
        VALUES (@id, @schoolId, @year, 'Draft', NULL, NULL, NULL, NULL, NULL, 1, @at, @by, @at, @by)
        """, new { id, schoolId, year, at, by }, ct);

    public async Task RecordAnalysisAsync(Guid id, string analysis, DateOnly on, int version, DateTime at, string by, CancellationToken ct)
    {
        var rows = await db.ExecuteAsync("""
            UPDATE pm_elective_catalogues SET analysis = @analysis, analysed_on = @on, analysed_by = @by, version = version + 1,
              updated_at = @at, updated_by = @by
            WHERE id = @id AND version = @version AND status = 'Draft'
            """, new { id, analysis, on, version, at, by }, ct);
        Concurrency.EnsureUpdated(rows, "ElectiveCatalogue", id);
    }

    public async Task PublishAsync(Guid id, int version, DateTime at, string by, CancellationToken ct)
    {
        var rows = await db.ExecuteAsync("""
            UPDATE pm_elective_catalogues SET status = 'Published', published_at = @at, published_by = @by, version = version + 1,
              updated_at = @at, updated_by = @by
            WHERE id = @id AND version = @version AND status = 'Draft'
            """, new { id, version, at, by }, ct);
        Concurrency.EnsureUpdated(rows, "ElectiveCatalogue", id);
    }

    /// <summary>A change to a course moves the catalogue's row version too, so a publication cannot pass a course changed meanwhile.</summary>
    public async Task TouchAsync(Guid id, DateTime at, string by, CancellationToken ct)
    {
        var rows = await db.ExecuteAsync("""
            UPDATE pm_elective_catalogues SET version = version + 1, updated_at = @at, updated_by = @by WHERE id = @id AND status = 'Draft'
            """, new { id, at, by }, ct);
        Concurrency.EnsureUpdated(rows, "ElectiveCatalogue", id);
    }

    public Task<IReadOnlyList<ElectiveCourseDto>> CoursesAsync(Guid catalogueId, CancellationToken ct) =>
        db.QueryAsync<ElectiveCourseDto>(
            $"SELECT {CourseColumns} FROM pm_elective_courses WHERE catalogue_id = @catalogueId ORDER BY semester, code",
            new { catalogueId }, ct);

    public Task<ElectiveCourseDto?> FindCourseAsync(Guid id, CancellationToken ct) =>
        db.QuerySingleOrDefaultAsync<ElectiveCourseDto>($"SELECT {CourseColumns} FROM pm_elective_courses WHERE id = @id", new { id }, ct);

    public Task InsertCourseAsync(ElectiveCourseDto c, DateTime at, string by, CancellationToken ct) => db.ExecuteAsync("""
        INSERT INTO pm_elective_courses (id, catalogue_id, code, title_kk, title_ru, title_en, department_id, credits, semester, programme_id,
          outcomes, employer_organisation, employer_person, endorsed_on, endorsement_comment, version, created_at, created_by, updated_at,
          updated_by)
        VALUES (@Id, @CatalogueId, @Code, @TitleKk, @TitleRu, @TitleEn, @DepartmentId, @Credits, @Semester, @ProgrammeId, @Outcomes,
          @EmployerOrganisation, @EmployerPerson, @EndorsedOn, @EndorsementComment, 1, @at, @by, @at, @by)
        """, new
    {
        c.Id, c.CatalogueId, c.Code, c.TitleKk, c.TitleRu, c.TitleEn, c.DepartmentId, c.Credits, c.Semester, c.ProgrammeId, c.Outcomes,
        c.EmployerOrganisation, c.EmployerPerson, c.EndorsedOn, c.EndorsementComment, at, by,
    }, ct);

    public async Task UpdateCourseAsync(ElectiveCourseDto c, int version, DateTime at, string by, CancellationToken ct)
    {
        var rows = await db.ExecuteAsync("""
            UPDATE pm_elective_courses SET code = @Code, title_kk = @TitleKk, title_ru = @TitleRu, title_en = @TitleEn,
              department_id = @DepartmentId, credits = @Credits, semester = @Semester, programme_id = @ProgrammeId, outcomes = @Outcomes,
              employer_organisation = @EmployerOrganisation, employer_person = @EmployerPerson, endorsed_on = @EndorsedOn,
              endorsement_comment = @EndorsementComment, version = version + 1, updated_at = @at, updated_by = @by
            WHERE id = @Id AND version = @version
            """, new
        {
            c.Id, c.Code, c.TitleKk, c.TitleRu, c.TitleEn, c.DepartmentId, c.Credits, c.Semester, c.ProgrammeId, c.Outcomes,
            c.EmployerOrganisation, c.EmployerPerson, c.EndorsedOn, c.EndorsementComment, version, at, by,
        }, ct);
        Concurrency.EnsureUpdated(rows, "ElectiveCourse", c.Id);
    }

    public Task DeleteCourseAsync(Guid id, CancellationToken ct) =>
        db.ExecuteAsync("DELETE FROM pm_elective_courses WHERE id = @id", new { id }, ct);
}
