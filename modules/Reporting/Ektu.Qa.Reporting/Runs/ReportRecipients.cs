using Ektu.Qa.Identity;
using Ektu.Qa.Kernel.Errors;

namespace Ektu.Qa.Reporting.Runs;

/// <summary>
/// A schedule's recipients: e-mail addresses, users (<c>user:login</c>) and the holders of a role in a unit
/// (<c>role:Dean@SITIS</c> — held in that unit or above it). Users are resolved at delivery time, so a changed post
/// holder gets the next report.
/// </summary>
internal sealed class ReportRecipients(IIdentityIntegrationService identity)
{
    public const string InvalidRecipients = "Reporting:InvalidRecipients";

    public static IReadOnlyList<string> Split(string? text) =>
        (text ?? "").Split([';', ',', ' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>The normalised list, or a field error "recipients" when one of them is unknown or malformed.</summary>
    public async Task<string> NormaliseAsync(string? text, CancellationToken ct)
    {
        var result = new List<string>();
        foreach (var token in Split(text))
        {
            var ok = token switch
            {
                _ when token.StartsWith("user:", StringComparison.OrdinalIgnoreCase) =>
                    (await identity.GetUsersByNameAsync([token[5..]], ct)).Count == 1,
                _ when token.StartsWith("role:", StringComparison.OrdinalIgnoreCase) =>
                    ParseRole(token) is var (role, unit) && role.Length > 0 && await UnitIdAsync(unit, ct) != null,
                _ => System.Net.Mail.MailAddress.TryCreate(token, out _) && !token.Contains(':', StringComparison.Ordinal),
            };
            if (!ok) throw ValidationException.For("recipients", InvalidRecipients);
            result.Add(token);
        }
        return string.Join(";", result.Distinct(StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>E-mail addresses to send to, and the users to notify in the application.</summary>
    public async Task<(IReadOnlyList<string> Emails, IReadOnlyList<Guid> Users)> ResolveAsync(string? text, CancellationToken ct)
    {
        var emails = new List<string>();
        var users = new List<UserSummary>();
        foreach (var token in Split(text))
        {
            if (token.StartsWith("user:", StringComparison.OrdinalIgnoreCase))
                users.AddRange(await identity.GetUsersByNameAsync([token[5..]], ct));
            else if (token.StartsWith("role:", StringComparison.OrdinalIgnoreCase))
            {
                var (role, unit) = ParseRole(token);
                if (await UnitIdAsync(unit, ct) is { } unitId) users.AddRange(await identity.GetRoleHoldersAsync(unitId, [role], ct));
            }
            else emails.Add(token);
        }
        emails.AddRange(users.Select(u => u.Email).OfType<string>().Where(e => e.Length > 0));
        return (emails.Distinct(StringComparer.OrdinalIgnoreCase).ToList(), users.Select(u => u.Id).Distinct().ToList());
    }

    private static (string Role, string Unit) ParseRole(string token)
    {
        var body = token[5..];
        var at = body.LastIndexOf('@');
        return at < 0 ? (body, "") : (body[..at], body[(at + 1)..]);
    }

    private async Task<Guid?> UnitIdAsync(string code, CancellationToken ct) =>
        (await identity.GetUnitsAsync(ct)).FirstOrDefault(u => string.Equals(u.Code, code, StringComparison.OrdinalIgnoreCase))?.Id;
}
