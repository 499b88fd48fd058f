using System.Globalization;
using System.Text.Json.Nodes;
using Ektu.Qa.Kernel.Auditing;
using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.Kernel.Localization;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Timing;

namespace Ektu.Qa.Kernel.Mail;

internal sealed class NotificationStore(IDbSession session, IClock clock, IUserClock local, ICurrentUser user, IAuditLog audit)
    : INotificationSender, INotificationCenter
{
    public async Task NotifyAsync(Guid userId, string titleKey, object[] args, string? link, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(titleKey);
        if (link != null && (!link.StartsWith('/') || link.StartsWith("//", StringComparison.Ordinal))) throw ValidationException.For("link",
            "Kernel:InvalidValue");
        var id = Guid.NewGuid();
        var now = clock.UtcNow;
        var by = user.UserName ?? "system";
        // Arguments are kept culture-neutral and formatted by the reader's culture when shown; a text in three languages is kept
        // in all three ({"kk","ru","en"}), since who reads it in which language is known only then.
        var stored = new JsonArray([.. args.Select(a => a switch
        {
            LocalizedText t => new JsonObject { ["kk"] = t.Kk, ["ru"] = t.Ru, ["en"] = t.En },
            null => JsonValue.Create(""),
            // A stored time names the university's day, not UTC's (an evening in Almaty is the next day's morning).
            DateTime d => JsonValue.Create(local.Local(d).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            IFormattable f => JsonValue.Create(f.ToString(null, CultureInfo.InvariantCulture)),
            _ => (JsonNode)JsonValue.Create(a.ToString() ?? ""),
        })]).ToJsonString();
        // Deferred to the commit: a notification is read by its recipient's later requests, not by the unit of work that sends it.
        session.Defer("""
            INSERT INTO k_notifications (id, user_id, title_key, args, link, read_at, version, created_at, created_by, updated_at, updated_by)
            VALUES (@id, @userId, @titleKey, @stored, @link, NULL, 1, @now, @by, @now, @by)
            """, new Dictionary<string,
                object?> { ["id"] = id, ["userId"] = userId, ["titleKey"] = titleKey, ["stored"] = stored, ["link"] = link, ["now"] = now,
                ["by"] = by });
        await audit.WriteAsync("Kernel", "Notification", id, "Sent",
            [new AuditChange("Recipient", null, userId.ToString()), new AuditChange("Title", null, titleKey), new AuditChange("Args", null, stored)],
                ct);
    }

    public async Task<int> CountUnreadAsync(Guid userId, CancellationToken ct = default) =>
        await session.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM k_notifications WHERE user_id = @userId AND read_at IS NULL", new { userId }, ct);

    public async Task<IReadOnlyList<NotificationDto>> ListAsync(Guid userId, int take, CancellationToken ct = default)
    {
        var rows = await session.QueryAsync<Row>(
            "SELECT id, title_key AS TitleKey, args, link, read_at AS ReadAt, created_at AS CreatedAt FROM k_notifications WHERE user_id = @userId " +
                "ORDER BY created_at DESC, id DESC LIMIT "
            + Math.Clamp(take, 1, 500), new { userId }, ct);
        return rows.Select(r => new NotificationDto
        {
            Id = r.Id,
            TitleKey = r.TitleKey,
            Args = ReadArgs(r.Args),
            Link = r.Link,
            ReadAt = r.ReadAt,
            CreatedAt = r.CreatedAt,
        }).ToList();
    }

    public async Task MarkReadAsync(Guid userId, Guid? id, CancellationToken ct = default)
    {
        var now = clock.UtcNow;
        var by = user.UserName ?? "system";
        if (id == null)
            await session.ExecuteAsync("UPDATE k_notifications SET read_at = @now, version = version + 1, updated_at = @now, updated_by = @by " +
                "WHERE user_id = @userId AND read_at IS NULL", new { userId, now, by }, ct);
        else if (await session.ExecuteAsync("UPDATE k_notifications SET read_at = @now, version = version + 1, updated_at = @now, updated_by = @by " +
            "WHERE id = @id AND user_id = @userId AND read_at IS NULL", new { id, userId, now, by }, ct) == 0
            && await session.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM k_notifications WHERE id = @id AND user_id = @userId", new { id, userId },
                ct) == 0)
            throw new EntityNotFoundException("Notification", id.Value);
    }

    /// <summary>Each argument as the reader reads it: a three-language text in the current UI language, anything else as stored.</summary>
    private static string[] ReadArgs(string? stored) => string.IsNullOrEmpty(stored) || JsonNode.Parse(stored) is not JsonArray args ? []
        : [.. args.Select(a => a is JsonObject t
            ? new LocalizedText((string?)t["kk"] ?? "", (string?)t["ru"] ?? "", (string?)t["en"] ?? "").Current
            : a?.GetValue<string>() ?? "")];

    private sealed class Row
    {
        public Guid Id { get; init; }
        public string TitleKey { get; init; } = "";
        public string? Args { get; init; }
        public string? Link { get; init; }
        public DateTime? ReadAt { get; init; }
        public DateTime CreatedAt { get; init; }
    }
}
