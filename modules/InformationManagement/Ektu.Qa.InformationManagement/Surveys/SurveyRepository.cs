using Ektu.Qa.Kernel.Data;

namespace Ektu.Qa.InformationManagement.Surveys;

/// <summary>
/// Surveys, their population, who has answered and the answers (<c>im_surveys</c>, <c>im_survey_population</c>,
/// <c>im_survey_respondents</c>, <c>im_survey_responses</c>). Respondents and responses share only the survey id: no
/// person key, time or arrival order is kept with a response (both tables are clustered by key, never by insertion).
/// </summary>
internal sealed class SurveyRepository(IDbSession db)
{
    private const string Columns = """
        s.id, s.template_id AS TemplateId, t.code AS TemplateCode, t.number AS TemplateNumber, t.title_kk AS TitleKk, t.title_ru AS TitleRu,
        t.title_en AS TitleEn, s.unit_id AS UnitId, s.target, s.programme, s.study_year AS StudyYear, s.opens_on AS OpensOn,
        s.closes_on AS ClosesOn, s.min_group_size AS MinGroupSize, s.population, s.version,
        (SELECT COUNT(*) FROM im_survey_respondents r WHERE r.survey_id = s.id) AS Respondents
        """;

    private const string From = "FROM im_surveys s JOIN im_survey_templates t ON t.id = s.template_id";

    public Task<SurveyRow?> FindAsync(Guid id, CancellationToken ct) =>
        db.QuerySingleOrDefaultAsync<SurveyRow>($"SELECT {Columns} {From} WHERE s.id = @id", new { id }, ct);

    public Task<IReadOnlyList<SurveyRow>> GetAllAsync(CancellationToken ct) =>
        db.QueryAsync<SurveyRow>($"SELECT {Columns} {From} ORDER BY s.opens_on DESC, t.code", ct: ct);

    /// <summary>Surveys whose population holds the user.</summary>
    public Task<IReadOnlyList<SurveyRow>> GetForUserAsync(Guid userId, CancellationToken ct) => db.QueryAsync<SurveyRow>(
        $"SELECT {Columns} {From} WHERE s.id IN (SELECT p.survey_id FROM im_survey_population p WHERE p.user_id = @userId) ORDER BY s.closes_on",
        new { userId }, ct);

    /// <summary>The latest survey of the same template code and target in the unit that closed in the year before <paramref name="year"/>.</summary>
    public Task<SurveyRow?> FindPreviousAsync(string code, Guid unitId, string target, int year, CancellationToken ct) =>
        db.QuerySingleOrDefaultAsync<SurveyRow>($"""
            SELECT {Columns} {From} WHERE t.code = @code AND s.unit_id = @unitId AND s.target = @target
              AND s.closes_on >= @from AND s.closes_on <= @to ORDER BY s.closes_on DESC {db.Dialect.Page("1", "0")}
            """, new { code, unitId, target, from = new DateOnly(year - 1, 1, 1), to = new DateOnly(year - 1, 12, 31) }, ct);

    public Task InsertAsync(SurveyRow s, DateTime at, string by, CancellationToken ct) => db.ExecuteAsync("""
        INSERT INTO im_surveys (id, template_id, unit_id, target, programme, study_year, opens_on, closes_on, min_group_size, population,
          version, created_at, created_by, updated_at, updated_by)
        VALUES (@Id, @TemplateId, @UnitId, @Target, @Programme, @StudyYear, @OpensOn, @ClosesOn, @MinGroupSize, @Population,
          1, @at, @by, @at, @by)
        """, new
    {
        s.Id, s.TemplateId, s.UnitId, s.Target, s.Programme, s.StudyYear, s.OpensOn, s.ClosesOn, s.MinGroupSize, s.Population, at, by,
    }, ct);

    public async Task InsertPopulationAsync(Guid surveyId, IReadOnlyList<PopulationMember> members, CancellationToken ct)
    {
        foreach (var chunk in members.Chunk(200))
        {
            await db.ExecuteAsync("""
                INSERT INTO im_survey_population (survey_id, person_key, user_id, programme, study_year, study_form, language)
                VALUES (@surveyId, @PersonKey, @UserId, @Programme, @StudyYear, @StudyForm, @Language)
                """, chunk.Select(m => new { surveyId, m.PersonKey, m.UserId, m.Programme, m.StudyYear, m.StudyForm, m.Language }), ct);
        }
    }

    public Task<PopulationMember?> FindMemberAsync(Guid surveyId, string personKey, CancellationToken ct) =>
        db.QuerySingleOrDefaultAsync<PopulationMember>("""
            SELECT person_key AS PersonKey, user_id AS UserId, programme, study_year AS StudyYear, study_form AS StudyForm, language
            FROM im_survey_population WHERE survey_id = @surveyId AND person_key = @personKey
            """, new { surveyId, personKey }, ct);

