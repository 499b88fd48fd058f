using Ektu.Qa.ExternalAccreditation.Accreditations;

namespace Ektu.Qa.ExternalAccreditation.PublicResults;

/// <summary>An accreditation decided in the university's favour, as the public may read it.</summary>
public sealed record PublicAccreditationDto(Guid Id, Guid UnitId, string AgencyCode, string AgencyName, AccreditationKind Kind,
    AccreditationDecision Decision, DateOnly DecidedOn, DateOnly? ValidFrom, DateOnly? ValidTo, IReadOnlyList<Guid> ProgrammeIds);

/// <summary>A management-system certificate, as the public may read it.</summary>
public sealed record PublicCertificateDto(Guid Id, Guid UnitId, string Standard, string Body, string Number, DateOnly ValidFrom, DateOnly ValidTo);

/// <summary>A published ranking result.</summary>
public sealed record PublicRankingDto(Guid Id, string SystemCode, string SystemName, int Year, Guid? ProgrammeId, int? Position, string? Band);
