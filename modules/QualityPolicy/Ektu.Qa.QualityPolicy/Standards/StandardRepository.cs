using Ektu.Qa.Kernel.Data;

namespace Ektu.Qa.QualityPolicy.Standards;

/// <summary>The standards catalogue in <c>qp_standards</c>.</summary>
internal sealed class StandardRepository(IDbSession db)
{
    private const string Columns = """
        id, code, catalogue_version AS CatalogueVersion, framework, sort_order AS SortOrder, title_kk AS TitleKk, title_ru AS TitleRu,
        title_en AS TitleEn, description_kk AS DescriptionKk, description_ru AS DescriptionRu, description_en AS DescriptionEn,
        esg_code AS EsgCode, module, administrator_user_id AS AdministratorUserId, version
        """;

    public Task<IReadOnlyList<StandardDto>> GetAllAsync(CancellationToken ct) =>
        db.QueryAsync<StandardDto>($"SELECT {Columns} FROM qp_standards ORDER BY framework, sort_order", ct: ct);

    public Task<StandardDto?> FindAsync(Guid id, CancellationToken ct) =>
        db.QuerySingleOrDefaultAsync<StandardDto>($"SELECT {Columns} FROM qp_standards WHERE id = @id", new { id }, ct);

    /// <summary>Adds a standard of the shipped catalogue unless its code exists; edited texts and administrators are kept.</summary>
    public Task InsertIgnoreAsync(StandardDto s, DateTime at, CancellationToken ct) => db.ExecuteAsync(
        db.Dialect.InsertIgnore("qp_standards",
            "id, code, catalogue_version, framework, sort_order, title_kk, title_ru, title_en, description_kk, description_ru, description_en, " +
                "esg_code, module, administrator_user_id, version, created_at, created_by, updated_at, updated_by",
            "@Id, @Code, @CatalogueVersion, @FrameworkText, @SortOrder, @TitleKk, @TitleRu, @TitleEn, @DescriptionKk, @DescriptionRu, " +
                "@DescriptionEn, @EsgCode, @Module, NULL, 1, @at, 'system', @at, 'system'"),
        new
        {
            s.Id, s.Code, s.CatalogueVersion, FrameworkText = s.Framework.ToString(), s.SortOrder, s.TitleKk, s.TitleRu, s.TitleEn,
            s.DescriptionKk, s.DescriptionRu, s.DescriptionEn, s.EsgCode, s.Module, at,
        }, ct);

    public async Task UpdateAsync(Guid id, UpdateStandardInput input, DateTime at, string by, CancellationToken ct)
    {
        var rows = await db.ExecuteAsync("""
            UPDATE qp_standards SET title_kk = @TitleKk, title_ru = @TitleRu, title_en = @TitleEn, description_kk = @DescriptionKk,
              description_ru = @DescriptionRu, description_en = @DescriptionEn, administrator_user_id = @AdministratorUserId,
              version = version + 1, updated_at = @at, updated_by = @by
            WHERE id = @id AND version = @Version
            """, new
        {
            id, input.TitleKk, input.TitleRu, input.TitleEn, DescriptionKk = input.DescriptionKk ?? "", DescriptionRu = input.DescriptionRu ?? "",
            DescriptionEn = input.DescriptionEn ?? "", input.AdministratorUserId, input.Version, at, by,
        }, ct);
        Concurrency.EnsureUpdated(rows, "Standard", id);
    }
}
