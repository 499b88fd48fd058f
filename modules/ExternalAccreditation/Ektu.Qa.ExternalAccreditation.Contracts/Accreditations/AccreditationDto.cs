namespace Ektu.Qa.ExternalAccreditation.Accreditations;

/// <summary>An institutional or specialised accreditation with its decision, validity and the programmes it covers.</summary>
public sealed class AccreditationDto
{
    public Guid Id { get; init; }

    /// <summary>The school (specialised) or the university (institutional) the accreditation belongs to; its scope.</summary>
    public Guid UnitId { get; init; }

    public string UnitName { get; set; } = "";
    public Guid AgencyId { get; init; }
    public string AgencyCode { get; set; } = "";
    public string AgencyName { get; set; } = "";
    public AccreditationKind Kind { get; init; }
    public AccreditationReach Reach { get; init; }
    public AccreditationDecision Decision { get; init; }
    public DateOnly? DecidedOn { get; init; }
    public DateOnly? ValidFrom { get; init; }
    public DateOnly? ValidTo { get; init; }

    /// <summary>A conditional decision's follow-up report is due on this day (a monitoring report is opened for it).</summary>
    public DateOnly? FollowUpDueOn { get; init; }

    public string? Conditions { get; init; }
    public string? Recommendations { get; init; }

    /// <summary>The accreditation this procedure renews, if any.</summary>
    public Guid? RenewalOfId { get; init; }

    public IReadOnlyList<Guid> ProgrammeIds { get; set; } = [];
    public IReadOnlyList<string> ProgrammeNames { get; set; } = [];
    public AccreditationStatus Status { get; set; }

    /// <summary>The expiry warning reached (12, 6 or 3 months by default), if any.</summary>
    public int? WarningMonths { get; set; }

    public int Version { get; init; }
}
