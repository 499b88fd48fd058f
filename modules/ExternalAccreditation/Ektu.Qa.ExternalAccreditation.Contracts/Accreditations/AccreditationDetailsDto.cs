namespace Ektu.Qa.ExternalAccreditation.Accreditations;

/// <summary>An accreditation with its monitoring reports and the renewal open for it, if any.</summary>
public sealed record AccreditationDetailsDto(AccreditationDto Accreditation, IReadOnlyList<MonitoringReportDto> Reports, Guid? RenewalId);
