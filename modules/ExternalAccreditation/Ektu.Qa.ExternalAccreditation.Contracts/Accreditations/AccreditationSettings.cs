namespace Ektu.Qa.ExternalAccreditation.Accreditations;

/// <summary>Accreditation settings (Settings page; display name key <c>Setting:&lt;name&gt;</c>).</summary>
public static class AccreditationSettings
{
    /// <summary>The first expiry warning, months before the end of validity (default 12).</summary>
    public const string FirstWarningMonths = "ExternalAccreditation.Accreditations.FirstWarningMonths";

    /// <summary>The second expiry warning (default 6).</summary>
    public const string SecondWarningMonths = "ExternalAccreditation.Accreditations.SecondWarningMonths";

    /// <summary>The last expiry warning (default 3).</summary>
    public const string LastWarningMonths = "ExternalAccreditation.Accreditations.LastWarningMonths";
}
