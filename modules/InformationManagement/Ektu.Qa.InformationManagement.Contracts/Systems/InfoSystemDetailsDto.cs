namespace Ektu.Qa.InformationManagement.Systems;

/// <summary>One system with its safety checks, newest first.</summary>
public sealed record InfoSystemDetailsDto(InfoSystemDto System, IReadOnlyList<SafetyCheckDto> Checks);
