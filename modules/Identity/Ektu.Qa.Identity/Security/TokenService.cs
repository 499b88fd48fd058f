using System.Security.Claims;
using Ektu.Qa.Identity.Users;
using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Timing;
using Microsoft.AspNetCore.Identity;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Ektu.Qa.Identity.Security;

/// <summary>Client-credentials: an API client's id and secret for a short-lived JWT acting as its service user.</summary>
internal sealed class TokenService(IDbSession db, IPasswordHasher<User> hasher, IClock clock, JwtSettings settings, ApiSigningKey key)
{
    public async Task<(string Token, int ExpiresIn)> IssueAsync(string? clientId, string? secret, CancellationToken ct = default)
    {
        // Before the request's first statement: on SQLite the unit of work's transaction would hold the write lock that
        // generating the key the first time needs, on another connection.
        var signingKey = key.Key;
        var client = await db.QuerySingleOrDefaultAsync<(string Hash, Guid UserId, string UserName, string Stamp, bool Active)>("""
            SELECT c.secret_hash, c.user_id, u.user_name, u.security_stamp, c.is_active AND u.is_active
            FROM id_api_clients c JOIN id_users u ON u.id = c.user_id WHERE c.client_id = @clientId
            """, new { clientId = (clientId ?? "").Trim().ToLowerInvariant() }, ct);
        if (client.Hash == null || !client.Active
            || hasher.VerifyHashedPassword(new User(), client.Hash, secret ?? "") == PasswordVerificationResult.Failed)
            throw new QaException(IdentityErrorCodes.InvalidClient, 401);
        var lifetime = settings.TokenLifetimeMinutes * 60;
        var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = settings.Issuer,
            Audience = settings.Audience,
            Subject = new ClaimsIdentity(
            [
                new Claim(QaClaimTypes.UserId, client.UserId.ToString()),
                new Claim("name", client.UserName),
                new Claim(QaClaimTypes.SecurityStamp, client.Stamp),
                new Claim("client_id", clientId!),
            ]),
            IssuedAt = clock.UtcNow,
            NotBefore = clock.UtcNow,
            Expires = clock.UtcNow.AddSeconds(lifetime),
            SigningCredentials = new SigningCredentials(signingKey, SecurityAlgorithms.HmacSha256),
        });
        return (token, lifetime);
    }
}
