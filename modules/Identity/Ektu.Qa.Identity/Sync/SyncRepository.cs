using Ektu.Qa.Kernel.Data;

namespace Ektu.Qa.Identity.Sync;

/// <summary>The links of units and people to their source records, and the grants rules gave. Inserts are deferred to the commit.</summary>
internal sealed class SyncRepository(IDbSession db)
{
    public const string RuleSource = "Rule";

    private const string PersonColumns =
        "external_id AS ExternalId, user_id AS UserId, kind, unit_id AS UnitId, position, programme, study_year AS StudyYear, " +
        "study_form AS StudyForm, study_language AS StudyLanguage, is_active AS IsActive, hash";

    public async Task<IReadOnlyList<UnitLink>> GetUnitLinksAsync(CancellationToken ct) =>
        (await db.QueryAsync<(string ExternalId, Guid UnitId, bool IsActive, string Hash)>(
            "SELECT external_id, unit_id, is_active, hash FROM id_sync_units", ct: ct))
        .Select(r => new UnitLink(r.ExternalId, r.UnitId, r.IsActive, r.Hash)).ToList();

    public Task SaveUnitLinkAsync(UnitLink link, DateTime now, CancellationToken ct) => db.ExecuteAsync(
        db.Dialect.Upsert("id_sync_units", "external_id, unit_id, is_active, hash, updated_at", "@ExternalId, @UnitId, @IsActive, @Hash, @now",
            "external_id", ["unit_id", "is_active", "hash", "updated_at"]),
        new { link.ExternalId, link.UnitId, link.IsActive, link.Hash, now }, ct);

    public Task<IReadOnlyList<PersonLink>> GetPeopleAsync(IReadOnlyCollection<string> externalIds, CancellationToken ct) =>
        db.QueryAsync<PersonLink>($"SELECT {PersonColumns} FROM id_sync_people WHERE external_id IN @externalIds",
            new { externalIds = externalIds.Count == 0 ? [""] : externalIds.ToArray() }, ct);

    public Task<PersonLink?> FindPersonByUserAsync(Guid userId, CancellationToken ct) =>
        db.QuerySingleOrDefaultAsync<PersonLink>($"SELECT {PersonColumns} FROM id_sync_people WHERE user_id = @userId", new { userId }, ct);

    public void SavePerson(PersonLink p, bool isNew, DateTime now)
    {
        var args = new Dictionary<string, object?>
        {
            ["externalId"] = p.ExternalId, ["userId"] = p.UserId.ToString("D"), ["kind"] = p.Kind.ToString(), ["unitId"] = p.UnitId.ToString("D"),
            ["position"] = p.Position, ["programme"] = p.Programme, ["year"] = p.StudyYear, ["form"] = p.StudyForm, ["language"] = p.StudyLanguage,
            ["active"] = p.IsActive, ["hash"] = p.Hash, ["now"] = now,
        };
        db.Defer(isNew
            ? """
              INSERT INTO id_sync_people (external_id, user_id, kind, unit_id, position, programme, study_year, study_form, study_language,
              is_active, hash, updated_at)
              VALUES (@externalId, @userId, @kind, @unitId, @position, @programme, @year, @form, @language, @active, @hash, @now)
              """
            : """
              UPDATE id_sync_people SET user_id = @userId, kind = @kind, unit_id = @unitId, position = @position, programme = @programme,
                study_year = @year, study_form = @form, study_language = @language, is_active = @active, hash = @hash, updated_at = @now
              WHERE external_id = @externalId
              """, args);
    }

    /// <summary>The grants rules gave these users; manual grants (source NULL) are never read here, so a sync never takes them.</summary>
    public async Task<IReadOnlyList<RuleGrant>> GetRuleGrantsAsync(IReadOnlyCollection<Guid> userIds, CancellationToken ct) =>
        (await db.QueryAsync<(Guid Id, Guid UserId, Guid RoleId, Guid UnitId)>(
            "SELECT id, user_id, role_id, unit_id FROM id_user_roles WHERE source = @source AND user_id IN @userIds",
            new { source = RuleSource, userIds = SqlIds.Text(userIds) }, ct))
        .Select(r => new RuleGrant(r.Id, r.UserId, r.RoleId, r.UnitId)).ToList();

    /// <summary>A manual grant of the same role in the same unit wins: the insert is ignored and the grant stays manual.</summary>
    public void AddRuleGrant(RuleGrant g, DateTime now, string by) => db.Defer(
        db.Dialect.InsertIgnore("id_user_roles", "id, user_id, role_id, unit_id, created_at, created_by, source",
            "@id, @userId, @roleId, @unitId, @now, @by, @source"),
        new Dictionary<string, object?>
        {
            ["id"] = Guid.NewGuid().ToString("D"), ["userId"] = g.UserId.ToString("D"), ["roleId"] = g.RoleId.ToString("D"),
            ["unitId"] = g.UnitId.ToString("D"), ["now"] = now, ["by"] = by, ["source"] = RuleSource,
        });

    public void RemoveRuleGrant(Guid id) => db.Defer(
        "DELETE FROM id_user_roles WHERE id = @id AND source = @source",
        new Dictionary<string, object?> { ["id"] = id.ToString("D"), ["source"] = RuleSource });
}
