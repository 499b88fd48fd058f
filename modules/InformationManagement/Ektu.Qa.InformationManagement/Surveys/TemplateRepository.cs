using Ektu.Qa.Kernel.Data;

namespace Ektu.Qa.InformationManagement.Surveys;

/// <summary>Questionnaire template versions (<c>im_survey_templates</c>).</summary>
internal sealed class TemplateRepository(IDbSession db)
{
    private const string Columns = """
        id, code, number, title_kk AS TitleKk, title_ru AS TitleRu, title_en AS TitleEn, questions, state, version
        """;

    public async Task<TemplateDto?> FindAsync(Guid id, CancellationToken ct) =>
        (await db.QuerySingleOrDefaultAsync<TemplateRow>($"SELECT {Columns} FROM im_survey_templates WHERE id = @id", new { id }, ct))?.ToDto();

    public async Task<IReadOnlyList<TemplateDto>> GetAllAsync(CancellationToken ct) =>
        (await db.QueryAsync<TemplateRow>($"SELECT {Columns} FROM im_survey_templates ORDER BY code, number", ct: ct))
            .Select(r => r.ToDto()).ToList();

    public Task<int> LastNumberAsync(string code, CancellationToken ct) =>
        db.ExecuteScalarAsync<int>("SELECT COALESCE(MAX(number), 0) FROM im_survey_templates WHERE code = @code", new { code }, ct);

    public Task InsertAsync(TemplateDto t, DateTime at, string by, CancellationToken ct) => db.ExecuteAsync("""
        INSERT INTO im_survey_templates (id, code, number, title_kk, title_ru, title_en, questions, state, version,
          created_at, created_by, updated_at, updated_by)
        VALUES (@Id, @Code, @Number, @kk, @ru, @en, @questions, @state, 1, @at, @by, @at, @by)
        """, new
    {
        t.Id, t.Code, t.Number, kk = t.Title.Kk, ru = t.Title.Ru, en = t.Title.En, questions = SurveyJson.Questions(t.Questions),
        state = t.State.ToString(), at, by,
    }, ct);

    public async Task UpdateAsync(TemplateDto t, int version, DateTime at, string by, CancellationToken ct)
    {
        var rows = await db.ExecuteAsync("""
            UPDATE im_survey_templates SET title_kk = @kk, title_ru = @ru, title_en = @en, questions = @questions, state = @state,
              version = version + 1, updated_at = @at, updated_by = @by
            WHERE id = @Id AND version = @version
            """, new
        {
            t.Id, kk = t.Title.Kk, ru = t.Title.Ru, en = t.Title.En, questions = SurveyJson.Questions(t.Questions),
            state = t.State.ToString(), version, at, by,
        }, ct);
        Concurrency.EnsureUpdated(rows, "SurveyTemplate", t.Id);
    }
}
