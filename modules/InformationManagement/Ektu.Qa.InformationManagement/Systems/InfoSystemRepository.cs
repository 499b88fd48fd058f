using Ektu.Qa.Kernel.Data;

namespace Ektu.Qa.InformationManagement.Systems;

/// <summary>The information systems registry (<c>im_info_systems</c>) and the safety checks (<c>im_info_system_checks</c>).</summary>
internal sealed class InfoSystemRepository(IDbSession db)
{
    private const string Columns = """
        id, code, name, owner_unit_id AS OwnerUnitId, owner, purpose, data_held AS DataHeld, backup_schedule AS BackupSchedule,
        restore_verified_on AS RestoreVerifiedOn, access_control AS AccessControl, version
        """;

    private const string CheckColumns = """
        id, system_id AS SystemId, checked_on AS CheckedOn, checked_by_id AS CheckedById, authority, antivirus, administration, backups,
        server_room AS ServerRoom, passwords, note
        """;

    public Task<InfoSystemDto?> FindAsync(Guid id, CancellationToken ct) =>
        db.QuerySingleOrDefaultAsync<InfoSystemDto>($"SELECT {Columns} FROM im_info_systems WHERE id = @id", new { id }, ct);

    public Task<IReadOnlyList<InfoSystemDto>> ListAsync(bool all, IEnumerable<Guid> units, CancellationToken ct) =>
        db.QueryAsync<InfoSystemDto>(
            $"SELECT {Columns} FROM im_info_systems WHERE {(all ? "1 = 1" : "owner_unit_id IN @units")} ORDER BY name, id",
            new { units = SqlIds.Text(units) }, ct);

    public async Task<bool> CodeTakenAsync(string code, Guid? except, CancellationToken ct) =>
        await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM im_info_systems WHERE code = @code AND id <> @except",
            new { code, except = except ?? Guid.Empty }, ct) > 0;

    public Task InsertAsync(Guid id, SaveInfoSystemInput s, DateTime at, string by, CancellationToken ct) => db.ExecuteAsync("""
        INSERT INTO im_info_systems (id, code, name, owner_unit_id, owner, purpose, data_held, backup_schedule, restore_verified_on,
          access_control, version, created_at, created_by, updated_at, updated_by)
        VALUES (@id, @Code, @Name, @OwnerUnitId, @Owner, @Purpose, @DataHeld, @BackupSchedule, @RestoreVerifiedOn, @AccessControl, 1,
          @at, @by, @at, @by)
        """, new
    {
        id, s.Code, s.Name, s.OwnerUnitId, s.Owner, s.Purpose, s.DataHeld, s.BackupSchedule, s.RestoreVerifiedOn, s.AccessControl, at, by,
    }, ct);

    public async Task UpdateAsync(Guid id, SaveInfoSystemInput s, DateTime at, string by, CancellationToken ct)
    {
        var rows = await db.ExecuteAsync("""
            UPDATE im_info_systems SET code = @Code, name = @Name, owner = @Owner, purpose = @Purpose, data_held = @DataHeld,
              backup_schedule = @BackupSchedule, restore_verified_on = @RestoreVerifiedOn, access_control = @AccessControl,
              version = version + 1, updated_at = @at, updated_by = @by
            WHERE id = @id AND version = @Version
            """, new
        {
            id, s.Code, s.Name, s.Owner, s.Purpose, s.DataHeld, s.BackupSchedule, s.RestoreVerifiedOn, s.AccessControl, s.Version, at, by,
        }, ct);
        Concurrency.EnsureUpdated(rows, "InformationSystem", id);
    }

    public Task<IReadOnlyList<SafetyCheckDto>> ChecksAsync(IEnumerable<Guid> systemIds, CancellationToken ct) =>
        db.QueryAsync<SafetyCheckDto>(
            $"SELECT {CheckColumns} FROM im_info_system_checks WHERE system_id IN @ids ORDER BY checked_on DESC, created_at DESC, id",
            new { ids = SqlIds.Text(systemIds) }, ct);

    public Task<SafetyCheckDto?> FindCheckAsync(Guid id, CancellationToken ct) =>
        db.QuerySingleOrDefaultAsync<SafetyCheckDto>($"SELECT {CheckColumns} FROM im_info_system_checks WHERE id = @id", new { id }, ct);

    public Task InsertCheckAsync(Guid id, Guid systemId, Guid byId, SaveSafetyCheckInput c, DateTime at, string by, CancellationToken ct) =>
        db.ExecuteAsync("""
            INSERT INTO im_info_system_checks (id, system_id, checked_on, checked_by_id, authority, antivirus, administration, backups,
              server_room, passwords, note, created_at, created_by)
            VALUES (@id, @systemId, @CheckedOn, @byId, @Authority, @Antivirus, @Administration, @Backups, @ServerRoom, @Passwords, @Note,
              @at, @by)
            """, new
        {
            id, systemId, c.CheckedOn, byId, c.Authority, c.Antivirus, c.Administration, c.Backups, c.ServerRoom, c.Passwords, c.Note, at, by,
        }, ct);
}
