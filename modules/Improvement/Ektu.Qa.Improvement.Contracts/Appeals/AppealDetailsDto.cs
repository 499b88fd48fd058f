using Ektu.Qa.QaCommission.Capa;

namespace Ektu.Qa.QaCommission.Appeals;

/// <summary>An appeal with its routing history and the CAPA items raised from it.</summary>
public sealed class AppealDetailsDto
{
    public required AppealDto Appeal { get; init; }
    public IReadOnlyList<AppealStepDto> Steps { get; init; } = [];
    public IReadOnlyList<CapaItemDto> Capa { get; init; } = [];
}