    public async Task<bool> HasAnsweredAsync(Guid surveyId, string personKey, CancellationToken ct) =>
        await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM im_survey_respondents WHERE survey_id = @surveyId AND person_key = @personKey",
            new { surveyId, personKey }, ct) > 0;

    /// <summary>Records that the person has answered; false when they already had (the key holds it under concurrency too).</summary>
    public async Task<bool> MarkAnsweredAsync(Guid surveyId, string personKey, CancellationToken ct) =>
        await db.ExecuteAsync(db.Dialect.InsertIgnore("im_survey_respondents", "survey_id, person_key", "@surveyId, @personKey"),
            new { surveyId, personKey }, ct) == 1;

    /// <summary>Stores a response under a fresh random id with its strata only.</summary>
    public Task InsertResponseAsync(Guid surveyId, PopulationMember strata, string answers, CancellationToken ct) => db.ExecuteAsync("""
        INSERT INTO im_survey_responses (survey_id, id, programme, study_year, study_form, language, answers)
        VALUES (@surveyId, @id, @Programme, @StudyYear, @StudyForm, @Language, @answers)
        """, new { surveyId, id = Guid.NewGuid(), strata.Programme, strata.StudyYear, strata.StudyForm, strata.Language, answers }, ct);

    /// <summary>The answer sheets of the responses a filter keeps (for free texts, which are not counted).</summary>
    public Task<IReadOnlyList<string>> GetAnswersAsync(Guid surveyId, ResultFilter f, CancellationToken ct) => db.QueryAsync<string>($"""
        SELECT answers FROM im_survey_responses WHERE survey_id = @surveyId
        {(f.Programme == null ? "" : "AND programme = @Programme")} {(f.StudyYear == null ? "" : "AND study_year = @StudyYear")}
        {(f.StudyForm == null ? "" : "AND study_form = @StudyForm")} {(f.Language == null ? "" : "AND language = @Language")}
        """, new { surveyId, f.Programme, f.StudyYear, f.StudyForm, f.Language }, ct);

    /// <summary>Population and respondents per value of a stratum (who answered is counted, never what).</summary>
    public Task<IReadOnlyList<StratumCount>> CountByAsync(Guid surveyId, string column, CancellationToken ct) => db.QueryAsync<StratumCount>($"""
        SELECT p.{column} AS Value, COUNT(*) AS Population, COUNT(r.person_key) AS Respondents
        FROM im_survey_population p
        LEFT JOIN im_survey_respondents r ON r.survey_id = p.survey_id AND r.person_key = p.person_key
        WHERE p.survey_id = @surveyId GROUP BY p.{column} ORDER BY p.{column}
        """, new { surveyId }, ct);

    /// <summary>Users of the population who have not answered yet (for reminders).</summary>
    public Task<IReadOnlyList<Guid>> GetPendingUsersAsync(Guid surveyId, CancellationToken ct) => db.QueryAsync<Guid>("""
        SELECT p.user_id FROM im_survey_population p
        WHERE p.survey_id = @surveyId AND p.user_id IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM im_survey_respondents r WHERE r.survey_id = p.survey_id AND r.person_key = p.person_key)
        """, new { surveyId }, ct);

    public async Task<bool> MarkReminderAsync(Guid surveyId, DateOnly day, int recipients, CancellationToken ct) =>
        await db.ExecuteAsync(db.Dialect.InsertIgnore("im_survey_reminders", "survey_id, sent_on, recipients", "@surveyId, @day, @recipients"),
            new { surveyId, day, recipients }, ct) == 1;

    public Task<IReadOnlyList<StudentProfile>> GetStudentsAsync(IReadOnlyCollection<Guid> unitIds, CancellationToken ct) =>
        db.QueryAsync<StudentProfile>("""
            SELECT user_id AS UserId, unit_id AS UnitId, programme, study_year AS StudyYear, study_form AS StudyForm, language
            FROM im_student_profiles WHERE unit_id IN @units
            """, new { units = SqlIds.Text(unitIds) }, ct);

    public Task<IReadOnlyList<Guid>> GetStudentIdsAsync(CancellationToken ct) =>
        db.QueryAsync<Guid>("SELECT user_id FROM im_student_profiles", ct: ct);

    public Task SaveStudentAsync(StudentProfile s, CancellationToken ct) => db.ExecuteAsync(
        db.Dialect.Upsert("im_student_profiles", "user_id, unit_id, programme, study_year, study_form, language",
            "@UserId, @UnitId, @Programme, @StudyYear, @StudyForm, @Language", "user_id",
            ["unit_id", "programme", "study_year", "study_form", "language"]), s, ct);
}
