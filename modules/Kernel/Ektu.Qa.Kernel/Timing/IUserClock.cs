namespace Ektu.Qa.Kernel.Timing;

/// <summary>
/// The university's wall clock (<c>Localization:TimeZone</c>, default Asia/Almaty): storage stays UTC, and every time a
/// person reads — pages, exports, documents, mails — goes through <see cref="Local(DateTime)"/>, never the server's zone.
/// Date-only values (a meeting day, a deadline) are not times and are shown as they are.
/// </summary>
public interface IUserClock
{
    TimeZoneInfo Zone { get; }

    /// <summary>A stored UTC instant as the university's wall-clock time.</summary>
    DateTime Local(DateTime utc);

    DateTime? Local(DateTime? utc);

    /// <summary>The UTC instant a day a person picked begins in the university's zone (a "from"/"to" filter over stored times).</summary>
    DateTime StartUtc(DateOnly day);

    /// <summary>Today in the university's zone.</summary>
    DateOnly Today { get; }
}
