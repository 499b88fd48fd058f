using Dapper;
using Ektu.Qa.Kernel.Data;

namespace Ektu.Qa.ProgrammeMonitoring.Programmes;

/// <summary>
/// Programmes (<c>pm_programmes</c>, the register's row: fields of the latest version copied for listing), their
/// versions (<c>pm_programme_versions</c>, one JSON content each) and register events (<c>pm_register_events</c>).
/// </summary>
internal sealed class ProgrammeRepository(IDbSession db)
{
    private const string Columns = """
        id, group_code AS GroupCode, title_kk AS TitleKk, title_ru AS TitleRu, title_en AS TitleEn, level, school_id AS SchoolId,
        department_id AS DepartmentId, status, approved_number AS ApprovedNumber, latest_number AS LatestNumber,
        open_proposals AS OpenProposals, version, updated_at AS UpdatedAt
        """;

    private const string VersionColumns = """
        programme_id AS ProgrammeId, number, parent_number AS ParentNumber, base_number AS BaseNumber, state, note, content,
        created_at AS CreatedAt, created_by AS CreatedBy, approved_at AS ApprovedAt, approved_by AS ApprovedBy
        """;

    public Task<ProgrammeDto?> FindAsync(Guid id, CancellationToken ct) =>
        db.QuerySingleOrDefaultAsync<ProgrammeDto>($"SELECT {Columns} FROM pm_programmes WHERE id = @id", new { id }, ct);

    /// <summary>Programmes whose school or department is one of <paramref name="units"/> (all when <paramref name="all"/>).</summary>
    public Task<IReadOnlyList<ProgrammeDto>> ListAsync(bool all, IEnumerable<Guid> units, ProgrammeListInput f, CancellationToken ct)
    {
        var (where, args) = Filter(all, units, f);
        return db.QueryAsync<ProgrammeDto>($"SELECT {Columns} FROM pm_programmes WHERE {where} ORDER BY group_code, title_en, id", args, ct);
    }

    /// <summary>One page of <see cref="ListAsync"/>'s rows, and how many rows the filter has.</summary>
    public async Task<(IReadOnlyList<ProgrammeDto> Items, int Total)> PageAsync(bool all, IEnumerable<Guid> units, ProgrammeListInput f,
        int limit, int offset, CancellationToken ct)
    {
        var (where, args) = Filter(all, units, f);
        args.Add("limit", limit);
        args.Add("offset", offset);
        var total = await db.ExecuteScalarAsync<long>($"SELECT COUNT(*) FROM pm_programmes WHERE {where}", args, ct);
        var items = await db.QueryAsync<ProgrammeDto>(
            $"SELECT {Columns} FROM pm_programmes WHERE {where} ORDER BY group_code, title_en, id {db.Dialect.Page("@limit", "@offset")}", args, ct);
        return (items, (int)total);
    }

    private (string Where, DynamicParameters Args) Filter(bool all, IEnumerable<Guid> units, ProgrammeListInput f)
    {
        var where = new List<string> { all ? "1 = 1" : "(school_id IN @units OR department_id IN @units)" };
        if (f.SchoolId != null) where.Add("school_id = @SchoolId");
        if (f.Status != null) where.Add("status = @status");
        if (f.Level != null) where.Add("level = @level");
        if (!string.IsNullOrWhiteSpace(f.Search))
        {
            var like = db.Dialect;
            where.Add($"({like.ContainsIgnoreCase("group_code", "@search")} OR {like.ContainsIgnoreCase("title_kk", "@search")} "
                + $"OR {like.ContainsIgnoreCase("title_ru", "@search")} OR {like.ContainsIgnoreCase("title_en", "@search")})");
        }
        return (string.Join(" AND ", where), new DynamicParameters(
            new { units = SqlIds.Text(units), f.SchoolId, status = f.Status?.ToString(), level = (int?)f.Level, search = f.Search?.Trim() }));
    }

    public async Task<IReadOnlyList<ProgrammeVersionDto>> VersionsAsync(Guid id, CancellationToken ct) =>
        (await db.QueryAsync<VersionRow>(
            $"SELECT {VersionColumns} FROM pm_programme_versions WHERE programme_id = @id ORDER BY number DESC", new { id }, ct))
        .Select(r => r.ToDto()).ToList();

    public async Task<ProgrammeVersionDto?> FindVersionAsync(Guid id, int number, CancellationToken ct) =>
        (await db.QuerySingleOrDefaultAsync<VersionRow>(
            $"SELECT {VersionColumns} FROM pm_programme_versions WHERE programme_id = @id AND number = @number", new { id, number }, ct))?.ToDto();

    public Task<IReadOnlyList<RegisterEventDto>> RegisterEventsAsync(Guid id, CancellationToken ct) => db.QueryAsync<RegisterEventDto>("""
        SELECT id, kind, event_on AS OccurredOn, reference, created_at AS CreatedAt, created_by AS CreatedBy
        FROM pm_register_events WHERE programme_id = @id ORDER BY event_on, created_at
        """, new { id }, ct);

