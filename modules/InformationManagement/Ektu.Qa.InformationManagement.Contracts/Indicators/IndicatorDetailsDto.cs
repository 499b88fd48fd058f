namespace Ektu.Qa.InformationManagement.Indicators;

/// <summary>An indicator and its values in the caller's scope, oldest period first.</summary>
public sealed record IndicatorDetailsDto(IndicatorDto Indicator, IReadOnlyList<IndicatorValueDto> Values);
