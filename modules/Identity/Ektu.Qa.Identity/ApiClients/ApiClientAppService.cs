using System.Security.Cryptography;
using Ektu.Qa.Identity.Permissions;
using Ektu.Qa.Identity.Users;
using Ektu.Qa.Kernel.Auditing;
using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Timing;
using Microsoft.AspNetCore.Identity;

namespace Ektu.Qa.Identity.ApiClients;

internal sealed class ApiClientAppService(IDbSession db, AuditContext<IdentityContractsModule> audit, ICurrentUser user, IClock clock,
    IPasswordHasher<User> hasher)
    : IApiClientAppService
{
    private const string Select = """
        SELECT c.id, c.client_id AS ClientId, c.name, c.user_id AS UserId, u.user_name AS UserName, c.is_active AS IsActive, c.version
        FROM id_api_clients c JOIN id_users u ON u.id = c.user_id
        """;

    public async Task<IReadOnlyList<ApiClientDto>> GetListAsync(CancellationToken ct = default)
    {
        await user.EnsureAsync(IdentityPermissions.ApiClients.Manage);
        return await db.QueryAsync<ApiClientDto>(Select + " ORDER BY c.client_id", ct: ct);
    }

    public async Task<CreatedApiClientDto> CreateAsync(string clientId, string name, Guid userId, CancellationToken ct = default)
    {
        await user.EnsureAsync(IdentityPermissions.ApiClients.Manage);
        clientId = (clientId ?? "").Trim().ToLowerInvariant();
        new Check()
            .Required("ClientId", clientId, 64)
            .Required("Name", name, 200)
            .That(await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM id_api_clients WHERE client_id = @clientId", new { clientId }, ct) == 0,
                "ClientId", IdentityErrorCodes.UserNameTaken)
            .That(await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM id_users WHERE id = @userId", new { userId }, ct) == 1, "UserId",
                ErrorCodes.InvalidValue)
            .ThrowIfAny();
        var secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var id = Guid.NewGuid();
        var now = clock.UtcNow;
        var by = user.UserName ?? "system";
        await db.ExecuteAsync("""
            INSERT INTO id_api_clients (id, client_id, name, secret_hash, user_id, is_active, version, created_at, created_by, updated_at, updated_by)
            VALUES (@id, @clientId, @name, @hash, @userId, 1, 1, @now, @by, @now, @by)
            """, new { id, clientId, name = name.Trim(), hash = hasher.HashPassword(new User(), secret), userId, now, by }, ct);
        await audit.WriteAsync("ApiClient", id, "Created", [new AuditChange("ClientId", null, clientId)], ct);
        var dto = await db.QuerySingleOrDefaultAsync<ApiClientDto>(Select + " WHERE c.id = @id", new { id }, ct);
        return new CreatedApiClientDto(dto!, secret);
    }

    public async Task SetActiveAsync(Guid id, bool isActive, int version, CancellationToken ct = default)
    {
        await user.EnsureAsync(IdentityPermissions.ApiClients.Manage);
        var rows = await db.ExecuteAsync("UPDATE id_api_clients SET is_active = @isActive, version = version + 1, updated_at = @now, updated_by = " +
            "@by WHERE id = @id AND version = @version",
            new { id, isActive, version, now = clock.UtcNow, by = user.UserName ?? "system" }, ct);
        if (rows == 0 && await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM id_api_clients WHERE id = @id", new { id }, ct) == 0)
            throw new EntityNotFoundException("ApiClient", id);
        Concurrency.EnsureUpdated(rows, "ApiClient", id);
        await audit.WriteAsync("ApiClient", id, isActive ? "Enabled" : "Disabled", null, ct);
    }
}