    public Task InsertAsync(Guid id, ProgrammeContent c, DateTime at, string by, CancellationToken ct) => db.ExecuteAsync("""
        INSERT INTO pm_programmes (id, group_code, title_kk, title_ru, title_en, level, school_id, department_id, status, approved_number,
          latest_number, open_proposals, version, created_at, created_by, updated_at, updated_by)
        VALUES (@id, @group, @TitleKk, @TitleRu, @TitleEn, @level, @SchoolId, @DepartmentId, 'Draft', NULL, 1, 1, 1, @at, @by, @at, @by)
        """, new { id, group = c.Classifier.GroupCode, c.TitleKk, c.TitleRu, c.TitleEn, level = (int)c.Level, c.SchoolId, c.DepartmentId,
            at, by }, ct);

    public Task InsertVersionAsync(ProgrammeVersionDto v, CancellationToken ct) => db.ExecuteAsync("""
        INSERT INTO pm_programme_versions (programme_id, number, parent_number, base_number, state, note, content, created_at, created_by)
        VALUES (@ProgrammeId, @Number, @ParentNumber, @BaseNumber, @state, @Note, @content, @CreatedAt, @CreatedBy)
        """, new
        {
            v.ProgrammeId, v.Number, v.ParentNumber, v.BaseNumber, state = v.State.ToString(), v.Note,
            content = ContentJson.Write(v.Content), v.CreatedAt, v.CreatedBy,
        }, ct);

    public Task SetVersionStateAsync(Guid id, int number, VersionState state, DateTime? approvedAt, string? approvedBy,
        CancellationToken ct) => db.ExecuteAsync("""
        UPDATE pm_programme_versions SET state = @state, approved_at = COALESCE(@approvedAt, approved_at),
          approved_by = COALESCE(@approvedBy, approved_by)
        WHERE programme_id = @id AND number = @number
        """, new { id, number, state = state.ToString(), approvedAt, approvedBy }, ct);

    /// <summary>
    /// Copies the latest version's listed fields, the status and the version counters into the register row, guarded by
    /// the row's version: two changes to one programme cannot both commit.
    /// </summary>
    public async Task UpdateAsync(ProgrammeRow row, int expectedVersion, DateTime at, string by, CancellationToken ct)
    {
        var c = row.Listed;
        var rows = await db.ExecuteAsync("""
            UPDATE pm_programmes SET group_code = @group, title_kk = @TitleKk, title_ru = @TitleRu, title_en = @TitleEn, level = @level,
              school_id = @SchoolId, department_id = @DepartmentId, status = @status, approved_number = @approved, latest_number = @latest,
              open_proposals = @open, version = version + 1, updated_at = @at, updated_by = @by
            WHERE id = @id AND version = @expectedVersion
            """, new
        {
            id = row.Id, group = c.Classifier.GroupCode, c.TitleKk, c.TitleRu, c.TitleEn, level = (int)c.Level, c.SchoolId, c.DepartmentId,
            status = row.Status.ToString(), approved = row.ApprovedNumber, latest = row.LatestNumber, open = row.OpenProposals,
            expectedVersion, at, by,
        }, ct);
        Concurrency.EnsureUpdated(rows, "Programme", row.Id);
    }

    public Task InsertRegisterEventAsync(Guid programmeId, RegisterEventDto e, CancellationToken ct) => db.ExecuteAsync("""
        INSERT INTO pm_register_events (id, programme_id, kind, event_on, reference, created_at, created_by)
        VALUES (@Id, @programmeId, @kind, @OccurredOn, @Reference, @CreatedAt, @CreatedBy)
        """, new { e.Id, programmeId, kind = e.Kind.ToString(), e.OccurredOn, e.Reference, e.CreatedAt, e.CreatedBy }, ct);

    /// <summary>A stored version before its content is read (Dapper binds properties, so the Guid and date handlers apply).</summary>
    private sealed class VersionRow
    {
        public Guid ProgrammeId { get; init; }
        public int Number { get; init; }
        public int? ParentNumber { get; init; }
        public int? BaseNumber { get; init; }
        public string State { get; init; } = "";
        public string? Note { get; init; }
        public string Content { get; init; } = "";
        public DateTime CreatedAt { get; init; }
        public string CreatedBy { get; init; } = "";
        public DateTime? ApprovedAt { get; init; }
        public string? ApprovedBy { get; init; }

        public ProgrammeVersionDto ToDto() => new()
        {
            ProgrammeId = ProgrammeId, Number = Number, ParentNumber = ParentNumber, BaseNumber = BaseNumber, State = Enum.Parse<VersionState>(State),
            Note = Note, Content = ContentJson.Read(Content), CreatedAt = CreatedAt, CreatedBy = CreatedBy,
            ApprovedAt = ApprovedAt, ApprovedBy = ApprovedBy,
        };
    }
}
